//! Facts about the runner's body: height (`1.78m`, `178cm`, `5ft10`,
//! `5'10"`, `70in`), age in years and `VO2max` in mL/kg/min.

use super::{parse_decimal, split_number};
use crate::body::Height;

/// Why a body fact could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BodyError {
    /// Not a height.
    #[error("expected a height like 1.78m, 178cm, 5ft10 or 5'10\"")]
    Height,
    /// A bare number that is neither metres (below 3) nor centimetres (from
    /// 100): inches (`70`), or feet and inches with a point (`5.10`)?
    #[error(
        "a bare height is read in metres (1.78) or centimetres (178): give this one its unit, like 70in or 5ft10"
    )]
    HeightWithoutUnit,
    /// Not an age.
    #[error("expected an age in years, like 35")]
    Age,
    /// Not a `VO2max`.
    #[error("expected a VO2max in mL/kg/min, like 48")]
    Vo2max,
}

const M_PER_INCH: f64 = 0.0254;

/// Reads a height: metres (`1.78m`, `1.78`), metres and centimetres as
/// much of Europe writes them (`1m78`), centimetres (`178cm`), feet and
/// inches (`5ft10`, `5ft 10in`, `5 ft. 10 in.`, `5'10"`, `5’10”`, `5'10`),
/// or inches (`70in`);
/// the units may be words (`1.78 metres`, `5 feet 10 inches`, `70 inches`).
/// A bare number is metres below 3 and centimetres from 100.
///
/// # Errors
/// [`BodyError::HeightWithoutUnit`] for a bare number between those;
/// [`BodyError::Height`] for anything else that is not a height.
pub fn parse_height(text: &str) -> Result<Height, BodyError> {
    const FEET: [&str; 4] = ["feet", "foot", "ft", "'"];
    const INCHES: [&str; 4] = ["inches", "inch", "in", "\""];
    let text = super::straight_marks(text.trim()).to_ascii_lowercase();
    // Abbreviations may keep their points: `5 ft. 10 in.`, `178 cm.`.
    let text = text.trim_end_matches('.').replace("ft.", "ft ");
    let feet_inches = |feet: &str, inches: &str| {
        let feet = parse_decimal(feet.trim())?;
        let inches = inches.trim().trim_end_matches(['"', '\'']).trim();
        let inches = INCHES
            .iter()
            .find_map(|unit| inches.strip_suffix(unit))
            .unwrap_or(inches)
            .trim();
        let inches = if inches.is_empty() {
            0.0
        } else {
            parse_decimal(inches)?
        };
        (inches < 12.0).then(|| Height::from_m((feet * 12.0 + inches) * M_PER_INCH))
    };
    if let Some((feet, inches)) = FEET.iter().find_map(|unit| text.split_once(unit)) {
        return feet_inches(feet, inches).ok_or(BodyError::Height);
    }
    let (number, unit) = split_number(&text);
    let value = parse_decimal(number).ok_or(BodyError::Height)?;
    // Whole metres, then two digits of centimetres: `1m78`, `1m78cm`.
    let centimetres = unit
        .strip_prefix('m')
        .map(|rest| rest.trim_end_matches("cm").trim())
        .filter(|cm| cm.len() == 2 && cm.bytes().all(|byte| byte.is_ascii_digit()));
    if let Some(cm) = centimetres.filter(|_| number.bytes().all(|byte| byte.is_ascii_digit())) {
        return parse_decimal(cm)
            .map(|cm| Height::from_m(value + cm / 100.0))
            .ok_or(BodyError::Height);
    }
    let metres = match unit.trim() {
        "m" | "metre" | "metres" | "meter" | "meters" => value,
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => value / 100.0,
        unit if INCHES.contains(&unit) => value * M_PER_INCH,
        "" if value < 3.0 => value,
        "" if value >= 100.0 => value / 100.0,
        "" => return Err(BodyError::HeightWithoutUnit),
        _ => return Err(BodyError::Height),
    };
    Ok(Height::from_m(metres))
}

/// Reads an age in years: `35`, `35y`, `35 years`.
///
/// # Errors
/// [`BodyError::Age`].
pub fn parse_age(text: &str) -> Result<f64, BodyError> {
    let (number, unit) = split_number(text.trim());
    match unit.trim().to_ascii_lowercase().as_str() {
        "" | "y" | "yr" | "yrs" | "year" | "years" => parse_decimal(number).ok_or(BodyError::Age),
        _ => Err(BodyError::Age),
    }
}

