//! `wrun plan` on the calendar: dated weeks, runs on chosen days, an
//! iCalendar file parsed back event by event, and CSV for spreadsheets.

use icalendar::parser::{read_calendar, unfold};

use crate::support::wrun;

/// A 150 lb runner's vest plan, with `extra` flags.
fn vest_plan(extra: &[&str]) -> crate::support::Run {
    let mut args = vec!["plan", "-w", "150", "-t", "vest"];
    args.extend_from_slice(extra);
    wrun(args).run()
}

/// A vest plan from Monday 2026-12-07, with `extra` flags.
fn plan(extra: &[&str]) -> crate::support::Run {
    let mut args = vec!["--start", "2026-12-07"];
    args.extend_from_slice(extra);
    vest_plan(&args)
}

/// Each event's properties, by name.
fn events(ics: &str) -> Vec<std::collections::HashMap<String, String>> {
    let unfolded = unfold(ics);
    let calendar = read_calendar(&unfolded).expect("the ICS parses");
    calendar
        .components
        .iter()
        .filter(|component| component.name == "VEVENT")
        .map(|event| {
            event
                .properties
                .iter()
                .map(|property| (property.name.to_string(), property.val.to_string()))
                .collect()
        })
        .collect()
}

#[test]
fn every_weighted_run_is_an_all_day_event_with_its_load_and_guidance() {
    let run = plan(&["--format", "ics"]);
    let ics = run.ok();
    assert!(ics.starts_with("BEGIN:VCALENDAR"));
    let events = events(ics);
    // 1 run in weeks 1 and 2 (week 2's load rises, so its runs hold), then
    // 2 a week: 10 runs in 6 weeks.
    assert_eq!(events.len(), 10);
    let first = &events[0];
    assert_eq!(first["DTSTART"], "20261207");
    assert_eq!(
        first["DTEND"], "20261208",
        "an all-day event ends the next day"
    );
    assert_eq!(first["SUMMARY"], "Weighted run: vest 7.5 lb, flat");
    assert!(first["DESCRIPTION"].contains("Week 1 of 6"));
    assert!(first["DESCRIPTION"].contains("Warnings:"));
    // Week 2: one run; week 3: two, three days apart.
    let next: Vec<&str> = events[1..4].iter().map(|e| e["DTSTART"].as_str()).collect();
    assert_eq!(next, ["20261214", "20261221", "20261224"]);
    for event in &events {
        assert!(event["UID"].ends_with("@wrun"));
        assert!(event.contains_key("DTSTAMP"));
    }
    let uids: std::collections::HashSet<&str> = events.iter().map(|e| e["UID"].as_str()).collect();
    assert_eq!(uids.len(), events.len(), "one UID per run");
    // Hand weights are a load in each hand.
    let hands = wrun([
        "plan",
        "-w",
        "150",
        "-t",
        "hand",
        "--start",
        "2026-12-07",
        "--format",
        "ics",
    ])
    .run();
    assert_eq!(
        self::events(hands.ok())[0]["SUMMARY"],
        "Weighted run: hands 1 lb each, easy runs"
    );
}

#[test]
fn the_same_plan_imports_over_itself() {
    let once = plan(&["--format", "ics"]).stdout;
    let again = plan(&["--format", "ics"]).stdout;
    let uids =
        |ics: &str| -> Vec<String> { events(ics).iter().map(|e| e["UID"].clone()).collect() };
    assert_eq!(
        uids(&once),
        uids(&again),
        "the same UIDs, so an import updates"
    );
    let other = wrun([
        "plan",
        "-w",
        "160",
        "-t",
        "vest",
        "--start",
        "2026-12-07",
        "--format",
        "ics",
    ])
    .run()
    .stdout;
    let uid = |ics: &str| events(ics)[0]["UID"].clone();
    assert_ne!(uid(&once), uid(&other));
}

