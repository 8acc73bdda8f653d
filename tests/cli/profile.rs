//! Units that follow the runner, and the profile: where each value comes
//! from, first found (flag, variable, profile, the unit on the weight, the
//! default). Every test writes its profile into a folder of its own.

use std::path::PathBuf;

use crate::support::{Run, Wrun, by_id, close, f, lines, utf16, wrun};

/// A fresh folder for one test's profile.
fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wrun-profile-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A profile, `config.toml` in a fresh folder that goes when the test ends,
/// whether it passes or fails.
struct Profile {
    dir: PathBuf,
    path: PathBuf,
}

impl Profile {
    fn new(name: &str, text: impl AsRef<[u8]>) -> Self {
        let dir = folder(name);
        let profile = Profile {
            path: dir.join("config.toml"),
            dir,
        };
        profile.write(text);
        profile
    }

    /// Writes `text` over the profile.
    fn write(&self, text: impl AsRef<[u8]>) {
        std::fs::write(&self.path, text).unwrap();
    }

    /// `wrun` with `args`, reading this profile (`WRUN_CONFIG`).
    fn wrun<'a>(&self, args: impl IntoIterator<Item = &'a str>) -> Wrun {
        wrun(args).env("WRUN_CONFIG", self.path.to_str().unwrap())
    }

    /// Runs `wrun` with `args`, reading this profile.
    fn run(&self, args: &[&str]) -> Run {
        self.wrun(args.iter().copied()).run()
    }
}

