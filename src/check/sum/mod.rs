//! **sum**: a stated total and the parts it is broken into: "a total of 90: 35 in Leeds, 30 in
//! York and 25 in Hull", "the 1,060 staff comprise 700 nurses and 360 doctors", "90 people (35
//! adults and 55 children)", "35 in Leeds and 55 elsewhere, 90 in all", a second sentence
//! that breaks the first one's total down ("Of these, ...", or after "Combined, the two banks
//! made $7.4bn."), the sources a sum is "funded by", and a last part "completed by", "leaving"
//! or "the rest" in the next sentence. Totals after their parts: named ("90 in all"), after a
//! closed list and a bare comma ("..., 6,820 on Saturday and 5,230 on Sunday, 16,200 over the
//! weekend", reported only when it adds up), or opening the next sentence ("In all, 95 people
//! were detained"; "Across the three counties, that makes 2,893"). A part, its whole after
//! "of" and the rest: "Forty-two of the sixty councillors ... and the remaining eighteen".
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
//! - "The two wind farms will generate a combined 1,250MW, with Hornsea contributing 860MW and
//!   Dogger Bank 410MW" ✗: a named total whose sentence counts the parts is their whole
//! - "Together the three branches lent 48,920 books (Central 27,415, Northside 12,380 and
//!   Riverside 9,215)" ✗: 49,010
//!
//! The readings are one file each: `first.rs`, a total and then its parts in one sentence;
//! `after.rs`, the parts and then their total, in one sentence or opening the next; `next.rs`,
//! a total that the next sentence breaks down. This file holds what they share: the list of
//! parts, how much the wording claims, and the decision.

mod after;
mod first;
mod next;

use super::breakdown::{is_rest, list_join, rest_follows, unnumbered_rest};
use super::context::{any_word, head, tail, word_count, word_iter};
use super::{explain, finding, Context, Interval, Rule};
use crate::lexicon::EN;
use crate::number::{Kind, Rational};
use crate::report::Finding;
/// The rule.
pub struct Sum;

/// How firmly the wording says the parts make up the whole total.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Claim {
    /// The parts are all of it: they must add up.
    Exhaustive,
    /// Some of it ("including"): the parts must not exceed the total.
    Partial,
    /// Perhaps a breakdown: a match is reported, a mismatch is not.
    Weak,
    /// Perhaps only items of one list ("44 lions, 12 tigers and 6 bears"): a match is
    /// reported, a mismatch is not, and no wording makes it firmer.
    Items,
}

/// The most numbers a list may hold, so the search stays linear.
pub(super) const WINDOW: usize = 8;

/// Words that make two neighbouring numbers something other than items of one list.
#[rustfmt::skip]
pub(super) const NOT_A_LIST: &[&str] = &[
    "from", "than", "compared", "versus", "vs", "rose", "fell", "risen", "fallen", "up", "down", "increase",
    "increased", "decrease", "decreased", "grew", "dropped", "climbed", "jumped", "per", "each", "of them",
    "of whom", "of which", "of those", "of these", "of the", "including", "previously", "bringing", "taking",
    "average",
];

/// Whether number `k` is measured in a unit ("two years", "860MW").
pub(super) fn measure(cx: &Context, k: usize) -> bool {
    cx.numbers[k].unit.as_deref().is_some_and(|u| EN.is_measure_unit(u))
}

/// Whether numbers `t` (the total) and `p` (a part) measure the same thing. Counted nouns may
/// differ (nurses and doctors of staff); measure units may not.
pub(super) fn compatible(cx: &Context, t: usize, p: usize) -> bool {
    let (a, b) = (&cx.numbers[t], &cx.numbers[p]);
    cx.usable(p)
        // A figure for each item is a rate, no part: "1,085 delegates across 31 tables, with 35
        // at every table".
        && !any_word(head(cx.low_after(p), 20), &["each", "every", "apiece"])
        && match (a.kind, b.kind) {
            (Kind::Money, Kind::Money) => cx.comparable(t, p),
            (Kind::Count, Kind::Count) => match (&a.unit, &b.unit) {
                (Some(x), Some(y)) if measure(cx, t) || measure(cx, p) => super::context::same_unit(x, y),
                _ => true,
            },
            _ => false,
        }
}

