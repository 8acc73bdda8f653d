//! What hand, wrist and ankle weights do to heart rate and calories: the
//! article's figures for running, walking studies for walks, each at the
//! load it speaks of, and a word wherever the runner's load is not that.

use super::advice;
use super::answer::{Effect, Note};
use super::kinds::{Basis, WeightType};
use super::mass::{Mass, Unit, round1};
use super::message::{Message, Value};
use super::rules::{self, Range, WalkingFigures, id};

/// Heart-rate and calorie changes, with what the reader should know.
#[derive(Debug, Clone, PartialEq)]
pub struct LimbEffects {
    /// Change in heart rate, bpm.
    pub heart_rate: Effect,
    /// Change in calories, percent.
    pub calories: Effect,
    /// Where the figures do not speak of the runner's load.
    pub note: Option<Note>,
}

/// What hand or wrist weights (or ankle weights) do, walking or running,
/// for the runner's own load when they gave one. `None` for a vest.
#[must_use]
pub fn limb_effects(
    weight_type: WeightType,
    walking: bool,
    chosen: Option<Mass>,
    unit: Unit,
) -> Option<LimbEffects> {
    match (weight_type, walking) {
        (WeightType::Vest, _) => None,
        (WeightType::HandWrist, true) => {
            Some(walking_effects(rules::WALK_HAND, id::WALK_HAND, chosen))
        }
        (WeightType::Ankle, true) => {
            Some(walking_effects(rules::WALK_ANKLE, id::WALK_ANKLE, chosen))
        }
        (WeightType::HandWrist, false) => Some(hand_running(chosen)),
        (WeightType::Ankle, false) => Some(LimbEffects {
            heart_rate: article(rules::ANKLE_HEART_RATE_BPM, id::ANKLE_HEART_RATE),
            calories: article(rules::ANKLE_CALORIE_PERCENT, id::ANKLE_CALORIES),
            note: chosen.map(|mass| {
                Note::worded(
                    advice::LOAD_BEYOND_FIGURES,
                    advice::ANKLE_LOAD_UNSTATED,
                    [("load", Value::Mass(mass, unit))],
                )
            }),
        }),
    }
}

const fn article(range: Range, source: &'static str) -> Effect {
    Effect {
        range,
        basis: Basis::Article,
        source,
    }
}

/// The article's hand figures: its 1–3 lb range, or for one load a figure
/// read off a straight line across that range (a model of wrun's, so
/// labelled so), held at its ends beyond it, with a note that says so.
fn hand_running(chosen: Option<Mass>) -> LimbEffects {
    let heart = article(rules::HAND_HEART_RATE_BPM, id::HAND_HEART_RATE);
    let calories = article(rules::HAND_CALORIE_PERCENT, id::HAND_CALORIES);
    let Some(mass) = chosen else {
        return LimbEffects {
            heart_rate: heart,
            calories,
            note: None,
        };
    };
    let range = rules::HAND_LOAD_LB;
    let share = (mass.lb() - range.min) / (range.max - range.min);
    let at = |effect: Effect| {
        let figure =
            effect.range.min + share.clamp(0.0, 1.0) * (effect.range.max - effect.range.min);
        Effect {
            range: Range::new(figure, figure),
            basis: Basis::Model,
            ..effect
        }
    };
    let outside = !(0.0..=1.0).contains(&share);
    let note = outside.then(|| {
        Note::with(
            advice::LOAD_BEYOND_FIGURES,
            [
                ("min", Value::Decimal(range.min)),
                ("max", Value::Decimal(range.max)),
                ("load", Value::Decimal(round1(mass.lb()))),
                (
                    "direction",
                    Value::Words(if share > 1.0 {
                        advice::LARGER
                    } else {
                        advice::SMALLER
                    }),
                ),
            ],
        )
    });
    LimbEffects {
        heart_rate: at(heart),
        calories: at(calories),
        note,
    }
}

