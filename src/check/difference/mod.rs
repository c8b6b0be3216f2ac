//! **difference**: a stated gap between two stated figures, B − A = ±X, with the direction the
//! wording gives.
//!
//! Matches, within a sentence (X the difference, A the earlier or reference figure, B the other):
//! "B, X short of / more than / fewer than / below / above A", "B, up/down X on/from A",
//! "up X from A to B", "from A to B, an increase of X", "fell by X to B, down from A",
//! "a fall of X on last year's A left B", "last year's A fell by X to B", "a gap of X between A
//! and B", and "B, an increase of X" or "B. That was X short of A" across adjacent sentences
//! when the other figure is clearly the earlier one ("last year's A"), "X more than last year. Now
//! B, was A" and "the gap ... narrowed to X. A ... and B" with the figures in the next sentence,
//! and a winning margin before its tallies ("won by X, scoring A to B"); a change noun after
//! its two figures past one of another kind ("from 98p to £1.42 in three years, an increase of
//! 44p", "A next year versus B this year, an increase of X"), and a gap named after X before the
//! two figures it lies between ("£27m in deficit, having spent A against income of B"). Counts,
//! money (pence and pounds alike) and percentage points between percentages; a percentage
//! change belongs to the change rule. Decides with intervals: a rise must be positive, a fall
//! negative, a gap either.
//! Examples:
//! - "The total was 36,734, just 82 short of 36,816" ✓ (36,816 − 36,734 = 82)
//! - "Turnout was 48,210, up 252 on 47,985" ✗: 48,210 − 47,985 is 225, not 252
//! - "Cases fell 120 from 3,400 to 3,520" ✗: 3,520 − 3,400 is a rise of 120, not a fall
//! - "Of the 300 staff, 40 over 60 retired" is no difference (an age, not a gap).

mod reader;
mod wording;

pub(in crate::check) use reader::Reader;
use wording::*;
pub(in crate::check) use wording::{marks_difference, List, PRONOUN};

use super::context::{any_word, contains_any, has_word, listed, same_unit};
use super::{explain, finding, Context, Interval, Rule};
use crate::number::{Direction, Kind, Rational};
use crate::report::Finding;

/// The rule.
pub struct Difference;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Dir {
    Up,
    Down,
    Either,
}

/// A relation found: `new − old = ±delta`.
struct Rel {
    delta: usize,
    old: usize,
    new: usize,
    dir: Dir,
    /// The comparison word before `old` is the relation's wording, not a hedge ("82 below 36,816").
    compared: bool,
    /// The wording allows the reading but does not insist on it ("A and B, leaving X"): reported
    /// only when it holds.
    weak: bool,
}

impl Rel {
    fn new(delta: usize, old: usize, new: usize, dir: Dir) -> Rel {
        Rel { delta, old, new, dir, compared: false, weak: false }
    }
}

/// Whether the figures can take part: counts with counts, money in one currency, percentage
/// points between percentages.
fn fits(cx: &Context, r: &Rel) -> bool {
    let (d, a, b) = (&cx.numbers[r.delta], &cx.numbers[r.old], &cx.numbers[r.new]);
    match d.kind {
        Kind::Count => a.kind == Kind::Count && b.kind == Kind::Count,
        Kind::Money => [a, b].iter().all(|n| n.kind == Kind::Money && n.currency == d.currency),
        Kind::PercentagePoints => a.kind == Kind::Percent && b.kind == Kind::Percent,
        _ => false,
    }
}

/// The interval of number `i` in major units, without its hedge when that is the relation's
/// own wording.
/// `input`: the figure is one the difference is taken between, read as given
/// ([`Interval::given`]); the stated difference keeps its rounding.
fn value_of(cx: &Context, i: usize, drop_hedge: bool, input: bool) -> Option<Interval> {
    let n = &cx.numbers[i];
    let scale = Rational::new(1, n.minor_units.max(1) as i128)?;
    let read = |n: &crate::number::Number| if input { Interval::given(n, cx.text_of(i)) } else { Interval::of(n) };
    if drop_hedge && n.hedge.is_some_and(|h| h.kind.direction() != Direction::Either) {
        let mut n = n.clone();
        n.hedge = None;
        return read(&n)?.scale(scale);
    }
    read(n)?.scale(scale)
}

