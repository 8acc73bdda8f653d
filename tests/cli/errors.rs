//! Bad input: one line on stderr naming the flag, the value and what is
//! accepted; exit 2; nothing on stdout; never a panic.

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;

use crate::support::wrun;

/// `wrun recommend` with `args` after a valid weight and type, unless the
/// case overrides them.
fn recommend(args: &[&str]) -> Vec<String> {
    let mut all = vec!["recommend".to_owned()];
    all.extend(args.iter().map(|&arg| arg.to_owned()));
    all
}

#[test]
fn bad_weights_are_refused_naming_the_flag_the_value_and_what_is_accepted() {
    for (weight, accepted) in [
        ("abc", "expected a number with an optional unit"),
        ("NaN", "expected a number with an optional unit"),
        ("inf", "expected a number with an optional unit"),
        ("-150", "expected a number with no sign"),
        // A plus sign is refused in the same words: a message asking for a
        // positive number would ask for what was given.
        ("+150", "expected a number with no sign"),
        (
            "0",
            "body weight must be from 66.14 lb to 661.38 lb (30 kg to 300 kg)",
        ),
        ("1e400", "expected a number with an optional unit"),
        ("150oz", "unknown unit 'oz'; expected lb, kg or st"),
        ("", "expected a number with an optional unit"),
        ("700", "body weight must be from 66.14 lb"),
        ("29kg", "body weight must be from 66.14 lb"),
        ("301 kg", "body weight must be from 66.14 lb"),
        ("66lb", "body weight must be from 66.14 lb"),
        ("661.39", "body weight must be from 66.14 lb"),
    ] {
        let run = wrun(recommend(&["--type", "vest", "--weight", weight])).run();
        // Named alike whether the value could not be read or is out of range.
        run.usage_error(&[&format!("'{weight}' for '--weight': "), accepted]);
    }
}

#[test]
fn a_pace_or_duration_saved_as_a_time_of_day_is_refused_with_what_it_may_have_meant() {
    // A spreadsheet that takes 9:00 for nine o'clock saves it as 9:00:00:
    // nine hours a mile, or 45 hours.
    for (flag, value, told) in [
        (
            "--pace",
            "9:00:00",
            "invalid value '9:00:00' for '--pace': the pace must be from 3:13/mi to 1:20:28/mi; \
             9:00:00 reads as hours, minutes and seconds: for 9:00/mi, write 9:00/mi (a \
             spreadsheet may have taken 9:00 for a time of day)",
        ),
        (
            "--duration",
            "45:00:00",
            "invalid value '45:00:00' for '--duration': the duration must be from 1 minute to 24 \
             hours; 45:00:00 reads as hours, minutes and seconds: for 45 min, write 45m (a \
             spreadsheet may have taken 45:00 for a time of day)",
        ),
        (
            "--duration",
            "45:30:00",
            "for 45 min 30 s, write 45m30s (a spreadsheet may have taken 45:30",
        ),
    ] {
        let mut args = vec!["-w", "150", "-t", "vest", flag, value];
        if flag == "--duration" {
            args.extend(["--pace", "9:00"]);
        }
        wrun(recommend(&args)).run().usage_error(&[told]);
    }
    // In kilograms a bare pace is per kilometre, and so is the one meant.
    let told = wrun(recommend(&[
        "-w", "70kg", "-t", "vest", "--pace", "5:30:00",
    ]))
    .run()
    .usage_error(&["for 5:30/km, write 5:30/km"])
    .to_owned();
    assert!(told.contains("from 2:00/km to 50:00/km"), "{told}");
    // Read as minutes and seconds, 1:30/mi is out of range as well: the
    // range alone is told.
    assert_eq!(
        wrun(recommend(&["-w", "150", "-t", "vest", "--pace", "1:30:00"]))
            .run()
            .usage_error(&[]),
        "wrun: error: invalid value '1:30:00' for '--pace': the pace must be from 3:13/mi to \
         1:20:28/mi"
    );
}

#[test]
fn a_load_written_as_a_count_of_one_mass_is_refused_with_the_one_mass_to_write() {
    // A pair of hand weights, or a vest's two plates: which is meant
    // depends on the kind, and a bare load of hand weights is per hand.
    wrun(recommend(&["-w", "150", "-t", "hand", "--load", "2 x 2lb"]))
        .run()
        .usage_error(&[
            "invalid value '2 x 2lb' for '--load': expected one mass, like 20lb, or a load for \
             each hand or ankle, like 2lb each; for 2 x 2lb, write 2lb each (a pair of hand or \
             ankle weights) or 4lb (a vest's plates)",
        ]);
    let roster = "weight,type,load\n150,vest,4x2.5lb\n";
    let run = wrun(["batch", "--input", "csv"]).stdin(roster).run();
    assert_eq!(
        crate::support::lines(&run.stdout)[0]["error"],
        "invalid value '4x2.5lb' for 'load': expected one mass, like 20lb, or a load for each \
         hand or ankle, like 2lb each; for 4x2.5lb, write 10lb (all of them, as a vest's plates)"
    );
    // Only what wrun takes as a load is offered: 1000 lb is past 50 kg.
    wrun(recommend(&[
        "-w",
        "150",
        "-t",
        "vest",
        "--load",
        "2 x 500lb",
    ]))
    .run()
    .usage_error(&[
        "invalid value '2 x 500lb' for '--load': expected a mass, like 20lb, 8kg or a plain \
             number, or a share of body weight, like 10%",
    ]);
}

#[test]
fn a_plain_weight_out_of_range_says_which_unit_it_was_read_in() {
    let run = wrun(recommend(&["-t", "vest", "-w", "20", "--unit", "kg"])).run();
    let line = run.usage_error(&["--weight", "'20'"]);
    assert!(line.ends_with("a plain number is read in kg"), "{line}");
}

#[test]
fn the_edges_of_the_weight_range_are_accepted() {
    for weight in ["30kg", "300kg", "66.14", "661.38"] {
        wrun(recommend(&["-t", "vest", "-w", weight])).run().ok();
    }
}

#[test]
fn unknown_names_list_the_accepted_ones() {
    for (args, needles) in [
        (
            &["-w", "150", "-t", "backpack"][..],
            &["--type", "'backpack'", "vest, hand-wrist, ankle"][..],
        ),
        (
            &["-w", "150", "-t", "vest", "-l", "pro"],
            &["--level", "'pro'", "beginner, intermediate, experienced"],
        ),
        (
            &["-w", "150", "-t", "vest", "--condition", "asthma"],
            &[
                "--condition",
                "'asthma'",
                "overweight, knee-pain, back-pain",
            ],
        ),
        (
            &["-w", "150", "-t", "vest", "--condition", "knee-pain,"],
            &["--condition", "''"],
        ),
        (
            &["-w", "150", "-t", "vest", "--unit", "stone"],
            &["--unit", "'stone'", "lb, kg"],
        ),
        (
            &["-w", "150", "-t", "vest", "--format", "yaml"],
            &["--format", "'yaml'", "text, json"],
        ),
    ] {
        wrun(recommend(args)).run().usage_error(needles);
    }
}

#[test]
fn bad_increments_are_refused() {
    for (step, accepted) in [
        ("0", "the weight step must be from"),
        ("-1", "expected a number with no sign"),
        ("-2.5lb", "expected a number with no sign"),
        ("+1kg", "expected a number with no sign"),
        ("inf", "expected a number"),
        ("NaN", "expected a number"),
        ("0.001kg", "the weight step must be from"),
        ("500", "the weight step must be from"),
        ("2.5oz", "unknown unit 'oz'"),
    ] {
        let run = wrun(recommend(&["-w", "150", "-t", "vest", "--increment", step])).run();
        run.usage_error(&["--increment", accepted]);
    }
}

