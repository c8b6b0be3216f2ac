//! The sum rule's reading of a total at the end of one sentence that the next breaks down: "a
//! total of 90. Of these, 35 ...", "Combined, the two banks made $7.4bn. JPB earned $4.1bn and
//! Wexford $2.8bn".

use std::ops::Range;

use super::super::context::any_word;
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
        // A total at the end of one sentence broken down by the next: "Of these, ...".
        if t + 1 == range.end && s + 1 < cx.numbers_in.len() {
            let next = cx.numbers_in[s + 1].clone();
            if next.len() >= 2 && compatible(cx, t, next.start) {
                let opener = cx.low_before(next.start);
                let opener = if opener.len() <= 50 { opener } else { "" };
                let claim =
                    if any_word(opener, &["of these", "of them", "of those", "of this", "of that", "of the total"]) {
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
                        mark(taken, &parts, t);
                    }
                } else if named_total(cx, t) || opener.trim().is_empty() {
                    // "Combined, the two banks made $7.4bn. JPB earned $4.1bn and
                    // Wexford $2.8bn": every figure of the next sentence is a part. "The club
                    // signed nine players. Four came up from the academy, three ...": a
                    // sentence that opens on its parts may break the total down, and is
                    // reported only when it does.
                    let (parts, open) = parts_from(cx, t, next.start, next.end);
                    if parts.len() >= 2 && parts.len() == next.len() {
                        let claim = if named_total(cx, t) { counted(cx, t, parts.len()) } else { Claim::Items };
                        self.decide(cx, t, &parts, claim, open, out);
                        mark(taken, &parts, t);
                    }
                }
            }
        }
    }
}
