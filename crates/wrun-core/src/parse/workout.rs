//! The run: paces, speeds, durations, distances, grades and heart rates.

use crate::{Distance, Duration, Speed};

use super::{parse_decimal, split_number};

/// A run option that is not in a form wrun reads; each says what it accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum WorkoutError {
    /// Not a pace.
    #[error("expected a pace like 9:30/mi, 5:50/km or 5:30 min/km")]
    Pace,
    /// A pace with no distance after it.
    #[error("a pace needs the distance it is per: write it like 5:30/km or 9:30/mi")]
    PaceWithoutUnit,
    /// A speed where a pace belongs.
    #[error(
        "that is a speed: give it as the speed, or a pace as the time per distance, like 9:30/mi or 5:50/km"
    )]
    SpeedNotPace,
    /// Not a speed.
    #[error("expected a speed like 6.5mph, 10.5km/h or 3m/s")]
    Speed,
    /// A bare number where a speed belongs: miles or kilometres an hour,
    /// or metres a second?
    #[error("a speed needs its unit: write it like 6.5mph, 10.5km/h or 3m/s")]
    SpeedWithoutUnit,
    /// A pace where a speed belongs.
    #[error(
        "that is a pace: give it as the pace, or a speed as the distance per hour, like 6.5mph or 10.5km/h"
    )]
    PaceNotSpeed,
    /// Not a duration.
    #[error("expected a duration like 45m, 1h30, 90min, 1.5h, 45:00 or 1:05:00")]
    Duration,
    /// A bare number where a duration belongs: minutes or seconds?
    #[error("a duration needs its unit: write it like 45m, 90min or 1h30")]
    DurationWithoutUnit,
    /// A pace or duration with minutes or seconds of 60 or more after a
    /// larger part (`1h75`, `1:75:00`, `5:75/km`).
    #[error("minutes and seconds after a larger part must be under 60, as on a clock")]
    PastSixty,
    /// Not a distance.
    #[error("expected a distance like 5km, 3.1mi, 800m or half marathon")]
    Distance,
    /// A bare number where a distance belongs: kilometres or miles?
    #[error("a distance needs its unit: write it like 5km, 3.1mi or 800m")]
    DistanceWithoutUnit,
    /// Not a grade.
    #[error("expected a grade in percent, like 4% or -2%")]
    Grade,
    /// Not a heart rate.
    #[error("expected a heart rate in beats per minute, like 150")]
    HeartRate,
    /// A value that reads without the sign in front of it (`-5km`,
    /// `+30m`): what it is, and how it is written.
    #[error("expected {0} with no sign, like {1}")]
    Signed(&'static str, &'static str),
}

/// Reads `text` with `read`, refusing a sign in front of a value that
/// reads without it as [`WorkoutError::Signed`]: no run is negative, and a
/// plus sign names no sign of its own (as a mass's does not).
fn unsigned<T>(
    text: &str,
    (what, like): (&'static str, &'static str),
    read: impl Fn(&str) -> Result<T, WorkoutError>,
) -> Result<T, WorkoutError> {
    match text.trim_start().strip_prefix(['-', '+']) {
        Some(value) if read(value).is_ok() => Err(WorkoutError::Signed(what, like)),
        _ => read(text),
    }
}

/// Reads minutes from `M`, `M:SS` or `H:MM:SS`; seconds and minutes after
/// the first field are two digits below 60, and the seconds may have a
/// fraction (`5:30.5`, as a spreadsheet's `mm:ss.0` cells and watch
/// exports write them).
fn parse_clock(text: &str) -> Option<f64> {
    let fields: Vec<&str> = text.split(':').collect();
    let sexagesimal = |field: &str| {
        (field.len() == 2 && field.bytes().all(|b| b.is_ascii_digit()))
            .then(|| parse_decimal(field))
            .flatten()
            .filter(|&value| value < 60.0)
    };
    let seconds = |field: &str| match field.split_once(['.', ',']) {
        Some((whole, fraction))
            if !fraction.is_empty() && fraction.bytes().all(|b| b.is_ascii_digit()) =>
        {
            sexagesimal(whole)?;
            parse_decimal(field).filter(|&value| value < 60.0)
        }
        Some(_) => None,
        None => sexagesimal(field),
    };
    match fields.as_slice() {
        [minutes] => parse_decimal(minutes),
        [minutes, second] => Some(parse_decimal(minutes)? + seconds(second)? / 60.0),
        [hours, minutes, second] => {
            Some(parse_decimal(hours)? * 60.0 + sexagesimal(minutes)? + seconds(second)? / 60.0)
        }
        _ => None,
    }
}

/// The minutes `text` gives as a clock, as [`parse_clock`] reads them;
/// else [`WorkoutError::PastSixty`] for a clock but for a part of 60 or
/// more after the first (`1:75:00`, `5:75`), else `otherwise`.
fn read_clock(text: &str, otherwise: WorkoutError) -> Result<f64, WorkoutError> {
    parse_clock(text).ok_or_else(|| {
        // The same clock with each such part set to `00`.
        let mut past = false;
        let fields: Vec<String> = text
            .split(':')
            .enumerate()
            .map(|(at, field)| {
                let whole = field.split(['.', ',']).next().unwrap_or(field);
                if at > 0
                    && whole.len() == 2
                    && whole.bytes().all(|b| b.is_ascii_digit())
                    && whole >= "60"
                {
                    past = true;
                    format!("00{}", &field[2..])
                } else {
                    field.to_owned()
                }
            })
            .collect();
        if past && parse_clock(&fields.join(":")).is_some() {
            WorkoutError::PastSixty
        } else {
            otherwise
        }
    })
}

