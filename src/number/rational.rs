//! Exact rational numbers for what the text says.
//!
//! Every decimal a text writes is a fraction with a power of ten below it, and the text also
//! writes fractions that are not decimals at all ("a third", "two-thirds"). Holding both as an
//! exact ratio of two integers means no value is ever rounded on its way in; floats appear only
//! when a value is displayed. Arithmetic is checked: on overflow it returns `None`, and callers
//! treat the relation as one they cannot decide rather than one that fails.

use std::cmp::Ordering;
use std::fmt;

/// The powers of ten that fit in an `i128`, so that a scale is a table lookup.
const POWERS_OF_TEN: [i128; 39] = {
    let mut p = [1i128; 39];
    let mut k = 1;
    while k < 39 {
        p[k] = p[k - 1] * 10;
        k += 1;
    }
    p
};

/// `10^n`, or `None` if it does not fit.
fn ten_to(n: u32) -> Option<i128> {
    POWERS_OF_TEN.get(n as usize).copied()
}

/// `a / b` for a positive divisor, in 64-bit arithmetic when both fit.
fn div(a: i128, b: i128) -> i128 {
    match (i64::try_from(a), i64::try_from(b)) {
        (Ok(a), Ok(b)) if b > 0 => (a / b) as i128,
        _ => a / b,
    }
}

/// An exact ratio `num / den` in lowest terms with `den > 0`.
///
/// Stored in 64 bits: every value prose states fits (a decimal with up to 18 significant
/// digits), and the arithmetic below works in 128 bits, where a product of two stored parts
/// cannot overflow, and narrows the result, so a value that does not fit is `None` rather than
/// wrong. (Half the size of 128-bit storage also halves every interval the rules pass around,
/// which is much of the browser build's code.)
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rational {
    num: i64,
    den: i64,
}

/// The greatest common divisor of the magnitudes. Values from prose fit in 64 bits, where a
/// division is one machine instruction rather than a call into 128-bit arithmetic.
fn gcd(a: i128, b: i128) -> i128 {
    let (a, b) = (a.unsigned_abs(), b.unsigned_abs());
    if let (Ok(mut a), Ok(mut b)) = (u64::try_from(a), u64::try_from(b)) {
        while b != 0 {
            (a, b) = (b, a % b);
        }
        return a as i128;
    }
    let (mut a, mut b) = (a, b);
    while b != 0 {
        (a, b) = (b, a % b);
    }
    // Only 2^127 (the magnitude of i128::MIN) does not fit; callers clamp it to 1.
    a as i128
}

// The arithmetic is `#[inline(never)]`: inlined into every rule's reading, its 128-bit code was
// repeated hundreds of times over in the browser's wasm (1.7 KB gzipped with the intervals'
// operations), for about 1% of the native check's instructions.
impl Rational {
    /// Zero.
    pub const ZERO: Rational = Rational { num: 0, den: 1 };
    /// One.
    pub const ONE: Rational = Rational { num: 1, den: 1 };

    /// `num / den` in lowest terms, or `None` when `den` is zero or the result does not fit.
    #[inline(never)]
    pub fn new(num: i128, den: i128) -> Option<Rational> {
        if den == 0 {
            return None;
        }
        let g = if den == 1 { 1 } else { gcd(num, den).max(1) };
        let (mut num, mut den) = (div(num, g), div(den, g));
        if den < 0 {
            num = num.checked_neg()?;
            den = den.checked_neg()?;
        }
        Some(Rational { num: i64::try_from(num).ok()?, den: i64::try_from(den).ok()? })
    }

    /// A whole number.
    pub const fn int(n: i64) -> Rational {
        Rational { num: n, den: 1 }
    }

    /// `mantissa × 10^-scale`, the value of a decimal written with `scale` digits after the
    /// point, or `None` when it does not fit.
    pub fn decimal(mantissa: i128, scale: u32) -> Option<Rational> {
        Rational::new(mantissa, ten_to(scale)?)
    }

    /// `10^exp`, for any sign of `exp`, or `None` when it does not fit.
    pub fn pow10(exp: i32) -> Option<Rational> {
        let p = ten_to(exp.unsigned_abs())?;
        if exp >= 0 {
            Rational::new(p, 1)
        } else {
            Rational::new(1, p)
        }
    }

    /// The numerator (carries the sign).
    pub const fn numer(self) -> i128 {
        self.num as i128
    }

    /// The denominator (always positive).
    pub const fn denom(self) -> i128 {
        self.den as i128
    }

    /// Whether the value is a whole number.
    pub const fn is_integer(self) -> bool {
        self.den == 1
    }

    /// Whether the value is zero.
    pub const fn is_zero(self) -> bool {
        self.num == 0
    }

    /// Whether the value is below zero.
    pub const fn is_negative(self) -> bool {
        self.num < 0
    }

