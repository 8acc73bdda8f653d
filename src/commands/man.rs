//! `wrun man`: a man page per command, generated from the command-line
//! definition, with the environment, exit status and examples wrun's help
//! shows.

use std::io::{self, Write};
use std::path::Path;

use clap::Command;
use clap_mangen::Man;

use crate::cli::ManArgs;
use crate::cli::help::{self, PAGES};
use crate::error::Error;

/// The environment variables a page lists, and which commands read each.
const ENVIRONMENT: &[(&str, &[&str], &str)] = &[
    (
        "WRUN_WEIGHT",
        &["recommend", "compare", "plan", "route"],
        "Body weight, when --weight is not given.",
    ),
    (
        "WRUN_UNIT",
        &["recommend", "compare", "plan", "route", "batch"],
        "Unit of plain numbers and of text, lb or kg, when --unit is not given.",
    ),
    (
        "WRUN_LEVEL",
        &["recommend", "compare", "plan", "route"],
        "Running experience, when --level is not given.",
    ),
    (
        "WRUN_CONFIG",
        &["recommend", "compare", "plan", "route", "batch", "config"],
        "Where the profile is, instead of the platform's config directory.",
    ),
    (
        "XDG_CONFIG_HOME",
        &["recommend", "compare", "plan", "route", "batch", "config"],
        "The config directory on Linux; the profile is wrun/config.toml in it.",
    ),
    (
        "NO_COLOR",
        &["recommend", "compare", "plan", "route", "sources"],
        "When set and not empty, text is not coloured.",
    ),
    (
        "CLICOLOR",
        &["recommend", "compare", "plan", "route", "sources"],
        "When 0, text is not coloured.",
    ),
    (
        "CLICOLOR_FORCE",
        &["recommend", "compare", "plan", "route", "sources"],
        "When set and not 0, text is coloured even into a pipe.",
    ),
    (
        "COLUMNS",
        &["recommend", "compare", "plan", "route", "sources"],
        "The width of text output and of help, from 40 to 80 columns.",
    ),
];

/// Runs `wrun man`: one page to `out`, or every page into a folder.
///
/// # Errors
/// [`Error::Output`] when writing fails, [`Error::Create`] when the folder
/// cannot be written, [`Error::Invalid`] when a file stands where it or
/// one of its parents should be.
pub fn run(args: &ManArgs, out: &mut dyn Write) -> Result<(), Error> {
    let mut cli = help::command().disable_help_subcommand(true);
    cli.build();
    if let Some(dir) = &args.out_dir {
        return write_all(&cli, dir, out);
    }
    let page = match &args.command {
        Some(name) => find(&cli, name)
            .cloned()
            .ok_or_else(|| Error::Usage(format!("no man page for '{name}'")))?,
        None => cli,
    };
    render(&page, args.command.as_deref().unwrap_or(""), out).map_err(Error::Output)
}

/// Writes every page into `dir`, creating it, and lists the files written.
fn write_all(cli: &Command, dir: &Path, out: &mut dyn Write) -> Result<(), Error> {
    let cannot = |path: &Path| {
        let path = path.display().to_string();
        move |source| Error::Create { path, source }
    };
    // A file where the folder or one of its parents should be is the
    // user's to mend: bad input, not a failure to write.
    match std::fs::create_dir_all(dir) {
        Err(err)
            if matches!(
                err.kind(),
                io::ErrorKind::AlreadyExists | io::ErrorKind::NotADirectory
            ) =>
        {
            return Err(Error::invalid_value(
                "--out-dir",
                &dir.display().to_string(),
                "a file is in the way; expected a folder, made if missing",
            ));
        }
        made => made.map_err(cannot(dir))?,
    }
    let pages = std::iter::once(("", cli))
        .chain(help::page_names().filter_map(|name| find(cli, name).map(|sub| (name, sub))));
    for (name, page) in pages {
        let file = dir.join(Man::new(page.clone()).get_filename());
        let mut roff = Vec::new();
        render(page, name, &mut roff).map_err(Error::Output)?;
        std::fs::write(&file, roff).map_err(cannot(&file))?;
        writeln!(out, "{}", file.display())?;
    }
    Ok(())
}

/// The command of the page named `name` (`config-init`: `config`'s `init`).
fn find<'c>(cli: &'c Command, name: &str) -> Option<&'c Command> {
    let (page, nested) = help::split_page(name);
    let command = cli.find_subcommand(page)?;
    match nested {
        Some(nested) => command.find_subcommand(nested),
        None => Some(command),
    }
}

