use super::*;
use crate::Condition;

fn loads_lb(plan: &Plan) -> Vec<f64> {
    plan.weeks
        .iter()
        .map(|w| (w.load.lb() * 100.0).round() / 100.0)
        .collect()
}

fn changes(plan: &Plan) -> Vec<Change> {
    plan.weeks.iter().map(|w| w.change).collect()
}

/// The plan's warning `id`, which it must have.
fn warning<'a>(plan: &'a Plan, id: &str) -> &'a Note {
    plan.warnings
        .iter()
        .find(|w| w.id == id)
        .unwrap_or_else(|| panic!("no {id}"))
}

fn vest(pounds: f64) -> Request {
    Request::new(Mass::from_lb(pounds), WeightType::Vest)
}

/// A 150 lb beginner's hand-weight request, in steps of `step` lb.
fn beginner_hands(step: f64) -> Request {
    let mut hands = Request::new(Mass::from_lb(150.0), WeightType::HandWrist);
    hands.level = Level::Beginner;
    hands.increment = Some(Mass::from_lb(step));
    hands
}

#[test]
fn a_150_lb_vest_plan_climbs_1_5_lb_a_week_and_holds_every_third_week() {
    // Start 7.5 lb (5 %); +1 % of 150 lb = 1.5 lb per rising week; weeks 3 and 6 hold.
    let plan = plan(&vest(150.0), 6).unwrap();
    assert_eq!(loads_lb(&plan), [7.5, 9.0, 9.0, 10.5, 12.0, 12.0]);
    assert_eq!(
        changes(&plan),
        [
            Change::Start,
            Change::Rise,
            Change::Hold,
            Change::Rise,
            Change::Rise,
            Change::Hold
        ]
    );
}

#[test]
fn a_long_plan_stops_at_the_top_of_the_range() {
    let plan = plan(&vest(150.0), 26).unwrap();
    let loads = loads_lb(&plan);
    assert!(loads.iter().all(|&load| load <= 15.0));
    assert!((loads[25] - 15.0).abs() < 1e-9);
    assert_eq!(plan.weeks[25].change, Change::Top);
    assert!(
        loads.windows(2).all(|pair| pair[1] >= pair[0]),
        "never lighter: {loads:?}"
    );
}

#[test]
fn no_week_rises_more_than_the_ramp_allows_and_one_in_three_holds() {
    for pounds in [100.0, 150.0, 250.0] {
        let plan = plan(&vest(pounds), 12).unwrap();
        let cap = pounds * 0.01 + 1e-9;
        for pair in plan.weeks.windows(2) {
            assert!(pair[1].load.lb() - pair[0].load.lb() <= cap);
        }
        for window in plan.weeks.windows(3) {
            assert!(window.iter().any(|w| w.change != Change::Rise), "{pounds}");
        }
    }
}

#[test]
fn hand_weights_climb_half_a_pound_a_week_to_3_lb() {
    let request = Request::new(Mass::from_lb(150.0), WeightType::HandWrist);
    let plan = plan(&request, 8).unwrap();
    assert_eq!(loads_lb(&plan), [1.0, 1.5, 1.5, 2.0, 2.5, 2.5, 3.0, 3.0]);
    assert!(plan.weeks.iter().all(|w| w.focus == Focus::EasyRuns));
    assert_eq!(plan.weeks[7].change, Change::Top);
}

#[test]
fn with_weight_steps_a_step_is_taken_once_earned() {
    // 150 lb, 2.5 lb plates, 1.5 lb a week: earned 9 → 7.5, hold, 10.5 → 10,
    // 12 → 10 (12.5 not yet earned), hold, 13.5 → 12.5, 15 → 15.
    let mut request = vest(150.0);
    request.increment = Some(Mass::from_lb(2.5));
    let plan = plan(&request, 8).unwrap();
    assert_eq!(
        loads_lb(&plan),
        [7.5, 7.5, 7.5, 10.0, 10.0, 10.0, 12.5, 15.0]
    );
    assert_eq!(
        changes(&plan),
        [
            Change::Start,
            Change::Hold,
            Change::Hold,
            Change::Rise,
            Change::Hold,
            Change::Hold,
            Change::Rise,
            Change::Rise
        ]
    );
    // A 2.5 lb step is more than the 1.5 lb weekly rise: named, though earned.
    assert!(plan.warnings.iter().any(|w| w.id == "large-step"));
}

