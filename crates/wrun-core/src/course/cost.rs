//! Costing a course: what the runner carries, and each stretch's power,
//! speed, time and energy with the load and without, from the models every
//! run uses.

use super::measure::Stretch;
use super::{Carried, CourseError, CourseHeart, Split};
use crate::advice;
use crate::answer::{Effect, Note};
use crate::energy::{JOULES_PER_KCAL, Model, crossing, kcal, vo2_from_watts, walks};
use crate::kinds::{Gait, WeightType};
use crate::mass::{Mass, round1};
use crate::message::{Message, Value};
use crate::recommend::{self, Request};
use crate::rules;
use crate::workout::{Duration, Speed, Workout};

/// How a stretch is costed: the runner, what they carry, gait and terrain.
pub(super) struct Coster<'a> {
    pub(super) runner: &'a Request,
    pub(super) carried: Carried,
}

impl Coster<'_> {
    /// Watts at `speed` on `grade`, with the load or without.
    pub(super) fn watts(&self, grade: f64, speed: Speed, loaded: bool) -> f64 {
        self.watts_in(self.runner.workout.gait, grade, speed, loaded)
    }

    /// Watts at `speed` on `grade` in `gait`, with the load or without.
    fn watts_in(&self, gait: Gait, grade: f64, speed: Speed, loaded: bool) -> f64 {
        // The model takes the speed on its own; the workout gives the rest.
        let workout = Workout {
            grade_percent: grade,
            gait,
            terrain: self.runner.workout.terrain,
            ..Workout::default()
        };
        let model = Model::bare(&workout, speed);
        let body = self.runner.body_weight;
        match (self.carried, loaded) {
            (Carried::Vest(vest), true) => model.watts(body, vest),
            (Carried::Limbs { calories, .. }, true) => {
                model.watts(body, Mass::from_kg(0.0)) * (1.0 + calories.range.middle() / 100.0)
            }
            (_, false) => model.watts(body, Mass::from_kg(0.0)),
        }
    }

    /// The speed at which `grade` costs `target` watts in `gait`, between
    /// a crawl and `cap` m/min, by bisection (cost rises with speed); the
    /// watts spent there, `target` (the effort held) unless the speed is
    /// held at the crawl or the cap, where it costs what it costs there;
    /// and the gait it is taken in.
    ///
    /// With the gait left to wrun, the cost jumps at the walk-run switch:
    /// the walking model puts a walk just below it well under a run at it
    /// (on the flat, for 70 kg, Pandolf's 525 W against ACSM's 671 W). An
    /// effort between the two, which a walk would spend above the switch
    /// and a run below it, is taken in the gait of the runner's usual flat
    /// pace: else the search settles on one side of the switch or the
    /// other, costed at the walk's watts or the run's rather than the
    /// effort's (rule `route-effort`).
    pub(super) fn held(&self, gait: Gait, grade: f64, target: f64, loaded: bool, cap: f64) -> Held {
        let at = Speed::from_m_per_min;
        let cost = |v: f64| self.watts_in(gait, grade, at(v), loaded);
        let taken = |speed: Speed, watts: f64| Held {
            speed,
            watts,
            gait: taken_at(gait, speed),
        };
        let (low, high) = (rules::ROUTE_SLOWEST_M_PER_MIN.min(cap), cap);
        if cost(high) <= target {
            return taken(at(high), cost(high));
        }
        if cost(low) >= target {
            return taken(at(low), cost(low));
        }
        let switch = rules::WALK_RUN_M_PER_MIN;
        if gait == Gait::Auto && low < switch && switch < high {
            let walk = self.watts_in(Gait::Walk, grade, at(switch), loaded);
            if walk < target && target <= cost(switch) {
                let usual = taken_at(gait, self.flat_speed());
                return self.held(usual, grade, target, loaded, cap);
            }
        }
        taken(at(crossing(low, high, 40, |v| cost(v) < target)), target)
    }

    pub(super) fn vo2(&self, watts: f64) -> f64 {
        vo2_from_watts(watts, self.runner.body_weight)
    }

    /// The runner's usual flat pace: a planned course always has one
    /// ([`super::course()`] refuses one without); a recording with no pace
    /// and no moving time is costed at [`rules::ROUTE_FALLBACK_KM_PER_H`].
    pub(super) fn flat_speed(&self) -> Speed {
        self.runner
            .workout
            .speed
            .unwrap_or(Speed::from_km_per_h(rules::ROUTE_FALLBACK_KM_PER_H))
    }

    /// Watts at the runner's usual flat pace without the load: the effort a
    /// planned course is run at (rule `route-effort`).
    pub(super) fn usual_watts(&self) -> f64 {
        self.watts(0.0, self.flat_speed(), false)
    }

    /// Each stretch costed into its split: at its recorded speed, or, for
    /// a planned course, at the speed that costs what the runner's flat,
    /// unloaded pace does (rule `route-effort`).
    pub(super) fn cost<'s>(
        &self,
        stretches: &'s [Stretch],
        split_m: f64,
        recorded: bool,
        without_load: bool,
    ) -> (Vec<Split>, Costed<'s>) {
        let mut splits: Vec<Split> = Vec::new();
        let mut costs = Costed {
            capped_m: 0.0,
            clipped: stretches.iter().filter(|s| s.clipped()).collect(),
            loaded_joules: 0.0,
            loaded_seconds: 0.0,
            vo2_points: Vec::new(),
            heart_timed: (0.0, 0.0),
            walked_m: 0.0,
            ran_m: 0.0,
            fast_walk_m: 0.0,
            slow_run_m: 0.0,
            steep_walk_m: 0.0,
        };
        let gait = self.runner.workout.gait;
        let time = |seconds: f64| Duration::from_minutes(seconds / 60.0);
        for s in stretches {
            while splits.len() <= s.split {
                splits.push(Split {
                    unloaded_seconds: (!recorded).then_some(0.0),
                    ..Split::starting_at(splits.len() as f64 * split_m)
                });
            }
            let split = &mut splits[s.split];
            split.distance_m += s.metres;
            if recorded {
                if s.moving <= 0.0 {
                    continue;
                }
                let speed = Speed::from_m_per_min(s.metres / s.moving * 60.0);
                costs.tally(s, taken_at(gait, speed), speed);
                let loaded = self.watts(s.model_grade, speed, true);
                let unloaded = self.watts(s.model_grade, speed, false);
                split.seconds += s.moving;
                split.loaded_kcal += kcal(loaded, time(s.moving));
                split.unloaded_kcal += kcal(unloaded, time(s.moving));
                costs.loaded_joules += loaded * s.moving;
                costs.loaded_seconds += s.moving;
                if let Some((bpm, seconds)) = s.heart {
                    let carried_watts = if without_load { unloaded } else { loaded };
                    costs
                        .vo2_points
                        .push((self.vo2(carried_watts), bpm, seconds));
                    costs.heart_timed.0 += bpm * seconds;
                    costs.heart_timed.1 += seconds;
                }
            } else {
                let target = self.usual_watts();
                let cap = self.flat_speed().m_per_min() * rules::ROUTE_DOWNHILL_SPEED_CAP;
                let grade = s.model_grade;
                let unloaded = self.held(gait, grade, target, false, cap);
                // The load slows the runner at the same effort in the gait
                // they would take there without it, as on the flat (rule
                // `same-effort`): it never turns a slowed run into a walk
                // the walking model puts cheaper.
                let loaded = self.held(unloaded.gait, grade, target, true, cap);
                costs.tally(s, loaded.gait, loaded.speed);
                let (loaded_speed, unloaded_speed) = (loaded.speed, unloaded.speed);
                let (loaded, unloaded) = (loaded.watts, unloaded.watts);
                if unloaded_speed.m_per_min() >= cap * 0.999 {
                    costs.capped_m += s.metres;
                }
                let loaded_time = s.metres / loaded_speed.m_per_min() * 60.0;
                let unloaded_time = s.metres / unloaded_speed.m_per_min() * 60.0;
                split.seconds += loaded_time;
                *split.unloaded_seconds.get_or_insert(0.0) += unloaded_time;
                split.loaded_kcal += kcal(loaded, time(loaded_time));
                split.unloaded_kcal += kcal(unloaded, time(unloaded_time));
                costs.loaded_joules += loaded * loaded_time;
                costs.loaded_seconds += loaded_time;
            }
            split.ascent_m += s.rise.max(0.0);
            split.descent_m += (-s.rise).max(0.0);
        }
        (splits, costs)
    }

    /// A recorded run's flat, unloaded speed that costs what its effort
    /// did: each split's, set on it, and the whole run's, returned.
    pub(super) fn flat_equivalents(
        &self,
        splits: &mut [Split],
        totals: &Totals,
        without_load: bool,
    ) -> Option<Speed> {
        let flat_equivalent = |watts: f64| {
            let top = rules::ROUTE_ADJUSTED_MAX_M_PER_MIN;
            let gait = self.runner.workout.gait;
            self.held(gait, 0.0, watts, false, top).speed
        };
        for split in splits.iter_mut().filter(|split| split.seconds > 0.0) {
            let kcal = if without_load {
                split.unloaded_kcal
            } else {
                split.loaded_kcal
            };
            split.adjusted_speed = Some(flat_equivalent(kcal * JOULES_PER_KCAL / split.seconds));
        }
        (totals.seconds > 0.0)
            .then(|| flat_equivalent(totals.carried_kcal * JOULES_PER_KCAL / totals.seconds))
    }

    /// Each split's heart rate on `heart`'s line, with the load and
    /// without, each over its own time: a planned course is run without
    /// the load in less time, at the same effort. No estimate passes
    /// `most` bpm; whether one would have.
    pub(super) fn split_heart_rates(
        &self,
        splits: &mut [Split],
        heart: &CourseHeart,
        most: f64,
    ) -> bool {
        let mut capped = false;
        let mut at = |kcal: f64, seconds: f64| {
            let bpm = heart.line.at(self.vo2(kcal * JOULES_PER_KCAL / seconds));
            capped |= bpm > most;
            Some(round1(bpm.min(most)))
        };
        for split in splits.iter_mut().filter(|split| split.seconds > 0.0) {
            let unloaded_seconds = split.unloaded_seconds.unwrap_or(split.seconds);
            split.loaded_heart_rate = at(split.loaded_kcal, split.seconds);
            split.unloaded_heart_rate = at(split.unloaded_kcal, unloaded_seconds);
        }
        capped
    }
}

