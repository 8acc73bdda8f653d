//! `wrun route` as text: the verdict, the course in a few rows, the
//! splits, the elevation profile, then notes, warnings and tips.

use std::io::{self, Write};

use super::recommend::{capacity_row, notes};
use super::{
    BOLD, DIM, Page, body_share, both_units, heading, item_plain, row, runner, title, verdict,
};
use crate::guidance::course::{Carried, Course, CourseHeart, Split, Steep, held_at_slowest};
use crate::guidance::{
    ChosenLoad, Decimal, METRES_PER_FOOT, METRES_PER_MILE, Speed, SpeedUnit, Unit, advice, clock,
    round1, round2,
};
use crate::render::json::RouteFile;

/// Rows of the elevation profile.
const PROFILE_ROWS: usize = 6;
/// Columns left of the profile, for the elevation labels.
const PROFILE_GUTTER: usize = 7;
/// Eighths of a block, lowest first.
const BLOCKS: [char; 9] = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// How `unit` measures distance, climb and pace.
struct Units {
    metres_per: f64,
    name: &'static str,
    climb_per_metre: f64,
    climb: &'static str,
    pace: SpeedUnit,
}

impl Units {
    const fn of(unit: Unit) -> Self {
        match unit {
            Unit::Kg => Self {
                metres_per: 1000.0,
                name: "km",
                climb_per_metre: 1.0,
                climb: "m",
                pace: SpeedUnit::PerKm,
            },
            Unit::Lb => Self {
                metres_per: METRES_PER_MILE,
                name: "mi",
                climb_per_metre: 1.0 / METRES_PER_FOOT,
                climb: "ft",
                pace: SpeedUnit::PerMile,
            },
        }
    }

    /// `metres` in miles or kilometres, or, short of a tenth of one, in
    /// feet or metres: a 6 m recording is `20 ft`, not `0 mi`.
    fn distance(&self, metres: f64) -> String {
        let length = metres / self.metres_per;
        if metres > 0.0 && length < 0.1 {
            return self.climb(metres);
        }
        format!("{} {}", Decimal(round2(length)), self.name)
    }

    fn climb(&self, metres: f64) -> String {
        format!(
            "{} {}",
            Decimal((metres * self.climb_per_metre).round()),
            self.climb
        )
    }

    fn pace(&self, speed: Speed) -> String {
        speed.show(self.pace)
    }
}

/// Writes `course`, read from `file`, as text for a runner reading in `unit`.
///
/// # Errors
/// Any error writing to `out`.
pub fn course<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
    file: &RouteFile<'_>,
    course: &Course,
    unit: Unit,
) -> io::Result<()> {
    let units = Units::of(unit);
    let answer = &course.answer;
    heading(
        out,
        &format!(
            "{} on {} ({}), for {}",
            title(answer.request.weight_type),
            kind(file, course),
            file.format.name(),
            runner(&answer.request, answer.walking)
        ),
    )?;
    writeln!(out)?;
    verdict(out, answer)?;
    writeln!(out)?;
    summary(out, course, unit)?;
    splits(out, course, &units)?;
    profile(out, course, &units)?;
    let mut file_notes = file.notes.iter().peekable();
    if file_notes.peek().is_some() || !course.notes.is_empty() {
        writeln!(out)?;
        writeln!(out, "{BOLD}Notes{BOLD:#}")?;
        for note in file_notes {
            item_plain(out, "  - ", 4, &note.text())?;
        }
        for note in &course.notes {
            super::item(out, "  - ", 4, &note.message.text(), note.source)?;
        }
    }
    notes(out, "Warnings", &answer.warnings, true)?;
    notes(out, "Tips", &answer.tips, false)
}

