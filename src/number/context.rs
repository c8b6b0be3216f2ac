//! Relations between neighbouring numbers that change what each one is: ranges ("20–25",
//! "between 20 and 25"), scores ("won 3-1"), ratios ("one in five", "3 out of 10") and year
//! spans ("2020-21"). One pass over the numbers, looking only at the tokens between two
//! neighbours, so it stays linear.

use super::parse::{Found, Parser};
use super::rational::Rational;
use super::{Kind, Number, RangeEnd};

/// Applies the relations and returns the final numbers.
pub fn relate(p: &Parser, found: Vec<Found>) -> Vec<Number> {
    // Ratios merge two numbers into one, so they are read while building a new list.
    let mut merged: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        if let Some(r) = merged.last().and_then(|prev| ratio(p, prev, &f)) {
            *merged.last_mut().expect("checked above") = r;
        } else {
            merged.push(f);
        }
    }
    let mut found = merged;
    for k in 0..found.len().saturating_sub(1) {
        let (a, b) = (&found[k], &found[k + 1]);
        let gap = a.last..b.first;
        if gap.len() == 1 && p.is_dash(a.last) && p.glued(a.last) && p.glued(b.first) {
            dash_pair(p, &mut found, k);
        } else if gap.len() == 1 {
            let between = p.is(a.last, "and") && a.first > 0 && p.is(a.first - 1, "between");
            let to = (p.is(a.last, "to") || p.sym(a.last, '~')) && to_is_range(p, a, b);
            if between || to {
                make_range(&mut found, k);
            }
        }
    }
    let mut numbers: Vec<Number> = found.into_iter().map(|f| f.number).collect();
    // A score folds its second half into the first; drop the copy.
    numbers.dedup_by(|next, prev| next.span == prev.span && next.kind == Kind::Score);
    numbers
}

/// Whether "A to B" is a range rather than a change: "20 to 25 people" and "from 20 to 25
/// days" are ranges; "rose from 20 to 25" and "fell 3 to 17" are changes; after "by" it is a
/// range only when the ends are close ("rise by 4 to 6 per cent", not "down by 3 to 17").
fn to_is_range(p: &Parser, a: &Found, b: &Found) -> bool {
    let (x, y) = (&a.number, &b.number);
    // A range runs upwards between two numbers of one kind ("20 to 25%" lends the low end its
    // percent sign); "from 8,420 to 7,360", "tripled to 690" and "5% to £1,050" are changes.
    let same_kind = x.kind == y.kind || (x.kind == Kind::Count && x.unit.is_none());
    if !same_kind || x.kind == Kind::Multiplier || x.value >= y.value {
        return false;
    }
    let Some(before) = a.first.checked_sub(1) else { return true };
    let changed = |k: usize| p.info(k).is_some_and(|w| w.change) && !p.is(k, "from") && !p.is(k, "by");
    if p.is(before, "from") {
        return !(1..=8).any(|d| before >= d && changed(before - d));
    }
    if p.is(before, "by") {
        let (x, y) = (a.number.value, b.number.value);
        return x < y && y.checked_sub(x).is_some_and(|gap| gap <= x);
    }
    // "taking it past 12,000 to 12,150": a bound passed, then the figure reached.
    !changed(before) && !p.is(before, "past")
}

/// "3-1" after "won" is a score; "2009-2021" and "2020-21" are years; "20-25" is a range.
fn dash_pair(p: &Parser, found: &mut [Found], k: usize) {
    let (a, b) = (&found[k].number, &found[k + 1].number);
    // A score takes two numbers; in "3-1-1" the second half, already folded into "3-1", does not
    // start another, whose span would overlap it.
    if a.kind == Kind::Score {
        return;
    }
    if a.kind == Kind::Year && (b.kind == Kind::Year || b.kind == Kind::Count) {
        let short = p.text(found[k + 1].first).len() == 2;
        if b.kind == Kind::Year || short {
            found[k + 1].number.kind = Kind::Year;
            found[k + 1].number.step = Rational::ZERO;
            make_range(found, k);
        }
        return;
    }
    // A single number word counts as bare here: "two-nil" and "three-one" are results as
    // "3-1" is.
    let word = |f: &Found| {
        f.number.in_words && f.number.kind == Kind::Count && f.last == f.first + 1 && f.number.value.is_integer()
    };
    let plain = (found[k].bare && found[k + 1].bare) || (word(&found[k]) && word(&found[k + 1]));
    if !plain {
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

/// "one in five", "3 in 10", "one over three": a ratio when the first is the smaller, with
/// nothing counted between them.
fn ratio(p: &Parser, a: &Found, b: &Found) -> Option<Found> {
    let gap = a.last..b.first;
    // "12 out of 40" stays two counts, each of which a share check can use; "one in five" is
    // one ratio.
    if gap.len() != 1 || !(p.is(a.last, "in") || p.is(a.last, "over")) {
        return None;
    }
    // "one over three" is a fraction; "£2,000 over 3 years" is not.
    if p.is(a.last, "over") && (b.number.unit.is_some() || a.number.unit.is_some()) {
        return None;
    }
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
    if !x.value.is_integer() || x.value.numer() <= 0 || x.value >= y.value {
        return None;
    }
    let value = x.value.checked_div(y.value)?;
    let mut n = Number::new(x.span.to(y.span), value, Kind::Fraction, Rational::ZERO);
    n.hedge = x.hedge;
    n.unit = y.unit.clone();
    n.noun = y.noun.clone();
    n.in_words = x.in_words;
    Some(Found { number: n, first: a.first, last: b.last, scale: None, bare: false })
}
