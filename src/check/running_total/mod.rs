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
//! - "48 in the first innings and 67 in the second, for a match aggregate of 115" ✓: a list
//!   with no earlier total is summed (labels such as "day one" between items are skipped); a
//!   misfit is flagged only when the wording says the total is the list's whole ("aggregate",
//!   "cumulative", "combined", "a total of"), not for "bringing his season total to".
//! - "After 31 new cases on Monday and 24 on Tuesday, the tally reached 203, up from 148" ✓
//!
//! Earlier totals and steps are figures the writer worked from (`Interval::given`); the total
//! they lead to keeps its rounding, and "past T" bounds at T itself.

mod carried;
mod roles;

use std::sync::LazyLock;

use crate::Regex;

use super::regex as re;

use super::context::{contains_any, same_unit, tail};
use super::difference::{earlier, Reader};
use super::{explain, finding, Context, Interval, Rule};
use crate::number::{Kind, Number, Rational};
use crate::report::Finding;

/// The rule.
pub struct RunningTotal;

/// "..., taking the total to", "for a total of", "cutting the tally to", "brought it to",
/// "took it past": N then T.
static TAKING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^[ a-z'’-]{0,60}?,? *(?:and |which |that )?(?P<verb>taking|took|takes|taken|bringing|brought|brings|pushing|pushed|lifting|lifted|raising|raised|putting|making|increasing|boosting|boosted|swelling|swelled|cutting|cut|reducing|reduced|lowering)(?:(?: [a-z'’-]+){0,3}? (?:total|tally|toll|count|number|figure|sum|aggregate)(?: [a-z'’-]+){0,4}?| (?:the |its |their )?(?:cumulative|combined|overall|running) [a-z'’-]+| (?:it|them|this|that)| (?:the|its|their|his|her) [a-z'’-]+(?: [a-z'’-]+){0,2}?)(?P<down> down)?(?: (?P<rel>to|past|beyond|above|over|below|under))(?: a| an)?(?: [a-z'’-]+)? *$|^[ a-z'’-]{0,60}?,? *(?:for|to|making|giving) (?:a|an) (?:[a-z'’-]+ )?(?:total|tally|aggregate|sum) of *$",
    )
});
/// Words saying the step takes from the total: "were discharged", "closed".
static DECREASE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[^a-z])(?:fewer|less|left|discharged|died|closed|lost|removed|withdrawn|withdrew|cancelled|recovered|released|sold|selling|sells|shed|cut|quit|resigned|departed)(?:[^a-z]|$)",
    )
});
/// "..., making 135 in all".
static MAKING: LazyLock<Regex> = LazyLock::new(|| re(r"^[ a-z'’-]{0,60}?, *(?:making|giving|to make|for) *$"));
static IN_ALL: LazyLock<Regex> =
    LazyLock::new(|| re(r"^ *(?:[a-z'’-]+ )?(?:in total|in all|altogether|overall|so far|to date)(?:[^a-z]|$)"));
