//! Which request field a batch record's key or a roster's column names:
//! the fields each command takes, the names spreadsheets give them, the
//! unit a name gives in brackets or after it (for a pace, the distance its
//! minutes are per), and the clock form it names.

use crate::cli::{BatchCommand, Field, looks_like, normalize, unasked};

/// Which commands take a request field.
#[derive(Clone, Copy)]
enum Takes {
    /// Every command.
    All,
    /// `recommend` and `plan`, which answer for one kind of weight.
    OneKind,
    /// `recommend` and `compare`, which answer for a run.
    Run,
    /// `plan` alone.
    Plan,
}

/// Every request field a record may have, in the order they are listed to
/// users, with the commands that take it.
const FIELDS: &[(Field, Takes)] = &[
    (Field::Weight, Takes::All),
    (Field::Unit, Takes::All),
    (Field::Type, Takes::OneKind),
    (Field::Level, Takes::All),
    (Field::Conditions, Takes::All),
    (Field::Increment, Takes::All),
    (Field::Weeks, Takes::Plan),
    (Field::Days, Takes::Plan),
    (Field::Start, Takes::Plan),
    (Field::Pace, Takes::Run),
    (Field::Speed, Takes::Run),
    (Field::Duration, Takes::Run),
    (Field::Distance, Takes::Run),
    (Field::Grade, Takes::Run),
    (Field::Hr, Takes::Run),
    (Field::RestingHr, Takes::Run),
    (Field::MaxHr, Takes::Run),
    (Field::Gait, Takes::Run),
    (Field::Terrain, Takes::Run),
    (Field::Load, Takes::Run),
    (Field::Height, Takes::All),
    (Field::Age, Takes::All),
    (Field::Vo2max, Takes::Run),
];

/// The request fields a record may have for `command`, in the order they
/// are listed to users.
pub fn fields(command: BatchCommand) -> impl Iterator<Item = Field> + Clone {
    FIELDS.iter().filter_map(move |&(field, takes)| {
        let taken = match takes {
            Takes::All => true,
            Takes::OneKind => command != BatchCommand::Compare,
            Takes::Run => command != BatchCommand::Plan,
            Takes::Plan => command == BatchCommand::Plan,
        };
        taken.then_some(field)
    })
}

/// What a field name or CSV column is to a batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A field of the request.
    Request(Field),
    /// The record's `id`, echoed on its output line.
    Id,
    /// Anything else: carried through unchanged.
    Carried,
}

/// Tells what `name` is for `command`.
///
/// # Errors
/// A message when `name` looks like a misspelt request field.
pub fn classify(command: BatchCommand, name: &str) -> Result<Role, String> {
    let mut fields = fields(command);
    // Most records spell every field exactly: no need to normalize.
    if let Some(field) = fields.clone().find(|field| field.key() == name) {
        return Ok(Role::Request(field));
    }
    let wanted = normalize(name);
    // A field's flag names it too: `condition`, as `--condition`, is
    // `conditions`; and so do longer names spreadsheets give the same
    // columns. A form's question names one with a word before it: `Any
    // injuries?`, `Your weight`.
    let named = |wanted: &str| {
        fields
            .clone()
            .find(|field| normalize(field.key()) == wanted || normalize(field.flag()) == wanted)
            .or_else(|| {
                crate::cli::aliased(wanted)
                    .and_then(|field| fields.clone().find(|known| *known == field))
            })
    };
    if let Some(field) = named(&wanted).or_else(|| unasked(&wanted).and_then(named)) {
        return Ok(Role::Request(field));
    }
    if wanted == "id" {
        return Ok(Role::Id);
    }
    let lookalike = |field: &Field| {
        looks_like(&wanted, field.key())
            || unasked(&wanted).is_some_and(|rest| looks_like(rest, field.key()))
    };
    match fields.find(lookalike) {
        Some(field) => Err(format!(
            "'{name}' looks like '{}'; name it exactly, or rename it to carry it through",
            field.key()
        )),
        None => Ok(Role::Carried),
    }
}

