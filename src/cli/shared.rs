//! The flags several commands share: who is running and the run, with the
//! environment variables that stand in for some of them.

mod run;
mod runner;

pub use run::{BodyArgs, CourseRunArgs, WorkoutArgs, parse_pace_arg};
pub use runner::{EnvValues, RunnerArgs, RunnerFlags, UnitSource, unit_variable};

/// A value as typed, for error messages, and as read.
#[derive(Debug, Clone, PartialEq)]
pub struct Typed<T> {
    /// The text as typed.
    pub text: String,
    /// What it was read as.
    pub value: T,
}

/// Wraps a parser so that it keeps the text it read.
fn typed<T, E>(parse: fn(&str) -> Result<T, E>) -> impl Fn(&str) -> Result<Typed<T>, E> + Clone {
    move |text| {
        Ok(Typed {
            text: text.to_owned(),
            value: parse(text)?,
        })
    }
}
