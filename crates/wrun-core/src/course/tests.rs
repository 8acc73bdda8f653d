use super::ground::{despike, longest_climbs, smooth};
use super::heart::{fit, no_line, windows};
use super::measure::{Sample, Stretch, slow, stretch};
use super::*;
use crate::{
    Condition, GRADE_PERCENT, Gait, Length, Level, Severity, Terrain, Unit, Verdict, WeightType,
    recommend,
};

/// Degrees of latitude in one metre, on wrun's sphere.
fn degrees(metres: f64) -> f64 {
    metres / (rules::EARTH_RADIUS_M * std::f64::consts::PI / 180.0)
}

/// A course due north from 45° N: a fix every `step` metres, its elevation
/// from `elevation(metres)`, timed at `speed` m/s when given.
fn track(
    metres: f64,
    step: f64,
    elevation: impl Fn(f64) -> Option<f64>,
    speed: Option<f64>,
) -> Vec<Fix> {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let count = (metres / step).round() as usize;
    (0..=count)
        .map(|i| {
            let at = i as f64 * step;
            Fix {
                lat: 45.0 + degrees(at),
                lon: 7.0,
                elevation: elevation(at),
                time: speed.map(|v| at / v),
                heart_rate: None,
            }
        })
        .collect()
}

/// The note of `course` with this `id`, if it has one.
fn said<'a>(course: &'a Course, id: &str) -> Option<&'a Note> {
    course.notes.iter().find(|note| note.id == id)
}

/// A flat course at 100 m.
const FLAT: fn(f64) -> Option<f64> = |_| Some(100.0);

fn vest_runner(kg: f64, vest: f64) -> Request {
    let mut runner = Request::new(Mass::from_kg(kg), WeightType::Vest);
    runner.chosen_load = Some(Mass::from_kg(vest));
    runner
}

/// 1 km up and 1 km down at 8 %: the elevation `at` metres along.
fn up_and_down(at: f64) -> f64 {
    100.0 + 0.08 * if at <= 1000.0 { at } else { 2000.0 - at }
}

/// [`up_and_down`], untimed.
fn hill() -> Vec<Fix> {
    track(2000.0, 5.0, |at| Some(up_and_down(at)), None)
}

/// How a 7 kg vest is costed for `runner`.
fn seven_kg_vest(runner: &Request) -> Coster<'_> {
    Coster {
        runner,
        carried: Carried::Vest(Mass::from_kg(7.0)),
    }
}

/// Oxygen uptake, mL/kg/min, of `runner` on the flat at `speed`, with a
/// 7 kg vest (`loaded`) or without.
fn flat_vo2(runner: &Request, speed: Speed, loaded: bool) -> f64 {
    let coster = seven_kg_vest(runner);
    coster.vo2(coster.watts(0.0, speed, loaded))
}

fn ask(runner: Request) -> CourseRequest {
    CourseRequest {
        runner,
        split: Distance::from_metres(1000.0),
        recorded_without_load: false,
        plan_week: None,
    }
}

fn planned(runner: Request, km_per_h: f64) -> CourseRequest {
    let mut request = ask(runner);
    request.runner.workout.speed = Some(Speed::from_km_per_h(km_per_h));
    request
}

#[test]
fn a_short_track_measures_what_the_haversine_sum_gives_by_hand() {
    // 0.01° of longitude on the equator: 6,371,008.8 m × 0.01 × π / 180
    // = 1,111.95 m; then 0.01° of latitude north: the same again.
    let fixes = [
        Fix::default(),
        Fix {
            lon: 0.01,
            ..Fix::default()
        },
        Fix {
            lat: 0.01,
            lon: 0.01,
            ..Fix::default()
        },
    ];
    assert!((haversine_m(&fixes[0], &fixes[1]) - 1_111.95).abs() < 0.01);
    let answer = course(&fixes, &planned(vest_runner(70.0, 7.0), 10.0)).unwrap();
    assert!((answer.distance_m - 2_223.90).abs() < 0.02);
}

#[test]
fn smoothed_ascent_is_within_five_percent_of_the_true_climb_and_the_raw_sum_is_far_above() {
    // Five hills of 40 m over 10 km, a fix every 3 m, with ±3 m of noise.
    let mut seed: u32 = 12_345;
    let mut jitter = move || {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        f64::from(seed >> 16) / 65_535.0 * 6.0 - 3.0
    };
    let noisy: Vec<f64> = (0..=3334)
        .map(|i| {
            let at = f64::from(i) * 3.0;
            100.0 + 20.0 * (1.0 - (at / 2000.0 * std::f64::consts::TAU).cos()) + jitter()
        })
        .collect();
    let mut fixes = track(10_002.0, 3.0, FLAT, None);
    for (fix, elevation) in fixes.iter_mut().zip(&noisy) {
        fix.elevation = Some(*elevation);
    }
    let answer = course(&fixes, &planned(vest_runner(70.0, 7.0), 10.0)).unwrap();
    let truth = 200.0;
    assert!(
        (answer.ascent_m - truth).abs() / truth < 0.05,
        "smoothed ascent {}",
        answer.ascent_m
    );
    assert!(
        answer.raw_ascent_m > 3.0 * truth,
        "raw {}",
        answer.raw_ascent_m
    );
}

#[test]
fn a_steady_climb_keeps_its_grade_and_its_ascent_to_both_ends_of_the_course() {
    // 500 m up 10 %, a fix every 5 m: 50 m of climb, every stretch at 10 %.
    let climb = track(500.0, 5.0, |at| Some(100.0 + 0.1 * at), None);
    let answer = course(&climb, &planned(vest_runner(70.0, 7.0), 10.0)).unwrap();
    assert!((answer.ascent_m - 50.0).abs() < 1e-6, "{}", answer.ascent_m);
    let (first, last) = (answer.profile[0], answer.profile[answer.profile.len() - 1]);
    assert!((first.1 - 100.0).abs() < 1e-6, "{first:?}");
    assert!((last.1 - 150.0).abs() < 1e-6, "{last:?}");
    for (metres, elevation) in &answer.profile {
        assert!(
            (elevation - (100.0 + 0.1 * metres)).abs() < 1e-3,
            "{metres} m: {elevation}"
        );
    }
}

#[test]
fn a_gps_spike_is_no_climb_even_in_the_raw_sum() {
    // The steady 10 % climb above, with a spike of 300 m on two fixes.
    let mut climb = track(500.0, 5.0, |at| Some(100.0 + 0.1 * at), None);
    climb[30].elevation = Some(415.0);
    climb[70].elevation = Some(435.0);
    let answer = course(&climb, &planned(vest_runner(70.0, 7.0), 10.0)).unwrap();
    assert!((answer.ascent_m - 50.0).abs() < 1e-6, "{}", answer.ascent_m);
    // The median of its neighbours takes each marker's place, on the way up.
    assert!(
        (answer.raw_ascent_m - 50.0).abs() < 1e-6,
        "raw {}",
        answer.raw_ascent_m
    );
}

#[test]
fn an_elevation_on_no_ground_is_no_reading_and_said_even_at_the_start() {
    // The steady 10 % climb, its first five fixes at -9999 ("no reading"):
    // the median cannot outvote them there, so they must not count at all.
    let mut climb = track(500.0, 5.0, |at| Some(100.0 + 0.1 * at), None);
    for fix in &mut climb[..5] {
        fix.elevation = Some(-9_999.0);
    }
    let answer = course(&climb, &planned(vest_runner(70.0, 7.0), 10.0)).unwrap();
    // From 102.5 m, the first reading, to 150 m.
    assert!((answer.ascent_m - 47.5).abs() < 1e-6, "{}", answer.ascent_m);
    assert!((answer.raw_ascent_m - 47.5).abs() < 1e-6);
    assert_eq!(answer.elevation_range, Some((102.5, 150.0)));
    let note = said(&answer, "no-elevation-readings").unwrap();
    assert_eq!(
        note.message.text(),
        "5 points give an elevation on no ground on Earth, like -9999 m, a device's mark for no \
         reading: they are read as points without elevation."
    );
    assert_eq!(note.source, "route-elevation");

    // The bounds are ground; past them, one point alone is said so.
    for fix in &mut climb[..5] {
        fix.elevation = Some(-500.0);
    }
    climb[99].elevation = Some(9_000.5);
    let answer = course(&climb, &planned(vest_runner(70.0, 7.0), 10.0)).unwrap();
    let notes: Vec<String> = answer
        .notes
        .iter()
        .map(|n| n.message.text().into_owned())
        .collect();
    assert!(
        notes.contains(
            &"1 point gives an elevation on no ground on Earth, 9000.5 m, a device's mark for no \
              reading: it is read as a point without elevation."
                .to_owned()
        ),
        "{notes:?}"
    );

    // A file whose every elevation is a mark has none, and is flat.
    for fix in &mut climb {
        fix.elevation = Some(-9_999.0);
    }
    let answer = course(&climb, &planned(vest_runner(70.0, 7.0), 10.0)).unwrap();
    assert!(!answer.has_elevation);
    assert_eq!(answer.elevation_range, None);
    assert!(said(&answer, "course-flat").is_some());
}

#[test]
fn a_flat_recorded_run_at_constant_pace_costs_what_recommend_says() {
    // 5 km at 10 km/h (2.78 m/s) with a 7 kg vest: 30 minutes.
    let fixes = track(5000.0, 2.777_777_8, FLAT, Some(10.0 / 3.6));
    let answer = course(&fixes, &ask(vest_runner(70.0, 7.0))).unwrap();
    let mut runner = vest_runner(70.0, 7.0);
    runner.workout.speed = Some(Speed::from_km_per_h(10.0));
    runner.workout.length = Some(Length::Time(Duration::from_minutes(30.0)));
    let energy = recommend(&runner).unwrap().energy.unwrap();
    assert!((answer.loaded_kcal / energy.loaded_kcal.max - 1.0).abs() < 0.01);
    assert!((answer.unloaded_kcal / energy.baseline_kcal - 1.0).abs() < 0.01);
    assert!((answer.seconds - 1800.0).abs() < 1.0);
    // On the flat with the vest, the same effort without it is faster.
    assert!(answer.adjusted_speed.unwrap().km_per_h() > 10.0);
}

#[test]
fn splits_add_up_to_the_totals() {
    let hill = |at: f64| Some(100.0 + 30.0 * (at / 1500.0).sin());
    let fixes = track(5_300.0, 4.0, hill, Some(3.0));
    let answer = course(&fixes, &ask(vest_runner(70.0, 7.0))).unwrap();
    assert_eq!(answer.splits.len(), 6);
    let sum = |pick: fn(&Split) -> f64| answer.splits.iter().map(pick).sum::<f64>();
    assert!((sum(|s| s.distance_m) - answer.distance_m).abs() < 1e-6);
    assert!((sum(|s| s.seconds) - answer.seconds).abs() < 1e-6);
    assert!((sum(|s| s.loaded_kcal) - answer.loaded_kcal).abs() < 1e-6);
    assert!((sum(|s| s.ascent_m) - answer.ascent_m).abs() < 1e-6);
    assert!((sum(|s| s.descent_m) - answer.descent_m).abs() < 1e-6);
    assert!((answer.splits[0].distance_m - 1000.0).abs() < 1e-6);
    assert!((answer.splits[5].distance_m - 300.0).abs() < 0.5);
    // Each split's speed is its distance over its moving time: 3 m/s.
    for split in &answer.splits {
        let speed = split.speed().unwrap().m_per_min();
        assert!((speed - 180.0).abs() < 1e-6, "{speed}");
    }
}

#[test]
fn a_planned_course_is_slower_uphill_and_faster_downhill_at_the_same_effort() {
    // 1 km up at 4 %, then 1 km down at 4 %.
    let fixes = track(
        2000.0,
        5.0,
        |at| Some(100.0 + 0.04 * if at <= 1000.0 { at } else { 2000.0 - at }),
        None,
    );
    let answer = course(&fixes, &planned(vest_runner(70.0, 7.0), 10.0)).unwrap();
    let (up, down) = (&answer.splits[0], &answer.splits[1]);
    // Flat, unloaded: 1 km in 6:00.
    assert!(up.seconds > 360.0 && down.seconds < up.seconds);
    // The load costs time on both.
    assert!(up.unloaded_seconds.unwrap() < up.seconds);
    assert!(answer.unloaded_seconds.unwrap() < answer.seconds);
    assert!(answer.unloaded_kcal < answer.loaded_kcal);
}

#[test]
fn a_planned_course_needs_a_pace() {
    let fixes = track(1000.0, 10.0, FLAT, None);
    assert_eq!(
        course(&fixes, &ask(vest_runner(70.0, 7.0))).unwrap_err(),
        CourseError::NeedsPace
    );
}

#[test]
fn fixes_that_run_further_than_the_longest_race_on_foot_are_no_course() {
    let equator = |lon| Fix {
        lat: 0.0,
        lon,
        ..Fix::default()
    };
    let request = planned(vest_runner(70.0, 7.0), 10.0);
    // 44.9° of the equator, 4,992.7 km: a shade past the Self-Transcendence
    // 3100 Mile Race's 4,989 km, under wrun's 5,000, and taken; 45°,
    // 5,003.8 km, is refused.
    let answer = course(&[equator(0.0), equator(44.9)], &request).unwrap();
    assert!(
        (answer.distance_m - 4_992_659.0).abs() < 1.0,
        "{}",
        answer.distance_m
    );
    let refused = course(&[equator(0.0), equator(45.0)], &request).unwrap_err();
    assert_eq!(
        refused.to_string(),
        "its points, joined in order, run 5004 km (3109 mi); wrun takes courses up to 5000 km \
         (3107 mi), past the longest race on foot"
    );
    assert_eq!(refused.index(), None);
    // 200 fixes back and forth across the globe, a 10 KB file, asked for
    // 2.5 million mile splits (134 MB of text, 943 MB of JSON) before.
    let globe: Vec<Fix> = (0..200)
        .map(|i| equator(if i % 2 == 0 { 0.0 } else { 179.0 }))
        .collect();
    assert!(matches!(course(&globe, &request), Err(CourseError::TooLong(m)) if m > 3.9e9));
}

#[test]
fn bad_fixes_are_refused_with_the_point_that_is_wrong() {
    let mut fixes = track(1000.0, 10.0, FLAT, Some(3.0));
    assert_eq!(
        course(&fixes[..1], &ask(vest_runner(70.0, 7.0))).unwrap_err(),
        CourseError::TooFewPoints(1)
    );
    assert_eq!(
        CourseError::TooFewPoints(1).to_string(),
        "it has 1 point; a course needs at least two"
    );
    assert_eq!(
        CourseError::TooFewPoints(0).to_string(),
        "it has no points; a course needs at least two"
    );
    // Five of the 101 fixes timed at the start are as many as 1 in 20
    // allows, left out as clock glitches; six are refused.
    let sound = fixes.clone();
    for fix in &mut fixes[7..12] {
        fix.time = Some(0.5);
    }
    let answer = course(&fixes, &ask(vest_runner(70.0, 7.0))).unwrap();
    let glitches = said(&answer, "time-glitches");
    assert!(glitches.is_some_and(|note| note.message.text().starts_with("5 points")));
    fixes[12].time = Some(0.5);
    assert_eq!(
        course(&fixes, &ask(vest_runner(70.0, 7.0))).unwrap_err(),
        CourseError::TimeOrder {
            index: 7,
            left_out: 6,
            points: 101
        }
    );
    // A track written backwards, its times too.
    let mut backwards = sound.clone();
    backwards.reverse();
    let err = course(&backwards, &ask(vest_runner(70.0, 7.0))).unwrap_err();
    assert_eq!(
        err,
        CourseError::TimeOrder {
            index: 1,
            left_out: 100,
            points: 101
        }
    );
    // The count takes in fixes days apart as well as those out of order:
    // the message calls both out of step, as the note does.
    assert_eq!(
        err.to_string(),
        "point 1 is timed before the point it follows, and the points out of step with the \
         rest (100 of 101) are more than the 1 in 20 wrun leaves out as a clock glitch"
    );
    let mut fixes = sound;
    fixes[3].lat = f64::NAN;
    assert_eq!(
        course(&fixes, &ask(vest_runner(70.0, 7.0)))
            .unwrap_err()
            .index(),
        Some(3)
    );
}

