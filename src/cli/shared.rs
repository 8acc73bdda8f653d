//! The flags several commands share: who is running and the run, with the
//! environment variables that stand in for some of them.

use clap::Args;

use crate::guidance::recommend::{BODY_WEIGHT_KG, range_text};
use crate::guidance::workout::{DEFAULT_RESTING_BPM, GRADE_PERCENT};
use crate::guidance::{Condition, Distance, Duration, Gait, Level, Speed, Terrain, Unit};
use crate::parse::{
    MassInput, parse_distance, parse_duration, parse_grade, parse_heart_rate, parse_mass,
    parse_pace, parse_speed,
};

/// A value as typed, for error messages, and as read.
#[derive(Debug, Clone, PartialEq)]
pub struct Typed<T> {
    /// The text as typed.
    pub text: String,
    /// What it was read as.
    pub value: T,
}

/// Wraps a parser so that it keeps the text it read.
fn typed<T, E>(parse: fn(&str) -> Result<T, E>) -> impl Fn(&str) -> Result<Typed<T>, E> + Clone {
    move |text| {
        Ok(Typed {
            text: text.to_owned(),
            value: parse(text)?,
        })
    }
}

/// Who is running: the flags every command shares.
#[derive(Debug, Args)]
pub struct RunnerArgs {
    /// Body weight: a number in --unit, or with a unit (150, 150lb, 68kg, "68 kg")
    #[arg(
        short,
        long,
        value_name = "WEIGHT",
        value_parser = typed(parse_mass),
        allow_hyphen_values = true,
        display_order = 0,
        env = "WRUN_WEIGHT",
        help = weight_help()
    )]
    pub weight: Typed<MassInput>,

    /// Running experience
    #[arg(
        short,
        long,
        value_name = "LEVEL",
        default_value = "intermediate",
        env = "WRUN_LEVEL"
    )]
    pub level: Level,

    /// A condition that makes load riskier; repeat the flag or separate with commas
    #[arg(long = "condition", value_name = "CONDITION", value_delimiter = ',')]
    pub conditions: Vec<Condition>,

    /// The step your weights come in (2.5lb, 1kg; a plain number is in --unit);
    /// the start load snaps to it
    #[arg(long, value_name = "STEP", value_parser = typed(parse_mass), allow_hyphen_values = true)]
    pub increment: Option<Typed<MassInput>>,

    /// Unit of plain numbers and of text output (JSON carries both)
    #[arg(long, value_name = "UNIT", default_value = "lb", env = "WRUN_UNIT")]
    pub unit: Unit,

    /// The flags whose value came from their environment variable, with
    /// that variable, so that errors can name it.
    #[arg(skip)]
    pub from_env: Vec<(&'static str, &'static str)>,
}

/// A flag that falls back to an environment variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EnvDefault {
    /// clap's id for the argument.
    pub id: &'static str,
    /// The long flag.
    pub flag: &'static str,
    /// The short flag, if any.
    pub short: Option<&'static str>,
    /// The variable.
    pub variable: &'static str,
}

/// The flags that fall back to an environment variable.
pub const ENV_DEFAULTS: &[EnvDefault] = &[
    EnvDefault {
        id: "weight",
        flag: "--weight",
        short: Some("-w"),
        variable: "WRUN_WEIGHT",
    },
    EnvDefault {
        id: "unit",
        flag: "--unit",
        short: None,
        variable: "WRUN_UNIT",
    },
    EnvDefault {
        id: "level",
        flag: "--level",
        short: Some("-l"),
        variable: "WRUN_LEVEL",
    },
];

impl EnvDefault {
    /// Whether `args` give the flag on the command line.
    #[must_use]
    pub fn given_in(&self, args: &[std::ffi::OsString]) -> bool {
        args.iter().filter_map(|arg| arg.to_str()).any(|arg| {
            arg == self.flag
                || arg.starts_with(&format!("{}=", self.flag))
                || self.short.is_some_and(|short| arg.starts_with(short))
        })
    }
}

