//! The JSON contract scripts depend on.
//!
//! These types are the contract: each field is documented, numbers are
//! rounded to two decimals, masses come in both units, and changes are
//! additive only. `schema_version` says which contract a document follows.

use std::io::{self, Write};

use serde::Serialize;

use crate::cli::UnitSource;
use crate::guidance::METRES_PER_MILE;
use crate::guidance::round2;
use crate::guidance::{
    Basis, Condition, Effect, Energy, Equation, Fit, Gait, HeartRate, Length, Level, Load, LoadPer,
    Mass, Range, Recommendation, Request, SameEffort, Severity, Terrain, Unit, Verdict, WeightType,
};
use crate::guidance::{Capacity, CeilingBasis};

mod compare;
pub mod line;
mod notes;
mod plan;
pub mod route;
mod sources;
mod text;

pub use compare::ComparisonJson;
pub use notes::{NotesForm, ReasonJson, TipJson, WarningJson, Written};
pub use plan::{PlanJson, WeekJson};
pub use route::{RouteFile, RouteJson};
pub use sources::SourcesJson;
pub use text::{Notes, Sentence, encode_fixed_texts};

/// The version of the JSON contract.
pub const SCHEMA_VERSION: u32 = 1;

/// Writes `value` as one line of JSON followed by a newline, serialized
/// first so that `out` sees one write rather than one per token.
///
/// # Errors
/// Any error writing to `out`.
pub fn write<W: Write + ?Sized, T: Serialize>(out: &mut W, value: &T) -> io::Result<()> {
    let mut line = serde_json::to_vec(value)?;
    line.push(b'\n');
    out.write_all(&line)
}

/// One line of `wrun batch` output.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(untagged)]
// Built for the schema and for tests; batch writes the same bytes itself.
#[allow(dead_code, clippy::large_enum_variant)]
pub enum BatchLineJson<'a> {
    /// A record answered.
    Answer {
        /// The 1-based number of the input line the record starts on.
        line: u64,
        /// The record's `id`, as given (any JSON scalar; text from CSV); absent when it has none.
        #[serde(skip_serializing_if = "Option::is_none")]
        id: Option<serde_json::Value>,
        /// The record's other fields or columns, unchanged and in input order; absent when none.
        #[serde(skip_serializing_if = "Option::is_none")]
        extra: Option<serde_json::Map<String, serde_json::Value>>,
        /// The answer of the command batch runs (`--command`, recommend by default).
        #[serde(flatten)]
        answer: BatchAnswerJson<'a>,
    },
    /// A record refused.
    Error {
        /// The 1-based number of the input line the record starts on.
        line: u64,
        /// The record's `id`, when it could be read.
        #[serde(skip_serializing_if = "Option::is_none")]
        id: Option<serde_json::Value>,
        /// The record's other fields or columns, when they could be read.
        #[serde(skip_serializing_if = "Option::is_none")]
        extra: Option<serde_json::Map<String, serde_json::Value>>,
        /// Why, in one line.
        error: String,
    },
}

/// The answer on a batch line: the JSON object of the command batch runs.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
#[allow(clippy::large_enum_variant)]
pub enum BatchAnswerJson<'a> {
    /// `--command recommend` (the default): as `wrun recommend --json`.
    Recommend(RecommendationJson<'a>),
    /// `--command compare`: as `wrun compare --json`.
    Compare(ComparisonJson<'a>),
    /// `--command plan`: as `wrun plan --json`.
    Plan(PlanJson<'a>),
}

/// `wrun recommend --json`.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct RecommendationJson<'a> {
    /// The version of this contract: 1.
    pub schema_version: u32,
    /// What was asked, normalized.
    pub input: InputJson,
    /// `recommended`, `caution` or `not-recommended`.
    pub verdict: Verdict,
    /// Why the verdict is what it is.
    pub reason: ReasonJson<'a>,
    /// The ids of the findings that set the verdict, which is the worst of
    /// them: the rule behind the kind of weight's own verdict when no
    /// warning is worse, and every warning at the verdict's severity.
    pub verdict_because: &'a [&'static str],
    /// The rule that makes the verdict the worst finding: `one-verdict`.
    pub verdict_source: &'static str,
    /// How much to carry; null when no load is recommended.
    pub load: Option<LoadJson>,
    /// Expected change in heart rate, in beats per minute; null when nothing supports a figure.
    pub heart_rate_delta_bpm: Option<EffectJson>,
    /// Expected change in calories burned, in percent; null when nothing supports a figure.
    pub calorie_delta_percent: Option<EffectJson>,
    /// What can hurt the runner, most severe first.
    pub warnings: Vec<WarningJson<'a>>,
    /// How to run better with the weight.
    pub tips: Vec<TipJson<'a>>,
    /// What the run costs; null without a speed and a duration or distance.
    pub energy: Option<EnergyJson<'a>>,
    /// Heart rate with the weight; null without `--hr`.
    pub heart_rate: Option<HeartRateJson<'a>>,
    /// The run set against the runner's aerobic ceiling; null without a run.
    pub capacity: Option<CapacityJson>,
}