#[test]
fn a_fix_timed_out_of_order_is_left_out_as_a_clock_glitch_and_said() {
    let sound = track(1000.0, 10.0, FLAT, Some(3.0));
    let clean = course(&sound, &ask(vest_runner(70.0, 7.0))).unwrap();
    let mut fixes = sound.clone();
    // As some Garmin units write: one fix dated 17 years ahead, its time
    // of day right; and one a minute behind the fix before it.
    *fixes[30].time.as_mut().unwrap() += 17.0 * 365.25 * 86_400.0;
    *fixes[70].time.as_mut().unwrap() -= 60.0;
    let answer = course(&fixes, &ask(vest_runner(70.0, 7.0))).unwrap();
    // The two fixes are left out; the course and its time are as without
    // them (each gap is 20 m in 6.7 s, at the pace around it).
    assert!((answer.distance_m - 1000.0).abs() < 1.0);
    assert!((answer.seconds - clean.seconds).abs() < 0.01);
    let note = said(&answer, "time-glitches");
    assert_eq!(
        note.map(|note| note.message.text().into_owned()).as_deref(),
        Some(
            "2 points were left out: their times are out of step with the points around \
             them, a device's clock glitch."
        )
    );
    assert!(said(&answer, "gps-jumps").is_none());
    // No such note when every fix is in order.
    assert!(said(&clean, "time-glitches").is_none());
}

#[test]
fn a_fix_dated_days_away_at_either_end_is_a_clock_glitch_not_a_stop() {
    let sound = track(1000.0, 10.0, FLAT, Some(3.0));
    let clean = course(&sound, &ask(vest_runner(70.0, 7.0))).unwrap();
    let mut fixes = sound.clone();
    // The last fix 17 years ahead, as a Garmin unit dates one; the first
    // 19.6 years behind, as a GPS week rollover does. Both are in time
    // order, and the gaps to them were read as stops of years.
    *fixes[100].time.as_mut().unwrap() += 17.0 * 365.25 * 86_400.0;
    *fixes[0].time.as_mut().unwrap() -= 1024.0 * 7.0 * 86_400.0;
    let answer = course(&fixes, &ask(vest_runner(70.0, 7.0))).unwrap();
    assert!((answer.distance_m - 980.0).abs() < 1.0);
    assert!((answer.elapsed_seconds.unwrap() - 980.0 / 3.0).abs() < 0.01);
    let note = said(&answer, "time-glitches");
    assert!(note.is_some_and(|note| note.message.text().starts_with("2 points were left out")));
    assert!(said(&answer, "stops").is_none());

    // A week after the fix before it (at 330 s) is the limit: a last fix
    // that far is a long stop, a second further a glitch.
    let week = super::ground::GLITCH_GAP_S;
    let mut fixes = sound.clone();
    fixes[100].time = Some(330.0 + week);
    let answer = course(&fixes, &ask(vest_runner(70.0, 7.0))).unwrap();
    assert!(said(&answer, "time-glitches").is_none());
    assert!(said(&answer, "stops").is_some());
    fixes[100].time = Some(330.0 + week + 1.0);
    let answer = course(&fixes, &ask(vest_runner(70.0, 7.0))).unwrap();
    assert!(said(&answer, "time-glitches").is_some());
    // A watch left recording over a weekend: three days are a stop too.
    fixes[100].time = Some(330.0 + 3.0 * 86_400.0);
    let answer = course(&fixes, &ask(vest_runner(70.0, 7.0))).unwrap();
    assert!(said(&answer, "time-glitches").is_none());
    assert!(said(&answer, "stops").is_some());

    // A stage race in one file, 15 days from its first stage to its last
    // with no week's pause, is read whole: its first stage is 9 days from
    // its middle, but no gap sets it apart.
    let mut fixes = sound.clone();
    for (i, fix) in fixes.iter_mut().enumerate() {
        let day = match i {
            0..=2 => 0.0,
            3..=49 => 6.0,
            50..=97 => 9.0,
            _ => 15.0,
        };
        *fix.time.as_mut().unwrap() += day * 86_400.0;
    }
    let answer = course(&fixes, &ask(vest_runner(70.0, 7.0))).unwrap();
    assert!(said(&answer, "time-glitches").is_none());
    // Each night is a stop, and the 10 m the fixes move across it is left
    // out: 1000 m less three nights.
    assert!(
        (answer.distance_m - 970.0).abs() < 1e-6,
        "{}",
        answer.distance_m
    );
    assert!((answer.elapsed_seconds.unwrap() - (15.0 * 86_400.0 + 1000.0 / 3.0)).abs() < 0.01);

    // Up to 1 in 20 days away is a glitch: of these 101 fixes, the last 5
    // dated a month ahead are left out, the last 6 read as a month's stop.
    for (ahead, glitch) in [(5, true), (6, false)] {
        let mut fixes = sound.clone();
        for fix in &mut fixes[101 - ahead..] {
            *fix.time.as_mut().unwrap() += 30.0 * 86_400.0;
        }
        let answer = course(&fixes, &ask(vest_runner(70.0, 7.0))).unwrap();
        assert_eq!(said(&answer, "time-glitches").is_some(), glitch, "{ahead}");
        assert_eq!(said(&answer, "stops").is_some(), !glitch, "{ahead}");
    }

    // More fixes days away than a glitch leaves out (two runs a month
    // apart in one file) are read as they are, the month a stop.
    let mut fixes = sound;
    for fix in &mut fixes[50..] {
        *fix.time.as_mut().unwrap() += 30.0 * 86_400.0;
    }
    let answer = course(&fixes, &ask(vest_runner(70.0, 7.0))).unwrap();
    assert!(said(&answer, "time-glitches").is_none());
    assert!(answer.elapsed_seconds.unwrap() > 30.0 * 86_400.0);
    assert!((answer.seconds - clean.seconds).abs() < 10.0);
}

#[test]
fn a_gps_jump_is_left_out_and_said() {
    let mut fixes = track(1000.0, 10.0, FLAT, Some(3.0));
    fixes[50].lat += degrees(500.0);
    let answer = course(&fixes, &ask(vest_runner(70.0, 7.0))).unwrap();
    assert!((answer.distance_m - 1000.0).abs() < 1.0);
    let said = |id: &str| {
        let note = said(&answer, id);
        note.map(|note| note.message.text().into_owned())
    };
    let jumps = said("gps-jumps").unwrap_or_default();
    assert!(jumps.starts_with("1 point was left out"), "{jumps}");
}

#[test]
fn a_stop_is_left_out_of_moving_time_and_said() {
    let mut fixes = track(1000.0, 10.0, FLAT, Some(2.5));
    // Two minutes standing at 500 m.
    for fix in &mut fixes[50..] {
        *fix.time.as_mut().unwrap() += 120.0;
    }
    fixes.insert(
        50,
        Fix {
            time: Some(fixes[49].time.unwrap() + 60.0),
            ..fixes[49]
        },
    );
    let answer = course(&fixes, &ask(vest_runner(70.0, 7.0))).unwrap();
    assert_eq!(answer.stops.len(), 1);
    // 400 s of running, less the 4 s of the 10 m set off at the end of the stop.
    assert!((answer.seconds - 396.0).abs() < 1e-6, "{}", answer.seconds);
    assert!((answer.elapsed_seconds.unwrap() - 520.0).abs() < 1e-9);
    let stops = said(&answer, "stops");
    let stops = stops.map(|note| note.message.text().into_owned());
    // Elapsed less moving: 520 − 396 s.
    assert_eq!(
        stops.as_deref(),
        Some("1 stop (2:04 in all) left out of moving time.")
    );
}

#[test]
fn a_slow_steep_climb_is_moving_and_a_stand_with_noisy_elevation_a_stop() {
    // 600 m up 30 % at 0.4 m/s over the ground: 0.12 m/s of climb.
    let climb = track(600.0, 2.0, |at| Some(100.0 + 0.3 * at), Some(0.4));
    let answer = course(&climb, &ask(vest_runner(70.0, 7.0))).unwrap();
    assert!(answer.stops.is_empty(), "{:?}", answer.stops);
    assert!((answer.seconds - 1500.0).abs() < 1e-6, "{}", answer.seconds);
    // 20 %, a fix every 5 s: the smoothed elevation climbs in uneven steps
    // from fix to fix, some under 0.05 m/s; taken 5 s either side, the
    // climb holds, to both ends of the file. (Fix to fix, it broke into
    // some 80 stops of 10 s; with the slope halved at the ends by the
    // smoothing, its first and last minutes were stops.)
    let gentler = track(600.0, 2.0, |at| Some(100.0 + 0.2 * at), Some(0.4));
    let answer = course(&gentler, &ask(vest_runner(70.0, 7.0))).unwrap();
    assert!(answer.stops.is_empty(), "{:?}", answer.stops);
    assert!((answer.seconds - 1500.0).abs() < 1e-6, "{}", answer.seconds);
    assert!(
        (answer.ascent_m - 120.0).abs() < 1e-6,
        "{}",
        answer.ascent_m
    );
    // Two minutes stood at 500 m of a flat run, a fix a second, the GPS
    // elevation jumping by up to 5 m from one fix to the next.
    let mut fixes = track(1000.0, 10.0, FLAT, Some(2.5));
    let at = fixes[50];
    for fix in &mut fixes[51..] {
        *fix.time.as_mut().unwrap() += 120.0;
    }
    let stand = (1..=120).map(|k: u32| Fix {
        time: Some(at.time.unwrap() + f64::from(k)),
        elevation: Some(100.0 + [0.0, 3.0, -1.0, 2.0, -2.0][k as usize % 5]),
        ..at
    });
    fixes.splice(51..51, stand);
    let answer = course(&fixes, &ask(vest_runner(70.0, 7.0))).unwrap();
    assert_eq!(answer.stops.len(), 1, "{:?}", answer.stops);
    assert!((answer.stops[0].seconds - 120.0).abs() < 1e-6);
    assert!((answer.seconds - 400.0).abs() < 1e-6, "{}", answer.seconds);
}

#[test]
fn ground_the_fixes_cross_during_a_stop_is_left_out_of_the_distance_and_said() {
    // Two flat kilometres at 2.5 m/s, joined as two tracks are: the second
    // starts three hours later, 3 km further north and 40 m higher.
    let first = track(1000.0, 10.0, FLAT, Some(2.5));
    let second = track(1000.0, 10.0, |_| Some(140.0), Some(2.5))
        .into_iter()
        .map(|fix| Fix {
            lat: fix.lat + degrees(4000.0),
            time: fix.time.map(|t| t + 400.0 + 3.0 * 3600.0),
            ..fix
        });
    let fixes: Vec<Fix> = first.into_iter().chain(second).collect();
    let answer = course(&fixes, &ask(vest_runner(70.0, 7.0))).unwrap();
    // 2 km run in 800 s: the 3 km across the three hours are no part of it.
    assert!(
        (answer.distance_m - 2000.0).abs() < 0.01,
        "{}",
        answer.distance_m
    );
    assert!((answer.seconds - 800.0).abs() < 1e-6, "{}", answer.seconds);
    assert_eq!(answer.stops.len(), 1);
    assert!((answer.stops[0].at_m - 1000.0).abs() < 0.01);
    // Each split is a kilometre at 6:40/km, none of them empty.
    let paces: Vec<f64> = answer
        .splits
        .iter()
        .map(|split| split.seconds / split.distance_m * 1000.0)
        .collect();
    assert_eq!(paces.len(), 2);
    assert!(
        paces.iter().all(|pace| (pace - 400.0).abs() < 0.01),
        "{paces:?}"
    );
    // Both tracks are flat: the 40 m between them is not climbed.
    assert!(answer.ascent_m.abs() < 1e-9 && answer.raw_ascent_m.abs() < 1e-9);
    assert!(
        answer
            .steepest
            .iter()
            .all(|steep| steep.grade_percent.abs() < 1e-9)
    );
    // 3 km is 1.86 mi, in the runner's unit.
    let stops = said(&answer, "stops");
    assert_eq!(
        stops
            .map(|note| note.message.text().into_owned())
            .as_deref(),
        Some(
            "1 stop (3:00:00 in all) left out of moving time, and the 1.86 mi the points \
             moved during it left out of the distance."
        )
    );
}

/// 20 minutes with a 7 kg vest, the speed changing every 2 minutes between
/// 9 and 12 km/h, the heart rate `bpm(VO2)` of the oxygen uptake with the
/// vest.
fn intervals(runner: &Request, bpm: impl Fn(f64) -> f64) -> Vec<Fix> {
    let mut fixes = Vec::new();
    let (mut at, mut t) = (0.0, 0.0);
    for second in 0..1200 {
        let v = if (second / 120) % 2 == 0 { 2.5 } else { 3.333 };
        let vo2 = flat_vo2(runner, Speed::from_m_per_min(v * 60.0), true);
        fixes.push(Fix {
            lat: 45.0 + degrees(at),
            lon: 7.0,
            elevation: Some(100.0),
            time: Some(t),
            heart_rate: Some(bpm(vo2)),
        });
        at += v;
        t += 1.0;
    }
    fixes
}

#[test]
fn a_heart_rate_that_follows_the_effort_gives_the_runners_own_line() {
    // A heart rate of 40 + 3 × the oxygen uptake with the vest.
    let runner = vest_runner(70.0, 7.0);
    let fixes = intervals(&runner, |vo2| 40.0 + 3.0 * vo2);
    let answer = course(&fixes, &ask(runner)).unwrap();
    let heart = answer.heart.as_ref().unwrap();
    let (n, r2) = heart.line.fit.unwrap();
    assert!(
        n >= rules::ROUTE_FIT_MIN_WINDOWS && r2 > 0.9,
        "n {n} r² {r2}"
    );
    assert!((heart.line.slope - 3.0).abs() < 0.3, "{}", heart.line.slope);
    // With the vest, the line gives back the heart rate the run had.
    let (loaded, unloaded) = answer.heart_rates().unwrap();
    let measured = heart.measured_bpm.unwrap();
    assert!((loaded - measured).abs() < 1.0, "{loaded} {measured}");
    // Without the vest, the same speeds ask less of the heart, and the
    // answer's change in heart rate is the difference.
    assert!(unloaded < loaded);
    let delta = answer.answer.heart_rate_delta_bpm.unwrap().range;
    assert!((delta.min - (loaded - unloaded)).abs() < 1e-9, "{delta:?}");
    assert!((delta.max - delta.min).abs() < 1e-9);
    assert!(said(&answer, "heart-line").is_some());
}

/// 30 minutes on the flat at 9 km/h with a 7 kg vest, for a runner of
/// 40 (Tanaka: 180 bpm) resting at 60, the heart rate `bpm(minute)`.
fn thirty_minutes(bpm: impl Fn(f64) -> f64) -> (Vec<Fix>, CourseRequest) {
    let mut fixes = track(4500.0, 5.0, FLAT, Some(2.5));
    for fix in &mut fixes {
        fix.heart_rate = Some(bpm(fix.time.unwrap() / 60.0));
    }
    let mut runner = vest_runner(70.0, 7.0);
    (runner.age, runner.resting_hr) = (Some(40.0), Some(60.0));
    (fixes, ask(runner))
}

/// 150 bpm, then 185 for the last ten of [`thirty_minutes`].
fn reaching_185_at_the_end(minute: f64) -> f64 {
    if minute < 20.0 { 150.0 } else { 185.0 }
}

