//! `wrun route`: real device and service exports (tests/data/route, origins
//! in its README), generated courses checked by hand, and broken files.

use std::fmt::Write as _;
use std::path::PathBuf;

use serde_json::Value;

use crate::support::{by_id, close, f, ids, route_fixture, text_at, utf16, wrun};

/// `contents` saved as `name` in a folder of its own: tests run at once,
/// and two that wrote the same name to one folder read each other's file.
pub fn temp_file(name: &str, contents: &[u8]) -> PathBuf {
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir()
        .join(format!("wrun-route-{}", std::process::id()))
        .join(call.to_string());
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

/// The latitude `metres` due north of 45° N, on wrun's sphere (rule
/// `route-distance`: a mean Earth radius of 6,371,008.8 m).
fn north(metres: f64) -> f64 {
    45.0 + metres * 180.0 / (6_371_008.8 * std::f64::consts::PI)
}

/// A GPX track due north from 45° N: `count` steps of `step` metres,
/// point `i` timed `time(i)` seconds from the start when it says, flat at 100 m.
fn gpx(count: u32, step: f64, time: impl Fn(u32) -> Option<u32>) -> String {
    hilly_gpx(count, step, time, |_| 100.0)
}

/// [`gpx`] with the elevation at each distance from the start, metres.
fn hilly_gpx(
    count: u32,
    step: f64,
    time: impl Fn(u32) -> Option<u32>,
    elevation: impl Fn(f64) -> f64,
) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"wrun tests\">\n<trk><trkseg>\n",
    );
    for i in 0..=count {
        let at = f64::from(i) * step;
        let _ = write!(
            out,
            "<trkpt lat=\"{:.9}\" lon=\"7.0\"><ele>{}</ele>",
            north(at),
            elevation(at)
        );
        if let Some(t) = time(i) {
            let _ = write!(
                out,
                "<time>2026-06-01T{:02}:{:02}:{:02}Z</time>",
                6 + t / 3600,
                t / 60 % 60,
                t % 60
            );
        }
        out.push_str("</trkpt>\n");
    }
    out.push_str("</trkseg></trk>\n</gpx>\n");
    out
}

/// `wrun route file` for a 70 kg runner at a usual 6:00/km: the run most
/// of these tests describe.
fn paced(file: &str) -> [&str; 6] {
    ["route", file, "-w", "70kg", "--pace", "6:00/km"]
}

fn route_json(args: &[&str]) -> Value {
    let mut all = vec!["route", "--json"];
    all.extend_from_slice(args);
    wrun(all).run().json()
}

/// `file`, whose times say nothing of a run on its ground, read as its
/// course only: refused without a pace (the message holding `refusal`),
/// then a planned course at the runner's 6:00/km, whose first file note,
/// `id`, starts with `note` in the JSON and in `--brief`'s `File` row.
fn read_as_its_course_only(file: &str, refusal: &[&str], id: &str, note: &str) -> Value {
    wrun(["route", file, "-w", "70kg"])
        .run()
        .usage_error(refusal);
    let answer = wrun(paced(file).into_iter().chain(["--json"])).run().json();
    assert_eq!(answer["kind"], "planned");
    let text = answer["file"]["notes"][0].as_str().unwrap();
    assert!(text.starts_with(note), "{text}");
    let lean = wrun(paced(file).into_iter().chain(["--json", "--notes", "ids"]))
        .run()
        .json();
    assert_eq!(lean["file"]["notes"][0]["id"], id);
    // The brief form says so too, as it says what wrun read into the input.
    let brief = wrun(paced(file).into_iter().chain(["--brief"])).run();
    assert!(
        brief.ok().contains(&format!("\nFile        {note}")),
        "{}",
        brief.ok()
    );
    answer
}

fn sum(splits: &Value, key: &str) -> f64 {
    splits
        .as_array()
        .unwrap()
        .iter()
        .map(|split| split[key].as_f64().unwrap())
        .sum()
}

#[test]
fn a_strava_route_is_predicted_at_the_runners_flat_effort() {
    let text = wrun([
        "route",
        &route_fixture("strava_route_example.gpx"),
        "-w",
        "150",
        "--load",
        "12",
        "--pace",
        "9:00/mi",
    ])
    .run();
    let text = text.ok();
    assert!(text.starts_with("Weighted vest on a planned course (GPX), for a 150 lb"));
    assert!(
        text.contains("Predicted   26:53 with the load, 24:54 without, at the effort of 9:00/mi")
    );
    // The difference is that of the totals as printed: 359 - 333.
    assert!(
        text.contains("Energy      333 kcal without the load, 359 with it: +26 kcal (+8 %)"),
        "{text}"
    );
    assert!(text.contains("Profile (elevation, ft)"));
    assert!(text.contains(" ┤█"), "{text}");
    assert!(text.lines().all(|line| line.chars().count() <= 80));
}

#[test]
fn a_pace_given_in_the_other_unit_is_shown_as_given_beside_the_courses_own() {
    // The course is told in the masses' unit; the runner's own pace is
    // shown back as they gave it too, and once where the two agree.
    let predicted = |weight: &str, pace: &str| {
        let course = route_fixture("strava_route_example.gpx");
        let run = wrun([
            "route", &course, "-w", weight, "--load", "5", "--pace", pace,
        ])
        .run();
        let text = run.ok();
        let at = text.find("at the effort of").unwrap();
        text[at..text.find(" [route-effort]").unwrap()].to_owned()
    };
    let wrap = "\n            ";
    assert_eq!(
        predicted("150", "5:35/km"),
        format!("at the effort of 8:59/mi{wrap}(5:35/km) on the flat")
    );
    assert_eq!(
        predicted("68kg", "9:00/mi"),
        format!("at the effort of 5:36/km{wrap}(9:00/mi) on the flat")
    );
    assert_eq!(
        predicted("150", "9:00/mi"),
        format!("at the effort of 9:00/mi on the{wrap}flat")
    );
}

#[test]
fn a_recorded_runs_ceiling_is_told_as_the_least_the_runner_has() {
    // The Fenix 6 run held 56.4 mL/kg/min for 21 minutes with the vest's
    // start load: the runner's VO2max is at least 62.4, perhaps more, as
    // the capacity warnings say of a ceiling a run shows.
    let run = route_fixture("20210119_run_garmin_fenix6.tcx");
    let text = wrun(["route", &run, "-w", "150", "--brief"])
        .run()
        .ok()
        .to_owned();
    assert!(
        text.contains(
            "Capacity    asks 56.4 mL/kg/min; you hold 56.4 for 21 min, of a VO2max of at\n            least 62.4 (shown by this recording) [capacity]"
        ),
        "{text}"
    );
}

#[test]
fn a_usual_pace_past_the_levels_assumed_ceiling_shows_the_runners_own_on_a_planned_course() {
    // 7:30/mi asks 46.4 mL/kg/min, above the 45 assumed for an intermediate
    // runner; the usual pace shows at least 46.4 held for the course's 22
    // minutes, so the vest's course, at the same effort, fits.
    let course = route_fixture("strava_route_example.gpx");
    let args = [
        "route", &course, "-w", "150", "--pace", "7:30/mi", "--brief",
    ];
    let text = wrun(args).run().ok().to_owned();
    assert!(
        text.starts_with("Weighted vest on a planned course (GPX): RECOMMENDED\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "Capacity    asks 46.4 mL/kg/min; you hold 46.4 for 22 min, of a VO2max of at\n            least 51.5 (shown by your usual pace) [capacity]"
        ),
        "{text}"
    );
    // A VO2max of the runner's own below it stands, and is a danger; the
    // answer says the two disagree.
    let own = wrun(args.iter().copied().chain(["--vo2max", "45"])).run();
    assert!(
        own.ok()
            .starts_with("Weighted vest on a planned course (GPX): NOT-RECOMMENDED\n")
    );
    let full = [&args[..args.len() - 1], &["--vo2max", "45", "--json"]].concat();
    let note = wrun(full).run().json()["assessment"]["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["id"] == "vo2max-below-usual")
        .cloned()
        .expect("a note that the VO2max given is below the usual pace's");
    assert_eq!(
        note["message"],
        "Your usual pace shows a VO2max of at least 51.5, above the 45 you give: check your \
         figure. wrun keeps to yours, and so may judge a run you hold to be beyond you."
    );
}

#[test]
fn the_profile_marks_each_steep_stretch_where_it_starts_with_the_arrow_of_its_grade() {
    // 1 km up at 8 %, then 1 km down at 8 %, a point every 10 m.
    let hill = hilly_gpx(200, 10.0, |_| None, |at| 100.0 + 0.08 * at.min(2000.0 - at));
    let path = temp_file("hill.gpx", hill.as_bytes());
    let text = text_at(&paced(path.to_str().unwrap()), "80");
    // Beneath the axis's labels: the marks, then one line a stretch.
    let lines = block_after(&text, |line| line.ends_with(" 2 km"));
    let (marks, stretches) = lines.split_first().expect("marks beneath the profile");
    assert!(stretches.len() >= 2, "{text}");
    let mut listed: Vec<(f64, char)> = stretches
        .iter()
        .map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            let arrow = words[0].chars().next().unwrap();
            let grade: f64 = words[1].parse().unwrap();
            // ▲ for a climb, ▼ for a descent, of 8 % either way.
            assert_eq!(arrow, if grade > 0.0 { '▲' } else { '▼' }, "{line}");
            assert!(close(grade.abs(), 8.0), "{line}");
            (words[4].parse().unwrap(), arrow)
        })
        .collect();
    assert!(listed.iter().any(|&(_, arrow)| arrow == '▲'), "{text}");
    assert!(listed.iter().any(|&(_, arrow)| arrow == '▼'), "{text}");
    // The marks, left to right, are the stretches by where they start.
    listed.sort_by(|a, b| a.0.total_cmp(&b.0));
    let order: String = listed.iter().map(|&(_, arrow)| arrow).collect();
    assert_eq!(
        marks.split_whitespace().collect::<String>(),
        order,
        "{text}"
    );
}

