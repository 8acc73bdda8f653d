//! The command line: clap's view of wrun's arguments.
//!
//! This module only describes flags and turns strings into domain values;
//! what the values mean, and which ranges they must fall in, is decided in
//! [`crate::guidance`].

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::error::Error;
use crate::guidance::{Condition, Named, Unit, WeightType};
use crate::render::json::NotesForm;

mod batch;
mod field;
pub(crate) mod help;
mod lazy;
mod plan;
mod shared;

pub use batch::{BatchArgs, BatchCommand, InputFormat, OutputDialect, OutputFormat};
pub(crate) use plan::{LIST_SEPARATORS, parse_start, parse_weekdays, weekday, weekday_name};
pub use plan::{PlanArgs, PlanFormat, StartDay};

pub use field::{Field, aliased, looks_like, normalize, unasked};
pub use lazy::Lazy;

pub use shared::{
    BodyArgs, CourseRunArgs, EnvValues, HeartFlags, RunnerArgs, RunnerFlags, Typed, UnitSource,
    WorkoutArgs, parse_pace_arg, unit_variable,
};

/// wrun: a calculator for running with weights.
#[derive(Debug, Parser)]
#[command(
    name = "wrun",
    version,
    about = "How much weight to run with, of which kind, what it does to your heart rate and \
             calories, and what can hurt you.",
    propagate_version = true,
    max_term_width = 80
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,

    /// Read the profile from FILE instead of `WRUN_CONFIG` or the config directory
    // Listed after every command's own options, however many it has.
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        value_hint = clap::ValueHint::FilePath,
        display_order = 900
    )]
    pub config: Option<std::path::PathBuf>,

    /// Ignore the profile (see wrun config)
    #[arg(long, global = true, conflicts_with = "config", display_order = 901)]
    pub no_config: bool,

    /// When to colour text output (before or after the command)
    #[arg(
        long,
        global = true,
        value_name = "WHEN",
        default_value = "auto",
        help_heading = "Output"
    )]
    pub color: ColorWhen,
}

/// When to colour text output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// On a terminal, unless a colour variable says otherwise.
    #[value(help = "on a terminal, unless NO_COLOR is set (CLICOLOR, CLICOLOR_FORCE honoured)")]
    Auto,
    /// always, even into a pipe
    Always,
    /// never
    Never,
}

