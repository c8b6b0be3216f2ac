//! **duration**: years and the spans and ages stated between them, "from 2009 to 2021, 12
//! years", "between 2010 and 2015, a five-year period", "in 2024, 30 years after the 1994 law",
//! "born in 1950, she died in 2020 aged 70", "founded in 1987, the firm turned 35 in 2022".
//!
//! Matches, within a sentence: a pair of years ("from Y1 to Y2", "between Y1 and Y2", "Y1–Y2")
//! beside a count of years; "N years after/since/before Y0" with another year in the sentence;
//! "N years later/earlier" between two years; and an age ("aged N", "turned N", "N-year-old",
//! "its Nth anniversary") with a year of birth or founding ("born in", "founded in") and another
//! year, which may open the sentence before or after ("died in 2024 aged 85. He was born in
//! 1941"); "after N years" may name its start after the count ("retired in 2019 after 34 years
//! at the bank, which he had joined in 1987"). Years are not quantities, but here they are
//! what is measured. A span is Y2 − Y1, the way copy counts it (a hedge such as "nearly" or
//! "more than" widens the count as usual); an age is Y2 − Y1 or one less (the birthday may not have come yet). Examples:
//! - "from 2009 to 2021, 12 years" ✓; "between 2015 and 2023, a period of nine years" ✗ (8)
//! - "took nine years to build, opening in 1994 after work began in 1987" ✗ (7 years)
//! - "in 2024, 30 years after the 1994 law" ✓; "25 years after the 1994 law" ✗ (30 years)
//! - "born in 1950, she died in 2020 aged 70" ✓ (69 or 70); "aged 74" ✗
//! - "In 2009, 12 people were hurt; by 2021 the figure was 30" states no span.

use super::context::{ends_with_phrase, last_words, listed, word_count, words};
use super::{finding, Context, Interval, Rule};
use crate::number::rational::int_text;
use crate::number::{Kind, Rational};
use crate::report::Finding;
use crate::span::Span;

/// The rule.
pub struct Duration;

/// The last of numbers `r` that is a year.
fn last_year(cx: &Context, r: std::ops::Range<usize>) -> Option<usize> {
    r.rev().find(|&k| year(cx, k).is_some())
}

/// The first of numbers `r` that is a year.
fn first_year(cx: &Context, mut r: std::ops::Range<usize>) -> Option<usize> {
    r.find(|&k| year(cx, k).is_some())
}

/// Number `k` as a year, if it is one, or the year of a date that gives one ("April 2019").
#[inline(never)]
fn year(cx: &Context, k: usize) -> Option<i128> {
    let n = cx.numbers.get(k)?;
    let v = n.value.is_integer().then(|| n.value.numer())?;
    match n.kind {
        Kind::Year => Some(v),
        // A date reads YYYYMMDD, with a zero year when the text gives none.
        Kind::Date if v >= 10_000_000 => Some(v / 10_000),
        _ => None,
    }
}

/// Number `k` as a year it may be after "after the" even when read as a count ("the 1994 law").
fn loose_year(cx: &Context, k: usize) -> Option<i128> {
    let n = cx.numbers.get(k)?;
    let text = cx.text_of(k);
    let plain = text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()) && n.hedge.is_none();
    year(cx, k)
        .or_else(|| (n.kind == Kind::Count && plain).then(|| n.value.numer()).filter(|v| (1000..=2100).contains(v)))
}

/// Whether number `k` counts years: "12 years", "a five-year period", "two decades", "a quarter
/// of a century".
fn years_count(cx: &Context, k: usize) -> bool {
    years_per(cx, k).is_some()
}

