//! The flags several commands share: who is running and the run, with the
//! environment variables that stand in for some of them.

use clap::Args;

use super::Field;
use crate::config::{Entry, Profile};
use crate::error::Error;
use crate::guidance::Height;
use crate::guidance::rules::{PLAN_ADAPT, WALK_RUN_M_PER_MIN};
use crate::guidance::{BODY_WEIGHT_KG, range_text};
use crate::guidance::{
    Condition, Distance, Duration, Gait, Level, Named as _, Speed, Terrain, Unit,
};
use crate::guidance::{
    DEFAULT_RESTING_BPM, DISTANCE_M, DURATION_MIN, GRADE_PERCENT, SPEED_M_PER_MIN,
};
use crate::parse::{
    MassInput, parse_age, parse_distance, parse_duration, parse_grade, parse_heart_rate,
    parse_height, parse_mass, parse_speed, parse_vo2max,
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

/// Who is running: the flags every command shares, as given. Each may come
/// from its flag, its `WRUN_*` variable or the profile; [`RunnerFlags::resolve`]
/// says which and fills in the defaults.
#[derive(Debug, Args)]
pub struct RunnerFlags {
    /// Body weight: a number in --unit, or with a unit (150, 150lb, 68kg, "68 kg")
    #[arg(
        short,
        long,
        value_name = "WEIGHT",
        value_parser = typed(parse_mass),
        allow_hyphen_values = true,
        display_order = 0,
        help = weight_help()
    )]
    pub weight: Option<Typed<MassInput>>,

    /// Running experience
    #[arg(
        short,
        long,
        value_name = "LEVEL",
        value_parser = super::named::<Level>(),
        help = "Running experience [env: WRUN_LEVEL] [default: intermediate]"
    )]
    pub level: Option<Level>,

    /// A condition that makes load riskier; repeat the flag or separate with commas
    #[arg(
        long = "condition",
        value_name = "CONDITION",
        value_delimiter = ',',
        value_parser = super::named::<Condition>()
    )]
    pub conditions: Vec<Condition>,

    /// The step your weights come in (2.5lb, 1kg; a plain number is in --unit);
    /// the start load snaps to it
    #[arg(long, value_name = "STEP", value_parser = typed(parse_mass), allow_hyphen_values = true)]
    pub increment: Option<Typed<MassInput>>,

    /// Unit of plain numbers and of text output
    #[arg(
        long,
        value_name = "UNIT",
        value_parser = super::unit(),
        help = "Unit of plain numbers and of text output [env: WRUN_UNIT] (JSON carries both); \
                by default the profile's, else the one written on --weight, else lb"
    )]
    pub unit: Option<Unit>,

    /// Your height (1.78m, 178cm, 5ft10), for the body-mass index
    #[arg(
        long,
        value_name = "HEIGHT",
        value_parser = typed(parse_height),
        allow_hyphen_values = true,
        help = height_help()
    )]
    pub height: Option<Typed<Height>>,

    /// Your age in years: estimates your maximum heart rate (Tanaka 2001) when
    /// --max-hr is not given
    #[arg(long, value_name = "YEARS", value_parser = typed(parse_age), allow_hyphen_values = true)]
    pub age: Option<Typed<f64>>,

    /// The runner's aerobic ceiling, in mL/kg/min.
    #[arg(
        long,
        value_name = "ML_KG_MIN",
        value_parser = typed(parse_vo2max),
        allow_hyphen_values = true,
        help = "Your VO2max in mL/kg/min, to judge whether a run fits you; else estimated from \
                --max-hr (or --age) and --resting-hr, else assumed from --level"
    )]
    pub vo2max: Option<Typed<f64>>,

    /// The variables that stand in for `--weight`, `--unit` and `--level`,
    /// as read at start-up: the resolver reads them where the flag is not
    /// given, and names them in its errors.
    #[arg(skip)]
    pub env: EnvValues,
}

/// The `WRUN_*` variables that stand in for runner flags, as set (a
/// variable set to nothing, or to blanks, is unset).
#[derive(Debug, Clone, Default)]
pub struct EnvValues {
    /// `WRUN_WEIGHT`.
    pub weight: Option<std::ffi::OsString>,
    /// `WRUN_UNIT`.
    pub unit: Option<std::ffi::OsString>,
    /// `WRUN_LEVEL`.
    pub level: Option<std::ffi::OsString>,
}

