//! **breakdown**: shares of one whole that should reach 100%: "45% voted Labour, 30%
//! Conservative, 15% Lib Dem and the remaining 10% for others", "52% said yes, 41% no and 7%
//! did not know", "a third ... a third ... and a third", "60% ... and the other 40%".
//!
//! Matches a list of percentages (or fractions, read as percentages, or pence "of every pound")
//! in one sentence joined by commas, "and", "while" or "with", or carried into the next sentence
//! by "Another 35% ..." or "The remaining 48% ...". A list is exhaustive when a part is "the
//! rest", "the remaining", "the other", "the last", "everything else" or "others", when it splits
//! yes/no/don't know or for/against, or when "split" or "divided" introduces it; an exhaustive
//! list must reach 100 within the rounding of each part (whole percentages allow ±0.5 each;
//! fractions in words ±2 points), and one with a named remainder ("the remaining 6%"), worked out
//! from the others, may fall short of 100 by no more than that part's own rounding. Any other
//! list of shares that read as items of one partition (later parts elide the verb: "30%
//! Conservative") must not exceed 100. Rates of different wholes ("65% in Leeds, 70% in York",
//! "30% of men and 40% of women") and changes ("45%, up from 40%") are not breakdowns. Examples:
//! - "45% voted Labour, 30% Conservative, 15% Lib Dem and the remaining 10% for others" ✓
//! - "52% said yes, 41% no and 4% did not know" ✗: the shares add up to 97%, not 100%
//! - "45% Labour, 40% Conservative and 25% Lib Dem" ✗: 110%, more than the whole
//! - "62% on staff, 21% on drugs, 9% on buildings and the remaining 6% on administration" ✗: 98%
//! - "turnout was 65% in Leeds and 70% in York" is no breakdown.

use super::context::{any_word, any_word_but, contains_any, has_word, head, last_words, tail, word_count};
use super::{explain, finding, Context, Interval, Rule};
use crate::number::{Kind, Rational};
use crate::report::Finding;

/// The rule.
pub struct Breakdown;

/// The most shares one list may hold.
const WINDOW: usize = 8;

/// Words that make neighbouring percentages something other than shares of one whole.
#[rustfmt::skip]
const NOT_SHARES: &[&str] = &[
    "from", "than", "compared", "versus", "vs", "rose", "fell", "risen", "fallen", "up", "down", "increase",
    "increased", "decrease", "decreased", "grew", "dropped", "climbed", "jumped", "per", "of them", "of whom",
    "of which", "of those", "of these", "year", "years", "month", "months", "previously", "last", "before", "after",
    "average", "points", "rate", "interest", "growth", "margin",
];

/// Words that compare the next share with the one before when they open the link to it ("62% in
/// Leeds, against 58% in York"), though after a share they may name its side ("47.1% against").
const COMPARING_LINK: &[&str] = &["against", "versus", "vs", "compared"];

/// Nouns that make a share a benchmark rather than a part: "the 78% target".
const BENCHMARKS: &[&str] = &[
    "target",
    "targets",
    "standard",
    "threshold",
    "goal",
    "benchmark",
    "limit",
    "cap",
    "ceiling",
    "floor",
    "mark",
    "majority",
    "quota",
    "requirement",
    "minimum",
    "maximum",
];

/// Words that split a whole into answers: together they say the list is complete.
const ANSWERS: &[(&str, &str)] =
    &[("yes", "no"), ("for", "against"), ("in favour", "opposed"), ("agree", "disagree"), ("support", "oppose")];

/// Answers that take no side: a share giving one of them is the rest of a poll's whole.
const ABSTAIN: &[&str] = &[
    "don't know",
    "did not know",
    "didn't know",
    "undecided",
    "unsure",
    "not sure",
    "no opinion",
    "no preference",
    "no view",
    "no strong view",
    "neither",
    "had no view",
    "abstained",
];

/// Prepositions that open an item of a partition whose verb is elided: "30% on roads".
const ITEM_PREPOSITIONS: &[&str] = &["on", "in", "for", "to", "from", "by", "with", "at", "as", "against", "via"];