#[test]
fn a_step_bigger_than_the_weekly_rise_waits_for_the_weeks_and_is_named() {
    // 5 lb plates: the start snaps up to 10 lb; 15 lb is earned in week 7
    // (10 + 1.5 × 5 rising weeks = 17.5 ≥ 15), an average of 5 lb over 6
    // weeks, within 1.5 lb a week.
    let mut request = vest(150.0);
    request.increment = Some(Mass::from_lb(5.0));
    let plan = plan(&request, 8).unwrap();
    assert_eq!(
        loads_lb(&plan),
        [10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 15.0, 15.0]
    );
    assert_eq!(plan.weeks[6].change, Change::Rise);
    assert_eq!(plan.weeks[7].change, Change::Top);
    let large = plan.warnings.iter().find(|w| w.id == "large-step").unwrap();
    assert_eq!(large.severity, crate::Severity::Caution);
    assert!(
        large.message.text().starts_with(
            "Each step of 5 lb (3.3 % of your body weight) is more than the plan's weekly rise \
             of 1.5 lb"
        ),
        "{}",
        large.message
    );
}

#[test]
fn a_rise_never_adds_more_than_half_the_load_carried() {
    // 1 lb dumbbells: 1 → 2 lb would double the load, so the plan holds 1 lb
    // and says the steps leave one usable load.
    let mut request = Request::new(Mass::from_lb(150.0), WeightType::HandWrist);
    request.increment = Some(Mass::from_lb(1.0));
    let plan = plan(&request, 8).unwrap();
    assert_eq!(loads_lb(&plan), [1.0; 8]);
    assert!(
        changes(&plan)[1..].iter().all(|c| *c == Change::Hold),
        "never 'top' below the top"
    );
    let single = warning(&plan, "single-load");
    assert!(
        single
            .message
            .text()
            .contains("one usable load for this plan, 1 lb")
    );
    for pounds in [100.0, 150.0, 300.0] {
        for week in plan_weeks(pounds) {
            assert!(week[1] <= week[0] * 1.5 + 1e-9, "{pounds}: {week:?}");
        }
    }
}

fn plan_weeks(pounds: f64) -> Vec<[f64; 2]> {
    let loads = loads_lb(&plan(&vest(pounds), 26).unwrap());
    loads.windows(2).map(|pair| [pair[0], pair[1]]).collect()
}

#[test]
fn a_beginner_ramps_at_half_the_rate_up_to_7_5_percent_and_takes_hills_from_week_4() {
    // 150 lb beginner: 0.75 lb earned a rising week from 7.5 lb, taken in
    // half pounds (0.5 lb a week at most), stopping at 11.25 lb.
    let mut request = vest(150.0);
    request.level = Level::Beginner;
    let plan = plan(&request, 8).unwrap();
    assert_eq!(loads_lb(&plan), [7.5, 8.0, 8.0, 8.5, 9.0, 9.0, 9.5, 10.0]);
    let focus: Vec<Focus> = plan.weeks.iter().map(|w| w.focus).collect();
    assert_eq!(focus[2], Focus::Flat, "a beginner's week 3 hold stays flat");
    assert_eq!(focus[5], Focus::HillsAndStairs);
    assert!(plan.weeks.iter().all(|w| w.sessions == 1));
    let long = super::plan(&request, 26).unwrap();
    assert!(loads_lb(&long).iter().all(|&load| load <= 11.25 + 1e-9));
    assert_eq!(
        long.weeks[25].change,
        Change::Hold,
        "11.25 lb is not the top of the range"
    );
    assert!(
        long.weeks[25].notes[0]
            .text()
            .contains("as heavy as this plan goes")
    );
    assert!(
        plan.warnings.iter().any(|w| w.id == "beginner-wait"),
        "recommend's warnings too"
    );
}

