//! Products the text states in words: count × rate = total ("24 classrooms holding 30 pupils
//! each, room for 720"), a worded sum ("adding the 1,300 homes ... to the 2,750"), and one rate
//! restated over another period ("£300 a week, or £15,600 a year").

use crate::check::context::{any_word, any_word_but, head, listed, same_unit, tail};
use crate::check::{explain, finding, Context, Interval};
use crate::lexicon::EN;
use crate::number::{Kind, Rational};
use crate::report::Finding;
/// Words that say the number after them is the product of the ones before.
#[rustfmt::skip]
const RESULT: &[&str] = &[
    "total", "totalling", "totaling", "in all", "altogether", "cost", "costing", "costs", "outlay", "bill",
    "giving", "gives", "give", "gave", "means", "meaning", "mean", "making", "makes", "make", "comes to",
    "come to", "came to", "amounts to", "amounting to", "adds up to", "add up to", "works out", "room for",
    "space for", "capacity", "move", "moves", "carry", "carries", "earns", "earn", "earning", "combined",
    "overall", "in total", "equivalent", "worth", "raised", "raising", "raises", "brought in", "bringing in",
    "generated", "generating", "generates", "yielded", "yielding", "took in", "taking in",
];

/// Words that put the number after them in some other relation than the product.
#[rustfmt::skip]
const NOT_PRODUCT: &[&str] = &[
    "than", "from", "up", "down", "rose", "fell", "compared", "versus", "previously", "average", "averaging",
    "last year", "increase", "decrease", "each", "apiece", "per", "of whom", "of which", "including", "while",
    "whereas", "but", "although",
];

/// What may join one rate to the same rate over another period: "£300 a week, or £15,600 a
/// year", "£1,250 a month comes to £15,000 a year".
#[rustfmt::skip]
const PERIOD_LINKS: &str = "or|or about|or some|or roughly|or around|or nearly|equivalent to|which is|that is|comes to|come to|came to|which comes to|works out at|work out at|working out at|amounts to|amounting to|adds up to|which works out at|which amounts to";

/// Words that say a total is not the whole product: "only 30 sessions were attended".
const NOT_ALL: &[&str] = &["only", "just", "missed", "skipped", "cancelled", "lost", "instead", "planned", "expected"];

/// Words just after a rate that make it "each": "30 pupils each", "£80 apiece", "£5 a head".
/// The runs of ASCII bytes that `keep` accepts, in order: `s.split(|c| !keep(c))` without the
/// empty pieces, read by bytes. `keep` accepts no byte outside ASCII, so every piece starts and
/// ends on a character boundary.
struct AsciiWords<'a> {
    s: &'a str,
    at: usize,
    keep: fn(u8) -> bool,
}

impl<'a> Iterator for AsciiWords<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let b = self.s.as_bytes();
        while self.at < b.len() && !(self.keep)(b[self.at]) {
            self.at += 1;
        }
        let start = self.at;
        while self.at < b.len() && (self.keep)(b[self.at]) {
            self.at += 1;
        }
        (self.at > start).then(|| self.s.get(start..self.at).unwrap_or(""))
    }
}

fn each_after(after: &str) -> bool {
    let a = head(after, 40);
    // The first four words, kept on the stack: this runs for most numbers.
    let mut buf = [""; 4];
    let mut n = 0;
    let keep = |c: u8| c.is_ascii_alphanumeric() || c == b'\'';
    for w in (AsciiWords { s: a, at: 0, keep }).take(4) {
        buf[n] = w;
        n += 1;
    }
    let words = &buf[..n];
    words.iter().position(|w| matches!(*w, "each" | "apiece")).is_some_and(|i| i <= 2)
        || a.trim_start().starts_with("a head")
        || a.trim_start().starts_with("per head")
        || words.windows(2).take(3).any(|w| w == ["a", "head"] || w == ["per", "head"])
}

