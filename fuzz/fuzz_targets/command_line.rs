//! A command line clap refuses is worded as `wrun` words it without a
//! panic, and as a usage error (exit 2). Its words are cut at each NUL,
//! the first the program's name; any bytes, so not always UTF-8.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    wrun::fuzzing::command_line(bytes);
});