/// A run set against the runner's aerobic ceiling.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct CapacityJson {
    /// The runner's `VO2max`, mL/kg/min: with a `vo2max_basis` of
    /// `usual-pace` or `recording`, the least the runner has.
    pub vo2max_ml_per_kg_min: f64,
    /// `given`, `heart-rates` (Uth et al. 2004), `level` (wrun's
    /// conservative figure for the level, lowered past 50 for the age),
    /// `usual-pace` (the least a usual run, or a course at the usual pace,
    /// shows) or, for `wrun route`, `recording` (the least the effort a
    /// recorded run held shows).
    pub vo2max_basis: CeilingBasis,
    /// The most the runner can hold for the run's length, mL/kg/min.
    pub sustainable_ml_per_kg_min: f64,
    /// What the run asks with the weight, mL/kg/min.
    pub demand_ml_per_kg_min: f64,
    /// The run's length, minutes.
    pub minutes: f64,
    /// `caution` above the sustainable share, `danger` above `VO2max`;
    /// null when the run fits.
    pub finding: Option<Severity>,
    /// The rule: `capacity`.
    pub source: &'static str,
    /// Every rule the judgement used: `capacity`, `daniels-gilbert`;
    /// `vo2max-age` where the age lowered the level's figure; `uth-vo2max`
    /// and `tanaka-hr-max` where they estimated the ceiling.
    pub sources: Vec<&'static str>,
}

/// The request as wrun read it.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct InputJson {
    /// `vest`, `hand-wrist` or `ankle`.
    pub weight_type: WeightType,
    /// Who is running.
    #[serde(flatten)]
    pub runner: RunnerJson,
    /// The run, as described.
    #[serde(flatten)]
    pub workout: WorkoutJson,
}

/// Who is running, as wrun read it.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct RunnerJson {
    /// Body weight in pounds.
    pub body_weight_lb: f64,
    /// Body weight in kilograms.
    pub body_weight_kg: f64,
    /// `beginner`, `intermediate` or `experienced`.
    pub level: Level,
    /// Conditions, sorted, each once.
    pub conditions: Vec<Condition>,
    /// The step the runner's weights come in, in pounds; null when not given.
    pub increment_lb: Option<f64>,
    /// The same step in kilograms; null when not given.
    pub increment_kg: Option<f64>,
    /// The unit of plain numbers and text output: `lb` or `kg`.
    pub unit: Unit,
    /// Where the unit came from, first found: `record` (a batch record's own
    /// `unit`), `flag`, `env`, `profile`, `weight` (written on the body
    /// weight) or `default`.
    pub unit_source: UnitSource,
    /// Height in metres; null when not given.
    pub height_m: Option<f64>,
    /// Body-mass index from the height; null without one.
    pub bmi: Option<f64>,
    /// Age in years; null when not given.
    pub age_years: Option<f64>,
    /// `VO2max` as given, mL/kg/min; null when not given.
    pub vo2max_ml_per_kg_min: Option<f64>,
}

/// The run as described on the command line.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct WorkoutJson {
    /// Speed from `--pace` or `--speed`, in metres per minute; null when not given.
    pub speed_m_per_min: Option<f64>,
    /// Grade in percent; 0 unless given.
    pub grade_percent: f64,
    /// Duration from `--duration`, in minutes; null when not given.
    pub duration_min: Option<f64>,
    /// Distance from `--distance`, in kilometres; null when not given.
    pub distance_km: Option<f64>,
    /// Usual heart rate on this run without weights; null when not given.
    pub hr_bpm: Option<f64>,
    /// Resting heart rate: as given, or wrun's default with `--hr`; null otherwise.
    pub resting_hr_bpm: Option<f64>,
    /// Maximum heart rate from `--max-hr`; null when not given.
    pub max_hr_bpm: Option<f64>,
    /// `auto`, `walk` or `run`, as asked.
    pub gait: Gait,
    /// `paved`, `treadmill`, `dirt`, `light-brush`, `heavy-brush`, `swamp` or `sand`.
    pub terrain: Terrain,
    /// The load from `--load` (per vest or per hand), pounds; null when not given.
    pub load_lb: Option<f64>,
    /// The same load, kilograms; null when not given.
    pub load_kg: Option<f64>,
}