/// The unit of a rate written "45p a mile", "six an hour", "£9,250 per year": the word after
/// "a"/"an"/"per" just after the number.
/// "24 hours in a day", "three sessions every week" say the same.
fn rate_unit(after: &str) -> Option<String> {
    let a = head(after, 30);
    let mut words = AsciiWords { s: a, at: 0, keep: |c: u8| c.is_ascii_alphabetic() };
    let rate = |w: &str| matches!(w, "a" | "an" | "per" | "every" | "in");
    let first = words.next()?;
    let first = if rate(first) { first } else { words.next()? };
    if first == "in" && !matches!(words.next()?, "a" | "an" | "each") {
        return None;
    }
    if !rate(first) {
        return None;
    }
    words.next().map(str::to_string)
}

/// Whether the words after a total say it is the product: "7,200 in total".
fn in_all_after(after: &str) -> bool {
    let a = after.trim_start();
    ["in all", "in total", "altogether"].iter().any(|w| a.starts_with(w))
}

/// A number's value and interval in major units (pence as pounds).
fn major(cx: &Context, k: usize) -> Option<(Rational, Interval)> {
    let n = &cx.numbers[k];
    let f = Rational::new(1, i128::from(n.minor_units.max(1)))?;
    Some((n.value.checked_mul(f)?, Interval::of(n)?.scale(f)?))
}

/// Whether `rate` and `total` measure the same thing: money in one currency, or counts whose
/// measure units (if any) agree.
fn same_measure(cx: &Context, rate: usize, total: usize) -> bool {
    let (a, b) = (&cx.numbers[rate], &cx.numbers[total]);
    let measure = |u: &Option<String>| u.as_deref().is_some_and(|u| EN.is_measure_unit(u));
    match (a.kind, b.kind) {
        (Kind::Money, Kind::Money) => a.currency == b.currency,
        (Kind::Count, Kind::Count) => match (&a.unit, &b.unit) {
            (Some(x), Some(y)) if measure(&a.unit) || measure(&b.unit) => same_unit(x, y),
            _ => true,
        },
        _ => false,
    }
}

/// Whether the gap before the total is plain enough to tie it to the product, and whether it
/// says the total is the product.
fn total_gap(gap: &str) -> Option<bool> {
    if gap.len() > 90 || gap.contains(['.', ';', '(', ')', ':']) {
        return None;
    }
    let g = gap;
    if any_word(g, NOT_PRODUCT) {
        return None;
    }
    Some(any_word(g, RESULT))
}

/// "Adding the 1,300 homes planned at Fenwick to the 2,750 already approved gives 4,050": a
/// worded sum.
fn worded_sum(name: &'static str, cx: &Context, a: usize, end: usize, out: &mut Vec<Finding>) -> bool {
    let (b, c) = (a + 1, a + 2);
    if c >= end || !cx.usable(a) || !cx.usable(b) || !cx.usable(c) {
        return false;
    }
    let same = |x: usize, y: usize| same_measure(cx, x, y) && cx.numbers[x].kind == cx.numbers[y].kind;
    if !same(a, b) || !same(a, c) {
        return false;
    }
    let before = tail(cx.low_before(a), 16);
    let lead = before.trim_end().trim_end_matches(" the").trim_end_matches(" another");
    if !(lead.ends_with("adding") || lead.ends_with("add")) {
        return false;
    }
    let g = cx.low_gap(a, b);
    let to = g.trim_end().trim_end_matches(" the").trim_end_matches(" another");
    if g.len() > 60 || g.contains(['.', ';', ',']) || !(to.ends_with(" to") || to == "to") || any_word(g, NOT_PRODUCT) {
        return false;
    }
    let Some(says) = total_gap(cx.low_gap(b, c)) else { return false };
    let says = says || any_word(cx.low_gap(b, c), &["brings", "takes", "bring", "take"]);
    let (Some((av, ai)), Some((bv, bi)), Some((cv, ci))) = (major(cx, a), major(cx, b), major(cx, c)) else {
        return false;
    };
    let (Some(sum), Some(exact)) = (ai.add(&bi), av.checked_add(bv)) else { return false };
    let holds = sum.meets(&ci);
    if !holds && !says {
        return false;
    }
    let like = &cx.numbers[c];
    let to_like = |v: Rational| v.checked_mul(Rational::int(i64::from(like.minor_units.max(1)))).unwrap_or(v);
    let (at, bt, ct) = (cx.text_of(a), cx.text_of(b), cx.text_of(c));
    let message = if holds {
        format!("{at} + {bt} = {ct}")
    } else {
        format!("{at} + {bt} is {}, not {ct}", explain::like(to_like(exact), like))
    };
    out.push(finding(name, holds, vec![a, b, c], to_like(cv), to_like(exact), cx.span(a, c), message));
    true
}