#[test]
fn a_condition_holds_the_start_load_and_asks_for_a_professionals_go_ahead() {
    let mut request = vest(150.0);
    request.conditions = vec![Condition::BackPain];
    let plan = plan(&request, 6).unwrap();
    assert_eq!(loads_lb(&plan), [7.5; 6]);
    let hold = warning(&plan, "condition-hold");
    assert!(
        hold.message.text().contains("holds 7.5 lb for all 6 weeks"),
        "{}",
        hold.message
    );
    assert!(hold.message.text().contains("professional's go-ahead"));
    assert!(plan.warnings.iter().any(|w| w.id == "vest-joint-stress"));
    assert!(
        plan.weeks.iter().any(|w| w.focus == Focus::HillsAndStairs),
        "back pain allows hills"
    );
}

#[test]
fn knee_pain_keeps_every_week_on_the_flat() {
    let mut request = vest(220.0);
    request.level = Level::Beginner;
    request.conditions = vec![Condition::Overweight, Condition::KneePain];
    let plan = plan(&request, 8).unwrap();
    assert_eq!(loads_lb(&plan), [11.0; 8], "no rise to the full 22 lb");
    assert!(plan.weeks.iter().all(|w| w.focus == Focus::Flat));
    assert!(plan.warnings.iter().any(|w| w.id == "knee-flat"));
    assert_eq!(plan.warnings[0].severity, crate::Severity::Caution);
}

#[test]
fn a_condition_holds_the_runs_per_week_as_it_holds_the_load() {
    let mut request = vest(150.0);
    request.conditions = vec![Condition::BackPain];
    let plan = plan(&request, 6).unwrap();
    assert_eq!(loads_lb(&plan), [7.5; 6]);
    assert!(plan.weeks.iter().all(|w| w.sessions == 1));
}

#[test]
fn a_beginner_with_knee_pain_and_12_lb_steps_gets_no_weighted_weeks_and_one_caution_why() {
    // 150 lb beginner: the start belongs at 3.75–7.5 lb (2.5–5 %); a 12 lb
    // step is 8 %, above the start and above a beginner's 7.5 % (11.25 lb).
    let mut request = vest(150.0);
    request.level = Level::Beginner;
    request.conditions = vec![Condition::KneePain];
    request.increment = Some(Mass::from_lb(12.0));
    let plan = plan(&request, 4).unwrap();
    assert!(plan.weeks.is_empty());
    let coarse: Vec<_> = plan
        .warnings
        .iter()
        .filter(|w| w.id == "increment-too-coarse")
        .collect();
    assert_eq!(coarse.len(), 1);
    assert!(
        coarse[0]
            .message
            .text()
            .contains("a load of 7.5 lb would fit"),
        "{}",
        coarse[0].message
    );
    assert_eq!(plan.recommendation.verdict, crate::Verdict::Caution);
}