fn major(cx: &Context, i: usize) -> Option<Rational> {
    cx.numbers[i].value.checked_div(Rational::int(cx.numbers[i].minor_units.max(1) as i64))
}

/// Finds the relation in which the candidate at position `p` of `c` is the difference.
fn relation(rd: &Reader, c: &[usize], p: usize) -> Option<Rel> {
    let cx = rd.cx;
    let x = c[p];
    let (prev, next, next2) = (p.checked_sub(1).map(|q| c[q]), c.get(p + 1).copied(), c.get(p + 2).copied());
    let (lead_x, lead_full) = rd.lead_full(x);
    // "a fall of X", or "a X increase" with the word of change after the figure.
    let d = dir_of(lead_x).or_else(|| {
        // The cheap test on the lead first: this runs for most numbers.
        let l = lead_x.trim_end();
        if !(l.ends_with(" a") || l.ends_with(" an")) {
            return None;
        }
        dir_of(crate::check::context::word_iter(rd.after(x)).next()?)
    });
    let gap = |i, j| rd.gap(i, j);
    // "B, X more than A", "B, up X on A"; B may end the sentence before ("That was X short of A").
    let first = prev.or_else(|| (lead_full && PRONOUN.is_match(lead_x)).then(|| last_before(cx, x, x)).flatten());
    if let (Some(b), Some(a)) = (first, next) {
        let apposition = prev.is_none() || (rd.one_clause(b, x) && !WHOLE.is_match(rd.lead(b)));
        if apposition {
            // The groups only for the few gaps that match at all: a match test is far cheaper.
            let g = gap(x, a);
            if let Some(m) = COMPARE.is_match(g).then(|| COMPARE.captures(g)).flatten() {
                let word = m.name("cmp").or(m.name("near")).or(m.name("prep")).map_or("", |w| w.as_str());
                // "an average of 105 over its 250 opening days": "over" a stretch of time is
                // "during", not "more than".
                let during = matches!(word, "over" | "under" | "within" | "inside")
                    && cx.numbers[a].unit.as_deref().is_some_and(is_time_unit)
                    && !cx.numbers[x]
                        .unit
                        .as_deref()
                        .zip(cx.numbers[a].unit.as_deref())
                        .is_some_and(|(u, v)| same_unit(u, v));
                // A figure named in a relative clause is the other one only when it measures
                // the same thing: "than K2, which reaches 8,611 metres".
                let named = m.name("rel").is_none() || units_agree(cx, a, b);
                if !during && named {
                    return Some(Rel { compared: true, ..Rel::new(x, a, b, dir_word(word)) });
                }
            }
            let joined = || apposed(gap(b, x)) || AFTER.is_match(gap(b, x));
            if let Some(d) = d.filter(|_| joined() && FROM.is_match(gap(x, a))) {
                return Some(Rel::new(x, a, b, d));
            }
        }
    }
    let d = d?;
    if let (Some(a), Some(b)) = (next, next2) {
        // "up X from A to B", "a fall of X on last year's A left B".
        if FROM.is_match(gap(x, a)) && TO.is_match(gap(a, b)) {
            return Some(Rel::new(x, a, b, d));
        }
        // "fell by X to B, down from A".
        if TO.is_match(gap(x, a)) && BACK_FROM.is_match(gap(a, b)) {
            return Some(Rel::new(x, b, a, d));
        }
    }
    // "last year's A fell by X to B".
    if let (Some(a), Some(b)) = (prev, next) {
        if rd.is_old(a) && rd.one_clause(a, x) && TO.is_match(gap(x, b)) {
            return Some(Rel::new(x, a, b, d));
        }
    }
    // "from A to B, an increase of X", "A and B, a margin of X", "B, compared with A, a fall of X":
    // the two figures before X, past one of another kind ("from 98p to £1.42 in three years").
    let span = |i: usize| cx.numbers[i].unit.as_deref().is_some_and(is_time_unit);
    let q = p - usize::from(p > 2 && (!fits(cx, &Rel::new(x, c[p - 1], c[p - 1], d)) || span(c[p - 1]) && !span(x)));
    if q >= 2 {
        let (a, b) = (c[q - 2], c[q - 1]);
        let from_to = rd.lead(a).trim_end().ends_with("from") && TO.is_match(gap(a, b));
        // "fell to B from A, a drop of X".
        let to_from = rd.lead(a).trim_end().ends_with(" to") && TO_FROM.is_match(gap(a, b));
        let versus = d == Dir::Either && VERSUS.is_match(gap(a, b));
        // "B, compared with A", or "B this year compared with A last year" without the comma.
        let compared = (apposed(gap(a, b)) || contains_any(gap(a, b), &[" compared with", " against ", " versus "]))
            && COMPARED.is_match(gap(a, b))
            && !rd.quantity_between(a, b);
        if apposed(gap(b, x)) && rd.one_clause(b, c[q]) && (from_to || to_from || versus || compared) {
            let (old, new) = if compared || to_from { (b, a) } else { (a, b) };
            return Some(Rel::new(x, old, new, d));
        }
    }
    // "B, an increase of X", with last year's A in this sentence or the one before.
    let b = q.checked_sub(1).map(|k| c[k]).filter(|&b| apposed(gap(b, x)) && rd.one_clause(b, x))?;
    // B is itself the earlier figure ("from 7,010, a drop of 590"), or A stands beside it.
    if next.is_some_and(|a| FROM.is_match(gap(x, a))) || rd.is_old(b) {
        return None;
    }
    let mut olds = (earlier(cx, b)..b).filter(|&a| cx.usable(a) && cx.comparable(a, b) && rd.is_old(a));
    match (olds.next(), olds.next()) {
        (Some(a), None) => Some(Rel::new(x, a, b, d)),
        _ => None,
    }
}

