//! Batch requests: one `recommend` request per record, from the fields of an
//! NDJSON object or a CSV row.
//!
//! Each record is read with the same parsers, rules and error messages as
//! the command line; errors name the field instead of the flag.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::cli::{RunnerArgs, Typed, WorkoutArgs};
use crate::commands;
use crate::error::Error;
use crate::guidance::{self, Condition, Level, Named, Recommendation, Unit, WeightType};
use crate::parse::{
    MassInput, parse_distance, parse_duration, parse_grade, parse_heart_rate, parse_mass,
    parse_pace, parse_speed, parse_unit,
};

/// The fields a record may have.
pub const FIELDS: &[&str] = &[
    "weight",
    "unit",
    "type",
    "level",
    "conditions",
    "increment",
    "pace",
    "speed",
    "duration",
    "distance",
    "grade",
    "hr",
    "resting_hr",
];

/// A field's value as read from the input, borrowed from it where possible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field<'a> {
    /// A string, or a number as it was written.
    Text(Cow<'a, str>),
    /// A list of strings (conditions).
    List(Vec<Cow<'a, str>>),
    /// Absent: JSON `null` or an empty CSV cell.
    Null,
    /// A JSON value of another kind; names the kind.
    Other(&'static str),
}

impl<'a> Field<'a> {
    /// The field a CSV cell makes; an empty cell is absent.
    #[must_use]
    pub fn from_cell(cell: &'a str) -> Self {
        if cell.trim().is_empty() {
            Self::Null
        } else {
            Self::Text(Cow::Borrowed(cell))
        }
    }
}

/// The fields of one JSON object, in order, read without building a
/// `serde_json::Value`: keys and strings borrow from the line when they can.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct JsonRecord<'a>(pub Vec<(Cow<'a, str>, Field<'a>)>);

impl<'de> Deserialize<'de> for JsonRecord<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Fields;
        impl<'de> Visitor<'de> for Fields {
            type Value = JsonRecord<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object with the fields of recommend")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
                let mut fields = Vec::new();
                while let Some(Text(key)) = map.next_key::<Text<'de>>()? {
                    fields.push((key, map.next_value::<Field<'de>>()?));
                }
                Ok(JsonRecord(fields))
            }
        }
        deserializer.deserialize_map(Fields)
    }
}

/// A string that borrows from the input when it has no escapes.
struct Text<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Text<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Str;
        impl<'de> Visitor<'de> for Str {
            type Value = Text<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Self::Value, E> {
                Ok(Text(Cow::Borrowed(text)))
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
                Ok(Text(Cow::Owned(text.to_owned())))
            }
        }
        deserializer.deserialize_str(Str)
    }
}

impl<'de> Deserialize<'de> for Field<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Any;
        impl<'de> Visitor<'de> for Any {
            type Value = Field<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string, a number or a list of strings")
            }
            fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Self::Value, E> {
                Ok(Field::Text(Cow::Borrowed(text)))
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
                Ok(Field::Text(Cow::Owned(text.to_owned())))
            }
            fn visit_u64<E: de::Error>(self, number: u64) -> Result<Self::Value, E> {
                Ok(Field::Text(Cow::Owned(number.to_string())))
            }
            fn visit_i64<E: de::Error>(self, number: i64) -> Result<Self::Value, E> {
                Ok(Field::Text(Cow::Owned(number.to_string())))
            }
            fn visit_f64<E: de::Error>(self, number: f64) -> Result<Self::Value, E> {
                Ok(Field::Text(Cow::Owned(number.to_string())))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
                Ok(Field::Other("a boolean"))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(Field::Null)
            }
            fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Self::Value, S::Error> {
                let mut items = Vec::new();
                let mut all_strings = true;
                while let Some(item) = seq.next_element::<Field<'de>>()? {
                    match item {
                        Field::Text(text) if all_strings => items.push(text),
                        _ => all_strings = false,
                    }
                }
                Ok(if all_strings {
                    Field::List(items)
                } else {
                    Field::Other("a list of non-strings")
                })
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
                while map
                    .next_entry::<de::IgnoredAny, de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(Field::Other("an object"))
            }
        }
        deserializer.deserialize_any(Any)
    }
}

/// How a field of a record is named in messages: `--resting-hr` → `resting_hr`.
#[must_use]
pub fn field_name(flag: &str) -> String {
    flag.trim_start_matches('-').replace('-', "_")
}

/// An error message for a record, naming fields rather than flags.
#[must_use]
pub fn message(err: &Error) -> String {
    match err {
        Error::Invalid { name, value, why } => {
            format!("invalid value '{value}' for '{}': {why}", field_name(name))
        }
        Error::Needs { flag, needs } => format!(
            "'{}' needs {}",
            field_name(flag),
            needs.replace("--", "").replace('-', "_")
        ),
        other => other.to_string(),
    }
}

