//! `wrun batch`: one answer per input line, in order, for scripts.

use std::fmt::Write as _;

use crate::support::{close, f, lines, utf16, wrun};

#[test]
fn each_ndjson_line_gets_the_recommend_answer_with_its_line_number() {
    let input = "{\"weight\": 150, \"type\": \"vest\"}\n\n{\"weight\": \"68kg\", \"type\": \"hands\", \"level\": \"experienced\"}\n";
    let run = wrun(["batch"]).stdin(input).run();
    let answers = lines(run.ok());
    assert_eq!(answers.len(), 2, "the blank line gets no output");
    assert_eq!(answers[0]["line"], 1);
    assert_eq!(answers[1]["line"], 3, "line numbers count blank lines");
    assert!(close(f(&answers[0], "/load/start_lb"), 7.5));
    // 68 kg makes kilograms the unit: 2 lb a hand rounds to 1 kg.
    assert!(close(f(&answers[1], "/load/start_kg"), 1.0));

    let mut alone = wrun(["recommend", "--json", "-w", "150", "-t", "vest"])
        .run()
        .json();
    alone["line"] = 1.into();
    assert_eq!(
        answers[0], alone,
        "a batch answer is the recommend answer plus its line"
    );
}

#[test]
fn a_bad_line_gets_an_error_line_and_never_shifts_the_others() {
    let input = [
        r#"{"weight": 150, "type": "vest"}"#,
        "not json",
        r#"{"weight": "abc", "type": "vest"}"#,
        "[1, 2]",
        r#"{"weight": 150}"#,
        r#"{"weight": 1e400, "type": "vest"}"#,
        r#"{"weight": 150, "type": "ankle"}"#,
        r#"{"level": "beginner"}"#,
    ]
    .join("\n");
    let run = wrun(["batch", "-"]).stdin(input).run();
    assert_eq!(run.code, 1);
    assert_eq!(run.stderr, "wrun: error: batch: 2 ok, 6 failed\n");
    let answers = lines(&run.stdout);
    let numbers: Vec<u64> = answers
        .iter()
        .map(|a| a["line"].as_u64().unwrap())
        .collect();
    assert_eq!(numbers, [1, 2, 3, 4, 5, 6, 7, 8]);
    assert!(
        answers[1]["error"]
            .as_str()
            .unwrap()
            .starts_with("not valid JSON")
    );
    assert_eq!(
        answers[2]["error"],
        "invalid value 'abc' for 'weight': expected a number with an optional unit, like 150, 150lb or 68.5kg"
    );
    assert_eq!(
        answers[3]["error"],
        "expected a JSON object with the fields of recommend, not an array: jq -c '.[]' writes \
         an array's objects one a line"
    );
    assert_eq!(
        answers[4]["error"],
        "missing field 'type': expected one of: vest, hand-wrist, ankle"
    );
    assert_eq!(
        answers[5]["error"],
        "invalid value '1e400' for 'weight': expected a number with an optional unit, like 150, \
         150lb or 68.5kg"
    );
    assert_eq!(answers[6]["verdict"], "not-recommended");
    assert_eq!(
        answers[7]["error"],
        "missing field 'weight': expected a number with an optional unit, like 150, 150lb or \
         68.5kg; missing field 'type': expected one of: vest, hand-wrist, ankle"
    );
}