/// The last figure of the sentence before number `x`'s that measures what number `b` does.
pub(in crate::check) fn last_before(cx: &Context, x: usize, b: usize) -> Option<usize> {
    let s = cx.sentence_of[x].checked_sub(1)?;
    cx.numbers_in[s].clone().rev().find(|&a| cx.usable(a) && cx.comparable(a, b))
}

/// Whether two figures carry no units that clash ("metres" and "metres", or one bare).
fn units_agree(cx: &Context, a: usize, b: usize) -> bool {
    match (cx.numbers[a].unit.as_deref(), cx.numbers[b].unit.as_deref()) {
        (Some(u), Some(v)) => same_unit(u, v),
        _ => true,
    }
}

/// "it managed only 49,870, some 6,430 fewer", "is 34 metres longer at 220 metres": a
/// comparison whose other figure goes unsaid, so it is the nearest comparable figure stated
/// before, in this sentence or the one before. Decided either way only when the wording marks
/// one figure as the earlier or reference one ("the year before", "than last year", "on the
/// asking price"); otherwise reported only when it holds.
fn elided_ref(rd: &Reader, c: &[usize], p: usize) -> Option<Rel> {
    let cx = rd.cx;
    let x = c[p];
    // Cheap tests on the words first: this runs for most numbers, and most match nothing.
    let at = c.get(p + 1).filter(|&&b| {
        let g = rd.gap(x, b).trim_end();
        g.len() < 40 && (g.ends_with(" at") || g.ends_with(" reaching") || g.ends_with(" to reach"))
    });
    let (b, word, named) = if let Some(m) = at.and_then(|&b| Some((b, ELIDED_AT.captures(rd.gap(x, b))?))) {
        (m.0, m.1.name("cmp")?.as_str(), false)
    } else {
        let b = c[p.checked_sub(1)?];
        let bx = rd.gap(b, x);
        // One clause (tested below) is at most 60 bytes, and the two stand apart: a gap that
        // is longer or not apposed ends the reading before the words after are read.
        if bx.len() > 60 || !apposed(bx) {
            return None;
        }
        let after = rd.after(x);
        let t = after.trim_start();
        // ELIDED allows two words before the comparative: test the first three words alone.
        let compares = bx.split_whitespace().take(4).count() <= 3
            && crate::check::context::word_iter(after).take(3).any(comparative);
        let on =
            !compares && c.get(p + 1).is_none() && ["on ", "against ", "compared "].iter().any(|w| t.starts_with(w));
        if !(compares || on) || !apposed(bx) || !rd.one_clause(b, x) {
            return None;
        }
        if let Some(m) = compares.then(|| ELIDED.captures(after)).flatten() {
            (b, m.name("cmp")?.as_str(), m.name("named").is_some())
        } else {
            // "sold for £2.15m, a loss of £350,000 on the asking price".
            let d = dir_of(rd.lead(x)).filter(|_| on && ON_NAMED.is_match(after))?;
            let word = match d {
                Dir::Up => "more",
                Dir::Down => "less",
                Dir::Either => return None,
            };
            (b, word, true)
        }
    };
    // The nearest figure of the same unit ("186 metres" for "220 metres", past "the westbound
    // one"), else the nearest whose unit does not clash.
    let first = earlier(cx, b.min(x));
    let candidates = || (first..b.min(x)).rev().filter(|&a| cx.usable(a) && cx.comparable(a, b));
    let same = |a: usize| {
        cx.numbers[a].unit.as_deref().zip(cx.numbers[b].unit.as_deref()).is_some_and(|(u, v)| same_unit(u, v))
    };
    let a = candidates().find(|&a| same(a)).or_else(|| candidates().find(|&a| units_agree(cx, a, b)))?;
    let (old_a, old_b) = (rd.is_old(a), rd.is_old(b));
    // "had forecast 6,400, leaving them 285 short": a gap, whichever figure came first.
    let dir = if rd.gap(b, x).contains("leaving") { Dir::Either } else { dir_word(word) };
    // "2,100 attended, up from 1,850 last year – 250 more": the figure marked as the earlier
    // one is the base, whichever comes first.
    let (old, new) = if old_b && !old_a { (b, a) } else { (a, b) };
    Some(Rel { weak: !(named || old_a || old_b), ..Rel::new(x, old, new, dir) })
}

