//! What wrun says of a command line clap refused: a flag of another
//! command names the commands that take it, a value typed without its flag
//! or split at a space is told how to write it, a command left out the
//! command line with one, a second file that its command reads one, a bad
//! value the flag as typed, and an argument that is not UTF-8 the flag it
//! belongs to, a unit given as a flag (`--kg`) the flag it goes with, a
//! flag named as a roster heads its column (`--body-weight`) wrun's flag,
//! a flag left without its value before another (or before `--`) that it
//! needs one, a flag typed after `--` that `--` ends the flags, a file
//! whose name starts with a dash how to name it, a flag typed as the last
//! word of its name (`--week`) its whole name, and a file named for the
//! output how to redirect it there ([`output_file`]).
//! And one line clap accepts: a value typed without its flag
//! that `wrun route` or `wrun batch` took for its file ([`value_for_file`]).

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::cli::{self, Field};
use crate::error::{Error, escape_invisible, shell_word};
use crate::guidance::{Named, WeightType};

mod output_file;

/// The most words after a value's first that [`split_value`] tries to
/// join to it (`10 st 4 lb`: three).
const MOST_WORDS_IN_A_VALUE: usize = 6;

/// The most words after a file name's first that [`split_file_name`]
/// tries to join to it (`Afternoon Run in the Park.gpx`: five).
const MOST_WORDS_IN_A_FILE_NAME: usize = 12;

/// The most words of a command line [`command_left_out`] writes back.
const MOST_WORDS_ECHOED: usize = 24;

/// The most places of the refused word in the command line that
/// [`split_value`] tries.
const PLACES_TRIED: usize = 3;

/// clap's refusal `err` of the command line `args` as wrun words it:
/// [`not_utf8`] where an argument is not UTF-8, else [`refused`].
/// `command` is the whole command line's, as parsing left it.
pub(crate) fn of(command: &clap::Command, args: &[OsString], err: &clap::Error) -> Error {
    // clap says only that some argument is not UTF-8 (or, for a command
    // name, shows it garbled): name it. File names need not be UTF-8, and
    // clap takes them as they are.
    if err.kind() == ErrorKind::InvalidUtf8
        || (err.kind() == ErrorKind::InvalidSubcommand
            && err.to_string().contains(char::REPLACEMENT_CHARACTER))
    {
        not_utf8(command, args, err)
    } else {
        refused(command, args, err)
    }
}

/// clap's refusal `err` of `args` as not UTF-8: the argument named, and
/// the flag it belongs to.
fn not_utf8(command: &clap::Command, args: &[OsString], err: &clap::Error) -> Error {
    refused_non_utf8(command, args, err.kind())
        .map_or_else(|| Error::from_clap(err), |at| non_utf8(args, at))
}

/// Which argument clap refused as not UTF-8 (with an error of `kind`): the
/// first that clap still refuses when every other non-UTF-8 argument is
/// made readable. It need not be the first non-UTF-8 argument, since a file
/// name may be any bytes and clap takes it as it is.
fn refused_non_utf8(command: &clap::Command, args: &[OsString], kind: ErrorKind) -> Option<usize> {
    // The program's name is no argument of clap's.
    let unreadable: Vec<usize> = (1..args.len())
        .filter(|&at| args[at].to_str().is_none())
        .collect();
    let refused = unreadable.iter().copied().find(|&kept| {
        let tried = args.iter().enumerate().map(|(at, arg)| {
            if at != kept && unreadable.contains(&at) {
                OsString::from(arg.to_string_lossy().into_owned())
            } else {
                arg.clone()
            }
        });
        matches!(command.clone().try_get_matches_from(tried), Err(err) if err.kind() == kind)
    });
    refused.or_else(|| unreadable.first().copied())
}

/// clap's refusal `err` of `args` as wrun words it: a file whose name
/// starts with a dash how to name it, a flag left without its value that
/// it needs one, a flag after `--` where to put it, a flag of another
/// command the commands that take it, a command left out the command
/// line with one, a value split at a space how to write it whole, a value
/// typed without its flag the flag, a file named for the output how to
/// redirect it, a unit given as a flag `--unit`, a missing choice its
/// words, CSV asked of one runner `wrun batch`, a flag typed as the last
/// word of its name the whole name, and a bad value the flag as typed.
fn refused(command: &clap::Command, args: &[OsString], err: &clap::Error) -> Error {
    // Every command's flags, built only for a word clap found no place
    // for, and once.
    let tree = matches!(
        err.kind(),
        ErrorKind::UnknownArgument | ErrorKind::InvalidSubcommand
    )
    .then(|| {
        let mut tree = cli::help::command();
        tree.build();
        tree
    });
    let typed = typed_command(command, args);
    if let Some(line) = file_like_flags(err, typed, args) {
        return line;
    }
    if let Some(line) = value_left_out(command, typed, args)
        .or_else(|| last_flag_without_value(command, typed, args, err))
    {
        return line;
    }
    if let Some(line) = after_end_of_flags(err, typed, args) {
        return line;
    }
    if let Some(tree) = &tree {
        if let Some(line) =
            taken_elsewhere(err, typed, tree).or_else(|| command_left_out(err, args))
        {
            return line;
        }
    }
    if let Some(line) = split_value(err, command, typed, args) {
        return line;
    }
    if let Some(line) = output_file::refusal(err, typed, args) {
        return line;
    }
    if let Some(line) = unit_as_flag(err, typed) {
        return line;
    }
    if let Some(line) = tree
        .as_ref()
        .and_then(|tree| named_otherwise(err, typed, tree, args))
    {
        return line;
    }
    if let Some(line) = second_file(err, typed, args) {
        return line;
    }
    if let Some(line) = tree.as_ref().and_then(|tree| stray_word(err, typed, tree)) {
        return line;
    }
    if let Some(line) = missing_choice(err, typed) {
        return line;
    }
    if let Some(line) = csv_of_one(err, typed) {
        return line;
    }
    if let Some(line) = last_word_of_flag(err, typed) {
        return line;
    }
    named_as_typed(command, args, Error::from_clap(err))
}

/// A flag typed as the last word of its name (`--week` for `--plan-week`,
/// `--dir` for `--out-dir`), which clap, weighing whole names, finds
/// nothing near: the flag, as clap words a near one. `None` for any other
/// error, where clap has a near flag already, or where no flag of `typed`
/// ends in the word, or more than one does.
fn last_word_of_flag(err: &clap::Error, typed: &clap::Command) -> Option<Error> {
    let flag = unknown_argument(err)?;
    let word = flag.strip_prefix("--")?;
    if err.get(ContextKind::SuggestedArg).is_some() {
        return None;
    }
    let mut ends = typed
        .get_arguments()
        .filter(|arg| !arg.is_hide_set())
        .filter_map(clap::Arg::get_long)
        .filter(|long| {
            long.strip_suffix(word)
                .is_some_and(|head| head.ends_with('-'))
        });
    let long = ends.next()?;
    if ends.next().is_some() {
        return None;
    }
    Some(Error::Usage(format!(
        "unexpected argument '{flag}' found; a similar argument exists: '--{long}'"
    )))
}

