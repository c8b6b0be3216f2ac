//! The sum rule's first reading: a total and then its parts in the same sentence, "a total of
//! 90: 35 in Leeds, 30 in York and 25 in Hull", "the 1,060 staff comprise 700 nurses and 360
//! doctors", "90 people (35 adults and 55 children)", and the sources a sum is "funded by".

use super::super::context::{any_word, contains_any, ends_with_phrase, has_word, last_words, tail, word_count};
use super::super::{Context, Interval};
use super::after::{named_after, total_after_parts};
use super::{compatible, counted, item_word, named_total, parts_from, Claim, Sum, NOT_A_LIST, TOTAL_WORDS};
use crate::number::{Kind, Rational};
use crate::report::Finding;

/// What the words between a total and its first part say about the list that follows, and
/// whether only a bare comma ties them (then a series must be ruled out once the parts are known).
fn claim_after_total(cx: &Context, t: usize, gap: &str) -> Option<(Claim, bool)> {
    if gap.len() > 120 || gap.contains('.') {
        return None;
    }
    // "48,920 books last year (Central 27,415, Northside ...": a bracket and the first part's
    // label open the list as a bare bracket does.
    let g = match gap.rfind('(') {
        Some(k) if word_count(&gap[k..], 3) <= 2 && !gap[k..].contains([',', ')']) => &gap[..=k],
        _ => gap,
    };
    // Every reading below needs a mark of punctuation at the end or one of these stems: one
    // pass says no for most gaps before any word list is scanned.
    const MARKS: &[&str] = &[
        ";",
        "includ",
        "among",
        "such as",
        "compris",
        "consist",
        "made up",
        "split",
        "divid",
        "brok",
        "break",
        "shared",
        "of ",
        ", with",
        "fall on",
        "falls on",
        "spread",
        "allocated",
        "distributed",
    ];
    let end = g.trim_end();
    let before = tail(cx.low_before(t), 40);
    let dash = end.ends_with(DASHES);
    // "funded by", "paid for with": the sources of a sum (FUNDED), read at the end only.
    let source = end.ends_with(" by") || end.ends_with(" with") || end.ends_with(" through");
    let marked = end.ends_with([':', '(', ','])
        || dash
        || source
        || contains_any(g, MARKS)
        || (g.contains(',') && before.ends_with(' '));
    if !marked {
        return None;
    }
    // "received 23,117 votes; Hughes took 11,402, Patel 8,936 and Moore 2,779": a short clause
    // after a semicolon may list the parts, weakly.
    if let Some((head_part, rest)) = g.split_once(';') {
        let short = head_part.split_whitespace().count() <= 2 && rest.split_whitespace().count() <= 3;
        let plain = !rest.contains([';', ',', ':', '(']) && !any_word(g, NOT_A_LIST);
        return (short && plain).then_some((Claim::Weak, false));
    }
    if any_word(g, &["including", "includes", "include", "included", "among them", "among whom", "such as"]) {
        return Some((Claim::Partial, false));
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
        "divided into",
        "divided between",
        "divided among",
        "broken down into",
        "breaks down into",
        "broke down into",
        "broken down as",
        "breaks down as",
        "broke down as",
        "break down as",
        "shared between",
        "shared among",
        // A definite total handed out over its parts: "the 58 seats now split 31 Liberal
        // Democrat, 19 Conservative ...", "the 450 job losses will fall on 210 production
        // workers, 140 in logistics and 90 at head office".
        "split",
        "splits",
        "fall on",
        "falls on",
        "spread across",
        "spread between",
        "spread among",
        "allocated to",
        "allocated between",
        "allocated among",
        "distributed between",
        "distributed among",
        "distributed across",
    ];
    if end.ends_with(':') || end.ends_with('(') || any_word(g, WHOLE) {
        return Some((Claim::Exhaustive, false));
    }
    // "The €120m project will be paid for with €75m from the EU, €30m from the state and ...":
    // the sources of a sum, right after the words, complete when they are parallel.
    let funded = |w: &&str| end.strip_suffix(*w).is_some_and(|r| r.is_empty() || r.ends_with(' '));
    if source && FUNDED.iter().any(funded) && !any_word(g, NOT_A_LIST) {
        return Some((Claim::Weak, false));
    }
    // "1,530 incidents in the quarter — 612 fires, 498 road crashes and 420 floods": a dash
    // opens a list like a colon, though less firmly; "in all", "in total" before it make the
    // list the whole.
    if dash {
        let total = any_word(g, TOTAL_WORDS) || ends_with_phrase(before, "a total of");
        return Some((if total { Claim::Exhaustive } else { Claim::Weak }, false));
    }
    let subset = any_word(g, &["of whom", "of which", "of these", "of them", "of those"])
        || (["of the ", "of its ", "of their ", "of all "].iter().any(|w| before.ends_with(w)) && g.contains(','));
    // "90 arrests over the weekend, 35 in Leeds and 55 in York"; a series ("90 in May, 35 in
    // June") is ruled out once the parts are known.
    let comma = end.ends_with(',') && end.split_whitespace().count() <= 8 && !any_word(g, NOT_A_LIST);
    // "740 megawatts, with Dogger East supplying 480 and ...": the parts named after "with".
    let with_named = g.split_once(", with ").is_some_and(|(_, r)| {
        r.split_whitespace().count() <= 4 && !r.contains([',', ';', ':']) && !any_word(g, NOT_A_LIST)
    });
    if subset || end.ends_with(", with") || with_named {
        return Some((Claim::Weak, false));
    }
    comma.then_some((Claim::Weak, true))
}

