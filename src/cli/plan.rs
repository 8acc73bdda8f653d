//! `wrun plan`'s flags, with the values of its calendar: a start day, the
//! weekdays of the runs, and the plan's length in weeks (and a week of it,
//! as `wrun route --plan-week` names one).

use clap::{Args, ValueEnum};
use std::ops::RangeBounds;

use super::{NotesArgs, OutputArgs, RunnerFlags, TypeArg};
use crate::guidance::PLAN_DEFAULT_WEEKS;

/// The flags of `wrun plan`. A plan has no run: of what the runner's age
/// and `VO2max` do elsewhere, only the caution for a young runner applies.
#[derive(Debug, Args)]
#[command(
    mut_arg("age", |arg| arg.help(format!(
        "Your age in years: under {}, a caution that the loads are an adult's",
        crate::guidance::rules::ADULT_FROM_YEARS
    ))),
    mut_arg("vo2max", |arg| arg.help(
        "Your VO2max in mL/kg/min, for judging a run (wrun recommend, compare, route): a plan \
         has none, so JSON only echoes it"
    ))
)]
pub struct PlanArgs {
    /// Who is running.
    #[command(flatten)]
    pub runner: RunnerFlags,

    /// The kind of weight.
    #[command(flatten)]
    pub kind: TypeArg,

    /// Weeks in the plan
    #[arg(
        long,
        value_name = "N",
        default_value_t = PLAN_DEFAULT_WEEKS,
        allow_hyphen_values = true,
        value_parser = parse_weeks,
        help = format!(
            "Weeks in the plan, from {} to {}",
            crate::guidance::PLAN_WEEKS.0,
            crate::guidance::PLAN_WEEKS.1
        )
    )]
    pub weeks: u32,

    /// The plan's first day: a date (YYYY-MM-DD), today, tomorrow or a
    /// weekday (mon: the next Monday, today if it is one); dates each week
    /// and run (a day past is planned too, with a note on stderr)
    #[arg(long, value_name = "DATE", value_parser = parse_start, help_heading = "Calendar")]
    pub start: Option<StartDay>,

    /// Weekdays for the runs (mon,thu,sat), dated from today without --start; by default
    /// spread over the week
    #[arg(
        long,
        value_name = "DAYS",
        value_parser = parse_days,
        help_heading = "Calendar"
    )]
    days: Vec<Weekdays>,

    /// How to write the answer.
    #[command(flatten)]
    pub output: OutputArgs<PlanFormat>,

    /// The verdict and the weeks, without guidance, then every finding that
    /// set the verdict
    #[arg(long, help_heading = "Output", conflicts_with_all = ["json", "format"])]
    pub brief: bool,

    /// How JSON writes warnings and tips.
    #[command(flatten)]
    pub notes: NotesArgs,
}

/// What `wrun plan` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PlanFormat {
    /// readable text for a terminal
    Text,
    /// one JSON object, for scripts
    Json,
    /// an iCalendar file (RFC 5545): one event per weighted run
    Ics,
    /// comma-separated values, one row per weighted run, each with the verdict
    Csv,
}

/// A plan's first day as given: a date, or a day named from today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartDay {
    /// A date.
    On(chrono::NaiveDate),
    /// Today.
    Today,
    /// The day after today.
    Tomorrow,
    /// The first such weekday from today, today included, as `date -d mon`
    /// reads it.
    Next(chrono::Weekday),
}

impl StartDay {
    /// The date, where today is `today`; `None` past the calendar's end.
    #[must_use]
    pub fn date(self, today: chrono::NaiveDate) -> Option<chrono::NaiveDate> {
        use chrono::Datelike as _;
        let days = match self {
            Self::On(date) => return Some(date),
            Self::Today => 0,
            Self::Tomorrow => 1,
            Self::Next(weekday) => weekday.days_since(today.weekday()),
        };
        today.checked_add_days(chrono::Days::new(days.into()))
    }
}