/// A flag given no value before another flag (`--hr --age 40`, as if
/// `--hr` were a switch): clap, which lets a value start with a dash for
/// a negative grade, took the next flag for the value and then stumbled
/// on a word after it, or refused the flag as the value. The flag left
/// without its value, named as typed, and what it takes. `None` where no
/// flag of `typed` is followed by another. `root` is the whole command
/// line's command.
fn value_left_out(root: &clap::Command, typed: &clap::Command, args: &[OsString]) -> Option<Error> {
    let texts = words(args);
    texts.windows(2).enumerate().find_map(|(at, pair)| {
        let arg = flag_arg(typed, pair[0]).filter(|arg| arg.get_action().takes_values())?;
        let next = flag_as_typed(pair[1])?;
        flag_arg(typed, next)?;
        // What the flag takes, as clap's refusal of the next flag for its
        // value says.
        let accepted = what_it_takes(root, &args[..at + 2], arg);
        Some(Error::Usage(format!(
            "a value is required for '{} <{}>' but none was supplied before '{next}'{accepted}",
            pair[0],
            value_name(arg)
        )))
    })
}

/// The flag `word` names, as typed: `--age`, `--start` of `--start=…`,
/// `-t` of `-tvest`. `None` where `word` is too short to name one.
fn flag_as_typed(word: &str) -> Option<&str> {
    match word.strip_prefix("--") {
        Some(long) => Some(&word[..2 + long.find('=').unwrap_or(long.len())]),
        None => word.get(..2),
    }
}

/// A flag of this command typed after `--`, which ends the flags, so that
/// clap read it as a word (`wrun plan … -- --weeks 4`): where to put it.
/// Told who takes the flag, the user would read this very command among
/// them. `None` for any other error, or a flag this command does not take.
fn after_end_of_flags(
    err: &clap::Error,
    typed: &clap::Command,
    args: &[OsString],
) -> Option<Error> {
    let word = unknown_argument(err)?;
    let end = args.iter().skip(1).position(|arg| arg == "--")?;
    let after = &args[end + 2..];
    if !word.starts_with('-') || !after.iter().any(|arg| arg.to_str() == Some(word)) {
        return None;
    }
    flag_arg(typed, flag_as_typed(word)?)?;
    Some(Error::Usage(format!(
        "unexpected argument '{}' found; it comes after '--', which ends the flags: put it \
         before '--'",
        escape_invisible(word)
    )))
}

/// A flag typed last, or last before `--`, without its value (`wrun
/// recommend … --pace`), which clap refuses as an empty value (or as the
/// value `--`, where the flag's value may start with a dash): the flag,
/// named as typed, and what it takes, as for a flag left without its
/// value before another. `None` for any other error, an empty value typed
/// before it (`--level= --hr`) among them.
fn last_flag_without_value(
    root: &clap::Command,
    typed: &clap::Command,
    args: &[OsString],
    err: &clap::Error,
) -> Option<Error> {
    let refused = |kind| context(err, kind);
    if !matches!(
        err.kind(),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation
    ) {
        return None;
    }
    let texts = words(args);
    // The words read end the line, or at `--` (not at a word that is not
    // UTF-8).
    let before = match args.get(texts.len()) {
        None => "",
        Some(end) if end == "--" => " before '--'",
        Some(_) => return None,
    };
    let value = refused(ContextKind::InvalidValue);
    if !(value == Some("") || (value == Some("--") && !before.is_empty())) {
        return None;
    }
    let last = *texts.last()?;
    let arg = flag_arg(typed, last).filter(|arg| arg.get_action().takes_values())?;
    // The empty value refused is the last flag's: clap names it `--pace
    // <PACE>`, whichever name was typed.
    let named = refused(ContextKind::InvalidArg).and_then(|named| named.split(' ').next());
    if !named.is_some_and(|named| spells(arg, named)) {
        return None;
    }
    let given_empty: Vec<OsString> = args[..texts.len()]
        .iter()
        .cloned()
        .chain([OsString::new()])
        .collect();
    let accepted = what_it_takes(root, &given_empty, arg);
    Some(Error::Usage(format!(
        "a value is required for '{last} <{}>' but none was supplied{before}{accepted}",
        value_name(arg)
    )))
}

/// What `arg` takes, as its value parser says in refusing the last of
/// `args` for it (`: expected a heart rate in beats per minute, like
/// 150`), where clap refuses that value and nothing before it; else `;
/// see --help`.
fn what_it_takes(root: &clap::Command, args: &[OsString], arg: &clap::Arg) -> String {
    match root.clone().try_get_matches_from(args) {
        Err(err) => match Error::from_clap(&err) {
            Error::Invalid { name, why, .. } if spells(arg, &name) => format!(": {why}"),
            _ => "; see --help".to_owned(),
        },
        Ok(_) => "; see --help".to_owned(),
    }
}

/// The name of the value `arg` takes, as help shows it: `BPM`, `PACE`.
fn value_name(arg: &clap::Arg) -> String {
    arg.get_value_names()
        .and_then(<[clap::builder::Str]>::first)
        .map_or_else(|| arg.get_id().as_str().to_uppercase(), ToString::to_string)
}

/// CSV asked of `recommend` or `compare`, which answer one runner: clap's
/// line, and that batch writes CSV, one row a runner. `None` for any other
/// error or command.
fn csv_of_one(err: &clap::Error, typed: &clap::Command) -> Option<Error> {
    let command = typed.get_name();
    let batch = match command {
        "recommend" => "wrun batch --output csv",
        "compare" => "wrun batch --command compare --output csv",
        _ => return None,
    };
    let asked_csv = err.kind() == ErrorKind::InvalidValue
        && matches!(
            err.get(ContextKind::InvalidArg),
            Some(ContextValue::String(arg)) if arg.starts_with("--format")
        )
        && matches!(
            err.get(ContextKind::InvalidValue),
            Some(ContextValue::String(value)) if value.eq_ignore_ascii_case("csv")
        );
    if !asked_csv {
        return None;
    }
    match Error::from_clap(err) {
        Error::Invalid { name, value, why } => Some(Error::Invalid {
            name,
            value,
            why: format!(
                "{why}; 'wrun {command}' answers one runner: for CSV, a row a runner, give a \
                 roster to '{batch}'"
            ),
        }),
        _ => None,
    }
}

