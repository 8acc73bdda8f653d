//! Run options: energy by the ACSM, Minetti, Pandolf and Santee models, heart
//! rate by oxygen reserve, the runner's own load and the same-effort pace,
//! each checked against values worked by hand from the published equations.

use serde_json::Value;

use crate::support::{by_id, close, f, ids, wrun};

fn json(args: &[&str]) -> Value {
    let mut all = vec!["recommend", "--json"];
    all.extend_from_slice(args);
    wrun(all).run().json()
}

fn vest_70kg(run: &[&str]) -> Value {
    let mut args = vec!["-w", "70kg", "-t", "vest"];
    args.extend_from_slice(run);
    json(&args)
}

#[test]
fn seventy_kg_at_10_km_per_h_for_30_minutes_burns_386_8_kcal_unweighted() {
    // v = 10000 / 60 = 166.67 m/min; VO2 = 0.2 v + 3.5 = 36.83 mL/kg/min;
    // 36.83 × 70 / 1000 × 5 = 12.89 kcal/min; × 30 = 386.75 kcal.
    let answer = vest_70kg(&["--speed", "10km/h", "--duration", "30m"]);
    let energy = &answer["energy"];
    assert_eq!(energy["equation"], "acsm-running");
    assert!(close(f(energy, "/speed_m_per_min"), 166.67));
    assert!(close(f(energy, "/vo2_ml_per_kg_min"), 36.83));
    assert!(close(f(energy, "/baseline_kcal"), 386.75));
    assert!(close(f(energy, "/duration_min"), 30.0));
    assert!(close(f(energy, "/distance_km"), 5.0));
    // The vest scales the net cost: (36.83 − 3.5) × 70 / 1000 × 5 × 30 = 350
    // kcal above rest; 5 % of it is 17.5 kcal, 10 % is 35 kcal.
    assert!(close(f(energy, "/extra_kcal/min"), 17.5));
    assert!(close(f(energy, "/extra_kcal/max"), 35.0));
    assert!(close(f(energy, "/loaded_kcal/min"), 404.25));
    assert!(close(f(energy, "/loaded_kcal/max"), 421.75));
    assert_eq!(energy["loaded_source"], "vest-calories");
    assert!(close(f(&answer, "/input/speed_m_per_min"), 166.67));
    assert_eq!(answer["input"]["distance_km"], Value::Null);
}

#[test]
fn a_pace_a_speed_a_distance_and_a_duration_that_agree_give_the_same_energy() {
    let by_speed = vest_70kg(&["--speed", "10kph", "--duration", "30m"]);
    let by_pace = vest_70kg(&["--pace", "6:00/km", "--distance", "5km"]);
    let by_clock = vest_70kg(&["--pace", "6/km", "--duration", "0:30:00"]);
    assert_eq!(by_speed["energy"], by_pace["energy"]);
    assert_eq!(by_speed["energy"], by_clock["energy"]);
}

#[test]
fn a_grade_either_way_scales_the_flat_net_cost_by_minettis_ratio() {
    // 10 km/h at 5 %: Cr(0.05)/3.6 = 1.30144; VO2 = 3.5 + 33.333 × 1.30144 = 46.88.
    let up = vest_70kg(&["--speed", "10kph", "--duration", "30m", "--grade", "5%"]);
    assert!(close(f(&up, "/energy/vo2_ml_per_kg_min"), 46.88));
    assert_eq!(up["energy"]["equation"], "minetti-grade");
    let flat = vest_70kg(&["--speed", "10kph", "--duration", "30m"]);
    assert_eq!(flat["energy"]["equation"], "acsm-running");

    // −10 %: Cr(−0.1) = 2.151706 J/kg/m, / 3.6 = 0.5977 of the flat net cost:
    // VO2 = 3.5 + 33.333 × 0.5977 = 23.42; 23.4232 × 70 / 1000 × 5 × 30 = 245.94.
    let down = vest_70kg(&["--speed", "10kph", "--duration", "30m", "--grade", "-10%"]);
    assert_eq!(down["energy"]["equation"], "minetti-grade");
    assert!(close(f(&down, "/energy/vo2_ml_per_kg_min"), 23.42));
    assert!(close(f(&down, "/energy/baseline_kcal"), 245.94));
    let notes = down["energy"]["notes"].as_array().unwrap();
    assert!(
        notes[0].as_str().unwrap().contains("0.60 × the flat"),
        "{notes:?}"
    );
    assert!(!ids(&down["warnings"]).contains(&"downhill-knee"));

    // Half an hour down 10 % at `speed` with knee pain.
    let sore_knee = |speed: &str| {
        vest_70kg(&[
            "--speed",
            speed,
            "--duration",
            "30m",
            "--grade",
            "-10%",
            "--condition",
            "knee-pain",
        ])
    };
    let sore = sore_knee("10kph");
    assert!(ids(&sore["warnings"]).contains(&"downhill-knee"));
    let message = |answer: &serde_json::Value| {
        let warnings = answer["warnings"].as_array().unwrap();
        let knee = warnings
            .iter()
            .find(|w| w["id"] == "downhill-knee")
            .unwrap();
        knee["message"].as_str().unwrap().to_owned()
    };
    assert_eq!(
        message(&sore),
        "Downhill loads the knee eccentrically: with knee pain, keep to the flat or walk the \
         descents."
    );
    // A walker already walks the descents: the flat is the remedy.
    let walker = sore_knee("5kph");
    assert_eq!(walker["energy"]["gait"], "walk");
    assert_eq!(
        message(&walker),
        "Downhill loads the knee eccentrically: with knee pain, keep weighted walks on the flat."
    );

    let steep = vest_70kg(&["--speed", "10kph", "--duration", "30m", "--grade", "20%"]);
    let notes = steep["energy"]["notes"].to_string();
    assert!(notes.contains("leave the well-studied range"), "{notes}");
}

