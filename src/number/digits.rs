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

/// Reads the literal `lit` (as the tokenizer's regex matched it). `None` when its digits do not
/// fit the exact arithmetic, which is then treated as no number rather than a wrong one.
pub fn read(lit: &str) -> Option<Literal> {
    let first = lit.chars().next()?;
    if first == '+' || first == '(' || is_phone_shape(lit) {
        let digits: String = lit.chars().filter(char::is_ascii_digit).collect();
        let value = digits.get(digits.len().saturating_sub(15)..)?.parse::<i128>().ok()?;
        return Some(Literal::NotQuantity { kind: Kind::Phone, value: Rational::int(value) });
    }
    if lit.contains(':') || lit.ends_with(['m', 'M', '.']) {
        return read_time(lit).map(|value| Literal::NotQuantity { kind: Kind::Time, value });
    }
    let dots = lit.matches('.').count();
    if lit.matches('/').count() == 2 || (lit.len() == 10 && lit.matches('-').count() == 2) {
        let digits: String = lit.chars().filter(char::is_ascii_digit).collect();
        let value = digits.parse::<i128>().ok()?;
        return Some(Literal::NotQuantity { kind: Kind::Date, value: Rational::int(value) });
    }
    if dots >= 2 {
        let parts: Vec<&str> = lit.split('.').collect();
        let ip = parts.len() == 4 && parts.iter().all(|p| p.len() <= 3 && p.parse::<u16>().is_ok_and(|n| n < 256));
        let kind = if ip { Kind::IpAddress } else { Kind::Version };
        let major = parts.first()?.parse::<i128>().ok()?;
        return Some(Literal::NotQuantity { kind, value: Rational::int(major) });
    }
    read_plain(lit)
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
    let int_digits: String = int_part.chars().filter(|c| !is_group_separator(*c)).collect();
    let digits = format!("{int_digits}{frac_part}");
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mantissa: i128 = digits.parse().ok()?;
    let scale = frac_part.len() as i32 - exponent;
    let value = Rational::new(mantissa, 1)?.checked_mul(Rational::pow10(-scale)?)?;
    // The last written digit's place value; trailing zeros of a whole number of a thousand or
    // more may be rounding ("52,000"), smaller ones are taken as written ("250").
    let trailing_zeros = if frac_part.is_empty() && exponent == 0 {
        int_digits.len() - int_digits.trim_end_matches('0').len()
    } else {
        0
    };
    let rounded_places =
        if trailing_zeros >= 3 && trailing_zeros < int_digits.len() { trailing_zeros as i32 } else { 0 };
    let step = Rational::pow10(rounded_places - scale)?;
    let bare_int = frac_part.is_empty() && exponent == 0 && !mantissa_text.contains(is_group_separator);
    let leading_zero = int_digits.len() > 1 && int_digits.starts_with('0') && !mantissa_text.contains('.');
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
        assert_eq!(plain("1.3e6"), ("1300000".into(), "100000".into()));
        assert_eq!(plain("12,34,567"), ("1234567".into(), "1".into()));
        assert_eq!(plain("250"), ("250".into(), "1".into()));
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
    fn times_become_hours() {
        assert_eq!(read_time("17:45").unwrap().to_string(), "17.75");
        assert_eq!(read_time("9.45pm").unwrap().to_string(), "21.75");
    }
}
