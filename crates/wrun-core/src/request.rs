//! What the runner asks, and the ranges wrun accepts.

use super::body::{AGE_YEARS, HEIGHT_M, Height, VO2MAX_ML_PER_KG_MIN};
use super::kinds::{Condition, Level, PerLimb, WeightType};
use super::mass::{Mass, Unit};
use super::rules::Range;
use super::workout::{
    DISTANCE_M, DURATION_MIN, Distance, Duration, GRADE_PERCENT, HEART_RATE_BPM, HeartRates,
    Length, MAX_HEART_RATE_BPM, RESTING_HEART_RATE_BPM, SPEED_M_PER_MIN, Speed, SpeedUnit, Workout,
};

/// What [`GuidanceError::SpeedOutOfRange`] says, in `unit`: `the speed
/// must be from 1.2 km/h to 30 km/h`, or, in a unit of pace, `the pace must
/// be from 2:00/km to 50:00/km`.
///
/// ```
/// use wrun_core::{SpeedUnit, speed_limits};
/// assert_eq!(speed_limits(SpeedUnit::PerKm), "the pace must be from 2:00/km to 50:00/km");
/// ```
#[must_use]
pub fn speed_limits(unit: SpeedUnit) -> String {
    let [slowest, fastest] = [SPEED_M_PER_MIN.min, SPEED_M_PER_MIN.max]
        .map(|m_per_min| Speed::from_m_per_min(m_per_min).show(unit));
    match unit {
        SpeedUnit::PerKm | SpeedUnit::PerMile => {
            format!("the pace must be from {fastest} to {slowest}")
        }
        SpeedUnit::KmPerHour | SpeedUnit::MilePerHour => {
            format!("the speed must be from {slowest} to {fastest}")
        }
    }
}

/// Body weights wrun answers for, in kilograms (tool-policy: adults, with
/// room at both ends; outside it the article's percentages stop making sense).
pub const BODY_WEIGHT_KG: Range = Range::new(30.0, 300.0);

/// Weight steps wrun accepts, in kilograms (tool-policy: from a hundredth of a
/// kilogram up to a step heavier than any sensible running load).
pub const INCREMENT_KG: Range = Range::new(0.01, 50.0);

/// What the runner tells wrun.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    /// The runner's body weight.
    pub body_weight: Mass,
    /// The kind of weight asked about.
    pub weight_type: WeightType,
    /// How experienced the runner is.
    pub level: Level,
    /// Conditions that make extra load riskier.
    pub conditions: Vec<Condition>,
    /// The step the runner's weights come in, if they come in steps.
    pub increment: Option<Mass>,
    /// The unit the runner thinks in, for masses inside messages.
    pub unit: Unit,
    /// The unit the runner gave the run's speed in, if they gave one: the
    /// notes on how a run was costed give speeds in its system (km/h for a
    /// pace per kilometre, mph for one per mile), else in `unit`'s.
    pub speed_unit: Option<SpeedUnit>,
    /// The run, as far as the runner described it.
    pub workout: Workout,
    /// The runner's heart rates, if given.
    pub heart: Option<HeartRates>,
    /// A load the runner already has (per vest or per hand), to judge.
    pub chosen_load: Option<Mass>,
    /// What the runner said that load is for (`2lb each`, `1kg per
    /// ankle`): only the kinds that load that limb take it.
    pub chosen_load_for: Option<PerLimb>,
    /// What was assumed in reading the runner's figures, for the answer
    /// to say so.
    pub assumed: Assumed,
    /// The runner's height, for the body-mass index.
    pub height: Option<Height>,
    /// The runner's age in years, for their maximum heart rate.
    pub age: Option<f64>,
    /// The runner's `VO2max`, mL/kg/min.
    pub vo2max: Option<f64>,
    /// The runner's resting heart rate, when they gave it (with or without
    /// a heart rate for the run).
    pub resting_hr: Option<f64>,
    /// The runner's maximum heart rate, when they gave it.
    pub max_hr: Option<f64>,
    /// The least `VO2max` a recorded run shows the runner has, mL/kg/min:
    /// it replaces any lower figure (rule `capacity`); a course answer
    /// fills it in from the recording.
    pub shown_vo2max: Option<f64>,
    /// The least `VO2max` the runner's usual pace shows, mL/kg/min: it
    /// replaces a lower figure assumed for their level or estimated from
    /// their heart rates, not a `VO2max` they give (rule `capacity`); a
    /// planned course fills it in. Without it, a
    /// heart rate usual on the run shows one from the run itself.
    pub usual_vo2max: Option<f64>,
    /// The highest heart rate the runner is known to reach, bpm, besides a
    /// usual one on the run: an estimate of their maximum from age below it
    /// is left aside (rule `tanaka-hr-max`); a course answer fills it in
    /// from the recording's highest minute, or the usual heart rate at the
    /// pace a course is planned at.
    pub reached_hr: Option<f64>,
}

