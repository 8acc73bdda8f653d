//! A real course: what a load does on a route or a recorded run.
//!
//! The fixes of a GPX, TCX or FIT file (read by the `wrun` binary) come in
//! as [`Fix`]es; [`course()`] measures the course (haversine distance,
//! elevation cleaned of GPS noise, ascent and descent, stops) and cuts it
//! into stretches of about 50 m, each with its own grade. Each stretch is
//! then costed with the models [`super::energy`] uses for any run:
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
use super::energy::{JOULES_PER_KCAL, Model, kcal, vo2_from_watts};
use super::kinds::{Condition, Level, WeightType};
use super::mass::{Mass, Unit, round1};
use super::message::{Message, Value};
use super::recommend::{self, GuidanceError, Request};
use super::rules;
use super::workout::{
    DISTANCE_M, DURATION_MIN, Distance, Duration, GRADE_PERCENT, Length, SPEED_M_PER_MIN, Speed,
    Workout,
};

#[cfg(test)]
mod tests;

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

/// Why a list of fixes is no course.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CourseError {
    /// Fewer than two fixes.
    #[error("it has {0} point(s); a course needs at least two")]
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
    /// Fixes that never move.
    #[error("its points never move: a course needs some distance")]
    NoDistance,
    /// A split shorter or longer than any run wrun accepts.
    #[error("a split must be from {} m to {} km", DISTANCE_M.min, DISTANCE_M.max / 1000.0)]
    SplitOutOfRange,
    /// A planned course (no times) without the runner's flat pace.
    #[error("a planned course needs your usual flat pace or speed")]
    NeedsPace,
    /// A fix timed before the one it follows.
    #[error("point {index} is timed before the point it follows")]
    TimeOrder {
        /// The fix, counted from 0.
        index: usize,
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
            Self::Impossible { index, .. } | Self::TimeOrder { index } => Some(*index),
            Self::TooFewPoints(_)
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

/// A point along the course after cleaning: distance, smoothed elevation,
/// time and heart rate.
#[derive(Debug, Clone, Copy)]
struct Sample {
    metres: f64,
    elevation: f64,
    seconds: f64,
    heart_rate: Option<f64>,
    /// The interval that ends here is part of a stop.
    stopped: bool,
}

/// A stretch of about [`rules::ROUTE_STRETCH_M`], costed.
#[derive(Debug, Clone, Copy)]
struct Stretch {
    start_m: f64,
    metres: f64,
    /// As measured, percent.
    grade: f64,
    /// Clipped into the models' range.
    model_grade: f64,
    rise: f64,
    /// Recorded: moving seconds.
    moving: f64,
    /// Recorded: time-weighted heart rate and the seconds it covers.
    heart: Option<(f64, f64)>,
    split: usize,
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

/// Haversine distance, metres, between two fixes (rule `route-distance`).
#[must_use]
pub fn haversine_m(a: &Fix, b: &Fix) -> f64 {
    let (lat1, lat2) = (a.lat.to_radians(), b.lat.to_radians());
    let dlat = lat2 - lat1;
    let dlon = (b.lon - a.lon).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * rules::EARTH_RADIUS_M * h.sqrt().min(1.0).asin()
}

/// The fixes a course is measured on, and what was done to the file's.
#[derive(Debug)]
struct Cleaned {
    fixes: Vec<Fix>,
    /// Fixes dropped as GPS jumps.
    jumps: usize,
    /// Elevations read as none, and the first of them.
    unread: Option<(usize, f64)>,
}

/// Checks every fix, reads an elevation on no ground on Earth as none
/// (rule `route-elevation`), then drops the fixes no runner could have
/// reached (rule `route-fixes`).
fn clean(fixes: &[Fix]) -> Result<Cleaned, CourseError> {
    let impossible = |index, what, value| CourseError::Impossible { index, what, value };
    for (index, fix) in fixes.iter().enumerate() {
        if !(fix.lat.is_finite() && fix.lat.abs() <= 90.0) {
            return Err(impossible(index, "latitude", fix.lat));
        }
        if !(fix.lon.is_finite() && fix.lon.abs() <= 180.0) {
            return Err(impossible(index, "longitude", fix.lon));
        }
        if let Some(t) = fix.time.filter(|t| !t.is_finite()) {
            return Err(impossible(index, "time", t));
        }
        if let Some(hr) = fix.heart_rate.filter(|hr| !(hr.is_finite() && *hr >= 0.0)) {
            return Err(impossible(index, "heart rate", hr));
        }
    }
    if fixes.len() < 2 {
        return Err(CourseError::TooFewPoints(fixes.len()));
    }
    let timed = Timing::of(fixes) == Timing::Recorded;
    let mut kept: Vec<Fix> = Vec::with_capacity(fixes.len());
    let (mut jumps, mut unread) = (0, None);
    for (index, mut fix) in fixes.iter().copied().enumerate() {
        if let Some(e) = fix
            .elevation
            .filter(|&e| !rules::ROUTE_ELEVATION_M.contains(e))
        {
            fix.elevation = None;
            unread = Some(unread.map_or((1, e), |(count, first)| (count + 1, first)));
        }
        let Some(last) = kept.last() else {
            kept.push(fix);
            continue;
        };
        if let (true, Some(t0), Some(t1)) = (timed, last.time, fix.time) {
            if t1 < t0 {
                return Err(CourseError::TimeOrder { index });
            }
            let dt = t1 - t0;
            if haversine_m(last, &fix) > rules::ROUTE_JUMP_M_PER_S * dt.max(1.0) {
                jumps += 1;
                continue;
            }
        }
        kept.push(fix);
    }
    Ok(Cleaned {
        fixes: kept,
        jumps,
        unread,
    })
}

/// Elevations with their outliers replaced (rule `route-elevation`): each
/// by the median of its close neighbours where it strays far from it.
fn despike(metres: &[f64], raw: &[f64]) -> Vec<f64> {
    let n = raw.len();
    let half = rules::ROUTE_MEDIAN_FIXES / 2;
    let reach = rules::ROUTE_SMOOTHING_M / 2.0;
    let mut window = Vec::with_capacity(rules::ROUTE_MEDIAN_FIXES);
    (0..n)
        .map(|i| {
            // The neighbours close enough to share the fix's elevation:
            // on a route drawn with points kilometres apart, a fix has none,
            // and a mountain is not noise.
            window.clear();
            window.extend(
                (i.saturating_sub(half)..(i + half + 1).min(n))
                    .filter(|&j| (metres[j] - metres[i]).abs() <= reach)
                    .map(|j| raw[j]),
            );
            if window.len() < 3 {
                return raw[i];
            }
            let middle = window.len() / 2;
            let (_, &mut median, _) = window.select_nth_unstable_by(middle, f64::total_cmp);
            if (raw[i] - median).abs() > rules::ROUTE_OUTLIER_M {
                median
            } else {
                raw[i]
            }
        })
        .collect()
}

/// Elevations cleaned of GPS noise (rule `route-elevation`): `despiked`
/// ones averaged over the fixes within half the smoothing length either
/// side, or, near either end of the course, within as far as the course
/// goes on the shorter side.
fn smooth(metres: &[f64], despiked: &[f64]) -> Vec<f64> {
    let n = despiked.len();
    let (Some(&first), Some(&last)) = (metres.first(), metres.last()) else {
        return Vec::new();
    };
    let reach = rules::ROUTE_SMOOTHING_M / 2.0;
    let (mut low, mut high, mut sum) = (0, 0, 0.0);
    (0..n)
        .map(|i| {
            // An average over more ground on one side than the other moves
            // a slope's elevation towards that side: within one reach of
            // the start, that would halve a climb's grade and cut its
            // ascent. The window shrinks evenly instead, to the fix alone
            // at either end. A millimetre more keeps both fixes at the
            // edges when sums of distances round them a hair apart. The
            // bounds still only move forward.
            let reach = reach.min(metres[i] - first).min(last - metres[i]) + 1e-3;
            while high < n && metres[high] <= metres[i] + reach {
                sum += despiked[high];
                high += 1;
            }
            while metres[low] < metres[i] - reach {
                sum -= despiked[low];
                low += 1;
            }
            sum / (high - low) as f64
        })
        .collect()
}

/// Ascent and descent, metres, of `elevations`: rises and falls between
/// turning points at least [`rules::ROUTE_ASCENT_THRESHOLD_M`] apart.
#[must_use]
pub fn climb(elevations: &[f64]) -> (f64, f64) {
    let threshold = rules::ROUTE_ASCENT_THRESHOLD_M;
    let Some(&first) = elevations.first() else {
        return (0.0, 0.0);
    };
    let (mut low, mut high) = (first, first);
    let (mut ascent, mut descent) = (0.0, 0.0);
    // None until the first rise or fall past the threshold; then whether
    // the course is climbing.
    let mut climbing: Option<bool> = None;
    for &e in &elevations[1..] {
        match climbing {
            None => {
                low = low.min(e);
                high = high.max(e);
                if e - low >= threshold {
                    climbing = Some(true);
                    high = e;
                } else if high - e >= threshold {
                    climbing = Some(false);
                    low = e;
                }
            }
            Some(true) => {
                if e > high {
                    high = e;
                } else if high - e >= threshold {
                    ascent += high - low;
                    low = e;
                    climbing = Some(false);
                }
            }
            Some(false) => {
                if e < low {
                    low = e;
                } else if e - low >= threshold {
                    descent += high - low;
                    high = e;
                    climbing = Some(true);
                }
            }
        }
    }
    match climbing {
        Some(true) => ascent += high - low,
        Some(false) => descent += high - low,
        None => {}
    }
    (ascent, descent)
}

/// The course measured from its fixes.
struct Measured {
    /// The samples, with one added at every split boundary.
    samples: Vec<Sample>,
    stops: Vec<Stop>,
    has_elevation: bool,
    /// The raw GPS sum of the rises while moving, outliers aside, metres.
    raw_ascent_m: f64,
    /// The ground between the fixes of the stops, left out of the
    /// distance, metres.
    stopped_m: f64,
}

/// Measures the course: the samples along it, with a sample added at every
/// split boundary, and the stops. No ground is covered while stopped: the
/// distance between a stop's fixes (GPS drift, or a jump across a pause or
/// between joined tracks) is left out of the course, and so are the rises
/// and falls across it.
fn samples(fixes: &[Fix], split_m: f64, recorded: bool) -> Measured {
    let mut metres = Vec::with_capacity(fixes.len());
    let mut total = 0.0;
    for (i, fix) in fixes.iter().enumerate() {
        if i > 0 {
            total += haversine_m(&fixes[i - 1], fix);
        }
        metres.push(total);
    }
    let has_elevation = fixes.iter().any(|fix| fix.elevation.is_some());
    // A fix without elevation in a file that has some takes the last one seen.
    let mut last = fixes.iter().find_map(|fix| fix.elevation).unwrap_or(0.0);
    let raw: Vec<f64> = fixes
        .iter()
        .map(|fix| {
            last = fix.elevation.unwrap_or(last);
            last
        })
        .collect();
    let despiked = despike(&metres, &raw);
    let elevations = smooth(&metres, &despiked);
    let start = fixes[0].time.unwrap_or(0.0);
    let mut points: Vec<Sample> = fixes
        .iter()
        .enumerate()
        .map(|(i, fix)| Sample {
            metres: metres[i],
            elevation: elevations[i],
            seconds: fix.time.map_or(0.0, |t| t - start),
            heart_rate: fix.heart_rate,
            stopped: false,
        })
        .collect();
    let stops = if recorded {
        mark_stops(&mut points)
    } else {
        Vec::new()
    };
    let mut stopped_m = 0.0;
    let mut raw_ascent_m = 0.0;
    for i in 1..points.len() {
        if points[i].stopped {
            stopped_m += metres[i] - metres[i - 1];
            points[i].metres = points[i - 1].metres;
            continue;
        }
        // As recorded, but for outliers: a GPS spike is no climb, not even
        // a raw one. A fix without elevation holds the last one seen.
        raw_ascent_m += (despiked[i] - despiked[i - 1]).max(0.0);
        points[i].metres = metres[i] - stopped_m;
    }
    let stops = stops
        .into_iter()
        .map(|(first, seconds)| Stop {
            at_m: points[first - 1].metres,
            seconds,
        })
        .collect();
    // Split boundaries, interpolated, so that each stretch lies in one split;
    // none a float's rounding short of a point (as `stretches` reads them).
    let mut out = Vec::with_capacity(points.len());
    let mut next = split_m;
    for (i, point) in points.iter().enumerate() {
        if i > 0 {
            let before = points[i - 1];
            while next + 1e-6 < point.metres {
                let share = (next - before.metres) / (point.metres - before.metres);
                out.push(Sample {
                    metres: next,
                    elevation: before.elevation + share * (point.elevation - before.elevation),
                    seconds: before.seconds + share * (point.seconds - before.seconds),
                    heart_rate: point.heart_rate,
                    stopped: point.stopped,
                });
                next += split_m;
            }
            if next <= point.metres {
                next += split_m;
            }
        }
        out.push(*point);
    }
    Measured {
        samples: out,
        stops,
        has_elevation,
        raw_ascent_m,
        stopped_m,
    }
}

/// Marks the intervals of the stops (slower than a crawl over the ground,
/// and level, for long enough) and lists them: the index of the first
/// interval of each, and how long it lasts, seconds.
fn mark_stops(points: &mut [Sample]) -> Vec<(usize, f64)> {
    let mut stops = Vec::new();
    let mut i = 1;
    while i < points.len() {
        if !slow(points, i) {
            i += 1;
            continue;
        }
        let first = i;
        while i < points.len() && slow(points, i) {
            i += 1;
        }
        let seconds = points[i - 1].seconds - points[first - 1].seconds;
        if seconds >= rules::ROUTE_STOP_SECONDS {
            for point in &mut points[first..i] {
                point.stopped = true;
            }
            stops.push((first, seconds));
        }
    }
    stops
}

/// Whether the interval that ends at point `i` is part of a stop: slower
/// than a crawl over the ground, and climbing or descending slower than a
/// steep hike. The climb is taken over the interval and up to half a
/// stop's length either side, so that the smoothed elevation's small
/// steps from one fix to the next do not decide it.
fn slow(points: &[Sample], i: usize) -> bool {
    let (a, b) = (&points[i - 1], &points[i]);
    let dt = b.seconds - a.seconds;
    if !(dt > 0.0 && (b.metres - a.metres) < rules::ROUTE_STOP_M_PER_S * dt) {
        return false;
    }
    let reach = rules::ROUTE_STOP_SECONDS / 2.0;
    let mut before = i - 1;
    while before > 0 && a.seconds - points[before - 1].seconds <= reach {
        before -= 1;
    }
    let mut after = i;
    while after + 1 < points.len() && points[after + 1].seconds - b.seconds <= reach {
        after += 1;
    }
    let (from, to) = (&points[before], &points[after]);
    let span = to.seconds - from.seconds;
    // Times that run backwards leave the climb out of it.
    span <= 0.0 || (to.elevation - from.elevation).abs() < rules::ROUTE_STOP_CLIMB_M_PER_S * span
}

/// Cuts the samples into stretches of about [`rules::ROUTE_STRETCH_M`],
/// never across a split boundary.
fn stretches(samples: &[Sample], split_m: f64) -> Vec<Stretch> {
    let mut out = Vec::with_capacity(samples.len() / 8 + 1);
    let mut start = 0;
    // Metres from the start are never negative, and a split is at least
    // 100 m: the count fits a usize for any course on Earth.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let split_of = |metres: f64| ((metres + 1e-6) / split_m).floor() as usize;
    for i in 1..samples.len() {
        let metres = samples[i].metres - samples[start].metres;
        let at_boundary = split_of(samples[i].metres) != split_of(samples[start].metres);
        // A stop's intervals make stretches of their own, of no length, so
        // that no grade takes in a rise across a stop.
        let at_stop = samples[i].stopped || samples.get(i + 1).is_some_and(|next| next.stopped);
        if metres >= rules::ROUTE_STRETCH_M || at_boundary || at_stop || i == samples.len() - 1 {
            if metres > 0.0 {
                out.push(stretch(
                    &samples[start..=i],
                    split_of(samples[start].metres),
                ));
            }
            start = i;
        }
    }
    out
}

impl Stretch {
    /// Whether the grade lies beyond the models' range.
    fn clipped(&self) -> bool {
        self.grade < GRADE_PERCENT.min || self.grade > GRADE_PERCENT.max
    }
}

fn stretch(samples: &[Sample], split: usize) -> Stretch {
    let (first, last) = (samples[0], samples[samples.len() - 1]);
    let metres = last.metres - first.metres;
    let rise = last.elevation - first.elevation;
    let grade = rise / metres * 100.0;
    let mut moving = 0.0;
    let (mut beats, mut timed) = (0.0, 0.0);
    for pair in samples.windows(2) {
        let dt = pair[1].seconds - pair[0].seconds;
        if !pair[1].stopped {
            moving += dt;
            if let Some(hr) = pair[1].heart_rate {
                beats += hr * dt;
                timed += dt;
            }
        }
    }
    Stretch {
        start_m: first.metres,
        metres,
        grade,
        model_grade: grade.clamp(GRADE_PERCENT.min, GRADE_PERCENT.max),
        rise,
        moving,
        heart: (timed > 0.0).then(|| (beats / timed, timed)),
        split,
    }
}

/// How a stretch is costed: the runner, what they carry, gait and terrain.
struct Coster<'a> {
    runner: &'a Request,
    carried: Carried,
}

impl Coster<'_> {
    /// Watts at `speed` on `grade`, with the load or without.
    fn watts(&self, grade: f64, speed: Speed, loaded: bool) -> f64 {
        // The model takes the speed on its own; the workout gives the rest.
        let workout = Workout {
            grade_percent: grade,
            gait: self.runner.workout.gait,
            terrain: self.runner.workout.terrain,
            ..Workout::default()
        };
        let model = Model::bare(&workout, speed);
        let body = self.runner.body_weight;
        match (self.carried, loaded) {
            (Carried::Vest(vest), true) => model.watts(body, vest),
            (Carried::Limbs { calories, .. }, true) => {
                model.watts(body, Mass::from_kg(0.0)) * (1.0 + calories.range.middle() / 100.0)
            }
            (_, false) => model.watts(body, Mass::from_kg(0.0)),
        }
    }

    /// The speed at which `grade` costs `target` watts, between a crawl
    /// and `cap` m/min, by bisection (cost rises with speed).
    fn speed_for(&self, grade: f64, target: f64, loaded: bool, cap: f64) -> Speed {
        let cost = |v: f64| self.watts(grade, Speed::from_m_per_min(v), loaded);
        let (mut low, mut high) = (rules::ROUTE_SLOWEST_M_PER_MIN.min(cap), cap);
        if cost(high) <= target {
            return Speed::from_m_per_min(high);
        }
        if cost(low) >= target {
            return Speed::from_m_per_min(low);
        }
        for _ in 0..40 {
            let mid = f64::midpoint(low, high);
            if cost(mid) < target {
                low = mid;
            } else {
                high = mid;
            }
        }
        Speed::from_m_per_min(f64::midpoint(low, high))
    }

    fn vo2(&self, watts: f64) -> f64 {
        vo2_from_watts(watts, self.runner.body_weight)
    }

    /// The runner's usual flat pace: a planned course always has one
    /// ([`course()`] refuses one without); a recording with no pace and no
    /// moving time is costed at [`rules::ROUTE_FALLBACK_KM_PER_H`].
    fn flat_speed(&self) -> Speed {
        self.runner
            .workout
            .speed
            .unwrap_or(Speed::from_km_per_h(rules::ROUTE_FALLBACK_KM_PER_H))
    }

    /// Each stretch costed into its split: at its recorded speed, or, for
    /// a planned course, at the speed that costs what the runner's flat,
    /// unloaded pace does (rule `route-effort`).
    fn cost<'s>(
        &self,
        stretches: &'s [Stretch],
        split_m: f64,
        recorded: bool,
        without_load: bool,
    ) -> (Vec<Split>, Costed<'s>) {
        let mut splits: Vec<Split> = Vec::new();
        let mut costs = Costed {
            capped_m: 0.0,
            clipped: stretches.iter().filter(|s| s.clipped()).collect(),
            loaded_joules: 0.0,
            loaded_seconds: 0.0,
            vo2_points: Vec::new(),
            heart_timed: (0.0, 0.0),
        };
        let time = |seconds: f64| Duration::from_minutes(seconds / 60.0);
        for s in stretches {
            while splits.len() <= s.split {
                splits.push(Split {
                    unloaded_seconds: (!recorded).then_some(0.0),
                    ..Split::starting_at(splits.len() as f64 * split_m)
                });
            }
            let split = &mut splits[s.split];
            split.distance_m += s.metres;
            if recorded {
                if s.moving <= 0.0 {
                    continue;
                }
                let speed = Speed::from_m_per_min(s.metres / s.moving * 60.0);
                let loaded = self.watts(s.model_grade, speed, true);
                let unloaded = self.watts(s.model_grade, speed, false);
                split.seconds += s.moving;
                split.loaded_kcal += kcal(loaded, time(s.moving));
                split.unloaded_kcal += kcal(unloaded, time(s.moving));
                costs.loaded_joules += loaded * s.moving;
                costs.loaded_seconds += s.moving;
                if let Some((bpm, seconds)) = s.heart {
                    let carried_watts = if without_load { unloaded } else { loaded };
                    costs
                        .vo2_points
                        .push((self.vo2(carried_watts), bpm, seconds));
                    costs.heart_timed.0 += bpm * seconds;
                    costs.heart_timed.1 += seconds;
                }
            } else {
                let flat = self.flat_speed();
                let target = self.watts(0.0, flat, false);
                let cap = flat.m_per_min() * rules::ROUTE_DOWNHILL_SPEED_CAP;
                let loaded_speed = self.speed_for(s.model_grade, target, true, cap);
                let unloaded_speed = self.speed_for(s.model_grade, target, false, cap);
                if unloaded_speed.m_per_min() >= cap * 0.999 {
                    costs.capped_m += s.metres;
                }
                let loaded_time = s.metres / loaded_speed.m_per_min() * 60.0;
                let unloaded_time = s.metres / unloaded_speed.m_per_min() * 60.0;
                let loaded = self.watts(s.model_grade, loaded_speed, true);
                split.seconds += loaded_time;
                *split.unloaded_seconds.get_or_insert(0.0) += unloaded_time;
                split.loaded_kcal += kcal(loaded, time(loaded_time));
                split.unloaded_kcal += kcal(
                    self.watts(s.model_grade, unloaded_speed, false),
                    time(unloaded_time),
                );
                costs.loaded_joules += loaded * loaded_time;
                costs.loaded_seconds += loaded_time;
            }
            split.ascent_m += s.rise.max(0.0);
            split.descent_m += (-s.rise).max(0.0);
        }
        (splits, costs)
    }

    /// A recorded run's flat, unloaded speed that costs what its effort
    /// did: each split's, set on it, and the whole run's, returned.
    fn flat_equivalents(
        &self,
        splits: &mut [Split],
        totals: &Totals,
        without_load: bool,
    ) -> Option<Speed> {
        let flat_equivalent = |watts: f64| {
            let top = rules::ROUTE_ADJUSTED_MAX_M_PER_MIN;
            self.speed_for(0.0, watts, false, top)
        };
        for split in splits.iter_mut().filter(|split| split.seconds > 0.0) {
            let kcal = if without_load {
                split.unloaded_kcal
            } else {
                split.loaded_kcal
            };
            split.adjusted_speed = Some(flat_equivalent(kcal * JOULES_PER_KCAL / split.seconds));
        }
        (totals.seconds > 0.0)
            .then(|| flat_equivalent(totals.carried_kcal * JOULES_PER_KCAL / totals.seconds))
    }

    /// Each split's heart rate on `heart`'s line, with the load and
    /// without, each over its own time: a planned course is run without
    /// the load in less time, at the same effort.
    fn split_heart_rates(&self, splits: &mut [Split], heart: &CourseHeart) {
        let vo2 = |kcal: f64, seconds: f64| self.vo2(kcal * JOULES_PER_KCAL / seconds);
        for split in splits.iter_mut().filter(|split| split.seconds > 0.0) {
            let unloaded_seconds = split.unloaded_seconds.unwrap_or(split.seconds);
            split.loaded_heart_rate =
                Some(round1(heart.line.at(vo2(split.loaded_kcal, split.seconds))));
            split.unloaded_heart_rate = Some(round1(
                heart.line.at(vo2(split.unloaded_kcal, unloaded_seconds)),
            ));
        }
    }
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
    if fixes.len() < 2 {
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

    let (carried, load_note) = carried(&request.runner)?;
    let coster = Coster {
        runner: &request.runner,
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

    // Heart rate: the runner's own line, or the generic one.
    let heart = heart(&coster, &costs, flat_speed);
    let mut notes: Vec<Note> = load_note.into_iter().collect();
    if let Some(heart) = &heart {
        coster.split_heart_rates(&mut splits, heart);
        fill_measured(&mut splits, &stretches);
        notes.push(heart_note(heart, without_load));
    }
    // What was done to the file, and where the models were stretched.
    let pace_ignored = recorded && flat_speed.is_some();
    let unit = request.runner.unit;
    notes.extend(file_notes(
        &measured,
        &cleaned,
        timing.note(),
        pace_ignored,
        unit,
    ));
    notes.extend(model_notes(&costs, unit));

    let answer = judge(
        request,
        &coster,
        &stretches,
        &totals,
        loaded_watts,
        recorded,
    )?;
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
        elevation_range: has_elevation.then(|| elevation_range(samples)),
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
    if let Some((loaded, unloaded)) = course.heart_rates() {
        course.answer.heart_rate_delta_bpm = Some(super::answer::Effect {
            range: rules::Range::new(loaded - unloaded, loaded - unloaded),
            basis: super::kinds::Basis::Model,
            source: rules::id::ROUTE_HEART,
        });
    }
    Ok(course)
}

/// Metres climbed and descended, over each stretch of moving on its own,
/// so that no climb runs across a stop.
fn moving_climb(samples: &[Sample]) -> (f64, f64) {
    let (mut ascent_m, mut descent_m) = (0.0, 0.0);
    for moving in samples.chunk_by(|_, next| !next.stopped) {
        let elevations: Vec<f64> = moving.iter().map(|s| s.elevation).collect();
        let (up, down) = climb(&elevations);
        ascent_m += up;
        descent_m += down;
    }
    (ascent_m, descent_m)
}

/// The lowest and highest elevation of `samples`.
fn elevation_range(samples: &[Sample]) -> (f64, f64) {
    samples
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), s| {
            (lo.min(s.elevation), hi.max(s.elevation))
        })
}

