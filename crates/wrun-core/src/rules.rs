//! The rules wrun applies, held once, as data.
//!
//! Every figure the engine uses is a constant here, and every constant is
//! listed in [`RULES`] with an id, a statement in our own words and where it
//! comes from: the article, a published study, or a choice of wrun's own
//! (`tool-policy`). Warnings, tips and effects name the rule behind them by id.

use std::fmt;

use serde::Serialize;

use super::kinds::{Level, Terrain};

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

    /// Whether `value` is a number from `min` to `max`.
    #[must_use]
    pub fn contains(self, value: f64) -> bool {
        value.is_finite() && (self.min..=self.max).contains(&value)
    }

    /// The middle of the range.
    ///
    /// ```
    /// use wrun_core::Range;
    /// assert_eq!(Range::new(5.0, 15.0).middle(), 10.0);
    /// ```
    #[must_use]
    pub fn middle(self) -> f64 {
        f64::midpoint(self.min, self.max)
    }
}

/// `a–b`, each end to at most two decimals, or `a` where both ends read
/// the same.
///
/// ```
/// use wrun_core::Range;
/// assert_eq!(Range::new(5.0, 10.0).to_string(), "5–10");
/// assert_eq!(Range::new(7.6, 7.6).to_string(), "7.6");
/// ```
impl fmt::Display for Range {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (min, max) = (
            crate::mass::Decimal(self.min).to_string(),
            crate::mass::Decimal(self.max).to_string(),
        );
        if min == max {
            f.write_str(&min)
        } else {
            write!(f, "{min}–{max}")
        }
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

vocabulary! {
    /// Where a rule comes from.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum SourceKind {
        /// The article wrun encodes.
        Article = "article",
        /// A published study or model.
        Study = "study",
        /// A choice of wrun's own where neither gives a number.
        ToolPolicy = "tool-policy",
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
    /// A speed, in metres per minute, where wrun switches models.
    SpeedMPerMin(f64),
    /// Pandolf's load-carriage equation and its terrain factors.
    Pandolf,
    /// Santee's downhill correction to Pandolf.
    Santee,
    /// Minetti's cost of running by gradient, as a ratio to the flat.
    Minetti,
    /// An oxygen cost, in mL/kg/min, held for longer than some minutes.
    /// Conservative `VO2max` by level, and the share of Daniels & Gilbert's
    /// sustainable fraction a recreational runner is held to.
    Ceilings(LevelCeilings),
    /// How the level ceilings fall with age.
    AgeDecline(AgeDecline),
    /// Maximum heart rate from age.
    Tanaka(Tanaka),
    /// How `VO2max` falls with altitude.
    Altitude(Altitude),
    /// `VO2max` from maximum and resting heart rates.
    Uth(f64),
    /// The share of `VO2max` held for t minutes.
    DanielsGilbert,
    /// The body-mass index line for `overweight`.
    Bmi(BmiLine),
    /// What hand or ankle weights did to walkers.
    Walking(WalkingFigures),
    /// Which kinds a load suits.
    LoadSuits {
        /// Pounds: heavier is no hand or ankle weight.
        limb_max_lb: f64,
        /// Percent of body weight: lighter is no vest.
        vest_min_percent: f64,
    },
    /// A load as a share of body weight above which wrun warns of danger.
    DangerPercent(f64),
    /// A body weight, in pounds.
    BodyWeightLb(f64),
    /// The age, in years, from which a runner is an adult; a younger one
    /// gets a caution.
    AdultFromYears(f64),
    /// How the plan adapts to level and conditions.
    PlanAdapt(PlanAdapt),
    /// A rounding step, as a share of the display unit.
    Rounding(f64),
    /// The `VO2max` a usual heart rate on a run implies, and the highest a
    /// runner has, above which the figures disagree.
    ImpliedCeiling(f64),
}

impl fmt::Display for Figure {
    // One arm per kind of figure: splitting them up would only scatter them.
    #[allow(clippy::too_many_lines)]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::mass::Decimal as D;
        match *self {
            Self::BodyWeightPercent(r) => {
                write!(f, "{r} % of body weight")
            }
            Self::StartBodyWeightPercent(s) => write!(
                f,
                "start at {} % of body weight ({} % if experienced)",
                D(s.standard),
                D(s.experienced)
            ),
            Self::PoundsPerHand(r) => write!(f, "{r} lb per hand"),
            Self::StartPoundsPerHand(s) => write!(
                f,
                "start at {} lb per hand ({} lb if experienced)",
                D(s.standard),
                D(s.experienced)
            ),
            Self::HeartRateBpm(r) => write!(f, "+{r} bpm"),
            Self::CaloriePercent(r) => write!(f, "+{r} % calories"),
            Self::EnergyPerLoadPercent(k) => {
                write!(f, "+{} % net energy per 1 % of body weight carried", D(k))
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
                write!(
                    f,
                    "; validated above {} m/min, from {} m/min when truly jogging",
                    D(ACSM_RUNNING_VALIDATED_M_PER_MIN),
                    D(ACSM_RUNNING_MIN_M_PER_MIN)
                )
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
                "{} in the first week, then {} (beginner), {} (intermediate), {} (experienced), \
                 at most one more than the week before; {} rest day between weighted runs ({} \
                 for beginners and with a condition)",
                s.first_week,
                s.beginner,
                s.intermediate,
                s.experienced,
                s.rest_days,
                s.rest_days_careful
            ),
            Self::SpeedMPerMin(v) => write!(
                f,
                "walk below {} m/min ({} km/h), run at or above",
                D(v),
                D(v * 60.0 / 1000.0)
            ),
            Self::Pandolf => {
                write!(
                    f,
                    "M = {}·W + {}·(W + L)·(L/W)² + η·(W + L)·({}·V² + {}·V·G) watts (W body, L \
                     load in kg; V m/s; G grade %); η",
                    D(PANDOLF.standing),
                    D(PANDOLF.load),
                    D(PANDOLF.speed),
                    D(PANDOLF.grade)
                )?;
                for (n, (terrain, eta)) in TERRAIN_FACTORS.iter().enumerate() {
                    let sep = if n == 0 { " " } else { ", " };
                    write!(f, "{sep}{terrain} {}", D(*eta))?;
                }
                Ok(())
            }
            Self::Santee => write!(
                f,
                "downhill, M − s·η·[G·(W + L)·V / 3.5 − (W + L)·(G + 6)² / W + (25 − V²)], s = \
                 min(1, −G / {}); tested at {} m/s to {} %",
                D(SANTEE_BLEND_PERCENT),
                D(SANTEE_TESTED_M_PER_S),
                D(SANTEE_TESTED_GRADE_PERCENT)
            ),
            Self::Minetti => write!(
                f,
                "Cr(i) = 155.4·i⁵ − 30.4·i⁴ − 43.3·i³ + 46.3·i² + 19.5·i + 3.6 J/kg/m; net flat \
                 cost × Cr(i)/Cr(0); estimates beyond ±{} % are noted",
                D(WELL_STUDIED_GRADE_PERCENT)
            ),
            Self::Ceilings(c) => write!(
                f,
                "VO2max {} (beginner), {} (intermediate), {} (experienced) mL/kg/min when \
                 unknown; caution above {} × the share held for the run's length, danger above \
                 VO2max; a planned course's usual pace is held for up to {} min",
                D(c.beginner),
                D(c.intermediate),
                D(c.experienced),
                D(c.recreational_share),
                D(c.usual_run_minutes)
            ),
            Self::AgeDecline(a) => write!(
                f,
                "the level figures less {} mL/kg/min a decade past {} years",
                D(a.per_decade),
                D(a.from_years)
            ),
            Self::Tanaka(t) => write!(f, "HRmax = {} − {} × age", D(t.intercept), D(t.per_year)),
            Self::Altitude(a) => write!(
                f,
                "VO2max {} % lower for each 1000 m above {} m (fitted to {} m); said of a \
                 planned course that reaches {} m",
                D(a.percent_per_km),
                D(a.from_m),
                D(a.studied_to_m),
                D(a.said_from_m)
            ),
            Self::Uth(k) => write!(
                f,
                "VO2max = {} × HRmax / HRrest mL/kg/min; fitted at {} years",
                D(k),
                UTH_AGES_YEARS
            ),
            Self::DanielsGilbert => {
                let [base, a, rate_a, b, rate_b] = DANIELS_GILBERT;
                write!(
                    f,
                    "f(t) = {base} + {a}·e^(−{rate_a}·t) + {b}·e^(−{rate_b}·t), t in minutes; \
                     said to be stretched under {} min and past {} min",
                    D(DANIELS_GILBERT_SHORTEST_MIN),
                    D(DANIELS_GILBERT_LONGEST_MIN)
                )
            }
            Self::Bmi(b) => write!(
                f,
                "BMI ≥ {}; without a height, a weight at which BMI ≥ {} at {} m",
                D(b.bmi),
                D(b.bmi),
                D(b.tallest_m)
            ),
            Self::Walking(w) => write!(
                f,
                "at {} kg each: +{} bpm, +{} % oxygen; studied up to {} kg",
                D(w.load_kg),
                w.heart_rate_bpm,
                w.vo2_percent,
                D(w.heaviest_studied_kg)
            ),
            Self::LoadSuits {
                limb_max_lb,
                vest_min_percent,
            } => write!(
                f,
                "hand or ankle up to {} lb; vest from {} % of body weight",
                D(limb_max_lb),
                D(vest_min_percent)
            ),
            Self::DangerPercent(p) => write!(f, "danger above {} % of body weight", D(p)),
            Self::BodyWeightLb(lb) => write!(f, "{} lb body weight", D(lb)),
            Self::AdultFromYears(years) => write!(f, "a caution under {} years", D(years)),
            Self::Rounding(step) => write!(f, "to the nearest {} lb or {} kg", D(step), D(step)),
            Self::ImpliedCeiling(most) => write!(
                f,
                "VO2max = {rest} + (VO2 − {rest}) × (HRmax − HRrest) / (HR − HRrest), HRrest \
                 {} bpm when not given, from {} % of the reserve; said above {} mL/kg/min",
                D(crate::workout::DEFAULT_RESTING_BPM),
                D(HEART_AND_PACE_LEAST_SHARE * 100.0),
                D(most),
                rest = D(RESTING_VO2)
            ),
            Self::PlanAdapt(a) => write!(
                f,
                "beginners: {}× the ramp; beginners and with a condition: up to {} % of body \
                 weight (vest) or {} lb (hand); with a condition: no rises; a rise adds at most \
                 {} % of the current load; hills and stairs: never with knee pain, for beginners \
                 from week {}",
                D(a.beginner_rate),
                D(a.beginner_vest_top_percent),
                D(a.beginner_hand_top_lb),
                D(a.max_rise_fraction * 100.0),
                a.beginner_hills_from_week
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
/// What hand or ankle weights did to walkers in a study, at the load studied.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WalkingFigures {
    /// The load studied, per hand or ankle, in kilograms.
    pub load_kg: f64,
    /// The heaviest load any study of it used, in kilograms.
    pub heaviest_studied_kg: f64,
    /// Heart-rate change, bpm: from a normal arm swing to pumping the arms.
    pub heart_rate_bpm: Range,
    /// Change in oxygen uptake, and so calories, in percent.
    pub vo2_percent: Range,
}

/// Hand or wrist weights while walking: no rise with a normal arm swing up
/// to 2.27 kg (Owens, Al-Ahmed & Moffatt 1989), +13.6 bpm and +14 % oxygen
/// with 1.36 kg pumped (Graves et al. 1988).
pub const WALK_HAND: WalkingFigures = WalkingFigures {
    load_kg: 1.36,
    heaviest_studied_kg: 2.27,
    heart_rate_bpm: Range::new(0.0, 13.6),
    vo2_percent: Range::new(0.0, 14.0),
};
/// Ankle weights while walking: +7.6 bpm and +9 % oxygen with 1.36 kg
/// (Graves et al. 1988).
pub const WALK_ANKLE: WalkingFigures = WalkingFigures {
    load_kg: 1.36,
    heaviest_studied_kg: 1.36,
    heart_rate_bpm: Range::new(7.6, 7.6),
    vo2_percent: Range::new(9.0, 9.0),
};
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
/// Below this speed, in m/min, the ACSM running equation does not hold even
/// for a jog.
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
    /// Full rest days between weighted runs.
    pub rest_days: u32,
    /// Full rest days between weighted runs for beginners and with a condition.
    pub rest_days_careful: u32,
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
    rest_days: 1,
    rest_days_careful: 2,
};

/// The fewest and most weeks a plan may have (tool-policy).
pub const PLAN_WEEKS: (u32, u32) = (2, 26);
/// Weeks in a plan unless asked otherwise (tool-policy).
pub const PLAN_DEFAULT_WEEKS: u32 = 6;

/// Without weight steps, a start load is rounded to this share of the
/// display unit (0.5 lb or 0.5 kg), staying inside the range.
pub const START_ROUNDING: f64 = 0.5;
/// A bare body weight read as pounds and lighter than this, in pounds, may
/// have been meant in kilograms.
pub const UNIT_ASSUMED_BELOW_LB: f64 = 100.0;

/// The highest `VO2max` a usual heart rate on a run may imply before wrun
/// says the figures disagree, mL/kg/min: above the best endurance
/// athletes' (about 85 to 90): the most wrun accepts as a runner's own.
pub const HEART_AND_PACE_MOST_VO2MAX: f64 = super::body::VO2MAX_ML_PER_KG_MIN.max;
/// The least share of the heart-rate reserve `heart-and-pace` reads a
/// `VO2max` from: below it, a few beats make the share.
pub const HEART_AND_PACE_LEAST_SHARE: f64 = 0.2;

/// How a plan adapts to the runner's level and conditions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlanAdapt {
    /// A beginner's ramp, as a share of the standard one.
    pub beginner_rate: f64,
    /// The heaviest vest a beginner's plan reaches, in percent of body weight.
    pub beginner_vest_top_percent: f64,
    /// The heaviest hand weight a beginner's plan reaches, in pounds.
    pub beginner_hand_top_lb: f64,
    /// The most one rise may add, as a share of the current load.
    pub max_rise_fraction: f64,
    /// The first week a beginner's plan may take to hills and stairs.
    pub beginner_hills_from_week: u32,
}

/// How `wrun plan` adapts to the runner.
pub const PLAN_ADAPT: PlanAdapt = PlanAdapt {
    beginner_rate: 0.5,
    beginner_vest_top_percent: 7.5,
    beginner_hand_top_lb: 2.0,
    max_rise_fraction: 0.5,
    beginner_hills_from_week: 4,
};

/// Below this speed, in m/min (7.2 km/h, about 2 m/s, near where people
/// switch from walking to running), `--gait auto` walks.
pub const WALK_RUN_M_PER_MIN: f64 = 120.0;
/// The ACSM running equation is validated above this speed, in m/min;
/// between [`ACSM_RUNNING_MIN_M_PER_MIN`] and this only when truly jogging.
pub const ACSM_RUNNING_VALIDATED_M_PER_MIN: f64 = 134.0;

/// The coefficients of Pandolf's equation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PandolfCoefficients {
    /// Watts per kg of body mass, standing.
    pub standing: f64,
    /// Watts per kg for the load's share of body mass, squared.
    pub load: f64,
    /// Watts per kg per (m/s)² of speed.
    pub speed: f64,
    /// Watts per kg per m/s per percent of grade.
    pub grade: f64,
}