/// How many years one of what number `k` counts stands for: 1 for "12 years", 10 for "two
/// decades", 100 for "half a century".
fn years_per(cx: &Context, k: usize) -> Option<i128> {
    let n = &cx.numbers[k];
    match (n.kind, n.unit.as_deref()) {
        (Kind::Count, Some("year" | "years")) if n.value.is_integer() => Some(1),
        (Kind::Count, Some("decade" | "decades")) if n.value.is_integer() => Some(10),
        (Kind::Count, Some("century" | "centuries")) if n.value.is_integer() => Some(100),
        (Kind::Fraction, None) if n.range.is_none() => {
            let t = cx.tail(k).trim_start();
            let t = t.strip_prefix("of ").unwrap_or(t);
            let t = t.strip_prefix("a ").unwrap_or(t);
            let unit = |w: &str| t.strip_prefix(w).is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()));
            if unit("century") {
                Some(100)
            } else if unit("decade") {
                Some(10)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// The text after a count of decades or centuries without its unit: "of a century when" →
/// " when". Other text is returned as it is.
fn past_long_unit(t: &str) -> &str {
    let s = t.trim_start();
    // Every long unit starts with one of these letters; most words after a number do not.
    if !matches!(s.as_bytes().first(), Some(b'o' | b'a' | b'd' | b'c')) {
        return t;
    }
    for unit in LONG_UNITS.split('|') {
        if let Some(rest) = s.strip_prefix(unit) {
            if !rest.starts_with(|c: char| c.is_alphanumeric()) {
                return rest;
            }
        }
    }
    t
}

/// Units of many years, as they follow their count: "two decades", "a quarter of a century".
const LONG_UNITS: &str = "of a century|a century|of a decade|a decade|decades|decade|centuries|century";

/// The words of `t`, the text after a number, without its unit word: "30 years after the" →
/// ["after", "the"].
fn after_words(t: &str) -> impl Iterator<Item = &str> {
    let t = past_long_unit(t);
    let mut w =
        t.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-')).filter(|w| !w.is_empty());
    let mut first = w.next();
    if first.is_some_and(|f| matches!(f, "years" | "year" | "-year" | "year-old" | "years'")) {
        first = w.next();
    }
    first.into_iter().chain(w)
}

/// Nouns that a "N-year" compound may describe when it measures the span between two years.
const SPAN_NOUNS: &str =
    "period|span|stretch|spell|run|study|programme|program|project|reign|tenure|career|gap|hiatus|absence|wait|search|campaign|stint|tenancy|window|journey";

/// Where a finding about numbers `ks` stands, and the sorted numbers.
fn place(cx: &Context, mut ks: Vec<usize>) -> (Span, Vec<usize>) {
    ks.sort_unstable();
    (cx.span(ks[0], ks[ks.len() - 1]), ks)
}

/// One relation: the stated count, the years it spans, and the values they allow.
struct Claim {
    stated: usize,
    numbers: Vec<usize>,
    diff: i128,
    allowed: (i128, i128),
    equation: String,
}

impl Rule for Duration {
    fn name(&self) -> &'static str {
        "duration"
    }

    fn description(&self) -> &'static str {
        "spans and ages between years, such as from 2009 to 2021, 12 years"
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        for k in 0..cx.numbers.len() {
            let claim =
                if years_count(cx, k) { span_claim(cx, k).or_else(|| age_claim(cx, k)) } else { age_claim(cx, k) };
            let Some(c) = claim else { continue };
            let n = &cx.numbers[c.stated];
            let per = years_per(cx, c.stated).unwrap_or(1);
            // Decades and centuries are round: "two decades" allows a year either side.
            let round = if per > 1 { Rational::ONE } else { Rational::ZERO };
            let Some(stated) = Interval::of(n)
                .and_then(|i| i.scale(Rational::new(per, 1)?))
                .and_then(|i| i.add(&Interval::between(Rational::ZERO.checked_sub(round)?, round)))
            else {
                continue;
            };
            // A date's month moves the span by up to a year, unless both ends give the same date
            // of the year ("April 2019" to "April 2024").
            let mut days = (0, 0);
            for &j in &c.numbers {
                if cx.numbers[j].kind == Kind::Date {
                    days = (days.1, cx.numbers[j].value.numer() % 10_000 + 1);
                }
            }
            let widen = i128::from(days.1 != 0 && days.0 != days.1);
            let (lo, hi) = (c.allowed.0 - widen, c.allowed.1 + widen);
            let (Some(lo_v), Some(hi_v)) = (Rational::new(lo, 1), Rational::new(hi, 1)) else { continue };
            let holds = stated.meets(&Interval::between(lo_v, hi_v));
            let long;
            let text = if per > 1 {
                let unit = cx.tail(c.stated).len() - past_long_unit(cx.tail(c.stated)).len();
                let end = n.span.end + unit;
                long = format!(
                    "{} ({} years)",
                    cx.text.get(n.span.start..end).unwrap_or(""),
                    Rational::new(per, 1)
                        .and_then(|p| n.value.checked_mul(p))
                        .map_or(String::new(), |v| super::explain::plain(v, 0))
                );
                long.as_str()
            } else {
                cx.text_of(c.stated)
            };
            // "2021 − 2009 is 12 years, not 15"; for an age "so 69 or 70, not 74".
            let range = match hi - lo {
                0 => String::new(),
                d => format!(", so {} {} {}", int_text(lo), if d == 1 { "or" } else { "to" }, int_text(hi)),
            };
            let (verb, not) = if holds { ("=", ", consistent with ") } else { ("is", ", not ") };
            let years = int_text(c.diff);
            let message = format!("{} {verb} {years} years{}{not}{text}", c.equation, if holds { "" } else { &range });
            let (span, used) = place(cx, c.numbers);
            let Some(diff) = Rational::new(c.diff, 1) else { continue };
            out.push(finding(self.name(), holds, used, n.value, diff, span, message));
        }
    }
}

