//! `wrun recommend`.

use std::io::Write;

use crate::cli::{Format, MassArg, RecommendArgs};
use crate::error::Error;
use crate::guidance::{self, GuidanceError, Recommendation, Request};
use crate::render;

/// Runs `wrun recommend`, writing to `out`.
///
/// # Errors
/// [`Error::Usage`] for values out of range, [`Error::Output`] when writing fails.
pub fn run<W: Write>(args: &RecommendArgs, out: &mut W) -> Result<(), Error> {
    let recommendation = recommendation(args)?;
    match args.format() {
        Format::Text => render::text::recommendation(out, &recommendation)?,
        Format::Json => {
            render::json::write(out, &render::json::RecommendationJson::new(&recommendation))?;
        }
    }
    Ok(())
}

/// The recommendation the flags ask for.
///
/// # Errors
/// [`Error::Usage`] naming the flag whose value is out of range.
pub fn recommendation(args: &RecommendArgs) -> Result<Recommendation, Error> {
    let request = Request {
        body_weight: args.weight.mass.resolve(args.unit),
        weight_type: args.weight_type,
        level: args.level,
        conditions: args.conditions.clone(),
        increment: args
            .increment
            .as_ref()
            .map(|step| step.mass.resolve(args.unit)),
        unit: args.unit,
    };
    guidance::recommend(&request).map_err(|err| blame(&err, args))
}

fn blame(err: &GuidanceError, args: &RecommendArgs) -> Error {
    let (flag, arg): (&str, Option<&MassArg>) = match err {
        GuidanceError::BodyWeightOutOfRange => ("--weight", Some(&args.weight)),
        GuidanceError::IncrementOutOfRange => ("--increment", args.increment.as_ref()),
    };
    let text = arg.map_or("", |arg| arg.text.as_str());
    if arg.is_some_and(|arg| arg.mass.unit.is_none()) {
        let unit = args.unit;
        Error::invalid_value(
            flag,
            text,
            format!("{err}; a plain number is read in {unit}"),
        )
    } else {
        Error::invalid_value(flag, text, err)
    }
}
