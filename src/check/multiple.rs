//! **multiple**: multiplied quantities, "doubled from £2.1m to £4.3m", "cases tripled to 3,600",
//! "1,200, three times the 400 of 2019", "twice as many nurses (4,000) as doctors (2,000)",
//! "a tenfold rise from 12 to 120", "halved from 3,400 to 1,700".
//!
//! Matches a multiplier M (kind `multiplier`) and two comparable quantities near it in the same
//! sentence: "from A to B" beside M; "M to B" with A the subject before M (or "from A" after);
//! "B, M the A" / "B is M as many as A" / "M more than A" (B may open the sentence, "At B, the
//! crop is M the A"); after a colon, or after "M as fast as ...," and a few words, "B against
//! A" (a speed's multiple divides times in seconds or minutes the other way); and
//! "M since YEAR, when ... A; today ... B", in that sentence or the next. "Up three times" (a
//! count of times after "up") is a multiplier too. Decides B / A against M: verbal
//! multipliers are a little approximate, so M holds within a twentieth either way (beyond it
//! writers hedge: "more than doubled", "nearly tripled"), and a large one ("tenfold", five or
//! more) within a tenth, being rounder; "about" allows a fifth,
//! "nearly" up to a sixth below and nothing above, "more than"/"at least" anything from M up.
//! "Three times more than" is read both as ×3 and ×4. Examples:
//! - "doubled from £2.1m to £4.3m" ✓ (×2.05)
//! - "tripled from 1,200 to 2,900" ✗: that is ×2.42; tripling 1,200 gives 3,600
//! - "more than doubled from 18,400 to 36,100" ✗: ×1.96 is not more than double
//! - "twice as many as last year" states no numbers to check.

use super::change::{direction_of, joined_by_to, usable};
use super::context::{any_word, ends_with_phrase, word_count, words};
use super::{explain, finding, Context, Interval, Rule};
use crate::number::{HedgeKind, Kind, Number, Rational};
use crate::report::Finding;

/// The rule.
pub struct Multiple;

/// Units of time: a count of them is never what is multiplied ("in 12 months, cases doubled").
const TIME_UNITS: &[&str] = &["year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours"];

/// Whether two numbers can be the two ends of a multiplication.
fn pair(cx: &Context, a: usize, b: usize) -> bool {
    // A unit of time straight after the number, not the end of a compound ("1,540 gigawatt hours").
    let timed = |k: usize| {
        cx.numbers[k]
            .unit
            .as_deref()
            .is_some_and(|u| TIME_UNITS.contains(&u) && cx.low_after(k).trim_start().starts_with(u))
    };
    a != b
        && !pronoun(cx, a)
        && !pronoun(cx, b)
        && usable(cx, a)
        && usable(cx, b)
        && cx.comparable(a, b)
        && !timed(a)
        && !timed(b)
        && ![a, b]
            .iter()
            .any(|&k| matches!(cx.numbers[k].kind, Kind::Multiplier | Kind::Fraction | Kind::PercentagePoints))
}

/// Whether number `k` is the pronoun "one" ("the old one"), no figure of a comparison.
fn pronoun(cx: &Context, k: usize) -> bool {
    cx.numbers[k].unit.is_none() && cx.text_of(k).eq_ignore_ascii_case("one")
}

/// Whether the words between two numbers hold another clause.
fn clause_break(t: &str, most: usize) -> bool {
    let w = words(t);
    t.contains(';') || w.len() > most || w.iter().any(|w| matches!(*w, "while" | "but" | "whereas" | "and" | "which"))
}

/// Whether only the years of the change stand between `m` and `a`: "doubled between 1990 and
/// 2020, from 45,000 to 90,000".
fn years_between(cx: &Context, m: usize, a: usize) -> bool {
    const GLUE: &[&str] = &["between", "and", "from", "in", "since", "over", "the", "to", "during", "of"];
    (m + 1..a).all(|k| matches!(cx.numbers[k].kind, Kind::Year))
        && a > m + 1
        && !cx.between(m, a).contains(';')
        && words(&cx.between(m, a)).iter().all(|w| GLUE.contains(w) || w.bytes().all(|b| b.is_ascii_digit()))
}

