//! `wrun batch`: a recommendation per input line, streamed.
//!
//! Memory stays bounded whatever the input size: records (at most
//! [`MAX_LINE`] bytes each) are read in chunks, a few chunks at a time are
//! answered on worker threads (one per core), and output is written in input
//! order as each chunk is done. NDJSON and CSV share the path; a CSV record
//! is its line, or its lines while a quoted cell is open.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::Path;

use crate::batch::{self, Field};
use crate::cli::{BatchArgs, InputFormat};
use crate::error::Error;
use crate::guidance::Recommendation;
use crate::render::json::{BatchLineJson, RecommendationJson};

mod pipeline;

/// The longest input line read; a longer one gets an error line of its own.
pub const MAX_LINE: usize = 1 << 20;

/// Lines answered and refused.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Tally {
    ok: u64,
    failed: u64,
}

impl Tally {
    fn count(&mut self, outcome: &Result<Recommendation, String>) {
        if outcome.is_ok() {
            self.ok += 1;
        } else {
            self.failed += 1;
        }
    }
}

/// Runs `wrun batch`, writing NDJSON to `out`.
///
/// # Errors
/// [`Error::Input`] when the input cannot be read, [`Error::Output`] when
/// writing fails, [`Error::BatchFailed`] after all lines when any failed.
pub fn run<W: Write + ?Sized>(args: &BatchArgs, out: &mut W) -> Result<(), Error> {
    let path = args.file.as_deref().filter(|path| *path != Path::new("-"));
    let name = path.map_or_else(|| "standard input".to_owned(), |p| p.display().to_string());
    let input_error = |source| Error::Input {
        path: name.clone(),
        source,
    };
    let reader: Box<dyn BufRead> = match path {
        Some(path) => Box::new(BufReader::with_capacity(
            1 << 16,
            File::open(path).map_err(input_error)?,
        )),
        None => Box::new(io::stdin().lock()),
    };
    let csv = args.input.map_or_else(
        || {
            path.is_some_and(|p| {
                p.extension()
                    .is_some_and(|ext| ext.eq_ignore_ascii_case("csv"))
            })
        },
        |format| format == InputFormat::Csv,
    );
    let mut records = Records {
        reader,
        buffer: Vec::with_capacity(1024),
        number: 0,
        csv,
    };
    let headers = if csv {
        match records.next().map_err(input_error)? {
            Some((_, Ok(header))) => csv_cells(&header).map_err(Error::Usage)?,
            Some((line, Err(why))) => {
                return Err(Error::Usage(format!(
                    "the CSV header on line {line}: {why}"
                )));
            }
            None => Vec::new(),
        }
    } else {
        Vec::new()
    };
    let tally = answer_all(&mut records, &headers, out, &input_error)?;
    out.flush()?;
    if tally.failed > 0 {
        return Err(Error::BatchFailed {
            ok: tally.ok,
            failed: tally.failed,
        });
    }
    Ok(())
}

/// Appends the output line for input line `line` to `bytes`.
///
/// An answer is written as `{"line":N,` followed by the recommend object
/// without its opening brace: the same bytes as [`BatchLineJson::Answer`]
/// (a test checks), without the cost of serde's `flatten` on every line.
fn encode(bytes: &mut Vec<u8>, line: u64, outcome: &Result<Recommendation, String>) {
    // Serializing these types into a Vec cannot fail.
    match outcome {
        Ok(recommendation) => {
            let _ = write!(bytes, "{{\"line\":{line}");
            let brace = bytes.len();
            let _ = serde_json::to_writer(&mut *bytes, &RecommendationJson::new(recommendation));
            // The object's own `{` becomes the comma after `"line":N`.
            bytes[brace] = b',';
        }
        Err(error) => {
            let error = error.clone();
            let _ = serde_json::to_writer(&mut *bytes, &BatchLineJson::Error { line, error });
        }
    }
    bytes.push(b'\n');
}

/// Records in one chunk of work, and input bytes, at most.
const CHUNK_RECORDS: usize = 256;
const CHUNK_BYTES: usize = 256 << 10;

/// One input record: the number of its first line, and its text or why it
/// cannot be read.
type InputRecord = (u64, Result<String, String>);

/// The non-blank records of the input: one line each in NDJSON; in CSV, a
/// line, or several when a quoted cell holds line breaks.
struct Records {
    reader: Box<dyn BufRead>,
    buffer: Vec<u8>,
    number: u64,
    csv: bool,
}

impl Records {
    fn next(&mut self) -> io::Result<Option<InputRecord>> {
        loop {
            let Some(too_long) = read_line(&mut self.reader, &mut self.buffer, MAX_LINE)? else {
                return Ok(None);
            };
            self.number += 1;
            let first = self.number;
            if too_long {
                return Ok(Some((
                    first,
                    Err(format!("line longer than {MAX_LINE} bytes")),
                )));
            }
            // Copied out, so that the buffer keeps its capacity for the next line.
            let mut text = match std::str::from_utf8(&self.buffer) {
                Ok(text) if text.trim().is_empty() => continue,
                Ok(text) => text.to_owned(),
                Err(_) => return Ok(Some((first, Err("line is not valid UTF-8".to_owned())))),
            };
            // An odd count of quotes leaves a CSV cell open: it goes on below.
            while self.csv && text.matches('"').count() % 2 == 1 {
                let Some(too_long) = read_line(&mut self.reader, &mut self.buffer, MAX_LINE)?
                else {
                    return Ok(Some((
                        first,
                        Err("a quoted cell is never closed".to_owned()),
                    )));
                };
                self.number += 1;
                match std::str::from_utf8(&self.buffer) {
                    Ok(more) if !too_long && text.len() + more.len() <= MAX_LINE => {
                        text.push('\n');
                        text.push_str(more);
                    }
                    _ => return Ok(Some((first, Err("the record is not readable".to_owned())))),
                }
            }
            return Ok(Some((first, Ok(text))));
        }
    }
}

