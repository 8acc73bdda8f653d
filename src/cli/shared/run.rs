//! The run: pace or speed, its length, grade, heart rate, gait and ground,
//! and the flags of a course's run.

use clap::Args;

use super::{Typed, typed};
use crate::cli::Field;
use crate::guidance::rules::{LEVEL_CEILINGS, PLAN_ADAPT, WALK_RUN_M_PER_MIN};
use crate::guidance::{
    DEFAULT_RESTING_BPM, DISTANCE_M, DURATION_MIN, Distance, Duration, GRADE_PERCENT, Gait,
    MAX_HEART_RATE_BPM, RESTING_HEART_RATE_BPM, SPEED_M_PER_MIN, Speed, Terrain,
};
use crate::parse::{
    LoadInput, parse_distance, parse_duration, parse_grade, parse_heart_rate, parse_load,
    parse_speed, parse_split,
};

/// Reads a pace, a bare `5:30` as per kilometre for now: the request reads
/// it in the runner's unit once that is known.
///
/// # Errors
/// The parser's, naming what is accepted.
pub fn parse_pace_arg(text: &str) -> Result<Speed, crate::parse::WorkoutError> {
    crate::parse::parse_pace_or_bare(text).map(|(speed, _)| speed)
}

/// The speeds wrun answers for, for help: `from 1.2 km/h to 30 km/h`.
fn speed_range() -> String {
    format!(
        "from {} ({}) to {} ({})",
        Speed::from_m_per_min(SPEED_M_PER_MIN.min),
        Speed::from_m_per_min(SPEED_M_PER_MIN.min).show(crate::guidance::SpeedUnit::MilePerHour),
        Speed::from_m_per_min(SPEED_M_PER_MIN.max),
        Speed::from_m_per_min(SPEED_M_PER_MIN.max).show(crate::guidance::SpeedUnit::MilePerHour)
    )
}

/// `1 minute`, `2 minutes`.
fn plural(count: f64, word: &str) -> String {
    if (count - 1.0).abs() < f64::EPSILON {
        format!("{count} {word}")
    } else {
        format!("{count} {word}s")
    }
}

/// The run, for calories and heart rate.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Run options")]
pub struct WorkoutArgs {
    /// Pace: minutes per mile or kilometre (9:30/mi, 5:50/km, 5:30 min/km)
    #[arg(
        long,
        value_name = "PACE",
        value_parser = typed(parse_pace_arg),
        group = "pace_or_speed",
        allow_hyphen_values = true,
        help = format!(
            "Pace: minutes per mile or kilometre (9:30/mi, 5:50/km, 5:30 min/km; a bare 5:30 \
             is per mile in lb, per km in kg); {}",
            speed_range()
        )
    )]
    pub pace: Option<Typed<Speed>>,

    /// Speed (6.5mph, 10.5kph, 10.5km/h, 3m/s)
    #[arg(
        long,
        value_name = "SPEED",
        value_parser = typed(parse_speed),
        group = "pace_or_speed",
        allow_hyphen_values = true,
        help = format!("Speed (6.5mph, 10.5kph, 10.5km/h, 3m/s); {}", speed_range())
    )]
    pub speed: Option<Typed<Speed>>,

    /// How long the run lasts (45m, 1h30, 1:05:00); with --distance it gives the speed
    #[arg(
        long,
        value_name = "TIME",
        value_parser = typed(parse_duration),
        allow_hyphen_values = true,
        help = format!(
            "How long the run lasts (45m, 1h30, 90min, 1:05:00), {} to {} hours; with \
             --distance it gives the speed",
            plural(DURATION_MIN.min, "minute"),
            DURATION_MIN.max / 60.0
        )
    )]
    pub duration: Option<Typed<Duration>>,

    /// How far the run goes (5km, 3.1mi, 800m, half marathon); with --duration it gives the speed
    #[arg(
        long,
        value_name = "DISTANCE",
        value_parser = typed(parse_distance),
        allow_hyphen_values = true,
        help = format!(
            "How far the run goes (5km, 3.1mi, 800m, half marathon), {} m to {} km; with \
             --duration it gives the speed",
            DISTANCE_M.min,
            DISTANCE_M.max / 1000.0
        )
    )]
    pub distance: Option<Typed<Distance>>,

    /// Slope in percent (4%, -2%); default 0%; needs --pace or --speed
    #[arg(
        long,
        value_name = "GRADE",
        value_parser = typed(parse_grade),
        allow_hyphen_values = true,
        help = format!(
            "Slope in percent, from {}% to {}% (4%, -2%); default 0%; needs --pace or --speed",
            GRADE_PERCENT.min, GRADE_PERCENT.max
        )
    )]
    pub grade: Option<Typed<f64>>,

    /// Your usual heart rate on this run without weights, in bpm: for the
    /// heart rate with the weight, and, as this run is one you hold, a floor
    /// under your aerobic ceiling
    #[arg(
        long,
        value_name = "BPM",
        value_parser = typed(parse_heart_rate),
        allow_hyphen_values = true
    )]
    pub hr: Option<Typed<f64>>,

    /// Resting and maximum heart rates, gait and ground.
    #[command(flatten)]
    pub body: BodyArgs,

    /// A load you already have, to judge: the vest, or the weight on each hand or each ankle
    /// (20lb, 1kg, "2lb each"; a plain number is in --unit), or a share of body weight (10%)
    #[arg(
        long,
        value_name = "LOAD",
        value_parser = typed(parse_load),
        allow_hyphen_values = true,
        help_heading = "Your load"
    )]
    pub load: Option<Typed<LoadInput>>,
}

