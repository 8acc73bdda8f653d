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
        }
    }
}
