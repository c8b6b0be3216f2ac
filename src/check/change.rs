//! **change**: percentage changes, "rose 26% from 980 to 1,240", "a 35% rise from 240,000 to
//! 312,000", "1,240, up 26% on last year's 980", "£1.2m, 20% higher than the £1m of 2023",
//! "from 1,200 to 1,500, an increase of 25%".
//!
//! Matches a percentage P with a direction word beside it ("rose", "up", "a fall of", "% lower")
//! and, among the comparable quantities near it in the same sentence, a base A ("from A", "than
//! A", "on last year's A", "compared with A") and a new value B ("to B", "at B", or the subject
//! just before P); with no base in P's sentence, a base opening the next one and dated before
//! ("to 40,920. A year earlier there were 31,000"); with no new value in P's sentence, which
//! opens on "That was" or "It is", the last comparable figure of the sentence before ("214 deaths
//! last year. That was 7% lower than the 230 in 2022"). Decides (B − A) / A against ±P over
//! the intervals the wording allows, letting P be rounded either way (26.5% may be written 26%).
//! When A and B are themselves percentages,
//! "up 4 points" (or "fell 6 points", a count of points) is a difference, and "up 4%" is a
//! relative change: when only the points reading holds, the finding is inconsistent and says so.
//! Examples:
//! - "rose 26% from 980 to 1,240" ✓ (26.5%)
//! - "a 35% rise from 240,000 to 312,000" ✗: it is a 30% rise; 35% would give 324,000
//! - "support rose from 38% to 42%, up 4%" ✗: a 10.5% rise; 4 would be right in percentage points
//! - "fell 10% to 1,100 from 1,000" ✗: it is a rise
//! - "rose to 5%, from 4.8%" is no stated change (no percentage beside the verb).

use super::context::{any_word, ends_with_phrase, last_words, listed, word_count, word_iter, words};
use super::difference::{last_before, List};
use super::{explain, finding, Context, Interval, Rule};
use crate::number::{HedgeKind, Kind, RangeEnd, Rational};
use crate::report::Finding;

/// The rule.
pub struct Change;

/// Words of a rise and of a fall, each grouped by first letter (see [`List`]).
const UP: &str =
    "boosted|bigger|climbed|climb|grew|grow|grown|growth|gained|gain|greater|higher|hike|hiked|increase|increased|increases|increasing|jumped|jump|larger|leapt|leaped|more|rose|rise|rises|risen|rising|raised|rebounded|rocketed|soared|surged|surge|up|uplift|widened|widening";
const DOWN: &str =
    "cut|cuts|down|decrease|decreased|decreases|dropped|drop|declined|decline|dipped|dip|eased|fell|fall|falls|fallen|falling|fewer|lower|less|lost|loss|narrowed|narrowing|plunged|plunge|plummeted|reduced|reduction|slashed|slumped|slump|slid|shrank|shrunk|smaller|slipped|sank|tumbled|trimmed";
/// Verbs that make "up" or "down" after them part of the verb, not a change: "turned up",
/// "signed up", "set up", "broke down".
const PHRASAL: &str =
    "turned|turn|turns|turning|showed|show|shows|signed|sign|signs|set|sets|made|make|makes|took|take|takes|wound|broke|broken|break|called|stood|stand|shut|summed|sum|split|handed|hand|woke|voted|vote|lined|line|backed";
/// Words that may stand between a direction word and its percentage: "rose by almost 5%".
const FILLER: &str = "by|a|an|some|just|another|further|only|roughly|sharp|steep";

static UP_LIST: List = List::new(UP);
static DOWN_LIST: List = List::new(DOWN);

/// `+1` for a rise, `−1` for a fall, if `w` names one.
pub(super) fn direction_of(w: &str) -> Option<i8> {
    if UP_LIST.has(w) {
        Some(1)
    } else if DOWN_LIST.has(w) {
        Some(-1)
    } else {
        None
    }
}

/// Whether number `i` may take part in arithmetic. Like [`Context::usable`], but a "range"
/// whose two ends are of different kinds ("tripled to 690", "5% to £1,050") is no range: the
/// number layer pairs any two numbers joined by "to". "From A to B" may be a change too; these
/// rules use it only beside a stated change ("fell 12% from A to B").
pub(super) fn usable(cx: &Context, i: usize) -> bool {
    let n = &cx.numbers[i];
    let partner = match n.range {
        None => return n.kind.is_quantity(),
        Some(RangeEnd::Low) => i + 1,
        Some(RangeEnd::High) => i.wrapping_sub(1),
    };
    if partner >= cx.numbers.len() {
        return n.kind.is_quantity();
    }
    let low = if n.range == Some(RangeEnd::Low) { i } else { partner };
    let from = ends_with_phrase(cx.lead(low), "from");
    n.kind.is_quantity() && (from || cx.numbers.get(partner).is_some_and(|o| o.kind != n.kind))
}

