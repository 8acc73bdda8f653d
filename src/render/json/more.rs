//! The JSON of `compare`, `plan` and `sources`, built on the recommend contract.

use serde::Serialize;

use super::{
    ReasonJson, RecommendationJson, RunnerJson, SCHEMA_VERSION, Text, WarningJson, WorkoutJson,
};
use crate::guidance::mass::round2;
use crate::guidance::rules::{Rule, SourceKind};
use crate::guidance::{Change, Comparison, Focus, LoadPer, Plan, Verdict, WeightType};

/// `wrun compare --json`.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ComparisonJson<'a> {
    /// The version of this contract: 1.
    pub schema_version: u32,
    /// What was asked, for every option alike.
    pub input: ComparisonInputJson,
    /// The recommend answer for `vest`, `hand-wrist` and `ankle`, in that order.
    pub options: Vec<RecommendationJson<'a>>,
    /// The weight type the rules favour for this runner.
    pub best: WeightType,
    /// Why, in one sentence.
    pub best_reason: String,
    /// The id of the rule that picks the best fit: `best-fit`.
    pub best_source: &'static str,
    /// True when no kind earns a `recommended` verdict: running without weight
    /// for now is then the article's advice.
    pub run_without_weight: bool,
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
    /// The JSON view of `comparison`.
    #[must_use]
    pub fn new(comparison: &'a Comparison) -> Self {
        let request = &comparison.options[0].request;
        Self {
            schema_version: SCHEMA_VERSION,
            input: ComparisonInputJson {
                runner: RunnerJson::new(request),
                workout: WorkoutJson::new(request),
            },
            options: comparison
                .options
                .iter()
                .map(RecommendationJson::new)
                .collect(),
            best: comparison.best,
            best_reason: comparison.best_reason.clone(),
            best_source: crate::guidance::rules::id::BEST_FIT,
            run_without_weight: comparison.run_without_weight,
        }
    }
}

/// `wrun plan --json`.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct PlanJson<'a> {
    /// The version of this contract: 1.
    pub schema_version: u32,
    /// What was asked.
    pub input: PlanInputJson,
    /// The verdict of the recommendation the plan starts from.
    pub verdict: Verdict,
    /// Why the verdict is what it is.
    pub reason: ReasonJson<'a>,
    /// `vest` (one vest) or `hand` (each hand); null when there are no weeks.
    pub per: Option<LoadPer>,
    /// The weeks, in order; empty when no load is recommended or none fits the steps.
    pub weeks: Vec<WeekJson>,
    /// Why there are no weeks, where there are none.
    pub notes: Vec<String>,
    /// What can hurt the runner on this plan, most severe first: the recommend
    /// warnings for the same runner, and the plan's own.
    pub warnings: Vec<WarningJson<'a>>,
    /// The ids of the rules the plan applies.
    pub sources: Vec<&'static str>,
}

/// What `wrun plan` was asked.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct PlanInputJson {
    /// `vest`, `hand-wrist` or `ankle`.
    pub weight_type: WeightType,
    /// Weeks asked for.
    pub weeks: u32,
    /// Who is running.
    #[serde(flatten)]
    pub runner: RunnerJson,
}

/// One week of a plan.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct WeekJson {
    /// 1-based week number.
    pub week: u32,
    /// The load this week, pounds (per vest or per hand).
    pub load_lb: f64,
    /// The load this week, kilograms.
    pub load_kg: f64,
    /// `start`, `rise`, `hold` or `top`: how it relates to last week.
    pub change: Change,
    /// Weighted runs this week.
    pub sessions: u32,
    /// `flat`, `hills-and-stairs` or `easy-runs`: what to run.
    pub focus: Focus,
    /// What to mind this week, rest included.
    pub notes: Vec<String>,
}

impl<'a> PlanJson<'a> {
    /// The JSON view of `plan`.
    #[must_use]
    pub fn new(plan: &'a Plan) -> Self {
        let recommendation = &plan.recommendation;
        let request = &recommendation.request;
        Self {
            schema_version: SCHEMA_VERSION,
            input: PlanInputJson {
                weight_type: request.weight_type,
                weeks: plan.weeks_asked,
                runner: RunnerJson::new(request),
            },
            verdict: recommendation.verdict,
            reason: ReasonJson {
                message: Text {
                    text: &recommendation.reason.message,
                    id: recommendation.reason.source,
                },
                source: recommendation.reason.source,
            },
            per: (!plan.weeks.is_empty())
                .then(|| recommendation.load.map(|load| load.per))
                .flatten(),
            weeks: plan
                .weeks
                .iter()
                .map(|week| WeekJson {
                    week: week.number,
                    load_lb: round2(week.load.lb()),
                    load_kg: round2(week.load.kg()),
                    change: week.change,
                    sessions: week.sessions,
                    focus: week.focus,
                    notes: week.notes.clone(),
                })
                .collect(),
            notes: plan.notes.clone(),
            warnings: plan.warnings.iter().map(WarningJson::new).collect(),
            sources: plan.sources.clone(),
        }
    }
}

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
