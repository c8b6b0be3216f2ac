//! **duration**: years and the spans and ages stated between them, "from 2009 to 2021, 12
//! years", "between 2010 and 2015, a five-year period", "in 2024, 30 years after the 1994 law",
//! "born in 1950, she died in 2020 aged 70", "founded in 1987, the firm turned 35 in 2022".
//!
//! Matches, within a sentence: a pair of years ("from Y1 to Y2", "between Y1 and Y2", "Y1–Y2")
//! beside a count of years; "N years after/since/before Y0" with another year in the sentence;
//! "N years later/earlier" between two years; and an age ("aged N", "turned N", "N-year-old",
//! "its Nth anniversary") with a year of birth or founding ("born in", "founded in") and another
//! year. Years are not quantities, but here they are what is measured. Decides allowing the
//! ±1 that spans carry (whether both end years count; months unsaid), and for ages Y2 − Y1 or
//! one less (the birthday may not have come yet). Examples:
//! - "from 2009 to 2021, 12 years" ✓
//! - "in 2024, 30 years after the 1994 law" ✓; "25 years after the 1994 law" ✗ (30 years)
//! - "born in 1950, she died in 2020 aged 70" ✓ (69 or 70); "aged 74" ✗
//! - "In 2009, 12 people were hurt; by 2021 the figure was 30" states no span.

use super::change::{between, ends_with_phrase, lead, start_of, tail, words};
use super::{finding, Context, Interval, Rule};
use crate::number::{Kind, Rational};
use crate::report::Finding;
use crate::span::Span;

/// The rule.
pub struct Duration;

/// Number `k` as a year, if it is one.
fn year(cx: &Context, k: usize) -> Option<i128> {
    let n = cx.numbers.get(k)?;
    (n.kind == Kind::Year && n.value.is_integer()).then(|| n.value.numer())
}

/// Number `k` as a year it may be after "after the" even when read as a count ("the 1994 law").
fn loose_year(cx: &Context, k: usize) -> Option<i128> {
    let n = cx.numbers.get(k)?;
    let text = cx.text_of(k);
    let plain = text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()) && n.hedge.is_none();
    year(cx, k)
        .or_else(|| (n.kind == Kind::Count && plain).then(|| n.value.numer()).filter(|v| (1000..=2100).contains(v)))
}

/// Whether number `k` counts years: "12 years", "a five-year period".
fn years_count(cx: &Context, k: usize) -> bool {
    let n = &cx.numbers[k];
    n.kind == Kind::Count && n.unit.as_deref().is_some_and(|u| u == "year" || u == "years") && n.value.is_integer()
}

/// The words after number `k`, without its unit word: "30 years after the" → ["after", "the"].
fn after_words(cx: &Context, k: usize) -> Vec<String> {
    let t = tail(cx, k);
    let w: Vec<String> = words(&t).iter().map(|w| w.to_string()).collect();
    let skip = w.first().is_some_and(|f| matches!(f.as_str(), "years" | "year" | "-year" | "year-old" | "years'"));
    w.into_iter().skip(usize::from(skip)).collect()
}

/// Nouns that a "N-year" compound may describe when it measures the span between two years.
const SPAN_NOUNS: &[&str] = &[
    "period",
    "span",
    "stretch",
    "spell",
    "run",
    "study",
    "programme",
    "program",
    "project",
    "reign",
    "tenure",
    "career",
    "gap",
    "hiatus",
    "absence",
    "wait",
    "search",
    "campaign",
    "stint",
    "tenancy",
    "window",
    "journey",
];

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
            let Some(stated) = Interval::of(n) else { continue };
            let (lo, hi) = c.allowed;
            let holds = stated.meets(&Interval::between(Rational::int(lo), Rational::int(hi)));
            let text = cx.text_of(c.stated);
            let range = match hi - lo {
                0 => lo.to_string(),
                1 => format!("{lo} or {hi}"),
                _ => format!("{lo} to {hi}"),
            };
            let message = if holds {
                format!("{} = {} years, consistent with {text}", c.equation, c.diff)
            } else {
                format!("{} is {} years, so {range}, not {text}", c.equation, c.diff)
            };
            let (span, used) = place(cx, c.numbers);
            out.push(finding(self.name(), holds, used, n.value, Rational::int(c.diff), span, message));
        }
    }
}

