//! `wrun sources`.

use std::io::Write;

use crate::cli::{Format, SourcesArgs};
use crate::error::Error;
use crate::guidance::rules::{RULES, Rule};
use crate::render;

/// Runs `wrun sources`, writing to `out` (text in lines of at most `width` columns): every
/// rule, or those named.
///
/// # Errors
/// [`Error::Invalid`] for an id wrun has no rule for (listing the ids),
/// [`Error::Output`] when writing fails.
pub fn run<W: Write + ?Sized>(args: &SourcesArgs, out: &mut W, width: usize) -> Result<(), Error> {
    let rules: Vec<Rule> = if args.ids.is_empty() {
        RULES.to_vec()
    } else {
        args.ids
            .iter()
            .map(|id| {
                RULES
                    .iter()
                    .find(|rule| rule.id.eq_ignore_ascii_case(id.trim()))
                    .copied()
                    .ok_or_else(|| {
                        let ids: Vec<&str> = RULES.iter().map(|rule| rule.id).collect();
                        let why = format!("no such rule; expected one of: {}", ids.join(", "));
                        Error::invalid_value("ID", id, why)
                    })
            })
            .collect::<Result<_, _>>()?
    };
    match args.output.format() {
        Format::Text => render::text::sources(&mut render::text::Page::new(out, width), &rules)?,
        Format::Json => render::json::write(out, &render::json::SourcesJson::new(&rules))?,
    }
    Ok(())
}