#[test]
fn a_bad_condition_is_refused_under_the_flag_name_the_user_typed() {
    let accepted = "expected one of: overweight, knee-pain, back-pain";
    for (args, named) in [
        (&["--injury", "ankle"][..], "--injury"),
        (&["--injuries=knee,ankle"], "--injuries"),
        (
            &["--conditions", "back", "--condition", "ankle"],
            "--condition",
        ),
        (
            &["--condition", "knee", "--injury", "ankle,hip"],
            "--injury",
        ),
        (
            &["--condition", "ankle", "--injury", "ankle"],
            "--condition",
        ),
    ] {
        let mut all = vec!["-w", "150", "-t", "vest"];
        all.extend(args);
        let run = wrun(recommend(&all)).run();
        run.usage_error(&[accepted, &format!("'ankle' for '{named}': ")]);
    }
    // Given no value, last on the line.
    let run = wrun("recommend -w 150 -t vest --condition knee --injury".split(' ')).run();
    run.usage_error(&[
        accepted,
        "a value is required for '--injury <CONDITION>' but none was supplied: ",
    ]);
    // Given none before another flag, which clap took for the value.
    let run = wrun("recommend -w 150 -t vest --injuries --condition knee".split(' ')).run();
    run.usage_error(&[
        accepted,
        "a value is required for '--injuries <CONDITION>' but none was supplied before \
         '--condition': ",
    ]);
    // Given none before `--`, which ends the flags.
    let run = wrun("recommend -w 150 -t vest --condition knee --injury --".split(' ')).run();
    run.usage_error(&[
        accepted,
        "a value is required for '--injury <CONDITION>' but none was supplied before '--': ",
    ]);
    // A value refused before is told as it is, the flag given again
    // without one before `--` or not.
    let run = wrun("recommend -w 150 -t vest --hr abc --hr --".split(' ')).run();
    run.usage_error(&["invalid value 'abc' for '--hr': "]);
    // A flag whose value may start with a dash (a negative grade) took the
    // `--` itself for its value.
    for (flag, name, accepted) in [
        ("--grade", "GRADE", "expected a grade in percent"),
        ("--pace", "PACE", "expected a pace like"),
    ] {
        let run = wrun(["recommend", "-w", "150", "-t", "vest", flag, "--"]).run();
        run.usage_error(&[
            &format!(
                "a value is required for '{flag} <{name}>' but none was supplied before '--': "
            ),
            accepted,
        ]);
    }
}

#[test]
fn missing_flags_are_named_all_at_once() {
    let only_type = wrun(recommend(&["-w", "150"])).run();
    assert_eq!(
        only_type.usage_error(&[]),
        "wrun: error: missing required flag: --type <TYPE> (vest, hand-wrist, ankle); to \
         choose a kind, try 'wrun compare'"
    );
    wrun(recommend(&["-t", "vest"]))
        .run()
        .usage_error(&["missing required flag: --weight <WEIGHT> (or WRUN_WEIGHT"]);
    for command in ["recommend", "plan"] {
        let neither = wrun([command]).run();
        assert_eq!(
            neither.usage_error(&[]),
            "wrun: error: missing required flags: --weight <WEIGHT> (or WRUN_WEIGHT, or weight \
             in the profile: see wrun config) and --type <TYPE> (vest, hand-wrist, ankle); \
             see --help",
            "{command}"
        );
    }
    // A weight from the environment or the profile leaves only the kind.
    wrun(["plan"])
        .env("WRUN_WEIGHT", "70kg")
        .run()
        .usage_error(&["missing required flag: --type"]);
    // A flag typed last, without its value, is named as typed.
    wrun(["recommend", "-w"]).run().usage_error(&[
        "a value is required for '-w <WEIGHT>' but none was supplied: expected a number",
    ]);
}

#[test]
fn unknown_flags_commands_and_conflicts_are_one_line_errors() {
    wrun(recommend(&["-w", "150", "-t", "vest", "--bogus"]))
        .run()
        .usage_error(&["'--bogus'"]);
    wrun(recommend(&["-w", "150", "-t", "vest", "--jsn"]))
        .run()
        .usage_error(&["'--json'"]);
    wrun(recommend(&[
        "-w", "150", "-t", "vest", "--json", "--format", "text",
    ]))
    .run()
    .usage_error(&["--json", "--format"]);
    wrun(["bogus"]).run().usage_error(&["'bogus'"]);
    // A command that takes a file points a mistyped flag to the help, not to
    // passing it as a file name after `--`.
    for command in [&["batch", "--bogus"][..], &["route", "run.gpx", "--bogus"]] {
        wrun(command)
            .run()
            .usage_error(&["unexpected argument '--bogus' found; see --help"]);
    }
    wrun(Vec::<String>::new())
        .run()
        .usage_error(&["no command given", "wrun --help"]);
    // A command of commands names its own.
    wrun(["config"]).run().usage_error(&[
        "'wrun config' needs a command: 'wrun config path', 'wrun config show', 'wrun config \
         init'; see 'wrun config --help'",
    ]);
}

#[test]
fn a_kind_of_weight_given_to_compare_is_told_why_it_takes_none() {
    // Compare answers for every kind; a coach may think --type narrows it.
    for flag in ["--type", "-t"] {
        let run = wrun(["compare", "-w", "150", flag, "vest"]).run();
        run.usage_error(&[&format!(
            "unexpected argument '{flag}' found; 'wrun compare' answers for every kind of \
             weight: for one, use 'wrun recommend {flag}'"
        )]);
    }
}

#[test]
fn a_flag_left_without_its_value_before_another_flag_is_named() {
    // clap lets a value start with a dash (a grade of -5%), so the next
    // flag is taken for the value, and a word after it is what clap
    // stumbles on: `--hr --age 40` was told to give 40 with --weight.
    let heart_rate = "expected a heart rate in beats per minute, like 150";
    let weight = "expected a number with an optional unit, like 150, 150lb or 68.5kg";
    for (line, flag, next, accepted) in [
        (
            "recommend -w 150 -t vest --hr --age 40",
            "--hr <BPM>",
            "--age",
            heart_rate,
        ),
        (
            "recommend -w 150 -t vest --hr --age",
            "--hr <BPM>",
            "--age",
            heart_rate,
        ),
        (
            "recommend -w 150 -t vest --hr -h",
            "--hr <BPM>",
            "-h",
            heart_rate,
        ),
        (
            "recommend -t vest --weight --hr 150",
            "--weight <WEIGHT>",
            "--hr",
            weight,
        ),
        (
            "recommend --type vest --weight --type",
            "--weight <WEIGHT>",
            "--type",
            weight,
        ),
        (
            "recommend -w 150 --pace -t vest",
            "--pace <PACE>",
            "-t",
            "expected a pace like 9:30/mi, 5:50/km or 5:30 min/km",
        ),
        (
            "plan -w 150 -t vest --weeks --start=2026-12-07",
            "--weeks <N>",
            "--start",
            "expected a whole number of weeks between 2 and 26",
        ),
        (
            "compare -w 150 --injury --level novice",
            "--injury <CONDITION>",
            "--level",
            "expected one of: overweight, knee-pain, back-pain, none",
        ),
        // A fault before it is no part of what the flag takes.
        (
            "recommend -w abc -t vest --hr --age",
            "--hr <BPM>",
            "--age",
            "see --help",
        ),
    ] {
        let run = wrun(line.split(' ')).run();
        assert_eq!(
            run.usage_error(&[]),
            format!(
                "wrun: error: a value is required for '{flag}' but none was supplied before \
                 '{next}'{}{accepted}",
                if accepted == "see --help" { "; " } else { ": " }
            )
        );
    }
    // A negative value is a value: clap's own line for it.
    wrun("recommend -w 150 -t vest --pace 9:00/mi --grade -50%".split(' '))
        .run()
        .usage_error(&["invalid value '-50%' for '--grade'"]);
}

