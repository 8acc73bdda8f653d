//! The batch reader: every input record gives exactly one output line, in
//! order. The first byte picks the input format (and CSV delimiter), the
//! output format and, for NDJSON output, whether notes are written by id
//! (then no warning, tip or reason carries a message; CSV output refuses
//! notes by id).
#![no_main]

use libfuzzer_sys::fuzz_target;

/// The records of `input` read as NDJSON: its non-blank lines, after a
/// byte order mark.
fn ndjson_records(input: &[u8]) -> usize {
    input
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(input)
        .split(|byte| *byte == b'\n')
        .filter(|line| !line.trim_ascii().is_empty())
        .count()
}

/// The records of `input` read as CSV after its header, skipping rows with
/// no value, counted with the csv crate alone.
fn csv_records(input: &[u8], delimiter: u8) -> usize {
    let input = input.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(input);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .terminator(csv::Terminator::Any(b'\n'))
        .from_reader(input);
    let mut record = csv::ByteRecord::new();
    let mut count: usize = 0;
    while reader.read_byte_record(&mut record).unwrap_or(false) {
        if record.iter().any(|cell| !cell.trim_ascii().is_empty()) {
            count += 1;
        }
    }
    count.saturating_sub(1)
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, input)) = data.split_first() else {
        return;
    };
    let delimiter = match mode & 0b1100 {
        0b0100 => Some(b','),
        0b1000 => Some(b';'),
        0b1100 => Some(b'\t'),
        _ => None,
    };
    let csv_out = mode & 2 == 2;
    let lean = mode & 1 == 1 && !csv_out;
    let (out, refused) = wrun::fuzzing::batch(input, delimiter, csv_out, lean);
    if refused {
        assert!(out.is_empty(), "a refused input wrote output");
        return;
    }
    let lines: Vec<u64> = if csv_out {
        // CSV out mirrors a CSV roster's delimiter; NDJSON in gives plain CSV.
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter.unwrap_or(b','))
            .from_reader(out.as_slice());
        let line = reader
            .headers()
            .unwrap()
            .iter()
            .position(|h| h == "line")
            .unwrap();
        reader
            .records()
            .map(|row| row.unwrap()[line].parse().unwrap())
            .collect()
    } else {
        out.split(|byte| *byte == b'\n')
            .filter(|line| !line.is_empty())
            .map(|line| {
                let value: serde_json::Value = serde_json::from_slice(line).unwrap();
                if lean {
                    for list in ["warnings", "tips"] {
                        for note in value[list].as_array().into_iter().flatten() {
                            assert!(note.get("message").is_none(), "prose: {note}");
                        }
                    }
                    let reason = &value["reason"];
                    assert!(reason.get("message").is_none(), "prose: {reason}");
                }
                value["line"].as_u64().unwrap()
            })
            .collect()
    };
    let expected = delimiter.map_or_else(|| ndjson_records(input), |d| csv_records(input, d));
    assert_eq!(lines.len(), expected, "one output line per record");
    assert!(
        lines.windows(2).all(|pair| pair[0] < pair[1]),
        "in order: {lines:?}"
    );
    assert!(lines.first().is_none_or(|first| *first >= 1));
});