#[test]
fn a_recording_above_the_maximum_from_age_leaves_that_estimate_aside_and_says_so() {
    // 185 bpm at the end is above 208 − 0.7 × 40 = 180.
    let (fixes, request) = thirty_minutes(reaching_185_at_the_end);
    let answer = course(&fixes, &request).unwrap();
    assert_eq!(answer.answer.request.reached_hr, Some(185.0));
    assert_eq!(
        recommend::max_hr_from_age(&answer.answer.request),
        Some((180.0, false))
    );
    // The 185 bpm stands in for the maximum: Uth gives 15.3 × 185 / 60 =
    // 47.18, above what 30 minutes at 9 km/h with the vest show.
    let capacity = answer.answer.capacity.unwrap();
    assert_eq!(capacity.basis, crate::CeilingBasis::HeartRates);
    assert!(
        (capacity.ceiling - 47.175).abs() < 1e-9,
        "{}",
        capacity.ceiling
    );
    assert!(capacity.sources().contains(&rules::id::TANAKA_HR_MAX));
    let note = said(&answer, "max-hr-aside").unwrap();
    assert_eq!(
        note.message.text(),
        "Your heart rate holds 185 bpm for a minute in this file, above the maximum your age \
         suggests (HRmax = 208 − 0.7 × age = 180 bpm, give or take 10): your own is at least \
         that high, so the estimate is left aside, and this heart rate stands in for your \
         maximum where your VO2max is worked out from heart rates; give your maximum heart rate \
         if you know it."
    );
    assert_eq!(note.source, rules::id::TANAKA_HR_MAX);
}

#[test]
fn a_recording_above_the_maximum_given_keeps_it_and_asks_to_check_it() {
    let (fixes, mut request) = thirty_minutes(reaching_185_at_the_end);
    request.runner.max_hr = Some(182.0);
    let answer = course(&fixes, &request).unwrap();
    let note = said(&answer, "max-hr-below-file").unwrap();
    assert_eq!(
        note.message.text(),
        "Your heart rate holds 185 bpm for a minute in this file, above the maximum you gave, \
         182 bpm: check it, as wrun works from it."
    );
    assert!(said(&answer, "max-hr-aside").is_none());
    // At or above the file's, nothing is said.
    request.runner.max_hr = Some(185.0);
    let answer = course(&fixes, &request).unwrap();
    assert!(said(&answer, "max-hr-below-file").is_none());
}

#[test]
fn a_recording_below_the_maximum_from_age_keeps_it_even_if_its_sensor_starts_high() {
    // A strap that reads 200 for its first two minutes, then 150 throughout.
    let (fixes, request) = thirty_minutes(|minute| if minute < 2.0 { 200.0 } else { 150.0 });
    let answer = course(&fixes, &request).unwrap();
    assert_eq!(answer.answer.request.reached_hr, Some(150.0));
    assert_eq!(
        recommend::max_hr_from_age(&answer.answer.request),
        Some((180.0, true))
    );
    assert!(said(&answer, "max-hr-aside").is_none());
}

#[test]
fn heart_rate_estimates_are_held_at_the_runners_maximum_and_say_so() {
    // Recorded without the load at a steady 150 bpm; a 21 kg vest (30 %)
    // takes the generic line to about 177 bpm.
    let held_from = |bpm: f64, max_hr: Option<f64>, age: Option<f64>| {
        let (fixes, mut request) = thirty_minutes(|_| bpm);
        request.recorded_without_load = true;
        request.runner.chosen_load = Some(Mass::from_kg(21.0));
        (request.runner.max_hr, request.runner.age) = (max_hr, age);
        let answer = course(&fixes, &request).unwrap();
        let highest = answer
            .splits
            .iter()
            .filter_map(|split| split.loaded_heart_rate)
            .fold(0.0, f64::max);
        let note = said(&answer, "heart-capped");
        (highest, note.map(|note| note.message.text().into_owned()))
    };
    let held = |max_hr: Option<f64>, age: Option<f64>| held_from(150.0, max_hr, age);
    let (free, unsaid) = held(None, None);
    assert!((176.0..178.0).contains(&free), "{free}");
    assert_eq!(unsaid, None);
    assert_eq!(
        held(Some(175.0), None),
        (
            175.0,
            Some(
                "Heart-rate estimates are held at your maximum heart rate, 175 bpm, where the \
                 model would go beyond it: slow down there rather than push on."
                    .into()
            )
        )
    );
    // 208 − 0.7 × 50 = 173.
    let (highest, note) = held(None, Some(50.0));
    assert!((highest - 173.0).abs() < 1e-9, "{highest}");
    assert!(
        note.unwrap()
            .starts_with("Heart-rate estimates are held at the maximum your age suggests, 173 bpm")
    );
    // Without a maximum, at the highest wrun accepts: from 200 bpm recorded,
    // the line would reach about 242.
    let (highest, note) = held_from(200.0, None, None);
    assert!((highest - 230.0).abs() < 1e-9, "{highest}");
    assert_eq!(
        note.as_deref(),
        Some(
            "Heart-rate estimates are held at 230 bpm, the highest heart rate wrun accepts, where \
             the model would go beyond it."
        )
    );
}

#[test]
fn a_usual_heart_rate_above_the_maximum_from_age_leaves_it_aside_on_a_planned_course() {
    let mut runner = vest_runner(70.0, 7.0);
    runner.age = Some(40.0);
    runner.heart = Some(crate::HeartRates {
        usual: 185.0,
        resting: 60.0,
        max: None,
    });
    let fixes = track(3000.0, 5.0, FLAT, None);
    let answer = course(&fixes, &planned(runner, 10.0)).unwrap();
    assert_eq!(
        recommend::max_hr_from_age(&answer.answer.request),
        Some((180.0, false))
    );
    let note = said(&answer, "max-hr-aside").unwrap();
    assert!(
        note.message
            .text()
            .starts_with("Your usual 185 bpm at this pace is above the maximum your age suggests"),
        "{}",
        note.message.text()
    );
}

#[test]
fn a_heart_rate_too_short_to_fit_keeps_the_generic_line_and_says_why() {
    let mut fixes = track(1000.0, 3.0, FLAT, Some(3.0));
    for fix in &mut fixes {
        fix.heart_rate = Some(150.0);
    }
    let answer = course(&fixes, &ask(vest_runner(70.0, 7.0))).unwrap();
    let heart = answer.heart.unwrap();
    assert!(heart.line.fit.is_none());
    assert!(
        heart
            .why_generic
            .unwrap()
            .text()
            .contains("too few steady minutes")
    );
    assert_eq!(heart.measured_bpm, Some(150.0));
}

#[test]
fn a_hilly_course_warns_a_beginner_and_a_runner_with_knee_pain() {
    let fixes = hill();
    let mut beginner = vest_runner(70.0, 3.5);
    beginner.level = Level::Beginner;
    let answer = course(&fixes, &planned(beginner, 9.0)).unwrap();
    assert!(answer.answer.warnings.iter().any(|w| w.id == "hills-early"));
    assert!(answer.answer.verdict >= Verdict::Caution);

    let mut knee = vest_runner(70.0, 3.5);
    knee.conditions = vec![Condition::KneePain];
    let answer = course(&fixes, &planned(knee, 9.0)).unwrap();
    assert!(
        answer
            .answer
            .warnings
            .iter()
            .any(|w| w.id == "downhill-knee")
    );
    assert!(answer.answer.verdict >= Verdict::Caution);
}

#[test]
fn a_course_without_elevation_is_flat_and_said() {
    let fixes = track(1000.0, 10.0, |_| None, None);
    let answer = course(&fixes, &planned(vest_runner(70.0, 7.0), 10.0)).unwrap();
    assert_eq!((answer.ascent_m, answer.descent_m), (0.0, 0.0));
    assert!(said(&answer, "course-flat").is_some());
    assert!(answer.elevation_range.is_none());
}

#[test]
fn a_wall_is_costed_at_the_models_limit_and_named() {
    let fixes = track(400.0, 5.0, |at| Some(100.0 + 0.4 * at), None);
    let answer = course(&fixes, &planned(vest_runner(70.0, 7.0), 10.0)).unwrap();
    assert!(said(&answer, "grade-clipped").is_some());
    assert!(answer.steepest[0].grade_percent > 35.0);
}

#[test]
fn a_course_drawn_at_the_models_limits_is_not_said_to_pass_them() {
    // Steady slopes at the limits, with points 50 m apart as a planner
    // draws them: each stretch's grade is the limit give or take float
    // noise, and was said to be "steeper than the models' -15 % to +25 %
    // (steepest -15 %)".
    let clipped = |grade: f64| {
        let fixes = track(2000.0, 50.0, |at| Some(1000.0 + grade / 100.0 * at), None);
        let answer = course(&fixes, &planned(vest_runner(70.0, 7.0), 10.0)).unwrap();
        said(&answer, "grade-clipped").map(|note| note.message.text().into_owned())
    };
    assert_eq!(clipped(-15.0), None);
    assert_eq!(clipped(25.0), None);
    // A tenth of a point beyond, as wrun shows grades, is beyond.
    let beyond = clipped(-15.1).expect("beyond the limit");
    assert!(beyond.contains("(steepest -15.1 %)"), "{beyond}");
}

#[test]
fn a_course_too_long_or_too_short_to_judge_for_capacity_says_so_instead() {
    let unjudged = |metres: f64, step: f64| {
        // Recorded flat at 12 km/h with the 7 kg vest it is costed with,
        // so as costly as its own length on the flat.
        let fixes = track(metres, step, FLAT, Some(12.0 / 3.6));
        let mut request = ask(vest_runner(70.0, 7.0));
        request.runner.unit = Unit::Kg;
        let answer = course(&fixes, &request).unwrap();
        let note = said(&answer, "capacity-unjudged").map(|note| note.message.text().into_owned());
        (answer.answer.capacity.is_some(), note)
    };
    // 300 km in 25 hours: past both 24 h and 250 km.
    let (judged, note) = unjudged(300_000.0, 50.0);
    assert!(!judged);
    assert_eq!(
        note.as_deref(),
        Some(
            "Whether you can hold this course is not judged: 25:00:00, as costly as 300 km on \
             the flat, is outside the lengths wrun sets against an aerobic ceiling (1 min to 24 \
             h, 100 m to 250 km)."
        )
    );
    // 50 m in 15 seconds: short of both.
    let (judged, note) = unjudged(50.0, 5.0);
    assert!(!judged);
    assert!(
        note.unwrap()
            .contains(": 0:15, as costly as 50 m on the flat,")
    );
    // 10 km in 50 minutes is judged, and nothing is said.
    assert_eq!(unjudged(10_000.0, 5.0), (true, None));
}

#[test]
fn without_a_load_hand_weights_on_a_course_are_the_recommended_start_for_energy_and_capacity() {
    // 150 lb, intermediate: hands start at 1 lb, the bottom of 1–3 lb, so
    // the article's +5–15 % calories read +5 % there.
    let mut runner = Request::new(Mass::from_lb(150.0), WeightType::HandWrist);
    runner.workout.speed = Some(Speed::from_km_per_h(10.0));
    let fixes = track(5000.0, 10.0, FLAT, None);
    let answer = course(&fixes, &ask(runner)).unwrap();
    let Carried::Limbs { load, calories } = answer.carried else {
        panic!("{:?}", answer.carried);
    };
    assert!((load.unwrap().lb() - 1.0).abs() < 0.01, "{load:?}");
    assert_eq!(calories.range, rules::Range::new(5.0, 5.0));
    assert_eq!(answer.carried.energy_percent(), Some(5.0));
    // Hand weights' energy is the article's share on the same-effort course.
    assert_eq!(answer.energy_source(), "route-effort");
    // Run at the same recorded speeds, the course costs 5 % more with them
    // than without (planned, it costs more: the same effort is slower).
    let mut hands = Request::new(Mass::from_lb(150.0), WeightType::HandWrist);
    hands.chosen_load = load;
    let timed = track(5000.0, 10.0, FLAT, Some(10.0 / 3.6));
    let recorded = course(&timed, &ask(hands)).unwrap();
    let extra = recorded.loaded_kcal / recorded.unloaded_kcal - 1.0;
    assert!((extra - 0.05).abs() < 1e-9, "{extra}");
    let said = said(&answer, "course-load");
    assert_eq!(
        said.map(|note| note.message.text().into_owned()).as_deref(),
        Some(
            "No load given: worked out for the recommended start, 1 lb in each hand; give your \
             own load to see it instead."
        )
    );
    // Capacity is judged with the load the course was costed with.
    assert_eq!(answer.answer.request.chosen_load, load);
}

#[test]
fn without_a_load_a_vest_course_uses_the_recommended_start_and_says_so() {
    let mut runner = Request::new(Mass::from_kg(70.0), WeightType::Vest);
    runner.unit = crate::Unit::Kg;
    runner.workout.speed = Some(Speed::from_km_per_h(10.0));
    let fixes = track(1000.0, 10.0, FLAT, None);
    let answer = course(&fixes, &ask(runner)).unwrap();
    assert_eq!(answer.carried, Carried::Vest(Mass::from_kg(3.5)));
    assert!(said(&answer, "course-load").is_some());
    // A vest is costed as the article's vest, and with no heart rate given
    // there is none to estimate.
    assert_eq!(answer.energy_source(), "vest-calories");
    assert_eq!(answer.heart_rates(), None);
}

#[test]
fn a_beginners_start_below_the_range_is_not_held_against_the_course_wrun_chose_it_for() {
    // 68 kg: the range is 3.4–6.8 kg and a beginner starts at 3 kg.
    let mut runner = Request::new(Mass::from_kg(68.0), WeightType::Vest);
    runner.unit = crate::Unit::Kg;
    runner.level = crate::Level::Beginner;
    runner.workout.speed = Some(Speed::from_km_per_h(10.0));
    let fixes = track(1000.0, 10.0, FLAT, None);
    let answer = course(&fixes, &ask(runner)).unwrap();
    assert_eq!(answer.carried, Carried::Vest(Mass::from_kg(3.0)));
    let ids: Vec<_> = answer.answer.warnings.iter().map(|w| w.id).collect();
    assert!(!ids.contains(&"load-below-range"), "{ids:?}");
    assert!(said(&answer, "course-load").is_some());
}

#[test]
fn a_split_shorter_than_any_run_is_refused_not_looped_on() {
    let fixes = track(1000.0, 10.0, FLAT, None);
    for metres in [0.0, -1000.0, 99.0, f64::NAN, 250_001.0] {
        let mut request = planned(vest_runner(70.0, 7.0), 10.0);
        request.split = Distance::from_metres(metres);
        assert_eq!(
            course(&fixes, &request).unwrap_err(),
            CourseError::SplitOutOfRange
        );
    }
}

#[test]
fn points_that_never_move_are_no_course() {
    let still = [Fix::default(), Fix::default(), Fix::default()];
    assert_eq!(
        course(&still, &planned(vest_runner(70.0, 7.0), 10.0)).unwrap_err(),
        CourseError::NoDistance
    );
}

/// A course from generated steps: metres north, rise, speed (m/s) and
/// heart rate of each.
fn walked(steps: &[(f64, f64, f64, f64)], timed: bool) -> Vec<Fix> {
    let (mut at, mut elevation, mut seconds) = (0.0, 100.0, 0.0);
    let mut fixes = vec![Fix {
        lat: 45.0,
        lon: 7.0,
        elevation: Some(elevation),
        time: timed.then_some(0.0),
        heart_rate: None,
    }];
    for &(metres, rise, speed, bpm) in steps {
        at += metres;
        elevation += rise;
        seconds += metres / speed;
        fixes.push(Fix {
            lat: 45.0 + degrees(at),
            lon: 7.0,
            elevation: Some(elevation),
            time: timed.then_some(seconds),
            heart_rate: Some(bpm),
        });
    }
    fixes
}