/// Whether `t`, the text between two numbers, stays in one clause of at most `max` words.
fn clause_free(t: &str, max: usize) -> bool {
    !t.contains(';')
        && word_count(t, max + 1) <= max
        && !last_words(t).any(|w| matches!(w, "and" | "but" | "while" | "whereas" | "which"))
}

/// The text after a count without its unit word: "years, before" → ", before".
fn past_unit(t: &str) -> &str {
    let t = t.trim_start();
    for unit in ["years'", "years", "year-old", "year", "-year"] {
        if let Some(rest) = t.strip_prefix(unit) {
            if !rest.starts_with(|c: char| c.is_alphanumeric()) {
                return rest;
            }
        }
    }
    t
}

/// The year after `y1` that the sentence gives as the other end of one span with it: "from
/// 2009 to 2021", "2009-2021", "from 1869 until it was automated in 1959", "from 18,000 in 1991
/// to 27,000 in 2021".
fn span_end(cx: &Context, y1: usize, hi: usize) -> Option<usize> {
    let a = year(cx, y1)?;
    let y2 = first_year(cx, y1 + 1..hi.min(y1 + 3))?;
    if year(cx, y2)? <= a {
        return None;
    }
    let adjacent = y2 == y1 + 1;
    if adjacent && cx.numbers[y1].range.is_some() && cx.numbers[y2].range.is_some() {
        return Some(y2);
    }
    let opened = ["from", "between", "in", "over", "during", "of"].iter().any(|p| ends_with_phrase(cx.lead(y1), p));
    if !opened {
        return None;
    }
    let gap = cx.between(y1, y2);
    let g = gap.trim();
    if adjacent && matches!(g, "to" | "and" | "until" | "till" | "through" | "-" | "–" | "—") {
        return Some(y2);
    }
    let w = words(g);
    let loose = matches!(w.first(), Some(&("to" | "until" | "till" | "through")))
        && matches!(w.last(), Some(&("in" | "by")))
        && w.len() <= 8
        && (y1 + 1..=y2).all(|k| !cx.lead(k).contains([',', ';']));
    loose.then_some(y2)
}

