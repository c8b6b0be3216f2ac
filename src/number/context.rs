//! Relations between neighbouring numbers that change what each one is: ranges ("20–25",
//! "between 20 and 25"), scores ("won 3-1"), ratios ("one in five", "3 out of 10") and year
//! spans ("2020-21"). One pass over the numbers, looking only at the tokens between two
//! neighbours, so it stays linear.

use super::parse::{Found, Parser};
use super::rational::Rational;
use super::{Kind, Number, RangeEnd};

/// Applies the relations and returns the final numbers.
pub fn relate(p: &Parser, mut found: Vec<Found>) -> Vec<Number> {
    let mut k = 0;
    while k + 1 < found.len() {
        let (a, b) = (&found[k], &found[k + 1]);
        let gap = a.last..b.first;
        if let Some(merged) = ratio(p, a, b) {
            found[k] = merged;
            found.remove(k + 1);
            continue;
        }
        if gap.len() == 1 && p.is_dash(a.last) && p.glued(a.last) && p.glued(b.first) {
            dash_pair(p, &mut found, k);
        } else if (gap.len() == 1 && (p.is(a.last, "to") || p.sym(a.last, '~')))
            || (gap.len() == 1 && p.is(a.last, "and") && a.first > 0 && p.is(a.first - 1, "between"))
        {
            let change = a.first > 0 && (1..=3).any(|d| a.first >= d && p.info(a.first - d).is_some_and(|w| w.change));
            if !change || p.is(a.last, "and") {
                make_range(&mut found, k);
            }
        }
        k += 1;
    }
    // A range keeps each end's own number, but the scale, currency and percent sign written
    // once at the end belong to both: "£2-3m", "20 to 25%".
    found.into_iter().map(|f| f.number).collect()
}

/// "3-1" after "won" is a score; "2009-2021" and "2020-21" are years; "20-25" is a range.
fn dash_pair(p: &Parser, found: &mut [Found], k: usize) {
    let (a, b) = (&found[k].number, &found[k + 1].number);
    if a.kind == Kind::Year && (b.kind == Kind::Year || b.kind == Kind::Count) {
        let short = p.text(found[k + 1].first).len() == 2;
        if b.kind == Kind::Year || short {
            found[k + 1].number.kind = Kind::Year;
            found[k + 1].number.step = Rational::ZERO;
            make_range(found, k);
        }
        return;
    }
    if !found[k].bare || !found[k + 1].bare {
        if a.kind.is_quantity() && b.kind.is_quantity() {
            make_range(found, k);
        }
        return;
    }
    let near_score_word = (1..=3).any(|d| found[k].first >= d && p.info(found[k].first - d).is_some_and(|w| w.score))
        || p.info(found[k + 1].last).is_some_and(|w| w.score);
    let descending = a.value >= b.value && a.value.numer() <= 20;
    if near_score_word || descending {
        let span = a.span.to(b.span);
        let mut score = Number::new(span, a.value, Kind::Score, Rational::ZERO);
        score.unit = None;
        found[k].number = score;
        found[k].last = found[k + 1].last;
        // The second half is folded into the first; mark it so the caller drops it.
        found[k + 1].number.kind = Kind::Score;
        found[k + 1].number.span = span;
        found[k + 1].first = found[k].first;
    } else {
        make_range(found, k);
    }
}

/// Marks two numbers as the ends of one range and shares what the high end carries.
fn make_range(found: &mut [Found], k: usize) {
    if !found[k].number.kind.is_quantity() && found[k].number.kind != Kind::Year {
        return;
    }
    let high = found[k + 1].number.clone();
    let low_scale = found[k].scale;
    let low = &mut found[k].number;
    low.range = Some(RangeEnd::Low);
    if low.kind == Kind::Count && high.kind != Kind::Count && high.kind.is_quantity() {
        low.kind = high.kind;
        low.currency = low.currency.or(high.currency);
        low.minor_units = high.minor_units;
    }
    if low_scale.is_none() {
        if let Some(scale) = found[k + 1].scale {
            let low = &mut found[k].number;
            if let (Some(v), Some(s)) = (low.value.checked_mul(scale), low.step.checked_mul(scale)) {
                // "2-3m" means two million; "2 to 300 million" is not a shape prose uses.
                if v < high.value {
                    low.value = v;
                    low.step = s;
                }
            }
        }
    }
    let low = &mut found[k].number;
    if low.unit.is_none() {
        low.unit = high.unit.clone();
    }
    if low.noun.is_none() {
        low.noun = high.noun.clone();
    }
    let high_currency = found[k + 1].number.currency.or(found[k].number.currency);
    let low_is_money = found[k].number.kind == Kind::Money;
    let high_mut = &mut found[k + 1].number;
    high_mut.range = Some(RangeEnd::High);
    if high_mut.kind == Kind::Count && low_is_money {
        high_mut.kind = Kind::Money;
        high_mut.currency = high_currency;
    }
}

/// "one in five", "3 in 10", "four out of five": a ratio when the first is the smaller and
/// the second a small or round denominator with nothing counted between them.
fn ratio(p: &Parser, a: &Found, b: &Found) -> Option<Found> {
    let gap = a.last..b.first;
    let word = match gap.len() {
        1 if p.is(a.last, "in") => "in",
        2 if p.is(a.last, "out") && p.is(a.last + 1, "of") => "out of",
        _ => return None,
    };
    let (x, y) = (&a.number, &b.number);
    let plain = |n: &Number| {
        n.kind == Kind::Count
            && n.value.is_integer()
            && n.currency.is_none()
            && n.unit.as_deref().is_none_or(|u| u == n.noun.as_deref().unwrap_or(u))
    };
    if !plain(x)
        || !(plain(y) || y.kind == Kind::Year && p.text(b.first).len() < 4)
        || x.unit.is_some() && x.unit != y.unit
    {
        return None;
    }
    let den = y.value.numer();
    let small = (2..=10).contains(&den) || [20, 25, 50, 100, 1000].contains(&den);
    if !small || x.value.numer() <= 0 || x.value.numer() >= den {
        return None;
    }
    let _ = word;
    let value = x.value.checked_div(y.value)?;
    let mut n = Number::new(x.span.to(y.span), value, Kind::Fraction, Rational::ZERO);
    n.hedge = x.hedge;
    n.unit = y.unit.clone();
    n.noun = y.noun.clone();
    n.in_words = x.in_words;
    Some(Found { number: n, first: a.first, last: b.last, scale: None, bare: false })
}

/// Drops the halves that [`dash_pair`] folded into a score.
pub fn drop_folded(numbers: &mut Vec<Number>) {
    numbers.dedup_by(|next, prev| next.span == prev.span && next.kind == Kind::Score);
}
