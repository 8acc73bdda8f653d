//! wrun: how much weight to run with, of which kind, what it does to heart
//! rate and calories, and what can hurt.
//!
//! The library is [`guidance`], the pure core (the `wrun-core` crate): plain
//! values in, plain values out, no I/O. [`parse`] reads what people type
//! (masses, paces, speeds, durations, distances, grades). Everything else is
//! the command line around them, private to the crate; [`run`] is what the
//! `wrun` binary calls.
//!
//! ```
//! use wrun::guidance::{Mass, Request, Verdict, WeightType, recommend};
//!
//! let answer = recommend(&Request::new(Mass::from_lb(150.0), WeightType::Vest))?;
//! assert_eq!(answer.verdict, Verdict::Recommended);
//! let load = answer.load.expect("a vest has a load");
//! assert_eq!((load.min.lb(), load.max.lb()), (7.5, 15.0));
//! # Ok::<(), wrun::guidance::GuidanceError>(())
//! ```

pub(crate) mod cli;
pub(crate) mod commands;
pub(crate) mod config;
mod error;
mod fnv;
mod input;
mod output;
mod refusal;
pub(crate) mod render;
#[cfg(not(fuzzing))]
pub(crate) mod route;
/// Route files read into fixes; public only to the fuzz targets.
#[cfg(fuzzing)]
#[doc(hidden)]
pub mod route;

/// The pure core, [`wrun_core`], under the name the binary's code uses.
pub use wrun_core as guidance;
/// What people type, read by the core's parsers.
pub use wrun_core::parse;

#[cfg(test)]
mod property_tests;

/// Entry points for the fuzz targets in `fuzz/`, built only for them
/// (`cargo fuzz` sets `--cfg fuzzing`); not part of the API.
#[cfg(fuzzing)]
#[doc(hidden)]
pub mod fuzzing {
    use std::io::BufReader;

    use crate::cli::{BatchArgs, BatchCommand, InputFormat, OutputFormat};

    /// Runs a batch of `command` (`recommend`, `compare` or `plan`, as
    /// `--command` names them) over `input` read as CSV cut by `delimiter`
    /// (`Some`) or NDJSON (`None`), in the text encoding `encoding` names
    /// (as `--encoding` does), writing NDJSON or CSV (`csv_out`), its notes
    /// by id (`lean`), each line as its record is read (`line_buffered`,
    /// as `--line-buffered`): the output, and whether the input was refused
    /// as a whole (a bad CSV header).
    ///
    /// # Panics
    /// For a `command` `--command` refuses, or an `encoding` `--encoding`
    /// refuses.
    #[must_use]
    pub fn batch(
        input: &[u8],
        delimiter: Option<u8>,
        encoding: Option<&str>,
        command: &str,
        csv_out: bool,
        lean: bool,
        line_buffered: bool,
    ) -> (Vec<u8>, bool) {
        let args = BatchArgs {
            file: None,
            input: Some(if delimiter.is_some() {
                InputFormat::Csv
            } else {
                InputFormat::Ndjson
            }),
            delimiter,
            encoding: encoding.map(|label| crate::input::encoding(label).unwrap()),
            command: <BatchCommand as clap::ValueEnum>::from_str(command, false).unwrap(),
            weight_type: None,
            output: if csv_out {
                OutputFormat::Csv
            } else {
                OutputFormat::Ndjson
            },
            format: None,
            unit: None,
            unit_source: crate::cli::UnitSource::Default,
            raw_cells: false,
            output_delimiter: None,
            output_dialect: crate::cli::OutputDialect::Mirror,
            notes: if lean {
                crate::cli::NotesFlag::Ids
            } else {
                crate::cli::NotesFlag::Text
            },
            line_buffered,
        };
        let mut out = Vec::new();
        let reader: Box<dyn std::io::BufRead> = if line_buffered {
            crate::input::buffered(input, crate::input::FirstFill::Line)
        } else {
            Box::new(BufReader::with_capacity(64, input))
        };
        let refused = matches!(
            crate::commands::batch::answer_input(
                &args,
                &crate::config::Profile::default(),
                reader,
                "input",
                &mut out
            ),
            Err(crate::Error::Usage(_))
        );
        (out, refused)
    }

