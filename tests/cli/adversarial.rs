//! An adversarial table: every bad invocation gets exit code 2, one clear
//! line on stderr naming what was wrong, nothing on stdout, and never a
//! panic (exit 101) or a backtrace.

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;

use crate::support::{lines, wrun};

/// One bad invocation: its arguments, its environment, and what the error
/// must mention.
struct Case {
    args: Vec<OsString>,
    env: Vec<(&'static str, String)>,
    mentions: Vec<String>,
}

fn case(args: &[&str], mentions: &[&str]) -> Case {
    Case {
        args: args.iter().map(OsString::from).collect(),
        env: Vec::new(),
        mentions: mentions.iter().map(|&m| m.to_owned()).collect(),
    }
}

fn with_env(mut case: Case, key: &'static str, value: &str) -> Case {
    case.env.push((key, value.to_owned()));
    case
}

// A table: one row per bad invocation.
#[allow(clippy::too_many_lines)]
fn cases() -> Vec<Case> {
    let huge_number = "9".repeat(5000);
    let huge_word = "x".repeat(100_000);
    let mut table = vec![
        // Numbers.
        case(
            &["recommend", "-t", "vest", "-w", "abc"],
            &["--weight", "expected a number"],
        ),
        case(
            &["recommend", "-t", "vest", "-w", "NaN"],
            &["--weight", "'NaN'"],
        ),
        case(
            &["recommend", "-t", "vest", "-w", "inf"],
            &["--weight", "'inf'"],
        ),
        case(
            &["recommend", "-t", "vest", "-w", "-inf"],
            &["--weight", "'-inf'"],
        ),
        case(
            &["recommend", "-t", "vest", "-w", "-150"],
            &["--weight", "no sign"],
        ),
        case(
            &["recommend", "-t", "vest", "-w", "0"],
            &["--weight", "must be from"],
        ),
        case(
            &["recommend", "-t", "vest", "-w", "1e400"],
            &["--weight", "'1e400'"],
        ),
        case(
            &["recommend", "-t", "vest", "-w", "0x96"],
            &["--weight", "'0x96'"],
        ),
        case(
            &["recommend", "-t", "vest", "-w", "1,50"],
            &["--weight", "'1,50'"],
        ),
        case(
            &["recommend", "-t", "vest", "-w", "150.5.5"],
            &["--weight", "'150.5.5'"],
        ),
        case(
            &["recommend", "-t", "vest", "-w", &huge_number],
            &["--weight", "too large"],
        ),
        case(
            &["recommend", "-t", "vest", "-w", "700"],
            &["--weight", "661.38 lb"],
        ),
        case(
            &["recommend", "-t", "vest", "-w", "29.9kg"],
            &["--weight", "30 kg"],
        ),
        case(
            &["recommend", "-t", "vest", "-w", "0.0001"],
            &["--weight", "must be from"],
        ),
        // Units.
        case(
            &["recommend", "-t", "vest", "-w", "150oz"],
            &["--weight", "unknown unit 'oz'"],
        ),
        case(
            &["recommend", "-t", "vest", "-w", "150 stone"],
            &["--weight", "body weight must be from"],
        ),
        case(
            &["recommend", "-t", "vest", "-w", "kg"],
            &["--weight", "'kg'"],
        ),
        case(
            &["recommend", "-t", "vest", "-w", "150", "--unit", "g"],
            &["--unit", "lb, kg"],
        ),
        case(
            &["recommend", "-t", "vest", "-w", "150", "--increment", "0"],
            &["--increment", "weight step"],
        ),
        case(
            &[
                "recommend",
                "-t",
                "vest",
                "-w",
                "150",
                "--increment",
                "-2.5",
            ],
            &["--increment", "no sign"],
        ),
        case(
            &["recommend", "-t", "vest", "-w", "150", "--increment", "NaN"],
            &["--increment"],
        ),
        case(
            &[
                "recommend",
                "-t",
                "vest",
                "-w",
                "150",
                "--increment",
                "999kg",
            ],
            &["--increment", "50 kg"],
        ),
        // Enums.
        case(
            &["recommend", "-w", "150", "-t", "sled"],
            &["--type", "vest, hand-wrist, ankle"],
        ),
        case(&["recommend", "-w", "150", "-t", ""], &["--type", "''"]),
        case(
            &["recommend", "-w", "150", "-t", "vest", "-l", "elite"],
            &["--level", "'elite'"],
        ),
        case(
            &["recommend", "-w", "150", "-t", "vest", "--condition", "flu"],
            &["--condition", "'flu'"],
        ),
        case(
            &["recommend", "-w", "150", "-t", "vest", "--condition", ",,"],
            &["--condition"],
        ),
        case(
            &["recommend", "-w", "150", "-t", "vest", "--format", "yaml"],
            &["--format", "text, json"],
        ),
        case(
            &["plan", "-w", "150", "-t", "vest", "--weeks", "0"],
            &["--weeks", "'0'"],
        ),
        case(
            &["plan", "-w", "150", "-t", "vest", "--weeks"],
            &["--weeks", "a value is required"],
        ),
        case(
            &[
                "plan",
                "-w",
                "150",
                "-t",
                "vest",
                "--weeks",
                "99999999999999999999",
            ],
            &["--weeks"],
        ),
        case(&["schema", "nothing"], &["'nothing'"]),
        case(&["completions", "cmd.exe"], &["'cmd.exe'"]),
        case(
            &["batch", "--input", "parquet"],
            &["--input", "ndjson, csv"],
        ),
        case(
            &["sources", "--color", "rainbow"],
            &["--color", "auto, always, never"],
        ),
        // Run options.
        case(
            &["recommend", "-w", "150", "-t", "vest", "--pace", "fast"],
            &["--pace", "9:30/mi"],
        ),
        case(
            &["recommend", "-w", "150", "-t", "vest", "--pace", "0:00/mi"],
            &["--pace", "expected a pace like"],
        ),
        case(
            &["recommend", "-w", "150", "-t", "vest", "--speed", "-5kph"],
            &["--speed", "6.5mph"],
        ),
        case(
            &["recommend", "-w", "150", "-t", "vest", "--speed", "1e9kph"],
            &["--speed"],
        ),
        case(
            &[
                "recommend",
                "-w",
                "150",
                "-t",
                "vest",
                "--speed",
                "9kph",
                "--duration",
                "forever",
            ],
            &["--duration", "45m"],
        ),
        case(
            &[
                "recommend",
                "-w",
                "150",
                "-t",
                "vest",
                "--speed",
                "9kph",
                "--distance",
                "1e3km",
            ],
            &["--distance", "5km"],
        ),
        case(
            &[
                "recommend",
                "-w",
                "150",
                "-t",
                "vest",
                "--speed",
                "9kph",
                "--grade",
                "1,2,3",
            ],
            &["--grade", "'1,2,3'", "percent"],
        ),
        case(
            &[
                "recommend",
                "-w",
                "150",
                "-t",
                "vest",
                "--speed",
                "9kph",
                "--grade",
                "99%",
            ],
            &["--grade", "25 %"],
        ),
        case(
            &["recommend", "-w", "150", "-t", "vest", "--hr", "0"],
            &["--hr", "30 to 230"],
        ),
        case(
            &[
                "recommend",
                "-w",
                "150",
                "-t",
                "vest",
                "--hr",
                "120",
                "--resting-hr",
                "500",
            ],
            &["--resting-hr"],
        ),
        // Combinations and conflicts.
        case(
            &[
                "recommend",
                "-w",
                "150",
                "-t",
                "vest",
                "--pace",
                "6/km",
                "--speed",
                "9kph",
            ],
            &["--pace", "--speed"],
        ),
        case(
            &[
                "recommend",
                "-w",
                "150",
                "-t",
                "vest",
                "--speed",
                "9kph",
                "--duration",
                "1h",
                "--distance",
                "5km",
            ],
            &["--duration", "--distance"],
        ),
        case(
            &["recommend", "-w", "150", "-t", "vest", "--distance", "5km"],
            &["'--distance' needs"],
        ),
        case(
            &["recommend", "-w", "150", "-t", "vest", "--resting-hr", "5"],
            &["--resting-hr", "'5'"],
        ),
        case(
            &["recommend", "-w", "150", "-t", "vest", "--height", "3m"],
            &["--height", "'3m'", "1 m to 2.5 m"],
        ),
        // A bare 70 is neither metres nor centimetres: asked for its unit.
        case(
            &["recommend", "-w", "150", "-t", "vest", "--height", "70"],
            &[
                "--height",
                "'70'",
                "metres (1.78) or centimetres (178)",
                "70in",
            ],
        ),
        case(
            &["recommend", "-w", "150", "-t", "vest", "--age", "ancient"],
            &["--age", "'ancient'", "years"],
        ),
        case(
            &["recommend", "-w", "150", "-t", "vest", "--vo2max", "120"],
            &["--vo2max", "'120'", "10 to 95"],
        ),
        case(
            &[
                "recommend",
                "-w",
                "150",
                "-t",
                "vest",
                "--json",
                "--format",
                "text",
            ],
            &["--json", "--format"],
        ),
        // A repeated option takes its last value; a bad last value is still bad.
        case(
            &["recommend", "-w", "150", "-w", "lots", "-t", "vest"],
            &["--weight", "'lots'"],
        ),
        case(&["compare", "-w", "150", "--type", "vest"], &["'--type'"]),
        case(
            &["plan", "-w", "150", "-t", "vest", "--pace", "6/km"],
            &["'--pace'"],
        ),
        // Empty, huge and non-ASCII.
        case(&[], &["no command given"]),
        case(&[""], &["''"]),
        case(&["recommend"], &["--type"]),
        case(
            &["recommend", "-t", "vest"],
            &["--weight", "WRUN_WEIGHT", "profile"],
        ),
        case(&["recommend", "-t", "vest", "-w", ""], &["--weight", "''"]),
        case(
            &["recommend", "-t", "vest", "-w", &huge_word],
            &["--weight"],
        ),
        case(
            &["recommend", "-t", "vest", "-w", "１５０"],
            &["--weight", "'１５０'"],
        ),
        case(
            &["recommend", "-t", "vest", "-w", "150 кг"],
            &["--weight", "'кг'"],
        ),
        case(&["recommend", "-t", "🏃", "-w", "150"], &["--type", "'🏃'"]),
        case(
            &["recommend", "-t", "vest", "-w", "150\u{7}"],
            &["--weight"],
        ),
        case(
            &["recommend", "-t", "vest", "-w", "150", "--bogus"],
            &["'--bogus'"],
        ),
        case(
            &["recommend", "-t", "vest", "-w", "150", "extra"],
            &["'extra'"],
        ),
        // Environment variables.
        with_env(
            case(&["recommend", "-t", "vest"], &["'WRUN_WEIGHT'", "'lots'"]),
            "WRUN_WEIGHT",
            "lots",
        ),
        with_env(
            case(
                &["recommend", "-t", "vest"],
                &["'WRUN_WEIGHT'", "must be from"],
            ),
            "WRUN_WEIGHT",
            "9999",
        ),
        // A variable set to nothing is unset: the weight is missing.
        with_env(
            case(
                &["recommend", "-t", "vest"],
                &["missing required flag: --weight"],
            ),
            "WRUN_WEIGHT",
            "",
        ),
        with_env(
            case(&["recommend", "-t", "vest", "-w", "150"], &["'WRUN_UNIT'"]),
            "WRUN_UNIT",
            "furlong",
        ),
        with_env(
            case(&["compare", "-w", "150"], &["'WRUN_LEVEL'"]),
            "WRUN_LEVEL",
            "godlike",
        ),
    ];
    // Non-UTF-8 bytes, as a separate value and glued to the flag.
    for args in [
        vec![
            OsString::from("recommend"),
            "-t".into(),
            "vest".into(),
            "-w".into(),
            OsString::from_vec(vec![0xff, 0xfe]),
        ],
        vec![
            OsString::from("recommend"),
            "-w".into(),
            "150".into(),
            OsString::from_vec(b"--type=\xc3\x28".to_vec()),
        ],
        vec![OsString::from_vec(vec![0x80])],
    ] {
        table.push(Case {
            args,
            env: Vec::new(),
            mentions: vec!["not valid UTF-8".to_owned()],
        });
    }
    table
}

#[test]
fn at_least_fifty_bad_invocations_each_fail_cleanly() {
    let table = cases();
    assert!(table.len() >= 50, "only {} cases", table.len());
    for case in table {
        let mut run = wrun(case.args.clone()).env("RUST_BACKTRACE", "1");
        for (key, value) in &case.env {
            run = run.env(key, value);
        }
        let run = run.run();
        let described = format!("{:?} {:?}", case.args, case.env);
        assert_ne!(run.code, 101, "{described} panicked: {}", run.stderr);
        assert!(
            !run.stderr.contains("backtrace"),
            "{described}: {}",
            run.stderr
        );
        let needles: Vec<&str> = case.mentions.iter().map(String::as_str).collect();
        run.usage_error(&needles);
    }
}

#[test]
fn bad_batch_lines_each_get_their_own_error_line_and_exit_1() {
    let megabyte = format!(
        "{{\"weight\": \"{}\", \"type\": \"vest\"}}",
        "9".repeat(1 << 20)
    );
    let bad_lines = [
        "not json at all".to_owned(),
        "{\"weight\": 150, \"type\": \"vest\"".to_owned(),
        "{\"weight\": [150], \"type\": \"vest\"}".to_owned(),
        "{\"weight\": {\"lb\": 150}, \"type\": \"vest\"}".to_owned(),
        "{\"weight\": true, \"type\": \"vest\"}".to_owned(),
        "{\"weight\": 150, \"type\": 3}".to_owned(),
        "{\"weight\": 1e400, \"type\": \"vest\"}".to_owned(),
        "{\"weight\": 1e300, \"type\": \"vest\"}".to_owned(),
        "{\"weight\": -150, \"type\": \"vest\"}".to_owned(),
        "{\"weight\": 150, \"type\": \"vest\", \"conditions\": 7}".to_owned(),
        "{\"weight\": 150, \"type\": \"vest\", \"grade\": \"4\"}".to_owned(),
        "\"just a string\"".to_owned(),
        "null".to_owned(),
        megabyte,
    ];
    let mut input = String::new();
    for line in &bad_lines {
        input.push_str(line);
        input.push('\n');
    }
    input.push_str("{\"weight\": 150, \"type\": \"vest\"}\n");
    let mut bytes = input.into_bytes();
    bytes.extend_from_slice(b"{\"weight\": \"\xff\", \"type\": \"vest\"}\n");

    let run = wrun(["batch", "--input", "ndjson"]).stdin(bytes).run();
    assert_eq!(run.code, 1);
    let total = bad_lines.len() + 2;
    assert_eq!(
        run.stderr,
        format!("wrun: error: batch: 1 ok, {} failed\n", total - 1)
    );
    let outputs = lines(&run.stdout);
    assert_eq!(
        outputs.len(),
        total,
        "exactly one output line per input line"
    );
    for (index, output) in outputs.iter().enumerate() {
        assert_eq!(output["line"].as_u64(), Some(index as u64 + 1));
        let is_good_line = index == bad_lines.len();
        assert_eq!(output.get("error").is_none(), is_good_line, "{output}");
        if let Some(error) = output["error"].as_str() {
            assert!(!error.is_empty() && !error.contains('\n'));
        }
    }
}

#[test]
fn a_long_command_line_of_one_word_is_refused_in_a_line_of_its_own_length() {
    // Each place of a refused word is tried for a split value or a file
    // name, a few places and words at most: thousands of them are refused
    // at once, and no hint writes the whole command line back.
    let mut route = vec!["route", "a"];
    route.extend(std::iter::repeat_n("kg", 3000));
    wrun(&route)
        .run()
        .usage_error(&["wrun: error: unexpected argument 'kg' found; see --help\n"]);
    let mut left_out = vec!["run.gpx"];
    left_out.extend(std::iter::repeat_n("x", 3000));
    let run = wrun(&left_out).run();
    run.usage_error(&["wrun: error: unrecognized subcommand 'run.gpx'; see --help\n"]);
}