proptest::proptest! {
    #![proptest_config(crate::strategies::config(300))]

    #[test]
    fn every_course_answer_is_finite_adds_up_and_is_judged_by_its_worst_finding(
        steps in proptest::collection::vec(
            (0.0..60.0_f64, -12.0..12.0_f64, 0.3..7.0_f64, 60.0..200.0_f64),
            1..300,
        ),
        timed: bool,
        kg in 40.0..150.0_f64,
        vest in 0.0..25.0_f64,
        beginner: bool,
        knee: bool,
    ) {
        let mut runner = vest_runner(kg, vest);
        if beginner {
            runner.level = Level::Beginner;
        }
        if knee {
            runner.conditions = vec![Condition::KneePain];
        }
        let answer = match course(&walked(&steps, timed), &planned(runner, 9.0)) {
            Ok(answer) => answer,
            // Only a track that never leaves its first metre is no course:
            // every step is run at a runner's speed, so none is a GPS jump.
            Err(err) => {
                let still = steps.iter().map(|step| step.0).sum::<f64>() < 1.5;
                proptest::prop_assert!(still && err == CourseError::NoDistance, "{err:?}");
                return Ok(());
            }
        };
        let totals = [
            answer.distance_m,
            answer.seconds,
            answer.loaded_kcal,
            answer.unloaded_kcal,
            answer.ascent_m,
            answer.descent_m,
            answer.loaded_vo2,
        ];
        proptest::prop_assert!(totals.iter().all(|x| x.is_finite() && *x >= 0.0), "{totals:?}");
        let sum = |pick: fn(&Split) -> f64| answer.splits.iter().map(pick).sum::<f64>();
        let close = |a: f64, b: f64| (a - b).abs() <= 1e-6 * b.abs().max(1.0);
        proptest::prop_assert!(close(sum(|s| s.distance_m), answer.distance_m));
        proptest::prop_assert!(close(sum(|s| s.seconds), answer.seconds));
        proptest::prop_assert!(close(sum(|s| s.loaded_kcal), answer.loaded_kcal));
        proptest::prop_assert!(close(sum(|s| s.ascent_m), answer.ascent_m));
        for note in answer.notes.iter().chain(&answer.answer.warnings) {
            // The lean form names the template each message was filled from.
            proptest::prop_assert!(
                crate::advice::template_id(note.id, note.message.template).is_some(),
                "{}: {}", note.id, note.message
            );
        }
        for warning in &answer.answer.warnings {
            proptest::prop_assert!(
                answer.answer.verdict >= crate::assess::verdict_for(warning.severity)
            );
        }
        let why = answer.heart.as_ref().and_then(|heart| heart.why_generic.as_ref());
        for message in answer.notes.iter().chain(&answer.answer.warnings).map(|n| &n.message).chain(why) {
            crate::strategies::filled(message)?;
        }
    }
}

#[test]
fn a_beginner_is_told_off_hills_until_the_fourth_week_of_a_plan() {
    let fixes = hill();
    let mut beginner = vest_runner(70.0, 3.5);
    beginner.level = Level::Beginner;
    let warned = |week: Option<u32>| {
        let mut request = planned(beginner.clone(), 9.0);
        request.plan_week = week;
        let answer = course(&fixes, &request).unwrap();
        answer.answer.warnings.iter().any(|w| w.id == "hills-early")
    };
    assert!(warned(None));
    assert!(warned(Some(3)));
    assert!(!warned(Some(4)));
    assert!(!warned(Some(8)));
}

#[test]
fn a_flat_pace_is_held_at_the_slowest_only_at_its_floor() {
    // 20 m/min is 50:00/km.
    assert!(held_at_slowest(Speed::from_m_per_min(20.0)));
    assert!(!held_at_slowest(Speed::from_m_per_min(20.1)));
    assert!(!held_at_slowest(Speed::from_km_per_h(10.0)));
}

#[test]
fn a_clean_recording_with_its_load_needs_no_notes_and_matches_its_own_cost() {
    // 6 km at 12 km/h with a 7 kg vest, flat, no gaps, jumps or stops.
    let fixes = track(6000.0, 3.0, FLAT, Some(12.0 / 3.6));
    let answer = course(&fixes, &ask(vest_runner(70.0, 7.0))).unwrap();
    assert!(answer.notes.is_empty(), "{:?}", answer.notes);
    assert_eq!(answer.flat_speed, None);
    let runner = vest_runner(70.0, 7.0);
    let coster = seven_kg_vest(&runner);
    let twelve = Speed::from_km_per_h(12.0);
    let vo2 = flat_vo2(&runner, twelve, true);
    assert!(
        (answer.loaded_vo2 - vo2).abs() < 0.01,
        "{}",
        answer.loaded_vo2
    );
    // The flat, unloaded speed of the same effort costs, without the vest,
    // what 12 km/h costs with it: for the run and for each split.
    let same_effort = |speed: Speed| coster.watts(0.0, speed, false);
    let loaded_watts = coster.watts(0.0, twelve, true);
    let whole = answer.adjusted_speed.unwrap();
    assert!((same_effort(whole) / loaded_watts - 1.0).abs() < 0.01);
    for split in &answer.splits {
        let speed = split.adjusted_speed.unwrap();
        assert!((speed.km_per_h() - whole.km_per_h()).abs() < 0.05);
    }
    // The judgment sees the run's own demand for its own 30 minutes.
    let capacity = answer.answer.capacity.unwrap();
    assert!((capacity.demand - vo2).abs() < 0.1, "{}", capacity.demand);
    assert!(
        (capacity.minutes - 30.0).abs() < 0.1,
        "{}",
        capacity.minutes
    );
}

#[test]
fn a_hilly_recording_asks_its_average_cost_not_the_flat_cost_of_its_pace() {
    // Up and down 80 m at a steady 3 m/s with a 7 kg vest: the climb
    // costs more than the descent saves.
    let fixes = track(2000.0, 5.0, |at| Some(up_and_down(at)), Some(3.0));
    let runner = vest_runner(70.0, 7.0);
    let answer = course(&fixes, &ask(runner.clone())).unwrap();
    let coster = seven_kg_vest(&runner);
    // What the run cost with the vest, in watts, over its moving time.
    let watts = answer.loaded_kcal * crate::energy::JOULES_PER_KCAL / answer.seconds;
    let demand = answer.answer.capacity.unwrap().demand;
    assert!((demand - coster.vo2(watts)).abs() < 0.1, "{demand}");
    let flat = flat_vo2(&runner, Speed::from_m_per_min(180.0), true);
    assert!(demand > flat * 1.03, "{demand} against {flat} on the flat");
}

#[test]
fn a_recording_with_ankle_weights_asks_no_more_than_the_ceiling_it_shows() {
    // 6 km at 12 km/h, flat, for 30 min: ACSM asks 43.5 mL/kg/min unweighted;
    // the course costs ankle weights at +7.5 %, the middle of +5–10 %,
    // so 46.76 was held, which is what the judgment must see asked.
    let runner = Request::new(Mass::from_kg(70.0), WeightType::Ankle);
    let fixes = track(6000.0, 10.0, FLAT, Some(12.0 / 3.6));
    let answer = course(&fixes, &ask(runner)).unwrap();
    let held = (0.2 * 200.0 + 3.5) * 1.075;
    assert!(
        (answer.loaded_vo2 - held).abs() < 0.01,
        "{}",
        answer.loaded_vo2
    );
    let capacity = answer.answer.capacity.unwrap();
    assert_eq!(capacity.basis, crate::CeilingBasis::Recording);
    assert!((capacity.demand - held).abs() < 0.05, "{}", capacity.demand);
    assert!(
        (capacity.sustainable - held).abs() < 0.05,
        "{}",
        capacity.sustainable
    );
    assert_eq!(capacity.finding, None);
    let ids: Vec<_> = answer.answer.warnings.iter().map(|w| w.id).collect();
    assert!(!ids.contains(&"beyond-capacity"), "{ids:?}");
}

#[test]
fn a_walk_recorded_with_hand_weights_takes_the_walking_figures_whatever_pace_is_given() {
    // 5 km/h for an hour: a walk. With 1 lb in each hand, the walking study
    // gives +0–14 % at 3 lb, so +0–4.67 % at 1 lb, costed at its middle.
    let runner = Request::new(Mass::from_lb(150.0), WeightType::HandWrist);
    let fixes = track(5000.0, 10.0, FLAT, Some(5.0 / 3.6));
    let walked = course(&fixes, &ask(runner.clone())).unwrap();
    let Carried::Limbs { calories, .. } = walked.carried else {
        panic!("{:?}", walked.carried);
    };
    assert_eq!(calories.source, rules::id::WALK_HAND);
    assert!((walked.carried.energy_percent().unwrap() - 14.0 / 6.0).abs() < 0.01);
    let capacity = walked.answer.capacity.unwrap();
    assert!(
        (capacity.demand - walked.loaded_vo2).abs() < 0.01,
        "{} against {}",
        capacity.demand,
        walked.loaded_vo2
    );
    // A running pace given with it is not used: the same figures, and
    // the answer echoes it.
    let mut paced = runner;
    paced.workout.speed = Some(Speed::from_km_per_h(12.0));
    let with_pace = course(&fixes, &ask(paced)).unwrap();
    assert_eq!(with_pace.carried, walked.carried);
    assert!((with_pace.loaded_vo2 - walked.loaded_vo2).abs() < 1e-9);
    assert_eq!(with_pace.answer.capacity, walked.answer.capacity);
    assert_eq!(
        with_pace.answer.request.workout.speed,
        Some(Speed::from_km_per_h(12.0))
    );
    assert!(said(&with_pace, "course-pace-ignored").is_some());
}

#[test]
fn a_hill_climbs_and_descends_80_m_between_100_and_180_m() {
    let answer = course(&hill(), &planned(vest_runner(70.0, 7.0), 10.0)).unwrap();
    assert!((answer.ascent_m - 80.0).abs() < 4.0, "{}", answer.ascent_m);
    assert!(
        (answer.descent_m - 80.0).abs() < 4.0,
        "{}",
        answer.descent_m
    );
    let (low, high) = answer.elevation_range.unwrap();
    assert!(
        (low - 100.0).abs() < 1.0 && (high - 180.0).abs() < 4.0,
        "{low} {high}"
    );
    assert_eq!(answer.flat_speed, Some(Speed::from_km_per_h(10.0)));
}

#[test]
fn times_on_some_points_only_make_a_planned_course_and_say_so() {
    let mut fixes = track(3000.0, 5.0, FLAT, None);
    fixes[10].time = Some(0.0);
    let mut request = planned(vest_runner(70.0, 7.0), 10.0);
    request.recorded_without_load = true;
    let answer = course(&fixes, &request).unwrap();
    assert!(!answer.recorded && !answer.recorded_without_load);
    let ids: Vec<&str> = answer.notes.iter().map(|note| note.id).collect();
    assert_eq!(ids, ["course-partly-timed"]);
    // A recording with a pace given says the pace is not needed.
    let timed = track(3000.0, 5.0, FLAT, Some(3.0));
    let answer = course(&timed, &planned(vest_runner(70.0, 7.0), 10.0)).unwrap();
    let ids: Vec<&str> = answer.notes.iter().map(|note| note.id).collect();
    assert_eq!(ids, ["course-pace-ignored"]);
}

#[test]
fn points_that_all_carry_one_time_make_a_planned_course_and_say_so() {
    // 3 km whose every point is stamped 06:00: no pace in it, so not a
    // recording of no time (0 seconds, 0 kcal) but a course to cost at the
    // runner's own pace, here 10 km/h: 18 minutes, and more with the vest.
    let mut fixes = track(3000.0, 20.0, FLAT, None);
    for fix in &mut fixes {
        fix.time = Some(21_600.0);
    }
    assert_eq!(Timing::of(&fixes), Timing::OneTime);
    assert_eq!(
        course(&fixes, &ask(vest_runner(70.0, 7.0))).unwrap_err(),
        CourseError::NeedsPace
    );
    let answer = course(&fixes, &planned(vest_runner(70.0, 7.0), 10.0)).unwrap();
    assert!(!answer.recorded);
    assert!((answer.distance_m - 3000.0).abs() < 2.0);
    let unloaded = answer.unloaded_seconds.unwrap();
    assert!((unloaded - 1080.0).abs() < 1.0, "{unloaded}");
    assert!(answer.seconds > unloaded && answer.loaded_kcal > 100.0);
    let ids: Vec<&str> = answer.notes.iter().map(|note| note.id).collect();
    assert_eq!(ids, ["course-one-time"]);
}

#[test]
fn timing_tells_a_recording_from_the_three_kinds_of_planned_course() {
    let timed = |times: &[Option<f64>]| -> Vec<Fix> {
        times
            .iter()
            .map(|&time| Fix {
                time,
                ..Fix::default()
            })
            .collect()
    };
    assert_eq!(Timing::of(&[]), Timing::Untimed);
    assert_eq!(Timing::of(&timed(&[None, None])), Timing::Untimed);
    assert_eq!(Timing::of(&timed(&[Some(5.0)])), Timing::OneTime);
    assert_eq!(Timing::of(&timed(&[Some(5.0), Some(5.0)])), Timing::OneTime);
    assert_eq!(Timing::of(&timed(&[None, Some(5.0)])), Timing::Partly);
    assert_eq!(Timing::of(&timed(&[Some(5.0), None])), Timing::Partly);
    assert_eq!(
        Timing::of(&timed(&[Some(5.0), Some(5.0), Some(6.0)])),
        Timing::Recorded
    );
}

/// A flat 3 km planned at 6 km/h with a 7 kg vest, on `terrain` in `gait`.
fn flat_3_km(terrain: Terrain, gait: Gait) -> Course {
    let mut request = planned(vest_runner(70.0, 7.0), 6.0);
    request.runner.workout.terrain = terrain;
    request.runner.workout.gait = gait;
    course(&track(3000.0, 5.0, FLAT, None), &request).unwrap()
}

#[test]
fn sand_and_a_walking_gait_cost_what_they_cost_on_a_course() {
    // Sand costs more than pavement, and walking it costs other than
    // running it.
    let kcal = |terrain, gait| flat_3_km(terrain, gait).loaded_kcal;
    let paved = kcal(Terrain::Paved, Gait::Walk);
    assert!(kcal(Terrain::Sand, Gait::Walk) > paved * 1.5, "{paved}");
    assert!((kcal(Terrain::Paved, Gait::Run) - paved).abs() > 1.0);
}

#[test]
fn soft_ground_is_said_to_be_costed_with_pandolfs_factor_on_a_walk_and_as_paved_on_a_run() {
    let walked = flat_3_km(Terrain::Sand, Gait::Walk);
    assert_eq!(
        said(&walked, "course-terrain-walked")
            .unwrap()
            .message
            .text(),
        "Walking on loose sand is costed with Pandolf's terrain factor: 2.1 × what moving costs \
         on a paved road."
    );
    assert!(said(&walked, "course-terrain-run").is_none());
    let run = flat_3_km(Terrain::HeavyBrush, Gait::Run);
    assert_eq!(
        said(&run, "course-terrain-run").unwrap().message.text(),
        "Terrain is not modelled for running: heavy brush is costed as a paved road."
    );
    assert!(said(&run, "course-terrain-walked").is_none());
    // Firm ground, walked or run, has nothing to say.
    for firm in [Terrain::Paved, Terrain::Treadmill] {
        for gait in [Gait::Walk, Gait::Run] {
            let answer = flat_3_km(firm, gait);
            assert!(said(&answer, "course-terrain-walked").is_none(), "{firm:?}");
            assert!(said(&answer, "course-terrain-run").is_none(), "{firm:?}");
        }
    }
}

#[test]
fn a_planned_descent_steep_enough_is_held_to_the_downhill_cap_and_said() {
    // 1 km down at 12 %: without the vest the same effort would run away
    // downhill; wrun holds it to 1.2 times the flat pace.
    let fixes = track(1000.0, 5.0, |at| Some(300.0 - 0.12 * at), None);
    let answer = course(&fixes, &planned(vest_runner(70.0, 7.0), 10.0)).unwrap();
    let capped = said(&answer, "downhill-capped").unwrap();
    // The length is of the course (1 km, in feet for this runner), not of
    // height lost (120 m), and is said so.
    assert_eq!(
        capped.message.text(),
        "On downhill stretches, 3281 ft of the course in all, the models would have you run \
         faster than 1.2 × your flat speed: wrun holds you there, as most runners brake downhill."
    );
    // On the flat, nothing is held.
    let flat = course(
        &track(1000.0, 5.0, FLAT, None),
        &planned(vest_runner(70.0, 7.0), 10.0),
    )
    .unwrap();
    assert!(said(&flat, "downhill-capped").is_none());
    // A walk at 4 km/h down 8 % (Santee's cost) is held too, and told so
    // in a walk's words.
    let descent = track(1000.0, 5.0, |at| Some(300.0 - 0.08 * at), None);
    let mut walker = vest_runner(70.0, 7.0);
    walker.workout.gait = Gait::Walk;
    let walk = course(&descent, &planned(walker, 4.0)).unwrap();
    assert!(walk.answer.walking);
    let capped = said(&walk, "downhill-capped");
    assert_eq!(
        capped.unwrap().message.text(),
        "On downhill stretches, 3281 ft of the course in all, the models would have you walk \
         faster than 1.2 × your flat speed: wrun holds you there, as most people brake downhill."
    );
}

