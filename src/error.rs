//! wrun's errors and the exit code each one maps to.

use std::borrow::Cow;
use std::ffi::OsString;
use std::io;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::cli::Field;
use crate::guidance::{Named, WeightType};

/// Named exit codes; success, a reader that went away early included, is 0.
pub mod exit {
    /// A runtime failure, such as an unwritable output.
    pub const FAILURE: u8 = 1;
    /// Bad input.
    pub const USAGE: u8 = 2;
}

/// Everything that can stop wrun.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A bad value: names where it came from (a flag, a variable, a batch
    /// field), the value and what is accepted.
    #[error("invalid value '{value}' for '{name}': {why}")]
    Invalid {
        /// The flag (`--weight`), variable (`WRUN_WEIGHT`) or field it came from.
        name: String,
        /// The value as given.
        value: String,
        /// What was wrong, and what is accepted.
        why: String,
    },
    /// A value given without the one it needs.
    #[error("'{flag}' needs {needs}: wrun cannot work out the run without it")]
    Needs {
        /// The flag (or field) given, named as its source names it.
        flag: String,
        /// What it needs, named likewise.
        needs: String,
    },
    /// Any other bad input, in one line.
    #[error("{0}")]
    Usage(String),
    /// An input file could not be read.
    #[error("reading '{path}'")]
    Input {
        /// The file as named.
        path: String,
        /// Why.
        #[source]
        source: io::Error,
    },
    /// The profile `--config` or `WRUN_CONFIG` names could not be read.
    #[error("reading the profile '{path}' that {by} names")]
    Profile {
        /// The file as named.
        path: String,
        /// What named it: `--config` or `WRUN_CONFIG`.
        by: &'static str,
        /// Why.
        #[source]
        source: io::Error,
    },
    /// A file could not be written (`wrun config init`).
    #[error("writing '{path}'")]
    Create {
        /// The file as named.
        path: String,
        /// Why.
        #[source]
        source: io::Error,
    },
    /// Some lines of a batch failed; each has its error line in the output.
    #[error("batch: {ok} ok, {failed} failed")]
    BatchFailed {
        /// Lines answered.
        ok: u64,
        /// Lines refused.
        failed: u64,
    },
    /// Writing the output failed.
    #[error("writing the output")]
    Output(#[from] io::Error),
}

/// Why a value is none of the names `accepted` (listed, comma-separated):
/// the name it is nearest to, when one is near, then the list.
pub(crate) fn one_of(near: Option<&str>, accepted: &str) -> String {
    match near {
        Some(near) => format!("did you mean '{near}'? expected one of: {accepted}"),
        None => format!("expected one of: {accepted}"),
    }
}

/// `text` with control and invisible characters written as escapes, so that
/// an error stays one readable line whatever the input held: a line break
/// becomes `\n`, a zero-width space `\u{200b}`.
#[must_use]
pub fn escape_invisible(text: &str) -> String {
    let invisible = |c: char| {
        matches!(
            c,
            '\u{ad}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{feff}'
        )
    };
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() || invisible(c) {
            escaped.extend(c.escape_default());
        } else {
            escaped.push(c);
        }
    }
    escaped
}

/// Whether a file the user named failed to read for a reason that is theirs
/// to mend, and so bad input: it does not exist, is a folder, is not theirs
/// to read, or is not text. Any other failure (a disk error) is a runtime one.
fn is_bad_file(source: &io::Error) -> bool {
    use io::ErrorKind::{InvalidData, IsADirectory, NotADirectory, NotFound, PermissionDenied};
    matches!(
        source.kind(),
        NotFound | PermissionDenied | IsADirectory | NotADirectory | InvalidData
    )
}