/// Writes `course` in brief: the verdict on one line, the course in its
/// summary rows, then every finding that set the verdict and what wrun read
/// into the input.
///
/// # Errors
/// Any error writing to `out`.
pub fn brief_course<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
    file: &RouteFile<'_>,
    course: &Course,
    unit: Unit,
) -> io::Result<()> {
    let answer = &course.answer;
    let about = format!(
        "{} on {} ({})",
        title(answer.request.weight_type),
        kind(file, course),
        file.format.name()
    );
    super::brief::verdict_line(out, &about, answer.verdict)?;
    // What wrun made of the file, as the brief forms say what they read
    // into the input: a ride, or a TCX course, read as its course only.
    let read_as_course = file.notes.iter().filter(|note| {
        [advice::FILE_NOT_ON_FOOT, advice::FILE_TCX_COURSE].contains(&note.template)
    });
    for note in read_as_course {
        row(out, "File", &note.text(), None)?;
    }
    summary(out, course, unit)?;
    super::brief::findings(out, &answer.warnings, &answer.verdict_because)
}

/// What kind of course it is, in words: `a recorded walk`, `a planned
/// course`. A recording is what its file says was done, else a walk or a
/// run as it was judged.
fn kind(file: &RouteFile<'_>, course: &Course) -> String {
    if course.recorded {
        let judged = super::outing(course.answer.walking);
        format!("a recorded {}", file.outing.unwrap_or(judged))
    } else {
        "a planned course".to_owned()
    }
}

/// The rows that sum up the course: what is carried, its shape, time,
/// pace, energy, heart rate and whether the runner can hold it.
fn summary<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
    course: &Course,
    unit: Unit,
) -> io::Result<()> {
    let units = Units::of(unit);
    let answer = &course.answer;
    let source = match course.carried {
        Carried::Vest(_) => ChosenLoad::SOURCE,
        Carried::Limbs { calories, .. } => calories.source,
    };
    row(out, "Carrying", &carried(course, unit), Some(source))?;
    let other = Units::of(match unit {
        Unit::Kg => Unit::Lb,
        Unit::Lb => Unit::Kg,
    });
    let mut shape = format!(
        "{} ({})",
        units.distance(course.distance_m),
        other.distance(course.distance_m)
    );
    if course.has_elevation {
        shape = format!(
            "{shape}, up {} (raw GPS sum {}), down {}",
            units.climb(course.ascent_m),
            units.climb(course.raw_ascent_m),
            units.climb(course.descent_m)
        );
    } else {
        shape.push_str(", flat (no elevation in the file)");
    }
    row(out, "Course", &shape, Some(Course::ELEVATION_SOURCE))?;
    time_rows(out, course, &units)?;
    energy_row(out, course)?;
    heart_row(out, course)?;
    if let Some(capacity) = &answer.capacity {
        capacity_row(out, capacity)?;
    }
    Ok(())
}

/// What the runner carries, in words.
fn carried(course: &Course, unit: Unit) -> String {
    let answer = &course.answer;
    match course.carried {
        Carried::Vest(mass) => {
            let share = mass.percent_of(answer.request.body_weight);
            format!("{}{}", both_units(mass, unit), body_share(share))
        }
        Carried::Limbs { load, calories } => {
            let ankle = answer.request.weight_type == crate::guidance::WeightType::Ankle;
            let what = match (load, ankle) {
                (Some(mass), true) => format!("{} on each ankle", both_units(mass, unit)),
                (Some(mass), false) => format!("{} in each hand", both_units(mass, unit)),
                (None, true) => "ankle weights".to_owned(),
                (None, false) => "hand or wrist weights".to_owned(),
            };
            let percent = calories.range.middle();
            let middle = if calories.range.min < calories.range.max {
                format!(", the middle of +{} %", calories.range)
            } else {
                String::new()
            };
            format!("{what}: +{} % energy{middle}", Decimal(round1(percent)))
        }
    }
}

