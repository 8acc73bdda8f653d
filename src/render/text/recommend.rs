//! `wrun recommend` as text: the verdict, what to carry, the expected effect,
//! then warnings (most severe first) and tips.

use std::io::{self, Write};

use super::{
    BOLD, LABEL_WIDTH, SEVERITY_WIDTH, basis, both_units, heading, item, other_unit, range, row,
    runner, severity_style, signed_range, title, verdict,
};
use crate::guidance::mass::Decimal;
use crate::guidance::{Energy, HeartRate, Load, LoadPer, Note, Recommendation, Unit};

/// Writes `recommendation` as text.
///
/// # Errors
/// Any error writing to `out`.
pub fn recommendation<W: Write + ?Sized>(
    out: &mut W,
    recommendation: &Recommendation,
) -> io::Result<()> {
    let request = &recommendation.request;
    heading(
        out,
        &format!("{} for {}", title(request.weight_type), runner(request)),
    )?;
    writeln!(out)?;
    let reason = &recommendation.reason;
    verdict(out, recommendation.verdict, &reason.message, reason.source)?;
    writeln!(out)?;

    match &recommendation.load {
        Some(load) => load_rows(out, load, request.unit)?,
        None => row(out, "Load", "none: not a weight to run with", None)?,
    }
    heart_rate_row(out, recommendation)?;
    if let Some(effect) = recommendation.calorie_delta_percent {
        let calories = format!("{} % {}", signed_range(effect.range), basis(effect));
        row(out, "Calories", &calories, Some(effect.source))?;
    }
    if let Some(energy) = &recommendation.energy {
        energy_rows(out, energy)?;
    }
    notes(out, "Warnings", &recommendation.warnings, true)?;
    notes(out, "Tips", &recommendation.tips, false)
}

/// Writes a titled list of warnings (with severities) or tips.
pub(super) fn notes<W: Write + ?Sized>(
    out: &mut W,
    title: &str,
    notes: &[Note],
    with_severity: bool,
) -> io::Result<()> {
    if notes.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(out, "{BOLD}{title}{BOLD:#}")?;
    for note in notes {
        if with_severity {
            let style = severity_style(note.severity);
            let tag = note.severity.id().to_uppercase();
            let lead = format!("  {style}{tag:<SEVERITY_WIDTH$}{style:#}");
            item(out, &lead, 2 + SEVERITY_WIDTH, &note.message, note.source)?;
        } else {
            item(out, "  - ", 4, &note.message, note.source)?;
        }
    }
    Ok(())
}

fn load_rows<W: Write + ?Sized>(out: &mut W, load: &Load, unit: Unit) -> io::Result<()> {
    let per = match load.per {
        LoadPer::Vest => "",
        LoadPer::Hand => " in each hand",
    };
    let other = other_unit(unit);
    let mut text = format!(
        "{}–{} ({}–{}){per}",
        Decimal(load.min.in_unit(unit)),
        load.max.display(unit),
        Decimal(load.min.in_unit(other)),
        load.max.display(other),
    );
    if let Some(percent) = load.body_weight_percent {
        text = format!("{text}, {} % of body weight", range(percent));
    }
    row(out, "Load", &text, Some(load.source))?;
    let start = load.start.map_or_else(
        || "none: your weight steps are too coarse (see warnings)".to_owned(),
        |start| format!("{}{per}", both_units(start, unit)),
    );
    row(out, "Start at", &start, Some(load.start_source))
}

fn heart_rate_row<W: Write + ?Sized>(
    out: &mut W,
    recommendation: &Recommendation,
) -> io::Result<()> {
    let delta = recommendation.heart_rate_delta_bpm;
    match (&recommendation.heart_rate, delta) {
        (
            Some(
                heart @ HeartRate {
                    loaded_bpm: Some(loaded),
                    ..
                },
            ),
            Some(effect),
        ) => {
            let text = format!(
                "{} bpm usually, {} bpm with the weight ({} bpm, {})",
                Decimal(heart.rates.usual),
                range(*loaded),
                signed_range(effect.range),
                basis(effect).trim_matches(['(', ')'])
            );
            row(out, "Heart rate", &text, Some(heart.source))?;
        }
        (_, Some(effect)) => {
            let text = format!("{} bpm {}", signed_range(effect.range), basis(effect));
            row(out, "Heart rate", &text, Some(effect.source))?;
        }
        (Some(heart), None) => {
            let why = heart.notes.first().map_or("", String::as_str);
            row(
                out,
                "Heart rate",
                &format!("no figure. {why}"),
                Some(heart.source),
            )?;
        }
        (None, None) => row(
            out,
            "Heart rate",
            "no figure: the article gives none; add --hr and --pace for the model",
            None,
        )?,
    }
    Ok(())
}

fn energy_rows<W: Write + ?Sized>(out: &mut W, energy: &Energy) -> io::Result<()> {
    let grade = if energy.grade_percent == 0.0 {
        "on the flat".to_owned()
    } else {
        format!("at {} % grade", Decimal(energy.grade_percent))
    };
    let run = format!(
        "{} kcal unweighted: {} min, {} km at {} {grade}",
        Decimal(energy.baseline_kcal.round()),
        Decimal(energy.duration.minutes().round()),
        Decimal(energy.distance.km()),
        energy.speed,
    );
    row(out, "Energy", &run, Some(energy.oxygen.equation.id()))?;
    let extra = energy.extra_kcal();
    let loaded = format!(
        "+{}–{} kcal, {}–{} kcal in all",
        Decimal(extra.min.round()),
        Decimal(extra.max.round()),
        Decimal(energy.loaded_kcal.min.round()),
        Decimal(energy.loaded_kcal.max.round())
    );
    row(out, "With weight", &loaded, Some(energy.loaded_source))?;
    for note in &energy.oxygen.notes {
        let lead = format!("{:LABEL_WIDTH$}", "Note");
        super::item_plain(out, &lead, LABEL_WIDTH, note)?;
    }
    Ok(())
}
