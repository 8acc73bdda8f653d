//! `wrun sources`: every rule listed is used, every rule used is listed.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::support::{ids, wrun};

/// Every rule id an output names: `source` and `*_source` fields, the
/// energy equation and a plan's `sources`.
fn cited(value: &Value, found: &mut BTreeSet<String>) {
    match value {
        Value::Object(fields) => {
            for (key, item) in fields {
                match (key.as_str(), item) {
                    (key, Value::String(id))
                        if key == "equation"
                            || (key.ends_with("source") && key != "unit_source") =>
                    {
                        found.insert(id.clone());
                    }
                    ("sources", Value::Array(ids)) => {
                        found.extend(ids.iter().filter_map(Value::as_str).map(str::to_owned));
                    }
                    _ => cited(item, found),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| cited(item, found)),
        _ => {}
    }
}

#[test]
fn every_rule_cited_anywhere_is_listed_and_every_listed_rule_is_cited() {
    let sources = wrun(["sources", "--json"]).run().json();
    let listed: BTreeSet<String> = ids(&sources["sources"])
        .into_iter()
        .map(str::to_owned)
        .collect();

    let invocations = [
        "recommend -w 150 -t vest --speed 10kph --duration 30m --hr 150",
        "recommend -w 150 -t hand -l beginner --increment 5 --hr 150",
        "recommend -w 150 -t ankle --speed 4kph --distance 2km",
        "recommend -w 150 -t hand --speed 5kph --duration 30m",
        "compare -w 150 --condition knee-pain",
        "compare -w 70kg --load 28kg",
        "plan -w 150 -t vest",
        "recommend -w 150 -t vest -l experienced",
        "recommend -w 300kg -t vest --speed 8kph --duration 30m --age 40 --resting-hr 60",
        "recommend -w 260 -t vest --load 30lb --pace 5:00/km --duration 30m --grade -5%",
        "recommend -w 150 -t vest --speed 30kph --duration 20m",
        "recommend -w 90 -t vest",
        "recommend -w 150 -t vest --speed 5kph --duration 20m --grade -5%",
        "recommend -w 30kg -t vest --speed 1.2kph --duration 6m --grade -7.3% --terrain sand",
        "recommend -w 150 -t vest --pace 5:00 --duration 30m --hr 140 --age 40",
        "recommend -w 150 -t vest --pace 10:00/mi --duration 45m --age 70",
        "recommend -w 110 -t vest --age 15",
    ];
    let mut used = BTreeSet::new();
    for line in invocations {
        let mut args: Vec<&str> = line.split_whitespace().collect();
        args.push("--json");
        cited(&wrun(args).run().json(), &mut used);
    }
    for course in crate::route::course_answers() {
        cited(&course, &mut used);
    }
    let unlisted: Vec<_> = used.difference(&listed).collect();
    let uncited: Vec<_> = listed.difference(&used).collect();
    assert!(unlisted.is_empty(), "cited but not listed: {unlisted:?}");
    assert!(uncited.is_empty(), "listed but never cited: {uncited:?}");
}

#[test]
fn every_source_has_a_kind_a_statement_and_a_citation() {
    let sources = wrun(["sources", "--json"]).run().json();
    assert_eq!(sources["schema_version"], 1);
    for source in sources["sources"].as_array().unwrap() {
        assert!(["article", "study", "tool-policy"].contains(&source["kind"].as_str().unwrap()));
        assert!(source["statement"].as_str().unwrap().len() > 20);
        assert!(!source["citation"].as_str().unwrap().is_empty());
        assert!(source["figure"].is_null() || source["figure"].is_string());
    }
}

#[test]
fn the_text_listing_names_each_rule_with_its_figure_and_source() {
    let run = wrun(["sources"]).run();
    let text = run.ok();
    assert!(text.starts_with("vest-load (article)\n"));
    assert!(text.contains("  Figure: 5–10 % of body weight\n"));
    // One blank line between rules.
    assert!(text.contains("section: Weighted Vests\n\nvest-start (tool-policy)\n"));
    assert!(text.contains("acsm-running (study)\n"));
    assert!(text.contains("plan-ramp (tool-policy)\n"));
    assert!(text.lines().all(|line| line.chars().count() <= 80));
}

/// The head line of each rule `wrun sources ARGS` shows.
fn heads(args: &[&str]) -> Vec<String> {
    let mut all = vec!["sources"];
    all.extend(args);
    wrun(all)
        .run()
        .ok()
        .lines()
        .filter(|line| !line.starts_with(' ') && !line.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn a_first_word_shows_every_rule_it_begins_and_each_rule_is_shown_once() {
    assert_eq!(
        heads(&["walk"]),
        [
            "walk-floor (tool-policy)",
            "walk-hand-weights (study)",
            "walk-ankle-weights (study)"
        ]
    );
    // An id and its first word: the rule once, where it first came.
    let vest = heads(&["VEST-START", "vest"]);
    assert_eq!(vest[0], "vest-start (tool-policy)");
    assert_eq!(vest[1], "vest-load (article)");
    assert_eq!(
        vest.iter()
            .filter(|head| head.starts_with("vest-start"))
            .count(),
        1
    );
    wrun(["sources", "ves"]).run().usage_error(&[
        "invalid value 'ves' for '[ID]...': no such rule, warning or tip; expected one of: vest-load",
    ]);
    // A slip of a letter or two is told the id it nearly is.
    wrun(["sources", "vestload"]).run().usage_error(&[
        "invalid value 'vestload' for '[ID]...': no such rule, warning or tip; did you mean 'vest-load'? \
         expected one of: vest-load",
    ]);
    wrun(["sources", "Tanaka-HR-Mx"])
        .run()
        .usage_error(&["did you mean 'tanaka-hr-max'?"]);
}

#[test]
fn a_warning_or_tip_id_shows_the_rule_it_comes_from() {
    // An answer says "Set by: beyond-capacity", a warning of rule `capacity`.
    assert_eq!(heads(&["beyond-capacity"]), ["capacity (tool-policy)"]);
    // A tip, and its rule named beside it: the rule once.
    assert_eq!(
        heads(&["Flat-First", "practical-advice"]),
        ["practical-advice (tool-policy)"]
    );
    let json = wrun(["sources", "vest-fit", "--json"]).run().json();
    assert_eq!(ids(&json["sources"]), ["vest-risks"]);
    // Another wording of a warning, as a lean answer's `template` names it.
    assert_eq!(heads(&["beyond-ceiling"]), ["capacity (tool-policy)"]);
    // An id that is neither is refused, saying what it may be.
    wrun(["sources", "no-such-thing"]).run().usage_error(&[
        "invalid value 'no-such-thing' for '[ID]...': no such rule, warning or tip; \
         expected one of: vest-load",
    ]);
    // A slip in a warning's id, a tip's or another wording's is told the id
    // it nearly is, as a slip in a rule's is.
    wrun(["sources", "beyond-capcity"])
        .run()
        .usage_error(&["did you mean 'beyond-capacity'?"]);
    wrun(["sources", "flat-frist"])
        .run()
        .usage_error(&["did you mean 'flat-first'?"]);
    wrun(["sources", "beyond-cieling"])
        .run()
        .usage_error(&["did you mean 'beyond-ceiling'?"]);
}

#[test]
fn each_template_lists_its_slots_once_in_the_order_they_first_appear() {
    let sources = wrun(["sources", "--json"]).run().json();
    let slots_of = |list: &str, id: &str| -> Vec<String> {
        let entry = sources[list]
            .as_array()
            .unwrap()
            .iter()
            .find(|entry| entry["id"] == id)
            .unwrap_or_else(|| panic!("no {id} in {list}"));
        serde_json::from_value(entry["slots"].clone()).unwrap()
    };
    // "Rest at least {days} days between weighted runs."
    assert_eq!(slots_of("notes", "rest-days"), ["days"]);
    // Every template, read by hand: each `{name}` once, first seen first.
    let mut with_slots = 0;
    for list in ["templates", "notes", "reasons"] {
        for entry in sources[list].as_array().unwrap() {
            let template = entry["template"].as_str().unwrap();
            let mut expected: Vec<&str> = Vec::new();
            for piece in template.split('{').skip(1) {
                let name = piece.split('}').next().unwrap();
                if !expected.contains(&name) {
                    expected.push(name);
                }
            }
            let id = entry["id"].as_str().unwrap();
            assert_eq!(slots_of(list, id), expected, "{template}");
            with_slots += usize::from(!expected.is_empty());
        }
    }
    assert!(with_slots > 20, "{with_slots} templates with slots");
}
