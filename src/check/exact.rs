//! **exact**: relations that hold exactly among figures stated side by side, in words the other
//! rules do not read: "4,150 on Friday, 6,820 on Saturday and 5,230 on Sunday, 16,200 over the
//! weekend"; "21,406 … 2,197 up on last season, when 19,209 came"; "38% of the 450-strong
//! workforce, about 171 people"; "1,085 delegates across 31 tables, each table seated 35".
//!
//! Only ever confirms. A figure's neighbours that happen to add up are almost always stated to
//! add up, but figures that do not add up may state no relation at all, so this rule reports
//! nothing for them: a wording only a specific rule reads can flag an error. To keep chance
//! out, the figures must be consecutive numbers of one sentence or two neighbouring ones, of
//! the same kind and unit, and the relation must hold within the figures' own rounding (sums
//! and differences exactly):
//! - a run of two to five parts and a total just before or after it: "57 … and 38 … In all,
//!   95";
//! - three figures, one the difference of the other two: "212mm … 147mm, a surplus of 65mm";
//! - two figures and a percentage between or beside them, in one sentence, that is the one's
//!   share of the other or the change from one to the other: "1,034 adults found 62% …,
//!   around 640";
//! - a total, a count and the amount per item: "1,085 delegates across 31 tables, … 35".
//!
//! Rules listed before it report a relation first; this one adds only what they missed.

use super::{explain, finding, Context, Interval, Rule};
use crate::number::{Kind, Rational};
use crate::report::Finding;

/// The rule.
pub struct Exact;

/// The most parts a stated sum may have.
const MAX_PARTS: usize = 5;

/// The smallest total or minuend of a sum or difference: small figures add up by chance ("17
/// shots to United's 11, but United had six on target").
const MIN_TOTAL: i64 = 20;

impl Rule for Exact {
    fn name(&self) -> &'static str {
        "exact"
    }

    fn description(&self) -> &'static str {
        "figures side by side that add up exactly, in wordings no other rule reads"
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let n = cx.numbers.len();
        let near = |a: usize, b: usize| near(cx, a, b);
        let mut k = 0;
        while k < n {
            let found = sum(cx, k, &near).or_else(|| three(cx, k, &near));
            match found {
                Some((f, next)) => {
                    out.push(f);
                    k = next;
                }
                None => k += 1,
            }
        }
    }
}

/// Whether figures `a` and `b` (`a` first) are at most two neighbouring sentences of one
/// paragraph apart: a window of this rule and of `slip`.
pub(super) fn near(cx: &Context, a: usize, b: usize) -> bool {
    b < cx.numbers.len()
        && cx.sentence_of[b] <= cx.sentence_of[a] + 1
        && !cx.text.get(cx.numbers[a].span.end..cx.numbers[b].span.start).is_some_and(|t| t.contains("\n\n"))
}

/// A figure that can be a term: an unhedged count or sum of money above zero, not a year, a
/// rank or one end of a range.
pub(super) fn term(cx: &Context, k: usize) -> bool {
    let m = &cx.numbers[k];
    cx.usable(k) && matches!(m.kind, Kind::Count | Kind::Money) && m.hedge.is_none() && m.value > Rational::ZERO
}

/// A run of parts starting at `k` with its total just after it, or a total at `k` with the run
/// of parts just after it, adding up exactly: the finding and where to look next.
fn sum(cx: &Context, k: usize, near: &dyn Fn(usize, usize) -> bool) -> Option<(Finding, usize)> {
    if !term(cx, k) {
        return None;
    }
    let alike = |j: usize| near(k, j) && term(cx, j) && cx.comparable(k, j);
    // The total first: k, then the parts k+1 ..= k+p.
    let mut total = Rational::ZERO;
    for last in k + 1..=k + MAX_PARTS {
        if !alike(last) {
            break;
        }
        total = total.checked_add(cx.numbers[last].value)?;
        if last > k + 1 && total == cx.numbers[k].value && total >= Rational::int(MIN_TOTAL) {
            return Some((written(cx, (k + 1..=last).collect(), k), last + 1));
        }
    }
    // The parts first: k ..= last - 1, then the total at last.
    let mut total = cx.numbers[k].value;
    for last in k + 1..=k + MAX_PARTS {
        if !alike(last) {
            break;
        }
        if last > k + 1 && cx.numbers[last].value == total && total >= Rational::int(MIN_TOTAL) {
            return Some((written(cx, (k..last).collect(), last), last + 1));
        }
        total = total.checked_add(cx.numbers[last].value)?;
    }
    None
}