/// `value` when its number is finite: a number that converts past what a
/// float holds (a huge count of miles) is refused, not read as infinity.
fn finite<T>(value: T, number: f64, err: WorkoutError) -> Result<T, WorkoutError> {
    if number.is_finite() {
        Ok(value)
    } else {
        Err(err)
    }
}

fn unit_is(unit: &str, names: &[&str]) -> bool {
    names.iter().any(|name| name.eq_ignore_ascii_case(unit))
}

const MILES: &[&str] = &["mi", "mile", "miles"];
const KILOMETRES: &[&str] = &[
    "km",
    "k",
    "kilometre",
    "kilometres",
    "kilometer",
    "kilometers",
];
const METRES: &[&str] = &["m", "metre", "metres", "meter", "meters"];

/// Reads a pace that may leave out its distance: `5:30/km` as
/// [`parse_pace`] does, and a bare `5:30` as per kilometre, with `true` to
/// say the distance was left out (the caller may read it per mile).
///
/// # Errors
/// As [`parse_pace`], but never [`WorkoutError::PaceWithoutUnit`]: a bare
/// time is read.
pub fn parse_pace_or_bare(text: &str) -> Result<(Speed, bool), WorkoutError> {
    unsigned(text, PACE, |text| match parse_pace(text) {
        Ok(speed) => Ok((speed, false)),
        Err(WorkoutError::PaceWithoutUnit) => {
            let minutes = read_clock(&clock_text(text), WorkoutError::Pace)?;
            let speed = Speed::covering(
                Distance::from_metres(1000.0),
                Duration::from_minutes(minutes),
            );
            finite((speed, true), speed.m_per_min(), WorkoutError::Pace)
        }
        Err(err) => Err(err),
    })
}

/// A pace, and how one is written, for [`WorkoutError::Signed`].
const PACE: (&str, &str) = ("a pace", "9:30/mi or 5:50/km");

/// The words for minutes after a pace's time (`5:30 min`), longest first,
/// so that a suffix is taken whole.
pub const MINUTE_WORDS: [&str; 4] = ["minutes", "minute", "mins", "min"];

/// A pace's time as `parse_clock` reads it: `5'30"` (or `5’30”`, `5′30″`)
/// as `5:30`, and a trailing `min` (`5:30 min`, `5.5 minutes`) dropped.
fn clock_text(time: &str) -> String {
    let time = time.trim();
    let lower = time.to_ascii_lowercase();
    let time = MINUTE_WORDS
        .iter()
        .find_map(|unit| {
            lower
                .strip_suffix(unit)
                .map(|_| &time[..time.len() - unit.len()])
        })
        .unwrap_or(time)
        .trim();
    super::straight_marks(time)
        .replace('\'', ":")
        .replace('"', "")
}

/// The minutes of a pace's time before its distance: a clock as
/// [`clock_text`] and [`read_clock`] read it (`5:30`, `5'30"`, `5.5 min`),
/// else a time in units as [`parse_duration`] reads it (`5m30s`, `5 min
/// 30 s`). A bare time is read as a clock only: `1h30` alone is a
/// duration, not a pace.
fn pace_minutes(time: &str) -> Result<f64, WorkoutError> {
    match read_clock(&clock_text(time), WorkoutError::Pace) {
        Err(WorkoutError::Pace) => parse_duration(time)
            .map(Duration::minutes)
            .map_err(|_| WorkoutError::Pace),
        read => read,
    }
}

/// Reads a pace: `9:30/mi`, `5:50/km`, `6/km`, `5:30 min/km`, `5.5 min/km`,
/// `5'30"/km`, `5m30s/km`, `5:30 per km`, `9 minutes per mile`.
///
/// # Errors
/// [`WorkoutError::Pace`], [`WorkoutError::SpeedNotPace`] for a speed
/// (`10km/h`), [`WorkoutError::PaceWithoutUnit`] for a bare time (`5:30`),
/// or [`WorkoutError::PastSixty`] for seconds of 60 or more (`5:75/km`),
/// or [`WorkoutError::Signed`] for a sign in front (`-5:00/km`).
pub fn parse_pace(text: &str) -> Result<Speed, WorkoutError> {
    unsigned(text, PACE, |text| {
        pace_only(text).map_err(|err| match err {
            WorkoutError::Pace if speed_only(text).is_ok() => WorkoutError::SpeedNotPace,
            other => other,
        })
    })
}

/// The distance a pace's unit names, as `parse_pace` reads it after the
/// slash: `km` for `km`, `k`, `kilometres`; `mi` for `mi`, `mile`, `miles`.
#[must_use]
pub fn pace_per(unit: &str) -> Option<&'static str> {
    let unit = unit.trim();
    if unit_is(unit, MILES) {
        Some("mi")
    } else if unit_is(unit, KILOMETRES) {
        Some("km")
    } else {
        None
    }
}

