//! Shell integration, environment defaults and colour.

use std::process::{Command, Stdio};

use crate::support::wrun;

#[test]
fn completions_generate_for_every_shell_and_bash_accepts_the_script() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = wrun(["completions", shell]).run();
        let script = run.ok();
        assert!(script.contains("recommend"), "{shell}");
        // Plain ASCII, as an older shell may read it in its code page: no
        // no-break space from the help (`30 km/h` in --pace's description;
        // bash's script has no descriptions).
        assert!(script.is_ascii(), "{shell}");
        assert!(shell == "bash" || script.contains("30 km/h"), "{shell}");
    }
    let bash = wrun(["completions", "bash"]).run();
    let mut check = Command::new("bash")
        .arg("-n")
        .stdin(Stdio::piped())
        .spawn()
        .expect("bash runs");
    std::io::Write::write_all(check.stdin.as_mut().unwrap(), bash.stdout.as_bytes()).unwrap();
    drop(check.stdin.take());
    assert!(
        check.wait().unwrap().success(),
        "bash -n rejects the completion script"
    );
    // Values are no file names; the batch input is.
    let script = &bash.stdout;
    let block = |option: &str| {
        let start = script.find(&format!("{option})")).unwrap();
        script[start..start + script[start..].find(";;").unwrap()].to_owned()
    };
    for option in ["--weight", "--pace", "--increment", "--load"] {
        assert!(
            !block(option).contains("compgen -f"),
            "{option}: {}",
            block(option)
        );
    }
    // A word that is no option falls back to bash's file names: the batch input.
    assert!(script.contains("-o bashdefault -o default wrun"));
    let zsh = wrun(["completions", "zsh"]).run().stdout;
    assert!(
        zsh.contains("::file -- Input file; standard input when absent or -:_files"),
        "{zsh}"
    );
    wrun(["completions", "tcsh"])
        .run()
        .usage_error(&["'tcsh'", "bash"]);
}

#[test]
fn the_man_page_is_roff_naming_every_command() {
    let run = wrun(["man"]).run();
    let roff = run.ok();
    assert!(roff.contains(".TH wrun 1"));
    for command in ["recommend", "compare", "plan", "sources", "batch"] {
        assert!(roff.contains(&format!("wrun\\-{command}")), "{command}");
    }
    wrun(["man", "nosuch"])
        .run()
        .usage_error(&["'nosuch'", "recommend"]);
    // In any case, as every name on the command line.
    let upper = wrun(["man", "Recommend"]).run();
    assert!(
        upper.ok().contains(".TH wrun-recommend 1"),
        "{}",
        upper.stdout
    );
}

#[test]
fn a_folder_given_to_man_in_place_of_a_command_points_to_out_dir() {
    let run = wrun(["man", "pages/man1"]).run();
    run.usage_error(&[
        "invalid value 'pages/man1' for '[COMMAND]': expected one of: recommend,",
        "; to write every page into that folder, try 'wrun man --out-dir pages/man1'",
    ]);
    // A folder is no misspelt command, even one that ends in a command's name.
    let named = wrun(["man", "man1/"]).run();
    named.usage_error(&["try 'wrun man --out-dir man1/'"]);
    assert!(!named.stderr.contains("did you mean"), "{}", named.stderr);
    // A folder that exists, named without a slash.
    let here = wrun(["man", "."]).run();
    here.usage_error(&["try 'wrun man --out-dir .'"]);
    // A name that is no folder gets no such tip.
    let typo = wrun(["man", "recomend"]).run();
    typo.usage_error(&["did you mean 'recommend'?"]);
    assert!(!typo.stderr.contains("--out-dir"), "{}", typo.stderr);
}

