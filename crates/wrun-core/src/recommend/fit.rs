//! Whether the run fits the runner: the capacity check and the findings
//! beside it.

use super::heart::max_hr_for_vo2max;
use super::recommend;
use crate::advice;
use crate::answer::{Energy, Load, Note};
use crate::capacity::{self, Capacity, CeilingBasis};
use crate::kinds::{Severity, WeightType};
use crate::mass::round1;
use crate::message::{Message, Value};
use crate::request::Request;
use crate::rules;

/// A figure in mL/kg/min as the warnings show it, to one decimal.
fn tenths(value: f64) -> Value {
    Value::Decimal(round1(value))
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
pub(super) fn capacity(
    request: &Request,
    energy: &Energy,
    load: Option<&Load>,
) -> (Capacity, Option<Note>) {
    let usual = usual_vo2max(request, energy);
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
    let ceiling = ceiling_words(request, &runner, &judged);
    let note = judged.finding.map(|severity| {
        let ceiling = ("ceiling", Value::Sentence(ceiling.into()));
        let run = ("run", Value::Words(energy.gait().id()));
        let demand = ("demand", tenths(judged.demand));
        let load = ("load", judged_load(request, load));
        let minutes = ("minutes", Value::Decimal(judged.minutes.round()));
        let sustainable = ("sustainable", tenths(judged.sustainable));
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
                vec![run, demand, load, ("unloaded", tenths(unloaded)), ceiling],
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
                    ("unloaded", tenths(unloaded)),
                    sustainable,
                    minutes,
                ],
            ),
            (Severity::Danger, None) => {
                worded(advice::BEYOND_CEILING, vec![run, demand, load, ceiling])
            }
            // Beyond what can be held even without the weight: the run
            // itself is the trouble, and the runner is told so.
            (_, Some(_)) => worded(
                advice::BEYOND_CAPACITY_UNLOADED,
                vec![
                    run,
                    demand,
                    load,
                    minutes,
                    ("unloaded", tenths(unloaded)),
                    sustainable,
                    ceiling,
                ],
            ),
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

/// The least `VO2max` the runner's usual effort shows: a planned course's
/// usual pace, or a heart rate usual on this run, which says the runner
/// runs it without the weight, that effort held for the run's length
/// (rule `capacity`).
fn usual_vo2max(request: &Request, energy: &Energy) -> Option<f64> {
    request.usual_vo2max.or_else(|| {
        request
            .heart
            .and_then(|_| capacity::shown_by(energy.vo2_ml_per_kg_min, energy.duration.minutes()))
    })
}

/// Where a recording or the runner's usual effort shows a higher ceiling
/// than the `VO2max` they give, the note that says so: a recording's
/// replaces theirs; by a usual effort's, wrun keeps to theirs, so a run
/// they hold may be judged beyond them (rule `capacity`).
pub(super) fn vo2max_below_shown(request: &Request, energy: &Energy) -> Option<Note> {
    let given = request.vo2max?;
    // Below by as much as the note shows: never "at least 30, above the 30".
    let below = |shown: &f64| round1(given) < round1(*shown);
    if let Some(shown) = request.shown_vo2max.filter(below) {
        return Some(Note::with(
            advice::VO2MAX_BELOW_SHOWN,
            [("shown", tenths(shown)), ("vo2max", tenths(given))],
        ));
    }
    let usual = usual_vo2max(request, energy).filter(below)?;
    let template = if request.usual_vo2max.is_some() {
        advice::VO2MAX_BELOW_USUAL_PACE
    } else {
        advice::VO2MAX_BELOW_USUAL.message
    };
    Some(Note::worded(
        advice::VO2MAX_BELOW_USUAL,
        template,
        vec![
            ("run", Value::Words(energy.gait().id())),
            ("usual", tenths(usual)),
            ("vo2max", tenths(given)),
        ],
    ))
}

/// The runner's ceiling in words, with where it came from, for the
/// capacity warnings.
fn ceiling_words(request: &Request, runner: &capacity::Runner, judged: &Capacity) -> Message {
    let vo2max = ("vo2max", tenths(judged.ceiling));
    match judged.basis {
        CeilingBasis::Given => Message::new(advice::CEILING_GIVEN, [vo2max]),
        CeilingBasis::HeartRates => Message::new(advice::CEILING_FROM_HEART_RATES, [vo2max]),
        CeilingBasis::Recording => Message::new(advice::CEILING_FROM_RECORDING, [vo2max]),
        CeilingBasis::UsualPace => Message::new(advice::CEILING_FROM_USUAL_PACE, [vo2max]),
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
                    [vo2max, level, ("age", Value::Decimal(age)), wanted],
                ),
                _ => Message::new(advice::CEILING_FOR_LEVEL, [vo2max, level, wanted]),
            }
        }
    }
}

/// Where the ceiling comes of heart rates by Uth's formula and the runner's
/// age is outside the years it was fitted on, the note that says so.
pub(super) fn uth_beyond_ages(judged: &Capacity, age: Option<f64>) -> Option<Note> {
    let age = age.filter(|&age| !rules::UTH_AGES_YEARS.contains(age))?;
    (judged.basis == CeilingBasis::HeartRates).then(|| {
        Note::with(
            advice::UTH_BEYOND_AGES,
            [
                ("vo2max", tenths(judged.ceiling)),
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
pub(super) fn beyond_the_races(judged: &Capacity, energy: &Energy) -> Option<Note> {
    (judged.minutes > rules::DANIELS_GILBERT_LONGEST_MIN).then(|| {
        Note::with(
            advice::CAPACITY_BEYOND_RACES,
            [
                ("minutes", Value::Decimal(judged.minutes.round())),
                ("run", Value::Words(energy.gait().id())),
                ("sustainable", tenths(judged.sustainable)),
            ],
        )
    })
}

/// Where a run shorter than the races Daniels and Gilbert fitted the share
/// held on is found beyond the runner, the note that says the finding
/// leaves out the anaerobic energy so short an effort draws on.
pub(super) fn shorter_than_the_races(judged: &Capacity, energy: &Energy) -> Option<Note> {
    let shorter = judged.minutes < rules::DANIELS_GILBERT_SHORTEST_MIN;
    (shorter && judged.finding.is_some()).then(|| {
        Note::with(
            advice::CAPACITY_SHORT_EFFORT,
            [
                ("minutes", tenths(judged.minutes)),
                ("run", Value::Words(energy.gait().id())),
                ("demand", tenths(judged.demand)),
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
pub(super) fn capacity_at_start(
    request: &Request,
    load: Option<&Load>,
    energy: &Energy,
    top: &Capacity,
) -> Option<Note> {
    let worst = top.finding?;
    let load = load.filter(|_| request.chosen_load.is_none())?;
    // A start as heavy as the top would be found no better below; this
    // spares answering the run again.
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
    let load = ("load", judged_load(&at_start, Some(load)));
    let run = ("run", Value::Words(energy.gait().id()));
    let demand = ("demand", tenths(judged.demand));
    let minutes = ("minutes", Value::Decimal(judged.minutes.round()));
    Some(match judged.finding {
        None => Note::with(advice::CAPACITY_AT_START, [load, run, demand, minutes]),
        Some(severity) => {
            let sustainable = ("sustainable", tenths(judged.sustainable));
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