/// "closed in 1966 and reopened in 2015", "started in 2019 and the hospital opened in 2024":
/// two events, each "in" a year, joined by "and".
fn event_pair(cx: &Context, y1: usize) -> Option<usize> {
    let y2 = y1 + 1;
    let (a, b) = (year(cx, y1)?, year(cx, y2)?);
    let gap = cx.between(y1, y2);
    let w = words(&gap);
    let linked = w.first() == Some(&"and") && w.last() == Some(&"in") && w.len() <= 6 && !gap.contains([',', ';']);
    (b > a && linked && ends_with_phrase(cx.lead(y1), "in")).then_some(y2)
}

/// The claim that number `d` counts the years from `y1`, in year `a`, to `y2`, in year `b`.
fn span(cx: &Context, d: usize, (y1, a): (usize, i128), (y2, b): (usize, i128)) -> Option<Claim> {
    let diff = b.checked_sub(a)?;
    let equation = format!("{} − {}", cx.text_of(y2), cx.text_of(y1));
    (diff >= 0).then(|| Claim { stated: d, numbers: vec![y1, y2, d], diff, allowed: (diff, diff), equation })
}

fn claim_between(d: usize, y1: usize, y2: usize, cx: &Context) -> Option<Claim> {
    let mut c = span(cx, d, (y1, year(cx, y1)?), (y2, year(cx, y2)?))?;
    // Both end years count only when the text says so: "2009 to 2021 inclusive", "13 years in all".
    let counted = |t: &str| {
        let t = past_unit(t).trim_start_matches([',', ' ']);
        ["inclusive", "in all", "in total", "counting both"].iter().any(|w| t.starts_with(w))
    };
    c.allowed.1 += i128::from(counted(cx.tail(d)) || counted(cx.tail(y2)));
    Some(c)
}

