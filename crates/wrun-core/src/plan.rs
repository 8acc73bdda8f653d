//! A week-by-week ramp-up of the load.

use std::cmp::Reverse;

use super::advice;
use super::answer::{Load, Note, Recommendation};
use super::kinds::{Condition, Level, Verdict, WeightType};
use super::mass::Mass;
use super::message::{Message, Value};
use super::recommend::{GuidanceError, Request, recommend, snap_down};
use super::rules::{PLAN_ADAPT, PLAN_RAMP, PLAN_SESSIONS, id};

pub use super::rules::{PLAN_DEFAULT_WEEKS as DEFAULT_WEEKS, PLAN_WEEKS as WEEKS};

vocabulary! {
    /// What a week's runs are for.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Focus {
        /// Flat ground, while the load is new.
        Flat = "flat",
        /// Hills and stairs, once the load is steady.
        HillsAndStairs = "hills-and-stairs",
        /// Easy runs, minding posture and stride.
        EasyRuns = "easy-runs",
    }
}

vocabulary! {
    /// How a week's load relates to the week before.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Change {
        /// The first week, at the start load.
        Start = "start",
        /// Heavier than last week.
        Rise = "rise",
        /// The same as last week.
        Hold = "hold",
        /// At the top of the range: no further rises.
        Top = "top",
    }
}

/// One week of a plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Week {
    /// 1-based.
    pub number: u32,
    /// The load for every weighted run this week (per vest or per hand).
    pub load: Mass,
    /// How it relates to last week.
    pub change: Change,
    /// Weighted runs this week.
    pub sessions: u32,
    /// What to run.
    pub focus: Focus,
    /// What to mind this week.
    pub notes: Vec<Message>,
    /// The week's verdict: the worst of the plan's findings that apply to
    /// it (a week of one run has no consecutive days to mind).
    pub verdict: Verdict,
}

/// A ramp-up plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// The recommendation it starts from.
    pub recommendation: Recommendation,
    /// The weeks; empty when no load is recommended or none fits the steps.
    pub weeks: Vec<Week>,
    /// Why there are no weeks, or what holds for all of them.
    pub notes: Vec<Message>,
    /// The recommendation's warnings and the plan's own, most severe first.
    pub warnings: Vec<Note>,
    /// The rules the plan applies.
    pub sources: Vec<&'static str>,
    /// How many weeks were asked for.
    pub weeks_asked: u32,
}

/// Slack for comparing loads that went through floating point.
const SLACK: f64 = 1e-9;

