//! A compact JSON writer for `wrun batch`, which writes an answer of some
//! hundred keys and strings per line, millions of lines a run.
//!
//! It writes the same bytes as `serde_json::to_writer` (property tests
//! check it on generated answers of every command) with less work per
//! token: straight into a `Vec`, with no I/O error to carry, and a key or
//! string that needs no escaping copied as it is. Whatever it does not
//! handle (a map key that is not a string, an enum variant with data, a
//! 128-bit number) makes it hand the whole value to `serde_json` instead,
//! so the output is the same either way.

use std::fmt;

use serde::Serialize;
use serde::ser::{self, Impossible};

/// The name `serde_json` gives the struct a `RawValue` serializes as: its
/// one field is JSON text to be written as it is.
const RAW_VALUE: &str = "$serde_json::private::RawValue";

/// Appends `value` to `out` as compact JSON.
pub fn write<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) {
    let start = out.len();
    let mut writer = Writer { out, raw: false };
    if value.serialize(&mut writer).is_err() {
        out.truncate(start);
        // Serializing wrun's types into a Vec cannot fail.
        let _ = serde_json::to_writer(&mut *out, value);
    }
}

/// Whether `text` can be written between quotes as it is: no quote,
/// backslash or control character (the bytes JSON escapes). Eight bytes are
/// looked at a time.
fn plain(text: &[u8]) -> bool {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    // Whether a byte of `word` is below `n` (at most 0x80): exact for the
    // word as a whole, whichever byte it is.
    let below = |word: u64, n: u8| word.wrapping_sub(ONES * u64::from(n)) & !word & HIGH != 0;
    let escapes = |word: u64| {
        below(word, 0x20)
            || below(word ^ (ONES * u64::from(b'"')), 1)
            || below(word ^ (ONES * u64::from(b'\\')), 1)
    };
    let word = |bytes: &[u8]| u64::from_ne_bytes(bytes.try_into().unwrap_or_default());
    match text.len().checked_sub(8) {
        // The last word overlaps the one before unless the length is a
        // multiple of eight: a byte looked at twice does no harm.
        Some(last) => {
            !(text.chunks_exact(8).any(|bytes| escapes(word(bytes)))
                || escapes(word(&text[last..])))
        }
        None => !text
            .iter()
            .any(|&byte| byte < 0x20 || byte == b'"' || byte == b'\\'),
    }
}

struct Writer<'a> {
    out: &'a mut Vec<u8>,
    /// Inside a `RawValue`: its text is written as it is.
    raw: bool,
}

impl<'w> Writer<'w> {
    fn string(&mut self, text: &str) {
        if plain(text.as_bytes()) {
            self.out.reserve(text.len() + 2);
            self.out.push(b'"');
            self.out.extend_from_slice(text.as_bytes());
            self.out.push(b'"');
        } else {
            let _ = serde_json::to_writer(&mut *self.out, text);
        }
    }

    /// Writes a struct field's name, or an enum variant's: names in wrun's
    /// own types, which need no escaping (a test checks every one in the
    /// schemas).
    fn name(&mut self, name: &str) {
        debug_assert!(plain(name.as_bytes()), "{name}");
        self.out.reserve(name.len() + 3);
        self.out.push(b'"');
        self.out.extend_from_slice(name.as_bytes());
        self.out.push(b'"');
    }

    fn integer(&mut self, value: impl itoa::Integer) {
        self.out
            .extend_from_slice(itoa::Buffer::new().format(value).as_bytes());
    }

    fn float(&mut self, value: f64) {
        if self.hundredths(value) {
            return;
        }
        if value.is_finite() {
            let mut buffer = zmij::Buffer::new();
            self.out
                .extend_from_slice(buffer.format_finite(value).as_bytes());
        } else {
            self.out.extend_from_slice(b"null");
        }
    }

