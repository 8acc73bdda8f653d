//! Comparing the three kinds of weight for one runner.

use super::advice;
use super::answer::Recommendation;
use super::kinds::{Condition, Level, Named, Severity, Verdict, WeightType};
use super::mass::Mass;
use super::message::{Message, Value};
use super::recommend::{GuidanceError, Request, recommend};
use super::rules::id;
use super::workout::Workout;

/// The three kinds of weight side by side, and the one that fits best.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// One recommendation per kind, in [`WeightType::ALL`] order.
    pub options: Vec<Recommendation>,
    /// The kind the rules favour for this runner; `None` when no kind is
    /// acceptable (every one is `not-recommended`, or ruled out).
    pub best: Option<WeightType>,
    /// Why, in one sentence.
    pub best_reason: Message,
    /// The rule behind `best_reason`.
    pub best_source: &'static str,
    /// Whether no kind is acceptable: wrun then advises running without weight.
    pub run_without_weight: bool,
    /// The load the runner gave, if any: each option holds it only where
    /// it suits that kind.
    pub load: Option<Mass>,
    /// With a load given: the kinds it was judged as (rule `load-suits`).
    pub load_applies_to: Vec<WeightType>,
    /// On a grade: what the unweighted run costs on the flat, to set the
    /// hill's cost beside it.
    pub flat_kcal: Option<f64>,
}

impl Comparison {
    /// The rule that says which kinds a given load is judged as.
    pub const LOAD_APPLIES_SOURCE: &'static str = id::LOAD_SUITS;
}

/// The most severe warning of `option`, if it has any.
fn worst(option: &Recommendation) -> Option<Severity> {
    option.warnings.iter().map(|warning| warning.severity).max()
}

/// Whether the article ties this kind's risks to one of the runner's
/// conditions: a vest's joint and core stress to any of them, hand or wrist
/// weights' slumping to back pain.
fn risk_named_for_condition(option: &Recommendation) -> bool {
    let conditions = &option.request.conditions;
    match option.request.weight_type {
        WeightType::Vest => !conditions.is_empty(),
        WeightType::HandWrist => conditions.contains(&Condition::BackPain),
        WeightType::Ankle => false,
    }
}

/// Whether `option` may be named the best fit: never when it is
/// `not-recommended`, and hand or wrist weights never with back pain (the
/// article warns they make runners slump).
fn acceptable(option: &Recommendation) -> bool {
    let request = &option.request;
    option.verdict != Verdict::NotRecommended
        && !(request.weight_type == WeightType::HandWrist
            && request.conditions.contains(&Condition::BackPain))
}

