//! Facts about the runner's body beyond their weight: height and body-mass
//! index, age, and the heart-rate and oxygen ceilings that follow.

use super::mass::Mass;
use super::rules::{self, Range};

/// A height.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Height {
    m: f64,
}

impl Height {
    /// A height of `m` metres.
    #[must_use]
    pub const fn from_m(m: f64) -> Self {
        Self { m }
    }

    /// In metres.
    #[must_use]
    pub const fn m(self) -> f64 {
        self.m
    }

    /// In inches.
    #[must_use]
    pub fn inches(self) -> f64 {
        self.m / 0.0254
    }
}

/// Heights wrun accepts, in metres (tool-policy: adults, with room at both ends).
pub const HEIGHT_M: Range = Range::new(1.0, 2.5);
/// Ages wrun accepts, in years (tool-policy: the models are for adults and
/// teenagers who train).
pub const AGE_YEARS: Range = Range::new(13.0, 100.0);
/// `VO2max` values wrun accepts, in mL/kg/min (tool-policy: from very unfit
/// to beyond the best endurance athletes).
pub const VO2MAX_ML_PER_KG_MIN: Range = Range::new(10.0, 95.0);

/// Body-mass index: kg / m².
#[must_use]
pub fn bmi(body_weight: Mass, height: Height) -> f64 {
    body_weight.kg() / (height.m() * height.m())
}

/// Why the runner counts as overweight although they did not say so.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum OverweightBy {
    /// Their BMI, from their height, is at or above the line.
    Bmi(f64),
    /// No height given, and their weight gives a BMI at or above the line
    /// for anyone up to the tallest height wrun assumes.
    WeightAlone,
}

/// Whether `body_weight` (with `height`, when known) implies the
/// `overweight` condition (rule `bmi-overweight`).
#[must_use]
pub fn overweight_by(body_weight: Mass, height: Option<Height>) -> Option<OverweightBy> {
    let line = rules::BMI_OVERWEIGHT;
    match height {
        Some(height) => {
            let index = bmi(body_weight, height);
            (index >= line.bmi).then_some(OverweightBy::Bmi(index))
        }
        None => (bmi(body_weight, Height::from_m(line.tallest_m)) >= line.bmi)
            .then_some(OverweightBy::WeightAlone),
    }
}

/// The body weight from which weight alone implies `overweight`.
#[must_use]
pub fn overweight_weight_alone() -> Mass {
    let line = rules::BMI_OVERWEIGHT;
    Mass::from_kg(line.bmi * line.tallest_m * line.tallest_m)
}

/// Maximum heart rate estimated from age (Tanaka, Monahan & Seals 2001).
#[must_use]
pub fn max_heart_rate_for_age(age: f64) -> f64 {
    let tanaka = rules::TANAKA;
    tanaka.intercept - tanaka.per_year * age
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_height_of_1_778_m_is_70_inches() {
        assert!((Height::from_m(1.778).inches() - 70.0).abs() < 1e-9);
    }

    #[test]
    fn bmi_30_implies_overweight_and_weight_alone_does_from_about_132_kg() {
        // 30 × 2.10² = 132.3 kg.
        assert!((overweight_weight_alone().kg() - 132.3).abs() < 1e-9);
        assert_eq!(overweight_by(Mass::from_kg(132.0), None), None);
        assert_eq!(
            overweight_by(Mass::from_kg(133.0), None),
            Some(OverweightBy::WeightAlone)
        );
        // 300 kg at 2.2 m: 300 / 4.84 = 61.98.
        let Some(OverweightBy::Bmi(index)) =
            overweight_by(Mass::from_kg(300.0), Some(Height::from_m(2.2)))
        else {
            panic!("300 kg is overweight at 2.2 m");
        };
        assert!((index - 61.983).abs() < 1e-3);
        // 100 kg at 1.90 m: 27.7, below the line.
        assert_eq!(
            overweight_by(Mass::from_kg(100.0), Some(Height::from_m(1.9))),
            None
        );
        // 140 kg at 2.20 m: 28.9: a tall runner's height says otherwise.
        assert_eq!(
            overweight_by(Mass::from_kg(140.0), Some(Height::from_m(2.2))),
            None
        );
    }

    #[test]
    fn tanaka_puts_a_35_year_olds_maximum_at_183_5() {
        assert!((max_heart_rate_for_age(35.0) - 183.5).abs() < 1e-9);
        assert!((max_heart_rate_for_age(60.0) - 166.0).abs() < 1e-9);
    }
}