impl WorkoutArgs {
    /// The first field given that cannot be used without a speed (`--pace`
    /// or `--speed`, or `--duration` and `--distance` together):
    /// `--duration` without a speed, say.
    #[must_use]
    pub fn missing_speed(&self) -> Option<Field> {
        let both = self.duration.is_some() && self.distance.is_some();
        // A gait or ground other than the default is one of a run there is
        // none of; but `--gait walk --hr 150` gets its answer, a heart rate
        // that a walk's speed would give.
        let needs_speed = [
            (Field::Duration, self.duration.is_some()),
            (Field::Distance, self.distance.is_some()),
            (Field::Grade, self.grade.is_some()),
            (
                Field::Gait,
                self.body.gait != Gait::default() && self.hr.is_none(),
            ),
            (Field::Terrain, self.body.terrain != Terrain::default()),
        ];
        needs_speed
            .into_iter()
            .find(|&(_, given)| given && self.speed().is_none() && !both)
            .map(|(field, _)| field)
    }

    /// The speed given as a pace or a speed, with the field it came from.
    #[must_use]
    pub fn speed(&self) -> Option<(Field, &Typed<Speed>)> {
        self.pace
            .as_ref()
            .map(|pace| (Field::Pace, pace))
            .or_else(|| self.speed.as_ref().map(|speed| (Field::Speed, speed)))
    }
}

/// The runner's resting and maximum heart rates: run options, and values
/// `config init` writes into the profile.
#[derive(Debug, Clone, Args)]
pub struct HeartFlags {
    /// Your resting heart rate, in bpm
    #[arg(
        long,
        value_name = "BPM",
        value_parser = typed(parse_heart_rate),
        allow_hyphen_values = true,
        help = format!(
            "Your resting heart rate, {} to {} bpm: for loaded heart rates ({DEFAULT_RESTING_BPM} \
             when not given) and, with --max-hr or --age, your aerobic ceiling",
            RESTING_HEART_RATE_BPM.min, RESTING_HEART_RATE_BPM.max
        )
    )]
    pub resting_hr: Option<Typed<f64>>,

    /// Your maximum heart rate, in bpm
    #[arg(
        long,
        value_name = "BPM",
        value_parser = typed(parse_heart_rate),
        allow_hyphen_values = true,
        help = format!(
            "Your maximum heart rate, {} to {} bpm: a loaded heart rate is capped there, and with \
             --resting-hr it estimates your aerobic ceiling",
            MAX_HEART_RATE_BPM.min, MAX_HEART_RATE_BPM.max
        )
    )]
    pub max_hr: Option<Typed<f64>>,
}

/// The runner's resting and maximum heart rates, and how and where they
/// move: the run options `recommend`, `compare`, `plan` and `route` share.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Run options")]
pub struct BodyArgs {
    /// Resting and maximum heart rates.
    #[command(flatten)]
    pub heart: HeartFlags,

