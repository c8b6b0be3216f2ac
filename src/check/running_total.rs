//! **running_total**: a total carried across sentences, T0 + N = T, and a total restated later
//! with the same figure.
//!
//! Matches "N more ..., taking/bringing/pushing/lifting the total to T" (or "for a total of T",
//! "cutting the total to T" for a fall) when an earlier total T0 of the same thing stands in the
//! same sentence or the one before ("had 120 cases", "the total stood at 120", "120 so far");
//! "the total is now T, up from P" with the increment N stated just before; and a whole stated
//! twice ("the 1,060 staff" ... "all 1,100 staff") with the same noun and whole-wording, when
//! nothing between says it changed. Every plausible earlier total is tried; the sum is
//! inconsistent only when none fits and one of them is clearly a total. Examples:
//! - "By Monday 120 cases had been confirmed. Another 15 were reported on Tuesday, taking the
//!   total to 135." ✓ (120 + 15 = 135)
//! - "The appeal stood at £8,400. A further £900 came in, bringing the total to £9,500." ✗:
//!   £8,400 + £900 is £9,300, not £9,500
//! - "The firm employs 1,060 staff. ... a bonus for all 1,100 staff" ✗: stated as 1,060 before
//! - "The plant had 300 workers in 2019; 40 more, taking the total to 2,000" is no running
//!   total when nothing marks 300 as the same total (neither reading is stated).

use std::sync::LazyLock;

use regex::Regex;

use super::{context::same_unit, explain, finding, Context, Interval, Rule};
use crate::number::Kind;
use crate::report::Finding;

/// The rule.
pub struct RunningTotal;

fn re(p: &str) -> Regex {
    Regex::new(p).unwrap_or_else(|_| Regex::new("$^").expect("the empty pattern compiles"))
}

/// "..., taking the total to", "for a total of", "cutting the tally to": N then T.
static TAKING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^[ a-z'-]{0,60}?,? *(?:and |which |that )?(?P<verb>taking|took|takes|bringing|brought|brings|pushing|pushed|lifting|lifted|raising|raised|putting|making|increasing|cutting|cut|reducing|reduced|lowering)(?: [a-z'-]+){0,3}? (?:total|tally|toll|count|number|figure|sum)(?: [a-z'-]+){0,2}? to(?: a| an)?(?: [a-z'-]+)? *$|^[ a-z'-]{0,60}?,? *(?:for|to|making) a (?:total|tally|combined total|grand total) of *$",
    )
});
/// Marks a number as new: "another 15", "15 more", "a further £900".
static NEW_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:^|[^a-z])(?:another|a further|further|an extra|an additional|additional|extra|a new|new)(?: [a-z'-]+)? *$")
});
static NEW_AFTER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^ *(?:[a-z'-]+ )?(?:more|new|additional|extra|further|fresh)(?:[^a-z]|$)"));
/// Marks a number as a total so far: "the total stood at 120", "120 so far", "had 120".
static TOTAL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:total|tally|toll|count|sum|so far|to date)(?: [a-z'-]+){0,3}? *$|(?:^|[^a-z])(?:had|has|stood at|reached|totalled|was|were)(?: [a-z'-]+){0,2}? *$",
    )
});
static TOTAL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^ *(?:[a-z'-]+ ){0,4}?(?:so far|to date|in total|in all|altogether|had been|have been|by (?:then|monday|tuesday|wednesday|thursday|friday|saturday|sunday))",
    )
});
/// "The total is now T, up from P".
static NOW: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:total|tally|toll|count)(?: [a-z'-]+){0,2}? (?:is now|now stands at|now stood at|has reached|has risen to|rose to|now) *$",
    )
});
static UP_FROM: LazyLock<Regex> = LazyLock::new(|| re(r"^ *,? *(?:up )?from(?: [a-z'-]+){0,2}? *$"));
/// Whole-wording: "all 1,100 staff", "the entire 1,060", "a total of 1,060", "the 1,060 staff".
static WHOLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[^a-z])(?P<strong>all|all of the|the entire|the whole|a total of|the total of|the full)? *(?P<the>the|its|their)? *$",
    )
});
/// "all 3,020 farms that replied": a part of the whole, picked out by a clause.
static RESTRICTED: LazyLock<Regex> = LazyLock::new(|| re(r"^ *[a-z'-]+ (?:that|who|which|whose|where)(?:[^a-z]|$)"));
/// Words that say a figure changed between two mentions of a whole.
static CHANGED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[^a-z])(?:now|since|then|later|earlier|before|after|until|last|next|previous|more|fewer|another|additional|new|rose|risen|fell|grew|grown|increased|decreased|cut|lost|hired|recruited|joined|left|added|expanded|shrank|reduced|up|down)(?:[^a-z]|$)",
    )
});