/// Plans `weeks` weeks for `request`.
///
/// ```
/// use wrun_core::{Change, Mass, Request, WeightType, plan};
///
/// let plan = plan(&Request::new(Mass::from_lb(150.0), WeightType::Vest), 6)?;
/// let loads: Vec<f64> = plan.weeks.iter().map(|week| (week.load.lb() * 100.0).round() / 100.0).collect();
/// assert_eq!(loads, [7.5, 9.0, 9.0, 10.5, 12.0, 12.0]);
/// assert_eq!(plan.weeks[2].change, Change::Hold);
/// # Ok::<(), wrun_core::GuidanceError>(())
/// ```
///
/// # Errors
/// [`GuidanceError`] when a number in `request`, or `weeks`, is out of range.
pub fn plan(request: &Request, weeks: u32) -> Result<Plan, GuidanceError> {
    if !(WEEKS.0..=WEEKS.1).contains(&weeks) {
        return Err(GuidanceError::WeeksOutOfRange);
    }
    let recommendation = recommend(request)?;
    let mut plan = Plan {
        weeks: Vec::new(),
        notes: Vec::new(),
        warnings: recommendation.warnings.clone(),
        sources: vec![id::PLAN_RAMP, id::PLAN_SESSIONS, id::PLAN_ADAPT],
        weeks_asked: weeks,
        recommendation,
    };
    let Some(load) = plan.recommendation.load else {
        plan.sources.clear();
        plan.notes.push(Message::fixed(advice::PLAN_NO_ANKLE));
        plan.notes.extend(
            plan.recommendation
                .tips
                .iter()
                .filter(|tip| tip.id == advice::TRY_VEST_INSTEAD.id)
                .map(|tip| tip.message.clone()),
        );
        return Ok(plan);
    };
    let Some(start) = load.start else {
        plan.sources.clear();
        plan.notes.push(Message::fixed(advice::PLAN_NO_START));
        return Ok(plan);
    };
    let request = plan.recommendation.request.clone();
    let vest = request.weight_type == WeightType::Vest;
    if vest {
        plan.sources.push(id::PLAN_FOCUS);
    }
    // The start lies within the plan's top: recommend places it there.
    let ramp = Ramp::new(&request, &load, start);
    debug_assert!(
        start.kg() <= ramp.top.kg() * (1.0 + SLACK),
        "{start:?} above the top"
    );
    plan.warnings.extend(ramp.warnings(&request, start, weeks));
    let knee_pain = request.conditions.contains(&Condition::KneePain);
    if vest && knee_pain {
        plan.warnings.push(Note::from_advice(advice::KNEE_FLAT));
    }
    plan.warnings
        .sort_by_key(|warning| Reverse(warning.severity));

    let mut rising_weeks = 0.0;
    let mut previous = start;
    let mut sessions = 0;
    for number in 1..=weeks {
        let holds = number % PLAN_RAMP.hold_every == 0;
        let load_this_week = if number == 1 || holds {
            previous
        } else {
            rising_weeks += 1.0;
            ramp.load_after(rising_weeks, previous)
        };
        let change = if number == 1 {
            Change::Start
        } else if load_this_week.kg() > previous.kg() * (1.0 + SLACK) {
            Change::Rise
        } else if ramp.at_top_of(&load, load_this_week) {
            Change::Top
        } else {
            Change::Hold
        };
        let hills_allowed = !knee_pain
            && (request.level != Level::Beginner || number >= PLAN_ADAPT.beginner_hills_from_week);
        let focus = match (vest, change) {
            (false, _) => Focus::EasyRuns,
            (true, Change::Hold | Change::Top) if hills_allowed => Focus::HillsAndStairs,
            (true, _) => Focus::Flat,
        };
        // A week changes one thing at most: a rise in load holds the runs
        // per week, and a condition holds them as it holds the load.
        let target = PLAN_SESSIONS.for_week(number, request.level);
        sessions = if number == 1 {
            target
        } else if ramp.hold || change == Change::Rise {
            sessions
        } else {
            target.min(sessions + 1)
        };
        plan.weeks.push(Week {
            number,
            load: load_this_week,
            change,
            sessions,
            focus,
            notes: week_notes(change, focus, load_this_week, previous, &request, &ramp),
            verdict: Verdict::Recommended,
        });
        previous = load_this_week;
    }
    Ok(plan.judged())
}

impl Plan {
    /// The plan with its recommendation, and each week, judged again over
    /// every warning the plan adds (rule `one-verdict`).
    pub(super) fn judged(mut self) -> Self {
        self.warnings
            .sort_by_key(|warning| Reverse(warning.severity));
        let recommendation = &mut self.recommendation;
        let (own, reason) = (recommendation.verdict, recommendation.reason.clone());
        for week in &mut self.weeks {
            let applies: Vec<Note> = self
                .warnings
                .iter()
                .filter(|w| week.sessions > 1 || w.id != advice::CONSECUTIVE_DAYS.id)
                .cloned()
                .collect();
            week.verdict = super::assess::assess(own, &reason, &applies).verdict;
        }
        let judged = super::assess::assess(own, &reason, &self.warnings);
        if judged.verdict == own {
            for id in judged.because {
                if !recommendation.verdict_because.contains(&id) {
                    recommendation.verdict_because.push(id);
                }
            }
        } else {
            recommendation.verdict_because = judged.because;
        }
        recommendation.verdict = judged.verdict;
        recommendation.reason = judged.reason;
        self
    }