/// The command `args` name (`wrun config show`): each word that names a
/// command of the one before it.
fn typed_command<'a>(command: &'a clap::Command, args: &[OsString]) -> &'a clap::Command {
    args.iter()
        .skip(1)
        .filter_map(|arg| arg.to_str())
        .fold(command, |typed, word| {
            typed.find_subcommand(word).unwrap_or(typed)
        })
}

/// A bad value named by the flag the user typed: clap names a flag by its
/// long name, so `--injury ankle` would be refused as `--condition`'s.
fn named_as_typed(command: &clap::Command, args: &[OsString], err: Error) -> Error {
    let Error::Invalid { name, value, why } = err else {
        return err;
    };
    let spellings = match name.strip_prefix("--") {
        Some(long) => long_aliases(command, long).map_or_else(Vec::new, |mut aliases| {
            aliases.push(long);
            aliases
        }),
        None => Vec::new(),
    };
    let typed = args
        .iter()
        .skip(1)
        .take_while(|arg| *arg != "--")
        .enumerate()
        .find_map(|(at, arg)| {
            let flag = arg.to_str()?.strip_prefix("--")?;
            let (flag, given) = match flag.split_once('=') {
                Some((flag, given)) => (flag, Some(given)),
                None => (flag, args.get(at + 2).and_then(|next| next.to_str())),
            };
            // clap refuses a flag given no value as one given ''.
            let holds = match given {
                Some(given) => given.split(',').any(|part| part == value),
                None => value.is_empty(),
            };
            (holds && spellings.contains(&flag)).then(|| format!("--{flag}"))
        });
    Error::Invalid {
        name: typed.unwrap_or(name),
        value,
        why,
    }
}

/// The other long names of the flag called `--{long}` in any command.
fn long_aliases<'a>(command: &'a clap::Command, long: &str) -> Option<Vec<&'a str>> {
    let here = command
        .get_arguments()
        .find(|arg| arg.get_long() == Some(long))
        .and_then(clap::Arg::get_all_aliases);
    here.or_else(|| {
        command
            .get_subcommands()
            .find_map(|sub| long_aliases(sub, long))
    })
}

/// A flag this command does not know but others take, naming them in
/// place of clap's tip (a near spelling of one of this command's flags,
/// or one other command): `wrun plan --pace` is told that `wrun
/// recommend`, `wrun compare` and `wrun route` take `--pace`. `None`
/// for any other error, or a flag no command takes (a typo, which
/// clap's tip serves). A kind of weight given to `wrun compare` (`typed`)
/// is told why it takes none. `tree` is the whole command line, built.
#[must_use]
fn taken_elsewhere(
    err: &clap::Error,
    typed: &clap::Command,
    tree: &clap::Command,
) -> Option<Error> {
    let flag = unknown_argument(err)?;
    let takers = takers(tree, flag)?;
    let kind = tree
        .find_subcommand("recommend")
        .and_then(|recommend| flag_arg(recommend, flag))
        .is_some_and(|arg| spells(arg, Field::Type.flag()));
    Some(if kind && typed.get_name() == "compare" {
        compare_takes_no_kind(flag, &format!("use 'wrun recommend {flag}'"))
    } else {
        Error::Usage(format!(
            "unexpected argument '{flag}' found; it is a flag of {takers}"
        ))
    })
}

/// `word`, a kind of weight or its flag, refused by `wrun compare`, which
/// answers for every kind: `for_one` says how to ask for one.
fn compare_takes_no_kind(word: &str, for_one: &str) -> Error {
    Error::Usage(format!(
        "unexpected argument '{word}' found; 'wrun compare' answers for every kind of weight: \
         for one, {for_one}"
    ))
}

/// The commands of `tree` that take `flag`, as a list to read
/// (`'wrun recommend', 'wrun compare' and 'wrun route'`); `None` where
/// none does.
fn takers(tree: &clap::Command, flag: &str) -> Option<String> {
    let mut takers = Vec::new();
    commands_taking(tree, flag, tree.get_name(), &mut takers);
    let (last, others) = takers.split_last()?;
    Some(match others {
        [] => format!("'{last}'"),
        _ => format!("'{}' and '{last}'", others.join("', '")),
    })
}

/// A word where `command` takes none (`wrun recommend 150 vest`, as if
/// the flags could be left out): when it reads as the value of one of
/// the flags [`stray_field`] knows, the flag to give it with where
/// `command` takes that flag, else, for a command that answers a runner,
/// the commands that do (`wrun plan 9:00/mi`). `None` for any other
/// error or word. `tree` is the whole command line, built.
#[must_use]
fn stray_word(err: &clap::Error, command: &clap::Command, tree: &clap::Command) -> Option<Error> {
    let word = unknown_argument(err)?;
    if word.starts_with('-') {
        return None;
    }
    let field = stray_field(word)?;
    let flag = field.flag();
    let word = escape_invisible(word);
    let given = shell_word(&word);
    if flag_arg(command, flag).is_some() {
        Some(Error::Usage(format!(
            "unexpected argument '{word}' found; give it with its flag: {flag} {given}"
        )))
    } else if field == Field::Type && command.get_name() == "compare" {
        Some(compare_takes_no_kind(
            &word,
            &format!("try 'wrun recommend {flag} {given}'"),
        ))
    } else if flag_arg(command, Field::Weight.flag()).is_some() {
        let takers = takers(tree, flag)?;
        Some(Error::Usage(format!(
            "unexpected argument '{word}' found; it reads as {flag} {given}, a flag of {takers}"
        )))
    } else {
        None
    }
}