/// wrun's commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Recommend a load for one kind of weight, with its effects and risks.
    #[command(
        override_usage = "wrun recommend --weight <WEIGHT> --type <TYPE> [OPTIONS]",
        long_about = "Recommend a load for one kind of running weight: the verdict, the load \
                      range and where to start, the expected change in heart rate and calories, \
                      and every risk, each with the rule it comes from. Describe the run (pace \
                      or speed, duration or distance, grade, heart rate) to get calories and \
                      heart rate for it."
    )]
    Recommend(Lazy<RecommendArgs>),

    /// Compare vest, hand/wrist and ankle weights side by side.
    #[command(
        override_usage = "wrun compare --weight <WEIGHT> [OPTIONS]",
        long_about = "Compare the three kinds of running weight for one runner: verdict, load, \
                      start, heart-rate and calorie effect and the most severe risk of each, \
                      the risks every kind carries, and which fits best."
    )]
    Compare(Lazy<CompareArgs>),

    /// Plan a safe week-by-week ramp-up of the load.
    #[command(
        override_usage = "wrun plan --weight <WEIGHT> --type <TYPE> [OPTIONS]",
        long_about = "Plan a week-by-week ramp-up: the load each week (snapped to your weight \
                      steps), how many weighted runs, what to run and how to rest. Starts at \
                      the recommended start load and never passes the top of the range."
    )]
    Plan(Lazy<PlanArgs>),

    /// What a load does on a real course: a GPX, TCX or FIT route or activity.
    #[command(
        override_usage = "wrun route [FILE] --weight <WEIGHT> [--pace <PACE>] [OPTIONS]",
        long_about = "What a load does on a real course, read from a GPX track or route, a TCX \
                      file or a FIT activity (by extension, else by content; - reads standard \
                      input, as does no file when one is piped in), gzipped or not (a Strava \
                      export's .fit.gz), or alone in a zip archive (Garmin Connect's Export \
                      Original). A planned course (no \
                      times, or a TCX course) is run at the effort of your usual flat pace without \
                      weight: the time of each split with the load and without, uphill slower and \
                      downhill faster. A recorded run gives each split's pace beside the flat, \
                      unloaded pace of the same effort, and with heart rate in the file, your own \
                      heart-rate response. Both give the energy with and without the load, the \
                      climb after GPS noise is cleaned, the elevation profile and the verdict from \
                      every finding."
    )]
    Route(Lazy<RouteArgs>),

    /// List every rule and model wrun applies, and where each comes from.
    Sources(Lazy<SourcesArgs>),

    /// Answer many requests at once: NDJSON or CSV in, NDJSON or CSV out.
    #[command(
        long_about = "Answer one request per input record, for a coach's roster or a script's \
                      queue. Input is NDJSON, one object a line with the fields of the command \
                      (recommend: weight, unit, type, level, conditions, increment, pace, speed, \
                      duration, distance, grade, hr, resting_hr, max_hr, gait, terrain, load, \
                      height, age, vo2max), or CSV with a header row of the same names, in any \
                      case and spacing (Body Weight, Max HR; Experience for level, Injuries \
                      or a form's Any injuries? for conditions, Goal pace for pace, Vest \
                      weight for load, Time (min) for duration; a unit in brackets or after the \
                      name, Weight (kg), weight_kg or Duration min, applies to the column's or \
                      field's bare numbers, Pace (min/km) to its bare times and numbers; Duration \
                      (h:mm) says what 1:30 is). An id field or column is echoed on its output \
                      line; every other field or column is carried through (NDJSON: under \
                      extra; CSV: as leading columns). Output has exactly one line per \
                      record, in input order, each with line, the input line the record \
                      starts on: the command's answer, or its error. CSV output is written in a CSV roster's \
                      own dialect. Reads UTF-8, UTF-16 that starts with its byte order mark \
                      (Excel's Unicode Text) and, cell by cell, CSV in Excel's code pages: \
                      Windows-1252, or Mac Roman where lines end in a carriage return alone \
                      (Excel's CSV (Macintosh)); any other encoding with --encoding. Streams \
                      in constant memory."
    )]
    Batch(Lazy<BatchArgs>),

    /// Print the JSON Schema of a command's JSON output.
    Schema(Lazy<SchemaArgs>),

    /// Show or create the profile: defaults for weight, unit, level and more.
    #[command(
        long_about = "The profile holds defaults for the runner flags: weight, unit, level, \
                      conditions, increment, resting_hr, max_hr, height, age and vo2max, as TOML. It lives at the \
                      platform's config directory ($XDG_CONFIG_HOME/wrun/config.toml on Linux), \
                      or where WRUN_CONFIG points; --no-config ignores it. A flag wins over its \
                      WRUN_* variable, which wins over the profile, which wins over wrun's \
                      defaults.",
        after_help = help::after_help("config", crate::render::text::WIDTH),
        // Without a command, one line naming the commands, not the help.
        arg_required_else_help = false
    )]
    // Built at once, not lazily: the `help` command must find its own
    // subcommands when it is built, before `config` is. It has no values
    // of its own for completion to mark, so it needs only its examples.
    Config(ConfigArgs),

    /// Print a shell completion script.
    Completions(Lazy<CompletionsArgs>),

    /// Print a man page, as roff, or write them all to a folder.
    Man(Lazy<ManArgs>),
}

/// How warnings, tips, notes and reasons are written in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NotesFlag {
    /// with their texts
    Text,
    /// by id: each text's id (or its template's) and the values of its slots
    Ids,
}