/// "from 2009 to 2021, 12 years", "N years after 1994 ... 2024", "N years later".
fn span_claim(cx: &Context, d: usize) -> Option<Claim> {
    let range = cx.numbers_in[cx.sentence_of[d]].clone();
    let (lo, hi) = (range.start.max(d.saturating_sub(4)), range.end.min(d + 5));
    // The first year of "after N years" or "N years later" may end the sentence before: "Dr
    // Patel joined the practice in 1994. She retires in 2026, after 34 years."
    let wide = d.saturating_sub(4).max(cx.numbers_in[cx.sentence_of[d].saturating_sub(1)].start);
    let t = cx.tail(d);
    let first = after_words(t).next();
    // "N years after/later": the word must follow the count directly, not after a comma ("a
    // span of 125 years, before it was automated").
    let tight = first.filter(|_| !past_unit(t).trim_start().starts_with([',', ';', ')']));
    let nearest_year =
        |skip: usize| (lo..hi).filter(|&k| k != skip && year(cx, k).is_some()).min_by_key(|&k| k.abs_diff(d));
    if let Some(rel @ ("after" | "since" | "before")) = tight {
        // "30 years after the 1994 law": the year follows within a few words.
        let y0 = d + 1;
        let gap = cx.lead(y0);
        // "17 years after a fire closed it in 2004": an event clause ending in "in" may be longer.
        let event = ends_with_phrase(gap, "in") && !gap.contains([',', ';']) && word_count(gap, 10) <= 9;
        let base = loose_year(cx, y0).filter(|_| y0 < hi && (word_count(gap, 7) <= 6 || event))?;
        let r = nearest_year(y0)?;
        let (base, other) = ((y0, base), (r, year(cx, r)?));
        return if rel == "before" { span(cx, d, other, base) } else { span(cx, d, base, other) };
    }
    if let Some(rel @ ("later" | "earlier" | "on")) = tight {
        let prev = last_year(cx, wide..d)?;
        if let Some(next) = first_year(cx, d + 1..hi) {
            let (p, n) = ((prev, year(cx, prev)?), (next, year(cx, next)?));
            return if rel == "earlier" { span(cx, d, n, p) } else { span(cx, d, p, n) };
        }
        // "opened in 2017, published its report in 2024, seven years later", "started in 2019
        // and the hospital opened in 2024, five years on": the two years before, the later one
        // just before the count.
        let earlier = last_year(cx, lo.max(wide)..prev).filter(|_| prev >= lo)?;
        let events = clause_free(&cx.between(earlier, prev), 10) || event_pair(cx, earlier) == Some(prev);
        if rel == "earlier" || !clause_free(&cx.between(prev, d), 3) || !events {
            return None;
        }
        return claim_between(d, earlier, prev, cx);
    }
    if first.is_some_and(|w| matches!(w, "ago" | "old" | "-old")) {
        return None;
    }
    if after_words(t).take(3).any(|w| matches!(w, "jail" | "prison" | "sentence" | "sentences")) {
        return None;
    }
    let lead_d = cx.lead(d);
    // "opened in 1952 and closed in 2019 after 57 years": the first year starts the life of
    // what ends in the second.
    if ends_with_phrase(lead_d, "after") {
        let y2 = last_year(cx, lo..d)?;
        // "opened in 2023, three years late and after eight years": an aside may stand between.
        let aside = cx.between(y2, d);
        let kept = !aside.contains(';')
            && word_count(&aside, 8) <= 7
            && !last_words(&aside).any(|w| matches!(w, "but" | "while" | "whereas" | "which"));
        let Some(y1) = last_year(cx, wide..y2) else {
            // "retired in 2019 after 34 years at the bank, which he had joined in 1987": the
            // start named after the count.
            let y1 = first_year(cx, d + 1..hi)?;
            let g = cx.between(d, y1);
            let named = kept && starts(cx.lead(y1)) && !g.contains(';') && word_count(&g, 15) <= 14;
            return if named { claim_between(d, y1, y2, cx) } else { None };
        };
        let l1 = cx.lead(y1);
        // "after 3 years as chair" or "after ten years at a rival" counts a role within the
        // stretch, not the stretch itself, unless the first year is when the role began
        // ("elected in 2010 ... after 14 years as MP").
        let after_unit = past_unit(t).trim_start();
        let elsewhere = after_unit.starts_with("at ") || after_unit.starts_with("with ");
        let role = after_unit.starts_with("as ")
            && !last_words(l1).take(6).any(|w| matches!(w, "elected" | "appointed" | "became" | "named"));
        // "closed in 1964 and reopened in 2015, after 51 years": the second event undoes the
        // first ("after three years of restoration" is a stretch within).
        let back = last_words(cx.lead(y2)).nth(1).is_some_and(|w| listed(RETURNS, w)) && !after_unit.starts_with("of");
        let born = !elsewhere && if role { born(l1) } else { starts(l1) || back };
        let kept = kept && !cx.between(y1, y2).contains(';');
        return if born && kept && word_count(&cx.between(y1, y2), 13) <= 12 {
            claim_between(d, y1, y2, cx)
        } else {
            None
        };
    }
    // "signed in 1815, it held for 39 years, until war broke out again in 1853".
    if ends_with_phrase(lead_d, "for") {
        let rest = past_unit(past_long_unit(t)).trim_start_matches([',', ' ']);
        if let (Some(y1), Some(y2)) = (last_year(cx, lo..d), first_year(cx, d + 1..hi)) {
            // "in force for 25 years when campaigners marked it in 2021", "for two decades by 2018";
            // "built in 1869, has stood for 165 years, ... in 2024": up to a year named as now.
            let perfect = last_words(lead_d).nth(1).is_some_and(|w| listed(LASTED, w))
                && last_words(lead_d).take(5).any(|w| matches!(w, "has" | "have"));
            let until = perfect || ["until ", "till ", "when ", "by "].iter().any(|w| rest.starts_with(w));
            let reach = y2 == d + 1
                && (ends_with_phrase(cx.lead(y2), "in") || ends_with_phrase(cx.lead(y2), "by"))
                && word_count(cx.lead(y2), 10) <= 9;
            let start = ends_with_phrase(cx.lead(y1), "in") && clause_free(&cx.between(y1, d), 6);
            if until && reach && start && !cx.lead(y2).contains(';') {
                return claim_between(d, y1, y2, cx);
            }
        }
    }
    if let Some(c) = anniversary(cx, d, lo, hi) {
        return Some(c);
    }
    // "took nine years to build, opening in 1994 after work began in 1987": the two years
    // after the count, one of them the start.
    if last_words(lead_d).next().is_some_and(|w| listed(TOOK, w)) {
        let mut ys = (d + 1..hi).filter(|&k| year(cx, k).is_some());
        if let (Some(a), Some(b), None) = (ys.next(), ys.next(), ys.next()) {
            let starts = |y: usize| {
                let l = cx.lead(y);
                ends_with_phrase(l, "in") && last_words(l).skip(1).take(3).any(|w| listed(START_VERBS, w))
            };
            let ends = match (starts(a), starts(b)) {
                (true, false) => Some((a, b)),
                (false, true) => Some((b, a)),
                _ => None,
            };
            let kept = !cx.between(d, b).contains(';') && word_count(&cx.between(d, b), 21) <= 20;
            // A start after the end ("opening in 1994 after work began in 1987") or before it;
            // anything else is left to the readings below ("from 2003 until ... opened in 2022").
            let ordered = ends.filter(|&(y1, y2)| kept && year(cx, y1) < year(cx, y2));
            if let Some((y1, y2)) = ordered {
                return claim_between(d, y1, y2, cx);
            }
        }
    }
    // "a 12-year period" counts the span; "25-year mortgages" or "a 12-year high" do not.
    let compound = cx.numbers[d].unit.as_deref() == Some("year");
    let span_noun = first.is_some_and(|w| listed(SPAN_NOUNS, w));
    if compound && !span_noun {
        return None;
    }
    let named = span_noun
        || ["period of", "span of", "gap of", "spell of", "stretch of"].iter().any(|p| ends_with_phrase(lead_d, p));
    // "The highest in 50 years", "the first time in 30 years" measure back from now.
    if last_words(lead_d).take(4).any(|w| w.ends_with("est") || matches!(w, "first" | "last" | "time" | "most")) {
        return None;
    }
    let within = ["in", "over", "within", "during"].iter().any(|p| ends_with_phrase(lead_d, p));
    // "an increase of 9,000 in 30 years" may stand further from the years it spans.
    let close = |t: &str| clause_free(t, if within { 8 } else { 5 });
    // A pair of years just before or just after the count.
    let before = (lo..d).rev().filter(|&y1| year(cx, y1).is_some()).take(3).find_map(|y1| {
        let y2 = span_end(cx, y1, d).or_else(|| if named { event_pair(cx, y1) } else { None })?;
        (y2 < d && close(&cx.between(y2, d))).then_some((y1, y2))
    });
    let found = before.or_else(|| {
        let y1 = first_year(cx, d + 1..hi)?;
        let y2 = span_end(cx, y1, hi)?;
        clause_free(&cx.between(d, y1), 5).then_some((y1, y2))
    })?;
    claim_between(d, found.0, found.1, cx)
}

