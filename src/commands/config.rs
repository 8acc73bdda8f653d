//! `wrun config`: where the profile is, what is in effect, and a template to
//! start one from.

use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::cli::{ConfigAction, ConfigArgs, ConfigInitArgs, Field, Typed};
use crate::config::{self, Profile};
use crate::error::Error;
use crate::guidance::{
    DEFAULT_RESTING_BPM, Decimal, Level, Mass, Named, RunnerFigure, Unit, Value,
    max_heart_rate_for_age, round1, rules,
};
use crate::parse::{MassInput, parse_unit};

/// One value in effect, and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
struct Effective {
    /// The profile key.
    key: &'static str,
    /// The value, as written; null when none is in effect.
    value: Option<String>,
    /// `env`, `profile`, `weight` or `default`, or `age` for a maximum heart
    /// rate estimated from it; null when none is in effect.
    source: Option<&'static str>,
    /// The line of the profile it stands on, for `profile`.
    line: Option<usize>,
}

/// `wrun config show --json`.
#[derive(Debug, Serialize)]
struct ShowJson {
    schema_version: u32,
    path: Option<String>,
    found: bool,
    ignored: bool,
    values: Vec<Effective>,
    /// Values that could not be read or are out of range, and keys wrun
    /// does not know, in the order of their lines: the key, its line, and
    /// why, naming the line.
    problems: Vec<Problem>,
    /// Why the whole file could not be read; null when it could.
    error: Option<String>,
}

/// A profile value that could not be read or is out of range, or a key
/// wrun does not know.
#[derive(Debug, Serialize)]
struct Problem {
    key: String,
    /// The line of the profile it stands on.
    line: usize,
    message: String,
    /// How text output heads it: `Invalid` or `Unknown`.
    #[serde(skip)]
    label: &'static str,
}

/// Runs `wrun config`.
///
/// # Errors
/// [`Error::Usage`] for a bad profile or one `init` would overwrite,
/// [`Error::Profile`] or [`Error::Input`] when it cannot be read,
/// [`Error::Create`] when `init` cannot write it, [`Error::Output`]
/// when writing fails.
pub fn run(
    args: &ConfigArgs,
    path: Option<&Path>,
    named: Option<&'static str>,
    ignored: bool,
    var: &dyn Fn(&str) -> Option<String>,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let no_path = || {
        Error::Usage(
            "no config directory could be found (no home directory); set WRUN_CONFIG to a file"
                .to_owned(),
        )
    };
    match &args.action {
        ConfigAction::Path => {
            writeln!(out, "{}", path.ok_or_else(no_path)?.display())?;
        }
        ConfigAction::Init(init) => write_profile(init, path.ok_or_else(no_path)?, out)?,
        ConfigAction::Show(show) => {
            // A folder where the profile should be is no profile found.
            let folder = path.is_some_and(Path::is_dir);
            let found = path.is_some_and(Path::exists) && !folder;
            // `config show` is how a bad profile is diagnosed: it never fails
            // because of one, and says what it could not read.
            let (profile, error) = match path {
                Some(path) if !ignored => match Profile::read(path, named) {
                    Ok(profile) => (profile, None),
                    Err(err) => {
                        // With why: the file system's reason, where there is one.
                        let why = std::error::Error::source(&err)
                            .map_or_else(String::new, |source| format!(": {source}"));
                        (Profile::default(), Some(format!("{err}{why}")))
                    }
                },
                _ => (Profile::default(), None),
            };
            let values = effective(&profile, var);
            let problems = problems(&profile, &values);
            if show.wants_json() {
                let json = ShowJson {
                    schema_version: crate::render::json::SCHEMA_VERSION,
                    path: path.map(|path| path.display().to_string()),
                    found,
                    ignored,
                    values,
                    problems,
                    error,
                };
                crate::render::json::write(out, &json)?;
            } else {
                let state = match (found, ignored) {
                    (_, true) => "ignored: --no-config",
                    (true, false) => "found",
                    (false, false) if folder => "a folder, not a file: name a file in it",
                    (false, false) => "not found: wrun config init writes one",
                };
                let where_ =
                    path.map_or_else(|| "none".to_owned(), |path| path.display().to_string());
                writeln!(out, "Profile     {where_}\n            {state}")?;
                writeln!(out)?;
                let rows: Vec<(String, String)> = values
                    .iter()
                    .map(|value| shown_with_source(value, &profile))
                    .collect();
                // Values line up in a column as wide as the widest needs.
                let width = rows
                    .iter()
                    .map(|(shown, _)| shown.chars().count() + 2)
                    .fold(16, usize::max);
                for (value, (shown, source)) in values.iter().zip(rows) {
                    writeln!(out, "{:<12}{shown:<width$}{source}", value.key)?;
                }
                if let Some(error) = &error {
                    writeln!(out, "\nUnreadable  {error}")?;
                }
                for problem in &problems {
                    writeln!(out, "\n{:<12}{}", problem.label, problem.message)?;
                }
            }
        }
    }
    Ok(())
}

