//! Writing batch output: one NDJSON line or one CSV row per record, with
//! its line number, its `id` and what it carried.
//!
//! An NDJSON line is `{"line":N` then `"id"` and `"extra"` when the record
//! has them, then either the members of the command's JSON object or
//! `"error"`: the document [`BatchLineJson`](crate::render::json::BatchLineJson)
//! describes (a test checks), written by `serde_json` from values borrowed
//! from the record and its answer.

use std::borrow::Cow;
use std::io::Write as _;

use serde::Serialize;
use serde_json::value::RawValue;

use super::record::{Answer, Answered};
use crate::cli::{BatchCommand, OutputFormat};
use crate::guidance::{Named, WeightType};
use crate::render::json::{
    BatchAnswerJson, ComparisonJson, LoadJson, NotesForm, PlanJson, RangeJson, RecommendationJson,
    WarningJson, WeekJson, Written, line,
};

/// What a record carries through to its output line besides its answer.
#[derive(Debug, Clone, Default)]
pub enum Carried<'a> {
    /// Nothing: the record could not be read far enough.
    #[default]
    Nothing,
    /// From an NDJSON record: its `id` and other members, as written.
    Json {
        /// The `id` member.
        id: Option<&'a RawValue>,
        /// The other members, in input order.
        extra: Vec<(Cow<'a, str>, &'a RawValue)>,
    },
    /// From a CSV row: its `id` cell and its carried cells, one per carried
    /// column of the header (empty where the row is short).
    Csv {
        /// The `id` cell; `None` when empty or absent.
        id: Option<Cow<'a, str>>,
        /// The carried cells.
        extra: Vec<Cow<'a, str>>,
    },
}

/// One output line: the record's line, what it carries, and its answer.
pub struct Line<'a, 'h> {
    /// The 1-based line the record starts on.
    pub number: u64,
    /// Its `id` and carried fields.
    pub carried: Carried<'a>,
    /// The answer, or why there is none.
    pub outcome: &'a Result<Answer, String>,
    /// The carried columns: the CSV header's, or `extra` for NDJSON input.
    pub carried_names: &'h [String],
}

/// Appends the NDJSON line for `line` to `bytes`.
pub fn ndjson(bytes: &mut Vec<u8>, line: &Line<'_, '_>, notes: NotesForm) {
    let (id, extra) = match &line.carried {
        Carried::Nothing => (None, None),
        Carried::Json { id, extra } => (
            id.map(IdJson::Json),
            (!extra.is_empty()).then_some(ExtraJson::Json(extra)),
        ),
        Carried::Csv { id, extra } => (
            id.as_deref().map(IdJson::Csv),
            (!line.carried_names.is_empty()).then_some(ExtraJson::Csv {
                names: line.carried_names,
                cells: extra,
            }),
        ),
    };
    let outcome = match line.outcome {
        Ok(answer) => {
            let written = Written {
                unit_source: answer.unit_source,
                notes,
            };
            OutcomeJson::Answer(match &answer.answered {
                Answered::Recommend(answer) => {
                    BatchAnswerJson::Recommend(RecommendationJson::new(answer, written))
                }
                Answered::Compare(answer) => {
                    BatchAnswerJson::Compare(ComparisonJson::new(answer, written))
                }
                Answered::Plan(answer) => {
                    BatchAnswerJson::Plan(PlanJson::new(answer, None, written))
                }
            })
        }
        Err(error) => OutcomeJson::Error { error },
    };
    let json = LineJson {
        line: line.number,
        id,
        extra,
        outcome,
    };
    // Writing into a Vec cannot fail, nor can serializing these types.
    line::write(bytes, &json);
    bytes.push(b'\n');
}

/// One NDJSON line: as [`BatchLineJson`](crate::render::json::BatchLineJson),
/// its values borrowed from the record and its answer.
#[derive(Serialize)]
struct LineJson<'l> {
    line: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<IdJson<'l>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    extra: Option<ExtraJson<'l>>,
    #[serde(flatten)]
    outcome: OutcomeJson<'l>,
}

/// A record's `id`: an NDJSON member as written, or a CSV cell's text.
#[derive(Serialize)]
#[serde(untagged)]
enum IdJson<'l> {
    Json(&'l RawValue),
    Csv(&'l str),
}

/// What a record carries, as one object in input order: an NDJSON
/// record's other members as written, or a CSV row's carried cells under
/// their columns' names (empty where the row is short).
enum ExtraJson<'l> {
    Json(&'l [(Cow<'l, str>, &'l RawValue)]),
    Csv {
        names: &'l [String],
        cells: &'l [Cow<'l, str>],
    },
}