/// The notes on what was done to the file: elevations read as none, no
/// elevation, times that make no recording (`timing`), a pace given for a
/// recording, fixes dropped as jumps, and stops.
fn file_notes(
    measured: &Measured,
    cleaned: &Cleaned,
    timing: Option<advice::Advice>,
    pace_ignored: bool,
    unit: Unit,
) -> Vec<Note> {
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
    notes.extend(timing.map(Note::from_advice));
    if pace_ignored {
        notes.push(Note::from_advice(advice::COURSE_PACE_IGNORED));
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
    notes
}

/// The notes on where the models were stretched: grades past their range,
/// and a planned descent held to the downhill cap.
fn model_notes(costs: &Costed, unit: Unit) -> Vec<Note> {
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
    notes
}

/// What the runner carries on the course: their load, or the recommended
/// start (a vest's or hand weights'; ankle weights have none), read off the
/// answer for the runner with no run of any length; and, when wrun chose
/// it, a note that says so.
fn carried(runner: &Request) -> Result<(Carried, Option<Note>), CourseError> {
    let mut no_run = runner.clone();
    no_run.workout.length = None;
    let mut plain = recommend::recommend(&no_run)?;
    let load = runner.chosen_load.or_else(|| {
        let load = plain.load.as_ref()?;
        load.start.or(Some(load.min))
    });
    let note = match (runner.chosen_load, load) {
        (None, Some(mass)) => {
            let mass = Value::Mass(mass, runner.unit);
            let load = if runner.weight_type == WeightType::HandWrist {
                Value::Sentence(Message::new(advice::JUDGED_HANDS, [("load", mass)]).into())
            } else {
                mass
            };
            Some(Note::with(advice::COURSE_LOAD, [("load", load)]))
        }
        _ => None,
    };
    if runner.weight_type == WeightType::Vest {
        return Ok((Carried::Vest(load.unwrap_or(Mass::from_kg(0.0))), note));
    }
    if no_run.chosen_load != load {
        no_run.chosen_load = load;
        plain = recommend::recommend(&no_run)?;
    }
    let limbs = Carried::Limbs {
        load,
        // Hand, wrist and ankle weights always carry the figures' change
        // (`limbs::limb_effects`); were one missing, the course would be
        // costed as if unloaded.
        calories: plain.calorie_delta_percent.unwrap_or(Effect {
            range: rules::Range::new(0.0, 0.0),
            basis: super::kinds::Basis::Model,
            source: rules::id::ROUTE_EFFORT,
        }),
    };
    Ok((limbs, note))
}

/// What costing a course's stretches adds up to, beside its splits.
struct Costed<'a> {
    /// Planned: metres where the unloaded speed met the downhill cap.
    capped_m: f64,
    /// The stretches steeper than the models' range.
    clipped: Vec<&'a Stretch>,
    /// Energy and time with the load, over the stretches costed.
    loaded_joules: f64,
    loaded_seconds: f64,
    /// Recorded: the oxygen uptake carried, the heart rate and the seconds
    /// of each stretch with a heart rate.
    vo2_points: Vec<(f64, f64, f64)>,
    /// Recorded: heart beats and the seconds they cover.
    heart_timed: (f64, f64),
}

