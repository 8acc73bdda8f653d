//! The values an answer is made of: loads, effects, notes, reasons, the
//! energy and heart rate of a run, and the recommendation that holds them.
//!
//! They sit below the functions that compute them ([`super::recommend()`],
//! [`super::energy()`], [`super::plan()`]), which import them and never each
//! other in a circle.

use super::advice::Advice;
use super::kinds::{Basis, Severity, Verdict};
use super::mass::Mass;
use super::message::{Message, Value};
use super::request::Request;
use super::rules::{Range, id};
use super::workout::{Distance, Duration, HeartRates, Speed};

impl Load {
    /// The rule that put the start on a step: the runner's weight steps
    /// (`increment-snap`), else a half unit (`start-rounding`).
    #[must_use]
    pub const fn start_rounding_source(&self) -> &'static str {
        if self.rounded {
            id::START_ROUNDING
        } else {
            id::INCREMENT_SNAP
        }
    }

    /// For a vest, the start as a share of `body_weight`, in percent, as
    /// the range is given; `None` for hand weights, or without a start.
    #[must_use]
    pub fn start_percent(&self, body_weight: Mass) -> Option<f64> {
        self.body_weight_percent?;
        Some(self.start?.percent_of(body_weight))
    }
}

impl ChosenLoad {
    /// The rule that judges a load the runner has.
    pub const SOURCE: &'static str = id::CHOSEN_LOAD;
}

impl SameEffort {
    /// The rule behind the same-effort speed.
    pub const SOURCE: &'static str = id::SAME_EFFORT;
}

impl Recommendation {
    /// The rule that sets the verdict by the worst finding.
    pub const VERDICT_SOURCE: &'static str = id::ONE_VERDICT;
}

vocabulary! {
    /// Whether a load is worn as one vest or held in each hand.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum LoadPer {
        /// One vest.
        Vest = "vest",
        /// Each hand (or wrist).
        Hand = "hand",
    }
}

/// How much to carry.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Load {
    /// One vest, or each hand.
    pub per: LoadPer,
    /// The lightest load in range.
    pub min: Mass,
    /// The heaviest load in range.
    pub max: Mass,
    /// Where to start, snapped to the increment; `None` when no step of the
    /// increment lies in range.
    pub start: Option<Mass>,
    /// For vests, the range as a share of body weight, in percent.
    pub body_weight_percent: Option<Range>,
    /// The rule behind the range.
    pub source: &'static str,
    /// The rule behind the start.
    pub start_source: &'static str,
    /// Whether the start was rounded to a half unit, for want of weight steps.
    pub rounded: bool,
    /// The load the runner already has, judged against the range.
    pub chosen: Option<ChosenLoad>,
}

/// A load the runner already has, judged against the range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChosenLoad {
    /// The load (per vest or per hand).
    pub mass: Mass,
    /// For vests, the load as a share of body weight, in percent.
    pub percent: Option<f64>,
    /// Where it sits against the range.
    pub fit: Fit,
}

vocabulary! {
    /// Where a chosen load sits against the range.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Fit {
        /// Lighter than the range.
        BelowRange = "below-range",
        /// Within the range.
        InRange = "in-range",
        /// Heavier than the range.
        AboveRange = "above-range",
    }
}

/// An expected change in heart rate or calories.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Effect {
    /// Low and high ends of the change.
    pub range: Range,
    /// Stated by the article, or estimated with a model.
    pub basis: Basis,
    /// The rule behind it.
    pub source: &'static str,
}

/// Something that can hurt the runner, or a tip to run better; tips are
/// always [`Severity::Info`].
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// Stable kebab-case id.
    pub id: &'static str,
    /// How serious it is.
    pub severity: Severity,
    /// What to tell the runner: a template from [`super::advice`] and the
    /// runner's own figures it names, if any.
    pub message: Message,
    /// The rule behind it.
    pub source: &'static str,
}

impl Note {
    pub(super) const fn from_advice(advice: Advice) -> Self {
        Self {
            id: advice.id,
            severity: advice.severity,
            message: Message::fixed(advice.message),
            source: advice.source,
        }
    }

