//! One module per command: each turns parsed flags into domain values, asks
//! [`crate::guidance`] and hands the answer to a renderer. What they share —
//! building a request and blaming a bad value on its flag — lives here.

pub mod batch;
pub mod compare;
pub mod config;
pub mod man;
pub mod plan;
pub mod recommend;
pub mod route;
pub mod schema;
pub mod shell;
pub mod sources;

use std::borrow::Cow;

use crate::cli::{Field, RunnerArgs, Typed, UnitSource, WorkoutArgs};
use crate::error::Error;
use crate::guidance::Named;
use crate::guidance::{
    Assumed, Duration, GuidanceError, HeartRates, Length, Request, Speed, SpeedUnit, WeightType,
    Workout,
};
use crate::guidance::{
    DEFAULT_RESTING_BPM, DISTANCE_M, DURATION_MIN, MaxHrClash, SPEED_M_PER_MIN, speed_limits,
};
use crate::parse::{LoadInput, WorkoutError, split_per_limb};

/// `field`, given without what the run's speed comes from, named as its
/// source names them.
#[cold]
fn needs_speed(runner: &RunnerArgs, field: Field) -> Error {
    let name = |field| runner.name(field);
    let (pace, speed) = (name(Field::Pace), name(Field::Speed));
    // A duration's speed may come from a distance, and a distance's from a
    // duration; a grade's needs a speed, or both.
    let needs = match field {
        Field::Duration => format!("{pace}, {speed} or {}", name(Field::Distance)),
        Field::Distance => format!("{pace}, {speed} or {}", name(Field::Duration)),
        _ => format!(
            "{pace} or {speed}, or {} and {} together",
            name(Field::Duration),
            name(Field::Distance)
        ),
    };
    Error::Needs {
        flag: name(field).to_owned(),
        needs,
    }
}

/// The request the flags describe, and the unit its speed was given in (km/h
/// when none was), for the text to show speeds back the same way.
///
/// # Errors
/// [`Error::Usage`] when a run option is given without the one it needs.
pub fn request(
    runner: &RunnerArgs,
    weight_type: WeightType,
    workout: Option<&WorkoutArgs>,
) -> Result<Request, Error> {
    if let Some(field) = workout.and_then(WorkoutArgs::missing_speed) {
        return Err(needs_speed(runner, field));
    }
    built(runner, weight_type, workout)
}

/// [`request`] for a course, whose file holds the run: a gait or ground
/// given for a recording needs no pace (a planned course asks for its
/// own).
///
/// # Errors
/// [`Error::Usage`] when a run option is given without the one it needs.
pub fn course_request(
    runner: &RunnerArgs,
    weight_type: WeightType,
    workout: &WorkoutArgs,
) -> Result<Request, Error> {
    built(runner, weight_type, Some(workout))
}

