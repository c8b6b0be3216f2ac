//! **sum**: a stated total and the parts it is broken into: "a total of 90: 35 in Leeds, 30 in
//! York and 25 in Hull", "the 1,060 staff comprise 700 nurses and 360 doctors", "90 people (35
//! adults and 55 children)", "35 in Leeds and 55 elsewhere, 90 in all", and a second sentence
//! that breaks the first one's total down ("Of these, ...").
//!
//! The parts are a list of counts or amounts joined by commas, "and", "plus" or "while", ending
//! at the part after "and". How strongly the wording says the list is complete decides what is
//! checked: a colon, brackets, "comprise", "made up of", "split between", "in all", "combined",
//! or a last part that is "the rest"/"the remaining N"/"N others" make it exhaustive, so the
//! parts must add up to the total over intervals; "including", "among them" or "such as" only
//! say the parts fit inside the total; "of whom" and a bare comma say nothing unless the parts
//! are clearly parallel ("in Leeds", "in York"), and otherwise a match is reported and a
//! mismatch ignored. Percentages are the breakdown rule's. Examples:
//! - "a total of 90 injuries: 35 in Leeds, 30 in York and 25 in Hull" ✓
//! - "the 1,060 staff comprise 700 nurses and 380 doctors" ✗: 700 + 380 is 1,080, not 1,060
//! - "90 arrests, including 60 in Leeds and 45 in York" ✗: the parts exceed the total
//! - "about 90 people (35 adults and 52 children)" ✓: "about" allows 87

use super::breakdown::{any_word, continues_list, is_rest, list_join, unnumbered_rest};
use super::{explain, finding, Context, Interval, Rule};
use crate::lexicon::ENGLISH;
use crate::number::{Kind, Rational};
use crate::report::Finding;

/// The rule.
pub struct Sum;

/// How firmly the wording says the parts make up the whole total.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Claim {
    /// The parts are all of it: they must add up.
    Exhaustive,
    /// Some of it ("including"): the parts must not exceed the total.
    Partial,
    /// Perhaps a breakdown: a match is reported, a mismatch is not.
    Weak,
}

/// The most numbers a list may hold, so the search stays linear.
const WINDOW: usize = 8;

/// Words that make two neighbouring numbers something other than items of one list.
#[rustfmt::skip]
const NOT_A_LIST: &[&str] = &[
    "from", "than", "compared", "versus", "vs", "rose", "fell", "risen", "fallen", "up", "down", "increase",
    "increased", "decrease", "decreased", "grew", "dropped", "climbed", "jumped", "per", "each", "of them",
    "of whom", "of which", "of those", "of these", "of the", "including", "previously", "bringing", "taking",
    "average",
];

/// Whether numbers `t` (the total) and `p` (a part) measure the same thing. Counted nouns may
/// differ (nurses and doctors of staff); measure units may not.
fn compatible(cx: &Context, t: usize, p: usize) -> bool {
    let (a, b) = (&cx.numbers[t], &cx.numbers[p]);
    let measure = |u: &Option<String>| u.as_deref().is_some_and(|u| ENGLISH.measure_units.contains(&u));
    cx.usable(p)
        && match (a.kind, b.kind) {
            (Kind::Money, Kind::Money) => cx.comparable(t, p),
            (Kind::Count, Kind::Count) => match (&a.unit, &b.unit) {
                (Some(x), Some(y)) if measure(&a.unit) || measure(&b.unit) => super::context::same_unit(x, y),
                _ => true,
            },
            _ => false,
        }
}

/// Whether the parts are clearly items of one partition: each is followed by the same
/// preposition ("35 in Leeds, 30 in York") or each names its own noun ("35 adults, 55 children").
fn parallel(cx: &Context, parts: &[usize]) -> bool {
    let first_word = |k: usize| {
        let after = if k + 1 < cx.numbers.len() && parts.contains(&(k + 1)) { cx.gap(k, k + 1) } else { cx.after(k) };
        let mut words = after.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase);
        let w = words.next().unwrap_or_default();
        match w.as_str() {
            "were" | "was" | "are" | "is" | "went" | "came" => words.next().unwrap_or_default(),
            _ => w,
        }
    };
    let w0 = first_word(parts[0]);
    let same_prep =
        ["in", "at", "on", "from", "for", "by"].contains(&w0.as_str()) && parts.iter().all(|&k| first_word(k) == w0);
    let units: Vec<&str> = parts.iter().filter_map(|&k| cx.numbers[k].unit.as_deref()).collect();
    let own_nouns = units.len() == parts.len()
        && units.iter().enumerate().all(|(i, u)| units[..i].iter().all(|v| !super::context::same_unit(u, v)));
    same_prep || own_nouns
}

