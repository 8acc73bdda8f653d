//! A CSV roster's header: what each column is (a request field, the `id`
//! or carried), the unit its brackets give, and how its cells are read.

use std::borrow::Cow;
use std::fmt::Write as _;

use super::names::{self, ClockForm, Role};
use super::record::Given;
use crate::cli::{BatchCommand, Field};
use crate::input::CodePage;
use crate::parse::WorkoutError;

/// What each column of a CSV input is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub(super) roles: Vec<Role>,
    /// For each column, the unit its name gives in brackets (`Weight (kg)`),
    /// which bare numbers in it are read in; for a pace column, the
    /// distance its brackets name (`km` for `Pace (min/km)`), if any.
    pub(super) units: Vec<Option<String>>,
    /// For each column, its name as the header writes it, which messages
    /// about its cells use.
    pub(super) names: Vec<String>,
    pub(super) carried_names: Vec<String>,
    /// What a cell that is not UTF-8 is read in.
    pub(super) code_page: CodePage,
}

/// The carried columns' names made distinct, so that no value is lost to
/// a repeated key in `extra`: a blank name becomes `column_N` (its place
/// in the header, from 1), and a name seen before gets `_2`, `_3` and so on
/// (the first keeps its name), each skipping any name already taken.
fn distinct_names(names: Vec<String>, roles: &[Role]) -> Vec<String> {
    let places = roles
        .iter()
        .enumerate()
        .filter(|(_, role)| **role == Role::Carried)
        .map(|(place, _)| place + 1);
    let mut taken: Vec<String> = Vec::with_capacity(names.len());
    for (name, place) in names.into_iter().zip(places) {
        let base = if name.is_empty() {
            format!("column_{place}")
        } else {
            name
        };
        let name = free_name(&base, |candidate| taken.iter().any(|t| t == candidate));
        taken.push(name);
    }
    taken
}

/// `base`, or else the first of `base_2`, `base_3`… that is not `taken`:
/// how a carried column gets a name of its own.
pub(super) fn free_name(base: &str, taken: impl Fn(&str) -> bool) -> String {
    let mut candidate = base.to_owned();
    let mut n = 1;
    while taken(&candidate) {
        n += 1;
        candidate = format!("{base}_{n}");
    }
    candidate
}

/// A cell of a CSV row as text: a carriage return left by a CRLF line end
/// is dropped, and a cell that is not UTF-8 is read in the file's
/// `code_page`.
pub(super) fn cell_text(code_page: CodePage, cell: &[u8]) -> Cow<'_, str> {
    code_page.cell_text(cell.strip_suffix(b"\r").unwrap_or(cell))
}

/// The field a request cell of `field`'s column gives: its text trimmed,
/// nothing when it is empty. The `unit` the column names in brackets goes
/// to a cell that names none: a bare number (`58,5` in `Weight (kg)` is in
/// kg) and, in a pace column, a pace that names no distance (`6:00`, `6`
/// or `6:00 min` in `Pace (min/km)` is per kilometre; alone it would be
/// read per mile or per kilometre by the runner's unit), the header having
/// read the distance out of the brackets ([`names::values_unit`]). A duration
/// column that names the two parts of its clock times (`Duration (h:mm)`,
/// `(mm:ss)`) says what `1:30` is, which alone is refused as either.
// Kept out of line: inlined, it made `Batch::answer` too large to be
// inlined into the workers' loop, and NDJSON batches, which never call it,
// ran 6 % slower (bench/RESULTS.md, stop 55).
#[inline(never)]
pub(super) fn request_cell<'a>(cell: Cow<'a, str>, field: Field, unit: Option<&str>) -> Given<'a> {
    let text = match cell {
        Cow::Borrowed(text) => Cow::Borrowed(text.trim()),
        Cow::Owned(text) => Cow::Owned(text.trim().to_owned()),
    };
    if text.is_empty() {
        return Given::Null;
    }
    let Some(unit) = unit else {
        return Given::Text(text);
    };
    let read = |read: String| Given::InColumnUnit {
        typed: text.clone(),
        read: Cow::Owned(read),
    };
    if field == Field::Pace {
        // A pace that names no distance, as the parser reads one (`6:00`,
        // `6`, `6:00 min`), is per the one the header read out of the
        // brackets.
        if crate::parse::parse_pace(&text) == Err(WorkoutError::PaceWithoutUnit) {
            return read(format!("{text}/{unit}"));
        }
        return Given::Text(text);
    }
    if crate::parse::is_decimal(&text) {
        return read(format!("{text}{unit}"));
    }
    let clock = text
        .bytes()
        .all(|byte| byte.is_ascii_digit() || byte == b':' || byte == b'.');
    if field == Field::Duration && clock {
        // Two parts, `1:30`; a three-part time names its parts itself. A
        // time no clock shows (`1:75`) is left for the parser to refuse.
        let a_clock_time = crate::parse::parse_duration(&text).is_ok();
        if let Some((first, second)) = text
            .split_once(':')
            .filter(|(_, second)| !second.contains(':') && a_clock_time)
        {
            match ClockForm::named(unit) {
                Some(ClockForm::HoursMinutes) => return read(format!("{first}h{second}")),
                Some(ClockForm::MinutesSeconds) => return read(format!("{first}m{second}s")),
                _ => {}
            }
        }
    }
    Given::Text(text)
}