impl Error {
    /// A bad value for `name`: `invalid value 'x' for '--flag': why`.
    pub fn invalid_value(name: &str, value: &str, why: impl std::fmt::Display) -> Self {
        // Control characters would garble the one line of the message.
        let value = value
            .chars()
            .map(|c| {
                if c.is_control() {
                    c.escape_default().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect();
        Self::Invalid {
            name: name.to_owned(),
            value,
            why: why.to_string(),
        }
    }

    /// The process exit code for this error.
    #[must_use]
    pub fn exit_code(&self) -> u8 {
        match self {
            Self::Invalid { .. } | Self::Needs { .. } | Self::Usage(_) => exit::USAGE,
            Self::Input { source, .. } | Self::Profile { source, .. } if is_bad_file(source) => {
                exit::USAGE
            }
            Self::Input { .. }
            | Self::Profile { .. }
            | Self::Create { .. }
            | Self::BatchFailed { .. }
            | Self::Output(_) => exit::FAILURE,
        }
    }

    /// Whether the reader of the output went away: not a failure, just the end.
    #[must_use]
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Self::Output(err) if err.kind() == io::ErrorKind::BrokenPipe)
    }

    /// One line from a clap error, naming the flag, the value and what is
    /// accepted where clap knows them. (Values from the `WRUN_*` variables
    /// never reach clap: the resolver reads them and names them itself.)
    #[must_use]
    pub(crate) fn from_clap(err: &clap::Error) -> Self {
        let context = |kind| err.get(kind);
        let text = |kind| match context(kind) {
            Some(ContextValue::String(s)) => Some(s.clone()),
            _ => None,
        };
        let list = |kind| match context(kind) {
            Some(ContextValue::Strings(values)) => Some(values.join(", ")),
            _ => None,
        };
        // A flag by its name alone (`--weight`, not `--weight <WEIGHT>`), as
        // the resolver names it; a positional (`<FILE>`) has no space.
        let arg = text(ContextKind::InvalidArg).map(|arg| match arg.split_once(' ') {
            Some((flag, _)) => flag.to_owned(),
            None => arg,
        });
        let value = text(ContextKind::InvalidValue);
        let line = match (err.kind(), arg, value) {
            (ErrorKind::InvalidValue, Some(arg), Some(value)) => {
                match list(ContextKind::ValidValue).filter(|accepted| !accepted.is_empty()) {
                    Some(accepted) => {
                        let near = text(ContextKind::SuggestedValue);
                        let mut why = one_of(near.as_deref(), &accepted);
                        // A tip a value parser of wrun's added (see `PageParser`).
                        if let Some(ContextValue::StyledStrs(tips)) =
                            context(ContextKind::Suggested)
                        {
                            for tip in tips {
                                why = format!("{why}; {tip}");
                            }
                        }
                        return Self::invalid_value(&arg, &value, why);
                    }
                    // A flag given without its value: clap's own line says so.
                    None => first_line(err),
                }
            }
            (ErrorKind::ValueValidation, Some(arg), Some(value)) => {
                let why = std::error::Error::source(err)
                    .map_or_else(|| "not accepted".to_owned(), ToString::to_string);
                return Self::invalid_value(&arg, &value, why);
            }
            (ErrorKind::MissingRequiredArgument, ..) => {
                let missing = list(ContextKind::InvalidArg).unwrap_or_default();
                if missing.starts_with('<') {
                    // A positional argument, not a flag.
                    format!("missing required argument: {missing}; see --help")
                } else {
                    format!("missing required flag: {missing}; see --help")
                }
            }
            (
                ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand,
                ..,
            ) => match text(ContextKind::InvalidSubcommand).filter(|parent| parent != "wrun") {
                // A command of commands (`wrun config`): name its own.
                Some(parent) => {
                    let commands = match context(ContextKind::ValidSubcommand) {
                        Some(ContextValue::Strings(names)) => names
                            .iter()
                            .filter(|name| *name != "help")
                            .map(|name| format!("'{parent} {name}'"))
                            .collect::<Vec<_>>()
                            .join(", "),
                        _ => String::new(),
                    };
                    format!("'{parent}' needs a command: {commands}; see '{parent} --help'")
                }
                None => "no command given; try 'wrun recommend --weight 150 --type vest' or \
                         'wrun --help'"
                    .to_owned(),
            },
            _ => first_line(err),
        };
        Self::Usage(line)
    }

    /// A flag this command does not know but others take, naming them in
    /// place of clap's tip (a near spelling of one of this command's flags,
    /// or one other command): `wrun plan --pace` is told that `wrun
    /// recommend`, `wrun compare` and `wrun route` take `--pace`. `None`
    /// for any other error, or a flag no command takes (a typo, which
    /// clap's tip serves). `tree` is the whole command line, built.
    #[must_use]
    pub(crate) fn taken_elsewhere(err: &clap::Error, tree: &clap::Command) -> Option<Self> {
        let flag = unknown_argument(err)?;
        let mut takers = Vec::new();
        commands_taking(tree, flag, tree.get_name(), &mut takers);
        let (last, others) = takers.split_last()?;
        let takers = match others {
            [] => format!("'{last}'"),
            _ => format!("'{}' and '{last}'", others.join("', '")),
        };
        Some(Self::Usage(format!(
            "unexpected argument '{flag}' found; it is a flag of {takers}"
        )))
    }

    /// A word where `command` takes none (`wrun recommend 150 vest`, as if
    /// the flags could be left out): when it reads as the value of one of
    /// the flags [`stray_field`] knows and `command` takes that flag, the
    /// flag to give it with. `None` for any other error or word.
    #[must_use]
    pub(crate) fn stray_word(err: &clap::Error, command: &clap::Command) -> Option<Self> {
        let word = unknown_argument(err)?;
        if word.starts_with('-') {
            return None;
        }
        let field = stray_field(word)?;
        let flag = field.flag();
        let long = flag.trim_start_matches('-');
        let word = escape_invisible(word);
        let given = shell_word(&word);
        if command
            .get_arguments()
            .any(|arg| arg.get_long() == Some(long))
        {
            Some(Self::Usage(format!(
                "unexpected argument '{word}' found; give it with its flag: {flag} {given}"
            )))
        } else if field == Field::Type && command.get_name() == "compare" {
            Some(Self::Usage(format!(
                "unexpected argument '{word}' found; 'wrun compare' answers for every kind of \
                 weight: for one, try 'wrun recommend {flag} {given}'"
            )))
        } else {
            None
        }
    }

    /// A command left out (`wrun 150 vest`, `wrun run.gpx -w 150`): the
    /// command line with one, when the words read as the values of flags
    /// ([`stray_field`]) or the first is named as a route or roster file
    /// is. `None` for any other error or command line. `args` is the whole
    /// command line.
    #[must_use]
    pub(crate) fn command_left_out(err: &clap::Error, args: &[OsString]) -> Option<Self> {
        if err.kind() != ErrorKind::InvalidSubcommand {
            return None;
        }
        let Some(ContextValue::String(word)) = err.get(ContextKind::InvalidSubcommand) else {
            return None;
        };
        let texts: Vec<&str> = args.iter().map_while(|arg| arg.to_str()).collect();
        let at = texts.iter().position(|text| text == word)?;
        let rest = &texts[at..];
        let extension = std::path::Path::new(word.as_str())
            .extension()
            .and_then(|extension| extension.to_str())
            .map(str::to_ascii_lowercase);
        let file_command = match extension.as_deref() {
            Some("gpx" | "tcx" | "fit") => Some("route"),
            Some("csv" | "tsv" | "ndjson" | "jsonl") => Some("batch"),
            _ => None,
        };
        // Flags before the word (`wrun --no-config 150 vest`) stay before
        // the command, where wrun takes them.
        let mut line: Vec<String> = std::iter::once("wrun")
            .chain(texts[1..at].iter().copied())
            .map(|text| shell_word(text).into_owned())
            .collect();
        if let Some(command) = file_command {
            line.push(command.to_owned());
            line.extend(rest.iter().map(|text| shell_word(text).into_owned()));
        } else {
            let mut fields = Vec::new();
            let mut words = Vec::new();
            for text in rest {
                let field = stray_field(text).filter(|field| !fields.contains(field))?;
                fields.push(field);
                words.push(format!("{} {}", field.flag(), shell_word(text)));
            }
            line.push(
                if fields.contains(&Field::Type) {
                    "recommend"
                } else {
                    "compare"
                }
                .to_owned(),
            );
            line.extend(words);
        }
        let line = line.join(" ");
        Some(Self::Usage(format!(
            "unrecognized subcommand '{}'; a command comes first: try '{}'",
            escape_invisible(word),
            escape_invisible(&line)
        )))
    }

    /// A word that is the rest of the value before it, split off by a
    /// space the shell took for the end of the value (`-w 68 kg`, `--pace
    /// 5:30 min/km`, `-t weighted vest`): the value written whole, as the
    /// flag takes it (`-w 68kg`, `-t "weighted vest"`). `None` for any
    /// other error or word. `root` is the whole command line's command,
    /// `typed` the command typed and `args` the command line.
    #[must_use]
    pub(crate) fn split_value(
        err: &clap::Error,
        root: &clap::Command,
        typed: &clap::Command,
        args: &[OsString],
    ) -> Option<Self> {
        let word = unknown_argument(err)?;
        if word.starts_with('-') {
            return None;
        }
        let texts: Vec<&str> = args
            .iter()
            .map_while(|arg| arg.to_str())
            .take_while(|arg| *arg != "--")
            .collect();
        // The command line up to the value, with the word put back on it:
        // wrun takes the value so written when clap finds no fault in it.
        let takes = |at: usize, joined: &str| {
            let mut before = args[..at].to_vec();
            before[at - 1] = OsString::from(joined);
            match root.clone().try_get_matches_from(before) {
                Ok(_) => true,
                // A fault in another flag's value is no fault in this one.
                Err(err) => match err.kind() {
                    ErrorKind::InvalidValue | ErrorKind::ValueValidation => matches!(
                        err.get(ContextKind::InvalidValue),
                        Some(ContextValue::String(refused)) if !joined.ends_with(refused.as_str())
                    ),
                    _ => true,
                },
            }
        };
        // How to write the word at `at` into the flag's value before it.
        // How to write the word at `at` into the flag's value before it,
        // with the most of the words after it that the value takes
        // (`--height 5 ft 10`: `5ft10`).
        let rejoin = |at: usize| {
            let (flag, value) = flag_and_value(&texts[1..at]).filter(|(flag, _)| {
                flag_arg(typed, flag).is_some_and(|arg| arg.get_action().takes_values())
            })?;
            let delimiter = flag_arg(typed, flag).and_then(clap::Arg::get_value_delimiter);
            let whole = |gap: &str| {
                let mut written = format!("{}{gap}{}", texts[at - 1], texts[at]);
                if !takes(at, &written) {
                    return None;
                }
                // The longest run of the words after it that makes a value.
                let mut longer = written.clone();
                for next in texts[at + 1..]
                    .iter()
                    .take_while(|next| !next.starts_with('-'))
                {
                    longer = format!("{longer}{gap}{next}");
                    if takes(at, &longer) {
                        written.clone_from(&longer);
                    }
                }
                // The value, without the flag it was attached to.
                Some(written[texts[at - 1].len() - value.len()..].to_owned())
            };
            if let Some(value) = whole("") {
                return Some(format!(
                    "write the value as one word: {flag} {}",
                    escape_invisible(&value)
                ));
            }
            // A flag that takes a list (`--days mon thu`).
            if let Some(delimiter) = delimiter {
                if let Some(value) = whole(&delimiter.to_string()) {
                    return Some(format!(
                        "separate the values with '{delimiter}', without spaces: {flag} {}",
                        escape_invisible(&value)
                    ));
                }
            }
            whole(" ").map(|value| {
                format!(
                    "a value of more than one word goes in quotes: {flag} \"{}\"",
                    escape_invisible(&value)
                )
            })
        };
        let shown = escape_invisible(word);
        (2..texts.len())
            .filter(|&at| texts[at] == word)
            .find_map(|at| {
                if let Some(how) = rejoin(at) {
                    return Some(Self::Usage(format!(
                        "unexpected argument '{shown}' found; {how}"
                    )));
                }
                // The word before, split off its value, was taken for the
                // command's file: `wrun route -w 70 kg run.gpx`.
                let as_file = texts[at - 1];
                if at > 2 && !as_file.starts_with('-') && typed.get_positionals().next().is_some() {
                    if let Some(how) = rejoin(at - 1) {
                        return Some(Self::Usage(format!(
                            "unexpected argument '{shown}' found, as '{}' was read as the file; \
                             {how}",
                            escape_invisible(as_file)
                        )));
                    }
                }
                split_file_name(typed, &texts, at)
            })
    }

    /// A missing argument of `command` that takes one of a few words
    /// (`wrun completions` without its shell) names the words, as a
    /// missing `--type` does. `None` for any other error. `command` is the
    /// command the user typed, as parsing left it (built, with its flags).
    #[must_use]
    pub(crate) fn missing_choice(err: &clap::Error, command: &clap::Command) -> Option<Self> {
        if err.kind() != ErrorKind::MissingRequiredArgument {
            return None;
        }
        let Some(ContextValue::Strings(missing)) = err.get(ContextKind::InvalidArg) else {
            return None;
        };
        let [missing] = missing.as_slice() else {
            return None;
        };
        let arg = command.get_positionals().find(|arg| {
            arg.get_value_names()
                .is_some_and(|names| names.iter().any(|name| format!("<{name}>") == *missing))
        })?;
        let accepted: Vec<_> = arg
            .get_possible_values()
            .into_iter()
            .filter(|value| !value.is_hide_set())
            .map(|value| value.get_name().to_owned())
            .collect();
        (!accepted.is_empty()).then(|| {
            Self::Usage(format!(
                "missing required argument: {missing} ({})",
                accepted.join(", ")
            ))
        })
    }

    /// The error for argument `position`, which is not valid UTF-8, naming
    /// the flag it belongs to, if any.
    #[must_use]
    pub(crate) fn non_utf8(args: &[OsString], position: usize) -> Self {
        let lossy = args[position].to_string_lossy();
        let (flag, value) = match lossy.split_once('=') {
            Some((flag, value)) if flag.starts_with('-') => (Some(flag), value),
            _ => {
                let before = position.checked_sub(1).and_then(|i| args[i].to_str());
                (before.filter(|arg| arg.starts_with('-')), &*lossy)
            }
        };
        let why = "not valid UTF-8";
        match flag {
            Some(flag) => Self::invalid_value(flag, value, why),
            None => Self::Usage(format!("invalid argument '{value}': {why}")),
        }
    }
}

/// `word` as a command line to paste takes it: in double quotes where it
/// holds a space (`"weighted vest"`, `"morning run.gpx"`).
pub(crate) fn shell_word(word: &str) -> Cow<'_, str> {
    if word.contains(char::is_whitespace) {
        Cow::Owned(format!("\"{word}\""))
    } else {
        Cow::Borrowed(word)
    }
}