/// Finds the products in a text.
pub(super) fn products(name: &'static str, cx: &Context, out: &mut Vec<Finding>) {
    for range in &cx.numbers_in {
        for b in range.clone() {
            if worded_sum(name, cx, b, range.end, out) {
                continue;
            }
            if !cx.usable(b) || !matches!(cx.numbers[b].kind, Kind::Count | Kind::Money) {
                continue;
            }
            let count_ok = |a: usize| range.contains(&a) && cx.usable(a) && cx.numbers[a].kind == Kind::Count && a != b;
            let next_gap = if b + 1 < range.end { cx.low_gap(b, b + 1) } else { cx.low_after(b) };
            // "24 classrooms holding 30 pupils each", "150 bins at £80 each": count, rate, total.
            if b > range.start && count_ok(b - 1) && b + 1 < range.end && each_after(next_gap) {
                let a = b - 1;
                let g = cx.low_gap(a, b);
                let tied =
                    super::words_in(g) <= 4 && !g.contains([',', '.', ';', ':', '(', ')']) && !any_word(g, NOT_PRODUCT);
                let c = b + 1;
                // The words after the rate only when the count and rate are tied.
                let says = || strip_each(head(next_gap, 120)).and_then(total_gap);
                if let Some(says) = tied.then(says).flatten() {
                    if same_measure(cx, b, c) && cx.usable(c) {
                        decide(name, cx, a, b, c, says, out);
                        continue;
                    }
                }
            }
            // "Tickets cost $45 each, so the 320 sold raised $14,400": rate, count, total.
            if b + 2 < range.end && count_ok(b + 1) && each_after(next_gap) && cx.numbers[b].kind == Kind::Money {
                let (a, c) = (b + 1, b + 2);
                let g = strip_each(next_gap).unwrap_or("");
                let tied =
                    super::words_in(g) <= 4 && !g.contains(['.', ';', ':', '(', ')']) && !any_word(g, NOT_PRODUCT);
                let same = cx.usable(c) && same_measure(cx, b, c) && cx.numbers[c].kind == Kind::Money;
                if let Some(says) = (tied && same).then(|| total_gap(cx.low_gap(a, c))).flatten() {
                    decide(name, cx, a, b, c, says, out);
                    continue;
                }
            }
            // "Eight coaches each carrying 52 fans means 416", "Each of the 24 classrooms holds 30
            // pupils, so the school has room for 720": "each" before the rate.
            if b > range.start && count_ok(b - 1) && b + 1 < range.end && each_before(cx, b - 1, b) {
                let c = b + 1;
                let gap = cx.low_gap(b, c);
                let in_all =
                    ["in all", "in total", "altogether"].iter().any(|w| cx.low_after(c).trim_start().starts_with(w));
                let plain = gap.len() <= 60 && !gap.contains(['.', ';', '(', ')', ':']) && !any_word(gap, NOT_PRODUCT);
                if plain && cx.usable(c) && same_measure(cx, b, c) && cx.numbers[c].kind == cx.numbers[b].kind {
                    let says = in_all || any_word(gap, RESULT);
                    decide(name, cx, b - 1, b, c, says, out);
                    continue;
                }
            }
            // "Three shifts of eight hours give 24 hours": count, "NOUN of", rate, total in the rate's unit.
            if b > range.start && count_ok(b - 1) && b + 1 < range.end && cx.numbers[b].kind == Kind::Count {
                let a = b - 1;
                let g = cx.low_gap(a, b);
                let shape = g.strip_suffix(" of ").map(str::trim).is_some_and(|w| {
                    !w.is_empty()
                        && w.bytes().all(|c| c.is_ascii_alphabetic())
                        && !matches!(
                            w,
                            "out"
                                | "one"
                                | "each"
                                | "all"
                                | "some"
                                | "most"
                                | "none"
                                | "any"
                                | "them"
                                | "which"
                                | "whom"
                                | "those"
                                | "these"
                        )
                });
                let c = b + 1;
                // "32 rows of 45 seats, giving a capacity of 1,540": a total without a unit, when
                // the wording says it is the product.
                let says = total_gap(cx.low_gap(b, c));
                let units = match (&cx.numbers[b].unit, &cx.numbers[c].unit) {
                    (Some(x), Some(y)) => same_unit(x, y),
                    (Some(_), None) => says == Some(true),
                    _ => false,
                };
                if shape && units && cx.usable(c) && cx.numbers[c].kind == Kind::Count {
                    if let Some(says) = says {
                        decide(name, cx, a, b, c, says, out);
                        continue;
                    }
                }
            }
            let rate = rate_unit(next_gap);
            if rate.as_deref().is_some_and(|p1| per_period(name, cx, b, range.end, p1, next_gap, out)) {
                continue;
            }
            // "At 45p a mile, a trip of 120 miles earns £54": a rate per unit, a count of that
            // unit anywhere in the sentence, and a total after the rate.
            if let Some(unit) = rate {
                let counts: Vec<usize> = range
                    .clone()
                    .filter(|&a| count_ok(a) && cx.numbers[a].unit.as_deref().is_some_and(|u| same_unit(u, &unit)))
                    .collect();
                let [a] = counts[..] else { continue };
                let c = if a == b + 1 { b + 2 } else { b + 1 };
                if c >= range.end
                    || !cx.usable(c)
                    || !same_measure(cx, b, c)
                    || cx.numbers[c].kind != cx.numbers[b].kind
                {
                    continue;
                }
                let from = if a + 1 == c { a } else { b };
                let gap = cx.low_gap(from, c);
                // The rate's own "a mile" belongs to it, not to the link.
                let gap = strip_rate(gap);
                if let Some(says) = total_gap(gap) {
                    // "three sessions a week ... attend 38 sessions": the total counts what the
                    // rate counts, in a plain clause.
                    let counted = match (&cx.numbers[b].unit, &cx.numbers[c].unit) {
                        (Some(x), Some(y)) => same_unit(x, y) && super::words_in(gap) <= 6 && !any_word(gap, NOT_ALL),
                        _ => false,
                    };
                    decide(name, cx, a, b, c, says || counted || in_all_after(cx.low_after(c)), out);
                }
                continue;
            }
            // "$400,000 for each of its 40 parks" after "$12m": total, rate, count.
            if b > range.start && b + 1 < range.end && count_ok(b + 1) {
                let g = cx.low_gap(b, b + 1);
                let each_of =
                    ["for each of", "to each of", "for every one of", "for each", "for every", "per"].iter().any(|w| {
                        g.trim()
                            .strip_prefix(w)
                            .is_some_and(|r| matches!(r.trim(), "" | "its" | "the" | "their" | "our" | "his" | "her"))
                    });
                // "2 per 1,000 people" is a rate per a round base, not a share of a total.
                let base = g.trim() == "per"
                    && [10, 100, 1000, 10_000, 100_000, 1_000_000]
                        .iter()
                        .any(|&p| cx.numbers[b + 1].value == Rational::int(p));
                let each_of = each_of && !base;
                let c = b - 1;
                if each_of && cx.usable(c) && same_measure(cx, b, c) && cx.numbers[c].kind == cx.numbers[b].kind {
                    let g = cx.low_gap(c, b);
                    if g.len() <= 60 && !g.contains(['.', ';']) {
                        let lg = g;
                        let says = any_word(
                            lg,
                            &["works out", "work out", "amounts to", "equivalent to", "means", "or", "equal to"],
                        );
                        if !any_word(lg, NOT_PRODUCT) {
                            decide(name, cx, b + 1, b, c, says, out);
                        }
                    }
                }
            }
        }
    }
}