/// Whether the parts are clearly items of one partition: each is followed by the same
/// preposition ("35 in Leeds, 30 in York") or each names its own noun ("35 adults, 55 children").
pub(super) fn parallel(cx: &Context, parts: &[usize]) -> bool {
    let first_word = |k: usize| item_word(cx, parts, k);
    let w0 = first_word(parts[0]);
    let same_prep = ["in", "at", "on", "from", "for", "by", "to"].contains(&w0.as_str())
        && parts.iter().all(|&k| first_word(k) == w0);
    let units: Vec<&str> = parts.iter().filter_map(|&k| cx.numbers[k].unit.as_deref()).collect();
    let own_nouns = units.len() == parts.len()
        && units.iter().enumerate().all(|(i, u)| units[..i].iter().all(|v| !super::context::same_unit(u, v)));
    same_prep || own_nouns
}

/// Words that mark a list item's own verb: "1,600 were sold online".
pub(super) const VERBS: &[&str] =
    &["were", "was", "are", "is", "had", "have", "has", "went", "came", "will", "would", "did"];

/// Prepositions that open an item whose verb is elided: "1,100 at the box office".
pub(super) const PREPOSITIONS: &[&str] =
    &["at", "by", "in", "on", "for", "from", "to", "with", "via", "through", "into", "over"];

/// Whether the parts after the first elide the verb the first one has: "1,600 were sold online
/// and 1,100 at the box office", "388 concerned noise, 401 litter and 275 parking".
pub(super) fn elided(cx: &Context, parts: &[usize]) -> bool {
    let item = |j: usize| -> &str {
        let k = parts[j];
        let t = if j + 1 < parts.len() { cx.low_gap(k, parts[j + 1]) } else { head(cx.low_after(k), 60) };
        let t = t.split([',', ';', '.', '(', ')']).find(|x| !x.trim().is_empty()).unwrap_or("");
        t.split(" and ").next().unwrap_or(t)
    };
    let verb = |w: &str| VERBS.contains(&w) || (w.len() > 4 && w.ends_with("ed"));
    let first = item(0);
    parts.len() >= 2
        && word_iter(first).any(verb)
        && (1..parts.len()).all(|j| {
            // A bare noun may be a verb of its own ("600 work part-time"): it counts only in a
            // list of three or more; a preposition ("1,100 at the box office") always does.
            let it = item(j);
            let n = word_count(it, 6);
            // An article opens a noun as a preposition does: "618 a placebo".
            let prep =
                word_iter(it).next().is_some_and(|w| PREPOSITIONS.contains(&w) || matches!(w, "a" | "an" | "the"));
            !word_iter(it).any(verb) && ((prep && n <= 4) || (parts.len() >= 3 && (1..=2).contains(&n)))
        })
}

/// The parts listed after `first`, within sentence end `end`: commas, then one "and". Also
/// whether the list may go on past them (it stopped at a comma before a number it cannot use).
pub(super) fn parts_from(cx: &Context, t: usize, first: usize, end: usize) -> (Vec<usize>, bool) {
    let mut parts = vec![first];
    let mut k = first;
    // "£41m for the first team, £19m ...": an ordinal inside an item is no item of its own, nor
    // is its share in brackets ("£11.2m from the government (60%), £4.9m ...").
    let next = |k: usize| {
        let inner = k + 2 < end
            && match cx.numbers[k + 1].kind {
                Kind::Ordinal => !cx.usable(k + 1),
                Kind::Percent => cx.low_gap(k + 1, k + 2).starts_with(')'),
                _ => false,
            };
        k + 1 + inner as usize
    };
    while next(k) < end && parts.len() < WINDOW && compatible(cx, t, next(k)) {
        let n = next(k);
        // "110 of them boys and 130 girls": the subset words belong to the first item.
        let gap = if n > k + 1 { cx.low_gap(n - 1, n).trim_start_matches(')') } else { cx.low_gap(k, n) };
        let gap = if k == first { strip_subset(gap) } else { gap };
        match list_join(gap, 60, NOT_A_LIST) {
            Some(last) => {
                parts.push(n);
                k = n;
                if last {
                    // "410 in Manchester and 150 in Glasgow; the remaining 90 in Cardiff", or
                    // "... 21 were road collisions. The rest, 37, were false alarms."
                    let rest_next = k + 1 < cx.numbers.len() && cx.sentence_of[k + 1] == cx.sentence_of[k] + 1;
                    if (k + 1 < end || rest_next)
                        && compatible(cx, t, k + 1)
                        && rest_follows(cx.low_gap(k, k + 1), cx.low_after(k + 1))
                    {
                        parts.push(k + 1);
                        k += 1;
                    }
                    return (parts, unnumbered_rest(cx.low_after(k)));
                }
            }
            None => break,
        }
    }
    let open =
        if next(k) < end { cx.low_gap(k, next(k)).contains([',', ';']) } else { unnumbered_rest(cx.low_after(k)) };
    (parts, open)
}