/// The flag a word typed without one reads as the value of: a kind of
/// weight, a body weight (a plain number among them), a level, a condition,
/// or a pace, speed, distance or duration where only one of those four
/// reads it (`9:00/mi`, `10kph`, `5km`, `1h30`; not `5:30`, which is a
/// pace or a time).
fn stray_field(word: &str) -> Option<Field> {
    use crate::guidance::{Condition, Level};
    use crate::parse::{
        parse_distance, parse_duration, parse_mass, parse_pace_or_bare, parse_speed,
    };
    if WeightType::from_name(word).is_ok() {
        return Some(Field::Type);
    }
    if parse_mass(word).is_ok() {
        return Some(Field::Weight);
    }
    if Level::from_name(word).is_ok() {
        return Some(Field::Level);
    }
    if Condition::from_name(word).is_ok() {
        return Some(Field::Conditions);
    }
    let run = [
        (Field::Pace, parse_pace_or_bare(word).is_ok()),
        (Field::Speed, parse_speed(word).is_ok()),
        (Field::Distance, parse_distance(word).is_ok()),
        (Field::Duration, parse_duration(word).is_ok()),
    ];
    let mut reading = run.iter().filter(|(_, reads)| *reads);
    match (reading.next(), reading.next()) {
        (Some((field, _)), None) => Some(*field),
        _ => None,
    }
}