impl Serialize for ExtraJson<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Json(members) => serializer.collect_map(members.iter().map(|(k, v)| (k, v))),
            Self::Csv { names, cells } => {
                let cell = |n| cells.get(n).map_or("", AsRef::as_ref);
                serializer.collect_map(names.iter().enumerate().map(|(n, name)| (name, cell(n))))
            }
        }
    }
}

/// A record's answer, whose members follow what it carries, or its error.
#[derive(Serialize)]
#[serde(untagged)]
// One a line, built and written at once: its size does not matter.
#[allow(clippy::large_enum_variant)]
enum OutcomeJson<'a> {
    Answer(BatchAnswerJson<'a>),
    Error { error: &'a str },
}

/// The columns every CSV output row starts with, after the carried ones.
const LEAD_COLUMNS: &[&str] = &["line", "id", "error"];

// A CSV column of an answer is its name and how its cell is written. Each
// command's columns are one table of these, so that the header and the
// rows come from the same list.

/// A cell of an answer in CSV output: words, or numbers, which take the
/// dialect's decimal mark.
#[derive(Debug, Clone)]
enum Cell {
    /// Words: ids, a unit, ids joined by `;`.
    Text(Cow<'static, str>),
    /// A number; an empty cell for `None`.
    Number(Option<f64>),
    /// Numbers joined by `;`: a plan's week by week.
    Numbers(Vec<f64>),
}

/// A column of `recommend`'s answer, for answers that borrow for any time.
type RecommendColumn = (
    &'static str,
    for<'a, 'b> fn(&'a RecommendationJson<'b>) -> Cell,
);
/// A column of `compare`'s answer.
type CompareColumn = (&'static str, for<'a, 'b> fn(&'a ComparisonJson<'b>) -> Cell);
/// A column of `plan`'s answer.
type PlanColumn = (&'static str, for<'a, 'b> fn(&'a PlanJson<'b>) -> Cell);

const fn number(value: f64) -> Cell {
    Cell::Number(Some(value))
}

const fn optional(value: Option<f64>) -> Cell {
    Cell::Number(value)
}

/// A count, as a number.
#[allow(clippy::cast_precision_loss)] // Counts of weeks are small.
const fn count(count: usize) -> Cell {
    Cell::Number(Some(count as f64))
}

const fn id(id: &'static str) -> Cell {
    Cell::Text(Cow::Borrowed(id))
}

/// Ids joined by `;`.
fn ids<'i>(ids: impl IntoIterator<Item = &'i str>) -> Cell {
    Cell::Text(Cow::Owned(ids.into_iter().collect::<Vec<_>>().join(";")))
}

fn warning_ids(warnings: &[WarningJson<'_>]) -> Cell {
    ids(warnings.iter().map(|warning| warning.id))
}

fn load<'j>(answer: &'j RecommendationJson<'_>) -> Option<&'j LoadJson> {
    answer.load.as_ref()
}

fn extra_kcal(answer: &RecommendationJson<'_>) -> Option<RangeJson> {
    answer.energy.as_ref().map(|energy| energy.extra_kcal)
}

/// `recommend`'s columns (and each record's of `batch`).
const RECOMMEND_COLUMNS: &[RecommendColumn] = &[
    ("verdict", |a| id(a.verdict.id())),
    ("verdict_because", |a| {
        ids(a.verdict_because.iter().copied())
    }),
    ("weight_lb", |a| number(a.input.runner.body_weight_lb)),
    ("weight_kg", |a| number(a.input.runner.body_weight_kg)),
    ("unit", |a| id(a.input.runner.unit.symbol())),
    ("type", |a| id(a.input.weight_type.id())),
    ("start_lb", |a| optional(load(a).and_then(|l| l.start_lb))),
    ("min_lb", |a| optional(load(a).map(|l| l.min_lb))),
    ("max_lb", |a| optional(load(a).map(|l| l.max_lb))),
    ("start_kg", |a| optional(load(a).and_then(|l| l.start_kg))),
    ("min_kg", |a| optional(load(a).map(|l| l.min_kg))),
    ("max_kg", |a| optional(load(a).map(|l| l.max_kg))),
    ("start_percent", |a| {
        optional(load(a).and_then(|l| l.start_percent.flatten()))
    }),
    ("min_percent", |a| {
        optional(load(a).and_then(|l| l.min_percent))
    }),
    ("max_percent", |a| {
        optional(load(a).and_then(|l| l.max_percent))
    }),
    ("hr_delta_min_bpm", |a| {
        optional(a.heart_rate_delta_bpm.as_ref().map(|e| e.min))
    }),
    ("hr_delta_max_bpm", |a| {
        optional(a.heart_rate_delta_bpm.as_ref().map(|e| e.max))
    }),
    ("calorie_delta_min_percent", |a| {
        optional(a.calorie_delta_percent.as_ref().map(|e| e.min))
    }),
    ("calorie_delta_max_percent", |a| {
        optional(a.calorie_delta_percent.as_ref().map(|e| e.max))
    }),
    ("baseline_kcal", |a| {
        optional(a.energy.as_ref().map(|e| e.baseline_kcal))
    }),
    ("loaded_kcal_min", |a| {
        optional(a.energy.as_ref().map(|e| e.loaded_kcal.min))
    }),
    ("loaded_kcal_max", |a| {
        optional(a.energy.as_ref().map(|e| e.loaded_kcal.max))
    }),
    ("extra_kcal_min", |a| optional(extra_kcal(a).map(|r| r.min))),
    ("extra_kcal_max", |a| optional(extra_kcal(a).map(|r| r.max))),
    ("loaded_hr_min_bpm", |a| {
        optional(
            a.heart_rate
                .as_ref()
                .and_then(|h| h.loaded_bpm.as_ref())
                .map(|r| r.min),
        )
    }),
    ("loaded_hr_max_bpm", |a| {
        optional(
            a.heart_rate
                .as_ref()
                .and_then(|h| h.loaded_bpm.as_ref())
                .map(|r| r.max),
        )
    }),
    ("load_lb", |a| optional(a.input.workout.load_lb)),
    ("load_kg", |a| optional(a.input.workout.load_kg)),
    ("load_fit", |a| {
        id(load(a)
            .and_then(|l| l.chosen_fit)
            .map_or("", |fit| fit.id()))
    }),
    ("warnings", |a| warning_ids(&a.warnings)),
];

/// `compare`'s columns before its options'.
const COMPARE_COLUMNS: &[CompareColumn] = &[
    ("best", |c| id(c.best.map_or("", |best| best.id()))),
    ("weight_lb", |c| number(c.input.runner.body_weight_lb)),
    ("weight_kg", |c| number(c.input.runner.body_weight_kg)),
    ("unit", |c| id(c.input.runner.unit.symbol())),
];

/// The columns of each option in `compare`'s CSV output, each name after
/// the option's type (`vest_verdict`).
const COMPARE_OPTION_COLUMNS: &[RecommendColumn] = &[
    ("verdict", |a| id(a.verdict.id())),
    ("verdict_because", |a| {
        ids(a.verdict_because.iter().copied())
    }),
    ("start_lb", |a| optional(load(a).and_then(|l| l.start_lb))),
    ("start_kg", |a| optional(load(a).and_then(|l| l.start_kg))),
    ("min_lb", |a| optional(load(a).map(|l| l.min_lb))),
    ("max_lb", |a| optional(load(a).map(|l| l.max_lb))),
    ("extra_kcal_min", |a| optional(extra_kcal(a).map(|r| r.min))),
    ("extra_kcal_max", |a| optional(extra_kcal(a).map(|r| r.max))),
    ("warnings", |a| warning_ids(&a.warnings)),
];

/// Every week's figure of `plan`, `;` between them.
fn weekly(plan: &PlanJson<'_>, pick: fn(&WeekJson<'_>) -> f64) -> Cell {
    Cell::Numbers(plan.weeks.iter().map(pick).collect())
}

/// `plan`'s columns.
const PLAN_COLUMNS: &[PlanColumn] = &[
    ("verdict", |p| id(p.verdict.id())),
    ("verdict_because", |p| {
        ids(p.verdict_because.iter().copied())
    }),
    ("weight_lb", |p| number(p.input.runner.body_weight_lb)),
    ("weight_kg", |p| number(p.input.runner.body_weight_kg)),
    ("unit", |p| id(p.input.runner.unit.symbol())),
    ("type", |p| id(p.input.weight_type.id())),
    ("weeks", |p| count(p.weeks.len())),
    ("start_lb", |p| optional(p.weeks.first().map(|w| w.load_lb))),
    ("start_kg", |p| optional(p.weeks.first().map(|w| w.load_kg))),
    ("end_lb", |p| optional(p.weeks.last().map(|w| w.load_lb))),
    ("end_kg", |p| optional(p.weeks.last().map(|w| w.load_kg))),
    ("loads_lb", |p| weekly(p, |w| w.load_lb)),
    ("loads_kg", |p| weekly(p, |w| w.load_kg)),
    ("sessions", |p| weekly(p, |w| f64::from(w.sessions))),
    ("focus", |p| ids(p.weeks.iter().map(|w| w.focus.id()))),
    ("warnings", |p| warning_ids(&p.warnings)),
];

/// The names of `columns`.
fn names<F>(columns: &'static [(&'static str, F)]) -> impl Iterator<Item = String> {
    columns.iter().map(|(name, _)| (*name).to_owned())
}

/// The CSV header row for `command`, after `carried` columns.
#[must_use]
pub fn csv_header(command: BatchCommand, carried: &[String]) -> Vec<String> {
    let own = own_columns(command);
    // A carried column named like one of wrun's own (`line`, `verdict`)
    // takes the next free `_2`, `_3`…, as a name seen twice in the roster
    // does: every column of the output has a name of its own.
    let mut columns: Vec<String> = Vec::with_capacity(carried.len() + own.len());
    for name in carried {
        let name = super::header::free_name(name, |candidate| {
            let is = |names: &[String]| names.iter().any(|n| n == candidate);
            is(&own) || is(&columns) || (candidate != name && is(carried))
        });
        columns.push(name);
    }
    columns.extend(own);
    columns
}

/// wrun's own columns of CSV output for `command`, after the carried ones.
fn own_columns(command: BatchCommand) -> Vec<String> {
    let mut columns: Vec<String> = LEAD_COLUMNS.iter().map(|c| (*c).to_owned()).collect();
    match command {
        BatchCommand::Recommend => {
            columns.extend(names(RECOMMEND_COLUMNS));
        }
        BatchCommand::Compare => {
            columns.extend(names(COMPARE_COLUMNS));
            for weight_type in <WeightType as Named>::ALL {
                let prefix = weight_type.id().replace('-', "_");
                columns.extend(
                    COMPARE_OPTION_COLUMNS
                        .iter()
                        .map(|(name, _)| format!("{prefix}_{name}")),
                );
            }
        }
        BatchCommand::Plan => {
            columns.extend(names(PLAN_COLUMNS));
        }
    }
    columns
}

/// The cells of `answer`, one for each of its command's columns.
fn answer_cells(answer: &Answer) -> Vec<Cell> {
    let written = Written {
        unit_source: answer.unit_source,
        notes: NotesForm::Text,
    };
    match &answer.answered {
        Answered::Recommend(recommendation) => {
            let json = RecommendationJson::new(recommendation, written);
            RECOMMEND_COLUMNS
                .iter()
                .map(|(_, cell)| cell(&json))
                .collect()
        }
        Answered::Compare(comparison) => {
            let json = ComparisonJson::new(comparison, written);
            let mut row: Vec<Cell> = COMPARE_COLUMNS
                .iter()
                .map(|(_, cell)| cell(&json))
                .collect();
            for option in &json.options {
                row.extend(COMPARE_OPTION_COLUMNS.iter().map(|(_, cell)| cell(option)));
            }
            row
        }
        Answered::Plan(plan) => {
            let json = PlanJson::new(plan, None, written);
            PLAN_COLUMNS.iter().map(|(_, cell)| cell(&json)).collect()
        }
    }
}

/// Appends the CSV row for `line` to `out`: its carried cells, then the
/// lead columns, then the answer's (empty on an error row).
///
/// # Errors
/// Only what writing into `out` can fail with.
pub fn csv_row(
    out: &mut csv::Writer<Vec<u8>>,
    command: BatchCommand,
    line: &Line<'_, '_>,
    dialect: Dialect,
) -> csv::Result<()> {
    let mut cells: Vec<Cow<'_, str>> = Vec::new();
    let id = match &line.carried {
        Carried::Nothing => {
            cells.extend(line.carried_names.iter().map(|_| Cow::Borrowed("")));
            String::new()
        }
        Carried::Json { id, extra } => {
            cells.push(Cow::Owned(if extra.is_empty() {
                String::new()
            } else {
                serde_json::to_string(&ExtraJson::Json(extra)).unwrap_or_default()
            }));
            // A JSON string id is written as its text, anything else as written.
            id.map(|id| {
                serde_json::from_str::<String>(id.get()).unwrap_or_else(|_| id.get().to_owned())
            })
            .unwrap_or_default()
        }
        Carried::Csv { id, extra } => {
            for n in 0..line.carried_names.len() {
                let cell = extra.get(n).cloned().unwrap_or_default();
                cells.push(if dialect.raw_cells {
                    cell
                } else {
                    spreadsheet_safe(cell)
                });
            }
            id.as_deref().unwrap_or_default().to_owned()
        }
    };
    cells.push(Cow::Owned(line.number.to_string()));
    cells.push(Cow::Owned(id));
    let answer = match line.outcome {
        Ok(answer) => {
            cells.push(Cow::Borrowed(""));
            answer_cells(answer)
        }
        Err(error) => {
            cells.push(Cow::Borrowed(error.as_str()));
            let width = own_columns(command).len() - LEAD_COLUMNS.len();
            vec![Cell::Text(Cow::Borrowed("")); width]
        }
    };
    for cell in &cells {
        out.write_field(cell.as_bytes())?;
    }
    let mut numbers = Vec::new();
    for cell in answer {
        match cell {
            Cell::Text(text) => out.write_field(text.as_bytes())?,
            Cell::Number(value) => {
                numbers.clear();
                if let Some(value) = value {
                    dialect.push_number(&mut numbers, value);
                }
                out.write_field(&numbers)?;
            }
            Cell::Numbers(values) => {
                numbers.clear();
                for (n, value) in values.into_iter().enumerate() {
                    if n > 0 {
                        numbers.push(b';');
                    }
                    dialect.push_number(&mut numbers, value);
                }
                out.write_field(&numbers)?;
            }
        }
    }
    // No field: the record ends.
    out.write_record(None::<&[u8]>)
}

/// A carried cell that a spreadsheet would run as a formula (it starts with
/// `=`, `+`, `-`, `@`, a tab or a carriage return and is not a number),
/// with a leading `'` so that spreadsheets show it as text: the
/// OWASP rule against CSV injection. A roster collected from a web form can
/// hold `=HYPERLINK(…)`.
fn spreadsheet_safe(cell: Cow<'_, str>) -> Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let number = cell.trim().parse::<f64>().is_ok_and(f64::is_finite);
    if risky && !number {
        Cow::Owned(format!("'{cell}"))
    } else {
        cell
    }
}

/// How the lines of CSV output end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineEnd {
    /// `\n`, as Unix tools and Google Sheets write.
    Lf,
    /// `\r\n`, as Excel writes.
    CrLf,
}

