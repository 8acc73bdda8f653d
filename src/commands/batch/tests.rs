//! The batch invariant on generated rosters: every record gives exactly one
//! output line, in order, whatever its cells hold.

use std::io::BufReader;

use crate::input::{FirstFill, Scripted, Step};

use proptest::prelude::*;

use super::*;
use crate::cli::{BatchArgs, BatchCommand, OutputFormat};

fn args(input: Option<InputFormat>, output: OutputFormat) -> BatchArgs {
    BatchArgs {
        file: None,
        input,
        delimiter: None,
        encoding: None,
        command: BatchCommand::Recommend,
        weight_type: None,
        output,
        format: None,
        unit: None,
        unit_source: crate::cli::UnitSource::Default,
        raw_cells: false,
        output_delimiter: None,
        output_dialect: crate::cli::OutputDialect::Mirror,
        notes: crate::cli::NotesFlag::Text,
        line_buffered: false,
    }
}

/// What [`batch`] reports when every record was answered (the run does not
/// count them then; a batch with failures reports both counts).
const ALL_OK: (u64, u64) = (u64::MAX, 0);

/// Runs a batch over `input`: its output, and (ok, failed), or [`ALL_OK`].
fn batch(args: &BatchArgs, input: &[u8]) -> (Vec<u8>, Result<(u64, u64), String>) {
    batch_from(args, Box::new(BufReader::with_capacity(64, input)))
}

/// Runs a batch over what `reader` gives, as [`batch`].
fn batch_from(
    args: &BatchArgs,
    reader: Box<dyn BufRead + '_>,
) -> (Vec<u8>, Result<(u64, u64), String>) {
    let mut out = Vec::new();
    let outcome = match answer_input(
        args,
        &crate::config::Profile::default(),
        reader,
        "roster",
        &mut out,
    ) {
        Ok(()) => Ok(ALL_OK),
        Err(Error::BatchFailed { ok, failed }) => Ok((ok, failed)),
        Err(other) => Err(other.to_string()),
    };
    (out, outcome)
}

/// The JSON values of `out`'s NDJSON lines.
fn json_lines(out: &[u8]) -> Vec<serde_json::Value> {
    out.split(|byte| *byte == b'\n')
        .filter(|line| !line.is_empty())
        .map(|line| serde_json::from_slice(line).unwrap())
        .collect()
}

/// A cell as a generated roster may hold it.
fn cell() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        Just(b"150".to_vec()),
        Just(b"68kg".to_vec()),
        Just(b"vest".to_vec()),
        Just(b"ve\"st".to_vec()),
        Just(b"".to_vec()),
        Just(b"a, b".to_vec()),
        Just(b"two\nlines".to_vec()),
        Just(b"\xff\xfe".to_vec()),
        Just(b"say \"hi\"".to_vec()),
        Just(b"mon,thu".to_vec()),
        Just(b"sat;sun".to_vec()),
        Just(b"mon".to_vec()),
        "[a-z0-9 ;\t]{0,6}".prop_map(String::into_bytes),
    ]
}

/// How a cell is written: quoted when it must be, and sometimes when not.
fn write_cell(out: &mut Vec<u8>, cell: &[u8], quote: bool) {
    let must =
        cell.iter().any(|byte| matches!(byte, b',' | b'\n' | b'\r')) || cell.first() == Some(&b'"');
    if quote || must {
        out.push(b'"');
        for byte in cell {
            if *byte == b'"' {
                out.push(b'"');
            }
            out.push(*byte);
        }
        out.push(b'"');
    } else {
        out.extend_from_slice(cell);
    }
}

/// A roster row: its id, then weight, type and weekdays (a plan's; carried
/// by the other commands), and how it is written.
type Row = (Vec<u8>, Vec<u8>, Vec<u8>, bool, bool, bool);

fn roster(rows: &[Row], bom: bool) -> Vec<u8> {
    let mut input = Vec::new();
    if bom {
        input.extend_from_slice(b"\xEF\xBB\xBF");
    }
    input.extend_from_slice(b"Id,Weight,TYPE,Days\n");
    for (n, (weight, weight_type, days, quote, crlf, blank_after)) in rows.iter().enumerate() {
        write_cell(&mut input, n.to_string().as_bytes(), *quote);
        for cell in [weight, weight_type, days] {
            input.push(b',');
            write_cell(&mut input, cell, *quote);
        }
        input.extend_from_slice(if *crlf { b"\r\n" } else { b"\n" });
        if *blank_after {
            input.extend_from_slice(b"\n");
        }
    }
    input
}

