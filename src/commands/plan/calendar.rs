//! A plan on the calendar: the date of each week and of each weighted run,
//! as an iCalendar file (RFC 5545, by the `icalendar` crate) or as CSV.
//!
//! Event UIDs are made from what the plan was asked (runner, weight, weeks,
//! start) and the run's place in it, so that importing the same plan again
//! updates its events instead of adding copies.

use std::borrow::Cow;
use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate as Date};
use icalendar::{Component, EventLike};

use crate::fnv::fnv1a;
use crate::guidance::calendar::WeekDates;
use crate::guidance::round2;
use crate::guidance::{LoadPer, Plan, Week};

/// The load of `week` as the runner reads it: `vest 7.5 lb`, `hands 1 lb each`.
fn load_text(plan: &Plan, week: &Week) -> String {
    let unit = plan.recommendation.request.unit;
    match plan.recommendation.load.map(|load| load.per) {
        Some(LoadPer::Hand) => format!("hands {} each", week.load.display(unit)),
        _ => format!("vest {}", week.load.display(unit)),
    }
}

/// What identifies a plan: the request, its length and its start.
fn plan_key(plan: &Plan, start: Date) -> String {
    let request = &plan.recommendation.request;
    let conditions: Vec<&str> = request.conditions.iter().map(|c| c.id()).collect();
    // The step in tenths of a gram, as the first versions wrote it (Rust's
    // debug form of an optional whole number): the UIDs must not change.
    let step = request.increment.map_or_else(
        || "None".to_owned(),
        |step| format!("Some({:.1})", (step.kg() * 1e4).round()),
    );
    format!(
        "{:.4}|{}|{}|{}|{step}|{}|{}|{start}",
        request.body_weight.kg(),
        request.weight_type.id(),
        request.level.id(),
        conditions.join(","),
        request.unit,
        plan.weeks_asked
    )
}

/// The plan as an iCalendar file: one all-day event per weighted run.
#[must_use]
pub fn ics(
    plan: &Plan,
    dates: &[WeekDates],
    start: Date,
    stamp: chrono::DateTime<chrono::Utc>,
) -> String {
    let key = fnv1a(plan_key(plan, start).as_bytes());
    let warnings: Vec<String> = plan
        .warnings
        .iter()
        .map(|warning| {
            format!(
                "{}: {}",
                warning.severity.id().to_uppercase(),
                warning.message
            )
        })
        .collect();
    let mut calendar = icalendar::Calendar::empty();
    calendar
        .append_property(("VERSION", "2.0"))
        .append_property((
            "PRODID",
            concat!("-//wrun//wrun ", env!("CARGO_PKG_VERSION"), "//EN"),
        ))
        .append_property(("CALSCALE", "GREGORIAN"))
        .name("wrun plan");
    for (week, days) in plan.weeks.iter().zip(dates) {
        for (run, day) in days.runs.iter().enumerate() {
            let mut description = format!(
                "Week {} of {}: {} ({}), {} run{} this week.\n",
                week.number,
                plan.weeks.len(),
                load_text(plan, week),
                week.change.id(),
                week.sessions,
                if week.sessions == 1 { "" } else { "s" }
            );
            for note in &week.notes {
                let _ = writeln!(description, "- {note}");
            }
            if !warnings.is_empty() {
                description.push_str("\nWarnings:\n");
                for warning in &warnings {
                    let _ = writeln!(description, "- {warning}");
                }
            }
            let event = icalendar::Event::new()
                .uid(&format!("{key:016x}-w{}-r{}@wrun", week.number, run + 1))
                .timestamp(stamp)
                .summary(&format!(
                    "Weighted run: {}, {}",
                    load_text(plan, week),
                    week.focus.id().replace('-', " ")
                ))
                .description(description.trim_end())
                // An all-day event ends, exclusively, the next day.
                .starts(*day)
                .ends(*day + chrono::Days::new(1))
                .done();
            calendar.push(event);
        }
    }
    calendar.done().to_string()
}

