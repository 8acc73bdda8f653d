//! Whether a run fits the runner's aerobic ceiling.
//!
//! The ceiling is the runner's `VO2max`: as given, else estimated from
//! their maximum and resting heart rates (Uth et al. 2004, the maximum from
//! age by Tanaka et al. 2001 when not given), else a conservative figure
//! for their level (tool-policy); the runner's usual effort raises either
//! estimate, and what a recorded run shows raises any of them. The share of it a runner can
//! hold falls with the run's length (Daniels & Gilbert 1979). A run that
//! asks more than a recreational share of that for its length earns a
//! caution; more than the ceiling itself, a danger (rule `capacity`).

use super::kinds::{Level, Severity};
use super::rules::{self, id};

/// Where the aerobic ceiling came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CeilingBasis {
    /// The runner gave their `VO2max`.
    Given,
    /// Estimated from maximum and resting heart rates (Uth et al. 2004).
    HeartRates,
    /// A conservative figure for the runner's level (tool-policy).
    Level,
    /// Shown by a recorded run: the effort the runner held for its length
    /// (higher than the heart-rate or level figure).
    Recording,
    /// Shown by the runner's usual effort: the pace a planned course is run
    /// at, or a run they give their usual heart rate on (higher than the
    /// heart-rate or level figure).
    UsualPace,
}

/// What the runner brings: whatever of these they gave.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Runner {
    /// `VO2max`, mL/kg/min.
    pub vo2max: Option<f64>,
    /// Maximum heart rate, bpm: given, or from age, or, where a heart rate
    /// the runner holds or reaches shows the one from age too low, that
    /// heart rate.
    pub max_hr: Option<f64>,
    /// Whether `max_hr` came of the runner's age: estimated from it, or
    /// standing in for that estimate (rule `tanaka-hr-max`).
    pub max_hr_from_age: bool,
    /// Resting heart rate, bpm.
    pub resting_hr: Option<f64>,
    /// Age, years: past 50 it lowers the figure assumed for the level
    /// (rule `vo2max-age`).
    pub age: Option<f64>,
    /// The least `VO2max` a recorded run shows the runner has, mL/kg/min.
    pub shown: Option<f64>,
    /// The least `VO2max` the runner's usual pace shows, mL/kg/min.
    pub usual: Option<f64>,
}

/// A run set against the runner's ceiling.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Capacity {
    /// The runner's `VO2max`, mL/kg/min.
    pub ceiling: f64,
    /// Where it came from.
    pub basis: CeilingBasis,
    /// The most the runner can hold for the run's length, mL/kg/min: the
    /// recreational share of the ceiling.
    pub sustainable: f64,
    /// What the run asks with the weight, mL/kg/min.
    pub demand: f64,
    /// The run's length, minutes.
    pub minutes: f64,
    /// `None` when the run fits; a caution above the sustainable share, a
    /// danger above the ceiling.
    pub finding: Option<Severity>,
    /// Whether the maximum heart rate behind the ceiling came of the
    /// runner's age: estimated from it, or a heart rate they hold or reach
    /// standing in for that estimate (rule `tanaka-hr-max`).
    pub max_hr_from_age: bool,
    /// Whether the ceiling is the level's figure lowered for the runner's
    /// age (rule `vo2max-age`).
    pub lowered_for_age: bool,
}

impl Capacity {
    /// The rule that sets a run against the runner's ceiling.
    pub const SOURCE: &'static str = id::CAPACITY;

    /// What the same run would earn asking `demand` mL/kg/min: `None`
    /// when it fits, a caution above the sustainable share, a danger
    /// above the ceiling.
    #[must_use]
    pub fn finding_for(&self, demand: f64) -> Option<Severity> {
        if demand > self.ceiling {
            Some(Severity::Danger)
        } else if demand > self.sustainable {
            Some(Severity::Caution)
        } else {
            None
        }
    }

