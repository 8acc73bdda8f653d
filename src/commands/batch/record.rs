//! Turning one batch record into an answer: its request fields, its `id`
//! and the members carried through (which name is which, [`super::names`]
//! tells), and the request the fields describe, answered by `recommend`,
//! `compare` or `plan`.
//!
//! Each record is read with the same parsers, rules and error messages as
//! the command line; errors name the field instead of the flag.

use std::borrow::Cow;
use std::fmt;

use crate::cli::{BatchCommand, RunnerArgs, StartDay, Typed, WorkoutArgs};
use crate::cli::{Field, LIST_SEPARATORS, UnitSource};
use crate::commands;
use crate::error::Error;
use crate::guidance::calendar::WeekDates;
use crate::guidance::{self, Comparison, Condition, Named, Plan, Recommendation, Unit, WeightType};
use crate::parse::{
    parse_age, parse_distance, parse_duration, parse_grade, parse_heart_rate, parse_height,
    parse_load, parse_mass, parse_speed, parse_unit, parse_vo2max,
};

/// A field's value as read from the input, borrowed from it where possible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Given<'a> {
    /// A string, or a number as it was written.
    Text(Cow<'a, str>),
    /// A CSV cell or JSON value read in the unit its column's or field's
    /// name gives (`Weight (kg)`, `weight_kg`).
    InColumnUnit {
        /// The cell as typed, trimmed (`500` under `Weight (kg)`), which
        /// messages show.
        typed: Cow<'a, str>,
        /// The text it is read as (`500kg`).
        read: Cow<'a, str>,
    },
    /// A list of strings (conditions).
    List(Vec<Cow<'a, str>>),
    /// Absent: JSON `null` or an empty CSV cell.
    Null,
    /// A JSON value of another kind: `true` or `false` as written, else
    /// names the kind (`an object`).
    Other(&'static str),
}

/// The answer of one record, and where its runner's unit came from, which
/// its JSON echoes.
#[derive(Debug, Clone)]
pub struct Answer {
    /// The answer, by the command that answers the batch.
    pub answered: Answered,
    /// Where the record's unit came from.
    pub unit_source: UnitSource,
}

/// The answer of one record, by the command that answers the batch.
#[derive(Debug, Clone)]
pub enum Answered {
    /// `wrun recommend`.
    Recommend(Recommendation),
    /// `wrun compare`.
    Compare(Comparison),
    /// `wrun plan`, with each week's dates where the record gives a first
    /// day or weekdays.
    Plan(Plan, Option<Vec<WeekDates>>),
}

/// The request fields of one record, read and checked as they come.
#[derive(Debug)]
struct Fields {
    command: BatchCommand,
    weight: Option<Typed<crate::parse::MassInput>>,
    unit: Option<Unit>,
    weight_type: Option<guidance::WeightType>,
    level: Option<guidance::Level>,
    conditions: Vec<Condition>,
    increment: Option<Typed<crate::parse::MassInput>>,
    height: Option<Typed<guidance::Height>>,
    age: Option<Typed<f64>>,
    vo2max: Option<Typed<f64>>,
    /// Whether the record's unit is stones: its bare weight is in stones.
    stones: bool,
    weeks: Option<u32>,
    /// A plan's weekdays, as `--days` takes them.
    days: Option<Typed<Vec<chrono::Weekday>>>,
    /// A plan's first day, as `--start` takes it.
    start: Option<Typed<StartDay>>,
    /// The run's fields: the text each is read from, and as typed where
    /// that is other text.
    workout: Vec<(Field, String, Option<String>)>,
    seen: Vec<Field>,
    /// The record's own names for the fields it spells otherwise than their
    /// keys (`Body Weight`, `Max HR`), which messages about them use.
    spelled: Vec<(Field, String)>,
}

/// A field's text as read, and as typed where that is other text: a CSV
/// cell read in its column's unit (`500` under `Weight (kg)`, read as
/// `500kg`). Messages show the text as typed.
#[derive(Debug, Clone, Copy)]
struct Cell<'a> {
    read: &'a str,
    typed: Option<&'a str>,
}

impl<'a> Cell<'a> {
    /// The text as typed.
    fn shown(self) -> &'a str {
        self.typed.unwrap_or(self.read)
    }
}

fn text<'a>(name: &str, field: &'a Given<'_>) -> Result<Cell<'a>, Error> {
    let read = |read| Ok(Cell { read, typed: None });
    match field {
        Given::Text(text) => read(text),
        Given::InColumnUnit { typed, read } => Ok(Cell {
            read,
            typed: Some(typed),
        }),
        Given::List(_) => Err(Error::invalid_value(
            name,
            "[…]",
            "expected a string or a number",
        )),
        Given::Other(kind) => Err(Error::invalid_value(
            name,
            kind,
            "expected a string or a number",
        )),
        Given::Null => read(""),
    }
}