/// Marks a number as new: "another 15", "15 more", "a further £900", "fresh donations of £350,000".
static NEW_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[^a-z])(?:another|a further|further|an extra|an additional|additional|extra|a new|new|fresh)(?: [a-z'’-]+){0,2}? *$",
    )
});
static NEW_AFTER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^ *(?:[a-z'’-]+ )?(?:more|new|additional|extra|further|fresh)(?:[^a-z]|$)"));
/// Marks a number as a total so far: "the total stood at 120", "120 so far", "had 120".
static TOTAL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:total|tally|toll|count|sum|so far|to date)(?: [a-z'’-]+){0,3}? *$|(?:^|[^a-z])(?:had|has|stood at|reached|totalled|was|were|housed|held|counted|recorded|employed|numbered)(?: [a-z'’-]+){0,2}? *$|(?:^|[^a-z])(?:starting|started|began|beginning|opened|opening)(?: [a-z'’-]+){0,3}? (?:with|on|at) *$",
    )
});
static TOTAL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^ *(?:[a-z'’-]+ ){0,4}?(?:so far|to date|in total|in all|altogether|had been|have been|by (?:then|monday|tuesday|wednesday|thursday|friday|saturday|sunday))",
    )
});
/// "The total is now T, up from P".
static NOW: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:total|tally|toll|count)(?: [a-z'’-]+){0,2}? (?:is now|now stands at|now stood at|has reached|has risen to|rose to|reached|climbed to|stood at|now)(?: at)? *$|(?:^|[^a-z])(?:so|and|making|which makes) (?:the|its|their) (?:total|tally|toll|count)(?: so far| to date)?(?: this [a-z]+)? (?:is|stands at|comes to|reached) *$",
    )
});
static UP_FROM: LazyLock<Regex> = LazyLock::new(|| re(r"^ *,? *(?:up )?from(?: [a-z'’-]+){0,2}? *$"));
/// "Three have joined": a number that adds to the total.
pub(super) static JOINED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^ *(?:[a-z'’-]+ ){0,2}?(?:(?:have|has|had) (?:since |also )?)?(?:joined|arrived|opened|signed up|been added|been admitted|registered|enrolled)(?:[^a-z]|$)",
    )
});
/// "one has folded": a number that takes from it.
pub(super) static LEFT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^ *(?:[a-z'’-]+ ){0,2}?(?:(?:have|has|had) (?:since |also )?)?(?:left|folded|closed|quit|departed|withdrawn|withdrew|dropped out|resigned|been lost|shut|pulled out)(?:[^a-z]|$)",
    )
});
/// "all 3,020 farms that replied": a part of the whole, picked out by a clause.
static RESTRICTED: LazyLock<Regex> = LazyLock::new(|| re(r"^ *[a-z'’-]+ (?:that|who|which|whose|where)(?:[^a-z]|$)"));
/// Words that say a figure changed between two mentions of a whole.
static CHANGED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[^a-z])(?:now|since|then|later|earlier|before|after|until|last|next|previous|more|fewer|another|additional|new|rose|risen|fell|grew|grown|increased|decreased|cut|lost|hired|recruited|joined|left|added|expanded|shrank|reduced|up|down)(?:[^a-z]|$)",
    )
});

/// The word after the last space of `s` (the whole of `s` when there is none): what
/// `s.rsplit(' ').next()` gives, found by a byte scan from the end without a searcher.
fn last_word(s: &str) -> &str {
    s.as_bytes().iter().rposition(|&b| b == b' ').map_or(s, |k| &s[k + 1..])
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

fn is_new(rd: &Reader, i: usize) -> bool {
    NEW_BEFORE.is_match(tail(rd.lead(i), 50)) || NEW_AFTER.is_match(rd.after(i))
}

fn is_total(rd: &Reader, i: usize) -> bool {
    TOTAL_BEFORE.is_match(tail(rd.lead(i), 40)) || TOTAL_AFTER.is_match(rd.after(i))
}

/// An earlier total or a step, read as a figure the writer worked from: "£48,000" is £48,000,
/// not £47,500 to £48,500 (see [`Interval::given`]); the total they lead to keeps its rounding.
fn given(cx: &Context, i: usize) -> Option<Interval> {
    let n = &cx.numbers[i];
    cx.given(i)?.scale(Rational::new(1, n.minor_units.max(1) as i128)?)
}

fn major(n: &Number) -> Option<Interval> {
    Interval::of(n)?.scale(Rational::new(1, n.minor_units.max(1) as i128)?)
}

/// The value of number `i` in major units: £8.40 for "840p".
fn value(cx: &Context, i: usize) -> Option<Rational> {
    let n = &cx.numbers[i];
    n.value.checked_div(Rational::int(n.minor_units.max(1) as i64))
}

/// Of two readings of one relation, the first when it fits or the second does not, else the
/// second: a misfit is reported only for the first.
fn prefer(out: &mut Vec<Finding>, first: Vec<Finding>, second: Vec<Finding>) {
    let fits = |f: &Vec<Finding>| f.iter().any(|f| f.verdict == crate::report::Verdict::Consistent);
    out.extend(if fits(&first) || !fits(&second) { first } else { second });
}

/// How the new total is stated: "to T", "past T" (above it), "to under T" (below it).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Bound {
    Exact,
    Above,
    Below,
}

