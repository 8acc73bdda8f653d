//! Masses: `150`, `150lb`, `68.5kg`, `68 kg`, and stones for body weights
//! (`11st`, `11st 4lb`, `11st4`). A plain number carries no unit: the caller
//! supplies one. A load may also be a share of body weight (`10%`), as the
//! article sizes a vest.

use crate::{Decimal, INCREMENT_KG, Mass, Named, PerLimb, Unit, WeightType};

/// A mass as typed: a finite positive number, with the unit if one was given.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MassInput {
    /// The number as typed.
    pub value: f64,
    /// The unit typed after it, if any.
    pub unit: Option<Unit>,
}

impl MassInput {
    /// The mass, reading a plain number in `default_unit`.
    #[must_use]
    pub fn resolve(self, default_unit: Unit) -> Mass {
        Mass::new(self.value, self.unit.unwrap_or(default_unit))
    }
}

/// Why a mass could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MassError {
    /// Not a plain decimal number, with or without a unit.
    #[error("expected a number with an optional unit, like 150, 150lb or 68.5kg")]
    NotANumber,
    /// A number with a sign in front: `-150`, and `+150` too, which names
    /// no sign of its own (as no number wrun reads does).
    #[error("expected a number with no sign, like 150, 150lb or 68.5kg")]
    Signed,
    /// A number too large to hold.
    #[error("the number is too large")]
    TooLarge,
    /// A unit wrun does not know.
    #[error("unknown unit '{0}'; expected lb, kg or st")]
    UnknownUnit(String),
    /// A load that is neither a mass nor a share of body weight.
    #[error(
        "expected a mass, like 20lb, 8kg or a plain number, or a share of body weight, like 10%"
    )]
    NotALoad,
    /// A load written as a count of one mass (`2 x 2lb`, `4 × 2.5kg`): the
    /// mass `each` of a pair, and the `total` of all, each where wrun takes
    /// it as a load (at least one of them is).
    #[error(
        "expected one mass, like 20lb, or a load for each hand or ankle, like 2lb each; for \
         {typed}, write {}",
        counted_offer(*count, each.as_deref(), total.as_deref())
    )]
    Counted {
        /// The load as typed.
        typed: String,
        /// How many.
        count: u8,
        /// The mass of one of a pair, as typed.
        each: Option<String>,
        /// The mass of all of them.
        total: Option<String>,
    },
    /// A load with a sign in front, a mass or a share alike.
    #[error("expected a load with no sign, like 20lb, 8kg or 10% of body weight")]
    SignedLoad,
    /// Pounds after stones that make a stone or more (`11st 14lb`).
    #[error("the pounds after the stones must be fewer than {POUNDS_PER_STONE}, like 11st 4lb")]
    PoundsPastAStone,
}

/// A load as typed: a mass, or a share of the runner's body weight.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LoadInput {
    /// A mass: `20lb`, `8kg`, `12`.
    Mass(MassInput),
    /// A share of body weight, in percent: `10%`, `8 % of body weight`.
    Percent(f64),
}

impl LoadInput {
    /// The load for a runner of `body` weight, reading a plain number in
    /// `default_unit`.
    #[must_use]
    pub fn resolve(self, body: Mass, default_unit: Unit) -> Mass {
        match self {
            Self::Mass(mass) => mass.resolve(default_unit),
            Self::Percent(percent) => body.scale(percent / 100.0),
        }
    }
}

/// What may follow a load's percent sign: nothing, or what it is a share
/// of.
const SHARE_OF_BODY: [&str; 6] = [
    "",
    "of body weight",
    "body weight",
    "of bodyweight",
    "bodyweight",
    "bw",
];

/// What the words after a load say it is for: `each`, or a limb after
/// `each`, `in each`, `on each`, `for each`, `per`, `a` or `an`, named as
/// its kind of weight is (`hand`, `wrists`, `ankle`).
fn per_limb(words: &[&str]) -> Option<PerLimb> {
    let limb = |word: &str| match WeightType::from_name(word) {
        Ok(WeightType::HandWrist) => Some(PerLimb::Hand),
        Ok(WeightType::Ankle) => Some(PerLimb::Ankle),
        Ok(WeightType::Vest) | Err(_) => None,
    };
    match words {
        ["each"] => Some(PerLimb::Each),
        ["each" | "per" | "a" | "an", word] | ["in" | "on" | "for", "each", word] => limb(word),
        _ => None,
    }
}