/// The value `parse` reads from `cell`, or the error naming field `name`
/// and the cell as typed.
fn typed<T, E: fmt::Display>(
    name: &str,
    cell: Cell<'_>,
    parse: fn(&str) -> Result<T, E>,
) -> Result<Typed<T>, Error> {
    parse(cell.read)
        .map(|value| Typed {
            text: cell.shown().to_owned(),
            value,
            read_as: cell.typed.map(|_| cell.read.into()),
        })
        .map_err(|why| Error::invalid_value(name, cell.shown(), why))
}

/// The name `cell` gives (a kind, a level, a gait), read as [`typed`]
/// reads a value.
fn named<T: Named>(name: &str, cell: Cell<'_>) -> Result<T, Error> {
    T::from_name(cell.read).map_err(|_| {
        Error::invalid_value(name, cell.shown(), crate::cli::not_named::<T>(cell.shown()))
    })
}

impl Fields {
    fn new(command: BatchCommand) -> Self {
        Self {
            command,
            weight: None,
            unit: None,
            weight_type: None,
            level: None,
            conditions: Vec::new(),
            increment: None,
            height: None,
            age: None,
            vo2max: None,
            stones: false,
            weeks: None,
            days: None,
            start: None,
            // Room for every field a record may name, allocated once.
            workout: Vec::with_capacity(8),
            seen: Vec::with_capacity(16),
            spelled: Vec::new(),
        }
    }

    /// How the record names `field`: as it spells it.
    fn name(&self, field: Field) -> &str {
        self.spelled
            .iter()
            .find(|(spelled, _)| *spelled == field)
            .map_or(field.key(), |(_, name)| name)
    }

    /// Why the record cannot be answered without `field` (its weight or
    /// its kind, the two a record must give), which it leaves out or leaves
    /// blank: the field as the record names it, and what it accepts.
    fn lacking(&self, field: Field) -> String {
        let accepted = if field == Field::Weight {
            crate::parse::MassError::NotANumber.to_string()
        } else {
            crate::error::one_of(None, &crate::cli::ids::<WeightType>())
        };
        if self.seen.contains(&field) {
            format!("no value for '{}': {accepted}", self.name(field))
        } else {
            format!("missing field '{}': {accepted}", field.key())
        }
    }

    /// Reads request field `field`, named `key` in the record; a null, or a
    /// string of nothing but spaces, counts as absent, as a blank CSV cell
    /// does, and so does a blank name in a list of conditions.
    fn read(&mut self, field: Field, key: &str, given: &Given<'_>) -> Result<(), Error> {
        if self.seen.contains(&field) {
            let first = self.name(field);
            return Err(Error::Usage(if first == key {
                format!("field '{key}' is given twice")
            } else {
                format!(
                    "fields '{first}' and '{key}' are both '{}'; give one",
                    field.key()
                )
            }));
        }
        self.seen.push(field);
        if key != field.key() {
            self.spelled.push((field, key.to_owned()));
        }
        let blank = match given {
            Given::Null => true,
            Given::Text(text) => text.trim().is_empty(),
            Given::InColumnUnit { .. } | Given::List(_) | Given::Other(_) => false,
        };
        if blank {
            return Ok(());
        }
        if field == Field::Conditions {
            let names = match given {
                // A list of one word for none is none, as the word alone is.
                Given::List(names) if matches!(names.as_slice(), [one] if Condition::means_none(one)) => {
                    Vec::new()
                }
                Given::List(names) => names.iter().map(AsRef::as_ref).collect(),
                Given::Other(kind) => {
                    return Err(Error::invalid_value(
                        key,
                        kind,
                        "expected a list of conditions, like [\"knee-pain\"], or one string",
                    ));
                }
                _ => match text(key, given)?.shown() {
                    none if Condition::means_none(none) => Vec::new(),
                    names => names.split(LIST_SEPARATORS).collect::<Vec<_>>(),
                },
            };
            for condition in names.iter().map(|name| name.trim()) {
                if !condition.is_empty() {
                    let cell = Cell {
                        read: condition,
                        typed: None,
                    };
                    self.conditions
                        .push(Condition::from_name(cell.read).map_err(|_| {
                            Error::invalid_value(
                                key,
                                cell.shown(),
                                crate::cli::not_a_condition(cell.shown()),
                            )
                        })?);
                }
            }
            return Ok(());
        }
        if field == Field::Days {
            self.days = Some(weekdays(key, given)?);
            return Ok(());
        }
        let value = text(key, given)?;
        match field {
            Field::Weight => self.weight = Some(typed(key, value, parse_mass)?),
            Field::Height => self.height = Some(typed(key, value, parse_height)?),
            Field::Age => self.age = Some(typed(key, value, parse_age)?),
            Field::Vo2max => self.vo2max = Some(typed(key, value, parse_vo2max)?),
            Field::Increment => self.increment = Some(typed(key, value, parse_mass)?),
            Field::Unit => {
                // Stones, as British rosters give weights: plain numbers are
                // stones, and the answer is in pounds.
                self.stones = ["st", "stone", "stones"]
                    .iter()
                    .any(|stone| value.read.trim().eq_ignore_ascii_case(stone));
                let unit = if self.stones {
                    Some(Unit::Lb)
                } else {
                    parse_unit(value.read)
                };
                let unit = unit.ok_or_else(|| {
                    Error::invalid_value(key, value.shown(), "expected lb, kg or st (stones)")
                })?;
                self.unit = Some(unit);
            }
            Field::Type => self.weight_type = Some(named(key, value)?),
            Field::Level => self.level = Some(named(key, value)?),
            Field::Weeks => {
                // A count, as typed (`6`, `6 weeks`): a column's brackets
                // only label it (`Weeks (n)`), and give it no unit to be
                // read in.
                let weeks = crate::parse::parse_weeks(value.shown()).ok_or_else(|| {
                    Error::invalid_value(key, value.shown(), "expected a whole number of weeks")
                })?;
                self.weeks = Some(weeks);
            }
            Field::Start => self.start = Some(typed(key, value, crate::cli::parse_start)?),
            _ => self
                .workout
                .push((field, value.read.to_owned(), value.typed.map(str::to_owned))),
        }
        Ok(())
    }