/// "built in 1874, marked 150 years in 2024", "since 1903: 115 years this spring, 2023": a
/// count of years an anniversary marks, from a founding year before it to a year after it.
fn anniversary(cx: &Context, d: usize, lo: usize, hi: usize) -> Option<Claim> {
    let lead_d = cx.lead(d);
    let marks = last_words(lead_d).next().is_some_and(|w| listed(MARKS, w));
    let y1 = last_year(cx, lo..d)?;
    let l1 = cx.lead(y1);
    let since = ends_with_phrase(l1, "since") && words(&cx.between(y1, d)).is_empty();
    // "opened in 1932 and marked 90 years of trading in 2022".
    let apart = cx.between(y1, d);
    // "set up in 1972 by a group of parents in Leeds, celebrated 50 years of work in 2022".
    let born = starts(cx.just_before(y1)) && clause_free(apart.trim_start().strip_prefix("and ").unwrap_or(&apart), 10);
    if !(since || marks && born) {
        return None;
    }
    let y2 = first_year(cx, d + 1..hi)?;
    let gap = cx.between(d, y2);
    if gap.contains(';') || word_count(&gap, 9) > 8 || (d + 1..y2).any(|k| cx.numbers[k].kind != Kind::Year) {
        return None;
    }
    claim_between(d, y1, y2, cx)
}

