//! `wrun plan` as text: the verdict, a week-by-week table and the guidance
//! that goes with it.

use std::io::{self, Write};

use super::{BOLD, both_units, heading, item_plain, runner, title, verdict};
use crate::guidance::Plan;

/// Writes `plan` as text.
///
/// # Errors
/// Any error writing to `out`.
pub fn plan<W: Write + ?Sized>(out: &mut W, plan: &Plan) -> io::Result<()> {
    let recommendation = &plan.recommendation;
    let request = &recommendation.request;
    heading(
        out,
        &format!(
            "{}-week plan: {} for {}",
            plan.weeks_asked,
            title(request.weight_type).to_lowercase(),
            runner(request)
        ),
    )?;
    writeln!(out)?;
    let reason = &recommendation.reason;
    verdict(out, recommendation.verdict, &reason.message, reason.source)?;

    if !plan.weeks.is_empty() {
        let per = if recommendation
            .load
            .is_some_and(|l| l.per == crate::guidance::LoadPer::Hand)
        {
            " each hand"
        } else {
            ""
        };
        let loads: Vec<String> = plan
            .weeks
            .iter()
            .map(|week| format!("{}{per}", both_units(week.load, request.unit)))
            .collect();
        let load_width = loads
            .iter()
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(4)
            .max(4);
        writeln!(out)?;
        writeln!(
            out,
            "{BOLD}Week  {:<load_width$}  Change  Runs  Focus{BOLD:#}",
            "Load"
        )?;
        for (week, load) in plan.weeks.iter().zip(&loads) {
            writeln!(
                out,
                "{:<6}{load:<load_width$}  {:<8}{:<6}{}",
                week.number,
                week.change.id(),
                week.sessions,
                week.focus.id()
            )?;
        }
    }

    // Week notes after the first repeat from week to week: say each once.
    let mut guidance: Vec<&str> = plan.notes.iter().map(String::as_str).collect();
    for week in &plan.weeks {
        for note in week.notes.iter().skip(1) {
            if !guidance.contains(&note.as_str()) {
                guidance.push(note);
            }
        }
    }
    if !guidance.is_empty() {
        writeln!(out)?;
        writeln!(out, "{BOLD}Guidance{BOLD:#}")?;
        for note in guidance {
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