/// A file whose name starts with a dash (`-run.gpx`), given to `wrun route`
/// or `wrun batch`, which clap read as flags: `-r` unknown, `-w alk.gpx` a
/// bad weight. How to name it. `None` for any other error, command or
/// word, or a word that is neither named as the command's file nor a file.
fn file_like_flags(err: &clap::Error, typed: &clap::Command, args: &[OsString]) -> Option<Error> {
    let named = input_named(typed.get_name())?;
    let refused = |kind| context(err, kind);
    // The word clap refused, or whose rest it refused as a flag's value.
    let read_from = |word: &str| match err.kind() {
        ErrorKind::UnknownArgument => {
            refused(ContextKind::InvalidArg).is_some_and(|flag| word.starts_with(flag))
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => refused(ContextKind::InvalidValue)
            .is_some_and(|value| !value.is_empty() && word.get(2..) == Some(value)),
        _ => false,
    };
    let file = words(args).into_iter().skip(1).find(|word| {
        word.len() > 1
            && word.starts_with('-')
            && read_from(word)
            && (named(word) || std::path::Path::new(word).is_file())
    })?;
    Some(Error::Usage(format!(
        "'{}' reads as flags, as it starts with '-': to read the file, write {} or put -- before \
         it",
        escape_invisible(file),
        shell_word(&escape_invisible(&format!("./{file}")))
    )))
}

/// A second file after the first (`wrun route *.gpx -w 150`, `wrun batch
/// *.csv`): `wrun route` and `wrun batch` read one. `None` for any other
/// error, command or word, or where the word before is no such file
/// (`wrun route Morning Walk.gpx`: a name split at its space).
fn second_file(err: &clap::Error, typed: &clap::Command, args: &[OsString]) -> Option<Error> {
    let word = unknown_argument(err)?;
    let command = typed.get_name();
    let named = input_named(command)?;
    let a_file = |name: &str| {
        !name.starts_with('-') && (named(name) || std::path::Path::new(name).is_file())
    };
    let at = 1 + args
        .iter()
        .skip(1)
        .position(|arg| arg.to_str() == Some(word))?;
    let before = args[at - 1].to_str()?;
    (a_file(word) && a_file(before)).then(|| {
        Error::Usage(format!(
            "unexpected argument '{}' found; 'wrun {command}' reads one file at a time: run it \
             once for each",
            escape_invisible(word)
        ))
    })
}

/// A unit given as a flag of its own, as some calculators take one
/// (`--kg`, `--lbs`, `--metric`, `--imperial`), to a command that takes
/// `--unit`: the flag to give it with. `None` for any other error, flag or
/// command.
fn unit_as_flag(err: &clap::Error, typed: &clap::Command) -> Option<Error> {
    use crate::guidance::Unit;
    let flag = unknown_argument(err)?;
    let name = flag.strip_prefix("--")?;
    let unit = match name.to_ascii_lowercase().as_str() {
        "metric" => Unit::Kg,
        "imperial" => Unit::Lb,
        name => crate::parse::parse_unit(name)?,
    };
    let unit_flag = Field::Unit.flag();
    flag_arg(typed, unit_flag)?;
    Some(Error::Usage(format!(
        "unexpected argument '{flag}' found; the unit goes with its flag: {unit_flag} {}",
        unit.symbol()
    )))
}

/// A flag named as a roster heads its column (`--body-weight`,
/// `--vest-weight`, `--rhr`, which a batch reads as the field) or as pace
/// calculators name how long a run lasts (`--time`): wrun's flag for it,
/// with the value given where one follows, or the commands that take it.
/// clap's tip is a near spelling, if any: `--vest-weight` got
/// `--resting-hr`. `None` for any other error or flag. `tree` is the whole
/// command line, built.
fn named_otherwise(
    err: &clap::Error,
    typed: &clap::Command,
    tree: &clap::Command,
    args: &[OsString],
) -> Option<Error> {
    let flag = unknown_argument(err)?;
    let name = cli::normalize(flag.strip_prefix("--")?);
    // Only a flag reads `time` as the duration: a roster's `Time` column
    // may be the time of day.
    let field = cli::aliased(&name).or((name == "time").then_some(Field::Duration))?;
    let ours = field.flag();
    if field == Field::Type && typed.get_name() == "compare" {
        return Some(compare_takes_no_kind(
            flag,
            &format!("use 'wrun recommend {ours}'"),
        ));
    }
    if flag_arg(typed, ours).is_none() {
        let takers = takers(tree, ours)?;
        return Some(Error::Usage(format!(
            "unexpected argument '{flag}' found; wrun calls it {ours}, a flag of {takers}"
        )));
    }
    Some(Error::Usage(match value_after(flag, args) {
        Some(value) => format!(
            "unexpected argument '{flag}' found; wrun calls it {ours}: {ours} {}",
            shell_word(&escape_invisible(value))
        ),
        None => format!("unexpected argument '{flag}' found; wrun calls it {ours}"),
    }))
}

/// The words of the command line `args` up to `--`, as text (up to the
/// first that is not UTF-8), the program's name read as `wrun`: it need
/// not be UTF-8, and is no word of the command line.
fn words(args: &[OsString]) -> Vec<&str> {
    std::iter::once("wrun")
        .chain(args.iter().skip(1).map_while(|arg| arg.to_str()))
        .take_while(|arg| *arg != "--")
        .collect()
}

/// The value typed with `flag`, which clap names without it: after its
/// `=` (`--out=a.csv`), else the argument after it, when that is no flag.
fn value_after<'a>(flag: &str, args: &'a [OsString]) -> Option<&'a str> {
    let at = args.iter().position(|arg| {
        arg.to_str().is_some_and(|arg| {
            arg.strip_prefix(flag)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('='))
        })
    })?;
    match args[at].to_str()?.split_once('=') {
        Some((_, value)) => Some(value),
        None => args
            .get(at + 1)?
            .to_str()
            .filter(|next| !next.starts_with('-')),
    }
}

/// Whether a name is one `command` reads as its input file by the name
/// alone (`run.gpx` for `wrun route`, `roster.csv` for `wrun batch`);
/// `None` for a command that reads no file.
fn input_named(command: &str) -> Option<fn(&str) -> bool> {
    match command {
        "route" => Some(crate::commands::route::names_a_route),
        "batch" => Some(crate::commands::batch::names_a_roster),
        _ => None,
    }
}

/// A command left out (`wrun 150 vest`, `wrun run.gpx -w 150`): the
/// command line with one, when the words read as the values of flags
/// ([`stray_field`]) or the first is named as a route or roster file
/// is; or the program's name typed twice (`wrun wrun recommend …`): the
/// line without it. Offered only where clap finds a place for every word
/// of it; `None` for any other error or command line. `args` is the whole
/// command line.
#[must_use]
fn command_left_out(err: &clap::Error, args: &[OsString]) -> Option<Error> {
    let to_try = line_to_try(err, args)?;
    Some(Error::Usage(format!(
        "unrecognized subcommand '{}'; {}: try '{}'",
        escape_invisible(to_try.refused),
        to_try.why,
        escape_invisible(&to_try.line)
    )))
}

/// A command line to try in place of one clap refused, as
/// [`command_left_out`] offers it.
pub(crate) struct LineToTry<'a> {
    /// The word clap took for a command.
    pub(crate) refused: &'a str,
    /// What is wrong with the line as typed (`a command comes first`).
    pub(crate) why: &'static str,
    /// The line to try, its words written for a shell.
    pub(crate) line: String,
}