/// The columns of the plan's CSV: each run, its load for one vest or for
/// each hand (`per`, as in JSON), then the plan's verdict and the findings
/// that set it, on every row, so that no row hides a danger.
const CSV_COLUMNS: [&str; 11] = [
    "week",
    "run",
    "date",
    "weekday",
    "load_lb",
    "load_kg",
    "per",
    "change",
    "focus",
    "verdict",
    "verdict_because",
];

/// The plan as CSV: one row per weighted run, dated when `dates` are given.
#[must_use]
pub fn csv(plan: &Plan, dates: Option<&[WeekDates]>) -> Vec<u8> {
    let mut out = csv::Writer::from_writer(Vec::new());
    // Writing into a Vec cannot fail.
    let _ = out.write_record(CSV_COLUMNS);
    let verdict = plan.recommendation.verdict.id();
    let because = plan.recommendation.verdict_because.join(";");
    // A plan with weeks has a load.
    let per = plan.recommendation.load.map_or("", |load| load.per.id());
    for (index, week) in plan.weeks.iter().enumerate() {
        let days = dates.and_then(|dates| dates.get(index));
        for run in 0..week.sessions as usize {
            let day = days.and_then(|days| days.runs.get(run));
            let cells: [Cow<'_, str>; CSV_COLUMNS.len()] = [
                week.number.to_string().into(),
                (run + 1).to_string().into(),
                day.map(ToString::to_string).unwrap_or_default().into(),
                day.map(|day| crate::cli::weekday_name(day.weekday()).to_owned())
                    .unwrap_or_default()
                    .into(),
                round2(week.load.lb()).to_string().into(),
                round2(week.load.kg()).to_string().into(),
                per.into(),
                week.change.id().into(),
                week.focus.id().into(),
                verdict.into(),
                because.as_str().into(),
            ];
            let _ = out.write_record(cells.iter().map(|cell| cell.as_bytes()));
        }
    }
    out.into_inner().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guidance::{Mass, Request, WeightType, plan};

    fn vest_plan(weeks: u32) -> Plan {
        plan(&Request::new(Mass::from_lb(150.0), WeightType::Vest), weeks).unwrap()
    }

    fn date(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn the_same_plan_makes_the_same_uids_and_another_plan_others() {
        use crate::guidance::calendar::schedule;
        let plan = vest_plan(2);
        let dates = schedule(&plan, date("2026-12-07"), &[]).unwrap();
        let stamp = |seconds| chrono::DateTime::from_timestamp(seconds, 0).unwrap();
        let once = ics(&plan, &dates, date("2026-12-07"), stamp(1_796_020_980));
        assert_eq!(
            once,
            ics(&plan, &dates, date("2026-12-07"), stamp(1_796_020_980)),
            "the same file twice"
        );
        assert!(once.contains("DTSTAMP:20261130T064300Z"), "{once}");
        assert!(once.contains(concat!(
            "PRODID:-//wrun//wrun ",
            env!("CARGO_PKG_VERSION"),
            "//EN"
        )));
        let written_later = ics(&plan, &dates, date("2026-12-07"), stamp(1_796_107_380));
        let uid = |text: &str| {
            text.lines()
                .find(|line| line.starts_with("UID:"))
                .map(str::to_owned)
        };
        assert_eq!(
            uid(&once),
            uid(&written_later),
            "an import updates its events"
        );
        let later = schedule(&plan, date("2026-12-14"), &[]).unwrap();
        let other = ics(&plan, &later, date("2026-12-14"), stamp(1_796_020_980));
        assert_ne!(uid(&once), uid(&other));
    }

    #[test]
    fn a_plan_keeps_the_uids_earlier_versions_gave_it() {
        // A calendar app takes an event with a new UID for a new event:
        // the key hashed into each UID must not change from one version to
        // the next, with or without weight steps.
        let mut request = Request::new(Mass::from_lb(150.0), WeightType::Vest);
        let start = date("2026-12-07");
        let key = |request: &Request| plan_key(&plan(request, 4).unwrap(), start);
        assert_eq!(
            key(&request),
            "68.0389|vest|intermediate||None|lb|4|2026-12-07"
        );
        request.increment = Some(Mass::from_lb(2.5));
        assert_eq!(
            key(&request),
            "68.0389|vest|intermediate||Some(11340.0)|lb|4|2026-12-07"
        );
    }
}