    /// Answers the request the fields describe, what they leave out taken
    /// from `defaults`.
    fn answer(mut self, defaults: Defaults) -> Result<Answer, Error> {
        let default_unit = defaults.unit;
        // Compare answers for every kind (its request names a vest); the
        // other commands need one.
        let weight_type = match self.command {
            BatchCommand::Compare => Some(WeightType::Vest),
            _ => self.weight_type.or(defaults.weight_type),
        };
        let (mut weight, weight_type) = match (self.weight.take(), weight_type) {
            (Some(weight), Some(weight_type)) => (weight, weight_type),
            (weight, weight_type) => {
                let lacking = [
                    (weight.is_none(), Field::Weight),
                    (weight_type.is_none(), Field::Type),
                ];
                let why: Vec<String> = lacking
                    .iter()
                    .filter(|(lacks, _)| *lacks)
                    .map(|&(_, field)| self.lacking(field))
                    .collect();
                return Err(Error::Usage(why.join("; ")));
            }
        };
        if self.stones && weight.value.unit.is_none() {
            weight.value = crate::parse::MassInput {
                value: weight.value.value * crate::parse::POUNDS_PER_STONE,
                unit: Some(Unit::Lb),
            };
        }
        // A record's own unit, then the batch's, then the weight's, then pounds.
        let (unit, unit_source) = match (self.unit, default_unit, weight.value.unit) {
            (Some(unit), _, _) => (unit, UnitSource::Record),
            (None, (_, UnitSource::Default), Some(unit)) => (unit, UnitSource::Weight),
            (None, (unit, source), _) => (unit, source),
        };
        // Messages name each field as the record spells it. A record's unit,
        // when it gives one, is what its bare numbers are read in: messages
        // about them say so.
        let mut names = self.spelled;
        if self.unit.is_some() && !names.iter().any(|(field, _)| *field == Field::Unit) {
            names.push((Field::Unit, Field::Unit.key().to_owned()));
        }
        let runner = RunnerArgs {
            weight,
            level: self.level.unwrap_or_default(),
            conditions: self.conditions,
            increment: self.increment,
            unit,
            unit_source,
            resting_hr: None,
            max_hr: None,
            heart_names: Vec::new(),
            run_problems: Vec::new(),
            height: self.height,
            age: self.age,
            vo2max: self.vo2max,
            names,
            from_record: true,
        };
        let blame = |err: &guidance::GuidanceError, workout: Option<&WorkoutArgs>| {
            commands::blame(err, &runner, workout)
        };
        let answered = match self.command {
            BatchCommand::Recommend => {
                let workout = workout(&self.workout, &runner)?;
                let request = commands::request(&runner, weight_type, Some(&workout))?;
                guidance::recommend(&request)
                    .map(Answered::Recommend)
                    .map_err(|err| blame(&err, Some(&workout)))
            }
            BatchCommand::Compare => {
                let workout = workout(&self.workout, &runner)?;
                let request = commands::request(&runner, weight_type, Some(&workout))?;
                guidance::compare(&request)
                    .map(Answered::Compare)
                    .map_err(|err| blame(&err, Some(&workout)))
            }
            BatchCommand::Plan => {
                let request = commands::request(&runner, weight_type, None)?;
                let weeks = self.weeks.unwrap_or(guidance::PLAN_DEFAULT_WEEKS);
                let days = self.days.as_ref().map_or(&[][..], |days| &days.value[..]);
                let plan = guidance::plan(&request, weeks)
                    .map_err(|err| {
                        if err == guidance::GuidanceError::WeeksOutOfRange {
                            Error::invalid_value(runner.name(Field::Weeks), &weeks.to_string(), err)
                        } else {
                            blame(&err, None)
                        }
                    })?
                    .with_days(days);
                let calendar = Calendar {
                    start: self.start.as_ref(),
                    days: self.days.as_ref(),
                };
                let dates = calendar.dates(&plan, defaults.today, &runner)?;
                Ok(Answered::Plan(plan, dates))
            }
        }?;
        Ok(Answer {
            answered,
            unit_source: runner.unit_source,
        })
    }
}

