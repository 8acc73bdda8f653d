//! The engine: from a runner and a kind of weight to a [`Recommendation`].

use std::cmp::Reverse;

use super::advice;
use super::answer::{ChosenLoad, Effect, Energy, Fit, Load, LoadPer, Note, Reason, Recommendation};
use super::assess::assess;
use super::body::OverweightBy;
use super::capacity::{self, Capacity, CeilingBasis};
use super::energy::{self, Added};
use super::kinds::{Basis, Condition, Gait, Level, Named, Severity, Verdict, WeightType};
use super::limbs;
use super::mass::{Mass, Unit};
use super::message::{Message, Value};
use super::request::validate;
pub use super::request::{BODY_WEIGHT_KG, GuidanceError, Request, range_text};
use super::rules::{self, Range, id};
use super::workout::HEART_RATE_BPM;

#[cfg(test)]
mod tests;

/// Answers `request`.
///
/// ```
/// use wrun_core::{Condition, Mass, Request, Severity, Verdict, WeightType, recommend};
///
/// let mut request = Request::new(Mass::from_kg(70.0), WeightType::Vest);
/// request.conditions = vec![Condition::KneePain];
/// let answer = recommend(&request)?;
/// assert_eq!(answer.verdict, Verdict::Caution);
/// assert_eq!(answer.warnings[0].severity, Severity::Caution);
/// // A 28 kg vest is 40 % of body weight: a danger, so not recommended.
/// request.chosen_load = Some(Mass::from_kg(28.0));
/// let answer = recommend(&request)?;
/// assert_eq!(answer.verdict, Verdict::NotRecommended);
/// assert_eq!(answer.verdict_because, ["load-above-range"]);
/// let load = answer.load.unwrap();
/// assert!((load.min.kg() - 3.5).abs() < 1e-9 && (load.max.kg() - 7.0).abs() < 1e-9);
/// # Ok::<(), wrun_core::GuidanceError>(())
/// ```
///
/// # Errors
/// [`GuidanceError`] when the body weight or increment is out of range.
pub fn recommend(request: &Request) -> Result<Recommendation, GuidanceError> {
    recommend_with(request, [])
}

/// Answers `request` with `findings` of the caller's among its warnings
/// (a course's hills, say), judged with the rest in the one assessment.
pub(crate) fn recommend_with(
    request: &Request,
    findings: impl IntoIterator<Item = Note>,
) -> Result<Recommendation, GuidanceError> {
    validate(request)?;
    let (request, implied) = normalized(request);
    let walking = request.workout.is_walk();

    // Room for every note an answer can carry, allocated once.
    let mut warnings = Vec::with_capacity(16);
    let mut tips = Vec::with_capacity(16);
    let (mut load, heart_rate, calories) = match request.weight_type {
        WeightType::Vest => vest(&request, &mut warnings, &mut tips),
        WeightType::HandWrist => hand_wrist(&request, &mut warnings, &mut tips),
        WeightType::Ankle => ankle(&request, &mut warnings, &mut tips),
    };
    if request.level == Level::Beginner {
        warnings.push(Note::from_advice(advice::BEGINNER_WAIT));
    }
    warnings.extend(unit_assumed(&request));
    warnings.extend(pace_unit_assumed(&request));
    if let (Some(load), Some(increment)) = (load, request.increment) {
        match load.start {
            None => warnings.push(increment_too_coarse(&request, &load, increment)),
            // The runner's own start comes first among notes of its severity.
            Some(start) => {
                if let Some(note) = start_above_suggested(&request, &load, start, increment) {
                    warnings.insert(0, note);
                }
            }
        }
    }
    if let (Some(load), Some(chosen)) = (load.as_mut(), request.chosen_load) {
        let judged = judge(load, chosen, request.body_weight);
        // The runner's own load comes first among warnings of its severity.
        if let Some(note) = chosen_note(load, &judged, request.unit) {
            warnings.insert(0, note);
        }
        load.chosen = Some(judged);
    }
    general_tips(&mut tips, load.is_some());

    // Hand, wrist and ankle weights: the article's running figures, or a
    // walking study's, for the runner's own load where there is one.
    let limb = limbs::limb_effects(
        request.weight_type,
        walking,
        request.chosen_load,
        request.unit,
    );
    warnings.extend(limb.as_ref().and_then(|limb| limb.note.clone()));
    let heart_rate = heart_rate.or(limb.as_ref().map(|limb| limb.heart_rate));
    let mut calories = calories.or(limb.as_ref().map(|limb| limb.calories));
    let added = added(request.weight_type, load, calories);
    let energy = energy::energy(request.body_weight, &request.workout, added, request.unit);
    // With a run described, the headline change is the run's own.
    if let (Some(energy), Some(effect)) = (&energy, calories.as_mut()) {
        let extra = energy.extra_kcal();
        let percent = |kcal: f64| kcal / energy.baseline_kcal * 100.0;
        effect.range = Range::new(percent(extra.min), percent(extra.max));
        effect.source = energy.loaded_source;
    }
    let heart = request.heart.map(|rates| {
        let vest_percent = load.and_then(|load| match load.chosen {
            Some(chosen) => chosen.percent.map(|p| Range::new(p, p)),
            None => load.body_weight_percent,
        });
        loaded_heart_rate(&request, rates, vest_percent, heart_rate)
    });
    warnings.extend(implied);
    let capacity = energy.as_ref().map(|energy| {
        let (vo2, gait) = (energy.vo2_ml_per_kg_min, energy.gait());
        warnings.extend(heart_and_pace(&request, vo2, gait));
        let (judged, note) = capacity(&request, energy, load.as_ref());
        warnings.extend(note);
        warnings.extend(capacity_at_start(&request, load.as_ref(), energy, &judged));
        warnings.extend(beyond_the_races(&judged, energy));
        warnings.extend(uth_beyond_ages(&judged, request.age));
        judged
    });
    if request.workout.grade_percent < 0.0 && request.conditions.contains(&Condition::KneePain) {
        warnings.push(Note::from_advice(advice::DOWNHILL_KNEE));
    }
    warnings.extend(findings);
    // Most severe first; equal severities keep the order above.
    warnings.sort_by_key(|warning| Reverse(warning.severity));
    // The vest's model fills the change the article leaves open.
    let heart_rate = heart_rate.or_else(|| heart.as_ref().and_then(|h| h.delta_bpm));
    if walking {
        for_a_walk(&mut warnings, &mut tips);
    }

    let (own, reason) = own_verdict(&request);
    let judged = assess(own, &reason, &warnings);
    Ok(Recommendation {
        request,
        verdict: judged.verdict,
        reason: judged.reason,
        verdict_because: judged.because,
        load,
        heart_rate_delta_bpm: heart_rate,
        calorie_delta_percent: calories,
        warnings,
        tips,
        energy,
        heart_rate: heart,
        capacity,
        walking,
    })
}

