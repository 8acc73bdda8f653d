//! A plan on the calendar: the date of each week, and of each weighted run
//! in it. Plain dates in, plain dates out.

use chrono::{Datelike, Days, NaiveDate as Date, Weekday};

use super::plan::Plan;
use super::request::GuidanceError;

/// The last day a plan may fall on, 9999-12-31: iCalendar (RFC 5545) and
/// ISO 8601's plain dates (as CSV and JSON carry them) write the year in
/// four digits.
pub const LAST_DATE: Date = match Date::from_ymd_opt(9999, 12, 31) {
    Some(date) => date,
    None => panic!("9999-12-31 is a date"),
};

/// `days` after `date`, unless that falls past [`LAST_DATE`].
fn after(date: Date, days: u64) -> Option<Date> {
    date.checked_add_days(Days::new(days))
        .filter(|day| *day <= LAST_DATE)
}

/// The dates of one week of a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekDates {
    /// The first day of the week.
    pub start: Date,
    /// The day of each weighted run, in order.
    pub runs: Vec<Date>,
}

/// The days after a week's first day the runs fall on, for 1 to 3 runs a
/// week (more, evenly).
fn spread(runs: u32) -> Vec<u64> {
    match runs {
        0 => Vec::new(),
        1 => vec![0],
        2 => vec![0, 3],
        3 => vec![0, 2, 4],
        more => (0..u64::from(more))
            .map(|n| n * 7 / u64::from(more))
            .collect(),
    }
}

/// Checks that `days` has a day for every run of the busiest week.
///
/// # Errors
/// [`GuidanceError::TooFewDays`] naming both counts.
pub fn check_days(plan: &Plan, days: &[Weekday]) -> Result<(), GuidanceError> {
    let mut distinct = days.to_vec();
    distinct.sort_unstable_by_key(Weekday::num_days_from_monday);
    distinct.dedup();
    let most = plan
        .weeks
        .iter()
        .map(|week| week.sessions)
        .max()
        .unwrap_or(0);
    if days.is_empty() || distinct.len() >= most as usize {
        return Ok(());
    }
    let week = plan
        .weeks
        .iter()
        .find(|week| week.sessions == most)
        .map_or(0, |w| w.number);
    Err(GuidanceError::TooFewDays {
        days: distinct.len(),
        week,
        runs: most,
    })
}

/// The dates of every week of `plan`, from `start`: runs on `days` (the
/// first that come in each week, counting from the start's weekday), or
/// spread over the week when none are given.
///
/// # Errors
/// [`GuidanceError::TooFewDays`] when `days` has fewer days than a week has
/// runs; [`GuidanceError::PastTheCalendar`] when a run falls after
/// [`LAST_DATE`].
pub fn schedule(
    plan: &Plan,
    start: Date,
    days: &[Weekday],
) -> Result<Vec<WeekDates>, GuidanceError> {
    check_days(plan, days)?;
    let mut offsets: Vec<u64> = days
        .iter()
        // Days from the start to the next such weekday (0 on the day itself).
        .map(|day| u64::from(day.days_since(start.weekday())))
        .collect();
    offsets.sort_unstable();
    offsets.dedup();
    plan.weeks
        .iter()
        .map(|week| {
            let first = after(start, (u64::from(week.number) - 1) * 7)
                .ok_or(GuidanceError::PastTheCalendar)?;
            let wanted = if days.is_empty() {
                spread(week.sessions)
            } else {
                offsets
                    .iter()
                    .copied()
                    .take(week.sessions as usize)
                    .collect()
            };
            let runs = wanted
                .into_iter()
                .map(|offset| after(first, offset))
                .collect::<Option<_>>()
                .ok_or(GuidanceError::PastTheCalendar)?;
            Ok(WeekDates { start: first, runs })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Mass, Request, WeightType, plan};

    fn vest_plan(weeks: u32) -> Plan {
        plan(&Request::new(Mass::from_lb(150.0), WeightType::Vest), weeks).unwrap()
    }

    fn date(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn four_or_more_runs_a_week_are_spread_evenly_over_its_seven_days() {
        assert_eq!(spread(4), [0, 1, 3, 5]);
        assert_eq!(spread(5), [0, 1, 2, 4, 5]);
        assert_eq!(spread(7), [0, 1, 2, 3, 4, 5, 6]);
    }

    #[test]
    fn weeks_follow_each_other_and_runs_spread_over_the_week() {
        let plan = vest_plan(3);
        let dates = schedule(&plan, date("2026-12-07"), &[]).unwrap();
        assert_eq!(dates[0].start, date("2026-12-07"));
        assert_eq!(dates[2].start, date("2026-12-21"));
        assert_eq!(dates[0].runs, [date("2026-12-07")]);
        // Week 2's load rises, so its runs hold at one; week 3 has two.
        assert_eq!(dates[1].runs, [date("2026-12-14")]);
        assert_eq!(dates[2].runs, [date("2026-12-21"), date("2026-12-24")]);
    }

    #[test]
    fn runs_fall_on_the_days_asked_counting_from_the_start() {
        use Weekday::{Mon as Monday, Sat as Saturday, Thu as Thursday};
        let plan = vest_plan(3);
        // Starting on a Wednesday: Thursday, Saturday, then Monday.
        let dates = schedule(&plan, date("2026-12-09"), &[Monday, Thursday, Saturday]).unwrap();
        assert_eq!(dates[0].runs, [date("2026-12-10")]);
        assert_eq!(dates[2].runs, [date("2026-12-24"), date("2026-12-26")]);
        // Starting on a Friday: Saturday the next day, Monday three on.
        let dates = schedule(&plan, date("2026-12-11"), &[Monday, Saturday]).unwrap();
        assert_eq!(dates[2].runs, [date("2026-12-26"), date("2026-12-28")]);
    }

    #[test]
    fn fewer_days_than_runs_is_refused_naming_both_counts() {
        let mut request = Request::new(Mass::from_lb(150.0), WeightType::Vest);
        request.level = crate::Level::Experienced;
        let plan = plan(&request, 6).unwrap();
        let err = schedule(&plan, date("2026-12-07"), &[Weekday::Mon, Weekday::Fri]).unwrap_err();
        assert_eq!(
            err,
            GuidanceError::TooFewDays {
                days: 2,
                week: 6,
                runs: 3
            }
        );
    }

    #[test]
    fn a_plan_may_end_on_the_last_four_digit_date_and_not_a_day_later() {
        // Three weeks: the last run falls 17 days after the start.
        let plan = vest_plan(3);
        let dates = schedule(&plan, date("9999-12-14"), &[]).unwrap();
        assert_eq!(dates[2].runs.last(), Some(&LAST_DATE));
        assert_eq!(LAST_DATE, date("9999-12-31"));
        assert_eq!(
            schedule(&plan, date("9999-12-15"), &[]),
            Err(GuidanceError::PastTheCalendar)
        );
        // A week that would start past it is refused too.
        assert_eq!(
            schedule(&plan, date("9999-12-25"), &[]),
            Err(GuidanceError::PastTheCalendar)
        );
    }
}
