//! The pure core of wrun: what to run with, how much, what it does and what
//! can hurt.
//!
//! Plain values in ([`Request`]), plain values out ([`Recommendation`]). This
//! crate knows nothing of the command line, files, terminals or formats: it
//! does no I/O and never prints, and depends on no command-line or terminal
//! crate, so a web page or a watch app could use it as the `wrun` binary
//! does. Its rules live once, as data, in [`rules`] and [`advice`];
//! [`recommend()`] applies them and [`assess()`] judges every answer by its
//! worst finding. [`parse`] reads what people type.
//!
//! ```
//! use wrun_core::{Mass, Request, Verdict, WeightType, recommend};
//!
//! let answer = recommend(&Request::new(Mass::from_lb(150.0), WeightType::Vest))?;
//! assert_eq!(answer.verdict, Verdict::Recommended);
//! let load = answer.load.expect("a vest has a load");
//! assert_eq!((load.min.lb(), load.max.lb()), (7.5, 15.0));
//! # Ok::<(), wrun_core::GuidanceError>(())
//! ```

// The tables and the parsers are public modules, read by name
// (`rules::RULES`, `advice::WARNINGS`, `parse::parse_mass`), as is the
// course, a whole API of its own; everything else is reached through the
// re-exports below, so that what the crate offers is chosen here.
#[macro_use]
mod vocabulary;

pub mod advice;
pub mod calendar;
pub mod course;
pub mod parse;
pub mod rules;

#[cfg(feature = "proptest")]
#[doc(hidden)]
pub mod strategies;

mod answer;
mod assess;
mod body;
mod capacity;
mod compare;
mod energy;
mod kinds;
mod limbs;
mod mass;
mod message;
mod plan;
mod recommend;
mod request;
mod workout;

pub use answer::{
    ChosenLoad, Effect, Energy, Equation, Fit, HeartRate, Load, LoadPer, Note, Reason,
    Recommendation, SameEffort,
};
pub use assess::{Assessment, assess, verdict_for};
pub use body::{
    AGE_YEARS, HEIGHT_M, Height, VO2MAX_ML_PER_KG_MIN, bmi, max_heart_rate_for_age,
    overweight_weight_alone,
};
pub use capacity::{Capacity, CeilingBasis};
pub use compare::{Comparison, compare};
pub use energy::{Added, energy};
pub use kinds::{
    Basis, Condition, Gait, Level, Named, PerLimb, Severity, Terrain, UnknownName, Verdict,
    WeightType, normalized,
};
pub use mass::{Decimal, Mass, Unit, round1, round2};
pub use message::{Message, Value, slots};
pub use plan::{
    Change, DEFAULT_WEEKS as PLAN_DEFAULT_WEEKS, Focus, Plan, WEEKS as PLAN_WEEKS, Week, plan,
};
pub use recommend::{BODY_WEIGHT_KG, GuidanceError, MaxHrClash, Request, range_text, recommend};
pub use request::{Assumed, INCREMENT_KG, RunnerFigure, speed_limits};
pub use rules::{Range, Rule, SourceKind};
pub use workout::{
    DEFAULT_RESTING_BPM, DISTANCE_M, DURATION_MIN, Distance, Duration, GRADE_PERCENT,
    HEART_RATE_BPM, HeartRates, Length, MAX_HEART_RATE_BPM, METRES_PER_FOOT, METRES_PER_MILE,
    RESTING_HEART_RATE_BPM, SPEED_M_PER_MIN, Speed, SpeedUnit, Workout, clock,
};
