//! The CSV columns of each command's answer: one table a command, read
//! for the header and for every row, so that the two cannot drift apart.

use std::borrow::Cow;

use crate::cli::BatchCommand;
use crate::commands::batch::record::{Answer, Answered};
use crate::guidance::{Named, WeightType};
use crate::render::json::{
    ComparisonJson, LoadJson, NotesForm, PlanJson, RangeJson, RecommendationJson, WarningJson,
    WeekJson, Written,
};

/// The columns every CSV output row starts with, after the carried ones.
pub(super) const LEAD_COLUMNS: &[&str] = &["line", "id", "error"];

// A CSV column of an answer is its name and how its cell is written. Each
// command's columns are one table of these, so that the header and the
// rows come from the same list.

/// A cell of an answer in CSV output: words, or numbers, which take the
/// dialect's decimal mark.
#[derive(Debug, Clone)]
pub(super) enum Cell {
    /// Words: ids, a unit, ids joined by `;`.
    Text(Cow<'static, str>),
    /// A number; an empty cell for `None`.
    Number(Option<f64>),
    /// Numbers joined by `;`: a plan's week by week.
    Numbers(Vec<f64>),
}

/// A column of `recommend`'s answer, for answers that borrow for any time.
type RecommendColumn = (
    &'static str,
    for<'a, 'b> fn(&'a RecommendationJson<'b>) -> Cell,
);
/// A column of `compare`'s answer.
type CompareColumn = (&'static str, for<'a, 'b> fn(&'a ComparisonJson<'b>) -> Cell);
/// A column of `plan`'s answer.
type PlanColumn = (&'static str, for<'a, 'b> fn(&'a PlanJson<'b>) -> Cell);

const fn number(value: f64) -> Cell {
    Cell::Number(Some(value))
}

const fn optional(value: Option<f64>) -> Cell {
    Cell::Number(value)
}

/// A count, as a number.
#[allow(clippy::cast_precision_loss)] // Counts of weeks are small.
const fn count(count: usize) -> Cell {
    Cell::Number(Some(count as f64))
}

const fn id(id: &'static str) -> Cell {
    Cell::Text(Cow::Borrowed(id))
}

/// A list in one cell, its items joined by `;`: ids, or dates.
fn listed<'i>(items: impl IntoIterator<Item = &'i str>) -> Cell {
    Cell::Text(Cow::Owned(items.into_iter().collect::<Vec<_>>().join(";")))
}

fn warning_ids(warnings: &[WarningJson<'_>]) -> Cell {
    listed(warnings.iter().map(|warning| warning.id))
}

fn load<'j>(answer: &'j RecommendationJson<'_>) -> Option<&'j LoadJson> {
    answer.load.as_ref()
}

fn extra_kcal(answer: &RecommendationJson<'_>) -> Option<RangeJson> {
    answer.energy.as_ref().map(|energy| energy.extra_kcal)
}

/// `recommend`'s columns (and each record's of `batch`).
const RECOMMEND_COLUMNS: &[RecommendColumn] = &[
    ("verdict", |a| id(a.verdict.id())),
    ("verdict_because", |a| {
        listed(a.verdict_because.iter().copied())
    }),
    ("weight_lb", |a| number(a.input.runner.body_weight_lb)),
    ("weight_kg", |a| number(a.input.runner.body_weight_kg)),
    ("unit", |a| id(a.input.runner.unit.symbol())),
    ("type", |a| id(a.input.weight_type.id())),
    ("start_lb", |a| optional(load(a).and_then(|l| l.start_lb))),
    ("min_lb", |a| optional(load(a).map(|l| l.min_lb))),
    ("max_lb", |a| optional(load(a).map(|l| l.max_lb))),
    ("start_kg", |a| optional(load(a).and_then(|l| l.start_kg))),
    ("min_kg", |a| optional(load(a).map(|l| l.min_kg))),
    ("max_kg", |a| optional(load(a).map(|l| l.max_kg))),
    ("start_percent", |a| {
        optional(load(a).and_then(|l| l.start_percent.flatten()))
    }),
    ("min_percent", |a| {
        optional(load(a).and_then(|l| l.min_percent))
    }),
    ("max_percent", |a| {
        optional(load(a).and_then(|l| l.max_percent))
    }),
    ("hr_delta_min_bpm", |a| {
        optional(a.heart_rate_delta_bpm.as_ref().map(|e| e.min))
    }),
    ("hr_delta_max_bpm", |a| {
        optional(a.heart_rate_delta_bpm.as_ref().map(|e| e.max))
    }),
    ("calorie_delta_min_percent", |a| {
        optional(a.calorie_delta_percent.as_ref().map(|e| e.min))
    }),
    ("calorie_delta_max_percent", |a| {
        optional(a.calorie_delta_percent.as_ref().map(|e| e.max))
    }),
    ("baseline_kcal", |a| {
        optional(a.energy.as_ref().map(|e| e.baseline_kcal))
    }),
    ("loaded_kcal_min", |a| {
        optional(a.energy.as_ref().map(|e| e.loaded_kcal.min))
    }),
    ("loaded_kcal_max", |a| {
        optional(a.energy.as_ref().map(|e| e.loaded_kcal.max))
    }),
    ("extra_kcal_min", |a| optional(extra_kcal(a).map(|r| r.min))),
    ("extra_kcal_max", |a| optional(extra_kcal(a).map(|r| r.max))),
    ("loaded_hr_min_bpm", |a| {
        optional(
            a.heart_rate
                .as_ref()
                .and_then(|h| h.loaded_bpm.as_ref())
                .map(|r| r.min),
        )
    }),
    ("loaded_hr_max_bpm", |a| {
        optional(
            a.heart_rate
                .as_ref()
                .and_then(|h| h.loaded_bpm.as_ref())
                .map(|r| r.max),
        )
    }),
    ("load_lb", |a| optional(a.input.workout.load_lb)),
    ("load_kg", |a| optional(a.input.workout.load_kg)),
    ("load_fit", |a| {
        id(load(a)
            .and_then(|l| l.chosen_fit)
            .map_or("", |fit| fit.id()))
    }),
    ("warnings", |a| warning_ids(&a.warnings)),
];

/// `compare`'s columns before its options'.
const COMPARE_COLUMNS: &[CompareColumn] = &[
    ("best", |c| id(c.best.map_or("", |best| best.id()))),
    ("weight_lb", |c| number(c.input.runner.body_weight_lb)),
    ("weight_kg", |c| number(c.input.runner.body_weight_kg)),
    ("unit", |c| id(c.input.runner.unit.symbol())),
];

/// The columns of each option in `compare`'s CSV output: these of
/// `recommend`'s, each name after the option's type (`vest_verdict`).
const COMPARE_OPTION_COLUMNS: [&str; 15] = [
    "verdict",
    "verdict_because",
    "start_lb",
    "start_kg",
    "min_lb",
    "max_lb",
    "min_kg",
    "max_kg",
    "hr_delta_min_bpm",
    "hr_delta_max_bpm",
    "calorie_delta_min_percent",
    "calorie_delta_max_percent",
    "extra_kcal_min",
    "extra_kcal_max",
    "warnings",
];

/// [`COMPARE_OPTION_COLUMNS`], each as `recommend` writes it.
fn compare_option_columns() -> impl Iterator<Item = &'static RecommendColumn> {
    COMPARE_OPTION_COLUMNS
        .iter()
        .filter_map(|name| RECOMMEND_COLUMNS.iter().find(|(column, _)| column == name))
}

/// Every week's figure of `plan`, `;` between them.
fn weekly(plan: &PlanJson<'_>, pick: fn(&WeekJson<'_>) -> f64) -> Cell {
    Cell::Numbers(plan.weeks.iter().map(pick).collect())
}

/// `plan`'s columns.
const PLAN_COLUMNS: &[PlanColumn] = &[
    ("verdict", |p| id(p.verdict.id())),
    ("verdict_because", |p| {
        listed(p.verdict_because.iter().copied())
    }),
    ("weight_lb", |p| number(p.input.runner.body_weight_lb)),
    ("weight_kg", |p| number(p.input.runner.body_weight_kg)),
    ("unit", |p| id(p.input.runner.unit.symbol())),
    ("type", |p| id(p.input.weight_type.id())),
    ("weeks", |p| count(p.weeks.len())),
    ("start_lb", |p| optional(p.weeks.first().map(|w| w.load_lb))),
    ("start_kg", |p| optional(p.weeks.first().map(|w| w.load_kg))),
    ("end_lb", |p| optional(p.weeks.last().map(|w| w.load_lb))),
    ("end_kg", |p| optional(p.weeks.last().map(|w| w.load_kg))),
    ("loads_lb", |p| weekly(p, |w| w.load_lb)),
    ("loads_kg", |p| weekly(p, |w| w.load_kg)),
    ("sessions", |p| weekly(p, |w| f64::from(w.sessions))),
    ("focus", |p| listed(p.weeks.iter().map(|w| w.focus.id()))),
    // Dated where the record gives a first day or weekdays, as `wrun plan
    // --start` dates its weeks.
    ("start_date", |p| {
        let first = p.weeks.first().and_then(|w| w.start_date.clone());
        Cell::Text(first.map_or(Cow::Borrowed(""), Cow::Owned))
    }),
    ("run_dates", |p| {
        let runs = p.weeks.iter().flat_map(|w| w.run_dates.iter().flatten());
        listed(runs.map(String::as_str))
    }),
    ("warnings", |p| warning_ids(&p.warnings)),
];

/// The names of `columns`.
fn names<F>(columns: &'static [(&'static str, F)]) -> impl Iterator<Item = String> {
    columns.iter().map(|(name, _)| (*name).to_owned())
}

