//! `wrun recommend` as text: the verdict, what to carry, the expected effect,
//! then warnings (most severe first) and tips.

use super::Page;
use std::io::{self, Write};

use super::{
    BOLD, LABEL_WIDTH, SEVERITY_WIDTH, a_or_an, basis, body_share, both_units, calorie_percent,
    cost_the_run, heading, item, other_unit, outing, row, runner, severity_style, signed_range,
    signed_whole_range, title, verdict, whole_range,
};
use crate::guidance::rules::Range;
use crate::guidance::{
    Capacity, ChosenLoad, Energy, HeartRate, Load, LoadPer, Mass, Note, Recommendation, Request,
    SameEffort, Unit,
};
use crate::guidance::{Decimal, Message, round1, round2};
use crate::guidance::{METRES_PER_MILE, SpeedUnit, clock};

/// Writes `recommendation` as text, its run in the unit the runner gave
/// its speed in.
///
/// # Errors
/// Any error writing to `out`.
pub fn recommendation<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
    recommendation: &Recommendation,
) -> io::Result<()> {
    let request = &recommendation.request;
    let speed_unit = request.speed_unit.unwrap_or_default();
    heading(
        out,
        &format!(
            "{} for {}",
            title(request.weight_type),
            runner(request, recommendation.walking)
        ),
    )?;
    writeln!(out)?;
    verdict(out, recommendation)?;
    writeln!(out)?;

    if let Some(load) = &recommendation.load {
        load_rows(out, load, request)?;
    } else {
        let none = format!(
            "none: not a weight to {} with",
            outing(recommendation.walking)
        );
        row(out, "Load", &none, None)?;
    }
    heart_rate_row(out, recommendation)?;
    if let Some(effect) = recommendation.calorie_delta_percent {
        let calories = format!("{} {}", calorie_percent(effect.range), basis(effect));
        row(out, "Calories", &calories, Some(effect.source))?;
    } else if let Some(why) = super::no_calorie_figure(recommendation) {
        row(out, "Calories", &format!("no figure. {why}"), None)?;
    }
    match &recommendation.energy {
        Some(energy) => energy_rows(out, energy, (request.unit, speed_unit))?,
        // A pace alone has no length to cost: say what would give one.
        None if request.workout.speed.is_some() => row(
            out,
            "Energy",
            &format!(
                "{} and set it against your aerobic ceiling",
                cost_the_run(recommendation.walking)
            ),
            None,
        )?,
        None => {}
    }
    if let Some(capacity) = &recommendation.capacity {
        capacity_row(out, capacity)?;
    }
    notes(out, "Warnings", &recommendation.warnings, true)?;
    notes(out, "Tips", &recommendation.tips, false)
}

/// Writes what the run asks against what the runner can hold.
pub(super) fn capacity_row<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
    capacity: &crate::guidance::Capacity,
) -> io::Result<()> {
    use crate::guidance::CeilingBasis;
    let one = |value: f64| Decimal(round1(value));
    // A ceiling the runner has shown is the least they have, as the
    // capacity warnings say.
    let at_least = match capacity.basis {
        CeilingBasis::Recording | CeilingBasis::UsualPace => "at least ",
        _ => "",
    };
    let basis = match capacity.basis {
        CeilingBasis::Given => "yours",
        CeilingBasis::HeartRates => "estimated from your heart rates",
        CeilingBasis::Level if capacity.lowered_for_age => "assumed for your level and age",
        CeilingBasis::Level => "assumed for your level",
        CeilingBasis::Recording => "shown by this recording",
        CeilingBasis::UsualPace => "shown by your usual pace",
    };
    let text = format!(
        "asks {} mL/kg/min; you hold {} for {} min, of a VO2max of {at_least}{} ({basis})",
        one(capacity.demand),
        one(capacity.sustainable),
        Decimal(capacity.minutes.round()),
        one(capacity.ceiling),
    );
    row(out, "Capacity", &text, Some(Capacity::SOURCE))
}

/// Writes a titled list of warnings (with severities) or tips.
pub(super) fn notes<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
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
            warning_row(out, note)?;
        } else {
            item(out, "  - ", 4, &note.message.text(), note.source)?;
        }
    }
    Ok(())
}

/// Writes `warning` after its severity, as a list of warnings has it.
pub(super) fn warning_row<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
    warning: &Note,
) -> io::Result<()> {
    let style = severity_style(warning.severity);
    let tag = warning.severity.id().to_uppercase();
    let lead = format!("  {style}{tag:<SEVERITY_WIDTH$}{style:#}");
    let message = warning.message.text();
    item(out, &lead, 2 + SEVERITY_WIDTH, &message, warning.source)
}

