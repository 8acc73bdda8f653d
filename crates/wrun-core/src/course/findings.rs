//! What an answer on a course says beside its figures: notes on what was
//! done to the file and where the models were stretched, and the same
//! judgment as every answer (rule `one-verdict`).

use super::cost::{Costed, Coster, Totals};
use super::ground::{Cleaned, longest_climbs};
use super::measure::{Measured, Stretch};
use super::{Carried, CourseError, CourseRequest, Stop, Timing};
use crate::advice;
use crate::answer::{Note, Recommendation};
use crate::energy::JOULES_PER_KCAL;
use crate::kinds::{Condition, Gait, Level};
use crate::mass::{Unit, round1};
use crate::message::Value;
use crate::recommend;
use crate::rules;
use crate::workout::{
    DISTANCE_M, DURATION_MIN, Duration, GRADE_PERCENT, Length, SPEED_M_PER_MIN, Speed, Workout,
};

/// What a recording makes of the pace and the usual heart rate the runner
/// gave, or did not give: its own times give its pace, so a given pace
/// serves only, where the file has no heart rate, to place the runner's
/// usual heart rate on the generic line; a usual heart rate without a pace
/// places nothing; and where the file has a heart rate, a usual one given
/// is not used.
fn given_notes(runner: &recommend::Request, costs: &Costed) -> Vec<advice::Advice> {
    let measured = costs.measured_heart().is_some();
    let usual = runner.heart.is_some();
    let pace = match (runner.workout.speed.is_some(), usual && !measured) {
        (true, true) => Some(advice::COURSE_PACE_FOR_HEART),
        (true, false) => Some(advice::COURSE_PACE_IGNORED),
        (false, true) => Some(advice::COURSE_HEART_NEEDS_PACE),
        (false, false) => None,
    };
    let heart = (usual && measured).then_some(advice::COURSE_HEART_IGNORED);
    pace.into_iter().chain(heart).collect()
}

/// The notes on what was done to the file: elevations read as none, no
/// elevation, times that make no recording (`timing`), what the pace and
/// usual heart rate the `runner` gave for a recording are used for, fixes
/// dropped as timed out of order or as jumps, stops, and how high a
/// planned course reaches (a recording was run at its altitude).
pub(super) fn file_notes(
    measured: &Measured,
    cleaned: &Cleaned,
    timing: Timing,
    runner: &recommend::Request,
    costs: &Costed,
) -> Vec<Note> {
    let unit = runner.unit;
    let mut notes = Vec::new();
    if let Some((count, first)) = cleaned.unread {
        notes.push(Note::worded(
            advice::COURSE_NO_READINGS,
            for_count(advice::COURSE_NO_READINGS, advice::COURSE_NO_READING, count),
            [
                ("count", Value::Count(count)),
                ("example", Value::Decimal(first)),
            ],
        ));
    }
    if !measured.has_elevation {
        notes.push(Note::from_advice(advice::COURSE_FLAT));
    }
    notes.extend(timing.note().map(Note::from_advice));
    if timing == Timing::Recorded {
        let given = given_notes(runner, costs);
        notes.extend(given.into_iter().map(Note::from_advice));
    }
    if cleaned.glitches > 0 {
        notes.push(Note::worded(
            advice::COURSE_TIME_GLITCHES,
            for_count(
                advice::COURSE_TIME_GLITCHES,
                advice::COURSE_TIME_GLITCH,
                cleaned.glitches,
            ),
            [("count", Value::Count(cleaned.glitches))],
        ));
    }
    if cleaned.jumps > 0 {
        notes.push(Note::worded(
            advice::COURSE_JUMPS,
            for_count(advice::COURSE_JUMPS, advice::COURSE_JUMP, cleaned.jumps),
            [
                ("count", Value::Count(cleaned.jumps)),
                ("limit", Value::Decimal(rules::ROUTE_JUMP_M_PER_S)),
            ],
        ));
    }
    notes.extend(stops_note(&measured.stops, measured.stopped_m, unit));
    if timing != Timing::Recorded {
        notes.extend(altitude_note(measured.elevation_range(), unit));
    }
    notes
}

