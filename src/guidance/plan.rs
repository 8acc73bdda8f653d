//! A week-by-week ramp-up of the load.

use super::advice;
use super::kinds::{Level, WeightType};
use super::mass::Mass;
use super::recommend::{GuidanceError, LoadPer, Recommendation, Request, recommend, snap_down};
use super::rules::{PLAN_RAMP, PLAN_SESSIONS, id};

/// The fewest and most weeks a plan may have.
pub const WEEKS: (u32, u32) = (2, 26);
/// Weeks in a plan unless asked otherwise (tool-policy).
pub const DEFAULT_WEEKS: u32 = 6;

/// What a week's runs are for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Focus {
    /// Flat ground, while the load is new.
    Flat,
    /// Hills and stairs, once the load is steady.
    HillsAndStairs,
    /// Easy runs, minding posture and stride.
    EasyRuns,
}

impl Focus {
    /// The stable id used in JSON.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Flat => "flat",
            Self::HillsAndStairs => "hills-and-stairs",
            Self::EasyRuns => "easy-runs",
        }
    }
}

/// How a week's load relates to the week before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Change {
    /// The first week, at the start load.
    Start,
    /// Heavier than last week.
    Rise,
    /// The same as last week.
    Hold,
    /// At the top of the range: no further rises.
    Top,
}

impl Change {
    /// The stable id used in JSON.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Start => "start",
            Self::Rise => "rise",
            Self::Hold => "hold",
            Self::Top => "top",
        }
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
    pub notes: Vec<String>,
}

/// A ramp-up plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// The recommendation it starts from.
    pub recommendation: Recommendation,
    /// The weeks; empty when no load is recommended or none fits the steps.
    pub weeks: Vec<Week>,
    /// Why there are no weeks, or what holds for all of them.
    pub notes: Vec<String>,
    /// The rules the plan applies.
    pub sources: Vec<&'static str>,
    /// How many weeks were asked for.
    pub weeks_asked: u32,
}

/// Plans `weeks` weeks for `request`.
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
        sources: vec![id::PLAN_RAMP, id::PLAN_SESSIONS],
        weeks_asked: weeks,
        recommendation,
    };
    let Some(load) = plan.recommendation.load else {
        plan.sources.clear();
        plan.notes
            .push("Ankle weights get no plan: they are not a weight to run with.".to_owned());
        plan.notes.extend(
            plan.recommendation
                .tips
                .iter()
                .filter(|tip| tip.id == advice::TRY_VEST_INSTEAD.id)
                .map(|tip| tip.message.to_string()),
        );
        return Ok(plan);
    };
    let Some(start) = load.start else {
        plan.sources.clear();
        plan.notes.extend(
            plan.recommendation
                .warnings
                .iter()
                .filter(|w| w.id == advice::INCREMENT_TOO_COARSE.id)
                .map(|w| w.message.to_string()),
        );
        return Ok(plan);
    };
    let request = &plan.recommendation.request;
    let rise_per_week = match load.per {
        LoadPer::Vest => request
            .body_weight
            .scale(PLAN_RAMP.vest_percent_per_week / 100.0),
        LoadPer::Hand => Mass::from_lb(PLAN_RAMP.hand_lb_per_week),
    };
    let vest = request.weight_type == WeightType::Vest;
    if vest {
        plan.sources.push(id::PLAN_FOCUS);
    }
    // Rises are earned week by week; with weight steps, a step is taken
    // once the earned rise covers it.
    // Mutation testing: the `1 ± 1e-9` slack only absorbs rounding, so turning
    // `*` into `/` or `+` into `-` there changes no answer wrun can give.
    let top_reached = |load_now: Mass| match request.increment {
        Some(step) => load_now.kg() + step.kg() > load.max.kg() * (1.0 + 1e-9),
        None => load_now.kg() >= load.max.kg() * (1.0 - 1e-9),
    };
    let mut rising_weeks = 0.0;
    let mut previous = start;
    for number in 1..=weeks {
        let holds = number % PLAN_RAMP.hold_every == 0;
        let load_this_week = if number == 1 || holds {
            previous
        } else {
            rising_weeks += 1.0;
            let earned = start.kg() + rise_per_week.kg() * rising_weeks;
            let earned = Mass::from_kg(earned.min(load.max.kg()));
            let stepped = request
                .increment
                .map_or(earned, |step| snap_down(earned, step));
            // (`>=` here would pick the same value: they are equal.)
            if stepped > previous {
                stepped
            } else {
                previous
            }
        };
        let change = if number == 1 {
            Change::Start
        // A load is never above its previous by less than the slack, so `>=`
        // here would be the same test.
        } else if load_this_week.kg() > previous.kg() * (1.0 + 1e-9) {
            Change::Rise
        } else if top_reached(load_this_week) {
            Change::Top
        } else {
            Change::Hold
        };
        let focus = match (vest, change) {
            (false, _) => Focus::EasyRuns,
            (true, Change::Start | Change::Rise) => Focus::Flat,
            (true, Change::Hold | Change::Top) => Focus::HillsAndStairs,
        };
        plan.weeks.push(Week {
            number,
            load: load_this_week,
            change,
            sessions: PLAN_SESSIONS.for_week(number, request.level),
            focus,
            notes: week_notes(change, focus, load_this_week, previous, request),
        });
        previous = load_this_week;
    }
    Ok(plan)
}

fn week_notes(
    change: Change,
    focus: Focus,
    load: Mass,
    previous: Mass,
    request: &Request,
) -> Vec<String> {
    let unit = request.unit;
    let mut notes = vec![match change {
        Change::Start => format!(
            "First weighted week at {}: keep the runs short and easy.",
            load.display(unit)
        ),
        Change::Rise => format!(
            "Up {} from last week.",
            Mass::from_kg(load.kg() - previous.kg()).display(unit)
        ),
        Change::Hold => "Same load as last week, to let your body adapt.".to_owned(),
        Change::Top => "At the top of the range: stay here rather than adding more.".to_owned(),
    }];
    notes.push(match focus {
        Focus::Flat => "Run on flat ground until the load feels steady.".to_owned(),
        Focus::HillsAndStairs => {
            "The load is steady: hills and stair climbs are where the vest pays off.".to_owned()
        }
        Focus::EasyRuns => "Easy runs; swing the arms forward and back, shoulders tall.".to_owned(),
    });
    notes.push(
        if request.level == Level::Beginner || !request.conditions.is_empty() {
            "Rest at least two days between weighted runs."
        } else {
            "Rest at least a full day between weighted runs."
        }
        .to_owned(),
    );
    notes
}

#[cfg(test)]
mod tests;