#[test]
fn a_5_km_per_h_vest_walk_is_costed_by_pandolf_on_paved_ground_and_on_sand() {
    // Pandolf, 70 kg at 1.3889 m/s: 1.5 × 70 + 70 × 1.5 × 1.929 = 307.55 W,
    // 264.62 kcal an hour (ACSM running would say 423.5). A 3.5 kg vest:
    // 105 + 2 × 73.5 × 0.05² + 73.5 × 2.8935 = 318.04 W, 273.65 kcal;
    // 7 kg: 329.34 W, 283.37 kcal.
    let paved = vest_70kg(&["--speed", "5km/h", "--duration", "60m"]);
    let energy = &paved["energy"];
    assert_eq!(energy["equation"], "pandolf-walking");
    assert!(close(f(energy, "/baseline_kcal"), 264.62));
    assert!(close(f(energy, "/loaded_kcal/min"), 273.65));
    assert!(close(f(energy, "/loaded_kcal/max"), 283.37));
    assert_eq!(energy["loaded_source"], "pandolf-walking");
    assert!(
        energy["notes"][0]
            .as_str()
            .unwrap()
            .contains("costed as a walk")
    );

    // Loose sand, η = 2.1: 105 + 2.1 × 202.55 = 530.35 W, 456.32 kcal; with
    // 7 kg, 105 + 1.54 + 2.1 × 222.80 = 574.42 W, 494.24 kcal.
    let sand = vest_70kg(&["--speed", "5km/h", "--duration", "60m", "--terrain", "sand"]);
    assert!(close(f(&sand, "/energy/baseline_kcal"), 456.32));
    assert!(close(f(&sand, "/energy/loaded_kcal/max"), 494.24));
    assert_eq!(sand["input"]["terrain"], "sand");

    // Told to run, the same speed takes the running equation, and says it is a jog.
    let jog = vest_70kg(&["--speed", "5km/h", "--duration", "60m", "--gait", "run"]);
    assert_eq!(jog["energy"]["equation"], "acsm-running");
    assert!(close(f(&jog, "/energy/baseline_kcal"), 423.5));
    assert!(
        jog["energy"]["notes"]
            .to_string()
            .contains("only for a true jog")
    );
}

/// A 150 lb runner in a vest for an hour at 15:00/mi (4 mph, 6.44 km/h):
/// below the walk-run switch, a walk by its speed.
const WALK_BY_ITS_SPEED: [&str; 9] = [
    "recommend",
    "-w",
    "150",
    "-t",
    "vest",
    "--pace",
    "15:00/mi",
    "--duration",
    "60m",
];

#[test]
fn the_energy_notes_give_speeds_in_the_system_the_speed_was_given_in() {
    // The walk-run switch, 7.2 km/h, is 4.47 mph.
    let note = |run: &[&str]| {
        let args = ["recommend", "-w", "150", "-t", "vest", "--duration", "60m"];
        let answer = wrun(args.iter().chain(run).chain(&["--json"])).run().json();
        answer["energy"]["notes"][0].as_str().unwrap().to_owned()
    };
    let in_mph = "At 4 mph, below 4.47 mph, this is costed as a walk (gait auto); set the gait to \
                  run for a slow jog.";
    let in_km_h = "At 6.44 km/h, below 7.2 km/h, this is costed as a walk (gait auto); set the \
                   gait to run for a slow jog.";
    // A pace per mile is said in mph, whatever unit the masses are in, as
    // the run's own line says `4 mi at 15:00/mi`.
    assert_eq!(note(&["--pace", "15:00/mi"]), in_mph);
    assert_eq!(note(&["--pace", "15:00/mi", "--unit", "kg"]), in_mph);
    // A pace per kilometre, or a speed in km/h, in km/h.
    assert_eq!(note(&["--pace", "9:19/km"]), in_km_h);
    assert_eq!(note(&["--speed", "6.44km/h"]), in_km_h);
    // A bare pace is read per mile in pounds (and so said in mph), per
    // kilometre in kilograms.
    assert_eq!(note(&["--pace", "15:00"]), in_mph);
    assert_eq!(note(&["--pace", "9:19", "--unit", "kg"]), in_km_h);
}

#[test]
fn a_walk_names_a_walker_and_its_tips_speak_of_walks() {
    let walk = WALK_BY_ITS_SPEED;
    let text = wrun(walk).run().ok().to_owned();
    assert!(
        text.starts_with("Weighted vest for a 150 lb (68.04 kg) walker, intermediate\n"),
        "{text}"
    );
    assert!(text.contains("Keep your first weighted walks short and easy."));
    assert!(!text.contains("[fast-twitch]"), "{text}");
    let run = wrun(["compare", "-w", "70kg", "--speed", "10km/h"]).run();
    assert!(
        run.ok()
            .starts_with("Running weights compared for a 70 kg (154.32 lb) runner")
    );

    // The lean form names the walk's wording by its template.
    let lean = wrun(walk.into_iter().chain(["--json", "--notes", "ids"]))
        .run()
        .json();
    let tip = by_id(&lean["tips"], "start-short-and-easy").unwrap();
    assert_eq!(tip["template"], "start-short-and-easy-walk");
}

