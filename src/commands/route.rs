//! `wrun route`: what a load does on a real course.

use std::io::{self, IsTerminal, Read, Write};
use std::path::Path;

use crate::cli::{Field, RouteArgs, RouteFormat};
use crate::error::Error;
use crate::guidance::course::{Course, CourseError, CourseRequest, Timing, course};
use crate::guidance::{Distance, Unit};
use crate::render;
use crate::route::{self, CourseOnly, Format};

/// Runs `wrun route`, writing to `out` (text in lines of at most `width` columns).
///
/// # Errors
/// [`Error::Usage`] for bad flags and unreadable files (naming the file and,
/// where the format allows, the line or record), [`Error::Input`] when the
/// file cannot be opened, [`Error::Output`] when writing fails.
pub fn run<W: Write + ?Sized>(
    profile: &crate::config::Profile,
    args: &RouteArgs,
    out: &mut W,
    width: usize,
) -> Result<(), Error> {
    let notes = args.output.notes(&args.notes)?;
    let runner = args.runner.resolve(profile)?;
    let workout = args.run.as_workout();
    // A course is a run, whatever its flags say.
    super::run_problems(&runner, &workout)?;
    let (request, _) = super::request(&runner, args.weight_type, Some(&workout))?;
    let (name, bytes) = read_input(&args.file)?;
    let RouteRead {
        format,
        bytes,
        track,
    } = read_route(&name, bytes, UNPACKED_LIMIT)?;
    let shown = escaped(&name);
    let timing = Timing::of(&track.fixes);
    let untimed = untimed(track.course_only, timing);
    if args.run.without_load && timing != Timing::Recorded {
        return Err(Error::Usage(format!(
            "'--without-load' is for a recorded run, and {shown} {untimed}"
        )));
    }
    let split = args.run.split.as_ref().map_or(
        match request.unit {
            Unit::Kg => Distance::from_metres(1000.0),
            Unit::Lb => Distance::from_miles(1.0),
        },
        |split| split.value,
    );
    let unit = request.unit;
    let ask = CourseRequest {
        runner: request,
        split,
        recorded_without_load: args.run.without_load,
        plan_week: args.run.plan_week,
    };
    let answer = course(&track.fixes, &ask).map_err(|err| match err {
        CourseError::NeedsPace => Error::Usage(format!(
            "{shown} {untimed}: give {} or {}, your usual flat pace without weight",
            runner.name(Field::Pace),
            runner.name(Field::Speed)
        )),
        CourseError::Runner(err) => super::blame(&err, &runner, Some(&workout)),
        CourseError::SplitOutOfRange => Error::invalid_value(
            runner.name(Field::Split),
            args.run
                .split
                .as_ref()
                .map_or("", |split| split.text.as_str()),
            &err,
        ),
        CourseError::TooFewPoints(0) => Error::Usage(format!(
            "{shown}: no points with a position: a course needs a track or a route (an indoor \
             recording has none; give its distance, time and heart rate to 'wrun recommend' \
             instead)"
        )),
        other => {
            let at = other
                .index()
                .and_then(|index| track.location(index, format, &bytes))
                .map(|location| format!("{location}: "))
                .unwrap_or_default();
            Error::Usage(format!("{shown}: {at}{other}"))
        }
    })?;
    let file = render::json::RouteFile {
        name: &name,
        format,
        points: track.fixes.len(),
        notes: &track.notes,
        outing: track.outing(),
    };
    let written = render::json::Written {
        unit_source: runner.unit_source,
        notes,
    };
    write(out, args, &file, &answer, unit, written, width)
}

/// A route file as read: its format, its bytes as read (for locating a
/// fix in them) and its track.
pub(crate) struct RouteRead {
    pub format: Format,
    pub bytes: Vec<u8>,
    pub track: route::Track,
}

