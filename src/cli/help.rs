//! What every `--help` and man page adds after the flags: examples and exit
//! codes, held once here as data.

use std::borrow::Cow;
use std::fmt::Write as _;

use clap::{Command, CommandFactory, ValueHint};

use super::Cli;
use crate::render::text::{WIDTH, bind_pairs, wrap};

/// The man pages wrun has, besides its own: one per command.
pub(crate) const PAGES: &[&str] = &[
    "recommend",
    "compare",
    "plan",
    "route",
    "sources",
    "batch",
    "schema",
    "config",
    "completions",
    "man",
];

/// The commands within a page's command that have pages of their own,
/// named as `clap_mangen` names them: `wrun config init` is
/// `wrun-config-init(1)`, and `wrun man config-init` prints it.
pub(crate) const NESTED_PAGES: &[&str] = &["config-path", "config-show", "config-init"];

/// Every page's name, as `wrun man` takes it: each command, followed by
/// those within it (`config-init`).
pub(crate) fn page_names() -> impl Iterator<Item = &'static str> {
    PAGES.iter().flat_map(|page| {
        let nested = NESTED_PAGES
            .iter()
            .filter(move |nested| split_page(nested).0 == *page);
        std::iter::once(page).chain(nested).copied()
    })
}

/// A page's name as its command and the command within it, if any:
/// `config-init` is `config` and `init`, `recommend` is `recommend` alone.
/// A command within another shares its command's environment and exit
/// codes.
pub(crate) fn split_page(name: &str) -> (&str, Option<&str>) {
    match name.split_once('-') {
        Some((parent, nested)) => (parent, Some(nested)),
        None => (name, None),
    }
}

/// The page of the command named `name`: its own name, or, for a command
/// within another (`init`), the page's name (`config-init`).
fn page_of(name: &str) -> &str {
    NESTED_PAGES
        .iter()
        .find(|page| split_page(page).1 == Some(name))
        .map_or(name, |page| page)
}

/// Examples of each command (`""` is wrun itself), as typed.
pub(crate) const EXAMPLES: &[(&str, &[&str])] = &[
    (
        "",
        &[
            "wrun recommend --weight 150 --type vest",
            "wrun compare -w 68kg --pace 5:30/km --duration 45m",
            "wrun plan -w 150 -t vest --weeks 8 --increment 2.5",
            "wrun route loop.gpx -w 150 --load 12lb --pace 9:00/mi",
            "wrun sources",
        ],
    ),
    (
        "recommend",
        &[
            "wrun recommend --weight 150 --type vest",
            "wrun recommend -w 68kg -t hand --level experienced --unit kg",
            "wrun recommend -w 180 -t vest --condition knee-pain,back-pain",
            "wrun recommend -w 150 -t vest --pace 9:30/mi --duration 45m --hr 150",
            "wrun recommend -w 150 -t vest --load 20lb --pace 5:30/km --duration 30m",
            "wrun recommend -w 70kg -t vest --speed 5km/h --duration 1h --terrain sand",
            "wrun recommend -w 150 -t vest --increment 2.5 --json | jq .load.start_lb",
        ],
    ),
    (
        "compare",
        &[
            "wrun compare --weight 150",
            "wrun compare -w 68kg --level beginner --speed 10km/h --distance 5km",
            "wrun compare -w 200 --condition knee-pain --json | jq -r .best",
        ],
    ),
    (
        "plan",
        &[
            "wrun plan --weight 150 --type vest",
            "wrun plan -w 68kg -t vest --weeks 10 --increment 1kg --unit kg",
            "wrun plan -w 150 -t vest --days mon,wed --brief",
            "wrun plan -w 150 -t vest --days mon,thu --format ics > plan.ics",
            "wrun plan -w 150 -t hand --level experienced --json",
        ],
    ),
    (
        "route",
        &[
            "wrun route loop.gpx --weight 150 --load 12lb --pace 9:00/mi",
            "wrun route morning-run.fit -w 68kg --load 6kg",
            "wrun route 20123456789.zip -w 68kg --load 6kg --brief",
            "wrun route run.tcx -w 68kg --without-load --split 500m",
            "wrun route loop.gpx -w 150 --pace 9:00/mi --format csv > splits.csv",
            "wrun route run.fit -w 68kg --json | jq .summary.extra_kcal",
            "curl -s https://example.com/loop.gpx | wrun route -w 150 --pace 9:00/mi",
        ],
    ),
    (
        "sources",
        &[
            "wrun sources",
            "wrun sources capacity daniels-gilbert",
            "wrun sources beyond-capacity",
            "wrun sources --json | jq -r '.sources[] | select(.kind == \"tool-policy\").id'",
        ],
    ),
    (
        "batch",
        &[
            "printf '{\"weight\": 150, \"type\": \"vest\"}\\n' | wrun batch",
            "wrun batch roster.csv --output csv > answers.csv",
            "wrun batch roster.csv --command plan --type vest --unit kg",
            "wrun batch requests.ndjson | jq -c '{line, id, start: .load.start_lb}'",
            "tail -f queue.ndjson | wrun batch --line-buffered",
        ],
    ),
    (
        "config",
        &[
            "wrun config init",
            "wrun config init -w 72kg --level beginner --age 40",
            "wrun config show",
            "WRUN_CONFIG=club.toml wrun config show --json",
            "wrun config path",
        ],
    ),
    (
        "schema",
        &[
            "wrun schema recommend > recommend.schema.json",
            "wrun schema batch",
        ],
    ),
    (
        "completions",
        &[
            "wrun completions bash > wrun.bash",
            "wrun completions zsh > _wrun",
        ],
    ),
    (
        "man",
        &["wrun man recommend | man -l -", "wrun man --out-dir man1"],
    ),
];

