//! Reading a numeric literal: its shape, its exact value and the precision its digits imply.

use super::rational::Rational;
use super::Kind;

/// What a numeric literal turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Literal {
    /// A plain number: value, the place value of its last digit, and whether it is a bare
    /// integer with no separators (the only shape a year can have).
    Plain { value: Rational, step: Rational, bare_int: bool, leading_zero: bool },
    /// A literal whose shape alone says it is not a quantity.
    NotQuantity { kind: Kind, value: Rational },
}

fn is_group_separator(c: char) -> bool {
    matches!(c, ',' | ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}')
}

/// Reads the literal `lit` (as the tokenizer's regex matched it). A run of digits too long for
/// the exact arithmetic (past 18 or so) is an account, card or tracking number, not a quantity;
/// other literals that do not fit are no number rather than a wrong one.
pub fn read(lit: &str) -> Option<Literal> {
    // Most literals are digits with at most commas and one decimal point ("12,480", "3.5");
    // read those without looking for other shapes.
    let mut dots = 0;
    let simple = lit.len() <= 40
        && lit.bytes().all(|b| {
            dots += usize::from(b == b'.');
            b.is_ascii_digit() || b == b',' || b == b'.'
        });
    if simple && dots <= 1 {
        return read_simple(lit.as_bytes()).unwrap_or_else(|| read_plain(lit)).or_else(|| long_identifier(lit));
    }
    let first = lit.chars().next()?;
    if first == '+' || first == '(' || is_phone_shape(lit) {
        let digits: String = lit.chars().filter(char::is_ascii_digit).collect();
        let value = digits.get(digits.len().saturating_sub(15)..)?.parse::<i128>().ok()?;
        return Some(Literal::NotQuantity { kind: Kind::Phone, value: Rational::new(value, 1)? });
    }
    if lit.contains(':') || lit.ends_with(['m', 'M', '.']) {
        return read_time(lit).map(|value| Literal::NotQuantity { kind: Kind::Time, value });
    }
    let dots = lit.matches('.').count();
    if lit.matches('/').count() == 2 || (lit.len() == 10 && lit.matches('-').count() == 2) {
        return Some(Literal::NotQuantity { kind: Kind::Date, value: Rational::new(date_value(lit)?, 1)? });
    }
    if dots >= 2 {
        let parts: Vec<&str> = lit.split('.').collect();
        let ip = parts.len() == 4 && parts.iter().all(|p| p.len() <= 3 && p.parse::<u16>().is_ok_and(|n| n < 256));
        let kind = if ip { Kind::IpAddress } else { Kind::Version };
        let major = parts.first()?.parse::<i128>().ok()?;
        return Some(Literal::NotQuantity { kind, value: Rational::new(major, 1)? });
    }
    read_plain(lit)
}

/// A digit run past what the arithmetic holds, read as an identifier valued by its first 18
/// digits (as "A320" is by its digits).
fn long_identifier(lit: &str) -> Option<Literal> {
    if lit.len() < 19 || !lit.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value = Rational::new(lit[..18].parse().ok()?, 1)?;
    Some(Literal::NotQuantity { kind: Kind::Identifier, value })
}

/// A written date as YYYYMMDD: "2025-03-03", "3/3/2025", "14/02/24". Day-first unless the
/// second part cannot be a month.
fn date_value(lit: &str) -> Option<i128> {
    let parts: Vec<i128> = lit.split(['/', '-']).map(|p| p.parse().ok()).collect::<Option<_>>()?;
    let [a, b, c] = parts[..] else { return None };
    let (year, month, day) = if lit.contains('-') {
        (a, b, c)
    } else {
        let year = if c < 100 { 2000 + c } else { c };
        if b > 12 {
            (year, a, b)
        } else {
            (year, b, a)
        }
    };
    Some(year * 10_000 + month * 100 + day)
}

/// `020 7946 0018`, `555-123-4567`, `555.123.4567`: shapes the regex only produces for phones.
fn is_phone_shape(lit: &str) -> bool {
    let groups: Vec<&str> = lit.split([' ', '-', '.']).collect();
    let all_digits = groups.iter().all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()));
    let dashed = lit.matches('-').count() == 2 || lit.matches('.').count() == 2;
    let lens: Vec<usize> = groups.iter().map(|g| g.len()).collect();
    all_digits
        && ((dashed && lens == [3, 3, 4])
            || (lit.starts_with('0') && groups.len() == 3 && lit.matches(' ').count() == 2 && lens[1] >= 3))
}