impl Request {
    /// A request with the default level, no conditions, no increment, in pounds.
    #[must_use]
    pub const fn new(body_weight: Mass, weight_type: WeightType) -> Self {
        Self {
            body_weight,
            weight_type,
            level: Level::Intermediate,
            conditions: Vec::new(),
            increment: None,
            unit: Unit::Lb,
            speed_unit: None,
            workout: Workout {
                speed: None,
                grade_percent: 0.0,
                length: None,
                gait: super::kinds::Gait::Auto,
                terrain: super::kinds::Terrain::Paved,
            },
            heart: None,
            chosen_load: None,
            chosen_load_for: None,
            assumed: Assumed {
                pounds: false,
                pace_per: None,
            },
            height: None,
            age: None,
            vo2max: None,
            resting_hr: None,
            max_hr: None,
            shown_vo2max: None,
            usual_vo2max: None,
            reached_hr: None,
        }
    }

    /// The unit whose system speeds are said in: [`Unit::Kg`] for km/h,
    /// [`Unit::Lb`] for mph (see [`Request::speed_unit`]).
    ///
    /// ```
    /// use wrun_core::{Mass, Request, SpeedUnit, Unit, WeightType};
    /// let mut request = Request::new(Mass::from_kg(70.0), WeightType::Vest);
    /// request.unit = Unit::Kg;
    /// assert_eq!(request.speed_system(), Unit::Kg);
    /// // A pace per mile is said in mph, whatever unit the masses are in.
    /// request.speed_unit = Some(SpeedUnit::PerMile);
    /// assert_eq!(request.speed_system(), Unit::Lb);
    /// ```
    #[must_use]
    pub const fn speed_system(&self) -> Unit {
        match self.speed_unit {
            Some(given) if given.is_imperial() => Unit::Lb,
            Some(_) => Unit::Kg,
            None => self.unit,
        }
    }
}

/// The heart rate a maximum heart rate within [`MAX_HEART_RATE_BPM`]
/// clashes with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MaxHrClash {
    /// The heart rate on the run: the maximum is below it.
    Run,
    /// The resting heart rate: the maximum is not above it.
    Resting,
}

/// What a reader of the runner's figures had to assume, for the answer to
/// say so: a figure read one way when it could have meant another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Assumed {
    /// The body weight came as a bare number, with no unit chosen anywhere,
    /// and was read in pounds. Below [`UNIT_ASSUMED_BELOW_LB`] the answer
    /// says so, since the runner may have meant kilograms.
    ///
    /// [`UNIT_ASSUMED_BELOW_LB`]: crate::rules::UNIT_ASSUMED_BELOW_LB
    pub pounds: bool,
    /// A pace came without its distance (`5:30`) and was read per this
    /// unit: per mile or per kilometre.
    pub pace_per: Option<super::workout::SpeedUnit>,
}