/// Answers `runner` for every kind of weight; its own `weight_type` is ignored.
///
/// ```
/// use wrun_core::{Condition, Mass, Request, WeightType, compare};
///
/// let mut runner = Request::new(Mass::from_lb(150.0), WeightType::Vest);
/// assert_eq!(compare(&runner)?.best, Some(WeightType::Vest));
/// runner.conditions = vec![Condition::BackPain];
/// assert_eq!(compare(&runner)?.best, Some(WeightType::Vest), "never hands with back pain");
/// # Ok::<(), wrun_core::GuidanceError>(())
/// ```
///
/// The best fit is an acceptable option with the best verdict; among
/// equals, the least severe most severe warning; then one whose risks the
/// article does not tie to the runner's conditions; then the order of
/// [`WeightType::ALL`], vest first (rule `best-fit`).
///
/// # Errors
/// [`GuidanceError`] when a number in `runner` is out of range.
pub fn compare(runner: &Request) -> Result<Comparison, GuidanceError> {
    let options = WeightType::ALL
        .iter()
        .map(|&weight_type| {
            let mut request = Request {
                weight_type,
                ..runner.clone()
            };
            request.chosen_load = runner
                .chosen_load
                .filter(|&load| super::recommend::load_suits(weight_type, load, runner));
            recommend(&request)
        })
        .collect::<Result<Vec<_>, _>>()?;
    // With today's rules the worst warning never breaks a tie: a verdict
    // above `recommended` comes with a warning at its severity
    // (`tests/properties.rs`), and only a vest is ever recommended. It
    // stands guard for a rule that changes either.
    let key = |option: &Recommendation| {
        (
            option.verdict,
            worst(option),
            risk_named_for_condition(option),
        )
    };
    // `min_by_key` keeps the first of equals: the vest, then hand or wrist weights.
    let winner = options
        .iter()
        .filter(|option| acceptable(option))
        .min_by_key(|option| key(option));
    let best = winner.map(|winner| winner.request.weight_type);
    let (best_reason, best_source) = why_best(runner, &options, winner);
    let run_without_weight = best.is_none();
    let load_applies_to = runner.chosen_load.map_or_else(Vec::new, |load| {
        WeightType::ALL
            .iter()
            .copied()
            .filter(|&kind| super::recommend::load_suits(kind, load, runner))
            .collect()
    });
    let flat = Workout {
        grade_percent: 0.0,
        ..runner.workout
    };
    let flat_kcal = (runner.workout.grade_percent != 0.0)
        .then(|| super::energy::baseline_kcal(runner.body_weight, &flat))
        .flatten();
    Ok(Comparison {
        options,
        best,
        best_reason,
        best_source,
        run_without_weight,
        load: runner.chosen_load,
        load_applies_to,
        flat_kcal,
    })
}

