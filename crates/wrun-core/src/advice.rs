//! The warnings and tips wrun can give, held once, as data.
//!
//! Each entry has a stable id (scripts match on it), a message in wrun's own
//! words and the id of the rule in [`super::rules::RULES`] behind it. Which
//! ones apply is decided by the engine.

use super::kinds::Severity;
use super::rules::id;

/// A warning or tip as written down, before the engine applies it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Advice {
    /// Stable kebab-case id.
    pub id: &'static str,
    /// How serious it is when it is a warning; tips are always [`Severity::Info`].
    pub severity: Severity,
    /// What to tell the runner.
    pub message: &'static str,
    /// The rule behind it.
    pub source: &'static str,
}

const fn warning(
    id: &'static str,
    severity: Severity,
    message: &'static str,
    source: &'static str,
) -> Advice {
    Advice {
        id,
        severity,
        message,
        source,
    }
}

const fn tip(id: &'static str, message: &'static str, source: &'static str) -> Advice {
    warning(id, Severity::Info, message, source)
}

/// Ankle weights and injuries.
pub const ANKLE_INJURY_RISK: Advice = warning(
    "ankle-injury-risk",
    Severity::Danger,
    "Ankle weights strain the joints, muscles and tendons of the lower leg and carry the \
     highest injury risk of any running weight; keep them for resistance training.",
    id::ANKLE_RISKS,
);
/// The runner's own ankle load; the engine writes the message.
pub const ANKLE_LOAD: Advice = warning("ankle-load", Severity::Danger, "", id::ANKLE_RISKS);
/// Ankle weights and pace.
pub const ANKLE_PACE_TRADEOFF: Advice = warning(
    "ankle-pace-tradeoff",
    Severity::Caution,
    "Weight at the ankles slows you down, and the slower pace can cancel what the weight adds.",
    id::ANKLE_RISKS,
);
/// Hand weights and posture.
pub const HAND_POSTURE: Advice = warning(
    "hand-posture",
    Severity::Caution,
    "Carrying weights can make you slump or round your shoulders, and makes such habits worse \
     if you already have them.",
    id::HAND_RISKS,
);
/// Hand weights and stride.
pub const HAND_STRIDE: Advice = warning(
    "hand-stride",
    Severity::Caution,
    "Hand and wrist weights can throw off your stride length.",
    id::HAND_RISKS,
);
/// A vest and the joints; the engine raises it to a caution with a
/// condition, for which the article says it may be too much.
pub const VEST_JOINT_STRESS: Advice = warning(
    "vest-joint-stress",
    Severity::Info,
    "A vest puts extra stress on your joints and core.",
    id::VEST_RISKS,
);
/// A vest's fit.
pub const VEST_FIT: Advice = warning(
    "vest-fit",
    Severity::Info,
    "A vest that does not fit well makes a fall more likely: get the right size.",
    id::VEST_RISKS,
);
/// Form under a vest.
pub const VEST_FORM: Advice = warning(
    "vest-form",
    Severity::Info,
    "Keep proper running form in the vest; poor posture under load leads to strains and can \
     cause stress fractures.",
    id::VEST_RISKS,
);
/// What a vest asks of core and cardio.
pub const VEST_CORE_CARDIO: Advice = warning(
    "vest-core-cardio",
    Severity::Info,
    "A vest works your core and your heart and lungs hard: wear one only with a strong core \
     and a solid aerobic base.",
    id::VEST_RISKS,
);
/// A vest and balance.
pub const VEST_BALANCE: Advice = warning(
    "vest-balance",
    Severity::Info,
    "A vest changes how your body reacts and may affect your balance, power and energy.",
    id::VEST_RISKS,
);
/// Beginners and form.
pub const BEGINNER_WAIT: Advice = warning(
    "beginner-wait",
    Severity::Caution,
    "Weighted running needs excellent form and technique; if you are new to running, consider \
     building those first and adding weight later.",
    id::BEGINNER_FORM,
);
/// A pace without its distance read in the runner's unit; the engine writes the message.
pub const PACE_UNIT_ASSUMED: Advice =
    warning("pace-unit-assumed", Severity::Info, "", id::UNIT_ASSUMED);
/// A bare body weight read as pounds; the engine writes the message.
pub const UNIT_ASSUMED: Advice = warning("unit-assumed", Severity::Info, "", id::UNIT_ASSUMED);
/// Any weight slows the runner.
pub const SLOWER_PACE: Advice = warning(
    "slower-pace",
    Severity::Info,
    "Any added weight slows you down: expect a slower pace for the same effort.",
    id::SLOWER_PACE,
);
/// With a condition, a professional's go-ahead first (ours); the engine writes the message.
pub const PROFESSIONAL_GO_AHEAD: Advice = warning(
    "professional-go-ahead",
    Severity::Caution,
    "",
    id::PRACTICAL_ADVICE,
);
/// The runner's own load above the range; the engine writes the message and may raise it.
pub const LOAD_ABOVE_RANGE: Advice =
    warning("load-above-range", Severity::Caution, "", id::CHOSEN_LOAD);
