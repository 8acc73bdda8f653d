//! The ground under a course's fixes: the distance between them, the fixes
//! no runner could have reached left out, elevations cleaned of GPS noise,
//! and the climb they add up to.

use super::{CourseError, Fix, MIN_POINTS, Timing};
use crate::rules;

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
pub(super) struct Cleaned {
    pub(super) fixes: Vec<Fix>,
    /// Fixes dropped as timed out of order or days from the rest: a
    /// device's clock glitch.
    pub(super) glitches: usize,
    /// Fixes dropped as GPS jumps.
    pub(super) jumps: usize,
    /// Elevations read as none, and the first of them.
    pub(super) unread: Option<(usize, f64)>,
}

/// Checks every fix, reads an elevation on no ground on Earth as none
/// (rule `route-elevation`), then drops the fixes of a clock glitch (timed
/// out of order or days from the rest) and those no runner could have
/// reached, and refuses fixes that run further than any course on foot
/// (rule `route-fixes`).
pub(super) fn clean(fixes: &[Fix]) -> Result<Cleaned, CourseError> {
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
    if fixes.len() < MIN_POINTS {
        return Err(CourseError::TooFewPoints(fixes.len()));
    }
    let timed = Timing::of(fixes) == Timing::Recorded;
    let in_order = if timed { in_time_order(fixes)? } else { None };
    let mut kept: Vec<Fix> = Vec::with_capacity(fixes.len());
    let (mut glitches, mut jumps, mut unread) = (0, 0, None);
    for (index, mut fix) in fixes.iter().copied().enumerate() {
        if let Some(e) = fix
            .elevation
            .filter(|&e| !rules::ROUTE_ELEVATION_M.contains(e))
        {
            fix.elevation = None;
            unread = Some(unread.map_or((1, e), |(count, first)| (count + 1, first)));
        }
        if in_order.as_ref().is_some_and(|in_order| !in_order[index]) {
            glitches += 1;
            continue;
        }
        let Some(last) = kept.last() else {
            kept.push(fix);
            continue;
        };
        if let (true, Some(t0), Some(t1)) = (timed, last.time, fix.time) {
            // The fixes kept so far are in time order, so `dt` is not negative.
            let dt = t1 - t0;
            if haversine_m(last, &fix) > rules::ROUTE_JUMP_M_PER_S * dt.max(1.0) {
                jumps += 1;
                continue;
            }
        }
        kept.push(fix);
    }
    // Before a split is laid on them: a few fixes back and forth across
    // the globe would otherwise ask for millions.
    let span_m: f64 = kept.windows(2).map(|w| haversine_m(&w[0], &w[1])).sum();
    if span_m > rules::ROUTE_LONGEST_M {
        return Err(CourseError::TooLong(span_m));
    }
    Ok(Cleaned {
        fixes: kept,
        glitches,
        jumps,
        unread,
    })
}

/// Which of a recording's fixes to keep so that their times run in order
/// and together, so that a clock glitch is left out whichever way it went:
/// a fix timed years ahead or behind, or one a little behind the fix before
/// it (rule `route-fixes`). `None` when every fix is kept.
///
/// First the fixes timed more than [`rules::ROUTE_GLITCH_DAYS`] apart
/// from the body of the recording are left out, if they are few enough to
/// be a glitch (more are read as they are, the days between them a stop);
/// then the fewest that leave the rest in order.
///
/// # Errors
/// [`CourseError::TimeOrder`] when more than one fix in
/// [`rules::ROUTE_TIME_GLITCHES_ONE_IN`] would be left out: then the times
/// are not a glitch but out of order (a track written backwards, say).
fn in_time_order(fixes: &[Fix]) -> Result<Option<Vec<bool>>, CourseError> {
    // Every fix of a recording is timed.
    let times: Vec<f64> = fixes
        .iter()
        .map(|fix| fix.time.unwrap_or_default())
        .collect();
    let allowed = times.len() / rules::ROUTE_TIME_GLITCHES_ONE_IN;
    let mut keep = with_the_body(&times);
    if keep.iter().filter(|&&kept| !kept).count() > allowed {
        keep.fill(true);
    }
    let body: Vec<usize> = (0..times.len()).filter(|&i| keep[i]).collect();
    if let Some(at) = (1..body.len()).find(|&k| times[body[k]] < times[body[k - 1]]) {
        let in_order = longest_in_order(&body.iter().map(|&i| times[i]).collect::<Vec<_>>());
        for (&i, kept) in body.iter().zip(in_order) {
            keep[i] = kept;
        }
        let left_out = keep.iter().filter(|&&kept| !kept).count();
        if left_out > allowed {
            return Err(CourseError::TimeOrder {
                index: body[at],
                left_out,
                points: times.len(),
            });
        }
    }
    Ok(keep.contains(&false).then_some(keep))
}

/// [`rules::ROUTE_GLITCH_DAYS`] in seconds, the unit of a fix's time.
pub(super) const GLITCH_GAP_S: f64 = rules::ROUTE_GLITCH_DAYS * 86_400.0;

