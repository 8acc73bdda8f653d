//! `wrun completions`: shell integration, generated from the command-line
//! definition itself.

use std::io::Write;

use crate::cli::CompletionsArgs;
use crate::cli::help::command;

/// Runs `wrun completions`, writing the script to `out` (a failed write
/// shows when `out` is flushed).
pub fn completions<W: Write>(args: &CompletionsArgs, out: &mut W) {
    clap_complete::generate(args.shell, &mut command(), "wrun", out);
}
