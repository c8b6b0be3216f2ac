//! The checks: one rule per file, each finding the relations of one kind that a text states
//! and deciding whether they hold. All rules are registered in [`RULES`].
//!
//! A rule reads the text through a [`Context`] (sentences, the words between numbers), turns
//! each number it uses into an [`Interval`] of the values the text allows, and reports a
//! [`Finding`]: consistent when some reading makes the relation hold, inconsistent when none
//! does, with an explanation that names the equation and the value that would make it add up.
//!
//! New rules start from `multiple.rs`, the smallest one.

pub mod context;
pub mod explain;
pub mod interval;

mod arithmetic;
mod average;
mod breakdown;
mod change;
mod difference;
mod duration;
mod exact;
mod multiple;
mod running_total;
mod share;
mod slip;
mod sum;

pub use context::Context;
pub use interval::Interval;

use std::collections::BTreeMap;

use crate::number::{Number, Rational};
use crate::report::{Finding, Verdict};
use crate::span::Span;
use crate::Regex;

/// A check rule.
pub trait Rule: Sync {
    /// Its name, as it appears in findings: "difference", "sum", ...
    fn name(&self) -> &'static str;
    /// One line saying what it checks. Not part of the rules' vtable (`Self: Sized`), so the
    /// lines stay out of the browser's download until something shows them.
    fn description(&self) -> &'static str
    where
        Self: Sized;
    /// Appends a finding for every relation of its kind that the text states.
    fn check(&self, cx: &Context, out: &mut Vec<Finding>);
}

/// Every rule, in the order they run.
pub static RULES: &[&dyn Rule] = &[
    &arithmetic::Arithmetic,
    &change::Change,
    &multiple::Multiple,
    &difference::Difference,
    &sum::Sum,
    &breakdown::Breakdown,
    &running_total::RunningTotal,
    &share::Share,
    &average::Average,
    &duration::Duration,
    // Last: they only read what the rules above did not: `exact` confirms figures that add up,
    // `slip` flags those a slipped digit away from adding up.
    &exact::Exact,
    &slip::Slip,
];

/// Runs every rule over the numbers and returns the findings in text order. A relation two
/// rules both find is reported once, by the rule listed first, unless the first reading fails
/// and a later one that holds takes in all its figures.
pub fn run(text: &str, numbers: &[Number]) -> Vec<Finding> {
    let cx = Context::new(text, numbers);
    let mut findings: Vec<Finding> = Vec::new();
    // Kept findings by span start, so that a new one is compared only with those it can
    // overlap, not with every finding so far (which would be quadratic on a long text).
    let mut by_start: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    let mut longest = 0;
    for rule in RULES {
        let mut found = Vec::new();
        rule.check(&cx, &mut found);
        for f in found {
            let from = (f.span.start.saturating_sub(longest), 0);
            let duplicate = by_start.range(from..(f.span.end, 0)).find(|(_, &k)| {
                let g: &Finding = &findings[k];
                // One rule's two findings that share two figures state two claims ("from 2.5% to
                // 3.5%, up 1 point, or 40%"); another rule's is the same relation found again.
                let shared = f.numbers.iter().filter(|n| g.numbers.contains(n)).count();
                g.span.overlaps(f.span) && shared >= 2 && (g.check != f.check || shared == f.numbers.len())
            });
            if let Some((_, &k)) = duplicate {
                // Figures read two ways by two rules: one reading fails, and another that holds
                // takes in all of its figures (and perhaps more). The wording allows both, so the
                // one that holds is reported ("Of every £1, 48p goes on tax, 21p …, 16p … and
                // the remaining 15p" is no total of 48p). Not `exact`'s reading of the same
                // figures: it reads no words, so it cannot overrule a reading of them ("fell 10%
                // from 42 to 46").
                let g = &findings[k];
                let covers = g.numbers.iter().all(|n| f.numbers.contains(n));
                let fuller = covers && (f.numbers.len() > g.numbers.len() || f.check != "exact");
                if g.verdict == Verdict::Inconsistent && f.verdict == Verdict::Consistent && fuller {
                    // Indexed under its own span start too; the failed reading's key stays (a
                    // key removed from the map costs the page 1 KB) and finds the same finding.
                    longest = longest.max(f.span.len());
                    by_start.insert((f.span.start, k), k);
                    findings[k] = f;
                }
            } else {
                longest = longest.max(f.span.len());
                by_start.insert((f.span.start, findings.len()), findings.len());
                findings.push(f);
            }
        }
    }
    let keys: Vec<_> = findings.iter().map(|f| (f.span.start, f.span.end)).collect();
    sorted_by(findings, &keys)
}

