//! A sentence for the reader as data: a template from the advice tables and
//! the values it names. The engine picks the template and supplies values;
//! the words are written once, in [`super::advice`], and filled in only
//! when something shows them.

use std::borrow::Cow;
use std::fmt::{self, Write as _};

use super::mass::{Decimal, Mass, Unit};
use super::rules::Figure;
use super::workout::{METRES_PER_FOOT, METRES_PER_MILE, Speed, SpeedUnit, clock};

/// A value a template names, written the way wrun writes that kind of value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A mass in the runner's unit, with the unit: `7 kg`.
    Mass(Mass, Unit),
    /// A number with at most two decimals and no trailing zeros: `12.5`.
    Decimal(f64),
    /// A number as Rust writes it, every digit it has: `-12.125`.
    Number(f64),
    /// A number with exactly two decimals: `0.93`.
    Hundredths(f64),
    /// A whole count: `3`.
    Count(usize),
    /// A time as a clock: `1:05:09`, `4:30`.
    Clock(f64),
    /// A length in the runner's unit: metres, or feet in pounds; from a
    /// kilometre or a mile, in those.
    Length(f64, Unit),
    /// A height above sea level in the runner's unit, whole: `1850 m`, or
    /// `6070 ft` in pounds.
    Elevation(f64, Unit),
    /// A speed in the runner's unit: `7.2 km/h` in kilograms, `4.47 mph`
    /// in pounds.
    Speed(Speed, Unit),
    /// A speed in a chosen unit: `5:30/km`.
    SpeedIn(Speed, SpeedUnit),
    /// A model with its figures: `208 − 0.7 × age`.
    Figure(&'static Figure),
    /// Words from the advice tables or a vocabulary: `knee pain`.
    Words(&'static str),
    /// Words joined as a list: `a, b and c`.
    List(Vec<&'static str>),
    /// A sentence written elsewhere, shown inside this one.
    Sentence(Box<Message>),
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Mass(mass, unit) => mass.display(*unit).fmt(f),
            Self::Decimal(value) => Decimal(*value).fmt(f),
            Self::Number(value) => value.fmt(f),
            Self::Hundredths(value) => write!(f, "{value:.2}"),
            Self::Count(count) => count.fmt(f),
            Self::Clock(seconds) => f.write_str(&clock(*seconds)),
            Self::Length(metres, Unit::Kg) if *metres >= 1000.0 => {
                write!(f, "{} km", Decimal(metres / 1000.0))
            }
            Self::Length(metres, Unit::Kg) | Self::Elevation(metres, Unit::Kg) => {
                write!(f, "{} m", Decimal(metres.round()))
            }
            Self::Length(metres, Unit::Lb) if *metres >= METRES_PER_MILE => {
                write!(f, "{} mi", Decimal(metres / METRES_PER_MILE))
            }
            Self::Length(metres, Unit::Lb) | Self::Elevation(metres, Unit::Lb) => {
                write!(f, "{} ft", Decimal((metres / METRES_PER_FOOT).round()))
            }
            Self::Speed(speed, Unit::Kg) => speed.fmt(f),
            Self::Speed(speed, Unit::Lb) => f.write_str(&speed.show(SpeedUnit::MilePerHour)),
            Self::SpeedIn(speed, unit) => f.write_str(&speed.show(*unit)),
            Self::Figure(figure) => figure.fmt(f),
            Self::Words(words) => f.write_str(words),
            Self::List(words) => match words.as_slice() {
                [] => Ok(()),
                [one] => f.write_str(one),
                [init @ .., last] => write!(f, "{} and {last}", init.join(", ")),
            },
            Self::Sentence(message) => message.fmt(f),
        }
    }
}