/// A low and a high end.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, schemars::JsonSchema)]
pub struct RangeJson {
    /// Low end.
    pub min: f64,
    /// High end.
    pub max: f64,
}

impl RangeJson {
    fn new(range: Range) -> Self {
        Self {
            min: round2(range.min),
            max: round2(range.max),
        }
    }
}

/// The energy of the described run.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct EnergyJson<'a> {
    /// Speed, metres per minute.
    pub speed_m_per_min: f64,
    /// The same speed as a pace, seconds per kilometre.
    pub pace_s_per_km: f64,
    /// The same speed as a pace, seconds per mile.
    pub pace_s_per_mile: f64,
    /// Grade in percent, as given.
    pub grade_percent: f64,
    /// Duration, minutes.
    pub duration_min: f64,
    /// Distance, kilometres.
    pub distance_km: f64,
    /// The model, and the id of its rule: `acsm-running`, `minetti-grade` (running
    /// downhill), `pandolf-walking`, `santee-downhill` (walking downhill) or
    /// `walk-floor` (a walk the models put below standing still).
    pub equation: Equation,
    /// `walk` or `run`: how the run was costed.
    pub gait: &'static str,
    /// `gait` when `--gait auto` chose by speed; null when the gait was given.
    pub gait_source: Option<&'static str>,
    /// Oxygen cost, mL per kg per minute.
    pub vo2_ml_per_kg_min: f64,
    /// Kilocalories without weights.
    pub baseline_kcal: f64,
    /// Kilocalories with the weight, over its range.
    pub loaded_kcal: RangeJson,
    /// Kilocalories the weight adds, over its range.
    pub extra_kcal: RangeJson,
    /// The id of the rule that turns the weight into extra energy.
    pub loaded_source: &'static str,
    /// How the estimate was worked out, where the reader should know.
    pub notes: Notes<'a>,
    /// With a vest and a pace or speed: the pace that keeps the run's unweighted
    /// oxygen cost; null otherwise, or where the model cannot tell (steep walks downhill).
    pub same_effort: Option<SameEffortJson>,
}

/// The speed that keeps the unweighted effort with the vest on.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct SameEffortJson {
    /// The vest it is worked out for (the chosen load, else the start), pounds.
    pub load_lb: f64,
    /// The same vest, kilograms.
    pub load_kg: f64,
    /// Speed, metres per minute.
    pub speed_m_per_min: f64,
    /// Pace, seconds per kilometre.
    pub pace_s_per_km: f64,
    /// Pace, seconds per mile.
    pub pace_s_per_mile: f64,
    /// The id of the rule behind it: `same-effort`.
    pub source: &'static str,
}

impl SameEffortJson {
    fn new(same: SameEffort) -> Self {
        let m_per_min = same.speed.m_per_min();
        Self {
            load_lb: round2(same.load.lb()),
            load_kg: round2(same.load.kg()),
            speed_m_per_min: round2(m_per_min),
            pace_s_per_km: round2(60_000.0 / m_per_min),
            pace_s_per_mile: round2(60.0 * METRES_PER_MILE / m_per_min),
            source: SameEffort::SOURCE,
        }
    }
}

impl<'a> EnergyJson<'a> {
    fn new(energy: &'a Energy, form: NotesForm) -> Self {
        Self {
            speed_m_per_min: round2(energy.speed.m_per_min()),
            pace_s_per_km: round2(energy.speed.seconds_per_km()),
            pace_s_per_mile: round2(energy.speed.seconds_per_mile()),
            grade_percent: round2(energy.grade_percent),
            duration_min: round2(energy.duration.minutes()),
            distance_km: round2(energy.distance.km()),
            equation: energy.equation,
            gait: energy.gait().id(),
            gait_source: energy.gait_source(),
            vo2_ml_per_kg_min: round2(energy.vo2_ml_per_kg_min),
            baseline_kcal: round2(energy.baseline_kcal),
            loaded_kcal: RangeJson::new(energy.loaded_kcal),
            extra_kcal: RangeJson::new(energy.extra_kcal()),
            loaded_source: energy.loaded_source,
            notes: Notes {
                notes: &energy.notes,
                form,
            },
            same_effort: energy.same_effort.map(SameEffortJson::new),
        }
    }
}

