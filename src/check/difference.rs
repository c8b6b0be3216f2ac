//! **difference**: a stated gap between two stated figures, B − A = ±X, with the direction the
//! wording gives.
//!
//! Matches, within a sentence (X the difference, A the earlier or reference figure, B the other):
//! "B, X short of / more than / fewer than / below / above A", "B, up/down X on/from A",
//! "up X from A to B", "from A to B, an increase of X", "fell by X to B, down from A",
//! "a fall of X on last year's A left B", "last year's A fell by X to B", "a gap of X between A
//! and B", and "B, an increase of X" or "B. That was X short of A" across adjacent sentences
//! when the other figure is clearly the earlier one ("last year's A"). Counts, money (pence and
//! pounds alike) and percentage points between percentages; a percentage change belongs to the
//! change rule. Decides with intervals: a rise must be positive, a fall negative, a gap either.
//! Examples:
//! - "The total was 36,734, just 82 short of 36,816" ✓ (36,816 − 36,734 = 82)
//! - "Turnout was 48,210, up 252 on 47,985" ✗: 48,210 − 47,985 is 225, not 252
//! - "Cases fell 120 from 3,400 to 3,520" ✗: 3,520 − 3,400 is a rise of 120, not a fall
//! - "Of the 300 staff, 40 over 60 retired" is no difference (an age, not a gap).

use std::sync::LazyLock;

use regex::Regex;

use super::{explain, finding, Context, Interval, Rule};
use crate::number::{Direction, Kind, Rational};
use crate::report::Finding;

/// The rule.
pub struct Difference;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Dir {
    Up,
    Down,
    Either,
}

/// A relation found: `new − old = ±delta`.
struct Rel {
    delta: usize,
    old: usize,
    new: usize,
    dir: Dir,
    /// The comparison word before `old` is the relation's wording, not a hedge ("82 below 36,816").
    compared: bool,
}

fn re(p: &str) -> Regex {
    Regex::new(p).unwrap_or_else(|_| Regex::new("$^").expect("the empty pattern compiles"))
}

/// A word of change at the end of the text before the difference: "up", "a fall of", "rose by".
static DIR_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[^a-z])(up|down|rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|increased|increase|increases|increasing|decreased|decrease|decreases|decreasing|grew|growth|dropped|drop|drops|dropping|climbed|climb|declined|decline|jumped|jump|slipped|gained|gain|gains|lost|loss|added|adding|shed|reduction|reduced|improvement|improved|slumped|surged|boost|shortfall|deficit|gap|difference|margin)(?: of| by)? *$",
    )
});
/// "X [noun] more than A", "X short of A", "X below the A": a comparison straight after X.
static COMPARE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^ *(?:(?P<cmp>more|fewer|less|higher|lower|greater|larger|bigger|smaller)(?: [a-z]+){0,3} than|(?P<near>short of|shy of|up on|down on)|(?P<prep>above|over|below|under|ahead of|behind) (?:the|its|their|a|an|this|last|his|her|our))(?: [a-z0-9'-]+){0,5} *$",
    )
});
/// "X [noun] on / from / compared with A": the figure the change is measured from.
static FROM: LazyLock<Regex> =
    LazyLock::new(|| re(r"^ *(?:[a-z]+ ){0,2}?(?:on|from|compared with|compared to|against)(?: [a-z0-9'-]+){0,5} *$"));
/// "A [in 2022] to B", "A left B": the figure the change arrives at.
static TO: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^ *(?:[a-z0-9'-]+ ){0,3}?(?:to|at|leaving|left|reaching|giving|making)(?: [a-z'-]+){0,2} *$")
});
/// "B, down from A", "B from A".
static BACK_FROM: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^ *(?:[a-z]+ ){0,3}?,? *(?:up |down )?(?:from|compared with|compared to|against)(?: [a-z0-9'-]+){0,5} *$")
});
/// "X between A and B" (A and B a range).
static BETWEEN: LazyLock<Regex> = LazyLock::new(|| re(r"^ *(?:[a-z]+ ){0,3}?between(?: [a-z'-]+){0,3} *$"));
/// Marks a figure as the earlier one: "last year's", "from", "a year earlier".
static OLD_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[^a-z])(?:from|last [a-z]+'s|the previous [a-z]+'s|the previous|previous|prior|a year earlier|yesterday's)(?: [a-z'-]+)? *$|^ *(?:last (?:year|season|month|week)|a year (?:ago|earlier)|in (?:19|20)[0-9][0-9])[^a-z]",
    )
});
static OLD_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^ *(?:[a-z'-]+ ){0,3}?(?:last year|last season|last month|a year (?:earlier|before|ago)|the (?:year|month) before|the previous|in the previous|previously|in (?:19|20)[0-9][0-9])",
    )
});
/// "Of the 300 staff, 40 ...": a whole and a part, not two figures compared.
static WHOLE: LazyLock<Regex> = LazyLock::new(|| re(r"(?:^|[,;:] *)(?:of|out of|among)(?: the| its| their| all)? *$"));
/// "A and B, a margin of X".
static VERSUS: LazyLock<Regex> =
    LazyLock::new(|| re(r"^ *(?:[a-z'-]+ ){0,4}?(?:and|against|versus|vs)(?: [a-z'-]+){0,3} *$"));