impl EnvValues {
    /// The variables as `var` reads them.
    pub fn read(var: impl Fn(&str) -> Option<std::ffi::OsString>) -> Self {
        Self {
            weight: var("WRUN_WEIGHT"),
            unit: var("WRUN_UNIT"),
            level: var("WRUN_LEVEL"),
        }
    }
}

/// The text of variable `name` set to `value`, unless it is unset or blank.
///
/// # Errors
/// [`Error::Invalid`] when the value is not UTF-8.
fn variable<'v>(
    name: &str,
    value: Option<&'v std::ffi::OsString>,
) -> Result<Option<&'v str>, Error> {
    let Some(value) = value else {
        return Ok(None);
    };
    let text = value
        .to_str()
        .ok_or_else(|| Error::invalid_value(name, &value.to_string_lossy(), "not valid UTF-8"))?;
    Ok(Some(text).filter(|text| !text.trim().is_empty()))
}

/// `WRUN_UNIT` read as a unit.
///
/// # Errors
/// [`Error::Invalid`] naming the variable when it is set to no unit.
pub fn unit_variable(value: Option<&std::ffi::OsString>) -> Result<Option<Unit>, Error> {
    variable("WRUN_UNIT", value)?
        .map(|text| {
            crate::parse::parse_unit(text)
                .ok_or_else(|| Error::invalid_value("WRUN_UNIT", text, "expected one of: lb, kg"))
        })
        .transpose()
}

/// Where the unit of a request came from, first found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum UnitSource {
    /// `--unit`.
    Flag,
    /// `WRUN_UNIT`.
    Env,
    /// The profile's `unit`.
    Profile,
    /// The unit written on the body weight (`72kg`).
    Weight,
    /// None of them: pounds.
    #[default]
    Default,
}

/// Who is running, resolved: each value from its flag, its variable, the
/// profile or wrun's default, first found.
#[derive(Debug, Clone)]
pub struct RunnerArgs {
    /// Body weight as typed.
    pub weight: Typed<MassInput>,
    /// Running experience.
    pub level: Level,
    /// Conditions.
    pub conditions: Vec<Condition>,
    /// The step the runner's weights come in.
    pub increment: Option<Typed<MassInput>>,
    /// The unit of plain numbers and of text.
    pub unit: Unit,
    /// Where `unit` came from.
    pub unit_source: UnitSource,
    /// Resting heart rate from the profile (`--resting-hr` wins).
    pub resting_hr: Option<Typed<f64>>,
    /// Maximum heart rate from the profile (`--max-hr` wins).
    pub max_hr: Option<Typed<f64>>,
    /// How the profile names the heart rates it gives (`max_hr in PATH, line
    /// N`), for messages about them where no flag gives one.
    pub heart_names: Vec<(Field, String)>,
    /// Why the profile's resting or maximum heart rate, age or `VO2max`
    /// could not be read, or was out of range: an error only for a run that
    /// needs it, where no flag gives it.
    pub run_problems: Vec<(Field, String)>,
    /// Height.
    pub height: Option<Typed<Height>>,
    /// Age in years.
    pub age: Option<Typed<f64>>,
    /// `VO2max`, mL/kg/min.
    pub vo2max: Option<Typed<f64>>,
    /// How to name a field whose value came from elsewhere than its flag or
    /// its key: its variable, its key and line in the profile, or a batch
    /// record's own spelling of it (`Body Weight`).
    pub names: Vec<(Field, String)>,
    /// Whether the values are a batch record's fields, which messages name
    /// by their keys (`resting_hr`), not their flags.
    pub from_record: bool,
}