    /// Reads `bytes` as a route file of `format` (GPX, TCX or FIT) and,
    /// when they make a course, answers it for a 70 kg runner in a 7 kg
    /// vest at 6:00/km. Checks what must hold of every answer: finite
    /// figures, and splits that add up to the totals. Panics otherwise.
    pub fn route(bytes: &[u8], format: crate::route::Format) {
        // As `wrun route` reads a file: in UTF-8, transcoded if need be.
        let bytes = &crate::input::utf8_bytes(bytes.to_vec());
        if let Ok(track) = crate::route::read(bytes, format) {
            answer_course(&track);
        }
    }

    /// Reads `bytes` as `wrun route` reads a file (gzip unpacked, a zip's
    /// one route taken out, the format told by the name or the first
    /// bytes), its name the bytes before the first NUL (without one,
    /// "standard input", as `wrun route -` names it) and its content those
    /// after, and answers the course as [`route`] does. Panics when the
    /// file is refused by anything but a usage error that begins with the
    /// file's name.
    pub fn route_file(bytes: &[u8]) {
        let (name, content) = match bytes.iter().position(|&byte| byte == 0) {
            Some(at) => (String::from_utf8_lossy(&bytes[..at]), &bytes[at + 1..]),
            None => (crate::input::STANDARD_INPUT.into(), bytes),
        };
        // A small limit, so that a gzip bomb costs the fuzzer little.
        match crate::commands::route::read_route(&name, content.to_vec(), 1 << 22) {
            Ok(read) => answer_course(&read.track),
            Err(crate::Error::Usage(message)) => {
                let shown = crate::escape_invisible(&name);
                assert!(message.starts_with(&shown), "{shown:?}: {message:?}");
            }
            Err(other) => panic!("{other:?}"),
        }
    }

    /// Answers `track` for a 70 kg runner in a 7 kg vest at 6:00/km, when
    /// it makes a course, and checks the answer: finite figures, and splits
    /// that add up to the totals.
    fn answer_course(track: &crate::route::Track) {
        use crate::guidance::course::{CourseRequest, course};
        use crate::guidance::{Distance, Mass, Request, Speed, WeightType};
        let mut runner = Request::new(Mass::from_kg(70.0), WeightType::Vest);
        runner.chosen_load = Some(Mass::from_kg(7.0));
        runner.workout.speed = Some(Speed::from_km_per_h(10.0));
        let ask = CourseRequest {
            runner,
            split: Distance::from_metres(1000.0),
            recorded_without_load: false,
            plan_week: None,
        };
        let Ok(answer) = course(&track.fixes, &ask) else {
            return;
        };
        let totals = [
            answer.distance_m,
            answer.seconds,
            answer.loaded_kcal,
            answer.unloaded_kcal,
            answer.ascent_m,
            answer.descent_m,
        ];
        assert!(totals.iter().all(|x| x.is_finite()), "{totals:?}");
        let sum = |pick: fn(&crate::guidance::course::Split) -> f64| -> f64 {
            answer.splits.iter().map(pick).sum()
        };
        let close = |a: f64, b: f64| (a - b).abs() <= 1e-6 * b.abs().max(1.0);
        assert!(close(sum(|s| s.distance_m), answer.distance_m));
        assert!(close(sum(|s| s.seconds), answer.seconds));
        assert!(close(sum(|s| s.loaded_kcal), answer.loaded_kcal));
    }