/// What is per what, split at the slash or at the word `per`: a pace's time
/// and distance (`5:30 per km`, `min/km`; `per km` with nothing before), a
/// speed's distance and time (`km per hour`). The parts are not trimmed.
#[must_use]
pub fn split_per(text: &str) -> Option<(&str, &str)> {
    let text = text.trim();
    text.split_once('/').or_else(|| {
        // ASCII lowercasing keeps every byte where it was.
        let lower = text.to_ascii_lowercase();
        let at = if lower.starts_with("per ") {
            0
        } else {
            lower.find(" per ")? + 1
        };
        Some((&text[..at], &text[at + "per ".len()..]))
    })
}

fn pace_only(text: &str) -> Result<Speed, WorkoutError> {
    let Some((time, unit)) = split_per(text) else {
        // A bare time: the runner left out the distance it is per.
        return Err(match read_clock(&clock_text(text), WorkoutError::Pace) {
            Ok(_) => WorkoutError::PaceWithoutUnit,
            Err(err) => err,
        });
    };
    let minutes = pace_minutes(time)?;
    let distance = match pace_per(unit) {
        Some("mi") => Distance::from_miles(1.0),
        Some(_) => Distance::from_metres(1000.0),
        None => return Err(WorkoutError::Pace),
    };
    let speed = Speed::covering(distance, Duration::from_minutes(minutes));
    finite(speed, speed.m_per_min(), WorkoutError::Pace)
}

/// Reads a speed: `6.5mph`, `10.5kph`, `10.5km/h`, `10.5 kmh`, `6.5 miles
/// per hour`, and in metres a second or a minute (`3m/s`, `180 m/min`: the
/// unit of the models, in which wrun's JSON gives speeds).
///
/// # Errors
/// [`WorkoutError::Speed`], [`WorkoutError::SpeedWithoutUnit`] for a bare
/// number, [`WorkoutError::PaceNotSpeed`] for a pace (`5:30/km`), or
/// [`WorkoutError::Signed`] for a sign in front (`-10kph`).
pub fn parse_speed(text: &str) -> Result<Speed, WorkoutError> {
    unsigned(text, ("a speed", "6.5mph or 10.5km/h"), |text| {
        speed_only(text).map_err(|err| match err {
            WorkoutError::Speed if pace_only(text).is_ok() => WorkoutError::PaceNotSpeed,
            other => other,
        })
    })
}

fn speed_only(text: &str) -> Result<Speed, WorkoutError> {
    let (number, unit) = split_number(text.trim());
    let value = parse_decimal(number).ok_or(WorkoutError::Speed)?;
    let unit = unit.trim();
    if unit.is_empty() {
        return Err(WorkoutError::SpeedWithoutUnit);
    }
    // `mph`, or a distance per hour: `mi/h`, `km/h`, `km per hour`; or
    // metres per second or minute.
    let per = split_per(unit).map(|(distance, time)| (distance.trim(), time.trim()));
    let per_hour = per
        .filter(|(_, time)| unit_is(time, &["h", "hr", "hour"]))
        .and_then(|(distance, _)| pace_per(distance));
    let metres_per = per
        .filter(|(distance, _)| unit_is(distance, METRES))
        .map(|(_, time)| time);
    let speed = if unit_is(unit, &["mph"]) || per_hour == Some("mi") {
        Speed::from_mph(value)
    } else if unit_is(unit, &["kph", "kmh", "kmph"]) || per_hour == Some("km") {
        Speed::from_km_per_h(value)
    } else if metres_per.is_some_and(|time| unit_is(time, &["min", "minute"])) {
        Speed::from_m_per_min(value)
    } else if metres_per.is_some_and(|time| unit_is(time, &["s", "sec", "second"])) {
        Speed::from_m_per_min(value * 60.0)
    } else {
        return Err(WorkoutError::Speed);
    };
    finite(speed, speed.m_per_min(), WorkoutError::Speed)
}

/// Reads a duration: `45m`, `1h10m`, `1h30`, `90min`, `1.5h`, `1,5h`, `90s`,
/// `45:00`, `1:05:00`. A bare `a:bb` is read as minutes and seconds; see
/// [`clock_readings`] for telling whether it could be hours and minutes.
///
/// # Errors
/// [`WorkoutError::Duration`], [`WorkoutError::DurationWithoutUnit`] for a
/// bare number, [`WorkoutError::PastSixty`] for minutes or seconds of 60
/// or more after a larger part (`1h75`, `1:75:00`), or
/// [`WorkoutError::Signed`] for a sign in front (`-30m`).
pub fn parse_duration(text: &str) -> Result<Duration, WorkoutError> {
    unsigned(text, ("a duration", "45m, 1h30 or 45:00"), read_duration)
}

