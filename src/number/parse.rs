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
use crate::lexicon::{PhraseIndex, Vocabulary, WordInfo};
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

/// The unit or noun written after a number.
pub struct NounAfter {
    /// The measure unit ("tonnes") or, for counts, the noun ("passengers"), lower case.
    pub unit: String,
    /// What is counted or measured: "passengers", or "wheat" in "tonnes of wheat".
    pub noun: Option<String>,
    /// Whether `unit` is a unit of measure rather than a counted noun.
    pub measure: bool,
    /// The token index after it.
    pub end: usize,
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
struct Attached {
    first: usize,
    last: usize,
    value: Rational,
    step: Rational,
    kind: Kind,
    currency: Option<&'static str>,
    minor_units: u32,
    unit: Option<String>,
    scale: Option<Rational>,
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

    fn capitalized(&self, j: usize) -> bool {
        self.text(j).starts_with(|c: char| c.is_uppercase())
    }

    fn span(&self, first: usize, last: usize) -> Span {
        Span::new(self.toks[first].span.start, self.toks[last - 1].span.end)
    }

    /// Whether the pieces match the tokens starting at `j`; returns the index after them.
    pub fn matches_at(&self, j: usize, pieces: &[&str]) -> Option<usize> {
        for (k, piece) in pieces.iter().enumerate() {
            let t = self.toks.get(j + k)?;
            // Inside a phrase, pieces must be separated as the phrase separates them: a
            // phrase's symbols touch their neighbours, its words are apart.
            if !self.text(j + k).eq_ignore_ascii_case(piece) {
                return None;
            }
            let _ = t;
        }
        Some(j + pieces.len())
    }

    /// The first phrase matching at `j`, with the index after it.
    pub fn phrase_at<T: Copy>(&self, j: usize, phrases: &PhraseIndex<T>) -> Option<(usize, T)> {
        phrases.starting_with(self.text(j)).find_map(|(pieces, v)| self.matches_at(j, pieces).map(|end| (end, *v)))
    }

    /// The longest phrase that ends just before token `end`, with the index it starts at.
    pub fn phrase_before<T: Copy>(&self, end: usize, phrases: &PhraseIndex<T>) -> Option<(usize, T)> {
        let last = end.checked_sub(1)?;
        phrases
            .ending_with(self.text(last))
            .filter(|(pieces, _)| pieces.len() <= end)
            .filter_map(|(pieces, v)| {
                let start = end - pieces.len();
                self.matches_at(start, pieces).map(|_| (start, *v))
            })
            .min_by_key(|&(start, _)| start)
    }

