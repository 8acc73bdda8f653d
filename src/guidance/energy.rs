//! Energy and heart rate for a described run, by published models.
//!
//! Oxygen cost comes from the ACSM metabolic equations; a vest scales it with
//! the total mass carried (Taylor et al. 1980); hand, wrist and ankle weights
//! apply the article's percentages; heart rate follows oxygen reserve (Swain &
//! Leutholtz 1997). Every figure is in [`super::rules`].

use super::kinds::{Basis, WeightType};
use super::mass::Mass;
use super::recommend::{Effect, Load};
use super::rules::{self, Range, id};
use super::workout::{Distance, Duration, HeartRates, Speed, Workout};

/// Which ACSM equation gave the oxygen cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Equation {
    /// VO2 = 0.2·v + 0.9·v·g + 3.5.
    AcsmRunning,
    /// VO2 = 0.1·v + 1.8·v·g + 3.5, below running speeds.
    AcsmWalking,
}

impl Equation {
    /// The stable id, which is also the id of its rule.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::AcsmRunning => id::ACSM_RUNNING,
            Self::AcsmWalking => id::ACSM_WALKING,
        }
    }

    const fn coefficients(self) -> rules::AcsmCoefficients {
        match self {
            Self::AcsmRunning => rules::ACSM_RUNNING,
            Self::AcsmWalking => rules::ACSM_WALKING,
        }
    }
}

/// The oxygen cost of a run, per kilogram carried.
#[derive(Debug, Clone, PartialEq)]
pub struct OxygenCost {
    /// mL of oxygen per kg per minute.
    pub ml_per_kg_min: f64,
    /// The equation used.
    pub equation: Equation,
    /// What the reader should know about how it was worked out.
    pub notes: Vec<String>,
}

/// The oxygen cost of moving at `speed` on `grade_percent`.
#[must_use]
pub fn oxygen_cost(speed: Speed, grade_percent: f64) -> OxygenCost {
    let v = speed.m_per_min();
    let mut notes = Vec::new();
    let equation = if v < rules::ACSM_RUNNING_MIN_M_PER_MIN {
        notes.push(format!(
            "At {speed} (below {} m/min) this is a walk: the ACSM walking equation is used.",
            rules::ACSM_RUNNING_MIN_M_PER_MIN
        ));
        Equation::AcsmWalking
    } else {
        Equation::AcsmRunning
    };
    let grade = if grade_percent < 0.0 {
        notes.push(
            "The ACSM equations do not hold downhill, so the grade is left out: the estimate is \
             that of the flat."
                .to_owned(),
        );
        0.0
    } else {
        grade_percent / 100.0
    };
    let c = equation.coefficients();
    OxygenCost {
        ml_per_kg_min: c.horizontal * v + c.vertical * v * grade + rules::RESTING_VO2,
        equation,
        notes,
    }
}

/// Kilocalories for `oxygen` mL/kg/min carried by `mass` for `time`.
#[must_use]
pub fn kcal(oxygen_ml_per_kg_min: f64, mass: Mass, time: Duration) -> f64 {
    oxygen_ml_per_kg_min * mass.kg() * time.minutes() / 1000.0 * rules::KCAL_PER_LITRE_O2
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
    /// The oxygen cost per kg and how it was found.
    pub oxygen: OxygenCost,
    /// Kilocalories without weights.
    pub baseline_kcal: f64,
    /// Kilocalories with the weight, over its range.
    pub loaded_kcal: Range,
    /// The rule that turns the weight into extra energy.
    pub loaded_source: &'static str,
}

impl Energy {
    /// Kilocalories the weight adds, over its range.
    #[must_use]
    pub fn extra_kcal(&self) -> Range {
        Range::new(
            self.loaded_kcal.min - self.baseline_kcal,
            self.loaded_kcal.max - self.baseline_kcal,
        )
    }
}

