use super::*;
use crate::{Gait, Terrain, Verdict, recommend};

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

/// A flat course at 100 m.
const FLAT: fn(f64) -> Option<f64> = |_| Some(100.0);

fn vest_runner(kg: f64, vest: f64) -> Request {
    let mut runner = Request::new(Mass::from_kg(kg), WeightType::Vest);
    runner.chosen_load = Some(Mass::from_kg(vest));
    runner
}

/// 1 km up and 1 km down at 8 %, untimed.
fn hill() -> Vec<Fix> {
    track(
        2000.0,
        5.0,
        |at| Some(100.0 + 0.08 * if at <= 1000.0 { at } else { 2000.0 - at }),
        None,
    )
}

/// How a 7 kg vest is costed for `runner`.
fn seven_kg_vest(runner: &Request) -> Coster<'_> {
    Coster {
        runner,
        carried: Carried::Vest(Mass::from_kg(7.0)),
    }
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
fn bad_fixes_are_refused_with_the_point_that_is_wrong() {
    let mut fixes = track(1000.0, 10.0, FLAT, Some(3.0));
    assert_eq!(
        course(&fixes[..1], &ask(vest_runner(70.0, 7.0))).unwrap_err(),
        CourseError::TooFewPoints(1)
    );
    fixes[7].time = Some(0.5);
    assert_eq!(
        course(&fixes, &ask(vest_runner(70.0, 7.0))).unwrap_err(),
        CourseError::TimeOrder { index: 7 }
    );
    fixes[7].time = Some(7.0 * 10.0 / 3.0);
    fixes[3].lat = f64::NAN;
    assert_eq!(
        course(&fixes, &ask(vest_runner(70.0, 7.0)))
            .unwrap_err()
            .index(),
        Some(3)
    );
}

#[test]
fn a_gps_jump_is_left_out_and_said() {
    let mut fixes = track(1000.0, 10.0, FLAT, Some(3.0));
    fixes[50].lat += degrees(500.0);
    let answer = course(&fixes, &ask(vest_runner(70.0, 7.0))).unwrap();
    assert!((answer.distance_m - 1000.0).abs() < 1.0);
    let said = |id: &str| {
        let note = answer.notes.iter().find(|note| note.id == id);
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
    let stops = answer.notes.iter().find(|note| note.id == "stops");
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
    let stops = answer.notes.iter().find(|note| note.id == "stops");
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
    let coster = seven_kg_vest(runner);
    let mut fixes = Vec::new();
    let (mut at, mut t) = (0.0, 0.0);
    for second in 0..1200 {
        let v = if (second / 120) % 2 == 0 { 2.5 } else { 3.333 };
        let vo2 = coster.vo2(coster.watts(0.0, Speed::from_m_per_min(v * 60.0), true));
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
    assert!(answer.notes.iter().any(|note| note.id == "heart-line"));
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
    assert!(answer.notes.iter().any(|note| note.id == "course-flat"));
    assert!(answer.elevation_range.is_none());
}

#[test]
fn a_wall_is_costed_at_the_models_limit_and_named() {
    let fixes = track(400.0, 5.0, |at| Some(100.0 + 0.4 * at), None);
    let answer = course(&fixes, &planned(vest_runner(70.0, 7.0), 10.0)).unwrap();
    assert!(answer.notes.iter().any(|note| note.id == "grade-clipped"));
    assert!(answer.steepest[0].grade_percent > 35.0);
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
    // Run at the same recorded speeds, the course costs 5 % more with them
    // than without (planned, it costs more: the same effort is slower).
    let mut hands = Request::new(Mass::from_lb(150.0), WeightType::HandWrist);
    hands.chosen_load = load;
    let timed = track(5000.0, 10.0, FLAT, Some(10.0 / 3.6));
    let recorded = course(&timed, &ask(hands)).unwrap();
    let extra = recorded.loaded_kcal / recorded.unloaded_kcal - 1.0;
    assert!((extra - 0.05).abs() < 1e-9, "{extra}");
    let said = answer.notes.iter().find(|note| note.id == "course-load");
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
    assert!(answer.notes.iter().any(|note| note.id == "course-load"));
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
    let vo2 = coster.vo2(coster.watts(0.0, twelve, true));
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
fn sand_and_a_walking_gait_cost_what_they_cost_on_a_course() {
    // A flat 3 km planned at 6 km/h with a 7 kg vest: sand costs more than
    // pavement, and walking it costs other than running it.
    let kcal = |terrain: Terrain, gait: Gait| {
        let mut request = planned(vest_runner(70.0, 7.0), 6.0);
        request.runner.workout.terrain = terrain;
        request.runner.workout.gait = gait;
        let fixes = track(3000.0, 5.0, FLAT, None);
        course(&fixes, &request).unwrap().loaded_kcal
    };
    let paved = kcal(Terrain::Paved, Gait::Walk);
    assert!(kcal(Terrain::Sand, Gait::Walk) > paved * 1.5, "{paved}");
    assert!((kcal(Terrain::Paved, Gait::Run) - paved).abs() > 1.0);
}

#[test]
fn a_planned_descent_steep_enough_is_held_to_the_downhill_cap_and_said() {
    // 1 km down at 12 %: without the vest the same effort would run away
    // downhill; wrun holds it to 1.2 times the flat pace.
    let fixes = track(1000.0, 5.0, |at| Some(300.0 - 0.12 * at), None);
    let answer = course(&fixes, &planned(vest_runner(70.0, 7.0), 10.0)).unwrap();
    let capped = answer
        .notes
        .iter()
        .find(|note| note.id == "downhill-capped")
        .unwrap();
    assert!(capped.message.text().contains("1.2"), "{}", capped.message);
    // On the flat, nothing is held.
    let flat = course(
        &track(1000.0, 5.0, FLAT, None),
        &planned(vest_runner(70.0, 7.0), 10.0),
    )
    .unwrap();
    assert!(flat.notes.iter().all(|note| note.id != "downhill-capped"));
}

#[test]
fn a_recording_shows_a_ceiling_at_least_as_high_as_the_effort_it_held() {
    // A beginner (35 mL/kg/min assumed) who ran 30 minutes at 12 km/h with
    // a 7 kg vest has shown more than that.
    let fixes = track(6000.0, 3.0, FLAT, Some(12.0 / 3.6));
    let mut runner = vest_runner(70.0, 7.0);
    runner.level = Level::Beginner;
    let answer = course(&fixes, &ask(runner.clone())).unwrap();
    let coster = seven_kg_vest(&runner);
    let held = coster.vo2(coster.watts(0.0, Speed::from_km_per_h(12.0), true));
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
    let coster = seven_kg_vest(&runner);
    let ten = Speed::from_km_per_h(10.0);
    let effort = coster.vo2(coster.watts(0.0, ten, false));
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
    // Planned, it shows nothing of the runner's ceiling, even a
    // beginner's, whose assumed 35 mL/kg/min it asks more than.
    let mut beginner = vest_runner(70.0, 7.0);
    beginner.level = Level::Beginner;
    let course = course(&track(3000.0, 5.0, FLAT, None), &planned(beginner, 10.0)).unwrap();
    let capacity = course.answer.capacity.unwrap();
    assert_eq!(capacity.basis, crate::CeilingBasis::Level);
    assert!((capacity.ceiling - 35.0).abs() < 1e-9);
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
