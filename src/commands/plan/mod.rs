//! `wrun plan`: the ramp-up as text or JSON, or as a calendar or spreadsheet
//! file, its weeks dated from `--start`.

use std::io::Write;

use crate::cli::{PlanArgs, PlanFormat};
use crate::error::Error;
use crate::guidance;
use crate::render;

mod calendar;

use crate::guidance::calendar::schedule;

/// Runs `wrun plan`, writing to `out`.
///
/// # Errors
/// [`Error::Usage`] for values out of range or too few `--days`,
/// [`Error::Output`] when writing fails.
pub fn run<W: Write + ?Sized>(
    profile: &crate::config::Profile,
    args: &PlanArgs,
    out: &mut W,
) -> Result<(), Error> {
    let runner = args.runner.resolve(profile)?;
    let request = super::request(&runner, args.weight_type, None)?;
    let plan = guidance::plan(&request, args.weeks)
        .map_err(|err| super::blame(&err, &runner, None))?
        .with_days(&args.days);
    let format = args.output.format();
    // A calendar needs dates: without --start it begins today.
    let start = match (args.start, format) {
        (Some(start), _) => Some(start),
        (None, PlanFormat::Ics) => Some(jiff::Zoned::now().date()),
        (None, _) => None,
    };
    guidance::calendar::check_days(&plan, &args.days)
        .map_err(|err| super::blame(&err, &runner, None))?;
    let dates = start
        .map(|start| schedule(&plan, start, &args.days))
        .transpose()
        .map_err(|err| super::blame(&err, &runner, None))?;
    match format {
        PlanFormat::Text => render::text::plan(out, &plan, dates.as_deref())?,
        PlanFormat::Json => {
            render::json::write(out, &render::json::PlanJson::new(&plan, dates.as_deref()))?;
        }
        PlanFormat::Ics => {
            let dates = dates.unwrap_or_default();
            out.write_all(calendar::ics(&plan, &dates, start.unwrap_or_default()).as_bytes())?;
        }
        PlanFormat::Csv => out.write_all(&calendar::csv(&plan, dates.as_deref()))?,
    }
    Ok(())
}
