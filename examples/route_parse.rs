//! The parse-only baseline for `bench/route.sh`: reads a GPX file with the
//! same crate and calls wrun uses (`quick-xml`, every event, every text
//! decoded) and counts its points, doing nothing with them.

use std::io::Write;

use quick_xml::Reader;
use quick_xml::events::Event;

fn main() {
    let path = std::env::args_os().nth(1).expect("a GPX file");
    let bytes = std::fs::read(path).expect("a readable file");
    let mut reader = Reader::from_reader(bytes.as_slice());
    let (mut points, mut text) = (0_usize, 0_usize);
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(element) | Event::Empty(element)
                if element.local_name().as_ref() == "trkpt" =>
            {
                points += 1;
            }
            Event::Text(content) => text += content.xml10_content().len(),
            Event::Eof => break,
            _ => {}
        }
    }
    let _ = writeln!(
        std::io::stdout().lock(),
        "{points} points, {text} bytes of text"
    );
}
