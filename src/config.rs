//! The runner's profile: a TOML file of defaults for the runner flags, so
//! that a quick lookup needs no `--weight`.
//!
//! It lives at the platform's config directory (`$XDG_CONFIG_HOME/wrun/
//! config.toml` on Linux), or where `WRUN_CONFIG` points. Flags win over
//! their variables, which win over the profile, which wins over wrun's own
//! defaults. Every value is read with the same parsers as the command line,
//! and a bad one is reported with the file, the line, the key and what is
//! accepted.

use std::path::{Path, PathBuf};

use etcetera::BaseStrategy;
use serde::Deserialize;
use toml::Spanned;

use crate::cli::{Field, aliased, ids, looks_like, normalize, not_named};
use crate::error::Error;
use crate::guidance::{Condition, Height, Level, Named, RunnerFigure, Unit};
use crate::parse::{
    MassInput, parse_age, parse_heart_rate, parse_height, parse_mass, parse_unit, parse_vo2max,
};

/// The keys a profile may hold, in the order `wrun config show` lists them.
pub(crate) const KEYS: &[Field] = &[
    Field::Weight,
    Field::Unit,
    Field::Level,
    Field::Conditions,
    Field::Increment,
    Field::RestingHr,
    Field::MaxHr,
    Field::Height,
    Field::Age,
    Field::Vo2max,
];

/// A value read from the profile, with the line it stands on.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Entry<T> {
    /// The value.
    pub value: T,
    /// The value as written, for messages.
    pub text: String,
    /// The 1-based line of the key.
    pub line: usize,
}

/// A profile, read and checked.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Profile {
    /// Where it was read from; `None` when there was none.
    pub path: Option<PathBuf>,
    pub weight: Option<Entry<MassInput>>,
    pub unit: Option<Entry<Unit>>,
    pub level: Option<Entry<Level>>,
    pub conditions: Option<Entry<Vec<Condition>>>,
    pub increment: Option<Entry<MassInput>>,
    pub resting_hr: Option<Entry<f64>>,
    pub max_hr: Option<Entry<f64>>,
    pub height: Option<Entry<Height>>,
    pub age: Option<Entry<f64>>,
    pub vo2max: Option<Entry<f64>>,
    /// Keys whose value could not be read, with why: an error only where
    /// the value is needed and nothing else gives it.
    pub problems: Vec<Unread<Field>>,
    /// Keys wrun does not know, each with why, naming its line: an error
    /// for every command that reads the profile, since a misspelt key
    /// (`condtions`) would otherwise drop what it says without a word.
    pub unknown: Vec<Unread<String>>,
}

/// A line of the profile wrun does not read: its key, the line it stands
/// on, and why, naming the file and the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unread<K> {
    pub key: K,
    pub line: usize,
    pub why: String,
}

/// Where the profile is: `WRUN_CONFIG` when set, else the platform's config
/// directory. `None` when neither can be told (no home directory).
pub(crate) fn path(var: impl Fn(&str) -> Option<String>) -> Option<PathBuf> {
    if let Some(path) = var("WRUN_CONFIG").filter(|path| !path.is_empty()) {
        return Some(PathBuf::from(path));
    }
    etcetera::choose_base_strategy()
        .ok()
        .map(|strategy| strategy.config_dir().join("wrun").join("config.toml"))
}

/// How a profile value wrun refuses is told: `PATH, line N: invalid value
/// 'TEXT' for 'KEY': WHY`.
pub(crate) fn invalid(
    path: &Path,
    line: usize,
    text: &str,
    key: &str,
    why: impl std::fmt::Display,
) -> String {
    format!(
        "{}, line {line}: invalid value '{text}' for '{key}': {why}",
        path.display()
    )
}