/// How many of the shorter period the longer one holds, as a range: a year is 52 to 52.18
/// weeks and 365 or 366 days.
fn periods(short: &str, long: &str) -> Option<(Rational, Rational)> {
    let r = |n: i128, d: i128| Rational::new(n, d);
    Some(match (short, long) {
        ("day", "week") => (r(7, 1)?, r(7, 1)?),
        ("day", "year") => (r(365, 1)?, r(366, 1)?),
        ("week", "year") => (r(52, 1)?, r(5218, 100)?),
        ("month", "year") => (r(12, 1)?, r(12, 1)?),
        ("hour", "day") => (r(24, 1)?, r(24, 1)?),
        ("day", "month") => (r(28, 1)?, r(31, 1)?),
        ("week", "month") => (r(4, 1)?, r(435, 100)?),
        _ => return None,
    })
}

/// "1,200 cars a week, or 62,400 a year", "£300 a week, or £15,600 a year": one rate restated
/// over a longer or shorter period.
fn per_period(
    name: &'static str,
    cx: &Context,
    b: usize,
    end: usize,
    p1: &str,
    gap: &str,
    out: &mut Vec<Finding>,
) -> bool {
    let c = b + 1;
    if !matches!(p1.strip_suffix('s').unwrap_or(p1), "year" | "month" | "week" | "day" | "hour") {
        return false;
    }
    if c >= end || !cx.usable(c) || !same_measure(cx, b, c) || cx.numbers[b].kind != cx.numbers[c].kind {
        return false;
    }
    let Some(p2) = rate_unit(cx.low_after(c)) else { return false };
    let unit = cx.numbers[b].unit.as_deref().filter(|_| cx.numbers[b].kind == Kind::Count).unwrap_or("");
    let own = gap.trim_start().strip_prefix(unit).unwrap_or(gap);
    let link = strip_rate(own).trim();
    // The rate's own noun may stand before the link: "€950 a month membership works out at".
    let link = link.trim_start_matches(',').trim_start();
    let after_noun =
        link.split_once(' ').map_or("", |(w, rest)| if w.bytes().all(|c| c.is_ascii_alphabetic()) { rest } else { "" });
    if !listed(PERIOD_LINKS, link) && !listed(PERIOD_LINKS, after_noun.trim_start_matches(',').trim_start()) {
        return false;
    }
    let singular = |p: &str| p.strip_suffix('s').unwrap_or(p).to_string();
    let (p1, p2) = (singular(p1), singular(&p2));
    let (factor, up) = match (periods(&p1, &p2), periods(&p2, &p1)) {
        (Some(f), _) => (f, true),
        (None, Some(f)) => (f, false),
        _ => return false,
    };
    let (Some((bv, bi)), Some((cv, ci))) = (major(cx, b), major(cx, c)) else { return false };
    // From the longer period to the shorter, the rate divides.
    let (lo, hi) = factor;
    let scale = |k: Rational| if up { Some(k) } else { Rational::ONE.checked_div(k) };
    let (Some(klo), Some(khi)) = (scale(lo), scale(hi)) else { return false };
    let (Some(a), Some(z)) = (bi.scale(klo), bi.scale(khi)) else { return false };
    let span = Interval { lo: a.lo.min(z.lo), hi: a.hi.max(z.hi) };
    let holds = span.meets(&ci);
    let Some(exact) = bv.checked_mul(klo) else { return false };
    let like = &cx.numbers[c];
    let to_like = |v: Rational| v.checked_mul(Rational::int(i64::from(like.minor_units.max(1)))).unwrap_or(v);
    let (bt, ct) = (cx.text_of(b), cx.text_of(c));
    let k = if up { format!("× {}", explain::plain(lo, 2)) } else { format!("÷ {}", explain::plain(lo, 2)) };
    let message = if holds {
        format!("{bt} a {p1} {k} = {ct} a {p2}")
    } else {
        format!("{bt} a {p1} {k} is {} a {p2}, not {ct}", explain::like(to_like(exact), like))
    };
    out.push(finding(name, holds, vec![b, c], to_like(cv), to_like(exact), cx.span(b, c), message));
    true
}