/// How far around a number the rules read: enough for a list item, short enough to stay linear.
pub(super) const READ: usize = 100;

fn lower_gap<'c>(cx: &'c Context, k: usize, parts_end: bool) -> &'c str {
    let same = k + 1 < cx.numbers.len() && cx.sentence_of[k + 1] == cx.sentence_of[k];
    head(if same && !parts_end { cx.low_gap(k, k + 1) } else { cx.low_after(k) }, READ)
}

/// Whether number `k` is a share: a usable percentage, a fraction of a whole, or pence out of
/// every pound ("Of every pound the council spends, adult social care takes 38p").
fn is_share(cx: &Context, k: usize) -> bool {
    let n = &cx.numbers[k];
    cx.usable(k)
        && match n.kind {
            Kind::Percent => true,
            Kind::Fraction => n.value > Rational::ZERO && n.value <= Rational::ONE,
            Kind::Money => per_pound(cx, k),
            _ => false,
        }
}

/// Words that make a whole of one pound that amounts in pence split.
const EVERY_POUND: &[&str] = &["every pound", "each pound", "every £1", "each £1"];

/// Whether number `k` is an amount in pence or cents of one major unit that its sentence
/// names as the whole split: "Of every pound ..., ... 38p".
fn per_pound(cx: &Context, k: usize) -> bool {
    let n = &cx.numbers[k];
    n.minor_units == 100 && n.value <= Rational::int(100) && contains_any(tail(cx.low_before(k), 2 * READ), EVERY_POUND)
}

/// A share as an interval of percentage points, or `None` if it is not a share.
fn share(cx: &Context, k: usize) -> Option<Interval> {
    let n = &cx.numbers[k];
    if !is_share(cx, k) {
        return None;
    }
    let iv = Interval::of(n)?;
    if n.kind != Kind::Fraction {
        return Some(iv);
    }
    let iv = iv.scale(Rational::int(100))?;
    // "a third" in words is rarely meant to the last point.
    let slack = if n.in_words { Rational::int(2) } else { Rational::ZERO };
    Some(Interval { lo: iv.lo.and_then(|v| v.checked_sub(slack)), hi: iv.hi.and_then(|v| v.checked_add(slack)) })
}

// The list reading shared with the sum rule.

/// If `gap` joins two items of a list, whether it is the final join ("and").
pub(super) fn list_join(gap: &str, max_len: usize, banned: &[&str]) -> Option<bool> {
    if gap.len() > max_len {
        return None;
    }
    let g = gap;
    if let Some(last) = bracketed_join(g) {
        return Some(last);
    }
    // "from" names an item's source ("35 from Leeds, 30 from York") unless it ties the next
    // number to the one before ("rose from 35 to 40"): only after the last separator it bans.
    let cut = g.rfind([',', ';']).map_or(0, |i| i + 1).max(g.rfind(" and ").map_or(0, |i| i + 4));
    let (own, link) = g.split_at(cut);
    // "... and the last 5%": the last part, not last year's.
    let link = link.strip_suffix("the last ").unwrap_or(link);
    if any_word_but(own, banned, "from") || any_word(link, banned) || g.contains(['(', ')', ':', '.']) {
        return None;
    }
    // The final join's "and" follows the last comma: "nurses and midwives, 1,410 doctors" is
    // a comma join whose "and" belongs to the item, and so is the "and" of a name after one
    // ("14%, admin and clerical staff 17%"): after a comma the final join opens the link.
    let joins = &["and", "plus", "while", "whereas"];
    let last = match g.rfind([',', ';']) {
        Some(i) => g[i + 1..].split_whitespace().next().is_some_and(|w| joins.contains(&w)),
        None => any_word(g, joins),
    };
    (last || g.contains([',', ';']) || has_word(g, "with")).then_some(last)
}