/// Verbs that mark an anniversary counted in years: "marked 150 years in 2024".
const MARKS: &str = "marked|marks|marking|celebrated|celebrates|celebrating|commemorated|commemorates";

/// Verbs that end a stretch by undoing what began it: "closed in 1964 and reopened in 2015".
const RETURNS: &str = "reopened|returned|resumed|restarted|reunited|revived|relaunched|rebuilt";

/// Verbs of lasting that a count of years up to now follows: "has stood for 165 years".
const LASTED: &str = "stood|standing|existed|operated|operating|traded|trading|run|running|open|survived";

/// Words before a year that make it the start of a life or an organisation.
const BIRTH: &str =
    "born in|born|founded in|founded|established in|formed in|built in|opened in|launched in|set up in|created in|b";

/// Whether the words before a year make it the start of a life or an organisation: "born in".
fn born(l: &str) -> bool {
    BIRTH.split('|').any(|p| ends_with_phrase(l, p))
}

/// Whether the words before a year make it the start of a life or a stretch: "born in",
/// "joined the firm in", "set up by two brothers in".
fn starts(l: &str) -> bool {
    born(l) || ends_with_phrase(l, "in") && last_words(l).take(6).any(|w| listed(START_VERBS, w))
}

/// Verbs that say a count of years is how long something took: "took nine years to build".
const TOOK: &str = "took|lasted|spanned";

/// Verbs that start a stretch of time that "after N years" ends: "joined the firm in 1998 and
/// retired in 2022 after 24 years".
const START_VERBS: &str =
    "joined|started|began|entered|elected|appointed|arrived|moved|introduced|signed|took|became|married|opened|founded|built|launched|established|formed|created|begun|commenced|set";