    /// The plan with a caution when weighted runs on `days` would come
    /// closer together than the rest this runner needs between them.
    #[must_use]
    pub fn with_days(mut self, days: &[chrono::Weekday]) -> Self {
        let rest = rest_days(&self.recommendation.request);
        let mut offsets: Vec<u32> = days
            .iter()
            .map(chrono::Weekday::num_days_from_monday)
            .collect();
        offsets.sort_unstable();
        offsets.dedup();
        // Gaps between the chosen days, round the week and into the next.
        let close = offsets
            .iter()
            .zip(offsets.iter().cycle().skip(1))
            .filter(|(a, b)| {
                let gap = (i64::from(**b) - i64::from(**a)).rem_euclid(7);
                let gap = if gap == 0 { 7 } else { gap };
                gap <= i64::from(rest)
            })
            .count();
        let runs = self
            .weeks
            .iter()
            .map(|week| week.sessions)
            .max()
            .unwrap_or(0);
        if close > 0 && runs > 1 {
            // In words for the counts the rules hold, in figures for any other.
            let days = match rest {
                1 => Message::fixed(advice::A_FULL_DAY),
                2 => Message::fixed(advice::TWO_FULL_DAYS),
                days => Message::new(advice::FULL_DAYS, [("days", Value::Count(days as usize))]),
            };
            self.warnings.push(Note::with(
                advice::CONSECUTIVE_DAYS,
                [("rest", Value::Sentence(days.into()))],
            ));
            return self.judged();
        }
        self
    }
}

/// How the load may rise for this runner.
struct Ramp {
    start: Mass,
    /// The most the load may rise per rising week.
    per_week: Mass,
    /// The heaviest load the plan reaches: the range's top, or a beginner's ceiling.
    top: Mass,
    /// The runner's weight steps, when given.
    step: Option<Mass>,
    /// The steps loads are snapped to: the runner's, else half the display
    /// unit (rule `start-rounding`).
    grid: Mass,
    /// No rises at all: a condition holds the start load.
    hold: bool,
}

impl Ramp {
    fn new(request: &Request, load: &Load, start: Mass) -> Self {
        let beginner = request.level == Level::Beginner;
        let rate = if beginner {
            PLAN_ADAPT.beginner_rate
        } else {
            1.0
        };
        let per_week = super::recommend::weekly_rise(request, load.per).scale(rate);
        // Beginners and anyone with a condition stop at a beginner's ceiling.
        let top = super::recommend::plan_top(request, load.per, load.max);
        Self {
            start,
            per_week,
            top,
            step: request.increment,
            grid: request
                .increment
                .unwrap_or_else(|| Mass::new(super::rules::START_ROUNDING, request.unit)),
            hold: !request.conditions.is_empty(),
        }
    }

    /// Whether `load` is as heavy as the plan goes: its top, or the heaviest
    /// load on the grid below it. Either way one more step passes the top.
    fn at_ceiling(&self, load: Mass) -> bool {
        load.kg() + self.grid.kg() > self.top.kg() * (1.0 + SLACK)
    }

    /// Whether `load` is the top of `range`: its heaviest load, or, on the
    /// half-unit grid, the heaviest grid load inside it.
    fn at_top_of(&self, range: &Load, load: Mass) -> bool {
        let max = range.max.kg();
        load.kg() >= max * (1.0 - SLACK)
            || (self.step.is_none() && load.kg() + self.grid.kg() > max * (1.0 + SLACK))
    }

    /// The load after `rising_weeks` weeks that may rise, coming from `previous`:
    /// what the weeks have earned, snapped to the steps, within the top, never
    /// more than a week's rise (or one step) and never more than half again
    /// the load carried.
    fn load_after(&self, rising_weeks: f64, previous: Mass) -> Mass {
        if self.hold {
            return previous;
        }
        let earned = self.start.kg() + self.per_week.kg() * rising_weeks;
        // A week adds at most the weekly rise on the grid, or one grid step
        // when a step is bigger than that rise.
        let weekly = snap_down(self.per_week, self.grid).kg().max(self.grid.kg());
        // Half again the load carried, or, without weight steps, one half
        // unit where that is the finest step the unit allows (0.5 kg to 1 kg).
        let fraction = previous.kg() * (1.0 + PLAN_ADAPT.max_rise_fraction);
        let finest = if self.step.is_none() {
            previous.kg() + self.grid.kg()
        } else {
            0.0
        };
        let most = (previous.kg() + weekly)
            .min(fraction.max(finest))
            .min(self.top.kg());
        let wanted = Mass::from_kg(earned.min(most));
        let stepped = snap_down(wanted, self.grid);
        if stepped.kg() > previous.kg() * (1.0 + SLACK) {
            stepped
        } else {
            previous
        }
    }

