//! The `wrun` binary: runs [`wrun::run`] and turns its result into an exit
//! code. Errors are reported here, once, through `anyhow`, so that an I/O
//! error reads with its cause: `reading 'roster.csv': Permission denied`.

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    match wrun::run(std::env::args_os()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if err.is_broken_pipe() => ExitCode::SUCCESS,
        Err(err) => {
            let code = err.exit_code();
            let report = anyhow::Error::from(err);
            let line = wrun::escape_invisible(&format!("{report:#}"));
            // Nothing better to do if stderr is gone too.
            let _ = writeln!(std::io::stderr(), "wrun: error: {line}");
            ExitCode::from(code)
        }
    }
}
