//! Text as wrun reads it: UTF-8, or UTF-16 that starts with its byte order
//! mark, as Excel's "Unicode Text", Windows PowerShell's `>` and older
//! Notepads save it, or text in the encoding a batch's `--encoding` or an
//! XML declaration names. Such text is transcoded by `encoding_rs_io` (as
//! ripgrep does) or `encoding_rs`; anything else is read as it is. A CSV
//! cell that is not UTF-8 is read in the code page Excel saves CSV in:
//! Windows-1252, or Mac Roman where the lines end as on a Mac.

use std::borrow::Cow;
use std::io::{self, BufRead, Read};

/// How messages name standard input read in place of a file (`-`).
pub(crate) const STANDARD_INPUT: &str = "standard input";

/// The UTF-8 byte order mark some editors put at the start of a file.
pub(crate) const BOM: &[u8] = b"\xEF\xBB\xBF";

/// UTF-16 of the byte order `start` opens with a mark for.
fn utf16(start: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    if start.starts_with(b"\xFF\xFE") {
        Some(encoding_rs::UTF_16LE)
    } else if start.starts_with(b"\xFE\xFF") {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// A reader that transcodes `reader`, in `encoding`, to UTF-8, dropping a
/// UTF-16 byte order mark (even when it is all there is: left to find the
/// mark itself, the decoder needs three bytes).
fn decoder<R: Read>(
    encoding: &'static encoding_rs::Encoding,
    reader: R,
) -> encoding_rs_io::DecodeReaderBytes<R, Vec<u8>> {
    encoding_rs_io::DecodeReaderBytesBuilder::new()
        .encoding(Some(encoding))
        .build(reader)
}

/// `reader` as UTF-8 text after its byte order mark, and whether it was
/// anything but unmarked UTF-8: text after a mark (UTF-8 or UTF-16), or
/// text in `encoding`. A byte order mark wins over `encoding`; UTF-16 and
/// `encoding` are transcoded as they are read.
///
/// # Errors
/// Any error reading.
pub(crate) fn utf8_reader<'a>(
    mut reader: Box<dyn BufRead + 'a>,
    encoding: Option<&'static encoding_rs::Encoding>,
) -> io::Result<(Box<dyn BufRead + 'a>, bool)> {
    let start = fill(reader.as_mut())?;
    let bom = start.starts_with(BOM);
    let transcode = match (utf16(start), encoding) {
        (Some(utf16), _) => Some(utf16),
        (None, Some(encoding)) if !bom && encoding != encoding_rs::UTF_8 => Some(encoding),
        _ => None,
    };
    if let Some(encoding) = transcode {
        let decoded = decoder(encoding, reader);
        return Ok((
            Box::new(io::BufReader::with_capacity(1 << 16, decoded)),
            true,
        ));
    }
    if bom {
        reader.consume(BOM.len());
    }
    Ok((reader, bom))
}

/// The text encoding a WHATWG Encoding Standard `label` names
/// (`windows-1250`, `shift_jis`, `utf-16le`, `macintosh`), as `--encoding`
/// takes it.
///
/// # Errors
/// A label the standard does not know, or one of the encodings it only
/// lists so as to refuse them (`iso-2022-kr`): every character of text
/// read in those becomes U+FFFD.
pub(crate) fn encoding(label: &str) -> Result<&'static encoding_rs::Encoding, String> {
    match encoding_rs::Encoding::for_label(label.trim().as_bytes()) {
        Some(encoding) if encoding != encoding_rs::REPLACEMENT => Ok(encoding),
        _ => Err(concat!(
            "expected a text encoding's label from the WHATWG Encoding Standard, ",
            "like windows-1250, windows-1251, shift_jis, gbk, utf-16le or macintosh"
        )
        .to_owned()),
    }
}