impl PlanArgs {
    /// The weekdays for the runs, of every `--days` in turn; none where
    /// wrun spreads the runs.
    #[must_use]
    pub fn days(&self) -> Vec<chrono::Weekday> {
        self.days
            .iter()
            .flat_map(|days| days.0.iter().copied())
            .collect()
    }
}

/// The weekdays one `--days` gives.
#[derive(Debug, Clone, PartialEq)]
pub struct Weekdays(Vec<chrono::Weekday>);

/// What splits names listed in one string: weekdays (`mon,thu`) and
/// conditions (`knee-pain; back-pain`, `wed|fri`).
pub(crate) const LIST_SEPARATORS: [char; 3] = [',', ';', '|'];

/// Reads weekdays as `--days` and a roster's days give them: names split
/// by [`LIST_SEPARATORS`] (`mon,thu`, `Monday; Thursday`), blank ones
/// passed over.
fn parse_days(text: &str) -> Result<Weekdays, String> {
    parse_weekdays(text).map(Weekdays)
}

/// Reads weekdays as [`parse_days`] does. Where one is no weekday, the
/// error says what to write for all of `text` (`Mon, Wed & Fri`:
/// `mon,wed,fri`).
pub(crate) fn parse_weekdays(text: &str) -> Result<Vec<chrono::Weekday>, String> {
    let days: Option<Vec<_>> = text
        .split(LIST_SEPARATORS)
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(weekday)
        .collect();
    match days {
        Some(days) if !days.is_empty() => Ok(days),
        _ => Err(not_days(&text.replace(LIST_SEPARATORS, " "))),
    }
}

/// Reads `--start`: a date as YYYY-MM-DD, `today`, `tomorrow` or a weekday.
pub(crate) fn parse_start(text: &str) -> Result<StartDay, String> {
    let word = text.trim().to_ascii_lowercase();
    match word.as_str() {
        "today" => Ok(StartDay::Today),
        "tomorrow" => Ok(StartDay::Tomorrow),
        _ if word.starts_with(|c: char| c.is_ascii_alphabetic()) => weekday(&word)
            .map(StartDay::Next)
            .ok_or_else(|| coming_day(&word).unwrap_or_else(|| not_a_date(text.trim()))),
        _ => parse_date(text).map(StartDay::On),
    }
}

/// What `--start` takes.
const EXPECTED_START: &str =
    "expected a date as YYYY-MM-DD, like 2026-12-07, or today, tomorrow or a weekday (mon)";

/// Reads a date: `2026-12-07`. The year has four digits: chrono alone would
/// read `26-12-07` as the year 26, and `+12026-12-07` as one no calendar file
/// holds. A date with a time of day, as JSON and databases write one
/// (`2026-12-07T00:00:00Z`, `2026-12-07 08:30`), is its date as written.
fn parse_date(text: &str) -> Result<chrono::NaiveDate, String> {
    let text = text.trim();
    if let Some((date, _)) = text.split_once(['T', ' ']) {
        let timed = chrono::DateTime::parse_from_rfc3339(text).is_ok()
            || [
                "%Y-%m-%dT%H:%M:%S%.f",
                "%Y-%m-%d %H:%M:%S%.f",
                "%Y-%m-%dT%H:%M",
                "%Y-%m-%d %H:%M",
            ]
            .iter()
            .any(|form| chrono::NaiveDateTime::parse_from_str(text, form).is_ok());
        if timed {
            return parse_date(date);
        }
    }
    if four_digit_year(text.split('-').next().unwrap_or_default()).is_none() {
        return Err(not_a_date(text));
    }
    // Past its month's end (2026-02-30), it is told how long the month is.
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| not_a_date(text))
}