/// Which of `times` belong to the body of the recording: the times around
/// the median that follow each other with no gap longer than
/// [`rules::ROUTE_GLITCH_DAYS`]. A recording of any length stays whole,
/// however many nights it spans; a fix dated years off stands apart.
fn with_the_body(times: &[f64]) -> Vec<bool> {
    let mut sorted = times.to_vec();
    sorted.sort_unstable_by(f64::total_cmp);
    let apart = |pair: &[f64]| pair[1] - pair[0] > GLITCH_GAP_S;
    let middle = sorted.len() / 2;
    let first = sorted[..=middle]
        .windows(2)
        .rposition(apart)
        .map_or(sorted[0], |at| sorted[at + 1]);
    let last = sorted[middle..]
        .windows(2)
        .position(apart)
        .map_or(sorted[sorted.len() - 1], |at| sorted[middle + at]);
    times.iter().map(|t| (first..=last).contains(t)).collect()
}

/// The most of `times` that run in order (never going back), marked: a
/// longest non-decreasing subsequence, found as in patience sorting.
fn longest_in_order(times: &[f64]) -> Vec<bool> {
    // `ends[k]` is the index that ends the best run of k + 1 so far (the
    // one timed earliest), and `before[i]` the index before `i` in the best
    // run that `i` ends.
    let mut ends: Vec<usize> = Vec::new();
    let mut before: Vec<Option<usize>> = vec![None; times.len()];
    for (i, link) in before.iter_mut().enumerate() {
        let length = ends.partition_point(|&end| times[end] <= times[i]);
        *link = length.checked_sub(1).map(|k| ends[k]);
        if length == ends.len() {
            ends.push(i);
        } else {
            ends[length] = i;
        }
    }
    let mut keep = vec![false; times.len()];
    let mut at = ends.last().copied();
    while let Some(i) = at {
        keep[i] = true;
        at = before[i];
    }
    keep
}

/// Elevations with their outliers replaced (rule `route-elevation`): each
/// by the median of its close neighbours where it strays far from it.
pub(super) fn despike(metres: &[f64], raw: &[f64]) -> Vec<f64> {
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

/// Elevations cleaned of GPS noise (rule `route-elevation`): each the
/// average of the `despiked` profile, the line between fixes taken as
/// straight, over equal ground either side of its fix. That ground reaches
/// half the smoothing length, but no further than the farthest fix within
/// it on the shorter side: so near either end it narrows to the fix alone,
/// a fix with no neighbour that close keeps its elevation, and a steady
/// slope keeps its grade however unevenly its fixes lie.
pub(super) fn smooth(metres: &[f64], despiked: &[f64]) -> Vec<f64> {
    // A millimetre more keeps a fix at the edge when sums of distances
    // round it a hair beyond; an average over less ground is the fix's own.
    const HAIR: f64 = 1e-3;
    let reach = rules::ROUTE_SMOOTHING_M / 2.0 + HAIR;
    (0..despiked.len())
        .map(|i| {
            let (at, own) = (metres[i], despiked[i]);
            let first = metres.partition_point(|&m| m < at - reach);
            let last = metres.partition_point(|&m| m <= at + reach) - 1;
            let half = (at - metres[first]).min(metres[last] - at);
            if half <= HAIR {
                return own;
            }
            let (from, to) = (at - half, at + half);
            // The area between the profile and the fix's own elevation,
            // so that level ground averages to exactly that elevation.
            let mut area = 0.0;
            for k in first..last {
                let (m0, m1) = (metres[k], metres[k + 1]);
                let (lo, hi) = (m0.max(from), m1.min(to));
                if hi <= lo {
                    continue;
                }
                let slope = (despiked[k + 1] - despiked[k]) / (m1 - m0);
                let height = |m: f64| despiked[k] + slope * (m - m0) - own;
                area += (hi - lo) * (height(lo) + height(hi)) / 2.0;
            }
            own + area / (to - from)
        })
        .collect()
}

/// The biggest single climb and descent, metres, of `elevations`: a fall
/// along a climb, or a rise along a descent, of less than `break_m` does
/// not end it, nor count as one.
#[must_use]
pub fn longest_climbs(elevations: &[f64], break_m: f64) -> (f64, f64) {
    let legs = legs(elevations, break_m);
    let longest = |up: bool| {
        legs.iter()
            .filter(|leg| leg.0 == up)
            .fold(0.0, |most: f64, leg| most.max(leg.1))
    };
    (longest(true), longest(false))
}

/// Ascent and descent, metres, of `elevations`: rises and falls between
/// turning points at least [`rules::ROUTE_ASCENT_THRESHOLD_M`] apart.
#[must_use]
pub fn climb(elevations: &[f64]) -> (f64, f64) {
    let legs = legs(elevations, rules::ROUTE_ASCENT_THRESHOLD_M);
    let total = |up: bool| {
        legs.iter()
            .filter(|leg| leg.0 == up)
            .fold(0.0, |sum, leg| sum + leg.1)
    };
    (total(true), total(false))
}

/// The climbs and descents of `elevations`, in order, between turning
/// points at least `threshold` metres apart: whether each climbs, and the
/// metres it climbs or descends. A fall along a climb, or a rise along a
/// descent, of less than `threshold` belongs to it.
fn legs(elevations: &[f64], threshold: f64) -> Vec<(bool, f64)> {
    let mut legs = Vec::new();
    let Some(&first) = elevations.first() else {
        return legs;
    };
    let (mut low, mut high) = (first, first);
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
                    legs.push((true, high - low));
                    low = e;
                    climbing = Some(false);
                }
            }
            Some(false) => {
                if e < low {
                    low = e;
                } else if e - low >= threshold {
                    legs.push((false, high - low));
                    high = e;
                    climbing = Some(true);
                }
            }
        }
    }
    if let Some(up) = climbing {
        legs.push((up, high - low));
    }
    legs
}

