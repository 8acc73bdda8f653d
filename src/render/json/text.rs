//! Text fields of the JSON output.
//!
//! Fixed texts from wrun's own tables (warnings, tips, verdict reasons) are
//! written as JSON encoded once, on first use, rather than escaped again on
//! every line: `wrun batch` writes millions of them. They are found by the
//! id of the note or rule they belong to. A test checks that none of them
//! needs escaping, so the two ways write the same bytes. A warning or tip
//! that is exactly as its table has it (id, severity, message, source) is
//! written whole from one encoding.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Serialize, Serializer};
use serde_json::value::RawValue;

use crate::guidance::advice::{Advice, REASONS, TIPS, WARNINGS, note_id};
use crate::guidance::{Message, Severity, Value};

/// A text field: a fixed text from wrun's tables, or one written for this
/// answer, with the id of the note or rule it belongs to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Text<'a> {
    /// The text.
    pub text: &'a Message,
    /// The id of the note (or, for a verdict reason, the rule) it belongs to.
    pub id: &'static str,
}

/// Hashes an id by its length and its first and last eight bytes: two
/// multiplications where a hash of every byte would take one per byte.
/// Ids are short and distinct, so this spreads them well; the table then
/// compares whole ids.
#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        let word = |bytes: &[u8]| match bytes.first_chunk::<8>() {
            Some(word) => u64::from_le_bytes(*word),
            None => bytes
                .iter()
                .fold(0, |word, &byte| (word << 8) | u64::from(byte)),
        };
        let tail = &bytes[bytes.len().saturating_sub(8)..];
        self.write_u64(word(bytes) ^ (bytes.len() as u64).rotate_left(56));
        self.write_u64(word(tail));
    }

    fn write_u8(&mut self, byte: u8) {
        // A `str` ends its hash with one 0xff byte, the same for every id.
        self.0 ^= u64::from(byte);
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = (self.0.rotate_left(5) ^ value).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }

    fn finish(&self) -> u64 {
        // The high bits are the well-mixed ones; the table looks at the low.
        self.0.rotate_left(32)
    }
}

type BuildIdHasher = BuildHasherDefault<IdHasher>;

/// A note's or rule's id as a table key: equal at once when it is the very
/// text the table holds (as ids copied from wrun's tables usually are in a
/// release build), else compared character by character.
#[derive(Clone, Copy, Eq)]
struct Id(&'static str);

impl PartialEq for Id {
    fn eq(&self, other: &Self) -> bool {
        same_text(self.0, other.0)
    }
}

impl std::hash::Hash for Id {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // By the characters, as equality goes.
        self.0.hash(state);
    }
}

type Ids<T> = HashMap<Id, T, BuildIdHasher>;

type Encoded = Ids<(&'static str, Box<RawValue>)>;

static ENCODED: OnceLock<Encoded> = OnceLock::new();

/// A warning or tip from the tables, with its whole JSON object.
struct FixedNote {
    /// `Some` for a warning, `None` for a tip (whose object has no severity).
    severity: Option<Severity>,
    message: &'static str,
    source: &'static str,
    /// The whole note, with its message.
    json: Box<RawValue>,
    /// The whole note without its message, for the lean form.
    lean: Box<RawValue>,
}

static NOTES: OnceLock<Ids<FixedNote>> = OnceLock::new();

/// Encodes every fixed text once, for a run that writes many answers
/// (`wrun batch`); a single answer is cheaper escaped as it goes.
pub fn encode_fixed_texts() {
    encoded();
    notes();
}

/// Every warning and tip with a fixed message, by id, with its JSON object.
fn notes() -> &'static Ids<FixedNote> {
    NOTES.get_or_init(|| {
        let warnings = WARNINGS
            .iter()
            .map(|advice| (advice, Some(advice.severity)));
        let tips = TIPS.iter().map(|advice| (advice, None));
        warnings
            .chain(tips)
            .filter(|(advice, _)| advice.is_fixed())
            .filter_map(|(advice, severity)| {
                let &Advice {
                    id,
                    message,
                    source,
                    ..
                } = advice;
                let text = Message::fixed(message);
                let encode = |message| {
                    let fields = NoteFields {
                        id,
                        severity,
                        message,
                        template: None,
                        values: None,
                        source,
                    };
                    RawValue::from_string(serde_json::to_string(&fields).ok()?).ok()
                };
                Some((
                    Id(id),
                    FixedNote {
                        severity,
                        message,
                        source,
                        json: encode(Some(Text { text: &text, id }))?,
                        lean: encode(None)?,
                    },
                ))
            })
            .collect()
    })
}

