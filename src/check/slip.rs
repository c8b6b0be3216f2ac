//! **slip**: figures side by side that would add up but for one slipped digit: "4,735 visitors
//! in May, 1,290 more than in April, when 3,645 came" (4,735 − 3,645 is 1,090); "2,418 homes:
//! 1,206 in the town, 874 in the villages and 328 on farms" (1,206 + 874 + 328 is 2,408).
//!
//! The rules before it read a relation from its wording; figures whose wording no rule reads
//! are only confirmed by `exact`, because figures that do not add up may state no relation at
//! all. But a stated figure that differs from its neighbours' sum or difference by a single
//! digit, or by two neighbouring digits swapped, is almost never chance: with three or more
//! digits, a random figure is one slip away from a given value less than one time in a hundred,
//! and that is exactly how copy goes wrong (a typo, a transposition, a sum off by 10 or 100).
//! So this rule flags such figures, under the same conditions as `exact`'s sums and differences
//! (consecutive unhedged counts or sums of money of one kind and unit, in one sentence or two
//! neighbouring ones) and more:
//! - every figure is written to its last unit ("9,862", not "9.9m" or "52,000", which may be
//!   rounded) and above one (never the pronoun "one");
//! - the stated figure has at least three digits (two-digit figures are a slip apart by chance
//!   too often: "31C in Seville, 14C in Oslo, 25C in Paris");
//! - no other rule has found a relation among two of the same figures (a part of a sum that
//!   holds is no slip: "642 birds: 318 dunlin, 205 redshank and 119 curlews"), which `run`'s
//!   de-duplication sees to, as this rule runs last;
//! - no figure is a bound ("took it past 3,400").

use super::context::any_word;
use super::exact::{near, term};
use super::{explain, finding, Context, Rule};
use crate::number::Rational;
use crate::report::Finding;

/// The rule.
pub struct Slip;

/// The most parts a stated sum may have, as `exact` reads them.
const MAX_PARTS: usize = 5;

impl Rule for Slip {
    fn name(&self) -> &'static str {
        "slip"
    }

    fn description(&self) -> &'static str {
        "figures side by side that miss adding up by one slipped or swapped digit"
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let mut k = 0;
        while k < cx.numbers.len() {
            match slip_at(cx, k) {
                Some((f, next)) => {
                    out.push(f);
                    k = next;
                }
                None => k += 1,
            }
        }
    }
}

/// A figure that can take part: a term as `exact` reads it, written to its last unit, above
/// one, and no bound.
fn whole(cx: &Context, k: usize) -> bool {
    k < cx.numbers.len()
        && term(cx, k)
        && cx.numbers[k].step == Rational::ONE
        && cx.numbers[k].value > Rational::ONE
        && !cx.low_before(k).ends_with("past ")
}

/// Words that mark a figure as the difference of two others: "1,290 more than", "a gap of".
const COMPARED: &[&str] = &[
    "more",
    "fewer",
    "less",
    "higher",
    "lower",
    "up",
    "down",
    "gap",
    "short",
    "majority",
    "difference",
    "rise",
    "fall",
    "increase",
    "drop",
    "above",
    "below",
    "ahead",
    "behind",
    "surplus",
    "deficit",
    "margin",
];

/// The first slip among the figures from `k` on: a run of parts with its total first or last,
/// or three figures one of which is the difference of the other two. The finding and where to
/// look next.
fn slip_at(cx: &Context, k: usize) -> Option<(Finding, usize)> {
    if !whole(cx, k) {
        return None;
    }
    let alike = |j: usize| whole(cx, j) && near(cx, k, j) && cx.comparable(k, j);
    let v = |j: usize| cx.numbers[j].value;
    // A figure that ends in two zeros or more may be rounded though the text does not say so
    // ("1,100 more"): the slip must be more than half a step of each such figure in the window.
    let beyond = |right: Rational, said: usize, last: usize| {
        let ten = Rational::int(10);
        let mut room = Rational::ZERO;
        for j in k..=last {
            let mut step = Rational::ONE;
            for _ in 0..18 {
                match step.checked_mul(ten) {
                    Some(next) if v(j).checked_div(next).is_some_and(Rational::is_integer) => step = next,
                    _ => break,
                }
            }
            if step >= Rational::int(100) {
                room = room.checked_add(step).unwrap_or(room);
            }
        }
        let miss =
            right.checked_sub(v(said)).and_then(Rational::checked_abs).and_then(|d| d.checked_mul(Rational::int(2)));
        slipped(right, v(said)) && miss.is_some_and(|m| m > room)
    };
    // Three figures, largest first: the largest less one of the others is the third.
    let three = alike(k + 1) && alike(k + 2);
    let mut ks = [k, k + 1, k + 2];
    if three {
        ks.sort_unstable_by_key(|&j| std::cmp::Reverse(v(j)));
    }
    let difference = || {
        for (b, c) in [(1, 2), (2, 1)] {
            let d = v(ks[0]).checked_sub(v(ks[b]))?;
            if beyond(d, ks[c], k + 2) {
                let lhs = format!("{} − {}", cx.text_of(ks[0]), cx.text_of(ks[b]));
                return Some((flag(cx, (k..k + 3).collect(), ks[c], d, lhs), k + 3));
            }
        }
        None
    };
    // Which figure to blame when one reading is a sum and another a difference of the same
    // three: the smallest when its words mark it as a difference, else a total at either end.
    let compared = three && (any_word(cx.lead(ks[2]), COMPARED) || any_word(cx.tail(ks[2]), COMPARED));
    if compared {
        if let Some(found) = difference() {
            return Some(found);
        }
    }
    // `after`: the sum of the figures after `k` up to `last`; `upto`: of those from `k` to
    // just before `last`.
    let mut after = Rational::ZERO;
    for last in k + 1..=k + MAX_PARTS {
        if !alike(last) {
            break;
        }
        let upto = v(k).checked_add(after)?;
        after = after.checked_add(v(last))?;
        if last == k + 1 {
            continue;
        }
        if beyond(after, k, last) {
            return Some((flag(cx, (k..=last).collect(), k, after, sum_of(cx, k + 1, last)), last + 1));
        }
        if beyond(upto, last, last) {
            return Some((flag(cx, (k..=last).collect(), last, upto, sum_of(cx, k, last - 1)), last + 1));
        }
    }
    if three && !compared {
        return difference();
    }
    None
}