proptest! {
    #![proptest_config(crate::property_tests::config(300))]

    #[test]
    fn every_csv_record_gives_one_line_in_order(
        rows in prop::collection::vec((cell(), cell(), cell(), any::<bool>(), any::<bool>(), any::<bool>()), 0..40),
        bom in any::<bool>(),
        csv_out in any::<bool>(),
        command in prop_oneof![
            Just(BatchCommand::Recommend),
            Just(BatchCommand::Compare),
            Just(BatchCommand::Plan),
        ],
    ) {
        let input = roster(&rows, bom);
        let output = if csv_out { OutputFormat::Csv } else { OutputFormat::Ndjson };
        let args = BatchArgs { command, ..args(Some(InputFormat::Csv), output) };
        let (out, outcome) = batch(&args, &input);
        // Answered one by one as read, the same lines, byte for byte.
        let line_buffered = BatchArgs { line_buffered: true, ..args };
        prop_assert_eq!(batch(&line_buffered, &input), (out.clone(), outcome.clone()));
        let (ok, failed) = outcome.map_err(TestCaseError::fail)?;
        let ids: Vec<String> = if csv_out {
            let mut reader = csv::Reader::from_reader(out.as_slice());
            let header = reader.headers().unwrap().clone();
            let id = header.iter().position(|name| name == "id").unwrap();
            reader.records().map(|row| row.unwrap()[id].to_owned()).collect()
        } else {
            json_lines(&out)
                .iter()
                .map(|value| value["id"].as_str().unwrap().to_owned())
                .collect()
        };
        let expected: Vec<String> = (0..rows.len()).map(|n| n.to_string()).collect();
        prop_assert_eq!(ids, expected);
        if failed > 0 {
            prop_assert_eq!(ok + failed, rows.len() as u64);
        }
    }

    #[test]
    fn a_roster_typed_in_any_pieces_up_to_one_ctrl_d_gets_the_answers_it_gets_whole(
        rows in prop::collection::vec((cell(), cell(), cell(), any::<bool>(), any::<bool>(), any::<bool>()), 0..20),
        cuts in prop::collection::vec(1..48_usize, 1..20),
        csv_out in any::<bool>(),
    ) {
        let input = roster(&rows, false);
        let mut pieces = Vec::new();
        let mut rest = input.as_slice();
        for cut in cuts.iter().cycle() {
            if rest.is_empty() {
                break;
            }
            let (piece, after) = rest.split_at((*cut).min(rest.len()));
            pieces.push(piece);
            rest = after;
        }
        let args = args(None, if csv_out { OutputFormat::Csv } else { OutputFormat::Ndjson });
        let typed = batch_from(&args, typed(&pieces, b"late,vest,\n"));
        let whole = batch_from(&args, crate::input::buffered(input.as_slice(), FirstFill::LookAhead));
        prop_assert_eq!(typed, whole);
    }

    #[test]
    fn every_ndjson_line_gives_one_line_in_order(
        lines in prop::collection::vec(prop_oneof![
            Just(ANSWERED.to_vec()),
            Just(REFUSED_WITH_ID.to_vec()),
            Just(b"{\"weight\": 150,".to_vec()),
            Just(b"\xff{}".to_vec()),
            Just(b"[1, 2]".to_vec()),
            Just(b"\"quoted, \"\" text\"".to_vec()),
            "[ -~]{0,12}".prop_map(String::into_bytes),
        ], 0..40),
        crlf in any::<bool>(),
    ) {
        let mut input = Vec::new();
        for line in &lines {
            input.extend_from_slice(line);
            input.extend_from_slice(if crlf { b"\r\n" } else { b"\n" });
        }
        let args = args(Some(InputFormat::Ndjson), OutputFormat::Ndjson);
        let (out, outcome) = batch(&args, &input);
        let line_buffered = BatchArgs { line_buffered: true, ..args };
        prop_assert_eq!(batch(&line_buffered, &input), (out.clone(), outcome.clone()));
        let (ok, failed) = outcome.map_err(TestCaseError::fail)?;
        let answers = json_lines(&out);
        let numbers: Vec<u64> = answers.iter().map(|answer| answer["line"].as_u64().unwrap()).collect();
        // Each line answers its own record.
        for (answer, number) in answers.iter().zip(&numbers) {
            let record = lines[usize::try_from(*number).unwrap() - 1].as_slice();
            if record == ANSWERED {
                prop_assert!(answer.get("verdict").is_some(), "{}", answer);
            } else if record == REFUSED_WITH_ID {
                prop_assert_eq!(&answer["id"], &serde_json::json!(3));
                prop_assert!(answer["error"].as_str().unwrap().contains("weight"));
            }
        }
        let expected: Vec<u64> = lines
            .iter()
            .enumerate()
            .filter(|(_, line)| !line.trim_ascii().is_empty())
            .map(|(n, _)| n as u64 + 1)
            .collect();
        if failed > 0 {
            prop_assert_eq!(ok + failed, expected.len() as u64);
        }
        prop_assert_eq!(numbers, expected);
    }
}