#[test]
fn no_start_and_no_week_passes_the_cap_for_the_level_whatever_the_steps() {
    // A beginner's hands stop at 2 lb: with 3 lb steps there is no start
    // for them, as recommend says too, and so no plan.
    let hands = beginner_hands(3.0);
    let plan_hands = plan(&hands, 6).unwrap();
    assert_eq!(plan_hands.recommendation.load.unwrap().start, None);
    assert!(plan_hands.weeks.is_empty());
    assert_eq!(
        warning(&plan_hands, "increment-too-coarse").message.text(),
        "Your weights come in steps of 3 lb, and no step lies between 1 lb and 2 lb per hand, \
         where your start belongs, so wrun suggests no start load; a load of 2 lb would fit."
    );
    // An intermediate runner with a condition stops at 7.5 % (11.25 lb): a
    // 12 lb step, the lightest in range, is over it.
    let mut sore = vest(150.0);
    sore.conditions = vec![Condition::BackPain];
    sore.increment = Some(Mass::from_lb(12.0));
    let plan_sore = plan(&sore, 4).unwrap();
    assert!(plan_sore.weeks.is_empty());
    assert_eq!(
        warning(&plan_sore, "increment-too-coarse").message.text(),
        "Your weights come in steps of 12 lb, and no step lies between 7.5 lb and 11.25 lb for \
         the vest, where your start belongs, so wrun suggests no start load; a load of 11 lb \
         would fit."
    );
    assert_eq!(plan_sore.notes[0].text(), advice::PLAN_NO_START);
    // The vest's own caution stands, and the steps' is added to it, once.
    assert_eq!(
        plan_sore.recommendation.verdict_because,
        [
            "vest-risks",
            "vest-joint-stress",
            "professional-go-ahead",
            "increment-too-coarse"
        ]
    );
    // For every level and step, no week is above 10 % (7.5 % for beginners).
    for &level in Level::VALUES {
        for step in [0.5, 1.0, 2.5, 5.0, 12.0] {
            let mut request = vest(150.0);
            request.level = level;
            request.increment = Some(Mass::from_lb(step));
            let top = if level == Level::Beginner {
                11.25
            } else {
                15.0
            };
            for week in plan(&request, 12).unwrap().weeks {
                assert!(
                    week.load.lb() <= top + 1e-9,
                    "{level:?} {step}: {}",
                    week.load.lb()
                );
            }
        }
    }
}

#[test]
fn a_70_kg_hand_plan_climbs_in_half_kilograms_to_the_top_of_the_range() {
    // 1–3 lb is 0.45–1.36 kg: on the half-kilogram grid, 0.5 kg then 1 kg.
    let mut request = Request::new(Mass::from_kg(70.0), WeightType::HandWrist);
    request.unit = crate::Unit::Kg;
    let plan = plan(&request, 8).unwrap();
    let loads: Vec<f64> = plan.weeks.iter().map(|w| w.load.kg()).collect();
    assert!((loads[0] - 0.5).abs() < 1e-9);
    assert!((loads[7] - 1.0).abs() < 1e-9, "{loads:?}");
}

#[test]
fn runs_on_consecutive_days_earn_a_caution_in_the_weeks_with_two_or_more() {
    use chrono::Weekday::{Mon as Monday, Thu as Thursday, Tue as Tuesday};
    let mut request = vest(150.0);
    request.level = Level::Experienced;
    let spaced = plan(&request, 4).unwrap().with_days(&[Monday, Thursday]);
    assert!(spaced.warnings.iter().all(|w| w.id != "consecutive-days"));
    assert_eq!(spaced.recommendation.verdict, crate::Verdict::Recommended);
    let close = plan(&request, 4)
        .unwrap()
        .with_days(&[Monday, Tuesday, Thursday]);
    assert_eq!(close.recommendation.verdict, crate::Verdict::Caution);
    assert_eq!(close.recommendation.verdict_because, ["consecutive-days"]);
    // The rest it asks for is the rule's, in words.
    assert_eq!(crate::rules::PLAN_SESSIONS.rest_days, 1);
    let said = close
        .warnings
        .iter()
        .find(|w| w.id == "consecutive-days")
        .map(|w| w.message.text());
    assert!(
        said.as_deref()
            .is_some_and(|text| text.contains("less than a full day of rest")),
        "{said:?}"
    );
    // Week 1 has one run: nothing back to back.
    assert_eq!(close.weeks[0].verdict, crate::Verdict::Recommended);
    assert_eq!(close.weeks[2].verdict, crate::Verdict::Caution);
    // A plan already a caution for its runner names the days beside it.
    request.age = Some(16.0);
    let young = plan(&request, 4)
        .unwrap()
        .with_days(&[Monday, Tuesday, Thursday]);
    assert_eq!(
        young.recommendation.verdict_because,
        ["young-runner", "consecutive-days"]
    );
    request.age = None;
    // A beginner needs two days between: Monday and Wednesday are too close.
    request.level = Level::Beginner;
    let plan_8 = plan(&request, 8).unwrap();
    assert!(
        plan_8.weeks.iter().all(|w| w.sessions == 1),
        "a beginner runs once a week"
    );
}

