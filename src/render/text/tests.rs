use super::*;
use crate::guidance::Named;
use crate::guidance::{Condition, Level, Request, recommend};

fn render(request: &Request) -> String {
    render_at(request, WIDTH)
}

fn render_at(request: &Request, width: usize) -> String {
    let styled = styled_at(request, width);
    anstream::adapter::strip_str(&styled).to_string()
}

/// [`styled_at`] the usual width.
fn styled(request: &Request) -> String {
    styled_at(request, WIDTH)
}

/// The answer with its ANSI styles, as a terminal that takes colour gets it.
fn styled_at(request: &Request, width: usize) -> String {
    let mut out = Vec::new();
    let page = &mut Page::new(&mut out, width);
    recommendation(page, &recommend(request).unwrap()).unwrap();
    String::from_utf8(out).unwrap()
}

fn vest_150() -> Request {
    Request::new(Mass::from_lb(150.0), WeightType::Vest)
}

#[test]
fn a_vest_answer_reads_verdict_load_start_and_effects_in_order() {
    let text = render(&vest_150());
    let expected_start = "\
Weighted vest for a 150 lb (68.04 kg) runner, intermediate

Verdict     RECOMMENDED
            A vest interferes least with running form of all running weights.
            [vest-benefits]
            Set by: vest-benefits

Load        7.5–15 lb (3.4–6.8 kg), 5–10 % of body weight [vest-load]
Start at    7.5 lb (3.4 kg), 5 % of body weight [vest-start]
Heart rate  no figure: the article gives none; --hr BPM, your usual heart rate
            on this run, gives a model estimate
Calories    +5–10 % (model estimate) [vest-calories]

Warnings
  INFO     A vest puts your joints and core under extra strain. [vest-risks]
";
    assert!(text.starts_with(expected_start), "{text}");
    assert!(text.contains("\nTips\n  - A vest gives the most on inclines"));
}

#[test]
fn a_beginners_start_under_the_range_shows_its_share_and_that_it_was_rounded_down() {
    // 5 % of 72 kg is 3.6 kg; a beginner's start is never rounded up past
    // it, so the half kilogram below, 3.5 kg, is 4.9 %.
    let mut request = Request::new(Mass::from_kg(72.0), WeightType::Vest);
    request.unit = Unit::Kg;
    request.level = Level::Beginner;
    let text = render(&request);
    assert!(
        text.contains(
            "Load        3.6–7.2 kg (7.94–15.87 lb), 5–10 % of body weight [vest-load]\n\
             Start at    3.5 kg (7.72 lb), 4.9 % of body weight, rounded down below the range\n\
             \x20           [vest-start]\n"
        ),
        "{text}"
    );
    // 5 % of 80 kg is 4 kg, a half kilogram: the start is the range's foot.
    request.body_weight = Mass::from_kg(80.0);
    let text = render(&request);
    assert!(
        text.contains("Start at    4 kg (8.82 lb), 5 % of body weight [vest-start]\n"),
        "{text}"
    );
}

#[test]
fn kilograms_lead_when_the_runner_thinks_in_kilograms() {
    let mut request = Request::new(Mass::from_kg(68.0), WeightType::HandWrist);
    request.unit = Unit::Kg;
    request.level = Level::Experienced;
    let text = render(&request);
    assert!(
        text.starts_with("Hand or wrist weights for a 68 kg (149.91 lb) runner, experienced\n")
    );
    assert!(text.contains("Load        0.45–1.36 kg (1–3 lb) in each hand [hand-load]\n"));
    // 2 lb, rounded to the half kilogram: 1 kg.
    assert!(text.contains("Start at    1 kg (2.2 lb) in each hand [hand-start]\n"));
    assert!(text.contains("Heart rate  +5–10 bpm (article) [hand-heart-rate]\n"));
    assert!(text.contains("Calories    +5–15 % (article) [hand-calories]\n"));
}