/// A join between bracketed items: "), good (", ") and litter (", "), or poor (". Whether it
/// is the last join, or `None` if the gap is not one.
fn bracketed_join(g: &str) -> Option<bool> {
    let inner = g.trim().strip_prefix(')')?.strip_suffix('(')?;
    let (last, item) = if let Some(r) = inner.strip_prefix(", and ").or_else(|| inner.strip_prefix(", or ")) {
        (true, r)
    } else if let Some(r) = inner.trim_start().strip_prefix("and ").or_else(|| inner.trim_start().strip_prefix("or ")) {
        (true, r)
    } else {
        (false, inner.strip_prefix(", ")?)
    };
    let words = item.split_whitespace().count();
    let plain = item.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ' || b == b'-' || b == b'\'');
    (plain && (1..=4).contains(&words)).then_some(last)
}

/// Whether a part is "the rest": "the remaining 25", "the other 25", "25 others", "25 elsewhere".
pub(super) fn is_rest(before: &str, after: &str) -> bool {
    let b = tail(before, 40);
    let a = head(after, READ);
    let b = b.trim_end_matches([' ', ',', '(']);
    let ends = |w: &str| ends_with_word(b, w);
    REMAINDER.iter().any(|w| ends(w))
        || ["others", "the last", "the final"].iter().any(|w| ends(w))
        || COMPLETES.iter().any(|w| ends(w))
        || EVERYTHING_ELSE.iter().any(|w| ends(w))
        // "36 were cancelled and 18 delayed, leaving 186 that ran on time".
        || ends("leaving")
        // "and other sources 17.2%": "other" and the item's noun before the last part.
        || last_words(b).nth(1) == Some("other")
        || a.trim_start().starts_with("the rest")
        // "with the rest of the world taking 23%": the rest named as the subject before its part.
        || b.contains("rest of the")
        || any_word(own_words(a), &["others", "other", "elsewhere", "remaining", "the rest", "the remainder"])
        || any_word(own_words(a), EVERYTHING_ELSE)
}

/// Whether `b` ends with the words `w`.
fn ends_with_word(b: &str, w: &str) -> bool {
    b.strip_suffix(w).is_some_and(|r| !r.ends_with(|c: char| c.is_ascii_alphabetic()))
}

/// Whether the share that ends the sentence before number `i` opens the list `i` goes on
/// with: "52% work full time. Another 35% work part time and 13% are bank staff", "... The
/// remaining 48% ...". That sentence holds no other percentage before it.
fn carried(cx: &Context, i: usize) -> bool {
    let p = i - 1;
    let Some((own, link)) = cx.low_gap(p, i).split_once('.') else { return false };
    let (own, link) = (own.trim_start_matches([',', ' ']), link.trim());
    // A fraction before the share restates it ("half of the nurses, 52%"); a percentage lists it.
    let joined = p > 0 && cx.sentence_of[p - 1] == cx.sentence_of[p] && cx.numbers[p - 1].kind == Kind::Percent;
    is_share(cx, p)
        && cx.numbers[p].kind == cx.numbers[i].kind
        && cx.sentence_of[p] + 1 == cx.sentence_of[i]
        && !joined
        && word_count(own, 8) <= 6
        && !own.contains([';', ':', '(', ')', ','])
        && !any_word(own, NOT_SHARES)
        && word_count(link, 3) <= 2
        && (matches!(link, "another" | "a further") || is_rest(link, ""))
}

/// Words before a part that say it is what is left of the whole once the others are taken:
/// "the remaining 6%", "the rest, 34%", "the other 40%". Such a part is worked out from the
/// others, so a list with one adds up to the whole within that part's own rounding.
const REMAINDER: &[&str] = &["remaining", "the rest", "other", "remainder", "the balance"];

/// Words that bring in the last part of a whole: "and the collection is completed by 570 textiles".
const COMPLETES: &[&str] = &["completed by", "rounded out by", "rounded off by", "made up by", "topped off by"];

/// An item that names all the rest without a number of its own word: "15% on everything else".
const EVERYTHING_ELSE: &[&str] = &["everything else", "all else", "anything else", "all the rest"];