/// Whether numbers `a` and `b` are joined by "to" alone, perhaps after `a`'s unit or a rate
/// ("41mm to 88mm", "from £640 a month to £1,280").
pub(super) fn joined_by_to(cx: &Context, a: usize, b: usize) -> bool {
    let gap = cx.between(a, b);
    if gap.contains([',', ';']) {
        return false;
    }
    let w = words(&gap);
    let unit = cx.numbers[a].unit.as_deref().unwrap_or("");
    let rest = match w.split_last() {
        Some((&"to", rest)) => rest,
        _ => return false,
    };
    let rest = rest.strip_prefix(&[unit]).unwrap_or(rest);
    // "from 368 last year to 1,104", "from £41,000 a year earlier to": words of time may date
    // the first figure.
    match rest {
        [] | ["last", _] | ["a", _, "earlier" | "ago" | "before"] => true,
        // "from 31% in March to 36%": a month or a place may date the first figure too.
        [r, _] => matches!(*r, "a" | "an" | "per" | "each" | "in"),
        _ => false,
    }
}

/// The direction a percentage states: "rose 5%", "a rise of 5%", "5% lower".
fn direction(cx: &Context, p: usize) -> Option<i8> {
    let lead = cx.lead(p);
    // Only the last few words matter, kept on the stack (this runs for every percentage): at
    // most two fillers, "by" and four words before it are six.
    let mut buf = [""; 6];
    let mut len = 0;
    for w in last_words(lead).take(6) {
        buf[len] = w;
        len += 1;
    }
    let before = &mut buf[..len];
    before.reverse();
    // A fraction states a change only after "by" or "of": "fell by a quarter", "a rise of half".
    let fraction = cx.numbers[p].kind == Kind::Fraction;
    if fraction && !matches!(before.last(), Some(&"by" | &"of" | &"up" | &"down")) {
        // "roughly a fifth more than last year's": a comparative and "than" after it.
        let mut w = word_iter(cx.tail(p));
        let d = w.next().and_then(direction_of);
        return d.filter(|_| w.next() == Some("than"));
    }
    let mut k = before.len();
    let mut skipped = 0;
    while k > 0 && listed(FILLER, before[k - 1]) && skipped < 2 {
        k -= 1;
        skipped += 1;
    }
    if k > 0 {
        if before[k - 1] == "of" && k > 1 && !matches!(before[k - 2], "more" | "less" | "higher" | "lower") {
            if let Some(d) = direction_of(before[k - 2]) {
                return Some(d);
            }
        } else if let Some(d) = direction_of(before[k - 1]) {
            // "turned up, just over a third": part of a phrasal verb, no change.
            let phrasal = matches!(before[k - 1], "up" | "down") && k > 1 && listed(PHRASAL, before[k - 2]);
            return (!phrasal).then_some(d);
        } else if k < before.len() && before[k] == "by" {
            // "cut emissions by 40%", "raised the cap by 5%": the verb may stand a noun away.
            if let Some(d) = before[k.saturating_sub(4)..k].iter().rev().find_map(|w| direction_of(w)) {
                return Some(d);
            }
        }
    }
    if fraction {
        return None;
    }
    // "a five-point gain": the unit of points, glued to the figure, comes first.
    let tail = cx.tail(p).trim_start_matches('-');
    let first = word_iter(tail)
        .find(|w| !matches!(*w, "year-on-year" | "annual" | "overall" | "a" | "year" | "point" | "points"))?;
    // "15% below the 3,670": a level set against a base, read only after the percentage.
    let level = match first {
        "above" => Some(1),
        "below" => Some(-1),
        _ => None,
    };
    direction_of(first).or(level).filter(|_| !tail.trim_start().starts_with("of"))
}