    /// The sum, or `None` on overflow.
    #[inline(never)]
    pub fn checked_add(self, o: Rational) -> Option<Rational> {
        if self.den == 1 && o.den == 1 {
            return Some(Rational { num: self.num.checked_add(o.num)?, den: 1 });
        }
        // Over the least common multiple of the denominators; the products of two 64-bit
        // parts cannot overflow 128 bits.
        let g = gcd(self.denom(), o.denom()).max(1);
        let den = div(self.denom(), g) * o.denom();
        let num = self.numer() * div(o.denom(), g) + o.numer() * div(self.denom(), g);
        Rational::new(num, den)
    }

    /// The difference, or `None` on overflow.
    #[inline(never)]
    pub fn checked_sub(self, o: Rational) -> Option<Rational> {
        self.checked_add(o.checked_neg()?)
    }

    /// The product, or `None` on overflow.
    #[inline(never)]
    pub fn checked_mul(self, o: Rational) -> Option<Rational> {
        if self.den == 1 && o.den == 1 {
            return Some(Rational { num: self.num.checked_mul(o.num)?, den: 1 });
        }
        // Cancelling across first leaves the product in lowest terms.
        let g1 = gcd(self.numer(), o.denom()).max(1);
        let g2 = gcd(o.numer(), self.denom()).max(1);
        let num = div(self.numer(), g1) * div(o.numer(), g2);
        let den = div(self.denom(), g2) * div(o.denom(), g1);
        Some(Rational { num: i64::try_from(num).ok()?, den: i64::try_from(den).ok()? })
    }

    /// The quotient, or `None` on overflow or division by zero.
    #[inline(never)]
    pub fn checked_div(self, o: Rational) -> Option<Rational> {
        if o.num == 0 {
            return None;
        }
        self.checked_mul(Rational::new(o.denom(), o.numer())?)
    }

    /// The negation, or `None` on overflow.
    pub fn checked_neg(self) -> Option<Rational> {
        Some(Rational { num: self.num.checked_neg()?, den: self.den })
    }

    /// The absolute value, or `None` on overflow.
    pub fn checked_abs(self) -> Option<Rational> {
        if self.num < 0 {
            self.checked_neg()
        } else {
            Some(self)
        }
    }

    /// The nearest `f64`, for display and JSON only.
    pub fn to_f64(self) -> f64 {
        self.num as f64 / self.den as f64
    }

    /// Whether `self × 10^digits` is a whole number: the value has at most `digits` decimals.
    pub fn has_at_most_decimals(self, digits: u32) -> bool {
        match ten_to(digits) {
            Some(p) => p % self.denom() == 0,
            None => true,
        }
    }

    /// The number of decimal places needed to write the value exactly, if it is a finite decimal.
    pub fn decimal_places(self) -> Option<u32> {
        (0..=30).find(|&d| self.has_at_most_decimals(d))
    }

    /// The value rounded half away from zero to `places` decimals and written out in full, with
    /// a minus sign unless it rounds to zero: -1234.5 at two places is "-1234.50". Exact, with
    /// no float on the way (the float formatting code would also be a large part of the
    /// browser build); when `10^places` times the value does not fit in 128 bits, which only
    /// values far beyond prose reach, it is written with as many decimals as do fit.
    #[inline(never)]
    pub fn to_fixed(self, places: u32) -> String {
        let den = self.den as u128;
        let num = self.numer();
        let mut places = places;
        let scaled = loop {
            let n = ten_to(places).and_then(|p| num.unsigned_abs().checked_mul(p as u128));
            // Adding half the denominator rounds half away from zero; at 0 places it cannot
            // overflow (|num| <= 2^63 and den / 2 < 2^62).
            match n.and_then(|n| n.checked_add(den / 2)) {
                Some(n) => break n / den,
                None if places > 0 => places -= 1,
                None => break num.unsigned_abs() / den,
            }
        };
        let places = places as usize;
        let digits = digits(scaled, places + 1);
        let (int, frac) = digits.split_at(digits.len() - places);
        let sign = if self.num < 0 && scaled != 0 { "-" } else { "" };
        if frac.is_empty() {
            format!("{sign}{int}")
        } else {
            format!("{sign}{int}.{frac}")
        }
    }
}

/// The decimal digits of `n`, zeros in front up to `width`: what `format!("{n:0>width$}")`
/// writes, without core's formatting of 128-bit integers, which would otherwise be linked into
/// the browser's wasm for this alone (with the JSON writer's integers).
pub fn digits(n: u128, width: usize) -> String {
    let (mut n, mut out) = (n, Vec::new());
    while n > 0 || out.len() < width.max(1) {
        out.push(b'0' + (n % 10) as u8);
        n /= 10;
    }
    out.iter().rev().map(|&d| d as char).collect()
}

/// `n` in decimal, as `n.to_string()` writes it (see [`digits`]).
pub fn int_text(n: i128) -> String {
    let digits = digits(n.unsigned_abs(), 1);
    if n < 0 {
        format!("-{digits}")
    } else {
        digits
    }
}

