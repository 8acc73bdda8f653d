//! The JSON contract scripts depend on.
//!
//! These types are the contract: each field is documented, numbers are
//! rounded to two decimals, masses come in both units, and changes are
//! additive only. `schema_version` says which contract a document follows.

use std::io::{self, Write};

use serde::Serialize;

use crate::guidance::mass::round2;
use crate::guidance::{
    Basis, Condition, Effect, Level, Load, LoadPer, Mass, Note, Recommendation, Severity, Unit,
    Verdict, WeightType,
};

/// The version of the JSON contract.
pub const SCHEMA_VERSION: u32 = 1;

/// Writes `value` as one line of JSON followed by a newline.
///
/// # Errors
/// Any error writing to `out`.
pub fn write<W: Write, T: Serialize>(out: &mut W, value: &T) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    out.write_all(b"\n")
}

/// `wrun recommend --json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RecommendationJson {
    /// The version of this contract: 1.
    pub schema_version: u32,
    /// What was asked, normalized.
    pub input: InputJson,
    /// `recommended`, `caution` or `not-recommended`.
    pub verdict: Verdict,
    /// Why the verdict is what it is.
    pub reason: ReasonJson,
    /// How much to carry; null when no load is recommended.
    pub load: Option<LoadJson>,
    /// Expected change in heart rate, in beats per minute; null when nothing supports a figure.
    pub heart_rate_delta_bpm: Option<EffectJson>,
    /// Expected change in calories burned, in percent; null when nothing supports a figure.
    pub calorie_delta_percent: Option<EffectJson>,
    /// What can hurt the runner, most severe first.
    pub warnings: Vec<WarningJson>,
    /// How to run better with the weight.
    pub tips: Vec<TipJson>,
}

/// The request as wrun read it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InputJson {
    /// Body weight in pounds.
    pub body_weight_lb: f64,
    /// Body weight in kilograms.
    pub body_weight_kg: f64,
    /// `vest`, `hand-wrist` or `ankle`.
    pub weight_type: WeightType,
    /// `beginner`, `intermediate` or `experienced`.
    pub level: Level,
    /// Conditions, sorted, each once.
    pub conditions: Vec<Condition>,
    /// The step the runner's weights come in, in pounds; null when not given.
    pub increment_lb: Option<f64>,
    /// The same step in kilograms; null when not given.
    pub increment_kg: Option<f64>,
    /// The unit of plain numbers and text output: `lb` or `kg`.
    pub unit: Unit,
}

/// Why the verdict is what it is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReasonJson {
    /// One sentence.
    pub message: String,
    /// The id of the rule behind it.
    pub source: &'static str,
}

/// How much to carry, in both units.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LoadJson {
    /// `vest` (one vest) or `hand` (each hand).
    pub per: LoadPer,
    /// Lightest load in range, pounds.
    pub min_lb: f64,
    /// Heaviest load in range, pounds.
    pub max_lb: f64,
    /// Where to start, pounds; null when no step of the increment fits.
    pub start_lb: Option<f64>,
    /// Lightest load in range, kilograms.
    pub min_kg: f64,
    /// Heaviest load in range, kilograms.
    pub max_kg: f64,
    /// Where to start, kilograms; null when no step of the increment fits.
    pub start_kg: Option<f64>,
    /// Vests only: the lightest load as a percent of body weight.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_percent: Option<f64>,
    /// Vests only: the heaviest load as a percent of body weight.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_percent: Option<f64>,
    /// Vests only: the start load as a percent of body weight; null when there is no start.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_percent: Option<Option<f64>>,
    /// The id of the rule behind the range.
    pub source: &'static str,
    /// The id of the rule behind the start.
    pub start_source: &'static str,
}

/// An expected change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EffectJson {
    /// Low end.
    pub min: f64,
    /// High end.
    pub max: f64,
    /// `article` (stated by the article) or `model` (estimated with a published model).
    pub basis: Basis,
    /// The id of the rule behind it.
    pub source: &'static str,
}

/// Something that can hurt the runner.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WarningJson {
    /// Stable kebab-case id.
    pub id: &'static str,
    /// `info`, `caution` or `danger`.
    pub severity: Severity,
    /// What to tell the runner.
    pub message: String,
    /// The id of the rule behind it.
    pub source: &'static str,
}

/// A tip to run better with the weight.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TipJson {
    /// Stable kebab-case id.
    pub id: &'static str,
    /// What to tell the runner.
    pub message: String,
    /// The id of the rule behind it.
    pub source: &'static str,
}

impl RecommendationJson {
    /// The JSON view of `recommendation`.
    #[must_use]
    pub fn new(recommendation: &Recommendation) -> Self {
        let request = &recommendation.request;
        Self {
            schema_version: SCHEMA_VERSION,
            input: InputJson {
                body_weight_lb: round2(request.body_weight.lb()),
                body_weight_kg: round2(request.body_weight.kg()),
                weight_type: request.weight_type,
                level: request.level,
                conditions: request.conditions.clone(),
                increment_lb: request.increment.map(|step| round2(step.lb())),
                increment_kg: request.increment.map(|step| round2(step.kg())),
                unit: request.unit,
            },
            verdict: recommendation.verdict,
            reason: ReasonJson {
                message: recommendation.reason.message.clone(),
                source: recommendation.reason.source,
            },
            load: recommendation
                .load
                .as_ref()
                .map(|load| LoadJson::new(load, request.body_weight)),
            heart_rate_delta_bpm: recommendation.heart_rate_delta_bpm.map(EffectJson::new),
            calorie_delta_percent: recommendation.calorie_delta_percent.map(EffectJson::new),
            warnings: recommendation
                .warnings
                .iter()
                .map(WarningJson::new)
                .collect(),
            tips: recommendation.tips.iter().map(TipJson::new).collect(),
        }
    }
}

impl LoadJson {
    fn new(load: &Load, body_weight: Mass) -> Self {
        let percent = load.body_weight_percent;
        Self {
            per: load.per,
            min_lb: round2(load.min.lb()),
            max_lb: round2(load.max.lb()),
            start_lb: load.start.map(|start| round2(start.lb())),
            min_kg: round2(load.min.kg()),
            max_kg: round2(load.max.kg()),
            start_kg: load.start.map(|start| round2(start.kg())),
            min_percent: percent.map(|p| round2(p.min)),
            max_percent: percent.map(|p| round2(p.max)),
            start_percent: percent.map(|_| {
                load.start
                    .map(|start| round2(start.kg() / body_weight.kg() * 100.0))
            }),
            source: load.source,
            start_source: load.start_source,
        }
    }
}

impl EffectJson {
    fn new(effect: Effect) -> Self {
        Self {
            min: round2(effect.range.min),
            max: round2(effect.range.max),
            basis: effect.basis,
            source: effect.source,
        }
    }
}

impl WarningJson {
    fn new(note: &Note) -> Self {
        Self {
            id: note.id,
            severity: note.severity,
            message: note.message.clone(),
            source: note.source,
        }
    }
}

impl TipJson {
    fn new(note: &Note) -> Self {
        Self {
            id: note.id,
            message: note.message.clone(),
            source: note.source,
        }
    }
}