    /// Whether token `i` is the number word inside an idiom ("one of the", "no one").
    fn in_idiom(&self, i: usize) -> bool {
        self.vocab
            .idioms_for(self.text(i))
            .iter()
            .any(|&(pieces, k)| k <= i && self.matches_at(i - k, pieces).is_some())
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

    fn number_at(&self, i: usize) -> Option<Found> {
        let tok = self.toks[i];
        // Only number words and digits can be the number of an idiom; most tokens are neither.
        let may_be_idiom = match tok.kind {
            TokKind::Num => true,
            TokKind::Word(Some(id)) => {
                let w = self.vocab.info(id);
                w.cardinal.is_some() || w.ordinal.is_some() || w.denominator.is_some() || w.multiplier.is_some()
            }
            _ => false,
        };
        // "that one in four": a ratio overrides the pronoun reading.
        let ratio_follows = (self.is(i + 1, "in") && self.number_start(i + 2))
            || (self.is(i + 1, "out") && self.is(i + 2, "of") && self.number_start(i + 3));
        if may_be_idiom && !ratio_follows && self.in_idiom(i) {
            return None;
        }
        match tok.kind {
            TokKind::Num => self.digits_at(i),
            TokKind::Word(_) => self.words_at(i),
            TokKind::Sym(c) => {
                let value = vulgar(c)?;
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
        // "3/4", "1 4/5", "1½", "2 ½".
        if bare_int && self.sym(last, '/') && self.glued(last) && self.is_num(last + 1) && self.glued(last + 1) {
            let den = self.int_at(last + 1)?;
            if !self.sym(last + 2, '/') && den != 0 {
                value = value.checked_div(Rational::int(den))?;
                kind = Kind::Fraction;
                step = Rational::ZERO;
                last += 2;
            }
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
            self.suffix_after(&mut a, bare_int);
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

    /// The whole number in digits at `j`, if it is one.
    fn int_at(&self, j: usize) -> Option<i128> {
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
            Form::Fraction => match self.fraction_or_ordinal(i, wn.end, wn.value) {
                Some(k) => k,
                None => return None,
            },
        };
        let mut a = Attached::new(i, wn.end, value, wn.step, kind);
        self.sign_before(&mut a);
        if kind == Kind::Count {
            self.suffix_after(&mut a, false);
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
                || (i > 0
                    && (self.is(i - 1, "by")
                        || self.is(i - 1, "than")
                        || self.is(i - 1, "about")
                        || self.is(i - 1, "nearly")
                        || self.is(i - 1, "almost")
                        || self.is(i - 1, "over")
                        || self.is(i - 1, "under")));
            return (before_ok && after_ok && !self.is_dash(end)).then_some((Kind::Fraction, value));
        }
        let a_form = self.is(i, "a") || self.is(i, "an");
        let den_word = end - 1;
        let half_or_quarter = self.is(den_word, "half") || self.is(den_word, "quarter");
        if a_form && !half_or_quarter {
            let fraction_follows = self.is(end, "of")
                || self.is_clause_end(end)
                || [
                    "more", "less", "fewer", "higher", "lower", "larger", "smaller", "bigger", "the", "as", "to", "in",
                    "on", "since", "from", "over", "and", "or",
                ]
                .iter()
                .any(|w| self.is(end, w));
            if !fraction_follows {
                let ord = self.info(den_word)?.ordinal?;
                return Some((Kind::Ordinal, Rational::int(ord as i128)));
            }
        }
        if a_form && half_or_quarter && self.is_dash(end) {
            return None;
        }
        Some((Kind::Fraction, value))
    }

    /// Whether token `j` ends a clause: punctuation, a line break, or the end of the text.
    fn is_clause_end(&self, j: usize) -> bool {
        match self.toks.get(j) {
            None => true,
            Some(t) => {
                t.break_before
                    || matches!(t.kind, TokKind::Sym('.' | ',' | ';' | ':' | ')' | '!' | '?' | '"' | '”' | '’'))
            }
        }
    }

    /// "-5", "−5", "+3", "minus five". A hyphen glued to a word or number before it is not a sign.
    fn sign_before(&self, a: &mut Attached) {
        let i = a.first;
        if i == 0 {
            return;
        }
        let s = i - 1;
        let symbol_sign = (self.is_dash(s) || self.sym(s, '+')) && self.glued(i);
        let free_before = s == 0
            || !self.glued(s)
            || self.toks.get(s - 1).is_some_and(|t| matches!(t.kind, TokKind::Sym('(' | '[' | '=' | ':')));
        let minus = if symbol_sign && free_before {
            Some(!self.sym(s, '+'))
        } else if self.is(s, "minus") || self.is(s, "negative") {
            Some(true)
        } else {
            None
        };
        if let Some(negative) = minus {
            if negative {
                if let Some(v) = a.value.checked_neg() {
                    a.value = v;
                }
            }
            a.first = s;
        }
    }

    /// Everything that may follow a count: suffixes, scales, currencies, percent signs,
    /// "times", "-fold", and a currency sign before.
    fn suffix_after(&self, a: &mut Attached, bare_int: bool) {
        let j = a.last;
        // A word glued to the digits: "3rd", "12m", "45p", "10km", "1990s", "9pm".
        if a.first < j && self.is_num(j - 1) && self.toks.get(j).is_some_and(|t| t.is_word()) && self.glued(j) {
            let suffix = self.text(j).to_ascii_lowercase();
            let info = self.info(j);
            if bare_int && info.is_some_and(|w| w.ordinal_suffix) {
                a.kind = Kind::Ordinal;
                a.last = j + 1;
                return;
            }
            // "40mm" of rain is millimetres; "1MM" in finance is a million.
            let lower_unit = info.is_some_and(|w| w.measure_unit) && self.text(j).len() > 1 && self.text(j) == suffix;
            if let Some(e) = info.and_then(|w| w.scale_abbreviation).filter(|_| !lower_unit) {
                self.apply_scale(a, e);
                a.last = j + 1;
            } else if bare_int && suffix == "s" {
                a.kind = if self.text(j - 1).len() == 4 { Kind::Year } else { Kind::Year };
                a.step = Rational::ZERO;
                a.last = j + 1;
                return;
            } else if matches!(suffix.as_str(), "am" | "pm") {
                a.kind = Kind::Time;
                a.last = j + 1;
                return;
            } else if matches!(suffix.as_str(), "x" | "fold") {
                a.kind = Kind::Multiplier;
                a.step = Rational::ZERO;
                a.last = j + 1;
                return;
            } else if info.is_some_and(|w| w.measure_unit) {
                // "10km": the unit stays outside the number's span, as "10 km" does; the noun
                // pass reads it.
                return;
            } else if info.is_none_or(|w| w.currency_word.is_none() && !w.currency_code)
                && self.phrase_at(j, &self.vocab.percent_words).is_none()
                && self.phrase_at(j, &self.vocab.point_words).is_none()
            {
                // "3D", "5G", "737MAX": a name, not a quantity.
                a.kind = Kind::Identifier;
                a.step = Rational::ZERO;
                a.last = j + 1;
                return;
            }
        }
        // Scale words: "2 million", "3 lakh crore", "3.2 bn", "3 dozen".
        loop {
            let j = a.last;
            let Some(info) = self.info(j) else { break };
            if self.glued(j) {
                break;
            }
            match (info.cardinal, info.scale_abbreviation) {
                (Some(crate::lexicon::Cardinal::Scale(e)), _) => self.apply_scale(a, e),
                (Some(crate::lexicon::Cardinal::Hundred), _) if a.scale.is_none() => self.apply_scale(a, 2),
                (Some(crate::lexicon::Cardinal::Dozen), _)
                    if a.scale.is_none() && !self.text(j).eq_ignore_ascii_case("dozens") =>
                {
                    a.value = a.value.checked_mul(Rational::int(12)).unwrap_or(a.value);
                }
                (None, Some(e)) if !["m", "b", "mm", "tr", "mil"].iter().any(|w| self.is(j, w)) => {
                    self.apply_scale(a, e)
                }
                _ => break,
            }
            a.last = j + 1;
        }
        self.currency_before(a);
        self.currency_after(a);
        if a.kind != Kind::Count {
            return;
        }
        // "45%", "45 per cent", "3pc"; "4 percentage points", "3pp".
        let j = a.last;
        if self.sym(j, '%') {
            a.kind = Kind::Percent;
            a.last = j + 1;
            if let Some((end, ())) = self.phrase_at(a.last, &self.vocab.point_words) {
                a.kind = Kind::PercentagePoints;
                a.last = end;
            }
            return;
        }
        if let Some((end, ())) = self.phrase_at(j, &self.vocab.percent_words) {
            a.kind = Kind::Percent;
            a.last = end;
            return;
        }
        if let Some((end, ())) = self.phrase_at(j, &self.vocab.point_words) {
            // Bare "points" are percentage points only near a percentage: "41% and 27%, a gap of
            // 14 points"; elsewhere they may be a game's or an index's points.
            let bare = self.is(j, "points") || self.is(j, "point") || self.is(j, "pts");
            if !bare || self.percent_before(a.first) {
                a.kind = Kind::PercentagePoints;
                a.last = end;
                return;
            }
        }
        // "three times", "10-fold".
        if self.is(j, "times") && !self.glued(j) && self.compares(j + 1) {
            a.kind = Kind::Multiplier;
            a.step = Rational::ZERO;
            a.last = j + 1;
        } else if self.is_dash(j) && self.glued(j) && self.is(j + 1, "fold") {
            a.kind = Kind::Multiplier;
            a.step = Rational::ZERO;
            a.last = j + 2;
        }
    }

    /// Whether a percentage stands in the 40 tokens before `i`, within the paragraph.
    fn percent_before(&self, i: usize) -> bool {
        let from = i.saturating_sub(40);
        (from..i).rev().take_while(|&k| !self.toks[k + 1].break_before || k + 1 == i).any(|k| {
            self.sym(k, '%') || self.info(k).is_some_and(|_| self.phrase_at(k, &self.vocab.percent_words).is_some())
        })
    }

    /// Whether token `j` starts a comparison, so that "three times" before it is a multiplier
    /// ("three times as many", "five times higher", "twice the rate") and not a count of
    /// occasions ("14 times last year").
    fn compares(&self, j: usize) -> bool {
        let w = self.text(j).to_ascii_lowercase();
        let comparative = w.len() > 4
            && w.ends_with("er")
            && !matches!(
                w.as_str(),
                "over" | "under" | "after" | "never" | "either" | "neither" | "other" | "per" | "whether"
            );
        comparative
            || [
                "as", "the", "that", "more", "less", "fewer", "its", "their", "his", "her", "our", "what", "this",
                "those", "over",
            ]
            .contains(&w.as_str())
    }

    fn apply_scale(&self, a: &mut Attached, exp: u32) {
        let Some(scale) = Rational::pow10(exp as i32) else { return };
        if let (Some(v), Some(s)) = (a.value.checked_mul(scale), a.step.checked_mul(scale)) {
            a.value = v;
            a.step = s;
            a.scale = Some(a.scale.and_then(|p| p.checked_mul(scale)).unwrap_or(scale));
        }
    }

    /// "£", "$", "US$", "€", "USD 3m", "Rs 500".
    fn currency_before(&self, a: &mut Attached) {
        let i = a.first;
        if i == 0 {
            return;
        }
        let s = i - 1;
        if let Some((start, code)) = self.phrase_before_symbols(i) {
            // A sign may stand before the currency: "-£5".
            a.kind = Kind::Money;
            a.currency = Some(code);
            a.unit = Some(code.to_string());
            a.first = start;
            if start > 0 && self.is_dash(start - 1) && self.glued(start) && (start == 1 || !self.glued(start - 1)) {
                a.value = a.value.checked_neg().unwrap_or(a.value);
                a.first = start - 1;
            }
            return;
        }
        if self.info(s).is_some_and(|w| w.currency_code) && self.text(s).chars().all(|c| c.is_ascii_uppercase()) {
            let code = self.vocab.language.currency_codes.iter().find(|c| c.eq_ignore_ascii_case(self.text(s)));
            a.kind = Kind::Money;
            a.currency = code.copied();
            a.unit = code.map(|c| c.to_string());
            a.first = s;
        }
    }

    /// The currency sign or prefix ending just before token `i`: its start and ISO code.
    fn phrase_before_symbols(&self, i: usize) -> Option<(usize, &'static str)> {
        let (start, code) = self.phrase_before(i, &self.vocab.currency_symbols)?;
        // The pieces of a sign touch each other: "US$", not "US $".
        (start + 1..i).all(|k| self.glued(k)).then_some((start, code))
    }

    /// "5 million dollars", "45p", "50 cents", "3m USD", "£5 sterling".
    fn currency_after(&self, a: &mut Attached) {
        let j = a.last;
        let j2 = if self.is(j, "us") && self.is(j + 1, "dollars") { j + 1 } else { j };
        let Some(info) = self.info(j2) else { return };
        if let Some((code, minor)) = info.currency_word {
            // A lone "p" is pence only glued to the digits; "pounds of flour" is weight.
            if (self.is(j2, "p") && !self.glued(j2)) || (self.is(j2, "pounds") && self.is(j2 + 1, "of")) {
                return;
            }
            if a.currency.is_some_and(|c| c != code) && minor == 1 {
                return;
            }
            a.kind = Kind::Money;
            a.currency = Some(a.currency.unwrap_or(code));
            a.minor_units = minor;
            let word = self.text(j2).to_ascii_lowercase();
            a.unit = Some(if minor > 1 {
                if word == "p" || word.starts_with("pen") {
                    "pence".into()
                } else {
                    "cents".into()
                }
            } else {
                code.to_string()
            });
            a.last = j2 + 1;
        } else if info.currency_code && a.currency.is_none() && self.text(j2).chars().all(|c| c.is_ascii_uppercase()) {
            let code = self.vocab.language.currency_codes.iter().find(|c| c.eq_ignore_ascii_case(self.text(j2)));
            a.kind = Kind::Money;
            a.currency = code.copied();
            a.unit = code.map(|c| c.to_string());
            a.last = j2 + 1;
        }
    }

    /// Whether the word before token `i` makes the number a name: "page 12", "No. 10", "#3".
    fn identifier_before(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        let mut s = i - 1;
        if self.sym(s, '#') && self.glued(i) {
            return true;
        }
        if self.sym(s, '.')
            && s > 0
            && (self.is(s - 1, "no") || self.is(s - 1, "fig") || self.is(s - 1, "p") || self.is(s - 1, "vol"))
        {
            s -= 1;
        } else if self.is_dash(s) && self.glued(s) && self.glued(i) && s > 0 && self.toks[s - 1].is_word() {
            // "COVID-19", "F-35", "SCP-173": a word glued to the number by a hyphen, unless the
            // word is a prefix of time ("mid-1990s", "pre-2020") or a number word.
            let w = self.text(s - 1).to_ascii_lowercase();
            let prefix = matches!(w.as_str(), "mid" | "pre" | "post" | "late" | "early" | "fy" | "q" | "h" | "mid-");
            return !prefix && self.info(s - 1).is_none_or(|x| x.cardinal.is_none() && x.ordinal.is_none());
        }
        let Some(info) = self.info(s) else { return false };
        if !info.identifier {
            return false;
        }
        // Common words that are identifiers only when capitalised: "No 10", "Year 9".
        let lower = self.text(s).to_ascii_lowercase();
        let must_be_capital = [
            "no", "year", "number", "class", "unit", "case", "form", "part", "act", "bill", "code", "office", "world",
            "lot", "bay", "band", "tier", "box", "rule", "line", "issue", "window", "bed", "squad", "tax", "grid",
            "block", "floor", "seat", "series", "season", "stage", "level", "league", "division", "phase", "item",
            "question", "category", "grade",
        ];
        !must_be_capital.contains(&lower.as_str()) || self.capitalized(s)
    }

    /// Where an identifier that ends at token `i` starts ("COVID-19" starts at "COVID").
    fn identifier_start(&self, i: usize) -> usize {
        if i >= 2 && self.is_dash(i - 1) && self.glued(i) && self.glued(i - 1) && self.toks[i - 2].is_word() {
            i - 2
        } else if i >= 1 && self.sym(i - 1, '#') && self.glued(i) {
            i - 1
        } else {
            i
        }
    }

    /// UK postcodes ("SW1A 1AA", read from the outward code) and US ZIP codes after a state
    /// ("Austin, TX 78701").
    fn postcode_at(&self, i: usize) -> Option<Found> {
        let outward = self.text(i);
        let uk_outward = outward.len() >= 2
            && outward.len() <= 4
            && outward.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && outward.starts_with(|c: char| c.is_ascii_uppercase());
        let inward_digit = self.is_num(i + 1) && !self.glued(i + 1) && self.text(i + 1).len() == 1;
        let inward_letters = self.glued(i + 2) && {
            let t = self.text(i + 2);
            t.len() == 2 && t.chars().all(|c| c.is_ascii_uppercase())
        };
        if uk_outward && inward_digit && inward_letters {
            let value = Rational::int(self.int_at(i + 1)?);
            let number = Number::new(self.span(i, i + 3), value, Kind::Postcode, Rational::ZERO);
            return Some(Found { number, first: i, last: i + 3, scale: None, bare: false });
        }
        None
    }

    /// Decides what a bare whole number in digits is: a date, a year, a time, a postcode or a count.
    fn classify_bare(&self, a: &mut Attached) {
        let i = a.first;
        let n = a.value;
        let month_before = i > 0 && self.month(i - 1).is_some();
        let month_after = self.month(a.last).is_some();
        let day_like = n.is_integer() && n.numer() >= 1 && n.numer() <= 31;
        // "3 March 2025", "March 3, 2025", "March 2025", "the 4th of July".
        if day_like && (month_after || month_before) {
            a.kind = Kind::Date;
            a.step = Rational::ZERO;
            let month = if month_before {
                a.first = i - 1;
                self.month(i - 1)
            } else {
                a.last += 1;
                self.month(a.last - 1)
            };
            let year = self.year_after_date(a);
            // A date's value reads as YYYYMMDD, with zeros for what the text leaves out.
            a.value = Rational::int(year.unwrap_or(0) * 10_000 + month.unwrap_or(0) as i128 * 100 + n.numer());
            return;
        }
        let four_digits = self.text(i).len() == 4;
        let year_like = four_digits && n.numer() >= 1500 && n.numer() <= 2199;
        if year_like && month_before {
            a.kind = Kind::Date;
            a.first = i - 1;
            a.step = Rational::ZERO;
            a.value = Rational::int(n.numer() * 10_000 + self.month(i - 1).unwrap_or(0) as i128 * 100);
            return;
        }
        // "9pm", "9 a.m.", "10 o'clock".
        if n.numer() <= 12 && (self.is(a.last, "pm") || self.is(a.last, "am") || self.is(a.last, "o'clock")) {
            a.kind = Kind::Time;
            a.last += 1;
            return;
        }
        if n.numer() <= 12
            && (self.is(a.last, "a") || self.is(a.last, "p"))
            && self.sym(a.last + 1, '.')
            && self.is(a.last + 2, "m")
        {
            a.kind = Kind::Time;
            a.last += if self.sym(a.last + 3, '.') { 4 } else { 3 };
            return;
        }
        // US ZIP code after a state: ", TX 78701".
        if self.text(i).len() == 5 && i >= 2 && self.sym(i - 2, ',') {
            let st = self.text(i - 1);
            if st.len() == 2 && st.chars().all(|c| c.is_ascii_uppercase()) {
                a.kind = Kind::Postcode;
                return;
            }
        }
        if year_like && self.reads_as_year(i, a.last) {
            a.kind = Kind::Year;
            a.step = Rational::ZERO;
        }
    }

    /// ", 2025" or " 2025" after a date.
    fn year_after_date(&self, a: &mut Attached) -> Option<i128> {
        let mut j = a.last;
        if self.sym(j, ',') {
            j += 1;
        }
        let year = self.int_at(j).filter(|y| self.text(j).len() == 4 && (1000..=2199).contains(y))?;
        a.last = j + 1;
        Some(year)
    }

    /// The month a capitalised word at `j` names.
    fn month(&self, j: usize) -> Option<u32> {
        let m = self.info(j)?.month?;
        (self.capitalized(j) && !(self.is(j, "may") && !self.text(j).starts_with('M'))).then_some(m)
    }

    /// A bare four-digit number is a year unless it counts something: "2000 people" or "rose to
    /// 2000" count; "in 2024", "since 1987", "2024 was" name years.
    fn reads_as_year(&self, i: usize, after: usize) -> bool {
        let cue = i.checked_sub(1).filter(|&c| self.info(c).is_some_and(|w| w.year_cue));
        // "by", "from", "to" and "of" name a year unless a change verb governs them: "by 2030"
        // is a deadline, "rose by 2000" an amount.
        let weak_cue =
            cue.is_some_and(|c| ["by", "from", "to", "of", "than", "around", "over"].iter().any(|w| self.is(c, w)));
        let governed = i > 1 && self.info(i - 2).is_some_and(|w| w.change);
        let strong_cue = cue.is_some() && !(weak_cue && governed) && !self.is(i - 1, "the");
        let change_before = (1..=3).any(|k| i >= k && self.info(i - k).is_some_and(|w| w.change && !w.year_cue));
        let hedged = i > 0
            && self.phrase_before(i, &self.vocab.hedges_before).is_some()
            && !self.is(i - 1, "around")
            && !self.is(i - 1, "over");
        match self.noun_after(after) {
            Some(n) => strong_cue && !weak_cue && !change_before && !hedged && !n.measure,
            None => !(change_before || hedged) || strong_cue,
        }
    }

    /// `j`, or the token after it when `j` is "the".
    fn skip_the(&self, j: usize) -> usize {
        if self.is(j, "the") {
            j + 1
        } else {
            j
        }
    }

    /// The unit or noun after token `j`.
    pub fn noun_after(&self, j: usize) -> Option<NounAfter> {
        let mut j = j;
        // "a 500-bed hospital": the noun is glued by a hyphen.
        if self.is_dash(j) && self.glued(j) && self.glued(j + 1) && self.toks.get(j + 1).is_some_and(|t| t.is_word()) {
            let unit = self.text(j + 1).to_lowercase();
            let ok = self.info(j + 1).is_none_or(|i| !i.not_noun && i.cardinal.is_none());
            return ok.then_some(NounAfter { unit, noun: None, measure: false, end: j + 2 });
        }
        for _ in 0..2 {
            if self.info(j).is_some_and(|w| w.noun_modifier) && self.toks.get(j + 1).is_some_and(|t| t.is_word()) {
                j += 1;
            }
        }
        let t = self.toks.get(j)?;
        if !t.is_word() || t.break_before {
            return None;
        }
        if self.info(j).is_some_and(|w| w.measure_unit) {
            let unit = self.text(j).to_lowercase();
            let of = if self.is(j + 1, "of") { self.plain_noun(self.skip_the(j + 2)) } else { None };
            let end = of.as_ref().map_or(j + 1, |(_, e)| *e);
            return Some(NounAfter { unit, noun: of.map(|(n, _)| n), measure: true, end });
        }
        let (noun, end) = self.plain_noun(j)?;
        Some(NounAfter { unit: noun.clone(), noun: Some(noun), measure: false, end })
    }

    /// A word at `j` that can name what is counted, lower case, and
    /// the index after it.
    fn plain_noun(&self, j: usize) -> Option<(String, usize)> {
        let t = self.toks.get(j)?;
        if !t.is_word() || self.text(j).chars().any(|c| c.is_ascii_digit()) {
            return None;
        }
        if let Some(w) = self.info(j) {
            if w.not_noun
                || w.vague
                || w.cardinal.is_some()
                || w.ordinal.is_some()
                || w.month.is_some()
                || w.currency_word.is_some()
                || w.scale_abbreviation.is_some()
            {
                return None;
            }
        }
        let word = self.text(j);
        if word.chars().count() < 2 {
            return None;
        }
        Some((word.to_lowercase(), j + 1))
    }

    /// A hedge written after token `at`: "50 or so", "40-odd", "1,000-plus", "200 or more".
    fn hedge_after(&self, at: usize) -> Option<(Hedge, usize)> {
        let glued_dash = self.is_dash(at) && self.glued(at);
        let after = if glued_dash { at + 1 } else { at };
        let (end, kind) = self.phrase_at(after, &self.vocab.hedges_after)?;
        // "odd" is a hedge only with its hyphen: "40-odd", not "40 odd socks".
        if self.is(after, "odd") && !glued_dash {
            return None;
        }
        Some((Hedge { kind, span: self.span(after, end) }, end))
    }

    /// Hedges, trailing hedges, the noun, and the final span.
    fn finish(&self, mut a: Attached, in_words: bool) -> Found {
        let mut hedge = None;
        let mut noun_from = a.last;
        if a.kind.is_quantity() {
            if let Some((start, kind)) = self.phrase_before(a.first, &self.vocab.hedges_before) {
                hedge = Some(Hedge { kind, span: self.span(start, a.first) });
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
                noun = self.plain_noun(self.skip_the(j + 1)).map(|(n, _)| n);
            } else if let Some(after) = self.noun_after(j) {
                if a.unit.is_none() && a.kind == Kind::Count {
                    a.unit = Some(after.unit);
                }
                noun = after.noun;
                // "200 metres or so", "4 children or more".
                if hedge.is_none() && a.kind.is_quantity() {
                    hedge = self.hedge_after(after.end).map(|(h, _)| h);
                }
            }
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
    fn new(first: usize, last: usize, value: Rational, step: Rational, kind: Kind) -> Attached {
        Attached { first, last, value, step, kind, currency: None, minor_units: 1, unit: None, scale: None }
    }
}
