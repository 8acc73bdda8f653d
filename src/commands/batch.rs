//! `wrun batch`: a recommendation per input line, streamed.
//!
//! Memory stays bounded whatever the input size: lines (at most [`MAX_LINE`]
//! bytes each) are read in chunks, a few chunks at a time are answered on
//! worker threads (one per core), and output is written in input order as
//! each chunk is done.

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
    let tally = if csv {
        csv_lines(reader, out, &input_error)?
    } else {
        ndjson_lines(reader, out, &input_error)?
    };
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

/// Lines in one chunk of work, and input bytes, at most.
const CHUNK_LINES: usize = 256;
const CHUNK_BYTES: usize = 256 << 10;

/// One input line: its number and its text, or why it cannot be read.
type InputLine = (u64, Result<String, String>);

/// A chunk's output lines and how many answered and failed.
struct Answered {
    bytes: Vec<u8>,
    tally: Tally,
}

fn ndjson_lines<W: Write + ?Sized>(
    mut reader: Box<dyn BufRead>,
    out: &mut W,
    input_error: &dyn Fn(io::Error) -> Error,
) -> Result<Tally, Error> {
    let mut tally = Tally::default();
    let mut buffer = Vec::with_capacity(1024);
    let mut number = 0;
    let mut produce = || -> Result<Option<Vec<InputLine>>, Error> {
        let mut chunk = Vec::new();
        let mut bytes = 0;
        while chunk.len() < CHUNK_LINES && bytes < CHUNK_BYTES {
            let Some(too_long) =
                read_line(&mut reader, &mut buffer, MAX_LINE).map_err(input_error)?
            else {
                break;
            };
            number += 1;
            let line = if too_long {
                Err(format!("line longer than {MAX_LINE} bytes"))
            } else {
                match std::str::from_utf8(&buffer) {
                    Ok(text) if text.trim().is_empty() => continue,
                    Ok(text) => Ok(text.to_owned()),
                    Err(_) => Err("line is not valid UTF-8".to_owned()),
                }
            };
            bytes += buffer.len();
            chunk.push((number, line));
        }
        Ok((!chunk.is_empty()).then_some(chunk))
    };
    let work = |chunk: Vec<InputLine>| {
        let mut answered = Answered {
            bytes: Vec::with_capacity(chunk.len() * 2560),
            tally: Tally::default(),
        };
        for (line, text) in chunk {
            let outcome = text.and_then(|text| record(&text));
            answered.tally.count(&outcome);
            encode(&mut answered.bytes, line, &outcome);
        }
        answered
    };
    let workers = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    pipeline::ordered(
        workers,
        2 * workers,
        &mut produce,
        work,
        |answered: Answered| {
            tally.ok += answered.tally.ok;
            tally.failed += answered.tally.failed;
            out.write_all(&answered.bytes).map_err(Error::Output)
        },
    )?;
    Ok(tally)
}

fn record(text: &str) -> Result<Recommendation, String> {
    match serde_json::from_str::<batch::JsonRecord<'_>>(text) {
        Ok(record) => batch::recommend(record.0),
        Err(err) if err.is_data() => {
            Err("expected a JSON object with the fields of recommend".to_owned())
        }
        Err(err) => Err(format!("not valid JSON: {err}")),
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

fn csv_lines<W: Write + ?Sized>(
    reader: Box<dyn BufRead>,
    out: &mut W,
    input_error: &dyn Fn(io::Error) -> Error,
) -> Result<Tally, Error> {
    let mut tally = Tally::default();
    let mut csv = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(reader);
    let headers: Vec<String> = match csv.byte_headers() {
        Ok(headers) => headers
            .iter()
            .map(|name| String::from_utf8_lossy(name).into_owned())
            .collect(),
        Err(err) => {
            return Err(csv_fatal(err, input_error).unwrap_or_else(Error::Usage));
        }
    };
    let mut record = csv::ByteRecord::new();
    let mut line_buffer = Vec::new();
    loop {
        let line = csv.position().line() + 1;
        match csv.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line = record.position().map_or(line, csv::Position::line);
                let outcome = csv_record(&headers, &record);
                tally.count(&outcome);
                line_buffer.clear();
                encode(&mut line_buffer, line, &outcome);
                out.write_all(&line_buffer)?;
            }
            Err(err) => {
                let line = err.position().map_or(line, csv::Position::line);
                match csv_fatal(err, input_error) {
                    Ok(fatal) => return Err(fatal),
                    Err(message) => {
                        let outcome = Err(message);
                        tally.count(&outcome);
                        line_buffer.clear();
                        encode(&mut line_buffer, line, &outcome);
                        out.write_all(&line_buffer)?;
                    }
                }
            }
        }
    }
    Ok(tally)
}

/// An I/O error ends the run; any other CSV error is the record's own.
fn csv_fatal(err: csv::Error, input_error: &dyn Fn(io::Error) -> Error) -> Result<Error, String> {
    match err.into_kind() {
        csv::ErrorKind::Io(source) => Ok(input_error(source)),
        other => Err(format!("not valid CSV: {other:?}")),
    }
}

fn csv_record(headers: &[String], record: &csv::ByteRecord) -> Result<Recommendation, String> {
    if record.len() > headers.len() {
        return Err(format!(
            "the row has {} cells but the header names {}",
            record.len(),
            headers.len()
        ));
    }
    let cells = record
        .iter()
        .map(std::str::from_utf8)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| "row is not valid UTF-8".to_owned())?;
    batch::recommend(
        headers
            .iter()
            .zip(cells)
            .map(|(name, cell)| (name.as_str(), Field::from_cell(cell))),
    )
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

    #[test]
    fn empty_input_has_no_lines() {
        assert!(lines(b"", 8).is_empty());
    }
}