/// Pandolf, Givoni & Goldman 1977.
pub const PANDOLF: PandolfCoefficients = PandolfCoefficients {
    standing: 1.5,
    load: 2.0,
    speed: 1.5,
    grade: 0.35,
};

/// Terrain factors η, by terrain id (Soule & Goldman 1972, used by Pandolf).
pub const TERRAIN_FACTORS: &[(&str, f64)] = &[
    ("paved", 1.0),
    ("treadmill", 1.0),
    ("dirt", 1.1),
    ("light-brush", 1.2),
    ("heavy-brush", 1.5),
    ("swamp", 1.8),
    ("sand", 2.1),
];

/// Pandolf's terrain factor η for `terrain`.
#[must_use]
pub fn terrain_factor(terrain: Terrain) -> f64 {
    TERRAIN_FACTORS
        .iter()
        .find(|(id, _)| *id == terrain.id())
        .map_or(1.0, |(_, eta)| *eta)
}

/// The steepest downhill grade Santee et al. tested, in percent.
pub const SANTEE_TESTED_GRADE_PERCENT: f64 = -12.0;
/// The walking speed Santee et al. tested at, in m/s.
pub const SANTEE_TESTED_M_PER_S: f64 = 1.34;
/// Santee's correction, not zero at 0 %, is blended in over this many
/// percent of downhill grade, so that the cost does not jump at 0 %
/// (tool-policy).
pub const SANTEE_BLEND_PERCENT: f64 = 2.0;
/// Minetti's polynomial, highest power first: Cr(i) in J/kg/m.
pub const MINETTI_COEFFICIENTS: [f64; 6] = [155.4, -30.4, -43.3, 46.3, 19.5, 3.6];
/// Beyond this grade, in percent either way, estimates leave the well-studied range.
pub const WELL_STUDIED_GRADE_PERCENT: f64 = 15.0;

/// Conservative aerobic ceilings by level, when nothing about the runner
/// tells wrun theirs (tool-policy, after ACSM's norms for adults 20–49:
/// "fair" about 35–42, "good" about 42–50 mL/kg/min; trained runners
/// 60–75).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LevelCeilings {
    /// Beginners, mL/kg/min.
    pub beginner: f64,
    /// Intermediate runners, mL/kg/min.
    pub intermediate: f64,
    /// Experienced runners, mL/kg/min.
    pub experienced: f64,
    /// Recreational runners hold this share of what Daniels & Gilbert's
    /// trained runners hold.
    pub recreational_share: f64,
    /// A runner's usual pace is taken as one they hold for a run up to
    /// this long, in minutes: the top of the 20–60 minutes a session of
    /// ACSM's 1998 position stand.
    pub usual_run_minutes: f64,
}

impl LevelCeilings {
    /// The ceiling for `level`.
    #[must_use]
    pub const fn for_level(self, level: Level) -> f64 {
        match level {
            Level::Beginner => self.beginner,
            Level::Intermediate => self.intermediate,
            Level::Experienced => self.experienced,
        }
    }
}

/// The ceilings wrun assumes when it knows nothing of the runner's.
pub const LEVEL_CEILINGS: LevelCeilings = LevelCeilings {
    beginner: 35.0,
    intermediate: 45.0,
    experienced: 55.0,
    recreational_share: 0.95,
    usual_run_minutes: 60.0,
};