/// The decimal mark of numbers in CSV output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecimalMark {
    /// `7.5`.
    Point,
    /// `7,5`, as much of Europe writes.
    Comma,
}

/// How CSV output is written: by default a CSV roster's own dialect, so
/// that a `;` roster saved by European Excel opens again in one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dialect {
    /// The cell delimiter.
    pub delimiter: u8,
    /// How lines end.
    pub line_end: LineEnd,
    /// What separates a number's whole part from its fraction.
    pub decimal: DecimalMark,
    /// Whether the output starts with a UTF-8 byte order mark.
    pub bom: bool,
    /// Whether carried cells are written exactly as read.
    pub raw_cells: bool,
}

impl Default for Dialect {
    fn default() -> Self {
        Self {
            delimiter: b',',
            line_end: LineEnd::Lf,
            decimal: DecimalMark::Point,
            bom: false,
            raw_cells: false,
        }
    }
}

impl Dialect {
    /// A CSV writer into a buffer of `capacity` bytes, headerless.
    #[must_use]
    pub fn writer(self, capacity: usize) -> csv::Writer<Vec<u8>> {
        csv::WriterBuilder::new()
            .has_headers(false)
            .delimiter(self.delimiter)
            .terminator(match self.line_end {
                LineEnd::CrLf => csv::Terminator::CRLF,
                LineEnd::Lf => csv::Terminator::Any(b'\n'),
            })
            .from_writer(Vec::with_capacity(capacity))
    }