/// A template and the values its `{name}` slots take.
///
/// Every warning, tip and note of an answer holds one: the words come
/// from [`advice`](crate::advice), the runner's figures are values.
///
/// ```
/// use wrun_core::{Condition, Mass, Request, WeightType, advice, recommend};
///
/// let mut request = Request::new(Mass::from_kg(70.0), WeightType::Vest);
/// request.conditions = vec![Condition::KneePain, Condition::BackPain];
/// let answer = recommend(&request)?;
/// let go_ahead = answer
///     .warnings
///     .iter()
///     .find(|warning| warning.id == advice::PROFESSIONAL_GO_AHEAD.id)
///     .expect("a condition asks for a go-ahead");
/// assert_eq!(go_ahead.message.template, advice::PROFESSIONAL_GO_AHEAD.message);
/// assert_eq!(
///     go_ahead.message.text(),
///     "With knee pain and back pain, get a professional's go-ahead before you load up."
/// );
/// # Ok::<(), wrun_core::GuidanceError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// The words, with a `{name}` slot for each value.
    pub template: &'static str,
    /// The values, by slot name.
    pub values: Vec<(&'static str, Value)>,
}

impl Message {
    /// A message with no values: the template is the text.
    #[must_use]
    pub const fn fixed(template: &'static str) -> Self {
        Self {
            template,
            values: Vec::new(),
        }
    }

    /// A template with its values.
    #[must_use]
    pub fn new(template: &'static str, values: impl Into<Vec<(&'static str, Value)>>) -> Self {
        Self {
            template,
            values: values.into(),
        }
    }

    /// The value for `slot`, if the message has one.
    #[must_use]
    pub fn value(&self, slot: &str) -> Option<&Value> {
        self.values
            .iter()
            .find_map(|(name, value)| (*name == slot).then_some(value))
    }

    /// The text, borrowed from the template when it has no values.
    #[must_use]
    pub fn text(&self) -> Cow<'static, str> {
        if self.values.is_empty() {
            Cow::Borrowed(self.template)
        } else {
            // Room for the values, so that the text is not copied as it grows.
            let mut text = String::with_capacity(self.template.len() + 64);
            let _ = write!(text, "{self}");
            Cow::Owned(text)
        }
    }
}

impl fmt::Display for Message {
    /// Fills each `{name}` slot with its value. A slot without a value is
    /// written as it stands, which the tests of every template rule out.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for piece in pieces(self.template) {
            match piece {
                Piece::Words(words) => f.write_str(words)?,
                Piece::Slot(slot) => match self.value(slot) {
                    Some(value) => value.fmt(f)?,
                    None => write!(f, "{{{slot}}}")?,
                },
            }
        }
        Ok(())
    }
}

impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Filled in first and escaped in one pass: quicker than escaping
        // each piece as it is written.
        serializer.serialize_str(&self.text())
    }
}

impl schemars::JsonSchema for Message {
    fn schema_name() -> Cow<'static, str> {
        "Message".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        String::json_schema(generator)
    }
}

/// The slot names a template asks for, in order.
#[must_use]
pub fn slots(template: &str) -> Vec<&str> {
    pieces(template)
        .filter_map(|piece| match piece {
            Piece::Slot(slot) => Some(slot),
            Piece::Words(_) => None,
        })
        .collect()
}

