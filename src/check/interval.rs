//! Intervals of exact values: what a stated number can really be, given the precision the
//! text implies and its hedges. A relation holds if some value in each interval makes it hold.

use crate::number::{HedgeKind, Kind, Number, Rational};

/// A closed interval `[lo, hi]`; `None` ends are unbounded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Interval {
    pub lo: Option<Rational>,
    pub hi: Option<Rational>,
}

/// Applies a checked operation to a bound: an unbounded end stays unbounded (`Some(None)`),
/// an overflow is `None`.
fn map_bound(b: Option<Rational>, f: impl Fn(Rational) -> Option<Rational>) -> Option<Option<Rational>> {
    match b {
        None => Some(None),
        Some(v) => f(v).map(Some),
    }
}

fn r(n: i128, d: i128) -> Rational {
    Rational::new(n, d).unwrap_or(Rational::ZERO)
}

// Not inlined, like `Rational`'s arithmetic, for the size of the browser's wasm.
impl Interval {
    /// The single value `v`.
    #[inline(never)]
    pub fn exact(v: Rational) -> Interval {
        Interval { lo: Some(v), hi: Some(v) }
    }

    /// `[lo, hi]`.
    #[inline(never)]
    pub fn between(lo: Rational, hi: Rational) -> Interval {
        if lo <= hi {
            Interval { lo: Some(lo), hi: Some(hi) }
        } else {
            Interval { lo: Some(hi), hi: Some(lo) }
        }
    }

    /// `v ± half`.
    #[inline(never)]
    pub fn around(v: Rational, half: Rational) -> Option<Interval> {
        Some(Interval::between(v.checked_sub(half)?, v.checked_add(half)?))
    }

    /// What the text allows the number to be: its value widened by half its rounding step,
    /// then moved by its hedge. Counts stated to the unit are exact.
    #[inline(never)]
    pub fn of(n: &Number) -> Option<Interval> {
        let v = n.value;
        let whole_count = n.kind == Kind::Count && n.step == Rational::ONE && v.is_integer();
        let half = if whole_count { Rational::ZERO } else { n.step.checked_mul(r(1, 2))? };
        let stated = Interval::around(v, half)?;
        let Some(hedge) = n.hedge else { return Some(stated) };
        let abs = v.checked_abs()?;
        Some(match hedge.kind {
            // "about" allows a twentieth either side, or the rounding if that is wider: "about
            // 53" for 52.7 holds, "some 520" for 602 does not.
            HedgeKind::About => {
                let mut spread = abs.checked_mul(r(1, 20))?.max(half);
                // Shares are hedged in points: "about 60%" reads as 55-65%, "about 10%" as 8-12%.
                if n.kind == Kind::Percent {
                    spread = spread.max(Rational::int(5).min(abs.checked_mul(r(1, 5))?));
                }
                Interval::around(v, spread)?
            }
            // "nearly 500" is a little under 500: up to a tenth below.
            // A bound is the stated value itself: "more than 1,000" excludes 990 however round
            // 1,000 looks.
            HedgeKind::Nearly => Interval::between(v.checked_sub(abs.checked_mul(r(1, 10))?)?, v),
            HedgeKind::LessThan | HedgeKind::AtMost => Interval { lo: None, hi: Some(v) },
            HedgeKind::MoreThan | HedgeKind::AtLeast => Interval { lo: Some(v), hi: None },
        })
    }

    /// What the text allows an *input* of a relation to be: like [`Interval::of`], except that
    /// a whole number written without a decimal point ("4,000", "£2m", "nine hundred") and
    /// without a hedge is taken as the figure the writer worked from, not as a rounding of some
    /// other figure. The value a relation claims keeps its rounding; its inputs are given.
    /// `text` is the number's own text.
    #[inline(never)]
    pub fn given(n: &Number, text: &str) -> Option<Interval> {
        if n.hedge.is_none() && n.value.is_integer() && n.step >= Rational::ONE && !text.contains('.') {
            return Some(Interval::exact(n.value));
        }
        Interval::of(n)
    }

    /// Whether `v` lies inside.
    #[inline(never)]
    pub fn contains(&self, v: Rational) -> bool {
        self.lo.is_none_or(|lo| lo <= v) && self.hi.is_none_or(|hi| v <= hi)
    }

