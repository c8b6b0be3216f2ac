//! **change**: percentage changes, "rose 26% from 980 to 1,240", "a 35% rise from 240,000 to
//! 312,000", "1,240, up 26% on last year's 980", "£1.2m, 20% higher than the £1m of 2023",
//! "from 1,200 to 1,500, an increase of 25%".
//!
//! Matches a percentage P with a direction word beside it ("rose", "up", "a fall of", "% lower")
//! and, among the comparable quantities near it in the same sentence, a base A ("from A", "than
//! A", "on last year's A", "compared with A") and a new value B ("to B", "at B", or the subject
//! just before P). Decides (B − A) / A against ±P over the intervals the wording allows, letting
//! P be rounded either way (26.5% may be written 26%). When A and B are themselves percentages,
//! "up 4 points" is a difference, and "up 4%" is tried both as a relative change and as points.
//! Examples:
//! - "rose 26% from 980 to 1,240" ✓ (26.5%)
//! - "a 35% rise from 240,000 to 312,000" ✗: it is a 30% rise; 35% would give 324,000
//! - "support rose from 38% to 42%, up 4%" ✓ as 4 points (as a relative change it is 10.5%)
//! - "fell 10% to 1,100 from 1,000" ✗: it is a rise
//! - "rose to 5%, from 4.8%" is no stated change (no percentage beside the verb).

use super::{explain, finding, Context, Interval, Rule};
use crate::number::{HedgeKind, Kind, RangeEnd, Rational};
use crate::report::Finding;

/// The rule.
pub struct Change;

const UP: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "risen",
    "rising",
    "up",
    "increase",
    "increased",
    "increases",
    "increasing",
    "grew",
    "grow",
    "grown",
    "growth",
    "climbed",
    "climb",
    "jumped",
    "jump",
    "soared",
    "surged",
    "surge",
    "gained",
    "gain",
    "higher",
    "more",
    "boosted",
    "hike",
    "hiked",
    "raised",
    "greater",
    "larger",
    "bigger",
    "rebounded",
    "uplift",
];
const DOWN: &[&str] = &[
    "fell",
    "fall",
    "falls",
    "fallen",
    "falling",
    "down",
    "decrease",
    "decreased",
    "decreases",
    "dropped",
    "drop",
    "declined",
    "decline",
    "slumped",
    "slump",
    "plunged",
    "plunge",
    "dipped",
    "dip",
    "slid",
    "shrank",
    "shrunk",
    "cut",
    "cuts",
    "lower",
    "less",
    "fewer",
    "reduced",
    "reduction",
    "eased",
    "tumbled",
    "lost",
    "loss",
    "smaller",
];
/// Words that may stand between a direction word and its percentage: "rose by almost 5%".
const FILLER: &[&str] = &["by", "a", "an", "some", "just", "another", "further", "only", "roughly", "sharp", "steep"];

/// `+1` for a rise, `−1` for a fall, if `w` names one.
pub(super) fn direction_of(w: &str) -> Option<i8> {
    if UP.contains(&w) {
        Some(1)
    } else if DOWN.contains(&w) {
        Some(-1)
    } else {
        None
    }
}

/// Whether number `i` may take part in arithmetic. Like [`Context::usable`], but a "range"
/// whose two ends are of different kinds ("tripled to 690", "5% to £1,050") is no range: the
/// number layer pairs any two numbers joined by "to". "From A to B" may be a change too; these
/// rules use it only beside a stated change ("fell 12% from A to B").
pub(super) fn usable(cx: &Context, i: usize) -> bool {
    let n = &cx.numbers[i];
    let partner = match n.range {
        None => return n.kind.is_quantity(),
        Some(RangeEnd::Low) => i + 1,
        Some(RangeEnd::High) => i.wrapping_sub(1),
    };
    if partner >= cx.numbers.len() {
        return n.kind.is_quantity();
    }
    let low = if n.range == Some(RangeEnd::Low) { i } else { partner };
    let from = ends_with_phrase(&lead(cx, low), "from");
    n.kind.is_quantity() && (from || cx.numbers.get(partner).is_some_and(|o| o.kind != n.kind))
}