/// Tells what a CSV column headed `base`, with `unit` in brackets, is for
/// `command`: as [`classify`], and `Time` is the run's duration when its
/// brackets name a span of time (`Time (min)`, `Time (h:mm:ss)`). Alone,
/// `Time` may as well be a time of day, and is carried through.
///
/// # Errors
/// As [`classify`].
pub fn classify_column(
    command: BatchCommand,
    base: &str,
    unit: Option<&str>,
) -> Result<Role, String> {
    let role = classify(command, base)?;
    let spans_time = |unit: &str| {
        ClockForm::named(unit).is_some()
            || crate::parse::parse_duration(&format!("1 {}", unit.trim().to_ascii_lowercase()))
                .is_ok()
    };
    let duration = role == Role::Carried
        && normalize(base) == "time"
        && unit.is_some_and(spans_time)
        && fields(command).any(|field| field == Field::Duration);
    // A start in a unit a load is read in, a weight's or a share (`Start
    // (lb)`, `start_kg`, `start_percent`, as wrun's own plan rows head the
    // start load), is a load, which a plan does not take, not its first
    // day: carried.
    let load = |unit: &str| crate::parse::parse_load(&format!("1 {unit}")).is_ok();
    let start_load = role == Role::Request(Field::Start) && unit.is_some_and(load);
    // Days counted (`Days (per week)`, `Days (#)`) are no weekdays; brackets
    // that name one (`Days (mon,thu)`) show what the cells hold.
    let names_a_weekday = |unit: &str| {
        unit.split(|c: char| !c.is_alphabetic())
            .any(|word| crate::cli::weekday(word).is_some())
    };
    let days_counted =
        role == Role::Request(Field::Days) && unit.is_some_and(|unit| !names_a_weekday(unit));
    Ok(if duration {
        Role::Request(Field::Duration)
    } else if start_load || days_counted {
        Role::Carried
    } else {
        role
    })
}

/// What a CSV column headed `name` is for `command`, and the unit its name
/// gives: by its name less a unit (`Weight (kg)`, `weight_kg`) where that
/// names a request field, else by its whole name (`Notes (coach)`, carried).
///
/// # Errors
/// As [`classify`].
pub fn column_role(command: BatchCommand, name: &str) -> (Result<Role, String>, Option<&str>) {
    let (base, unit) = split_unit(name);
    match classify_column(command, base, unit) {
        Ok(Role::Request(field)) => (Ok(Role::Request(field)), unit),
        _ => (classify(command, name), None),
    }
}

/// Whether a CSV header cell `name` heads a column of `command`'s request,
/// or its id, as [`column_role`] reads it.
#[must_use]
pub fn heads_a_column(command: BatchCommand, name: &str) -> bool {
    matches!(
        column_role(command, name).0,
        Ok(Role::Request(_) | Role::Id)
    )
}

/// The parts of the clock times a column's brackets name: `Duration
/// (h:mm)`, `Pace (mm:ss)`, `Time (h:mm:ss)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockForm {
    /// `h:mm` or `hh:mm`: `1:30` is an hour and a half.
    HoursMinutes,
    /// `m:ss` or `mm:ss`: `1:30` is a minute and a half.
    MinutesSeconds,
    /// `h:mm:ss` or `hh:mm:ss`.
    HoursMinutesSeconds,
}

impl ClockForm {
    /// The form `unit` names, in any case; `None` for anything else.
    #[must_use]
    pub fn named(unit: &str) -> Option<Self> {
        const FORMS: [(&str, ClockForm); 6] = [
            ("h:mm", ClockForm::HoursMinutes),
            ("hh:mm", ClockForm::HoursMinutes),
            ("m:ss", ClockForm::MinutesSeconds),
            ("mm:ss", ClockForm::MinutesSeconds),
            ("h:mm:ss", ClockForm::HoursMinutesSeconds),
            ("hh:mm:ss", ClockForm::HoursMinutesSeconds),
        ];
        let unit = unit.trim();
        FORMS
            .iter()
            .find(|(name, _)| unit.eq_ignore_ascii_case(name))
            .map(|&(_, form)| form)
    }
}

