//! `wrun sources`.

use std::io::Write;

use crate::cli::{Format, OutputArgs};
use crate::error::Error;
use crate::guidance::rules::RULES;
use crate::render;

/// Runs `wrun sources`, writing to `out`.
///
/// # Errors
/// [`Error::Output`] when writing fails.
pub fn run<W: Write + ?Sized>(args: &OutputArgs, out: &mut W) -> Result<(), Error> {
    match args.format() {
        Format::Text => render::text::sources(out, RULES)?,
        Format::Json => render::json::write(out, &render::json::SourcesJson::new(RULES))?,
    }
    Ok(())
}
