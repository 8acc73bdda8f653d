//! `wrun batch`: an answer per input record, streamed.
//!
//! [`read`] splits the input into records (NDJSON lines, or CSV records
//! read by the `csv` crate); [`names`] tells which field a key or column
//! names, `header` reads a CSV roster's header and cells, and [`json`] an
//! NDJSON line's members; [`record`] turns a record into an answer of
//! `recommend`, `compare` or `plan`, [`mod@write`] writes its NDJSON line or
//! CSV row, and `pipeline` answers chunks of records on worker threads
//! (one per core) and hands them back in input order. Every record gives
//! exactly one output line, whatever it holds; memory stays bounded
//! whatever the input size.

use std::fs::File;
use std::io::{self, BufRead, IsTerminal, Write};
use std::path::Path;
use std::sync::Mutex;

use crate::cli::{BatchArgs, BatchCommand, Field, InputFormat, OutputFormat};
use crate::error::Error;
use crate::input::CodePage;

mod header;
pub mod json;
pub mod names;
mod pipeline;
pub mod read;
pub mod record;
#[cfg(test)]
mod tests;
pub mod write;

pub use header::Header;
use header::{cell_text, request_cell};
use json::JsonRecord;
use names::Role;
use read::{Body, Format, InputRecord, Records};
use record::Answer;
use write::{Carried, Line, Sink};

/// Records answered and refused.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Tally {
    ok: u64,
    failed: u64,
}

impl std::ops::AddAssign for Tally {
    fn add_assign(&mut self, other: Self) {
        self.ok += other.ok;
        self.failed += other.failed;
    }
}

/// What every record of one batch is read and answered with.
#[derive(Debug)]
pub struct Batch {
    /// The command that answers each record.
    pub command: BatchCommand,
    /// The unit of plain numbers and the kind of weight, unless a record
    /// names its own.
    pub defaults: record::Defaults,
    /// What is written.
    pub output: OutputFormat,
    /// The CSV header, for CSV input.
    pub header: Option<Header>,
    /// The columns CSV output carries before its own: the header's carried
    /// columns, or one `extra` column (a JSON object) for NDJSON input.
    pub carried_columns: Vec<String>,
    /// How CSV output is written.
    pub dialect: write::Dialect,
    /// How NDJSON output writes warnings and tips.
    pub notes: crate::render::json::NotesForm,
}