/// The runner's own load below the range; the engine writes the message.
pub const LOAD_BELOW_RANGE: Advice =
    warning("load-below-range", Severity::Info, "", id::CHOSEN_LOAD);
/// The overweight condition implied by body-mass index; the engine writes the message.
pub const OVERWEIGHT_IMPLIED: Advice =
    warning("overweight-implied", Severity::Info, "", id::BMI_OVERWEIGHT);
/// A run beyond what the runner can hold; the engine writes the message
/// and raises it to a danger above the ceiling itself.
pub const BEYOND_CAPACITY: Advice = warning("beyond-capacity", Severity::Caution, "", id::CAPACITY);
/// Downhill with knee pain.
pub const DOWNHILL_KNEE: Advice = warning(
    "downhill-knee",
    Severity::Caution,
    "Downhill loads the knee eccentrically: with knee pain, keep to the flat or walk the \
     descents.",
    id::MINETTI_GRADE,
);
/// The figures for a kind of weight speak of another load; the engine writes the message.
pub const LOAD_BEYOND_FIGURES: Advice =
    warning("load-beyond-figures", Severity::Info, "", id::CHOSEN_LOAD);
/// A weight step bigger than the plan's weekly cap; the engine writes the message.
pub const LARGE_STEP: Advice = warning("large-step", Severity::Caution, "", id::PLAN_RAMP);
/// A plan that holds its start load for a condition; the engine writes the message.
pub const CONDITION_HOLD: Advice = warning("condition-hold", Severity::Caution, "", id::PLAN_ADAPT);
/// The lightest usable load is above the plan's cap; the engine writes the message.
pub const ABOVE_PLAN_CAP: Advice = warning("above-plan-cap", Severity::Caution, "", id::PLAN_ADAPT);
/// Weighted runs on consecutive days; the engine writes the message.
pub const CONSECUTIVE_DAYS: Advice =
    warning("consecutive-days", Severity::Caution, "", id::PLAN_SESSIONS);
/// A plan kept on the flat for knee pain.
pub const KNEE_FLAT: Advice = warning(
    "knee-flat",
    Severity::Info,
    "With knee pain the plan stays on flat ground: no hill or stair weeks.",
    id::PLAN_ADAPT,
);
/// Weight steps that leave one usable load; the engine writes the message.
pub const SINGLE_LOAD: Advice = warning("single-load", Severity::Info, "", id::PLAN_RAMP);

/// The user's weights cannot make a load in range; the engine writes the message.
pub const INCREMENT_TOO_COARSE: Advice = warning(
    "increment-too-coarse",
    Severity::Caution,
    "",
    id::INCREMENT_SNAP,
);

