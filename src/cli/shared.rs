//! The flags several commands share: who is running and the run, with the
//! environment variables that stand in for some of them.

mod run;
mod runner;

pub use run::{BodyArgs, CourseRunArgs, HeartFlags, WorkoutArgs, parse_pace_arg};
pub use runner::{EnvValues, RunnerArgs, RunnerFlags, UnitSource, unit_variable};

/// A value as typed, for error messages, and as read.
#[derive(Debug, Clone, PartialEq)]
pub struct Typed<T> {
    /// The text as typed, which messages show.
    pub text: String,
    /// What it was read as.
    pub value: T,
    /// The text read, where it is not the text typed: a roster cell read
    /// in the unit its column names (`500` under `Weight (kg)` is read as
    /// `500kg`).
    pub read_as: Option<Box<str>>,
}

impl<T> Typed<T> {
    /// `value`, read from `text` as typed.
    pub fn new(text: &str, value: T) -> Self {
        Self {
            text: text.to_owned(),
            value,
            read_as: None,
        }
    }

    /// The text the value was read from: what decides how a pace or a
    /// speed is shown back, or whether a pace named its distance.
    pub fn read(&self) -> &str {
        self.read_as.as_deref().unwrap_or(&self.text)
    }
}

/// Wraps a parser so that it keeps the text it read.
fn typed<T, E>(parse: fn(&str) -> Result<T, E>) -> impl Fn(&str) -> Result<Typed<T>, E> + Clone {
    move |text| Ok(Typed::new(text, parse(text)?))
}