/// "born in 1950, she died in 2020 aged 70", "founded in 1987, turned 35 in 2022".
fn age_claim(cx: &Context, k: usize) -> Option<Claim> {
    let n = &cx.numbers[k];
    let counts = n.kind == Kind::Count && n.unit.as_deref().is_none_or(|u| u == "year" || u == "years");
    if !(counts || n.kind == Kind::Ordinal) || !n.value.is_integer() {
        return None;
    }
    // The raw text after the number, read lazily: most numbers are no age, and this is cheap.
    let raw = cx.after(k);
    // Compared without a lower-case copy: every word looked for is ASCII.
    let first = after_words(raw).next();
    let first_is = |words: &[&str]| first.is_some_and(|f| words.iter().any(|w| f.eq_ignore_ascii_case(w)));
    let t = raw;
    let old = first_is(&["old", "-old", "year-old"]) || t.trim_start().starts_with("-year-old");
    let anniversary = n.kind == Kind::Ordinal && first_is(&["anniversary", "birthday"]);
    let marked = counts && !old && {
        let before = cx.just_before(k);
        let mut lw = last_words(before);
        // The word before the last only when the last asks for it.
        let w1 = lw.next().unwrap_or("");
        let mut w2 = || lw.next().unwrap_or("");
        matches!(w1, "aged" | "turned" | "turns" | "turning" | "age")
                || (w1 == "of" && w2() == "age")
                || (w1 == "just" && w2() == "aged")
                // "she was 72 when she released her final album in 2015"
                || (matches!(w1, "was" | "is" | "were" | "being") && first_is(&["when"]))
    };
    if !(anniversary || (counts && (marked || old))) || !n.value.is_integer() {
        return None;
    }
    let range = cx.numbers_in[cx.sentence_of[k]].clone();
    let (lo, hi) = (range.start.max(k.saturating_sub(4)), range.end.min(k + 5));
    if let Some(c) = two_ages(cx, k, hi) {
        return Some(c);
    }
    // "died in 2024 aged 85. He was born in 1941": a birth in the sentence before or after
    // when it opens that sentence ("He was born in", "Born in"), so that it is the same life.
    let s = cx.sentence_of[k];
    let wide = cx.numbers_in[s.saturating_sub(1)].start..cx.numbers_in.get(s + 1).map_or(hi, |r| r.end);
    let born = wide.into_iter().find(|&j| {
        let l = cx.lead(j);
        year(cx, j).is_some() && born(l) && ((lo..hi).contains(&j) || word_count(l, 5) <= 4)
    })?;
    // The age must belong to the life that starts at `born`: no new clause between them.
    let apart = cx.between(born.min(k), born.max(k));
    if apart.contains(';') || words(&apart).iter().any(|w| matches!(*w, "while" | "whereas")) {
        return None;
    }
    let event = (lo..hi).filter(|&j| j != born && year(cx, j).is_some()).min_by_key(|&j| j.abs_diff(k))?;
    let mut c = span(cx, k, (born, year(cx, born)?), (event, year(cx, event)?))?;
    c.allowed.0 -= 1;
    Some(c)
}

/// "set up the festival in 1979 aged 22, is now 64, in 2024": an age in one year and the age
/// in a later year, which differ by the years between, give or take one for the birthday.
fn two_ages(cx: &Context, k: usize, hi: usize) -> Option<Claim> {
    let y1 = k.checked_sub(1).filter(|&y| year(cx, y).is_some() && ends_with_phrase(cx.lead(y), "in"))?;
    if last_words(cx.just_before(k)).next() != Some("aged") {
        return None;
    }
    // The later age: "is now 64", "aged 64", "turned 64", straight after a short clause.
    // "and retired in 2019 aged 37": the later age after its own year.
    let k2 = if year(cx, k + 1).is_some() { k + 2 } else { k + 1 };
    let n2 = cx.numbers.get(k2).filter(|_| k2 < hi)?;
    let lead2 = cx.lead(k2);
    let marked = ["now", "aged", "turned", "turns", "is", "was"].iter().any(|w| ends_with_phrase(lead2, w));
    if n2.kind != Kind::Count || n2.unit.is_some() || !marked || word_count(lead2, 9) > 8 || lead2.contains(';') {
        return None;
    }
    // Its year just before or after it: "in 2024, aged 64", "is now 64, in 2024".
    let y2 = [k2 + 1, k2.wrapping_sub(1)].into_iter().find(|&y| {
        y != y1 && y < hi && year(cx, y).is_some() && word_count(&cx.between(y.min(k2), y.max(k2)), 4) <= 3
    })?;
    let span = year(cx, y2)?.checked_sub(year(cx, y1)?)?;
    let first = cx.numbers[k].value;
    if span < 0 || !first.is_integer() {
        return None;
    }
    let expected = first.numer().checked_add(span)?;
    Some(Claim {
        stated: k2,
        numbers: vec![y1, k, k2, y2],
        diff: expected,
        allowed: (expected - 1, expected + 1),
        equation: format!("{} + ({} − {})", cx.text_of(k), cx.text_of(y2), cx.text_of(y1)),
    })
}