/// The record's fields, checked and read.
#[derive(Debug, Default)]
struct Record {
    weight: Option<Typed<MassInput>>,
    unit: Option<Unit>,
    weight_type: Option<WeightType>,
    level: Option<Level>,
    conditions: Vec<Condition>,
    increment: Option<Typed<MassInput>>,
    workout: Vec<(&'static str, String)>,
}

fn text<'a>(name: &str, field: &'a Field<'_>) -> Result<&'a str, Error> {
    match field {
        Field::Text(text) => Ok(text),
        Field::List(_) => Err(Error::invalid_value(
            name,
            "[…]",
            "expected a string or a number",
        )),
        Field::Other(kind) => Err(Error::invalid_value(
            name,
            kind,
            "expected a string or a number",
        )),
        Field::Null => Ok(""),
    }
}

fn typed<T, E: std::fmt::Display>(
    name: &str,
    text: &str,
    parse: fn(&str) -> Result<T, E>,
) -> Result<Typed<T>, Error> {
    parse(text)
        .map(|value| Typed {
            text: text.to_owned(),
            value,
        })
        .map_err(|why| Error::invalid_value(name, text, why))
}

fn named<T: Named>(name: &str, text: &str) -> Result<T, Error> {
    T::from_name(text).map_err(|why| Error::invalid_value(name, text, why))
}

/// Answers one record.
///
/// # Errors
/// The message to report for the record: a missing, unknown or bad field,
/// or a value out of range.
pub fn recommend<'a, I, K>(fields: I) -> Result<Recommendation, String>
where
    I: IntoIterator<Item = (K, Field<'a>)>,
    K: AsRef<str>,
{
    answer(fields).map_err(|err| message(&err))
}

fn answer<'a, I, K>(fields: I) -> Result<Recommendation, Error>
where
    I: IntoIterator<Item = (K, Field<'a>)>,
    K: AsRef<str>,
{
    let mut record = Record::default();
    for (name, field) in fields {
        let name = name.as_ref();
        if field == Field::Null {
            continue;
        }
        let key = FIELDS
            .iter()
            .copied()
            .find(|known| *known == name)
            .ok_or_else(|| {
                Error::Usage(format!(
                    "unknown field '{name}'; expected: {}",
                    FIELDS.join(", ")
                ))
            })?;
        if key == "conditions" {
            let names = match &field {
                Field::List(names) => names.iter().map(AsRef::as_ref).collect(),
                _ => text(key, &field)?
                    .split([',', ';', '|'])
                    .collect::<Vec<_>>(),
            };
            for condition in names {
                record.conditions.push(named(key, condition.trim())?);
            }
            continue;
        }
        let value = text(key, &field)?;
        match key {
            "weight" => record.weight = Some(typed(key, value, parse_mass)?),
            "increment" => record.increment = Some(typed(key, value, parse_mass)?),
            "unit" => {
                let unit = parse_unit(value)
                    .ok_or_else(|| Error::invalid_value(key, value, "expected lb or kg"))?;
                record.unit = Some(unit);
            }
            "type" => record.weight_type = Some(named(key, value)?),
            "level" => record.level = Some(named(key, value)?),
            _ => record.workout.push((key, value.to_owned())),
        }
    }
    let missing = |name: &str| Error::Usage(format!("missing field '{name}'"));
    let runner = RunnerArgs {
        weight: record.weight.ok_or_else(|| missing("weight"))?,
        level: record.level.unwrap_or_default(),
        conditions: record.conditions,
        increment: record.increment,
        unit: record.unit.unwrap_or_default(),
        from_env: Vec::new(),
    };
    let weight_type = record.weight_type.ok_or_else(|| missing("type"))?;
    let workout = workout(&record.workout)?;
    let request = commands::request(&runner, weight_type, Some(&workout))?;
    guidance::recommend(&request).map_err(|err| commands::blame(&err, &runner, Some(&workout)))
}

fn workout(fields: &[(&'static str, String)]) -> Result<WorkoutArgs, Error> {
    fn read<T, E: std::fmt::Display>(
        fields: &[(&'static str, String)],
        name: &str,
        parse: fn(&str) -> Result<T, E>,
    ) -> Result<Option<Typed<T>>, Error> {
        fields
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, text)| typed(name, text, parse))
            .transpose()
    }
    let get = |name: &str| fields.iter().any(|(key, _)| *key == name).then_some(());
    for (one, other) in [("pace", "speed"), ("duration", "distance")] {
        if get(one).is_some() && get(other).is_some() {
            return Err(Error::Usage(format!(
                "fields '{one}' and '{other}' cannot be used together"
            )));
        }
    }
    Ok(WorkoutArgs {
        pace: read(fields, "pace", parse_pace)?,
        speed: read(fields, "speed", parse_speed)?,
        duration: read(fields, "duration", parse_duration)?,
        distance: read(fields, "distance", parse_distance)?,
        grade: read(fields, "grade", parse_grade)?,
        hr: read(fields, "hr", parse_heart_rate)?,
        resting_hr: read(fields, "resting_hr", parse_heart_rate)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(line: &str) -> Result<Recommendation, String> {
        let record: JsonRecord<'_> = serde_json::from_str(line).unwrap();
        recommend(record.0.iter().map(|(k, v)| (k.as_ref(), v.clone())))
    }

    #[test]
    fn json_fields_borrow_from_the_line_and_keep_numbers_as_written() {
        let record: JsonRecord<'_> =
            serde_json::from_str(r#"{"weight": 150.5, "type": "vest", "n": null, "x": {"a": [1]}, "l": ["a", "b"], "m": [true], "t": true}"#)
                .unwrap();
        assert_eq!(
            record.0[0],
            (Cow::Borrowed("weight"), Field::Text(Cow::Borrowed("150.5")))
        );
        assert!(matches!(&record.0[1].1, Field::Text(Cow::Borrowed("vest"))));
        assert_eq!(record.0[2].1, Field::Null);
        assert_eq!(record.0[3].1, Field::Other("an object"));
        assert_eq!(
            record.0[4].1,
            Field::List(vec![Cow::Borrowed("a"), Cow::Borrowed("b")])
        );
        assert_eq!(record.0[5].1, Field::Other("a list of non-strings"));
        assert_eq!(record.0[6].1, Field::Other("a boolean"));
        assert!(serde_json::from_str::<JsonRecord<'_>>("[1]").is_err());
    }

    #[test]
    fn a_record_reads_like_the_command_line() {
        let answer = json(r#"{"weight": 150, "type": "vest"}"#).unwrap();
        assert!((answer.load.unwrap().min.lb() - 7.5).abs() < 1e-9);
        let answer =
            json(r#"{"weight": "68kg", "type": "hands", "level": "experienced"}"#).unwrap();
        assert!((answer.load.unwrap().start.unwrap().lb() - 2.0).abs() < 1e-9);
        let answer =
            json(r#"{"weight": 68, "unit": "kg", "type": "vest", "conditions": ["knee-pain"]}"#)
                .unwrap();
        assert!((answer.load.unwrap().min.kg() - 3.4).abs() < 1e-9);
        assert_eq!(answer.request.conditions, [Condition::KneePain]);
    }

    #[test]
    fn run_fields_give_energy() {
        let answer =
            json(r#"{"weight": "70kg", "type": "vest", "speed": "10kph", "duration": "30m"}"#)
                .unwrap();
        assert!((answer.energy.unwrap().baseline_kcal - 386.75).abs() < 1e-9);
    }

    #[test]
    fn errors_name_the_field_and_what_it_accepts() {
        for (line, expected) in [
            (r#"{"type": "vest"}"#, "missing field 'weight'"),
            (r#"{"weight": 150}"#, "missing field 'type'"),
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
                "invalid value 'a boolean' for 'weight': expected a string or a number",
            ),
            (
                r#"{"weight": 150, "type": "sled"}"#,
                "invalid value 'sled' for 'type': unknown weight type; expected one of: vest, hand-wrist, ankle",
            ),
            (
                r#"{"weight": 150, "type": "vest", "colour": "red"}"#,
                "unknown field 'colour'; expected: weight, unit, type, level, conditions, increment, pace, speed, duration, distance, grade, hr, resting_hr",
            ),
            (
                r#"{"weight": 150, "type": "vest", "duration": "30m"}"#,
                "'duration' needs pace or speed",
            ),
            (
                r#"{"weight": 150, "type": "vest", "pace": "6/km", "speed": "10kph"}"#,
                "fields 'pace' and 'speed' cannot be used together",
            ),
            (
                r#"{"weight": 150, "type": "vest", "resting_hr": 50}"#,
                "'resting_hr' needs hr",
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
        assert!(json(r#"{"weight": 150, "type": "vest", "conditions": [1]}"#).is_err());
        assert!(json(r#"{"weight": 150, "type": "vest", "conditions": [null]}"#).is_err());
    }

    #[test]
    fn a_null_or_empty_field_counts_as_absent() {
        assert!(json(r#"{"weight": 150, "type": "vest", "increment": null}"#).is_ok());
        assert_eq!(Field::from_cell("  "), Field::Null);
    }
}