/// "from 2009 to 2021, 12 years", "N years after 1994 ... 2024", "N years later".
fn span_claim(cx: &Context, d: usize) -> Option<Claim> {
    let range = cx.numbers_in[cx.sentence_of[d]].clone();
    let (lo, hi) = (range.start.max(d.saturating_sub(4)), range.end.min(d + 5));
    let after = after_words(cx, d);
    let first = after.first().map(String::as_str);
    let nearest_year =
        |skip: usize| (lo..hi).filter(|&k| k != skip && year(cx, k).is_some()).min_by_key(|&k| k.abs_diff(d));
    if let Some(rel @ ("after" | "since" | "before")) = first {
        // "30 years after the 1994 law": the year follows within a few words.
        let y0 = d + 1;
        let gap = lead(cx, y0);
        let base = loose_year(cx, y0).filter(|_| y0 < hi && words(&gap).len() <= 6)?;
        let r = nearest_year(y0)?;
        let ry = year(cx, r)?;
        let (diff, eq) = if rel == "before" {
            (base - ry, format!("{} − {}", cx.text_of(y0), cx.text_of(r)))
        } else {
            (ry - base, format!("{} − {}", cx.text_of(r), cx.text_of(y0)))
        };
        return (diff >= 0).then(|| Claim {
            stated: d,
            numbers: vec![d, y0, r],
            diff,
            allowed: (diff - 1, diff + 1),
            equation: eq,
        });
    }
    if let Some(rel @ ("later" | "earlier" | "on")) = first {
        let prev = (lo..d).rev().find(|&k| year(cx, k).is_some())?;
        let next = (d + 1..hi).find(|&k| year(cx, k).is_some())?;
        let (py, ny) = (year(cx, prev)?, year(cx, next)?);
        let diff = if rel == "earlier" { py - ny } else { ny - py };
        let eq = if rel == "earlier" {
            format!("{} − {}", cx.text_of(prev), cx.text_of(next))
        } else {
            format!("{} − {}", cx.text_of(next), cx.text_of(prev))
        };
        return (diff >= 0).then(|| Claim {
            stated: d,
            numbers: vec![prev, d, next],
            diff,
            allowed: (diff - 1, diff + 1),
            equation: eq,
        });
    }
    if first.is_some_and(|w| matches!(w, "ago" | "old" | "-old")) {
        return None;
    }
    if after.iter().take(3).any(|w| matches!(w.as_str(), "jail" | "prison" | "sentence" | "sentences")) {
        return None;
    }
    // "a 12-year period" counts the span; "25-year mortgages" or "a 12-year high" do not.
    let compound = cx.numbers[d].unit.as_deref() == Some("year");
    if compound && !first.is_some_and(|w| SPAN_NOUNS.contains(&w)) {
        return None;
    }
    // A pair of years, "from Y1 to Y2" or "Y1–Y2", just before or just after the count.
    let pair = |y1: usize| -> Option<(usize, usize)> {
        let y2 = y1 + 1;
        let (a, b) = (year(cx, y1)?, year(cx, y2)?);
        let joined =
            matches!(between(cx, y1, y2).trim(), "to" | "and" | "until" | "till" | "through" | "-" | "–" | "—");
        let opened =
            ["from", "between", "in", "over", "during", "of"].iter().any(|p| ends_with_phrase(&lead(cx, y1), p));
        let ranged = cx.numbers[y1].range.is_some() && cx.numbers[y2].range.is_some();
        (b > a && (ranged || (joined && opened))).then_some((y1, y2))
    };
    let close = |t: &str| {
        words(t).len() <= 5 && !t.contains(';') && !words(t).iter().any(|w| matches!(*w, "and" | "but" | "while"))
    };
    let found = (d >= 2 && d - 2 >= lo)
        .then(|| pair(d - 2))
        .flatten()
        .filter(|&(_, y2)| close(&between(cx, y2, d)))
        .or_else(|| (d + 2 < hi).then(|| pair(d + 1)).flatten().filter(|&(y1, _)| close(&between(cx, d, y1))))?;
    let (y1, y2) = found;
    let diff = year(cx, y2)? - year(cx, y1)?;
    let eq = format!("{} − {}", cx.text_of(y2), cx.text_of(y1));
    Some(Claim { stated: d, numbers: vec![y1, y2, d], diff, allowed: (diff - 1, diff + 1), equation: eq })
}

/// Words before a year that make it the start of a life or an organisation.
const BIRTH: &[&str] = &[
    "born in",
    "born",
    "founded in",
    "founded",
    "established in",
    "formed in",
    "built in",
    "opened in",
    "launched in",
    "set up in",
    "created in",
    "b",
];

/// "born in 1950, she died in 2020 aged 70", "founded in 1987, turned 35 in 2022".
fn age_claim(cx: &Context, k: usize) -> Option<Claim> {
    let n = &cx.numbers[k];
    let before = cx.text.get(cx.sentences[cx.sentence_of[k]].start..start_of(cx, k)).unwrap_or("").to_lowercase();
    let after = after_words(cx, k);
    let marked = ["aged", "turned", "turns", "turning", "age of", "age", "aged just"]
        .iter()
        .any(|p| ends_with_phrase(&before, p));
    let old = after.first().is_some_and(|w| matches!(w.as_str(), "old" | "-old" | "year-old"))
        || tail(cx, k).trim_start().starts_with("-year-old");
    let anniversary =
        n.kind == Kind::Ordinal && after.first().is_some_and(|w| matches!(w.as_str(), "anniversary" | "birthday"));
    let counts = n.kind == Kind::Count && n.unit.as_deref().is_none_or(|u| u == "year" || u == "years");
    if !(anniversary || (counts && (marked || old))) || !n.value.is_integer() {
        return None;
    }
    let range = cx.numbers_in[cx.sentence_of[k]].clone();
    let (lo, hi) = (range.start.max(k.saturating_sub(4)), range.end.min(k + 5));
    let born = (lo..hi).find(|&j| year(cx, j).is_some() && BIRTH.iter().any(|p| ends_with_phrase(&lead(cx, j), p)))?;
    // The age must belong to the life that starts at `born`: no new clause between them.
    let apart = between(cx, born.min(k), born.max(k));
    if apart.contains(';') || words(&apart).iter().any(|w| matches!(*w, "while" | "whereas")) {
        return None;
    }
    let event = (lo..hi).filter(|&j| j != born && year(cx, j).is_some()).min_by_key(|&j| j.abs_diff(k))?;
    let diff = year(cx, event)? - year(cx, born)?;
    if diff < 0 {
        return None;
    }
    let eq = format!("{} − {}", cx.text_of(event), cx.text_of(born));
    Some(Claim { stated: k, numbers: vec![born, event, k], diff, allowed: (diff - 1, diff), equation: eq })
}
