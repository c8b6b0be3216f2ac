//! Running the check without freezing the page. Texts up to [`WHOLE`] bytes are checked in one
//! call, exactly as the CLI checks them. A longer text (a 1 MB paste) is checked in pieces of
//! about [`PIECE`] bytes cut at paragraph breaks, yielding to the browser between pieces, and the
//! reports are joined with their spans moved back into place.
//!
//! A relation is stated within a paragraph, so cutting at paragraph breaks loses nothing in
//! ordinary prose; a long text with no paragraph breaks is cut at line or sentence ends.

use std::ops::Range;

use crate::span::{floor_char_boundary, Span};
use crate::Report;

/// Texts up to this many bytes are checked in one call.
pub const WHOLE: usize = 96 * 1024;
/// The size of a piece of a longer text: one piece checks in some tens of milliseconds.
pub const PIECE: usize = 32 * 1024;

/// Cuts `text` into pieces of about `PIECE` bytes at the best break near each cut: a blank line,
/// else a line break, else a sentence end, else a space, else a char boundary.
pub fn pieces(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    while text.len() - start > PIECE {
        let hard = floor_char_boundary(text, start + PIECE);
        let soft = floor_char_boundary(text, start + PIECE / 2);
        let window = &text[soft..hard];
        let cut = ["\n\n", "\n", ". ", " "]
            .iter()
            .find_map(|sep| window.rfind(sep).map(|i| soft + i + sep.len()))
            .unwrap_or(hard);
        out.push(start..cut);
        start = cut;
    }
    out.push(start..text.len());
    out
}

fn shift(span: &mut Span, by: usize) {
    span.start += by;
    span.end += by;
}

/// Appends `part`, the report of the piece of text starting at byte `offset`, to `whole`.
pub fn join(whole: &mut Report, mut part: Report, offset: usize) {
    let base = whole.numbers.len();
    for n in &mut part.numbers {
        shift(&mut n.span, offset);
        if let Some(h) = &mut n.hedge {
            shift(&mut h.span, offset);
        }
    }
    for f in &mut part.findings {
        shift(&mut f.span, offset);
        for k in &mut f.numbers {
            *k += base;
        }
    }
    whole.numbers.append(&mut part.numbers);
    whole.findings.append(&mut part.findings);
}

/// Checks `text` piece by piece, letting the browser run between pieces; gives up (`None`) as
/// soon as `wanted` says a newer text replaced this one.
pub async fn in_pieces(text: &str, wanted: impl Fn() -> bool) -> Option<Report> {
    let mut whole = Report::default();
    for piece in pieces(text) {
        gloo_timers::future::TimeoutFuture::new(0).await;
        if !wanted() {
            return None;
        }
        let offset = piece.start;
        join(&mut whole, crate::check(&text[piece]), offset);
    }
    Some(whole)
}