/// Whether the text before a number marks it as the base of a change.
fn is_base(t: &str) -> bool {
    let t = t.trim_end_matches([' ', '(', ',']);
    let t = t.strip_suffix(" the").or_else(|| t.strip_suffix(" a")).unwrap_or(t);
    // The last two words, read once: every phrase below is one or two words long.
    let mut last = last_words(t);
    let (w1, w2) = (last.next().unwrap_or(""), last.next().unwrap_or(""));
    matches!(w1, "from" | "than" | "on" | "against" | "versus" | "vs" | "over" | "above" | "below")
        || (w2 == "compared" && matches!(w1, "with" | "to"))
        || w1.ends_with("'s")
        || w1.ends_with("’s")
        || (w1 == "of" && last_words(t).any(|w| matches!(w, "than" | "compared")))
}

/// Whether the text before a number marks it as the new value: "to B", "at B", "reaching B".
fn is_new(t: &str) -> bool {
    ["to", "at", "reaching", "reached", "hitting", "of just"].iter().any(|p| ends_with_phrase(t, p))
        // "to an average of B", "to a record B", "to a high of B"
        || (ends_with_phrase(t, "of") || ends_with_phrase(t, "record"))
            && last_words(t).take(4).any(|w| w == "to")
            && last_words(t).take(4).any(|w| matches!(w, "average" | "record" | "high" | "low" | "peak" | "total"))
}

/// Whether the words between two numbers hold another clause.
fn clause_break(t: &str) -> bool {
    t.contains(';') || word_count(t, 8) > 7 || last_words(t).any(|w| matches!(w, "while" | "but" | "whereas" | "and"))
}

/// Whether the text between percentage `p` and a number `k` on the same side of it as the
/// relation's other figures starts another clause: a semicolon, a conjunction ("and", "while"),
/// "according to", a participle after a comma ("…, widening the deficit to £34.7bn from
/// £30.1bn"), or more than fourteen words that are not figures.
fn apart(cx: &Context, p: usize, k: usize) -> bool {
    if k == p {
        return false;
    }
    let t = cx.between(p.min(k), p.max(k));
    if t.contains(';') {
        return true;
    }
    // A participle after a comma starts a new clause only when P's own clause already has a
    // figure of the kind in question ("rose 1.2% to £121.9bn, widening the deficit to £34.7bn").
    let inner = (p.min(k) + 1..p.max(k)).any(|j| cx.comparable(j, k));
    let mut count = 0;
    let mut after_comma = false;
    for piece in t.split_inclusive(',') {
        for w in word_iter(piece) {
            if matches!(
                w,
                "while" | "but" | "whereas" | "and" | "which" | "although" | "though" | "according" | "meanwhile"
            ) || (after_comma && inner && k > p && w.len() > 4 && w.ends_with("ing"))
            {
                return true;
            }
            after_comma = false;
            if !w.starts_with(|c: char| c.is_ascii_digit()) {
                count += 1;
            }
        }
        after_comma = piece.ends_with(',');
    }
    count > 14
}

/// Whether number `k` is a time before now rather than a figure: "five years ago".
fn time_ago(cx: &Context, k: usize) -> bool {
    let unit = cx.numbers[k].unit.as_deref().unwrap_or("");
    let mut w = word_iter(cx.after(k)).skip_while(|w| w.eq_ignore_ascii_case(unit));
    w.next().is_some_and(|w| ["ago", "earlier", "previously", "before"].iter().any(|a| w.eq_ignore_ascii_case(a)))
}

/// Whether number `k` is "one" used as a determiner ("according to one lender") more likely
/// than as a figure.
fn determiner(cx: &Context, k: usize) -> bool {
    let t = cx.text_of(k);
    ["one", "a", "an"].iter().any(|w| t.eq_ignore_ascii_case(w))
}

/// A stated change as a percentage interval: a plain figure may be rounded or cut short (26.5%
/// as 26%); a fraction ("a quarter") is approximate, within a tenth of itself.
pub(super) fn claim(n: &crate::number::Number) -> Option<Interval> {
    if n.kind == Kind::Fraction {
        let hundred = Rational::int(100);
        let v = n.value.checked_mul(hundred)?;
        let stated = Interval::of(n)?.scale(hundred)?;
        if n.hedge.is_some_and(|h| h.kind != HedgeKind::About) {
            return Some(stated);
        }
        // A fraction word carries the rounding of a round share, a point or two either side:
        // "a quarter" holds for 23-27%, not for 20.8%.
        let spread = v.checked_abs()?.checked_div(Rational::int(10))?.min(Rational::int(2));
        let plain = Interval::around(v, spread)?;
        return Some(Interval { lo: stated.lo.min(plain.lo), hi: stated.hi.max(plain.hi) });
    }
    if n.hedge.is_none() && n.step > Rational::ZERO {
        let half = n.step.checked_div(Rational::int(2))?;
        return Some(Interval::between(n.value.checked_sub(half)?, n.value.checked_add(n.step)?));
    }
    Interval::of(n)
}

