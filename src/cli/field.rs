//! The fields of a request, and how each source spells them.

/// Declares [`Field`] with each field's flag and key written once.
macro_rules! fields {
    ($(
        $(#[$doc:meta])*
        $variant:ident = ($flag:literal, $key:literal)
    ),+ $(,)?) => {
        /// A field of a request. Its value may come from the command line, a
        /// `WRUN_*` variable, the profile or a batch record, and a message about it
        /// names it as that source does: `--resting-hr` on the command line,
        /// `resting_hr` in a record or the profile.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Field {
            $($(#[$doc])* $variant),+
        }

        impl Field {
            /// How the command line names it: its flag.
            #[must_use]
            pub const fn flag(self) -> &'static str {
                match self {
                    $(Self::$variant => $flag),+
                }
            }

            /// How a batch record and the profile name it: its key.
            #[must_use]
            pub const fn key(self) -> &'static str {
                match self {
                    $(Self::$variant => $key),+
                }
            }

            /// Every field, in the order declared.
            #[cfg(test)]
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];
        }
    };
}

fields! {
    /// The body weight.
    Weight = ("--weight", "weight"),
    /// The unit of plain numbers.
    Unit = ("--unit", "unit"),
    /// The kind of weight.
    Type = ("--type", "type"),
    /// Running experience.
    Level = ("--level", "level"),
    /// Conditions that make load riskier.
    Conditions = ("--condition", "conditions"),
    /// The step the runner's weights come in.
    Increment = ("--increment", "increment"),
    /// How many weeks a plan runs.
    Weeks = ("--weeks", "weeks"),
    /// The run's pace.
    Pace = ("--pace", "pace"),
    /// The run's speed.
    Speed = ("--speed", "speed"),
    /// How long the run lasts.
    Duration = ("--duration", "duration"),
    /// How far the run goes.
    Distance = ("--distance", "distance"),
    /// How steep the run is.
    Grade = ("--grade", "grade"),
    /// The usual heart rate for the run.
    Hr = ("--hr", "hr"),
    /// The resting heart rate.
    RestingHr = ("--resting-hr", "resting_hr"),
    /// The maximum heart rate.
    MaxHr = ("--max-hr", "max_hr"),
    /// Walk, run, or by speed.
    Gait = ("--gait", "gait"),
    /// The ground underfoot.
    Terrain = ("--terrain", "terrain"),
    /// The load the runner has.
    Load = ("--load", "load"),
    /// The runner's height.
    Height = ("--height", "height"),
    /// The runner's age.
    Age = ("--age", "age"),
    /// The runner's `VO2max`.
    Vo2max = ("--vo2max", "vo2max"),
    /// The days of the week a plan runs on.
    Days = ("--days", "days"),
    /// The first day of a plan. A record may name it `start`, as the flag
    /// does; its key is longer so that a roster's `State` column does not
    /// look like a misspelling of it.
    Start = ("--start", "start_date"),
    /// The length of a course's splits.
    Split = ("--split", "split"),
}

/// A name as compared: lower case, without spaces, underscores, hyphens
/// or the marks a form puts on a question (`?`, `:`, `*`), so that
/// `Resting HR`, `resting-hr`, `resting_hr` and `Resting HR?` are one name.
pub fn normalize(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-' | '?' | ':' | '*') && !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Names spreadsheets and people use for request fields, normalized (see
/// [`normalize`]), with the field each names: a roster's column heads,
/// read as the field, a profile's key, pointed to it, and a flag, told
/// wrun's flag for it.
const ALIASES: &[(&str, Field)] = &[
    ("bodyweight", Field::Weight),
    ("bodymass", Field::Weight),
    ("weighttype", Field::Type),
    ("kindofweight", Field::Type),
    ("typeofweight", Field::Type),
    ("heartrate", Field::Hr),
    ("restingheartrate", Field::RestingHr),
    ("maxheartrate", Field::MaxHr),
    ("maximumheartrate", Field::MaxHr),
    ("maxhr", Field::MaxHr),
    // As physiologists and watches write them (wrun's own text says HRmax).
    ("hrmax", Field::MaxHr),
    ("mhr", Field::MaxHr),
    ("rhr", Field::RestingHr),
    ("hrrest", Field::RestingHr),
    // What a roster calls a runner's experience and injuries is what wrun
    // judges as the level and the conditions: carried through unread, a
    // beginner would be answered as an intermediate runner, and a knee
    // injury as no condition.
    ("experience", Field::Level),
    ("experiencelevel", Field::Level),
    ("runningexperience", Field::Level),
    ("injury", Field::Conditions),
    ("injuries", Field::Conditions),
    ("medicalconditions", Field::Conditions),
    ("healthconditions", Field::Conditions),
    // The run a roster plans, as coaches and watch exports head it.
    ("goalpace", Field::Pace),
    ("targetpace", Field::Pace),
    ("averagepace", Field::Pace),
    ("avgpace", Field::Pace),
    ("averagespeed", Field::Speed),
    ("avgspeed", Field::Speed),
    // The weight the runner carries, as a roster of vests heads it.
    ("vestweight", Field::Load),
    ("weightcarried", Field::Load),
    ("carriedweight", Field::Load),
    ("addedweight", Field::Load),
    // A plan's calendar, as a coach's roster heads it.
    ("rundays", Field::Days),
    ("trainingdays", Field::Days),
    ("weekdays", Field::Days),
    ("firstday", Field::Start),
    ("startingdate", Field::Start),
    ("planstart", Field::Start),
];

/// The words a form's question puts before the name of what it asks:
/// `Your weight`, `Any injuries?`.
const ASKING: &[&str] = &["your", "any", "my"];

/// `name` (normalized) without the word a form's question opens with
/// (`yourweight`: `weight`); `None` when it opens with none, or with
/// nothing after it.
pub fn unasked(name: &str) -> Option<&str> {
    ASKING
        .iter()
        .find_map(|word| name.strip_prefix(word))
        .filter(|rest| !rest.is_empty())
}

/// The field another name for it names: `experience` is the level.
/// `name` is normalized.
pub fn aliased(name: &str) -> Option<Field> {
    ALIASES
        .iter()
        .find(|(alias, _)| *alias == name)
        .map(|(_, field)| *field)
}

/// Whether `name` (normalized) looks like a misspelling of `field`: it
/// starts with the same letter and is at most two edits away (one for
/// names of four letters or fewer), a swap of two neighbouring letters
/// counting as one edit (`wieght` is one from `weight`). The first letter
/// guards the columns a roster really carries and the keys a profile may
/// hold: `height` is not `weight`, `name` and `age` are not `pace`.
pub fn looks_like(name: &str, field: &str) -> bool {
    let field = normalize(field);
    let most = if field.chars().count() <= 4 { 1 } else { 2 };
    name != field
        && name.chars().next() == field.chars().next()
        && strsim::osa_distance(name, &field) <= most
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_swap_or_a_missing_letter_looks_like_a_field_but_another_first_letter_does_not() {
        assert!(looks_like("wieght", "weight"), "a swap is one edit");
        assert!(looks_like("wight", "weight"));
        assert!(looks_like("typ", "type"));
        assert!(looks_like("restinghrr", "resting_hr"));
        assert!(!looks_like("weight", "weight"), "the field itself");
        assert!(!looks_like("height", "weight"), "another first letter");
        assert!(looks_like("wxyght", "weight"), "two edits on a long name");
        assert!(!looks_like("wxyzht", "weight"), "three edits");
        assert!(
            !looks_like("tp", "type"),
            "two edits on a name of four letters"
        );
    }

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
