//! A small builder for running the `wrun` binary.

use std::ffi::OsString;
use std::process::{Command, Stdio};

use serde_json::Value;

/// The result of one run of `wrun`.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// A `wrun` invocation being built.
pub struct Wrun {
    command: Command,
    stdin: Option<Vec<u8>>,
}

/// A config directory with no profile in it: tests never read the real home.
pub fn empty_config_home() -> std::path::PathBuf {
    std::env::temp_dir().join(format!("wrun-tests-no-config-{}", std::process::id()))
}

/// The clock every test runs at unless it sets its own: 06:43 UTC on
/// Monday 30 November 2026 (`SOURCE_DATE_EPOCH`), in UTC ([`TZ`]), so
/// that no answer depends on the day or the place the tests run.
pub const NOW: &str = "1796020980";
/// The time zone every test runs in unless it sets its own (POSIX, so
/// no time-zone database is needed).
pub const TZ: &str = "UTC0";

/// `wrun` with `args`, in an environment free of colour settings, `WRUN_*`
/// variables and profiles, at the clock [`NOW`].
pub fn wrun<I, S>(args: I) -> Wrun
where
    I: IntoIterator<Item = S>,
    S: Into<OsString>,
{
    let mut command = Command::new(env!("CARGO_BIN_EXE_wrun"));
    command
        .args(args.into_iter().map(Into::into))
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("RUST_BACKTRACE")
        .env_remove("WRUN_CONFIG")
        .env_remove("WRUN_WEIGHT")
        .env_remove("WRUN_UNIT")
        .env_remove("WRUN_LEVEL")
        .env("XDG_CONFIG_HOME", empty_config_home())
        .env("SOURCE_DATE_EPOCH", NOW)
        .env("TZ", TZ)
        .stdin(Stdio::null());
    Wrun {
        command,
        stdin: None,
    }
}

impl Wrun {
    /// Runs wrun in `dir`, where a file it is given by a bare name is.
    pub fn current_dir(mut self, dir: &std::path::Path) -> Self {
        self.command.current_dir(dir);
        self
    }

    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.command.env(key, value);
        self
    }

    /// Runs wrun under the program name `name`, as a shell does that finds
    /// it on PATH (`wrun`), rather than by the path of the built binary.
    pub fn arg0(mut self, name: &str) -> Self {
        std::os::unix::process::CommandExt::arg0(&mut self.command, name);
        self
    }

    /// Feeds `input` to standard input.
    pub fn stdin(mut self, input: impl Into<Vec<u8>>) -> Self {
        self.stdin = Some(input.into());
        self
    }

    pub fn run(mut self) -> Run {
        let output = match self.stdin.take() {
            None => self.command.output().expect("wrun runs"),
            Some(input) => {
                let mut child = self
                    .command
                    .stdin(Stdio::piped())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("wrun starts");
                let mut stdin = child.stdin.take().expect("a stdin pipe");
                // Write from another thread so that a full stdout pipe cannot deadlock us.
                let writer = std::thread::spawn(move || {
                    let _ = std::io::Write::write_all(&mut stdin, &input);
                });
                let output = child.wait_with_output().expect("wrun runs");
                writer.join().expect("the writer thread ends");
                output
            }
        };
        Run {
            code: output
                .status
                .code()
                .expect("wrun exits, not killed by a signal"),
            stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
        }
    }

    /// Runs as a co-process: writes each request of `requests` in turn and
    /// waits, for up to 20 seconds, for the output line it should bring
    /// before writing the next; then closes standard input. The lines that
    /// came in time, and how wrun exited (`None` when a line did not come:
    /// wrun is then stopped).
    pub fn converse(mut self, requests: &[&str]) -> (Vec<String>, Option<i32>) {
        let mut child = self
            .command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("wrun starts");
        let mut stdin = child.stdin.take().expect("a stdin pipe");
        let stdout = child.stdout.take().expect("a stdout pipe");
        let (sender, lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in std::io::BufRead::lines(std::io::BufReader::new(stdout)) {
                if sender.send(line.expect("stdout is UTF-8")).is_err() {
                    return;
                }
            }
        });
        let mut answered = Vec::new();
        for request in requests {
            std::io::Write::write_all(&mut stdin, request.as_bytes()).expect("wrun reads");
            std::io::Write::flush(&mut stdin).expect("wrun reads");
            let Ok(line) = lines.recv_timeout(std::time::Duration::from_secs(20)) else {
                let _ = child.kill();
                let _ = child.wait();
                return (answered, None);
            };
            answered.push(line);
        }
        drop(stdin);
        let status = child.wait().expect("wrun runs");
        (answered, status.code())
    }

    /// Runs with stdout connected to a pipe whose reader is already gone.
    pub fn run_into_closed_pipe(mut self) -> Run {
        let (reader, writer) = std::io::pipe().expect("a pipe");
        drop(reader);
        let output = self.command.stdout(writer).output().expect("wrun runs");
        Run {
            code: output
                .status
                .code()
                .expect("wrun exits, not killed by a signal"),
            stdout: String::new(),
            stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
        }
    }
}

