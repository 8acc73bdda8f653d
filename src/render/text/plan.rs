//! `wrun plan` as text: the verdict, a week-by-week table and the guidance
//! that goes with it.

use super::Page;
use std::io::{self, Write};

use chrono::Datelike as _;

use super::{BOLD, both_units, heading, item_plain, runner, title, verdict};
use crate::guidance::Plan;
use crate::guidance::calendar::WeekDates;

/// A plan's dates: each week's, and the weekdays the runner chose
/// (`--days`), if they chose any rather than let wrun spread the runs over
/// the week.
#[derive(Debug, Clone, Copy)]
pub struct Dated<'a> {
    /// Each week's first day and runs.
    pub weeks: &'a [WeekDates],
    /// The weekdays the runner chose; none when wrun spread the runs.
    pub days: &'a [chrono::Weekday],
}

/// Writes `plan` as text, with its dates when it has them.
///
/// # Errors
/// Any error writing to `out`.
pub fn plan<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
    plan: &Plan,
    dates: Option<Dated<'_>>,
) -> io::Result<()> {
    let recommendation = &plan.recommendation;
    let request = &recommendation.request;
    heading(
        out,
        &format!(
            "{}-week plan: {} for {}",
            plan.weeks_asked,
            title(request.weight_type).to_lowercase(),
            runner(request, recommendation.walking)
        ),
    )?;
    writeln!(out)?;
    verdict(out, recommendation)?;

    if !plan.weeks.is_empty() {
        week_table(out, plan, dates)?;
    }

    // Week notes after the first repeat from week to week: say each once.
    let weeks = plan.weeks.iter().flat_map(|week| week.notes.iter().skip(1));
    let guidance = super::once_each(plan.notes.iter().chain(weeks));
    if !guidance.is_empty() {
        writeln!(out)?;
        writeln!(out, "{BOLD}Guidance{BOLD:#}")?;
        for note in &guidance {
            item_plain(out, "  - ", 4, note)?;
        }
    }
    super::recommend::notes(out, "Warnings", &plan.warnings, true)?;
    if plan.sources.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    item_plain(
        out,
        "",
        0,
        &format!(
            "Rules applied: {}; see wrun sources.",
            plan.sources.join(", ")
        ),
    )
}

/// Writes `plan` in brief: the verdict on one line, the weeks (or why
/// there are none), then every finding that set the verdict and what wrun
/// read into the input.
///
/// # Errors
/// Any error writing to `out`.
pub fn brief_plan<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
    plan: &Plan,
    dates: Option<Dated<'_>>,
) -> io::Result<()> {
    let recommendation = &plan.recommendation;
    let about = format!(
        "{}-week plan, {}",
        plan.weeks_asked,
        title(recommendation.request.weight_type).to_lowercase()
    );
    super::brief::verdict_line(out, &about, recommendation.verdict)?;
    if plan.weeks.is_empty() {
        for note in &plan.notes {
            item_plain(out, "", 0, &note.text())?;
        }
    } else {
        week_table(out, plan, dates)?;
    }
    super::brief::findings(out, &plan.warnings, &recommendation.verdict_because)
}

/// A date as `Mon 7 Dec`.
fn short_date(date: chrono::NaiveDate) -> String {
    date.format("%a %-d %b").to_string()
}