/// A plan record's calendar fields: its first day and its weekdays.
struct Calendar<'a> {
    start: Option<&'a Typed<StartDay>>,
    days: Option<&'a Typed<Vec<chrono::Weekday>>>,
}

impl Calendar<'_> {
    /// Each week's dates, as `wrun plan` dates them: from the record's
    /// first day, else from `today` where it gives weekdays; none where it
    /// gives neither.
    fn dates(
        &self,
        plan: &Plan,
        today: chrono::NaiveDate,
        runner: &RunnerArgs,
    ) -> Result<Option<Vec<WeekDates>>, Error> {
        let refused = |err| {
            let days = self.days.map_or("", |days| &days.text[..]);
            let start = self.start.map(|start| &start.text[..]);
            commands::plan::calendar_error(&err, days, start, runner)
        };
        let first = match (self.start, self.days) {
            // `tomorrow` on the calendar's last day.
            (Some(start), _) => start
                .value
                .date(today)
                .ok_or_else(|| refused(guidance::GuidanceError::PastTheCalendar))?,
            (None, Some(_)) => today,
            (None, None) => return Ok(None),
        };
        let days = self.days.map_or(&[][..], |days| &days.value[..]);
        guidance::calendar::schedule(plan, first, days)
            .map(Some)
            .map_err(refused)
    }
}

/// The weekdays a record's `days` gives, as `--days` takes them: a list,
/// or a string of names split by [`LIST_SEPARATORS`] (`mon,thu`, `Monday;
/// Thursday`); blank names are passed over.
fn weekdays(key: &str, given: &Given<'_>) -> Result<Typed<Vec<chrono::Weekday>>, Error> {
    let text = if let Given::List(names) = given {
        names.join(",")
    } else {
        text(key, given)?.shown().to_owned()
    };
    let value =
        crate::cli::parse_weekdays(&text).map_err(|why| Error::invalid_value(key, &text, why))?;
    Ok(Typed {
        text,
        value,
        read_as: None,
    })
}

/// The run `fields` describe, each named in messages as `runner` names it.
fn workout(
    fields: &[(Field, String, Option<String>)],
    runner: &RunnerArgs,
) -> Result<WorkoutArgs, Error> {
    let given = |field: Field| fields.iter().any(|(given, ..)| *given == field);
    if given(Field::Pace) && given(Field::Speed) {
        return Err(Error::Usage(format!(
            "fields '{}' and '{}' cannot be used together",
            runner.name(Field::Pace),
            runner.name(Field::Speed)
        )));
    }
    let run = RunFields { fields, runner };
    Ok(WorkoutArgs {
        pace: run.read(Field::Pace, crate::cli::parse_pace_arg)?,
        speed: run.read(Field::Speed, parse_speed)?,
        duration: run.read(Field::Duration, parse_duration)?,
        distance: run.read(Field::Distance, parse_distance)?,
        grade: run.read(Field::Grade, parse_grade)?,
        hr: run.read(Field::Hr, parse_heart_rate)?,
        body: crate::cli::BodyArgs {
            heart: crate::cli::HeartFlags {
                resting_hr: run.read(Field::RestingHr, parse_heart_rate)?,
                max_hr: run.read(Field::MaxHr, parse_heart_rate)?,
            },
            gait: run.named(Field::Gait)?.unwrap_or_default(),
            terrain: run.named(Field::Terrain)?.unwrap_or_default(),
        },
        load: run.read(Field::Load, parse_load)?,
    })
}

/// A record's run fields, as read and as typed, and how its runner names
/// each.
struct RunFields<'a> {
    fields: &'a [(Field, String, Option<String>)],
    runner: &'a RunnerArgs,
}

impl RunFields<'_> {
    fn text(&self, field: Field) -> Option<Cell<'_>> {
        self.fields
            .iter()
            .find(|(given, ..)| *given == field)
            .map(|(_, read, typed)| Cell {
                read,
                typed: typed.as_deref(),
            })
    }

    /// `field`, if given, read by `parse`.
    fn read<T, E: fmt::Display>(
        &self,
        field: Field,
        parse: fn(&str) -> Result<T, E>,
    ) -> Result<Option<Typed<T>>, Error> {
        self.text(field)
            .map(|text| typed(self.runner.name(field), text, parse))
            .transpose()
    }

    /// A named value (gait, terrain), if given.
    fn named<T: Named>(&self, field: Field) -> Result<Option<T>, Error> {
        self.text(field)
            .map(|text| named(self.runner.name(field), text))
            .transpose()
    }
}