#[test]
fn ankle_weights_say_not_recommended_and_carry_no_load() {
    let mut request = vest_150();
    request.weight_type = WeightType::Ankle;
    request.conditions = vec![Condition::KneePain];
    let text = render(&request);
    assert!(text.starts_with(
        "Ankle weights for a 150 lb (68.04 kg) runner, intermediate, with knee pain\n"
    ));
    request.conditions = vec![
        Condition::Overweight,
        Condition::KneePain,
        Condition::BackPain,
    ];
    assert!(render(&request).starts_with(
        "Ankle weights for a 150 lb (68.04 kg) runner, intermediate, with extra body\nweight, \
         knee pain and back pain\n"
    ));
    assert!(
        text.contains("\nVerdict     NOT-RECOMMENDED\n            Ankle weights carry"),
        "{text}"
    );
    assert!(text.contains("Load        none: not a weight to run with\n"));
    assert!(text.contains("  DANGER   Ankle weights strain"));
}

#[test]
fn no_line_is_wider_than_80_columns() {
    for weight_type in WeightType::ALL {
        let mut request = vest_150();
        request.weight_type = *weight_type;
        request.level = Level::Beginner;
        request.conditions = vec![
            Condition::Overweight,
            Condition::KneePain,
            Condition::BackPain,
        ];
        request.increment = Some(Mass::from_lb(40.0));
        for line in render(&request).lines() {
            assert!(line.chars().count() <= WIDTH, "too wide: {line:?}");
        }
    }
}

#[test]
fn a_narrow_page_wraps_every_line_to_its_width_and_never_below_40() {
    let narrow = render_at(&vest_150(), 50);
    assert!(
        narrow.lines().all(|line| line.chars().count() <= 50),
        "{narrow}"
    );
    assert!(
        narrow.lines().any(|line| line.chars().count() > 40),
        "{narrow}"
    );
    assert_eq!(
        render_at(&vest_150(), 10),
        render_at(&vest_150(), MIN_WIDTH)
    );
    assert_ne!(narrow, render(&vest_150()));
}

#[test]
fn long_messages_wrap_under_their_text() {
    let text = render(&vest_150());
    assert!(text.contains(
        "  INFO     A vest that does not fit well makes a fall more likely: get the right\n           size"
    ), "{text}");
}

#[test]
fn severities_and_verdicts_are_coloured_before_any_stripping() {
    let styled = styled(&vest_150());
    assert!(
        styled.contains("\u{1b}[1m\u{1b}[32mRECOMMENDED"),
        "{styled:?}"
    );
}

#[test]
fn a_brief_answer_colours_its_verdict_as_the_full_answer_does_on_any_width() {
    let brief = |width| {
        let mut out = Vec::new();
        let answer = recommend(&vest_150()).unwrap();
        brief_recommendation(&mut Page::new(&mut out, width), &answer).unwrap();
        String::from_utf8(out).unwrap()
    };
    let wide = brief(WIDTH);
    assert!(
        wide.starts_with(
            "\u{1b}[1mWeighted vest\u{1b}[0m: \u{1b}[1m\u{1b}[32mRECOMMENDED\u{1b}[0m\n"
        ),
        "{wide:?}"
    );
    // Where the verdict wraps onto a line of its own, it keeps its colour.
    let hands = Request::new(Mass::from_lb(150.0), WeightType::HandWrist);
    let plan = crate::guidance::plan(&hands, 6).unwrap();
    let mut out = Vec::new();
    brief_plan(&mut Page::new(&mut out, 40), &plan, None).unwrap();
    let narrow = String::from_utf8(out).unwrap();
    assert!(
        narrow.starts_with(
            "\u{1b}[1m6-week plan, hand or wrist weights\u{1b}[0m:\n\u{1b}[1m\u{1b}[33mCAUTION\u{1b}[0m\n"
        ),
        "{narrow:?}"
    );
}

#[test]
fn every_source_tag_is_dimmed_on_the_last_line_of_its_item() {
    let styled = styled(&vest_150());
    // A tag after the text, and a tag wrapped onto a line of its own.
    assert!(
        styled.contains("get the right\n           size. \u{1b}[2m[vest-risks]\u{1b}[0m\n"),
        "{styled:?}"
    );
    assert!(
        styled.contains("\n            \u{1b}[2m[vest-benefits]\u{1b}[0m\n"),
        "{styled:?}"
    );
    let tags = anstream::adapter::strip_str(&styled)
        .to_string()
        .matches('[')
        .count();
    assert_eq!(styled.matches("\u{1b}[2m[").count(), tags, "{styled:?}");
}

