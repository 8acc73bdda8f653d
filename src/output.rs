//! Where output goes: standard output as a file of wrun's own, whether it is
//! coloured, and how wide text may be.
//!
//! Standard output is duplicated into a `File` first, so that a write that
//! fails (a read-only descriptor, a full disk) is an error wrun reports
//! (Rust's own `stdout` silently drops writes to a bad descriptor), and a
//! failed write ends the run without anything written twice. What standard
//! output *is* never matters: a terminal, a pipe, a file, or `/dev/null`
//! opened for writing or for reading and writing (as Python's
//! `subprocess.DEVNULL`, Node's `stdio: 'ignore'` and daemons hand it over)
//! are all fine places to write; only a write that fails is an error.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::os::fd::AsFd;

use anstream::{AutoStream, ColorChoice};

use crate::cli::ColorWhen;
use crate::error::Error;
use crate::render::text::{MIN_WIDTH, WIDTH};

/// Standard output, ready to write to.
pub(crate) struct Stdout {
    file: File,
    is_terminal: bool,
}

impl Stdout {
    /// Standard output, or why it cannot be written to.
    ///
    /// # Errors
    /// [`Error::Output`] when standard output is not a descriptor at all.
    pub(crate) fn open() -> Result<Self, Error> {
        let fd = io::stdout().as_fd().try_clone_to_owned().map_err(|err| {
            Error::Output(io::Error::new(
                err.kind(),
                format!("standard output is not open ({err})"),
            ))
        })?;
        let file = File::from(fd);
        let is_terminal = file.is_terminal();
        Ok(Self { file, is_terminal })
    }

    /// How wide text may be: `COLUMNS` when it holds a positive number, else
    /// the terminal's width, else the widest; never outside [`MIN_WIDTH`]..=[`WIDTH`].
    pub(crate) fn width(&self, columns: Option<&str>) -> usize {
        let given = columns
            .and_then(|columns| columns.trim().parse::<usize>().ok())
            .filter(|&columns| columns > 0);
        let detected =
            || terminal_size::terminal_size_of(self.file.as_fd()).map(|(width, _)| width.0.into());
        given
            .or_else(detected)
            .unwrap_or(WIDTH)
            .clamp(MIN_WIDTH, WIDTH)
    }

    /// Whether text is coloured for `when`, on this output, in an
    /// environment read by `var`.
    pub(crate) fn color(
        &self,
        when: ColorWhen,
        var: impl Fn(&str) -> Option<String>,
    ) -> ColorChoice {
        color_choice(when, self.is_terminal, var)
    }

    /// Runs `write` over buffered output. Text (`color` given) has its
    /// styles stripped unless the choice is [`ColorChoice::Always`]; other
    /// output (JSON, CSV, roff) goes straight through, unscanned. On an
    /// error, what was not yet written is dropped rather than written again.
    ///
    /// # Errors
    /// The error of `write`, or [`Error::Output`] when flushing fails.
    pub(crate) fn write_with<F>(self, color: Option<ColorChoice>, write: F) -> Result<(), Error>
    where
        F: FnOnce(&mut dyn Write) -> Result<(), Error>,
    {
        let raw: Box<dyn Write> = Box::new(self.file);
        match color {
            Some(choice) => write_through(AutoStream::new(raw, choice), write),
            None => write_through(raw, write),
        }
    }
}

/// [`Stdout::write_with`] over any stream.
fn write_through<S: Write, F>(raw: S, write: F) -> Result<(), Error>
where
    F: FnOnce(&mut dyn Write) -> Result<(), Error>,
{
    let mut out = BufWriter::with_capacity(1 << 16, raw);
    let result = write(&mut out).and_then(|()| out.flush().map_err(Error::Output));
    if result.is_err() {
        // Dropping a BufWriter flushes it: a stream that failed halfway
        // would then get its start again.
        let _ = out.into_parts();
    }
    result
}

