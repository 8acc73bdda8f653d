//! Parsing what people type: masses (`68.5kg`), paces (`9:30/mi`), speeds
//! (`10.5km/h`), durations (`1h10m`), distances (`5km`), grades (`-2%`) and
//! facts about the runner (`178cm`, `5ft10`).
//!
//! Pure functions over strings; the command line and batch input share them.
//! They check the form of a value; the ranges a value must fall in belong to
//! [`crate`], which checks them.

mod body;
mod mass;
mod workout;

pub use body::{BodyError, parse_age, parse_height, parse_vo2max};
pub use mass::{
    LoadInput, MassError, MassInput, POUNDS_PER_STONE, parse_load, parse_mass, parse_unit,
    split_per_limb,
};
pub use workout::{
    MINUTE_WORDS, WorkoutError, clock_readings, pace_per, parse_distance, parse_duration,
    parse_grade, parse_heart_rate, parse_pace, parse_pace_or_bare, parse_speed, parse_split,
    split_per,
};

/// `text` with the marks for feet and minutes as an apostrophe and those
/// for inches and seconds as a double quote: phones and word processors
/// turn `5'10"` into `5’10”`, and typesetters write primes (`5′10″`).
#[must_use]
pub(crate) fn straight_marks(text: &str) -> String {
    text.replace(['’', '′'], "'").replace(['”', '″'], "\"")
}

/// Whether `text` is a plain decimal number: digits with at most one
/// decimal separator (a point, or a comma as much of Europe writes it), at
/// least one digit, no sign, no exponent.
#[must_use]
pub fn is_decimal(text: &str) -> bool {
    let (mut digits, mut points) = (0, 0);
    for byte in text.bytes() {
        match byte {
            b'0'..=b'9' => digits += 1,
            b'.' | b',' => points += 1,
            _ => return false,
        }
    }
    digits > 0 && points <= 1
}

/// Reads a plain decimal number (see [`is_decimal`]; `72,5` is `72.5`);
/// `None` for anything else, or for a number too large to hold.
#[must_use]
pub fn parse_decimal(text: &str) -> Option<f64> {
    if !is_decimal(text) {
        return None;
    }
    let number = if text.contains(',') {
        std::borrow::Cow::Owned(text.replace(',', "."))
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    number.parse::<f64>().ok().filter(|value| value.is_finite())
}

/// Reads a count of weeks: `6`, `6w`, `6 wks`, `6 weeks`, as a form's
/// answer or a coach writes it; `None` for anything else, a fraction or a
/// sign among them. The range a plan's length must fall in is
/// [`crate::PLAN_WEEKS`], checked where the count is used.
#[must_use]
pub fn parse_weeks(text: &str) -> Option<u32> {
    let (number, unit) = split_number(text.trim());
    let unit = unit.trim().to_ascii_lowercase();
    // Digits only: no point or comma (`6.5`); none at all fails to parse.
    let whole = number.bytes().all(|byte| byte.is_ascii_digit());
    let named = matches!(unit.as_str(), "" | "w" | "wk" | "wks" | "week" | "weeks");
    if whole && named {
        number.parse().ok()
    } else {
        None
    }
}

/// Splits `text` into its leading number (digits and a decimal point or
/// comma) and the rest.
#[must_use]
pub fn split_number(text: &str) -> (&str, &str) {
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(text.len());
    text.split_at(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_of_weeks_is_whole_and_may_say_weeks() {
        for text in ["6", " 6 ", "6w", "6W", "6wk", "6 wks", "6 week", "6 Weeks"] {
            assert_eq!(parse_weeks(text), Some(6), "{text:?}");
        }
        assert_eq!(parse_weeks("12 weeks"), Some(12));
        for text in [
            "six",
            "6.5",
            "6,0",
            "-6",
            "+6",
            "6 days",
            "6 months",
            "w",
            "",
            "99999999999",
        ] {
            assert_eq!(parse_weeks(text), None, "{text:?}");
        }
    }

    #[test]
    fn a_decimal_comma_reads_as_a_decimal_point() {
        assert_eq!(parse_decimal("72,5"), Some(72.5));
        assert_eq!(parse_decimal(",5"), Some(0.5));
        assert_eq!(parse_decimal("1,5,0"), None, "one separator at most");
        assert_eq!(parse_decimal("1.5,0"), None);
        assert_eq!(split_number("58,5kg"), ("58,5", "kg"));
    }

    #[test]
    fn plain_decimals_are_read_and_everything_else_is_not() {
        assert_eq!(parse_decimal("150"), Some(150.0));
        assert_eq!(parse_decimal("68.5"), Some(68.5));
        assert_eq!(parse_decimal(".5"), Some(0.5));
        for text in [
            "", ".", "1.2.3", "-1", "+1", "1e3", "inf", "NaN", " 1", "1 ", "١",
        ] {
            assert_eq!(parse_decimal(text), None, "{text:?}");
        }
        assert_eq!(parse_decimal(&"9".repeat(400)), None);
    }

    #[test]
    fn a_number_splits_from_its_unit() {
        assert_eq!(split_number("10.5km/h"), ("10.5", "km/h"));
        assert_eq!(split_number("45"), ("45", ""));
        assert_eq!(split_number("kg"), ("", "kg"));
    }
}
