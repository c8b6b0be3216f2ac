//! Reading a text for the difference and running-total rules: windows of the lower-case copy
//! before and after a number, the gaps between numbers, and the clause tests they share.

use super::wording::{OLD_AFTER, OLD_BEFORE, OLD_START, RELATIVE, WINDOW};
use crate::check::context::contains_any;
use crate::check::Context;

/// The text read through the context's lower-case copy, which has the same byte offsets, so
/// that every look is a slice and no text is copied per number.
pub(in crate::check) struct Reader<'c, 'a> {
    pub(in crate::check) cx: &'c Context<'a>,
    low: &'c str,
    /// [`Reader::lead_full`] of every number, worked out once: the rules ask for it several
    /// times a number.
    leads: Vec<(usize, usize, bool)>,
}

fn floor_char(s: &str, mut k: usize) -> usize {
    while k > 0 && !s.is_char_boundary(k) {
        k -= 1;
    }
    k
}

fn ceil_char(s: &str, mut k: usize) -> usize {
    while k < s.len() && !s.is_char_boundary(k) {
        k += 1;
    }
    k
}

/// The bounds of [`Reader::lead_full`] of number `i` in `low`, and whether they reach back to
/// the sentence start.
fn lead_bounds(cx: &Context, low: &str, i: usize) -> (usize, usize, bool) {
    let n = &cx.numbers[i];
    let s = cx.sentences[cx.sentence_of[i]];
    let end = n.hedge.map_or(n.span.start, |h| h.span.start.min(n.span.start)).max(s.start);
    if end - s.start <= WINDOW {
        return (s.start, end, true);
    }
    let mut start = ceil_char(low, end - WINDOW);
    if let Some(k) = low.as_bytes().get(start..end).unwrap_or(&[]).iter().position(|&b| b == b' ') {
        start += k;
    }
    (start, end, false)
}

impl<'c, 'a> Reader<'c, 'a> {
    pub(in crate::check) fn new(cx: &'c Context<'a>) -> Reader<'c, 'a> {
        let leads = (0..cx.numbers.len()).map(|i| lead_bounds(cx, &cx.low, i)).collect();
        Reader { cx, low: &cx.low, leads }
    }

    pub(in crate::check) fn slice(&self, a: usize, b: usize) -> &str {
        self.low.get(a..b).unwrap_or("")
    }

    /// The last `WINDOW` bytes of number `i`'s sentence before it (up to its hedge), and
    /// whether they reach back to the sentence start. A cut window starts at a space, so that
    /// `^` in a pattern never sees the middle of a word as a start.
    pub(in crate::check) fn lead_full(&self, i: usize) -> (&str, bool) {
        let (a, b, full) = self.leads[i];
        (self.slice(a, b), full)
    }

    pub(in crate::check) fn lead(&self, i: usize) -> &str {
        self.lead_full(i).0
    }

    /// The first `WINDOW` bytes of number `i`'s sentence after it.
    pub(in crate::check) fn after(&self, i: usize) -> &str {
        let n = &self.cx.numbers[i];
        let s = self.cx.sentences[self.cx.sentence_of[i]];
        let a = n.span.end.min(s.end);
        let b = floor_char(self.low, s.end.min(a + WINDOW)).max(a);
        self.slice(a, b)
    }

    /// The text between numbers `i` and `j`.
    pub(in crate::check) fn gap(&self, i: usize, j: usize) -> &str {
        self.slice(self.cx.numbers[i].span.end, self.cx.numbers[j].span.start)
    }

    /// Whether any quantity stands strictly between numbers `i` and `j`.
    pub(in crate::check) fn quantity_between(&self, i: usize, j: usize) -> bool {
        self.cx.numbers.get(i + 1..j).is_some_and(|ns| ns.iter().any(|n| n.kind.is_quantity()))
    }

    /// Whether the text between two figures of one relation is one clause: no other clause
    /// starts (a relative clause that restates the first figure aside), and no other quantity.
    pub(in crate::check) fn one_clause(&self, i: usize, j: usize) -> bool {
        let s = self.gap(i, j);
        s.len() <= 60
            && !s.contains(';')
            && !self.quantity_between(i, j)
            && !contains_any(s, &[" and ", " but ", " while ", " whereas ", " although ", " compared"])
            && (!s.contains(" which ") || RELATIVE.is_match(s))
    }

    pub(in crate::check) fn is_old(&self, i: usize) -> bool {
        let (lead, full) = self.lead_full(i);
        OLD_BEFORE.is_match(lead) || (full && OLD_START.is_match(lead)) || OLD_AFTER.is_match(self.after(i))
    }
}
