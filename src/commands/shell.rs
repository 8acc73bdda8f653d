//! `wrun completions`: shell integration, generated from the command-line
//! definition itself.

use std::io::{self, Write};

use crate::cli::CompletionsArgs;
use crate::cli::help::command;

/// Runs `wrun completions`, writing the script to `out`.
///
/// The script is made whole before it is written: `clap_complete` panics
/// on a write that fails, where wrun reports it. A description stands on
/// one line of a menu, so the no-break spaces that hold help's pairs
/// together (`30 km/h`) are plain spaces here.
///
/// # Errors
/// The write's.
pub fn completions(args: &CompletionsArgs, out: &mut dyn Write) -> io::Result<()> {
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command(), "wrun", &mut script);
    let script = String::from_utf8_lossy(&script).replace('\u{a0}', " ");
    out.write_all(script.as_bytes())
}