    /// `advice` in its own words, filled with `values`.
    pub(super) fn with(advice: Advice, values: impl Into<Vec<(&'static str, Value)>>) -> Self {
        Self::worded(advice, advice.message, values)
    }

    /// `advice` in one of its other `template`s, filled with `values`.
    pub(super) fn worded(
        advice: Advice,
        template: &'static str,
        values: impl Into<Vec<(&'static str, Value)>>,
    ) -> Self {
        Self {
            message: Message::new(template, values),
            ..Self::from_advice(advice)
        }
    }

    /// Whether this warning is one of the findings that set a verdict whose
    /// `verdict_because` is given: named there, and more than information.
    #[must_use]
    pub fn sets_verdict(&self, verdict_because: &[&str]) -> bool {
        self.severity > Severity::Info && verdict_because.contains(&self.id)
    }
}

/// Why the verdict is what it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    /// One sentence, from [`super::advice`].
    pub message: Message,
    /// The rule behind it.
    pub source: &'static str,
}

/// wrun's answer to a [`Request`].
#[derive(Debug, Clone, PartialEq)]
pub struct Recommendation {
    /// The request, with its conditions sorted and without repeats.
    pub request: Request,
    /// The overall answer.
    pub verdict: Verdict,
    /// Why.
    pub reason: Reason,
    /// The ids of the findings that set the verdict (see [`super::assess()`]).
    pub verdict_because: Vec<&'static str>,
    /// How much to carry; `None` when no load is recommended.
    pub load: Option<Load>,
    /// The expected change in heart rate; `None` when nothing supports a figure.
    pub heart_rate_delta_bpm: Option<Effect>,
    /// The expected change in calories burned, in percent.
    pub calorie_delta_percent: Option<Effect>,
    /// What can hurt the runner, most severe first.
    pub warnings: Vec<Note>,
    /// How to run better with the weight.
    pub tips: Vec<Note>,
    /// What the described run costs, when its speed and length are known.
    pub energy: Option<Energy>,
    /// Heart rate with the weight, when the runner gave theirs.
    pub heart_rate: Option<HeartRate>,
    /// The run set against the runner's aerobic ceiling, when a run is described.
    pub capacity: Option<super::capacity::Capacity>,
    /// Whether the run it was judged on is costed as a walk, and so its
    /// advice worded for one (rule `gait`).
    pub walking: bool,
}

/// The model that costs a run: its id is also the id of its rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Equation {
    /// ACSM running, on the flat.
    AcsmRunning,
    /// ACSM running's net flat cost scaled by Minetti's ratio for the
    /// gradient, uphill and downhill alike.
    MinettiGrade,
    /// Pandolf's walking equation, on the flat and uphill.
    PandolfWalking,
    /// Pandolf's walking equation with Santee's downhill correction.
    SanteeDownhill,
    /// Pandolf's cost of standing still, where a slow walk's models fall
    /// below it.
    WalkFloor,
}

impl Equation {
    /// The stable id, which is also the id of its rule.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::AcsmRunning => id::ACSM_RUNNING,
            Self::MinettiGrade => id::MINETTI_GRADE,
            Self::PandolfWalking => id::PANDOLF_WALKING,
            Self::SanteeDownhill => id::SANTEE_DOWNHILL,
            Self::WalkFloor => id::WALK_FLOOR,
        }
    }

    /// Whether the model is a walking one.
    #[must_use]
    pub const fn is_walk(self) -> bool {
        matches!(
            self,
            Self::PandolfWalking | Self::SanteeDownhill | Self::WalkFloor
        )
    }
}

