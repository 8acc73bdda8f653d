//! Route and activity files read into GPS fixes: GPX 1.1 tracks and
//! routes and TCX through `quick-xml`, FIT through `fitparser`.
//!
//! What the fixes mean is [`crate::guidance::course`]'s business; this
//! module only reads them, remembers where in the file each came from (a
//! line, or a FIT record) and says what it did with the file's structure.

use std::borrow::Cow;
use std::fmt;

use fitparser::de::{FitObject, FitStreamProcessor};
use fitparser::profile::MesgNum;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use crate::guidance::course::Fix;
use crate::guidance::{Message, Value, advice};

/// A file format wrun reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// GPS Exchange Format 1.1.
    Gpx,
    /// Garmin's Training Center XML.
    Tcx,
    /// Garmin's Flexible and Interoperable Data Transfer.
    Fit,
}

impl Format {
    /// The format a file's name says (`.gpx`, `.tcx`, `.fit`, any case),
    /// else the one its first bytes show; `None` when neither tells.
    #[must_use]
    pub fn detect(name: Option<&str>, bytes: &[u8]) -> Option<Self> {
        let by_name = name
            .and_then(|name| name.rsplit_once('.'))
            .and_then(|(_, ext)| match ext.to_ascii_lowercase().as_str() {
                "gpx" => Some(Self::Gpx),
                "tcx" => Some(Self::Tcx),
                "fit" => Some(Self::Fit),
                _ => None,
            });
        by_name.or_else(|| Self::sniff(bytes))
    }

    /// The format the content shows: FIT's `.FIT` signature, or the root
    /// element of an XML file.
    fn sniff(bytes: &[u8]) -> Option<Self> {
        if bytes.len() >= 12 && &bytes[8..12] == b".FIT" {
            return Some(Self::Fit);
        }
        let head = &bytes[..bytes.len().min(4096)];
        let has = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
        if has(b"<gpx") {
            Some(Self::Gpx)
        } else if has(b"<TrainingCenterDatabase") {
            Some(Self::Tcx)
        } else {
            None
        }
    }

    /// Its name, as users know it.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Gpx => "GPX",
            Self::Tcx => "TCX",
            Self::Fit => "FIT",
        }
    }
}

/// Where in a file something is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    /// A line of an XML file, from 1.
    Line(usize),
    /// A data message of a FIT file, from 1.
    Record(usize),
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Line(line) => write!(f, "line {line}"),
            Self::Record(record) => write!(f, "record {record}"),
        }
    }
}

/// A file that could not be read: why, and where when the format tells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// Where the problem is.
    pub location: Option<Location>,
    /// What it is, in one line.
    pub message: String,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.location {
            Some(location) => write!(f, "{location}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// The fixes of a file, where each came from, and what wrun did with the
/// file's structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Track {
    /// The fixes, in file order.
    pub fixes: Vec<Fix>,
    /// Where each fix starts: a byte offset (XML) or a record number (FIT).
    starts: Vec<usize>,
    /// What was joined or left aside, in one sentence each.
    pub notes: Vec<Message>,
    /// Why the file's times and heart rates were left aside and only its
    /// course is read, when they were.
    pub course_only: Option<CourseOnly>,
    /// The activity the file names: FIT's sport, TCX's `Sport`, a GPX
    /// track's or route's `<type>`.
    activity: Option<String>,
    /// A TCX course (`<Course>`), not an activity.
    tcx_course: bool,
}

/// Why a file's times say nothing of a run on its ground.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CourseOnly {
    /// It records something not on foot, in words (`a ride`).
    OffFoot(&'static str),
    /// It is a TCX course: its times are a planned pace, a virtual
    /// partner's, not a recording.
    TcxCourse,
}

impl Track {
    /// What the file says was done on foot, in a word: `walk` or `hike`
    /// where the activity it names is one, `run` otherwise (a run, another
    /// activity on foot such as snowshoeing, or a file that names none).
    #[must_use]
    pub fn outing(&self) -> &'static str {
        let activity = self.activity.as_deref().unwrap_or("").to_ascii_lowercase();
        if activity.contains("walk") {
            "walk"
        } else if activity.contains("hik") {
            "hike"
        } else {
            "run"
        }
    }

    /// Where fix `index` is in a file of `format` holding `bytes`.
    #[must_use]
    pub fn location(&self, index: usize, format: Format, bytes: &[u8]) -> Option<Location> {
        let start = *self.starts.get(index)?;
        Some(match format {
            Format::Fit => Location::Record(start),
            Format::Gpx | Format::Tcx => Location::Line(line_at(bytes, start)),
        })
    }

    /// Keeps only the course of a file whose times and heart rates say
    /// nothing of a run on that ground (a ride's or a swim's, or a TCX
    /// course's planned ones). A file with neither is a course already and
    /// is left as it is.
    fn course_only(&mut self, why: CourseOnly) {
        let recorded = self
            .fixes
            .iter()
            .any(|fix| fix.time.is_some() || fix.heart_rate.is_some());
        if !recorded {
            return;
        }
        for fix in &mut self.fixes {
            fix.time = None;
            fix.heart_rate = None;
        }
        self.notes.push(match why {
            CourseOnly::OffFoot(words) => Message::new(
                advice::FILE_NOT_ON_FOOT,
                [("activity", Value::Words(words))],
            ),
            CourseOnly::TcxCourse => Message::new(advice::FILE_TCX_COURSE, []),
        });
        self.course_only = Some(why);
    }
}

