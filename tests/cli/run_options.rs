//! Run options: energy by the ACSM equations and heart rate, checked against
//! values worked by hand.

use serde_json::Value;

use crate::support::{close, f, wrun};

fn json(args: &[&str]) -> Value {
    let mut all = vec!["recommend", "--json"];
    all.extend_from_slice(args);
    wrun(all).run().json()
}

#[test]
fn seventy_kg_at_10_km_per_h_for_30_minutes_burns_386_8_kcal_unweighted() {
    // v = 10000 / 60 = 166.67 m/min; VO2 = 0.2 v + 3.5 = 36.83 mL/kg/min;
    // 36.83 × 70 / 1000 × 5 = 12.89 kcal/min; × 30 = 386.75 kcal.
    let answer = json(&[
        "-w",
        "70kg",
        "-t",
        "vest",
        "--speed",
        "10km/h",
        "--duration",
        "30m",
    ]);
    let energy = &answer["energy"];
    assert_eq!(energy["equation"], "acsm-running");
    assert!(close(f(energy, "/speed_m_per_min"), 166.67));
    assert!(close(f(energy, "/vo2_ml_per_kg_min"), 36.83));
    assert!(close(f(energy, "/baseline_kcal"), 386.75));
    assert!(close(f(energy, "/duration_min"), 30.0));
    assert!(close(f(energy, "/distance_km"), 5.0));
    // A vest of 3.5–7 kg: 73.5 and 77 kg carried at the same cost per kg.
    assert!(close(f(energy, "/loaded_kcal/min"), 406.09));
    assert!(close(f(energy, "/loaded_kcal/max"), 425.43));
    assert!(close(f(energy, "/extra_kcal/min"), 19.34));
    assert!(close(f(energy, "/extra_kcal/max"), 38.68));
    assert_eq!(energy["loaded_source"], "vest-calories");
    assert!(close(f(&answer, "/input/speed_m_per_min"), 166.67));
    assert!(close(f(&answer, "/input/duration_min"), 30.0));
    assert_eq!(answer["input"]["distance_km"], Value::Null);
}

#[test]
fn a_pace_a_speed_a_distance_and_a_duration_that_agree_give_the_same_energy() {
    let by_speed = json(&[
        "-w",
        "70kg",
        "-t",
        "vest",
        "--speed",
        "10kph",
        "--duration",
        "30m",
    ]);
    let by_pace = json(&[
        "-w",
        "70kg",
        "-t",
        "vest",
        "--pace",
        "6:00/km",
        "--distance",
        "5km",
    ]);
    let by_clock = json(&[
        "-w",
        "70kg",
        "-t",
        "vest",
        "--pace",
        "6/km",
        "--duration",
        "0:30:00",
    ]);
    assert_eq!(by_speed["energy"], by_pace["energy"]);
    assert_eq!(by_speed["energy"], by_clock["energy"]);
}

#[test]
fn an_uphill_grade_raises_the_cost_and_downhill_is_treated_as_flat_with_a_note() {
    // 10 km/h at 5 %: VO2 = 33.33 + 0.9 × 166.67 × 0.05 + 3.5 = 44.33.
    let up = json(&[
        "-w",
        "70kg",
        "-t",
        "vest",
        "--speed",
        "10kph",
        "--duration",
        "30m",
        "--grade",
        "5%",
    ]);
    assert!(close(f(&up, "/energy/vo2_ml_per_kg_min"), 44.33));
    assert!(close(f(&up, "/energy/grade_percent"), 5.0));

    let down = json(&[
        "-w",
        "70kg",
        "-t",
        "vest",
        "--speed",
        "10kph",
        "--duration",
        "30m",
        "--grade",
        "-5%",
    ]);
    assert!(close(f(&down, "/energy/vo2_ml_per_kg_min"), 36.83));
    assert!(close(f(&down, "/energy/grade_percent"), -5.0));
    let notes = down["energy"]["notes"].as_array().unwrap();
    assert!(notes[0].as_str().unwrap().contains("downhill"));
}

#[test]
fn below_80_metres_a_minute_the_walking_equation_is_used_and_said() {
    // 4.2 km/h = 70 m/min: VO2 = 0.1 × 70 + 3.5 = 10.5; × 70 kg × 60 min / 1000 × 5 = 220.5.
    let walk = json(&[
        "-w",
        "70kg",
        "-t",
        "vest",
        "--speed",
        "4.2kph",
        "--duration",
        "1h",
    ]);
    assert_eq!(walk["energy"]["equation"], "acsm-walking");
    assert!(close(f(&walk, "/energy/baseline_kcal"), 220.5));
    assert!(
        walk["energy"]["notes"][0]
            .as_str()
            .unwrap()
            .contains("walking equation")
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
    assert!(close(f(&answer, "/input/hr_bpm"), 140.0));
}

#[test]
fn a_vests_heart_rate_follows_oxygen_reserve_when_the_speed_is_known() {
    // VO2 36.83, reserve 33.33; (150 − 60) / 33.33 = 2.7 bpm per mL/kg/min;
    // 5 % vest: +1.84 mL → +4.97 bpm; 10 %: +9.95 bpm.
    let answer = json(&[
        "-w", "70kg", "-t", "vest", "--speed", "10kph", "--hr", "150",
    ]);
    assert!(close(f(&answer, "/heart_rate/loaded_bpm/min"), 154.97));
    assert!(close(f(&answer, "/heart_rate/loaded_bpm/max"), 159.95));
    assert_eq!(answer["heart_rate"]["basis"], "model");
    assert!(close(f(&answer, "/heart_rate_delta_bpm/min"), 4.97));
    assert!(close(f(&answer, "/heart_rate_delta_bpm/max"), 9.95));
    assert_eq!(answer["heart_rate_delta_bpm"]["basis"], "model");
    assert_eq!(answer["heart_rate_delta_bpm"]["source"], "vest-heart-rate");

    // A higher resting rate leaves less reserve: (150 − 70) / 33.33 × 1.84 = 4.42.
    let rested = json(&[
        "-w",
        "70kg",
        "-t",
        "vest",
        "--speed",
        "10kph",
        "--hr",
        "150",
        "--resting-hr",
        "70",
    ]);
    assert!(close(f(&rested, "/heart_rate_delta_bpm/min"), 4.42));
}

#[test]
fn a_vests_heart_rate_without_a_speed_is_left_open_and_says_why() {
    let answer = json(&["-w", "150", "-t", "vest", "--hr", "150"]);
    assert_eq!(answer["heart_rate"]["loaded_bpm"], Value::Null);
    assert!(
        answer["heart_rate"]["notes"][0]
            .as_str()
            .unwrap()
            .contains("--pace")
    );
    assert_eq!(answer["heart_rate_delta_bpm"], Value::Null);
}

#[test]
fn the_text_shows_the_runs_energy_and_heart_rate() {
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
        text.contains("Energy      387 kcal unweighted: 30 min, 5 km at 10 km/h on the flat"),
        "{text}"
    );
    assert!(
        text.contains("With weight +19–39 kcal, 406–425 kcal in all [vest-calories]"),
        "{text}"
    );
    assert!(
        text.contains("Heart rate  150 bpm usually, 154.97–159.95 bpm with the weight"),
        "{text}"
    );
}
