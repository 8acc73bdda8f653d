//! A real course: what a load does on a route or a recorded run.
//!
//! The fixes of a GPX, TCX or FIT file (read by the `wrun` binary) come in
//! as [`Fix`]es; [`course()`] measures the course (haversine distance,
//! elevation cleaned of GPS noise, ascent and descent, stops) and cuts it
//! into stretches of about 50 m, each with its own grade. Each stretch is
//! then costed with the models [`super::energy()`] uses for any run:
//!
//! - a **planned** course (no times) at the runner's usual flat, unloaded
//!   effort: the speed on each stretch at which the loaded runner spends
//!   what that pace costs on the flat, so uphill is slower and downhill
//!   faster (rule `route-effort`);
//! - a **recorded** run (every fix timed): the actual speed of each stretch,
//!   and the flat, unloaded pace that costs the same.
//!
//! Energy with and without the load, heart rate from the runner's own
//! response where the file carries it (rule `route-heart`) and the same
//! judgment as every answer (rule `one-verdict`) complete the answer.

use super::advice;
use super::answer::{Effect, Note, Recommendation};
use super::mass::{Mass, round1};
use super::message::Message;
use super::recommend::{GuidanceError, Request};
use super::rules;
use super::workout::{DISTANCE_M, Distance, Duration, METRES_PER_MILE, SPEED_M_PER_MIN, Speed};

// The steps of `course()`, a file each: the ground under the fixes, the
// course measured on it, the costing of its stretches, heart rate, and what
// the answer says beside its figures.
mod cost;
mod findings;
mod ground;
mod heart;
mod measure;
#[cfg(test)]
mod tests;

pub use ground::{climb, haversine_m};

use cost::{Coster, Totals, carried};
use findings::{file_notes, judge, model_notes};
use ground::clean;
use heart::{estimate, heart, max_hr_aside, not_above_rest};
use measure::{fill_measured, moving_climb, rescale_climbs, samples, steepest, stretches};

/// One GPS fix, as a file gives it.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Fix {
    /// Latitude, degrees north.
    pub lat: f64,
    /// Longitude, degrees east.
    pub lon: f64,
    /// Elevation, metres, when the file has it.
    pub elevation: Option<f64>,
    /// When, in seconds from any fixed instant, for a recorded run.
    pub time: Option<f64>,
    /// Heart rate, bpm, when the file has it.
    pub heart_rate: Option<f64>,
}

/// `no points`, `1 point`.
fn points(count: usize) -> String {
    match count {
        0 => "no points".to_owned(),
        1 => "1 point".to_owned(),
        count => format!("{count} points"),
    }
}

/// The fewest fixes that make a course: a start and an end.
pub const MIN_POINTS: usize = 2;

/// Why a list of fixes is no course.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CourseError {
    /// Fewer than [`MIN_POINTS`] fixes.
    #[error("it has {}; a course needs at least two", points(*.0))]
    TooFewPoints(usize),
    /// A latitude, longitude, time or heart rate that cannot be.
    #[error("point {index} has {what} {value}, which cannot be")]
    Impossible {
        /// The fix, counted from 0.
        index: usize,
        /// What is wrong.
        what: &'static str,
        /// Its value.
        value: f64,
    },
    /// Fixes that run further than any course on foot
    /// ([`rules::ROUTE_LONGEST_M`]).
    #[error(
        "its points, joined in order, run {:.0} km ({:.0} mi); wrun takes courses up to {:.0} km \
         ({:.0} mi), past the longest race on foot",
        .0 / 1000.0,
        .0 / METRES_PER_MILE,
        rules::ROUTE_LONGEST_M / 1000.0,
        rules::ROUTE_LONGEST_M / METRES_PER_MILE
    )]
    TooLong(f64),
    /// Fixes that never move.
    #[error("its points never move: a course needs some distance")]
    NoDistance,
    /// A split shorter or longer than any run wrun accepts.
    #[error("a split must be from {} m to {} km", DISTANCE_M.min, DISTANCE_M.max / 1000.0)]
    SplitOutOfRange,
    /// A planned course (no times) without the runner's flat pace.
    #[error("a planned course needs your usual flat pace or speed")]
    NeedsPace,
    /// Fixes timed out of order, more than a clock glitch.
    #[error(
        "point {index} is timed before the point it follows, and the points out of step with \
         the rest ({left_out} of {points}) are more than the 1 in {} wrun leaves out as a clock \
         glitch",
        rules::ROUTE_TIME_GLITCHES_ONE_IN
    )]
    TimeOrder {
        /// The first fix timed before the one it follows (of those not
        /// days from the rest), counted from 0.
        index: usize,
        /// How many fixes would be left out as a clock glitch: those days
        /// from the rest, and the fewest that put the others in order.
        left_out: usize,
        /// How many fixes the file has.
        points: usize,
    },
    /// The runner's answer could not be worked out.
    #[error(transparent)]
    Runner(#[from] GuidanceError),
}

