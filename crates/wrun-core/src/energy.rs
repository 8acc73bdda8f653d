//! Energy and heart rate for a described run, by published models.
//!
//! A run is costed by the ACSM running equation on the flat, and on a
//! grade, either way, by its net flat cost times Minetti's ratio for the
//! gradient (one smooth curve through 0 %); a walk by Pandolf's
//! load-carriage equation, downhill with Santee's correction blended in
//! over the first percent or two so the cost does not jump at 0 %. A vest adds its mass to the model (running: the net
//! cost grows by the share of body weight carried); hand, wrist and ankle
//! weights apply the article's percentages. Heart rate follows oxygen
//! reserve (Swain & Leutholtz 1997). Every figure is in [`super::rules`].

use super::advice;
use super::answer::{Effect, Energy, Equation, HeartRate, SameEffort};
use super::kinds::{Basis, Gait, Terrain};
use super::mass::{Mass, Unit};
use super::message::{Message, Value};
use super::rules::{self, Range, id};
use super::workout::{Duration, HEART_RATE_BPM, HeartRates, Speed, Workout};

/// Joules in a kilocalorie.
pub(crate) const JOULES_PER_KCAL: f64 = 4184.0;

/// Watts for an oxygen uptake of `ml_per_kg_min` by `body`.
fn watts_from_vo2(ml_per_kg_min: f64, body: Mass) -> f64 {
    ml_per_kg_min * body.kg() / 1000.0 * rules::KCAL_PER_LITRE_O2 * JOULES_PER_KCAL / 60.0
}

/// The oxygen uptake, mL per kg of `body` per minute, that `watts` stands for.
pub(crate) fn vo2_from_watts(watts: f64, body: Mass) -> f64 {
    watts * 60.0 / JOULES_PER_KCAL / rules::KCAL_PER_LITRE_O2 * 1000.0 / body.kg()
}

/// Minetti's cost of running on gradient `i` (a decimal), as a ratio to the flat.
#[must_use]
pub fn minetti_ratio(i: f64) -> f64 {
    let cost = |i: f64| {
        rules::MINETTI_COEFFICIENTS
            .iter()
            .fold(0.0, |sum, coefficient| sum * i + coefficient)
    };
    // A ratio: a sign flipped throughout the sum would cancel out.
    cost(i) / cost(0.0)
}

/// Whether a run at `speed` asked for with `gait` is costed as a walk: as
/// asked, or with `auto` below the walk-run switch (rule `gait`).
#[must_use]
pub fn walks(gait: Gait, speed: Speed) -> bool {
    match gait {
        Gait::Walk => true,
        Gait::Run => false,
        Gait::Auto => speed.m_per_min() < rules::WALK_RUN_M_PER_MIN,
    }
}

/// How a run at one speed is costed: the model, and what to tell the reader.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// The model used.
    pub equation: Equation,
    speed: Speed,
    grade_percent: f64,
    terrain_factor: f64,
    /// How it was chosen, and where it leaves its validated range.
    pub notes: Vec<Message>,
}

impl Model {
    /// The model for `workout` at `speed`, its notes giving speeds in
    /// `unit`'s (km/h for kilograms, mph for pounds).
    #[must_use]
    pub fn new(workout: &Workout, speed: Speed, unit: Unit) -> Self {
        Self {
            notes: Self::notes(workout, speed, unit),
            ..Self::bare(workout, speed)
        }
    }

    /// The model for `workout` at `speed`, without the notes for the
    /// reader: for a course, which costs thousands of stretches and
    /// writes its own notes.
    pub(crate) fn bare(workout: &Workout, speed: Speed) -> Self {
        let grade = workout.grade_percent;
        let walk = walks(workout.gait, speed);
        let equation = if walk && grade < 0.0 {
            Equation::SanteeDownhill
        } else if walk {
            Equation::PandolfWalking
        } else if grade == 0.0 {
            Equation::AcsmRunning
        } else {
            Equation::MinettiGrade
        };
        Self {
            equation,
            speed,
            grade_percent: grade,
            terrain_factor: if walk {
                rules::terrain_factor(workout.terrain)
            } else {
                1.0
            },
            notes: Vec::new(),
        }
    }

