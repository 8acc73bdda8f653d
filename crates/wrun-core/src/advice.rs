//! The warnings and tips wrun can give, held once, as data.
//!
//! Each entry has a stable id (scripts match on it), a message in wrun's own
//! words and the id of the rule in [`super::rules::RULES`] behind it. A
//! message that names the runner's own figures is a template with a
//! `{name}` slot for each; a warning worded another way in some cases (one
//! stop, not several) has its other templates beside it, and so do the
//! verdict reasons and the phrases a template takes. Which ones apply, and
//! with which figures, is decided by the engine, which writes no words of
//! its own: it picks a template and hands over values (a
//! [`Message`](crate::Message)), and the text is filled in where it is shown.

use super::kinds::{Level, Severity};
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

impl Advice {
    /// Whether the message is the same for every runner: a template with
    /// no `{name}` slot for the runner's figures.
    #[must_use]
    pub fn is_fixed(&self) -> bool {
        super::message::slots(self.message).is_empty()
    }
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
/// [`ANKLE_INJURY_RISK`] for a walk: the reason says the article speaks of
/// running.
pub const ANKLE_INJURY_RISK_WALK: &str = "Ankle weights strain the joints, muscles and tendons \
                                          of the lower leg and carry the highest injury risk of \
                                          all the weights; keep them for resistance training.";
/// The runner's own ankle load; the engine fills in the figures.
pub const ANKLE_LOAD: Advice = warning(
    "ankle-load",
    Severity::Danger,
    "Your {load} per ankle: no ankle load is recommended for running; the article counts ankle \
     weights the riskiest of all.",
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
/// [`HAND_POSTURE`] for a runner with back pain, which a slump bears on
/// (compare never picks hand weights for them, rule `best-fit`).
pub const HAND_POSTURE_BACK: &str = "Carrying weights can make you slump or round your shoulders, \
                                     and makes such habits worse if you already have them; with \
                                     back pain, a slump may make the pain worse.";
/// Hand weights and stride.
pub const HAND_STRIDE: Advice = warning(
    "hand-stride",
    Severity::Caution,
    "Hand and wrist weights can throw off your stride length.",
    id::HAND_RISKS,
);
/// Gripped hand weights and blood pressure.
pub const HAND_BLOOD_PRESSURE: Advice = warning(
    "hand-blood-pressure",
    Severity::Info,
    "Gripping hand weights raised blood pressure beyond what the same effort does without them, \
     in studies of walking: with high blood pressure or a heart condition, ask your doctor \
     first. Wrist weights, strapped on, need no grip.",
    id::WALK_HAND,
);
/// A vest and the joints; the engine raises it to a caution with a
/// condition, for which the article says it may be too much.
pub const VEST_JOINT_STRESS: Advice = warning(
    "vest-joint-stress",
    Severity::Info,
    "A vest puts your joints and core under extra strain.",
    id::VEST_RISKS,
);
/// [`VEST_JOINT_STRESS`] for a runner with a condition.
pub const VEST_JOINT_STRESS_WITH: &str =
    "A vest puts your joints and core under extra strain. With {conditions}, that may be too much.";
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
/// [`VEST_FORM`] for a walk.
pub const VEST_FORM_WALK: &str = "Keep proper walking form in the vest; poor posture under load \
     leads to strains and can cause stress fractures.";
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
    "A vest changes how your body responds; your balance, power and energy may suffer.",
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
/// A runner younger than an adult; the engine fills in the age.
pub const YOUNG_RUNNER: Advice = warning(
    "young-runner",
    Severity::Caution,
    "At {age} you are younger than the adults the article's advice and wrun's models come from: \
     these loads and figures are an adult's, so get a coach's or doctor's go-ahead first.",
    id::YOUNG_RUNNER,
);
/// A pace without its distance read in the runner's unit; the engine fills in the figures.
pub const PACE_UNIT_ASSUMED: Advice = warning(
    "pace-unit-assumed",
    Severity::Info,
    "A pace without its distance is read per kilometre, as your unit is kg: {pace}; add /mi for \
     miles.",
    id::UNIT_ASSUMED,
);
/// [`PACE_UNIT_ASSUMED`] for a runner who counts in pounds.
pub const PACE_READ_PER_MILE: &str = "A pace without its distance is read per mile, as your unit \
                                      is lb: {pace}; add /km for kilometres.";
/// A bare body weight read as pounds; the engine fills in the figures.
pub const UNIT_ASSUMED: Advice = warning(
    "unit-assumed",
    Severity::Info,
    "{pounds} read as {pounds} lb = {kg}; write {pounds}kg for kilograms.",
    id::UNIT_ASSUMED,
);
/// A usual heart rate that implies more than any runner's `VO2max` on the
/// run given; the engine fills in the figures.
pub const HEART_AND_PACE: Advice = warning(
    "heart-and-pace-disagree",
    Severity::Info,
    "A usual heart rate of {hr} bpm on this {run} is {share} % of your heart-rate reserve \
     ({resting} to {max} bpm), which would put your VO2max near {vo2max} mL/kg/min, more than any \
     runner has: check the pace, the grade and the heart rates, since the figures here rest on \
     them.",
    id::HEART_AND_PACE,
);
/// Any weight slows the runner.
pub const SLOWER_PACE: Advice = warning(
    "slower-pace",
    Severity::Info,
    "Any added weight slows you down: expect a slower pace for the same effort.",
    id::SLOWER_PACE,
);
/// With a condition, a professional's go-ahead first (ours); the engine fills in the figures.
pub const PROFESSIONAL_GO_AHEAD: Advice = warning(
    "professional-go-ahead",
    Severity::Caution,
    "With {conditions}, get a professional's go-ahead before you load up.",
    id::PRACTICAL_ADVICE,
);
/// The runner's own load above the range; the engine fills in the figures and may raise it.
pub const LOAD_ABOVE_RANGE: Advice = warning(
    "load-above-range",
    Severity::Caution,
    "Your {load} is above the range of {min} to {max}: use a lighter load.",
    id::CHOSEN_LOAD,
);
/// [`LOAD_ABOVE_RANGE`] for a load heavy enough to be a danger.
pub const LOAD_FAR_ABOVE_RANGE: &str = "Your {load} is above the range of {min} to {max}, heavy \
                                        enough to hurt you: use a lighter load.";
/// A vest load the runner has, for [`LOAD_ABOVE_RANGE`] and [`LOAD_BELOW_RANGE`].
pub const CHOSEN_VEST: &str = "{load} ({percent} % of your body weight)";
/// A hand load the runner has, for [`LOAD_ABOVE_RANGE`] and [`LOAD_BELOW_RANGE`].
pub const CHOSEN_HAND: &str = "{load} per hand";
/// The runner's own load below the range; the engine fills in the figures.
pub const LOAD_BELOW_RANGE: Advice = warning(
    "load-below-range",
    Severity::Info,
    "Your {load} is below the range of {min} to {max}: it will do less.",
    id::CHOSEN_LOAD,
);
/// The overweight condition implied by body-mass index; the engine fills in the figures.
pub const OVERWEIGHT_IMPLIED: Advice = warning(
    "overweight-implied",
    Severity::Info,
    "Counted as overweight: your body-mass index is {bmi}, at or above {threshold}, where the \
     article's warning about vests for people already overweight applies.",
    id::BMI_OVERWEIGHT,
);
/// [`OVERWEIGHT_IMPLIED`] by body weight alone, without a height.
pub const OVERWEIGHT_BY_WEIGHT: &str = "Counted as overweight: at {weight}, the body-mass index \
                                        is {threshold} or more for anyone up to {tallest} m tall, \
                                        where the article's warning about vests for people \
                                        already overweight applies. Giving your height can say \
                                        otherwise.";
/// [`OVERWEIGHT_IMPLIED`] answering hand, wrist or ankle weights, which the
/// article's warning about overweight runners does not name.
pub const OVERWEIGHT_IMPLIED_NOT_VEST: &str =
    "Counted as overweight: your body-mass index is {bmi}, at or above {threshold}.";
/// [`OVERWEIGHT_BY_WEIGHT`] answering hand, wrist or ankle weights.
pub const OVERWEIGHT_BY_WEIGHT_NOT_VEST: &str = "Counted as overweight: at {weight}, the \
                                                 body-mass index is {threshold} or more for \
                                                 anyone up to {tallest} m tall. Giving your \
                                                 height can say otherwise.";
/// A run beyond what the runner can hold; the engine fills in the figures
/// and raises it to a danger above the ceiling itself.
pub const BEYOND_CAPACITY: Advice = warning(
    "beyond-capacity",
    Severity::Caution,
    "This {run} asks about {demand} mL/kg/min of oxygen with {load} for {minutes} min, more than \
     the {sustainable} that can be held that long at {ceiling}: slow down or shorten it.",
    id::CAPACITY,
);
/// [`BEYOND_CAPACITY`] where the run asks more than can be held for its
/// length even without the weight: a lighter load alone would not make it
/// one to hold.
pub const BEYOND_CAPACITY_UNLOADED: &str = "This {run} asks about {demand} mL/kg/min of oxygen \
                                            with {load} for {minutes} min, and {unloaded} even \
                                            without it, more than the {sustainable} that can be \
                                            held that long at {ceiling}: slow down or shorten \
                                            it.";
/// [`BEYOND_CAPACITY`] above the ceiling itself.
pub const BEYOND_CEILING: &str = "This {run} asks about {demand} mL/kg/min of oxygen with \
                                  {load}, more than {ceiling}: no one holds that. Slow down, \
                                  shorten it or lighten the load.";
/// [`BEYOND_CEILING`] where the ceiling is only the least `VO2max` the
/// runner has shown, by their usual pace or a recording: theirs may be
/// higher, so the warning does not say no one holds the run.
pub const BEYOND_SHOWN: &str = "This {run} asks about {demand} mL/kg/min of oxygen with {load}, \
                                more than {ceiling}: yours may be higher, but nothing here shows \
                                it (give your VO2max if you know it). Slow down, shorten it or \
                                lighten the load.";
/// [`BEYOND_CEILING`] where the run asks more than the ceiling even without
/// the weight: lightening the load cannot help.
pub const BEYOND_CEILING_UNLOADED: &str = "This {run} asks about {demand} mL/kg/min of oxygen \
                                           with {load}, and {unloaded} even without it, more \
                                           than {ceiling}: no one holds that. Slow down or \
                                           shorten it.";
/// [`BEYOND_CEILING`] where, even without the weight, the run asks more
/// than can be held for its length: a lighter load alone does not make it
/// one to hold.
pub const BEYOND_CEILING_UNLOADED_SHARE: &str = "This {run} asks about {demand} mL/kg/min of \
                                                 oxygen with {load}, more than {ceiling}: no \
                                                 one holds that. Even without it, its \
                                                 {unloaded} is more than the {sustainable} that \
                                                 can be held for {minutes} min: slow down or \
                                                 shorten it.";
/// What a run beyond the runner with the top of the range ([`BEYOND_CAPACITY`])
/// asks at the start load, where that is within what can be held; the
/// engine fills in the figures.
pub const CAPACITY_AT_START: Advice = warning(
    "capacity-at-start",
    Severity::Info,
    "At the start load, {load}, this {run} asks about {demand} mL/kg/min: within what can be held \
     for {minutes} min.",
    id::CAPACITY,
);
/// A run longer than the races the share of `VO2max` held was fitted on;
/// the engine fills in the figures.
pub const CAPACITY_BEYOND_RACES: Advice = warning(
    "capacity-beyond-races",
    Severity::Info,
    "At {minutes} min this {run} is longer than the races, from the mile to the marathon, that \
     the share of VO2max held was fitted on: over that long most people hold less than the \
     {sustainable} mL/kg/min it is judged against.",
    id::DANIELS_GILBERT,
);
/// A run shorter than the races the share of `VO2max` held was fitted on,
/// found beyond the runner: the finding leaves out anaerobic energy; the
/// engine fills in the figures.
pub const CAPACITY_SHORT_EFFORT: Advice = warning(
    "capacity-short-effort",
    Severity::Info,
    "At {minutes} min this {run} is shorter than the races, from the mile up, that the share of \
     VO2max held was fitted on: an effort so short also draws on anaerobic energy, which this \
     check leaves out, so its {demand} mL/kg/min may be within you after all.",
    id::DANIELS_GILBERT,
);
/// A `VO2max` given below the one the runner's usual run shows: wrun keeps
/// to it (rule `capacity`); the engine fills in the figures.
pub const VO2MAX_BELOW_USUAL: Advice = warning(
    "vo2max-below-usual",
    Severity::Info,
    "The {run} you give your usual heart rate on shows a VO2max of at least {usual}, above the \
     {vo2max} you give: check your figure. wrun keeps to yours, and so may judge a {run} you hold \
     to be beyond you.",
    id::CAPACITY,
);
/// A `VO2max` given below the one a recorded run shows: the recording's
/// replaces it (rule `capacity`); the engine fills in the figures.
pub const VO2MAX_BELOW_SHOWN: Advice = warning(
    "vo2max-below-shown",
    Severity::Info,
    "This recording shows a VO2max of at least {shown}, above the {vo2max} you give: wrun goes \
     by the recording, so check your figure.",
    id::CAPACITY,
);
/// [`VO2MAX_BELOW_USUAL`] where the usual pace a planned course is run at
/// shows it.
pub const VO2MAX_BELOW_USUAL_PACE: &str = "Your usual pace shows a VO2max of at least {usual}, \
                                           above the {vo2max} you give: check your figure. wrun \
                                           keeps to yours, and so may judge a {run} you hold to \
                                           be beyond you.";
/// A `VO2max` from heart rates for a runner of an age outside the years
/// Uth et al. fitted it on; the engine fills in the figures.
pub const UTH_BEYOND_AGES: Advice = warning(
    "uth-beyond-ages",
    Severity::Info,
    "Your VO2max of about {vo2max} is worked out from your heart rates by a formula fitted on \
     trained men of {youngest} to {oldest}; at {age} it is a rougher guess: give your VO2max if \
     you know it.",
    id::UTH_VO2MAX,
);
/// [`CAPACITY_AT_START`] where the start load still asks more than can be
/// held, but less than the ceiling: a caution.
pub const START_BEYOND_SHARE: &str = "At the start load, {load}, this {run} asks about {demand} \
                                      mL/kg/min: under the ceiling, but still more than the \
                                      {sustainable} that can be held for {minutes} min.";
/// The load [`BEYOND_CAPACITY`] judges a run with: the runner's own vest.
pub const JUDGED_VEST: &str = "a vest of {load}";
/// Without a vest of the runner's own, the heaviest in range.
pub const JUDGED_VEST_TOP: &str = "a vest of {load} (the top of the range)";
/// The runner's own hand or wrist weights.
pub const JUDGED_HANDS: &str = "{load} in each hand";
/// Without hand or wrist weights of the runner's own, the heaviest in range.
pub const JUDGED_HANDS_TOP: &str = "{load} in each hand (the top of the range)";
/// The runner's own ankle weights.
pub const JUDGED_ANKLES: &str = "{load} on each ankle";
/// Ankle weights without a load, judged at the article's figures.
pub const JUDGED_ANKLE_WEIGHTS: &str = "ankle weights";
/// The ceiling of [`BEYOND_CAPACITY`], as the runner gave it.
pub const CEILING_GIVEN: &str = "your VO2max of {vo2max}";
/// The ceiling of [`BEYOND_CAPACITY`], from the runner's heart rates.
pub const CEILING_FROM_HEART_RATES: &str =
    "your VO2max of about {vo2max}, estimated from your heart rates";
/// The ceiling of [`BEYOND_CAPACITY`], shown by a recorded run.
pub const CEILING_FROM_RECORDING: &str =
    "a VO2max of at least {vo2max}, shown by the effort this recording held";
/// The ceiling of [`BEYOND_CAPACITY`], shown by the usual pace a planned
/// course is run at.
pub const CEILING_FROM_USUAL_PACE: &str = "a VO2max of at least {vo2max}, shown by your usual pace";
/// The ceiling of [`BEYOND_CAPACITY`], assumed for the runner's level.
pub const CEILING_FOR_LEVEL: &str = "a VO2max of {vo2max}, assumed for {level} runner (give \
                                     yours, or {wanted}, for a figure of your own)";
/// [`CEILING_FOR_LEVEL`] lowered for a runner past 50 (rule `vo2max-age`).
pub const CEILING_FOR_LEVEL_AGE: &str = "a VO2max of {vo2max}, assumed for {level} runner of \
                                         {age} (give yours, or {wanted}, for a figure of your \
                                         own)";
/// What [`CEILING_FOR_LEVEL`] asks for when the maximum heart rate is known.
pub const WANTED_RESTING_HR: &str = "your resting heart rate";
/// What [`CEILING_FOR_LEVEL`] asks for when the resting heart rate is known.
pub const WANTED_MAX_HR: &str = "your maximum heart rate or your age";
/// What [`CEILING_FOR_LEVEL`] asks for when neither heart rate is known.
pub const WANTED_HEART_RATES: &str =
    "your resting heart rate and your maximum heart rate or your age";
/// Downhill with knee pain.
pub const DOWNHILL_KNEE: Advice = warning(
    "downhill-knee",
    Severity::Caution,
    "Downhill loads the knee eccentrically: with knee pain, keep to the flat or walk the \
     descents.",
    id::MINETTI_GRADE,
);
/// [`DOWNHILL_KNEE`] for a walk, whose descents are walked already.
pub const DOWNHILL_KNEE_WALK: &str =
    "Downhill loads the knee eccentrically: with knee pain, keep weighted walks on the flat.";
/// The figures for a kind of weight speak of another load; the engine fills in the figures.
pub const LOAD_BEYOND_FIGURES: Advice = warning(
    "load-beyond-figures",
    Severity::Info,
    "The article's figures are for {min}–{max} lb per hand; yours is {load} lb, so wrun holds \
     them at the nearest end and the real change may be {direction}.",
    id::CHOSEN_LOAD,
);
/// [`LOAD_BEYOND_FIGURES`] for ankle weights on a run: the article names no load.
pub const ANKLE_LOAD_UNSTATED: &str = "The article's ankle figures name no load, so wrun shows \
                                       them as they stand for your {load} on each ankle; a load \
                                       at the feet costs several times what it does on the \
                                       trunk, so a heavy one may cost much more.";
/// [`LOAD_BEYOND_FIGURES`] for the walking studies of ankle weights.
pub const LOAD_BEYOND_WALKING: &str = "Walking studies measured {studied}; your {load} kg is \
                                       {how}, so the figures are scaled to it in proportion to \
                                       its mass.";
/// The load a walking study measured.
pub const WALKING_LOAD: &str = "{kg} kg";
/// The loads a walking study measured, with the heaviest.
pub const WALKING_LOADS: &str = "{kg} kg (and up to {heaviest} kg with a normal arm swing)";
/// A weight step bigger than the plan's weekly cap; the engine fills in the figures.
pub const LARGE_STEP: Advice = warning(
    "large-step",
    Severity::Caution,
    "Each step of {step} ({percent} % of your body weight) is more than the plan's weekly rise \
     of {per_week}: a step waits until the weeks have earned it, so the jump comes at once. \
     Finer steps make a smoother ramp.",
    id::PLAN_RAMP,
);
/// A plan that holds its start load for a condition; the engine fills in the figures.
pub const CONDITION_HOLD: Advice = warning(
    "condition-hold",
    Severity::Caution,
    "With {conditions}, the plan holds {load} for all {weeks} weeks: get a professional's \
     go-ahead before you add more.",
    id::PLAN_ADAPT,
);
/// Weighted runs on consecutive days; the engine fills in the figures.
pub const CONSECUTIVE_DAYS: Advice = warning(
    "consecutive-days",
    Severity::Caution,
    "Some of the days you chose leave less than {rest} of rest between weighted runs, which you \
     need: spread them out.",
    id::PLAN_SESSIONS,
);
/// A plan kept on the flat for knee pain.
pub const KNEE_FLAT: Advice = warning(
    "knee-flat",
    Severity::Info,
    "With knee pain the plan stays on flat ground: no hill or stair weeks.",
    id::PLAN_ADAPT,
);
/// Weight steps that leave one usable load; the engine fills in the figures.
pub const SINGLE_LOAD: Advice = warning(
    "single-load",
    Severity::Info,
    "Your steps of {step} leave one usable load for this plan, {load}: every week holds it. \
     Finer steps would let the load rise.",
    id::PLAN_RAMP,
);

/// The user's weights cannot make a load in range; the engine fills in the figures.
pub const INCREMENT_TOO_COARSE: Advice = warning(
    "increment-too-coarse",
    Severity::Caution,
    "Your weights come in steps of {step}, and no step lies between {lowest} and {highest} {per}, \
     where your start belongs, so wrun suggests no start load; a load of {fits} would fit.",
    id::INCREMENT_SNAP,
);
/// A start the runner's weight steps put well above the suggested one; the
/// engine fills in the figures.
pub const START_ABOVE_SUGGESTED: Advice = warning(
    "start-above-suggested",
    Severity::Info,
    "Your steps of {step} put the start at {start}, more than a week's rise above the \
     {suggested} wrun would suggest: keep the first runs short and easy, or start lighter if you \
     can.",
    id::INCREMENT_SNAP,
);
/// [`START_ABOVE_SUGGESTED`] for a walk.
pub const START_ABOVE_SUGGESTED_WALK: &str = "Your steps of {step} put the start at {start}, more \
     than a week's rise above the {suggested} wrun would suggest: keep the first walks short and \
     easy, or start lighter if you can.";

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
/// [`START_SHORT_AND_EASY`] for a walk.
pub const START_SHORT_AND_EASY_WALK: &str = "Keep your first weighted walks short and easy.";
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
/// [`INCREASE_REST`] for a walk.
pub const INCREASE_REST_WALK: &str =
    "Rest longer between weighted walks than between your usual ones.";
/// Take the weight off when form breaks.
pub const SHED_IF_FORM_BREAKS: Advice = tip(
    "shed-if-form-breaks",
    "If your form or technique starts to change, take the weight off and finish the run \
     without it.",
    id::GENERAL_ADVICE,
);
/// [`SHED_IF_FORM_BREAKS`] for a walk.
pub const SHED_IF_FORM_BREAKS_WALK: &str = "If your form or technique starts to change, take the \
     weight off and finish the walk without it.";
/// Not for quick weight loss; given to everyone.
pub const NOT_FOR_QUICK_WEIGHT_LOSS: Advice = tip(
    "not-for-quick-weight-loss",
    "Weights are no shortcut to quick weight loss; they make good running better.",
    id::GENERAL_ADVICE,
);
/// [`NOT_FOR_QUICK_WEIGHT_LOSS`] for a walk.
pub const NOT_FOR_QUICK_WEIGHT_LOSS_WALK: &str =
    "Weights are no shortcut to quick weight loss; they make good walking better.";
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
/// [`FLAT_ONLY`] for a walk.
pub const FLAT_ONLY_WALK: &str =
    "With knee pain, keep weighted walks on flat ground: no hills, stairs or long descents.";
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
/// A vest instead of ankle weights; the engine fills in the runner's range.
pub const TRY_VEST_INSTEAD: Advice = tip(
    "try-vest-instead",
    "For load while running, try a vest of {min} to {max} ({min_percent}–{max_percent} % of your \
     body weight): it disturbs running form the least.",
    id::VEST_BENEFITS,
);
/// [`TRY_VEST_INSTEAD`] for a runner with a condition, for which the
/// article says a vest's strain on joints and core may be too much.
pub const TRY_VEST_INSTEAD_WITH: &str = "For load while running, a vest of {min} to {max} \
     ({min_percent}–{max_percent} % of your body weight) disturbs running form the least; with \
     {conditions}, though, its strain on joints and core may be too much: get a professional's \
     go-ahead first.";
/// [`ANKLE_LOAD`] for a walk.
pub const ANKLE_LOAD_WALK: &str = "Your {load} per ankle: no ankle load is recommended, for \
     walking too; the article counts ankle weights the riskiest of all.";
/// [`TRY_VEST_INSTEAD`] for a walk.
pub const TRY_VEST_INSTEAD_WALK: &str = "For load on a walk, try a vest of {min} to {max} \
     ({min_percent}–{max_percent} % of your body weight): of all the weights it disturbs form \
     the least.";
/// [`TRY_VEST_INSTEAD_WITH`] for a walk.
pub const TRY_VEST_INSTEAD_WITH_WALK: &str = "For load on a walk, a vest of {min} to {max} \
     ({min_percent}–{max_percent} % of your body weight) disturbs form the least; with \
     {conditions}, though, its strain on joints and core may be too much: get a professional's \
     go-ahead first.";

/// Hills for a beginner.
pub const HILLS_EARLY: Advice = warning(
    "hills-early",
    Severity::Caution,
    "This course is hilly: beginners keep weighted runs on the flat until the fourth week of a \
     plan. Run it without the weight for now, or find a flat course; from week 4 of your plan, \
     say which week you are in.",
    id::ROUTE_HILLS,
);
/// [`HILLS_EARLY`] for a walk.
pub const HILLS_EARLY_WALK: &str = "This course is hilly: beginners keep weighted walks on the \
     flat until the fourth week of a plan. Walk it without the weight for now, or find a flat \
     course; from week 4 of your plan, say which week you are in.";
/// The load a course was worked out for; the engine fills in the figures.
pub const COURSE_LOAD: Advice = warning(
    "course-load",
    Severity::Info,
    "No load given: worked out for the recommended start, {load}; give your own load to see it \
     instead.",
    id::CHOSEN_LOAD,
);
/// Elevations on no ground on Earth, read as none; the engine fills in the figures.
pub const COURSE_NO_READINGS: Advice = warning(
    "no-elevation-readings",
    Severity::Info,
    "{count} points give an elevation on no ground on Earth, like {example} m, a device's mark \
     for no reading: they are read as points without elevation.",
    id::ROUTE_ELEVATION,
);
/// [`COURSE_NO_READINGS`] for one point.
pub const COURSE_NO_READING: &str = "{count} point gives an elevation on no ground on Earth, \
                                     {example} m, a device's mark for no reading: it is read as \
                                     a point without elevation.";
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
/// A course whose fixes all carry one time.
pub const COURSE_ONE_TIME: Advice = warning(
    "course-one-time",
    Severity::Info,
    "Every point of the file carries the same time, which gives no pace: it is taken as a \
     planned course.",
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
/// [`COURSE_PACE_IGNORED`] for a walk.
pub const COURSE_PACE_IGNORED_WALK: &str = "This is a recorded walk: its own times give the \
     pace, so the pace or speed you gave is not used.";
/// A pace given for a recorded run without heart rate, with the runner's
/// usual heart rate: it places that heart rate on the generic line.
pub const COURSE_PACE_FOR_HEART: Advice = warning(
    "course-pace-for-heart",
    Severity::Info,
    "This is a recorded run: its own times give the pace; the pace or speed you gave is used \
     only to place your usual heart rate on the heart-rate line.",
    id::ROUTE_HEART,
);
/// [`COURSE_PACE_FOR_HEART`] for a walk.
pub const COURSE_PACE_FOR_HEART_WALK: &str = "This is a recorded walk: its own times give the \
     pace; the pace or speed you gave is used only to place your usual heart rate on the \
     heart-rate line.";
/// A usual heart rate given for a recorded run without heart rate, and no
/// pace to place it at.
pub const COURSE_HEART_NEEDS_PACE: Advice = warning(
    "course-heart-needs-pace",
    Severity::Info,
    "The file has no heart rate, and your usual heart rate gives a heart-rate line only with \
     the usual flat pace you hold it at: give that pace too.",
    id::ROUTE_HEART,
);
/// A usual heart rate given for a recorded run that holds its own.
pub const COURSE_HEART_IGNORED: Advice = warning(
    "course-heart-ignored",
    Severity::Info,
    "The file holds your heart rate, so the usual heart rate you gave is not used: wrun works \
     from the recorded one.",
    id::ROUTE_HEART,
);
/// Fixes left out as a clock glitch (timed out of order, or days from the
/// rest); the engine fills in the figures.
pub const COURSE_TIME_GLITCHES: Advice = warning(
    "time-glitches",
    Severity::Info,
    "{count} points were left out: their times are out of step with the points around them, a \
     device's clock glitch.",
    id::ROUTE_FIXES,
);
/// [`COURSE_TIME_GLITCHES`] for one point.
pub const COURSE_TIME_GLITCH: &str = "{count} point was left out: its time is out of step with the points around it, a device's clock glitch.";
/// Fixes dropped as GPS jumps; the engine fills in the figures.
pub const COURSE_JUMPS: Advice = warning(
    "gps-jumps",
    Severity::Info,
    "{count} points were left out: reached faster than {limit} m/s from the point before, a GPS \
     jump.",
    id::ROUTE_FIXES,
);
/// [`COURSE_JUMPS`] for one point.
pub const COURSE_JUMP: &str = "{count} point was left out: reached faster than {limit} m/s from the point before, a GPS jump.";
/// Stops left out of moving time; the engine fills in the figures.
pub const COURSE_STOPS: Advice = warning(
    "stops",
    Severity::Info,
    "{count} stops ({total} in all) left out of moving time.",
    id::ROUTE_FIXES,
);
/// [`COURSE_STOPS`] for one stop.
pub const COURSE_STOP: &str = "{count} stop ({total} in all) left out of moving time.";
/// [`COURSE_STOPS`] where the fixes moved across the stops.
pub const COURSE_STOPS_GROUND: &str = "{count} stops ({total} in all) left out of moving time, \
     and the {ground} the points moved during them left out of the distance.";
/// [`COURSE_STOPS`] for one stop the fixes moved across.
pub const COURSE_STOP_GROUND: &str = "{count} stop ({total} in all) left out of moving time, and \
     the {ground} the points moved during it left out of the distance.";
/// Grades beyond the models; the engine fills in the figures.
pub const COURSE_GRADE_CLIPPED: Advice = warning(
    "grade-clipped",
    Severity::Info,
    "{length} of the course is steeper than the models' {min} % to +{max} % (steepest \
     {steepest} %): costed at those limits, so the figures there are rough.",
    id::ROUTE_ELEVATION,
);
/// Downhill speed held back; the engine fills in the figures.
pub const COURSE_DOWNHILL_CAPPED: Advice = warning(
    "downhill-capped",
    Severity::Info,
    "On downhill stretches, {length} of the course in all, the models would have you run \
     faster than {cap} × your flat speed: wrun holds you there, as most runners brake downhill.",
    id::ROUTE_EFFORT,
);
/// [`COURSE_DOWNHILL_CAPPED`] for a walk.
pub const COURSE_DOWNHILL_CAPPED_WALK: &str = "On downhill stretches, {length} of the course in \
     all, the models would have you walk faster than {cap} × your flat speed: wrun holds you \
     there, as most people brake downhill.";
/// Stretches costed as a walk at or above the walk-run switch, beyond the
/// speeds of the walking model; the engine fills in the figures.
pub const COURSE_FAST_WALK: Advice = warning(
    "course-fast-walk",
    Severity::Info,
    "{length} of the course is costed as a walk at {walk_run} or faster, above the walking \
     speeds Pandolf's equation was built on: the estimate there is rough.",
    id::PANDOLF_WALKING,
);
/// Stretches costed as a run slower than the running model's range; the
/// engine fills in the figures.
pub const COURSE_SLOW_RUN: Advice = warning(
    "course-slow-run",
    Severity::Info,
    "{length} of the course is costed as a run slower than {from}, below the ACSM running \
     equation's range: the estimate there is rough.",
    id::ACSM_RUNNING,
);
/// Stretches walked downhill steeper than the walking model was tested;
/// the engine fills in the figures.
pub const COURSE_STEEP_WALK: Advice = warning(
    "course-steep-walk",
    Severity::Info,
    "{length} of the course is walked downhill steeper than the {tested} % Santee et al. \
     tested: the estimate there is rough.",
    id::SANTEE_DOWNHILL,
);
/// A course shorter or longer than any run wrun sets against an aerobic
/// ceiling, so not judged for capacity; the engine fills in the figures.
pub const COURSE_CAPACITY_UNJUDGED: Advice = warning(
    "capacity-unjudged",
    Severity::Info,
    "Whether you can hold this course is not judged: {time}, as costly as {flat} on the flat, \
     is outside the lengths wrun sets against an aerobic ceiling ({min_minutes} min to \
     {max_hours} h, {min_length} to {max_length}).",
    id::CAPACITY,
);
/// Stretches costed as a walk by their speed, with the gait left to wrun;
/// the engine fills in the figures.
pub const COURSE_WALKED: Advice = warning(
    "course-walked",
    Severity::Info,
    "{length} of the course, at under {walk_run}, is costed as a walk (gait auto); set the gait \
     to run to cost it as a slow jog.",
    id::GAIT,
);
/// Stretches walked on ground other than firm, costed with Pandolf's
/// terrain factor; the engine fills in the figures.
pub const COURSE_TERRAIN_WALKED: Advice = warning(
    "course-terrain-walked",
    Severity::Info,
    TERRAIN_COSTED,
    id::PANDOLF_WALKING,
);
/// Stretches run on ground other than firm, costed as a paved road; the
/// engine fills in the figures.
pub const COURSE_TERRAIN_RUN: Advice = warning(
    "course-terrain-run",
    Severity::Info,
    TERRAIN_NOT_MODELLED,
    id::ACSM_RUNNING,
);
/// A planned course high above sea level; the engine fills in the figures.
pub const COURSE_ALTITUDE: Advice = warning(
    "high-altitude",
    Severity::Info,
    "This course reaches {highest}, where the thinner air leaves you {bound} {loss} % less \
     VO2max than near sea level: wrun takes your fitness as at home, so if you train lower \
     down, expect the course to ask more of you, and your heart rate to run higher, than its \
     figures say.",
    id::ALTITUDE,
);
/// [`COURSE_ALTITUDE`]'s bound within the altitudes studied.
pub const ALTITUDE_ABOUT: &str = "about";
/// [`COURSE_ALTITUDE`]'s bound above them, where the loss grows faster.
pub const ALTITUDE_AT_LEAST: &str = "at least";
/// [`COURSE_WALKED`] for a course walked throughout.
pub const COURSE_ALL_WALKED: &str = "At under {walk_run} throughout, the course is costed as a \
     walk (gait auto); set the gait to run for a slow jog.";
/// A maximum heart rate from age that the runner's heart rate in a
/// recording passes, left aside; the engine fills in the figures.
pub const COURSE_MAX_HR_ASIDE: Advice = warning(
    "max-hr-aside",
    Severity::Info,
    "Your heart rate holds {reached} bpm for a minute in this file, above the maximum your age \
     suggests ({formula} = {bpm} bpm, give or take {spread}): your own is at least that high, \
     so the estimate is left aside, and this heart rate stands in for your maximum where your \
     VO2max is worked out from heart rates; give your maximum heart rate if you know it.",
    id::TANAKA_HR_MAX,
);
/// A maximum heart rate given below a minute of the recording's heart
/// rate; the engine fills in the figures.
pub const COURSE_MAX_HR_BELOW_FILE: Advice = warning(
    "max-hr-below-file",
    Severity::Info,
    "Your heart rate holds {reached} bpm for a minute in this file, above the maximum you gave, \
     {max} bpm: check it, as wrun works from it.",
    id::ROUTE_HEART,
);
/// [`COURSE_MAX_HR_ASIDE`] for the usual heart rate at a planned course's pace.
pub const COURSE_MAX_HR_ASIDE_USUAL: &str = "Your usual {reached} bpm at this pace is above the \
     maximum your age suggests ({formula} = {bpm} bpm, give or take {spread}): your own is at \
     least that high, so the estimate is left aside, and your usual heart rate stands in for \
     your maximum where your VO2max is worked out from heart rates; give your maximum heart rate \
     if you know it.";
/// Heart-rate estimates on a course held at the runner's maximum; the
/// engine fills in the figures.
pub const COURSE_HEART_CAPPED: Advice = warning(
    "heart-capped",
    Severity::Info,
    "Heart-rate estimates are held at your maximum heart rate, {max} bpm, where the model would \
     go beyond it: slow down there rather than push on.",
    id::ROUTE_HEART,
);
/// [`COURSE_HEART_CAPPED`] at a maximum from the runner's age.
pub const COURSE_HEART_CAPPED_AGE: &str = "Heart-rate estimates are held at the maximum your \
     age suggests, {max} bpm ({formula}, give or take {spread}), where the model would go beyond \
     it: slow down there rather than push on.";
/// [`COURSE_HEART_CAPPED`] at the highest heart rate wrun accepts.
pub const COURSE_HEART_CAPPED_LIMIT: &str = "Heart-rate estimates are held at {limit} bpm, the \
     highest heart rate wrun accepts, where the model would go beyond it.";
/// Which heart-rate line a course used; the engine fills in the figures.
pub const COURSE_HEART: Advice = warning(
    "heart-line",
    Severity::Info,
    "Heart rate is estimated by the generic heart-rate-reserve model.",
    id::ROUTE_HEART,
);
/// [`COURSE_HEART`] with the reason the runner's own line was not used.
pub const HEART_GENERIC_BECAUSE: &str = "Heart rate is estimated by the generic \
                                         heart-rate-reserve model, not your own response: {why}.";
/// [`COURSE_HEART`] from the runner's own line.
pub const HEART_OWN_LINE: &str = "Heart rate {estimate} the load is estimated from your own \
                                  response in this file: {n} steady minutes, r² {r2}, {slope} bpm \
                                  per mL/kg/min.";
/// Whether [`HEART_OWN_LINE`] estimates with the load.
pub const WITH: &str = "with";
/// Whether [`HEART_OWN_LINE`] estimates without the load.
pub const WITHOUT: &str = "without";
/// Why not the runner's own line: no heart rate.
pub const HEART_NOT_IN_FILE: &str = "the file has no heart rate";
/// Why not the runner's own line: too few minutes.
pub const HEART_TOO_FEW_MINUTES: &str =
    "too few steady minutes in the file ({n}; at least {least} are needed)";
/// Why not the runner's own line: a loose fit.
pub const HEART_TOO_LOOSE: &str =
    "your heart rate follows the effort too loosely in this file (r² {r2}, below {least})";
/// Why not the runner's own line: a line that falls.
pub const HEART_FELL: &str = "your heart rate fell as the effort rose in this file";
/// [`COURSE_HEART`] where the file's heart rate is no higher than the
/// resting heart rate the runner gave: no line runs through both.
pub const HEART_NOT_ABOVE_REST: &str = "No heart rate is estimated: the file's heart rate \
     averages {bpm} bpm, no higher than the resting heart rate you gave, {resting} bpm; check \
     that one.";
/// [`HEART_NOT_ABOVE_REST`] at the resting heart rate wrun takes without
/// one.
pub const HEART_NOT_ABOVE_REST_ASSUMED: &str = "No heart rate is estimated: the file's heart \
     rate averages {bpm} bpm, no higher than the resting heart rate wrun takes when none is \
     given, {resting} bpm; give yours, or check the heart-rate sensor.";
/// Why not the runner's own line: a heart rate that never changed.
pub const HEART_HELD: &str =
    "your heart rate stayed at {bpm} bpm through the file's steady minutes, whatever the effort";
/// Why not the runner's own line: an effort that never changed.
pub const HEART_EFFORT_HELD: &str =
    "the effort stayed the same through the file's steady minutes, so they draw no line";

/// Why ankle weights are not recommended.
pub const REASON_ANKLE: &str = "Ankle weights carry the highest injury risk of any running \
                                weight and are safe only in resistance training.";
/// [`REASON_ANKLE`] on a walk: the article speaks of runners.
pub const REASON_ANKLE_WALK: &str = "Ankle weights carry the highest injury risk of all the \
                                     weights and are safe only in resistance training: the \
                                     article says so of running, and wrun holds walkers to the \
                                     same.";
/// Why beginners get a caution.
pub const REASON_BEGINNER: &str =
    "Weighted running needs excellent form, which new runners are still building.";
/// Why a vest is recommended.
pub const REASON_VEST: &str = "A vest interferes least with running form of all running weights.";
/// [`REASON_VEST`] on a walk: the article speaks of runners.
pub const REASON_VEST_WALK: &str = "A vest interferes least with form of all the weights: the \
                                    article says so of running, and wrun reads it the same for \
                                    walking.";
/// Why hand or wrist weights get a caution.
pub const REASON_HAND: &str = "Hand or wrist weights may suit a runner poorly: they can throw \
                               off stride length and posture.";
/// [`REASON_HAND`] on a walk: the article speaks of runners.
pub const REASON_HAND_WALK: &str = "Hand or wrist weights can throw off stride length and \
                                    posture: the article warns runners of it, and wrun holds \
                                    walkers to the same caution.";

/// Why a vest gets a caution with a condition.
pub const REASON_VEST_CONDITIONS: &str =
    "A vest's extra strain on joints and core may be too much with {conditions}.";

/// Which way the real change may lie, for [`LOAD_BEYOND_FIGURES`].
pub const LARGER: &str = "larger";
/// Which way the real change may lie, for [`LOAD_BEYOND_FIGURES`].
pub const SMALLER: &str = "smaller";
/// A load heavier than a walking study's, for [`LOAD_BEYOND_WALKING`].
pub const BEYOND_STUDIED: &str = "beyond what was studied";
/// A load other than a walking study's, for [`LOAD_BEYOND_WALKING`].
pub const NOT_STUDIED: &str = "not the load studied";
/// The rest between weighted runs, for [`CONSECUTIVE_DAYS`].
pub const A_FULL_DAY: &str = "a full day";
/// The rest between weighted runs, for [`CONSECUTIVE_DAYS`].
pub const TWO_FULL_DAYS: &str = "two full days";
/// The rest between weighted runs, for [`CONSECUTIVE_DAYS`], for any other count.
pub const FULL_DAYS: &str = "{days} full days";

/// No kind of weight is acceptable for a beginner: being one is never
/// why (a beginner alone is best fitted with a vest), so the article's
/// word to beginners follows the reason (rule `best-fit`).
pub const BEST_NONE_BEGINNER: &str = "No kind of weight is acceptable for you now: wrun advises \
                                      going without weight until what its warnings name is \
                                      settled, and the article suggests that beginners build \
                                      form and technique first.";
/// No kind of weight is acceptable.
pub const BEST_NONE: &str = "No kind of weight is acceptable for you now: wrun advises running \
                             without weight until what its warnings name is settled.";
/// [`BEST_NONE`] on a walk.
pub const BEST_NONE_WALK: &str = "No kind of weight is acceptable for you now: wrun advises \
                                  walking without weight until what its warnings name is \
                                  settled.";
/// [`BEST_NONE`] or [`BEST_NONE_BEGINNER`] where even without weight the
/// run asks more than the runner can hold for its length.
pub const BEST_NONE_RUN_BEYOND: &str = "{none} Even without weight, this run asks more than you \
                                        can hold for its length: slow down or shorten it.";
/// [`BEST_NONE_RUN_BEYOND`] on a walk.
pub const BEST_NONE_WALK_BEYOND: &str = "{none} Even without weight, this walk asks more than \
                                         you can hold for its length: slow down or shorten it.";
/// Another kind beats the vest on its verdict.
pub const BEST_VEST_VERDICT: &str =
    "The vest earns only a {verdict} verdict here, {winner} a {winner_verdict} one. {why}";
/// Another kind beats the vest on its warnings.
pub const BEST_VEST_WARNINGS: &str =
    "Both earn a {verdict} verdict, but the vest's warnings are more severe here. {why}";
/// Another kind beats the vest on the runner's condition.
pub const BEST_VEST_CONDITION: &str = "Both earn a {verdict} verdict, but the article ties the \
                                       vest's risks to your condition. {why}";
/// The vest is the best fit with back pain, hand or wrist weights being
/// ruled out by it.
pub const BEST_VEST_BACK: &str = "Hand or wrist weights are never the best fit with back pain, \
                                  since they can make you slump; a vest interferes least with \
                                  running form of all running weights.";
/// [`BEST_VEST_BACK`] on a walk: the article speaks of runners.
pub const BEST_VEST_BACK_WALK: &str = "Hand or wrist weights are never the best fit with back \
                                       pain, since they can make you slump; a vest interferes \
                                       least with form of all the weights (the article says so \
                                       of running).";

/// Where a start load belongs, for [`INCREMENT_TOO_COARSE`]: a vest.
pub const FOR_THE_VEST: &str = "for the vest";
/// Where a start load belongs, for [`INCREMENT_TOO_COARSE`]: hand weights.
pub const PER_HAND: &str = "per hand";

/// A runner of `level`, with its article, for [`CEILING_FOR_LEVEL`].
#[must_use]
pub const fn a_runner_of(level: Level) -> &'static str {
    match level {
        Level::Beginner => "a beginner",
        Level::Intermediate => "an intermediate",
        Level::Experienced => "an experienced",
    }
}

/// What the runner could give, for [`CEILING_FOR_LEVEL`], so that the
/// ceiling comes from their heart rates (Uth et al. need the maximum,
/// given or from age, and the resting rate).
#[must_use]
pub const fn wanted_for_a_ceiling(max_hr_known: bool, resting_hr_known: bool) -> &'static str {
    match (max_hr_known, resting_hr_known) {
        (true, _) => WANTED_RESTING_HR,
        (false, true) => WANTED_MAX_HR,
        (false, false) => WANTED_HEART_RATES,
    }
}

// How a figure was worked out, and what the reader should know about it:
// the notes of the energy, the heart rate and the plan.

/// `--gait auto` chose a walk by the speed.
pub const WALK_BY_SPEED: &str = "At {speed}, below {walk_run}, this is costed as a walk (gait \
                                 auto); set the gait to run for a slow jog.";
/// Pandolf's equation above walking speeds.
pub const PANDOLF_FAST: &str = "Pandolf's equation was built on walking speeds; at {speed}, \
                                above {walk_run}, the estimate is rough.";
/// A walk steeper downhill than Santee's study.
pub const SANTEE_STEEP: &str = "At {grade} % the walk is steeper downhill than the {tested} % \
                                Santee et al. tested: the estimate is rough.";
/// A run slower than the ACSM running equation's range.
pub const ACSM_TOO_SLOW: &str = "At {speed} the ACSM running equation is outside its range (from \
                                 {from}): the estimate is rough.";
/// A run slow enough to be a jog.
pub const ACSM_JOG: &str = "At {speed} the ACSM running equation holds only for a true jog (it \
                            is validated above {above}).";
/// Terrain for a run.
pub const TERRAIN_NOT_MODELLED: &str =
    "Terrain is not modelled for running: {terrain} is costed as a paved road.";
/// Terrain for a walk, other than firm ground: Pandolf's factor applies.
pub const TERRAIN_COSTED: &str = "Walking on {terrain} is costed with Pandolf's terrain factor: \
                                  {factor} × what moving costs on a paved road.";
/// Minetti's ratio downhill.
pub const MINETTI_DOWN: &str = "Downhill, the net flat cost is scaled by Minetti's ratio for \
                                {grade} %: {ratio} × the flat. Those ratios were measured on \
                                trained mountain runners; most runners save less going down.";
/// Minetti's ratio uphill.
pub const MINETTI_UP: &str =
    "Uphill, the net flat cost is scaled by Minetti's ratio for {grade} %: {ratio} × the flat.";
/// A grade that was probably meant in percent.
pub const NEARLY_FLAT: &str = "A grade of {grade} % is nearly flat; for {whole} % write {whole}.";
/// A grade beyond the well-studied range.
pub const STEEP_GRADE: &str =
    "Grades steeper than ±{limit} % leave the well-studied range: the estimate is rough.";
/// A walk the models cost below standing still.
pub const WALK_FLOOR: &str = "At {speed} and {grade} % on this ground the walking models fall \
                              below the cost of standing still: wrun counts standing (tool-policy \
                              {rule}).";
/// The vest's heart-rate model for a walk without a speed.
pub const VEST_WALK_NEEDS_SPEED: &str =
    "The vest's heart-rate model for a walk needs its speed: give a pace or a speed.";
/// Why a walk with a vest and no speed has no calorie figure (rule
/// `pandolf-walking`).
pub const VEST_WALK_CALORIES_NEED_SPEED: &str = "Pandolf's equation costs a walk with a vest by \
                                                 its speed: give a pace or a speed.";
/// The vest's heart-rate model without a pace.
pub const NO_PACE_RUN: &str = "No pace given: worked out for a run.";
/// A heart rate held at the runner's maximum.
pub const CAPPED_AT_MAX: &str = "Capped at your maximum heart rate, {max} bpm: the model would go \
                                 beyond it, so slow down rather than push on.";
/// A heart rate held at the highest wrun accepts.
pub const CAPPED_AT_LIMIT: &str = "Capped at {limit} bpm, the highest heart rate wrun accepts: \
                                   the model would go beyond it.";
/// A maximum heart rate from the runner's age.
pub const MAX_HR_FROM_AGE: &str = "Maximum heart rate estimated from your age: {formula} = \
                                   {bpm} bpm, give or take {spread} [{rule}].";
/// A maximum heart rate from the runner's age, below their usual one.
pub const MAX_HR_BELOW_USUAL: &str = "Your usual {usual} bpm is above the maximum your age \
                                      suggests ({formula} = {bpm} bpm, give or take {spread} \
                                      [{rule}]): your own is at least that high, so the \
                                      estimate is left aside, and your usual heart rate stands \
                                      in for your maximum where your VO2max is worked out from \
                                      heart rates; give your maximum heart rate if you know it.";

/// A route file's tracks used and its one route left aside.
pub const FILE_ROUTE_LEFT_ASIDE: &str =
    "The file holds tracks and a route: the tracks were used, the route left aside.";
/// A route file's tracks used and its routes left aside.
pub const FILE_ROUTES_LEFT_ASIDE: &str =
    "The file holds tracks and {routes} routes: the tracks were used, the routes left aside.";
/// A route file's pieces joined into one course.
pub const FILE_PIECES_JOINED: &str =
    "{pieces} track segments, laps or routes were joined, in file order.";
/// A route file's one record without a position.
pub const FILE_RECORD_NO_POSITION: &str = "A record without a position (indoors, or before the \
                                           GPS found you) was left aside.";
/// A route file's records without a position.
pub const FILE_NO_POSITION: &str = "{count} records without a position (indoors, or before the \
                                    GPS found you) were left aside.";
/// A file whose activity is not on foot, read as a course only.
pub const FILE_NOT_ON_FOOT: &str = "The file records {activity}, not a run or a walk: its times \
                                    and heart rates were left aside and only its course is read.";
/// A TCX course, read without its planned times.
pub const FILE_TCX_COURSE: &str = "The file is a TCX course: its times are those of a planned \
                                   pace, not a recording, so they were left aside and only its \
                                   course is read.";

/// No plan for ankle weights.
pub const PLAN_NO_ANKLE: &str = "Ankle weights get no plan: they are not a weight to run with.";
/// No plan without a start load.
pub const PLAN_NO_START: &str =
    "No plan: none of your weight steps makes a start load for you (see warnings).";
/// A plan's first weighted week.
pub const WEEK_START: &str = "First weighted week at {load}: keep the runs short and easy.";
/// A week the load rises.
pub const WEEK_RISE: &str = "Up {step} from last week.";
/// A week held for a professional's go-ahead.
pub const WEEK_HOLD_FOR_PROFESSIONAL: &str =
    "Same load: hold it until a professional says you may add more.";
/// A week held at the plan's ceiling.
pub const WEEK_HOLD_AT_CEILING: &str = "Same load: as heavy as this plan goes for you.";
/// A week held to adapt.
pub const WEEK_HOLD: &str = "Same load as last week, to let your body adapt.";
/// A week at the top of the range.
pub const WEEK_TOP: &str = "At the top of the range: stay here rather than adding more.";
/// A week on the flat.
pub const WEEK_FLAT: &str = "Run on flat ground until the load feels steady.";
/// A week of hills and stairs.
pub const WEEK_HILLS: &str =
    "The load is steady: hills and stair climbs are where the vest pays off.";
/// A week of easy runs with hand weights.
pub const WEEK_EASY: &str = "Easy runs; swing the arms forward and back, shoulders tall.";
/// A day's rest between weighted runs.
pub const REST_A_DAY: &str = "Rest at least a full day between weighted runs.";
/// Two days' rest between weighted runs.
pub const REST_TWO_DAYS: &str = "Rest at least two days between weighted runs.";
/// Longer rest between weighted runs.
pub const REST_DAYS: &str = "Rest at least {days} days between weighted runs.";

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
    HAND_BLOOD_PRESSURE,
    VEST_JOINT_STRESS,
    VEST_FIT,
    VEST_FORM,
    VEST_CORE_CARDIO,
    VEST_BALANCE,
    BEGINNER_WAIT,
    YOUNG_RUNNER,
    INCREMENT_TOO_COARSE,
    START_ABOVE_SUGGESTED,
    SLOWER_PACE,
    PROFESSIONAL_GO_AHEAD,
    LOAD_ABOVE_RANGE,
    LOAD_BELOW_RANGE,
    OVERWEIGHT_IMPLIED,
    BEYOND_CAPACITY,
    CAPACITY_AT_START,
    CAPACITY_BEYOND_RACES,
    CAPACITY_SHORT_EFFORT,
    UTH_BEYOND_AGES,
    VO2MAX_BELOW_USUAL,
    VO2MAX_BELOW_SHOWN,
    LOAD_BEYOND_FIGURES,
    DOWNHILL_KNEE,
    LARGE_STEP,
    CONDITION_HOLD,
    CONSECUTIVE_DAYS,
    KNEE_FLAT,
    SINGLE_LOAD,
    UNIT_ASSUMED,
    PACE_UNIT_ASSUMED,
    HEART_AND_PACE,
    HILLS_EARLY,
    COURSE_LOAD,
    COURSE_NO_READINGS,
    COURSE_FLAT,
    COURSE_PARTLY_TIMED,
    COURSE_ONE_TIME,
    COURSE_PACE_IGNORED,
    COURSE_PACE_FOR_HEART,
    COURSE_HEART_NEEDS_PACE,
    COURSE_HEART_IGNORED,
    COURSE_TIME_GLITCHES,
    COURSE_JUMPS,
    COURSE_STOPS,
    COURSE_GRADE_CLIPPED,
    COURSE_DOWNHILL_CAPPED,
    COURSE_FAST_WALK,
    COURSE_SLOW_RUN,
    COURSE_STEEP_WALK,
    COURSE_CAPACITY_UNJUDGED,
    COURSE_WALKED,
    COURSE_TERRAIN_WALKED,
    COURSE_TERRAIN_RUN,
    COURSE_ALTITUDE,
    COURSE_MAX_HR_ASIDE,
    COURSE_MAX_HR_BELOW_FILE,
    COURSE_HEART_CAPPED,
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

/// Every other wording in one table: the templates a warning, tip, reason
/// or note takes besides its own message, the phrases they fill in, and
/// the notes on how a figure was worked out.
pub const WORDINGS: &[&str] = &[
    VEST_JOINT_STRESS_WITH,
    HAND_POSTURE_BACK,
    TRY_VEST_INSTEAD_WITH,
    TRY_VEST_INSTEAD_WALK,
    TRY_VEST_INSTEAD_WITH_WALK,
    ANKLE_LOAD_WALK,
    ANKLE_INJURY_RISK_WALK,
    PACE_READ_PER_MILE,
    LOAD_FAR_ABOVE_RANGE,
    ANKLE_LOAD_UNSTATED,
    CHOSEN_VEST,
    CHOSEN_HAND,
    OVERWEIGHT_BY_WEIGHT,
    OVERWEIGHT_IMPLIED_NOT_VEST,
    OVERWEIGHT_BY_WEIGHT_NOT_VEST,
    VEST_FORM_WALK,
    START_SHORT_AND_EASY_WALK,
    INCREASE_REST_WALK,
    SHED_IF_FORM_BREAKS_WALK,
    NOT_FOR_QUICK_WEIGHT_LOSS_WALK,
    START_ABOVE_SUGGESTED_WALK,
    FLAT_ONLY_WALK,
    HILLS_EARLY_WALK,
    DOWNHILL_KNEE_WALK,
    COURSE_PACE_IGNORED_WALK,
    COURSE_PACE_FOR_HEART_WALK,
    COURSE_DOWNHILL_CAPPED_WALK,
    VO2MAX_BELOW_USUAL_PACE,
    BEYOND_CAPACITY_UNLOADED,
    BEYOND_CEILING,
    BEYOND_CEILING_UNLOADED,
    BEYOND_CEILING_UNLOADED_SHARE,
    BEYOND_SHOWN,
    START_BEYOND_SHARE,
    JUDGED_VEST,
    JUDGED_VEST_TOP,
    JUDGED_HANDS,
    JUDGED_HANDS_TOP,
    JUDGED_ANKLES,
    JUDGED_ANKLE_WEIGHTS,
    CEILING_GIVEN,
    CEILING_FROM_HEART_RATES,
    CEILING_FROM_RECORDING,
    CEILING_FROM_USUAL_PACE,
    CEILING_FOR_LEVEL,
    CEILING_FOR_LEVEL_AGE,
    WANTED_RESTING_HR,
    WANTED_MAX_HR,
    WANTED_HEART_RATES,
    ALTITUDE_ABOUT,
    ALTITUDE_AT_LEAST,
    LOAD_BEYOND_WALKING,
    WALKING_LOAD,
    WALKING_LOADS,
    COURSE_NO_READING,
    COURSE_TIME_GLITCH,
    COURSE_JUMP,
    COURSE_STOP,
    COURSE_STOPS_GROUND,
    COURSE_STOP_GROUND,
    COURSE_ALL_WALKED,
    COURSE_MAX_HR_ASIDE_USUAL,
    COURSE_HEART_CAPPED_AGE,
    COURSE_HEART_CAPPED_LIMIT,
    HEART_GENERIC_BECAUSE,
    HEART_OWN_LINE,
    WITH,
    WITHOUT,
    HEART_NOT_IN_FILE,
    HEART_TOO_FEW_MINUTES,
    HEART_TOO_LOOSE,
    HEART_FELL,
    HEART_HELD,
    HEART_NOT_ABOVE_REST,
    HEART_NOT_ABOVE_REST_ASSUMED,
    HEART_EFFORT_HELD,
    REASON_VEST_CONDITIONS,
    REASON_HAND_WALK,
    REASON_VEST_WALK,
    REASON_ANKLE_WALK,
    LARGER,
    SMALLER,
    BEYOND_STUDIED,
    NOT_STUDIED,
    A_FULL_DAY,
    TWO_FULL_DAYS,
    FULL_DAYS,
    BEST_NONE_BEGINNER,
    BEST_NONE,
    BEST_NONE_RUN_BEYOND,
    BEST_NONE_WALK,
    BEST_NONE_WALK_BEYOND,
    BEST_VEST_VERDICT,
    BEST_VEST_WARNINGS,
    BEST_VEST_CONDITION,
    BEST_VEST_BACK,
    BEST_VEST_BACK_WALK,
    FOR_THE_VEST,
    PER_HAND,
    WALK_BY_SPEED,
    PANDOLF_FAST,
    SANTEE_STEEP,
    ACSM_TOO_SLOW,
    ACSM_JOG,
    TERRAIN_NOT_MODELLED,
    TERRAIN_COSTED,
    MINETTI_DOWN,
    MINETTI_UP,
    NEARLY_FLAT,
    STEEP_GRADE,
    WALK_FLOOR,
    VEST_WALK_NEEDS_SPEED,
    VEST_WALK_CALORIES_NEED_SPEED,
    NO_PACE_RUN,
    CAPPED_AT_MAX,
    CAPPED_AT_LIMIT,
    MAX_HR_FROM_AGE,
    MAX_HR_BELOW_USUAL,
    PLAN_NO_ANKLE,
    PLAN_NO_START,
    FILE_ROUTE_LEFT_ASIDE,
    FILE_ROUTES_LEFT_ASIDE,
    FILE_PIECES_JOINED,
    FILE_RECORD_NO_POSITION,
    FILE_NO_POSITION,
    FILE_NOT_ON_FOOT,
    FILE_TCX_COURSE,
    WEEK_START,
    WEEK_RISE,
    WEEK_HOLD_FOR_PROFESSIONAL,
    WEEK_HOLD_AT_CEILING,
    WEEK_HOLD,
    WEEK_TOP,
    WEEK_FLAT,
    WEEK_HILLS,
    WEEK_EASY,
    REST_A_DAY,
    REST_TWO_DAYS,
    REST_DAYS,
];

/// Every note on how a figure was worked out (an energy, heart-rate, plan
/// or week note, or what a route file's reader joined or left aside), by a
/// stable id: the lean JSON form writes a note as its id and the values
/// that fill its template.
pub const NOTES: &[(&str, &str)] = &[
    ("walk-by-speed", WALK_BY_SPEED),
    ("pandolf-fast", PANDOLF_FAST),
    ("santee-steep", SANTEE_STEEP),
    ("acsm-too-slow", ACSM_TOO_SLOW),
    ("acsm-jog", ACSM_JOG),
    ("terrain-not-modelled", TERRAIN_NOT_MODELLED),
    ("terrain-costed", TERRAIN_COSTED),
    ("minetti-down", MINETTI_DOWN),
    ("minetti-up", MINETTI_UP),
    ("nearly-flat", NEARLY_FLAT),
    ("steep-grade", STEEP_GRADE),
    ("walk-floor", WALK_FLOOR),
    ("vest-walk-needs-speed", VEST_WALK_NEEDS_SPEED),
    ("no-pace-run", NO_PACE_RUN),
    ("capped-at-max", CAPPED_AT_MAX),
    ("capped-at-limit", CAPPED_AT_LIMIT),
    ("max-hr-from-age", MAX_HR_FROM_AGE),
    ("max-hr-below-usual", MAX_HR_BELOW_USUAL),
    ("plan-no-ankle", PLAN_NO_ANKLE),
    // The tip an ankle plan passes on, under the tip's own ids.
    ("try-vest-instead", TRY_VEST_INSTEAD.message),
    ("try-vest-instead-with", TRY_VEST_INSTEAD_WITH),
    ("plan-no-start", PLAN_NO_START),
    ("week-start", WEEK_START),
    ("week-rise", WEEK_RISE),
    ("week-hold-for-professional", WEEK_HOLD_FOR_PROFESSIONAL),
    ("week-hold-at-ceiling", WEEK_HOLD_AT_CEILING),
    ("week-hold", WEEK_HOLD),
    ("week-top", WEEK_TOP),
    ("week-flat", WEEK_FLAT),
    ("week-hills", WEEK_HILLS),
    ("week-easy", WEEK_EASY),
    ("rest-a-day", REST_A_DAY),
    ("rest-two-days", REST_TWO_DAYS),
    ("rest-days", REST_DAYS),
    ("file-route-left-aside", FILE_ROUTE_LEFT_ASIDE),
    ("file-routes-left-aside", FILE_ROUTES_LEFT_ASIDE),
    ("file-pieces-joined", FILE_PIECES_JOINED),
    ("file-record-no-position", FILE_RECORD_NO_POSITION),
    ("file-no-position", FILE_NO_POSITION),
    ("file-not-on-foot", FILE_NOT_ON_FOOT),
    ("file-tcx-course", FILE_TCX_COURSE),
];

/// The id of the note whose template is `template`, if it is one of
/// [`NOTES`].
#[must_use]
pub fn note_id(template: &str) -> Option<&'static str> {
    NOTES
        .iter()
        .find(|(_, note)| *note == template)
        .map(|(id, _)| *id)
}