/// What a file records, in words, when the activity it names is plainly
/// not on foot: a ride, a swim, time on the water or on snow. A run, a
/// walk, a hike, and any name wrun does not know (`Other`, `generic`,
/// `alpineTour`) count as on foot, and the file is read as it is.
fn not_on_foot(activity: &str) -> Option<&'static str> {
    const KINDS: &[(&str, &str)] = &[
        ("cycl", "a ride"),
        ("bik", "a ride"),
        ("ride", "a ride"),
        ("riding", "a ride"),
        ("velo", "a ride"),
        ("swim", "a swim"),
        ("rowing", "time on the water"),
        ("paddl", "time on the water"),
        ("kayak", "time on the water"),
        ("canoe", "time on the water"),
        ("sail", "time on the water"),
        ("surf", "time on the water"),
        ("boat", "time on the water"),
        ("watersport", "time on the water"),
        ("ski", "time on skis or skates"),
        ("snowboard", "time on skis or skates"),
        ("skat", "time on skis or skates"),
        ("wheelchair", "a wheelchair outing"),
        ("motor", "a trip by motor"),
        ("driv", "a trip by motor"),
    ];
    // A stride is a runner's, whatever it holds.
    let activity = activity.to_ascii_lowercase().replace("stride", "");
    KINDS
        .iter()
        .find(|(key, _)| activity.contains(key))
        .map(|&(_, words)| words)
}

/// The name of the activity a GPX `<type>` gives as a number, as Strava's
/// exports do (`<type>9</type>` for a run, `1` for a ride; the file's
/// `creator` names Strava): Strava's own activity ids, as its API clients
/// list them (sports-alliance/sports-lib's `StravaGPXTypes`, the Go
/// clients' `ActivityType` ids). `None` for text, and for a number Strava
/// does not use.
fn strava_type(code: &str) -> Option<&'static str> {
    Some(match code.parse::<u8>().ok()? {
        1 => "Ride",
        2 => "AlpineSki",
        3 => "BackcountrySki",
        4 => "Hike",
        5 => "IceSkate",
        6 => "InlineSkate",
        7 => "NordicSki",
        8 => "RollerSki",
        9 => "Run",
        10 => "Walk",
        11 => "Workout",
        12 => "Snowboard",
        13 => "Snowshoe",
        14 => "Kitesurf",
        15 => "Windsurf",
        16 => "Swim",
        17 => "VirtualRide",
        18 => "EBikeRide",
        19 => "Velomobile",
        20 => "WaterSport",
        21 => "Canoeing",
        22 => "Kayaking",
        23 => "Rowing",
        24 => "StandUpPaddling",
        25 => "Surfing",
        26 => "Crossfit",
        27 => "Elliptical",
        28 => "RockClimbing",
        29 => "StairStepper",
        30 => "WeightTraining",
        31 => "Yoga",
        51 => "Handcycle",
        52 => "Wheelchair",
        53 => "VirtualRun",
        _ => return None,
    })
}