/// The file that `texts[at]` is the rest of, when the command's file
/// argument is `texts[at - 1]` and a file is named by it with the words from
/// `at` on, a space between each (`wrun route Morning Run.gpx`).
fn split_file_name(command: &clap::Command, texts: &[&str], at: usize) -> Option<Error> {
    command.get_positionals().next()?;
    let first = texts[at - 1];
    if first.starts_with('-') {
        return None;
    }
    let mut name = first.to_owned();
    texts[at..].iter().find_map(|word| {
        name.push(' ');
        name.push_str(word);
        std::path::Path::new(&name).is_file().then(|| {
            Error::Usage(format!(
                "unexpected argument '{}' found; a file name with spaces goes in quotes: \"{}\"",
                escape_invisible(texts[at]),
                escape_invisible(&name)
            ))
        })
    })
}

/// The flag, as typed, and the value of the last argument of `before`,
/// when that argument is a flag's value (`-w 68`, `--weight=68`, `-w68`).
fn flag_and_value<'a>(before: &[&'a str]) -> Option<(&'a str, &'a str)> {
    let (&last, before) = before.split_last()?;
    if let Some((flag, value)) = last
        .split_once('=')
        .filter(|(flag, _)| flag.starts_with('-'))
    {
        return Some((flag, value));
    }
    if last.starts_with('-') {
        // `-w68`: a short flag with its value attached.
        let short = last
            .strip_prefix('-')
            .filter(|rest| !rest.starts_with('-'))?;
        let split = short.char_indices().nth(1)?.0;
        return Some((&last[..=split], &short[split..]));
    }
    let flag = before.last().filter(|flag| flag.starts_with('-'))?;
    Some((flag, last))
}