/// Decides `base + sign·(steps) = total` for each candidate base; reports the first that fits,
/// or the clear total when none does. Several steps are the items of one list ("July added 215
/// and August 190, taking the total to 2,245").
/// `sure`: the base is stated outright ("up from P") and is decided even when it does not fit.
#[allow(clippy::too_many_arguments)]
fn decide(
    rd: &Reader,
    bases: &[usize],
    steps: &[usize],
    total: usize,
    falls: bool,
    sure: bool,
    bound: Bound,
    out: &mut Vec<Finding>,
) {
    let cx = rd.cx;
    // "past £55,000" is a bound, and a bound is the stated value itself, however round it looks.
    let Some(mut t) = major(&cx.numbers[total]) else { return };
    match bound {
        Bound::Exact => {}
        Bound::Above => (t.lo, t.hi) = (value(cx, total), None),
        Bound::Below => (t.lo, t.hi) = (None, value(cx, total)),
    }
    let mut step_sum = Interval::exact(Rational::ZERO);
    let mut step_exact = Rational::ZERO;
    for &k in steps {
        let (Some(iv), Some(e)) = (given(cx, k).and_then(|i| step_sum.add(&i)), value(cx, k)) else {
            return;
        };
        let Some(e) = step_exact.checked_add(e) else { return };
        (step_sum, step_exact) = (iv, e);
    }
    let Some(s) = (if falls { step_sum.neg() } else { Some(step_sum) }) else { return };
    let fit = |b: usize| Some(given(cx, b)?.add(&s)?.meets(&t));
    let new_step = steps.iter().any(|&k| is_new(rd, k));
    let mut chosen = None;
    for &b in bases {
        match fit(b) {
            Some(true) => {
                chosen = Some((b, true));
                break;
            }
            // The last clear total that does not fit; with a new step ("20 more") and one
            // candidate only, that candidate is the earlier total.
            Some(false) if sure || is_total(rd, b) || (bases.len() == 1 && new_step) => chosen = Some((b, false)),
            _ => {}
        }
    }
    let Some((base, holds)) = chosen else { return };
    let tn = &cx.numbers[total];
    let (Some(bv), Some(tv)) = (value(cx, base), value(cx, total)) else { return };
    let Some(exact) = (if falls { bv.checked_sub(step_exact) } else { bv.checked_add(step_exact) }) else { return };
    let Some(in_t) = exact.checked_mul(Rational::int(tn.minor_units.max(1) as i64)) else { return };
    let op = if falls { "−" } else { "+" };
    let step_text: Vec<&str> = steps.iter().map(|&k| cx.text_of(k)).collect();
    let lhs = if falls && steps.len() > 1 {
        format!("{} − ({})", cx.text_of(base), step_text.join(" + "))
    } else {
        format!("{} {op} {}", cx.text_of(base), step_text.join(&format!(" {op} ")))
    };
    let word = match bound {
        Bound::Exact => "",
        Bound::Above => "above ",
        Bound::Below => "below ",
    };
    let message = match (holds, bound) {
        (true, Bound::Exact) => format!("{lhs} = {}", cx.text_of(total)),
        (true, _) => format!("{lhs} = {}, {word}{}", explain::like(in_t, tn), cx.text_of(total)),
        (false, _) => format!("{lhs} is {}, not {word}{}", explain::like(in_t, tn), cx.text_of(total)),
    };
    let mut used = vec![base, total];
    used.extend_from_slice(steps);
    used.sort_unstable();
    let span = cx.span(used[0], used[used.len() - 1]);
    out.push(finding("running_total", holds, used, tv, exact, span, message));
}

/// The steps of a list ending at step `i`: "July added 215 and August 190" gives both, when
/// the items are alike and joined by a comma or "and" with at most two words between.
/// Items may carry a short qualifier each ("48 in the first innings and 67 in the second",
/// "18,000 on day one and 21,500 on day two"); a label such as "day one" or an ordinal between
/// two items is part of the qualifier, not an item.
fn list_steps(rd: &Reader, i: usize, total: usize) -> Vec<usize> {
    let cx = rd.cx;
    let mut steps = vec![i];
    let mut k = i;
    while k > 0 && steps.len() < 6 {
        let mut p = k - 1;
        while p > 0 && (is_label(rd, p) || is_date(cx, p)) {
            p -= 1;
        }
        if cx.sentence_of[p] != cx.sentence_of[i] || !cx.usable(p) || !alike(cx, p, total) || is_label(rd, p) {
            break;
        }
        let g = rd.gap(p, k);
        let joined = (g.contains(" and ") || g.trim_end().ends_with(',') || g.trim() == "and")
            && g.split_whitespace().filter(|w| *w != "and" && !w.starts_with(|c: char| c.is_ascii_digit())).count()
                <= 4
            && !g.contains([';', '(', ')', '.'])
            && !contains_any(g, &["from", " to ", "than", "of "]);
        if !joined {
            break;
        }
        steps.insert(0, p);
        k = p;
    }
    steps
}

