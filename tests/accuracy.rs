//! A blind accuracy measure: every `tests/eval/*.toml` file is a list of short news-style
//! passages, each labelled (independently of the check rules) with the arithmetic relations it
//! states and whether each holds. This test runs `addsup::check` on every passage and measures
//!
//! - **planted errors flagged**: of the passages with a relation that does not hold, the share
//!   where addsup reports an inconsistent finding using at least two of that relation's numbers;
//! - **clean passages flagged** (false alarms): of the passages whose relations all hold
//!   (distractors included), the share where addsup reports any inconsistent finding;
//! - **relations confirmed**: of the relations that hold, the share covered by a consistent
//!   finding using at least min(2, n) of the relation's n numbers;
//!
//! overall, per category and per file, and lists every miss and false alarm with the findings'
//! messages. The files are three sets: `holdout.toml`, the **held-out set**, written blind and
//! never tuned against; `blind-*.toml`, the **blind set**, written later the same way, without
//! reading the rules, and not yet tuned against; and every other file (`passages*.toml`), the
//! **development set** that the check rules are tuned against. The held-out and blind sets'
//! figures estimate accuracy on text the rules have not seen, so their texts and findings are
//! never printed (misses are listed by id only); when their figures drift from the development
//! set's, the rules are over-fitting it. A blind file, once measured and reported, may join the
//! development set (renamed `passages-*.toml`, as `passages-b.toml` to `passages-f.toml` did)
//! when a new blind file takes its place.
//!
//! A second test, `clean_copy`, runs `addsup::check` on long clean articles (`tests/clean/*.txt`,
//! in which every stated relation is correct, and `benches/data/*.txt`) and lists every
//! inconsistent finding there: each one is a false alarm.
//!
//! Run `cargo test --test accuracy -- --nocapture` to see the figures.
//!
//! ```toml
//! [[passage]]
//! id = "sum-07"
//! category = "sum"
//! text = "A total of 90 routes: 35 from Leeds, 30 from York and 25 from Hull."
//! relations = [{ numbers = ["90", "35", "30", "25"], holds = true }]
//! ```
//!
//! Each relation number is the exact text of a number's span in `report.numbers` (hedge words
//! such as "about" are not part of the span). The test fails when a labelled text is not among
//! the numbers addsup found (a labelling error or an extraction failure), when it matches more
//! than one number, or when a figure falls outside the floors below.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write;
use std::path::Path;

use addsup::{Report, Verdict};
use serde::Deserialize;

// ───────────────────────────── floors ─────────────────────────────
//
// The test fails when a set's measured figure is worse than its floor. Each set has its own
// floors, because the two answer different questions: the development set's say the rules still
// do what they were tuned to do; the held-out set's say how they do on text they were not tuned
// on, which is the figure that predicts accuracy for users. The floors sit just under what the
// rules measured when they were last raised, so accuracy cannot regress unnoticed; raise them
// (never lower them) as the rules improve. The product's targets are higher: 90% of planted
// errors flagged, at most 5% of clean passages flagged, 85% of stated relations confirmed, on
// text the rules were not tuned on.

/// The development set's floors (the `passages*.toml` files, combined): 97.0%, 0% and 97.9%
/// before `passages-g.toml` and `passages-h.toml` joined (as the blind files `blind-g.toml` and
/// `blind-h.toml`, 66.7%, 3.6%, 76.9% and 65.6%, 3.8%, 55.6% when they joined), which took the
/// combined figures to 92.2%, 0.6% and 93.3%; 97.2%, 0% and 97.1% when last raised (g: 100%,
/// 0%, 97.4%; h: 93.8%, 0%, 83.3%). (`passages-f.toml` joined the same way earlier at 64.2%,
/// 1.0% and 68.6%.)
const DEVELOPMENT: Floors = Floors { planted_flagged: 0.97, clean_flagged: 0.01, relations_confirmed: 0.97 };
/// The held-out set's floors (`holdout.toml`): 79.6%, 1.0% and 63.4% when it was written;
/// 85.2%, 1.0% and 82.9% now.
const HELD_OUT: Floors = Floors { planted_flagged: 0.85, clean_flagged: 0.02, relations_confirmed: 0.82 };
/// The blind set's floors (`blind-*.toml`): `blind-i.toml` (84 passages) and `blind-j.toml` (84)
/// measured 54.7%, 2.9% and 55.7% combined when they were written (i: 66.7%, 3.9%, 66.7%; j:
/// 41.9%, 1.9%, 45.9%), and 57.8%, 2.9% and 58.6% when last raised (i: 72.7%, 3.9%, 69.7%; j:
/// 41.9%, 1.9%, 48.6%), with rules tuned on other files only (one false alarm that a merge
/// brought was traced by the name of the rule that raised it, not by reading the passage). The
/// blind files before them, `blind-g.toml` and `blind-h.toml`, measured 58.1%, 4.6% and 61.3%
/// when written and 66.1%, 3.7% and 66.7% when they joined the development set as
/// `passages-g.toml` and `passages-h.toml`.
const BLIND: Floors = Floors { planted_flagged: 0.57, clean_flagged: 0.05, relations_confirmed: 0.58 };