/// The argument of `command` that `flag` (`-w`, `--weight`, `--experience`)
/// names.
fn flag_arg<'a>(command: &'a clap::Command, flag: &str) -> Option<&'a clap::Arg> {
    let short = flag
        .strip_prefix('-')
        .and_then(|short| short.parse::<char>().ok());
    command.get_arguments().find(|arg| {
        if let Some(long) = flag.strip_prefix("--") {
            arg.get_long() == Some(long)
                || arg
                    .get_all_aliases()
                    .is_some_and(|aliases| aliases.contains(&long))
        } else {
            short.is_some() && arg.get_short() == short
        }
    })
}

/// The argument clap found no place for, when that is `err`'s complaint:
/// a flag the command does not take, or a word where it takes none.
fn unknown_argument(err: &clap::Error) -> Option<&str> {
    if err.kind() != ErrorKind::UnknownArgument {
        return None;
    }
    match err.get(ContextKind::InvalidArg) {
        Some(ContextValue::String(argument)) => Some(argument),
        _ => None,
    }
}

/// Adds to `takers` each command under `command` (itself called `path`)
/// with a flag shown in its help and spelt `flag` (`--pace`, `-t`), by its
/// full name (`wrun recommend`), in the order of the help.
fn commands_taking(command: &clap::Command, flag: &str, path: &str, takers: &mut Vec<String>) {
    let long = flag.strip_prefix("--");
    // One letter after one dash (`-t`; clap names the letter of `-tvest`).
    let short = flag
        .strip_prefix('-')
        .filter(|_| long.is_none())
        .and_then(|letters| {
            let mut letters = letters.chars();
            letters.next().filter(|_| letters.next().is_none())
        });
    let spelt = |arg: &clap::Arg| {
        long.is_some_and(|long| {
            arg.get_long() == Some(long)
                || arg
                    .get_all_aliases()
                    .is_some_and(|names| names.contains(&long))
        }) || short.is_some_and(|short| arg.get_short() == Some(short))
    };
    for sub in command.get_subcommands() {
        let path = format!("{path} {}", sub.get_name());
        if sub
            .get_arguments()
            .any(|arg| !arg.is_hide_set() && spelt(arg))
        {
            takers.push(path.clone());
        }
        commands_taking(sub, flag, &path, takers);
    }
}

