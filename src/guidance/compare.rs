//! Comparing the three kinds of weight for one runner.

use super::kinds::{Named, Verdict, WeightType};
use super::recommend::{GuidanceError, Recommendation, Request, recommend};

/// The three kinds of weight side by side, and the one that fits best.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// One recommendation per kind, in [`WeightType::ALL`] order.
    pub options: Vec<Recommendation>,
    /// The kind the rules favour for this runner.
    pub best: WeightType,
    /// Why, in one sentence.
    pub best_reason: String,
}

const fn rank(verdict: Verdict) -> u8 {
    match verdict {
        Verdict::Recommended => 2,
        Verdict::Caution => 1,
        Verdict::NotRecommended => 0,
    }
}

/// Answers `runner` for every kind of weight; its own `weight_type` is ignored.
///
/// The vest is the best fit, since it interferes least with running form,
/// unless another kind earns a better verdict.
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
    let vest = &options[0];
    let top = options.iter().map(|o| rank(o.verdict)).max().unwrap_or(0);
    let (best, best_reason) = if rank(vest.verdict) == top {
        (
            WeightType::Vest,
            "A vest interferes least with running form of all running weights.".to_owned(),
        )
    } else {
        let winner = options
            .iter()
            .find(|o| rank(o.verdict) == top)
            .unwrap_or(vest);
        (
            winner.request.weight_type,
            format!(
                "The vest earns only a {} verdict here, {} a {} one. {}",
                vest.verdict.id(),
                winner.request.weight_type.id(),
                winner.verdict.id(),
                vest.reason.message
            ),
        )
    };
    Ok(Comparison {
        options,
        best,
        best_reason,
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
        assert_eq!(compare(&runner()).unwrap().best, WeightType::Vest);
        let mut beginner = runner();
        beginner.level = Level::Beginner; // vest and hands both caution
        assert_eq!(compare(&beginner).unwrap().best, WeightType::Vest);
    }

    #[test]
    fn hand_weights_fit_best_when_a_condition_makes_the_vest_a_caution() {
        let mut sore_knees = runner();
        sore_knees.conditions = vec![Condition::KneePain];
        let comparison = compare(&sore_knees).unwrap();
        assert_eq!(comparison.best, WeightType::HandWrist);
        assert!(
            comparison.best_reason.starts_with(
                "The vest earns only a caution verdict here, hand-wrist a recommended one."
            ),
            "{}",
            comparison.best_reason
        );
    }

    #[test]
    fn a_bad_number_fails_the_whole_comparison() {
        let mut request = runner();
        request.body_weight = Mass::from_kg(10.0);
        assert_eq!(compare(&request), Err(GuidanceError::BodyWeightOutOfRange));
    }
}
