//! Reading batch records: NDJSON lines, or CSV records read by the `csv`
//! crate, each with the number of the line it starts on.
//!
//! Nothing is dropped: every record comes out once, in order, either with
//! its content or with why it cannot be read (a line over [`MAX_RECORD`],
//! a line that is not UTF-8). Blank lines, and CSV rows with no value at
//! all (`,,,` as spreadsheets export empty rows), are not records. Lines
//! end in a line feed, a carriage return and a line feed, or (read through
//! [`line_feeds`]) a carriage return alone.
//!
//! NDJSON lines are copied one after another into a text the caller keeps
//! for a chunk of records, rather than each into its own string: the
//! thread that reads then makes one allocation per chunk, not per line.

use std::io::{self, BufRead, Read};
use std::ops::Range;

/// The longest record read; a longer one gets an error line of its own.
pub const MAX_RECORD: usize = 1 << 20;

/// Why an NDJSON line in another encoding is not read, and what reads it.
const NOT_UTF8: &str =
    "line is not valid UTF-8; give --encoding with the input's encoding, like windows-1252";

/// What a batch reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One JSON object a line.
    Ndjson,
    /// A header row, then one record a row, cells split by `delimiter`.
    Csv {
        /// `,`, `;`, a tab, or what `--delimiter` says.
        delimiter: u8,
    },
}

/// One input record: the line it starts on, and what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputRecord {
    /// The 1-based number of the line the record starts on.
    pub line: u64,
    /// The record's content, or why it cannot be read.
    pub body: Body,
}

/// What a record holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// An NDJSON line: where it lies in the text it was read into.
    Json(Range<usize>),
    /// The cells of a CSV record, as bytes (a cell may not be UTF-8).
    Csv(csv::ByteRecord),
    /// Why the record cannot be read.
    Unreadable(String),
}

impl Body {
    /// Roughly how many bytes the record holds, to size chunks of work.
    #[must_use]
    pub fn size(&self) -> usize {
        match self {
            Self::Json(span) => span.len(),
            Self::Csv(record) => record.as_slice().len(),
            Self::Unreadable(_) => 0,
        }
    }
}

/// `reader`, whose lines end in a carriage return alone (as Excel's "CSV
/// (Macintosh)" saves them), read with each carriage return as a line
/// feed; any other `reader` as it is; and whether its lines so ended. The
/// first line end decides: a carriage return and a byte other than a line
/// feed after it.
///
/// # Errors
/// Any error reading.
pub(crate) fn line_feeds<'a>(
    mut reader: Box<dyn BufRead + 'a>,
) -> io::Result<(Box<dyn BufRead + 'a>, bool)> {
    match lone_carriage_return(crate::input::fill(reader.as_mut())?) {
        Some(true) => return Ok((line_by_line(reader), true)),
        Some(false) => return Ok((reader, false)),
        None => {}
    }
    // What is buffered ends before the first line end and the byte after
    // it: read on to them (or to the end, or a record's length), then read
    // the rest after what was read.
    let mut head = Vec::new();
    loop {
        let buffered = crate::input::fill(reader.as_mut())?;
        if buffered.is_empty() {
            break;
        }
        let length = buffered.len();
        head.extend_from_slice(buffered);
        reader.consume(length);
        if head.len() > MAX_RECORD || lone_carriage_return(&head).is_some() {
            break;
        }
    }
    let lone = lone_carriage_return(&head) == Some(true);
    let joined = Box::new(io::Cursor::new(head).chain(reader));
    Ok((if lone { line_by_line(joined) } else { joined }, lone))
}

fn line_by_line<'a>(reader: Box<dyn BufRead + 'a>) -> Box<dyn BufRead + 'a> {
    Box::new(io::BufReader::with_capacity(1 << 16, CrAsLf(reader)))
}

/// Whether `text`'s first line ends in a carriage return alone; `None`
/// when `text` does not hold its first line end and the byte after it.
fn lone_carriage_return(text: &[u8]) -> Option<bool> {
    let at = text
        .iter()
        .position(|&byte| byte == b'\r' || byte == b'\n')?;
    if text[at] == b'\n' {
        return Some(false);
    }
    text.get(at + 1).map(|&next| next != b'\n')
}

/// Reads each carriage return as a line feed.
struct CrAsLf<R>(R);

impl<R: Read> Read for CrAsLf<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let read = self.0.read(buf)?;
        for byte in &mut buf[..read] {
            if *byte == b'\r' {
                *byte = b'\n';
            }
        }
        Ok(read)
    }
}

