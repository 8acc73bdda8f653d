//! wrun: how much weight to run with, of which kind, what it does to heart
//! rate and calories, and what can hurt.
//!
//! [`guidance`] is the pure core and the place to start when using wrun as a
//! library. The rest is the command line around it: [`cli`] reads flags,
//! [`commands`] runs them, [`render`] writes text and JSON, and [`run`] ties
//! them together for the `wrun` binary.

pub mod cli;
pub mod commands;
pub mod error;
pub mod guidance;
pub mod parse;
pub mod render;

use std::ffi::OsString;
use std::io::{BufWriter, Write};

use clap::Parser;
use clap::error::ErrorKind;

pub use error::Error;

use crate::cli::{Cli, Command};

/// Runs wrun with `args` (the program name first), writing to standard output.
///
/// # Errors
/// [`Error::Usage`] for bad input, [`Error::Output`] when the output cannot be
/// written (a closed pipe included: see [`Error::is_broken_pipe`]).
pub fn run<I, T>(args: I) -> Result<(), Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString>,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    if let Some(err) = Error::first_non_utf8(&args) {
        return Err(err);
    }
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(err)
            if matches!(
                err.kind(),
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
            ) =>
        {
            return err.print().map_err(Error::Output);
        }
        Err(err) => return Err(Error::from_clap(&err)),
    };
    let stdout = anstream::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match &cli.command {
        Command::Recommend(args) => commands::recommend::run(args, &mut out)?,
        Command::Compare(args) => commands::compare::run(args, &mut out)?,
        Command::Plan(args) => commands::plan::run(args, &mut out)?,
        Command::Sources(args) => commands::sources::run(args, &mut out)?,
    }
    out.flush()?;
    Ok(())
}
