//! Properties of the core's public API, checked on thousands of generated
//! cases: the rules' invariants across modules, and parsers that never
//! panic.

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

use wrun_core::course::{CourseRequest, Fix, course};
use wrun_core::parse::{
    parse_distance, parse_duration, parse_grade, parse_heart_rate, parse_mass, parse_pace,
    parse_speed,
};
use wrun_core::strategies::{
    config, described, filled, level, request, unit, weight_type, workout,
};
use wrun_core::{
    Distance, Duration, Energy, Equation, Gait, Mass, Named, Request, Speed, Verdict, WeightType,
    Workout, compare, plan, recommend,
};

proptest! {
    #![proptest_config(config(2000))]

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
    fn no_verdict_is_milder_than_its_worst_warning(request in described()) {
        use wrun_core::verdict_for;
        let answer = recommend(&request).expect("in range");
        for warning in &answer.warnings {
            prop_assert!(answer.verdict >= verdict_for(warning.severity), "{warning:?}");
        }
        // Nor harsher than every warning: a caution or not-recommended
        // verdict is shown by a warning at its severity, so a short form
        // that lists the warnings names what set it.
        if answer.verdict > Verdict::Recommended {
            prop_assert!(
                answer.warnings.iter().any(|warning| verdict_for(warning.severity) == answer.verdict),
                "{:?} with no warning at its severity", answer.verdict
            );
        }
        prop_assert!(!answer.verdict_because.is_empty());
        prop_assert_eq!(answer.load.is_none(), request.weight_type == WeightType::Ankle);
        if request.weight_type == WeightType::Ankle {
            prop_assert_eq!(answer.verdict, Verdict::NotRecommended);
        }
    }

    #[test]
    fn every_message_fills_exactly_the_slots_its_template_names(
        request in described(),
        weeks in 4..=12_u32,
        days in proptest::sample::subsequence((0..7).filter_map(|d| chrono::Weekday::try_from(d).ok()).collect::<Vec<_>>(), 1..=7),
    ) {
        // A plan is asked as wrun plan asks it: without a run, heart
        // rates or a load.
        let planned = Request {
            workout: Workout::default(),
            heart: None,
            resting_hr: None,
            chosen_load: None,
            chosen_load_for: None,
            ..request.clone()
        };
        let plan = plan(&planned, weeks).expect("in range").with_days(&days);
        let answer = recommend(&request).expect("in range");
        let comparison = compare(&request).expect("in range");
        let notes = [&answer, &plan.recommendation]
            .into_iter()
            .chain(&comparison.options)
            .flat_map(|answer| answer.warnings.iter().chain(&answer.tips))
            .chain(&plan.warnings);
        let figures = [&answer, &plan.recommendation].into_iter().flat_map(|answer| {
            let energy = answer.energy.iter().flat_map(|energy| &energy.notes);
            energy.chain(answer.heart_rate.iter().flat_map(|heart| &heart.notes))
        });
        let weeks = plan.weeks.iter().flat_map(|week| &week.notes);
        // Every warning and tip names the template its message was filled
        // from, and every note on how a figure was worked out has an id:
        // the lean form writes them so.
        for note in notes.clone() {
            prop_assert!(
                wrun_core::advice::template_id(note.id, note.message.template).is_some(),
                "{}: {}", note.id, note.message
            );
        }
        for note in figures.clone().chain(&plan.notes).chain(weeks.clone()) {
            prop_assert!(wrun_core::advice::note_id(note.template).is_some(), "{}", note);
        }
        for message in notes
            .map(|note| &note.message)
            .chain([
                &answer.reason.message,
                &comparison.best_reason,
                &plan.recommendation.reason.message,
            ])
            .chain(comparison.options.iter().map(|option| &option.reason.message))
            .chain(figures)
            .chain(&plan.notes)
            .chain(weeks)
        {
            filled(message)?;
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
        let floored = |e: &Energy| e.notes.iter().any(|note| note.template == wrun_core::advice::WALK_FLOOR);
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
}

proptest! {
    #![proptest_config(config(200))]

    #[test]
    fn a_load_on_a_planned_course_never_saves_time_or_energy(
        body in 45.0..=120.0_f64,
        share in 0.01..=0.25_f64,
        km_per_h in prop_oneof![6.5..=8.5_f64, 3.0..=14.0_f64],
        gait in prop::sample::select(Gait::ALL),
        grades in prop::collection::vec(prop_oneof![Just(0.0), -12.0..=12.0_f64], 1..=8),
    ) {
        // A course due north, 250 m at each grade in turn, a fix every 10 m.
        let degrees_per_metre = 1.0 / 111_195.0;
        let mut fixes = Vec::new();
        let mut elevation = 500.0;
        for (i, grade) in grades.iter().enumerate() {
            for step in 0..25 {
                let metres = (i * 25 + step) as f64 * 10.0;
                fixes.push(Fix { lat: 45.0 + metres * degrees_per_metre, lon: 7.0, elevation: Some(elevation), ..Fix::default() });
                elevation += grade / 100.0 * 10.0;
            }
        }
        let mut runner = Request::new(Mass::from_kg(body), WeightType::Vest);
        runner.chosen_load = Some(Mass::from_kg(body * share));
        runner.workout.speed = Some(Speed::from_km_per_h(km_per_h));
        runner.workout.gait = gait;
        let mut request = CourseRequest { runner, split: Distance::from_metres(1000.0), recorded_without_load: false, plan_week: None };
        let answer = course(&fixes, &request).expect("a course");
        let unloaded_seconds = answer.unloaded_seconds.expect("planned");
        prop_assert!(answer.seconds >= unloaded_seconds * (1.0 - 1e-9), "{} s against {unloaded_seconds}", answer.seconds);
        prop_assert!(answer.loaded_kcal > answer.unloaded_kcal, "{} kcal against {}", answer.loaded_kcal, answer.unloaded_kcal);
        // A heavier load is never quicker nor cheaper.
        request.runner.chosen_load = Some(Mass::from_kg(body * (share + 0.05)));
        let heavier = course(&fixes, &request).expect("a course");
        prop_assert!(heavier.seconds >= answer.seconds * (1.0 - 1e-9), "{} s against {}", heavier.seconds, answer.seconds);
        prop_assert!(heavier.loaded_kcal >= answer.loaded_kcal * (1.0 - 1e-9), "{} kcal against {}", heavier.loaded_kcal, answer.loaded_kcal);
    }
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
            // Every refusal shows what is accepted, by example.
            Err(err) => {
                let said = err.to_string();
                prop_assert!(said.contains(" like "), "{said}");
            }
        }
    }
    Ok(())
}
