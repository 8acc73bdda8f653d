//! The pure core of wrun: what to run with, how much, what it does and what
//! can hurt.
//!
//! Plain values in ([`Request`]), plain values out ([`Recommendation`]). This
//! module knows nothing of the command line, files, terminals or formats: it
//! does no I/O and never prints. Its rules live once, as data, in [`rules`]
//! and [`advice`]; [`recommend()`] applies them.

pub mod advice;
pub mod answer;
pub mod assess;
pub mod body;
pub mod calendar;
pub mod capacity;
pub mod compare;
pub mod energy;
pub mod kinds;
pub mod limbs;
pub mod mass;
pub mod plan;
pub mod recommend;
pub mod request;
pub mod rules;
pub mod workout;

pub use answer::{
    ChosenLoad, Effect, Energy, Equation, Fit, HeartRate, Load, LoadPer, Note, Reason,
    Recommendation, SameEffort,
};
pub use compare::{Comparison, compare};
pub use kinds::{
    Basis, Condition, Gait, Level, Named, Severity, Terrain, UnknownName, Verdict, WeightType,
};
pub use mass::{Mass, Unit, UnitSource};
pub use plan::{Change, Focus, Plan, Week, plan};
pub use recommend::{GuidanceError, Request, recommend};
pub use rules::{Range, Rule, SourceKind};
pub use workout::{Distance, Duration, HeartRates, Length, Speed, SpeedUnit, Workout};
