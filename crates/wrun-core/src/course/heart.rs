//! Heart rate on a course: the runner's own line, fitted to the file's
//! steady minutes, or the generic line through rest (rule `route-heart`).

use super::cost::{Costed, Coster};
use super::measure::Stretch;
use super::{CourseHeart, HeartLine, Split};
use crate::advice;
use crate::answer::Note;
use crate::mass::round1;
use crate::message::{Message, Value};
use crate::recommend::{self, Request};
use crate::rules;
use crate::workout::{HEART_RATE_BPM, Speed};

/// Heart rate on the course: the runner's own line from the file's steady
/// minutes, or the generic line through rest and the runner's usual
/// heart rate (rule `route-heart`).
pub(super) fn heart(coster: &Coster, costs: &Costed, flat: Option<Speed>) -> Option<CourseHeart> {
    let (runner, points) = (coster.runner, &costs.vo2_points);
    let resting = resting_bpm(runner);
    let windows = windows(points);
    let own = fit(&windows);
    let measured = costs.measured_heart();
    let usable = own.filter(|line| {
        line.fit.is_some_and(|(n, r2)| {
            n >= rules::ROUTE_FIT_MIN_WINDOWS && r2 >= rules::ROUTE_FIT_MIN_R2
        }) && line.slope > 0.0
    });
    let why_generic = match (&usable, measured, own) {
        (Some(_), _, _) => None,
        (None, None, _) => Some(Message::fixed(advice::HEART_NOT_IN_FILE)),
        (None, Some(_), None) => Some(no_line(&windows)),
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

/// Where the file's heart rate averages no higher than the runner's
/// resting heart rate, no line runs through the two and [`heart`] gives
/// none: the note that says there is no estimate, and why.
pub(super) fn not_above_rest(runner: &Request, costs: &Costed) -> Option<Note> {
    let bpm = costs.measured_heart()?;
    let resting = resting_bpm(runner);
    if bpm > resting {
        return None;
    }
    let template = if runner.resting_hr.is_some() {
        advice::HEART_NOT_ABOVE_REST
    } else {
        advice::HEART_NOT_ABOVE_REST_ASSUMED
    };
    Some(Note::worded(
        advice::COURSE_HEART,
        template,
        [
            ("bpm", Value::Decimal(round1(bpm))),
            ("resting", Value::Decimal(round1(resting))),
        ],
    ))
}

/// The runner's resting heart rate, bpm: as given, else the one wrun
/// takes without it.
fn resting_bpm(runner: &Request) -> f64 {
    runner
        .resting_hr
        .unwrap_or(crate::workout::DEFAULT_RESTING_BPM)
}

/// Why the file's heart rate gives no line at all: too few steady
/// windows, or enough of them with a heart rate, or an effort, that never
/// changed across them.
pub(super) fn no_line(windows: &[(f64, f64)]) -> Message {
    if windows.len() < rules::ROUTE_FIT_MIN_WINDOWS {
        return too_few(windows.len());
    }
    // `fit` gives none for enough windows only where one of the two
    // never changed.
    match spread(windows, |w| w.1) {
        (bpm, squares) if squares <= 0.0 => {
            Message::new(advice::HEART_HELD, [("bpm", Value::Decimal(round1(bpm)))])
        }
        _ => Message::fixed(advice::HEART_EFFORT_HELD),
    }
}

/// Why not the runner's own line: `n` steady windows, too few.
fn too_few(n: usize) -> Message {
    Message::new(
        advice::HEART_TOO_FEW_MINUTES,
        [
            ("n", Value::Count(n)),
            ("least", Value::Count(rules::ROUTE_FIT_MIN_WINDOWS)),
        ],
    )
}

/// Steady windows of about a minute, after the first minutes (heart rate
/// lags the effort): (mean oxygen uptake, mean heart rate).
pub(super) fn windows(points: &[(f64, f64, f64)]) -> Vec<(f64, f64)> {
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

/// The highest heart rate the runner is known to reach on the course,
/// bpm: a recording's highest minute after its first minutes (a sensor
/// can read high as it starts), else the usual heart rate at the pace a
/// course is planned at, if the runner gave it.
pub(super) fn reached(runner: &Request, stretches: &[Stretch]) -> Option<f64> {
    if !stretches.iter().any(|s| s.heart.is_some()) {
        return runner.heart.map(|rates| rates.usual);
    }
    let points: Vec<(f64, f64, f64)> = stretches
        .iter()
        .filter(|s| s.moving > 0.0)
        .filter_map(|s| s.heart.map(|(bpm, seconds)| (0.0, bpm, seconds)))
        .collect();
    windows(&points).into_iter().map(|w| w.1).reduce(f64::max)
}

/// The note that the heart rate the runner reaches on the course
/// (`reached_hr` of the answer's `request`) is above their maximum: a
/// maximum from age is left aside (rule `tanaka-hr-max`); one they gave
/// is kept, and they are asked to check it. The heart rate reached is a
/// minute of the recording's, or, on a course whose `costs` have none,
/// the usual heart rate at the pace (never above a maximum given).
pub(super) fn max_hr_aside(request: &Request, costs: &Costed) -> Option<Note> {
    let reached = request.reached_hr?;
    let reached_value = ("reached", Value::Decimal(round1(reached)));
    if let Some(max) = request.max_hr {
        let max_value = ("max", Value::Decimal(round1(max)));
        return (reached > max)
            .then(|| Note::with(advice::COURSE_MAX_HR_BELOW_FILE, [reached_value, max_value]));
    }
    let (max, false) = recommend::max_hr_from_age(request)? else {
        return None;
    };
    let mut values = recommend::max_hr_from_age_values(max);
    values.insert(0, reached_value);
    let advice = advice::COURSE_MAX_HR_ASIDE;
    Some(if costs.measured_heart().is_some() {
        Note::with(advice, values)
    } else {
        Note::worded(advice, advice::COURSE_MAX_HR_ASIDE_USUAL, values)
    })
}

/// Fills each split's heart-rate estimates on `heart`'s line, never past
/// the `runner`'s maximum; the notes on them: the line used, and whether
/// an estimate was held at that maximum.
pub(super) fn estimate(
    coster: &Coster,
    splits: &mut [Split],
    heart: &CourseHeart,
    runner: &Request,
    without_load: bool,
) -> Vec<Note> {
    let (most, held) = most(runner);
    let capped = coster.split_heart_rates(splits, heart, most);
    let mut notes = vec![heart_note(heart, without_load)];
    notes.extend(capped.then_some(held));
    notes
}

/// The highest heart rate an estimate on the course may show, bpm: the
/// runner's maximum, as given or from an age that stands (see
/// [`max_hr_aside`]), else the highest wrun accepts; and the note to give
/// where an estimate is held there.
fn most(request: &Request) -> (f64, Note) {
    let advice = advice::COURSE_HEART_CAPPED;
    if let Some(max) = request.max_hr {
        let values = [("max", Value::Decimal(round1(max)))];
        return (max, Note::with(advice, values));
    }
    if let Some(max) = recommend::standing_max_hr_from_age(request) {
        let mut values = recommend::max_hr_from_age_values(max);
        values.insert(0, ("max", Value::Decimal(round1(max))));
        return (
            max,
            Note::worded(advice, advice::COURSE_HEART_CAPPED_AGE, values),
        );
    }
    let limit = HEART_RATE_BPM.max;
    let values = [("limit", Value::Decimal(limit))];
    (
        limit,
        Note::worded(advice, advice::COURSE_HEART_CAPPED_LIMIT, values),
    )
}

/// Least squares of heart rate on oxygen uptake, with r².
pub(super) fn fit(windows: &[(f64, f64)]) -> Option<HeartLine> {
    let n = windows.len();
    if n < 3 {
        return None;
    }
    let (mean_x, sxx) = spread(windows, |w| w.0);
    let (mean_y, syy) = spread(windows, |w| w.1);
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

/// The mean of one coordinate of the windows, and the sum of its squared
/// deviations from that mean: 0 where it never changed.
fn spread(windows: &[(f64, f64)], coordinate: impl Fn(&(f64, f64)) -> f64) -> (f64, f64) {
    let mean = windows.iter().map(&coordinate).sum::<f64>() / windows.len() as f64;
    let squares = windows.iter().map(|w| (coordinate(w) - mean).powi(2)).sum();
    (mean, squares)
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