impl Header {
    /// Reads a CSV header row for `command`, of a file whose cells that are
    /// not UTF-8 are in `code_page`; with `kind_given` (`--type`), a type
    /// column may be left out.
    ///
    /// # Errors
    /// Every problem with it, in one line: a column that looks like a
    /// misspelt request field, a column given twice, a required one missing.
    pub fn new(
        command: BatchCommand,
        kind_given: bool,
        cells: &csv::ByteRecord,
        code_page: CodePage,
    ) -> Result<Self, String> {
        let cell_text = |cell| cell_text(code_page, cell);
        let mut problems = Vec::new();
        let mut roles: Vec<Role> = Vec::new();
        let mut units = Vec::new();
        let mut names = Vec::new();
        let mut carried_names = Vec::new();
        for cell in cells {
            let name = cell_text(cell);
            let name = name.trim();
            names.push(name.to_owned());
            // `Weight (kg)`: the weight column, its bare numbers in kg.
            let (role, unit) = names::column_role(command, name);
            let unit = match role {
                Ok(Role::Request(field)) => {
                    names::values_unit(field, unit).unwrap_or_else(|problem| {
                        problems.push(format!("column '{name}': {problem}"));
                        None
                    })
                }
                _ => None,
            };
            units.push(unit.map(str::to_owned));
            let role = match role {
                Ok(role) => role,
                Err(lookalike) => {
                    problems.push(format!("column {lookalike}"));
                    Role::Carried
                }
            };
            let earlier = roles.iter().position(|seen| *seen == role);
            if let Some(first) = earlier.filter(|_| role != Role::Carried) {
                let first = &names[first];
                problems.push(if first == name {
                    format!("column '{name}' is given twice")
                } else {
                    let key = match role {
                        Role::Request(field) => field.key(),
                        _ => "id",
                    };
                    format!("columns '{first}' and '{name}' are both '{key}'")
                });
            }
            if role == Role::Carried {
                carried_names.push(name.to_owned());
            }
            roles.push(role);
        }
        let carried_names = distinct_names(carried_names, &roles);
        problems.extend(missing_columns(
            command, kind_given, &roles, cells, code_page,
        ));
        if problems.is_empty() {
            Ok(Self {
                roles,
                units,
                names,
                carried_names,
                code_page,
            })
        } else {
            Err(problems.join("; "))
        }
    }
}