/// What [`request`] and [`course_request`] share: the request, once the
/// caller has settled where the run's speed comes from.
fn built(
    runner: &RunnerArgs,
    weight_type: WeightType,
    workout: Option<&WorkoutArgs>,
) -> Result<Request, Error> {
    if let Some(workout) = workout.filter(|w| w.hr.is_some() || w.speed().is_some()) {
        run_problems(runner, workout)?;
    }
    let pace_assumed = workout.and_then(|workout| bare_pace_unit(runner, workout));
    let resolved = workout
        .map(|workout| settle_clock(runner, settle_pace(workout, pace_assumed)))
        .transpose()?;
    let workout = resolved.as_ref();
    let unit = runner.unit;
    let mut request = Request::new(runner.weight.value.resolve(unit), weight_type);
    request.level = runner.level;
    request.conditions.clone_from(&runner.conditions);
    request.increment = runner
        .increment
        .as_ref()
        .map(|step| step.value.resolve(unit));
    request.unit = unit;
    request.assumed = Assumed {
        // A bare weight is read in pounds only where no unit was chosen.
        pounds: runner.weight.value.unit.is_none() && runner.unit_source == UnitSource::Default,
        pace_per: pace_assumed,
    };
    request.height = runner.height.as_ref().map(|height| height.value);
    request.age = runner.age.as_ref().map(|age| age.value);
    request.vo2max = runner.vo2max.as_ref().map(|vo2max| vo2max.value);
    let given = |flag: Option<&Typed<f64>>, profile: Option<&Typed<f64>>| {
        flag.or(profile).map(|bpm| bpm.value)
    };
    request.resting_hr = given(
        workout.and_then(|w| w.body.heart.resting_hr.as_ref()),
        runner.resting_hr.as_ref(),
    );
    request.max_hr = given(
        workout.and_then(|w| w.body.heart.max_hr.as_ref()),
        runner.max_hr.as_ref(),
    );
    if let Some(workout) = workout {
        let length = workout
            .duration
            .as_ref()
            .map(|time| Length::Time(time.value))
            .or_else(|| workout.distance.as_ref().map(|d| Length::Distance(d.value)));
        let speed = run_speed(runner, workout, pace_assumed)?;
        request.speed_unit = speed.map(|(_, given_in)| given_in);
        request.workout = Workout {
            speed: speed.map(|(speed, _)| speed),
            grade_percent: workout.grade.as_ref().map_or(0.0, |grade| grade.value),
            length,
            gait: workout.body.gait,
            terrain: workout.body.terrain,
        };
        let body = request.body_weight;
        request.chosen_load = workout
            .load
            .as_ref()
            .map(|load| load.value.resolve(body, unit));
        request.chosen_load_for = workout
            .load
            .as_ref()
            .and_then(|load| split_per_limb(&load.text).1);
        request.heart = workout.hr.as_ref().map(|hr| HeartRates {
            usual: hr.value,
            resting: request.resting_hr.unwrap_or(DEFAULT_RESTING_BPM),
            max: request.max_hr,
        });
    }
    Ok(request)
}

/// The unit a pace that left out its distance (`5:30`) is read in: per
/// mile in pounds, per kilometre in kilograms. `None` for a pace that says
/// (`5:30/km`, `9 minutes per mile`), as the parser reads it.
// Kept out of line, as `request_cell` is: with the parser called in it,
// inlined, NDJSON batches of records without a pace ran 8 % slower
// (bench/RESULTS.md, stop 56).
#[inline(never)]
fn bare_pace_unit(runner: &RunnerArgs, workout: &WorkoutArgs) -> Option<SpeedUnit> {
    let pace = workout.pace.as_ref()?;
    let bare = crate::parse::parse_pace(pace.read()) == Err(WorkoutError::PaceWithoutUnit);
    bare.then_some(match runner.unit {
        crate::guidance::Unit::Lb => SpeedUnit::PerMile,
        crate::guidance::Unit::Kg => SpeedUnit::PerKm,
    })
}

/// The run with a pace that left out its distance read per `unit`.
fn settle_pace(workout: &WorkoutArgs, unit: Option<SpeedUnit>) -> Cow<'_, WorkoutArgs> {
    let (Some(pace), Some(SpeedUnit::PerMile)) = (&workout.pace, unit) else {
        return Cow::Borrowed(workout);
    };
    // Read per kilometre by the parser: the same minutes, per mile.
    let minutes = pace.value.seconds_per_km() / 60.0;
    let mut settled = workout.clone();
    settled.pace = Some(Typed {
        value: Speed::covering(
            crate::guidance::Distance::from_miles(1.0),
            Duration::from_minutes(minutes),
        ),
        ..pace.clone()
    });
    Cow::Owned(settled)
}