    /// Writes `value` when it is a whole number of hundredths below 10^13
    /// (wrun rounds every figure so), as the shortest digits that read back
    /// as it, which is what `serde_json` writes too: `15.0`, `5.7`, `113.94`.
    /// Any other value is left to the general routine.
    fn hundredths(&mut self, value: f64) -> bool {
        // (-0.0 is in the range, but written with its sign.)
        if !(0.0..1e13).contains(&value) || value.is_sign_negative() {
            return false;
        }
        // Signed: x86-64 converts between i64 and f64 in one instruction.
        #[allow(clippy::cast_possible_truncation)]
        let hundredths = (value * 100.0 + 0.5) as i64;
        // Below 10^13, a number with at most two decimals is the only one so
        // short that reads back as `value`: numbers that far apart differ
        // by more than the gap between neighbouring f64s. Exactly equal: the
        // digits then read back as `value` itself.
        #[allow(clippy::cast_precision_loss, clippy::float_cmp)]
        if hundredths as f64 / 100.0 != value {
            return false;
        }
        let (whole, fraction) = (hundredths / 100, hundredths % 100);
        let mut digits = itoa::Buffer::new();
        self.out.extend_from_slice(digits.format(whole).as_bytes());
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let (tenths, rest) = ((fraction / 10) as u8, (fraction % 10) as u8);
        self.out.extend_from_slice(&[b'.', b'0' + tenths]);
        if rest != 0 {
            self.out.push(b'0' + rest);
        }
        true
    }

    fn open(&mut self, bracket: u8, close: u8) -> Compound<'_, 'w> {
        self.out.push(bracket);
        Compound {
            writer: self,
            first: true,
            close: Some(close),
        }
    }
}

/// What this writer leaves to `serde_json`.
#[derive(Debug)]
struct Unsupported;

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("left to serde_json")
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Self
    }
}

type Result<T = (), E = Unsupported> = std::result::Result<T, E>;

/// The integer methods of the serializer, all written by `itoa`.
macro_rules! integers {
    ($($method:ident: $kind:ty),*) => {$(
        fn $method(self, value: $kind) -> Result {
            self.integer(value);
            Ok(())
        }
    )*};
}

