//! How warnings, tips and a verdict's reason are written: with their texts
//! (`--notes text`, the default), or by id (`--notes ids`), their texts
//! listed once in `wrun sources --json`.

use serde::Serialize;

use super::text::{self, Text, Values};
use crate::cli::UnitSource;
use crate::guidance::{Message, Note, Reason, Severity};

/// Why the verdict is what it is.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ReasonJson<'a> {
    /// One sentence; absent with `--notes ids`, which writes `template`
    /// and `values` instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<Text<'a>>,
    /// With `--notes ids`: the id of its template, listed under `reasons`
    /// in `wrun sources --json`, or, where a warning set the verdict and
    /// lent its words, the id the warning's wording has under `advice` or
    /// `templates`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template: Option<&'static str>,
    /// With `--notes ids`, beside a template with slots: the text of each.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub values: Option<Values<'a>>,
    /// The id of the rule behind it.
    pub source: &'static str,
}

impl<'a> ReasonJson<'a> {
    /// The JSON view of `reason`, written in `form`.
    #[must_use]
    pub fn new(reason: &'a Reason, form: NotesForm) -> Self {
        let message = &reason.message;
        match form.reason_id(message) {
            Some(template) => Self {
                message: None,
                template: Some(template),
                values: (!message.values.is_empty()).then_some(Values(&message.values)),
                source: reason.source,
            },
            None => Self {
                message: Some(Text {
                    text: message,
                    id: reason.source,
                }),
                template: None,
                values: None,
                source: reason.source,
            },
        }
    }
}

/// Something that can hurt the runner.
#[derive(Debug, Clone, PartialEq, schemars::JsonSchema)]
pub struct WarningJson<'a> {
    /// Stable kebab-case id.
    pub id: &'static str,
    /// `info`, `caution` or `danger`.
    pub severity: Severity,
    /// What to tell the runner; left out with `--notes ids`, where it is
    /// the fixed text `wrun sources --json` lists under `advice`, or
    /// `template` and `values`.
    pub message: Option<Text<'a>>,
    /// With `--notes ids`, for a message that carries the runner's figures:
    /// the id of its template, listed under `templates` in `wrun sources
    /// --json`.
    pub template: Option<&'static str>,
    /// With `--notes ids`, beside `template`: the text of each of its slots.
    pub values: Option<Values<'a>>,
    /// The id of the rule behind it.
    pub source: &'static str,
}

/// A tip to run better with the weight.
#[derive(Debug, Clone, PartialEq, schemars::JsonSchema)]
pub struct TipJson<'a> {
    /// Stable kebab-case id.
    pub id: &'static str,
    /// What to tell the runner; left out with `--notes ids`, where it is
    /// the fixed text `wrun sources --json` lists under `advice`, or
    /// `template` and `values`.
    pub message: Option<Text<'a>>,
    /// With `--notes ids`, for a message that carries the runner's figures:
    /// the id of its template, listed under `templates` in `wrun sources
    /// --json`.
    pub template: Option<&'static str>,
    /// With `--notes ids`, beside `template`: the text of each of its slots.
    pub values: Option<Values<'a>>,
    /// The id of the rule behind it.
    pub source: &'static str,
}

/// How an answer's JSON is written, besides the answer itself: where the
/// runner's unit came from, which the resolver knows and the core does not
/// (echoed as `input.unit_source`), and the form of its notes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Written {
    /// Where the runner's unit came from.
    pub unit_source: UnitSource,
    /// How warnings, tips, notes and reasons are written.
    pub notes: NotesForm,
}

/// How warnings, tips, notes and reasons are written in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NotesForm {
    /// With their texts (`--notes text`, the default).
    #[default]
    Text,
    /// By id (`--notes ids`): a fixed text by its own id, a text with the
    /// runner's figures by its template's id and the text of each slot;
    /// `wrun sources --json` lists the texts and templates once.
    Ids,
}

/// How a warning's or tip's words are written: its message, or in the
/// lean form the id of its template and the text of each slot, or nothing
/// where the text is fixed.
struct Words<'a> {
    message: Option<Text<'a>>,
    template: Option<&'static str>,
    values: Option<Values<'a>>,
}

impl NotesForm {
    /// In the lean form, the id of the template a verdict's reason or a
    /// comparison's best pick was filled from; `None` in the full form.
    pub(super) fn reason_id(self, message: &Message) -> Option<&'static str> {
        match self {
            Self::Text => None,
            Self::Ids => crate::guidance::advice::reason_id(message.template),
        }
    }

    /// The words of `note` in this form.
    #[inline]
    fn words(self, note: &Note) -> Words<'_> {
        let message = Text {
            text: &note.message,
            id: note.id,
        };
        let as_text = Words {
            message: Some(message),
            template: None,
            values: None,
        };
        if self == Self::Text {
            return as_text;
        }
        if text::is_fixed(note.id, &note.message) {
            return Words {
                message: None,
                template: None,
                values: None,
            };
        }
        match crate::guidance::advice::template_id(note.id, note.message.template) {
            Some(template) => Words {
                message: None,
                template: Some(template),
                values: Some(Values(&note.message.values)),
            },
            None => as_text,
        }
    }
}

impl<'a> WarningJson<'a> {
    pub(crate) fn new(note: &'a Note, form: NotesForm) -> Self {
        let words = form.words(note);
        Self {
            id: note.id,
            severity: note.severity,
            message: words.message,
            template: words.template,
            values: words.values,
            source: note.source,
        }
    }
}

impl Serialize for WarningJson<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let note = text::NoteFields {
            id: self.id,
            severity: Some(self.severity),
            message: self.message,
            template: self.template,
            values: self.values,
            source: self.source,
        };
        note.serialize_note(serializer)
    }
}

impl Serialize for TipJson<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let note = text::NoteFields {
            id: self.id,
            severity: None,
            message: self.message,
            template: self.template,
            values: self.values,
            source: self.source,
        };
        note.serialize_note(serializer)
    }
}

impl<'a> TipJson<'a> {
    pub(super) fn new(note: &'a Note, form: NotesForm) -> Self {
        let words = form.words(note);
        Self {
            id: note.id,
            message: words.message,
            template: words.template,
            values: words.values,
            source: note.source,
        }
    }
}
