//! `wrun compare`.

use std::io::Write;

use crate::cli::{CompareArgs, Format};
use crate::error::Error;
use crate::guidance::{self, WeightType};
use crate::render;

/// Runs `wrun compare`, writing to `out`.
///
/// # Errors
/// [`Error::Usage`] for values out of range, [`Error::Output`] when writing fails.
pub fn run<W: Write + ?Sized>(
    profile: &crate::config::Profile,
    args: &CompareArgs,
    out: &mut W,
) -> Result<(), Error> {
    let runner = args.runner.resolve(profile)?;
    let request = super::request(&runner, WeightType::Vest, Some(&args.workout))?;
    let comparison = guidance::compare(&request)
        .map_err(|err| super::blame(&err, &runner, Some(&args.workout)))?;
    match args.output.format() {
        Format::Text if args.brief => render::text::brief_comparison(out, &comparison)?,
        Format::Text => render::text::comparison(out, &comparison)?,
        Format::Json => render::json::write(
            out,
            &render::json::ComparisonJson::with_notes(&comparison, args.notes.form()),
        )?,
    }
    Ok(())
}