/// How the level ceilings fall with age past the adults their norms are for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AgeDecline {
    /// Age in years up to which the level figures stand as they are.
    pub from_years: f64,
    /// mL/kg/min of `VO2max` lost each decade past it.
    pub per_decade: f64,
}

impl AgeDecline {
    /// How much lower `VO2max` is, mL/kg/min, at `age` years: nothing up
    /// to [`AgeDecline::from_years`].
    #[must_use]
    pub fn below(self, age: f64) -> f64 {
        (age - self.from_years).max(0.0) * self.per_decade / 10.0
    }
}

/// The level ceilings are for adults under 50; past 50 they fall as
/// Wilson & Tanaka's men's `VO2max` did (tool-policy).
pub const VO2MAX_AGE_DECLINE: AgeDecline = AgeDecline {
    from_years: 50.0,
    per_decade: 4.0,
};

/// Tanaka's line for maximum heart rate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tanaka {
    /// bpm at age 0.
    pub intercept: f64,
    /// bpm lost a year.
    pub per_year: f64,
    /// How far individuals spread about the line, bpm.
    pub spread_bpm: f64,
}

/// Tanaka, Monahan & Seals 2001.
pub const TANAKA: Tanaka = Tanaka {
    intercept: 208.0,
    per_year: 0.7,
    spread_bpm: 10.0,
};
/// The age, in years, from which a runner is an adult, as the people the
/// article speaks to and wrun's studies and models were drawn from are.
pub const ADULT_FROM_YEARS: f64 = 18.0;
/// Uth et al. 2004: `VO2max` = this × maximum / resting heart rate.
pub const UTH_FACTOR: f64 = 15.3;
/// The ages, in years, of the trained men Uth et al. fitted [`UTH_FACTOR`]
/// on.
pub const UTH_AGES_YEARS: Range = Range::new(21.0, 51.0);
/// Daniels & Gilbert 1979: base, first amplitude and rate, second amplitude and rate.
pub const DANIELS_GILBERT: [f64; 5] = [0.8, 0.189_439_3, 0.012_778, 0.298_955_8, 0.193_260_5];
/// The longest run, in minutes, judged by [`DANIELS_GILBERT`] without
/// saying the curve is stretched: four hours, a marathon for most
/// recreational runners (tool-policy; the curve was fitted on races up to
/// the marathon, and flattens at 0.8 where people hold ever less).
pub const DANIELS_GILBERT_LONGEST_MIN: f64 = 240.0;
/// The shortest run, in minutes, judged by [`DANIELS_GILBERT`] without
/// saying the curve is extrapolated: the mile, the shortest race it was
/// fitted on, takes the fastest runners about three and a half minutes
/// (tool-policy). A shorter effort also draws on anaerobic energy, which
/// the curve leaves out: a hill sprint may ask more than the ceiling and
/// still be run.
pub const DANIELS_GILBERT_SHORTEST_MIN: f64 = 3.5;

/// How thinner air lowers `VO2max` (rule `altitude`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Altitude {
    /// Percent of `VO2max` lost for each 1000 m higher.
    pub percent_per_km: f64,
    /// The altitude, metres, the loss is counted from.
    pub from_m: f64,
    /// The highest altitude, metres, the line was fitted on; above it the
    /// loss grows faster.
    pub studied_to_m: f64,
    /// The highest point, metres, from which a planned course is said to
    /// be high (tool-policy).
    pub said_from_m: f64,
}

/// Wehrlin & Hallén 2006: a straight line from 300 m to 2800 m.
pub const ALTITUDE: Altitude = Altitude {
    percent_per_km: 6.3,
    from_m: 300.0,
    studied_to_m: 2800.0,
    said_from_m: 1500.0,
};

impl Altitude {
    /// Percent of `VO2max` lost at `metres`, on the fitted line: the least
    /// it is above the studied range.
    #[must_use]
    pub fn loss_percent(&self, metres: f64) -> f64 {
        (metres - self.from_m).max(0.0) / 1000.0 * self.percent_per_km
    }
}

/// The body-mass index line for `overweight`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BmiLine {
    /// kg/m².
    pub bmi: f64,
    /// Without a height, the tallest runner assumed, in metres.
    pub tallest_m: f64,
}

/// WHO's obesity line, and a height few runners pass.
pub const BMI_OVERWEIGHT: BmiLine = BmiLine {
    bmi: 30.0,
    tallest_m: 2.10,
};

/// A vest above this share of body weight, in percent, is a danger.
pub const VEST_DANGER_PERCENT: f64 = 15.0;
/// A load heavier than this, in pounds, is no hand or ankle weight.
pub const LIMB_LOAD_MAX_LB: f64 = 10.0;
/// A load lighter than this share of body weight, in percent, is no vest.
pub const VEST_LOAD_MIN_PERCENT: f64 = 2.5;

/// The mean Earth radius, metres, for haversine distances (rule `route-distance`).
pub const EARTH_RADIUS_M: f64 = 6_371_008.8;
/// The elevations, metres, of ground on Earth, rounded out (the Dead Sea's
/// shore is at -430 m, Everest at 8,849 m): one outside, as the -9999 some
/// devices write for none, or one not a number, is no reading (rule
/// `route-elevation`).
pub const ROUTE_ELEVATION_M: Range = Range::new(-500.0, 9_000.0);
/// The longest course, metres from fix to fix, wrun takes: past the
/// longest race on foot, the Self-Transcendence 3100 Mile Race (4,989 km),
/// a file holds fixes no runner or walker joined (rule `route-fixes`).
pub const ROUTE_LONGEST_M: f64 = 5_000_000.0;
/// A recording may have up to one fix in this many left out as a device's
/// clock glitch (timed out of order, or days apart from the rest); more
/// out of order, and its times are refused (rule `route-fixes`).
pub const ROUTE_TIME_GLITCHES_ONE_IN: usize = 20;
/// A recorded fix timed more than this many days apart from the body of
/// the recording (the fixes around its median time, with no gap that long
/// between them) is a clock glitch (rule `route-fixes`): no recording of a
/// run, a stage race's included, pauses for a week. Some Garmin units date
/// one fix decades ahead; a GPS week rollover dates fixes 19.6 years
/// behind.
pub const ROUTE_GLITCH_DAYS: f64 = 7.0;
/// A fix reached faster than this, m/s, from the last one is a GPS jump (rule `route-fixes`).
pub const ROUTE_JUMP_M_PER_S: f64 = 15.0;
/// Slower than this, m/s, for [`ROUTE_STOP_SECONDS`] or longer, is a stop.
pub const ROUTE_STOP_M_PER_S: f64 = 0.5;
/// How long a stop lasts at least, seconds.
pub const ROUTE_STOP_SECONDS: f64 = 10.0;
/// Climbing or descending at least this, m/s (180 m an hour), is moving
/// however slow the ground goes by: a steep hike, not a stop. Taken over
/// the interval and half a stop's length either side, on the smoothed
/// elevation, where GPS noise of 2 m a second lends a stand about 0.03 m/s.
pub const ROUTE_STOP_CLIMB_M_PER_S: f64 = 0.05;
/// Ground the fixes moved across stops, metres, from which wrun says it
/// left it out of the distance (less is GPS drift).
pub const ROUTE_STOP_GROUND_SAID_M: f64 = 100.0;
/// Fixes in the median an elevation is checked against (rule `route-elevation`).
pub const ROUTE_MEDIAN_FIXES: usize = 9;
/// How far from that median, metres, an elevation is an outlier.
pub const ROUTE_OUTLIER_M: f64 = 25.0;
/// The distance, metres, elevations are averaged over.
pub const ROUTE_SMOOTHING_M: f64 = 100.0;
/// The least rise or fall, metres, counted in ascent and descent.
pub const ROUTE_ASCENT_THRESHOLD_M: f64 = 3.0;
/// How long a stretch is, metres: grades are taken over it.
pub const ROUTE_STRETCH_M: f64 = 50.0;
/// A planned course: downhill, no faster than this many times the flat
/// speed (rule `route-effort`).
pub const ROUTE_DOWNHILL_SPEED_CAP: f64 = 1.2;
/// The slowest speed, m/min, a stretch is worked out at.
pub const ROUTE_SLOWEST_M_PER_MIN: f64 = 20.0;
/// The flat speed, km/h, a recording with no moving time and no pace given
/// would be costed at. None reaches it: with no moving time, no ground is
/// left either, and [`crate::course::course`] refuses a course that never
/// moves; it keeps the costing total.
pub const ROUTE_FALLBACK_KM_PER_H: f64 = 10.0;
/// The fastest flat speed, m/min, an effort is translated to.
pub const ROUTE_ADJUSTED_MAX_M_PER_MIN: f64 = 600.0;
/// A stretch this steep, percent, up or down, is a hill (rule `route-hills`).
pub const ROUTE_HILL_PERCENT: f64 = 5.0;
/// The shortest stretch, metres, named among a course's steepest.
pub const ROUTE_STEEPEST_MIN_M: f64 = 10.0;
/// Metres of hills before the course counts as hilly.
pub const ROUTE_HILL_MIN_M: f64 = 200.0;
/// Metres of one climb or descent that make a course hilly, however gentle
/// its grades (rule `route-hills`).
pub const ROUTE_HILL_CLIMB_M: f64 = 100.0;
/// A rise along a descent, or a fall along a climb, of less than this,
/// metres, does not end it.
pub const ROUTE_CLIMB_BREAK_M: f64 = 10.0;
/// The first seconds of a recording, left out of the heart-rate fit (rule `route-heart`).
pub const ROUTE_FIT_SKIP_SECONDS: f64 = 300.0;
/// How long a window of the heart-rate fit is, seconds.
pub const ROUTE_FIT_WINDOW_SECONDS: f64 = 60.0;
/// The fewest windows the runner's own fit needs.
pub const ROUTE_FIT_MIN_WINDOWS: usize = 8;
/// The least r² the runner's own fit needs.
pub const ROUTE_FIT_MIN_R2: f64 = 0.5;