#[test]
fn a_csv_roster_reads_by_its_header() {
    let dir = std::env::temp_dir().join(format!("wrun-batch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let roster = dir.join("roster.csv");
    std::fs::write(
        &roster,
        "weight,type,level,conditions,pace,duration\n\
         150,vest,,,,\n\
         \n\
         68kg,hand,experienced,\"knee-pain,back-pain\",6:00/km,30m\n\
         abc,vest,,,,\n",
    )
    .unwrap();
    let run = wrun([std::ffi::OsString::from("batch"), roster.clone().into()]).run();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(run.code, 1, "{}", run.stderr);
    let answers = lines(&run.stdout);
    assert_eq!(answers.len(), 3);
    assert_eq!(
        (answers[0]["line"].as_u64(), answers[1]["line"].as_u64()),
        (Some(2), Some(4))
    );
    assert_eq!(
        answers[1]["input"]["conditions"],
        serde_json::json!(["knee-pain", "back-pain"])
    );
    assert!(close(f(&answers[1], "/energy/duration_min"), 30.0));
    assert_eq!(answers[2]["line"], 5);
    assert!(answers[2]["error"].as_str().unwrap().contains("'weight'"));
}

#[test]
fn a_rosters_experience_and_injuries_columns_are_judged_not_carried_past() {
    let run = wrun(["batch", "--input", "csv"])
        .stdin(
            "name,weight,type,Experience,Injuries\n\
             Ann,150,vest,,knee\n\
             Bo,150,vest,novice,none\n\
             Cy,150,vest,,sprained ankle\n",
        )
        .run();
    assert_eq!(run.code, 1, "{}", run.stderr);
    let answers = lines(&run.stdout);
    assert_eq!(answers[0]["extra"], serde_json::json!({"name": "Ann"}));
    assert_eq!(
        answers[0]["input"]["conditions"],
        serde_json::json!(["knee-pain"])
    );
    assert_eq!(answers[0]["verdict"], "caution");
    assert_eq!(answers[1]["input"]["conditions"], serde_json::json!([]));
    assert_eq!(answers[1]["input"]["level"], "beginner");
    assert_eq!(answers[1]["verdict"], "caution");
    assert_eq!(
        answers[2]["error"],
        "invalid value 'sprained ankle' for 'Injuries': expected one of: overweight, \
         knee-pain, back-pain"
    );
}

#[test]
fn a_roster_without_a_type_column_takes_the_kind_given_with_type() {
    let roster = "name,weight,Injuries\nAnn,150,\nBo,70kg,-\n";
    // A vest plan for the whole group; a record's own type wins.
    let run = wrun([
        "batch",
        "--input",
        "csv",
        "--command",
        "plan",
        "--type",
        "vest",
    ])
    .stdin(roster)
    .run();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let answers = lines(&run.stdout);
    assert_eq!(answers.len(), 2);
    assert_eq!(answers[0]["input"]["weight_type"], "vest");
    assert!(close(f(&answers[0], "/weeks/0/load_lb"), 7.5));
    assert_eq!(answers[1]["input"]["conditions"], serde_json::json!([]));
    let own = wrun(["batch", "-t", "vest"])
        .stdin("{\"weight\": 150}\n{\"weight\": 150, \"type\": \"hand\"}\n")
        .run();
    let answers = lines(&own.stdout);
    assert_eq!(answers[0]["input"]["weight_type"], "vest");
    assert_eq!(answers[1]["input"]["weight_type"], "hand-wrist");
    // Without it, the header says how to do without the column.
    wrun(["batch", "--input", "csv"])
        .stdin(roster)
        .run()
        .usage_error(&[
            "the CSV header on line 1: no 'type' column; the columns are 'name', 'weight', \
             'Injuries' (or give --type for every row)",
        ]);
    // Compare answers for every kind, so a kind is refused.
    wrun([
        "batch",
        "--input",
        "csv",
        "--command",
        "compare",
        "--type",
        "vest",
    ])
    .stdin(roster)
    .run()
    .usage_error(&[
        "--type does not go with --command compare, which answers for every kind of weight",
    ]);
}

#[test]
fn a_rosters_kinds_may_be_written_as_wruns_own_text_names_them() {
    let run = wrun(["batch", "--input", "csv"])
        .stdin(
            "Name,Weight,Type\n\
             Ann,150,Weighted vest\n\
             Bo,160,Hand or wrist weights\n\
             Cy,170,Ankle weights\n\
             Di,180,weighted backpack\n",
        )
        .run();
    assert_eq!(run.code, 1, "{}", run.stderr);
    let answers = lines(&run.stdout);
    assert_eq!(answers.len(), 4);
    let kinds: Vec<_> = answers[..3]
        .iter()
        .map(|answer| (&answer["input"]["weight_type"], &answer["verdict"]))
        .collect();
    assert_eq!(
        kinds,
        [
            (&"vest".into(), &"recommended".into()),
            (&"hand-wrist".into(), &"caution".into()),
            (&"ankle".into(), &"not-recommended".into()),
        ]
    );
    assert_eq!(
        answers[3]["error"],
        "invalid value 'weighted backpack' for 'Type': expected one of: vest, hand-wrist, ankle"
    );
}

#[test]
fn a_coachs_roster_headed_in_its_own_words_is_read_for_the_run_and_the_load() {
    let run = wrun(["batch", "--input", "csv"])
        .stdin(
            "Athlete,Body weight (lbs),Weight type,Experience,Injuries,Goal pace (min/mi),\
             Time (min),Vest weight (lbs)\n\
             Ana,150,Weighted vest,Beginner,,9:30,30,10\n\
             Bo,182,vest,advanced,knee,8:00,45,15\n",
        )
        .run();
    let answers = lines(run.ok());
    assert_eq!(answers.len(), 2);
    for answer in &answers {
        assert_eq!(answer["extra"].as_object().unwrap().len(), 1, "{answer}");
    }
    let ana = &answers[0]["input"];
    assert!(close(f(ana, "/speed_m_per_min"), 1609.344 / 9.5));
    assert!(close(f(ana, "/duration_min"), 30.0));
    assert!(close(f(ana, "/load_lb"), 10.0));
    // Read, the run is beyond a beginner's assumed capacity: carried past,
    // it was answered as a caution.
    assert_eq!(answers[0]["verdict"], "not-recommended");
    assert_eq!(
        answers[0]["verdict_because"],
        serde_json::json!(["beyond-capacity"])
    );
    let bo = &answers[1]["input"];
    assert!(close(f(bo, "/speed_m_per_min"), 1609.344 / 8.0));
    assert!(close(f(bo, "/duration_min"), 45.0));
    assert!(close(f(bo, "/load_lb"), 15.0));
}

#[test]
fn a_rosters_load_may_be_a_share_of_each_runners_body_weight() {
    let run = wrun(["batch", "--input", "csv"])
        .stdin(
            "Name,Weight (kg),Type,Vest weight (% body weight)\n\
             Ana,60,vest,10\n\
             Bo,80,vest,8%\n\
             Cy,70,vest,5kg\n",
        )
        .run();
    let answers = lines(run.ok());
    let loads: Vec<f64> = answers.iter().map(|a| f(a, "/input/load_kg")).collect();
    assert_eq!(loads.len(), 3);
    for (load, expected) in loads.iter().zip([6.0, 6.4, 5.0]) {
        assert!(close(*load, expected), "{loads:?}");
    }
}

#[test]
fn a_roster_with_a_time_of_day_or_two_paces_is_carried_or_refused_not_misread() {
    let run = wrun(["batch", "--input", "csv"])
        .stdin("weight,type,Time\n150,vest,06:30\n")
        .run();
    let answers = lines(run.ok());
    assert_eq!(answers[0]["extra"], serde_json::json!({"Time": "06:30"}));
    assert_eq!(answers[0]["input"]["duration_min"], serde_json::Value::Null);
    wrun(["batch", "--input", "csv"])
        .stdin("weight,type,Pace,Goal pace\n150,vest,9:00/mi,8:00/mi\n")
        .run()
        .usage_error(&["columns 'Pace' and 'Goal pace' are both 'pace'"]);
}

#[test]
fn a_roster_with_blanks_answers_the_same_as_ndjson_as_it_does_as_csv() {
    let csv = wrun(["batch", "--input", "csv"])
        .stdin("weight,type,level,pace,conditions\n150,vest,,,\"knee, \"\n")
        .run();
    let ndjson = wrun(["batch"])
        .stdin(r#"{"weight":"150","type":"vest","level":"","pace":" ","conditions":"knee, "}"#)
        .run();
    let (csv, ndjson) = (lines(csv.ok()), lines(ndjson.ok()));
    assert_eq!(ndjson[0]["verdict"], "caution");
    assert_eq!(
        ndjson[0]["input"]["conditions"],
        serde_json::json!(["knee-pain"])
    );
    assert_eq!(ndjson[0]["input"]["level"], "intermediate");
    let without_line = |answer: &serde_json::Value| {
        let mut answer = answer.clone();
        answer["line"] = serde_json::Value::Null;
        answer
    };
    assert_eq!(without_line(&csv[0]), without_line(&ndjson[0]));
}

#[test]
fn a_blank_cell_that_is_needed_is_named_by_its_column_with_what_it_takes() {
    let run = wrun(["batch", "--input", "csv", "--output", "csv"])
        .stdin("Name,Body Weight,Kind of weight\nAnn,,vest\nBo,150,\n")
        .run();
    assert_eq!(run.code, 1);
    let mut reader = csv::Reader::from_reader(run.stdout.as_bytes());
    let errors: Vec<String> = reader
        .records()
        .map(|row| row.unwrap()[3].to_owned())
        .collect();
    assert_eq!(
        errors,
        [
            "no value for 'Body Weight': expected a number with an optional unit, like 150, \
             150lb or 68.5kg",
            "no value for 'Kind of weight': expected one of: vest, hand-wrist, ankle",
        ]
    );
}

#[test]
fn csv_is_read_from_standard_input_when_asked() {
    let run = wrun(["batch", "--input", "csv"])
        .stdin("type,weight\nvest,150\n")
        .run();
    let answers = lines(run.ok());
    assert_eq!(answers[0]["line"], 2);
    assert_eq!(answers[0]["input"]["weight_type"], "vest");
}

#[test]
fn format_is_read_as_output_as_the_other_commands_spell_it() {
    let roster = "type,weight\nvest,150\n";
    let output = wrun(["batch", "--output", "csv"]).stdin(roster).run();
    let format = wrun(["batch", "--format", "csv"]).stdin(roster).run();
    assert!(format.ok().starts_with("line,id,error,verdict,"));
    assert_eq!(format.stdout, output.ok());
}

#[test]
fn a_wrong_format_is_refused_in_the_spelling_the_user_typed() {
    let format = wrun(["batch", "--format", "xml"]).stdin("").run();
    let line = format.usage_error(&["'xml'", "ndjson, csv"]);
    assert!(line.contains("'--format'"), "{line}");
    let output = wrun(["batch", "--output", "xml"]).stdin("").run();
    let line = output.usage_error(&["'xml'", "ndjson, csv"]);
    assert!(line.contains("'--output'"), "{line}");
}

#[test]
fn given_as_both_format_and_output_the_last_one_wins() {
    let roster = "type,weight\nvest,150\n";
    let csv = wrun(["batch", "--output", "csv"]).stdin(roster).run();
    let ndjson = wrun(["batch", "--output", "ndjson"]).stdin(roster).run();
    for (first, last) in [("--format", "--output"), ("--output", "--format")] {
        let run = wrun(["batch", first, "csv", last, "ndjson"])
            .stdin(roster)
            .run();
        assert_eq!(run.ok(), ndjson.ok(), "{first} csv {last} ndjson");
        let run = wrun(["batch", first, "ndjson", last, "csv"])
            .stdin(roster)
            .run();
        assert_eq!(run.ok(), csv.ok(), "{first} ndjson {last} csv");
    }
}

#[test]
fn bad_flags_exit_2() {
    wrun(["batch", "--input", "xml"])
        .run()
        .usage_error(&["--input", "'xml'", "ndjson, csv"]);
    wrun(["batch", "a", "b"]).run().usage_error(&["'b'"]);
}

#[test]
fn many_lines_come_back_in_order() {
    let mut input = String::new();
    for i in 0..3000 {
        writeln!(
            input,
            "{{\"weight\": {}, \"type\": \"vest\"}}",
            100 + i % 150
        )
        .unwrap();
    }
    let run = wrun(["batch"]).stdin(input).run();
    let answers = lines(run.ok());
    assert_eq!(answers.len(), 3000);
    for (i, answer) in answers.iter().enumerate() {
        assert_eq!(answer["line"].as_u64(), Some(i as u64 + 1));
        let weight = 100.0 + (i % 150) as f64;
        assert!(close(f(answer, "/input/body_weight_lb"), weight));
    }
}

#[test]
fn a_line_over_a_megabyte_is_refused_on_its_own() {
    let long = format!(
        "{{\"weight\": 150, \"type\": \"vest\", \"x\": \"{}\"}}",
        "a".repeat(1 << 20)
    );
    let input = format!("{long}\n{{\"weight\": 150, \"type\": \"vest\"}}\n");
    let run = wrun(["batch"]).stdin(input).run();
    assert_eq!(run.code, 1);
    let answers = lines(&run.stdout);
    assert_eq!(answers[0]["error"], "line longer than 1048576 bytes");
    assert_eq!(answers[1]["line"], 2);
    assert_eq!(answers[1]["verdict"], "recommended");
}

#[test]
fn a_batch_into_a_closed_pipe_ends_quietly() {
    let input: String = (0..2000)
        .map(|_| "{\"weight\": 150, \"type\": \"vest\"}\n")
        .collect();
    let run = wrun(["batch"]).stdin(input).run_into_closed_pipe();
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
}

#[test]
fn a_google_forms_roster_is_read_by_its_questions_and_judges_the_injuries_it_names() {
    let roster = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/roster-google-forms.csv"
    );
    let run = wrun(["batch", roster]).run();
    let answers = lines(run.ok());
    let read: Vec<_> = answers
        .iter()
        .map(|answer| {
            (
                answer["extra"]["Your name"].as_str().unwrap(),
                answer["input"]["level"].as_str().unwrap(),
                answer["input"]["conditions"].clone(),
                answer["input"]["weight_type"].as_str().unwrap(),
                answer["verdict"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            ("Ana", "beginner", serde_json::json!([]), "vest", "caution"),
            (
                "Bo",
                "experienced",
                serde_json::json!(["knee-pain", "back-pain"]),
                "vest",
                "caution"
            ),
            (
                "Cy",
                "intermediate",
                serde_json::json!([]),
                "hand-wrist",
                "caution"
            ),
        ]
    );
    // The timestamp and the e-mail address are carried, as asked.
    assert_eq!(answers[1]["extra"]["Email Address"], "bo@example.org");
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("wrun-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_stray_quote_fails_its_own_row_and_every_other_row_is_answered() {
    let run = wrun(["batch", "--input", "csv"])
        .stdin("weight,type\n150,vest\n150,ve\"st\n160,vest\n170,vest\n")
        .run();
    assert_eq!(run.code, 1);
    assert_eq!(run.stderr, "wrun: error: batch: 3 ok, 1 failed\n");
    let numbers: Vec<u64> = lines(&run.stdout)
        .iter()
        .map(|answer| answer["line"].as_u64().unwrap())
        .collect();
    assert_eq!(numbers, [2, 3, 4, 5]);
}

#[test]
fn a_roster_keeps_its_names_and_ids_in_ndjson_and_in_csv() {
    let roster = "ID;Name;Weight;Type;Team\nA-1;Anna;60kg;Vest;red\nB-2;Ben;wieght?;vest;blue\n";
    let run = wrun(["batch"]).stdin(roster).run();
    assert_eq!(run.code, 1, "{}", run.stderr);
    let answers = lines(&run.stdout);
    assert_eq!(answers[0]["id"], "A-1");
    assert_eq!(
        answers[0]["extra"],
        serde_json::json!({"Name": "Anna", "Team": "red"})
    );
    assert!(close(f(&answers[0], "/load/start_kg"), 3.0));
    assert_eq!(answers[1]["id"], "B-2");
    assert_eq!(answers[1]["extra"]["Name"], "Ben");
    // Named as the roster spells the column.
    assert_eq!(
        answers[1]["error"],
        "invalid value 'wieght?' for 'Weight': expected a number with an optional unit, like \
         150, 150lb or 68.5kg"
    );

    let run = wrun(["batch", "--output", "csv"]).stdin(roster).run();
    // A `;` roster gets `;` back.
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(run.stdout.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        header[..6],
        ["Name", "Team", "line", "id", "error", "verdict"]
    );
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|row| row.unwrap().iter().map(str::to_owned).collect())
        .collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(
        &rows[0][..6],
        ["Anna", "red", "2", "A-1", "", "recommended"]
    );
    assert_eq!(&rows[1][..4], ["Ben", "blue", "3", "B-2"]);
    assert_eq!(rows[1][4], answers[1]["error"]);
}

#[test]
fn ndjson_ids_and_other_fields_are_carried_as_written() {
    let run = wrun(["batch"])
        .stdin("{\"id\": 7, \"coach\": {\"name\": \"Kim\"}, \"weight\": 150, \"type\": \"vest\"}\n")
        .run();
    let answers = lines(run.ok());
    assert_eq!(answers[0]["id"], 7);
    assert_eq!(
        answers[0]["extra"],
        serde_json::json!({"coach": {"name": "Kim"}})
    );
    // Written as they came, even a number no float holds (which jq reads as
    // the largest float, and serde_json refuses): never rounded or dropped.
    let run = wrun(["batch"])
        .stdin("{\"id\": 1e400, \"score\": -12.50e-400, \"weight\": 150, \"type\": \"vest\"}\n")
        .run();
    assert!(
        run.ok().starts_with(
            "{\"line\":1,\"id\":1e400,\"extra\":{\"score\":-12.50e-400},\"schema_version\":1,"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn a_bad_header_is_one_error_before_any_output() {
    let run = wrun(["batch", "--input", "csv"])
        .stdin("wieght,Typ\n150,vest\n")
        .run();
    run.usage_error(&[
        "the CSV header on line 1",
        "column 'wieght' looks like 'weight'",
        "column 'Typ' looks like 'type'; name it exactly, or rename it to carry it through",
    ]);
}

#[test]
fn standard_input_that_is_neither_format_is_refused_with_a_hint() {
    wrun(["batch"])
        .stdin("150 vest\n")
        .run()
        .usage_error(&["standard input", "--input csv"]);
}

#[test]
fn a_json_array_is_refused_with_how_to_split_it_into_lines() {
    let array = "[{\"weight\": 150, \"type\": \"vest\"}]\n";
    wrun(["batch"]).stdin(array).run().usage_error(&[
        "standard input: the first line is a JSON array, and batch reads one JSON object a \
         line: jq -c '.[]' writes an array's objects one a line",
    ]);
    // As a .json file is saved by a script or an editor: one line or many.
    let dir = temp_dir("json-documents");
    let pretty_array =
        "[\n  {\"weight\": 150, \"type\": \"vest\"},\n  {\"weight\": 160, \"type\": \"vest\"}\n]\n";
    for (name, text) in [("one-line.json", array), ("pretty.json", pretty_array)] {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        let path = path.to_str().unwrap();
        wrun(["batch", path]).run().usage_error(&[
            &format!("{path}: the first line is a JSON array"),
            "jq -c '.[]'",
        ]);
    }
    let pretty_object = "{\n  \"weight\": 150,\n  \"type\": \"vest\"\n}\n";
    wrun(["batch"]).stdin(pretty_object).run().usage_error(&[
        "standard input: the first line opens a JSON object that runs over several lines",
        "jq -c . writes each object on one line",
    ]);
    // Read as NDJSON, as --input says, the array is one record: its line
    // says the same.
    let run = wrun(["batch", "--input", "ndjson"]).stdin(array).run();
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout,
        "{\"line\":1,\"error\":\"expected a JSON object with the fields of recommend, not an \
         array: jq -c '.[]' writes an array's objects one a line\"}\n"
    );
}

#[test]
fn compare_and_plan_answer_each_record() {
    let run = wrun(["batch", "--command", "compare"])
        .stdin("{\"weight\": 150, \"condition\": \"knee-pain\", \"conditions\": \"knee-pain\"}\n")
        .run();
    // 'condition', the flag's name, is 'conditions' too: given both, the
    // record says so.
    let answers = lines(&run.stdout);
    assert_eq!(
        answers[0]["error"],
        "fields 'condition' and 'conditions' are both 'conditions'; give one"
    );

    let run = wrun(["batch", "--command", "compare"])
        .stdin("{\"weight\": 200, \"conditions\": \"knee-pain\"}\n")
        .run();
    let answers = lines(run.ok());
    let mut alone = wrun(["compare", "--json", "-w", "200", "--condition", "knee-pain"])
        .run()
        .json();
    alone["line"] = 1.into();
    assert_eq!(answers[0], alone);

    let run = wrun(["batch", "--command", "plan", "--output", "csv"])
        .stdin("weight,type,weeks,increment\n150,vest,6,2.5\n")
        .run();
    let mut reader = csv::Reader::from_reader(run.ok().as_bytes());
    let header = reader.headers().unwrap().clone();
    let row = reader.records().next().unwrap().unwrap();
    let cell = |name: &str| row[header.iter().position(|h| h == name).unwrap()].to_owned();
    assert_eq!(cell("weeks"), "6");
    assert_eq!(cell("loads_lb"), "7.5;7.5;7.5;10;10;10");
    // A count's brackets label it; they give no unit to read it in. A
    // form's answer may say its unit (`8 weeks`).
    for (weeks, count) in [
        ("Weeks (n)", "8"),
        ("Weeks (#)", "8"),
        ("Weeks (weeks)", "8"),
        ("weeks", "8 weeks"),
        ("Weeks", "8w"),
    ] {
        let run = wrun(["batch", "--command", "plan", "--output", "csv"])
            .stdin(format!("weight,type,{weeks}\n150,vest,{count}\n"))
            .run();
        let mut reader = csv::Reader::from_reader(run.ok().as_bytes());
        let header = reader.headers().unwrap().clone();
        let row = reader.records().next().unwrap().unwrap();
        assert_eq!(&row[header.iter().position(|h| h == "weeks").unwrap()], "8");
    }

    // Compare answers for every kind: its roster needs no type column.
    let run = wrun(["batch", "--command", "compare", "--input", "csv"])
        .stdin("name,weight\nAnn,150\n")
        .run();
    let answers = lines(run.ok());
    assert_eq!(answers[0]["best"], "vest");
    assert_eq!(answers[0]["extra"]["name"], "Ann");
}

#[test]
fn a_plan_roster_gives_each_runner_the_dates_and_the_day_checks_of_wrun_plan() {
    // A coach's roster with each runner's first day and weekdays: every
    // answer is the one `wrun plan --start --days` gives, so a runner on
    // back-to-back days gets its caution rather than having the days
    // carried past unread.
    let roster = "name,weight,type,level,Start,Days\n\
                  Ann,60kg,vest,,2026-12-07,\"sat,sun\"\n\
                  Bo,150,vest,beginner,tomorrow,mon;thu\n";
    let epoch = "1796020980"; // 06:43 UTC on Monday 30 November 2026.
    let batch = |output: &str| {
        wrun(["batch", "--command", "plan", "--output", output])
            .env("TZ", "UTC0")
            .env("SOURCE_DATE_EPOCH", epoch)
            .stdin(roster)
            .run()
    };
    let answers = lines(batch("ndjson").ok());
    let flags = [
        [
            "-w",
            "60kg",
            "-l",
            "intermediate",
            "--start",
            "2026-12-07",
            "--days",
            "sat,sun",
        ],
        [
            "-w", "150", "-l", "beginner", "--start", "tomorrow", "--days", "mon,thu",
        ],
    ];
    for (answer, flags) in answers.iter().zip(flags) {
        let mut alone = wrun(["plan", "-t", "vest", "--json"].into_iter().chain(flags))
            .env("TZ", "UTC0")
            .env("SOURCE_DATE_EPOCH", epoch)
            .run()
            .json();
        alone["line"] = answer["line"].clone();
        alone["extra"] = answer["extra"].clone();
        assert_eq!(answer, &alone);
    }
    assert_eq!(answers[0]["verdict"], "caution");
    assert!(
        answers[0]["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|warning| warning["id"] == "consecutive-days")
    );
    assert_eq!(answers[0]["weeks"][0]["run_dates"][0], "2026-12-12");
    assert_eq!(answers[1]["weeks"][0]["start_date"], "2026-12-01");
    assert_eq!(answers[1]["weeks"][1]["run_dates"][0], "2026-12-10");

    let run = batch("csv");
    let mut reader = csv::Reader::from_reader(run.ok().as_bytes());
    let header = reader.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let cell = |row: usize, name: &str| {
        rows[row][header.iter().position(|h| h == name).unwrap()].to_owned()
    };
    assert_eq!(cell(1, "start_date"), "2026-12-01");
    assert_eq!(
        cell(1, "run_dates"),
        "2026-12-03;2026-12-10;2026-12-17;2026-12-24;2026-12-31;2027-01-07"
    );
    assert!(cell(0, "warnings").contains("consecutive-days"));

    // Days too few for the plan's runs, and a start that is no date, are
    // told by the record's own names; weekdays may come as a JSON list,
    // and without a start the plan begins today, as `wrun plan` does.
    let run = wrun(["batch", "--command", "plan"])
        .env("TZ", "UTC0")
        .env("SOURCE_DATE_EPOCH", epoch)
        .stdin(
            "{\"weight\": 150, \"type\": \"vest\", \"Days\": \"mon\"}\n\
             {\"weight\": 150, \"type\": \"vest\", \"start\": \"2026-02-30\"}\n\
             {\"weight\": 150, \"type\": \"vest\", \"days\": [\"Monday\", \"thu\"]}\n",
        )
        .run();
    let answers = lines(&run.stdout);
    assert_eq!(
        answers[0]["error"],
        "invalid value 'mon' for 'Days': 1 weekday, but week 3 has 2 runs; give at least 2 days"
    );
    assert_eq!(
        answers[1]["error"],
        "invalid value '2026-02-30' for 'start': 2026-02 has 28 days; expected a date as \
         YYYY-MM-DD, like 2026-12-07, or today, tomorrow or a weekday (mon)"
    );
    assert_eq!(answers[2]["weeks"][0]["start_date"], "2026-11-30");
    assert_eq!(answers[2]["weeks"][0]["run_dates"][0], "2026-11-30");
}

#[test]
fn plain_numbers_follow_the_batch_unit_and_wrun_unit() {
    let input = "{\"weight\": 68, \"type\": \"vest\"}\n{\"weight\": 150, \"unit\": \"lb\", \"type\": \"vest\"}\n";
    for run in [
        wrun(["batch", "--unit", "kg"]).stdin(input).run(),
        wrun(["batch"]).env("WRUN_UNIT", "kg").stdin(input).run(),
    ] {
        let answers = lines(run.ok());
        assert!(close(f(&answers[0], "/input/body_weight_kg"), 68.0));
        assert!(close(f(&answers[1], "/input/body_weight_lb"), 150.0));
    }
}

#[test]
fn the_output_file_is_never_read_as_input_and_any_other_file_is_written() {
    let dir = temp_dir("same-file");
    let roster = dir.join("r.ndjson");
    let answers = dir.join("answers.ndjson");
    std::fs::write(&roster, "{\"weight\": 150, \"type\": \"vest\"}\n").unwrap();
    // `wrun batch r.ndjson >> file`, standard output opened to append.
    let run_into = |file: &std::path::Path| {
        let output = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(file)
            .unwrap();
        std::process::Command::new(env!("CARGO_BIN_EXE_wrun"))
            .env("XDG_CONFIG_HOME", crate::support::empty_config_home())
            .env_remove("WRUN_CONFIG")
            .arg("batch")
            .arg(&roster)
            .stdout(output)
            .output()
            .unwrap()
    };
    let same = run_into(&roster);
    let other = run_into(&answers);
    let written = std::fs::read_to_string(&roster).unwrap();
    let answered = std::fs::read_to_string(&answers).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(same.status.code(), Some(2));
    let stderr = String::from_utf8(same.stderr).unwrap();
    assert!(stderr.contains("is also the output"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1);
    assert_eq!(written, "{\"weight\": 150, \"type\": \"vest\"}\n");
    assert_eq!(other.status.code(), Some(0), "{other:?}");
    assert_eq!(lines(&answered)[0]["verdict"], "recommended");
}

#[test]
fn a_files_extension_tells_its_format_before_its_first_line_does() {
    let dir = temp_dir("extension");
    // A tab-separated roster whose first column's name holds as many
    // commas as the line holds tabs: `.tsv` splits it on tabs.
    let tabs = "Runner (last, first, middle)\tweight\ttype\nDoe, Jane, A\t150\tvest\n";
    std::fs::write(dir.join("team.tsv"), tabs).unwrap();
    std::fs::write(dir.join("team.txt"), tabs).unwrap();
    // A `.csv` roster with no request column gets the CSV header's error.
    std::fs::write(dir.join("names.csv"), "Name,Team\nAnna,A\n").unwrap();
    let run = |name: &str| wrun(["batch", dir.join(name).to_str().unwrap()]).run();
    let (tsv, txt, csv) = (run("team.tsv"), run("team.txt"), run("names.csv"));
    std::fs::remove_dir_all(&dir).unwrap();
    let answer = &lines(tsv.ok())[0];
    assert_eq!(
        answer["extra"]["Runner (last, first, middle)"],
        "Doe, Jane, A"
    );
    assert_eq!(answer["verdict"], "recommended");
    txt.usage_error(&["neither a JSON object nor a CSV header", "--input csv"]);
    csv.usage_error(&["the CSV header on line 1: no 'weight' or 'type' column"]);
}

#[test]
fn a_workbook_is_named_as_what_it_is_and_told_to_be_saved_as_csv() {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/workbooks/");
    let save = "which wrun does not read: save the sheet as CSV (CSV UTF-8 in Excel's Save As, \
                Download as CSV in Google Sheets, Export To CSV in Numbers) and give that file";
    for (file, what) in [
        ("excel.xlsx", "an Excel workbook"),
        ("google-sheets.ods", "an OpenDocument spreadsheet (.ods)"),
        ("excel-97.xls", "an Excel 97-2003 workbook (.xls)"),
    ] {
        let path = format!("{data}{file}");
        let run = wrun(["batch", &path]).run();
        assert_eq!(
            run.usage_error(&[]),
            format!("wrun: error: {path}: {what}, {save}")
        );
        // Piped in, or with --input csv, it is no CSV either.
        let bytes = std::fs::read(&path).unwrap();
        let piped = wrun(["batch", "--input", "csv"]).stdin(bytes).run();
        piped.usage_error(&[&format!("standard input: {what}, {save}")]);
    }
    // Under another name, the workbook shows as one by the folder its
    // sheets are in; a ZIP of something else is told to be unpacked.
    let dir = temp_dir("zip");
    let renamed = dir.join("roster.zip");
    std::fs::copy(format!("{data}excel.xlsx"), &renamed).unwrap();
    let zipped = dir.join("rosters.zip");
    let roster = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/roster.csv"
    ))
    .unwrap();
    std::fs::write(&zipped, crate::route::garmin_export("roster.csv", &roster)).unwrap();
    let (renamed, zipped) = (
        wrun(["batch", renamed.to_str().unwrap()]).run(),
        wrun(["batch", zipped.to_str().unwrap()]).run(),
    );
    std::fs::remove_dir_all(&dir).unwrap();
    renamed.usage_error(&["an Excel workbook, which wrun does not read"]);
    zipped.usage_error(&[
        "a ZIP archive, which wrun does not read: unpack it and give the CSV or NDJSON file it \
         holds",
    ]);
}

#[test]
fn a_route_file_is_pointed_to_wrun_route() {
    let fixture = crate::support::route_fixture("garmin-activity.gpx");
    wrun(["batch", &fixture]).run().usage_error(&[&format!(
        "wrun: error: {fixture}: a GPX file, a course and no requests: for what a load does on \
         it, try 'wrun route {fixture}'"
    )]);
    // Piped in, by its first bytes; under a name with a space, quoted.
    let fit = std::fs::read(crate::support::route_fixture("Activity.fit")).unwrap();
    wrun(["batch"]).stdin(fit.clone()).run().usage_error(&[
        "standard input: a FIT file, a course and no requests: for what a load does on it, try \
         'wrun route -'",
    ]);
    let dir = temp_dir("route");
    let spaced = dir.join("morning run.dat");
    std::fs::write(&spaced, fit).unwrap();
    let run = wrun(["batch", spaced.to_str().unwrap()]).run();
    std::fs::remove_dir_all(&dir).unwrap();
    run.usage_error(&[&format!("try 'wrun route \"{}\"'", spaced.display())]);
}

#[test]
fn a_delimiter_is_given_as_its_character_or_its_name() {
    for (flag, cut) in [
        ("tab", '\t'),
        ("\t", '\t'),
        // As a backslash and a `t`, the way `'\t'` reaches wrun from a shell.
        ("\\t", '\t'),
        ("pipe", '|'),
        ("|", '|'),
        ("semicolon", ';'),
        ("comma", ','),
    ] {
        // A third column full of the other delimiters, so that a reader
        // guessing the delimiter would cut there and find no `type`.
        let others: String = [',', ';', '|', '\t']
            .iter()
            .filter(|&&other| other != cut)
            .collect::<String>()
            .repeat(3);
        let roster =
            format!("weight{cut}type{cut}note{others}end\n70kg{cut}vest{cut}kept{others}end\n");
        let run = wrun(["batch", "--input", "csv", "--delimiter", flag])
            .stdin(roster)
            .run();
        let answer = &lines(run.ok())[0];
        assert_eq!(answer["verdict"], "recommended", "{flag:?}");
        assert_eq!(
            answer["extra"][format!("note{others}end")],
            format!("kept{others}end"),
            "{flag:?}"
        );
    }
}

#[test]
fn a_bad_delimiter_or_encoding_is_a_usage_error() {
    wrun(["batch", "--delimiter", "x"])
        .run()
        .usage_error(&["--delimiter", "'x'", "tab"]);
    wrun(["batch", "--encoding", "klingon"])
        .run()
        .usage_error(&["--encoding", "'klingon'", "windows-1250"]);
}

#[test]
fn line_buffered_answers_each_request_before_the_next_is_sent() {
    // A script that writes a request and waits for its answer, as a
    // co-process does: without --line-buffered the first answer waits for
    // 64 KiB of input or its end, and the script waits for ever.
    let ndjson = [
        "{\"id\":\"ann\",\"weight\":150,\"type\":\"vest\"}\n",
        "{\"id\":\"bob\",\"weight\":\"70kg\",\"type\":\"ankle\"}\n",
        "{\"id\":\"cy\",\"weight\":1}\n",
    ];
    let (answers, code) = wrun(["batch", "--line-buffered"]).converse(&ndjson);
    assert_eq!(code, Some(1), "cy's record fails: {answers:?}");
    let answers = lines(&answers.join("\n"));
    assert_eq!(answers[0]["id"], "ann");
    assert!(close(f(&answers[0], "/load/start_lb"), 7.5));
    assert_eq!(answers[1]["verdict"], "not-recommended");
    assert_eq!(answers[2]["line"], 3);
    assert!(answers[2]["error"].is_string(), "{}", answers[2]);

    // A roster's header row comes as soon as its header is read.
    let csv = ["id,weight,type\n", "ann,150,vest\n", "bob,70kg,ankle\n"];
    let (rows, code) = wrun(["batch", "--line-buffered", "--output", "csv"]).converse(&csv);
    assert_eq!(code, Some(0), "{rows:?}");
    assert!(rows[0].starts_with("line,id,error,verdict,"), "{rows:?}");
    assert!(rows[1].starts_with("2,ann,,recommended,"), "{rows:?}");
    assert!(rows[2].starts_with("3,bob,,not-recommended,"), "{rows:?}");
}

#[test]
fn a_named_pipe_process_substitution_or_dev_stdin_is_read_once_and_whole() {
    let dir = temp_dir("fifo");
    let record = r#"{"id":1,"weight":"70kg","type":"vest"}"#;
    // Each script feeds three records through a different kind of
    // non-file input; `timeout` turns a hang (a second open of the pipe,
    // waiting for a writer that has gone) into a failure. The pipe's
    // writer holds none of the test's pipes and gives up too, so a wrun
    // that never opens the pipe fails the test rather than stalling it.
    let three = r#"printf "%s\n" "$RECORD" "$RECORD" "$RECORD""#;
    for script in [
        format!(
            r#"mkfifo f && {{ timeout 20 bash -c '{three} > f' >/dev/null 2>&1 & }} && timeout 20 "$WRUN" batch f"#
        ),
        format!(r#"timeout 20 "$WRUN" batch <({three})"#),
        format!(r#"{three} | timeout 20 "$WRUN" batch /dev/stdin"#),
    ] {
        let _ = std::fs::remove_file(dir.join("f"));
        let output = std::process::Command::new("bash")
            .current_dir(&dir)
            .env("RECORD", record)
            .env("WRUN", env!("CARGO_BIN_EXE_wrun"))
            .env("XDG_CONFIG_HOME", crate::support::empty_config_home())
            .env_remove("WRUN_CONFIG")
            .args(["-c", &script])
            .output()
            .expect("bash runs");
        let stdout = String::from_utf8(output.stdout).unwrap();
        assert_eq!(
            output.status.code(),
            Some(0),
            "{script}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let answers = lines(&stdout);
        assert_eq!(answers.len(), 3, "{script}");
        assert!(
            answers
                .iter()
                .all(|answer| answer["id"] == 1 && answer["verdict"].is_string()),
            "{stdout}"
        );
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_roster_may_give_height_age_vo2max_and_a_resting_heart_rate_alone() {
    let roster = "Name,Weight,Type,Height,Age,Resting HR,Speed,Duration\n\
                  Tall,140kg,vest,2.2m,35,55,10kph,30m\n\
                  Short,140kg,vest,1.7m,35,55,10kph,30m\n";
    let answers = lines(wrun(["batch", "--input", "csv"]).stdin(roster).run().ok());
    assert_eq!(answers.len(), 2);
    assert_eq!(answers[0]["input"]["conditions"], serde_json::json!([]));
    assert_eq!(
        answers[1]["input"]["conditions"],
        serde_json::json!(["overweight"])
    );
    // Tanaka 183.5 and Uth 15.3 × 183.5 / 55 = 51.05.
    assert!(close(
        f(&answers[0], "/capacity/vo2max_ml_per_kg_min"),
        51.05
    ));
    // An American roster's heights in inches, or in words: 67 in = 1.70 m.
    let roster = "Name,Weight,Type,Height (inches)\nAl,150,vest,67\nBea,150,vest,5 feet 7 inches\n";
    let answers = lines(wrun(["batch", "--input", "csv"]).stdin(roster).run().ok());
    assert_eq!(answers.len(), 2);
    for answer in answers {
        assert!(close(f(&answer, "/input/height_m"), 1.7), "{answer}");
    }
}

#[test]
fn no_batch_answer_or_error_names_a_command_line_flag() {
    let records = [
        r#"{"weight":"70kg","type":"vest","pace":"5:00/km","distance":"5km","duration":"40m"}"#,
        r#"{"weight":"70kg","type":"vest","speed":"5kph","duration":"40m","hr":120}"#,
        r#"{"weight":"70kg","type":"vest","gait":"walk","hr":120}"#,
        r#"{"weight":"70","type":"hand","speed":"6kph","duration":"30m","load":"2kg"}"#,
        r#"{"weight":"300kg","type":"vest","speed":"16kph","duration":"60m","age":35}"#,
        r#"{"weight":"70kg","type":"vest","duration":"30m"}"#,
        r#"{"weight":"70kg","type":"vest","grade":"99"}"#,
    ]
    .join("\n");
    let run = wrun(["batch"]).stdin(records).run();
    assert_eq!(run.stdout.lines().count(), 7);
    for line in run.stdout.lines() {
        assert!(!line.contains("--"), "{line}");
    }
}

#[test]
fn repeated_and_blank_column_names_each_keep_their_value() {
    let roster = "weight,type,note,note,,\n150,vest,a,b,c,d\n";
    let answers = lines(wrun(["batch", "--input", "csv"]).stdin(roster).run().ok());
    assert_eq!(
        answers[0]["extra"],
        serde_json::json!({"note": "a", "note_2": "b", "column_5": "c", "column_6": "d"})
    );
    let csv = wrun(["batch", "--input", "csv", "--output", "csv"])
        .stdin("weight,type,note,note_2,note\n150,vest,a,b,c\n")
        .run();
    assert!(
        csv.ok().starts_with("note,note_2,note_3,line,"),
        "{}",
        csv.stdout
    );
}

#[test]
fn csv_output_shows_a_formula_in_a_carried_cell_as_text_unless_asked_raw() {
    let roster =
        "name,weight,type,note,lap\n\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",150,vest,@home,-5\n";
    let safe = wrun(["batch", "--input", "csv", "--output", "csv"])
        .stdin(roster)
        .run();
    let mut reader = csv::Reader::from_reader(safe.ok().as_bytes());
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(&row[0], "'=HYPERLINK(\"http://x\",\"y\")");
    assert_eq!(&row[1], "'@home");
    assert_eq!(&row[2], "-5", "a number stays a number");
    let raw = wrun(["batch", "--input", "csv", "--output", "csv", "--raw-cells"])
        .stdin(roster)
        .run();
    let mut reader = csv::Reader::from_reader(raw.ok().as_bytes());
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(&row[0], "=HYPERLINK(\"http://x\",\"y\")");
}

#[test]
fn spreadsheet_headers_and_a_unit_in_brackets_are_understood() {
    // A European roster: `;`, a decimal comma, "Body Weight (kg)" whose bare
    // numbers are kilograms, "Max HR" and "Resting HR".
    let roster =
        "Name;Body Weight (kg);Type;Max HR;Resting HR\nCleo;58,5;vest;190;55\nDan;150lb;vest;;\n";
    let answers = lines(wrun(["batch", "--input", "csv"]).stdin(roster).run().ok());
    assert!(close(f(&answers[0], "/input/body_weight_kg"), 58.5));
    assert_eq!(answers[0]["input"]["max_hr_bpm"], 190.0);
    assert_eq!(answers[0]["input"]["resting_hr_bpm"], 55.0);
    // A cell that names its own unit keeps it.
    assert!(close(f(&answers[1], "/input/body_weight_lb"), 150.0));
    assert_eq!(answers[0]["extra"], serde_json::json!({"Name": "Cleo"}));
}

#[test]
fn a_pace_column_in_minutes_per_kilometre_reads_its_clock_times_per_kilometre() {
    // A roster in pounds, whose pace column says min/km: 6:00 is 6:00/km
    // (166.67 m/min), not the 6:00/mi (268.22 m/min) a bare 6:00 is for a
    // runner in pounds.
    let roster = "Name,Weight (lbs),Type,Pace (min/km),Duration (min)\n\
                  Ana,150,vest,6:00,30:00\n\
                  Bo,150,vest,9:40/mi,30\n\
                  Cy,150,vest,6:00.0,30:00.0\n";
    let answers = lines(wrun(["batch", "--input", "csv"]).stdin(roster).run().ok());
    assert!(close(f(&answers[0], "/input/speed_m_per_min"), 166.67));
    assert!(close(f(&answers[0], "/input/duration_min"), 30.0));
    // A cell that names its own distance keeps it: 9:40/mi is 166.48 m/min.
    assert!(close(f(&answers[1], "/input/speed_m_per_min"), 166.48));
    assert!(close(f(&answers[1], "/input/duration_min"), 30.0));
    // As a spreadsheet's mm:ss.0 cells are saved.
    assert!(close(f(&answers[2], "/input/speed_m_per_min"), 166.67));
    assert!(close(f(&answers[2], "/input/duration_min"), 30.0));
}

#[test]
fn a_pace_columns_brackets_in_words_read_its_bare_numbers_as_minutes_per_that_distance() {
    // 9 in `Pace (min per mile)` is 9:00/mi: 178.82 m/min; 6,5 in
    // `Pace (minutes per km)` is 6:30/km: 153.85 m/min.
    let roster = "Name,Weight (kg),Type,Pace (min per mile),Duration (min)\n\
                  Ana,68,vest,9,30\n\
                  Bo,68,vest,9:00,30\n";
    let answers = lines(wrun(["batch", "--input", "csv"]).stdin(roster).run().ok());
    assert_eq!(answers.len(), 2);
    for answer in &answers {
        assert!(close(f(answer, "/input/speed_m_per_min"), 178.82));
    }
    let roster = "Name;Weight (lb);Type;Pace (minutes per km);Duration (min)\n\
                  Ana;150;vest;6,5;30\n";
    let answers = lines(wrun(["batch", "--input", "csv"]).stdin(roster).run().ok());
    assert!(close(f(&answers[0], "/input/speed_m_per_min"), 153.85));
    // Brackets that give only the form leave the distance to the runner's
    // unit, and say so: per mile for a runner in pounds.
    let roster = "Weight,Type,Pace (mm:ss),Duration\n150,vest,9:00,30m\n";
    let answer = &lines(wrun(["batch", "--input", "csv"]).stdin(roster).run().ok())[0];
    assert!(close(f(answer, "/input/speed_m_per_min"), 178.82));
    let warnings = answer["warnings"].as_array().unwrap();
    assert!(warnings.iter().any(|w| w["id"] == "pace-unit-assumed"));
    // A speed column's, likewise: 10 in `Speed (km per hour)` is 166.67 m/min.
    let roster = "Weight,Type,Speed (km per hour),Duration\n150,vest,10,30m\n";
    let answer = &lines(wrun(["batch", "--input", "csv"]).stdin(roster).run().ok())[0];
    assert!(close(f(answer, "/input/speed_m_per_min"), 166.67));
}

#[test]
fn a_json_number_is_named_in_an_error_as_it_was_written() {
    let input = "{\"weight\": 900.50, \"type\": \"vest\"}\n\
                 {\"weight\": 150.0, \"type\": \"vest\", \"grade\": -40.0, \"pace\": \"9:00/mi\"}\n";
    let answers = lines(&wrun(["batch", "-"]).stdin(input).run().stdout);
    assert_eq!(
        answers[0]["error"],
        "invalid value '900.50' for 'weight': body weight must be from 66.14 lb to 661.38 lb \
         (30 kg to 300 kg); a plain number is read in lb"
    );
    assert!(
        answers[1]["error"]
            .as_str()
            .unwrap()
            .starts_with("invalid value '-40.0' for 'grade': "),
        "{}",
        answers[1]["error"]
    );
}

#[test]
fn a_cell_read_in_its_columns_unit_is_named_in_an_error_as_it_was_typed() {
    // Each cell is read with its column's unit (500 as 500kg, 0:00 as
    // 0h00, 0:30 as 0:30/km), but a message shows the cell itself.
    let roster = "Name,Weight (kg),Type,Duration (h:mm),Pace (min/km),Distance (km)\n\
                  Ann,500,vest,0:30,5:00,\n\
                  Bob,70,vest,0:00,5:00,\n\
                  Cid,70,vest,0:30,0:30,\n\
                  Dee,70,vest,0:40,5:00,9\n\
                  Eve,70,vest,0:40,5:00,8\n";
    let run = wrun(["batch", "--input", "csv"]).stdin(roster).run();
    assert_eq!(run.stderr, "wrun: error: batch: 1 ok, 4 failed\n");
    let answers = lines(&run.stdout);
    assert_eq!(
        answers[0]["error"],
        "invalid value '500' for 'Weight (kg)': body weight must be from 66.14 lb to \
         661.38 lb (30 kg to 300 kg)"
    );
    assert_eq!(
        answers[1]["error"],
        "invalid value '0:00' for 'Duration (h:mm)': the duration must be from 1 minute to \
         24 hours"
    );
    assert_eq!(
        answers[2]["error"],
        "invalid value '0:30' for 'Pace (min/km)': the pace must be from 2:00/km to 50:00/km"
    );
    assert_eq!(
        answers[3]["error"],
        "Pace (min/km) 5:00 disagrees with Distance (km) 9 in Duration (h:mm) 0:40, which is \
         4:27/km; give two of the three, or values within 1 % of each other"
    );
    // Read as before: 5:00 per km, 40 minutes, 8 km.
    assert!(close(f(&answers[4], "/input/speed_m_per_min"), 200.0));
    assert!(close(f(&answers[4], "/input/duration_min"), 40.0));
    assert!(close(f(&answers[4], "/energy/distance_km"), 8.0));
}

#[test]
fn a_roster_whose_times_a_spreadsheet_saved_as_times_of_day_is_told_what_they_may_have_meant() {
    // As Google Sheets saves a pace typed 5:30 and a duration typed 45:00.
    let roster = "Name,Weight (kg),Type,Pace (min/km),Duration\r\n\
                  Ann,70,vest,5:30:00,0:45:00\r\n\
                  Bob,70,vest,5:30/km,45:00:00\r\n\
                  Cid,70,vest,5:30/km,0:45:00\r\n";
    let run = wrun(["batch", "--input", "csv"]).stdin(roster).run();
    assert_eq!(run.stderr, "wrun: error: batch: 1 ok, 2 failed\n");
    let answers = lines(&run.stdout);
    assert_eq!(
        answers[0]["error"],
        "invalid value '5:30:00' for 'Pace (min/km)': the pace must be from 2:00/km to 50:00/km; \
         5:30:00 reads as hours, minutes and seconds: for 5:30/km, write 5:30/km (a spreadsheet \
         may have taken 5:30 for a time of day)"
    );
    assert_eq!(
        answers[1]["error"],
        "invalid value '45:00:00' for 'Duration': the duration must be from 1 minute to 24 \
         hours; 45:00:00 reads as hours, minutes and seconds: for 45 min, write 45m (a \
         spreadsheet may have taken 45:00 for a time of day)"
    );
    assert!(close(f(&answers[2], "/input/duration_min"), 45.0));
}

#[test]
fn a_distance_may_name_its_road_race_in_a_record_and_in_a_cell_of_a_km_column() {
    let records = "{\"weight\": 150, \"type\": \"vest\", \"pace\": \"9:00/mi\", \
                   \"distance\": \"marathon\"}\n";
    let run = wrun(["batch"]).stdin(records).run();
    assert!(close(f(&lines(run.ok())[0], "/input/distance_km"), 42.195));
    // The column's kilometres are for bare numbers; a race is its own length.
    let roster = "Weight,Type,Pace,Distance (km)\n\
                  150,vest,9:00/mi,Half Marathon\n\
                  150,vest,9:00/mi,10\n";
    let run = wrun(["batch", "--input", "csv"]).stdin(roster).run();
    let answers = lines(run.ok());
    assert!(close(f(&answers[0], "/input/distance_km"), 21.0975));
    assert!(close(f(&answers[1], "/input/distance_km"), 10.0));
}

#[test]
fn a_pace_column_whose_brackets_name_a_speed_or_seconds_is_refused_at_the_header() {
    for (header, unit) in [("Pace (km/h)", "km/h"), ("Pace (sec/km)", "sec/km")] {
        let roster = format!("Weight,Type,{header},Duration\n150,vest,10,30m\n");
        wrun(["batch", "--input", "csv"])
            .stdin(roster)
            .run()
            .usage_error(&[
                &format!("column '{header}': '{unit}' is no pace's unit"),
                "km or mi (Pace (min/km), pace_min_per_km), and speeds go in a speed column \
                 (Speed (km/h))",
            ]);
    }
    // A label says nothing of the distance: a pace that names it is read
    // as it says, a bare one by the runner's unit, with the warning.
    let roster = "Weight,Type,Pace (target),Duration\n150,vest,6:00/km,30m\n150,vest,9:00,30m\n";
    let answers = lines(wrun(["batch", "--input", "csv"]).stdin(roster).run().ok());
    assert!(close(f(&answers[0], "/input/speed_m_per_min"), 166.67));
    assert!(close(f(&answers[1], "/input/speed_m_per_min"), 178.82));
    let warnings = answers[1]["warnings"].as_array().unwrap();
    assert!(warnings.iter().any(|w| w["id"] == "pace-unit-assumed"));
}

#[test]
fn a_duration_column_in_hours_and_minutes_reads_1_30_as_an_hour_and_a_half() {
    // Alone, 1:30 is refused: it could be 1 min 30 s or 1 h 30 min.
    let roster = "weight,type,pace,Duration (h:mm)\n\
                  150,vest,10:00/mi,1:30\n\
                  150,vest,10:00/mi,0:45\n";
    let answers = lines(wrun(["batch", "--input", "csv"]).stdin(roster).run().ok());
    assert!(close(f(&answers[0], "/input/duration_min"), 90.0));
    assert!(close(f(&answers[1], "/input/duration_min"), 45.0));
    let roster = "weight,type,pace,Duration (mm:ss)\n150,vest,10:00/mi,1:30\n";
    let answers = lines(wrun(["batch", "--input", "csv"]).stdin(roster).run().ok());
    assert!(close(f(&answers[0], "/input/duration_min"), 1.5));
    let roster = "weight,type,pace,Duration\n150,vest,10:00/mi,1:30\n";
    let run = wrun(["batch", "--input", "csv"]).stdin(roster).run();
    assert_eq!(
        lines(&run.stdout)[0]["error"],
        "Duration 1:30 could be 1 min 30 s or 1 h 30 min: write 1m30s or 1h30"
    );
    // A second part of 60 or more is no clock time, whatever the brackets
    // say it is (1:75 was read as 1 h 75 min).
    for (header, cell) in [("Duration (h:mm)", "1:75"), ("Duration (mm:ss)", "30:60")] {
        let roster = format!("weight,type,pace,{header}\n150,vest,10:00/mi,{cell}\n");
        let run = wrun(["batch", "--input", "csv"]).stdin(roster).run();
        assert_eq!(
            lines(&run.stdout)[0]["error"],
            format!(
                "invalid value '{cell}' for '{header}': minutes and seconds after a larger part \
                 must be under 60, as on a clock"
            )
        );
    }
}

#[test]
fn a_european_roster_round_trips_in_its_own_dialect() {
    // As European Excel saves it: a byte order mark, `;`, CRLF, a decimal
    // comma, an accented name.
    let roster = "\u{feff}Name;Weight;Type;Load\r\nCléo;58,5kg;vest;4,5kg\r\n";
    let run = wrun(["batch", "--output", "csv"]).stdin(roster).run();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = run.stdout.as_str();
    assert!(
        out.starts_with('\u{feff}'),
        "the byte order mark comes back"
    );
    assert!(out.contains("\r\n"), "so do CRLF line ends");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(out.trim_start_matches('\u{feff}').as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header[0], "Name");
    let row = reader.records().next().unwrap().unwrap();
    let cell = |name: &str| row[header.iter().position(|h| h == name).unwrap()].to_owned();
    assert_eq!(cell("Name"), "Cléo");
    // 58.5 kg is 128.97 lb; its vest starts at 3 kg: numbers keep the comma.
    assert_eq!(cell("weight_kg"), "58,5");
    assert_eq!(cell("weight_lb"), "128,97");
    assert_eq!(cell("unit"), "kg");
    assert_eq!(cell("type"), "vest");
    assert_eq!(cell("load_kg"), "4,5");
    assert_eq!(cell("load_fit"), "in-range");
    assert_eq!(cell("verdict_because"), "vest-benefits");
    // `--output-delimiter` says otherwise, and a `,` keeps no decimal comma.
    let plain = wrun(["batch", "--output", "csv", "--output-delimiter", ","])
        .stdin(roster)
        .run();
    assert!(plain.ok().contains(",58.5,"), "{}", plain.stdout);
}

#[test]
fn a_roster_saved_as_excels_unicode_text_reads_as_the_same_roster_in_utf8() {
    // tests/data/roster-excel-unicode.txt is the European roster as Excel's
    // "Unicode Text" saves it: UTF-16LE with its byte order mark, tabs.
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/");
    let unicode = wrun(["batch", &format!("{data}roster-excel-unicode.txt")]).run();
    let utf8 = wrun(["batch", &format!("{data}roster-excel-eu.csv")]).run();
    assert_eq!(lines(unicode.ok()), lines(utf8.ok()));
    assert_eq!(lines(unicode.ok())[0]["extra"]["Name"], "Cléo");
    // CSV output keeps its tabs and decimal commas, in UTF-8 with a byte
    // order mark, which Excel opens as Unicode.
    let csv = wrun([
        "batch",
        &format!("{data}roster-excel-unicode.txt"),
        "--output",
        "csv",
    ])
    .run();
    let out = csv.ok();
    assert!(out.starts_with("\u{feff}Name\tline\t"), "{out}");
    assert!(out.contains("\nCléo\t2\t"), "{out}");
    assert!(out.contains("\t128,97\t58,5\t"), "{out}");
}

#[test]
fn a_roster_saved_by_excel_in_its_code_page_keeps_every_name() {
    // No byte order mark, `,` between cells, and a row refused in the
    // roster's own language. tests/data/roster-excel-windows.csv is as
    // Excel's "CSV (Comma delimited)" saves on Windows: Windows-1252, CRLF.
    // tests/data/roster-excel-mac.csv is as its "CSV (Macintosh)" saves:
    // Mac Roman, a carriage return alone at each line's end (read as
    // Windows-1252, "Cléo" would be "ClŽo"). tests/data/roster-excel-
    // japanese.csv is as Japanese Excel saves: Shift_JIS, CRLF, read with
    // --encoding.
    let western = ["Cléo", "José Müller", "Zoë"];
    let japanese = ["山田 太郎", "佐藤 花子", "鈴木 一郎"];
    let level = "'débutant' for 'Level'";
    for (file, flags, names, refused, line_end, kg) in [
        (
            "roster-excel-windows.csv",
            &[][..],
            western,
            level,
            "\r\n",
            58.5,
        ),
        ("roster-excel-mac.csv", &[], western, level, "\n", 58.5),
        (
            "roster-excel-japanese.csv",
            &["--encoding", "shift_jis"],
            japanese,
            "'ベスト' for 'Type'",
            "\r\n",
            68.0,
        ),
    ] {
        let roster = format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
        let args = [&["batch", roster.as_str()][..], flags].concat();
        let run = wrun(&args).run();
        assert_eq!(run.code, 1, "{file}: one row fails: {}", run.stderr);
        let answers = lines(&run.stdout);
        let read: Vec<&str> = answers
            .iter()
            .map(|answer| answer["extra"]["Name"].as_str().unwrap())
            .collect();
        assert_eq!(read, names, "{file}");
        assert_eq!(answers[1]["line"].as_u64(), Some(3), "{file}");
        assert!(close(f(&answers[0], "/input/body_weight_kg"), kg), "{file}");
        let error = answers[2]["error"].as_str().unwrap();
        assert!(error.contains(refused), "{file}: {error}");
        // CSV output is UTF-8 with a byte order mark, so that Excel reads
        // the names back as written.
        let csv = wrun([&args[..], &["--output", "csv"]].concat()).run();
        assert!(
            csv.stdout.starts_with("\u{feff}Name,line,"),
            "{}",
            csv.stdout
        );
        let row = format!("{line_end}{},3,", names[1]);
        assert!(csv.stdout.contains(&row), "{file}: {}", csv.stdout);
    }
}

#[test]
fn an_ndjson_line_in_another_encoding_says_how_to_read_it() {
    let latin1 = b"{\"weight\": \"70kg\", \"type\": \"vest\", \"name\": \"Caf\xe9\"}\n".to_vec();
    let run = wrun(["batch"]).stdin(latin1.clone()).run();
    assert_eq!(run.code, 1);
    let error = lines(&run.stdout)[0]["error"].as_str().unwrap().to_owned();
    assert!(
        error.contains("not valid UTF-8; give --encoding"),
        "{error}"
    );
    let run = wrun(["batch", "--encoding", "windows-1252"])
        .stdin(latin1)
        .run();
    assert_eq!(lines(run.ok())[0]["extra"]["name"], "Café");
}

#[test]
fn utf16_without_its_mark_is_read_when_named() {
    let unmarked: Vec<u8> = "weight,type\n150,vest\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let run = wrun(["batch", "--encoding", "utf-16le"])
        .stdin(unmarked)
        .run();
    let answers = lines(run.ok());
    assert_eq!(answers.len(), 1);
    assert!(close(f(&answers[0], "/input/body_weight_lb"), 150.0));
    assert_eq!(answers[0]["input"]["weight_type"], "vest");
}

#[test]
fn a_header_that_is_not_utf8_and_names_no_column_asks_for_its_encoding() {
    // "Name, body weight, kind" in Shift_JIS: read as Windows-1252, no
    // column is found, and the error says how to read it.
    let header = b"\x96\xbc\x91\x4f,\x91\xcc\x8f\x64,\x8e\xed\x97\xde\r\n";
    wrun(["batch", "--input", "csv"])
        .stdin(header.to_vec())
        .run()
        .usage_error(&[
            "no 'weight' or 'type' column",
            "not UTF-8, read as windows-1252",
            "give --encoding",
        ]);
}

#[test]
fn a_roster_with_lines_ended_by_a_carriage_return_alone_is_read_line_by_line() {
    // As Excel's "CSV (Macintosh)" ends its lines.
    let roster = "Name,Weight,Type\rAnna,132,vest\r\rBen,160,hand\r";
    let answers = lines(wrun(["batch"]).stdin(roster).run().ok());
    assert_eq!(answers.len(), 2);
    assert_eq!(
        (answers[0]["line"].as_u64(), answers[1]["line"].as_u64()),
        (Some(2), Some(4)),
        "the empty line still counts"
    );
    assert_eq!(answers[1]["extra"]["Name"], "Ben");
    assert!(close(f(&answers[0], "/input/body_weight_lb"), 132.0));
}

#[test]
fn ndjson_saved_by_windows_powershell_as_utf16_is_read() {
    // Windows PowerShell's `>` writes UTF-16LE with a byte order mark, CRLF.
    let input =
        "{\"weight\": 150, \"type\": \"vest\"}\r\n{\"weight\": \"68kg\", \"type\": \"hands\"}\r\n";
    let answers = lines(wrun(["batch"]).stdin(utf16(input, true)).run().ok());
    let plain = lines(wrun(["batch"]).stdin(input).run().ok());
    assert_eq!(answers, plain);
    assert_eq!(answers.len(), 2);
    assert!(close(f(&answers[0], "/load/start_lb"), 7.5));
}

#[test]
fn a_unit_column_in_stones_reads_plain_weights_as_stones() {
    // 11 st is 11 × 14 = 154 lb; 11 st 4 lb is 158 lb.
    let roster = "name,weight,unit,type\nAl,11,st,vest\nBo,11 st 4lb,stone,vest\n";
    let answers = lines(wrun(["batch", "--input", "csv"]).stdin(roster).run().ok());
    assert!(close(f(&answers[0], "/input/body_weight_lb"), 154.0));
    assert!(close(f(&answers[1], "/input/body_weight_lb"), 158.0));
    assert_eq!(answers[0]["input"]["unit"], "lb");
}

#[test]
fn an_output_dialect_says_otherwise_than_the_roster() {
    let roster = "Name,Weight,Type\nAnna,72.5kg,vest\n";
    let eu = wrun([
        "batch",
        "--input",
        "csv",
        "--output",
        "csv",
        "--output-dialect",
        "excel-eu",
    ])
    .stdin(roster)
    .run();
    let out = eu.ok();
    assert!(out.starts_with("\u{feff}Name;line;"), "{out}");
    assert!(out.contains(";72,5;") && out.contains("\r\n"), "{out}");
    let plain = wrun([
        "batch",
        "--input",
        "csv",
        "--output",
        "csv",
        "--output-dialect",
        "plain",
    ])
    .stdin("\u{feff}Name;Weight;Type\r\nCléo;58,5kg;vest\r\n")
    .run();
    let out = plain.ok();
    assert!(
        out.starts_with("Name,line,") && !out.contains('\r'),
        "{out}"
    );
    assert!(out.contains(",58.5,"), "{out}");
}

#[test]
fn an_option_for_csv_output_is_refused_when_the_output_is_ndjson() {
    let roster = "name,weight,type\nAnna,150,vest\n";
    for option in [
        &["--raw-cells"][..],
        &["--output-dialect", "excel-eu"],
        &["--output-dialect", "mirror"],
        &["--output-delimiter", ";"],
    ] {
        for output in [
            &[][..],
            &["--output", "ndjson"],
            &["--output", "csv", "--format", "ndjson"],
        ] {
            let args = [&["batch"][..], option, output].concat();
            wrun(args).stdin(roster).run().usage_error(&[
                &format!("'{}' shapes CSV output only", option[0]),
                "add --output csv",
            ]);
        }
        let csv = wrun([&["batch", "--output", "csv"][..], option].concat())
            .stdin(roster)
            .run();
        assert!(csv.ok().contains("Anna"), "{option:?}");
    }
}

#[test]
fn lean_notes_make_batch_lines_a_third_smaller_and_keep_one_line_a_record() {
    let records = (0..50).fold(String::new(), |mut records, n| {
        let _ = writeln!(
            records,
            "{{\"id\":{n},\"weight\":{},\"type\":\"vest\"}}",
            120 + n
        );
        records
    });
    let full = wrun(["batch"]).stdin(records.clone()).run();
    let lean = wrun(["batch", "--notes", "ids"]).stdin(records).run();
    assert_eq!(lean.ok().lines().count(), 50);
    let ids: Vec<i64> = lines(&lean.stdout)
        .iter()
        .map(|a| a["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, (0..50).collect::<Vec<_>>());
    // Measured: 101 kB against 184 kB for these fifty vest records; the input
    // echo and the numbers stay, only the texts go.
    assert!(
        lean.stdout.len() * 3 < full.ok().len() * 2,
        "{} against {} bytes",
        lean.stdout.len(),
        full.stdout.len()
    );
}

#[test]
fn a_roster_row_under_18_is_a_caution_that_says_why_and_an_adults_row_is_not() {
    // A coach's roster with ages: the 16-year-old's vest is an adult's
    // figures with a caution, in the short CSV form too.
    let input = "name,weight,type,age\nMia,110,vest,16\nLea,110,vest,34\n";
    let run = wrun(["batch", "--format", "csv"]).stdin(input).run();
    let text = run.ok();
    let rows: Vec<&str> = text.lines().collect();
    assert_eq!(rows.len(), 3, "{text}");
    assert!(
        rows[1].starts_with("Mia,2,,,caution,young-runner,110,"),
        "{text}"
    );
    // The caution leads the warnings column, as the most severe.
    assert!(
        rows[1].ends_with(
            ",young-runner;vest-joint-stress;vest-fit;vest-form;vest-core-cardio;vest-balance;\
             slower-pace"
        ),
        "{text}"
    );
    assert!(
        rows[2].starts_with("Lea,3,,,recommended,vest-benefits,110,"),
        "{text}"
    );
    assert!(!rows[2].contains("young-runner"), "{text}");
}

#[test]
fn a_plan_roster_reads_each_runners_age_as_plan_does() {
    let input = "name,weight,type,age\nMia,110,vest,15\n";
    let text = wrun(["batch", "--command", "plan", "--format", "csv"])
        .stdin(input)
        .run()
        .ok()
        .to_owned();
    let row = text.lines().nth(1).unwrap();
    assert!(
        row.starts_with("Mia,2,,,caution,young-runner,110,"),
        "{text}"
    );
    let alone = wrun(["plan", "--json", "-w", "110", "-t", "vest", "--age", "15"])
        .run()
        .json();
    assert_eq!(alone["verdict"], "caution");
}

#[test]
fn a_unit_after_a_fields_name_gives_the_unit_of_its_bare_numbers() {
    // Before, `duration_min` and `age_years` were carried through unread:
    // the run had no length and the 15-year-old no caution.
    let record = r#"{"body_weight_kg": 50, "type": "vest", "pace": "6:00/km", "duration_min": 40, "age_years": 15, "hr_bpm": 150, "pace_group": "B"}"#;
    let answer = &lines(wrun(["batch"]).stdin(record).run().ok())[0];
    assert!(close(f(answer, "/input/body_weight_kg"), 50.0), "{answer}");
    assert!(close(f(answer, "/input/duration_min"), 40.0), "{answer}");
    assert!(close(f(answer, "/input/age_years"), 15.0), "{answer}");
    assert!(close(f(answer, "/input/hr_bpm"), 150.0), "{answer}");
    assert_eq!(answer["extra"], serde_json::json!({"pace_group": "B"}));
    let because = answer["verdict_because"].as_array().unwrap();
    assert!(because.contains(&"young-runner".into()), "{answer}");

    // The same names as CSV columns give the same answer.
    let roster = "body_weight_kg,type,pace_min_per_km,duration_min,age_years,hr_bpm,pace_group\n\
                  50,vest,6:00,40,15,150,B\n";
    let mut from_csv = lines(wrun(["batch", "--input", "csv"]).stdin(roster).run().ok())[0].clone();
    from_csv["line"] = 1.into();
    assert_eq!(&from_csv, answer);
    // And so do a spreadsheet's heads, the unit after a space.
    let roster = "Body weight kg,Type,Pace min per km,Duration min,Age years,HR bpm,pace_group\n\
                  50,vest,6:00,40,15,150,B\n";
    let mut from_sheet =
        lines(wrun(["batch", "--input", "csv"]).stdin(roster).run().ok())[0].clone();
    from_sheet["line"] = 1.into();
    assert_eq!(&from_sheet, answer);

    // A unit the field cannot take is refused by name, not carried.
    let run = wrun(["batch"])
        .stdin(r#"{"weight": 150, "type": "vest", "pace_kph": 10}"#)
        .run();
    assert_eq!(run.code, 1);
    assert!(
        lines(&run.stdout)[0]["error"]
            .as_str()
            .unwrap()
            .starts_with("field 'pace_kph': 'kph' is no pace's unit"),
        "{}",
        run.stdout
    );
}