fn read_duration(text: &str) -> Result<Duration, WorkoutError> {
    let text = text.trim();
    if text.contains(':') {
        let minutes = read_clock(text, WorkoutError::Duration)?;
        return finite(
            Duration::from_minutes(minutes),
            minutes,
            WorkoutError::Duration,
        );
    }
    // Hours, then minutes, then seconds, each at most once and in that order.
    let units: [(&[&str], f64); 3] = [
        (&["h", "hr", "hrs", "hour", "hours"], 60.0),
        (&["m", "min", "mins", "minute", "minutes"], 1.0),
        (&["s", "sec", "secs", "second", "seconds"], 1.0 / 60.0),
    ];
    let mut rest = text;
    let mut minutes = 0.0;
    let mut next_unit = 0;
    while !rest.is_empty() {
        let (number, after) = split_number(rest);
        let value = parse_decimal(number).ok_or(WorkoutError::Duration)?;
        let after = after.trim_start();
        let unit_end = after
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(after.len());
        let (unit, tail) = after.split_at(unit_end);
        if unit.is_empty() && tail.is_empty() && next_unit == 0 {
            return Err(WorkoutError::DurationWithoutUnit);
        }
        // A last bare number is in the unit after the one before it, as
        // runners write `1h30` (and `5m30`).
        let bare_last = unit.is_empty() && tail.is_empty() && next_unit > 0;
        let index = if bare_last && next_unit < units.len() {
            next_unit
        } else {
            units[next_unit..]
                .iter()
                .position(|(names, _)| unit_is(unit, names))
                .ok_or(WorkoutError::Duration)?
                + next_unit
        };
        // A field after a larger one stays below one of it: `1h75` is no
        // more a run than `1:75:00` is.
        if next_unit > 0 && value * units[index].1 >= units[next_unit - 1].1 {
            return Err(WorkoutError::PastSixty);
        }
        minutes += value * units[index].1;
        next_unit = index + 1;
        rest = tail.trim_start();
    }
    if next_unit == 0 {
        return Err(WorkoutError::Duration);
    }
    finite(
        Duration::from_minutes(minutes),
        minutes,
        WorkoutError::Duration,
    )
}

/// The two readings of a bare `a:bb` duration, as minutes and seconds and
/// as hours and minutes, when both are plausible runs (the second at most
/// `longest` long); `None` for any other text.
#[must_use]
pub fn clock_readings(text: &str, longest: Duration) -> Option<(Duration, Duration)> {
    let (_, second) = text.trim().split_once(':')?;
    // A third field, or a fraction, marks the last field as seconds.
    if second.contains([':', '.', ',']) {
        return None;
    }
    let as_minutes = parse_clock(text.trim())?;
    let hours = Duration::from_minutes(as_minutes * 60.0);
    (hours.minutes() <= longest.minutes()).then(|| (Duration::from_minutes(as_minutes), hours))
}

/// The road races a runner may name as a distance, by each of their names,
/// in metres (World Athletics' course lengths).
const RACES: &[(&[&str], f64)] = &[
    (&["marathon"], 42_195.0),
    (&["half marathon", "half"], 21_097.5),
];

/// Reads a distance: `5km`, `3.1mi`, `800m`, `10 k`, or a race by name:
/// `marathon`, `half marathon` (`half-marathon`, `half`). Metres may group
/// their thousands with commas, as track distances are written (`5,000m`,
/// `21,097.5m`): no one means millimetres.
///
/// # Errors
/// [`WorkoutError::Distance`], [`WorkoutError::DistanceWithoutUnit`] for
/// a bare number, or [`WorkoutError::Signed`] for a sign in front
/// (`-5km`).
pub fn parse_distance(text: &str) -> Result<Distance, WorkoutError> {
    unsigned(text, ("a distance", "5km, 3.1mi or 800m"), read_distance)
}

/// Reads the length of a route's splits: a distance as [`parse_distance`]
/// reads one, or a unit alone for one of it (`mile`, `km`), as splits are
/// asked for (a split every mile).
///
/// # Errors
/// As [`parse_distance`].
pub fn parse_split(text: &str) -> Result<Distance, WorkoutError> {
    parse_distance(text).or_else(|err| {
        let unit = text.trim();
        if unit.starts_with(|c: char| c.is_alphabetic()) {
            parse_distance(&format!("1 {unit}")).map_err(|_| err)
        } else {
            Err(err)
        }
    })
}

fn read_distance(text: &str) -> Result<Distance, WorkoutError> {
    let words = text.replace('-', " ");
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some((_, metres)) = RACES.iter().find(|(names, _)| unit_is(&words, names)) {
        return Ok(Distance::from_metres(*metres));
    }
    let (number, unit) = split_number(text.trim());
    let unit = unit.trim();
    let value = unit_is(unit, METRES)
        .then(|| grouped_thousands(number))
        .flatten()
        .or_else(|| parse_decimal(number))
        .ok_or(WorkoutError::Distance)?;
    let distance = if unit_is(unit, MILES) {
        Distance::from_miles(value)
    } else if unit_is(unit, KILOMETRES) {
        Distance::from_metres(value * 1000.0)
    } else if unit_is(unit, METRES) {
        Distance::from_metres(value)
    } else if unit.is_empty() {
        return Err(WorkoutError::DistanceWithoutUnit);
    } else {
        return Err(WorkoutError::Distance);
    };
    finite(distance, distance.metres(), WorkoutError::Distance)
}

/// Reads a number whose thousands are grouped with commas (`5,000`,
/// `21,097.5`): one to three digits, not led by a zero, then groups of a
/// comma and three digits, then perhaps a decimal point and digits; `None`
/// for any other text.
fn grouped_thousands(number: &str) -> Option<f64> {
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    let (whole, fraction) = number.split_once('.').unwrap_or((number, "0"));
    let mut groups = whole.split(',');
    let lead = groups.next()?;
    let mut rest = groups.peekable();
    let grouped = (1..=3).contains(&lead.len())
        && digits(lead)
        && !lead.starts_with('0')
        && rest.peek().is_some()
        && rest.all(|group| group.len() == 3 && digits(group))
        && digits(fraction);
    grouped
        .then(|| parse_decimal(&number.replace(',', "")))
        .flatten()
}