#[test]
fn a_flat_courses_profile_labels_its_top_a_metre_above_its_ground() {
    let flat = hilly_gpx(100, 10.0, |_| None, |_| 278.0);
    let path = temp_file("flat.gpx", flat.as_bytes());
    let text = text_at(&paced(path.to_str().unwrap()), "80");
    let labels: Vec<&str> = text
        .lines()
        .filter_map(|line| line.split_once(" ┤"))
        .map(|(label, _)| label.trim())
        .filter(|label| !label.is_empty())
        .collect();
    assert_eq!(labels, ["279", "278"], "{text}");
}

#[test]
fn a_planned_course_without_a_pace_names_the_flags_it_needs() {
    for ground in [[].as_slice(), &["--gait", "walk"], &["--terrain", "sand"]] {
        let planned = route_fixture("strava_route_example.gpx");
        let mut args = vec!["route", &planned, "-w", "150"];
        args.extend_from_slice(ground);
        wrun(args).run().usage_error(&[
            "strava_route_example.gpx",
            "planned course",
            "--pace",
            "--speed",
        ]);
    }
}

#[test]
fn a_recordings_gait_and_ground_need_no_pace_as_its_own_times_give_it() {
    let kcal = |fixture: &str, ground: &[&str]| {
        let recorded = route_fixture(fixture);
        let mut args = vec![recorded.as_str(), "-w", "150"];
        args.extend_from_slice(ground);
        let answer = route_json(&args);
        assert!(!ids(&answer["notes"]).contains(&"course-pace-ignored"));
        f(&answer, "/summary/unloaded_kcal")
    };
    // The same walk costed on loose sand (Pandolf's η = 2.1) and on a road,
    // and Garmin's run costed as a walk: as wrun answered each with a pace
    // it then set aside.
    let walk = "caltopo-export.gpx";
    assert!(close(kcal(walk, &[]), 446.83));
    assert!(close(kcal(walk, &["--terrain", "sand"]), 463.42));
    let run = "garmin-activity.gpx";
    assert!(close(kcal(run, &[]), 984.38));
    assert!(close(kcal(run, &["--gait", "walk"]), 959.64));
}

#[test]
fn the_split_tables_kcal_column_adds_up_to_the_energy_rows_total_as_printed() {
    let courses = [
        vec![route_fixture("caltopo-export.gpx")],
        vec![route_fixture("garmin-activity.gpx")],
        vec![route_fixture("20210119_run_garmin_fenix6.tcx")],
        vec![
            route_fixture("strava_route_example.gpx"),
            "--pace".to_owned(),
            "9:00/mi".to_owned(),
        ],
    ];
    for course in courses {
        let run = wrun(
            ["route", "-w", "150", "-t", "vest"]
                .into_iter()
                .chain(course.iter().map(String::as_str)),
        )
        .run();
        let text = run.ok();
        // "Energy      447 kcal without the load, 454 with it: …"
        let total: u64 = text
            .split(" kcal without the load, ")
            .nth(1)
            .and_then(|rest| rest.split(' ').next())
            .and_then(|loaded| loaded.parse().ok())
            .unwrap_or_else(|| panic!("no Energy row: {text}"));
        let table = text.split("\nSplits\n").nth(1).unwrap();
        let rows = table.lines().skip(1).take_while(|line| !line.is_empty());
        let column: u64 = rows
            .map(|row| {
                row.split_whitespace()
                    .last()
                    .unwrap()
                    .parse::<u64>()
                    .unwrap()
            })
            .sum();
        assert_eq!(column, total, "{course:?}: {text}");
    }
}

#[test]
fn a_garmin_connect_run_gives_splits_that_add_up_and_the_heart_rate_in_the_file() {
    let answer = route_json(&[
        &route_fixture("garmin-activity.gpx"),
        "-w",
        "70kg",
        "--load",
        "7kg",
    ]);
    assert_eq!(answer["kind"], "recorded");
    assert_eq!(answer["file"]["format"], "gpx");
    assert_eq!(answer["file"]["points"], 988);
    let (summary, splits) = (&answer["summary"], &answer["splits"]);
    assert!((sum(splits, "distance_km") - f(summary, "/distance_km")).abs() < 0.02);
    assert!((sum(splits, "seconds") - f(summary, "/seconds")).abs() < 0.1);
    assert!((sum(splits, "loaded_kcal") - f(summary, "/loaded_kcal")).abs() < 0.1);
    assert!((sum(splits, "ascent_m") - f(summary, "/ascent_m")).abs() < 0.1);
    // Cleaned of GPS noise, the climb is below the raw sum.
    assert!(f(summary, "/ascent_m") < f(summary, "/raw_ascent_m"));
    assert!(f(summary, "/loaded_kcal") > f(summary, "/unloaded_kcal"));
    assert!(f(&answer, "/heart/measured_bpm") > 100.0);
    assert!(answer["splits"][0]["heart_rate_bpm"].as_f64().unwrap() > 60.0);
    assert!(answer["assessment"]["energy"].is_null());
    assert_eq!(answer["assessment"]["verdict"], "recommended");
}

#[test]
fn a_garmin_connect_run_says_how_much_of_it_was_costed_as_a_walk() {
    // Its climbs and walk breaks, under 7.2 km/h, with the gait left to wrun.
    let walked = |gait: &str, notes: &str| {
        let file = route_fixture("garmin-activity.gpx");
        let answer = route_json(&[&file, "-w", "70kg", "--gait", gait, "--notes", notes]);
        by_id(&answer["notes"], "course-walked").cloned()
    };
    let note = walked("auto", "text").unwrap();
    assert_eq!(
        note["message"],
        "1.34 km of the course, at under 7.2 km/h, is costed as a walk (gait auto); set the gait \
         to run to cost it as a slow jog."
    );
    assert_eq!(note["source"], "gait");
    let lean = walked("auto", "ids").unwrap();
    assert_eq!(lean["values"]["length"], "1.34 km");
    // A gait given is the runner's choice, and not said.
    assert_eq!(walked("run", "text"), None);
}

#[test]
fn a_garmin_connect_run_above_the_maximum_for_its_runners_age_leaves_that_estimate_aside() {
    // Its strap holds 167 bpm for a minute: above 208 − 0.7 × 60 = 166.
    let file = route_fixture("garmin-activity.gpx");
    let aside = |age: &str| {
        let answer = route_json(&[&file, "-w", "70kg", "--age", age, "--resting-hr", "60"]);
        let basis = answer["assessment"]["capacity"]["vo2max_basis"].clone();
        (by_id(&answer["notes"], "max-hr-aside").cloned(), basis)
    };
    let (note, basis) = aside("60");
    let note = note.unwrap();
    assert_eq!(
        note["message"],
        "Your heart rate holds 167 bpm for a minute in this file, above the maximum your age \
         suggests (HRmax = 208 − 0.7 × age = 166 bpm, give or take 10): your own is at least \
         that high, so the estimate is left aside, and this heart rate stands in for your \
         maximum where your VO2max is worked out from heart rates; give your maximum heart rate \
         if you know it."
    );
    assert_eq!(note["source"], "tanaka-hr-max");
    // The 167 bpm gives the ceiling: 15.3 × 167 / 60 = 42.58 (not the 45
    // assumed for the level, which would put the older runner above the
    // younger one).
    assert_eq!(basis, "heart-rates");
    // At 50, the estimate (173 bpm) stands, and gives the ceiling: 15.3 ×
    // 173.0 / 60 = 44.12.
    assert_eq!(aside("50"), (None, "heart-rates".into()));
    let ceiling = |age: &str| {
        let answer = route_json(&[&file, "-w", "70kg", "--age", age, "--resting-hr", "60"]);
        answer["assessment"]["capacity"]["vo2max_ml_per_kg_min"].clone()
    };
    assert_eq!((ceiling("60"), ceiling("50")), (42.58.into(), 44.12.into()));
}

#[test]
fn a_fenix_run_above_the_maximum_its_runner_gives_asks_them_to_check_it() {
    let file = route_fixture("20210119_run_garmin_fenix6.tcx");
    let note = |max: &str| {
        let answer = route_json(&[&file, "-w", "70kg", "--max-hr", max]);
        by_id(&answer["notes"], "max-hr-below-file").cloned()
    };
    assert_eq!(
        note("180").unwrap()["message"],
        "Your heart rate holds 181.8 bpm for a minute in this file, above the maximum you gave, \
         180 bpm: check it, as wrun works from it."
    );
    assert_eq!(note("182"), None);
}

#[test]
fn a_garmin_connect_run_carried_again_with_a_heavy_vest_never_passes_the_runners_maximum() {
    // Recorded without a load; 30 % of body weight would take the generic
    // line past 185 bpm on its climbs.
    let file = route_fixture("garmin-activity.gpx");
    let args = [&file, "-w", "150", "--load", "30%", "--without-load"];
    let highest = |answer: &Value| {
        let splits = answer["splits"].as_array().unwrap();
        let bpm = |split: &Value| split["loaded_heart_rate_bpm"].as_f64().unwrap();
        splits.iter().map(bpm).fold(0.0, f64::max)
    };
    let free = route_json(&args);
    assert!(highest(&free) > 185.0, "{}", highest(&free));
    assert!(by_id(&free["notes"], "heart-capped").is_none());
    let held = route_json(&[&args[..], &["--max-hr", "172"]].concat());
    assert!(close(highest(&held), 172.0), "{}", highest(&held));
    assert!(f(&held, "/heart/loaded_bpm") <= 172.0);
    let note = by_id(&held["notes"], "heart-capped").unwrap();
    assert_eq!(
        note["message"],
        "Heart-rate estimates are held at your maximum heart rate, 172 bpm, where the model would \
         go beyond it: slow down there rather than push on."
    );
    assert_eq!(note["source"], "route-heart");
}