/// The line [`command_left_out`] offers for `err`, refusing `args`.
pub(crate) fn line_to_try<'a>(err: &'a clap::Error, args: &[OsString]) -> Option<LineToTry<'a>> {
    if err.kind() != ErrorKind::InvalidSubcommand {
        return None;
    }
    let Some(ContextValue::String(word)) = err.get(ContextKind::InvalidSubcommand) else {
        return None;
    };
    // The words after the program's name, which may be the word's own
    // (`wrun wrun 150 vest`, run from PATH).
    let texts: Vec<&str> = args.iter().skip(1).map_while(|arg| arg.to_str()).collect();
    let at = texts.iter().position(|text| text == word)?;
    let rest = &texts[at..];
    // A command line to paste back is one of a few words.
    if rest.len() > MOST_WORDS_ECHOED {
        return None;
    }
    // A file named as route or batch reads one by its name.
    let file_command = if crate::commands::route::names_a_route(word) {
        Some("route")
    } else {
        crate::commands::batch::names_a_roster(word).then_some("batch")
    };
    // Flags before the word (`wrun --no-config 150 vest`) stay before
    // the command, where wrun takes them; the end of the options (`wrun
    // -- 150 vest`) goes, as a command after it would be no command.
    let mut line: Vec<&str> = std::iter::once("wrun")
        .chain(texts[..at].iter().copied().filter(|text| *text != "--"))
        .collect();
    // Whether clap finds a place for every word of a line: a command
    // that takes every word's flag, and no two flags that exclude each
    // other (`--pace` and `--speed`); a value it refuses is no such fault.
    // Asked of the command as wrun runs it, not built: a built one lets
    // `help help` take a command after it, which wrun refuses.
    let refusal = |line: &[&str]| {
        let matched = cli::help::command().try_get_matches_from(line);
        matched.err().map(|err| err.kind())
    };
    let places_every_word = |line: &[&str]| {
        !matches!(
            refusal(line),
            Some(
                ErrorKind::UnknownArgument
                    | ErrorKind::InvalidSubcommand
                    | ErrorKind::ArgumentConflict
            )
        )
    };
    let mut why = "a command comes first";
    if word == "wrun" && rest.len() > 1 {
        // The program's name typed twice (`wrun wrun recommend …`).
        line.extend(&rest[1..]);
        if !places_every_word(&line) {
            return None;
        }
        why = "'wrun' is typed twice";
    } else if let Some(command) = file_command {
        line.push(command);
        line.extend(rest);
        // The words after the file go back as typed, faults and all; but
        // a command before it takes no file (`wrun help run.gpx`).
        if refusal(&line) == Some(ErrorKind::InvalidSubcommand) {
            return None;
        }
    } else {
        let mut fields = Vec::new();
        for text in rest {
            let field = stray_field(text).filter(|field| !fields.contains(field))?;
            fields.push(field);
        }
        let command = if fields.contains(&Field::Days) || fields.contains(&Field::Start) {
            "plan"
        } else if fields.contains(&Field::Type) {
            "recommend"
        } else {
            "compare"
        };
        line.push(command);
        for (field, text) in fields.iter().zip(rest) {
            line.extend([field.flag(), text]);
        }
        if !places_every_word(&line) {
            return None;
        }
    }
    let line: Vec<_> = line.into_iter().map(shell_word).collect();
    Some(LineToTry {
        refused: word,
        why,
        line: line.join(" "),
    })
}

/// A word that is the rest of the value before it, split off by a
/// space the shell took for the end of the value (`-w 68 kg`, `--pace
/// 5:30 min/km`, `-t weighted vest`): the value written whole, as the
/// flag takes it (`-w 68kg`, `-t "weighted vest"`). `None` for any
/// other error or word. `root` is the whole command line's command,
/// `typed` the command typed and `args` the command line.
#[must_use]
fn split_value(
    err: &clap::Error,
    root: &clap::Command,
    typed: &clap::Command,
    args: &[OsString],
) -> Option<Error> {
    let word = unknown_argument(err)?;
    if word.starts_with('-') {
        return None;
    }
    let texts = words(args);
    // The command line up to the value, with the word put back on it:
    // wrun takes the value so written when clap finds no fault in it.
    let takes = |at: usize, joined: &str| {
        let mut before = args[..at].to_vec();
        before[at - 1] = OsString::from(joined);
        match root.clone().try_get_matches_from(before) {
            Ok(_) => true,
            // A fault in another flag's value is no fault in this one.
            Err(err) => match err.kind() {
                ErrorKind::InvalidValue | ErrorKind::ValueValidation => matches!(
                    err.get(ContextKind::InvalidValue),
                    Some(ContextValue::String(refused)) if !joined.ends_with(refused.as_str())
                ),
                _ => true,
            },
        }
    };
    // How to write the word at `at` into the flag's value before it, with
    // the most of the words after it that make a value: joined (`--height
    // 5 ft 10`: `5ft10`), as a list (`--days mon wed`: `mon,wed`) or in
    // quotes (`--pace 9 min per mile`), whichever takes more of them.
    let rejoin = |at: usize| {
        let (flag, value) = flag_and_value(&texts[1..at]).filter(|(flag, _)| {
            flag_arg(typed, flag).is_some_and(|arg| arg.get_action().takes_values())
        })?;
        let delimiter = flag_arg(typed, flag)
            .and_then(list_delimiter)
            .map(String::from);
        // The value with the words from `at` joined by `gap`, and how many.
        let whole = |gap: &str| {
            let mut joined = texts[at - 1].to_owned();
            let mut longest = None;
            // No value wrun takes runs to more words than this.
            let words = texts[at..]
                .iter()
                .take_while(|next| !next.starts_with('-'))
                .take(MOST_WORDS_IN_A_VALUE);
            for (count, next) in words.enumerate() {
                joined = format!("{joined}{gap}{next}");
                if takes(at, &joined) {
                    longest = Some((count + 1, joined.clone()));
                }
            }
            // The value, without the flag it was attached to.
            longest.map(|(count, written)| {
                (
                    count,
                    written[texts[at - 1].len() - value.len()..].to_owned(),
                )
            })
        };
        let ways = [
            Some(("", "write the value as one word:")),
            delimiter
                .as_deref()
                .map(|gap| (gap, "separate the values with commas, without spaces:")),
            Some((" ", "a value of more than one word goes in quotes:")),
        ];
        let mut best: Option<(usize, String)> = None;
        for (gap, how) in ways.into_iter().flatten() {
            if let Some((count, value)) = whole(gap) {
                if best.as_ref().is_none_or(|(most, _)| count > *most) {
                    let value = escape_invisible(&value);
                    let shown = shell_word(&value);
                    best = Some((count, format!("{how} {flag} {shown}")));
                }
            }
        }
        best.map(|(_, how)| how)
    };
    let shown = escape_invisible(word);
    // The word may stand earlier as a value clap took (`-t vest vest`); a
    // few places are enough, and keep a long command line of one word
    // from being tried at each.
    (2..texts.len())
        .filter(|&at| texts[at] == word)
        .take(PLACES_TRIED)
        .find_map(|at| {
            if let Some(how) = rejoin(at) {
                return Some(Error::Usage(format!(
                    "unexpected argument '{shown}' found; {how}"
                )));
            }
            // The word before, split off its value, was taken for the
            // command's file: `wrun route -w 70 kg run.gpx`. (In a command
            // that takes no file, the word before is a flag's value, and
            // so not the rest of another.)
            let as_file = texts[at - 1];
            if typed.get_positionals().next().is_some() {
                if let Some(how) = rejoin(at - 1) {
                    return Some(Error::Usage(format!(
                        "unexpected argument '{shown}' found, as '{}' was read as the file; \
                         {how}",
                        escape_invisible(as_file)
                    )));
                }
            }
            split_file_name(typed, &texts, at)
        })
}

