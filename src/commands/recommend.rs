//! `wrun recommend`.

use std::io::Write;

use crate::cli::{Format, RecommendArgs};
use crate::error::Error;
use crate::guidance;
use crate::render;

/// Runs `wrun recommend`, writing to `out` (text in lines of at most `width` columns).
///
/// # Errors
/// [`Error::Usage`] for values out of range, [`Error::Output`] when writing fails.
pub fn run<W: Write + ?Sized>(
    profile: &crate::config::Profile,
    args: &RecommendArgs,
    out: &mut W,
    width: usize,
) -> Result<(), Error> {
    let notes = args.output.notes(&args.notes)?;
    let (runner, weight_type) = args
        .runner
        .resolve_with_kind(profile, args.kind.weight_type)?;
    let request = super::request(&runner, weight_type, Some(&args.workout))?;
    let recommendation = guidance::recommend(&request)
        .map_err(|err| super::blame(&err, &runner, Some(&args.workout)))?;
    match args.output.format() {
        Format::Text => {
            let page = &mut render::text::Page::new(out, width);
            if args.brief {
                render::text::brief_recommendation(page, &recommendation)?;
            } else {
                render::text::recommendation(page, &recommendation)?;
            }
        }
        Format::Json => {
            render::json::write(
                out,
                &render::json::RecommendationJson::new(
                    &recommendation,
                    render::json::Written {
                        unit_source: runner.unit_source,
                        notes,
                    },
                ),
            )?;
        }
    }
    Ok(())
}