#[test]
fn focus_and_change_ids_are_their_json_names() {
    for &focus in Focus::VALUES {
        assert_eq!(
            serde_json::to_value(focus).unwrap(),
            serde_json::json!(focus.id())
        );
    }
    for &change in Change::VALUES {
        assert_eq!(
            serde_json::to_value(change).unwrap(),
            serde_json::json!(change.id())
        );
    }
    assert_eq!(Focus::HillsAndStairs.id(), "hills-and-stairs");
    assert_eq!(Change::Top.id(), "top");
}

#[test]
fn beginners_rest_two_days_and_others_one() {
    let mut request = vest(150.0);
    let rest = |request: &Request| plan(request, 2).unwrap().weeks[0].notes[2].to_string();
    assert_eq!(
        rest(&request),
        "Rest at least a full day between weighted runs."
    );
    request.level = Level::Beginner;
    assert_eq!(
        rest(&request),
        "Rest at least two days between weighted runs."
    );
}

#[test]
fn vest_weeks_run_flat_while_the_load_is_new_and_hills_once_steady() {
    let plan = plan(&vest(150.0), 6).unwrap();
    let focus: Vec<Focus> = plan.weeks.iter().map(|w| w.focus).collect();
    assert_eq!(
        focus,
        [
            Focus::Flat,
            Focus::Flat,
            Focus::HillsAndStairs,
            Focus::Flat,
            Focus::Flat,
            Focus::HillsAndStairs
        ]
    );
    assert!(plan.sources.contains(&"plan-focus"));
}

#[test]
fn sessions_start_at_one_and_follow_the_level() {
    let mut request = vest(150.0);
    request.level = Level::Experienced;
    let plan_6 = plan(&request, 6).unwrap();
    let sessions: Vec<u32> = plan_6.weeks.iter().map(|w| w.sessions).collect();
    // Loads 11.5, 13 (rise), 13 (hold), 14.5 (rise), 15 (rise), 15: the
    // runs go up by one, and only in the weeks whose load holds.
    assert_eq!(
        sessions,
        [1, 1, 2, 2, 2, 3],
        "one more run at most, and never with a heavier load"
    );
    for pair in plan_6.weeks.windows(2) {
        let load_rises = pair[1].change == Change::Rise;
        let runs_rise = pair[1].sessions > pair[0].sessions;
        assert!(!(load_rises && runs_rise), "week {}", pair[1].number);
    }
    request.level = Level::Beginner;
    let sessions: Vec<u32> = plan(&request, 4)
        .unwrap()
        .weeks
        .iter()
        .map(|w| w.sessions)
        .collect();
    assert_eq!(sessions, [1, 1, 1, 1]);
}

#[test]
fn an_experienced_runner_starts_higher_but_never_passes_the_top() {
    let mut request = vest(150.0);
    request.level = Level::Experienced;
    let plan = plan(&request, 6).unwrap();
    // 11.25 lb rounds to 11.5 lb; then 1.5 lb a rising week to the top.
    assert_eq!(loads_lb(&plan), [11.5, 13.0, 13.0, 14.5, 15.0, 15.0]);
    assert_eq!(plan.weeks[5].change, Change::Top);
}

