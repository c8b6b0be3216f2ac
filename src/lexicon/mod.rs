//! Word lists as data, one file per language, and the index the tokenizer looks words up in.
//!
//! A language is a [`Language`] of plain tables; [`Vocabulary`] turns those tables into one
//! lookup from a lower-case word to everything that word can be ([`WordInfo`]). A second
//! language is a new table file, not a change to the engine.

mod en;

pub use en::ENGLISH;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use serde::Serialize;

/// What a cardinal number word contributes to the number it is part of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cardinal {
    /// "zero" to "nine".
    Unit(u32),
    /// "ten" to "nineteen".
    Teen(u32),
    /// "twenty" to "ninety".
    Ten(u32),
    /// "hundred".
    Hundred,
    /// "dozen": twelve of what comes before.
    Dozen,
    /// "thousand", "million", "lakh": ten to this power.
    Scale(u32),
}

/// The kinds of hedge, each with the direction it moves the true value from the stated one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HedgeKind {
    /// "about", "around", "some": either side of the stated value.
    About,
    /// "nearly", "almost": a little below it.
    Nearly,
    /// "fewer than", "under": below it.
    LessThan,
    /// "up to", "at most": at or below it.
    AtMost,
    /// "more than", "over": above it.
    MoreThan,
    /// "at least", "or more": at or above it.
    AtLeast,
}

/// Which way a hedge moves the true value from the stated one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Either side.
    Either,
    /// At or below.
    Below,
    /// At or above.
    Above,
}

impl HedgeKind {
    /// The direction this hedge implies.
    pub fn direction(self) -> Direction {
        match self {
            HedgeKind::About => Direction::Either,
            HedgeKind::Nearly | HedgeKind::LessThan | HedgeKind::AtMost => Direction::Below,
            HedgeKind::MoreThan | HedgeKind::AtLeast => Direction::Above,
        }
    }
}

/// A word list packed into one string, each word followed by `|`.
///
/// Why not `&[&str]`: a slice keeps a pointer and a length for every word, which in the
/// browser's wasm is eight bytes a word that compress badly (1.5 KB gzipped over the lexicon's
/// lists); one string keeps only the letters. Written with [`words!`](crate::words). The lists
/// are read once, to build the [`Vocabulary`]; a rule asks the vocabulary whether a word is
/// listed (one lookup), never scans a list.
#[derive(Clone, Copy, Debug)]
pub struct Words(pub &'static str);

impl Words {
    /// The words, in the order written.
    pub fn iter(self) -> std::str::SplitTerminator<'static, char> {
        self.0.split_terminator('|')
    }
}

/// A [`Words`] list from string literals: `words!["per cent", "percent"]`.
#[macro_export]
macro_rules! words {
    ($($word:literal),* $(,)?) => {
        $crate::lexicon::Words(concat!($($word, "|"),*))
    };
}

