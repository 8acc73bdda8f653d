//! `wrun compare`: the three kinds side by side.

use crate::support::{Run, text_at, wrun};

#[test]
fn each_option_is_exactly_what_recommend_answers_for_that_type() {
    let flags = [
        "-w",
        "68kg",
        "-l",
        "experienced",
        "--increment",
        "1kg",
        "--pace",
        "5:30/km",
        "--duration",
        "40m",
    ];
    let mut compare = vec!["compare", "--json"];
    compare.extend_from_slice(&flags);
    let comparison = wrun(compare).run().json();
    assert_eq!(comparison["schema_version"], 1);
    let options = comparison["options"].as_array().unwrap();
    for (option, weight_type) in options.iter().zip(["vest", "hand-wrist", "ankle"]) {
        let mut recommend = vec!["recommend", "--json", "-t", weight_type];
        recommend.extend_from_slice(&flags);
        assert_eq!(option, &wrun(recommend).run().json(), "{weight_type}");
    }
    assert_eq!(options.len(), 3);
    assert!(comparison["input"].get("weight_type").is_none());
    assert_eq!(comparison["input"]["level"], "experienced");
}

#[test]
fn the_vest_is_the_best_fit_unless_another_kind_earns_a_better_verdict() {
    let best = |extra: &[&str]| {
        let mut args = vec!["compare", "--json", "-w", "150"];
        args.extend_from_slice(extra);
        wrun(args).run().json()["best"].clone()
    };
    assert_eq!(best(&[]), "vest");
    assert_eq!(best(&["-l", "beginner"]), "vest");
    assert_eq!(best(&["--condition", "knee-pain"]), "hand-wrist");
    // The article warns hand weights make runners slump.
    assert_eq!(best(&["--condition", "back-pain"]), "vest");
    // 28 kg on 150 lb is 41 %: a danger, so never the best fit.
    assert_eq!(best(&["--load", "28kg"]), "hand-wrist");
    // Nothing acceptable: no best fit at all.
    assert_eq!(
        best(&["--load", "28kg", "--condition", "back-pain"]),
        serde_json::Value::Null
    );
}

#[test]
fn the_table_fits_80_columns_and_names_the_best_fit() {
    let run = wrun([
        "compare",
        "-w",
        "150",
        "--condition",
        "knee-pain",
        "--speed",
        "10kph",
        "--duration",
        "45m",
    ])
    .run();
    let text = run.ok();
    assert!(
        text.lines().all(|line| line.chars().count() <= 80),
        "{text}"
    );
    assert!(
        text.contains("Type        Verdict          Load         Start   Heart rate  Calories\n")
    );
    assert!(
        // The run's own: 5–10 % of the net 33.33 of 36.83 mL/kg/min.
        text.contains("vest        caution          7.5–15 lb    7.5 lb  —           +4.5–9 %\n")
    );
    assert!(
        text.contains("ankle       not-recommended  —            —       +3–5 bpm    +5–10 %\n")
    );
    assert!(text.contains("\nBest fit: hand-wrist."), "{text}");
    assert!(text.contains("  ankle       DANGER   Ankle weights strain"));
}