/// The run with a bare `a:bb` duration settled: read as hours and minutes
/// or as minutes and seconds, whichever agrees with the pace and distance
/// given beside it.
///
/// # Errors
/// [`Error::Usage`] offering both readings when nothing settles it.
fn settle_clock<'a>(
    runner: &RunnerArgs,
    workout: Cow<'a, WorkoutArgs>,
) -> Result<Cow<'a, WorkoutArgs>, Error> {
    let Some(duration) = &workout.duration else {
        return Ok(workout);
    };
    let longest = Duration::from_minutes(crate::guidance::DURATION_MIN.max);
    let Some((as_minutes, as_hours)) = crate::parse::clock_readings(duration.read(), longest)
    else {
        return Ok(workout);
    };
    let agrees = |time: Duration| {
        let (Some((_, speed)), Some(distance)) = (workout.speed(), &workout.distance) else {
            return false;
        };
        let covered = Speed::covering(distance.value, time);
        (speed.value.m_per_min() / covered.m_per_min() - 1.0).abs() <= SPEEDS_AGREE_WITHIN
    };
    let text = duration.read().trim();
    let (whole, part) = text.split_once(':').unwrap_or((text, "00"));
    let value = match (agrees(as_minutes), agrees(as_hours)) {
        (true, false) => as_minutes,
        (false, true) => as_hours,
        _ => {
            return Err(Error::Usage(format!(
                "{} {text} could be {whole} min {part} s or {whole} h {part} min: write \
                 {whole}m{part}s or {whole}h{part}",
                runner.name(Field::Duration)
            )));
        }
    };
    // The text stays as typed, as `settle_pace` keeps a pace's.
    let duration = Typed {
        value,
        ..duration.clone()
    };
    let mut settled = workout.into_owned();
    settled.duration = Some(duration);
    Ok(Cow::Owned(settled))
}

/// How far a pace or speed and the one `--distance` in `--duration` makes
/// may differ, as a share.
const SPEEDS_AGREE_WITHIN: f64 = 0.01;

/// The unit a pace or speed was typed in, to show it back in: per mile or
/// per kilometre for a pace (`pace_assumed` for a bare one), mph or km/h
/// for a speed.
fn typed_unit(field: Field, text: &str, pace_assumed: Option<SpeedUnit>) -> SpeedUnit {
    // `9:30/mi`, `6 mi/h`, `6.5mph`: miles however they are written; the
    // "min" of `5:30 min/km` is no mile.
    let text = text.to_ascii_lowercase().replace("min", "");
    let miles = text.contains("mi") || text.contains("mph");
    pace_assumed.unwrap_or(match (field, miles) {
        (Field::Pace, true) => SpeedUnit::PerMile,
        (Field::Pace, false) => SpeedUnit::PerKm,
        (_, true) => SpeedUnit::MilePerHour,
        (_, false) => SpeedUnit::KmPerHour,
    })
}

/// The run's speed and how to show it: from `--pace` or `--speed`, else
/// from `--distance` in `--duration`; when all are given, they must agree.
///
/// # Errors
/// [`Error::Usage`] naming the flags when they disagree by more than 1 %.
fn run_speed(
    runner: &RunnerArgs,
    workout: &WorkoutArgs,
    pace_assumed: Option<SpeedUnit>,
) -> Result<Option<(Speed, SpeedUnit)>, Error> {
    let covered = match (&workout.distance, &workout.duration) {
        (Some(distance), Some(time)) => {
            // Each against its own range first, as either is checked when it
            // comes alone: 5 km in `0m` is a duration out of range, not a
            // speed of "inf km/h". The request keeps only the duration.
            let out_of_range = if !DURATION_MIN.contains(time.value.minutes()) {
                Some(GuidanceError::DurationOutOfRange)
            } else if !DISTANCE_M.contains(distance.value.metres()) {
                Some(GuidanceError::DistanceOutOfRange)
            } else {
                None
            };
            if let Some(err) = out_of_range {
                return Err(blame(&err, runner, Some(workout)));
            }
            Some((Speed::covering(distance.value, time.value), distance))
        }
        _ => None,
    };
    match (workout.speed(), covered) {
        (Some((field, speed)), covered) => {
            let shown = typed_unit(field, speed.read(), pace_assumed);
            if let Some((derived, distance)) = covered {
                if (speed.value.m_per_min() / derived.m_per_min() - 1.0).abs() > SPEEDS_AGREE_WITHIN
                {
                    let time = workout
                        .duration
                        .as_ref()
                        .map_or("", |time| time.text.as_str());
                    return Err(Error::Usage(format!(
                        "{} {} disagrees with {} {} in {} {time}, which is {}; give two of the \
                         three, or values within 1 % of each other",
                        runner.name(field),
                        speed.text,
                        runner.name(Field::Distance),
                        distance.text,
                        runner.name(Field::Duration),
                        derived.show(shown)
                    )));
                }
            }
            Ok(Some((speed.value, shown)))
        }
        // A pace from a distance, per mile or per kilometre as it was typed.
        (None, Some((derived, distance))) => Ok(Some((
            derived,
            typed_unit(Field::Pace, distance.read(), None),
        ))),
        (None, None) => Ok(None),
    }
}

