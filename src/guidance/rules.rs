//! The rules wrun applies, held once, as data.
//!
//! Every figure the engine uses is a constant here, and every constant is
//! listed in [`RULES`] with an id, a statement in our own words and where it
//! comes from: the article, a published study, or a choice of wrun's own
//! (`tool-policy`). Warnings, tips and effects name the rule behind them by id.

use std::fmt;

use serde::Serialize;

use super::kinds::Level;

/// A closed range of numbers, `min ≤ max`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Range {
    /// The low end.
    pub min: f64,
    /// The high end.
    pub max: f64,
}

impl Range {
    /// The range from `min` to `max`.
    #[must_use]
    pub const fn new(min: f64, max: f64) -> Self {
        Self { min, max }
    }
}

/// A starting figure that depends on the runner's level.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StartByLevel {
    /// For beginners and intermediate runners (and, for vests, anyone with a condition).
    pub standard: f64,
    /// For experienced, strong runners.
    pub experienced: f64,
}

impl StartByLevel {
    /// The figure for `level`, or the standard one whenever `hold_back` is set.
    #[must_use]
    pub const fn for_level(self, level: Level, hold_back: bool) -> f64 {
        match (level, hold_back) {
            (Level::Experienced, false) => self.experienced,
            _ => self.standard,
        }
    }
}

/// Where a rule comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// The article wrun encodes.
    Article,
    /// A published study or model.
    Study,
    /// A choice of wrun's own where neither gives a number.
    ToolPolicy,
}

impl SourceKind {
    /// The stable id used in JSON.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Article => "article",
            Self::Study => "study",
            Self::ToolPolicy => "tool-policy",
        }
    }
}

/// The number a rule states, if any.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Figure {
    /// A load as a share of body weight, in percent.
    BodyWeightPercent(Range),
    /// A starting load as a share of body weight, in percent, by level.
    StartBodyWeightPercent(StartByLevel),
    /// A load in pounds for each hand.
    PoundsPerHand(Range),
    /// A starting load in pounds for each hand, by level.
    StartPoundsPerHand(StartByLevel),
    /// A change in heart rate, in beats per minute.
    HeartRateBpm(Range),
    /// A change in calories burned, in percent.
    CaloriePercent(Range),
    /// Percent more energy for each percent of body weight carried.
    EnergyPerLoadPercent(f64),
    /// An ACSM metabolic equation.
    Acsm(AcsmCoefficients),
    /// Heart rate tracking oxygen reserve.
    HeartRateReserve,
    /// How fast a plan may raise the load.
    Ramp(Ramp),
    /// Weighted sessions a week, by level.
    SessionsPerWeek(SessionsByLevel),
}

impl fmt::Display for Figure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::guidance::mass::Decimal as D;
        match *self {
            Self::BodyWeightPercent(r) => {
                write!(f, "{}–{} % of body weight", D(r.min), D(r.max))
            }
            Self::StartBodyWeightPercent(s) => write!(
                f,
                "start at {} % of body weight ({} % if experienced)",
                D(s.standard),
                D(s.experienced)
            ),
            Self::PoundsPerHand(r) => write!(f, "{}–{} lb per hand", D(r.min), D(r.max)),
            Self::StartPoundsPerHand(s) => write!(
                f,
                "start at {} lb per hand ({} lb if experienced)",
                D(s.standard),
                D(s.experienced)
            ),
            Self::HeartRateBpm(r) => write!(f, "+{}–{} bpm", D(r.min), D(r.max)),
            Self::CaloriePercent(r) => write!(f, "+{}–{} % calories", D(r.min), D(r.max)),
            Self::EnergyPerLoadPercent(k) => {
                write!(f, "+{} % energy per 1 % of body weight carried", D(k))
            }
            Self::Acsm(c) => {
                write!(
                    f,
                    "VO2 = {}·v + {}·v·g + {} mL/kg/min (v in m/min, g a decimal); {} kcal per \
                     L of O2",
                    D(c.horizontal),
                    D(c.vertical),
                    D(RESTING_VO2),
                    D(KCAL_PER_LITRE_O2)
                )?;
                if c == ACSM_WALKING {
                    write!(f, "; below {} m/min", D(ACSM_RUNNING_MIN_M_PER_MIN))?;
                }
                Ok(())
            }
            Self::HeartRateReserve => {
                write!(f, "ΔHR = (HR − HRrest) × ΔVO2 / (VO2 − {})", D(RESTING_VO2))
            }
            Self::Ramp(r) => write!(
                f,
                "at most +{} % of body weight (vest) or +{} lb (hand) a week; the load holds at \
                 least 1 week in {}",
                D(r.vest_percent_per_week),
                D(r.hand_lb_per_week),
                r.hold_every
            ),
            Self::SessionsPerWeek(s) => write!(
                f,
                "{} in the first week, then {} (beginner), {} (intermediate), {} (experienced)",
                s.first_week, s.beginner, s.intermediate, s.experienced
            ),
        }
    }
}