/// Colour for `when`: `auto` colours a terminal unless `NO_COLOR` is set,
/// `TERM` is `dumb` or `CLICOLOR` is `0`; `CLICOLOR_FORCE` other than `0`
/// colours any output.
fn color_choice(
    when: ColorWhen,
    is_terminal: bool,
    var: impl Fn(&str) -> Option<String>,
) -> ColorChoice {
    let set = |name: &str| var(name).filter(|value| !value.is_empty());
    match when {
        ColorWhen::Always => ColorChoice::Always,
        ColorWhen::Never => ColorChoice::Never,
        ColorWhen::Auto if set("NO_COLOR").is_some() => ColorChoice::Never,
        ColorWhen::Auto if set("CLICOLOR_FORCE").is_some_and(|force| force != "0") => {
            ColorChoice::Always
        }
        ColorWhen::Auto => {
            let off = set("CLICOLOR").is_some_and(|clicolor| clicolor == "0")
                || set("TERM").is_some_and(|term| term == "dumb");
            if is_terminal && !off {
                ColorChoice::Always
            } else {
                ColorChoice::Never
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
        }
    }

    #[test]
    fn auto_colours_a_terminal_and_not_a_pipe() {
        assert_eq!(
            color_choice(ColorWhen::Auto, true, env(&[])),
            ColorChoice::Always
        );
        assert_eq!(
            color_choice(ColorWhen::Auto, false, env(&[])),
            ColorChoice::Never
        );
    }

    #[test]
    fn the_colour_variables_are_honoured_and_clicolor_force_0_forces_nothing() {
        let auto =
            |terminal, pairs: &[(&str, &str)]| color_choice(ColorWhen::Auto, terminal, env(pairs));
        assert_eq!(auto(true, &[("NO_COLOR", "1")]), ColorChoice::Never);
        assert_eq!(auto(false, &[("CLICOLOR_FORCE", "1")]), ColorChoice::Always);
        assert_eq!(auto(false, &[("CLICOLOR_FORCE", "0")]), ColorChoice::Never);
        assert_eq!(auto(true, &[("CLICOLOR", "0")]), ColorChoice::Never);
        assert_eq!(auto(true, &[("TERM", "dumb")]), ColorChoice::Never);
        assert_eq!(
            auto(true, &[("NO_COLOR", "")]),
            ColorChoice::Always,
            "empty means unset"
        );
        assert_eq!(
            color_choice(ColorWhen::Never, true, env(&[("CLICOLOR_FORCE", "1")])),
            ColorChoice::Never
        );
    }

    /// A stream that takes `room` bytes, then fails as a full non-blocking pipe does.
    struct Full {
        written: std::rc::Rc<std::cell::RefCell<Vec<u8>>>,
        room: usize,
    }

    impl Write for Full {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            let mut written = self.written.borrow_mut();
            let take = bytes.len().min(self.room - written.len());
            if take == 0 {
                return Err(io::ErrorKind::WouldBlock.into());
            }
            written.extend_from_slice(&bytes[..take]);
            Ok(take)
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_failed_write_ends_the_run_and_never_writes_a_byte_twice() {
        use std::fmt::Write as _;
        let text = (0..2000).fold(String::new(), |mut text, n| {
            let _ = writeln!(text, "line {n}");
            text
        });
        for color in [ColorChoice::Never, ColorChoice::Always] {
            let written = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
            let full = Full {
                written: written.clone(),
                room: 5000,
            };
            let raw: Box<dyn Write> = Box::new(full);
            let result = write_through(AutoStream::new(raw, color), |out| {
                out.write_all(b"\x1b[1mbold\x1b[0m\n")?;
                out.write_all(text.as_bytes()).map_err(Error::Output)
            });
            assert!(matches!(result, Err(Error::Output(_))));
            let written = String::from_utf8(written.borrow().clone()).unwrap();
            assert_eq!(written.matches("line 0\n").count(), 1, "{color:?}");
            assert!(written.ends_with(&text[..written.len() - written.find("line 0").unwrap()]));
        }
    }

    #[test]
    fn text_is_between_40_and_80_columns_wide() {
        let stdout = Stdout::open().unwrap();
        assert_eq!(stdout.width(Some("60")), 60);
        assert_eq!(stdout.width(Some("200")), 80);
        assert_eq!(stdout.width(Some("10")), 40);
        // Not a width: the terminal's, or 80 when there is none.
        assert!((40..=80).contains(&stdout.width(Some("0"))));
        assert!((40..=80).contains(&stdout.width(Some("wide"))));
    }
}