/// Whether numbers `a` and `b` are joined by "to" alone, perhaps after `a`'s unit ("41mm to 88mm").
pub(super) fn joined_by_to(cx: &Context, a: usize, b: usize) -> bool {
    let gap = between(cx, a, b);
    let w = words(&gap);
    let unit = cx.numbers[a].unit.as_deref().unwrap_or("");
    w.last() == Some(&"to") && (w.len() == 1 || (w.len() == 2 && w[0] == unit)) && !gap.contains([',', ';'])
}

/// Where number `i` starts, counting a hedge written before it ("more than 20").
pub(super) fn start_of(cx: &Context, i: usize) -> usize {
    let n = &cx.numbers[i];
    n.hedge.map_or(n.span.start, |h| h.span.start.min(n.span.start))
}

/// The lower-case text of `i`'s sentence between the previous number (or the sentence start) and `i`.
pub(super) fn lead(cx: &Context, i: usize) -> String {
    if i >= cx.numbers.len() {
        return String::new();
    }
    let s = cx.sentences[cx.sentence_of[i]];
    let from = if i > 0 && cx.sentence_of[i - 1] == cx.sentence_of[i] { cx.numbers[i - 1].span.end } else { s.start };
    cx.text.get(from..start_of(cx, i).max(from)).unwrap_or("").to_lowercase()
}

/// The lower-case text between numbers `i` and `j`, ignoring `j`'s hedge.
pub(super) fn between(cx: &Context, i: usize, j: usize) -> String {
    if i >= cx.numbers.len() || j >= cx.numbers.len() {
        return String::new();
    }
    let (a, b) = (cx.numbers[i].span.end, start_of(cx, j));
    cx.text.get(a..b.max(a)).unwrap_or("").to_lowercase()
}

/// The lower-case text of `i`'s sentence after it, up to the next number or the sentence end.
pub(super) fn tail(cx: &Context, i: usize) -> String {
    let s = cx.sentences[cx.sentence_of[i]];
    let to = if i + 1 < cx.numbers.len() && cx.sentence_of[i + 1] == cx.sentence_of[i] {
        start_of(cx, i + 1)
    } else {
        s.end
    };
    cx.text.get(cx.numbers[i].span.end..to.max(cx.numbers[i].span.end)).unwrap_or("").to_lowercase()
}

/// The words of a text: runs of letters, digits, hyphens and apostrophes.
pub(super) fn words(t: &str) -> Vec<&str> {
    t.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-')).filter(|w| !w.is_empty()).collect()
}

/// Whether the words of `t` end with the phrase `p` (words separated by single spaces).
pub(super) fn ends_with_phrase(t: &str, p: &str) -> bool {
    let w = words(t);
    let p: Vec<&str> = p.split(' ').collect();
    w.len() >= p.len() && w[w.len() - p.len()..] == p[..]
}

/// The direction a percentage states: "rose 5%", "a rise of 5%", "5% lower".
fn direction(cx: &Context, p: usize) -> Option<i8> {
    let lead = lead(cx, p);
    let before = words(&lead);
    let mut k = before.len();
    let mut skipped = 0;
    while k > 0 && FILLER.contains(&before[k - 1]) && skipped < 2 {
        k -= 1;
        skipped += 1;
    }
    if k > 0 {
        if before[k - 1] == "of" && k > 1 && !matches!(before[k - 2], "more" | "less" | "higher" | "lower") {
            if let Some(d) = direction_of(before[k - 2]) {
                return Some(d);
            }
        } else if let Some(d) = direction_of(before[k - 1]) {
            return Some(d);
        } else if k < before.len() && before[k] == "by" {
            // "cut emissions by 40%", "raised the cap by 5%": the verb may stand a noun away.
            if let Some(d) = before[k.saturating_sub(3)..k].iter().rev().find_map(|w| direction_of(w)) {
                return Some(d);
            }
        }
    }
    let tail = tail(cx, p);
    let after = words(&tail);
    let first = after.iter().find(|w| !matches!(**w, "year-on-year" | "annual" | "overall" | "a" | "year"))?;
    direction_of(first).filter(|_| !tail.trim_start().starts_with("of"))
}