/// The records of an input.
pub struct Records<'a> {
    inner: Inner<'a>,
}

enum Inner<'a> {
    Lines {
        reader: Box<dyn BufRead + 'a>,
        buffer: Vec<u8>,
        number: u64,
    },
    Csv {
        // A final line break is added so that every record ends with one:
        // a record then starts on its last line less its line breaks.
        reader: csv::Reader<io::Chain<Box<dyn BufRead + 'a>, &'static [u8]>>,
        record: csv::ByteRecord,
    },
}

impl<'a> Records<'a> {
    /// Reads `reader` (its byte order mark already skipped) as `format`.
    #[must_use]
    pub fn new(reader: Box<dyn BufRead + 'a>, format: Format) -> Self {
        let inner = match format {
            Format::Ndjson => Inner::Lines {
                reader,
                buffer: Vec::with_capacity(1024),
                number: 0,
            },
            Format::Csv { delimiter } => Inner::Csv {
                reader: csv::ReaderBuilder::new()
                    .has_headers(false)
                    .flexible(true)
                    .delimiter(delimiter)
                    // Only a line feed ends a record: a carriage return
                    // before it stays in the last cell, which is trimmed.
                    .terminator(csv::Terminator::Any(b'\n'))
                    .buffer_capacity(1 << 16)
                    .from_reader(reader.chain(&b"\n"[..])),
                record: csv::ByteRecord::new(),
            },
        };
        Self { inner }
    }

    /// The next record, `None` at the end of the input. An NDJSON line is
    /// added to the end of `text`.
    ///
    /// # Errors
    /// Any error reading the input.
    pub fn next_record(&mut self, text: &mut String) -> io::Result<Option<InputRecord>> {
        match &mut self.inner {
            Inner::Lines {
                reader,
                buffer,
                number,
            } => next_line(reader.as_mut(), buffer, number, text),
            Inner::Csv { reader, record } => next_csv(reader, record),
        }
    }
}

fn next_line(
    reader: &mut dyn BufRead,
    buffer: &mut Vec<u8>,
    number: &mut u64,
    text: &mut String,
) -> io::Result<Option<InputRecord>> {
    loop {
        let Some(too_long) = read_line(reader, buffer, MAX_RECORD)? else {
            return Ok(None);
        };
        *number += 1;
        let line = *number;
        let body = if too_long {
            Body::Unreadable(format!("line longer than {MAX_RECORD} bytes"))
        } else {
            if buffer.trim_ascii().is_empty() {
                continue;
            }
            match std::str::from_utf8(buffer) {
                Ok(line) => {
                    text.push_str(line);
                    Body::Json(text.len() - line.len()..text.len())
                }
                Err(_) => Body::Unreadable(NOT_UTF8.to_owned()),
            }
        };
        return Ok(Some(InputRecord { line, body }));
    }
}

fn next_csv<R: Read>(
    reader: &mut csv::Reader<R>,
    record: &mut csv::ByteRecord,
) -> io::Result<Option<InputRecord>> {
    loop {
        let before = reader.position().line();
        let more = reader.read_byte_record(record).map_err(|err| {
            // A read error as it came; anything else as the csv crate words it.
            let words = err.to_string();
            match err.into_kind() {
                csv::ErrorKind::Io(err) => err,
                _ => io::Error::other(words),
            }
        })?;
        if !more {
            return Ok(None);
        }
        // The reader's line is the one after the record's closing line
        // break, and every line break inside the record is in a cell. A
        // quote left open at the end takes the added line break into its
        // cell, and the record has no closing one: the line the reader
        // stood on before is then the first the record can start on (exact
        // unless blank lines came before such a record).
        let breaks = memchr::memchr_iter(b'\n', record.as_slice()).count() as u64;
        let line = reader
            .position()
            .line()
            .saturating_sub(breaks + 1)
            .max(before);
        if record.iter().all(|cell| cell.trim_ascii().is_empty()) {
            continue;
        }
        let body = if record.as_slice().len() > MAX_RECORD {
            // A record on several lines may be a quote left open; on one,
            // it is only long.
            Body::Unreadable(match breaks + 1 {
                1 => format!("record longer than {MAX_RECORD} bytes"),
                lines => format!(
                    "record longer than {MAX_RECORD} bytes (it runs over {lines} lines: a quote \
                     may be missing its closing quote)"
                ),
            })
        } else {
            Body::Csv(record.clone())
        };
        return Ok(Some(InputRecord { line, body }));
    }
}

