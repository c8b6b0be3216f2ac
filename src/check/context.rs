//! What every rule needs to read a text's relations: its sentences, which sentence each
//! number is in, a lower-case copy of the text, and the words around and between numbers.
//! Built once per text, in linear time; every window below is a slice of the lower-case copy,
//! so that no rule lower-cases or copies text per number.

use std::borrow::Cow;
use std::ops::Range;

use crate::number::{Kind, Number};
use crate::span::Span;

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "v", "etc", "approx", "c", "ca", "fig", "vol", "p", "pp",
    "e.g", "i.e", "inc", "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "gov", "gen", "sen", "rep", "u.s", "u.k",
];

/// Abbreviations that stand before numbers: "No. 10", "p. 12".
const NUMBER_ABBREVIATIONS: &[&str] = &["no", "nos", "p", "pp", "fig", "vol"];

/// A text, its numbers and its sentences.
pub struct Context<'a> {
    pub text: &'a str,
    /// The text in ASCII lower case: the same bytes at the same offsets, so every span of the
    /// text is also a span of this copy.
    pub low: String,
    pub numbers: &'a [Number],
    /// Sentence spans in order, covering the text.
    pub sentences: Vec<Span>,
    /// For each number, the index of its sentence.
    pub sentence_of: Vec<usize>,
    /// For each sentence, the range of indices of the numbers in it.
    pub numbers_in: Vec<Range<usize>>,
}