/// Why a request cannot be answered.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum GuidanceError {
    /// The body weight is not a finite number in [`BODY_WEIGHT_KG`].
    #[error(
        "body weight must be from {} ({})",
        range_text(BODY_WEIGHT_KG, Unit::Lb),
        range_text(BODY_WEIGHT_KG, Unit::Kg)
    )]
    BodyWeightOutOfRange,
    /// The increment is not a finite number in [`INCREMENT_KG`].
    #[error(
        "the weight step must be from {} ({})",
        range_text(INCREMENT_KG, Unit::Lb),
        range_text(INCREMENT_KG, Unit::Kg)
    )]
    IncrementOutOfRange,
    /// The speed is outside [`SPEED_M_PER_MIN`].
    #[error("{}", speed_limits(SpeedUnit::KmPerHour))]
    SpeedOutOfRange,
    /// The grade is outside [`GRADE_PERCENT`].
    #[error("the grade must be from {} % to {} %", GRADE_PERCENT.min, GRADE_PERCENT.max)]
    GradeOutOfRange,
    /// The duration is outside [`DURATION_MIN`].
    #[error(
        "the duration must be from {} minute to {} hours",
        DURATION_MIN.min,
        DURATION_MIN.max / 60.0
    )]
    DurationOutOfRange,
    /// The distance is outside [`DISTANCE_M`].
    #[error(
        "the distance must be from {} m to {} km",
        DISTANCE_M.min,
        DISTANCE_M.max / 1000.0
    )]
    DistanceOutOfRange,
    /// The usual heart rate is outside [`HEART_RATE_BPM`].
    #[error(
        "a heart rate must be from {} to {} bpm",
        HEART_RATE_BPM.min,
        HEART_RATE_BPM.max
    )]
    HeartRateOutOfRange,
    /// The resting heart rate is outside [`RESTING_HEART_RATE_BPM`].
    #[error(
        "a resting heart rate must be from {} to {} bpm",
        RESTING_HEART_RATE_BPM.min,
        RESTING_HEART_RATE_BPM.max
    )]
    RestingHeartRateOutOfRange,
    /// A plan's length is outside [`super::rules::PLAN_WEEKS`].
    #[error(
        "a plan runs from {} to {} weeks",
        super::rules::PLAN_WEEKS.0,
        super::rules::PLAN_WEEKS.1
    )]
    WeeksOutOfRange,
    /// The usual heart rate is not above the resting one.
    #[error("the heart rate on the run must be above the resting heart rate")]
    HeartRateNotAboveResting,
    /// The maximum heart rate is outside [`MAX_HEART_RATE_BPM`], or, within
    /// it, clashes with another heart rate: not above the resting one or
    /// below the usual one.
    #[error(
        "a maximum heart rate must be from {} to {} bpm, above the resting heart rate and at \
         least the heart rate on the run",
        MAX_HEART_RATE_BPM.min,
        MAX_HEART_RATE_BPM.max
    )]
    MaxHeartRateOutOfRange {
        /// The heart rate it clashes with; `None` outside the range.
        clash: Option<MaxHrClash>,
    },
    /// The chosen load is outside [`INCREMENT_KG`].
    #[error(
        "the load must be from {} ({})",
        range_text(INCREMENT_KG, Unit::Lb),
        range_text(INCREMENT_KG, Unit::Kg)
    )]
    ChosenLoadOutOfRange,
    /// The chosen load is said to be for a limb the kind of weight does
    /// not load: `2lb each` for a vest, `1kg per ankle` for hand weights.
    #[error("{}", not_for_kind(*limb, *kind))]
    ChosenLoadNotForKind {
        /// What the load was said to be for.
        limb: PerLimb,
        /// The kind of weight asked about.
        kind: WeightType,
    },
    /// The speed and the duration or distance make a run outside the
    /// accepted distances or durations.
    #[error(
        "that makes a run of {} km in {}; wrun accepts runs of {min_m} m to {max_km} km lasting \
         {min_minutes} minute to {max_hours} hours",
        super::mass::Decimal(distance.km()),
        took(*duration),
        min_m = DISTANCE_M.min,
        max_km = DISTANCE_M.max / 1000.0,
        min_minutes = DURATION_MIN.min,
        max_hours = DURATION_MIN.max / 60.0
    )]
    RunOutOfRange {
        /// How far the run goes.
        distance: Distance,
        /// How long it takes.
        duration: Duration,
    },
    /// Fewer weekdays than a week of the plan has runs.
    #[error(
        "{days} weekday{}, but week {week} has {runs} run{}",
        if *days == 1 { "" } else { "s" },
        if *runs == 1 { "" } else { "s" }
    )]
    TooFewDays {
        /// Different weekdays given.
        days: usize,
        /// The first week with the most runs.
        week: u32,
        /// Its runs.
        runs: u32,
    },
    /// The height is outside [`HEIGHT_M`].
    #[error(
        "a height must be from {} m to {} m ({} to {})",
        HEIGHT_M.min,
        HEIGHT_M.max,
        feet_inches(Height::from_m(HEIGHT_M.min).inches().ceil()),
        feet_inches(Height::from_m(HEIGHT_M.max).inches().floor())
    )]
    HeightOutOfRange,
    /// The age is outside [`AGE_YEARS`].
    #[error("an age must be from {} to {} years", AGE_YEARS.min, AGE_YEARS.max)]
    AgeOutOfRange,
    /// The `VO2max` is outside [`VO2MAX_ML_PER_KG_MIN`].
    #[error(
        "a VO2max must be from {} to {} mL/kg/min",
        VO2MAX_ML_PER_KG_MIN.min,
        VO2MAX_ML_PER_KG_MIN.max
    )]
    Vo2maxOutOfRange,
    /// A plan with a run after [`crate::calendar::LAST_DATE`].
    #[error(
        "the plan runs past {}, the last date a calendar can hold",
        crate::calendar::LAST_DATE
    )]
    PastTheCalendar,
}