/// Whether the text before a number marks it as the base of a change.
fn is_base(t: &str) -> bool {
    let t = t.trim_end_matches([' ', '(', ',']);
    let t = t.strip_suffix(" the").or_else(|| t.strip_suffix(" a")).unwrap_or(t);
    ["from", "than", "on", "compared with", "compared to", "against", "versus", "vs", "over"]
        .iter()
        .any(|p| ends_with_phrase(t, p))
        || words(t).last().is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"))
        || (words(t).iter().any(|w| matches!(*w, "than" | "compared")) && ends_with_phrase(t, "of"))
}

/// Whether the text before a number marks it as the new value: "to B", "at B", "reaching B".
fn is_new(t: &str) -> bool {
    ["to", "at", "reaching", "reached", "hitting", "of just"].iter().any(|p| ends_with_phrase(t, p))
}

/// Whether the words between two numbers hold another clause.
fn clause_break(t: &str) -> bool {
    t.contains(';') || words(t).len() > 7 || words(t).iter().any(|w| matches!(*w, "while" | "but" | "whereas" | "and"))
}

/// A stated percentage as an interval: a plain figure may be rounded or cut short (26.5% as 26%).
pub(super) fn claim(n: &crate::number::Number) -> Option<Interval> {
    if n.hedge.is_none() && n.step > Rational::ZERO {
        let half = n.step.checked_div(Rational::int(2))?;
        return Some(Interval::between(n.value.checked_sub(half)?, n.value.checked_add(n.step)?));
    }
    Interval::of(n)
}

/// The base and new value of the change that percentage `p` states, if the sentence gives them.
fn roles(cx: &Context, p: usize) -> Option<(usize, usize)> {
    let range = cx.numbers_in[cx.sentence_of[p]].clone();
    let (lo, hi) = (range.start.max(p.saturating_sub(4)), range.end.min(p + 5));
    let ok = |k: usize| k != p && usable(cx, k) && cx.numbers[k].kind != Kind::PercentagePoints;
    let pair = |a: usize, b: usize| ok(a) && ok(b) && cx.comparable(a, b);
    // "from A to B", nearest to P first.
    let mut pairs: Vec<usize> = (lo..hi.saturating_sub(1)).filter(|&a| pair(a, a + 1)).collect();
    pairs.sort_by_key(|&a| a.abs_diff(p));
    for a in pairs {
        let joined = joined_by_to(cx, a, a + 1);
        let from = ends_with_phrase(&lead(cx, a), "from") || ends_with_phrase(&lead(cx, a), "between");
        let then = a + 2 == p && !clause_break(&between(cx, a + 1, p));
        if joined && (from || then) {
            return Some((a, a + 1));
        }
    }
    // A base marked by "from", "than", "on last year's"; a new value marked or just before P.
    let base = (lo..hi).filter(|&k| ok(k) && is_base(&lead(cx, k))).min_by_key(|&k| k.abs_diff(p))?;
    let marked = (lo..hi).filter(|&k| k != base && pair(base, k) && is_new(&lead(cx, k)));
    let marked = marked.min_by_key(|&k| k.abs_diff(p));
    let subject = (lo..p).rev().find(|&k| k != base && pair(base, k) && !clause_break(&between(cx, k, p)));
    let new = marked.or(subject.filter(|&k| !is_base(&lead(cx, k))))?;
    Some((base, new))
}

fn pct(v: Rational) -> String {
    explain::plain(v, 1)
}

impl Rule for Change {
    fn name(&self) -> &'static str {
        "change"
    }

    fn description(&self) -> &'static str {
        "percentage changes such as rose 26% from 980 to 1,240"
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        for p in 0..cx.numbers.len() {
            let pn = &cx.numbers[p];
            if !usable(cx, p) || !matches!(pn.kind, Kind::Percent | Kind::PercentagePoints) {
                continue;
            }
            let Some(dir) = direction(cx, p) else { continue };
            let Some((a, b)) = roles(cx, p) else { continue };
            if let Some(f) = decide(cx, p, dir, a, b) {
                out.push(f);
            }
        }
    }
}

