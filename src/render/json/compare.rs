//! `wrun compare --json`: the recommend answer for every kind of weight.

use serde::Serialize;

use super::{RecommendationJson, RunnerJson, SCHEMA_VERSION, Sentence, WorkoutJson, Written};
use crate::guidance::round2;
use crate::guidance::{Comparison, WeightType};

/// `wrun compare --json`.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ComparisonJson<'a> {
    /// The version of this contract: 1.
    pub schema_version: u32,
    /// What was asked, for every option alike.
    pub input: ComparisonInputJson,
    /// The recommend answer for `vest`, `hand-wrist` and `ankle`, in that order.
    pub options: Vec<RecommendationJson<'a>>,
    /// The weight type the rules favour for this runner; null when no kind
    /// is acceptable (all `not-recommended`, or ruled out by a condition).
    pub best: Option<WeightType>,
    /// Why, in one sentence; with `--notes ids`, the id of its template and
    /// the text of each slot.
    pub best_reason: Sentence<'a>,
    /// The id of the rule behind `best_reason`: `best-fit`, or
    /// `beginner-form` when a beginner is told to wait.
    pub best_source: &'static str,
    /// With `--load`: the kinds the load was judged as; the others are
    /// judged without it. Null without `--load`.
    pub load_applies_to: Option<LoadAppliesJson>,
    /// On a grade: the unweighted run's cost on the flat and what the hill
    /// adds; null on the flat or without a run.
    pub hill: Option<HillJson>,
    /// True when no kind is acceptable: wrun then advises running without
    /// weight for now.
    pub run_without_weight: bool,
}

/// The kinds a `--load` was judged as.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct LoadAppliesJson {
    /// `vest`, `hand-wrist`, `ankle`: each kind the load makes sense for.
    pub kinds: Vec<WeightType>,
    /// The rule that decides: `load-suits`.
    pub source: &'static str,
}

/// What `wrun compare` was asked.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ComparisonInputJson {
    /// Who is running.
    #[serde(flatten)]
    pub runner: RunnerJson,
    /// The run, as described.
    #[serde(flatten)]
    pub workout: WorkoutJson,
}

impl<'a> ComparisonJson<'a> {
    /// The JSON view of `comparison`, written as `written` says.
    #[must_use]
    pub fn new(comparison: &'a Comparison, written: Written) -> Self {
        let request = &comparison.options[0].request;
        Self {
            schema_version: SCHEMA_VERSION,
            input: ComparisonInputJson {
                runner: RunnerJson::new(request, written.unit_source),
                // The load as given: the vest's request holds none where
                // it is no vest's.
                workout: WorkoutJson {
                    load_lb: comparison.load.map(|load| round2(load.lb())),
                    load_kg: comparison.load.map(|load| round2(load.kg())),
                    ..WorkoutJson::new(request)
                },
            },
            options: comparison
                .options
                .iter()
                .map(|option| RecommendationJson::new(option, written))
                .collect(),
            best: comparison.best,
            best_reason: Sentence {
                message: &comparison.best_reason,
                form: written.notes,
            },
            best_source: comparison.best_source,
            load_applies_to: comparison.load.map(|_| LoadAppliesJson {
                kinds: comparison.load_applies_to.clone(),
                source: Comparison::LOAD_APPLIES_SOURCE,
            }),
            run_without_weight: comparison.run_without_weight,
            hill: comparison.flat_kcal.and_then(|flat| {
                let energy = comparison.options[0].energy.as_ref()?;
                Some(HillJson {
                    grade_percent: round2(energy.grade_percent),
                    flat_kcal: round2(flat),
                    extra_kcal: round2(energy.baseline_kcal - flat),
                    extra_percent: round2((energy.baseline_kcal / flat - 1.0) * 100.0),
                })
            }),
        }
    }
}

/// What a grade costs beside the flat, unweighted.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct HillJson {
    /// The grade, in percent.
    pub grade_percent: f64,
    /// Kilocalories of the same run on the flat.
    pub flat_kcal: f64,
    /// Kilocalories the grade adds (negative downhill).
    pub extra_kcal: f64,
    /// The same, in percent of the flat.
    pub extra_percent: f64,
}
