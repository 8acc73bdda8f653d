//! The `wrun` binary: runs [`wrun::run`] and turns its result into an exit code.

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    match wrun::run(std::env::args_os()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if err.is_broken_pipe() => ExitCode::SUCCESS,
        Err(err) => {
            // Nothing better to do if stderr is gone too.
            let _ = writeln!(std::io::stderr(), "wrun: error: {err}");
            ExitCode::from(err.exit_code())
        }
    }
}
