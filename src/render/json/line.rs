//! One JSON value appended to a buffer, for `wrun batch`, which writes an
//! answer of some hundred keys and strings per line, millions of lines a
//! run.
//!
//! This is `serde_json`'s own compact output through its public API: a
//! [`Formatter`] that writes the figures wrun rounds to hundredths (nearly
//! every number it writes) with integer arithmetic, and leaves every other
//! token to `serde_json`'s [`CompactFormatter`]. The fixed texts are
//! pre-encoded `RawValue`s ([`super::text::Text`]). A property test checks
//! that the bytes are `serde_json::to_vec`'s.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter};

/// Appends `value` to `out` as compact JSON.
pub fn write<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) {
    let mut serializer = serde_json::Serializer::with_formatter(out, Hundredths);
    // Serializing wrun's types into a Vec cannot fail.
    let _ = value.serialize(&mut serializer);
}

/// `serde_json`'s compact formatter, with hundredths written fast.
struct Hundredths;

impl Formatter for Hundredths {
    fn write_f64<W: ?Sized + Write>(&mut self, writer: &mut W, value: f64) -> io::Result<()> {
        match hundredths(value) {
            Some((whole, tenths, rest)) => {
                writer.write_all(itoa::Buffer::new().format(whole).as_bytes())?;
                if rest == 0 {
                    writer.write_all(&[b'.', b'0' + tenths])
                } else {
                    writer.write_all(&[b'.', b'0' + tenths, b'0' + rest])
                }
            }
            None => CompactFormatter.write_f64(writer, value),
        }
    }
}

/// `value` as whole units, tenths and hundredths, when it is a whole number
/// of hundredths from 0 to 10^13 (wrun rounds every figure so): the
/// shortest digits that read back as `value`, which is what `serde_json`
/// writes too (`15.0`, `5.7`, `113.94`), and Rust's `Display` (`15`,
/// `5.7`), which CSV output writes. `None` for any other value.
pub(crate) fn hundredths(value: f64) -> Option<(i64, u8, u8)> {
    // (-0.0 is in the range, but written with its sign.)
    if !(0.0..1e13).contains(&value) || value.is_sign_negative() {
        return None;
    }
    // Below 10^13 the product fits an i64 with room to spare.
    #[allow(clippy::cast_possible_truncation)]
    let hundredths = (value * 100.0 + 0.5) as i64;
    // Below 10^13, a number with at most two decimals is the only one so
    // short that reads back as `value`: numbers that far apart differ by
    // more than the gap between neighbouring f64s. Exactly equal: the
    // digits then read back as `value` itself.
    #[allow(clippy::cast_precision_loss, clippy::float_cmp)]
    if hundredths as f64 / 100.0 != value {
        return None;
    }
    let fraction = hundredths % 100;
    // Two digits, each below ten.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    Some((
        hundredths / 100,
        (fraction / 10) as u8,
        (fraction % 10) as u8,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(value: f64) -> String {
        let mut out = Vec::new();
        write(&mut out, &value);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn hundredths_are_written_as_serde_json_writes_them() {
        for value in [0.0, 15.0, 5.7, 113.94, 0.05, 1e12 + 0.25, 68.04, 7.5] {
            assert_eq!(written(value), serde_json::to_string(&value).unwrap());
        }
    }

    #[test]
    fn a_whole_number_of_hundredths_is_split_into_its_digits_and_nothing_else_is() {
        assert_eq!(hundredths(113.94), Some((113, 9, 4)));
        assert_eq!(hundredths(7.5), Some((7, 5, 0)));
        assert_eq!(hundredths(15.0), Some((15, 0, 0)));
        assert_eq!(hundredths(0.05), Some((0, 0, 5)));
        assert_eq!(hundredths(0.0), Some((0, 0, 0)));
        assert_eq!(hundredths(1e12 + 0.25), Some((1_000_000_000_000, 2, 5)));
        for other in [1.0 / 3.0, 0.005, -1.5, -0.0, 1e13, f64::NAN] {
            assert_eq!(hundredths(other), None, "{other}");
        }
    }

    #[test]
    fn other_numbers_are_left_to_serde_json() {
        for value in [
            -0.0,
            -1.5,
            1.0 / 3.0,
            1e13,
            1e300,
            f64::MIN_POSITIVE,
            f64::NAN,
        ] {
            assert_eq!(written(value), serde_json::to_string(&value).unwrap());
        }
        assert_eq!(written(f64::INFINITY), "null");
    }
}