#[test]
fn every_man_page_renders_without_warnings_where_groff_exists() {
    let pages = [
        "",
        "recommend",
        "compare",
        "plan",
        "route",
        "sources",
        "batch",
        "schema",
        "config",
        "config-path",
        "config-show",
        "config-init",
        "completions",
        "man",
    ];
    for page in pages {
        let mut args = vec!["man"];
        if !page.is_empty() {
            args.push(page);
        }
        let roff = wrun(args).run().stdout;
        assert!(roff.contains(".SH \"EXIT STATUS\""), "{page}");
        let Ok(mut groff) = Command::new("groff")
            .args(["-man", "-ww", "-z"])
            .stdin(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
        else {
            eprintln!("groff is not installed: pages checked as text only");
            return;
        };
        std::io::Write::write_all(groff.stdin.as_mut().unwrap(), roff.as_bytes()).unwrap();
        drop(groff.stdin.take());
        let output = groff.wait_with_output().unwrap();
        assert!(output.status.success(), "{page}");
        assert_eq!(
            String::from_utf8_lossy(&output.stderr),
            "",
            "groff warns on {page}"
        );
    }
}

#[test]
fn man_out_dir_writes_every_page() {
    let dir = std::env::temp_dir().join(format!("wrun-man-{}", std::process::id()));
    let run = wrun([
        std::ffi::OsString::from("man"),
        "--out-dir".into(),
        dir.clone().into(),
    ])
    .run();
    let listed: Vec<&str> = run.ok().lines().collect();
    assert_eq!(listed.len(), 14, "{listed:?}");
    for file in [
        "wrun.1",
        "wrun-recommend.1",
        "wrun-batch.1",
        "wrun-man.1",
        "wrun-config-init.1",
    ] {
        let roff = std::fs::read_to_string(dir.join(file)).unwrap();
        assert!(roff.contains(".SH EXAMPLES"), "{file}");
    }
    // Every page a page points to (`wrun\-config\-init(1)`, under
    // SUBCOMMANDS or SEE ALSO) is among them.
    for listed in &listed {
        let roff = std::fs::read_to_string(listed).unwrap();
        for reference in roff
            .split("(1)")
            .filter_map(|before| before.rsplit_once("wrun"))
        {
            let name = reference.1.replace("\\-", "-");
            let name = name.trim_end_matches("\\fR");
            let file = dir.join(format!("wrun{name}.1"));
            assert!(file.exists(), "{listed} points to {}", file.display());
        }
    }
    // A file where the folder, or one of its parents, should be is bad
    // input: the flag, the value and what it takes, exit 2.
    for path in [dir.join("wrun.1"), dir.join("wrun.1").join("man1")] {
        let run = wrun([
            std::ffi::OsString::from("man"),
            "--out-dir".into(),
            path.clone().into(),
        ])
        .run();
        run.usage_error(&[&format!(
            "invalid value '{}' for '--out-dir': a file is in the way; expected a folder, made \
             if missing",
            path.display()
        )]);
    }
    // Any other reason the folder cannot be made (here a name longer than
    // a file system takes) is no file in the way: the folder and the
    // system's reason, a failure to write (exit 1), as `config init` says.
    let long = dir.join("a".repeat(300));
    let run = wrun([
        std::ffi::OsString::from("man"),
        "--out-dir".into(),
        long.clone().into(),
    ])
    .run();
    assert_eq!((run.code, run.stdout.as_str()), (1, ""), "{}", run.stderr);
    assert!(
        run.stderr
            .starts_with(&format!("wrun: error: writing '{}': ", long.display()))
            && !run.stderr.contains("in the way"),
        "{}",
        run.stderr
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn environment_defaults_fill_in_missing_flags_and_flags_win() {
    let from_env = wrun(["recommend", "-t", "vest", "--json"])
        .env("WRUN_WEIGHT", "68")
        .env("WRUN_UNIT", "kg")
        .env("WRUN_LEVEL", "experienced")
        .run()
        .json();
    assert_eq!(from_env["input"]["body_weight_kg"], 68.0);
    assert_eq!(from_env["input"]["level"], "experienced");
    let flag_wins = wrun([
        "recommend",
        "-t",
        "vest",
        "--json",
        "-w",
        "150",
        "--unit",
        "lb",
    ])
    .env("WRUN_WEIGHT", "68")
    .env("WRUN_UNIT", "kg")
    .run()
    .json();
    assert_eq!(flag_wins["input"]["body_weight_lb"], 150.0);
    let plan = wrun(["plan", "-t", "vest", "--json"])
        .env("WRUN_WEIGHT", "150")
        .run()
        .json();
    assert_eq!(plan["weeks"][0]["load_lb"], 7.5);
    let course = crate::support::route_fixture("caltopo-export.gpx");
    let route = wrun([
        "route", &course, "-t", "vest", "--pace", "6:00/km", "--json",
    ])
    .env("WRUN_WEIGHT", "68")
    .env("WRUN_UNIT", "kg")
    .env("WRUN_LEVEL", "experienced")
    .run()
    .json();
    assert_eq!(route["assessment"]["input"]["body_weight_kg"], 68.0);
    assert_eq!(route["assessment"]["input"]["level"], "experienced");
}

#[test]
fn a_bad_value_in_a_variable_is_blamed_on_the_variable() {
    wrun(["recommend", "-t", "vest"])
        .env("WRUN_WEIGHT", "heavy")
        .run()
        .usage_error(&["'WRUN_WEIGHT'", "'heavy'", "expected a number"]);
    wrun(["recommend", "-t", "vest"])
        .env("WRUN_WEIGHT", "10kg")
        .run()
        .usage_error(&["'WRUN_WEIGHT'", "body weight must be from"]);
    wrun(["recommend", "-t", "vest", "-w", "150"])
        .env("WRUN_LEVEL", "pro")
        .run()
        .usage_error(&["'WRUN_LEVEL'", "beginner, intermediate, experienced"]);
    wrun(["compare", "-w", "500"])
        .env("WRUN_UNIT", "kg")
        .run()
        .usage_error(&["'--weight'", "read in kg (from WRUN_UNIT)"]);
    wrun(["recommend", "-t", "vest", "-w", "150"])
        .env("WRUN_UNIT", "stone")
        .run()
        .usage_error(&["'WRUN_UNIT'", "lb, kg"]);
}

#[test]
fn every_command_describes_itself_in_its_own_help_as_in_the_list() {
    let commands = [
        ("recommend", "Recommend a load for one kind of weight"),
        ("compare", "Compare vest, hand/wrist and ankle weights"),
        ("plan", "Plan a safe week-by-week ramp-up"),
        ("sources", "List every rule and model"),
        ("batch", "Answer many requests at once"),
        ("schema", "Print the JSON Schema"),
        ("config", "Show or create the profile"),
        ("completions", "Print a shell completion script"),
        ("man", "Print a man page"),
    ];
    let list = wrun(["--help"]).run();
    for (command, about) in commands {
        assert!(list.ok().contains(about), "{command} in the list");
        let short = wrun([command, "-h"]).run();
        assert!(
            short.ok().starts_with(about),
            "{command} -h: {}",
            short.ok()
        );
        let long = wrun([command, "--help"]).run();
        assert!(!long.ok().contains("The flags of"), "{command} --help");
        assert!(long.ok().contains("Examples:\n  "), "{command} --help");
        assert!(long.ok().contains("Exit codes:\n  0  "), "{command} --help");
    }
}

#[test]
fn a_commands_help_names_only_flags_it_takes_or_another_commands_own() {
    // `wrun plan --help` once sent a VO2max to --max-hr and --resting-hr,
    // which plan does not take.
    let commands: [&[&str]; 11] = [
        &["recommend"],
        &["compare"],
        &["plan"],
        &["route"],
        &["sources"],
        &["batch"],
        &["schema"],
        &["config", "show"],
        &["config", "init"],
        &["completions"],
        &["man"],
    ];
    // Tried in a folder of its own: `config init --config=x` writes x.
    let dir = std::env::temp_dir().join(format!("wrun-help-flags-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for command in commands {
        let help = wrun(command.iter().chain(&["--help"])).run();
        let words: Vec<&str> = help.ok().split_whitespace().collect();
        for (at, word) in words.iter().enumerate() {
            let flag = word.trim_start_matches(['(', '[', '\'', '`']);
            let flag = flag
                .split(['=', ',', ')', ']', ';', ':', '\'', '`', '.'])
                .next()
                .unwrap();
            if !flag.starts_with("--") || !flag[2..].starts_with(|c: char| c.is_ascii_lowercase()) {
                continue;
            }
            // Another command's flag, named with its command.
            if at >= 2 && words[at - 2] == "wrun" && words[at - 1] != command[0] {
                continue;
            }
            // The command takes it (or takes it as an alias) if clap does
            // not call it unknown.
            let tried = wrun(command.iter().copied().chain([&*format!("{flag}=x")]))
                .current_dir(&dir)
                .run();
            assert!(
                !tried.stderr.contains("unexpected argument"),
                "wrun {} --help names {flag}: {}",
                command.join(" "),
                tried.stderr
            );
        }
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn help_shows_the_variables() {
    let help = wrun(["recommend", "--help"]).run();
    // A label and its variable are held together by a no-break space.
    let flat = help.ok().split_whitespace().collect::<Vec<_>>().join(" ");
    for variable in ["WRUN_WEIGHT", "WRUN_UNIT", "WRUN_LEVEL"] {
        assert!(flat.contains(&format!("[env: {variable}")), "{variable}");
    }
}

#[test]
fn color_always_and_never_override_the_terminal_check() {
    let always = wrun(["recommend", "-w", "150", "-t", "vest", "--color", "always"]).run();
    assert!(always.ok().contains("\u{1b}["));
    let never = wrun(["recommend", "-w", "150", "-t", "vest", "--color", "never"])
        .env("CLICOLOR_FORCE", "1")
        .run();
    assert!(!never.ok().contains('\u{1b}'));
    let json = wrun(["sources", "--json", "--color", "always"]).run();
    assert!(!json.ok().contains('\u{1b}'), "JSON is never coloured");
    wrun(["sources", "--color", "sometimes"])
        .run()
        .usage_error(&["--color", "auto, always, never"]);
}

#[test]
fn help_and_man_pages_are_plain_text_with_usage_on_one_line_where_it_fits() {
    for command in [
        &[][..],
        &["recommend"],
        &["compare"],
        &["plan"],
        &["batch"],
        &["config"],
        &["sources"],
    ] {
        let mut help = command.to_vec();
        help.push("--help");
        let text = wrun(help).run().ok().to_owned();
        assert!(
            !text.contains('`'),
            "{command:?}: a Markdown backtick in help"
        );
        let mut man = vec!["man"];
        man.extend_from_slice(command);
        assert!(
            !wrun(man).run().ok().contains('`'),
            "{command:?}: in the man page"
        );
    }
    // The usage line is 63 columns: it fits a line of 63, not one of 62.
    let wide = wrun(["recommend", "--help"]).env("COLUMNS", "63").run();
    assert!(
        wide.ok()
            .contains("Usage: wrun recommend --weight <WEIGHT> --type <TYPE> [OPTIONS]\n")
    );
    let narrow = wrun(["recommend", "--help"]).env("COLUMNS", "62").run();
    assert!(
        narrow
            .ok()
            .contains("Usage: wrun recommend --weight <WEIGHT>\n       --type <TYPE> [OPTIONS]\n")
    );
    // A missing shell names the shells wrun completes for.
    assert_eq!(
        wrun(["completions"]).run().usage_error(&[]),
        "wrun: error: missing required argument: <SHELL> (bash, elvish, fish, powershell, zsh)"
    );
}

#[test]
fn the_limits_wrun_enforces_are_stated_in_help() {
    for command in ["recommend", "compare"] {
        let help = wrun([command, "--help"]).run().ok().to_owned();
        let flat = help.split_whitespace().collect::<Vec<_>>().join(" ");
        for limit in [
            "from 1.2 km/h (0.75 mph) to 30 km/h (18.64 mph)",
            "1 minute to 24 hours",
            "100 m to 250 km",
            "from -15% to 25%",
            "from 66.14 lb to 661.38 lb (30 kg to 300 kg)",
            // Where overweight begins, by height or by weight alone.
            "a body-mass index of 30 or more counts as overweight; without a height, a weight \
             of 132.3 kg (291.67 lb) or more does",
        ] {
            assert!(flat.contains(limit), "{command}: {limit}");
        }
    }
}

#[test]
fn help_says_a_load_is_per_hand_or_per_ankle_as_it_is_read() {
    for command in ["recommend", "compare", "route"] {
        let help = wrun([command, "--help"]).run().ok().to_owned();
        let flat = help.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains("the vest, or the weight on each hand or each ankle"),
            "{command}"
        );
    }
}

#[test]
fn help_and_completions_offer_each_kind_of_weight_with_its_aliases() {
    let help = wrun(["recommend", "--help"]).env("COLUMNS", "80").run();
    assert!(
        help.ok().contains(
            "          - hand-wrist: hand-held or wrist weights (also hand, hands, wrist,\n"
        ),
        "{}",
        help.ok()
    );
    let zsh = wrun(["completions", "zsh"]).run();
    assert!(
        zsh.ok().contains(
            r#"hand-wrist\:"hand-held or wrist weights (also hand, hands, wrist, wrists)""#
        ),
        "{}",
        zsh.ok()
    );
}
