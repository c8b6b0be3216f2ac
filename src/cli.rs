//! The `addsup` command line: arguments, reading files, exit codes. Native only.

use std::fmt;
use std::io::{self, IsTerminal, Read, Write};
use std::path::Path;

use crate::report::{human, json};

/// How to print reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
}

/// When to colour human output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Color {
    Auto,
    Always,
    Never,
}

/// A parsed `addsup check` command.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Args {
    pub format: Format,
    pub color: Color,
    pub list_numbers: bool,
    /// The inputs; `-` is standard input. Empty means standard input.
    pub files: Vec<String>,
}

/// What the command line asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    Check(Args),
    Help,
    Version,
}

/// A command line that cannot be run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UsageError(pub String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The help text.
pub const USAGE: &str = "\
addsup: checks the arithmetic inside text

Usage: addsup check [OPTIONS] [FILE ...]

Reads each FILE (or standard input when there is none, or for `-`), finds every number,
and reports each relation the text states with ✓ or ✗.

Options:
  --format human|json   human diagnostics (default) or one JSON object per input per line
  --numbers             also list every number found, with its kind and value
  --color auto|always|never
                        colour human output (default: auto, when a terminal and NO_COLOR is unset)
  -h, --help            this help
  -V, --version         the version

Exit status: 0 nothing inconsistent, 1 something inconsistent, 2 usage or input error.
";

/// Parses the arguments after the program name.
pub fn parse_args<I: IntoIterator<Item = String>>(args: I) -> Result<Command, UsageError> {
    let mut args = args.into_iter();
    let Some(sub) = args.next() else {
        return Err(UsageError("no command given; try `addsup check FILE` or `addsup --help`".into()));
    };
    match sub.as_str() {
        "-h" | "--help" | "help" => return Ok(Command::Help),
        "-V" | "--version" => return Ok(Command::Version),
        "check" => {}
        other => return Err(UsageError(format!("unknown command `{other}`; the command is `addsup check`"))),
    }
    let mut parsed = Args { format: Format::Human, color: Color::Auto, list_numbers: false, files: Vec::new() };
    let mut only_files = false;
    while let Some(arg) = args.next() {
        if only_files || arg == "-" || !arg.starts_with('-') {
            parsed.files.push(arg);
            continue;
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) => (f.to_string(), Some(v.to_string())),
            None => (arg.clone(), None),
        };
        let mut value = |name: &str| -> Result<String, UsageError> {
            inline.clone().or_else(|| args.next()).ok_or_else(|| UsageError(format!("{name} needs a value")))
        };
        match flag.as_str() {
            "--" => only_files = true,
            "--format" => {
                parsed.format = match value("--format")?.as_str() {
                    "human" => Format::Human,
                    "json" => Format::Json,
                    v => return Err(UsageError(format!("--format takes `human` or `json`, not `{v}`"))),
                }
            }
            "--color" | "--colour" => {
                parsed.color = match value("--color")?.as_str() {
                    "auto" => Color::Auto,
                    "always" => Color::Always,
                    "never" => Color::Never,
                    v => return Err(UsageError(format!("--color takes `auto`, `always` or `never`, not `{v}`"))),
                }
            }
            "--numbers" => parsed.list_numbers = true,
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            _ => return Err(UsageError(format!("unknown option `{arg}`; see `addsup --help`"))),
        }
    }
    if parsed.files.is_empty() {
        parsed.files.push("-".into());
    }
    Ok(Command::Check(parsed))
}

/// Why an input could not be checked.
#[derive(Debug)]
pub enum InputError {
    NotFound,
    IsDirectory,
    Binary,
    NotUtf8 { offset: usize },
    Io(io::Error),
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::NotFound => write!(f, "no such file"),
            InputError::IsDirectory => write!(f, "is a directory, not a file"),
            InputError::Binary => write!(f, "looks like a binary file (it contains NUL bytes), not text"),
            InputError::NotUtf8 { offset } => write!(f, "is not valid UTF-8 (first bad byte at offset {offset})"),
            InputError::Io(e) => write!(f, "cannot be read: {e}"),
        }
    }
}

