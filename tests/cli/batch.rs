//! `wrun batch`: one answer per input line, in order, for scripts.

use std::fmt::Write as _;

use serde_json::Value;

use crate::support::{close, f, wrun};

fn lines(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("each output line is JSON"))
        .collect()
}

#[test]
fn each_ndjson_line_gets_the_recommend_answer_with_its_line_number() {
    let input = "{\"weight\": 150, \"type\": \"vest\"}\n\n{\"weight\": \"68kg\", \"type\": \"hands\", \"level\": \"experienced\"}\n";
    let run = wrun(["batch"]).stdin(input).run();
    let answers = lines(run.ok());
    assert_eq!(answers.len(), 2, "the blank line gets no output");
    assert_eq!(answers[0]["line"], 1);
    assert_eq!(answers[1]["line"], 3, "line numbers count blank lines");
    assert!(close(f(&answers[0], "/load/start_lb"), 7.5));
    assert!(close(f(&answers[1], "/load/start_lb"), 2.0));

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
    ]
    .join("\n");
    let run = wrun(["batch", "-"]).stdin(input).run();
    assert_eq!(run.code, 1);
    assert_eq!(run.stderr, "wrun: error: batch: 2 ok, 5 failed\n");
    let answers = lines(&run.stdout);
    let numbers: Vec<u64> = answers
        .iter()
        .map(|a| a["line"].as_u64().unwrap())
        .collect();
    assert_eq!(numbers, [1, 2, 3, 4, 5, 6, 7]);
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
        "expected a JSON object with the fields of recommend"
    );
    assert_eq!(answers[4]["error"], "missing field 'type'");
    assert!(
        answers[5]["error"]
            .as_str()
            .unwrap()
            .starts_with("not valid JSON")
    );
    assert_eq!(answers[6]["verdict"], "not-recommended");
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
fn csv_is_read_from_standard_input_when_asked() {
    let run = wrun(["batch", "--input", "csv"])
        .stdin("type,weight\nvest,150\n")
        .run();
    let answers = lines(run.ok());
    assert_eq!(answers[0]["line"], 2);
    assert_eq!(answers[0]["input"]["weight_type"], "vest");
}

#[test]
fn a_file_that_cannot_be_read_fails_with_its_name() {
    let run = wrun(["batch", "/no/such/roster.ndjson"]).run();
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr
            .starts_with("wrun: error: cannot read '/no/such/roster.ndjson': "),
        "{}",
        run.stderr
    );
    assert_eq!(run.stderr.lines().count(), 1);
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
