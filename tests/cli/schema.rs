//! `wrun schema`: every command's real output validates against its schema.

use serde_json::Value;

use crate::support::wrun;

fn validator(command: &str) -> jsonschema::Validator {
    let schema = wrun(["schema", command]).run();
    let schema: Value = serde_json::from_str(schema.ok()).expect("the schema is JSON");
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    jsonschema::validator_for(&schema).expect("a valid schema")
}

fn assert_valid(validator: &jsonschema::Validator, document: &Value) {
    let errors: Vec<String> = validator
        .iter_errors(document)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}\n{document}");
}

#[test]
fn recommend_output_matches_its_schema() {
    let validator = validator("recommend");
    for args in [
        &["-w", "150", "-t", "vest"][..],
        &[
            "-w",
            "68kg",
            "-t",
            "hand",
            "--increment",
            "5",
            "--hr",
            "140",
        ],
        &[
            "-w",
            "150",
            "-t",
            "ankle",
            "--pace",
            "9:30/mi",
            "--distance",
            "5km",
            "--grade",
            "-3%",
        ],
        &[
            "-w",
            "150",
            "-t",
            "vest",
            "--speed",
            "10kph",
            "--duration",
            "30m",
            "--hr",
            "150",
        ],
        &[
            "-w",
            "150",
            "-t",
            "vest",
            "--load",
            "20lb",
            "--pace",
            "5:30/km",
            "--duration",
            "30m",
            "--hr",
            "150",
            "--max-hr",
            "160",
        ],
        &[
            "-w",
            "70kg",
            "-t",
            "vest",
            "--speed",
            "5kph",
            "--duration",
            "1h",
            "--terrain",
            "sand",
            "--grade",
            "-5%",
        ],
    ] {
        let mut all = vec!["recommend", "--json"];
        all.extend_from_slice(args);
        assert_valid(&validator, &wrun(all).run().json());
    }
    // The schema is not vacuous: a document missing its verdict fails.
    let mut broken = wrun(["recommend", "--json", "-w", "150", "-t", "vest"])
        .run()
        .json();
    broken.as_object_mut().unwrap().remove("verdict");
    assert!(!validator.is_valid(&broken));
}

#[test]
fn compare_plan_and_sources_output_match_their_schemas() {
    let compare = validator("compare");
    assert_valid(
        &compare,
        &wrun([
            "compare",
            "--json",
            "-w",
            "150",
            "--speed",
            "10kph",
            "--duration",
            "20m",
        ])
        .run()
        .json(),
    );
    // No best fit (null), a load judged per kind, capacity and a height.
    let none = wrun([
        "compare",
        "--json",
        "-w",
        "70kg",
        "--load",
        "28kg",
        "--condition",
        "back-pain",
        "--height",
        "1.8m",
        "--speed",
        "12kph",
        "--duration",
        "30m",
        "--age",
        "40",
        "--resting-hr",
        "60",
    ])
    .run()
    .json();
    assert_eq!(none["best"], Value::Null);
    assert_valid(&compare, &none);
    let plan = validator("plan");
    assert_valid(
        &plan,
        &wrun(["plan", "--json", "-w", "150", "-t", "vest"])
            .run()
            .json(),
    );
    for extra in [
        &["-t", "hand", "-l", "beginner", "--increment", "3lb"][..],
        &["-t", "vest", "-l", "experienced", "--days", "mon,tue,thu"],
    ] {
        let mut args = vec!["plan", "--json", "-w", "150"];
        args.extend_from_slice(extra);
        assert_valid(&plan, &wrun(args).run().json());
    }
    assert_valid(
        &plan,
        &wrun([
            "plan",
            "--json",
            "-w",
            "150",
            "-t",
            "vest",
            "--increment",
            "5",
            "--condition",
            "knee-pain",
        ])
        .run()
        .json(),
    );
    assert_valid(
        &plan,
        &wrun(["plan", "--json", "-w", "150", "-t", "ankle"])
            .run()
            .json(),
    );
    let sources = validator("sources");
    assert_valid(&sources, &wrun(["sources", "--json"]).run().json());
}

#[test]
fn batch_lines_match_the_batch_schema_answers_and_errors_alike() {
    let validator = validator("batch");
    let input = "{\"id\": 1, \"name\": \"Anna\", \"weight\": 150, \"type\": \"vest\"}\n{\"weight\": \"x\", \"id\": \"b\"}\n";
    for command in ["recommend", "compare", "plan"] {
        let run = wrun(["batch", "--command", command]).stdin(input).run();
        assert_eq!(run.stdout.lines().count(), 2);
        for line in run.stdout.lines() {
            assert_valid(&validator, &serde_json::from_str(line).unwrap());
        }
    }
    assert!(!validator.is_valid(&serde_json::json!({"line": 1})));
}

#[test]
fn an_unknown_schema_name_is_refused() {
    wrun(["schema", "weather"]).run().usage_error(&[
        "'weather'",
        "recommend, compare, plan, route, batch, sources",
    ]);
}