/// "That was X short of A": the first figure is the previous sentence's last.
static PRONOUN: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^ *(?:that|this|it|which|the (?:figure|total|sum|tally|result|amount|number))(?: [a-z'-]+){0,4} *$")
});

/// Lower-cases and straightens apostrophes, so patterns stay ASCII.
fn low(s: &str) -> String {
    s.to_lowercase().replace(['’', '‘'], "'")
}

/// Whether the text between two figures of one relation is one clause: no other clause starts.
fn one_clause(s: &str) -> bool {
    let s = low(s);
    s.len() <= 60
        && !s.contains(';')
        && !s.chars().any(|c| c.is_ascii_digit())
        && ![" and ", " but ", " while ", " whereas ", " although ", " which ", " compared"]
            .iter()
            .any(|w| s.contains(w))
}

fn apposed(s: &str) -> bool {
    s.contains([',', '(', '—', '–']) || s.contains(" - ")
}

fn dir_of(tail: &str) -> Option<Dir> {
    let w = DIR_TAIL.captures(tail)?.get(1)?.as_str();
    Some(match w {
        "gap" | "difference" | "margin" => Dir::Either,
        w if [
            "down", "fell", "fall", "drop", "decl", "decr", "slip", "lost", "loss", "shed", "reduc", "slump", "short",
            "defic",
        ]
        .iter()
        .any(|p| w.starts_with(p)) =>
        {
            Dir::Down
        }
        _ => Dir::Up,
    })
}

fn dir_word(s: &str) -> Dir {
    let s = low(s);
    let down = ["fewer", "less", "lower", "smaller", "short", "shy", "down", "below", "under", "behind"];
    if down.iter().any(|w| s.contains(w)) {
        Dir::Down
    } else {
        Dir::Up
    }
}

/// The text before number `i` in its sentence, up to its hedge, lower case.
fn lead(cx: &Context, i: usize) -> String {
    let n = &cx.numbers[i];
    let s = cx.sentences[cx.sentence_of[i]];
    let end = n.hedge.map_or(n.span.start, |h| h.span.start.min(n.span.start));
    low(cx.text.get(s.start..end).unwrap_or(""))
}

fn is_old(cx: &Context, i: usize) -> bool {
    OLD_BEFORE.is_match(&lead(cx, i)) || OLD_AFTER.is_match(&low(cx.after(i)))
}

/// Whether the figures can take part: counts with counts, money in one currency, percentage
/// points between percentages.
fn fits(cx: &Context, r: &Rel) -> bool {
    let (d, a, b) = (&cx.numbers[r.delta], &cx.numbers[r.old], &cx.numbers[r.new]);
    match d.kind {
        Kind::Count => a.kind == Kind::Count && b.kind == Kind::Count,
        Kind::Money => [a, b].iter().all(|n| n.kind == Kind::Money && n.currency == d.currency),
        Kind::PercentagePoints => a.kind == Kind::Percent && b.kind == Kind::Percent,
        _ => false,
    }
}

/// The interval of number `i` in major units, without its hedge when that is the relation's
/// own wording.
fn value_of(cx: &Context, i: usize, drop_hedge: bool) -> Option<Interval> {
    let mut n = cx.numbers[i].clone();
    if drop_hedge && n.hedge.is_some_and(|h| h.kind.direction() != Direction::Either) {
        n.hedge = None;
    }
    Interval::of(&n)?.scale(Rational::new(1, n.minor_units.max(1) as i128)?)
}