/// Every wording of a verdict's reason or of `compare`'s best pick that is
/// not a warning's, by a stable id: the lean JSON form names the template
/// such a sentence was filled from. (A warning that sets the verdict gives
/// the reason its own words, named as its message is.)
pub const REASONS_BY_ID: &[(&str, &str)] = &[
    ("reason-ankle", REASON_ANKLE),
    ("reason-ankle-walk", REASON_ANKLE_WALK),
    ("reason-beginner", REASON_BEGINNER),
    ("reason-vest", REASON_VEST),
    ("reason-vest-walk", REASON_VEST_WALK),
    ("reason-hand", REASON_HAND),
    ("reason-hand-walk", REASON_HAND_WALK),
    ("reason-vest-conditions", REASON_VEST_CONDITIONS),
    ("best-none-beginner", BEST_NONE_BEGINNER),
    ("best-none", BEST_NONE),
    ("best-none-run-beyond", BEST_NONE_RUN_BEYOND),
    ("best-none-walk", BEST_NONE_WALK),
    ("best-none-run-beyond-walk", BEST_NONE_WALK_BEYOND),
    ("best-vest-verdict", BEST_VEST_VERDICT),
    ("best-vest-warnings", BEST_VEST_WARNINGS),
    ("best-vest-condition", BEST_VEST_CONDITION),
    ("best-vest-back", BEST_VEST_BACK),
    ("best-vest-back-walk", BEST_VEST_BACK_WALK),
];