/// A gap without the subset words that open it: " of them boys and " → " boys and ".
pub(super) fn strip_subset(gap: &str) -> &str {
    for w in [" of them ", " of whom ", " of which ", " of these ", " of those "] {
        if let Some(r) = gap.strip_prefix(w) {
            return r;
        }
    }
    gap
}

/// The first word after part `p` of a list, skipping a verb: "in" for "35 in Leeds", "to"
/// for "640 going to Oakfield".
pub(super) fn item_word(cx: &Context, parts: &[usize], p: usize) -> String {
    let after =
        if p + 1 < cx.numbers.len() && parts.contains(&(p + 1)) { cx.low_gap(p, p + 1) } else { cx.low_after(p) };
    let after = head(after, 60);
    let mut words = after.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string);
    let w = words.next().unwrap_or_default();
    match w.as_str() {
        "were" | "was" | "are" | "is" | "went" | "came" | "come" | "comes" | "coming" | "going" | "goes" | "go"
        | "will" | "would" => {
            let v = words.next().unwrap_or_default();
            if matches!(v.as_str(), "go" | "come" | "be") {
                words.next().unwrap_or_default()
            } else {
                v
            }
        }
        _ => w,
    }
}
/// Words that say a figure is the total of a list.
pub(super) const TOTAL_WORDS: &[&str] = &[
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
    "that makes",
    "overall",
    "all told",
    "a combined",
];

/// Whether the words around number `t` name it a total: "Combined, the two banks made $7.4bn".
pub(super) fn named_total(cx: &Context, t: usize) -> bool {
    any_word(tail(cx.low_before(t), 80), TOTAL_WORDS) || any_word(head(cx.low_after(t), 40), TOTAL_WORDS)
}

/// The claim on `n` parts of total `t`: exhaustive when its sentence counts them before it ("the
/// two banks", not "two years"), weak otherwise.
pub(super) fn counted(cx: &Context, t: usize, n: usize) -> Claim {
    let n = Rational::int(n as i64);
    let count = |k: usize| cx.usable(k) && cx.numbers[k].kind == Kind::Count && cx.numbers[k].value == n;
    match (cx.numbers_in[cx.sentence_of[t]].start..t).any(|k| count(k) && !measure(cx, k)) {
        true => Claim::Exhaustive,
        false => Claim::Weak,
    }
}
/// The scale word a figure is written with: "bn" for "$7bn", "m" for "£41m", "" for "7,000".
pub(super) fn scale_suffix(text: &str) -> &str {
    let t = text.trim_end();
    let start = t.rfind(|c: char| !c.is_ascii_alphabetic()).map_or(0, |k| k + 1);
    t.get(start..).unwrap_or("")
}

/// The values part `p` may have. A list that writes one part to a finer step than another with
/// the same scale word ("$7bn for roads ... $3.5bn for ports") states all of them to that step:
/// the writer had the decimal and would have given it, so "$7bn" there is 7.0bn, not 6.5–7.5bn.
pub(super) fn part_interval(cx: &Context, parts: &[usize], p: usize) -> Option<Interval> {
    let n = &cx.numbers[p];
    let suffix = scale_suffix(cx.text_of(p));
    if suffix.is_empty() || n.hedge.is_some() {
        return Interval::of(n);
    }
    let finest = parts
        .iter()
        .filter(|&&q| cx.numbers[q].kind == n.kind && scale_suffix(cx.text_of(q)) == suffix)
        .map(|&q| cx.numbers[q].step)
        .filter(|s| *s > Rational::ZERO)
        .min()?;
    if finest >= n.step {
        return Interval::of(n);
    }
    let mut fine = n.clone();
    fine.step = finest;
    Interval::of(&fine)
}