/// What is wrong with a profile that is not TOML, in one line that names
/// the line, the key and the value written where it can: an unquoted word
/// (`weight = 150lb`, the commonest slip) is an invalid value that wants
/// quotes, a key written twice names itself and both lines, and anything
/// else quotes the line that TOML cannot read.
fn not_toml(text: &str, path: &Path, err: &toml::de::Error) -> String {
    let span = err.span().unwrap_or_default();
    let line = line_of(text, span.start);
    let written = text.lines().nth(line - 1).unwrap_or_default().trim();
    let key = key_of(written);
    let pointed = text.get(span).unwrap_or_default().trim();
    let value = crate::error::escape_invisible(pointed);
    let written = crate::error::escape_invisible(written);
    let why = err.message().trim().replace('\n', " ");
    let path = path.display();
    match key {
        Some(key) if why.starts_with("string values must be quoted") && !value.is_empty() => {
            format!(
                "{path}, line {line}: invalid value '{value}' for '{key}': text in a profile \
                 goes in quotes (\"{value}\")"
            )
        }
        Some(key) if why.starts_with("string values must be quoted") => {
            format!("{path}, line {line}: no value for '{key}'; expected {key} = value")
        }
        // TOML's span is the key written again; the line it was set on
        // before is the nearest above that sets it (in a table, or in an
        // inline one on the same line, there may be none).
        _ if why == "duplicate key" => {
            let again = unquoted(pointed);
            let shown = crate::error::escape_invisible(again);
            let first = text
                .lines()
                .take(line - 1)
                .enumerate()
                .filter(|(_, other)| key_of(other.trim()) == Some(again))
                .map(|(index, _)| index + 1)
                .last();
            match first {
                Some(first) => format!(
                    "{path}, line {line}: '{shown}' is set twice (lines {first} and {line}); \
                     keep one"
                ),
                None => format!("{path}, line {line}: '{shown}' is set twice; keep one"),
            }
        }
        _ if written.is_empty() => format!("{path}, line {line}: {why}"),
        _ => format!(
            "{path}, line {line}: cannot read '{written}': {why}; a profile line reads \
             key = value"
        ),
    }
}

/// The key a profile line sets (`weight` in `weight = 150` or `"weight" =
/// 150`), if it sets one of letters, digits, `_` and `-`.
fn key_of(line: &str) -> Option<&str> {
    let (key, _) = line.split_once('=')?;
    let key = unquoted(key.trim());
    let bare = !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    bare.then_some(key)
}

/// A TOML key without the quotes it may be written in (`"weight"`,
/// `'weight'`).
fn unquoted(key: &str) -> &str {
    ['"', '\'']
        .into_iter()
        .find_map(|quote| key.strip_prefix(quote)?.strip_suffix(quote))
        .unwrap_or(key)
}

/// The 1-based line of the byte at `offset` in `text`.
fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The top-level keys of the TOML document `table`, parsed from `text`,
/// each with its line, in the order written.
fn key_lines(text: &str, table: &toml::de::DeTable<'_>) -> Vec<(String, usize)> {
    let mut keys: Vec<_> = table
        .keys()
        .map(|key| (key.span().start, key.get_ref().to_string()))
        .collect();
    keys.sort_unstable();
    keys.into_iter()
        .map(|(at, key)| (key, line_of(text, at)))
        .collect()
}

/// Takes the value of `key` out of `table`, parsed from `text`, with where
/// it stands. A number too large to read (`1e400`) is kept as written, for
/// the key's own reader to refuse as it refuses the same text in quotes.
fn take(text: &str, table: &mut toml::de::DeTable<'_>, key: Field) -> Option<Spanned<toml::Value>> {
    let (_, value) = table.remove_entry(key.key())?;
    let span = value.span();
    let read =
        toml::Value::deserialize(toml::de::ValueDeserializer::from(value)).unwrap_or_else(|_| {
            toml::Value::String(text.get(span.clone()).unwrap_or_default().to_owned())
        });
    Some(Spanned::new(span, read))
}

/// The keys among `keys` (with their lines) that are not among [`KEYS`],
/// each with why it is not read, naming `path` and the line.
fn unknown_keys(keys: &[(String, usize)], path: &Path) -> Vec<Unread<String>> {
    keys.iter()
        .filter(|(key, _)| !KEYS.iter().any(|field| field.key() == key))
        .map(|(key, line)| Unread {
            key: key.clone(),
            line: *line,
            why: format!("{}, line {line}: {}", path.display(), unknown_key(key)),
        })
        .collect()
}

/// Why `key` is not read: it is unknown, the known key it looks like when
/// it is a near miss, and the keys there are.
fn unknown_key(key: &str) -> String {
    let keys: Vec<&str> = KEYS.iter().map(|field| field.key()).collect();
    let wanted = normalize(key);
    let near = keys
        .iter()
        .find(|known| normalize(known) == wanted || looks_like(&wanted, known))
        .map(|known| format!(", which looks like '{known}'"))
        .or_else(|| {
            // Another name for a key (`experience`, as a roster heads it).
            let field = aliased(&wanted).filter(|field| KEYS.contains(field))?;
            Some(format!("; the profile calls it '{}'", field.key()))
        })
        .unwrap_or_default();
    format!(
        "unknown key '{key}'{near}; the keys are: {}",
        keys.join(", ")
    )
}