/// The units a name may give after a separator, as a number is written
/// with them (`duration_min`, `body_weight_lb`, `hr_bpm`, named the way
/// scripts and wrun's own JSON name fields), and the text each is read as.
/// Letters alone would not do: `pace_group` is a column of its own.
/// Units of several words come first, so that the whole is taken.
const UNIT_SUFFIXES: &[(&str, &str)] = &[
    ("ml_per_kg_min", "ml/kg/min"),
    ("min_per_km", "min/km"),
    ("min_per_mile", "min/mi"),
    ("m_per_min", "m/min"),
    ("m_per_s", "m/s"),
    ("min_per_mi", "min/mi"),
    ("kg", "kg"),
    ("kgs", "kgs"),
    ("lb", "lb"),
    ("lbs", "lbs"),
    ("st", "st"),
    ("cm", "cm"),
    ("m", "m"),
    ("in", "in"),
    ("km", "km"),
    ("mi", "mi"),
    ("miles", "miles"),
    ("s", "s"),
    ("sec", "sec"),
    ("min", "min"),
    ("mins", "mins"),
    ("minutes", "minutes"),
    ("h", "h"),
    ("hours", "hours"),
    ("bpm", "bpm"),
    ("years", "years"),
    ("yrs", "yrs"),
    ("kph", "kph"),
    ("kmh", "kmh"),
    ("mph", "mph"),
    ("percent", "%"),
    ("pct", "%"),
];

/// What may stand between a name and the unit after it.
const UNIT_SEPARATORS: [char; 3] = ['_', ' ', '-'];

/// A column name and the unit it gives in brackets or after an
/// underscore, a space or a hyphen: `Weight (kg)` is `Weight` with `kg`,
/// `Distance [km]` is `Distance` with `km`, `duration_min` is `duration`
/// with `min`, `Duration min` is `Duration` with `min` and
/// `grade_percent` is `grade` with `%`.
#[must_use]
pub fn split_unit(name: &str) -> (&str, Option<&str>) {
    let name = name.trim();
    for (open, close) in [('(', ')'), ('[', ']')] {
        if let Some(inner) = name.strip_suffix(close) {
            if let Some((base, unit)) = inner.rsplit_once(open) {
                let unit = unit.trim();
                if !unit.is_empty() && !base.trim().is_empty() {
                    return (base.trim(), Some(unit));
                }
            }
        }
    }
    for &(written, unit) in UNIT_SUFFIXES {
        let Some(at) = name.len().checked_sub(written.len() + 1) else {
            continue;
        };
        // `get` is `None` inside a character: no unit ends there.
        let suffix = name
            .get(at..)
            .and_then(|tail| tail.strip_prefix(UNIT_SEPARATORS));
        // The same letters, in any case, and any separator between words
        // (`ml per kg min`). Byte by byte: a byte of a character beyond
        // ASCII is none of these.
        let same = |suffix: &str| {
            suffix.bytes().zip(written.bytes()).all(|(typed, unit)| {
                typed.eq_ignore_ascii_case(&unit)
                    || (unit == b'_' && UNIT_SEPARATORS.contains(&char::from(typed)))
            })
        };
        if suffix.is_some_and(same) {
            let base = name[..at].trim();
            if !base.is_empty() {
                return (base, Some(unit));
            }
        }
    }
    (name, None)
}

/// The unit `field`'s bare values are in, where its column or key names
/// `unit`: that unit, or for a pace the distance its minutes are per
/// ([`pace_brackets`]), or none where it says nothing of the distance.
///
/// # Errors
/// What is wrong with a pace's unit that is not a pace's.
pub(super) fn values_unit(field: Field, unit: Option<&str>) -> Result<Option<&str>, String> {
    match (field, unit) {
        (Field::Pace, Some(unit)) => match pace_brackets(unit) {
            PaceBrackets::Per(distance) => Ok(Some(distance)),
            PaceBrackets::Silent => Ok(None),
            PaceBrackets::NotPace => Err(format!(
                "'{unit}' is no pace's unit; a pace's unit names the minutes' distance, km or \
                 mi (Pace (min/km), pace_min_per_km), and speeds go in a speed column (Speed \
                 (km/h))"
            )),
        },
        (_, unit) => Ok(unit),
    }
}

