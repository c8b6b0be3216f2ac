//! **average**: a total, what it is spread over, and the average or rate the text gives: "369
//! people in 7 boats, about 53 per boat", "£2.4m for 120 families, or £20,000 each", "1,200 cars
//! over 8 hours, 150 per hour", "12 staff earning a total of £360,000, £30,000 on average".
//!
//! Matches an average `A` marked by "each", "apiece", "per X", "a head", "on average" or "an
//! average of", "averaging" before it, right after the two quantities it comes from: a total `T`
//! measured like `A`, and a count `N` of what it is spread over. With "per boat" `N` must count
//! boats; with "each" or "per head" `N` must count some noun. `T` and `N` must be tied by "for",
//! "across", "in", "over" ... (total first) or by "a total of", "earning", "spends" ... (count
//! first), and only average words may stand between them and `A`. Decides `T ÷ N` against `A`
//! over intervals: "an average of 53" allows 52.5–53.5, "about 53" a tenth either side. Examples:
//! - "369 people in 7 boats, about 53 per boat" ✓
//! - "£2.4m for 120 families, or £25,000 each" ✗: £2.4m ÷ 120 is £20,000, not £25,000
//! - "£3m will go to 40 projects, with grants of £10,000 each" states no average of the £3m.

use std::sync::LazyLock;

use regex::Regex;

use super::context::same_unit;
use super::{explain, finding, Context, Interval, Rule};
use crate::number::{Kind, Number, Rational};
use crate::report::Finding;

/// The rule.
pub struct Average;

/// An average marker after the number: "each", "per boat", "a head", "on average".
static AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(each|apiece|on average|for each|per head|per capita|per person|a head|a person)|(?:per|an?) ([a-z]+))(?:[^a-z]|$)")
        .expect("valid regex")
});

/// An average marker before the number: "an average of", "averaging", "each receiving".
static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^a-z])(?:an average of|average of|averaging|on average|a mean of|mean of|an average|each (?:receiving|received|getting|got|earning|earned|paying|paid|costing|carrying|carried))\s*$")
        .expect("valid regex")
});

/// Words that tie a total to what it is spread over, total first: "£2.4m for 120 families".
const TOTAL_FIRST: &[&str] = &[
    "for", "across", "among", "amongst", "between", "in", "over", "on", "to", "by", "into", "spread", "shared", "split",
];
/// Words that tie a count to its total, count first: "12 staff earning a total of £360,000".
const COUNT_FIRST: &str = concat!(
    "total combined together between spend spends spent earn earns earning earned receive received ",
    "cost costs paid pay raised shared carried carry produced scored collected used consumed covered ",
    "travelled owe owed"
);
/// Words that may stand between the total or count and the average.
const TAIL: &str = concat!(
    "or an average of averaging at some just that is equivalent to which works work out comes means ",
    "mean a the giving each rate per on making roughly around about approximately i.e. year month ",
    "week day annually receiving getting earning paying costing"
);
/// Per-words that stand for any counted noun: "£25 per head", "£20,000 each".
const GENERIC: &[&str] =
    &["each", "apiece", "on average", "for each", "per head", "per capita", "per person", "a head", "a person"];

/// The text between numbers `i` and `j`, lower case, ending before `j`'s hedge unless that
/// hedge is the preposition "over" ("1,200 cars over 8 hours").
fn between(cx: &Context, i: usize, j: usize) -> String {
    let (a, n) = (cx.numbers[i].span.end, &cx.numbers[j]);
    let b = n
        .hedge
        .filter(|h| h.span.start >= a && h.span.start < n.span.start && !is_over(cx, n))
        .map_or(n.span.start, |h| h.span.start);
    cx.text.get(a..b).unwrap_or("").to_lowercase()
}

/// Whether a number's hedge is "over", which before a divisor means "spread over".
fn is_over(cx: &Context, n: &Number) -> bool {
    n.hedge.is_some_and(|h| h.span.of(cx.text).eq_ignore_ascii_case("over"))
}

/// Whether a space-separated word list holds `w`.
fn has(list: &str, w: &str) -> bool {
    list.split(' ').any(|x| x == w)
}

fn words(s: &str) -> Vec<&str> {
    s.split(|c: char| !(c.is_ascii_lowercase() || matches!(c, '.' | '\'' | '-'))).filter(|w| !w.is_empty()).collect()
}

/// What the average is per: `Some(None)` for any counted noun, `Some(Some(noun))` for "per boat".
fn marker(cx: &Context, a: usize) -> Option<Option<String>> {
    let n = &cx.numbers[a];
    let after = cx.after(a).to_lowercase();
    let mut rest = after.trim_start();
    if let Some(u) = n.unit.as_deref().filter(|_| n.kind == Kind::Count) {
        rest = rest.strip_prefix(u).map_or(rest, str::trim_start);
    }
    if let Some(c) = AFTER.captures(rest) {
        return Some(c.get(2).map(|m| m.as_str().to_string()).filter(|w| !GENERIC.contains(&w.as_str())));
    }
    let before = cx.text.get(cx.sentences[cx.sentence_of[a]].start..n.hedge.map_or(n.span.start, |h| h.span.start));
    BEFORE.is_match(&before.unwrap_or("").to_lowercase()).then_some(None)
}

/// Whether a per-word names what a count counts; "-es" plurals too ("per match", "38 matches").
fn same_noun(w: &str, u: &str) -> bool {
    same_unit(w, u) || u.strip_suffix("es") == Some(w)
}

