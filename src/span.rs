//! Half-open byte ranges into the text being checked.

use serde::Serialize;

/// A half-open range `start..end` of UTF-8 byte offsets into the original text.
///
/// Both ends always lie on `char` boundaries. Conversion to the UTF-16 code units that
/// JavaScript strings index happens only at the web edge, never here.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` up to, but not including, `end`.
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The number of bytes covered.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The text this span covers; empty if the span does not fit `text`.
    pub fn of(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Line starts of a text, so that many offsets can be turned into lines and columns without
/// rescanning the text from the start for each (which would make a long report quadratic).
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// Indexes the line starts of `text`.
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        LineIndex { text, starts }
    }

    /// Line and column (both 1-based, column in chars) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(self.text, offset);
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        (line, self.text[start..offset].chars().count() + 1)
    }
}

/// UTF-16 positions of a text's byte offsets, for JavaScript, whose strings index UTF-16 code
/// units. Only the web edge uses it: the core speaks bytes.
///
/// Offsets must be asked in ascending order for the conversion to stay linear over a whole
/// report; an offset before the last one asked restarts the walk from the beginning.
pub struct Utf16Index<'a> {
    text: &'a str,
    byte: usize,
    unit: usize,
}

impl<'a> Utf16Index<'a> {
    /// Starts a walk over `text`.
    pub fn new(text: &'a str) -> Utf16Index<'a> {
        Utf16Index { text, byte: 0, unit: 0 }
    }

    /// The UTF-16 offset of byte `offset` (rounded down to a char boundary, clamped to the text).
    pub fn utf16(&mut self, offset: usize) -> usize {
        let offset = floor_char_boundary(self.text, offset);
        if offset < self.byte {
            self.byte = 0;
            self.unit = 0;
        }
        self.unit += self.text[self.byte..offset].chars().map(char::len_utf16).sum::<usize>();
        self.byte = offset;
        self.unit
    }
}

/// UTF-16 positions of a set of byte offsets given in any order (the ends of overlapping
/// spans are not in text order): they are sorted and converted in one [`Utf16Index`] walk, then
/// looked up, so a whole report converts in linear time plus a sort.
pub struct Utf16Map {
    bytes: Vec<usize>,
    units: Vec<usize>,
}

impl Utf16Map {
    /// Converts every offset in `offsets`, which index `text`.
    pub fn new(text: &str, offsets: impl IntoIterator<Item = usize>) -> Utf16Map {
        let mut bytes: Vec<usize> = offsets.into_iter().collect();
        bytes.sort_unstable();
        bytes.dedup();
        let mut index = Utf16Index::new(text);
        let units = bytes.iter().map(|&b| index.utf16(b)).collect();
        Utf16Map { bytes, units }
    }

    /// The UTF-16 offset of `byte`, one of the offsets given to [`Utf16Map::new`]. An offset
    /// not given would be the caller's bug; it gets 0, a harmless answer at an edge that must
    /// not fail.
    pub fn get(&self, byte: usize) -> usize {
        self.bytes.binary_search(&byte).map_or(0, |i| self.units[i])
    }
}

/// The largest char boundary at or before `offset`.
pub fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut i = offset.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain definition, rescanning from the start: the oracle for `LineIndex`.
    fn line_col(text: &str, offset: usize) -> (usize, usize) {
        let before = &text[..floor_char_boundary(text, offset)];
        let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, before[line_start..].chars().count() + 1)
    }

    #[test]
    fn line_col_counts_chars_not_bytes() {
        let text = "a\n£5 and 7";
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(0), (1, 1));
        assert_eq!(index.line_col(2), (2, 1));
        let seven = text.find('7').unwrap();
        assert_eq!(index.line_col(seven), (2, 8));
    }

    #[test]
    fn line_index_agrees_with_line_col() {
        let text = "one\ntwo £3\n\nfour 5";
        let index = LineIndex::new(text);
        for offset in 0..=text.len() {
            if text.is_char_boundary(offset) {
                assert_eq!(index.line_col(offset), line_col(text, offset), "offset {offset}");
            }
        }
    }

    #[test]
    fn utf16_counts_code_units() {
        // "£" is 2 bytes and 1 unit, "😀" 4 bytes and 2 units.
        let text = "£5 😀 and 7";
        let mut index = Utf16Index::new(text);
        let seven = text.find('7').unwrap();
        let js: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(index.utf16(0), 0);
        assert_eq!(index.utf16(seven), js.len() - 1);
        assert_eq!(index.utf16(text.find('5').unwrap()), 1);
        assert_eq!(index.utf16(text.len()), js.len());
    }

    #[test]
    fn utf16_map_converts_offsets_in_any_order() {
        let text = "a £5 😀 b é 7";
        let offsets: Vec<usize> = text.char_indices().map(|(i, _)| i).rev().chain([text.len(), 0]).collect();
        let map = Utf16Map::new(text, offsets.iter().copied());
        for &o in &offsets {
            assert_eq!(map.get(o), text[..o].encode_utf16().count(), "offset {o}");
        }
    }

    #[test]
    fn spans_join_and_overlap() {
        let a = Span::new(2, 5);
        let b = Span::new(4, 9);
        assert_eq!(a.to(b), Span::new(2, 9));
        assert!(a.overlaps(b));
        assert!(!a.overlaps(Span::new(5, 6)));
    }
}