/// Ease in.
pub const EASE_IN: Advice = tip(
    "ease-in",
    "Ease in: add weight a little at a time.",
    id::GENERAL_ADVICE,
);
/// Short, easy runs first (ours, not the article's).
pub const START_SHORT_AND_EASY: Advice = tip(
    "start-short-and-easy",
    "Keep your first weighted runs short and easy.",
    id::PRACTICAL_ADVICE,
);
/// Strap the vest snug (ours, not the article's).
pub const VEST_STRAP_SNUG: Advice = tip(
    "vest-strap-snug",
    "Strap the vest snug so it cannot shift or bounce.",
    id::PRACTICAL_ADVICE,
);
/// Flat ground first (ours, not the article's).
pub const FLAT_FIRST: Advice = tip(
    "flat-first",
    "Start on flat ground; take the vest to hills and stairs once the load feels steady.",
    id::PRACTICAL_ADVICE,
);
/// The fast-twitch finding, with the nuance of the study behind it.
pub const FAST_TWITCH: Advice = tip(
    "fast-twitch",
    "The article cites a finding that weighted running recruits more fast-twitch fibres in the \
     legs; the study behind it saw lactate rise after weeks in a vest of about 10 % of body \
     weight and suggested this, without measuring it.",
    id::FAST_TWITCH,
);
/// Strength work for the upper body.
pub const STRENGTH_UPPER_BODY: Advice = tip(
    "strength-upper-body",
    "Hand or wrist weights add a little strength work for the upper body.",
    id::STRENGTH_BY_REGION,
);
/// Strength work for the core.
pub const STRENGTH_CORE: Advice = tip(
    "strength-core",
    "A vest adds a little strength work for the core.",
    id::STRENGTH_BY_REGION,
);
/// Strength work for the lower body.
pub const STRENGTH_LOWER_BODY: Advice = tip(
    "strength-lower-body",
    "Ankle weights work the lower body: use them in resistance training, where they are safe.",
    id::STRENGTH_BY_REGION,
);
/// Rest more.
pub const INCREASE_REST: Advice = tip(
    "increase-rest",
    "Rest longer between weighted runs than between your usual ones.",
    id::GENERAL_ADVICE,
);
/// Take the weight off when form breaks.
pub const SHED_IF_FORM_BREAKS: Advice = tip(
    "shed-if-form-breaks",
    "If your form or technique starts to change, take the weight off and finish the run \
     without it.",
    id::GENERAL_ADVICE,
);
/// Not for quick weight loss; given to everyone.
pub const NOT_FOR_QUICK_WEIGHT_LOSS: Advice = tip(
    "not-for-quick-weight-loss",
    "Weights are no shortcut to quick weight loss; they make good running better.",
    id::GENERAL_ADVICE,
);
/// Vests on inclines.
pub const VEST_INCLINE: Advice = tip(
    "vest-incline",
    "A vest gives the most on inclines: stair climbs and hill sprints.",
    id::VEST_BENEFITS,
);
/// A vest warm-up.
pub const VEST_WARMUP: Advice = tip(
    "vest-warmup",
    "Warming up in the vest can lift the workout that follows: in the study behind this, \
     trained runners did strides in a vest of 20 % of their body weight before the workout. \
     That is above the 15 % wrun counts as a danger for running: warm up in a vest within \
     your range.",
    id::VEST_WARMUP,
);
/// Flat ground only, for a condition that keeps the runner off hills.
pub const FLAT_ONLY: Advice = tip(
    "flat-only",
    "With knee pain, keep weighted runs on flat ground: no hills, stairs or long descents.",
    id::PLAN_ADAPT,
);
/// Vests and bones.
pub const VEST_BONE: Advice = tip(
    "vest-bone",
    "The article counts building bone mass, and so a lower risk of fractures, among a vest's \
     benefits.",
    id::VEST_BENEFITS,
);
/// Swing the arms instead.
pub const HAND_ARM_SWING: Advice = tip(
    "hand-arm-swing",
    "A safer way to work the arms: swing them more, forward and back rather than across your \
     body; it may even add speed.",
    id::HAND_ALTERNATIVE,
);
/// A vest instead of ankle weights; the engine writes the message with the runner's range.
pub const TRY_VEST_INSTEAD: Advice = tip("try-vest-instead", "", id::VEST_BENEFITS);

/// Hills for a beginner.
pub const HILLS_EARLY: Advice = warning(
    "hills-early",
    Severity::Caution,
    "This course is hilly: beginners keep weighted runs on the flat until the fourth week of a \
     plan. Run it without the weight for now, or find a flat course; from week 4 of your plan, \
     say which week you are in.",
    id::ROUTE_HILLS,
);
/// The load a course was worked out for; the engine writes the message.
pub const COURSE_LOAD: Advice = warning("course-load", Severity::Info, "", id::CHOSEN_LOAD);
/// A course without elevation.
pub const COURSE_FLAT: Advice = warning(
    "course-flat",
    Severity::Info,
    "The file has no elevation: the course is taken as flat.",
    id::ROUTE_ELEVATION,
);
/// A course with some fixes timed and some not.
pub const COURSE_PARTLY_TIMED: Advice = warning(
    "course-partly-timed",
    Severity::Info,
    "Only some points of the file are timed: it is taken as a planned course.",
    id::ROUTE_FIXES,
);
/// A pace given for a recorded run.
pub const COURSE_PACE_IGNORED: Advice = warning(
    "course-pace-ignored",
    Severity::Info,
    "This is a recorded run: its own times give the pace, so the pace or speed you gave is not \
     used.",
    id::ROUTE_EFFORT,
);
/// GPS jumps left out; the engine writes the message.
pub const COURSE_JUMPS: Advice = warning("gps-jumps", Severity::Info, "", id::ROUTE_FIXES);
/// Stops left out of moving time; the engine writes the message.
pub const COURSE_STOPS: Advice = warning("stops", Severity::Info, "", id::ROUTE_FIXES);
/// Grades beyond the models; the engine writes the message.
pub const COURSE_GRADE_CLIPPED: Advice =
    warning("grade-clipped", Severity::Info, "", id::ROUTE_ELEVATION);
/// Downhill speed held back; the engine writes the message.
pub const COURSE_DOWNHILL_CAPPED: Advice =
    warning("downhill-capped", Severity::Info, "", id::ROUTE_EFFORT);