/// Reads one input as text.
pub fn read_input(name: &str) -> Result<String, InputError> {
    let bytes = if name == "-" {
        let mut buf = Vec::new();
        io::stdin().lock().read_to_end(&mut buf).map_err(InputError::Io)?;
        buf
    } else {
        let path = Path::new(name);
        if path.is_dir() {
            return Err(InputError::IsDirectory);
        }
        std::fs::read(path).map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => InputError::NotFound,
            io::ErrorKind::IsADirectory => InputError::IsDirectory,
            _ => InputError::Io(e),
        })?
    };
    if bytes.contains(&0) {
        return Err(InputError::Binary);
    }
    let text = String::from_utf8(bytes).map_err(|e| InputError::NotUtf8 { offset: e.utf8_error().valid_up_to() })?;
    // A byte-order mark is not part of the text; dropping it keeps offsets meaningful to editors
    // that hide it too.
    Ok(text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text))
}

/// Runs a parsed command, writing to the given streams; returns the exit status.
pub fn run(cmd: Command, out: &mut dyn Write, err: &mut dyn Write, stdout_is_terminal: bool) -> i32 {
    let args = match cmd {
        Command::Help => {
            let _ = out.write_all(USAGE.as_bytes());
            return 0;
        }
        Command::Version => {
            let _ = writeln!(out, "addsup {}", env!("CARGO_PKG_VERSION"));
            return 0;
        }
        Command::Check(args) => args,
    };
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => stdout_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let style = human::Style { color };
    let mut status = 0;
    for name in &args.files {
        let source = if name == "-" { "<stdin>" } else { name.as_str() };
        let text = match read_input(name) {
            Ok(t) => t,
            Err(e) => {
                let _ = writeln!(err, "addsup: error: {source}: {e}");
                status = 2;
                continue;
            }
        };
        let report = crate::check(&text);
        let rendered = match args.format {
            Format::Json => json::to_line(source, &text, &report) + "\n",
            Format::Human => human::render(source, &text, &report, style, args.list_numbers),
        };
        if out.write_all(rendered.as_bytes()).is_err() {
            // The reader went away (a closed pipe): stop quietly, as other tools do.
            return status.max(if report.has_problems() { 1 } else { 0 });
        }
        if report.has_problems() && status == 0 {
            status = 1;
        }
    }
    let _ = out.flush();
    status
}

/// The process entry point: parses `std::env::args`, runs, returns the exit status.
pub fn main() -> i32 {
    let stdout = io::stdout();
    let is_terminal = stdout.is_terminal();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut err = io::stderr();
    match parse_args(std::env::args().skip(1)) {
        Ok(cmd) => run(cmd, &mut out, &mut err, is_terminal),
        Err(e) => {
            let _ = writeln!(err, "addsup: error: {e}");
            2
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Command, UsageError> {
        parse_args(args.iter().map(|s| s.to_string()))
    }

    #[test]
    fn defaults_to_stdin_and_human() {
        let Ok(Command::Check(a)) = parse(&["check"]) else { panic!() };
        assert_eq!(a.files, vec!["-"]);
        assert_eq!(a.format, Format::Human);
    }

    #[test]
    fn reads_flags_in_both_spellings() {
        let Ok(Command::Check(a)) = parse(&["check", "--format=json", "--numbers", "a.txt", "--color", "never"]) else {
            panic!()
        };
        assert_eq!(a.format, Format::Json);
        assert!(a.list_numbers);
        assert_eq!(a.color, Color::Never);
        assert_eq!(a.files, vec!["a.txt"]);
    }

    #[test]
    fn rejects_what_it_does_not_know() {
        assert!(parse(&["check", "--format", "xml"]).is_err());
        assert!(parse(&["check", "--bogus"]).is_err());
        assert!(parse(&["frobnicate"]).is_err());
        assert!(parse(&[]).is_err());
    }
}