/// What the runner carries on the course: their load, or the recommended
/// start (a vest's or hand weights'; ankle weights have none), read off the
/// answer for the runner with no run of any length; and, when wrun chose
/// it, a note that says so.
pub(super) fn carried(runner: &Request) -> Result<(Carried, Option<Note>), CourseError> {
    let mut no_run = runner.clone();
    no_run.workout.length = None;
    let mut plain = recommend::recommend(&no_run)?;
    let load = runner.chosen_load.or_else(|| {
        let load = plain.load.as_ref()?;
        load.start.or(Some(load.min))
    });
    let note = match (runner.chosen_load, load) {
        (None, Some(mass)) => {
            let mass = Value::Mass(mass, runner.unit);
            let load = if runner.weight_type == WeightType::HandWrist {
                Value::Sentence(Message::new(advice::JUDGED_HANDS, [("load", mass)]).into())
            } else {
                mass
            };
            Some(Note::with(advice::COURSE_LOAD, [("load", load)]))
        }
        _ => None,
    };
    if runner.weight_type == WeightType::Vest {
        return Ok((Carried::Vest(load.unwrap_or(Mass::from_kg(0.0))), note));
    }
    if no_run.chosen_load != load {
        no_run.chosen_load = load;
        plain = recommend::recommend(&no_run)?;
    }
    let limbs = Carried::Limbs {
        load,
        // Hand, wrist and ankle weights always carry the figures' change
        // (`limbs::limb_effects`); were one missing, the course would be
        // costed as if unloaded.
        calories: plain.calorie_delta_percent.unwrap_or(Effect {
            range: rules::Range::new(0.0, 0.0),
            basis: crate::kinds::Basis::Model,
            source: rules::id::ROUTE_EFFORT,
        }),
    };
    Ok((limbs, note))
}