impl RunnerFlags {
    /// The runner these flags, their variables and `profile` describe.
    ///
    /// # Errors
    /// [`Error::Usage`] when no body weight is given anywhere.
    pub fn resolve(&self, profile: &Profile) -> Result<RunnerArgs, Error> {
        let mut names: Vec<(Field, String)> = Vec::new();
        let (env_weight, env_unit, env_level) = self.variables(&mut names)?;
        let flag_weight = self.weight.as_ref().or(env_weight.as_ref());
        let flag_unit = self.unit.or(env_unit);
        let flag_level = self.level.or(env_level);
        // A bad profile value matters only where no flag or variable gives one.
        for (field, given) in [
            (Field::Weight, flag_weight.is_some()),
            (Field::Unit, flag_unit.is_some()),
            (Field::Level, flag_level.is_some()),
            (Field::Conditions, !self.conditions.is_empty()),
            (Field::Increment, self.increment.is_some()),
            (Field::Height, self.height.is_some()),
        ] {
            if !given {
                profile.need(field)?;
            }
        }
        let Some(weight) = Named::new(Field::Weight, profile, &mut names)
            .pick(flag_weight, profile.weight.as_ref())
        else {
            return Err(Error::Usage(
                "missing required flag: --weight <WEIGHT> (or WRUN_WEIGHT, or weight in the \
                 profile: see wrun config); see --help"
                    .to_owned(),
            ));
        };
        let increment = Named::new(Field::Increment, profile, &mut names)
            .pick(self.increment.as_ref(), profile.increment.as_ref());
        let level = flag_level
            .or_else(|| profile.level.as_ref().map(|entry| entry.value))
            .unwrap_or_default();
        let conditions = if self.conditions.is_empty() {
            profile
                .conditions
                .as_ref()
                .map(|entry| entry.value.clone())
                .unwrap_or_default()
        } else {
            self.conditions.clone()
        };
        let (unit, unit_source) = match (flag_unit, &profile.unit, weight.value.unit) {
            (Some(unit), _, _) if env_unit.is_some() => (unit, UnitSource::Env),
            (Some(unit), _, _) => (unit, UnitSource::Flag),
            (None, Some(entry), _) => {
                Named::new(Field::Unit, profile, &mut names).record(entry.line);
                (entry.value, UnitSource::Profile)
            }
            (None, None, Some(unit)) => (unit, UnitSource::Weight),
            (None, None, None) => (Unit::Lb, UnitSource::Default),
        };
        let height = Named::new(Field::Height, profile, &mut names)
            .pick(self.height.as_ref(), profile.height.as_ref());
        let age = Named::new(Field::Age, profile, &mut names)
            .pick(self.age.as_ref(), profile.age.as_ref());
        let vo2max = Named::new(Field::Vo2max, profile, &mut names)
            .pick(self.vo2max.as_ref(), profile.vo2max.as_ref());
        let heart = |entry: Option<&Entry<f64>>| pick_entry(entry);
        Ok(RunnerArgs {
            weight,
            level,
            conditions,
            increment,
            unit,
            unit_source,
            resting_hr: heart(profile.resting_hr.as_ref()),
            max_hr: heart(profile.max_hr.as_ref()),
            heart_names: [
                (Field::RestingHr, profile.resting_hr.as_ref()),
                (Field::MaxHr, profile.max_hr.as_ref()),
            ]
            .into_iter()
            .filter_map(|(field, entry)| Some((field, profile.name(field, entry?.line))))
            .collect(),
            run_problems: [
                (Field::RestingHr, false),
                (Field::MaxHr, false),
                (Field::Age, self.age.is_some()),
                (Field::Vo2max, self.vo2max.is_some()),
            ]
            .into_iter()
            .filter(|&(_, given)| !given)
            .filter_map(|(field, _)| Some((field, profile.problem(field)?.to_owned())))
            .collect(),
            height,
            age,
            vo2max,
            names,
            from_record: false,
        })
    }