/// A walking study's figures, scaled to the runner's load in proportion to
/// its mass (a load at the end of a limb costs in proportion to its mass);
/// without a load, the figures for the load studied.
fn walking_effects(
    figures: WalkingFigures,
    source: &'static str,
    chosen: Option<Mass>,
) -> LimbEffects {
    let scale = chosen.map_or(1.0, |mass| mass.kg() / figures.load_kg);
    let scaled = |range: Range| Effect {
        range: Range::new(range.min * scale, range.max * scale),
        basis: Basis::Study,
        source,
    };
    // The study's own load, in either unit (3 lb is 1.36 kg), needs no word.
    let studied_load = |mass: &Mass| (mass.kg() / figures.load_kg - 1.0).abs() <= 0.01;
    let note = chosen.filter(|mass| !studied_load(mass)).map(|mass| {
        let beyond = mass.kg() > figures.heaviest_studied_kg * (1.0 + 1e-9);
        let kg = ("kg", Value::Decimal(figures.load_kg));
        let studied = if figures.heaviest_studied_kg > figures.load_kg {
            Message::new(
                advice::WALKING_LOADS,
                [
                    kg,
                    ("heaviest", Value::Decimal(figures.heaviest_studied_kg)),
                ],
            )
        } else {
            Message::new(advice::WALKING_LOAD, [kg])
        };
        Note::worded(
            advice::LOAD_BEYOND_FIGURES,
            advice::LOAD_BEYOND_WALKING,
            [
                ("studied", Value::Sentence(studied.into())),
                ("load", Value::Decimal(round1(mass.kg() * 100.0) / 100.0)),
                (
                    "how",
                    Value::Words(if beyond {
                        advice::BEYOND_STUDIED
                    } else {
                        advice::NOT_STUDIED
                    }),
                ),
            ],
        )
    });
    LimbEffects {
        heart_rate: scaled(figures.heart_rate_bpm),
        calories: scaled(figures.vo2_percent),
        note,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The effects for a runner whose unit is pounds.
    fn effects(weight_type: WeightType, walking: bool, chosen: Option<Mass>) -> LimbEffects {
        limb_effects(weight_type, walking, chosen, Unit::Lb).unwrap()
    }

    #[test]
    fn hand_weights_on_a_run_carry_the_articles_figures_and_a_load_reads_off_them() {
        let range = effects(WeightType::HandWrist, false, None);
        assert_eq!(range.heart_rate.range, Range::new(5.0, 10.0));
        assert_eq!(range.heart_rate.basis, Basis::Article);
        // 2 lb is halfway across 1–3 lb: +7.5 bpm and +10 %, a model of wrun's.
        let two = effects(WeightType::HandWrist, false, Some(Mass::from_lb(2.0)));
        assert_eq!(two.heart_rate.range, Range::new(7.5, 7.5));
        assert_eq!(two.calories.range, Range::new(10.0, 10.0));
        assert_eq!(two.heart_rate.basis, Basis::Model);
        assert_eq!(two.note, None);
        // 5 lb is beyond 3 lb: held at 3 lb's figures, and said.
        let five = effects(WeightType::HandWrist, false, Some(Mass::from_lb(5.0)));
        assert_eq!(five.heart_rate.range, Range::new(10.0, 10.0));
        let said = five.note.unwrap().message.text();
        assert!(said.contains("yours is 5 lb"), "{said}");
        assert!(said.ends_with("the real change may be larger."), "{said}");
        // Half a pound is below 1 lb: held at 1 lb's, and the change may be smaller.
        let half = effects(WeightType::HandWrist, false, Some(Mass::from_lb(0.5)));
        assert_eq!(half.heart_rate.range, Range::new(5.0, 5.0));
        let said = half.note.unwrap().message.text();
        assert!(said.ends_with("the real change may be smaller."), "{said}");
    }

    #[test]
    fn ankle_weights_on_a_run_keep_the_articles_figures_and_say_they_name_no_load() {
        let unloaded = limb_effects(WeightType::Ankle, false, None, Unit::Kg).unwrap();
        assert_eq!(unloaded.calories.range, Range::new(5.0, 10.0));
        assert_eq!(unloaded.note, None);
        let two = limb_effects(WeightType::Ankle, false, Some(Mass::from_kg(2.0)), Unit::Kg);
        let two = two.unwrap();
        assert_eq!(two.calories.range, Range::new(5.0, 10.0));
        assert_eq!(two.heart_rate.range, Range::new(3.0, 5.0));
        let said = two.note.unwrap();
        assert_eq!(said.id, "load-beyond-figures");
        let text = said.message.text();
        assert!(
            text.starts_with(
                "The article's ankle figures name no load, so wrun shows them as they stand for \
                 your 2 kg on each ankle;"
            ),
            "{text}"
        );
    }

    #[test]
    fn a_2_kg_hand_weight_on_a_6_kmh_walk_scales_the_walking_study() {
        // Graves 1988 at 1.36 kg, pumped: +13.6 bpm, +14 %; normal swing: 0.
        // 2 kg: × 2 / 1.36 = 1.4706: up to +20.0 bpm and +20.59 %.
        let two = effects(WeightType::HandWrist, true, Some(Mass::from_kg(2.0)));
        assert_eq!(two.heart_rate.basis, Basis::Study);
        assert_eq!(two.heart_rate.source, "walk-hand-weights");
        assert!((two.heart_rate.range.max - 20.0).abs() < 1e-9);
        assert!((two.calories.range.max - 20.588).abs() < 1e-3);
        assert!(two.heart_rate.range.min.abs() < 1e-12);
        let note = two.note.unwrap().message.text();
        assert!(note.contains("not the load studied"), "{note}");
        // The hand studies went up to 2.27 kg, and the note says so, with
        // the runner's load as given.
        assert!(note.contains("2.27"), "{note}");
        assert!(note.contains("your 2 kg is"), "{note}");
        // Ankles: 9 % and 7.6 bpm at 1.36 kg.
        let ankle = effects(WeightType::Ankle, true, None);
        assert_eq!(ankle.calories.range, Range::new(9.0, 9.0));
        assert_eq!(ankle.note, None);
        // 3 lb is the load studied, 1.36 kg to a gram: no word about it.
        let three = effects(WeightType::Ankle, true, Some(Mass::from_lb(3.0)));
        assert_eq!(three.note, None);
        assert!((three.calories.range.max - 9.0).abs() < 0.01);
        let heavy = effects(WeightType::Ankle, true, Some(Mass::from_kg(2.72)));
        assert!((heavy.heart_rate.range.max - 15.2).abs() < 1e-9);
        assert!((heavy.heart_rate.range.min - 15.2).abs() < 1e-9);
        // 2 kg at the ankle is past the one load studied there, 1.36 kg.
        let past = effects(WeightType::Ankle, true, Some(Mass::from_kg(2.0)));
        let said = past.note.unwrap().message.text();
        assert!(said.contains("beyond what was studied"), "{said}");
        assert!(
            said.starts_with("Walking studies measured 1.36 kg; "),
            "{said}"
        );
        assert!(
            heavy
                .note
                .unwrap()
                .message
                .text()
                .contains("beyond what was studied")
        );
    }
}