impl CourseError {
    /// The fix at fault, when one is.
    #[must_use]
    pub const fn index(&self) -> Option<usize> {
        match self {
            Self::Impossible { index, .. } | Self::TimeOrder { index, .. } => Some(*index),
            Self::TooFewPoints(_)
            | Self::TooLong(_)
            | Self::NoDistance
            | Self::SplitOutOfRange
            | Self::NeedsPace
            | Self::Runner(_) => None,
        }
    }
}

/// What is asked of the course.
#[derive(Debug, Clone, PartialEq)]
pub struct CourseRequest {
    /// The runner, the kind of weight and the load (`chosen_load`); its
    /// workout's gait and terrain apply, its speed is the runner's usual
    /// flat, unloaded pace (needed for a planned course).
    pub runner: Request,
    /// How long each split is.
    pub split: Distance,
    /// A recorded run made without the load: the answer says what the
    /// load would have done. Otherwise a recording is taken as carried.
    pub recorded_without_load: bool,
    /// The week of a weighted-running plan the runner is in, when they say:
    /// a beginner takes to hills from the plan's fourth week (rule
    /// `plan-adapt`), and is warned off a hilly course before it, or when
    /// the week is not known.
    pub plan_week: Option<u32>,
}

/// One split of the course.
#[derive(Debug, Clone, PartialEq)]
pub struct Split {
    /// Where it starts, metres from the start.
    pub start_m: f64,
    /// How long it is, metres.
    pub distance_m: f64,
    /// Metres climbed, on the smoothed elevation.
    pub ascent_m: f64,
    /// Metres descended, on the smoothed elevation.
    pub descent_m: f64,
    /// Seconds: moving time for a recorded run, the predicted time with the
    /// load for a planned course.
    pub seconds: f64,
    /// A planned course: the predicted time without the load.
    pub unloaded_seconds: Option<f64>,
    /// A recorded run: the flat, unloaded speed of the same effort.
    pub adjusted_speed: Option<Speed>,
    /// Kilocalories with the load.
    pub loaded_kcal: f64,
    /// Kilocalories without the load.
    pub unloaded_kcal: f64,
    /// A recorded run: the average heart rate the file holds for it.
    pub heart_rate: Option<f64>,
    /// Heart rate estimated with the load (planned, or recorded without it).
    pub loaded_heart_rate: Option<f64>,
    /// Heart rate estimated without the load (recorded with it).
    pub unloaded_heart_rate: Option<f64>,
}

impl Split {
    /// A split from `start_m` with nothing in it yet.
    fn starting_at(start_m: f64) -> Self {
        Self {
            start_m,
            distance_m: 0.0,
            ascent_m: 0.0,
            descent_m: 0.0,
            seconds: 0.0,
            unloaded_seconds: None,
            adjusted_speed: None,
            loaded_kcal: 0.0,
            unloaded_kcal: 0.0,
            heart_rate: None,
            loaded_heart_rate: None,
            unloaded_heart_rate: None,
        }
    }