#[test]
fn ankle_weights_get_no_plan_and_a_pointer_to_the_vest() {
    let request = Request::new(Mass::from_lb(150.0), WeightType::Ankle);
    let plan = plan(&request, 6).unwrap();
    assert!(plan.weeks.is_empty());
    assert_eq!(plan.recommendation.verdict, crate::Verdict::NotRecommended);
    assert_eq!(
        plan.notes[0].text(),
        "Ankle weights get no plan: they are not a weight to run with."
    );
    assert!(plan.sources.is_empty());
    assert!(
        plan.notes[1]
            .text()
            .contains("try a vest of 7.5 lb to 15 lb")
    );
}

#[test]
fn steps_too_coarse_for_the_range_give_no_weeks_and_say_why() {
    let mut request = Request::new(Mass::from_lb(150.0), WeightType::HandWrist);
    request.increment = Some(Mass::from_lb(5.0));
    let plan = plan(&request, 6).unwrap();
    assert!(plan.weeks.is_empty());
    assert!(
        plan.notes[0]
            .text()
            .starts_with("No plan: none of your weight steps makes a start load")
    );
    let coarse = warning(&plan, "increment-too-coarse");
    assert!(
        coarse
            .message
            .text()
            .starts_with("Your weights come in steps of 5 lb")
    );
}

#[test]
fn beginners_and_runners_with_a_condition_rest_longer() {
    let mut request = vest(150.0);
    request.conditions = vec![Condition::BackPain];
    let plan = plan(&request, 2).unwrap();
    assert!(
        plan.weeks[0]
            .notes
            .iter()
            .any(|n| n.text().contains("two days"))
    );
}

#[test]
fn plans_run_from_2_to_26_weeks() {
    assert_eq!(plan(&vest(150.0), 1), Err(GuidanceError::WeeksOutOfRange));
    assert_eq!(plan(&vest(150.0), 27), Err(GuidanceError::WeeksOutOfRange));
    assert_eq!(plan(&vest(150.0), 2).unwrap().weeks.len(), 2);
    assert_eq!(plan(&vest(150.0), 26).unwrap().weeks.len(), 26);
}

fn week_notes_text(plan: &Plan, week: usize) -> String {
    plan.weeks[week].notes[0].text().into_owned()
}

#[test]
fn each_week_says_what_its_load_does() {
    // 150 lb: 7.5, 9 (up 1.5), 9 (held to adapt) lb.
    let plain = plan(&vest(150.0), 3).unwrap();
    assert_eq!(
        week_notes_text(&plain, 0),
        "First weighted week at 7.5 lb: keep the runs short and easy."
    );
    assert_eq!(week_notes_text(&plain, 1), "Up 1.5 lb from last week.");
    assert_eq!(
        week_notes_text(&plain, 2),
        "Same load as last week, to let your body adapt."
    );
    // A condition holds the load until a professional says otherwise.
    let mut sore = vest(150.0);
    sore.conditions = vec![Condition::BackPain];
    assert_eq!(
        week_notes_text(&plan(&sore, 3).unwrap(), 1),
        "Same load: hold it until a professional says you may add more."
    );
}

#[test]
fn a_start_at_the_plans_cap_is_held_not_refused() {
    // A beginner's hands stop at 2 lb, and 2 lb dumbbells are the lightest
    // they have: every week holds 2 lb, each as heavy as the plan goes.
    let hands = beginner_hands(2.0);
    let plan = plan(&hands, 4).unwrap();
    assert_eq!(loads_lb(&plan), [2.0; 4]);
    assert!(plan.warnings.iter().all(|w| w.id != "increment-too-coarse"));
    assert!(
        week_notes_text(&plan, 3).contains("as heavy as this plan goes"),
        "{}",
        week_notes_text(&plan, 3)
    );
}

#[test]
fn only_a_vest_with_knee_pain_is_kept_on_the_flat() {
    let mut hands = Request::new(Mass::from_lb(150.0), WeightType::HandWrist);
    hands.conditions = vec![Condition::KneePain];
    let mut sore_back = vest(150.0);
    sore_back.conditions = vec![Condition::BackPain];
    for request in [hands, sore_back, vest(150.0)] {
        let plan = plan(&request, 4).unwrap();
        assert!(
            plan.warnings.iter().all(|w| w.id != "knee-flat"),
            "{:?} {:?}",
            request.weight_type,
            request.conditions
        );
    }
}