/// The line, from 1, of byte `offset`.
fn line_at(bytes: &[u8], offset: usize) -> usize {
    1 + memchr::memchr_iter(b'\n', &bytes[..offset.min(bytes.len())]).count()
}

/// Reads the fixes of a file of `format`.
///
/// # Errors
/// [`ReadError`] for a file that is not well-formed, or a point with a
/// value that cannot be read.
pub fn read(bytes: &[u8], format: Format) -> Result<Track, ReadError> {
    let mut track = match format {
        Format::Gpx | Format::Tcx => read_xml(bytes)?,
        Format::Fit => read_fit(bytes)?,
    };
    if let Some(words) = track.activity.as_deref().and_then(not_on_foot) {
        track.course_only(CourseOnly::OffFoot(words));
    } else if track.tcx_course {
        track.course_only(CourseOnly::TcxCourse);
    }
    Ok(track)
}

/// What the text being read fills in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Elevation,
    Time,
    HeartRate,
    Latitude,
    Longitude,
}

/// The kind of point an element opens, if it opens one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A GPX track point or a TCX trackpoint: recorded or drawn.
    Track,
    /// A GPX route point: planned.
    Route,
}

/// A point being read.
#[derive(Debug, Clone, Copy)]
struct Open {
    kind: Kind,
    /// A GPX point, whose position is required.
    gpx: bool,
    fix: Fix,
    /// Latitude and longitude, once read (TCX gives them as elements).
    position: (Option<f64>, Option<f64>),
    /// The byte the point's element starts at.
    start: usize,
}

/// What the XML reader has seen so far: one flag for each element whose
/// text it reads differently inside.
#[allow(clippy::struct_excessive_bools)]
struct Xml<'a> {
    bytes: &'a [u8],
    track: Track,
    route: Track,
    /// Track segments or TCX laps, tracks, routes.
    segments: usize,
    tracks: usize,
    routes: usize,
    open: Option<Open>,
    field: Option<Field>,
    in_heart: bool,
    root: bool,
    /// A `<TrainingCenterDatabase>`, and in it a `<Course>`.
    tcx: bool,
    tcx_course: bool,
    /// The activity a TCX `Activity` or a GPX track's `<type>` names.
    activity: Option<String>,
    /// Inside a GPX `<link>`, whose `<type>` is a link's, not an activity's.
    in_link: bool,
    /// Inside a track's or route's `<type>`.
    in_type: bool,
    /// A GPX file Strava wrote, whose `<type>` may be one of its numbers.
    strava: bool,
}