    /// How the model for `workout` at `speed` was chosen, and where it
    /// leaves its validated range.
    fn notes(workout: &Workout, speed: Speed, unit: Unit) -> Vec<Message> {
        let v = speed.m_per_min();
        let grade = workout.grade_percent;
        let at = ("speed", Value::Speed(speed, unit));
        let walk_run = (
            "walk_run",
            Value::Speed(Speed::from_m_per_min(rules::WALK_RUN_M_PER_MIN), unit),
        );
        let percent = ("grade", Value::Number(grade));
        let mut notes = Vec::new();
        let walk = walks(workout.gait, speed);
        if walk {
            if workout.gait == Gait::Auto {
                notes.push(Message::new(advice::WALK_BY_SPEED, [at, walk_run]));
            } else if v >= rules::WALK_RUN_M_PER_MIN {
                notes.push(Message::new(advice::PANDOLF_FAST, [at, walk_run]));
            }
            if !workout.terrain.is_firm() {
                notes.push(Message::new(
                    advice::TERRAIN_COSTED,
                    terrain_costed(workout.terrain),
                ));
            }
            if grade < rules::SANTEE_TESTED_GRADE_PERCENT {
                notes.push(Message::new(
                    advice::SANTEE_STEEP,
                    [
                        percent,
                        ("tested", Value::Number(rules::SANTEE_TESTED_GRADE_PERCENT)),
                    ],
                ));
            }
        } else {
            if v < rules::ACSM_RUNNING_MIN_M_PER_MIN {
                let from = Speed::from_m_per_min(rules::ACSM_RUNNING_MIN_M_PER_MIN);
                notes.push(Message::new(
                    advice::ACSM_TOO_SLOW,
                    [at, ("from", Value::Speed(from, unit))],
                ));
            } else if v < rules::ACSM_RUNNING_VALIDATED_M_PER_MIN {
                let above = Speed::from_m_per_min(rules::ACSM_RUNNING_VALIDATED_M_PER_MIN);
                notes.push(Message::new(
                    advice::ACSM_JOG,
                    [at, ("above", Value::Speed(above, unit))],
                ));
            }
            if !workout.terrain.is_firm() {
                notes.push(Message::new(
                    advice::TERRAIN_NOT_MODELLED,
                    [ground(workout.terrain)],
                ));
            }
            let ratio = ("ratio", Value::Hundredths(minetti_ratio(grade / 100.0)));
            if grade < 0.0 {
                notes.push(Message::new(advice::MINETTI_DOWN, [percent, ratio]));
            } else if grade > 0.0 {
                notes.push(Message::new(advice::MINETTI_UP, [percent, ratio]));
            }
        }
        if grade != 0.0 && grade.abs() < 1.0 {
            notes.push(Message::new(
                advice::NEARLY_FLAT,
                [
                    ("grade", Value::Decimal(grade)),
                    ("whole", Value::Decimal((grade * 100.0).abs())),
                ],
            ));
        }
        if grade.abs() > rules::WELL_STUDIED_GRADE_PERCENT {
            notes.push(Message::new(
                advice::STEEP_GRADE,
                [("limit", Value::Number(rules::WELL_STUDIED_GRADE_PERCENT))],
            ));
        }
        notes
    }

    /// The same model at another speed, for the same-effort search (which
    /// reads no notes, so none are copied).
    fn at(&self, speed: Speed) -> Self {
        Self {
            equation: self.equation,
            speed,
            grade_percent: self.grade_percent,
            terrain_factor: self.terrain_factor,
            notes: Vec::new(),
        }
    }

