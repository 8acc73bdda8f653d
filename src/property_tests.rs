//! Properties that hold for every input, checked on thousands of generated
//! cases: the rules' invariants, and parsers that never panic.

use proptest::prelude::*;

use crate::guidance::rules::id;
use crate::guidance::{
    Condition, Distance, Duration, Energy, Equation, Gait, Length, Level, Mass, Named, Request,
    Speed, Terrain, Unit, Verdict, WeightType, Workout, recommend,
};
use crate::parse::{
    parse_distance, parse_duration, parse_grade, parse_heart_rate, parse_mass, parse_pace,
    parse_speed,
};
use crate::render::json::RecommendationJson;

const KG_PER_LB: f64 = 0.453_592_37;

/// `default_cases` cases a property unless `PROPTEST_CASES` says otherwise
/// (mutation testing runs fewer), generated from a fixed seed unless
/// `PROPTEST_RNG_SEED` gives another: `cargo test` gives the same verdict on
/// every run, and a new seed explores new cases.
pub(crate) fn config(default_cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(default_cases);
    let rng_seed = if std::env::var_os("PROPTEST_RNG_SEED").is_some() {
        ProptestConfig::default().rng_seed
    } else {
        proptest::test_runner::RngSeed::Fixed(0x77_72_75_6e)
    };
    ProptestConfig {
        cases,
        rng_seed,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn weight_type() -> impl Strategy<Value = WeightType> {
    prop::sample::select(WeightType::ALL)
}

fn level() -> impl Strategy<Value = Level> {
    prop::sample::select(Level::ALL)
}

fn unit() -> impl Strategy<Value = Unit> {
    prop::sample::select(&Unit::ALL[..])
}

fn conditions() -> impl Strategy<Value = Vec<Condition>> {
    prop::sample::subsequence(Condition::ALL, 0..=Condition::ALL.len())
}

/// Any request wrun accepts: body weight 30–300 kg, any step 0.01–50 kg.
fn request() -> impl Strategy<Value = Request> {
    (
        30.0..=300.0_f64,
        weight_type(),
        level(),
        conditions(),
        prop::option::of(0.01..=50.0_f64),
        unit(),
    )
        .prop_map(|(kg, weight_type, level, conditions, step, unit)| {
            let mut request = Request::new(Mass::from_kg(kg), weight_type);
            request.level = level;
            request.conditions = conditions;
            request.increment = step.map(Mass::from_kg);
            request.unit = unit;
            request
        })
}

/// A run wrun accepts: 20–500 m/min, −15 % to 25 %, 1 min to a day and at
/// most 250 km, any gait and terrain.
fn workout() -> impl Strategy<Value = Workout> {
    (
        20.0..=500.0_f64,
        -15.0..=25.0_f64,
        0.0..=1.0_f64,
        prop::sample::select(Gait::ALL),
        prop::sample::select(Terrain::ALL),
    )
        .prop_map(|(speed, grade, share, gait, terrain)| {
            // Keep a metre inside each end of the distance range: a run of
            // exactly 100 m computed as speed × time can land a hair under it.
            let longest = (249_999.0 / speed).min(1440.0);
            let minutes = (1.0 + share * (longest - 1.0)).max(101.0 / speed);
            Workout {
                speed: Some(Speed::from_m_per_min(speed)),
                grade_percent: grade,
                length: Some(Length::Time(Duration::from_minutes(minutes))),
                gait,
                terrain,
                shown_as: crate::guidance::SpeedUnit::KmPerHour,
            }
        })
}

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
    fn every_answer_is_finite_ordered_and_agrees_in_both_units(request in request()) {
        let answer = recommend(&request).expect("in range");
        let json = serde_json::to_value(RecommendationJson::new(&answer)).unwrap();
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
    fn a_snapped_start_is_a_whole_number_of_steps(request in request()) {
        let answer = recommend(&request).expect("in range");
        if let (Some(step), Some(start)) = (request.increment, answer.load.and_then(|l| l.start)) {
            let steps = start.kg() / step.kg();
            prop_assert!((steps - steps.round()).abs() < 1e-6, "{steps} steps");
            prop_assert!(steps.round() >= 1.0);
        }
    }

    #[test]
    fn no_verdict_is_milder_than_its_worst_warning(request in request()) {
        use crate::guidance::verdict_for;
        let answer = recommend(&request).expect("in range");
        for warning in &answer.warnings {
            prop_assert!(answer.verdict >= verdict_for(warning.severity), "{warning:?}");
        }
        prop_assert!(!answer.verdict_because.is_empty());
        prop_assert_eq!(answer.load.is_none(), request.weight_type == WeightType::Ankle);
        if request.weight_type == WeightType::Ankle {
            prop_assert_eq!(answer.verdict, Verdict::NotRecommended);
        }
    }

    #[test]
    fn a_vest_grows_with_body_weight(light in 30.0..131.0_f64, extra in 0.5..100.0_f64, level in level()) {
        // Below the weight that implies `overweight` (132.3 kg), which
        // brings an experienced runner's start back to 5 %.
        let heavy = (light + extra).min(132.0);
        let load = |kg: f64| {
            let mut request = Request::new(Mass::from_kg(kg), WeightType::Vest);
            request.level = level;
            recommend(&request).expect("in range").load.expect("a vest load")
        };
        let (light, heavy) = (load(light), load(heavy));
        prop_assert!(light.min < heavy.min && light.max < heavy.max);
        // Starts are rounded to half pounds: they never fall as weight rises.
        prop_assert!(light.start.unwrap() <= heavy.start.unwrap());
    }

    #[test]
    fn energy_is_linear_in_body_mass(kg in 30.0..100.0_f64, weight_type in weight_type(), workout in workout()) {
        let energy = |kg: f64| {
            let mut request = Request::new(Mass::from_kg(kg), weight_type);
            request.workout = workout;
            recommend(&request).expect("in range").energy.expect("energy")
        };
        let (one, two, three) = (energy(kg), energy(2.0 * kg), energy(3.0 * kg));
        prop_assert!(one.baseline_kcal.is_finite() && one.baseline_kcal > 0.0);
        let tolerance = 1e-9 * two.loaded_kcal.max.max(1.0);
        let floored = |e: &Energy| e.notes.iter().any(|note| note.contains(id::WALK_FLOOR));
        if [&one, &two, &three].into_iter().any(floored) {
            // A walk costs at least standing still (Pandolf's 1.5 W per kg).
            let standing = 1.5 * kg * one.duration.minutes() * 60.0 / 4184.0;
            prop_assert!(one.baseline_kcal >= standing * (1.0 - 1e-9));
        } else if one.equation == Equation::SanteeDownhill {
            // Santee's correction has terms that do not scale with mass:
            // energy is then affine in mass, never quadratic.
            let affine = |pick: fn(&Energy) -> f64| {
                ((pick(&three) - pick(&two)) - (pick(&two) - pick(&one))).abs() < 1e-6 * pick(&three).max(1.0)
            };
            prop_assert!(affine(|e| e.baseline_kcal));
            prop_assert!(affine(|e| e.loaded_kcal.max));
        } else {
            prop_assert!((two.baseline_kcal - 2.0 * one.baseline_kcal).abs() < tolerance);
            prop_assert!((two.loaded_kcal.min - 2.0 * one.loaded_kcal.min).abs() < tolerance);
            prop_assert!((two.loaded_kcal.max - 2.0 * one.loaded_kcal.max).abs() < tolerance);
        }
        prop_assert!(one.loaded_kcal.min >= one.baseline_kcal);
    }

    #[test]
    fn the_lean_form_drops_only_texts_the_advice_table_gives_back_by_id(
        request in request(),
        workout in workout(),
    ) {
        let mut request = request;
        request.workout = workout;
        let answer = recommend(&request).expect("in range");
        let full = serde_json::to_value(RecommendationJson::new(&answer)).unwrap();
        let lean = serde_json::to_value(
            RecommendationJson::with_notes(&answer, crate::render::json::NotesForm::Ids),
        )
        .unwrap();
        prop_assert_eq!(&lean["verdict"], &full["verdict"]);
        prop_assert_eq!(&lean["verdict_because"], &full["verdict_because"]);
        for list in ["warnings", "tips"] {
            let (full, lean) = (full[list].as_array().unwrap(), lean[list].as_array().unwrap());
            prop_assert_eq!(full.len(), lean.len());
            for (full, lean) in full.iter().zip(lean) {
                for key in ["id", "severity", "source"] {
                    prop_assert_eq!(&lean[key], &full[key]);
                }
                let id = full["id"].as_str().unwrap();
                let text = full["message"].as_str().unwrap();
                if let Some(message) = lean.get("message") {
                    prop_assert_eq!(message.as_str(), Some(text));
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
        let (usual, resting_share, max_share) = rates;
        let (usual, resting) = (usual + 1.0, 30.0 + resting_share * (usual - 30.0));
        let mut request = request;
        request.workout = workout;
        request.heart = Some(crate::guidance::HeartRates {
            usual,
            resting,
            max: max_share.map(|share| usual + share * (230.0 - usual)),
        });
        if request.weight_type == WeightType::Vest {
            request.chosen_load = load.map(Mass::from_kg);
        }
        let answer = recommend(&request).expect("in range");
        let json = serde_json::to_value(RecommendationJson::new(&answer)).unwrap();
        let mut found = Vec::new();
        numbers(&json, &mut found);
        prop_assert!(found.iter().all(|n| n.is_finite()), "{json}");
        same_bytes_as_serde_json(&RecommendationJson::new(&answer))?;
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
        request in request(),
        workout in prop::option::of(workout()),
        weeks in 2..=26_u32,
    ) {
        let mut request = request;
        if let Some(workout) = workout {
            request.workout = workout;
        }
        same_bytes_as_serde_json(&RecommendationJson::new(&recommend(&request).expect("in range")))?;
        let comparison = crate::guidance::compare(&request).expect("in range");
        same_bytes_as_serde_json(&crate::render::json::ComparisonJson::new(&comparison))?;
        let plan = crate::guidance::plan(&request, weeks).expect("in range");
        same_bytes_as_serde_json(&crate::render::json::PlanJson::new(&plan, None))?;
    }

    #[test]
    fn the_mass_parser_reads_a_finite_number_or_says_what_it_accepts(text in ".{0,40}") {
        check_mass(&text)?;
    }

    #[test]
    fn the_mass_parser_reads_every_number_and_unit_it_should(
        text in "[0-9]{1,4}(\\.[0-9]{1,3})? ?(lb|lbs|kg|LB|Kg|kilos|oz|st)?"
    ) {
        check_mass(&text)?;
        let reads = parse_mass(&text).is_ok();
        let unknown_unit = text.ends_with("oz");
        prop_assert_eq!(reads, !unknown_unit, "{}", text);
    }

    #[test]
    fn the_run_parsers_read_a_finite_value_or_say_what_they_accept(text in ".{0,24}") {
        check_run(&text)?;
    }

    #[test]
    fn the_run_parsers_read_well_formed_values(
        minutes in 1_u32..60, seconds in 0_u32..60, number in 0.1..99.9_f64,
        unit in prop::sample::select(&["km", "mi", "m", "kph", "mph", "km/h", "h", "min", "s", "%"][..])
    ) {
        let pace = format!("{minutes}:{seconds:02}/km");
        prop_assert!(parse_pace(&pace).is_ok(), "{}", pace);
        let clock = format!("{minutes}:{seconds:02}");
        prop_assert!(parse_duration(&clock).is_ok(), "{}", clock);
        check_run(&format!("{number:.2}{unit}"))?;
        check_run(&format!("{number:.2} {unit}"))?;
        check_run(&format!("-{number:.1}{unit}"))?;
    }

    #[test]
    fn any_parsed_body_weight_is_either_answered_or_refused_with_the_range(
        text in "[0-9]{1,4}(\\.[0-9]{1,2})?(lb|kg)?",
        unit in unit(),
        weight_type in weight_type(),
    ) {
        let mass = parse_mass(&text).expect("well formed").resolve(unit);
        match recommend(&Request::new(mass, weight_type)) {
            Ok(answer) => prop_assert!((30.0..=300.0).contains(&answer.request.body_weight.kg())),
            Err(err) => prop_assert!(err.to_string().starts_with("body weight must be from")),
        }
    }

    #[test]
    fn a_batch_record_never_panics(line in "\\{(\"[a-z_]{1,8}\": ?(\"[a-z0-9.:/% ]{0,8}\"|[0-9.e+-]{1,6}|null|true|\\[\\]), ?){0,5}\\}") {
        use crate::commands::batch::record;
        if let Ok(json) = serde_json::from_str::<record::JsonRecord<'_>>(&line) {
            let parts = record::split_json(crate::cli::BatchCommand::Recommend, json);
            let outcome = parts.problem.map_or_else(
                || record::answer(crate::cli::BatchCommand::Recommend, (crate::guidance::Unit::Lb, crate::guidance::UnitSource::Default), parts.fields),
                Err,
            );
            if let Err(message) = outcome {
                prop_assert!(!message.is_empty());
                prop_assert!(!message.contains('\n'));
            }
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

fn check_mass(text: &str) -> Result<(), TestCaseError> {
    match parse_mass(text) {
        Ok(mass) => prop_assert!(mass.value.is_finite() && mass.value >= 0.0),
        Err(err) => {
            let message = err.to_string();
            prop_assert!(
                message.contains("expected") || message.contains("too large"),
                "{message}"
            );
        }
    }
    Ok(())
}

fn check_run(text: &str) -> Result<(), TestCaseError> {
    let finite = |value: f64| value.is_finite();
    let results = [
        parse_pace(text).map(Speed::m_per_min),
        parse_speed(text).map(Speed::m_per_min),
        parse_duration(text).map(Duration::minutes),
        parse_distance(text).map(Distance::metres),
        parse_grade(text),
        parse_heart_rate(text),
    ];
    for result in results {
        match result {
            // A zero pace is an infinite speed: the guidance refuses it by range.
            Ok(value) => prop_assert!(finite(value) || value.is_infinite(), "{text:?}"),
            Err(err) => {
                let said = err.to_string();
                prop_assert!(
                    said.starts_with("expected") || said.starts_with("a pace needs the distance"),
                    "{said}"
                );
            }
        }
    }
    Ok(())
}