/// A range of masses given in kilograms, shown in `unit` as `a to b`, with
/// the ends rounded inwards so that both shown values are accepted.
#[must_use]
pub fn range_text(kg: Range, unit: Unit) -> String {
    let low = (Mass::from_kg(kg.min).in_unit(unit) * 100.0).ceil() / 100.0;
    let high = (Mass::from_kg(kg.max).in_unit(unit) * 100.0).floor() / 100.0;
    format!(
        "{} to {}",
        Mass::new(low, unit).display(unit),
        Mass::new(high, unit).display(unit)
    )
}

/// How long a run takes, in seconds below a minute, else as a clock.
fn took(duration: Duration) -> String {
    let seconds = duration.minutes() * 60.0;
    if seconds < 60.0 {
        format!("{} s", super::mass::Decimal(seconds.round()))
    } else {
        super::workout::clock(seconds)
    }
}

fn within(value: f64, range: Range) -> bool {
    range.contains(value)
}

/// One of the runner's own figures, which a reader may hold before there is
/// a request (a profile): checked on its own against the range wrun accepts,
/// as [`Request`] checks it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RunnerFigure {
    /// The body weight.
    BodyWeight(Mass),
    /// The step the runner's weights come in.
    Increment(Mass),
    /// The resting heart rate, bpm.
    RestingHr(f64),
    /// The maximum heart rate, bpm (only its range: that it is at least the
    /// run's heart rate is checked with the run).
    MaxHr(f64),
    /// The height.
    Height(Height),
    /// The age, years.
    Age(f64),
    /// The `VO2max`, mL/kg/min.
    Vo2max(f64),
}

impl RunnerFigure {
    /// Whether wrun accepts the figure.
    ///
    /// # Errors
    /// The figure's own out-of-range error.
    pub fn check(self) -> Result<(), GuidanceError> {
        use GuidanceError as E;
        match self {
            Self::BodyWeight(mass) => {
                check(within(mass.kg(), BODY_WEIGHT_KG), E::BodyWeightOutOfRange)
            }
            Self::Increment(mass) => check(within(mass.kg(), INCREMENT_KG), E::IncrementOutOfRange),
            Self::RestingHr(bpm) => check(
                within(bpm, RESTING_HEART_RATE_BPM),
                E::RestingHeartRateOutOfRange,
            ),
            Self::MaxHr(bpm) => check(
                within(bpm, MAX_HEART_RATE_BPM),
                E::MaxHeartRateOutOfRange { clash: None },
            ),
            Self::Height(height) => check(within(height.m(), HEIGHT_M), E::HeightOutOfRange),
            Self::Age(years) => check(within(years, AGE_YEARS), E::AgeOutOfRange),
            Self::Vo2max(vo2max) => {
                check(within(vo2max, VO2MAX_ML_PER_KG_MIN), E::Vo2maxOutOfRange)
            }
        }
    }
}