impl<'a> Xml<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Self {
            bytes,
            track: Track::default(),
            route: Track::default(),
            segments: 0,
            tracks: 0,
            routes: 0,
            open: None,
            field: None,
            in_heart: false,
            root: false,
            tcx: false,
            tcx_course: false,
            activity: None,
            in_link: false,
            in_type: false,
            strava: false,
        }
    }

    /// An error about the element that starts at byte `at`.
    fn error_at(&self, at: usize, message: String) -> ReadError {
        ReadError {
            location: Some(Location::Line(line_at(self.bytes, at))),
            message,
        }
    }

    /// An element opens (`empty`: and closes at once) at byte `at`.
    fn start(&mut self, element: &BytesStart<'_>, empty: bool, at: usize) -> Result<(), ReadError> {
        let name = element.local_name();
        let name = name.as_ref();
        match name {
            "trkpt" | "rtept" | "Trackpoint" => {
                let mut point = Open {
                    kind: if name == "rtept" {
                        Kind::Route
                    } else {
                        Kind::Track
                    },
                    gpx: name != "Trackpoint",
                    fix: Fix::default(),
                    position: (None, None),
                    start: at,
                };
                for attribute in element.attributes() {
                    let attribute = attribute
                        .map_err(|err| self.error_at(at, format!("malformed XML: {err}")))?;
                    let key = attribute.key.local_name();
                    let label = match key.as_ref() {
                        "lat" => "lat",
                        "lon" => "lon",
                        _ => continue,
                    };
                    let text = attribute
                        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .map_err(|err| self.error_at(at, format!("malformed XML: {err}")))?;
                    let value = number(&text).ok_or_else(|| {
                        self.error_at(
                            at,
                            format!(
                                "the point's {label} '{}' is not a number",
                                crate::error::escape_invisible(&text)
                            ),
                        )
                    })?;
                    if label == "lat" {
                        point.position.0 = Some(value);
                    } else {
                        point.position.1 = Some(value);
                    }
                }
                if empty {
                    self.finish(point)?;
                } else {
                    self.open = Some(point);
                }
            }
            "gpx" => {
                self.root = true;
                let creator = element
                    .try_get_attribute("creator")
                    .map_err(|err| self.error_at(at, format!("malformed XML: {err}")))?;
                self.strava = creator.is_some_and(|creator| {
                    (creator.value.as_bytes().windows(6))
                        .any(|word| word.eq_ignore_ascii_case(b"strava"))
                });
            }
            "TrainingCenterDatabase" => {
                self.root = true;
                self.tcx = true;
            }
            "Course" if self.tcx => self.tcx_course = true,
            "trkseg" | "Lap" => self.segments += 1,
            "trk" | "Track" => self.tracks += 1,
            "rte" => self.routes += 1,
            "HeartRateBpm" => self.in_heart = true,
            "link" if !empty => self.in_link = true,
            "type" if self.open.is_none() && !self.in_link && self.tracks + self.routes > 0 => {
                self.in_type = !empty;
            }
            "Activity" if self.activity.is_none() => {
                let sport = element
                    .try_get_attribute("Sport")
                    .map_err(|err| self.error_at(at, format!("malformed XML: {err}")))?;
                if let Some(sport) = sport {
                    let sport = sport
                        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .map_err(|err| self.error_at(at, format!("malformed XML: {err}")))?;
                    self.activity = Some(sport.into_owned());
                }
            }
            _ if self.open.is_some() && !empty => {
                self.field = match name {
                    "ele" | "AltitudeMeters" => Some(Field::Elevation),
                    "time" | "Time" => Some(Field::Time),
                    "hr" | "heartrate" => Some(Field::HeartRate),
                    "Value" if self.in_heart => Some(Field::HeartRate),
                    "LatitudeDegrees" => Some(Field::Latitude),
                    "LongitudeDegrees" => Some(Field::Longitude),
                    _ => None,
                };
            }
            _ => {}
        }
        Ok(())
    }

    /// Text inside an element, at byte `at`.
    fn text(&mut self, content: &str, at: usize) -> Result<(), ReadError> {
        let content = content.trim();
        if content.is_empty() {
            // Blank text: an element with no value, or the line breaks a
            // pretty-printer puts around a CDATA section.
            return Ok(());
        }
        if self.in_type {
            // The first track's or route's type names the activity.
            let number = self.strava.then(|| strava_type(content)).flatten();
            self.activity
                .get_or_insert_with(|| number.unwrap_or(content).to_owned());
            return Ok(());
        }
        let (Some(field), Some(point)) = (self.field, self.open.as_mut()) else {
            return Ok(());
        };
        let value = match field {
            Field::Time => seconds(content),
            // `NaN` is what some apps write for no reading: the course
            // reads it as none, as it does -9999 (rule `route-elevation`).
            Field::Elevation => content.parse().ok(),
            _ => number(content),
        };
        let Some(value) = value else {
            let what = match field {
                Field::Elevation => "elevation",
                Field::Time => "time",
                Field::HeartRate => "heart rate",
                Field::Latitude => "latitude",
                Field::Longitude => "longitude",
            };
            let content = crate::error::escape_invisible(content);
            return Err(self.error_at(at, format!("the point's {what} '{content}' cannot be read")));
        };
        match field {
            Field::Elevation => point.fix.elevation = Some(value),
            Field::Time => point.fix.time = Some(value),
            Field::HeartRate => point.fix.heart_rate = Some(value),
            Field::Latitude => point.position.0 = Some(value),
            Field::Longitude => point.position.1 = Some(value),
        }
        Ok(())
    }

    /// An element closes.
    fn end(&mut self, name: &str) -> Result<(), ReadError> {
        match name {
            "trkpt" | "rtept" | "Trackpoint" => {
                if let Some(point) = self.open.take() {
                    self.finish(point)?;
                }
            }
            "HeartRateBpm" => self.in_heart = false,
            "link" => self.in_link = false,
            "type" => self.in_type = false,
            _ => {}
        }
        self.field = None;
        Ok(())
    }

    /// Adds a finished point to the list of its kind; a TCX trackpoint
    /// without a position (an indoor sample, a pause) is skipped.
    fn finish(&mut self, point: Open) -> Result<(), ReadError> {
        let (Some(lat), Some(lon)) = point.position else {
            if point.gpx {
                return Err(self.error_at(point.start, "the point has no lat or lon".to_owned()));
            }
            return Ok(());
        };
        let list = match point.kind {
            Kind::Track => &mut self.track,
            Kind::Route => &mut self.route,
        };
        list.fixes.push(Fix {
            lat,
            lon,
            ..point.fix
        });
        list.starts.push(point.start);
        Ok(())
    }

    /// The fixes read: the tracks, or the routes when there are none, and
    /// what was joined or left aside.
    fn into_track(self) -> Result<Track, ReadError> {
        if let Some(point) = self.open {
            return Err(self.error_at(
                point.start,
                "the file ends inside this point: it was cut short".to_owned(),
            ));
        }
        if !self.root {
            return Err(ReadError {
                location: None,
                message: "no <gpx> or <TrainingCenterDatabase> element: the file holds neither"
                    .to_owned(),
            });
        }
        let activity = self.activity;
        let (mut chosen, pieces) = if self.track.fixes.is_empty() {
            (self.route, self.routes)
        } else {
            let mut track = self.track;
            if !self.route.fixes.is_empty() {
                track.notes.push(Message::new(
                    advice::FILE_ROUTES_LEFT_ASIDE,
                    [("routes", Value::Count(self.routes))],
                ));
            }
            (track, self.segments.max(self.tracks))
        };
        if pieces > 1 && !chosen.fixes.is_empty() {
            chosen.notes.push(Message::new(
                advice::FILE_PIECES_JOINED,
                [("pieces", Value::Count(pieces))],
            ));
        }
        chosen.activity = activity;
        chosen.tcx_course = self.tcx_course;
        Ok(chosen)
    }
}

