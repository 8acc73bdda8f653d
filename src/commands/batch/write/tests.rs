//! Writing NDJSON lines and CSV rows, side by side over the same records.

use std::borrow::Cow;

use serde_json::value::RawValue;

use super::{Carried, DecimalMark, Dialect, Line, csv_header, csv_row, ndjson};
use crate::cli::BatchCommand;
use crate::commands::batch::record::{Answer, Answered};
use crate::guidance::{self, Mass, Request, WeightType};
use crate::render::json::{NotesForm, RecommendationJson, Written};

fn answer(answered: Answered) -> Answer {
    Answer {
        answered,
        unit_source: crate::cli::UnitSource::Default,
    }
}

fn recommendation() -> Answer {
    let request = Request::new(Mass::from_lb(150.0), WeightType::Vest);
    answer(Answered::Recommend(guidance::recommend(&request).unwrap()))
}

/// `line`'s CSV row for `command`, in the default dialect, read back.
fn csv_row_read_back(command: BatchCommand, line: &Line<'_, '_>) -> csv::StringRecord {
    let mut out = csv::Writer::from_writer(Vec::new());
    csv_row(&mut out, command, line, Dialect::default()).unwrap();
    let bytes = out.into_inner().unwrap();
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes.as_slice())
        .records()
        .next()
        .unwrap()
        .unwrap()
}

