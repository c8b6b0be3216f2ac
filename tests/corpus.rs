//! The corpus runner: every `tests/corpus/*.toml` file is a list of cases, each an input text
//! with the numbers (and, where given, the findings) that `addsup::check` must report.
//!
//! ```toml
//! [[case]]
//! name = "grouped thousands with a counted noun"
//! input = "The stadium holds 48,210 fans."
//! numbers = [{ text = "48,210", value = "48210", kind = "count", unit = "fans" }]
//! ```
//!
//! `numbers` lists every number in order, so a case with `numbers = []` asserts that nothing in
//! its input is a number. `findings` lists every relation found (`findings = []`: none), each
//! with its check, verdict, the texts of the numbers it uses and words its message contains;
//! `only = ["sum"]` limits the comparison to those checks' findings. Fields left out of a number are not compared. `value` is an exact
//! decimal or a fraction ("1/3"). Set `CORPUS=name` to run only files whose name contains it.

use std::fmt::Write;
use std::path::Path;

use addsup::{Rational, Report};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    input: String,
    numbers: Option<Vec<ExpectedNumber>>,
    findings: Option<Vec<ExpectedFinding>>,
    /// When set, only findings of these checks are compared (a rule's own corpus); otherwise
    /// every finding must be expected.
    only: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedNumber {
    text: String,
    value: Option<String>,
    kind: Option<String>,
    unit: Option<String>,
    noun: Option<String>,
    hedge: Option<String>,
    precision: Option<String>,
    range: Option<String>,
    currency: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedFinding {
    check: String,
    verdict: String,
    /// The text of each number the relation uses, in order of appearance.
    numbers: Option<Vec<String>>,
    /// Words the explanation must contain.
    message: Option<String>,
}

/// Parses "48210", "-0.5", "1/3" into an exact value.
fn parse_value(s: &str) -> Option<Rational> {
    if let Some((n, d)) = s.split_once('/') {
        let n = parse_value(n.trim())?;
        let d = parse_value(d.trim())?;
        return n.checked_div(d);
    }
    let s = s.trim();
    let (neg, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let mantissa: i128 = format!("{int}{frac}").parse().ok()?;
    let v = Rational::decimal(mantissa, frac.len() as u32)?;
    if neg {
        v.checked_neg()
    } else {
        Some(v)
    }
}

/// Compares the numbers `check` found with the expected ones; returns a readable diff.
fn check_numbers(input: &str, report: &Report, expected: &[ExpectedNumber]) -> Option<String> {
    let mut problems = String::new();
    let found = &report.numbers;
    let mut search_from = 0;
    for (k, e) in expected.iter().enumerate() {
        let Some(n) = found.get(k) else {
            let _ = writeln!(problems, "  missing #{k}: {:?}", e.text);
            continue;
        };
        let got_text = n.span.of(input);
        if got_text != e.text {
            let _ = writeln!(problems, "  #{k}: text {got_text:?}, expected {:?}", e.text);
            continue;
        }
        // The expected text must be at this span: the first occurrence after the previous one.
        if let Some(at) = input[search_from..].find(&e.text).map(|i| i + search_from) {
            if at != n.span.start {
                let _ = writeln!(problems, "  #{k} {:?}: at byte {}, expected byte {at}", e.text, n.span.start);
            }
            search_from = n.span.end;
        }
        let field = |problems: &mut String, name: &str, got: String, want: &Option<String>| {
            if let Some(w) = want {
                if &got != w {
                    let _ = writeln!(problems, "  #{k} {:?}: {name} {got:?}, expected {w:?}", e.text);
                }
            }
        };
        if let Some(v) = &e.value {
            match parse_value(v) {
                Some(want) if want == n.value => {}
                Some(_) => {
                    let _ = writeln!(problems, "  #{k} {:?}: value {}, expected {v}", e.text, n.value);
                }
                None => {
                    let _ = writeln!(problems, "  #{k} {:?}: expected value {v:?} does not parse", e.text);
                }
            }
        }
        field(&mut problems, "kind", n.kind.name().to_string(), &e.kind);
        field(&mut problems, "unit", n.unit.clone().unwrap_or_default(), &e.unit);
        field(&mut problems, "noun", n.noun.clone().unwrap_or_default(), &e.noun);
        let hedge = n.hedge.map(|h| format!("{:?}", h.kind)).unwrap_or_default();
        field(&mut problems, "hedge", hedge.to_lowercase(), &e.hedge.as_ref().map(|h| h.replace('_', "")));
        if let Some(p) = &e.precision {
            if parse_value(p) != Some(n.step) {
                let _ = writeln!(problems, "  #{k} {:?}: precision {}, expected {p}", e.text, n.step);
            }
        }
        let range = n.range.map(|r| format!("{r:?}").to_lowercase()).unwrap_or_default();
        field(&mut problems, "range", range, &e.range);
        field(&mut problems, "currency", n.currency.unwrap_or_default().to_string(), &e.currency);
    }
    for (k, n) in found.iter().enumerate().skip(expected.len()) {
        let _ = writeln!(problems, "  unexpected #{k}: {:?} ({} = {})", n.span.of(input), n.kind.name(), n.value);
    }
    (!problems.is_empty()).then_some(problems)
}

/// Compares the findings with the expected ones.
fn check_findings(input: &str, report: &Report, expected: &[ExpectedFinding]) -> Option<String> {
    let mut problems = String::new();
    let describe = |f: &addsup::Finding| {
        let nums: Vec<&str> =
            f.numbers.iter().filter_map(|&i| report.numbers.get(i)).map(|n| n.span.of(input)).collect();
        format!("{} {:?} {:?}: {}", f.check, f.verdict, nums, f.message)
    };
    let mut unmatched: Vec<&addsup::Finding> = report.findings.iter().collect();
    for e in expected {
        let pos = unmatched.iter().position(|f| {
            let verdict = format!("{:?}", f.verdict).to_lowercase();
            let nums: Vec<&str> =
                f.numbers.iter().filter_map(|&i| report.numbers.get(i)).map(|n| n.span.of(input)).collect();
            f.check == e.check
                && verdict == e.verdict
                && e.numbers.as_ref().is_none_or(|want| want.iter().all(|w| nums.contains(&w.as_str())))
                && e.message.as_ref().is_none_or(|m| f.message.contains(m.as_str()))
        });
        match pos {
            Some(p) => {
                unmatched.remove(p);
            }
            None => {
                let _ = writeln!(
                    problems,
                    "  missing finding: {} {} {:?} {:?}",
                    e.check,
                    e.verdict,
                    e.numbers.clone().unwrap_or_default(),
                    e.message.clone().unwrap_or_default()
                );
            }
        }
    }
    for f in unmatched {
        let _ = writeln!(problems, "  unexpected finding: {}", describe(f));
    }
    if !problems.is_empty() {
        let _ = writeln!(problems, "  all findings:");
        for f in &report.findings {
            let _ = writeln!(problems, "    {}", describe(f));
        }
    }
    (!problems.is_empty()).then_some(problems)
}

#[test]
fn corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let only = std::env::var("CORPUS").ok();
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/corpus exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    let (mut passed, mut failed) = (0, 0);
    let mut report_text = String::new();
    for path in paths {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if only.as_ref().is_some_and(|o| !name.contains(o.as_str())) {
            continue;
        }
        let src = std::fs::read_to_string(&path).unwrap();
        let file: File = toml::from_str(&src).unwrap_or_else(|e| panic!("{name}: {e}"));
        for case in file.case {
            let report = addsup::check(&case.input);
            let mut problems = String::new();
            if let Some(exp) = &case.numbers {
                problems += &check_numbers(&case.input, &report, exp).unwrap_or_default();
            }
            if let Some(exp) = &case.findings {
                let mut report = report.clone();
                if let Some(only) = &case.only {
                    report.findings.retain(|f| only.iter().any(|c| c == f.check));
                }
                problems += &check_findings(&case.input, &report, exp).unwrap_or_default();
            }
            if problems.is_empty() {
                passed += 1;
            } else {
                failed += 1;
                let _ = writeln!(report_text, "FAIL {name}: {}\n  input: {:?}\n{problems}", case.name, case.input);
            }
        }
    }
    eprintln!("{report_text}corpus: {passed} passed, {failed} failed");
    assert!(passed > 0, "the corpus ran no case");
    assert_eq!(failed, 0, "corpus cases failed; see above");
}