/// The CSV header row for `command`, after `carried` columns.
#[must_use]
pub fn csv_header(command: BatchCommand, carried: &[String]) -> Vec<String> {
    let own = own_columns(command);
    // A carried column named like one of wrun's own (`line`, `verdict`)
    // takes the next free `_2`, `_3`…, as a name seen twice in the roster
    // does: every column of the output has a name of its own.
    let mut columns: Vec<String> = Vec::with_capacity(carried.len() + own.len());
    for name in carried {
        let name = crate::commands::batch::header::free_name(name, |candidate| {
            let is = |names: &[String]| names.iter().any(|n| n == candidate);
            is(&own) || is(&columns) || (candidate != name && is(carried))
        });
        columns.push(name);
    }
    columns.extend(own);
    columns
}

/// wrun's own columns of CSV output for `command`, after the carried ones.
pub(super) fn own_columns(command: BatchCommand) -> Vec<String> {
    let mut columns: Vec<String> = LEAD_COLUMNS.iter().map(|c| (*c).to_owned()).collect();
    match command {
        BatchCommand::Recommend => {
            columns.extend(names(RECOMMEND_COLUMNS));
        }
        BatchCommand::Compare => {
            columns.extend(names(COMPARE_COLUMNS));
            for weight_type in <WeightType as Named>::ALL {
                let prefix = weight_type.id().replace('-', "_");
                columns
                    .extend(compare_option_columns().map(|(name, _)| format!("{prefix}_{name}")));
            }
        }
        BatchCommand::Plan => {
            columns.extend(names(PLAN_COLUMNS));
        }
    }
    columns
}