impl NotesFlag {
    /// The JSON form this asks for, with output in JSON (`json`) or not:
    /// `ids` is refused, rather than ignored, where the output is not JSON,
    /// which alone writes notes by id; `instead` says what to do.
    ///
    /// # Errors
    /// [`Error::Invalid`] for `ids` without JSON output.
    pub fn form(self, json: bool, instead: &str) -> Result<NotesForm, Error> {
        match self {
            Self::Text => Ok(NotesForm::Text),
            Self::Ids if json => Ok(NotesForm::Ids),
            Self::Ids => Err(Error::Invalid {
                name: "--notes".to_owned(),
                value: "ids".to_owned(),
                why: format!("only JSON output writes notes by id; {instead}"),
            }),
        }
    }
}

/// The flags of `wrun schema`.
#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// The command whose output to describe
    #[arg(value_name = "COMMAND", default_value = "recommend")]
    pub command: SchemaFor,
}

/// Commands with JSON output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaFor {
    /// wrun recommend --json
    Recommend,
    /// wrun compare --json
    Compare,
    /// wrun plan --json
    Plan,
    /// wrun route --json
    Route,
    /// wrun batch (one line)
    Batch,
    /// wrun sources --json
    Sources,
}

/// The flags of `wrun config`.
#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// What to do
    #[command(subcommand)]
    pub action: ConfigAction,
}

/// What `wrun config` does.
#[derive(Debug, Subcommand)]
pub enum ConfigAction {
    /// Print where the profile is read from.
    Path,
    /// Print each value in effect and where it comes from, and what in the
    /// profile wrun cannot read or does not know, line by line.
    Show(ConfigShowArgs),
    /// Write a commented profile to fill in, with the values of any runner
    /// flags given set in it; never overwrites one.
    Init(Box<Lazy<ConfigInitArgs>>),
}

/// The flags of `wrun config init`: the runner's values to set in the
/// profile it writes. Only the flags given are written (no `WRUN_*`
/// variable), each checked as the other commands check it.
#[derive(Debug, Args)]
#[command(
    next_help_heading = "Values to set in the profile",
    mut_arg("weight", |arg| arg.help(
        "Body weight, as the other commands take it (150, 150lb, 68kg); a plain number is \
         in --unit, else lb"
    )),
    mut_arg("level", |arg| arg.help("Running experience (also --experience)")),
    mut_arg("conditions", |arg| arg.help(
        "Conditions that make load riskier; repeat the flag or separate with commas; none \
         for none"
    )),
    mut_arg("unit", |arg| arg.help("Unit of plain numbers and of text output"))
)]
pub struct ConfigInitArgs {
    /// The runner's values.
    #[command(flatten)]
    pub runner: RunnerFlags,

    /// The runner's resting and maximum heart rates.
    #[command(flatten)]
    pub heart: HeartFlags,
}

/// The flags of `wrun config show`.
#[derive(Debug, Clone, Args)]
pub struct ConfigShowArgs {
    /// Output format: text or json
    #[arg(long, value_name = "FORMAT", default_value = "text")]
    pub format: Format,

    /// Shorthand for --format json
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
}

impl ConfigShowArgs {
    /// Whether JSON was asked for, by either flag.
    #[must_use]
    pub const fn wants_json(&self) -> bool {
        self.json || matches!(self.format, Format::Json)
    }
}

/// The flags of `wrun man`.
#[derive(Debug, Args)]
pub struct ManArgs {
    /// The command whose page to print; the page of wrun itself when absent
    #[arg(value_name = "COMMAND", value_parser = PageParser)]
    pub command: Option<String>,

    /// Write every page (wrun.1, wrun-recommend.1, ...) into this folder instead
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath, conflicts_with = "command")]
    pub out_dir: Option<std::path::PathBuf>,
}

/// The flags of `wrun completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

impl Command {
    /// Whether the command writes text (and so may be coloured).
    #[must_use]
    pub fn writes_text(&self) -> bool {
        match self {
            Self::Recommend(Lazy(args)) => args.output.is_text(),
            Self::Compare(Lazy(args)) => args.output.is_text(),
            Self::Sources(Lazy(args)) => args.output.is_text(),
            Self::Plan(Lazy(args)) => args.output.is_text(),
            Self::Route(Lazy(args)) => args.output.is_text(),
            _ => false,
        }
    }