/// Whether a total tied to its parts by a bare comma is rather the first item of a series:
/// "90 in May, 35 in June and 40 in July", "90 last year, 35 this year". Then the words after
/// each part repeat the words after the would-be total.
fn series(cx: &Context, gap: &str, parts: &[usize]) -> bool {
    const TIME: &[&str] = &["this", "last", "next", "that", "a", "each", "per", "every", "an"];
    let g = gap;
    parts.iter().any(|&p| {
        let w = item_word(cx, parts, p);
        w.is_empty() || TIME.contains(&w.as_str()) || has_word(g, &w)
    })
}
/// Words that say the figures after a sum are where it comes from.
const FUNDED: &[&str] = &[
    "paid for with",
    "paid for by",
    "paid for through",
    "funded by",
    "funded with",
    "funded through",
    "financed by",
    "financed with",
    "met by",
    "covered by",
];

/// Dashes that open a list the way a colon does.
const DASHES: [char; 2] = ['—', '–'];
/// Whether number `t` opens a list another wording introduces ("— 612 fires, 498 road crashes
/// and 420 floods", "now split 31 Liberal Democrat, 19 Conservative ..."): then it is the list's
/// first item, not a total its neighbours break down.
fn opens_list(cx: &Context, t: usize) -> bool {
    let lead = cx.lead(t).trim_end();
    lead.ends_with([':', '(', '—', '–', ';'])
        || lead.ends_with(" -")
        || last_words(lead)
            .next()
            .is_some_and(|w| ["split", "splits", "comprise", "comprises", "including"].contains(&w))
}

/// Whether number `t` is already the second term of a relation with the number before it:
/// "87 from 142 balls", "45 of 142", "more than 142". Such a number is no total of what follows.
fn bound(cx: &Context, t: usize) -> bool {
    if t == 0 || cx.sentence_of[t - 1] != cx.sentence_of[t] {
        return false;
    }
    let g = cx.low_gap(t - 1, t);
    if g.len() > 24 {
        return false;
    }
    let g = g.trim_end();
    ["from", "of", "out of", "than", "in", "to", "per", "off"]
        .iter()
        .any(|w| g.strip_suffix(w).is_some_and(|r| r.is_empty() || r.ends_with(' ')))
}