/// The first number that may be an earlier figure for number `b`: at most eight numbers back,
/// in `b`'s sentence or the one before.
pub(in crate::check) fn earlier(cx: &Context, b: usize) -> usize {
    let s = cx.sentence_of[b];
    let mut k = b;
    while k > 0 && b - k < 8 && cx.sentence_of[k - 1] + 1 >= s {
        k -= 1;
    }
    k
}

/// "A and B, leaving X": X is what is left between the two, |A − B|. Decided either way only
/// when the wording says one figure is taken from the other ("against a capacity of", "costs
/// of", "returned"), names X a gap ("leaving a majority of"; A may then end the sentence
/// before) or what is left empty ("leaving sixty seats empty", A in the clause before);
/// otherwise reported only when it holds. "65 jobs will go, leaving 140 of the original 215":
/// what is left of a whole named after it.
fn leaving(rd: &Reader, c: &[usize], p: usize) -> Option<Rel> {
    let cx = rd.cx;
    let (b, x) = (c[p.checked_sub(1)?], c[p]);
    let bx = rd.gap(b, x);
    // " le": the cheap test before the pattern, which every leaving word passes.
    if bx.len() > 60 || !bx.contains(" le") || !LEAVING.is_match(bx) || rd.quantity_between(b, x) {
        return None;
    }
    let left = bx.trim_end().ends_with("leaving");
    if let Some(&w) = c.get(p + 1).filter(|&&w| left && PART_OF.is_match(rd.gap(x, w)) && cx.comparable(b, w)) {
        return Some(Rel::new(x, b, w, Dir::Either));
    }
    let named = dir_of(rd.lead(x)) == Some(Dir::Either);
    let a = match p.checked_sub(2) {
        Some(q) => c[q],
        // Not a whole the tallies share: "Turnout was 61,200" or "61,200 votes were cast".
        None if named
            && !contains_any(
                cx.low_slice(cx.sentences[cx.sentence_of[x].saturating_sub(1)].start, cx.numbers[x].span.start),
                TOTALS,
            ) =>
        {
            last_before(cx, x, b)?
        }
        None => return None,
    };
    let ab = rd.gap(a, b);
    let empty = p == 2 && crate::check::context::word_iter(rd.after(x)).take(2).any(|w| listed(EMPTY, w));
    if ab.len() > 80 || (ab.contains(';') && !empty) || !cx.comparable(a, b) || rd.quantity_between(a, b) {
        return None;
    }
    // "Seven of the twenty trustees stood down, leaving fourteen": what is left of a whole.
    let strong = named || empty || SUBTRACT.is_match(ab) || SUBTRACT.is_match(bx) || PART_OF.is_match(ab);
    Some(Rel { weak: !strong, ..Rel::new(x, a, b, Dir::Either) })
}