    /// The ids of the rules this judgement used.
    #[must_use]
    pub fn sources(&self) -> Vec<&'static str> {
        let mut sources = vec![rules::id::CAPACITY, rules::id::DANIELS_GILBERT];
        if self.lowered_for_age {
            sources.push(rules::id::VO2MAX_AGE);
        }
        if self.basis == CeilingBasis::HeartRates {
            sources.push(rules::id::UTH_VO2MAX);
            if self.max_hr_from_age {
                sources.push(rules::id::TANAKA_HR_MAX);
            }
        }
        sources
    }
}

/// The share of `VO2max` a trained runner holds for `minutes` (Daniels &
/// Gilbert 1979).
#[must_use]
pub fn sustainable_share(minutes: f64) -> f64 {
    let [base, a, rate_a, b, rate_b] = rules::DANIELS_GILBERT;
    base + a * (-rate_a * minutes).exp() + b * (-rate_b * minutes).exp()
}

/// `VO2max` from maximum and resting heart rates (Uth et al. 2004).
#[must_use]
pub fn vo2max_from_heart_rates(max_hr: f64, resting_hr: f64) -> f64 {
    rules::UTH_FACTOR * max_hr / resting_hr
}

/// The `VO2max` assumed for a runner of `level`, lowered past 50 for their
/// `age` (rule `vo2max-age`).
#[must_use]
pub fn level_ceiling(level: Level, age: Option<f64>) -> f64 {
    let lower = age.map_or(0.0, |age| rules::VO2MAX_AGE_DECLINE.below(age));
    rules::LEVEL_CEILINGS.for_level(level) - lower
}

/// The runner's ceiling and where it came from: what they gave, else the
/// heart-rate figure or the level figure, or what their usual pace shows
/// where that is higher; or what a recorded run shows, where that is
/// higher than all of these, since the runner held it.
#[must_use]
pub fn ceiling(runner: Runner, level: Level) -> (f64, CeilingBasis) {
    let estimated = match (runner.vo2max, runner.max_hr, runner.resting_hr) {
        (Some(vo2max), _, _) => (vo2max, CeilingBasis::Given),
        (None, Some(max), Some(rest)) => {
            (vo2max_from_heart_rates(max, rest), CeilingBasis::HeartRates)
        }
        _ => (level_ceiling(level, runner.age), CeilingBasis::Level),
    };
    // A run the runner holds as a matter of course outweighs a figure
    // assumed or estimated for them (Uth's is good to about 10 %), not
    // one they give.
    let estimated = match runner.usual {
        Some(usual) if usual > estimated.0 && estimated.1 != CeilingBasis::Given => {
            (usual, CeilingBasis::UsualPace)
        }
        _ => estimated,
    };
    match runner.shown {
        Some(shown) if shown > estimated.0 => (shown, CeilingBasis::Recording),
        _ => estimated,
    }
}

/// The share of `VO2max` wrun lets a runner hold for `minutes`: the
/// recreational share of what a trained runner holds, never past the
/// ceiling.
#[must_use]
pub fn held_share(minutes: f64) -> f64 {
    sustainable_share(minutes).min(1.0) * rules::LEVEL_CEILINGS.recreational_share
}

/// The least `VO2max` a runner shows by holding `demand` mL/kg/min for
/// `minutes`: the ceiling at which [`held_share`] of it is that demand, as
/// Daniels and Gilbert read a race; a hair above it, so that the same
/// effort, worked out again from its speed, fits it despite a float's
/// rounding. `None` beyond any `VO2max` wrun accepts (a ride, or a GPS
/// fault, not a run).
#[must_use]
pub fn shown_by(demand: f64, minutes: f64) -> Option<f64> {
    let shown = demand * (1.0 + 1e-9) / held_share(minutes);
    (shown.is_finite() && super::body::VO2MAX_ML_PER_KG_MIN.contains(shown)).then_some(shown)
}

