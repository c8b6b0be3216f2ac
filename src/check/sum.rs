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

use super::breakdown::{continues_list, is_rest, list_join, rest_follows, unnumbered_rest};
use super::context::{
    any_word, contains_any, ends_with_phrase, has_word, head, last_words, tail, word_count, word_iter,
};
use super::{explain, finding, Context, Interval, Rule};
use crate::lexicon::EN;
use crate::number::{Kind, Rational};
use crate::report::Finding;

/// The rule.
pub struct Sum;

/// How firmly the wording says the parts make up the whole total.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Claim {
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
const WINDOW: usize = 8;

/// Words that make two neighbouring numbers something other than items of one list.
#[rustfmt::skip]
const NOT_A_LIST: &[&str] = &[
    "from", "than", "compared", "versus", "vs", "rose", "fell", "risen", "fallen", "up", "down", "increase",
    "increased", "decrease", "decreased", "grew", "dropped", "climbed", "jumped", "per", "each", "of them",
    "of whom", "of which", "of those", "of these", "of the", "including", "previously", "bringing", "taking",
    "average",
];

/// Whether number `k` is measured in a unit ("two years", "860MW").
fn measure(cx: &Context, k: usize) -> bool {
    cx.numbers[k].unit.as_deref().is_some_and(|u| EN.is_measure_unit(u))
}

/// Whether numbers `t` (the total) and `p` (a part) measure the same thing. Counted nouns may
/// differ (nurses and doctors of staff); measure units may not.
fn compatible(cx: &Context, t: usize, p: usize) -> bool {
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
fn parallel(cx: &Context, parts: &[usize]) -> bool {
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
const VERBS: &[&str] = &["were", "was", "are", "is", "had", "have", "has", "went", "came", "will", "would", "did"];

/// Prepositions that open an item whose verb is elided: "1,100 at the box office".
const PREPOSITIONS: &[&str] = &["at", "by", "in", "on", "for", "from", "to", "with", "via", "through", "into", "over"];

/// Whether the parts after the first elide the verb the first one has: "1,600 were sold online
/// and 1,100 at the box office", "388 concerned noise, 401 litter and 275 parking".
fn elided(cx: &Context, parts: &[usize]) -> bool {
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
            let prep = word_iter(it).next().is_some_and(|w| PREPOSITIONS.contains(&w));
            !word_iter(it).any(verb) && ((prep && n <= 4) || (parts.len() >= 3 && (1..=2).contains(&n)))
        })
}