#[test]
fn a_fenix_tcx_run_measures_close_to_what_the_watch_recorded() {
    let answer = route_json(&[
        &route_fixture("20210119_run_garmin_fenix6.tcx"),
        "-w",
        "70kg",
        "--vo2max",
        "60",
    ]);
    let bytes = std::fs::read_to_string(route_fixture("20210119_run_garmin_fenix6.tcx")).unwrap();
    // The watch's own distance: its one lap's DistanceMeters, 5124.84 m,
    // written before the lap's track.
    let lap = bytes.split("<Track>").next().unwrap();
    let watch: f64 = lap
        .split("<DistanceMeters>")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!((watch - 5124.84).abs() < 1e-9);
    let ours = f(&answer, "/summary/distance_km") * 1000.0;
    assert!(
        (ours / watch - 1.0).abs() < 0.01,
        "ours {ours} m, the watch {watch} m"
    );
    assert_eq!(answer["kind"], "recorded");
}

#[test]
fn a_flat_recorded_run_at_constant_pace_costs_what_recommend_says() {
    // 5 km at 10 km/h (25 m every 9 s): 30 minutes, a 7 kg vest.
    let path = temp_file("flat.gpx", gpx(200, 25.0, |i| Some(i * 9)).as_bytes());
    let course = route_json(&[path.to_str().unwrap(), "-w", "70kg", "--load", "7kg"]);
    let run = wrun([
        "recommend",
        "--json",
        "-w",
        "70kg",
        "-t",
        "vest",
        "--load",
        "7kg",
        "--speed",
        "10kph",
        "--duration",
        "30m",
    ])
    .run()
    .json();
    for (ours, theirs) in [
        ("/summary/loaded_kcal", "/energy/loaded_kcal/max"),
        ("/summary/unloaded_kcal", "/energy/baseline_kcal"),
    ] {
        let (ours, theirs) = (f(&course, ours), f(&run, theirs));
        assert!(
            (ours / theirs - 1.0).abs() < 0.01,
            "route {ours}, recommend {theirs}"
        );
    }
    // 10 km/h is 6:00 a km, 9:39.36 a mile.
    let summary = &course["summary"];
    assert!(close(f(summary, "/pace_s_per_km"), 360.0), "{summary}");
    assert!(close(f(summary, "/pace_s_per_mile"), 579.36), "{summary}");
    assert!(close(f(summary, "/distance_mi"), 3.11), "{summary}");
    let (loaded, unloaded) = (f(summary, "/loaded_kcal"), f(summary, "/unloaded_kcal"));
    assert!(
        close(f(summary, "/extra_kcal"), loaded - unloaded),
        "{summary}"
    );
    let percent = (loaded / unloaded - 1.0) * 100.0;
    assert!(
        (f(summary, "/extra_percent") - percent).abs() < 0.01,
        "{summary}"
    );
    assert!(f(summary, "/extra_percent") > 1.0, "{summary}");
    // Five splits of a kilometre, counted from one.
    let splits = course["splits"].as_array().unwrap();
    let numbers: Vec<_> = splits.iter().map(|split| split["split"].clone()).collect();
    assert_eq!(numbers, [1, 2, 3, 4, 5]);
    assert!(close(f(&splits[4], "/start_km"), 4.0), "{}", splits[4]);
    assert!(close(f(&splits[4], "/distance_mi"), 0.62), "{}", splits[4]);
}

#[test]
fn csv_has_one_row_per_split_and_the_verdict_on_each() {
    let args = [
        "route",
        &route_fixture("garmin-activity.gpx"),
        "-w",
        "70kg",
        "--level",
        "beginner",
        "--format",
        "csv",
    ];
    let csv = wrun(args).run();
    let csv = csv.ok();
    let mut lines = csv.lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with("split,start_km,distance_km,"));
    assert!(header.ends_with(",verdict,verdict_because"));
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 13);
    // A beginner on a hilly course: never milder than a caution, on every row.
    assert!(rows.iter().all(|row| row.contains(",caution,")), "{csv}");
    assert!(rows.iter().all(|row| row.contains("hills-early")));
}

#[test]
fn a_fit_activity_from_the_fit_sdk_is_read() {
    let answer = route_json(&[&route_fixture("Activity.fit"), "-w", "70kg"]);
    assert_eq!(answer["file"]["format"], "fit");
    assert_eq!(answer["kind"], "recorded");
    assert!(f(&answer, "/summary/distance_km") > 0.0);
}

/// The lines of a text answer after the first one that `heading` picks,
/// up to the next blank line.
fn block_after(text: &str, heading: impl Fn(&str) -> bool) -> Vec<&str> {
    text.lines()
        .skip_while(|line| !heading(line))
        .skip(1)
        .take_while(|line| !line.is_empty())
        .collect()
}

/// The first column of each row of a text answer's splits.
fn split_labels(text: &str) -> Vec<&str> {
    block_after(text, |line| line.starts_with("Splits"))
        .into_iter()
        .skip(1)
        .map(|line| line[..6].trim())
        .collect()
}

#[test]
fn a_course_too_short_for_hundredths_of_a_mile_is_told_in_feet_or_metres() {
    // The FIT SDK's activity: 13 seconds, about 6 m.
    let fit = route_fixture("Activity.fit");
    let text = |weight: &str| {
        wrun(["route", fit.as_str(), "-w", weight])
            .run()
            .ok()
            .to_owned()
    };
    let pounds = text("150");
    assert!(pounds.contains("Course      19 ft (6 m),"), "{pounds}");
    assert_eq!(split_labels(&pounds), ["19 ft"]);
    let kilograms = text("70kg");
    assert!(
        kilograms.contains("Course      6 m (19 ft),"),
        "{kilograms}"
    );
    assert_eq!(split_labels(&kilograms), ["0.01"]);
}

#[test]
fn a_route_that_ends_a_few_metres_past_a_split_gives_the_rest_by_its_length() {
    // 2,005 m due north: two whole kilometres, and 5 m that two decimals
    // of a kilometre would label "2" again.
    let path = temp_file("past-two.gpx", gpx(5, 401.0, |_| None).as_bytes());
    let path = path.to_str().unwrap();
    let text = wrun(paced(path)).run().ok().to_owned();
    assert_eq!(split_labels(&text), ["1", "2", "+5 m"], "{text}");
    // In miles the rest is long enough to be a distance of its own.
    let text = wrun(["route", path, "-w", "154", "--pace", "9:40/mi"])
        .run()
        .ok()
        .to_owned();
    assert_eq!(split_labels(&text), ["1", "1.25"], "{text}");
}

#[test]
fn a_bike_ride_is_read_as_a_course_at_the_runners_pace_not_as_a_run() {
    // A ride's speed read as a run would ask a VO2max no runner has.
    let answer = read_as_its_course_only(
        &route_fixture("garmin-fenix-5-bike.fit"),
        &["garmin-fenix-5-bike.fit", "records a ride", "--pace"],
        "file-not-on-foot",
        "The file records a ride, not a run or a walk",
    );
    assert_eq!(answer["assessment"]["verdict"], "recommended");
    // 0.46 km, 5 m down (most of it in the first 50 m), at the effort of
    // 6:00/km: 2:39 without the load (2:46 flat), a little more with 5 %
    // of body weight.
    let (loaded, unloaded) = (
        f(&answer, "/summary/seconds"),
        f(&answer, "/summary/unloaded_seconds"),
    );
    assert!((158.0..161.0).contains(&unloaded), "{unloaded}");
    assert!(loaded > unloaded && loaded < unloaded * 1.08, "{loaded}");
}

#[test]
fn elevations_an_app_wrote_for_no_reading_are_read_as_none_and_said() {
    // A kilometre climbing 20 m at a steady 5:00/km, its first three
    // points' elevations written as NaN, as some apps do, and one -9999.
    let climb = hilly_gpx(20, 50.0, |i| Some(i * 15), |at| 100.0 + at / 50.0)
        .replacen("<ele>100</ele>", "<ele>NaN</ele>", 1)
        .replacen("<ele>101</ele>", "<ele>NaN</ele>", 1)
        .replacen("<ele>102</ele>", "<ele>NaN</ele>", 1)
        .replacen("<ele>110</ele>", "<ele>-9999</ele>", 1);
    let file = temp_file("no-reading.gpx", climb.as_bytes());
    let answer = route_json(&[file.to_str().unwrap(), "-w", "70kg", "--load", "3kg"]);
    assert_eq!(answer["kind"], "recorded");
    // From 103 m, the first reading, to 120 m.
    assert!(close(f(&answer, "/summary/ascent_m"), 17.0), "{answer}");
    assert!(close(f(&answer, "/summary/raw_ascent_m"), 17.0));
    assert_eq!(
        answer["notes"][0]["message"],
        "4 points give an elevation on no ground on Earth, like NaN m, a device's mark for no \
         reading: they are read as points without elevation."
    );
}

