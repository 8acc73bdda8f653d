//! `wrun batch`'s flags: the input, its format and encoding, the command
//! each record asks, and the output's format and dialect.

use clap::{Args, ValueEnum};

use super::{NotesFlag, UnitSource, unit};
use crate::error::Error;
use crate::guidance::{Unit, WeightType};

/// The flags of `wrun batch`.
#[derive(Debug, Args)]
pub struct BatchArgs {
    /// Input file; standard input when absent or `-`
    #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub file: Option<std::path::PathBuf>,

    /// Input format; by default CSV for .csv and .tsv files, NDJSON for .ndjson, .jsonl and
    /// .json, else told by the first line
    #[arg(long, value_name = "FORMAT")]
    pub input: Option<InputFormat>,

    /// CSV cell delimiter: `,` `;` `tab` or `|`; by default whichever of them the header holds
    /// most of
    #[arg(long, value_name = "CHAR", value_parser = parse_delimiter)]
    pub delimiter: Option<u8>,

    /// Text encoding of input that is not UTF-8: a label of the WHATWG Encoding Standard, like
    /// `windows-1250`, `windows-1251`, `shift_jis`, `gbk`, `utf-16le` or `macintosh`; a byte
    /// order mark wins. By default UTF-8, UTF-16 after its mark, and a CSV cell that is not UTF-8 in
    /// Windows-1252 (Mac Roman where lines end in a carriage return alone)
    #[arg(long, value_name = "LABEL", value_parser = crate::input::encoding)]
    pub encoding: Option<&'static encoding_rs::Encoding>,

    /// The command that answers each record
    #[arg(long, value_name = "COMMAND", default_value = "recommend")]
    pub command: BatchCommand,

    /// Kind of weight for each record that names none (a record's own wins), as for a roster
    /// without a type column; not with --command compare, which answers for every kind
    #[arg(
        short = 't',
        long = "type",
        value_name = "TYPE",
        value_parser = crate::cli::named::<WeightType>()
    )]
    pub weight_type: Option<WeightType>,

    /// Output format (--format, as the other commands spell it, works too)
    #[arg(long, value_name = "FORMAT", default_value = "ndjson")]
    pub output: OutputFormat,

    /// Unit of bare numbers in records
    #[arg(
        long,
        value_name = "UNIT",
        value_parser = unit(),
        help = "Unit of bare numbers in records [env: WRUN_UNIT]: a record's own unit wins; by \
                default the profile's, else lb"
    )]
    pub unit: Option<Unit>,

    /// With NDJSON output: warnings, tips, notes and reasons with their texts (text), or
    /// by id (ids): a fixed text by its id, a text with the record's figures by the id of its
    /// template and the values of its slots, about a third fewer bytes; the texts and
    /// templates are listed once in wrun sources --json. ids is refused with --output csv
    #[arg(long, value_name = "FORM", default_value = "text")]
    pub notes: NotesFlag,

    /// With --output csv: write carried cells exactly as read, for pipelines; by
    /// default a cell a spreadsheet would run as a formula (=, +, -, @) gets a leading '
    #[arg(long)]
    pub raw_cells: bool,

    /// With --output csv: mirror (a CSV roster's own delimiter, byte order mark, line
    /// ending and decimal comma; plain for NDJSON input), plain (`,`, LF, no byte order
    /// mark, decimal point) or excel-eu (`;`, CRLF, a byte order mark, decimal comma)
    #[arg(long, value_name = "DIALECT", default_value = "mirror")]
    pub output_dialect: OutputDialect,

    /// With --output csv: the delimiter to write (`,` `;` `tab` or `|`), whatever the
    /// dialect
    #[arg(long, value_name = "CHAR", value_parser = parse_delimiter)]
    pub output_delimiter: Option<u8>,

    /// Write each answer as soon as its record is read, for a program that sends a
    /// request and waits for its answer, or lines typed at a terminal (as grep's
    /// --line-buffered); the input's format and the CSV dialect mirrored are told from its
    /// first line. Slower on large inputs, which it answers on one thread
    #[arg(long)]
    pub line_buffered: bool,

    /// Output format, as --output (the other commands spell it --format)
    // An argument of its own rather than an alias, so that a message about
    // it names the flag the user typed; hidden from help, and declared last
    // so that it takes no place among the options help lists.
    #[arg(long, value_name = "FORMAT", hide = true, overrides_with = "output")]
    pub format: Option<OutputFormat>,

    /// Whether --unit came from the flag or from `WRUN_UNIT`.
    #[arg(skip)]
    pub unit_source: UnitSource,
}

