//! The left-to-right pass that reads each number's core and what is attached to it.
//!
//! For each number the parser reads its core (digits or words), then extends it: to the left
//! for a sign and a currency, to the right for a suffix, a scale word, a currency name, a
//! percent sign, "times" or "-fold". Then it decides whether a bare integer is really a year, a
//! date, a time or an identifier, and records the hedge before it and the unit or noun after it.

use super::digits::{self, Literal};
use super::rational::Rational;
use super::token::{TokKind, Token};
use super::words::{self, Form};
use super::{Hedge, Kind, Number};
use crate::lexicon::{Cardinal, PhraseIndex, Vocabulary, WordInfo};
use crate::span::Span;

/// A number with the token indices it covers (`first..last`), for the passes after this one.
#[derive(Clone, Debug)]
pub struct Found {
    pub number: Number,
    pub first: usize,
    pub last: usize,
    /// The scale it was multiplied by ("m" in "3m"), so a range can lend it to its other end.
    pub scale: Option<Rational>,
    /// A bare whole number written in digits with nothing attached.
    pub bare: bool,
}

/// Reads tokens; see the module docs.
pub struct Parser<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    pub vocab: &'a Vocabulary,
}

const VULGAR: [(char, i128, i128); 18] = [
    ('½', 1, 2),
    ('⅓', 1, 3),
    ('⅔', 2, 3),
    ('¼', 1, 4),
    ('¾', 3, 4),
    ('⅕', 1, 5),
    ('⅖', 2, 5),
    ('⅗', 3, 5),
    ('⅘', 4, 5),
    ('⅙', 1, 6),
    ('⅚', 5, 6),
    ('⅐', 1, 7),
    ('⅛', 1, 8),
    ('⅜', 3, 8),
    ('⅝', 5, 8),
    ('⅞', 7, 8),
    ('⅑', 1, 9),
    ('⅒', 1, 10),
];

fn vulgar(c: char) -> Option<Rational> {
    VULGAR.iter().find(|v| v.0 == c).and_then(|&(_, n, d)| Rational::new(n, d))
}

/// What the parser learned of a number's surroundings while extending it.
pub(super) struct Attached {
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) value: Rational,
    pub(super) step: Rational,
    pub(super) kind: Kind,
    pub(super) currency: Option<&'static str>,
    pub(super) minor_units: u32,
    pub(super) unit: Option<String>,
    pub(super) scale: Option<Rational>,
}

impl<'a> Parser<'a> {
    pub fn new(text: &'a str, toks: &'a [Token], vocab: &'a Vocabulary) -> Parser<'a> {
        Parser { text, toks, vocab }
    }

    // Token helpers, all safe to call with any index.

    pub fn text(&self, j: usize) -> &'a str {
        self.toks.get(j).map_or("", |t| t.span.of(self.text))
    }

    pub fn is(&self, j: usize, word: &str) -> bool {
        self.toks.get(j).is_some_and(|t| t.is_word()) && self.text(j).eq_ignore_ascii_case(word)
    }