/// A missing argument of `command` that takes one of a few words
/// (`wrun completions` without its shell) names the words, as a
/// missing `--type` does. `None` for any other error. `command` is the
/// command the user typed, as parsing left it (built, with its flags).
#[must_use]
fn missing_choice(err: &clap::Error, command: &clap::Command) -> Option<Error> {
    if err.kind() != ErrorKind::MissingRequiredArgument {
        return None;
    }
    let Some(ContextValue::Strings(missing)) = err.get(ContextKind::InvalidArg) else {
        return None;
    };
    let [missing] = missing.as_slice() else {
        return None;
    };
    let arg = command.get_positionals().find(|arg| {
        arg.get_value_names()
            .is_some_and(|names| names.iter().any(|name| format!("<{name}>") == *missing))
    })?;
    let accepted: Vec<_> = arg
        .get_possible_values()
        .into_iter()
        .filter(|value| !value.is_hide_set())
        .map(|value| value.get_name().to_owned())
        .collect();
    (!accepted.is_empty()).then(|| {
        Error::Usage(format!(
            "missing required argument: {missing} ({})",
            accepted.join(", ")
        ))
    })
}

/// The error for argument `position`, which is not valid UTF-8, naming
/// the flag it belongs to, if any.
#[must_use]
fn non_utf8(args: &[OsString], position: usize) -> Error {
    let lossy = args[position].to_string_lossy();
    let (flag, value) = match lossy.split_once('=') {
        Some((flag, value)) if flag.starts_with('-') => (Some(flag), value),
        _ => {
            let before = position.checked_sub(1).and_then(|i| args[i].to_str());
            (before.filter(|arg| arg.starts_with('-')), &*lossy)
        }
    };
    let why = "not valid UTF-8";
    match flag {
        Some(flag) => Error::invalid_value(flag, value, why),
        None => Error::Usage(format!("invalid argument '{value}': {why}")),
    }
}

/// The flag a word typed without one reads as the value of: a kind of
/// weight, a body weight (a plain number among them), a level, a condition,
/// or, where only one of them reads it, a pace, speed, distance, duration,
/// height, grade (with its `%`), plan start or plan days (`9:00/mi`,
/// `10kph`, `5km`, `1h30`, `5ft10`, `8%`, `2026-12-07`, `mon,thu`; not
/// `5:30`, which is a pace or a time, nor `mon`, a start or a day).
fn stray_field(word: &str) -> Option<Field> {
    use crate::guidance::{Condition, Level};
    use crate::parse::{
        parse_distance, parse_duration, parse_grade, parse_height, parse_mass, parse_pace_or_bare,
        parse_speed,
    };
    if WeightType::from_name(word).is_ok() {
        return Some(Field::Type);
    }
    if parse_mass(word).is_ok() {
        return Some(Field::Weight);
    }
    if Level::from_name(word).is_ok() {
        return Some(Field::Level);
    }
    if Condition::from_name(word).is_ok() {
        return Some(Field::Conditions);
    }
    let reads = [
        (Field::Pace, parse_pace_or_bare(word).is_ok()),
        (Field::Speed, parse_speed(word).is_ok()),
        (Field::Distance, parse_distance(word).is_ok()),
        (Field::Duration, parse_duration(word).is_ok()),
        (Field::Height, parse_height(word).is_ok()),
        (
            Field::Grade,
            word.ends_with('%') && parse_grade(word).is_ok(),
        ),
        (Field::Start, cli::parse_start(word).is_ok()),
        (Field::Days, cli::parse_weekdays(word).is_ok()),
    ];
    let mut reading = reads.iter().filter(|(_, reads)| *reads);
    match (reading.next(), reading.next()) {
        (Some((field, _)), None) => Some(*field),
        _ => None,
    }
}

/// The file that `texts[at]` is the rest of, when the command's file
/// argument is `texts[at - 1]` and a file is named by it with the words from
/// `at` on, a space between each (`wrun route Morning Run.gpx`).
fn split_file_name(command: &clap::Command, texts: &[&str], at: usize) -> Option<Error> {
    command.get_positionals().next()?;
    let first = texts[at - 1];
    if first.starts_with('-') {
        return None;
    }
    let mut name = first.to_owned();
    texts[at..]
        .iter()
        .take(MOST_WORDS_IN_A_FILE_NAME)
        .find_map(|word| {
            name.push(' ');
            name.push_str(word);
            std::path::Path::new(&name).is_file().then(|| {
                Error::Usage(format!(
                    "unexpected argument '{}' found; a file name with spaces goes in quotes: {}",
                    escape_invisible(texts[at]),
                    shell_word(&escape_invisible(&name))
                ))
            })
        })
}

/// The flag, as typed, and the value of the last argument of `before`,
/// when that argument is a flag's value (`-w 68`, `--weight=68`, `-w68`).
fn flag_and_value<'a>(before: &[&'a str]) -> Option<(&'a str, &'a str)> {
    let (&last, before) = before.split_last()?;
    if let Some((flag, value)) = last
        .split_once('=')
        .filter(|(flag, _)| flag.starts_with('-'))
    {
        return Some((flag, value));
    }
    if last.starts_with('-') {
        // `-w68`: a short flag with its value attached.
        let short = last
            .strip_prefix('-')
            .filter(|rest| !rest.starts_with('-'))?;
        let split = short.char_indices().nth(1)?.0;
        return Some((&last[..=split], &short[split..]));
    }
    let flag = before.last().filter(|flag| flag.starts_with('-'))?;
    Some((flag, last))
}