/// Splits a load's text into the load and what a phrase after it says the
/// load is for (`2lb each` is `2lb` for [`PerLimb::Each`], `1kg in each
/// hand` is `1kg` for [`PerLimb::Hand`]); the text as it is, and `None`,
/// without such a phrase.
#[must_use]
pub fn split_per_limb(text: &str) -> (&str, Option<PerLimb>) {
    let lower = text.to_ascii_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    // The longest phrase first, with a word of load before it.
    for length in [3, 2, 1].into_iter().filter(|&length| length < words.len()) {
        if let Some(limb) = per_limb(&words[words.len() - length..]) {
            let mut load = text.trim_end();
            for _ in 0..length {
                let last_space = load.rfind(char::is_whitespace).unwrap_or(0);
                load = load[..last_space].trim_end();
            }
            return (load, Some(limb));
        }
    }
    (text, None)
}

/// Reads a load: a mass as [`parse_mass`] reads one, or a share of body
/// weight, `10%`, `10 percent`, `8 % of body weight`, `8% bw`; a phrase
/// after it that says it is for each hand or ankle (`2lb each`, `1kg in
/// each hand`) is read past (see [`split_per_limb`]).
///
/// # Errors
/// [`MassError`] saying what was wrong and what is accepted.
pub fn parse_load(text: &str) -> Result<LoadInput, MassError> {
    let (text, _) = split_per_limb(text);
    let lower = text.trim().to_ascii_lowercase();
    let share = lower
        .split_once('%')
        .or_else(|| lower.split_once("percent"));
    if let Some((number, after)) = share {
        let number = number.trim();
        if number.starts_with(['-', '+']) {
            return Err(MassError::SignedLoad);
        }
        return match super::parse_decimal(number) {
            Some(percent) if SHARE_OF_BODY.contains(&after.trim()) => {
                Ok(LoadInput::Percent(percent))
            }
            _ => Err(MassError::NotALoad),
        };
    }
    match parse_mass(text) {
        Ok(mass) => Ok(LoadInput::Mass(mass)),
        Err(MassError::NotANumber) => Err(counted(text).unwrap_or(MassError::NotALoad)),
        Err(MassError::Signed) => Err(MassError::SignedLoad),
        Err(err) => Err(err),
    }
}

/// A load written as a count of one mass, `2 x 2lb` or `2lb x 2`, as
/// [`MassError::Counted`], offering only what wrun would take as a load;
/// `None` for any other text, or where it would take neither.
fn counted(text: &str) -> Option<MassError> {
    let (left, right) = text.split_once(['x', 'X', '×', '*'])?;
    let count = |part: &str| {
        part.trim()
            .parse::<u8>()
            .ok()
            .filter(|count| (2..=20).contains(count))
    };
    let (count, each) = match (count(left), count(right)) {
        (Some(count), _) => (count, right.trim()),
        (None, Some(count)) => (count, left.trim()),
        (None, None) => return None,
    };
    let mass = parse_mass(each).ok()?;
    // A plain number's unit is not known here: either may take it.
    let a_load = |value: f64| match mass.unit {
        Some(unit) => INCREMENT_KG.contains(Mass::new(value, unit).kg()),
        None => [Unit::Lb, Unit::Kg]
            .into_iter()
            .any(|unit| INCREMENT_KG.contains(Mass::new(value, unit).kg())),
    };
    let total = mass.value * f64::from(count);
    let each = (count == 2 && a_load(mass.value)).then(|| each.to_owned());
    let total =
        a_load(total).then(|| format!("{}{}", Decimal(total), mass.unit.map_or("", Unit::symbol)));
    (each.is_some() || total.is_some()).then(|| MassError::Counted {
        typed: text.trim().to_owned(),
        count,
        each,
        total,
    })
}

/// What a count of one mass may have meant, in [`MassError::Counted`]'s
/// message: the mass of each of a pair, the total, or both.
fn counted_offer(count: u8, each: Option<&str>, total: Option<&str>) -> String {
    let plates = if count == 2 {
        "a vest's plates"
    } else {
        "all of them, as a vest's plates"
    };
    match (each, total) {
        (Some(each), Some(total)) => {
            format!("{each} each (a pair of hand or ankle weights) or {total} ({plates})")
        }
        (Some(each), None) => format!("{each} each (a pair of hand or ankle weights)"),
        (None, Some(total)) => format!("{total} ({plates})"),
        // `counted` offers one or both.
        (None, None) => String::new(),
    }
}

