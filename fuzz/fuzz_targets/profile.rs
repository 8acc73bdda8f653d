//! The profile reader never panics, and every value it keeps aside (one it
//! cannot read, or a key it does not know) names the line it stands on.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    wrun::fuzzing::profile(bytes);
});
