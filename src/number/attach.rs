//! What a number carries with it: a sign and currency before; a suffix, scale, currency name,
//! percent sign, "times" or "-fold" after; a hedge on either side; and the unit or noun it
//! counts.

use super::parse::{Attached, Parser};
use super::rational::Rational;
use super::token::TokKind;
use super::words::{self, Form};
use super::{Hedge, Kind};
use crate::lexicon::Cardinal;

/// Whether a word looks like a verb form: "going", "carried" (but not "ring", "bed").
fn is_participle(word: &str) -> bool {
    let b = word.as_bytes();
    let ends = |suffix: &[u8]| b.len() >= suffix.len() && b[b.len() - suffix.len()..].eq_ignore_ascii_case(suffix);
    (b.len() > 5 && ends(b"ing")) || (b.len() > 4 && ends(b"ed"))
}

/// The unit or noun written after a number, as token indices: the text is lower-cased only
/// when a number keeps it.
pub struct NounAfter {
    /// The token of the measure unit ("tonnes") or, for counts, of the noun ("passengers").
    pub unit: usize,
    /// The token of what is counted or measured: "passengers", or "wheat" in "tonnes of wheat".
    pub noun: Option<usize>,
    /// Whether `unit` is a unit of measure rather than a counted noun.
    pub measure: bool,
    /// The token index after it.
    pub end: usize,
}

/// Whether a word ends in "s" in any case, as a lower-cased plural would.
pub(super) fn ends_in_s(word: &str) -> bool {
    word.ends_with(['s', 'S'])
}

/// Whether a word ends in "ss" in any case ("class", "loss"): not a plural.
fn ends_in_ss(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 2 && matches!(b[b.len() - 2], b's' | b'S') && ends_in_s(word)
}

