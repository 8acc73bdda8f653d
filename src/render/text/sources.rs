//! `wrun sources` as text: every rule, what it says, its figure and source.

use super::Page;
use std::io::{self, Write};

use super::{BOLD, DIM, item_plain};
use crate::guidance::rules::Rule;

/// Writes `rules` as text.
///
/// # Errors
/// Any error writing to `out`.
pub fn sources<W: Write + ?Sized>(out: &mut Page<'_, W>, rules: &[Rule]) -> io::Result<()> {
    for (index, rule) in rules.iter().enumerate() {
        if index > 0 {
            writeln!(out)?;
        }
        writeln!(
            out,
            "{BOLD}{}{BOLD:#} {DIM}({}){DIM:#}",
            rule.id,
            rule.kind.id()
        )?;
        item_plain(out, "  ", 2, rule.statement)?;
        if let Some(figure) = rule.figure {
            item_plain(out, "  Figure: ", 10, &figure.to_string())?;
        }
        item_plain(out, "  Source: ", 10, rule.citation)?;
    }
    Ok(())
}