/// `reader`, buffered: its first fill holds what `first` asks for (all
/// of the input when there is less), and it ends at its first end.
///
/// What is told from the start of the input (its format, its delimiter,
/// the dialect CSV output mirrors) is told from the same bytes however
/// they arrive: a file gives its first 64 KiB to one read, a pipe what
/// its writer has written so far, a terminal one line. And a terminal's
/// Ctrl-D is one read of nothing, after which a read waits for more typing
/// (as a named pipe's waits for another writer): a reader that asked again
/// for the end it had seen would wait there for another Ctrl-D. With
/// [`FirstFill::Line`], the start is told from the first line instead, as
/// soon as it has come.
pub(crate) fn buffered<'a>(reader: impl Read + 'a, first: FirstFill) -> Box<dyn BufRead + 'a> {
    Box::new(io::BufReader::with_capacity(
        LOOK_AHEAD,
        Steady {
            reader,
            first: Some(first),
            ended: false,
            failed: None,
        },
    ))
}

/// What the first fill of a [`buffered`] reader waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FirstFill {
    /// The first [`LOOK_AHEAD`] bytes: the start is told from them.
    LookAhead,
    /// The first line: for input answered as it arrives, where waiting
    /// for more would keep a writer waiting for its first answer.
    Line,
}

/// How much of the input its start is told from.
const LOOK_AHEAD: usize = 1 << 16;

/// A reader whose first read fills what it is given as far as the input
/// goes (to a line end, for [`FirstFill::Line`]), and that gives nothing
/// more once it has given its end.
struct Steady<R> {
    reader: R,
    /// What the first read waits for, until it is made.
    first: Option<FirstFill>,
    ended: bool,
    /// An error met after the first read had bytes to give: the next
    /// read's.
    failed: Option<io::Error>,
}

impl<R: Read> Read for Steady<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if let Some(err) = self.failed.take() {
            return Err(err);
        }
        if self.ended {
            return Ok(0);
        }
        if let Some(first) = self.first.take() {
            return self.fill_first(buf, first);
        }
        let read = self.reader.read(buf)?;
        self.ended = read == 0 && !buf.is_empty();
        Ok(read)
    }
}

impl<R: Read> Steady<R> {
    /// Reads into all of `buf` (or, for [`FirstFill::Line`], up to a line
    /// end), or up to the end of the input: how many bytes it holds then.
    /// An error after some bytes waits for the next read.
    fn fill_first(&mut self, buf: &mut [u8], first: FirstFill) -> io::Result<usize> {
        let mut filled = 0;
        while filled < buf.len() {
            match self.reader.read(&mut buf[filled..]) {
                Ok(0) => {
                    self.ended = true;
                    break;
                }
                Ok(read) => {
                    let new = &buf[filled..filled + read];
                    filled += read;
                    if first == FirstFill::Line && new.contains(&b'\n') {
                        break;
                    }
                }
                Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
                Err(err) if filled == 0 => return Err(err),
                Err(err) => {
                    self.failed = Some(err);
                    break;
                }
            }
        }
        Ok(filled)
    }
}

/// What `reader` has buffered, filling it if it is empty.
pub(crate) fn fill(reader: &mut dyn BufRead) -> io::Result<&[u8]> {
    loop {
        match reader.fill_buf() {
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
            // Asked again to return it: what is buffered, at once.
            Ok(_) => return reader.fill_buf(),
        }
    }
}

/// The 8-bit code page of a CSV file whose cells are not all UTF-8: the
/// one Excel saved it in. Excel's "CSV (Comma delimited)" on Windows, in
/// the Americas and Western Europe, is Windows-1252; its "CSV (Macintosh)",
/// and Excel for Mac's own CSV, are Mac Roman, with lines ended by a
/// carriage return alone, which is how wrun tells them apart. Every byte
/// is a character of either, so no cell loses one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CodePage {
    Windows1252,
    MacRoman,
}

impl CodePage {
    /// The code page of a CSV file whose lines end in a carriage return
    /// alone (`lone_carriage_returns`), or else in a line feed.
    pub(crate) fn of_csv(lone_carriage_returns: bool) -> Self {
        if lone_carriage_returns {
            Self::MacRoman
        } else {
            Self::Windows1252
        }
    }

    fn encoding(self) -> &'static encoding_rs::Encoding {
        match self {
            Self::Windows1252 => encoding_rs::WINDOWS_1252,
            Self::MacRoman => encoding_rs::MACINTOSH,
        }
    }

    /// The code page's name, as `--encoding` takes it: `windows-1252` or
    /// `macintosh`.
    pub(crate) fn name(self) -> &'static str {
        self.encoding().name()
    }

    /// A CSV cell as text: UTF-8, or else read in this code page.
    pub(crate) fn cell_text(self, cell: &[u8]) -> Cow<'_, str> {
        match std::str::from_utf8(cell) {
            Ok(text) => Cow::Borrowed(text),
            Err(_) => self.encoding().decode_without_bom_handling(cell).0,
        }
    }
}