/// Hours as a fraction of a day's 24: "17:45" is 17.75, "9.45pm" is 21.75.
fn read_time(lit: &str) -> Option<Rational> {
    let lower = lit.to_ascii_lowercase();
    let pm = lower.contains('p');
    let am = lower.contains('a');
    let clock: String = lower.chars().take_while(|c| c.is_ascii_digit() || *c == ':' || *c == '.').collect();
    let mut parts = clock.trim_end_matches('.').split([':', '.']);
    let mut hours: i128 = parts.next()?.parse().ok()?;
    let minutes: i128 = parts.next().unwrap_or("0").parse().ok()?;
    if minutes >= 60 || hours > 24 {
        return None;
    }
    if pm && hours < 12 {
        hours += 12;
    }
    if am && hours == 12 {
        hours = 0;
    }
    Rational::new(hours * 60 + minutes, 60)
}

/// [`read_plain`] for the literals most text has, ASCII digits with commas and at most one
/// decimal point, in one pass and 64-bit arithmetic. The outer `None` leaves a literal of more
/// than 18 digits to `read_plain`.
fn read_simple(lit: &[u8]) -> Option<Option<Literal>> {
    let mut mantissa: u64 = 0;
    let (mut int_digits, mut frac_digits, mut trailing_zeros) = (0usize, 0u32, 0usize);
    let (mut grouped, mut has_dot) = (false, false);
    for &b in lit {
        match b {
            b'0'..=b'9' => {
                if int_digits + frac_digits as usize == 18 {
                    return None;
                }
                let d = u64::from(b - b'0');
                mantissa = mantissa * 10 + d;
                if has_dot {
                    frac_digits += 1;
                } else {
                    int_digits += 1;
                    trailing_zeros = if d == 0 { trailing_zeros + 1 } else { 0 };
                }
            }
            // A comma after the point is no number ("1.2,3").
            b',' if has_dot => return Some(None),
            b',' => grouped = true,
            _ => has_dot = true,
        }
    }
    if int_digits + frac_digits as usize == 0 {
        return Some(None);
    }
    Some(simple_literal(mantissa, int_digits, frac_digits, trailing_zeros, grouped, has_dot, lit[0] == b'0'))
}

/// The value and precision of a literal read by [`read_simple`].
fn simple_literal(
    mantissa: u64,
    int_digits: usize,
    frac_digits: u32,
    trailing_zeros: usize,
    grouped: bool,
    has_dot: bool,
    zero_first: bool,
) -> Option<Literal> {
    let value = Rational::decimal(i128::from(mantissa), frac_digits)?;
    let plain_int = frac_digits == 0;
    let rounded_places = if plain_int && trailing_zeros >= 3 && trailing_zeros < int_digits {
        (trailing_zeros / 3 * 3) as i32
    } else {
        0
    };
    let step = Rational::pow10(rounded_places - frac_digits as i32)?;
    let bare_int = plain_int && !grouped && !has_dot;
    let leading_zero = int_digits > 1 && zero_first && !has_dot;
    Some(Literal::Plain { value, step, bare_int, leading_zero })
}

