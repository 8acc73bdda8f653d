//! The sharp edges: closed and unwritable outputs, colour variables, narrow
//! terminals, and characters that would break an error line.

use std::process::{Command, Stdio};

use crate::support::{text_at, wrun};

/// Runs `script` with bash, `wrun` being the binary under test.
fn bash(script: &str) -> (i32, String, String) {
    let output = Command::new("bash")
        .env("XDG_CONFIG_HOME", crate::support::empty_config_home())
        .env_remove("WRUN_CONFIG")
        .args(["-c", script])
        .env("WRUN", env!("CARGO_BIN_EXE_wrun"))
        .env_remove("CLICOLOR_FORCE")
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .output()
        .expect("bash runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn a_read_only_standard_output_fails_with_one_line() {
    let (code, _, stderr) = bash(r#""$WRUN" sources 1</dev/null"#);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.starts_with("wrun: error: writing the output: "),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

#[test]
fn a_discarded_output_is_a_fine_place_to_write_whichever_way_it_was_opened() {
    // `1<>/dev/null` is how Python's subprocess.DEVNULL, Node's
    // `stdio: 'ignore'` and daemons hand over stdout; `>&-` makes Rust's
    // runtime put the same read-write /dev/null in its place.
    for redirect in [">/dev/null", "1<>/dev/null", ">&-"] {
        for command in [
            "recommend -w 70kg -t vest",
            "plan -w 70kg -t vest",
            "--version",
        ] {
            let script = format!(r#""$WRUN" {command} {redirect}"#);
            let (code, stdout, stderr) = bash(&script);
            assert_eq!(
                (code, stdout.as_str(), stderr.as_str()),
                (0, "", ""),
                "{script}"
            );
        }
        let script =
            format!(r#"printf '{{"weight":"70kg","type":"vest"}}\n' | "$WRUN" batch {redirect}"#);
        assert_eq!(bash(&script).0, 0, "{script}");
    }
}

#[test]
fn a_child_process_with_its_output_discarded_read_write_does_the_work() {
    // What Python's subprocess.run(..., stdout=subprocess.DEVNULL) does.
    let devnull = || {
        std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open("/dev/null")
            .expect("/dev/null opens")
    };
    for (args, input) in [
        (&["recommend", "-w", "70kg", "-t", "vest"][..], None),
        (&["plan", "-w", "70kg", "-t", "vest", "--json"][..], None),
        (
            &["batch"][..],
            Some(&b"{\"weight\":\"70kg\",\"type\":\"vest\"}\n"[..]),
        ),
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_wrun"))
            .args(args)
            .env("XDG_CONFIG_HOME", crate::support::empty_config_home())
            .env_remove("WRUN_CONFIG")
            .stdin(if input.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(devnull())
            .stderr(Stdio::piped())
            .spawn()
            .expect("wrun starts");
        if let (Some(input), Some(mut stdin)) = (input, child.stdin.take()) {
            std::io::Write::write_all(&mut stdin, input).expect("the record is written");
        }
        let output = child.wait_with_output().expect("wrun runs");
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(output.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn clicolor_force_0_forces_no_colour_and_1_does() {
    let plain = wrun(["recommend", "-w", "150", "-t", "vest"])
        .env("CLICOLOR_FORCE", "0")
        .run();
    assert!(!plain.ok().contains('\u{1b}'));
    let forced = wrun(["recommend", "-w", "150", "-t", "vest"])
        .env("CLICOLOR_FORCE", "1")
        .run();
    assert!(forced.ok().contains('\u{1b}'));
}

#[test]
fn help_never_exceeds_the_width_nor_80_columns() {
    for (columns, widest) in [("0", 80), ("abc", 80), ("200", 80), ("50", 50), ("20", 40)] {
        for command in [
            &["--help"][..],
            &["recommend", "--help"],
            &["batch", "--help"],
        ] {
            let run = wrun(command.iter().copied()).env("COLUMNS", columns).run();
            let longest = run
                .ok()
                .lines()
                .map(|line| line.chars().count())
                .max()
                .unwrap();
            assert!(
                longest <= widest,
                "COLUMNS={columns} {command:?}: {longest}"
            );
        }
    }
}

#[test]
fn text_takes_columns_of_zero_or_of_words_as_no_width_given() {
    // Into a pipe, with no width given, text is 80 columns wide.
    let text = |columns| text_at(&["recommend", "-w", "150", "-t", "vest"], columns);
    let widest = text("80");
    assert_eq!(text("0"), widest);
    assert_eq!(text("wide"), widest);
    assert_ne!(text("40"), widest, "a width given is kept");
}

#[test]
fn on_a_narrow_line_every_example_still_reads_as_the_same_command() {
    let examples = |help: &str| -> Vec<String> {
        let section = help.split("Examples:\n").nth(1).unwrap();
        let section = section.split("\n\nExit codes:").next().unwrap();
        section
            .replace(" \\\n", " ")
            .lines()
            .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect()
    };
    for command in ["recommend", "route", "batch"] {
        let wide = wrun([command, "--help"]).env("COLUMNS", "80").run();
        let narrow = wrun([command, "--help"]).env("COLUMNS", "50").run();
        let lines = narrow.ok().lines();
        assert!(lines.clone().any(|line| line.ends_with(" \\")), "{command}");
        assert_eq!(examples(narrow.ok()), examples(wide.ok()), "{command}");
    }
}

#[test]
fn help_takes_no_colour_with_color_never() {
    let run = wrun(["recommend", "--color", "never", "--help"])
        .env("CLICOLOR_FORCE", "1")
        .run();
    assert!(!run.ok().contains('\u{1b}'));
}

#[test]
fn help_takes_colour_with_color_always_in_either_spelling() {
    // Help is shown before clap has read the flags: wrun finds `--color`
    // itself, as `--color always` or `--color=always`, on a pipe.
    for args in [
        ["recommend", "--help", "--color", "always"].as_slice(),
        &["recommend", "--help", "--color=always"],
        &["--color=always", "--help"],
    ] {
        let run = wrun(args.iter().copied()).run();
        assert!(run.ok().contains('\u{1b}'), "{args:?}");
    }
    assert!(!wrun(["recommend", "--help"]).run().ok().contains('\u{1b}'));
}

#[test]
fn control_and_invisible_characters_never_break_an_error_line() {
    use std::os::unix::ffi::OsStringExt;
    for args in [
        vec![std::ffi::OsString::from_vec(b"\xff\nX".to_vec())],
        vec!["batch".into(), "no\nsuch".into()],
        vec!["recom\nmend".into()],
        vec!["recommend".into(), "--wei\u{200b}ght".into(), "150".into()],
    ] {
        let run = wrun(args.clone()).run();
        assert_ne!(run.code, 0, "{args:?}");
        assert_eq!(run.stderr.lines().count(), 1, "{args:?}: {:?}", run.stderr);
        assert!(!run.stderr.contains('\u{200b}'), "{:?}", run.stderr);
        assert!(run.stdout.is_empty());
    }
}

#[test]
fn a_variable_that_is_not_utf8_is_named() {
    use std::os::unix::ffi::OsStrExt;
    let output = Command::new(env!("CARGO_BIN_EXE_wrun"))
        .env("XDG_CONFIG_HOME", crate::support::empty_config_home())
        .env_remove("WRUN_CONFIG")
        .args(["recommend", "-t", "vest"])
        .env("WRUN_WEIGHT", std::ffi::OsStr::from_bytes(b"\xff"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("for 'WRUN_WEIGHT': not valid UTF-8"),
        "{stderr}"
    );
}

#[test]
fn an_unreadable_input_is_bad_input_naming_the_file_and_the_cause() {
    let line = wrun(["batch", "/no/such/roster.csv"])
        .run()
        .usage_error(&[])
        .to_owned();
    assert!(
        line.starts_with("wrun: error: reading '/no/such/roster.csv': No such file or directory"),
        "{line}"
    );
    let folder = std::env::temp_dir();
    let folder = folder.to_str().unwrap();
    wrun(["batch", folder])
        .run()
        .usage_error(&[&format!("reading '{folder}'"), "Is a directory"]);
}

#[test]
fn names_are_read_in_any_case_on_the_command_line_as_in_batch() {
    let answer = wrun([
        "recommend",
        "-w",
        "68",
        "-t",
        "VEST",
        "--unit",
        "KG",
        "--level",
        "Beginner",
        "--json",
    ])
    .run()
    .json();
    assert_eq!(answer["input"]["weight_type"], "vest");
    assert_eq!(answer["input"]["unit"], "kg");
    assert_eq!(answer["input"]["level"], "beginner");
}

#[test]
fn a_missing_type_points_to_compare() {
    wrun(["recommend", "-w", "72kg"])
        .run()
        .usage_error(&["--type", "wrun compare"]);
}

#[test]
fn output_flags_have_their_own_heading_and_colour_is_only_where_text_is() {
    let help = wrun(["recommend", "--help"]).run();
    let text = help.ok();
    // Each heading's section: from its line to the next unindented line.
    let section = |heading: &str| -> String {
        text.lines()
            .skip_while(|line| *line != heading)
            .skip(1)
            .take_while(|line| line.is_empty() || line.starts_with(' '))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let output = section("Output:");
    assert!(output.contains("--format <FORMAT>") && output.contains("--color <WHEN>"));
    assert!(!section("Run options:").contains("--format"));
    let first = text.find("\n  -").unwrap();
    assert!(
        text[first..].trim_start().starts_with("-t, --type")
            || text[first..].trim_start().starts_with("-w, --weight")
    );
    // --color is global: before or after the command, as README says.
    let before = wrun([
        "--color",
        "always",
        "recommend",
        "-w",
        "150",
        "-t",
        "vest",
        "--brief",
    ])
    .run();
    assert!(before.ok().contains('\u{1b}'));
    let after = wrun([
        "recommend",
        "-w",
        "150",
        "-t",
        "vest",
        "--brief",
        "--color",
        "always",
    ])
    .run();
    assert_eq!(before.stdout, after.stdout);
}

#[test]
fn brief_answers_keep_three_lines_and_add_only_what_set_the_verdict() {
    for (args, lines) in [
        (&["recommend", "-w", "150", "-t", "vest", "--brief"][..], 3),
        // The ankle's danger, as two lines: its label and its message.
        (&["recommend", "-w", "150", "-t", "ankle", "--brief"], 3 + 4),
        // What set the hand's caution and the ankle's verdict, a line each.
        (
            &[
                "compare", "-w", "68kg", "--unit", "kg", "--pace", "5:00/km", "--hr", "160",
                "--brief",
            ],
            3 + 2,
        ),
    ] {
        let run = wrun(args.iter().copied()).run();
        let text = run.ok();
        assert_eq!(text.lines().count(), lines, "{args:?}: {text}");
        assert!(
            text.lines().all(|line| line.chars().count() <= 80),
            "{text}"
        );
    }
    let dangerous = wrun([
        "recommend",
        "-w",
        "70kg",
        "-t",
        "vest",
        "--load",
        "28kg",
        "--brief",
    ])
    .run();
    assert!(
        dangerous.ok().starts_with(
            "Weighted vest: NOT-RECOMMENDED
"
        ),
        "{}",
        dangerous.stdout
    );
    assert!(
        dangerous
            .stdout
            .contains("\nDANGER [load-above-range]\n  Your 28 kg (40 % of your body weight)")
    );
    let bare = wrun(["recommend", "-w", "70", "-t", "vest", "--brief"]).run();
    assert!(
        bare.ok()
            .contains("\nINFO [unit-assumed]\n  70 read as 70 lb"),
        "{}",
        bare.stdout
    );
    let vest = wrun(["recommend", "-w", "150", "-t", "vest", "--brief"]).run();
    assert_eq!(
        vest.stdout,
        "Weighted vest: RECOMMENDED\nStart at 7.5 lb (3.4 kg), 5 % of body weight\nRange 7.5–15 lb (3.4–6.8 kg), 5–10 % of body weight\n"
    );
    // A beginner's start, rounded down past the range's foot, says so.
    let beginner = wrun([
        "recommend",
        "-w",
        "68kg",
        "-t",
        "vest",
        "-l",
        "beginner",
        "--brief",
    ])
    .run();
    assert!(
        beginner.ok().starts_with(
            "Weighted vest: CAUTION\nStart at 3 kg (6.61 lb), 4.4 % of body weight, rounded down below the range\nRange 3.4–6.8 kg"
        ),
        "{}",
        beginner.stdout
    );
    let heavy = wrun(["compare", "-w", "300", "--brief"]).run();
    assert_eq!(
        heavy.ok(),
        "vest        caution          start 15 lb, 15–30 lb
            set by vest-risks, vest-joint-stress, professional-go-ahead
hand-wrist  caution          start 1 lb, 1–3 lb each  (best fit)
            set by hand-risks, hand-posture, hand-stride, professional-go-ahead
ankle       not-recommended  —
            set by ankle-risks, ankle-injury-risk
INFO [overweight-implied]
  Counted as overweight: at 300 lb, the body-mass index is 30 or more for anyone
  up to 2.1 m tall, where the article's warning about vests for people already
  overweight applies. Giving your height can say otherwise.
"
    );
    wrun(["recommend", "-w", "150", "-t", "vest", "--brief", "--json"])
        .run()
        .usage_error(&["--brief", "--json"]);
}

#[test]
fn sources_shows_just_the_rules_asked_for() {
    let run = wrun(["sources", "vest-load", "ACSM-running"]).run();
    let text = run.ok();
    assert!(text.starts_with("vest-load (article)\n"));
    assert!(text.contains("\nacsm-running (study)\n"));
    let headers = text
        .lines()
        .filter(|line| !line.is_empty() && !line.starts_with(' '))
        .count();
    assert_eq!(headers, 2, "{text}");
    let json = wrun(["sources", "vest-load", "--json"]).run().json();
    assert_eq!(json["sources"].as_array().unwrap().len(), 1);
    wrun(["sources", "vest-lode"])
        .run()
        .usage_error(&["'vest-lode'", "vest-load, vest-start"]);
}

#[test]
fn text_fits_a_narrow_terminal_and_never_passes_80_columns() {
    let commands: &[&[&str]] = &[
        &[
            "compare",
            "-w",
            "68kg",
            "--unit",
            "kg",
            "--pace",
            "5:00/km",
            "--hr",
            "160",
            "--duration",
            "30m",
            "--grade",
            "5",
        ],
        &[
            "compare",
            "-w",
            "150",
            "--speed",
            "6.5mph",
            "--distance",
            "3.1mi",
            "--hr",
            "150",
            "--load",
            "20lb",
        ],
        &[
            "recommend",
            "-w",
            "68kg",
            "-t",
            "vest",
            "--pace",
            "5:00/km",
            "--duration",
            "30m",
            "--hr",
            "160",
            "--load",
            "5kg",
        ],
        &["plan", "-w", "68kg", "-t", "hand", "--start", "2026-12-07"],
        &["plan", "-w", "150", "-t", "vest", "--increment", "5"],
        &[
            "plan",
            "-w",
            "150",
            "-t",
            "vest",
            "-l",
            "experienced",
            "--days",
            "mon,tue,thu",
        ],
        &["recommend", "-w", "140kg", "-t", "vest", "--brief"],
        &[
            "compare",
            "-w",
            "150",
            "-l",
            "beginner",
            "--condition",
            "knee-pain",
            "--brief",
        ],
        &[
            "recommend",
            "-w",
            "70kg",
            "-t",
            "vest",
            "--load",
            "28kg",
            "--brief",
        ],
        &[
            "recommend",
            "-w",
            "70kg",
            "-t",
            "hand",
            "--speed",
            "6km/h",
            "--duration",
            "1h",
            "--load",
            "2kg",
            "--age",
            "40",
            "--resting-hr",
            "58",
        ],
        &["sources"],
    ];
    for args in commands {
        crate::support::assert_fits(args, &["40", "47", "60", "80", "200"]);
    }
}

#[test]
fn a_plan_on_a_narrow_terminal_keeps_the_weekdays_its_runs_fall_on() {
    for brief in [false, true] {
        let mut args = vec![
            "plan",
            "-w",
            "150",
            "-t",
            "vest",
            "--start",
            "2026-12-07",
            "--days",
            "tue,sat",
        ];
        if brief {
            args.push("--brief");
        }
        let run = wrun(&args).env("COLUMNS", "40").run();
        let text = run.ok();
        // A line a week, in place of the table, and the weekdays after it.
        assert!(
            text.contains("\n1 Mon 7 Dec: 7.5 lb, start, 1 run,"),
            "{text}"
        );
        assert!(
            text.replace('\n', " ")
                .contains("runs fall on Tue, Sat (a week of 1 run: Tue);"),
            "{text}"
        );
    }
}

#[test]
fn a_repeated_option_takes_its_last_value_and_an_empty_variable_is_unset() {
    let last = wrun([
        "recommend",
        "-w",
        "70kg",
        "-w",
        "72kg",
        "-t",
        "vest",
        "-t",
        "hand",
        "--json",
    ])
    .run()
    .json();
    assert_eq!(last["input"]["body_weight_kg"], 72.0);
    assert_eq!(last["input"]["weight_type"], "hand-wrist");
    // A list flag still gathers every value.
    let both = wrun([
        "recommend",
        "-w",
        "70kg",
        "-t",
        "vest",
        "--condition",
        "knee-pain",
        "--condition",
        "back-pain",
        "--json",
    ])
    .run()
    .json();
    assert_eq!(
        both["input"]["conditions"],
        serde_json::json!(["knee-pain", "back-pain"])
    );
    let unset = wrun(["recommend", "-w", "70kg", "-t", "vest", "--json"])
        .env("WRUN_UNIT", "")
        .env("WRUN_LEVEL", " ")
        .run()
        .json();
    assert_eq!(unset["input"]["unit_source"], "weight");
    assert_eq!(unset["input"]["level"], "intermediate");
}

#[test]
fn a_bad_variable_is_not_read_where_its_flag_is_given() {
    use std::os::unix::ffi::OsStrExt;
    let output = Command::new(env!("CARGO_BIN_EXE_wrun"))
        .env("XDG_CONFIG_HOME", crate::support::empty_config_home())
        .env_remove("WRUN_CONFIG")
        .args([
            "recommend",
            "-t",
            "vest",
            "-w",
            "150",
            "-l",
            "beginner",
            "--unit",
            "kg",
        ])
        .env("WRUN_WEIGHT", std::ffi::OsStr::from_bytes(b"\xff"))
        .env("WRUN_LEVEL", "godlike")
        .env("WRUN_UNIT", "furlong")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert!(output.stderr.is_empty());
}
