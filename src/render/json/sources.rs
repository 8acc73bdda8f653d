//! `wrun sources --json`: every rule and where it comes from.

use serde::Serialize;

use super::SCHEMA_VERSION;
use crate::guidance::rules::{Rule, SourceKind};

/// `wrun sources --json`.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct SourcesJson {
    /// The version of this contract: 1.
    pub schema_version: u32,
    /// Every rule and model wrun applies.
    pub sources: Vec<SourceJson>,
    /// Every warning and tip whose text is fixed, by id: what `--notes ids`
    /// leaves out of each answer.
    pub advice: Vec<AdviceJson>,
    /// Every template of a warning or tip whose message carries the runner's
    /// figures, by id: `--notes ids` writes such a message as the template's
    /// id and the text of each slot.
    pub templates: Vec<TemplateJson>,
    /// Every note on how a figure was worked out (`energy.notes`,
    /// `heart_rate.notes`, a plan's and a week's `notes`), by id, with its
    /// template: `--notes ids` writes such a note as its id and the text of
    /// each slot.
    pub notes: Vec<NoteTemplateJson>,
    /// Every wording of a verdict's `reason` or a comparison's
    /// `best_reason` that is not a warning's, by id, with its template:
    /// `--notes ids` writes such a sentence as its template's id and the
    /// text of each slot.
    pub reasons: Vec<NoteTemplateJson>,
}

/// A template of a warning's or tip's message.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct TemplateJson {
    /// Stable kebab-case id, as in a lean warning's or tip's `template`: the
    /// warning's or tip's own id for its usual wording, another for a
    /// wording it takes in some cases.
    pub id: &'static str,
    /// The id of the warning or tip.
    pub of: &'static str,
    /// The text, each `{slot}` standing for the value of that name.
    pub template: &'static str,
    /// The names of its slots, each once, in the order they first appear:
    /// the keys of a lean warning's or tip's `values`.
    pub slots: Vec<&'static str>,
}

/// A note's or a reason's template.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct NoteTemplateJson {
    /// Stable kebab-case id, as in a lean note's `id` or a lean reason's
    /// `template`.
    pub id: &'static str,
    /// The text, each `{slot}` standing for the value of that name.
    pub template: &'static str,
    /// The names of its slots, each once, in the order they first appear:
    /// the keys of a lean note's or reason's `values`.
    pub slots: Vec<&'static str>,
}

/// A warning or tip with a fixed text.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct AdviceJson {
    /// Stable kebab-case id, as in `warnings[].id` and `tips[].id`.
    pub id: &'static str,
    /// `warning` or `tip`.
    pub kind: &'static str,
    /// For a warning, `info`, `caution` or `danger` as the tables have it
    /// (an answer may raise it); absent for a tip.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub severity: Option<crate::guidance::Severity>,
    /// The text.
    pub message: &'static str,
    /// The id of the rule behind it.
    pub source: &'static str,
}

/// One rule.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct SourceJson {
    /// Stable id, as named by every `source` field.
    pub id: &'static str,
    /// `article`, `study` or `tool-policy`.
    pub kind: SourceKind,
    /// What the rule says.
    pub statement: &'static str,
    /// Its figure, as text; null when it states none.
    pub figure: Option<String>,
    /// Where it comes from.
    pub citation: &'static str,
}

/// Every warning and tip with a fixed text.
fn advice() -> Vec<AdviceJson> {
    use crate::guidance::advice::{Advice, TIPS, WARNINGS};
    let entry = |kind, severity, advice: &Advice| AdviceJson {
        id: advice.id,
        kind,
        severity,
        message: advice.message,
        source: advice.source,
    };
    let fixed = |advice: &&Advice| advice.is_fixed();
    WARNINGS
        .iter()
        .filter(fixed)
        .map(|advice| entry("warning", Some(advice.severity), advice))
        .chain(
            TIPS.iter()
                .filter(fixed)
                .map(|advice| entry("tip", None, advice)),
        )
        .collect()
}

/// The slot names of `template`, each once, in the order they first appear.
fn slots(template: &'static str) -> Vec<&'static str> {
    let mut slots: Vec<&str> = Vec::new();
    for slot in crate::guidance::slots(template) {
        if !slots.contains(&slot) {
            slots.push(slot);
        }
    }
    slots
}

/// Every template a warning or tip fills with the runner's figures: its own
/// message where that has slots, and the other wordings it may take.
fn templates() -> Vec<TemplateJson> {
    use crate::guidance::advice::{TIPS, VARIANTS, WARNINGS};
    let own = WARNINGS
        .iter()
        .chain(TIPS)
        .filter(|advice| !advice.is_fixed())
        .map(|advice| (advice.id, advice.id, advice.message));
    own.chain(VARIANTS.iter().copied())
        .map(|(id, of, template)| TemplateJson {
            id,
            of,
            template,
            slots: slots(template),
        })
        .collect()
}

/// Every template of `table`, by id.
fn by_id(table: &[(&'static str, &'static str)]) -> Vec<NoteTemplateJson> {
    table
        .iter()
        .map(|&(id, template)| NoteTemplateJson {
            id,
            template,
            slots: slots(template),
        })
        .collect()
}

impl SourcesJson {
    /// The JSON view of `rules`.
    #[must_use]
    pub fn new(rules: &[Rule]) -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            sources: rules
                .iter()
                .map(|rule| SourceJson {
                    id: rule.id,
                    kind: rule.kind,
                    statement: rule.statement,
                    figure: rule.figure.map(|figure| figure.to_string()),
                    citation: rule.citation,
                })
                .collect(),
            advice: advice(),
            templates: templates(),
            notes: by_id(crate::guidance::advice::NOTES),
            reasons: by_id(crate::guidance::advice::REASONS_BY_ID),
        }
    }
}