/// Pounds in a stone.
pub const POUNDS_PER_STONE: f64 = 14.0;

/// Spellings accepted for each unit, matched without regard to case.
const UNIT_SPELLINGS: &[(Unit, &[&str])] = &[
    // `#` is the pound sign of American gyms: a `20#` vest.
    (Unit::Lb, &["lb", "lbs", "pound", "pounds", "#"]),
    (
        Unit::Kg,
        &["kg", "kgs", "kilo", "kilos", "kilogram", "kilograms"],
    ),
];

/// Reads a unit name: `lb`, `lbs`, `pounds`, `#`, `kg`, `kilos`, in any
/// case, and as an abbreviation with its point (`lbs.`).
#[must_use]
pub fn parse_unit(text: &str) -> Option<Unit> {
    let text = text.trim();
    let text = text.strip_suffix('.').unwrap_or(text);
    UNIT_SPELLINGS
        .iter()
        .find(|(_, names)| names.iter().any(|name| name.eq_ignore_ascii_case(text)))
        .map(|(unit, _)| *unit)
}

/// Reads a mass: a plain decimal number (digits, at most one point), then an
/// optional unit, with or without a space between.
///
/// Exponents, signs, `inf` and `NaN` are not numbers here: nobody weighs
/// `1e2` pounds, and accepting them only lets nonsense through.
///
/// # Errors
/// [`MassError`] saying what was wrong and what is accepted.
pub fn parse_mass(text: &str) -> Result<MassInput, MassError> {
    let text = text.trim();
    if let Some(stones) = parse_stones(text) {
        return stones;
    }
    if let Some(unsigned) = text.strip_prefix(['-', '+']) {
        if unsigned.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
            return Err(MassError::Signed);
        }
    }
    let (number, unit) = super::split_number(text);
    if !super::is_decimal(number) {
        return Err(MassError::NotANumber);
    }
    let value = super::parse_decimal(number).ok_or(MassError::TooLarge)?;
    let unit = unit.trim();
    if unit.is_empty() {
        return Ok(MassInput { value, unit: None });
    }
    if let Some(known) = parse_unit(unit) {
        return Ok(MassInput {
            value,
            unit: Some(known),
        });
    }
    // A unit's letters, with an abbreviation's point after them (`oz.`),
    // name a unit wrun does not know; anything else (`1e400`, `150 lb 3`)
    // is a number wrun does not read.
    let letters = unit.strip_suffix('.').filter(|letters| !letters.is_empty());
    Err(
        if letters.unwrap_or(unit).chars().all(char::is_alphabetic) {
            MassError::UnknownUnit(unit.to_owned())
        } else {
            MassError::NotANumber
        },
    )
}