/// Whether number `k` is a year dating a figure: "140 homes in 2021".
fn is_date(cx: &Context, k: usize) -> bool {
    cx.numbers[k].kind == Kind::Year && cx.low_before(k).trim_end().ends_with(" in")
}

/// Whether number `k` counts the span a total covers: "over the three years", "in the past
/// four seasons".
fn is_span(rd: &Reader, k: usize) -> bool {
    let n = &rd.cx.numbers[k];
    // A span is a few years or seasons: small whole numbers only, tested first as it is cheap.
    n.kind == Kind::Count
        && n.unit.is_some()
        && n.value.is_integer()
        && n.value.numer() <= 30
        && n.unit.as_deref().is_some_and(|u| SPAN_UNITS.contains(&u))
        && ["over the", "in the", "across the", "during the", "for the"]
            .iter()
            .any(|p| rd.lead(k).trim_end().ends_with(p))
}

/// Units of the time a total may be said to cover: "over the three years".
const SPAN_UNITS: &[&str] =
    &["years", "months", "weeks", "days", "seasons", "quarters", "terms", "rounds", "games", "matches"];

/// Nouns that a small number names rather than counts: "day one", "round two", "stage 3".
const LABEL_NOUNS: &[&str] = &[
    "day", "round", "stage", "game", "week", "phase", "part", "leg", "heat", "match", "race", "test", "year", "month",
    "quarter", "chapter", "episode", "series", "season", "term", "level", "tier", "zone",
];

/// Whether number `p` labels something instead of counting it: an ordinal ("the first
/// innings"), or a small number straight after a label noun ("day one").
fn is_label(rd: &Reader, p: usize) -> bool {
    let n = &rd.cx.numbers[p];
    if !n.kind.is_quantity() {
        return matches!(n.kind, Kind::Ordinal);
    }
    let small = n.kind == Kind::Count && n.unit.is_none() && n.value.is_integer() && n.value <= Rational::int(20);
    small && LABEL_NOUNS.contains(&last_word(rd.lead(p).trim_end()))
}

/// Words in a running total's wording that say the total is the whole of the items before it:
/// "for a match aggregate of", "bringing the cumulative crowd to".
const WHOLE: &[&str] =
    &["aggregate", "cumulative", "combined", "overall", " a total of", " a tally of", "a grand total"];

/// "Stewart made 48 in the first innings and 67 in the second, for a match aggregate of 115":
/// a list with no earlier total, summed. A misfit is reported only when the wording says the
/// total is the whole of the list.
fn list_sum(rd: &Reader, steps: &[usize], total: usize, whole: bool, out: &mut Vec<Finding>) {
    let cx = rd.cx;
    let (mut sum, mut exact) = (Interval::exact(Rational::ZERO), Rational::ZERO);
    for &k in steps {
        let (Some(iv), Some(e)) = (given(cx, k), value(cx, k)) else { return };
        let (Some(s), Some(x)) = (sum.add(&iv), exact.checked_add(e)) else { return };
        (sum, exact) = (s, x);
    }
    let tn = &cx.numbers[total];
    let (Some(t), Some(tv)) = (major(tn), value(cx, total)) else { return };
    let holds = sum.meets(&t);
    if !holds && !whole {
        return;
    }
    let Some(in_t) = exact.checked_mul(Rational::int(tn.minor_units.max(1) as i64)) else { return };
    let lhs: Vec<&str> = steps.iter().map(|&k| cx.text_of(k)).collect();
    let lhs = lhs.join(" + ");
    let message = if holds {
        format!("{lhs} = {}", cx.text_of(total))
    } else {
        format!(
            "{lhs} is {}, not {}: either the total or one of the items is wrong",
            explain::like(in_t, tn),
            cx.text_of(total)
        )
    };
    let mut used = steps.to_vec();
    used.push(total);
    let span = cx.span(used[0], total);
    out.push(finding("running_total", holds, used, tv, exact, span, message));
}