/// An NDJSON record that is answered, and one refused that carries an id.
const ANSWERED: &[u8] = b"{\"weight\": 150, \"type\": \"vest\"}";
const REFUSED_WITH_ID: &[u8] = b"{\"weight\": \"abc\", \"id\": 3}";

#[test]
fn a_stray_quote_costs_its_own_row_and_no_other() {
    let input = b"weight,type\n150,vest\n150,ve\"st\n160,vest\n170,vest\n";
    let (out, outcome) = batch(&args(None, OutputFormat::Ndjson), input);
    assert_eq!(outcome, Ok((3, 1)));
    let lines = json_lines(&out);
    let numbers: Vec<u64> = lines.iter().map(|l| l["line"].as_u64().unwrap()).collect();
    assert_eq!(numbers, [2, 3, 4, 5]);
    assert!(lines[1]["error"].as_str().unwrap().contains("'type'"));
}

#[test]
fn a_row_longer_than_its_header_is_refused_and_a_shorter_one_read_as_far_as_it_goes() {
    // A cell past the header's columns has no name to be read or carried
    // by, so the row fails rather than lose it; a short row only lacks
    // the fields it does not reach.
    let input = b"weight,type,name\n150,vest,Anna,extra\n150,vest\n150\n";
    let (out, outcome) = batch(&args(None, OutputFormat::Ndjson), input);
    assert_eq!(outcome, Ok((1, 2)));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 3);
    assert_eq!(
        lines[0]["error"],
        "the row has 4 cells but the header names 3"
    );
    assert_eq!(lines[0]["extra"]["name"], "Anna");
    assert_eq!(lines[1]["verdict"], "recommended");
    assert_eq!(lines[1]["extra"]["name"], "");
    assert_eq!(
        lines[2]["error"],
        "missing field 'type': expected one of: vest, hand-wrist, ankle"
    );
}

#[test]
fn csv_output_mirrors_a_rosters_line_ends_and_its_decimal_comma_only_where_seen() {
    use write::{DecimalMark, LineEnd};
    let mirrored = |delimiter: u8, start: &[u8]| {
        let mut dialect = write::Dialect::default();
        mirror(&mut dialect, Format::Csv { delimiter }, false, start);
        (dialect.line_end, dialect.decimal)
    };
    let (lf, crlf, point, comma) = (
        LineEnd::Lf,
        LineEnd::CrLf,
        DecimalMark::Point,
        DecimalMark::Comma,
    );
    // A digit, a comma, a digit in a roster not split on commas.
    assert_eq!(
        mirrored(b';', b"name;weight\r\nAnna;68,5\r\n"),
        (crlf, comma)
    );
    assert_eq!(mirrored(b';', b"name;weight\nAnna;68,5\n"), (lf, comma));
    assert_eq!(
        mirrored(b';', b"name;weight\r\nAnna;150\r\n"),
        (crlf, point)
    );
    // A comma beside a letter, or in a roster split on commas, is no
    // decimal mark.
    assert_eq!(
        mirrored(b';', b"name;weight\nLee,5k club;150\n"),
        (lf, point)
    );
    assert_eq!(mirrored(b';', b"name;weight\nAnna 5,k;150\n"), (lf, point));
    assert_eq!(mirrored(b',', b"name,weight\nAnna,\"68,5\"\n"), (lf, point));
    // A line that ends in a carriage return alone (old Macs) is not CRLF.
    assert_eq!(mirrored(b';', b"name;weight\rAnna;150\r"), (lf, point));
}