/// Reads a `VO2max`: `48` or `48 mL/kg/min`.
///
/// # Errors
/// [`BodyError::Vo2max`].
pub fn parse_vo2max(text: &str) -> Result<f64, BodyError> {
    let (number, unit) = split_number(text.trim());
    let unit = unit.trim();
    if !(unit.is_empty() || unit.eq_ignore_ascii_case("ml/kg/min")) {
        return Err(BodyError::Vo2max);
    }
    parse_decimal(number).ok_or(BodyError::Vo2max)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn metres(text: &str) -> f64 {
        parse_height(text).unwrap().m()
    }

    #[test]
    fn heights_are_read_in_metres_centimetres_and_feet_and_inches() {
        assert!((metres("1.78m") - 1.78).abs() < 1e-9);
        assert!((metres("1.78") - 1.78).abs() < 1e-9);
        assert!((metres("178cm") - 1.78).abs() < 1e-9);
        assert!((metres("178") - 1.78).abs() < 1e-9);
        // 5 ft 10 in = 70 in = 1.778 m.
        for text in [
            "5ft10",
            "5ft 10in",
            "5'10\"",
            "5'10",
            // As a phone's keyboard curls the marks, and as primes.
            "5’10”",
            "5′10″",
            "5’10",
            "70”",
            // With the abbreviations' points.
            "5 ft. 10 in.",
            "5ft.10in.",
            "70 in.",
            "70in",
            "5 ft 10",
            "5 feet 10 inches",
            "5 Feet 10",
            "5 foot 10 inch",
            "70 inches",
        ] {
            assert!((metres(text) - 1.778).abs() < 1e-9, "{text}");
        }
        assert!((metres("6ft") - 1.8288).abs() < 1e-9);
        assert!((metres("5ft11.5") - 71.5 * 0.0254).abs() < 1e-9);
        assert!((metres("2.99") - 2.99).abs() < 1e-9);
        assert!((metres("1.78 metres") - 1.78).abs() < 1e-9);
        // Metres and centimetres, as a French or Italian roster writes them.
        for text in ["1m78", "1M78", "1m78cm", "1,78 m", "178 cm."] {
            assert!((metres(text) - 1.78).abs() < 1e-9, "{text}");
        }
        assert!((metres("2m05") - 2.05).abs() < 1e-9);
        assert!((metres("178 Centimeters") - 1.78).abs() < 1e-9);
        assert!((metres("6 feet") - 1.8288).abs() < 1e-9);
        // Twelve inches make a foot.
        for bad in [
            "tall",
            "",
            "5ft12",
            "5ft13",
            "1.78kg",
            "-1.8m",
            "5 feet 10 cm",
            "70 inchs",
            // Centimetres come as two digits after whole metres.
            "1m7",
            "1m780",
            "1.5m78",
            "1m7a",
        ] {
            assert_eq!(parse_height(bad), Err(BodyError::Height), "{bad}");
        }
    }

    #[test]
    fn a_bare_number_neither_metres_nor_centimetres_is_asked_for_its_unit() {
        // 70 is an American's inches, 5.10 their feet and inches: wrun
        // guesses neither, and says how to write them.
        for bare in ["3", "12", "70", "5.10", "99.9"] {
            assert_eq!(
                parse_height(bare),
                Err(BodyError::HeightWithoutUnit),
                "{bare}"
            );
        }
        assert_eq!(
            BodyError::HeightWithoutUnit.to_string(),
            "a bare height is read in metres (1.78) or centimetres (178): give this one its unit, \
             like 70in or 5ft10"
        );
        // Either side of the gap is still read.
        assert!((metres("2.99") - 2.99).abs() < 1e-9);
        assert!((metres("100") - 1.0).abs() < 1e-9);
    }

    #[test]
    fn ages_and_vo2max_are_plain_numbers_with_an_optional_unit() {
        assert_eq!(parse_age("35"), Ok(35.0));
        assert_eq!(parse_age("35 years"), Ok(35.0));
        assert_eq!(parse_age("old"), Err(BodyError::Age));
        assert_eq!(parse_vo2max("48"), Ok(48.0));
        assert_eq!(parse_vo2max("48 mL/kg/min"), Ok(48.0));
        assert_eq!(parse_vo2max("48%"), Err(BodyError::Vo2max));
    }
}
