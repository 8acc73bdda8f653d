//! `wrun route --json`, and the split rows its CSV shares.

use serde::Serialize;

use super::{Notes, RecommendationJson, SCHEMA_VERSION, WarningJson, Written};
use crate::guidance::METRES_PER_MILE;
use crate::guidance::Message;
use crate::guidance::Speed;
use crate::guidance::course::{Course, CourseHeart, Split};
use crate::guidance::round2;
use crate::route::Format;

/// The file a course was read from, as the command saw it.
#[derive(Debug, Clone, Copy)]
pub struct RouteFile<'a> {
    /// Its name as given, or `standard input`.
    pub name: &'a str,
    /// Its format.
    pub format: Format,
    /// The points read from it.
    pub points: usize,
    /// What was joined or left aside.
    pub notes: &'a [Message],
    /// What it records being done on foot, in a word: `run`, `walk` or
    /// `hike`; `None` where it names nothing.
    pub outing: Option<&'static str>,
}

/// `wrun route --json`.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct RouteJson<'a> {
    /// The version of this contract: 1.
    pub schema_version: u32,
    /// The file read.
    pub file: FileJson<'a>,
    /// `planned` (no times: predicted at the runner's usual flat effort) or
    /// `recorded` (every point timed).
    pub kind: &'static str,
    /// `true` when a recorded run was made without the load (`--without-load`):
    /// the loaded figures are then what the load would have done.
    pub recorded_without_load: bool,
    /// What the runner carries on the course.
    pub carried: CarriedJson,
    /// The course as a whole.
    pub summary: SummaryJson,
    /// One per split (`--split`, 1 km or 1 mile by default), in order; they add up to the summary.
    pub splits: Vec<SplitJson>,
    /// Stops, left out of moving time (recorded runs).
    pub stops: Vec<StopJson>,
    /// The steepest stretches, steepest first, at most three.
    pub steepest: Vec<SteepJson>,
    /// Heart rate on the course; null without heart rate in the file or `--hr`.
    pub heart: Option<HeartJson>,
    /// What wrun did with the file and where the models were stretched, each with its id.
    pub notes: Vec<WarningJson<'a>>,
    /// The runner's answer for this course, as `wrun recommend --json`: the
    /// load, the warnings (the course's own among them), the tips, the
    /// capacity over the course's duration and the verdict from every
    /// finding. Its `input` echoes the runner as asked (a planned course's
    /// flat pace among it); its `energy` is null: the course's is in `summary`.
    pub assessment: RecommendationJson<'a>,
}

/// The file read.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct FileJson<'a> {
    /// The name as given, or `standard input`.
    pub name: &'a str,
    /// `gpx`, `tcx` or `fit`.
    pub format: &'static str,
    /// Points with a position read from it (before GPS jumps are left out).
    pub points: usize,
    /// What was joined (segments, laps) or left aside (routes beside tracks,
    /// records without a position).
    pub notes: Notes<'a>,
}

/// What the runner carries.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct CarriedJson {
    /// `vest`, `hand-wrist` or `ankle`.
    pub weight_type: &'static str,
    /// The vest's mass, or the mass on each hand or ankle, kg: the runner's
    /// load, else the recommended start; null for ankle weights without a
    /// load of the runner's.
    pub load_kg: Option<f64>,
    /// The same, lb.
    pub load_lb: Option<f64>,
    /// Hand, wrist and ankle weights: the share added to the run's energy,
    /// percent (for that load, or the middle of the figures' range); null
    /// for a vest.
    pub energy_percent: Option<f64>,
}