/// Whether "each" ties count `a` to rate `b` from before the rate: "coaches each carrying",
/// "rooms, each sleeping", or "Each of the 24 classrooms holds".
fn each_before(cx: &Context, a: usize, b: usize) -> bool {
    let g = cx.low_gap(a, b);
    // Most pairs have no "each" near them: say no before splitting words.
    if !g.contains("each") && !tail(cx.low_before(a), 24).contains("each") {
        return false;
    }
    let w: Vec<&str> = g.split(|c: char| !c.is_ascii_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).collect();
    if w.len() > 5 || g.contains([';', '.', '(', ')', ':']) || any_word_but(g, NOT_PRODUCT, "each") {
        return false;
    }
    let own = w.contains(&"each") && g.rfind(',').is_none_or(|c| g[c..].contains("each"));
    let lead = cx.low_before(a).trim_end();
    // "each of the club's 45 members": a possessive may stand between.
    let lead = match lead.rsplit_once(' ') {
        Some((head, w)) if w.ends_with("'s") || w.ends_with("’s") => head.trim_end(),
        _ => lead,
    };
    // "On average, each of the 45 members": a short opening phrase before it.
    let opening = |h: &str| {
        let h = h.trim_end();
        h.is_empty() || h.ends_with(',') && h.split_whitespace().count() <= 3 && !h[..h.len() - 1].contains(',')
    };
    let each_of = ["each of the", "each of its", "each of their", "each of our", "each of"]
        .iter()
        .any(|p| lead.ends_with(p) && opening(&lead[..lead.len() - p.len()]));
    own || (each_of && !g.contains(','))
}

