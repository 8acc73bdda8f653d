//! The pure core of wrun: what to run with, how much, what it does and what
//! can hurt.
//!
//! Plain values in ([`Request`]), plain values out ([`Recommendation`]). This
//! crate knows nothing of the command line, files, terminals or formats: it
//! does no I/O and never prints, and depends on no command-line or terminal
//! crate, so a web page or a watch app could use it as the `wrun` binary
//! does. Its rules live once, as data, in [`rules`] and [`advice`];
//! [`recommend()`] applies them and [`assess`] judges every answer by its
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

pub mod advice;
pub mod answer;
pub mod assess;
pub mod body;
pub mod calendar;
pub mod capacity;
pub mod compare;
pub mod course;
pub mod energy;
pub mod kinds;
pub mod limbs;
pub mod mass;
pub mod parse;
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