#[test]
fn a_planned_course_at_the_usual_pace_is_never_beyond_the_runner_up_to_an_hour() {
    // An intermediate runner (45 mL/kg/min assumed) whose usual flat pace is
    // 12 km/h asks 43.5 mL/kg/min (ACSM: 3.5 + 0.2 × 200 m/min): more than
    // the 45 assumed lets anyone hold for half an hour (45 × 0.95 × 0.93).
    let runner = vest_runner(70.0, 7.0);
    let usual = flat_vo2(&runner, Speed::from_km_per_h(12.0), false);
    assert!((usual - 43.5).abs() < 1e-9, "{usual}");
    let six_km = course(
        &track(6000.0, 5.0, FLAT, None),
        &planned(runner.clone(), 12.0),
    )
    .unwrap();
    let capacity = six_km.answer.capacity.unwrap();
    // The usual pace shows a ceiling that holds it for the course's length.
    assert_eq!(capacity.basis, crate::CeilingBasis::UsualPace);
    let shown = crate::capacity::shown_by(usual, capacity.minutes).unwrap();
    assert!(
        (capacity.ceiling - shown).abs() < 1e-6,
        "{} {shown}",
        capacity.ceiling
    );
    assert!(capacity.ceiling > 45.0);
    assert!(capacity.finding.is_none(), "{:?}", capacity.finding);
    // Past an hour, only an hour of it is shown: 25 km at that effort
    // asks more than the runner is known to hold for two hours.
    let long = course(
        &track(25_000.0, 25.0, FLAT, None),
        &planned(runner.clone(), 12.0),
    )
    .unwrap();
    let capacity = long.answer.capacity.unwrap();
    assert!(capacity.minutes > 120.0, "{}", capacity.minutes);
    let shown = crate::capacity::shown_by(usual, 60.0).unwrap();
    assert_eq!(capacity.basis, crate::CeilingBasis::UsualPace);
    assert!(
        (capacity.ceiling - shown).abs() < 1e-6,
        "{} {shown}",
        capacity.ceiling
    );
    assert_eq!(capacity.finding, Some(Severity::Caution));
    // A ceiling of the runner's own stands, even below the usual effort.
    let mut own = runner.clone();
    own.vo2max = Some(42.0);
    let six_km = course(&track(6000.0, 5.0, FLAT, None), &planned(own, 12.0)).unwrap();
    let capacity = six_km.answer.capacity.unwrap();
    assert_eq!(capacity.basis, crate::CeilingBasis::Given);
    assert_eq!(capacity.finding, Some(Severity::Danger));
    // A slow usual pace shows less than the level's figure, which stands.
    let slow = course(&track(6000.0, 5.0, FLAT, None), &planned(runner, 8.0)).unwrap();
    assert_eq!(
        slow.answer.capacity.unwrap().basis,
        crate::CeilingBasis::Level
    );
}

#[test]
fn a_recording_shows_a_ceiling_at_least_as_high_as_the_effort_it_held() {
    // A beginner (35 mL/kg/min assumed) who ran 30 minutes at 12 km/h with
    // a 7 kg vest has shown more than that.
    let fixes = track(6000.0, 3.0, FLAT, Some(12.0 / 3.6));
    let mut runner = vest_runner(70.0, 7.0);
    runner.level = Level::Beginner;
    let answer = course(&fixes, &ask(runner.clone())).unwrap();
    let held = flat_vo2(&runner, Speed::from_km_per_h(12.0), true);
    let shown = crate::capacity::shown_by(held, 30.0).unwrap();
    let capacity = answer.answer.capacity.unwrap();
    assert_eq!(capacity.basis, crate::CeilingBasis::Recording);
    assert!(
        (capacity.ceiling - shown).abs() < 0.01,
        "{} {shown}",
        capacity.ceiling
    );
    assert!(capacity.ceiling > 35.0);
    assert!(capacity.finding.is_none(), "{:?}", capacity.finding);
    // The answer's change in calories is the course's own.
    let percent = (answer.loaded_kcal / answer.unloaded_kcal - 1.0) * 100.0;
    let effect = answer.answer.calorie_delta_percent.unwrap().range;
    assert!((effect.min - percent).abs() < 1e-9 && (effect.max - percent).abs() < 1e-9);
}

#[test]
fn a_planned_flat_course_takes_its_pace_without_the_load_and_longer_with_it() {
    // 3 km at 10 km/h: 18 minutes without the vest, at the effort that pace
    // costs; with it, the same effort, slower.
    let answer = course(
        &track(3000.0, 5.0, FLAT, None),
        &planned(vest_runner(70.0, 7.0), 10.0),
    )
    .unwrap();
    let unloaded = answer.unloaded_seconds.unwrap();
    assert!((unloaded - 1080.0).abs() < 0.5, "{unloaded}");
    assert!(answer.seconds > unloaded * 1.03, "{}", answer.seconds);
    assert!(answer.seconds < unloaded * 1.15, "{}", answer.seconds);
    let starts: Vec<f64> = answer.splits.iter().map(|s| s.start_m).collect();
    assert_eq!(starts, [0.0, 1000.0, 2000.0]);
    let runner = vest_runner(70.0, 7.0);
    let ten = Speed::from_km_per_h(10.0);
    let effort = flat_vo2(&runner, ten, false);
    assert!(
        (answer.loaded_vo2 - effort).abs() < 0.01,
        "{}",
        answer.loaded_vo2
    );
    // Energy: the unloaded run is recommend's baseline for 18 minutes.
    let mut plain = Request::new(Mass::from_kg(70.0), WeightType::Vest);
    plain.workout.speed = Some(ten);
    plain.workout.length = Some(Length::Time(Duration::from_minutes(18.0)));
    let baseline = recommend(&plain).unwrap().energy.unwrap().baseline_kcal;
    assert!((answer.unloaded_kcal / baseline - 1.0).abs() < 0.01);
    assert!(answer.loaded_kcal > answer.unloaded_kcal);
    // Planned, it is the runner's usual effort, not a recording's: for a
    // beginner, whose assumed 35 mL/kg/min it asks more than, it shows a
    // ceiling by their usual pace, which the course then fits exactly.
    let mut beginner = vest_runner(70.0, 7.0);
    beginner.level = Level::Beginner;
    let course = course(&track(3000.0, 5.0, FLAT, None), &planned(beginner, 10.0)).unwrap();
    let capacity = course.answer.capacity.unwrap();
    assert_eq!(capacity.basis, crate::CeilingBasis::UsualPace);
    assert!(
        effort > 35.0 && capacity.ceiling > effort,
        "{}",
        capacity.ceiling
    );
    assert!(capacity.finding.is_none());
}

#[test]
fn the_downhill_cap_holds_a_steep_descent_to_1_2_times_the_flat_speed() {
    // 1 km down at 12 % at 10 km/h on the flat: run without the vest at
    // the cap, 12 km/h, it takes 300 s.
    let fixes = track(1000.0, 5.0, |at| Some(300.0 - 0.12 * at), None);
    let answer = course(&fixes, &planned(vest_runner(70.0, 7.0), 10.0)).unwrap();
    let unloaded = answer.unloaded_seconds.unwrap();
    assert!((unloaded - 300.0).abs() < 10.0, "{unloaded}");
}

#[test]
fn each_split_of_a_hill_climbs_or_descends_on_its_own_side() {
    // 1 km up at 8 %, then 1 km down, in 1 km splits.
    let answer = course(&hill(), &planned(vest_runner(70.0, 7.0), 10.0)).unwrap();
    let [up, down] = answer.splits.as_slice() else {
        panic!("{:?}", answer.splits);
    };
    assert!(up.ascent_m > 70.0 && up.descent_m < 5.0, "{up:?}");
    assert!(down.descent_m > 70.0 && down.ascent_m < 5.0, "{down:?}");
}

#[test]
fn only_knee_pain_on_a_descent_earns_the_downhill_warning() {
    let warned = |fixes: &[Fix], knee_pain: bool| {
        let mut runner = vest_runner(70.0, 7.0);
        if knee_pain {
            runner.conditions = vec![Condition::KneePain];
        }
        let answer = course(fixes, &planned(runner, 10.0)).unwrap();
        answer
            .answer
            .warnings
            .iter()
            .any(|w| w.id == "downhill-knee")
    };
    let climb_only = track(1000.0, 5.0, |at| Some(100.0 + 0.08 * at), None);
    assert!(warned(&hill(), true));
    assert!(!warned(&hill(), false));
    assert!(!warned(&climb_only, true));
    assert!(!warned(&track(1000.0, 5.0, FLAT, None), true));
}

#[test]
fn a_planned_course_high_up_says_how_much_less_vo2max_the_thin_air_leaves() {
    let at = |metres: f64| move |_| Some(metres);
    let note = |fixes: &[Fix], unit: Unit| {
        let mut runner = vest_runner(70.0, 7.0);
        runner.unit = unit;
        let answer = course(fixes, &planned(runner, 10.0)).unwrap();
        said(&answer, "high-altitude").map(|note| note.message.text().into_owned())
    };
    // 6.3 % for each 1000 m above 300 m: 10.7 % at 2000 m.
    let high = note(&track(1000.0, 5.0, at(2000.0), None), Unit::Kg).unwrap();
    assert!(
        high.starts_with(
            "This course reaches 2000 m, where the thinner air leaves you about 11 % less \
             VO2max than near sea level"
        ),
        "{high}"
    );
    // At 2800 m, the highest studied, still about: 15.75 %.
    let top = note(&track(1000.0, 5.0, at(2800.0), None), Unit::Kg).unwrap();
    assert!(top.contains("leaves you about 16 % less"), "{top}");
    // Above the 2800 m studied, the line gives the least: 20.2 % at 3500 m.
    let higher = note(&track(1000.0, 5.0, at(3500.0), None), Unit::Lb).unwrap();
    assert!(
        higher.starts_with(
            "This course reaches 11483 ft, where the thinner air leaves you at least 20 %"
        ),
        "{higher}"
    );
    // From 1500 m, as the rule says, and not below.
    let lowest = note(&track(1000.0, 5.0, at(1500.0), None), Unit::Kg).unwrap();
    assert!(lowest.contains("reaches 1500 m, where the thinner air leaves you about 8 %"));
    assert_eq!(note(&track(1000.0, 5.0, at(1490.0), None), Unit::Kg), None);
    // A recording was run up there: it shows what the runner held at it.
    let recorded = track(1000.0, 5.0, at(2000.0), Some(3.0));
    let answer = course(&recorded, &ask(vest_runner(70.0, 7.0))).unwrap();
    assert!(said(&answer, "high-altitude").is_none());
}

#[test]
fn a_long_gentle_slope_is_hilly_though_no_stretch_is_a_hill() {
    // Warned of hills as a beginner, and of descents with knee pain.
    let warned = |fixes: &[Fix]| {
        let mut beginner = vest_runner(70.0, 3.5);
        beginner.level = Level::Beginner;
        let mut knee = vest_runner(70.0, 3.5);
        knee.conditions = vec![Condition::KneePain];
        let ids = |runner: Request| {
            let answer = course(fixes, &planned(runner, 9.0)).unwrap();
            answer
                .answer
                .warnings
                .iter()
                .map(|w| w.id)
                .collect::<Vec<_>>()
        };
        (
            ids(beginner).contains(&"hills-early"),
            ids(knee).contains(&"downhill-knee"),
        )
    };
    // At 4 %, under the hills' 5 %: 3 km drops 120 m, 2 km only 80 m.
    let down = |metres| track(metres, 5.0, |at| Some(500.0 - 0.04 * at), None);
    let up = |metres| track(metres, 5.0, |at| Some(500.0 + 0.04 * at), None);
    assert_eq!(warned(&down(3000.0)), (true, true));
    assert_eq!(warned(&up(3000.0)), (true, false));
    assert_eq!(warned(&down(2000.0)), (false, false));
    assert_eq!(warned(&up(2000.0)), (false, false));
    // A rise of 6 m halfway down does not break the descent.
    let bump = |at: f64| 500.0 - 0.04 * at + if at >= 1500.0 { 6.0 } else { 0.0 };
    let bumped = track(3000.0, 5.0, |at| Some(bump(at)), None);
    assert_eq!(warned(&bumped), (true, true));
    // 20 km of rollers 12 m high, at under 4 %, climb 240 m in all but
    // never 100 m in one go: no hill.
    let roll = |at: f64| 500.0 + 6.0 * (at / 1000.0 * std::f64::consts::TAU).sin();
    let rollers = track(20_000.0, 10.0, |at| Some(roll(at)), None);
    assert_eq!(warned(&rollers), (false, false));
}

#[test]
fn a_planned_course_with_the_usual_heart_rate_uses_the_line_through_rest() {
    // 150 bpm at 10 km/h without the vest, 60 at rest: on the flat, the
    // unloaded heart rate is 150; a planned course is run at the same
    // effort with the vest (slower), so at 150 too.
    let mut runner = vest_runner(70.0, 7.0);
    runner.heart = Some(crate::workout::HeartRates {
        usual: 150.0,
        resting: 60.0,
        max: None,
    });
    runner.resting_hr = Some(60.0);
    let answer = course(&track(3000.0, 5.0, FLAT, None), &planned(runner, 10.0)).unwrap();
    let heart = answer.heart.as_ref().unwrap();
    assert!(heart.line.fit.is_none());
    assert_eq!(
        heart.why_generic.as_ref().map(|m| m.template),
        Some(advice::HEART_NOT_IN_FILE)
    );
    let at_rest = heart.line.intercept + heart.line.slope * rules::RESTING_VO2;
    assert!((at_rest - 60.0).abs() < 1e-9, "{at_rest}");
    let (loaded, unloaded) = answer.heart_rates().unwrap();
    assert!((unloaded - 150.0).abs() < 0.15, "{unloaded}");
    assert!((loaded - 150.0).abs() < 0.15, "{loaded}");
}

#[test]
fn a_recording_without_heart_rate_places_the_usual_one_at_the_pace_given_and_says_so() {
    // A flat 3 km recorded at 3 m/s (10.8 km/h), no heart rate in the
    // file; 150 bpm usually at 10 km/h, 60 at rest.
    let recording = track(3000.0, 5.0, FLAT, Some(3.0));
    let mut runner = vest_runner(70.0, 7.0);
    runner.heart = Some(crate::workout::HeartRates {
        usual: 150.0,
        resting: 60.0,
        max: None,
    });
    let notes = |answer: &Course| -> Vec<&str> { answer.notes.iter().map(|n| n.id).collect() };
    // With the pace: the line runs through 150 bpm at 10 km/h on the flat
    // without the vest, and the note says that is all the pace is used for.
    let paced = course(&recording, &planned(runner.clone(), 10.0)).unwrap();
    let line = paced.heart.as_ref().unwrap().line;
    let at_usual =
        line.intercept + line.slope * flat_vo2(&runner, Speed::from_km_per_h(10.0), false);
    assert!((at_usual - 150.0).abs() < 1e-9, "{at_usual}");
    assert!(
        notes(&paced).contains(&"course-pace-for-heart"),
        "{:?}",
        notes(&paced)
    );
    assert!(!notes(&paced).contains(&"course-pace-ignored"));
    // Without it: no line, and the note asks for the pace.
    let unpaced = course(&recording, &ask(runner)).unwrap();
    assert!(unpaced.heart.is_none());
    assert!(
        notes(&unpaced).contains(&"course-heart-needs-pace"),
        "{:?}",
        notes(&unpaced)
    );
    // Without a usual heart rate, the pace is not used at all.
    let plain = course(&recording, &planned(vest_runner(70.0, 7.0), 10.0)).unwrap();
    assert!(notes(&plain).contains(&"course-pace-ignored"));
    assert!(!notes(&plain).contains(&"course-heart-needs-pace"));
}