/// Reads a grade in percent: `4%`, `-2%` (or `−2%` and `–2%`, with the
/// minus sign or the en dash that text copied from a page or typed in a
/// word processor may hold in its place), `+1.5 %`, `3 percent`, or a bare
/// `5` (five percent); a bare `0.5`, a common treadmill setting, is half a
/// percent (the answer notes a grade below 1 % in case a fraction was
/// meant). The word is read as [`parse_load`](super::parse_load) reads it.
///
/// # Errors
/// [`WorkoutError::Grade`].
pub fn parse_grade(text: &str) -> Result<f64, WorkoutError> {
    let text = text.trim();
    let (sign, unsigned) = match text.strip_prefix(['-', '\u{2212}', '\u{2013}']) {
        Some(rest) => (-1.0, rest),
        None => (1.0, text.strip_prefix('+').unwrap_or(text)),
    };
    let (number, unit) = split_number(unsigned);
    let unit = unit.trim();
    if !(unit.is_empty() || unit_is(unit, PERCENT)) {
        return Err(WorkoutError::Grade);
    }
    let value = parse_decimal(number).ok_or(WorkoutError::Grade)?;
    Ok(sign * value)
}

/// How a grade's percent is written after its number.
const PERCENT: &[&str] = &["%", "percent"];

/// How heart rates are written after the number, as watches, forms and
/// clinical notes write them: `150 bpm`, `150/min`, `150 beats/min`.
const HEART_RATE_UNITS: [&str; 6] = [
    "bpm",
    "/min",
    "b/min",
    "beats/min",
    "beats per minute",
    "beats a minute",
];

/// Reads a heart rate: `150`, `150bpm`, `150/min` or `150 beats/min`.
///
/// # Errors
/// [`WorkoutError::HeartRate`], or [`WorkoutError::Signed`] for a sign in
/// front (`-150`).
pub fn parse_heart_rate(text: &str) -> Result<f64, WorkoutError> {
    unsigned(text, ("a heart rate", "150 or 150bpm"), read_heart_rate)
}