/// A table from words to values, packed like [`Words`]: each entry `word=value|`. Written with
/// [`table!`](crate::table); each table's values are read by one function of
/// [`Vocabulary::new`] (a number, "2/1", "unit 7", "about", "GBP 100").
#[derive(Clone, Copy, Debug)]
pub struct Table(pub &'static str);

impl Table {
    /// The entries as (word, value), in the order written.
    pub fn iter(self) -> impl Iterator<Item = (&'static str, &'static str)> {
        self.0.split_terminator('|').filter_map(|e| e.rsplit_once('='))
    }
}

/// A [`Table`] from `word = value` pairs of string literals: `table!["dozen" = "dozen"]`.
#[macro_export]
macro_rules! table {
    ($($word:literal = $value:literal),* $(,)?) => {
        $crate::lexicon::Table(concat!($($word, "=", $value, "|"),*))
    };
}

/// "unit 7", "teen 12", "ten 40", "hundred", "dozen", "scale 6".
fn cardinal(value: &str) -> Option<Cardinal> {
    let (kind, n) = value.split_once(' ').unwrap_or((value, ""));
    let n = n.parse();
    Some(match kind {
        "unit" => Cardinal::Unit(n.ok()?),
        "teen" => Cardinal::Teen(n.ok()?),
        "ten" => Cardinal::Ten(n.ok()?),
        "hundred" => Cardinal::Hundred,
        "dozen" => Cardinal::Dozen,
        "scale" => Cardinal::Scale(n.ok()?),
        _ => return None,
    })
}

/// "about", "nearly", "less than", "at most", "more than", "at least".
fn hedge(value: &str) -> Option<HedgeKind> {
    Some(match value {
        "about" => HedgeKind::About,
        "nearly" => HedgeKind::Nearly,
        "less than" => HedgeKind::LessThan,
        "at most" => HedgeKind::AtMost,
        "more than" => HedgeKind::MoreThan,
        "at least" => HedgeKind::AtLeast,
        _ => return None,
    })
}

/// "2/1", or "2/1?" for a word that is a multiplier only in context: (numerator, denominator,
/// always).
fn multiplier(value: &str) -> Option<(u32, u32, bool)> {
    let always = !value.ends_with('?');
    let (n, d) = value.trim_end_matches('?').split_once('/')?;
    Some((n.parse().ok()?, d.parse().ok()?, always))
}

/// "GBP 100": the currency's code and its minor units per major unit.
fn currency_word(value: &'static str) -> Option<(&'static str, u32)> {
    let (code, minor) = value.split_once(' ')?;
    Some((code, minor.parse().ok()?))
}

fn number(value: &str) -> Option<u32> {
    value.parse().ok()
}

/// The tables of one language.
pub struct Language {
    pub cardinals: Table,
    pub scale_abbreviations: Table,
    pub ordinals: Table,
    pub ordinal_suffixes: Words,
    pub denominators: Table,
    pub multipliers: Table,
    pub multiplier_cues: Words,
    pub multiplier_objects: Words,
    pub hedges_before: Table,
    pub hedges_after: Table,
    /// Currency signs and their codes.
    pub currency_symbols: Table,
    pub currency_codes: Words,
    pub currency_words: Table,
    pub percent_words: Words,
    pub point_words: Words,
    pub months: Table,
    pub identifier_words: Words,
    pub identifier_words_capitalised: Words,
    pub street_words: Words,
    pub year_cues: Words,
    pub score_words: Words,
    pub change_words: Words,
    pub vague: Words,
    pub measure_units: Words,
    /// Short and other spellings of units and the one name each stands for.
    pub unit_names: Table,
    pub not_nouns: Words,
    pub noun_modifiers: Words,
    /// Phrases in which a number word is not a number, that word marked `*`: "*one of the".
    pub idioms: Words,
    /// Words that stand for "one" before a scale or a denominator: "a hundred", "a third".
    pub articles: Words,
    /// Plural scale words, a scale only straight after a number: "3 hundreds", "2.5 thousands"
    /// (alone they are vague: "thousands of people").
    pub plural_scales: Table,
}

/// Everything one word can be. Most words are none of these.
#[derive(Clone, Debug, Default)]
pub struct WordInfo {
    pub cardinal: Option<Cardinal>,
    pub scale_abbreviation: Option<u32>,
    pub ordinal: Option<u32>,
    pub ordinal_suffix: bool,
    pub denominator: Option<u32>,
    /// (numerator, denominator, always a multiplier).
    pub multiplier: Option<(u32, u32, bool)>,
    pub multiplier_cue: bool,
    pub multiplier_object: bool,
    /// (currency code, minor units per major unit).
    pub currency_word: Option<(&'static str, u32)>,
    pub currency_code: bool,
    pub month: Option<u32>,
    pub identifier: bool,
    pub identifier_capitalised: bool,
    pub street: bool,
    pub year_cue: bool,
    pub score: bool,
    pub change: bool,
    pub vague: bool,
    pub measure_unit: bool,
    /// The one name of a unit this word is a short or other spelling of: "mw" → "megawatt".
    pub unit_name: Option<&'static str>,
    pub not_noun: bool,
    pub noun_modifier: bool,
    /// Ends a hedge written before a number ("than" in "more than"): only then is it worth
    /// looking the hedge up.
    pub ends_hedge: bool,
    /// Starts a hedge written after a number ("or" in "or so").
    pub starts_hedge_after: bool,
    /// "a", "an": one, before a scale or a denominator.
    pub article: bool,
    /// "hundreds", "thousands": ten to this power, straight after a number.
    pub plural_scale: Option<u32>,
    /// May start a number in words: a cardinal, ordinal, denominator, multiplier or article.
    /// Most words cannot, and the parser skips them at once.
    pub starts_number: bool,
    /// Starts a phrase of `percent_words` ("per" in "per cent").
    pub starts_percent: bool,
    /// Starts a phrase of `point_words` ("percentage" in "percentage points").
    pub starts_points: bool,
}

/// The bytes of `word` with ASCII letters lowered, in `buf`; `None` if it is longer than
/// `buf`, which no listed word is. Keys are bytes, so nothing needs checking as UTF-8 again.
fn ascii_lower<'b>(word: &'b str, buf: &'b mut [u8; 24]) -> Option<&'b [u8]> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() {
        return None;
    }
    if !bytes.iter().any(u8::is_ascii_uppercase) {
        return Some(bytes);
    }
    let buf = &mut buf[..bytes.len()];
    for (to, from) in buf.iter_mut().zip(bytes) {
        *to = from.to_ascii_lowercase();
    }
    Some(buf)
}

/// The key a table word is stored under: its lower-case bytes.
fn key(word: &str) -> Box<[u8]> {
    lower_case(word).into_bytes().into_boxed_slice()
}

/// `word` in lower case, for the scripts whose words name what is counted in the copy addsup
/// reads: Latin to the end of Extended-A, Greek's letters, and Cyrillic. Other letters keep
/// their case, and a final sigma is σ like any other. `str::to_lowercase` covers all of Unicode, but its
/// table is about 8 KB of the browser's gzipped download; these ranges are a few lines of code,
/// and a test holds them to the standard mapping letter by letter.
pub fn lower_case(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    word.chars().map(lower_letter).collect()
}

/// One letter of [`lower_case`].
fn lower_letter(c: char) -> char {
    let u = c as u32;
    let lower = match u {
        0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde | 0x391..=0x3a1 | 0x3a3..=0x3ab | 0x410..=0x42f => u + 0x20,
        0x400..=0x40f => u + 0x50,
        0x386 => 0x3ac,
        0x388..=0x38a => u + 0x25,
        0x38c => 0x3cc,
        0x38e | 0x38f => u + 0x3f,
        0x178 => 0xff,
        // Latin Extended-A and Cyrillic's later letters pair capitals with the next code point;
        // Latin Extended-A shifts its parity at U+0139 and again at U+0179, and U+0130 ("İ"),
        // U+0138 ("ĸ") and U+0149 ("ŉ") have no one-letter pair.
        0x100..=0x12f | 0x132..=0x137 | 0x14a..=0x177 | 0x460..=0x481 | 0x48a..=0x4bf | 0x4d0..=0x52f if u % 2 == 0 => {
            u + 1
        }
        0x139..=0x148 | 0x179..=0x17e | 0x4c1..=0x4ce if u % 2 == 1 => u + 1,
        0x4c0 => 0x4cf,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// A word's index in the vocabulary; lookups by id are a slice index.
pub type WordId = u16;

/// A multi-word phrase split into the pieces the tokenizer makes of it ("per-cent" is
/// "per", "-", "cent"), with what it means.
pub type Phrase<T> = (Vec<&'static str>, T);

/// A multiply-rotate hash over eight bytes at a time (the scheme of rustc's FxHash): the
/// vocabulary's keys are short words, for which it is much faster than SipHash, and the keys
/// are fixed data, not input an attacker chooses.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The same little-endian word as zero-padding the tail, without a call to memcpy
            // for a copy of unknown length.
            let word = rest.iter().enumerate().fold(0u64, |w, (k, &b)| w | (b as u64) << (8 * k));
            self.add(word);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
}

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// Lists of items keyed by a lower-case word. Every word-keyed table in this module goes through
/// the one map type `FastMap<Box<[u8]>, WordId>`: each further value type would bring its own
/// copy of the hash table's code into the browser's wasm.
struct WordLists<T> {
    index: FastMap<Box<[u8]>, WordId>,
    lists: Vec<Vec<T>>,
}

impl<T> WordLists<T> {
    fn new() -> WordLists<T> {
        WordLists { index: FastMap::default(), lists: Vec::new() }
    }

    fn push(&mut self, word: &str, item: T) {
        let next = self.lists.len() as WordId;
        let k = *self.index.entry(key(word)).or_insert(next);
        if k == next {
            self.lists.push(Vec::new());
        }
        self.lists[k as usize].push(item);
    }

    /// The items listed under `word`, in any case.
    fn get(&self, word: &str) -> &[T] {
        let mut buf = [0u8; 24];
        ascii_lower(word, &mut buf).and_then(|w| self.index.get(w)).map_or(&[], |&k| &self.lists[k as usize])
    }
}

/// Phrases indexed by their first and last piece, so that finding the phrases that start or end
/// at a token costs one lookup, not a scan of the list.
pub struct PhraseIndex<T> {
    pub phrases: Vec<Phrase<T>>,
    by_first: WordLists<usize>,
    by_last: WordLists<usize>,
}

impl<T: Copy> PhraseIndex<T> {
    fn new(phrases: Vec<Phrase<T>>) -> PhraseIndex<T> {
        let (mut by_first, mut by_last) = (WordLists::new(), WordLists::new());
        for (k, (pieces, _)) in phrases.iter().enumerate() {
            if let (Some(first), Some(last)) = (pieces.first(), pieces.last()) {
                by_first.push(first, k);
                by_last.push(last, k);
            }
        }
        PhraseIndex { phrases, by_first, by_last }
    }

    fn lookup<'s>(&'s self, lists: &'s WordLists<usize>, word: &str) -> impl Iterator<Item = &'s Phrase<T>> {
        lists.get(word).iter().map(|&k| &self.phrases[k])
    }

    /// The phrases whose first piece is `word` (any case).
    pub fn starting_with<'s>(&'s self, word: &str) -> impl Iterator<Item = &'s Phrase<T>> {
        self.lookup(&self.by_first, word)
    }

    /// The phrases whose last piece is `word` (any case).
    pub fn ending_with<'s>(&'s self, word: &str) -> impl Iterator<Item = &'s Phrase<T>> {
        self.lookup(&self.by_last, word)
    }
}

