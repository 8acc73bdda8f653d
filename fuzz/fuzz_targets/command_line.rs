//! A command line clap refuses is worded as `wrun` words it without a
//! panic, and as a usage error (exit 2). A command line it says to try
//! (`wrun 150 vest`: `wrun recommend --weight 150 --type vest`) is one a
//! shell reads, with a command clap finds, and, when made of values
//! typed without their flags, a place for every word. The input's words
//! are cut at each NUL, the first the program's name; any bytes, so not
//! always UTF-8.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Some(line) = wrun::fuzzing::command_line(bytes) else {
        return;
    };
    let words = shlex::split(&line).expect("a line a shell reads");
    let Some((kind, why)) = wrun::fuzzing::clap_refusal(&words) else {
        return;
    };
    // A route or roster file is written back with the words after it as
    // they were typed, which may hold faults of their own.
    let file = words.iter().any(|word| word == "route" || word == "batch");
    let fault = match kind.as_str() {
        "InvalidSubcommand" => true,
        "UnknownArgument" | "ArgumentConflict" => !file,
        _ => false,
    };
    assert!(!fault, "{line:?} is refused ({kind}): {why}");
});