/// Exit codes and what each means, for every command but batch.
pub(crate) const EXIT_CODES: &[(u8, &str)] = &[
    (
        0,
        "success (also when the reader of the output goes away early)",
    ),
    (1, "runtime failure, such as an unwritable output"),
    (
        2,
        "bad input: an unknown flag, a value out of range, or a named file that is missing, \
         a folder, not yours to read or not text",
    ),
];

/// Exit codes of `wrun batch`.
pub(crate) const BATCH_EXIT_CODES: &[(u8, &str)] = &[
    (0, "every record answered"),
    (
        1,
        "a record failed (its error is in the output; a summary goes to stderr), or reading the \
         input failed",
    ),
    (
        2,
        "bad flags, a bad CSV header, an input file that is missing, a folder or not yours to \
         read, an input of neither format, or an input that is also the output",
    ),
];

/// The examples of `command` (`""` for wrun itself); for a command within
/// another (`config-init`), those of its own.
pub(crate) fn examples(command: &str) -> Vec<&'static str> {
    let (page, nested) = split_page(command);
    let all = EXAMPLES
        .iter()
        .find(|(name, _)| *name == page)
        .map_or(&[][..], |(_, examples)| examples);
    let Some(nested) = nested else {
        return all.to_vec();
    };
    let runs = format!("wrun {page} {nested}");
    all.iter()
        .copied()
        .filter(|example| {
            example
                .split_once(&runs)
                .is_some_and(|(_, rest)| rest.is_empty() || rest.starts_with(' '))
        })
        .collect()
}

/// The exit codes of `command`.
pub(crate) fn exit_codes(command: &str) -> &'static [(u8, &'static str)] {
    if split_page(command).0 == "batch" {
        BATCH_EXIT_CODES
    } else {
        EXIT_CODES
    }
}

/// The text `--help` shows after the flags of `command`, for text `width`
/// columns wide.
pub(crate) fn after_help(command: &str, width: usize) -> String {
    // An exit code's meaning that runs past the line is wrapped here, each
    // line under its first word, where clap would go on at the margin. Most
    // fit, and this runs at every start-up: they are written as they are.
    // As wide as the lead `  {code}  ` of a one-digit code.
    const INDENT: &str = "     ";
    let meaning_width = width.saturating_sub(INDENT.len());
    let mut text = String::new();
    let examples = examples(command);
    if !examples.is_empty() {
        text.push_str("Examples:\n");
        for example in examples {
            write_example(&mut text, example, width);
        }
        text.push('\n');
    }
    text.push_str("Exit codes:\n");
    for &(code, meaning) in exit_codes(command) {
        let meaning = if meaning.len() <= meaning_width {
            Cow::Borrowed(meaning)
        } else {
            Cow::Owned(wrap(meaning, meaning_width).join(&format!("\n{INDENT}")))
        };
        let _ = writeln!(text, "  {code}  {meaning}");
    }
    text.trim_end().to_owned()
}