/// A file argument that names no file but reads as the value of a flag
/// of `A`'s command, which took it for its file since that file is
/// optional (`wrun route 150 < run.gpx`: the weight typed without its
/// flag): refused with the flag to give it with, before a missing flag or
/// a missing file is blamed. One that reads as the value of other
/// commands' flag (`wrun route 5km`) is refused with the commands that
/// take it. `Ok` for any other file, `-` and none.
///
/// # Errors
/// [`Error::Usage`] for such a value.
pub(crate) fn value_for_file<A: clap::Args>(path: Option<&std::path::Path>) -> Result<(), Error> {
    let Some(word) = path.and_then(std::path::Path::to_str) else {
        return Ok(());
    };
    if word.starts_with('-') || std::path::Path::new(word).exists() {
        return Ok(());
    }
    let Some(field) = stray_field(word) else {
        return Ok(());
    };
    let command = A::augment_args(clap::Command::new("wrun"));
    let flag = field.flag();
    let word = escape_invisible(word);
    let given = shell_word(&word);
    if flag_arg(&command, flag).is_some() {
        return Err(Error::Usage(format!(
            "no such file '{word}'; it reads as a value: give it with its flag: {flag} {given}"
        )));
    }
    // A value of other commands (`wrun route 5km`, a run's distance):
    // those that take it.
    let mut tree = cli::help::command();
    tree.build();
    match takers(&tree, flag) {
        Some(takers) => Err(Error::Usage(format!(
            "no such file '{word}'; it reads as {flag} {given}, a flag of {takers}"
        ))),
        None => Ok(()),
    }
}

/// What `arg`'s values are listed with in one value: clap's delimiter
/// (`--condition`), or the comma of `--days`, whose list wrun reads whole
/// (to tell what to write for all of it).
fn list_delimiter(arg: &clap::Arg) -> Option<char> {
    arg.get_value_delimiter()
        .or_else(|| spells(arg, Field::Days.flag()).then_some(','))
}

/// The argument of `command` that `flag` (`-w`, `--weight`, `--experience`)
/// names.
fn flag_arg<'a>(command: &'a clap::Command, flag: &str) -> Option<&'a clap::Arg> {
    command.get_arguments().find(|arg| spells(arg, flag))
}

/// Whether `flag` as typed (`--pace`, `--injury`, `-t`) is one of `arg`'s
/// names; a short flag is one letter after one dash (clap names the letter
/// of `-tvest`).
fn spells(arg: &clap::Arg, flag: &str) -> bool {
    if let Some(long) = flag.strip_prefix("--") {
        arg.get_long() == Some(long)
            || arg
                .get_all_aliases()
                .is_some_and(|aliases| aliases.contains(&long))
    } else {
        let short = flag
            .strip_prefix('-')
            .and_then(|short| short.parse::<char>().ok());
        short.is_some() && arg.get_short() == short
    }
}

/// The argument clap found no place for, when that is `err`'s complaint:
/// a flag the command does not take, or a word where it takes none.
fn unknown_argument(err: &clap::Error) -> Option<&str> {
    if err.kind() != ErrorKind::UnknownArgument {
        return None;
    }
    context(err, ContextKind::InvalidArg)
}

/// The text `err` holds of `kind` (the argument, the value refused).
fn context(err: &clap::Error, kind: ContextKind) -> Option<&str> {
    match err.get(kind) {
        Some(ContextValue::String(text)) => Some(text),
        _ => None,
    }
}