/// Words after a multiplier that make it one of speed: a multiple of times in seconds or
/// minutes inverts.
const SPEED: &[&str] = &["fast", "faster", "quick", "quicker"];

/// Words after M that introduce the base it multiplies: "three times the 400", "twice as many as 80".
const BASE_LEADS: &[&str] = &[
    "the",
    "as",
    "that",
    "what",
    "more than",
    "higher than",
    "larger than",
    "bigger than",
    "greater than",
    "its",
    "their",
    "over",
    "on",
    "last year's",
    "last season's",
    "the previous",
];

/// The base A and result B that multiplier `m` relates, if the sentence states them.
fn roles(cx: &Context, m: usize) -> Option<(usize, usize)> {
    let range = cx.numbers_in[cx.sentence_of[m]].clone();
    let (lo, hi) = (range.start.max(m.saturating_sub(4)), range.end.min(m + 5));
    // "doubled from A to B", "from A to B, a threefold rise", "B, up from A, a threefold rise".
    for k in lo..hi.saturating_sub(1) {
        let back = ends_with_phrase(cx.lead(k + 1), "up from") || ends_with_phrase(cx.lead(k + 1), "down from");
        let (a, b) = if back { (k + 1, k) } else { (k, k + 1) };
        if !pair(cx, a, b) || !back && (!joined_by_to(cx, a, b) || !ends_with_phrase(cx.lead(a), "from")) {
            continue;
        }
        let near = if k > m {
            !clause_break(&cx.between(m, k), 10) || years_between(cx, m, k)
        } else {
            !clause_break(&cx.between(k + 1, m), 6)
        };
        if near && a != m && b != m {
            return Some((a, b));
        }
    }
    let next = (m + 1 < hi).then_some(m + 1);
    // "doubled in five years to 84,000": the span of time the change took stands between.
    let span_of_time = |k: usize| {
        cx.numbers[k].unit.as_deref().is_some_and(|u| TIME_UNITS.contains(&u))
            && match words(cx.lead(k)).as_slice() {
                ["in"] | ["over"] | ["in", "the", "last"] | ["over", "the", "past"] | ["in", "just"] | ["within"] => {
                    true
                }
                // "over six months": "over" read as the number's hedge.
                [] => cx.numbers[k].hedge.is_some_and(|h| h.span.of(cx.text).eq_ignore_ascii_case("over")),
                _ => false,
            }
    };
    let to_b = next.map(|b| if span_of_time(b) && b + 1 < hi { b + 1 } else { b });
    // "M to B", with A before M or "from A" after B; a span of time in words may come first
    // ("halved in a year, to 1,150 from 2,300").
    let to_lead = |b: usize| {
        let w = words(cx.lead(b));
        ends_with_phrase(cx.lead(b), "to")
            && (w.len() <= 3 || w.len() <= 6 && TIME_LEADS.contains(&w[0]) && !clause_break(cx.lead(b), 6))
    };
    if let Some(b) = to_b.filter(|&b| to_lead(b)) {
        let from = (b + 1 < hi).then_some(b + 1).filter(|&a| ends_with_phrase(cx.lead(a), "from"));
        let subject = (lo..m).rev().find(|&a| pair(cx, a, b) && !clause_break(&cx.between(a, m), 6));
        return from.filter(|&a| pair(cx, a, b)).or(subject).map(|a| (a, b));
    }
    // "B, M the A", "B is M as many as A", "M as many nurses (B) as doctors (A)".
    let a = next?;
    let gap = cx.lead(a);
    // "a tenfold increase on the 9,600": the noun of change before the base's own words.
    let gap = gap.trim();
    let gap =
        gap.split_once(' ').filter(|(w, r)| r.starts_with("on ") && direction_of(w).is_some()).map_or(gap, |(_, r)| r);
    if !BASE_LEADS.iter().any(|p| gap.strip_prefix(p).is_some_and(|r| r.is_empty() || r.starts_with(' ')))
        || words(gap).len() > 8
    {
        return None;
    }
    let inner = (gap.starts_with("as many") || gap.starts_with("as much")) && !words(gap)[2..].contains(&"as");
    if inner {
        let base = (a + 1 < hi).then_some(a + 1)?;
        let g = cx.lead(base);
        return (pair(cx, base, a) && words(g).first() == Some(&"as") && words(g).len() <= 4).then_some((base, a));
    }
    // "eight times what it spent five years ago, when it paid £400,000": the base after the
    // time it is dated by.
    // "a quarter the size of the old one, which held eight million": past the pronoun too.
    let dated = |k: usize| {
        cx.numbers[k].kind == Kind::Year
            || cx.numbers[k].unit.as_deref().is_some_and(|u| TIME_UNITS.contains(&u))
            || pronoun(cx, k)
    };
    let a = if dated(a) && a + 1 < hi && words(cx.lead(a + 1)).len() <= 6 && !cx.lead(a + 1).contains(';') {
        a + 1
    } else {
        a
    };
    // "At 1,450 tonnes, this year's crop is nearly three times the 620": the result opens the
    // sentence with "at", and its subject follows.
    // "250,000 visitors came in the first six weeks, five times the 50,000": after a comma, the
    // multiple is set beside the figure of the clause before it.
    let comma = cx.lead(m).trim_end().ends_with(',');
    let most = |b: usize| {
        if cx.lead(b).trim() == "at" {
            14
        } else if comma {
            9
        } else {
            6
        }
    };
    let b = (lo..m).rev().find(|&b| pair(cx, a, b) && !clause_break(&cx.between(b, m), most(b)))?;
    Some((a, b))
}

