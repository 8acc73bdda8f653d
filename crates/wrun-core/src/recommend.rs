//! The engine: from a runner and a kind of weight to a [`Recommendation`].
//! The start load and its steps are worked out in `start`, heart rates in
//! `heart`, and whether the run fits the runner in `fit`.

use std::cmp::Reverse;

use super::advice;
use super::answer::{ChosenLoad, Effect, Fit, Load, LoadPer, Note, Reason, Recommendation};
use super::assess::assess;
use super::body::OverweightBy;
use super::energy::{self, Added};
use super::kinds::{Basis, Condition, Level, Named, Severity, Verdict, WeightType};
use super::limbs;
use super::mass::{Mass, Unit};
use super::message::{Message, Value};
use super::request::validate;
pub use super::request::{BODY_WEIGHT_KG, GuidanceError, MaxHrClash, Request, range_text};
use super::rules::{self, Range, id};

mod fit;
mod heart;
mod start;
#[cfg(test)]
mod tests;

use fit::{
    beyond_the_races, capacity, capacity_at_start, shorter_than_the_races, uth_beyond_ages,
    vo2max_below_shown,
};
use heart::loaded_heart_rate;
pub(crate) use heart::{
    heart_and_pace, max_hr_from_age, max_hr_from_age_values, standing_max_hr_from_age,
};
pub use start::snap_down;
use start::{increment_notes, start};
pub(crate) use start::{plan_top, weekly_rise};

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
    increment_notes(&request, load.as_ref(), &mut warnings);
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
    let speeds = request.speed_system();
    let energy = energy::energy(request.body_weight, &request.workout, added, speeds);
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
        warnings.extend(shorter_than_the_races(&judged, energy));
        warnings.extend(uth_beyond_ages(&judged, request.age));
        warnings.extend(vo2max_below_shown(&request, energy));
        judged
    });
    if request.workout.grade_percent < 0.0 && request.conditions.contains(&Condition::KneePain) {
        warnings.push(Note::from_advice(advice::DOWNHILL_KNEE));
    }
    warnings.extend(findings);
    // After what the run and the load call for, which compare shows first.
    warnings.extend(young_runner(&request));
    // Most severe first; equal severities keep the order above.
    warnings.sort_by_key(|warning| Reverse(warning.severity));
    // The vest's model fills the change the article leaves open.
    let heart_rate = heart_rate.or_else(|| heart.as_ref().and_then(|h| h.delta_bpm));
    if walking {
        for_a_walk(&mut warnings, &mut tips);
    }

    let (own, mut reason) = own_verdict(&request);
    if walking {
        reason_worded_for_a_walk(&mut reason.message);
    }
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

/// For a runner under 18, the caution that the loads and figures are an
/// adult's (rule `young-runner`).
fn young_runner(request: &Request) -> Option<Note> {
    let age = request.age.filter(|&age| age < rules::ADULT_FROM_YEARS)?;
    Some(Note::with(
        advice::YOUNG_RUNNER,
        [("age", Value::Decimal(age))],
    ))
}

/// Whether a load of `load` makes sense as `weight_type` for `runner`
/// (rule `load-suits`): where the runner said what it is for (`2lb
/// each`), the kinds that load that limb; else by its size, and a load
/// that suits no kind suits every kind, so that the runner's own load is
/// never dropped unjudged.
#[must_use]
pub fn load_suits(weight_type: WeightType, load: Mass, runner: &Request) -> bool {
    if let Some(limb) = runner.chosen_load_for {
        return limb.fits(weight_type);
    }
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

/// A verdict's reason, or `compare`'s best pick, in its words for a walk,
/// where it has them (rule `gait`).
pub(crate) fn reason_worded_for_a_walk(message: &mut Message) {
    if let Some(words) = advice::reason_for_a_walk(message.template) {
        message.template = words;
    }
}

/// `notes` in their words for a walk, where they have them (rule `gait`).
pub(crate) fn worded_for_a_walk<'a>(notes: impl IntoIterator<Item = &'a mut Note>) {
    for note in notes {
        if let Some(words) = advice::for_a_walk(note.id, note.message.template) {
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
    // That share is the running model's (rule `vest-calories`); a walk is
    // costed by Pandolf's equation, whose share depends on the speed: with
    // none, no figure.
    let walk_without_speed = request.workout.is_walk() && request.workout.speed.is_none();
    let calories = (!walk_without_speed).then(|| Effect {
        range: Range::new(shares.0 * per_percent, shares.1 * per_percent),
        basis: Basis::Model,
        source: id::VEST_CALORIES,
    });

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
    (Some(load), None, calories)
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
    warnings.push(if request.conditions.contains(&Condition::BackPain) {
        Note::worded(advice::HAND_POSTURE, advice::HAND_POSTURE_BACK, [])
    } else {
        Note::from_advice(advice::HAND_POSTURE)
    });
    warnings.push(Note::from_advice(advice::HAND_STRIDE));
    warnings.extend(go_ahead(request));
    warnings.extend([advice::HAND_BLOOD_PRESSURE, advice::SLOWER_PACE].map(Note::from_advice));
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