impl Run {
    /// Asserts success with nothing on stderr, and returns stdout.
    pub fn ok(&self) -> &str {
        assert_eq!(self.code, 0, "stderr: {}", self.stderr);
        assert_eq!(self.stderr, "", "stderr should be empty");
        &self.stdout
    }

    /// Asserts success and parses stdout as one JSON document ending in a newline.
    pub fn json(&self) -> Value {
        let stdout = self.ok();
        assert!(stdout.ends_with('\n'), "JSON output ends with a newline");
        assert_eq!(stdout.lines().count(), 1, "JSON output is one line");
        serde_json::from_str(stdout).expect("stdout is JSON")
    }

    /// Asserts a usage error: exit 2, nothing on stdout, one line on stderr
    /// mentioning each of `needles`. Returns that line.
    pub fn usage_error(&self, needles: &[&str]) -> &str {
        assert_eq!(self.code, 2, "stderr: {}", self.stderr);
        assert_eq!(self.stdout, "", "stdout must stay empty on error");
        assert_eq!(
            self.stderr.lines().count(),
            1,
            "one line: {:?}",
            self.stderr
        );
        assert!(self.stderr.starts_with("wrun: error: "), "{}", self.stderr);
        assert!(!self.stderr.contains("panicked"), "{}", self.stderr);
        for needle in needles {
            assert!(
                self.stderr.contains(needle),
                "{needle:?} missing from {:?}",
                self.stderr
            );
        }
        self.stderr.trim_end()
    }
}

/// Each line of NDJSON output, parsed.
pub fn lines(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("each output line is JSON"))
        .collect()
}

/// Every number in `value`, with its path.
pub fn numbers(value: &Value, path: &str, found: &mut Vec<(String, f64)>) {
    match value {
        Value::Number(n) => found.push((path.to_owned(), n.as_f64().expect("an f64"))),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                numbers(item, &format!("{path}[{i}]"), found);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                numbers(item, &format!("{path}.{key}"), found);
            }
        }
        _ => {}
    }
}

/// The entry of a JSON list of warnings, tips or notes whose `id` is `id`.
pub fn by_id<'a>(list: &'a Value, id: &str) -> Option<&'a Value> {
    list.as_array()?.iter().find(|entry| entry["id"] == id)
}

/// The ids of a JSON list of warnings, tips, notes or rules, in order.
pub fn ids(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["id"].as_str().unwrap())
        .collect()
}

/// `value[key]` as an f64, failing loudly otherwise.
pub fn f(value: &Value, pointer: &str) -> f64 {
    value
        .pointer(pointer)
        .and_then(Value::as_f64)
        .unwrap_or_else(|| panic!("{pointer} is not a number in {value}"))
}

/// Whether two floats agree within a hundredth (the output's precision).
pub fn close(actual: f64, expected: f64) -> bool {
    (actual - expected).abs() < 0.005 + 1e-9
}

/// A file of `tests/data/route`, real device and service exports (their
/// origins and licences in its README).
pub fn route_fixture(name: &str) -> String {
    format!("{}/tests/data/route/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// What `wrun args` writes on a terminal `columns` wide (`COLUMNS`).
pub fn text_at(args: &[&str], columns: &str) -> String {
    wrun(args.iter().copied())
        .env("COLUMNS", columns)
        .run()
        .ok()
        .to_owned()
}

/// Asserts that `wrun args` succeeds in every one of `columns` (`COLUMNS`)
/// and writes no line wider than it, nor than 80 columns.
pub fn assert_fits(args: &[&str], columns: &[&str]) {
    for columns in columns {
        let widest: usize = columns.parse::<usize>().unwrap().min(80);
        let run = wrun(args.iter().copied()).env("COLUMNS", columns).run();
        for line in run.ok().lines() {
            assert!(
                line.chars().count() <= widest,
                "COLUMNS={columns} {args:?}: {line:?}"
            );
        }
    }
}

/// `text` in UTF-16 after its byte order mark, little-endian (as Windows
/// writes it) or big-endian.
pub fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
    std::iter::once(0xFEFF)
        .chain(text.encode_utf16())
        .flat_map(|unit| {
            if little_endian {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            }
        })
        .collect()
}
