//! Splits text into the tokens the number parser reads: numeric literals, words and symbols.
//!
//! Numeric literals (every digit shape from `7` to `+44 20 7946 0018`) are found by one
//! linear-time regex; words and symbols by a hand-written scanner between them. Whitespace is
//! not a token: each token records whether space or a line break came before it.

use std::sync::LazyLock;

use crate::Regex;

use crate::lexicon::{Vocabulary, WordId, EN};
use crate::span::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// A run of digits in one of the shapes [`NUMERIC`] knows.
    Num,
    /// A word: letters, possibly with digits or inner apostrophes ("A320", "o'clock").
    /// Carries its vocabulary id when the language lists it.
    Word(Option<WordId>),
    /// Any other single character that is not white space.
    Sym(char),
}

/// One token and what came before it.
#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub kind: TokKind,
    pub span: Span,
    /// White space separates this token from the one before.
    pub space_before: bool,
    /// A line break separates this token from the one before.
    pub break_before: bool,
}

impl Token {
    /// The vocabulary id, for a listed word.
    pub fn word_id(&self) -> Option<WordId> {
        match self.kind {
            TokKind::Word(id) => id,
            _ => None,
        }
    }

    /// Whether this is a word (listed or not).
    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokKind::Word(_))
    }

    /// Whether this is the given symbol.
    pub fn is_sym(&self, c: char) -> bool {
        self.kind == TokKind::Sym(c)
    }

    /// Whether this is any kind of dash or hyphen.
    pub fn is_dash(&self) -> bool {
        matches!(self.kind, TokKind::Sym('-' | '–' | '—' | '‐' | '‑' | '−'))
    }
}

/// Every digit shape, most specific first: the regex takes the first alternative that matches
/// at the leftmost position.
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    let space = "[ \u{a0}\u{2009}\u{202f}]";
    let shapes = [
        // International and national phone numbers.
        r"\+[0-9]{1,3}(?:[ \-][0-9]{1,4}){2,5}".to_string(),
        r"\(0?[0-9]{2,4}\) ?[0-9]{3,4}[ \-][0-9]{3,4}".to_string(),
        r"0[0-9]{2,4} [0-9]{3,4} [0-9]{3,4}".to_string(),
        r"[0-9]{3}[\-.][0-9]{3}[\-.][0-9]{4}".to_string(),
        // Dates.
        r"[0-9]{4}-[0-9]{2}-[0-9]{2}".to_string(),
        r"[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}".to_string(),
        // IP addresses, then version numbers.
        r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}".to_string(),
        r"[0-9]+(?:\.[0-9]+){2,}".to_string(),
        // Times: "9.45pm", "9:45 a.m.", "17:45", "17:45:30", and race times with tenths, "2:59.8".
        r"[0-9]{1,2}[:.][0-9]{2} ?(?:[aApP][mM]|[aApP]\.[mM]\.)".to_string(),
        r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\.[0-9]+)?".to_string(),
        // Indian grouping (12,34,567), western grouping (1,234,567.89), space grouping (40 000).
        r"[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?:\.[0-9]+)?".to_string(),
        r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?".to_string(),
        format!(r"[0-9]{{1,3}}(?:{space}[0-9]{{3}})+(?:\.[0-9]+)?"),
        // Plain decimals and integers, with an optional exponent.
        r"[0-9]*\.[0-9]+(?:[eE][+\-]?[0-9]+)?".to_string(),
        r"[0-9]+(?:[eE][+\-]?[0-9]+)?".to_string(),
    ];
    // Anchored at the start of the text it is given: `numeric_at` hands it the text from the
    // literal's first byte on, so it reads only the literal itself, never the text after it.
    // Not `expect`: that would link the regex error's `Debug` (and every message it can hold)
    // into the browser build just for this panic, which native tests show never happens.
    Regex::new(&format!("^(?:{})", shapes.join("|"))).unwrap_or_else(|_| panic!("numeric shapes compile"))
});

