//! `wrun compare` as text: an aligned table with what wrun read into the
//! input and the notes on its heart rates, the extra energy with the notes
//! on how it was worked out, the most severe risk of each, the risks every
//! kind carries that those rows leave out, and the best fit.

use super::Page;
use std::io::{self, Write};

use super::{BOLD, SEVERITY_WIDTH, heading, item, runner, severity_style, signed_whole_range};
use crate::guidance::Decimal;
use crate::guidance::{Comparison, LoadPer, Mass, Note, Recommendation, Severity, WeightType};

/// The narrowest column a risk's message is wrapped to beside its kind.
const NARROWEST_MESSAGE: usize = 32;

/// Writes `comparison` as text, its speed in the unit the runner gave it
/// in.
///
/// # Errors
/// Any error writing to `out`.
pub fn comparison<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
    comparison: &Comparison,
) -> io::Result<()> {
    let first = &comparison.options[0];
    let request = &first.request;
    let speed_unit = request.speed_unit.unwrap_or_default();
    // The article's "running weights" are the same weights on a walk.
    let weights = if first.walking {
        "Weights"
    } else {
        "Running weights"
    };
    let who = runner(request, first.walking);
    heading(out, &format!("{weights} compared for {who}"))?;
    writeln!(out)?;

    table(out, comparison)?;
    under_the_table(out, comparison)?;

    if let Some(first) = comparison.options[0].energy.as_ref() {
        writeln!(out)?;
        let heading = format!(
            "Extra energy ({} at {}; {} kcal unweighted)",
            crate::guidance::clock(first.duration.minutes() * 60.0),
            first.speed.show(speed_unit),
            Decimal(first.baseline_kcal.round())
        );
        super::heading(out, &heading)?;
        if let Some(flat) = comparison.flat_kcal {
            let hill = first.baseline_kcal.round() - flat.round();
            let text = format!(
                "{} % grade: {}{} kcal, {}{} % beside the flat",
                Decimal(first.grade_percent),
                if hill >= 0.0 { "+" } else { "" },
                Decimal(hill),
                if hill >= 0.0 { "+" } else { "" },
                Decimal(((first.baseline_kcal / flat - 1.0) * 100.0).round())
            );
            super::item_plain(out, "  ", 2, &text)?;
        }
        for option in &comparison.options {
            if let Some(energy) = &option.energy {
                let extra = energy.extra_kcal();
                writeln!(
                    out,
                    "  {:<12}{} kcal",
                    option.request.weight_type.to_string(),
                    signed_whole_range(extra)
                )?;
            }
        }
        // How the figures were worked out and where a model leaves its range,
        // as `recommend` says them: once, as the kinds share the run.
        let energy = comparison.options.iter().filter_map(|o| o.energy.as_ref());
        for note in super::once_each(energy.flat_map(|energy| &energy.notes)) {
            super::item_plain(out, "  - ", 4, &note)?;
        }
    } else if request.workout.speed.is_some() {
        // A pace alone has no length to cost: say what would give one.
        writeln!(out)?;
        let cost = super::cost_the_run(first.walking);
        super::item_plain(out, "", 0, &format!("Extra energy: {cost}"))?;
    }

    writeln!(out)?;
    writeln!(out, "{BOLD}Most severe risk{BOLD:#}")?;
    for option in &comparison.options {
        if let Some(warning) = option.warnings.first() {
            risk_row(out, Some(option.request.weight_type), warning)?;
        }
    }
    let also = every_kind_also(comparison);
    if !also.is_empty() {
        writeln!(out)?;
        writeln!(out, "{BOLD}Every kind also carries{BOLD:#}")?;
        for (kind, warning) in also {
            risk_row(out, kind, warning)?;
        }
    }
    writeln!(out)?;
    if let Some(load) = comparison.load {
        load_judged(out, comparison, load)?;
    }
    let best = match comparison.best {
        Some(best) => format!("Best fit: {best}. {}", comparison.best_reason),
        None => format!("Best fit: none. {}", comparison.best_reason),
    };
    super::heading(out, &best)?;
    Ok(())
}

/// Writes `warning` with its severity, after its `kind` where it is that
/// kind's own: beside them where that leaves the message a readable
/// column, else under them.
fn risk_row<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
    kind: Option<WeightType>,
    warning: &Note,
) -> io::Result<()> {
    let Some(kind) = kind else {
        return super::recommend::warning_row(out, warning);
    };
    let style = severity_style(warning.severity);
    let tag = warning.severity.id().to_uppercase();
    let message = warning.message.text();
    let kind = kind.to_string();
    let indent = 14 + SEVERITY_WIDTH;
    if out.width() >= indent + NARROWEST_MESSAGE {
        let lead = format!("  {kind:<12}{style}{tag:<SEVERITY_WIDTH$}{style:#}");
        item(out, &lead, indent, &message, warning.source)
    } else {
        writeln!(out, "  {kind:<12}{style}{tag}{style:#}")?;
        item(out, "    ", 4, &message, warning.source)
    }
}