    /// Energy use, in watts, of `body` wearing a vest of `vest` (zero for none).
    #[must_use]
    // W, L, V and G are the names Pandolf's and Santee's equations use.
    #[allow(clippy::many_single_char_names)]
    pub fn watts(&self, body: Mass, vest: Mass) -> f64 {
        let (w, l) = (body.kg(), vest.kg());
        if self.equation.is_walk() {
            let v = self.speed.m_per_min() / 60.0;
            let (g, eta, c) = (self.grade_percent, self.terrain_factor, rules::PANDOLF);
            let standing = standing_watts(body, vest);
            let pandolf = standing + eta * (w + l) * (c.speed * v * v + c.grade * v * g);
            // At 0 % the blend below takes none of the correction, so
            // taking the flat into this branch would cost the same.
            if g < 0.0 {
                let correction = eta
                    * (g * (w + l) * v / 3.5 - (w + l) * (g + 6.0).powi(2) / w + (25.0 - v * v));
                // Santee's correction is not zero at 0 %: blended in over the
                // first grades downhill, the cost meets Pandolf's there
                // instead of jumping (rule `santee-downhill`).
                let share = (-g / rules::SANTEE_BLEND_PERCENT).min(1.0);
                // Slow and steep, the models can fall below standing still.
                (pandolf - share * correction).max(standing)
            } else {
                pandolf
            }
        } else {
            let v = self.speed.m_per_min();
            let c = rules::ACSM_RUNNING;
            // One curve through 0 %: on the flat Minetti's ratio is 1.
            let net = c.horizontal * v * minetti_ratio(self.grade_percent / 100.0);
            // The vest adds net cost in proportion to the share of body weight carried.
            let per_load = rules::VEST_ENERGY_PER_LOAD_PERCENT;
            let net = net * (1.0 + per_load * l / w);
            watts_from_vo2(rules::RESTING_VO2 + net, body)
        }
    }

    /// Whether a walk by `body` with `vest` is costed at the standing
    /// floor, its models having fallen below it.
    fn at_standing_floor(&self, body: Mass, vest: Mass) -> bool {
        self.equation.is_walk() && self.watts(body, vest) <= standing_watts(body, vest)
    }

    /// Oxygen uptake, mL per kg of body mass per minute, unweighted.
    #[cfg(test)]
    pub(crate) fn vo2(&self, body: Mass) -> f64 {
        vo2_from_watts(self.watts(body, Mass::from_kg(0.0)), body)
    }
}

/// The ground a note names: `terrain`, described (`loose sand`).
pub(crate) fn ground(terrain: Terrain) -> (&'static str, Value) {
    (
        "terrain",
        Value::Words(super::kinds::Named::describe(terrain)),
    )
}

/// What [`advice::TERRAIN_COSTED`] says of a walk on `terrain`: the ground
/// and Pandolf's terrain factor for it.
pub(crate) fn terrain_costed(terrain: Terrain) -> [(&'static str, Value); 2] {
    [
        ground(terrain),
        ("factor", Value::Decimal(rules::terrain_factor(terrain))),
    ]
}

/// Pandolf's cost, in watts, of `body` standing still with `vest`: the
/// least a walk costs (tool-policy `walk-floor`).
fn standing_watts(body: Mass, vest: Mass) -> f64 {
    let (w, l) = (body.kg(), vest.kg());
    rules::PANDOLF.standing * w + rules::PANDOLF.load * (w + l) * (l / w).powi(2)
}

/// Kilocalories of `watts` over `time`.
#[must_use]
pub fn kcal(watts: f64, time: Duration) -> f64 {
    watts * time.minutes() * 60.0 / JOULES_PER_KCAL
}

/// What the weight adds to a run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Added {
    /// A vest: its lightest and heaviest loads (equal for a chosen load),
    /// and the load the same-effort pace is worked out for.
    Vest {
        /// The lightest load.
        min: Mass,
        /// The heaviest load.
        max: Mass,
        /// The load for the same-effort pace.
        pace_load: Mass,
    },
    /// A share of the unweighted energy, in percent, from the article.
    Percent(Effect),
}