/// The request field a JSON record's key names with a unit (`duration_min`,
/// `Weight (kg)`) for `command`, and the unit its bare values are in, as
/// a CSV column of that name gives them.
///
/// # Errors
/// As [`values_unit`].
pub(super) fn field_with_unit(
    command: BatchCommand,
    key: &str,
) -> Option<(Field, Result<Option<String>, String>)> {
    let (base, unit) = split_unit(key);
    unit?;
    match classify_column(command, base, unit) {
        Ok(Role::Request(field)) => {
            let unit = values_unit(field, unit).map(|unit| unit.map(str::to_owned));
            Some((field, unit))
        }
        _ => None,
    }
}

/// What a pace column's brackets say of its bare times (`6:00`) and
/// numbers (`6`, in minutes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PaceBrackets {
    /// The distance they are per, as a pace writes it: `km` for `min/km`,
    /// `mm:ss/km`, `min per km`, `/kilometre` or `km` alone; `mi` likewise.
    Per(&'static str),
    /// Nothing of the distance: their form (`mm:ss`, `min`) or a label
    /// (`target`, `easy`). The distance is left to the runner's unit, as
    /// for any bare pace, and a warning says so.
    Silent,
    /// A unit that is not a pace's: a speed (`km/h`), or times in seconds
    /// or hours (`sec/km`), which a bare number would be misread as minutes.
    NotPace,
}