impl<'a, 'w> ser::Serializer for &'a mut Writer<'w> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Compound<'a, 'w>;
    type SerializeTuple = Compound<'a, 'w>;
    type SerializeTupleStruct = Compound<'a, 'w>;
    type SerializeTupleVariant = Impossible<(), Unsupported>;
    type SerializeMap = Compound<'a, 'w>;
    type SerializeStruct = Compound<'a, 'w>;
    type SerializeStructVariant = Impossible<(), Unsupported>;

    fn serialize_bool(self, value: bool) -> Result {
        self.out
            .extend_from_slice(if value { b"true" } else { b"false" });
        Ok(())
    }

    integers!(
        serialize_i8: i8,
        serialize_i16: i16,
        serialize_i32: i32,
        serialize_i64: i64,
        serialize_u8: u8,
        serialize_u16: u16,
        serialize_u32: u32,
        serialize_u64: u64
    );

    fn serialize_f32(self, _: f32) -> Result {
        // serde_json writes an f32 with its own shortest digits.
        Err(Unsupported)
    }

    fn serialize_f64(self, value: f64) -> Result {
        self.float(value);
        Ok(())
    }

    fn serialize_char(self, value: char) -> Result {
        self.string(value.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    fn serialize_str(self, value: &str) -> Result {
        if self.raw {
            self.out.extend_from_slice(value.as_bytes());
        } else {
            self.string(value);
        }
        Ok(())
    }

    fn serialize_bytes(self, _: &[u8]) -> Result {
        Err(Unsupported)
    }

    fn serialize_none(self) -> Result {
        self.serialize_unit()
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result {
        self.out.extend_from_slice(b"null");
        Ok(())
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result {
        self.serialize_unit()
    }

    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result {
        self.name(variant);
        Ok(())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result {
        Err(Unsupported)
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq> {
        Ok(self.open(b'[', b']'))
    }

    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleStruct> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        Err(Unsupported)
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap> {
        Ok(self.open(b'{', b'}'))
    }

    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Self::SerializeStruct> {
        if name == RAW_VALUE {
            return Ok(Compound {
                writer: self,
                first: true,
                close: None,
            });
        }
        Ok(self.open(b'{', b'}'))
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant> {
        Err(Unsupported)
    }
}

/// An array or object being written; `close: None` for a `RawValue`.
struct Compound<'a, 'w> {
    writer: &'a mut Writer<'w>,
    first: bool,
    close: Option<u8>,
}

impl Compound<'_, '_> {
    fn comma(&mut self) {
        if !std::mem::take(&mut self.first) {
            self.writer.out.push(b',');
        }
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.comma();
        value.serialize(&mut *self.writer)
    }

    fn close(self) {
        if let Some(close) = self.close {
            self.writer.out.push(close);
        }
    }
}

/// Arrays: the three kinds serde tells apart are written alike.
macro_rules! elements {
    ($($kind:ident::$method:ident),*) => {$(
        impl ser::$kind for Compound<'_, '_> {
            type Ok = ();
            type Error = Unsupported;

            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
                self.element(value)
            }

            fn end(self) -> Result {
                self.close();
                Ok(())
            }
        }
    )*};
}

elements!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field
);

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result {
        let start = self.writer.out.len() + usize::from(!self.first);
        self.element(key)?;
        // A key that is not a string is serde_json's to write (as a string).
        if self.writer.out.get(start) == Some(&b'"') {
            Ok(())
        } else {
            Err(Unsupported)
        }
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.writer.out.push(b':');
        value.serialize(&mut *self.writer)
    }

    fn end(self) -> Result {
        self.close();
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
        if self.close.is_none() {
            // A RawValue's one field: its JSON text.
            self.writer.raw = true;
            let written = value.serialize(&mut *self.writer);
            self.writer.raw = false;
            return written;
        }
        self.comma();
        self.writer.name(key);
        self.writer.out.push(b':');
        value.serialize(&mut *self.writer)
    }

    fn end(self) -> Result {
        self.close();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde_json::value::RawValue;

    use super::*;

    fn same_as_serde_json<T: Serialize + ?Sized>(value: &T) -> String {
        let mut out = Vec::new();
        write(&mut out, value);
        let expected = serde_json::to_vec(value).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&out),
            String::from_utf8_lossy(&expected)
        );
        String::from_utf8(out).unwrap()
    }

    #[derive(Serialize)]
    struct Inner {
        text: String,
        number: f64,
        none: Option<u8>,
    }

    #[derive(Serialize)]
    #[serde(rename_all = "kebab-case")]
    enum Kind {
        HandWrist,
    }

    #[derive(Serialize)]
    struct Outer<'a> {
        kind: Kind,
        #[serde(flatten)]
        inner: Inner,
        list: Vec<i64>,
        empty: Vec<Inner>,
        raw: &'a RawValue,
        #[serde(skip_serializing_if = "Option::is_none")]
        skipped: Option<u8>,
        flag: bool,
        letter: char,
    }

    #[test]
    fn a_struct_with_every_kind_of_field_is_written_as_serde_json_writes_it() {
        let raw = RawValue::from_string(r#"{"a": [1, "x"]}"#.to_owned()).unwrap();
        let value = Outer {
            kind: Kind::HandWrist,
            inner: Inner {
                text: "plain".to_owned(),
                number: 113.94,
                none: None,
            },
            list: vec![-3, 0, i64::MAX],
            empty: Vec::new(),
            raw: &raw,
            skipped: None,
            flag: true,
            letter: 'é',
        };
        let json = same_as_serde_json(&value);
        assert!(json.contains(r#""raw":{"a": [1, "x"]}"#), "{json}");
        assert!(
            json.contains(r#""kind":"hand-wrist","text":"plain""#),
            "{json}"
        );
    }

    /// Every property name and enum value in `schema`.
    fn names(schema: &serde_json::Value, found: &mut Vec<String>) {
        match schema {
            serde_json::Value::Object(members) => {
                if let Some(serde_json::Value::Object(properties)) = members.get("properties") {
                    found.extend(properties.keys().cloned());
                }
                for key in ["enum", "const"] {
                    let values = members
                        .get(key)
                        .map(|v| v.as_array().map_or(vec![v], |a| a.iter().collect()));
                    found.extend(
                        values
                            .into_iter()
                            .flatten()
                            .filter_map(|v| v.as_str().map(str::to_owned)),
                    );
                }
                members.values().for_each(|value| names(value, found));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|item| names(item, found)),
            _ => {}
        }
    }

    #[test]
    fn every_name_in_the_answers_needs_no_escaping() {
        use crate::cli::SchemaFor;
        let mut found = Vec::new();
        for command in [
            SchemaFor::Recommend,
            SchemaFor::Compare,
            SchemaFor::Plan,
            SchemaFor::Batch,
        ] {
            let schema = serde_json::to_value(crate::commands::schema::schema(command)).unwrap();
            names(&schema, &mut found);
        }
        assert!(found.len() > 100, "{}", found.len());
        assert!(found.iter().any(|name| name == "heart_rate_delta_bpm"));
        assert!(found.iter().any(|name| name == "hand-wrist"));
        for name in found {
            assert!(plain(name.as_bytes()), "{name}");
        }
    }

    #[test]
    fn strings_that_need_escaping_are_escaped_as_serde_json_does() {
        for text in [
            "say \"hi\"",
            "back\\slash",
            "line\nbreak\ttab\r",
            "\u{1}\u{7f}",
            "",
        ] {
            same_as_serde_json(text);
        }
    }

    #[test]
    fn a_text_is_plain_unless_a_byte_of_it_needs_escaping() {
        // What serde_json escapes: some ASCII characters; never a byte of a
        // longer UTF-8 sequence (0x80 and up).
        let escaped = |byte: u8| {
            byte < 0x80 && {
                let text = char::from(byte).to_string();
                serde_json::to_string(&text).unwrap() != format!("\"{text}\"")
            }
        };
        for length in 0..20 {
            for at in 0..length {
                for byte in 0..=255_u8 {
                    let mut text = vec![b'a'; length];
                    text[at] = byte;
                    let escaped = escaped(byte);
                    assert_eq!(plain(&text), !escaped, "{byte:#x} at {at} of {length}");
                }
            }
        }
        assert!(plain("é, ü and – are written as they are".as_bytes()));
    }

    #[test]
    fn numbers_are_shortest_and_non_finite_ones_null() {
        let json = same_as_serde_json(&[15.0, 0.1 + 0.2, -0.0, 1e300, f64::NAN, f64::INFINITY]);
        assert_eq!(json, "[15.0,0.30000000000000004,-0.0,1e+300,null,null]");
    }

    #[test]
    fn hundredths_are_written_as_serde_json_writes_them() {
        let edges = [
            0.0,
            0.01,
            0.1,
            0.05,
            1.0,
            9.99,
            10.0,
            99.5,
            113.94,
            1e12 + 0.01,
            9.99e12,
        ];
        for value in edges {
            same_as_serde_json(&value);
        }
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..100_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            // Hundredths over every magnitude up to 10^13, and a few negative.
            let digits = u32::try_from(state % 15).unwrap();
            #[allow(clippy::cast_precision_loss)]
            let hundredths = ((state >> 8) % 10_u64.pow(digits)) as f64;
            let sign = if state.is_multiple_of(7) { -1.0 } else { 1.0 };
            same_as_serde_json(&(sign * hundredths / 100.0));
            same_as_serde_json(&(sign * hundredths / 3.0));
        }
    }

    #[test]
    fn what_it_does_not_handle_is_left_to_serde_json() {
        let mut numbered = BTreeMap::new();
        numbered.insert(2_u8, "two");
        assert_eq!(same_as_serde_json(&numbered), r#"{"2":"two"}"#);
        same_as_serde_json(&[1.5_f32, 0.1]);
        same_as_serde_json(&serde_json::json!({"nested": {"k": [1, null, "v"]}}));
        same_as_serde_json(&Some(u128::MAX));
    }

    #[test]
    fn a_fallback_replaces_only_what_this_value_wrote() {
        let mut out = b"{\"line\":1,".to_vec();
        write(&mut out, &[1.5_f32]);
        assert_eq!(out, b"{\"line\":1,[1.5]");
    }
}