#[test]
fn header_problems_are_told_once_before_any_output() {
    for (input, expected) in [
        (
            &b"wieght,type\n150,vest\n"[..],
            "roster: the CSV header on line 1: column 'wieght' looks like 'weight'; name it \
             exactly, or rename it to carry it through; no 'weight' column; the columns are \
             'wieght', 'type'",
        ),
        (
            b"weight,Weight,type\n150,150,vest\n",
            "roster: the CSV header on line 1: columns 'weight' and 'Weight' are both 'weight'",
        ),
        (
            b"id,weight,type,type\n1,150,vest,vest\n",
            "roster: the CSV header on line 1: column 'type' is given twice",
        ),
        (
            b"\n\nweight,name\n150,Anna\n",
            "roster: the CSV header on line 3: no 'type' column; the columns are 'weight', 'name' \
             (or give --type for every row)",
        ),
        (
            b"Name,Team\nAnna,red\n",
            "roster: the CSV header on line 1: no 'weight' or 'type' column; the columns are \
             'Name', 'Team' (or give --type for every row)",
        ),
    ] {
        let (out, outcome) = batch(&args(Some(InputFormat::Csv), OutputFormat::Ndjson), input);
        assert_eq!(outcome, Err(expected.to_owned()));
        assert!(out.is_empty());
    }
}

#[test]
fn the_format_and_the_delimiter_are_told_from_the_first_line() {
    let auto = args(None, OutputFormat::Ndjson);
    for input in [
        &b"Weight;Type;Name\n68kg;vest;Anna\n"[..],
        b"weight\ttype\n150\tvest\n",
        b"Weight (lb)|Type|Notes, if any\n150|vest|none\n",
        b"\xEF\xBB\xBF{\"weight\": 150, \"type\": \"vest\"}\n",
        b"weight,type\n150,vest\n",
    ] {
        let (out, outcome) = batch(&auto, input);
        assert_eq!(outcome, Ok(ALL_OK), "{}", String::from_utf8_lossy(input));
        assert_eq!(memchr::memchr_iter(b'\n', &out).count(), 1);
    }
    let (out, outcome) = batch(&auto, b"150 vest\n");
    assert!(out.is_empty());
    assert!(
        outcome
            .unwrap_err()
            .ends_with("give --input ndjson or --input csv")
    );
}

#[test]
fn json_spread_over_lines_is_refused_unless_the_input_is_said_to_be_lines() {
    let pretty = b"\n{\n  \"weight\": 150,\n  \"type\": \"vest\"\n}\n";
    let array = b"  [ {\"weight\": 150, \"type\": \"vest\"} ]\n";
    for input in [&pretty[..], array] {
        let (out, outcome) = batch(&args(None, OutputFormat::Ndjson), input);
        assert!(out.is_empty());
        assert!(
            outcome
                .unwrap_err()
                .contains("batch reads one JSON object a line")
        );
    }
    // A .json file is most often one JSON document.
    let file = BatchArgs {
        file: Some("requests.json".into()),
        ..args(None, OutputFormat::Ndjson)
    };
    let refused = detect(&file, file.file.as_deref(), array).unwrap_err();
    assert!(
        refused.starts_with("the first line is a JSON array"),
        "{refused}"
    );
    // Said to be lines, each line is a record: answered or refused.
    let lines = args(Some(InputFormat::Ndjson), OutputFormat::Ndjson);
    assert_eq!(batch(&lines, pretty).1, Ok((0, 4)));
    assert_eq!(batch(&lines, array).1, Ok((0, 1)));
}