/// Whether count `k` counts what the average is per.
fn divides(cx: &Context, k: usize, per: &Option<String>) -> bool {
    let n = &cx.numbers[k];
    if n.kind != Kind::Count || !cx.usable(k) {
        return false;
    }
    match (per, &n.unit) {
        (Some(w), Some(u)) => same_noun(w, u) || n.noun.as_deref().is_some_and(|x| same_noun(w, x)),
        (None, Some(u)) => n.noun.as_deref() == Some(u.as_str()),
        _ => false,
    }
}

/// `a ÷ b` for positive intervals, keeping an unbounded end unbounded.
fn ratio(a: &Interval, b: &Interval) -> Option<Interval> {
    let (blo, bhi) = (b.lo?, b.hi?);
    if blo <= Rational::ZERO || a.lo.is_some_and(|x| x.is_negative()) {
        return None;
    }
    let lo = a.lo.map_or(Some(Rational::ZERO), |x| x.checked_div(bhi))?;
    let hi = match a.hi {
        Some(x) => Some(x.checked_div(blo)?),
        None => None,
    };
    Some(Interval { lo: Some(lo), hi })
}

impl Average {
    /// The (total, count) reading of the two numbers before average `a`, if exactly one fits.
    fn roles(&self, cx: &Context, x: usize, y: usize, a: usize, per: &Option<String>) -> Option<(usize, usize)> {
        let gap = between(cx, x, y);
        let gw = words(&gap);
        if gw.len() > 6 || gap.contains([';', '.', '(']) {
            return None;
        }
        let total =
            |t: usize| cx.usable(t) && cx.comparable(t, a) && matches!(cx.numbers[t].kind, Kind::Count | Kind::Money);
        // "a population of 5.5 million": a count of people, whatever word follows it.
        let people = |k: usize| {
            cx.usable(k)
                && cx.numbers[k].kind == Kind::Count
                && cx.before(k).to_lowercase().trim_end().ends_with("population of")
        };
        let total_first =
            total(x) && (divides(cx, y, per) || people(y)) && (people(y) || gw.iter().any(|w| TOTAL_FIRST.contains(w)));
        let count_first =
            total(y) && (divides(cx, x, per) || people(x)) && (people(x) || gw.iter().any(|w| has(COUNT_FIRST, w)));
        match (total_first, count_first) {
            (true, false) => Some((x, y)),
            (false, true) => Some((y, x)),
            _ => None,
        }
    }

    fn check_at(&self, cx: &Context, a: usize, out: &mut Vec<Finding>) -> Option<()> {
        let avg = &cx.numbers[a];
        if a < 2 || !cx.usable(a) || !matches!(avg.kind, Kind::Count | Kind::Money) {
            return None;
        }
        let (x, y) = (a - 2, a - 1);
        if cx.sentence_of[x] != cx.sentence_of[a] {
            return None;
        }
        let per = marker(cx, a)?;
        // Only average words, the last number's noun and punctuation between it and the average.
        let last = &cx.numbers[y];
        let tail = between(cx, y, a);
        let own = |w: &str| [&last.unit, &last.noun].iter().any(|u| u.as_deref().is_some_and(|u| w.starts_with(u)));
        let tw = words(&tail);
        // Words before the noun describe it ("7 new buses"); one other word may follow "on" or
        // "for" ("£1.3m on libraries, or £25 per head").
        let noun_at = tw.iter().position(|w| own(w)).filter(|&p| p <= 2).unwrap_or(0);
        let odd: Vec<usize> = (noun_at..tw.len()).filter(|&k| !has(TAIL, tw[k]) && !own(tw[k])).collect();
        let odd_ok = match odd[..] {
            [] => true,
            [k] => k > 0 && matches!(tw[k - 1], "on" | "for"),
            _ => false,
        };
        if tw.len() > 7 || tail.contains([';', '.']) || !odd_ok {
            return None;
        }
        let (t, n) = self.roles(cx, x, y, a, &per)?;
        let (total, count) = (&cx.numbers[t], &cx.numbers[n]);
        let count_iv = if is_over(cx, count) {
            Interval::of(&Number { hedge: None, ..count.clone() })?
        } else {
            Interval::of(count)?
        };
        let computed = ratio(&Interval::of(total)?, &count_iv)?;
        let holds = computed.meets(&Interval::of(avg)?);
        let exact = total.value.checked_div(count.value)?;
        let (tt, nt, at) = (cx.text_of(t), cx.text_of(n), cx.text_of(a));
        let hedge = avg.hedge.map_or(String::new(), |h| format!("{} ", h.span.of(cx.text).to_lowercase()));
        let message = if holds && exact == avg.value {
            format!("{tt} ÷ {nt} = {at}")
        } else if holds {
            format!("{tt} ÷ {nt} = {}, stated as {hedge}{at}", explain::like(exact, avg))
        } else {
            let implied = avg.value.checked_mul(count.value)?;
            format!(
                "{tt} ÷ {nt} is {}, not {at}; {at} each would make a total of {}",
                explain::like(exact, avg),
                explain::like(implied, total)
            )
        };
        let mut used = vec![t, n, a];
        used.sort_unstable();
        out.push(finding(self.name(), holds, used, avg.value, exact, cx.span(x, a), message));
        Some(())
    }
}

impl Rule for Average {
    fn name(&self) -> &'static str {
        "average"
    }

    fn description(&self) -> &'static str {
        "a total, what it is spread over and the average: £2.4m for 120 families, or £20,000 each"
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        for a in 0..cx.numbers.len() {
            let _ = self.check_at(cx, a, out);
        }
    }
}
