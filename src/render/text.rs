//! Text for people, in 80 columns: one module per command, sharing the
//! helpers here (rows, wrapped items, styles, units).
//!
//! Styles are written as ANSI sequences; the caller's stream decides whether
//! they reach the terminal (see `anstream`), so colour follows the terminal,
//! `NO_COLOR` and `CLICOLOR`/`CLICOLOR_FORCE`.

use std::borrow::Cow;
use std::io::{self, Write};

use anstyle::{AnsiColor, Style};

use crate::guidance::{Decimal, round1};
use crate::guidance::{Effect, Mass, Message, Range, Severity, Unit, Verdict, WeightType};

mod brief;
mod compare;
mod plan;
mod recommend;
mod route;
mod sources;

pub use brief::{brief_comparison, brief_recommendation};
pub use compare::comparison;
pub use plan::{Dated, brief_plan, plan};
pub use recommend::recommendation;
pub use route::{brief_course, course};
pub use sources::sources;

/// The widest line wrun writes.
pub const WIDTH: usize = 80;

/// The narrowest width text is wrapped to.
pub const MIN_WIDTH: usize = 40;

/// Where text goes and how wide it may be: a writer, and the width its lines
/// are wrapped to (a narrow terminal's, within [`MIN_WIDTH`] and [`WIDTH`]).
pub struct Page<'a, W: Write + ?Sized> {
    out: &'a mut W,
    width: usize,
}

impl<'a, W: Write + ?Sized> Page<'a, W> {
    /// Text written to `out` in lines of at most `width` columns, clamped
    /// to [`MIN_WIDTH`]..=[`WIDTH`].
    pub fn new(out: &'a mut W, width: usize) -> Self {
        Self {
            out,
            width: width.clamp(MIN_WIDTH, WIDTH),
        }
    }

    /// The width lines are wrapped to.
    pub(crate) const fn width(&self) -> usize {
        self.width
    }
}

impl<W: Write + ?Sized> Write for Page<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.out.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

pub(crate) const LABEL_WIDTH: usize = 12;
pub(crate) const SEVERITY_WIDTH: usize = 9;

pub(crate) const BOLD: Style = Style::new().bold();
pub(crate) const DIM: Style = Style::new().dimmed();

pub(crate) fn row<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
    label: &str,
    value: &str,
    source: Option<&str>,
) -> io::Result<()> {
    let lead = format!("{label:<LABEL_WIDTH$}");
    match source {
        Some(source) => item(out, &lead, LABEL_WIDTH, value, source),
        None => item_plain(out, &lead, LABEL_WIDTH, value),
    }
}

/// Writes `lead`, then `text` and its dimmed `[source]`, wrapped so that
/// continuation lines start under the text.
pub(crate) fn item<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
    lead: &str,
    indent: usize,
    text: &str,
    source: &str,
) -> io::Result<()> {
    wrapped(out, lead, indent, text, Some(source))
}

/// Writes `lead`, then `text`, wrapped like [`item`] but with no source.
pub(crate) fn item_plain<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
    lead: &str,
    indent: usize,
    text: &str,
) -> io::Result<()> {
    wrapped(out, lead, indent, text, None)
}

fn wrapped<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
    lead: &str,
    indent: usize,
    text: &str,
    source: Option<&str>,
) -> io::Result<()> {
    let tag = source.map(|source| format!("[{source}]"));
    let full = match &tag {
        Some(tag) => format!("{text} {tag}"),
        None => text.to_owned(),
    };
    let lines = wrap(&full, out.width().saturating_sub(indent).max(10));
    let last = lines.len() - 1;
    for (index, line) in lines.iter().enumerate() {
        let prefix = if index == 0 { lead } else { "" };
        let pad = if index == 0 { 0 } else { indent };
        let line = match &tag {
            Some(tag) if index == last => {
                let body = line.strip_suffix(tag.as_str()).unwrap_or(line);
                format!("{body}{DIM}{tag}{DIM:#}")
            }
            _ => line.clone(),
        };
        writeln!(out, "{prefix}{:pad$}{line}", "")?;
    }
    Ok(())
}