/// Words that open a span of time between a multiplier and "to B": "halved in a year, to".
const TIME_LEADS: &[&str] = &["in", "over", "within", "during", "since", "after"];

/// Whether fraction `m` compares two quantities rather than taking a share: "half that of",
/// "a third of what it was", "a quarter the size of".
fn fraction_multiplier(cx: &Context, m: usize) -> bool {
    let n = &cx.numbers[m];
    if n.kind != Kind::Fraction {
        return false;
    }
    let t = cx.tail(m).trim_start();
    n.range.is_none()
        && n.value < Rational::ONE
        && FRACTION_BASES.iter().any(|p| t.starts_with(p) && t[p.len()..].starts_with([' ', ',', ':']))
}

/// What follows a fraction that multiplies a base rather than taking a share of a whole.
const FRACTION_BASES: &[&str] = &[
    "that of",
    "those of",
    "of that of",
    "what",
    "of what",
    "the size of",
    "the level of",
    "the number of",
    "as many",
    "as much",
];

/// Words that set a figure against the one before it: "84 against 42".
const AGAINST: &[&str] =
    &["against", "versus", "vs", "to", "compared with", "compared to", "up from", "down from", "from"];

/// Words before a rate's denominator, which is no figure of the comparison: "84 per 1,000 homes".
const PER: &[&str] = &["per", "a", "every", "for every", "in every"];

/// "X's rate is twice Y's: 84 offences per 1,000 homes against 42": the multiplier first, then
/// after a colon or dash the two figures it compares, the result set against the base.
fn stated_after(cx: &Context, m: usize) -> Option<(usize, usize)> {
    let end = cx.numbers_in[cx.sentence_of[m]].end;
    // The years that date the base stand before the colon: "4.5 times what it was in 2015:".
    let a = (m + 1..end.min(m + 4)).find(|&k| cx.numbers[k].kind != Kind::Year && !pronoun(cx, k))?;
    let gap = cx.between(m, a);
    // After "as fast as", "as many as", a comma too, and a few words may lead to the figures:
    // "four times as fast as its predecessor, completing the benchmark in 2.5 seconds against 12".
    let as_ = gap.trim_start().starts_with("as ");
    let (lead_in, rest) = gap.rsplit_once([':', '—', '–']).or_else(|| gap.rsplit_once(',').filter(|_| as_))?;
    let few = if as_ { 5 } else { 0 };
    let opens_clause = words(&gap).iter().any(|w| matches!(*w, "while" | "but" | "whereas" | "and" | "which" | "with"));
    if words(lead_in).len() > 14 || words(rest).len() > few || gap.contains(';') || opens_clause {
        return None;
    }
    let per = |k: usize| PER.iter().any(|p| ends_with_phrase(cx.lead(k), p));
    let b = if a + 2 < end && per(a + 1) { a + 2 } else { a + 1 };
    (b < end && set_against(cx.lead(b)) && pair(cx, a, b)).then_some((b, a))
}