/// `items` in the order of their `keys`, equal keys kept in their order: what a stable
/// `sort_by_key` gives. The rules sort through this one small merge sort because every
/// `sort_by_key` call site carries its own copy of the standard library's sort, about 4 KB
/// of the browser's wasm each.
pub(crate) fn sorted_by<T>(items: Vec<T>, keys: &[(usize, usize)]) -> Vec<T> {
    let n = keys.len();
    let (mut order, mut next): (Vec<usize>, Vec<usize>) = ((0..n).collect(), vec![0; n]);
    let mut width = 1;
    while width < n {
        for lo in (0..n).step_by(2 * width) {
            let (mid, hi) = ((lo + width).min(n), (lo + 2 * width).min(n));
            let (mut i, mut j) = (lo, mid);
            for slot in &mut next[lo..hi] {
                // `<=` takes the left run first on a tie: that is what keeps the sort stable.
                if j >= hi || (i < mid && keys[order[i]] <= keys[order[j]]) {
                    *slot = order[i];
                    i += 1;
                } else {
                    *slot = order[j];
                    j += 1;
                }
            }
        }
        std::mem::swap(&mut order, &mut next);
        width *= 2;
    }
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order.into_iter().filter_map(|k| slots.get_mut(k)?.take()).collect()
}

/// Unicode's White_Space property as an explicit class. The browser build carries no Unicode
/// tables (they cost more download than they are worth), so a bare `\s` would not compile there;
/// spelled out, it means the same in both builds.
const WHITE_SPACE: &str = r"[\t-\r \x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]";

/// Compiles one of the rules' constant patterns, with `\s` spelled out as [`WHITE_SPACE`]. A
/// pattern that failed to compile would be a bug the rule's corpus shows at once (the rule would
/// match nothing; tests/app.rs runs every corpus input in the browser too); it never panics at
/// run time.
pub(crate) fn regex(pattern: &str) -> Regex {
    let pattern = pattern.replace(r"\s", WHITE_SPACE);
    Regex::new(&pattern)
        .unwrap_or_else(|_| Regex::new("$^").unwrap_or_else(|_| panic!("the never-matching pattern compiles")))
}

/// Builds a finding; `holds` decides the verdict.
pub fn finding(
    check: &'static str,
    holds: bool,
    numbers: Vec<usize>,
    claimed: Rational,
    computed: Rational,
    span: Span,
    message: String,
) -> Finding {
    let verdict = if holds { Verdict::Consistent } else { Verdict::Inconsistent };
    Finding { check, verdict, numbers, claimed, computed, span, message }
}

/// One rule's own findings on `text`, before de-duplication against other rules: for the unit
/// tests beside each rule.
#[cfg(test)]
pub(crate) fn findings_of(rule: &dyn Rule, text: &str) -> Vec<Finding> {
    let numbers = crate::number::find(text);
    let cx = Context::new(text, &numbers);
    let mut out = Vec::new();
    rule.check(&cx, &mut out);
    out
}

/// The messages of one rule's own findings on `text` (see [`findings_of`]).
#[cfg(test)]
pub(crate) fn messages_of(rule: &dyn Rule, text: &str) -> Vec<String> {
    findings_of(rule, text).into_iter().map(|f| f.message).collect()
}

#[cfg(test)]
mod pattern_tests {
    use super::regex;

    #[test]
    fn white_space_is_spelled_out_and_means_what_it_did() {
        let spaced = regex(r"^of\s+the$");
        let unicode = ::regex::Regex::new(r"^of\s+the$").unwrap();
        for text in ["of the", "of\tthe", "of\u{a0}the", "of \u{202f} the"] {
            assert!(spaced.is_match(text), "{text:?}");
            assert!(unicode.is_match(text), "{text:?}");
        }
        assert!(!spaced.is_match("ofthe"));
        assert!(!spaced.is_match("of_the"));
    }
}

#[cfg(test)]
mod sort_tests {
    use super::sorted_by;

    #[test]
    fn sorts_like_a_stable_sort_by_key() {
        // Every length up to 40 (odd lengths leave a short last run), keys with many ties.
        for n in 0..40usize {
            let items: Vec<usize> = (0..n).collect();
            let keys: Vec<(usize, usize)> = items.iter().map(|&k| ((k * 7 + 3) % 5, (k * 3) % 2)).collect();
            let mut expected = items.clone();
            expected.sort_by_key(|&k| keys[k]);
            assert_eq!(sorted_by(items, &keys), expected, "n = {n}");
        }
    }
}
