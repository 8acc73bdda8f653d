//! The run itself: how fast, how long or how far, and how steep.
//!
//! Speeds are held in metres per minute (the unit of the ACSM equations),
//! distances in metres and durations in minutes, each as its own type.

use std::fmt;

use super::kinds::{Gait, Terrain};
use super::mass::Decimal;
use super::rules::Range;

/// Metres in a mile, exactly.
pub const METRES_PER_MILE: f64 = 1_609.344;

/// Metres in a foot, exactly.
pub const METRES_PER_FOOT: f64 = 0.3048;

/// A speed.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Speed {
    m_per_min: f64,
}

impl Speed {
    /// A speed of `m` metres per minute.
    #[must_use]
    pub const fn from_m_per_min(m: f64) -> Self {
        Self { m_per_min: m }
    }

    /// A speed of `km` kilometres per hour.
    #[must_use]
    pub const fn from_km_per_h(km: f64) -> Self {
        Self::from_m_per_min(km * 1000.0 / 60.0)
    }

    /// A speed of `miles` miles per hour.
    #[must_use]
    pub const fn from_mph(miles: f64) -> Self {
        Self::from_m_per_min(miles * METRES_PER_MILE / 60.0)
    }

    /// The speed that covers `distance` in `time`.
    #[must_use]
    pub const fn covering(distance: Distance, time: Duration) -> Self {
        Self::from_m_per_min(distance.metres() / time.minutes())
    }

    /// Metres per minute.
    #[must_use]
    pub const fn m_per_min(self) -> f64 {
        self.m_per_min
    }

    /// Kilometres per hour.
    #[must_use]
    pub const fn km_per_h(self) -> f64 {
        self.m_per_min * 60.0 / 1000.0
    }
}

impl fmt::Display for Speed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} km/h", Decimal(self.km_per_h()))
    }
}

/// How a speed is shown: as the runner gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SpeedUnit {
    /// Kilometres per hour.
    #[default]
    KmPerHour,
    /// Miles per hour.
    MilePerHour,
    /// Minutes per kilometre.
    PerKm,
    /// Minutes per mile.
    PerMile,
}

impl SpeedUnit {
    /// Whether distances go with it in miles.
    #[must_use]
    pub const fn is_imperial(self) -> bool {
        matches!(self, Self::MilePerHour | Self::PerMile)
    }
}

impl Speed {
    /// Seconds per kilometre.
    #[must_use]
    pub fn seconds_per_km(self) -> f64 {
        60_000.0 / self.m_per_min
    }

    /// Seconds per mile.
    #[must_use]
    pub fn seconds_per_mile(self) -> f64 {
        60.0 * METRES_PER_MILE / self.m_per_min
    }

    /// The speed in `unit`, the other unit beside it: `6.5 mph (10.46 km/h)`,
    /// `5:30/km (8:51/mi)`.
    #[must_use]
    pub fn show_both(self, unit: SpeedUnit) -> String {
        let other = match unit {
            SpeedUnit::KmPerHour => SpeedUnit::MilePerHour,
            SpeedUnit::MilePerHour => SpeedUnit::KmPerHour,
            SpeedUnit::PerKm => SpeedUnit::PerMile,
            SpeedUnit::PerMile => SpeedUnit::PerKm,
        };
        format!("{} ({})", self.show(unit), self.show(other))
    }

    /// The speed shown in `unit`: `9:30/mi`, `5:30/km`, `6.5 mph`, `10 km/h`.
    #[must_use]
    pub fn show(self, unit: SpeedUnit) -> String {
        match unit {
            SpeedUnit::KmPerHour => self.to_string(),
            SpeedUnit::MilePerHour => {
                format!("{} mph", Decimal(self.m_per_min * 60.0 / METRES_PER_MILE))
            }
            SpeedUnit::PerKm => format!("{}/km", clock(self.seconds_per_km())),
            SpeedUnit::PerMile => format!("{}/mi", clock(self.seconds_per_mile())),
        }
    }
}