/// Greedy word wrap to `width` characters; a word longer than the width
/// gets a line of its own. A unit stays on the line of its number
/// (`-15 %`, `6.8 kg),`) where the two fit on one.
pub(crate) fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut words = text.split_whitespace().peekable();
    while let Some(word) = words.next() {
        let unit = words.next_if(|next| {
            word.ends_with(|c: char| c.is_ascii_digit())
                && is_unit(next)
                && word.chars().count() + 1 + next.chars().count() <= width
        });
        let word = match unit {
            Some(unit) => Cow::Owned(format!("{word} {unit}")),
            None => Cow::Borrowed(word),
        };
        let needed = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
        if !line.is_empty() && needed > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Whether `word` is a unit wrun writes after a number, perhaps closing a
/// bracket, a quotation or a clause.
pub(crate) fn is_unit(word: &str) -> bool {
    const UNITS: &[&str] = &[
        "%",
        "lb",
        "kg",
        "m",
        "km",
        "ft",
        "mi",
        "km/h",
        "mph",
        "bpm",
        "mmHg",
        "kcal",
        "mL/kg/min",
        "min/km",
        "minute",
        "minutes",
        "hours",
    ];
    UNITS.contains(&word.trim_end_matches([')', ',', '.', ';', ':', '"']))
}

/// `text` with a no-break space between each number and its unit, and
/// between a bracketed label and its value, for text that another wraps
/// (clap wraps help at ASCII spaces only): `30 km/h` never ends one line at
/// `30`, nor `[env: WRUN_UNIT]` at `[env:`. `None` when there is no such
/// pair.
pub(crate) fn bind_pairs(text: &str) -> Option<String> {
    // Help is read at every start-up: only a space after a digit or a colon
    // is looked at more closely.
    let binds = |space: usize| {
        let (before, after) = (&text[..space], &text[space + 1..]);
        if before.ends_with(|c: char| c.is_ascii_digit()) {
            is_unit(after.split(char::is_whitespace).next().unwrap_or_default())
        } else {
            before.ends_with(':')
                && before
                    .rsplit(char::is_whitespace)
                    .next()
                    .is_some_and(|word| word.starts_with('['))
        }
    };
    let bytes = text.as_bytes();
    let spaces = (1..bytes.len())
        .filter(|&at| bytes[at] == b' ' && matches!(bytes[at - 1], b'0'..=b'9' | b':'));
    let mut bound = None::<String>;
    let mut from = 0;
    for space in spaces.filter(|&space| binds(space)) {
        let out = bound.get_or_insert_with(|| String::with_capacity(text.len() + 16));
        out.push_str(&text[from..space]);
        out.push('\u{a0}');
        from = space + 1;
    }
    let mut out = bound?;
    out.push_str(&text[from..]);
    Some(out)
}

/// `walk` or `run`: what the answer calls the outing it costed.
pub(crate) const fn outing(walking: bool) -> &'static str {
    if walking { "walk" } else { "run" }
}

/// The texts of `notes`, each once, in order: notes the kinds of a
/// comparison, or the weeks of a plan, share are said once.
pub(crate) fn once_each<'a>(notes: impl Iterator<Item = &'a Message>) -> Vec<String> {
    let mut texts: Vec<String> = Vec::new();
    for note in notes {
        let text = note.text().into_owned();
        if !texts.contains(&text) {
            texts.push(text);
        }
    }
    texts
}

/// Why `answer` has no calorie figure: a walk in a vest without a speed,
/// which Pandolf's equation costs by its speed (the core leaves the
/// running model's figure out). `None` where it has one.
pub(crate) fn no_calorie_figure(answer: &crate::guidance::Recommendation) -> Option<&'static str> {
    let walking_vest = answer.walking && answer.request.weight_type == WeightType::Vest;
    (walking_vest && answer.calorie_delta_percent.is_none())
        .then_some(crate::guidance::advice::VEST_WALK_CALORIES_NEED_SPEED)
}

/// Why `answer` has no heart-rate figure, and what gives one: the article
/// gives none for a vest, and the model needs the runner's usual heart
/// rate. `None` where it has a figure (or a heart rate that says why not).
pub(crate) fn no_heart_rate_figure(answer: &crate::guidance::Recommendation) -> Option<String> {
    let missing = answer.heart_rate_delta_bpm.is_none() && answer.heart_rate.is_none();
    missing.then(|| {
        format!(
            "the article gives none; --hr BPM, your usual heart rate on this {}, gives a model estimate",
            outing(answer.walking)
        )
    })
}

/// What a pace without a length needs before its run, or walk, can be
/// costed.
pub(crate) fn cost_the_run(walking: bool) -> String {
    format!(
        "add --duration or --distance to cost the {}",
        outing(walking)
    )
}

/// `, 4.9 % of body weight`, for a share of body weight in percent.
pub(crate) fn body_share(percent: f64) -> String {
    format!(", {} % of body weight", Decimal(round1(percent)))
}

pub(crate) fn both_units(mass: Mass, unit: Unit) -> String {
    format!(
        "{} ({})",
        mass.display(unit),
        mass.display(other_unit(unit))
    )
}

pub(crate) const fn other_unit(unit: Unit) -> Unit {
    match unit {
        Unit::Lb => Unit::Kg,
        Unit::Kg => Unit::Lb,
    }
}

/// A change as `+a–b`, or `+a` where both ends read the same, to a tenth
/// as `route` gives it: a model's `+4.56–9.12` %, or a study's 7.6 bpm
/// scaled to `+11.18`, is no surer than `+4.6–9.1` or `+11.2`. (JSON keeps
/// hundredths.)
pub(crate) fn signed_range(range: Range) -> String {
    let tenths = Range::new(
        crate::guidance::round1(range.min),
        crate::guidance::round1(range.max),
    );
    format!("+{tenths}")
}