/// The text between number `a` and the start of number `b` or of its hedge word ("roughly").
fn gap_to<'c>(cx: &'c Context, a: usize, b: usize) -> &'c str {
    let end = cx.numbers[b].hedge.map_or(cx.numbers[b].span.start, |h| h.span.start.min(cx.numbers[b].span.start));
    cx.low.get(cx.numbers[a].span.end..end).unwrap_or("")
}
/// Whether total `t` and every part count nouns of their own, none the same: "44 lions, 12
/// tigers and 6 bears".
fn own_nouns(cx: &Context, t: usize, parts: &[usize]) -> bool {
    let unit = |k: usize| cx.numbers[k].unit.as_deref();
    let Some(ut) = unit(t) else { return false };
    parts.iter().all(|&p| unit(p).is_some_and(|u| !super::super::context::same_unit(u, ut)))
}
impl Sum {
    /// A total followed by its parts, directly or past the count of the parts ("3,480 people
    /// across its three sites: 1,920 ..., 1,040 ... and 610 ..."). Returns the numbers used.
    pub(super) fn total_first(&self, cx: &Context, t: usize, end: usize, out: &mut Vec<Finding>) -> Option<Vec<usize>> {
        for first in [t + 1, t + 2] {
            if first + 1 >= end || !compatible(cx, t, first) {
                continue;
            }
            // Past a number only when it counts the parts, or names no quantity ("the July
            // Fourth weekend").
            let counter = (first == t + 2 && cx.numbers[t + 1].kind.is_quantity()).then_some(t + 1);
            if let Some(c) = counter {
                let n = &cx.numbers[c];
                if n.kind != Kind::Count || !n.value.is_integer() || n.value > Rational::int(12) || !cx.usable(c) {
                    continue;
                }
            }
            let gap = gap_to(cx, t, first);
            // "made 63 DUI arrests over the weekend; Austin officers made 41 of them and …": a
            // part that says it is one of the total's, past a semicolon.
            let subset = || {
                let a = cx.low_after(first);
                (gap.len() <= 120 && [" of them", " of these", " of those"].iter().any(|w| a.starts_with(w)))
                    .then_some((Claim::Weak, false))
            };
            let Some((claim, comma)) = claim_after_total(cx, t, gap).or_else(subset) else { continue };
            let (parts, open) = parts_from(cx, t, first, end);
            // "… and three from Wales: 28 in all": a figure named a total after the would-be
            // total is no part of it.
            if parts.len() < 2 || named_after(cx, first) {
                continue;
            }
            if counter.is_some_and(|c| cx.numbers[c].value != Rational::int(parts.len() as i64)) {
                continue;
            }
            if claim == Claim::Weak {
                // A weakly tied total is no total when it is already bound to an earlier
                // number, when a part exceeds it, or when the list is a series.
                let total = Interval::of(&cx.numbers[t])?;
                let exceeds = parts.iter().any(|&p| {
                    Interval::of(&cx.numbers[p]).is_some_and(|iv| iv.lo.zip(total.hi).is_some_and(|(lo, hi)| lo > hi))
                });
                // "214 nurses, 86 doctors and 57 other staff, 357 in all": a later figure is
                // named the list's total, so the first figure is one of its parts.
                let last = parts[parts.len() - 1];
                let later_total = last + 1 < end && total_after_parts(cx, last, last + 1);
                if bound(cx, t) || exceeds || later_total || (comma && (series(cx, gap, &parts) || opens_list(cx, t))) {
                    return None;
                }
            }
            // Figures tied by a bare comma that each count a noun of their own are items of
            // one list as likely as a total and its parts.
            // "A total of 164 cyclists ..., 97 men and 71 women" names it the total all the same.
            let named = any_word(tail(cx.low_before(t), 40), TOTAL_WORDS) || any_word(gap, TOTAL_WORDS);
            let items = comma && claim == Claim::Weak && !named && own_nouns(cx, t, &parts);
            // "The two wind farms will generate a combined 1,250MW, with ...": a named total whose
            // sentence counts its parts is their whole.
            let claim = match claim {
                Claim::Weak if !comma && named_total(cx, t) => counted(cx, t, parts.len()),
                _ if items => Claim::Items,
                c => c,
            };
            self.decide(cx, t, &parts, claim, open, out);
            let mut used = parts;
            used.push(t);
            used.extend(counter);
            return Some(used);
        }
        None
    }
}