#[test]
fn terrain_is_said_to_be_unmodelled_for_running() {
    let answer = vest_70kg(&["--speed", "10kph", "--duration", "30m", "--terrain", "sand"]);
    assert!(close(f(&answer, "/energy/baseline_kcal"), 386.75));
    assert!(
        answer["energy"]["notes"][0]
            .as_str()
            .unwrap()
            .contains("Terrain is not modelled for running")
    );
    // Without a run, a ground is refused as a grade is; paved, the
    // default, is no ground to refuse.
    json(&["-w", "70kg", "-t", "vest", "--terrain", "paved"]);
    let batch = wrun(["batch"])
        .stdin("{\"weight\": \"70kg\", \"type\": \"vest\", \"terrain\": \"sand\"}\n")
        .run();
    assert_eq!(batch.code, 1);
    let line: Value = serde_json::from_str(&batch.stdout).unwrap();
    assert_eq!(
        line["error"],
        "'terrain' needs pace or speed, or duration and distance together: wrun cannot work \
         out the run without it"
    );
}

#[test]
fn hand_and_ankle_weights_apply_the_articles_percentages_to_the_baseline() {
    let hands = json(&[
        "-w",
        "70kg",
        "-t",
        "hand",
        "--speed",
        "10kph",
        "--duration",
        "30m",
    ]);
    assert!(close(f(&hands, "/energy/loaded_kcal/min"), 406.09)); // 386.75 × 1.05
    assert!(close(f(&hands, "/energy/loaded_kcal/max"), 444.76)); // 386.75 × 1.15
    assert_eq!(hands["energy"]["loaded_source"], "hand-calories");
    let ankles = json(&[
        "-w",
        "70kg",
        "-t",
        "ankle",
        "--speed",
        "10kph",
        "--duration",
        "30m",
    ]);
    assert!(close(f(&ankles, "/energy/loaded_kcal/max"), 425.43)); // × 1.10
    assert_eq!(ankles["energy"]["loaded_source"], "ankle-calories");
}

#[test]
fn energy_is_linear_in_body_mass() {
    let at = |kg: &str| {
        json(&[
            "-w",
            kg,
            "-t",
            "vest",
            "--speed",
            "12kph",
            "--distance",
            "10km",
        ])
    };
    let (light, heavy) = (at("60kg"), at("120kg"));
    for pointer in [
        "/energy/baseline_kcal",
        "/energy/loaded_kcal/min",
        "/energy/extra_kcal/max",
    ] {
        assert!(
            (f(&heavy, pointer) - 2.0 * f(&light, pointer)).abs() < 0.02,
            "{pointer}"
        );
    }
}

#[test]
fn without_a_duration_or_distance_there_is_no_energy() {
    let answer = json(&["-w", "150", "-t", "vest", "--pace", "9:30/mi"]);
    assert_eq!(answer["energy"], Value::Null);
    assert!(close(f(&answer, "/input/speed_m_per_min"), 169.4)); // 1609.344 / 9.5
}

#[test]
fn hand_weights_add_the_articles_beats_to_the_usual_heart_rate() {
    let answer = json(&["-w", "150", "-t", "hand", "--hr", "140"]);
    let heart = &answer["heart_rate"];
    assert!(close(f(heart, "/usual_bpm"), 140.0));
    assert!(close(f(heart, "/resting_bpm"), 60.0));
    assert!(close(f(heart, "/loaded_bpm/min"), 145.0));
    assert!(close(f(heart, "/loaded_bpm/max"), 150.0));
    assert_eq!(heart["basis"], "article");
}

#[test]
fn a_vests_heart_rate_takes_its_share_of_the_heart_rate_reserve() {
    // Running, ΔHR = p × (HR − HRrest): 5 % and 10 % of 90 = 4.5 and 9 bpm.
    let answer = vest_70kg(&["--speed", "10kph", "--hr", "150"]);
    assert!(close(f(&answer, "/heart_rate/loaded_bpm/min"), 154.5));
    assert!(close(f(&answer, "/heart_rate/loaded_bpm/max"), 159.0));
    assert_eq!(answer["heart_rate"]["basis"], "model");
    assert!(close(f(&answer, "/heart_rate_delta_bpm/max"), 9.0));
    assert_eq!(answer["heart_rate_delta_bpm"]["source"], "vest-heart-rate");

    // A higher resting rate leaves less reserve: 5 % of (150 − 70) = 4.
    let rested = vest_70kg(&["--speed", "10kph", "--hr", "150", "--resting-hr", "70"]);
    assert!(close(f(&rested, "/heart_rate_delta_bpm/min"), 4.0));

    // Without a speed it is worked out for a run, and says so.
    let no_speed = json(&["-w", "150", "-t", "vest", "--hr", "150"]);
    assert!(close(f(&no_speed, "/heart_rate/loaded_bpm/max"), 159.0));
    assert!(
        no_speed["heart_rate"]["notes"][0]
            .as_str()
            .unwrap()
            .contains("worked out for a run")
    );
    // A walk needs its speed.
    let walk = json(&["-w", "150", "-t", "vest", "--hr", "150", "--gait", "walk"]);
    assert_eq!(walk["heart_rate"]["loaded_bpm"], Value::Null);
    assert!(
        walk["heart_rate"]["notes"][0]
            .as_str()
            .unwrap()
            .contains("give a pace or a speed")
    );
}