/// A plain decimal: groupings, a decimal point and an exponent.
fn read_plain(lit: &str) -> Option<Literal> {
    let (mantissa_text, exponent) = match lit.find(['e', 'E']) {
        Some(i) => (&lit[..i], lit[i + 1..].parse::<i32>().ok()?),
        None => (lit, 0),
    };
    let (int_part, frac_part) = match mantissa_text.find('.') {
        Some(i) => (&mantissa_text[..i], &mantissa_text[i + 1..]),
        None => (mantissa_text, ""),
    };
    let mut mantissa: i128 = 0;
    let mut int_digits = 0usize;
    let mut trailing_zeros = 0usize;
    let mut grouped = false;
    for c in int_part.chars() {
        if is_group_separator(c) {
            grouped = true;
            continue;
        }
        let d = c.to_digit(10)?;
        mantissa = mantissa.checked_mul(10)?.checked_add(d as i128)?;
        int_digits += 1;
        trailing_zeros = if d == 0 { trailing_zeros + 1 } else { 0 };
    }
    for b in frac_part.bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        mantissa = mantissa.checked_mul(10)?.checked_add((b - b'0') as i128)?;
    }
    if int_digits + frac_part.len() == 0 {
        return None;
    }
    let scale = frac_part.len() as i32 - exponent;
    let value = if exponent == 0 {
        Rational::decimal(mantissa, frac_part.len() as u32)?
    } else {
        Rational::new(mantissa, 1)?.checked_mul(Rational::pow10(-scale)?)?
    };
    // The last written digit's place value; trailing zeros of a whole number of a thousand or
    // more may be rounding ("52,000"), smaller ones are taken as written ("250").
    let plain_int = frac_part.is_empty() && exponent == 0;
    // Rounding is read in whole groups of three ("240,000" to the thousand, "3,000,000" to the
    // million), the tighter reading of a round number.
    let rounded_places = if plain_int && trailing_zeros >= 3 && trailing_zeros < int_digits {
        (trailing_zeros / 3 * 3) as i32
    } else {
        0
    };
    let step = Rational::pow10(rounded_places - scale)?;
    let bare_int = plain_int && !grouped && !mantissa_text.contains('.');
    let leading_zero = int_digits > 1 && int_part.starts_with('0') && !mantissa_text.contains('.');
    Some(Literal::Plain { value, step, bare_int, leading_zero })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(lit: &str) -> (String, String) {
        match read(lit) {
            Some(Literal::Plain { value, step, .. }) => (value.to_string(), step.to_string()),
            other => panic!("{lit}: {other:?}"),
        }
    }

    #[test]
    fn plain_values_and_steps() {
        assert_eq!(plain("48,210"), ("48210".into(), "1".into()));
        assert_eq!(plain("52,000"), ("52000".into(), "1000".into()));
        assert_eq!(plain("1,234,567.89"), ("1234567.89".into(), "0.01".into()));
        assert_eq!(plain(".5"), ("0.5".into(), "0.1".into()));
        assert_eq!(plain("40\u{a0}000"), ("40000".into(), "1000".into()));
        assert_eq!(plain("3,000,000"), ("3000000".into(), "1000000".into()));
        assert_eq!(plain("1.3e6"), ("1300000".into(), "100000".into()));
        assert_eq!(plain("12,34,567"), ("1234567".into(), "1".into()));
        assert_eq!(plain("250"), ("250".into(), "1".into()));
        assert_eq!(plain("9223372036854775807").0, "9223372036854775807");
        assert_eq!(plain("1234567890123456.25").0, "1234567890123456.25");
        // Past 64 bits: a long digit run is an identifier, other shapes no number at all.
        assert_eq!(
            read("1234567890123456789012"),
            Some(Literal::NotQuantity { kind: Kind::Identifier, value: Rational::int(123_456_789_012_345_678) })
        );
        assert_eq!(read("12,345,678,901,234,567,890,123"), None);
    }

    #[test]
    fn shapes_that_are_not_quantities() {
        let kind = |lit| match read(lit) {
            Some(Literal::NotQuantity { kind, .. }) => Some(kind),
            _ => None,
        };
        assert_eq!(kind("192.168.0.1"), Some(Kind::IpAddress));
        assert_eq!(kind("4.10.2"), Some(Kind::Version));
        assert_eq!(kind("17:45"), Some(Kind::Time));
        assert_eq!(kind("9.45pm"), Some(Kind::Time));
        assert_eq!(kind("2025-03-03"), Some(Kind::Date));
        assert_eq!(kind("3/3/2025"), Some(Kind::Date));
        assert_eq!(kind("020 7946 0018"), Some(Kind::Phone));
        assert_eq!(kind("555-123-4567"), Some(Kind::Phone));
        assert_eq!(kind("+44 20 7946 0018"), Some(Kind::Phone));
    }

    #[test]
    fn the_one_pass_reading_agrees_with_the_general_one() {
        // Every literal of up to seven digits, commas and one point, and some long ones.
        let mut level = vec![String::new()];
        let mut lits = Vec::new();
        for _ in 0..7 {
            level = level.iter().flat_map(|t| ["0", "5", ",", "."].map(|a| format!("{t}{a}"))).collect();
            lits.extend(level.iter().filter(|t| t.matches('.').count() <= 1).cloned());
        }
        for n in 16..=22 {
            lits.push("9".repeat(n));
            lits.push(format!("1{}", "0".repeat(n)));
            lits.push(format!("{}.5", "3".repeat(n)));
        }
        lits.push("0.".to_string() + &"0".repeat(37) + "1");
        for lit in &lits {
            let fast = read_simple(lit.as_bytes()).unwrap_or_else(|| read_plain(lit));
            assert_eq!(fast, read_plain(lit), "{lit}");
        }
    }

    #[test]
    fn times_become_hours() {
        assert_eq!(read_time("17:45").unwrap().to_string(), "17.75");
        assert_eq!(read_time("9.45pm").unwrap().to_string(), "21.75");
    }
}