/// Candidate earlier totals for `step`: alike numbers in its sentence or the one before.
fn bases(rd: &Reader, step: usize, total: usize) -> Vec<usize> {
    let cx = rd.cx;
    (earlier(cx, step)..step).filter(|&b| cx.usable(b) && alike(cx, b, total) && !is_new(rd, b)).collect()
}

impl Rule for RunningTotal {
    fn name(&self) -> &'static str {
        "running_total"
    }

    fn description(&self) -> &'static str {
        "a total carried forward: 120 cases, then 15 more, taking the total to 135"
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let rd = Reader::new(cx);
        let n = cx.numbers.len();
        let mut up_from = Vec::new();
        for i in 0..n.saturating_sub(1) {
            // "21,500 on day two, bringing the total to": a label between is no figure.
            // "210 in 2023, bringing its total over the three years to 585": the years that date
            // a step, and a count of the span the total covers, are no figures of the sum.
            let mut j = i + 1;
            while j + 1 < n
                && (is_label(&rd, j) || is_date(cx, j) || is_span(&rd, j))
                && cx.sentence_of[j + 1] == cx.sentence_of[i]
            {
                j += 1;
            }
            let same = cx.sentence_of[i] == cx.sentence_of[j];
            if !same || !cx.usable(i) || !cx.usable(j) || !alike(cx, i, j) {
                continue;
            }
            // "N more, taking the total to T".
            let hedge_at = cx.numbers[j].hedge.map_or(cx.numbers[j].span.start, |h| h.span.start);
            // After the last year that dates the step: "210 in 2023, bringing ...".
            let from =
                (i + 1..j).rev().find(|&k| is_date(cx, k)).map_or(cx.numbers[i].span.end, |k| cx.numbers[k].span.end);
            let to_total = rd.slice(from, hedge_at);
            // The fast test first; the groups only for the few gaps that match.
            let taking = (to_total.len() <= 160
                && ends_with_relation(to_total)
                && may_take(to_total)
                && TAKING.is_match(to_total))
            .then(|| TAKING.captures(to_total))
            .flatten();
            let making = to_total.trim_end().ends_with(['g', 'e', 'r']);
            let in_all = making && MAKING.is_match(to_total) && IN_ALL.is_match(rd.after(j));
            if in_all && taking.is_none() {
                decide(&rd, &bases(&rd, i, j), &[i], j, false, false, Bound::Exact, out);
            }
            if let Some(m) = taking {
                let verb = m.name("verb").map_or("", |v| v.as_str());
                let falls = m.name("down").is_some() || ["cut", "reduc", "lower"].iter().any(|w| verb.starts_with(w));
                // "Twelve were discharged, bringing the total to 88" or "a further 1,150 lost
                // supply, bringing the number affected to 4,550": a step that says it takes
                // away may add to a total of those it took from, so either reading that fits
                // is reported, and neither is flagged.
                let ambiguous =
                    !falls && DECREASE.is_match(to_total.get(..m.name("verb").map_or(0, |v| v.start())).unwrap_or(""));
                let bound = match m.name("rel").map_or("to", |r| r.as_str()) {
                    "past" | "beyond" | "above" | "over" => Bound::Above,
                    "below" | "under" => Bound::Below,
                    _ => Bound::Exact,
                };
                let listed = list_steps(&rd, i, j);
                let bases = bases(&rd, i, j);
                let first_bases = self::bases(&rd, listed[0], j);
                // "over the three years" counting the items says the total is the list's whole.
                let counted = (i + 1..j).any(|k| {
                    is_span(&rd, k)
                        && i64::try_from(listed.len()).is_ok_and(|l| cx.numbers[k].value == Rational::int(l))
                });
                if listed.len() > 1 && first_bases.is_empty() && !listed.iter().any(|&k| is_new(&rd, k)) {
                    // "raised $84,000 on its first day and $47,500 on the second, taking it to":
                    // a list that starts at the first is the whole, unless the total is of a
                    // longer time.
                    let first = contains_any(rd.gap(listed[0], listed[1]), &["first", "opening"])
                        && !contains_any(to_total, &["season", "year", "career", "so far"]);
                    list_sum(&rd, &listed, j, contains_any(to_total, WHOLE) || counted || first, out);
                } else if ambiguous {
                    for falls in [false, true] {
                        let mut found = Vec::new();
                        decide(&rd, &bases, &[i], j, falls, false, bound, &mut found);
                        if let Some(f) = found.into_iter().find(|f| f.verdict == crate::report::Verdict::Consistent) {
                            out.push(f);
                            break;
                        }
                    }
                } else if listed.len() > 1 {
                    // The list read whole, or its last item alone; the reading that fits is
                    // reported, and a misfit only for the whole list.
                    let (mut whole, mut last) = (Vec::new(), Vec::new());
                    decide(&rd, &self::bases(&rd, listed[0], j), &listed, j, falls, false, bound, &mut whole);
                    decide(&rd, &bases, &[i], j, falls, false, bound, &mut last);
                    prefer(out, whole, last);
                } else {
                    decide(&rd, &bases, &[i], j, falls, false, bound, out);
                }
            }
            // "the total is now T, up from P", the increment N just before.
            if may_up_from(rd.gap(i, j)) && UP_FROM.is_match(rd.gap(i, j)) && NOW.is_match(tail(rd.lead(i), 50)) {
                up_from.push(i);
                // "After 31 new cases on Monday and 24 on Tuesday, the tally reached 203, up
                // from 148": the steps are the list that ends just before the total.
                let last = (earlier(cx, i)..i).rev().find(|&s| cx.usable(s) && !is_label(&rd, s));
                let listed = last.filter(|&s| alike(cx, s, i)).map(|s| list_steps(&rd, s, i)).unwrap_or_default();
                let mut steps = (earlier(cx, i)..i).filter(|&s| cx.usable(s) && alike(cx, s, i) && is_new(&rd, s));
                if listed.len() > 1 && is_new(&rd, listed[0]) {
                    let (mut whole, mut one) = (Vec::new(), Vec::new());
                    decide(&rd, &[j], &listed, i, false, true, Bound::Exact, &mut whole);
                    decide(&rd, &[j], &listed[listed.len() - 1..], i, false, false, Bound::Exact, &mut one);
                    prefer(out, whole, one);
                } else if let (Some(s), None) = (steps.next(), steps.next()) {
                    decide(&rd, &[j], &[s], i, false, true, Bound::Exact, out);
                }
            }
        }
        for t in 0..n {
            if !cx.usable(t) {
                continue;
            }
            // "Another 15 were reported. The total now stands at 135": the step before, the
            // earlier total before the step.
            let lead = tail(rd.lead(t), 50);
            // NOW ends with one of these words: a test on the end before the scans.
            let end = lead.trim_end_matches(' ');
            let ends = ["now", "at", "to", "reached", "is"].iter().any(|w| end.ends_with(w));
            let now = ends && contains_any(lead, &["total", "tally", "toll", "count"]) && NOW.is_match(lead);
            if !now || up_from.contains(&t) {
                continue;
            }
            let mut steps = (earlier(cx, t)..t).filter(|&s| cx.usable(s) && alike(cx, s, t) && is_new(&rd, s));
            if let (Some(s), None) = (steps.next(), steps.next()) {
                decide(&rd, &bases(&rd, s, t), &[s], t, false, false, Bound::Exact, out);
            }
        }
        restated(&rd, out);
        // The general reading, for totals no reading above has decided.
        let mut done = vec![false; n];
        out.iter().flat_map(|f| f.numbers.iter()).for_each(|&k| done[k] = true);
        carried::check(&rd, &done, out);
        // The three marked figures in any order, for totals still undecided.
        out.iter().flat_map(|f| f.numbers.iter()).for_each(|&k| done[k] = true);
        roles::check(&rd, &done, out);
    }
}