/// Heart rate with the weight.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct HeartRateJson<'a> {
    /// Usual heart rate on this run without weights.
    pub usual_bpm: f64,
    /// Resting heart rate.
    pub resting_bpm: f64,
    /// Maximum heart rate, when given: the loaded heart rate never passes it.
    pub max_bpm: Option<f64>,
    /// Expected heart rate with the weight; null when it cannot be worked out.
    pub loaded_bpm: Option<RangeJson>,
    /// `article`, `model` or `study` (a walking study's figures, scaled to
    /// the load).
    pub basis: Basis,
    /// The id of the rule behind it.
    pub source: &'static str,
    /// What the reader should know.
    pub notes: Notes<'a>,
}

impl<'a> HeartRateJson<'a> {
    fn new(heart: &'a HeartRate, form: NotesForm) -> Self {
        Self {
            usual_bpm: round2(heart.rates.usual),
            resting_bpm: round2(heart.rates.resting),
            max_bpm: heart.rates.max.map(round2),
            loaded_bpm: heart.loaded_bpm.map(RangeJson::new),
            basis: heart.basis,
            source: heart.source,
            notes: Notes {
                notes: &heart.notes,
                form,
            },
        }
    }
}

/// How much to carry, in both units.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct LoadJson {
    /// `vest` (one vest) or `hand` (each hand).
    pub per: LoadPer,
    /// Lightest load in range, pounds.
    pub min_lb: f64,
    /// Heaviest load in range, pounds.
    pub max_lb: f64,
    /// Where to start, pounds; null when no step of the increment fits.
    pub start_lb: Option<f64>,
    /// Lightest load in range, kilograms.
    pub min_kg: f64,
    /// Heaviest load in range, kilograms.
    pub max_kg: f64,
    /// Where to start, kilograms; null when no step of the increment fits.
    pub start_kg: Option<f64>,
    /// Vests only: the lightest load as a percent of body weight.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_percent: Option<f64>,
    /// Vests only: the heaviest load as a percent of body weight.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_percent: Option<f64>,
    /// Vests only: the start load as a percent of body weight; null when there is no start.
    #[serde(skip_serializing_if = "Option::is_none")]
    // Absent for hand weights, null for a vest without a start: both cases are the contract.
    #[allow(clippy::option_option)]
    pub start_percent: Option<Option<f64>>,
    /// The id of the rule behind the range.
    pub source: &'static str,
    /// The id of the rule behind the start.
    pub start_source: &'static str,
    /// The id of the rule that put the start on a step: `increment-snap`
    /// for the runner's weight steps, `start-rounding` for a half unit when
    /// none were given.
    pub start_rounding_source: &'static str,
    /// With `--load`: the runner's own load, pounds (absent otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chosen_lb: Option<f64>,
    /// With `--load`: the same load, kilograms.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chosen_kg: Option<f64>,
    /// With `--load` and a vest: the load as a percent of body weight.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chosen_percent: Option<f64>,
    /// With `--load`: `below-range`, `in-range` or `above-range`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chosen_fit: Option<Fit>,
}

/// An expected change.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct EffectJson {
    /// Low end.
    pub min: f64,
    /// High end.
    pub max: f64,
    /// `article` (stated by the article), `model` (estimated with a published
    /// model) or `study` (measured in a published study, scaled to the load).
    pub basis: Basis,
    /// The id of the rule behind it.
    pub source: &'static str,
}