/// "have roughly quadrupled since 1998, when the average was £72,000; today it is £340,000",
/// "nearly halved since 2020. A flat that cost £1,400 a month then now lets for £950": the
/// base after the year "since" names, the result after "now" or "today", in the same sentence
/// or the next.
fn since(cx: &Context, m: usize) -> Option<(usize, usize)> {
    let y = m + 1;
    if cx.numbers.get(y)?.kind != Kind::Year || cx.lead(y).trim() != "since" {
        return None;
    }
    let s = cx.sentence_of[m];
    let end = cx.numbers.len().min(y + 4);
    let a = (y + 1..end.saturating_sub(1)).find(|&k| cx.sentence_of[k] <= s + 1 && pair(cx, k, k + 1))?;
    let b = a + 1;
    let gap = cx.between(a, b);
    let near = |t: &str| word_count(t, 9) <= 8;
    (any_word(&gap, &["now", "today"])
        && near(&gap)
        && cx.sentence_of[a] == cx.sentence_of[b]
        && near(&cx.between(y, a)))
    .then_some((a, b))
}

/// Whether the words before a figure set it against the one before: "against 42", ", up from
/// 32", "applications this year against 4,800", "against a usual 3,000".
fn set_against(lead: &str) -> bool {
    let w = words(lead);
    if w.len() > 6 || lead.contains(';') {
        return false;
    }
    (0..w.len()).any(|i| {
        AGAINST.iter().any(|p| {
            let pw: Vec<&str> = p.split(' ').collect();
            w[i..].starts_with(&pw) && w[i + pw.len()..].iter().all(|x| AGAINST_FILLER.contains(x)) && i <= 3
        })
    })
}

/// Words that may stand between "against" and the base: "against a usual 3,000".
const AGAINST_FILLER: &[&str] = &["a", "an", "the", "usual", "normal", "typical", "previous", "just", "only"];

/// The ratios multiplier `n` allows, as intervals, for each reading of its wording.
fn readings(cx: &Context, m: usize, n: &Number) -> Option<Vec<Interval>> {
    let r = |num, den| Rational::new(num, den);
    let v = n.value;
    let after = cx.tail(m);
    let after = after.trim_start();
    let literal = cx.low_text_of(m);
    let more = (literal.contains("times") || literal.contains("fold"))
        && ["more than", "higher than", "larger than", "bigger than", "greater than"]
            .iter()
            .any(|p| after.starts_with(p));
    let mut values = vec![v];
    if more {
        values.push(v.checked_add(Rational::ONE)?);
    }
    let mut out = Vec::new();
    for v in values {
        let scaled = |k: Rational| v.checked_mul(k);
        let slack = n.step.checked_div(Rational::int(2))?;
        let plain = |k: Rational| -> Option<Interval> {
            let i = Interval::between(scaled(Rational::ONE.checked_sub(k)?)?, scaled(Rational::ONE.checked_add(k)?)?);
            let j = Interval::around(v, slack)?;
            Some(Interval { lo: i.lo.min(j.lo), hi: i.hi.max(j.hi) })
        };
        // A shrinking multiplier reverses the bounds: "more than halved" leaves less than half,
        // "nearly halved" a little more than half.
        let shrink = v < Rational::ONE;
        out.push(match n.hedge.map(|h| h.kind) {
            None if v >= Rational::int(5) => plain(r(1, 10)?)?,
            None => plain(r(1, 20)?)?,
            Some(HedgeKind::About) => plain(r(1, 5)?)?,
            Some(HedgeKind::Nearly) if shrink => Interval::between(v, v.checked_div(r(3, 4)?)?.min(Rational::ONE)),
            Some(HedgeKind::Nearly) => Interval::between(scaled(r(5, 6)?)?, v),
            Some(HedgeKind::LessThan | HedgeKind::AtMost) if shrink => {
                Interval { lo: Some(v), hi: Some(Rational::ONE) }
            }
            Some(HedgeKind::LessThan | HedgeKind::AtMost) => Interval { lo: Some(Rational::ZERO), hi: Some(v) },
            Some(HedgeKind::MoreThan | HedgeKind::AtLeast) if shrink => {
                Interval { lo: Some(Rational::ZERO), hi: Some(v) }
            }
            Some(HedgeKind::MoreThan | HedgeKind::AtLeast) => Interval { lo: Some(v), hi: None },
        });
    }
    Some(out)
}