/// "With 3,905 applications for its 2,750 places, the college had to turn away 1,255": the
/// demand beyond the places, A − B = X.
fn turned_away(rd: &Reader, c: &[usize], p: usize) -> Option<Rel> {
    let cx = rd.cx;
    let (a, b, x) = (c[p.checked_sub(2)?], c[p - 1], c[p]);
    let places = cx.numbers[b].unit.as_deref().is_some_and(|u| listed(PLACES, u));
    if !places || !FOR_PLACES.is_match(rd.gap(a, b)) || rd.gap(b, x).len() > 80 || rd.gap(b, x).contains(';') {
        return None;
    }
    let near = |t: &str| TURNED_AWAY.split('|').any(|w| has_word(t, w));
    let word_after = crate::check::context::head(rd.after(x), 40);
    (near(rd.gap(b, x)) || near(word_after)).then(|| Rel::new(x, b, a, Dir::Up))
}

/// "Eleven of the fifteen trustees attended, meaning just three were absent": the rest of a
/// whole, B − A = X. "312 runners started and 290 finished; 27 dropped out": the whole first,
/// A − B = X.
fn rest(rd: &Reader, c: &[usize], p: usize) -> Option<Rel> {
    let (a, b, x) = (c[p.checked_sub(2)?], c[p - 1], c[p]);
    let cx = rd.cx;
    let ab = rd.gap(a, b);
    // Another figure later in the sentence may share the rest ("three absent and one resigned").
    if p + 1 < c.len() || !PART_OF.is_match(ab) || !cx.comparable(a, b) || !units_agree(cx, b, x) {
        return None;
    }
    let bx = rd.gap(b, x);
    // A semicolon may stand just before the rest: "finished; 27 dropped out".
    if bx.len() > 80 || (bx.contains(';') && !bx.trim_end().ends_with(';')) || rd.quantity_between(b, x) {
        return None;
    }
    let rest_words = REST_LINK.is_match(bx) && REST_AFTER.is_match(rd.after(x));
    // "..., the other three" or "... backed the budget and the other eighteen voted against"
    // ("and the remaining nineteen" is the sum rule's: a part and the rest of a whole).
    let lead = rd.lead(x);
    let other = REST_BEFORE.is_match(lead) && (bx.contains(',') || (bx.contains(" and ") && lead.ends_with("other ")));
    // The whole comes first after "started", second after "of": either way round.
    (rest_words || other).then(|| Rel::new(x, a, b, Dir::Either))
}