/// What a run costs, unweighted and weighted.
#[derive(Debug, Clone, PartialEq)]
pub struct Energy {
    /// The speed.
    pub speed: Speed,
    /// The grade, in percent, as given.
    pub grade_percent: f64,
    /// How long the run takes.
    pub duration: Duration,
    /// How far it goes.
    pub distance: Distance,
    /// The model used.
    pub equation: Equation,
    /// Oxygen uptake unweighted, mL per kg per minute.
    pub vo2_ml_per_kg_min: f64,
    /// Oxygen uptake with the heaviest load, mL per kg of body mass per minute.
    pub loaded_vo2_max: f64,
    /// Kilocalories without weights.
    pub baseline_kcal: f64,
    /// Kilocalories with the weight: over its range, or one figure for a chosen load.
    pub loaded_kcal: Range,
    /// The rule that turns the weight into extra energy.
    pub loaded_source: &'static str,
    /// How the estimate was worked out, where the reader should know.
    pub notes: Vec<Message>,
    /// With a vest: the speed that costs the same as the run unweighted.
    pub same_effort: Option<SameEffort>,
    /// Whether the gait was left to wrun ([`Gait::Auto`]), which chose walk
    /// or run by the speed.
    ///
    /// [`Gait::Auto`]: crate::Gait::Auto
    pub gait_chosen_by_speed: bool,
}

/// The speed at which the run with the vest costs what it costs without.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SameEffort {
    /// The vest it is worked out for.
    pub load: Mass,
    /// The speed.
    pub speed: Speed,
}

impl Energy {
    /// The rule that chose walk or run by the speed, when `--gait auto` did.
    #[must_use]
    pub const fn gait_source(&self) -> Option<&'static str> {
        if self.gait_chosen_by_speed {
            Some(id::GAIT)
        } else {
            None
        }
    }

    /// How the run was costed: [`Gait::Walk`](crate::Gait::Walk) or
    /// [`Gait::Run`](crate::Gait::Run), by its model.
    #[must_use]
    pub const fn gait(&self) -> crate::Gait {
        crate::Gait::costed(self.equation.is_walk())
    }

    /// Kilocalories the weight adds.
    #[must_use]
    pub fn extra_kcal(&self) -> Range {
        Range::new(
            self.loaded_kcal.min - self.baseline_kcal,
            self.loaded_kcal.max - self.baseline_kcal,
        )
    }
}

/// The runner's heart rate with the weight.
#[derive(Debug, Clone, PartialEq)]
pub struct HeartRate {
    /// Usual, resting and maximum heart rates, as given.
    pub rates: HeartRates,
    /// Expected heart rate with the weight; `None` when it cannot be worked out.
    pub loaded_bpm: Option<Range>,
    /// The change, by the same basis.
    pub delta_bpm: Option<Effect>,
    /// Article figures or the oxygen-reserve model.
    pub basis: Basis,
    /// The rule behind it.
    pub source: &'static str,
    /// What the reader should know.
    pub notes: Vec<Message>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json_name<T: serde::Serialize>(value: T) -> String {
        serde_json::to_value(value)
            .unwrap()
            .as_str()
            .unwrap()
            .to_owned()
    }

    #[test]
    fn only_a_named_caution_or_danger_sets_the_verdict() {
        use crate::advice::{HAND_POSTURE, VEST_FIT};
        let caution = Note::from_advice(HAND_POSTURE);
        let info = Note::from_advice(VEST_FIT);
        assert!(caution.sets_verdict(&["hand-risks", "hand-posture"]));
        assert!(!caution.sets_verdict(&["hand-risks"]));
        // Information never sets a verdict, even when named.
        assert!(!info.sets_verdict(&["vest-fit"]));
    }

    #[test]
    fn a_fit_is_named_in_text_as_in_json() {
        for fit in [Fit::BelowRange, Fit::InRange, Fit::AboveRange] {
            assert_eq!(fit.id(), json_name(fit));
        }
        assert_eq!(Fit::AboveRange.id(), "above-range");
    }

    #[test]
    fn every_equation_is_named_as_in_json_and_by_a_rule_wrun_lists() {
        let equations = [
            Equation::AcsmRunning,
            Equation::MinettiGrade,
            Equation::PandolfWalking,
            Equation::SanteeDownhill,
            Equation::WalkFloor,
        ];
        for equation in equations {
            assert_eq!(equation.id(), json_name(equation));
            assert!(
                super::super::rules::find(equation.id()).is_some(),
                "{equation:?}"
            );
        }
        let walks = equations.iter().filter(|e| e.is_walk()).count();
        assert_eq!(walks, 3, "Pandolf, Santee and the standing floor");
    }
}