/// The fields of a warning (with a severity) or a tip (without), in the
/// order the JSON contract writes them.
#[derive(Clone, Copy, Serialize)]
pub(super) struct NoteFields<'a> {
    pub id: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<Text<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub values: Option<Values<'a>>,
    pub source: &'static str,
}

impl NoteFields<'_> {
    /// Serializes the note, whole from its encoding when it is exactly as
    /// the tables have it (after [`encode_fixed_texts`]), else field by field.
    pub(super) fn serialize_note<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if let Some(fixed) = NOTES.get().and_then(|notes| notes.get(&Id(self.id))) {
            // A message filled from another template of the same warning
            // is written field by field.
            if fixed.severity == self.severity
                && same_text(fixed.source, self.source)
                && self.template.is_none()
            {
                match self.message {
                    Some(Text { text, .. })
                        if text.values.is_empty() && same_text(fixed.message, text.template) =>
                    {
                        return fixed.json.serialize(serializer);
                    }
                    // Left out by the lean form, which leaves out only the
                    // fixed text (see `is_fixed`).
                    None => return fixed.lean.serialize(serializer),
                    _ => {}
                }
            }
        }
        self.serialize(serializer)
    }
}

/// Whether `message` is the fixed text of the warning or tip `id`: found
/// in the encoded table where a batch has built it, else in the advice table.
pub(super) fn is_fixed(id: &'static str, message: &Message) -> bool {
    if !message.values.is_empty() {
        return false;
    }
    let text = message.template;
    match NOTES.get() {
        Some(notes) => notes
            .get(&Id(id))
            .is_some_and(|fixed| same_text(fixed.message, text)),
        None => crate::guidance::advice::fixed_message(id) == Some(text),
    }
}

/// Every fixed text wrun can write, by id, with its JSON encoding.
fn encoded() -> &'static Encoded {
    ENCODED.get_or_init(|| {
        WARNINGS
            .iter()
            .chain(TIPS)
            .filter(|advice| advice.is_fixed())
            .map(|advice| (advice.id, advice.message))
            .chain(REASONS.iter().copied())
            .filter_map(|(id, text)| {
                let json = serde_json::to_string(text).ok()?;
                Some((Id(id), (text, RawValue::from_string(json).ok()?)))
            })
            .collect()
    })
}

/// Whether two texts are equal, quickly when they are the same table entry.
fn same_text(fixed: &str, text: &str) -> bool {
    fixed.len() == text.len() && (std::ptr::eq(fixed.as_ptr(), text.as_ptr()) || fixed == text)
}

impl Serialize for Text<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.text.values.is_empty() {
            // The id finds the encoding; the text must still be the same one.
            if let Some((fixed, json)) = ENCODED.get().and_then(|encoded| encoded.get(&Id(self.id)))
            {
                if same_text(fixed, self.text.template) {
                    return json.serialize(serializer);
                }
            }
        }
        self.text.serialize(serializer)
    }
}

/// Notes on how a figure was worked out: their texts, or, in the lean form,
/// each as its id (listed with its template under `notes` in `wrun sources
/// --json`) and the values that fill the template's slots.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Notes<'a> {
    /// The notes.
    pub notes: &'a [Message],
    /// How they are written.
    pub form: super::NotesForm,
}

impl Serialize for Notes<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq as _;
        let mut seq = serializer.serialize_seq(Some(self.notes.len()))?;
        for note in self.notes {
            match (self.form, note_id(note.template)) {
                (super::NotesForm::Ids, Some(id)) => seq.serialize_element(&NoteById {
                    id,
                    values: Values(&note.values),
                })?,
                _ => seq.serialize_element(note)?,
            }
        }
        seq.end()
    }
}

/// One of wrun's own sentences that has no id of its own (a comparison's
/// best pick): its text, or, in the lean form, the id of its template,
/// listed under `reasons` in `wrun sources --json`, and the text of each
/// slot.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sentence<'a> {
    /// The sentence.
    pub message: &'a Message,
    /// How it is written.
    pub form: super::NotesForm,
}