struct Floors {
    /// Minimum share of passages with a planted error where the error is flagged.
    planted_flagged: f64,
    /// Maximum share of clean passages (all relations hold, distractors included) with any
    /// inconsistent finding: the false-alarm rate.
    clean_flagged: f64,
    /// Minimum share of relations that hold which a consistent finding confirms.
    relations_confirmed: f64,
}

/// The file of the held-out set.
const HELD_OUT_FILE: &str = "holdout.toml";
/// The start of the blind set's file names; every other eval file is part of the development set.
const BLIND_PREFIX: &str = "blind-";

/// Which set an eval file belongs to.
#[derive(Clone, Copy, PartialEq)]
enum Set {
    Development,
    HeldOut,
    Blind,
}

fn set_of(file: &str) -> Set {
    if file == HELD_OUT_FILE {
        Set::HeldOut
    } else if file.starts_with(BLIND_PREFIX) {
        Set::Blind
    } else {
        Set::Development
    }
}
/// Minimum number of passages evaluated, so that a lost file cannot pass silently.
const MIN_PASSAGES: usize = 400;
/// Maximum number of inconsistent findings (false alarms) allowed across the clean long-form
/// copy that `clean_copy` checks (`tests/clean/*.txt` and `benches/data/*.txt`). Every relation
/// those texts state is correct, so each inconsistent finding is a false alarm.
const MAX_CLEAN_COPY_FALSE_ALARMS: usize = 0;

/// How each eval file is named in the report: the development set is tuned against, the
/// held-out set never is.
fn set_name(file: &str) -> String {
    match set_of(file) {
        Set::HeldOut => format!("held-out ({file})"),
        Set::Blind => format!("blind ({file})"),
        Set::Development => format!("development ({file})"),
    }
}

/// The categories a passage may have.
const CATEGORIES: &[&str] = &[
    "difference",
    "sum",
    "share",
    "change",
    "multiple",
    "average",
    "breakdown",
    "running_total",
    "words",
    "currency",
    "dates",
    "arithmetic",
    "rounding",
    "distractor",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    passage: Vec<Passage>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Passage {
    id: String,
    category: String,
    text: String,
    relations: Vec<Relation>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Relation {
    /// The exact text of each number the relation uses.
    numbers: Vec<String>,
    holds: bool,
}

/// A count out of a total, shown as "n/d (p%)".
#[derive(Clone, Copy, Default)]
struct Ratio {
    hit: usize,
    total: usize,
}

impl Ratio {
    fn add(&mut self, hit: bool) {
        self.total += 1;
        if hit {
            self.hit += 1;
        }
    }

    fn merge(&mut self, other: Ratio) {
        self.hit += other.hit;
        self.total += other.total;
    }

    fn share(self) -> Option<f64> {
        (self.total > 0).then(|| self.hit as f64 / self.total as f64)
    }
}

impl std::fmt::Display for Ratio {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.share() {
            Some(s) => write!(f, "{:>3}/{:<3} ({:5.1}%)", self.hit, self.total, s * 100.0),
            None => write!(f, "{:>3}/{:<3} (  n/a )", self.hit, self.total),
        }
    }
}

/// The three figures, overall or for one category.
#[derive(Clone, Copy, Default)]
struct Figures {
    planted_flagged: Ratio,
    clean_flagged: Ratio,
    relations_confirmed: Ratio,
}

/// The passage files, in name order.
fn load() -> Vec<(String, Passage)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    let mut passages = Vec::new();
    for path in paths {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let file: File = toml::from_str(&source).unwrap_or_else(|e| panic!("{name}: {e}"));
        passages.extend(file.passage.into_iter().map(|p| (name.clone(), p)));
    }
    passages
}

