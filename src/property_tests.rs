//! Properties of what the binary writes, checked on thousands of generated
//! cases: every answer's JSON, the lean form, batch's bytes and records,
//! and wrapped text.
//! The core's own properties are in `crates/wrun-core/tests/properties.rs`;
//! both draw requests and runs from `wrun_core::strategies`.

use proptest::prelude::*;

pub(crate) use crate::guidance::strategies::config;
use crate::guidance::strategies::{described, request, workout};
use crate::guidance::{Mass, WeightType, recommend};
use crate::render::json::{RecommendationJson, Written};

/// The template a lean warning, tip or reason names: a warning's or tip's
/// own message, one of its other wordings, or a reason's.
fn template_text(id: &str) -> Option<&'static str> {
    use crate::guidance::advice::{REASONS_BY_ID, TIPS, VARIANTS, WARNINGS};
    let own = WARNINGS
        .iter()
        .chain(TIPS)
        .map(|advice| (advice.id, advice.message));
    let variants = VARIANTS
        .iter()
        .map(|&(variant, _, template)| (variant, template));
    own.chain(variants)
        .chain(REASONS_BY_ID.iter().copied())
        .find(|(named, _)| *named == id)
        .map(|(_, template)| template)
}

/// `lean`'s template filled with its values, each of which fills a slot.
fn filled(lean: &serde_json::Value) -> String {
    let template = lean["template"].as_str().unwrap();
    let mut made = template_text(template).unwrap().to_owned();
    for (slot, value) in lean
        .get("values")
        .and_then(|v| v.as_object())
        .into_iter()
        .flatten()
    {
        let slot = format!("{{{slot}}}");
        assert!(made.contains(&slot), "{template} has no slot {slot}");
        made = made.replace(&slot, value.as_str().unwrap());
    }
    made
}

const KG_PER_LB: f64 = 0.453_592_37;

fn numbers(value: &serde_json::Value, found: &mut Vec<f64>) {
    match value {
        serde_json::Value::Number(n) => found.push(n.as_f64().unwrap_or(f64::NAN)),
        serde_json::Value::Array(items) => items.iter().for_each(|v| numbers(v, found)),
        serde_json::Value::Object(map) => map.values().for_each(|v| numbers(v, found)),
        _ => {}
    }
}