/// The gait a run asked for in `gait` is taken in at `speed`.
fn taken_at(gait: Gait, speed: Speed) -> Gait {
    Gait::costed(walks(gait, speed))
}

/// A speed that costs an effort on a stretch: see [`Coster::held`].
pub(super) struct Held {
    pub(super) speed: Speed,
    /// What it costs there.
    pub(super) watts: f64,
    /// Walk or run, as costed.
    pub(super) gait: Gait,
}

/// What costing a course's stretches adds up to, beside its splits.
pub(super) struct Costed<'a> {
    /// Planned: metres where the unloaded speed met the downhill cap.
    pub(super) capped_m: f64,
    /// The stretches steeper than the models' range.
    pub(super) clipped: Vec<&'a Stretch>,
    /// Energy and time with the load, over the stretches costed.
    pub(super) loaded_joules: f64,
    pub(super) loaded_seconds: f64,
    /// Recorded: the oxygen uptake carried, the heart rate and the seconds
    /// of each stretch with a heart rate.
    pub(super) vo2_points: Vec<(f64, f64, f64)>,
    /// Recorded: heart beats and the seconds they cover.
    pub(super) heart_timed: (f64, f64),
    /// Metres costed as a walk and as a run, each stretch in the gait it is
    /// taken in with the load (with the gait left to wrun, by its own
    /// speed: rule `gait`).
    pub(super) walked_m: f64,
    pub(super) ran_m: f64,
    /// Metres costed beyond the models' speeds: a walk at or above the
    /// walk-run switch, above the speeds Pandolf's equation was built on,
    /// and a run slower than the ACSM running equation's range.
    pub(super) fast_walk_m: f64,
    pub(super) slow_run_m: f64,
    /// Metres walked downhill steeper than Santee et al. tested.
    pub(super) steep_walk_m: f64,
}