/// The indices of the report's numbers whose span text is exactly `label`.
fn lookup(report: &Report, text: &str, label: &str) -> Vec<usize> {
    report.numbers.iter().enumerate().filter(|(_, n)| n.span.of(text) == label).map(|(i, _)| i).collect()
}

/// How many of the relation's numbers (given as index sets) the finding uses.
fn overlap(relation: &[Vec<usize>], finding_numbers: &[usize]) -> usize {
    let used: HashSet<usize> = finding_numbers.iter().copied().collect();
    relation.iter().filter(|indices| indices.iter().any(|i| used.contains(i))).count()
}

/// Whether some finding with this verdict uses at least min(2, n) of the relation's n numbers.
fn covered(report: &Report, relation: &[Vec<usize>], verdict: Verdict) -> bool {
    let need = relation.len().min(2);
    report.findings.iter().filter(|f| f.verdict == verdict).any(|f| overlap(relation, &f.numbers) >= need)
}

/// Every finding of the report, one per line, with the texts of the numbers it uses.
fn describe(report: &Report, text: &str) -> String {
    if report.findings.is_empty() {
        return "      (no findings)\n".to_string();
    }
    let mut out = String::new();
    for f in &report.findings {
        let mark = match f.verdict {
            Verdict::Consistent => "✓",
            Verdict::Inconsistent => "✗",
        };
        let uses: Vec<&str> =
            f.numbers.iter().filter_map(|&i| report.numbers.get(i)).map(|n| n.span.of(text)).collect();
        let _ = writeln!(out, "      {mark} {}: {}  [uses {:?}]", f.check, f.message, uses);
    }
    out
}

/// The labelled relation numbers, for printing.
fn labels(relation: &Relation) -> String {
    format!("{:?} holds={}", relation.numbers, relation.holds)
}