    /// Parses the command line `bytes` as `wrun` does, its words cut at
    /// each NUL (the first the program's name, any bytes), and where clap
    /// refuses it, words the refusal as `wrun` does. Panics unless that is
    /// a usage error (exit 2), as every refusal of a command line is.
    /// Returns the command line the refusal says to try (`wrun 150 vest`:
    /// `wrun recommend --weight 150 --type vest`), as written for a shell,
    /// where it gives one.
    #[must_use]
    pub fn command_line(bytes: &[u8]) -> Option<String> {
        use std::os::unix::ffi::OsStringExt;
        let args: Vec<std::ffi::OsString> = bytes
            .split(|&byte| byte == 0)
            .map(|word| std::ffi::OsString::from_vec(word.to_vec()))
            .collect();
        let mut command = crate::cli::help::command();
        let err = command.try_get_matches_from_mut(&args).err()?;
        if matches!(
            err.kind(),
            clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion
        ) {
            return None;
        }
        let refused = crate::refusal::of(&command, &args, &err);
        assert_eq!(
            refused.exit_code(),
            crate::error::exit::USAGE,
            "{refused:?}"
        );
        crate::refusal::line_to_try(&err, &args).map(|to_try| to_try.line)
    }

    /// clap's refusal of the command line `words` (the first the
    /// program's name): its kind, as clap names it (`UnknownArgument`), and
    /// its text. `None` where clap takes the line.
    #[must_use]
    pub fn clap_refusal(words: &[String]) -> Option<(String, String)> {
        let err = crate::cli::help::command()
            .try_get_matches_from(words)
            .err()?;
        Some((format!("{:?}", err.kind()), err.to_string()))
    }

    /// Reads `bytes` as a profile file is read (UTF-8, or UTF-16 after its
    /// mark), and checks what must hold of what it keeps aside: each value
    /// it could not read and each key it does not know stands on a line of
    /// the file, and its message names that line. Panics otherwise.
    pub fn profile(bytes: &[u8]) {
        let Ok(text) = String::from_utf8(crate::input::utf8_bytes(bytes.to_vec())) else {
            return;
        };
        let path = std::path::Path::new("config.toml");
        let Ok(profile) = crate::config::Profile::parse(&text, path) else {
            return;
        };
        let lines = text.split('\n').count();
        let unread = profile.problems.iter().map(|bad| (bad.line, &bad.why));
        let unknown = profile.unknown.iter().map(|key| (key.line, &key.why));
        for (line, why) in unread.chain(unknown) {
            assert!((1..=lines).contains(&line), "line {line} of {lines}: {why}");
            let at = format!("config.toml, line {line}: ");
            assert!(why.starts_with(&at), "kept at line {line}: {why}");
        }
    }
}

use std::ffi::OsString;

use clap::FromArgMatches;
use clap::error::ErrorKind;

pub use error::{Error, escape_invisible};

use crate::cli::{Cli, ColorWhen, Command, EnvValues};
use crate::output::Stdout;

