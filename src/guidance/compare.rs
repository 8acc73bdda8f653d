//! Comparing the three kinds of weight for one runner.

use std::cmp::Reverse;

use super::answer::Recommendation;
use super::kinds::{Named, Severity, Verdict, WeightType};
use super::recommend::{GuidanceError, Request, recommend};
use super::workout::Workout;

/// The three kinds of weight side by side, and the one that fits best.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// One recommendation per kind, in [`WeightType::ALL`] order.
    pub options: Vec<Recommendation>,
    /// The kind the rules favour for this runner.
    pub best: WeightType,
    /// Why, in one sentence.
    pub best_reason: String,
    /// Whether no kind earns a `recommended` verdict: the article's advice
    /// is then to run without weight for now.
    pub run_without_weight: bool,
    /// On a grade: what the unweighted run costs on the flat, to set the
    /// hill's cost beside it.
    pub flat_kcal: Option<f64>,
}

const fn rank(verdict: Verdict) -> u8 {
    match verdict {
        Verdict::Recommended => 2,
        Verdict::Caution => 1,
        Verdict::NotRecommended => 0,
    }
}

/// The most severe warning of `option`, if it has any.
fn worst(option: &Recommendation) -> Option<Severity> {
    option.warnings.iter().map(|warning| warning.severity).max()
}

/// Answers `runner` for every kind of weight; its own `weight_type` is ignored.
///
/// ```
/// use wrun::guidance::{Condition, Mass, Request, WeightType, compare};
///
/// let mut runner = Request::new(Mass::from_lb(150.0), WeightType::Vest);
/// assert_eq!(compare(&runner)?.best, WeightType::Vest);
/// runner.conditions = vec![Condition::KneePain];
/// let comparison = compare(&runner)?;
/// assert_eq!(comparison.best, WeightType::HandWrist);
/// assert!(comparison.run_without_weight);
/// # Ok::<(), wrun::guidance::GuidanceError>(())
/// ```
///
/// The best fit has the best verdict; among equals, the least severe most
/// severe warning; then the order of [`WeightType::ALL`], vest first (rule
/// `best-fit`).
///
/// # Errors
/// [`GuidanceError`] when a number in `runner` is out of range.
pub fn compare(runner: &Request) -> Result<Comparison, GuidanceError> {
    let options = WeightType::ALL
        .iter()
        .map(|&weight_type| {
            recommend(&Request {
                weight_type,
                ..runner.clone()
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let key = |option: &Recommendation| (Reverse(rank(option.verdict)), worst(option));
    // `min_by_key` keeps the first of equals: the vest, then hand or wrist weights.
    let winner = options
        .iter()
        .min_by_key(|option| key(option))
        .unwrap_or(&options[0]);
    let best = winner.request.weight_type;
    let vest = &options[0];
    let best_reason = if best == WeightType::Vest {
        "A vest interferes least with running form of all running weights.".to_owned()
    } else if rank(vest.verdict) < rank(winner.verdict) {
        // Today's rules never rate the vest below hand weights; this keeps
        // the reason true if a rule changes.
        format!(
            "The vest earns only a {} verdict here, {} a {} one. {}",
            vest.verdict.id(),
            best.id(),
            winner.verdict.id(),
            vest.reason.message
        )
    } else {
        format!(
            "Both earn a {} verdict, but the vest's warnings are more severe here. {}",
            vest.verdict.id(),
            vest.reason.message
        )
    };
    let run_without_weight = options.iter().all(|o| o.verdict != Verdict::Recommended);
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
        run_without_weight,
        flat_kcal,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guidance::{Condition, Level, Mass};

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
        assert_eq!(comparison.best, WeightType::Vest);
        assert!(!comparison.run_without_weight, "the vest is recommended");
        let mut beginner = runner();
        beginner.level = Level::Beginner; // vest and hands both caution, both at most caution
        let comparison = compare(&beginner).unwrap();
        assert_eq!(comparison.best, WeightType::Vest);
        assert!(comparison.run_without_weight);
    }

    #[test]
    fn among_equal_verdicts_the_least_severe_warnings_fit_best() {
        // Knee pain: the vest is a caution with a danger warning, hand
        // weights a caution whose worst warning is a caution.
        let mut sore_knees = runner();
        sore_knees.conditions = vec![Condition::KneePain];
        let comparison = compare(&sore_knees).unwrap();
        assert_eq!(comparison.options[0].verdict, Verdict::Caution);
        assert_eq!(comparison.options[1].verdict, Verdict::Caution);
        assert_eq!(comparison.best, WeightType::HandWrist);
        assert!(comparison.run_without_weight);
        assert!(
            comparison.best_reason.starts_with(
                "Both earn a caution verdict, but the vest's warnings are more severe"
            ),
            "{}",
            comparison.best_reason
        );
    }

    #[test]
    fn on_a_grade_the_flat_cost_is_set_beside_the_hill() {
        use crate::guidance::{Duration, Length, Speed};
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