/// The energy of `workout` for a runner of `body_weight` carrying `weight_type`,
/// when its speed and length are known.
#[must_use]
pub fn energy(
    body_weight: Mass,
    workout: &Workout,
    weight_type: WeightType,
    load: Option<&Load>,
    calories: Option<Effect>,
) -> Option<Energy> {
    let speed = workout.speed?;
    let (duration, distance) = workout.duration_and_distance()?;
    let oxygen = oxygen_cost(speed, workout.grade_percent);
    let baseline_kcal = kcal(oxygen.ml_per_kg_min, body_weight, duration);
    let (loaded_kcal, loaded_source) = if let (WeightType::Vest, Some(load)) = (weight_type, load) {
        // Cost per kg stays the same; the vest adds kilograms.
        let carried = |vest: Mass| Mass::from_kg(body_weight.kg() + vest.kg());
        (
            Range::new(
                kcal(oxygen.ml_per_kg_min, carried(load.min), duration),
                kcal(oxygen.ml_per_kg_min, carried(load.max), duration),
            ),
            id::VEST_CALORIES,
        )
    } else {
        let calories = calories?;
        let scaled = |percent: f64| baseline_kcal * (1.0 + percent / 100.0);
        (
            Range::new(scaled(calories.range.min), scaled(calories.range.max)),
            calories.source,
        )
    };
    Some(Energy {
        speed,
        grade_percent: workout.grade_percent,
        duration,
        distance,
        oxygen,
        baseline_kcal,
        loaded_kcal,
        loaded_source,
    })
}

/// The runner's heart rate with the weight.
#[derive(Debug, Clone, PartialEq)]
pub struct HeartRate {
    /// Usual and resting heart rates, as given.
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
    pub notes: Vec<String>,
}