/// One rule: what it says, its figure, and where it comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rule {
    /// Stable kebab-case id, named by the `source` of outputs.
    pub id: &'static str,
    /// Article, study or tool-policy.
    pub kind: SourceKind,
    /// What the rule says, in wrun's own words.
    pub statement: &'static str,
    /// The number it states, if any.
    pub figure: Option<Figure>,
    /// Where it comes from.
    pub citation: &'static str,
}

macro_rules! article {
    ($section:literal) => {
        concat!(
            "Rachel Basinger, \"Is It Ok to Go Running With Weights?\", The Wired Runner; section: ",
            $section
        )
    };
}

/// A vest's load, in percent of body weight.
pub const VEST_LOAD_PERCENT: Range = Range::new(5.0, 10.0);
/// Where a vest's load starts, in percent of body weight.
pub const VEST_START_PERCENT: StartByLevel = StartByLevel {
    standard: 5.0,
    experienced: 7.5,
};
/// Extra energy, in percent, for each percent of body weight carried on the trunk.
pub const VEST_ENERGY_PER_LOAD_PERCENT: f64 = 1.0;
/// A hand or wrist weight, in pounds per hand.
pub const HAND_LOAD_LB: Range = Range::new(1.0, 3.0);
/// Where a hand or wrist weight starts, in pounds per hand.
pub const HAND_START_LB: StartByLevel = StartByLevel {
    standard: 1.0,
    experienced: 2.0,
};
/// Heart-rate change with hand or wrist weights.
pub const HAND_HEART_RATE_BPM: Range = Range::new(5.0, 10.0);
/// Calorie change with hand or wrist weights.
pub const HAND_CALORIE_PERCENT: Range = Range::new(5.0, 15.0);
/// Heart-rate change with ankle weights.
pub const ANKLE_HEART_RATE_BPM: Range = Range::new(3.0, 5.0);
/// Calorie change with ankle weights.
pub const ANKLE_CALORIE_PERCENT: Range = Range::new(5.0, 10.0);

/// The coefficients of an ACSM metabolic equation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AcsmCoefficients {
    /// mL/kg/min per m/min of horizontal speed.
    pub horizontal: f64,
    /// mL/kg/min per m/min of vertical speed (speed × grade).
    pub vertical: f64,
}

/// The ACSM running equation.
pub const ACSM_RUNNING: AcsmCoefficients = AcsmCoefficients {
    horizontal: 0.2,
    vertical: 0.9,
};
/// The ACSM walking equation.
pub const ACSM_WALKING: AcsmCoefficients = AcsmCoefficients {
    horizontal: 0.1,
    vertical: 1.8,
};
/// Below this speed, in m/min, the walking equation applies.
pub const ACSM_RUNNING_MIN_M_PER_MIN: f64 = 80.0;
/// Oxygen uptake at rest, mL/kg/min (one MET).
pub const RESTING_VO2: f64 = 3.5;
/// Kilocalories per litre of oxygen.
pub const KCAL_PER_LITRE_O2: f64 = 5.0;

/// How fast a plan may raise the load.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ramp {
    /// Vest: percent of body weight added per rising week, at most.
    pub vest_percent_per_week: f64,
    /// Hand weights: pounds added per rising week, at most.
    pub hand_lb_per_week: f64,
    /// Every this many weeks, the load holds.
    pub hold_every: u32,
}