/// The energy of `workout` for a runner of `body_weight` with `added`,
/// when its speed and length are known; its notes give speeds in `unit`'s
/// (km/h for kilograms, mph for pounds).
///
/// ```
/// use wrun_core::{Added, energy};
/// use wrun_core::Equation;
/// use wrun_core::{Duration, Length, Mass, Speed, Unit, Workout};
///
/// // 70 kg at 10 km/h for 30 minutes, in a 7 kg (10 %) vest.
/// let run = Workout {
///     speed: Some(Speed::from_km_per_h(10.0)),
///     length: Some(Length::Time(Duration::from_minutes(30.0))),
///     ..Workout::default()
/// };
/// let vest = Mass::from_kg(7.0);
/// let added = Added::Vest { min: vest, max: vest, pace_load: vest };
/// let energy = energy(Mass::from_kg(70.0), &run, Some(added), Unit::Kg).unwrap();
/// assert_eq!(energy.equation, Equation::AcsmRunning);
/// assert!((energy.baseline_kcal - 386.75).abs() < 1e-9);
/// // The vest adds 10 % of the 350 kcal spent above rest.
/// assert!((energy.extra_kcal().max - 35.0).abs() < 1e-9);
/// ```
#[must_use]
pub fn energy(
    body_weight: Mass,
    workout: &Workout,
    added: Option<Added>,
    unit: Unit,
) -> Option<Energy> {
    let speed = workout.speed?;
    let (duration, distance) = workout.duration_and_distance()?;
    let mut model = Model::new(workout, speed, unit);
    let none = Mass::from_kg(0.0);
    let baseline_watts = model.watts(body_weight, none);
    let heaviest = match added {
        Some(Added::Vest { max, .. }) => max,
        _ => none,
    };
    let baseline_floored = model.at_standing_floor(body_weight, none);
    let loaded_floored = model.at_standing_floor(body_weight, heaviest);
    if baseline_floored || loaded_floored {
        model.notes.push(Message::new(
            advice::WALK_FLOOR,
            [
                ("speed", Value::Speed(speed, unit)),
                ("grade", Value::Decimal(workout.grade_percent)),
                ("rule", Value::Words(id::WALK_FLOOR)),
            ],
        ));
    }
    let baseline_kcal = kcal(baseline_watts, duration);
    let (loaded_kcal, loaded_source, same_effort) = match added? {
        Added::Vest {
            min,
            max,
            pace_load,
        } => {
            let loaded = |vest: Mass| kcal(model.watts(body_weight, vest), duration);
            let same_effort = same_effort_speed(&model, body_weight, pace_load, baseline_watts)
                .map(|speed| SameEffort {
                    load: pace_load,
                    speed,
                });
            (
                Range::new(loaded(min), loaded(max)),
                if loaded_floored {
                    id::WALK_FLOOR
                } else if model.equation.is_walk() {
                    model.equation.id()
                } else {
                    id::VEST_CALORIES
                },
                same_effort,
            )
        }
        Added::Percent(calories) => {
            let scaled = |percent: f64| baseline_kcal * (1.0 + percent / 100.0);
            (
                Range::new(scaled(calories.range.min), scaled(calories.range.max)),
                calories.source,
                None,
            )
        }
    };
    Some(Energy {
        speed,
        grade_percent: workout.grade_percent,
        duration,
        distance,
        equation: if baseline_floored {
            Equation::WalkFloor
        } else {
            model.equation
        },
        vo2_ml_per_kg_min: vo2_from_watts(baseline_watts, body_weight),
        loaded_vo2_max: vo2_from_watts(baseline_watts, body_weight) * loaded_kcal.max
            / baseline_kcal,
        baseline_kcal,
        loaded_kcal,
        loaded_source,
        notes: model.notes,
        same_effort,
        gait_chosen_by_speed: workout.gait == Gait::Auto,
    })
}

/// Kilocalories of `workout` for `body` unweighted, when its speed and
/// length are known.
#[must_use]
pub fn baseline_kcal(body: Mass, workout: &Workout) -> Option<f64> {
    let speed = workout.speed?;
    let (duration, _) = workout.duration_and_distance()?;
    Some(kcal(
        Model::bare(workout, speed).watts(body, Mass::from_kg(0.0)),
        duration,
    ))
}

/// The speed at which `body` wearing `vest` spends `target` watts: found by
/// bisection, since costs rise with speed on the flat and uphill. `None`
/// where the model does not rise with speed over the search (steep walks
/// downhill).
fn same_effort_speed(model: &Model, body: Mass, vest: Mass, target: f64) -> Option<Speed> {
    let cost = |v: f64| model.at(Speed::from_m_per_min(v)).watts(body, vest);
    let (low, high) = (model.speed.m_per_min() / 4.0, model.speed.m_per_min());
    if !(cost(low) < target && cost(high) >= target) {
        return None;
    }
    // 50 halvings narrow the bracket, a quarter of the speed up to the
    // speed itself, to a 2^-50th of its width: far below the hundredth of
    // a second per kilometre that a pace is shown to.
    let speed = crossing(low, high, 50, |v| cost(v) < target);
    Some(Speed::from_m_per_min(speed))
}

