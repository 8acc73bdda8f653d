//! `wrun completions` and `wrun man`: shell integration, generated from the
//! command-line definition itself.

use std::io::Write;

use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs};
use crate::error::Error;

/// Runs `wrun completions`, writing the script to `out`.
///
/// # Errors
/// [`Error::Output`] when writing fails.
pub fn completions<W: Write>(args: &CompletionsArgs, out: &mut W) -> Result<(), Error> {
    clap_complete::generate(args.shell, &mut Cli::command(), "wrun", out);
    Ok(())
}

/// Runs `wrun man`, writing roff to `out`.
///
/// # Errors
/// [`Error::Output`] when writing fails.
pub fn man<W: Write>(out: &mut W) -> Result<(), Error> {
    clap_mangen::Man::new(Cli::command()).render(out)?;
    Ok(())
}
