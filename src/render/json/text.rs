//! Text fields of the JSON output.
//!
//! Fixed texts from wrun's own tables (warnings, tips, verdict reasons) are
//! written as JSON encoded once, on first use, rather than escaped again on
//! every line: `wrun batch` writes millions of them. They are found by the
//! id of the note or rule they belong to. A test checks that none of them
//! needs escaping, so the two ways write the same bytes.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Serialize, Serializer};
use serde_json::value::RawValue;

use crate::guidance::advice::{REASONS, TIPS, WARNINGS};

/// A text field: a fixed text from wrun's tables, or one written for this
/// answer, with the id of the note or rule it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text<'a> {
    /// The text.
    pub text: &'a Cow<'static, str>,
    /// The id of the note (or, for a verdict reason, the rule) it belongs to.
    pub id: &'static str,
}

type Encoded = HashMap<&'static str, (&'static str, Box<RawValue>)>;

static ENCODED: OnceLock<Encoded> = OnceLock::new();

/// Encodes every fixed text once, for a run that writes many answers
/// (`wrun batch`); a single answer is cheaper escaped as it goes.
pub fn encode_fixed_texts() {
    encoded();
}

/// Every fixed text wrun can write, by id, with its JSON encoding.
fn encoded() -> &'static Encoded {
    ENCODED.get_or_init(|| {
        WARNINGS
            .iter()
            .chain(TIPS)
            .map(|advice| (advice.id, advice.message))
            .chain(REASONS.iter().copied())
            .filter(|(_, text)| !text.is_empty())
            .filter_map(|(id, text)| {
                let json = serde_json::to_string(text).ok()?;
                Some((id, (text, RawValue::from_string(json).ok()?)))
            })
            .collect()
    })
}

impl Serialize for Text<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if let Cow::Borrowed(text) = self.text {
            // The id finds the encoding; the text must still be the same one.
            if let Some((fixed, json)) = ENCODED.get().and_then(|encoded| encoded.get(self.id)) {
                if fixed.len() == text.len() && fixed == text {
                    return json.serialize(serializer);
                }
            }
        }
        serializer.serialize_str(self.text)
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
    fn fixed_and_written_texts_serialize_alike() {
        encode_fixed_texts();
        let id = TIPS[0].id;
        let fixed: Cow<'static, str> = Cow::Borrowed(TIPS[0].message);
        let written: Cow<'static, str> = Cow::Owned(TIPS[0].message.to_owned());
        assert_eq!(
            serde_json::to_string(&Text { text: &fixed, id }).unwrap(),
            serde_json::to_string(&Text { text: &written, id }).unwrap()
        );
        let quoted: Cow<'static, str> = Cow::Borrowed("say \"hi\"");
        assert_eq!(
            serde_json::to_string(&Text { text: &quoted, id }).unwrap(),
            r#""say \"hi\"""#,
            "a text that is not the fixed one for its id is escaped as usual"
        );
    }

    #[test]
    fn every_fixed_text_is_found_by_its_id() {
        // Notes without a fixed text have messages that name the runner's figures.
        let fixed = WARNINGS
            .iter()
            .chain(TIPS)
            .filter(|advice| !advice.message.is_empty())
            .count();
        assert!(fixed < WARNINGS.len() + TIPS.len());
        assert_eq!(encoded().len(), fixed + REASONS.len());
        assert!(encoded().contains_key(TIPS[0].id));
    }
}