    /// Appends `value` as wrun writes a figure in CSV: the shortest digits
    /// that read back as it, as Rust writes an `f64` (`7.5`, `15`), with
    /// this dialect's decimal mark (`7,5`).
    fn push_number(self, out: &mut Vec<u8>, value: f64) {
        let mark = match self.decimal {
            DecimalMark::Point => b'.',
            DecimalMark::Comma => b',',
        };
        // Nearly every figure is a whole number of hundredths: written
        // from its digits, where `Display` would search for them.
        if let Some((whole, tenths, rest)) = line::hundredths(value) {
            out.extend_from_slice(itoa::Buffer::new().format(whole).as_bytes());
            match (tenths, rest) {
                (0, 0) => {}
                (tenths, 0) => out.extend_from_slice(&[mark, b'0' + tenths]),
                (tenths, rest) => out.extend_from_slice(&[mark, b'0' + tenths, b'0' + rest]),
            }
        } else {
            let start = out.len();
            // Writing into a Vec cannot fail.
            let _ = write!(out, "{value}");
            for byte in &mut out[start..] {
                if *byte == b'.' {
                    *byte = mark;
                }
            }
        }
    }
}

/// Where a chunk of output lines is written, in the output's format.
// One per chunk of work: its size does not matter.
#[allow(clippy::large_enum_variant)]
pub enum Sink {
    /// NDJSON lines, their notes in a form.
    Ndjson {
        /// The lines.
        bytes: Vec<u8>,
        /// How their warnings and tips are written.
        notes: NotesForm,
    },
    /// CSV rows, without a header, in a dialect.
    Csv {
        /// The rows.
        writer: csv::Writer<Vec<u8>>,
        /// How they are written.
        dialect: Dialect,
    },
}