/// Whether a list that "and" closed goes on to "the rest" after a comma, a semicolon or a full stop:
/// "47% were satisfied and 29% dissatisfied; the remaining 14% were neutral", "... rent
/// privately. The remaining 11% rent from the council". `gap` runs from the list's last number
/// to the next one, `after` follows that one.
pub(super) fn rest_follows(gap: &str, after: &str) -> bool {
    let Some(cut) = gap.find([';', '.', ',']) else { return false };
    let (own, link) = (&gap[..cut], &gap[cut + 1..]);
    // "; spoilt ballots made up the remaining 3.1%": a clause may name the rest before its figure.
    let completes =
        COMPLETES.iter().chain(REMAINDER).any(|w| link.trim_end().ends_with(w)) || link.contains("rest of the");
    own.split_whitespace().count() <= 8
        && !own.contains([';', '(', ')', ':'])
        && link.split_whitespace().count() <= if completes { 7 } else { 3 }
        && is_rest(link, after)
}

/// The words that belong to a list item, up to the next separator.
fn own_words(after: &str) -> &str {
    let item = after.split([',', '.', ';', ')', ':']).next().unwrap_or("");
    item.split(" and ").next().unwrap_or(item)
}

/// Whether the text after a list's last number goes on to a part it does not number: "35 in
/// Leeds and the rest in York", "with the rest spoiled". Then the numbered parts are not all.
pub(super) fn unnumbered_rest(after: &str) -> bool {
    let a = head(after, READ);
    let rest = a.get(own_words(a).len()..).unwrap_or("");
    let rest = rest.split(['.', ';']).next().unwrap_or("");
    // A bare "and other sources" belongs to the item; "the others" is a part of its own.
    any_word(rest, &["rest", "remaining", "remainder", "the others", "the other", "elsewhere", "balance"])
}

/// The join after a first share that names its whole and when: "34.6% of the country's
/// electricity last year, wind 28.1%". The words before the comma belong to the first item, time
/// words included; the next item is named in at most three plain words. Whether it is the last
/// join, or `None` if the gap is not one.
fn whole_named_join(gap: &str) -> Option<bool> {
    let (own, link) = gap.strip_prefix(" of ")?.rsplit_once(',')?;
    let words = link.split_whitespace().count();
    let plain = |t: &str| t.bytes().all(|b| b.is_ascii_lowercase() || b == b' ' || b == b'\'' || b == b'-');
    let ok = gap.len() <= 90
        && (plain(own) || own.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ' || b == b'\''))
        && plain(link)
        && (1..=3).contains(&words)
        && !any_word(link, NOT_SHARES)
        && !any_word(own, &["than", "from", "compared", "versus", "up", "down", "rose", "fell"]);
    ok.then(|| has_word(link, "and"))
}

/// Whether the gap before a list's first item continues an earlier list: "…, 5% and".
pub(super) fn continues_list(gap: &str) -> bool {
    let g = tail(gap.trim_end(), 8);
    g.ends_with([',', ';']) || g.ends_with(" and") || g.ends_with(" plus")
}

/// Whether number `k` is a whole introduced by "of", "among" or "every": "Of 3,000 residents
/// asked", "For every £1 raised".
fn names_whole(cx: &Context, k: usize) -> bool {
    let n = &cx.numbers[k];
    // "Of the trust's £2.1bn budget": the owner's name is part of the whole's name.
    let intro = last_words(cx.lead(k)).find(|w| {
        !["the", "its", "their", "all", "a", "total"].contains(w) && !w.ends_with("'s") && !w.ends_with("’s")
    });
    matches!(n.kind, Kind::Count | Kind::Money) && matches!(intro, Some("of" | "among" | "from" | "every" | "each"))
}

/// The first word after a share: "in" for "65% in Leeds", "of" for "30% of men".
fn first_word(text: &str) -> String {
    head(text, 60).split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or("").to_string()
}

