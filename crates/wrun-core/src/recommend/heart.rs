//! Heart rates: the maximum from age and whether it stands, a usual heart
//! rate checked against the pace, and the heart rate with the load.

use crate::advice;
use crate::answer::{Effect, Note};
use crate::energy;
use crate::kinds::Gait;
use crate::message::{Message, Value};
use crate::request::Request;
use crate::rules::{self, Range, id};
use crate::workout::HEART_RATE_BPM;

/// The maximum heart rate the runner's age gives (Tanaka), where they gave
/// none, and whether it stands: it does not where their usual heart rate
/// on this run, or one they are known to reach (`reached_hr`), is above
/// it, which shows their own maximum is higher.
pub(crate) fn max_hr_from_age(request: &Request) -> Option<(f64, bool)> {
    if request.max_hr.is_some() {
        return None;
    }
    let estimate = crate::body::max_heart_rate_for_age(request.age?).min(HEART_RATE_BPM.max);
    let stands = highest_known_hr(request).is_none_or(|bpm| bpm <= estimate);
    Some((estimate, stands))
}

/// The highest heart rate the runner is known to hold or reach: their
/// usual one on this run, or one a course shows (`reached_hr`).
fn highest_known_hr(request: &Request) -> Option<f64> {
    let usual = request.heart.map(|rates| rates.usual);
    usual.into_iter().chain(request.reached_hr).reduce(f64::max)
}

/// The figures of the estimate of the maximum heart rate from age, `max`
/// bpm, for a note that shows how it was worked out.
pub(crate) fn max_hr_from_age_values(max: f64) -> Vec<(&'static str, Value)> {
    vec![
        (
            "formula",
            Value::Figure(&rules::Figure::Tanaka(rules::TANAKA)),
        ),
        ("bpm", Value::Decimal(crate::mass::round1(max))),
        ("spread", Value::Decimal(rules::TANAKA.spread_bpm)),
    ]
}

/// Where the runner's usual heart rate on a run (a `gait`) that asks `vo2`
/// mL/kg/min unweighted, as a share of their heart-rate reserve, puts that
/// cost at a share of oxygen reserve that implies more `VO2max` than any
/// runner has (rule `heart-and-pace`): a note that the figures disagree.
/// `None` without a usual and a maximum heart rate (given, or from an age
/// that stands).
pub(crate) fn heart_and_pace(request: &Request, vo2: f64, gait: Gait) -> Option<Note> {
    let rates = request.heart?;
    let max = request
        .max_hr
        .or_else(|| standing_max_hr_from_age(request))?;
    let share = (rates.usual - rates.resting) / (max - rates.resting);
    // Below a fifth of the reserve a few beats make the share.
    if !(rules::HEART_AND_PACE_LEAST_SHARE..=1.0).contains(&share) {
        return None;
    }
    let implied = rules::RESTING_VO2 + (vo2 - rules::RESTING_VO2) / share;
    (implied > rules::HEART_AND_PACE_MOST_VO2MAX).then(|| {
        Note::with(
            advice::HEART_AND_PACE,
            [
                ("hr", Value::Decimal(rates.usual)),
                ("run", Value::Words(gait.id())),
                ("share", Value::Decimal((share * 100.0).round())),
                ("resting", Value::Decimal(rates.resting)),
                ("max", Value::Decimal(max)),
                ("vo2max", Value::Decimal(implied.round())),
            ],
        )
    })
}

/// [`max_hr_from_age`] where it stands.
pub(crate) fn standing_max_hr_from_age(request: &Request) -> Option<f64> {
    max_hr_from_age(request).and_then(|(max, stands)| stands.then_some(max))
}

/// The maximum heart rate a `VO2max` is estimated with (Uth), and whether
/// the runner's age was behind it: the one they gave; else the one their
/// age gives, or, where a heart rate they are known to hold or reach shows
/// that estimate too low, that heart rate, the least their own maximum
/// can be (rule `tanaka-hr-max`). So an older age never lifts the ceiling.
pub(super) fn max_hr_for_vo2max(request: &Request) -> Option<(f64, bool)> {
    if let Some(max) = request.max_hr {
        return Some((max, false));
    }
    let (estimate, _) = max_hr_from_age(request)?;
    let least = highest_known_hr(request).map_or(estimate, |bpm| bpm.max(estimate));
    Some((least, true))
}

/// The runner's heart rate with the weight; without a maximum heart rate,
/// their age gives one (Tanaka), and the answer says so, or says why it
/// was left aside.
pub(super) fn loaded_heart_rate(
    request: &Request,
    mut rates: crate::workout::HeartRates,
    vest_percent: Option<Range>,
    article: Option<Effect>,
) -> crate::answer::HeartRate {
    let from_age = max_hr_from_age(request);
    if let Some((max, true)) = from_age {
        rates.max = rates.max.or(Some(max));
    }
    let mut heart = energy::heart_rate(
        rates,
        request.body_weight,
        &request.workout,
        vest_percent,
        article,
    );
    if let Some((max, stands)) = from_age {
        let mut values = max_hr_from_age_values(max);
        values.push(("rule", Value::Words(id::TANAKA_HR_MAX)));
        let template = if stands {
            advice::MAX_HR_FROM_AGE
        } else {
            let usual = Value::Decimal(crate::mass::round1(rates.usual));
            values.insert(0, ("usual", usual));
            advice::MAX_HR_BELOW_USUAL
        };
        heart.notes.insert(0, Message::new(template, values));
    }
    heart
}