    /// The runner flags of the commands that have them.
    pub fn runner_mut(&mut self) -> Option<&mut RunnerFlags> {
        match self {
            Self::Recommend(args) => Some(&mut args.runner),
            Self::Compare(args) => Some(&mut args.runner),
            Self::Plan(args) => Some(&mut args.runner),
            Self::Route(args) => Some(&mut args.runner),
            _ => None,
        }
    }
}

/// A command's output formats, among them text (the default, for people)
/// and JSON (for `--json` to stand for).
pub trait TextOrJson: ValueEnum + Clone + Copy + PartialEq + Send + Sync + 'static {
    /// Text, for people.
    const TEXT: Self;
    /// JSON, for scripts.
    const JSON: Self;
}

macro_rules! text_or_json {
    ($($format:ty),*) => {
        $(impl TextOrJson for $format {
            const TEXT: Self = Self::Text;
            const JSON: Self = Self::Json;
        })*
    };
}

text_or_json!(Format, PlanFormat, RouteFormat);

/// How output is written: `--format`, among the values of `F`, and
/// `--json`, its shorthand for JSON.
#[derive(Debug, Args)]
#[command(next_help_heading = "Output")]
pub struct OutputArgs<F: TextOrJson> {
    /// Output format
    #[arg(
        long,
        value_name = "FORMAT",
        default_value = "text",
        value_parser = clap::builder::EnumValueParser::<F>::new()
    )]
    pub format: F,

    /// Shorthand for --format json
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
}

/// How JSON writes warnings and tips: `--notes` of recommend, compare and plan.
#[derive(Debug, Args)]
#[command(next_help_heading = "Output")]
pub struct NotesArgs {
    /// With JSON: warnings, tips, notes and reasons with their texts (text), or, for
    /// scripts, by id (ids): a fixed text by its id, a text with your figures by the id of its
    /// template and the values of its slots; the texts and templates are listed once
    /// in `wrun sources --json`. ids is refused without JSON output
    #[arg(
        id = "notes",
        long = "notes",
        value_name = "FORM",
        default_value = "text"
    )]
    pub form: NotesFlag,
}

impl<F: TextOrJson> OutputArgs<F> {
    /// The form `notes` asks for, refused unless this output is JSON.
    ///
    /// # Errors
    /// [`Error::Invalid`] for `--notes ids` without JSON output.
    pub fn notes(&self, notes: &NotesArgs) -> Result<NotesForm, Error> {
        notes.form.form(
            self.format() == F::JSON,
            "give --json, or leave out --notes",
        )
    }
}

/// The flags of `wrun sources`.
#[derive(Debug, Args)]
pub struct SourcesArgs {
    /// Rule ids to show (vest-load, acsm-running, ...), the first word of
    /// some (vest: every vest rule), or the id of a warning or tip (the rule
    /// it comes from: beyond-capacity shows capacity); every rule when absent
    #[arg(value_name = "ID")]
    pub ids: Vec<String>,

    /// How to write the answer.
    #[command(flatten)]
    pub output: OutputArgs<Format>,
}

impl<F: TextOrJson> OutputArgs<F> {
    /// The output format asked for, counting `--json`.
    #[must_use]
    pub fn format(&self) -> F {
        if self.json { F::JSON } else { self.format }
    }

    /// Whether the output is text, for people.
    #[must_use]
    pub fn is_text(&self) -> bool {
        self.format() == F::TEXT
    }
}

/// `--type`, for a command that must be told the kind of weight (`wrun
/// route` has its own, which defaults to a vest).
#[derive(Debug, Args)]
pub struct TypeArg {
    /// Kind of weight; also in words ("weighted vest", "ankle weights")
    // Required, but checked with the weight (which may come from a variable
    // or the profile), so that a command given neither is told of both: see
    // `RunnerFlags::resolve_with_kind`.
    #[arg(
        short = 't',
        long = "type",
        value_name = "TYPE",
        display_order = 0,
        value_parser = named::<WeightType>()
    )]
    pub weight_type: Option<WeightType>,
}