/// An idiom's pieces, as the tokenizer splits them, and the index of its number word.
pub type Idiom = (Vec<&'static str>, usize);

/// A language's tables, indexed by lower-case word.
pub struct Vocabulary {
    pub language: &'static Language,
    ids: FastMap<Box<[u8]>, WordId>,
    infos: Vec<WordInfo>,
    /// Hedges before a number.
    pub hedges_before: PhraseIndex<HedgeKind>,
    /// Hedges after a number.
    pub hedges_after: PhraseIndex<HedgeKind>,
    /// "per cent", "percent".
    pub percent_words: PhraseIndex<()>,
    /// "percentage points", "pp".
    pub point_words: PhraseIndex<()>,
    /// Currency signs and prefixes ("US$") with their ISO codes.
    pub currency_symbols: PhraseIndex<&'static str>,
    /// Idioms by the lower-case word at their number's place: (pieces, index of the number).
    idioms: WordLists<Idiom>,
}

/// Splits a phrase the way the tokenizer would: words, and every other character alone.
pub fn pieces(phrase: &'static str) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in phrase.char_indices() {
        if c.is_alphanumeric() || (c == '\'' && start.is_some()) {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            out.push(&phrase[s..i]);
        }
        if !c.is_whitespace() {
            out.push(&phrase[i..i + c.len_utf8()]);
        }
    }
    if let Some(s) = start {
        out.push(&phrase[s..]);
    }
    out
}