/// Reads stones, with pounds after them: `11st`, `11 st 4 lb`, `11st4`.
/// `None` when `text` has no stones in it.
fn parse_stones(text: &str) -> Option<Result<MassInput, MassError>> {
    let (stones, rest) = super::split_number(text);
    let rest = rest.trim_start();
    let after = ["stones", "stone", "st"].iter().find_map(|unit| {
        rest.get(..unit.len())
            .filter(|head| head.eq_ignore_ascii_case(unit))
            .map(|_| &rest[unit.len()..])
    })?;
    let read = || -> Result<MassInput, MassError> {
        let stones = super::parse_decimal(stones).ok_or(MassError::NotANumber)?;
        let after = after.trim();
        let pounds = if after.is_empty() {
            0.0
        } else {
            let (number, unit) = super::split_number(after);
            let unit = unit.trim();
            if !(unit.is_empty() || parse_unit(unit) == Some(Unit::Lb)) {
                return Err(MassError::NotANumber);
            }
            let pounds = super::parse_decimal(number).ok_or(MassError::NotANumber)?;
            // A stone is 14 lb: `11st 14lb` is `12st`, as `5ft12` is `6ft`.
            if pounds >= POUNDS_PER_STONE {
                return Err(MassError::PoundsPastAStone);
            }
            pounds
        };
        let value = stones * POUNDS_PER_STONE + pounds;
        if value.is_finite() {
            Ok(MassInput {
                value,
                unit: Some(Unit::Lb),
            })
        } else {
            Err(MassError::TooLarge)
        }
    };
    Some(read())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stones_are_read_as_pounds_with_the_pounds_after_them() {
        for (text, pounds) in [
            ("11st", 154.0),
            ("11st 4lb", 158.0),
            ("11st4", 158.0),
            ("11 st 4 lb", 158.0),
            ("11 stone 4", 158.0),
            ("10.5st", 147.0),
            ("10st 13.5lb", 153.5),
        ] {
            assert_eq!(parse_mass(text), Ok(mass(pounds, Some(Unit::Lb))), "{text}");
        }
        for text in ["11st 14lb", "11st 20", "11 stone 14 pounds"] {
            assert_eq!(parse_mass(text), Err(MassError::PoundsPastAStone), "{text}");
        }
        for text in ["11st 4kg", "11st four", "st", "11st 4lb 2"] {
            assert!(parse_mass(text).is_err(), "{text}");
        }
    }

    #[test]
    fn a_load_is_a_mass_or_a_share_of_body_weight() {
        let percent = |text| match parse_load(text) {
            Ok(LoadInput::Percent(percent)) => Some(percent),
            _ => None,
        };
        for (text, share) in [
            ("10%", 10.0),
            (" 8 % ", 8.0),
            ("7,5%", 7.5),
            ("10 percent", 10.0),
            ("8% of body weight", 8.0),
            ("8 % of Bodyweight", 8.0),
            ("12% BW", 12.0),
        ] {
            assert_eq!(percent(text), Some(share), "{text}");
        }
        assert_eq!(
            parse_load("20lb"),
            Ok(LoadInput::Mass(mass(20.0, Some(Unit::Lb))))
        );
        assert_eq!(parse_load("12"), Ok(LoadInput::Mass(mass(12.0, None))));
        for text in ["10%%", "% 10", "10% of height", "ten%", "10 % 5", "abc"] {
            assert_eq!(parse_load(text), Err(MassError::NotALoad), "{text}");
        }
        for text in ["-10%", "+10 %", "-10lb", "-5"] {
            assert_eq!(parse_load(text), Err(MassError::SignedLoad), "{text}");
        }
        assert_eq!(
            parse_load("10oz"),
            Err(MassError::UnknownUnit("oz".to_owned()))
        );
    }

    #[test]
    fn a_load_written_as_a_count_of_one_mass_is_told_the_one_mass_to_write() {
        let told = |text| parse_load(text).unwrap_err().to_string();
        let pair = "expected one mass, like 20lb, or a load for each hand or ankle, like 2lb \
                    each; for 2 x 2lb, write 2lb each (a pair of hand or ankle weights) or 4lb \
                    (a vest's plates)";
        assert_eq!(told("2 x 2lb"), pair);
        assert!(told("2x2lb").ends_with(
            "write 2lb each (a pair of hand or ankle weights) or 4lb (a vest's plates)"
        ));
        assert!(told("1.5 kg × 2").ends_with(
            "write 1.5 kg each (a pair of hand or ankle weights) or 3kg (a vest's plates)"
        ));
        assert!(
            told("2 * 3")
                .ends_with("write 3 each (a pair of hand or ankle weights) or 6 (a vest's plates)")
        );
        assert!(
            told("4 x 2.5lb")
                .ends_with("for 4 x 2.5lb, write 10lb (all of them, as a vest's plates)")
        );
        assert!(told("3X1.1kg").ends_with("write 3.3kg (all of them, as a vest's plates)"));
        // Only a mass wrun takes as a load (0.01 kg to 50 kg) is offered; a
        // plain number, whose unit is not known here, if either unit takes it.
        assert!(
            told("2 x 40kg")
                .ends_with("for 2 x 40kg, write 40kg each (a pair of hand or ankle weights)")
        );
        assert!(told("2 x 0.005kg").ends_with("for 2 x 0.005kg, write 0.01kg (a vest's plates)"));
        assert!(told("2 x 80").ends_with("write 80 each (a pair of hand or ankle weights)"));
        // No count, a count of one or past 20, or no mass: the plain line.
        let huge = format!("2 x {}lb", "9".repeat(308));
        for text in [
            "x 2lb",
            "1 x 2lb",
            "21 x 2lb",
            "2 x heavy",
            "2 x 2 x 2lb",
            "two x 2lb",
            &huge,
            // Nothing in the range to offer.
            "2 x 0lb",
            "2 x 0.001lb",
            "2 x 500lb",
            "3 x 20kg",
        ] {
            assert_eq!(parse_load(text), Err(MassError::NotALoad), "{text}");
        }
    }

    #[test]
    fn a_load_may_say_it_is_for_each_hand_or_ankle_as_wrun_writes_it() {
        for (text, load, limb) in [
            ("2lb each", "2lb", PerLimb::Each),
            ("2 lb  Each ", "2 lb", PerLimb::Each),
            ("1 lb in each hand", "1 lb", PerLimb::Hand),
            ("0.5kg per wrist", "0.5kg", PerLimb::Hand),
            ("1kg each hand", "1kg", PerLimb::Hand),
            ("2lb per ankle", "2lb", PerLimb::Ankle),
            ("2lb on each ankle", "2lb", PerLimb::Ankle),
            ("2 % an ankle", "2 %", PerLimb::Ankle),
            ("3 pounds for each wrist", "3 pounds", PerLimb::Hand),
        ] {
            assert_eq!(split_per_limb(text), (load, Some(limb)), "{text:?}");
        }
        // Without such a phrase, or with nothing before it, the text stays.
        for text in [
            "2lb",
            "each",
            "each hand",
            "2lb per",
            "2lb a",
            "2lb hand",
            "2lb per vest",
            "8% of body weight",
        ] {
            assert_eq!(split_per_limb(text), (text, None), "{text:?}");
        }
        // The load is read past the phrase.
        assert_eq!(
            parse_load("1 lb in each hand"),
            Ok(LoadInput::Mass(mass(1.0, Some(Unit::Lb))))
        );
        assert_eq!(parse_load("2% each"), Ok(LoadInput::Percent(2.0)));
    }

    #[test]
    fn a_share_of_body_weight_is_that_share_of_the_runners_weight() {
        let body = Mass::from_lb(150.0);
        let load = parse_load("10%").unwrap().resolve(body, Unit::Kg);
        assert!((load.lb() - 15.0).abs() < 1e-9);
        let load = parse_load("12").unwrap().resolve(body, Unit::Kg);
        assert!((load.kg() - 12.0).abs() < 1e-9);
    }

    fn mass(value: f64, unit: Option<Unit>) -> MassInput {
        MassInput { value, unit }
    }

    #[test]
    fn plain_numbers_carry_no_unit() {
        assert_eq!(parse_mass("150"), Ok(mass(150.0, None)));
        assert_eq!(parse_mass("68.5"), Ok(mass(68.5, None)));
        assert_eq!(parse_mass(".5"), Ok(mass(0.5, None)));
        assert_eq!(parse_mass("2."), Ok(mass(2.0, None)));
    }

    #[test]
    fn a_suffix_names_the_unit_with_or_without_a_space() {
        assert_eq!(parse_mass("150lb"), Ok(mass(150.0, Some(Unit::Lb))));
        assert_eq!(parse_mass("150lbs"), Ok(mass(150.0, Some(Unit::Lb))));
        assert_eq!(parse_mass("150 LB"), Ok(mass(150.0, Some(Unit::Lb))));
        assert_eq!(parse_mass("68kg"), Ok(mass(68.0, Some(Unit::Kg))));
        assert_eq!(parse_mass("68.5kg"), Ok(mass(68.5, Some(Unit::Kg))));
        assert_eq!(parse_mass("68 kg"), Ok(mass(68.0, Some(Unit::Kg))));
        assert_eq!(parse_mass(" 68 Kilos "), Ok(mass(68.0, Some(Unit::Kg))));
    }

    #[test]
    fn a_pound_sign_after_the_number_is_pounds_as_gyms_write_them() {
        assert_eq!(parse_mass("20#"), Ok(mass(20.0, Some(Unit::Lb))));
        assert_eq!(parse_mass("150 #"), Ok(mass(150.0, Some(Unit::Lb))));
        assert_eq!(
            parse_load("20#"),
            Ok(LoadInput::Mass(mass(20.0, Some(Unit::Lb))))
        );
        // Before the number, or doubled, it is no unit.
        assert_eq!(parse_mass("#20"), Err(MassError::NotANumber));
        assert_eq!(parse_mass("20##"), Err(MassError::NotANumber));
    }

    #[test]
    fn a_unit_may_be_abbreviated_with_its_point() {
        assert_eq!(parse_mass("150 lbs."), Ok(mass(150.0, Some(Unit::Lb))));
        assert_eq!(parse_mass("150lb."), Ok(mass(150.0, Some(Unit::Lb))));
        assert_eq!(parse_mass("68 kg."), Ok(mass(68.0, Some(Unit::Kg))));
        assert_eq!(parse_mass("11 st 4 lb."), Ok(mass(158.0, Some(Unit::Lb))));
        assert_eq!(parse_unit("Lbs."), Some(Unit::Lb));
        // One point, after letters: no more.
        for text in ["150 .", "150 lb..", "150 l.b", "150 lb. 3", "lb."] {
            assert!(parse_mass(text).is_err(), "{text:?} was accepted");
        }
        assert_eq!(parse_unit("."), None);
    }

    #[test]
    fn words_and_special_floats_are_not_numbers() {
        for text in [
            "", " ", "abc", "NaN", "inf", "infinity", "1e400", "1e2", "1.2.3", ".", "lb", "0x10",
        ] {
            assert!(parse_mass(text).is_err(), "{text:?} was accepted");
        }
        assert_eq!(parse_mass("abc"), Err(MassError::NotANumber));
        assert_eq!(parse_mass("1e400"), Err(MassError::NotANumber));
        assert_eq!(parse_mass("12,5,0kg"), Err(MassError::NotANumber));
    }

    #[test]
    fn a_decimal_comma_is_read_as_europe_writes_it() {
        assert_eq!(
            parse_mass("72,5kg"),
            Ok(MassInput {
                value: 72.5,
                unit: Some(Unit::Kg)
            })
        );
        assert_eq!(parse_mass("58,5 kg").map(|mass| mass.value), Ok(58.5));
        assert_eq!(parse_mass("150,5").map(|mass| mass.value), Ok(150.5));
    }

    #[test]
    fn signed_numbers_are_refused_as_such() {
        assert_eq!(parse_mass("-150"), Err(MassError::Signed));
        assert_eq!(parse_mass("+150"), Err(MassError::Signed));
        assert_eq!(parse_mass("--type"), Err(MassError::NotANumber));
    }

    #[test]
    fn unknown_units_are_named_in_the_error() {
        let err = parse_mass("150oz").unwrap_err();
        assert_eq!(err, MassError::UnknownUnit("oz".to_owned()));
        assert_eq!(err.to_string(), "unknown unit 'oz'; expected lb, kg or st");
        // An abbreviation's point is part of the unit named; a point alone
        // names no unit.
        assert_eq!(
            parse_mass("150 oz."),
            Err(MassError::UnknownUnit("oz.".to_owned()))
        );
        assert_eq!(parse_mass("150 ."), Err(MassError::NotANumber));
    }

    #[test]
    fn a_number_too_long_to_hold_is_refused_not_infinite() {
        let huge = "9".repeat(400);
        assert_eq!(parse_mass(&huge), Err(MassError::TooLarge));
    }

    #[test]
    fn zero_parses_and_is_left_to_the_range_checks() {
        assert_eq!(parse_mass("0"), Ok(mass(0.0, None)));
    }

    #[test]
    fn a_plain_number_takes_the_default_unit_and_a_suffix_overrides_it() {
        let plain = parse_mass("68").unwrap();
        assert!((plain.resolve(Unit::Kg).kg() - 68.0).abs() < 1e-12);
        assert!((plain.resolve(Unit::Lb).lb() - 68.0).abs() < 1e-12);
        let pounds = parse_mass("150lb").unwrap();
        assert!((pounds.resolve(Unit::Kg).lb() - 150.0).abs() < 1e-12);
    }

    #[test]
    fn unit_names_are_read_in_any_case() {
        assert_eq!(parse_unit("KG"), Some(Unit::Kg));
        assert_eq!(parse_unit("Pounds"), Some(Unit::Lb));
        assert_eq!(parse_unit("stone"), None);
    }
}