/// What a pace column's brackets `unit` say.
fn pace_brackets(unit: &str) -> PaceBrackets {
    let unit = unit.trim().to_ascii_lowercase();
    if crate::parse::parse_speed(&format!("1 {unit}")).is_ok() {
        return PaceBrackets::NotPace;
    }
    let (form, distance) = crate::parse::split_per(&unit).unwrap_or(("", &unit));
    let form = form.trim();
    match crate::parse::pace_per(distance) {
        Some(distance)
            if form.is_empty()
                // Minutes, in words or in a clock's form.
                || crate::parse::MINUTE_WORDS.contains(&form)
                || form == "min:sec"
                || ClockForm::named(form) == Some(ClockForm::MinutesSeconds) =>
        {
            PaceBrackets::Per(distance)
        }
        Some(_) => PaceBrackets::NotPace,
        None => PaceBrackets::Silent,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pace_columns_brackets_name_the_distance_its_times_are_per_or_nothing_of_it() {
        // However the brackets say it.
        for unit in [
            "min/km",
            "mm:ss/km",
            "min per km",
            "Min Per km",
            "per km",
            "km",
            " min / km ",
            "/kilometre",
            "min:sec/km",
            "minutes per km",
        ] {
            assert_eq!(pace_brackets(unit), PaceBrackets::Per("km"), "{unit}");
        }
        for unit in ["mins/mile", "min per mile", "minute/mi", "mi", "MIN/MI"] {
            assert_eq!(pace_brackets(unit), PaceBrackets::Per("mi"), "{unit}");
        }
        // A form or a label says nothing of the distance: it is left to the
        // runner's unit, as for any bare pace.
        for unit in [
            "mm:ss", "MM:SS", "min", "minutes", "target", "easy run", "s/100m",
        ] {
            assert_eq!(pace_brackets(unit), PaceBrackets::Silent, "{unit}");
        }
        // A speed, or times that are not minutes, would be misread.
        for unit in [
            "km/h",
            "mph",
            "kph",
            "miles per hour",
            "sec/km",
            "seconds per mile",
            "h/km",
        ] {
            assert_eq!(pace_brackets(unit), PaceBrackets::NotPace, "{unit}");
        }
    }

    #[test]
    fn each_command_takes_its_own_fields_in_the_order_users_see_them() {
        let keys = |command| fields(command).map(Field::key).collect::<Vec<_>>();
        let plan = keys(BatchCommand::Plan);
        assert_eq!(
            plan,
            [
                "weight",
                "unit",
                "type",
                "level",
                "conditions",
                "increment",
                "weeks",
                "days",
                "start_date",
                "height",
                "age"
            ]
        );
        let recommend = keys(BatchCommand::Recommend);
        assert_eq!(recommend.len(), 20);
        assert!(!recommend.contains(&"weeks"));
        assert_eq!(recommend[..3], ["weight", "unit", "type"]);
        assert_eq!(recommend[17..], ["height", "age", "vo2max"]);
        let compare = keys(BatchCommand::Compare);
        let without_type: Vec<_> = recommend.into_iter().filter(|f| *f != "type").collect();
        assert_eq!(compare, without_type);
    }

    #[test]
    fn a_column_gives_a_unit_in_brackets_only_after_a_name() {
        assert_eq!(split_unit(" Weight (kg) "), ("Weight", Some("kg")));
        assert_eq!(split_unit("Distance [km]"), ("Distance", Some("km")));
        assert_eq!(split_unit("(kg)"), ("(kg)", None));
        assert_eq!(split_unit("Weight ( )"), ("Weight ( )", None));
        assert_eq!(split_unit("Weight (kg"), ("Weight (kg", None));
    }

    #[test]
    fn every_unit_a_name_may_end_in_is_one_the_parsers_read() {
        use crate::parse::{
            parse_age, parse_distance, parse_duration, parse_grade, parse_heart_rate, parse_height,
            parse_mass, parse_pace, parse_speed, parse_vo2max,
        };
        // A name's unit goes after the cell's bare number: some field's
        // parser must read the two together, or the unit is a promise the
        // cells cannot keep.
        for &(written, unit) in UNIT_SUFFIXES {
            let read = ["20", "70", "150"].iter().any(|number| {
                let text = format!("{number}{unit}");
                parse_mass(&text).is_ok()
                    || parse_distance(&text).is_ok()
                    || parse_duration(&text).is_ok()
                    || parse_speed(&text).is_ok()
                    || parse_pace(&text).is_ok()
                    || parse_heart_rate(&text).is_ok()
                    || parse_grade(&text).is_ok()
                    || parse_height(&text).is_ok()
                    || parse_age(&text).is_ok()
                    || parse_vo2max(&text).is_ok()
            });
            assert!(read, "{written}: {unit}");
        }
    }

    #[test]
    fn a_name_gives_a_unit_after_a_separator_only_when_it_is_one() {
        assert_eq!(split_unit("duration_min"), ("duration", Some("min")));
        assert_eq!(split_unit("body_weight_lb"), ("body_weight", Some("lb")));
        assert_eq!(split_unit("Resting_HR_BPM"), ("Resting_HR", Some("bpm")));
        assert_eq!(split_unit("grade_percent"), ("grade", Some("%")));
        assert_eq!(
            split_unit("vo2max_ml_per_kg_min"),
            ("vo2max", Some("ml/kg/min"))
        );
        assert_eq!(split_unit("pace_min_per_km"), ("pace", Some("min/km")));
        assert_eq!(split_unit("Pace min per mile"), ("Pace", Some("min/mi")));
        assert_eq!(split_unit("speed_m_per_min"), ("speed", Some("m/min")));
        assert_eq!(split_unit("é_km"), ("é", Some("km")));
        assert_eq!(split_unit("éé"), ("éé", None));
        // A multi-byte character where a unit would start is no unit.
        assert_eq!(split_unit("aé_kgx"), ("aé_kgx", None));
        assert_eq!(split_unit("x_kgé"), ("x_kgé", None));
        assert_eq!(split_unit("pace_group"), ("pace_group", None));
        // A space or a hyphen does as well, as spreadsheets head columns.
        assert_eq!(split_unit("Duration min"), ("Duration", Some("min")));
        assert_eq!(split_unit("Age - years"), ("Age -", Some("years")));
        assert_eq!(
            split_unit("VO2max ml per kg min"),
            ("VO2max", Some("ml/kg/min"))
        );
        assert_eq!(split_unit("Pace group"), ("Pace group", None));
        // No separator, no unit: `Weights` is not weight in seconds.
        assert_eq!(split_unit("Weights"), ("Weights", None));
        assert_eq!(split_unit("max_hr"), ("max_hr", None));
        assert_eq!(split_unit("_kg"), ("_kg", None));
        // A separator stands between a unit's words, not for its letters.
        assert_eq!(split_unit("weight_k_"), ("weight_k_", None));
        assert_eq!(
            split_unit("vo2max_mlxperxkgxmin"),
            ("vo2max_mlxperxkgxmin", None)
        );
    }

    #[test]
    fn a_key_ending_in_a_unit_names_its_field_and_the_unit_of_its_bare_values() {
        let read = |key| field_with_unit(BatchCommand::Recommend, key);
        let unit = |text: &str| Ok(Some(text.to_owned()));
        assert_eq!(read("duration_min"), Some((Field::Duration, unit("min"))));
        assert_eq!(read("Body weight kg"), Some((Field::Weight, unit("kg"))));
        // A pace's unit gives the distance its bare minutes are per.
        assert_eq!(read("pace_min_per_km"), Some((Field::Pace, unit("km"))));
        let Some((Field::Pace, Err(problem))) = read("pace_kph") else {
            panic!("a pace in km/h is refused: {:?}", read("pace_kph"));
        };
        assert!(problem.starts_with("'kph' is no pace's unit"), "{problem}");
        // No unit, or no field before it: the key is no field's.
        assert_eq!(read("duration"), None);
        assert_eq!(read("note_kg"), None);
        assert_eq!(read("weeks_min"), None, "weeks are plan's, not recommend's");
    }

    #[test]
    fn lookalikes_are_near_misses_of_a_request_field_and_nothing_else() {
        let role = |name| classify(BatchCommand::Recommend, name);
        for (name, field) in [
            ("wieght", "weight"),
            ("Typ", "type"),
            ("weigth", "weight"),
            ("conditons", "conditions"),
            ("restinghr", "resting_hr"),
        ] {
            let role = role(name);
            if field == "resting_hr" {
                assert_eq!(role, Ok(Role::Request(Field::RestingHr)));
            } else {
                assert_eq!(
                    role,
                    Err(format!(
                        "'{name}' looks like '{field}'; name it exactly, or rename it to carry it \
                         through"
                    ))
                );
            }
        }
        for carried in ["name", "team", "email", "notes", "race", "sex", "club"] {
            assert_eq!(role(carried), Ok(Role::Carried), "{carried}");
        }
        assert_eq!(role("ID"), Ok(Role::Id));
        assert_eq!(role("Resting HR"), Ok(Role::Request(Field::RestingHr)));
        for (name, field) in [
            ("Height", Field::Height),
            ("AGE", Field::Age),
            ("VO2max", Field::Vo2max),
            ("Injuries", Field::Conditions),
            ("injury", Field::Conditions),
            ("Condition", Field::Conditions),
            ("Experience", Field::Level),
            ("Experience level", Field::Level),
            ("Goal pace", Field::Pace),
            ("Target pace", Field::Pace),
            ("Avg Pace", Field::Pace),
            ("Average speed", Field::Speed),
            ("Vest weight", Field::Load),
            ("Weight carried", Field::Load),
            ("Added weight", Field::Load),
        ] {
            assert_eq!(role(name), Ok(Role::Request(field)), "{name}");
        }
        assert_eq!(
            classify(BatchCommand::Plan, "Weeks"),
            Ok(Role::Request(Field::Weeks))
        );
        assert_eq!(classify(BatchCommand::Compare, "type"), Ok(Role::Carried));
    }

    #[test]
    fn a_plan_reads_its_calendar_columns_and_carries_a_state() {
        let plan = |name| classify(BatchCommand::Plan, name);
        for (name, field) in [
            ("days", Field::Days),
            ("Run days", Field::Days),
            ("Training days", Field::Days),
            ("start", Field::Start),
            ("Start date", Field::Start),
            ("First day", Field::Start),
            ("Weekdays", Field::Days),
            ("Starting date", Field::Start),
            ("Plan start", Field::Start),
        ] {
            assert_eq!(plan(name), Ok(Role::Request(field)), "{name}");
        }
        // A US roster's `State` is two edits from `start`, but not from the
        // field's key: it is carried, not refused as a misspelling.
        assert_eq!(plan("State"), Ok(Role::Carried));
        // A start load is no first day.
        for load in ["Start (lb)", "start_kg", "start_percent", "Start (%)"] {
            assert_eq!(
                column_role(BatchCommand::Plan, load).0,
                Ok(Role::Carried),
                "{load}"
            );
        }
        assert_eq!(
            column_role(BatchCommand::Plan, "Start (date)").0,
            Ok(Role::Request(Field::Start))
        );
        // Days counted are no weekdays.
        for count in ["Days (per week)", "Days (#)", "Days (n)"] {
            assert_eq!(
                column_role(BatchCommand::Plan, count).0,
                Ok(Role::Carried),
                "{count}"
            );
        }
        assert_eq!(
            column_role(BatchCommand::Plan, "Run days (e.g. Mon, Thu)").0,
            Ok(Role::Request(Field::Days))
        );
        // The calendar is a plan's: a run's answer carries the columns.
        assert_eq!(classify(BatchCommand::Recommend, "days"), Ok(Role::Carried));
        assert_eq!(
            classify(BatchCommand::Recommend, "start"),
            Ok(Role::Carried)
        );
    }

    #[test]
    fn heart_rates_headed_as_physiologists_and_watches_head_them_are_read() {
        let role = |name| classify(BatchCommand::Recommend, name);
        for (name, field) in [
            ("HRmax", Field::MaxHr),
            ("HR max", Field::MaxHr),
            ("MHR", Field::MaxHr),
            ("HRmax (bpm)", Field::MaxHr),
            ("RHR", Field::RestingHr),
            ("HRrest", Field::RestingHr),
        ] {
            let (base, _) = split_unit(name);
            assert_eq!(role(base), Ok(Role::Request(field)), "{name}");
        }
    }

    #[test]
    fn a_forms_question_names_the_field_it_asks_for() {
        let role = |name| classify(BatchCommand::Recommend, name);
        for (name, field) in [
            ("Any injuries?", Field::Conditions),
            ("Medical conditions:", Field::Conditions),
            ("Health conditions *", Field::Conditions),
            ("Your weight", Field::Weight),
            ("My body weight", Field::Weight),
            ("Running experience?", Field::Level),
            ("Type of weight", Field::Type),
            ("Your goal pace", Field::Pace),
        ] {
            assert_eq!(role(name), Ok(Role::Request(field)), "{name}");
        }
        // A question misspelling its field is a lookalike, as the field is.
        assert_eq!(
            role("Your wieght?"),
            Err(
                "'Your wieght?' looks like 'weight'; name it exactly, or rename it to carry it \
                 through"
                    .to_owned()
            )
        );
        // The question's word alone, or before anything else, is carried.
        for carried in [
            "Your name",
            "Any notes?",
            "Anything else?",
            "Mystery",
            "Your",
            "Any",
        ] {
            assert_eq!(role(carried), Ok(Role::Carried), "{carried}");
        }
    }

    #[test]
    fn a_columns_brackets_name_a_clock_form_in_any_case_and_nothing_else() {
        assert_eq!(ClockForm::named("h:mm"), Some(ClockForm::HoursMinutes));
        assert_eq!(ClockForm::named(" HH:MM "), Some(ClockForm::HoursMinutes));
        assert_eq!(ClockForm::named("mm:ss"), Some(ClockForm::MinutesSeconds));
        assert_eq!(
            ClockForm::named("H:MM:SS"),
            Some(ClockForm::HoursMinutesSeconds)
        );
        for unit in ["min", "h", "mm", "hh:mm am/pm", "min:sec", ""] {
            assert_eq!(ClockForm::named(unit), None, "{unit}");
        }
    }

    #[test]
    fn a_column_headed_time_is_the_duration_only_when_its_brackets_name_a_span_of_time() {
        let column = |command, name: &str| {
            let (base, unit) = split_unit(name);
            classify_column(command, base, unit)
        };
        let duration = Ok(Role::Request(Field::Duration));
        for name in [
            "Time (min)",
            "time (minutes)",
            "Time [s]",
            "Time (h)",
            "Time (mm:ss)",
            "Time (h:mm:ss)",
        ] {
            assert_eq!(column(BatchCommand::Recommend, name), duration, "{name}");
        }
        for name in ["Time", "Time (am/pm)", "Time (UTC)", "Start time (min)"] {
            assert_eq!(
                column(BatchCommand::Recommend, name),
                Ok(Role::Carried),
                "{name}"
            );
        }
        // A plan takes no run.
        assert_eq!(column(BatchCommand::Plan, "Time (min)"), Ok(Role::Carried));
        assert_eq!(column(BatchCommand::Compare, "Time (min)"), duration);
        assert_eq!(column(BatchCommand::Recommend, "Duration (min)"), duration);
    }
}