#[test]
fn one_load_has_one_figure_not_a_range_from_a_number_to_itself() {
    let run = wrun(["compare", "-w", "150", "--load", "5lb"]).run();
    // 5 lb a hand is past the article's 3 lb, held at its top figures.
    assert!(
        run.ok()
            .contains("hand-wrist  not-recommended  1–3 lb each  1 lb    +10 bpm     +15 %\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn the_kinds_a_load_is_judged_as_are_named_whichever_they_are() {
    // 12 lb is a vest's for a 150 lb runner; 2 lb, under 2.5 % of 150 lb,
    // a hand's and an ankle's only; 12 lb for a 600 lb runner suits
    // neither (over 10 lb, under 2.5 %), so it is judged as every kind.
    for (weight, load, kinds) in [
        ("150", "12lb", "vest; the other kinds without it."),
        (
            "150",
            "2lb",
            "hand-wrist, ankle; the other kinds without it.",
        ),
        ("600", "12lb", "vest, hand-wrist, ankle."),
    ] {
        let run = wrun(["compare", "-w", weight, "--load", load]).run();
        let line = format!(
            "Your load of {} lb is judged as: {kinds} [load-suits]",
            load.trim_end_matches("lb")
        );
        // The line wraps where it passes 80 columns.
        let text = run.ok().split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains(&line), "{line}\n{}", run.stdout);
    }
    // A load said to be for each hand or ankle is judged for those kinds
    // only, whatever its size: 12 lb each is no vest. The line says each.
    for (load, kinds) in [
        (
            "12lb each",
            "hand-wrist, ankle; the other kinds without it.",
        ),
        (
            "2lb in each hand",
            "hand-wrist; the other kinds without it.",
        ),
        ("2lb per ankle", "ankle; the other kinds without it."),
    ] {
        let run = wrun(["compare", "-w", "600", "--load", load]).run();
        let text = run.ok().split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            text.contains(&format!(" lb each is judged as: {kinds}")),
            "{load}: {text}"
        );
    }
    // JSON echoes the load and names its kinds, a vest's or not.
    let json = wrun(["compare", "-w", "150", "--load", "2lb", "--json"])
        .run()
        .json();
    assert_eq!(json["input"]["load_lb"], 2.0);
    assert_eq!(
        json["load_applies_to"]["kinds"],
        serde_json::json!(["hand-wrist", "ankle"])
    );
    assert_eq!(
        json["options"][0]["input"]["load_lb"],
        serde_json::Value::Null
    );
}

