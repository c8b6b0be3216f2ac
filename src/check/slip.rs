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
//! - the stated figure has at least three digits, and so does every term, when all the figures
//!   are round, in the step they share (two-digit figures are a slip apart by chance too often: "31C in Seville, 14C
//!   in Oslo, 25C in Paris"; "2,100, 1,500 and 1,100" are 21, 15 and 11 hundreds);
//! - no other rule has found a relation among two of the same figures (a part of a sum that
//!   holds is no slip: "642 birds: 318 dunlin, 205 redshank and 119 curlews"), which `run`'s
//!   de-duplication sees to, as this rule runs last;
//! - no figure is a bound ("took it past 3,400").

use super::context::word_iter;
use super::difference::marks_difference;
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

/// A figure that can take part: a term as `exact` reads it, a whole number written to its last
/// unit, above one, and no bound.
fn whole(cx: &Context, k: usize) -> bool {
    k < cx.numbers.len()
        && term(cx, k)
        && cx.numbers[k].step == Rational::ONE
        && cx.numbers[k].value.is_integer()
        && cx.numbers[k].value > Rational::ONE
        && !cx.low_before(k).ends_with("past ")
}

/// The first slip among the figures from `k` on: a run of parts with its total first or last,
/// or three figures one of which is the difference of the other two. The finding and where to
/// look next.
fn slip_at(cx: &Context, k: usize) -> Option<(Finding, usize)> {
    if !whole(cx, k) {
        return None;
    }
    let mut last = k;
    while last < k + MAX_PARTS && whole(cx, last + 1) && near(cx, k, last + 1) && cx.comparable(k, last + 1) {
        last += 1;
    }
    if last < k + 2 {
        return None;
    }
    // Three figures, largest first: the largest less one of the others may be the third. When
    // that reading and a sum name different figures to blame, the smallest is to blame if its
    // words mark it as a difference ("2,917 more fans"), else a total at either end.
    // Sorted by hand: a sort call would carry its own copy of the standard library's sort.
    let mut ks = [k, k + 1, k + 2];
    for a in [0, 1, 0] {
        if cx.numbers[ks[a]].value < cx.numbers[ks[a + 1]].value {
            ks.swap(a, a + 1);
        }
    }
    let marked = |t: &str| word_iter(t).any(marks_difference);
    let compared = marked(cx.lead(ks[2])) || marked(cx.tail(ks[2]));
    let terms: Vec<usize> = (k..=last).collect();
    for differences in [compared, !compared] {
        let found = if differences {
            reading(cx, k, &[ks[0], ks[1]], ks[2], true).or_else(|| reading(cx, k, &[ks[0], ks[2]], ks[1], true))
        } else {
            (2..=last - k).find_map(|n| {
                reading(cx, k, &terms[1..=n], k, false).or_else(|| reading(cx, k, &terms[..n], k + n, false))
            })
        };
        if let Some(f) = found {
            let next = f.numbers[f.numbers.len() - 1] + 1;
            return Some((f, next));
        }
    }
    None
}

/// The finding when figures `terms`, added (or the second taken from the first, when
/// `minus`), miss figure `said` by a slip; the window runs from figure `k`.
#[inline(never)]
fn reading(cx: &Context, k: usize, terms: &[usize], said: usize, minus: bool) -> Option<Finding> {
    let v = |j: usize| cx.numbers[j].value.numer() as i64;
    let right = if minus {
        v(terms[0]).checked_sub(v(terms[1]))?
    } else {
        terms.iter().try_fold(0, |t, &j| v(j).checked_add(t))?
    };
    // The window's last figure: a difference's terms come largest first, in any text order.
    let end = terms.iter().fold(said, |end, &j| end.max(j));
    // A figure that ends in two zeros or more may be rounded though the text does not say so
    // ("1,100 more"): the slip must be more than half a step of each such figure.
    // Digits count in the step every figure shares: "2,100, 1,500 and 1,100" are 21, 15 and
    // 11 hundreds, and two-digit figures are a slip apart by chance ("2,100 − 1,100 is 1,000").
    let (room, step) = (k..=end)
        .map(|j| trailing_step(v(j)))
        .fold((0, i64::MAX), |(room, step), s| (if s >= 100 { room + s } else { room }, step.min(s)));
    if (step > 1 && terms.iter().any(|&j| v(j) / step < 100))
        || !slipped(right, v(said))
        || right.checked_sub(v(said))?.checked_abs()?.checked_mul(2)? <= room
    {
        return None;
    }
    let mut message = String::new();
    for (n, &j) in terms.iter().enumerate() {
        if n > 0 {
            message.push_str(if minus { " − " } else { " + " });
        }
        message.push_str(cx.text_of(j));
    }
    let (stated, computed) = (&cx.numbers[said], Rational::int(right));
    let message =
        format!("{message} is {}, not {}: a digit slipped", explain::like(computed, stated), cx.text_of(said));
    Some(finding("slip", false, (k..=end).collect(), stated.value, computed, cx.span(k, end), message))
}

/// The power of ten a whole number ends on: 1 for 1,234, 100 for 1,200.
fn trailing_step(n: i64) -> i64 {
    let mut step = 1;
    while n != 0 && step < 1_000_000_000_000_000_000 && n % (step * 10) == 0 {
        step *= 10;
    }
    step
}

/// Whether whole numbers `right` and `said` of three or more digits differ in exactly one
/// digit, or by two neighbouring digits swapped.
fn slipped(right: i64, said: i64) -> bool {
    let digits = |mut v: i64| {
        let mut out = Vec::new();
        while v > 0 {
            out.push(v % 10);
            v /= 10;
        }
        out
    };
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
    fn messages(text: &str) -> Vec<String> {
        crate::check::messages_of(&super::Slip, text)
    }

    #[test]
    fn flags_figures_one_slipped_digit_from_adding_up() {
        assert_eq!(
            messages("The museum had 4,735 visitors in May, 1,290 more than in April, when 3,645 came."),
            ["4,735 − 3,645 is 1,090, not 1,290: a digit slipped"]
        );
        assert_eq!(
            messages("The scheme reached 2,418 homes: 1,206 in the town, 874 in the villages and 328 on farms."),
            ["1,206 + 874 + 328 is 2,408, not 2,418: a digit slipped"]
        );
        assert_eq!(
            messages("Parts first: 1,450 from grants and 2,870 from donations made 4,230 in all."),
            ["1,450 + 2,870 is 4,320, not 4,230: a digit slipped"]
        );
        assert_eq!(
            messages("The club's income of £84,300 less spending of £91,700 left a deficit of £6,400."),
            ["£91,700 − £84,300 is £7,400, not £6,400: a digit slipped"]
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
        assert!(messages("Leeds will build 2,100, Bradford 1,500 and others 1,100 in smaller towns.").is_empty());
    }
}
