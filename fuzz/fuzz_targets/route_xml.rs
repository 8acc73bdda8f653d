//! The GPX and TCX reader, and the course built from what it reads, never
//! panic; an answer has finite figures and splits that add up.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wrun::route::Format;

fuzz_target!(|bytes: &[u8]| {
    wrun::fuzzing::route(bytes, Format::Gpx);
});