impl BatchArgs {
    /// The output format, given as --output or as --format.
    #[must_use]
    pub fn output_format(&self) -> OutputFormat {
        self.format.unwrap_or(self.output)
    }

    /// The first option typed on the command line that only CSV output
    /// reads (`--raw-cells`, `--output-dialect`, `--output-delimiter`), in
    /// `batch`'s `matches`: read before the values are taken, since
    /// `--output-dialect` has a default that cannot tell otherwise.
    #[must_use]
    pub fn csv_only_flag(matches: &clap::ArgMatches) -> Option<&'static str> {
        let batch = matches.subcommand_matches("batch")?;
        [
            ("raw_cells", "--raw-cells"),
            ("output_dialect", "--output-dialect"),
            ("output_delimiter", "--output-delimiter"),
        ]
        .into_iter()
        .find(|(id, _)| batch.value_source(id) == Some(clap::parser::ValueSource::CommandLine))
        .map(|(_, flag)| flag)
    }

    /// Refuses an option only CSV output reads, `flag`, when the output is
    /// NDJSON, rather than dropping it without a word: the roster was
    /// likely meant to come back as CSV.
    ///
    /// # Errors
    /// [`Error::Usage`] naming the flag and what to do.
    pub fn check_csv_only(&self, flag: Option<&str>) -> Result<(), Error> {
        match flag {
            Some(flag) if self.output_format() != OutputFormat::Csv => Err(Error::Usage(format!(
                "'{flag}' shapes CSV output only, and this batch writes NDJSON: add --output \
                 csv, or leave '{flag}' out"
            ))),
            _ => Ok(()),
        }
    }
}

/// Reads a CSV delimiter: one of `,` `;` `|` or a tab (the character, `tab`,
/// or `\t` as a backslash and a `t`, the way `cut`, `sort` and Python write it).
fn parse_delimiter(text: &str) -> Result<u8, String> {
    match text {
        "," | "comma" => Ok(b','),
        ";" | "semicolon" => Ok(b';'),
        "\t" | "\\t" | "tab" => Ok(b'\t'),
        "|" | "pipe" => Ok(b'|'),
        _ => Err("expected one of: , ; tab |".to_owned()),
    }
}

/// How `wrun batch` writes CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputDialect {
    /// the roster's own: its delimiter, byte order mark, line ending and decimal comma
    Mirror,
    /// comma, LF, no byte order mark, decimal point
    Plain,
    /// as European Excel saves: semicolon, CRLF, a byte order mark, decimal comma
    ExcelEu,
}

/// What `wrun batch` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    /// one JSON object a line
    Ndjson,
    /// a header row, then one request a row
    Csv,
}

/// What `wrun batch` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// one JSON object a line
    Ndjson,
    /// a header row, then one row per record
    Csv,
}

/// The command that answers each batch record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BatchCommand {
    /// as wrun recommend: fields weight, type and the runner and run fields
    Recommend,
    /// as wrun compare: the runner and run fields, no type
    Compare,
    /// as wrun plan: weight, type, the runner fields, weeks, days and start
    Plan,
}

impl BatchCommand {
    /// The command's name, as typed.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Recommend => "recommend",
            Self::Compare => "compare",
            Self::Plan => "plan",
        }
    }
}
