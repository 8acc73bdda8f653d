//! `parse_mass` never panics, and what it reads is a finite number.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(value) = wrun_core::parse::parse_mass(text) {
        let debug = format!("{value:?}");
        assert!(
            !debug.contains("NaN") && !debug.contains("inf"),
            "{text:?} read as {debug}"
        );
    }
});