/// Seconds as `h:mm:ss`, or `m:ss` under an hour: `47:30`, `1:05:00`.
#[must_use]
pub fn clock(seconds: f64) -> String {
    let total = seconds.round();
    let hours = (total / 3600.0).floor();
    let minutes = ((total - hours * 3600.0) / 60.0).floor();
    let rest = total - hours * 3600.0 - minutes * 60.0;
    if hours > 0.0 {
        format!("{hours}:{minutes:02.0}:{rest:02.0}")
    } else {
        format!("{minutes}:{rest:02.0}")
    }
}

/// A distance.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Distance {
    metres: f64,
}

impl Distance {
    /// A distance of `metres`.
    #[must_use]
    pub const fn from_metres(metres: f64) -> Self {
        Self { metres }
    }

    /// A distance of `miles`.
    #[must_use]
    pub const fn from_miles(miles: f64) -> Self {
        Self::from_metres(miles * METRES_PER_MILE)
    }

    /// Metres.
    #[must_use]
    pub const fn metres(self) -> f64 {
        self.metres
    }

    /// Kilometres.
    #[must_use]
    pub const fn km(self) -> f64 {
        self.metres / 1000.0
    }
}

/// A length of time.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Duration {
    minutes: f64,
}

impl Duration {
    /// A duration of `minutes`.
    #[must_use]
    pub const fn from_minutes(minutes: f64) -> Self {
        Self { minutes }
    }

    /// Minutes.
    #[must_use]
    pub const fn minutes(self) -> f64 {
        self.minutes
    }
}

/// How long the run is: by time or by distance.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Length {
    /// A run of a set time.
    Time(Duration),
    /// A run of a set distance.
    Distance(Distance),
}

/// Speeds wrun accepts, in metres per minute (tool-policy: a slow walk,
/// 1.2 km/h, up to a sprint, 30 km/h).
pub const SPEED_M_PER_MIN: Range = Range::new(20.0, 500.0);
/// Grades wrun accepts, in percent.
pub const GRADE_PERCENT: Range = Range::new(-15.0, 25.0);
/// Durations wrun accepts, in minutes (tool-policy: one minute to a day).
pub const DURATION_MIN: Range = Range::new(1.0, 1440.0);
/// Distances wrun accepts, in metres (tool-policy: 100 m to 250 km).
pub const DISTANCE_M: Range = Range::new(100.0, 250_000.0);

/// The run a runner plans, as far as they have described it.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Workout {
    /// How fast, if known.
    pub speed: Option<Speed>,
    /// How steep, in percent; negative downhill.
    pub grade_percent: f64,
    /// How long or how far, if known.
    pub length: Option<Length>,
    /// Walk, run, or by speed.
    pub gait: Gait,
    /// The ground underfoot.
    pub terrain: Terrain,
}

impl Workout {
    /// Minutes and kilometres, when both speed and length are known.
    #[must_use]
    pub fn duration_and_distance(&self) -> Option<(Duration, Distance)> {
        let speed = self.speed?;
        Some(match self.length? {
            Length::Time(time) => (
                time,
                Distance::from_metres(speed.m_per_min() * time.minutes()),
            ),
            Length::Distance(distance) => (
                Duration::from_minutes(distance.metres() / speed.m_per_min()),
                distance,
            ),
        })
    }

    /// Whether it is costed as a walk: by its model where its speed is
    /// known, else by the gait asked for.
    #[must_use]
    pub fn is_walk(&self) -> bool {
        self.speed.map_or(self.gait == Gait::Walk, |speed| {
            super::energy::Model::bare(self, speed).equation.is_walk()
        })
    }
}

/// The runner's heart rates, in beats per minute.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HeartRates {
    /// Their usual heart rate on this run without weights.
    pub usual: f64,
    /// Their resting heart rate.
    pub resting: f64,
    /// Their maximum heart rate, when known: a loaded heart rate is capped there.
    pub max: Option<f64>,
}