fn check(ok: bool, err: GuidanceError) -> Result<(), GuidanceError> {
    if ok { Ok(()) } else { Err(err) }
}

/// Why a load said to be for `limb` is no load for `kind`.
fn not_for_kind(limb: PerLimb, kind: WeightType) -> &'static str {
    match (kind, limb) {
        (WeightType::Vest, _) => "a vest is one load, not one for each hand or ankle",
        (_, PerLimb::Ankle) => "that is a load for each ankle, not for hand or wrist weights",
        (_, PerLimb::Hand | PerLimb::Each) => "that is a load for each hand, not for ankle weights",
    }
}

/// Checks every number of `request` against the range wrun accepts.
pub(super) fn validate(request: &Request) -> Result<(), GuidanceError> {
    use GuidanceError as E;
    RunnerFigure::BodyWeight(request.body_weight).check()?;
    if let Some(step) = request.increment {
        RunnerFigure::Increment(step).check()?;
    }
    let workout = &request.workout;
    if let Some(speed) = workout.speed {
        check(
            within(speed.m_per_min(), SPEED_M_PER_MIN),
            E::SpeedOutOfRange,
        )?;
    }
    check(
        within(workout.grade_percent, GRADE_PERCENT),
        E::GradeOutOfRange,
    )?;
    match workout.length {
        Some(Length::Time(time)) => {
            check(within(time.minutes(), DURATION_MIN), E::DurationOutOfRange)?;
        }
        Some(Length::Distance(distance)) => {
            check(within(distance.metres(), DISTANCE_M), E::DistanceOutOfRange)?;
        }
        None => {}
    }
    if let Some(heart) = request.heart {
        check(within(heart.usual, HEART_RATE_BPM), E::HeartRateOutOfRange)?;
        check(
            within(heart.resting, RESTING_HEART_RATE_BPM),
            E::RestingHeartRateOutOfRange,
        )?;
        check(heart.usual > heart.resting, E::HeartRateNotAboveResting)?;
        if let Some(max) = heart.max {
            RunnerFigure::MaxHr(max).check()?;
            check(
                max >= heart.usual,
                E::MaxHeartRateOutOfRange {
                    clash: Some(MaxHrClash::Run),
                },
            )?;
        }
    }
    if let Some(load) = request.chosen_load {
        check(within(load.kg(), INCREMENT_KG), E::ChosenLoadOutOfRange)?;
        if let Some(limb) = request.chosen_load_for {
            let kind = request.weight_type;
            check(limb.fits(kind), E::ChosenLoadNotForKind { limb, kind })?;
        }
    }
    if let Some(height) = request.height {
        RunnerFigure::Height(height).check()?;
    }
    if let Some(age) = request.age {
        RunnerFigure::Age(age).check()?;
    }
    if let Some(vo2max) = request.vo2max {
        RunnerFigure::Vo2max(vo2max).check()?;
    }
    if let Some(resting) = request.resting_hr {
        RunnerFigure::RestingHr(resting).check()?;
    }
    if let Some(max) = request.max_hr {
        RunnerFigure::MaxHr(max).check()?;
        check(
            request.resting_hr.is_none_or(|resting| max > resting),
            E::MaxHeartRateOutOfRange {
                clash: Some(MaxHrClash::Resting),
            },
        )?;
    }
    if let Some((time, distance)) = workout.duration_and_distance() {
        let fits = within(time.minutes(), DURATION_MIN) && within(distance.metres(), DISTANCE_M);
        if !fits {
            return Err(E::RunOutOfRange {
                distance,
                duration: time,
            });
        }
    }
    Ok(())
}