/// clap's own first line, without its `error: ` prefix, followed by clap's
/// tip (which it puts on a later line) or a pointer to the help. A mistyped
/// flag of a command that takes a file gets the pointer, not clap's tip to
/// pass it as a file name after `--`.
fn first_line(err: &clap::Error) -> String {
    let rendered = err.render().to_string();
    let first = rendered.lines().next().unwrap_or_default();
    let first = first.strip_prefix("error: ").unwrap_or(first);
    let tip = rendered
        .lines()
        .find_map(|line| line.trim().strip_prefix("tip: "))
        .filter(|tip| !tip.starts_with("to pass "))
        .map_or_else(|| "; see --help".to_owned(), |tip| format!("; {tip}"));
    format!("{first}{tip}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flags_value_is_found_however_it_is_attached() {
        assert_eq!(flag_and_value(&["-w", "68"]), Some(("-w", "68")));
        assert_eq!(flag_and_value(&["--weight=68"]), Some(("--weight", "68")));
        assert_eq!(flag_and_value(&["-w68"]), Some(("-w", "68")));
        assert_eq!(flag_and_value(&["plan", "-w=68"]), Some(("-w", "68")));
        // A flag with nothing after it, and a word after a command.
        assert_eq!(flag_and_value(&["--json"]), None);
        assert_eq!(flag_and_value(&["-w"]), None);
        assert_eq!(flag_and_value(&["route", "Morning"]), None);
    }

    #[test]
    fn bad_input_exits_2_and_failed_output_exits_1() {
        assert_eq!(Error::Usage("x".into()).exit_code(), 2);
        let output = Error::Output(io::Error::other("disk full"));
        assert_eq!(output.exit_code(), 1);
        assert!(!output.is_broken_pipe());
    }

    #[test]
    fn a_named_file_that_is_missing_a_folder_or_not_text_is_bad_input_and_a_disk_error_is_not() {
        let input = |kind| Error::Input {
            path: "roster.csv".into(),
            source: io::Error::from(kind),
        };
        for kind in [
            io::ErrorKind::NotFound,
            io::ErrorKind::PermissionDenied,
            io::ErrorKind::IsADirectory,
            io::ErrorKind::NotADirectory,
            io::ErrorKind::InvalidData,
        ] {
            assert_eq!(input(kind).exit_code(), 2, "{kind:?}");
            let profile = Error::Profile {
                path: "p.toml".into(),
                by: "--config",
                source: io::Error::from(kind),
            };
            assert_eq!(profile.exit_code(), 2, "{kind:?}");
        }
        assert_eq!(input(io::ErrorKind::Other).exit_code(), 1);
        assert_eq!(input(io::ErrorKind::Interrupted).exit_code(), 1);
        let create = Error::Create {
            path: "config.toml".into(),
            source: io::Error::from(io::ErrorKind::PermissionDenied),
        };
        assert_eq!(
            create.exit_code(),
            1,
            "wrun could not write: not the input's fault"
        );
    }

    #[test]
    fn control_characters_in_a_value_are_shown_escaped() {
        let err = Error::invalid_value("--weight", "150\u{7}\n", "no");
        assert_eq!(
            err.to_string(),
            "invalid value '150\\u{7}\\n' for '--weight': no"
        );
    }

    #[test]
    fn control_and_invisible_characters_are_escaped_in_any_line() {
        assert_eq!(escape_invisible("a\nb\u{7}"), "a\\nb\\u{7}");
        assert_eq!(
            escape_invisible("x\u{200b}y\u{202e}"),
            "x\\u{200b}y\\u{202e}"
        );
        assert_eq!(escape_invisible("68 kg – ok é"), "68 kg – ok é");
    }

    #[test]
    fn a_closed_pipe_is_recognised_as_the_end_not_a_failure() {
        let closed = Error::Output(io::ErrorKind::BrokenPipe.into());
        assert!(closed.is_broken_pipe());
    }

    #[test]
    fn a_non_utf8_value_is_blamed_on_its_flag() {
        use std::os::unix::ffi::OsStringExt;
        let bad = OsString::from_vec(vec![0x31, 0xff]);
        let args = vec![
            "wrun".into(),
            "recommend".into(),
            "--weight".into(),
            bad.clone(),
        ];
        let err = Error::non_utf8(&args, 3);
        assert_eq!(
            err.to_string(),
            "invalid value '1\u{fffd}' for '--weight': not valid UTF-8"
        );
        let mut joined = OsString::from("--type=");
        joined.push(&bad);
        let err = Error::non_utf8(&["wrun".into(), joined], 1);
        assert_eq!(
            err.to_string(),
            "invalid value '1\u{fffd}' for '--type': not valid UTF-8"
        );
        // A value that holds `=` is still the value of the flag before it.
        let mut equals = OsString::from("a=");
        equals.push(&bad);
        let err = Error::non_utf8(&["wrun".into(), "-w".into(), equals], 2);
        assert_eq!(
            err.to_string(),
            "invalid value 'a=1\u{fffd}' for '-w': not valid UTF-8"
        );
    }

    #[test]
    fn a_flag_of_other_commands_names_them_and_a_typo_keeps_claps_tip() {
        let mut tree = crate::cli::help::command();
        tree.build();
        let refused = |args: &[&str]| {
            let err = tree
                .clone()
                .try_get_matches_from(args)
                .expect_err("an unknown flag");
            Error::taken_elsewhere(&err, &tree).map(|err| err.to_string())
        };
        assert_eq!(
            refused(&[
                "wrun",
                "recommend",
                "-w",
                "150",
                "-t",
                "vest",
                "--weeks",
                "6"
            ])
            .as_deref(),
            Some("unexpected argument '--weeks' found; it is a flag of 'wrun plan'")
        );
        // A short flag, stuck to its value, in a command that takes no kind.
        assert_eq!(
            refused(&["wrun", "compare", "-w", "150", "-tvest"]).as_deref(),
            Some(
                "unexpected argument '-t' found; it is a flag of 'wrun recommend', 'wrun plan', \
                 'wrun route' and 'wrun batch'"
            )
        );
        // batch's hidden `--format` is not offered; config's own command is.
        assert_eq!(
            refused(&["wrun", "schema", "--format", "json"]).as_deref(),
            Some(
                "unexpected argument '--format' found; it is a flag of 'wrun recommend', 'wrun \
                 compare', 'wrun plan', 'wrun route', 'wrun sources' and 'wrun config show'"
            )
        );
        // A flag by another of its names.
        assert_eq!(
            refused(&["wrun", "sources", "--injury", "knee-pain"]).as_deref(),
            Some(
                "unexpected argument '--injury' found; it is a flag of 'wrun recommend', 'wrun \
                 compare', 'wrun plan', 'wrun route' and 'wrun config init'"
            )
        );
        assert_eq!(refused(&["wrun", "recommend", "--wieght", "150"]), None);
    }

    #[test]
    fn a_missing_argument_of_a_few_words_names_them() {
        let missing = |path: &[&str]| {
            // Parsing builds the commands it passes through, as in `run`.
            let mut tree = crate::cli::help::command();
            let err = tree
                .try_get_matches_from_mut(path)
                .expect_err("a missing argument");
            let command = path[1..].iter().fold(&tree, |command, word| {
                command.find_subcommand(word).unwrap()
            });
            Error::missing_choice(&err, command).map(|err| err.to_string())
        };
        assert_eq!(
            missing(&["wrun", "completions"]).as_deref(),
            Some("missing required argument: <SHELL> (bash, elvish, fish, powershell, zsh)")
        );
        // A file name is not one of a few words: the general line serves.
        assert_eq!(missing(&["wrun", "route"]), None);
    }
}