#[test]
fn a_start_before_today_is_planned_as_asked_with_a_note_that_it_is_past() {
    // Today is Monday 30 November 2026 (the tests' clock); a coach planning
    // for December types last year.
    let past = vest_plan(&["--start", "2025-12-07", "--format", "csv"]);
    assert_eq!(past.code, 0);
    assert!(
        past.stdout.contains("\n1,1,2025-12-07,Sunday,7.5,"),
        "{}",
        past.stdout
    );
    assert_eq!(
        past.stderr,
        "wrun: note: --start 2025-12-07 is 51 weeks before today (2026-11-30): the plan's runs \
         are dated from then; give a later date for a plan from now\n"
    );
    for (start, ago) in [
        ("2026-11-29", "1 day"),
        ("2026-11-27", "3 days"),
        ("2026-11-17", "13 days"),
        ("2026-11-16", "2 weeks"),
    ] {
        let run = vest_plan(&["--start", start, "--json"]);
        let said = format!("--start {start} is {ago} before today (2026-11-30)");
        assert!(run.stderr.contains(&said), "{said}: {}", run.stderr);
    }
    // Today, or a day to come, is no note.
    vest_plan(&["--start", "2026-11-30", "--format", "ics"]).ok();
    vest_plan(&["--start", "tomorrow", "--brief"]).ok();
    // A plan refused says so in one line, and nothing of its date.
    vest_plan(&[
        "--start",
        "2025-12-07",
        "-l",
        "experienced",
        "--days",
        "mon",
    ])
    .usage_error(&["--days", "give at least 3 days"]);
}