impl Profile {
    /// Reads the profile at `path` for a command: [`Self::read`], and a
    /// key wrun does not know refused.
    ///
    /// # Errors
    /// As [`Self::read`], and [`Error::Usage`] for the first unknown key,
    /// naming the file, the line and the keys there are.
    pub(crate) fn load(path: &Path, named_by: Option<&'static str>) -> Result<Self, Error> {
        let profile = Self::read(path, named_by)?;
        match profile.unknown.first() {
            Some(unknown) => Err(Error::Usage(unknown.why.clone())),
            None => Ok(profile),
        }
    }

    /// Reads the profile at `path`; an absent file is an empty profile,
    /// unless `named_by` names what asked for it (`--config`,
    /// `WRUN_CONFIG`). Bad values and unknown keys are kept aside.
    ///
    /// # Errors
    /// [`Error::Input`] or [`Error::Profile`] when the file cannot be read,
    /// [`Error::Usage`] when it is not TOML, naming the file and the line.
    pub(crate) fn read(path: &Path, named_by: Option<&'static str>) -> Result<Self, Error> {
        let text = read_capped(path).and_then(|bytes| {
            String::from_utf8(crate::input::utf8_bytes(bytes)).map_err(|_| {
                std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    "not UTF-8 text (nor UTF-16 with its byte order mark)",
                )
            })
        });
        let text = match text {
            Ok(text) => text,
            Err(source) => {
                let path = path.display().to_string();
                return match named_by {
                    Some(by) => Err(Error::Profile { path, by, source }),
                    None if source.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
                    None => Err(Error::Input { path, source }),
                };
            }
        };
        Self::parse(&text, path)
    }

    /// Reads a profile from `text`, naming `path` in messages. Bad values
    /// and unknown keys are kept aside.
    ///
    /// # Errors
    /// [`Error::Usage`] when `text` is not TOML.
    pub(crate) fn parse(text: &str, path: &Path) -> Result<Self, Error> {
        let mut table = toml::de::DeTable::parse(text)
            .map_err(|err| Error::Usage(not_toml(text, path, &err)))?
            .into_inner();
        let keys = key_lines(text, &table);
        let mut profile = Self {
            path: Some(path.to_owned()),
            unknown: unknown_keys(&keys, path),
            ..Self::default()
        };
        let entry = |field: Field, spanned: Spanned<toml::Value>| {
            let key = field.key();
            let line = line_of(text, spanned.span().start);
            let text = match spanned.get_ref() {
                toml::Value::String(text) => text.clone(),
                other => other.to_string(),
            };
            let bad = move |why: String| Error::Usage(invalid(path, line, &text, key, why));
            (line, spanned.into_inner(), bad)
        };
        // A bad value is kept aside rather than refused here: it is an error
        // only for a command that needs it and gets it from nowhere else.
        let mut problems = Vec::new();
        let mut keep = |field: Field, result: Result<(), Error>| {
            if let Err(err) = result {
                // The value's key is among the keys read, on its line.
                let line = keys.iter().find(|(key, _)| key == field.key());
                problems.push(Unread {
                    key: field,
                    line: line.map_or(1, |(_, line)| *line),
                    why: err.to_string(),
                });
            }
        };
        if let Some(value) = take(text, &mut table, Field::Weight) {
            keep(
                Field::Weight,
                mass(entry(Field::Weight, value)).map(|e| profile.weight = Some(e)),
            );
        }
        if let Some(value) = take(text, &mut table, Field::Increment) {
            let read = mass(entry(Field::Increment, value));
            keep(Field::Increment, read.map(|e| profile.increment = Some(e)));
        }
        if let Some(value) = take(text, &mut table, Field::Unit) {
            let (line, value, bad) = entry(Field::Unit, value);
            let read = string(&value)
                .and_then(|text| parse_unit(&text).map(|unit| (unit, text)))
                .ok_or_else(|| bad("expected lb or kg".into()));
            keep(
                Field::Unit,
                read.map(|(value, text)| profile.unit = Some(Entry { value, text, line })),
            );
        }
        if let Some(value) = take(text, &mut table, Field::Level) {
            let (line, value, bad) = entry(Field::Level, value);
            let read = string(&value)
                .ok_or_else(|| bad(expected::<Level>()))
                .and_then(|text| match Level::from_name(&text) {
                    Ok(level) => Ok((level, text)),
                    Err(_) => Err(bad(not_named::<Level>(&text))),
                });
            keep(
                Field::Level,
                read.map(|(value, text)| profile.level = Some(Entry { value, text, line })),
            );
        }
        if let Some(value) = take(text, &mut table, Field::Conditions) {
            keep(
                Field::Conditions,
                conditions(entry(Field::Conditions, value)).map(|e| profile.conditions = Some(e)),
            );
        }
        if let Some(value) = take(text, &mut table, Field::RestingHr) {
            let read = parsed(entry(Field::RestingHr, value), resting_hr);
            keep(Field::RestingHr, read.map(|e| profile.resting_hr = Some(e)));
        }
        if let Some(value) = take(text, &mut table, Field::MaxHr) {
            let read = parsed(entry(Field::MaxHr, value), max_hr);
            keep(Field::MaxHr, read.map(|e| profile.max_hr = Some(e)));
        }
        if let Some(value) = take(text, &mut table, Field::Height) {
            let read = parsed(entry(Field::Height, value), height);
            keep(Field::Height, read.map(|e| profile.height = Some(e)));
        }
        if let Some(value) = take(text, &mut table, Field::Age) {
            keep(
                Field::Age,
                parsed(entry(Field::Age, value), age).map(|e| profile.age = Some(e)),
            );
        }
        if let Some(value) = take(text, &mut table, Field::Vo2max) {
            let read = parsed(entry(Field::Vo2max, value), vo2max);
            keep(Field::Vo2max, read.map(|e| profile.vo2max = Some(e)));
        }
        profile.problems = problems;
        Ok(profile)
    }

    /// Why `key`'s value could not be read, when it could not.
    pub(crate) fn problem(&self, field: Field) -> Option<&str> {
        self.problems
            .iter()
            .find(|bad| bad.key == field)
            .map(|bad| bad.why.as_str())
    }

    /// The error for `key` when its value is needed: its problem, if any.
    ///
    /// # Errors
    /// [`Error::Usage`] with the problem's message.
    pub(crate) fn need(&self, field: Field) -> Result<(), Error> {
        self.problem(field)
            .map_or(Ok(()), |why| Err(Error::Usage(why.to_owned())))
    }

    /// How to name `field`'s key in this profile in a message: `weight in
    /// PATH, line N`.
    pub(crate) fn name(&self, field: Field, line: usize) -> String {
        let key = field.key();
        let path = self.path.as_deref().map_or_else(
            || "the profile".to_owned(),
            |path| path.display().to_string(),
        );
        format!("{key} in {path}, line {line}")
    }
}