impl Rule for Breakdown {
    fn name(&self) -> &'static str {
        "breakdown"
    }

    fn description(&self) -> &'static str {
        "shares of one whole that should reach 100%: 45% Labour, 30% Conservative, 25% others"
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        for range in &cx.numbers_in {
            let mut i = range.start;
            while i < range.end {
                if !is_share(cx, i) {
                    i += 1;
                    continue;
                }
                let mut parts = vec![i];
                if i == range.start && i > 0 && carried(cx, i) {
                    parts.insert(0, i - 1);
                }
                let mut k = i;
                let mut closed = false;
                while k + 1 < range.end && parts.len() < WINDOW {
                    // A share two figures on. "Smith 12,402 (48%), Jones 9,311 (36%)": each share in
                    // brackets after its count, the join the text before the count; "billing 45%
                    // (1,080), delays 30%": each count in brackets after its share, the join after it.
                    let (a, b) = (cx.low_gap(k, k + 1), if k + 2 < range.end { cx.low_gap(k + 1, k + 2) } else { "" });
                    let after_count = a == " (" && b.starts_with(')');
                    let counted = k + 2 < range.end
                        && !is_share(cx, k + 1)
                        && is_share(cx, k + 2)
                        && ((b == " (" && a.starts_with(')')) || after_count)
                        && !cx.text_of(k + 2).starts_with(['+', '-', '−', '–']);
                    // "41% of the region's power in 2023, gas 30%": a year in the first item.
                    let dated = parts.len() == 1
                        && k + 2 < range.end
                        && !cx.numbers[k + 1].kind.is_quantity()
                        && is_share(cx, k + 2);
                    let skip = if counted {
                        let join = if after_count { b } else { a }.trim_start_matches(')');
                        let Some(last) = list_join(join, 70, NOT_SHARES) else { break };
                        Some(last)
                    } else if dated {
                        whole_named_join(cx.low_slice(cx.numbers[k].span.end, cx.numbers[k + 2].span.start))
                    } else {
                        None
                    };
                    if let Some(last) = skip {
                        parts.push(k + 2);
                        k += 2;
                        if last {
                            closed = true;
                            break;
                        }
                        continue;
                    }
                    if !is_share(cx, k + 1) {
                        break;
                    }
                    let gap = cx.low_gap(k, k + 1);
                    let cut = gap.rfind([',', ';']).map_or(0, |i| i + 1).max(gap.rfind(" and ").map_or(0, |i| i + 4));
                    if any_word(&gap[cut..], COMPARING_LINK) {
                        break;
                    }
                    let join = if parts.len() == 1 { whole_named_join(gap) } else { None };
                    match join.or_else(|| list_join(gap, 70, NOT_SHARES)) {
                        Some(last) => {
                            parts.push(k + 1);
                            k += 1;
                            if last {
                                closed = true;
                                // "...; the remaining 14%", in this sentence or the next.
                                let next = k + 1;
                                if next < cx.numbers.len()
                                    && (next < range.end || cx.sentence_of[next] == cx.sentence_of[k] + 1)
                                    && is_share(cx, next)
                                    && rest_follows(cx.low_gap(k, next), cx.low_after(next))
                                {
                                    parts.push(next);
                                    k = next;
                                }
                                break;
                            }
                        }
                        None => break,
                    }
                }
                i = k + 1;
                // A list cut short at either end by a number it cannot use may not be all of it.
                // "Of 3,000 residents asked, 52% ...": a whole named before the list cuts nothing.
                let cut_front = parts[0] > range.start
                    && (continues_list(cx.low_gap(parts[0] - 1, parts[0])) && !names_whole(cx, parts[0] - 1)
                        // A share shortly before, past a date the list could not take in.
                        || (parts[0].saturating_sub(3).max(range.start)..parts[0]).any(|q| {
                            is_share(cx, q) && cx.numbers[q + 1..parts[0]].iter().all(|n| !n.kind.is_quantity())
                                && q + 1 < parts[0]
                        }));
                let cut_back = !closed && k + 1 < range.end && cx.low_gap(k, k + 1).contains([',', ';']);
                if parts.len() >= 2 {
                    let open = cut_front || cut_back || unnumbered_rest(cx.low_after(k));
                    self.decide(cx, &parts, open, out);
                }
            }
        }
    }
}

/// The shares `parts` add up to, as an interval and exactly, and whether any is hedged.
fn total(cx: &Context, parts: &[usize]) -> Option<(Interval, Rational, bool)> {
    let mut sum = Interval::exact(Rational::ZERO);
    let mut exact = Rational::ZERO;
    let mut hedged = false;
    for &k in parts {
        let n = &cx.numbers[k];
        hedged |= n.hedge.is_some() || n.kind == Kind::Fraction;
        let v = if n.kind == Kind::Fraction { n.value.checked_mul(Rational::int(100))? } else { n.value };
        (sum, exact) = (share(cx, k).and_then(|iv| sum.add(&iv))?, exact.checked_add(v)?);
    }
    Some((sum, exact, hedged))
}