/// The end of the numeric literal that starts exactly at `pos`, if one does. The search is
/// anchored, so it reads only the literal itself, never the text after it.
fn numeric_at(text: &str, pos: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let digit_at = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
    match bytes.get(pos) {
        // A sign, bracket or point starts a literal only before a digit ("(0"): most are
        // punctuation, and the regex need not look at them.
        Some(b'+' | b'.') if !digit_at(pos + 1) => return None,
        Some(b'(') if !digit_at(pos + 1) => return None,
        Some(b'0'..=b'9') => {
            if let Some(end) = simple_literal_end(bytes, pos) {
                return Some(end);
            }
        }
        _ => {}
    }
    NUMERIC.find(text.get(pos..)?).map(|m| pos + m.end())
}

/// The end of the digits starting at `pos`.
fn digits_end(bytes: &[u8], pos: usize) -> usize {
    let mut end = pos;
    while bytes.get(end).is_some_and(u8::is_ascii_digit) {
        end += 1;
    }
    end
}

/// The end of the literal at `pos` when it is one of the three shapes most prose uses, and
/// nothing after it can continue any shape of [`NUMERIC`], so that the regex would match
/// exactly this much: a run of digits ("412 people", "in 2024."), a decimal ("3.5bn") or
/// thousands grouped by commas ("12,480"). `None` leaves the literal to the regex.
fn simple_literal_end(bytes: &[u8], pos: usize) -> Option<usize> {
    let digit_at = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
    // The byte after a literal, unless it may continue a longer shape: a digit, a non-ASCII
    // space, an exponent, or a separator (listed in `seps`) before another digit.
    let ends_at = |end: usize, seps: &[u8], letters: &[u8]| match bytes.get(end) {
        None => true,
        Some(&b) => {
            let continues =
                !b.is_ascii() || b.is_ascii_digit() || letters.contains(&b) || (seps.contains(&b) && digit_at(end + 1));
            !continues
        }
    };
    let run = digits_end(bytes, pos);
    match bytes.get(run) {
        // "3.5": a time ("9.45 pm", "9.45am"), an IP address, a version or a phone number would
        // go on with a space, a letter, a dot or a dash.
        Some(b'.') if digit_at(run + 1) => {
            let end = digits_end(bytes, run + 1);
            let space = bytes.get(end) == Some(&b' ');
            (!space && ends_at(end, b".-", b"aApPeE")).then_some(end)
        }
        // "12,480", "1,234,567": groups of exactly three after one to three digits.
        Some(b',') if digit_at(run + 1) && run - pos <= 3 => {
            let mut end = run;
            while bytes.get(end) == Some(&b',') && digits_end(bytes, end + 1) == end + 4 {
                end += 4;
            }
            (end > run && ends_at(end, b",. -:/", b"eE")).then_some(end)
        }
        _ => ends_at(run, b",.:/- ", b"eE").then_some(run),
    }
}

/// Whether a grouped literal was cut off in the middle of a longer digit run ("1 2345"):
/// then only its first group is a number.
fn first_group_end(text: &str, start: usize, end: usize) -> usize {
    let lit = &text[start..end];
    let grouped = lit.contains([',', ' ', '\u{a0}', '\u{2009}', '\u{202f}']);
    let next_is_digit = text[end..].bytes().next().is_some_and(|b| b.is_ascii_digit());
    let cut = lit.find(|c: char| !c.is_ascii_digit()).unwrap_or(lit.len());
    // A literal that starts with a sign or bracket ("+1 2 3456…") has no leading digits to cut
    // back to; it keeps its length, so the scan always moves forward.
    if grouped && next_is_digit && cut > 0 {
        start + cut
    } else {
        end
    }
}

