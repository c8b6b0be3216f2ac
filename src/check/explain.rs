//! Writing values the way the text writes them, for the explanations in findings.

use crate::number::{Kind, Number, Rational};

/// Groups the digits of a whole number in thousands: 1234567 → "1,234,567".
fn group(int: &str) -> String {
    let mut out = String::new();
    for (k, c) in int.chars().enumerate() {
        if k > 0 && (int.len() - k) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A value with thousands separators and at most `places` decimals (trailing zeros dropped).
pub fn plain(v: Rational, places: u32) -> String {
    let s = v.to_fixed(places);
    let (sign, s) = match s.strip_prefix('-') {
        Some(s) => ("−", s),
        None => ("", s.as_str()),
    };
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        format!("{sign}{}", group(int))
    } else {
        format!("{sign}{}.{frac}", group(int))
    }
}

fn symbol(code: &str) -> Option<&'static str> {
    Some(match code {
        "GBP" => "£",
        "USD" => "$",
        "EUR" => "€",
        "JPY" => "¥",
        "INR" => "₹",
        _ => return None,
    })
}

/// `v` written like number `like`: as a percentage, in its currency, with a scale word when
/// the text used one ("£2.5bn").
pub fn like(v: Rational, like: &Number) -> String {
    match like.kind {
        Kind::Percent => format!("{}%", plain(v, 1)),
        Kind::PercentagePoints => format!("{} points", plain(v, 1)),
        Kind::Money => {
            let scaled = |div: i32, word: &str| {
                let d = Rational::pow10(div).unwrap_or(Rational::ONE);
                v.checked_div(d).map(|x| format!("{}{word}", plain(x, 2)))
            };
            let abs = v.checked_abs().unwrap_or(v);
            let body = if abs >= Rational::int(1_000_000_000) {
                scaled(9, "bn")
            } else if abs >= Rational::int(1_000_000) {
                scaled(6, "m")
            } else {
                None
            }
            .unwrap_or_else(|| plain(v, 2));
            match (like.currency.and_then(symbol), like.minor_units) {
                (_, 100) => format!("{body}{}", if like.unit.as_deref() == Some("pence") { "p" } else { "c" }),
                (Some(sym), _) => format!("{sym}{body}"),
                (None, _) => format!("{body} {}", like.currency.unwrap_or("")),
            }
        }
        _ => plain(v, 2),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_values_as_prose_does() {
        assert_eq!(plain(Rational::int(1_234_567), 0), "1,234,567");
        assert_eq!(plain(Rational::new(225, 10).unwrap(), 2), "22.5");
        assert_eq!(plain(Rational::int(-82), 0), "−82");
        let money = crate::number::find("£2.5bn").remove(0);
        assert_eq!(like(Rational::int(3_100_000_000), &money), "£3.1bn");
        let pct = crate::number::find("35%").remove(0);
        assert_eq!(like(Rational::new(30, 1).unwrap(), &pct), "30%");
    }
}