/// Which heart-rate line a course used; the engine writes the message.
pub const COURSE_HEART: Advice = warning("heart-line", Severity::Info, "", id::ROUTE_HEART);

/// Why ankle weights are not recommended.
pub const REASON_ANKLE: &str = "Ankle weights carry the highest injury risk of any running \
                                weight and are only truly safe in resistance training.";
/// Why beginners get a caution.
pub const REASON_BEGINNER: &str =
    "Weighted running needs excellent form, which new runners are still building.";
/// Why a vest is recommended.
pub const REASON_VEST: &str = "A vest interferes least with running form of all running weights.";
/// Why hand or wrist weights get a caution.
pub const REASON_HAND: &str = "Hand or wrist weights may not be the best choice for a runner: \
                               they can throw off stride length and posture.";

/// Every fixed verdict reason, with the id of the rule it cites.
pub const REASONS: &[(&str, &str)] = &[
    (id::ANKLE_RISKS, REASON_ANKLE),
    (id::BEGINNER_FORM, REASON_BEGINNER),
    (id::VEST_BENEFITS, REASON_VEST),
    (id::HAND_RISKS, REASON_HAND),
];

/// Every warning wrun can give.
pub const WARNINGS: &[Advice] = &[
    ANKLE_INJURY_RISK,
    ANKLE_PACE_TRADEOFF,
    ANKLE_LOAD,
    HAND_POSTURE,
    HAND_STRIDE,
    VEST_JOINT_STRESS,
    VEST_FIT,
    VEST_FORM,
    VEST_CORE_CARDIO,
    VEST_BALANCE,
    BEGINNER_WAIT,
    INCREMENT_TOO_COARSE,
    SLOWER_PACE,
    PROFESSIONAL_GO_AHEAD,
    LOAD_ABOVE_RANGE,
    LOAD_BELOW_RANGE,
    OVERWEIGHT_IMPLIED,
    BEYOND_CAPACITY,
    LOAD_BEYOND_FIGURES,
    DOWNHILL_KNEE,
    LARGE_STEP,
    CONDITION_HOLD,
    ABOVE_PLAN_CAP,
    CONSECUTIVE_DAYS,
    KNEE_FLAT,
    SINGLE_LOAD,
    UNIT_ASSUMED,
    PACE_UNIT_ASSUMED,
    HILLS_EARLY,
    COURSE_LOAD,
    COURSE_FLAT,
    COURSE_PARTLY_TIMED,
    COURSE_PACE_IGNORED,
    COURSE_JUMPS,
    COURSE_STOPS,
    COURSE_GRADE_CLIPPED,
    COURSE_DOWNHILL_CAPPED,
    COURSE_HEART,
];

/// Every tip wrun can give.
pub const TIPS: &[Advice] = &[
    EASE_IN,
    INCREASE_REST,
    SHED_IF_FORM_BREAKS,
    NOT_FOR_QUICK_WEIGHT_LOSS,
    VEST_INCLINE,
    VEST_WARMUP,
    VEST_BONE,
    HAND_ARM_SWING,
    TRY_VEST_INSTEAD,
    START_SHORT_AND_EASY,
    VEST_STRAP_SNUG,
    FLAT_FIRST,
    FLAT_ONLY,
    FAST_TWITCH,
    STRENGTH_UPPER_BODY,
    STRENGTH_CORE,
    STRENGTH_LOWER_BODY,
];

/// The fixed text of the warning or tip `id`, when it has one; warnings
/// whose text carries the runner's numbers have none.
#[must_use]
pub fn fixed_message(id: &str) -> Option<&'static str> {
    WARNINGS
        .iter()
        .chain(TIPS)
        .find(|advice| advice.id == id)
        .map(|advice| advice.message)
        .filter(|message| !message.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules;

    #[test]
    fn every_id_names_one_warning_or_tip() {
        let mut ids: Vec<_> = WARNINGS.iter().chain(TIPS).map(|a| a.id).collect();
        let count = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), count);
    }

    #[test]
    fn a_fixed_text_is_found_by_id_and_a_computed_one_is_not() {
        assert_eq!(fixed_message("vest-fit"), Some(VEST_FIT.message));
        assert_eq!(fixed_message("load-above-range"), None);
        assert_eq!(fixed_message("no-such-advice"), None);
    }

    #[test]
    fn every_warning_and_tip_names_a_rule_wrun_has() {
        for advice in WARNINGS.iter().chain(TIPS) {
            assert!(
                rules::find(advice.source).is_some(),
                "{} cites unknown rule {}",
                advice.id,
                advice.source
            );
        }
    }

    #[test]
    fn tips_are_never_more_than_information() {
        assert!(TIPS.iter().all(|tip| tip.severity == Severity::Info));
    }
}
