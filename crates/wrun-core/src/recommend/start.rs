//! The start load, snapped to the runner's weight steps, and the weekly
//! rise and the top a plan climbs to.

use super::SLACK;
use crate::advice;
use crate::answer::{Load, LoadPer, Note};
use crate::kinds::Level;
use crate::mass::{Mass, Unit};
use crate::message::Value;
use crate::request::Request;
use crate::rules;

/// The heaviest multiple of `step` not above `mass`.
#[must_use]
pub fn snap_down(mass: Mass, step: Mass) -> Mass {
    Mass::from_kg((mass.kg() / step.kg() + SLACK).floor() * step.kg())
}

/// Snaps `start` to a multiple of `increment` within `min..=max`: the heaviest
/// multiple not above `start` or, when that is below `min`, the lightest one
/// at or above `min`. `None` when no multiple lies in range. Without an
/// increment, `start` is rounded to the nearest half `unit` inside the range
/// (rule `start-rounding`), or left as it is when no half unit is inside.
fn snap(start: Mass, min: Mass, max: Mass, increment: Option<Mass>, unit: Unit) -> Option<Mass> {
    let Some(step) = increment else {
        let half = Mass::new(rules::START_ROUNDING, unit);
        // The nudge keeps 11.25 lb, held as 11.249999… after conversions, a
        // half-way case that rounds up.
        let halves = (start.kg() / half.kg() + 1e-9).round();
        let nearest = Mass::from_kg(halves * half.kg());
        let inside = |mass: Mass| {
            mass.kg() >= min.kg() * (1.0 - SLACK) && mass.kg() <= max.kg() * (1.0 + SLACK)
        };
        let up = Mass::from_kg((halves + 1.0) * half.kg());
        return Some(if inside(nearest) {
            nearest
        } else if inside(up) {
            up
        } else {
            start
        });
    };
    // The slack terms below only absorb rounding; mutating their `*`, `-` or
    // `+` changes no answer, except at the top of the range (tested).
    let below = snap_down(start, step);
    if below.kg() >= min.kg() * (1.0 - SLACK) {
        return Some(below);
    }
    let above = (min.kg() / step.kg() - SLACK).ceil() * step.kg();
    (above <= max.kg() * (1.0 + SLACK)).then(|| Mass::from_kg(above))
}

/// The heaviest multiple of `increment` (or, without one, of half a `unit`)
/// not above `start` and not below `floor`; `None` when there is none.
fn snap_at_most(start: Mass, floor: Mass, increment: Option<Mass>, unit: Unit) -> Option<Mass> {
    let step = increment.unwrap_or_else(|| Mass::new(rules::START_ROUNDING, unit));
    let below = snap_down(start, step);
    (below.kg() >= floor.kg() * (1.0 - SLACK) && below.kg() > 0.0).then_some(below)
}

/// The start wrun suggests before any rounding or weight steps (rules
/// `vest-start`, `hand-start`).
fn suggested_start(request: &Request, per: LoadPer) -> Mass {
    match per {
        LoadPer::Vest => request.body_weight.scale(
            rules::VEST_START_PERCENT.for_level(request.level, !request.conditions.is_empty())
                / 100.0,
        ),
        // The article ties conditions to vests only; hand starts go by level.
        LoadPer::Hand => Mass::from_lb(rules::HAND_START_LB.for_level(request.level, false)),
    }
}

/// What the runner's weight steps do to the start, said among
/// `warnings`: steps too coarse for the range, or a start they put above
/// the suggested one (first among warnings of its severity, as the
/// runner's own start).
pub(super) fn increment_notes(request: &Request, load: Option<&Load>, warnings: &mut Vec<Note>) {
    let (Some(load), Some(increment)) = (load, request.increment) else {
        return;
    };
    match load.start {
        None => warnings.push(increment_too_coarse(request, load, increment)),
        Some(start) => {
            if let Some(note) = start_above_suggested(request, load, start, increment) {
                warnings.insert(0, note);
            }
        }
    }
}