#[test]
fn a_loaded_heart_rate_is_capped_at_the_runners_maximum() {
    let answer = vest_70kg(&["--speed", "10kph", "--hr", "185", "--max-hr", "190"]);
    assert!(close(f(&answer, "/heart_rate/loaded_bpm/max"), 190.0)); // 185 + 12.5, capped
    assert!(close(f(&answer, "/heart_rate/max_bpm"), 190.0));
    assert!(
        answer["heart_rate"]["notes"]
            .to_string()
            .contains("maximum heart rate, 190 bpm")
    );
    // Without --max-hr, never above the highest heart rate wrun accepts.
    let hot = json(&[
        "-w",
        "150",
        "-t",
        "vest",
        "--speed",
        "20kph",
        "--duration",
        "10m",
        "--hr",
        "225",
        "--resting-hr",
        "40",
    ]);
    assert!(f(&hot, "/heart_rate/loaded_bpm/max") <= 230.0);
}

#[test]
fn the_runners_own_vest_is_judged_and_costed_alone() {
    // 20 lb at 150 lb: 13.3 %, above the 5–10 % range, under the 15 % danger line.
    let answer = json(&[
        "-w",
        "150",
        "-t",
        "vest",
        "--load",
        "20lb",
        "--speed",
        "10kph",
        "--duration",
        "30m",
    ]);
    let load = &answer["load"];
    assert!(close(f(load, "/chosen_lb"), 20.0));
    assert!(close(f(load, "/chosen_kg"), 9.07));
    assert!(close(f(load, "/chosen_percent"), 13.33));
    assert_eq!(load["chosen_fit"], "above-range");
    let warning = by_id(&answer["warnings"], "load-above-range").unwrap();
    assert_eq!(warning["severity"], "caution");
    // One figure: 150 lb = 68.04 kg; net (36.83 − 3.5) × 68.04 / 1000 × 5 × 30
    // = 340.19 kcal; 13.33 % of it = 45.36 kcal.
    let energy = &answer["energy"];
    assert!(close(
        f(energy, "/extra_kcal/min"),
        f(energy, "/extra_kcal/max")
    ));
    assert!(close(f(energy, "/extra_kcal/max"), 45.36));

    let heavy = json(&["-w", "150", "-t", "vest", "--load", "25lb"]);
    let warning = heavy["warnings"][0].clone();
    assert_eq!(
        (warning["id"].as_str(), warning["severity"].as_str()),
        (Some("load-above-range"), Some("danger"))
    );
    // Exactly 15 % is on the danger line, not past it, in pounds as in
    // kilograms.
    for (body, vest) in [("150", "22.5lb"), ("100kg", "15kg")] {
        let edge = json(&["-w", body, "-t", "vest", "--load", vest]);
        assert_eq!(edge["verdict"], "caution", "{body} {vest}");
    }
    let light = json(&["-w", "150", "-t", "vest", "--load", "5lb"]);
    assert_eq!(light["load"]["chosen_fit"], "below-range");
    let hands = json(&["-w", "150", "-t", "hand", "--load", "2lb", "--hr", "150"]);
    assert_eq!(hands["load"]["chosen_fit"], "in-range");
    // Halfway through 1–3 lb: halfway through +5–10 bpm.
    assert!(close(f(&hands, "/heart_rate/loaded_bpm/min"), 157.5));
    assert!(close(f(&hands, "/heart_rate/loaded_bpm/max"), 157.5));
    let four = json(&["-w", "150", "-t", "hand", "--load", "4lb"]);
    assert_eq!(four["warnings"][0]["severity"], "danger");
}

#[test]
fn a_vest_gives_the_pace_that_keeps_the_unweighted_effort() {
    // A 10 % vest at 5:30/km: 330 s × 1.1 = 363 s, 6:03/km.
    let answer = json(&[
        "-w",
        "70kg",
        "-t",
        "vest",
        "--load",
        "7kg",
        "--pace",
        "5:30/km",
        "--duration",
        "30m",
    ]);
    let same = &answer["energy"]["same_effort"];
    assert!(close(f(same, "/pace_s_per_km"), 363.0));
    assert!(close(f(same, "/load_kg"), 7.0));
    assert!(close(f(same, "/pace_s_per_mile"), 584.19)); // 363 × 1.609344
    let text = wrun([
        "recommend",
        "-w",
        "70kg",
        "-t",
        "vest",
        "--load",
        "7kg",
        "--pace",
        "5:30/km",
        "--duration",
        "30m",
    ])
    .run();
    assert!(
        text.ok()
            .contains("Same effort 6:03/km (9:44/mi) instead of 5:30/km, with 7 kg"),
        "{}",
        text.stdout
    );
}

