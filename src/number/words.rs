//! Numbers written in words: "thirty-seven", "one hundred and five", "two million",
//! "a dozen", "half a million", "two-thirds", "one and a half", "twenty-first", "five point two".
//!
//! A small state machine over the tokens accepts only well-formed sequences, so "five six"
//! is two numbers, not eleven.

use super::parse::Parser;
use super::rational::Rational;
use crate::lexicon::Cardinal;

/// How a word number reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Cardinal,
    Ordinal,
    Fraction,
}

/// A number read from words; `end` is the index of the first token after it.
#[derive(Clone, Copy, Debug)]
pub struct WordNumber {
    pub value: Rational,
    pub step: Rational,
    pub end: usize,
    pub form: Form,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Last {
    Start,
    A,
    Unit,
    Teen,
    Ten,
    Hundred,
    Dozen,
    Scale(u32),
    And,
    Dash,
}

/// Words that may follow "a" to start a number.
fn starts_after_a(c: Option<Cardinal>) -> bool {
    matches!(c, Some(Cardinal::Hundred | Cardinal::Scale(_) | Cardinal::Dozen))
}

/// Whether a number has been read so far that a plural scale may multiply.
fn after_part(last: Last) -> bool {
    matches!(last, Last::Unit | Last::Teen | Last::Ten | Last::Hundred)
}

/// Reads a cardinal, ordinal or fraction in words starting at token `i`.
pub fn read(p: &Parser, i: usize) -> Option<WordNumber> {
    if p.is(i, "half") || p.is(i, "quarter") {
        if let Some(n) = read_part_of_scale(p, i) {
            return Some(n);
        }
    }
    let n = read_simple(p, i)?;
    if n.form == Form::Fraction {
        return Some(with_scale_after(p, n));
    }
    if n.form != Form::Cardinal {
        return Some(n);
    }
    // "one and a half", "five and three quarters", "one-and-a-half", then perhaps a scale: "two
    // and a half million".
    if let Some((frac, end)) = and_a_fraction(p, n.end) {
        // After a scale the fraction is of that scale: "one million and a half" is 1.5m, "a
        // dozen and a half" is 18.
        let dozen = matches!(p.info(n.end - 1).and_then(|w| w.cardinal), Some(Cardinal::Dozen));
        let part = if dozen {
            frac.checked_mul(Rational::int(12))
        } else if n.step >= Rational::int(1000) {
            frac.checked_mul(n.step)
        } else {
            Some(frac)
        };
        if let Some(value) = part.and_then(|part| n.value.checked_add(part)) {
            let mixed = WordNumber { value, step: Rational::ZERO, end, form: Form::Cardinal };
            return Some(with_scale_after(p, mixed));
        }
    }
    if p.is(n.end, "point") {
        if let Some(d) = read_point(p, n) {
            return Some(d);
        }
    }
    Some(n)
}

/// A cardinal, or a small cardinal over a denominator word: "two thirds", "one-fifth",
/// "three quarters", "a third".
fn read_simple(p: &Parser, i: usize) -> Option<WordNumber> {
    let card = read_cardinal(p, i)?;
    let den_at = if p.is_dash(card.end) { card.end + 1 } else { card.end };
    if card.form == Form::Cardinal && card.value.is_integer() && card.value.numer() < 100 {
        if let Some(den) = p.info(den_at).and_then(|w| w.denominator) {
            let plural = p.text(den_at).ends_with('s');
            let numerator_is_one = card.value == Rational::ONE;
            let hyphenated = den_at != card.end;
            // "one fifth-generation jet": the ordinal starts a compound.
            let compound = p.is_dash(den_at + 1) && p.glued(den_at + 1);
            // "two thirds", "one third", "two-thirds"; not "two third".
            if plural || (numerator_is_one && !compound) || hyphenated {
                let value = card.value.checked_div(Rational::int(den as i64))?;
                return Some(WordNumber { value, step: Rational::ZERO, end: den_at + 1, form: Form::Fraction });
            }
        }
    }
    Some(card)
}

/// "half a million", "half a dozen", "quarter million", "half million".
fn read_part_of_scale(p: &Parser, i: usize) -> Option<WordNumber> {
    let part = if p.is(i, "half") { Rational::new(1, 2)? } else { Rational::new(1, 4)? };
    let mut j = i + 1;
    if p.is(j, "a") {
        j += 1;
    }
    match p.info(j)?.cardinal? {
        Cardinal::Scale(e) => {
            let scale = Rational::pow10(e as i32)?;
            Some(WordNumber {
                value: part.checked_mul(scale)?,
                step: scale.checked_mul(part)?,
                end: j + 1,
                form: Form::Cardinal,
            })
        }
        Cardinal::Dozen => Some(WordNumber {
            value: part.checked_mul(Rational::int(12))?,
            step: Rational::ONE,
            end: j + 1,
            form: Form::Cardinal,
        }),
        _ => None,
    }
}

/// A scale word after a fraction or mixed number: "two and a half million", "two-thirds of a million".
fn with_scale_after(p: &Parser, n: WordNumber) -> WordNumber {
    let mut j = n.end;
    if p.is(j, "of") && p.is(j + 1, "a") {
        j += 2;
    }
    if let Some(Cardinal::Scale(e)) = p.info(j).and_then(|w| w.cardinal) {
        if let Some(value) = Rational::pow10(e as i32).and_then(|s| n.value.checked_mul(s)) {
            return WordNumber { value, step: Rational::ZERO, end: j + 1, form: Form::Cardinal };
        }
    }
    n
}

/// A fraction below one joined by "and" after a whole number: "and a half", "and three
/// quarters", "and 1/2", or hyphenated as in "one-and-a-half"; its value and the index after it.
pub fn and_a_fraction(p: &Parser, j: usize) -> Option<(Rational, usize)> {
    let glued = |k: usize| p.glued(k);
    let hyphens = p.is_dash(j) && glued(j) && p.is(j + 1, "and") && glued(j + 1) && p.is_dash(j + 2) && glued(j + 2);
    let k = match (p.is(j, "and"), hyphens) {
        (true, _) => j + 1,
        (false, true) if glued(j + 3) => j + 3,
        _ => return None,
    };
    // "-and-a-half": the article joined by a hyphen too.
    if hyphens && p.is(k, "a") && p.is_dash(k + 1) && glued(k + 1) && glued(k + 2) {
        let den = p.info(k + 2)?.denominator?;
        return Some((Rational::new(1, den as i128)?, k + 3));
    }
    // "and 1/2".
    if !hyphens && p.is_num(k) && p.sym(k + 1, '/') && glued(k + 1) && glued(k + 2) && !p.sym(k + 3, '/') {
        let (n, d) = (p.int_at(k)?, p.int_at(k + 2)?);
        return (0 < n && n < d).then_some((Rational::new(n, d)?, k + 3));
    }
    read_simple(p, k).filter(|f| f.form == Form::Fraction && f.value < Rational::ONE).map(|f| (f.value, f.end))
}

/// A scale word after a fraction in digits, "1/4 million", "3/4 of a billion", "1/2 dozen":
/// the scale and the index after it.
pub fn scale_after_fraction(p: &Parser, j: usize) -> Option<(Rational, usize)> {
    let k = if p.is(j, "of") && p.is(j + 1, "a") { j + 2 } else { j };
    if p.glued(k) {
        return None;
    }
    match p.info(k)?.cardinal? {
        Cardinal::Scale(e) => Some((Rational::pow10(e as i32)?, k + 1)),
        // "1/2 dozen", but not "1/2 dozens of", which is vague.
        Cardinal::Dozen if !(p.is(k, "dozens") && p.is(k + 1, "of")) => Some((Rational::int(12), k + 1)),
        _ => None,
    }
}

/// "five point two five", "nought point seven": digits named one by one after "point", or
/// read as a two-digit number ("point seventy-one", "nought point eleven").
fn read_point(p: &Parser, whole: WordNumber) -> Option<WordNumber> {
    let mut j = whole.end + 1;
    // The digits after the point, as a whole number and their count.
    let (mut mantissa, mut places) = (0i128, 0u32);
    while let Some(Cardinal::Unit(d)) = p.info(j).and_then(|w| w.cardinal) {
        mantissa = mantissa.checked_mul(10)?.checked_add(i128::from(d))?;
        places += 1;
        j += 1;
    }
    if places == 0 {
        let pair = read_cardinal(p, j).filter(|n| n.form == Form::Cardinal && n.value.is_integer())?;
        if !(10..100).contains(&pair.value.numer()) {
            return None;
        }
        (mantissa, places) = (pair.value.numer(), 2);
        j = pair.end;
    }
    let frac = Rational::decimal(mantissa, places)?;
    let value = whole.value.checked_add(frac)?;
    Some(WordNumber { value, step: Rational::pow10(-(places as i32))?, end: j, form: Form::Cardinal })
}

/// The cardinal (or ordinal, or "a third"-style fraction) state machine.
fn read_cardinal(p: &Parser, i: usize) -> Option<WordNumber> {
    let mut total: i128 = 0;
    let mut current: i128 = 0;
    let mut last = Last::Start;
    let mut j = i;
    let mut step = Rational::ONE;
    if p.is(i, "a") || p.is(i, "an") {
        let next = p.info(i + 1)?;
        if let Some(den) = next.denominator {
            // "a third", "a quarter", "a half": the caller's context decides between this and
            // an ordinal ("a third term").
            let value = Rational::new(1, den as i128)?;
            return Some(WordNumber { value, step: Rational::ZERO, end: i + 2, form: Form::Fraction });
        }
        if !starts_after_a(next.cardinal) {
            return None;
        }
        current = 1;
        last = Last::A;
        j += 1;
    }
    if p.is(i, "half") || p.is(i, "quarter") {
        let den = if p.is(i, "half") { 2 } else { 4 };
        return Some(WordNumber {
            value: Rational::new(1, den)?,
            step: Rational::ZERO,
            end: i + 1,
            form: Form::Fraction,
        });
    }
    loop {
        // "twenty-one", "twenty-first": a dash between a ten and a unit.
        if last == Last::Ten && p.is_dash(j) {
            let unit_next = matches!(p.info(j + 1).and_then(|w| w.cardinal), Some(Cardinal::Unit(v)) if v > 0)
                || p.info(j + 1).is_some_and(|w| w.ordinal.is_some_and(|o| o < 10));
            if unit_next {
                last = Last::Dash;
                j += 1;
                continue;
            }
        }
        let Some(info) = p.info(j) else { break };
        // "five hundreds", "two thousands": a plural scale ends a number it follows, but not
        // in "hundreds of thousands" or "two thousands of them", where it counts vaguely.
        let plural = match info.plural_scale {
            Some(e) if info.cardinal.is_none() && after_part(last) && !p.is(j + 1, "of") => {
                Some(if e == 2 { Cardinal::Hundred } else { Cardinal::Scale(e) })
            }
            _ => None,
        };
        if let Some(c) = info.cardinal.or(plural) {
            let accepted = match c {
                Cardinal::Unit(v)
                    if matches!(last, Last::Start | Last::Hundred | Last::Scale(_) | Last::And | Last::Dash)
                        || (last == Last::Ten && v > 0) =>
                {
                    current += v as i128;
                    step = Rational::ONE;
                    Some(Last::Unit)
                }
                Cardinal::Teen(v) if matches!(last, Last::Start | Last::Hundred | Last::Scale(_) | Last::And) => {
                    current += v as i128;
                    step = Rational::ONE;
                    Some(Last::Teen)
                }
                Cardinal::Ten(v) if matches!(last, Last::Start | Last::Hundred | Last::Scale(_) | Last::And) => {
                    current += v as i128;
                    step = Rational::ONE;
                    Some(Last::Ten)
                }
                Cardinal::Hundred if matches!(last, Last::Unit | Last::Teen | Last::A) => {
                    current = current.max(1) * 100;
                    step = Rational::int(100);
                    Some(Last::Hundred)
                }
                Cardinal::Dozen if matches!(last, Last::Unit | Last::Teen | Last::Ten | Last::A | Last::Hundred) => {
                    // "dozens" alone is vague; "three dozens" is 36.
                    current = current.max(1) * 12;
                    step = Rational::ONE;
                    Some(Last::Dozen)
                }
                Cardinal::Scale(e) => match last {
                    Last::Unit | Last::Teen | Last::Ten | Last::Hundred | Last::A | Last::Dozen => {
                        let scale = 10i128.checked_pow(e)?;
                        total = total.checked_add(current.checked_mul(scale)?)?;
                        current = 0;
                        step = Rational::new(scale, 1)?;
                        Some(Last::Scale(e))
                    }
                    // "three lakh crore": a larger scale multiplies everything before it.
                    Last::Scale(prev) if e > prev && current == 0 => {
                        let scale = 10i128.checked_pow(e)?;
                        total = total.checked_mul(scale)?;
                        step = Rational::new(total.min(scale), 1)?;
                        Some(Last::Scale(e))
                    }
                    _ => None,
                },
                _ => None,
            };
            match accepted {
                Some(l) => {
                    last = l;
                    j += 1;
                    if plural.is_some() {
                        break;
                    }
                    continue;
                }
                None => break,
            }
        }
        if let Some(ord) = info.ordinal {
            if let Some(value) = ordinal_value(total, current, last, ord) {
                return Some(WordNumber {
                    value: Rational::new(value, 1)?,
                    step: Rational::ZERO,
                    end: j + 1,
                    form: Form::Ordinal,
                });
            }
        }
        // "one hundred and five", "two thousand and twelve".
        let small_next = matches!(
            p.info(j + 1).and_then(|w| w.cardinal),
            Some(Cardinal::Unit(_) | Cardinal::Teen(_) | Cardinal::Ten(_))
        ) || p.info(j + 1).is_some_and(|w| w.ordinal.is_some_and(|o| o < 100));
        if p.is(j, "and") && matches!(last, Last::Hundred | Last::Scale(_)) && small_next {
            last = Last::And;
            j += 1;
            continue;
        }
        break;
    }
    if matches!(last, Last::Start | Last::A | Last::And | Last::Dash) {
        return None;
    }
    let value = total.checked_add(current)?;
    Some(WordNumber { value: Rational::new(value, 1)?, step, end: j, form: Form::Cardinal })
}

/// The value of an ordinal word ending a number, if it may follow what came before.
fn ordinal_value(total: i128, current: i128, last: Last, ord: u32) -> Option<i128> {
    let ord = ord as i128;
    let scale_like = ord >= 100 && (ord == 100 || ord == 1000 || ord == 1_000_000 || ord == 1_000_000_000);
    if scale_like {
        return match last {
            Last::Start => Some(ord),
            Last::Unit | Last::Teen | Last::Ten | Last::Hundred | Last::A => Some(total + current.max(1) * ord),
            _ => None,
        };
    }
    let fits = match last {
        Last::Start | Last::Hundred | Last::Scale(_) | Last::And => true,
        Last::Ten | Last::Dash => ord < 10,
        _ => false,
    };
    fits.then_some(total + current + ord)
}