/// Whether a load of `load` makes sense as `weight_type` for `runner`
/// (rule `load-suits`): a load that suits no kind suits every kind, so
/// that the runner's own load is never dropped unjudged.
#[must_use]
pub fn load_suits(weight_type: WeightType, load: Mass, runner: &Request) -> bool {
    let limb = load.lb() <= rules::LIMB_LOAD_MAX_LB + SLACK;
    let vest = load.percent_of(runner.body_weight) >= rules::VEST_LOAD_MIN_PERCENT - SLACK;
    match weight_type {
        _ if !limb && !vest => true,
        WeightType::Vest => vest,
        WeightType::HandWrist | WeightType::Ankle => limb,
    }
}

/// The tips every answer gets, and the fast-twitch finding with a load to
/// carry.
fn general_tips(tips: &mut Vec<Note>, with_load: bool) {
    tips.extend(
        [
            advice::EASE_IN,
            advice::START_SHORT_AND_EASY,
            advice::INCREASE_REST,
            advice::SHED_IF_FORM_BREAKS,
            advice::NOT_FOR_QUICK_WEIGHT_LOSS,
        ]
        .map(Note::from_advice),
    );
    if with_load {
        tips.push(Note::from_advice(advice::FAST_TWITCH));
    }
}

/// A walk's advice: what carries over in its words for a walk, without
/// the tips whose studies were of runs (rule `gait`).
fn for_a_walk(warnings: &mut [Note], tips: &mut Vec<Note>) {
    tips.retain(|tip| !advice::FROM_RUNS.contains(&tip.id));
    worded_for_a_walk(warnings.iter_mut().chain(tips.iter_mut()));
}

/// `notes` in their words for a walk, where they have them (rule `gait`).
pub(crate) fn worded_for_a_walk<'a>(notes: impl IntoIterator<Item = &'a mut Note>) {
    for note in notes {
        if let Some(words) = advice::for_a_walk(note.id) {
            note.message.template = words;
        }
    }
}

type Effects = (Option<Load>, Option<Effect>, Option<Effect>);

