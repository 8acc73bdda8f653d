//! Text for people: the verdict, what to carry, the expected effect, then the
//! warnings (most severe first) and tips, in 80 columns.
//!
//! Styles are written as ANSI sequences; the caller's stream decides whether
//! they reach the terminal (see `anstream`), so colour follows the terminal,
//! `NO_COLOR` and `CLICOLOR`/`CLICOLOR_FORCE`.

// Writing into a String cannot fail, hence the `let _ =` below.
use std::fmt::Write as _;
use std::io::{self, Write};

use anstyle::{AnsiColor, Style};

use crate::guidance::mass::Decimal;
use crate::guidance::{
    Effect, Load, LoadPer, Mass, Named, Recommendation, Severity, Unit, Verdict, WeightType,
};

/// The widest line wrun writes.
pub const WIDTH: usize = 80;
const LABEL_WIDTH: usize = 12;
const SEVERITY_WIDTH: usize = 9;

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();

/// Writes `recommendation` as text.
///
/// # Errors
/// Any error writing to `out`.
pub fn recommendation<W: Write>(out: &mut W, recommendation: &Recommendation) -> io::Result<()> {
    let request = &recommendation.request;
    let unit = request.unit;
    let conditions: Vec<&str> = request.conditions.iter().map(|c| c.id()).collect();
    let mut about = format!(
        "{} for a {} runner, {}",
        title(request.weight_type),
        both_units(request.body_weight, unit),
        request.level
    );
    if !conditions.is_empty() {
        let _ = write!(about, " with {}", conditions.join(", "));
    }
    for line in wrap(&about, WIDTH) {
        writeln!(out, "{BOLD}{line}{BOLD:#}")?;
    }
    writeln!(out)?;

    let verdict = verdict_style(recommendation.verdict);
    let label = recommendation.verdict.id().to_uppercase();
    writeln!(out, "{:LABEL_WIDTH$}{verdict}{label}{verdict:#}", "Verdict")?;
    let reason = &recommendation.reason;
    item(
        out,
        &" ".repeat(LABEL_WIDTH),
        LABEL_WIDTH,
        &reason.message,
        reason.source,
    )?;
    writeln!(out)?;

    match &recommendation.load {
        Some(load) => load_rows(out, load, unit)?,
        None => row(out, "Load", "none: not a weight to run with", None)?,
    }
    let heart = recommendation.heart_rate_delta_bpm.map_or_else(
        || "no figure: the article gives none for this weight".to_owned(),
        |effect| format!("{} bpm {}", signed_range(effect), basis(effect)),
    );
    row(
        out,
        "Heart rate",
        &heart,
        recommendation.heart_rate_delta_bpm.map(|e| e.source),
    )?;
    if let Some(effect) = recommendation.calorie_delta_percent {
        let calories = format!("{} % {}", signed_range(effect), basis(effect));
        row(out, "Calories", &calories, Some(effect.source))?;
    }

    if !recommendation.warnings.is_empty() {
        writeln!(out)?;
        writeln!(out, "{BOLD}Warnings{BOLD:#}")?;
        for warning in &recommendation.warnings {
            let style = severity_style(warning.severity);
            let tag = warning.severity.id().to_uppercase();
            let lead = format!("  {style}{tag:<SEVERITY_WIDTH$}{style:#}");
            item(
                out,
                &lead,
                2 + SEVERITY_WIDTH,
                &warning.message,
                warning.source,
            )?;
        }
    }
    if !recommendation.tips.is_empty() {
        writeln!(out)?;
        writeln!(out, "{BOLD}Tips{BOLD:#}")?;
        for tip in &recommendation.tips {
            item(out, "  - ", 4, &tip.message, tip.source)?;
        }
    }
    Ok(())
}

fn title(weight_type: WeightType) -> &'static str {
    match weight_type {
        WeightType::Vest => "Weighted vest",
        WeightType::HandWrist => "Hand or wrist weights",
        WeightType::Ankle => "Ankle weights",
    }
}