fn low(s: &str) -> String {
    s.to_lowercase().replace(['’', '‘'], "'")
}

fn lead(cx: &Context, i: usize) -> String {
    let n = &cx.numbers[i];
    let s = cx.sentences[cx.sentence_of[i]];
    let end = n.hedge.map_or(n.span.start, |h| h.span.start.min(n.span.start));
    low(cx.text.get(s.start..end).unwrap_or(""))
}

fn tail(s: &str, n: usize) -> &str {
    let mut k = s.len().saturating_sub(n);
    while !s.is_char_boundary(k) {
        k += 1;
    }
    &s[k..]
}

/// Same kind, same currency; counts whose units, when both are given, agree.
fn alike(cx: &Context, i: usize, j: usize) -> bool {
    let (a, b) = (&cx.numbers[i], &cx.numbers[j]);
    match (a.kind, b.kind) {
        (Kind::Money, Kind::Money) => a.currency == b.currency,
        (Kind::Count, Kind::Count) => cx.comparable(i, j),
        _ => false,
    }
}

fn is_new(cx: &Context, i: usize) -> bool {
    NEW_BEFORE.is_match(&lead(cx, i)) || NEW_AFTER.is_match(&low(cx.after(i)))
}

fn is_total(cx: &Context, i: usize) -> bool {
    TOTAL_BEFORE.is_match(tail(&lead(cx, i), 40)) || TOTAL_AFTER.is_match(&low(cx.after(i)))
}

fn major(cx: &Context, i: usize) -> Option<Interval> {
    let n = &cx.numbers[i];
    Interval::of(n)?.scale(crate::number::Rational::new(1, n.minor_units.max(1) as i128)?)
}

/// Decides `base + sign·step = total` for each candidate base; reports the first that fits, or
/// the clear total when none does.
/// `sure`: the base is stated outright ("up from P") and is decided even when it does not fit.
fn decide(cx: &Context, bases: &[usize], step: usize, total: usize, falls: bool, sure: bool, out: &mut Vec<Finding>) {
    let Some(t) = major(cx, total) else { return };
    let Some(s) = major(cx, step).and_then(|s| if falls { s.neg() } else { Some(s) }) else { return };
    let sums = bases.iter().filter_map(|&b| Some((b, major(cx, b)?.add(&s)?)));
    let fits: Vec<(usize, bool)> = sums.map(|(b, sum)| (b, sum.meets(&t))).collect();
    let chosen = fits.iter().find(|f| f.1).or_else(|| fits.iter().rev().find(|f| sure || is_total(cx, f.0)));
    let Some(&(base, holds)) = chosen else { return };
    let (bn, sn, tn) = (&cx.numbers[base], &cx.numbers[step], &cx.numbers[total]);
    let v = |n: &crate::number::Number| n.value.checked_div(crate::number::Rational::int(n.minor_units.max(1) as i128));
    let (Some(bv), Some(sv), Some(tv)) = (v(bn), v(sn), v(tn)) else { return };
    let Some(exact) = (if falls { bv.checked_sub(sv) } else { bv.checked_add(sv) }) else { return };
    let Some(in_t) = exact.checked_mul(crate::number::Rational::int(tn.minor_units.max(1) as i128)) else { return };
    let op = if falls { "−" } else { "+" };
    let lhs = format!("{} {op} {}", cx.text_of(base), cx.text_of(step));
    let message = if holds {
        format!("{lhs} = {}", cx.text_of(total))
    } else {
        format!("{lhs} is {}, not {}", explain::like(in_t, tn), cx.text_of(total))
    };
    let mut used = vec![base, step, total];
    used.sort_unstable();
    let span = cx.span(used[0], used[2]);
    out.push(finding("running_total", holds, used, tv, exact, span, message));
}

