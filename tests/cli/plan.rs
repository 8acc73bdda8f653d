//! `wrun plan`: a safe ramp-up, week by week.

use serde_json::Value;

use crate::support::{close, f, ids, text_at, wrun};

fn plan_json(args: &[&str]) -> Value {
    let mut all = vec!["plan", "--json"];
    all.extend_from_slice(args);
    wrun(all).run().json()
}

fn loads_lb(plan: &Value) -> Vec<f64> {
    plan["weeks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|week| week["load_lb"].as_f64().unwrap())
        .collect()
}

#[test]
fn a_150_lb_runner_ramps_a_vest_from_7_5_lb_by_1_5_lb_a_week_holding_every_third() {
    // 5 % of 150 = 7.5 lb; +1 % = 1.5 lb per rising week; weeks 3 and 6 hold.
    let plan = plan_json(&["-w", "150", "-t", "vest"]);
    assert_eq!(plan["schema_version"], 1);
    assert_eq!(plan["verdict"], "recommended");
    assert_eq!(plan["per"], "vest");
    assert_eq!(loads_lb(&plan), [7.5, 9.0, 9.0, 10.5, 12.0, 12.0]);
    let week2 = &plan["weeks"][1];
    assert_eq!(week2["week"], 2);
    assert_eq!(week2["change"], "rise");
    assert_eq!(week2["sessions"], 1, "a week that adds load adds no run");
    assert_eq!(plan["weeks"][2]["sessions"], 2);
    assert_eq!(week2["verdict"], "recommended");
    assert_eq!(week2["focus"], "flat");
    assert!(close(f(week2, "/load_kg"), 4.08));
    assert_eq!(plan["weeks"][2]["focus"], "hills-and-stairs");
    assert_eq!(plan["input"]["weeks"], 6);
    assert_eq!(
        plan["sources"],
        serde_json::json!(["plan-ramp", "plan-sessions", "plan-adapt", "plan-focus"])
    );
}

#[test]
fn a_long_plan_never_passes_the_top_of_the_range() {
    let plan = plan_json(&[
        "-w",
        "200",
        "-t",
        "vest",
        "--weeks",
        "26",
        "-l",
        "experienced",
    ]);
    let loads = loads_lb(&plan);
    assert_eq!(loads.len(), 26);
    assert!(loads.iter().all(|&load| load <= 20.0 + 1e-9), "{loads:?}");
    assert!(close(loads[25], 20.0));
    assert_eq!(plan["weeks"][25]["change"], "top");
}

#[test]
fn loads_snap_to_the_increment_in_kilograms() {
    // 68 kg: 3.4–6.8 kg, start 3.4 → 4 kg with 1 kg steps; +0.68 kg a rising week.
    let plan = plan_json(&[
        "-w",
        "68kg",
        "-t",
        "vest",
        "--increment",
        "1kg",
        "--weeks",
        "8",
    ]);
    let kilos: Vec<f64> = plan["weeks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["load_kg"].as_f64().unwrap())
        .collect();
    // Earned: 4.68, hold, 5.36, 6.04, hold, 6.72 (→6), 6.8 (→6).
    assert_eq!(kilos, [4.0, 4.0, 4.0, 5.0, 6.0, 6.0, 6.0, 6.0]);
}

#[test]
fn ankle_weights_get_no_plan_but_a_clear_answer() {
    let plan = plan_json(&["-w", "150", "-t", "ankle"]);
    assert_eq!(plan["verdict"], "not-recommended");
    assert_eq!(plan["weeks"], serde_json::json!([]));
    assert_eq!(plan["per"], Value::Null);
    assert!(plan["notes"][1].as_str().unwrap().contains("vest"));

    let text = wrun(["plan", "-w", "150", "-t", "ankle"]).run();
    assert!(text.ok().contains("Ankle weights get no plan"));
}

#[test]
fn the_text_plan_is_a_table_of_weeks() {
    let run = wrun(["plan", "-w", "150", "-t", "hand", "--weeks", "4"]).run();
    let text = run.ok();
    assert!(
        text.contains("Week  Load                        Change  Runs  Focus\n"),
        "{text}"
    );
    assert!(
        text.contains("2     1.5 lb (0.68 kg) each hand  rise    1     easy-runs\n"),
        "{text}"
    );
    assert!(text.lines().all(|line| line.chars().count() <= 80));
}

#[test]
fn weeks_outside_2_to_26_are_refused() {
    for weeks in ["1", "27", "0", "-3", "six", "6.5", "", "30w", "8 days"] {
        wrun(["plan", "-w", "150", "-t", "vest", "--weeks", weeks])
            .run()
            .usage_error(&["--weeks", &format!("'{weeks}'")]);
    }
}

#[test]
fn a_plans_length_may_say_it_is_in_weeks() {
    for weeks in ["8w", "8 weeks", "8 wks"] {
        let plan = wrun([
            "plan", "-w", "150", "-t", "vest", "--json", "--weeks", weeks,
        ])
        .run()
        .json();
        assert_eq!(plan["input"]["weeks"], 8, "{weeks}");
        assert_eq!(plan["weeks"].as_array().unwrap().len(), 8, "{weeks}");
    }
}

#[test]
fn a_heavy_beginner_with_sore_knees_holds_the_start_load_on_the_flat_with_every_warning() {
    let args = [
        "plan",
        "-w",
        "220",
        "-t",
        "vest",
        "-l",
        "beginner",
        "--condition",
        "overweight,knee-pain",
        "--weeks",
        "8",
    ];
    let mut json_args = args.to_vec();
    json_args.push("--json");
    let plan = wrun(json_args).run().json();
    let weeks = plan["weeks"].as_array().unwrap();
    assert_eq!(weeks.len(), 8);
    for week in weeks {
        assert!(
            close(f(week, "/load_lb"), 11.0),
            "5 % of 220 lb, never the full 22 lb"
        );
        assert_eq!(week["focus"], "flat");
        assert_eq!(week["sessions"], 1);
    }
    let ids = ids(&plan["warnings"]);
    let recommend = wrun([
        "recommend",
        "--json",
        "-w",
        "220",
        "-t",
        "vest",
        "-l",
        "beginner",
        "--condition",
        "overweight,knee-pain",
    ])
    .run()
    .json();
    for warning in recommend["warnings"].as_array().unwrap() {
        assert!(ids.contains(&warning["id"].as_str().unwrap()), "{warning}");
    }
    for own in ["condition-hold", "knee-flat"] {
        assert!(ids.contains(&own), "{ids:?}");
    }
    let text = wrun(args).run();
    assert!(
        text.ok()
            .contains("\nWarnings\n  CAUTION  A vest puts your joints and core under extra strain")
    );
    assert!(!text.stdout.contains("hills-and-stairs"));
}

#[test]
fn an_ankle_plan_prints_no_empty_rules_line() {
    let run = wrun(["plan", "-w", "150", "-t", "ankle"]).run();
    assert!(!run.ok().contains("Rules applied"), "{}", run.stdout);
}

#[test]
fn brief_keeps_the_weeks_and_every_finding_that_set_the_verdict() {
    // Monday and Tuesday leave no full day of rest between runs: a caution.
    let args = [
        "plan",
        "-w",
        "70kg",
        "-t",
        "vest",
        "--weeks",
        "4",
        "--days",
        "mon,tue",
        "--start",
        "2026-12-07",
    ];
    let brief = wrun(args.iter().copied().chain(["--brief"])).run();
    assert_eq!(
        brief.ok(),
        "4-week plan, weighted vest: CAUTION

Week          Load              Change  Runs  Focus
1 Mon 7 Dec   3.5 kg (7.72 lb)  start   1     flat
2 Mon 14 Dec  4 kg (8.82 lb)    rise    1     flat
3 Mon 21 Dec  4 kg (8.82 lb)    hold    2     hills-and-stairs
4 Mon 28 Dec  4.5 kg (9.92 lb)  rise    2     flat

Week 1 starts Mon 7 Dec 2026; runs fall on Mon, Tue (a week of 1 run: Mon);
--format ics writes them to a calendar.
CAUTION [consecutive-days]
  Some of the days you chose leave less than a full day of rest between weighted
  runs, which you need: spread them out.
"
    );
    // The full plan's table, word for word.
    let full = wrun(args).run();
    assert!(full.ok().contains(
        "1 Mon 7 Dec   3.5 kg (7.72 lb)  start   1     flat\n2 Mon 14 Dec  4 kg (8.82 lb)"
    ));
    // No weeks: why not, and the danger that set the verdict.
    let ankle = wrun(["plan", "-w", "150", "-t", "ankle", "--brief"]).run();
    let text = ankle.ok();
    assert!(
        text.starts_with("6-week plan, ankle weights: NOT-RECOMMENDED\nAnkle weights get no plan"),
        "{text}"
    );
    assert!(text.contains("\nDANGER [ankle-injury-risk]\n"), "{text}");
    wrun([
        "plan", "-w", "150", "-t", "vest", "--brief", "--format", "csv",
    ])
    .run()
    .usage_error(&["--brief", "--format"]);
}

#[test]
fn loads_are_in_both_units_while_the_table_fits_them_and_in_the_runners_alone_past_that() {
    let text = |columns| text_at(&["plan", "-w", "150", "-t", "vest"], columns);
    // The week column 6 wide ("Week" and two), the widest load "10.5 lb
    // (4.76 kg)" 17, then two, 8, 6 and "hills-and-stairs" 16: 55 columns.
    let row = "3     9 lb (4.08 kg)     hold    2     hills-and-stairs";
    assert_eq!(row.chars().count(), 55);
    let both = text("55");
    assert!(both.lines().any(|line| line == row), "{both}");
    let one = text("54");
    let row = "3     9 lb     hold    2     hills-and-stairs";
    assert!(one.lines().any(|line| line == row), "{one}");
    // With "10.5 lb" the widest, the table needs 45 columns; at 44 a week
    // takes a line of its own.
    assert_eq!(row.chars().count(), 45);
    let table = text("45");
    assert!(table.lines().any(|line| line == row), "{table}");
    let lines = text("44");
    assert!(!lines.contains("Change  Runs"), "{lines}");
    assert!(
        lines.contains("\n3: 9 lb, hold, 2 runs, hills-and-stairs\n"),
        "{lines}"
    );
}