/// Runs wrun with `args` (the program name first), writing to standard output.
///
/// # Errors
/// [`Error`] for bad input (exit code 2), unreadable input or unwritable
/// output (exit code 1; a closed pipe included, see [`Error::is_broken_pipe`]),
/// and a batch with failed lines (exit code 1).
pub fn run<I, T>(args: I) -> Result<(), Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString>,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let stdout = Stdout::open()?;
    let var = |name: &str| std::env::var(name).ok();
    let width = stdout.width(var("COLUMNS").as_deref());
    let mut command = cli::help::command_for(width);
    let mut matches = match command.try_get_matches_from_mut(&args) {
        Ok(matches) => matches,
        Err(err)
            if matches!(
                err.kind(),
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
            ) =>
        {
            let color = Some(stdout.color(color_flag(&args), var));
            return stdout.write_with(color, |out| {
                write!(out, "{}", err.render().ansi()).map_err(Error::Output)
            });
        }
        Err(err) => return Err(refusal::of(&command, &args, &err)),
    };
    let csv_only_flag = cli::BatchArgs::csv_only_flag(&matches);
    // Taking the values saves a copy of every match.
    let mut cli = Cli::from_arg_matches_mut(&mut matches).map_err(|err| Error::from_clap(&err))?;
    // The variables that stand in for flags: the resolver reads them where
    // the flag is not given.
    let env = EnvValues::read(|name| std::env::var_os(name));
    if let Command::Batch(batch) = &mut cli.command {
        batch.check_csv_only(csv_only_flag)?;
        if batch.unit.is_some() {
            batch.unit_source = cli::UnitSource::Flag;
        } else if let Some(unit) = cli::unit_variable(env.unit.as_ref())? {
            batch.unit = Some(unit);
            batch.unit_source = cli::UnitSource::Env;
        }
    }
    if let Some(runner) = cli.command.runner_mut() {
        runner.env = env;
    }
    let named = profile_named_by(&cli, var);
    let profile_path = cli.config.clone().or_else(|| config::path(var));
    // Only the commands that answer for a runner read the profile: help,
    // completions, man pages, schemas, sources and config itself never fail
    // because of it.
    let reads_profile = matches!(
        cli.command,
        Command::Recommend(_)
            | Command::Compare(_)
            | Command::Plan(_)
            | Command::Route(_)
            | Command::Batch(_)
    );
    let profile = match &profile_path {
        Some(path) if reads_profile && !cli.no_config => config::Profile::load(path, named)?,
        _ => config::Profile::default(),
    };
    let color = cli
        .command
        .writes_text()
        .then(|| stdout.color(cli.color, var));
    let plain = None;
    match &cli.command {
        Command::Recommend(args) => stdout.write_with(color, |out| {
            commands::recommend::run(&profile, args, out, width)
        }),
        Command::Compare(args) => stdout.write_with(color, |out| {
            commands::compare::run(&profile, args, out, width)
        }),
        Command::Plan(args) => {
            stdout.write_with(color, |out| commands::plan::run(&profile, args, out, width))
        }
        Command::Route(args) => stdout.write_with(color, |out| {
            commands::route::run(&profile, args, out, width)
        }),
        Command::Sources(args) => {
            stdout.write_with(color, |out| commands::sources::run(args, out, width))
        }
        Command::Batch(args) => {
            stdout.write_with(plain, |out| commands::batch::run(&profile, args, out))
        }
        Command::Config(args) => stdout.write_with(plain, |out| {
            commands::config::run(
                args,
                profile_path.as_deref(),
                named,
                cli.no_config,
                &var,
                out,
            )
        }),
        Command::Schema(args) => stdout.write_with(plain, |out| commands::schema::run(args, out)),
        Command::Completions(args) => stdout.write_with(plain, |out| {
            commands::shell::completions(args, out).map_err(Error::Output)
        }),
        Command::Man(args) => stdout.write_with(plain, |out| commands::man::run(args, out)),
    }
}

/// What named the profile to read, which must then exist: `--config`, or
/// `WRUN_CONFIG` when set; `None` for the config directory's.
fn profile_named_by(cli: &Cli, var: impl Fn(&str) -> Option<String>) -> Option<&'static str> {
    if cli.config.is_some() {
        Some("--config")
    } else if var("WRUN_CONFIG").is_some_and(|path| !path.is_empty()) {
        Some("WRUN_CONFIG")
    } else {
        None
    }
}

/// The `--color` flag as given, for help, which is shown before flags are read.
fn color_flag(args: &[OsString]) -> ColorWhen {
    let mut given = None;
    for (index, arg) in args.iter().enumerate() {
        let arg = arg.to_str().unwrap_or_default();
        let value = match arg.strip_prefix("--color") {
            Some(rest) if rest.starts_with('=') => Some(rest[1..].to_owned()),
            Some("") => args
                .get(index + 1)
                .and_then(|next| next.to_str())
                .map(str::to_owned),
            _ => None,
        };
        if let Some(value) = value {
            given = Some(value);
        }
    }
    match given.as_deref() {
        Some("always") => ColorWhen::Always,
        Some("never") => ColorWhen::Never,
        _ => ColorWhen::Auto,
    }
}