impl<'a> Context<'a> {
    /// Splits `text` into sentences and places each number in one.
    pub fn new(text: &'a str, numbers: &'a [Number]) -> Context<'a> {
        let sentences = split_sentences(text, numbers);
        let mut sentence_of = Vec::with_capacity(numbers.len());
        let mut s = 0;
        for n in numbers {
            while s + 1 < sentences.len() && sentences[s].end <= n.span.start {
                s += 1;
            }
            sentence_of.push(s);
        }
        // Each sentence's numbers, as a range of indices; a sentence without numbers gets the
        // empty range at the place its numbers would be, never `0..0`.
        let mut numbers_in = Vec::with_capacity(sentences.len());
        let mut i = 0;
        for k in 0..sentences.len() {
            let start = i;
            while i < sentence_of.len() && sentence_of[i] == k {
                i += 1;
            }
            numbers_in.push(start..i);
        }
        Context { text, low: text.to_ascii_lowercase(), numbers, sentences, sentence_of, numbers_in }
    }

    /// The text between the end of number `i` and the start of number `j` (empty if `j` is not after `i`).
    pub fn gap(&self, i: usize, j: usize) -> &'a str {
        let (a, b) = (self.numbers[i].span.end, self.numbers[j].span.start);
        self.text.get(a..b).unwrap_or("")
    }

    /// The text of number `i`'s sentence before it.
    pub fn before(&self, i: usize) -> &'a str {
        let s = self.sentences[self.sentence_of[i]];
        self.text.get(s.start..self.numbers[i].span.start).unwrap_or("")
    }

    /// The text of number `i`'s sentence after it.
    pub fn after(&self, i: usize) -> &'a str {
        let s = self.sentences[self.sentence_of[i]];
        self.text.get(self.numbers[i].span.end..s.end).unwrap_or("")
    }

    /// The text of a number.
    pub fn text_of(&self, i: usize) -> &'a str {
        self.numbers[i].span.of(self.text)
    }

    /// The text of sentence `s`.
    pub fn sentence(&self, s: usize) -> &'a str {
        self.sentences[s].of(self.text)
    }

    /// Whether number `i` may take part in arithmetic: a quantity that is not one end of a range.
    pub fn usable(&self, i: usize) -> bool {
        let n = &self.numbers[i];
        n.kind.is_quantity() && n.range.is_none()
    }

    /// Whether numbers `i` and `j` measure the same kind of thing: both money in the same
    /// currency, both percentages, or both counts whose units do not clash.
    pub fn comparable(&self, i: usize, j: usize) -> bool {
        let (a, b) = (&self.numbers[i], &self.numbers[j]);
        match (a.kind, b.kind) {
            (Kind::Money, Kind::Money) => a.currency == b.currency && a.minor_units == b.minor_units,
            (Kind::Percent, Kind::Percent) | (Kind::PercentagePoints, Kind::PercentagePoints) => true,
            (Kind::Count, Kind::Count) => match (&a.unit, &b.unit) {
                (Some(x), Some(y)) => same_unit(x, y),
                _ => true,
            },
            _ => false,
        }
    }

    /// The span from the start of number `i` to the end of number `j`.
    pub fn span(&self, i: usize, j: usize) -> Span {
        self.numbers[i].span.to(self.numbers[j].span)
    }

    /// Number `i` as an input of a relation: see [`Interval::given`].
    pub fn given(&self, i: usize) -> Option<super::Interval> {
        super::Interval::given(&self.numbers[i], self.text_of(i))
    }

    /// The text of a number in lower case.
    pub fn low_text_of(&self, i: usize) -> &str {
        self.low_slice(self.numbers[i].span.start, self.numbers[i].span.end)
    }

    /// [`Context::gap`] in lower case.
    pub fn low_gap(&self, i: usize, j: usize) -> &str {
        self.low_slice(self.numbers[i].span.end, self.numbers[j].span.start)
    }

    /// [`Context::before`] in lower case.
    pub fn low_before(&self, i: usize) -> &str {
        let s = self.sentences[self.sentence_of[i]];
        self.low_slice(s.start, self.numbers[i].span.start)
    }

    /// [`Context::after`] in lower case.
    pub fn low_after(&self, i: usize) -> &str {
        let s = self.sentences[self.sentence_of[i]];
        self.low_slice(self.numbers[i].span.end, s.end)
    }

    /// The lower-case text of bytes `a..b` (empty when out of order or off a char boundary).
    pub fn low_slice(&self, a: usize, b: usize) -> &str {
        self.low.get(a..b).unwrap_or("")
    }

    /// Where number `i` starts, counting a hedge written before it ("more than 20").
    pub fn start_of(&self, i: usize) -> usize {
        let n = &self.numbers[i];
        n.hedge.map_or(n.span.start, |h| h.span.start.min(n.span.start))
    }

    /// The lower-case text of `i`'s sentence between the previous number (or the sentence
    /// start) and `i`: at most its last `WINDOW` bytes.
    pub fn lead(&self, i: usize) -> &str {
        if i >= self.numbers.len() {
            return "";
        }
        let s = self.sentences[self.sentence_of[i]];
        let same = i > 0 && self.sentence_of[i - 1] == self.sentence_of[i];
        let from = if same { self.numbers[i - 1].span.end } else { s.start };
        self.last_window(from, self.start_of(i), WINDOW)
    }

    /// The lower-case text of `i`'s sentence before it: its last few words (at most 40 bytes).
    pub fn just_before(&self, i: usize) -> &str {
        let s = self.sentences[self.sentence_of[i]];
        self.last_window(s.start, self.start_of(i), 40)
    }

    /// The lower-case text between numbers `i` and `j`, ignoring `j`'s hedge. Only its word
    /// count matters beyond a few words, so a long gap is cut to its first and last `WINDOW`
    /// bytes (the one case that copies).
    pub fn between(&self, i: usize, j: usize) -> Cow<'_, str> {
        if i >= self.numbers.len() || j >= self.numbers.len() {
            return Cow::Borrowed("");
        }
        let (a, b) = (self.numbers[i].span.end, self.start_of(j));
        if b <= a.saturating_add(2 * WINDOW) {
            return Cow::Borrowed(self.low_slice(a, b.max(a)));
        }
        let mut s = self.first_window(a, b).to_string();
        s.push_str(" ... ");
        s.push_str(self.last_window(a, b, WINDOW));
        Cow::Owned(s)
    }

    /// The lower-case text of `i`'s sentence after it, up to the next number or the sentence
    /// end: at most its first `WINDOW` bytes.
    pub fn tail(&self, i: usize) -> &str {
        let s = self.sentences[self.sentence_of[i]];
        let same = i + 1 < self.numbers.len() && self.sentence_of[i + 1] == self.sentence_of[i];
        let to = if same { self.start_of(i + 1) } else { s.end };
        self.first_window(self.numbers[i].span.end, to)
    }

    /// The lower-case text of `from..to`, keeping at most the last `max` bytes (cut at a word
    /// boundary).
    fn last_window(&self, from: usize, to: usize, max: usize) -> &str {
        let t = &self.low;
        let to = to.max(from);
        let mut start = to.saturating_sub(max).max(from);
        while start < to && !t.is_char_boundary(start) {
            start += 1;
        }
        if start > from {
            // Cut inside the text: drop the partial word at the front.
            if let Some(sp) = t.get(start..to).and_then(|w| w.find(char::is_whitespace)) {
                start += sp;
            }
        }
        t.get(start..to).unwrap_or("")
    }

    /// The lower-case text of `from..to`, keeping at most the first `WINDOW` bytes (cut at a
    /// word boundary).
    fn first_window(&self, from: usize, to: usize) -> &str {
        let t = &self.low;
        let to = to.max(from);
        let mut end = to.min(from.saturating_add(WINDOW));
        while end > from && !t.is_char_boundary(end) {
            end -= 1;
        }
        if end < to {
            if let Some(sp) = t.get(from..end).and_then(|w| w.rfind(char::is_whitespace)) {
                end = from + sp;
            }
        }
        t.get(from..end).unwrap_or("")
    }
}