#[test]
fn accuracy() {
    let passages = load();

    let mut problems = Vec::new(); // labelling errors, extraction failures and panics
    let mut ids = HashSet::new();
    let mut overall = Figures::default();
    let mut by_category: BTreeMap<String, Figures> = BTreeMap::new();
    let mut count_by_category: BTreeMap<String, [usize; 3]> = BTreeMap::new(); // clean, planted, distractor
    let mut by_set: BTreeMap<String, Figures> = BTreeMap::new(); // per eval file
    let mut count_by_set: BTreeMap<String, [usize; 3]> = BTreeMap::new(); // clean, planted, distractor
    let mut missed_errors = String::new();
    let mut false_alarms = String::new();
    let mut unconfirmed = String::new();
    let mut evaluated = 0; // passages whose labels all resolved

    for (file, p) in &passages {
        let whom = format!("{file} {}", p.id);
        // The held-out and blind sets stay unseen: their misses and problems are listed by id
        // only, never by text, so nobody tunes the rules against them by reading this output.
        let held_out = set_of(file) != Set::Development;
        let text = if held_out { "(held out: text not shown)" } else { p.text.as_str() };
        if !ids.insert(p.id.clone()) {
            problems.push(format!("{whom}: duplicate id"));
        }
        if !CATEGORIES.contains(&p.category.as_str()) {
            problems.push(format!("{whom}: unknown category {:?}", p.category));
        }
        if p.category == "distractor" && !p.relations.is_empty() {
            problems.push(format!("{whom}: a distractor lists relations"));
        }

        // `check` must never panic; a panic is reported against the passage, not fatal here.
        let report = match std::panic::catch_unwind(|| addsup::check(&p.text)) {
            Ok(report) => report,
            Err(payload) => {
                let why = payload
                    .downcast_ref::<String>()
                    .map(String::as_str)
                    .or_else(|| payload.downcast_ref::<&str>().copied())
                    .unwrap_or("unknown panic");
                problems.push(format!("{whom}: addsup::check panicked: {why}\n      text: {text}"));
                continue;
            }
        };

        // Map every labelled number text to the report's numbers.
        let mut resolved: Vec<Vec<Vec<usize>>> = Vec::new();
        let mut lookups_ok = true;
        for relation in &p.relations {
            if relation.numbers.is_empty() {
                problems.push(format!("{whom}: a relation lists no numbers"));
                lookups_ok = false;
            }
            let mut sets = Vec::new();
            for label in &relation.numbers {
                let found = lookup(&report, &p.text, label);
                let occurrences = p.text.matches(label.as_str()).count();
                if occurrences == 0 {
                    problems.push(format!("{whom}: {label:?} is not in the text (labelling error)"));
                    lookups_ok = false;
                } else if found.is_empty() {
                    let extracted: Vec<&str> = report.numbers.iter().map(|n| n.span.of(&p.text)).collect();
                    let extracted = if held_out { String::new() } else { format!("; found {extracted:?}") };
                    problems.push(format!(
                        "{whom}: {label:?} is not among the numbers found (extraction failure?){extracted}\n      text: {text}"
                    ));
                    lookups_ok = false;
                } else if found.len() > 1 {
                    problems.push(format!("{whom}: {label:?} matches {} numbers (ambiguous label)", found.len()));
                    lookups_ok = false;
                }
                sets.push(found);
            }
            resolved.push(sets);
        }
        if !lookups_ok {
            continue;
        }
        evaluated += 1;

        let figures = by_category.entry(p.category.clone()).or_default();
        let counts = count_by_category.entry(p.category.clone()).or_default();
        let set_figures = by_set.entry(file.clone()).or_default();
        let set_counts = count_by_set.entry(file.clone()).or_default();
        let planted = p.relations.iter().any(|r| !r.holds);
        let findings = if held_out { String::new() } else { describe(&report, &p.text) };

        if planted {
            counts[1] += 1;
            set_counts[1] += 1;
            let flagged = p
                .relations
                .iter()
                .zip(&resolved)
                .filter(|(r, _)| !r.holds)
                .any(|(_, sets)| covered(&report, sets, Verdict::Inconsistent));
            overall.planted_flagged.add(flagged);
            figures.planted_flagged.add(flagged);
            set_figures.planted_flagged.add(flagged);
            if !flagged {
                let wrong: Vec<String> =
                    if held_out { vec![] } else { p.relations.iter().filter(|r| !r.holds).map(labels).collect() };
                let _ = write!(
                    missed_errors,
                    "  {} [{}] ({file})\n    {}\n    planted: {}\n{}",
                    p.id,
                    p.category,
                    text,
                    wrong.join("; "),
                    findings
                );
            }
        } else {
            if p.category == "distractor" {
                counts[2] += 1;
                set_counts[2] += 1;
            } else {
                counts[0] += 1;
                set_counts[0] += 1;
            }
            let flagged = report.has_problems();
            overall.clean_flagged.add(flagged);
            figures.clean_flagged.add(flagged);
            set_figures.clean_flagged.add(flagged);
            if flagged {
                let _ = write!(false_alarms, "  {} [{}] ({file})\n    {}\n{}", p.id, p.category, text, findings);
            }
        }

        for (relation, sets) in p.relations.iter().zip(&resolved) {
            if !relation.holds {
                continue;
            }
            let confirmed = covered(&report, sets, Verdict::Consistent);
            overall.relations_confirmed.add(confirmed);
            figures.relations_confirmed.add(confirmed);
            set_figures.relations_confirmed.add(confirmed);
            if !confirmed {
                let _ = write!(
                    unconfirmed,
                    "  {} [{}] ({file})\n    {}\n    relation: {}\n{}",
                    p.id,
                    p.category,
                    text,
                    if held_out { String::new() } else { labels(relation) },
                    findings
                );
            }
        }
    }

    // ── report ──
    let mut out = String::new();
    let _ = writeln!(out, "\n==== addsup accuracy on {evaluated} of {} passages ====", passages.len());
    let _ = writeln!(out, "\nPassages per category (clean / planted error / distractor):");
    for (category, [clean, planted, distractor]) in &count_by_category {
        let _ = writeln!(out, "  {category:<14} {clean:>3} / {planted:>3} / {distractor:>3}");
    }
    let _ = writeln!(
        out,
        "\n  {:<14} {:<22} {:<22} {:<22}",
        "category", "planted flagged", "clean flagged", "relations confirmed"
    );
    for (category, f) in &by_category {
        let _ = writeln!(
            out,
            "  {category:<14} {:<22} {:<22} {:<22}",
            f.planted_flagged.to_string(),
            f.clean_flagged.to_string(),
            f.relations_confirmed.to_string()
        );
    }
    let _ = writeln!(
        out,
        "  {:<14} {:<22} {:<22} {:<22}",
        "ALL",
        overall.planted_flagged.to_string(),
        overall.clean_flagged.to_string(),
        overall.relations_confirmed.to_string()
    );
    let _ = writeln!(out, "\nPer set (passages: clean / planted error / distractor):");
    let _ = writeln!(
        out,
        "  {:<32} {:<16} {:<22} {:<22} {:<22}",
        "set", "passages", "planted flagged", "clean flagged", "relations confirmed"
    );
    for (file, f) in &by_set {
        let [clean, planted, distractor] = count_by_set.get(file).copied().unwrap_or_default();
        let _ = writeln!(
            out,
            "  {:<32} {:<16} {:<22} {:<22} {:<22}",
            set_name(file),
            format!("{clean} / {planted} / {distractor}"),
            f.planted_flagged.to_string(),
            f.clean_flagged.to_string(),
            f.relations_confirmed.to_string()
        );
    }
    let [clean, planted, distractor] =
        count_by_set.values().fold([0; 3], |acc, c| [acc[0] + c[0], acc[1] + c[1], acc[2] + c[2]]);
    let _ = writeln!(
        out,
        "  {:<32} {:<16} {:<22} {:<22} {:<22}",
        "combined",
        format!("{clean} / {planted} / {distractor}"),
        overall.planted_flagged.to_string(),
        overall.clean_flagged.to_string(),
        overall.relations_confirmed.to_string()
    );
    let combined = |set: Set| {
        let mut figures = Figures::default();
        for (_, f) in by_set.iter().filter(|(file, _)| set_of(file) == set) {
            figures.planted_flagged.merge(f.planted_flagged);
            figures.clean_flagged.merge(f.clean_flagged);
            figures.relations_confirmed.merge(f.relations_confirmed);
        }
        figures
    };
    let mut failures = Vec::new();
    for (name, figures, floors) in [
        ("development set", combined(Set::Development), DEVELOPMENT),
        ("held-out set", combined(Set::HeldOut), HELD_OUT),
        ("blind set", combined(Set::Blind), BLIND),
    ] {
        let _ = writeln!(
            out,
            "\n{name}:\n  planted errors flagged:   {}  (floor {:.1}%)\n  clean passages flagged:   {}  (ceiling {:.1}%)\n  relations confirmed:      {}  (floor {:.1}%)",
            figures.planted_flagged,
            floors.planted_flagged * 100.0,
            figures.clean_flagged,
            floors.clean_flagged * 100.0,
            figures.relations_confirmed,
            floors.relations_confirmed * 100.0
        );
        failures.extend(below_floors(name, &figures, &floors));
    }

    let _ = writeln!(out, "\n---- planted errors missed ----\n{missed_errors}");
    let _ = writeln!(out, "---- false alarms on clean passages ----\n{false_alarms}");
    let _ = writeln!(out, "---- relations that hold but were not confirmed ----\n{unconfirmed}");
    if !problems.is_empty() {
        let _ = writeln!(out, "---- labelling errors, extraction failures and panics ({}) ----", problems.len());
        for problem in &problems {
            let _ = writeln!(out, "  {problem}");
        }
    }
    eprintln!("{out}");

    // ── verdict ──
    if evaluated < MIN_PASSAGES {
        failures.push(format!("only {evaluated} passages evaluated, expected at least {MIN_PASSAGES}"));
    }
    if !problems.is_empty() {
        failures
            .push(format!("{} labelling errors, extraction failures or panics (see the list above)", problems.len()));
    }
    assert!(failures.is_empty(), "accuracy test failed:\n  {}", failures.join("\n  "));
}