/// "a gap of X between A and B", "the gap between A and B is X": A and B are read as a range,
/// so they are found apart.
fn between(rd: &Reader, x: usize) -> Option<Rel> {
    let cx = rd.cx;
    let ends = |a: usize, b: usize| {
        cx.numbers.get(a).is_some_and(|n| n.range.is_some())
            && cx.numbers.get(b).is_some_and(|n| n.range.is_some())
            && cx.sentence_of.get(a) == Some(&cx.sentence_of[x])
            && cx.sentence_of.get(b) == Some(&cx.sentence_of[x])
    };
    let (a, b) = (x + 1, x + 2);
    if ends(a, b) && dir_of(rd.lead(x)) == Some(Dir::Either) && BETWEEN.is_match(rd.gap(x, a)) {
        return Some(Rel::new(x, a, b, Dir::Either));
    }
    let (a, b) = (x.checked_sub(2)?, x - 1);
    let stated = ends(a, b) && GAP_BETWEEN.is_match(rd.lead(a)) && GAP_IS.is_match(rd.gap(b, x));
    (stated && rd.gap(a, b).len() < 40).then(|| Rel::new(x, a, b, Dir::Either))
}

/// "Oakfield has 28 more pupils than last year. The roll, now 436, was 418 in 2024.", "The gap
/// between the two bids narrowed to $2.3m. Harlow offered $41.8m and Westline $44.1m.": a
/// difference stated with its figures unsaid, and the next sentence giving exactly two
/// figures of that kind. Either may be the earlier, so the gap is read either way.
fn ahead(rd: &Reader, c: &[usize], p: usize) -> Option<Rel> {
    let cx = rd.cx;
    let x = c[p];
    // The difference is the sentence's last figure (and, below, its only one of its kind), or
    // the two figures follow it after a colon ("was 2,300 votes: 24,100 for Smith and 21,500").
    let colon = p + 3 == c.len() && {
        let g = rd.gap(x, c[p + 1]);
        g.len() < 24 && g.trim_end().ends_with(':')
    };
    if p + 1 != c.len() && !colon {
        return None;
    }
    let (lead, after) = (rd.lead(x), rd.after(x));
    // Cheap word tests before the patterns: most sentences end in no such figure.
    let than = after.contains(" than ")
        && crate::check::context::word_iter(after).take(3).any(comparative)
        && THAN_BEFORE.is_match(after);
    let named = (colon
        || after.len() <= 24 && after.trim().trim_end_matches(['.', ';']).split_whitespace().count() <= 1)
        && ["gap", "difference", "margin"].iter().any(|w| lead.contains(w))
        && GAP_NAMED.is_match(lead);
    if !(than || named) || c[..p].iter().any(|&q| cx.comparable(q, x)) {
        return None;
    }
    let next = if colon { c[p + 1]..c[p + 2] + 1 } else { cx.numbers_in.get(cx.sentence_of[x] + 1)?.clone() };
    let mut figures = next.filter(|&k| cx.usable(k));
    let (a, b) = (figures.next()?, figures.next()?);
    if figures.next().is_some() || !cx.comparable(a, b) || !cx.comparable(a, x) {
        return None;
    }
    // The next sentence states a relation of its own ("up 12 on", "more than"): not these.
    let own = rd.gap(a, b);
    const OWN: &[&str] = &["up", "down", "rose", "fell", "from", "than", "rise", "fall", "increase", "drop", "gap"];
    if own.len() > 80 || any_word(own, OWN) || crate::check::context::word_iter(own).any(comparative) {
        return None;
    }
    // The earlier figure first when the wording marks it ("was 418 in 2024", "last year's").
    let (old, new) = if rd.is_old(b) && !rd.is_old(a) { (b, a) } else { (a, b) };
    Some(Rel::new(x, old, new, Dir::Either))
}