impl Parser<'_> {
    /// "-5", "−5", "+3", "minus five". A hyphen glued to a word or number before it is not a sign.
    pub(super) fn sign_before(&self, a: &mut Attached) {
        let i = a.first;
        if i == 0 {
            return;
        }
        let s = i - 1;
        let symbol_sign = (self.is_dash(s) || self.sym(s, '+')) && self.glued(i);
        let free_before = s == 0
            || !self.glued(s)
            || self.toks.get(s - 1).is_some_and(|t| matches!(t.kind, TokKind::Sym('(' | '[' | '=' | ':')));
        // "- 1,200,000" with a space: a sign only where a value starts (the text's start, "= -
        // 5", "(- 3"), never after a word, where the dash is punctuation ("the team - 12 players
        // - won"), nor in a list whose lines start with dashes.
        let spaced_sign = (self.sym(s, '-') || self.sym(s, '−'))
            && !self.glued(i)
            && !self.toks[i].break_before
            && if s == 0 {
                !self.toks.iter().skip(1).any(|t| t.break_before && t.is_dash())
            } else {
                self.toks.get(s - 1).is_some_and(|t| matches!(t.kind, TokKind::Sym('(' | '[' | '=' | ':')))
            };
        let minus = if (symbol_sign && free_before) || spaced_sign {
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
    ///
    /// `bare_int`: the digits are a whole number with no separators ("1990"); `whole`: a whole
    /// number, perhaps grouped ("1,000").
    pub(super) fn suffix_after(&self, a: &mut Attached, bare_int: bool, whole: bool) {
        let j = a.last;
        // A word glued to the digits: "3rd", "12m", "45p", "10km", "1990s", "9pm".
        if a.first < j && self.is_num(j - 1) && self.toks.get(j).is_some_and(|t| t.is_word()) && self.glued(j) {
            let suffix = self.text(j).to_ascii_lowercase();
            let info = self.info(j);
            if (bare_int || whole) && info.is_some_and(|w| w.ordinal_suffix) {
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
                // "1990s", "80s": a decade; "over-65s", "under-18s": a group named by an age.
                let decade = a.value.numer() % 10 == 0;
                a.kind = if decade { Kind::Year } else { Kind::Identifier };
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
                && self.percent_at(j).is_none()
                && self.points_at(j).is_none()
            {
                // "3D", "5G", "737MAX": a name, not a quantity.
                a.kind = Kind::Identifier;
                a.step = Rational::ZERO;
                a.last = j + 1;
                return;
            }
        }
        // Scale words: "2 million", "3 lakh crore", "3.2 bn", "3 dozen", "2.5 thousands".
        // `word_scale` is the power of the last one written as a word, which the parts after it
        // must stay below: "3 hundred and 21", "1 million 200 thousand".
        let mut word_scale = None;
        loop {
            let j = a.last;
            let Some(info) = self.info(j) else { break };
            if self.glued(j) {
                break;
            }
            match (info.cardinal, info.scale_abbreviation) {
                (Some(Cardinal::Scale(e)), _) => {
                    self.apply_scale(a, e);
                    word_scale = Some(e);
                }
                (Some(Cardinal::Hundred), _) if a.scale.is_none() => {
                    self.apply_scale(a, 2);
                    word_scale = Some(2);
                }
                // "3 hundreds", "2.5 thousands", but not "2020 thousands more" or "5 thousands
                // of them", where the plural is vague.
                (None, None)
                    if info.plural_scale.is_some()
                        && self.is_num(j - 1)
                        && a.scale.is_none()
                        && a.value < Rational::int(1000)
                        && !self.is(j + 1, "of") =>
                {
                    let e = info.plural_scale.unwrap_or(0);
                    self.apply_scale(a, e);
                    a.last = j + 1;
                    break;
                }
                // "3 dozen", "3 dozens", but not "3 dozens of", which is vague.
                (Some(Cardinal::Dozen), _) if a.scale.is_none() && !(self.is(j, "dozens") && self.is(j + 1, "of")) => {
                    a.value = a.value.checked_mul(Rational::int(12)).unwrap_or(a.value);
                }
                (None, Some(e)) if !["m", "b", "mm", "tr", "mil"].iter().any(|w| self.is(j, w)) => {
                    self.apply_scale(a, e);
                    word_scale = None;
                }
                _ => break,
            }
            a.last = j + 1;
        }
        if let Some(e) = word_scale.filter(|_| whole) {
            self.parts_after_scale(a, e);
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
            if let Some(end) = self.points_at(a.last) {
                a.kind = Kind::PercentagePoints;
                a.last = end;
            }
            return;
        }
        if let Some(end) = self.percent_at(j) {
            a.kind = Kind::Percent;
            a.last = end;
            return;
        }
        if let Some(end) = self.points_at(j) {
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

    /// Digits and words mixed: the smaller part after a scale word, "3 hundred and 21",
    /// "4 thousand twelve", "1 million 200 thousand", "3 thousand 500". Digits must carry their
    /// own scale word or be below a thousand, and without "and" at least a hundred, so that "3
    /// million 15 years ago" stays two numbers.
    fn parts_after_scale(&self, a: &mut Attached, exp: u32) {
        let and = self.is(a.last, "and");
        let k = if and { a.last + 1 } else { a.last };
        let (Some(limit), Some(t)) = (Rational::pow10(exp as i32), self.toks.get(k)) else { return };
        if t.break_before || self.glued(k) || !a.value.is_integer() {
            return;
        }
        let part = if self.is_num(k) {
            let Some(n) = self.int_at(k).filter(|_| !self.glued(k + 1)) else { return };
            let smaller = match self.info(k + 1).and_then(|w| w.cardinal) {
                Some(Cardinal::Scale(e)) if e < exp => Some(e),
                Some(Cardinal::Hundred) if exp > 2 => Some(2),
                _ => None,
            };
            match smaller {
                Some(e) if !self.glued(k + 1) => {
                    Rational::pow10(e as i32).and_then(|s| Some((Rational::new(n, 1)?.checked_mul(s)?, s, k + 2)))
                }
                // Below a thousand, so that "a 3 million 2024 budget" keeps its year.
                _ if (and || n >= 100) && n < 1000 => Rational::new(n, 1).map(|v| (v, Rational::ONE, k + 1)),
                _ => None,
            }
        } else if self.info(k).is_some_and(|w| w.cardinal.is_some()) && !self.in_idiom(k) {
            words::read(self, k)
                .filter(|w| w.form == Form::Cardinal && w.value.is_integer())
                .map(|w| (w.value, w.step, w.end))
        } else {
            None
        };
        let Some((value, step, end)) = part else { return };
        if value <= Rational::ZERO || value >= limit {
            return;
        }
        if let Some(v) = a.value.checked_add(value) {
            a.value = v;
            a.step = step;
            a.scale = None;
            a.last = end;
        }
    }

    /// The end of "per cent", "percent", "pc" starting at token `j`.
    pub(super) fn percent_at(&self, j: usize) -> Option<usize> {
        if !self.info(j)?.starts_percent {
            return None;
        }
        self.phrase_at(j, &self.vocab.percent_words).map(|(end, ())| end)
    }

    /// The end of "percentage points", "pp", "points" starting at token `j`.
    pub(super) fn points_at(&self, j: usize) -> Option<usize> {
        if !self.info(j)?.starts_points {
            return None;
        }
        self.phrase_at(j, &self.vocab.point_words).map(|(end, ())| end)
    }

    /// Whether a percentage stands in the 40 tokens before `i`, within the paragraph.
    pub(super) fn percent_before(&self, i: usize) -> bool {
        let from = i.saturating_sub(40);
        (from..i)
            .rev()
            .take_while(|&k| !self.toks[k + 1].break_before || k + 1 == i)
            .any(|k| self.sym(k, '%') || self.percent_at(k).is_some())
    }

    /// Whether token `j` starts a comparison, so that "three times" before it is a multiplier
    /// ("three times as many", "five times higher", "twice the rate") and not a count of
    /// occasions ("14 times last year").
    pub(super) fn compares(&self, j: usize) -> bool {
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

    pub(super) fn apply_scale(&self, a: &mut Attached, exp: u32) {
        let Some(scale) = Rational::pow10(exp as i32) else { return };
        if let (Some(v), Some(s)) = (a.value.checked_mul(scale), a.step.checked_mul(scale)) {
            a.value = v;
            a.step = s;
            a.scale = Some(a.scale.and_then(|p| p.checked_mul(scale)).unwrap_or(scale));
        }
    }

    /// "£", "$", "US$", "€", "USD 3m", "Rs 500".
    pub(super) fn currency_before(&self, a: &mut Attached) {
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
            a.currency = code;
            a.unit = code.map(|c| c.to_string());
            a.first = s;
        }
    }

    /// The currency sign or prefix ending just before token `i`: its start and ISO code.
    pub(super) fn phrase_before_symbols(&self, i: usize) -> Option<(usize, &'static str)> {
        // The pieces of a sign touch each other: "US$", not "US $", and "a $230,000 rise" is in
        // dollars, not the Australian "A$".
        self.phrase_before_where(i, &self.vocab.currency_symbols, |start| (start + 1..i).all(|k| self.glued(k)))
    }

    /// "5 million dollars", "45p", "50 cents", "3m USD", "£5 sterling".
    pub(super) fn currency_after(&self, a: &mut Attached) {
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
            a.currency = code;
            a.unit = code.map(|c| c.to_string());
            a.last = j2 + 1;
        }
    }

    /// A hedge written after token `at`: "50 or so", "40-odd", "1,000-plus", "200 or more".
    pub(super) fn hedge_after(&self, at: usize) -> Option<(Hedge, usize)> {
        let glued_dash = self.is_dash(at) && self.glued(at);
        let after = if glued_dash { at + 1 } else { at };
        if !self.info(after).is_some_and(|w| w.starts_hedge_after) {
            return None;
        }
        let (end, kind) = self.phrase_at(after, &self.vocab.hedges_after)?;
        // "odd" is a hedge only with its hyphen: "40-odd", not "40 odd socks".
        if self.is(after, "odd") && !glued_dash {
            return None;
        }
        Some((Hedge { kind, span: self.span(after, end) }, end))
    }

    /// Whether token `j` is a word set apart by space from the one before, on the same line.
    fn glued_free(&self, j: usize) -> bool {
        self.toks.get(j).is_some_and(|t| t.is_word() && t.space_before && !t.break_before)
    }

    /// `j`, or the token after it when `j` is "the".
    pub(super) fn skip_the(&self, j: usize) -> usize {
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
            let ok = self.info(j + 1).is_none_or(|i| !i.not_noun && i.cardinal.is_none());
            return ok.then_some(NounAfter { unit: j + 1, noun: None, measure: false, end: j + 2 });
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
        // A participle before the noun describes it: "250 opening days", "40 registered voters".
        if is_participle(self.text(j)) && self.glued_free(j + 1) {
            let noun_next = self.info(j + 1).is_some_and(|w| w.measure_unit)
                || (self.plain_noun(j + 1).is_some() && ends_in_s(self.text(j + 1)));
            if noun_next {
                j += 1;
            }
        }
        if self.info(j).is_some_and(|w| w.measure_unit) {
            let of = if self.is(j + 1, "of") {
                Some(self.skip_the(j + 2)).filter(|&k| self.plain_noun(k).is_some())
            } else {
                None
            };
            let end = of.map_or(j + 1, |k| k + 1);
            return Some(NounAfter { unit: j, noun: of, measure: true, end });
        }
        let mut noun = j;
        let mut end = self.plain_noun(j)?;
        // A compound names what is counted by its last word: "16 food banks", "45 care homes".
        if !ends_in_s(self.text(noun)) && self.glued_free(end) && self.plain_noun(end).is_some() {
            let head = self.text(end);
            if ends_in_s(head) && !ends_in_ss(head) {
                noun = end;
                end += 1;
            }
        }
        Some(NounAfter { unit: noun, noun: Some(noun), measure: false, end })
    }

    /// Token `j` lower-cased, for a unit or noun a number keeps.
    pub(super) fn lower(&self, j: usize) -> String {
        let word = self.text(j);
        crate::lexicon::lower_case(word)
    }

    /// Whether token `j` is a word that can name what is counted; the index after it.
    pub(super) fn plain_noun(&self, j: usize) -> Option<usize> {
        let t = self.toks.get(j)?;
        if !t.is_word() || self.text(j).bytes().any(|b| b.is_ascii_digit()) {
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
        // One letter is no noun.
        word.chars().nth(1)?;
        // Verb forms are not what a number counts: "3,400 carried", "40 going".
        if is_participle(word) {
            return None;
        }
        Some(j + 1)
    }
}