fn major(cx: &Context, i: usize) -> Option<Rational> {
    cx.numbers[i].value.checked_div(Rational::int(cx.numbers[i].minor_units.max(1) as i128))
}

/// Finds the relation in which the candidate at position `p` of `c` is the difference.
fn relation(cx: &Context, c: &[usize], p: usize) -> Option<Rel> {
    let x = c[p];
    let (prev, next, next2) = (p.checked_sub(1).map(|q| c[q]), c.get(p + 1).copied(), c.get(p + 2).copied());
    let d = dir_of(&lead(cx, x));
    let rel = |old, new, dir| Some(Rel { delta: x, old, new, dir, compared: false });
    let gap = |i, j| low(cx.gap(i, j));
    // "B, X more than A", "B, up X on A"; B may end the sentence before ("That was X short of A").
    let first = prev.or_else(|| {
        let s = cx.sentence_of[x].checked_sub(1)?;
        let last = cx.numbers_in[s].clone().rev().find(|&b| cx.usable(b))?;
        PRONOUN.is_match(&lead(cx, x)).then_some(last)
    });
    if let (Some(b), Some(a)) = (first, next) {
        let apposition = prev.is_none() || (one_clause(cx.gap(b, x)) && !WHOLE.is_match(&lead(cx, b)));
        if apposition {
            if let Some(m) = COMPARE.captures(&gap(x, a)) {
                let word = m.name("cmp").or(m.name("near")).or(m.name("prep")).map_or("", |w| w.as_str());
                return Some(Rel { delta: x, old: a, new: b, dir: dir_word(word), compared: true });
            }
            if let Some(d) = d.filter(|_| apposed(cx.gap(b, x)) && FROM.is_match(&gap(x, a))) {
                return rel(a, b, d);
            }
        }
    }
    let d = d?;
    if let (Some(a), Some(b)) = (next, next2) {
        // "up X from A to B", "a fall of X on last year's A left B".
        if FROM.is_match(&gap(x, a)) && TO.is_match(&gap(a, b)) {
            return rel(a, b, d);
        }
        // "fell by X to B, down from A".
        if TO.is_match(&gap(x, a)) && BACK_FROM.is_match(&gap(a, b)) {
            return rel(b, a, d);
        }
    }
    // "last year's A fell by X to B".
    if let (Some(a), Some(b)) = (prev, next) {
        if is_old(cx, a) && one_clause(cx.gap(a, x)) && TO.is_match(&gap(x, b)) {
            return rel(a, b, d);
        }
    }
    // "from A to B, an increase of X", "A and B, a margin of X".
    if p >= 2 {
        let (a, b) = (c[p - 2], c[p - 1]);
        let from_to = lead(cx, a).trim_end().ends_with("from") && TO.is_match(&gap(a, b));
        let versus = d == Dir::Either && VERSUS.is_match(&gap(a, b));
        if apposed(cx.gap(b, x)) && one_clause(cx.gap(b, x)) && (from_to || versus) {
            return rel(a, b, d);
        }
    }
    // "B, an increase of X", with last year's A in this sentence or the one before.
    let b = prev.filter(|&b| apposed(cx.gap(b, x)) && one_clause(cx.gap(b, x)))?;
    if next.is_some_and(|a| FROM.is_match(&gap(x, a))) {
        return None;
    }
    let from = cx.numbers_in[cx.sentence_of[b].saturating_sub(1)].start.max(b.saturating_sub(8));
    let olds: Vec<usize> = (from..b).filter(|&a| cx.usable(a) && is_old(cx, a) && cx.comparable(a, b)).collect();
    match olds[..] {
        [a] => rel(a, b, d),
        _ => None,
    }
}

/// "a gap of X between A and B": A and B are read as a range, so they are found apart.
fn between(cx: &Context, x: usize) -> Option<Rel> {
    let (a, b) = (x + 1, x + 2);
    let ends = cx.numbers.get(a)?.range.is_some() && cx.numbers.get(b)?.range.is_some();
    let gap = dir_of(&lead(cx, x)) == Some(Dir::Either) && BETWEEN.is_match(&low(cx.gap(x, a)));
    (ends && gap && cx.sentence_of[b] == cx.sentence_of[x]).then_some(Rel {
        delta: x,
        old: a,
        new: b,
        dir: Dir::Either,
        compared: false,
    })
}

