//! Who is running: the runner's flags, the environment variables that
//! stand in for some of them, and the one resolver that fills a runner
//! from flags, variables and the profile.

use clap::Args;

use super::{Typed, typed};
use crate::cli::Field;
use crate::config::{Entry, Profile};
use crate::error::Error;
use crate::guidance::rules::{ADULT_FROM_YEARS, VO2MAX_AGE_DECLINE};
use crate::guidance::{
    BODY_WEIGHT_KG, Condition, Height, Level, Named as _, Unit, WeightType, range_text,
};
use crate::parse::{MassInput, parse_age, parse_height, parse_mass, parse_vo2max};

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
        // As a roster's `Experience` column.
        alias = "experience",
        value_name = "LEVEL",
        value_parser = crate::cli::named::<Level>(),
        help = "Running experience (also --experience) [env: WRUN_LEVEL] [default: intermediate]"
    )]
    pub level: Option<Level>,

    /// A condition that makes load riskier (also --injury); repeat the flag
    /// or separate with commas; none for no condition, whatever the profile holds
    #[arg(
        long = "condition",
        // As a roster's `Injuries` column and the profile's `conditions`.
        aliases = ["conditions", "injury", "injuries"],
        value_name = "CONDITION",
        value_delimiter = ',',
        value_parser = crate::cli::ConditionOrNone
    )]
    pub conditions: Vec<Option<Condition>>,

    /// The step your weights come in (2.5lb, 1kg; a plain number is in --unit);
    /// the start load snaps to it
    #[arg(long, value_name = "STEP", value_parser = typed(parse_mass), allow_hyphen_values = true)]
    pub increment: Option<Typed<MassInput>>,

    /// Unit of plain numbers and of text output
    #[arg(
        long,
        value_name = "UNIT",
        value_parser = crate::cli::unit(),
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

    /// The runner's age in years.
    #[arg(
        long,
        value_name = "YEARS",
        value_parser = typed(parse_age),
        allow_hyphen_values = true,
        help = format!(
            "Your age in years: estimates your maximum heart rate (Tanaka 2001) when --max-hr \
             is not given; past {}, lowers the VO2max assumed for your level; under {}, a \
             caution that the loads and figures are an adult's",
            VO2MAX_AGE_DECLINE.from_years,
            ADULT_FROM_YEARS
        )
    )]
    pub age: Option<Typed<f64>>,

    /// The runner's aerobic ceiling, in mL/kg/min.
    #[arg(
        long,
        value_name = "ML_KG_MIN",
        value_parser = typed(parse_vo2max),
        allow_hyphen_values = true,
        help = format!(
            "Your VO2max in mL/kg/min, to judge whether a run fits you; else estimated from \
             --max-hr (or --age) and --resting-hr, else assumed from --level (and --age past {})",
            VO2MAX_AGE_DECLINE.from_years
        )
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
    /// A batch record's own `unit`.
    Record,
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
    /// Why the profile's resting or maximum heart rate or `VO2max` could not
    /// be read, or was out of range: an error only for a run that needs it,
    /// where no flag gives it.
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

/// The body weight, as an error names it when it is given nowhere.
fn weight_flag() -> String {
    format!(
        "{} <WEIGHT> (or WRUN_WEIGHT, or {} in the profile: see wrun config)",
        Field::Weight.flag(),
        Field::Weight.key()
    )
}

/// The kind of weight, likewise, with the kinds to choose from.
fn type_flag() -> String {
    format!(
        "{} <TYPE> ({})",
        Field::Type.flag(),
        crate::cli::ids::<WeightType>()
    )
}

impl RunnerFlags {
    /// The runner these flags, their variables and `profile` describe.
    ///
    /// # Errors
    /// [`Error::Usage`] when no body weight is given anywhere.
    pub fn resolve(&self, profile: &Profile) -> Result<RunnerArgs, Error> {
        self.resolve_needing(profile, false)
    }