/// The ramp of `wrun plan`.
pub const PLAN_RAMP: Ramp = Ramp {
    vest_percent_per_week: 1.0,
    hand_lb_per_week: 0.5,
    hold_every: 3,
};

/// Weighted sessions a week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionsByLevel {
    /// In the first week, for everyone.
    pub first_week: u32,
    /// Afterwards, for beginners.
    pub beginner: u32,
    /// Afterwards, for intermediate runners.
    pub intermediate: u32,
    /// Afterwards, for experienced runners.
    pub experienced: u32,
}

impl SessionsByLevel {
    /// Sessions in `week` (1-based) for `level`.
    #[must_use]
    pub const fn for_week(self, week: u32, level: Level) -> u32 {
        if week <= 1 {
            return self.first_week;
        }
        match level {
            Level::Beginner => self.beginner,
            Level::Intermediate => self.intermediate,
            Level::Experienced => self.experienced,
        }
    }
}

/// Weighted sessions a week in `wrun plan`.
pub const PLAN_SESSIONS: SessionsByLevel = SessionsByLevel {
    first_week: 1,
    beginner: 1,
    intermediate: 2,
    experienced: 3,
};

/// Rule ids, so that code names rules without retyping strings.
pub mod id {
    /// [`super::VEST_LOAD_PERCENT`].
    pub const VEST_LOAD: &str = "vest-load";
    /// [`super::VEST_START_PERCENT`].
    pub const VEST_START: &str = "vest-start";
    /// [`super::VEST_ENERGY_PER_LOAD_PERCENT`].
    pub const VEST_CALORIES: &str = "vest-calories";
    /// What a vest is good for.
    pub const VEST_BENEFITS: &str = "vest-benefits";
    /// The warm-up study the article cites.
    pub const VEST_WARMUP: &str = "vest-warmup";
    /// What can go wrong with a vest.
    pub const VEST_RISKS: &str = "vest-risks";
    /// [`super::HAND_LOAD_LB`].
    pub const HAND_LOAD: &str = "hand-load";
    /// [`super::HAND_START_LB`].
    pub const HAND_START: &str = "hand-start";
    /// [`super::HAND_HEART_RATE_BPM`].
    pub const HAND_HEART_RATE: &str = "hand-heart-rate";
    /// [`super::HAND_CALORIE_PERCENT`].
    pub const HAND_CALORIES: &str = "hand-calories";
    /// What can go wrong with hand or wrist weights.
    pub const HAND_RISKS: &str = "hand-risks";
    /// Swinging the arms instead.
    pub const HAND_ALTERNATIVE: &str = "hand-alternative";
    /// [`super::ANKLE_HEART_RATE_BPM`].
    pub const ANKLE_HEART_RATE: &str = "ankle-heart-rate";
    /// [`super::ANKLE_CALORIE_PERCENT`].
    pub const ANKLE_CALORIES: &str = "ankle-calories";
    /// What can go wrong with ankle weights.
    pub const ANKLE_RISKS: &str = "ankle-risks";
    /// Beginners and form.
    pub const BEGINNER_FORM: &str = "beginner-form";
    /// Advice for everyone.
    pub const GENERAL_ADVICE: &str = "general-advice";
    /// Snapping a load to the user's weight steps.
    pub const INCREMENT_SNAP: &str = "increment-snap";
    /// [`super::ACSM_RUNNING`].
    pub const ACSM_RUNNING: &str = "acsm-running";
    /// [`super::ACSM_WALKING`].
    pub const ACSM_WALKING: &str = "acsm-walking";
    /// Heart rate with a vest, by oxygen reserve.
    pub const VEST_HEART_RATE: &str = "vest-heart-rate";
    /// [`super::PLAN_RAMP`].
    pub const PLAN_RAMP: &str = "plan-ramp";
    /// [`super::PLAN_SESSIONS`].
    pub const PLAN_SESSIONS: &str = "plan-sessions";
    /// What each week of a plan runs.
    pub const PLAN_FOCUS: &str = "plan-focus";
}