impl<'a> RecommendationJson<'a> {
    /// The JSON view of `recommendation`, written as `written` says.
    #[must_use]
    pub fn new(recommendation: &'a Recommendation, written: Written) -> Self {
        let request = &recommendation.request;
        let form = written.notes;
        Self {
            schema_version: SCHEMA_VERSION,
            input: InputJson {
                weight_type: request.weight_type,
                runner: RunnerJson::new(request, written.unit_source),
                workout: WorkoutJson::new(request),
            },
            verdict: recommendation.verdict,
            reason: ReasonJson::new(&recommendation.reason, form),
            verdict_because: &recommendation.verdict_because,
            verdict_source: Recommendation::VERDICT_SOURCE,
            load: recommendation
                .load
                .as_ref()
                .map(|load| LoadJson::new(load, request.body_weight)),
            heart_rate_delta_bpm: recommendation.heart_rate_delta_bpm.map(EffectJson::new),
            calorie_delta_percent: recommendation.calorie_delta_percent.map(EffectJson::new),
            warnings: recommendation
                .warnings
                .iter()
                .map(|note| WarningJson::new(note, form))
                .collect(),
            tips: recommendation
                .tips
                .iter()
                .map(|note| TipJson::new(note, form))
                .collect(),
            energy: recommendation
                .energy
                .as_ref()
                .map(|energy| EnergyJson::new(energy, form)),
            heart_rate: recommendation
                .heart_rate
                .as_ref()
                .map(|heart| HeartRateJson::new(heart, form)),
            capacity: recommendation.capacity.map(|capacity| CapacityJson {
                vo2max_ml_per_kg_min: round2(capacity.ceiling),
                vo2max_basis: capacity.basis,
                sustainable_ml_per_kg_min: round2(capacity.sustainable),
                demand_ml_per_kg_min: round2(capacity.demand),
                minutes: round2(capacity.minutes),
                finding: capacity.finding,
                source: Capacity::SOURCE,
                sources: capacity.sources(),
            }),
        }
    }
}

impl RunnerJson {
    fn new(request: &Request, unit_source: UnitSource) -> Self {
        Self {
            body_weight_lb: round2(request.body_weight.lb()),
            body_weight_kg: round2(request.body_weight.kg()),
            level: request.level,
            conditions: request.conditions.clone(),
            increment_lb: request.increment.map(|step| round2(step.lb())),
            increment_kg: request.increment.map(|step| round2(step.kg())),
            unit: request.unit,
            unit_source,
            height_m: request.height.map(|height| round2(height.m())),
            bmi: request
                .height
                .map(|height| round2(crate::guidance::bmi(request.body_weight, height))),
            age_years: request.age.map(round2),
            vo2max_ml_per_kg_min: request.vo2max.map(round2),
        }
    }
}

impl WorkoutJson {
    fn new(request: &Request) -> Self {
        let workout = &request.workout;
        Self {
            speed_m_per_min: workout.speed.map(|speed| round2(speed.m_per_min())),
            grade_percent: round2(workout.grade_percent),
            duration_min: match workout.length {
                Some(Length::Time(time)) => Some(round2(time.minutes())),
                _ => None,
            },
            distance_km: match workout.length {
                Some(Length::Distance(distance)) => Some(round2(distance.km())),
                _ => None,
            },
            hr_bpm: request.heart.map(|heart| round2(heart.usual)),
            resting_hr_bpm: request
                .heart
                .map(|heart| heart.resting)
                .or(request.resting_hr)
                .map(round2),
            max_hr_bpm: request.max_hr.map(round2),
            gait: workout.gait,
            terrain: workout.terrain,
            load_lb: request.chosen_load.map(|load| round2(load.lb())),
            load_kg: request.chosen_load.map(|load| round2(load.kg())),
        }
    }
}

impl LoadJson {
    fn new(load: &Load, body_weight: Mass) -> Self {
        let percent = load.body_weight_percent;
        Self {
            per: load.per,
            min_lb: round2(load.min.lb()),
            max_lb: round2(load.max.lb()),
            start_lb: load.start.map(|start| round2(start.lb())),
            min_kg: round2(load.min.kg()),
            max_kg: round2(load.max.kg()),
            start_kg: load.start.map(|start| round2(start.kg())),
            min_percent: percent.map(|p| round2(p.min)),
            max_percent: percent.map(|p| round2(p.max)),
            start_percent: percent.map(|_| load.start_percent(body_weight).map(round2)),
            source: load.source,
            start_source: load.start_source,
            start_rounding_source: load.start_rounding_source(),
            chosen_lb: load.chosen.map(|chosen| round2(chosen.mass.lb())),
            chosen_kg: load.chosen.map(|chosen| round2(chosen.mass.kg())),
            chosen_percent: load.chosen.and_then(|chosen| chosen.percent.map(round2)),
            chosen_fit: load.chosen.map(|chosen| chosen.fit),
        }
    }
}

impl EffectJson {
    fn new(effect: Effect) -> Self {
        Self {
            min: round2(effect.range.min),
            max: round2(effect.range.max),
            basis: effect.basis,
            source: effect.source,
        }
    }
}