impl Breakdown {
    fn decide(&self, cx: &Context, parts: &[usize], open: bool, out: &mut Vec<Finding>) {
        let last = parts[parts.len() - 1];
        let tails: Vec<&str> = parts.iter().map(|&k| lower_gap(cx, k, k == last)).collect();
        // A share that names a benchmark ("the 78% target", "the 95% standard") is no part of a whole.
        if tails.iter().any(|t| BENCHMARKS.contains(&first_word(t).as_str())) {
            return;
        }
        let before_first = tail(cx.low_before(parts[0]), 60);
        let whole: String = tails.join(" ");
        let item = |t: &str| -> String {
            t.split([',', ';', '.', '(', ')']).find(|x| !x.trim().is_empty()).unwrap_or("").to_string()
        };
        // A part named as what is left ("the remaining 6%") is worked out from the others: when
        // no share is hedged, the stated shares fall short of 100 by no more than its own
        // rounding step, not every part's.
        let mut remainder = None;
        let rest = parts.iter().enumerate().any(|(j, &k)| {
            let before = if j == 0 { tail(cx.low_before(k), 40) } else { cx.low_gap(parts[j - 1], k) };
            if REMAINDER.iter().any(|w| ends_with_word(before.trim_end_matches([' ', ',', '(']), w)) {
                remainder = Some(cx.numbers[k].step);
            }
            let tail = tails[j].split([',', ';']).next().unwrap_or("");
            is_rest(before, tail) || any_word(tail, ABSTAIN)
        }) || any_word(&item(tails[tails.len() - 1]), &["other", "others", "elsewhere"]);
        // "yes ... no" alone may leave the undecided unsaid, so it marks a partition, not a complete one.
        let answers = ANSWERS.iter().any(|(a, b)| has_word(&whole, a) && has_word(&whole, b));
        // The last five words before the list, read without joining them into a new string.
        let split = before_first
            .split_whitespace()
            .rev()
            .take(5)
            .any(|w| any_word(w, &["split", "divided", "breakdown", "down"]));
        // Rates of different wholes: every share followed by the same "in"/"of"/"among", unless
        // the wording says the shares split one whole.
        let w0 = first_word(tails[0]);
        let locator = ["in", "of", "among", "for", "at", "across", "from", "on"].contains(&w0.as_str());
        if locator && tails.iter().all(|t| first_word(t) == w0) && !(rest || split) {
            return;
        }
        // A composition: "Funding is 60% public, 25% private and 15% from trusts". A copula just
        // before the first share and three or more short items, none a rate of its own whole.
        let copula = before_first
            .split_whitespace()
            .next_back()
            .is_some_and(|w| ["is", "was", "are", "were", "came", "comes"].contains(&w));
        let items: Vec<String> = tails.iter().map(|t| item(t.split(" and ").next().unwrap_or(t))).collect();
        let composition = copula
            && parts.len() >= 3
            && items.iter().all(|it| {
                let w = first_word(it);
                (1..=4).contains(&it.split_whitespace().count())
                    && (w == "from"
                        || !["in", "of", "among", "for", "at", "across", "on", "by", "per"].contains(&w.as_str()))
                    && !any_word_but(it, NOT_SHARES, "from")
            });
        let exhaustive = (rest || split || composition) && !open;
        // Items of one partition elide the verb after the first: "45% voted Labour, 30% Conservative".
        // Two lower-case words are a verb and its object as often ("45% keep livestock", a
        // property that may overlap the others): they count only as a preposition and its noun
        // ("30% on roads"), a name ("30% Lib Dem"), a negation ("5% did not") or a pronoun
        // for the first item's measure ("50% met it").
        let elided = tails[1..].iter().any(|t| {
            let item = t.split([',', ';']).next().unwrap_or("");
            let item = item.split(" and ").next().unwrap_or("");
            let words: Vec<&str> = item.split_whitespace().collect();
            let start = (item.as_ptr() as usize).saturating_sub(cx.low.as_ptr() as usize);
            let original = cx.text.get(start..start + item.len()).unwrap_or("");
            let named = original.split_whitespace().any(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
            match words.len() {
                0 | 1 => true,
                // "50% met it": the pronoun takes up the first item's measure.
                2 => {
                    named
                        || ITEM_PREPOSITIONS.contains(&words[0])
                        || words.iter().any(|w| matches!(*w, "not" | "no" | "it" | "them" | "so"))
                }
                _ => false,
            }
        }) || answers
            // "52% work full time. Another 35% ...": a share that goes on from another is a part
            // of its own.
            || cx.sentence_of[parts[0]] != cx.sentence_of[parts[1]];
        // Shares far apart are not items of one list: "the 78% target set for the end of March
        // and far below the original 95% standard".
        let close = parts.windows(2).all(|w| cx.low_gap(w[0], w[1]).split_whitespace().count() <= 8);
        let hundred = Rational::int(100);
        let Some((mut sum, mut exact, hedged)) = total(cx, parts) else { return };
        let over = sum.lo.is_some_and(|lo| lo > hundred);
        let short = |step: Rational| hundred.checked_sub(step).is_some_and(|floor| exact < floor);
        let mut holds =
            if exhaustive { sum.contains(hundred) && (hedged || !remainder.is_some_and(short)) } else { !over };
        // "… nurses (38%) or healthcare assistants (21%). Doctors make up 14%, … the final 10%":
        // a list that opens its sentence and falls short may go on from the shares of the
        // sentence before: all of them, all but the last, or the last alone (their subtotal,
        // "so the two together made up 63%"). It is reported when one of those readings
        // reaches the whole, and not flagged when none does. A list that names its own whole
        // first ("Of those visitors, 45% …") starts afresh.
        let s = cx.sentence_of[parts[0]];
        let mut prior = Vec::new();
        if !holds
            && exact < hundred
            && s > 0
            && cx.numbers_in[s].start == parts[0]
            && !has_word(cx.low_before(parts[0]), "of")
        {
            for k in cx.numbers_in[s - 1].clone() {
                if is_share(cx, k) && cx.numbers[k].kind == cx.numbers[parts[0]].kind {
                    prior.push(k);
                }
            }
        }
        let mut all = parts.to_vec();
        if let Some(m) = prior.len().checked_sub(1) {
            for (a, b) in [(0, m + 1), (0, m), (m, m + 1)] {
                all = prior[a..b].to_vec();
                all.extend_from_slice(parts);
                if let Some((iv, e, _)) = total(cx, &all).filter(|t| exhaustive && a < b && t.0.contains(hundred)) {
                    (sum, exact, holds) = (iv, e, true);
                    break;
                }
            }
            if !holds {
                return;
            }
        }
        let parts = &all[..];
        // A list of three or more that reaches exactly 100 is a partition that holds.
        let complete = parts.len() >= 3 && elided && close && !open && sum.contains(hundred);
        if !exhaustive && !complete && (!over || !elided || !close) {
            return;
        }
        // Pence of a pound are written "100p".
        let unit = if cx.numbers[parts[0]].kind == Kind::Money { "p" } else { "%" };
        let write = |v: Rational| format!("{}{unit}", explain::plain(v, 1));
        let whole = write(hundred);
        let expr: Vec<&str> = parts.iter().map(|&k| cx.text_of(k)).collect();
        let expr = expr.join(" + ");
        let message = if holds {
            format!("{expr} = {}", write(exact))
        } else {
            let off = exact.checked_sub(hundred).and_then(|d| d.checked_abs()).unwrap_or(Rational::ZERO);
            let off = explain::plain(off, 1);
            if exact < hundred {
                format!("{expr} is {}, not {whole}: the shares of the whole fall {off} points short", write(exact))
            } else {
                format!("{expr} is {}, more than {whole}: one share is at least {off} points too high", write(exact))
            }
        };
        let span = cx.span(parts[0], last);
        out.push(finding(self.name(), holds, parts.to_vec(), hundred, exact, span, message));
    }
}
