//! Masses and the two units wrun speaks.
//!
//! A [`Mass`] is stored once, in kilograms, and converted with the exact
//! international pound (1 lb = 0.45359237 kg) in this one place.

use std::fmt;

/// Kilograms in one pound, exactly (international yard and pound, 1959).
pub const KG_PER_LB: f64 = 0.453_592_37;

/// A unit of mass a runner can think in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// Pounds, the default.
    #[default]
    Lb,
    /// Kilograms.
    Kg,
}

impl Unit {
    /// The unit's symbol, as typed and as shown.
    #[must_use]
    pub const fn symbol(self) -> &'static str {
        match self {
            Self::Lb => "lb",
            Self::Kg => "kg",
        }
    }

    /// Both units, for listing what is accepted.
    pub const ALL: [Self; 2] = [Self::Lb, Self::Kg];
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.symbol())
    }
}

/// A mass: a body weight, a load, or the step a set of weights comes in.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct Mass {
    kg: f64,
}

impl Mass {
    /// A mass of `kg` kilograms.
    #[must_use]
    pub const fn from_kg(kg: f64) -> Self {
        Self { kg }
    }

    /// A mass of `lb` pounds.
    #[must_use]
    pub const fn from_lb(lb: f64) -> Self {
        Self { kg: lb * KG_PER_LB }
    }

    /// A mass of `value` in `unit`.
    #[must_use]
    pub const fn new(value: f64, unit: Unit) -> Self {
        match unit {
            Unit::Lb => Self::from_lb(value),
            Unit::Kg => Self::from_kg(value),
        }
    }

    /// The mass in kilograms.
    #[must_use]
    pub const fn kg(self) -> f64 {
        self.kg
    }

    /// The mass in pounds.
    #[must_use]
    pub const fn lb(self) -> f64 {
        self.kg / KG_PER_LB
    }

    /// The mass in `unit`.
    #[must_use]
    pub const fn in_unit(self, unit: Unit) -> f64 {
        match unit {
            Unit::Lb => self.lb(),
            Unit::Kg => self.kg(),
        }
    }

    /// This mass scaled by `factor` (a fraction of a body weight, say).
    #[must_use]
    pub const fn scale(self, factor: f64) -> Self {
        Self {
            kg: self.kg * factor,
        }
    }

    /// This mass as a share of `whole` (a body weight, say), in percent.
    #[must_use]
    pub fn percent_of(self, whole: Self) -> f64 {
        self.kg / whole.kg * 100.0
    }

    /// Shows this mass in `unit`, rounded to at most two decimals.
    #[must_use]
    pub const fn display(self, unit: Unit) -> MassDisplay {
        MassDisplay { mass: self, unit }
    }
}

/// A [`Mass`] shown in one unit: `7.5 lb`, `3.4 kg`.
#[derive(Debug, Clone, Copy)]
pub struct MassDisplay {
    mass: Mass,
    unit: Unit,
}

impl fmt::Display for MassDisplay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", Decimal(self.mass.in_unit(self.unit)), self.unit)
    }
}

/// Rounds `value` to two decimals, the precision of everything wrun prints.
#[must_use]
pub fn round2(value: f64) -> f64 {
    let rounded = (value * 100.0).round() / 100.0;
    // Keep `-0.0` out of the output.
    if rounded == 0.0 { 0.0 } else { rounded }
}