    /// The speed over the split: actual or predicted with the load.
    #[must_use]
    pub fn speed(&self) -> Option<Speed> {
        (self.seconds > 0.0).then(|| {
            Speed::covering(
                Distance::from_metres(self.distance_m),
                Duration::from_minutes(self.seconds / 60.0),
            )
        })
    }
}

/// A stop: the runner stood still (or nearly) for a while.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stop {
    /// Where, metres from the start.
    pub at_m: f64,
    /// How long, seconds.
    pub seconds: f64,
}

/// A steep stretch, to mark on the profile.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Steep {
    /// Where it starts, metres from the start.
    pub start_m: f64,
    /// Where it ends.
    pub end_m: f64,
    /// Its grade, percent, as measured (before any clipping).
    pub grade_percent: f64,
}

/// How heart rate follows oxygen uptake on this course: `bpm = intercept +
/// slope × VO2` (mL/kg/min).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HeartLine {
    /// Beats a minute at no oxygen uptake.
    pub intercept: f64,
    /// Beats a minute per mL/kg/min.
    pub slope: f64,
    /// The runner's own fit: the windows it rests on and how well it fits;
    /// `None` for the generic line.
    pub fit: Option<(usize, f64)>,
}

impl CourseHeart {
    /// The rule behind the heart rate on a course.
    pub const SOURCE: &'static str = rules::id::ROUTE_HEART;
}

impl HeartLine {
    fn at(&self, vo2: f64) -> f64 {
        self.intercept + self.slope * vo2
    }
}

/// Heart rate on the course.
#[derive(Debug, Clone, PartialEq)]
pub struct CourseHeart {
    /// The line used for estimates.
    pub line: HeartLine,
    /// The runner's own fit, when one was made, even if it was not used:
    /// windows, r², and why it was not used.
    pub own_fit: Option<(usize, f64)>,
    /// Why the generic line is used, when it is.
    pub why_generic: Option<Message>,
    /// The average heart rate the file holds, over moving time.
    pub measured_bpm: Option<f64>,
}

/// What the runner carries on the course.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Carried {
    /// A vest of this mass.
    Vest(Mass),
    /// Hand, wrist or ankle weights: the load on each hand or ankle, when
    /// there is one (the runner's, else the recommended start; ankle weights
    /// have none), and the change in calories the figures give for it.
    Limbs {
        /// The load on each hand or ankle.
        load: Option<Mass>,
        /// The change in calories, percent; the course is costed at the
        /// middle of its range.
        calories: Effect,
    },
}

impl Carried {
    /// The load on the trunk, or on each hand or ankle, when there is one.
    #[must_use]
    pub const fn load(&self) -> Option<Mass> {
        match self {
            Self::Vest(mass) => Some(*mass),
            Self::Limbs { load, .. } => *load,
        }
    }

    /// Hand, wrist or ankle weights: the share, in percent, they add to the
    /// energy of the run (the middle of the figures' range).
    #[must_use]
    pub fn energy_percent(&self) -> Option<f64> {
        match self {
            Self::Vest(_) => None,
            Self::Limbs { calories, .. } => Some(calories.range.middle()),
        }
    }
}