/// The English vocabulary, built on first use.
pub static EN: LazyLock<Vocabulary> = LazyLock::new(|| Vocabulary::new(&ENGLISH));

impl Vocabulary {
    /// Indexes every word in the language's tables.
    pub fn new(language: &'static Language) -> Vocabulary {
        let l = language;
        let mut v = Vocabulary {
            language,
            ids: FastMap::default(),
            infos: Vec::new(),
            hedges_before: PhraseIndex::new(
                l.hedges_before.iter().filter_map(|(p, k)| Some((pieces(p), hedge(k)?))).collect(),
            ),
            hedges_after: PhraseIndex::new(
                l.hedges_after.iter().filter_map(|(p, k)| Some((pieces(p), hedge(k)?))).collect(),
            ),
            percent_words: PhraseIndex::new(l.percent_words.iter().map(|p| (pieces(p), ())).collect()),
            point_words: PhraseIndex::new(l.point_words.iter().map(|p| (pieces(p), ())).collect()),
            currency_symbols: PhraseIndex::new(l.currency_symbols.iter().map(|(p, c)| (pieces(p), c)).collect()),
            idioms: WordLists::new(),
        };
        for phrase in l.idioms.iter() {
            let mut pieces = pieces(phrase);
            let Some(k) = pieces.iter().position(|&p| p == "*") else { continue };
            pieces.remove(k);
            if let Some(&word) = pieces.get(k) {
                v.idioms.push(word, (pieces, k));
            }
        }
        for (w, c) in l.cardinals.iter() {
            v.entry(w).cardinal = cardinal(c);
        }
        for (w, e) in l.scale_abbreviations.iter() {
            v.entry(w).scale_abbreviation = number(e);
        }
        for (w, n) in l.ordinals.iter() {
            v.entry(w).ordinal = number(n);
        }
        for w in l.ordinal_suffixes.iter() {
            v.entry(w).ordinal_suffix = true;
        }
        for (w, n) in l.denominators.iter() {
            v.entry(w).denominator = number(n);
        }
        for (w, m) in l.multipliers.iter() {
            v.entry(w).multiplier = multiplier(m);
        }
        for w in l.multiplier_cues.iter() {
            v.entry(w).multiplier_cue = true;
        }
        for w in l.multiplier_objects.iter() {
            v.entry(w).multiplier_object = true;
        }
        for (w, c) in l.currency_words.iter() {
            v.entry(w).currency_word = currency_word(c);
        }
        for w in l.currency_codes.iter() {
            v.entry(w).currency_code = true;
        }
        for (w, m) in l.months.iter() {
            v.entry(w).month = number(m);
        }
        for (w, name) in l.unit_names.iter() {
            v.entry(w).unit_name = Some(name);
        }
        type SetFlag = fn(&mut WordInfo);
        let flags: [(Words, SetFlag); 10] = [
            (l.identifier_words, |i| i.identifier = true),
            (l.identifier_words_capitalised, |i| i.identifier_capitalised = true),
            (l.street_words, |i| i.street = true),
            (l.year_cues, |i| i.year_cue = true),
            (l.score_words, |i| i.score = true),
            (l.change_words, |i| i.change = true),
            (l.vague, |i| i.vague = true),
            (l.measure_units, |i| i.measure_unit = true),
            (l.not_nouns, |i| i.not_noun = true),
            (l.noun_modifiers, |i| i.noun_modifier = true),
        ];
        for (words, set) in flags {
            for w in words.iter() {
                set(v.entry(w));
            }
        }
        for w in l.articles.iter() {
            v.entry(w).article = true;
        }
        for (w, e) in l.plural_scales.iter() {
            v.entry(w).plural_scale = number(e);
        }
        for (pieces, _) in &v.percent_words.phrases.clone() {
            if let Some(first) = pieces.first() {
                v.entry(first).starts_percent = true;
            }
        }
        for (pieces, _) in &v.point_words.phrases.clone() {
            if let Some(first) = pieces.first() {
                v.entry(first).starts_points = true;
            }
        }
        for info in &mut v.infos {
            info.starts_number = info.cardinal.is_some()
                || info.ordinal.is_some()
                || info.denominator.is_some()
                || info.multiplier.is_some()
                || info.article;
        }
        for (pieces, _) in &v.hedges_before.phrases.clone() {
            if let Some(last) = pieces.last().filter(|w| w.chars().all(char::is_alphabetic)) {
                v.entry(last).ends_hedge = true;
            }
        }
        for (pieces, _) in &v.hedges_after.phrases.clone() {
            if let Some(first) = pieces.first().filter(|w| w.chars().all(char::is_alphabetic)) {
                v.entry(first).starts_hedge_after = true;
            }
        }
        v
    }