/// The parts listed after `first`, within sentence end `end`: commas, then one "and". Also
/// whether the list may go on past them (it stopped at a comma before a number it cannot use).
fn parts_from(cx: &Context, t: usize, first: usize, end: usize) -> (Vec<usize>, bool) {
    let mut parts = vec![first];
    let mut k = first;
    // "£41m for the first team, £19m ...": an ordinal inside an item is no item of its own.
    let next = |k: usize| {
        let ordinal = k + 2 < end && cx.numbers[k + 1].kind == Kind::Ordinal && !cx.usable(k + 1);
        if ordinal {
            k + 2
        } else {
            k + 1
        }
    };
    while next(k) < end && parts.len() < WINDOW && compatible(cx, t, next(k)) {
        let n = next(k);
        // "110 of them boys and 130 girls": the subset words belong to the first item.
        let gap = cx.low_gap(k, n);
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
fn strip_subset(gap: &str) -> &str {
    for w in [" of them ", " of whom ", " of which ", " of these ", " of those "] {
        if let Some(r) = gap.strip_prefix(w) {
            return r;
        }
    }
    gap
}

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

/// The first word after part `p` of a list, skipping a verb: "in" for "35 in Leeds", "to"
/// for "640 going to Oakfield".
fn item_word(cx: &Context, parts: &[usize], p: usize) -> String {
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

/// Words that say a figure is the total of a list.
const TOTAL_WORDS: &[&str] = &[
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
fn named_total(cx: &Context, t: usize) -> bool {
    any_word(tail(cx.low_before(t), 80), TOTAL_WORDS) || any_word(head(cx.low_after(t), 40), TOTAL_WORDS)
}

/// The claim on `n` parts of total `t`: exhaustive when its sentence counts them before it ("the
/// two banks", not "two years"), weak otherwise.
fn counted(cx: &Context, t: usize, n: usize) -> Claim {
    let n = Rational::int(n as i64);
    let count = |k: usize| cx.usable(k) && cx.numbers[k].kind == Kind::Count && cx.numbers[k].value == n;
    match (cx.numbers_in[cx.sentence_of[t]].start..t).any(|k| count(k) && !measure(cx, k)) {
        true => Claim::Exhaustive,
        false => Claim::Weak,
    }
}

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

/// Whether the words between the last part and a total after it (or just after that total)
/// say it is their total: "35 in Leeds and 55 elsewhere, 90 in all".
fn total_after_parts(cx: &Context, last: usize, t: usize) -> bool {
    let g = cx.low_gap(last, t);
    if g.len() > 60 {
        return false;
    }
    let a = head(cx.low_after(t), 40);
    // "62 vehicles altogether.": the total's own noun may come first, when the total word
    // then ends the clause ("21 matches in all competitions" is no total).
    let own = || {
        [&cx.numbers[t].unit, &cx.numbers[t].noun].into_iter().flatten().any(|w| {
            a.trim_start().strip_prefix(w.as_str()).is_some_and(|r| {
                TOTAL_WORDS.iter().any(|tw| {
                    r.trim_start().strip_prefix(tw).is_some_and(|e| {
                        e.trim_start().is_empty() || e.trim_start().starts_with(['.', ',', ';', ':', ')'])
                    })
                })
            })
        })
    };
    const TOTAL: &[&str] = TOTAL_WORDS;
    // The byte tests first, the word scans after, and the total's own noun only when needed.
    !g.contains(['.', ';'])
        && !any_word(g, &["bringing", "taking", "brings", "takes", "than", "from"])
        && (any_word(g, TOTAL)
            || (g.contains([',', ':', '—']) && (own() || TOTAL.iter().any(|w| a.trim_start().starts_with(w)))))
}

/// Whether total `t` and every part count nouns of their own, none the same: "44 lions, 12
/// tigers and 6 bears".
fn own_nouns(cx: &Context, t: usize, parts: &[usize]) -> bool {
    let unit = |k: usize| cx.numbers[k].unit.as_deref();
    let Some(ut) = unit(t) else { return false };
    parts.iter().all(|&p| unit(p).is_some_and(|u| !super::context::same_unit(u, ut)))
}

/// The scale word a figure is written with: "bn" for "$7bn", "m" for "£41m", "" for "7,000".
fn scale_suffix(text: &str) -> &str {
    let t = text.trim_end();
    let start = t.rfind(|c: char| !c.is_ascii_alphabetic()).map_or(0, |k| k + 1);
    t.get(start..).unwrap_or("")
}

/// The values part `p` may have. A list that writes one part to a finer step than another with
/// the same scale word ("$7bn for roads ... $3.5bn for ports") states all of them to that step:
/// the writer had the decimal and would have given it, so "$7bn" there is 7.0bn, not 6.5–7.5bn.
fn part_interval(cx: &Context, parts: &[usize], p: usize) -> Option<Interval> {
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

/// Marks total `t` and its parts as read.
fn mark(taken: &mut [bool], parts: &[usize], t: usize) {
    parts.iter().chain([&t]).for_each(|&k| taken[k] = true);
}

impl Sum {
    /// A total followed by its parts, directly or past the count of the parts ("3,480 people
    /// across its three sites: 1,920 ..., 1,040 ... and 610 ..."). Returns the numbers used.
    fn total_first(&self, cx: &Context, t: usize, end: usize, out: &mut Vec<Finding>) -> Option<Vec<usize>> {
        for first in [t + 1, t + 2] {
            if first + 1 >= end || !compatible(cx, t, first) {
                continue;
            }
            // Past a number only when it counts the parts.
            let counter = (first == t + 2).then_some(t + 1);
            if let Some(c) = counter {
                let n = &cx.numbers[c];
                if n.kind != Kind::Count || !n.value.is_integer() || n.value > Rational::int(12) || !cx.usable(c) {
                    continue;
                }
            }
            let gap = gap_to(cx, t, first);
            let Some((claim, comma)) = claim_after_total(cx, t, gap) else { continue };
            let (parts, open) = parts_from(cx, t, first, end);
            if parts.len() < 2 {
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
                    && matches!(cx.low_gap(t - 1, t).trim(), "of" | "of the" | "out of" | "out of the")
                    && compatible(cx, t, t - 1)
                    && compatible(cx, t, t + 1)
                    && is_rest(cx.low_gap(t, t + 1), cx.low_after(t + 1))
                {
                    let claim = if cx.low_gap(t, t + 1).contains("other") { Claim::Items } else { Claim::Exhaustive };
                    self.decide(cx, t, &[t - 1, t + 1], claim, false, out);
                    mark(&mut taken, &[t - 1, t + 1], t);
                    continue;
                }
                // The parts first, then the total; an ordinal inside an item ("24 in the
                // second") is passed over.
                let ordinal = |k: usize| cx.numbers[k].kind == Kind::Ordinal && !cx.usable(k);
                let prev = |k: usize| if k > range.start + 1 && ordinal(k - 1) { k - 2 } else { k - 1 };
                // "4,150 on Friday, 6,820 on Saturday and 5,230 on Sunday, 16,200 over the
                // weekend": a figure after a closed list and a bare comma may be its total, and is
                // reported only when it is.
                let named = t >= range.start + 2 && total_after_parts(cx, prev(t), t);
                let g = if t >= range.start + 2 { cx.low_gap(prev(t), t).trim_end() } else { "" };
                let bare = g.ends_with(',')
                    && prev(t) > range.start
                    && !g.trim_end_matches(',').contains([';', ',', ':', '('])
                    && word_count(g, 5) <= 4
                    && !any_word(g, NOT_A_LIST)
                    && cx.low_gap(prev(prev(t)), prev(t)).contains(" and ");
                if named || bare {
                    let last_part = prev(t);
                    let mut parts = vec![last_part];
                    let mut k = last_part;
                    while k > range.start && parts.len() < WINDOW && !taken[prev(k)] && compatible(cx, t, prev(k)) {
                        match list_join(cx.low_gap(prev(k), k), 60, NOT_A_LIST) {
                            Some(last) if parts.len() == 1 || !last => parts.insert(0, prev(k)),
                            _ => break,
                        }
                        k = prev(k);
                    }
                    if parts.len() >= 2 && compatible(cx, t, last_part) && !taken[last_part] {
                        let open = k > range.start && continues_list(cx.low_gap(prev(k), k));
                        let found = out.len();
                        self.decide(cx, t, &parts, if named { Claim::Exhaustive } else { Claim::Items }, open, out);
                        if out.len() > found || named {
                            mark(&mut taken, &parts, t);
                            continue;
                        }
                    }
                }
                // "57 arrests on Saturday night and 38 on Sunday. In all, 95 people were
                // detained": a total that opens the sentence after its parts, every figure of that
                // sentence a part; their whole when the sentence counts them ("Across the three
                // counties, that makes 2,893").
                let prior = if s > 0 { cx.numbers_in[s - 1].clone() } else { 0..0 };
                let opener = cx.low_before(t);
                if t <= range.start + 1
                    && prior.len() >= 2
                    && opener.len() <= 60
                    && any_word(opener, TOTAL_WORDS)
                    && !prior.clone().any(|k| taken[k])
                {
                    let (parts, open) = parts_from(cx, t, prior.start, prior.end);
                    if parts.len() == prior.len() {
                        let claim = match counted(cx, t, parts.len()) {
                            Claim::Weak => Claim::Items,
                            c => c,
                        };
                        let found = out.len();
                        self.decide(cx, t, &parts, claim, open, out);
                        if out.len() > found {
                            mark(&mut taken, &parts, t);
                            continue;
                        }
                    }
                }
                // A total at the end of one sentence broken down by the next: "Of these, ...".
                if t + 1 == range.end && s + 1 < cx.numbers_in.len() {
                    let next = cx.numbers_in[s + 1].clone();
                    if next.len() >= 2 && compatible(cx, t, next.start) {
                        let opener = cx.low_before(next.start);
                        let opener = if opener.len() <= 50 { opener } else { "" };
                        let claim = if any_word(
                            opener,
                            &["of these", "of them", "of those", "of this", "of that", "of the total"],
                        ) {
                            Some(Claim::Weak)
                        } else if any_word(
                            opener,
                            &["comprise", "comprised", "comprises", "made up of", "broken down", "breakdown", "split"],
                        ) {
                            Some(Claim::Exhaustive)
                        } else {
                            None
                        };
                        if let Some(claim) = claim.filter(|_| !opener.is_empty()) {
                            let (parts, open) = parts_from(cx, t, next.start, next.end);
                            if parts.len() >= 2 {
                                self.decide(cx, t, &parts, claim, open, out);
                                mark(&mut taken, &parts, t);
                            }
                        } else if named_total(cx, t) {
                            // "Combined, the two banks made $7.4bn. JPB earned $4.1bn and
                            // Wexford $2.8bn": every figure of the next sentence is a part.
                            let (parts, open) = parts_from(cx, t, next.start, next.end);
                            if parts.len() >= 2 && parts.len() == next.len() {
                                self.decide(cx, t, &parts, counted(cx, t, parts.len()), open, out);
                                mark(&mut taken, &parts, t);
                            }
                        }
                    }
                }
            }
        }
    }
}