/// Rule ids, so that code names rules without retyping strings.
pub mod id {
    /// Distance along a route.
    pub const ROUTE_DISTANCE: &str = "route-distance";
    /// GPS jumps and stops.
    pub const ROUTE_FIXES: &str = "route-fixes";
    /// Elevation cleaned of GPS noise.
    pub const ROUTE_ELEVATION: &str = "route-elevation";
    /// The same effort along a course.
    pub const ROUTE_EFFORT: &str = "route-effort";
    /// Heart rate along a course.
    pub const ROUTE_HEART: &str = "route-heart";
    /// Hills on a course.
    pub const ROUTE_HILLS: &str = "route-hills";
    /// One verdict from every finding.
    pub const ONE_VERDICT: &str = "one-verdict";
    /// [`super::WALK_HAND`].
    pub const WALK_HAND: &str = "walk-hand-weights";
    /// [`super::WALK_ANKLE`].
    pub const WALK_ANKLE: &str = "walk-ankle-weights";
    /// [`super::LIMB_LOAD_MAX_LB`] and [`super::VEST_LOAD_MIN_PERCENT`].
    pub const LOAD_SUITS: &str = "load-suits";
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
    /// Heart rate with a vest, by oxygen reserve.
    pub const VEST_HEART_RATE: &str = "vest-heart-rate";
    /// [`super::PLAN_RAMP`].
    pub const PLAN_RAMP: &str = "plan-ramp";
    /// [`super::PLAN_SESSIONS`].
    pub const PLAN_SESSIONS: &str = "plan-sessions";
    /// What each week of a plan runs.
    pub const PLAN_FOCUS: &str = "plan-focus";
    /// [`super::PLAN_ADAPT`].
    pub const PLAN_ADAPT: &str = "plan-adapt";
    /// [`super::WALK_RUN_M_PER_MIN`].
    pub const GAIT: &str = "gait";
    /// [`super::PANDOLF`].
    pub const PANDOLF_WALKING: &str = "pandolf-walking";
    /// Santee's downhill correction.
    pub const SANTEE_DOWNHILL: &str = "santee-downhill";
    /// A walk never costs less than standing.
    pub const WALK_FLOOR: &str = "walk-floor";
    /// Minetti's downhill running cost.
    pub const MINETTI_GRADE: &str = "minetti-grade";
    /// Same effort with a vest.
    pub const SAME_EFFORT: &str = "same-effort";
    /// [`super::LEVEL_CEILINGS`].
    pub const CAPACITY: &str = "capacity";
    /// [`super::VO2MAX_AGE_DECLINE`].
    pub const VO2MAX_AGE: &str = "vo2max-age";
    /// [`super::ADULT_FROM_YEARS`].
    pub const YOUNG_RUNNER: &str = "young-runner";
    /// [`super::TANAKA`].
    pub const TANAKA_HR_MAX: &str = "tanaka-hr-max";
    /// [`super::UTH_FACTOR`].
    pub const UTH_VO2MAX: &str = "uth-vo2max";
    /// [`super::DANIELS_GILBERT`].
    pub const DANIELS_GILBERT: &str = "daniels-gilbert";
    /// [`super::ALTITUDE`].
    pub const ALTITUDE: &str = "altitude";
    /// Judging the runner's own load.
    pub const CHOSEN_LOAD: &str = "chosen-load";
    /// [`super::BMI_OVERWEIGHT`].
    pub const BMI_OVERWEIGHT: &str = "bmi-overweight";
    /// How compare picks the best fit.
    pub const BEST_FIT: &str = "best-fit";
    /// Practical advice of wrun's own.
    pub const PRACTICAL_ADVICE: &str = "practical-advice";
    /// The fast-twitch finding.
    pub const FAST_TWITCH: &str = "fast-twitch";
    /// Strength work by region.
    pub const STRENGTH_BY_REGION: &str = "strength-by-region";
    /// A slower pace with any weight.
    pub const SLOWER_PACE: &str = "slower-pace";
    /// [`super::START_ROUNDING`].
    pub const START_ROUNDING: &str = "start-rounding";
    /// [`super::UNIT_ASSUMED_BELOW_LB`].
    pub const UNIT_ASSUMED: &str = "unit-assumed";
    /// [`super::HEART_AND_PACE_MOST_VO2MAX`].
    pub const HEART_AND_PACE: &str = "heart-and-pace";
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
                    since the article puts them toward the heavy end without a number. A \
                    beginner's start is never rounded up past 5 % of body weight: it is the \
                    heaviest step at or below it, down to 2.5 %.",
        figure: Some(Figure::StartBodyWeightPercent(VEST_START_PERCENT)),
        citation: "wrun tool-policy, reading the article's section Weighted Vests",
    },
    Rule {
        id: id::VEST_CALORIES,
        kind: SourceKind::Study,
        statement: "The article gives no calorie figure for vests. A load carried on the trunk \
                    raises the net energy cost of running (the cost above rest) in proportion \
                    to the mass carried, so a vest of p percent of body weight adds about p \
                    percent to the net cost at the same speed. Walking with a vest is costed by \
                    Pandolf's equation instead.",
        figure: Some(Figure::EnergyPerLoadPercent(VEST_ENERGY_PER_LOAD_PERCENT)),
        citation: "Taylor, Heglund, McMahon & Looney 1980, J Exp Biol 86:9; \
                   Teunissen, Grabowski & Kram 2007, J Exp Biol 210:4418",
    },
    Rule {
        id: id::VEST_BENEFITS,
        kind: SourceKind::Article,
        statement: "Of all running weights a vest disturbs running mechanics the least. It pays \
                    off most on inclines such as stair climbs and hill sprints. The article also \
                    counts building bone mass, and with it a lower risk of fractures, among its \
                    benefits. The article speaks of runners; wrun reads a vest's place among the \
                    weights the same for walkers.",
        figure: None,
        citation: article!("Weighted Vests"),
    },
    Rule {
        id: id::VEST_WARMUP,
        kind: SourceKind::Study,
        statement: "Warming up in a weighted vest can improve the workout that follows. In the \
                    study the article cites, trained runners did strides in a vest of 20 % of \
                    body mass before the workout; their peak speed and running economy \
                    improved.",
        figure: None,
        citation: "Barnes et al. 2015, J Sci Med Sport 18:103, cited by the article's section \
                   Weighted Vests",
    },
    Rule {
        id: id::VEST_RISKS,
        kind: SourceKind::Article,
        statement: "A vest loads the joints and the core harder, which can be too much for \
                    anyone overweight or with knee or back pain. A badly fitting vest \
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
                    form problems already there, and can throw off stride length, so hand or \
                    wrist weights may suit a runner poorly. wrun answers them with caution, \
                    and holds walkers to the same (the article speaks of runners).",
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
        statement: "Ankle weights raise heart rate by a few beats a minute, fewer than hand or \
                    wrist weights.",
        figure: Some(Figure::HeartRateBpm(ANKLE_HEART_RATE_BPM)),
        citation: article!("Ankle Weights"),
    },
    Rule {
        id: id::ANKLE_CALORIES,
        kind: SourceKind::Article,
        statement: "Ankle weights raise the calories a run burns by a modest share.",
        figure: Some(Figure::CaloriePercent(ANKLE_CALORIE_PERCENT)),
        citation: article!("Ankle Weights"),
    },
    Rule {
        id: id::ANKLE_RISKS,
        kind: SourceKind::Article,
        statement: "Ankle weights strain the joints, muscles and tendons of the lower leg and \
                    carry the highest injury risk of the options; they are safe only in \
                    resistance training. They also slow the runner down, and the slower pace \
                    can cancel the gains. wrun therefore recommends no ankle load for running, \
                    and holds walkers to the same.",
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
                    Weights are no quick way to lose weight; they improve running that is \
                    already good. Said to every reader.",
        figure: None,
        citation: article!("closing advice"),
    },
    Rule {
        id: id::INCREMENT_SNAP,
        kind: SourceKind::ToolPolicy,
        statement: "When weights come in fixed steps, wrun starts at the heaviest step not above \
                    the suggested start or, if that is below the range, the lightest step \
                    within it, and never above the cap a plan keeps a beginner or anyone with a \
                    condition under (rule plan-adapt). If no step lies there, wrun suggests no \
                    start load and says so; if the steps put the start more than a week's rise of \
                    a plan (rule plan-ramp) above the suggested one, wrun says that too.",
        figure: None,
        citation: "wrun tool-policy",
    },
    Rule {
        id: id::ACSM_RUNNING,
        kind: SourceKind::Study,
        statement: "The oxygen cost of running grows in a straight line with speed. Validated \
                    above 134 m/min, and from 80 m/min when truly jogging; wrun says when a run \
                    is slower. Each litre of oxygen stands for a fixed amount of energy. wrun \
                    uses it on the flat; on a grade either way it scales the flat net cost by \
                    Minetti's ratio (rule minetti-grade), so that one smooth curve runs through \
                    0 % instead of ACSM's grade term uphill meeting another model downhill.",
        figure: Some(Figure::Acsm(ACSM_RUNNING)),
        citation: "American College of Sports Medicine, ACSM's Guidelines for Exercise Testing \
                   and Prescription, metabolic equations",
    },
    Rule {
        id: id::VEST_HEART_RATE,
        kind: SourceKind::Study,
        statement: "The article gives no heart-rate figure for vests. The share of heart-rate \
                    reserve in use tracks the share of oxygen reserve, so the extra net oxygen \
                    a vest costs raises heart rate in proportion: while running, a vest of p \
                    percent of body weight adds p percent of the runner's heart-rate reserve \
                    in use (HR − HRrest).",
        figure: Some(Figure::HeartRateReserve),
        citation: "Swain & Leutholtz 1997, Med Sci Sports Exerc 29:410",
    },
    Rule {
        id: id::PLAN_RAMP,
        kind: SourceKind::ToolPolicy,
        statement: "A plan starts at the recommended start load, never passes the top of the \
                    range, adds load only gradually (the article's advice to ease in) and holds \
                    it steady regularly. With weight steps, a step is taken once the weeks have \
                    earned it, so that the average rise stays within the weekly cap; a step \
                    bigger than the cap gets a warning.",
        figure: Some(Figure::Ramp(PLAN_RAMP)),
        citation: "wrun tool-policy, after the article's closing advice to ease in",
    },
    Rule {
        id: id::PLAN_SESSIONS,
        kind: SourceKind::ToolPolicy,
        statement: "Weighted runs stay a minority of the week and rise by at most one a week, \
                    never in a week whose load rises, with more rest than usual around them, as \
                    the article advises; the number of rest days is wrun's own, and weekdays \
                    chosen for the runs that leave less rest than that get a caution.",
        figure: Some(Figure::SessionsPerWeek(PLAN_SESSIONS)),
        citation: "wrun tool-policy, after the article's closing advice to rest more",
    },
    Rule {
        id: id::PLAN_FOCUS,
        kind: SourceKind::ToolPolicy,
        statement: "Vest weeks run on flat ground while the load is new; hills and stairs, where \
                    the article says a vest pays off most, come once the load has held steady, \
                    for beginners not in the first weeks and with knee pain never.",
        figure: None,
        citation: "wrun tool-policy, after the article's section Weighted Vests",
    },
    Rule {
        id: id::PLAN_ADAPT,
        kind: SourceKind::ToolPolicy,
        statement: "A plan fits who runs it: beginners ramp at half the rate, and beginners \
                    and anyone with a condition stop short of the top of the range, at a cap no \
                    week passes whatever the weight steps, nor any start (where the steps leave \
                    no load under it, wrun suggests no start and no plan, and says why); anyone \
                    with a condition holds the start load and the runs per week for the whole \
                    plan and gets a professional's go-ahead before adding; knee pain keeps the \
                    plan on flat ground; no single rise adds more than half the load already \
                    carried, except one half unit where that is the finest step (0.5 kg to 1 \
                    kg).",
        figure: Some(Figure::PlanAdapt(PLAN_ADAPT)),
        citation: "wrun tool-policy, after the article's advice to ease in and its warnings for \
                   beginners and for knee and back pain",
    },
    Rule {
        id: id::GAIT,
        kind: SourceKind::ToolPolicy,
        statement: "With the gait left to wrun (auto), it treats a speed below the walk-run \
                    switch as a walk \
                    and costs it with a walking model, and anything faster as a run; on a \
                    course, each stretch by its own speed (on a planned course, its speed \
                    without the load: a load slows a run as a run), and it says how much of \
                    the course it costed as a walk. People \
                    switch from walking to running near 2 m/s. The article writes for \
                    running: on a walk, the advice that carries over speaks of walks, the \
                    tips from studies of runs (fast-twitch fibres, a warm-up in the vest) are \
                    left out, and its other words on running stand as written.",
        figure: Some(Figure::SpeedMPerMin(WALK_RUN_M_PER_MIN)),
        citation: "wrun tool-policy",
    },
    Rule {
        id: id::PANDOLF_WALKING,
        kind: SourceKind::Study,
        statement: "The energy cost of walking with a load grows with body and load mass, with \
                    the load's share of body mass, with speed and grade, and with how hard the \
                    ground is to walk on. wrun uses it for every walk, weighted or not, says the \
                    terrain factor it used on ground other than firm, and says when a walk is \
                    faster than the walking speeds it was built on.",
        figure: Some(Figure::Pandolf),
        citation: "Pandolf, Givoni & Goldman 1977, J Appl Physiol 43:577; terrain factors from \
                   Soule & Goldman 1972",
    },
    Rule {
        id: id::SANTEE_DOWNHILL,
        kind: SourceKind::Study,
        statement: "Downhill, Pandolf's grade term would make walking cost less than standing; \
                    Santee's correction keeps the cost falling to a minimum near −8 % and \
                    rising again beyond it, as measured in the field at 1.34 m/s on grades to \
                    −12 %. The correction is not zero at 0 %, so applied as written the cost \
                    would jump there; wrun blends it in over the first 2 % downhill (its own \
                    choice) so that the cost is one smooth curve through 0 %. Within that band \
                    the blend runs up to about 2 % below Santee's own figure.",
        figure: Some(Figure::Santee),
        citation: "Santee, Blanchard, Speckman, Gonzalez & Wright 2003, J Human-Environ Syst \
                   6:69, and the USARIEM technical report of the same year",
    },
    Rule {
        id: id::WALK_FLOOR,
        kind: SourceKind::ToolPolicy,
        statement: "A walk never costs less than standing still with the same load. Very slow \
                    walks steeply downhill, far from what Pandolf and Santee measured, can make \
                    their equations fall below that (on soft ground even below zero); wrun \
                    then counts the standing cost and says so.",
        figure: None,
        citation: "wrun tool-policy, after Pandolf et al. 1977's standing term, 1.5·W + \
                   2.0·(W + L)·(L/W)²",
    },
    Rule {
        id: id::MINETTI_GRADE,
        kind: SourceKind::Study,
        statement: "The cost of running changes smoothly with the gradient: uphill it climbs \
                    (1.3 × the flat at +5 %), downhill it falls to about half at −15 %. wrun \
                    scales the net flat ACSM cost by Minetti's ratio on either side of 0 %, and \
                    says when a grade is steeper than the well-studied range. The subjects were \
                    trained mountain runners, whose downhill cost was well below other people's, \
                    so the downhill saving is at its most generous; downhill running also loads \
                    the knee eccentrically.",
        figure: Some(Figure::Minetti),
        citation: "Minetti, Moia, Roi, Susta & Ferretti 2002, J Appl Physiol 93:1039",
    },
    Rule {
        id: id::SAME_EFFORT,
        kind: SourceKind::Study,
        statement: "With the vest's net cost added in proportion to its mass, the pace that \
                    keeps the unweighted oxygen cost is slower by that share: a vest of p \
                    percent of body weight while running keeps the effort at the speed divided \
                    by 1 + p/100.",
        figure: None,
        citation: "derived from the ACSM running equation and Taylor et al. 1980; for walks, \
                   from Pandolf et al. 1977",
    },
    Rule {
        id: id::CAPACITY,
        kind: SourceKind::ToolPolicy,
        statement: "A run is set against the runner's aerobic ceiling: the VO2max they give, \
                    else one estimated from their maximum and resting heart rates, else a \
                    conservative figure for their level. A run asking more than a recreational \
                    share of what can be held for its length earns a caution; more than the \
                    ceiling itself, a danger. The run is costed with the runner's own load, \
                    else the heaviest in the range, so that the answer never offers a load \
                    that is beyond the runner on that run without saying so; where the start \
                    load fares better, the answer says what the run asks with it. A course \
                    asks what it is costed at (ankle weights at the middle of their share). \
                    A recorded run is an effort the runner held with what they carried: it \
                    shows a ceiling of at least that effort over the share wrun lets a runner \
                    hold for its length (Daniels and Gilbert's reading of a race), which \
                    replaces any lower figure, the runner's own included (and the answer says \
                    where it replaces theirs). A planned course is run at the effort of the \
                    runner's usual pace, which they hold for a run of up to an hour, and a run \
                    the runner gives their usual heart rate on is one they run without the \
                    weight: each shows a ceiling in the same way (the course over its length \
                    or an hour if it is longer, the run over its own), which replaces a lower \
                    figure assumed for their level or estimated from their heart rates (not a \
                    VO2max they give), so that no assumed or estimated figure calls the \
                    runner's usual effort beyond them; a VO2max they give below it stands, and \
                    the answer says the two disagree. A ceiling shown this way is the least \
                    the runner has: a run beyond it is still a danger, but the answer says \
                    theirs may be higher and asks for it.",
        figure: Some(Figure::Ceilings(LEVEL_CEILINGS)),
        citation: "wrun tool-policy; level figures after ACSM's Guidelines for Exercise Testing \
                   and Prescription (norms for adults 20–49); a usual run of up to an hour after \
                   ACSM's position stand, Med Sci Sports Exerc 1998, 30:975 (20–60 minutes of \
                   aerobic activity a session)",
    },
    Rule {
        id: id::VO2MAX_AGE,
        kind: SourceKind::ToolPolicy,
        statement: "VO2max falls with age: by about 4 mL/kg/min a decade in sedentary, \
                    active and endurance-trained men alike, in a meta-analysis of 242 studies. \
                    The figures wrun assumes for a level are norms for adults under 50, so \
                    for a runner who gives an age past 50, the figure assumed for the level is \
                    lowered by that much for each decade past 50 (0.4 a year), and an older \
                    runner is not judged against a younger one's capacity. A VO2max the runner \
                    gives, or one worked out from their heart rates or shown by their runs, is \
                    theirs and is not lowered.",
        figure: Some(Figure::AgeDecline(VO2MAX_AGE_DECLINE)),
        citation: "wrun tool-policy, after Wilson & Tanaka 2000, Am J Physiol Heart Circ \
                   Physiol 278:H829 (−4.0 mL/kg/min a decade in sedentary and active men, −4.6 \
                   in endurance-trained men)",
    },
    Rule {
        id: id::YOUNG_RUNNER,
        kind: SourceKind::ToolPolicy,
        statement: "The article speaks to adult runners, and the studies and models wrun \
                    applies (ACSM's and Pandolf's equations, Tanaka's line, Uth's formula, \
                    Daniels and Gilbert's curve) were drawn from adults; none says what load \
                    suits a body still growing. For a runner who gives an age under 18, wrun \
                    still works out the loads and figures, but as an adult's: the answer is a \
                    caution at best, and asks for a coach's or doctor's go-ahead first.",
        figure: Some(Figure::AdultFromYears(ADULT_FROM_YEARS)),
        citation: "wrun tool-policy",
    },
    Rule {
        id: id::TANAKA_HR_MAX,
        kind: SourceKind::Study,
        statement: "Maximum heart rate falls with age along a line fitted on thousands of \
                    adults; the old 220 − age underestimates it past 40. Individuals spread \
                    about ±10 bpm around it, so it is an estimate, and one a runner's usual \
                    heart rate above it, or a minute of a recording's past its first minutes, \
                    shows too low for them: wrun then leaves it aside and caps nothing with \
                    it; where it works out a VO2max from heart rates, that higher heart rate \
                    stands in for the maximum, the least the runner's own can be, so that an \
                    older age never raises the ceiling.",
        figure: Some(Figure::Tanaka(TANAKA)),
        citation: "Tanaka, Monahan & Seals 2001, J Am Coll Cardiol 37:153",
    },
    Rule {
        id: id::UTH_VO2MAX,
        kind: SourceKind::Study,
        statement: "VO2max can be estimated from the ratio of maximum to resting heart rate, \
                    within about 10 % for trained men of 21–51 years; for a runner whose age \
                    is known to be outside those years the answer says the estimate is a \
                    rougher one.",
        figure: Some(Figure::Uth(UTH_FACTOR)),
        citation: "Uth, Sørensen, Overgaard & Pedersen 2004, Eur J Appl Physiol 91:111",
    },
    Rule {
        id: id::DANIELS_GILBERT,
        kind: SourceKind::Study,
        statement: "The share of VO2max a runner can hold falls with the length of the effort: \
                    all of it for about ten minutes, under nine tenths for an hour. Fitted on \
                    trained runners' races from the mile to the marathon; recreational runners \
                    hold less, and so does everyone over longer efforts, where the curve \
                    levels off at eight tenths: wrun says so of a longer run (its own line, \
                    in the figure). A run shorter than the fastest mile, 3.5 minutes, is \
                    judged by the curve extrapolated, which leaves out the anaerobic energy so \
                    short an effort also draws on: where it finds the run beyond the runner, \
                    wrun says the run may be within them after all.",
        figure: Some(Figure::DanielsGilbert),
        citation: "Daniels & Gilbert 1979, Oxygen Power",
    },
    Rule {
        id: id::ALTITUDE,
        kind: SourceKind::Study,
        statement: "Thinner air lowers the most oxygen a runner can take up, in a straight line \
                    with altitude in endurance athletes tested from 300 m to 2800 m; higher up \
                    it falls faster (by about a quarter at 4000 m in conditioned runners). \
                    What a pace costs barely changes, so a course high above where a runner \
                    trains asks a larger share of what they have, and raises their heart \
                    rate more. wrun takes the runner's fitness as they give it, or as their \
                    usual pace shows it at home: on a planned course that reaches 1500 m or \
                    more it says how much lower VO2max is at the highest point. A recording \
                    was run at its altitude, and shows what the runner held there.",
        figure: Some(Figure::Altitude(ALTITUDE)),
        citation: "Wehrlin & Hallén 2006, Eur J Appl Physiol 96:404; Buskirk et al. 1967, J \
                   Appl Physiol 23:259",
    },
    Rule {
        id: id::CHOSEN_LOAD,
        kind: SourceKind::ToolPolicy,
        statement: "A load the runner already has is judged against the range: below, in or \
                    above it. Below it, a load no lighter than the start wrun suggests (a \
                    beginner's may lie below the range) gets no warning: it is that start. A \
                    vest above the range gets a caution and, beyond 15 % of body weight, a \
                    danger; a hand weight above 3 lb a danger. Its energy and heart \
                    rate are worked out for exactly that load; for hand weights wrun reads the \
                    article's figures as rising in a straight line from 1 to 3 lb. The \
                    article's ankle figures name no load: wrun shows them as they stand and \
                    says so, as a load at the feet costs several times what it does on the \
                    trunk. A course with no load given is worked out, and judged, at the \
                    recommended start, and the answer says so.",
        figure: Some(Figure::DangerPercent(VEST_DANGER_PERCENT)),
        citation: "wrun tool-policy, reading the article's load ranges; Myers & Steudel 1985, \
                   J Exp Biol 116:363 (loads at the feet)",
    },
    Rule {
        id: id::BMI_OVERWEIGHT,
        kind: SourceKind::ToolPolicy,
        statement: "The article warns that a vest may be too much for anyone already \
                    overweight. A body-mass index of 30 or more (obesity, by WHO's \
                    classification) implies the overweight condition; without a height, so does \
                    a weight at which the index is 30 or more for anyone up to 2.10 m tall. The \
                    answer says it was implied, and a height can say otherwise.",
        figure: Some(Figure::Bmi(BMI_OVERWEIGHT)),
        citation: "wrun tool-policy, after the article's section Weighted Vests; WHO body-mass \
                   index classification",
    },
    Rule {
        id: id::WALK_HAND,
        kind: SourceKind::Study,
        statement: "While walking, what hand or wrist weights do depends on the arms: with a \
                    normal swing, weights up to 2.27 kg raised neither oxygen uptake nor heart \
                    rate; pumped, 1.36 kg weights raised oxygen uptake by 14 % and heart rate by \
                    13.6 bpm. Gripped hand weights raised blood pressure beyond what the same \
                    effort does (systolic 151 to 160 mmHg at the same heart rate; diastolic up \
                    4.4 mmHg, where wrist weights made no significant difference), and the \
                    authors urge caution where that strain on the heart matters: wrun tells \
                    anyone carrying hand weights, walking or running. wrun gives that span for \
                    walks, scaled to the load in proportion to its mass, and says when a load \
                    is beyond what was studied; the article's figures are for running.",
        figure: Some(Figure::Walking(WALK_HAND)),
        citation: "Graves et al. 1988, Med Sci Sports Exerc 20:265; Graves et al. 1987, Med \
                   Sci Sports Exerc 19:260; Owens, Al-Ahmed & Moffatt 1989, J Sports Med Phys \
                   Fitness 29:384",
    },
    Rule {
        id: id::WALK_ANKLE,
        kind: SourceKind::Study,
        statement: "While walking, 1.36 kg ankle weights raised oxygen uptake by 9 % and heart \
                    rate by 7.6 bpm, with perceived effort unchanged. wrun scales that to the \
                    load in proportion to its mass and says when a load is not the one studied; \
                    the article's figures are for running.",
        figure: Some(Figure::Walking(WALK_ANKLE)),
        citation: "Graves et al. 1988, \"Physiological responses to walking with hand weights, \
                   wrist weights, and ankle weights\", Med Sci Sports Exerc 20:265",
    },
    Rule {
        id: id::ONE_VERDICT,
        kind: SourceKind::ToolPolicy,
        statement: "Every answer gets one verdict, the worst of its findings: the kind of \
                    weight's own verdict and every warning. A danger makes it not-recommended, \
                    a caution makes it at most caution; the answer names the findings that set \
                    it, and short forms (brief text, CSV) keep them.",
        figure: None,
        citation: "wrun tool-policy",
    },
    Rule {
        id: id::LOAD_SUITS,
        kind: SourceKind::ToolPolicy,
        statement: "When `compare` is given one load, each kind of weight is judged on its own \
                    terms: a load said to be for each hand or ankle (`2lb each`, `1kg per \
                    ankle`) is judged for the kinds that load that limb; otherwise a load over \
                    10 lb (4.54 kg) is no hand or ankle weight and is judged as a vest only; a \
                    load under 2.5 % of body weight is no vest and is judged per hand and per \
                    ankle only; a load that suits neither is judged for all. A load said to be \
                    for a limb the kind asked about does not load (`2lb each` for a vest) is \
                    refused.",
        figure: Some(Figure::LoadSuits {
            limb_max_lb: LIMB_LOAD_MAX_LB,
            vest_min_percent: VEST_LOAD_MIN_PERCENT,
        }),
        citation: "wrun tool-policy",
    },
    Rule {
        id: id::BEST_FIT,
        kind: SourceKind::ToolPolicy,
        statement: "The best fit is the kind with the best verdict that is not \
                    not-recommended; among equals, the one whose most severe warning is least \
                    severe, then one whose risks the article does not tie to the runner's \
                    conditions, then the vest, hand or wrist weights, ankle weights, in that \
                    order. \
                    Hand or wrist weights are never the best fit with back pain (the article \
                    warns they make runners slump). When no kind is acceptable, wrun says so and \
                    advises running (or walking) without weight for now, until what its \
                    warnings name is settled; to a beginner it adds the article's advice to \
                    build form and technique first.",
        figure: None,
        citation: "wrun tool-policy, after the article's sections on each kind of weight",
    },
    Rule {
        id: id::PRACTICAL_ADVICE,
        kind: SourceKind::ToolPolicy,
        statement: "Practical advice of wrun's own, where the article says what but not how: \
                    strap a vest snug, keep the first weighted runs short and easy, stay on flat \
                    ground until the load feels steady, and with a condition get a \
                    professional's go-ahead before adding load.",
        figure: None,
        citation: "wrun tool-policy",
    },
    Rule {
        id: id::FAST_TWITCH,
        kind: SourceKind::Article,
        statement: "The article cites a finding that weighted running recruits more fast-twitch \
                    fibres in the legs, anaerobically. The study most likely behind it had \
                    runners wear a vest of about 10 % of body mass all day for weeks: blood \
                    lactate rose and the lactate threshold fell; fast-twitch recruitment was \
                    suggested, not measured.",
        figure: None,
        citation: "Rachel Basinger, \"Is It Ok to Go Running With Weights?\", The Wired Runner, \
                   citing the European Journal of Applied Physiology; most likely Rusko & Bosco \
                   1987, Eur J Appl Physiol 56:412",
    },
    Rule {
        id: id::STRENGTH_BY_REGION,
        kind: SourceKind::Article,
        statement: "Each kind of weight adds a little strength work where it sits: hand or \
                    wrist weights the upper body, a vest the core, ankle weights the lower \
                    body.",
        figure: None,
        citation: article!("introduction"),
    },
    Rule {
        id: id::START_ROUNDING,
        kind: SourceKind::ToolPolicy,
        statement: "Without weight steps, the suggested start is rounded to the nearest half \
                    pound or half kilogram (in the unit the runner reads) that lies inside the \
                    range, and a plan's loads to half units, so nobody is asked to find 4.32 kg; \
                    the range's ends stay exact.",
        figure: Some(Figure::Rounding(START_ROUNDING)),
        citation: "wrun tool-policy",
    },
    Rule {
        id: id::UNIT_ASSUMED,
        kind: SourceKind::ToolPolicy,
        statement: "A body weight typed without a unit, with no unit chosen, is read in \
                    pounds; below 100 lb that may be a weight meant in kilograms, so wrun says \
                    how it read it. A pace typed without its distance (5:30) is read per mile \
                    for a runner in pounds and per kilometre in kilograms, and wrun says so.",
        figure: Some(Figure::BodyWeightLb(UNIT_ASSUMED_BELOW_LB)),
        citation: "wrun tool-policy",
    },
    Rule {
        id: id::HEART_AND_PACE,
        kind: SourceKind::ToolPolicy,
        statement: "A usual heart rate given for a run, with the maximum heart rate (given, or \
                    from age) and the resting one (given, else wrun's default), puts the run at \
                    a share of the heart-rate reserve; as that share tracks the share of oxygen \
                    reserve, the run's oxygen cost implies a VO2max (from a fifth of the \
                    reserve up; below it, a few beats make the share). Where that passes what \
                    any runner has, the figures disagree (most often a pace read in the wrong \
                    unit, or a heart rate from another run), and wrun says so, since the \
                    heart-rate and capacity figures rest on them.",
        figure: Some(Figure::ImpliedCeiling(HEART_AND_PACE_MOST_VO2MAX)),
        citation: "wrun tool-policy, after Swain & Leutholtz 1997, Med Sci Sports Exerc 29:410 \
                   (%HR reserve ≈ %VO2 reserve); VO2max of the best endurance athletes about \
                   85–90 mL/kg/min",
    },
    Rule {
        id: id::SLOWER_PACE,
        kind: SourceKind::Article,
        statement: "Any added weight slows the runner down; the article details it for ankle \
                    weights, where the slower pace can cancel the gains.",
        figure: None,
        citation: article!("Ankle Weights"),
    },
    Rule {
        id: id::ROUTE_DISTANCE,
        kind: SourceKind::Study,
        statement: "The distance between two GPS fixes is the great-circle distance by the \
                    haversine formula on a sphere of the mean Earth radius, 6,371,008.8 m: \
                    within 0.5 % of the ellipsoid over running distances.",
        figure: None,
        citation: "Sinnott 1984, Sky & Telescope 68:159 (haversine); Moritz 2000, J Geod \
                   74:128 (GRS 80 mean radius)",
    },
    Rule {
        id: id::ROUTE_FIXES,
        kind: SourceKind::ToolPolicy,
        statement: "A recorded fix timed more than 7 days apart from the body of the recording \
                    (the fixes around its median time, with no gap that long between them), or \
                    out of order (before the one it follows, or after those that follow it), is \
                    a device's clock glitch and is left out, the fewest fixes that leave the \
                    rest in time order; a file with more than 1 in 20 so left out is refused, \
                    but fixes 7 days apart in greater number are read as they are, the days \
                    between them a stop. A recorded fix reached faster than 15 m/s from the last \
                    one kept is a GPS jump and is left out. Moving slower than 0.5 m/s for 10 s \
                    or more, and climbing or descending less than 0.05 m/s (180 m an hour: a \
                    steep hike is moving), is a stop: its time is left out of moving time, and \
                    so is any ground its fixes moved across (GPS drift, a pause while moving, \
                    the gap between joined tracks), with the rises and falls across it; wrun \
                    says so, naming that ground from 100 m. A file whose fixes are not all \
                    timed, or all carry one time, is taken as a planned course, and so is a file \
                    that names its activity as one not on foot (a ride, a swim, a paddle, skis \
                    or skates). A file with a fix off the globe is refused, and so is one whose \
                    fixes, joined in order, run more than 5,000 km, past the longest race on foot \
                    (the Self-Transcendence 3100 Mile Race, 4,989 km).",
        figure: None,
        citation: "wrun tool-policy",
    },
    Rule {
        id: id::ROUTE_ELEVATION,
        kind: SourceKind::ToolPolicy,
        statement: "GPS elevation is noisy, so wrun cleans it before it counts a metre: an \
                    elevation more than 25 m from the median of the fixes around it (up to 9, \
                    within 50 m, at least 3) is replaced by that median, then each is \
                    averaged over the ground within 50 m either side (100 m in all), the line \
                    between fixes taken as straight; where the fixes within 50 m, or the course \
                    itself, reach less far on one side, over as much ground either side as that \
                    side holds: so a slope keeps its grade to the very ends however unevenly its \
                    fixes lie, and a route drawn with points far apart keeps its elevations as \
                    drawn. Ascent and descent count rises and falls between turning points at \
                    least 3 m apart; beside the ascent, the raw GPS sum adds up every rise \
                    between fixes, outliers replaced, to show the noise. Grades are taken over \
                    stretches of 50 m, and costed within the models' range of -15 % to +25 %. \
                    An elevation below -500 m or above \
                    9,000 m, on no ground on Earth, or not a number at all, is no reading (some \
                    devices write -9999 for none, some apps NaN), and the point is read as one \
                    without elevation. A file without elevation is taken as flat.",
        figure: None,
        citation: "wrun tool-policy, after common practice for GPS tracks (local-median \
                   outliers, distance smoothing over 50-100 m, a 1.5-5 m threshold); the \
                   window narrows evenly at the ends, as MATLAB's smooth does, and where the \
                   fixes within it reach less far on one side",
    },
    Rule {
        id: id::ROUTE_EFFORT,
        kind: SourceKind::ToolPolicy,
        statement: "On a planned course the runner keeps the effort of their usual flat, \
                    unloaded pace: each stretch is run at the speed at which the models \
                    (ACSM and Minetti running, Pandolf walking, the load's own cost) spend \
                    what that pace spends on the flat, in the gait they would take there \
                    without the load (the load slows a run as a run); an effort the models \
                    would spend as a walk above the walk-run switch and a run below it is \
                    taken in the gait of the usual flat pace. Downhill no faster than 1.2 times the \
                    flat speed: Minetti's savings come from trained mountain runners, and most \
                    runners brake. On a recorded run, the adjusted pace of a split is the flat, \
                    unloaded pace that costs what the split cost, and the recording's own \
                    moving pace, not one the runner gives, tells a walk from a run for the \
                    figures of hand and ankle weights.",
        figure: None,
        citation: "wrun tool-policy, applying Minetti et al. 2002 (J Appl Physiol 93:1039) \
                   and the ACSM and Pandolf equations",
    },
    Rule {
        id: id::ROUTE_HEART,
        kind: SourceKind::Study,
        statement: "Heart rate rises in a straight line with oxygen uptake. From a recording \
                    with heart rate, wrun fits the runner's own line by least squares over \
                    minute-long windows after the first 5 minutes (heart rate lags the \
                    effort) and uses it when it rests on at least 8 windows with r² of at \
                    least 0.5. Otherwise the line runs through the resting heart rate at rest \
                    and one known point (heart-rate reserve follows oxygen reserve); a \
                    known point no higher than rest gives no line, and the answer says so. \
                    No estimate passes the runner's maximum heart rate.",
        figure: None,
        citation: "Swain & Leutholtz 1997, Med Sci Sports Exerc 29:410; the fit's thresholds \
                   are wrun tool-policy",
    },
    Rule {
        id: id::ROUTE_HILLS,
        kind: SourceKind::ToolPolicy,
        statement: "A stretch of 5 % or steeper, up or down, is a hill. A course with 200 m or \
                    more of them is hilly, and so is one that climbs or drops 100 m or more in \
                    one go, however gently (a fall along a climb, or a rise along a descent, \
                    of under 10 m does not end it): a beginner is told to keep weighted runs \
                    flat until the plan's fourth week (unless they say they are past it). A \
                    runner with knee pain is warned of the descents when 200 m or more of the \
                    hills go down, or the course drops 100 m or more in one go.",
        figure: None,
        citation: "wrun tool-policy, applying the plan's rule plan-adapt",
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
    fn vo2max_falls_along_the_altitude_line_from_300_m_and_no_lower() {
        // 6.3 % for each 1000 m: 23.3 % at 4000 m, under the 26 % Buskirk
        // et al. measured there, as the line is the least above 2800 m.
        assert!((ALTITUDE.loss_percent(4000.0) - 23.31).abs() < 1e-9);
        assert!((ALTITUDE.loss_percent(1500.0) - 7.56).abs() < 1e-9);
        assert!(ALTITUDE.loss_percent(0.0).abs() < f64::EPSILON);
        assert!(ALTITUDE.loss_percent(-20.0).abs() < f64::EPSILON);
    }

    /// Checks that rule `id`'s statement says `figure`.
    fn says(id: &str, figure: impl AsRef<str>) {
        let statement = find(id).unwrap().statement;
        let figure = figure.as_ref();
        assert!(statement.contains(figure), "{id} should say {figure:?}");
    }

    #[test]
    fn statements_that_repeat_a_figure_repeat_the_one_in_force() {
        says(
            id::DANIELS_GILBERT,
            format!("the fastest mile, {DANIELS_GILBERT_SHORTEST_MIN} minutes"),
        );
        says(
            id::BMI_OVERWEIGHT,
            format!("index of {} or more", BMI_OVERWEIGHT.bmi),
        );
        says(
            id::BMI_OVERWEIGHT,
            format!("up to {:.2} m tall", BMI_OVERWEIGHT.tallest_m),
        );
        says(id::LOAD_SUITS, format!("over {LIMB_LOAD_MAX_LB} lb"));
        says(
            id::YOUNG_RUNNER,
            format!("an age under {ADULT_FROM_YEARS},"),
        );
        says(id::LOAD_SUITS, format!("under {VEST_LOAD_MIN_PERCENT} %"));
        says(id::ROUTE_DISTANCE, "6,371,008.8 m");
        assert!((EARTH_RADIUS_M - 6_371_008.8).abs() < 1e-9);
        says(
            id::ROUTE_ELEVATION,
            format!("below {} m or above 9,000 m", ROUTE_ELEVATION_M.min),
        );
        assert!((ROUTE_ELEVATION_M.max - 9_000.0).abs() < 1e-9);
        says(
            id::ROUTE_ELEVATION,
            format!("more than {ROUTE_OUTLIER_M} m"),
        );
        // The median's neighbours and the average reach half the smoothing
        // length either side, and the average narrows to the fixes within it.
        let reach = ROUTE_SMOOTHING_M / 2.0;
        says(
            id::ROUTE_ELEVATION,
            format!("(up to {ROUTE_MEDIAN_FIXES}, within {reach} m"),
        );
        says(
            id::ROUTE_ELEVATION,
            format!("within {reach} m either side ({ROUTE_SMOOTHING_M} m in all)"),
        );
        says(
            id::ROUTE_ELEVATION,
            format!("where the fixes within {reach} m, or the course"),
        );
        says(
            id::ROUTE_ELEVATION,
            format!("at least {ROUTE_ASCENT_THRESHOLD_M} m apart"),
        );
        says(
            id::ROUTE_ELEVATION,
            format!("stretches of {ROUTE_STRETCH_M} m"),
        );
        says(
            id::ROUTE_EFFORT,
            format!("{ROUTE_DOWNHILL_SPEED_CAP} times the flat speed"),
        );
        says(
            id::TANAKA_HR_MAX,
            format!("about ±{} bpm around it", TANAKA.spread_bpm),
        );
        says(
            id::ROUTE_HEART,
            format!("after the first {} minutes", ROUTE_FIT_SKIP_SECONDS / 60.0),
        );
        says(
            id::ROUTE_HEART,
            format!(
                "at least {ROUTE_FIT_MIN_WINDOWS} windows with r² of at least {ROUTE_FIT_MIN_R2}"
            ),
        );
        says(
            id::ROUTE_HILLS,
            format!("{ROUTE_HILL_PERCENT} % or steeper"),
        );
        says(id::ROUTE_HILLS, format!("{ROUTE_HILL_MIN_M} m or more"));
        says(
            id::ROUTE_HILLS,
            format!("drops {ROUTE_HILL_CLIMB_M} m or more in one go"),
        );
        says(
            id::ROUTE_HILLS,
            format!("of under {ROUTE_CLIMB_BREAK_M} m does not end it"),
        );
        // The week is said in words, here and in the advice `hills-early`.
        assert_eq!(PLAN_ADAPT.beginner_hills_from_week, 4);
        says(id::ROUTE_HILLS, "plan's fourth week");
        says(
            id::ALTITUDE,
            format!("from {} m to {} m", ALTITUDE.from_m, ALTITUDE.studied_to_m),
        );
        says(id::ALTITUDE, format!("reaches {} m", ALTITUDE.said_from_m));
        says(
            id::CHOSEN_LOAD,
            format!("beyond {VEST_DANGER_PERCENT} % of body"),
        );
        let grades = crate::workout::GRADE_PERCENT;
        says(
            id::ROUTE_ELEVATION,
            format!("range of {} % to +{} %", grades.min, grades.max),
        );
    }

    #[test]
    fn the_route_fixes_statement_repeats_the_limits_in_force() {
        says(
            id::ROUTE_FIXES,
            format!("more than 1 in {ROUTE_TIME_GLITCHES_ONE_IN} so left out is refused"),
        );
        says(
            id::ROUTE_FIXES,
            format!("more than {ROUTE_GLITCH_DAYS} days apart from the body"),
        );
        says(id::ROUTE_FIXES, "with no gap that long");
        says(
            id::ROUTE_FIXES,
            format!("fixes {ROUTE_GLITCH_DAYS} days apart"),
        );
        says(
            id::ROUTE_FIXES,
            format!("faster than {ROUTE_JUMP_M_PER_S} m/s"),
        );
        says(
            id::ROUTE_FIXES,
            format!("slower than {ROUTE_STOP_M_PER_S} m/s for {ROUTE_STOP_SECONDS} s"),
        );
        says(
            id::ROUTE_FIXES,
            format!(
                "less than {ROUTE_STOP_CLIMB_M_PER_S} m/s ({} m an hour",
                ROUTE_STOP_CLIMB_M_PER_S * 3600.0
            ),
        );
        says(id::ROUTE_FIXES, "run more than 5,000 km");
        assert!((ROUTE_LONGEST_M - 5_000_000.0).abs() < 1e-9);
    }

    #[test]
    fn fixed_texts_that_repeat_a_figure_repeat_the_one_in_force() {
        use crate::advice::{HILLS_EARLY, HILLS_EARLY_WALK, VEST_WARMUP};
        let hills = PLAN_ADAPT.beginner_hills_from_week;
        for text in [HILLS_EARLY.message, HILLS_EARLY_WALK] {
            assert!(text.contains("fourth week of a plan") && hills == 4);
            assert!(text.contains(&format!("week {hills} of your plan")));
        }
        assert!(
            VEST_WARMUP
                .message
                .contains(&format!("the {VEST_DANGER_PERCENT} %"))
        );
        let walk_run = crate::Speed::from_m_per_min(WALK_RUN_M_PER_MIN).to_string();
        assert!(crate::Named::describe(crate::Gait::Auto).contains(&walk_run));
    }

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
    fn every_study_cited_is_named_by_who_did_it_not_by_a_title_alone() {
        for rule in RULES.iter().filter(|rule| rule.kind == SourceKind::Study) {
            for work in rule.citation.split(';') {
                assert!(!work.trim_start().starts_with('"'), "{}: {work}", rule.id);
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
        // Pandolf's terrain factors follow η, one after another.
        let pandolf = Figure::Pandolf.to_string();
        assert!(
            pandolf.ends_with(
                "; η paved 1, treadmill 1, dirt 1.1, light-brush 1.2, heavy-brush 1.5, swamp \
                 1.8, sand 2.1"
            ),
            "{pandolf}"
        );
    }

    #[test]
    fn a_condition_keeps_an_experienced_runner_at_the_standard_start() {
        assert!((VEST_START_PERCENT.for_level(Level::Experienced, false) - 7.5).abs() < 1e-12);
        assert!((VEST_START_PERCENT.for_level(Level::Experienced, true) - 5.0).abs() < 1e-12);
        assert!((VEST_START_PERCENT.for_level(Level::Beginner, false) - 5.0).abs() < 1e-12);
    }
}