/// The id of the template a verdict's reason or `compare`'s best pick was
/// filled from: one of [`REASONS_BY_ID`], or the warning whose words it
/// took (its own message, by its id, or one of [`VARIANTS`]).
#[must_use]
pub fn reason_id(template: &str) -> Option<&'static str> {
    let own = WARNINGS.iter().map(|advice| (advice.id, advice.message));
    let variants = VARIANTS.iter().map(|&(variant, _, text)| (variant, text));
    REASONS_BY_ID
        .iter()
        .copied()
        .chain(own)
        .chain(variants)
        .find(|(_, text)| *text == template)
        .map(|(id, _)| id)
}

/// The other wordings a warning or tip may take besides its own message,
/// each by a stable id, with the id of the warning or tip: the lean JSON
/// form names the template a message was filled from.
pub const VARIANTS: &[(&str, &str, &str)] = &[
    (
        "vest-joint-stress-with",
        VEST_JOINT_STRESS.id,
        VEST_JOINT_STRESS_WITH,
    ),
    (
        "try-vest-instead-with",
        TRY_VEST_INSTEAD.id,
        TRY_VEST_INSTEAD_WITH,
    ),
    ("hand-posture-back", HAND_POSTURE.id, HAND_POSTURE_BACK),
    (
        "pace-read-per-mile",
        PACE_UNIT_ASSUMED.id,
        PACE_READ_PER_MILE,
    ),
    (
        "load-far-above-range",
        LOAD_ABOVE_RANGE.id,
        LOAD_FAR_ABOVE_RANGE,
    ),
    (
        "overweight-by-weight",
        OVERWEIGHT_IMPLIED.id,
        OVERWEIGHT_BY_WEIGHT,
    ),
    (
        "overweight-implied-not-vest",
        OVERWEIGHT_IMPLIED.id,
        OVERWEIGHT_IMPLIED_NOT_VEST,
    ),
    (
        "overweight-by-weight-not-vest",
        OVERWEIGHT_IMPLIED.id,
        OVERWEIGHT_BY_WEIGHT_NOT_VEST,
    ),
    (
        "beyond-capacity-unloaded",
        BEYOND_CAPACITY.id,
        BEYOND_CAPACITY_UNLOADED,
    ),
    ("beyond-ceiling", BEYOND_CAPACITY.id, BEYOND_CEILING),
    (
        "beyond-ceiling-unloaded",
        BEYOND_CAPACITY.id,
        BEYOND_CEILING_UNLOADED,
    ),
    (
        "beyond-ceiling-unloaded-share",
        BEYOND_CAPACITY.id,
        BEYOND_CEILING_UNLOADED_SHARE,
    ),
    ("beyond-shown", BEYOND_CAPACITY.id, BEYOND_SHOWN),
    (
        "ankle-load-unstated",
        LOAD_BEYOND_FIGURES.id,
        ANKLE_LOAD_UNSTATED,
    ),
    (
        "start-beyond-share",
        CAPACITY_AT_START.id,
        START_BEYOND_SHARE,
    ),
    (
        "load-beyond-walking",
        LOAD_BEYOND_FIGURES.id,
        LOAD_BEYOND_WALKING,
    ),
    (
        "no-elevation-reading",
        COURSE_NO_READINGS.id,
        COURSE_NO_READING,
    ),
    ("time-glitch", COURSE_TIME_GLITCHES.id, COURSE_TIME_GLITCH),
    ("gps-jump", COURSE_JUMPS.id, COURSE_JUMP),
    ("stop", COURSE_STOPS.id, COURSE_STOP),
    ("stops-ground", COURSE_STOPS.id, COURSE_STOPS_GROUND),
    ("stop-ground", COURSE_STOPS.id, COURSE_STOP_GROUND),
    ("course-all-walked", COURSE_WALKED.id, COURSE_ALL_WALKED),
    (
        "max-hr-aside-usual",
        COURSE_MAX_HR_ASIDE.id,
        COURSE_MAX_HR_ASIDE_USUAL,
    ),
    (
        "heart-capped-age",
        COURSE_HEART_CAPPED.id,
        COURSE_HEART_CAPPED_AGE,
    ),
    (
        "heart-capped-limit",
        COURSE_HEART_CAPPED.id,
        COURSE_HEART_CAPPED_LIMIT,
    ),
    ("heart-own-line", COURSE_HEART.id, HEART_OWN_LINE),
    (
        "heart-generic-because",
        COURSE_HEART.id,
        HEART_GENERIC_BECAUSE,
    ),
    (
        "heart-not-above-rest",
        COURSE_HEART.id,
        HEART_NOT_ABOVE_REST,
    ),
    (
        "heart-not-above-rest-assumed",
        COURSE_HEART.id,
        HEART_NOT_ABOVE_REST_ASSUMED,
    ),
    ("vest-form-walk", VEST_FORM.id, VEST_FORM_WALK),
    (
        "start-short-and-easy-walk",
        START_SHORT_AND_EASY.id,
        START_SHORT_AND_EASY_WALK,
    ),
    ("increase-rest-walk", INCREASE_REST.id, INCREASE_REST_WALK),
    (
        "shed-if-form-breaks-walk",
        SHED_IF_FORM_BREAKS.id,
        SHED_IF_FORM_BREAKS_WALK,
    ),
    (
        "not-for-quick-weight-loss-walk",
        NOT_FOR_QUICK_WEIGHT_LOSS.id,
        NOT_FOR_QUICK_WEIGHT_LOSS_WALK,
    ),
    (
        "start-above-suggested-walk",
        START_ABOVE_SUGGESTED.id,
        START_ABOVE_SUGGESTED_WALK,
    ),
    ("flat-only-walk", FLAT_ONLY.id, FLAT_ONLY_WALK),
    ("hills-early-walk", HILLS_EARLY.id, HILLS_EARLY_WALK),
    ("downhill-knee-walk", DOWNHILL_KNEE.id, DOWNHILL_KNEE_WALK),
    (
        "vo2max-below-usual-pace",
        VO2MAX_BELOW_USUAL.id,
        VO2MAX_BELOW_USUAL_PACE,
    ),
    (
        "try-vest-instead-walk",
        TRY_VEST_INSTEAD.id,
        TRY_VEST_INSTEAD_WALK,
    ),
    (
        "try-vest-instead-with-walk",
        TRY_VEST_INSTEAD.id,
        TRY_VEST_INSTEAD_WITH_WALK,
    ),
    ("ankle-load-walk", ANKLE_LOAD.id, ANKLE_LOAD_WALK),
    (
        "ankle-injury-risk-walk",
        ANKLE_INJURY_RISK.id,
        ANKLE_INJURY_RISK_WALK,
    ),
    (
        "course-pace-ignored-walk",
        COURSE_PACE_IGNORED.id,
        COURSE_PACE_IGNORED_WALK,
    ),
    (
        "course-pace-for-heart-walk",
        COURSE_PACE_FOR_HEART.id,
        COURSE_PACE_FOR_HEART_WALK,
    ),
    (
        "downhill-capped-walk",
        COURSE_DOWNHILL_CAPPED.id,
        COURSE_DOWNHILL_CAPPED_WALK,
    ),
];