/// The required columns (`weight`, and `type` for a command that needs a
/// kind and is given none with `--type`) that `roles` lack, in one line
/// naming the columns there are; `None` when none is missing.
fn missing_columns(
    command: BatchCommand,
    kind_given: bool,
    roles: &[Role],
    cells: &csv::ByteRecord,
    code_page: CodePage,
) -> Option<String> {
    let cell_text = |cell| cell_text(code_page, cell);
    let missing: Vec<Field> = [Field::Weight, Field::Type]
        .into_iter()
        .filter(|&required| {
            names::fields(command).any(|field| field == required)
                && !roles.contains(&Role::Request(required))
                && !(required == Field::Type && kind_given)
        })
        .collect();
    if missing.is_empty() {
        return None;
    }
    let named: Vec<String> = missing
        .iter()
        .map(|field| format!("'{}'", field.key()))
        .collect();
    let seen: Vec<String> = cells
        .iter()
        .map(|cell| format!("'{}'", cell_text(cell).trim()))
        .collect();
    let mut problem = format!(
        "no {} column; the columns are {}",
        named.join(" or "),
        seen.join(", ")
    );
    if cells.iter().any(|cell| std::str::from_utf8(cell).is_err()) {
        let _ = write!(
            problem,
            " (not UTF-8, read as {}: give --encoding with the file's encoding, \
             like windows-1250 or shift_jis)",
            code_page.name()
        );
    }
    if missing.contains(&Field::Type) {
        let _ = write!(problem, " (or give {} for every row)", Field::Type.flag());
    }
    Some(problem)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a CSV cell holding `text` gives in `field`'s column, whose header
    /// names `unit` in brackets, as text (or the `Given` it is, in words).
    fn read_cell(text: &'static str, field: Field, unit: Option<&str>) -> String {
        match request_cell(Cow::Borrowed(text), field, unit) {
            Given::Text(text) | Given::InColumnUnit { read: text, .. } => text.into_owned(),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn a_request_cell_is_trimmed_an_empty_one_is_absent_and_a_bare_number_takes_its_columns_unit() {
        let weight = Field::Weight;
        assert_eq!(read_cell("  ", weight, None), "Null");
        assert_eq!(read_cell(" vest ", Field::Type, None), "vest");
        assert_eq!(read_cell(" 58,5 ", weight, Some("kg")), "58,5kg");
        assert_eq!(read_cell("60lb", weight, Some("kg")), "60lb");
        // A cell read as Windows-1252, with the no-break space Excel can write.
        let read = crate::input::CodePage::Windows1252.cell_text(b"58,5\xa0");
        assert_eq!(
            request_cell(read, weight, Some("kg")),
            Given::InColumnUnit {
                typed: Cow::Borrowed("58,5"),
                read: Cow::Borrowed("58,5kg")
            }
        );
    }

    #[test]
    fn a_bare_time_or_number_in_a_pace_column_is_per_the_distance_its_header_names() {
        let pace = Field::Pace;
        assert_eq!(read_cell("6:00", pace, Some("km")), "6:00/km");
        assert_eq!(read_cell("5:30.5", pace, Some("mi")), "5:30.5/mi");
        // A number is in minutes.
        assert_eq!(read_cell("6", pace, Some("km")), "6/km");
        assert_eq!(read_cell("6,5", pace, Some("mi")), "6,5/mi");
        // However the time is written.
        assert_eq!(read_cell("6:00 min", pace, Some("km")), "6:00 min/km");
        assert_eq!(read_cell("6'00\"", pace, Some("km")), "6'00\"/km");
        // A pace that names its distance keeps it.
        assert_eq!(read_cell("9:40/mi", pace, Some("km")), "9:40/mi");
        assert_eq!(
            read_cell("9:40 per mile", pace, Some("km")),
            "9:40 per mile"
        );
        // Brackets that name no distance leave it bare.
        assert_eq!(read_cell("6:00", pace, None), "6:00");
        // A clock time is a whole duration: minutes and seconds, not minutes.
        assert_eq!(read_cell("30:00", Field::Duration, Some("min")), "30:00");
        assert_eq!(read_cell("30", Field::Duration, Some("min")), "30min");
    }

    #[test]
    fn a_duration_column_that_names_its_clock_parts_says_what_a_two_part_time_is() {
        let duration = |text, unit| read_cell(text, Field::Duration, Some(unit));
        assert_eq!(duration("1:30", "h:mm"), "1h30");
        assert_eq!(duration("0:45", "HH:MM"), "0h45");
        assert_eq!(duration("1:30", "mm:ss"), "1m30s");
        assert_eq!(duration("45:00", "m:ss"), "45m00s");
        // A three-part time names its parts itself; a header that does not
        // name two leaves a two-part time for the parser to refuse as either.
        assert_eq!(duration("1:05:00", "h:mm"), "1:05:00");
        assert_eq!(duration("1:30", "hh:mm:ss"), "1:30");
        // A second part that no clock shows is left for the parser to refuse;
        // a fraction of a second is a clock's.
        assert_eq!(duration("1:75", "h:mm"), "1:75");
        assert_eq!(duration("1:5", "h:mm"), "1:5");
        assert_eq!(duration("30:60", "mm:ss"), "30:60");
        assert_eq!(duration("30:15.5", "mm:ss"), "30m15.5s");
        // Only a duration column reads its header so.
        assert_eq!(read_cell("1:30", Field::Weight, Some("h:mm")), "1:30");
    }
}