/// What in `figures` is worse than `floors`, one line each. A set with no passages of a kind
/// (no planted errors, say) has nothing to fall short on.
fn below_floors(name: &str, figures: &Figures, floors: &Floors) -> Vec<String> {
    let mut failures = Vec::new();
    if let Some(s) = figures.planted_flagged.share().filter(|&s| s < floors.planted_flagged) {
        failures.push(format!(
            "{name}: planted errors flagged {:.1}% < floor {:.1}%",
            s * 100.0,
            floors.planted_flagged * 100.0
        ));
    }
    if let Some(s) = figures.clean_flagged.share().filter(|&s| s > floors.clean_flagged) {
        failures.push(format!(
            "{name}: clean passages flagged {:.1}% > ceiling {:.1}%",
            s * 100.0,
            floors.clean_flagged * 100.0
        ));
    }
    if let Some(s) = figures.relations_confirmed.share().filter(|&s| s < floors.relations_confirmed) {
        failures.push(format!(
            "{name}: relations confirmed {:.1}% < floor {:.1}%",
            s * 100.0,
            floors.relations_confirmed * 100.0
        ));
    }
    failures
}

/// The clean long-form texts, in name order: `tests/clean/*.txt` and `benches/data/*.txt`.
fn clean_texts() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    for dir in ["tests/clean", "benches/data"] {
        let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
            .unwrap_or_else(|e| panic!("cannot read {dir}: {e}"))
            .map(|entry| entry.expect("directory entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        for path in paths {
            let name = format!("{dir}/{}", path.file_name().unwrap().to_string_lossy());
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
            texts.push((name, text));
        }
    }
    texts
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

/// Every stated relation in the clean long-form copy is correct, so every inconsistent finding
/// there is a false alarm. Lists each one (file, line, message) and counts the consistent
/// findings; fails only when the false alarms exceed `MAX_CLEAN_COPY_FALSE_ALARMS`. A panic in
/// `check` is listed and counted as a false alarm.
#[test]
fn clean_copy() {
    let texts = clean_texts();
    assert!(!texts.is_empty(), "no clean copy found in tests/clean or benches/data");

    let mut out = String::new();
    let mut alarms = String::new();
    let mut total_alarms = 0;
    let mut total_consistent = 0;
    let mut total_words = 0;
    let mut total_numbers = 0;
    let _ = writeln!(out, "\n==== addsup on clean long-form copy ({} files) ====", texts.len());
    let _ =
        writeln!(out, "  {:<40} {:>6} {:>8} {:>11} {:>13}", "file", "words", "numbers", "consistent", "false alarms");
    for (name, text) in &texts {
        let words = text.split_whitespace().count();
        total_words += words;
        let report = match std::panic::catch_unwind(|| addsup::check(text)) {
            Ok(report) => report,
            Err(_) => {
                total_alarms += 1;
                let _ = writeln!(alarms, "  {name}: addsup::check panicked");
                let _ = writeln!(out, "  {name:<40} {words:>6} {:>8} {:>11} {:>13}", "-", "-", "panic");
                continue;
            }
        };
        let consistent = report.findings.iter().filter(|f| f.verdict == Verdict::Consistent).count();
        let mut file_alarms = 0;
        for f in report.findings.iter().filter(|f| f.verdict == Verdict::Inconsistent) {
            file_alarms += 1;
            let uses: Vec<&str> =
                f.numbers.iter().filter_map(|&i| report.numbers.get(i)).map(|n| n.span.of(text)).collect();
            let _ = writeln!(
                alarms,
                "  {name}:{}: ✗ {}: {}  [uses {:?}]",
                line_of(text, f.span.start),
                f.check,
                f.message,
                uses
            );
        }
        total_alarms += file_alarms;
        total_consistent += consistent;
        total_numbers += report.numbers.len();
        let _ = writeln!(out, "  {name:<40} {words:>6} {:>8} {consistent:>11} {file_alarms:>13}", report.numbers.len());
    }
    let _ =
        writeln!(out, "  {:<40} {total_words:>6} {total_numbers:>8} {total_consistent:>11} {total_alarms:>13}", "ALL");
    let _ = writeln!(
        out,
        "\nFalse alarms on clean copy: {total_alarms}  (ceiling {MAX_CLEAN_COPY_FALSE_ALARMS}); consistent findings: {total_consistent}"
    );
    let _ = writeln!(out, "\n---- false alarms on clean copy ----\n{alarms}");
    eprintln!("{out}");

    // Written as "none beyond the ceiling" so it stays meaningful when the ceiling is zero.
    assert!(
        usize::saturating_sub(total_alarms, MAX_CLEAN_COPY_FALSE_ALARMS) == 0,
        "{total_alarms} false alarms on clean copy > ceiling {MAX_CLEAN_COPY_FALSE_ALARMS} (see the list above)"
    );
}