/// The flags of `wrun recommend`.
#[derive(Debug, Args)]
pub struct RecommendArgs {
    /// Who is running.
    #[command(flatten)]
    pub runner: RunnerFlags,

    /// The kind of weight.
    #[command(flatten)]
    pub kind: TypeArg,

    /// The run.
    #[command(flatten)]
    pub workout: WorkoutArgs,

    /// How to write the answer.
    #[command(flatten)]
    pub output: OutputArgs<Format>,

    /// The verdict, start and range in three lines, then every finding that
    /// set the verdict and what wrun read into the input
    #[arg(long, help_heading = "Output", conflicts_with_all = ["json", "format"])]
    pub brief: bool,

    /// How JSON writes warnings and tips.
    #[command(flatten)]
    pub notes: NotesArgs,
}

/// The flags of `wrun compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Who is running.
    #[command(flatten)]
    pub runner: RunnerFlags,

    /// The run.
    #[command(flatten)]
    pub workout: WorkoutArgs,

    /// How to write the answer.
    #[command(flatten)]
    pub output: OutputArgs<Format>,

    /// A line per kind of weight, with what set any verdict short of
    /// recommended, then what wrun read into the input
    #[arg(long, help_heading = "Output", conflicts_with_all = ["json", "format"])]
    pub brief: bool,

    /// How JSON writes warnings and tips.
    #[command(flatten)]
    pub notes: NotesArgs,
}

/// The flags of `wrun route`. A recording shows a `VO2max` of its own,
/// which replaces a lower one given.
#[derive(Debug, Args)]
#[command(mut_arg("vo2max", |arg| {
    let shared = arg.get_help().map(ToString::to_string).unwrap_or_default();
    arg.help(format!("{shared}; a recording that shows a higher one replaces it"))
}))]
pub struct RouteArgs {
    /// The route or activity: a GPX, TCX or FIT file (or one gzipped, or
    /// alone in a zip archive); standard input when absent or -
    #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub file: Option<std::path::PathBuf>,

    /// Who is running.
    #[command(flatten)]
    pub runner: RunnerFlags,

    /// Kind of weight; also in words ("weighted vest", "ankle weights")
    /// [default: vest]
    #[arg(
        short = 't',
        long = "type",
        value_name = "TYPE",
        display_order = 0,
        default_value = "vest",
        hide_default_value = true,
        value_parser = named::<WeightType>()
    )]
    pub weight_type: WeightType,

    /// The run on the course.
    #[command(flatten)]
    pub run: CourseRunArgs,

    /// How to write the answer.
    #[command(flatten)]
    pub output: OutputArgs<RouteFormat>,

    /// The verdict and the course in a few rows, without splits, profile
    /// or tips, then every finding that set the verdict
    #[arg(long, help_heading = "Output", conflicts_with_all = ["json", "format"])]
    pub brief: bool,

    /// How JSON writes warnings and tips.
    #[command(flatten)]
    pub notes: NotesArgs,
}

/// What `wrun route` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RouteFormat {
    /// readable text for a terminal, with the elevation profile
    Text,
    /// one JSON object, for scripts
    Json,
    /// comma-separated values, one row per split, each with the verdict
    Csv,
}

/// How output is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// readable text for a terminal
    Text,
    /// one JSON object, for scripts
    Json,
}

/// A value for help, man pages and completions, its aliases named in its help.
fn possible<T: Named>(value: T) -> PossibleValue {
    let help = match value.aliases() {
        [] => value.describe().to_owned(),
        aliases => format!("{} (also {})", value.describe(), aliases.join(", ")),
    };
    PossibleValue::new(value.id())
        .aliases(value.aliases().iter().copied())
        .help(help)
}

