//! A route file read as `wrun route` reads one (gzip unpacked, a zip's
//! one route taken out, the format told by the name or the first bytes)
//! is refused by a usage error that begins with its name, or answered; an
//! answer has finite figures and splits that add up. The bytes before the
//! first NUL are the file's name.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    wrun::fuzzing::route_file(bytes);
});