/// wrun's answer for a course.
#[derive(Debug, Clone, PartialEq)]
pub struct Course {
    /// Whether every fix is timed.
    pub recorded: bool,
    /// A recording made without the load.
    pub recorded_without_load: bool,
    /// What the runner carries.
    pub carried: Carried,
    /// How far, metres.
    pub distance_m: f64,
    /// Whether the file had elevation.
    pub has_elevation: bool,
    /// Metres climbed, smoothed.
    pub ascent_m: f64,
    /// Metres descended, smoothed.
    pub descent_m: f64,
    /// Metres climbed, summing every raw rise, outliers aside (to show the noise).
    pub raw_ascent_m: f64,
    /// Lowest and highest smoothed elevation.
    pub elevation_range: Option<(f64, f64)>,
    /// A recorded run: from the first fix to the last, seconds.
    pub elapsed_seconds: Option<f64>,
    /// Moving time (recorded) or predicted time with the load (planned), seconds.
    pub seconds: f64,
    /// A planned course: predicted time without the load.
    pub unloaded_seconds: Option<f64>,
    /// The runner's flat, unloaded pace (planned).
    pub flat_speed: Option<Speed>,
    /// A recorded run: the flat, unloaded speed of the same effort overall.
    pub adjusted_speed: Option<Speed>,
    /// Kilocalories with the load.
    pub loaded_kcal: f64,
    /// Kilocalories without the load.
    pub unloaded_kcal: f64,
    /// The average oxygen uptake with the load over the course, mL/kg/min.
    pub loaded_vo2: f64,
    /// Stops, left out of moving time.
    pub stops: Vec<Stop>,
    /// The splits, in order; they add up to the totals.
    pub splits: Vec<Split>,
    /// The smoothed profile: (metres from the start, elevation).
    pub profile: Vec<(f64, f64)>,
    /// The steepest stretches, steepest first.
    pub steepest: Vec<Steep>,
    /// Heart rate, when the file or the runner gives one.
    pub heart: Option<CourseHeart>,
    /// What wrun did to the file and where the models were stretched.
    pub notes: Vec<Note>,
    /// The runner's answer for this course: load, warnings (the course's
    /// own among them), tips and the verdict from every finding.
    pub answer: Recommendation,
}

/// Whether a flat, unloaded speed of the same effort is held at the slowest
/// speed wrun works out, [`rules::ROUTE_SLOWEST_M_PER_MIN`]: the effort was
/// lighter than that speed costs, so the real flat pace is slower still (a
/// slow walk downhill).
#[must_use]
pub fn held_at_slowest(speed: Speed) -> bool {
    speed.m_per_min() <= rules::ROUTE_SLOWEST_M_PER_MIN * (1.0 + 1e-9)
}

/// What the times of a file's fixes make of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timing {
    /// No fix is timed: a planned course.
    Untimed,
    /// Some fixes are timed and some not: taken as a planned course.
    Partly,
    /// Every fix carries the same time (the moment the file was exported,
    /// say), which gives no pace: taken as a planned course.
    OneTime,
    /// Every fix is timed and the times span some duration: a recording.
    Recorded,
}

impl Timing {
    /// The timing of `fixes`.
    #[must_use]
    pub fn of(fixes: &[Fix]) -> Self {
        let timed = fixes.iter().filter(|fix| fix.time.is_some()).count();
        let first = fixes.first().and_then(|fix| fix.time);
        if timed == 0 {
            Self::Untimed
        } else if timed < fixes.len() {
            Self::Partly
        } else if fixes.iter().any(|fix| fix.time != first) {
            Self::Recorded
        } else {
            Self::OneTime
        }
    }

    /// The note that says how a course that is no recording was taken.
    const fn note(self) -> Option<advice::Advice> {
        match self {
            Self::Partly => Some(advice::COURSE_PARTLY_TIMED),
            Self::OneTime => Some(advice::COURSE_ONE_TIME),
            Self::Untimed | Self::Recorded => None,
        }
    }
}

/// `request` at a recording's average moving speed (within the speeds
/// wrun judges), which tells a walk from a run for the figures of hand and
/// ankle weights; `None` for a recording that never moves.
fn at_own_pace(request: &CourseRequest, stretches: &[measure::Stretch]) -> Option<CourseRequest> {
    let moving = stretches.iter().filter(|s| s.moving > 0.0);
    let seconds: f64 = moving.clone().map(|s| s.moving).sum();
    let metres: f64 = moving.map(|s| s.metres).sum();
    (seconds > 0.0).then(|| {
        let mut runner = request.runner.clone();
        let m_per_min = (metres / seconds * 60.0).clamp(SPEED_M_PER_MIN.min, SPEED_M_PER_MIN.max);
        runner.workout.speed = Some(Speed::from_m_per_min(m_per_min));
        CourseRequest { runner, ..*request }
    })
}

