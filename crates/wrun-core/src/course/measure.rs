//! The course measured from its cleaned fixes: samples along it, its
//! stops, stretches of about 50 m with their grades, and what each split
//! gathers from its stretches.

use super::ground::{climb, despike, haversine_m, smooth};
use super::{Fix, Split, Steep, Stop};
use crate::mass::round1;
use crate::rules;
use crate::workout::GRADE_PERCENT;

/// A point along the course after cleaning: distance, smoothed elevation,
/// time and heart rate.
#[derive(Debug, Clone, Copy)]
pub(super) struct Sample {
    pub(super) metres: f64,
    pub(super) elevation: f64,
    pub(super) seconds: f64,
    pub(super) heart_rate: Option<f64>,
    /// The interval that ends here is part of a stop.
    pub(super) stopped: bool,
}

/// A stretch of about [`rules::ROUTE_STRETCH_M`], costed.
#[derive(Debug, Clone, Copy)]
pub(super) struct Stretch {
    pub(super) start_m: f64,
    pub(super) metres: f64,
    /// As measured, percent.
    pub(super) grade: f64,
    /// Clipped into the models' range.
    pub(super) model_grade: f64,
    pub(super) rise: f64,
    /// Recorded: moving seconds.
    pub(super) moving: f64,
    /// Recorded: time-weighted heart rate and the seconds it covers.
    pub(super) heart: Option<(f64, f64)>,
    pub(super) split: usize,
}

/// The course measured from its fixes.
pub(super) struct Measured {
    /// The samples, with one added at every split boundary.
    pub(super) samples: Vec<Sample>,
    pub(super) stops: Vec<Stop>,
    pub(super) has_elevation: bool,
    /// The raw GPS sum of the rises while moving, outliers aside, metres.
    pub(super) raw_ascent_m: f64,
    /// The ground between the fixes of the stops, left out of the
    /// distance, metres.
    pub(super) stopped_m: f64,
}

impl Measured {
    /// The lowest and highest elevation, metres, when the file has any.
    pub(super) fn elevation_range(&self) -> Option<(f64, f64)> {
        self.has_elevation.then(|| elevation_range(&self.samples))
    }
}

/// Measures the course: the samples along it, with a sample added at every
/// split boundary, and the stops. No ground is covered while stopped: the
/// distance between a stop's fixes (GPS drift, or a jump across a pause or
/// between joined tracks) is left out of the course, and so are the rises
/// and falls across it.
pub(super) fn samples(fixes: &[Fix], split_m: f64, recorded: bool) -> Measured {
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
pub(super) fn mark_stops(points: &mut [Sample]) -> Vec<(usize, f64)> {
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
pub(super) fn slow(points: &[Sample], i: usize) -> bool {
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
pub(super) fn stretches(samples: &[Sample], split_m: f64) -> Vec<Stretch> {
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
    /// The grade as wrun shows it, to a tenth of a point: what is compared
    /// with a model's limits and the hills' grade, so that a slope drawn at
    /// one (give or take float noise) is judged as drawn.
    pub(super) fn shown_grade(&self) -> f64 {
        round1(self.grade)
    }

    /// Whether the stretch is a hill, up or down (rule `route-hills`).
    pub(super) fn is_hill(&self) -> bool {
        self.shown_grade().abs() >= rules::ROUTE_HILL_PERCENT
    }

    /// Whether the grade lies beyond the models' range.
    pub(super) fn clipped(&self) -> bool {
        !(GRADE_PERCENT.min..=GRADE_PERCENT.max).contains(&self.shown_grade())
    }
}

pub(super) fn stretch(samples: &[Sample], split: usize) -> Stretch {
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

/// Metres climbed and descended, over each stretch of moving on its own,
/// so that no climb runs across a stop.
pub(super) fn moving_climb(samples: &[Sample]) -> (f64, f64) {
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

/// Scales each split's rises and falls so that they add up to the
/// course's ascent and descent (which ignore the noise below the threshold).
pub(super) fn rescale_climbs(splits: &mut [Split], ascent: f64, descent: f64) {
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
pub(super) fn fill_measured(splits: &mut [Split], stretches: &[Stretch]) {
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
pub(super) fn steepest(stretches: &[Stretch]) -> Vec<Steep> {
    let mut by_grade: Vec<&Stretch> = stretches
        .iter()
        .filter(|s| s.is_hill() && s.metres >= rules::ROUTE_STEEPEST_MIN_M)
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