    /// The plan's own warnings: a condition's hold, a step bigger than the
    /// weekly rise, steps that leave one usable load.
    fn warnings(&self, request: &Request, start: Mass, weeks: u32) -> Vec<Note> {
        let unit = request.unit;
        if self.hold {
            return vec![Note::with(
                advice::CONDITION_HOLD,
                [
                    (
                        "conditions",
                        super::recommend::conditions(&request.conditions),
                    ),
                    ("load", Value::Mass(start, unit)),
                    ("weeks", Value::Count(weeks as usize)),
                ],
            )];
        }
        let Some(step) = self.step else {
            return Vec::new();
        };
        let mut warnings = Vec::new();
        let half = start.kg() * PLAN_ADAPT.max_rise_fraction;
        let next = start.kg() + step.kg();
        if next > self.top.kg() * (1.0 + SLACK) || step.kg() > half * (1.0 + SLACK) {
            warnings.push(Note::with(
                advice::SINGLE_LOAD,
                [
                    ("step", Value::Mass(step, unit)),
                    ("load", Value::Mass(start, unit)),
                ],
            ));
        } else if step.kg() > self.per_week.kg() * (1.0 + SLACK) {
            let share = step.percent_of(request.body_weight);
            warnings.push(Note::with(
                advice::LARGE_STEP,
                [
                    ("step", Value::Mass(step, unit)),
                    ("percent", Value::Decimal(crate::mass::round1(share))),
                    ("per_week", Value::Mass(self.per_week, unit)),
                ],
            ));
        }
        warnings
    }
}

/// Full rest days this runner needs between weighted runs: more for
/// beginners and with a condition (rule `plan-sessions`).
fn rest_days(request: &Request) -> u32 {
    if request.level == Level::Beginner || !request.conditions.is_empty() {
        PLAN_SESSIONS.rest_days_careful
    } else {
        PLAN_SESSIONS.rest_days
    }
}

fn week_notes(
    change: Change,
    focus: Focus,
    load: Mass,
    previous: Mass,
    request: &Request,
    ramp: &Ramp,
) -> Vec<Message> {
    let unit = request.unit;
    let change = match change {
        Change::Start => Message::new(advice::WEEK_START, [("load", Value::Mass(load, unit))]),
        Change::Rise => {
            let step = Mass::from_kg(load.kg() - previous.kg());
            Message::new(advice::WEEK_RISE, [("step", Value::Mass(step, unit))])
        }
        Change::Hold if ramp.hold => Message::fixed(advice::WEEK_HOLD_FOR_PROFESSIONAL),
        Change::Hold if ramp.at_ceiling(load) => Message::fixed(advice::WEEK_HOLD_AT_CEILING),
        Change::Hold => Message::fixed(advice::WEEK_HOLD),
        Change::Top => Message::fixed(advice::WEEK_TOP),
    };
    let focus = Message::fixed(match focus {
        Focus::Flat => advice::WEEK_FLAT,
        Focus::HillsAndStairs => advice::WEEK_HILLS,
        Focus::EasyRuns => advice::WEEK_EASY,
    });
    let rest = match rest_days(request) {
        1 => Message::fixed(advice::REST_A_DAY),
        2 => Message::fixed(advice::REST_TWO_DAYS),
        days => Message::new(advice::REST_DAYS, [("days", Value::Count(days as usize))]),
    };
    vec![change, focus, rest]
}

#[cfg(test)]
mod tests;
