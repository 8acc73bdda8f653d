//! Writing batch output: one NDJSON line or one CSV row per record, with
//! its line number, its `id` and what it carried. [`ndjson()`] writes a
//! line, [`columns`] holds the CSV columns of each command's answer and
//! [`csv_rows`] writes a row of them in a roster's dialect; a [`Sink`]
//! gathers a chunk of either.

mod columns;
mod csv_rows;
mod ndjson;
#[cfg(test)]
mod tests;

use std::borrow::Cow;

use serde_json::value::RawValue;

pub use columns::csv_header;
pub use csv_rows::{DecimalMark, Dialect, LineEnd, csv_row};
pub use ndjson::ndjson;

use super::record::Answer;
use crate::cli::{BatchCommand, OutputFormat};
use crate::render::json::NotesForm;

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
    /// A sink for about `records` lines of `format`, written into `bytes`
    /// (emptied first): a buffer from an earlier chunk, whose pages are
    /// already in memory, or a new one.
    #[must_use]
    pub fn new(
        format: OutputFormat,
        records: usize,
        dialect: Dialect,
        notes: NotesForm,
        mut bytes: Vec<u8>,
    ) -> Self {
        bytes.clear();
        match format {
            OutputFormat::Ndjson => {
                bytes.reserve(records * 4096);
                Self::Ndjson { bytes, notes }
            }
            OutputFormat::Csv => {
                bytes.reserve(records * 256);
                Self::Csv {
                    writer: dialect.writer(bytes),
                    dialect,
                }
            }
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