/// Rounds `value` to one decimal, as shares of body weight are shown.
#[must_use]
pub fn round1(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// A number shown with at most two decimals and no trailing zeros: `7.5`,
/// `15`. A width and alignment are honoured: `{:>5}` gives `  130`.
#[derive(Debug, Clone, Copy)]
pub struct Decimal(pub f64);

impl Decimal {
    /// Writes the number, unpadded.
    fn write(self, out: &mut impl fmt::Write) -> fmt::Result {
        let hundredths = (self.0 * 100.0).round();
        if hundredths.is_nan() || hundredths.abs() >= 1e13 {
            // Too large (or not a number) to count in hundredths.
            return write!(out, "{}", round2(self.0));
        }
        #[allow(clippy::cast_possible_truncation)]
        let hundredths = hundredths as i64;
        let sign = if hundredths < 0 { "-" } else { "" };
        let (whole, fraction) = (hundredths.abs() / 100, hundredths.abs() % 100);
        match (fraction / 10, fraction % 10) {
            (0, 0) => write!(out, "{sign}{whole}"),
            (tenths, 0) => write!(out, "{sign}{whole}.{tenths}"),
            _ => write!(out, "{sign}{whole}.{fraction:02}"),
        }
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.width().is_none() {
            return self.write(f);
        }
        let mut text = String::new();
        self.write(&mut text)?;
        f.pad(&text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pound_is_exactly_0_45359237_kilograms() {
        assert!((Mass::from_lb(1.0).kg() - 0.453_592_37).abs() < 1e-15);
        assert!((Mass::from_kg(0.453_592_37).lb() - 1.0).abs() < 1e-12);
    }

    #[test]
    fn a_mass_reads_the_same_in_either_unit_it_was_given_in() {
        assert!((Mass::new(68.0, Unit::Kg).lb() - 149.914_338_3).abs() < 1e-6);
        assert!((Mass::new(150.0, Unit::Lb).kg() - 68.038_855_5).abs() < 1e-6);
        assert!((Mass::from_lb(150.0).in_unit(Unit::Lb) - 150.0).abs() < 1e-9);
    }

    #[test]
    fn scaling_a_body_weight_gives_its_share() {
        let share = Mass::from_lb(150.0).scale(0.05);
        assert!((share.lb() - 7.5).abs() < 1e-9);
        // And back: 10 lb of 150 lb is 6.67 %, in either unit.
        let percent = Mass::from_lb(10.0).percent_of(Mass::from_kg(68.038_855_5));
        assert!((percent - 100.0 / 15.0).abs() < 1e-6, "{percent}");
    }

    #[test]
    fn masses_are_shown_with_at_most_two_decimals_and_their_unit() {
        assert_eq!(Mass::from_lb(7.5).display(Unit::Lb).to_string(), "7.5 lb");
        assert_eq!(Mass::from_lb(15.0).display(Unit::Lb).to_string(), "15 lb");
        assert_eq!(Mass::from_lb(7.5).display(Unit::Kg).to_string(), "3.4 kg");
        assert_eq!(Mass::from_lb(1.0).display(Unit::Kg).to_string(), "0.45 kg");
    }

    #[test]
    fn decimals_drop_trailing_zeros_and_keep_their_sign() {
        // The plain way: two decimals, then the zeros and point trimmed off.
        let trimmed = |value: f64| {
            let text = format!("{:.2}", round2(value));
            text.trim_end_matches('0').trim_end_matches('.').to_owned()
        };
        let mut value = -12_345.678_f64;
        while value < 1e9 {
            assert_eq!(Decimal(value).to_string(), trimmed(value), "{value}");
            value += 0.003_7 + value.abs() * 0.000_9;
        }
        for value in [
            0.0,
            0.05,
            0.5,
            7.5,
            15.0,
            -0.5,
            -2.05,
            1e10 + 0.25,
            1e20,
            f64::NAN,
        ] {
            assert_eq!(Decimal(value).to_string(), trimmed(value), "{value}");
        }
    }

    #[test]
    fn decimals_take_a_width_and_an_alignment() {
        assert_eq!(format!("[{:>5}]", Decimal(130.0)), "[  130]");
        assert_eq!(format!("[{:<6}]", Decimal(-7.25)), "[-7.25 ]");
        assert_eq!(format!("[{:>2}]", Decimal(1234.5)), "[1234.5]");
    }

    #[test]
    fn rounding_never_prints_negative_zero() {
        assert_eq!(Decimal(-0.001).to_string(), "0");
        assert_eq!(round2(-0.001).to_bits(), 0.0_f64.to_bits());
        assert!((round2(2.345_6) - 2.35).abs() < 1e-12);
    }
}