    /// `--weight`, `--unit` and `--level` from their variables, each where
    /// its flag is not given, noting in `names` which came from one.
    ///
    /// # Errors
    /// [`Error::Invalid`] naming the variable when its value cannot be read.
    #[allow(clippy::type_complexity)]
    fn variables(
        &self,
        names: &mut Vec<(Field, String)>,
    ) -> Result<(Option<Typed<MassInput>>, Option<Unit>, Option<Level>), Error> {
        // Each of these from its flag, else its variable (named in errors):
        // a variable is not read at all where its flag is given.
        let env_weight = if self.weight.is_none() {
            variable("WRUN_WEIGHT", self.env.weight.as_ref())?
        } else {
            None
        };
        let env_weight = env_weight
            .map(|text| {
                names.push((Field::Weight, "WRUN_WEIGHT".to_owned()));
                parse_mass(text)
                    .map(|value| Typed {
                        text: text.to_owned(),
                        value,
                    })
                    .map_err(|err| Error::invalid_value("WRUN_WEIGHT", text, err))
            })
            .transpose()?;
        let env_unit = if self.unit.is_none() {
            unit_variable(self.env.unit.as_ref())?
        } else {
            None
        };
        if env_unit.is_some() {
            names.push((Field::Unit, "WRUN_UNIT".to_owned()));
        }
        let env_level = if self.level.is_none() {
            variable("WRUN_LEVEL", self.env.level.as_ref())?
        } else {
            None
        };
        let env_level = env_level
            .map(|text| {
                Level::from_name(text).map_err(|_| {
                    let accepted: Vec<&str> = Level::ALL.iter().map(|level| level.id()).collect();
                    let why = match super::suggest::<Level>(text) {
                        Some(near) => format!(
                            "did you mean '{near}'? expected one of: {}",
                            accepted.join(", ")
                        ),
                        None => format!("expected one of: {}", accepted.join(", ")),
                    };
                    Error::invalid_value("WRUN_LEVEL", text, why)
                })
            })
            .transpose()?;
        Ok((env_weight, env_unit, env_level))
    }
}

/// A profile entry as a typed value.
fn pick_entry<T: Clone>(entry: Option<&Entry<T>>) -> Option<Typed<T>> {
    entry.map(|entry| Typed {
        text: entry.text.clone(),
        value: entry.value.clone(),
    })
}

/// One runner field, to resolve from its flag or the profile and name.
struct Named<'a> {
    field: Field,
    profile: &'a Profile,
    names: &'a mut Vec<(Field, String)>,
}

impl<'a> Named<'a> {
    fn new(field: Field, profile: &'a Profile, names: &'a mut Vec<(Field, String)>) -> Self {
        Self {
            field,
            profile,
            names,
        }
    }

    /// Notes that the field's value came from line `line` of the profile.
    fn record(self, line: usize) {
        self.names
            .push((self.field, self.profile.name(self.field, line)));
    }

    /// The flag's value when given, else the profile's (noting where it came from).
    fn pick<T: Clone>(
        self,
        given: Option<&Typed<T>>,
        entry: Option<&Entry<T>>,
    ) -> Option<Typed<T>> {
        if let Some(given) = given {
            return Some(given.clone());
        }
        let entry = entry?;
        self.record(entry.line);
        pick_entry(Some(entry))
    }
}

impl RunnerArgs {
    /// How to name `field` in a message: where its value came from (its
    /// variable, its key and line in the profile, a record's own name for
    /// it), else its flag, or a batch record's key.
    #[must_use]
    pub fn name(&self, field: Field) -> &str {
        self.source(field).unwrap_or(if self.from_record {
            field.key()
        } else {
            field.flag()
        })
    }

    /// Where `field`'s value came from when it is not the flag itself nor
    /// a record's field of the same key: a variable, the profile or the
    /// record's own name for it (and, for a record's `unit`, that field).
    #[must_use]
    pub fn source(&self, field: Field) -> Option<&str> {
        self.names
            .iter()
            .find(|(from, _)| *from == field)
            .map(|(_, name)| name.as_str())
    }
}

/// The body weight help, with the accepted range read from the guidance core.
fn weight_help() -> String {
    format!(
        "Body weight: a number in --unit, or with a unit (150, 150lb, 68kg, \"68 kg\"); from {} \
         ({}) [env: WRUN_WEIGHT]",
        range_text(BODY_WEIGHT_KG, Unit::Lb),
        range_text(BODY_WEIGHT_KG, Unit::Kg)
    )
}

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

