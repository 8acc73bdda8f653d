//! The pure core of wrun: what to run with, how much, what it does and what
//! can hurt.
//!
//! Plain values in ([`Request`]), plain values out ([`Recommendation`]). This
//! module knows nothing of the command line, files, terminals or formats: it
//! does no I/O and never prints. Its rules live once, as data, in [`rules`]
//! and [`advice`]; [`recommend()`] applies them.

pub mod advice;
pub mod kinds;
pub mod mass;
pub mod recommend;
pub mod rules;

pub use kinds::{Basis, Condition, Level, Named, Severity, UnknownName, Verdict, WeightType};
pub use mass::{Mass, Unit};
pub use recommend::{
    Effect, GuidanceError, Load, LoadPer, Note, Reason, Recommendation, Request, recommend,
};
pub use rules::{Range, Rule, SourceKind};
