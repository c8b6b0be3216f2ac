//! The sum rule's reading of a total at the end of one sentence that the next breaks down: "a
//! total of 90. Of these, 35 ...", "Combined, the two banks made $7.4bn. JPB earned $4.1bn and
//! Wexford $2.8bn".

use std::ops::Range;

use super::super::context::{any_word, last_words};
use super::super::Context;
use super::{compatible, counted, mark, named_total, parts_from, Claim, Sum};
use crate::report::Finding;

impl Sum {
    /// Total `t` in sentence `s` (numbers `range`) and its parts in the next sentence.
    pub(super) fn total_then_next(
        &self,
        cx: &Context,
        s: usize,
        range: Range<usize>,
        t: usize,
        taken: &mut [bool],
        out: &mut Vec<Finding>,
    ) {
        // A total at the end of one sentence broken down by the next: "Of these, ...". Past
        // it may stand a year or a smaller count of another noun: "enrolled 1,212 patients at 40
        // hospitals. Of these, 604 …".
        if s + 1 < cx.numbers_in.len() {
            let next = cx.numbers_in[s + 1].clone();
            let aside = |k: usize| {
                let (n, p) = (&cx.numbers[k], &cx.numbers[next.start]);
                !n.kind.is_quantity()
                    || (n.value < p.value && !super::measure(cx, k) && n.unit.is_some() && !cx.comparable(k, t))
            };
            if next.len() >= 2 && !taken[next.start] && (t + 1..range.end).all(aside) && compatible(cx, t, next.start) {
                let opener = cx.low_before(next.start);
                let opener = if opener.len() <= 50 { opener } else { "" };
                let (parts, open) = parts_from(cx, t, next.start, next.end);
                // "1,326 school places will be added by 2027. The new primary accounts for 420,
                // the expansion at St Anne's for 210 and the remaining 686 come from three
                // secondary schools": a list closed by a part named the rest of a whole breaks
                // the total down ("120 by others" and "leaving 615" name none).
                let last = parts[parts.len() - 1];
                let rest = last > next.start
                    && last_words(cx.low_gap(last - 1, last))
                        .next()
                        .is_some_and(|w| matches!(w, "remaining" | "rest" | "remainder" | "balance"));
                let named = named_total(cx, t);
                let claim = if opener.is_empty() {
                    None
                } else if any_word(opener, &["of these", "of them", "of those", "of this", "of that", "of the total"]) {
                    Some(Claim::Weak)
                } else if any_word(
                    opener,
                    &["comprise", "comprised", "comprises", "made up of", "broken down", "breakdown", "split"],
                ) {
                    Some(Claim::Exhaustive)
                } else {
                    None
                };
                // "Combined, the two banks made $7.4bn. JPB earned $4.1bn and Wexford $2.8bn":
                // every figure of the next sentence is a part. "The club signed nine players.
                // Four came up from the academy, three ...": a sentence that opens on its parts
                // may break the total down, and is reported only when it does.
                let every = t + 1 == range.end && (named || opener.trim().is_empty()) && parts.len() == next.len();
                let claim = match claim {
                    Some(c) => Some(c),
                    None if rest => Some(Claim::Weak),
                    None if every && named => Some(counted(cx, t, parts.len())),
                    None if every => Some(Claim::Items),
                    None => None,
                };
                if let Some(claim) = claim.filter(|_| parts.len() >= 2) {
                    self.decide(cx, t, &parts, claim, open, out);
                    mark(taken, &parts, t);
                }
            }
        }
    }
}
