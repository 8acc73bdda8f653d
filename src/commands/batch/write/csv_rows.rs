//! A CSV row of batch output, and the dialect it is written in.

use std::borrow::Cow;
use std::io::Write as _;

use super::columns::{Cell, LEAD_COLUMNS, answer_cells, own_columns};
use super::ndjson::ExtraJson;
use super::{Carried, Line};
use crate::cli::BatchCommand;
use crate::render::json::line;

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
    /// A headerless CSV writer that appends to `bytes`.
    #[must_use]
    pub fn writer(self, bytes: Vec<u8>) -> csv::Writer<Vec<u8>> {
        csv::WriterBuilder::new()
            .has_headers(false)
            .delimiter(self.delimiter)
            .terminator(match self.line_end {
                LineEnd::CrLf => csv::Terminator::CRLF,
                LineEnd::Lf => csv::Terminator::Any(b'\n'),
            })
            .from_writer(bytes)
    }

    /// Appends `value` as wrun writes a figure in CSV: the shortest digits
    /// that read back as it, as Rust writes an `f64` (`7.5`, `15`), with
    /// this dialect's decimal mark (`7,5`).
    pub(super) fn push_number(self, out: &mut Vec<u8>, value: f64) {
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