/// Sets a run asking `demand` mL/kg/min for `minutes` against the runner.
#[must_use]
pub fn capacity(runner: Runner, level: Level, demand: f64, minutes: f64) -> Capacity {
    let (ceiling, basis) = ceiling(runner, level);
    // Short efforts can touch the ceiling, never pass it.
    let share = held_share(minutes);
    let mut judged = Capacity {
        ceiling,
        basis,
        sustainable: ceiling * share,
        demand,
        minutes,
        finding: None,
        max_hr_from_age: runner.max_hr_from_age,
        lowered_for_age: basis == CeilingBasis::Level
            && ceiling < rules::LEVEL_CEILINGS.for_level(level),
    };
    judged.finding = judged.finding_for(demand);
    judged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn daniels_and_gilbert_worked_by_hand() {
        // science.md: f(10) = 1.010, f(30) = 0.930, f(60) = 0.888, f(180) = 0.819.
        for (minutes, share) in [(10.0, 1.010), (30.0, 0.930), (60.0, 0.888), (180.0, 0.819)] {
            assert!(
                (sustainable_share(minutes) - share).abs() < 5e-4,
                "{minutes}"
            );
        }
    }

    #[test]
    fn uth_gives_51_for_a_35_year_old_resting_at_55() {
        // HRmax 208 − 0.7 × 35 = 183.5; 15.3 × 183.5 / 55 = 51.05.
        let max = super::super::body::max_heart_rate_for_age(35.0);
        assert!((vo2max_from_heart_rates(max, 55.0) - 51.05).abs() < 0.01);
    }

    #[test]
    fn an_hour_at_16_kmh_with_a_vest_is_beyond_a_51_ceiling() {
        // 70 kg at 16 km/h (266.67 m/min) on the flat, by ACSM: 0.2 × 266.67
        // + 3.5 = 56.83 mL/kg/min unweighted; a 10 % vest adds 10 % of the
        // net 53.33: 62.17. Both above 51.05: a danger.
        let runner = Runner {
            vo2max: None,
            max_hr: Some(183.5),
            max_hr_from_age: true,
            resting_hr: Some(55.0),
            ..Runner::default()
        };
        let judged = capacity(runner, Level::Intermediate, 62.17, 60.0);
        assert_eq!(judged.basis, CeilingBasis::HeartRates);
        assert_eq!(judged.finding, Some(Severity::Danger));
        assert_eq!(
            judged.sources(),
            ["capacity", "daniels-gilbert", "uth-vo2max", "tanaka-hr-max"]
        );
        // 40 mL/kg/min for an hour: 51.05 × 0.888 × 0.95 = 43.07 holds it.
        assert_eq!(
            capacity(runner, Level::Intermediate, 40.0, 60.0).finding,
            None
        );
        // 45 is above what an hour allows but below the ceiling: a caution.
        assert_eq!(
            capacity(runner, Level::Intermediate, 45.0, 60.0).finding,
            Some(Severity::Caution)
        );
    }

    #[test]
    fn with_nothing_known_the_level_sets_a_conservative_ceiling() {
        let nothing = Runner::default();
        assert_eq!(
            ceiling(nothing, Level::Beginner),
            (35.0, CeilingBasis::Level)
        );
        assert_eq!(
            ceiling(nothing, Level::Intermediate),
            (45.0, CeilingBasis::Level)
        );
        assert_eq!(
            ceiling(nothing, Level::Experienced),
            (55.0, CeilingBasis::Level)
        );
        let given = Runner {
            vo2max: Some(60.0),
            ..nothing
        };
        assert_eq!(ceiling(given, Level::Beginner), (60.0, CeilingBasis::Given));
    }

    #[test]
    fn past_50_the_level_figure_falls_4_a_decade_and_nothing_else_does() {
        // Wilson & Tanaka: about 4 mL/kg/min a decade; the level figures
        // stand to 50.
        let aged = |age: f64| Runner {
            age: Some(age),
            ..Runner::default()
        };
        for age in [13.0, 35.0, 50.0] {
            assert_eq!(
                ceiling(aged(age), Level::Intermediate),
                (45.0, CeilingBasis::Level),
                "{age}"
            );
        }
        // 45 − 0.4 × 20 = 37 at 70; 55 − 0.4 × 5 = 53 at 55; a beginner of
        // 100 (the oldest wrun takes) 35 − 20 = 15.
        assert_eq!(
            ceiling(aged(70.0), Level::Intermediate),
            (37.0, CeilingBasis::Level)
        );
        assert_eq!(
            ceiling(aged(55.0), Level::Experienced),
            (53.0, CeilingBasis::Level)
        );
        assert_eq!(
            ceiling(aged(100.0), Level::Beginner),
            (15.0, CeilingBasis::Level)
        );
        // The rule is named only where it lowered the figure.
        let judged = capacity(aged(70.0), Level::Intermediate, 30.0, 30.0);
        assert_eq!(
            judged.sources(),
            ["capacity", "daniels-gilbert", "vo2max-age"]
        );
        let judged = capacity(aged(50.0), Level::Intermediate, 30.0, 30.0);
        assert_eq!(judged.sources(), ["capacity", "daniels-gilbert"]);
        // A VO2max the runner gives, or one from their heart rates, is
        // theirs: their age does not lower it.
        let given = Runner {
            vo2max: Some(48.0),
            ..aged(70.0)
        };
        assert_eq!(
            ceiling(given, Level::Intermediate),
            (48.0, CeilingBasis::Given)
        );
        let hearts = Runner {
            max_hr: Some(159.0),
            resting_hr: Some(60.0),
            ..aged(70.0)
        };
        let (uth, basis) = ceiling(hearts, Level::Intermediate);
        assert_eq!(basis, CeilingBasis::HeartRates);
        assert!((uth - 15.3 * 159.0 / 60.0).abs() < 1e-9);
        assert!(!capacity(hearts, Level::Intermediate, 30.0, 30.0).lowered_for_age);
        // A usual pace that shows more than the lowered figure replaces it,
        // as it replaces the level's.
        let usual = Runner {
            usual: Some(41.0),
            ..aged(70.0)
        };
        assert_eq!(
            ceiling(usual, Level::Intermediate),
            (41.0, CeilingBasis::UsualPace)
        );
        assert!(!capacity(usual, Level::Intermediate, 30.0, 30.0).lowered_for_age);
    }

    #[test]
    fn a_usual_pace_raises_a_figure_assumed_or_estimated_but_not_one_given() {
        let usual = Some(50.0);
        let runner = Runner {
            usual,
            ..Runner::default()
        };
        assert_eq!(
            ceiling(runner, Level::Intermediate),
            (50.0, CeilingBasis::UsualPace)
        );
        // Below the level's figure, the level's stands.
        assert_eq!(
            ceiling(runner, Level::Experienced),
            (55.0, CeilingBasis::Level)
        );
        // A VO2max the runner gives stands, even lower.
        let given = Runner {
            vo2max: Some(42.0),
            ..runner
        };
        assert_eq!(
            ceiling(given, Level::Intermediate),
            (42.0, CeilingBasis::Given)
        );
        // Uth's 15.3 × 180 / 60 = 45.9 is an estimate: the usual 50 wins,
        // and a usual 44 leaves it standing.
        let hearts = Runner {
            max_hr: Some(180.0),
            resting_hr: Some(60.0),
            ..runner
        };
        assert_eq!(
            ceiling(hearts, Level::Intermediate),
            (50.0, CeilingBasis::UsualPace)
        );
        let easier = Runner {
            usual: Some(44.0),
            ..hearts
        };
        let (vo2max, basis) = ceiling(easier, Level::Intermediate);
        assert!((vo2max - 45.9).abs() < 1e-9, "{vo2max}");
        assert_eq!(basis, CeilingBasis::HeartRates);
        // A usual pace that shows just the level's figure adds nothing.
        let level_pace = Runner {
            usual: Some(45.0),
            ..Runner::default()
        };
        assert_eq!(
            ceiling(level_pace, Level::Intermediate),
            (45.0, CeilingBasis::Level)
        );
        // A recording that shows more wins over it.
        let recorded = Runner {
            shown: Some(52.0),
            ..runner
        };
        assert_eq!(
            ceiling(recorded, Level::Intermediate),
            (52.0, CeilingBasis::Recording)
        );
    }

    #[test]
    fn a_recorded_run_shows_the_ceiling_that_holds_it_for_its_length() {
        // 50 mL/kg/min held for 30 minutes: 50 / (0.930 × 0.95) = 56.59.
        let shown = shown_by(50.0, 30.0).unwrap();
        assert!((shown - 56.59).abs() < 0.01, "{shown}");
        // It raises a lower figure, and that run then fits exactly.
        let runner = Runner {
            shown: Some(shown),
            ..Runner::default()
        };
        assert_eq!(
            ceiling(runner, Level::Intermediate),
            (shown, CeilingBasis::Recording)
        );
        assert_eq!(
            capacity(runner, Level::Intermediate, 50.0, 30.0).finding,
            None
        );
        // It never lowers one; it raises even the runner's own, as they held it.
        let low = Runner {
            shown: shown_by(30.0, 30.0),
            ..Runner::default()
        };
        assert_eq!(
            ceiling(low, Level::Intermediate),
            (45.0, CeilingBasis::Level)
        );
        let given = Runner {
            vo2max: Some(48.0),
            shown: Some(shown),
            ..Runner::default()
        };
        assert_eq!(
            ceiling(given, Level::Intermediate),
            (shown, CeilingBasis::Recording)
        );
        let higher = Runner {
            vo2max: Some(60.0),
            ..given
        };
        assert_eq!(
            ceiling(higher, Level::Intermediate),
            (60.0, CeilingBasis::Given)
        );
        // A ride at 27 km/h shows no runner's ceiling.
        assert_eq!(shown_by(96.6, 1.0), None);
        // A recording that shows just what the runner gave adds nothing:
        // the ceiling stays theirs.
        let same = Runner {
            vo2max: Some(48.0),
            shown: Some(48.0),
            ..Runner::default()
        };
        assert_eq!(
            ceiling(same, Level::Intermediate),
            (48.0, CeilingBasis::Given)
        );
    }

    #[test]
    fn a_run_at_the_ceiling_itself_is_a_caution_and_only_past_it_a_danger() {
        // 45 for an intermediate runner; 30 minutes hold 0.930 × 0.95 of it.
        let judged = capacity(Runner::default(), Level::Intermediate, 45.0, 30.0);
        assert!((judged.sustainable - 39.76).abs() < 0.01, "{judged:?}");
        assert_eq!(judged.finding_for(39.7), None);
        // Exactly the share that can be held is held.
        assert_eq!(judged.finding_for(judged.sustainable), None);
        assert_eq!(judged.finding_for(39.8), Some(Severity::Caution));
        assert_eq!(judged.finding_for(45.0), Some(Severity::Caution));
        assert_eq!(judged.finding_for(45.01), Some(Severity::Danger));
    }

    #[test]
    fn a_run_shorter_than_the_fastest_mile_is_judged_all_the_same() {
        // 60 mL/kg/min, a third past an intermediate runner's 45: a danger
        // for the 3.5 minutes of the fastest mile and below it alike; only
        // below it is the share extrapolated.
        let judged = |minutes| capacity(Runner::default(), Level::Intermediate, 60.0, minutes);
        assert_eq!(judged(3.5).finding, Some(Severity::Danger));
        assert_eq!(judged(3.49).finding, Some(Severity::Danger));
    }
}