fn vest(request: &Request, warnings: &mut Vec<Note>, tips: &mut Vec<Note>) -> Effects {
    let percent = rules::VEST_LOAD_PERCENT;
    let share = |p: f64| request.body_weight.scale(p / 100.0);
    let (min, max) = (share(percent.min), share(percent.max));
    let load = Load {
        per: LoadPer::Vest,
        min,
        max,
        start: start(request, LoadPer::Vest, min, max),
        body_weight_percent: Some(percent),
        source: id::VEST_LOAD,
        start_source: id::VEST_START,
        rounded: request.increment.is_none(),
        chosen: None,
    };
    // While this figure is 1, multiplying by it and dividing by it agree:
    // mutation testing cannot tell them apart, and no answer changes.
    let per_percent = rules::VEST_ENERGY_PER_LOAD_PERCENT;
    // The runner's own vest costs its own share, as its heart rate is
    // worked out for it; else the range's.
    let shares = request
        .chosen_load
        .map_or((percent.min, percent.max), |chosen| {
            let own = chosen.percent_of(request.body_weight);
            (own, own)
        });
    let calories = Effect {
        range: Range::new(shares.0 * per_percent, shares.1 * per_percent),
        basis: Basis::Model,
        source: id::VEST_CALORIES,
    };

    let joint_stress = if request.conditions.is_empty() {
        Note::from_advice(advice::VEST_JOINT_STRESS)
    } else {
        let mut note = Note::worded(
            advice::VEST_JOINT_STRESS,
            advice::VEST_JOINT_STRESS_WITH,
            [("conditions", conditions(&request.conditions))],
        );
        note.severity = Severity::Caution;
        note
    };
    warnings.push(joint_stress);
    warnings.extend(go_ahead(request));
    warnings.extend(
        [
            advice::VEST_FIT,
            advice::VEST_FORM,
            advice::VEST_CORE_CARDIO,
            advice::VEST_BALANCE,
            advice::SLOWER_PACE,
        ]
        .map(Note::from_advice),
    );
    // Tips follow the runner: knee pain keeps them on the flat (rule
    // `plan-adapt`), and the warm-up study's 20 % vest is for experienced
    // runners only, with a word that it is above wrun's danger line.
    if request.conditions.contains(&Condition::KneePain) {
        tips.push(Note::from_advice(advice::FLAT_ONLY));
    } else {
        tips.extend([advice::VEST_INCLINE, advice::FLAT_FIRST].map(Note::from_advice));
    }
    tips.push(Note::from_advice(advice::VEST_STRAP_SNUG));
    if request.level == Level::Experienced {
        tips.push(Note::from_advice(advice::VEST_WARMUP));
    }
    tips.extend([advice::VEST_BONE, advice::STRENGTH_CORE].map(Note::from_advice));
    (Some(load), None, Some(calories))
}

fn hand_wrist(request: &Request, warnings: &mut Vec<Note>, tips: &mut Vec<Note>) -> Effects {
    let range = rules::HAND_LOAD_LB;
    let (min, max) = (Mass::from_lb(range.min), Mass::from_lb(range.max));
    let load = Load {
        per: LoadPer::Hand,
        min,
        max,
        start: start(request, LoadPer::Hand, min, max),
        body_weight_percent: None,
        source: id::HAND_LOAD,
        start_source: id::HAND_START,
        rounded: request.increment.is_none(),
        chosen: None,
    };
    warnings.extend([advice::HAND_POSTURE, advice::HAND_STRIDE].map(Note::from_advice));
    warnings.extend(go_ahead(request));
    warnings.push(Note::from_advice(advice::SLOWER_PACE));
    tips.extend([advice::HAND_ARM_SWING, advice::STRENGTH_UPPER_BODY].map(Note::from_advice));
    (Some(load), None, None)
}

/// With a condition, a professional's go-ahead before loading up (rule
/// `practical-advice`), for the kinds wrun gives a load for.
fn go_ahead(request: &Request) -> Option<Note> {
    (!request.conditions.is_empty()).then(|| {
        Note::with(
            advice::PROFESSIONAL_GO_AHEAD,
            [("conditions", conditions(&request.conditions))],
        )
    })
}