/// The height help, with the overweight line read from the guidance core.
fn height_help() -> String {
    let line = crate::guidance::rules::BMI_OVERWEIGHT;
    let alone = crate::guidance::overweight_weight_alone();
    format!(
        "Your height (1.78m, 178cm, 5ft10): a body-mass index of {} or more counts as \
         overweight; without a height, a weight of {} ({}) or more does",
        line.bmi,
        alone.display(Unit::Kg),
        alone.display(Unit::Lb)
    )
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

    /// Speed (6.5mph, 10.5kph, 10.5km/h)
    #[arg(
        long,
        value_name = "SPEED",
        value_parser = typed(parse_speed),
        group = "pace_or_speed",
        allow_hyphen_values = true,
        help = format!("Speed (6.5mph, 10.5kph, 10.5km/h); {}", speed_range())
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

    /// How far the run goes (5km, 3.1mi, 800m); with --duration it gives the speed
    #[arg(
        long,
        value_name = "DISTANCE",
        value_parser = typed(parse_distance),
        allow_hyphen_values = true,
        help = format!(
            "How far the run goes (5km, 3.1mi, 800m), {} m to {} km; with --duration it gives \
             the speed",
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

    /// Your usual heart rate on this run without weights, in bpm
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
    /// (20lb, 1kg; a plain number is in --unit)
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
    /// The first field given that cannot be used without a speed (`--pace`
    /// or `--speed`, or `--duration` and `--distance` together):
    /// `--duration` without a speed, say.
    #[must_use]
    pub fn missing_speed(&self) -> Option<Field> {
        let both = self.duration.is_some() && self.distance.is_some();
        let needs_speed = [
            (Field::Duration, self.duration.is_some()),
            (Field::Distance, self.distance.is_some()),
            (Field::Grade, self.grade.is_some()),
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

/// The runner's resting and maximum heart rates, and how and where they
/// move: the run options `recommend`, `compare`, `plan` and `route` share.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Run options")]
pub struct BodyArgs {
    /// Your resting heart rate, in bpm
    #[arg(
        long,
        value_name = "BPM",
        value_parser = typed(parse_heart_rate),
        allow_hyphen_values = true,
        help = format!("Your resting heart rate, in bpm: for loaded heart rates [default: \
            {DEFAULT_RESTING_BPM}] and your aerobic ceiling")
    )]
    pub resting_hr: Option<Typed<f64>>,

    /// Your maximum heart rate, in bpm: a loaded heart rate is capped there, and with
    /// --resting-hr it estimates your aerobic ceiling
    #[arg(
        long,
        value_name = "BPM",
        value_parser = typed(parse_heart_rate),
        allow_hyphen_values = true
    )]
    pub max_hr: Option<Typed<f64>>,

    /// Walk or run
    #[arg(
        long,
        value_name = "GAIT",
        default_value = "auto",
        value_parser = super::named::<Gait>(),
        help = format!(
            "Walk or run: auto walks below {} and runs from it",
            Speed::from_m_per_min(WALK_RUN_M_PER_MIN)
        )
    )]
    pub gait: Gait,

    /// The ground, for walks (Pandolf's terrain factor); running is costed as paved
    #[arg(
        long,
        value_name = "TERRAIN",
        default_value = "paved",
        value_parser = super::named::<Terrain>()
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
             lb, per km in kg): the effort a planned course is run at; {}",
            speed_range()
        )
    )]
    pub pace: Option<Typed<Speed>>,

    /// Your usual flat speed without weight (10kph, 6.5mph): instead of --pace
    #[arg(
        long,
        value_name = "SPEED",
        value_parser = typed(parse_speed),
        group = "course_pace_or_speed",
        allow_hyphen_values = true,
        help = format!(
            "Your usual flat speed without weight (10kph, 6.5mph): instead of --pace; {}",
            speed_range()
        )
    )]
    pub speed: Option<Typed<Speed>>,

    /// Your usual heart rate at that pace without weight, in bpm: for heart-rate estimates on
    /// a planned course
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

    /// The load you carry: the vest, or the weight on each hand or each ankle (8kg, 2lb; a
    /// plain number is in --unit); a vest without it is worked out at the recommended start
    #[arg(
        long,
        value_name = "MASS",
        value_parser = typed(parse_mass),
        allow_hyphen_values = true,
        help_heading = "Your load"
    )]
    pub load: Option<Typed<MassInput>>,

    /// A recording made without the load: say what the load would have done on it
    #[arg(long, help_heading = "Your load")]
    pub without_load: bool,

    /// The week of a weighted-running plan you are in (wrun plan)
    #[arg(
        long,
        value_name = "WEEK",
        value_parser = super::parse_plan_week,
        help = format!(
            "The week of a weighted-running plan you are in (wrun plan): a beginner takes the \
             load to hills from week {}",
            PLAN_ADAPT.beginner_hills_from_week
        )
    )]
    pub plan_week: Option<u32>,

    /// How long each split is (1km, 1mi, 500m) [default: 1 km, or 1 mi in lb]
    #[arg(
        long,
        value_name = "DISTANCE",
        value_parser = typed(parse_distance),
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