/// Why `winner` is the best fit among `options` (the vest first), or why
/// none is, with the rule behind it.
fn why_best(
    runner: &Request,
    options: &[Recommendation],
    winner: Option<&Recommendation>,
) -> (Message, &'static str) {
    let vest = &options[0];
    // The conditions as the answers hold them: those given, and extra body
    // weight where height or weight implies it (rule `bmi-overweight`).
    let conditions = &vest.request.conditions;
    // The article speaks of runners: a walk has its own words (rule `gait`).
    let worded = |mut message| {
        if vest.walking {
            super::recommend::reason_worded_for_a_walk(&mut message);
        }
        message
    };
    // Hand or wrist weights left out by back pain, not by their verdict.
    let hands_left_out = conditions.contains(&Condition::BackPain)
        && options.iter().any(|option| {
            option.request.weight_type == WeightType::HandWrist
                && option.verdict != Verdict::NotRecommended
        });
    let best = winner.map(|winner| winner.request.weight_type);
    let (best_reason, best_source) = match winner {
        None if runner.level == Level::Beginner => {
            (Message::fixed(advice::BEST_NONE_BEGINNER), id::BEST_FIT)
        }
        None => (Message::fixed(advice::BEST_NONE), id::BEST_FIT),
        Some(_) if best == Some(WeightType::Vest) && hands_left_out => {
            (Message::fixed(advice::BEST_VEST_BACK), id::BEST_FIT)
        }
        Some(_) if best == Some(WeightType::Vest) => {
            (Message::fixed(advice::REASON_VEST), id::BEST_FIT)
        }
        Some(winner) => {
            let verdict = ("verdict", Value::Words(vest.verdict.id()));
            // The vest's own verdict's reason, where its verdict or its
            // warnings lost it the tie.
            let why = || ("why", Value::Sentence(vest.reason.message.clone().into()));
            let message = if vest.verdict > winner.verdict {
                Message::new(
                    advice::BEST_VEST_VERDICT,
                    [
                        verdict,
                        ("winner", Value::Words(winner.request.weight_type.id())),
                        ("winner_verdict", Value::Words(winner.verdict.id())),
                        why(),
                    ],
                )
            } else if worst(vest) > worst(winner) {
                Message::new(advice::BEST_VEST_WARNINGS, [verdict, why()])
            } else {
                // The tie was broken by the runner's conditions, whatever
                // set the vest's own verdict (a beginner's form, a run).
                let conditions = super::recommend::conditions(conditions);
                let tied =
                    Message::new(advice::REASON_VEST_CONDITIONS, [("conditions", conditions)]);
                Message::new(
                    advice::BEST_VEST_CONDITION,
                    [verdict, ("why", Value::Sentence(tied.into()))],
                )
            };
            (message, id::BEST_FIT)
        }
    };
    // Even without weight the run may ask more than the runner holds: the
    // advice to run without weight then says that is not enough (rule
    // `capacity`).
    let run_beyond = vest
        .capacity
        .as_ref()
        .zip(vest.energy.as_ref())
        .is_some_and(|(judged, energy)| judged.finding_for(energy.vo2_ml_per_kg_min).is_some());
    if winner.is_none() && run_beyond {
        let none = ("none", Value::Sentence(worded(best_reason).into()));
        (
            worded(Message::new(advice::BEST_NONE_RUN_BEYOND, [none])),
            id::CAPACITY,
        )
    } else {
        (worded(best_reason), best_source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Condition, Level, Mass};

    fn runner() -> Request {
        Request::new(Mass::from_lb(150.0), WeightType::Ankle)
    }

    #[test]
    fn every_kind_of_weight_is_answered_in_order() {
        let comparison = compare(&runner()).unwrap();
        let kinds: Vec<WeightType> = comparison
            .options
            .iter()
            .map(|o| o.request.weight_type)
            .collect();
        assert_eq!(kinds, WeightType::ALL);
    }

    #[test]
    fn the_vest_fits_best_when_nothing_beats_its_verdict() {
        let comparison = compare(&runner()).unwrap();
        assert_eq!(comparison.best, Some(WeightType::Vest));
        assert_eq!(comparison.best_reason.text(), advice::REASON_VEST);
        assert!(!comparison.run_without_weight, "the vest is recommended");
        let mut beginner = runner();
        beginner.level = Level::Beginner; // vest and hands both caution
        let comparison = compare(&beginner).unwrap();
        assert_eq!(comparison.best, Some(WeightType::Vest));
        assert!(
            !comparison.run_without_weight,
            "a caution is still acceptable"
        );
    }

    #[test]
    fn with_knee_pain_hand_weights_fit_better_than_a_vest_the_article_warns_of() {
        let mut sore_knees = runner();
        sore_knees.conditions = vec![Condition::KneePain];
        let comparison = compare(&sore_knees).unwrap();
        assert_eq!(comparison.options[0].verdict, Verdict::Caution);
        assert_eq!(comparison.options[1].verdict, Verdict::Caution);
        assert_eq!(comparison.best, Some(WeightType::HandWrist));
        assert!(
            comparison
                .best_reason
                .text()
                .starts_with("Both earn a caution verdict"),
            "{}",
            comparison.best_reason
        );
    }

    #[test]
    fn the_condition_the_vests_risks_are_tied_to_is_why_whatever_set_its_verdict() {
        // A beginner's vest earns its caution for the beginner's form; the
        // hands win on the knees alone, and the answer says so.
        let mut beginner = runner();
        beginner.level = Level::Beginner;
        beginner.conditions = vec![Condition::KneePain];
        let comparison = compare(&beginner).unwrap();
        assert_eq!(comparison.options[0].reason.source, "beginner-form");
        assert_eq!(comparison.best, Some(WeightType::HandWrist));
        assert_eq!(
            comparison.best_reason.text(),
            "Both earn a caution verdict, but the article ties the vest's risks to your \
             condition. A vest's extra strain on joints and core may be too much with knee pain."
        );
    }

    #[test]
    fn extra_body_weight_told_by_height_is_why_as_if_it_were_given() {
        // 95 kg at 1.70 m is a body-mass index of 32.9: overweight, though
        // no condition was given.
        let mut heavy = Request::new(Mass::from_kg(95.0), WeightType::Vest);
        heavy.height = Some(crate::Height::from_m(1.7));
        let comparison = compare(&heavy).unwrap();
        assert_eq!(comparison.best, Some(WeightType::HandWrist));
        assert_eq!(
            comparison.best_reason.text(),
            "Both earn a caution verdict, but the article ties the vest's risks to your \
             condition. A vest's extra strain on joints and core may be too much with extra \
             body weight."
        );
    }

    #[test]
    fn hand_weights_are_never_the_best_fit_with_back_pain() {
        let mut sore_back = runner();
        sore_back.conditions = vec![Condition::BackPain];
        let comparison = compare(&sore_back).unwrap();
        assert_eq!(comparison.options[0].verdict, Verdict::Caution);
        assert_eq!(comparison.best, Some(WeightType::Vest));
        assert!(!comparison.run_without_weight);
        // The reason says why hand weights, a caution too, were passed over.
        assert_eq!(comparison.options[1].verdict, Verdict::Caution);
        assert_eq!(comparison.best_reason.text(), advice::BEST_VEST_BACK);
        // With knee pain too: the vest still, for the same reason.
        sore_back.conditions.push(Condition::KneePain);
        let comparison = compare(&sore_back).unwrap();
        assert_eq!(comparison.best, Some(WeightType::Vest));
        assert_eq!(comparison.best_reason.text(), advice::BEST_VEST_BACK);
    }

    #[test]
    fn hand_weights_ruled_out_by_the_run_are_not_said_to_be_ruled_out_by_back_pain() {
        use crate::{Duration, Length, Speed};
        // 10.95 km/h (182.5 m/min) asks ACSM's 40.0 mL/kg/min unweighted;
        // the vest's top adds about 9 % (43.6), the hands' 15 % (46.0),
        // past a VO2max of 45: the hands are a danger by the run itself.
        let mut sore_back = runner();
        sore_back.conditions = vec![Condition::BackPain];
        sore_back.workout.speed = Some(Speed::from_km_per_h(10.95));
        sore_back.workout.length = Some(Length::Time(Duration::from_minutes(30.0)));
        sore_back.vo2max = Some(45.0);
        let comparison = compare(&sore_back).unwrap();
        assert_eq!(comparison.options[0].verdict, Verdict::Caution);
        assert_eq!(comparison.options[1].verdict, Verdict::NotRecommended);
        assert_eq!(comparison.best, Some(WeightType::Vest));
        assert_eq!(comparison.best_reason.text(), advice::REASON_VEST);
    }

    #[test]
    fn a_dangerous_vest_load_is_never_the_best_fit() {
        // 28 kg on a 70 kg runner is 40 % of body weight: a vest only
        // (over 10 lb for a hand), above the 15 % danger line.
        let mut heavy = Request::new(Mass::from_kg(70.0), WeightType::Vest);
        heavy.chosen_load = Some(Mass::from_kg(28.0));
        let comparison = compare(&heavy).unwrap();
        assert_eq!(comparison.load_applies_to, [WeightType::Vest]);
        assert_eq!(comparison.options[0].verdict, Verdict::NotRecommended);
        assert_eq!(comparison.options[0].verdict_because, ["load-above-range"]);
        assert_eq!(
            comparison.options[1].load.unwrap().chosen,
            None,
            "no 28 kg per hand"
        );
        // Hand weights, at their own start, earn a caution: they fit better,
        // and the reason says so by the verdicts.
        assert_eq!(comparison.best, Some(WeightType::HandWrist));
        assert!(
            comparison.best_reason.text().starts_with(
                "The vest earns only a not-recommended verdict here, hand-wrist a caution one."
            ),
            "{}",
            comparison.best_reason
        );
    }

    #[test]
    fn a_load_that_suits_no_kind_is_judged_as_every_kind() {
        // 12 lb is over 10 lb for a hand or ankle, and 2 % of 600 lb, under
        // the 2.5 % a vest starts at: it is never left unjudged.
        let mut neither = Request::new(Mass::from_lb(600.0), WeightType::Vest);
        neither.chosen_load = Some(Mass::from_lb(12.0));
        let comparison = compare(&neither).unwrap();
        assert_eq!(comparison.load_applies_to, WeightType::ALL);
    }

    #[test]
    fn a_light_load_is_judged_per_hand_and_per_ankle_only() {
        // 2 lb is 1.3 % of 150 lb: below 2.5 %, no vest.
        let mut light = runner();
        light.chosen_load = Some(Mass::from_lb(2.0));
        let comparison = compare(&light).unwrap();
        assert_eq!(
            comparison.load_applies_to,
            [WeightType::HandWrist, WeightType::Ankle]
        );
        assert_eq!(comparison.options[0].load.unwrap().chosen, None);
        let hand = comparison.options[1].load.unwrap().chosen.unwrap();
        assert!((hand.mass.lb() - 2.0).abs() < 1e-9);
    }

    #[test]
    fn when_no_kind_is_acceptable_there_is_no_best_fit() {
        // Every kind not-recommended: a 40 % vest, and 5 lb (2.27 kg) is a
        // vest only for nobody... so make each kind fail on its own terms.
        let mut runner = Request::new(Mass::from_kg(70.0), WeightType::Vest);
        runner.chosen_load = Some(Mass::from_lb(12.0)); // 7.8 %: a vest, in range
        assert!(compare(&runner).unwrap().best.is_some());
        runner.chosen_load = Some(Mass::from_kg(28.0));
        runner.conditions = vec![Condition::BackPain];
        // Vest: danger. Hands: ruled out by back pain. Ankles: never.
        let comparison = compare(&runner).unwrap();
        assert_eq!(comparison.best, None);
        assert!(comparison.run_without_weight);
        assert_eq!(comparison.best_source, "best-fit");
    }

    #[test]
    fn running_without_weight_is_not_advised_as_enough_for_a_run_beyond_the_runner() {
        use crate::{Duration, Length, Speed};
        // 150 lb at 8:00/mi (201.17 m/min) for an hour: ACSM asks 43.73
        // unweighted, more than the 0.95 × 0.888 × 45 = 37.96 an hour holds
        // at the intermediate level's ceiling. The vest (47.76) and the hands
        // pass the ceiling, and ankles are never run with: no best fit.
        let mut runner = Request::new(Mass::from_lb(150.0), WeightType::Vest);
        runner.workout.speed = Some(Speed::from_mph(7.5));
        runner.workout.length = Some(Length::Time(Duration::from_minutes(60.0)));
        let comparison = compare(&runner).unwrap();
        assert_eq!(comparison.best, None);
        assert!(comparison.run_without_weight);
        assert_eq!(comparison.best_source, "capacity");
        assert_eq!(
            comparison.best_reason.text(),
            "No kind of weight is acceptable for you now: wrun advises running without weight \
             until what its warnings name is settled. Even without weight, this run asks more \
             than you can hold for its length: slow down or shorten it."
        );
        // Half an hour at 10:00/mi asks 35.69, within the 39.76 half an hour
        // holds; with back pain and a 28 kg load nothing suits, and running
        // without weight is advice enough.
        runner.workout.speed = Some(Speed::from_mph(6.0));
        runner.workout.length = Some(Length::Time(Duration::from_minutes(30.0)));
        runner.chosen_load = Some(Mass::from_kg(28.0));
        runner.conditions = vec![Condition::BackPain];
        let comparison = compare(&runner).unwrap();
        assert_eq!(comparison.best, None);
        assert_eq!(comparison.best_source, "best-fit");
        assert_eq!(comparison.best_reason.template, advice::BEST_NONE);
    }

    #[test]
    fn a_beginner_whom_no_weight_suits_is_not_told_that_being_a_beginner_is_why() {
        // A beginner alone is best fitted with a vest (a caution); with back
        // pain and a 28 kg vest nothing suits, for the load's and the back's
        // sake: the answer says to go without weight until those are
        // settled, and adds the article's word to beginners.
        let mut runner = Request::new(Mass::from_lb(150.0), WeightType::Vest);
        runner.level = Level::Beginner;
        assert_eq!(compare(&runner).unwrap().best, Some(WeightType::Vest));
        runner.chosen_load = Some(Mass::from_kg(28.0));
        runner.conditions = vec![Condition::BackPain];
        let comparison = compare(&runner).unwrap();
        assert_eq!(comparison.best, None);
        assert_eq!(comparison.best_source, "best-fit");
        assert_eq!(comparison.best_reason.template, advice::BEST_NONE_BEGINNER);
        assert_eq!(
            comparison.best_reason.text(),
            "No kind of weight is acceptable for you now: wrun advises going without weight \
             until what its warnings name is settled, and the article suggests that beginners \
             build form and technique first."
        );
    }

    #[test]
    fn on_a_walk_the_best_fit_is_given_in_a_walkers_words() {
        use crate::kinds::Gait;
        use crate::{Duration, Length, Speed};
        let best = |walker: &Request| compare(walker).unwrap().best_reason.text();
        let mut walker = Request::new(Mass::from_lb(150.0), WeightType::Vest);
        walker.workout.gait = Gait::Walk;
        walker.workout.speed = Some(Speed::from_mph(3.0));
        walker.workout.length = Some(Length::Time(Duration::from_minutes(30.0)));
        assert_eq!(
            best(&walker),
            "A vest interferes least with form of all the weights: the article says so of \
             running, and wrun reads it the same for walking."
        );
        walker.conditions = vec![Condition::BackPain];
        assert_eq!(
            best(&walker),
            "Hand or wrist weights are never the best fit with back pain, since they can make \
             you slump; a vest interferes least with form of all the weights (the article says \
             so of running)."
        );
        walker.chosen_load = Some(Mass::from_kg(28.0));
        assert_eq!(
            best(&walker),
            "No kind of weight is acceptable for you now: wrun advises walking without weight \
             until what its warnings name is settled."
        );
        // Up 15 % at 4 mph for an hour asks more than anyone holds that long.
        walker.workout.speed = Some(Speed::from_mph(4.0));
        walker.workout.length = Some(Length::Time(Duration::from_minutes(60.0)));
        walker.workout.grade_percent = 15.0;
        let comparison = compare(&walker).unwrap();
        assert_eq!(comparison.best_source, "capacity");
        assert!(
            comparison.best_reason.text().ends_with(
                "Even without weight, this walk asks more than you can hold for its length: \
                 slow down or shorten it."
            ),
            "{}",
            comparison.best_reason
        );
    }

    #[test]
    fn on_a_grade_the_flat_cost_is_set_beside_the_hill() {
        use crate::{Duration, Length, Speed};
        // 70 kg at 10 km/h for 30 minutes: 386.75 kcal on the flat, by ACSM.
        let mut hill = Request::new(Mass::from_kg(70.0), WeightType::Vest);
        hill.workout.speed = Some(Speed::from_km_per_h(10.0));
        hill.workout.length = Some(Length::Time(Duration::from_minutes(30.0)));
        assert_eq!(
            compare(&hill).unwrap().flat_kcal,
            None,
            "flat: nothing beside"
        );
        hill.workout.grade_percent = 5.0;
        let flat = compare(&hill).unwrap().flat_kcal.unwrap();
        assert!((flat - 386.75).abs() < 1e-9, "{flat}");
    }

    #[test]
    fn a_bad_number_fails_the_whole_comparison() {
        let mut request = runner();
        request.body_weight = Mass::from_kg(10.0);
        assert_eq!(compare(&request), Err(GuidanceError::BodyWeightOutOfRange));
    }
}