/// Whether a gap ties a part to its whole: "of", "out of the", "of the city's".
fn whole_of(gap: &str) -> bool {
    let g = gap.trim();
    let g = g.strip_prefix("out ").unwrap_or(g);
    let g = g.strip_prefix("of").map(str::trim_start);
    let g = g.map(|g| g.strip_prefix("the").map_or(g, str::trim_start));
    g.is_some_and(|g| g.is_empty() || (!g.contains(' ') && (g.ends_with("'s") || g.ends_with("’s"))))
}

/// Marks total `t` and its parts as read.
pub(super) fn mark(taken: &mut [bool], parts: &[usize], t: usize) {
    parts.iter().chain([&t]).for_each(|&k| taken[k] = true);
}
impl Sum {
    fn decide(&self, cx: &Context, t: usize, parts: &[usize], claim: Claim, open: bool, out: &mut Vec<Finding>) {
        let near = |p: usize| {
            let before = if p > 0 && cx.sentence_of[p - 1] == cx.sentence_of[p] {
                cx.low_gap(p - 1, p)
            } else {
                cx.low_before(p)
            };
            let after = if p + 1 < cx.numbers.len() && cx.sentence_of[p + 1] == cx.sentence_of[p] {
                cx.low_gap(p, p + 1)
            } else {
                cx.low_after(p)
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
            // "includes $7bn for roads ... and the remaining $1.5bn": the rest completes it.
            Claim::Partial if rest && !open => Claim::Exhaustive,
            c => c,
        };
        let (Some(total), Some(mut sum), Some(mut exact)) =
            (Interval::of(&cx.numbers[t]), Some(Interval::exact(Rational::ZERO)), Some(Rational::ZERO))
        else {
            return;
        };
        for &p in parts {
            let (Some(iv), Some(e)) =
                (part_interval(cx, parts, p).and_then(|i| sum.add(&i)), exact.checked_add(cx.numbers[p].value))
            else {
                return;
            };
            (sum, exact) = (iv, e);
        }
        let meets = sum.meets(&total);
        let fits = sum.lo.is_none_or(|lo| total.hi.is_none_or(|hi| lo <= hi));
        // Parts that elide the verb after the first ("388 concerned noise, 401 litter and 275
        // parking") are items of one partition: they cannot overlap, so together they cannot
        // exceed the whole, whether or not the list is complete.
        let disjoint = parallel(cx, parts) || elided(cx, parts);
        let claim = if claim == Claim::Weak && !fits && disjoint { Claim::Partial } else { claim };
        let holds = match claim {
            Claim::Exhaustive => meets,
            Claim::Partial => fits,
            Claim::Weak | Claim::Items => meets,
        };
        if !holds && (matches!(claim, Claim::Weak | Claim::Items) || (claim == Claim::Partial && !disjoint)) {
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
                if let Some(used) = self.total_first(cx, t, range.end, out) {
                    used.iter().for_each(|&k| taken[k] = true);
                    continue;
                }
                // "Forty-two of the sixty councillors backed it and the remaining eighteen voted
                // against": a part, its whole after "of", and the rest; "the other eighteen" may
                // be another group, so only a match is reported then.
                if t > range.start
                    && t + 1 < range.end
                    && !taken[t - 1]
                    && whole_of(cx.low_gap(t - 1, t))
                    && compatible(cx, t, t - 1)
                    && compatible(cx, t, t + 1)
                    && is_rest(cx.low_gap(t, t + 1), cx.low_after(t + 1))
                {
                    let claim = if cx.low_gap(t, t + 1).contains("other") { Claim::Items } else { Claim::Exhaustive };
                    self.decide(cx, t, &[t - 1, t + 1], claim, false, out);
                    mark(&mut taken, &[t - 1, t + 1], t);
                    continue;
                }
                if self.parts_then_total(cx, s, range.clone(), t, &mut taken, out) {
                    continue;
                }
                self.total_then_next(cx, s, range.clone(), t, &mut taken, out);
            }
        }
    }
}