/// The course as a whole.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct SummaryJson {
    /// Distance, km.
    pub distance_km: f64,
    /// Distance, miles.
    pub distance_mi: f64,
    /// Whether the file had elevation; without it the course is taken as flat.
    pub has_elevation: bool,
    /// Metres climbed, after GPS noise is cleaned (rule `route-elevation`).
    pub ascent_m: f64,
    /// Metres descended, cleaned likewise.
    pub descent_m: f64,
    /// Metres climbed summing every raw rise between points, outliers aside (rule
    /// `route-elevation`): GPS noise inflates it.
    pub raw_ascent_m: f64,
    /// Lowest cleaned elevation, m; null without elevation.
    pub elevation_min_m: Option<f64>,
    /// Highest cleaned elevation, m.
    pub elevation_max_m: Option<f64>,
    /// Recorded: from the first point to the last, seconds; null when planned.
    pub elapsed_seconds: Option<f64>,
    /// Moving time (recorded) or predicted time with the load (planned), seconds.
    pub seconds: f64,
    /// Planned: the predicted time without the load, seconds.
    pub unloaded_seconds: Option<f64>,
    /// Planned: the runner's usual flat, unloaded pace, seconds per km.
    pub flat_pace_s_per_km: Option<f64>,
    /// Pace over the course (moving, or predicted with the load), seconds per km.
    pub pace_s_per_km: Option<f64>,
    /// The same, seconds per mile.
    pub pace_s_per_mile: Option<f64>,
    /// Recorded: the flat, unloaded pace of the same effort, seconds per km;
    /// an effort lighter than wrun's slowest flat pace costs is held at
    /// that pace (text writes it "slower than").
    pub adjusted_pace_s_per_km: Option<f64>,
    /// The same, seconds per mile.
    pub adjusted_pace_s_per_mile: Option<f64>,
    /// Kilocalories with the load.
    pub loaded_kcal: f64,
    /// Kilocalories without it.
    pub unloaded_kcal: f64,
    /// What the load adds, kcal.
    pub extra_kcal: f64,
    /// What the load adds, percent of the unloaded energy.
    pub extra_percent: f64,
    /// Average oxygen uptake with the load, mL/kg/min.
    pub loaded_vo2_ml_per_kg_min: f64,
    /// The rule for distances: `route-distance`.
    pub distance_source: &'static str,
    /// The rule for elevation, ascent and grades: `route-elevation`.
    pub elevation_source: &'static str,
    /// The rule for times, paces and energy on the course: `route-effort`.
    pub effort_source: &'static str,
}

/// One split; also one row of `wrun route --format csv`.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct SplitJson {
    /// 1, 2, ...
    pub split: usize,
    /// Where it starts, km from the start.
    pub start_km: f64,
    /// Its length, km (the last is usually shorter).
    pub distance_km: f64,
    /// Its length, miles.
    pub distance_mi: f64,
    /// Moving time (recorded) or predicted time with the load (planned), seconds.
    pub seconds: f64,
    /// Planned: predicted time without the load, seconds.
    pub unloaded_seconds: Option<f64>,
    /// Pace, seconds per km.
    pub pace_s_per_km: Option<f64>,
    /// Pace, seconds per mile.
    pub pace_s_per_mile: Option<f64>,
    /// Recorded: the flat, unloaded pace of the same effort, seconds per km;
    /// an effort lighter than wrun's slowest flat pace costs is held at
    /// that pace (text writes it "slower than").
    pub adjusted_pace_s_per_km: Option<f64>,
    /// The same, seconds per mile.
    pub adjusted_pace_s_per_mile: Option<f64>,
    /// Metres climbed, cleaned; the splits add up to the summary.
    pub ascent_m: f64,
    /// Metres descended, cleaned.
    pub descent_m: f64,
    /// Kilocalories with the load.
    pub loaded_kcal: f64,
    /// Kilocalories without it.
    pub unloaded_kcal: f64,
    /// Recorded: the average heart rate in the file, bpm.
    pub heart_rate_bpm: Option<f64>,
    /// Estimated heart rate with the load, bpm.
    pub loaded_heart_rate_bpm: Option<f64>,
    /// Estimated heart rate without the load, bpm.
    pub unloaded_heart_rate_bpm: Option<f64>,
}

/// A stop.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct StopJson {
    /// Where, km from the start.
    pub at_km: f64,
    /// How long, seconds.
    pub seconds: f64,
}

/// A steep stretch.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct SteepJson {
    /// Where it starts, km from the start.
    pub start_km: f64,
    /// Where it ends, km.
    pub end_km: f64,
    /// Its grade, percent, as measured; negative downhill.
    pub grade_percent: f64,
}

