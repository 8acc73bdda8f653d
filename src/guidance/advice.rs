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
/// A vest and the joints; the engine raises it to danger with a condition.
pub const VEST_JOINT_STRESS: Advice = warning(
    "vest-joint-stress",
    Severity::Caution,
    "A vest puts extra stress on your joints and core.",
    id::VEST_RISKS,
);
/// A vest's fit.
pub const VEST_FIT: Advice = warning(
    "vest-fit",
    Severity::Caution,
    "A vest that does not fit well makes a fall more likely: get the right size and strap it \
     snug.",
    id::VEST_RISKS,
);
/// Form under a vest.
pub const VEST_FORM: Advice = warning(
    "vest-form",
    Severity::Caution,
    "Keep proper running form in the vest; poor posture under load leads to strains and can \
     cause stress fractures.",
    id::VEST_RISKS,
);
/// What a vest asks of core and cardio.
pub const VEST_CORE_CARDIO: Advice = warning(
    "vest-core-cardio",
    Severity::Caution,
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
    "Ease in: start with short, easy runs and add weight or distance slowly.",
    id::GENERAL_ADVICE,
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
/// Not for quick weight loss; given to those who are overweight.
pub const NOT_FOR_QUICK_WEIGHT_LOSS: Advice = tip(
    "not-for-quick-weight-loss",
    "Weights are no shortcut to quick weight loss; they make good running better.",
    id::GENERAL_ADVICE,
);
/// Vests on inclines.
pub const VEST_INCLINE: Advice = tip(
    "vest-incline",
    "A vest gives the most on inclines: stair climbs and hill sprints, once the load feels \
     steady on the flat.",
    id::VEST_BENEFITS,
);
/// A vest warm-up.
pub const VEST_WARMUP: Advice = tip(
    "vest-warmup",
    "Warming up in the vest can lift the performance of the workout that follows.",
    id::VEST_WARMUP,
);
/// Vests and bones.
pub const VEST_BONE: Advice = tip(
    "vest-bone",
    "Running in a vest helps build bone mass, which lowers the risk of fractures.",
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

/// Why ankle weights are not recommended.
pub const REASON_ANKLE: &str = "Ankle weights carry the highest injury risk of any running \
                                weight and are only truly safe in resistance training.";
/// Why beginners get a caution.
pub const REASON_BEGINNER: &str =
    "Weighted running needs excellent form, which new runners are still building.";
/// Why a vest is recommended.
pub const REASON_VEST: &str = "A vest interferes least with running form of all running weights.";
/// Why hand or wrist weights are recommended.
pub const REASON_HAND: &str =
    "Light hand or wrist weights add work for the arms; mind your posture and stride.";

/// Every fixed verdict reason, with the id of the rule it cites.
pub const REASONS: &[(&str, &str)] = &[
    (id::ANKLE_RISKS, REASON_ANKLE),
    (id::BEGINNER_FORM, REASON_BEGINNER),
    (id::VEST_BENEFITS, REASON_VEST),
    (id::HAND_LOAD, REASON_HAND),
];

/// Every warning wrun can give.
pub const WARNINGS: &[Advice] = &[
    ANKLE_INJURY_RISK,
    ANKLE_PACE_TRADEOFF,
    HAND_POSTURE,
    HAND_STRIDE,
    VEST_JOINT_STRESS,
    VEST_FIT,
    VEST_FORM,
    VEST_CORE_CARDIO,
    VEST_BALANCE,
    BEGINNER_WAIT,
    INCREMENT_TOO_COARSE,
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
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guidance::rules;

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
