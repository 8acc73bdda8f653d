//! The batch reader: every input record gives exactly one output line, in
//! order, whether the input is UTF-8, UTF-16 or named by `--encoding`. The
//! first byte picks the input format (and CSV delimiter), whether the input
//! is read as Windows-1250, the command that answers (recommend, compare or
//! plan), the output format, for NDJSON output whether notes are written
//! by id (then no warning, tip or reason carries a message; CSV output
//! refuses notes by id), and whether each record is answered as it is read
//! (`--line-buffered`). Windows-1250 maps ASCII's
//! bytes to themselves and no other byte to one of them, so its records
//! are counted on the bytes as they are.
#![no_main]

use std::borrow::Cow;

use libfuzzer_sys::fuzz_target;

/// What the oracle reads of an NDJSON output line. The rest is read only
/// as JSON, not into values: a record's other members come back as they
/// came (`"id": 1e400`), and serde_json's `Value` refuses a number past
/// what a float holds, which JSON itself allows.
#[derive(serde::Deserialize)]
struct Answer {
    line: u64,
    warnings: Option<Vec<serde_json::Value>>,
    tips: Option<Vec<serde_json::Value>>,
    reason: Option<serde_json::Value>,
}

/// `input` as wrun reads it: after a UTF-8 byte order mark, or UTF-16
/// after its own mark decoded (by the standard library, not by the
/// decoder wrun uses), a lone last byte read as a replacement character.
fn text(input: &[u8]) -> Cow<'_, [u8]> {
    let little = input.starts_with(b"\xFF\xFE");
    if !little && !input.starts_with(b"\xFE\xFF") {
        return Cow::Borrowed(input.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(input));
    }
    let units = input[2..].chunks(2).map(|pair| match *pair {
        [a, b] if little => u16::from_le_bytes([a, b]),
        [a, b] => u16::from_be_bytes([a, b]),
        // A lone surrogate, which decodes as a replacement.
        _ => 0xD800,
    });
    let decoded: String = char::decode_utf16(units)
        .map(|unit| unit.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    Cow::Owned(decoded.into_bytes())
}

/// `text` with each carriage return as a line feed when its first line
/// ends in a carriage return alone, as wrun reads it.
fn line_feeds(text: Cow<'_, [u8]>) -> Cow<'_, [u8]> {
    let first_end = text.iter().position(|&byte| byte == b'\r' || byte == b'\n');
    match first_end {
        Some(at) if text[at] == b'\r' && text.get(at + 1).is_some_and(|&next| next != b'\n') => {
            Cow::Owned(
                text.iter()
                    .map(|&byte| if byte == b'\r' { b'\n' } else { byte })
                    .collect(),
            )
        }
        _ => text,
    }
}

/// The records of `input` read as NDJSON: its non-blank lines.
fn ndjson_records(input: &[u8]) -> usize {
    input
        .split(|byte| *byte == b'\n')
        .filter(|line| !line.trim_ascii().is_empty())
        .count()
}

/// The records of `input` read as CSV after its header, skipping rows with
/// no value, counted with the csv crate alone.
fn csv_records(input: &[u8], delimiter: u8) -> usize {
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
    let encoding = (mode & 0b1_0000 != 0).then_some("windows-1250");
    let command = match mode >> 5 & 0b11 {
        1 => "compare",
        2 => "plan",
        _ => "recommend",
    };
    let line_buffered = mode & 0b1000_0000 != 0;
    let (out, refused) = wrun::fuzzing::batch(
        input,
        delimiter,
        encoding,
        command,
        csv_out,
        lean,
        line_buffered,
    );
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
                let answer: Answer = serde_json::from_slice(line).unwrap();
                if lean {
                    let notes = answer.warnings.iter().chain(&answer.tips).flatten();
                    for note in notes.chain(&answer.reason) {
                        assert!(note.get("message").is_none(), "prose: {note}");
                    }
                }
                answer.line
            })
            .collect()
    };
    let input = line_feeds(text(input));
    let expected = delimiter.map_or_else(|| ndjson_records(&input), |d| csv_records(&input, d));
    assert_eq!(lines.len(), expected, "one output line per record");
    assert!(
        lines.windows(2).all(|pair| pair[0] < pair[1]),
        "in order: {lines:?}"
    );
    assert!(lines.first().is_none_or(|first| *first >= 1));
});