/// The profile's heart rates and `VO2max` serve a run (its loaded heart rate
/// and capacity): a bad one is an error only for a run, and only where no
/// flag gives the value. (A bad age is refused for every answer: see the
/// resolver.)
///
/// # Errors
/// [`Error::Usage`] with the first bad value's message.
pub fn run_problems(runner: &RunnerArgs, workout: &WorkoutArgs) -> Result<(), Error> {
    for (field, why) in &runner.run_problems {
        let given = match field {
            Field::RestingHr => workout.body.heart.resting_hr.is_some(),
            Field::MaxHr => workout.body.heart.max_hr.is_some(),
            _ => false,
        };
        if !given {
            return Err(Error::Usage(why.clone()));
        }
    }
    Ok(())
}

/// A [`GuidanceError`] as a usage error naming the flag and the value typed.
#[must_use]
pub fn blame(err: &GuidanceError, runner: &RunnerArgs, workout: Option<&WorkoutArgs>) -> Error {
    fn text<T>(arg: Option<&Typed<T>>) -> &str {
        arg.map_or("", |arg| arg.text.as_str())
    }
    let run = |pick: fn(&WorkoutArgs) -> Option<&Typed<f64>>| workout.and_then(pick);
    let plain_mass = |arg: &Typed<crate::parse::MassInput>| {
        if arg.value.unit.is_none() {
            read_in_unit(err, runner)
        } else {
            err.to_string()
        }
    };
    match err {
        GuidanceError::BodyWeightOutOfRange => Error::invalid_value(
            runner.name(Field::Weight),
            &runner.weight.text,
            plain_mass(&runner.weight),
        ),
        GuidanceError::IncrementOutOfRange => {
            let step = runner.increment.as_ref();
            let why = step.map_or_else(|| err.to_string(), plain_mass);
            Error::invalid_value(runner.name(Field::Increment), text(step), why)
        }
        GuidanceError::SpeedOutOfRange => speed_out_of_range(err, runner, workout),
        GuidanceError::GradeOutOfRange => Error::invalid_value(
            runner.name(Field::Grade),
            text(run(|w| w.grade.as_ref())),
            err,
        ),
        GuidanceError::DurationOutOfRange => {
            let typed = text(workout.and_then(|w| w.duration.as_ref()));
            let why = duration_saved_as_time(typed)
                .map_or_else(|| err.to_string(), |hint| format!("{err}; {hint}"));
            Error::invalid_value(runner.name(Field::Duration), typed, why)
        }
        GuidanceError::DistanceOutOfRange => Error::invalid_value(
            runner.name(Field::Distance),
            text(workout.and_then(|w| w.distance.as_ref())),
            err,
        ),
        GuidanceError::HeartRateOutOfRange => {
            Error::invalid_value(runner.name(Field::Hr), text(run(|w| w.hr.as_ref())), err)
        }
        GuidanceError::HeartRateNotAboveResting => not_above_resting(err, runner, workout),
        GuidanceError::RestingHeartRateOutOfRange => heart_rate_out_of_range(
            err,
            run(|w| w.body.heart.resting_hr.as_ref()),
            runner.resting_hr.as_ref(),
            runner,
            Field::RestingHr,
        ),
        GuidanceError::MaxHeartRateOutOfRange { clash } => {
            let why = clash
                .and_then(|clash| max_hr_clash(clash, runner, workout))
                .map_or_else(|| err.to_string(), |clash| format!("{err}{clash}"));
            heart_rate_out_of_range(
                &why,
                run(|w| w.body.heart.max_hr.as_ref()),
                runner.max_hr.as_ref(),
                runner,
                Field::MaxHr,
            )
        }
        GuidanceError::ChosenLoadOutOfRange | GuidanceError::ChosenLoadNotForKind { .. } => {
            load_refused(err, runner, workout.and_then(|w| w.load.as_ref()))
        }
        GuidanceError::RunOutOfRange { .. } => run_out_of_range(err, runner, workout),
        // Only a plan's calendar makes these, and `wrun plan` tells them
        // with the values of its calendar flags (`plan::calendar_error`).
        GuidanceError::TooFewDays { .. } | GuidanceError::PastTheCalendar => {
            Error::Usage(err.to_string())
        }
        GuidanceError::HeightOutOfRange => Error::invalid_value(
            runner.name(Field::Height),
            text(runner.height.as_ref()),
            err,
        ),
        GuidanceError::AgeOutOfRange => {
            Error::invalid_value(runner.name(Field::Age), text(runner.age.as_ref()), err)
        }
        GuidanceError::Vo2maxOutOfRange => Error::invalid_value(
            runner.name(Field::Vo2max),
            text(runner.vo2max.as_ref()),
            err,
        ),
        GuidanceError::WeeksOutOfRange => Error::Usage(format!(
            "invalid value for '{}': {err}",
            runner.name(Field::Weeks)
        )),
    }
}

