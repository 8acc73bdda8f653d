//! An NDJSON line of batch output: `{"line":N` then `"id"` and `"extra"`
//! when the record has them, then either the members of the command's JSON
//! object or `"error"`: the document
//! [`BatchLineJson`](crate::render::json::BatchLineJson) describes (a test
//! checks), written by `serde_json` from values borrowed from the record
//! and its answer.

use std::borrow::Cow;

use serde::Serialize;
use serde_json::value::RawValue;

use super::{Carried, Line};
use crate::commands::batch::record::Answered;
use crate::render::json::{
    BatchAnswerJson, ComparisonJson, NotesForm, PlanJson, RecommendationJson, Written, line,
};

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
                Answered::Plan(answer, dates) => {
                    BatchAnswerJson::Plan(PlanJson::new(answer, dates.as_deref(), written))
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
pub(super) enum ExtraJson<'l> {
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
