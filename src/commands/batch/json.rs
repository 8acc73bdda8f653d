//! An NDJSON line as a batch record: its members in order, each value as
//! written; the value of a request field read as a [`Given`], the `id`
//! kept as written, and the other members carried through.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

use super::header::request_cell;
use super::names::{Role, classify, field_with_unit};
use super::record::Given;
use crate::cli::{BatchCommand, Field};

impl Given<'_> {
    /// A list holding anything but strings.
    const NOT_STRINGS: Self = Self::Other("a list of non-strings");
    /// A JSON object.
    const OBJECT: Self = Self::Other("an object");
}

/// The members of one JSON object, in order, each value kept as written:
/// request fields are read from it, other members are carried through.
#[derive(Debug, Clone, Default)]
pub struct JsonRecord<'a>(pub Vec<(Cow<'a, str>, &'a RawValue)>);

impl<'de> Deserialize<'de> for JsonRecord<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Members;
        impl<'de> Visitor<'de> for Members {
            type Value = JsonRecord<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
                // Room for a record's usual members, so it is rarely grown.
                let mut members = Vec::with_capacity(16);
                while let Some(Text(key)) = map.next_key::<Text<'de>>()? {
                    members.push((key, map.next_value::<&'de RawValue>()?));
                }
                Ok(JsonRecord(members))
            }
        }
        deserializer.deserialize_map(Members)
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

impl<'de> Deserialize<'de> for Given<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Any;
        impl<'de> Visitor<'de> for Any {
            type Value = Given<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string, a number or a list of strings")
            }
            fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Self::Value, E> {
                Ok(Given::Text(Cow::Borrowed(text)))
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
                Ok(Given::Text(Cow::Owned(text.to_owned())))
            }
            fn visit_u64<E: de::Error>(self, number: u64) -> Result<Self::Value, E> {
                Ok(Given::Text(Cow::Owned(number.to_string())))
            }
            fn visit_i64<E: de::Error>(self, number: i64) -> Result<Self::Value, E> {
                Ok(Given::Text(Cow::Owned(number.to_string())))
            }
            fn visit_f64<E: de::Error>(self, number: f64) -> Result<Self::Value, E> {
                Ok(Given::Text(Cow::Owned(number.to_string())))
            }
            fn visit_bool<E: de::Error>(self, value: bool) -> Result<Self::Value, E> {
                // As written, as a number is: `true` is the value the user gave.
                Ok(Given::Other(if value { "true" } else { "false" }))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(Given::Null)
            }
            fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Self::Value, S::Error> {
                let mut items = Vec::new();
                let mut all_strings = true;
                while let Some(item) = seq.next_element::<Given<'de>>()? {
                    match item {
                        Given::Text(text) => items.push(text),
                        _ => all_strings = false,
                    }
                }
                Ok(if all_strings {
                    Given::List(items)
                } else {
                    Given::NOT_STRINGS
                })
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
                while map
                    .next_entry::<de::IgnoredAny, de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(Given::OBJECT)
            }
        }
        deserializer.deserialize_any(Any)
    }
}

/// A JSON member's value as a request field.
fn json_field(raw: &RawValue) -> Given<'_> {
    let json = raw.get();
    // A plain number (`150`, `72.50`, `-2`) is its own text: read as the
    // same text in a string or a cell is, and named in a message as written.
    if crate::parse::is_decimal(json.strip_prefix('-').unwrap_or(json)) {
        return Given::Text(Cow::Borrowed(json));
    }
    // A RawValue is valid JSON, so this only fails for a number too large
    // for a float (1e400), in the value or inside it, or past serde_json's
    // nesting limit. Either way a list or an object is what it is, and a
    // number is kept as written, for the field to refuse as it refuses the
    // same text in a string, a CSV cell or a flag.
    serde_json::from_str(json).unwrap_or(match json.bytes().next() {
        Some(b'[') => Given::NOT_STRINGS,
        Some(b'{') => Given::OBJECT,
        _ => Given::Text(Cow::Borrowed(json)),
    })
}

/// A JSON record split by role: its request fields, its `id` and the
/// members carried through.
pub struct JsonParts<'a> {
    /// The request fields, each with its key as written.
    pub fields: Vec<(Field, Cow<'a, str>, Given<'a>)>,
    /// The `id` member as written, when it has one.
    pub id: Option<&'a RawValue>,
    /// The other members, in input order.
    pub extra: Vec<(Cow<'a, str>, &'a RawValue)>,
    /// Why the record cannot be answered whatever its fields say.
    pub problem: Option<String>,
}