#[test]
fn a_run_beyond_what_a_body_can_hold_is_warned_about() {
    // 30 km/h: VO2 = 0.2 × 500 + 3.5 = 103.5 mL/kg/min, for 30 minutes:
    // beyond any ceiling.
    let answer = json(&[
        "-w",
        "150",
        "-t",
        "vest",
        "--speed",
        "30kph",
        "--duration",
        "30m",
    ]);
    assert!(ids(&answer["warnings"]).contains(&"beyond-capacity"));
    assert_eq!(answer["verdict"], "not-recommended");
    // 10 km/h for 30 minutes with a 10 % vest: 0.2 × 166.67 + 3.5 = 36.83,
    // net 33.33 × 1.1 + 3.5 = 40.17 mL/kg/min. An intermediate runner with
    // no figures is assumed a VO2max of 45 and holds 45 × f(30) × 0.95 =
    // 45 × 0.930 × 0.95 = 39.76 for 30 minutes: a caution.
    let assumed = json(&[
        "-w",
        "150",
        "-t",
        "vest",
        "--speed",
        "10kph",
        "--duration",
        "30m",
    ]);
    assert!(close(f(&assumed, "/capacity/demand_ml_per_kg_min"), 40.17));
    assert!(close(
        f(&assumed, "/capacity/sustainable_ml_per_kg_min"),
        39.76
    ));
    assert_eq!(assumed["capacity"]["vo2max_basis"], "level");
    assert_eq!(assumed["verdict"], "caution");
    // With a VO2max of 50 it holds 50 × 0.930 × 0.95 = 44.18: nothing to say.
    let fit = json(&[
        "-w",
        "150",
        "-t",
        "vest",
        "--speed",
        "10kph",
        "--duration",
        "30m",
        "--vo2max",
        "50",
    ]);
    assert!(!ids(&fit["warnings"]).contains(&"beyond-capacity"));
    assert_eq!(fit["verdict"], "recommended");
}

#[test]
fn an_hour_at_16_kmh_is_beyond_a_35_year_old_resting_at_55() {
    // Tanaka: 208 − 0.7 × 35 = 183.5; Uth: 15.3 × 183.5 / 55 = 51.05.
    // ACSM at 266.67 m/min: 56.83 unweighted, 62.17 with a 10 % vest.
    let answer = json(&[
        "-w",
        "70kg",
        "-t",
        "vest",
        "--speed",
        "16km/h",
        "--duration",
        "60m",
        "--age",
        "35",
        "--resting-hr",
        "55",
    ]);
    assert!(close(f(&answer, "/capacity/vo2max_ml_per_kg_min"), 51.05));
    assert!(close(f(&answer, "/capacity/demand_ml_per_kg_min"), 62.17));
    assert_eq!(answer["capacity"]["vo2max_basis"], "heart-rates");
    assert_eq!(answer["capacity"]["finding"], "danger");
    assert_eq!(answer["verdict"], "not-recommended");
    assert_eq!(
        answer["verdict_because"],
        serde_json::json!(["beyond-capacity"])
    );
    // A resting heart rate alone is a fact, not an error.
    assert_eq!(answer["input"]["resting_hr_bpm"], 55.0);
    assert!(answer["heart_rate"].is_null());
}

#[test]
fn age_gives_the_maximum_heart_rate_and_caps_the_loaded_one() {
    // 183.5 bpm at 35; 178 bpm usually plus the vest's rise passes it.
    let answer = json(&[
        "-w",
        "70kg",
        "-t",
        "vest",
        "--speed",
        "12km/h",
        "--duration",
        "30m",
        "--hr",
        "178",
        "--age",
        "35",
    ]);
    assert!(close(f(&answer, "/heart_rate/max_bpm"), 183.5));
    assert!(close(f(&answer, "/heart_rate/loaded_bpm/max"), 183.5));
    let notes = answer["heart_rate"]["notes"].to_string();
    assert!(notes.contains("estimated from your age"), "{notes}");
}

/// A hard usual run: 40 min at 4:30/km with a vest, at 167 bpm (resting 60).
const HARD_USUAL_RUN: [&str; 12] = [
    "-w",
    "150",
    "-t",
    "vest",
    "--pace",
    "4:30/km",
    "--duration",
    "40m",
    "--hr",
    "167",
    "--resting-hr",
    "60",
];

#[test]
fn a_usual_heart_rate_above_the_ages_estimate_leaves_the_estimate_aside() {
    // Tanaka at 63: 208 − 0.7 × 63 = 163.9 bpm, below the 167 this runner
    // holds on their usual run: their own maximum is higher.
    let answer = json(&[&HARD_USUAL_RUN[..], &["--age", "63"]].concat());
    // Nothing caps the loaded heart rate: 167 + 5–10 % of the 107 bpm of
    // reserve in use.
    assert!(answer["heart_rate"]["max_bpm"].is_null());
    assert!(close(f(&answer, "/heart_rate/loaded_bpm/min"), 172.35));
    assert!(close(f(&answer, "/heart_rate/loaded_bpm/max"), 177.7));
    assert_eq!(
        answer["heart_rate"]["notes"][0],
        "Your usual 167 bpm is above the maximum your age suggests (HRmax = 208 − 0.7 × age = \
         163.9 bpm, give or take 10 [tanaka-hr-max]): your own is at least that high, so the \
         estimate is left aside, and your usual heart rate stands in for your maximum where your \
         VO2max is worked out from heart rates; give your maximum heart rate if you know it."
    );
    // Nor does it set the ceiling: the 167 bpm stands in for the maximum,
    // and Uth's 15.3 × 167 / 60 = 42.59 is below what the usual run shows.
    // ACSM at 222.2 m/min asks 47.94 unweighted, held 40 min: a VO2max of
    // 47.94 / (0.95 × f(40) = 0.868) = 55.23. The run is the runner's own;
    // only the vest takes it past them, a caution.
    assert_eq!(answer["capacity"]["vo2max_basis"], "usual-pace");
    assert!(close(f(&answer, "/capacity/vo2max_ml_per_kg_min"), 55.23));
    assert!(close(
        f(&answer, "/capacity/sustainable_ml_per_kg_min"),
        47.94
    ));
    assert_eq!(answer["capacity"]["finding"], "caution");
}