#[test]
fn a_recording_with_heart_rate_leaves_the_usual_one_given_unused_and_says_so() {
    // The same flat 3 km at 3 m/s, at 140 bpm throughout.
    let recording: Vec<Fix> = track(3000.0, 5.0, FLAT, Some(3.0))
        .into_iter()
        .map(|fix| Fix {
            heart_rate: Some(140.0),
            ..fix
        })
        .collect();
    let notes = |answer: &Course| -> Vec<&str> { answer.notes.iter().map(|n| n.id).collect() };
    let plain = course(&recording, &ask(vest_runner(70.0, 7.0))).unwrap();
    let mut runner = vest_runner(70.0, 7.0);
    runner.heart = Some(crate::workout::HeartRates {
        usual: 170.0,
        resting: 60.0,
        max: None,
    });
    let usual = course(&recording, &ask(runner.clone())).unwrap();
    assert_eq!(
        notes(&usual),
        [notes(&plain), vec!["course-heart-ignored"]].concat()
    );
    // Nothing else changes: the heart rates are the recording's.
    assert_eq!(usual.heart, plain.heart);
    assert_eq!(usual.splits, plain.splits);
    // With a pace too, the pace is not used either.
    let paced = course(&recording, &planned(runner, 10.0)).unwrap();
    let paced = notes(&paced);
    assert!(paced.contains(&"course-pace-ignored") && paced.contains(&"course-heart-ignored"));
}

#[test]
fn a_heart_rate_that_falls_as_the_effort_rises_keeps_the_generic_line_and_says_so() {
    let runner = vest_runner(70.0, 7.0);
    let fixes = intervals(&runner, |vo2| 250.0 - 2.0 * vo2);
    let answer = course(&fixes, &ask(runner)).unwrap();
    let heart = answer.heart.unwrap();
    let (n, _) = heart.own_fit.unwrap();
    assert!(n >= rules::ROUTE_FIT_MIN_WINDOWS, "{n}");
    assert!(heart.line.fit.is_none() && heart.line.slope > 0.0);
    assert_eq!(
        heart.why_generic.as_ref().map(|m| m.template),
        Some(advice::HEART_FELL)
    );
}

#[test]
fn the_heart_line_is_least_squares_with_its_r_squared() {
    // x 1, 2, 3; y 2, 4, 7: means 2 and 13/3, Sxx 2, Syy 38/3, Sxy 5, so
    // slope 2.5, intercept 13/3 − 5 = −2/3, r² 25 / (2 × 38/3) = 75/76.
    let line = fit(&[(1.0, 2.0), (2.0, 4.0), (3.0, 7.0)]).unwrap();
    assert!((line.slope - 2.5).abs() < 1e-12);
    assert!((line.intercept + 2.0 / 3.0).abs() < 1e-12);
    let (n, r2) = line.fit.unwrap();
    assert_eq!(n, 3);
    assert!((r2 - 75.0 / 76.0).abs() < 1e-12, "{r2}");
    // Two windows, or an effort that never changes, make no line.
    assert!(fit(&[(1.0, 2.0), (2.0, 4.0)]).is_none());
    assert!(fit(&[(1.0, 2.0), (1.0, 4.0), (1.0, 7.0)]).is_none());
}

#[test]
fn heart_windows_are_whole_minutes_after_the_first_five() {
    // A point a second for 10 minutes: the first 299 are left out (the
    // 300th second is the first counted), then 5 whole minutes remain.
    let points: Vec<(f64, f64, f64)> = (0..600)
        .map(|i| (f64::from(i), 100.0 + f64::from(i), 1.0))
        .collect();
    let windows = windows(&points);
    assert_eq!(windows.len(), 5);
    assert!((windows[0].0 - 328.5).abs() < 1e-9, "{:?}", windows[0]);
    assert!((windows[0].1 - 428.5).abs() < 1e-9);
    assert!((windows[4].0 - 568.5).abs() < 1e-9);
}

#[test]
fn haversine_gives_the_great_circle_distance_of_the_spherical_law_of_cosines() {
    // The law of cosines is another formula for the same distance, exact
    // enough at these lengths to check the haversine against.
    let by_cosines = |a: &Fix, b: &Fix| {
        let (lat1, lat2) = (a.lat.to_radians(), b.lat.to_radians());
        let dlon = (b.lon - a.lon).to_radians();
        let cosine = lat1.sin() * lat2.sin() + lat1.cos() * lat2.cos() * dlon.cos();
        rules::EARTH_RADIUS_M * cosine.clamp(-1.0, 1.0).acos()
    };
    let at = |lat, lon| Fix {
        lat,
        lon,
        ..Fix::default()
    };
    let pairs = [
        (at(45.0, 7.0), at(46.0, 8.5)),
        (at(-33.87, 151.21), at(51.51, -0.13)),
        (at(60.0, -10.0), at(60.0, 10.0)),
        (at(10.0, 20.0), at(-20.0, 20.0)),
    ];
    for (a, b) in &pairs {
        let (haversine, cosines) = (haversine_m(a, b), by_cosines(a, b));
        assert!(
            (haversine - cosines).abs() < 1e-6 * cosines,
            "{a:?} to {b:?}: {haversine} against {cosines}"
        );
        assert!((haversine_m(b, a) - haversine).abs() < 1e-6, "both ways");
    }
    // Halfway round the Earth, and where the sine under the arcsine would
    // round past 1.
    let half_round = std::f64::consts::PI * rules::EARTH_RADIUS_M;
    assert!((haversine_m(&at(0.0, 0.0), &at(0.0, 180.0)) - half_round).abs() < 1e-6);
    assert!((haversine_m(&at(90.0, 0.0), &at(-90.0, 0.0)) - half_round).abs() < 1e-6);
}

/// A change to one fix.
type Change = fn(&mut Fix);

#[test]
fn each_value_of_a_fix_is_checked_against_what_the_earth_and_a_body_allow() {
    let good = track(100.0, 10.0, FLAT, Some(3.0));
    let refused = |change: Change| {
        let mut fixes = good.clone();
        change(&mut fixes[4]);
        match clean(&fixes) {
            Err(CourseError::Impossible { index, what, .. }) => Some((index, what)),
            other => {
                assert!(other.is_ok(), "{other:?}");
                None
            }
        }
    };
    let refusals: [(Change, &str); 8] = [
        (|fix| fix.lat = 90.5, "latitude"),
        (|fix| fix.lat = -91.0, "latitude"),
        (|fix| fix.lat = f64::INFINITY, "latitude"),
        (|fix| fix.lon = 180.5, "longitude"),
        (|fix| fix.lon = f64::NAN, "longitude"),
        (|fix| fix.time = Some(f64::INFINITY), "time"),
        (|fix| fix.heart_rate = Some(-1.0), "heart rate"),
        (|fix| fix.heart_rate = Some(f64::NAN), "heart rate"),
    ];
    for (change, what) in refusals {
        assert_eq!(refused(change), Some((4, what)));
    }
    // The limits themselves, an elevation on no ground or not a number
    // (read as none), a fix with no elevation, and a heart rate of zero (a
    // strap that lost contact) pass.
    assert_eq!(refused(|fix| fix.lat = 90.0), None);
    assert_eq!(refused(|fix| fix.lon = -180.0), None);
    assert_eq!(refused(|fix| fix.elevation = Some(-32_768.0)), None);
    assert_eq!(refused(|fix| fix.elevation = Some(f64::NAN)), None);
    assert_eq!(refused(|fix| fix.elevation = None), None);
    assert_eq!(refused(|fix| fix.heart_rate = Some(0.0)), None);
}

#[test]
fn two_fixes_at_the_same_second_are_in_order_and_both_kept() {
    let mut fixes = track(100.0, 10.0, FLAT, Some(3.0));
    fixes[5].time = fixes[4].time;
    let cleaned = clean(&fixes).unwrap();
    assert_eq!((cleaned.fixes.len(), cleaned.jumps), (fixes.len(), 0));
}

#[test]
fn ascent_and_descent_count_turns_of_three_metres_or_more_and_ignore_smaller_ones() {
    // Up 4 m to 104, down 5 m to 99, up 4.5 m to 103.5; the first metre
    // and the wobbles under 3 m are not turns of their own.
    assert_eq!(
        climb(&[100.0, 101.0, 102.0, 103.0, 104.0, 100.0, 99.0, 103.5]),
        (8.5, 5.0)
    );
    assert_eq!(climb(&[100.0, 102.0, 100.0, 102.0, 100.0]), (0.0, 0.0));
    // A dip of a metre on a climb, and a rise of a metre on a descent, are
    // part of them.
    assert_eq!(climb(&[100.0, 104.0, 103.0, 106.0]), (6.0, 0.0));
    assert_eq!(climb(&[100.0, 96.0, 97.0, 94.0]), (0.0, 6.0));
    // A course that starts downhill, with a rise of 1 m on the way.
    assert_eq!(climb(&[100.0, 98.0, 96.0, 97.0, 95.0]), (0.0, 5.0));
    // Exactly the threshold counts.
    assert_eq!(climb(&[100.0, 103.0]), (3.0, 0.0));
    assert_eq!(climb(&[100.0, 97.0]), (0.0, 3.0));
    assert_eq!(climb(&[100.0]), (0.0, 0.0));
    assert_eq!(climb(&[]), (0.0, 0.0));
}

#[test]
fn the_longest_climb_and_descent_run_through_bumps_smaller_than_the_break() {
    // Down 60 m, a 5 m bump, down 60 m more: one descent of 120 m, and
    // the bump no climb.
    assert_eq!(
        longest_climbs(&[200.0, 140.0, 145.0, 80.0], 10.0),
        (0.0, 120.0)
    );
    // A 10 m rise ends it: two descents of 60 m and 70 m.
    assert_eq!(
        longest_climbs(&[200.0, 140.0, 150.0, 80.0], 10.0),
        (10.0, 70.0)
    );
    // A climb past its start is a new top, as is a rise above the old one.
    assert_eq!(
        longest_climbs(&[100.0, 96.0, 130.0, 20.0], 10.0),
        (34.0, 110.0)
    );
    // A sawtooth up 9 m, down 7 m, forty times: the falls, under the
    // break, leave one climb of 47 m, and are no descents.
    let rollers: Vec<f64> = (0..40)
        .map(|i| f64::from(i % 2) * 8.0 + f64::from(i))
        .collect();
    assert_eq!(longest_climbs(&rollers, 10.0), (47.0, 0.0));
    assert_eq!(longest_climbs(&[100.0], 10.0), (0.0, 0.0));
    assert_eq!(longest_climbs(&[], 10.0), (0.0, 0.0));
}

/// A stretch of `metres` at `grade` % from `start_m`, in split 0.
fn stretch_at(start_m: f64, metres: f64, grade: f64) -> Stretch {
    Stretch {
        start_m,
        metres,
        grade,
        model_grade: grade,
        rise: grade * metres / 100.0,
        moving: 0.0,
        heart: None,
        split: 0,
    }
}

#[test]
fn the_steepest_are_at_most_three_steepest_first_and_apart_from_each_other() {
    let stretches = [
        stretch_at(0.0, 50.0, 6.0),
        stretch_at(100.0, 50.0, -12.0),
        // 70 m from the steepest: its neighbour, not a hill of its own.
        stretch_at(170.0, 50.0, 10.0),
        stretch_at(250.0, 50.0, 4.9),
        // 200 m from the steepest: far enough.
        stretch_at(300.0, 50.0, 8.0),
        // Too short to mark.
        stretch_at(800.0, 5.0, 20.0),
        stretch_at(1000.0, 50.0, 5.0),
        stretch_at(1300.0, 50.0, -7.0),
    ];
    let steep = |start_m: f64, grade_percent| Steep {
        start_m,
        end_m: start_m + 50.0,
        grade_percent,
    };
    assert_eq!(
        steepest(&stretches),
        [steep(100.0, -12.0), steep(300.0, 8.0), steep(1300.0, -7.0)]
    );
    // Alone, 6 % and exactly 5 % are steep enough, and 4.9 % is not.
    assert_eq!(
        steepest(&[stretches[0], stretches[3], stretches[6]]),
        [steep(0.0, 6.0), steep(1000.0, 5.0)]
    );
    // Nor is 5 % give or take float noise, as a slope drawn at 5 % comes.
    let drawn = stretch_at(1000.0, 50.0, 5.0 - 1e-12);
    assert_eq!(steepest(&[drawn]).len(), 1);
}

#[test]
fn a_hill_is_five_percent_either_way_as_shown() {
    // Up or down, at 5 % give or take float noise as a slope drawn there
    // comes, or at 4.96 % shown as 5 %; 4.9 % is not a hill.
    for grade in [5.0 - 1e-12, -5.0 + 1e-12, 4.96, -4.96, 12.0, -30.0] {
        assert!(stretch_at(0.0, 50.0, grade).is_hill(), "{grade}");
    }
    for grade in [4.9, -4.9, 0.0] {
        assert!(!stretch_at(0.0, 50.0, grade).is_hill(), "{grade}");
    }
}

/// A split from `start_m` with `ascent_m` up and `descent_m` down.
fn split_climbing(start_m: f64, ascent_m: f64, descent_m: f64) -> Split {
    Split {
        ascent_m,
        descent_m,
        ..Split::starting_at(start_m)
    }
}

#[test]
fn split_climbs_are_scaled_to_add_up_to_the_course_and_none_stays_none() {
    let mut splits = [
        split_climbing(0.0, 2.0, 0.0),
        split_climbing(1000.0, 6.0, 0.0),
    ];
    rescale_climbs(&mut splits, 4.0, 0.0);
    let climbs: Vec<(f64, f64)> = splits.iter().map(|s| (s.ascent_m, s.descent_m)).collect();
    assert_eq!(climbs, [(1.0, 0.0), (3.0, 0.0)]);
    let mut flat = [split_climbing(0.0, 0.0, 0.0)];
    rescale_climbs(&mut flat, 0.0, 0.0);
    assert_eq!((flat[0].ascent_m, flat[0].descent_m), (0.0, 0.0));
}

#[test]
fn a_splits_heart_rate_is_the_time_weighted_average_of_its_stretches() {
    let with_heart = |split, heart| Stretch {
        heart,
        split,
        ..stretch_at(0.0, 50.0, 0.0)
    };
    let stretches = [
        with_heart(0, Some((150.0, 60.0))),
        with_heart(0, Some((160.0, 120.0))),
        with_heart(1, None),
        with_heart(1, Some((140.0, 30.0))),
    ];
    let mut splits = [
        split_climbing(0.0, 0.0, 0.0),
        split_climbing(1000.0, 0.0, 0.0),
        split_climbing(2000.0, 0.0, 0.0),
    ];
    fill_measured(&mut splits, &stretches);
    // (150 × 60 + 160 × 120) / 180 = 156.67.
    let rates: Vec<Option<f64>> = splits.iter().map(|s| s.heart_rate).collect();
    assert_eq!(rates, [Some(156.7), Some(140.0), None]);
}

/// Samples `(metres, elevation, seconds, heart rate, stopped)`.
fn sampled(points: &[(f64, f64, f64, Option<f64>, bool)]) -> Vec<Sample> {
    points
        .iter()
        .map(
            |&(metres, elevation, seconds, heart_rate, stopped)| Sample {
                metres,
                elevation,
                seconds,
                heart_rate,
                stopped,
            },
        )
        .collect()
}

#[test]
fn a_stretch_has_its_grade_and_its_moving_time_and_heart_rate_without_the_stops() {
    let samples = sampled(&[
        (0.0, 100.0, 0.0, None, false),
        (25.0, 102.5, 10.0, Some(140.0), false),
        (25.0, 102.5, 40.0, Some(90.0), true),
        (50.0, 105.0, 60.0, Some(150.0), false),
    ]);
    let s = stretch(&samples, 3);
    assert_eq!((s.start_m, s.metres, s.rise, s.split), (0.0, 50.0, 5.0, 3));
    assert!((s.grade - 10.0).abs() < 1e-12 && (s.model_grade - 10.0).abs() < 1e-12);
    assert!((s.moving - 30.0).abs() < 1e-12, "{}", s.moving);
    // (140 × 10 + 150 × 20) / 30, over the 30 moving seconds.
    let (bpm, seconds) = s.heart.unwrap();
    assert!((bpm - 440.0 / 3.0).abs() < 1e-9 && (seconds - 30.0).abs() < 1e-12);
    // A wall: half as high as it is long, costed at the models' limit.
    let wall = stretch(
        &sampled(&[(0.0, 0.0, 0.0, None, false), (50.0, 25.0, 0.0, None, false)]),
        0,
    );
    assert!((wall.grade - 50.0).abs() < 1e-12);
    assert!((wall.model_grade - GRADE_PERCENT.max).abs() < 1e-12);
    assert!(wall.clipped() && wall.heart.is_none());
}

