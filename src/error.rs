//! wrun's errors and the exit code each one maps to.

use std::borrow::Cow;
use std::io;

use clap::error::{ContextKind, ContextValue, ErrorKind};

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
}

/// `word` as a command line to paste takes it: bare where a shell reads
/// every character as itself, else in double quotes (`"weighted vest"`,
/// `"5'30/km"`, `"morning run.gpx"`), or in single quotes where double
/// quotes would not keep it (`'$5'`).
pub(crate) fn shell_word(word: &str) -> Cow<'_, str> {
    let plain = |c: char| c.is_alphanumeric() || "-_.,/:+=@%".contains(c);
    if !word.is_empty() && word.chars().all(plain) {
        Cow::Borrowed(word)
    } else if !word.contains(['"', '$', '`', '\\', '!']) {
        Cow::Owned(format!("\"{word}\""))
    } else {
        Cow::Owned(format!("'{}'", word.replace('\'', r"'\''")))
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
    fn a_word_to_paste_is_quoted_where_a_shell_would_read_it_otherwise() {
        assert_eq!(shell_word("68kg"), "68kg");
        assert_eq!(shell_word("mon,wed"), "mon,wed");
        assert_eq!(shell_word("9:00/mi"), "9:00/mi");
        assert_eq!(shell_word("weighted vest"), "\"weighted vest\"");
        assert_eq!(shell_word("5'30/km"), "\"5'30/km\"");
        assert_eq!(shell_word("Morning (1).gpx"), "\"Morning (1).gpx\"");
        assert_eq!(shell_word("run*.gpx"), "\"run*.gpx\"");
        assert_eq!(shell_word(""), "\"\"");
        assert_eq!(shell_word("5'30\"/km"), r#"'5'\''30"/km'"#);
        assert_eq!(shell_word("$HOME/run.gpx"), "'$HOME/run.gpx'");
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
}