/// A value as `config show` lists it, and where it comes from. A value the
/// profile gives but wrun cannot read, where no variable stands in for it,
/// is neither the default nor unset: a command that needs it fails, so it
/// is shown as the profile's, pointing at the problem listed below.
fn shown_with_source(value: &Effective, profile: &Profile) -> (String, String) {
    let unreadable = profile
        .problems
        .iter()
        .find(|unread| unread.key.key() == value.key);
    let stood_in = matches!(value.source, Some(source) if source != "default");
    if let Some(unread) = unreadable.filter(|_| !stood_in) {
        let source = format!("profile, line {}: cannot be read (below)", unread.line);
        return ("—".to_owned(), source);
    }
    let shown = value
        .value
        .as_deref()
        .map_or_else(|| "—".to_owned(), |text| as_read(value.key, text, profile));
    let source = match (value.source, value.line) {
        (Some("profile"), Some(line)) => format!("profile, line {line}"),
        (Some(AGE), _) => format!("estimated from age [{}]", rules::id::TANAKA_HR_MAX),
        (Some(source), _) => source.to_owned(),
        (None, _) => "not set".to_owned(),
    };
    (shown, source)
}

/// A value of a named set (`unit`, `level`, `conditions`) as wrun reads
/// it, with the words written beside it where they are other words, not
/// only another case or spacing: `beginner (novice)`. Any other value, or
/// one that cannot be read (listed under the problems), as written. The
/// conditions, which only `profile` gives, are as it read them.
fn as_read(key: &str, text: &str, profile: &Profile) -> String {
    const UNIT: &str = Field::Unit.key();
    const LEVEL: &str = Field::Level.key();
    const CONDITIONS: &str = Field::Conditions.key();
    let read = match key {
        UNIT => parse_unit(text).map(|unit| unit.to_string()),
        LEVEL => Level::from_name(text)
            .ok()
            .map(|level| level.id().to_owned()),
        CONDITIONS => profile.conditions.as_ref().map(|entry| {
            let ids: Vec<&str> = entry.value.iter().map(|condition| condition.id()).collect();
            if ids.is_empty() {
                "none".to_owned()
            } else {
                ids.join(", ")
            }
        }),
        _ => None,
    };
    let words = |text: &str| text.replace(' ', "").to_ascii_lowercase();
    match read {
        // An empty list (`conditions = []`) has no words to show beside.
        Some(read) if text.trim().is_empty() || words(&read) == words(text) => read,
        Some(read) => format!("{read} ({text})"),
        None => text.to_owned(),
    }
}

/// What is wrong in `profile`, whose values in effect are `values`: values
/// that could not be read, keys wrun does not know, and masses out of
/// range, in the order of their lines.
fn problems(profile: &Profile, values: &[Effective]) -> Vec<Problem> {
    let unread = profile.problems.iter().map(|unread| Problem {
        key: unread.key.key().to_owned(),
        line: unread.line,
        message: unread.why.clone(),
        label: "Invalid",
    });
    let unknown = profile.unknown.iter().map(|unknown| Problem {
        key: unknown.key.clone(),
        line: unknown.line,
        message: unknown.why.clone(),
        label: "Unknown",
    });
    // The unit in effect decides whether a plain weight is in range.
    let unit = values
        .iter()
        .find(|value| value.key == Field::Unit.key())
        .and_then(|value| parse_unit(value.value.as_deref()?))
        .unwrap_or_default();
    let mut problems: Vec<Problem> = unread
        .chain(unknown)
        .chain(masses_out_of_range(profile, unit))
        .collect();
    problems.sort_by_key(|problem| problem.line);
    problems
}