#[test]
fn a_page_passes_writes_and_flushes_to_its_writer() {
    let mut out = io::BufWriter::new(Vec::new());
    let mut page = Page::new(&mut out, WIDTH);
    assert_eq!(page.write(b"wrun").unwrap(), 4);
    page.flush().unwrap();
    assert_eq!(out.get_ref().as_slice(), b"wrun");
}

#[test]
fn wrapping_keeps_every_word_and_respects_the_width() {
    let text = "one two three four five six seven eight nine ten";
    let lines = wrap(text, 10);
    assert!(
        lines.iter().all(|line| line.chars().count() <= 10),
        "{lines:?}"
    );
    assert_eq!(lines.join(" "), text);
    assert_eq!(wrap("", 10), [""]);
    assert_eq!(wrap("unbreakable-word", 5), ["unbreakable-word"]);
}

#[test]
fn a_unit_stays_on_the_line_of_its_number() {
    assert_eq!(wrap("walk at -15 % grade", 11), ["walk at", "-15 % grade"]);
    assert_eq!(
        wrap("up to (6.8 kg), then", 12),
        ["up to", "(6.8 kg),", "then"]
    );
    assert_eq!(
        wrap("diastolic up 4.4 mmHg,", 16),
        ["diastolic up", "4.4 mmHg,"]
    );
    // Words are no units, and a pair wider than a line is parted.
    assert_eq!(wrap("run 30 laps", 6), ["run 30", "laps"]);
    assert_eq!(wrap("12.5 kcal", 6), ["12.5", "kcal"]);
}

#[test]
fn text_that_clap_wraps_gets_a_no_break_space_in_each_pair() {
    assert_eq!(
        bind_pairs("from 1.2 km/h (0.75 mph) to 30 km/h [env: WRUN_UNIT]").as_deref(),
        Some(
            "from 1.2\u{a0}km/h (0.75\u{a0}mph) to 30\u{a0}km/h \
             [env:\u{a0}WRUN_UNIT]"
        )
    );
    assert_eq!(
        bind_pairs("a weight (68kg, \"68 kg\"), 1 minute to 24 hours").as_deref(),
        Some("a weight (68kg, \"68\u{a0}kg\"), 1\u{a0}minute to 24\u{a0}hours")
    );
    // A number before a word, a colon in a sentence: nothing to bind.
    assert_eq!(bind_pairs("week 4 of 6: rise by 2 steps"), None);
}

#[test]
fn a_pace_without_a_length_says_what_would_cost_the_run() {
    use crate::guidance::{Speed, Workout};
    let mut request = vest_150();
    request.workout = Workout {
        speed: Some(Speed::from_km_per_h(10.0)),
        ..Workout::default()
    };
    let text = render(&request);
    assert!(
        text.contains(
            "Energy      add --duration or --distance to cost the run and set it against your\n\
             \x20           aerobic ceiling\n"
        ),
        "{text}"
    );
    // With no pace at all there is no run to speak of.
    assert!(!render(&vest_150()).contains("Energy"));
}

/// A 150 lb walker with ankle weights at 4 km/h, with no length given.
fn ankle_walk_at_4_kmh() -> Request {
    use crate::guidance::{Gait, Speed, WeightType, Workout};
    let mut request = vest_150();
    request.weight_type = WeightType::Ankle;
    request.workout = Workout {
        speed: Some(Speed::from_km_per_h(4.0)),
        gait: Gait::Walk,
        ..Workout::default()
    };
    request
}

#[test]
fn a_walk_with_ankle_weights_speaks_of_a_walk_where_the_runs_lines_spoke_of_a_run() {
    let text = render(&ankle_walk_at_4_kmh());
    assert!(
        text.contains("Load        none: not a weight to walk with\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "Energy      add --duration or --distance to cost the walk and set it against\n\
             \x20           your aerobic ceiling\n"
        ),
        "{text}"
    );
}