impl Batch {
    /// Writes the output line (or row) for one record, read into `text`,
    /// to `sink`; whether the record was answered.
    fn answer(&self, record: &InputRecord, text: &str, sink: &mut Sink) -> bool {
        let json;
        let (carried, outcome) = match &record.body {
            Body::Unreadable(why) => (Carried::Nothing, Err(why.clone())),
            Body::Json(span) => match serde_json::from_str::<JsonRecord<'_>>(&text[span.clone()]) {
                Ok(parsed) => {
                    json = parsed;
                    self.json_record(json)
                }
                Err(err) if err.is_data() => {
                    // A whole JSON array on one line: say how to split it.
                    let array = text[span.clone()].trim_ascii_start().starts_with('[');
                    let mut why = format!(
                        "expected a JSON object with the fields of {}",
                        self.command.name()
                    );
                    if array {
                        why = format!("{why}, not an array: {SPLIT_ARRAY}");
                    }
                    (Carried::Nothing, Err(why))
                }
                Err(err) => (Carried::Nothing, Err(format!("not valid JSON: {err}"))),
            },
            Body::Csv(cells) => self.csv_record(cells),
        };
        let ok = outcome.is_ok();
        let line = Line {
            number: record.line,
            carried,
            outcome: &outcome,
            carried_names: &self.carried_columns,
        };
        sink.write(self.command, &line);
        ok
    }

    /// The output lines of `records` (their NDJSON lines read into `text`),
    /// written into `bytes` after what it held is cleared, and how many
    /// were answered and refused.
    fn answer_records(
        &self,
        records: &[InputRecord],
        text: &str,
        bytes: Vec<u8>,
    ) -> (Vec<u8>, Tally) {
        let mut tally = Tally::default();
        let mut sink = Sink::new(self.output, records.len(), self.dialect, self.notes, bytes);
        for record in records {
            if self.answer(record, text, &mut sink) {
                tally.ok += 1;
            } else {
                tally.failed += 1;
            }
        }
        (sink.into_bytes(), tally)
    }

    /// Writes CSV output's header row (after a byte order mark where its
    /// dialect has one); nothing for NDJSON output.
    fn write_csv_header<W: Write + ?Sized>(&self, out: &mut W) -> io::Result<()> {
        if self.output != OutputFormat::Csv {
            return Ok(());
        }
        if self.dialect.bom {
            out.write_all(crate::input::BOM)?;
        }
        let mut header_row = self.dialect.writer(Vec::with_capacity(1024));
        // Writing into a Vec cannot fail.
        let _ = header_row.write_record(write::csv_header(self.command, &self.carried_columns));
        out.write_all(&header_row.into_inner().unwrap_or_default())
    }

    fn json_record<'a>(&self, record: JsonRecord<'a>) -> (Carried<'a>, Result<Answer, String>) {
        let parts = json::split_json(self.command, record);
        let outcome = match parts.problem {
            Some(problem) => Err(problem),
            None => record::answer(self.command, self.defaults, parts.fields),
        };
        let carried = Carried::Json {
            id: parts.id,
            extra: parts.extra,
        };
        (carried, outcome)
    }

    fn csv_record<'a>(&self, cells: &'a csv::ByteRecord) -> (Carried<'a>, Result<Answer, String>) {
        let Some(header) = &self.header else {
            return (Carried::Nothing, Err("no CSV header".to_owned()));
        };
        let mut id = None;
        let mut extra = Vec::new();
        let mut fields = Vec::new();
        let mut problem = None;
        let cell_text = |cell| cell_text(header.code_page, cell);
        let columns = header.roles.iter().zip(&header.units).zip(&header.names);
        for (((role, unit), name), cell) in columns.zip(cells) {
            match role {
                Role::Id => id = Some(cell_text(cell)).filter(|id| !id.trim().is_empty()),
                Role::Carried => extra.push(cell_text(cell)),
                Role::Request(field) => {
                    let given = request_cell(cell_text(cell), *field, unit.as_deref());
                    fields.push((*field, name.as_str(), given));
                }
            }
        }
        if cells.len() > header.roles.len() {
            problem = Some(format!(
                "the row has {} cells but the header names {}",
                cells.len(),
                header.roles.len()
            ));
        }
        let outcome = match problem {
            Some(problem) => Err(problem),
            None => record::answer(self.command, self.defaults, fields),
        };
        (Carried::Csv { id, extra }, outcome)
    }
}

/// Runs `wrun batch`, writing to `out`.
///
/// # Errors
/// [`Error::Usage`] for a bad CSV header, an input that is neither NDJSON
/// nor CSV, or an input that is the output; [`Error::Input`] when the input
/// cannot be read, [`Error::Output`] when writing fails,
/// [`Error::BatchFailed`] after all records when any failed.
pub fn run<W: Write + ?Sized>(
    profile: &crate::config::Profile,
    args: &BatchArgs,
    out: &mut W,
) -> Result<(), Error> {
    crate::refusal::value_for_file::<BatchArgs>(args.file.as_deref())?;
    let path = args.file.as_deref().filter(|path| *path != Path::new("-"));
    let name = path.map_or_else(
        || crate::input::STANDARD_INPUT.to_owned(),
        |p| p.display().to_string(),
    );
    let first = if args.line_buffered {
        crate::input::FirstFill::Line
    } else {
        crate::input::FirstFill::LookAhead
    };
    // The input is opened once, and the output-is-the-input check uses the
    // open handle: a named pipe or a process substitution opened twice
    // would lose what its writer sent to the first open, or wait for ever.
    let reader: Box<dyn BufRead> = if let Some(path) = path {
        let file = File::open(path).map_err(|source| Error::Input {
            path: name.clone(),
            source,
        })?;
        refuse_output_as_input(
            file.try_clone().and_then(same_file::Handle::from_file),
            &name,
        )?;
        crate::input::buffered(file, first)
    } else {
        refuse_output_as_input(same_file::Handle::stdin(), &name)?;
        if io::stdin().is_terminal() {
            // Nothing is piped in: say what wrun waits for rather than
            // waiting silently.
            let _ = writeln!(
                io::stderr(),
                "wrun: reading records from the terminal, one NDJSON object or CSV row a line \
                 (a CSV header first); end with Ctrl-D (Ctrl-Z, Enter on Windows){}",
                if args.line_buffered {
                    ""
                } else {
                    "; --line-buffered answers each line as it is typed"
                }
            );
        }
        crate::input::buffered(io::stdin().lock(), first)
    };
    answer_input(args, profile, reader, &name, out)
}

