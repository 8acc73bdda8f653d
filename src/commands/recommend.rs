//! `wrun recommend`.

use std::io::Write;

use crate::cli::{Format, RecommendArgs};
use crate::error::Error;
use crate::guidance;
use crate::render;

/// Runs `wrun recommend`, writing to `out`.
///
/// # Errors
/// [`Error::Usage`] for values out of range, [`Error::Output`] when writing fails.
pub fn run<W: Write + ?Sized>(
    profile: &crate::config::Profile,
    args: &RecommendArgs,
    out: &mut W,
) -> Result<(), Error> {
    let runner = args.runner.resolve(profile)?;
    let request = super::request(&runner, args.weight_type, Some(&args.workout))?;
    let recommendation = guidance::recommend(&request)
        .map_err(|err| super::blame(&err, &runner, Some(&args.workout)))?;
    match args.output.format() {
        Format::Text if args.brief => render::text::brief_recommendation(out, &recommendation)?,
        Format::Text => render::text::recommendation(out, &recommendation)?,
        Format::Json => {
            render::json::write(
                out,
                &render::json::RecommendationJson::with_notes(&recommendation, args.notes.form()),
            )?;
        }
    }
    Ok(())
}