/// "expected one of: …" for a vocabulary.
fn expected<T: Named>() -> String {
    crate::error::one_of(None, &ids::<T>())
}

/// A string value's text.
fn string(value: &toml::Value) -> Option<String> {
    value.as_str().map(str::to_owned)
}

/// A string's or a number's text.
fn scalar(value: &toml::Value) -> Option<String> {
    match value {
        toml::Value::String(text) => Some(text.clone()),
        toml::Value::Integer(number) => Some(number.to_string()),
        toml::Value::Float(number) => Some(number.to_string()),
        _ => None,
    }
}

/// A list of conditions: `["knee-pain", "back-pain"]` or `"knee-pain,back-pain"`;
/// `"none"` (or `["none"]`, or another word for none) for none.
fn conditions(
    (line, value, bad): (usize, toml::Value, impl Fn(String) -> Error),
) -> Result<Entry<Vec<Condition>>, Error> {
    let names: Vec<String> = match &value {
        toml::Value::Array(items) => items
            .iter()
            .map(|item| string(item).ok_or_else(|| bad(expected::<Condition>())))
            .collect::<Result<_, _>>()?,
        toml::Value::String(text) => text.split(',').map(str::to_owned).collect(),
        _ => return Err(bad(expected::<Condition>())),
    };
    // A word for none, alone or as a list's one item.
    let none = matches!(names.as_slice(), [one] if Condition::means_none(one));
    let listed = names.iter().filter(|name| !name.trim().is_empty()).count();
    let unknown = |name: &str| match listed {
        // One name is the value quoted; among several, say which one.
        0 | 1 => bad(crate::cli::not_a_condition(name)),
        _ => bad(format!(
            "no condition is called '{}'; {}",
            name.trim(),
            crate::cli::not_a_condition(name)
        )),
    };
    let value = names
        .iter()
        .filter(|name| !none && !name.trim().is_empty())
        .map(|name| Condition::from_name(name).map_err(|_| unknown(name)))
        .collect::<Result<_, _>>()?;
    Ok(Entry {
        value,
        text: names.join(","),
        line,
    })
}

