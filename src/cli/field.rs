//! The fields of a request, and how each source spells them.

/// A field of a request. Its value may come from the command line, a
/// `WRUN_*` variable, the profile or a batch record, and a message about it
/// names it as that source does: `--resting-hr` on the command line,
/// `resting_hr` in a record or the profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The body weight.
    Weight,
    /// The unit of plain numbers.
    Unit,
    /// The kind of weight.
    Type,
    /// Running experience.
    Level,
    /// Conditions that make load riskier.
    Conditions,
    /// The step the runner's weights come in.
    Increment,
    /// How many weeks a plan runs.
    Weeks,
    /// The run's pace.
    Pace,
    /// The run's speed.
    Speed,
    /// How long the run lasts.
    Duration,
    /// How far the run goes.
    Distance,
    /// How steep the run is.
    Grade,
    /// The usual heart rate for the run.
    Hr,
    /// The resting heart rate.
    RestingHr,
    /// The maximum heart rate.
    MaxHr,
    /// Walk, run, or by speed.
    Gait,
    /// The ground underfoot.
    Terrain,
    /// The load the runner has.
    Load,
    /// The runner's height.
    Height,
    /// The runner's age.
    Age,
    /// The runner's `VO2max`.
    Vo2max,
    /// The days of the week a plan runs on.
    Days,
    /// The first day of a plan.
    Start,
    /// The length of a course's splits.
    Split,
}

impl Field {
    /// How the command line names it: its flag.
    #[must_use]
    pub const fn flag(self) -> &'static str {
        self.names().0
    }

    /// How a batch record and the profile name it: its key.
    #[must_use]
    pub const fn key(self) -> &'static str {
        self.names().1
    }

    const fn names(self) -> (&'static str, &'static str) {
        match self {
            Self::Weight => ("--weight", "weight"),
            Self::Unit => ("--unit", "unit"),
            Self::Type => ("--type", "type"),
            Self::Level => ("--level", "level"),
            Self::Conditions => ("--condition", "conditions"),
            Self::Increment => ("--increment", "increment"),
            Self::Weeks => ("--weeks", "weeks"),
            Self::Pace => ("--pace", "pace"),
            Self::Speed => ("--speed", "speed"),
            Self::Duration => ("--duration", "duration"),
            Self::Distance => ("--distance", "distance"),
            Self::Grade => ("--grade", "grade"),
            Self::Hr => ("--hr", "hr"),
            Self::RestingHr => ("--resting-hr", "resting_hr"),
            Self::MaxHr => ("--max-hr", "max_hr"),
            Self::Gait => ("--gait", "gait"),
            Self::Terrain => ("--terrain", "terrain"),
            Self::Load => ("--load", "load"),
            Self::Height => ("--height", "height"),
            Self::Age => ("--age", "age"),
            Self::Vo2max => ("--vo2max", "vo2max"),
            Self::Days => ("--days", "days"),
            Self::Start => ("--start", "start"),
            Self::Split => ("--split", "split"),
        }
    }

    /// Every field.
    #[cfg(test)]
    pub const ALL: [Self; 24] = [
        Self::Weight,
        Self::Unit,
        Self::Type,
        Self::Level,
        Self::Conditions,
        Self::Increment,
        Self::Weeks,
        Self::Pace,
        Self::Speed,
        Self::Duration,
        Self::Distance,
        Self::Grade,
        Self::Hr,
        Self::RestingHr,
        Self::MaxHr,
        Self::Gait,
        Self::Terrain,
        Self::Load,
        Self::Height,
        Self::Age,
        Self::Vo2max,
        Self::Days,
        Self::Start,
        Self::Split,
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_a_flag_of_some_command_and_its_key_is_distinct() {
        let mut cli = super::super::help::command();
        cli.build();
        let longs: Vec<String> = cli
            .get_subcommands()
            .flat_map(clap::Command::get_arguments)
            .filter_map(|arg| arg.get_long().map(|long| format!("--{long}")))
            .collect();
        for field in Field::ALL {
            assert!(
                longs.iter().any(|long| long == field.flag()),
                "{}",
                field.flag()
            );
            let same_key = Field::ALL.iter().filter(|other| other.key() == field.key());
            assert_eq!(same_key.count(), 1, "{}", field.key());
        }
    }

    #[test]
    fn a_record_names_a_field_in_snake_case_where_the_command_line_has_a_flag() {
        assert_eq!(Field::RestingHr.flag(), "--resting-hr");
        assert_eq!(Field::RestingHr.key(), "resting_hr");
        // One condition a flag, any number in a record's list.
        assert_eq!(Field::Conditions.flag(), "--condition");
        assert_eq!(Field::Conditions.key(), "conditions");
    }
}