fn ankle(request: &Request, warnings: &mut Vec<Note>, tips: &mut Vec<Note>) -> Effects {
    warnings
        .extend([advice::ANKLE_INJURY_RISK, advice::ANKLE_PACE_TRADEOFF].map(Note::from_advice));
    let percent = rules::VEST_LOAD_PERCENT;
    let share = |p: f64| Value::Mass(request.body_weight.scale(p / 100.0), request.unit);
    let mut values = vec![
        ("min", share(percent.min)),
        ("max", share(percent.max)),
        ("min_percent", Value::Decimal(percent.min)),
        ("max_percent", Value::Decimal(percent.max)),
    ];
    // The article ties a vest's risks to the conditions: the vest it points
    // to comes with them (rule `vest-risks`).
    let template = if request.conditions.is_empty() {
        advice::TRY_VEST_INSTEAD.message
    } else {
        values.push(("conditions", conditions(&request.conditions)));
        advice::TRY_VEST_INSTEAD_WITH
    };
    tips.push(Note::worded(advice::TRY_VEST_INSTEAD, template, values));
    tips.push(Note::from_advice(advice::STRENGTH_LOWER_BODY));
    if let Some(chosen) = request.chosen_load {
        // No ankle load is in range: the runner's own is judged all the same.
        warnings.insert(
            0,
            Note::with(
                advice::ANKLE_LOAD,
                [("load", Value::Mass(chosen, request.unit))],
            ),
        );
    }
    (None, None, None)
}