/// The energy row: without the load, with it, and the difference.
fn energy_row<W: Write + ?Sized>(out: &mut Page<'_, W>, course: &Course) -> io::Result<()> {
    // The share from the figures as worked out; the kilocalories whole,
    // rounded once, so that the difference is that of the totals printed.
    let percent = if course.unloaded_kcal > 0.0 {
        (course.loaded_kcal - course.unloaded_kcal) / course.unloaded_kcal * 100.0
    } else {
        0.0
    };
    let (unloaded, loaded) = (course.unloaded_kcal.round(), course.loaded_kcal.round());
    let extra = loaded - unloaded;
    let energy = format!(
        "{} kcal without the load, {} with it: {}{} kcal ({}{} %)",
        Decimal(unloaded),
        Decimal(loaded),
        if extra >= 0.0 { "+" } else { "" },
        Decimal(extra),
        if percent >= 0.0 { "+" } else { "" },
        Decimal(round1(percent))
    );
    row(out, "Energy", &energy, Some(course.energy_source()))
}

/// The time rows: moving and elapsed time and the adjusted pace of a
/// recorded run, or the predicted times of a planned course.
fn time_rows<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
    course: &Course,
    units: &Units,
) -> io::Result<()> {
    let speed = |seconds: f64| {
        (seconds > 0.0).then(|| Speed::from_m_per_min(course.distance_m / seconds * 60.0))
    };
    if course.recorded {
        let mut text = format!("{} moving", clock(course.seconds));
        if let Some(elapsed) = course.elapsed_seconds {
            if !course.stops.is_empty() {
                text = format!(
                    "{text}, {} elapsed ({} stop{})",
                    clock(elapsed),
                    course.stops.len(),
                    if course.stops.len() == 1 { "" } else { "s" }
                );
            }
        }
        row(out, "Time", &text, Some(Course::FIXES_SOURCE))?;
        if let (Some(pace), Some(adjusted)) = (speed(course.seconds), course.adjusted_speed) {
            let carried = if course.recorded_without_load {
                "unloaded"
            } else {
                "with the load"
            };
            let slower = if held_at_slowest(adjusted) {
                "slower than "
            } else {
                ""
            };
            let text = format!(
                "{} {carried}; the same effort on the flat without weight: {slower}{}",
                units.pace(pace),
                units.pace(adjusted)
            );
            row(out, "Pace", &text, Some(Course::EFFORT_SOURCE))?;
        }
    } else {
        // The runner's pace as the course's unit has it, and as they gave
        // it where that is in the other unit.
        let given = course.answer.request.speed_unit;
        let typed = given.filter(|typed| typed.is_imperial() != units.pace.is_imperial());
        let flat = course
            .flat_speed
            .map(|speed| match typed {
                Some(typed) => format!("{} ({})", units.pace(speed), speed.show(typed)),
                None => units.pace(speed),
            })
            .unwrap_or_default();
        let unloaded = course.unloaded_seconds.unwrap_or_default();
        let text = format!(
            "{} with the load, {} without, at the effort of {flat} on the flat",
            clock(course.seconds),
            clock(unloaded)
        );
        row(out, "Predicted", &text, Some(Course::EFFORT_SOURCE))?;
        if let Some(pace) = speed(course.seconds) {
            row(
                out,
                "Pace",
                &format!("{} with the load", units.pace(pace)),
                None,
            )?;
        }
    }
    Ok(())
}

/// The heart-rate row: measured, and estimated with and without the load.
fn heart_row<W: Write + ?Sized>(out: &mut Page<'_, W>, course: &Course) -> io::Result<()> {
    let (Some(heart), Some((loaded, unloaded))) = (&course.heart, course.heart_rates()) else {
        return Ok(());
    };
    let basis = match heart.line.fit {
        Some((n, r2)) => format!("your own response: {n} steady minutes, r² {r2:.2}"),
        None => "the generic model".to_owned(),
    };
    let text = match heart.measured_bpm {
        Some(measured) if course.recorded_without_load => format!(
            "{} bpm measured; with the load about {} ({basis})",
            Decimal(measured.round()),
            Decimal(loaded.round())
        ),
        Some(measured) => format!(
            "{} bpm measured; without the load about {} ({basis})",
            Decimal(measured.round()),
            Decimal(unloaded.round())
        ),
        None => format!(
            "about {} bpm with the load, {} without ({basis})",
            Decimal(loaded.round()),
            Decimal(unloaded.round())
        ),
    };
    row(out, "Heart rate", &text, Some(CourseHeart::SOURCE))
}