/// Answers every record, on worker threads, writing in input order.
fn answer_all<W: Write + ?Sized>(
    records: &mut Records,
    headers: &[String],
    out: &mut W,
    input_error: &dyn Fn(io::Error) -> Error,
) -> Result<Tally, Error> {
    let csv = records.csv;
    crate::render::json::encode_fixed_texts();
    let produce = || -> Result<Option<Vec<InputRecord>>, Error> {
        let mut chunk = Vec::new();
        let mut bytes = 0;
        while chunk.len() < CHUNK_RECORDS && bytes < CHUNK_BYTES {
            let Some(record) = records.next().map_err(input_error)? else {
                break;
            };
            bytes += record.1.as_ref().map_or(0, String::len);
            chunk.push(record);
        }
        Ok((!chunk.is_empty()).then_some(chunk))
    };
    let work = |chunk: Vec<InputRecord>| {
        let mut bytes = Vec::with_capacity(chunk.len() * 2560);
        let mut tally = Tally::default();
        for (line, text) in chunk {
            let outcome = text.and_then(|text| {
                if csv {
                    csv_record(headers, &text)
                } else {
                    json_record(&text)
                }
            });
            tally.count(&outcome);
            encode(&mut bytes, line, &outcome);
        }
        (bytes, tally)
    };
    let mut tally = Tally::default();
    let workers = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    pipeline::ordered(
        workers,
        2 * workers,
        produce,
        work,
        |(bytes, done): (Vec<u8>, Tally)| {
            tally.ok += done.ok;
            tally.failed += done.failed;
            out.write_all(&bytes).map_err(Error::Output)
        },
    )?;
    Ok(tally)
}

fn json_record(text: &str) -> Result<Recommendation, String> {
    match serde_json::from_str::<batch::JsonRecord<'_>>(text) {
        Ok(record) => batch::recommend(record.0),
        Err(err) if err.is_data() => {
            Err("expected a JSON object with the fields of recommend".to_owned())
        }
        Err(err) => Err(format!("not valid JSON: {err}")),
    }
}

/// The cells of one CSV record.
fn csv_cells(text: &str) -> Result<Vec<String>, String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    match reader.records().next() {
        Some(Ok(record)) => Ok(record.iter().map(|cell| cell.trim().to_owned()).collect()),
        Some(Err(err)) => Err(format!("not valid CSV: {err}")),
        None => Ok(Vec::new()),
    }
}

fn csv_record(headers: &[String], text: &str) -> Result<Recommendation, String> {
    let cells = csv_cells(text)?;
    if cells.len() > headers.len() {
        return Err(format!(
            "the row has {} cells but the header names {}",
            cells.len(),
            headers.len()
        ));
    }
    batch::recommend(
        headers
            .iter()
            .zip(&cells)
            .map(|(name, cell)| (name.as_str(), Field::from_cell(cell))),
    )
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

    fn lines(input: &[u8], limit: usize) -> Vec<(Vec<u8>, bool)> {
        let mut reader: Box<dyn BufRead> = Box::new(BufReader::with_capacity(4, input));
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
    }

    #[test]
    fn an_encoded_answer_is_the_batch_line_serde_would_write() {
        let request = crate::guidance::Request::new(
            crate::guidance::Mass::from_lb(150.0),
            crate::guidance::WeightType::Vest,
        );
        let recommendation = crate::guidance::recommend(&request).unwrap();
        let mut bytes = b"{\"line\":1,\"error\":\"x\"}\n".to_vec();
        encode(&mut bytes, 42, &Ok(recommendation.clone()));
        let answer = RecommendationJson::new(&recommendation);
        let mut expected = b"{\"line\":1,\"error\":\"x\"}\n".to_vec();
        expected.extend(serde_json::to_vec(&BatchLineJson::Answer { line: 42, answer }).unwrap());
        expected.push(b'\n');
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            String::from_utf8(expected).unwrap()
        );
    }

    fn records(input: &'static [u8], csv: bool) -> Vec<InputRecord> {
        let mut records = Records {
            reader: Box::new(BufReader::with_capacity(4, input)),
            buffer: Vec::new(),
            number: 0,
            csv,
        };
        std::iter::from_fn(|| records.next().unwrap()).collect()
    }

    #[test]
    fn records_skip_blank_lines_but_keep_counting_them() {
        let found = records(b"a\n\n  \nb\n", false);
        assert_eq!(found, [(1, Ok("a".to_owned())), (4, Ok("b".to_owned()))]);
    }

    #[test]
    fn a_csv_record_runs_on_while_a_quoted_cell_is_open() {
        let found = records(b"w,c\n150,\"knee-pain,\nback-pain\"\n\n200,\n", true);
        assert_eq!(
            found[1],
            (2, Ok("150,\"knee-pain,\nback-pain\"".to_owned()))
        );
        assert_eq!(found[2], (5, Ok("200,".to_owned())));
        let open = records(b"150,\"never closed\n", true);
        assert_eq!(open, [(1, Err("a quoted cell is never closed".to_owned()))]);
    }

    #[test]
    fn invalid_utf8_is_the_records_own_error() {
        let found = records(b"\xff\xfe\nok\n", false);
        assert_eq!(found[0], (1, Err("line is not valid UTF-8".to_owned())));
        assert_eq!(found[1], (2, Ok("ok".to_owned())));
    }

    #[test]
    fn empty_input_has_no_lines() {
        assert!(lines(b"", 8).is_empty());
    }
}