/// Why `mass` is out of wrun's range as `figure`, a plain number read in
/// `unit` (and said so): `None` when it is within it.
fn mass_out_of_range(
    mass: MassInput,
    unit: Unit,
    figure: fn(Mass) -> RunnerFigure,
) -> Option<String> {
    let err = figure(mass.resolve(unit)).check().err()?;
    Some(if mass.unit.is_none() {
        format!("{err}; a plain number is read in {unit}")
    } else {
        err.to_string()
    })
}

/// The profile's weight and weight step where they are out of wrun's range,
/// a plain number read in `unit`: what a command would refuse without a
/// flag. (They are read before the unit is known, so the profile reader
/// cannot tell.)
fn masses_out_of_range(profile: &Profile, unit: Unit) -> Vec<Problem> {
    // Only a profile read from a file has values to check.
    let Some(path) = profile.path.as_deref() else {
        return Vec::new();
    };
    let check = |field: Field,
                 entry: Option<&config::Entry<MassInput>>,
                 figure: fn(Mass) -> RunnerFigure| {
        let entry = entry?;
        let why = mass_out_of_range(entry.value, unit, figure)?;
        Some(Problem {
            key: field.key().to_owned(),
            line: entry.line,
            message: config::invalid(path, entry.line, &entry.text, field.key(), why),
            label: "Invalid",
        })
    };
    [
        check(
            Field::Weight,
            profile.weight.as_ref(),
            RunnerFigure::BodyWeight,
        ),
        check(
            Field::Increment,
            profile.increment.as_ref(),
            RunnerFigure::Increment,
        ),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// `wrun config init`: writes the template to `path`, with the values the
/// flags give set, unless a profile stands there.
///
/// # Errors
/// [`Error::Invalid`] for a value wrun does not accept (told even where a
/// profile stands), [`Error::Usage`] when a profile stands at `path`,
/// [`Error::Create`] when it cannot be written.
fn write_profile(init: &ConfigInitArgs, path: &Path, out: &mut dyn Write) -> Result<(), Error> {
    let values = init_values(init)?;
    if path.is_dir() {
        return Err(Error::Usage(format!(
            "{} is a folder, not a profile: name a file in it, such as {}",
            path.display(),
            path.join("config.toml").display()
        )));
    }
    if path.exists() {
        return Err(Error::Usage(format!(
            "{} already exists; wrun config init never overwrites a profile: edit it, or \
             move it aside first ('wrun config show' lists what it holds)",
            path.display()
        )));
    }
    let cannot = |source| Error::Create {
        path: path.display().to_string(),
        source,
    };
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(cannot)?;
    }
    std::fs::write(path, filled(config::TEMPLATE, &values)).map_err(cannot)?;
    if values.is_empty() {
        writeln!(
            out,
            "wrote {}; edit it to set your defaults",
            path.display()
        )?;
        return Ok(());
    }
    let keys = Value::List(values.iter().map(|(field, _)| field.key()).collect());
    writeln!(
        out,
        "wrote {} with {keys} set; edit it to set your other defaults",
        path.display()
    )?;
    Ok(())
}

/// The values `config init` sets, each key with its TOML value, in the
/// order of the profile's keys: the flags given, each checked as the other
/// commands check it (a plain mass in `--unit`, else in the unit written on
/// the weight, else lb, as the profile will read it).
///
/// # Errors
/// [`Error::Invalid`] naming the flag whose value wrun does not accept, or
/// a word for none given with a condition.
fn init_values(init: &ConfigInitArgs) -> Result<Vec<(Field, String)>, Error> {
    let runner = &init.runner;
    let unit = runner
        .unit
        .or_else(|| runner.weight.as_ref().and_then(|weight| weight.value.unit))
        .unwrap_or_default();
    // The value as TOML writes it, unless there is a why not.
    let checked = |field: Field, text: &str, why: Option<String>| match why {
        Some(why) => Err(Error::invalid_value(field.flag(), text, why)),
        None => Ok((field, toml_scalar(text))),
    };
    let figure = |field: Field, text: &str, figure: RunnerFigure| {
        checked(field, text, figure.check().err().map(|err| err.to_string()))
    };
    let mass = |field: Field, given: &Typed<MassInput>, figure: fn(Mass) -> RunnerFigure| {
        checked(
            field,
            &given.text,
            mass_out_of_range(given.value, unit, figure),
        )
    };
    let quoted = |text: &str| toml::Value::String(text.to_owned()).to_string();
    let mut values = Vec::new();
    if let Some(weight) = &runner.weight {
        values.push(mass(Field::Weight, weight, RunnerFigure::BodyWeight)?);
    }
    if let Some(unit) = runner.unit {
        values.push((Field::Unit, quoted(&unit.to_string())));
    }
    if let Some(level) = runner.level {
        values.push((Field::Level, quoted(level.id())));
    }
    if !runner.conditions.is_empty() {
        let mut conditions = runner.resolve_conditions(&Profile::default())?;
        // Each once, as given first.
        let mut seen = Vec::new();
        conditions.retain(|condition| {
            let new = !seen.contains(condition);
            seen.push(*condition);
            new
        });
        let ids: Vec<String> = conditions.iter().map(|c| quoted(c.id())).collect();
        values.push((Field::Conditions, format!("[{}]", ids.join(", "))));
    }
    if let Some(step) = &runner.increment {
        values.push(mass(Field::Increment, step, RunnerFigure::Increment)?);
    }
    let hearts = [
        (
            Field::RestingHr,
            &init.heart.resting_hr,
            RunnerFigure::RestingHr as fn(f64) -> _,
        ),
        (Field::MaxHr, &init.heart.max_hr, RunnerFigure::MaxHr),
    ];
    for (field, given, make) in hearts {
        if let Some(given) = given {
            values.push(figure(field, &given.text, make(given.value))?);
        }
    }
    if let Some(height) = &runner.height {
        let height_figure = RunnerFigure::Height(height.value);
        values.push(figure(Field::Height, &height.text, height_figure)?);
    }
    let figures = [
        (Field::Age, &runner.age, RunnerFigure::Age as fn(f64) -> _),
        (Field::Vo2max, &runner.vo2max, RunnerFigure::Vo2max),
    ];
    for (field, given, make) in figures {
        if let Some(given) = given {
            values.push(figure(field, &given.text, make(given.value))?);
        }
    }
    Ok(values)
}

/// A value as TOML writes it: a plain decimal number bare (`150`, `72.5`),
/// anything else as a TOML string (`"68kg"`), which the profile reads with
/// the same parser as the flag.
fn toml_scalar(text: &str) -> String {
    let text = text.trim();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, "0"));
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    // TOML takes no leading zero on a whole number.
    if digits(whole) && digits(fraction) && (whole == "0" || !whole.starts_with('0')) {
        text.to_owned()
    } else {
        toml::Value::String(text.to_owned()).to_string()
    }
}