/// How far, in bytes, the windows above look on either side of a number: the words that mark a
/// relation stand next to its numbers, and a bounded window keeps every rule linear in the
/// length of a sentence.
pub const WINDOW: usize = 120;

fn not_word(c: char) -> bool {
    !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-')
}

/// The words of a text: runs of letters, digits, hyphens and apostrophes.
pub fn words(t: &str) -> Vec<&str> {
    t.split(not_word).filter(|w| !w.is_empty()).collect()
}

/// The words of a text, lazily.
pub fn word_iter(t: &str) -> impl DoubleEndedIterator<Item = &str> {
    t.split(not_word).filter(|w| !w.is_empty())
}

/// The number of words in `t`, counting no further than `cap`.
pub fn word_count(t: &str, cap: usize) -> usize {
    word_iter(t).take(cap).count()
}

/// The words of a text from the last, lazily.
pub fn last_words(t: &str) -> impl Iterator<Item = &str> {
    t.rsplit(not_word).filter(|w| !w.is_empty())
}

/// Whether the words of `t` end with the phrase `p` (words separated by single spaces).
pub fn ends_with_phrase(t: &str, p: &str) -> bool {
    let mut w = last_words(t);
    p.rsplit(' ').all(|q| w.next() == Some(q))
}

/// The first `n` bytes of `s` (fewer, to end on a character boundary).
pub fn head(s: &str, n: usize) -> &str {
    if s.len() <= n {
        return s;
    }
    let mut e = n;
    while !s.is_char_boundary(e) {
        e -= 1;
    }
    &s[..e]
}

/// The last `n` bytes of `s` (fewer, to start on a character boundary).
pub fn tail(s: &str, n: usize) -> &str {
    if s.len() <= n {
        return s;
    }
    let mut b = s.len() - n;
    while !s.is_char_boundary(b) {
        b += 1;
    }
    &s[b..]
}

/// The first letters of a word list as a bit set, so that a scan tests one bit per word start
/// and compares words only where one may begin.
fn first_letters(words: &[&str]) -> u64 {
    words.iter().filter_map(|w| w.bytes().next()).fold(0, |m, b| m | 1 << (b & 63))
}

/// Whether `hay` (lower case) holds any of `words` as whole words (a phrase may span several).
/// One pass over the word starts of `hay`: no searcher is built per word.
pub fn any_word(hay: &str, words: &[&str]) -> bool {
    any_word_but(hay, words, "")
}

/// Whether `w` is one of the words of `list`, a `|`-separated string. The rules' short word
/// lists are one string each where no scan of a text needs them as a slice: a `&[&str]` keeps a
/// pointer and a length per word, which in the browser's wasm costs more than the letters.
pub fn listed(list: &str, w: &str) -> bool {
    list.split('|').any(|x| x == w)
}

/// Whether `hay` holds `w` as whole words.
pub fn has_word(hay: &str, w: &str) -> bool {
    any_word(hay, &[w])
}

/// Like [`any_word`], ignoring the word `skip`.
pub fn any_word_but(hay: &str, words: &[&str], skip: &str) -> bool {
    let b = hay.as_bytes();
    let alnum = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphanumeric);
    let matches_at = |i: usize, w: &str| {
        let w = w.as_bytes();
        w.first() == Some(&b[i]) && starts_with(&b[i..], w) && !alnum(i + w.len()) && w != skip.as_bytes()
    };
    if words.len() > 64 {
        let firsts = first_letters(words);
        return (0..b.len()).any(|i| {
            firsts & (1 << (b[i] & 63)) != 0
                && (i == 0 || !alnum(i - 1))
                && alnum(i)
                && words.iter().any(|w| matches_at(i, w))
        });
    }
    // The words by their first byte (its low five bits), as bit sets of their indices: a word
    // start is compared only with the few words that begin like it, not with the whole list.
    let mut by_first = [0u64; 32];
    for (k, w) in words.iter().enumerate() {
        if let Some(&c) = w.as_bytes().first() {
            by_first[(c & 31) as usize] |= 1 << k;
        }
    }
    (0..b.len()).any(|i| {
        let mut m = by_first[(b[i] & 31) as usize];
        if m == 0 || (i > 0 && alnum(i - 1)) || !alnum(i) {
            return false;
        }
        while m != 0 {
            let k = m.trailing_zeros() as usize;
            m &= m - 1;
            if matches_at(i, words[k]) {
                return true;
            }
        }
        false
    })
}

