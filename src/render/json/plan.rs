//! `wrun plan --json`: the weeks of a ramp-up, with the warnings that go with them.

use serde::Serialize;

use super::{Notes, ReasonJson, RunnerJson, SCHEMA_VERSION, WarningJson, Written};
use crate::guidance::calendar::WeekDates;
use crate::guidance::round2;
use crate::guidance::{Change, Focus, LoadPer, Plan, Verdict, WeightType};

/// `wrun plan --json`.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct PlanJson<'a> {
    /// The version of this contract: 1.
    pub schema_version: u32,
    /// What was asked.
    pub input: PlanInputJson,
    /// The worst of the recommendation's and the plan's own findings.
    pub verdict: Verdict,
    /// Why the verdict is what it is.
    pub reason: ReasonJson<'a>,
    /// The ids of the findings that set the verdict.
    pub verdict_because: &'a [&'static str],
    /// `vest` (one vest) or `hand` (each hand); null when there are no weeks.
    pub per: Option<LoadPer>,
    /// The weeks, in order; empty when no load is recommended or none fits the steps.
    pub weeks: Vec<WeekJson<'a>>,
    /// Why there are no weeks, where there are none.
    pub notes: Notes<'a>,
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
pub struct WeekJson<'a> {
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
    pub notes: Notes<'a>,
    /// The week's verdict: the worst of the plan's findings that apply to it.
    pub verdict: Verdict,
    /// Where the plan is dated (`--start` or `--days`; in a batch, a
    /// record's `start_date` or `days`): the week's first day, YYYY-MM-DD
    /// (absent otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    /// Where the plan is dated: the day of each weighted run, YYYY-MM-DD
    /// (absent otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub run_dates: Option<Vec<String>>,
}

impl<'a> PlanJson<'a> {
    /// The JSON view of `plan` (with each week's dates, when given),
    /// written as `written` says.
    #[must_use]
    pub fn new(plan: &'a Plan, dates: Option<&[WeekDates]>, written: Written) -> Self {
        let form = written.notes;
        let recommendation = &plan.recommendation;
        let request = &recommendation.request;
        Self {
            schema_version: SCHEMA_VERSION,
            input: PlanInputJson {
                weight_type: request.weight_type,
                weeks: plan.weeks_asked,
                runner: RunnerJson::new(request, written.unit_source),
            },
            verdict: recommendation.verdict,
            reason: ReasonJson::new(&recommendation.reason, form),
            verdict_because: &recommendation.verdict_because,
            per: (!plan.weeks.is_empty())
                .then(|| recommendation.load.map(|load| load.per))
                .flatten(),
            weeks: plan
                .weeks
                .iter()
                .enumerate()
                .map(|(index, week)| WeekJson {
                    week: week.number,
                    load_lb: round2(week.load.lb()),
                    load_kg: round2(week.load.kg()),
                    change: week.change,
                    sessions: week.sessions,
                    focus: week.focus,
                    notes: Notes {
                        notes: &week.notes,
                        form,
                    },
                    verdict: week.verdict,
                    start_date: dates
                        .and_then(|dates| dates.get(index))
                        .map(|days| days.start.to_string()),
                    run_dates: dates
                        .and_then(|dates| dates.get(index))
                        .map(|days| days.runs.iter().map(ToString::to_string).collect()),
                })
                .collect(),
            notes: Notes {
                notes: &plan.notes,
                form,
            },
            warnings: plan
                .warnings
                .iter()
                .map(|note| WarningJson::new(note, form))
                .collect(),
            sources: plan.sources.clone(),
        }
    }
}