#[test]
fn stretches_are_about_50_m_and_a_stop_is_cut_out_of_them() {
    let moving: Vec<(f64, f64, f64, Option<f64>, bool)> = (0..=30)
        .map(|i| (f64::from(i) * 10.0, 100.0, f64::from(i) * 4.0, None, false))
        .collect();
    let cut = |samples: &[Sample], split_m| -> Vec<(f64, f64)> {
        stretches(samples, split_m)
            .iter()
            .map(|s| (s.start_m, s.metres))
            .collect()
    };
    let fifties: Vec<(f64, f64)> = (0..6).map(|i| (f64::from(i) * 50.0, 50.0)).collect();
    assert_eq!(cut(&sampled(&moving), 1000.0), fifties);
    // A split boundary at 120 m cuts the stretch it falls in.
    let at_120 = cut(&sampled(&moving[..=15]), 120.0);
    assert_eq!(
        at_120,
        [(0.0, 50.0), (50.0, 50.0), (100.0, 20.0), (120.0, 30.0)]
    );
    // Standing at 40 m for two samples, while the elevation drifts a metre
    // up: the stretch before the stop ends where it starts, the stop adds
    // none of no length, and no stretch takes in the drift.
    let mut stopping = moving[..=8].to_vec();
    for (i, point) in stopping.iter_mut().enumerate().skip(5) {
        point.0 = if i < 7 {
            40.0
        } else {
            40.0 + 10.0 * (i as f64 - 6.0)
        };
        point.1 = 101.0;
        point.4 = i < 7;
    }
    let stretches_of_stop = cut(&sampled(&stopping), 1000.0);
    assert_eq!(stretches_of_stop, [(0.0, 40.0), (40.0, 20.0)]);
    let rises: Vec<f64> = stretches(&sampled(&stopping), 1000.0)
        .iter()
        .map(|s| s.rise)
        .collect();
    assert_eq!(rises, [0.0, 0.0], "no rise across the stop");
}

#[test]
fn split_boundaries_are_interpolated_between_fixes_and_each_has_its_sample() {
    // Fixes every 75 m on a steady 10 % climb at 2.5 m/s: the boundaries at
    // 100 and 200 m fall between fixes, at 40 and 80 s, 110 and 120 m up.
    let fixes = track(225.0, 75.0, |at| Some(100.0 + at / 10.0), Some(2.5));
    let measured = samples(&fixes, 100.0, true);
    let at: Vec<(f64, f64, f64)> = measured
        .samples
        .iter()
        .map(|s| (s.metres, s.elevation, s.seconds))
        .collect();
    let expected = [
        (0.0, 100.0, 0.0),
        (75.0, 107.5, 30.0),
        (100.0, 110.0, 40.0),
        (150.0, 115.0, 60.0),
        (200.0, 120.0, 80.0),
        (225.0, 122.5, 90.0),
    ];
    assert_eq!(at.len(), expected.len(), "{at:?}");
    for (got, want) in at.iter().zip(expected) {
        assert!(
            (got.0 - want.0).abs() < 1e-6
                && (got.1 - want.1).abs() < 1e-6
                && (got.2 - want.2).abs() < 1e-6,
            "{got:?} against {want:?}"
        );
    }
    // Fixes every 50, 25 or 75 m: boundaries fall on fixes, up to the
    // rounding of the distances (a fix lies a hair before or after one);
    // each still has its sample, and the samples never step back.
    for step in [50.0, 25.0, 75.0] {
        let fixes = track(450.0, step, FLAT, Some(2.5));
        let metres: Vec<f64> = samples(&fixes, 100.0, true)
            .samples
            .iter()
            .map(|s| s.metres)
            .collect();
        assert!(metres.is_sorted(), "{metres:?}");
        for boundary in [100.0, 200.0, 300.0, 400.0] {
            assert!(
                metres.iter().any(|m| (m - boundary).abs() < 1e-6),
                "{boundary} m in {metres:?}"
            );
        }
    }
}

#[test]
fn a_recordings_seconds_count_from_its_first_fix_whatever_its_clock_says() {
    let mut fixes = track(100.0, 10.0, FLAT, Some(2.5));
    for fix in &mut fixes {
        fix.time = fix.time.map(|t| t + 1_700_000_000.0);
    }
    let measured = samples(&fixes, 1000.0, true);
    let last = measured.samples.last().unwrap();
    assert!((last.seconds - 40.0).abs() < 1e-6, "{}", last.seconds);
    assert!(measured.stops.is_empty());
}

/// Samples a second apart, standing still, at `elevation(second)`.
fn standing(seconds: u32, elevation: impl Fn(f64) -> f64) -> Vec<Sample> {
    (0..=seconds)
        .map(|t| Sample {
            metres: 0.0,
            elevation: elevation(f64::from(t)),
            seconds: f64::from(t),
            heart_rate: None,
            stopped: false,
        })
        .collect()
}

#[test]
fn a_stop_is_slower_than_half_a_metre_a_second_and_level_within_five_seconds() {
    // The second from 9 to 10 s, standing still on level ground.
    assert!(slow(&standing(20, |_| 100.0), 10));
    // At 0.4 m/s it is a stop; at exactly 0.5 m/s, moving.
    let crawling = |speed: f64| {
        let mut points = standing(20, |_| 100.0);
        for point in &mut points {
            point.metres = speed * point.seconds;
        }
        slow(&points, 10)
    };
    assert!(crawling(0.4));
    assert!(!crawling(0.5));
    // Its climb is read over five seconds either side, from 4 to 15 s: a
    // metre's step up within that makes it a climb, one just outside does
    // not count.
    let step = |at: f64| standing(20, move |t| if t < at { 100.0 } else { 101.0 });
    assert!(!slow(&step(5.0), 10), "from 4 to 5 s");
    assert!(slow(&step(4.0), 10), "from 3 to 4 s");
    assert!(!slow(&step(15.0), 10), "from 14 to 15 s");
    assert!(slow(&step(16.0), 10), "from 15 to 16 s");
}

#[test]
fn a_stop_may_climb_slower_than_a_steep_hike_but_not_as_fast() {
    // Samples 5 s apart: the interval from 5 to 10 s reads 0 to 15 s, and
    // 0.75 m over 15 s is exactly 0.05 m/s, a hike's climb.
    let rising = |top: f64| {
        let mut points = standing(3, |t| 100.0 + t * (top - 100.0) / 3.0);
        for (i, point) in points.iter_mut().enumerate() {
            point.seconds = 5.0 * i as f64;
        }
        points
    };
    assert!(!slow(&rising(100.75), 2));
    assert!(slow(&rising(100.5), 2));
}

/// `raw` elevations smoothed, a fix every `spacing` metres.
fn smoothed(spacing: f64, raw: &[f64]) -> Vec<f64> {
    let metres: Vec<f64> = (0..raw.len()).map(|i| i as f64 * spacing).collect();
    smooth(&metres, &despike(&metres, raw))
}

/// 21 fixes at 100 m, except `high` at `at`.
fn flat_with(at: &[usize], high: f64) -> Vec<f64> {
    (0..21)
        .map(|i| if at.contains(&i) { high } else { 100.0 })
        .collect()
}

#[test]
fn a_spike_of_one_or_two_fixes_is_noise_and_goes() {
    assert_eq!(smoothed(10.0, &flat_with(&[10, 11], 160.0)), [100.0; 21]);
    assert_eq!(smoothed(10.0, &flat_with(&[0], 160.0)), [100.0; 21]);
    assert_eq!(smoothed(10.0, &flat_with(&[1, 2], 160.0)), [100.0; 21]);
    assert_eq!(smoothed(10.0, &flat_with(&[20], 160.0)), [100.0; 21]);
    // 26 m off goes; 25 m off is within what GPS elevation can be.
    assert_eq!(smoothed(10.0, &flat_with(&[7], 126.0)), [100.0; 21]);
    assert!(
        smoothed(10.0, &flat_with(&[7], 125.0))
            .iter()
            .any(|&e| e > 100.0)
    );
    // Three fixes 40 m apart are neighbours enough to vote one down.
    assert_eq!(
        smoothed(40.0, &[100.0, 100.0, 160.0, 100.0, 100.0]),
        [100.0; 5]
    );
}

#[test]
fn a_rise_five_fixes_wide_and_a_mountain_between_far_fixes_are_not_noise() {
    let rise = smoothed(10.0, &flat_with(&[8, 9, 10, 11, 12], 160.0));
    // Kept, then averaged over the ground within 50 m, the line between
    // fixes taken as straight: at the middle fix, 40 m of the rise at 160,
    // a 10 m ramp either side at 130 on average, and 40 m at 100, so
    // (6,400 + 2,600 + 4,000) / 100 = 130.
    let top = rise.iter().copied().fold(f64::MIN, f64::max);
    assert!((top - 130.0).abs() < 1e-9, "{rise:?}");
    // A route drawn with points a kilometre apart: nothing to average.
    assert_eq!(
        smoothed(1000.0, &[100.0, 900.0, 100.0]),
        [100.0, 900.0, 100.0]
    );
    // Nor is one high fix of a route drawn 60 m apart: no neighbour lies
    // within the 50 m it would be noise against.
    let drawn = flat_with(&[10], 160.0);
    assert_eq!(smoothed(60.0, &drawn), drawn);
}

#[test]
fn a_fix_is_averaged_over_equal_ground_either_side_as_far_as_the_nearer_last_fix() {
    // At 90 m the last fix within 50 m is 40 m ahead (at 130 m) and 45 m
    // behind (at 45 m): the average is over 40 m either side, 50 to 130 m,
    // level at 100 behind and a ramp to 140 ahead: (4,000 + 4,800) / 80.
    let ahead = smooth(
        &[0.0, 30.0, 45.0, 90.0, 130.0, 180.0],
        &[100.0, 100.0, 100.0, 100.0, 140.0, 180.0],
    );
    assert!((ahead[3] - 110.0).abs() < 1e-9, "{ahead:?}");
    // The same ground run the other way: the nearer side is behind.
    let behind = smooth(
        &[0.0, 20.0, 50.0, 90.0, 135.0, 150.0, 180.0],
        &[180.0, 164.0, 140.0, 100.0, 100.0, 100.0, 100.0],
    );
    assert!((behind[3] - 110.0).abs() < 1e-9, "{behind:?}");
}

#[test]
fn a_steady_slope_is_smoothed_into_itself_to_both_ends() {
    // An average over equal ground either side of a straight line is on
    // the line: every fix keeps its elevation, the first and last too.
    let raw: Vec<f64> = (0..41).map(|i| 100.0 + f64::from(i) * 0.7).collect();
    for (got, want) in smoothed(10.0, &raw).iter().zip(&raw) {
        assert!((got - want).abs() < 1e-9, "{got} against {want}");
    }
}

#[test]
fn a_steady_slope_keeps_its_grade_however_unevenly_its_fixes_lie() {
    // The same ramp with fixes 10 to 85 m apart, some a hair either side
    // of the 50 m the average reaches: each fix keeps its elevation.
    let gaps = [12.0, 47.0, 53.0, 20.0, 49.999, 50.001, 85.0, 10.0];
    let mut metres = vec![0.0];
    for gap in gaps.iter().cycle().take(40) {
        metres.push(metres.last().unwrap() + gap);
    }
    let raw: Vec<f64> = metres.iter().map(|m| 100.0 + 0.08 * m).collect();
    for (got, want) in smooth(&metres, &despike(&metres, &raw)).iter().zip(&raw) {
        assert!((got - want).abs() < 1e-9, "{got} against {want}");
    }

    // The hill drawn so, as a route planner may, its top kept: its
    // steepest stretches climb and fall the 8 % it does, and it costs
    // what the hill drawn with a fix every 5 m costs.
    let even = hill();
    let mut kept = vec![0, 200, even.len() - 1];
    let mut at = 0;
    for gap in [3, 9, 10, 1, 17, 4, 10, 2].iter().cycle() {
        at += gap;
        if at >= even.len() {
            break;
        }
        kept.push(at);
    }
    kept.sort_unstable();
    kept.dedup();
    let uneven: Vec<Fix> = kept.iter().map(|&i| even[i]).collect();
    let request = planned(vest_runner(70.0, 7.0), 10.0);
    let (drawn, fine) = (
        course(&uneven, &request).unwrap(),
        course(&even, &request).unwrap(),
    );
    assert_eq!(drawn.steepest.len(), 3);
    for steep in &drawn.steepest {
        assert!((steep.grade_percent.abs() - 8.0).abs() < 0.01, "{steep:?}");
    }
    assert!(said(&drawn, "grade-clipped").is_none());
    let near = |a: f64, b: f64| (a - b).abs() < 0.002 * b;
    assert!(
        near(drawn.seconds, fine.seconds),
        "{} {}",
        drawn.seconds,
        fine.seconds
    );
    assert!(near(drawn.loaded_kcal, fine.loaded_kcal));
    assert!(
        (drawn.ascent_m - fine.ascent_m).abs() < 0.5,
        "{} {}",
        drawn.ascent_m,
        fine.ascent_m
    );
}

/// Why `fixes` recorded by `runner` get the generic heart line: the text.
fn why_generic(runner: &Request, fixes: &[Fix]) -> String {
    let answer = course(fixes, &ask(runner.clone())).unwrap();
    let heart = answer.heart.unwrap();
    assert!(heart.line.fit.is_none(), "the generic line");
    heart.why_generic.unwrap().text().into_owned()
}

#[test]
fn a_file_too_short_or_too_loose_for_the_runners_own_line_says_which() {
    let runner = vest_runner(70.0, 7.0);
    let following = intervals(&runner, |vo2| 40.0 + 3.0 * vo2);
    // 640 s: the first five minutes are skipped (with the stretch that
    // spans their end), five whole minutes are left to fit.
    assert_eq!(
        why_generic(&runner, &following[..=640]),
        "too few steady minutes in the file (5; at least 8 are needed)"
    );
    // Eight minutes to fit, enough, but 30 beats above the effort's heart
    // rate for three minutes, then 30 below for three, out of step with
    // the effort's two-minute intervals.
    let mut loose = following[..=840].to_vec();
    for fix in &mut loose {
        let block = (fix.time.unwrap() / 180.0).floor();
        let swing = if block % 2.0 == 0.0 { 30.0 } else { -30.0 };
        fix.heart_rate = fix.heart_rate.map(|bpm| bpm + swing);
    }
    assert_eq!(
        why_generic(&runner, &loose),
        "your heart rate follows the effort too loosely in this file (r² 0.27, below 0.5)"
    );
    // Twenty minutes, the effort changing, the heart rate at 140 throughout
    // (a strap that stuck): enough minutes, and the file says why.
    assert_eq!(
        why_generic(&runner, &intervals(&runner, |_| 140.0)),
        "your heart rate stayed at 140 bpm through the file's steady minutes, whatever the effort"
    );
}