/// The id of the template the warning or tip `id` filled its message
/// from: `id` itself for its own message, else one of [`VARIANTS`].
#[must_use]
pub fn template_id(id: &str, template: &str) -> Option<&'static str> {
    WARNINGS
        .iter()
        .chain(TIPS)
        .find(|advice| advice.id == id && advice.message == template)
        .map(|advice| advice.id)
        .or_else(|| {
            VARIANTS
                .iter()
                .find(|(_, of, variant)| *of == id && *variant == template)
                .map(|(variant, ..)| *variant)
        })
}

/// The tips whose studies were of runs, left out of a walk's answer (rule
/// `gait`).
pub const FROM_RUNS: &[&str] = &[FAST_TWITCH.id, VEST_WARMUP.id];

/// The words for a walk of the warning or tip `id` filled from
/// `template`, where those speak of runs and the advice carries over: the
/// variant named after the template's id with `-walk`. The article writes
/// for running; its claims about running (a beginner's form, ankle
/// weights' injury risk) keep their words, and a variant keeps its
/// template's slots.
#[must_use]
pub fn for_a_walk(id: &str, template: &str) -> Option<&'static str> {
    let own = template_id(id, template)?;
    VARIANTS
        .iter()
        .find(|(variant, of, _)| *of == id && variant.strip_suffix("-walk") == Some(own))
        .map(|&(.., text)| text)
}

