//! `wrun sources`.

use std::io::Write;

use crate::cli::{Format, SourcesArgs};
use crate::error::Error;
use crate::guidance::advice::{TIPS, VARIANTS, WARNINGS, rule_of};
use crate::guidance::rules::{RULES, Rule};
use crate::render;

/// Runs `wrun sources`, writing to `out` (text in lines of at most `width` columns): every
/// rule, or those named.
///
/// # Errors
/// [`Error::Invalid`] for an id wrun has no rule for (listing the ids),
/// [`Error::Output`] when writing fails.
pub fn run<W: Write + ?Sized>(args: &SourcesArgs, out: &mut W, width: usize) -> Result<(), Error> {
    let mut rules: Vec<Rule> = Vec::new();
    for id in &args.ids {
        for rule in named(id)? {
            if !rules.iter().any(|seen| seen.id == rule.id) {
                rules.push(*rule);
            }
        }
    }
    if args.ids.is_empty() {
        rules = RULES.to_vec();
    }
    match args.output.format() {
        Format::Text => render::text::sources(&mut render::text::Page::new(out, width), &rules)?,
        Format::Json => render::json::write(out, &render::json::SourcesJson::new(&rules))?,
    }
    Ok(())
}

/// The rules `id` names: the one with that id, else the one a warning or
/// tip of that id comes from (`beyond-capacity`: `capacity`, as an answer's
/// "Set by" names it), or one of their other wordings (`beyond-ceiling`, a
/// lean answer's `template`), else those whose id begins with it as a word
/// (`vest`: `vest-load`, `vest-start`…), in table order.
///
/// # Errors
/// [`Error::Invalid`] when it names none, listing the rules' ids and
/// suggesting the nearest id it takes within two edits (`vestload`:
/// `vest-load`; `beyond-capcity`: `beyond-capacity`).
fn named(id: &str) -> Result<Vec<&'static Rule>, Error> {
    let wanted = id.trim().to_ascii_lowercase();
    let rule = |id: &str| RULES.iter().find(|rule| rule.id == id);
    if let Some(rule) = rule(&wanted).or_else(|| rule(rule_of(&wanted)?)) {
        return Ok(vec![rule]);
    }
    let word = format!("{wanted}-");
    let rules: Vec<&Rule> = RULES
        .iter()
        .filter(|rule| rule.id.starts_with(&word))
        .collect();
    if rules.is_empty() {
        let ids: Vec<&str> = RULES.iter().map(|rule| rule.id).collect();
        let advice = WARNINGS.iter().chain(TIPS).map(|advice| advice.id);
        let wordings = VARIANTS.iter().map(|&(variant, ..)| variant);
        let near = (ids.iter().copied().chain(advice).chain(wordings))
            .map(|id| (strsim::osa_distance(&wanted, id), id))
            .filter(|(distance, _)| *distance <= 2)
            .min_by_key(|(distance, _)| *distance)
            .map(|(_, id)| id);
        let why = format!(
            "no such rule, warning or tip; {}",
            crate::error::one_of(near, &ids.join(", "))
        );
        return Err(Error::invalid_value("[ID]...", id, why));
    }
    Ok(rules)
}