/// Every rule wrun applies.
pub const RULES: &[Rule] = &[
    Rule {
        id: id::VEST_LOAD,
        kind: SourceKind::Article,
        statement: "A weighted vest should weigh a set share of the runner's body weight. \
                    Newcomers to weighted running belong at the light end of that share, \
                    experienced and strong runners toward the heavy end.",
        figure: Some(Figure::BodyWeightPercent(VEST_LOAD_PERCENT)),
        citation: article!("Weighted Vests"),
    },
    Rule {
        id: id::VEST_START,
        kind: SourceKind::ToolPolicy,
        statement: "wrun starts beginners, intermediate runners and anyone with a condition at \
                    the light end of the vest range, and experienced runners halfway up it, \
                    since the article puts them toward the heavy end without a number.",
        figure: Some(Figure::StartBodyWeightPercent(VEST_START_PERCENT)),
        citation: "wrun tool-policy, reading the article's section Weighted Vests",
    },
    Rule {
        id: id::VEST_CALORIES,
        kind: SourceKind::Study,
        statement: "The article gives no calorie figure for vests. A load carried on the trunk \
                    raises the energy cost of running in proportion to the mass carried, so a \
                    vest of p percent of body weight costs about p percent more energy at the \
                    same speed; the heart-rate change is not estimated without a speed.",
        figure: Some(Figure::EnergyPerLoadPercent(VEST_ENERGY_PER_LOAD_PERCENT)),
        citation: "Taylor, Heglund, McMahon & Looney 1980, J Exp Biol 86:9; \
                   Teunissen, Grabowski & Kram 2007, J Exp Biol 210:4418",
    },
    Rule {
        id: id::VEST_BENEFITS,
        kind: SourceKind::Article,
        statement: "Of all running weights a vest disturbs running mechanics the least. It pays \
                    off most on inclines such as stair climbs and hill sprints, and it helps \
                    build bone mass, lowering fracture risk.",
        figure: None,
        citation: article!("Weighted Vests"),
    },
    Rule {
        id: id::VEST_WARMUP,
        kind: SourceKind::Study,
        statement: "Warming up in a weighted vest can improve performance in the workout that \
                    follows (strides in a vest of 20 % of body mass raised peak speed and \
                    running economy in trained runners).",
        figure: None,
        citation: "Barnes et al. 2015, J Sci Med Sport 18:103, cited by the article's section \
                   Weighted Vests",
    },
    Rule {
        id: id::VEST_RISKS,
        kind: SourceKind::Article,
        statement: "A vest adds stress on the joints and the core, which may be too much for \
                    people who are overweight or have knee or back pain. A badly fitting vest \
                    makes falls more likely; poor form under load can cause strains or stress \
                    fractures; a vest needs a strong core and enough cardio, and can affect \
                    balance, power and energy.",
        figure: None,
        citation: article!("Weighted Vests"),
    },
    Rule {
        id: id::HAND_LOAD,
        kind: SourceKind::Article,
        statement: "Light hand or wrist weights are enough; even the lightest brings benefits.",
        figure: Some(Figure::PoundsPerHand(HAND_LOAD_LB)),
        citation: article!("Hand/Wrist Weights"),
    },
    Rule {
        id: id::HAND_START,
        kind: SourceKind::ToolPolicy,
        statement: "wrun starts everyone at the lightest hand weight the article names, and \
                    experienced runners in the middle of the range.",
        figure: Some(Figure::StartPoundsPerHand(HAND_START_LB)),
        citation: "wrun tool-policy, reading the article's section Hand/Wrist Weights",
    },
    Rule {
        id: id::HAND_HEART_RATE,
        kind: SourceKind::Article,
        statement: "Running with light hand or wrist weights raises heart rate compared with \
                    the same run unweighted.",
        figure: Some(Figure::HeartRateBpm(HAND_HEART_RATE_BPM)),
        citation: article!("Hand/Wrist Weights"),
    },
    Rule {
        id: id::HAND_CALORIES,
        kind: SourceKind::Article,
        statement: "Running with light hand or wrist weights burns more calories than the same \
                    run unweighted.",
        figure: Some(Figure::CaloriePercent(HAND_CALORIE_PERCENT)),
        citation: article!("Hand/Wrist Weights"),
    },
    Rule {
        id: id::HAND_RISKS,
        kind: SourceKind::Article,
        statement: "Carrying weights can make a runner slump or round the shoulders, worsening \
                    form problems already there, and can disrupt stride length.",
        figure: None,
        citation: article!("Hand/Wrist Weights"),
    },
    Rule {
        id: id::HAND_ALTERNATIVE,
        kind: SourceKind::Article,
        statement: "A safer alternative to hand weights is a stronger arm swing, forward and \
                    back rather than across the body, which may also add speed.",
        figure: None,
        citation: article!("Hand/Wrist Weights"),
    },
    Rule {
        id: id::ANKLE_HEART_RATE,
        kind: SourceKind::Article,
        statement: "Ankle weights raise heart rate, by less than the other options.",
        figure: Some(Figure::HeartRateBpm(ANKLE_HEART_RATE_BPM)),
        citation: article!("Ankle Weights"),
    },
    Rule {
        id: id::ANKLE_CALORIES,
        kind: SourceKind::Article,
        statement: "Ankle weights raise calories burned, by the smallest share of the options.",
        figure: Some(Figure::CaloriePercent(ANKLE_CALORIE_PERCENT)),
        citation: article!("Ankle Weights"),
    },
    Rule {
        id: id::ANKLE_RISKS,
        kind: SourceKind::Article,
        statement: "Ankle weights strain the joints, muscles and tendons of the lower leg and \
                    carry the highest injury risk of the options; they are only truly safe in \
                    resistance training. They also slow the runner down, and the slower pace \
                    can cancel the gains. wrun therefore recommends no ankle load for running.",
        figure: None,
        citation: article!("Ankle Weights"),
    },
    Rule {
        id: id::BEGINNER_FORM,
        kind: SourceKind::Article,
        statement: "Weighted running needs excellent form and technique, so a beginner might \
                    want to wait; weights improve running that is already good. wrun answers \
                    beginners with caution.",
        figure: None,
        citation: article!("closing advice"),
    },
    Rule {
        id: id::GENERAL_ADVICE,
        kind: SourceKind::Article,
        statement: "Ease into running with weights, rest longer between weighted runs, and take \
                    the weight off and finish unweighted as soon as form or technique slips. \
                    Weights are no tool for sudden weight loss.",
        figure: None,
        citation: article!("closing advice"),
    },
    Rule {
        id: id::INCREMENT_SNAP,
        kind: SourceKind::ToolPolicy,
        statement: "When weights come in fixed steps, wrun starts at the heaviest step not above \
                    the suggested start or, if that is below the range, the lightest step \
                    within it. If no step lies in the range, wrun suggests no start load and \
                    says so.",
        figure: None,
        citation: "wrun tool-policy",
    },
    Rule {
        id: id::ACSM_RUNNING,
        kind: SourceKind::Study,
        statement: "The oxygen cost of running grows in a straight line with speed and with \
                    speed times grade. Valid uphill and on the flat; downhill wrun leaves the \
                    grade out and says so. Each litre of oxygen stands for a fixed amount of \
                    energy.",
        figure: Some(Figure::Acsm(ACSM_RUNNING)),
        citation: "American College of Sports Medicine, ACSM's Guidelines for Exercise Testing \
                   and Prescription, metabolic equations",
    },
    Rule {
        id: id::ACSM_WALKING,
        kind: SourceKind::Study,
        statement: "Below running speeds the walking equation gives the oxygen cost instead; \
                    wrun switches to it under the speed the figure names.",
        figure: Some(Figure::Acsm(ACSM_WALKING)),
        citation: "American College of Sports Medicine, ACSM's Guidelines for Exercise Testing \
                   and Prescription, metabolic equations",
    },
    Rule {
        id: id::VEST_HEART_RATE,
        kind: SourceKind::Study,
        statement: "The article gives no heart-rate figure for vests. The share of heart-rate \
                    reserve in use tracks the share of oxygen reserve, so the extra oxygen a \
                    vest costs at a given speed raises heart rate in proportion.",
        figure: Some(Figure::HeartRateReserve),
        citation: "Swain & Leutholtz 1997, Med Sci Sports Exerc 29:410",
    },
    Rule {
        id: id::PLAN_RAMP,
        kind: SourceKind::ToolPolicy,
        statement: "A plan starts at the recommended start load, never passes the top of the \
                    range, adds load only gradually (the article's advice to ease in) and holds \
                    it steady regularly. With weight steps, a step is taken once the weeks have \
                    earned it.",
        figure: Some(Figure::Ramp(PLAN_RAMP)),
        citation: "wrun tool-policy, after the article's closing advice to ease in",
    },
    Rule {
        id: id::PLAN_SESSIONS,
        kind: SourceKind::ToolPolicy,
        statement: "Weighted runs stay a minority of the week, with more rest than usual \
                    around them, as the article advises.",
        figure: Some(Figure::SessionsPerWeek(PLAN_SESSIONS)),
        citation: "wrun tool-policy, after the article's closing advice to rest more",
    },
    Rule {
        id: id::PLAN_FOCUS,
        kind: SourceKind::ToolPolicy,
        statement: "Vest weeks run on flat ground while the load is new; hills and stairs, where \
                    the article says a vest pays off most, come once the load has held steady.",
        figure: None,
        citation: "wrun tool-policy, after the article's section Weighted Vests",
    },
];

