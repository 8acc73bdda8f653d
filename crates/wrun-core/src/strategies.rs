//! Generators of what wrun accepts, for property tests: any runner, any
//! run. Built only with the `proptest` feature, which wrun's tests turn on.

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestCaseError};

use crate::{
    Condition, Duration, Gait, HeartRates, Height, Length, Level, Mass, Message, Named, PerLimb,
    Request, Speed, Terrain, Unit, Value, WeightType, Workout, slots,
};

/// `default_cases` cases a property unless `PROPTEST_CASES` says otherwise
/// (mutation testing runs fewer), generated from a fixed seed unless
/// `PROPTEST_RNG_SEED` gives another: `cargo test` gives the same verdict on
/// every run, and a new seed explores new cases.
#[must_use]
pub fn config(default_cases: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(default_cases);
    let rng_seed = if std::env::var_os("PROPTEST_RNG_SEED").is_some() {
        Config::default().rng_seed
    } else {
        RngSeed::Fixed(0x77_72_75_6e)
    };
    Config {
        cases,
        rng_seed,
        failure_persistence: None,
        ..Config::default()
    }
}

/// Any kind of weight.
pub fn weight_type() -> impl Strategy<Value = WeightType> {
    prop::sample::select(WeightType::ALL)
}

/// Any level.
pub fn level() -> impl Strategy<Value = Level> {
    prop::sample::select(Level::ALL)
}

/// Either unit.
pub fn unit() -> impl Strategy<Value = Unit> {
    prop::sample::select(&Unit::ALL[..])
}

/// Any set of conditions.
pub fn conditions() -> impl Strategy<Value = Vec<Condition>> {
    prop::sample::subsequence(Condition::ALL, 0..=Condition::ALL.len())
}

/// Any request wrun accepts: body weight 30–300 kg, any step 0.01–50 kg,
/// with or without a height of 1.2–2.2 m (which may imply extra body
/// weight that was not given as a condition).
pub fn request() -> impl Strategy<Value = Request> {
    (
        30.0..=300.0_f64,
        weight_type(),
        level(),
        conditions(),
        prop::option::of(0.01..=50.0_f64),
        unit(),
        prop::option::of(1.2..=2.2_f64),
    )
        .prop_map(|(kg, weight_type, level, conditions, step, unit, height)| {
            let mut request = Request::new(Mass::from_kg(kg), weight_type);
            request.level = level;
            request.conditions = conditions;
            request.increment = step.map(Mass::from_kg);
            request.unit = unit;
            request.height = height.map(Height::from_m);
            request
        })
}

/// Any request as [`request`] gives, with what a described run adds: a
/// run, an age, a `VO2max`, the usual and resting heart rates, a load
/// (said to be per limb only where the kind has limbs, as the command line
/// takes one).
pub fn described() -> impl Strategy<Value = Request> {
    let limb = prop::sample::select(&[PerLimb::Each, PerLimb::Hand, PerLimb::Ankle][..]);
    (
        request(),
        prop::option::of(workout()),
        prop::option::of(14.0..=90.0_f64),
        prop::option::of(20.0..=85.0_f64),
        prop::option::of((100.0..=190.0_f64, 40.0..=90.0_f64)),
        prop::option::of((0.05..=50.0_f64, prop::option::of(limb))),
    )
        .prop_map(|(mut request, run, age, vo2max, heart, load)| {
            request.workout = run.unwrap_or_default();
            request.age = age;
            request.vo2max = vo2max;
            if let Some((usual, resting)) = heart {
                request.heart = Some(HeartRates {
                    usual,
                    resting,
                    max: None,
                });
                request.resting_hr = Some(resting);
            }
            if let Some((kg, limb)) = load {
                request.chosen_load = Some(Mass::from_kg(kg));
                request.chosen_load_for = limb.filter(|limb| limb.fits(request.weight_type));
            }
            request
        })
}

/// A run wrun accepts: 20–500 m/min, −15 % to 25 %, 1 min to a day and at
/// most 250 km, any gait and terrain.
pub fn workout() -> impl Strategy<Value = Workout> {
    (
        20.0..=500.0_f64,
        -15.0..=25.0_f64,
        0.0..=1.0_f64,
        prop::sample::select(Gait::ALL),
        prop::sample::select(Terrain::ALL),
    )
        .prop_map(|(speed, grade, share, gait, terrain)| {
            // Keep a metre inside each end of the distance range: a run of
            // exactly 100 m computed as speed × time can land a hair under it.
            let longest = (249_999.0 / speed).min(1440.0);
            let minutes = (1.0 + share * (longest - 1.0)).max(101.0 / speed);
            Workout {
                speed: Some(Speed::from_m_per_min(speed)),
                grade_percent: grade,
                length: Some(Length::Time(Duration::from_minutes(minutes))),
                gait,
                terrain,
            }
        })
}

/// Whether `message` gives each slot of its template a value, and no value
/// that its template does not name; so too for a sentence inside it.
#[allow(clippy::missing_errors_doc)]
pub fn filled(message: &Message) -> Result<(), TestCaseError> {
    let mut asked = slots(message.template);
    let mut given: Vec<&str> = message.values.iter().map(|(name, _)| *name).collect();
    asked.sort_unstable();
    asked.dedup();
    given.sort_unstable();
    prop_assert_eq!(asked, given, "{:?}", message);
    for (name, value) in &message.values {
        match value {
            Value::Sentence(inner) => filled(inner)?,
            // An empty list fills its slot with nothing: "too much with ."
            Value::List(words) => prop_assert!(!words.is_empty(), "{} in {:?}", name, message),
            _ => {}
        }
    }
    let text = message.text();
    prop_assert!(!text.contains(['{', '}']), "{}", text);
    // The core speaks of values, not of how a front end asks for them.
    prop_assert!(!text.contains("--"), "{}", text);
    Ok(())
}