/// Splits `record` by the role of each member for `command`.
#[must_use]
pub fn split_json(command: BatchCommand, record: JsonRecord<'_>) -> JsonParts<'_> {
    let mut parts = JsonParts {
        fields: Vec::with_capacity(16),
        id: None,
        extra: Vec::new(),
        problem: None,
    };
    for (key, raw) in record.0 {
        let role = classify(command, &key);
        // `duration_min`, `Weight (kg)`: a field with the unit of its bare
        // numbers, read as a CSV column of that name is.
        let with_unit = match role {
            Ok(Role::Carried) | Err(_) => field_with_unit(command, &key),
            Ok(_) => None,
        };
        if let Some((field, unit)) = with_unit {
            match unit {
                Ok(unit) => {
                    let given = match json_field(raw) {
                        Given::Text(text) => request_cell(text, field, unit.as_deref()),
                        other => other,
                    };
                    parts.fields.push((field, key, given));
                }
                Err(problem) => {
                    parts
                        .problem
                        .get_or_insert_with(|| format!("field '{key}': {problem}"));
                }
            }
            continue;
        }
        match role {
            Ok(Role::Request(field)) => parts.fields.push((field, key, json_field(raw))),
            Ok(Role::Id) if raw.get().starts_with(['{', '[']) => {
                parts.problem.get_or_insert_with(|| {
                    "field 'id' must be a string, a number or a boolean".to_owned()
                });
            }
            Ok(Role::Id) => {
                if parts.id.replace(raw).is_some() {
                    parts
                        .problem
                        .get_or_insert_with(|| "field 'id' is given twice".to_owned());
                }
            }
            Ok(Role::Carried) => parts.extra.push((key, raw)),
            Err(lookalike) => {
                parts
                    .problem
                    .get_or_insert_with(|| format!("field {lookalike}"));
            }
        }
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    impl Given<'_> {
        fn to_owned_field(&self) -> Given<'static> {
            match self {
                Given::Text(text) => Given::Text(Cow::Owned(text.to_string())),
                Given::InColumnUnit { typed, read } => Given::InColumnUnit {
                    typed: Cow::Owned(typed.to_string()),
                    read: Cow::Owned(read.to_string()),
                },
                Given::List(items) => {
                    Given::List(items.iter().map(|i| Cow::Owned(i.to_string())).collect())
                }
                Given::Null => Given::Null,
                Given::Other(kind) => Given::Other(kind),
            }
        }
    }

    #[test]
    fn json_members_keep_their_values_as_written() {
        let record: JsonRecord<'_> =
            serde_json::from_str(r#"{"weight": 150.50, "type": "vest", "x": {"a": [1]}}"#).unwrap();
        assert_eq!(record.0[0].0, "weight");
        assert_eq!(record.0[0].1.get(), "150.50");
        assert_eq!(record.0[2].1.get(), r#"{"a": [1]}"#);
        assert!(serde_json::from_str::<JsonRecord<'_>>("[1]").is_err());
    }

    #[test]
    fn json_values_read_as_fields() {
        let field = |json: &str| {
            json_field(&RawValue::from_string(json.to_owned()).unwrap())
                .clone()
                .to_owned_field()
        };
        assert_eq!(field("150.5"), Given::Text(Cow::Owned("150.5".into())));
        // A plain number as written; one with an exponent as serde_json
        // reads it, which the parsers take.
        for number in ["150.50", "150.0", "-2", "-2.50"] {
            assert_eq!(field(number), Given::Text(Cow::Owned(number.into())));
        }
        assert_eq!(field("9e2"), Given::Text(Cow::Owned("900".into())));
        assert_eq!(field("-1.5E1"), Given::Text(Cow::Owned("-15".into())));
        assert_eq!(field("null"), Given::Null);
        assert_eq!(field(r#"{"a": [1]}"#), Given::Other("an object"));
        assert_eq!(
            field(r#"["a", "b"]"#),
            Given::List(vec![Cow::Owned("a".into()), Cow::Owned("b".into())])
        );
        assert_eq!(field("[true]"), Given::Other("a list of non-strings"));
        assert_eq!(field("true"), Given::Other("true"));
        assert_eq!(field("false"), Given::Other("false"));
        // Valid JSON that serde_json will not read: a number too large for
        // a float is kept as written, a list or object holding one or nested
        // too deep is named for what it is.
        for number in ["1e400", "-1e400"] {
            assert_eq!(field(number), Given::Text(Cow::Owned(number.into())));
        }
        let deep = |open: &str, close: &str| format!("{}1{}", open.repeat(200), close.repeat(200));
        assert_eq!(
            field(&deep("[", "]")),
            Given::Other("a list of non-strings")
        );
        assert_eq!(field(&deep("{\"a\":", "}")), Given::Other("an object"));
        assert_eq!(
            field(r#"["knee-pain", 1e400]"#),
            Given::Other("a list of non-strings")
        );
        assert_eq!(field(r#"{"a": 1e400}"#), Given::Other("an object"));
    }

    #[test]
    fn other_members_and_the_id_are_carried_not_refused() {
        let record: JsonRecord<'_> = serde_json::from_str(
            r#"{"id": "A-7", "name": "Anna", "weight": 150, "team": 17, "type": "vest"}"#,
        )
        .unwrap();
        let parts = split_json(BatchCommand::Recommend, record);
        assert_eq!(parts.problem, None);
        assert_eq!(parts.id.map(RawValue::get), Some(r#""A-7""#));
        let extra: Vec<(&str, &str)> = parts
            .extra
            .iter()
            .map(|(key, raw)| (key.as_ref(), raw.get()))
            .collect();
        assert_eq!(extra, [("name", r#""Anna""#), ("team", "17")]);
    }
}