/// Reads the page `wrun man` prints: a command's name, in any case, as
/// wrun spells it. A folder given in its place (`wrun man man1/`) is
/// refused with the flag that writes every page into a folder.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PageParser;

impl TypedValueParser for PageParser {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        use clap::error::{ContextKind, ContextValue};
        let page = PossibleValuesParser::new(help::page_names()).parse_ref(cmd, arg, value);
        let spelt = |typed: String| {
            help::page_names()
                .find(|name| name.eq_ignore_ascii_case(&typed))
                .map_or(typed, str::to_owned)
        };
        page.map(spelt).map_err(|mut err| {
            let text = value.to_string_lossy();
            if text.contains(std::path::is_separator) || std::path::Path::new(value).is_dir() {
                let tip = format!(
                    "to write every page into that folder, try 'wrun man --out-dir {text}'"
                );
                err.insert(
                    ContextKind::Suggested,
                    ContextValue::StyledStrs(vec![tip.into()]),
                );
                // A folder is no misspelt command: no `did you mean 'man'?`.
                err.insert(ContextKind::SuggestedValue, ContextValue::None);
            }
            err
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(help::page_names().map(PossibleValue::new)))
    }
}

// The domain enums know nothing of clap (the core crate does not depend
// on it); these value parsers are where clap learns them.

/// Reads a value of a vocabulary of the core by [`Named::from_name`] (any
/// case; words joined by `-`, `_`, `/` or a space), offering its ids and
/// aliases, each with its help, to help, man pages and completions.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NamedParser<T>(std::marker::PhantomData<T>);

/// A [`NamedParser`] for `T`.
pub(crate) const fn named<T>() -> NamedParser<T> {
    NamedParser(std::marker::PhantomData)
}

/// Why `text` names no `T`, worded alike wherever a name comes from (a
/// batch record, the profile, an environment variable; clap's context gives
/// a flag's the same words): the id nearest to it, where one is near, and
/// every id.
// Cold: a batch record's read calls it only for a bad name. Inlined
// there, it slowed a batch of minimal records by 8 % (bench/RESULTS.md,
// stop 49).
#[cold]
pub(crate) fn not_named<T: Named>(text: &str) -> String {
    not_named_with::<T>(text, several_for_one::<T>)
}

/// Why `text` names no condition, as [`not_named`] says it, with the list
/// written as wrun reads one where `text` names several.
#[cold]
pub(crate) fn not_a_condition(text: &str) -> String {
    not_named_with::<Condition>(text, several_conditions)
}

/// Why `text` names no `T`, and the `tip` for a list of names, if it is one.
fn not_named_with<T: Named>(text: &str, tip: fn(&str) -> Option<String>) -> String {
    let why = crate::error::one_of(suggest::<T>(text), &ids::<T>());
    match tip(text) {
        Some(tip) => format!("{why}; {tip}"),
        None => why,
    }
}

/// The names of `T` that `text` lists, when it lists two or more (`vest,
/// hand weights`, `knee and back`), each once.
fn several<T: Named>(text: &str) -> Option<Vec<&'static str>> {
    let lower = text
        .to_lowercase()
        .replace(" and ", ",")
        .replace(" or ", ",");
    let mut named: Vec<&'static str> = Vec::new();
    for part in lower
        .split([',', ';', '&', '+', '/'])
        .map(str::trim)
        .filter(|part| !part.is_empty())
    {
        let id = T::from_name(part).ok()?.id();
        if !named.contains(&id) {
            named.push(id);
        }
    }
    (named.len() > 1).then_some(named)
}

/// Where `text` lists two or more names of `T` where one is wanted: a tip
/// naming them, to give one.
fn several_for_one<T: Named>(text: &str) -> Option<String> {
    let named = several::<T>(text)?;
    let (last, others) = named.split_last()?;
    Some(format!(
        "it names {} and {last}: give one",
        others.join(", ")
    ))
}