/// Adds to `takers` each command under `command` (itself called `path`)
/// with a flag shown in its help and spelt `flag` (`--pace`, `-t`), by its
/// full name (`wrun recommend`), in the order of the help.
fn commands_taking(command: &clap::Command, flag: &str, path: &str, takers: &mut Vec<String>) {
    for sub in command.get_subcommands() {
        let path = format!("{path} {}", sub.get_name());
        if sub
            .get_arguments()
            .any(|arg| !arg.is_hide_set() && spells(arg, flag))
        {
            takers.push(path.clone());
        }
        commands_taking(sub, flag, &path, takers);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flags_value_is_found_however_it_is_attached() {
        assert_eq!(flag_and_value(&["-w", "68"]), Some(("-w", "68")));
        assert_eq!(flag_and_value(&["--weight=68"]), Some(("--weight", "68")));
        assert_eq!(flag_and_value(&["-w68"]), Some(("-w", "68")));
        assert_eq!(flag_and_value(&["plan", "-w=68"]), Some(("-w", "68")));
        // A flag with nothing after it, and a word after a command.
        assert_eq!(flag_and_value(&["--json"]), None);
        assert_eq!(flag_and_value(&["-w"]), None);
        assert_eq!(flag_and_value(&["route", "Morning"]), None);
    }

    #[test]
    fn a_non_utf8_value_is_blamed_on_its_flag() {
        use std::os::unix::ffi::OsStringExt;
        let bad = OsString::from_vec(vec![0x31, 0xff]);
        let args = vec![
            "wrun".into(),
            "recommend".into(),
            "--weight".into(),
            bad.clone(),
        ];
        let err = non_utf8(&args, 3);
        assert_eq!(
            err.to_string(),
            "invalid value '1\u{fffd}' for '--weight': not valid UTF-8"
        );
        let mut joined = OsString::from("--type=");
        joined.push(&bad);
        let err = non_utf8(&["wrun".into(), joined], 1);
        assert_eq!(
            err.to_string(),
            "invalid value '1\u{fffd}' for '--type': not valid UTF-8"
        );
        // A value that holds `=` is still the value of the flag before it.
        let mut equals = OsString::from("a=");
        equals.push(&bad);
        let err = non_utf8(&["wrun".into(), "-w".into(), equals], 2);
        assert_eq!(
            err.to_string(),
            "invalid value 'a=1\u{fffd}' for '-w': not valid UTF-8"
        );
    }

    #[test]
    fn a_flag_of_other_commands_names_them_and_a_typo_keeps_claps_tip() {
        let mut tree = crate::cli::help::command();
        tree.build();
        let refused = |args: &[&str]| {
            let err = tree
                .clone()
                .try_get_matches_from(args)
                .expect_err("an unknown flag");
            let typed = typed_command(&tree, &args.iter().map(OsString::from).collect::<Vec<_>>());
            taken_elsewhere(&err, typed, &tree).map(|err| err.to_string())
        };
        assert_eq!(
            refused(&[
                "wrun",
                "recommend",
                "-w",
                "150",
                "-t",
                "vest",
                "--weeks",
                "6"
            ])
            .as_deref(),
            Some("unexpected argument '--weeks' found; it is a flag of 'wrun plan'")
        );
        // A short flag, stuck to its value, in a command that takes no kind.
        assert_eq!(
            refused(&["wrun", "sources", "-tvest"]).as_deref(),
            Some(
                "unexpected argument '-t' found; it is a flag of 'wrun recommend', 'wrun plan', \
                 'wrun route' and 'wrun batch'"
            )
        );
        // compare answers for every kind, so it is told why it takes none.
        for (typed, flag) in [(&["-tvest"][..], "-t"), (&["--type", "vest"], "--type")] {
            let line = [&["wrun", "compare", "-w", "150"][..], typed].concat();
            let told = format!(
                "unexpected argument '{flag}' found; 'wrun compare' answers for every kind of \
                 weight: for one, use 'wrun recommend {flag}'"
            );
            assert_eq!(refused(&line), Some(told));
        }
        // batch's hidden `--format` is not offered; config's own command is.
        assert_eq!(
            refused(&["wrun", "schema", "--format", "json"]).as_deref(),
            Some(
                "unexpected argument '--format' found; it is a flag of 'wrun recommend', 'wrun \
                 compare', 'wrun plan', 'wrun route', 'wrun sources' and 'wrun config show'"
            )
        );
        // A flag by another of its names.
        assert_eq!(
            refused(&["wrun", "sources", "--injury", "knee-pain"]).as_deref(),
            Some(
                "unexpected argument '--injury' found; it is a flag of 'wrun recommend', 'wrun \
                 compare', 'wrun plan', 'wrun route' and 'wrun config init'"
            )
        );
        assert_eq!(refused(&["wrun", "recommend", "--wieght", "150"]), None);
    }

    /// The line wrun writes for `args`, refused as `run` refuses them.
    fn refused_line(args: &[OsString]) -> String {
        let mut tree = crate::cli::help::command();
        let err = tree
            .try_get_matches_from_mut(args)
            .expect_err("a refused command line");
        of(&tree, args, &err).to_string()
    }

    #[test]
    fn the_programs_name_typed_again_is_a_word_like_any_other() {
        let line =
            |args: &[&str]| refused_line(&args.iter().map(OsString::from).collect::<Vec<_>>());
        // Run from PATH, the program's name is `wrun`, as the slip is.
        assert_eq!(
            line(&["wrun", "wrun", "150", "vest"]),
            "unrecognized subcommand 'wrun'; see --help"
        );
    }

    #[test]
    fn a_program_name_that_is_no_utf8_leaves_the_words_after_it_read() {
        use std::os::unix::ffi::OsStringExt;
        let program = OsString::from_vec(b"/opt/w\xe4rme/wrun".to_vec());
        let args = |words: &[&str]| {
            std::iter::once(program.clone())
                .chain(words.iter().map(OsString::from))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            refused_line(&args(&["150", "vest"])),
            "unrecognized subcommand '150'; a command comes first: try 'wrun recommend --weight 150 --type vest'"
        );
        assert_eq!(
            refused_line(&args(&["recommend", "-w", "68", "kg", "-t", "vest"])),
            "unexpected argument 'kg' found; write the value as one word: -w 68kg"
        );
        // A word that is no UTF-8 either is the one named, not the program.
        let mut words = args(&[]);
        words.push(OsString::from_vec(vec![0x31, 0xff]));
        assert_eq!(
            refused_line(&words),
            "invalid argument '1\u{fffd}': not valid UTF-8"
        );
    }

    #[test]
    fn a_command_left_out_is_written_back_in_up_to_24_words() {
        // The file, and the flags after it.
        let line = |words: usize| {
            let args = ["wrun", "run.gpx"]
                .into_iter()
                .chain(std::iter::repeat_n("--json", words - 1))
                .map(OsString::from)
                .collect::<Vec<_>>();
            refused_line(&args)
        };
        let json = |count| " --json".repeat(count);
        assert_eq!(
            line(24),
            format!(
                "unrecognized subcommand 'run.gpx'; a command comes first: try 'wrun route \
                 run.gpx{}'",
                json(23)
            )
        );
        assert_eq!(line(25), "unrecognized subcommand 'run.gpx'; see --help");
    }

    #[test]
    fn a_file_after_help_is_offered_no_line_that_help_refuses_in_turn() {
        let line =
            |args: &[&str]| refused_line(&args.iter().map(OsString::from).collect::<Vec<_>>());
        // `wrun help route run.gpx` is refused as well: no line to try.
        assert_eq!(
            line(&["wrun", "help", "run.gpx"]),
            "unrecognized subcommand 'run.gpx'; see --help"
        );
        // A file's own faults after it are still written back.
        assert_eq!(
            line(&["wrun", "run.gpx", "--nope"]),
            "unrecognized subcommand 'run.gpx'; a command comes first: try 'wrun route run.gpx \
             --nope'"
        );
    }

    #[test]
    fn a_missing_argument_of_a_few_words_names_them() {
        let missing = |path: &[&str]| {
            // Parsing builds the commands it passes through, as in `run`.
            let mut tree = crate::cli::help::command();
            let err = tree
                .try_get_matches_from_mut(path)
                .expect_err("a missing argument");
            let command = path[1..].iter().fold(&tree, |command, word| {
                command.find_subcommand(word).unwrap()
            });
            missing_choice(&err, command).map(|err| err.to_string())
        };
        assert_eq!(
            missing(&["wrun", "completions"]).as_deref(),
            Some("missing required argument: <SHELL> (bash, elvish, fish, powershell, zsh)")
        );
        // A file name is not one of a few words: the general line serves.
        let mut tree = clap::Command::new("wrun")
            .arg(clap::Arg::new("file").value_name("FILE").required(true));
        let err = tree.try_get_matches_from_mut(["wrun"]).unwrap_err();
        assert!(missing_choice(&err, &tree).is_none());
    }

    #[test]
    fn a_flag_is_told_the_whole_name_it_ends_only_where_one_flag_ends_in_it() {
        let flag = |long: &'static str| clap::Arg::new(long).long(long);
        let mut command = clap::Command::new("demo").args([
            flag("max-hr"),
            flag("resting-hr"),
            flag("plan-week"),
            flag("raw-cells").hide(true),
        ]);
        let mut told = |word: &str| {
            let err = command
                .try_get_matches_from_mut(["demo", word])
                .unwrap_err();
            last_word_of_flag(&err, &command).map(|line| line.to_string())
        };
        assert_eq!(
            told("--week").as_deref(),
            Some("unexpected argument '--week' found; a similar argument exists: '--plan-week'")
        );
        assert_eq!(told("--hr"), None, "two flags end in it");
        assert_eq!(told("--cells"), None, "a hidden flag is not offered");
        assert_eq!(told("--eek"), None, "a part of a word is no word");
        // Where clap has a near flag of its own, its tip stands.
        let mut command = clap::Command::new("demo").args([flag("weeks"), flag("plan-week")]);
        let err = command
            .try_get_matches_from_mut(["demo", "--week"])
            .unwrap_err();
        assert!(err.to_string().contains("'--weeks'"), "{err}");
        assert!(last_word_of_flag(&err, &command).is_none());
    }
}