/// Answers `request` on the course the `fixes` describe.
///
/// ```
/// use wrun_core::course::{CourseRequest, Fix, course};
/// use wrun_core::{Distance, Mass, Request, Speed, WeightType};
///
/// // A flat, straight kilometre due north, planned at 6:00/km with a 7 kg vest.
/// let fixes: Vec<Fix> = (0..=100)
///     .map(|i| Fix { lat: 45.0 + f64::from(i) * 0.0000899, lon: 7.0, ..Fix::default() })
///     .collect();
/// let mut runner = Request::new(Mass::from_kg(70.0), WeightType::Vest);
/// runner.chosen_load = Some(Mass::from_kg(7.0));
/// runner.workout.speed = Some(Speed::from_km_per_h(10.0));
/// let request = CourseRequest { runner, split: Distance::from_metres(1000.0), recorded_without_load: false, plan_week: None };
/// let answer = course(&fixes, &request)?;
/// assert!((answer.distance_m - 1000.0).abs() < 2.0);
/// // Slower with the vest, at the same effort.
/// assert!(answer.seconds > answer.unloaded_seconds.unwrap());
/// # Ok::<(), wrun_core::course::CourseError>(())
/// ```
///
/// # Errors
/// [`CourseError`] when the fixes make no course, or the runner is out of range.
pub fn course(fixes: &[Fix], request: &CourseRequest) -> Result<Course, CourseError> {
    if !DISTANCE_M.contains(request.split.metres()) {
        return Err(CourseError::SplitOutOfRange);
    }
    let cleaned = clean(fixes)?;
    let fixes = &cleaned.fixes;
    if fixes.len() < MIN_POINTS {
        return Err(CourseError::TooFewPoints(fixes.len()));
    }
    let timing = Timing::of(fixes);
    let recorded = timing == Timing::Recorded;
    let flat_speed = request.runner.workout.speed;
    if !recorded && flat_speed.is_none() {
        return Err(CourseError::NeedsPace);
    }
    let split_m = request.split.metres();
    let measured = samples(fixes, split_m, recorded);
    let distance_m = measured.samples.last().map_or(0.0, |s| s.metres);
    if distance_m < 1.0 {
        return Err(CourseError::NoDistance);
    }
    let (ascent_m, descent_m) = moving_climb(&measured.samples);
    let stretches = stretches(&measured.samples, split_m);
    // A recording is costed at its own pace, not one the runner gave.
    let own_pace = recorded.then(|| at_own_pace(request, &stretches)).flatten();
    let judged = own_pace.as_ref().unwrap_or(request);
    let (carried, load_note) = carried(&judged.runner)?;
    let coster = Coster {
        runner: &judged.runner,
        carried,
    };
    let without_load = request.recorded_without_load;
    let (mut splits, costs) = coster.cost(&stretches, split_m, recorded, without_load);
    // Split climbs on the same turning points as the totals, so they add up.
    rescale_climbs(&mut splits, ascent_m, descent_m);
    let totals = Totals::of(&splits, without_load);
    let adjusted_speed = recorded
        .then(|| coster.flat_equivalents(&mut splits, &totals, without_load))
        .flatten();
    let loaded_watts = costs
        .loaded_watts()
        .unwrap_or_else(|| coster.watts(0.0, coster.flat_speed(), true));

    let (answer, unjudged) = judge(
        judged,
        &request.runner,
        &coster,
        &stretches,
        &totals,
        loaded_watts,
        recorded,
    )?;
    // Heart rate: the runner's own line, or the generic one, never past
    // the runner's maximum.
    let heart = heart(&coster, &costs, flat_speed);
    let mut notes: Vec<Note> = load_note.into_iter().collect();
    if let Some(heart) = &heart {
        let runner = &answer.request;
        notes.extend(estimate(&coster, &mut splits, heart, runner, without_load));
        fill_measured(&mut splits, &stretches);
    } else {
        notes.extend(not_above_rest(&request.runner, &costs));
    }
    notes.extend(max_hr_aside(&answer.request, &costs));
    // What was done to the file, and where the models were stretched.
    let asked = &request.runner;
    notes.extend(file_notes(&measured, &cleaned, timing, asked, &costs));
    notes.extend(model_notes(&costs, asked));
    notes.extend(unjudged);

    if answer.walking {
        super::recommend::worded_for_a_walk(&mut notes);
    }
    let (samples, has_elevation) = (&measured.samples, measured.has_elevation);
    let mut course = Course {
        recorded,
        recorded_without_load: without_load && recorded,
        carried,
        distance_m,
        has_elevation,
        ascent_m,
        descent_m,
        raw_ascent_m: measured.raw_ascent_m,
        elevation_range: measured.elevation_range(),
        elapsed_seconds: recorded.then(|| samples.last().map_or(0.0, |s| s.seconds)),
        seconds: totals.seconds,
        unloaded_seconds: (!recorded)
            .then(|| splits.iter().filter_map(|s| s.unloaded_seconds).sum()),
        flat_speed: (!recorded).then_some(flat_speed).flatten(),
        adjusted_speed,
        loaded_kcal: totals.loaded_kcal,
        unloaded_kcal: totals.unloaded_kcal,
        loaded_vo2: coster.vo2(loaded_watts),
        stops: measured.stops,
        splits,
        profile: samples.iter().map(|s| (s.metres, s.elevation)).collect(),
        steepest: steepest(&stretches),
        heart,
        notes,
        answer,
    };
    if let Some(delta) = course.heart_rate_delta() {
        course.answer.heart_rate_delta_bpm = Some(delta);
    }
    Ok(course)
}