/// Where `text` lists two or more conditions apart from how a list of them
/// is written (`knee and back`): a tip writing the list.
fn several_conditions(text: &str) -> Option<String> {
    let named = several::<Condition>(text)?;
    Some(format!(
        "to give more than one, separate them with commas: {}",
        named.join(",")
    ))
}

/// Every id of `T`, comma-separated: `vest, hand-wrist, ankle`.
pub(crate) fn ids<T: Named>() -> String {
    let ids: Vec<&str> = T::ALL.iter().map(|value| value.id()).collect();
    ids.join(", ")
}

/// The id of `T` nearest to `text`, within two edits, to suggest.
fn suggest<T: Named>(text: &str) -> Option<&'static str> {
    let wanted = crate::guidance::normalized(text);
    let wanted = wanted.as_str();
    T::ALL
        .iter()
        .flat_map(|value| {
            std::iter::once(value.id())
                .chain(value.aliases().iter().copied())
                .map(move |name| (strsim::osa_distance(wanted, name), value.id()))
        })
        .filter(|(distance, _)| *distance <= 2)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, id)| id)
}

impl<T: Named + Clone + Send + Sync + 'static> TypedValueParser for NamedParser<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<T, clap::Error> {
        use clap::error::{ContextKind, ContextValue, ErrorKind};
        let text = value
            .to_str()
            .ok_or_else(|| clap::Error::new(ErrorKind::InvalidUtf8).with_cmd(cmd))?;
        T::from_name(text).map_err(|_| {
            let mut err = clap::Error::new(ErrorKind::InvalidValue).with_cmd(cmd);
            let arg = arg.map_or_else(String::new, ToString::to_string);
            let ids = T::ALL.iter().map(|value| value.id().to_owned()).collect();
            err.insert(ContextKind::InvalidArg, ContextValue::String(arg));
            err.insert(
                ContextKind::InvalidValue,
                ContextValue::String(text.to_owned()),
            );
            err.insert(ContextKind::ValidValue, ContextValue::Strings(ids));
            if let Some(id) = suggest::<T>(text) {
                err.insert(
                    ContextKind::SuggestedValue,
                    ContextValue::String(id.to_owned()),
                );
            }
            if let Some(tip) = several_for_one::<T>(text) {
                err.insert(
                    ContextKind::Suggested,
                    ContextValue::StyledStrs(vec![tip.into()]),
                );
            }
            err
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(T::ALL.iter().map(|value| possible(*value))))
    }
}

/// Reads a condition as [`NamedParser`] does, or a word for none
/// (`none`, `n/a`, `-`: [`Condition::NONE_WORDS`]) as `None`, which gives
/// no condition and so sets the profile's aside.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ConditionOrNone;

impl TypedValueParser for ConditionOrNone {
    type Value = Option<Condition>;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Option<Condition>, clap::Error> {
        use clap::error::{ContextKind, ContextValue};
        if value.to_str().is_some_and(Condition::means_none) {
            return Ok(None);
        }
        named::<Condition>()
            .parse_ref(cmd, arg, value)
            .map(Some)
            .map_err(|mut err| {
                let mut accepted: Vec<String> = Condition::ALL
                    .iter()
                    .map(|value| value.id().to_owned())
                    .collect();
                accepted.push(Condition::NONE_WORDS[0].to_owned());
                err.insert(ContextKind::ValidValue, ContextValue::Strings(accepted));
                // Several conditions take a list, not one of them.
                let tips = value
                    .to_str()
                    .and_then(several_conditions)
                    .map(|tip| vec![tip.into()])
                    .unwrap_or_default();
                err.insert(ContextKind::Suggested, ContextValue::StyledStrs(tips));
                err
            })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        // The dashes aside: man pages and shell completions keep to ASCII.
        let words = Condition::NONE_WORDS;
        let also: Vec<&str> = words[1..]
            .iter()
            .copied()
            .filter(|word| word.is_ascii())
            .collect();
        let none = PossibleValue::new(words[0]).help(format!(
            "no condition, whatever the profile holds (also {})",
            also.join(", ")
        ));
        Some(Box::new(
            Condition::ALL
                .iter()
                .map(|value| possible(*value))
                .chain(std::iter::once(none)),
        ))
    }
}

