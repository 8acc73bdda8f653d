//! The FIT reader, through `fitparser`, with the file's framing checked
//! first so that a broken file is refused in wrun's words, not fitparser's
//! panic.

use std::borrow::Cow;

use fitparser::de::{FitObject, FitStreamProcessor};
use fitparser::profile::MesgNum;

use super::{Location, ReadError, Track};
use crate::guidance::course::Fix;
use crate::guidance::{Message, Value, advice};

/// FIT: every `record` message with a position, in order. Every data
/// message is decoded (FIT's compressed timestamps need them all); only
/// records are kept.
pub(super) fn read_fit(bytes: &[u8]) -> Result<Track, ReadError> {
    const SEMICIRCLE_DEGREES: f64 = 180.0 / 2_147_483_648.0;
    check_fit_framing(bytes)?;
    let mut processor = FitStreamProcessor::new();
    let mut track = Track::default();
    let mut rest = bytes;
    let mut messages = 0_usize;
    let mut without_position = 0_usize;
    // What the file is: an activity, a course, or something with no way
    // to follow (a workout, a scale's readings, settings).
    let mut file_type = None;
    while !rest.is_empty() {
        // A checksum covers the whole file, not the record it is read after.
        let failed = |messages: usize, err: &fitparser::Error| ReadError {
            location: (!matches!(**err, fitparser::ErrorKind::InvalidCrc(..)))
                .then_some(Location::Record(messages + 1)),
            message: format!("not a FIT file wrun can read: {}", fit_message(err)),
        };
        let (next, object) = processor
            .deserialize_next(rest)
            .map_err(|err| failed(messages, &err))?;
        rest = next;
        match object {
            FitObject::Crc(_) => processor.reset(),
            FitObject::DataMessage(message) => {
                messages += 1;
                let record = processor
                    .decode_message(message)
                    .map_err(|err| failed(messages - 1, &err))?;
                if matches!(record.kind(), MesgNum::Sport | MesgNum::Session)
                    && track.activity.is_none()
                {
                    track.activity = record.fields().iter().find_map(|field| {
                        match (field.name(), field.value()) {
                            ("sport", fitparser::Value::String(sport)) => Some(sport.clone()),
                            _ => None,
                        }
                    });
                }
                if record.kind() == MesgNum::FileId && file_type.is_none() {
                    file_type = record.fields().iter().find_map(|field| {
                        match (field.name(), field.value()) {
                            ("type", fitparser::Value::String(kind)) => Some(kind.clone()),
                            _ => None,
                        }
                    });
                }
                if record.kind() != MesgNum::Record {
                    continue;
                }
                let mut fix = Fix::default();
                let mut position = (None, None);
                for field in record.fields() {
                    let value = || -> Option<f64> { field.value().clone().try_into().ok() };
                    match field.name() {
                        "position_lat" => position.0 = value().map(|v| v * SEMICIRCLE_DEGREES),
                        "position_long" => position.1 = value().map(|v| v * SEMICIRCLE_DEGREES),
                        // fitparser 0.11 reads a record's `altitude` into
                        // `enhanced_altitude` and keeps no `altitude` field
                        // (unless asked to, with `KeepCompositeFields`).
                        "enhanced_altitude" => fix.elevation = value(),
                        "heart_rate" => fix.heart_rate = value(),
                        "timestamp" => fix.time = value(),
                        _ => {}
                    }
                }
                if let (Some(lat), Some(lon)) = position {
                    track.fixes.push(Fix { lat, lon, ..fix });
                    track.starts.push(messages);
                } else {
                    without_position += 1;
                }
            }
            FitObject::Header(_) | FitObject::DefinitionMessage(_) => {}
        }
    }
    if messages == 0 {
        return Err(ReadError::whole(
            "not a FIT file wrun can read: it holds no data messages",
        ));
    }
    if let Some(kind) = file_type
        .filter(|kind| track.fixes.is_empty() && !matches!(kind.as_str(), "activity" | "course"))
    {
        return Err(ReadError::whole(format!(
            "its file type is '{kind}', not 'activity' or 'course': it holds no way to follow; \
             give wrun a recorded activity or a course"
        )));
    }
    if without_position > 0 && !track.fixes.is_empty() {
        track.notes.push(match without_position {
            1 => Message::fixed(advice::FILE_RECORD_NO_POSITION),
            count => Message::new(advice::FILE_NO_POSITION, [("count", Value::Count(count))]),
        });
    }
    Ok(track)
}