/// GPX and TCX, in one pass: every element is matched by its local name,
/// so that namespace prefixes (`ns3:hr`, `gpxtpx:hr`) do not matter.
fn read_xml(bytes: &[u8]) -> Result<Track, ReadError> {
    let mut reader = Reader::from_reader(bytes);
    let mut xml = Xml::new(bytes);
    loop {
        let at = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        let event = reader.read_event().map_err(|err| {
            if let quick_xml::Error::Encoding(_) = err {
                // Text in no encoding the file named (see
                // `input::utf8_bytes`): say where its first bad byte is,
                // in the event that failed.
                let rest = bytes.get(at..).unwrap_or_default();
                let valid = std::str::from_utf8(rest)
                    .err()
                    .map_or(0, |err| err.valid_up_to());
                let byte = rest.get(valid).copied().unwrap_or_default();
                return xml.error_at(
                    at.saturating_add(valid),
                    format!(
                        "not UTF-8 (byte {byte:#04X}), and the XML declaration names no other \
                         encoding; name it there (encoding=\"ISO-8859-1\") or save the file as \
                         UTF-8"
                    ),
                );
            }
            let at = usize::try_from(reader.error_position()).unwrap_or(usize::MAX);
            xml.error_at(at, format!("malformed XML: {err}"))
        })?;
        match event {
            Event::Start(element) => xml.start(&element, false, at)?,
            Event::Empty(element) => xml.start(&element, true, at)?,
            Event::Text(text) => xml.text(&text.xml10_content(), at)?,
            // `<type><![CDATA[cycling]]></type>`, as GPSBabel and others
            // write text: text as written, with no escapes to read.
            Event::CData(text) => xml.text(&text.xml10_content(), at)?,
            Event::End(element) => xml.end(element.local_name().as_ref())?,
            Event::Eof => return xml.into_track(),
            _ => {}
        }
    }
}

/// A decimal number, finite.
fn number(text: &str) -> Option<f64> {
    text.trim()
        .parse::<f64>()
        .ok()
        .filter(|value| value.is_finite())
}