#[test]
fn a_line_buffered_plan_begins_on_the_day_its_record_is_read() {
    // A co-process kept running past midnight: the second request comes
    // a day after the first, and its plan begins that day.
    let mut batch = Batch {
        command: BatchCommand::Plan,
        defaults: record::Defaults::in_unit(
            crate::guidance::Unit::Lb,
            crate::cli::UnitSource::Default,
        ),
        output: OutputFormat::Ndjson,
        header: None,
        carried_columns: vec!["extra".to_owned()],
        dialect: write::Dialect::default(),
        notes: crate::render::json::NotesForm::Text,
    };
    let requests = b"{\"weight\": 150, \"type\": \"vest\", \"days\": \"mon,thu\"}\n".repeat(2);
    let mut records = Records::new(Box::new(requests.as_slice()), Format::Ndjson);
    let days = std::cell::Cell::new(5);
    let today = || {
        days.set(days.get() + 1);
        chrono::NaiveDate::from_ymd_opt(2026, 12, days.get()).unwrap()
    };
    let mut out = Vec::new();
    let tally = answer_each(&mut batch, &mut records, &mut out, &Error::Output, today);
    assert_eq!(tally.unwrap(), Tally { ok: 2, failed: 0 });
    let first_weeks: Vec<_> = json_lines(&out)
        .iter()
        .map(|plan| {
            (
                plan["weeks"][0]["start_date"].clone(),
                plan["weeks"][0]["run_dates"].clone(),
            )
        })
        .collect();
    // Sunday's plan runs its first Monday; Monday's runs that day.
    assert_eq!(
        first_weeks,
        [
            (
                serde_json::json!("2026-12-06"),
                serde_json::json!(["2026-12-07"])
            ),
            (
                serde_json::json!("2026-12-07"),
                serde_json::json!(["2026-12-07"])
            ),
        ]
    );
}

#[test]
fn a_file_holds_requests_when_it_starts_with_an_object_or_heads_a_weight_column() {
    for requests in [
        &b"{\"weight\": 150}\n"[..],
        b"\xEF\xBB\xBFName;Weight (kg);Type\r\n",
        b"\n\"Body Weight\"\ttype\n",
    ] {
        assert!(
            holds_requests(requests),
            "{}",
            String::from_utf8_lossy(requests)
        );
    }
    for other in [
        &b"date,distance,pace\n"[..],
        b"Wieght,Type\n",
        b"[{\"weight\": 150}]\n",
        b"<gpx>",
        b"",
    ] {
        assert!(!holds_requests(other), "{}", String::from_utf8_lossy(other));
    }
}

#[test]
fn a_header_whose_request_columns_all_name_a_unit_is_told_a_csv_header() {
    let vests = BatchArgs {
        weight_type: Some(wrun_core::WeightType::Vest),
        ..args(None, OutputFormat::Ndjson)
    };
    for input in [
        &b"Name;Weight (kg)\nAnn;58,5\n"[..],
        b"weight_kg\n68\n",
        b"Body weight [lb],Team\n150,red\n",
    ] {
        let (out, outcome) = batch(&vests, input);
        assert_eq!(outcome, Ok(ALL_OK), "{}", String::from_utf8_lossy(input));
        assert_eq!(json_lines(&out)[0]["verdict"], "recommended");
    }
}

#[test]
fn a_quoted_cell_over_a_megabyte_fails_its_own_record_only() {
    let mut input = b"weight,type,note\n150,vest,\"".to_vec();
    input.extend(std::iter::repeat_n(b'x', 1 << 20));
    input.extend_from_slice(b"\"\n160,vest,\n");
    let (out, outcome) = batch(&args(None, OutputFormat::Ndjson), &input);
    assert_eq!(outcome, Ok((1, 1)));
    assert_eq!(memchr::memchr_iter(b'\n', &out).count(), 2);
}

#[test]
fn csv_output_rows_are_as_wide_as_its_header_whatever_the_input() {
    // Found by the fuzzer: an NDJSON line that could not be read left out
    // the `extra` cell.
    let input = b"{\"weight\": 150, \"type\": \"vest\", \"name\": \"Anna\"}\nnot json\n\xff\n";
    let (out, outcome) = batch(&args(Some(InputFormat::Ndjson), OutputFormat::Csv), input);
    assert_eq!(outcome, Ok((1, 2)));
    let mut reader = csv::Reader::from_reader(out.as_slice());
    assert_eq!(&reader.headers().unwrap()[0], "extra");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(&rows[0][0], "{\"name\":\"Anna\"}");
    assert_eq!(&rows[1][0], "");
}