/// The rule with `id`, if wrun has one.
#[must_use]
pub fn find(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|rule| rule.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_rule_has_a_unique_kebab_case_id() {
        let mut seen = HashSet::new();
        for rule in RULES {
            assert!(seen.insert(rule.id), "duplicate rule id {}", rule.id);
            assert!(
                rule.id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{} is not kebab-case",
                rule.id
            );
        }
    }

    #[test]
    fn every_rule_says_something_and_cites_its_source() {
        for rule in RULES {
            assert!(rule.statement.len() > 20, "{} has no statement", rule.id);
            assert!(!rule.citation.is_empty(), "{} has no citation", rule.id);
            if rule.kind == SourceKind::ToolPolicy {
                assert!(rule.citation.contains("tool-policy"), "{}", rule.id);
            }
        }
    }

    #[test]
    fn the_article_figures_are_the_ones_it_states() {
        assert_eq!(VEST_LOAD_PERCENT, Range::new(5.0, 10.0));
        assert_eq!(HAND_LOAD_LB, Range::new(1.0, 3.0));
        assert_eq!(HAND_HEART_RATE_BPM, Range::new(5.0, 10.0));
        assert_eq!(HAND_CALORIE_PERCENT, Range::new(5.0, 15.0));
        assert_eq!(ANKLE_HEART_RATE_BPM, Range::new(3.0, 5.0));
        assert_eq!(ANKLE_CALORIE_PERCENT, Range::new(5.0, 10.0));
    }

    #[test]
    fn source_kinds_are_named_as_in_json() {
        for kind in [
            SourceKind::Article,
            SourceKind::Study,
            SourceKind::ToolPolicy,
        ] {
            assert_eq!(
                serde_json::to_value(kind).unwrap(),
                serde_json::json!(kind.id())
            );
        }
        assert_eq!(SourceKind::ToolPolicy.id(), "tool-policy");
    }

    #[test]
    fn only_the_walking_equation_names_its_speed_limit() {
        let walking = Figure::Acsm(ACSM_WALKING).to_string();
        let running = Figure::Acsm(ACSM_RUNNING).to_string();
        assert!(walking.ends_with("; below 80 m/min"), "{walking}");
        assert!(!running.contains("below"), "{running}");
    }

    #[test]
    fn figures_read_as_plain_text() {
        assert_eq!(
            find(id::VEST_LOAD).unwrap().figure.unwrap().to_string(),
            "5–10 % of body weight"
        );
        assert_eq!(
            find(id::HAND_START).unwrap().figure.unwrap().to_string(),
            "start at 1 lb per hand (2 lb if experienced)"
        );
        assert_eq!(
            find(id::ANKLE_HEART_RATE)
                .unwrap()
                .figure
                .unwrap()
                .to_string(),
            "+3–5 bpm"
        );
    }

    #[test]
    fn a_condition_keeps_an_experienced_runner_at_the_standard_start() {
        assert!((VEST_START_PERCENT.for_level(Level::Experienced, false) - 7.5).abs() < 1e-12);
        assert!((VEST_START_PERCENT.for_level(Level::Experienced, true) - 5.0).abs() < 1e-12);
        assert!((VEST_START_PERCENT.for_level(Level::Beginner, false) - 5.0).abs() < 1e-12);
    }
}
