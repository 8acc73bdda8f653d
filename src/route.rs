//! Route and activity files read into GPS fixes: GPX 1.1 tracks and
//! routes and TCX through `quick-xml`, FIT through `fitparser`.
//!
//! What the fixes mean is [`crate::guidance::course`]'s business; this
//! module only reads them, remembers where in the file each came from (a
//! line, or a FIT record) and says what it did with the file's structure.

use std::fmt;

use crate::guidance::course::Fix;
use crate::guidance::{Message, Value, advice};

mod fit;
mod xml;

use fit::read_fit;
use xml::read_xml;

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
        let has = |needle: &[u8]| holds(head(bytes), needle);
        if has(b"<gpx") {
            Some(Self::Gpx)
        } else if has(b"<TrainingCenterDatabase") {
            Some(Self::Tcx)
        } else {
            None
        }
    }

    /// What a file that is no route wrun reads shows itself to be, where
    /// its first bytes tell and no route's do: a web page saved in place of
    /// the file, or Google Earth's KML.
    #[must_use]
    pub fn foreign(bytes: &[u8]) -> Option<&'static str> {
        if Self::sniff(bytes).is_some() {
            return None;
        }
        let lower = head(bytes).to_ascii_lowercase();
        let has = |needle: &[u8]| holds(&lower, needle);
        if has(b"<html") || has(b"<!doctype html") {
            Some(
                "a web page (HTML), not a GPX, TCX or FIT file: perhaps a page saved in place of \
                 the file, such as a sign-in page; download the file itself",
            )
        } else if has(b"<kml") {
            Some("a KML file (Google Earth's), which wrun does not read: export the route as GPX")
        } else if lower.trim_ascii_start().starts_with(b"{")
            && (has(b"\"featurecollection\"") || has(b"\"linestring\"") || has(b"\"feature\""))
        {
            Some("a GeoJSON file, which wrun does not read: export the route as GPX")
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

/// The first bytes of a file, where its format shows.
fn head(bytes: &[u8]) -> &[u8] {
    &bytes[..bytes.len().min(4096)]
}

/// Whether `bytes` hold `needle` anywhere.
pub(crate) fn holds(bytes: &[u8], needle: &[u8]) -> bool {
    bytes.windows(needle.len()).any(|window| window == needle)
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

impl ReadError {
    /// An error about the file as a whole, at no place in it.
    fn whole(message: impl Into<String>) -> Self {
        Self {
            location: None,
            message: message.into(),
        }
    }
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
    /// where the activity it names is one, `run` for any other (a run, or
    /// another activity on foot such as snowshoeing); `None` for a file
    /// that names none.
    #[must_use]
    pub fn outing(&self) -> Option<&'static str> {
        let activity = self.activity.as_deref()?.to_ascii_lowercase();
        Some(if activity.contains("walk") {
            "walk"
        } else if activity.contains("hik") {
            "hike"
        } else {
            "run"
        })
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

#[cfg(test)]
mod tests;