/// The finding of parts that add up to their total exactly.
fn written(cx: &Context, parts: Vec<usize>, total: usize) -> Finding {
    let lhs: Vec<&str> = parts.iter().map(|&p| cx.text_of(p)).collect();
    let message = format!("{} = {}", lhs.join(" + "), cx.text_of(total));
    let (first, last) = (parts[0].min(total), parts[parts.len() - 1].max(total));
    let v = cx.numbers[total].value;
    finding("exact", true, (first..=last).collect(), v, v, cx.span(first, last), message)
}

/// Three consecutive figures `k`, `k+1`, `k+2` in which one is the difference of the others,
/// or a percentage is the share or the change of the other two, or one is the product of the
/// others.
fn three(cx: &Context, k: usize, near: &dyn Fn(usize, usize) -> bool) -> Option<(Finding, usize)> {
    let ks = [k, k + 1, k + 2];
    if !near(k, k + 2) {
        return None;
    }
    let f = if !ks.iter().all(|&j| term(cx, j)) {
        percentage(cx, ks)?
    } else if cx.comparable(k, k + 1) && cx.comparable(k, k + 2) {
        difference(cx, ks)?
    } else {
        product(cx, ks)?
    };
    Some((f, k + 3))
}

/// `a − b = c` exactly, the three in any order.
fn difference(cx: &Context, ks: [usize; 3]) -> Option<Finding> {
    let v = |j: usize| cx.numbers[ks[j]].value;
    for (a, b, c) in [(0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)] {
        if v(a).checked_sub(v(b)) == Some(v(c)) && v(b) != v(c) && v(a) >= Rational::int(MIN_TOTAL) {
            let message = format!("{} − {} = {}", cx.text_of(ks[a]), cx.text_of(ks[b]), cx.text_of(ks[c]));
            return Some(finding("exact", true, ks.to_vec(), v(c), v(c), cx.span(ks[0], ks[2]), message));
        }
    }
    None
}

/// A total, a count of items and the amount per item: `t / n` within the rounding of the
/// amount, the count a whole number of at least two.
fn product(cx: &Context, ks: [usize; 3]) -> Option<Finding> {
    for (t, c, a) in [(0, 1, 2), (0, 2, 1)] {
        let (tn, cn, an) = (&cx.numbers[ks[t]], &cx.numbers[ks[c]], &cx.numbers[ks[a]]);
        // The total and the amount measure one thing, the count another ("1,085 delegates
        // across 31 tables").
        if !cn.value.is_integer()
            || cn.value < Rational::int(2)
            || an.value < Rational::int(2)
            || tn.value <= an.value
            || cn.kind != Kind::Count
            || !cx.comparable(ks[t], ks[a])
            || cx.comparable(ks[t], ks[c])
        {
            continue;
        }
        let x = tn.value.checked_div(cn.value)?;
        if Interval::of(an)?.contains(x) {
            let message = format!(
                "{} / {} = {}, consistent with {}",
                cx.text_of(ks[t]),
                cx.text_of(ks[c]),
                explain::like(x, an),
                cx.text_of(ks[a])
            );
            return Some(finding("exact", true, ks.to_vec(), an.value, x, cx.span(ks[0], ks[2]), message));
        }
    }
    None
}