#[test]
fn a_flag_typed_last_without_its_value_is_told_what_it_takes() {
    // `--hr` read as a switch, last on the line: clap's own line ended in
    // `see --help`, or, for a flag of named values, said `invalid value ''`.
    for (line, flag, accepted) in [
        (
            "recommend -w 150 -t vest --hr",
            "--hr <BPM>",
            "expected a heart rate in beats per minute, like 150",
        ),
        (
            "compare -w 150 --pace",
            "--pace <PACE>",
            "expected a pace like 9:30/mi, 5:50/km or 5:30 min/km",
        ),
        (
            "recommend -w 150 -t",
            "-t <TYPE>",
            "expected one of: vest, hand-wrist, ankle",
        ),
        (
            "plan -w 150 -t vest --start",
            "--start <DATE>",
            "expected a date as YYYY-MM-DD, like 2026-12-07, or today, tomorrow or a weekday \
             (mon)",
        ),
    ] {
        let run = wrun(line.split(' ')).run();
        assert_eq!(
            run.usage_error(&[]),
            format!(
                "wrun: error: a value is required for '{flag}' but none was supplied: {accepted}"
            )
        );
    }
    // An empty value typed as one is that value, refused as such.
    wrun(["recommend", "-w", "150", "-t", "vest", "--pace="])
        .run()
        .usage_error(&["invalid value '' for '--pace': expected a pace"]);
    // A fault before it is what clap says, an empty value among them.
    wrun("recommend -w abc -t vest --hr".split(' '))
        .run()
        .usage_error(&["invalid value 'abc' for '--weight'"]);
    wrun("recommend -w 150 -t vest --level= --hr".split(' '))
        .run()
        .usage_error(&["invalid value '' for '--level': expected one of"]);
    // So is a value the same flag refused before it is typed again.
    wrun("recommend -w 150 -t vest --condition bogus --condition".split(' '))
        .run()
        .usage_error(&["invalid value 'bogus' for '--condition': expected one of"]);
}

#[test]
fn a_value_typed_without_its_flag_is_told_the_flag() {
    // The command line before the word, the word, and what wrun says.
    told_the_flag(&[
        ("recommend", "150", "give it with its flag: --weight 150"),
        (
            "recommend -w 150",
            "weighted vest",
            "give it with its flag: --type \"weighted vest\"",
        ),
        ("plan", "68kg", "give it with its flag: --weight 68kg"),
        (
            "compare -w 150",
            "hands",
            "'wrun compare' answers for every kind of weight: for one, try 'wrun recommend \
             --type hands'",
        ),
        // A level, a condition, and a pace, speed, distance or duration
        // that reads as only one of them.
        (
            "plan -w 150 -t vest",
            "novice",
            "give it with its flag: --level novice",
        ),
        (
            "compare -w 150",
            "knee",
            "give it with its flag: --condition knee",
        ),
        (
            "recommend -w 150 -t vest",
            "9:00/mi",
            "give it with its flag: --pace 9:00/mi",
        ),
        (
            "compare -w 150",
            "10kph",
            "give it with its flag: --speed 10kph",
        ),
        (
            "recommend -w 150 -t vest --pace 9:00/mi",
            "half marathon",
            "give it with its flag: --distance \"half marathon\"",
        ),
        (
            "recommend -w 150 -t vest --pace 9:00/mi",
            "1h30",
            "give it with its flag: --duration 1h30",
        ),
        // A word that is none of them, or a pace or a time: clap's own
        // line.
        ("recommend -w 150", "banana", "see --help"),
        ("recommend -w 150 -t vest", "5:30", "see --help"),
        // A run's word where the command takes no run, or a plan's where
        // the command makes none: the commands that take it.
        (
            "plan -w 150 -t vest",
            "10kph",
            "it reads as --speed 10kph, a flag of 'wrun recommend', 'wrun compare' and 'wrun \
             route'",
        ),
        (
            "compare -w 150",
            "mon,thu",
            "it reads as --days mon,thu, a flag of 'wrun plan'",
        ),
    ]);
}

#[test]
fn a_height_a_grade_or_a_plans_day_typed_without_its_flag_is_told_the_flag() {
    told_the_flag(&[
        // A height, a grade with its mark, and a plan's start and days.
        (
            "recommend -w 150 -t vest",
            "5ft10",
            "give it with its flag: --height 5ft10",
        ),
        (
            "compare -w 68kg",
            "178cm",
            "give it with its flag: --height 178cm",
        ),
        (
            "recommend -w 150 -t vest --pace 9:00/mi",
            "8%",
            "give it with its flag: --grade 8%",
        ),
        (
            "plan -w 150 -t vest",
            "2026-12-07",
            "give it with its flag: --start 2026-12-07",
        ),
        (
            "plan -w 150 -t vest",
            "tomorrow",
            "give it with its flag: --start tomorrow",
        ),
        (
            "plan -w 150 -t vest",
            "mon,thu",
            "give it with its flag: --days mon,thu",
        ),
        // A weekday starts a plan or names its days; a height in feet and
        // inches written 5'10 is also a pace.
        ("plan -w 150 -t vest", "mon", "see --help"),
        ("recommend -w 150 -t vest", "5'10", "see --help"),
        // A word with a percent sign is a grade only when it reads as one.
        ("recommend -w 150 -t vest", "fast%", "see --help"),
        (
            "recommend -w 150 -t vest",
            "tomorrow",
            "it reads as --start tomorrow, a flag of 'wrun plan'",
        ),
        // A value the shell would read otherwise is written in quotes.
        (
            "recommend -w 150 -t vest",
            "5'30/km",
            "give it with its flag: --pace \"5'30/km\"",
        ),
    ]);
}

/// For each command line before a word, the word, and what wrun says of
/// the word typed without its flag after that command line.
fn told_the_flag(cases: &[(&str, &str, &str)]) {
    for &(before, word, line) in cases {
        let mut args: Vec<&str> = before.split(' ').collect();
        args.push(word);
        let stderr = wrun(&args).run().usage_error(&[]).to_owned();
        assert_eq!(
            stderr,
            format!("wrun: error: unexpected argument '{word}' found; {line}")
        );
    }
}

/// What wrun says of `typed` (a command line split at its spaces), whose
/// `word` clap found no place for: `unexpected argument '{word}' …`.
fn refusal_of(typed: &str) -> String {
    let args: Vec<&str> = typed.split(' ').collect();
    wrun(&args).run().usage_error(&[]).to_owned()
}

#[test]
fn a_value_split_by_a_space_is_told_how_to_write_it_whole() {
    // The command line as typed, the word clap found no place for, and
    // what wrun says: the value as the flag takes it, as typed.
    for (typed, word, line) in [
        ("recommend -w 68 kg -t vest", "kg", "-w 68kg"),
        ("compare --weight=150 lb", "lb", "--weight 150lb"),
        ("plan -w68 kg -t vest", "kg", "-w 68kg"),
        (
            "recommend -w 150 -t vest --pace 5:30 min/km",
            "min/km",
            "--pace 5:30min/km",
        ),
        ("recommend -w 150 -t vest --load 10 %", "%", "--load 10%"),
        (
            "plan -w 150 -t vest --days mon, thu",
            "thu",
            "--days mon,thu",
        ),
        // As many of the words after it as make the value.
        ("recommend -w 10 st 4 lb -t vest", "st", "-w 10st4lb"),
        (
            "recommend -w 150 -t vest --height 5 ft 10",
            "ft",
            "--height 5ft10",
        ),
        (
            "recommend -w 150 -t vest --pace 5:30 min / km",
            "min",
            "--pace 5:30min/km",
        ),
    ] {
        assert_eq!(
            refusal_of(typed),
            format!(
                "wrun: error: unexpected argument '{word}' found; write the value as one word: \
                 {line}"
            ),
            "{typed}"
        );
    }
    // The unit taken for the command's file, and the file refused.
    assert_eq!(
        refusal_of("route -w 70 kg run.gpx"),
        "wrun: error: unexpected argument 'run.gpx' found, as 'kg' was read as the file; write \
         the value as one word: -w 70kg"
    );
}

