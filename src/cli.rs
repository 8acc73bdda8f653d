//! The command line: clap's view of wrun's arguments.
//!
//! This module only describes flags and turns strings into domain values;
//! what the values mean is decided in [`crate::guidance`].

use clap::builder::PossibleValue;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::guidance::recommend::{BODY_WEIGHT_KG, range_text};
use crate::guidance::{Condition, Level, Named, Unit, WeightType};
use crate::parse::{MassError, MassInput, parse_mass};

/// The exit codes, as every `--help` lists them.
macro_rules! exit_codes {
    () => {
        "Exit codes:\n  \
         0  success (also when the reader of the output goes away early)\n  \
         1  runtime failure, such as an unwritable output\n  \
         2  bad input: an unknown flag or a value out of range"
    };
}

const ABOUT: &str = "How much weight to run with, of which kind, what it does to your heart \
rate and calories, and what can hurt you.";

/// wrun: a calculator for running with weights.
#[derive(Debug, Parser)]
#[command(
    name = "wrun",
    version,
    about = ABOUT,
    after_help = concat!(
        "Examples:\n",
        "  wrun recommend --weight 150 --type vest\n",
        "  wrun recommend -w 68kg -t hand --level experienced\n",
        "  wrun recommend -w 200 -t vest --condition knee-pain --json\n\n",
        exit_codes!()
    ),
    propagate_version = true,
    max_term_width = 80
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// wrun's commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Recommend a load for one kind of weight, with its effects and risks.
    #[command(
        long_about = "Recommend a load for one kind of running weight: the verdict, the load \
                      range and where to start, the expected change in heart rate and calories, \
                      and every risk, each with the rule it comes from.",
        after_help = concat!(
            "Examples:\n",
            "  wrun recommend --weight 150 --type vest\n",
            "  wrun recommend -w 68kg -t hand --level experienced --unit kg\n",
            "  wrun recommend -w 180 -t vest --condition knee-pain,back-pain\n",
            "  wrun recommend -w 150 -t vest --increment 2.5 --json | jq .load.start_lb\n\n",
            exit_codes!()
        )
    )]
    Recommend(RecommendArgs),
}

/// The flags of `wrun recommend`.
#[derive(Debug, Args)]
pub struct RecommendArgs {
    /// Body weight: a number in --unit, or with a unit (150, 150lb, 68kg, "68 kg")
    #[arg(
        short,
        long,
        value_name = "WEIGHT",
        value_parser = parse_mass_arg,
        allow_hyphen_values = true,
        help = weight_help()
    )]
    pub weight: MassArg,

    /// Kind of weight
    #[arg(short = 't', long = "type", value_name = "TYPE")]
    pub weight_type: WeightType,

    /// Running experience
    #[arg(short, long, value_name = "LEVEL", default_value = "intermediate")]
    pub level: Level,

    /// A condition that makes load riskier; repeat the flag or separate with commas
    #[arg(long = "condition", value_name = "CONDITION", value_delimiter = ',')]
    pub conditions: Vec<Condition>,

    /// The step your weights come in (2.5lb, 1kg; a plain number is in --unit);
    /// the start load snaps to it
    #[arg(long, value_name = "STEP", value_parser = parse_mass_arg, allow_hyphen_values = true)]
    pub increment: Option<MassArg>,

    /// Unit of plain numbers and of text output (JSON carries both)
    #[arg(long, value_name = "UNIT", default_value = "lb")]
    pub unit: Unit,

    /// Output format
    #[arg(long, value_name = "FORMAT", default_value = "text")]
    pub format: Format,

    /// Shorthand for --format json
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
}

impl RecommendArgs {
    /// The output format asked for, counting `--json`.
    #[must_use]
    pub const fn format(&self) -> Format {
        if self.json { Format::Json } else { self.format }
    }
}

/// How output is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// readable text for a terminal
    Text,
    /// one JSON object, for scripts
    Json,
}

/// A mass flag's value: as typed, for error messages, and as read.
#[derive(Debug, Clone, PartialEq)]
pub struct MassArg {
    /// The text as typed.
    pub text: String,
    /// The number and unit read from it.
    pub mass: MassInput,
}

/// The body weight help, with the accepted range read from the guidance core.
fn weight_help() -> String {
    format!(
        "Body weight: a number in --unit, or with a unit (150, 150lb, 68kg, \"68 kg\"); from {} ({})",
        range_text(BODY_WEIGHT_KG, Unit::Lb),
        range_text(BODY_WEIGHT_KG, Unit::Kg)
    )
}

fn parse_mass_arg(text: &str) -> Result<MassArg, MassError> {
    Ok(MassArg {
        text: text.to_owned(),
        mass: parse_mass(text)?,
    })
}

fn possible<T: Named>(value: T) -> PossibleValue {
    PossibleValue::new(value.id())
        .aliases(value.aliases().iter().copied())
        .help(value.describe())
}

// The domain enums know nothing of clap; this is where clap learns them.
macro_rules! value_enum_from_named {
    ($($ty:ty),*) => {$(
        impl ValueEnum for $ty {
            fn value_variants<'a>() -> &'a [Self] {
                <$ty as Named>::ALL
            }
            fn to_possible_value(&self) -> Option<PossibleValue> {
                Some(possible(*self))
            }
        }
    )*};
}

value_enum_from_named!(WeightType, Level, Condition);

impl ValueEnum for Unit {
    fn value_variants<'a>() -> &'a [Self] {
        &Self::ALL
    }
    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            Self::Lb => PossibleValue::new("lb").aliases(["lbs"]).help("pounds"),
            Self::Kg => PossibleValue::new("kg").aliases(["kgs"]).help("kilograms"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn the_help_texts_list_the_same_exit_codes() {
        let cli = Cli::command();
        let top = cli.get_after_help().unwrap().to_string();
        let recommend = cli
            .find_subcommand("recommend")
            .unwrap()
            .get_after_help()
            .unwrap()
            .to_string();
        assert!(top.ends_with(exit_codes!()));
        assert!(recommend.ends_with(exit_codes!()));
    }

    #[test]
    fn aliases_reach_the_domain_types() {
        let cli = Cli::try_parse_from(["wrun", "recommend", "-w", "150", "-t", "hands"]).unwrap();
        let Command::Recommend(args) = cli.command;
        assert_eq!(args.weight_type, WeightType::HandWrist);
        assert_eq!(args.level, Level::Intermediate);
        assert_eq!(args.unit, Unit::Lb);
        assert_eq!(args.format(), Format::Text);
    }

    #[test]
    fn conditions_may_be_repeated_or_comma_separated() {
        let cli = Cli::try_parse_from([
            "wrun",
            "recommend",
            "-w",
            "150",
            "-t",
            "vest",
            "--condition",
            "knee-pain,back-pain",
            "--condition",
            "overweight",
            "--json",
        ])
        .unwrap();
        let Command::Recommend(args) = cli.command;
        assert_eq!(
            args.conditions,
            [
                Condition::KneePain,
                Condition::BackPain,
                Condition::Overweight
            ]
        );
        assert_eq!(args.format(), Format::Json);
    }
}