/// Reads the file `name` holding `bytes` as `wrun route` does: gzip
/// unpacked up to `limit` bytes and a zip refused (see [`unpacked`]), the
/// text made UTF-8, the format told by the name or else the first bytes.
///
/// # Errors
/// [`Error::Usage`], naming the file, for a file that is empty, in no
/// format wrun reads, or unreadable in its own.
pub(crate) fn read_route(name: &str, bytes: Vec<u8>, limit: u64) -> Result<RouteRead, Error> {
    let shown = escaped(name);
    let (stem, bytes) = unpacked(name, bytes, limit)?;
    let bytes = crate::input::utf8_bytes(bytes);
    if bytes.is_empty() {
        return Err(Error::Usage(format!(
            "{shown} is empty: give a GPX, TCX or FIT file"
        )));
    }
    let format = Format::detect(Some(stem), &bytes).ok_or_else(|| {
        Error::Usage(format!(
            "{shown}: not a GPX, TCX or FIT file (by its name or its first bytes)"
        ))
    })?;
    let track = route::read(&bytes, format)
        .map_err(|err| Error::Usage(format!("{shown}: {}: {err}", format.name())))?;
    Ok(RouteRead {
        format,
        bytes,
        track,
    })
}

/// What a course without times is, in words, for the messages that need a
/// pace: `is a planned course (its points have no times)`.
fn untimed(course_only: Option<CourseOnly>, timing: Timing) -> String {
    match (course_only, timing) {
        (Some(CourseOnly::OffFoot(words)), _) => {
            format!("records {words}, not a run or a walk, and wrun reads its course only")
        }
        (Some(CourseOnly::TcxCourse), _) => {
            "is a TCX course, timed at a planned pace, and wrun reads its course only".to_owned()
        }
        (None, Timing::OneTime) => {
            "is a planned course (every point carries the same time)".to_owned()
        }
        (None, Timing::Partly) => {
            "is a planned course (only some of its points are timed)".to_owned()
        }
        (None, Timing::Untimed) => "is a planned course (its points have no times)".to_owned(),
        // Timed, but what is left once GPS jumps are dropped is not.
        (None, Timing::Recorded) => {
            "gives no pace once its GPS jumps are left out (what is left carries one time)"
                .to_owned()
        }
    }
}

/// Writes `answer` in the format asked for.
fn write<W: Write + ?Sized>(
    out: &mut W,
    args: &RouteArgs,
    file: &render::json::RouteFile<'_>,
    answer: &Course,
    unit: Unit,
    written: render::json::Written,
    width: usize,
) -> Result<(), Error> {
    match args.output.format() {
        RouteFormat::Text => {
            let page = &mut render::text::Page::new(out, width);
            if args.brief {
                render::text::brief_course(page, file, answer, unit)?;
            } else {
                render::text::course(page, file, answer, unit)?;
            }
        }
        RouteFormat::Json => {
            render::json::write(out, &render::json::RouteJson::new(file, answer, written))?;
        }
        RouteFormat::Csv => out.write_all(&render::json::route::csv(answer))?,
    }
    Ok(())
}

/// The file's name as given and its bytes: `-` reads standard input.
fn read_input(path: &Path) -> Result<(String, Vec<u8>), Error> {
    let mut bytes = Vec::new();
    if path == Path::new("-") {
        let name = "standard input".to_owned();
        if io::stdin().is_terminal() {
            return Err(Error::Usage(
                "wrun route -: standard input is a terminal; pipe a GPX, TCX or FIT file in, or \
                 name the file"
                    .to_owned(),
            ));
        }
        io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|source| Error::Input {
                path: name.clone(),
                source,
            })?;
        return Ok((name, bytes));
    }
    let name = path.display().to_string();
    std::fs::File::open(path)
        .and_then(|mut file| file.read_to_end(&mut bytes))
        .map_err(|source| Error::Input {
            path: name.clone(),
            source,
        })?;
    Ok((name, bytes))
}