#[test]
fn a_file_whose_heart_rate_is_no_higher_than_rest_says_why_it_estimates_none() {
    // Twenty minutes at a steady 90 bpm, no own line; the runner says they
    // rest at 100, so no line runs through rest and the file's average.
    let mut runner = vest_runner(70.0, 7.0);
    runner.resting_hr = Some(100.0);
    let heart_line = |answer: &Course| {
        let note = answer.notes.iter().find(|n| n.id == "heart-line");
        note.map(|n| n.message.text().into_owned())
    };
    let answer = course(&intervals(&runner, |_| 90.0), &ask(runner.clone())).unwrap();
    assert!(answer.heart.is_none());
    assert_eq!(
        heart_line(&answer).as_deref(),
        Some(
            "No heart rate is estimated: the file's heart rate averages 90 bpm, no higher than \
             the resting heart rate you gave, 100 bpm; check that one."
        )
    );
    // At the resting heart rate itself, no line either.
    let answer = course(&intervals(&runner, |_| 100.0), &ask(runner.clone())).unwrap();
    assert!(heart_line(&answer).is_some_and(|text| text.contains("averages 100 bpm, no higher")));
    // Without a resting heart rate, 55 bpm is below the 60 wrun takes.
    runner.resting_hr = None;
    let answer = course(&intervals(&runner, |_| 55.0), &ask(runner.clone())).unwrap();
    assert_eq!(
        heart_line(&answer).as_deref(),
        Some(
            "No heart rate is estimated: the file's heart rate averages 55 bpm, no higher than \
             the resting heart rate wrun takes when none is given, 60 bpm; give yours, or \
             check the heart-rate sensor."
        )
    );
    // Above rest, the generic line runs and says why it is not the own one.
    let answer = course(&intervals(&runner, |_| 140.0), &ask(runner)).unwrap();
    assert!(answer.heart.is_some());
    assert!(heart_line(&answer).is_some_and(|text| text.starts_with("Heart rate is estimated")));
}

#[test]
fn enough_minutes_that_make_no_line_say_what_never_changed() {
    let rising = |i: u32| 120.0 + f64::from(i);
    let effort_held: Vec<(f64, f64)> = (0..8).map(|i| (30.0, rising(i))).collect();
    let heart_held: Vec<(f64, f64)> = (0..8).map(|i| (rising(i) / 4.0, 150.5)).collect();
    // The windows `no_line` is asked of: enough, and no line through them.
    assert!(fit(&effort_held).is_none() && fit(&heart_held).is_none());
    assert_eq!(
        no_line(&effort_held).text(),
        "the effort stayed the same through the file's steady minutes, so they draw no line"
    );
    assert_eq!(
        no_line(&heart_held).text(),
        "your heart rate stayed at 150.5 bpm through the file's steady minutes, whatever the effort"
    );
    // Seven are too few, whatever they hold.
    assert_eq!(
        no_line(&heart_held[..7]).text(),
        "too few steady minutes in the file (7; at least 8 are needed)"
    );
}

#[test]
fn the_generic_line_runs_through_rest_and_the_files_own_average() {
    // Too short to fit: 1 km at 3 m/s with a steady 150 bpm, the runner
    // resting at 60 (wrun's default).
    let mut fixes = track(1000.0, 3.0, FLAT, Some(3.0));
    for fix in &mut fixes {
        fix.heart_rate = Some(150.0);
    }
    let runner = vest_runner(70.0, 7.0);
    let answer = course(&fixes, &ask(runner.clone())).unwrap();
    let line = answer.heart.unwrap().line;
    let held = flat_vo2(&runner, Speed::from_m_per_min(180.0), true);
    let at = |vo2: f64| line.intercept + line.slope * vo2;
    assert!((at(rules::RESTING_VO2) - 60.0).abs() < 1e-9);
    assert!((at(held) - 150.0).abs() < 0.05, "{} at {held}", at(held));
    // A heart rate at or below rest draws no line, and gives no estimate.
    for bpm in [60.0, 50.0] {
        for fix in &mut fixes {
            fix.heart_rate = Some(bpm);
        }
        let answer = course(&fixes, &ask(runner.clone())).unwrap();
        assert!(answer.heart.is_none(), "{bpm} bpm");
    }
}

#[test]
fn a_course_longer_than_any_run_wrun_judges_is_judged_without_its_capacity() {
    // At 13 km/h with a 7 kg vest, 200 km takes about 16 hours and 260 km
    // about 21: both within a day, but the second, at its flat equivalent
    // speed, is longer than the 250 km wrun judges a run over.
    let judged = |km: f64| {
        let answer = course(
            &track(km * 1000.0, 100.0, FLAT, None),
            &planned(vest_runner(70.0, 7.0), 13.0),
        )
        .unwrap();
        assert!(
            answer.seconds < 24.0 * 3600.0,
            "{km} km: {} s",
            answer.seconds
        );
        answer.answer.capacity
    };
    let capacity = judged(200.0).expect("200 km is judged with its length");
    assert!(capacity.minutes > 900.0, "{}", capacity.minutes);
    assert!(judged(260.0).is_none());
}

#[test]
fn a_bare_pace_is_said_as_typed_and_a_usual_heart_rate_it_belies_is_said_too() {
    // 150 lb, a bare 5:00 read per mile: 321.87 m/min. The course is
    // judged at the flat, loaded speed of that effort, and a recording at
    // its own pace; the note quotes the pace as the runner gave it.
    let mut runner = Request::new(Mass::from_lb(150.0), WeightType::Vest);
    runner.workout.speed = Some(Speed::from_m_per_min(1609.344 / 5.0));
    runner.assumed.pace_per = Some(crate::SpeedUnit::PerMile);
    let pace_note = |answer: &Course| {
        answer
            .answer
            .warnings
            .iter()
            .find(|note| note.id == "pace-unit-assumed")
            .map(|note| note.message.text())
    };
    let said = "A pace without its distance is read per mile, as your unit is lb: 5:00/mi; add \
                /km for kilometres.";
    let planned = course(&track(3000.0, 10.0, FLAT, None), &ask(runner.clone())).unwrap();
    assert_eq!(pace_note(&planned).as_deref(), Some(said));
    let recorded = course(&track(3000.0, 10.0, FLAT, Some(3.0)), &ask(runner.clone())).unwrap();
    assert_eq!(pace_note(&recorded).as_deref(), Some(said));
    // At 140 bpm, with 60 at rest and 180 at most (age 40), that flat pace
    // (67.87 mL/kg/min) is 2/3 of the reserve: a VO2max of 100.06.
    runner.age = Some(40.0);
    runner.heart = Some(crate::HeartRates {
        usual: 140.0,
        resting: 60.0,
        max: None,
    });
    let disagree = |fixes: &[Fix]| {
        let answer = course(fixes, &ask(runner.clone())).unwrap();
        answer
            .answer
            .warnings
            .iter()
            .find(|note| note.id == "heart-and-pace-disagree")
            .map(|note| note.message.text().into_owned())
    };
    let planned = disagree(&track(3000.0, 10.0, FLAT, None)).expect("the figures disagree");
    assert!(planned.contains("near 100 mL/kg/min"), "{planned}");
    // A recording without heart rate places the usual heart rate at the
    // pace given, not at its own (3 m/s): the same figures disagree.
    let recorded = disagree(&track(3000.0, 10.0, FLAT, Some(3.0))).expect("they disagree");
    assert_eq!(recorded, planned);
    // A recording with its own heart rate uses neither.
    let mut measured = track(3000.0, 10.0, FLAT, Some(3.0));
    for fix in &mut measured {
        fix.heart_rate = Some(150.0);
    }
    assert_eq!(disagree(&measured), None);
}

#[test]
fn a_recording_walked_in_part_says_how_much_was_costed_as_a_walk_when_wrun_chose_the_gait() {
    // 1 km run at 9 km/h, then 1 km walked at 5.4 km/h, on the flat.
    let mut fixes = track(2000.0, 5.0, FLAT, Some(1.0));
    for fix in &mut fixes {
        let at = fix.time.unwrap();
        fix.time = Some(if at <= 1000.0 {
            at / 2.5
        } else {
            400.0 + (at - 1000.0) / 1.5
        });
    }
    let walked = |fixes: &[Fix], runner: &Request| {
        let answer = course(fixes, &ask(runner.clone())).unwrap();
        let note = said(&answer, "course-walked");
        note.map(|note| note.message.text())
    };
    let mut runner = vest_runner(70.0, 7.0);
    runner.unit = crate::Unit::Kg;
    assert_eq!(
        walked(&fixes, &runner).as_deref(),
        Some(
            "1 km of the course, at under 7.2 km/h, is costed as a walk (gait auto); set the \
             gait to run to cost it as a slow jog."
        )
    );
    // Walked throughout: said once, for the whole course.
    let slow = track(2000.0, 5.0, FLAT, Some(1.5));
    assert_eq!(
        walked(&slow, &runner).as_deref(),
        Some(
            "At under 7.2 km/h throughout, the course is costed as a walk (gait auto); set the \
             gait to run for a slow jog."
        )
    );
    // A gait the runner chose is not wrun's choice, and is not said.
    for gait in [Gait::Run, Gait::Walk] {
        runner.workout.gait = gait;
        assert_eq!(walked(&fixes, &runner), None, "{gait:?}");
    }
    // Nor is a run at 9 km/h throughout.
    runner.workout.gait = Gait::Auto;
    assert_eq!(walked(&track(2000.0, 5.0, FLAT, Some(2.5)), &runner), None);
}

#[test]
fn a_planned_course_says_how_much_of_it_the_effort_walks_uphill() {
    // 1 km up and 1 km down at 8 %, at the effort of 8 km/h on the flat:
    // the climb slows below the walk-run switch and is costed as a walk,
    // the descent is run, and so are the last metres to the top, where
    // the smoothed elevation rounds the climb off.
    let mut runner = vest_runner(70.0, 7.0);
    runner.unit = crate::Unit::Kg;
    let answer = course(&hill(), &planned(runner, 8.0)).unwrap();
    let note = said(&answer, "course-walked");
    assert_eq!(
        note.map(|note| note.message.text()).as_deref(),
        Some(
            "990 m of the course, at under 7.2 km/h, is costed as a walk (gait auto); set the \
             gait to run to cost it as a slow jog."
        )
    );
}

#[test]
fn a_vest_slows_a_planned_run_as_a_run_and_never_saves_energy_at_the_walk_run_switch() {
    // 2 km flat at the effort of a usual 7.5 km/h (125 m/min), 70 kg:
    // ACSM, 0.2 × 125 + 3.5 = 28.5 mL/kg/min, 1.995 L/min × 5 kcal/L ×
    // 4184 J/kcal / 60 = 695.59 W; 960 s, 159.60 kcal. With a 10 kg vest
    // (1/7 of body weight) the same effort is a run at 125 / (1 + 1/7) =
    // 109.38 m/min (rule `same-effort`): 1097.14 s at the same 695.59 W,
    // 182.40 kcal. It stays a run below the switch: a walk there would
    // cost Pandolf's 105 + 2 × 80 × (10/70)² + 80 × 1.5 × 2² = 588.27 W
    // at 2 m/s. The search used to settle on either side of the switch:
    // a run at it here (1000 s, 180.42 kcal), elsewhere that cheaper walk
    // (140.60 kcal, as if the vest saved 19).
    let answer = course(
        &track(2000.0, 5.0, FLAT, None),
        &planned(vest_runner(70.0, 10.0), 7.5),
    )
    .unwrap();
    assert!(
        (answer.distance_m - 2000.0).abs() < 1.0,
        "{}",
        answer.distance_m
    );
    assert!((answer.seconds - 1097.14).abs() < 1.0, "{}", answer.seconds);
    assert!((answer.unloaded_seconds.unwrap() - 960.0).abs() < 1.0);
    assert!(
        (answer.loaded_kcal - 182.40).abs() < 0.1,
        "{}",
        answer.loaded_kcal
    );
    assert!(
        (answer.unloaded_kcal - 159.60).abs() < 0.1,
        "{}",
        answer.unloaded_kcal
    );
    // A run slowed by the load is still a run: nothing is said of walking,
    // the runner is no walker, and the capacity check asks the effort
    // itself, 28.5 mL/kg/min (judged as a walk at 109.38 m/min, it would
    // ask Pandolf's far less).
    assert!(said(&answer, "course-walked").is_none());
    assert!(!answer.answer.walking);
    let demand = answer.answer.capacity.unwrap().demand;
    assert!((demand - 28.5).abs() < 0.05, "{demand}");

    // Around the switch, walking or running, on the flat, down a gentle
    // slope and over a hill, whatever the vest: the load costs more and
    // takes longer, and slows no kilometre by more than a run's share, 1
    // + p (a walk's is less).
    let descent = track(2000.0, 5.0, |at| Some(300.0 - 0.03 * at), None);
    for fixes in [track(2000.0, 5.0, FLAT, None), descent, hill()] {
        for tenths in 60..=85 {
            let usual = f64::from(tenths) / 10.0;
            for vest in [3.5, 7.0, 10.0] {
                let request = planned(vest_runner(70.0, vest), usual);
                let answer = course(&fixes, &request).unwrap();
                let what = format!("{usual} km/h, {vest} kg");
                assert!(
                    answer.loaded_kcal > answer.unloaded_kcal,
                    "{what}: {} {} {} {:?} {}",
                    answer.loaded_kcal,
                    answer.unloaded_kcal,
                    answer.seconds,
                    answer.unloaded_seconds,
                    answer.distance_m
                );
                assert!(answer.seconds > answer.unloaded_seconds.unwrap(), "{what}");
                for split in &answer.splits {
                    let slower = split.seconds / split.unloaded_seconds.unwrap();
                    assert!(slower <= 1.0 + vest / 70.0 + 1e-6, "{what}: {slower}");
                }
            }
        }
    }
}

#[test]
fn stretches_costed_beyond_their_models_speeds_are_said() {
    // 1 km at 9 km/h, then 1 km at 4 km/h (66.7 m/min), on the flat.
    let mut fixes = track(2000.0, 5.0, FLAT, Some(1.0));
    for fix in &mut fixes {
        let at = fix.time.unwrap();
        fix.time = Some(if at <= 1000.0 {
            at / 2.5
        } else {
            400.0 + (at - 1000.0) / (4.0 / 3.6)
        });
    }
    let said = |gait: Gait| {
        let mut runner = vest_runner(70.0, 7.0);
        runner.unit = crate::Unit::Kg;
        runner.workout.gait = gait;
        let answer = course(&fixes, &ask(runner)).unwrap();
        let beyond = ["course-fast-walk", "course-slow-run"];
        let notes = answer.notes.iter().filter(|note| beyond.contains(&note.id));
        notes
            .map(|note| note.message.text().into_owned())
            .collect::<Vec<_>>()
    };
    // Walked throughout, the 9 km/h kilometre is beyond Pandolf's speeds.
    assert_eq!(
        said(Gait::Walk),
        [
            "1 km of the course is costed as a walk at 7.2 km/h or faster, above the walking \
          speeds Pandolf's equation was built on: the estimate there is rough."
        ]
    );
    // Run throughout, the 4 km/h kilometre is below ACSM's.
    assert_eq!(
        said(Gait::Run),
        [
            "1 km of the course is costed as a run slower than 4.8 km/h, below the ACSM running \
          equation's range: the estimate there is rough."
        ]
    );
    // Left to wrun, each is costed by the model made for its speed.
    assert_eq!(said(Gait::Auto), [] as [String; 0]);
}

#[test]
fn a_walk_downhill_steeper_than_santee_tested_is_said() {
    let said = |grade: f64| {
        let descent = track(1000.0, 5.0, |at| Some(500.0 - grade / 100.0 * at), None);
        let mut walker = vest_runner(70.0, 7.0);
        walker.unit = crate::Unit::Kg;
        walker.workout.gait = Gait::Walk;
        let answer = course(&descent, &planned(walker, 4.0)).unwrap();
        let note = said(&answer, "course-steep-walk");
        note.map(|note| note.message.text().into_owned())
    };
    // 1 km down at 14 %: beyond Santee's −12 %, short of the models' −15 %
    // limit.
    assert_eq!(
        said(14.0).as_deref(),
        Some(
            "1 km of the course is walked downhill steeper than the -12 % Santee et al. tested: \
             the estimate there is rough."
        )
    );
    // At 10 % it is within what they tested, and so is 12 % itself, drawn
    // with points 50 m apart (each grade 12 % give or take float noise).
    assert_eq!(said(10.0), None);
    let drawn = track(2000.0, 50.0, |at| Some(1000.0 - 0.12 * at), None);
    let mut walker = vest_runner(70.0, 7.0);
    walker.workout.gait = Gait::Walk;
    let answer = course(&drawn, &planned(walker, 4.0)).unwrap();
    assert!(!answer.notes.iter().any(|n| n.id == "course-steep-walk"));
}