#[test]
fn a_studys_heart_rate_scaled_to_a_load_is_shown_to_a_tenth() {
    // Graves et al.'s +7.6 bpm for 1.36 kg at the ankle, scaled to 2 kg:
    // 11.18, shown as the study's figures are, to a tenth.
    let mut request = ankle_walk_at_4_kmh();
    request.chosen_load = Some(crate::guidance::Mass::from_kg(2.0));
    let text = render(&request);
    assert!(
        text.contains("Heart rate  +11.2 bpm (study) [walk-ankle-weights]\n"),
        "{text}"
    );
}

/// A 150 lb runner in a vest, running 30 minutes at 10 km/h.
fn vest_150_at_10_kmh_for_30_min() -> Request {
    use crate::guidance::{Duration, Length, Speed, Workout};
    let mut request = vest_150();
    request.workout = Workout {
        speed: Some(Speed::from_km_per_h(10.0)),
        length: Some(Length::Time(Duration::from_minutes(30.0))),
        ..Workout::default()
    };
    request
}

#[test]
fn a_run_is_shown_back_in_the_unit_its_speed_was_given_in() {
    use crate::guidance::SpeedUnit;
    let mut request = vest_150_at_10_kmh_for_30_min();
    request.speed_unit = Some(SpeedUnit::KmPerHour);
    let metric = render(&request);
    assert!(metric.contains("a 30:00 run, 5 km at 10 km/h"), "{metric}");
    request.speed_unit = Some(SpeedUnit::PerMile);
    let paced = render(&request);
    assert!(paced.contains("a 30:00 run, 3.11 mi at 9:39/mi"), "{paced}");
}

#[test]
fn a_run_is_said_to_be_on_the_flat_or_at_its_grade() {
    let mut request = vest_150_at_10_kmh_for_30_min();
    // The words, whatever line each is wrapped onto.
    let words = |request: &Request| {
        render(request)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let flat = words(&request);
    assert!(
        flat.contains("5 km at 10 km/h (6.21 mph) on the flat"),
        "{flat}"
    );
    request.workout.grade_percent = 5.0;
    let uphill = words(&request);
    assert!(
        uphill.contains("5 km at 10 km/h (6.21 mph) at 5 % grade"),
        "{uphill}"
    );
}

#[test]
fn calorie_changes_read_to_a_tenth_of_a_percent() {
    use crate::guidance::rules::Range;
    assert_eq!(super::calorie_percent(Range::new(4.56, 9.12)), "+4.6–9.1 %");
    assert_eq!(super::calorie_percent(Range::new(12.16, 12.16)), "+12.2 %");
    // The article's own whole figures stay whole.
    assert_eq!(super::calorie_percent(Range::new(5.0, 10.0)), "+5–10 %");
}

#[test]
fn a_figure_said_with_a_vowel_first_takes_an() {
    for figure in [
        "8 kg", "80 kg", "88.5 lb", "11 lb", "18.14 lb", "8:00", "18:30", "11000 m",
    ] {
        assert_eq!(a_or_an(figure), "an", "{figure}");
    }
    for figure in [
        "7 kg", "110 lb", "180 lb", "1100 m", "1:00:00", "45:00", "1.8 kg", "",
    ] {
        assert_eq!(a_or_an(figure), "a", "{figure}");
    }
}

#[test]
fn an_80_kg_runner_is_an_80_kg_runner() {
    let mut request = Request::new(Mass::from_kg(80.0), WeightType::Vest);
    request.unit = crate::guidance::Unit::Kg;
    assert!(
        render(&request).starts_with("Weighted vest for an 80 kg (176.37 lb) runner,"),
        "{}",
        render(&request)
    );
}

#[test]
fn an_eight_minute_run_is_an_8_00_run() {
    let mut request = Request::new(Mass::from_kg(70.0), WeightType::Vest);
    request.unit = crate::guidance::Unit::Kg;
    request.workout.speed = Some(crate::guidance::Speed::from_km_per_h(12.0));
    request.workout.length = Some(crate::guidance::Length::Time(
        crate::guidance::Duration::from_minutes(8.0),
    ));
    assert!(
        render(&request).contains("kcal unweighted: an 8:00 run,"),
        "{}",
        render(&request)
    );
}
