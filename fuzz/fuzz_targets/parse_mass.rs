//! `parse_mass` and `parse_load` never panic, and what they read is a
//! finite number; a load that reads as a mass reads as the same mass, once
//! a phrase that says it is for each limb (`2lb each`) is set aside.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wrun_core::parse::{LoadInput, MassError, parse_load, parse_mass, split_per_limb};

fuzz_target!(|text: &str| {
    let mass = parse_mass(text);
    if let Ok(value) = mass {
        let debug = format!("{value:?}");
        assert!(
            !debug.contains("NaN") && !debug.contains("inf"),
            "{text:?} read as {debug}"
        );
    }
    let (load_text, _) = split_per_limb(text);
    assert!(
        text.starts_with(load_text),
        "{text:?} split as {load_text:?}"
    );
    let mass = parse_mass(load_text);
    match parse_load(text) {
        Ok(LoadInput::Mass(load)) => assert_eq!(Ok(load), mass, "{text:?}"),
        Ok(LoadInput::Percent(percent)) => {
            assert!(
                percent.is_finite() && percent >= 0.0,
                "{text:?} read as {percent}"
            );
        }
        Err(err) => {
            // A count of one mass offers something, and a total that is a
            // number.
            if let MassError::Counted { each, total, .. } = &err {
                assert!(each.is_some() || total.is_some(), "{text:?} told {err}");
                if let Some(total) = total {
                    let number = total.trim_end_matches(char::is_alphabetic);
                    assert!(
                        number.parse::<f64>().is_ok_and(f64::is_finite),
                        "{text:?} told {err}"
                    );
                }
            }
            // Only a share's `%` or `percent` turns a mass into an error.
            assert!(
                mass.is_err()
                    || text.contains('%')
                    || text.to_ascii_lowercase().contains("percent"),
                "{text:?}"
            );
        }
    }
});