/// What a record that leaves them out is answered with: the batch's unit
/// of bare numbers (and where it came from) and its kind of weight.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Defaults {
    /// The unit of bare numbers, unless a record names its own.
    pub unit: (Unit, UnitSource),
    /// The kind of weight, unless a record names its own (`--type`).
    pub weight_type: Option<WeightType>,
    /// Today, where a plan given weekdays and no first day begins.
    pub today: chrono::NaiveDate,
}

#[cfg(test)]
impl Defaults {
    /// Bare numbers in `unit` (from `source`), and no kind of weight.
    #[must_use]
    pub const fn in_unit(unit: Unit, source: UnitSource) -> Self {
        Self {
            unit: (unit, source),
            weight_type: None,
            today: chrono::NaiveDate::from_ymd_opt(2026, 11, 30).expect("a date"),
        }
    }
}

/// Answers one record from its request fields, each with its name in the
/// record.
///
/// # Errors
/// The message to report for the record: a missing, repeated or bad field,
/// or a value out of range, naming the field as the record does.
pub fn answer<'a, I, N>(
    command: BatchCommand,
    defaults: Defaults,
    fields: I,
) -> Result<Answer, String>
where
    I: IntoIterator<Item = (Field, N, Given<'a>)>,
    N: AsRef<str>,
{
    let mut read = Fields::new(command);
    for (field, name, given) in fields {
        read.read(field, name.as_ref(), &given)
            .map_err(|err| err.to_string())?;
    }
    read.answer(defaults).map_err(|err| err.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::batch::json::{JsonRecord, split_json};

    fn json_answer(command: BatchCommand, line: &str) -> Result<Answer, String> {
        let record: JsonRecord<'_> = serde_json::from_str(line).unwrap();
        let parts = split_json(command, record);
        if let Some(problem) = parts.problem {
            return Err(problem);
        }
        answer(
            command,
            Defaults::in_unit(Unit::Lb, UnitSource::Default),
            parts.fields,
        )
    }

    fn json(line: &str) -> Result<Recommendation, String> {
        json_answer(BatchCommand::Recommend, line).map(|answer| match answer.answered {
            Answered::Recommend(recommendation) => recommendation,
            other => panic!("answered as {other:?}"),
        })
    }

    #[test]
    fn a_record_is_answered_with_its_vo2max_gait_and_ground() {
        let answer = json(
            r#"{"weight": 150, "type": "vest", "vo2max": 60, "pace": "8:00/mi",
                "duration": "30m", "gait": "walk", "terrain": "sand"}"#,
        )
        .unwrap();
        assert_eq!(answer.request.vo2max, Some(60.0));
        assert_eq!(answer.request.workout.gait, guidance::Gait::Walk);
        assert_eq!(answer.request.workout.terrain, guidance::Terrain::Sand);
    }

    #[test]
    fn messages_name_fields_as_the_record_spells_them_and_say_where_its_unit_came_from() {
        assert_eq!(
            json(r#"{"Weight": 150, "Body Weight": 160, "type": "vest"}"#).unwrap_err(),
            "fields 'Weight' and 'Body Weight' are both 'weight'; give one"
        );
        let err = json(r#"{"Weight": 10, "unit": "kg", "type": "vest"}"#).unwrap_err();
        assert!(
            err.starts_with("invalid value '10' for 'Weight'")
                && err.ends_with("a plain number is read in kg (from unit)"),
            "{err}"
        );
        let err = json(r#"{"weight": 10, "Unit": "kg", "type": "vest"}"#).unwrap_err();
        assert!(
            err.ends_with("a plain number is read in kg (from Unit)"),
            "{err}"
        );
    }

    #[test]
    fn a_record_reads_like_the_command_line() {
        let answer = json(r#"{"weight": 150, "type": "vest"}"#).unwrap();
        assert!((answer.load.unwrap().min.lb() - 7.5).abs() < 1e-9);
        let answer = json_answer(
            BatchCommand::Recommend,
            r#"{"weight": "68kg", "type": "hands", "level": "experienced"}"#,
        )
        .unwrap();
        assert_eq!(answer.unit_source, UnitSource::Weight);
        let Answered::Recommend(answer) = answer.answered else {
            unreachable!()
        };
        // A weight in kilograms makes kilograms the unit: 2 lb rounds to 1 kg.
        assert!((answer.load.unwrap().start.unwrap().kg() - 1.0).abs() < 1e-9);
        let answer =
            json(r#"{"weight": 68, "unit": "kg", "type": "vest", "conditions": ["knee-pain"]}"#)
                .unwrap();
        assert!((answer.load.unwrap().min.kg() - 3.4).abs() < 1e-9);
        assert_eq!(answer.request.conditions, [Condition::KneePain]);
    }

    #[test]
    fn a_blank_string_is_a_field_not_given_as_a_blank_csv_cell_is() {
        let answer = json(
            r#"{"weight": 150, "type": "vest", "level": " ", "pace": "",
                "conditions": "knee, ,back-pain,"}"#,
        )
        .unwrap();
        assert_eq!(answer.request.level, guidance::Level::Intermediate);
        assert_eq!(answer.request.workout.speed, None);
        assert_eq!(
            answer.request.conditions,
            [Condition::KneePain, Condition::BackPain]
        );
        let answer = json(r#"{"weight": 150, "type": "vest", "conditions": ["", "knee"]}"#);
        assert_eq!(answer.unwrap().request.conditions, [Condition::KneePain]);
        assert_eq!(
            json(r#"{"weight": "", "type": "vest"}"#).unwrap_err(),
            "no value for 'weight': expected a number with an optional unit, like 150, 150lb or 68.5kg"
        );
    }

    #[test]
    fn field_names_ignore_case_spaces_and_separators() {
        let answer = json(
            r#"{"Weight": 150, " TYPE ": "vest", "Resting HR": 50, "hr": 140, "speed": "10kph"}"#,
        )
        .unwrap();
        assert!((answer.request.heart.unwrap().resting - 50.0).abs() < 1e-9);
    }

    #[test]
    fn run_fields_give_energy() {
        let answer =
            json(r#"{"weight": "70kg", "type": "vest", "speed": "10kph", "duration": "30m"}"#)
                .unwrap();
        assert!((answer.energy.unwrap().baseline_kcal - 386.75).abs() < 1e-9);
    }

    #[test]
    fn the_batch_unit_reads_plain_numbers_unless_the_record_names_its_own() {
        let fields = |unit: Option<&'static str>| {
            let given = |field: Field, text| (field, field.key(), Given::Text(Cow::Borrowed(text)));
            let mut fields = vec![given(Field::Weight, "68"), given(Field::Type, "vest")];
            fields.extend(unit.map(|unit| given(Field::Unit, unit)));
            fields
        };
        let weight = |answer: Answer| match answer.answered {
            Answered::Recommend(r) => r.request.body_weight.kg(),
            _ => unreachable!(),
        };
        let kg = answer(
            BatchCommand::Recommend,
            Defaults::in_unit(Unit::Kg, UnitSource::Flag),
            fields(None),
        )
        .unwrap();
        assert!((weight(kg) - 68.0).abs() < 1e-9);
        let lb = answer(
            BatchCommand::Recommend,
            Defaults::in_unit(Unit::Kg, UnitSource::Flag),
            fields(Some("lb")),
        )
        .unwrap();
        assert_eq!(lb.unit_source, UnitSource::Record);
        assert!((weight(lb) - 68.0 * 0.453_592_37).abs() < 1e-9);
    }

    #[test]
    fn compare_and_plan_answer_with_their_own_fields() {
        let compare = json_answer(
            BatchCommand::Compare,
            r#"{"weight": 150, "speed": "10kph", "duration": "30m"}"#,
        )
        .unwrap();
        assert!(matches!(compare.answered, Answered::Compare(c) if c.options.len() == 3));
        let plan = json_answer(
            BatchCommand::Plan,
            r#"{"weight": 150, "type": "vest", "weeks": 8, "increment": "2.5lb"}"#,
        )
        .unwrap();
        assert!(matches!(plan.answered, Answered::Plan(p, None) if p.weeks.len() == 8));
        assert_eq!(
            json_answer(
                BatchCommand::Plan,
                r#"{"weight": 150, "type": "vest", "weeks": 40}"#
            )
            .unwrap_err(),
            "invalid value '40' for 'weeks': a plan runs from 2 to 26 weeks"
        );
        assert_eq!(
            json_answer(
                BatchCommand::Plan,
                r#"{"weight": 150, "type": "vest", "weeks": "six"}"#
            )
            .unwrap_err(),
            "invalid value 'six' for 'weeks': expected a whole number of weeks"
        );
    }

    /// A week's first day and its run days, as `YYYY-MM-DD`.
    type Week = (String, Vec<String>);

    /// The weeks of a plan record's answer, where it is dated.
    fn dated(line: &str) -> Result<Option<Vec<Week>>, String> {
        json_answer(BatchCommand::Plan, line).map(|answer| match answer.answered {
            Answered::Plan(_, dates) => dates.map(|weeks| {
                weeks
                    .iter()
                    .map(|week| {
                        let runs = week.runs.iter().map(ToString::to_string).collect();
                        (week.start.to_string(), runs)
                    })
                    .collect()
            }),
            other => panic!("answered as {other:?}"),
        })
    }

    #[test]
    fn a_plan_record_is_dated_from_its_start_on_its_days_else_from_today() {
        // 6 weeks of 1, 1, 2, 2, 2, 2 runs (150 lb, a vest, intermediate).
        let weeks = dated(r#"{"weight": 150, "type": "vest", "start": "2026-12-07"}"#)
            .unwrap()
            .unwrap();
        assert_eq!(weeks.len(), 6);
        assert_eq!(weeks[0], ("2026-12-07".into(), vec!["2026-12-07".into()]));
        // Two runs a week spread over it: Monday and Thursday.
        assert_eq!(weeks[2].1, ["2026-12-21", "2026-12-24"]);
        let weeks = dated(r#"{"weight": 150, "type": "vest", "days": ["sat", "Tuesday"]}"#)
            .unwrap()
            .unwrap();
        // Today (Monday 30 November 2026, as `Defaults::in_unit` has it).
        assert_eq!(weeks[0], ("2026-11-30".into(), vec!["2026-12-01".into()]));
        assert_eq!(weeks[2].1, ["2026-12-15", "2026-12-19"]);
        // `tomorrow`, and days in a string split as conditions are.
        let weeks = dated(
            r#"{"weight": 150, "type": "vest", "start_date": "tomorrow", "days": "wed| fri;"}"#,
        )
        .unwrap()
        .unwrap();
        assert_eq!(
            weeks[2],
            (
                "2026-12-15".into(),
                vec!["2026-12-16".into(), "2026-12-18".into()]
            )
        );
        assert_eq!(dated(r#"{"weight": 150, "type": "vest"}"#), Ok(None));
    }

    #[test]
    fn a_plan_records_calendar_is_refused_by_its_own_names() {
        assert_eq!(
            dated(r#"{"weight": 150, "type": "vest", "Run days": "mon"}"#),
            Err(
                "invalid value 'mon' for 'Run days': 1 weekday, but week 3 has 2 runs; give at \
                 least 2 days"
                    .to_owned()
            )
        );
        assert_eq!(
            dated(r#"{"weight": 150, "type": "vest", "days": ["mon", "someday"]}"#).unwrap_err(),
            "invalid value 'mon,someday' for 'days': expected weekdays separated by commas, \
             like mon,thu (mon, tue, wed, thu, fri, sat, sun)"
        );
        // The list to write is of all the days in the cell.
        assert!(
            dated(r#"{"weight": 150, "type": "vest", "days": "Mon, Wed & Fri"}"#)
                .unwrap_err()
                .ends_with("; for these days, write mon,wed,fri")
        );
        assert_eq!(
            dated(r#"{"weight": 150, "type": "vest", "start": "9999-12-20"}"#).unwrap_err(),
            format!(
                "invalid value '9999-12-20' for 'start': {}",
                guidance::GuidanceError::PastTheCalendar
            )
        );
        assert_eq!(
            dated(r#"{"weight": 150, "type": "vest", "start": 20261207}"#).unwrap_err(),
            "invalid value '20261207' for 'start': expected a date as YYYY-MM-DD, like \
             2026-12-07, or today, tomorrow or a weekday (mon); for 20261207, write 2026-12-07"
        );
    }

    #[test]
    fn a_record_missing_both_weight_and_kind_is_told_of_both_unless_compare_needs_no_kind() {
        let missing = |command| json_answer(command, r#"{"level": "beginner"}"#).unwrap_err();
        let weight = "missing field 'weight': expected a number with an optional unit, like 150, \
                      150lb or 68.5kg";
        for needs_a_kind in [BatchCommand::Recommend, BatchCommand::Plan] {
            assert_eq!(
                missing(needs_a_kind),
                format!("{weight}; missing field 'type': expected one of: vest, hand-wrist, ankle")
            );
        }
        assert_eq!(missing(BatchCommand::Compare), weight);
    }

    #[test]
    fn a_field_given_blank_is_named_as_the_record_spells_it() {
        assert_eq!(
            json(r#"{"Body Weight": "", "Kind of weight": " ", "level": "beginner"}"#).unwrap_err(),
            "no value for 'Body Weight': expected a number with an optional unit, like 150, \
             150lb or 68.5kg; no value for 'Kind of weight': expected one of: vest, hand-wrist, ankle"
        );
        assert_eq!(
            json(r#"{"weight": 150, "Weight type": null}"#).unwrap_err(),
            "no value for 'Weight type': expected one of: vest, hand-wrist, ankle"
        );
    }

    #[test]
    fn errors_name_the_field_and_what_it_accepts() {
        for (line, expected) in [
            (
                r#"{"type": "vest"}"#,
                "missing field 'weight': expected a number with an optional unit, like 150, \
                 150lb or 68.5kg",
            ),
            (
                r#"{"weight": 150}"#,
                "missing field 'type': expected one of: vest, hand-wrist, ankle",
            ),
            (
                r#"{"weight": "abc", "type": "vest"}"#,
                "invalid value 'abc' for 'weight': expected a number with an optional unit, like 150, 150lb or 68.5kg",
            ),
            (
                r#"{"weight": 700, "type": "vest"}"#,
                "invalid value '700' for 'weight': body weight must be from 66.14 lb to 661.38 lb (30 kg to 300 kg); a plain number is read in lb",
            ),
            (
                r#"{"weight": true, "type": "vest"}"#,
                "invalid value 'true' for 'weight': expected a string or a number",
            ),
            (
                r#"{"weight": 1e400, "type": "vest"}"#,
                "invalid value '1e400' for 'weight': expected a number with an optional unit, \
                 like 150, 150lb or 68.5kg",
            ),
            (
                r#"{"weight": 150, "type": "vest", "conditions": ["knee-pain", 1e400]}"#,
                "invalid value 'a list of non-strings' for 'conditions': expected a list of \
                 conditions, like [\"knee-pain\"], or one string",
            ),
            (
                r#"{"weight": 150, "type": "vest", "conditions": {"knee-pain": true}}"#,
                "invalid value 'an object' for 'conditions': expected a list of conditions, \
                 like [\"knee-pain\"], or one string",
            ),
            (
                r#"{"weight": 150, "type": "sled"}"#,
                "invalid value 'sled' for 'type': expected one of: vest, hand-wrist, ankle",
            ),
            (
                r#"{"weight": 150, "wieght": 150, "type": "vest"}"#,
                "field 'wieght' looks like 'weight'; name it exactly, or rename it to carry it through",
            ),
            (
                r#"{"weight": 150, "type": "vest", "Weight": 160}"#,
                "fields 'weight' and 'Weight' are both 'weight'; give one",
            ),
            (
                r#"{"weight": 150, "type": "vest", "weight": 160}"#,
                "field 'weight' is given twice",
            ),
            (
                r#"{"Body Weight": "heavy", "type": "vest"}"#,
                "invalid value 'heavy' for 'Body Weight': expected a number with an optional \
                 unit, like 150, 150lb or 68.5kg",
            ),
            (
                r#"{"Body Weight": 900, "Unit": "kg", "type": "vest"}"#,
                "invalid value '900' for 'Body Weight': body weight must be from 66.14 lb to \
                 661.38 lb (30 kg to 300 kg); a plain number is read in kg (from Unit)",
            ),
            (
                r#"{"weight": 150, "type": "vest", "Pace": "6/km", "Distance": "5km", "Duration": "40m"}"#,
                "Pace 6/km disagrees with Distance 5km in Duration 40m, which is 8:00/km; give \
                 two of the three, or values within 1 % of each other",
            ),
            (
                r#"{"weight": 150, "type": "vest", "Max HR": "fast"}"#,
                "invalid value 'fast' for 'Max HR': expected a heart rate in beats per minute, \
                 like 150",
            ),
            (
                r#"{"weight": 150, "type": "vest", "id": [1]}"#,
                "field 'id' must be a string, a number or a boolean",
            ),
            (
                r#"{"weight": 150, "type": "vest", "duration": "30m"}"#,
                "'duration' needs pace, speed or distance: wrun cannot work out the run without it",
            ),
            (
                r#"{"weight": 150, "type": "vest", "pace": "6/km", "speed": "10kph"}"#,
                "fields 'pace' and 'speed' cannot be used together",
            ),
            (
                r#"{"weight": 150, "type": "vest", "height": "tall"}"#,
                "invalid value 'tall' for 'height': expected a height like 1.78m, 178cm, 5ft10 or \
                 5'10\"",
            ),
            (
                r#"{"weight": 150, "type": "vest", "speed": "99kph"}"#,
                "invalid value '99kph' for 'speed': the speed must be from 1.2 km/h to 30 km/h",
            ),
        ] {
            assert_eq!(json(line).unwrap_err(), expected, "{line}");
        }
    }

    #[test]
    fn conditions_may_be_a_list_or_a_delimited_string() {
        let answer =
            json(r#"{"weight": 150, "type": "vest", "conditions": "knee-pain; back-pain"}"#)
                .unwrap();
        assert_eq!(
            answer.request.conditions,
            [Condition::KneePain, Condition::BackPain]
        );
        // As a spreadsheet's cell may say nothing.
        for none in ["none", " None ", "n/a", "-", "No"] {
            let record = format!(r#"{{"weight": 150, "type": "vest", "conditions": "{none}"}}"#);
            assert_eq!(json(&record).unwrap().request.conditions, [], "{none:?}");
        }
        assert_eq!(
            json(r#"{"weight": 150, "type": "vest", "conditions": ["N/A"]}"#)
                .unwrap()
                .request
                .conditions,
            [],
            "a list of one word for none"
        );
        assert!(json(r#"{"weight": 150, "type": "vest", "conditions": "none, knee"}"#).is_err());
        assert!(
            json(r#"{"weight": 150, "type": "vest", "conditions": ["none", "knee"]}"#).is_err()
        );
        assert!(json(r#"{"weight": 150, "type": "vest", "conditions": [1]}"#).is_err());
        assert!(json(r#"{"weight": 150, "type": "vest", "conditions": [null]}"#).is_err());
    }

    #[test]
    fn a_null_or_empty_field_counts_as_absent() {
        assert!(json(r#"{"weight": 150, "type": "vest", "increment": null}"#).is_ok());
    }
}