impl PartialOrd for Rational {
    fn partial_cmp(&self, other: &Rational) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Rational {
    #[inline(never)]
    fn cmp(&self, other: &Rational) -> Ordering {
        // Products of two 64-bit parts cannot overflow 128 bits.
        (self.numer() * other.denom()).cmp(&(other.numer() * self.denom()))
    }
}

impl fmt::Display for Rational {
    /// Writes the value as a plain decimal when it is one (trimming nothing it needs), and to
    /// six decimal places otherwise.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let exact = self.decimal_places().filter(|&p| p <= 12);
        let s = self.to_fixed(exact.unwrap_or(6));
        let s = if exact.is_none() && s.contains('.') { s.trim_end_matches('0').trim_end_matches('.') } else { &s };
        f.write_str(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(n: i128, d: i128) -> Rational {
        Rational::new(n, d).unwrap()
    }

    #[test]
    fn digits_are_what_format_writes() {
        let mut n = 1u128;
        for _ in 0..39 {
            for v in [n - 1, n, n + 1, n / 3 * 7, u128::MAX / n] {
                for width in [0, 1, 2, 5, 20, 45] {
                    assert_eq!(digits(v, width), format!("{v:0>width$}"), "{v} at width {width}");
                }
            }
            n = n.saturating_mul(10);
        }
        assert_eq!(digits(u128::MAX, 1), u128::MAX.to_string());
        for n in [0, 1, -1, 9, -10, 2024, -2024, i128::MAX, i128::MIN, i128::MIN + 1] {
            assert_eq!(int_text(n), n.to_string());
        }
    }

    #[test]
    fn arithmetic_is_exact() {
        assert_eq!(r(1, 3).checked_add(r(1, 6)), Some(r(1, 2)));
        assert_eq!(r(2, 3).checked_mul(r(3, 4)), Some(r(1, 2)));
        assert_eq!(r(1, 2).checked_div(r(1, 4)), Some(Rational::int(2)));
        assert_eq!(Rational::decimal(12345, 2), Some(r(2469, 20)));
        assert_eq!(r(1, 2).checked_div(Rational::ZERO), None);
    }

    #[test]
    fn overflow_is_none_not_a_panic() {
        let big = Rational::int(i64::MAX);
        assert_eq!(big.checked_add(Rational::ONE), None);
        assert_eq!(big.checked_mul(Rational::int(2)), None);
        assert_eq!(Rational::int(i64::MIN).checked_neg(), None);
        assert_eq!(r(1, 3).checked_add(r(i64::MAX as i128, 2)), None);
        // A value past 64 bits is refused, not wrapped.
        assert_eq!(Rational::new(i64::MAX as i128 + 1, 1), None);
        assert_eq!(Rational::decimal(12_345_678_901_234_567_890_123, 2), None);
        assert_eq!(Rational::pow10(19), None);
    }

    #[test]
    fn displays_as_plain_decimals() {
        assert_eq!(r(2469, 20).to_string(), "123.45");
        assert_eq!(Rational::int(-5).to_string(), "-5");
        assert_eq!(r(1, 3).to_string(), "0.333333");
        assert_eq!(r(2, 3).to_string(), "0.666667");
        assert_eq!(r(1, 20).to_string(), "0.05");
    }

    #[test]
    fn lowest_terms_beyond_64_bits() {
        // Parts past 64 bits are fine when the value in lowest terms fits.
        let big = 3 * (1i128 << 80);
        assert_eq!(r(big, 6 * (1i128 << 70)), r(1 << 10, 2));
        assert_eq!(r(i64::MAX as i128, 3).checked_mul(r(3, i64::MAX as i128)), Some(Rational::ONE));
        assert_eq!(r(10, -4), r(-5, 2));
        assert_eq!(Rational::pow10(-3), Some(r(1, 1000)));
        assert_eq!(Rational::decimal(-250, 2), Some(r(-5, 2)));
        assert_eq!(r(i64::MIN as i128, 2).numer(), i64::MIN as i128 / 2);
    }

    #[test]
    fn writes_fixed_decimals_exactly() {
        assert_eq!(r(-24691, 20).to_fixed(2), "-1234.55");
        assert_eq!(r(2469, 20).to_fixed(1), "123.5");
        assert_eq!(r(-1, 3).to_fixed(0), "0");
        assert_eq!(r(-2, 3).to_fixed(0), "-1");
        assert_eq!(r(1, 20).to_fixed(3), "0.050");
        assert_eq!(r(5, 2).to_fixed(0), "3");
        // Past what a float holds exactly: every digit is still the value's own.
        assert_eq!(Rational::int(1_234_567_890_123_456_789).to_fixed(2), "1234567890123456789.00");
        // 10^places times the value does not fit: fewer decimals, never a float.
        assert_eq!(r(i64::MAX as i128, 2).to_fixed(30), "4611686018427387903.5000000000000000000");
        assert_eq!(r(-1, 3000000000).to_string(), "0");
    }

    #[test]
    fn orders_by_value() {
        assert!(r(1, 3) < r(1, 2));
        assert!(r(i64::MAX as i128 - 1, i64::MAX as i128) < Rational::ONE);
        assert!(Rational::int(i64::MIN) < r(i64::MIN as i128 + 1, 1));
        assert!(r(-1, 2) < Rational::ZERO);
    }
}