// The runner's figures as a profile gives them, within wrun's ranges: a
// value out of range is kept aside as one that cannot be read is, so that
// `config show` points at it and only a command that needs it fails.

fn resting_hr(text: &str) -> Result<f64, String> {
    checked(parse_heart_rate(text), RunnerFigure::RestingHr)
}

fn max_hr(text: &str) -> Result<f64, String> {
    checked(parse_heart_rate(text), RunnerFigure::MaxHr)
}

fn age(text: &str) -> Result<f64, String> {
    checked(parse_age(text), RunnerFigure::Age)
}

fn vo2max(text: &str) -> Result<f64, String> {
    checked(parse_vo2max(text), RunnerFigure::Vo2max)
}

fn height(text: &str) -> Result<Height, String> {
    checked(parse_height(text), RunnerFigure::Height)
}

/// A figure as read, if wrun accepts it as `figure`; else why not.
fn checked<T: Copy, E: std::fmt::Display>(
    read: Result<T, E>,
    figure: fn(T) -> RunnerFigure,
) -> Result<T, String> {
    let value = read.map_err(|err| err.to_string())?;
    figure(value).check().map_err(|err| err.to_string())?;
    Ok(value)
}

/// A value read by `parse` from a string or a number: a heart rate, a
/// height, an age.
fn parsed<T, E: std::fmt::Display>(
    (line, value, bad): (usize, toml::Value, impl Fn(String) -> Error),
    parse: fn(&str) -> Result<T, E>,
) -> Result<Entry<T>, Error> {
    let text = scalar(&value).ok_or_else(|| bad("expected a string or a number".into()))?;
    let value = parse(&text).map_err(|err| bad(err.to_string()))?;
    Ok(Entry { value, text, line })
}

/// A mass value: `"72kg"`, `72`, `72.5`.
fn mass(
    (line, value, bad): (usize, toml::Value, impl Fn(String) -> Error),
) -> Result<Entry<MassInput>, Error> {
    let text = scalar(&value).ok_or_else(|| {
        bad("expected a number with an optional unit, like 150 or \"68kg\"".into())
    })?;
    let mass = parse_mass(&text).map_err(|err| bad(err.to_string()))?;
    Ok(Entry {
        value: mass,
        text,
        line,
    })
}

/// The commented profile `wrun config init` writes.
pub(crate) const TEMPLATE: &str = "\
# wrun's profile: defaults for the runner flags. A flag wins over its
# WRUN_* variable, which wins over this file. Remove the # to use a line.

# Body weight, with a unit (\"72kg\", \"158lb\", \"11st 4lb\") or a number in `unit`.
# weight = \"72kg\"

# Unit of plain numbers and of text: \"lb\" or \"kg\".
# unit = \"kg\"

# Running experience: \"beginner\", \"intermediate\" or \"experienced\".
# level = \"intermediate\"

# Conditions that make load riskier: \"overweight\", \"knee-pain\", \"back-pain\".
# conditions = [\"knee-pain\"]

# The step your weights come in (\"2.5lb\", \"1kg\").
# increment = \"1kg\"

# Resting (30 to 120) and maximum (100 to 230) heart rate, in bpm: for the
# heart rate with the weight, and for your aerobic ceiling.
# resting_hr = 55
# max_hr = 185

# Height (1.78m, 178cm, 5ft10): a body-mass index of 30 or more counts as
# overweight, where the article warns about vests.
# height = \"1.78m\"

# Age in years (your maximum heart rate is estimated from it when max_hr is
# not given; past 50 it lowers the VO2max assumed for your level; under 18,
# the answer cautions that its loads and figures are an adult's) and
# VO2max in mL/kg/min, for whether a run fits you.
# age = 35
# vo2max = 48
";

/// The most a profile may hold: a few hundred bytes fill one; more is not
/// a profile (`/dev/zero`, say), and is not read on.
const PROFILE_LIMIT: u64 = 1 << 20;