#[test]
fn a_usual_run_outweighs_a_vo2max_estimated_from_heart_rates_not_one_given() {
    // Uth: 15.3 × 190 / 60 = 48.45, below the 55.23 the usual 40 min at
    // 4:30/km shows (47.94 / (0.95 × f(40))).
    let mut args = HARD_USUAL_RUN.to_vec();
    args.extend(["--max-hr", "190"]);
    let estimated = json(&args);
    assert_eq!(estimated["capacity"]["vo2max_basis"], "usual-pace");
    assert!(close(
        f(&estimated, "/capacity/vo2max_ml_per_kg_min"),
        55.23
    ));
    assert_eq!(estimated["capacity"]["finding"], "caution");
    assert_eq!(estimated["verdict"], "caution");
    // A VO2max of their own stands, and the 52.39 the 15 lb vest asks is
    // past it.
    args.extend(["--vo2max", "48"]);
    let given = json(&args);
    assert_eq!(given["capacity"]["vo2max_basis"], "given");
    assert_eq!(given["capacity"]["finding"], "danger");
    assert_eq!(given["verdict"], "not-recommended");
}

#[test]
fn a_run_longer_than_the_distance_cap_is_refused_naming_its_flags() {
    wrun([
        "recommend",
        "-w",
        "150",
        "-t",
        "vest",
        "--speed",
        "30km/h",
        "--duration",
        "24h",
        "--hr",
        "225",
        "--resting-hr",
        "40",
    ])
    .run()
    .usage_error(&["--speed 30km/h", "--duration 24h", "720 km", "250 km"]);
}

#[test]
fn the_text_shows_the_runs_energy_and_heart_rate_in_whole_numbers_that_add_up() {
    let run = wrun([
        "recommend",
        "-w",
        "70kg",
        "-t",
        "vest",
        "--speed",
        "10kph",
        "--duration",
        "30m",
        "--hr",
        "150",
    ])
    .run();
    let text = run.ok();
    assert!(
        text.contains(
            "Energy      387 kcal unweighted: a 30:00 run, 5 km at 10 km/h (6.21 mph) on"
        ),
        "{text}"
    );
    // +17.5 rounds to +18: 387 + 18 = 405, though 404.25 alone would round to 404.
    assert!(
        text.contains("With weight +18–35 kcal, 405–422 kcal in all [vest-calories]"),
        "{text}"
    );
    assert!(
        text.contains("Heart rate  150 bpm usually, 155–159 bpm with the weight (+5–9 bpm,"),
        "{text}"
    );
}

#[test]
fn a_run_given_by_pace_is_shown_by_pace_in_its_own_unit() {
    let run = wrun([
        "recommend",
        "-w",
        "150",
        "-t",
        "vest",
        "--pace",
        "9:30/mi",
        "--distance",
        "5mi",
    ])
    .run();
    assert!(
        run.ok()
            .contains("a 47:30 run, 5 mi at 9:30/mi (5:54/km) on the"),
        "{}",
        run.stdout
    );
    let answer = json(&[
        "-w",
        "150",
        "-t",
        "vest",
        "--pace",
        "9:30/mi",
        "--distance",
        "5mi",
    ]);
    assert!(close(f(&answer, "/energy/pace_s_per_mile"), 570.0));
    assert!(close(f(&answer, "/energy/pace_s_per_km"), 354.18));
    // The "min" of a pace per kilometre is no mile.
    for pace in ["5:30 min/km", "5.5 min/km"] {
        let run = wrun([
            "recommend",
            "-w",
            "70kg",
            "-t",
            "vest",
            "--pace",
            pace,
            "--duration",
            "30m",
        ])
        .run();
        assert!(
            run.ok()
                .contains("a 30:00 run, 5.45 km at 5:30/km (8:51/mi) on"),
            "{pace}: {}",
            run.stdout
        );
    }
}

#[test]
fn a_distance_and_a_duration_give_the_speed_and_must_agree_with_a_pace() {
    // A half marathon in two hours: 13.1 mi / 120 min = 9:09.6/mi.
    let answer = json(&[
        "-w",
        "150",
        "-t",
        "vest",
        "--distance",
        "13.1mi",
        "--duration",
        "2h",
    ]);
    assert!(close(f(&answer, "/energy/pace_s_per_mile"), 549.62));
    assert!(close(f(&answer, "/energy/duration_min"), 120.0));
    // Within 1 %: accepted.
    let close_enough = json(&[
        "-w",
        "150",
        "-t",
        "vest",
        "--distance",
        "13.1mi",
        "--duration",
        "2h",
        "--pace",
        "9:12/mi",
    ]);
    assert!(close(f(&close_enough, "/energy/pace_s_per_mile"), 552.0));
    wrun([
        "recommend",
        "-w",
        "150",
        "-t",
        "vest",
        "--distance",
        "13.1mi",
        "--duration",
        "2h",
        "--pace",
        "9:30/mi",
    ])
    .run()
    .usage_error(&["--pace 9:30/mi disagrees", "9:10/mi", "1 %"]);
}