/// Heart rate with the weight: the article's figures for hand, wrist and
/// ankle weights; for a vest, the oxygen-reserve model, which needs a speed.
#[must_use]
pub fn heart_rate(
    rates: HeartRates,
    workout: &Workout,
    load_percent: Option<Range>,
    article: Option<Effect>,
) -> HeartRate {
    if let Some(effect) = article {
        return HeartRate {
            rates,
            loaded_bpm: Some(Range::new(
                rates.usual + effect.range.min,
                rates.usual + effect.range.max,
            )),
            delta_bpm: Some(effect),
            basis: effect.basis,
            source: effect.source,
            notes: Vec::new(),
        };
    }
    let mut result = HeartRate {
        rates,
        loaded_bpm: None,
        delta_bpm: None,
        basis: Basis::Model,
        source: id::VEST_HEART_RATE,
        notes: Vec::new(),
    };
    let (Some(speed), Some(percent)) = (workout.speed, load_percent) else {
        result.notes.push(
            "The vest's heart-rate model works from the oxygen cost of the run: give --pace or \
             --speed."
                .to_owned(),
        );
        return result;
    };
    let oxygen = oxygen_cost(speed, workout.grade_percent).ml_per_kg_min;
    // %HR reserve tracks %VO2 reserve: each mL/kg/min above rest costs
    // (HR - HRrest) / (VO2 - 3.5) beats.
    let beats_per_ml = (rates.usual - rates.resting) / (oxygen - rules::RESTING_VO2);
    let delta = |percent: f64| beats_per_ml * oxygen * percent / 100.0;
    let delta = Range::new(delta(percent.min), delta(percent.max));
    result.loaded_bpm = Some(Range::new(rates.usual + delta.min, rates.usual + delta.max));
    result.delta_bpm = Some(Effect {
        range: delta,
        basis: Basis::Model,
        source: id::VEST_HEART_RATE,
    });
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guidance::workout::Length;

    fn flat_run(km_per_h: f64, minutes: f64) -> Workout {
        Workout {
            speed: Some(Speed::from_km_per_h(km_per_h)),
            grade_percent: 0.0,
            length: Some(Length::Time(Duration::from_minutes(minutes))),
        }
    }

    #[test]
    fn seventy_kg_at_10_km_per_h_for_30_min_costs_386_8_kcal() {
        // Worked by hand: v = 166.67 m/min; VO2 = 0.2 × 166.67 + 3.5 = 36.83;
        // 36.83 × 70 / 1000 × 5 = 12.89 kcal/min; × 30 = 386.8 kcal.
        let oxygen = oxygen_cost(Speed::from_km_per_h(10.0), 0.0);
        assert!((oxygen.ml_per_kg_min - 36.833_333).abs() < 1e-5);
        assert_eq!(oxygen.equation, Equation::AcsmRunning);
        let kcal = kcal(
            oxygen.ml_per_kg_min,
            Mass::from_kg(70.0),
            Duration::from_minutes(30.0),
        );
        assert!((kcal - 386.75).abs() < 1e-9);
        assert!(oxygen.notes.is_empty(), "the flat needs no note");
    }

    #[test]
    fn an_uphill_grade_adds_the_vertical_term() {
        // 10 km/h at 5 %: 0.2 × 166.67 + 0.9 × 166.67 × 0.05 + 3.5 = 44.33.
        let oxygen = oxygen_cost(Speed::from_km_per_h(10.0), 5.0);
        assert!((oxygen.ml_per_kg_min - 44.333_333).abs() < 1e-5);
        assert!(oxygen.notes.is_empty());
    }

    #[test]
    fn downhill_the_grade_is_left_out_and_the_reader_told() {
        let down = oxygen_cost(Speed::from_km_per_h(10.0), -5.0);
        let flat = oxygen_cost(Speed::from_km_per_h(10.0), 0.0);
        assert!((down.ml_per_kg_min - flat.ml_per_kg_min).abs() < 1e-12);
        assert_eq!(down.notes.len(), 1);
    }

    #[test]
    fn below_80_m_per_min_the_walking_equation_applies() {
        // 4.2 km/h = 70 m/min at 10 %: 0.1 × 70 + 1.8 × 70 × 0.1 + 3.5 = 23.1.
        let oxygen = oxygen_cost(Speed::from_km_per_h(4.2), 10.0);
        assert_eq!(oxygen.equation, Equation::AcsmWalking);
        assert!((oxygen.ml_per_kg_min - 23.1).abs() < 1e-9);
        assert_eq!(oxygen.notes.len(), 1);
    }

    fn vest_load(body: Mass) -> Load {
        Load {
            per: crate::guidance::LoadPer::Vest,
            min: body.scale(0.05),
            max: body.scale(0.10),
            start: Some(body.scale(0.05)),
            body_weight_percent: Some(Range::new(5.0, 10.0)),
            source: id::VEST_LOAD,
            start_source: id::VEST_START,
        }
    }

    #[test]
    fn a_vest_costs_in_proportion_to_the_mass_it_adds() {
        let body = Mass::from_kg(70.0);
        let load = vest_load(body);
        let energy = energy(
            body,
            &flat_run(10.0, 30.0),
            WeightType::Vest,
            Some(&load),
            None,
        )
        .unwrap();
        assert!((energy.baseline_kcal - 386.75).abs() < 1e-9);
        // 73.5 kg and 77 kg carried: 5 % and 10 % more.
        assert!((energy.loaded_kcal.min - 406.0875).abs() < 1e-9);
        assert!((energy.loaded_kcal.max - 425.425).abs() < 1e-9);
        assert!((energy.extra_kcal().min - 19.3375).abs() < 1e-9);
        assert!((energy.extra_kcal().max - 38.675).abs() < 1e-9);
        assert_eq!(energy.loaded_source, "vest-calories");
    }

    #[test]
    fn hand_weights_apply_the_articles_percentages_to_the_baseline() {
        let calories = Effect {
            range: rules::HAND_CALORIE_PERCENT,
            basis: Basis::Article,
            source: id::HAND_CALORIES,
        };
        let energy = energy(
            Mass::from_kg(70.0),
            &flat_run(10.0, 30.0),
            WeightType::HandWrist,
            None,
            Some(calories),
        )
        .unwrap();
        assert!((energy.loaded_kcal.min - 386.75 * 1.05).abs() < 1e-9);
        assert!((energy.loaded_kcal.max - 386.75 * 1.15).abs() < 1e-9);
    }

    #[test]
    fn energy_doubles_when_body_mass_doubles() {
        let run = flat_run(12.0, 45.0);
        let at = |kg: f64| {
            let body = Mass::from_kg(kg);
            energy(body, &run, WeightType::Vest, Some(&vest_load(body)), None).unwrap()
        };
        let (one, two) = (at(60.0), at(120.0));
        assert!((two.baseline_kcal - 2.0 * one.baseline_kcal).abs() < 1e-9);
        assert!((two.loaded_kcal.max - 2.0 * one.loaded_kcal.max).abs() < 1e-9);
    }

    #[test]
    fn no_speed_or_no_length_means_no_energy() {
        let body = Mass::from_kg(70.0);
        let mut run = flat_run(10.0, 30.0);
        run.length = None;
        assert!(energy(body, &run, WeightType::Vest, Some(&vest_load(body)), None).is_none());
    }

    #[test]
    fn eighty_metres_a_minute_is_already_running() {
        let oxygen = oxygen_cost(Speed::from_m_per_min(80.0), 0.0);
        assert_eq!(oxygen.equation, Equation::AcsmRunning);
        assert!((oxygen.ml_per_kg_min - 19.5).abs() < 1e-9); // 0.2 × 80 + 3.5
    }

    #[test]
    fn each_equation_is_named_by_the_id_of_its_rule() {
        for equation in [Equation::AcsmRunning, Equation::AcsmWalking] {
            assert!(rules::find(equation.id()).is_some());
            assert_eq!(
                serde_json::to_value(equation).unwrap(),
                serde_json::json!(equation.id())
            );
        }
        assert_eq!(Equation::AcsmWalking.id(), "acsm-walking");
    }

    #[test]
    fn a_vests_heart_rate_follows_oxygen_reserve() {
        // VO2 36.83; reserve 33.33; HR reserve 150 - 60 = 90 → 2.7 bpm per mL.
        // A 5 % vest adds 1.84 mL → +4.97 bpm; 10 % → +9.95 bpm.
        let rates = HeartRates {
            usual: 150.0,
            resting: 60.0,
        };
        let heart = heart_rate(
            rates,
            &flat_run(10.0, 30.0),
            Some(Range::new(5.0, 10.0)),
            None,
        );
        let delta = heart.delta_bpm.unwrap().range;
        assert!((delta.min - 4.9725).abs() < 1e-9, "{delta:?}");
        assert!((delta.max - 9.945).abs() < 1e-9);
        assert!((heart.loaded_bpm.unwrap().min - 154.9725).abs() < 1e-9);
        assert!((heart.loaded_bpm.unwrap().max - 159.945).abs() < 1e-9);
        assert_eq!(heart.basis, Basis::Model);
        assert_eq!(heart.source, "vest-heart-rate");
    }

    #[test]
    fn without_a_speed_the_vest_heart_rate_is_left_open_and_says_why() {
        let rates = HeartRates {
            usual: 150.0,
            resting: 60.0,
        };
        let heart = heart_rate(
            rates,
            &Workout::default(),
            Some(Range::new(5.0, 10.0)),
            None,
        );
        assert_eq!(heart.loaded_bpm, None);
        assert_eq!(heart.notes.len(), 1);
    }

    #[test]
    fn hand_weights_add_the_articles_beats_to_the_usual_rate() {
        let rates = HeartRates {
            usual: 140.0,
            resting: 60.0,
        };
        let effect = Effect {
            range: rules::HAND_HEART_RATE_BPM,
            basis: Basis::Article,
            source: id::HAND_HEART_RATE,
        };
        let heart = heart_rate(rates, &Workout::default(), None, Some(effect));
        assert_eq!(heart.loaded_bpm, Some(Range::new(145.0, 150.0)));
        assert_eq!(heart.basis, Basis::Article);
    }
}