#[test]
fn a_list_or_a_value_of_words_split_at_its_spaces_is_told_how_to_write_it() {
    for (typed, word, line) in [
        // A list, its values apart.
        (
            "plan -w 150 -t vest --days mon wed fri",
            "wed",
            "separate the values with commas, without spaces: --days mon,wed,fri",
        ),
        (
            "compare -w 150 --condition knee back",
            "back",
            "separate the values with commas, without spaces: --condition knee,back",
        ),
        // In quotes, where that takes more of the words than one word does.
        (
            "recommend -w 150 -t weighted vest",
            "vest",
            "a value of more than one word goes in quotes: -t \"weighted vest\"",
        ),
        (
            "compare -w 150 --condition knee pain",
            "pain",
            "a value of more than one word goes in quotes: --condition \"knee pain\"",
        ),
        (
            "recommend -w 150 -t vest --pace 9 min per mile",
            "min",
            "a value of more than one word goes in quotes: --pace \"9 min per mile\"",
        ),
        // In quotes too where a shell would read the value otherwise.
        (
            "recommend -w 150 -t vest --pace 5'30 min/km",
            "min/km",
            "write the value as one word: --pace \"5'30min/km\"",
        ),
        // A word that makes no value the flag takes, either way: clap's
        // line, or the flag the word reads as on its own.
        (
            "recommend -w 150 -t vest --pace 5:30 banana",
            "banana",
            "see --help",
        ),
        (
            "recommend -w 150 -t vest 20",
            "20",
            "give it with its flag: --weight 20",
        ),
        (
            "recommend -w 150 --json vest",
            "vest",
            "give it with its flag: --type vest",
        ),
    ] {
        assert_eq!(
            refusal_of(typed),
            format!("wrun: error: unexpected argument '{word}' found; {line}"),
            "{typed}"
        );
    }
}

#[test]
fn a_file_name_split_by_spaces_is_told_to_go_in_quotes() {
    let file = crate::route::temp_file("Morning Run 2.gpx", b"<gpx/>");
    let file = file.to_str().unwrap();
    let (first, _) = file.split_once(' ').unwrap();
    for before in [
        &["route"][..],
        &["route", "--json"],
        &["route", "-w", "150"],
    ] {
        let mut args = before.to_vec();
        args.extend(file.split(' '));
        wrun(&args).run().usage_error(&[&format!(
            "wrun: error: unexpected argument 'Run' found; a file name with spaces goes in \
             quotes: \"{file}\"\n"
        )]);
    }
    // No file by that name: clap's line.
    wrun(["route", first, "Walk.gpx"])
        .run()
        .usage_error(&["unexpected argument 'Walk.gpx' found; see --help"]);
}

#[test]
fn a_second_route_or_roster_file_is_told_the_command_reads_one() {
    let first = crate::route::temp_file("one.gpx", b"<gpx/>");
    let first = first.to_str().unwrap();
    // As a shell expands `*.gpx`; a gzipped FIT need not exist to be one.
    for second in ["two.gpx", "run.fit.gz"] {
        wrun(["route", first, second, "-w", "150"]).run().usage_error(&[&format!(
            "wrun: error: unexpected argument '{second}' found; 'wrun route' reads one file at a \
             time: run it once for each\n"
        )]);
    }
    wrun(["batch", "roster.csv", "Roster 2.CSV"]).run().usage_error(&[
        "wrun: error: unexpected argument 'Roster 2.CSV' found; 'wrun batch' reads one file at a \
         time: run it once for each\n",
    ]);
    // A word after a flag's value, or after a word that names no file,
    // is no second file.
    wrun(["batch", "--output", "csv", "roster.csv", "banana"])
        .run()
        .usage_error(&["unexpected argument 'banana' found; see --help"]);
    wrun(["route", "Morning", "Walk.gpx"])
        .run()
        .usage_error(&["unexpected argument 'Walk.gpx' found; see --help"]);
}

#[test]
fn a_file_named_for_the_output_is_told_to_redirect_it() {
    // A flag for an output file, as many tools take: the format its
    // extension names, and the redirection.
    wrun(["plan", "-w", "150", "-t", "vest", "-o", "plan.ics"])
        .run()
        .usage_error(&[
            "wrun: error: unexpected argument '-o' found; wrun writes to standard output: to save \
             it, redirect it: --format ics > plan.ics\n",
        ]);
    // An extension names the format the command writes: JSON lines are
    // one JSON object from recommend.
    wrun(["recommend", "-w", "150", "-t", "vest", "-o", "answer.jsonl"])
        .run()
        .usage_error(&["redirect it: --format json > answer.jsonl\n"]);
    wrun([
        "recommend",
        "-w",
        "150",
        "-t",
        "vest",
        "--out=Monday run.txt",
    ])
    .run()
    .usage_error(&[
        "wrun: error: unexpected argument '--out' found; wrun writes to standard output: to \
             save it, redirect it: > \"Monday run.txt\"\n",
    ]);
    // A file name given as the format; another flag's value is only that.
    wrun(["plan", "-w", "150", "-t", "vest", "--format", "plan.ics"])
        .run()
        .usage_error(&[
            "wrun: error: invalid value 'plan.ics' for '--format': expected one of: text, json, \
             ics, csv; wrun writes to standard output: to save it, redirect it: --format ics > \
             plan.ics\n",
        ]);
    wrun(["plan", "-w", "150", "-t", "vest", "--level", "plan.ics"])
        .run()
        .usage_error(&[
            "wrun: error: invalid value 'plan.ics' for '--level': expected one of: beginner, \
             intermediate, experienced\n",
        ]);
    wrun(["batch", "--output", "answers.csv"])
        .run()
        .usage_error(&[
            "wrun: error: invalid value 'answers.csv' for '--output': expected one of: ndjson, \
             csv; wrun writes to standard output: to save it, redirect it: --output csv > \
             answers.csv\n",
        ]);
    // A word named as an output file that is none yet; the format given
    // already is not asked again.
    wrun(["recommend", "-w", "150", "-t", "vest", "--json", "out.json"])
        .run()
        .usage_error(&[
            "wrun: error: unexpected argument 'out.json' found; wrun writes to standard output: \
             to save it, redirect it: > out.json\n",
        ]);
    // After a roster that exists, a CSV file that does not is the output.
    let roster = crate::route::temp_file("roster.csv", b"weight,type\n150,vest\n");
    wrun(["batch", roster.to_str().unwrap(), "answers.csv"])
        .run()
        .usage_error(&[
            "wrun: error: unexpected argument 'answers.csv' found; wrun writes to standard \
             output: to save it, redirect it: --output csv > answers.csv\n",
        ]);
    // A file the command cannot write, or no file at all, keeps clap's line.
    wrun(["recommend", "-w", "150", "-t", "vest", "-o", "r.csv"])
        .run()
        .usage_error(&["wrun: error: unexpected argument '-o' found; see --help\n"]);
    wrun(["plan", "-w", "150", "-t", "vest", "-o", "ics"])
        .run()
        .usage_error(&["wrun: error: unexpected argument '-o' found; see --help\n"]);
    wrun(["route", "-w", "150", "-o", "course.gpx"])
        .run()
        .usage_error(&["wrun: error: unexpected argument '-o' found; see --help\n"]);
    wrun(["batch", "--output", "answers/"]).run().usage_error(&[
        "wrun: error: invalid value 'answers/' for '--output': expected one of: ndjson, csv\n",
    ]);
    // A file with no extension can hold any output.
    wrun(["recommend", "-w", "150", "-t", "vest", "-o", "/tmp/answer"])
        .run()
        .usage_error(&["redirect it: > /tmp/answer\n"]);
    wrun(["man", "--out", "pages/"]).run().usage_error(&[
        "wrun: error: unexpected argument '--out' found; a similar argument exists: '--out-dir'\n",
    ]);
}

