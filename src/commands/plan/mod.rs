//! `wrun plan`: the ramp-up as text or JSON, or as a calendar or spreadsheet
//! file, its weeks dated from `--start`.

use std::io::Write;

use crate::cli::{Field, PlanArgs, PlanFormat};
use crate::error::Error;
use crate::guidance::{self, Message};
use crate::render;

mod calendar;

use crate::guidance::calendar::schedule;

/// The time now: `SOURCE_DATE_EPOCH` (seconds since 1970, the convention
/// for reproducible output) when `var` holds one, else the system clock.
fn now(var: impl Fn(&str) -> Option<String>) -> chrono::DateTime<chrono::Utc> {
    var("SOURCE_DATE_EPOCH")
        .and_then(|seconds| seconds.trim().parse::<i64>().ok())
        .and_then(|seconds| chrono::DateTime::from_timestamp(seconds, 0))
        .unwrap_or_else(chrono::Utc::now)
}

/// The local date where the runner is (`TZ` honoured) at `now`.
fn date_at(now: chrono::DateTime<chrono::Utc>) -> chrono::NaiveDate {
    now.with_timezone(&chrono::Local).date_naive()
}

/// Today, as [`now`] and [`date_at`] tell it: where a plan given weekdays
/// and no start begins.
pub(crate) fn today() -> chrono::NaiveDate {
    date_at(now(|name| std::env::var(name).ok()))
}

/// A plan that its calendar cannot date, named by the fields as `runner`'s
/// source names them (`--days` on the command line, `days` in a batch
/// record) and their values as given: too few `days`, or a `start` whose
/// plan runs past 9999-12-31. Any other error as [`super::blame`] tells it.
pub(crate) fn calendar_error(
    err: &guidance::GuidanceError,
    days: &str,
    start: Option<&str>,
    runner: &crate::cli::RunnerArgs,
) -> Error {
    match (err, start) {
        (guidance::GuidanceError::TooFewDays { runs, .. }, _) => Error::invalid_value(
            runner.name(Field::Days),
            days,
            format!("{err}; give at least {runs} days"),
        ),
        (guidance::GuidanceError::PastTheCalendar, Some(start)) => {
            Error::invalid_value(runner.name(Field::Start), start, err)
        }
        _ => super::blame(err, runner, None),
    }
}

/// Runs `wrun plan`, writing to `out` (text in lines of at most `width` columns).
///
/// # Errors
/// [`Error::Usage`] for values out of range or too few `--days`,
/// [`Error::Output`] when writing fails.
pub fn run<W: Write + ?Sized>(
    profile: &crate::config::Profile,
    args: &PlanArgs,
    out: &mut W,
    width: usize,
) -> Result<(), Error> {
    let notes = args.output.notes(&args.notes)?;
    let (runner, weight_type) = args
        .runner
        .resolve_with_kind(profile, args.kind.weight_type)?;
    let request = super::request(&runner, weight_type, None)?;
    let days = args.days();
    let plan = guidance::plan(&request, args.weeks)
        .map_err(|err| super::blame(&err, &runner, None))?
        .with_days(&days);
    let format = args.output.format();
    let now = now(|name| std::env::var(name).ok());
    // A calendar or a spreadsheet needs dates, and chosen days are shown
    // on them: without --start they begin today.
    let today = date_at(now);
    let start = match (args.start, format) {
        (Some(start), _) => Some(start.date(today).ok_or_else(|| {
            Error::Usage(format!(
                "{} names a day past the last date wrun can write ({today} is today)",
                Field::Start.flag()
            ))
        })?),
        (None, PlanFormat::Ics | PlanFormat::Csv) => Some(today),
        (None, PlanFormat::Text | PlanFormat::Json) => (!days.is_empty()).then_some(today),
    };
    let refused = |err, start: Option<chrono::NaiveDate>| {
        // The days as given, as wrun reads them.
        let days: Vec<String> = days
            .iter()
            .map(|day| day.to_string().to_lowercase())
            .collect();
        let start = start.map(|start| start.to_string());
        calendar_error(&err, &days.join(","), start.as_deref(), &runner)
    };
    guidance::calendar::check_days(&plan, &days).map_err(|err| refused(err, start))?;
    let dates = start
        .map(|start| schedule(&plan, start, &days).map_err(|err| refused(err, Some(start))))
        .transpose()?;
    let text_dates = dates
        .as_deref()
        .map(|weeks| render::text::Dated { weeks, days: &days });
    match format {
        PlanFormat::Text if args.brief => {
            render::text::brief_plan(&mut render::text::Page::new(out, width), &plan, text_dates)?;
        }
        PlanFormat::Text => {
            render::text::plan(&mut render::text::Page::new(out, width), &plan, text_dates)?;
        }
        PlanFormat::Json => {
            render::json::write(
                out,
                &render::json::PlanJson::new(
                    &plan,
                    dates.as_deref(),
                    render::json::Written {
                        unit_source: runner.unit_source,
                        notes,
                    },
                ),
            )?;
        }
        PlanFormat::Ics if plan.weeks.is_empty() => {
            // RFC 5545 wants at least one event: no calendar, and a word why.
            nothing_to_schedule(&plan, "so no calendar");
        }
        PlanFormat::Ics => {
            let dates = dates.unwrap_or_default();
            let calendar = calendar::ics(&plan, &dates, start.unwrap_or_default(), now);
            out.write_all(calendar.as_bytes())?;
        }
        PlanFormat::Csv => {
            out.write_all(&calendar::csv(&plan, dates.as_deref()))?;
            if plan.weeks.is_empty() {
                // A header without rows would say nothing of the verdict.
                nothing_to_schedule(&plan, "no runs to list");
            }
        }
    }
    // Said once the plan is written, so that a refusal stays one line.
    if let Some(start) = start.filter(|start| *start < today) {
        past_start(start, today);
    }
    Ok(())
}

/// Says on standard error that `--start` dates the plan from a day before
/// `today`: a year typed wrong (2026 for 2027) puts every run in the past,
/// and a calendar takes the file without a word.
fn past_start(start: chrono::NaiveDate, today: chrono::NaiveDate) {
    let days = (today - start).num_days();
    let ago = match days {
        1 => "1 day".to_owned(),
        2..14 => format!("{days} days"),
        _ => format!("{} weeks", days / 7),
    };
    let _ = writeln!(
        std::io::stderr(),
        "wrun: note: {} {start} is {ago} before today ({today}): the plan's runs are dated \
         from then; give a later date for a plan from now",
        Field::Start.flag()
    );
}

/// Says on standard error why a plan without weeks gives a calendar or a
/// spreadsheet nothing: the reason there are no weeks, and its verdict
/// with the findings that set it, a line each, which neither file can show.
fn nothing_to_schedule(plan: &guidance::Plan, so: &str) {
    use std::fmt::Write as _;
    let why = plan.notes.first().map(Message::text).unwrap_or_default();
    let recommendation = &plan.recommendation;
    let mut said = format!(
        "wrun: nothing to schedule, {so}: {why} (verdict: {}, set by {})\n",
        recommendation.verdict.id(),
        recommendation.verdict_because.join(", ")
    );
    let findings = plan
        .warnings
        .iter()
        .filter(|warning| warning.sets_verdict(&recommendation.verdict_because));
    for warning in findings {
        let _ = writeln!(
            said,
            "wrun: {} [{}]: {}",
            warning.severity.id(),
            warning.id,
            warning.message.text()
        );
    }
    let _ = std::io::stderr().write_all(said.as_bytes());
}