/// The cells of `answer`, one for each of its command's columns.
pub(super) fn answer_cells(answer: &Answer) -> Vec<Cell> {
    let written = Written {
        unit_source: answer.unit_source,
        notes: NotesForm::Text,
    };
    match &answer.answered {
        Answered::Recommend(recommendation) => {
            let json = RecommendationJson::new(recommendation, written);
            RECOMMEND_COLUMNS
                .iter()
                .map(|(_, cell)| cell(&json))
                .collect()
        }
        Answered::Compare(comparison) => {
            let json = ComparisonJson::new(comparison, written);
            let mut row: Vec<Cell> = COMPARE_COLUMNS
                .iter()
                .map(|(_, cell)| cell(&json))
                .collect();
            for option in &json.options {
                row.extend(compare_option_columns().map(|(_, cell)| cell(option)));
            }
            row
        }
        Answered::Plan(plan, dates) => {
            let json = PlanJson::new(plan, dates.as_deref(), written);
            PLAN_COLUMNS.iter().map(|(_, cell)| cell(&json)).collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_compare_option_column_is_one_of_recommends() {
        let found: Vec<&str> = compare_option_columns().map(|(name, _)| *name).collect();
        assert_eq!(found, COMPARE_OPTION_COLUMNS);
    }
}