/// Whether a gap ends as TAKING requires: its relation word ("to", "past", ...; "of" after "a
/// total") among the last three words, which a cut from the end finds at once. A necessary
/// condition only, tested before the stems and the pattern.
fn ends_with_relation(s: &str) -> bool {
    s.trim_end_matches(' ')
        .rsplit(' ')
        .take(3)
        .any(|w| matches!(w, "to" | "past" | "beyond" | "above" | "over" | "below" | "under" | "of"))
}

/// A necessary condition for [`UP_FROM`], on the gap's first bytes: spaces, perhaps a comma
/// and more spaces, perhaps "up ", then "from".
fn may_up_from(g: &str) -> bool {
    let g = g.trim_start_matches(' ');
    let g = g.strip_prefix(',').unwrap_or(g).trim_start_matches(' ');
    g.strip_prefix("up ").unwrap_or(g).starts_with("from")
}

/// A quick test that a gap may hold TAKING's wording, before the pattern runs.
fn may_take(s: &str) -> bool {
    const STEMS: &[&str] = &[
        "tak", "took", "bring", "brought", "push", "lift", "rais", "putting", "making", "increas", "boost", "swell",
        "cut", "reduc", "lower", "total", "tally",
    ];
    // "for a match aggregate of" has no verb; the other new wordings ("bringing the cumulative
    // crowd to") come after one of the stems.
    contains_any(s, STEMS) || s.contains("aggregate")
}