impl Rule for Difference {
    fn name(&self) -> &'static str {
        "difference"
    }

    fn description(&self) -> &'static str {
        "a stated difference between two stated figures: 36,734, just 82 short of 36,816"
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        for range in &cx.numbers_in {
            let c: Vec<usize> = range.clone().filter(|&i| cx.usable(i)).collect();
            for (p, &x) in c.iter().enumerate() {
                let found = relation(cx, &c, p).or_else(|| between(cx, x));
                if let Some(r) = found.filter(|r| fits(cx, r)) {
                    if let Some(f) = decide(cx, &r) {
                        out.push(f);
                    }
                }
            }
        }
    }
}

/// Decides `new − old = ±delta` over intervals and explains it.
fn decide(cx: &Context, r: &Rel) -> Option<Finding> {
    let (lo, hi) = (r.delta.min(r.old).min(r.new), r.delta.max(r.old).max(r.new));
    let diff = value_of(cx, r.new, false)?.sub(&value_of(cx, r.old, r.compared)?)?;
    let x = value_of(cx, r.delta, false)?;
    let up = diff.meets(&x);
    let down = diff.meets(&x.neg()?);
    let holds = match r.dir {
        Dir::Up => up,
        Dir::Down => down,
        Dir::Either => up || down,
    };
    let dn = &cx.numbers[r.delta];
    let to_delta_units = Rational::int(dn.minor_units.max(1) as i128);
    let exact = major(cx, r.new)?.checked_sub(major(cx, r.old)?)?.checked_mul(to_delta_units)?;
    let rising = exact > Rational::ZERO || (exact == Rational::ZERO && r.dir != Dir::Down);
    let (big, small) = if rising { (r.new, r.old) } else { (r.old, r.new) };
    let gap = exact.checked_abs()?;
    let lhs = format!("{} − {}", cx.text_of(big), cx.text_of(small));
    let stated = cx.text_of(r.delta);
    let message = if holds {
        if gap == dn.value {
            format!("{lhs} = {stated}")
        } else {
            format!("{lhs} = {}, consistent with {stated}", explain::like(gap, dn))
        }
    } else {
        let wrong_way = match r.dir {
            Dir::Up if exact < Rational::ZERO => ": a fall, not a rise",
            Dir::Down if exact > Rational::ZERO => ": a rise, not a fall",
            _ => "",
        };
        // Most often the difference is the figure mistyped; else the new figure would be old ± X.
        let step = major(cx, r.delta)?;
        let moved = if r.dir == Dir::Down || (r.dir == Dir::Either && !rising) {
            major(cx, r.old)?.checked_sub(step)?
        } else {
            major(cx, r.old)?.checked_add(step)?
        };
        let new_units = Rational::int(cx.numbers[r.new].minor_units.max(1) as i128);
        let would = explain::like(moved.checked_mul(new_units)?, &cx.numbers[r.new]);
        format!(
            "{lhs} is {}{wrong_way}, not {stated}; for a difference of {stated}, {} would be {would}",
            explain::like(gap, dn),
            cx.text_of(r.new)
        )
    };
    let mut used = vec![r.delta, r.old, r.new];
    used.sort_unstable();
    let computed = match r.dir {
        Dir::Up => exact,
        Dir::Down => exact.checked_neg()?,
        Dir::Either => gap,
    };
    Some(finding("difference", holds, used, dn.value, computed, cx.span(lo, hi), message))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn findings(text: &str) -> Vec<Finding> {
        let numbers = crate::number::find(text);
        let cx = Context::new(text, &numbers);
        let mut out = Vec::new();
        Difference.check(&cx, &mut out);
        out
    }

    #[test]
    fn percentage_points_between_percentages() {
        // The change rule reports this one first in a full run; the rule still finds it alone.
        let f = findings("Support stood at 42%, 4 percentage points higher than the 38% recorded in May.");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].verdict, crate::report::Verdict::Consistent);
        let f = findings("Support stood at 42%, 6 percentage points higher than the 38% recorded in May.");
        assert!(f[0].message.contains("is 4 points, not 6 percentage points"), "{}", f[0].message);
    }

    #[test]
    fn percentage_change_is_not_a_difference() {
        assert!(findings("Support stood at 42%, 4% higher than the 38% recorded in May.").is_empty());
    }
}