/// Answers every record of `reader` (named `name` in messages, its
/// extension read from `args.file`), writing to `out`.
///
/// # Errors
/// As [`run`].
pub fn answer_input<W: Write + ?Sized>(
    args: &BatchArgs,
    profile: &crate::config::Profile,
    reader: Box<dyn BufRead + '_>,
    name: &str,
    out: &mut W,
) -> Result<(), Error> {
    let notes = args.notes.form(
        args.output_format() == OutputFormat::Ndjson,
        "CSV output lists warnings and tips by id already",
    )?;
    if args.weight_type.is_some() && args.command == BatchCommand::Compare {
        return Err(Error::Usage(format!(
            "{} does not go with --command compare, which answers for every kind of weight",
            Field::Type.flag()
        )));
    }
    let path = args.file.as_deref().filter(|path| *path != Path::new("-"));
    let input_error = |source| Error::Input {
        path: name.to_owned(),
        source,
    };
    let (reader, bom) = crate::input::utf8_reader(reader, args.encoding).map_err(input_error)?;
    let (mut reader, lone_carriage_returns) = read::line_feeds(reader).map_err(input_error)?;
    let start = reader.fill_buf().map_err(input_error)?;
    let input = detect(args, path, start).map_err(|why| Error::Usage(format!("{name}: {why}")))?;
    let dialect = output_dialect(args, input, bom, start);
    let mut records = Records::new(reader, input);
    let header = match input {
        Format::Ndjson => None,
        Format::Csv { .. } => match records
            .next_record(&mut String::new())
            .map_err(input_error)?
        {
            Some(InputRecord {
                line,
                body: Body::Csv(cells),
            }) => Some(
                Header::new(
                    args.command,
                    args.weight_type.is_some(),
                    &cells,
                    CodePage::of_csv(lone_carriage_returns),
                )
                .map_err(|why| {
                    Error::Usage(format!("{name}: the CSV header on line {line}: {why}"))
                })?,
            ),
            Some(InputRecord { line, body }) => {
                return Err(Error::Usage(format!(
                    "{name}: the CSV header on line {line}: {}",
                    match body {
                        Body::Unreadable(why) => why,
                        _ => "not a CSV row".to_owned(),
                    }
                )));
            }
            None => None,
        },
    };
    let carried_columns = match &header {
        Some(header) => header.carried_names.clone(),
        None if input == Format::Ndjson => vec!["extra".to_owned()],
        None => Vec::new(),
    };
    if args.unit.is_none() {
        profile.need(Field::Unit)?;
    }
    let unit = match (args.unit, &profile.unit) {
        (Some(unit), _) => (unit, args.unit_source),
        (None, Some(entry)) => (entry.value, crate::cli::UnitSource::Profile),
        (None, None) => (crate::guidance::Unit::Lb, crate::cli::UnitSource::Default),
    };
    let mut batch = Batch {
        command: args.command,
        defaults: record::Defaults {
            unit,
            weight_type: args.weight_type,
            today: crate::commands::plan::today(),
        },
        output: args.output_format(),
        header,
        carried_columns,
        dialect,
        notes,
    };
    batch.write_csv_header(out)?;
    let tally = if args.line_buffered {
        answer_each(
            &mut batch,
            &mut records,
            out,
            &input_error,
            crate::commands::plan::today,
        )?
    } else {
        answer_all(&batch, &mut records, out, &input_error)?
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

/// How CSV output is written: a CSV roster's own delimiter, byte order
/// mark, line ending and decimal comma (seen in `start`, the input's first
/// 64 KiB: a digit, a comma, a digit in a roster not split on commas), else
/// plain CSV; `--output-delimiter` wins.
fn output_dialect(args: &BatchArgs, input: Format, bom: bool, start: &[u8]) -> write::Dialect {
    let mut dialect = write::Dialect {
        raw_cells: args.raw_cells,
        ..write::Dialect::default()
    };
    match args.output_dialect {
        crate::cli::OutputDialect::Plain => {}
        crate::cli::OutputDialect::ExcelEu => {
            dialect.delimiter = b';';
            dialect.line_end = write::LineEnd::CrLf;
            dialect.decimal = write::DecimalMark::Comma;
            dialect.bom = true;
        }
        crate::cli::OutputDialect::Mirror => mirror(&mut dialect, input, bom, start),
    }
    if let Some(delimiter) = args.output_delimiter {
        dialect.delimiter = delimiter;
        if delimiter == b',' {
            dialect.decimal = write::DecimalMark::Point;
        }
    }
    dialect
}

/// `dialect` made a CSV roster's own, as seen in `start`.
fn mirror(dialect: &mut write::Dialect, input: Format, bom: bool, start: &[u8]) {
    if let Format::Csv { delimiter } = input {
        let first_line = start
            .split(|byte| *byte == b'\n')
            .next()
            .unwrap_or_default();
        dialect.delimiter = delimiter;
        // A roster in a code page (Windows-1252 or Mac Roman) comes back in
        // UTF-8 with a byte order mark, which Excel reads as Unicode.
        dialect.bom = bom || crate::input::holds_non_utf8(start);
        if first_line.ends_with(b"\r") && start.contains(&b'\n') {
            dialect.line_end = write::LineEnd::CrLf;
        }
        let decimal_comma = delimiter != b','
            && start
                .windows(3)
                .any(|w| w[0].is_ascii_digit() && w[1] == b',' && w[2].is_ascii_digit());
        if decimal_comma {
            dialect.decimal = write::DecimalMark::Comma;
        }
    }
}

/// Refuses to read the file that standard output writes to, as `cat`
/// does: the answers would be read back as input, without end.
fn refuse_output_as_input(input: io::Result<same_file::Handle>, name: &str) -> Result<(), Error> {
    let Ok(stdout) = same_file::Handle::stdout() else {
        return Ok(());
    };
    let is_file = stdout.as_file().metadata().is_ok_and(|meta| meta.is_file());
    if is_file && input.is_ok_and(|input| input == stdout) {
        return Err(Error::Usage(format!(
            "{name} is also the output: the answers would be read back as input; write them \
             to another file"
        )));
    }
    Ok(())
}

/// Whether `name` names a file `wrun batch` reads by its name (see
/// [`input_by_extension`]).
pub(crate) fn names_a_roster(name: &str) -> bool {
    std::path::Path::new(name)
        .extension()
        .and_then(|extension| extension.to_str())
        .is_some_and(|extension| input_by_extension(&extension.to_ascii_lowercase()).is_some())
}

/// The input format a file's extension (lower case) names: `csv` and
/// `tsv` are CSV, `ndjson`, `jsonl` and `json` NDJSON.
pub(crate) fn input_by_extension(extension: &str) -> Option<InputFormat> {
    match extension {
        "csv" | "tsv" => Some(InputFormat::Csv),
        "ndjson" | "jsonl" | "json" => Some(InputFormat::Ndjson),
        _ => None,
    }
}

/// What the input is: `--input` when given, else by the file's extension,
/// else by its first line (a JSON object, or a CSV header naming request
/// columns). The CSV delimiter is `--delimiter`, else the one of `,`, `;`,
/// tab and `|` the first line holds most of (`,` where none is there). A
/// workbook or a route file is refused first, named as what it is,
/// whatever `--input` says.
fn detect(args: &BatchArgs, path: Option<&Path>, start: &[u8]) -> Result<Format, String> {
    let extension = path
        .and_then(Path::extension)
        .and_then(|ext| ext.to_str())
        .map(str::to_ascii_lowercase);
    if let Some(what) = workbook(extension.as_deref(), start) {
        let how = if what == ZIP_ARCHIVE {
            "unpack it and give the CSV or NDJSON file it holds"
        } else {
            "save the sheet as CSV (CSV UTF-8 in Excel's Save As, Download as CSV in Google \
             Sheets, Export To CSV in Numbers) and give that file"
        };
        return Err(format!("{what}, which wrun does not read: {how}"));
    }
    let file_name = path
        .and_then(Path::file_name)
        .and_then(|name| name.to_str());
    if let Some(course) = crate::route::Format::detect(file_name, start) {
        let given = path.map_or_else(|| "-".into(), Path::to_string_lossy);
        let given = crate::error::shell_word(&given);
        return Err(format!(
            "a {} file, a course and no requests: for what a load does on it, try 'wrun route \
             {given}'",
            course.name()
        ));
    }
    let first_line = first_line(start);
    let delimiter = args.delimiter.unwrap_or_else(|| {
        if extension.as_deref() == Some("tsv") {
            return b'\t';
        }
        likely_delimiter(first_line)
    });
    let csv = Format::Csv { delimiter };
    match args
        .input
        .or_else(|| extension.as_deref().and_then(input_by_extension))
    {
        Some(InputFormat::Csv) => return Ok(csv),
        // Lines, as the user said: each answered as it is, an array too.
        Some(InputFormat::Ndjson) if args.input.is_some() => return Ok(Format::Ndjson),
        Some(InputFormat::Ndjson) => return one_object_a_line(first_line).map(|()| Format::Ndjson),
        None => {}
    }
    let first = first_line.trim_ascii_start();
    if first.is_empty() || first.starts_with(b"{") || first.starts_with(b"[") {
        return one_object_a_line(first_line).map(|()| Format::Ndjson);
    }
    if header_cells(first_line, delimiter).any(|cell| names::heads_a_column(args.command, cell)) {
        Ok(csv)
    } else {
        Err(
            "the first line is neither a JSON object nor a CSV header naming request columns \
             (weight, type, ...); give --input ndjson or --input csv"
                .to_owned(),
        )
    }
}

/// Refuses JSON that is not one object a line, as its `first_line`
/// shows: an array, or an object that its first line opens and leaves
/// open, as `json.dump(..., indent=2)` and `jq .` write one. Read line by
/// line, its members would each fail as a record of their own, and a
/// pretty-printed array's last object alone would be answered.
fn one_object_a_line(first_line: &[u8]) -> Result<(), String> {
    let first = first_line.trim_ascii();
    if first.starts_with(b"[") {
        return Err(format!(
            "the first line is a JSON array, and batch reads one JSON object a line: {SPLIT_ARRAY}"
        ));
    }
    if first == b"{" {
        return Err(
            "the first line opens a JSON object that runs over several lines, and batch reads \
             one JSON object a line: jq -c . writes each object on one line"
                .to_owned(),
        );
    }
    Ok(())
}

/// The first line of `start` that is not blank.
fn first_line(start: &[u8]) -> &[u8] {
    start
        .split(|byte| *byte == b'\n')
        .find(|line| !line.trim_ascii().is_empty())
        .unwrap_or_default()
}

/// The one of `,`, `;`, tab and `|` that `header` holds most of, `,`
/// where it holds none.
fn likely_delimiter(header: &[u8]) -> u8 {
    [b',', b';', b'\t', b'|']
        .into_iter()
        .rev()
        .max_by_key(|delimiter| memchr::memchr_iter(*delimiter, header).count())
        .unwrap_or(b',')
}

/// The names in a CSV `header` cut by `delimiter`, unquoted and trimmed
/// (those not in UTF-8 left out).
fn header_cells(header: &[u8], delimiter: u8) -> impl Iterator<Item = &str> {
    header
        .split(move |byte| *byte == delimiter)
        .filter_map(|cell| std::str::from_utf8(cell).ok())
        .map(|cell| cell.trim().trim_matches('"'))
}

/// Whether a file that starts with `start` likely holds batch requests: a
/// first line that is a JSON object, or a CSV header with a column of body
/// weights (which every request needs; a log's `date,distance` is none).
pub(crate) fn holds_requests(start: &[u8]) -> bool {
    let first_line = first_line(start.strip_prefix(crate::input::BOM).unwrap_or(start));
    first_line.trim_ascii_start().starts_with(b"{")
        || header_cells(first_line, likely_delimiter(first_line)).any(|cell| {
            matches!(
                names::column_role(BatchCommand::Recommend, cell).0,
                Ok(Role::Request(Field::Weight))
            )
        })
}

/// A spreadsheet saved in its own format, which batch does not read, as
/// its first bytes (and, for a ZIP archive, its file's `extension`) tell:
/// `None` for anything else, a CSV saved under a workbook's name among
/// them.
fn workbook(extension: Option<&str>, start: &[u8]) -> Option<&'static str> {
    // The compound file of Excel 97-2003, and the ZIP of every later
    // spreadsheet's format.
    const COMPOUND: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    const ZIP: &[u8] = b"PK\x03\x04";
    if start.starts_with(COMPOUND) {
        return Some("an Excel 97-2003 workbook (.xls)");
    }
    if !start.starts_with(ZIP) {
        return None;
    }
    let holds = |needle: &[u8]| crate::route::holds(start, needle);
    Some(match extension {
        _ if holds(b"opendocument.spreadsheet") => "an OpenDocument spreadsheet (.ods)",
        Some("xlsx" | "xlsm") => "an Excel workbook",
        _ if holds(b"xl/") => "an Excel workbook",
        Some("numbers") => "a Numbers spreadsheet",
        _ => ZIP_ARCHIVE,
    })
}

/// A ZIP archive no spreadsheet's, as [`workbook`] names it.
const ZIP_ARCHIVE: &str = "a ZIP archive";

/// How to turn a JSON array into the lines batch reads.
const SPLIT_ARRAY: &str = "jq -c '.[]' writes an array's objects one a line";

/// Records in one chunk of work, and input bytes, at most.
const CHUNK_RECORDS: usize = 256;
const CHUNK_BYTES: usize = 256 << 10;

/// A chunk of work: records, and the text their NDJSON lines were read into.
struct Chunk {
    text: String,
    records: Vec<InputRecord>,
}

impl Chunk {
    /// The next records of `records`: [`CHUNK_RECORDS`] of them, or fewer
    /// once they hold [`CHUNK_BYTES`], so that a chunk of long records
    /// stays small; `None` at the end of the input. Its text starts with
    /// room for `capacity` bytes.
    fn next(records: &mut Records<'_>, capacity: usize) -> io::Result<Option<Self>> {
        let mut chunk = Self {
            text: String::with_capacity(capacity),
            records: Vec::with_capacity(CHUNK_RECORDS),
        };
        let mut bytes = 0;
        while chunk.records.len() < CHUNK_RECORDS && bytes < CHUNK_BYTES {
            let Some(record) = records.next_record(&mut chunk.text)? else {
                break;
            };
            bytes += record.body.size();
            chunk.records.push(record);
        }
        Ok((!chunk.records.is_empty()).then_some(chunk))
    }
}

/// Answers each record as soon as it is read, on this thread, and flushes
/// its line before reading on: a writer that waits for each answer before
/// it sends the next request gets it. Such a writer may keep wrun running
/// for days: a plan that begins today begins on the day `today` gives as
/// its record is read.
fn answer_each<W: Write + ?Sized>(
    batch: &mut Batch,
    records: &mut Records<'_>,
    out: &mut W,
    input_error: &dyn Fn(io::Error) -> Error,
    today: impl Fn() -> chrono::NaiveDate,
) -> Result<Tally, Error> {
    let mut tally = Tally::default();
    let mut text = String::new();
    let mut bytes = Vec::new();
    // A CSV header row, written before the first record is read.
    out.flush().map_err(Error::Output)?;
    while let Some(record) = records.next_record(&mut text).map_err(input_error)? {
        if batch.command == BatchCommand::Plan {
            batch.defaults.today = today();
        }
        let (line, done) = batch.answer_records(std::slice::from_ref(&record), &text, bytes);
        tally += done;
        out.write_all(&line).map_err(Error::Output)?;
        out.flush().map_err(Error::Output)?;
        // The buffers, for the next record.
        bytes = line;
        text.clear();
    }
    Ok(tally)
}

/// Answers every record, on worker threads, writing in input order.
fn answer_all<W: Write + ?Sized>(
    batch: &Batch,
    records: &mut Records<'_>,
    out: &mut W,
    input_error: &dyn Fn(io::Error) -> Error,
) -> Result<Tally, Error> {
    crate::render::json::encode_fixed_texts();
    let mut text_capacity = 0;
    let produce = || -> Result<Option<Chunk>, Error> {
        // As much text as the last chunk took, so it is rarely grown.
        let chunk = Chunk::next(records, text_capacity).map_err(input_error)?;
        if let Some(chunk) = &chunk {
            text_capacity = chunk.text.len();
        }
        Ok(chunk)
    };
    // Each chunk's output is written into a buffer a written chunk handed
    // back (never more of them than chunks in flight): a new megabyte for
    // every chunk was faulted in again a page at a time, about six
    // thousand faults a million records.
    let spare: Mutex<Vec<Vec<u8>>> = Mutex::new(Vec::new());
    let work = |chunk: Chunk| {
        let bytes = spare.lock().ok().and_then(|mut spare| spare.pop());
        batch.answer_records(&chunk.records, &chunk.text, bytes.unwrap_or_default())
    };
    let mut tally = Tally::default();
    let workers = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    pipeline::ordered(
        workers,
        2 * workers,
        produce,
        work,
        |(bytes, done): (Vec<u8>, Tally)| {
            tally += done;
            out.write_all(&bytes).map_err(Error::Output)?;
            if let Ok(mut spare) = spare.lock() {
                spare.push(bytes);
            }
            Ok(())
        },
    )?;
    Ok(tally)
}