/// Reads a unit: `lb` or `kg`.
pub(crate) fn unit() -> impl TypedValueParser<Value = Unit> {
    PossibleValuesParser::new([
        PossibleValue::new("lb").aliases(["lbs"]).help("pounds"),
        PossibleValue::new("kg").aliases(["kgs"]).help("kilograms"),
    ])
    .try_map(|id| {
        crate::parse::parse_unit(&id).ok_or_else(|| {
            clap::Error::raw(clap::error::ErrorKind::InvalidValue, "expected lb or kg")
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guidance::{Condition, Level};
    use clap::CommandFactory;

    #[test]
    fn the_command_line_definition_is_consistent() {
        Cli::command().debug_assert();
        help::command().debug_assert();
    }

    fn recommend(args: &[&str]) -> RecommendArgs {
        let mut all = vec!["wrun", "recommend"];
        all.extend_from_slice(args);
        match Cli::try_parse_from(all).unwrap().command {
            Command::Recommend(Lazy(args)) => args,
            other => panic!("parsed as {other:?}"),
        }
    }

    #[test]
    fn a_list_of_names_where_one_is_wanted_is_told_to_give_one() {
        let tip = several_for_one::<WeightType>;
        assert_eq!(
            tip("Weighted vest, Hand weights").as_deref(),
            Some("it names vest and hand-wrist: give one")
        );
        assert_eq!(
            tip("vest; ankle & hands").as_deref(),
            Some("it names vest, ankle and hand-wrist: give one")
        );
        assert_eq!(
            several_for_one::<Level>("Beginner or intermediate").as_deref(),
            Some("it names beginner and intermediate: give one")
        );
        assert_eq!(
            several_for_one::<Level>("beginner/intermediate").as_deref(),
            Some("it names beginner and intermediate: give one")
        );
        // One name, given twice or in its own words, and a list holding a
        // word that names nothing: no such tip.
        assert_eq!(tip("vest, vests"), None);
        assert_eq!(tip("vest"), None);
        assert_eq!(tip("vest, banana"), None);
        assert_eq!(
            not_named::<WeightType>("vest and hands"),
            "expected one of: vest, hand-wrist, ankle; it names vest and hand-wrist: give one"
        );
        // Conditions are a list: written as one.
        assert_eq!(
            not_a_condition("Knee pain and back/overweight"),
            "expected one of: overweight, knee-pain, back-pain; to give more than one, separate \
             them with commas: knee-pain,back-pain,overweight"
        );
    }

    #[test]
    fn aliases_reach_the_domain_types() {
        let args = recommend(&["-w", "150", "-t", "hands"]);
        assert_eq!(args.kind.weight_type, Some(WeightType::HandWrist));
        assert_eq!(
            args.runner.level, None,
            "the default comes with the profile"
        );
        assert_eq!(args.runner.unit, None);
        assert_eq!(args.output.format(), Format::Text);
        assert_eq!(args.runner.weight.unwrap().text, "150");
    }

    #[test]
    fn conditions_may_be_repeated_or_comma_separated() {
        let args = recommend(&[
            "-w",
            "150",
            "-t",
            "vest",
            "--condition",
            "knee-pain,back-pain",
            "--condition",
            "overweight",
            "--json",
        ]);
        assert_eq!(
            args.runner.conditions,
            [
                Some(Condition::KneePain),
                Some(Condition::BackPain),
                Some(Condition::Overweight)
            ]
        );
        assert_eq!(args.output.format(), Format::Json);
    }

    #[test]
    fn the_speed_remembers_which_flag_gave_it() {
        let args = recommend(&["-w", "150", "-t", "vest", "--pace", "6:00/km"]);
        let (field, speed) = args.workout.speed().unwrap();
        assert_eq!(field, Field::Pace);
        assert!((speed.value.km_per_h() - 10.0).abs() < 1e-9);
    }
}