/// A change in calories in percent, as [`signed_range`] gives it.
pub(crate) fn calorie_percent(range: Range) -> String {
    format!("{} %", signed_range(range))
}

/// The change in heart rate as every view shows it: whole beats from the
/// runner's own heart rate where the model gave one, else the range.
pub(crate) fn heart_rate_change(
    recommendation: &crate::guidance::Recommendation,
) -> Option<String> {
    let effect = recommendation.heart_rate_delta_bpm?;
    let loaded = recommendation
        .heart_rate
        .as_ref()
        .and_then(|heart| Some((heart.rates.usual.round(), heart.loaded_bpm?)));
    Some(match loaded {
        Some((usual, loaded)) => signed_whole_range(Range::new(
            loaded.min.round() - usual,
            loaded.max.round() - usual,
        )),
        None => signed_range(effect.range),
    })
}

/// `a–b` in whole numbers (bpm, kcal), or `a` when both ends round alike.
pub(crate) fn whole_range(range: Range) -> String {
    let (min, max) = (range.min.round(), range.max.round());
    if (min - max).abs() < f64::EPSILON {
        format!("{}", Decimal(min))
    } else {
        format!("{}–{}", Decimal(min), Decimal(max))
    }
}

/// `+a–b` in whole numbers, or `+a`.
pub(crate) fn signed_whole_range(range: Range) -> String {
    format!("+{}", whole_range(range))
}

/// A title for a kind of weight.
pub(crate) const fn title(weight_type: WeightType) -> &'static str {
    match weight_type {
        WeightType::Vest => "Weighted vest",
        WeightType::HandWrist => "Hand or wrist weights",
        WeightType::Ankle => "Ankle weights",
    }
}

/// Writes a bold heading, wrapped.
pub(crate) fn heading<W: Write + ?Sized>(out: &mut Page<'_, W>, text: &str) -> io::Result<()> {
    for line in wrap(text, out.width()) {
        writeln!(out, "{BOLD}{line}{BOLD:#}")?;
    }
    Ok(())
}

/// Writes the verdict, the ids of the findings that set it, and its reason.
pub(crate) fn verdict<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
    recommendation: &crate::guidance::Recommendation,
) -> io::Result<()> {
    let verdict = recommendation.verdict;
    let style = verdict_style(verdict);
    let label = verdict.id().to_uppercase();
    writeln!(out, "{:LABEL_WIDTH$}{style}{label}{style:#}", "Verdict")?;
    let reason = &recommendation.reason;
    let pad = " ".repeat(LABEL_WIDTH);
    item(
        out,
        &pad,
        LABEL_WIDTH,
        &reason.message.text(),
        reason.source,
    )?;
    let because = recommendation.verdict_because.join(", ");
    item_plain(out, &pad, LABEL_WIDTH, &format!("Set by: {because}"))
}

/// Who is running, for headings: `a 150 lb (68.04 kg) runner,
/// intermediate` (a walker when `walking`), and `, with knee pain and
/// back pain` for conditions, in the words the warnings use.
pub(crate) fn runner(request: &crate::guidance::Request, walking: bool) -> String {
    use crate::guidance::Named as _;
    let who = if walking { "walker" } else { "runner" };
    let weight = both_units(request.body_weight, request.unit);
    let mut text = format!("{} {weight} {who}, {}", a_or_an(&weight), request.level);
    if !request.conditions.is_empty() {
        let words =
            crate::guidance::Value::List(request.conditions.iter().map(|c| c.describe()).collect());
        text.push_str(", with ");
        text.push_str(&words.to_string());
    }
    text
}

/// `a` or `an` before `figure`, as wrun writes one (`80 kg`, `11 lb`,
/// `8:00`): `an` where it is said with a vowel first — eight, eleven,
/// eighteen, eighty, eight hundred, eleven thousand — and `a` otherwise
/// (a hundred and ten, a 1:00:00 walk).
pub(crate) fn a_or_an(figure: &str) -> &'static str {
    let whole = figure
        .find(|c: char| !c.is_ascii_digit())
        .map_or(figure, |end| &figure[..end]);
    let said_in_thousands = |two: &str| whole.starts_with(two) && (whole.len() - 2) % 3 == 0;
    if whole.starts_with('8') || said_in_thousands("11") || said_in_thousands("18") {
        "an"
    } else {
        "a"
    }
}

pub(crate) const fn basis(effect: Effect) -> &'static str {
    match effect.basis {
        crate::guidance::Basis::Article => "(article)",
        crate::guidance::Basis::Model => "(model estimate)",
        crate::guidance::Basis::Study => "(study)",
    }
}

pub(crate) const fn verdict_style(verdict: Verdict) -> Style {
    let color = match verdict {
        Verdict::Recommended => AnsiColor::Green,
        Verdict::Caution => AnsiColor::Yellow,
        Verdict::NotRecommended => AnsiColor::Red,
    };
    Style::new()
        .bold()
        .fg_color(Some(anstyle::Color::Ansi(color)))
}

pub(crate) const fn severity_style(severity: Severity) -> Style {
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
