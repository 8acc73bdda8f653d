//! The startup baseline for `bench/run.sh`: the least a Rust binary built
//! with wrun's release profile can do — write one line and exit.

use std::io::Write;

fn main() {
    let _ = writeln!(std::io::stdout().lock(), "{{}}");
}
