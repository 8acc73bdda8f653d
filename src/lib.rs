//! wrun: how much weight to run with, of which kind, what it does to heart
//! rate and calories, and what can hurt.
//!
//! [`guidance`] is the pure core and the place to start when using wrun as a
//! library. The rest is the command line around it: [`cli`] reads flags,
//! [`commands`] runs them, [`render`] writes text and JSON, and [`run`] ties them together for the `wrun` binary.

pub mod cli;
pub mod commands;
pub mod error;
pub mod guidance;
pub mod parse;
pub mod render;

#[cfg(test)]
mod properties;

/// Entry points for the fuzz targets in `fuzz/`; not part of the API.
#[doc(hidden)]
pub mod fuzzing {
    use std::io::BufReader;

    use crate::cli::{BatchArgs, BatchCommand, InputFormat, OutputFormat};
    use crate::guidance::Unit;

    /// Runs a recommend batch over `input` read as CSV cut by `delimiter`
    /// (`Some`) or NDJSON (`None`), writing NDJSON or CSV (`csv_out`): the
    /// output, and whether the input was refused as a whole (a bad CSV
    /// header).
    #[must_use]
    pub fn batch(input: &[u8], delimiter: Option<u8>, csv_out: bool) -> (Vec<u8>, bool) {
        let args = BatchArgs {
            file: None,
            input: Some(if delimiter.is_some() {
                InputFormat::Csv
            } else {
                InputFormat::Ndjson
            }),
            delimiter,
            command: BatchCommand::Recommend,
            output: if csv_out {
                OutputFormat::Csv
            } else {
                OutputFormat::Ndjson
            },
            unit: Unit::Lb,
        };
        let mut out = Vec::new();
        let reader = Box::new(BufReader::with_capacity(64, input));
        let refused = matches!(
            crate::commands::batch::answer_input(&args, reader, "input", &mut out),
            Err(crate::Error::Usage(_))
        );
        (out, refused)
    }
}

use std::ffi::OsString;
use std::io::{self, BufWriter, Write};

use anstream::{AutoStream, ColorChoice};
use clap::error::ErrorKind;
use clap::parser::ValueSource;
use clap::{ArgMatches, CommandFactory, FromArgMatches};

pub use error::Error;

use crate::cli::{Cli, ColorWhen, Command, ENV_DEFAULTS, Format};

/// Runs wrun with `args` (the program name first), writing to standard output.
///
/// # Errors
/// [`Error`] for bad input (exit code 2), unreadable input or unwritable
/// output (exit code 1; a closed pipe included, see [`Error::is_broken_pipe`]),
/// and a batch with failed lines (exit code 1).
pub fn run<I, T>(args: I) -> Result<(), Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString>,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    if let Some(err) = Error::first_non_utf8(&args) {
        return Err(err);
    }
    let matches = match Cli::command().try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(err)
            if matches!(
                err.kind(),
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
            ) =>
        {
            return err.print().map_err(Error::Output);
        }
        Err(err) => return Err(Error::from_clap(&err, &args)),
    };
    let mut cli = Cli::from_arg_matches(&matches).map_err(|err| Error::from_clap(&err, &args))?;
    if let (Some(runner), Some((_, sub))) = (cli.command.runner_mut(), matches.subcommand()) {
        runner.from_env = from_env(sub);
    }
    let choice = match cli.color {
        ColorWhen::Auto => ColorChoice::Auto,
        ColorWhen::Always => ColorChoice::Always,
        ColorWhen::Never => ColorChoice::Never,
    };
    let text = |format: Format| (format == Format::Text).then_some(choice);
    match &cli.command {
        Command::Recommend(args) => write_with(text(args.output.format()), |out| {
            commands::recommend::run(args, out)
        }),
        Command::Compare(args) => write_with(text(args.output.format()), |out| {
            commands::compare::run(args, out)
        }),
        Command::Plan(args) => write_with(text(args.output.format()), |out| {
            commands::plan::run(args, out)
        }),
        Command::Sources(args) => {
            write_with(text(args.format()), |out| commands::sources::run(args, out))
        }
        Command::Batch(args) => write_with(None, |out| commands::batch::run(args, out)),
        Command::Schema(args) => write_with(None, |out| commands::schema::run(args, out)),
        Command::Completions(args) => {
            write_with(None, |mut out| commands::shell::completions(args, &mut out))
        }
        Command::Man => write_with(None, |mut out| commands::shell::man(&mut out)),
    }
}

/// The runner flags whose value came from the environment, with the variable.
fn from_env(matches: &ArgMatches) -> Vec<(&'static str, &'static str)> {
    ENV_DEFAULTS
        .iter()
        .filter(|default| {
            matches
                .try_contains_id(default.id)
                .is_ok_and(|present| present)
                && matches.value_source(default.id) == Some(ValueSource::EnvVariable)
        })
        .map(|default| (default.flag, default.variable))
        .collect()
}

/// Runs `write` over buffered standard output, through a colour-aware
/// stream when `color` is given (text), straight otherwise (JSON, scripts).
fn write_with<F>(color: Option<ColorChoice>, write: F) -> Result<(), Error>
where
    F: FnOnce(&mut dyn Write) -> Result<(), Error>,
{
    let stdout = io::stdout().lock();
    if let Some(choice) = color {
        let mut out = BufWriter::new(AutoStream::new(stdout, choice));
        write(&mut out)?;
        out.flush()?;
    } else {
        let mut out = BufWriter::with_capacity(1 << 16, stdout);
        write(&mut out)?;
        out.flush()?;
    }
    Ok(())
}