#[test]
fn a_tcx_course_is_a_planned_course_whatever_its_planned_times_say() {
    // 1 km due north at 100 m, timed as a route planner times a course:
    // from a made-up start, at 4:00/km, a pace this runner never gave.
    let mut tcx = String::from(
        "<?xml version=\"1.0\"?>\n<TrainingCenterDatabase \
         xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\">\n\
         <Courses><Course><Name>Km</Name><Track>\n",
    );
    for i in 0..=10 {
        let _ = writeln!(
            tcx,
            "<Trackpoint><Time>2010-01-01T00:{:02}:{:02}Z</Time><Position>\
             <LatitudeDegrees>{:.9}</LatitudeDegrees><LongitudeDegrees>7</LongitudeDegrees>\
             </Position><AltitudeMeters>100</AltitudeMeters></Trackpoint>",
            i * 24 / 60,
            i * 24 % 60,
            north(f64::from(i) * 100.0)
        );
    }
    tcx.push_str("</Track></Course></Courses></TrainingCenterDatabase>\n");
    let file = temp_file("course.tcx", tcx.as_bytes());
    let answer = read_as_its_course_only(
        file.to_str().unwrap(),
        &[
            "course.tcx is a TCX course, timed at a planned pace, and wrun reads its course only: \
           give --pace or --speed",
        ],
        "file-tcx-course",
        "The file is a TCX course: its times are those of a planned pace",
    );
    // A flat kilometre at the runner's own 6:00/km, not the planner's 4:00.
    assert!(close(f(&answer, "/summary/unloaded_seconds"), 360.0));
}

#[test]
fn a_fit_file_without_positions_is_refused_by_name() {
    let file = route_fixture("hrv-activity.fit");
    // With --without-load too: a recording with no course at all is not
    // "a planned course (its points have no times)".
    for extra in [None, Some("--without-load")] {
        let line = wrun(["route", &file, "-w", "70kg"].into_iter().chain(extra))
            .run()
            .usage_error(&[
                "hrv-activity.fit",
                "no points with a position",
                "give its distance, time and heart rate to 'wrun recommend' instead",
            ])
            .to_owned();
        assert!(!line.contains("planned course"), "{line}");
    }
}

#[test]
fn a_watch_file_that_is_no_activity_is_refused_by_its_type() {
    // A workout saved from the watch's calendar is no recording: it is not
    // told to give its distance and time to recommend, as if indoors.
    let file = route_fixture("WorkoutIndividualSteps.fit");
    let line = wrun(["route", &file, "-w", "70kg", "--pace", "6:00/km"])
        .run()
        .usage_error(&[
            "WorkoutIndividualSteps.fit: FIT: its file type is 'workout'",
            "give wrun a recorded activity or a course",
        ])
        .to_owned();
    assert!(!line.contains("indoor"), "{line}");
}

#[test]
fn a_watch_file_with_a_clock_glitch_is_read_without_the_fix_and_says_so() {
    // A Garmin unit can date a fix decades ahead, its time of day right
    // (gpscorrelate issue 7: a GPSmap's `2043-10-14T14:14:09Z` among
    // 2024's). That fix was "timed before" nothing, but the next was timed
    // before it, and the whole file was refused.
    let text = std::fs::read_to_string(route_fixture("garmin-activity.gpx")).unwrap();
    let glitch = text.replacen("2017-07-29T14:54:35.000Z", "2043-07-29T14:54:35.000Z", 1);
    assert_ne!(glitch, text);
    let path = temp_file("glitch.gpx", glitch.as_bytes());
    let answer = route_json(&[path.to_str().unwrap(), "-w", "70kg"]);
    let plain = route_json(&[&route_fixture("garmin-activity.gpx"), "-w", "70kg"]);
    assert!(ids(&answer["notes"]).contains(&"time-glitches"));
    assert!(!ids(&plain["notes"]).contains(&"time-glitches"));
    // One fix of 988, 4 s of a 1:31:38 run, left out.
    let near = |key: &str, within: f64| {
        let (glitched, whole) = (f(&answer, key), f(&plain, key));
        assert!(
            (glitched - whole).abs() <= within,
            "{key}: {glitched} {whole}"
        );
    };
    near("/summary/distance_km", 0.01);
    near("/summary/seconds", 1.0);
    near("/summary/loaded_kcal", 1.0);

    // The last fix so dated is in time order, and was read as a stop of
    // 26 years: "227905:31:38 elapsed (1 stop)".
    let last = text.replacen("2017-07-29T16:18:13.000Z", "2043-07-29T16:18:13.000Z", 1);
    assert_ne!(last, text);
    let path = temp_file("last-glitch.gpx", last.as_bytes());
    let last_left_out = route_json(&[path.to_str().unwrap(), "-w", "70kg"]);
    assert!(ids(&last_left_out["notes"]).contains(&"time-glitches"));
    assert!(!ids(&last_left_out["notes"]).contains(&"stops"));
    // Its last 9 s, to the fix left out, are gone from the 1:31:38.
    let elapsed = |answer: &Value| f(answer, "/summary/elapsed_seconds");
    assert!((elapsed(&plain) - 5498.0).abs() < 0.5);
    assert!((elapsed(&last_left_out) - 5489.0).abs() < 0.5);
}