/// The notes on where the models were stretched: grades past their range,
/// a planned descent held to the downhill cap, speeds past a model's, the
/// stretches walked with the gait left to wrun, and ground other than firm
/// (costed with Pandolf's factor on a walk, as paved on a run).
pub(super) fn model_notes(costs: &Costed, runner: &recommend::Request) -> Vec<Note> {
    let unit = runner.unit;
    let mut notes: Vec<Note> = clipped_note(&costs.clipped, unit).into_iter().collect();
    if costs.capped_m > 0.0 {
        notes.push(Note::with(
            advice::COURSE_DOWNHILL_CAPPED,
            [
                ("length", Value::Length(costs.capped_m, unit)),
                ("cap", Value::Decimal(rules::ROUTE_DOWNHILL_SPEED_CAP)),
            ],
        ));
    }
    let speed = |m_per_min: f64| Value::Speed(Speed::from_m_per_min(m_per_min), unit);
    let walk_run = ("walk_run", speed(rules::WALK_RUN_M_PER_MIN));
    if costs.fast_walk_m > 0.0 {
        let length = ("length", Value::Length(costs.fast_walk_m, unit));
        notes.push(Note::with(
            advice::COURSE_FAST_WALK,
            [length, walk_run.clone()],
        ));
    }
    if costs.slow_run_m > 0.0 {
        let length = ("length", Value::Length(costs.slow_run_m, unit));
        let from = ("from", speed(rules::ACSM_RUNNING_MIN_M_PER_MIN));
        notes.push(Note::with(advice::COURSE_SLOW_RUN, [length, from]));
    }
    if costs.steep_walk_m > 0.0 {
        let length = ("length", Value::Length(costs.steep_walk_m, unit));
        let tested = ("tested", Value::Decimal(rules::SANTEE_TESTED_GRADE_PERCENT));
        notes.push(Note::with(advice::COURSE_STEEP_WALK, [length, tested]));
    }
    if costs.walked_m > 0.0 && runner.workout.gait == Gait::Auto {
        notes.push(if costs.ran_m > 0.0 {
            let length = ("length", Value::Length(costs.walked_m, unit));
            Note::with(advice::COURSE_WALKED, [length, walk_run])
        } else {
            Note::worded(advice::COURSE_WALKED, advice::COURSE_ALL_WALKED, [walk_run])
        });
    }
    let terrain = runner.workout.terrain;
    if !terrain.is_firm() {
        if costs.walked_m > 0.0 {
            let values = crate::energy::terrain_costed(terrain);
            notes.push(Note::with(advice::COURSE_TERRAIN_WALKED, values));
        }
        if costs.ran_m > 0.0 {
            let values = [crate::energy::ground(terrain)];
            notes.push(Note::with(advice::COURSE_TERRAIN_RUN, values));
        }
    }
    notes
}

/// The note on a recording's stops: how many, how long in all, and the
/// ground the points moved while stopped, where that is enough to say.
pub(super) fn stops_note(stops: &[Stop], stopped_m: f64, unit: Unit) -> Option<Note> {
    if stops.is_empty() {
        return None;
    }
    let total: f64 = stops.iter().map(|s| s.seconds).sum();
    let count = ("count", Value::Count(stops.len()));
    let total = ("total", Value::Clock(total));
    Some(if stopped_m >= rules::ROUTE_STOP_GROUND_SAID_M {
        Note::worded(
            advice::COURSE_STOPS,
            if stops.len() == 1 {
                advice::COURSE_STOP_GROUND
            } else {
                advice::COURSE_STOPS_GROUND
            },
            [count, total, ("ground", Value::Length(stopped_m, unit))],
        )
    } else {
        Note::worded(
            advice::COURSE_STOPS,
            for_count(advice::COURSE_STOPS, advice::COURSE_STOP, stops.len()),
            [count, total],
        )
    })
}

/// The note on a planned course whose highest point, of its elevation
/// `range`, is high enough for the thinner air to matter (rule `altitude`):
/// the runner's fitness is taken as at home.
fn altitude_note(range: Option<(f64, f64)>, unit: Unit) -> Option<Note> {
    let altitude = rules::ALTITUDE;
    let highest = range
        .map(|(_, highest)| highest)
        .filter(|&metres| metres >= altitude.said_from_m)?;
    let bound = if highest > altitude.studied_to_m {
        advice::ALTITUDE_AT_LEAST
    } else {
        advice::ALTITUDE_ABOUT
    };
    Some(Note::with(
        advice::COURSE_ALTITUDE,
        [
            ("highest", Value::Elevation(highest, unit)),
            ("bound", Value::Words(bound)),
            (
                "loss",
                Value::Decimal(altitude.loss_percent(highest).round()),
            ),
        ],
    ))
}