impl Costed<'_> {
    /// The average power with the load over the stretches costed, when
    /// any took time.
    fn loaded_watts(&self) -> Option<f64> {
        (self.loaded_seconds > 0.0).then(|| self.loaded_joules / self.loaded_seconds)
    }
}

/// A course's time and energy, added up over its splits.
struct Totals {
    /// Moving time (recorded) or predicted time with the load (planned).
    seconds: f64,
    loaded_kcal: f64,
    unloaded_kcal: f64,
    /// What the runner spent: without the load for a recording made
    /// without it, else with it.
    carried_kcal: f64,
}

impl Totals {
    fn of(splits: &[Split], without_load: bool) -> Self {
        let loaded_kcal: f64 = splits.iter().map(|s| s.loaded_kcal).sum();
        let unloaded_kcal: f64 = splits.iter().map(|s| s.unloaded_kcal).sum();
        Self {
            seconds: splits.iter().map(|s| s.seconds).sum(),
            loaded_kcal,
            unloaded_kcal,
            carried_kcal: if without_load {
                unloaded_kcal
            } else {
                loaded_kcal
            },
        }
    }
}

/// The note on a recording's stops: how many, how long in all, and the
/// ground the points moved while stopped, where that is enough to say.
fn stops_note(stops: &[Stop], stopped_m: f64, unit: Unit) -> Option<Note> {
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

/// The note on the stretches steeper than the models' range: how far they
/// run, the range, and the steepest grade.
fn clipped_note(clipped: &[&Stretch], unit: Unit) -> Option<Note> {
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
/// flat run it was worked out on.
fn judge(
    request: &CourseRequest,
    coster: &Coster,
    stretches: &[Stretch],
    totals: &Totals,
    loaded_watts: f64,
    recorded: bool,
) -> Result<Recommendation, CourseError> {
    let minutes = totals.seconds / 60.0;
    let mut runner = request.runner.clone();
    runner.heart = None;
    // A recording is an effort the runner held, with what they carried:
    // it shows a ceiling at least that high (rule `capacity`).
    if recorded && totals.seconds > 0.0 {
        let held = coster.vo2(totals.carried_kcal * JOULES_PER_KCAL / totals.seconds);
        // The judgment works the demand out again from the flat speed that
        // costs the same, equal to `held` but for a float's rounding: a
        // hair more keeps the run from failing its own proof.
        runner.shown_vo2max = super::capacity::shown_by(held * (1.0 + 1e-9), minutes);
    }
    // The flat, loaded speed that costs what the course does: the capacity
    // check then sees the course's own demand, over its own duration. A
    // course shorter or longer than any run wrun judges is judged without
    // its length (no capacity check), rather than refused.
    let equivalent = coster
        .speed_for(0.0, loaded_watts, true, rules::ROUTE_ADJUSTED_MAX_M_PER_MIN)
        .m_per_min()
        .clamp(SPEED_M_PER_MIN.min, SPEED_M_PER_MIN.max);
    let judged_length = DURATION_MIN.contains(minutes) && DISTANCE_M.contains(equivalent * minutes);
    runner.workout = Workout {
        speed: Some(Speed::from_m_per_min(equivalent)),
        length: judged_length.then(|| Length::Time(Duration::from_minutes(minutes))),
        ..request.runner.workout
    };
    runner.workout.grade_percent = 0.0;
    runner.chosen_load = coster
        .carried
        .load()
        .filter(|m| m.kg() > 0.0)
        .or(runner.chosen_load);
    let hills: f64 = stretches
        .iter()
        .filter(|s| s.grade.abs() >= rules::ROUTE_HILL_PERCENT)
        .map(|s| s.metres)
        .sum();
    let descents: f64 = stretches
        .iter()
        .filter(|s| s.grade <= -rules::ROUTE_HILL_PERCENT)
        .map(|s| s.metres)
        .sum();
    // The course's own findings are judged with the rest of the answer's.
    let mut findings = Vec::new();
    if descents >= rules::ROUTE_HILL_MIN_M && runner.conditions.contains(&Condition::KneePain) {
        findings.push(Note::from_advice(advice::DOWNHILL_KNEE));
    }
    let hills_allowed = request
        .plan_week
        .is_some_and(|week| week >= rules::PLAN_ADAPT.beginner_hills_from_week);
    if hills >= rules::ROUTE_HILL_MIN_M && runner.level == Level::Beginner && !hills_allowed {
        findings.push(Note::from_advice(advice::HILLS_EARLY));
    }
    let mut answer = recommend::recommend_with(&runner, findings)?;
    // The answer echoes what the runner asked (their flat pace, gait and
    // ground), not the flat run it was judged on.
    answer.request.workout = request.runner.workout;
    // Its figures are the course's own, not the flat run's.
    answer.energy = None;
    if let Some(effect) = answer.calorie_delta_percent.as_mut() {
        let percent = if totals.unloaded_kcal > 0.0 {
            (totals.loaded_kcal / totals.unloaded_kcal - 1.0) * 100.0
        } else {
            0.0
        };
        effect.range = rules::Range::new(percent, percent);
    }
    Ok(answer)
}

/// The wording of `advice` for `count` things: its own for several, `one`
/// for a single one.
fn for_count(advice: advice::Advice, one: &'static str, count: usize) -> &'static str {
    if count == 1 { one } else { advice.message }
}

/// Scales each split's rises and falls so that they add up to the
/// course's ascent and descent (which ignore the noise below the threshold).
fn rescale_climbs(splits: &mut [Split], ascent: f64, descent: f64) {
    let rises: f64 = splits.iter().map(|s| s.ascent_m).sum();
    let falls: f64 = splits.iter().map(|s| s.descent_m).sum();
    for split in splits {
        split.ascent_m = if rises > 0.0 {
            split.ascent_m * ascent / rises
        } else {
            0.0
        };
        split.descent_m = if falls > 0.0 {
            split.descent_m * descent / falls
        } else {
            0.0
        };
    }
}

/// Each split's measured heart rate, time-weighted over its stretches.
fn fill_measured(splits: &mut [Split], stretches: &[Stretch]) {
    let mut sums = vec![(0.0, 0.0); splits.len()];
    for s in stretches {
        if let Some((bpm, seconds)) = s.heart {
            sums[s.split].0 += bpm * seconds;
            sums[s.split].1 += seconds;
        }
    }
    for (split, (beats, seconds)) in splits.iter_mut().zip(sums) {
        split.heart_rate = (seconds > 0.0).then(|| round1(beats / seconds));
    }
}

/// The steepest stretches, up or down, steepest first, at most three,
/// none overlapping a steeper one's neighbours.
fn steepest(stretches: &[Stretch]) -> Vec<Steep> {
    let mut by_grade: Vec<&Stretch> = stretches
        .iter()
        .filter(|s| {
            s.grade.abs() >= rules::ROUTE_HILL_PERCENT && s.metres >= rules::ROUTE_STEEPEST_MIN_M
        })
        .collect();
    by_grade.sort_by(|a, b| b.grade.abs().total_cmp(&a.grade.abs()));
    let mut chosen: Vec<Steep> = Vec::new();
    for s in by_grade {
        let near = |steep: &Steep| (s.start_m - steep.start_m).abs() < 4.0 * rules::ROUTE_STRETCH_M;
        if !chosen.iter().any(near) {
            chosen.push(Steep {
                start_m: s.start_m,
                end_m: s.start_m + s.metres,
                grade_percent: s.grade,
            });
        }
        if chosen.len() == 3 {
            break;
        }
    }
    chosen
}

/// Heart rate on the course: the runner's own line from the file's steady
/// minutes, or the generic line through rest and the runner's usual
/// heart rate (rule `route-heart`).
fn heart(coster: &Coster, costs: &Costed, flat: Option<Speed>) -> Option<CourseHeart> {
    let (runner, points, timed) = (coster.runner, &costs.vo2_points, costs.heart_timed);
    let resting = runner
        .resting_hr
        .unwrap_or(super::workout::DEFAULT_RESTING_BPM);
    let windows = windows(points);
    let own = fit(&windows);
    let measured = (timed.1 > 0.0).then(|| timed.0 / timed.1);
    let usable = own.filter(|line| {
        line.fit.is_some_and(|(n, r2)| {
            n >= rules::ROUTE_FIT_MIN_WINDOWS && r2 >= rules::ROUTE_FIT_MIN_R2
        }) && line.slope > 0.0
    });
    let too_few = |n: usize| {
        Message::new(
            advice::HEART_TOO_FEW_MINUTES,
            [
                ("n", Value::Count(n)),
                ("least", Value::Count(rules::ROUTE_FIT_MIN_WINDOWS)),
            ],
        )
    };
    let why_generic = match (&usable, measured, own) {
        (Some(_), _, _) => None,
        (None, None, _) => Some(Message::fixed(advice::HEART_NOT_IN_FILE)),
        (None, Some(_), None) => Some(too_few(windows.len())),
        (None, Some(_), Some(line)) => Some(match line.fit {
            Some((n, _)) if n < rules::ROUTE_FIT_MIN_WINDOWS => too_few(n),
            Some((_, r2)) if line.slope > 0.0 => Message::new(
                advice::HEART_TOO_LOOSE,
                [
                    ("r2", Value::Hundredths(r2)),
                    ("least", Value::Decimal(rules::ROUTE_FIT_MIN_R2)),
                ],
            ),
            _ => Message::fixed(advice::HEART_FELL),
        }),
    };
    let line = if let Some(line) = usable {
        line
    } else {
        // Generic: heart-rate reserve follows oxygen reserve, through rest
        // and one known point: the file's average, or the runner's usual
        // heart rate at their flat pace.
        let (vo2, bpm) = if let Some(bpm) = measured {
            let carried: f64 = points.iter().map(|p| p.0 * p.2).sum::<f64>()
                / points.iter().map(|p| p.2).sum::<f64>();
            (carried, bpm)
        } else {
            let usual = runner.heart?.usual;
            let speed = flat?;
            (coster.vo2(coster.watts(0.0, speed, false)), usual)
        };
        let slope = (bpm - resting) / (vo2 - rules::RESTING_VO2);
        if !(slope.is_finite() && slope > 0.0) {
            return None;
        }
        HeartLine {
            intercept: resting - slope * rules::RESTING_VO2,
            slope,
            fit: None,
        }
    };
    Some(CourseHeart {
        line,
        own_fit: own.and_then(|line| line.fit),
        why_generic,
        measured_bpm: measured.map(round1),
    })
}

/// Steady windows of about a minute, after the first minutes (heart rate
/// lags the effort): (mean oxygen uptake, mean heart rate).
fn windows(points: &[(f64, f64, f64)]) -> Vec<(f64, f64)> {
    let mut out = Vec::new();
    let (mut vo2, mut bpm, mut seconds, mut elapsed) = (0.0, 0.0, 0.0, 0.0);
    for &(v, hr, dt) in points {
        elapsed += dt;
        if elapsed < rules::ROUTE_FIT_SKIP_SECONDS {
            continue;
        }
        vo2 += v * dt;
        bpm += hr * dt;
        seconds += dt;
        if seconds >= rules::ROUTE_FIT_WINDOW_SECONDS {
            out.push((vo2 / seconds, bpm / seconds));
            (vo2, bpm, seconds) = (0.0, 0.0, 0.0);
        }
    }
    out
}

/// Least squares of heart rate on oxygen uptake, with r².
fn fit(windows: &[(f64, f64)]) -> Option<HeartLine> {
    let n = windows.len();
    if n < 3 {
        return None;
    }
    let count = n as f64;
    let mean_x = windows.iter().map(|w| w.0).sum::<f64>() / count;
    let mean_y = windows.iter().map(|w| w.1).sum::<f64>() / count;
    let sxx: f64 = windows.iter().map(|w| (w.0 - mean_x).powi(2)).sum();
    let syy: f64 = windows.iter().map(|w| (w.1 - mean_y).powi(2)).sum();
    let sxy: f64 = windows
        .iter()
        .map(|w| (w.0 - mean_x) * (w.1 - mean_y))
        .sum();
    if sxx <= 0.0 || syy <= 0.0 {
        return None;
    }
    let slope = sxy / sxx;
    let r2 = sxy * sxy / (sxx * syy);
    Some(HeartLine {
        intercept: mean_y - slope * mean_x,
        slope,
        fit: Some((n, r2)),
    })
}

/// The note that says which heart-rate line was used, and why.
fn heart_note(heart: &CourseHeart, without_load: bool) -> Note {
    let line = &heart.line;
    let estimate = if without_load {
        advice::WITH
    } else {
        advice::WITHOUT
    };
    let advice = advice::COURSE_HEART;
    match (line.fit, &heart.why_generic) {
        (Some((n, r2)), _) => Note::worded(
            advice,
            advice::HEART_OWN_LINE,
            [
                ("estimate", Value::Words(estimate)),
                ("n", Value::Count(n)),
                ("r2", Value::Hundredths(r2)),
                ("slope", Value::Decimal(round1(line.slope))),
            ],
        ),
        (None, Some(why)) => Note::worded(
            advice,
            advice::HEART_GENERIC_BECAUSE,
            [("why", Value::Sentence(why.clone().into()))],
        ),
        (None, None) => Note::from_advice(advice),
    }
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