#[test]
fn a_gpx_file_in_utf16_or_in_the_encoding_it_declares_reads_as_it_does_in_utf8() {
    let text = std::fs::read_to_string(route_fixture("garmin-activity.gpx")).unwrap();
    let utf16_text = text.replacen("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", 1);
    // Older GPS software writes ISO-8859-1 and says so; a name in it was
    // refused as "cannot decode input using UTF-8".
    let latin1: Vec<u8> = text
        .replacen("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"", 1)
        .replacen("<trk>", "<trk><name>Caf\u{e9} loop</name>", 1)
        .chars()
        .map(|c| u8::try_from(c).unwrap())
        .collect();
    assert!(latin1.windows(4).any(|word| word == b"Caf\xe9"));
    let mut plain = route_json(&[&route_fixture("garmin-activity.gpx"), "-w", "70kg"]);
    plain["file"]["name"] = Value::Null;
    for (name, bytes) in [
        ("utf16.gpx", utf16(&utf16_text, false)),
        ("latin1.gpx", latin1),
    ] {
        let path = temp_file(name, &bytes);
        let mut answer = route_json(&[path.to_str().unwrap(), "-w", "70kg"]);
        assert_eq!(answer["file"]["points"], 988, "{name}");
        answer["file"]["name"] = Value::Null;
        assert_eq!(answer, plain, "{name}");
    }
}

#[test]
fn a_file_piped_in_is_read_by_its_content() {
    let bytes = std::fs::read(route_fixture("garmin-activity.gpx")).unwrap();
    let answer = wrun(["route", "-", "--json", "-w", "70kg"])
        .stdin(bytes.clone())
        .run()
        .json();
    assert_eq!(answer["file"]["name"], "standard input");
    assert_eq!(answer["file"]["points"], 988);
    // Piped in without a file named (`cat run.gpx | wrun route`), as
    // ripgrep and wrun batch read it.
    let unnamed = wrun(["route", "--json", "-w", "70kg"])
        .stdin(bytes)
        .run()
        .json();
    assert_eq!(unnamed, answer);
}

#[test]
fn a_value_typed_without_its_flag_is_not_taken_for_the_file() {
    // The file is optional, so a bare weight or pace lands in its place.
    let gpx = std::fs::read(route_fixture("garmin-activity.gpx")).unwrap();
    for (args, told) in [
        (
            &["route", "150"][..],
            "no such file '150'; it reads as a value: give it with its flag: --weight 150",
        ),
        (
            &["route", "9:00/mi", "-w", "70kg"],
            "give it with its flag: --pace 9:00/mi",
        ),
        (
            &["route", "11st 4lb"],
            "give it with its flag: --weight \"11st 4lb\"",
        ),
        (
            &["batch", "vest"],
            "no such file 'vest'; it reads as a value: give it with its flag: --type vest",
        ),
    ] {
        wrun(args).stdin(gpx.clone()).run().usage_error(&[told]);
    }
    // A value the command takes no flag for names the commands that take
    // it: a course's distance is a run's to `wrun recommend`.
    for (args, told) in [
        (
            &["route", "5km", "-w", "70kg"][..],
            "no such file '5km'; it reads as --distance 5km, a flag of 'wrun recommend' and \
             'wrun compare'",
        ),
        (
            &["route", "mon,thu", "-w", "70kg"],
            "no such file 'mon,thu'; it reads as --days mon,thu, a flag of 'wrun plan'",
        ),
        (
            &["batch", "9:00/mi"],
            "no such file '9:00/mi'; it reads as --pace 9:00/mi, a flag of 'wrun recommend', \
             'wrun compare' and 'wrun route'",
        ),
    ] {
        wrun(args)
            .run()
            .usage_error(&[&format!("wrun: error: {told}\n")]);
    }
    // A name that reads as no value is a file not found.
    let missing = wrun(["route", "nope.gpx", "-w", "70kg"]).run();
    missing.usage_error(&["reading 'nope.gpx': No such file or directory"]);
    // A file of that name is read, whatever it reads as.
    let file = temp_file("150", &gpx);
    let named = wrun(["route", "150", "-w", "70kg", "--json"])
        .current_dir(file.parent().unwrap())
        .run();
    assert_eq!(named.json()["file"]["name"], "150");
}

#[test]
fn a_file_whose_points_run_round_the_globe_is_refused_at_once() {
    // 200 route points back and forth between 0° and 179° east: a 5 KB
    // file that wrun answered with 2.5 million splits, taking a minute.
    let points = r#"<rtept lat="0" lon="0"/><rtept lat="0" lon="179"/>"#.repeat(100);
    let gpx = format!(
        r#"<?xml version="1.0"?><gpx version="1.1" creator="test"><rte>{points}</rte></gpx>"#
    );
    let file = temp_file("globe.gpx", gpx.as_bytes());
    let file = file.to_str().unwrap();
    for format in ["text", "json", "csv"] {
        wrun([
            "route", file, "-w", "150", "--pace", "9:00/mi", "--format", format,
        ])
        .run()
        .usage_error(&[&format!(
            "{file}: its points, joined in order, run 3960880 km (2461177 mi); wrun takes \
                 courses up to 5000 km (3107 mi), past the longest race on foot"
        )]);
    }
}

#[test]
fn no_file_and_nothing_piped_in_is_told_as_a_file_forgotten() {
    // The tests' standard input is empty, as a script's or a cron job's.
    let refused = wrun(["route", "-w", "70kg"]).run();
    refused.usage_error(&["no file given, and nothing on standard input; name a GPX"]);
    // An empty file named `-` was sent as such.
    let empty = wrun(["route", "-", "-w", "70kg"]).run();
    empty.usage_error(&["standard input is empty: give a GPX, TCX or FIT file"]);
}

#[test]
fn a_recorded_walk_or_hike_is_called_one_and_a_file_naming_nothing_what_its_pace_makes_it() {
    // Garmin names a walk `walking` where it names this run `running`.
    let run = std::fs::read_to_string(route_fixture("garmin-activity.gpx")).unwrap();
    for (activity, heading) in [
        ("walking", "Weighted vest on a recorded walk (GPX): "),
        ("hiking", "Weighted vest on a recorded hike (GPX): "),
        ("running", "Weighted vest on a recorded run (GPX): "),
        ("", "Weighted vest on a recorded run (GPX): "),
    ] {
        let gpx = run.replacen("running", activity, 1);
        let brief = wrun(["route", "-", "--brief", "-w", "70kg"])
            .stdin(gpx)
            .run();
        let text = brief.ok();
        assert!(text.starts_with(heading), "{activity}: {text}");
    }
    // CalTopo names no activity; its track moves at 43 min a mile, a walk,
    // and the walker is told of walks.
    let caltopo = wrun(["route", &route_fixture("caltopo-export.gpx"), "-w", "150"]).run();
    let text = caltopo.ok();
    assert!(
        text.starts_with(
            "Weighted vest on a recorded walk (GPX), for a 150 lb (68.04 kg) walker,\n"
        ),
        "{text}"
    );
    assert!(text.contains("Keep your first weighted walks short and easy."));
    // A pace given for it is set aside, in a walk's words; the lean form
    // names them by their template.
    let paced = [
        &route_fixture("caltopo-export.gpx"),
        "-w",
        "150",
        "--pace",
        "20:00/mi",
    ];
    let answer = route_json(&paced);
    let ignored = &answer["notes"][1];
    assert_eq!(ignored["id"], "course-pace-ignored");
    assert!(
        ignored["message"]
            .as_str()
            .unwrap()
            .starts_with("This is a recorded walk: its own times give the pace"),
        "{ignored}"
    );
    let lean = route_json(&[paced.as_slice(), &["--notes", "ids"]].concat());
    assert_eq!(lean["notes"][1]["template"], "course-pace-ignored-walk");
}

fn gzipped(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// Checks that the route fixture `fixture`, packed by `pack` and saved as
/// `saved_as`, or piped in, reads as the fixture itself.
fn reads_as_the_file_inside(fixture: &str, saved_as: &str, pack: impl Fn(&[u8]) -> Vec<u8>) {
    let plain_path = route_fixture(fixture);
    let mut plain = route_json(&[&plain_path, "-w", "70kg"]);
    let packed = pack(&std::fs::read(&plain_path).unwrap());
    let path = temp_file(saved_as, &packed);
    let mut answer = route_json(&[path.to_str().unwrap(), "-w", "70kg"]);
    assert_eq!(answer["file"]["name"], path.to_str().unwrap(), "{fixture}");
    let mut piped = wrun(["route", "-", "--json", "-w", "70kg"])
        .stdin(packed)
        .run()
        .json();
    for answer in [&mut plain, &mut answer, &mut piped] {
        answer["file"]["name"] = Value::Null;
    }
    assert_eq!(answer, plain, "{fixture}");
    assert_eq!(piped, plain, "{fixture}");
}

#[test]
fn a_gzipped_export_reads_as_the_file_inside_by_name_or_piped_in() {
    // As Strava's bulk export keeps activities: 123.fit.gz, 456.gpx.gz.
    for fixture in [
        "garmin-activity.gpx",
        "20210119_run_garmin_fenix6.tcx",
        "Activity.fit",
    ] {
        reads_as_the_file_inside(fixture, &format!("{fixture}.gz"), gzipped);
    }
}

/// `bytes` in a zip archive as Garmin Connect's "Export Original" packs an
/// activity: deflated, one file named by the activity's number.
pub fn garmin_export(name: &str, bytes: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file(name, deflated).unwrap();
    zip.write_all(bytes).unwrap();
    zip.finish().unwrap().into_inner()
}

#[test]
fn a_garmin_connect_export_zip_reads_as_the_file_inside_by_name_or_piped_in() {
    for (fixture, extension) in [
        ("garmin-activity.gpx", "gpx"),
        ("20210119_run_garmin_fenix6.tcx", "tcx"),
        ("Activity.fit", "fit"),
    ] {
        // Saved under a name that tells nothing of the format inside.
        reads_as_the_file_inside(fixture, "20123456789.zip", |bytes| {
            garmin_export(&format!("20123456789_ACTIVITY.{extension}"), bytes)
        });
    }
}

#[test]
fn broken_files_are_refused_in_one_line_naming_the_file_and_the_line() {
    let fit = std::fs::read(route_fixture("Activity.fit")).unwrap();
    let packed = gzipped(&fit);
    let cut_gzip = packed[..packed.len() / 2].to_vec();
    // Named for GPX under its .gz, it is unpacked and found to be a page.
    let page = gzipped(b"<html><body>hello</body></html>");
    let cases: [(&str, &[u8], &[&str]); 16] = [
        (
            "cut.gpx",
            b"<gpx><trk><trkseg>\n<trkpt lat=\"1\" lon=\"2\"></trkseg></gpx>",
            &["cut.gpx", "line 2", "malformed XML"],
        ),
        (
            // The XML reader's message quotes the file, line break and all;
            // the line wrun prints shows the break as `\n`.
            "typo.gpx",
            b"<gpx><trk><trkseg>\n<trkpt lat=\"1\" lon=\"2\"></trkpt?\n<trkpt lat=\"1\" lon=\"2\"></trkpt>",
            &["typo.gpx", "line 2", "`</trkpt?\\n<trkpt lat=\"1\" lon=\"2\">` was found"],
        ),
        ("empty.gpx", b"", &["empty.gpx is empty: give a GPX, TCX or FIT file"]),
        ("empty.fit", b"", &["empty.fit is empty"]),
        (
            // A sign-in page saved under the name of the file it stood for.
            "page.gpx",
            b"<!DOCTYPE html>\n<html><head><title>Log In</title></head></html>",
            &["page.gpx: a web page (HTML), not a GPX, TCX or FIT file", "sign-in page"],
        ),
        (
            "empty-root.gpx",
            b"<?xml version=\"1.0\"?>\n<nothing/>",
            &["empty-root.gpx: GPX: no <gpx> or <TrainingCenterDatabase> element"],
        ),
        (
            "loop.kml",
            b"<?xml version=\"1.0\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document/></kml>",
            &["loop.kml: a KML file (Google Earth's), which wrun does not read: export the route as GPX"],
        ),
        (
            // As geojson.io and route planners export a course: JSON, but
            // not a runner's request for batch.
            "loop.json",
            b"{\n  \"type\": \"FeatureCollection\",\n  \"features\": [{\"type\": \"Feature\", \"geometry\": {\"type\": \"LineString\", \"coordinates\": [[2.35, 48.85], [2.36, 48.86]]}}]\n}\n",
            &["loop.json: a GeoJSON file, which wrun does not read: export the route as GPX"],
        ),
        (
            "one.gpx",
            b"<gpx><trk><trkseg><trkpt lat=\"1\" lon=\"2\"/></trkseg></trk></gpx>",
            &["one.gpx", "1 point"],
        ),
        (
            "backwards.gpx",
            b"<gpx><trk><trkseg>\n<trkpt lat=\"1\" lon=\"2\"><time>2026-01-01T10:00:10Z</time></trkpt>\n<trkpt lat=\"1.0001\" lon=\"2\"><time>2026-01-01T10:00:00Z</time></trkpt>\n</trkseg></trk></gpx>",
            &["backwards.gpx", "line 3", "timed before"],
        ),
        (
            // In ISO-8859-1, without saying so.
            "undeclared.gpx",
            b"<?xml version=\"1.0\"?>\n<gpx>\n<trk><name>Caf\xe9</name></trk></gpx>",
            &[
                "undeclared.gpx",
                "line 3",
                "not UTF-8 (byte 0xE9)",
                "encoding=\"ISO-8859-1\"",
            ],
        ),
        ("notes.txt", b"just some notes", &["notes.txt", "not a GPX, TCX or FIT file"]),
        ("broken.fit", b"\x0e\x10\xd9\x07\x00\x00\x00\x00.FIT\x00\x00", &["broken.fit", "FIT"]),
        (
            "cut.fit.gz",
            &cut_gzip,
            &["cut.fit.gz: gzip data that cannot be unpacked"],
        ),
        (
            "page.gpx.gz",
            &page,
            &["page.gpx.gz: a web page (HTML)"],
        ),
        (
            "export.zip",
            b"PK\x03\x04\x14\x00\x00\x00",
            &["export.zip: a zip archive that cannot be read ("],
        ),
    ];
    for (name, contents, needles) in cases {
        let path = temp_file(name, contents);
        wrun(paced(path.to_str().unwrap()))
            .run()
            .usage_error(needles);
    }
}

#[test]
fn a_roster_given_to_route_is_pointed_to_batch() {
    // The other way round, batch points a route file to `wrun route`.
    for roster in [
        "roster.csv",
        "roster.ndjson",
        "roster-excel-eu.csv",
        "roster-excel-mac.csv",
    ] {
        let path = format!("tests/data/{roster}");
        let refused = wrun(["route", &path, "-w", "70kg", "--load", "5kg"]).run();
        refused.usage_error(&[
            &format!("{path}: not a GPX, TCX or FIT file"),
            &format!("try 'wrun batch {path}'"),
        ]);
    }
    wrun(["route", "-", "-w", "70kg", "--load", "5kg"])
        .stdin("{\"weight\": 150, \"type\": \"vest\"}\n")
        .run()
        .usage_error(&["standard input: not a GPX", "try 'wrun batch'"]);
    // Notes are no requests; a roster packed in gzip batch does not unpack.
    let notes = temp_file("notes.csv", b"date,distance\n2026-12-01,5km\n");
    let packed = temp_file("roster.csv.gz", &gzipped(b"weight,type\n150,vest\n"));
    for path in [notes, packed] {
        let refused = wrun(paced(path.to_str().unwrap())).run();
        let line = refused.usage_error(&["not a GPX, TCX or FIT file"]);
        assert!(!line.contains("wrun batch"), "{line}");
    }
}

#[test]
fn a_missing_file_or_a_folder_is_bad_input_named_with_its_cause() {
    wrun(["route", "no-such-route.gpx", "-w", "70kg"])
        .run()
        .usage_error(&["reading 'no-such-route.gpx'", "No such file or directory"]);
    let folder = std::env::temp_dir();
    let folder = folder.to_str().unwrap();
    wrun(["route", folder, "-w", "70kg"])
        .run()
        .usage_error(&[&format!("reading '{folder}'"), "Is a directory"]);
}

#[test]
fn a_file_larger_than_any_route_is_refused_without_being_read() {
    // 600 MiB with nothing on disk: refused by its size, at once.
    let path = temp_file("whole-account-export.zip", b"");
    std::fs::File::options()
        .write(true)
        .open(&path)
        .and_then(|file| file.set_len(600 << 20))
        .unwrap();
    let shown = path.to_str().unwrap();
    wrun(["route", shown, "-w", "70kg"])
        .run()
        .usage_error(&[&format!("{shown}: more than 512 MiB, more than any route")]);
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn a_caltopo_trip_of_two_days_leaves_the_night_between_out_of_time_and_distance() {
    // Day 1 is three points a few metres apart; day 2 starts 17 hours later,
    // 4.95 km west, and walks 10.97 km down in 4:55:00.
    let answer = route_json(&[&route_fixture("caltopo-export.gpx"), "-w", "70kg"]);
    let summary = &answer["summary"];
    assert!((f(summary, "/distance_km") - 10.97).abs() < 0.005);
    assert!((f(summary, "/seconds") - 17_700.0).abs() < 0.5);
    assert!((f(summary, "/pace_s_per_km") - 17_700.0 / 10.97).abs() < 1.0);
    // Day 2 is one straight walk: every split at its pace, none empty.
    for split in answer["splits"].as_array().unwrap() {
        let pace = f(split, "/seconds") / f(split, "/distance_km");
        assert!((pace - 1614.4).abs() < 15.0, "{split}");
    }
    // The 401 m between the days is not climbed.
    assert!(f(summary, "/ascent_m").abs() < 1e-9);
    let stops: Vec<&Value> = answer["notes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|note| note["id"] == "stops")
        .collect();
    assert_eq!(
        stops[0]["message"],
        "1 stop (17:06:00 in all) left out of moving time, and the 4.95 km the points moved \
         during it left out of the distance."
    );
    // A slow walk down costs less than wrun's slowest flat pace: the flat
    // equivalent is slower than that, and said so.
    let text = wrun(["route", &route_fixture("caltopo-export.gpx"), "-w", "70kg"]).run();
    let text = text.ok();
    assert!(
        text.contains(
            "the same effort on the flat without weight:\n            slower than 50:00/km"
        ),
        "{text}"
    );
    assert!(text.contains("26:54    >50:00"), "{text}");
}

#[test]
fn a_planned_climb_of_kilimanjaro_says_the_thin_air_leaves_a_third_less_vo2max() {
    let altitude = |args: &[&str]| {
        let answer = route_json(args);
        let notes = answer["notes"].as_array().unwrap();
        let note = notes.iter().find(|note| note["id"] == "high-altitude");
        note.map(|note| (note["message"].clone(), note["source"].clone()))
    };
    let kilimanjaro = route_fixture("outdooractive-export.gpx");
    let (message, source) = altitude(&[&kilimanjaro, "-w", "150", "--pace", "10:00/mi"]).unwrap();
    // 5868 m, far above the 2800 m studied: 6.3 % for each 1000 m above
    // 300 m is the least.
    assert_eq!(
        message,
        "This course reaches 19253 ft, where the thinner air leaves you at least 35 % less VO2max \
         than near sea level: wrun takes your fitness as at home, so if you train lower down, \
         expect the course to ask more of you, and your heart rate to run higher, than its \
         figures say."
    );
    assert_eq!(source, "altitude");
    // Garmin's recording stays under 220 m (the core's tests show a
    // recording high up gets no note either: it was run up there).
    let garmin = route_fixture("garmin-activity.gpx");
    assert_eq!(altitude(&[&garmin, "-w", "150"]), None);
}

#[test]
fn the_caltopo_walk_down_warns_a_walker_with_knee_pain_though_it_is_gentler_than_a_hill() {
    // 514 m down over 10.97 km at 4.7 %: its stretches of 5 % or steeper
    // add up to a few metres (none of 10 m is among the steepest).
    let answer = route_json(&[
        &route_fixture("caltopo-export.gpx"),
        "-w",
        "70kg",
        "--condition",
        "knee-pain",
    ]);
    assert!((f(&answer["summary"], "/descent_m") - 514.0).abs() < 0.5);
    assert_eq!(answer["steepest"], serde_json::json!([]));
    let downhill: Vec<&Value> = answer["assessment"]["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|warning| warning["id"] == "downhill-knee")
        .collect();
    assert_eq!(
        downhill[0]["message"],
        "Downhill loads the knee eccentrically: with knee pain, keep weighted walks on the flat."
    );
    assert_eq!(answer["assessment"]["verdict"], "caution");
}

#[test]
fn a_steep_slow_hike_is_moving_and_only_standing_still_is_a_stop() {
    // 30 minutes up a 30 % slope at 0.4 m/s over the ground (430 m an
    // hour of climb), a fix every 5 s, with 2 minutes stood still halfway.
    let mut text = String::from("<gpx><trk><trkseg>\n");
    let (mut metres, mut seconds) = (0.0_f64, 0_u32);
    for i in 0..=360 {
        if i == 180 {
            seconds += 120;
        } else if i > 0 {
            metres += 2.0;
            seconds += 5;
        }
        let _ = writeln!(
            text,
            "<trkpt lat=\"{:.9}\" lon=\"7.0\"><ele>{:.2}</ele><time>2026-06-01T{:02}:{:02}:{:02}Z</time></trkpt>",
            north(metres),
            1000.0 + 0.3 * metres,
            6 + seconds / 3600,
            seconds / 60 % 60,
            seconds % 60
        );
    }
    text.push_str("</trkseg></trk></gpx>\n");
    let path = temp_file("steep-hike.gpx", text.as_bytes());
    let answer = route_json(&[path.to_str().unwrap(), "-w", "70kg", "--load", "5kg"]);
    // The stand, and nothing of the climb, is a stop (wrun took the whole
    // hike for one, and refused it: "its points never move").
    assert_eq!(
        answer["stops"].as_array().unwrap().len(),
        1,
        "{}",
        answer["stops"]
    );
    assert!(close(f(&answer, "/stops/0/seconds"), 120.0));
    // 359 steps of 2 m in 5 s, rising 0.6 m each.
    assert!(close(f(&answer, "/summary/seconds"), 1795.0));
    assert!(close(f(&answer, "/summary/distance_km"), 0.72));
    assert!(close(f(&answer, "/summary/raw_ascent_m"), 215.4));
    // Smoothing over 100 m takes a little off the ends of the climb.
    let ascent = f(&answer, "/summary/ascent_m");
    assert!((195.0..=215.4).contains(&ascent), "{ascent}");
}

#[test]
fn a_gps_jump_is_left_out_and_said() {
    let mut text = gpx(100, 10.0, |i| Some(i * 3));
    // One point 500 m off the line, a second after its neighbours.
    text = text.replacen("lat=\"45.004", "lat=\"45.009", 1);
    let path = temp_file("jump.gpx", text.as_bytes());
    let answer = route_json(&[path.to_str().unwrap(), "-w", "70kg"]);
    assert!((f(&answer, "/summary/distance_km") - 1.0).abs() < 0.01);
    let ids = ids(&answer["notes"]);
    assert!(ids.contains(&"gps-jumps"), "{ids:?}");
}

#[test]
fn without_load_on_a_planned_course_is_refused() {
    // A route without times, and one whose every point says 06:00.
    let stamped = temp_file("stamped.gpx", gpx(100, 10.0, |_| Some(0)).as_bytes());
    for (file, why) in [
        (
            route_fixture("strava_route_example.gpx"),
            "its points have no times",
        ),
        (
            stamped.to_str().unwrap().to_owned(),
            "every point carries the same time",
        ),
    ] {
        wrun(paced(&file).into_iter().chain(["--without-load"]))
            .run()
            .usage_error(&["--without-load", "recorded run", why]);
    }
}

#[test]
fn a_file_whose_points_all_carry_one_time_is_costed_as_a_planned_course() {
    // 1 km whose every point says 06:00: a recording of no time would be
    // 0:00 and 0 kcal; as a planned course at 6:00/km it takes 6 minutes.
    let path = temp_file("stamped.gpx", gpx(100, 10.0, |_| Some(0)).as_bytes());
    let file = path.to_str().unwrap();
    let needs_pace = wrun(["route", file, "-w", "70kg"]).run();
    needs_pace.usage_error(&["every point carries the same time", "--pace", "--speed"]);
    // Two points at one time and a third a second later but 1 km away, a
    // GPS jump: what is left gives no pace either, and the message says why.
    let jumped = "<gpx><trk><trkseg>\
        <trkpt lat=\"45\" lon=\"7\"><time>2026-06-01T06:00:00Z</time></trkpt>\
        <trkpt lat=\"45.0001\" lon=\"7\"><time>2026-06-01T06:00:00Z</time></trkpt>\
        <trkpt lat=\"45.01\" lon=\"7\"><time>2026-06-01T06:00:01Z</time></trkpt>\
        </trkseg></trk></gpx>";
    let jumped = temp_file("jumped.gpx", jumped.as_bytes());
    wrun(["route", jumped.to_str().unwrap(), "-w", "70kg"])
        .run()
        .usage_error(&["no pace once its GPS jumps are left out", "--pace"]);
    // Times on the first point only say so instead.
    let partly = gpx(100, 10.0, |i| (i == 0).then_some(0));
    let partly = temp_file("partly.gpx", partly.as_bytes());
    wrun(["route", partly.to_str().unwrap(), "-w", "70kg"])
        .run()
        .usage_error(&["only some of its points are timed", "--pace"]);
    let answer = route_json(&[file, "-w", "70kg", "--pace", "6:00/km"]);
    assert_eq!(answer["kind"], "planned");
    assert!(
        close(f(&answer, "/summary/unloaded_seconds"), 360.0),
        "{answer}"
    );
    assert!(f(&answer, "/summary/loaded_kcal") > 50.0, "{answer}");
    let ids = ids(&answer["notes"]);
    assert!(ids.contains(&"course-one-time"), "{ids:?}");
    let text = wrun(paced(file)).run();
    assert!(
        text.ok()
            .contains("Every point of the file carries the same time"),
        "{}",
        text.ok()
    );
}

/// Course answers that between them give every note and course warning
/// wrun has, and cite every route rule: for the tests that check that
/// every id is reachable.
pub fn course_answers() -> Vec<Value> {
    // No elevation, and only the first point timed.
    let bare = gpx(100, 10.0, |i| (i == 0).then_some(0)).replace("<ele>100</ele>", "");
    let bare = temp_file("bare.gpx", bare.as_bytes());
    // A clock glitch at 200 m (timed half a minute behind), a minute's
    // stop at 500 m, a GPS jump at 800 m, and a device's -9999 for no
    // elevation on the first point.
    let stop = gpx(100, 10.0, |i| match i {
        20 => Some(30),
        50.. => Some(i * 3 + 60),
        _ => Some(i * 3),
    })
    .replacen("lat=\"45.0071", "lat=\"45.0121", 1)
    .replacen("<ele>100</ele>", "<ele>-9999</ele>", 1);
    let stop = temp_file("stop.gpx", stop.as_bytes());
    // Every point stamped with one time.
    let one_time = temp_file("one-time.gpx", gpx(100, 10.0, |_| Some(0)).as_bytes());
    // 50 m drawn: shorter than any run judged for capacity.
    let short = temp_file("short.gpx", gpx(5, 10.0, |_| None).as_bytes());
    let stop = stop.to_str().unwrap();
    let (garmin, caltopo) = (
        route_fixture("garmin-activity.gpx"),
        route_fixture("caltopo-export.gpx"),
    );
    let kilimanjaro = route_fixture("outdooractive-export.gpx");
    let runs: [&[&str]; 15] = [
        // A recording with heart rate, and a usual one given besides, for
        // a runner whose age gives a maximum the recording passes.
        &[
            &garmin, "-w", "70kg", "-l", "beginner", "--hr", "170", "--age", "60",
        ],
        // Carried again with a heavy vest, up to the runner's maximum,
        // which the file's heart rate passes.
        &[
            &garmin,
            "-w",
            "70kg",
            "--load",
            "30%",
            "--without-load",
            "--max-hr",
            "166",
        ],
        &[
            &garmin,
            "-w",
            "150",
            "--load",
            "30%",
            "--without-load",
            "--max-hr",
            "172",
        ],
        // A run costed as a walk, and a walk costed as a run: beyond the
        // speeds of their models.
        &[&garmin, "-w", "70kg", "--gait", "walk"],
        &[&caltopo, "-w", "70kg", "--gait", "run"],
        // Soft ground, walked in part and run in part.
        &[&garmin, "-w", "70kg", "--terrain", "sand"],
        // A VO2max given below the one the recording shows.
        &[&garmin, "-w", "70kg", "--vo2max", "30"],
        // A walk down slopes steeper than Santee et al. tested.
        &[&kilimanjaro, "-w", "70kg", "--pace", "12:00/km"],
        &[
            &route_fixture("strava_route_example.gpx"),
            "-w",
            "150",
            "--pace",
            "9:00/mi",
        ],
        &[bare.to_str().unwrap(), "-w", "70kg", "--pace", "6:00/km"],
        &[stop, "-w", "70kg", "--load", "7kg", "--pace", "6:00/km"],
        // A recording without heart rate, a usual heart rate with its pace
        // and without.
        &[stop, "-w", "70kg", "--hr", "150", "--pace", "6:00/km"],
        &[stop, "-w", "70kg", "--hr", "150"],
        &[
            one_time.to_str().unwrap(),
            "-w",
            "70kg",
            "--pace",
            "6:00/km",
        ],
        &[short.to_str().unwrap(), "-w", "70kg", "--pace", "6:00/km"],
    ];
    runs.iter().map(|args| route_json(args)).collect()
}

#[test]
fn zsh_completes_the_route_file_with_files() {
    let script = wrun(["completions", "zsh"]).run();
    assert!(script.ok().contains(
        "'::file -- The route or activity\\: a GPX, TCX or FIT file (or one gzipped, or alone \
         in a zip archive); standard input when absent or -:_files'"
    ));
}

#[test]
fn text_fits_a_narrow_terminal_and_never_passes_80_columns() {
    let (recorded, planned) = (
        route_fixture("garmin-activity.gpx"),
        route_fixture("strava_route_example.gpx"),
    );
    let runs: [&[&str]; 4] = [
        &["route", &recorded, "-w", "70kg", "-l", "beginner"],
        &[
            "route", &planned, "-w", "150", "--pace", "9:00/mi", "--hr", "150",
        ],
        &["route", &recorded, "-w", "70kg", "--brief"],
        &[
            "route", &planned, "-w", "150", "-t", "hand", "--pace", "9:00/mi", "--brief",
        ],
    ];
    for args in runs {
        crate::support::assert_fits(args, &["40", "45", "47", "60", "61", "80", "200"]);
    }
}

#[test]
fn a_route_drawn_with_points_kilometres_apart_keeps_its_climb() {
    // Outdooractive's Kilimanjaro route: nine points from 1,819 m to 5,868 m
    // and down to 1,638 m. Nothing in it is GPS noise.
    let answer = route_json(&[
        &route_fixture("outdooractive-export.gpx"),
        "-w",
        "70kg",
        "--pace",
        "6:00/km",
    ]);
    let (ascent, descent) = (
        f(&answer, "/summary/ascent_m"),
        f(&answer, "/summary/descent_m"),
    );
    assert!((ascent - (5868.4 - 1819.3)).abs() < 1.0, "ascent {ascent}");
    assert!(
        (descent - (5868.4 - 1637.9)).abs() < 1.0,
        "descent {descent}"
    );
}

#[test]
fn at_the_same_effort_a_planned_course_asks_the_same_heart_rate_with_the_load_or_without() {
    let file = route_fixture("strava_route_example.gpx");
    let args = [
        "route", &file, "-w", "70kg", "--load", "7kg", "--pace", "6:00/km", "--hr", "150",
    ];
    let answer = route_json(&args[1..]);
    for split in answer["splits"].as_array().unwrap() {
        let (loaded, unloaded) = (
            split["loaded_heart_rate_bpm"].as_f64().unwrap(),
            split["unloaded_heart_rate_bpm"].as_f64().unwrap(),
        );
        // Downhill the speed cap holds both below the flat effort, alike.
        assert!((loaded - unloaded).abs() <= 1.0, "{split}");
        assert!(loaded <= 150.0 + 0.5, "{split}");
    }
    // The split table's "hr est" column gives each split's rate with the
    // load, before the split's calories, each right-aligned under its head.
    let text = text_at(&args, "100");
    let table = block_after(&text, |line| line.contains("hr est"));
    assert_eq!(table.len(), answer["splits"].as_array().unwrap().len());
    for (line, split) in table.iter().zip(answer["splits"].as_array().unwrap()) {
        let hr = f(split, "/loaded_heart_rate_bpm").round();
        let kcal = f(split, "/loaded_kcal").round();
        assert!(
            line.ends_with(&format!("  {:>6}  {:>5}", hr.to_string(), kcal.to_string())),
            "{line:?}: {hr} {kcal}"
        );
    }
}

#[test]
fn a_recorded_run_gives_its_measured_heart_rate_beside_the_other_case() {
    // Recorded with the vest, the estimate is without it; recorded without,
    // it is with the load carried.
    let file = route_fixture("20210119_run_garmin_fenix6.tcx");
    for (without_load, other) in [(false, "without the load"), (true, "with the load")] {
        let mut args = vec![file.as_str(), "-w", "70kg", "--load", "7kg"];
        if without_load {
            args.push("--without-load");
        }
        let answer = route_json(&args);
        let heart = &answer["heart"];
        let estimate = if without_load {
            f(heart, "/loaded_bpm")
        } else {
            f(heart, "/unloaded_bpm")
        };
        let row = format!(
            "Heart rate  {} bpm measured; {other} about {} (the generic model)",
            f(heart, "/measured_bpm").round(),
            estimate.round()
        );
        let text = text_at(&[&["route"], args.as_slice()].concat(), "100");
        assert!(text.contains(&row), "{row}\n{text}");
    }
}

#[test]
fn a_beginner_past_the_plans_third_week_may_take_the_vest_up_hills() {
    let file = route_fixture("garmin-activity.gpx");
    let run = |week: &str| {
        let mut args = vec![
            "route",
            "--json",
            file.as_str(),
            "-w",
            "70kg",
            "-l",
            "beginner",
        ];
        if !week.is_empty() {
            args.extend(["--plan-week", week]);
        }
        let answer = wrun(args).run().json();
        answer["assessment"]["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|warning| warning["id"] == "hills-early")
    };
    assert!(run(""));
    assert!(run("3"));
    assert!(!run("4"));
    wrun(["route", file.as_str(), "-w", "70kg", "--plan-week", "40"])
        .run()
        .usage_error(&[
            "invalid value '40' for '--plan-week': expected a week of a plan, a whole number \
             between 1 and 26",
        ]);
}

#[test]
fn a_split_of_nothing_is_refused_by_its_flag() {
    for split in ["0m", "50m", "300km"] {
        wrun([
            "route",
            &route_fixture("strava_route_example.gpx"),
            "-w",
            "70kg",
            "--pace",
            "6:00/km",
            "--split",
            split,
        ])
        .run()
        .usage_error(&["'--split'", split, "100 m to 250 km"]);
    }
}

#[test]
fn a_unit_alone_splits_the_course_at_every_one_of_it() {
    let file = route_fixture("garmin-activity.gpx");
    let answer = route_json(&[&file, "-w", "70kg", "--split", "mile"]);
    let splits = answer["splits"].as_array().unwrap();
    // 12.82 km: seven whole miles and what is left.
    assert_eq!(splits.len(), 8);
    assert!((f(&splits[1], "/start_km") - 1.61).abs() < 1e-9);
    assert!((f(&splits[0], "/distance_mi") - 1.0).abs() < 1e-9);
}

#[test]
fn a_recorded_run_shows_a_ceiling_at_least_as_high_as_the_effort_it_held() {
    // 56.37 mL/kg/min with the vest for 20.52 minutes: Daniels and Gilbert
    // let a runner hold 0.9514 of VO2max that long, wrun 0.95 of that, so
    // the runner has at least 56.37 / 0.9038 = 62.4 (62.36 from the
    // unrounded figures), above the 45 assumed for their level. The run
    // they did is no danger to them.
    let file = route_fixture("20210119_run_garmin_fenix6.tcx");
    let answer = route_json(&[&file, "-w", "70kg"]);
    let capacity = &answer["assessment"]["capacity"];
    assert_eq!(capacity["vo2max_basis"], "recording");
    assert!((f(capacity, "/vo2max_ml_per_kg_min") - 62.36).abs() < 0.02);
    assert!(capacity["finding"].is_null());
    assert_eq!(answer["assessment"]["verdict"], "recommended");
    // A figure of the runner's own below it gives way; one above it stands.
    let low = route_json(&[&file, "-w", "70kg", "--vo2max", "50"]);
    assert_eq!(low["assessment"]["capacity"]["vo2max_basis"], "recording");
    let high = route_json(&[&file, "-w", "70kg", "--vo2max", "70"]);
    assert_eq!(high["assessment"]["capacity"]["vo2max_basis"], "given");
}

#[test]
fn brief_keeps_the_summary_and_every_finding_that_set_the_verdict() {
    // 20 minutes at 4:00/km run without weight: a 7 kg vest would ask more
    // than the runner showed they can hold that long, a caution.
    let file = route_fixture("20210119_run_garmin_fenix6.tcx");
    let args = [
        "route",
        &file,
        "-w",
        "70kg",
        "--without-load",
        "--load",
        "7kg",
    ];
    let brief = wrun(args.iter().copied().chain(["--brief"])).run();
    let text = brief.ok();
    assert!(
        text.starts_with("Weighted vest on a recorded run (TCX): CAUTION\nCarrying "),
        "{text}"
    );
    assert!(
        text.contains("\nCAUTION [beyond-capacity]\n  This run asks about 58.9"),
        "{text}"
    );
    // The full answer's rows, without splits, profile, notes or tips.
    let full = wrun(args).run();
    for row in [
        "Course  ",
        "Time  ",
        "Pace  ",
        "Energy  ",
        "Heart rate  ",
        "Capacity  ",
    ] {
        let line = |text: &str| {
            text.lines()
                .find(|line| line.starts_with(row))
                .map(str::to_owned)
        };
        assert_eq!(line(text), line(full.ok()), "{row}");
        assert!(line(text).is_some(), "{row}");
    }
    for section in ["Splits", "Profile", "Notes", "Tips"] {
        assert!(!text.contains(section), "{section}: {text}");
    }
    assert!(text.lines().all(|line| line.chars().count() <= 80));
    wrun(["route", &file, "-w", "70kg", "--brief", "--json"])
        .run()
        .usage_error(&["--brief", "--json"]);
    wrun(["route", &file, "-w", "70kg", "--brief", "--format", "csv"])
        .run()
        .usage_error(&["--brief", "--format"]);
}

#[test]
fn hand_weights_of_the_runners_own_are_costed_and_shown_at_their_load() {
    // 3 lb is the top of the article's 1–3 lb: +15 % calories, not the
    // middle of the range.
    let file = route_fixture("strava_route_example.gpx");
    let args = [
        "route", &file, "-w", "150", "-t", "hand", "--load", "3lb", "--pace", "9:00/mi",
    ];
    let answer = route_json(&args[1..]);
    assert_eq!(answer["carried"]["load_lb"], 3.0);
    assert_eq!(answer["carried"]["load_kg"], 1.36);
    assert_eq!(answer["carried"]["energy_percent"], 15.0);
    let text = wrun(args).run();
    assert!(
        text.ok()
            .contains("Carrying    3 lb (1.36 kg) in each hand: +15 % energy [hand-calories]\n"),
        "{}",
        text.stdout
    );
}

#[test]
fn ankle_weights_with_no_load_are_costed_at_the_middle_of_the_articles_range() {
    let file = route_fixture("strava_route_example.gpx");
    let text = wrun([
        "route", &file, "-w", "150", "-t", "ankle", "--pace", "9:00/mi",
    ])
    .run();
    assert!(
        text.ok().contains(
            "Carrying    ankle weights: +7.5 % energy, the middle of +5–10 % [ankle-calories]\n"
        ),
        "{}",
        text.stdout
    );
}

#[test]
fn a_vo2max_below_what_the_recording_shows_is_set_aside_with_a_note() {
    let file = route_fixture("gpsies_example.gpx");
    let args = [
        "route", &file, "-w", "70kg", "--load", "5kg", "--vo2max", "30",
    ];
    let text = wrun(args).run().ok().to_owned();
    assert!(
        text.contains(
            "Capacity    asks 40 mL/kg/min; you hold 40 for 42 min, of a VO2max of at least\n            46.2 (shown by this recording) [capacity]\n"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "  INFO     This recording shows a VO2max of at least 46.2, above the 30 you\n           give: wrun goes by the recording, so check your figure. [capacity]\n"
        ),
        "{text}"
    );
    // The help says so beside the flag.
    let help = wrun(["route", "--help"])
        .run()
        .ok()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        help.contains("(and --age past 50); a recording that shows a higher one replaces it"),
        "{help}"
    );
}

#[test]
fn the_split_table_has_a_heart_rate_column_only_where_a_split_has_a_heart_rate() {
    // gpsies_example.gpx is a recording without heart rate.
    let file = route_fixture("gpsies_example.gpx");
    let head = |extra: &[&str]| {
        let mut args = vec!["route", &file, "-w", "150", "--load", "10lb"];
        args.extend_from_slice(extra);
        let text = text_at(&args, "100");
        block_after(&text, |line| line.starts_with("Splits"))[0].to_owned()
    };
    assert_eq!(
        head(&[]),
        "    mi     time      pace  flat eq.      climb   kcal"
    );
    // With the runner's usual heart rate at a pace, each split gets the
    // rate estimated with the load, as the JSON has it.
    let extra = ["--hr", "140", "--pace", "9:00/mi"];
    assert_eq!(
        head(&extra),
        "    mi     time      pace  flat eq.      climb  hr est   kcal"
    );
    let mut args = vec![file.as_str(), "-w", "150", "--load", "10lb"];
    args.extend_from_slice(&extra);
    let first = &route_json(&args)["splits"][0];
    assert_eq!(first["heart_rate_bpm"], Value::Null);
    let hr = f(first, "/loaded_heart_rate_bpm").round();
    let mut text_args = vec!["route"];
    text_args.extend_from_slice(&args);
    let text = text_at(&text_args, "100");
    let row = block_after(&text, |line| line.starts_with("Splits"))[1];
    assert!(
        row.ends_with(&format!("  {:>6}  {:>5}", hr.to_string(), "130")),
        "{row:?}"
    );
}