impl Rule for Multiple {
    fn name(&self) -> &'static str {
        "multiple"
    }

    fn description(&self) -> &'static str {
        "multiples such as doubled from £2.1m to £4.3m or three times the 400"
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        for m in 0..cx.numbers.len() {
            let n = &cx.numbers[m];
            // "up two and a half times on": a count of times after "up" multiplies.
            let times = n.unit.as_deref() == Some("times") && ends_with_phrase(cx.lead(m), "up");
            if !(n.kind == Kind::Multiplier || times || fraction_multiplier(cx, m))
                || !usable(cx, m)
                || n.value <= Rational::ZERO
            {
                continue;
            }
            let Some((a, b)) = roles(cx, m).or_else(|| stated_after(cx, m)).or_else(|| since(cx, m)) else { continue };
            // "four times as fast, in 2.5 seconds against 12": a speed's multiple divides the times.
            let timed =
                |k: usize| cx.numbers[k].unit.as_deref().is_some_and(|u| u.starts_with("sec") || u.starts_with("min"));
            let (a, b) = if any_word(cx.tail(m), SPEED) && (timed(a) || timed(b)) { (b, a) } else { (a, b) };
            if let Some(f) = decide(cx, m, a, b) {
                out.push(f);
            }
        }
    }
}

/// Decides B / A against the multiplier and writes the finding.
fn decide(cx: &Context, m: usize, a: usize, b: usize) -> Option<Finding> {
    let (mn, an, bn) = (&cx.numbers[m], &cx.numbers[a], &cx.numbers[b]);
    let (ia, ib) = (cx.given(a)?, cx.given(b)?);
    if an.value <= Rational::ZERO {
        return None;
    }
    // "to more than 400,000": an open end leaves the ratio open on that side.
    let ratio = super::share::ratio(&ib, &ia)?;
    let exact = bn.value.checked_div(an.value)?;
    let options = readings(cx, m, mn)?;
    let holds = options.iter().any(|o| o.meets(&ratio));
    let (ta, tb, tm) = (cx.text_of(a), cx.text_of(b), cx.text_of(m));
    // The hedge before the multiplier, as written: "nearly tripled".
    let said = format!("{}{tm}", cx.low_slice(cx.start_of(m), mn.span.start));
    let x = explain::plain(exact, 2);
    let message = if holds {
        format!("{tb} / {ta} = {x}, consistent with “{said}”")
    } else {
        let want = an.value.checked_mul(mn.value)?;
        let k = explain::plain(mn.value, 2);
        format!("{tb} / {ta} is {x}, not “{said}” (×{k}); {ta} × {k} would give {}", explain::like(want, bn))
    };
    let (first, last) = (a.min(b).min(m), a.max(b).max(m));
    let mut used = vec![a, b, m];
    used.sort_unstable();
    Some(finding("multiple", holds, used, mn.value, exact, cx.span(first, last), message))
}
