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
    // A record's own unit is echoed as its source (`"unit_source": "record"`).
    let input = "{\"id\": 1, \"name\": \"Anna\", \"weight\": 68, \"unit\": \"kg\", \"type\": \"vest\"}\n\
                 {\"weight\": \"x\", \"id\": \"b\"}\n\
                 {\"weight\": 150, \"type\": \"vest\", \"days\": \"mon,thu\", \"start\": \"2026-12-07\"}\n";
    // The last is a dated plan, and carries its calendar past the others.
    for command in ["recommend", "compare", "plan"] {
        let run = wrun(["batch", "--command", command]).stdin(input).run();
        assert_eq!(run.stdout.lines().count(), 3);
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

/// The texts and templates `wrun sources --json` lists, by id: fixed
/// warnings and tips, their templates, the notes' templates and the
/// reasons'.
fn listed() -> [std::collections::HashMap<String, String>; 4] {
    let sources = wrun(["sources", "--json"]).run().json();
    ["advice", "templates", "notes", "reasons"].map(|list| {
        let text = if list == "advice" {
            "message"
        } else {
            "template"
        };
        sources[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|entry| {
                (
                    entry["id"].as_str().unwrap().to_owned(),
                    entry[text].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    })
}

/// `template` with each `{slot}` filled from `values`.
fn fill(template: &str, values: Option<&Value>) -> String {
    let mut text = template.to_owned();
    for (slot, value) in values.and_then(Value::as_object).into_iter().flatten() {
        text = text.replace(&format!("{{{slot}}}"), value.as_str().unwrap());
    }
    text
}

/// The texts of `answer`'s warnings, tips, notes and reasons, in document
/// order, and those written by id.
fn collect(answer: &Value, texts: &mut Vec<String>, by_id: &mut Vec<Value>) {
    match answer {
        Value::Object(members) => {
            for (key, value) in members {
                match (key.as_str(), value) {
                    ("best_reason", Value::String(text)) => texts.push(text.clone()),
                    ("reason", Value::Object(reason)) if reason.contains_key("message") => {
                        texts.push(reason["message"].as_str().unwrap().to_owned());
                    }
                    ("reason" | "best_reason", Value::Object(_)) => by_id.push(value.clone()),
                    ("warnings" | "tips" | "notes", Value::Array(items)) => {
                        for item in items {
                            match item {
                                Value::String(text) => texts.push(text.clone()),
                                Value::Object(note) => match note.get("message") {
                                    Some(Value::String(text)) => texts.push(text.clone()),
                                    _ => by_id.push(item.clone()),
                                },
                                _ => {}
                            }
                        }
                    }
                    _ => collect(value, texts, by_id),
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                collect(item, texts, by_id);
            }
        }
        _ => {}
    }
}

#[test]
fn the_lean_form_writes_no_prose_and_sources_make_every_text_again() {
    let [advice, templates, notes, reasons] = listed();
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/route/");
    // Warnings with figures (a load far above the range, a run beyond the
    // assumed ceiling even without it, a condition, a bare weight read as
    // pounds; a start the steps put above the suggested one; in the
    // comparison, hand weights beyond the ceiling), a walk
    // by speed, an age's maximum heart rate, a run beyond the ceiling its
    // usual heart rate shows, a plan's weeks, an ankle plan
    // (with and without a condition, which words its vest tip otherwise), a
    // comparison, a recorded course and a file of two tracks joined.
    let words = |line: &str| line.split_whitespace().map(String::from).collect();
    let mut runs: Vec<Vec<String>> = [
        "recommend -w 70 -t vest --condition knee-pain -l beginner --speed 12kph --duration 60m \
         --load 20kg",
        "recommend -w 150 -t vest --speed 4kph --duration 30m --grade 0.05 --hr 120 --age 50",
        "recommend -w 150 -t vest --speed 13kph --duration 40m --hr 160",
        "recommend -w 100 -t vest --increment 10",
        "plan -w 150 -t vest --condition knee-pain",
        "plan -w 150 -t ankle",
        "plan -w 150 -t ankle --condition back-pain",
        "compare -w 68kg --pace 5:30/km --duration 45m",
    ]
    .map(words)
    .into();
    for (file, rest) in [
        ("garmin-activity.gpx", "-w 70kg --hr 150"),
        ("caltopo-export.gpx", "-w 70kg --pace 6:00/km"),
    ] {
        // The path as one argument, whatever folder the clone is in.
        let mut args = vec!["route".to_owned(), format!("{data}{file}")];
        args.extend(words(rest));
        runs.push(args);
    }
    let mut compared = 0;
    for args in runs {
        let mut full_args = args.clone();
        full_args.push("--json".to_owned());
        let full = wrun(full_args.clone()).run().json();
        full_args.extend(["--notes".to_owned(), "ids".to_owned()]);
        let lean = wrun(full_args).run().json();
        assert_valid(&validator(&args[0]), &lean);
        let (mut full_texts, mut unused) = (Vec::new(), Vec::new());
        collect(&full, &mut full_texts, &mut unused);
        let (mut lean_texts, mut by_id) = (Vec::new(), Vec::new());
        collect(&lean, &mut lean_texts, &mut by_id);
        assert!(
            lean_texts.is_empty(),
            "prose in the lean form: {lean_texts:?}"
        );
        assert_eq!(full_texts.len(), by_id.len(), "{args:?}");
        for (text, note) in full_texts.iter().zip(&by_id) {
            let values = note.get("values");
            let made = match (note.get("id"), note.get("template")) {
                // A reason: its own wording, or the one a warning lent it.
                (None, Some(template)) => {
                    let template = template.as_str().unwrap();
                    let listed = [&reasons, &templates, &advice];
                    let found = listed.iter().find_map(|list| list.get(template));
                    fill(found.expect(template), values)
                }
                (_, Some(template)) => fill(&templates[template.as_str().unwrap()], values),
                // A warning or tip has a source; a note on a figure has none.
                (Some(id), None) if note.get("source").is_some() => {
                    advice[id.as_str().unwrap()].clone()
                }
                (Some(id), None) => fill(&notes[id.as_str().unwrap()], values),
                (None, None) => panic!("neither text nor id: {note}"),
            };
            assert_eq!(&made, text, "{args:?}");
            compared += 1;
        }
    }
    assert!(compared >= 70, "{compared} texts compared");
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