/// Where the runner's weight steps put the start more than a week's rise
/// of a plan (rule `plan-ramp`) above the suggested start: the note that
/// says so.
fn start_above_suggested(
    request: &Request,
    load: &Load,
    start: Mass,
    increment: Mass,
) -> Option<Note> {
    let suggested = suggested_start(request, load.per);
    let week = weekly_rise(request, load.per);
    let unit = request.unit;
    (start.kg() - suggested.kg() > week.kg() * (1.0 + SLACK)).then(|| {
        Note::with(
            advice::START_ABOVE_SUGGESTED,
            [
                ("step", Value::Mass(increment, unit)),
                ("start", Value::Mass(start, unit)),
                ("suggested", Value::Mass(suggested, unit)),
            ],
        )
    })
}

/// The most a plan adds to the load in a week at the standard rate (rule
/// `plan-ramp`).
pub(crate) fn weekly_rise(request: &Request, per: LoadPer) -> Mass {
    match per {
        LoadPer::Vest => request
            .body_weight
            .scale(rules::PLAN_RAMP.vest_percent_per_week / 100.0),
        LoadPer::Hand => Mass::from_lb(rules::PLAN_RAMP.hand_lb_per_week),
    }
}

/// The heaviest load a plan takes this runner to: `max`, the top of the
/// range, or, for a beginner or anyone with a condition, a beginner's
/// ceiling where that is lower (rule `plan-adapt`). No start lies above
/// it: a load the runner's own plan would never reach is no start for them.
pub(crate) fn plan_top(request: &Request, per: LoadPer, max: Mass) -> Mass {
    let careful = request.level == Level::Beginner || !request.conditions.is_empty();
    let top = match per {
        LoadPer::Vest => request
            .body_weight
            .scale(rules::PLAN_ADAPT.beginner_vest_top_percent / 100.0),
        LoadPer::Hand => Mass::from_lb(rules::PLAN_ADAPT.beginner_hand_top_lb),
    };
    if careful && top.kg() < max.kg() {
        top
    } else {
        max
    }
}

/// Where the start of a load `min..=max` may lie for this runner: up to
/// [`plan_top`], or, for a beginner's vest, from the lightest load that is
/// still a vest up to the start share.
fn start_window(request: &Request, per: LoadPer, min: Mass, max: Mass) -> (Mass, Mass) {
    if request.level == Level::Beginner && per == LoadPer::Vest {
        (
            request
                .body_weight
                .scale(rules::VEST_LOAD_MIN_PERCENT / 100.0),
            suggested_start(request, per),
        )
    } else {
        (min, plan_top(request, per, max))
    }
}

/// The start of a load `min..=max` for this runner: the suggested start
/// put on the runner's steps (or a half unit) within [`start_window`]; a
/// beginner's vest is never rounded up past its start share. `None` when
/// no step lies there.
pub(super) fn start(request: &Request, per: LoadPer, min: Mass, max: Mass) -> Option<Mass> {
    let suggested = suggested_start(request, per);
    let (lowest, highest) = start_window(request, per, min, max);
    if request.level == Level::Beginner && per == LoadPer::Vest {
        snap_at_most(suggested, lowest, request.increment, request.unit)
    } else {
        snap(suggested, lowest, highest, request.increment, request.unit)
    }
}

fn increment_too_coarse(request: &Request, load: &Load, increment: Mass) -> Note {
    let unit = request.unit;
    let per = match load.per {
        LoadPer::Vest => advice::FOR_THE_VEST,
        LoadPer::Hand => advice::PER_HAND,
    };
    let (lowest, highest) = start_window(request, load.per, load.min, load.max);
    let fits = snap_down(highest, Mass::new(rules::START_ROUNDING, unit));
    Note::with(
        advice::INCREMENT_TOO_COARSE,
        [
            ("step", Value::Mass(increment, unit)),
            ("lowest", Value::Mass(lowest, unit)),
            ("highest", Value::Mass(highest, unit)),
            ("per", Value::Words(per)),
            ("fits", Value::Mass(fits, unit)),
        ],
    )
}