impl RunnerArgs {
    /// How to name `flag` in a message: the flag, or the variable it was read from.
    #[must_use]
    pub fn name(&self, flag: &'static str) -> &'static str {
        self.from_env
            .iter()
            .find(|(from, _)| *from == flag)
            .map_or(flag, |(_, variable)| variable)
    }
}

/// The body weight help, with the accepted range read from the guidance core.
fn weight_help() -> String {
    format!(
        "Body weight: a number in --unit, or with a unit (150, 150lb, 68kg, \"68 kg\"); from {} \
         ({})",
        range_text(BODY_WEIGHT_KG, Unit::Lb),
        range_text(BODY_WEIGHT_KG, Unit::Kg)
    )
}

/// The run, for calories and heart rate.
#[derive(Debug, Args)]
#[command(next_help_heading = "Run options")]
pub struct WorkoutArgs {
    /// Pace: minutes per mile or kilometre (9:30/mi, 5:50/km)
    #[arg(
        long,
        value_name = "PACE",
        value_parser = typed(parse_pace),
        group = "pace_or_speed",
        allow_hyphen_values = true
    )]
    pub pace: Option<Typed<Speed>>,

    /// Speed (6.5mph, 10.5kph, 10.5km/h)
    #[arg(
        long,
        value_name = "SPEED",
        value_parser = typed(parse_speed),
        group = "pace_or_speed",
        allow_hyphen_values = true
    )]
    pub speed: Option<Typed<Speed>>,

    /// How long the run lasts (45m, 1h10m, 45:00, 1:05:00); needs --pace or --speed
    #[arg(
        long,
        value_name = "TIME",
        value_parser = typed(parse_duration),
        conflicts_with = "distance",
        allow_hyphen_values = true
    )]
    pub duration: Option<Typed<Duration>>,

    /// How far the run goes (5km, 3.1mi, 800m); needs --pace or --speed
    #[arg(
        long,
        value_name = "DISTANCE",
        value_parser = typed(parse_distance),
        allow_hyphen_values = true
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

    /// Your usual heart rate on this run without weights, in bpm
    #[arg(
        long,
        value_name = "BPM",
        value_parser = typed(parse_heart_rate),
        allow_hyphen_values = true
    )]
    pub hr: Option<Typed<f64>>,

    /// Your resting heart rate, in bpm; used with --hr
    #[arg(
        long,
        value_name = "BPM",
        value_parser = typed(parse_heart_rate),
        allow_hyphen_values = true,
        help = format!("Your resting heart rate, in bpm; used with --hr [default: {DEFAULT_RESTING_BPM}]")
    )]
    pub resting_hr: Option<Typed<f64>>,

    /// Your maximum heart rate, in bpm: a loaded heart rate is capped there; used with --hr
    #[arg(
        long,
        value_name = "BPM",
        value_parser = typed(parse_heart_rate),
        allow_hyphen_values = true
    )]
    pub max_hr: Option<Typed<f64>>,

    /// Walk or run: auto walks below 7.2 km/h and runs from it
    #[arg(long, value_name = "GAIT", default_value = "auto")]
    pub gait: Gait,

    /// The ground, for walks (Pandolf's terrain factor); running is costed as paved
    #[arg(long, value_name = "TERRAIN", default_value = "paved")]
    pub terrain: Terrain,

    /// A load you already have, to judge: the vest, or each hand's weight (20lb, 1kg; a plain
    /// number is in --unit)
    #[arg(
        long,
        value_name = "MASS",
        value_parser = typed(parse_mass),
        allow_hyphen_values = true,
        help_heading = "Your load"
    )]
    pub load: Option<Typed<MassInput>>,
}

impl WorkoutArgs {
    /// The first flag given that cannot be used without the flag it needs,
    /// and what it needs: `--duration` without a speed, say.
    #[must_use]
    pub fn missing_companion(&self) -> Option<(&'static str, &'static str)> {
        let needs_speed = [
            ("--duration", self.duration.is_some()),
            ("--distance", self.distance.is_some()),
            ("--grade", self.grade.is_some()),
        ];
        let without_speed = needs_speed
            .into_iter()
            .find(|&(_, given)| given && self.speed().is_none())
            .map(|(flag, _)| (flag, "--pace or --speed"));
        let without_hr = [
            ("--resting-hr", self.resting_hr.is_some()),
            ("--max-hr", self.max_hr.is_some()),
        ]
        .into_iter()
        .find(|&(_, given)| given && self.hr.is_none())
        .map(|(flag, _)| (flag, "--hr"));
        without_speed.or(without_hr)
    }

    /// The speed given as --pace or --speed, with the flag it came from.
    #[must_use]
    pub fn speed(&self) -> Option<(&'static str, &Typed<Speed>)> {
        self.pace
            .as_ref()
            .map(|pace| ("--pace", pace))
            .or_else(|| self.speed.as_ref().map(|speed| ("--speed", speed)))
    }
}