proptest! {
    #![proptest_config(config(2000))]

    #[test]
    fn every_answer_is_finite_ordered_and_agrees_in_both_units(request in described()) {
        let answer = recommend(&request).expect("in range");
        let json = serde_json::to_value(RecommendationJson::new(&answer, Written::default())).unwrap();
        let mut found = Vec::new();
        numbers(&json, &mut found);
        prop_assert!(found.iter().all(|n| n.is_finite()));
        prop_assert!(found.iter().all(|n| ((n * 100.0).round() - n * 100.0).abs() < 1e-6));
        if let Some(load) = answer.load {
            prop_assert!(load.min <= load.max);
            if let Some(start) = load.start {
                // A beginner's vest may start below the range, never above 5 %.
                if request.level == crate::guidance::Level::Beginner && load.per == crate::guidance::LoadPer::Vest {
                    prop_assert!(start.kg() <= request.body_weight.kg() * 0.05 * (1.0 + 1e-9));
                } else {
                    prop_assert!(load.min.kg() <= start.kg() * (1.0 + 1e-9));
                }
                prop_assert!(start.kg() <= load.max.kg() * (1.0 + 1e-9));
            }
            let pairs = [("min_lb", "min_kg"), ("max_lb", "max_kg"), ("start_lb", "start_kg")];
            for (lb, kg) in pairs {
                if let (Some(lb), Some(kg)) = (json["load"][lb].as_f64(), json["load"][kg].as_f64()) {
                    prop_assert!((lb * KG_PER_LB - kg).abs() <= 0.01, "{lb} lb vs {kg} kg");
                }
            }
        }
    }

    #[test]
    fn the_lean_form_drops_only_texts_the_advice_tables_give_back_by_id(
        request in described(),
    ) {
        let answer = recommend(&request).expect("in range");
        let full = serde_json::to_value(RecommendationJson::new(&answer, Written::default())).unwrap();
        let lean = serde_json::to_value(
            RecommendationJson::new(&answer, Written { notes: crate::render::json::NotesForm::Ids, ..Written::default() }),
        )
        .unwrap();
        prop_assert_eq!(&lean["verdict"], &full["verdict"]);
        prop_assert_eq!(&lean["verdict_because"], &full["verdict_because"]);
        // The reason, by its template, makes the same sentence.
        prop_assert!(lean["reason"].get("message").is_none(), "{}", lean["reason"]);
        prop_assert_eq!(&lean["reason"]["source"], &full["reason"]["source"]);
        prop_assert_eq!(filled(&lean["reason"]), full["reason"]["message"].as_str().unwrap());
        for list in ["warnings", "tips"] {
            let (full, lean) = (full[list].as_array().unwrap(), lean[list].as_array().unwrap());
            prop_assert_eq!(full.len(), lean.len());
            for (full, lean) in full.iter().zip(lean) {
                for key in ["id", "severity", "source"] {
                    prop_assert_eq!(&lean[key], &full[key]);
                }
                let id = full["id"].as_str().unwrap();
                let text = full["message"].as_str().unwrap();
                prop_assert!(lean.get("message").is_none(), "{}", lean);
                if lean.get("template").is_some() {
                    // A text with figures: its template, filled.
                    prop_assert_eq!(filled(lean), text);
                } else {
                    prop_assert_eq!(crate::guidance::advice::fixed_message(id), Some(text));
                }
            }
        }
    }

    #[test]
    fn every_answer_to_a_described_run_is_finite_and_never_costs_less_with_weight(
        request in request(),
        workout in workout(),
        rates in (30.0..=229.0_f64, 0.0..1.0_f64, prop::option::of(0.0..=1.0_f64)),
        load in prop::option::of(0.01..=50.0_f64),
    ) {
        use crate::guidance::{MAX_HEART_RATE_BPM as MAX, RESTING_HEART_RATE_BPM as RESTING};
        let (usual, resting_share, max_share) = rates;
        // A resting rate under the run's, and a maximum at least the run's,
        // each in the range wrun accepts for it.
        let usual = usual + 1.0;
        let resting = RESTING.min + resting_share * (usual.min(RESTING.max) - RESTING.min);
        let lowest_max = usual.max(MAX.min);
        let mut request = request;
        request.workout = workout;
        request.heart = Some(crate::guidance::HeartRates {
            usual,
            resting,
            max: max_share.map(|share| lowest_max + share * (MAX.max - lowest_max)),
        });
        if request.weight_type == WeightType::Vest {
            request.chosen_load = load.map(Mass::from_kg);
        }
        let answer = recommend(&request).expect("in range");
        let json = serde_json::to_value(RecommendationJson::new(&answer, Written::default())).unwrap();
        let mut found = Vec::new();
        numbers(&json, &mut found);
        prop_assert!(found.iter().all(|n| n.is_finite()), "{json}");
        same_bytes_as_serde_json(&RecommendationJson::new(&answer, Written::default()))?;
        if let Some(energy) = &answer.energy {
            prop_assert!(energy.baseline_kcal > 0.0);
            prop_assert!(energy.loaded_kcal.min >= energy.baseline_kcal * (1.0 - 1e-9));
            prop_assert!(energy.loaded_kcal.min <= energy.loaded_kcal.max);
        }
        if let Some(loaded) = answer.heart_rate.and_then(|heart| heart.loaded_bpm) {
            let ceiling = request.heart.and_then(|h| h.max).unwrap_or(230.0).min(230.0);
            prop_assert!(loaded.min >= usual - 1e-9, "{loaded:?} below {usual}");
            prop_assert!(loaded.min <= loaded.max && loaded.max <= ceiling + 1e-9);
        }
    }

    #[test]
    fn batch_writes_every_answer_as_serde_json_would(
        request in described(),
        weeks in 2..=26_u32,
    ) {
        same_bytes_as_serde_json(&RecommendationJson::new(&recommend(&request).expect("in range"), Written::default()))?;
        let comparison = crate::guidance::compare(&request).expect("in range");
        same_bytes_as_serde_json(&crate::render::json::ComparisonJson::new(&comparison, Written::default()))?;
        let plan = crate::guidance::plan(&request, weeks).expect("in range");
        same_bytes_as_serde_json(&crate::render::json::PlanJson::new(&plan, None, Written::default()))?;
    }

    #[test]
    fn a_batch_record_never_panics(line in "\\{(\"[a-z_]{1,8}\": ?(\"[a-z0-9.:/% ]{0,8}\"|[0-9.e+-]{1,6}|null|true|\\[\\]), ?){0,5}\\}") {
        use crate::commands::batch::{json, record};
        if let Ok(json) = serde_json::from_str::<json::JsonRecord<'_>>(&line) {
            let parts = json::split_json(crate::cli::BatchCommand::Recommend, json);
            let outcome = parts.problem.map_or_else(
                || record::answer(crate::cli::BatchCommand::Recommend, record::Defaults::in_unit(crate::guidance::Unit::Lb, crate::cli::UnitSource::Default), parts.fields),
                Err,
            );
            if let Err(message) = outcome {
                prop_assert!(!message.is_empty());
                prop_assert!(!message.contains('\n'));
            }
        }
    }

    #[test]
    fn wrapped_text_keeps_its_words_its_width_and_each_unit_by_its_number(
        words in prop::collection::vec(
            prop_oneof!["[a-z]{1,12}", "-?[0-9]{1,4}", "%", "kg\\),", "mL/kg/min"],
            0..30,
        ),
        width in 1..40_usize,
    ) {
        let units = ["%", "kg),", "mL/kg/min"];
        let lines = crate::render::text::wrap(&words.join(" "), width);
        let joined = lines.join(" ");
        prop_assert_eq!(joined.split_whitespace().collect::<Vec<_>>(), words.iter().map(String::as_str).collect::<Vec<_>>());
        for line in &lines {
            // Only a word wider than the line stands past its end.
            prop_assert!(line.chars().count() <= width || !line.contains(' '), "{:?} at {}", line, width);
        }
        for pair in lines.windows(2) {
            let number = pair[0].rsplit(' ').next().unwrap_or_default();
            let unit = pair[1].split(' ').next().unwrap_or_default();
            let parted = number.ends_with(|c: char| c.is_ascii_digit()) && units.contains(&unit);
            prop_assert!(!parted || number.chars().count() + 1 + unit.chars().count() > width, "{:?} at {}", pair, width);
        }
    }

    #[test]
    fn help_text_binds_each_number_to_its_unit_and_changes_nothing_else(
        words in prop::collection::vec(
            prop_oneof!["[a-z]{1,8}", "[0-9.]{1,4}", "km/h", "kg\\),", "hours;", "\\[env:", "[A-Z_]{1,6}\\]"],
            0..30,
        ),
    ) {
        let text = words.join(" ");
        let bound = crate::render::text::bind_pairs(&text);
        let bound = bound.as_deref().unwrap_or(&text);
        prop_assert_eq!(bound.replace('\u{a0}', " "), text.clone());
        for pair in bound.split(' ').collect::<Vec<_>>().windows(2) {
            let number = pair[0].ends_with(|c: char| c.is_ascii_digit());
            let parted = number && ["km/h", "kg),", "hours;"].contains(&pair[1]);
            prop_assert!(!parted && !pair[0].ends_with("[env:"), "{:?} in {:?}", pair, bound);
        }
    }
}

/// The batch writer's bytes for `value` are `serde_json`'s, the fixed texts
/// encoded ahead as batch has them.
fn same_bytes_as_serde_json<T: serde::Serialize>(value: &T) -> Result<(), TestCaseError> {
    crate::render::json::encode_fixed_texts();
    let mut written = Vec::new();
    crate::render::json::line::write(&mut written, value);
    let expected = serde_json::to_vec(value).unwrap();
    prop_assert_eq!(String::from_utf8(written), String::from_utf8(expected));
    Ok(())
}