#[test]
fn the_lean_notes_form_leaves_fixed_texts_to_sources_and_still_validates() {
    let advice: std::collections::HashMap<String, String> =
        wrun(["sources", "--json"]).run().json()["advice"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| {
                (
                    a["id"].as_str().unwrap().to_owned(),
                    a["message"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
    let args = [
        "recommend",
        "-w",
        "150",
        "-t",
        "vest",
        "--load",
        "40lb",
        "--json",
    ];
    let full = wrun(args).run().json();
    let mut lean_args = args.to_vec();
    lean_args.extend(["--notes", "ids"]);
    let lean = wrun(lean_args).run().json();
    assert_valid(&validator("recommend"), &lean);
    for (full_note, lean_note) in full["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .chain(full["tips"].as_array().unwrap())
        .zip(
            lean["warnings"]
                .as_array()
                .unwrap()
                .iter()
                .chain(lean["tips"].as_array().unwrap()),
        )
    {
        assert_eq!(full_note["id"], lean_note["id"]);
        match lean_note.get("message") {
            // A text that names the runner's own figures stays.
            Some(message) => assert_eq!(message, &full_note["message"]),
            // A fixed one is in sources, word for word.
            None => assert_eq!(
                advice[full_note["id"].as_str().unwrap()],
                full_note["message"].as_str().unwrap()
            ),
        }
    }
    assert!(
        lean["warnings"][0].get("message").is_some(),
        "the load's own warning keeps its text"
    );
    for command in [
        &["compare", "-w", "150"][..],
        &["plan", "-w", "150", "-t", "vest"],
    ] {
        let mut args = command.to_vec();
        args.extend(["--json", "--notes", "ids"]);
        assert_valid(&validator(command[0]), &wrun(args).run().json());
    }
}

#[test]
fn a_lean_note_is_its_id_and_values_and_the_sources_template_makes_its_text_again() {
    let templates: std::collections::HashMap<String, String> =
        wrun(["sources", "--json"]).run().json()["notes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|note| {
                (
                    note["id"].as_str().unwrap().to_owned(),
                    note["template"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
    let text_of = |note: &Value| {
        let mut text = templates[note["id"].as_str().unwrap()].clone();
        if let Some(values) = note["values"].as_object() {
            for (slot, value) in values {
                text = text.replace(&format!("{{{slot}}}"), value.as_str().unwrap());
            }
        }
        text
    };
    // A walk by speed, an age's maximum heart rate, a plan's weeks and an
    // ankle plan's notes: every kind of note there is.
    let runs: [&[&str]; 3] = [
        &[
            "recommend",
            "-w",
            "150",
            "-t",
            "vest",
            "--speed",
            "4kph",
            "--duration",
            "30m",
            "--grade",
            "0.05",
            "--hr",
            "120",
            "--age",
            "50",
        ],
        &[
            "plan",
            "-w",
            "150",
            "-t",
            "vest",
            "--condition",
            "knee-pain",
        ],
        &["plan", "-w", "150", "-t", "ankle"],
    ];
    let mut seen = 0;
    for args in runs {
        let mut full_args = args.to_vec();
        full_args.push("--json");
        let full = wrun(full_args.clone()).run().json();
        full_args.extend(["--notes", "ids"]);
        let lean = wrun(full_args).run().json();
        assert_valid(&validator(args[0]), &lean);
        let pointers = ["/energy/notes", "/heart_rate/notes", "/notes"]
            .into_iter()
            .map(str::to_owned)
            .chain((0..8).map(|week| format!("/weeks/{week}/notes")));
        for pointer in pointers {
            let (Some(full), Some(lean)) = (full.pointer(&pointer), lean.pointer(&pointer)) else {
                continue;
            };
            let (full, lean) = (full.as_array().unwrap(), lean.as_array().unwrap());
            assert_eq!(full.len(), lean.len(), "{pointer}");
            for (text, note) in full.iter().zip(lean) {
                assert!(note.is_object(), "{pointer}: {note}");
                assert_eq!(text.as_str().unwrap(), text_of(note), "{pointer}");
                seen += 1;
            }
        }
    }
    assert!(seen >= 10, "{seen} notes compared");
}

#[test]
fn route_output_matches_its_schema() {
    let validator = validator("route");
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/route/");
    for args in [
        vec!["garmin-activity.gpx", "-w", "70kg", "--load", "7kg"],
        vec![
            "strava_route_example.gpx",
            "-w",
            "150",
            "--pace",
            "9:00/mi",
            "--hr",
            "150",
        ],
        vec![
            "20210119_run_garmin_fenix6.tcx",
            "-w",
            "70kg",
            "-t",
            "hand",
            "--without-load",
        ],
        vec!["Activity.fit", "-w", "70kg", "--notes", "ids"],
    ] {
        let file = format!("{data}{}", args[0]);
        let mut all = vec!["route", file.as_str(), "--json"];
        all.extend_from_slice(&args[1..]);
        assert_valid(&validator, &wrun(all).run().json());
    }
}