/// How long the month is (`2026-02 has 28 days`) for a day past its end in
/// a month that is one; `None` for any other date.
fn past_month_end(year: i32, month: u32, day: u32) -> Option<String> {
    use chrono::Datelike as _;
    let days = chrono::NaiveDate::from_ymd_opt(year, month, 1)?.num_days_in_month();
    (day > u32::from(days)).then(|| format!("{year:04}-{month:02} has {days} days"))
}

/// Why `word` (lower case), a weekday said as `next monday` or `this
/// fri`, is no start: which day the weekday alone names, to write it or a
/// date. `None` for other words.
fn coming_day(word: &str) -> Option<String> {
    let day = ["next ", "this ", "coming ", "the coming "]
        .iter()
        .find_map(|first| weekday(word.strip_prefix(first)?))?;
    let name = weekday_name(day);
    Some(format!(
        "{EXPECTED_START}; {short} is the coming {name}, today on a {name}: write {short}, or \
         the date for another",
        short = day.to_string().to_lowercase()
    ))
}

/// Why `text` is no start: what `--start` takes, and how to write the
/// dates it may mean ([`meant`]), or, for a day past its month's end
/// written in another form (`30/2/2026`), how long the month is, as for
/// one written as YYYY-MM-DD.
fn not_a_date(text: &str) -> String {
    let month_day = |date: &chrono::NaiveDate| date.format("YYYY-%m-%d (%-d %B)").to_string();
    let dates = meant(text);
    let past_end = || {
        readings(text)
            .into_iter()
            .find_map(|(year, month, day)| past_month_end(year, month, day))
    };
    if dates.is_empty() {
        if let Some(end) = past_end() {
            return format!("{end}; {EXPECTED_START}");
        }
    }
    match &dates[..] {
        [] => match &without_year(text)[..] {
            [] => EXPECTED_START.to_owned(),
            [date] => format!(
                "{EXPECTED_START}; for {text}, write it with its year: {}",
                date.format("YYYY-%m-%d")
            ),
            [first, second, ..] => format!(
                "{EXPECTED_START}; for {text}, write it with its year: {} or {}",
                month_day(first),
                month_day(second)
            ),
        },
        [date] => format!("{EXPECTED_START}; for {text}, write {date}"),
        [first, second, ..] => format!(
            "{EXPECTED_START}; for {text}, write {first} ({}) or {second} ({})",
            first.format("%-d %B"),
            second.format("%-d %B")
        ),
    }
}

/// The dates `text` may mean when it is written as spreadsheets and
/// people write dates ([`readings`]), day first first where both read.
fn meant(text: &str) -> Vec<chrono::NaiveDate> {
    let mut dates: Vec<chrono::NaiveDate> = readings(text)
        .into_iter()
        .filter_map(|(year, month, day)| chrono::NaiveDate::from_ymd_opt(year, month, day))
        .collect();
    dates.dedup();
    dates
}

/// How `text` reads as a year, a month and a day (each a number, not yet
/// checked against the calendar) when it is written as spreadsheets and
/// people write dates: with its month's name ([`named_month`]), or with
/// `/`, `.` or `-`: year first (`2026/12/07`), else day first
/// (`7/12/2026`, `7.12.2026`, `07-12-2026`) and month first (`12/7/2026`);
/// or as ISO 8601's basic form (`20261207`). The year has four digits, as
/// a date to plan from does.
fn readings(text: &str) -> Vec<(i32, u32, u32)> {
    if let Some(reading) = named_month(text) {
        return vec![reading];
    }
    let number = |part: &str| digits(part, 1..);
    let reading = |y: &str, m: &str, d: &str| Some((four_digit_year(y)?, number(m)?, number(d)?));
    if digits(text, 8..=8).is_some() {
        return reading(&text[..4], &text[4..6], &text[6..])
            .into_iter()
            .collect();
    }
    let parts: Vec<&str> = text.split(DATE_SEPARATORS).collect();
    let [first, second, third] = parts[..] else {
        return Vec::new();
    };
    if first.len() == 4 {
        reading(first, second, third).into_iter().collect()
    } else {
        [reading(third, second, first), reading(third, first, second)]
            .into_iter()
            .flatten()
            .collect()
    }
}