impl Serialize for Sentence<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.form.reason_id(self.message) {
            Some(template) => SentenceById {
                template,
                values: Values(&self.message.values),
            }
            .serialize(serializer),
            None => self.message.serialize(serializer),
        }
    }
}

/// A sentence in the lean form.
#[derive(Serialize)]
struct SentenceById<'a> {
    template: &'static str,
    #[serde(skip_serializing_if = "Values::is_empty")]
    values: Values<'a>,
}

/// A sentence of wrun's own: its text, or (`--notes ids`) its template's id
/// and the texts of its slots.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)] // Describes the JSON for the schema; never built.
enum SentenceSchema {
    /// The sentence (`--notes text`).
    Text(String),
    /// The sentence by its template (`--notes ids`).
    ById {
        /// The id of its template, listed under `reasons` in `wrun sources
        /// --json`.
        template: String,
        /// The text of each of the template's slots, by slot name; absent
        /// when the template has none.
        #[serde(default)]
        values: std::collections::BTreeMap<String, String>,
    },
}

impl JsonSchema for Sentence<'_> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "Sentence".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        SentenceSchema::json_schema(generator)
    }
}

/// A note in the lean form.
#[derive(Serialize)]
struct NoteById<'a> {
    id: &'static str,
    #[serde(skip_serializing_if = "Values::is_empty")]
    values: Values<'a>,
}

/// A message's values, each as the text that fills its slot.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Values<'a>(pub &'a [(&'static str, Value)]);

impl Values<'_> {
    const fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl JsonSchema for Values<'_> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "Values".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        std::collections::BTreeMap::<String, String>::json_schema(generator)
    }
}

impl Serialize for Values<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(slot, value)| (slot, Filled(value))))
    }
}

/// A value as the text that fills its slot.
struct Filled<'a>(&'a Value);

impl Serialize for Filled<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use std::fmt::Write as _;
        // Written out first, with room for all but the longest values (the
        // ceiling a run is set against fits), where `to_string` would grow
        // the string as it writes: 1.5 % of a lean batch's instructions.
        let mut text = String::with_capacity(128);
        // Writing into a `String` cannot fail.
        let _ = write!(text, "{}", self.0);
        // Then through `serialize_str`, as every other string: `collect_str`
        // is a second way into serde_json's escaping, which then stops
        // being inlined where every key and string goes (measured: +2.3 %
        // of a batch's instructions).
        serializer.serialize_str(&text)
    }
}

/// A note on how a figure was worked out: its text, or (`--notes ids`) its
/// id and the texts of its slots.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)] // Describes the JSON for the schema; never built.
enum FigureNote {
    /// The note's text (`--notes text`).
    Text(String),
    /// The note by id, its template listed under `notes` in `wrun sources
    /// --json` (`--notes ids`).
    ById {
        /// Stable kebab-case id.
        id: String,
        /// The text of each of the template's slots, by slot name; absent
        /// when the template has none.
        #[serde(default)]
        values: std::collections::BTreeMap<String, String>,
    },
}

impl JsonSchema for Notes<'_> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "Notes".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        Vec::<FigureNote>::json_schema(generator)
    }
}