#[test]
fn a_header_row_with_no_value_is_not_a_record() {
    // Found by the fuzzer: with `;` cells, a first line `;\x0c` holds no
    // value, so it is no header; the rows of blanks after it are no records.
    let mut semicolons = args(Some(InputFormat::Csv), OutputFormat::Csv);
    semicolons.delimiter = Some(b';');
    let (out, outcome) = batch(&semicolons, b";\x0c\n\n\r\r  ;\x0c\r\n;\r\n");
    assert_eq!(outcome, Ok(ALL_OK));
    // The output mirrors the input's `;`.
    assert!(
        out.starts_with(b"line;id;error;verdict"),
        "{}",
        String::from_utf8_lossy(&out)
    );
    assert_eq!(
        memchr::memchr_iter(b'\n', &out).count(),
        1,
        "the output header alone"
    );
}

#[test]
fn a_carried_column_named_like_an_output_column_gets_a_name_of_its_own() {
    // Found by the fuzzer: a roster's own `line` column came out beside
    // wrun's `line`, two columns of one name, and a reader by name took
    // the roster's for wrun's.
    let mut tabs = args(Some(InputFormat::Csv), OutputFormat::Csv);
    tabs.delimiter = Some(b'\t');
    let input = b"weight\t\t\t\0\0\tunit\tline\t\t\ttype\t\n\t\t?\tI\t\tunit\t\t\t\ttype\09.9999d\t\t\t\test\t\t\t";
    let (out, _) = batch(&tabs, input);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .from_reader(out.as_slice());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let mut distinct = header.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(distinct.len(), header.len(), "{header:?}");
    assert!(header.contains(&"line_2".to_owned()), "{header:?}");

    let roster = b"weight,type,line,verdict,line_2\n150,vest,7,maybe,x\n";
    let (out, outcome) = batch(&args(Some(InputFormat::Csv), OutputFormat::Csv), roster);
    assert_eq!(outcome, Ok(ALL_OK));
    let mut reader = csv::Reader::from_reader(out.as_slice());
    let header = reader.headers().unwrap().clone();
    assert_eq!(
        header.iter().take(6).collect::<Vec<_>>(),
        ["line_3", "verdict_2", "line_2", "line", "id", "error"]
    );
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(
        row.iter().take(4).collect::<Vec<_>>(),
        ["7", "maybe", "x", "2"]
    );
}

#[test]
fn records_over_many_chunks_give_one_line_each_in_order_in_either_output() {
    // Ten chunks' worth, answered and refused in turn, so that each
    // chunk's output is written into a buffer an earlier chunk used.
    let count = 10 * CHUNK_RECORDS + 7;
    let mut input = Vec::new();
    for n in 0..count {
        let weight = if n % 3 == 0 { "\"abc\"" } else { "150" };
        let line = format!("{{\"id\": {n}, \"weight\": {weight}, \"type\": \"vest\"}}\n");
        input.extend_from_slice(line.as_bytes());
    }
    let refused = count.div_ceil(3) as u64;
    let expected: Vec<String> = (0..count).map(|n| n.to_string()).collect();

    let (out, outcome) = batch(&args(None, OutputFormat::Ndjson), &input);
    assert_eq!(outcome, Ok((count as u64 - refused, refused)));
    let ids: Vec<String> = json_lines(&out)
        .iter()
        .map(|line| line["id"].to_string())
        .collect();
    assert_eq!(ids, expected);

    let (out, outcome) = batch(&args(None, OutputFormat::Csv), &input);
    assert_eq!(outcome, Ok((count as u64 - refused, refused)));
    let mut reader = csv::Reader::from_reader(out.as_slice());
    let id = reader
        .headers()
        .unwrap()
        .iter()
        .position(|name| name == "id");
    let ids: Vec<String> = reader
        .records()
        .map(|row| row.unwrap()[id.unwrap()].to_owned())
        .collect();
    assert_eq!(ids, expected);
}

