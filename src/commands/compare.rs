//! `wrun compare`.

use std::io::Write;

use crate::cli::{CompareArgs, Format};
use crate::error::Error;
use crate::guidance::{self, WeightType};
use crate::render;

/// Runs `wrun compare`, writing to `out` (text in lines of at most `width` columns).
///
/// # Errors
/// [`Error::Usage`] for values out of range, [`Error::Output`] when writing fails.
pub fn run<W: Write + ?Sized>(
    profile: &crate::config::Profile,
    args: &CompareArgs,
    out: &mut W,
    width: usize,
) -> Result<(), Error> {
    let notes = args.output.notes(&args.notes)?;
    let runner = args.runner.resolve(profile)?;
    let request = super::request(&runner, WeightType::Vest, Some(&args.workout))?;
    let comparison = guidance::compare(&request)
        .map_err(|err| super::blame(&err, &runner, Some(&args.workout)))?;
    match args.output.format() {
        Format::Text => {
            let page = &mut render::text::Page::new(out, width);
            if args.brief {
                render::text::brief_comparison(page, &comparison)?;
            } else {
                render::text::comparison(page, &comparison)?;
            }
        }
        Format::Json => render::json::write(
            out,
            &render::json::ComparisonJson::new(
                &comparison,
                render::json::Written {
                    unit_source: runner.unit_source,
                    notes,
                },
            ),
        )?,
    }
    Ok(())
}