    /// Walk or run
    #[arg(
        long,
        value_name = "GAIT",
        default_value = "auto",
        value_parser = crate::cli::named::<Gait>(),
        help = format!(
            "Walk or run: auto walks below {} and runs from it (on a route, stretch by \
             stretch); walk or run needs the run's speed (--pace or --speed; a recorded route \
             has its own), or --hr",
            Speed::from_m_per_min(WALK_RUN_M_PER_MIN).show_both(crate::guidance::SpeedUnit::KmPerHour)
        )
    )]
    pub gait: Gait,

    /// The ground, for walks (Pandolf's terrain factor); running is costed as
    /// paved; any but paved needs the run's speed (--pace or --speed; a
    /// recorded route has its own)
    #[arg(
        long,
        value_name = "TERRAIN",
        default_value = "paved",
        value_parser = crate::cli::named::<Terrain>()
    )]
    pub terrain: Terrain,
}

/// The run on a course: the runner's usual effort, heart rates, gait,
/// ground and load. The course itself gives the distance, the duration
/// (when recorded) and the grades.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Run options")]
pub struct CourseRunArgs {
    /// Your usual flat pace without weight (5:30/km, 9:00/mi): needed for a planned course
    #[arg(
        long,
        value_name = "PACE",
        value_parser = typed(parse_pace_arg),
        group = "course_pace_or_speed",
        allow_hyphen_values = true,
        help = format!(
            "Your usual flat pace without weight (5:30/km, 9:00/mi; a bare 5:30 is per mile in \
             lb, per km in kg): the effort a planned course is run at, and, held for up to {} \
             min, a floor under your aerobic ceiling; {}",
            LEVEL_CEILINGS.usual_run_minutes,
            speed_range()
        )
    )]
    pub pace: Option<Typed<Speed>>,

    /// Your usual flat speed without weight (10kph, 6.5mph, 3m/s): instead of --pace
    #[arg(
        long,
        value_name = "SPEED",
        value_parser = typed(parse_speed),
        group = "course_pace_or_speed",
        allow_hyphen_values = true,
        help = format!(
            "Your usual flat speed without weight (10kph, 6.5mph, 3m/s): instead of --pace; {}",
            speed_range()
        )
    )]
    pub speed: Option<Typed<Speed>>,

    /// Your usual heart rate at that pace without weight, in bpm: for heart-rate estimates on
    /// a planned course, or on a recording without heart rate (with --pace or --speed)
    #[arg(
        long,
        value_name = "BPM",
        value_parser = typed(parse_heart_rate),
        allow_hyphen_values = true
    )]
    pub hr: Option<Typed<f64>>,

    /// Resting and maximum heart rates, gait and ground.
    #[command(flatten)]
    pub body: BodyArgs,

    /// The load you carry: the vest, or the weight on each hand or each ankle (8kg, 2lb,
    /// "2lb each"; a plain number is in --unit), or a share of body weight (10%); a vest
    /// without it is worked out at the recommended start
    #[arg(
        long,
        value_name = "LOAD",
        value_parser = typed(parse_load),
        allow_hyphen_values = true,
        help_heading = "Your load"
    )]
    pub load: Option<Typed<LoadInput>>,

    /// A recording made without the load: say what the load would have done on it
    #[arg(long, help_heading = "Your load")]
    pub without_load: bool,

    /// The week of a weighted-running plan you are in (wrun plan)
    #[arg(
        long,
        value_name = "WEEK",
        value_parser = crate::cli::plan::parse_plan_week,
        help = format!(
            "The week of a weighted-running plan you are in (wrun plan): a beginner takes the \
             load to hills from week {}",
            PLAN_ADAPT.beginner_hills_from_week
        )
    )]
    pub plan_week: Option<u32>,

    /// How long each split is (1km, 500m; mile or km for one) [default: 1 km,
    /// or 1 mi in lb]
    #[arg(
        long,
        value_name = "DISTANCE",
        value_parser = typed(parse_split),
        allow_hyphen_values = true,
        help_heading = "Output"
    )]
    pub split: Option<Typed<Distance>>,
}

impl CourseRunArgs {
    /// The same values as the run flags of the other commands, for the
    /// one request builder they share.
    #[must_use]
    pub fn as_workout(&self) -> WorkoutArgs {
        WorkoutArgs {
            pace: self.pace.clone(),
            speed: self.speed.clone(),
            duration: None,
            distance: None,
            grade: None,
            hr: self.hr.clone(),
            body: self.body.clone(),
            load: self.load.clone(),
        }
    }
}