/// The split table, narrower on a narrow page.
fn splits<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
    course: &Course,
    units: &Units,
) -> io::Result<()> {
    // Every column takes 61 characters; narrower, heart rate and energy
    // go, and under 46 the climb too. A course with no heart rate at all
    // has no heart-rate column.
    let wide = out.width() >= 61;
    let climb = out.width() >= 46;
    writeln!(out)?;
    writeln!(out, "{BOLD}Splits{BOLD:#}")?;
    let (third, fourth) = if course.recorded {
        ("pace", "flat eq.")
    } else {
        ("no load", "pace")
    };
    let heart = course
        .splits
        .iter()
        .any(|split| split_heart(split, course).is_some());
    let mut head = format!(
        "{:>6}  {:>7}  {:>8}  {:>8}",
        units.name, "time", third, fourth
    );
    if climb {
        head = format!("{head}  {:>9}", "climb");
    }
    if wide && heart {
        let name = if measured_heart(course) {
            "hr"
        } else {
            "hr est"
        };
        head = format!("{head}  {name:>6}");
    }
    if wide {
        head = format!("{head}  {:>5}", "kcal");
    }
    writeln!(out, "{DIM}{head}{DIM:#}")?;
    let columns = Columns {
        climb,
        heart: wide && heart,
        kcal: wide,
    };
    let kcal: Vec<f64> = course
        .splits
        .iter()
        .map(|split| split.loaded_kcal)
        .collect();
    // The total the Energy row prints, whatever a float sum of the splits
    // comes to.
    let total = course.loaded_kcal.round();
    for (split, kcal) in course.splits.iter().zip(whole_adding_up(&kcal, total)) {
        writeln!(out, "{}", split_line(split, course, units, columns, kcal))?;
    }
    Ok(())
}

/// `values` rounded to whole numbers that add up to `total`, their sum as
/// printed: each rounded on its own, then, where those miss the total, the
/// ones nearest to rounding the other way rounded so, one each (the
/// largest remainder method), so that a column adds up to the total
/// printed beside it.
fn whole_adding_up(values: &[f64], total: f64) -> Vec<f64> {
    let mut whole: Vec<f64> = values.iter().map(|value| value.round()).collect();
    let missing = total - whole.iter().sum::<f64>();
    let step = missing.signum();
    // What rounding took off each (up to a half), most first when the
    // rounded values fall short, least first when they overshoot.
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| {
        let (taken_a, taken_b) = (values[a] - whole[a], values[b] - whole[b]);
        (taken_b * step).total_cmp(&(taken_a * step))
    });
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let count = missing.abs() as usize;
    for &index in order.iter().take(count) {
        whole[index] += step;
    }
    whole
}

/// Which of the optional columns the split table shows.
#[derive(Clone, Copy)]
struct Columns {
    climb: bool,
    heart: bool,
    kcal: bool,
}

/// Whether the split table shows the heart rate the file holds (a run
/// recorded with the load, with a heart rate) rather than the one
/// estimated with the load.
fn measured_heart(course: &Course) -> bool {
    course.recorded
        && !course.recorded_without_load
        && course
            .heart
            .as_ref()
            .is_some_and(|heart| heart.measured_bpm.is_some())
}

/// The heart rate a split's row shows: see [`measured_heart`].
fn split_heart(split: &Split, course: &Course) -> Option<f64> {
    if measured_heart(course) {
        split.heart_rate
    } else {
        split.loaded_heart_rate
    }
}