impl Course {
    /// The rule behind the distance.
    pub const DISTANCE_SOURCE: &'static str = rules::id::ROUTE_DISTANCE;
    /// The rule behind the elevation and the grades.
    pub const ELEVATION_SOURCE: &'static str = rules::id::ROUTE_ELEVATION;
    /// The rule behind the same-effort speeds and paces.
    pub const EFFORT_SOURCE: &'static str = rules::id::ROUTE_EFFORT;
    /// The rule behind the fixes kept and left out: stops and jumps.
    pub const FIXES_SOURCE: &'static str = rules::id::ROUTE_FIXES;

    /// The rule behind the course's energy: a vest's own cost, or the
    /// same effort with the share other weights add.
    #[must_use]
    pub const fn energy_source(&self) -> &'static str {
        match self.carried {
            Carried::Vest(_) => rules::id::VEST_CALORIES,
            Carried::Limbs { .. } => rules::id::ROUTE_EFFORT,
        }
    }

    /// What the load does to the heart rate over the course, when there are
    /// estimates: the change from [`Self::heart_rates`].
    fn heart_rate_delta(&self) -> Option<super::answer::Effect> {
        let (loaded, unloaded) = self.heart_rates()?;
        Some(super::answer::Effect {
            range: rules::Range::new(loaded - unloaded, loaded - unloaded),
            basis: super::kinds::Basis::Model,
            source: rules::id::ROUTE_HEART,
        })
    }

    /// The average estimated heart rates with and without the load, over
    /// the course (time-weighted), when there are estimates.
    #[must_use]
    pub fn heart_rates(&self) -> Option<(f64, f64)> {
        let total: f64 = self.splits.iter().map(|s| s.seconds).sum();
        if self.heart.is_none() || total <= 0.0 {
            return None;
        }
        let mean = |pick: fn(&Split) -> Option<f64>| {
            self.splits
                .iter()
                .map(|s| pick(s).unwrap_or(0.0) * s.seconds)
                .sum::<f64>()
                / total
        };
        Some((
            round1(mean(|s| s.loaded_heart_rate)),
            round1(mean(|s| s.unloaded_heart_rate)),
        ))
    }
}