    fn entry(&mut self, word: &'static str) -> &mut WordInfo {
        let next = self.infos.len() as WordId;
        let id = *self.ids.entry(key(word)).or_insert(next);
        if id == next {
            self.infos.push(WordInfo::default());
        }
        &mut self.infos[id as usize]
    }

    /// The id of a word, matched case-insensitively; `None` if the language does not list it.
    pub fn id(&self, word: &str) -> Option<WordId> {
        let mut buf = [0u8; 24];
        self.ids.get(ascii_lower(word, &mut buf)?).copied()
    }

    /// Every listed word, as its lower-case bytes, with its id: for an index built over the
    /// vocabulary (the tokenizer's own table of short ASCII words).
    pub fn words(&self) -> impl Iterator<Item = (&[u8], WordId)> + '_ {
        self.ids.iter().map(|(k, &id)| (&k[..], id))
    }

    /// The idioms in which `word` (any case) stands at the number's place.
    pub fn idioms_for(&self, word: &str) -> &[Idiom] {
        self.idioms.get(word)
    }

    /// The one name of the unit `word` spells, or `word` itself: "MW" and "megawatt" are both
    /// "megawatt".
    pub fn unit_name<'w>(&self, word: &'w str) -> &'w str {
        self.id(word).and_then(|id| self.info(id).unit_name).unwrap_or(word)
    }

    /// Whether `word`, exactly as written, is a listed unit of measure ("km", "tonnes"): one
    /// lookup, where scanning the packed list would cost a pass over it.
    pub fn is_measure_unit(&self, word: &str) -> bool {
        !word.bytes().any(|b| b.is_ascii_uppercase()) && self.id(word).is_some_and(|id| self.info(id).measure_unit)
    }

    /// What a word can be.
    pub fn info(&self, id: WordId) -> &WordInfo {
        &self.infos[id as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_word_lists_split_into_their_words() {
        let list = crate::words!["per cent", "percent", "pc"];
        assert_eq!(list.iter().collect::<Vec<_>>(), ["per cent", "percent", "pc"]);
        assert_eq!(crate::words![].iter().count(), 0);
        // A '|' inside a listed word would split it in two and leave an empty or partial word.
        let l = &ENGLISH;
        for list in [
            l.ordinal_suffixes,
            l.multiplier_cues,
            l.multiplier_objects,
            l.currency_codes,
            l.percent_words,
            l.point_words,
            l.identifier_words,
            l.identifier_words_capitalised,
            l.street_words,
            l.year_cues,
            l.score_words,
            l.change_words,
            l.vague,
            l.measure_units,
            l.not_nouns,
            l.noun_modifiers,
            l.idioms,
            l.articles,
        ] {
            assert!(list.iter().all(|w| !w.is_empty() && !w.starts_with(' ') && !w.ends_with(' ')), "{list:?}");
        }
    }

    #[test]
    fn every_table_entry_reads_as_its_value() {
        let l = &ENGLISH;
        let reads = |table: Table, read: fn(&'static str) -> bool| {
            let entries = table.0.split_terminator('|').count();
            assert!(entries > 0, "{table:?}");
            let good = table.iter().filter(|&(w, v)| !w.is_empty() && !w.ends_with(' ') && read(v)).count();
            assert_eq!(good, entries, "{table:?}");
        };
        reads(l.cardinals, |v| cardinal(v).is_some());
        for table in [l.scale_abbreviations, l.ordinals, l.denominators, l.months, l.plural_scales] {
            reads(table, |v| number(v).is_some_and(|n| n > 0));
        }
        reads(l.multipliers, |v| multiplier(v).is_some_and(|(n, d, _)| n > 0 && d > 0));
        reads(l.hedges_before, |v| hedge(v).is_some());
        reads(l.unit_names, |v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_lowercase() || b == b' '));
        reads(l.hedges_after, |v| hedge(v).is_some());
        reads(l.currency_symbols, |v| v.len() == 3 && v.bytes().all(|b| b.is_ascii_uppercase()));
        reads(l.currency_words, |v| currency_word(v).is_some_and(|(code, minor)| code.len() == 3 && minor > 0));
        assert_eq!(EN.info(EN.id("double").unwrap()).multiplier, Some((2, 1, false)));
        assert_eq!(EN.info(EN.id("pence").unwrap()).currency_word, Some(("GBP", 100)));
        assert_eq!(EN.info(EN.id("dozen").unwrap()).cardinal, Some(Cardinal::Dozen));
    }

    #[test]
    fn every_idiom_marks_one_word_and_is_indexed_by_it() {
        for phrase in ENGLISH.idioms.iter() {
            let pieces = pieces(phrase);
            assert_eq!(pieces.iter().filter(|&&p| p == "*").count(), 1, "{phrase}");
            let k = pieces.iter().position(|&p| p == "*").unwrap();
            let word = pieces[k + 1];
            let expected: Vec<&str> = pieces.iter().copied().filter(|&p| p != "*").collect();
            assert!(EN.idioms_for(word).iter().any(|(p, i)| *p == expected && *i == k), "{phrase}");
        }
        assert!(EN.idioms_for("One").iter().any(|(p, k)| *p == ["one", "of", "the"] && *k == 0));
    }

    #[test]
    fn lower_case_is_the_standard_mapping_in_its_scripts_and_keeps_other_letters() {
        // Latin to the end of Extended-A, Greek's letters, Cyrillic with its supplement.
        let covered = |u: u32| u <= 0x17f || (0x386..=0x3ab).contains(&u) || (0x400..=0x52f).contains(&u);
        let mut mapped = 0;
        for c in (0..=0x2fffu32).filter_map(char::from_u32) {
            let standard: Vec<char> = c.to_lowercase().collect();
            match standard.as_slice() {
                // In its scripts, a letter whose lower case is one letter gets that letter.
                [one] if covered(c as u32) => {
                    assert_eq!(lower_letter(c), *one, "U+{:04X}", c as u32);
                    mapped += usize::from(*one != c);
                }
                // Elsewhere (and "İ", whose lower case is two letters) it keeps its case.
                _ => assert_eq!(lower_letter(c), c, "U+{:04X}", c as u32),
            }
        }
        assert!(mapped > 250, "{mapped}");
        assert_eq!(lower_case("Élèves ΠΟΛΗ Москва Łódź"), "élèves πολη москва łódź");
        assert_eq!(lower_case("Passengers"), "passengers");
    }

    #[test]
    fn lookups_ignore_case() {
        let id = EN.id("Million").unwrap();
        assert_eq!(EN.info(id).cardinal, Some(Cardinal::Scale(6)));
        assert_eq!(EN.id("MILLION"), Some(id));
        assert_eq!(EN.id("zebra"), None);
    }

    #[test]
    fn phrases_split_like_the_tokenizer() {
        assert_eq!(pieces("per-cent"), vec!["per", "-", "cent"]);
        assert_eq!(pieces("c."), vec!["c", "."]);
        assert_eq!(pieces("more than"), vec!["more", "than"]);
        assert_eq!(pieces("o'clock"), vec!["o'clock"]);
    }

    #[test]
    fn a_word_keeps_all_its_roles() {
        let third = EN.info(EN.id("third").unwrap());
        assert_eq!(third.ordinal, Some(3));
        assert_eq!(third.denominator, Some(3));
    }
}