/// A row of the split table; `kcal` is the split's whole kilocalories as
/// the table shows them.
fn split_line(
    split: &Split,
    course: &Course,
    units: &Units,
    columns: Columns,
    kcal: f64,
) -> String {
    let label = split_label(split, units);
    let pace = split
        .speed()
        .map(|s| clock_pace(s, units))
        .unwrap_or_default();
    let (third, fourth) = if course.recorded {
        (
            pace,
            split
                .adjusted_speed
                .map(|s| {
                    let slower = if held_at_slowest(s) { ">" } else { "" };
                    format!("{slower}{}", clock_pace(s, units))
                })
                .unwrap_or_default(),
        )
    } else {
        (split.unloaded_seconds.map(clock).unwrap_or_default(), pace)
    };
    let climb = format!(
        "+{} -{}",
        Decimal((split.ascent_m * units.climb_per_metre).round()),
        Decimal((split.descent_m * units.climb_per_metre).round())
    );
    let mut line = format!(
        "{label:>6}  {:>7}  {third:>8}  {fourth:>8}",
        clock(split.seconds)
    );
    if columns.climb {
        line = format!("{line}  {climb:>9}");
    }
    if columns.heart {
        let heart = split_heart(split, course)
            .map(|bpm| Decimal(bpm.round()).to_string())
            .unwrap_or_default();
        line = format!("{line}  {heart:>6}");
    }
    if columns.kcal {
        line = format!("{line}  {:>5}", Decimal(kcal));
    }
    line
}

/// Where `split` ends, in the heading's unit. A split too short to move
/// that figure, as when a route ends a few metres past its last whole
/// kilometre, gives its own length in feet or metres instead: `+3 m`.
fn split_label(split: &Split, units: &Units) -> String {
    let end = round2((split.start_m + split.distance_m) / units.metres_per);
    if end > round2(split.start_m / units.metres_per) {
        return Decimal(end).to_string();
    }
    let more = if split.start_m > 0.0 { "+" } else { "" };
    format!("{more}{}", units.climb(split.distance_m))
}

/// A pace as `m:ss`, the unit being in the column's heading.
fn clock_pace(speed: Speed, units: &Units) -> String {
    clock(match units.pace {
        SpeedUnit::PerMile => speed.seconds_per_mile(),
        _ => speed.seconds_per_km(),
    })
}

/// The elevation profile, as wide as the page, with the steepest
/// stretches marked beneath it: ▲ up, ▼ down.
fn profile<W: Write + ?Sized>(
    out: &mut Page<'_, W>,
    course: &Course,
    units: &Units,
) -> io::Result<()> {
    let Some((low, high)) = course.elevation_range else {
        return Ok(());
    };
    let columns = out.width().saturating_sub(PROFILE_GUTTER).max(10);
    let heights = column_heights(&course.profile, course.distance_m, columns);
    let span = (high - low).max(1.0);
    let eighths: Vec<usize> = heights
        .iter()
        .map(|&height| {
            // 1 to rows × 8 eighths: the lowest point still shows.
            let share = ((height - low) / span).clamp(0.0, 1.0);
            1 + scaled(share, PROFILE_ROWS * 8 - 1)
        })
        .collect();
    writeln!(out)?;
    writeln!(
        out,
        "{BOLD}Profile{BOLD:#} {DIM}(elevation, {}){DIM:#}",
        units.climb
    )?;
    let label = |metres: f64| Decimal((metres * units.climb_per_metre).round()).to_string();
    for row in (0..PROFILE_ROWS).rev() {
        let tag = match row {
            // The height the top row stands for: a flat course's is a
            // metre above its ground, not its ground again.
            r if r == PROFILE_ROWS - 1 => label(low + span),
            0 => label(low),
            _ => String::new(),
        };
        let line: String = eighths
            .iter()
            .map(|&filled| BLOCKS[filled.saturating_sub(row * 8).min(8)])
            .collect();
        writeln!(out, "{tag:>5} ┤{}", line.trim_end())?;
    }
    writeln!(out, "{:>5} └{}", "", "─".repeat(columns))?;
    let end = units.distance(course.distance_m);
    writeln!(
        out,
        "{:>7}0{end:>width$}",
        "",
        width = columns.saturating_sub(1)
    )?;
    if !course.steepest.is_empty() {
        let mut marks = vec![' '; columns];
        for steep in &course.steepest {
            let column = column_of(steep, course.distance_m, columns);
            marks[column] = arrow(steep);
        }
        let marks: String = marks.into_iter().collect();
        writeln!(out, "{:>7}{}", "", marks.trim_end())?;
        for steep in &course.steepest {
            writeln!(
                out,
                "{:>7}{} {} % at {}",
                "",
                arrow(steep),
                Decimal(round1(steep.grade_percent)),
                units.distance(steep.start_m)
            )?;
        }
    }
    Ok(())
}