/// The cautions and dangers every kind carries (the runner's own, such as
/// knee pain on a descent, or a run beyond them), where a kind's most
/// severe risk is another: once where every kind words it alike and none
/// shows it, else in the words of each kind that does not, after its kind.
fn every_kind_also(comparison: &Comparison) -> Vec<(Option<WeightType>, &Note)> {
    let options = &comparison.options;
    let mut also = Vec::new();
    for warning in &options[0].warnings {
        if warning.severity == Severity::Info {
            continue;
        }
        let each: Vec<(&Recommendation, &Note)> = options
            .iter()
            .filter_map(|option| {
                let own = option.warnings.iter().find(|w| w.id == warning.id)?;
                Some((option, own))
            })
            .collect();
        if each.len() < options.len() {
            continue;
        }
        let (shown, unshown): (Vec<_>, Vec<_>) = each
            .iter()
            .partition(|(option, own)| option.warnings.first() == Some(own));
        if each.iter().all(|(_, own)| own.message == warning.message) {
            if shown.is_empty() {
                also.push((None, warning));
            }
        } else {
            also.extend(
                unshown
                    .into_iter()
                    .map(|&(option, own)| (Some(option.request.weight_type), own)),
            );
        }
    }
    also
}

/// The notes under the table: what wrun read into the input (as the brief
/// form says it), how the heart rates were worked out, where one is held
/// at the runner's maximum, and why a figure is missing; once, as the kinds
/// share the runner, apart from the table (on a narrow line, from the last
/// kind's block).
fn under_the_table<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
    comparison: &Comparison,
) -> io::Result<()> {
    let read = super::brief::read_into_the_comparison(comparison);
    let heart = comparison
        .options
        .iter()
        .filter_map(|o| o.heart_rate.as_ref());
    let mut notes = super::once_each(heart.flat_map(|heart| &heart.notes));
    // A figure left out says why, as the heart rate's notes do.
    let no_heart_rate = comparison.options.iter().find_map(|option| {
        let why = super::no_heart_rate_figure(option)?;
        let kind = super::title(option.request.weight_type);
        Some(format!("{kind}, heart rate: {why}."))
    });
    notes.extend(no_heart_rate);
    let why = comparison.options.iter().find_map(super::no_calorie_figure);
    notes.extend(why.map(str::to_owned));
    if !notes.is_empty() || !read.is_empty() {
        writeln!(out)?;
    }
    for warning in read {
        item(out, "  - ", 4, &warning.message.text(), warning.source)?;
    }
    for note in &notes {
        super::item_plain(out, "  - ", 4, note)?;
    }
    Ok(())
}

fn cells(option: &Recommendation) -> [String; 6] {
    let unit = option.request.unit;
    let dash = || "—".to_owned();
    let (load, start) = option.load.map_or_else(
        || (dash(), dash()),
        |load| {
            let per = if load.per == LoadPer::Hand {
                " each"
            } else {
                ""
            };
            (
                format!(
                    "{}–{}{per}",
                    Decimal(load.min.in_unit(unit)),
                    load.max.display(unit)
                ),
                load.start
                    .map_or_else(dash, |start| start.display(unit).to_string()),
            )
        },
    );
    [
        option.request.weight_type.to_string(),
        option.verdict.id().to_owned(),
        load,
        start,
        super::heart_rate_change(option).map_or_else(dash, |change| format!("{change} bpm")),
        option
            .calorie_delta_percent
            .map_or_else(dash, |e| super::calorie_percent(e.range)),
    ]
}

/// The line naming the kinds the runner's load was judged as (rule
/// `load-suits`), the load as they gave it: `2 lb each` for each hand or
/// ankle.
fn load_judged<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
    comparison: &Comparison,
    load: Mass,
) -> io::Result<()> {
    let asked = &comparison.options[0].request;
    let each = if asked.chosen_load_for.is_some() {
        " each"
    } else {
        ""
    };
    let kinds: Vec<String> = comparison
        .load_applies_to
        .iter()
        .map(ToString::to_string)
        .collect();
    item(
        out,
        "",
        0,
        &format!(
            "Your load of {}{each} is judged as: {}{}.",
            load.display(asked.unit),
            kinds.join(", "),
            if kinds.len() < comparison.options.len() {
                "; the other kinds without it"
            } else {
                ""
            }
        ),
        Comparison::LOAD_APPLIES_SOURCE,
    )?;
    writeln!(out)
}

/// The kinds side by side: a table where it fits the width, else a short
/// block per kind.
fn table<W: Write + ?Sized>(out: &mut Page<'_, W>, comparison: &Comparison) -> io::Result<()> {
    let header = ["Type", "Verdict", "Load", "Start", "Heart rate", "Calories"];
    let rows: Vec<[String; 6]> = comparison.options.iter().map(cells).collect();
    let widths: Vec<usize> = (0..header.len())
        .map(|column| {
            rows.iter()
                .map(|row| row[column].chars().count())
                .chain([header[column].len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: &[&str]| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(cell, width)| format!("{cell:<width$}"))
            .collect();
        padded.join("  ").trim_end().to_owned()
    };
    let table_width = widths.iter().sum::<usize>() + 2 * (widths.len() - 1);
    if table_width <= out.width() {
        writeln!(out, "{BOLD}{}{BOLD:#}", line(&header))?;
        for row in &rows {
            let cells: Vec<&str> = row.iter().map(String::as_str).collect();
            writeln!(out, "{}", line(&cells))?;
        }
    } else {
        // Too narrow for the table: each kind as a short block.
        for (index, row) in rows.iter().enumerate() {
            if index > 0 {
                writeln!(out)?;
            }
            writeln!(out, "{BOLD}{}{BOLD:#}  {}", row[0], row[1])?;
            let details = format!(
                "load {}, start {}; heart rate {}; calories {}",
                row[2], row[3], row[4], row[5]
            );
            super::item_plain(out, "  ", 2, &details)?;
        }
    }
    Ok(())
}