fn read_heart_rate(text: &str) -> Result<f64, WorkoutError> {
    let (number, unit) = split_number(text.trim());
    let unit = unit.trim();
    let known = HEART_RATE_UNITS
        .iter()
        .any(|written| unit.eq_ignore_ascii_case(written));
    if !(unit.is_empty() || known) {
        return Err(WorkoutError::HeartRate);
    }
    parse_decimal(number).ok_or(WorkoutError::HeartRate)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(actual: f64, expected: f64) -> bool {
        (actual - expected).abs() < 1e-9
    }

    #[test]
    fn a_speed_given_as_a_pace_or_a_pace_as_a_speed_is_told_for_what_it_is() {
        assert_eq!(parse_pace("10km/h"), Err(WorkoutError::SpeedNotPace));
        assert_eq!(parse_pace("6.5 mph"), Err(WorkoutError::SpeedNotPace));
        assert_eq!(parse_speed("5:30/km"), Err(WorkoutError::PaceNotSpeed));
        assert_eq!(parse_pace_or_bare("10kph"), Err(WorkoutError::SpeedNotPace));
        // In words too.
        assert_eq!(
            parse_pace("10 km per hour"),
            Err(WorkoutError::SpeedNotPace)
        );
        assert_eq!(parse_speed("5:30 per km"), Err(WorkoutError::PaceNotSpeed));
        // Neither: the plain complaint, and a bare time is no speed.
        assert_eq!(parse_pace("fast"), Err(WorkoutError::Pace));
        assert_eq!(parse_speed("fast"), Err(WorkoutError::Speed));
        assert_eq!(parse_speed("5:30"), Err(WorkoutError::Speed));
        // A bare number is a speed without its unit: asked for, as a
        // distance's is.
        for bare in ["10", " 6.5 ", "3,5"] {
            assert_eq!(parse_speed(bare), Err(WorkoutError::SpeedWithoutUnit));
        }
    }

    #[test]
    fn a_pace_per_mile_or_kilometre_becomes_a_speed() {
        // 9:30/mi: 1609.344 m in 9.5 min = 169.40 m/min.
        assert!(close(
            parse_pace("9:30/mi").unwrap().m_per_min(),
            1609.344 / 9.5
        ));
        // 6:00/km is 10 km/h.
        assert!(close(parse_pace("6:00/km").unwrap().km_per_h(), 10.0));
        assert!(close(parse_pace(" 6 / km ").unwrap().km_per_h(), 10.0));
        assert!(close(
            parse_pace("5:50/km").unwrap().m_per_min(),
            1000.0 / (5.0 + 50.0 / 60.0)
        ));
    }

    #[test]
    fn paces_without_a_unit_or_with_bad_seconds_are_refused() {
        for text in [
            "9:5/mi", "9:30/yd", "/km", "a:30/km", "-a:00/km", "", "9:600/mi",
        ] {
            assert_eq!(parse_pace(text), Err(WorkoutError::Pace), "{text:?}");
        }
        assert_eq!(parse_pace("9:30"), Err(WorkoutError::PaceWithoutUnit));
        assert_eq!(parse_pace("5m30s"), Err(WorkoutError::Pace));
        assert_eq!(parse_pace_or_bare("1h30"), Err(WorkoutError::Pace));
        assert_eq!(parse_pace("5m90s/km"), Err(WorkoutError::Pace));
        // Seconds of 60 or more are told as such, with or without the unit.
        for text in ["9:60/mi", "5:75/km", "5'75\"/km", "5:75", "5:60.5 per km"] {
            assert_eq!(parse_pace(text), Err(WorkoutError::PastSixty), "{text:?}");
        }
        assert_eq!(parse_pace_or_bare("5:75"), Err(WorkoutError::PastSixty));
    }

    #[test]
    fn speeds_take_miles_or_kilometres_per_hour() {
        assert!(close(
            parse_speed("6.5mph").unwrap().m_per_min(),
            6.5 * 26.8224
        ));
        assert!(close(parse_speed("10.5kph").unwrap().km_per_h(), 10.5));
        assert!(close(parse_speed("10.5km/h").unwrap().km_per_h(), 10.5));
        assert!(close(parse_speed("10.5 KM/H").unwrap().km_per_h(), 10.5));
        // In metres a second or a minute, as the models and wrun's JSON give it.
        assert!(close(parse_speed("3m/s").unwrap().m_per_min(), 180.0));
        assert!(close(
            parse_speed("178.82 m/min").unwrap().m_per_min(),
            178.82
        ));
        assert!(close(
            parse_speed("3 metres per second").unwrap().m_per_min(),
            180.0
        ));
        assert_eq!(parse_speed("3m/h"), Err(WorkoutError::Speed));
        // In words, or by hours written out.
        for text in ["10.5 km per hour", "10.5 kilometres/hr", "10.5 K Per Hour"] {
            assert!(
                close(parse_speed(text).unwrap().km_per_h(), 10.5),
                "{text:?}"
            );
        }
        for text in ["6.5 miles per hour", "6.5mi/h", "6.5 mile/hour"] {
            assert!(
                close(parse_speed(text).unwrap().m_per_min(), 6.5 * 26.8224),
                "{text:?}"
            );
        }
        for text in [
            "10 m/h",
            "fast",
            "-fast",
            "inf kph",
            "NaNmph",
            "10 km per minute",
            "10 per hour",
            "10 km/",
        ] {
            assert_eq!(parse_speed(text), Err(WorkoutError::Speed), "{text:?}");
        }
    }

    #[test]
    fn durations_read_units_or_clock_time() {
        for (text, minutes) in [
            ("45m", 45.0),
            ("45min", 45.0),
            ("1h10m", 70.0),
            ("1h 10m 30s", 70.5),
            ("2h", 120.0),
            ("90s", 1.5),
            ("45:00", 45.0),
            ("1:05:00", 65.0),
            ("0:30:30", 30.5),
        ] {
            assert!(
                close(parse_duration(text).unwrap().minutes(), minutes),
                "{text}"
            );
        }
        for text in [
            "10m1h",
            "1h1h",
            "45:0",
            "45 furlongs",
            "",
            "h",
            "1:2:3:4",
            // A bare number after seconds has no unit left to be in.
            "1h5m30s10",
            // Not a clock, even with its large part set to 00.
            "1:75:0",
        ] {
            assert_eq!(
                parse_duration(text),
                Err(WorkoutError::Duration),
                "{text:?}"
            );
        }
        // A bare number could be minutes or seconds: it is asked for its unit.
        for text in ["45", " 90 ", "1.5"] {
            assert_eq!(
                parse_duration(text),
                Err(WorkoutError::DurationWithoutUnit),
                "{text:?}"
            );
        }
        // A field after a larger one is below one of it, as on a clock.
        for text in [
            "1h75", "1h60m", "5m60s", "5m60", "1:60:00", "1:75", "1:00:60",
        ] {
            assert_eq!(
                parse_duration(text),
                Err(WorkoutError::PastSixty),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_sign_in_front_of_a_run_is_refused_in_so_many_words() {
        // No run is negative, and a plus sign names no sign of its own: a
        // value that reads without its sign is told so, as a mass is.
        let signed = |what, like| Some(WorkoutError::Signed(what, like));
        for text in ["-5km", "+5km", " -800m", "-half marathon"] {
            assert_eq!(
                parse_distance(text).err(),
                signed("a distance", "5km, 3.1mi or 800m"),
                "{text:?}"
            );
        }
        for text in ["-30m", "+1h30", "-45:00"] {
            assert_eq!(
                parse_duration(text).err(),
                signed("a duration", "45m, 1h30 or 45:00"),
                "{text:?}"
            );
        }
        for text in ["-5:00/km", "+9:30/mi"] {
            assert_eq!(
                parse_pace_or_bare(text).err(),
                signed("a pace", "9:30/mi or 5:50/km"),
                "{text:?}"
            );
            assert_eq!(
                parse_pace(text).err(),
                signed("a pace", "9:30/mi or 5:50/km"),
                "{text:?}"
            );
        }
        // A bare time too, where the runner's unit stands in for its
        // distance.
        assert_eq!(
            parse_pace_or_bare("-5:30").err(),
            signed("a pace", "9:30/mi or 5:50/km")
        );
        assert_eq!(
            parse_speed("-10kph").err(),
            signed("a speed", "6.5mph or 10.5km/h")
        );
        assert_eq!(
            parse_heart_rate("-150").err(),
            signed("a heart rate", "150 or 150bpm")
        );
        assert_eq!(
            WorkoutError::Signed("a distance", "5km, 3.1mi or 800m").to_string(),
            "expected a distance with no sign, like 5km, 3.1mi or 800m"
        );
        // A sign before what is no value keeps the plain complaint, and a
        // grade takes its sign.
        assert_eq!(parse_distance("-5 yards"), Err(WorkoutError::Distance));
        assert_eq!(parse_speed("-fast"), Err(WorkoutError::Speed));
        assert_eq!(parse_grade("-2%"), Ok(-2.0));
    }

    #[test]
    fn metres_may_group_their_thousands_with_commas_as_track_distances_are_written() {
        for (text, metres) in [
            ("5,000m", 5000.0),
            ("10,000 metres", 10_000.0),
            ("1,500m", 1500.0),
            ("21,097.5m", 21_097.5),
            ("100,000m", 100_000.0),
        ] {
            assert!(
                close(parse_distance(text).unwrap().metres(), metres),
                "{text:?}"
            );
        }
        // Anything else with a comma keeps it as a decimal comma: in
        // kilometres and miles, or not grouped in threes.
        for (text, metres) in [
            ("5,000km", 5000.0),
            ("5,5km", 5500.0),
            ("3,1mi", 3.1 * 1609.344),
            ("800,5m", 800.5),
            ("0,800m", 0.8),
        ] {
            assert!(
                close(parse_distance(text).unwrap().metres(), metres),
                "{text:?}"
            );
        }
        for text in ["5,000,0m", "5,00,000m", "5,000.5,5m", "5,000.m5"] {
            assert!(parse_distance(text).is_err(), "{text:?}");
        }
    }

    #[test]
    fn distances_take_kilometres_miles_or_metres() {
        assert!(close(parse_distance("5km").unwrap().metres(), 5000.0));
        assert!(close(
            parse_distance("3.1mi").unwrap().metres(),
            3.1 * 1609.344
        ));
        assert!(close(parse_distance("800m").unwrap().metres(), 800.0));
        assert!(close(parse_distance("10 k").unwrap().km(), 10.0));
        // A road race by name.
        assert!(close(parse_distance("marathon").unwrap().km(), 42.195));
        for half in ["half marathon", "Half-Marathon", " half  marathon ", "half"] {
            assert!(
                close(parse_distance(half).unwrap().km(), 21.0975),
                "{half:?}"
            );
        }
        for text in ["5 yards", "-5 yards", "km", "ultra", "quarter marathon"] {
            assert_eq!(
                parse_distance(text),
                Err(WorkoutError::Distance),
                "{text:?}"
            );
        }
        // A bare number could be kilometres or miles: it is asked for its unit.
        for text in ["5", "13.1", " 10 "] {
            assert_eq!(
                parse_distance(text),
                Err(WorkoutError::DistanceWithoutUnit),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_split_is_a_distance_or_one_of_a_unit_named_alone() {
        assert!(close(parse_split("500m").unwrap().metres(), 500.0));
        assert!(close(parse_split("half").unwrap().km(), 21.0975));
        for (text, km) in [
            ("mile", 1.609_344),
            ("Mi", 1.609_344),
            ("km", 1.0),
            (" k ", 1.0),
        ] {
            assert!(close(parse_split(text).unwrap().km(), km), "{text:?}");
        }
        // A unit alone is read so for a split only; anything else keeps
        // the distance's error.
        assert_eq!(parse_distance("mile"), Err(WorkoutError::Distance));
        assert_eq!(parse_split("yard"), Err(WorkoutError::Distance));
        assert_eq!(parse_split("5"), Err(WorkoutError::DistanceWithoutUnit));
        assert_eq!(parse_split("-mile"), Err(WorkoutError::Distance));
    }

    #[test]
    fn grades_are_percents_with_or_without_the_sign_even_below_one() {
        assert!(close(parse_grade("4%").unwrap(), 4.0));
        assert!(close(parse_grade("-2%").unwrap(), -2.0));
        assert!(close(parse_grade("+1.5 %").unwrap(), 1.5));
        assert!(close(parse_grade("5").unwrap(), 5.0));
        assert!(close(parse_grade("-8").unwrap(), -8.0));
        assert!(close(parse_grade("0").unwrap(), 0.0));
        assert!(close(parse_grade("0.5%").unwrap(), 0.5));
        // A treadmill's 0.5 is half a percent (the answer notes it).
        for (text, percent) in [("0.5", 0.5), ("-0.04", -0.04), (".5", 0.5), ("0,5", 0.5)] {
            assert!(close(parse_grade(text).unwrap(), percent), "{text:?}");
        }
        // The minus sign of typeset text, as copied from a page, and the
        // en dash that pages and word processors set in its place.
        assert!(close(parse_grade("\u{2212}5%").unwrap(), -5.0));
        assert!(close(parse_grade("\u{2013}5%").unwrap(), -5.0));
        assert!(close(parse_grade(" \u{2013}0,5 ").unwrap(), -0.5));
        // In words, as a load's share is read.
        for (text, percent) in [("5 percent", 5.0), ("-2 Percent", -2.0), ("3PERCENT", 3.0)] {
            assert!(close(parse_grade(text).unwrap(), percent), "{text:?}");
        }
        for text in [
            "%",
            "--2%",
            "4%%",
            "four%",
            "percent",
            "5% percent",
            "5 per cent",
            // A range of grades is no grade, nor is a dash twice.
            "5\u{2013}8%",
            "\u{2013}\u{2013}5%",
            "-\u{2013}5%",
        ] {
            assert_eq!(parse_grade(text), Err(WorkoutError::Grade), "{text:?}");
        }
    }

    #[test]
    fn paces_are_read_as_runners_write_them() {
        // 5:30 per km: 1000 m in 5.5 minutes.
        for text in [
            "5:30/km",
            "5:30 min/km",
            "5:30min/km",
            "5.5 min/km",
            "5'30\"/km",
            // As a phone's keyboard curls the marks, and as primes.
            "5’30”/km",
            "5′30″/km",
            "5,5/km",
            "5:30.0/km",
            "0:05:30.0/km",
            // As a time in units, the way durations are written.
            "5m30s/km",
            "5m30/km",
            "5 min 30 s/km",
            "5 min 30 sec per km",
        ] {
            assert!(
                close(parse_pace(text).unwrap().m_per_min(), 1000.0 / 5.5),
                "{text:?}"
            );
        }
        assert!(close(
            parse_pace("5:30min/mi").unwrap().m_per_min(),
            1609.344 / 5.5
        ));
        // In words, as a spreadsheet's header or a coach's note puts it.
        for (text, metres) in [
            ("5:30 per km", 1000.0),
            ("5.5 minutes per kilometre", 1000.0),
            ("5:30 min per mile", 1609.344),
            ("5:30 Per Mile", 1609.344),
            ("5.5 minutes/mi", 1609.344),
        ] {
            assert!(
                close(parse_pace(text).unwrap().m_per_min(), metres / 5.5),
                "{text:?}"
            );
        }
        assert_eq!(split_per(" min per km "), Some(("min ", "km")));
        assert_eq!(split_per("Per Mile"), Some(("", "Mile")));
        assert_eq!(split_per("mm:ss/km"), Some(("mm:ss", "km")));
        assert_eq!(split_per("perkm"), None);
        for text in ["5:30 per", "per km", "5:30 per hour", "5:30 perkm"] {
            assert_eq!(parse_pace(text), Err(WorkoutError::Pace), "{text:?}");
        }
        assert_eq!(parse_pace("5:30"), Err(WorkoutError::PaceWithoutUnit));
        assert_eq!(parse_pace("fast"), Err(WorkoutError::Pace));
    }

    #[test]
    fn durations_are_read_as_runners_write_them() {
        for (text, minutes) in [
            ("1h30", 90.0),
            ("1h30m", 90.0),
            ("1:30:00", 90.0),
            ("90min", 90.0),
            ("1.5h", 90.0),
            ("1,5h", 90.0),
            ("5m30", 5.5),
            ("1h59", 119.0),
            ("1h90s", 61.5),
        ] {
            assert!(
                close(parse_duration(text).unwrap().minutes(), minutes),
                "{text:?}"
            );
        }
        // A bare a:bb has two readings while both are runs of at most a day.
        let day = Duration::from_minutes(24.0 * 60.0);
        let (short, long) = clock_readings("1:30", day).unwrap();
        assert!(close(short.minutes(), 1.5) && close(long.minutes(), 90.0));
        assert_eq!(clock_readings("45:00", day), None, "45 hours is no run");
        assert_eq!(clock_readings("1:30:00", day), None);
        assert_eq!(clock_readings("90m", day), None);
        // Seconds with a fraction, as a spreadsheet's mm:ss.0 cells hold
        // them, are seconds: 1:30.5 is a minute and a half and a bit.
        assert_eq!(clock_readings("1:30.5", day), None);
        for (text, minutes) in [
            ("30:00.0", 30.0),
            ("1:30.5", 1.0 + 30.5 / 60.0),
            ("0:30:30,0", 30.5),
        ] {
            assert!(
                close(parse_duration(text).unwrap().minutes(), minutes),
                "{text:?}"
            );
        }
        assert_eq!(parse_duration("30:60.0"), Err(WorkoutError::PastSixty));
        for text in ["30:00.", "30:0.5", "30:00.5.1", "30:00.x", "1:30.5:00"] {
            assert_eq!(
                parse_duration(text),
                Err(WorkoutError::Duration),
                "{text:?}"
            );
        }
    }

    #[test]
    fn heart_rates_are_plain_numbers_or_in_beats_a_minute_however_written() {
        for text in [
            "150",
            "150 bpm",
            "150BPM",
            "150/min",
            "150 b/min",
            "150 beats/min",
            "150 Beats per minute",
        ] {
            assert!(close(parse_heart_rate(text).unwrap(), 150.0), "{text:?}");
        }
        for text in [
            "",
            "fast",
            "150 rpm",
            "-sixty",
            "150 /",
            "150 beats",
            "150 per minute",
        ] {
            assert_eq!(
                parse_heart_rate(text),
                Err(WorkoutError::HeartRate),
                "{text:?}"
            );
        }
    }

    #[test]
    fn numbers_that_convert_past_a_float_are_refused_not_read_as_infinity() {
        // Found by the parse_speed fuzz target: a 300-digit mph figure is a
        // finite number but an infinite speed in metres per minute.
        let huge = format!("1{}", "0".repeat(308));
        assert_eq!(parse_speed(&format!("{huge}mph")), Err(WorkoutError::Speed));
        assert_eq!(
            parse_distance(&format!("{huge}mi")),
            Err(WorkoutError::Distance)
        );
        assert_eq!(
            parse_duration(&format!("{huge}h")),
            Err(WorkoutError::Duration)
        );
        assert_eq!(
            parse_duration(&format!("{huge}:00:00")),
            Err(WorkoutError::Duration)
        );
        assert_eq!(parse_pace("0:00/km"), Err(WorkoutError::Pace));
    }
}