/// Whether `start` holds a byte sequence that is not UTF-8 (a character
/// cut off at its end aside): text from Windows-1252 or another code page.
pub(crate) fn holds_non_utf8(start: &[u8]) -> bool {
    std::str::from_utf8(start).is_err_and(|err| err.error_len().is_some())
}

/// All that `reader` gives when that is no more than `limit` bytes, else
/// `None`, having read one byte past the limit and no further: a whole
/// file read into memory, from a reader that may never end (`/dev/zero`).
pub(crate) fn at_most(reader: impl Read, limit: u64) -> io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    reader.take(limit + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// A whole file's `bytes` as UTF-8: UTF-16 transcoded (its mark dropped),
/// and so is XML whose declaration names another encoding; anything else
/// as it is.
pub(crate) fn utf8_bytes(bytes: Vec<u8>) -> Vec<u8> {
    let Some(encoding) = utf16(&bytes) else {
        return xml_in_utf8(bytes);
    };
    let mut text = Vec::with_capacity(bytes.len());
    // Reading from memory cannot fail; a byte pair that is not UTF-16 is
    // read as U+FFFD.
    let _ = decoder(encoding, bytes.as_slice()).read_to_end(&mut text);
    text
}

/// XML `bytes` whose declaration names an encoding other than UTF-8 that
/// keeps ASCII's bytes (`<?xml version="1.0" encoding="ISO-8859-1"?>`, as
/// older GPS software writes GPX), transcoded to UTF-8, with their line
/// ends where they were; anything else as it is, for the XML reader to
/// judge.
fn xml_in_utf8(bytes: Vec<u8>) -> Vec<u8> {
    // Only a declaration can name an encoding, and it comes first: a UTF-8
    // mark before it wins, and a FIT file or a profile has none.
    if !bytes.starts_with(b"<?xml") {
        return bytes;
    }
    let declared = match quick_xml::Reader::from_reader(bytes.as_slice()).read_event() {
        Ok(quick_xml::events::Event::Decl(declaration)) => declaration
            .encoding()
            .and_then(Result::ok)
            .and_then(|label| encoding_rs::Encoding::for_label(label.trim().as_bytes())),
        _ => None,
    };
    match declared {
        Some(encoding) if encoding != encoding_rs::UTF_8 && encoding.is_ascii_compatible() => {
            // Every byte of an ASCII-compatible encoding decodes, an
            // unmapped one as U+FFFD.
            encoding
                .decode_without_bom_handling(&bytes)
                .0
                .into_owned()
                .into_bytes()
        }
        _ => bytes,
    }
}

/// A reader for tests that follows a script, one step a read: bytes, as
/// many as the read has room for (none: an end, as a terminal's Ctrl-D
/// gives one), or an error; past the script, the end. To tell a retried
/// interruption from an error passed on, and how far, or how often past
/// an end, its reader read.
#[cfg(test)]
pub(crate) struct Scripted(pub Vec<Step>);

/// A step of a [`Scripted`] reader.
#[cfg(test)]
pub(crate) enum Step {
    Bytes(Vec<u8>),
    Fails(io::ErrorKind),
}

#[cfg(test)]
impl Step {
    /// An end, as a terminal's Ctrl-D gives one: a read of nothing, with
    /// more to read after it.
    pub const END: Self = Self::Bytes(Vec::new());

    pub fn bytes(bytes: &[u8]) -> Self {
        Self::Bytes(bytes.to_vec())
    }
}

#[cfg(test)]
impl Read for Scripted {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let Some(step) = self.0.first_mut() else {
            return Ok(0);
        };
        if buf.is_empty() {
            return Ok(0);
        }
        match step {
            Step::Fails(kind) => {
                let kind = *kind;
                self.0.remove(0);
                Err(kind.into())
            }
            Step::Bytes(bytes) => {
                let given = bytes.len().min(buf.len());
                buf[..given].copy_from_slice(&bytes[..given]);
                bytes.drain(..given);
                if bytes.is_empty() {
                    self.0.remove(0);
                }
                Ok(given)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` in UTF-16, little-endian or not, with its byte order mark.
    fn encoded(text: &str, little: bool) -> Vec<u8> {
        let units = std::iter::once(0xFEFF).chain(text.encode_utf16());
        units
            .flat_map(|unit| {
                if little {
                    unit.to_le_bytes()
                } else {
                    unit.to_be_bytes()
                }
            })
            .collect()
    }

    fn read_all(bytes: Vec<u8>, capacity: usize) -> (String, bool) {
        read_all_in(bytes, capacity, None)
    }

    fn read_all_in(
        bytes: Vec<u8>,
        capacity: usize,
        encoding: Option<&'static encoding_rs::Encoding>,
    ) -> (String, bool) {
        let reader: Box<dyn BufRead> = Box::new(io::BufReader::with_capacity(
            capacity,
            io::Cursor::new(bytes),
        ));
        let (mut reader, bom) = utf8_reader(reader, encoding).unwrap();
        let mut text = String::new();
        reader.read_to_string(&mut text).unwrap();
        (text, bom)
    }

    #[test]
    fn the_first_fill_holds_all_the_pieces_up_to_the_end_and_nothing_is_read_after_it() {
        let steps = vec![
            Step::bytes(b"wei"),
            Step::bytes(b"ght\n"),
            Step::END,
            Step::bytes(b"late\n"),
        ];
        let mut reader = buffered(Scripted(steps), FirstFill::LookAhead);
        assert_eq!(fill(reader.as_mut()).unwrap(), b"weight\n");
        reader.consume(7);
        assert_eq!(fill(reader.as_mut()).unwrap(), b"");
        assert_eq!(fill(reader.as_mut()).unwrap(), b"");
    }

    #[test]
    fn a_first_fill_for_a_line_ends_with_the_read_that_brings_a_line_end() {
        // A writer that sends a request and waits for its answer sends no
        // more until then: a fill that waited for more would wait for ever.
        let steps = vec![
            Step::bytes(b"wei"),
            Step::bytes(b"ght\n15"),
            Step::bytes(b"0\n"),
            Step::END,
        ];
        let mut reader = buffered(Scripted(steps), FirstFill::Line);
        assert_eq!(fill(reader.as_mut()).unwrap(), b"weight\n15");
        reader.consume(10);
        assert_eq!(fill(reader.as_mut()).unwrap(), b"0\n");
        reader.consume(2);
        assert_eq!(fill(reader.as_mut()).unwrap(), b"");
        // A first read that brings a whole line is all the fill waits for.
        let steps = vec![Step::bytes(b"weight\n"), Step::bytes(b"150\n")];
        let mut reader = buffered(Scripted(steps), FirstFill::Line);
        assert_eq!(fill(reader.as_mut()).unwrap(), b"weight\n");
    }

    #[test]
    fn an_input_longer_than_the_first_fill_is_read_to_its_end_and_no_further() {
        let line = [b"x".repeat(999), b"\n".to_vec()].concat();
        let mut steps: Vec<_> = (0..100).map(|_| Step::bytes(&line)).collect();
        steps.extend([Step::END, Step::bytes(b"late\n")]);
        let mut reader = buffered(Scripted(steps), FirstFill::LookAhead);
        let mut text = Vec::new();
        reader.read_to_end(&mut text).unwrap();
        assert_eq!(text, line.repeat(100));
        assert_eq!(fill(reader.as_mut()).unwrap(), b"");
    }

    #[test]
    fn an_error_before_any_byte_is_the_first_fills_own() {
        let denied = Step::Fails(io::ErrorKind::PermissionDenied);
        let mut reader = buffered(
            Scripted(vec![denied, Step::bytes(b"weight")]),
            FirstFill::LookAhead,
        );
        let err = reader.fill_buf().unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::PermissionDenied);
    }

    #[test]
    fn an_error_after_the_first_fills_bytes_comes_with_the_next_read_and_is_not_lost() {
        let denied = Step::Fails(io::ErrorKind::PermissionDenied);
        let interrupted = Step::Fails(io::ErrorKind::Interrupted);
        let steps = vec![
            Step::bytes(b"weight"),
            interrupted,
            Step::bytes(b",type"),
            denied,
        ];
        let mut reader = buffered(Scripted(steps), FirstFill::LookAhead);
        assert_eq!(fill(reader.as_mut()).unwrap(), b"weight,type");
        reader.consume(11);
        let err = fill(reader.as_mut()).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::PermissionDenied);
    }

    #[test]
    fn filling_a_buffer_retries_an_interrupted_read_and_passes_any_other_error_on() {
        let flaky = |first: Vec<io::ErrorKind>| {
            let steps = first.into_iter().map(Step::Fails);
            io::BufReader::new(Scripted(steps.chain([Step::bytes(b"weight")]).collect()))
        };
        let mut reader = flaky(vec![io::ErrorKind::Interrupted; 2]);
        assert_eq!(fill(&mut reader).unwrap(), b"weight");
        let mut reader = flaky(vec![io::ErrorKind::PermissionDenied]);
        assert_eq!(
            fill(&mut reader).unwrap_err().kind(),
            io::ErrorKind::PermissionDenied
        );
        let mut reader = flaky(Vec::new());
        assert_eq!(fill(&mut reader).unwrap(), b"weight");
        reader.consume(6);
        assert_eq!(fill(&mut reader).unwrap(), b"");
    }

    #[test]
    fn utf16_of_either_byte_order_reads_as_the_same_text_without_its_mark() {
        let text = "Name\tWeight (kg)\r\nCléo\t58,5\r\n";
        for little in [true, false] {
            assert_eq!(read_all(encoded(text, little), 4), (text.to_owned(), true));
            assert_eq!(utf8_bytes(encoded(text, little)), text.as_bytes());
        }
    }

    #[test]
    fn a_cell_that_is_not_utf8_reads_in_the_code_page_and_keeps_every_byte() {
        for code_page in [CodePage::Windows1252, CodePage::MacRoman] {
            assert!(matches!(
                code_page.cell_text("Cléo".as_bytes()),
                Cow::Borrowed("Cléo")
            ));
            for byte in 0..=u8::MAX {
                let cell = [byte];
                let text = code_page.cell_text(&cell);
                assert!(!text.contains('\u{fffd}'), "{code_page:?} {byte:#x}");
            }
        }
        let windows = CodePage::of_csv(false);
        assert_eq!(windows.cell_text(b"Cl\xe9o"), "Cléo");
        assert_eq!(windows.cell_text(b"\x80 5"), "€ 5");
        let mac = CodePage::of_csv(true);
        assert_eq!(mac.cell_text(b"Cl\x8eo M\x9fller"), "Cléo Müller");
        assert_eq!(mac.cell_text(b"\xdb 5"), "€ 5");
        // Named as `--encoding` takes them, which an error line suggests.
        assert_eq!((windows.name(), mac.name()), ("windows-1252", "macintosh"));
        for code_page in [windows, mac] {
            assert_eq!(encoding(code_page.name()), Ok(code_page.encoding()));
        }
    }

    #[test]
    fn text_holds_bytes_that_are_not_utf8_unless_only_its_last_character_is_cut_off() {
        assert!(holds_non_utf8(b"Cl\xe9o,58"));
        assert!(!holds_non_utf8("Cléo".as_bytes()));
        assert!(
            !holds_non_utf8(&"Cléo".as_bytes()[..3]),
            "é cut in two by the buffer"
        );
    }

    #[test]
    fn a_utf16_mark_alone_is_empty_text() {
        for mark in [b"\xFF\xFE", b"\xFE\xFF"] {
            assert_eq!(read_all(mark.to_vec(), 4), (String::new(), true));
            assert!(utf8_bytes(mark.to_vec()).is_empty());
        }
    }

    #[test]
    fn utf8_reads_as_it_is_with_a_mark_skipped_and_told() {
        assert_eq!(
            read_all(b"\xEF\xBB\xBF{}\n".to_vec(), 4),
            ("{}\n".to_owned(), true)
        );
        assert_eq!(read_all(b"{}\n".to_vec(), 4), ("{}\n".to_owned(), false));
        // Bytes that are not UTF-8 are left for the reader to refuse.
        assert_eq!(utf8_bytes(b"\x0e\x10\xff".to_vec()), b"\x0e\x10\xff");
        assert!(utf8_bytes(Vec::new()).is_empty());
    }

    #[test]
    fn xml_in_the_encoding_its_declaration_names_is_transcoded() {
        let latin1 = b"<?xml version='1.0' encoding='ISO-8859-1'?>\n<name>Caf\xe9</name>";
        assert_eq!(
            utf8_bytes(latin1.to_vec()),
            "<?xml version='1.0' encoding='ISO-8859-1'?>\n<name>Café</name>".as_bytes()
        );
        let cp1250 = b"<?xml version=\"1.0\" encoding=\"windows-1250\"?><name>Ji\xf8\xed</name>";
        assert!(
            String::from_utf8(utf8_bytes(cp1250.to_vec()))
                .unwrap()
                .contains("Jiří")
        );
        // Left as they are: UTF-8, declared or not (bad bytes and all, for
        // the XML reader to refuse), a UTF-8 mark over the declaration, an
        // encoding that does not keep ASCII's bytes, a name no one knows.
        for kept in [
            &b"<?xml version='1.0' encoding='UTF-8'?><name>Caf\xe9</name>"[..],
            b"<?xml version='1.0'?><name>Caf\xe9</name>",
            b"<gpx><name>Caf\xe9</name></gpx>",
            b"\xEF\xBB\xBF<?xml version='1.0' encoding='ISO-8859-1'?><a/>",
            b"<?xml version='1.0' encoding='UTF-16'?><a/>",
            b"<?xml version='1.0' encoding='klingon'?><name>Caf\xe9</name>",
            b"<?xml version='1.0' encoding='ISO-8859-1'",
            b"name = 'Caf\xe9'",
            b"",
        ] {
            assert_eq!(utf8_bytes(kept.to_vec()), kept, "{}", kept.escape_ascii());
        }
    }

    #[test]
    fn an_encoding_is_named_by_its_whatwg_label_in_any_case() {
        assert_eq!(encoding("windows-1250"), Ok(encoding_rs::WINDOWS_1250));
        assert_eq!(encoding(" Shift_JIS "), Ok(encoding_rs::SHIFT_JIS));
        assert_eq!(encoding("cp1251"), Ok(encoding_rs::WINDOWS_1251));
        assert_eq!(encoding("latin1"), Ok(encoding_rs::WINDOWS_1252));
        assert_eq!(encoding("utf-16"), Ok(encoding_rs::UTF_16LE));
        // Unknown, and one the standard lists only to read as U+FFFD.
        for label in ["klingon", "", "iso-2022-kr"] {
            let why = encoding(label).unwrap_err();
            assert!(why.contains("like windows-1250"), "{label}: {why}");
        }
    }

    #[test]
    fn text_in_a_named_encoding_is_transcoded_unless_a_mark_says_otherwise() {
        let in_1250 =
            |bytes: &[u8]| read_all_in(bytes.to_vec(), 4, Some(encoding_rs::WINDOWS_1250));
        // Windows-1250: Central Europe's code page.
        assert_eq!(
            in_1250(b"Ji\xf8\xed,70\r\n"),
            ("Jiří,70\r\n".to_owned(), true)
        );
        assert_eq!(in_1250(b""), (String::new(), true));
        // A UTF-8 or UTF-16 mark wins.
        assert_eq!(
            in_1250("\u{feff}Jiří".as_bytes()),
            ("Jiří".to_owned(), true)
        );
        assert_eq!(in_1250(&encoded("Jiří", true)), ("Jiří".to_owned(), true));
        // UTF-16 without a mark, when named.
        let unmarked = encoded("Jiří,70", false)[2..].to_vec();
        assert_eq!(
            read_all_in(unmarked, 3, Some(encoding_rs::UTF_16BE)),
            ("Jiří,70".to_owned(), true)
        );
        // UTF-8 named is UTF-8 as ever.
        assert_eq!(
            read_all_in(b"a,b\n".to_vec(), 4, Some(encoding_rs::UTF_8)),
            ("a,b\n".to_owned(), false)
        );
    }
}