fn load_rows<W: Write>(out: &mut W, load: &Load, unit: Unit) -> io::Result<()> {
    let per = match load.per {
        LoadPer::Vest => "",
        LoadPer::Hand => " in each hand",
    };
    let other = other_unit(unit);
    let mut range = format!(
        "{}–{} ({}–{}){per}",
        Decimal(load.min.in_unit(unit)),
        load.max.display(unit),
        Decimal(load.min.in_unit(other)),
        load.max.display(other),
    );
    if let Some(percent) = load.body_weight_percent {
        let _ = write!(
            range,
            ", {}–{} % of body weight",
            Decimal(percent.min),
            Decimal(percent.max)
        );
    }
    row(out, "Load", &range, Some(load.source))?;
    let start = load.start.map_or_else(
        || "none: your weight steps are too coarse (see warnings)".to_owned(),
        |start| format!("{}{per}", both_units(start, unit)),
    );
    row(out, "Start at", &start, Some(load.start_source))
}

fn row<W: Write>(out: &mut W, label: &str, value: &str, source: Option<&str>) -> io::Result<()> {
    let lead = format!("{label:<LABEL_WIDTH$}");
    match source {
        Some(source) => item(out, &lead, LABEL_WIDTH, value, source),
        None => writeln!(out, "{lead}{value}"),
    }
}

/// Writes `lead`, then `text` and its dimmed `[source]`, wrapped so that
/// continuation lines start under the text.
fn item<W: Write>(
    out: &mut W,
    lead: &str,
    indent: usize,
    text: &str,
    source: &str,
) -> io::Result<()> {
    let tag = format!("[{source}]");
    let lines = wrap(&format!("{text} {tag}"), WIDTH - indent);
    let last = lines.len() - 1;
    for (index, line) in lines.iter().enumerate() {
        let prefix = if index == 0 { lead } else { "" };
        let pad = if index == 0 { 0 } else { indent };
        let line = if index == last {
            let body = line.strip_suffix(&tag).unwrap_or(line);
            format!("{body}{DIM}{tag}{DIM:#}")
        } else {
            line.clone()
        };
        writeln!(out, "{prefix}{:pad$}{line}", "")?;
    }
    Ok(())
}

/// Greedy word wrap to `width` characters; a word longer than the width
/// gets a line of its own.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let needed = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
        if !line.is_empty() && needed > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

fn both_units(mass: Mass, unit: Unit) -> String {
    format!(
        "{} ({})",
        mass.display(unit),
        mass.display(other_unit(unit))
    )
}

const fn other_unit(unit: Unit) -> Unit {
    match unit {
        Unit::Lb => Unit::Kg,
        Unit::Kg => Unit::Lb,
    }
}

fn signed_range(effect: Effect) -> String {
    format!(
        "+{}–{}",
        Decimal(effect.range.min),
        Decimal(effect.range.max)
    )
}

fn basis(effect: Effect) -> &'static str {
    match effect.basis {
        crate::guidance::Basis::Article => "(article)",
        crate::guidance::Basis::Model => "(model estimate)",
    }
}

const fn verdict_style(verdict: Verdict) -> Style {
    let color = match verdict {
        Verdict::Recommended => AnsiColor::Green,
        Verdict::Caution => AnsiColor::Yellow,
        Verdict::NotRecommended => AnsiColor::Red,
    };
    Style::new()
        .bold()
        .fg_color(Some(anstyle::Color::Ansi(color)))
}

const fn severity_style(severity: Severity) -> Style {
    let color = match severity {
        Severity::Info => AnsiColor::Cyan,
        Severity::Caution => AnsiColor::Yellow,
        Severity::Danger => AnsiColor::Red,
    };
    Style::new()
        .bold()
        .fg_color(Some(anstyle::Color::Ansi(color)))
}

#[cfg(test)]
mod tests;