/// Slack for comparing loads that should be equal but went through floating
/// point: 7.5 lb against a 2.5 lb step must not lose a step to rounding.
const SLACK: f64 = 1e-9;

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
fn start(request: &Request, per: LoadPer, min: Mass, max: Mass) -> Option<Mass> {
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

/// The note for a pace given without its distance, read in the runner's unit.
pub(crate) fn pace_unit_assumed(request: &Request) -> Option<Note> {
    let per = request.assumed.pace_per?;
    let speed = request.workout.speed?;
    let template = match per {
        super::workout::SpeedUnit::PerMile => advice::PACE_READ_PER_MILE,
        _ => advice::PACE_UNIT_ASSUMED.message,
    };
    Some(Note::worded(
        advice::PACE_UNIT_ASSUMED,
        template,
        [("pace", Value::SpeedIn(speed, per))],
    ))
}

/// The note for a bare body weight that was read as a light weight in pounds.
fn unit_assumed(request: &Request) -> Option<Note> {
    (request.assumed.pounds && request.body_weight.lb() < rules::UNIT_ASSUMED_BELOW_LB).then(|| {
        Note::with(
            advice::UNIT_ASSUMED,
            [
                ("pounds", Value::Decimal(request.body_weight.lb())),
                ("kg", Value::Mass(request.body_weight, Unit::Kg)),
            ],
        )
    })
}

/// Whether `mass` is below `line`, beyond a float's slack.
fn is_below(mass: Mass, line: Mass) -> bool {
    mass.kg() < line.kg() * (1.0 - SLACK)
}

/// Judges `chosen` against `load`'s range.
fn judge(load: &Load, chosen: Mass, body_weight: Mass) -> ChosenLoad {
    let fit = if is_below(chosen, load.min) {
        Fit::BelowRange
    } else if chosen.kg() > load.max.kg() * (1.0 + SLACK) {
        Fit::AboveRange
    } else {
        Fit::InRange
    };
    ChosenLoad {
        mass: chosen,
        percent: load
            .body_weight_percent
            .map(|_| chosen.percent_of(body_weight)),
        fit,
    }
}

/// The warning a chosen load outside the range earns; none below it for a
/// load not below the start wrun suggests.
fn chosen_note(load: &Load, chosen: &ChosenLoad, unit: Unit) -> Option<Note> {
    let mass = ("load", Value::Mass(chosen.mass, unit));
    let what = match chosen.percent {
        Some(percent) => Message::new(
            advice::CHOSEN_VEST,
            [
                mass,
                ("percent", Value::Decimal(super::mass::round1(percent))),
            ],
        ),
        None => Message::new(advice::CHOSEN_HAND, [mass]),
    };
    let values = [
        ("load", Value::Sentence(what.into())),
        ("min", Value::Mass(load.min, unit)),
        ("max", Value::Mass(load.max, unit)),
    ];
    match chosen.fit {
        Fit::InRange => None,
        // A beginner's start may lie below the range (rule vest-start): a
        // load not below it is the one wrun would start them at, not one
        // that does too little.
        Fit::BelowRange
            if load
                .start
                .is_some_and(|start| !is_below(chosen.mass, start)) =>
        {
            None
        }
        Fit::BelowRange => Some(Note::with(advice::LOAD_BELOW_RANGE, values)),
        Fit::AboveRange => {
            let danger = match chosen.percent {
                // Beyond the line, not on it: 22.5 lb on 150 lb is 15 % to
                // the eye, a hair more to a float.
                Some(percent) => percent > rules::VEST_DANGER_PERCENT * (1.0 + SLACK),
                None => true,
            };
            let template = if danger {
                advice::LOAD_FAR_ABOVE_RANGE
            } else {
                advice::LOAD_ABOVE_RANGE.message
            };
            let mut note = Note::worded(advice::LOAD_ABOVE_RANGE, template, values);
            if danger {
                note.severity = Severity::Danger;
            }
            Some(note)
        }
    }
}

/// What the weight adds to a run: a vest's mass (the runner's own, else
/// the range), or the share the figures for hand and ankle weights give.
fn added(weight_type: WeightType, load: Option<Load>, calories: Option<Effect>) -> Option<Added> {
    match (weight_type, load) {
        (WeightType::Vest, Some(load)) => {
            let (min, max) = load
                .chosen
                .map_or((load.min, load.max), |chosen| (chosen.mass, chosen.mass));
            let pace_load = load
                .chosen
                .map(|chosen| chosen.mass)
                .or(load.start)
                .unwrap_or(load.min);
            Some(Added::Vest {
                min,
                max,
                pace_load,
            })
        }
        _ => calories.map(Added::Percent),
    }
}

/// The maximum heart rate the runner's age gives (Tanaka), where they gave
/// none, and whether it stands: it does not where their usual heart rate
/// on this run, or one they are known to reach (`reached_hr`), is above
/// it, which shows their own maximum is higher.
pub(crate) fn max_hr_from_age(request: &Request) -> Option<(f64, bool)> {
    if request.max_hr.is_some() {
        return None;
    }
    let estimate = super::body::max_heart_rate_for_age(request.age?).min(HEART_RATE_BPM.max);
    let stands = highest_known_hr(request).is_none_or(|bpm| bpm <= estimate);
    Some((estimate, stands))
}

/// The highest heart rate the runner is known to hold or reach: their
/// usual one on this run, or one a course shows (`reached_hr`).
fn highest_known_hr(request: &Request) -> Option<f64> {
    let usual = request.heart.map(|rates| rates.usual);
    usual.into_iter().chain(request.reached_hr).reduce(f64::max)
}

/// The figures of the estimate of the maximum heart rate from age, `max`
/// bpm, for a note that shows how it was worked out.
pub(crate) fn max_hr_from_age_values(max: f64) -> Vec<(&'static str, Value)> {
    vec![
        (
            "formula",
            Value::Figure(&rules::Figure::Tanaka(rules::TANAKA)),
        ),
        ("bpm", Value::Decimal(super::mass::round1(max))),
        ("spread", Value::Decimal(rules::TANAKA.spread_bpm)),
    ]
}

/// Where the runner's usual heart rate on a run (a `gait`) that asks `vo2`
/// mL/kg/min unweighted, as a share of their heart-rate reserve, puts that
/// cost at a share of oxygen reserve that implies more `VO2max` than any
/// runner has (rule `heart-and-pace`): a note that the figures disagree.
/// `None` without a usual and a maximum heart rate (given, or from an age
/// that stands).
pub(crate) fn heart_and_pace(request: &Request, vo2: f64, gait: Gait) -> Option<Note> {
    let rates = request.heart?;
    let max = request
        .max_hr
        .or_else(|| standing_max_hr_from_age(request))?;
    let share = (rates.usual - rates.resting) / (max - rates.resting);
    // Below a fifth of the reserve a few beats make the share.
    if !(rules::HEART_AND_PACE_LEAST_SHARE..=1.0).contains(&share) {
        return None;
    }
    let implied = rules::RESTING_VO2 + (vo2 - rules::RESTING_VO2) / share;
    (implied > rules::HEART_AND_PACE_MOST_VO2MAX).then(|| {
        Note::with(
            advice::HEART_AND_PACE,
            [
                ("hr", Value::Decimal(rates.usual)),
                ("run", Value::Words(gait.id())),
                ("share", Value::Decimal((share * 100.0).round())),
                ("resting", Value::Decimal(rates.resting)),
                ("max", Value::Decimal(max)),
                ("vo2max", Value::Decimal(implied.round())),
            ],
        )
    })
}

/// [`max_hr_from_age`] where it stands.
pub(crate) fn standing_max_hr_from_age(request: &Request) -> Option<f64> {
    max_hr_from_age(request).and_then(|(max, stands)| stands.then_some(max))
}

/// The maximum heart rate a `VO2max` is estimated with (Uth), and whether
/// the runner's age was behind it: the one they gave; else the one their
/// age gives, or, where a heart rate they are known to hold or reach shows
/// that estimate too low, that heart rate, the least their own maximum
/// can be (rule `tanaka-hr-max`). So an older age never lifts the ceiling.
fn max_hr_for_vo2max(request: &Request) -> Option<(f64, bool)> {
    if let Some(max) = request.max_hr {
        return Some((max, false));
    }
    let (estimate, _) = max_hr_from_age(request)?;
    let least = highest_known_hr(request).map_or(estimate, |bpm| bpm.max(estimate));
    Some((least, true))
}

/// The runner's heart rate with the weight; without a maximum heart rate,
/// their age gives one (Tanaka), and the answer says so, or says why it
/// was left aside.
fn loaded_heart_rate(
    request: &Request,
    mut rates: super::workout::HeartRates,
    vest_percent: Option<Range>,
    article: Option<Effect>,
) -> super::answer::HeartRate {
    let from_age = max_hr_from_age(request);
    if let Some((max, true)) = from_age {
        rates.max = rates.max.or(Some(max));
    }
    let mut heart = energy::heart_rate(
        rates,
        request.body_weight,
        &request.workout,
        vest_percent,
        article,
    );
    if let Some((max, stands)) = from_age {
        let mut values = max_hr_from_age_values(max);
        values.push(("rule", Value::Words(id::TANAKA_HR_MAX)));
        let template = if stands {
            advice::MAX_HR_FROM_AGE
        } else {
            let usual = Value::Decimal(super::mass::round1(rates.usual));
            values.insert(0, ("usual", usual));
            advice::MAX_HR_BELOW_USUAL
        };
        heart.notes.insert(0, Message::new(template, values));
    }
    heart
}

/// The load a run is set against the runner's ceiling with, in words: the
/// runner's own, else the top of the range (`load`), else, for ankle
/// weights with no range, the article's figures.
fn judged_load(request: &Request, load: Option<&Load>) -> Value {
    let (mass, top) = match (request.chosen_load, load) {
        (Some(chosen), _) => (chosen, false),
        (None, Some(load)) => (load.max, true),
        (None, None) => return Value::Words(advice::JUDGED_ANKLE_WEIGHTS),
    };
    let template = match (request.weight_type, top) {
        (WeightType::Vest, false) => advice::JUDGED_VEST,
        (WeightType::Vest, true) => advice::JUDGED_VEST_TOP,
        (WeightType::HandWrist, false) => advice::JUDGED_HANDS,
        (WeightType::HandWrist, true) => advice::JUDGED_HANDS_TOP,
        (WeightType::Ankle, _) => advice::JUDGED_ANKLES,
    };
    let judged = Message::new(template, [("load", Value::Mass(mass, request.unit))]);
    Value::Sentence(judged.into())
}

/// The run set against the runner's aerobic ceiling with `load` (see
/// [`judged_load`]), and the warning it earns, if any.
fn capacity(request: &Request, energy: &Energy, load: Option<&Load>) -> (Capacity, Option<Note>) {
    // A heart rate usual on this run says the runner runs it without the
    // weight: that effort, held for the run's length, shows a ceiling as a
    // planned course's usual pace does (rule `capacity`).
    let usual = request.usual_vo2max.or_else(|| {
        request
            .heart
            .and_then(|_| capacity::shown_by(energy.vo2_ml_per_kg_min, energy.duration.minutes()))
    });
    let max_hr = max_hr_for_vo2max(request);
    let runner = capacity::Runner {
        vo2max: request.vo2max,
        max_hr: max_hr.map(|(bpm, _)| bpm),
        max_hr_from_age: max_hr.is_some_and(|(_, from_age)| from_age),
        resting_hr: request.resting_hr,
        age: request.age,
        shown: request.shown_vo2max,
        usual,
    };
    let judged = capacity::capacity(
        runner,
        request.level,
        energy.loaded_vo2_max,
        energy.duration.minutes(),
    );
    let one = |value: f64| Value::Decimal(super::mass::round1(value));
    let ceiling = ceiling_words(request, &runner, &judged);
    let note = judged.finding.map(|severity| {
        let ceiling = ("ceiling", Value::Sentence(ceiling.into()));
        let run = ("run", Value::Words(energy.gait().id()));
        let demand = ("demand", one(judged.demand));
        let load = ("load", judged_load(request, load));
        let minutes = ("minutes", Value::Decimal(judged.minutes.round()));
        let sustainable = ("sustainable", one(judged.sustainable));
        let unloaded = energy.vo2_ml_per_kg_min;
        let shown = matches!(
            judged.basis,
            CeilingBasis::UsualPace | CeilingBasis::Recording
        );
        let worded = |template, values: Vec<(&'static str, Value)>| {
            Note::worded(advice::BEYOND_CAPACITY, template, values)
        };
        let mut note = match (severity, judged.finding_for(unloaded)) {
            // Beyond the ceiling even without the weight, a lighter load
            // cannot help: the remedy leaves it out.
            (Severity::Danger, Some(Severity::Danger)) => worded(
                advice::BEYOND_CEILING_UNLOADED,
                vec![run, demand, load, ("unloaded", one(unloaded)), ceiling],
            ),
            // A ceiling the runner has only shown is the least they have.
            (Severity::Danger, _) if shown => {
                worded(advice::BEYOND_SHOWN, vec![run, demand, load, ceiling])
            }
            // Beyond what can be held even without the weight, a lighter
            // load alone does not make the run one to hold.
            (Severity::Danger, Some(_)) => worded(
                advice::BEYOND_CEILING_UNLOADED_SHARE,
                vec![
                    run,
                    demand,
                    load,
                    ceiling,
                    ("unloaded", one(unloaded)),
                    sustainable,
                    minutes,
                ],
            ),
            (Severity::Danger, None) => {
                worded(advice::BEYOND_CEILING, vec![run, demand, load, ceiling])
            }
            _ => Note::with(
                advice::BEYOND_CAPACITY,
                [run, demand, load, minutes, sustainable, ceiling],
            ),
        };
        note.severity = severity;
        note
    });
    (judged, note)
}

/// The runner's ceiling in words, with where it came from, for the
/// capacity warnings.
fn ceiling_words(request: &Request, runner: &capacity::Runner, judged: &Capacity) -> Message {
    let vo2max = [(
        "vo2max",
        Value::Decimal(super::mass::round1(judged.ceiling)),
    )];
    match judged.basis {
        CeilingBasis::Given => Message::new(advice::CEILING_GIVEN, vo2max),
        CeilingBasis::HeartRates => Message::new(advice::CEILING_FROM_HEART_RATES, vo2max),
        CeilingBasis::Recording => Message::new(advice::CEILING_FROM_RECORDING, vo2max),
        CeilingBasis::UsualPace => Message::new(advice::CEILING_FROM_USUAL_PACE, vo2max),
        CeilingBasis::Level => {
            let level = ("level", Value::Words(advice::a_runner_of(request.level)));
            let wanted = (
                "wanted",
                Value::Words(advice::wanted_for_a_ceiling(
                    runner.max_hr.is_some(),
                    runner.resting_hr.is_some(),
                )),
            );
            match request.age {
                Some(age) if judged.lowered_for_age => Message::new(
                    advice::CEILING_FOR_LEVEL_AGE,
                    [
                        vo2max[0].clone(),
                        level,
                        ("age", Value::Decimal(age)),
                        wanted,
                    ],
                ),
                _ => Message::new(
                    advice::CEILING_FOR_LEVEL,
                    [vo2max[0].clone(), level, wanted],
                ),
            }
        }
    }
}

/// Where the ceiling comes of heart rates by Uth's formula and the runner's
/// age is outside the years it was fitted on, the note that says so.
fn uth_beyond_ages(judged: &Capacity, age: Option<f64>) -> Option<Note> {
    let age = age.filter(|&age| !rules::UTH_AGES_YEARS.contains(age))?;
    (judged.basis == CeilingBasis::HeartRates).then(|| {
        Note::with(
            advice::UTH_BEYOND_AGES,
            [
                (
                    "vo2max",
                    Value::Decimal(super::mass::round1(judged.ceiling)),
                ),
                ("youngest", Value::Decimal(rules::UTH_AGES_YEARS.min)),
                ("oldest", Value::Decimal(rules::UTH_AGES_YEARS.max)),
                ("age", Value::Decimal(age)),
            ],
        )
    })
}

/// Where the run is longer than the races Daniels and Gilbert fitted the
/// share held on, the note that says the share it is judged against is
/// stretched.
fn beyond_the_races(judged: &Capacity, energy: &Energy) -> Option<Note> {
    (judged.minutes > rules::DANIELS_GILBERT_LONGEST_MIN).then(|| {
        Note::with(
            advice::CAPACITY_BEYOND_RACES,
            [
                ("minutes", Value::Decimal(judged.minutes.round())),
                ("run", Value::Words(energy.gait().id())),
                (
                    "sustainable",
                    Value::Decimal(super::mass::round1(judged.sustainable)),
                ),
            ],
        )
    })
}

/// Where a run is beyond the runner with the top of the range, what it
/// asks at the start load, when that is less severe: the note that says
/// so, worked out by answering the same run with the start as the
/// runner's own load. `None` with a load of the runner's own, where the
/// start load is no lighter or no better, or where the run `energy`
/// describes is as bad without any weight.
fn capacity_at_start(
    request: &Request,
    load: Option<&Load>,
    energy: &Energy,
    top: &Capacity,
) -> Option<Note> {
    let worst = top.finding?;
    let load = load.filter(|_| request.chosen_load.is_none())?;
    let start = load.start.filter(|start| start.kg() < load.max.kg())?;
    // No load asks less than none: nothing lighter can fare better.
    if top.finding_for(energy.vo2_ml_per_kg_min) >= Some(worst) {
        return None;
    }
    let mut at_start = request.clone();
    at_start.chosen_load = Some(start);
    let judged = recommend(&at_start).ok()?.capacity?;
    if judged.finding >= Some(worst) {
        return None;
    }
    let one = |value: f64| Value::Decimal(super::mass::round1(value));
    let load = ("load", judged_load(&at_start, Some(load)));
    let run = ("run", Value::Words(energy.gait().id()));
    let demand = ("demand", one(judged.demand));
    let minutes = ("minutes", Value::Decimal(judged.minutes.round()));
    Some(match judged.finding {
        None => Note::with(advice::CAPACITY_AT_START, [load, run, demand, minutes]),
        Some(severity) => {
            let sustainable = ("sustainable", one(judged.sustainable));
            let mut note = Note::worded(
                advice::CAPACITY_AT_START,
                advice::START_BEYOND_SHARE,
                [load, run, demand, sustainable, minutes],
            );
            note.severity = severity;
            note
        }
    })
}

/// The request with its conditions sorted, each once, and `overweight`
/// added where the runner's body implies it, with the note that says so.
fn normalized(request: &Request) -> (Request, Option<Note>) {
    let mut request = request.clone();
    let implied = implied_overweight(&request);
    if implied.is_some() {
        request.conditions.push(Condition::Overweight);
    }
    request.conditions.sort_unstable();
    request.conditions.dedup();
    (request, implied)
}

/// The overweight condition, when the runner's body implies it and they
/// did not say so, with the note that says why.
fn implied_overweight(request: &Request) -> Option<Note> {
    if request.conditions.contains(&Condition::Overweight) {
        return None;
    }
    let threshold = ("threshold", Value::Decimal(rules::BMI_OVERWEIGHT.bmi));
    let advice = advice::OVERWEIGHT_IMPLIED;
    // The article's warning about overweight runners is a vest's.
    let vest = request.weight_type == WeightType::Vest;
    Some(
        match super::body::overweight_by(request.body_weight, request.height)? {
            OverweightBy::Bmi(index) => Note::worded(
                advice,
                if vest {
                    advice.message
                } else {
                    advice::OVERWEIGHT_IMPLIED_NOT_VEST
                },
                [
                    ("bmi", Value::Decimal(super::mass::round1(index))),
                    threshold,
                ],
            ),
            OverweightBy::WeightAlone => Note::worded(
                advice,
                if vest {
                    advice::OVERWEIGHT_BY_WEIGHT
                } else {
                    advice::OVERWEIGHT_BY_WEIGHT_NOT_VEST
                },
                [
                    ("weight", Value::Mass(request.body_weight, request.unit)),
                    threshold,
                    ("tallest", Value::Decimal(rules::BMI_OVERWEIGHT.tallest_m)),
                ],
            ),
        },
    )
}

/// The runner's conditions, as a list for a template.
pub(crate) fn conditions(conditions: &[Condition]) -> Value {
    Value::List(conditions.iter().map(|c| c.describe()).collect())
}

fn own_verdict(request: &Request) -> (Verdict, Reason) {
    let fixed = |message: &'static str, source| Reason {
        message: Message::fixed(message),
        source,
    };
    match request.weight_type {
        WeightType::Ankle => (
            Verdict::NotRecommended,
            fixed(advice::REASON_ANKLE, id::ANKLE_RISKS),
        ),
        _ if request.level == Level::Beginner => (
            Verdict::Caution,
            fixed(advice::REASON_BEGINNER, id::BEGINNER_FORM),
        ),
        WeightType::Vest if !request.conditions.is_empty() => (
            Verdict::Caution,
            Reason {
                message: Message::new(
                    advice::REASON_VEST_CONDITIONS,
                    [("conditions", conditions(&request.conditions))],
                ),
                source: id::VEST_RISKS,
            },
        ),
        WeightType::Vest => (
            Verdict::Recommended,
            fixed(advice::REASON_VEST, id::VEST_BENEFITS),
        ),
        WeightType::HandWrist => (Verdict::Caution, fixed(advice::REASON_HAND, id::HAND_RISKS)),
    }
}