/// Decides one change and writes its finding.
fn decide(cx: &Context, p: usize, dir: i8, a: usize, b: usize) -> Option<Finding> {
    let (pn, an, bn) = (&cx.numbers[p], &cx.numbers[a], &cx.numbers[b]);
    let (ia, ib, ip) = (Interval::of(an)?, Interval::of(bn)?, claim(pn)?);
    let hundred = Rational::int(100);
    let signed = if dir < 0 { ip.neg()? } else { ip };
    let stated = if dir < 0 { pn.value.checked_neg()? } else { pn.value };
    let rel_exact = bn.value.checked_sub(an.value)?.checked_div(an.value)?.checked_mul(hundred)?;
    let rel = ib.div(&ia)?.sub(&Interval::exact(Rational::ONE))?.scale(hundred)?;
    let diff_exact = bn.value.checked_sub(an.value)?;
    let diff = ib.sub(&ia)?;
    let percents = an.kind == Kind::Percent && bn.kind == Kind::Percent;
    let points = pn.kind == Kind::PercentagePoints || pn.unit.as_deref().is_some_and(|u| u.starts_with("point"));
    if points && !percents {
        return None;
    }
    let (ta, tb, tp) = (cx.text_of(a), cx.text_of(b), cx.text_of(p));
    let (first, last) = (a.min(b).min(p), a.max(b).max(p));
    let span = cx.span(first, last);
    let word = |v: Rational| if v.is_negative() { "fall" } else { "rise" };
    let rel_holds = !points && rel.meets(&signed);
    let plain = if dir < 0 { Interval::of(pn)?.neg()? } else { Interval::of(pn)? };
    let pts_holds = percents && diff.meets(&plain);
    let (holds, computed, message) = if points {
        let m = if pts_holds {
            format!(
                "from {ta} to {tb} is a {} of {} percentage points, as stated ({tp})",
                word(diff_exact),
                pct(diff_exact.checked_abs()?)
            )
        } else {
            format!(
                "from {ta} to {tb} is a {} of {} percentage points, not {tp}",
                word(diff_exact),
                pct(diff_exact.checked_abs()?)
            )
        };
        (pts_holds, diff_exact, m)
    } else if rel_holds {
        let m =
            format!("from {ta} to {tb} is a {}% {}, as stated ({tp})", pct(rel_exact.checked_abs()?), word(rel_exact));
        (true, rel_exact, m)
    } else if pts_holds {
        let m = format!(
            "from {ta} to {tb} holds as {} percentage points; as a relative change it is a {}% {}",
            pct(diff_exact.checked_abs()?),
            pct(rel_exact.checked_abs()?),
            word(rel_exact)
        );
        (true, diff_exact, m)
    } else {
        let dir_word = if dir < 0 { "fall" } else { "rise" };
        let wrong_way = rel_exact.is_negative() != (dir < 0) && !rel_exact.is_zero();
        let mut m = if wrong_way {
            format!(
                "from {ta} to {tb} is a {}% {}, not a {dir_word} of {tp}",
                pct(rel_exact.checked_abs()?),
                word(rel_exact)
            )
        } else {
            format!("from {ta} to {tb} is a {}% {}, not {tp}", pct(rel_exact.checked_abs()?), word(rel_exact))
        };
        if percents {
            let tp = pct(pn.value);
            m.push_str(&format!(" (nor {tp} percentage points: the difference is {})", pct(diff_exact)));
        } else if pn.hedge.is_none_or(|h| h.kind == HedgeKind::About) {
            let factor = hundred.checked_add(stated)?.checked_div(hundred)?;
            let want = an.value.checked_mul(factor)?;
            m.push_str(&format!("; a {tp} {dir_word} from {ta} would give {}", explain::like(want, bn)));
        }
        (false, rel_exact, m)
    };
    let exact_signed = if pts_holds && !rel_holds { diff_exact } else { rel_exact };
    let message = if holds && !signed.contains(exact_signed) {
        format!("{message}, allowing for rounding in the figures")
    } else {
        message
    };
    let mut used = vec![a, b, p];
    used.sort_unstable();
    Some(finding("change", holds, used, stated, computed, span, message))
}