#[test]
fn compare_sets_the_hill_beside_the_flat() {
    // 70 kg, 10 km/h, 30 min at 5 %: 46.8815 × 70 / 1000 × 5 × 30 = 492.26
    // kcal against 386.75 on the flat: +105.51 kcal, +27.28 % (text: 492 − 387).
    let run = wrun([
        "compare",
        "-w",
        "70kg",
        "--speed",
        "10kph",
        "--duration",
        "30m",
        "--grade",
        "5",
    ])
    .run();
    assert!(
        run.ok()
            .contains("  5 % grade: +105 kcal, +27 % beside the flat"),
        "{}",
        run.stdout
    );
    let json = wrun([
        "compare",
        "-w",
        "70kg",
        "--speed",
        "10kph",
        "--duration",
        "30m",
        "--grade",
        "5",
        "--json",
    ])
    .run()
    .json();
    assert!(close(f(&json, "/hill/flat_kcal"), 386.75));
    assert!(close(f(&json, "/hill/extra_kcal"), 105.51));
    assert!(close(f(&json, "/hill/extra_percent"), 27.28));
}

#[test]
fn a_vest_walk_at_minus_0_1_percent_costs_about_what_the_flat_does() {
    // 70 kg, 4.8 km/h, an hour, 5–10 % vest. Santee's correction, applied
    // whole, made −0.1 % cost 3.3 % more than the flat; blended in, the
    // cost at −0.1 % lies just below the flat one.
    let at = |grade: &str| {
        let answer = vest_70kg(&[
            "--speed",
            "4.8km/h",
            "--duration",
            "60m",
            &format!("--grade={grade}%"),
        ]);
        f(&answer, "/energy/baseline_kcal")
    };
    let (down, flat, up) = (at("-0.1"), at("0"), at("0.1"));
    assert!(down <= flat && flat <= up, "{down} {flat} {up}");
    assert!((flat - down) / flat < 0.01, "{down} against {flat}");
}

#[test]
fn a_2_kg_hand_weight_on_a_6_kmh_walk_is_costed_by_the_walking_studies() {
    // Graves et al. 1988, 1.36 kg pumped: +13.6 bpm, +14 %; a normal swing
    // (1989): no rise. 2 kg scales that by 2 / 1.36: up to +20 bpm, +20.59 %.
    let answer = json(&[
        "-w",
        "70kg",
        "-t",
        "hand",
        "--load",
        "2kg",
        "--speed",
        "6km/h",
        "--duration",
        "60m",
    ]);
    assert_eq!(answer["energy"]["equation"], "pandolf-walking");
    assert_eq!(answer["heart_rate_delta_bpm"]["basis"], "study");
    assert_eq!(
        answer["heart_rate_delta_bpm"]["source"],
        "walk-hand-weights"
    );
    assert!(close(f(&answer, "/heart_rate_delta_bpm/max"), 20.0));
    assert!(close(f(&answer, "/calorie_delta_percent/max"), 20.59));
    assert!(close(f(&answer, "/calorie_delta_percent/min"), 0.0));
    assert!(ids(&answer["warnings"]).contains(&"load-beyond-figures"));
    // 2 kg is above the article's 3 lb (1.36 kg) per hand: danger.
    assert_eq!(answer["verdict"], "not-recommended");
}

#[test]
fn with_a_run_described_the_calorie_headline_is_the_runs_own() {
    // A 14 kg vest on 70 kg (20 %) at 10 km/h: the net 33.33 mL/kg/min
    // grows by 20 %, 6.67 of the gross 36.83: +18.1 %, not the article's
    // vest range.
    let answer = json(&[
        "-w",
        "70kg",
        "-t",
        "vest",
        "--load",
        "14kg",
        "--speed",
        "10km/h",
        "--duration",
        "30m",
    ]);
    assert!(close(f(&answer, "/calorie_delta_percent/min"), 18.1));
    assert_eq!(answer["calorie_delta_percent"]["basis"], "model");
    // An ankle load is judged too, and its run costed with it.
    let ankle = json(&[
        "-w",
        "70kg",
        "-t",
        "ankle",
        "--load",
        "1kg",
        "--speed",
        "10km/h",
        "--duration",
        "30m",
    ]);
    assert_eq!(ankle["warnings"][0]["id"], "ankle-load");
    assert_eq!(ankle["warnings"][0]["severity"], "danger");
    assert!(ankle["energy"]["loaded_kcal"]["max"].as_f64().unwrap() > 0.0);
}