/// `template` with each of `values` set in place of its key's example
/// line (`# weight = "72kg"` becomes `weight = 150`).
fn filled(template: &str, values: &[(Field, String)]) -> String {
    let mut text = String::with_capacity(template.len());
    for line in template.lines() {
        let set = values.iter().find(|(field, _)| {
            line.strip_prefix("# ")
                .and_then(|rest| rest.strip_prefix(field.key()))
                .is_some_and(|rest| rest.starts_with(" = "))
        });
        // Writing to a String cannot fail.
        let _ = match set {
            Some((field, value)) => writeln!(text, "{} = {value}", field.key()),
            None => writeln!(text, "{line}"),
        };
    }
    text
}

/// Each key's value in effect when no flag is given: its variable, the
/// profile, or wrun's default.
fn effective(profile: &Profile, var: &dyn Fn(&str) -> Option<String>) -> Vec<Effective> {
    let env = |name: &str| var(name).filter(|value| !value.is_empty());
    let from = |value: Option<(String, usize)>, key: &'static str| match value {
        Some((text, line)) => Effective {
            key,
            value: Some(text),
            source: Some("profile"),
            line: Some(line),
        },
        None => Effective {
            key,
            value: None,
            source: None,
            line: None,
        },
    };
    let or_env = |variable: &str, key: &'static str, profiled: Option<(String, usize)>| {
        env(variable).map_or_else(
            || from(profiled, key),
            |value| Effective {
                key,
                value: Some(value),
                source: Some("env"),
                line: None,
            },
        )
    };
    let or_default = |mut effective: Effective, default: String| {
        if effective.value.is_none() {
            effective.value = Some(default);
            effective.source = Some("default");
        }
        effective
    };
    let pair = |text: &String, line: usize| Some((text.clone(), line));
    let weight = or_env(
        "WRUN_WEIGHT",
        Field::Weight.key(),
        profile.weight.as_ref().and_then(|e| pair(&e.text, e.line)),
    );
    let mut unit = or_env(
        "WRUN_UNIT",
        Field::Unit.key(),
        profile.unit.as_ref().and_then(|e| pair(&e.text, e.line)),
    );
    if unit.value.is_none() {
        let written = weight
            .value
            .as_deref()
            .and_then(|text| crate::parse::parse_mass(text).ok())
            .and_then(|mass| mass.unit);
        if let Some(written) = written {
            unit.value = Some(written.to_string());
            unit.source = Some("weight");
        }
    }
    let max_hr = from(at(profile.max_hr.as_ref()), Field::MaxHr.key());
    vec![
        weight,
        or_default(unit, "lb".to_owned()),
        or_default(
            or_env(
                "WRUN_LEVEL",
                Field::Level.key(),
                profile.level.as_ref().and_then(|e| pair(&e.text, e.line)),
            ),
            "intermediate".to_owned(),
        ),
        or_default(
            from(
                profile
                    .conditions
                    .as_ref()
                    .and_then(|e| pair(&e.text, e.line)),
                Field::Conditions.key(),
            ),
            "none".to_owned(),
        ),
        from(
            profile
                .increment
                .as_ref()
                .and_then(|e| pair(&e.text, e.line)),
            Field::Increment.key(),
        ),
        or_default(
            from(
                profile
                    .resting_hr
                    .as_ref()
                    .and_then(|e| pair(&e.text, e.line)),
                Field::RestingHr.key(),
            ),
            DEFAULT_RESTING_BPM.to_string(),
        ),
        or_from_age(max_hr, profile),
        from(at(profile.height.as_ref()), Field::Height.key()),
        from(at(profile.age.as_ref()), Field::Age.key()),
        from(at(profile.vo2max.as_ref()), Field::Vo2max.key()),
    ]
}