/// The heart rate a maximum heart rate within its range clashed with, as
/// given, to follow its error: the one on the run it is below, or the
/// resting one it is not above.
fn max_hr_clash(
    clash: MaxHrClash,
    runner: &RunnerArgs,
    workout: Option<&WorkoutArgs>,
) -> Option<String> {
    match clash {
        MaxHrClash::Run => {
            let hr = workout.and_then(|w| w.hr.as_ref())?;
            Some(format!(", here {}", hr.text))
        }
        MaxHrClash::Resting => {
            let resting = resting_given(runner, workout)?;
            Some(format!("; the resting heart rate here is {resting}"))
        }
    }
}

/// The resting heart rate given, as its source gives it: the flag's, or
/// the profile's and where it is; `None` when neither gives one.
fn resting_given(runner: &RunnerArgs, workout: Option<&WorkoutArgs>) -> Option<String> {
    let flag = workout.and_then(|w| w.body.heart.resting_hr.as_ref());
    match (flag, &runner.resting_hr) {
        (Some(flag), _) => Some(flag.text.clone()),
        (None, Some(profile)) => Some(format!(
            "{}, {}",
            profile.text,
            heart_name(runner, Field::RestingHr)
        )),
        (None, None) => None,
    }
}

/// A resting or maximum heart rate out of range, named as its source
/// names `field`: the runner's flag or record field, or the profile's key.
fn heart_rate_out_of_range(
    err: &dyn std::fmt::Display,
    given: Option<&Typed<f64>>,
    profile: Option<&Typed<f64>>,
    runner: &RunnerArgs,
    field: Field,
) -> Error {
    match (given, profile) {
        (None, Some(profile)) => {
            Error::invalid_value(&heart_name(runner, field), &profile.text, err)
        }
        _ => Error::invalid_value(
            runner.name(field),
            given.map_or("", |g| g.text.as_str()),
            err,
        ),
    }
}

/// `--hr` at or below the resting heart rate, saying which resting rate:
/// the flag's, the profile's (and where it is), or the default.
fn not_above_resting(
    err: &GuidanceError,
    runner: &RunnerArgs,
    workout: Option<&WorkoutArgs>,
) -> Error {
    let resting = resting_given(runner, workout)
        .unwrap_or_else(|| format!("{DEFAULT_RESTING_BPM} by default"));
    let hr = workout.and_then(|w| w.hr.as_ref());
    Error::invalid_value(
        runner.name(Field::Hr),
        hr.map_or("", |hr| hr.text.as_str()),
        format!("{err} ({resting})"),
    )
}

/// How the profile names its heart rate `field`.
fn heart_name(runner: &RunnerArgs, field: Field) -> String {
    runner
        .heart_names
        .iter()
        .find(|(named, _)| *named == field)
        .map_or_else(
            || format!("{} in the profile", field.key()),
            |(_, name)| name.clone(),
        )
}

/// A run too long or too short, naming the flags that made it.
fn run_out_of_range(
    err: &GuidanceError,
    runner: &RunnerArgs,
    workout: Option<&WorkoutArgs>,
) -> Error {
    Error::Usage(format!(
        "invalid run: {}: {err}",
        given_run(runner, workout)
    ))
}