/// The weeks, one row each: the week (and its first day), the load in both
/// units, the change, the runs and the focus. Where that is wider than the
/// text, the load is shown in the runner's unit alone.
fn week_table<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
    plan: &Plan,
    calendar: Option<Dated<'_>>,
) -> io::Result<()> {
    let dates = calendar.map(|calendar| calendar.weeks);
    let request = &plan.recommendation.request;
    let per = if plan
        .recommendation
        .load
        .is_some_and(|load| load.per == crate::guidance::LoadPer::Hand)
    {
        " each hand"
    } else {
        ""
    };
    // With dates, a week is its number and the date it starts: `1 Mon 7 Dec`.
    let labels: Vec<String> = plan
        .weeks
        .iter()
        .enumerate()
        .map(
            |(index, week)| match dates.and_then(|dates| dates.get(index)) {
                Some(days) => format!("{} {}", week.number, short_date(days.start)),
                None => week.number.to_string(),
            },
        )
        .collect();
    let widest = |cells: &[String]| {
        cells
            .iter()
            .map(|c| c.chars().count())
            .max()
            .unwrap_or(4)
            .max(4)
    };
    let week_width = widest(&labels) + 2;
    let loads = |both: bool| -> Vec<String> {
        plan.weeks
            .iter()
            .map(|week| {
                let load = if both {
                    both_units(week.load, request.unit)
                } else {
                    week.load.display(request.unit).to_string()
                };
                format!("{load}{per}")
            })
            .collect()
    };
    // "Change  Runs  " and the widest focus, `hills-and-stairs`.
    let rest = 2 + 8 + 6 + "hills-and-stairs".len();
    let mut shown = loads(true);
    if week_width + widest(&shown) + rest > out.width() {
        shown = loads(false);
    }
    let load_width = widest(&shown);
    if week_width + load_width + rest > out.width() {
        // Too narrow for the table: a line a week.
        writeln!(out)?;
        for ((week, load), label) in plan.weeks.iter().zip(&shown).zip(&labels) {
            let runs = if week.sessions == 1 { "run" } else { "runs" };
            let text = format!(
                "{label}: {load}, {}, {} {runs}, {}",
                week.change.id(),
                week.sessions,
                week.focus.id()
            );
            item_plain(out, "", 2, &text)?;
        }
    } else {
        writeln!(out)?;
        writeln!(
            out,
            "{BOLD}{:<week_width$}{:<load_width$}  Change  Runs  Focus{BOLD:#}",
            "Week", "Load"
        )?;
        for ((week, load), label) in plan.weeks.iter().zip(&shown).zip(&labels) {
            writeln!(
                out,
                "{label:<week_width$}{load:<load_width$}  {:<8}{:<6}{}",
                week.change.id(),
                week.sessions,
                week.focus.id()
            )?;
        }
    }
    // The weekdays, however narrow the page.
    match calendar {
        Some(calendar) => dates_line(out, calendar),
        None => Ok(()),
    }
}

/// Under the table of a dated plan: the day week 1 starts and the weekdays
/// its runs fall on, those of a week of fewer runs where it has any, with a
/// hint to choose them where wrun spread them.
fn dates_line<W: Write + ?Sized>(out: &mut Page<'_, W>, dated: Dated<'_>) -> io::Result<()> {
    let weekdays = |week: &WeekDates| -> String {
        let days: Vec<String> = week
            .runs
            .iter()
            .map(|day| day.format("%a").to_string())
            .collect();
        days.join(", ")
    };
    let first = dated.weeks.first();
    let busiest = dated.weeks.iter().max_by_key(|week| week.runs.len());
    if let (Some(first), Some(week)) = (first, busiest.filter(|week| !week.runs.is_empty())) {
        // The first week of each smaller number of runs, fewest first.
        let mut fewer: Vec<&WeekDates> = Vec::new();
        for other in dated.weeks {
            let count = other.runs.len();
            if count > 0 && count < week.runs.len() && fewer.iter().all(|w| w.runs.len() != count) {
                fewer.push(other);
            }
        }
        fewer.sort_by_key(|week| week.runs.len());
        let mut asides: Vec<String> = fewer
            .iter()
            .enumerate()
            .map(|(n, other)| {
                let runs = other.runs.len();
                let what = match (n, runs) {
                    (0, 1) => "a week of 1 run".to_owned(),
                    (0, _) => format!("a week of {runs} runs"),
                    _ => format!("of {runs}"),
                };
                format!("{what}: {}", weekdays(other))
            })
            .collect();
        // Chosen days no week has a run on, Monday first.
        let mut free: Vec<chrono::Weekday> = dated
            .days
            .iter()
            .copied()
            .filter(|day| !week.runs.iter().any(|run| run.weekday() == *day))
            .collect();
        free.sort_by_key(chrono::Weekday::num_days_from_monday);
        free.dedup();
        let free: Vec<String> = free.iter().map(ToString::to_string).collect();
        if dated.days.is_empty() {
            asides.push("--days to choose".to_owned());
        } else if !free.is_empty() {
            asides.push(format!("{} left free", free.join(", ")));
        }
        let asides = if asides.is_empty() {
            String::new()
        } else {
            format!(" ({})", asides.join("; "))
        };
        writeln!(out)?;
        item_plain(
            out,
            "",
            0,
            &format!(
                "Week 1 starts {}; runs fall on {}{asides}; --format ics writes them to a \
                 calendar.",
                first.start.format("%a %-d %b %Y"),
                weekdays(week),
            ),
        )?;
    }
    Ok(())
}