#[cfg(test)]
mod tests {
    use super::{GLITCH_GAP_S as WEEK, longest_in_order, with_the_body};
    use proptest::prelude::*;

    #[test]
    fn the_body_is_the_times_around_the_median_with_no_weeks_gap_between_them() {
        // A fix dated years ahead or behind, in any place in the file.
        assert_eq!(
            with_the_body(&[0.0, 1.0, 2.0, 9e8]),
            [true, true, true, false]
        );
        assert_eq!(
            with_the_body(&[2.0, -6e8, 0.0, 1.0]),
            [true, false, true, true]
        );
        // A gap of a week joins; a week and a second sets apart.
        let weekly = [0.0, WEEK, 2.0 * WEEK, 3.0 * WEEK];
        assert_eq!(with_the_body(&weekly), [true; 4]);
        let late = [0.0, WEEK + 1.0, WEEK + 2.0, WEEK + 3.0];
        assert_eq!(with_the_body(&late), [false, true, true, true]);
    }

    /// The times `longest_in_order` keeps.
    fn kept(times: &[f64]) -> Vec<f64> {
        let keep = longest_in_order(times);
        times
            .iter()
            .zip(keep)
            .filter(|(_, k)| *k)
            .map(|(t, _)| *t)
            .collect()
    }

    #[test]
    fn a_fix_timed_ahead_or_behind_is_the_one_left_out() {
        assert_eq!(
            kept(&[0.0, 3.0, 6.0, 9e8, 9.0, 12.0]),
            [0.0, 3.0, 6.0, 9.0, 12.0]
        );
        assert_eq!(kept(&[0.0, 3.0, 6.0, -60.0, 9.0]), [0.0, 3.0, 6.0, 9.0]);
        assert_eq!(kept(&[9e8, 0.0, 3.0]), [0.0, 3.0]);
        // Fixes sharing a time are in order.
        assert_eq!(kept(&[0.0, 3.0, 3.0, 6.0]), [0.0, 3.0, 3.0, 6.0]);
        assert_eq!(kept(&[]), [0.0; 0]);
    }

    /// The length of the longest run in order, tried over every subset.
    fn longest_by_trying_all(times: &[f64]) -> usize {
        (0_u32..1 << times.len())
            .filter(|mask| {
                let chosen: Vec<f64> = (0..times.len())
                    .filter(|i| mask & (1 << i) != 0)
                    .map(|i| times[i])
                    .collect();
                chosen.windows(2).all(|pair| pair[0] <= pair[1])
            })
            .map(u32::count_ones)
            .max()
            .unwrap_or_default() as usize
    }

    proptest! {
        #![proptest_config(crate::strategies::config(500))]

        #[test]
        fn what_is_kept_is_in_order_and_as_long_as_any_run_that_is(
            times in proptest::collection::vec((0_u8..6).prop_map(f64::from), 0..11)
        ) {
            let kept = kept(&times);
            prop_assert!(kept.windows(2).all(|pair| pair[0] <= pair[1]), "{kept:?}");
            prop_assert_eq!(kept.len(), longest_by_trying_all(&times));
        }

        #[test]
        fn a_recording_with_no_weeks_pause_is_all_body_and_a_fix_past_it_is_not(
            // A second short of the limit, clear of rounding in the sums.
            gaps in proptest::collection::vec(0.0..=WEEK - 1.0, 2..40),
            beyond in 1.0..1e9_f64,
        ) {
            let mut times: Vec<f64> = gaps
                .iter()
                .scan(0.0, |at, gap| {
                    *at += gap;
                    Some(*at)
                })
                .collect();
            prop_assert!(with_the_body(&times).iter().all(|&kept| kept));
            times.push(times[times.len() - 1] + WEEK + beyond);
            let body = with_the_body(&times);
            prop_assert!(!body[body.len() - 1]);
            prop_assert!(body[..body.len() - 1].iter().all(|&kept| kept));
        }
    }
}