/// The base and new value of the change that percentage `p` states, if the sentence gives them.
fn roles(cx: &Context, p: usize) -> Option<(usize, usize)> {
    let range = cx.numbers_in[cx.sentence_of[p]].clone();
    let (lo, hi) = (range.start.max(p.saturating_sub(4)), range.end.min(p + 5));
    // What each number in the window allows and the words before it, worked out once.
    let oks: Vec<bool> = (lo..hi)
        .map(|k| {
            k != p
                && !matches!(cx.numbers[k].kind, Kind::PercentagePoints | Kind::Fraction | Kind::Multiplier)
                && usable(cx, k)
                && !time_ago(cx, k)
        })
        .collect();
    let ok = |k: usize| k >= lo && k < hi && oks[k - lo];
    let lead = |k: usize| if ok(k) { cx.lead(k) } else { "" };
    let pair = |a: usize, b: usize| ok(a) && ok(b) && cx.comparable(a, b);
    // "from A to B", nearest to P first.
    let pairs: Vec<usize> = (lo..hi.saturating_sub(1)).filter(|&a| pair(a, a + 1)).collect();
    let keys: Vec<_> = pairs.iter().map(|&a| (a.abs_diff(p), 0)).collect();
    let pairs = super::sorted_by(pairs, &keys);
    for a in pairs {
        let joined = joined_by_to(cx, a, a + 1);
        let from = ends_with_phrase(lead(a), "from") || ends_with_phrase(lead(a), "between");
        let then = a + 2 == p && !clause_break(&cx.between(a + 1, p));
        let near = if a > p { !apart(cx, p, a) } else { !apart(cx, p, a + 1) };
        if joined && (then || (from && near)) {
            return Some((a, a + 1));
        }
    }
    // "In 2015 there were 420 branches; by 2024 there were 310, a fall of 26%": each figure
    // just after its own year, the later one just before P.
    if let Some(r) = dated_pair(cx, p, lo, &ok) {
        return Some(r);
    }
    // A base marked by "from", "than", "on last year's"; a new value marked or just before P.
    // The word tests before the clause test, which reads the words between.
    let single = |k: usize| !determiner(cx, k) && !apart(cx, p, k);
    let Some(base) = (lo..hi).filter(|&k| ok(k) && is_base(lead(k)) && single(k)).min_by_key(|&k| k.abs_diff(p)) else {
        return next_base(cx, p);
    };
    let marked = (lo..hi).filter(|&k| k != base && ok(k) && pair(base, k) && is_new(lead(k)) && single(k));
    let marked = marked.min_by_key(|&k| k.abs_diff(p));
    // The subject stands before P and before a base that P follows ("B, up P on A", "B, down
    // from A, a fall of P"); a figure between the base and P is something else ("37 fewer").
    let subject = (lo..p.min(base)).rev().find(|&k| pair(base, k) && !clause_break(&cx.between(k, p)));
    let subject = subject.filter(|&k| !is_base(lead(k)) && !determiner(cx, k));
    // "B passengers used the airport last year, up from A, a rise of P": B is the subject of
    // the clause that "up from A" ends.
    let up_from = || {
        let l = lead(base);
        if !(base < p && (ends_with_phrase(l, "up from") || ends_with_phrase(l, "down from"))) {
            return None;
        }
        // "…, up from 987, at a cost of £312.5m, or about 7% more than planned": a figure of
        // another kind between the base and P is what P is about, so P says nothing of A and B.
        // A comparable figure there ("60 fewer") restates the change and is no obstacle.
        if (base + 1..p).any(|k| cx.numbers[k].kind.is_quantity() && !cx.comparable(base, k)) {
            return None;
        }
        let k = (lo..base).rev().find(|&k| pair(base, k))?;
        let t = cx.between(k, base);
        let clause = t.contains(';')
            || word_count(&t, 13) > 12
            || last_words(&t).any(|w| matches!(w, "while" | "but" | "whereas" | "and" | "which"));
        (!clause && !determiner(cx, k)).then_some(k)
    };
    // "214 deaths last year. That was 7% lower than the 230 in 2022": the figure "that" names
    // ends the sentence before.
    let that =
        || (p == range.start && super::difference::PRONOUN.is_match(cx.lead(p))).then(|| last_before(cx, p, base))?;
    let new = marked.or(subject).or_else(up_from).or_else(that)?;
    Some((base, new))
}