/// "The home side won by three goals, scoring five to the visitors' two", "won with a majority
/// of 2,400, taking 18,900 votes to 16,500": a margin, then the two tallies it lies between.
/// "£23.4m in deficit, having spent £1.218bn against income of £1.191bn": a gap named just
/// after X, then the two figures it lies between, either way round.
fn margin(rd: &Reader, c: &[usize], p: usize) -> Option<Rel> {
    let (x, a, b) = (c[p], *c.get(p + 1)?, *c.get(p + 2)?);
    let lead = rd.lead(x);
    // Cheap tests first: "of" and "by" end many leads, and few of them state a margin; that
    // "majority of" or a verb of winning before "by" does, MARGIN reads last.
    let won = lead.ends_with("of ") || lead.ends_with("by ");
    let named = !won
        && crate::check::context::word_iter(rd.after(x)).take(2).any(|w| dir_of(w) == Some(Dir::Either))
        && rd.cx.comparable(a, b);
    let xa = rd.gap(x, a);
    if !(won || named) || xa.len() > 50 || xa.contains([';', '.']) || !xa.contains(',') {
        return None;
    }
    if named {
        return VERSUS.is_match(rd.gap(a, b)).then(|| Rel::new(x, a, b, Dir::Either));
    }
    (TALLY_TO.is_match(rd.gap(a, b)) && MARGIN.is_match(lead)).then(|| Rel::new(x, b, a, Dir::Up))
}

impl Rule for Difference {
    fn name(&self) -> &'static str {
        "difference"
    }

    fn description(&self) -> &'static str {
        "a stated difference between two stated figures: 36,734, just 82 short of 36,816"
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let rd = Reader::new(cx);
        let mut c: Vec<usize> = Vec::new();
        for range in &cx.numbers_in {
            c.clear();
            c.extend(range.clone().filter(|&i| cx.usable(i)));
            for (p, &x) in c.iter().enumerate() {
                let found = relation(&rd, &c, p)
                    .or_else(|| between(&rd, x))
                    .filter(|r| fits(cx, r))
                    .or_else(|| rest(&rd, &c, p).filter(|r| fits(cx, r)))
                    .or_else(|| leaving(&rd, &c, p).filter(|r| fits(cx, r)))
                    .or_else(|| elided_ref(&rd, &c, p).filter(|r| fits(cx, r)))
                    .or_else(|| turned_away(&rd, &c, p).filter(|r| fits(cx, r)))
                    .or_else(|| ahead(&rd, &c, p).filter(|r| fits(cx, r)))
                    .or_else(|| margin(&rd, &c, p).filter(|r| fits(cx, r)));
                if let Some(r) = found {
                    if let Some(f) =
                        decide(cx, &r).filter(|f| !r.weak || f.verdict == crate::report::Verdict::Consistent)
                    {
                        out.push(f);
                    }
                }
            }
        }
    }
}

/// Whether a unit word measures time.
fn is_time_unit(u: &str) -> bool {
    listed("second|minute|hour|day|night|week|month|year|decade|season|term", u.strip_suffix('s').unwrap_or(u))
}

/// The stated difference as an interval. Without a hedge it is rounded no further than a
/// fifth of itself when a figure it is taken between is given more finely: "from nine hundred
/// to seven hundred and fifty, a fall of two hundred" states 200, not a rounding of 150, while
/// "by 3,000 from 52,000 to 55,400" may round 3,400.
fn claimed(cx: &Context, r: &Rel) -> Option<Interval> {
    let x = value_of(cx, r.delta, false, false)?;
    let (d, a, b) = (&cx.numbers[r.delta], &cx.numbers[r.old], &cx.numbers[r.new]);
    let units = d.minor_units == a.minor_units && d.minor_units == b.minor_units;
    if d.hedge.is_some() || !units || d.step <= a.step.min(b.step) {
        return Some(x);
    }
    let scale = Rational::new(1, d.minor_units.max(1) as i128)?;
    let v = d.value.checked_mul(scale)?;
    let cap = v.checked_abs()?.checked_div(Rational::int(5))?;
    if d.step.checked_mul(scale)?.checked_div(Rational::int(2))? <= cap {
        return Some(x);
    }
    Interval::around(v, cap)
}