/// The parts listed after `first`, within sentence end `end`: commas, then one "and". Also
/// whether the list may go on past them (it stopped at a comma before a number it cannot use).
fn parts_from(cx: &Context, t: usize, first: usize, end: usize) -> (Vec<usize>, bool) {
    let mut parts = vec![first];
    let mut k = first;
    while k + 1 < end && parts.len() < WINDOW && compatible(cx, t, k + 1) {
        match list_join(cx.gap(k, k + 1), 45, NOT_A_LIST) {
            Some(last) => {
                parts.push(k + 1);
                k += 1;
                if last {
                    return (parts, unnumbered_rest(cx.after(k)));
                }
            }
            None => break,
        }
    }
    let open = if k + 1 < end { cx.gap(k, k + 1).contains([',', ';']) } else { unnumbered_rest(cx.after(k)) };
    (parts, open)
}

/// What the words between a total and its first part say about the list that follows.
fn claim_after_total(cx: &Context, t: usize, gap: &str) -> Option<Claim> {
    let g = gap.to_lowercase();
    let before = cx.before(t).to_lowercase();
    if g.len() > 120 || g.contains([';', '.']) {
        return None;
    }
    if any_word(&g, &["including", "includes", "include", "included", "among them", "among whom", "such as"]) {
        return Some(Claim::Partial);
    }
    const WHOLE: &[&str] = &[
        "comprise",
        "comprises",
        "comprising",
        "comprised",
        "consist",
        "consists",
        "consisting",
        "made up of",
        "split between",
        "split into",
        "split across",
        "divided into",
        "divided between",
        "divided among",
        "broken down into",
        "breaks down into",
        "shared between",
        "shared among",
    ];
    if g.trim_end().ends_with(':') || g.trim_end().ends_with('(') || any_word(&g, WHOLE) {
        return Some(Claim::Exhaustive);
    }
    let subset = any_word(&g, &["of whom", "of which", "of these", "of them", "of those"])
        || (["of the ", "of its ", "of their ", "of all "].iter().any(|w| before.ends_with(w)) && g.contains(','));
    // "90 arrests, 35 in Leeds and 55 in York", but not a series: "90 in May, 35 in June".
    let places = ["in", "on", "at", "during", "for", "by", "last", "this"];
    let comma = g.trim_end().ends_with(',') && g.split_whitespace().count() <= 4 && !any_word(&g, NOT_A_LIST);
    let comma = comma && !any_word(&g, &places);
    (subset || comma || g.trim_end().ends_with(", with")).then_some(Claim::Weak)
}

/// Whether the words between the last part and a total after it (or just after that total)
/// say it is their total: "35 in Leeds and 55 elsewhere, 90 in all".
fn total_after_parts(cx: &Context, last: usize, t: usize) -> bool {
    let g = cx.gap(last, t).to_lowercase();
    let a = cx.after(t).to_lowercase();
    const TOTAL: &[&str] = &[
        "in all",
        "in total",
        "altogether",
        "combined",
        "together",
        "between them",
        "a total of",
        "total of",
        "totalling",
        "totaling",
        "making",
        "overall",
        "all told",
        "a combined",
    ];
    let short = g.len() <= 60 && !any_word(&g, &["bringing", "taking", "brings", "takes", "than", "from"]);
    short
        && !g.contains(['.', ';'])
        && (any_word(&g, TOTAL) || (g.contains([',', ':', '—']) && TOTAL.iter().any(|w| a.trim_start().starts_with(w))))
}