/// Candidate earlier totals for `step`: alike numbers in its sentence or the one before.
fn bases(cx: &Context, step: usize, total: usize) -> Vec<usize> {
    let s = cx.sentence_of[step];
    let from = cx.numbers_in[s.saturating_sub(1)].start.max(step.saturating_sub(8));
    (from..step).filter(|&b| cx.usable(b) && alike(cx, b, total) && !is_new(cx, b)).collect()
}

impl Rule for RunningTotal {
    fn name(&self) -> &'static str {
        "running_total"
    }

    fn description(&self) -> &'static str {
        "a total carried forward: 120 cases, then 15 more, taking the total to 135"
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let n = cx.numbers.len();
        for i in 0..n.saturating_sub(1) {
            let j = i + 1;
            let same = cx.sentence_of[i] == cx.sentence_of[j];
            if !same || !cx.usable(i) || !cx.usable(j) || !alike(cx, i, j) {
                continue;
            }
            // "N more, taking the total to T".
            let hedge_at = cx.numbers[j].hedge.map_or(cx.numbers[j].span.start, |h| h.span.start);
            let to_total = low(cx.text.get(cx.numbers[i].span.end..hedge_at).unwrap_or(""));
            if let Some(m) = TAKING.captures(&to_total) {
                let verb = m.name("verb").map_or("", |v| v.as_str());
                let falls = ["cut", "reduc", "lower"].iter().any(|w| verb.starts_with(w));
                decide(cx, &bases(cx, i, j), i, j, falls, false, out);
            }
            // "the total is now T, up from P", the increment N just before.
            if NOW.is_match(tail(&lead(cx, i), 50)) && UP_FROM.is_match(&low(cx.gap(i, j))) {
                let from = cx.numbers_in[cx.sentence_of[i].saturating_sub(1)].start.max(i.saturating_sub(8));
                let steps: Vec<usize> =
                    (from..i).filter(|&s| cx.usable(s) && is_new(cx, s) && alike(cx, s, i)).collect();
                if let [s] = steps[..] {
                    decide(cx, &[j], s, i, false, true, out);
                }
            }
        }
        restated(cx, out);
    }
}

/// A whole stated twice: "the 1,060 staff" and later "all 1,100 staff".
fn restated(cx: &Context, out: &mut Vec<Finding>) {
    let whole = |i: usize| -> Option<bool> {
        let n = &cx.numbers[i];
        if !cx.usable(i) || n.kind != Kind::Count || n.unit.is_none() || n.hedge.is_some() {
            return None;
        }
        let before = lead(cx, i);
        let m = WHOLE.captures(tail(&before, 30))?;
        let after = low(cx.after(i));
        if RESTRICTED.is_match(&after) {
            return None;
        }
        let strong = m.name("strong").is_some() || after.contains(" in total") || after.contains(" in all");
        (strong || m.name("the").is_some()).then_some(strong)
    };
    for i in 0..cx.numbers.len() {
        let Some(si) = whole(i) else { continue };
        for j in i + 1..cx.numbers.len().min(i + 9) {
            let Some(sj) = whole(j) else { continue };
            let (a, b) = (&cx.numbers[i], &cx.numbers[j]);
            let same = a.unit.as_deref().zip(b.unit.as_deref()).is_some_and(|(x, y)| same_unit(x, y));
            let between = cx.text.get(a.span.start..b.span.end).unwrap_or("");
            let kept = !CHANGED.is_match(&low(between))
                && !cx.numbers[i..=j].iter().any(|n| matches!(n.kind, Kind::Year | Kind::Date));
            if !(same && (si || sj) && kept && cx.sentence_of[i] != cx.sentence_of[j]) {
                continue;
            }
            let (Some(x), Some(y)) = (Interval::of(a), Interval::of(b)) else { continue };
            let holds = x.meets(&y);
            let unit = b.unit.as_deref().unwrap_or("");
            let message = if holds {
                format!("{} {unit} restated as {}", cx.text_of(i), cx.text_of(j))
            } else {
                format!("{} {unit} here, but {} {unit} earlier: one of the two is wrong", cx.text_of(j), cx.text_of(i))
            };
            out.push(finding("running_total", holds, vec![i, j], b.value, a.value, cx.span(i, j), message));
            break;
        }
    }
}