/// Whole `inches` as feet and inches, as a height is typed: `5ft10`.
fn feet_inches(inches: f64) -> String {
    format!("{}ft{}", (inches / 12.0).floor(), inches % 12.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_height_range_reads_in_feet_too_at_heights_inside_it() {
        assert_eq!(
            GuidanceError::HeightOutOfRange.to_string(),
            "a height must be from 1 m to 2.5 m (3ft4 to 8ft2)"
        );
        // 3 ft 4 in is 1.016 m, 8 ft 2 in 2.489 m: both accepted.
        for inches in [40.0, 98.0] {
            let height = Height::from_m(inches * 0.0254);
            assert_eq!(RunnerFigure::Height(height).check(), Ok(()), "{inches} in");
        }
    }

    #[test]
    fn each_runner_figure_is_held_to_its_own_range_and_error() {
        use GuidanceError as E;
        let cases = [
            (
                RunnerFigure::RestingHr(30.0),
                RunnerFigure::RestingHr(29.0),
                E::RestingHeartRateOutOfRange,
            ),
            (
                RunnerFigure::RestingHr(120.0),
                RunnerFigure::RestingHr(121.0),
                E::RestingHeartRateOutOfRange,
            ),
            (
                RunnerFigure::MaxHr(230.0),
                RunnerFigure::MaxHr(231.0),
                E::MaxHeartRateOutOfRange { clash: None },
            ),
            (
                RunnerFigure::MaxHr(100.0),
                RunnerFigure::MaxHr(99.0),
                E::MaxHeartRateOutOfRange { clash: None },
            ),
            (
                RunnerFigure::Height(Height::from_m(2.5)),
                RunnerFigure::Height(Height::from_m(0.99)),
                E::HeightOutOfRange,
            ),
            (
                RunnerFigure::Age(13.0),
                RunnerFigure::Age(101.0),
                E::AgeOutOfRange,
            ),
            (
                RunnerFigure::Vo2max(95.0),
                RunnerFigure::Vo2max(f64::NAN),
                E::Vo2maxOutOfRange,
            ),
        ];
        let kg = |kg| Mass::from_kg(kg);
        let masses = [
            (
                RunnerFigure::BodyWeight(kg(300.0)),
                RunnerFigure::BodyWeight(kg(29.9)),
                E::BodyWeightOutOfRange,
            ),
            (
                RunnerFigure::Increment(kg(0.01)),
                RunnerFigure::Increment(kg(50.1)),
                E::IncrementOutOfRange,
            ),
        ];
        for (edge, beyond, err) in cases.into_iter().chain(masses) {
            assert_eq!(edge.check(), Ok(()), "{edge:?}");
            assert_eq!(beyond.check(), Err(err), "{beyond:?}");
        }
    }

    #[test]
    fn a_maximum_heart_rate_is_at_least_the_runs_and_above_the_resting_one() {
        use GuidanceError as E;
        let with_heart = |usual: f64, max: Option<f64>| {
            let mut request = Request::new(Mass::from_kg(70.0), WeightType::Vest);
            request.heart = Some(HeartRates {
                usual,
                resting: 60.0,
                max,
            });
            validate(&request)
        };
        assert_eq!(with_heart(150.0, Some(150.0)), Ok(()));
        assert_eq!(
            with_heart(150.0, Some(149.0)),
            Err(E::MaxHeartRateOutOfRange {
                clash: Some(MaxHrClash::Run)
            })
        );
        assert_eq!(
            with_heart(150.0, Some(231.0)),
            Err(E::MaxHeartRateOutOfRange { clash: None })
        );
        assert_eq!(with_heart(60.0, None), Err(E::HeartRateNotAboveResting));
        // A maximum no runner has is refused however low the run's rate.
        assert_eq!(
            with_heart(90.0, Some(99.0)),
            Err(E::MaxHeartRateOutOfRange { clash: None })
        );
        // The runner's own figures, without a heart rate on the run.
        let with_figures = |resting: Option<f64>, max: f64| {
            let mut request = Request::new(Mass::from_kg(70.0), WeightType::Vest);
            request.resting_hr = resting;
            request.max_hr = Some(max);
            validate(&request)
        };
        assert_eq!(with_figures(Some(60.0), 100.0), Ok(()));
        assert_eq!(with_figures(None, 100.0), Ok(()));
        assert_eq!(
            with_figures(None, 99.0),
            Err(E::MaxHeartRateOutOfRange { clash: None })
        );
        assert_eq!(
            with_figures(Some(60.0), 60.0),
            Err(E::MaxHeartRateOutOfRange { clash: None })
        );
        // Within its range, it names what it clashes with.
        assert_eq!(
            with_figures(Some(110.0), 110.0),
            Err(E::MaxHeartRateOutOfRange {
                clash: Some(MaxHrClash::Resting)
            })
        );
        assert_eq!(
            with_figures(Some(60.0), 231.0),
            Err(E::MaxHeartRateOutOfRange { clash: None })
        );
    }

    #[test]
    fn a_run_must_fit_both_the_distances_and_the_durations_wrun_accepts() {
        let run = |km_per_h: f64, length: Length| {
            let mut request = Request::new(Mass::from_kg(70.0), WeightType::Vest);
            request.workout.speed = Some(Speed::from_km_per_h(km_per_h));
            request.workout.length = Some(length);
            validate(&request).map_err(|err| err.to_string())
        };
        let accepts = "wrun accepts runs of 100 m to 250 km lasting 1 minute to 24 hours";
        // 30 km/h for ten hours is within a day but 300 km.
        let ten_hours = Length::Time(Duration::from_minutes(600.0));
        assert_eq!(
            run(30.0, ten_hours),
            Err(format!("that makes a run of 300 km in 10:00:00; {accepts}"))
        );
        // 100 m at 30 km/h is a distance wrun accepts, run in 12 seconds.
        let sprint = Length::Distance(Distance::from_metres(100.0));
        assert_eq!(
            run(30.0, sprint),
            Err(format!("that makes a run of 0.1 km in 12 s; {accepts}"))
        );
        // A minute at 3 km/h is 50 m; a whole minute is told as a clock.
        let minute = Length::Time(Duration::from_minutes(1.0));
        assert_eq!(
            run(3.0, minute),
            Err(format!("that makes a run of 0.05 km in 1:00; {accepts}"))
        );
        // 100 m at 6 km/h takes exactly the shortest run wrun accepts.
        assert_eq!(run(6.0, sprint), Ok(()));
    }

    #[test]
    fn speed_limits_are_told_as_paces_or_speeds_in_the_unit_given() {
        assert_eq!(
            speed_limits(SpeedUnit::KmPerHour),
            "the speed must be from 1.2 km/h to 30 km/h"
        );
        assert_eq!(
            speed_limits(SpeedUnit::PerMile),
            "the pace must be from 3:13/mi to 1:20:28/mi"
        );
    }

    #[test]
    fn a_request_refuses_a_runner_figure_as_the_figure_alone_does() {
        let mut request = Request::new(Mass::from_kg(70.0), WeightType::Vest);
        request.age = Some(101.0);
        assert_eq!(validate(&request), Err(GuidanceError::AgeOutOfRange));
    }

    #[test]
    fn a_load_said_to_be_for_each_limb_is_refused_for_a_kind_not_worn_there() {
        let for_each = |kind, limb| {
            let mut request = Request::new(Mass::from_kg(70.0), kind);
            request.chosen_load = Some(Mass::from_lb(2.0));
            request.chosen_load_for = Some(limb);
            validate(&request).map_err(|err| err.to_string())
        };
        assert_eq!(
            for_each(WeightType::Vest, PerLimb::Each),
            Err("a vest is one load, not one for each hand or ankle".to_owned())
        );
        assert_eq!(
            for_each(WeightType::HandWrist, PerLimb::Ankle),
            Err("that is a load for each ankle, not for hand or wrist weights".to_owned())
        );
        assert_eq!(
            for_each(WeightType::Ankle, PerLimb::Hand),
            Err("that is a load for each hand, not for ankle weights".to_owned())
        );
        assert_eq!(for_each(WeightType::Ankle, PerLimb::Each), Ok(()));
        assert_eq!(for_each(WeightType::HandWrist, PerLimb::Hand), Ok(()));
    }
}