/// The bytes of the file at `path`, when they are no more than
/// [`PROFILE_LIMIT`].
fn read_capped(path: &Path) -> std::io::Result<Vec<u8>> {
    crate::input::at_most(std::fs::File::open(path)?, PROFILE_LIMIT)?.ok_or_else(|| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!(
                "more than {} MiB, more than any profile",
                PROFILE_LIMIT >> 20
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Profile, Error> {
        Profile::parse(text, Path::new("/home/ana/.config/wrun/config.toml"))
    }

    #[test]
    fn every_key_is_read_with_the_command_lines_parsers() {
        let profile = parse(
            "weight = \"72kg\"\nunit = \"KG\"\nlevel = \"beginner\"\nconditions = [\"knee-pain\"]\n\
             increment = 1\nresting_hr = 52\nmax_hr = \"188\"\n",
        )
        .unwrap();
        assert_eq!(profile.weight.unwrap().value.unit, Some(Unit::Kg));
        assert_eq!(profile.unit.unwrap().value, Unit::Kg);
        assert_eq!(profile.level.unwrap().value, Level::Beginner);
        assert_eq!(profile.conditions.unwrap().value, [Condition::KneePain]);
        assert_eq!(profile.increment.unwrap().value.unit, None);
        assert!((profile.resting_hr.unwrap().value - 52.0).abs() < 1e-9);
        assert_eq!(profile.max_hr.unwrap().line, 7);
    }

    #[test]
    fn conditions_are_a_list_a_string_split_on_commas_or_none() {
        let conditions = |text: &str| {
            let profile = parse(&format!("conditions = {text}")).unwrap();
            let entry = profile.conditions.expect("read");
            (entry.value, entry.text)
        };
        assert_eq!(
            conditions("[\"knee\", \"back pain\"]"),
            (
                vec![Condition::KneePain, Condition::BackPain],
                "knee,back pain".to_owned()
            )
        );
        assert_eq!(
            conditions("\"knee-pain, overweight\""),
            (
                vec![Condition::KneePain, Condition::Overweight],
                "knee-pain, overweight".to_owned()
            )
        );
        assert_eq!(conditions("\"None\""), (vec![], "None".to_owned()));
        assert_eq!(conditions("[\"n/a\"]"), (vec![], "n/a".to_owned()));
        assert_eq!(conditions("\"-\""), (vec![], "-".to_owned()));
        assert!(
            parse("conditions = \"none, knee\"")
                .unwrap()
                .conditions
                .is_none()
        );
    }

    #[test]
    fn a_list_of_conditions_with_an_unknown_one_names_it() {
        let profile = parse("conditions = \"knee, ankle\"\n").unwrap();
        assert_eq!(profile.conditions, None);
        assert_eq!(
            profile.problem(Field::Conditions),
            Some(
                "/home/ana/.config/wrun/config.toml, line 1: invalid value 'knee, ankle' for 'conditions': no condition \
                 is called 'ankle'; expected one of: overweight, knee-pain, back-pain"
            )
        );
        let profile = parse("conditions = [\"knee\", \"ankel\"]\n").unwrap();
        assert_eq!(
            profile.problem(Field::Conditions),
            Some(
                "/home/ana/.config/wrun/config.toml, line 1: invalid value '[\"knee\", \"ankel\"]' for 'conditions': no \
                 condition is called 'ankel'; expected one of: overweight, knee-pain, back-pain"
            )
        );
        // One name alone is the value the message quotes.
        let profile = parse("conditions = \"ankle\"\n").unwrap();
        assert_eq!(
            profile.problem(Field::Conditions),
            Some(
                "/home/ana/.config/wrun/config.toml, line 1: invalid value 'ankle' for 'conditions': expected one of: \
                 overweight, knee-pain, back-pain"
            )
        );
    }

    #[test]
    fn a_bad_value_is_kept_aside_naming_the_file_the_line_the_key_and_what_is_accepted() {
        // The other values are read; the bad one is an error only where needed.
        let profile = parse("# me\nweight = \"heavy\"\nunit = \"kg\"\n").unwrap();
        assert_eq!(profile.weight, None);
        assert_eq!(profile.unit.as_ref().map(|unit| unit.value), Some(Unit::Kg));
        assert_eq!(
            profile.problem(Field::Weight),
            Some(
                "/home/ana/.config/wrun/config.toml, line 2: invalid value 'heavy' for 'weight': \
                 expected a number with an optional unit, like 150, 150lb or 68.5kg"
            )
        );
        assert_eq!(profile.problem(Field::Unit), None);
        assert_eq!(profile.problems[0].line, 2);
        let err = parse("level = \"pro\"")
            .unwrap()
            .need(Field::Level)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("line 1: invalid value 'pro' for 'level'"),
            "{err}"
        );
        assert!(err.contains("expected one of: beginner, intermediate, experienced"));
    }

    #[test]
    fn a_number_too_large_to_read_is_kept_aside_as_written() {
        // TOML reads none as a number; the rest of the file still counts,
        // and a key wrun does not know is unknown whatever its value.
        let profile =
            parse("weight = 1e400\nage = 99999999999999999999\nunit = \"kg\"\npace = 1e400\n")
                .unwrap();
        assert_eq!(profile.unit.as_ref().map(|unit| unit.value), Some(Unit::Kg));
        assert_eq!(profile.unknown[0].key, "pace");
        assert_eq!(
            profile.problem(Field::Weight),
            Some(
                "/home/ana/.config/wrun/config.toml, line 1: invalid value '1e400' for 'weight': \
                 expected a number with an optional unit, like 150, 150lb or 68.5kg"
            )
        );
        let age = profile.problem(Field::Age).unwrap();
        assert!(
            age.starts_with(
                "/home/ana/.config/wrun/config.toml, line 2: invalid value \
                 '99999999999999999999' for 'age': "
            ),
            "{age}"
        );
    }

    #[test]
    fn an_unknown_key_is_kept_aside_naming_its_line_and_the_key_it_looks_like() {
        let profile = parse("weight = 70\nwieght = 71\n").unwrap();
        assert_eq!(profile.weight.map(|weight| weight.text), Some("70".into()));
        assert_eq!(
            profile.unknown,
            [Unread {
                key: "wieght".to_owned(),
                line: 2,
                why: "/home/ana/.config/wrun/config.toml, line 2: unknown key 'wieght', which \
                      looks like 'weight'; the keys are: weight, unit, level, conditions, \
                      increment, resting_hr, max_hr, height, age, vo2max"
                    .to_owned()
            }]
        );
        // Spelt as a flag is spelt; far from every key; a table of its own.
        let profile = parse("colour = \"red\"\nresting-hr = 50\n[runner]\nweight = 70\n").unwrap();
        let said: Vec<(&str, &str)> = profile
            .unknown
            .iter()
            .map(|unknown| {
                (
                    unknown.key.as_str(),
                    unknown.why.split_once(": ").unwrap().1,
                )
            })
            .collect();
        assert_eq!(said.len(), 3, "{said:?}");
        assert!(
            said[0].1.starts_with("unknown key 'colour'; the keys"),
            "{said:?}"
        );
        assert!(
            said[1]
                .1
                .starts_with("unknown key 'resting-hr', which looks like 'resting_hr'")
        );
        assert_eq!(said[2].0, "runner");
        assert_eq!(profile.unknown[2].line, 3);
        assert!(
            profile.unknown[2].why.contains("line 3:"),
            "{:?}",
            profile.unknown
        );
        assert_eq!(
            profile.weight, None,
            "a key under another table is not the runner's"
        );
        // Named as a roster heads it: the key the profile has for it.
        for (key, known) in [
            ("experience", "level"),
            ("Injuries", "conditions"),
            ("max heart rate", "max_hr"),
        ] {
            let profile = parse(&format!("\"{key}\" = 1\n")).unwrap();
            let why = &profile.unknown[0].why;
            assert!(
                why.contains(&format!(
                    "unknown key '{key}'; the profile calls it '{known}'; the keys"
                )),
                "{why}"
            );
        }
    }

    /// The message for a profile `text` that is not TOML, after the path.
    fn not_toml(text: &str) -> String {
        let message = parse(text).unwrap_err().to_string();
        let path = "/home/ana/.config/wrun/config.toml, ";
        message.strip_prefix(path).unwrap_or(&message).to_owned()
    }

    #[test]
    fn an_unquoted_word_is_an_invalid_value_that_wants_quotes() {
        assert_eq!(
            not_toml("level = \"beginner\"\nweight = 150lb\n"),
            "line 2: invalid value '150lb' for 'weight': text in a profile goes in \
             quotes (\"150lb\")"
        );
        assert_eq!(
            not_toml("conditions = [\"back-pain\", knee-pain]\n"),
            "line 1: invalid value 'knee-pain' for 'conditions': text in a profile \
             goes in quotes (\"knee-pain\")"
        );
        // An invisible character is shown, and the message stays one line.
        assert_eq!(
            not_toml("weight = 150\u{200b}lb\n"),
            "line 1: invalid value '150\\u{200b}lb' for 'weight': text in a profile goes in \
             quotes (\"150\\u{200b}lb\")"
        );
    }

    #[test]
    fn a_key_without_a_value_is_named() {
        assert_eq!(
            not_toml("weight = 70\nunit = \n"),
            "line 2: no value for 'unit'; expected unit = value"
        );
    }

    #[test]
    fn a_key_set_twice_names_both_lines() {
        assert_eq!(
            not_toml("weight = 70\nunit = \"kg\"\nweight = 71\n"),
            "line 3: 'weight' is set twice (lines 1 and 3); keep one"
        );
        // In a table, the line it was set on before is the table's.
        assert_eq!(
            not_toml("weight = 70\n[runner]\nweight = 71\nweight = 72\n"),
            "line 4: 'weight' is set twice (lines 3 and 4); keep one"
        );
        // A key in quotes is the same key, and is named without them.
        assert_eq!(
            not_toml("weight = 70\n'weight' = 71\n"),
            "line 2: 'weight' is set twice (lines 1 and 2); keep one"
        );
        // In an inline table, the key is the one inside it, set on one line.
        assert_eq!(
            not_toml("runner = { age = 30, age = 31 }\n"),
            "line 1: 'age' is set twice; keep one"
        );
    }

    #[test]
    fn a_key_with_underscores_hyphens_or_quotes_is_named_by_itself() {
        assert_eq!(
            not_toml("resting_hr = sixty\n"),
            "line 1: invalid value 'sixty' for 'resting_hr': text in a profile goes in \
             quotes (\"sixty\")"
        );
        assert_eq!(
            not_toml("max-hr = high\n"),
            "line 1: invalid value 'high' for 'max-hr': text in a profile goes in \
             quotes (\"high\")"
        );
        assert_eq!(
            not_toml("\"weight\" = 150lb\n"),
            "line 1: invalid value '150lb' for 'weight': text in a profile goes in \
             quotes (\"150lb\")"
        );
    }

    #[test]
    fn any_other_line_toml_cannot_read_is_quoted_whole() {
        assert_eq!(
            not_toml("# mine\nweight: 70\n"),
            "line 2: cannot read 'weight: 70': key with no value, expected `=`; a \
             profile line reads key = value"
        );
        // A line that sets a key, but not as TOML can read, is quoted too.
        assert_eq!(
            not_toml("weight = [70\n"),
            "line 1: cannot read 'weight = [70': unclosed array, expected `]`; a \
             profile line reads key = value"
        );
        // A string left open to the end of the file has no line to quote.
        assert_eq!(
            not_toml("weight = \"\"\"70\n"),
            "line 2: invalid multi-line basic string, expected `\"`"
        );
    }

    #[test]
    fn the_template_is_a_valid_empty_profile() {
        use crate::guidance::rules::VO2MAX_AGE_DECLINE;
        use crate::guidance::{MAX_HEART_RATE_BPM as MAX, RESTING_HEART_RATE_BPM as RESTING};
        let profile = parse(TEMPLATE).unwrap();
        assert_eq!(profile.weight, None);
        assert!(TEMPLATE.lines().all(|line| line.chars().count() <= 80));
        for key in KEYS.iter().map(|field| field.key()) {
            assert!(TEMPLATE.contains(&format!("# {key} = ")), "{key}");
        }
        // The heart rates' ranges it gives are those wrun accepts.
        let ranges = format!(
            "# Resting ({} to {}) and maximum ({} to {}) heart rate",
            RESTING.min, RESTING.max, MAX.min, MAX.max
        );
        assert!(TEMPLATE.contains(&ranges), "{ranges}");
        // So is the age past which the level's VO2max is lowered.
        let age = format!("past {} it lowers", VO2MAX_AGE_DECLINE.from_years);
        assert!(TEMPLATE.contains(&age), "{age}");
        // And the age under which the answer cautions that it is an adult's.
        let young = format!("under {},", crate::guidance::rules::ADULT_FROM_YEARS);
        assert!(TEMPLATE.contains(&young), "{young}");
    }

    #[test]
    fn wrun_config_points_anywhere_and_the_default_is_the_config_dir() {
        let named = path(|name| (name == "WRUN_CONFIG").then(|| "/tmp/p.toml".to_owned()));
        assert_eq!(named, Some(PathBuf::from("/tmp/p.toml")));
        let default = path(|_| None);
        assert!(default.is_none_or(|path| path.ends_with("wrun/config.toml")));
    }

    #[test]
    fn an_absent_file_is_an_empty_profile_unless_named() {
        let missing = Path::new("/no/such/wrun/config.toml");
        assert_eq!(Profile::load(missing, None).unwrap(), Profile::default());
        let err = Profile::load(missing, Some("WRUN_CONFIG")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "reading the profile '/no/such/wrun/config.toml' that WRUN_CONFIG names"
        );
        assert_eq!(err.exit_code(), 2);
    }
}