/// The most a gzipped file may unpack to: many times a day-long recording
/// at a point a second (about 30 MB of GPX), a small part of memory.
const UNPACKED_LIMIT: u64 = 512 << 20;

/// A file's bytes as wrun reads them, with the name that tells their
/// format: gzip unpacked (a Strava export's `.fit.gz`, `.gpx.gz`, `.tcx.gz`),
/// the name without its `.gz`; a zip archive refused, saying what to do.
fn unpacked(name: &str, bytes: Vec<u8>, limit: u64) -> Result<(&str, Vec<u8>), Error> {
    let shown = || escaped(name);
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(Error::Usage(format!(
            "{} is a zip archive: unpack it and give wrun the GPX, TCX or FIT file inside",
            shown()
        )));
    }
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Ok((name, bytes));
    }
    let mut inner = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes.as_slice())
        .take(limit + 1)
        .read_to_end(&mut inner)
        .map_err(|err| {
            Error::Usage(format!(
                "{}: gzip data that cannot be unpacked ({err})",
                shown()
            ))
        })?;
    if inner.len() as u64 > limit {
        return Err(Error::Usage(format!(
            "{}: unpacks to more than {} MiB, more than any route",
            shown(),
            limit >> 20
        )));
    }
    let stem = name
        .len()
        .checked_sub(3)
        .filter(|&at| name.is_char_boundary(at) && name[at..].eq_ignore_ascii_case(".gz"))
        .map_or(name, |at| &name[..at]);
    Ok((stem, inner))
}

/// A file name fit for a one-line message.
fn escaped(name: &str) -> String {
    crate::error::escape_invisible(name)
}

#[cfg(test)]
mod tests {
    use std::io::Write as _;

    use super::*;

    fn gzipped(bytes: &[u8]) -> Vec<u8> {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all(bytes).unwrap();
        encoder.finish().unwrap()
    }

    #[test]
    fn a_gzipped_file_unpacks_under_its_name_without_the_gz() {
        let gpx = b"<gpx></gpx>".to_vec();
        for (name, stem) in [
            ("run.gpx.gz", "run.gpx"),
            ("RUN.FIT.GZ", "RUN.FIT"),
            ("standard input", "standard input"),
            ("gz", "gz"),
            ("caf\u{e9}.gz", "caf\u{e9}"),
        ] {
            let (inner, bytes) = unpacked(name, gzipped(&gpx), 1 << 20).unwrap();
            assert_eq!((inner, bytes.as_slice()), (stem, gpx.as_slice()));
        }
    }

    #[test]
    fn a_file_not_gzipped_is_read_as_it_is_whatever_its_name() {
        let (inner, bytes) = unpacked("run.gpx.gz", b"<gpx/>".to_vec(), 10).unwrap();
        assert_eq!((inner, bytes.as_slice()), ("run.gpx.gz", &b"<gpx/>"[..]));
    }

    #[test]
    fn two_gzip_members_one_after_the_other_unpack_as_one_file() {
        let mut both = gzipped(b"<gpx>");
        both.extend(gzipped(b"</gpx>"));
        let (_, bytes) = unpacked("a.gz", both, 1 << 20).unwrap();
        assert_eq!(bytes, b"<gpx></gpx>");
    }

    #[test]
    fn a_gzip_that_unpacks_past_the_limit_is_refused_and_one_at_it_is_read() {
        let limit = 1 << 20;
        let at = vec![b' '; 1 << 20];
        assert_eq!(
            unpacked("a.gz", gzipped(&at), limit).unwrap().1.len(),
            1 << 20
        );
        let past = vec![b' '; (1 << 20) + 1];
        let Err(Error::Usage(message)) = unpacked("a.gz", gzipped(&past), limit) else {
            panic!("a gzip past the limit was read");
        };
        assert_eq!(
            message,
            "a.gz: unpacks to more than 1 MiB, more than any route"
        );
    }
}