/// Reads one line into `buffer`, without its line ending. `None` at the end
/// of input; `Some(true)` when the line was longer than `limit` (its bytes
/// are skipped, not kept).
fn read_line(
    reader: &mut dyn BufRead,
    buffer: &mut Vec<u8>,
    limit: usize,
) -> io::Result<Option<bool>> {
    buffer.clear();
    let mut too_long = false;
    let mut read_any = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(err) => return Err(err),
        };
        if available.is_empty() {
            return Ok(read_any.then_some(too_long));
        }
        read_any = true;
        let newline = memchr::memchr(b'\n', available);
        let chunk = &available[..newline.unwrap_or(available.len())];
        if !too_long {
            if buffer.len() + chunk.len() > limit {
                too_long = true;
                buffer.clear();
            } else {
                buffer.extend_from_slice(chunk);
            }
        }
        let used = newline.map_or(available.len(), |at| at + 1);
        reader.consume(used);
        if newline.is_some() {
            if buffer.last() == Some(&b'\r') {
                buffer.pop();
            }
            return Ok(Some(too_long));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::{Scripted, Step};

    fn lines(input: &[u8], limit: usize) -> Vec<(Vec<u8>, bool)> {
        let mut reader = io::BufReader::with_capacity(4, input);
        let mut buffer = Vec::new();
        let mut found = Vec::new();
        while let Some(too_long) = read_line(&mut reader, &mut buffer, limit).unwrap() {
            found.push((buffer.clone(), too_long));
        }
        found
    }

    #[test]
    fn lines_are_split_on_newlines_with_crlf_and_a_missing_final_newline() {
        let found = lines(b"one\r\ntwo\n\nthree", 100);
        let texts: Vec<&[u8]> = found.iter().map(|(line, _)| line.as_slice()).collect();
        assert_eq!(texts, [&b"one"[..], b"two", b"", b"three"]);
        assert!(found.iter().all(|(_, too_long)| !too_long));
    }

    #[test]
    fn a_line_over_the_limit_is_flagged_and_not_kept() {
        let found = lines(b"short\nmuch too long a line\nok\n", 8);
        assert_eq!(found[0], (b"short".to_vec(), false));
        assert_eq!(found[1], (Vec::new(), true));
        assert_eq!(found[2], (b"ok".to_vec(), false));
        // The limit itself is no more than the limit.
        let found = lines(b"12345678\n123456789\n", 8);
        assert_eq!(found, [(b"12345678".to_vec(), false), (Vec::new(), true)]);
    }

    /// `bytes` read through [`line_feeds`], from a buffer of each size up
    /// to theirs and one more, and whether their lines end in a carriage
    /// return alone: the answer must not depend on where the buffer ends.
    fn read_with_line_feeds(bytes: &[u8]) -> (String, bool) {
        let reads: Vec<(String, bool)> = (1..=bytes.len() + 1)
            .map(|capacity| {
                let reader: Box<dyn BufRead> = Box::new(io::BufReader::with_capacity(
                    capacity,
                    io::Cursor::new(bytes.to_vec()),
                ));
                let (mut reader, lone) = line_feeds(reader).unwrap();
                let mut text = String::new();
                reader.read_to_string(&mut text).unwrap();
                (text, lone)
            })
            .collect();
        assert!(reads.iter().all(|read| *read == reads[0]), "{reads:?}");
        reads[0].clone()
    }

    #[test]
    fn lines_ended_by_a_carriage_return_alone_read_as_lines_and_are_told() {
        let lone = |text: &str| (text.to_owned(), true);
        let as_they_are = |text: &str| (text.to_owned(), false);
        assert_eq!(read_with_line_feeds(b"a,b\r1,2\r"), lone("a,b\n1,2\n"));
        assert_eq!(
            read_with_line_feeds(b"name,weight\r\r"),
            lone("name,weight\n\n")
        );
        // Line feeds, with or without a carriage return, stay as they are.
        assert_eq!(
            read_with_line_feeds(b"a,b\r\n1,\r2\r\n"),
            as_they_are("a,b\r\n1,\r2\r\n")
        );
        assert_eq!(
            read_with_line_feeds(b"a,b\n1,\r2\n"),
            as_they_are("a,b\n1,\r2\n")
        );
        // One line: nothing to tell.
        assert_eq!(read_with_line_feeds(b"a,b\r"), as_they_are("a,b\r"));
        assert_eq!(read_with_line_feeds(b""), as_they_are(""));
    }

    /// A reader of `bytes` that fails, timed out, when asked for more: to
    /// tell how far its reader read.
    fn then_fail(bytes: &[u8]) -> Scripted {
        Scripted(vec![
            Step::bytes(bytes),
            Step::Fails(io::ErrorKind::TimedOut),
        ])
    }

    #[test]
    fn how_lines_end_is_told_from_the_first_line_end_without_reading_on() {
        // A pipe's later lines may not have been written yet.
        let told = |bytes: &[u8], capacity: usize| {
            let reader = Box::new(io::BufReader::with_capacity(capacity, then_fail(bytes)));
            line_feeds(reader)
                .map(|(_, lone)| lone)
                .map_err(|err| err.kind())
        };
        assert_eq!(told(b"a,b\r1", 2), Ok(true));
        assert_eq!(told(b"a,b\r\n", 2), Ok(false));
        assert_eq!(told(b"a,b\n", 2), Ok(false));
        // A first line longer than a record: read past the limit, and no
        // further (in reads that never end on the limit itself).
        let long = vec![b'x'; MAX_RECORD + 2];
        assert_eq!(told(&long, (1 << 16) - 1), Ok(false));
    }

    #[test]
    fn a_line_read_retries_an_interrupted_read_and_passes_any_other_error_on() {
        let mut buffer = Vec::new();
        let mut reader = io::BufReader::with_capacity(
            2,
            Scripted(vec![
                Step::Fails(io::ErrorKind::Interrupted),
                Step::Fails(io::ErrorKind::Interrupted),
                Step::bytes(b"one\ntwo"),
            ]),
        );
        let mut read = || {
            let read = read_line(&mut reader, &mut buffer, 100).unwrap();
            read.map(|_| String::from_utf8(buffer.clone()).unwrap())
        };
        assert_eq!(read().as_deref(), Some("one"));
        assert_eq!(read().as_deref(), Some("two"));
        assert_eq!(read(), None);
        let mut reader = io::BufReader::with_capacity(2, then_fail(b"one\n"));
        assert!(matches!(
            read_line(&mut reader, &mut buffer, 100),
            Ok(Some(false))
        ));
        let err = read_line(&mut reader, &mut buffer, 100).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::TimedOut);
    }

    #[test]
    fn a_csv_read_that_fails_is_the_error_it_was() {
        let reader = Box::new(io::BufReader::with_capacity(4, then_fail(b"weight\n150\n")));
        let mut records = Records::new(reader, Format::Csv { delimiter: b',' });
        let mut text = String::new();
        for line in [1, 2] {
            let record = records.next_record(&mut text).unwrap().unwrap();
            assert_eq!(record.line, line);
        }
        let err = records.next_record(&mut text).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::TimedOut);
    }

    #[test]
    fn a_csv_record_as_long_as_the_limit_is_kept_and_a_longer_one_says_its_lines() {
        // Each record's cells hold the limit to the byte, then one more.
        let mut input = b"weight,note\n150,\"".to_vec();
        input.extend(std::iter::repeat_n(b'a', MAX_RECORD - 3));
        input.extend_from_slice(b"\"\n160,\"a\na\n");
        input.extend(std::iter::repeat_n(b'a', MAX_RECORD - 6));
        input.extend_from_slice(b"\"\n");
        let input: &'static [u8] = input.leak();
        let found = records(input, Format::Csv { delimiter: b',' });
        assert_eq!(found.len(), 3);
        assert!(matches!(found[1].0.body, Body::Csv(_)));
        assert_eq!(found[2].0.line, 3);
        assert_eq!(
            found[2].0.body,
            Body::Unreadable(format!(
                "record longer than {MAX_RECORD} bytes (it runs over 3 lines: a quote may be \
                 missing its closing quote)"
            ))
        );
    }

    #[test]
    fn a_csv_record_too_long_on_one_line_is_not_blamed_on_a_quote() {
        let mut input = b"weight,note\n150,".to_vec();
        input.extend(std::iter::repeat_n(b'a', MAX_RECORD));
        input.extend_from_slice(b"\n160,a\n");
        let input: &'static [u8] = input.leak();
        let found = records(input, Format::Csv { delimiter: b',' });
        assert_eq!(found.len(), 3);
        assert_eq!(found[1].0.line, 2);
        assert_eq!(
            found[1].0.body,
            Body::Unreadable(format!("record longer than {MAX_RECORD} bytes"))
        );
        assert_eq!(found[2].0.line, 3);
        assert!(matches!(found[2].0.body, Body::Csv(_)));
    }

    #[test]
    fn empty_input_has_no_lines() {
        assert!(lines(b"", 8).is_empty());
    }

    /// The records of `input` with the text of NDJSON lines.
    fn records(input: &'static [u8], format: Format) -> Vec<(InputRecord, String)> {
        let reader: Box<dyn BufRead> = Box::new(io::BufReader::with_capacity(4, input));
        let (reader, _) = crate::input::utf8_reader(reader, None).unwrap();
        let mut records = Records::new(reader, format);
        let mut text = String::new();
        let found: Vec<InputRecord> =
            std::iter::from_fn(|| records.next_record(&mut text).unwrap()).collect();
        found
            .into_iter()
            .map(|record| {
                let line = match &record.body {
                    Body::Json(span) => text[span.clone()].to_owned(),
                    _ => String::new(),
                };
                (record, line)
            })
            .collect()
    }

    fn csv(input: &'static [u8]) -> Vec<(u64, Vec<String>)> {
        records(input, Format::Csv { delimiter: b',' })
            .into_iter()
            .map(|(record, _)| match record.body {
                Body::Csv(cells) => (
                    record.line,
                    cells
                        .iter()
                        .map(|cell| String::from_utf8_lossy(cell).into_owned())
                        .collect(),
                ),
                other => (record.line, vec![format!("{other:?}")]),
            })
            .collect()
    }

    #[test]
    fn ndjson_records_skip_blank_lines_but_keep_counting_them() {
        let found = records(b"a\n\n  \nb\n", Format::Ndjson);
        let found: Vec<(u64, String)> = found.into_iter().map(|(r, text)| (r.line, text)).collect();
        assert_eq!(found, [(1, "a".into()), (4, "b".into())]);
    }

    #[test]
    fn a_csv_record_is_numbered_by_the_line_it_starts_on() {
        let found = csv(b"w,c\n150,\"knee-pain,\nback-pain\"\n\n\r\n200,\r\n,,\n300,x");
        assert_eq!(
            found,
            [
                (1, vec!["w".into(), "c".into()]),
                (2, vec!["150".into(), "knee-pain,\nback-pain".into()]),
                (6, vec!["200".into(), "\r".into()]),
                (8, vec!["300".into(), "x".into()]),
            ]
        );
    }

    #[test]
    fn a_stray_quote_inside_a_cell_is_only_a_character() {
        let found = csv(b"weight,type\n150,vest\n150,ve\"st\n160,vest\n170,vest\n");
        let lines: Vec<u64> = found.iter().map(|(line, _)| *line).collect();
        assert_eq!(lines, [1, 2, 3, 4, 5]);
        assert_eq!(found[2].1[1], "ve\"st");
    }

    #[test]
    fn an_unclosed_quote_makes_one_record_of_the_rest() {
        let found = csv(b"w,c\n150,\"never closed\n160,vest\n");
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].0, 2);
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        assert_eq!(csv(b"\xEF\xBB\xBFweight\n150\n")[0].1, ["weight"]);
        let found = records(b"\xEF\xBB\xBF{}\n", Format::Ndjson);
        assert_eq!(found[0].1, "{}");
    }

    #[test]
    fn invalid_utf8_is_the_records_own_error() {
        // (`FF FE` first would be a UTF-16 byte order mark.)
        let found = records(b"\xfe\xfe\nok\n", Format::Ndjson);
        assert_eq!(found[0].0.body, Body::Unreadable(NOT_UTF8.into()));
        assert_eq!((found[1].0.line, found[1].1.as_str()), (2, "ok"));
    }

    #[test]
    fn a_megabyte_quoted_cell_is_read_in_linear_time() {
        let mut input = b"weight,note\n150,\"".to_vec();
        input.extend(std::iter::repeat_n(b'a', MAX_RECORD - 100));
        input.extend_from_slice(b"\"\n160,ok\n");
        let input: &'static [u8] = input.leak();
        let found = records(input, Format::Csv { delimiter: b',' });
        assert_eq!(found.len(), 3);
        assert_eq!(found[2].0.line, 3);
    }
}