/// The note on the stretches steeper than the models' range: how far they
/// run, the range, and the steepest grade.
pub(super) fn clipped_note(clipped: &[&Stretch], unit: Unit) -> Option<Note> {
    if clipped.is_empty() {
        return None;
    }
    let metres: f64 = clipped.iter().map(|s| s.metres).sum();
    let steepest = clipped
        .iter()
        .map(|s| s.grade)
        .max_by(|a, b| a.abs().total_cmp(&b.abs()))
        .unwrap_or_default();
    Some(Note::with(
        advice::COURSE_GRADE_CLIPPED,
        [
            ("length", Value::Length(metres, unit)),
            ("min", Value::Decimal(GRADE_PERCENT.min)),
            ("max", Value::Decimal(GRADE_PERCENT.max)),
            ("steepest", Value::Decimal(round1(steepest))),
        ],
    ))
}

/// The same judgment as every answer, over the course's own run (rule
/// `one-verdict`), with the course's own figures in place of those of the
/// flat run it was worked out on; `asked` is the runner as they asked,
/// their pace as typed, and the answer echoes their run (their flat pace,
/// gait and ground). With it, the note that the course was too short or
/// too long for its capacity to be judged, when it was.
pub(super) fn judge(
    request: &CourseRequest,
    asked: &recommend::Request,
    coster: &Coster,
    stretches: &[Stretch],
    totals: &Totals,
    loaded_watts: f64,
    recorded: bool,
) -> Result<(Recommendation, Option<Note>), CourseError> {
    let minutes = totals.seconds / 60.0;
    let mut runner = request.runner.clone();
    // The heart rate the runner reaches shows their maximum is at least
    // that: an estimate from age below it is left aside.
    runner.reached_hr = super::heart::reached(&runner, stretches);
    runner.heart = None;
    // A recording is an effort the runner held, with what they carried:
    // it shows a ceiling at least that high (rule `capacity`).
    if recorded && totals.seconds > 0.0 {
        let held = coster.vo2(totals.carried_kcal * JOULES_PER_KCAL / totals.seconds);
        runner.shown_vo2max = crate::capacity::shown_by(held, minutes);
    } else {
        // A planned course is run at the effort of the runner's usual flat
        // pace, one they hold for a run of up to an hour: it shows a ceiling
        // at least that high, in place of a lower one assumed for their
        // level or estimated from their heart rates (rule `capacity`).
        let usual = coster.vo2(coster.usual_watts());
        let held_for = minutes.min(rules::LEVEL_CEILINGS.usual_run_minutes);
        runner.usual_vo2max = crate::capacity::shown_by(usual, held_for);
    }
    // The flat, loaded speed that costs what the course does: the capacity
    // check then sees the course's own demand, over its own duration. The
    // check takes hand or ankle weights at the top of their share where
    // the course is costed at its middle, so their speed is the one that
    // costs as much at the top: else a recording would ask more than the
    // ceiling it shows itself. A course shorter or longer than any run
    // wrun judges is judged without its length (no capacity check), rather
    // than refused. It is judged in the gait that speed is costed in, so
    // that the check costs it as the course was.
    let cap = rules::ROUTE_ADJUSTED_MAX_M_PER_MIN;
    let gait = coster.runner.workout.gait;
    let held = match coster.carried {
        Carried::Vest(_) => coster.held(gait, 0.0, loaded_watts, true, cap),
        Carried::Limbs { calories, .. } => {
            let unloaded = loaded_watts / (1.0 + calories.range.max / 100.0);
            coster.held(gait, 0.0, unloaded, false, cap)
        }
    };
    let equivalent = held
        .speed
        .m_per_min()
        .clamp(SPEED_M_PER_MIN.min, SPEED_M_PER_MIN.max);
    let flat_m = equivalent * minutes;
    let judged_length = DURATION_MIN.contains(minutes) && DISTANCE_M.contains(flat_m);
    let unjudged = (!judged_length).then(|| capacity_unjudged(totals.seconds, flat_m, runner.unit));
    runner.workout = Workout {
        speed: Some(Speed::from_m_per_min(equivalent)),
        length: judged_length.then(|| Length::Time(Duration::from_minutes(minutes))),
        gait: held.gait,
        ..request.runner.workout
    };
    runner.workout.grade_percent = 0.0;
    runner.chosen_load = coster
        .carried
        .load()
        .filter(|m| m.kg() > 0.0)
        .or(runner.chosen_load);
    // The course's own findings are judged with the rest of the answer's.
    let mut findings = Vec::new();
    // A bare pace is the runner's, as typed (`asked`), not the flat speed
    // the course is judged at, nor a recording's own.
    findings.extend(recommend::pace_unit_assumed(asked));
    runner.assumed.pace_per = None;
    // A planned course is run at the usual pace the usual heart rate goes
    // with, and a recording without heart rate places the usual heart rate
    // at that pace: the two may disagree as on any run (rule
    // `heart-and-pace`). A recording's own heart rate leaves them unused.
    let measured_heart = stretches.iter().any(|s| s.heart.is_some());
    if !measured_heart && asked.workout.speed.is_some() {
        let gait = Gait::costed(asked.workout.is_walk());
        // At the pace as given, not a recording's own.
        let given = Coster {
            runner: asked,
            carried: coster.carried,
        };
        let usual = given.vo2(given.usual_watts());
        findings.extend(recommend::heart_and_pace(asked, usual, gait));
    }
    findings.extend(hill_findings(stretches, &runner, request.plan_week));
    let mut answer = recommend::recommend_with(&runner, findings)?;
    // Its figures are the course's own, not the flat run's.
    answer.energy = None;
    answer.request.workout = asked.workout;
    if let Some(effect) = answer.calorie_delta_percent.as_mut() {
        let percent = if totals.unloaded_kcal > 0.0 {
            (totals.loaded_kcal / totals.unloaded_kcal - 1.0) * 100.0
        } else {
            0.0
        };
        effect.range = rules::Range::new(percent, percent);
    }
    Ok((answer, unjudged))
}