/// The start load `start` of `load`, `per` hand or not, for `request`:
/// in both units, with its share of body weight for a vest.
pub(super) fn start_load(start: Mass, load: &Load, request: &Request, per: &str) -> String {
    let unit = request.unit;
    let share = load.start_percent(request.body_weight).map(body_share);
    // A beginner's vest start is rounded down, never up past the start
    // share (rule `vest-start`): say so where that puts it below the range.
    let below = round2(start.in_unit(unit)) < round2(load.min.in_unit(unit));
    format!(
        "{}{per}{}{}",
        both_units(start, unit),
        share.unwrap_or_default(),
        if below {
            ", rounded down below the range"
        } else {
            ""
        }
    )
}

fn load_rows<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
    load: &Load,
    request: &Request,
) -> io::Result<()> {
    let unit = request.unit;
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
        text = format!("{text}, {percent} % of body weight");
    }
    row(out, "Load", &text, Some(load.source))?;
    let start = load.start.map_or_else(
        || "none: your weight steps are too coarse (see warnings)".to_owned(),
        |start| start_load(start, load, request, per),
    );
    row(out, "Start at", &start, Some(load.start_source))?;
    if let Some(chosen) = load.chosen {
        let share = chosen.percent.map(body_share).unwrap_or_default();
        let text = format!(
            "{}{per}{share}: {}",
            both_units(chosen.mass, unit),
            chosen.fit.id().replace('-', " ")
        );
        row(out, "Your load", &text, Some(ChosenLoad::SOURCE))?;
    }
    Ok(())
}

fn heart_rate_row<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
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
                Decimal(heart.rates.usual.round()),
                whole_range(*loaded),
                super::heart_rate_change(recommendation).unwrap_or_default(),
                basis(effect).trim_matches(['(', ')'])
            );
            row(out, "Heart rate", &text, Some(heart.source))?;
            for note in &heart.notes {
                let lead = format!("{:LABEL_WIDTH$}", "Note");
                super::item_plain(out, &lead, LABEL_WIDTH, &note.text())?;
            }
        }
        (_, Some(effect)) => {
            let text = format!("{} bpm {}", signed_range(effect.range), basis(effect));
            row(out, "Heart rate", &text, Some(effect.source))?;
        }
        (Some(heart), None) => {
            let why = heart.notes.first().map(Message::text).unwrap_or_default();
            row(
                out,
                "Heart rate",
                &format!("no figure. {why}"),
                Some(heart.source),
            )?;
        }
        (None, None) => {
            let why = super::no_heart_rate_figure(recommendation).unwrap_or_default();
            row(out, "Heart rate", &format!("no figure: {why}"), None)?;
        }
    }
    Ok(())
}

/// The run's distance, in miles when the speed was given in miles.
fn distance(energy: &Energy, speed_unit: SpeedUnit) -> String {
    if speed_unit.is_imperial() {
        let miles = energy.distance.metres() / METRES_PER_MILE;
        format!("{} mi", Decimal(miles))
    } else {
        format!("{} km", Decimal(energy.distance.km()))
    }
}

fn energy_rows<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
    energy: &Energy,
    (unit, speed_unit): (Unit, SpeedUnit),
) -> io::Result<()> {
    let grade = if energy.grade_percent == 0.0 {
        "on the flat".to_owned()
    } else {
        format!("at {} % grade", Decimal(energy.grade_percent))
    };
    let gait = outing(energy.equation.is_walk());
    // Whole kilocalories, rounded once, so that the totals add up as printed.
    let baseline = energy.baseline_kcal.round();
    let extra = energy.extra_kcal();
    let extra = Range::new(extra.min.round(), extra.max.round());
    let time = clock(energy.duration.minutes() * 60.0);
    let run = format!(
        "{} kcal unweighted: {} {time} {gait}, {} at {} {grade}",
        Decimal(baseline),
        a_or_an(&time),
        distance(energy, speed_unit),
        energy.speed.show_both(speed_unit),
    );
    row(out, "Energy", &run, Some(energy.equation.id()))?;
    let loaded = format!(
        "{} kcal, {} kcal in all",
        signed_whole_range(extra),
        whole_range(Range::new(baseline + extra.min, baseline + extra.max)),
    );
    row(out, "With weight", &loaded, Some(energy.loaded_source))?;
    if let Some(same) = energy.same_effort {
        let text = format!(
            "{} instead of {}, with {}",
            same.speed.show_both(speed_unit),
            energy.speed.show(speed_unit),
            same.load.display(unit)
        );
        row(out, "Same effort", &text, Some(SameEffort::SOURCE))?;
    }
    for note in &energy.notes {
        let lead = format!("{:LABEL_WIDTH$}", "Note");
        super::item_plain(out, &lead, LABEL_WIDTH, &note.text())?;
    }
    Ok(())
}