#[test]
fn a_pace_without_a_length_says_what_would_cost_the_run() {
    let run = wrun(["compare", "-w", "150", "--pace", "9:30/mi"]).run();
    assert!(
        run.ok()
            .contains("\n\nExtra energy: add --duration or --distance to cost the run\n\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_walk_is_compared_for_a_walker_and_without_a_length_says_what_would_cost_it() {
    let run = wrun([
        "compare", "-w", "150", "--gait", "walk", "--pace", "15:00/km",
    ])
    .run();
    assert!(
        run.ok()
            .starts_with("Weights compared for a 150 lb (68.04 kg) walker, intermediate\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("\n\nExtra energy: add --duration or --distance to cost the walk\n\n"),
        "{}",
        run.stdout
    );
    // With its pace, the walk in a vest has a calorie figure: no word that
    // it needs one.
    assert!(run.stdout.contains("  +5–10 %\n"), "{}", run.stdout);
    assert!(
        !run.stdout.contains("costs a walk with a vest by its speed"),
        "{}",
        run.stdout
    );
}

/// `wrun compare` as text for a 70 kg runner on the run `run` describes.
fn compare_70kg(run: &[&str]) -> Run {
    wrun(["compare", "-w", "70kg"].iter().chain(run)).run()
}

#[test]
fn the_energy_says_once_how_it_was_worked_out_and_where_a_model_is_stretched() {
    // A walk at 9 km/h is past the speeds Pandolf's equation was built on:
    // recommend says so, and compare says it once for the three kinds.
    let run = compare_70kg(&["--speed", "9km/h", "--duration", "1h", "--gait", "walk"]);
    let note = "  - Pandolf's equation was built on walking speeds; at 9 km/h, above 7.2 km/h,\n    \
                the estimate is rough.\n";
    assert!(
        run.ok()
            .contains(&format!("  ankle       +59 kcal\n{note}\n")),
        "{}",
        run.stdout
    );
    assert_eq!(run.stdout.matches("Pandolf's").count(), 1, "{}", run.stdout);
    // Downhill on sand: the running model's ratio, and the ground it cannot
    // cost, each said.
    let run = compare_70kg(&[
        "--speed",
        "10km/h",
        "--duration",
        "1h",
        "--grade",
        "-8%",
        "--terrain",
        "sand",
    ]);
    for said in [
        "  - Terrain is not modelled for running: loose sand is costed as a paved road.\n",
        "  - Downhill, the net flat cost is scaled by Minetti's ratio for -8 %: 0.65 ×\n",
    ] {
        assert!(run.ok().contains(said), "{said}\n{}", run.stdout);
    }
    // A run in the model's range has nothing to say.
    let run = compare_70kg(&["--speed", "10km/h", "--duration", "1h"]);
    assert!(
        run.ok()
            .contains("  ankle       +39–77 kcal\n\nMost severe risk\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_heart_rate_held_at_the_runners_maximum_is_said_under_the_table() {
    // At 185 bpm usually, a maximum of 190 holds the vest's and the hand
    // weights' rise: the table's +5 bpm for hand weights (the article's
    // +5–10) is explained, once.
    let pace = ["--pace", "5:00/km", "--duration", "30m", "--max-hr", "190"];
    let run = compare_70kg(&[&pace[..], &["--hr", "185"]].concat());
    let cap = "  - Capped at your maximum heart rate, 190 bpm: the model would go beyond it, so\n    \
               slow down rather than push on.\n\nExtra energy";
    assert!(
        run.ok().contains(&format!("+3–5 bpm    +5–10 %\n\n{cap}")),
        "{}",
        run.stdout
    );
    assert_eq!(run.stdout.matches("Capped").count(), 1, "{}", run.stdout);
    // Held nowhere, nothing is said.
    let run = compare_70kg(&[&pace[..], &["--hr", "150"]].concat());
    assert!(
        run.ok().contains("+3–5 bpm    +5–10 %\n\nExtra energy"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_vest_without_a_heart_rate_figure_says_why_and_what_gives_one() {
    // The article gives hand and ankle weights a rise in bpm but a vest
    // none: its dash is explained once, with the flag that gives a figure,
    // and that flag then fills the cell.
    let run = compare_70kg(&[]);
    let why = "  - Weighted vest, heart rate: the article gives none; --hr BPM, your usual\n    \
               heart rate on this run, gives a model estimate.\n";
    assert!(
        run.ok().contains(&format!("+3–5 bpm    +5–10 %\n\n{why}")),
        "{}",
        run.stdout
    );
    let run = compare_70kg(&["--hr", "150"]);
    assert!(
        !run.ok().contains("the article gives none"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("  +5–9 bpm  "), "{}", run.stdout);
    // A walk's heart rate without its speed says what it needs instead,
    // not that --hr, already given, would help.
    let run = compare_70kg(&["--gait", "walk", "--hr", "120"]);
    assert!(
        !run.ok().contains("the article gives none"),
        "{}",
        run.stdout
    );
    let needs = "  - The vest's heart-rate model for a walk needs its speed";
    assert!(run.stdout.contains(needs), "{}", run.stdout);
}

#[test]
fn compare_refuses_the_bad_input_recommend_refuses() {
    wrun(["compare", "-w", "10kg"])
        .run()
        .usage_error(&["--weight", "'10kg'"]);
    wrun(["compare", "-w", "150", "--duration", "30m"])
        .run()
        .usage_error(&["'--duration' needs --pace, --speed or --distance"]);
    wrun(["compare", "-w", "150", "-t", "vest"])
        .run()
        .usage_error(&["'-t'"]);
    wrun(["compare"]).run().usage_error(&["--weight"]);
}

#[test]
fn the_table_is_kept_at_exactly_its_width_and_one_column_less_gives_a_block_a_kind() {
    let text = |columns| text_at(&["compare", "-w", "150"], columns);
    // Six columns of 10, 15, 11, 6, 10 and 8 characters ("hand-wrist",
    // "not-recommended", "1–3 lb each", "7.5 lb", "Heart rate",
    // "Calories") and five gaps of two: 70.
    let fits = text("70");
    let header = "Type        Verdict          Load         Start   Heart rate  Calories";
    assert_eq!(header.chars().count(), 70);
    assert!(fits.lines().any(|line| line == header), "{fits}");
    let blocks = text("69");
    assert!(!blocks.contains("Heart rate  Calories"), "{blocks}");
    // One blank line before each kind's block, and only one.
    for kind in [
        "vest  recommended",
        "hand-wrist  caution",
        "ankle  not-recommended",
    ] {
        assert!(
            blocks.contains(&format!("\n\n{kind}\n")),
            "{kind}:\n{blocks}"
        );
    }
    assert!(!blocks.contains("\n\n\n"), "{blocks}");
}

#[test]
fn on_a_narrow_line_each_risk_goes_under_its_kind_not_into_a_sliver_beside_it() {
    let risks = |columns| {
        let text = text_at(&["compare", "-w", "150"], columns);
        let risks = text.split("Most severe risk\n").nth(1).unwrap().to_owned();
        risks.split("\n\n").next().unwrap().to_owned()
    };
    // Beside its kind, the message has 32 columns of 55.
    assert!(
        risks("55").starts_with(
            "  vest        INFO     A vest puts your joints and core\n\
             \x20                      under extra strain. [vest-risks]\n"
        ),
        "{}",
        risks("55")
    );
    // One column less, it goes under its kind, as wide as the line.
    assert!(
        risks("54").starts_with(
            "  vest        INFO\n    A vest puts your joints and core under extra\n    strain. [vest-risks]\n"
        ),
        "{}",
        risks("54")
    );
    crate::support::assert_fits(&["compare", "-w", "150"], &["40", "54", "55"]);
}

#[test]
fn what_wrun_read_into_the_input_is_said_once_under_the_table_as_brief_says_it() {
    // A bare weight read in pounds, and extra body weight a height
    // implies: the full answer says both, as the brief one does.
    let bare = text_at(&["compare", "-w", "70"], "80");
    assert!(
        bare.contains(
            "ankle       not-recommended  —            —       +3–5 bpm    +5–10 %\n\n  - 70 read as \
             70 lb = 31.75 kg; write 70kg for kilograms. [unit-assumed]\n"
        ),
        "{bare}"
    );
    assert_eq!(bare.matches("read as").count(), 1, "{bare}");
    let heavy = text_at(&["compare", "-w", "95kg", "--height", "1.70m"], "80");
    assert!(
        heavy.contains(
            "  - Counted as overweight: your body-mass index is 32.9, at or above 30, where\n    \
             the article's warning about vests for people already overweight applies.\n    \
             [bmi-overweight]\n"
        ),
        "{heavy}"
    );
    assert_eq!(heavy.matches("Counted as overweight").count(), 1, "{heavy}");
    // Nothing read into it, nothing said.
    let plain = text_at(&["compare", "-w", "150lb"], "80");
    assert!(
        !plain.contains("read as") && !plain.contains("Counted as"),
        "{plain}"
    );
}

#[test]
fn a_caution_every_kind_carries_is_said_where_a_kind_shows_another_as_its_most_severe() {
    // Knee pain on a descent: every kind carries the descent's caution,
    // and each kind's most severe risk is another. A professional's
    // go-ahead, which ankle weights (no load at all) do not carry, is no
    // caution for every kind.
    let args = [
        "compare",
        "-w",
        "150",
        "--condition",
        "knee",
        "--pace",
        "9:00/mi",
        "--duration",
        "30m",
        "--grade",
        "-5",
    ];
    let text = text_at(&args, "80");
    assert!(
        text.contains(
            "\nEvery kind also carries\n  CAUTION  Downhill loads the knee eccentrically: with knee pain, keep to the\n           \
             flat or walk the descents. [minetti-grade]\n\nBest fit: hand-wrist."
        ),
        "{text}"
    );
    assert_eq!(text.matches("Downhill loads the knee").count(), 1);
    // A caution each kind words its own way (its load) is given in the
    // words of each kind whose row shows another: a run beyond what can be
    // held with any of them, which the vest's row shows.
    let beyond = text_at(
        &[
            "compare",
            "-w",
            "150",
            "--pace",
            "9:30/mi",
            "--duration",
            "45m",
        ],
        "80",
    );
    let block = beyond
        .split("\nEvery kind also carries\n")
        .nth(1)
        .expect("a block");
    let rows: Vec<&str> = block
        .lines()
        .filter(|line| line.starts_with("  ") && !line.starts_with("   "))
        .collect();
    assert_eq!(
        rows,
        [
            "  hand-wrist  CAUTION  This run asks about 43 mL/kg/min of oxygen with 3 lb in",
            "  ankle       CAUTION  This run asks about 41.1 mL/kg/min of oxygen with ankle",
        ],
        "{beyond}"
    );
    // A runner with nothing every kind shares beyond information gets no
    // such block; nor is a caution shown as a kind's most severe risk
    // said again (a young runner's, in the vest's row).
    assert!(!text_at(&["compare", "-w", "150"], "80").contains("Every kind also"));
    let young = text_at(&["compare", "-w", "150", "--age", "15"], "80");
    assert_eq!(young.matches("At 15 you are younger").count(), 1, "{young}");
}
