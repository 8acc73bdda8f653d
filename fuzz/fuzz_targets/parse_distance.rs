//! `parse_distance` and `parse_split` never panic, and what they read is a
//! finite number; a split that reads as a distance reads as the same one.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wrun_core::parse::{parse_distance, parse_split};

fuzz_target!(|text: &str| {
    let distance = parse_distance(text);
    if let Ok(value) = distance {
        let debug = format!("{value:?}");
        assert!(
            !debug.contains("NaN") && !debug.contains("inf"),
            "{text:?} read as {debug}"
        );
        assert_eq!(parse_split(text), distance, "{text:?}");
    }
    if let Ok(value) = parse_split(text) {
        let debug = format!("{value:?}");
        assert!(
            !debug.contains("NaN") && !debug.contains("inf"),
            "{text:?} read as {debug}"
        );
    }
});