/// Decides `new − old = ±delta` over intervals and explains it.
fn decide(cx: &Context, r: &Rel) -> Option<Finding> {
    let (lo, hi) = (r.delta.min(r.old).min(r.new), r.delta.max(r.old).max(r.new));
    let diff = value_of(cx, r.new, false, true)?.sub(&value_of(cx, r.old, r.compared, true)?)?;
    let x = claimed(cx, r)?;
    let up = diff.meets(&x);
    let down = diff.meets(&x.neg()?);
    let holds = match r.dir {
        Dir::Up => up,
        Dir::Down => down,
        Dir::Either => up || down,
    };
    let dn = &cx.numbers[r.delta];
    let to_delta_units = Rational::int(dn.minor_units.max(1) as i64);
    let exact = major(cx, r.new)?.checked_sub(major(cx, r.old)?)?.checked_mul(to_delta_units)?;
    let rising = exact > Rational::ZERO || (exact == Rational::ZERO && r.dir != Dir::Down);
    let (big, small) = if rising { (r.new, r.old) } else { (r.old, r.new) };
    let gap = exact.checked_abs()?;
    let lhs = format!("{} − {}", cx.text_of(big), cx.text_of(small));
    let stated = cx.text_of(r.delta);
    let message = if holds {
        if gap == dn.value {
            format!("{lhs} = {stated}")
        } else {
            format!("{lhs} = {}, consistent with {stated}", explain::like(gap, dn))
        }
    } else {
        let wrong_way = match r.dir {
            Dir::Up if exact < Rational::ZERO => ": a fall, not a rise",
            Dir::Down if exact > Rational::ZERO => ": a rise, not a fall",
            _ => "",
        };
        // Most often the difference is the figure mistyped; else the new figure would be old ± X.
        let step = major(cx, r.delta)?;
        let moved = if r.dir == Dir::Down || (r.dir == Dir::Either && !rising) {
            major(cx, r.old)?.checked_sub(step)?
        } else {
            major(cx, r.old)?.checked_add(step)?
        };
        let new_units = Rational::int(cx.numbers[r.new].minor_units.max(1) as i64);
        let would = explain::like(moved.checked_mul(new_units)?, &cx.numbers[r.new]);
        format!(
            "{lhs} is {}{wrong_way}, not {stated}; for a difference of {stated}, {} would be {would}",
            explain::like(gap, dn),
            cx.text_of(r.new)
        )
    };
    let mut used = vec![r.delta, r.old, r.new];
    used.sort_unstable();
    let computed = match r.dir {
        Dir::Up => exact,
        Dir::Down => exact.checked_neg()?,
        Dir::Either => gap,
    };
    Some(finding("difference", holds, used, dn.value, computed, cx.span(lo, hi), message))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn findings(text: &str) -> Vec<Finding> {
        crate::check::findings_of(&Difference, text)
    }

    #[test]
    fn percentage_points_between_percentages() {
        // The change rule reports this one first in a full run; the rule still finds it alone.
        let f = findings("Support stood at 42%, 4 percentage points higher than the 38% recorded in May.");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].verdict, crate::report::Verdict::Consistent);
        let f = findings("Support stood at 42%, 6 percentage points higher than the 38% recorded in May.");
        assert!(f[0].message.contains("is 4 points, not 6 percentage points"), "{}", f[0].message);
    }

    #[test]
    fn percentage_change_is_not_a_difference() {
        assert!(findings("Support stood at 42%, 4% higher than the 38% recorded in May.").is_empty());
    }
}