/// "a + b + c", the figures from `first` to `last` as the text writes them.
fn sum_of(cx: &Context, first: usize, last: usize) -> String {
    let terms: Vec<&str> = (first..=last).map(|j| cx.text_of(j)).collect();
    terms.join(" + ")
}

/// The finding that `lhs`, worth `computed`, was stated as figure `stated` with a slipped digit.
fn flag(cx: &Context, figures: Vec<usize>, stated: usize, computed: Rational, lhs: String) -> Finding {
    let (first, last) = (figures[0], figures[figures.len() - 1]);
    let (said, right) = (cx.text_of(stated), explain::like(computed, &cx.numbers[stated]));
    let message = format!("{lhs} is {right}, not {said}: {said} looks like {right} with a digit slipped");
    finding("slip", false, figures, cx.numbers[stated].value, computed, cx.span(first, last), message)
}

/// Whether whole numbers `right` and `said` of three or more digits differ in exactly one
/// digit, or by two neighbouring digits swapped.
fn slipped(right: Rational, said: Rational) -> bool {
    let digits = |v: Rational| {
        let (mut v, mut out) = (v.numer(), Vec::new());
        while v > 0 {
            out.push((v % 10) as u8);
            v /= 10;
        }
        out
    };
    if !right.is_integer() || !said.is_integer() || right == said {
        return false;
    }
    let (r, s) = (digits(right), digits(said));
    let differ: Vec<usize> = (0..r.len()).filter(|&i| r.get(i) != s.get(i)).collect();
    r.len() == s.len()
        && r.len() >= 3
        && match differ[..] {
            [_] => true,
            [i, j] => j == i + 1 && r[i] == s[j] && r[j] == s[i],
            _ => false,
        }
}

#[cfg(test)]
mod tests {
    use crate::check::findings_of;

    fn messages(text: &str) -> Vec<String> {
        findings_of(&super::Slip, text).into_iter().map(|f| f.message).collect()
    }

    #[test]
    fn flags_figures_one_slipped_digit_from_adding_up() {
        assert_eq!(
            messages("The museum had 4,735 visitors in May, 1,290 more than in April, when 3,645 came."),
            ["4,735 − 3,645 is 1,090, not 1,290: 1,290 looks like 1,090 with a digit slipped"]
        );
        assert_eq!(
            messages("The scheme reached 2,418 homes: 1,206 in the town, 874 in the villages and 328 on farms."),
            ["1,206 + 874 + 328 is 2,408, not 2,418: 2,418 looks like 2,408 with a digit slipped"]
        );
        assert_eq!(
            messages("Parts first: 1,450 from grants and 2,870 from donations made 4,230 in all."),
            ["1,450 + 2,870 is 4,320, not 4,230: 4,230 looks like 4,320 with a digit slipped"]
        );
        assert_eq!(
            messages("The club's income of £84,300 less spending of £91,700 left a deficit of £6,400."),
            ["£91,700 − £84,300 is £7,400, not £6,400: £6,400 looks like £7,400 with a digit slipped"]
        );
    }

    #[test]
    fn says_nothing_of_figures_more_than_a_slip_apart_or_too_small() {
        // 1,090 against 1,370, 3,365 against 3,645: two digits apart, no slip.
        assert!(messages("The museum had 4,735 visitors in May, 1,370 more than in April, when 3,645 came.").is_empty());
        // Two-digit figures are a slip apart by chance.
        assert!(messages("It reached 31 on Tuesday while Oslo recorded 14, and forecasters expect 25 by Friday.")
            .is_empty());
        // A round figure that differs only where it ends in zeros is rounded, not slipped (4,750 −
        // 3,640 is 1,110: "1,100 more"); rounded figures, a bound and different units are no slip.
        assert!(messages("The museum had 4,750 visitors in May, 1,100 more than in April, when 3,640 came.").is_empty());
        assert!(messages("The petition had 2,300 signatures on Friday; another 1,150 took it past 3,400.").is_empty());
        assert!(messages("The opener made 187 runs from 142 balls, with 45 in boundaries.").is_empty());
    }
}