/// What a hilly course means for the runner (rule `route-hills`): a
/// beginner is kept off hills until the plan's fourth week, and knee pain
/// is warned of the descents. A course is hilly by its stretches of hill
/// grade, or by one long climb or descent however gentle.
fn hill_findings(
    stretches: &[Stretch],
    runner: &recommend::Request,
    plan_week: Option<u32>,
) -> Vec<Note> {
    let hill_metres = |down_only: bool| -> f64 {
        stretches
            .iter()
            .filter(|s| s.is_hill() && (!down_only || s.grade < 0.0))
            .map(|s| s.metres)
            .sum()
    };
    // The course's profile, stretch by stretch, from 0 m.
    let profile: Vec<f64> = std::iter::once(0.0)
        .chain(stretches.iter().scan(0.0, |elevation, s| {
            *elevation += s.rise;
            Some(*elevation)
        }))
        .collect();
    let (climb, descent) = longest_climbs(&profile, rules::ROUTE_CLIMB_BREAK_M);
    let long = |metres: f64| metres >= rules::ROUTE_HILL_CLIMB_M;
    let mut findings = Vec::new();
    let descends = hill_metres(true) >= rules::ROUTE_HILL_MIN_M || long(descent);
    if descends && runner.conditions.contains(&Condition::KneePain) {
        findings.push(Note::from_advice(advice::DOWNHILL_KNEE));
    }
    let hilly = hill_metres(false) >= rules::ROUTE_HILL_MIN_M || long(climb) || long(descent);
    let hills_allowed =
        plan_week.is_some_and(|week| week >= rules::PLAN_ADAPT.beginner_hills_from_week);
    if hilly && runner.level == Level::Beginner && !hills_allowed {
        findings.push(Note::from_advice(advice::HILLS_EARLY));
    }
    findings
}

/// The note on a course of `seconds`, as costly as `flat_m` metres on the
/// flat, too short or too long for wrun to judge whether it can be held.
fn capacity_unjudged(seconds: f64, flat_m: f64, unit: Unit) -> Note {
    Note::with(
        advice::COURSE_CAPACITY_UNJUDGED,
        [
            ("time", Value::Clock(seconds)),
            ("flat", Value::Length(flat_m, unit)),
            ("min_minutes", Value::Decimal(DURATION_MIN.min)),
            ("max_hours", Value::Decimal(DURATION_MIN.max / 60.0)),
            ("min_length", Value::Length(DISTANCE_M.min, unit)),
            ("max_length", Value::Length(DISTANCE_M.max, unit)),
        ],
    )
}

/// The wording of `advice` for `count` things: its own for several, `one`
/// for a single one.
pub(super) fn for_count(advice: advice::Advice, one: &'static str, count: usize) -> &'static str {
    if count == 1 { one } else { advice.message }
}