impl Sink {
    /// An empty sink for about `records` lines of `format`.
    #[must_use]
    pub fn new(format: OutputFormat, records: usize, dialect: Dialect, notes: NotesForm) -> Self {
        match format {
            OutputFormat::Ndjson => Self::Ndjson {
                bytes: Vec::with_capacity(records * 4096),
                notes,
            },
            OutputFormat::Csv => Self::Csv {
                writer: dialect.writer(records * 256),
                dialect,
            },
        }
    }

    /// Writes the line for `line`, answered by `command`.
    pub fn write(&mut self, command: BatchCommand, line: &Line<'_, '_>) {
        match self {
            Self::Ndjson { bytes, notes } => ndjson(bytes, line, *notes),
            // Writing into a Vec cannot fail.
            Self::Csv { writer, dialect } => {
                let _ = csv_row(writer, command, line, *dialect);
            }
        }
    }

    /// The bytes written.
    #[must_use]
    pub fn into_bytes(self) -> Vec<u8> {
        match self {
            Self::Ndjson { bytes, .. } => bytes,
            Self::Csv { writer, .. } => writer.into_inner().unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guidance::{self, Mass, Request};

    fn answer(answered: Answered) -> Answer {
        Answer {
            answered,
            unit_source: crate::cli::UnitSource::Default,
        }
    }

    fn recommendation() -> Answer {
        let request = Request::new(Mass::from_lb(150.0), WeightType::Vest);
        answer(Answered::Recommend(guidance::recommend(&request).unwrap()))
    }

    /// `line`'s CSV row for `command`, in the default dialect, read back.
    fn csv_row_read_back(command: BatchCommand, line: &Line<'_, '_>) -> csv::StringRecord {
        let mut out = csv::Writer::from_writer(Vec::new());
        csv_row(&mut out, command, line, Dialect::default()).unwrap();
        let bytes = out.into_inner().unwrap();
        csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(bytes.as_slice())
            .records()
            .next()
            .unwrap()
            .unwrap()
    }

    #[test]
    fn an_ndjson_line_is_the_batch_line_serde_would_write() {
        let outcome = Ok(recommendation());
        let raw = |json: &str| RawValue::from_string(json.to_owned()).unwrap();
        let (id, name) = (raw("7"), raw(r#""Anna""#));
        let line = Line {
            number: 42,
            carried: Carried::Json {
                id: Some(&id),
                extra: vec![(Cow::Borrowed("name"), &name)],
            },
            outcome: &outcome,
            carried_names: &[],
        };
        let mut bytes = Vec::new();
        ndjson(&mut bytes, &line, NotesForm::Text);
        let Ok(Answer {
            answered: Answered::Recommend(answer),
            ..
        }) = &outcome
        else {
            unreachable!()
        };
        let expected = crate::render::json::BatchLineJson::Answer {
            line: 42,
            id: Some(serde_json::json!(7)),
            extra: Some(
                serde_json::json!({"name": "Anna"})
                    .as_object()
                    .unwrap()
                    .clone(),
            ),
            answer: crate::render::json::BatchAnswerJson::Recommend(RecommendationJson::new(
                answer,
                Written::default(),
            )),
        };
        assert_eq!(bytes.last(), Some(&b'\n'));
        let written: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(written, serde_json::to_value(&expected).unwrap());
        assert!(
            bytes.starts_with(br#"{"line":42,"id":7,"extra":{"name":"Anna"},"schema_version":1"#)
        );
    }

    #[test]
    fn an_error_line_keeps_the_id_and_the_carried_cells() {
        let outcome = Err("missing field 'type'".to_owned());
        let names = ["name".to_owned(), "team".to_owned()];
        let line = Line {
            number: 3,
            carried: Carried::Csv {
                id: Some(Cow::Borrowed("A-1")),
                extra: vec![Cow::Borrowed("Anna")],
            },
            outcome: &outcome,
            carried_names: &names,
        };
        let mut bytes = Vec::new();
        ndjson(&mut bytes, &line, NotesForm::Text);
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            "{\"line\":3,\"id\":\"A-1\",\"extra\":{\"name\":\"Anna\",\"team\":\"\"},\"error\":\"missing field 'type'\"}\n"
        );
    }

    #[test]
    fn what_an_ndjson_record_carries_is_one_json_object_in_either_output() {
        let raw = |json: &str| RawValue::from_string(json.to_owned()).unwrap();
        let (name, team, tags) = (raw(r#""Anna \"A\"""#), raw("7"), raw(r#"[1, {"a": null}]"#));
        let outcome = Err("missing field 'type'".to_owned());
        let line = Line {
            number: 4,
            carried: Carried::Json {
                id: None,
                extra: vec![
                    (Cow::Borrowed("name"), &name),
                    (Cow::Borrowed("team"), &team),
                    (Cow::Borrowed("tags"), &tags),
                ],
            },
            outcome: &outcome,
            carried_names: &[],
        };
        let object = r#"{"name":"Anna \"A\"","team":7,"tags":[1, {"a": null}]}"#;
        let mut bytes = Vec::new();
        ndjson(&mut bytes, &line, NotesForm::Text);
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            format!("{{\"line\":4,\"extra\":{object},\"error\":\"missing field 'type'\"}}\n")
        );
        let row = csv_row_read_back(BatchCommand::Recommend, &line);
        assert_eq!(&row[0], object);
        assert_eq!(&row[1], "4");
    }

    #[test]
    fn every_csv_row_has_as_many_cells_as_the_header() {
        let names = ["name".to_owned()];
        for (command, outcome) in [
            (BatchCommand::Recommend, Ok(recommendation())),
            (BatchCommand::Recommend, Err("bad".to_owned())),
            (
                BatchCommand::Compare,
                Ok(answer(Answered::Compare(
                    guidance::compare(&Request::new(Mass::from_lb(150.0), WeightType::Vest))
                        .unwrap(),
                ))),
            ),
            (BatchCommand::Compare, Err("bad".to_owned())),
            (
                BatchCommand::Plan,
                Ok(answer(Answered::Plan(
                    guidance::plan(&Request::new(Mass::from_lb(150.0), WeightType::Vest), 6)
                        .unwrap(),
                ))),
            ),
            (BatchCommand::Plan, Err("bad".to_owned())),
        ] {
            let line = Line {
                number: 2,
                carried: Carried::Csv {
                    id: None,
                    extra: vec![Cow::Borrowed("Anna")],
                },
                outcome: &outcome,
                carried_names: &names,
            };
            let row = csv_row_read_back(command, &line);
            assert_eq!(row.len(), csv_header(command, &names).len(), "{command:?}");
            assert_eq!(&row[0], "Anna");
            assert_eq!(&row[1], "2");
        }
    }

    #[test]
    fn a_figure_is_written_as_rust_writes_it_with_the_dialects_decimal_mark() {
        let written = |value: f64, decimal| {
            let mut out = Vec::new();
            let dialect = Dialect {
                decimal,
                ..Dialect::default()
            };
            dialect.push_number(&mut out, value);
            String::from_utf8(out).unwrap()
        };
        // Hundredths, written from their digits, and every other number,
        // left to `Display`: the same text either way.
        let values = [
            0.0,
            15.0,
            7.5,
            113.94,
            0.05,
            68.04,
            1e12 + 0.25,
            1e13,
            -0.0,
            -1.5,
            1.0 / 3.0,
            f64::MIN_POSITIVE,
        ];
        for value in values {
            assert_eq!(written(value, DecimalMark::Point), value.to_string());
            assert_eq!(
                written(value, DecimalMark::Comma),
                value.to_string().replace('.', ",")
            );
        }
        assert_eq!(written(7.5, DecimalMark::Comma), "7,5");
        assert_eq!(written(113.94, DecimalMark::Comma), "113,94");
        assert_eq!(written(-1.5, DecimalMark::Comma), "-1,5");
    }

    /// The answer cells of `outcome`'s CSV row for `command`, written in
    /// `dialect` and read back by column name.
    fn row_cells(
        command: BatchCommand,
        outcome: &Result<Answer, String>,
        dialect: Dialect,
    ) -> impl Fn(&str) -> String {
        let line = Line {
            number: 2,
            carried: Carried::Nothing,
            outcome,
            carried_names: &[],
        };
        let mut out = dialect.writer(0);
        out.write_record(csv_header(command, &[])).unwrap();
        csv_row(&mut out, command, &line, dialect).unwrap();
        let bytes = out.into_inner().unwrap();
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(dialect.delimiter)
            .from_reader(bytes.as_slice());
        let header = reader.headers().unwrap().clone();
        let row = reader.records().next().unwrap().unwrap();
        move |name| row[header.iter().position(|h| h == name).unwrap()].to_owned()
    }

    #[test]
    fn a_plan_row_lists_its_weeks_with_the_dialects_decimal_mark() {
        let outcome = Ok(answer(Answered::Plan(
            guidance::plan(&Request::new(Mass::from_lb(150.0), WeightType::Vest), 6).unwrap(),
        )));
        let comma = Dialect {
            delimiter: b';',
            decimal: DecimalMark::Comma,
            ..Dialect::default()
        };
        let cell = row_cells(BatchCommand::Plan, &outcome, comma);
        assert_eq!(cell("weeks"), "6");
        assert_eq!(cell("weight_kg"), "68,04");
        assert_eq!(cell("loads_lb"), "7,5;9;9;10,5;12;12");
        assert_eq!(cell("sessions"), "1;1;2;2;2;2");
        assert_eq!(cell("focus").split(';').count(), 6);
    }

    #[test]
    fn a_run_fills_the_energy_columns_each_extra_the_loaded_less_the_baseline() {
        use crate::guidance::{Duration, Length, Speed};
        // 70 kg at 10 km/h for 30 minutes: 386.75 kcal by ACSM.
        let mut request = Request::new(Mass::from_kg(70.0), WeightType::Vest);
        request.workout.speed = Some(Speed::from_km_per_h(10.0));
        request.workout.length = Some(Length::Time(Duration::from_minutes(30.0)));
        let recommendation = guidance::recommend(&request).unwrap();
        let comparison = guidance::compare(&request).unwrap();
        let outcome = Ok(answer(Answered::Recommend(recommendation)));
        let cell = row_cells(BatchCommand::Recommend, &outcome, Dialect::default());
        assert_eq!(cell("baseline_kcal"), "386.75");
        assert_eq!(
            [cell("loaded_kcal_min"), cell("loaded_kcal_max")],
            ["404.25", "421.75"]
        );
        assert_eq!(
            [cell("extra_kcal_min"), cell("extra_kcal_max")],
            ["17.5", "35"]
        );
        let outcome = Ok(answer(Answered::Compare(comparison)));
        let cell = row_cells(BatchCommand::Compare, &outcome, Dialect::default());
        assert_eq!(
            [cell("vest_extra_kcal_min"), cell("vest_extra_kcal_max")],
            ["17.5", "35"]
        );
    }

    #[test]
    fn a_recommend_row_holds_the_answer_in_both_units() {
        let outcome = Ok(recommendation());
        let cell = row_cells(BatchCommand::Recommend, &outcome, Dialect::default());
        assert_eq!(cell("verdict"), "recommended");
        assert_eq!(cell("start_lb"), "7.5");
        assert_eq!(cell("max_lb"), "15");
        assert_eq!(cell("start_kg"), "3.4");
        assert_eq!(cell("min_percent"), "5");
        assert_eq!(cell("calorie_delta_max_percent"), "10");
        assert_eq!(cell("baseline_kcal"), "");
        assert!(cell("warnings").starts_with("vest-joint-stress;vest-fit"));
    }
}