/// The number `text` is, written in ASCII digits alone, as many as
/// `lengths` allows; `None` for any other text.
fn digits(text: &str, lengths: impl RangeBounds<usize>) -> Option<u32> {
    let all = lengths.contains(&text.len()) && text.bytes().all(|byte| byte.is_ascii_digit());
    all.then(|| text.parse().ok()).flatten()
}

/// A year written in four digits, as a date to plan from has.
fn four_digit_year(text: &str) -> Option<i32> {
    digits(text, 4..=4).and_then(|year| i32::try_from(year).ok())
}

/// What separates the numbers of a date as people write one.
const DATE_SEPARATORS: [char; 3] = ['/', '.', '-'];

/// A date written with its month's name, in full or short, and a
/// four-digit year, as people write one and spreadsheets may save one
/// (`7 Dec 2026`, `December 7, 2026`, `07-Dec-2026`, `7 Dec. 2026`), as
/// its year, month and day.
fn named_month(text: &str) -> Option<(i32, u32, u32)> {
    /// A day as an ordinal, `7th`, is its number.
    fn ordinal(word: &str) -> &str {
        let digits = word.bytes().take_while(u8::is_ascii_digit).count();
        let suffix = word[digits..].to_ascii_lowercase();
        let ordinal = digits > 0 && ["st", "nd", "rd", "th"].contains(&suffix.as_str());
        if ordinal { &word[..digits] } else { word }
    }
    let words: Vec<&str> = text
        .split([' ', ',', '-', '.'])
        .filter(|word| !word.is_empty())
        .map(ordinal)
        .collect();
    let [first, second, year] = words[..] else {
        return None;
    };
    let day = |word: &str| digits(word, 1..=2);
    // chrono reads a month's full name or its short one.
    let month = |word: &str| {
        word.parse::<chrono::Month>()
            .ok()
            .map(|m| m.number_from_month())
    };
    let year = four_digit_year(year)?;
    match (month(first), month(second)) {
        (None, Some(month)) => Some((year, month, day(first)?)),
        (Some(month), None) => Some((year, month, day(second)?)),
        _ => None,
    }
}

/// The days of the year a date written without its year may mean (`Dec
/// 7`, `7 December`, `12/7`, `25.12.`), as [`meant`] reads one with a year,
/// in the year 2000.
fn without_year(text: &str) -> Vec<chrono::NaiveDate> {
    let text = text.strip_suffix('.').unwrap_or(text);
    let separator = DATE_SEPARATORS
        .into_iter()
        .find(|&sign| text.contains(sign));
    // A leap year, for 29 February.
    meant(&format!("{text}{}2000", separator.unwrap_or(' ')))
}

/// Why `text` gives no weekdays: what is taken, and the list to write for
/// the days it names in other words ([`days_meant`]).
fn not_days(text: &str) -> String {
    let expected = "expected weekdays separated by commas, like mon,thu (mon, tue, wed, thu, \
                    fri, sat, sun)";
    match days_meant(text) {
        Some(days) => {
            let days: Vec<String> = days
                .iter()
                .map(|day| day.to_string().to_lowercase())
                .collect();
            format!("{expected}; for these days, write {}", days.join(","))
        }
        None => expected.to_owned(),
    }
}

/// The weekdays by their English names.
const WEEKDAYS: [(&str, chrono::Weekday); 7] = [
    ("Monday", chrono::Weekday::Mon),
    ("Tuesday", chrono::Weekday::Tue),
    ("Wednesday", chrono::Weekday::Wed),
    ("Thursday", chrono::Weekday::Thu),
    ("Friday", chrono::Weekday::Fri),
    ("Saturday", chrono::Weekday::Sat),
    ("Sunday", chrono::Weekday::Sun),
];