/// Which bytes are ASCII letters or digits.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The end of the word starting at `start`: letters and digits, and an apostrophe between
/// letters ("o'clock"). ASCII is read byte by byte; other scripts char by char.
fn word_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = start;
    while end < bytes.len() {
        // Most words are ASCII letters: one table lookup a byte.
        while bytes.get(end).is_some_and(|&b| ASCII_ALNUM[b as usize]) {
            end += 1;
        }
        // An ASCII byte other than an apostrophe ends the word without decoding a `char`.
        match bytes.get(end) {
            None => break,
            Some(&b) if b.is_ascii() && b != b'\'' => break,
            Some(_) => {}
        }
        let Some(ch) = text[end..].chars().next() else { break };
        let after = end + ch.len_utf8();
        if !ch.is_ascii() && ch.is_alphanumeric() {
            end = after;
            continue;
        }
        let inner_apostrophe =
            matches!(ch, '\'' | '’') && end > start && text[after..].chars().next().is_some_and(char::is_alphabetic);
        if inner_apostrophe {
            end = after;
            continue;
        }
        break;
    }
    end
}

/// The vocabulary's words of ASCII letters and digits up to 16 bytes, packed into two
/// integers each, in an open-addressing table: one multiply and usually one compare a word,
/// where a general hash map would hash the bytes, probe and call `memcmp`.
struct ShortWords {
    /// (the packed lower-case word, its length, its id); an empty slot has length 0.
    slots: Vec<(u128, u8, WordId)>,
    mask: usize,
}

/// A short ASCII word in lower case, one byte per eight bits; `None` if it is longer than 16
/// bytes or holds a byte that is not an ASCII letter or digit.
fn pack(word: &[u8]) -> Option<u128> {
    if word.len() > 16 {
        return None;
    }
    let mut buf = [0u8; 16];
    for (to, &b) in buf.iter_mut().zip(word) {
        if !ASCII_ALNUM[b as usize] {
            return None;
        }
        *to = b.to_ascii_lowercase();
    }
    Some(u128::from_le_bytes(buf))
}

impl ShortWords {
    fn new(vocab: &Vocabulary) -> ShortWords {
        let words: Vec<(u128, u8, WordId)> =
            vocab.words().filter_map(|(w, id)| Some((pack(w)?, w.len() as u8, id))).collect();
        let size = (words.len() * 4).next_power_of_two().max(16);
        let mut t = ShortWords { slots: vec![(0, 0, 0); size], mask: size - 1 };
        for (key, len, id) in words {
            let mut k = t.slot(key, len);
            while t.slots[k].1 != 0 {
                k = (k + 1) & t.mask;
            }
            t.slots[k] = (key, len, id);
        }
        t
    }

    fn slot(&self, key: u128, len: u8) -> usize {
        let h =
            ((key as u64) ^ ((key >> 64) as u64).rotate_left(29) ^ u64::from(len)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (h >> 40) as usize & self.mask
    }

    /// The id of a packed word, or `None` if the vocabulary does not list it.
    fn get(&self, key: u128, len: u8) -> Option<WordId> {
        let mut k = self.slot(key, len);
        loop {
            let (sk, sl, id) = self.slots[k];
            if sl == 0 {
                return None;
            }
            if sk == key && sl == len {
                return Some(id);
            }
            k = (k + 1) & self.mask;
        }
    }
}

static SHORT_WORDS: LazyLock<ShortWords> = LazyLock::new(|| ShortWords::new(&EN));

/// `vocab.id(word)`, through [`SHORT_WORDS`] for English words it can hold.
fn word_id(vocab: &Vocabulary, word: &str) -> Option<WordId> {
    if std::ptr::eq(vocab, &*EN) {
        if let Some(key) = pack(word.as_bytes()) {
            return SHORT_WORDS.get(key, word.len() as u8);
        }
    }
    vocab.id(word)
}

/// `word_id` for the word at `start..end`, which holds only ASCII letters and digits. Where 16
/// bytes of text follow `start`, it is packed with one load: a letter or digit lower-cases by
/// setting bit 5 (digits have it already), and the bytes after the word are masked off.
fn alnum_word_id(vocab: &Vocabulary, text: &str, start: usize, end: usize) -> Option<WordId> {
    let len = end - start;
    if len > 16 || !std::ptr::eq(vocab, &*EN) {
        return vocab.id(&text[start..end]);
    }
    let key = match text.as_bytes().get(start..start + 16) {
        Some(window) => {
            let mut b = [0u8; 16];
            b.copy_from_slice(window);
            let keep = if len == 16 { u128::MAX } else { (1u128 << (8 * len)) - 1 };
            (u128::from_le_bytes(b) | u128::from_le_bytes([0x20; 16])) & keep
        }
        None => pack(&text.as_bytes()[start..end])?,
    };
    SHORT_WORDS.get(key, len as u8)
}

/// What the scanner does with a byte: most bytes of prose are ASCII letters, spaces and
/// punctuation, which it handles without decoding a `char`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// ASCII white space that is not a line break (and vertical tab, which `char` counts too).
    Space,
    /// A line break.
    Break,
    /// An ASCII letter: a word starts.
    Letter,
    /// A digit, sign, bracket or point: a numeric literal may start.
    NumStart,
    /// Any other ASCII byte: a symbol.
    Sym,
    /// The first byte of a non-ASCII character, decoded and classified as a `char`.
    Other,
}