/// Heart rate on the course (rule `route-heart`).
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct HeartJson {
    /// `own-fit` (the runner's own response, fitted from the file) or
    /// `generic` (heart-rate reserve follows oxygen reserve).
    pub basis: &'static str,
    /// Beats a minute = intercept + slope × oxygen uptake (mL/kg/min).
    pub intercept_bpm: f64,
    /// Beats a minute per mL/kg/min.
    pub slope_bpm_per_ml_kg_min: f64,
    /// The runner's own fit, even when not used: minute-long windows it rests on.
    pub fit_windows: Option<usize>,
    /// Its r².
    pub fit_r2: Option<f64>,
    /// Why the generic line is used; null when the runner's own is.
    pub why_generic: Option<String>,
    /// The average heart rate in the file over moving time, bpm.
    pub measured_bpm: Option<f64>,
    /// The estimated average with the load, bpm.
    pub loaded_bpm: Option<f64>,
    /// The estimated average without it, bpm.
    pub unloaded_bpm: Option<f64>,
    /// The rule: `route-heart`.
    pub source: &'static str,
}

fn km(metres: f64) -> f64 {
    round2(metres / 1000.0)
}

fn paces(speed: Option<Speed>) -> (Option<f64>, Option<f64>) {
    speed.map_or((None, None), |speed| {
        (
            Some(round2(speed.seconds_per_km())),
            Some(round2(speed.seconds_per_mile())),
        )
    })
}

impl<'a> RouteJson<'a> {
    /// The JSON of `course`, read from `file`.
    #[must_use]
    pub fn new(file: &RouteFile<'a>, course: &'a Course, written: Written) -> Self {
        let form = written.notes;
        let format = match file.format {
            Format::Gpx => "gpx",
            Format::Tcx => "tcx",
            Format::Fit => "fit",
        };
        let weight_type = course.answer.request.weight_type.id();
        let load = course.carried.load();
        let carried = CarriedJson {
            weight_type,
            load_kg: load.map(|mass| round2(mass.kg())),
            load_lb: load.map(|mass| round2(mass.lb())),
            energy_percent: course.carried.energy_percent().map(round2),
        };
        let summary = summary(course);
        let heart = heart(course);
        Self {
            schema_version: SCHEMA_VERSION,
            file: FileJson {
                name: file.name,
                format,
                points: file.points,
                notes: Notes {
                    notes: file.notes,
                    form,
                },
            },
            kind: if course.recorded {
                "recorded"
            } else {
                "planned"
            },
            recorded_without_load: course.recorded_without_load,
            carried,
            summary,
            splits: splits(course),
            stops: course
                .stops
                .iter()
                .map(|stop| StopJson {
                    at_km: km(stop.at_m),
                    seconds: round2(stop.seconds),
                })
                .collect(),
            steepest: course
                .steepest
                .iter()
                .map(|steep| SteepJson {
                    start_km: km(steep.start_m),
                    end_km: km(steep.end_m),
                    grade_percent: round2(steep.grade_percent),
                })
                .collect(),
            heart,
            notes: course
                .notes
                .iter()
                .map(|note| WarningJson::new(note, form))
                .collect(),
            assessment: RecommendationJson::new(&course.answer, written),
        }
    }
}