/// The words for a walk of a verdict's reason or `compare`'s best pick
/// filled from `template`, one of [`REASONS_BY_ID`]: the entry named after
/// its id with `-walk`, as for [`for_a_walk`]. Where a reason rests on a
/// claim about runners, its walk's words say wrun applies it to walkers.
#[must_use]
pub fn reason_for_a_walk(template: &str) -> Option<&'static str> {
    let (own, _) = REASONS_BY_ID.iter().find(|(_, text)| *text == template)?;
    REASONS_BY_ID
        .iter()
        .find(|(id, _)| id.strip_suffix("-walk") == Some(own))
        .map(|&(_, text)| text)
}

/// The warning or tip `id`.
fn find(id: &str) -> Option<&'static Advice> {
    WARNINGS.iter().chain(TIPS).find(|advice| advice.id == id)
}

/// The fixed text of the warning or tip `id`, when it has one; warnings
/// whose text carries the runner's numbers have none.
#[must_use]
pub fn fixed_message(id: &str) -> Option<&'static str> {
    find(id)
        .filter(|advice| advice.is_fixed())
        .map(|advice| advice.message)
}

/// The id of the rule behind the warning or tip `id`, or behind the one
/// whose other wording `id` is (one of [`VARIANTS`]).
#[must_use]
pub fn rule_of(id: &str) -> Option<&'static str> {
    let of = VARIANTS
        .iter()
        .find(|(variant, ..)| *variant == id)
        .map_or(id, |&(_, of, _)| of);
    find(of).map(|advice| advice.source)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules;

    #[test]
    fn a_warning_tip_or_other_wording_leads_to_its_rule() {
        assert_eq!(rule_of("beyond-capacity"), Some("capacity"));
        assert_eq!(rule_of("beyond-ceiling"), Some("capacity"));
        assert_eq!(rule_of("flat-first"), Some("practical-advice"));
        // A rule's own id, a note's and a reason's are no advice.
        assert_eq!(rule_of("capacity"), None);
        assert_eq!(rule_of("capped-at-max"), None);
        assert_eq!(rule_of("reason-vest"), None);
    }

    #[test]
    fn a_walks_wording_is_the_variant_named_for_a_walk() {
        assert_eq!(
            for_a_walk("start-short-and-easy", START_SHORT_AND_EASY.message),
            Some("Keep your first weighted walks short and easy.")
        );
        assert_eq!(for_a_walk("beginner-wait", BEGINNER_WAIT.message), None);
        // A variant for another case is not a walk's.
        assert_eq!(
            for_a_walk("vest-joint-stress", VEST_JOINT_STRESS.message),
            None
        );
        // Each of an advice's templates has its own walk's words.
        let id = TRY_VEST_INSTEAD.id;
        assert_eq!(
            for_a_walk(id, TRY_VEST_INSTEAD.message),
            Some(TRY_VEST_INSTEAD_WALK)
        );
        assert_eq!(
            for_a_walk(id, TRY_VEST_INSTEAD_WITH),
            Some(TRY_VEST_INSTEAD_WITH_WALK)
        );
        assert_eq!(for_a_walk(id, "Not its template."), None);
        let walks = VARIANTS
            .iter()
            .filter(|(variant, ..)| variant.ends_with("-walk"))
            .count();
        let own = WARNINGS
            .iter()
            .chain(TIPS)
            .map(|advice| (advice.id, advice.message));
        let others = VARIANTS.iter().map(|&(_, of, template)| (of, template));
        let found = own
            .chain(others)
            .filter_map(|(id, template)| Some((template, for_a_walk(id, template)?)))
            .inspect(|(template, text)| {
                let mut words = text.split(|c: char| !c.is_alphabetic());
                assert!(!words.any(|word| word.starts_with("run")), "{text}");
                let slots = crate::message::slots;
                assert_eq!(slots(text), slots(template), "{text}");
            })
            .count();
        assert_eq!(found, walks);
        assert_eq!(walks, 16);
    }

    #[test]
    fn a_reasons_walk_wording_is_the_one_named_for_a_walk() {
        assert_eq!(reason_for_a_walk(REASON_VEST), Some(REASON_VEST_WALK));
        assert_eq!(reason_for_a_walk(BEST_NONE), Some(BEST_NONE_WALK));
        assert_eq!(
            reason_for_a_walk(REASON_BEGINNER),
            None,
            "the article's claim"
        );
        assert_eq!(
            reason_for_a_walk(REASON_VEST_WALK),
            None,
            "already a walk's"
        );
        assert_eq!(reason_for_a_walk("Not a reason."), None);
        // Each walk's wording is another's, with the same slots.
        let walks: Vec<_> = REASONS_BY_ID
            .iter()
            .filter(|(id, _)| id.ends_with("-walk"))
            .collect();
        let found = REASONS_BY_ID
            .iter()
            .filter_map(|&(_, template)| Some((template, reason_for_a_walk(template)?)))
            .inspect(|(template, text)| {
                let slots = crate::message::slots;
                assert_eq!(slots(text), slots(template), "{text}");
            })
            .count();
        assert_eq!(found, walks.len(), "{walks:?}");
    }

    #[test]
    fn every_id_names_one_warning_or_tip() {
        let mut ids: Vec<_> = WARNINGS.iter().chain(TIPS).map(|a| a.id).collect();
        let count = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), count);
    }

    #[test]
    fn every_note_has_one_kebab_case_id_and_one_template() {
        for (id, template) in NOTES {
            assert!(
                id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{id}"
            );
            assert_eq!(note_id(template), Some(*id));
        }
        let mut ids: Vec<&str> = NOTES.iter().map(|(id, _)| *id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), NOTES.len());
        assert_eq!(note_id("Not a note."), None);
    }

    #[test]
    fn every_wording_of_a_warning_is_found_by_its_template_id() {
        for advice in WARNINGS.iter().chain(TIPS) {
            assert_eq!(template_id(advice.id, advice.message), Some(advice.id));
        }
        let mut ids: Vec<&str> = WARNINGS.iter().chain(TIPS).map(|a| a.id).collect();
        for (variant, of, template) in VARIANTS {
            assert!(
                WARNINGS.iter().chain(TIPS).any(|advice| advice.id == *of),
                "{of}"
            );
            assert_eq!(template_id(of, template), Some(*variant));
            ids.push(variant);
        }
        let count = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), count, "a variant's id is no warning's or tip's");
        // A wording of another warning is not this one's.
        assert_eq!(template_id(VEST_FIT.id, VEST_JOINT_STRESS_WITH), None);
    }

    #[test]
    fn every_reason_has_one_kebab_case_id_no_warning_or_note_has() {
        let mut ids: Vec<&str> = WARNINGS.iter().chain(TIPS).map(|a| a.id).collect();
        ids.extend(VARIANTS.iter().map(|(variant, ..)| *variant));
        ids.extend(NOTES.iter().map(|(id, _)| *id));
        for (id, template) in REASONS_BY_ID {
            assert!(
                id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{id}"
            );
            assert_eq!(reason_id(template), Some(*id));
            assert!(!ids.contains(id), "{id} is taken");
            ids.push(id);
        }
        // Every fixed reason of the kinds' own verdicts has an id.
        for (_, text) in REASONS {
            assert!(reason_id(text).is_some(), "{text}");
        }
        // A warning that sets the verdict lends its words, under its ids:
        // each text is found as its own.
        for warning in WARNINGS {
            assert_eq!(reason_id(warning.message), Some(warning.id));
        }
        for (variant, _, text) in VARIANTS {
            assert_eq!(reason_id(text), Some(*variant));
        }
        assert_eq!(reason_id(BEYOND_CEILING), Some("beyond-ceiling"));
        assert_eq!(reason_id("Not a reason."), None);
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

    /// Every text of this module: messages, reasons, other wordings and
    /// the phrase for each level.
    fn every_text() -> impl Iterator<Item = &'static str> {
        WARNINGS
            .iter()
            .chain(TIPS)
            .map(|advice| advice.message)
            .chain(REASONS.iter().map(|(_, text)| *text))
            .chain(WORDINGS.iter().copied())
            .chain(Level::VALUES.iter().map(|&level| a_runner_of(level)))
    }

    #[test]
    fn every_wording_this_module_declares_is_in_its_table() {
        let declared = include_str!("advice.rs")
            .lines()
            .filter(|line| line.starts_with("pub const ") && line.contains(": &str"))
            .count();
        assert_eq!(declared, WORDINGS.len() + REASONS.len());
        let mut texts: Vec<&str> = WORDINGS.to_vec();
        texts.sort_unstable();
        texts.dedup();
        assert_eq!(texts.len(), WORDINGS.len(), "each wording once");
    }

    #[test]
    fn every_text_is_plain_words_with_well_formed_slots() {
        for text in every_text() {
            assert!(!text.is_empty() && text.trim() == text, "{text:?}");
            assert!(!text.contains("  "), "{text:?}");
            // Written to JSON as they stand: nothing to escape.
            assert!(
                !text.contains(['"', '\\']) && !text.chars().any(char::is_control),
                "{text:?}"
            );
            assert_eq!(
                text.matches('{').count(),
                text.matches('}').count(),
                "{text}"
            );
            for slot in crate::message::slots(text) {
                assert!(
                    !slot.is_empty()
                        && slot
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                    "{text}: slot {slot:?}"
                );
            }
        }
    }

    #[test]
    fn no_rule_or_text_names_a_command_line_flag() {
        let statements = rules::RULES.iter().map(|rule| rule.statement);
        for text in every_text().chain(statements) {
            assert!(!text.contains("--"), "{text}");
        }
    }

    #[test]
    fn tips_are_never_more_than_information() {
        assert!(TIPS.iter().all(|tip| tip.severity == Severity::Info));
    }
}
