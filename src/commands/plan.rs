//! `wrun plan`.

use std::io::Write;

use crate::cli::{Format, PlanArgs};
use crate::error::Error;
use crate::guidance;
use crate::render;

/// Runs `wrun plan`, writing to `out`.
///
/// # Errors
/// [`Error::Usage`] for values out of range, [`Error::Output`] when writing fails.
pub fn run<W: Write + ?Sized>(
    profile: &crate::config::Profile,
    args: &PlanArgs,
    out: &mut W,
) -> Result<(), Error> {
    let runner = args.runner.resolve(profile)?;
    let request = super::request(&runner, args.weight_type, None)?;
    let plan =
        guidance::plan(&request, args.weeks).map_err(|err| super::blame(&err, &runner, None))?;
    match args.output.format() {
        Format::Text => render::text::plan(out, &plan)?,
        Format::Json => render::json::write(out, &render::json::PlanJson::new(&plan))?,
    }
    Ok(())
}