#[test]
fn an_ndjson_line_is_the_batch_line_serde_would_write() {
    let outcome = Ok(recommendation());
    let raw = |json: &str| RawValue::from_string(json.to_owned()).unwrap();
    let (id, name) = (raw("7"), raw(r#""Anna""#));
    let line = Line {
        number: 42,
        carried: Carried::Json {
            id: Some(&id),
            extra: vec![(Cow::Borrowed("name"), &name)],
        },
        outcome: &outcome,
        carried_names: &[],
    };
    let mut bytes = Vec::new();
    ndjson(&mut bytes, &line, NotesForm::Text);
    let Ok(Answer {
        answered: Answered::Recommend(answer),
        ..
    }) = &outcome
    else {
        unreachable!()
    };
    let expected = crate::render::json::BatchLineJson::Answer {
        line: 42,
        id: Some(serde_json::json!(7)),
        extra: Some(
            serde_json::json!({"name": "Anna"})
                .as_object()
                .unwrap()
                .clone(),
        ),
        answer: crate::render::json::BatchAnswerJson::Recommend(RecommendationJson::new(
            answer,
            Written::default(),
        )),
    };
    assert_eq!(bytes.last(), Some(&b'\n'));
    let written: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(written, serde_json::to_value(&expected).unwrap());
    assert!(bytes.starts_with(br#"{"line":42,"id":7,"extra":{"name":"Anna"},"schema_version":1"#));
}

#[test]
fn an_error_line_keeps_the_id_and_the_carried_cells() {
    let outcome = Err("missing field 'type'".to_owned());
    let names = ["name".to_owned(), "team".to_owned()];
    let line = Line {
        number: 3,
        carried: Carried::Csv {
            id: Some(Cow::Borrowed("A-1")),
            extra: vec![Cow::Borrowed("Anna")],
        },
        outcome: &outcome,
        carried_names: &names,
    };
    let mut bytes = Vec::new();
    ndjson(&mut bytes, &line, NotesForm::Text);
    assert_eq!(
        String::from_utf8(bytes).unwrap(),
        "{\"line\":3,\"id\":\"A-1\",\"extra\":{\"name\":\"Anna\",\"team\":\"\"},\"error\":\"missing field 'type'\"}\n"
    );
}

#[test]
fn what_an_ndjson_record_carries_is_one_json_object_in_either_output() {
    let raw = |json: &str| RawValue::from_string(json.to_owned()).unwrap();
    let (name, team, tags) = (raw(r#""Anna \"A\"""#), raw("7"), raw(r#"[1, {"a": null}]"#));
    let outcome = Err("missing field 'type'".to_owned());
    let line = Line {
        number: 4,
        carried: Carried::Json {
            id: None,
            extra: vec![
                (Cow::Borrowed("name"), &name),
                (Cow::Borrowed("team"), &team),
                (Cow::Borrowed("tags"), &tags),
            ],
        },
        outcome: &outcome,
        carried_names: &[],
    };
    let object = r#"{"name":"Anna \"A\"","team":7,"tags":[1, {"a": null}]}"#;
    let mut bytes = Vec::new();
    ndjson(&mut bytes, &line, NotesForm::Text);
    assert_eq!(
        String::from_utf8(bytes).unwrap(),
        format!("{{\"line\":4,\"extra\":{object},\"error\":\"missing field 'type'\"}}\n")
    );
    let row = csv_row_read_back(BatchCommand::Recommend, &line);
    assert_eq!(&row[0], object);
    assert_eq!(&row[1], "4");
}

#[test]
fn every_csv_row_has_as_many_cells_as_the_header() {
    let names = ["name".to_owned()];
    for (command, outcome) in [
        (BatchCommand::Recommend, Ok(recommendation())),
        (BatchCommand::Recommend, Err("bad".to_owned())),
        (
            BatchCommand::Compare,
            Ok(answer(Answered::Compare(
                guidance::compare(&Request::new(Mass::from_lb(150.0), WeightType::Vest)).unwrap(),
            ))),
        ),
        (BatchCommand::Compare, Err("bad".to_owned())),
        (
            BatchCommand::Plan,
            Ok(answer(Answered::Plan(
                guidance::plan(&Request::new(Mass::from_lb(150.0), WeightType::Vest), 6).unwrap(),
                None,
            ))),
        ),
        (BatchCommand::Plan, Err("bad".to_owned())),
    ] {
        let line = Line {
            number: 2,
            carried: Carried::Csv {
                id: None,
                extra: vec![Cow::Borrowed("Anna")],
            },
            outcome: &outcome,
            carried_names: &names,
        };
        let row = csv_row_read_back(command, &line);
        assert_eq!(row.len(), csv_header(command, &names).len(), "{command:?}");
        assert_eq!(&row[0], "Anna");
        assert_eq!(&row[1], "2");
    }
}

#[test]
fn a_figure_is_written_as_rust_writes_it_with_the_dialects_decimal_mark() {
    let written = |value: f64, decimal| {
        let mut out = Vec::new();
        let dialect = Dialect {
            decimal,
            ..Dialect::default()
        };
        dialect.push_number(&mut out, value);
        String::from_utf8(out).unwrap()
    };
    // Hundredths, written from their digits, and every other number,
    // left to `Display`: the same text either way.
    let values = [
        0.0,
        15.0,
        7.5,
        113.94,
        0.05,
        68.04,
        1e12 + 0.25,
        1e13,
        -0.0,
        -1.5,
        1.0 / 3.0,
        f64::MIN_POSITIVE,
    ];
    for value in values {
        assert_eq!(written(value, DecimalMark::Point), value.to_string());
        assert_eq!(
            written(value, DecimalMark::Comma),
            value.to_string().replace('.', ",")
        );
    }
    assert_eq!(written(7.5, DecimalMark::Comma), "7,5");
    assert_eq!(written(113.94, DecimalMark::Comma), "113,94");
    assert_eq!(written(-1.5, DecimalMark::Comma), "-1,5");
}

/// The answer cells of `outcome`'s CSV row for `command`, written in
/// `dialect` and read back by column name.
fn row_cells(
    command: BatchCommand,
    outcome: &Result<Answer, String>,
    dialect: Dialect,
) -> impl Fn(&str) -> String + use<> {
    let line = Line {
        number: 2,
        carried: Carried::Nothing,
        outcome,
        carried_names: &[],
    };
    let mut out = dialect.writer(Vec::new());
    out.write_record(csv_header(command, &[])).unwrap();
    csv_row(&mut out, command, &line, dialect).unwrap();
    let bytes = out.into_inner().unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(dialect.delimiter)
        .from_reader(bytes.as_slice());
    let header = reader.headers().unwrap().clone();
    let row = reader.records().next().unwrap().unwrap();
    move |name| row[header.iter().position(|h| h == name).unwrap()].to_owned()
}

#[test]
fn a_plan_row_lists_its_weeks_with_the_dialects_decimal_mark_and_its_dates_when_dated() {
    let plan = guidance::plan(&Request::new(Mass::from_lb(150.0), WeightType::Vest), 6).unwrap();
    let monday = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    let dates = guidance::calendar::schedule(&plan, monday, &[]).unwrap();
    let comma = Dialect {
        delimiter: b';',
        decimal: DecimalMark::Comma,
        ..Dialect::default()
    };
    let undated = Ok(answer(Answered::Plan(plan.clone(), None)));
    let cell = row_cells(BatchCommand::Plan, &undated, comma);
    assert_eq!(cell("weeks"), "6");
    assert_eq!(cell("weight_kg"), "68,04");
    assert_eq!(cell("loads_lb"), "7,5;9;9;10,5;12;12");
    assert_eq!(cell("sessions"), "1;1;2;2;2;2");
    assert_eq!(cell("focus").split(';').count(), 6);
    assert_eq!(
        (cell("start_date"), cell("run_dates")),
        (String::new(), String::new())
    );

    let with_dates = Ok(answer(Answered::Plan(plan, Some(dates))));
    let cell = row_cells(BatchCommand::Plan, &with_dates, comma);
    assert_eq!(cell("start_date"), "2026-12-07");
    // One run in each of the first two weeks, two in each of the rest.
    let runs = cell("run_dates");
    assert_eq!(runs.split(';').count(), 10, "{runs}");
    assert!(
        runs.starts_with("2026-12-07;2026-12-14;2026-12-21;"),
        "{runs}"
    );
}

#[test]
fn a_run_fills_the_energy_columns_each_extra_the_loaded_less_the_baseline() {
    use crate::guidance::{Duration, Length, Speed};
    // 70 kg at 10 km/h for 30 minutes: 386.75 kcal by ACSM.
    let mut request = Request::new(Mass::from_kg(70.0), WeightType::Vest);
    request.workout.speed = Some(Speed::from_km_per_h(10.0));
    request.workout.length = Some(Length::Time(Duration::from_minutes(30.0)));
    let recommendation = guidance::recommend(&request).unwrap();
    let outcome = Ok(answer(Answered::Recommend(recommendation)));
    let cell = row_cells(BatchCommand::Recommend, &outcome, Dialect::default());
    assert_eq!(cell("baseline_kcal"), "386.75");
    assert_eq!(
        [cell("loaded_kcal_min"), cell("loaded_kcal_max")],
        ["404.25", "421.75"]
    );
    assert_eq!(
        [cell("extra_kcal_min"), cell("extra_kcal_max")],
        ["17.5", "35"]
    );
    let cell = compare_cells(&request);
    assert_eq!(
        [cell("vest_extra_kcal_min"), cell("vest_extra_kcal_max")],
        ["17.5", "35"]
    );
}

/// The cells of the CSV row of `wrun compare`'s answer to `request`, by
/// column name.
fn compare_cells(request: &Request) -> impl Fn(&str) -> String + use<> {
    let comparison = guidance::compare(request).unwrap();
    let outcome = Ok(answer(Answered::Compare(comparison)));
    row_cells(BatchCommand::Compare, &outcome, Dialect::default())
}

#[test]
fn a_compare_row_holds_each_options_range_in_both_units() {
    let cell = compare_cells(&Request::new(Mass::from_kg(70.0), WeightType::Vest));
    // A vest of 5–10 % of 70 kg; hand weights of 1–3 lb each.
    assert_eq!([cell("vest_min_kg"), cell("vest_max_kg")], ["3.5", "7"]);
    assert_eq!(
        [cell("vest_min_lb"), cell("vest_max_lb")],
        ["7.72", "15.43"]
    );
    assert_eq!(
        [cell("hand_wrist_min_kg"), cell("hand_wrist_max_kg")],
        ["0.45", "1.36"]
    );
    // No load for ankles: every load cell is empty, in either unit.
    for column in [
        "start_lb", "start_kg", "min_lb", "max_lb", "min_kg", "max_kg",
    ] {
        assert_eq!(cell(&format!("ankle_{column}")), "", "{column}");
    }
}

#[test]
fn a_compare_row_holds_what_each_option_does_to_heart_rate_and_calories() {
    let cell = compare_cells(&Request::new(Mass::from_lb(150.0), WeightType::Vest));
    // As `wrun compare` prints them: the article gives no heart-rate
    // figure for vests; hand weights +5–10 bpm, +5–15 %; ankles +3–5 bpm,
    // +5–10 %.
    let option = |kind: &str| {
        [
            "hr_delta_min_bpm",
            "hr_delta_max_bpm",
            "calorie_delta_min_percent",
            "calorie_delta_max_percent",
        ]
        .map(|column| cell(&format!("{kind}_{column}")))
    };
    assert_eq!(option("vest"), ["", "", "5", "10"]);
    assert_eq!(option("hand_wrist"), ["5", "10", "5", "15"]);
    assert_eq!(option("ankle"), ["3", "5", "5", "10"]);
}

#[test]
fn a_recommend_row_holds_the_answer_in_both_units() {
    let outcome = Ok(recommendation());
    let cell = row_cells(BatchCommand::Recommend, &outcome, Dialect::default());
    assert_eq!(cell("verdict"), "recommended");
    assert_eq!(cell("start_lb"), "7.5");
    assert_eq!(cell("max_lb"), "15");
    assert_eq!(cell("start_kg"), "3.4");
    assert_eq!(cell("min_percent"), "5");
    assert_eq!(cell("calorie_delta_max_percent"), "10");
    assert_eq!(cell("baseline_kcal"), "");
    assert!(cell("warnings").starts_with("vest-joint-stress;vest-fit"));
}