/// `s` without `w` at its end, when `w` ends it as whole words.
fn strip_word<'s>(s: &'s str, w: &str) -> Option<&'s str> {
    let rest = s.strip_suffix(w)?;
    (!rest.ends_with(|c: char| c.is_ascii_alphabetic())).then_some(rest)
}

/// Whole-wording before a number: strong ("all", "the entire", "a total of") and a determiner
/// ("the", "its", "their"): "all 1,100 staff", "the 1,060 staff".
fn whole_words(lead: &str) -> (bool, bool) {
    let t = lead.trim_end();
    // Every wording below ends with one of these words: the last, found by bytes, first.
    let last = &t[t.bytes().rposition(|b| !b.is_ascii_alphabetic()).map_or(0, |k| k + 1)..];
    if !matches!(
        last,
        "employs"
            | "employ"
            | "has"
            | "have"
            | "houses"
            | "numbers"
            | "counts"
            | "the"
            | "its"
            | "their"
            | "all"
            | "of"
            | "entire"
            | "whole"
            | "full"
    ) {
        return (false, false);
    }
    // "employs 1,060 staff", "has 620 pupils": a present-tense count of the whole, as weak as "the".
    const STATIVE: &[&str] = &["employs", "employ", "has", "have", "houses", "numbers", "counts"];
    if STATIVE.iter().any(|w| strip_word(t, w).is_some_and(|r| r.is_empty() || r.ends_with(' '))) {
        return (false, true);
    }
    let (rest, the) = match ["the", "its", "their"].iter().find_map(|w| strip_word(t, w)) {
        Some(r) => (r.trim_end(), true),
        None => (t, false),
    };
    const STRONG: &[&str] =
        &["all", "all of", "all of the", "the entire", "the whole", "a total of", "the total of", "the full"];
    (STRONG.iter().any(|w| strip_word(rest, w).is_some()), the)
}

/// A whole stated twice: "the 1,060 staff" and later "all 1,100 staff".
fn restated(rd: &Reader, out: &mut Vec<Finding>) {
    let cx = rd.cx;
    let whole = |i: usize| -> Option<bool> {
        let n = &cx.numbers[i];
        if !cx.usable(i) || n.kind != Kind::Count || n.unit.is_none() || n.hedge.is_some() {
            return None;
        }
        let (strong, the) = whole_words(tail(rd.lead(i), 30));
        let after = rd.after(i);
        let strong = strong || after.contains(" in ") && (after.contains(" in total") || after.contains(" in all"));
        if !(strong || the) || RESTRICTED.is_match(after) {
            return None;
        }
        Some(strong)
    };
    let wholes: Vec<Option<bool>> = (0..cx.numbers.len()).map(whole).collect();
    for (i, wi) in wholes.iter().enumerate() {
        let Some(si) = *wi else { continue };
        for (j, wj) in wholes.iter().enumerate().take(i + 9).skip(i + 1) {
            let Some(sj) = *wj else { continue };
            let (a, b) = (&cx.numbers[i], &cx.numbers[j]);
            let same = a.unit.as_deref().zip(b.unit.as_deref()).is_some_and(|(x, y)| same_unit(x, y));
            if !(same && (si || sj) && cx.sentence_of[i] != cx.sentence_of[j]) {
                continue;
            }
            let kept = !CHANGED.is_match(rd.slice(a.span.start, b.span.end))
                && !cx.numbers[i..=j].iter().any(|n| matches!(n.kind, Kind::Year | Kind::Date));
            if !kept {
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