/// Writes `example` two columns in. One wider than `width` goes on over
/// more lines, each but the last ended with ` \` as a shell reads it, and
/// never parted inside a quotation nor between a flag and its value, so
/// that it can still be pasted and read.
fn write_example(text: &mut String, example: &str, width: usize) {
    const LEAD: &str = "  ";
    const MORE: &str = "      ";
    if LEAD.len() + example.len() <= width {
        let _ = writeln!(text, "{LEAD}{example}");
        return;
    }
    let room = width.saturating_sub(" \\".len());
    let mut line = String::from(LEAD);
    let mut words = shell_words(example).peekable();
    while let Some(word) = words.next() {
        let value = words.next_if(|next| {
            word.starts_with('-') && !next.starts_with('-') && !matches!(*next, "|" | ">")
        });
        let wide = word.len() + value.map_or(0, |value| 1 + value.len());
        if line.len() > LEAD.len() {
            if line.len() + 1 + wide > room {
                let _ = writeln!(text, "{line} \\");
                line = String::from(MORE);
            } else {
                line.push(' ');
            }
        }
        line.push_str(word);
        if let Some(value) = value {
            line.push(' ');
            line.push_str(value);
        }
    }
    let _ = writeln!(text, "{line}");
}

/// The words of a shell command line: split at spaces outside quotes.
fn shell_words(line: &str) -> impl Iterator<Item = &str> {
    let mut quote = None;
    line.split(move |c: char| {
        match (quote, c) {
            (None, '\'' | '"') => quote = Some(c),
            (Some(open), _) if c == open => quote = None,
            _ => {}
        }
        quote.is_none() && c == ' '
    })
    .filter(|word| !word.is_empty())
}

/// An argument's help without the Markdown backticks its doc comment needs
/// for rustdoc (help and man pages are plain text), and with each number
/// bound to its unit, which clap's wrap would otherwise part (`30` at the
/// end of one line, `km/h` at the start of the next), and `[env:` to its
/// variable.
fn plain_help(arg: clap::Arg) -> clap::Arg {
    // `ansi()` gives the text as written (a doc comment holds no styling)
    // without the scan for escape codes that `to_string()` makes; only a
    // help that changes is set again.
    let strip = |help: &clap::builder::StyledStr| {
        let text = help.ansi().to_string();
        let plain = text.contains('`').then(|| text.replace('`', ""));
        bind_pairs(plain.as_deref().unwrap_or(&text)).or(plain)
    };
    let help = arg.get_help().and_then(strip);
    let long_help = arg.get_long_help().and_then(strip);
    let arg = match help {
        Some(help) => arg.help(help),
        None => arg,
    };
    match long_help {
        Some(help) => arg.long_help(help),
        None => arg,
    }
}

/// The usage of the commands whose required flags clap would otherwise
/// list after `[OPTIONS]`: the command and its first flag, and the rest;
/// their one-line form is in their definitions.
const USAGES: &[(&str, &str, &str)] = &[
    (
        "recommend",
        "wrun recommend --weight <WEIGHT>",
        "--type <TYPE> [OPTIONS]",
    ),
    ("compare", "wrun compare --weight <WEIGHT>", "[OPTIONS]"),
    (
        "plan",
        "wrun plan --weight <WEIGHT>",
        "--type <TYPE> [OPTIONS]",
    ),
];

/// The command line for text `width` columns wide: a usage line that fits
/// stays on one line; one that does not breaks between arguments.
pub(crate) fn command_for(width: usize) -> Command {
    let command = with_usage(command(), width).term_width(width);
    if width >= WIDTH {
        return command;
    }
    // Examples and exit codes for a narrower line, set before each command
    // is built, which keeps them (see [`finish`]).
    let root = command.after_help(after_help("", width));
    let root = PAGES.iter().fold(root, |command, name| {
        command.mut_subcommand(name, |sub| sub.after_help(after_help(name, width)))
    });
    NESTED_PAGES.iter().fold(root, |command, name| {
        let help = after_help(name, width);
        let (page, nested) = split_page(name);
        command.mut_subcommand(page, |sub| {
            sub.mut_subcommand(nested.unwrap_or_default(), |nested| nested.after_help(help))
        })
    })
}

fn with_usage(mut command: Command, width: usize) -> Command {
    for (name, first, rest) in USAGES {
        if "Usage: ".len() + first.len() + 1 + rest.len() > width {
            let usage = format!("{first}\n       {rest}");
            command = command.mut_subcommand(name, |sub| sub.override_usage(usage));
        }
    }
    command
}