/// Seconds since 1970 of an ISO 8601 time: with an offset or `Z`, an
/// offset without its colon (`+0200`, as some phone apps write it), or none
/// (taken as UTC; only differences matter).
fn seconds(text: &str) -> Option<f64> {
    let text = text.trim();
    let instant = chrono::DateTime::parse_from_rfc3339(text)
        .or_else(|_| chrono::DateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f%z"))
        .map(|time| time.naive_utc())
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f"))
        .ok()?;
    let utc = instant.and_utc();
    Some(utc.timestamp() as f64 + f64::from(utc.timestamp_subsec_millis()) / 1000.0)
}

/// FIT: every `record` message with a position, in order. Every data
/// message is decoded (FIT's compressed timestamps need them all); only
/// records are kept.
fn read_fit(bytes: &[u8]) -> Result<Track, ReadError> {
    const SEMICIRCLE_DEGREES: f64 = 180.0 / 2_147_483_648.0;
    check_fit_framing(bytes)?;
    let mut processor = FitStreamProcessor::new();
    let mut track = Track::default();
    let mut rest = bytes;
    let mut messages = 0_usize;
    let mut without_position = 0_usize;
    while !rest.is_empty() {
        // A checksum covers the whole file, not the record it is read after.
        let failed = |messages: usize, err: &fitparser::Error| ReadError {
            location: (!matches!(**err, fitparser::ErrorKind::InvalidCrc(..)))
                .then_some(Location::Record(messages + 1)),
            message: format!("not a FIT file wrun can read: {}", fit_message(err)),
        };
        let (next, object) = processor
            .deserialize_next(rest)
            .map_err(|err| failed(messages, &err))?;
        rest = next;
        match object {
            FitObject::Crc(_) => processor.reset(),
            FitObject::DataMessage(message) => {
                messages += 1;
                let record = processor
                    .decode_message(message)
                    .map_err(|err| failed(messages - 1, &err))?;
                if matches!(record.kind(), MesgNum::Sport | MesgNum::Session)
                    && track.activity.is_none()
                {
                    track.activity = record.fields().iter().find_map(|field| {
                        match (field.name(), field.value()) {
                            ("sport", fitparser::Value::String(sport)) => Some(sport.clone()),
                            _ => None,
                        }
                    });
                }
                if record.kind() != MesgNum::Record {
                    continue;
                }
                let mut fix = Fix::default();
                let mut position = (None, None);
                for field in record.fields() {
                    let value = || -> Option<f64> { field.value().clone().try_into().ok() };
                    match field.name() {
                        "position_lat" => position.0 = value().map(|v| v * SEMICIRCLE_DEGREES),
                        "position_long" => position.1 = value().map(|v| v * SEMICIRCLE_DEGREES),
                        "enhanced_altitude" => fix.elevation = value(),
                        "altitude" => fix.elevation = fix.elevation.or_else(value),
                        "heart_rate" => fix.heart_rate = value(),
                        "timestamp" => fix.time = value(),
                        _ => {}
                    }
                }
                if let (Some(lat), Some(lon)) = position {
                    track.fixes.push(Fix { lat, lon, ..fix });
                    track.starts.push(messages);
                } else {
                    without_position += 1;
                }
            }
            FitObject::Header(_) | FitObject::DefinitionMessage(_) => {}
        }
    }
    if messages == 0 {
        return Err(ReadError {
            location: None,
            message: "not a FIT file wrun can read: it holds no data messages".to_owned(),
        });
    }
    if without_position > 0 && !track.fixes.is_empty() {
        track.notes.push(Message::new(
            advice::FILE_NO_POSITION,
            [("count", Value::Count(without_position))],
        ));
    }
    Ok(track)
}

/// The size in bytes of one value of FIT base type `base` (bits 5 and 6
/// masked out, as the FIT SDK does); unknown types count as bytes.
const fn fit_base_size(base: u8) -> usize {
    match base & 0x9f {
        0x83 | 0x84 | 0x8b => 2,
        0x85 | 0x86 | 0x88 | 0x8c => 4,
        0x89 | 0x8e | 0x8f | 0x90 => 8,
        _ => 1,
    }
}

/// Walks the framing of a FIT file (each file's header, its definition
/// and data messages, its closing checksum) before `fitparser` reads it,
/// and refuses what `fitparser` 0.11 does not handle well: a header longer
/// than the file (it panics), and a field whose size is not a whole number
/// of values of its type (it prints to stderr and reads on). Nothing is
/// decoded here: only sizes are read, to find where each message ends.
fn check_fit_framing(bytes: &[u8]) -> Result<(), ReadError> {
    let refuse = |record: usize, what: &str| ReadError {
        location: (record > 0).then_some(Location::Record(record)),
        message: format!("not a FIT file wrun can read: {what}"),
    };
    let mut start = 0;
    let mut messages = 0;
    while start < bytes.len() {
        let file = &bytes[start..];
        let header = usize::from(file[0]);
        if !(header == 12 || header == 14) || file.len() < header || &file[8..12] != b".FIT" {
            return Err(refuse(messages, "no FIT header where one should start"));
        }
        let size = u32::from_le_bytes([file[4], file[5], file[6], file[7]]);
        let end = usize::try_from(size)
            .ok()
            .and_then(|size| size.checked_add(header))
            .ok_or_else(|| refuse(messages + 1, "it ends early"))?;
        // The size of each local message type's data messages, once defined.
        let mut defined: [Option<usize>; 16] = [None; 16];
        let mut at = header;
        while at < end {
            let record = *file
                .get(at)
                .ok_or_else(|| refuse(messages + 1, "it ends early"))?;
            at += 1;
            if record & 0x40 != 0 && record & 0x80 == 0 {
                // A definition: 5 fixed bytes, then 3 per field, then
                // developer fields when bit 5 says so.
                let fields = usize::from(
                    *file
                        .get(at + 4)
                        .ok_or_else(|| refuse(messages + 1, "it ends early"))?,
                );
                let mut data = 0;
                let mut next = at + 5;
                for _ in 0..fields {
                    let field = file
                        .get(next..next + 3)
                        .ok_or_else(|| refuse(messages + 1, "it ends early"))?;
                    let size = usize::from(field[1]);
                    if size % fit_base_size(field[2]) != 0 {
                        return Err(refuse(
                            messages + 1,
                            "a field's size is not a whole number of its values",
                        ));
                    }
                    data += size;
                    next += 3;
                }
                if record & 0x20 != 0 {
                    let count = usize::from(
                        *file
                            .get(next)
                            .ok_or_else(|| refuse(messages + 1, "it ends early"))?,
                    );
                    next += 1;
                    for _ in 0..count {
                        let field = file
                            .get(next..next + 3)
                            .ok_or_else(|| refuse(messages + 1, "it ends early"))?;
                        data += usize::from(field[1]);
                        next += 3;
                    }
                }
                defined[usize::from(record & 0x0f)] = Some(data);
                at = next;
            } else {
                // A data message: a normal header names its local type in
                // bits 0-3, a compressed-timestamp header in bits 5-6.
                let local = if record & 0x80 != 0 {
                    (record >> 5) & 0x03
                } else {
                    record & 0x0f
                };
                messages += 1;
                let size = defined[usize::from(local)]
                    .ok_or_else(|| refuse(messages, "a message of a type never defined"))?;
                at += size;
                if at > file.len() {
                    return Err(refuse(messages, "it ends early"));
                }
            }
        }
        if at > end {
            return Err(refuse(messages, "a message runs past the end of the data"));
        }
        if end + 2 > file.len() {
            return Err(refuse(messages, "it ends early, before its checksum"));
        }
        start += end + 2;
    }
    if messages == 0 {
        return Err(refuse(0, "it holds no data messages"));
    }
    Ok(())
}

/// fitparser's error in one line.
fn fit_message(err: &fitparser::Error) -> Cow<'static, str> {
    match &**err {
        fitparser::ErrorKind::UnexpectedEof(_) => Cow::Borrowed("it ends early"),
        fitparser::ErrorKind::InvalidCrc(..) => {
            Cow::Borrowed("its checksum does not match: the file is damaged")
        }
        // A message of a type never defined is refused before fitparser
        // reads the file (`check_fit_framing`); what else it finds is in
        // its own words.
        other => Cow::Owned(format!(
            "a message it cannot decode (fitparser: {})",
            crate::error::escape_invisible(&other.to_string())
        )),
    }
}

#[cfg(test)]
mod tests;