#[test]
fn runs_fall_on_the_days_asked_and_too_few_days_are_refused() {
    let run = plan(&["--days", "tue,sat", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(run.ok().as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 10);
    assert_eq!(&rows[0][2], "2026-12-08");
    assert_eq!(&rows[0][3], "Tuesday");
    assert_eq!((&rows[3][2], &rows[3][3]), ("2026-12-26", "Saturday"));
    assert_eq!((&rows[0][4], &rows[0][6]), ("7.5", "vest"));
    // The flag given twice gives the days of both.
    let twice = plan(&["--days", "tue", "--days", "sat", "--format", "csv"]);
    assert_eq!(twice.ok(), run.ok());
    vest_plan(&["-l", "experienced", "--days", "mon,fri"]).usage_error(&[
        "invalid value 'mon,fri' for '--days': 2 weekdays, but week 6 has 3 runs; give at least \
         3 days",
    ]);
    // A day named twice counts once, and the message says so.
    vest_plan(&["--days", "mon,Monday"]).usage_error(&[
        "invalid value 'mon,mon' for '--days': 1 weekday, but week 3 has 2 runs; give at least 2 \
         days",
    ]);
    vest_plan(&["--days", "someday"]).usage_error(&["--days", "'someday'", "mon, tue"]);
    // The value as given, and the list to write for all of it.
    vest_plan(&["--days", "Mon, Wed & Fri"]).usage_error(&[
        "invalid value 'Mon, Wed & Fri' for '--days': expected weekdays separated by commas, like \
         mon,thu (mon, tue, wed, thu, fri, sat, sun); for these days, write mon,wed,fri",
    ]);
    vest_plan(&["--start", "7/12/2026"]).usage_error(&["--start", "2026-12-07"]);
    vest_plan(&["--start", "07-12-2026"])
        .usage_error(&["for 07-12-2026, write 2026-12-07 (7 December) or 2026-07-12 (12 July)"]);
    // Without its year, the forms to write it in; wrun does not guess one.
    vest_plan(&["--start", "12/7"]).usage_error(&[
        "for 12/7, write it with its year: YYYY-07-12 (12 July) or YYYY-12-07 (7 December)",
    ]);
    // A day past its month's end says how long the month is, in whatever
    // form the date is written.
    for (start, month) in [
        ("2026-02-30", "2026-02 has 28 days"),
        ("2028-02-30", "2028-02 has 29 days"),
        ("2026-04-31", "2026-04 has 30 days"),
        ("2026-12-32", "2026-12 has 31 days"),
        ("30/2/2026", "2026-02 has 28 days"),
        ("2/30/2026", "2026-02 has 28 days"),
        ("31.4.2027", "2027-04 has 30 days"),
        ("Feb 30, 2027", "2027-02 has 28 days"),
        ("30th February 2028", "2028-02 has 29 days"),
        ("20270230", "2027-02 has 28 days"),
    ] {
        vest_plan(&["--start", start]).usage_error(&[&format!(
            "invalid value '{start}' for '--start': {month}; expected a date as YYYY-MM-DD, like \
             2026-12-07"
        )]);
    }
    for start in ["2026-13-01", "2026-12-00", "2026-02-x"] {
        vest_plan(&["--start", start]).usage_error(&[&format!(
            "invalid value '{start}' for '--start': expected a date as YYYY-MM-DD, like 2026-12-07"
        )]);
    }
    // A year of two digits is not read as the year 26, nor one with a sign
    // as a year no calendar file holds.
    for start in ["26-12-07", "+262142-12-25", "12026-12-07"] {
        vest_plan(&["--start", start]).usage_error(&[&format!(
            "invalid value '{start}' for '--start': expected a date as YYYY-MM-DD, like 2026-12-07"
        )]);
    }
    // Three weeks from 9999-12-14 end on 9999-12-31 itself.
    let last = vest_plan(&["--start", "9999-12-14", "--weeks", "3", "--format", "ics"]);
    assert!(last.ok().contains("DTSTART;VALUE=DATE:99991231\r\n"));
    // A plan whose runs would go past 9999-12-31 (the six weeks from
    // 9999-12-25) is refused; iCalendar writes a year in four digits.
    for format in ["text", "ics", "csv"] {
        vest_plan(&["--start", "9999-12-25", "--format", format]).usage_error(&[
            "invalid value '9999-12-25' for '--start': the plan runs past 9999-12-31, the last \
             date a calendar can hold",
        ]);
    }
}

#[test]
fn dated_weeks_show_in_text_and_json() {
    let text = plan(&["--days", "mon,thu"]);
    assert!(
        text.ok().contains("\n1 Mon 7 Dec   7.5 lb (3.4 kg)"),
        "{}",
        text.stdout
    );
    let json = plan(&["--json"]).json();
    assert_eq!(json["weeks"][1]["start_date"], "2026-12-14");
    assert_eq!(
        json["weeks"][2]["run_dates"],
        serde_json::json!(["2026-12-21", "2026-12-24"])
    );
    let undated = wrun(["plan", "-w", "150", "-t", "vest", "--json"])
        .run()
        .json();
    assert!(undated["weeks"][0].get("start_date").is_none());
}

#[test]
fn without_a_start_the_calendar_and_the_spreadsheet_begin_on_the_local_date() {
    // At 06:43 UTC on Monday 30 November 2026 (a fixed clock), it is
    // Monday evening at UTC+14 and Sunday evening at UTC−12: a plan that
    // began on the UTC date would begin on the same day in both. (POSIX TZ
    // strings, so no time-zone database is needed.)
    let first_date = |tz: &str, format: &str| {
        let out = wrun(["plan", "-w", "150", "-t", "vest", "--format", format])
            .env("TZ", tz)
            .env("SOURCE_DATE_EPOCH", "1796020980")
            .run();
        let text = out.ok().to_owned();
        if format == "ics" {
            events(&text)[0]["DTSTART"].clone()
        } else {
            let mut reader = csv::Reader::from_reader(text.as_bytes());
            let row = reader.records().next().unwrap().unwrap();
            row[2].replace('-', "")
        }
    };
    let east = first_date("EAST-14", "ics");
    // Sunday 29 November 2026, 22:43 in Los Angeles (06:43 UTC on Monday):
    // the plan begins on the Sunday, not on the UTC Monday.
    let sunday = wrun(["plan", "-w", "150", "-t", "vest", "--format", "ics"])
        .env("TZ", "PST8PDT,M3.2.0,M11.1.0")
        .env("SOURCE_DATE_EPOCH", "1796020980")
        .run();
    let events = events(sunday.ok());
    assert_eq!(events[0]["DTSTART"], "20261129");
    assert_eq!(
        events[0]["DTSTAMP"], "20261130T064300Z",
        "the time of writing"
    );
    let west = first_date("WEST+12", "ics");
    assert_eq!(
        (east.as_str(), west.as_str()),
        ("20261130", "20261129"),
        "TZ decides today"
    );
    assert_eq!(
        east,
        first_date("EAST-14", "csv"),
        "CSV starts the same day"
    );
    assert_eq!(west, first_date("WEST+12", "csv"));
}

#[test]
fn the_dates_line_names_the_days_of_every_size_of_week_and_the_days_left_free() {
    let line = |args: &[&str]| {
        let mut all = vec!["plan", "-w", "150", "-t", "vest", "--start", "2026-12-07"];
        all.extend_from_slice(args);
        let run = wrun(&all).run();
        let text = run.ok().replace('\n', " ");
        let from = text.find("Week 1 starts").expect("a dates line");
        let to = text[from..].find("; --format ics").expect("its end") + from;
        text[from..to].to_owned()
    };
    // Spread by wrun: an experienced runner's weeks of 1, 2 and 3 runs.
    assert_eq!(
        line(&["-l", "experienced", "--weeks", "8"]),
        "Week 1 starts Mon 7 Dec 2026; runs fall on Mon, Wed, Fri (a week of 1 run: Mon; of 2: \
         Mon, Thu; --days to choose)"
    );
    // Chosen: a beginner's one run a week takes the first day from the
    // start, and says which it leaves free, once each, Monday first.
    assert_eq!(
        line(&["-l", "beginner", "--days", "fri,mon,wed,fri"]),
        "Week 1 starts Mon 7 Dec 2026; runs fall on Mon (Wed, Fri left free)"
    );
    assert_eq!(
        line(&["--days", "sat,mon,wed"]),
        "Week 1 starts Mon 7 Dec 2026; runs fall on Mon, Wed (a week of 1 run: Mon; Sat left free)"
    );
    // Every day chosen is used and every week is alike: nothing to add.
    assert_eq!(
        line(&["--weeks", "2", "--days", "tue"]),
        "Week 1 starts Mon 7 Dec 2026; runs fall on Tue"
    );
}

#[test]
fn chosen_days_without_a_start_are_dated_from_today_in_text_and_json() {
    // Monday 30 November 2026 (a fixed clock, UTC): the first week's runs
    // fall on that Monday and the Thursday after.
    let plan = |format: &str| {
        wrun([
            "plan", "-w", "150", "-t", "vest", "--days", "mon,thu", "--format", format,
        ])
        .env("TZ", "UTC0")
        .env("SOURCE_DATE_EPOCH", "1796020980")
        .run()
    };
    let json = plan("json").json();
    assert_eq!(json["weeks"][0]["start_date"], "2026-11-30");
    assert_eq!(
        json["weeks"][2]["run_dates"],
        serde_json::json!(["2026-12-14", "2026-12-17"])
    );
    let text = plan("text");
    // Weeks 1 and 2 have one run, on the first of the days.
    assert!(
        text.ok().contains(
            "Week 1 starts Mon 30 Nov 2026; runs fall on Mon, Thu (a week of 1 run: Mon);"
        ),
        "{}",
        text.ok()
    );
    // The days were chosen: no hint to choose them, as there is where
    // wrun spread the runs.
    assert!(!text.ok().contains("--days to choose"), "{}", text.ok());
    let spread = wrun(["plan", "-w", "150", "-t", "vest", "--start", "2026-11-30"]).run();
    assert!(
        spread
            .ok()
            .replace('\n', " ")
            .contains("runs fall on Mon, Thu (a week of 1 run: Mon; --days to choose)"),
        "{}",
        spread.stdout
    );
    // Without chosen days, text and JSON stay undated.
    let undated = wrun(["plan", "-w", "150", "-t", "vest", "--json"])
        .run()
        .json();
    assert!(undated["weeks"][0].get("start_date").is_none());
}

#[test]
fn a_start_of_today_tomorrow_or_a_weekday_is_counted_from_the_local_date() {
    // 06:43 UTC on Monday 30 November 2026 (a fixed clock): Sunday evening
    // in Los Angeles, Monday evening at UTC+14.
    let first_week = |tz: &str, start: &str| {
        let json = wrun([
            "plan", "-w", "150", "-t", "vest", "--start", start, "--json",
        ])
        .env("TZ", tz)
        .env("SOURCE_DATE_EPOCH", "1796020980")
        .run()
        .json();
        json["weeks"][0]["start_date"].as_str().unwrap().to_owned()
    };
    let los_angeles = "PST8PDT,M3.2.0,M11.1.0";
    assert_eq!(first_week(los_angeles, "today"), "2026-11-29");
    assert_eq!(first_week(los_angeles, "tomorrow"), "2026-11-30");
    assert_eq!(first_week(los_angeles, "mon"), "2026-11-30");
    assert_eq!(
        first_week(los_angeles, "Sunday"),
        "2026-11-29",
        "today is one"
    );
    assert_eq!(first_week("EAST-14", "today"), "2026-11-30");
    assert_eq!(first_week("EAST-14", "mon"), "2026-11-30", "today is one");
    assert_eq!(first_week("EAST-14", "sun"), "2026-12-06");
    vest_plan(&["--start", "yesterday"]).usage_error(&[
        "invalid value 'yesterday' for '--start': expected a date as YYYY-MM-DD, like \
         2026-12-07, or today, tomorrow or a weekday (mon)",
    ]);
    // `next` may mean this week's or the one after: told what a weekday
    // alone names.
    vest_plan(&["--start", "next Thursday"]).usage_error(&[
        "invalid value 'next Thursday' for '--start': expected a date as YYYY-MM-DD, like \
         2026-12-07, or today, tomorrow or a weekday (mon); thu is the coming Thursday, today \
         on a Thursday: write thu, or the date for another",
    ]);
    // And a weekday with an `s`, as people shorten one.
    assert_eq!(first_week("EAST-14", "Weds"), "2026-12-02");
}

#[test]
fn every_csv_row_carries_the_plans_verdict_and_an_empty_plan_says_why() {
    let args = [
        "plan",
        "-w",
        "150",
        "-t",
        "vest",
        "-l",
        "experienced",
        "--weeks",
        "4",
        "--days",
        "mon,tue,wed",
        "--start",
        "2026-12-07",
        "--format",
        "csv",
    ];
    let run = wrun(args).run();
    let mut reader = csv::Reader::from_reader(run.ok().as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "week",
            "run",
            "date",
            "weekday",
            "load_lb",
            "load_kg",
            "per",
            "change",
            "focus",
            "verdict",
            "verdict_because"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 6);
    // Runs on Monday and Tuesday leave no full day of rest: the plan's
    // caution stands on every row, the weeks of one run included.
    for row in &rows {
        assert_eq!((&row[9], &row[10]), ("caution", "consecutive-days"));
    }
    let ankle = wrun(["plan", "-w", "150", "-t", "ankle", "--format", "csv"]).run();
    assert_eq!(ankle.code, 0);
    assert_eq!(
        ankle.stdout,
        "week,run,date,weekday,load_lb,load_kg,per,change,focus,verdict,verdict_because\n"
    );
    // The reason, then each finding that set the verdict, in words.
    assert_eq!(
        ankle.stderr,
        "wrun: nothing to schedule, no runs to list: Ankle weights get no plan: they are not a \
         weight to run with. (verdict: not-recommended, set by ankle-risks, ankle-injury-risk)\n\
         wrun: danger [ankle-injury-risk]: Ankle weights strain the joints, muscles and tendons \
         of the lower leg and carry the highest injury risk of any running weight; keep them for \
         resistance training.\n"
    );
}

#[test]
fn a_hand_plans_csv_says_each_load_is_per_hand() {
    let args = ["plan", "-w", "150", "-t", "hand", "--start", "2026-12-07"];
    let run = wrun([&args[..], &["--format", "csv"]].concat()).run();
    let mut reader = csv::Reader::from_reader(run.ok().as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    // 1 lb in each hand, as the text says, not 1 lb in all.
    assert_eq!(
        (&rows[0][4], &rows[0][5], &rows[0][6]),
        ("1", "0.45", "hand")
    );
    assert!(rows.iter().all(|row| &row[6] == "hand"));
    let json = wrun([&args[..], &["--json"]].concat()).run();
    let json: serde_json::Value = serde_json::from_str(json.ok()).unwrap();
    assert_eq!(json["per"], "hand");
}

#[test]
fn a_plan_with_no_weighted_run_writes_no_empty_calendar() {
    for (args, finding) in [
        (
            &["plan", "-w", "150", "-t", "ankle", "--format", "ics"][..],
            "wrun: danger [ankle-injury-risk]: Ankle weights strain",
        ),
        (
            &[
                "plan",
                "-w",
                "150",
                "-t",
                "hand",
                "-l",
                "beginner",
                "--increment",
                "3lb",
                "--format",
                "ics",
            ],
            "wrun: caution [increment-too-coarse]: Your weights come in steps of 3 lb, and no \
             step lies between 1 lb and 2 lb per hand",
        ),
    ] {
        let run = wrun(args.iter().copied()).run();
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert_eq!(run.stdout, "");
        // Why, then each finding that set the verdict, a line each.
        let lines: Vec<&str> = run.stderr.lines().collect();
        assert!(
            lines[0].starts_with("wrun: nothing to schedule"),
            "{}",
            run.stderr
        );
        assert!(
            lines[1..].iter().any(|line| line.starts_with(finding)),
            "{}",
            run.stderr
        );
    }
    let calendar = plan(&["--format", "ics"]);
    assert!(calendar.ok().contains(concat!(
        "PRODID:-//wrun//wrun ",
        env!("CARGO_PKG_VERSION"),
        "//EN"
    )));
}