/// Where `below` turns from true to false between `low` (true) and `high`
/// (false), found by `halvings` bisections: the middle of what is left.
/// The models' costs rise with speed, so this finds the speed at which a
/// cost reaches a target.
pub(crate) fn crossing(
    mut low: f64,
    mut high: f64,
    halvings: u32,
    below: impl Fn(f64) -> bool,
) -> f64 {
    for _ in 0..halvings {
        let mid = f64::midpoint(low, high);
        if below(mid) {
            low = mid;
        } else {
            high = mid;
        }
    }
    f64::midpoint(low, high)
}

/// Heart rate with the weight: the article's figures for hand, wrist and
/// ankle weights; for a vest of `vest_percent` of `body_weight`, the
/// oxygen-reserve model. A loaded heart rate never passes the runner's
/// maximum, nor the highest heart rate wrun accepts.
#[must_use]
pub fn heart_rate(
    rates: HeartRates,
    body_weight: Mass,
    workout: &Workout,
    vest_percent: Option<Range>,
    article: Option<Effect>,
) -> HeartRate {
    let mut result = HeartRate {
        rates,
        loaded_bpm: None,
        delta_bpm: None,
        basis: Basis::Model,
        source: id::VEST_HEART_RATE,
        notes: Vec::new(),
    };
    let delta = if let Some(effect) = article {
        result.basis = effect.basis;
        result.source = effect.source;
        effect
    } else {
        let Some(percent) = vest_percent else {
            return result;
        };
        let reserve = rates.usual - rates.resting;
        let delta = |p: f64| match workout.speed {
            // %HR reserve tracks %VO2 reserve: the vest's extra net oxygen
            // over the net oxygen of the run, times the reserve in use.
            Some(speed) => {
                let model = Model::bare(workout, speed);
                let none = Mass::from_kg(0.0);
                let rest = watts_from_vo2(rules::RESTING_VO2, body_weight);
                let base = model.watts(body_weight, none);
                let loaded = model.watts(body_weight, body_weight.scale(p / 100.0));
                reserve * (loaded - base) / (base - rest)
            }
            // Running, the share of the net cost is the vest's share of body
            // weight. While the factor is 1, multiplying by it and dividing
            // by it agree, and no test can tell them apart.
            None => reserve * p / 100.0 * rules::VEST_ENERGY_PER_LOAD_PERCENT,
        };
        if workout.speed.is_none() {
            if workout.gait == Gait::Walk {
                result
                    .notes
                    .push(Message::fixed(advice::VEST_WALK_NEEDS_SPEED));
                return result;
            }
            result.notes.push(Message::fixed(advice::NO_PACE_RUN));
        }
        Effect {
            range: Range::new(delta(percent.min), delta(percent.max)),
            basis: Basis::Model,
            source: id::VEST_HEART_RATE,
        }
    };
    let ceiling = rates
        .max
        .map_or(HEART_RATE_BPM.max, |max| max.min(HEART_RATE_BPM.max));
    let capped = |bpm: f64| bpm.min(ceiling);
    let loaded = Range::new(
        capped(rates.usual + delta.range.min),
        capped(rates.usual + delta.range.max),
    );
    if loaded.max < rates.usual + delta.range.max {
        result.notes.push(match rates.max {
            Some(max) if max <= HEART_RATE_BPM.max => {
                Message::new(advice::CAPPED_AT_MAX, [("max", Value::Number(max))])
            }
            _ => Message::new(
                advice::CAPPED_AT_LIMIT,
                [("limit", Value::Number(HEART_RATE_BPM.max))],
            ),
        });
    }
    result.loaded_bpm = Some(loaded);
    result.delta_bpm = Some(Effect {
        range: Range::new(loaded.min - rates.usual, loaded.max - rates.usual),
        ..delta
    });
    result
}

#[cfg(test)]
mod tests;