/// The gap after an "each" rate without its "each": " pupils each, the academy has room for " →
/// ", the academy has room for ".
fn strip_each(gap: &str) -> Option<&str> {
    let l = gap;
    for w in ["each", "apiece", "a head", "per head"] {
        if let Some(i) = l.find(w) {
            return gap.get(i + w.len()..);
        }
    }
    None
}

/// The gap after a per-unit rate without its "a mile": " a mile, a round trip of " → ", a round trip of ".
/// Also with the rate's own noun before it: " sessions a week, participants attend " →
/// ", participants attend ".
fn strip_rate(gap: &str) -> &str {
    let past_word = |s: &'_ str| -> usize { s.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(s.len()) };
    let t = gap.trim_start();
    let noun = past_word(t);
    for t in [t, t[noun..].trim_start()] {
        for w in ["a ", "an ", "per ", "every ", "in a ", "in an ", "in each "] {
            if let Some(rest) = t.strip_prefix(w) {
                return &rest[past_word(rest)..];
            }
        }
    }
    gap
}

/// A number's value and interval in major units, read as an input the writer worked from: a
/// whole "£2 each" is £2, not £1.50 to £2.50 (see [`Interval::given`]).
fn given(cx: &Context, k: usize) -> Option<(Rational, Interval)> {
    let n = &cx.numbers[k];
    let f = Rational::new(1, i128::from(n.minor_units.max(1)))?;
    Some((n.value.checked_mul(f)?, cx.given(k)?.scale(f)?))
}

/// Decides count `a` × rate `b` = total `c`. A mismatch is reported only when `says`.
fn decide(name: &'static str, cx: &Context, a: usize, b: usize, c: usize, says: bool, out: &mut Vec<Finding>) {
    let (Some((av, ai)), Some((bv, bi)), Some((cv, ci))) = (given(cx, a), given(cx, b), major(cx, c)) else { return };
    let (Some(product), Some(exact)) = (ai.mul(&bi), av.checked_mul(bv)) else { return };
    let holds = product.meets(&ci);
    // A total smaller than its rate is no total of it.
    if !holds && (!says || cv < bv) {
        return;
    }
    let (first, second) = if a < b { (a, b) } else { (b, a) };
    let expr = format!("{} × {}", cx.text_of(first), cx.text_of(second));
    let like = &cx.numbers[c];
    let to_like = |v: Rational| v.checked_mul(Rational::int(i64::from(like.minor_units.max(1)))).unwrap_or(v);
    let ct = cx.text_of(c);
    let message = if holds {
        format!("{expr} = {ct}")
    } else {
        let needed = cv.checked_div(av).map(|r| {
            let n = &cx.numbers[b];
            let r = r.checked_mul(Rational::int(i64::from(n.minor_units.max(1)))).unwrap_or(r);
            explain::like(r, n)
        });
        let tail = needed.map(|r| format!("; for {ct} the rate would be {r}")).unwrap_or_default();
        format!("{expr} is {}, not {ct}{tail}", explain::like(to_like(exact), like))
    };
    let lo = a.min(b).min(c);
    let hi = a.max(b).max(c);
    let mut used = vec![a, b, c];
    used.sort_unstable();
    out.push(finding(name, holds, used, to_like(cv), to_like(exact), cx.span(lo, hi), message));
}