/// The source of a maximum heart rate estimated from the profile's age.
const AGE: &str = "age";

/// `max_hr` as in effect: without one, every answer estimates it from the
/// profile's age (rule `tanaka-hr-max`), which the profile reads only
/// where it is in range; a `max_hr` the profile gives but wrun cannot read
/// stays unset, as a command refuses it.
fn or_from_age(max_hr: Effective, profile: &Profile) -> Effective {
    let unreadable = profile.problem(Field::MaxHr).is_some();
    match profile.age.as_ref().map(|entry| entry.value) {
        Some(age) if max_hr.value.is_none() && !unreadable => Effective {
            value: Some(Decimal(round1(max_heart_rate_for_age(age))).to_string()),
            source: Some(AGE),
            ..max_hr
        },
        _ => max_hr,
    }
}

/// A profile entry's text and line.
fn at<T>(entry: Option<&crate::config::Entry<T>>) -> Option<(String, usize)> {
    entry.map(|entry| (entry.text.clone(), entry.line))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_number_is_written_bare_and_anything_else_as_a_string_toml_reads_back() {
        for (typed, written) in [
            ("150", "150"),
            ("72.5", "72.5"),
            ("0.5", "0.5"),
            ("68kg", "\"68kg\""),
            ("11st 4lb", "\"11st 4lb\""),
            // TOML takes neither a leading zero nor a bare point.
            ("072", "\"072\""),
            (".5", "\".5\""),
            ("5.", "\"5.\""),
            ("1e2", "\"1e2\""),
        ] {
            assert_eq!(toml_scalar(typed), written, "{typed}");
        }
        for typed in ["5'10\"", "a \\ b", "tab\there", "072", "150"] {
            let table: toml::Table =
                toml::from_str(&format!("x = {}", toml_scalar(typed))).unwrap();
            let read = match &table["x"] {
                toml::Value::String(text) => text.clone(),
                other => other.to_string(),
            };
            assert_eq!(read, typed);
        }
    }

    #[test]
    fn filling_the_template_sets_each_value_in_place_of_its_example_alone() {
        let values = [
            (Field::Weight, "150".to_owned()),
            (Field::MaxHr, "190".to_owned()),
        ];
        let text = filled(config::TEMPLATE, &values);
        assert_eq!(text.lines().count(), config::TEMPLATE.lines().count());
        let set: Vec<&str> = text.lines().filter(|line| !line.starts_with('#')).collect();
        assert_eq!(set.iter().filter(|line| !line.is_empty()).count(), 2);
        assert!(set.contains(&"weight = 150") && set.contains(&"max_hr = 190"));
        // `# resting_hr = 55` stands beside max_hr, and stays.
        assert!(text.contains("# resting_hr = 55\nmax_hr = 190\n"));
        let profile = Profile::parse(&text, Path::new("/p/config.toml")).unwrap();
        assert!(profile.problems.is_empty() && profile.unknown.is_empty());
        assert_eq!(
            profile.weight.map(|entry| entry.text),
            Some("150".to_owned())
        );
        assert_eq!(profile.max_hr.map(|entry| entry.value), Some(190.0));
    }

    #[test]
    fn each_value_comes_from_its_variable_the_profile_or_the_default() {
        let profile = Profile::parse(
            "weight = \"72kg\"\nlevel = \"beginner\"\nage = 40\n",
            Path::new("/p/config.toml"),
        )
        .unwrap();
        let env = |name: &str| (name == "WRUN_LEVEL").then(|| "experienced".to_owned());
        let values = effective(&profile, &env);
        let find = |key: &str| values.iter().find(|v| v.key == key).unwrap().clone();
        assert_eq!(
            (
                find("weight").value.as_deref(),
                find("weight").source,
                find("weight").line
            ),
            (Some("72kg"), Some("profile"), Some(1))
        );
        assert_eq!(
            (find("unit").value.as_deref(), find("unit").source),
            (Some("kg"), Some("weight"))
        );
        assert_eq!(find("level").source, Some("env"));
        assert_eq!(find("resting_hr").source, Some("default"));
        // Every answer estimates the maximum from the age: 208 − 0.7 × 40.
        assert_eq!(
            (find("max_hr").value.as_deref(), find("max_hr").source),
            (Some("180"), Some("age"))
        );
        assert_eq!(find("vo2max").source, None);
        assert_eq!(
            (
                find("age").value.as_deref(),
                find("age").source,
                find("age").line
            ),
            (Some("40"), Some("profile"), Some(3))
        );
        assert_eq!(values.len(), config::KEYS.len());
    }

    #[test]
    fn a_maximum_heart_rate_is_estimated_from_an_age_only_where_a_command_would_use_it() {
        let max_hr = |text: &str| {
            let profile = Profile::parse(text, Path::new("/p/config.toml")).unwrap();
            let values = effective(&profile, &|_: &str| None);
            let max_hr = values.into_iter().find(|v| v.key == "max_hr").unwrap();
            (max_hr.value, max_hr.source)
        };
        // 208 − 0.7 × 35 = 183.5.
        assert_eq!(
            max_hr("age = 35\n"),
            (Some("183.5".to_owned()), Some("age"))
        );
        // One the profile gives wins over the estimate.
        assert_eq!(
            max_hr("age = 35\nmax_hr = 190\n"),
            (Some("190".to_owned()), Some("profile"))
        );
        // A command refuses an unreadable max_hr and an age out of range,
        // so neither stands in.
        assert_eq!(max_hr("age = 35\nmax_hr = \"fast\"\n"), (None, None));
        assert_eq!(max_hr("age = 120\n"), (None, None));
        assert_eq!(max_hr(""), (None, None));
    }

    #[test]
    fn a_named_value_is_shown_as_read_with_other_words_written_beside_it() {
        let none = Profile::default();
        assert_eq!(as_read("level", "novice", &none), "beginner (novice)");
        assert_eq!(as_read("level", "Beginner", &none), "beginner");
        assert_eq!(as_read("unit", "KG", &none), "kg");
        assert_eq!(as_read("unit", "kilograms", &none), "kg (kilograms)");
        // The profile's conditions, as it read them.
        let conditions = |line: &str| {
            let profile = Profile::parse(line, Path::new("/p/config.toml")).unwrap();
            let text = profile.conditions.as_ref().expect("read").text.clone();
            as_read("conditions", &text, &profile)
        };
        assert_eq!(
            conditions("conditions = \"knees, back\""),
            "knee-pain, back-pain (knees, back)"
        );
        assert_eq!(
            conditions("conditions = [\"knee-pain\", \"back-pain\"]"),
            "knee-pain, back-pain"
        );
        assert_eq!(conditions("conditions = \"None\""), "none");
        // Not read: as written, its problem listed beside; and the default.
        assert_eq!(as_read("level", "pro", &none), "pro");
        let empty = Profile::parse("conditions = []\n", Path::new("/p/config.toml")).unwrap();
        assert_eq!(as_read("conditions", "", &empty), "none");
        assert_eq!(as_read("conditions", "none", &none), "none");
        assert_eq!(as_read("weight", "68,5 kg", &none), "68,5 kg");
    }
}