#[test]
fn a_step_that_passes_the_top_leaves_one_usable_load() {
    // 100 lb: 5-10 lb. 4 lb plates start at 8 lb, and the next, 12 lb, is
    // over the top though 4 lb is only half of 8.
    let mut request = vest(100.0);
    request.increment = Some(Mass::from_lb(4.0));
    let plan = plan(&request, 4).unwrap();
    assert_eq!(loads_lb(&plan), [8.0; 4]);
    let single = warning(&plan, "single-load");
    assert!(
        single
            .message
            .text()
            .contains("one usable load for this plan, 8 lb"),
        "{}",
        single.message
    );
}

#[test]
fn steps_no_bigger_than_the_weekly_rise_are_not_named() {
    // 150 lb: 1.5 lb a week. Steps of 0.5 lb, and of exactly 1.5 lb, need
    // no caution, and the plan climbs as without steps.
    for step in [0.5, 1.5] {
        let mut request = vest(150.0);
        request.increment = Some(Mass::from_lb(step));
        let plan = plan(&request, 4).unwrap();
        assert_eq!(loads_lb(&plan), [7.5, 9.0, 9.0, 10.5], "{step}");
        assert!(
            plan.warnings
                .iter()
                .all(|w| w.id != "large-step" && w.id != "single-load"),
            "{step}"
        );
        assert_eq!(plan.recommendation.verdict, crate::Verdict::Recommended);
    }
}

#[test]
fn sunday_and_monday_are_back_to_back_across_the_weeks_end() {
    use chrono::Weekday::{Mon as Monday, Sun as Sunday, Tue as Tuesday};
    let mut request = vest(150.0);
    request.level = Level::Experienced;
    let plan_4 = plan(&request, 4).unwrap();
    assert!(plan_4.weeks.iter().any(|w| w.sessions > 1));
    let weekend = plan_4.clone().with_days(&[Sunday, Monday]);
    assert_eq!(weekend.recommendation.verdict_because, ["consecutive-days"]);
    // One run a week has nothing back to back, whatever the days.
    request.level = Level::Beginner;
    let once = plan(&request, 4).unwrap().with_days(&[Monday, Tuesday]);
    assert!(once.warnings.iter().all(|w| w.id != "consecutive-days"));
}

#[test]
fn a_hand_plan_in_kilograms_reaches_the_top_at_the_heaviest_half_kilogram_in_range() {
    // 0.45-1.36 kg: 1 kg is the heaviest half kilogram inside it.
    let mut request = Request::new(Mass::from_kg(70.0), WeightType::HandWrist);
    request.unit = crate::Unit::Kg;
    let plan = plan(&request, 8).unwrap();
    assert_eq!(
        changes(&plan),
        [
            Change::Start,
            Change::Hold,
            Change::Hold,
            Change::Hold,
            Change::Rise,
            Change::Top,
            Change::Top,
            Change::Top
        ]
    );
}

#[test]
fn a_hold_one_half_pound_below_the_top_is_not_the_top() {
    // 110 lb: 5.5-11 lb. Week 9 holds 10.5 lb; 11 lb is still to come, so
    // the week is an ordinary hold, not the top and not the plan's ceiling.
    let plan = plan(&vest(110.0), 11).unwrap();
    assert_eq!(
        loads_lb(&plan),
        [5.5, 6.5, 6.5, 7.5, 8.5, 8.5, 9.5, 10.5, 10.5, 11.0, 11.0]
    );
    assert_eq!(plan.weeks[8].change, Change::Hold);
    assert_eq!(
        week_notes_text(&plan, 8),
        "Same load as last week, to let your body adapt."
    );
    assert_eq!(plan.weeks[10].change, Change::Top);
}
