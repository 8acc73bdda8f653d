//! `--brief`: the answer in a few lines, for a quick lookup, then every
//! finding that set its verdict, so that the short form hides no danger.

use super::Page;
use std::io::{self, Write};

use super::{BOLD, title, verdict_style};
use crate::guidance::Decimal;
use crate::guidance::{Comparison, Load, LoadPer, Note, Recommendation, Unit, Verdict};

/// The load range, in both units, per hand where it is.
fn load_range(load: &Load, unit: Unit) -> String {
    let other = super::other_unit(unit);
    let per = if load.per == LoadPer::Hand {
        " each"
    } else {
        ""
    };
    let share = load
        .body_weight_percent
        .map(|percent| format!(", {percent} % of body weight"))
        .unwrap_or_default();
    format!(
        "{}–{} ({}–{}){per}{share}",
        Decimal(load.min.in_unit(unit)),
        load.max.display(unit),
        Decimal(load.min.in_unit(other)),
        load.max.display(other)
    )
}

/// Writes `recommendation` in three lines: verdict, start, range; then
/// every finding that set the verdict and what wrun read into the input.
///
/// # Errors
/// Any error writing to `out`.
pub fn brief_recommendation<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
    recommendation: &Recommendation,
) -> io::Result<()> {
    let unit = recommendation.request.unit;
    verdict_line(
        out,
        title(recommendation.request.weight_type),
        recommendation.verdict,
    )?;
    match &recommendation.load {
        Some(load) => {
            let per = if load.per == LoadPer::Hand {
                " each"
            } else {
                ""
            };
            let start = load.start.map_or_else(
                || "none: your weight steps are too coarse".to_owned(),
                |start| super::recommend::start_load(start, load, &recommendation.request, per),
            );
            // Three lines on a terminal of common width; wrapped on a narrow one.
            super::item_plain(out, "", 0, &format!("Start at {start}"))?;
            super::item_plain(out, "", 0, &format!("Range {}", load_range(load, unit)))?;
        }
        // The reason takes the other two lines.
        None => super::item_plain(
            out,
            "",
            0,
            &format!("No load: {}", recommendation.reason.message),
        )?,
    }
    findings(
        out,
        &recommendation.warnings,
        &recommendation.verdict_because,
    )
}

/// The first line of a brief answer: what was asked about, and the verdict.
///
/// # Errors
/// Any error writing to `out`.
pub(super) fn verdict_line<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
    about: &str,
    verdict: Verdict,
) -> io::Result<()> {
    let style = verdict_style(verdict);
    let verdict = verdict.id().to_uppercase();
    // Wrapped on a narrow line, the verdict last, as on a wide one.
    let lines = super::wrap(&format!("{about}: {verdict}"), out.width());
    // Never without its verdict, whatever the wrapping gives.
    let Some((last, before)) = lines.split_last() else {
        return writeln!(out, "{style}{verdict}{style:#}");
    };
    for line in before {
        bold_about(out, line)?;
        writeln!(out)?;
    }
    let about = last.strip_suffix(verdict.as_str()).unwrap_or(last);
    bold_about(out, about)?;
    let gap = if about.trim_end().is_empty() { "" } else { " " };
    writeln!(out, "{gap}{style}{verdict}{style:#}")
}

/// Writes a line of what a brief answer is about in bold, the colon that
/// ends it plain, and no style where the line holds nothing but the
/// verdict.
fn bold_about<W: Write + ?Sized>(out: &mut Page<'_, W>, line: &str) -> io::Result<()> {
    let line = line.trim_end();
    let (about, colon) = line
        .strip_suffix(':')
        .map_or((line, ""), |about| (about, ":"));
    if !about.is_empty() {
        write!(out, "{BOLD}{about}{BOLD:#}")?;
    }
    write!(out, "{colon}")
}

/// Every warning that set the verdict, and what wrun read into the input:
/// a short form hides neither.
///
/// # Errors
/// Any error writing to `out`.
pub(super) fn findings<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
    warnings: &[Note],
    verdict_because: &[&str],
) -> io::Result<()> {
    let shown = warnings
        .iter()
        .filter(|warning| warning.sets_verdict(verdict_because) || read_into_input(warning));
    for warning in shown {
        brief_warning(out, warning)?;
    }
    Ok(())
}

/// Whether `warning` says what wrun read into the input: a bare weight's
/// unit, a pace's, a condition a weight implied.
fn read_into_input(warning: &Note) -> bool {
    [
        crate::guidance::advice::UNIT_ASSUMED.id,
        crate::guidance::advice::PACE_UNIT_ASSUMED.id,
        crate::guidance::advice::OVERWEIGHT_IMPLIED.id,
    ]
    .contains(&warning.id)
}

/// A warning in two parts: its severity and id, then its message.
fn brief_warning<W: Write + ?Sized>(out: &mut Page<'_, W>, warning: &Note) -> io::Result<()> {
    let style = super::severity_style(warning.severity);
    let label = warning.severity.id().to_uppercase();
    writeln!(out, "{style}{label}{style:#} [{}]", warning.id)?;
    super::item_plain(out, "  ", 2, &warning.message.text())
}

/// Writes `comparison` in three lines, one per kind of weight, the best fit
/// marked; under a verdict short of recommended, what set it; then what
/// wrun read into the input, once.
///
/// # Errors
/// Any error writing to `out`.
pub fn brief_comparison<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
    comparison: &Comparison,
) -> io::Result<()> {
    for option in &comparison.options {
        let unit = option.request.unit;
        let kind = option.request.weight_type.to_string();
        let style = verdict_style(option.verdict);
        let verdict = option.verdict.id();
        let load = option.load.as_ref().map_or_else(
            || "—".to_owned(),
            |load| {
                let start = load
                    .start
                    .map_or_else(|| "—".to_owned(), |start| start.display(unit).to_string());
                let per = if load.per == LoadPer::Hand {
                    " each"
                } else {
                    ""
                };
                format!(
                    "start {start}, {}–{}{per}",
                    Decimal(load.min.in_unit(unit)),
                    load.max.display(unit)
                )
            },
        );
        let best = if Some(option.request.weight_type) == comparison.best {
            "  (best fit)"
        } else {
            ""
        };
        let row = format!("{load}{best}");
        if 12 + 17 + row.chars().count() <= out.width() {
            writeln!(out, "{kind:<12}{style}{verdict:<17}{style:#}{row}")?;
        } else {
            // On a narrow line the load goes under its kind.
            writeln!(out, "{kind:<12}{style}{verdict}{style:#}")?;
            super::item_plain(out, &" ".repeat(12), 12, row.trim_start())?;
        }
        if option.verdict != Verdict::Recommended {
            let because = option.verdict_because.join(", ");
            super::item_plain(out, &" ".repeat(12), 12, &format!("set by {because}"))?;
        }
    }
    for warning in read_into_the_comparison(comparison) {
        brief_warning(out, warning)?;
    }
    Ok(())
}

/// What wrun read into the input of `comparison`, once each, in the first
/// kind's words that say it.
pub(super) fn read_into_the_comparison(comparison: &Comparison) -> Vec<&Note> {
    let mut said: Vec<&Note> = Vec::new();
    for warning in comparison
        .options
        .iter()
        .flat_map(|option| &option.warnings)
        .filter(|warning| read_into_input(warning))
    {
        if !said.iter().any(|note| note.id == warning.id) {
            said.push(warning);
        }
    }
    said
}