    pub fn info(&self, j: usize) -> Option<&'a WordInfo> {
        let id = self.toks.get(j)?.word_id()?;
        Some(self.vocab.info(id))
    }

    pub fn is_dash(&self, j: usize) -> bool {
        self.toks.get(j).is_some_and(|t| t.is_dash())
    }

    pub fn sym(&self, j: usize, c: char) -> bool {
        self.toks.get(j).is_some_and(|t| t.is_sym(c))
    }

    /// Token `j` exists and touches the token before it.
    pub fn glued(&self, j: usize) -> bool {
        self.toks.get(j).is_some_and(|t| !t.space_before)
    }

    pub fn is_num(&self, j: usize) -> bool {
        self.toks.get(j).is_some_and(|t| t.kind == TokKind::Num)
    }

    pub(super) fn capitalized(&self, j: usize) -> bool {
        self.text(j).starts_with(|c: char| c.is_uppercase())
    }

    pub(super) fn span(&self, first: usize, last: usize) -> Span {
        Span::new(self.toks[first].span.start, self.toks[last - 1].span.end)
    }

    /// Whether the pieces match the tokens starting at `j`; returns the index after them.
    pub fn matches_at(&self, j: usize, pieces: &[&str]) -> Option<usize> {
        let toks = self.toks.get(j..j + pieces.len())?;
        let bytes = self.text.as_bytes();
        // Pieces are compared by their text in any case, as bytes: token spans always lie on
        // char boundaries, so there is nothing to check again.
        let same = toks.iter().zip(pieces).all(|(t, piece)| {
            bytes.get(t.span.start..t.span.end).is_some_and(|b| b.eq_ignore_ascii_case(piece.as_bytes()))
        });
        same.then_some(j + pieces.len())
    }

    /// The first phrase matching at `j`, with the index after it.
    pub fn phrase_at<T: Copy>(&self, j: usize, phrases: &PhraseIndex<T>) -> Option<(usize, T)> {
        phrases.starting_with(self.text(j)).find_map(|(pieces, v)| self.matches_at(j, pieces).map(|end| (end, *v)))
    }

    /// The longest phrase that ends just before token `end`, with the index it starts at.
    pub fn phrase_before<T: Copy>(&self, end: usize, phrases: &PhraseIndex<T>) -> Option<(usize, T)> {
        self.phrase_before_where(end, phrases, |_| true)
    }

    /// Like [`Parser::phrase_before`], among the phrases whose start `keep` accepts.
    pub fn phrase_before_where<T: Copy>(
        &self,
        end: usize,
        phrases: &PhraseIndex<T>,
        keep: impl Fn(usize) -> bool,
    ) -> Option<(usize, T)> {
        let last = end.checked_sub(1)?;
        phrases
            .ending_with(self.text(last))
            .filter(|(pieces, _)| pieces.len() <= end)
            .filter_map(|(pieces, v)| {
                let start = end - pieces.len();
                self.matches_at(start, pieces).filter(|_| keep(start)).map(|_| (start, *v))
            })
            .min_by_key(|&(start, _)| start)
    }

    /// Whether token `i` is the number word inside an idiom ("one of the", "no one").
    pub(super) fn in_idiom(&self, i: usize) -> bool {
        self.vocab
            .idioms_for(self.text(i))
            .iter()
            .any(|(pieces, k)| *k <= i && self.matches_at(i - k, pieces).is_some())
    }

    /// Whether token `j` is digits or a cardinal number word.
    fn number_start(&self, j: usize) -> bool {
        self.is_num(j) || self.info(j).is_some_and(|w| w.cardinal.is_some())
    }

    /// Runs the pass over all tokens.
    pub fn run_all(&self) -> Vec<Found> {
        let mut out: Vec<Found> = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            if !self.may_start_number(i) {
                i += 1;
                continue;
            }
            let found = self.number_at(i);
            match found {
                Some(mut f) if f.last > i => {
                    // Lookbacks never reach into the number before.
                    let floor = out.last().map_or(0, |p| p.last);
                    if f.first < floor {
                        f.first = floor.min(i);
                        f.number.span.start = self.toks[f.first].span.start;
                    }
                    i = f.last;
                    out.push(f);
                }
                _ => i += 1,
            }
        }
        out
    }

    /// Whether a number can start at token `i`: digits, a vulgar fraction, a listed word that
    /// starts numbers, or a word with digits in it ("A320"). [`Parser::number_at`] finds
    /// nothing anywhere else; this cheap test spares it most tokens of prose.
    fn may_start_number(&self, i: usize) -> bool {
        let t = &self.toks[i];
        match t.kind {
            TokKind::Num => true,
            TokKind::Sym(c) => !c.is_ascii(),
            TokKind::Word(Some(id)) => self.vocab.info(id).starts_number,
            TokKind::Word(None) => t.span.of(self.text).bytes().any(|b| b.is_ascii_digit()),
        }
    }

    fn number_at(&self, i: usize) -> Option<Found> {
        let tok = self.toks[i];
        // Only number words and digits can be the number of an idiom; most tokens are neither.
        let may_be_idiom = match tok.kind {
            // Idioms written in digits are short: "24/7", "50/50", "9/11", "Catch-22".
            TokKind::Num => tok.span.len() <= 2,
            TokKind::Word(Some(id)) => {
                let w = self.vocab.info(id);
                w.cardinal.is_some() || w.ordinal.is_some() || w.denominator.is_some() || w.multiplier.is_some()
            }
            _ => false,
        };
        // "that one in four": a ratio overrides the pronoun reading.
        let ratio_follows = || {
            (self.is(i + 1, "in") && self.number_start(i + 2))
                || (self.is(i + 1, "out") && self.is(i + 2, "of") && self.number_start(i + 3))
        };
        // "the one hundred and third": a scale after the word makes it a number again.
        let scale_follows =
            || matches!(self.info(i + 1).and_then(|w| w.cardinal), Some(Cardinal::Hundred | Cardinal::Scale(_)));
        if may_be_idiom && !ratio_follows() && !scale_follows() && self.in_idiom(i) {
            return None;
        }
        match tok.kind {
            TokKind::Num => self.digits_at(i),
            TokKind::Word(_) => self.words_at(i),
            TokKind::Sym(c) => {
                let value = if c.is_ascii() { None } else { vulgar(c) }?;
                let a = Attached::new(i, i + 1, value, Rational::ZERO, Kind::Fraction);
                Some(self.finish(a, false))
            }
        }
    }

    fn digits_at(&self, i: usize) -> Option<Found> {
        let lit = self.text(i);
        let (mut value, step, bare_int, leading_zero) = match digits::read(lit)? {
            Literal::NotQuantity { kind, value } => {
                let number = Number::new(self.toks[i].span, value, kind, Rational::ZERO);
                return Some(Found { number, first: i, last: i + 1, scale: None, bare: false });
            }
            Literal::Plain { value, step, bare_int, leading_zero } => (value, step, bare_int, leading_zero),
        };
        let mut last = i + 1;
        let mut kind = Kind::Count;
        let mut step = step;
        // A whole number, perhaps grouped: "1,000th" is an ordinal as "3rd" is.
        let whole = bare_int || (value.is_integer() && !lit.contains(['.', 'e', 'E']));
        // "3/4", "1 4/5", "1½", "2 ½".
        if bare_int && self.sym(last, '/') && self.glued(last) && self.is_num(last + 1) && self.glued(last + 1) {
            let den = self.int_at(last + 1)?;
            if !self.sym(last + 2, '/') && den != 0 {
                value = value.checked_div(Rational::new(den, 1)?)?;
                kind = Kind::Fraction;
                step = Rational::ZERO;
                last += 2;
            }
        } else if let Some((frac, end)) = self.hyphenated_fraction(last).filter(|_| bare_int) {
            // "2-1/2 inches".
            value = value.checked_add(frac)?;
            step = Rational::ZERO;
            last = end;
        } else if bare_int && self.is_num(last) && !self.glued(last) && self.sym(last + 1, '/') && self.glued(last + 1)
        {
            if let (Some(n), Some(d)) = (self.int_at(last), self.int_at(last + 2)) {
                if n < d && self.glued(last + 2) && !self.sym(last + 3, '/') {
                    value = value.checked_add(Rational::new(n, d)?)?;
                    step = Rational::ZERO;
                    last += 3;
                }
            }
        } else if bare_int {
            if let Some(frac) = self.toks.get(last).and_then(|t| match t.kind {
                TokKind::Sym(c) => vulgar(c),
                _ => None,
            }) {
                value = value.checked_add(frac)?;
                step = Rational::ZERO;
                last += 1;
            } else if let Some((frac, end)) = words::and_a_fraction(self, last) {
                // "1 and a half", but not "between 1 and a third of" unless another "and"
                // follows: "between 1 and a half and 2".
                if !(i > 0 && self.is(i - 1, "between")) || self.is(end, "and") {
                    value = value.checked_add(frac)?;
                    step = Rational::ZERO;
                    last = end;
                }
            }
        }
        // "1/4 million", "3/4 of a billion".
        if kind == Kind::Fraction {
            if let Some((scale, end)) = words::scale_after_fraction(self, last) {
                value = value.checked_mul(scale)?;
                kind = Kind::Count;
                last = end;
            }
        }
        // "1.3x10^6", "2^10", "1.1^-2".
        if let Some((v, end)) = self.power_after(last, value) {
            value = v;
            last = end;
        }
        let mut a = Attached::new(i, last, value, step, kind);
        self.sign_before(&mut a);
        if kind == Kind::Count {
            self.suffix_after(&mut a, bare_int, whole && last == i + 1);
        }
        let attached_nothing = a.kind == Kind::Count && a.last == last && a.scale.is_none() && a.unit.is_none();
        let bare = bare_int && attached_nothing && a.first == i && last == i + 1;
        if attached_nothing && (leading_zero || self.identifier_before(i)) {
            a.kind = Kind::Identifier;
            a.first = self.identifier_start(i);
        } else if bare {
            self.classify_bare(&mut a);
        }
        Some(self.finish(a, false))
    }

    /// A proper fraction joined to a whole number by a hyphen, "-1/2" in "2-1/2": its value and
    /// the index after it.
    fn hyphenated_fraction(&self, j: usize) -> Option<(Rational, usize)> {
        let glued = (j..j + 4).all(|k| self.glued(k));
        if !(glued && self.is_dash(j) && self.sym(j + 2, '/') && !self.sym(j + 4, '/')) {
            return None;
        }
        let (n, d) = (self.int_at(j + 1)?, self.int_at(j + 3)?);
        (0 < n && n < d).then_some((Rational::new(n, d)?, j + 4))
    }

    /// The whole number in digits at `j`, if it is one.
    pub(super) fn int_at(&self, j: usize) -> Option<i128> {
        match digits::read(self.text(j))? {
            Literal::Plain { value, bare_int: true, .. } if value.is_integer() => Some(value.numer()),
            _ => None,
        }
    }

    /// An exponent after a mantissa: "x10^6", "×10^-4", "^23".
    fn power_after(&self, j: usize, base: Rational) -> Option<(Rational, usize)> {
        let (times_ten, mut k) = if self.is(j, "x10") && self.glued(j) {
            (true, j + 1)
        } else if (self.sym(j, '×') || self.is(j, "x")) && self.text(j + 1) == "10" && self.glued(j + 1) {
            (true, j + 2)
        } else {
            (false, j)
        };
        if !self.sym(k, '^') || !self.glued(k) {
            return None;
        }
        k += 1;
        let negative = self.is_dash(k) || self.sym(k, '−');
        if negative || self.sym(k, '+') {
            k += 1;
        }
        let exp = i32::try_from(self.int_at(k)?).ok()?;
        if exp > 30 || !self.glued(k) {
            return None;
        }
        let exp = if negative { -exp } else { exp };
        let value = if times_ten {
            base.checked_mul(Rational::pow10(exp)?)?
        } else {
            let mut v = Rational::ONE;
            for _ in 0..exp.unsigned_abs() {
                v = v.checked_mul(base)?;
            }
            if exp < 0 {
                Rational::ONE.checked_div(v)?
            } else {
                v
            }
        };
        Some((value, k + 1))
    }

    fn words_at(&self, i: usize) -> Option<Found> {
        let info = self.info(i);
        // Most words are neither listed nor hold a digit: nothing to read.
        if info.is_none() && !self.text(i).bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        // Words with digits in them name things: "A320", "M25", "G7".
        if info.is_none() {
            let t = self.text(i);
            let digits: String = t.chars().filter(char::is_ascii_digit).take(18).collect();
            if digits.is_empty() {
                return None;
            }
            if let Some(f) = self.postcode_at(i) {
                return Some(f);
            }
            let value = Rational::int(digits.parse().ok()?);
            let mut a = Attached::new(i, i + 1, value, Rational::ZERO, Kind::Identifier);
            // "F-35", "COVID-19" already start here when the word is the first part.
            if self.is_dash(i + 1) && self.glued(i + 1) && self.is_num(i + 2) && self.glued(i + 2) {
                a.last = i + 3;
            }
            return Some(self.finish(a, false));
        }
        let info = info?;
        // Function words and the like start no number; only number words and "a"/"an" do.
        if !info.starts_number {
            return None;
        }
        if let Some((n, d, always)) = info.multiplier {
            let cued = i > 0 && self.info(i - 1).is_some_and(|w| w.multiplier_cue);
            let object = self.info(i + 1).is_some_and(|w| w.multiplier_object);
            if always || cued || object {
                let a = Attached::new(i, i + 1, Rational::new(n as i128, d as i128)?, Rational::ZERO, Kind::Multiplier);
                return Some(self.finish(a, true));
            }
            return None;
        }
        let wn = words::read(self, i)?;
        let (kind, value) = match wn.form {
            Form::Cardinal => (Kind::Count, wn.value),
            Form::Ordinal => (Kind::Ordinal, wn.value),
            Form::Fraction => self.fraction_or_ordinal(i, wn.end, wn.value)?,
        };
        let mut a = Attached::new(i, wn.end, value, wn.step, kind);
        self.sign_before(&mut a);
        if kind == Kind::Count {
            self.suffix_after(&mut a, false, false);
        }
        Some(self.finish(a, true))
    }

    /// "a third of", "cut by a third" are fractions; "a third term" is an ordinal; a lone
    /// "half" is a number only where it measures something ("half of", "half the").
    fn fraction_or_ordinal(&self, i: usize, end: usize, value: Rational) -> Option<(Kind, Rational)> {
        let single_word = end == i + 1;
        let lone_half = single_word && (self.is(i, "half") || self.is(i, "quarter"));
        if lone_half {
            let before_ok = i == 0
                || ![
                    "the", "first", "second", "other", "latter", "former", "this", "that", "each", "every", "third",
                    "fourth", "final", "last",
                ]
                .iter()
                .any(|w| self.is(i - 1, w));
            let after_ok = [
                "of", "a", "an", "the", "their", "its", "his", "her", "our", "all", "those", "these", "them", "that",
                "as", "what",
            ]
            .iter()
            .any(|w| self.is(end, w))
                || self.is_clause_end(end)
                // "Half went to schools": a verb or function word follows, not a noun as in
                // "half price" or "quarter final".
                || self.plain_noun(end).is_none()
                || (i > 0
                    && (self.is(i - 1, "by")
                        || self.is(i - 1, "than")
                        || self.is(i - 1, "about")
                        || self.is(i - 1, "nearly")
                        || self.is(i - 1, "almost")
                        || self.is(i - 1, "over")
                        || self.is(i - 1, "under")));
            return (before_ok && after_ok && !(self.is_dash(end) && self.glued(end)))
                .then_some((Kind::Fraction, value));
        }
        let a_form = self.is(i, "a") || self.is(i, "an");
        let den_word = end - 1;
        let half_or_quarter = self.is(den_word, "half") || self.is(den_word, "quarter");
        if a_form && !half_or_quarter {
            // "a third opposed it", "a third said": no noun follows, so not "a third term";
            // nor a compound, "a fifth-generation jet".
            let compound = self.is_dash(end) && self.glued(end);
            let fraction_follows = !compound
                && (self.is(end, "of")
                    || self.is_clause_end(end)
                    || self.plain_noun(end).is_none()
                    || [
                        "more", "less", "fewer", "higher", "lower", "larger", "smaller", "bigger", "the", "as", "to",
                        "in", "on", "since", "from", "over", "and", "or",
                    ]
                    .iter()
                    .any(|w| self.is(end, w)));
            if !fraction_follows {
                let ord = self.info(den_word)?.ordinal?;
                return Some((Kind::Ordinal, Rational::int(ord as i64)));
            }
        }
        // "a quarter-final" is a compound; "a quarter — " with spaced dashes is a fraction.
        if a_form && half_or_quarter && self.is_dash(end) && self.glued(end) {
            return None;
        }
        Some((Kind::Fraction, value))
    }

    /// Whether token `j` ends a clause: punctuation, a line break, or the end of the text.
    pub(super) fn is_clause_end(&self, j: usize) -> bool {
        match self.toks.get(j) {
            None => true,
            Some(t) => {
                t.break_before
                    || matches!(t.kind, TokKind::Sym('.' | ',' | ';' | ':' | ')' | '!' | '?' | '"' | '”' | '’'))
            }
        }
    }

    /// Hedges, trailing hedges, the noun, and the final span.
    fn finish(&self, mut a: Attached, in_words: bool) -> Found {
        let mut hedge = None;
        let mut hedge_start = None;
        let mut noun_from = a.last;
        if a.kind.is_quantity() {
            // Most numbers have no hedge; look one up only after a word that can end one.
            let may_hedge = a.first.checked_sub(1).and_then(|k| self.toks.get(k)).is_some_and(|t| match t.kind {
                TokKind::Word(id) => id.is_some_and(|id| self.vocab.info(id).ends_hedge),
                TokKind::Sym(_) => true,
                TokKind::Num => false,
            });
            let before = if may_hedge { self.phrase_before(a.first, &self.vocab.hedges_before) } else { None };
            if let Some((start, kind)) = before {
                // "add up to £27,750" states a sum, not a ceiling.
                let adds_up = self.is(start, "up")
                    && start > 0
                    && [
                        "add", "adds", "added", "adding", "amount", "amounts", "amounted", "sum", "sums", "totalled",
                        "totaled", "total", "totals", "came", "comes", "come",
                    ]
                    .iter()
                    .any(|w| self.is(start - 1, w));
                if !adds_up {
                    hedge = Some(Hedge { kind, span: self.span(start, a.first) });
                    hedge_start = Some(start);
                }
            }
            if let Some((h, end)) = self.hedge_after(a.last) {
                hedge = hedge.or(Some(h));
                noun_from = end;
            }
        }
        let mut noun = None;
        if matches!(a.kind, Kind::Count | Kind::Money | Kind::Percent | Kind::Fraction) {
            let j = noun_from;
            if a.kind != Kind::Count && (self.is(j, "of") || self.is(j, "for") || self.is(j, "in")) {
                let k = self.skip_the(j + 1);
                noun = self.plain_noun(k).map(|_| self.lower(k));
            } else if let Some(after) = self.noun_after(j) {
                if a.unit.is_none() && a.kind == Kind::Count {
                    a.unit = Some(self.lower(after.unit));
                }
                noun = after.noun.map(|k| self.lower(k));
                // "200 metres or so", "4 children or more".
                if hedge.is_none() && a.kind.is_quantity() {
                    hedge = self.hedge_after(after.end).map(|(h, _)| h);
                }
            }
        }
        // "Over 12 weeks, participants attend ...": "over" opening a clause before a stretch of
        // time says when, not "more than".
        let stretch = ["days", "weeks", "months", "years", "decades", "hours"];
        if hedge_start.is_some_and(|s| self.is(s, "over") && (s == 0 || self.is_clause_end(s - 1)))
            && a.unit.as_deref().is_some_and(|u| stretch.contains(&u))
        {
            hedge = None;
        }
        let mut number = Number::new(self.span(a.first, a.last), a.value, a.kind, a.step);
        number.currency = a.currency;
        number.minor_units = a.minor_units;
        number.unit = a.unit;
        number.noun = noun;
        number.hedge = hedge;
        number.in_words = in_words;
        let bare = a.kind == Kind::Count && !in_words && a.scale.is_none() && a.last == a.first + 1;
        Found { number, first: a.first, last: a.last, scale: a.scale, bare }
    }
}

impl Attached {
    pub(super) fn new(first: usize, last: usize, value: Rational, step: Rational, kind: Kind) -> Attached {
        Attached { first, last, value, step, kind, currency: None, minor_units: 1, unit: None, scale: None }
    }
}