/// `hay.starts_with(w)` for the short words the rules look for, compared in line: the library
/// call costs more than the compare itself, and the first byte rules out most places at once.
/// An empty `w` starts every `hay`, as with `starts_with`.
#[inline]
fn starts_with(hay: &[u8], w: &[u8]) -> bool {
    hay.len() >= w.len() && w.iter().zip(hay).all(|(x, y)| x == y)
}

/// Whether `hay` contains any of `needles`, anywhere: `str::contains` for a list of short
/// needles in one pass, without building a searcher per needle.
pub fn contains_any(hay: &str, needles: &[&str]) -> bool {
    let b = hay.as_bytes();
    let firsts = first_letters(needles);
    (0..b.len()).any(|i| firsts & (1 << (b[i] & 63)) != 0 && needles.iter().any(|w| starts_with(&b[i..], w.as_bytes())))
}

/// Whether two unit words name the same thing: "passengers"/"passenger", "people"/"person",
/// "buses"/"bus", "ferries"/"ferry". Allocation-free: rules call it in their inner loops.
pub fn same_unit(a: &str, b: &str) -> bool {
    fn singular(w: &str) -> &str {
        const IRREGULAR: [(&str, &str); 5] =
            [("people", "person"), ("persons", "person"), ("men", "man"), ("women", "woman"), ("children", "child")];
        IRREGULAR.iter().find(|(p, _)| p.eq_ignore_ascii_case(w)).map_or(w, |(_, s)| s)
    }
    let eq = |x: &str, y: &str| x.eq_ignore_ascii_case(y);
    // Most pairs are spelt alike; only the others need the lexicon's unit names.
    if eq(a, b) {
        return true;
    }
    let unit = |w| crate::lexicon::EN.unit_name(w);
    let (a, b) = (unit(singular(a)), unit(singular(b)));
    // One may be the other plus a plural ending: -s, -es, or -ies for -y.
    let plural_of = |long: &str, short: &str| {
        let strip = |suffix: &str| {
            long.len() >= suffix.len()
                && long.is_char_boundary(long.len() - suffix.len())
                && long[long.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
        };
        (strip("s") && eq(&long[..long.len() - 1], short))
            || (strip("es") && eq(&long[..long.len() - 2], short))
            || (strip("ies")
                && short.len() == long.len() - 2
                && short.to_ascii_lowercase().ends_with('y')
                && eq(&long[..long.len() - 3], &short[..short.len() - 1]))
    };
    eq(a, b) || plural_of(a, b) || plural_of(b, a)
}

/// Sentence spans: a sentence ends at `.`, `!` or `?` followed by space and a capital, digit,
/// quote or the end; at a blank line; or at a line break after end punctuation or before a
/// bullet. A full stop inside a number or after a known abbreviation ends nothing.
pub fn split_sentences(text: &str, numbers: &[Number]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_number = numbers.iter().map(|n| n.span).peekable();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Only `.`, `!`, `?` and a line break can end a sentence: skip straight to the next
        // one, one table lookup a byte (most of a text is none of them).
        // Eight bytes at a time first, past the words that hold none of them.
        while let Some(Ok(word)) = bytes.get(i..i + 8).map(<[u8; 8]>::try_from) {
            if may_end_in(u64::from_le_bytes(word)) {
                break;
            }
            i += 8;
        }
        match bytes[i..].iter().position(|&b| MAY_END[b as usize]) {
            Some(k) => i += k,
            None => break,
        }
        let b = bytes[i];
        while in_number.peek().is_some_and(|s| s.end <= i) {
            in_number.next();
        }
        let inside_number = in_number.peek().is_some_and(|s| s.start <= i && i < s.end);
        let mut end_here = None;
        if matches!(b, b'.' | b'!' | b'?') && !inside_number {
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')') {
                j += 1;
            }
            let next = text[j..].trim_start();
            let spaced = j == bytes.len() || bytes[j].is_ascii_whitespace();
            let starts_new = next.is_empty()
                || next.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || "\"“‘'(£$€-".contains(c));
            let digit_next = next.starts_with(|c: char| c.is_ascii_digit());
            if spaced && starts_new && !(b == b'.' && after_abbreviation(&text[start..i], digit_next)) {
                end_here = Some(j);
            }
        } else if b == b'\n' {
            let rest = &text[i + 1..];
            let blank = rest.trim_start_matches([' ', '\t', '\r']).starts_with('\n');
            let prev = text[start..i].trim_end();
            let bullet = rest.trim_start().starts_with(['-', '*', '•']);
            if blank || bullet || prev.ends_with(['.', '!', '?', ':', ';']) || prev.is_empty() {
                end_here = Some(i + 1);
            }
        }
        if let Some(e) = end_here {
            // White space between sentences joins the next one rather than standing alone.
            if !text[start..e].trim().is_empty() {
                out.push(Span::new(start, e));
            }
            start = e;
            i = e;
            continue;
        }
        i += 1;
    }
    if start < text.len() || out.is_empty() {
        out.push(Span::new(start, text.len()));
    }
    out
}