/// `err`, and the unit a plain number was read in, and where that came
/// from: `…; a plain number is read in lb (from WRUN_UNIT)`.
fn read_in_unit(err: &GuidanceError, runner: &RunnerArgs) -> String {
    let unit = runner.unit;
    match runner.source(Field::Unit) {
        None => format!("{err}; a plain number is read in {unit}"),
        Some(source) => format!("{err}; a plain number is read in {unit} (from {source})"),
    }
}

/// The load refused: out of range, told how a plain number was read or
/// what a share of body weight made; or said to be for a limb the kind
/// does not load, told the kind to set.
fn load_refused(
    err: &GuidanceError,
    runner: &RunnerArgs,
    load: Option<&Typed<LoadInput>>,
) -> Error {
    let unit = runner.unit;
    let why = match (err, load.map(|load| load.value)) {
        (GuidanceError::ChosenLoadNotForKind { limb, .. }, _) => {
            // The kinds the load fits, as `PerLimb::fits` has them.
            let fits: Vec<&str> = <WeightType as Named>::ALL
                .iter()
                .filter(|&&kind| limb.fits(kind))
                .map(|&kind| kind.id())
                .collect();
            let kind = runner.name(Field::Type);
            format!(
                "{err}: set '{kind}' to {}, or give the load alone",
                fits.join(" or ")
            )
        }
        (_, Some(LoadInput::Mass(mass))) if mass.unit.is_none() => read_in_unit(err, runner),
        (_, Some(share @ LoadInput::Percent(percent))) => {
            // The share is of the body weight, which may come from a
            // variable or the profile: say what it made.
            let body = runner.weight.value.resolve(unit);
            let made = share.resolve(body, unit);
            format!(
                "{err}; {percent} % of {} is {}",
                body.display(unit),
                made.display(unit)
            )
        }
        _ => err.to_string(),
    };
    let typed = load.map_or("", |load| load.text.as_str());
    Error::invalid_value(runner.name(Field::Load), typed, why)
}

/// A speed out of range: the flag that gave it, or, for a speed worked out
/// from the distance and the duration, those and the speed they make.
fn speed_out_of_range(
    err: &GuidanceError,
    runner: &RunnerArgs,
    workout: Option<&WorkoutArgs>,
) -> Error {
    if let Some((field, speed)) = workout.and_then(WorkoutArgs::speed) {
        // Told in the unit it was typed in: a pace as a pace.
        let unit = typed_unit(
            field,
            speed.read(),
            workout.and_then(|workout| bare_pace_unit(runner, workout)),
        );
        let mut why = speed_limits(unit);
        if field == Field::Pace {
            if let Some(hint) = pace_saved_as_time(&speed.text, unit) {
                why = format!("{why}; {hint}");
            }
        }
        return Error::invalid_value(runner.name(field), &speed.text, why);
    }
    let made = workout
        .and_then(|w| {
            Some(Speed::covering(
                w.distance.as_ref()?.value,
                w.duration.as_ref()?.value,
            ))
        })
        .map_or_else(String::new, |speed| format!(", which is {speed}"));
    Error::Usage(format!(
        "invalid run: {}{made}: {err}",
        given_run(runner, workout)
    ))
}

/// The `a:bb` of a clock typed as `a:bb:00`, as a spreadsheet saves a cell
/// it took for a time of day (`9:00` as `9:00:00`): what a pace or a
/// duration out of range may have been meant as.
fn clock_saved_as_time(text: &str) -> Option<&str> {
    let (clock, seconds) = text.trim().rsplit_once(':')?;
    let (hours, minutes) = clock.split_once(':')?;
    let digits = |part: &str, most: usize| {
        (1..=most).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit())
    };
    (seconds == "00" && digits(hours, 2) && minutes.len() == 2 && digits(minutes, 2))
        .then_some(clock)
}