/// The size in bytes of one value of FIT base type `base` (bits 5 and 6
/// masked out, as the FIT SDK does); unknown types count as bytes.
pub(super) const fn fit_base_size(base: u8) -> usize {
    match base & 0x9f {
        0x83 | 0x84 | 0x8b => 2,
        0x85 | 0x86 | 0x88 | 0x8c => 4,
        0x89 | 0x8e | 0x8f | 0x90 => 8,
        _ => 1,
    }
}

/// Walks the framing of a FIT file (each file's header, its definition
/// and data messages, its closing checksum) before `fitparser` reads it,
/// and refuses what `fitparser` 0.11 does not handle well: a header longer
/// than the file (it panics), and a field whose size is not a whole number
/// of values of its type (it prints to stderr and reads on). Nothing is
/// decoded here: only sizes are read, to find where each message ends.
fn check_fit_framing(bytes: &[u8]) -> Result<(), ReadError> {
    let refuse = |record: usize, what: &str| ReadError {
        location: (record > 0).then_some(Location::Record(record)),
        message: format!("not a FIT file wrun can read: {what}"),
    };
    let mut start = 0;
    let mut messages = 0;
    while start < bytes.len() {
        let file = &bytes[start..];
        let header = usize::from(file[0]);
        if !(header == 12 || header == 14) || file.len() < header || &file[8..12] != b".FIT" {
            return Err(refuse(messages, "no FIT header where one should start"));
        }
        let size = u32::from_le_bytes([file[4], file[5], file[6], file[7]]);
        let end = usize::try_from(size)
            .ok()
            .and_then(|size| size.checked_add(header))
            .ok_or_else(|| refuse(messages + 1, "it ends early"))?;
        // The size of each local message type's data messages, once defined.
        let mut defined: [Option<usize>; 16] = [None; 16];
        let mut at = header;
        while at < end {
            let record = *file
                .get(at)
                .ok_or_else(|| refuse(messages + 1, "it ends early"))?;
            at += 1;
            if record & 0x40 != 0 && record & 0x80 == 0 {
                // A definition: 5 fixed bytes, then 3 per field, then
                // developer fields when bit 5 says so.
                let fields = usize::from(
                    *file
                        .get(at + 4)
                        .ok_or_else(|| refuse(messages + 1, "it ends early"))?,
                );
                let mut data = 0;
                let mut next = at + 5;
                for _ in 0..fields {
                    let field = file
                        .get(next..next + 3)
                        .ok_or_else(|| refuse(messages + 1, "it ends early"))?;
                    let size = usize::from(field[1]);
                    if size % fit_base_size(field[2]) != 0 {
                        return Err(refuse(
                            messages + 1,
                            "a field's size is not a whole number of its values",
                        ));
                    }
                    data += size;
                    next += 3;
                }
                if record & 0x20 != 0 {
                    let count = usize::from(
                        *file
                            .get(next)
                            .ok_or_else(|| refuse(messages + 1, "it ends early"))?,
                    );
                    next += 1;
                    for _ in 0..count {
                        let field = file
                            .get(next..next + 3)
                            .ok_or_else(|| refuse(messages + 1, "it ends early"))?;
                        data += usize::from(field[1]);
                        next += 3;
                    }
                }
                defined[usize::from(record & 0x0f)] = Some(data);
                at = next;
            } else {
                // A data message: a normal header names its local type in
                // bits 0-3, a compressed-timestamp header in bits 5-6.
                let local = if record & 0x80 != 0 {
                    (record >> 5) & 0x03
                } else {
                    record & 0x0f
                };
                messages += 1;
                let size = defined[usize::from(local)]
                    .ok_or_else(|| refuse(messages, "a message of a type never defined"))?;
                at += size;
                if at > file.len() {
                    return Err(refuse(messages, "it ends early"));
                }
            }
        }
        if at > end {
            return Err(refuse(messages, "a message runs past the end of the data"));
        }
        if end + 2 > file.len() {
            return Err(refuse(messages, "it ends early, before its checksum"));
        }
        start += end + 2;
    }
    if messages == 0 {
        return Err(refuse(0, "it holds no data messages"));
    }
    Ok(())
}

/// fitparser's error in one line.
fn fit_message(err: &fitparser::Error) -> Cow<'static, str> {
    match &**err {
        fitparser::ErrorKind::UnexpectedEof(_) => Cow::Borrowed("it ends early"),
        fitparser::ErrorKind::InvalidCrc(..) => {
            Cow::Borrowed("its checksum does not match: the file is damaged")
        }
        // A message of a type never defined is refused before fitparser
        // reads the file (`check_fit_framing`); what else it finds is in
        // its own words.
        other => Cow::Owned(format!(
            "a message it cannot decode (fitparser: {})",
            crate::error::escape_invisible(&other.to_string())
        )),
    }
}