static CLASS: [Class; 256] = {
    let mut t = [Class::Other; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c == b'\n' {
            Class::Break
        } else if c == b' ' || c == b'\t' || c == b'\r' || c == 0x0b || c == 0x0c {
            Class::Space
        } else if c.is_ascii_alphabetic() {
            Class::Letter
        } else if c.is_ascii_digit() || c == b'+' || c == b'(' || c == b'.' {
            Class::NumStart
        } else {
            Class::Sym
        };
        b += 1;
    }
    t
};

/// Splits `text` into tokens, looking words up in `vocab`.
pub fn tokenize(text: &str, vocab: &Vocabulary) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut space_before = false;
    let mut break_before = false;
    let mut pos = 0;
    let bytes = text.as_bytes();
    while pos < bytes.len() {
        let b = bytes[pos];
        let start = pos;
        let kind = match CLASS[b as usize] {
            Class::Space => {
                space_before = true;
                pos += 1;
                continue;
            }
            Class::Break => {
                space_before = true;
                break_before = true;
                pos += 1;
                continue;
            }
            Class::Letter => {
                // Most words are ASCII letters ended by an ASCII byte: read those here, and
                // leave the rest (apostrophes, other scripts) to `word_end`.
                let mut end = pos + 1;
                while bytes.get(end).is_some_and(|&b| ASCII_ALNUM[b as usize]) {
                    end += 1;
                }
                let id = if bytes.get(end).is_some_and(|&b| !b.is_ascii() || b == b'\'') {
                    end = word_end(text, pos);
                    word_id(vocab, &text[start..end])
                } else {
                    alnum_word_id(vocab, text, start, end)
                };
                pos = end;
                TokKind::Word(id)
            }
            Class::NumStart => match numeric_at(text, pos) {
                Some(e) => {
                    pos = first_group_end(text, pos, e);
                    TokKind::Num
                }
                None => {
                    pos += 1;
                    TokKind::Sym(b as char)
                }
            },
            Class::Sym => {
                pos += 1;
                TokKind::Sym(b as char)
            }
            Class::Other => {
                let Some(c) = text[pos..].chars().next() else { break };
                if c.is_whitespace() {
                    space_before = true;
                    pos += c.len_utf8();
                    continue;
                }
                if c.is_alphabetic() {
                    pos = word_end(text, pos);
                    TokKind::Word(word_id(vocab, &text[start..pos]))
                } else {
                    pos += c.len_utf8();
                    TokKind::Sym(c)
                }
            }
        };
        out.push(Token { kind, span: Span::new(start, pos), space_before, break_before });
        space_before = false;
        break_before = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::EN;

    fn shapes(text: &str) -> Vec<(&str, char)> {
        tokenize(text, &EN)
            .iter()
            .map(|t| {
                let tag = match t.kind {
                    TokKind::Num => 'N',
                    TokKind::Word(_) => 'W',
                    TokKind::Sym(_) => 'S',
                };
                (t.span.of(text), tag)
            })
            .collect()
    }

    #[test]
    fn literals_words_and_symbols() {
        assert_eq!(
            shapes("£2.5bn, up 3rd A320 40 000"),
            vec![
                ("£", 'S'),
                ("2.5", 'N'),
                ("bn", 'W'),
                (",", 'S'),
                ("up", 'W'),
                ("3", 'N'),
                ("rd", 'W'),
                ("A320", 'W'),
                ("40 000", 'N')
            ]
        );
    }

    #[test]
    fn a_grouped_literal_cut_off_keeps_only_its_first_group() {
        assert_eq!(shapes("1 2345"), vec![("1", 'N'), ("2345", 'N')]);
    }

    #[test]
    fn a_phone_shape_followed_by_digits_still_moves_on() {
        let toks = tokenize("+1 2 34567", &EN);
        assert!(toks.iter().all(|t| !t.span.is_empty()));
        assert_eq!(toks.last().map(|t| t.span.end), Some(10));
    }

    /// The regex alone, as `numeric_at` would run it without its shortcuts.
    fn regex_end(text: &str, pos: usize) -> Option<usize> {
        NUMERIC.find(text.get(pos..)?).map(|m| pos + m.end())
    }

    #[test]
    fn shortcuts_agree_with_the_regex() {
        // Every string of up to five symbols from digits and the bytes that shapes use: a
        // literal read at any position of a text is the literal read at the start of its rest.
        let alphabet =
            ["0", "7", "777", ",", ".", ":", "/", "-", " ", "e", "E", "+", "(", ")", "a", "P", "m", "%", "\u{a0}"];
        let mut level = vec![String::new()];
        let mut checked = 0;
        for _ in 0..5 {
            level = level.iter().flat_map(|t| alphabet.iter().map(move |a| format!("{t}{a}"))).collect();
            for t in &level {
                assert_eq!(numeric_at(t, 0), regex_end(t, 0), "{t:?}");
                checked += 1;
            }
        }
        assert!(checked > 700_000, "{checked}");
        for t in ["12 345 678", "0121 496 0000", "555-123-4567", "1.5e3", "3/4/2025", "9.45pm", "2,5", "40\u{202f}000"]
        {
            assert_eq!(numeric_at(t, 0), regex_end(t, 0), "{t}");
        }
    }

    #[test]
    fn short_words_agree_with_the_vocabulary() {
        // Every listed word in three cases, and words that are not listed or too long.
        let mut checked = 0;
        for (w, id) in EN.words() {
            let Some(w) = std::str::from_utf8(w).ok().filter(|w| w.is_ascii() && !w.is_empty()) else { continue };
            for v in [w.to_string(), w.to_ascii_uppercase(), w[..1].to_ascii_uppercase() + &w[1..]] {
                assert_eq!(word_id(&EN, &v), Some(id), "{v}");
                assert_eq!(word_id(&EN, &v), EN.id(&v), "{v}");
                checked += 1;
            }
        }
        assert!(checked > 300, "{checked}");
        for w in ["zebra", "Millions2", "A320", "o", "x10", "abcdefghijklmnopq", "thousandfold", "MILLIONAIRE"] {
            assert_eq!(word_id(&EN, w), EN.id(w), "{w}");
        }
        // Packed with one load (text after the word) and byte by byte (at the end of the text).
        for w in ["Million", "PER", "cent", "Thousands", "zebra", "x10", "abcdefghijklmnop", "abcdefghijklmnopq"] {
            for text in [format!("{w} and more text after it"), format!("... {w}")] {
                let start = text.find(w).unwrap_or(0);
                let end = start + w.len();
                assert_eq!(alnum_word_id(&EN, &text, start, end), EN.id(w), "{text}");
            }
        }
    }

    #[test]
    fn special_shapes_are_one_literal() {
        for lit in ["192.168.0.1", "4.10.2", "2025-03-03", "17:45", "9.45pm", "+44 20 7946 0018", "12,34,567"] {
            assert_eq!(shapes(lit), vec![(lit, 'N')], "{lit}");
        }
    }
}