/// What to say of a pace out of range typed as `9:00:00`, which reads as
/// nine hours a mile, where `9:00` per `unit` is a pace wrun takes.
fn pace_saved_as_time(text: &str, unit: SpeedUnit) -> Option<String> {
    let clock = clock_saved_as_time(text)?;
    let meant = match unit {
        SpeedUnit::PerKm => format!("{clock}/km"),
        SpeedUnit::PerMile => format!("{clock}/mi"),
        SpeedUnit::KmPerHour | SpeedUnit::MilePerHour => return None,
    };
    let speed = crate::parse::parse_pace(&meant).ok()?;
    SPEED_M_PER_MIN.contains(speed.m_per_min()).then(|| {
        format!(
            "{} reads as hours, minutes and seconds: for {meant}, write {meant} (a spreadsheet \
             may have taken {clock} for a time of day)",
            text.trim()
        )
    })
}

/// What to say of a duration out of range typed as `45:00:00`, which
/// reads as 45 hours: as minutes and seconds, it is a duration wrun takes.
fn duration_saved_as_time(text: &str) -> Option<String> {
    let clock = clock_saved_as_time(text)?;
    let (minutes, seconds) = clock.split_once(':')?;
    let meant_min = minutes.parse::<f64>().ok()? + seconds.parse::<f64>().ok()? / 60.0;
    if !DURATION_MIN.contains(meant_min) {
        return None;
    }
    let meant = if seconds == "00" {
        format!("{minutes} min, write {minutes}m")
    } else {
        format!("{minutes} min {seconds} s, write {minutes}m{seconds}s")
    };
    Some(format!(
        "{} reads as hours, minutes and seconds: for {meant} (a spreadsheet may have taken \
         {clock} for a time of day)",
        text.trim()
    ))
}

/// The run flags given, as typed: `--pace 6:00/km with --distance 100m`.
fn given_run(runner: &RunnerArgs, workout: Option<&WorkoutArgs>) -> String {
    let Some(workout) = workout else {
        return String::new();
    };
    let speed = workout
        .speed()
        .map(|(field, speed)| format!("{} {}", runner.name(field), speed.text));
    let duration = workout
        .duration
        .as_ref()
        .map(|d| format!("{} {}", runner.name(Field::Duration), d.text));
    let distance = workout
        .distance
        .as_ref()
        .map(|d| format!("{} {}", runner.name(Field::Distance), d.text));
    [speed, distance, duration]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" with ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clock_saved_as_a_time_of_day_is_hours_and_minutes_with_no_seconds() {
        assert_eq!(clock_saved_as_time("9:00:00"), Some("9:00"));
        assert_eq!(clock_saved_as_time(" 45:30:00 "), Some("45:30"));
        // Seconds of its own, a third figure for the hours, a one-figure
        // minute, two parts, a unit or a fourth part: typed so, not saved.
        for typed in [
            "9:00:30",
            "100:00:00",
            "9:0:00",
            "9:00",
            "9:00:00/mi",
            "1:2:30:00",
            ":00:00",
        ] {
            assert_eq!(clock_saved_as_time(typed), None, "{typed}");
        }
    }

    #[test]
    fn a_pace_saved_as_a_time_of_day_is_told_as_meant_only_where_wrun_takes_it() {
        let told = pace_saved_as_time("6:15:00", SpeedUnit::PerKm).unwrap();
        assert!(told.contains("for 6:15/km, write 6:15/km"), "{told}");
        // 1:30 a mile is faster than any runner: no pace to offer.
        assert_eq!(pace_saved_as_time("1:30:00", SpeedUnit::PerMile), None);
        assert_eq!(pace_saved_as_time("9:00:00", SpeedUnit::MilePerHour), None);
    }

    #[test]
    fn a_duration_saved_as_a_time_of_day_is_told_as_meant_only_where_wrun_takes_it() {
        let told = duration_saved_as_time("45:30:00").unwrap();
        assert!(told.contains("for 45 min 30 s, write 45m30s"), "{told}");
        // No time at all, or under a minute, as minutes and seconds: none
        // wrun takes; a minute and a half is one.
        assert_eq!(duration_saved_as_time("0:00:00"), None);
        assert_eq!(duration_saved_as_time("00:00:00"), None);
        assert_eq!(duration_saved_as_time("00:59:00"), None);
        let told = duration_saved_as_time("01:30:00").unwrap();
        assert!(told.contains("for 01 min 30 s, write 01m30s"), "{told}");
    }
}