/// Resting heart rate assumed when none is given (tool-policy: a typical adult).
pub const DEFAULT_RESTING_BPM: f64 = 60.0;
/// Heart rates wrun accepts, in beats per minute.
pub const HEART_RATE_BPM: Range = Range::new(30.0, 230.0);
/// Resting heart rates wrun accepts, in beats per minute (tool-policy: from
/// the slowest hearts of endurance athletes to well past the 60 to 100
/// counted normal for adults at rest; a higher figure is more likely the
/// heart rate on a run, given in the wrong place).
pub const RESTING_HEART_RATE_BPM: Range = Range::new(HEART_RATE_BPM.min, 120.0);
/// Maximum heart rates wrun accepts, in beats per minute (tool-policy: from
/// well under the 138 that Tanaka's formula gives at 100, the oldest age
/// wrun takes, to the highest heart rate it accepts).
pub const MAX_HEART_RATE_BPM: Range = Range::new(100.0, HEART_RATE_BPM.max);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speeds_show_as_they_were_given_and_times_as_clocks() {
        let pace = Speed::covering(Distance::from_miles(1.0), Duration::from_minutes(9.5));
        assert_eq!(pace.show(SpeedUnit::PerMile), "9:30/mi");
        assert_eq!(pace.show(SpeedUnit::PerKm), "5:54/km");
        assert_eq!(
            Speed::from_km_per_h(10.0).show(SpeedUnit::KmPerHour),
            "10 km/h"
        );
        assert_eq!(Speed::from_mph(6.5).show(SpeedUnit::MilePerHour), "6.5 mph");
        assert_eq!(clock(47.5 * 60.0), "47:30");
        assert_eq!(clock(3900.0), "1:05:00");
        assert_eq!(clock(59.6), "1:00");
    }

    #[test]
    fn a_speed_shows_in_its_own_unit_then_the_other_and_miles_go_with_miles() {
        let pace = Speed::from_m_per_min(1000.0 / 5.5);
        assert_eq!(pace.show_both(SpeedUnit::PerKm), "5:30/km (8:51/mi)");
        assert_eq!(pace.show_both(SpeedUnit::PerMile), "8:51/mi (5:30/km)");
        let speed = Speed::from_mph(6.5);
        assert_eq!(
            speed.show_both(SpeedUnit::MilePerHour),
            "6.5 mph (10.46 km/h)"
        );
        assert_eq!(
            speed.show_both(SpeedUnit::KmPerHour),
            "10.46 km/h (6.5 mph)"
        );
        let imperial = [
            SpeedUnit::KmPerHour,
            SpeedUnit::MilePerHour,
            SpeedUnit::PerKm,
            SpeedUnit::PerMile,
        ]
        .map(SpeedUnit::is_imperial);
        assert_eq!(imperial, [false, true, false, true]);
    }

    #[test]
    fn ten_km_per_hour_is_166_67_metres_a_minute() {
        assert!((Speed::from_km_per_h(10.0).m_per_min() - 166.666_666_7).abs() < 1e-6);
    }

    #[test]
    fn one_mile_per_hour_is_26_8224_metres_a_minute() {
        assert!((Speed::from_mph(1.0).m_per_min() - 26.8224).abs() < 1e-9);
    }

    #[test]
    fn a_time_and_a_speed_give_the_distance_and_a_distance_the_time() {
        let speed = Some(Speed::from_km_per_h(10.0));
        let by_time = Workout {
            speed,
            grade_percent: 0.0,
            length: Some(Length::Time(Duration::from_minutes(30.0))),
            ..Workout::default()
        };
        let (time, distance) = by_time.duration_and_distance().unwrap();
        assert!((time.minutes() - 30.0).abs() < 1e-9);
        assert!((distance.km() - 5.0).abs() < 1e-9);

        let by_distance = Workout {
            length: Some(Length::Distance(Distance::from_metres(5000.0))),
            ..by_time
        };
        let (time, _) = by_distance.duration_and_distance().unwrap();
        assert!((time.minutes() - 30.0).abs() < 1e-9);
    }

    #[test]
    fn without_a_speed_there_is_no_duration_or_distance() {
        let workout = Workout {
            speed: None,
            grade_percent: 0.0,
            length: Some(Length::Time(Duration::from_minutes(30.0))),
            ..Workout::default()
        };
        assert_eq!(workout.duration_and_distance(), None);
    }
}