/// A part of a template.
enum Piece<'t> {
    /// Words written as they stand (a `{` without its `}` among them).
    Words(&'t str),
    /// The name between a `{` and the next `}`.
    Slot(&'t str),
}

/// A template cut into its words and slots: the one reading of the
/// template syntax, for filling a message and for listing its slots.
fn pieces(template: &str) -> impl Iterator<Item = Piece<'_>> {
    // A byte scan: the braces are ASCII, and a template is short.
    let find = |text: &str, brace: u8| text.bytes().position(|byte| byte == brace);
    let mut rest = template;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let (piece, after) = match find(rest, b'{') {
            Some(0) => match find(&rest[1..], b'}') {
                Some(close) => (Piece::Slot(&rest[1..=close]), &rest[close + 2..]),
                None => (Piece::Words(rest), ""),
            },
            Some(open) => (Piece::Words(&rest[..open]), &rest[open..]),
            None => (Piece::Words(rest), ""),
        };
        rest = after;
        Some(piece)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_described_in_a_schema_as_the_string_it_is_written_as() {
        // Written in place where a field holds one, not referred to.
        let mut generator = schemars::SchemaGenerator::default();
        let schema = generator.subschema_for::<Message>();
        assert_eq!(schema, schemars::json_schema!({ "type": "string" }));
        assert!(generator.definitions().is_empty());
        assert_eq!(<Message as schemars::JsonSchema>::schema_name(), "Message");
    }

    #[test]
    fn a_template_without_values_is_its_own_text_and_borrowed() {
        let message = Message::fixed("Ease in.");
        assert!(matches!(message.text(), Cow::Borrowed("Ease in.")));
    }

    #[test]
    fn each_slot_takes_its_value_written_as_wrun_writes_that_kind() {
        let message = Message::new(
            "Your {load} is {share} % of {who}; steps of {steps}, {ratio} × the flat.",
            [
                ("load", Value::Mass(Mass::from_kg(7.0), Unit::Kg)),
                ("share", Value::Decimal(10.0)),
                ("who", Value::List(vec!["knee pain", "asthma", "pregnancy"])),
                ("steps", Value::Count(3)),
                ("ratio", Value::Hundredths(0.5)),
            ],
        );
        assert_eq!(
            message.text(),
            "Your 7 kg is 10 % of knee pain, asthma and pregnancy; steps of 3, 0.50 × the flat."
        );
    }

    #[test]
    fn a_length_is_in_metres_or_feet_below_a_kilometre_or_a_mile() {
        let length = |metres, unit| Value::Length(metres, unit).to_string();
        assert_eq!(length(999.4, Unit::Kg), "999 m");
        assert_eq!(length(1000.0, Unit::Kg), "1 km");
        assert_eq!(length(4940.0, Unit::Kg), "4.94 km");
        // 1,609.3 m is 5,280 ft less a tenth of a foot.
        assert_eq!(length(1609.3, Unit::Lb), "5280 ft");
        assert_eq!(length(1609.344, Unit::Lb), "1 mi");
        assert_eq!(length(3000.0, Unit::Lb), "1.86 mi");
    }

    #[test]
    fn an_elevation_stays_in_metres_or_feet_however_high() {
        let elevation = |metres, unit| Value::Elevation(metres, unit).to_string();
        assert_eq!(elevation(5867.6, Unit::Kg), "5868 m");
        assert_eq!(elevation(1609.344, Unit::Lb), "5280 ft");
        assert_eq!(elevation(5867.6, Unit::Lb), "19251 ft");
    }

    #[test]
    fn a_slot_without_a_value_and_a_lone_brace_are_written_as_they_stand() {
        let message = Message::new("{a} {missing} {b", [("a", Value::Words("x"))]);
        assert_eq!(message.text(), "x {missing} {b");
    }

    #[test]
    fn a_sentence_can_sit_inside_another() {
        let inner = Message::new("With {who}.", [("who", Value::List(vec!["asthma"]))]);
        let outer = Message::new(
            "Both. {reason}",
            [("reason", Value::Sentence(inner.into()))],
        );
        assert_eq!(outer.text(), "Both. With asthma.");
    }

    #[test]
    fn slots_are_listed_in_order() {
        assert_eq!(
            slots("At {speed}, below {walk_run}."),
            ["speed", "walk_run"]
        );
        assert!(slots("No slots.").is_empty());
        // Filling and listing read a template the one same way.
        let odd = "{a{b} x {";
        assert_eq!(slots(odd), ["a{b"]);
        let filled = Message::new(odd, [("a{b", Value::Words("y"))]);
        assert_eq!(filled.text(), "y x {");
    }

    #[test]
    fn a_message_serializes_as_its_text() {
        let message = Message::new("{n} days", [("n", Value::Count(2))]);
        assert_eq!(serde_json::to_string(&message).unwrap(), "\"2 days\"");
    }
}