/// "jumped 32% to 40,920. A year earlier there were 31,000": the new value right after P, the
/// last figure of its sentence, and the base the first of the next one, dated before it.
fn next_base(cx: &Context, p: usize) -> Option<(usize, usize)> {
    let (b, a) = (p + 1, p + 2);
    let s = cx.sentence_of[p];
    if a >= cx.numbers.len() || cx.sentence_of[b] != s || cx.sentence_of[a] != s + 1 {
        return None;
    }
    let lead = cx.lead(a);
    let dated = any_word(lead, &["earlier", "before", "previously", "ago", "last"]);
    // A figure of another measure that the units do not tell apart ("40 staff") is far off:
    // the two are within a factor of three.
    let three = Rational::int(3);
    let r = cx.numbers[b].value.checked_div(cx.numbers[a].value)?;
    (dated
        && word_count(lead, 9) <= 8
        && ends_with_phrase(cx.lead(b), "to")
        && usable(cx, a)
        && usable(cx, b)
        && cx.comparable(a, b)
        && r < three
        && r.checked_mul(three)? > Rational::ONE)
        .then_some((a, b))
}

/// Year, figure, year, figure, P: the two figures a change between the years, when each
/// figure stands a few words after its year and P follows the second in its clause.
fn dated_pair(cx: &Context, p: usize, lo: usize, ok: &dyn Fn(usize) -> bool) -> Option<(usize, usize)> {
    let y1 = p.checked_sub(4).filter(|&y| y >= lo)?;
    let (a, y2, b) = (y1 + 1, y1 + 2, y1 + 3);
    let year = |k: usize| (cx.numbers[k].kind == Kind::Year).then_some(cx.numbers[k].value);
    let later = year(y1)? < year(y2)?;
    let close = |i: usize, j: usize| word_count(&cx.between(i, j), 6) <= 5;
    let tied = !clause_break(&cx.between(b, p)) && word_count(&cx.between(b, p), 5) <= 4;
    (later && ok(a) && ok(b) && cx.comparable(a, b) && close(y1, a) && close(y2, b) && tied).then_some((a, b))
}

fn pct(v: Rational) -> String {
    explain::plain(v, 1)
}

impl Rule for Change {
    fn name(&self) -> &'static str {
        "change"
    }

    fn description(&self) -> &'static str {
        "percentage changes such as rose 26% from 980 to 1,240"
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        for p in 0..cx.numbers.len() {
            let pn = &cx.numbers[p];
            let points = pn.kind == Kind::Count && pn.unit.as_deref().is_some_and(|u| u.starts_with("point"));
            if !usable(cx, p) || !(points || matches!(pn.kind, Kind::Percent | Kind::PercentagePoints | Kind::Fraction))
            {
                continue;
            }
            let Some(dir) = direction(cx, p) else { continue };
            let Some((a, b)) = roles(cx, p) else { continue };
            if let Some(f) = decide(cx, p, dir, a, b) {
                out.push(f);
            }
        }
    }
}

/// The two figures of a change as given. Two decimals written side by side share their
/// precision: in "to £1.45m from £1.2m" the writer who gives hundredths means £1.20m, not
/// anything from £1.15m to £1.25m.
fn figures(cx: &Context, a: usize, b: usize) -> Option<(Interval, Interval)> {
    let (an, bn) = (&cx.numbers[a], &cx.numbers[b]);
    let decimal = |k: usize| cx.numbers[k].hedge.is_none() && cx.text_of(k).contains('.');
    if decimal(a) && decimal(b) && an.kind == bn.kind && an.step != bn.step {
        let half = an.step.min(bn.step).checked_div(Rational::int(2))?;
        return Some((Interval::around(an.value, half)?, Interval::around(bn.value, half)?));
    }
    Some((cx.given(a)?, cx.given(b)?))
}