impl Sum {
    fn decide(&self, cx: &Context, t: usize, parts: &[usize], claim: Claim, open: bool, out: &mut Vec<Finding>) {
        let near = |p: usize| {
            let before =
                if p > 0 && cx.sentence_of[p - 1] == cx.sentence_of[p] { cx.gap(p - 1, p) } else { cx.before(p) };
            let after = if p + 1 < cx.numbers.len() && cx.sentence_of[p + 1] == cx.sentence_of[p] {
                cx.gap(p, p + 1)
            } else {
                cx.after(p)
            };
            (before, after)
        };
        let rest = parts.iter().any(|&p| {
            let (b, a) = near(p);
            is_rest(b, a)
        });
        let claim = match claim {
            Claim::Exhaustive | Claim::Weak if open => Claim::Partial,
            Claim::Weak if rest || parallel(cx, parts) => Claim::Exhaustive,
            c => c,
        };
        let (Some(total), Some(mut sum), Some(mut exact)) =
            (Interval::of(&cx.numbers[t]), Some(Interval::exact(Rational::ZERO)), Some(Rational::ZERO))
        else {
            return;
        };
        for &p in parts {
            let (Some(iv), Some(e)) =
                (Interval::of(&cx.numbers[p]).and_then(|i| sum.add(&i)), exact.checked_add(cx.numbers[p].value))
            else {
                return;
            };
            (sum, exact) = (iv, e);
        }
        let meets = sum.meets(&total);
        let fits = sum.lo.is_none_or(|lo| total.hi.is_none_or(|hi| lo <= hi));
        let holds = match claim {
            Claim::Exhaustive => meets,
            Claim::Partial => fits,
            Claim::Weak => meets,
        };
        if !holds && (claim == Claim::Weak || (claim == Claim::Partial && !parallel(cx, parts))) {
            return;
        }
        let like = &cx.numbers[t];
        let expr: Vec<&str> = parts.iter().map(|&p| cx.text_of(p)).collect();
        let expr = expr.join(" + ");
        let (tt, sum_text) = (cx.text_of(t), explain::like(exact, like));
        let message = match (holds, claim) {
            (true, Claim::Partial) if !meets => format!("{expr} = {sum_text}, within the total of {tt}"),
            (true, _) => format!("{expr} = {tt}"),
            (false, Claim::Partial) => format!("{expr} is {sum_text}, more than the total of {tt} they are part of"),
            (false, _) => {
                let off = exact.checked_sub(like.value).and_then(|d| d.checked_abs()).unwrap_or(Rational::ZERO);
                let dir = if exact < like.value { "short" } else { "over" };
                format!(
                    "{expr} is {sum_text}, not {tt}: either the total should be {sum_text} or a part is {} {dir}",
                    explain::like(off, like)
                )
            }
        };
        let (lo, hi) = (t.min(parts[0]), t.max(parts[parts.len() - 1]));
        let mut used = parts.to_vec();
        used.push(t);
        used.sort_unstable();
        out.push(finding(self.name(), holds, used, like.value, exact, cx.span(lo, hi), message));
    }
}

impl Rule for Sum {
    fn name(&self) -> &'static str {
        "sum"
    }

    fn description(&self) -> &'static str {
        "a total and the parts it is broken into: 90 people (35 adults and 55 children)"
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let mut taken = vec![false; cx.numbers.len()];
        for (s, range) in cx.numbers_in.iter().enumerate() {
            for t in range.clone() {
                if taken[t] || !cx.usable(t) || !matches!(cx.numbers[t].kind, Kind::Count | Kind::Money) {
                    continue;
                }
                // The total first, then its parts.
                if t + 2 < range.end && compatible(cx, t, t + 1) {
                    if let Some(claim) = claim_after_total(cx, t, cx.gap(t, t + 1)) {
                        let (parts, open) = parts_from(cx, t, t + 1, range.end);
                        if parts.len() >= 2 {
                            self.decide(cx, t, &parts, claim, open, out);
                            parts.iter().chain([&t]).for_each(|&k| taken[k] = true);
                            continue;
                        }
                    }
                }
                // The parts first, then the total.
                if t >= range.start + 2 && total_after_parts(cx, t - 1, t) {
                    let mut parts = vec![t - 1];
                    let mut k = t - 1;
                    while k > range.start && parts.len() < WINDOW && !taken[k - 1] && compatible(cx, t, k - 1) {
                        match list_join(cx.gap(k - 1, k), 45, NOT_A_LIST) {
                            Some(last) if parts.len() == 1 || !last => parts.insert(0, k - 1),
                            _ => break,
                        }
                        k -= 1;
                    }
                    if parts.len() >= 2 && compatible(cx, t, t - 1) && !taken[t - 1] {
                        let open = k > range.start && continues_list(cx.gap(k - 1, k));
                        self.decide(cx, t, &parts, Claim::Exhaustive, open, out);
                        parts.iter().chain([&t]).for_each(|&k| taken[k] = true);
                        continue;
                    }
                }
                // A total at the end of one sentence broken down by the next: "Of these, ...".
                if t + 1 == range.end && s + 1 < cx.numbers_in.len() {
                    let next = cx.numbers_in[s + 1].clone();
                    if next.len() >= 2 && compatible(cx, t, next.start) {
                        let opener = cx.before(next.start).to_lowercase();
                        let claim = if any_word(
                            &opener,
                            &["of these", "of them", "of those", "of this", "of that", "of the total"],
                        ) {
                            Some(Claim::Weak)
                        } else if any_word(
                            &opener,
                            &["comprise", "comprised", "comprises", "made up of", "broken down", "breakdown", "split"],
                        ) {
                            Some(Claim::Exhaustive)
                        } else {
                            None
                        };
                        if let Some(claim) = claim.filter(|_| opener.len() <= 50) {
                            let (parts, open) = parts_from(cx, t, next.start, next.end);
                            if parts.len() >= 2 {
                                self.decide(cx, t, &parts, claim, open, out);
                                parts.iter().chain([&t]).for_each(|&k| taken[k] = true);
                            }
                        }
                    }
                }
            }
        }
    }
}