impl Drop for Profile {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[test]
fn the_unit_written_on_the_weight_leads_and_reads_plain_steps() {
    let answer = wrun([
        "recommend",
        "-w",
        "72kg",
        "-t",
        "vest",
        "--increment",
        "1",
        "--json",
    ])
    .run()
    .json();
    assert_eq!(answer["input"]["unit"], "kg");
    assert_eq!(answer["input"]["unit_source"], "weight");
    assert!(
        close(f(&answer, "/input/increment_kg"), 1.0),
        "1 is a kilogram plate"
    );
    assert!(close(f(&answer, "/load/start_kg"), 4.0));
    let text = wrun(["recommend", "-w", "72kg", "-t", "vest", "--brief"]).run();
    assert!(
        text.ok().starts_with(
            "Weighted vest: RECOMMENDED\nStart at 4 kg (8.82 lb), 5.6 % of body weight\n"
        ),
        "{}",
        text.stdout
    );
}

#[test]
fn each_unit_source_is_named() {
    let source = |args: &[&str], env: Option<(&str, &str)>| {
        let mut all = vec!["recommend", "-t", "vest", "--json"];
        all.extend_from_slice(args);
        let mut run = wrun(all);
        if let Some((key, value)) = env {
            run = run.env(key, value);
        }
        run.run().json()["input"]["unit_source"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    assert_eq!(source(&["-w", "150", "--unit", "kg"], None), "flag");
    assert_eq!(source(&["-w", "150"], Some(("WRUN_UNIT", "kg"))), "env");
    assert_eq!(source(&["-w", "150kg"], None), "weight");
    assert_eq!(source(&["-w", "150"], None), "default");
}

#[test]
fn each_batch_record_names_where_its_unit_came_from() {
    let input = "{\"weight\": 150, \"type\": \"vest\"}\n\
                 {\"weight\": \"68kg\", \"type\": \"vest\"}\n\
                 {\"weight\": 68, \"unit\": \"kg\", \"type\": \"vest\"}\n";
    let sources = |args: &[&str], env: Option<(&str, &str)>| {
        let mut all = vec!["batch", "--command"];
        all.extend_from_slice(args);
        let mut run = wrun(all).stdin(input);
        if let Some((key, value)) = env {
            run = run.env(key, value);
        }
        lines(run.run().ok())
            .iter()
            .map(|line| line["input"]["unit_source"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    // A record's own unit wins, whatever the batch's; a unit written on its
    // weight comes next.
    assert_eq!(
        sources(&["recommend"], None),
        ["default", "weight", "record"]
    );
    assert_eq!(
        sources(&["recommend", "--unit", "lb"], None),
        ["flag", "flag", "record"]
    );
    assert_eq!(
        sources(&["recommend"], Some(("WRUN_UNIT", "kg"))),
        ["env", "env", "record"]
    );
    // compare and plan echo it as recommend does.
    assert_eq!(sources(&["compare"], None), ["default", "weight", "record"]);
    assert_eq!(sources(&["plan"], None), ["default", "weight", "record"]);
}

#[test]
fn a_bare_light_weight_read_as_pounds_says_so() {
    let answer = wrun(["recommend", "-w", "72", "-t", "vest", "--json"])
        .run()
        .json();
    let warning = by_id(&answer["warnings"], "unit-assumed").expect("a unit-assumed warning");
    assert_eq!(
        warning["message"],
        "72 read as 72 lb = 32.66 kg; write 72kg for kilograms."
    );
    assert_eq!(warning["severity"], "info");
    for args in [
        &["-w", "150"][..],
        &["-w", "72", "--unit", "lb"],
        &["-w", "72kg"],
    ] {
        let mut all = vec!["recommend", "-t", "vest", "--json"];
        all.extend_from_slice(args);
        let answer = wrun(all).run().json();
        assert!(
            !answer["warnings"].to_string().contains("unit-assumed"),
            "{args:?}"
        );
    }
    let batch = wrun(["batch"])
        .stdin("{\"weight\": 72, \"type\": \"vest\"}\n")
        .run();
    assert!(batch.ok().contains("\"unit-assumed\""));
}

#[test]
fn stones_are_a_body_weight() {
    let answer = wrun(["recommend", "-w", "11st 4lb", "-t", "vest", "--json"])
        .run()
        .json();
    assert!(close(f(&answer, "/input/body_weight_lb"), 158.0));
    let answer = wrun(["recommend", "-w", "11st4", "-t", "vest", "--json"])
        .run()
        .json();
    assert!(close(f(&answer, "/input/body_weight_lb"), 158.0));
    // Pounds that make a stone are refused, as a height's 5ft12 is.
    let past = wrun(["recommend", "-w", "11st 14lb", "-t", "vest"]).run();
    assert_eq!(
        past.usage_error(&[]),
        "wrun: error: invalid value '11st 14lb' for '--weight': the pounds after the stones \
         must be fewer than 14, like 11st 4lb"
    );
}

#[test]
fn starts_round_to_half_units_inside_the_range() {
    let start = |args: &[&str], pointer: &str| {
        let mut all = vec!["recommend", "-t", "vest", "--json"];
        all.extend_from_slice(args);
        f(&wrun(all).run().json(), pointer)
    };
    assert!(close(start(&["-w", "150"], "/load/start_lb"), 7.5));
    // 5 % of 72 kg is 3.6 kg; 3.5 kg is below the range, so 4 kg.
    assert!(close(start(&["-w", "72kg"], "/load/start_kg"), 4.0));
    // The range's ends stay exact.
    assert!(close(start(&["-w", "72kg"], "/load/min_kg"), 3.6));
    let plan = wrun(["plan", "-w", "72kg", "-t", "vest", "--weeks", "8", "--json"])
        .run()
        .json();
    for week in plan["weeks"].as_array().unwrap() {
        let kg = f(week, "/load_kg");
        assert!(
            close((kg * 2.0).round(), kg * 2.0),
            "{kg} kg is no half kilogram"
        );
    }
}

#[test]
fn a_profile_fills_in_what_the_flags_leave_out_and_flags_win() {
    let profile = Profile::new(
        "fills",
        "weight = \"72kg\"\nlevel = \"experienced\"\nconditions = [\"back-pain\"]\nresting_hr = 50\n",
    );
    let with = |args: &[&str]| {
        let mut all = vec!["recommend", "-t", "vest", "--json"];
        all.extend_from_slice(args);
        profile.wrun(all).run().json()
    };
    let answer = with(&["--hr", "150", "--speed", "10kph"]);
    assert!(close(f(&answer, "/input/body_weight_kg"), 72.0));
    assert_eq!(answer["input"]["level"], "experienced");
    assert_eq!(
        answer["input"]["conditions"],
        serde_json::json!(["back-pain"])
    );
    assert!(close(f(&answer, "/heart_rate/resting_bpm"), 50.0));
    assert_eq!(answer["input"]["unit_source"], "weight");
    let flags = with(&["-w", "150", "-l", "beginner", "--unit", "lb"]);
    assert!(close(f(&flags, "/input/body_weight_lb"), 150.0));
    assert_eq!(flags["input"]["level"], "beginner");
    let env = profile
        .wrun(["recommend", "-t", "vest", "--json"])
        .env("WRUN_WEIGHT", "80kg")
        .run()
        .json();
    assert!(
        close(f(&env, "/input/body_weight_kg"), 80.0),
        "the variable beats the profile"
    );
    let ignored = profile
        .wrun(["recommend", "-t", "vest", "--no-config"])
        .run();
    ignored.usage_error(&["--weight"]);
    // `config show` says so and shows none of its values.
    let show = profile
        .run(&["--no-config", "config", "show", "--json"])
        .json();
    assert_eq!(show["found"], true);
    assert_eq!(show["ignored"], true);
    assert_eq!(show["values"][0]["key"], "weight");
    assert_eq!(show["values"][0]["value"], serde_json::Value::Null);
}

#[test]
fn condition_none_sets_the_profiles_conditions_aside() {
    let profile = Profile::new(
        "condition-none",
        "weight = \"72kg\"\nconditions = [\"knee-pain\"]\n",
    );
    let conditions = |args: &[&str]| {
        let mut all = vec!["recommend", "-t", "vest", "--json"];
        all.extend_from_slice(args);
        profile.wrun(all).run().json()["input"]["conditions"].clone()
    };
    assert_eq!(conditions(&[]), serde_json::json!(["knee-pain"]));
    for none in ["none", "N/A", "-"] {
        assert_eq!(
            conditions(&["--condition", none]),
            serde_json::json!([]),
            "{none}"
        );
    }
    assert_eq!(
        conditions(&["--condition", "back"]),
        serde_json::json!(["back-pain"])
    );
    // As a roster's cell and the profile: none goes alone.
    profile
        .wrun(["recommend", "-t", "vest", "--condition", "none,knee"])
        .run()
        .usage_error(&[
            "invalid value 'none,knee-pain' for '--condition': none goes alone, not with a \
             condition",
        ]);
    profile
        .wrun(["recommend", "-t", "vest", "--condition", "sore"])
        .run()
        .usage_error(&[
            "invalid value 'sore' for '--condition': expected one of: overweight, knee-pain, \
             back-pain, none",
        ]);
}

#[test]
fn a_batch_takes_only_its_unit_from_the_profile() {
    let profile = Profile::new(
        "batch",
        "weight = \"80kg\"\nunit = \"kg\"\nlevel = \"beginner\"\nconditions = [\"knee-pain\"]\n\
         resting_hr = 45\n",
    );
    let run = profile
        .wrun(["batch"])
        .stdin("{\"weight\": 70, \"type\": \"vest\", \"hr\": 140}\n{\"type\": \"vest\"}\n")
        .run();
    let lines = lines(&run.stdout);
    // The bare 70 is read in the profile's unit; the runner is the record's.
    let answer = &lines[0];
    assert!(close(f(answer, "/input/body_weight_kg"), 70.0));
    assert_eq!(answer["input"]["unit_source"], "profile");
    assert_eq!(answer["input"]["level"], "intermediate");
    assert_eq!(answer["input"]["conditions"], serde_json::json!([]));
    assert!(close(f(answer, "/heart_rate/resting_bpm"), 60.0));
    // A record without a weight does not borrow the profile's.
    assert_eq!(
        lines[1]["error"],
        "missing field 'weight': expected a number with an optional unit, like 150, 150lb or 68.5kg"
    );
}

#[test]
fn a_profile_saved_as_utf16_is_read_and_one_not_text_is_named() {
    // As an older Notepad saves "Unicode": UTF-16LE with its byte order mark.
    let text = "weight = \"72kg\"\r\nlevel = \"experienced\"\r\n";
    let profile = Profile::new("utf16", utf16(text, true));
    let answer = profile
        .wrun(["recommend", "-t", "vest", "--json"])
        .run()
        .json();
    assert!(close(f(&answer, "/input/body_weight_kg"), 72.0));
    assert_eq!(answer["input"]["level"], "experienced");
    profile.write(b"weight = \"\xff\"\n");
    let run = profile.wrun(["recommend", "-t", "vest", "-w", "150"]).run();
    assert_eq!(
        run.code, 2,
        "a profile that is not text is bad input: {}",
        run.stderr
    );
    assert!(
        run.stderr.contains("config.toml")
            && run
                .stderr
                .contains("not UTF-8 text (nor UTF-16 with its byte order mark)"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_profile_endless_or_too_large_is_refused_not_read_on() {
    // A mebibyte of comments and a byte more: a profile TOML would read,
    // refused by its size (checked first, so that a lost cap fails here
    // rather than hangs on /dev/zero below).
    let large = Profile::new("large", "#".repeat(1 << 20) + "\n");
    large
        .run(&["recommend", "-t", "vest", "-w", "150"])
        .usage_error(&[&format!(
            "reading the profile '{}' that WRUN_CONFIG names: more than 1 MiB, more than any \
         profile",
            large.path.display()
        )]);
    // /dev/zero never ends; a profile of more than a mebibyte is none.
    wrun([
        "--config",
        "/dev/zero",
        "recommend",
        "-t",
        "vest",
        "-w",
        "150",
    ])
    .run()
    .usage_error(&[
        "reading the profile '/dev/zero' that --config names: more than 1 MiB, more than \
             any profile",
    ]);
}

#[test]
fn the_profile_lives_in_the_config_directory_by_default() {
    let dir = folder("xdg");
    std::fs::create_dir_all(dir.join("wrun")).unwrap();
    std::fs::write(dir.join("wrun/config.toml"), "weight = 150\n").unwrap();
    let run = wrun(["config", "path"])
        .env("XDG_CONFIG_HOME", dir.to_str().unwrap())
        .run();
    assert_eq!(
        run.ok().trim(),
        dir.join("wrun/config.toml").to_str().unwrap()
    );
    let answer = wrun(["recommend", "-t", "vest", "--json"])
        .env("XDG_CONFIG_HOME", dir.to_str().unwrap())
        .run()
        .json();
    assert!(close(f(&answer, "/input/body_weight_lb"), 150.0));
    // One there that cannot be read is an error, not a profile left out...
    let path = dir.join("wrun/config.toml");
    std::fs::write(&path, b"weight = \"\xff\"\n").unwrap();
    let run = wrun(["recommend", "-t", "vest", "-w", "150"])
        .env("XDG_CONFIG_HOME", dir.to_str().unwrap())
        .run();
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains(path.to_str().unwrap()) && run.stderr.contains("not UTF-8 text"),
        "{}",
        run.stderr
    );
    // ...while none there is wrun's defaults, and `config show` says how
    // to start one.
    std::fs::remove_file(&path).unwrap();
    wrun(["recommend", "-t", "vest", "-w", "150"])
        .env("XDG_CONFIG_HOME", dir.to_str().unwrap())
        .run()
        .ok();
    let show = wrun(["config", "show"])
        .env("XDG_CONFIG_HOME", dir.to_str().unwrap())
        .run();
    assert!(
        show.ok().starts_with(&format!(
            "Profile     {}\n            not found: wrun config init writes one\n",
            path.display()
        )),
        "{}",
        show.ok()
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_bad_profile_names_the_file_the_line_the_key_and_what_is_accepted() {
    let profile = Profile::new("bad", "# mine\nunit = \"stone\"\n");
    profile
        .wrun(["recommend", "-t", "vest", "-w", "150"])
        .run()
        .usage_error(&[
            profile.path.to_str().unwrap(),
            "line 2",
            "'unit'",
            "expected lb or kg",
        ]);
    profile.write("wieght = 150\n");
    profile
        .wrun(["recommend", "-t", "vest", "-w", "150"])
        .run()
        .usage_error(&[
            "line 1",
            "unknown key 'wieght', which looks like 'weight'",
            "the keys are: weight",
        ]);
    profile.write("weight = 700\n");
    profile
        .wrun(["recommend", "-t", "vest"])
        .run()
        .usage_error(&["weight in", "line 1", "'700'", "body weight must be from"]);
    // A mistyped name is met as on the command line: the nearest, then all.
    profile.write("weight = 150\nlevel = \"begginer\"\n");
    profile
        .wrun(["recommend", "-t", "vest"])
        .run()
        .usage_error(&[&format!(
            "{}, line 2: invalid value 'begginer' for 'level': did you mean 'beginner'? \
             expected one of: beginner, intermediate, experienced",
            profile.path.display()
        )]);
    profile.write("weight = 150\nconditions = [\"nee-pain\"]\n");
    profile
        .wrun(["recommend", "-t", "vest"])
        .run()
        .usage_error(&[
            "line 2: invalid value '[\"nee-pain\"]' for 'conditions': did you mean 'knee-pain'? \
             expected one of: overweight, knee-pain, back-pain",
        ]);
    let missing = profile.dir.join("none.toml");
    let run = wrun(["recommend", "-t", "vest", "-w", "150"])
        .env("WRUN_CONFIG", missing.to_str().unwrap())
        .run();
    assert_eq!(run.code, 2, "a profile named but missing is bad input");
    assert_eq!(
        run.stderr,
        format!(
            "wrun: error: reading the profile '{}' that WRUN_CONFIG names: No such file or \
             directory (os error 2)\n",
            missing.display()
        )
    );
    assert!(run.stdout.is_empty());
    let run = wrun([
        "--config",
        missing.to_str().unwrap(),
        "recommend",
        "-t",
        "vest",
    ])
    .run();
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("that --config names"), "{}", run.stderr);
    // A file where the folder should be: `config init` cannot write, and says so.
    let blocked = profile.path.join("config.toml");
    let run = wrun(["config", "init"])
        .env("WRUN_CONFIG", blocked.to_str().unwrap())
        .run();
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .starts_with(&format!("wrun: error: writing '{}'", blocked.display())),
        "{}",
        run.stderr
    );
}

#[test]
fn config_init_writes_a_template_once_and_show_tells_where_each_value_comes_from() {
    let dir = folder("init");
    let path = dir.join("sub/config.toml");
    let env = path.to_str().unwrap();
    let run = wrun(["config", "init"]).env("WRUN_CONFIG", env).run();
    assert!(run.ok().contains("wrote"));
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("# weight = \"72kg\"")
    );
    wrun(["config", "init"])
        .env("WRUN_CONFIG", env)
        .run()
        .usage_error(&["already exists", "never overwrites"]);
    std::fs::write(&path, "weight = \"60kg\"\n").unwrap();
    let show = wrun(["config", "show"])
        .env("WRUN_CONFIG", env)
        .env("WRUN_LEVEL", "beginner")
        .run();
    let text = show.ok();
    assert!(
        text.contains("weight      60kg            profile, line 1"),
        "{text}"
    );
    assert!(
        text.contains("unit        kg              weight"),
        "{text}"
    );
    assert!(text.contains("level       beginner        env"), "{text}");
    assert!(
        text.contains("resting_hr  60              default"),
        "{text}"
    );
    let json = wrun(["config", "show", "--json"])
        .env("WRUN_CONFIG", env)
        .run()
        .json();
    assert_eq!(json["found"], true);
    assert_eq!(json["values"][0]["key"], "weight");
    assert_eq!(json["values"][0]["line"], 1);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn height_age_and_vo2max_come_from_the_profile_and_flags_win() {
    let profile = Profile::new(
        "body",
        "weight = \"140kg\"\nheight = \"2.2m\"\nage = 35\nvo2max = 50\nresting_hr = 55\n",
    );
    let run = |extra: &[&str]| {
        let mut args = vec![
            "recommend",
            "-t",
            "vest",
            "--speed",
            "10kph",
            "--duration",
            "30m",
            "--json",
        ];
        args.extend_from_slice(extra);
        profile.wrun(args).run().json()
    };
    let answer = run(&[]);
    // 140 / 2.2² = 28.93: below 30, so no overweight.
    assert_eq!(answer["input"]["conditions"], serde_json::json!([]));
    assert!(close(f(&answer, "/input/age_years"), 35.0));
    assert_eq!(answer["capacity"]["vo2max_basis"], "given");
    assert!(close(f(&answer, "/capacity/vo2max_ml_per_kg_min"), 50.0));
    let flagged = run(&["--height", "1.9m", "--vo2max", "40"]);
    assert_eq!(
        flagged["input"]["conditions"],
        serde_json::json!(["overweight"])
    );
    assert!(close(f(&flagged, "/capacity/vo2max_ml_per_kg_min"), 40.0));
    profile.write("weight = \"70kg\"\nheight = \"tall\"\n");
    let bad = profile.wrun(["recommend", "-t", "vest"]).run();
    bad.usage_error(&["height", "line 2", "'tall'", "5ft10"]);
}

#[test]
fn config_show_takes_format_json_like_every_other_command() {
    let long = wrun(["config", "show", "--format", "json"]).run().json();
    let short = wrun(["config", "show", "--json"]).run().json();
    assert_eq!(long, short);
    assert_eq!(long["schema_version"], 1);
}

#[test]
fn a_bad_profile_value_never_locks_out_what_does_not_need_it() {
    let profile = Profile::new(
        "lockout",
        "weight = \"heavy\"\nresting_hr = \"calm\"\nunit = \"kg\"\n",
    );
    // Commands that do not answer for a runner never read it.
    for args in [
        &["completions", "bash"][..],
        &["sources", "vest-load"],
        &["schema", "recommend"],
        &["man", "recommend"],
        &["config", "path"],
    ] {
        profile.run(args).ok();
    }
    // A flag that gives the value wins over the bad one.
    profile.run(&["recommend", "-w", "70kg", "-t", "vest"]).ok();
    profile.run(&["plan", "-w", "70kg", "-t", "vest"]).ok();
    // The resting heart rate is needed only for a run with --hr and no --resting-hr.
    let run = [
        "recommend",
        "-w",
        "70kg",
        "-t",
        "vest",
        "--speed",
        "10kph",
        "--hr",
        "150",
    ];
    profile
        .run(&[&run[..], &["--resting-hr", "55"]].concat())
        .ok();
    profile
        .run(&run)
        .usage_error(&["line 2", "'calm'", "resting_hr"]);
    // Where it is needed and nothing else gives it, it is the error.
    profile
        .run(&["recommend", "-t", "vest"])
        .usage_error(&["line 1", "'heavy'", "weight"]);
    // `config show` always works and points at the bad lines.
    let show = profile.run(&["config", "show"]);
    let text = show.ok();
    assert!(
        text.contains("line 1: invalid value 'heavy' for 'weight'"),
        "{text}"
    );
    assert!(
        text.contains("line 2: invalid value 'calm' for 'resting_hr'"),
        "{text}"
    );
    let json = profile.run(&["config", "show", "--json"]).json();
    assert_eq!(json["problems"][0]["key"], "weight");
}

#[test]
fn a_profile_may_write_a_weight_with_decimals_and_its_conditions_as_one_string() {
    let profile = Profile::new(
        "written",
        "weight = 150.5\nconditions = \"knee-pain, back-pain\"\n",
    );
    let answer = profile.run(&["recommend", "-t", "vest", "--json"]).json();
    assert!(close(f(&answer, "/input/body_weight_lb"), 150.5));
    assert_eq!(
        answer["input"]["conditions"],
        serde_json::json!(["knee-pain", "back-pain"])
    );
}

#[test]
fn a_level_or_condition_that_is_not_text_is_told_the_names_accepted() {
    let profile = Profile::new("not-text", "level = 3\nconditions = [1]\n");
    let text = profile.run(&["config", "show"]).ok().to_owned();
    for line in [
        "line 1: invalid value '3' for 'level': expected one of: beginner, intermediate, \
         experienced",
        "line 2: invalid value '[1]' for 'conditions': expected one of: overweight, \
         knee-pain, back-pain",
    ] {
        assert!(text.contains(line), "{line} missing from {text}");
    }
    profile.write("conditions = 5\n");
    profile
        .run(&["recommend", "-w", "150", "-t", "vest"])
        .usage_error(&[
            "'5'",
            "'conditions'",
            "expected one of: overweight, knee-pain",
        ]);
}

#[test]
fn a_profile_value_out_of_range_is_held_aside_like_one_that_cannot_be_read() {
    let profile = Profile::new(
        "range",
        "resting_hr = 300
age = 400
max_hr = 300
",
    );
    // `config show` points at each line.
    let text = profile.run(&["config", "show"]).ok().to_owned();
    for line in [
        "line 1: invalid value '300' for 'resting_hr': a resting heart rate must be from 30 to \
         120 bpm",
        "line 2: invalid value '400' for 'age': an age must be from 13 to 100 years",
        "line 3: invalid value '300' for 'max_hr': a maximum heart rate must be from",
    ] {
        assert!(text.contains(line), "{line} missing from {text}");
    }
    // Every answer needs the age; the heart rates only a run...
    let base = ["recommend", "-w", "70kg", "-t", "vest"];
    profile
        .run(&base)
        .usage_error(&["line 2", "'400'", "'age'", "from 13 to 100 years"]);
    let aged = [&base[..], &["--age", "40"]].concat();
    profile.run(&aged).ok();
    // ...and a run needs each, unless flags give them.
    let run = [&aged[..], &["--pace", "6:00/km", "--duration", "30m"]].concat();
    profile
        .run(&run)
        .usage_error(&["line 1", "'300'", "'resting_hr'"]);
    let rested = [&run[..], &["--resting-hr", "55"]].concat();
    profile
        .run(&rested)
        .usage_error(&["line 3", "'300'", "'max_hr'", "from 100 to 230 bpm"]);
    profile
        .run(&[&rested[..], &["--max-hr", "190"]].concat())
        .ok();
    // A course is a run.
    let course = [
        "route",
        "tests/data/route/garmin-activity.gpx",
        "-w",
        "70kg",
        "--age",
        "40",
        "--resting-hr",
        "55",
    ];
    profile.run(&course).usage_error(&["line 3", "'max_hr'"]);
    profile
        .run(&[&course[..], &["--max-hr", "190"]].concat())
        .ok();
}

#[test]
fn a_profile_age_that_cannot_be_read_is_refused_not_dropped_with_its_caution() {
    // A runner of 12 is under the young-runner caution's 18 and under wrun's
    // 13: read as no age, the answer would be an adult's, and milder.
    for (age, told) in [
        ("12", "'12' for 'age': an age must be from 13 to 100 years"),
        (
            "\"sixteen\"",
            "'sixteen' for 'age': expected an age in years",
        ),
    ] {
        let profile = Profile::new("young", format!("weight = 110\nage = {age}\n"));
        for args in [
            &["recommend", "-t", "vest"][..],
            &["compare"],
            &["plan", "-t", "ankle"],
        ] {
            profile.run(args).usage_error(&["line 2", told]);
        }
        let given = profile.run(&["recommend", "-t", "vest", "--age", "16", "--json"]);
        assert_eq!(given.json()["verdict"], "caution");
    }
}

#[test]
fn a_run_at_odds_with_the_profiles_heart_rates_names_their_lines() {
    let profile = Profile::new("heart", "resting_hr = 100\nmax_hr = 150\n");
    let run = |hr: &str| {
        profile
            .wrun([
                "recommend",
                "-w",
                "70kg",
                "-t",
                "vest",
                "--pace",
                "6:00/km",
                "--duration",
                "30m",
                "--hr",
                hr,
            ])
            .run()
    };
    let at = |line| format!("in {}, line {line}", profile.path.display());
    run("90").usage_error(&[
        "'90' for '--hr'",
        &format!("above the resting heart rate (100, resting_hr {})", at(1)),
    ]);
    // The run's heart rate, typed on the command line, is named beside
    // the profile's maximum it passes.
    run("160").usage_error(&[
        &format!("'150' for 'max_hr {}'", at(2)),
        "at least the heart rate on the run, here 160",
    ]);
}

#[test]
fn config_show_lists_what_it_read_beside_a_key_it_does_not_know() {
    let profile = Profile::new(
        "unknown-key",
        "weight = \"72kg\"\ncondtions = [\"knee-pain\"]\n",
    );
    let show = profile.wrun(["config", "show"]).run().ok().to_owned();
    assert!(
        show.contains("weight      72kg            profile, line 1"),
        "{show}"
    );
    assert!(
        show.contains(&format!(
            "Unknown     {}, line 2: unknown key 'condtions', which looks like 'conditions'",
            profile.path.display()
        )),
        "{show}"
    );
    assert!(!show.contains("Unreadable"), "{show}");
    let json = profile.wrun(["config", "show", "--json"]).run().json();
    assert_eq!(json["error"], serde_json::Value::Null);
    assert_eq!(json["problems"][0]["key"], "condtions");
    // A command still refuses it: the knee pain it meant to say would be lost.
    profile
        .wrun(["recommend", "-t", "vest"])
        .run()
        .usage_error(&["line 2", "unknown key 'condtions'"]);
}

#[test]
fn config_show_widens_its_value_column_for_a_long_value() {
    // All three conditions are longer than the column's usual 16 places.
    let profile = Profile::new(
        "long-value",
        "weight = 150\nconditions = \"overweight,knee-pain,back-pain\"\n",
    );
    let show = profile.run(&["config", "show"]).ok().to_owned();
    let rows: Vec<&str> = show
        .lines()
        .filter(|line| line.starts_with("weight") || line.starts_with("conditions"))
        .collect();
    assert_eq!(
        rows,
        [
            "weight      150                               profile, line 1",
            "conditions  overweight, knee-pain, back-pain  profile, line 2",
        ],
        "{show}"
    );
}

#[test]
fn config_show_gives_the_maximum_heart_rate_an_age_sets_as_the_answers_use_it() {
    let profile = Profile::new("age-only", "weight = 150\nage = 40\n");
    let show = profile.run(&["config", "show"]).ok().to_owned();
    assert!(
        show.contains("\nmax_hr      180             estimated from age [tanaka-hr-max]\n"),
        "{show}"
    );
    let json = profile.run(&["config", "show", "--json"]).json();
    assert_eq!(json["values"][6]["key"], "max_hr");
    assert_eq!(json["values"][6]["value"], "180");
    assert_eq!(json["values"][6]["source"], "age");
    // The same 180 an answer's heart rate is worked out with.
    let answer = profile
        .run(&["recommend", "-t", "vest", "--hr", "150"])
        .ok()
        .to_owned();
    assert!(answer.contains("= 180 bpm"), "{answer}");
}

#[test]
fn config_show_names_a_level_or_condition_in_other_words_as_wrun_reads_it() {
    let profile = Profile::new(
        "other-words",
        "weight = 150\nlevel = \"novice\"\nconditions = \"knees\"\n",
    );
    let show = profile.run(&["config", "show"]).ok().to_owned();
    assert!(
        show.contains("\nlevel       beginner (novice)  profile, line 2\n"),
        "{show}"
    );
    assert!(
        show.contains("\nconditions  knee-pain (knees)  profile, line 3\n"),
        "{show}"
    );
    // JSON keeps the words as written.
    let json = profile.run(&["config", "show", "--json"]).json();
    assert_eq!(json["values"][2]["value"], "novice");
}

#[test]
fn config_show_lists_a_profiles_problems_in_the_order_of_their_lines() {
    // wrun reads the weight before the level; the file has them the other
    // way round, below a key it does not know.
    let profile = Profile::new(
        "problem-order",
        "wieght = 3\nlevel = \"pro\"\nweight = \"heavy\"\n",
    );
    let text = profile.run(&["config", "show"]).ok().to_owned();
    let heads: Vec<&str> = text
        .lines()
        .filter(|line| line.starts_with("Invalid") || line.starts_with("Unknown"))
        .map(|line| line.split(": ").next().unwrap())
        .collect();
    let at = |head: &str, line| format!("{head:<12}{}, line {line}", profile.path.display());
    assert_eq!(
        heads,
        [at("Unknown", 1), at("Invalid", 2), at("Invalid", 3)],
        "{text}"
    );
    let json = profile.run(&["config", "show", "--json"]).json();
    let problems: Vec<(&str, u64)> = json["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|problem| {
            let key = problem["key"].as_str().unwrap();
            (key, problem["line"].as_u64().unwrap())
        })
        .collect();
    assert_eq!(problems, [("wieght", 1), ("level", 2), ("weight", 3)]);
}

#[test]
fn config_show_shows_a_value_it_cannot_read_as_the_profiles_not_as_the_default() {
    let profile = Profile::new("unreadable", "weight = \"abc\"\nlevel = \"pro\"\n");
    let text = profile.run(&["config", "show"]).ok().to_owned();
    let row = |key: &str| {
        let line = text.lines().find(|line| line.starts_with(key)).unwrap();
        line.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    assert_eq!(
        row("weight"),
        "weight — profile, line 1: cannot be read (below)"
    );
    assert_eq!(
        row("level"),
        "level — profile, line 2: cannot be read (below)"
    );
    // It was "intermediate, default", which `recommend` then refuses to use.
    profile
        .run(&["recommend", "-w", "150", "-t", "vest"])
        .usage_error(&["'pro' for 'level'"]);
    // A variable stands in for it, and a command runs with that.
    let text = profile
        .wrun(["config", "show"])
        .env("WRUN_LEVEL", "novice")
        .run()
        .ok()
        .to_owned();
    let level = text.lines().find(|line| line.starts_with("level")).unwrap();
    assert!(level.ends_with("beginner (novice)  env"), "{level}");
}

#[test]
fn config_show_reads_the_profiles_weight_in_the_unit_in_effect() {
    let profile = Profile::new("weight-range", "weight = 400\nincrement = \"60kg\"\n");
    let show = |unit: &str| {
        profile
            .wrun(["config", "show"])
            .env("WRUN_UNIT", unit)
            .run()
            .ok()
            .to_owned()
    };
    // 400 lb is a body weight; 400 kg is not. No weight comes in 60 kg steps.
    let step = "line 2: invalid value '60kg' for 'increment': the weight step must be from";
    assert!(show("lb").contains(step), "{}", show("lb"));
    assert!(!show("lb").contains("for 'weight'"), "{}", show("lb"));
    assert!(
        show("kg").contains(&format!(
            "Invalid     {}, line 1: invalid value '400' for 'weight': body weight must be from \
             66.14 lb to 661.38 lb (30 kg to 300 kg); a plain number is read in kg",
            profile.path.display()
        )),
        "{}",
        show("kg")
    );
}

#[test]
fn a_profile_with_an_unquoted_weight_is_told_to_quote_it() {
    let profile = Profile::new("unquoted", "# mine\nweight = 150lb\n");
    profile.run(&["recommend", "-t", "vest"]).usage_error(&[
        "line 2: invalid value '150lb' for 'weight': text in a profile goes in quotes (\"150lb\")",
    ]);
    profile.write("weight = \"150lb\"\nweight = \"151lb\"\n");
    let shown = profile.run(&["config", "show"]).ok().to_owned();
    assert!(
        shown.contains("config.toml, line 2: 'weight' is set twice (lines 1 and 2); keep one"),
        "{shown}"
    );
}

#[test]
fn config_init_writes_the_runner_flags_given_into_the_profile_it_starts() {
    let dir = folder("init-values");
    let path = dir.join("config.toml");
    let env = path.to_str().unwrap();
    let init = |args: &[&str]| {
        let mut all = vec!["config", "init"];
        all.extend_from_slice(args);
        wrun(all).env("WRUN_CONFIG", env).run()
    };
    // A value wrun would refuse on any command is refused here, naming the
    // flag, and no profile is written.
    for (args, named) in [
        (
            &["--age", "5"][..],
            "'5' for '--age': an age must be from 13",
        ),
        (
            &["-w", "20"],
            "'20' for '--weight': body weight must be from",
        ),
        (
            &["-w", "72kg", "--increment", "100"],
            "'100' for '--increment'",
        ),
        (&["--condition", "none,knee"], "none goes alone"),
    ] {
        init(args).usage_error(&[named]);
        assert!(!path.exists(), "{args:?}");
    }
    let run = init(&[
        "-w",
        "72kg",
        "--experience",
        "novice",
        "--condition",
        "knee",
        "--condition",
        "back,knees",
        "--height",
        "5'10\"",
        "--age",
        "40",
        "--increment",
        "1",
    ]);
    assert_eq!(
        run.ok(),
        format!(
            "wrote {env} with weight, level, conditions, increment, height and age set; edit it \
             to set your other defaults\n"
        )
    );
    let text = std::fs::read_to_string(&path).unwrap();
    for line in [
        "weight = \"72kg\"",
        "level = \"beginner\"",
        "conditions = [\"knee-pain\", \"back-pain\"]",
        "increment = 1",
        "age = 40",
        // The keys not given stay commented out, as examples.
        "# max_hr = 185",
        "# unit = \"kg\"",
    ] {
        assert!(
            text.lines().any(|written| written == line),
            "{line}\n{text}"
        );
    }
    // A quick lookup now needs no flag but the kind, and reads each value
    // as the flags read it: the plain step is in kg, the unit on the weight.
    let answer = wrun(["recommend", "-t", "vest", "--json"])
        .env("WRUN_CONFIG", env)
        .run()
        .json();
    let input = &answer["input"];
    assert_eq!(input["body_weight_kg"], 72.0);
    assert_eq!(input["level"], "beginner");
    assert_eq!(
        input["conditions"],
        serde_json::json!(["knee-pain", "back-pain"])
    );
    assert_eq!(input["increment_kg"], 1.0);
    assert_eq!(input["unit"], "kg");
    assert_eq!(input["height_m"], 1.78);
    assert_eq!(input["age_years"], 40.0);
    // And it is never overwritten.
    init(&["-w", "80kg"]).usage_error(&[&format!(
        "{env} already exists; wrun config init never overwrites a profile: edit it, or move it \
         aside first ('wrun config show' lists what it holds)"
    )]);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn config_init_reads_names_in_any_case_and_its_help_ends_with_examples() {
    let dir = folder("init-case");
    let path = dir.join("config.toml");
    wrun(["config", "init", "--unit", "KG", "--level", "Advanced"])
        .env("WRUN_CONFIG", path.to_str().unwrap())
        .run()
        .ok();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\nunit = \"kg\"\n") && text.contains("\nlevel = \"experienced\"\n"));
    let help = wrun(["config", "init", "--help"]).run();
    assert!(
        help.ok()
            .contains("Examples:\n  wrun config init\n  wrun config init -w 72kg --level beginner"),
        "{}",
        help.ok()
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_folder_where_the_profile_should_be_is_no_profile_to_write_nor_one_found() {
    let dir = folder("init-folder");
    let named = dir.to_str().unwrap();
    wrun(["config", "init"])
        .env("WRUN_CONFIG", named)
        .run()
        .usage_error(&[&format!(
            "{named} is a folder, not a profile: name a file in it, such as {}",
            dir.join("config.toml").display()
        )]);
    let show = wrun(["config", "show"]).env("WRUN_CONFIG", named).run();
    assert!(
        show.ok().starts_with(&format!(
            "Profile     {named}\n            a folder, not a file: name a file in it\n"
        )),
        "{}",
        show.stdout
    );
    let json = wrun(["config", "show", "--json"])
        .env("WRUN_CONFIG", named)
        .run()
        .json();
    assert_eq!(json["found"], false);
    std::fs::remove_dir_all(&dir).unwrap();
}