/// wrun's command line, with examples and exit codes after every help, and
/// shells told that values (weights, paces) are not file names.
/// Each command gets them when clap builds it ([`super::lazy`]).
pub(crate) fn command() -> Command {
    Cli::command()
        .after_help(after_help("", WIDTH))
        .args_override_self(true)
        .mut_args(plain_help)
}

/// What every command's help adds: its examples and exit codes, and value
/// hints for shells; and what every command's flags share: a repeated
/// single-value option takes its last value (as ripgrep, fd and cargo do),
/// and a variable set to nothing counts as unset.
pub(crate) fn finish(command: Command) -> Command {
    // `command_for` sets it first for a narrow line.
    let help = command
        .get_after_help()
        .is_none()
        .then(|| after_help(page_of(command.get_name()), WIDTH));
    let command = no_file_names(command)
        .mut_args(plain_help)
        .mut_args(|arg| {
            let empty = arg
                .get_env()
                .and_then(std::env::var_os)
                .is_some_and(|value| value.to_string_lossy().trim().is_empty());
            if empty { arg.env(None::<&str>) } else { arg }
        })
        .args_override_self(true);
    match help {
        Some(help) => command.after_help(help),
        None => command,
    }
}

/// Marks every value that is neither a path nor one of a list as free text,
/// so that completion offers no file names for `--weight <TAB>`, and reads
/// names from a list in any case (`-t VEST`, `--unit KG`), as batch does.
fn no_file_names(command: Command) -> Command {
    command.mut_args(|arg| {
        let takes_values = arg.get_action().takes_values();
        let named = takes_values && !arg.get_possible_values().is_empty();
        let free_text = takes_values && !named && arg.get_value_hint() == ValueHint::Unknown;
        if free_text {
            arg.value_hint(ValueHint::Other)
        } else if named {
            arg.ignore_case(true)
        } else {
            arg
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_has_a_page_examples_and_its_exit_codes() {
        let mut cli = command();
        cli.build();
        let names: Vec<&str> = cli
            .get_subcommands()
            .map(Command::get_name)
            .filter(|name| *name != "help")
            .collect();
        assert_eq!(names, PAGES);
        // And each command within one, but clap's own `help`.
        let nested: Vec<String> = PAGES
            .iter()
            .flat_map(|page| {
                let sub = cli.find_subcommand(page).unwrap();
                sub.get_subcommands()
                    .map(Command::get_name)
                    .filter(|name| *name != "help")
                    .map(move |name| format!("{page}-{name}"))
            })
            .collect();
        assert_eq!(nested, NESTED_PAGES);
        for page in PAGES {
            assert!(!examples(page).is_empty(), "{page}");
            // Its own examples, not another command's: the word after
            // `wrun` (past any variables set before it) is the page's.
            for example in examples(page) {
                let mut words = example
                    .split_whitespace()
                    .skip_while(|word| *word != "wrun");
                assert_eq!(words.nth(1), Some(*page), "{example}");
            }
            let after = cli
                .find_subcommand(page)
                .unwrap()
                .get_after_help()
                .unwrap()
                .to_string();
            assert!(after.contains("Exit codes:\n  0  "), "{page}");
        }
        assert!(exit_codes("batch")[0].1.contains("every record answered"));
        let batch = after_help("batch", WIDTH);
        let lines: Vec<&str> = batch
            .lines()
            .skip_while(|line| *line != "Exit codes:")
            .collect();
        assert_eq!(
            lines[2..4],
            [
                "  1  a record failed (its error is in the output; a summary goes to stderr), or",
                "     reading the input failed",
            ]
        );
        assert!(batch.lines().all(|line| line.len() <= WIDTH), "{batch}");
        // Wrapped, the last exit code's words end the help.
        let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(words(&cli.get_after_help().unwrap().to_string()).ends_with(EXIT_CODES[2].1));
    }

    #[test]
    fn every_example_runs_a_command_wrun_has() {
        for (page, examples) in EXAMPLES {
            for example in *examples {
                assert!(
                    example.contains(&format!("wrun {page}").trim().to_owned()),
                    "{example}"
                );
            }
        }
    }

    #[test]
    fn every_example_is_a_command_line_wrun_reads() {
        // The part of the pipeline that runs wrun, without the variables set
        // before it and the redirection after it, as the shell gives it.
        let words = |example: &'static str| {
            let wrun = example
                .split(" | ")
                .find_map(|part| part.find("wrun ").map(|at| &part[at..]))
                .unwrap();
            let wrun = wrun.split(" > ").next().unwrap();
            shell_words(wrun)
                .map(|word| word.trim_matches(|c| c == '\'' || c == '"'))
                .collect::<Vec<_>>()
        };
        for example in EXAMPLES.iter().flat_map(|(_, examples)| *examples) {
            let args = words(example);
            if let Err(err) = command().try_get_matches_from(&args) {
                panic!("{example}: {err}");
            }
        }
    }

    #[test]
    fn every_example_fits_on_one_line_of_the_widest_help() {
        // A command broken over two lines cannot be pasted as it stands.
        for example in EXAMPLES.iter().flat_map(|(_, examples)| *examples) {
            assert!("  ".len() + example.chars().count() <= WIDTH, "{example}");
        }
    }

    fn example_at(example: &str, width: usize) -> String {
        let mut text = String::new();
        write_example(&mut text, example, width);
        text
    }

    #[test]
    fn a_wide_example_goes_on_as_a_shell_reads_it_on_a_narrow_line() {
        assert_eq!(
            example_at(
                "wrun sources --json | jq -r '.sources[] | .id' --pace 9:30/mi",
                30
            ),
            "  wrun sources --json | jq \\\n\
             \x20     -r '.sources[] | .id' \\\n\
             \x20     --pace 9:30/mi\n"
        );
        // What fits is left as it is, to the last column.
        let example = "wrun plan -w 150 --json | jq .weeks";
        assert_eq!(example_at(example, 37), format!("  {example}\n"));
        // A word that ends exactly at the room left for ` \` stays.
        assert_eq!(
            example_at(example, 32),
            "  wrun plan -w 150 --json | jq \\\n      .weeks\n"
        );
        // No line runs past the width, ` \` included.
        for width in 16..=40 {
            let text = example_at(example, width);
            assert!(text.lines().all(|line| line.len() <= width), "{text}");
        }
        // A flag keeps its value (`-w 150`), but not the next flag nor a
        // pipe after it.
        assert_eq!(
            example_at(example, 16),
            "  wrun plan \\\n      -w 150 \\\n      --json | \\\n      jq \\\n      .weeks\n"
        );
    }

    #[test]
    fn help_never_parts_a_number_from_its_unit_nor_a_variable_from_its_label() {
        use crate::render::text::is_unit;
        // At every width wrun wraps to, short and long help alike.
        for width in [40, 50, 60, 70, 80] {
            let mut cli = command_for(width);
            cli.build();
            for name in ["recommend", "compare", "plan", "route", "batch"] {
                let command = cli.find_subcommand_mut(name).unwrap();
                for help in [command.render_help(), command.render_long_help()] {
                    let help = help.to_string();
                    let lines: Vec<&str> = help.lines().map(str::trim).collect();
                    for pair in lines.windows(2) {
                        let next = pair[1].split(' ').next().unwrap_or_default();
                        let parted =
                            pair[0].ends_with(|c: char| c.is_ascii_digit()) && is_unit(next);
                        assert!(
                            !parted && !pair[0].ends_with("[env:"),
                            "{width} columns, {name}: {pair:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn each_command_lists_its_own_options_then_the_profiles_then_help() {
        let mut cli = command();
        cli.build();
        for page in PAGES {
            let help = cli
                .find_subcommand_mut(page)
                .unwrap()
                .render_long_help()
                .to_string();
            // Each option's first line, indented at most six columns (its
            // help is indented ten): its long name.
            let options: Vec<&str> = help
                .lines()
                .skip_while(|line| *line != "Options:")
                .skip(1)
                .take_while(|line| line.is_empty() || line.starts_with(' '))
                .filter(|line| line.len() - line.trim_start().len() <= 6)
                .filter_map(|line| line.split_whitespace().find(|w| w.starts_with("--")))
                .collect();
            assert!(
                options.ends_with(&["--config", "--no-config", "--help", "--version"]),
                "{page}: {options:?}"
            );
        }
    }

    #[test]
    fn shell_words_split_at_spaces_outside_quotes() {
        let words: Vec<&str> =
            shell_words(r#"printf '{"a": 1}'  | jq -c "it's {line, id}""#).collect();
        assert_eq!(
            words,
            [
                "printf",
                r#"'{"a": 1}'"#,
                "|",
                "jq",
                "-c",
                r#""it's {line, id}""#
            ]
        );
    }
}