#[test]
fn a_flag_typed_as_the_last_word_of_its_name_is_told_its_whole_name() {
    // clap, weighing whole names, finds nothing near these.
    for (line, flag, whole) in [
        (
            "route -w 150 -t vest --week 3 run.gpx",
            "--week",
            "--plan-week",
        ),
        ("man --dir pages/", "--dir", "--out-dir"),
        ("batch --cells team.csv", "--cells", "--raw-cells"),
        (
            "batch --dialect excel team.csv",
            "--dialect",
            "--output-dialect",
        ),
    ] {
        wrun(line.split(' ')).run().usage_error(&[&format!(
            "wrun: error: unexpected argument '{flag}' found; a similar argument exists: \
             '{whole}'\n"
        )]);
    }
    // A flag of none of recommend's names, and no other command's, keeps
    // clap's line.
    wrun(["recommend", "-w", "150", "-t", "vest", "--week", "3"])
        .run()
        .usage_error(&["wrun: error: unexpected argument '--week' found; see --help\n"]);
}

#[test]
fn a_unit_given_as_a_flag_of_its_own_is_told_the_unit_flag() {
    for (flag, unit) in [
        ("--kg", "kg"),
        ("--lbs", "lb"),
        ("--metric", "kg"),
        ("--Imperial", "lb"),
    ] {
        wrun(["recommend", "-w", "70", "-t", "vest", flag])
            .run()
            .usage_error(&[&format!(
                "wrun: error: unexpected argument '{flag}' found; the unit goes with its flag: \
                 --unit {unit}\n"
            )]);
    }
    // A command without --unit keeps clap's line.
    wrun(["sources", "--kg"])
        .run()
        .usage_error(&["wrun: error: unexpected argument '--kg' found; see --help\n"]);
}

#[test]
fn a_flag_named_as_a_roster_heads_its_column_is_told_wrun_s_flag() {
    // A roster's `Body weight` or `Vest weight` column is read as the
    // field; typed as a flag, clap had no tip, or one for `--resting-hr`.
    for (line, told) in [
        (
            "recommend --body-weight 150 -t vest",
            "'--body-weight' found; wrun calls it --weight: --weight 150",
        ),
        (
            "recommend -t vest --bodyweight=68kg",
            "'--bodyweight' found; wrun calls it --weight: --weight 68kg",
        ),
        (
            "recommend -w 150 -t vest --vest-weight 12lb",
            "'--vest-weight' found; wrun calls it --load: --load 12lb",
        ),
        (
            "compare -w 150 --rhr 55",
            "'--rhr' found; wrun calls it --resting-hr: --resting-hr 55",
        ),
        // As pace calculators name how long a run lasts.
        (
            "recommend -w 150 -t vest --distance 5k --time 25m",
            "'--time' found; wrun calls it --duration: --duration 25m",
        ),
        // No value after it: the flag alone.
        (
            "recommend -w 150 -t vest --heart-rate",
            "'--heart-rate' found; wrun calls it --hr\n",
        ),
        // A flag of other commands: those that take it.
        (
            "plan -w 150 -t vest --goal-pace 9:00/mi",
            "'--goal-pace' found; wrun calls it --pace, a flag of 'wrun recommend', 'wrun \
             compare' and 'wrun route'",
        ),
        (
            "recommend -w 150 -t vest --run-days mon,thu",
            "'--run-days' found; wrun calls it --days, a flag of 'wrun plan'",
        ),
        (
            "compare -w 150 --weight-type vest",
            "'--weight-type' found; 'wrun compare' answers for every kind of weight: for one, \
             use 'wrun recommend --type'",
        ),
    ] {
        wrun(line.split(' '))
            .run()
            .usage_error(&[&format!("wrun: error: unexpected argument {told}")]);
    }
    // A name no roster gives keeps clap's line.
    wrun("recommend -w 150 -t vest --tempo 9:00".split(' '))
        .run()
        .usage_error(&["'--tempo' found; see --help"]);
}