/// Renders the page of `command` (named `name`, `""` for wrun itself).
fn render(command: &Command, name: &str, out: &mut dyn Write) -> io::Result<()> {
    let man = Man::new(command.clone().after_help("").after_long_help(""))
        .source(format!("wrun {}", env!("CARGO_PKG_VERSION")));
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    if command.get_arguments().any(|arg| !arg.is_hide_set()) {
        man.render_options_section(out)?;
    }
    if command.has_subcommands() {
        man.render_subcommands_section(out)?;
    }
    // A command within another reads what its page's command reads.
    let (parent, nested) = help::split_page(name);
    let environment: Vec<_> = ENVIRONMENT
        .iter()
        .filter(|(_, commands, _)| name.is_empty() || commands.contains(&parent))
        .collect();
    if !environment.is_empty() {
        writeln!(out, ".SH ENVIRONMENT")?;
        for (variable, _, meaning) in environment {
            writeln!(
                out,
                ".TP\n\\fB{}\\fR\n{}",
                escape(variable),
                escape(meaning)
            )?;
        }
    }
    writeln!(out, ".SH \"EXIT STATUS\"")?;
    for (code, meaning) in help::exit_codes(name) {
        writeln!(out, ".TP\n{code}\n{}", escape(meaning))?;
    }
    let examples = help::examples(name);
    if !examples.is_empty() {
        writeln!(out, ".SH EXAMPLES")?;
    }
    for example in examples {
        writeln!(out, ".PP\n.nf\n.RS 4\n{}\n.RE\n.fi", escape(example))?;
    }
    writeln!(out, ".SH \"SEE ALSO\"")?;
    let related: Vec<String> = if name.is_empty() {
        PAGES
            .iter()
            .map(|page| format!("\\fBwrun\\-{page}\\fR(1)"))
            .collect()
    } else if nested.is_some() {
        vec![
            format!("\\fBwrun\\-{parent}\\fR(1)"),
            "\\fBwrun\\fR(1)".to_owned(),
        ]
    } else {
        vec!["\\fBwrun\\fR(1)".to_owned()]
    };
    writeln!(out, "{}", related.join(", "))?;
    Ok(())
}

/// Text as roff: backslashes and hyphens escaped, and no line taken for a
/// request by its first character.
fn escape(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with(['.', '\'']) {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(name: &str) -> String {
        let args = ManArgs {
            command: (!name.is_empty()).then(|| name.to_owned()),
            out_dir: None,
        };
        let mut out = Vec::new();
        run(&args, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn every_page_has_options_environment_exit_status_and_examples() {
        for name in std::iter::once("").chain(PAGES.iter().copied()) {
            let roff = page(name);
            let title = if name.is_empty() {
                "wrun".to_owned()
            } else {
                format!("wrun-{name}")
            };
            assert!(roff.contains(&format!(".TH {title} 1")), "{name}: {roff}");
            for section in [
                ".SH OPTIONS",
                ".SH \"EXIT STATUS\"",
                ".SH EXAMPLES",
                ".SH \"SEE ALSO\"",
            ] {
                assert!(roff.contains(section), "{name} lacks {section}");
            }
            assert!(!roff.contains(".SH EXTRA"), "{name}");
        }
        assert!(page("route").contains("COLUMNS"));
        assert!(page("batch").contains("WRUN_UNIT"));
        assert!(!page("schema").contains(".SH ENVIRONMENT"));
        assert!(page("").contains("wrun\\-recommend\\fR(1)"));
    }

    #[test]
    fn every_variable_a_help_names_is_on_its_page() {
        let mut cli = help::command();
        cli.build();
        for name in PAGES {
            let help = cli.find_subcommand_mut(name).unwrap().render_long_help();
            let help = help
                .to_string()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let roff = page(name);
            let environment = roff
                .split(".SH ENVIRONMENT")
                .nth(1)
                .and_then(|rest| rest.split(".SH ").next())
                .unwrap_or_default();
            for variable in help.split("[env: ").skip(1) {
                let variable = variable.split(']').next().unwrap();
                assert!(environment.contains(variable), "{name}: {variable}");
            }
        }
    }

    #[test]
    fn roff_escapes_hyphens_backslashes_and_leading_dots() {
        assert_eq!(escape("--weight"), "\\-\\-weight");
        assert_eq!(escape("a\\nb"), "a\\enb");
        assert_eq!(escape(".hidden"), "\\&.hidden");
    }
}