    /// The runner, and the kind of weight `--type` gave: both are required,
    /// and a command given neither is told of both at once.
    ///
    /// # Errors
    /// [`Error::Usage`] when no body weight is given anywhere, or no kind.
    pub fn resolve_with_kind(
        &self,
        profile: &Profile,
        kind: Option<WeightType>,
    ) -> Result<(RunnerArgs, WeightType), Error> {
        let runner = self.resolve_needing(profile, kind.is_none())?;
        let kind = kind.ok_or_else(|| {
            Error::Usage(format!(
                "missing required flag: {}; to choose a kind, try 'wrun compare'",
                type_flag()
            ))
        })?;
        Ok((runner, kind))
    }

    /// The conditions the flags give, else the profile's: `none` (given
    /// alone, as a roster's cell and the profile take it) sets the
    /// profile's aside.
    pub(crate) fn resolve_conditions(&self, profile: &Profile) -> Result<Vec<Condition>, Error> {
        if self.conditions.is_empty() {
            return Ok(profile
                .conditions
                .as_ref()
                .map(|entry| entry.value.clone())
                .unwrap_or_default());
        }
        if self.conditions.contains(&None) && self.conditions.iter().any(Option::is_some) {
            let given: Vec<&str> = self
                .conditions
                .iter()
                .map(|condition| condition.map_or(Condition::NONE_WORDS[0], Condition::id))
                .collect();
            return Err(Error::invalid_value(
                Field::Conditions.flag(),
                &given.join(","),
                "none goes alone, not with a condition",
            ));
        }
        Ok(self.conditions.iter().flatten().copied().collect())
    }

    /// The runner, or the error that names the weight missing, and the
    /// kind with it when `kind_missing`.
    fn resolve_needing(&self, profile: &Profile, kind_missing: bool) -> Result<RunnerArgs, Error> {
        let mut names: Vec<(Field, String)> = Vec::new();
        let (env_weight, env_unit, env_level) = self.variables(&mut names)?;
        let flag_weight = self.weight.as_ref().or(env_weight.as_ref());
        let flag_unit = self.unit.or(env_unit);
        let flag_level = self.level.or(env_level);
        // A bad profile value matters only where no flag or variable gives one.
        // The age is in every answer (for the young-runner caution).
        for (field, given) in [
            (Field::Weight, flag_weight.is_some()),
            (Field::Unit, flag_unit.is_some()),
            (Field::Level, flag_level.is_some()),
            (Field::Conditions, !self.conditions.is_empty()),
            (Field::Increment, self.increment.is_some()),
            (Field::Height, self.height.is_some()),
            (Field::Age, self.age.is_some()),
        ] {
            if !given {
                profile.need(field)?;
            }
        }
        let Some(weight) = Named::new(Field::Weight, profile, &mut names)
            .pick(flag_weight, profile.weight.as_ref())
        else {
            return Err(Error::Usage(if kind_missing {
                format!(
                    "missing required flags: {} and {}; see --help",
                    weight_flag(),
                    type_flag()
                )
            } else {
                format!("missing required flag: {}; see --help", weight_flag())
            }));
        };
        let increment = Named::new(Field::Increment, profile, &mut names)
            .pick(self.increment.as_ref(), profile.increment.as_ref());
        let level = flag_level
            .or_else(|| profile.level.as_ref().map(|entry| entry.value))
            .unwrap_or_default();
        let conditions = self.resolve_conditions(profile)?;
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
                    .map(|value| Typed::new(text, value))
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
                    Error::invalid_value("WRUN_LEVEL", text, crate::cli::not_named::<Level>(text))
                })
            })
            .transpose()?;
        Ok((env_weight, env_unit, env_level))
    }
}

/// A profile entry as a typed value.
fn pick_entry<T: Clone>(entry: Option<&Entry<T>>) -> Option<Typed<T>> {
    entry.map(|entry| Typed::new(&entry.text, entry.value.clone()))
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