    /// Whether the two intervals share a value.
    #[inline(never)]
    pub fn meets(&self, o: &Interval) -> bool {
        let lo_ok = match (self.lo, o.hi) {
            (Some(a), Some(b)) => a <= b,
            _ => true,
        };
        let hi_ok = match (self.hi, o.lo) {
            (Some(a), Some(b)) => b <= a,
            _ => true,
        };
        lo_ok && hi_ok
    }

    /// The sum of two intervals.
    #[inline(never)]
    pub fn add(&self, o: &Interval) -> Option<Interval> {
        let lo = match (self.lo, o.lo) {
            (Some(a), Some(b)) => Some(a.checked_add(b)?),
            _ => None,
        };
        let hi = match (self.hi, o.hi) {
            (Some(a), Some(b)) => Some(a.checked_add(b)?),
            _ => None,
        };
        Some(Interval { lo, hi })
    }

    /// The negation.
    #[inline(never)]
    pub fn neg(&self) -> Option<Interval> {
        Some(Interval {
            lo: map_bound(self.hi, Rational::checked_neg)?,
            hi: map_bound(self.lo, Rational::checked_neg)?,
        })
    }

    /// The difference `self − o`.
    #[inline(never)]
    pub fn sub(&self, o: &Interval) -> Option<Interval> {
        self.add(&o.neg()?)
    }

    /// Both ends, when bounded.
    fn bounds(&self) -> Option<(Rational, Rational)> {
        Some((self.lo?, self.hi?))
    }

    /// The product; both intervals must be bounded.
    #[inline(never)]
    pub fn mul(&self, o: &Interval) -> Option<Interval> {
        let (a, b) = self.bounds()?;
        let (c, d) = o.bounds()?;
        let products = [a.checked_mul(c)?, a.checked_mul(d)?, b.checked_mul(c)?, b.checked_mul(d)?];
        let lo = *products.iter().min()?;
        let hi = *products.iter().max()?;
        Some(Interval::between(lo, hi))
    }

    /// The quotient; both bounded and the divisor strictly positive.
    #[inline(never)]
    pub fn div(&self, o: &Interval) -> Option<Interval> {
        let (c, d) = o.bounds()?;
        if c <= Rational::ZERO {
            return None;
        }
        let inv = Interval::between(Rational::ONE.checked_div(d)?, Rational::ONE.checked_div(c)?);
        self.mul(&inv)
    }

    /// Scales by an exact factor.
    #[inline(never)]
    pub fn scale(&self, k: Rational) -> Option<Interval> {
        let f = |x: Option<Rational>| map_bound(x, |v| v.checked_mul(k));
        let (lo, hi) = (f(self.lo)?, f(self.hi)?);
        Some(if k.is_negative() { Interval { lo: hi, hi: lo } } else { Interval { lo, hi } })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(text: &str) -> Number {
        crate::number::find(text).remove(0)
    }

    #[test]
    fn precision_and_hedges_widen() {
        let exact = Interval::of(&n("48,210 people")).unwrap();
        assert_eq!(exact, Interval::exact(Rational::int(48210)));
        let rounded = Interval::of(&n("52,000 people")).unwrap();
        assert!(rounded.contains(Rational::int(51_600)) && !rounded.contains(Rational::int(52_600)));
        let about = Interval::of(&n("about 53 per boat")).unwrap();
        assert!(about.contains(Rational::new(369, 7).unwrap()));
        let more = Interval::of(&n("more than 1,000 cars")).unwrap();
        assert!(more.contains(Rational::int(1040)) && !more.contains(Rational::int(990)));
    }

    #[test]
    fn arithmetic_on_intervals() {
        let a = Interval::between(Rational::int(1), Rational::int(2));
        let b = Interval::between(Rational::int(3), Rational::int(5));
        assert_eq!(a.add(&b), Some(Interval::between(Rational::int(4), Rational::int(7))));
        assert_eq!(b.sub(&a), Some(Interval::between(Rational::int(1), Rational::int(4))));
        assert_eq!(a.mul(&b), Some(Interval::between(Rational::int(3), Rational::int(10))));
        assert!(b.div(&a).unwrap().contains(Rational::new(3, 2).unwrap()));
    }
}
