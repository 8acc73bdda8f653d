//! `wrun schema`: the JSON Schema of each command's output, generated from
//! the types that serialize it.

use std::io::Write;

use schemars::{Schema, schema_for};

use crate::cli::{SchemaArgs, SchemaFor};
use crate::error::Error;
use crate::render::json::{
    BatchLineJson, ComparisonJson, PlanJson, RecommendationJson, RouteJson, SourcesJson,
};

/// The JSON Schema (draft 2020-12) of `command`'s JSON output.
#[must_use]
pub fn schema(command: SchemaFor) -> Schema {
    match command {
        SchemaFor::Recommend => schema_for!(RecommendationJson),
        SchemaFor::Compare => schema_for!(ComparisonJson),
        SchemaFor::Plan => schema_for!(PlanJson),
        SchemaFor::Route => schema_for!(RouteJson),
        SchemaFor::Batch => schema_for!(BatchLineJson),
        SchemaFor::Sources => schema_for!(SourcesJson),
    }
}

/// Runs `wrun schema`, writing pretty JSON to `out`.
///
/// # Errors
/// [`Error::Output`] when writing fails.
pub fn run<W: Write + ?Sized>(args: &SchemaArgs, out: &mut W) -> Result<(), Error> {
    serde_json::to_writer_pretty(&mut *out, &schema(args.command)).map_err(std::io::Error::from)?;
    writeln!(out)?;
    Ok(())
}
