//! The README's examples run as written, so they cannot rot.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use wrun::guidance::rules::RULES;

fn readme() -> String {
    std::fs::read_to_string("README.md").expect("README.md at the package root")
}

#[test]
fn readme_console_examples_match_their_shown_output() {
    let config_home = crate::support::empty_config_home();
    trycmd::TestCases::new()
        .env("NO_COLOR", "1")
        .env("XDG_CONFIG_HOME", config_home.display().to_string())
        .env("SOURCE_DATE_EPOCH", crate::support::NOW)
        .env("TZ", crate::support::TZ)
        .case("README.md");
}

#[test]
fn readme_quick_start_is_exactly_the_two_promised_commands() {
    let readme = readme();
    let quick_start = readme
        .split("## Quick start")
        .nth(1)
        .and_then(|rest| rest.split("```sh\n").nth(1))
        .and_then(|block| block.split("```").next())
        .expect("a Quick start section with a sh block");
    assert_eq!(
        quick_start,
        "cargo run --release -- recommend --weight 150 --type vest\ncargo test\n"
    );
}

/// The rules table as the README shows it, built from the rules wrun runs on.
fn rules_table() -> String {
    let mut table =
        String::from("| id | kind | figure | what it says | source |\n|---|---|---|---|---|\n");
    for rule in RULES {
        let figure = rule
            .figure
            .map_or_else(|| "—".to_owned(), |figure| figure.to_string());
        let _ = writeln!(
            table,
            "| `{}` | {} | {} | {} | {} |",
            rule.id,
            rule.kind.id(),
            figure,
            rule.statement,
            rule.citation
        );
    }
    table
}

#[test]
fn readme_rules_table_is_the_one_wrun_runs_on() {
    let expected = rules_table();
    assert!(
        readme().contains(&expected),
        "README.md's rules table is out of date; it should read:\n{expected}"
    );
}

/// Runs `command` with bash, with the `wrun` under test first on the PATH,
/// and asserts that it succeeds: its standard output.
fn bash(command: &str) -> String {
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_wrun")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let output = Command::new("bash")
        .env("XDG_CONFIG_HOME", crate::support::empty_config_home())
        .env("SOURCE_DATE_EPOCH", crate::support::NOW)
        .env("TZ", crate::support::TZ)
        .env_remove("WRUN_CONFIG")
        .args(["-c", command])
        .env("PATH", path)
        .output()
        .expect("bash runs");
    assert!(
        output.status.success(),
        "{command}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8")
}

fn jq_missing() -> bool {
    let missing = Command::new("jq").arg("--version").output().is_err();
    if missing {
        eprintln!("jq is not installed: the pipeline's output is not checked");
    }
    missing
}

#[test]
fn readme_environment_example_prints_what_it_says() {
    let example = "WRUN_WEIGHT=68 WRUN_UNIT=kg wrun recommend -t vest --json | jq .load.start_kg";
    let readme = readme();
    assert!(readme.contains(&format!("{example}\n```\n\nprints `3.5`.")));
    if jq_missing() {
        return;
    }
    assert_eq!(bash(example), "3.5\n");
}

#[test]
fn readme_full_json_answer_is_what_wrun_writes() {
    let readme = readme();
    let block = readme
        .split("pretty-printed by `jq .`:\n\n```json\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("the README shows a full JSON answer");
    let shown: serde_json::Value = serde_json::from_str(block).expect("the README's JSON parses");
    let output = Command::new(env!("CARGO_BIN_EXE_wrun"))
        .env("XDG_CONFIG_HOME", crate::support::empty_config_home())
        .env_remove("WRUN_CONFIG")
        .args([
            "recommend",
            "-w",
            "200",
            "-t",
            "vest",
            "--condition",
            "knee-pain",
            "--json",
        ])
        .output()
        .unwrap();
    let written: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(shown, written);
}

#[test]
fn readme_jq_pipeline_is_the_shell_example_and_works() {
    let pipeline = "wrun recommend --weight 150 --type ankle --json |\n  \
                    jq -r '.warnings[] | select(.severity == \"danger\") | .id'\n";
    assert!(readme().contains(pipeline), "README shows the jq pipeline");
    let script = std::fs::read_to_string("examples/jq.sh").unwrap();
    assert!(
        script.contains(pipeline),
        "examples/jq.sh runs the same pipeline"
    );

    if jq_missing() {
        return;
    }
    assert_eq!(
        bash("bash examples/jq.sh"),
        "120 lb: start the vest at 7.5 lb\n\
         150 lb: start the vest at 7.5 lb\n\
         149.91 lb: start the vest at 7.5 lb\n\
         200 lb: start the vest at 10 lb\n\
         ankle-injury-risk\n"
    );
}

#[test]
fn readme_coprocess_example_is_the_shell_example_and_gets_each_answer_in_turn() {
    let script = std::fs::read_to_string("examples/coprocess.sh").unwrap();
    let shown = script
        .split_once("coproc WRUN")
        .and_then(|(_, rest)| rest.split_once("exec {WRUN"))
        .map(|(loop_, _)| format!("coproc WRUN{loop_}"))
        .expect("examples/coprocess.sh starts wrun as a co-process");
    assert!(
        readme().contains(&format!("```sh\n{shown}```")),
        "README shows examples/coprocess.sh's loop:\n{shown}"
    );
    // `timeout` turns a wrun that waits for more input before answering
    // into a failure rather than a hang.
    assert_eq!(
        bash("timeout 60 bash examples/coprocess.sh"),
        "150lb: recommended, start the vest at 7.5 lb\n\
         68kg: recommended, start the vest at 7.72 lb\n"
    );
}

/// The README's list of stable ids (warnings, tips, the other wordings of
/// warnings and tips, notes, reasons), built from wrun's tables.
fn stable_ids() -> String {
    use wrun::guidance::advice::{NOTES, REASONS_BY_ID, TIPS, VARIANTS, WARNINGS};
    let list = |ids: &mut dyn Iterator<Item = &str>| {
        ids.map(|id| format!("`{id}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!(
        "Stable ids — warnings: {}; tips: {}; the other wordings of warnings \
         and tips (a lean `template`): {}; notes: {}; reasons: {}.",
        list(&mut WARNINGS.iter().map(|advice| advice.id)),
        list(&mut TIPS.iter().map(|advice| advice.id)),
        list(&mut VARIANTS.iter().map(|(id, ..)| *id)),
        list(&mut NOTES.iter().map(|(id, _)| *id)),
        list(&mut REASONS_BY_ID.iter().map(|(id, _)| *id)),
    )
}

#[test]
fn readme_stable_ids_are_every_warning_and_tip_wrun_has() {
    let expected = stable_ids();
    let readme = readme().split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        readme.contains(&expected),
        "README.md's stable ids are out of date; they should read:\n{expected}"
    );
}