/// The course as a whole.
fn summary(course: &Course) -> SummaryJson {
    let overall = (course.seconds > 0.0)
        .then(|| Speed::from_m_per_min(course.distance_m / course.seconds * 60.0));
    let (pace_km, pace_mile) = paces(overall);
    let (adjusted_km, adjusted_mile) = paces(course.adjusted_speed);
    SummaryJson {
        distance_km: km(course.distance_m),
        distance_mi: round2(course.distance_m / METRES_PER_MILE),
        has_elevation: course.has_elevation,
        ascent_m: round2(course.ascent_m),
        descent_m: round2(course.descent_m),
        raw_ascent_m: round2(course.raw_ascent_m),
        elevation_min_m: course.elevation_range.map(|(low, _)| round2(low)),
        elevation_max_m: course.elevation_range.map(|(_, high)| round2(high)),
        elapsed_seconds: course.elapsed_seconds.map(round2),
        seconds: round2(course.seconds),
        unloaded_seconds: course.unloaded_seconds.map(round2),
        flat_pace_s_per_km: paces(course.flat_speed).0,
        pace_s_per_km: pace_km,
        pace_s_per_mile: pace_mile,
        adjusted_pace_s_per_km: adjusted_km,
        adjusted_pace_s_per_mile: adjusted_mile,
        loaded_kcal: round2(course.loaded_kcal),
        unloaded_kcal: round2(course.unloaded_kcal),
        extra_kcal: round2(course.loaded_kcal - course.unloaded_kcal),
        extra_percent: round2(if course.unloaded_kcal > 0.0 {
            (course.loaded_kcal / course.unloaded_kcal - 1.0) * 100.0
        } else {
            0.0
        }),
        loaded_vo2_ml_per_kg_min: round2(course.loaded_vo2),
        distance_source: Course::DISTANCE_SOURCE,
        elevation_source: Course::ELEVATION_SOURCE,
        effort_source: Course::EFFORT_SOURCE,
    }
}

/// Heart rate on the course, when there is one.
fn heart(course: &Course) -> Option<HeartJson> {
    course.heart.as_ref().map(|heart| {
        let averages = course.heart_rates();
        HeartJson {
            basis: if heart.line.fit.is_some() {
                "own-fit"
            } else {
                "generic"
            },
            intercept_bpm: round2(heart.line.intercept),
            slope_bpm_per_ml_kg_min: round2(heart.line.slope),
            fit_windows: heart.own_fit.map(|(n, _)| n),
            fit_r2: heart.own_fit.map(|(_, r2)| round2(r2)),
            why_generic: heart.why_generic.as_ref().map(ToString::to_string),
            measured_bpm: heart.measured_bpm,
            loaded_bpm: averages.map(|(loaded, _)| loaded),
            unloaded_bpm: averages.map(|(_, unloaded)| unloaded),
            source: CourseHeart::SOURCE,
        }
    })
}

/// The splits of `course`, as JSON objects or CSV rows.
#[must_use]
pub fn splits(course: &Course) -> Vec<SplitJson> {
    course
        .splits
        .iter()
        .enumerate()
        .map(|(index, split)| split_json(index, split))
        .collect()
}

fn split_json(index: usize, split: &Split) -> SplitJson {
    let (pace_km, pace_mile) = paces(split.speed());
    let (adjusted_km, adjusted_mile) = paces(split.adjusted_speed);
    SplitJson {
        split: index + 1,
        start_km: km(split.start_m),
        distance_km: km(split.distance_m),
        distance_mi: round2(split.distance_m / METRES_PER_MILE),
        seconds: round2(split.seconds),
        unloaded_seconds: split.unloaded_seconds.map(round2),
        pace_s_per_km: pace_km,
        pace_s_per_mile: pace_mile,
        adjusted_pace_s_per_km: adjusted_km,
        adjusted_pace_s_per_mile: adjusted_mile,
        ascent_m: round2(split.ascent_m),
        descent_m: round2(split.descent_m),
        loaded_kcal: round2(split.loaded_kcal),
        unloaded_kcal: round2(split.unloaded_kcal),
        heart_rate_bpm: split.heart_rate,
        loaded_heart_rate_bpm: split.loaded_heart_rate,
        unloaded_heart_rate_bpm: split.unloaded_heart_rate,
    }
}

/// The verdict columns every CSV row carries, so that no row hides a danger.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VerdictColumns {
    /// `recommended`, `caution` or `not-recommended`.
    pub verdict: &'static str,
    /// The ids of the findings that set it, `;` between them.
    pub verdict_because: String,
}

/// One CSV row per split of `course`, each with the course's verdict,
/// under a header of the row's field names.
#[must_use]
pub fn csv(course: &Course) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let verdict = VerdictColumns {
        verdict: course.answer.verdict.id(),
        verdict_because: course.answer.verdict_because.join(";"),
    };
    for split in splits(course) {
        // Plain numbers and text, written to memory: this cannot fail.
        let _ = writer.serialize((split, &verdict));
    }
    writer.into_inner().unwrap_or_default()
}