impl JsonSchema for Text<'_> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        String::schema_name()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        String::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guidance::Value;

    #[test]
    fn no_fixed_text_needs_escaping_so_both_ways_write_the_same_bytes() {
        let fixed = WARNINGS
            .iter()
            .chain(TIPS)
            .map(|advice| advice.message)
            .chain(REASONS.iter().map(|(_, text)| *text));
        for text in fixed {
            let escaped = serde_json::to_string(text).unwrap();
            assert_eq!(escaped, format!("\"{text}\""), "{text}");
        }
    }

    #[test]
    fn a_fixed_warning_without_its_text_is_written_as_its_fields_would_be() {
        use crate::guidance::Note;
        use crate::render::json::{NotesForm, WarningJson};
        encode_fixed_texts();
        for advice in WARNINGS.iter().filter(|advice| advice.is_fixed()) {
            let note = Note {
                id: advice.id,
                severity: advice.severity,
                message: Message::fixed(advice.message),
                source: advice.source,
            };
            let lean = serde_json::to_string(&WarningJson::new(&note, NotesForm::Ids)).unwrap();
            let fields = format!(
                r#"{{"id":"{}","severity":"{}","source":"{}"}}"#,
                advice.id,
                advice.severity.id(),
                advice.source
            );
            assert_eq!(lean, fields);
        }
    }

    #[test]
    fn fixed_and_written_texts_serialize_alike() {
        encode_fixed_texts();
        let id = TIPS[0].id;
        let fixed = Message::fixed(TIPS[0].message);
        assert_eq!(
            serde_json::to_string(&Text { text: &fixed, id }).unwrap(),
            serde_json::to_string(TIPS[0].message).unwrap()
        );
        let quoted = Message::fixed("say \"hi\"");
        assert_eq!(
            serde_json::to_string(&Text { text: &quoted, id }).unwrap(),
            r#""say \"hi\"""#,
            "a text that is not the fixed one for its id is escaped as usual"
        );
    }

    #[test]
    fn a_whole_note_encoded_once_writes_the_same_bytes_as_field_by_field() {
        encode_fixed_texts();
        let warnings = WARNINGS
            .iter()
            .map(|advice| (advice, Some(advice.severity)));
        let tips = TIPS.iter().map(|advice| (advice, None));
        let mut fixed = 0;
        for (advice, severity) in warnings.chain(tips) {
            let text = Message::fixed(advice.message);
            // The same words through a slot, so not taken for the table's.
            let owned = Message::new("{all}", [("all", Value::Words(advice.message))]);
            let note = |text| NoteFields {
                id: advice.id,
                severity,
                message: Some(Text {
                    text,
                    id: advice.id,
                }),
                template: None,
                values: None,
                source: advice.source,
            };
            let mut whole = serde_json::Serializer::new(Vec::new());
            note(&text).serialize_note(&mut whole).unwrap();
            let by_field = serde_json::to_vec(&note(&owned)).unwrap();
            assert_eq!(whole.into_inner(), by_field, "{}", advice.id);
            fixed += usize::from(notes().contains_key(&Id(advice.id)));
        }
        assert!(fixed > 20, "the tables' notes are encoded: {fixed}");
    }

    #[test]
    fn a_note_changed_on_the_way_is_written_as_it_is_not_as_its_table_has_it() {
        encode_fixed_texts();
        let advice = WARNINGS
            .iter()
            .find(|advice| advice.is_fixed() && advice.severity == Severity::Info)
            .unwrap();
        let text = Message::fixed(advice.message);
        let note = NoteFields {
            id: advice.id,
            severity: Some(advice.severity),
            message: None,
            template: None,
            values: None,
            source: advice.source,
        };
        let written = |note: NoteFields| {
            let mut out = serde_json::Serializer::new(Vec::new());
            note.serialize_note(&mut out).unwrap();
            String::from_utf8(out.into_inner()).unwrap()
        };
        let expected = |severity: &str, source: &str, rest: &str| {
            format!(
                r#"{{"id":"{}","severity":"{severity}",{rest}"source":"{source}"}}"#,
                advice.id
            )
        };
        // As the table has it, without its text (the lean form).
        assert_eq!(written(note), expected("info", advice.source, ""));
        let raised = NoteFields {
            severity: Some(Severity::Danger),
            message: Some(Text {
                text: &text,
                id: advice.id,
            }),
            ..note
        };
        let message = format!(r#""message":"{}","#, advice.message);
        assert_eq!(written(raised), expected("danger", advice.source, &message));
        let other_words = Message::fixed("Other words.");
        let reworded = NoteFields {
            message: Some(Text {
                text: &other_words,
                id: advice.id,
            }),
            ..note
        };
        let message = r#""message":"Other words.","#;
        assert_eq!(written(reworded), expected("info", advice.source, message));
        let other_source = NoteFields {
            source: "tool-policy",
            ..note
        };
        assert_eq!(written(other_source), expected("info", "tool-policy", ""));
        let slots = [("load", Value::Count(3))];
        let by_template = NoteFields {
            template: Some("some-template"),
            values: Some(Values(&slots)),
            ..note
        };
        assert_eq!(
            written(by_template),
            expected(
                "info",
                advice.source,
                r#""template":"some-template","values":{"load":"3"},"#
            )
        );
    }

    #[test]
    fn a_note_is_its_text_or_its_id_and_the_texts_of_its_values() {
        use crate::guidance::advice::{REST_DAYS, WEEK_FLAT};
        use crate::render::json::NotesForm;
        let notes = [
            Message::new(REST_DAYS, [("days", Value::Count(3))]),
            Message::fixed(WEEK_FLAT),
            // Not a note of the table: written as its text in either form.
            Message::fixed("Something else."),
        ];
        let written = |form| {
            serde_json::to_string(&Notes {
                notes: &notes,
                form,
            })
            .unwrap()
        };
        assert_eq!(
            written(NotesForm::Text),
            r#"["Rest at least 3 days between weighted runs.","Run on flat ground until the load feels steady.","Something else."]"#
        );
        assert_eq!(
            written(NotesForm::Ids),
            r#"[{"id":"rest-days","values":{"days":"3"}},{"id":"week-flat"},"Something else."]"#
        );
    }

    #[test]
    fn the_tables_ids_hash_apart() {
        use std::hash::BuildHasher;
        let ids: std::collections::HashSet<&str> = WARNINGS
            .iter()
            .chain(TIPS)
            .map(|advice| advice.id)
            .chain(REASONS.iter().map(|(id, _)| *id))
            .collect();
        let hashes: std::collections::HashSet<u64> = ids
            .iter()
            .map(|id| BuildIdHasher::default().hash_one(Id(id)))
            .collect();
        assert_eq!(hashes.len(), ids.len());
    }

    #[test]
    fn every_fixed_text_is_found_by_its_id() {
        // Notes without a fixed text have messages that name the runner's figures.
        let fixed = WARNINGS
            .iter()
            .chain(TIPS)
            .filter(|advice| advice.is_fixed())
            .count();
        assert!(fixed < WARNINGS.len() + TIPS.len());
        assert_eq!(encoded().len(), fixed + REASONS.len());
        assert!(encoded().contains_key(&Id(TIPS[0].id)));
    }

    #[test]
    fn the_text_fields_schemas_take_each_form_they_are_written_in_and_nothing_else() {
        #[derive(JsonSchema)]
        #[allow(dead_code)] // Only its schema is used.
        struct Fields<'a> {
            text: Text<'a>,
            notes: Notes<'a>,
            sentence: Sentence<'a>,
            values: Values<'a>,
        }
        let schema = serde_json::to_value(schemars::schema_for!(Fields)).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let valid = |document: &str| {
            let document: serde_json::Value = serde_json::from_str(document).unwrap();
            validator.is_valid(&document)
        };
        // As `--notes text` writes them, then as `--notes ids` does.
        assert!(valid(
            r#"{"text":"Ease in.","notes":["Rest 3 days."],"sentence":"The vest.","values":{}}"#
        ));
        assert!(valid(
            r#"{"text":"Ease in.","notes":[{"id":"rest-days","values":{"days":"3"}},{"id":"week-flat"}],
                "sentence":{"template":"best-pick","values":{"kind":"vest"}},"values":{"load":"3"}}"#
        ));
        for wrong in [
            r#"{"text":3,"notes":[],"sentence":"s","values":{}}"#,
            r#"{"text":"t","notes":"Rest 3 days.","sentence":"s","values":{}}"#,
            r#"{"text":"t","notes":[3],"sentence":"s","values":{}}"#,
            r#"{"text":"t","notes":[{"values":{}}],"sentence":"s","values":{}}"#,
            r#"{"text":"t","notes":[{"id":"x","values":{"days":3}}],"sentence":"s","values":{}}"#,
            r#"{"text":"t","notes":[],"sentence":3,"values":{}}"#,
            r#"{"text":"t","notes":[],"sentence":{"values":{}},"values":{}}"#,
            r#"{"text":"t","notes":[],"sentence":"s","values":{"load":3}}"#,
            r#"{"text":"t","notes":[],"sentence":"s","values":["3"]}"#,
        ] {
            assert!(!valid(wrong), "{wrong}");
        }
        // Inlined where they are used: no definitions of their own.
        let defined: Vec<&String> = schema["$defs"].as_object().unwrap().keys().collect();
        assert_eq!(defined, ["FigureNote"]);
    }
}
