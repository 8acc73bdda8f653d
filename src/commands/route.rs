//! `wrun route`: what a load does on a real course.

use std::borrow::Cow;
use std::io::{self, IsTerminal, Read, Write};
use std::path::Path;

use crate::cli::{Field, RouteArgs, RouteFormat};
use crate::error::Error;
use crate::guidance::course::{Course, CourseError, CourseRequest, MIN_POINTS, Timing, course};
use crate::guidance::{Distance, Unit};
use crate::input::at_most;
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
    crate::refusal::value_for_file::<RouteArgs>(args.file.as_deref())?;
    let notes = args.output.notes(&args.notes)?;
    let runner = args.runner.resolve(profile)?;
    let workout = args.run.as_workout();
    // A course is a run, whatever its flags say.
    super::run_problems(&runner, &workout)?;
    let request = super::course_request(&runner, args.weight_type, &workout)?;
    let (name, bytes) = read_input(args.file.as_deref())?;
    let RouteRead {
        format,
        bytes,
        track,
    } = read_route(&name, bytes, ROUTE_LIMIT)?;
    let shown = escaped(&name);
    let timing = Timing::of(&track.fixes);
    let untimed = untimed(track.course_only, timing);
    // A file of too few points is no course at all, which the course's own
    // check says (an indoor recording has no position).
    if args.run.without_load && timing != Timing::Recorded && track.fixes.len() >= MIN_POINTS {
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

/// Reads the file `name` holding `bytes` as `wrun route` does: a zip's
/// one route taken out and gzip unpacked, up to `limit` bytes (see
/// [`unpacked`]), the text made UTF-8, the format told by the name or else
/// the first bytes.
///
/// # Errors
/// [`Error::Usage`], naming the file, for a file that is empty, in no
/// format wrun reads (a web page or KML said so), or unreadable in its own.
pub(crate) fn read_route(name: &str, bytes: Vec<u8>, limit: u64) -> Result<RouteRead, Error> {
    let shown = escaped(name);
    let (stem, bytes) = unpacked(name, bytes, limit)?;
    let bytes = crate::input::utf8_bytes(bytes);
    if bytes.is_empty() {
        return Err(Error::Usage(format!(
            "{shown} is empty: give a GPX, TCX or FIT file"
        )));
    }
    if let Some(what) = Format::foreign(&bytes) {
        return Err(Error::Usage(format!("{shown}: {what}")));
    }
    let format = Format::detect(Some(&stem), &bytes).ok_or_else(|| {
        let mut why =
            format!("{shown}: not a GPX, TCX or FIT file (by its name or its first bytes)");
        // A roster or a script's requests, given to route rather than to
        // batch (which points a route file to `wrun route` in turn); not
        // one unpacked, which batch would not unpack.
        if stem == name && crate::commands::batch::holds_requests(&bytes) {
            let batch = if name == crate::input::STANDARD_INPUT {
                "wrun batch".to_owned()
            } else {
                format!("wrun batch {}", crate::error::shell_word(name))
            };
            why = format!("{why}, but requests: for an answer to each, try '{batch}'");
        }
        Error::Usage(why)
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

/// The file's name as given and its bytes: `-`, or no file, reads
/// standard input (as `cat run.gpx | wrun route -w 150` means).
///
/// # Errors
/// [`Error::Usage`] for a terminal, or a file past [`ROUTE_LIMIT`];
/// [`Error::Input`] when the file cannot be opened or read.
fn read_input(path: Option<&Path>) -> Result<(String, Vec<u8>), Error> {
    let Some(path) = path.filter(|path| *path != Path::new("-")) else {
        return read_standard_input(path.is_none());
    };
    let name = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|source| Error::Input {
        path: name.clone(),
        source,
    })?;
    // A file that gives its size is told at once; a pipe or a device
    // once read that far.
    if file.metadata().is_ok_and(|meta| meta.len() > ROUTE_LIMIT) {
        return Err(too_large(&name, ROUTE_LIMIT));
    }
    let bytes = read_capped(&name, file, ROUTE_LIMIT)?;
    Ok((name, bytes))
}

/// Standard input, read as `wrun route -` reads it, or, when no file was
/// named (`forgotten`), as a file forgotten when nothing is piped in.
///
/// # Errors
/// [`Error::Usage`] for a terminal, a file past [`ROUTE_LIMIT`] or, when
/// `forgotten`, an empty input; [`Error::Input`] when a read fails.
fn read_standard_input(forgotten: bool) -> Result<(String, Vec<u8>), Error> {
    let no_file = |stdin: &str| {
        Error::Usage(format!(
            "wrun route: no file given, and {stdin}; name a GPX, TCX or FIT file, or pipe one in"
        ))
    };
    if io::stdin().is_terminal() {
        return Err(if forgotten {
            no_file("standard input is a terminal")
        } else {
            Error::Usage(
                "wrun route -: standard input is a terminal; pipe a GPX, TCX or FIT file in, or \
                 name the file"
                    .to_owned(),
            )
        });
    }
    let name = crate::input::STANDARD_INPUT.to_owned();
    let bytes = read_capped(&name, io::stdin().lock(), ROUTE_LIMIT)?;
    if forgotten && bytes.is_empty() {
        // Most likely a file forgotten, not an empty one sent.
        return Err(no_file("nothing on standard input"));
    }
    Ok((name, bytes))
}

/// All of `reader`, the file `name`, when it is no more than `limit`
/// bytes: a larger one is no route (a whole account's export, say) and is
/// not read to its end.
///
/// # Errors
/// [`Error::Usage`] past `limit`; [`Error::Input`] when a read fails.
fn read_capped(name: &str, reader: impl Read, limit: u64) -> Result<Vec<u8>, Error> {
    at_most(reader, limit)
        .map_err(|source| Error::Input {
            path: name.to_owned(),
            source,
        })?
        .ok_or_else(|| too_large(name, limit))
}

/// The refusal of the file `name`, larger than `limit` bytes.
fn too_large(name: &str, limit: u64) -> Error {
    Error::Usage(format!(
        "{}: more than {} MiB, more than any route",
        escaped(name),
        limit >> 20
    ))
}

/// The most a route file may hold, as read or unpacked: many times a
/// day-long recording at a point a second (about 30 MB of GPX), a small
/// part of memory.
const ROUTE_LIMIT: u64 = 512 << 20;

/// A file's bytes as wrun reads them, with the name that tells their
/// format: the one GPX, TCX or FIT file of a zip archive (Garmin Connect's
/// "Export Original") under its own name; gzip unpacked (a Strava export's
/// `.fit.gz`, `.gpx.gz`, `.tcx.gz`), the name without its `.gz`.
fn unpacked(name: &str, bytes: Vec<u8>, limit: u64) -> Result<(Cow<'_, str>, Vec<u8>), Error> {
    let (stem, label, bytes) = if is_zip(&bytes) {
        let (inner, bytes) = the_route_in_zip(name, &bytes, limit)?;
        let label = inside(name, &inner);
        (Cow::Owned(inner), label, bytes)
    } else {
        (Cow::Borrowed(name), escaped(name), bytes)
    };
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Ok((stem, bytes));
    }
    let inner = at_most(flate2::read::MultiGzDecoder::new(bytes.as_slice()), limit)
        .map_err(|err| {
            Error::Usage(format!(
                "{label}: gzip data that cannot be unpacked ({err})"
            ))
        })?
        .ok_or_else(|| unpacks_past(&label, limit))?;
    let stem = match stem {
        Cow::Borrowed(stem) => Cow::Borrowed(without_gz(stem)),
        Cow::Owned(stem) => Cow::Owned(without_gz(&stem).to_owned()),
    };
    Ok((stem, inner))
}

/// `name` without a last `.gz`, in any case.
fn without_gz(name: &str) -> &str {
    name.len()
        .checked_sub(3)
        .filter(|&at| name.is_char_boundary(at) && name[at..].eq_ignore_ascii_case(".gz"))
        .map_or(name, |at| &name[..at])
}

/// The file `inner` of the zip archive `name`, as messages name it:
/// `export.zip (run.gpx)`.
fn inside(name: &str, inner: &str) -> String {
    format!("{} ({})", escaped(name), escaped(inner))
}

/// Whether `bytes` open as a zip archive does: a local file header, or the
/// end of an empty archive.
fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// The refusal of the file `label` names, which unpacks to more than
/// `limit` bytes.
fn unpacks_past(label: &str, limit: u64) -> Error {
    Error::Usage(format!(
        "{label}: unpacks to more than {} MiB, more than any route",
        limit >> 20
    ))
}

/// Whether `name` names a file `wrun route` reads by its name: a route
/// (see [`is_route_name`]), or a zip archive that may hold one (Garmin
/// Connect's "Export Original").
pub(crate) fn names_a_route(name: &str) -> bool {
    is_route_name(name) || name.to_ascii_lowercase().ends_with(".zip")
}

/// Whether a file in a zip archive, named `name`, is a route: a GPX, TCX
/// or FIT file, gzipped or not, and not what a Mac adds to an archive it
/// makes (`__MACOSX/`, `._` files).
fn is_route_name(name: &str) -> bool {
    let file = name.rsplit('/').next().unwrap_or(name);
    let stem = without_gz(file).to_ascii_lowercase();
    !name.starts_with("__MACOSX/")
        && !file.starts_with("._")
        && [".gpx", ".tcx", ".fit"]
            .iter()
            .any(|end| stem.ends_with(end))
}

/// The name and bytes of the one route (see [`is_route_name`]) in the zip
/// archive `zip`, named `name`.
///
/// # Errors
/// [`Error::Usage`], naming the archive, when it cannot be read or holds
/// no such file or more than one.
fn the_route_in_zip(name: &str, zip: &[u8], limit: u64) -> Result<(String, Vec<u8>), Error> {
    let shown = || escaped(name);
    let unreadable = |err: zip::result::ZipError| {
        Error::Usage(format!(
            "{}: a zip archive that cannot be read ({err})",
            shown()
        ))
    };
    let mut archive = zip::ZipArchive::new(io::Cursor::new(zip)).map_err(unreadable)?;
    // Names as written, read leniently: only their endings matter here.
    let names: Vec<String> = archive
        .file_names_raw()
        .map(|raw| String::from_utf8_lossy(raw).into_owned())
        .collect();
    let routes: Vec<usize> = (0..names.len())
        .filter(|&index| is_route_name(&names[index]))
        .collect();
    let &[index] = routes.as_slice() else {
        if routes.is_empty() {
            return Err(Error::Usage(format!(
                "{} is a zip archive with no GPX, TCX or FIT file in it",
                shown()
            )));
        }
        let listed: Vec<String> = routes
            .iter()
            .take(3)
            .map(|&index| escaped(&names[index]))
            .collect();
        let more = if routes.len() > listed.len() {
            ", …"
        } else {
            ""
        };
        return Err(Error::Usage(format!(
            "{} is a zip archive of {} GPX, TCX or FIT files ({}{more}): unpack it and give wrun \
             one of them",
            shown(),
            routes.len(),
            listed.join(", ")
        )));
    };
    let inner = names[index].clone();
    let file = archive.by_index(index).map_err(unreadable)?;
    let label = inside(name, &inner);
    let bytes = at_most(file, limit)
        .map_err(|err| Error::Usage(format!("{label}: cannot be unpacked ({err})")))?
        .ok_or_else(|| unpacks_past(&label, limit))?;
    Ok((inner, bytes))
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
            assert_eq!((inner.as_ref(), bytes.as_slice()), (stem, gpx.as_slice()));
        }
    }

    #[test]
    fn a_file_not_gzipped_is_read_as_it_is_whatever_its_name() {
        let (inner, bytes) = unpacked("run.gpx.gz", b"<gpx/>".to_vec(), 10).unwrap();
        assert_eq!(
            (inner.as_ref(), bytes.as_slice()),
            ("run.gpx.gz", &b"<gpx/>"[..])
        );
    }

    #[test]
    fn two_gzip_members_one_after_the_other_unpack_as_one_file() {
        let mut both = gzipped(b"<gpx>");
        both.extend(gzipped(b"</gpx>"));
        let (_, bytes) = unpacked("a.gz", both, 1 << 20).unwrap();
        assert_eq!(bytes, b"<gpx></gpx>");
    }

    /// A zip archive of `files`, each stored as it is (a folder where its
    /// name ends in `/`).
    fn zipped(files: &[(&str, &[u8])]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(io::Cursor::new(Vec::new()));
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        for &(name, bytes) in files {
            if name.ends_with('/') {
                zip.add_directory(name, stored).unwrap();
            } else {
                zip.start_file(name, stored).unwrap();
                zip.write_all(bytes).unwrap();
            }
        }
        zip.finish().unwrap().into_inner()
    }

    fn refusal(name: &str, bytes: Vec<u8>, limit: u64) -> String {
        match unpacked(name, bytes, limit) {
            Err(Error::Usage(message)) => message,
            Err(other) => panic!("not bad input: {other}"),
            Ok((stem, _)) => panic!("read as {stem}"),
        }
    }

    #[test]
    fn the_one_route_in_a_zip_is_read_under_its_own_name() {
        let fit = b"\x0e\x10 a FIT file".as_slice();
        let export = zipped(&[("20123456789_ACTIVITY.fit", fit)]);
        let (stem, bytes) = unpacked("export.zip", export, 1 << 20).unwrap();
        assert_eq!(stem, "20123456789_ACTIVITY.fit");
        assert_eq!(bytes, fit);
    }

    #[test]
    fn a_zip_made_on_a_mac_yields_its_route_not_the_macs_extras() {
        let gpx = b"<gpx></gpx>".as_slice();
        let archive = zipped(&[
            ("run/", b""),
            ("run/run.GPX", gpx),
            ("__MACOSX/run/._run.GPX", b"\x00\x05\x16\x07"),
            ("run/._run.GPX", b"\x00\x05\x16\x07"),
            ("run/notes.txt", b"easy day"),
        ]);
        let (stem, bytes) = unpacked("run.zip", archive, 1 << 20).unwrap();
        assert_eq!((stem.as_ref(), bytes.as_slice()), ("run/run.GPX", gpx));
    }

    #[test]
    fn a_gzipped_route_in_a_zip_is_unpacked_too() {
        let tcx = b"<TrainingCenterDatabase/>".as_slice();
        let archive = zipped(&[("activities/123.tcx.gz", &gzipped(tcx))]);
        let (stem, bytes) = unpacked("export.zip", archive, 1 << 20).unwrap();
        assert_eq!(
            (stem.as_ref(), bytes.as_slice()),
            ("activities/123.tcx", tcx)
        );
    }

    #[test]
    fn a_zip_with_no_route_or_several_is_refused_naming_what_it_holds() {
        assert_eq!(
            refusal("notes.zip", zipped(&[("notes.txt", b"easy day")]), 1 << 20),
            "notes.zip is a zip archive with no GPX, TCX or FIT file in it"
        );
        assert_eq!(
            refusal("empty.zip", zipped(&[]), 1 << 20),
            "empty.zip is a zip archive with no GPX, TCX or FIT file in it"
        );
        let two = zipped(&[("a.gpx", b"<gpx/>"), ("b.fit.gz", b"")]);
        assert_eq!(
            refusal("two.zip", two, 1 << 20),
            "two.zip is a zip archive of 2 GPX, TCX or FIT files (a.gpx, b.fit.gz): unpack it \
             and give wrun one of them"
        );
        let four = zipped(&[
            ("a.gpx", b""),
            ("b.gpx", b""),
            ("c.gpx", b""),
            ("d.gpx", b""),
        ]);
        assert_eq!(
            refusal("bulk.zip", four, 1 << 20),
            "bulk.zip is a zip archive of 4 GPX, TCX or FIT files (a.gpx, b.gpx, c.gpx, …): \
             unpack it and give wrun one of them"
        );
    }

    #[test]
    fn a_zip_cut_short_or_past_the_limit_is_refused_by_name() {
        let whole = zipped(&[("run.gpx", &[b' '; 100])]);
        assert!(
            refusal("cut.zip", whole[..whole.len() / 2].to_vec(), 1 << 20)
                .starts_with("cut.zip: a zip archive that cannot be read ("),
        );
        let big = zipped(&[("run.gpx", &vec![b' '; (1 << 20) + 1])]);
        assert_eq!(
            refusal("big.zip", big, 1 << 20),
            "big.zip (run.gpx): unpacks to more than 1 MiB, more than any route"
        );
    }

    #[test]
    fn a_file_past_the_limit_is_refused_unread_and_one_at_it_is_read() {
        let at = vec![b' '; 1 << 20];
        assert_eq!(read_capped("a.gpx", at.as_slice(), 1 << 20).unwrap(), at);
        // Endless, as /dev/zero is: read no further than the limit.
        let Err(Error::Usage(message)) = read_capped("all.zip", io::repeat(0), 1 << 20) else {
            panic!("a file past the limit was read");
        };
        assert_eq!(message, "all.zip: more than 1 MiB, more than any route");
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