impl Costed<'_> {
    /// Counts `stretch`, costed with the load in `taken` at `speed`: walked
    /// or run, and beyond its model's speeds or grades.
    fn tally(&mut self, stretch: &Stretch, taken: Gait, speed: Speed) {
        let metres = stretch.metres;
        let walk = taken == Gait::Walk;
        let v = speed.m_per_min();
        if walk && v >= rules::WALK_RUN_M_PER_MIN {
            self.fast_walk_m += metres;
        } else if !walk && v < rules::ACSM_RUNNING_MIN_M_PER_MIN {
            self.slow_run_m += metres;
        }
        if walk && stretch.shown_grade() < rules::SANTEE_TESTED_GRADE_PERCENT {
            self.steep_walk_m += metres;
        }
        if walk {
            self.walked_m += metres;
        } else {
            self.ran_m += metres;
        }
    }

    /// The average power with the load over the stretches costed, when
    /// any took time.
    pub(super) fn loaded_watts(&self) -> Option<f64> {
        (self.loaded_seconds > 0.0).then(|| self.loaded_joules / self.loaded_seconds)
    }

    /// Recorded: the file's average heart rate, bpm, when it has any.
    pub(super) fn measured_heart(&self) -> Option<f64> {
        let (beats, seconds) = self.heart_timed;
        (seconds > 0.0).then(|| beats / seconds)
    }
}

/// A course's time and energy, added up over its splits.
pub(super) struct Totals {
    /// Moving time (recorded) or predicted time with the load (planned).
    pub(super) seconds: f64,
    pub(super) loaded_kcal: f64,
    pub(super) unloaded_kcal: f64,
    /// What the runner spent: without the load for a recording made
    /// without it, else with it.
    pub(super) carried_kcal: f64,
}

impl Totals {
    pub(super) fn of(splits: &[Split], without_load: bool) -> Self {
        let loaded_kcal: f64 = splits.iter().map(|s| s.loaded_kcal).sum();
        let unloaded_kcal: f64 = splits.iter().map(|s| s.unloaded_kcal).sum();
        Self {
            seconds: splits.iter().map(|s| s.seconds).sum(),
            loaded_kcal,
            unloaded_kcal,
            carried_kcal: if without_load {
                unloaded_kcal
            } else {
                loaded_kcal
            },
        }
    }
}