#[test]
fn numbers_durations_and_paces_are_read_as_runners_and_europeans_write_them() {
    // 72,5 kg at 10,5 km/h for 1,5 h is 72.5 kg at 10.5 km/h for 90 minutes.
    let comma = json(&[
        "-w",
        "72,5kg",
        "-t",
        "vest",
        "--speed",
        "10,5km/h",
        "--duration",
        "1,5h",
    ]);
    assert!(close(f(&comma, "/input/body_weight_kg"), 72.5));
    assert!(close(f(&comma, "/input/speed_m_per_min"), 175.0));
    assert!(close(f(&comma, "/input/duration_min"), 90.0));
    // A track distance in metres groups its thousands with a comma: 5,000m
    // is 5 km (a decimal comma would make it 5 m, which no one runs).
    let track = json(&[
        "-w",
        "70kg",
        "-t",
        "vest",
        "--pace",
        "5:00/km",
        "--distance",
        "5,000m",
    ]);
    assert!(close(f(&track, "/input/distance_km"), 5.0));
    assert!(close(f(&track, "/energy/duration_min"), 25.0));
    for duration in ["1h30", "1h30m", "1:30:00", "90min", "1.5h"] {
        let answer = json(&[
            "-w",
            "70kg",
            "-t",
            "vest",
            "--speed",
            "10kph",
            "--duration",
            duration,
        ]);
        assert!(close(f(&answer, "/input/duration_min"), 90.0), "{duration}");
    }
    // 5:30 per km: 1000 / 5.5 = 181.82 m/min, however it is written.
    for pace in [
        "5:30/km",
        "5:30 min/km",
        "5.5 min/km",
        "5'30\"/km",
        "5:30 per km",
        "5.5 minutes per kilometre",
    ] {
        let answer = json(&[
            "-w",
            "70kg",
            "-t",
            "vest",
            "--pace",
            pace,
            "--duration",
            "30m",
        ]);
        assert!(
            close(f(&answer, "/input/speed_m_per_min"), 181.82),
            "{pace}"
        );
    }
    // A treadmill's 0.5 is half a percent, with a note in case 50 % was meant.
    let treadmill = json(&[
        "-w",
        "70kg",
        "-t",
        "vest",
        "--speed",
        "10kph",
        "--duration",
        "30m",
        "--grade",
        "0.5",
    ]);
    assert!(close(f(&treadmill, "/input/grade_percent"), 0.5));
    assert!(
        treadmill["energy"]["notes"]
            .to_string()
            .contains("nearly flat; for 50 % write 50")
    );
}

#[test]
fn a_bare_clock_duration_is_settled_by_the_pace_and_distance_or_refused_with_both_readings() {
    // 15 km at 6:00/km takes 90 minutes: 1:30 is an hour and a half.
    let settled = json(&[
        "-w",
        "70kg",
        "-t",
        "vest",
        "--pace",
        "6:00/km",
        "--distance",
        "15km",
        "--duration",
        "1:30",
    ]);
    assert!(close(f(&settled, "/input/duration_min"), 90.0));
    // 250 m at 6:00/km takes 1:30 minutes.
    let short = json(&[
        "-w",
        "70kg",
        "-t",
        "vest",
        "--pace",
        "6:00/km",
        "--distance",
        "250m",
        "--duration",
        "1:30",
    ]);
    assert!(close(f(&short, "/input/duration_min"), 1.5));
    wrun([
        "recommend",
        "-w",
        "70kg",
        "-t",
        "vest",
        "--speed",
        "10kph",
        "--duration",
        "1:30",
    ])
    .run()
    .usage_error(&["--duration 1:30", "1 min 30 s", "1 h 30 min", "1h30"]);
}

#[test]
fn a_speed_is_shown_in_the_unit_it_was_typed_in_with_the_other_beside_it() {
    let text = |args: &[&str]| {
        let mut all = vec!["recommend", "-w", "70kg", "-t", "vest", "--duration", "30m"];
        all.extend_from_slice(args);
        wrun(all).run().ok().to_owned()
    };
    // 6.5 mph is 6.5 × 1.609344 = 10.46 km/h.
    let mph = text(&["--speed", "6.5mph"]);
    assert!(mph.contains("at 6.5 mph (10.46 km/h)"), "{mph}");
    let per_mile = text(&["--speed", "6 mi/h"]);
    assert!(per_mile.contains("at 6 mph (9.66 km/h)"), "{per_mile}");
    // 5:30/km is 8:51/mi (5.5 × 1.609344 = 8.85 minutes).
    let pace = text(&["--pace", "5:30/km"]);
    assert!(pace.contains("at 5:30/km (8:51/mi)"), "{pace}");
}

#[test]
fn a_pace_without_its_distance_is_read_in_the_runners_unit_and_said() {
    // 9:30 for a runner in pounds is 9:30/mi: 1609.344 / 9.5 = 169.40 m/min.
    let miles = json(&[
        "-w",
        "150",
        "-t",
        "vest",
        "--pace",
        "9:30",
        "--duration",
        "45m",
    ]);
    assert!(close(f(&miles, "/input/speed_m_per_min"), 169.40));
    let note =
        by_id(&miles["warnings"], "pace-unit-assumed").expect("a note says how the pace was read");
    assert!(note["message"].as_str().unwrap().contains("9:30/mi"));
    // 5:30 for a runner in kilograms is 5:30/km: 1000 / 5.5 = 181.82 m/min.
    let km = json(&[
        "-w",
        "70kg",
        "-t",
        "vest",
        "--pace",
        "5:30",
        "--duration",
        "30m",
    ]);
    assert!(close(f(&km, "/input/speed_m_per_min"), 181.82));
    // A pace that names its distance needs no note.
    let named = json(&[
        "-w",
        "70kg",
        "-t",
        "vest",
        "--pace",
        "5:30/km",
        "--duration",
        "30m",
    ]);
    assert!(!ids(&named["warnings"]).contains(&"pace-unit-assumed"));
    // Nor does one that names it in words, and it is read as it says: 9
    // minutes per mile is 1609.344 / 9 = 178.82 m/min, in either unit.
    for weight in ["150", "70kg"] {
        let in_words = json(&[
            "-w",
            weight,
            "-t",
            "vest",
            "--pace",
            "9 minutes per mile",
            "--duration",
            "30m",
        ]);
        assert!(close(f(&in_words, "/input/speed_m_per_min"), 178.82));
        assert!(!ids(&in_words["warnings"]).contains(&"pace-unit-assumed"));
    }
}
