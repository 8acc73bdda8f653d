//! A file named for wrun's output, as many tools take one (`-o plan.ics`,
//! `--output answers.csv`, `wrun recommend … --json out.json`): wrun
//! writes to standard output, so the line says how to redirect it there.

use std::ffi::OsString;
use std::path::Path;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use super::{flag_arg, input_named, unknown_argument, value_after};
use crate::error::{Error, escape_invisible, shell_word};

/// The extensions of a file of wrun's output, each with the output formats
/// it names, the likelier first.
const OUTPUT_EXTENSIONS: [(&str, &[&str]); 6] = [
    ("json", &["json", "ndjson"]),
    ("ndjson", &["ndjson", "json"]),
    ("jsonl", &["ndjson", "json"]),
    ("csv", &["csv"]),
    ("ics", &["ics"]),
    ("txt", &["text"]),
];

/// clap's refusal `err` of `args` where the refused argument names a file
/// for the output: a file name given as the format (`--format plan.ics`),
/// a flag for an output file that wrun does not take (`-o plan.ics`,
/// `--out=a.csv`), or a word named as an output file that is none yet
/// (`--json out.json`). `typed` is the command the user typed. `None` for
/// any other error, and for a word that can be a second input file, or
/// a split one, which their own lines serve.
pub(super) fn refusal(
    err: &clap::Error,
    typed: &clap::Command,
    args: &[OsString],
) -> Option<Error> {
    if err.kind() == ErrorKind::InvalidValue {
        return file_as_format(err, typed);
    }
    let word = unknown_argument(err)?;
    let file = if word.starts_with('-') {
        file_after_flag(word, typed, args)?
    } else {
        output_word(word, typed, args)?
    };
    let redirect = redirect(typed, args, &file)?;
    Some(Error::Usage(format!(
        "unexpected argument '{}' found; {redirect}",
        escape_invisible(word),
    )))
}

/// A file name given to `--format` or `--output`: clap's line, and how to
/// redirect.
fn file_as_format(err: &clap::Error, typed: &clap::Command) -> Option<Error> {
    let Some(ContextValue::String(arg)) = err.get(ContextKind::InvalidArg) else {
        return None;
    };
    let flag = arg.split(' ').next().unwrap_or_default();
    if flag != "--format" && flag != "--output" {
        return None;
    }
    let Some(ContextValue::String(value)) = err.get(ContextKind::InvalidValue) else {
        return None;
    };
    if !names_a_file(value) {
        return None;
    }
    // The format typed was this file's name: the flag is asked again,
    // whatever else the line holds.
    let redirect = redirect(typed, &[], value)?;
    match Error::from_clap(err) {
        Error::Invalid { name, value, why } => Some(Error::Invalid {
            name,
            value,
            why: format!("{why}; {redirect}"),
        }),
        _ => None,
    }
}

/// The file after `flag`, a flag for an output file (`-o`, `--out`,
/// `--output-file`) that `typed` does not take, given as `--out=FILE` or
/// as the next argument.
fn file_after_flag(flag: &str, typed: &clap::Command, args: &[OsString]) -> Option<String> {
    // `wrun man` takes `--out-dir`, which clap's tip names.
    if !(flag == "-o" || flag.starts_with("--out")) || flag_arg(typed, "--out-dir").is_some() {
        return None;
    }
    let file = value_after(flag, args)?;
    (!file.starts_with('-') && names_a_file(file)).then(|| file.to_owned())
}

/// `word`, where `typed` takes no word, when it is named as an output file
/// (by its extension) and no such file exists. A word after a file that
/// `typed` reads by name and that does not exist is left to the lines for
/// a second file or a split name.
fn output_word(word: &str, typed: &clap::Command, args: &[OsString]) -> Option<String> {
    extension_formats(word)?;
    if Path::new(word).exists() {
        return None;
    }
    let at = args.iter().position(|arg| arg.to_str() == Some(word))?;
    let before = args.get(at.checked_sub(1)?)?.to_str()?;
    let unread_input = input_named(typed.get_name())
        .is_some_and(|named| named(before) && !Path::new(before).is_file());
    (!unread_input).then(|| word.to_owned())
}

/// Whether `value` is written as a file name: with a folder in it, or an
/// extension after a name; not a folder (`out/`).
fn names_a_file(value: &str) -> bool {
    !value.ends_with('/') && (value.contains('/') || Path::new(value).extension().is_some())
}

/// The format flag of `typed` (`--output` for `wrun batch`, else
/// `--format`), with its argument.
fn format_arg(typed: &clap::Command) -> Option<(&'static str, &clap::Arg)> {
    ["--output", "--format"]
        .into_iter()
        .find_map(|flag| flag_arg(typed, flag).map(|arg| (flag, arg)))
}

/// The output formats the extension of `file` names, if it names any.
fn extension_formats(file: &str) -> Option<&'static [&'static str]> {
    let extension = Path::new(file).extension()?.to_str()?.to_ascii_lowercase();
    OUTPUT_EXTENSIONS
        .iter()
        .find(|(known, _)| *known == extension)
        .map(|(_, formats)| *formats)
}

/// That wrun writes to standard output, and the redirection that saves it
/// in `file`, with the format flag of `typed` that the file's extension
/// names where it is not the default and `args` do not give a format
/// already (`--format ics > plan.ics`). `None` where `typed` cannot write
/// such a file: its extension names a format the format flag of `typed`
/// does not take (`r.csv` from `wrun recommend`, which writes text or
/// JSON), or none wrun writes (`x.gpx`, `a.xlsx`).
fn redirect(typed: &clap::Command, args: &[OsString], file: &str) -> Option<String> {
    let flag = match (extension_formats(file), format_arg(typed)) {
        (None, _) if Path::new(file).extension().is_some() => return None,
        (Some(formats), Some((flag, arg))) => {
            let values = arg.get_possible_values();
            let value = formats
                .iter()
                .find(|format| values.iter().any(|value| value.get_name() == **format))?;
            let default = arg
                .get_default_values()
                .iter()
                .any(|default| default == *value);
            let given = args.iter().filter_map(|arg| arg.to_str()).any(|arg| {
                ["--format", "--output", "--json"]
                    .iter()
                    .any(|flag| arg == *flag || arg.starts_with(&format!("{flag}=")))
            });
            (!default && !given).then(|| format!("{flag} {value} "))
        }
        _ => None,
    };
    let file = escape_invisible(file);
    Some(format!(
        "wrun writes to standard output: to save it, redirect it: {}> {}",
        flag.unwrap_or_default(),
        shell_word(&file)
    ))
}