/// Decides one change and writes its finding.
fn decide(cx: &Context, p: usize, dir: i8, a: usize, b: usize) -> Option<Finding> {
    let (pn, an, bn) = (&cx.numbers[p], &cx.numbers[a], &cx.numbers[b]);
    let (ia, ib) = figures(cx, a, b)?;
    let ip = claim(pn)?;
    let hundred = Rational::int(100);
    let signed = if dir < 0 { ip.neg()? } else { ip };
    let fraction = pn.kind == Kind::Fraction;
    let value = if fraction { pn.value.checked_mul(hundred)? } else { pn.value };
    let stated = if dir < 0 { value.checked_neg()? } else { value };
    let rel_exact = bn.value.checked_sub(an.value)?.checked_div(an.value)?.checked_mul(hundred)?;
    let rel = ib.div(&ia)?.sub(&Interval::exact(Rational::ONE))?.scale(hundred)?;
    let diff_exact = bn.value.checked_sub(an.value)?;
    let diff = ib.sub(&ia)?;
    let percents = an.kind == Kind::Percent && bn.kind == Kind::Percent;
    let points = pn.kind == Kind::PercentagePoints || pn.unit.as_deref().is_some_and(|u| u.starts_with("point"));
    if points && !percents {
        return None;
    }
    let (ta, tb, tp) = (cx.text_of(a), cx.text_of(b), cx.text_of(p));
    let (first, last) = (a.min(b).min(p), a.max(b).max(p));
    let span = cx.span(first, last);
    let word = |v: Rational| if v.is_negative() { "fall" } else { "rise" };
    // One allowance at a time: the figures' rounding with the percentage rounded to its own
    // step, or the figures as written with the percentage perhaps cut short ("18.9%" written
    // "18%"). Both at once would let "fell 18% to €3.28bn from €4.1bn" (a 20% fall) pass.
    let rounded = match (pn.kind, pn.hedge) {
        (Kind::Percent, None) => {
            let iv = Interval::of(pn)?;
            if dir < 0 {
                iv.neg()?
            } else {
                iv
            }
        }
        _ => signed,
    };
    let rel_holds = !points && (rel.meets(&rounded) || Interval::exact(rel_exact).meets(&signed));
    // "fell 6 points" is a count of points, rounded like the percentages it is taken between.
    let plain = if points && pn.hedge.is_none() {
        Interval::around(pn.value, pn.step.checked_div(Rational::int(2))?)?
    } else {
        Interval::of(pn)?
    };
    let plain = if dir < 0 { plain.neg()? } else { plain };
    let pts_holds = percents && !fraction && diff.meets(&plain);
    let holds = if points { pts_holds } else { rel_holds };
    let computed = if points { diff_exact } else { rel_exact };
    let mut m = if points {
        format!("from {ta} to {tb} is a {} of {} percentage points", word(diff_exact), pct(diff_exact.checked_abs()?))
    } else {
        format!("from {ta} to {tb} is a {}% {}", pct(rel_exact.checked_abs()?), word(rel_exact))
    };
    let dir_word = if dir < 0 { "fall" } else { "rise" };
    if holds {
        m.push_str(", as stated (");
        m.push_str(tp);
        m.push(')');
        if !signed.contains(computed) {
            m.push_str(", allowing for rounding in the figures");
        }
    } else {
        m.push_str(", not ");
        if !points && rel_exact.is_negative() != (dir < 0) && !rel_exact.is_zero() {
            m.push_str("a ");
            m.push_str(dir_word);
            m.push_str(" of ");
        }
        m.push_str(tp);
        if !points && percents && !fraction {
            // "from 41% to 45%, a rise of 4%": right only in points, which "%" does not say.
            let tp = pct(pn.value);
            if pts_holds {
                for piece in ["; ", &tp, " would be right in percentage points"] {
                    m.push_str(piece);
                }
            } else {
                m.push_str(&format!(" (nor {tp} percentage points: the difference is {})", pct(diff_exact)));
            }
        } else if !points && (fraction || pn.hedge.is_none_or(|h| h.kind == HedgeKind::About)) {
            let factor = hundred.checked_add(stated)?.checked_div(hundred)?;
            let want = an.value.checked_mul(factor)?;
            // "a 35% rise from 240,000", "a rise of a third from £58m".
            let (x, y) = if fraction { (dir_word, tp) } else { (tp, dir_word) };
            for piece in ["; a ", x, if fraction { " of " } else { " " }, y, " from ", ta, " would give "] {
                m.push_str(piece);
            }
            m.push_str(&explain::like(want, bn));
        }
    }
    let mut used = vec![a, b, p];
    used.sort_unstable();
    Some(finding("change", holds, used, stated, computed, span, m))
}
