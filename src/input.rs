//! Text as wrun reads it: UTF-8, or UTF-16 that starts with its byte order
//! mark, as Excel's "Unicode Text", Windows PowerShell's `>` and older
//! Notepads save it. UTF-16 is transcoded by `encoding_rs_io`, as ripgrep
//! does; anything else is read as it is.

use std::io::{self, BufRead, Read};

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

/// A reader that transcodes `reader`, UTF-16 of `encoding`, to UTF-8,
/// dropping its byte order mark (even when it is all there is: left to
/// find the mark itself, the decoder needs three bytes).
fn decoder<R: Read>(
    encoding: &'static encoding_rs::Encoding,
    reader: R,
) -> encoding_rs_io::DecodeReaderBytes<R, Vec<u8>> {
    encoding_rs_io::DecodeReaderBytesBuilder::new()
        .encoding(Some(encoding))
        .build(reader)
}

/// `reader` as UTF-8 text after its byte order mark, and whether it had
/// one (UTF-8 or UTF-16). UTF-16 is transcoded as it is read.
///
/// # Errors
/// Any error reading.
pub(crate) fn utf8_reader<'a>(
    mut reader: Box<dyn BufRead + 'a>,
) -> io::Result<(Box<dyn BufRead + 'a>, bool)> {
    let start = loop {
        match reader.fill_buf() {
            Ok(start) => break start,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    };
    if let Some(encoding) = utf16(start) {
        let decoded = decoder(encoding, reader);
        return Ok((
            Box::new(io::BufReader::with_capacity(1 << 16, decoded)),
            true,
        ));
    }
    let bom = start.starts_with(BOM);
    if bom {
        reader.consume(BOM.len());
    }
    Ok((reader, bom))
}

/// A whole file's `bytes` as UTF-8: UTF-16 transcoded (its mark dropped),
/// anything else as it is.
pub(crate) fn utf8_bytes(bytes: Vec<u8>) -> Vec<u8> {
    let Some(encoding) = utf16(&bytes) else {
        return bytes;
    };
    let mut text = Vec::with_capacity(bytes.len());
    // Reading from memory cannot fail; a byte pair that is not UTF-16 is
    // read as U+FFFD.
    let _ = decoder(encoding, bytes.as_slice()).read_to_end(&mut text);
    text
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
        let reader: Box<dyn BufRead> = Box::new(io::BufReader::with_capacity(
            capacity,
            io::Cursor::new(bytes),
        ));
        let (mut reader, bom) = utf8_reader(reader).unwrap();
        let mut text = String::new();
        reader.read_to_string(&mut text).unwrap();
        (text, bom)
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
}