#[test]
fn a_list_of_kinds_where_one_is_wanted_is_told_to_give_one() {
    wrun(["recommend", "-w", "150", "-t", "vest, hand weights"])
        .run()
        .usage_error(&[
            "wrun: error: invalid value 'vest, hand weights' for '--type': expected one of: vest, \
             hand-wrist, ankle; it names vest and hand-wrist: give one\n",
        ]);
    // Conditions are a list, written with commas.
    wrun(["compare", "-w", "150", "--condition", "knee and back"])
        .run()
        .usage_error(&[
            "wrun: error: invalid value 'knee and back' for '--condition': expected one of: \
             overweight, knee-pain, back-pain, none; to give more than one, separate them with \
             commas: knee-pain,back-pain\n",
        ]);
    // In a batch record, as its column is headed.
    let run = wrun(["batch", "--input", "csv"])
        .stdin("Weight,Type of weight\n150,\"Weighted vest, Ankle weights\"\n")
        .run();
    assert!(
        run.stdout.contains(
            "invalid value 'Weighted vest, Ankle weights' for 'Type of weight': expected one of: \
             vest, hand-wrist, ankle; it names vest and ankle: give one"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn a_command_left_out_is_told_the_command_line_with_one() {
    for (typed, line) in [
        (
            "150 vest",
            "'150'; a command comes first: try 'wrun recommend --weight 150 --type vest'",
        ),
        (
            "--no-config 68kg beginner",
            "'68kg'; a command comes first: try 'wrun --no-config compare --weight 68kg --level \
             beginner'",
        ),
        (
            "run.gpx -w 150",
            "'run.gpx'; a command comes first: try 'wrun route run.gpx -w 150'",
        ),
        // A Strava export's gzipped FIT, and Garmin Connect's zip.
        (
            "Morning_Run.fit.gz -w 150",
            "'Morning_Run.fit.gz'; a command comes first: try 'wrun route Morning_Run.fit.gz \
             -w 150'",
        ),
        (
            "12345678901.ZIP -w 150",
            "'12345678901.ZIP'; a command comes first: try 'wrun route 12345678901.ZIP -w 150'",
        ),
        (
            "Roster.CSV --output csv",
            "'Roster.CSV'; a command comes first: try 'wrun batch Roster.CSV --output csv'",
        ),
        // The program's name typed again, before a command line that
        // stands without it.
        (
            "wrun recommend -w 150 -t vest",
            "'wrun'; 'wrun' is typed twice: try 'wrun recommend -w 150 -t vest'",
        ),
        // With nothing after it, the line would be `wrun` alone.
        ("wrun", "'wrun'; see --help"),
        // The end of the options, which a command after it would not be.
        (
            "--no-config -- 150 vest",
            "'150'; a command comes first: try 'wrun --no-config recommend --weight 150 --type \
             vest'",
        ),
        (
            "150 vest mon,thu",
            "'150'; a command comes first: try 'wrun plan --weight 150 --type vest --days \
             mon,thu'",
        ),
        // Words that read as no flag's value, or as one flag's twice, or
        // as the flags of no one command.
        ("150 banana", "'150'; see --help"),
        ("150 vest 9:00/mi mon,thu", "'150'; see --help"),
        ("150 160", "'150'; see --help"),
        ("9:00/mi 10kph", "'9:00/mi'; see --help"),
    ] {
        let args: Vec<&str> = typed.split(' ').collect();
        let stderr = wrun(&args).run().usage_error(&[]).to_owned();
        assert_eq!(
            stderr,
            format!("wrun: error: unrecognized subcommand {line}"),
            "{typed}"
        );
    }
    // The program's name typed twice, found on PATH as `wrun`: the word
    // after it is the one refused.
    wrun(["wrun", "150", "vest"])
        .arg0("wrun")
        .run()
        .usage_error(&["wrun: error: unrecognized subcommand 'wrun'; see --help\n"]);
    wrun(["--no-config", "wrun", "compare", "-w", "150"])
        .arg0("wrun")
        .run()
        .usage_error(&["'wrun'; 'wrun' is typed twice: try 'wrun --no-config compare -w 150'\n"]);
    // Nor is a line offered that clap would refuse in turn: `help help`
    // takes no command after it (found by fuzzing).
    wrun(["help", "help", "wrun", "plan"])
        .run()
        .usage_error(&["wrun: error: unrecognized subcommand 'wrun'; see --help\n"]);
    // A misspelt command keeps clap's tip.
    wrun(["recomend", "-w", "150"]).run().usage_error(&[
        "wrun: error: unrecognized subcommand 'recomend'; a similar subcommand exists: 'recommend'",
    ]);
}

#[test]
fn days_written_without_commas_are_told_the_list_to_write() {
    wrun(["plan", "-w", "150", "-t", "vest", "--days", "Mon Wed Fri"])
        .run()
        .usage_error(&[
            "wrun: error: invalid value 'Mon Wed Fri' for '--days': expected weekdays separated \
             by commas, like mon,thu (mon, tue, wed, thu, fri, sat, sun); for these days, write \
             mon,wed,fri\n",
        ]);
}

#[test]
fn csv_of_one_runner_is_pointed_to_batch() {
    wrun(["compare", "-w", "150", "--format", "csv"])
        .run()
        .usage_error(&[
            "wrun: error: invalid value 'csv' for '--format': expected one of: text, json; 'wrun \
             compare' answers one runner: for CSV, a row a runner, give a roster to 'wrun batch \
             --command compare --output csv'\n",
        ]);
    wrun(["recommend", "-w", "150", "-t", "vest", "--format", "CSV"])
        .run()
        .usage_error(&["give a roster to 'wrun batch --output csv'\n"]);
    // Other commands, flags and values keep the plain line.
    wrun(["sources", "--format", "csv"]).run().usage_error(&[
        "wrun: error: invalid value 'csv' for '--format': expected one of: text, json\n",
    ]);
    wrun(["recommend", "-w", "150", "-t", "vest", "--level", "csv"])
        .run()
        .usage_error(&[
            "wrun: error: invalid value 'csv' for '--level': expected one of: beginner, \
             intermediate, experienced\n",
        ]);
}

#[test]
fn a_flag_of_another_command_is_refused_naming_the_commands_that_take_it() {
    wrun(["plan", "-w", "150", "-t", "vest", "--pace", "5:30/km"])
        .run()
        .usage_error(&[
            "wrun: error: unexpected argument '--pace' found; it is a flag of 'wrun recommend', \
             'wrun compare' and 'wrun route'\n",
        ]);
    // Given before the command that takes it.
    wrun(["-w", "150", "recommend", "-t", "vest"])
        .run()
        .usage_error(&[
            "wrun: error: unexpected argument '-w' found; it is a flag of 'wrun recommend', \
             'wrun compare', 'wrun plan', 'wrun route' and 'wrun config init'\n",
        ]);
    wrun(["batch", "--weight", "150", "roster.csv"])
        .run()
        .usage_error(&["'--weight' found; it is a flag of 'wrun recommend',"]);
}

#[test]
fn a_file_whose_name_starts_with_a_dash_is_told_how_to_name_it() {
    // clap reads such a name as flags: `-r` unknown, `-w alk.gpx` a bad
    // weight, `-t eam.csv` a bad kind of weight.
    for (args, file) in [
        (&["route", "-w", "150", "-run.gpx"][..], "-run.gpx"),
        (&["route", "-t", "vest", "-walk.gpx"], "-walk.gpx"),
        (&["route", "--loop.gpx", "-w", "150"], "--loop.gpx"),
        (&["batch", "-team.csv"], "-team.csv"),
        (&["batch", "-my team.csv"], "-my team.csv"),
    ] {
        let run = wrun(args).run();
        let line = format!(
            "wrun: error: '{file}' reads as flags, as it starts with '-': to read the file, \
             write {} or put -- before it",
            if file.contains(' ') {
                format!("\"./{file}\"")
            } else {
                format!("./{file}")
            }
        );
        assert_eq!(run.usage_error(&[]), line, "{args:?}");
    }
    // A flag of its own keeps its refusal, as does the name taken whole
    // for a flag's value.
    wrun(["route", "-w", "150", "-x"])
        .run()
        .usage_error(&["unexpected argument '-x' found"]);
    wrun(["route", "-w", "150", "--pace", "-run.gpx"])
        .run()
        .usage_error(&["invalid value '-run.gpx' for '--pace': "]);
}

#[test]
fn a_flag_typed_after_the_double_dash_is_told_that_the_dash_ends_the_flags() {
    // `--` makes every word after it a plain word: the flag is this
    // command's own, so naming the commands that take it would name this one.
    for (args, word) in [
        (
            &["plan", "-w", "150", "-t", "vest", "--", "--weeks", "4"][..],
            "--weeks",
        ),
        (&["recommend", "--", "-w", "150", "-t", "vest"], "-w"),
        (
            &["recommend", "-w", "150", "-t", "vest", "--", "--json"],
            "--json",
        ),
        (&["recommend", "-w", "150", "--", "-tvest"], "-tvest"),
        (&["compare", "-w", "150", "--", "--unit=kg"], "--unit=kg"),
    ] {
        let run = wrun(args).run();
        let line = format!(
            "wrun: error: unexpected argument '{word}' found; it comes after '--', which ends \
             the flags: put it before '--'"
        );
        assert_eq!(run.usage_error(&[]), line, "{args:?}");
    }
    // A flag this command does not take is still told who takes it.
    wrun(["plan", "-w", "150", "-t", "vest", "--", "--pace", "5:30/km"])
        .run()
        .usage_error(&[
            "'--pace' found; it is a flag of 'wrun recommend', 'wrun compare' and \
             'wrun route'\n",
        ]);
    // So is one given before its command, even with a `--` after it.
    wrun(["-w", "150", "recommend", "-t", "vest", "--", "--json"])
        .run()
        .usage_error(&["'-w' found; it is a flag of 'wrun recommend', 'wrun compare',"]);
}

#[test]
fn notes_by_id_without_json_output_are_refused_rather_than_ignored() {
    let text = "wrun: error: invalid value 'ids' for '--notes': only JSON output writes notes \
                by id; give --json, or leave out --notes";
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/route/Activity.fit");
    for args in [
        &["recommend", "-w", "150", "-t", "vest"][..],
        &["compare", "-w", "150"],
        &["plan", "-w", "150", "-t", "vest", "--format", "csv"],
        &["route", data, "-w", "150"],
    ] {
        let mut args = args.to_vec();
        args.extend(["--notes", "ids"]);
        assert_eq!(wrun(&args).run().usage_error(&[]), text, "{args:?}");
        // The default form, named, is no error.
        let at = args.len() - 1;
        args[at] = "text";
        assert_eq!(wrun(&args).run().code, 0, "{args:?}");
    }
    let batch = wrun(["batch", "--notes", "ids", "--output", "csv"])
        .stdin("{\"weight\":150,\"type\":\"vest\"}\n")
        .run();
    assert_eq!(
        batch.usage_error(&[]),
        "wrun: error: invalid value 'ids' for '--notes': only JSON output writes notes by id; \
         CSV output lists warnings and tips by id already"
    );
}

#[test]
fn non_utf8_arguments_are_refused_naming_their_flag() {
    let bad = OsString::from_vec(vec![b'1', b'5', 0xff]);
    let mut args: Vec<OsString> = ["recommend", "-t", "vest", "--weight"]
        .map(OsString::from)
        .to_vec();
    args.push(bad.clone());
    wrun(args)
        .run()
        .usage_error(&["--weight", "not valid UTF-8"]);

    let mut joined = OsString::from("--type=");
    joined.push(&bad);
    let args = vec![
        OsString::from("recommend"),
        "-w".into(),
        "150".into(),
        joined,
    ];
    wrun(args)
        .run()
        .usage_error(&["'--type'", "not valid UTF-8"]);
}

#[test]
fn a_non_utf8_file_name_is_not_blamed_for_a_later_bad_value() {
    // A file name may be any bytes; the weight may not.
    let file = OsString::from_vec(b"route-\xff.gpx".to_vec());
    let weight = OsString::from_vec(vec![b'1', b'5', 0xff]);
    let args = vec![
        OsString::from("route"),
        file,
        "-t".into(),
        "vest".into(),
        "-w".into(),
        weight,
    ];
    let stderr = wrun(args)
        .run()
        .usage_error(&["'-w'", "not valid UTF-8"])
        .to_owned();
    assert!(!stderr.contains("route-"), "{stderr}");
}

#[test]
fn a_non_utf8_file_name_is_not_blamed_for_an_error_of_another_kind() {
    // Neither an unknown flag nor a weight written with U+FFFD itself (valid
    // UTF-8, but what a garbled argument looks like) is about encoding.
    let file = || OsString::from_vec(b"route-\xff.gpx".to_vec());
    let route = |rest: [&str; 2]| {
        let mut args = vec![OsString::from("route"), file(), "-t".into(), "vest".into()];
        args.extend(rest.map(OsString::from));
        args
    };
    for (args, flag) in [
        (route(["--bogus", "1"]), "'--bogus'"),
        (route(["-w", "\u{fffd}"]), "'--weight'"),
    ] {
        let stderr = wrun(args).run().usage_error(&[flag]).to_owned();
        assert!(!stderr.contains("UTF-8"), "{stderr}");
    }
}

#[test]
fn huge_and_non_ascii_values_are_refused_not_panicked_on() {
    let huge = "9".repeat(100_000);
    wrun(recommend(&["-t", "vest", "-w", &huge]))
        .run()
        .usage_error(&["--weight"]);
    wrun(recommend(&["-t", "vest", "-w", "１５０"]))
        .run()
        .usage_error(&["--weight", "'１５０'"]);
    wrun(recommend(&["-t", "vést", "-w", "150"]))
        .run()
        .usage_error(&["--type", "'vést'"]);
    wrun(recommend(&["-t", "vest", "-w", "150 kg kg"]))
        .run()
        .usage_error(&["--weight"]);
}

#[test]
fn bad_run_options_name_the_flag_and_what_is_accepted() {
    for (flag, value, accepted) in [
        (
            "--pace",
            "9:30/lap",
            "expected a pace like 9:30/mi, 5:50/km or 5:30 min/km",
        ),
        (
            "--pace",
            "9:75/mi",
            "minutes and seconds after a larger part must be under 60, as on a clock",
        ),
        // A pace of nothing is an endless speed: not a pace at all.
        ("--pace", "0:00/km", "expected a pace like"),
        // Out of range, told in the unit it was typed in.
        (
            "--pace",
            "99:00/km",
            "the pace must be from 2:00/km to 50:00/km",
        ),
        (
            "--pace",
            "1:30/mi",
            "the pace must be from 3:13/mi to 1:20:28/mi",
        ),
        (
            "--speed",
            "40mph",
            "the speed must be from 0.75 mph to 18.64 mph",
        ),
        (
            "--speed",
            "10",
            "a speed needs its unit: write it like 6.5mph, 10.5km/h or 3m/s",
        ),
        (
            "--speed",
            "fast",
            "expected a speed like 6.5mph, 10.5km/h or 3m/s",
        ),
        ("--speed", "NaNkph", "expected a speed like"),
        // One given for the other: told for what it is.
        (
            "--pace",
            "10km/h",
            "that is a speed: give it as the speed, or a pace as the time per distance, like 9:30/mi \
             or 5:50/km",
        ),
        (
            "--speed",
            "5:30/km",
            "that is a pace: give it as the pace, or a speed as the distance per hour, like 6.5mph or \
             10.5km/h",
        ),
        (
            "--speed",
            "100kph",
            "the speed must be from 1.2 km/h to 30 km/h",
        ),
        (
            "--grade",
            "steep",
            "expected a grade in percent, like 4% or -2%",
        ),
        ("--grade", "30%", "the grade must be from -15 % to 25 %"),
        ("--grade", "-16%", "the grade must be from"),
        ("--hr", "fast", "expected a heart rate in beats per minute"),
        ("--hr", "300", "a heart rate must be from 30 to 230 bpm"),
        // A run's heart rate given as the resting one, and a maximum
        // missing its first digit, are no figures for either.
        (
            "--resting-hr",
            "150",
            "a resting heart rate must be from 30 to 120 bpm",
        ),
        (
            "--max-hr",
            "85",
            "a maximum heart rate must be from 100 to 230 bpm",
        ),
        (
            "--hr",
            "50",
            "must be above the resting heart rate (60 by default)",
        ),
    ] {
        let mut args = vec!["-w", "150", "-t", "vest", flag, value];
        if !["--pace", "--speed"].contains(&flag) {
            args.extend(["--speed", "10kph"]);
        }
        wrun(recommend(&args))
            .run()
            .usage_error(&[flag, &format!("'{value}'"), accepted]);
    }
}

#[test]
fn bad_durations_and_distances_are_refused() {
    for (flag, value, accepted) in [
        (
            "--duration",
            "45",
            "a duration needs its unit: write it like 45m, 90min or 1h30",
        ),
        (
            "--duration",
            "45 furlongs",
            "expected a duration like 45m, 1h30, 90min, 1.5h, 45:00 or 1:05:00",
        ),
        (
            "--duration",
            "0m",
            "the duration must be from 1 minute to 24 hours",
        ),
        ("--duration", "25h", "the duration must be from"),
        (
            "--duration",
            "1h75",
            "minutes and seconds after a larger part must be under 60, as on a clock",
        ),
        (
            "--distance",
            "13.1",
            "a distance needs its unit: write it like 5km, 3.1mi or 800m",
        ),
        (
            "--distance",
            "5 yards",
            "expected a distance like 5km, 3.1mi, 800m or half marathon",
        ),
        (
            "--distance",
            "50m",
            "the distance must be from 100 m to 250 km",
        ),
        // A sign is told as such, as a weight's is.
        (
            "--distance",
            "-5km",
            "expected a distance with no sign, like 5km, 3.1mi or 800m",
        ),
        (
            "--duration",
            "+30m",
            "expected a duration with no sign, like 45m, 1h30 or 45:00",
        ),
        (
            "--hr",
            "-150",
            "expected a heart rate with no sign, like 150 or 150bpm",
        ),
    ] {
        wrun(recommend(&[
            "-w", "150", "-t", "vest", "--pace", "6:00/km", flag, value,
        ]))
        .run()
        .usage_error(&[flag, &format!("'{value}'"), accepted]);
    }
}

#[test]
fn run_options_that_conflict_or_lack_a_companion_are_refused() {
    let base = ["-w", "150", "-t", "vest"];
    for (extra, needles) in [
        (
            &["--pace", "9:30/mi", "--speed", "10kph"][..],
            &["--pace", "--speed", "cannot be used with"][..],
        ),
        (
            &["--speed", "12kph", "--duration", "30m", "--distance", "5km"],
            &[
                "--speed 12kph disagrees with --distance 5km in --duration 30m",
                "10 km/h",
            ],
        ),
        (
            &["--duration", "30m"],
            &["'--duration' needs --pace, --speed or --distance: "],
        ),
        (
            &["--distance", "5km"],
            &["'--distance' needs --pace, --speed or --duration: "],
        ),
        (
            &["--grade", "4%"],
            &["'--grade' needs --pace or --speed, or --duration and --distance together"],
        ),
        (
            // The ground of a walk there is none of.
            &["--terrain", "sand", "--hr", "140"],
            &["'--terrain' needs --pace or --speed, or --duration and --distance together"],
        ),
        (
            // A walk there is none of, and no heart rate to give for it.
            &["--gait", "walk"],
            &["'--gait' needs --pace or --speed, or --duration and --distance together"],
        ),
        (
            &["--hr", "100", "--resting-hr", "110"],
            &["--hr", "above the resting heart rate (110)"],
        ),
        (
            // No run's heart rate here: the message names the resting one.
            &["--max-hr", "110", "--resting-hr", "110"],
            &[
                "invalid value '110' for '--max-hr': a maximum heart rate must be from 100 to \
                 230 bpm, above the resting heart rate and at least the heart rate on the run; \
                 the resting heart rate here is 110",
            ],
        ),
        (
            // A maximum below the heart rate held on the run names it.
            &["--max-hr", "180", "--hr", "185", "--pace", "9:00/mi"],
            &[
                "invalid value '180' for '--max-hr': a maximum heart rate must be from 100 to \
                 230 bpm, above the resting heart rate and at least the heart rate on the run, \
                 here 185",
            ],
        ),
        (
            // Out of its range, it is the range that is told.
            &["--max-hr", "99", "--hr", "185", "--pace", "9:00/mi"],
            &[
                "invalid value '99' for '--max-hr': a maximum heart rate must be from 100 to 230 \
               bpm, above the resting heart rate and at least the heart rate on the run\n",
            ],
        ),
    ] {
        let mut args = base.to_vec();
        args.extend_from_slice(extra);
        wrun(recommend(&args)).run().usage_error(needles);
    }
}

#[test]
fn a_mistyped_name_gets_a_did_you_mean_on_the_command_line_and_in_batch() {
    wrun(["recommend", "-w", "150", "-t", "vst"])
        .run()
        .usage_error(&[
            "--type",
            "'vst'",
            "did you mean 'vest'?",
            "vest, hand-wrist, ankle",
        ]);
    wrun([
        "recommend",
        "-w",
        "150",
        "-t",
        "vest",
        "--condition",
        "nee-pain",
    ])
    .run()
    .usage_error(&["did you mean 'knee-pain'?"]);
    // A variable that stands in for a flag says it the same way.
    wrun(["recommend", "-w", "150", "-t", "vest"])
        .env("WRUN_LEVEL", "begginer")
        .run()
        .usage_error(&[
            "invalid value 'begginer' for 'WRUN_LEVEL': did you mean 'beginner'? expected one \
             of: beginner, intermediate, experienced",
        ]);
    // So does a batch record, naming its field as the record does.
    let run = wrun(["batch"])
        .stdin("{\"weight\":150,\"type\":\"vest\",\"level\":\"advancd\"}\n")
        .run();
    assert_eq!(
        run.stdout,
        "{\"line\":1,\"error\":\"invalid value 'advancd' for 'level': did you mean \
         'experienced'? expected one of: beginner, intermediate, experienced\"}\n"
    );
    // Spreadsheet and everyday spellings are understood outright.
    for (flag, value) in [
        ("--condition", "Knee Pain"),
        ("--condition", "knee_pain"),
        ("-l", "advanced"),
        ("-l", "Novice"),
    ] {
        wrun(["recommend", "-w", "150", "-t", "hand/wrist", flag, value])
            .run()
            .ok();
    }
}

#[test]
fn range_and_list_errors_say_in_words_what_was_typed_and_what_is_accepted() {
    wrun(["plan", "-w", "150", "-t", "vest", "--weeks", "0"])
        .run()
        .usage_error(&["--weeks", "'0'", "between 2 and 26"]);
    wrun(["plan", "-w", "150", "-t", "vest", "--days", "mon thu"])
        .run()
        .usage_error(&["'mon thu'", "separated by commas, like mon,thu"]);
    // A speed worked out from the distance and duration names those flags
    // and the speed, never a --speed that was not given.
    let slow = wrun([
        "recommend",
        "-w",
        "150",
        "-t",
        "vest",
        "--duration",
        "1h",
        "--distance",
        "0.5km",
    ])
    .run();
    let line = slow.usage_error(&["--distance 0.5km with --duration 1h", "which is 0.5 km/h"]);
    assert!(!line.contains("--speed"), "{line}");
    // 100 m at 6:00/km takes 36 seconds: the figure that breaks the limit.
    wrun([
        "recommend",
        "-w",
        "150",
        "-t",
        "vest",
        "--pace",
        "6:00/km",
        "--distance",
        "100m",
    ])
    .run()
    .usage_error(&["0.1 km in 36 s", "1 minute to 24 hours"]);
    // A distance or duration out of its own range is named as such before
    // the speed the two make: 5 km in no time is no "inf km/h".
    let run = |distance: &str, duration: &str| {
        let mut args = recommend(&["-w", "150", "-t", "vest"]);
        args.extend(["--distance", distance, "--duration", duration].map(String::from));
        wrun(args).run()
    };
    let no_time = run("5km", "0m");
    let line = no_time.usage_error(&[
        "invalid value '0m' for '--duration': the duration must be from 1 minute to 24 hours",
    ]);
    assert!(!line.contains("inf"), "{line}");
    run("50m", "30m").usage_error(&[
        "invalid value '50m' for '--distance': the distance must be from 100 m to 250 km",
    ]);
    // A batch record names its fields.
    let batch = wrun(["batch"])
        .stdin(r#"{"weight": 150, "type": "vest", "distance": "5km", "duration": "0m"}"#)
        .run();
    assert_eq!(
        crate::support::lines(&batch.stdout)[0]["error"],
        "invalid value '0m' for 'duration': the duration must be from 1 minute to 24 hours"
    );
}

#[test]
fn a_file_name_that_is_not_utf8_is_read_as_it_is() {
    let name = OsString::from_vec(b"course-\xff.gpx".to_vec());
    let dir = std::env::temp_dir().join(format!("wrun-utf8-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(&name);
    let source = crate::support::route_fixture("strava_route_example.gpx");
    std::fs::copy(source, &path).unwrap();
    let args: Vec<OsString> = vec![
        "route".into(),
        path.into_os_string(),
        "-w".into(),
        "70kg".into(),
        "--pace".into(),
        "6:00/km".into(),
        "--json".into(),
    ];
    let answer = wrun(args).run().json();
    assert_eq!(answer["kind"], "planned");
    std::fs::remove_dir_all(dir).unwrap();
}