/// The bytes at which [`split_sentences`] may end a sentence.
/// Whether any of the eight bytes of `v` is one of [`MAY_END`]'s: a byte equal to `c` is a
/// zero byte of `v ^ c…c`, found with the usual word trick (no false negatives; a false
/// positive only sends the byte scan on).
fn may_end_in(v: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let has = |c: u8| zero(v ^ (ONES * c as u64));
    (has(b'.') | has(b'!') | has(b'?') | has(b'\n')) != 0
}

static MAY_END: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b'\n' as usize] = true;
    t
};

/// Whether the text before a full stop ends with an abbreviation. "No.", "p." and "fig." are
/// abbreviations only before a number ("No. 10"); elsewhere "no." ends a sentence.
fn after_abbreviation(before: &str, digit_next: bool) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
    if word.is_ascii() {
        // The lists are ASCII, and ASCII lower-casing is the Unicode one for an ASCII word:
        // the same answer as below, without a copy per full stop.
        let listed = |list: &[&str]| list.iter().any(|a| a.eq_ignore_ascii_case(word));
        if listed(NUMBER_ABBREVIATIONS) {
            return digit_next;
        }
        return listed(ABBREVIATIONS) || (word.len() == 1 && word.as_bytes()[0].is_ascii_alphabetic());
    }
    let word = crate::lexicon::lower_case(word);
    if NUMBER_ABBREVIATIONS.contains(&word.as_str()) {
        return digit_next;
    }
    ABBREVIATIONS.contains(&word.as_str()) || (word.len() == 1 && word.chars().all(|c| c.is_alphabetic()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let numbers = crate::number::find(text);
        split_sentences(text, &numbers).iter().map(|s| s.of(text).trim()).collect()
    }

    #[test]
    fn splits_at_sentence_ends_only() {
        assert_eq!(
            sentences("Sales rose 3.5% to £2.1m. Mr. Smith said no. Four people left!\n\nNew para"),
            vec!["Sales rose 3.5% to £2.1m.", "Mr. Smith said no.", "Four people left!", "New para"]
        );
    }

    #[test]
    fn a_sentence_without_numbers_has_an_empty_range_in_place() {
        let text = "It had 3 cats. Then nothing. Later 5 dogs.";
        let numbers = crate::number::find(text);
        let cx = Context::new(text, &numbers);
        assert_eq!(cx.numbers_in, vec![0..1, 1..1, 1..2]);
    }

    #[test]
    fn units_match_across_plurals() {
        assert!(same_unit("passengers", "passenger"));
        assert!(same_unit("people", "person"));
        assert!(same_unit("ferries", "ferry"));
        assert!(same_unit("buses", "bus"));
        assert!(same_unit("matches", "match"));
        assert!(!same_unit("tonnes", "people"));
        // Short and other spellings of one unit.
        assert!(same_unit("megawatts", "MW"));
        assert!(same_unit("km", "kilometres"));
        assert!(same_unit("kilometers", "kilometre"));
        assert!(same_unit("kg", "kilos"));
        assert!(!same_unit("MW", "kW"));
        assert!(!same_unit("km", "miles"));
    }
}
