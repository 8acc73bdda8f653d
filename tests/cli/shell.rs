//! Shell integration, environment defaults and colour.

use std::process::{Command, Stdio};

use crate::support::wrun;

#[test]
fn completions_generate_for_every_shell_and_bash_accepts_the_script() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = wrun(["completions", shell]).run();
        let script = run.ok();
        assert!(script.contains("recommend"), "{shell}");
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
        assert!(roff.contains(command), "{command}");
    }
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
fn help_shows_the_variables() {
    let help = wrun(["recommend", "--help"]).run();
    for variable in ["WRUN_WEIGHT", "WRUN_UNIT", "WRUN_LEVEL"] {
        assert!(
            help.ok().contains(&format!("[env: {variable}")),
            "{variable}"
        );
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