/// A weekday's full English name: `Monday`.
#[must_use]
pub(crate) fn weekday_name(day: chrono::Weekday) -> &'static str {
    WEEKDAYS[day.num_days_from_monday() as usize].0
}

/// The weekday `text` names, by at least its first three letters, and
/// maybe an `s` after them: `thu`, `Thurs`, `Weds`, `Mondays`.
pub(crate) fn weekday(text: &str) -> Option<chrono::Weekday> {
    let day = text.trim().to_ascii_lowercase();
    let stem = day.strip_suffix('s').unwrap_or(&day);
    WEEKDAYS
        .iter()
        .find(|(name, _)| {
            [day.as_str(), stem].iter().any(|day| {
                (3..=name.len()).contains(&day.len()) && name[..day.len()].eq_ignore_ascii_case(day)
            })
        })
        .map(|(_, weekday)| *weekday)
}

/// The weekdays `text` names in words that are not a list with commas:
/// `mon wed fri`, `monday and thursday`, `mon-fri`, `weekends`, `daily`.
fn days_meant(text: &str) -> Option<Vec<chrono::Weekday>> {
    use chrono::Weekday;
    let lower = text.trim().to_lowercase();
    let every = |from: Weekday, count: u32| {
        (0..count)
            .scan(from, |day, _| {
                let this = *day;
                *day = day.succ();
                Some(this)
            })
            .collect::<Vec<_>>()
    };
    match lower.as_str() {
        "weekend" | "weekends" => return Some(vec![Weekday::Sat, Weekday::Sun]),
        "weekdays" | "workdays" => return Some(every(Weekday::Mon, 5)),
        "daily" | "every day" | "everyday" => return Some(every(Weekday::Mon, 7)),
        _ => {}
    }
    // A range, `mon-fri` or `mon to fri`, wrapping past Sunday.
    let range = lower
        .split_once(['-', '\u{2013}'])
        .or_else(|| lower.split_once(" to "));
    if let Some((first, last)) = range {
        let (first, last) = (weekday(first)?, weekday(last)?);
        let count = (last.num_days_from_monday() + 7 - first.num_days_from_monday()) % 7 + 1;
        return Some(every(first, count));
    }
    let days: Option<Vec<_>> = lower
        .replace(" and ", " ")
        .split(|c: char| c.is_whitespace() || matches!(c, '/' | '&' | '+' | ';'))
        .filter(|word| !word.is_empty())
        .map(weekday)
        .collect();
    days.filter(|days| days.len() > 1)
}

/// Reads a plan's length in weeks (`8`, `8w`, `8 weeks`).
fn parse_weeks(text: &str) -> Result<u32, String> {
    let (fewest, most) = crate::guidance::PLAN_WEEKS;
    crate::parse::parse_weeks(text)
        .filter(|weeks| (fewest..=most).contains(weeks))
        .ok_or_else(|| format!("expected a whole number of weeks between {fewest} and {most}"))
}

/// `--plan-week`: a week of the longest plan.
pub(crate) fn parse_plan_week(text: &str) -> Result<u32, String> {
    let most = crate::guidance::PLAN_WEEKS.1;
    whole_number(text, 1, most)
        .ok_or_else(|| format!("expected a week of a plan, a whole number between 1 and {most}"))
}