/// Two comparable figures and a percentage among them that is the first's share of the second
/// ("1,034 adults … 62% … around 640") or the change from one to the other, within the
/// percentage's rounding and hedge.
fn percentage(cx: &Context, ks: [usize; 3]) -> Option<Finding> {
    // One sentence: a percentage and two figures from neighbouring sentences meet by chance
    // too often ("… conceded three … 11 goals …, 27% of all the goals").
    if cx.sentence_of[ks[0]] != cx.sentence_of[ks[2]] {
        return None;
    }
    let at = ks.iter().position(|&j| cx.numbers[j].kind == Kind::Percent && cx.usable(j))?;
    let p = ks[at];
    // The other two in text order.
    let (a, b) = match at {
        0 => (ks[1], ks[2]),
        1 => (ks[0], ks[2]),
        _ => (ks[0], ks[1]),
    };
    // A share's part and whole may name different things ("62% of 1,034 adults, around 640
    // people"), so units may differ, but not kinds or currencies; and two hedges together
    // leave too much room for chance.
    let (na, nb) = (&cx.numbers[a], &cx.numbers[b]);
    let both = |m: &crate::number::Number| matches!(m.kind, Kind::Count | Kind::Money);
    let hedged = ks.iter().filter(|&&j| cx.numbers[j].hedge.is_some()).count();
    if !cx.usable(a) || !cx.usable(b) || !both(na) || na.kind != nb.kind || na.currency != nb.currency || hedged > 1 {
        return None;
    }
    let pn = &cx.numbers[p];
    // A bound ("less than 5%") is no figure to confirm.
    let stated = Interval::of(pn).filter(|i| i.lo.is_some() && i.hi.is_some())?;
    let (va, vb) = (na.value, nb.value);
    let (ia, ib) = (cx.given(a)?, cx.given(b)?);
    let hundred = Rational::int(100);
    let (small, big, share) = if va < vb { (a, b, ia.div(&ib)?) } else { (b, a, ib.div(&ia)?) };
    if share.scale(hundred)?.meets(&stated) {
        let x = cx.numbers[small].value.checked_div(cx.numbers[big].value)?.checked_mul(hundred)?;
        let (ts, tb) = (cx.text_of(small), cx.text_of(big));
        let message = format!("{ts} / {tb} = {}%, consistent with {}", explain::plain(x, 2), cx.text_of(p));
        return Some(finding("exact", true, ks.to_vec(), pn.value, x, cx.span(ks[0], ks[2]), message));
    }
    // A change from the earlier figure in the text to the later, either way.
    let change = ib.sub(&ia)?.div(&ia)?.scale(hundred)?;
    if change.meets(&stated) || change.neg()?.meets(&stated) {
        let x = vb.checked_sub(va)?.checked_div(va)?.checked_mul(hundred)?;
        let word = if x.is_negative() { "fall" } else { "rise" };
        let message = format!(
            "from {} to {} is a {}% {word}, consistent with {}",
            cx.text_of(a),
            cx.text_of(b),
            explain::plain(x.checked_abs()?, 2),
            cx.text_of(p)
        );
        return Some(finding("exact", true, ks.to_vec(), pn.value, x, cx.span(ks[0], ks[2]), message));
    }
    None
}

#[cfg(test)]
mod tests {
    fn messages(text: &str) -> Vec<String> {
        crate::check::messages_of(&super::Exact, text)
    }

    #[test]
    fn confirms_figures_that_add_up_side_by_side() {
        assert_eq!(
            messages("The festival drew 4,150 visitors on Friday, 6,820 on Saturday and 5,230 on Sunday, 16,200 over the weekend."),
            ["4,150 + 6,820 + 5,230 = 16,200"]
        );
        assert_eq!(
            messages("Rainfall totalled 212mm against a long-term average of 147mm, a surplus of 65mm."),
            ["147 + 65 = 212"]
        );
        assert_eq!(
            messages("The survey of 1,034 adults found 62% opposed the plan, around 640 people."),
            ["640 / 1,034 = 61.9%, consistent with 62%"]
        );
        assert_eq!(
            messages("With 1,085 delegates spread across 31 tables, each table seated 35."),
            ["1,085 / 31 = 35, consistent with 35"]
        );
    }

    #[test]
    fn says_nothing_of_figures_that_do_not_add_up() {
        assert!(messages("The festival drew 4,150 visitors on Friday, 6,820 on Saturday and 5,230 on Sunday, 16,300 over the weekend.")
            .is_empty());
        // Small figures add up by chance; a bound is no figure.
        assert!(messages("City had 17 shots to United's 11, but United had six on target.").is_empty());
        assert!(messages("Each won less than 5% of the vote and lost their £500 deposits, £1,000 in all.").is_empty());
        assert!(messages("The survey of 1,034 adults found 52% opposed the plan, around 640 people.").is_empty());
    }
}