/// The number of records in each chunk `input` is cut into.
fn chunk_sizes(input: &[u8], format: Format) -> Vec<usize> {
    let mut records = Records::new(Box::new(BufReader::new(input)), format);
    std::iter::from_fn(|| Chunk::next(&mut records, 0).unwrap())
        .map(|chunk| chunk.records.len())
        .collect()
}

#[test]
fn a_chunk_holds_many_short_records_but_few_long_ones() {
    let short = b"{\"weight\": 150, \"type\": \"vest\"}\n".repeat(CHUNK_RECORDS + 1);
    assert_eq!(chunk_sizes(&short, Format::Ndjson), [CHUNK_RECORDS, 1]);

    // Ten records of 100 KiB each: a chunk stops once it holds 256 KiB,
    // at three, so that long records never fill a chunk of 256.
    let note = "x".repeat(100 << 10);
    let long = format!("{{\"weight\": 150, \"type\": \"vest\", \"note\": \"{note}\"}}\n");
    let long = long.repeat(10);
    assert_eq!(chunk_sizes(long.as_bytes(), Format::Ndjson), [3, 3, 3, 1]);

    let csv = format!(
        "weight,type,note\n{}",
        format!("150,vest,{note}\n").repeat(10)
    );
    let sizes = chunk_sizes(csv.as_bytes(), Format::Csv { delimiter: b',' });
    // The header is a record too, and short.
    assert_eq!(sizes, [4, 3, 3, 1]);
}

/// A terminal's input: the lines typed, each a read, then Ctrl-D, and
/// `late`, typed after it, which a reader that asked again after the end
/// would read.
fn typed(lines: &[&[u8]], late: &[u8]) -> Box<dyn BufRead> {
    let steps = lines.iter().map(|line| Step::bytes(line));
    let steps = steps.chain([Step::END, Step::bytes(late)]).collect();
    crate::input::buffered(Scripted(steps), FirstFill::LookAhead)
}

#[test]
fn one_ctrl_d_at_a_terminal_ends_the_input_whatever_was_typed_before_it() {
    let ndjson: &[u8] = b"{\"weight\": 150, \"type\": \"vest\"}\n";
    let nothing: &[&[u8]] = &[];
    let roster: &[&[u8]] = &[b"weight,type\n", b"150,vest\n", b"70kg,ankle\n"];
    // Whatever was typed after Ctrl-D would be answered too, if read.
    for (lines, late, answers) in [
        (nothing, ndjson, 0),
        (&[ndjson][..], ndjson, 1),
        (roster, &b"160,vest\n"[..], 2),
    ] {
        let reader = typed(lines, late);
        let mut out = Vec::new();
        let outcome = answer_input(
            &args(None, OutputFormat::Ndjson),
            &crate::config::Profile::default(),
            reader,
            "standard input",
            &mut out,
        );
        assert!(outcome.is_ok(), "{outcome:?}");
        assert_eq!(json_lines(&out).len(), answers);
    }
}

#[test]
fn a_rosters_dialect_is_told_from_the_same_bytes_whether_typed_line_by_line_or_read_whole() {
    // European Excel's roster: `;`, a decimal comma, a cell in Windows-1252.
    let lines: [&[u8]; 3] = [
        b"Name;Weight (kg);Type\r\n",
        b"Cl\xe9o;58,5;vest\r\n",
        b"Ann;61;hand\r\n",
    ];
    let args = args(None, OutputFormat::Csv);
    let (typed, outcome) = batch_from(&args, typed(&lines, b""));
    assert_eq!(outcome, Ok(ALL_OK));
    let typed = String::from_utf8(typed).unwrap();
    // Written back in the same dialect: a byte order mark, as the roster
    // was not UTF-8, then `;`, CRLF and decimal commas.
    assert!(typed.starts_with("\u{feff}Name;line;"), "{typed}");
    assert!(
        typed.contains("\r\nCléo;2;;;recommended;vest-benefits;128,97;58,5;kg;vest;"),
        "{typed}"
    );
    let whole = batch_from(
        &args,
        crate::input::buffered(lines.concat().as_slice(), FirstFill::LookAhead),
    );
    assert_eq!(whole.0, typed.into_bytes());
}