/// A whole number from `low` to `high`.
fn whole_number(text: &str, low: u32, high: u32) -> Option<u32> {
    text.trim()
        .parse::<u32>()
        .ok()
        .filter(|number| (low..=high).contains(number))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_in_other_words_are_refused_with_the_list_to_write() {
        let tip = |text: &str| {
            let why = parse_weekdays(text).unwrap_err();
            why.split_once("; for these days, write ")
                .map(|(_, days)| days.to_owned())
        };
        assert_eq!(tip("Mon Wed Fri").as_deref(), Some("mon,wed,fri"));
        assert_eq!(tip("monday and thursday").as_deref(), Some("mon,thu"));
        assert_eq!(tip("tue/sat").as_deref(), Some("tue,sat"));
        assert_eq!(tip("mon-fri").as_deref(), Some("mon,tue,wed,thu,fri"));
        assert_eq!(tip("Sat to Mon").as_deref(), Some("sat,sun,mon"));
        assert_eq!(tip("weekends").as_deref(), Some("sat,sun"));
        assert_eq!(tip("weekdays").as_deref(), Some("mon,tue,wed,thu,fri"));
        assert_eq!(tip("daily").as_deref(), Some("mon,tue,wed,thu,fri,sat,sun"));
        // Words that are no days, or one day, get the plain line.
        assert_eq!(tip("banana"), None);
        assert_eq!(tip("mon banana"), None);
        assert_eq!(tip("mon-banana"), None);
        assert_eq!(tip("m"), None);
        assert_eq!(tip(""), None);
        assert_eq!(tip(" , ;"), None);
        assert_eq!(tip("tuesdays and thursdays").as_deref(), Some("tue,thu"));
        // The list to write is of all the days given, those before a comma
        // too.
        assert_eq!(tip("Mon, Wed & Fri").as_deref(), Some("mon,wed,fri"));
        assert_eq!(
            tip("mon,tuesday and thursday").as_deref(),
            Some("mon,tue,thu")
        );
        assert_eq!(tip("mon,someday"), None);
        // A day as people shorten it, or in the plural.
        assert_eq!(weekday("thurs"), Some(chrono::Weekday::Thu));
        assert_eq!(weekday("Weds"), Some(chrono::Weekday::Wed));
        assert_eq!(weekday("Mondays"), Some(chrono::Weekday::Mon));
        assert_eq!(weekday("sats"), Some(chrono::Weekday::Sat));
        // Too short, or no day at all, even without its `s`.
        assert_eq!(weekday("ms"), None);
        assert_eq!(weekday("weeks"), None);
        assert_eq!(weekday("wednesdayss"), None);
    }

    #[test]
    fn days_are_names_split_by_commas_semicolons_or_bars_blank_ones_passed_over() {
        use chrono::Weekday::{Fri, Mon, Thu, Wed};
        assert_eq!(parse_weekdays("mon,thu"), Ok(vec![Mon, Thu]));
        assert_eq!(parse_weekdays(" Monday; Thursday "), Ok(vec![Mon, Thu]));
        assert_eq!(parse_weekdays("wed| fri;"), Ok(vec![Wed, Fri]));
        assert_eq!(parse_weekdays("mon,,thu,"), Ok(vec![Mon, Thu]));
    }

    #[test]
    fn a_start_day_is_a_date_or_a_day_named_from_today() {
        use chrono::{NaiveDate, Weekday};
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        // Wednesday 2 December 2026.
        let wednesday = day(2026, 12, 2);
        let start = |text: &str| parse_start(text).unwrap().date(wednesday).unwrap();
        assert_eq!(start("2026-12-07"), day(2026, 12, 7));
        assert_eq!(start(" Today "), wednesday);
        assert_eq!(start("tomorrow"), day(2026, 12, 3));
        assert_eq!(start("mon"), day(2026, 12, 7));
        assert_eq!(start("Friday"), day(2026, 12, 4));
        assert_eq!(start("tue"), day(2026, 12, 8), "a day past is next week's");
        assert_eq!(
            start("wed"),
            wednesday,
            "as `date -d wed` reads it, today is one"
        );
        assert_eq!(start("sun"), day(2026, 12, 6));
        // Over a year's end.
        assert_eq!(
            StartDay::Next(Weekday::Mon).date(day(2026, 12, 29)),
            Some(day(2027, 1, 4))
        );
        assert_eq!(StartDay::Tomorrow.date(NaiveDate::MAX), None);
        for bad in [
            "yesterday",
            "mo",
            "next month",
            "7/12/26",
            "2026/13/45",
            "7/+12/2026",
            "7/12/02026",
            // chrono alone reads the year 26.
            "26-12-07",
            "",
        ] {
            assert_eq!(parse_start(bad), Err(EXPECTED_START.to_owned()), "{bad:?}");
        }
        // A weekday said with `next` or `this` is told what the weekday
        // alone names.
        for said in ["next monday", " Next Mon", "this monday", "the coming mon"] {
            assert_eq!(
                parse_start(said),
                Err(format!(
                    "{EXPECTED_START}; mon is the coming Monday, today on a Monday: write mon, \
                     or the date for another"
                )),
                "{said:?}"
            );
        }
        // A date and time is its date as written, in whatever zone.
        for timed in [
            "2026-12-07T00:00:00Z",
            "2026-12-07T23:30:00.000-08:00",
            "2026-12-07 08:30",
            "2026-12-07T08:30:15.25",
        ] {
            assert_eq!(start(timed), day(2026, 12, 7), "{timed}");
        }
        assert_eq!(
            parse_start("26-12-07T00:00:00Z"),
            Err(EXPECTED_START.to_owned())
        );
        assert_eq!(
            parse_start("2026-12-07 noon"),
            Err(EXPECTED_START.to_owned())
        );
        // A day past its month's end says how long the month is, its month
        // as YYYY-MM however it was typed.
        assert_eq!(
            parse_start("2026-02-30"),
            Err(format!("2026-02 has 28 days; {EXPECTED_START}"))
        );
        assert_eq!(
            parse_start("2026-2-30"),
            Err(format!("2026-02 has 28 days; {EXPECTED_START}"))
        );
    }

    #[test]
    fn a_date_written_with_slashes_dots_or_dashes_is_told_how_to_write_it() {
        let why = |text| parse_start(text).unwrap_err();
        assert_eq!(
            why("7/12/2026"),
            format!(
                "{EXPECTED_START}; for 7/12/2026, write 2026-12-07 (7 December) or 2026-07-12 \
                 (12 July)"
            )
        );
        // Only one reading is a date: the 25th month is none.
        assert_eq!(
            why("12/25/2026"),
            format!("{EXPECTED_START}; for 12/25/2026, write 2026-12-25")
        );
        assert_eq!(
            why("25.12.2026"),
            format!("{EXPECTED_START}; for 25.12.2026, write 2026-12-25")
        );
        assert_eq!(
            why("2026/12/07"),
            format!("{EXPECTED_START}; for 2026/12/07, write 2026-12-07")
        );
        // The same day either way round.
        assert_eq!(
            why("7/7/2026"),
            format!("{EXPECTED_START}; for 7/7/2026, write 2026-07-07")
        );
        // Without its year, as a month's name without one is.
        assert_eq!(
            why("12/7"),
            format!(
                "{EXPECTED_START}; for 12/7, write it with its year: YYYY-07-12 (12 July) or \
                 YYYY-12-07 (7 December)"
            )
        );
        assert_eq!(
            why("25.12."),
            format!("{EXPECTED_START}; for 25.12., write it with its year: YYYY-12-25")
        );
        assert_eq!(
            why("29/2"),
            format!("{EXPECTED_START}; for 29/2, write it with its year: YYYY-02-29")
        );
        // With hyphens, day or month first, as in the US and much of Europe;
        // year first it is read, and two digits of a year are not guessed.
        assert_eq!(
            why("07-12-2026"),
            format!(
                "{EXPECTED_START}; for 07-12-2026, write 2026-12-07 (7 December) or 2026-07-12 \
                 (12 July)"
            )
        );
        assert_eq!(
            why("12-25-2026"),
            format!("{EXPECTED_START}; for 12-25-2026, write 2026-12-25")
        );
        assert_eq!(
            why("25-12"),
            format!("{EXPECTED_START}; for 25-12, write it with its year: YYYY-12-25")
        );
        for text in ["26-12-07", "2026-13-01", "2026-12-00", "2026-12"] {
            assert_eq!(why(text), EXPECTED_START, "{text:?}");
        }
        // As ISO 8601's basic form writes one, without its hyphens.
        assert_eq!(
            why("20261207"),
            format!("{EXPECTED_START}; for 20261207, write 2026-12-07")
        );
        for text in [
            "13/13",
            "1/2/3",
            "2026/12",
            "1/",
            "/5",
            "20261307",
            "2026120",
            "0/2/2026",
            "13/13/2027",
            "31/31/2027",
        ] {
            assert_eq!(why(text), EXPECTED_START, "{text:?}");
        }
    }

    #[test]
    fn a_month_is_told_only_past_its_last_day_and_only_if_it_is_one() {
        assert_eq!(
            past_month_end(2026, 2, 29).as_deref(),
            Some("2026-02 has 28 days")
        );
        assert_eq!(past_month_end(2026, 2, 28), None);
        assert_eq!(past_month_end(2026, 2, 0), None);
        assert_eq!(past_month_end(2026, 13, 32), None);
    }

    #[test]
    fn a_day_past_its_months_end_in_any_form_is_told_how_long_the_month_is() {
        let why = |text| parse_start(text).unwrap_err();
        for (text, month) in [
            // Day first, and month first where the day cannot be the month.
            ("30/2/2026", "2026-02 has 28 days"),
            ("30-02-2026", "2026-02 has 28 days"),
            ("2/30/2026", "2026-02 has 28 days"),
            ("31.4.2027", "2027-04 has 30 days"),
            ("4/31/2027", "2027-04 has 30 days"),
            ("2027/02/29", "2027-02 has 28 days"),
            ("20270230", "2027-02 has 28 days"),
            ("Feb 30, 2027", "2027-02 has 28 days"),
            ("30th February 2028", "2028-02 has 29 days"),
            ("Dec 32 2026", "2026-12 has 31 days"),
        ] {
            assert_eq!(why(text), format!("{month}; {EXPECTED_START}"), "{text:?}");
        }
        // A reading that is a date wins over one past a month's end: 30/4
        // can only be 30 April, 4/30 is no 4th of a 30th month.
        assert_eq!(
            why("29.2.2028"),
            format!("{EXPECTED_START}; for 29.2.2028, write 2028-02-29")
        );
    }

    #[test]
    fn a_date_written_with_its_months_name_is_told_how_to_write_it() {
        let why = |text| parse_start(text).unwrap_err();
        for text in [
            "7 Dec 2026",
            "Dec 7 2026",
            "December 7, 2026",
            "07-Dec-2026",
            "7 december 2026",
            "Dec. 7, 2026",
            "7th December 2026",
            "Dec 7TH, 2026",
        ] {
            assert_eq!(
                why(text),
                format!("{EXPECTED_START}; for {text}, write 2026-12-07"),
            );
        }
        // Without its year: the form to write it in, the year left to the
        // runner (wrun does not guess this year's or next).
        for (text, form) in [
            ("Dec 7", "YYYY-12-07"),
            ("7th December", "YYYY-12-07"),
            ("feb 29", "YYYY-02-29"),
        ] {
            assert_eq!(
                why(text),
                format!("{EXPECTED_START}; for {text}, write it with its year: {form}"),
            );
        }
        // With two digits of its year, a day of more than two digits, no day
        // that month has, or an ordinal of nothing, no date is offered (past
        // the month's end with a year, the month's length: see above).
        for text in [
            "7-Dec-26",
            "7 Dec 20266",
            "Dec 32",
            "Feb 30",
            "Dec th 2026",
            "Dec 7x 2026",
            "Dec 007 2026",
        ] {
            assert_eq!(why(text), EXPECTED_START, "{text:?}");
        }
    }
}
