//! The GPX and TCX reader: GPX 1.1 tracks and routes, TCX activities and
//! courses, through `quick-xml`, in one pass over the file's events.

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::{Location, ReadError, Track, line_at, strava_type};
use crate::guidance::course::Fix;
use crate::guidance::{Message, Value, advice};

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
    /// GPX waypoints: marked places, not a course.
    waypoints: usize,
    /// TCX workouts: planned steps, not a course.
    workouts: usize,
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
            waypoints: 0,
            workouts: 0,
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
            "wpt" => self.waypoints += 1,
            "Workout" if self.tcx => self.workouts += 1,
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
            return Err(ReadError::whole(
                "no <gpx> or <TrainingCenterDatabase> element: the file holds neither",
            ));
        }
        if self.track.fixes.is_empty() && self.route.fixes.is_empty() && self.waypoints > 0 {
            return Err(ReadError::whole(format!(
                "{} and no track or route: waypoints mark places, not a way between them; \
                 export the course as a track or a route",
                counted(self.waypoints, "waypoint")
            )));
        }
        if self.track.fixes.is_empty() && self.tracks == 0 && self.workouts > 0 {
            return Err(ReadError::whole(format!(
                "{} and no activity or course: a workout is planned steps, not a way to follow; \
                 export the activity you recorded, or a course",
                counted(self.workouts, "workout")
            )));
        }
        let activity = self.activity;
        let (mut chosen, pieces) = if self.track.fixes.is_empty() {
            (self.route, self.routes)
        } else {
            let mut track = self.track;
            if !self.route.fixes.is_empty() {
                track.notes.push(match self.routes {
                    1 => Message::fixed(advice::FILE_ROUTE_LEFT_ASIDE),
                    routes => Message::new(
                        advice::FILE_ROUTES_LEFT_ASIDE,
                        [("routes", Value::Count(routes))],
                    ),
                });
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
pub(super) fn read_xml(bytes: &[u8]) -> Result<Track, ReadError> {
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

/// `count` of `noun`, in words: "one waypoint", "3 waypoints".
fn counted(count: usize, noun: &str) -> String {
    match count {
        1 => format!("one {noun}"),
        many => format!("{many} {noun}s"),
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
pub(super) fn seconds(text: &str) -> Option<f64> {
    let text = text.trim();
    let instant = chrono::DateTime::parse_from_rfc3339(text)
        .or_else(|_| chrono::DateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f%z"))
        .map(|time| time.naive_utc())
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f"))
        .ok()?;
    let utc = instant.and_utc();
    Some(utc.timestamp() as f64 + f64::from(utc.timestamp_subsec_millis()) / 1000.0)
}