/// The mark of a steep stretch: ▲ up, ▼ down.
fn arrow(steep: &Steep) -> char {
    if steep.grade_percent > 0.0 {
        '▲'
    } else {
        '▼'
    }
}

/// The column of the profile where `steep` starts.
fn column_of(steep: &Steep, total: f64, columns: usize) -> usize {
    let share = if total > 0.0 {
        steep.start_m / total
    } else {
        0.0
    };
    scaled(share, columns).min(columns - 1)
}

/// `share` (0 to 1) of `count`, rounded down.
fn scaled(share: f64, count: usize) -> usize {
    // A share from 0 to 1 of a count of columns or eighths: never
    // negative, never beyond the count.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let value = (share.clamp(0.0, 1.0) * count as f64) as usize;
    value
}

/// The highest elevation within each of `columns` equal stretches of the
/// course; a column no point falls in takes the one before.
fn column_heights(profile: &[(f64, f64)], total: f64, columns: usize) -> Vec<f64> {
    let mut heights: Vec<Option<f64>> = vec![None; columns];
    for &(metres, elevation) in profile {
        let share = if total > 0.0 { metres / total } else { 0.0 };
        let column = scaled(share, columns).min(columns - 1);
        let slot = &mut heights[column];
        *slot = Some(slot.map_or(elevation, |h: f64| h.max(elevation)));
    }
    let mut last = profile.first().map_or(0.0, |p| p.1);
    heights
        .into_iter()
        .map(|height| {
            last = height.unwrap_or(last);
            last
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_add_up_to_their_rounded_total_moving_the_fewest() {
        // 31.2 in all: one of the three 10s becomes 11, the first of equals.
        assert_eq!(
            whole_adding_up(&[10.4, 10.4, 10.4], 31.0),
            [11.0, 10.0, 10.0]
        );
        // 1.9 in all, so 2, not 3: the first rounded up the most goes back
        // down.
        assert_eq!(whole_adding_up(&[0.6, 0.7, 0.6], 2.0), [0.0, 1.0, 1.0]);
        assert_eq!(whole_adding_up(&[2.2, 3.45, 2.45], 8.0), [2.0, 4.0, 2.0]);
        // Where each rounded on its own adds up, none moves.
        assert_eq!(whole_adding_up(&[1.2, 2.7, 3.45], 7.0), [1.0, 3.0, 3.0]);
        assert_eq!(whole_adding_up(&[0.5, 0.3, 0.3], 1.0), [1.0, 0.0, 0.0]);
        assert_eq!(whole_adding_up(&[], 0.0), Vec::<f64>::new());
    }

    #[test]
    fn a_distance_short_of_a_tenth_is_shown_in_metres_or_feet() {
        let km = Units::of(Unit::Kg);
        assert_eq!(km.distance(99.0), "99 m");
        assert_eq!(km.distance(100.0), "0.1 km");
        assert_eq!(km.distance(0.0), "0 km", "no course is no metres");
        let mi = Units::of(Unit::Lb);
        assert_eq!(mi.distance(6.0), "20 ft");
        assert_eq!(mi.distance(161.0), "0.1 mi");
    }
}
