//! **arithmetic**: explicit expressions, "3 × 4 = 12", "1,300 + 2,750 = 4,050", evaluated
//! with the usual precedence (× and ÷ before + and −).
//!
//! Matches a chain of numbers joined only by operator signs (`+ - − × x * ÷ /`) and then `=`
//! and one number. Decides with intervals, so "2.5 + 3.7 = 6.2" holds and "0.1 × 3 = 0.3"
//! does too; a result in a measure exactly a thousand or a million times the value holds as a
//! conversion ("1,250 panels × 400 watts = 500kW"). Examples:
//! - "1,300 + 2,750 = 4,050" ✓
//! - "12 × 12 = 124" ✗: 12 × 12 is 144, not 124
//! - "Call 0800 123 456 - 7 = option" is not an expression (no quantities).
//!
//! Worded expressions too: "plus", "minus", "times" after a few words naming the left term, and
//! "leaves", "makes", "comes to", "or", "=" ... after a few words describing the last one: "640 homes
//! minus the 85 already built leaves 565" ✗ (555), "24 hours × 7 days = 168 hours" ✓, "17 × 23,
//! was answered 381" ✗ (391). The terms are then figures the writer worked from;
//! a sum must measure one thing throughout, and a first term close after another number is part
//! of a larger expression ("Four shifts of 6 hours plus ...") and not read.
//!
//! Also products the wording ties together, count × rate = total: "24 classrooms holding 30
//! pupils each ... room for 720 children", "150 bins at £80 each, a total outlay of £12,000",
//! "three shifts of eight hours give 24 hours", "at 45p a mile, a trip of 120 miles earns £54",
//! "$400,000 for each of its 40 parks" after a "$12m budget". A product that matches is
//! reported; a mismatch only when words such as "total", "gives", "means" or "a cost of" say
//! the last number is the product:
//! - "250 families £1,200 each, at a cost of £350,000" ✗: 250 × £1,200 is £300,000
//! - "32 rows of 45 seats, giving a capacity of 1,540" ✗; "24 hours in a day and 365 days in a
//!   year ... 8,760 hours" ✓; "Over 12 weeks, with three sessions a week, ... 38 sessions" ✗
//!   (the total counts what the rate counts); "850 trees a year for eight years, 7,200 in
//!   total" ✗; "Tickets cost $45 each, so the 320 sold raised $14,400" ✓.
//!
//! The count and the rate are figures the writer worked from (`Interval::given`: "£2 each" is
//! £2); the total keeps its rounding.

mod products;

use super::context::{last_words, listed};
use super::{explain, finding, Context, Interval, Rule};
use crate::number::{Kind, Rational};
use crate::report::Finding;

/// The rule.
pub struct Arithmetic;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
}

impl Op {
    fn sign(self) -> &'static str {
        match self {
            Op::Add => "+",
            Op::Sub => "−",
            Op::Mul => "×",
            Op::Div => "÷",
        }
    }
}

/// The operator a gap between two numbers holds, if it holds only that.
fn operator(gap: &str) -> Option<Op> {
    match gap.trim() {
        "+" | "plus" => Some(Op::Add),
        "-" | "−" | "minus" => Some(Op::Sub),
        "×" | "x" | "*" | "times" | "multiplied by" => Some(Op::Mul),
        "÷" | "/" | "divided by" => Some(Op::Div),
        _ => None,
    }
}

fn is_equals(gap: &str) -> bool {
    matches!(gap.trim(), "=" | "equals" | "is" | "makes" | "gives")
}

/// Words that may stand after a worded operator: "640 homes minus the 85".
const DETERMINERS: &str = "the|a|an|its|their|another|our|his|her";

/// Words that say the number after them is what a worded expression comes to: "640 homes minus
/// the 85 already built leaves 565", "1,200 tonnes plus 850 tonnes make 2,150 tonnes".
#[rustfmt::skip]
const RESULTS: &str = "equals|equal|equalling|makes|make|made|gives|give|leaves|leave|leaving|come to|comes to|came to|runs to|run to|adds up to|add up to|totals|total|and you get|you get|gets you|is|are|=|answered|works out at|or|that is|which is";

/// Names of an expression's result written just before it: "= a deficit of £6,400".
const RESULT_NAMES: &str = "total|sum|balance|surplus|profit|deficit|shortfall|loss";

/// The names above that state a result below zero.
const NEGATIVE_NAMES: &str = "deficit|shortfall|loss";

/// Words that put a number in another relation than the result of an expression.
const NOT_RESULT: &str = "than|from|up|down|by|over|under|since|until|about|some";

/// Alphabetic words of a gap, `None` if it holds digits or punctuation that ends a phrase.
fn plain_words(gap: &str) -> Option<Vec<&str>> {
    plain(gap).then(|| gap.split_whitespace().collect())
}

/// Whether a gap holds no digits and no punctuation that ends a phrase.
fn plain(gap: &str) -> bool {
    !gap.bytes().any(|c| c.is_ascii_digit() || matches!(c, b',' | b';' | b':' | b'.' | b'(' | b')' | b'!' | b'?'))
}

/// The operator a worded gap holds after a few words naming the left number: " homes minus
/// the ", " tonnes of grain plus the ", " minutes times ".
fn worded_operator(gap: &str) -> Option<Op> {
    // An operator among the first four words, "by" after "multiplied" or "divided" and at most
    // one determiner after it: six words at most, read on the stack (this runs for every two
    // neighbouring numbers) before the gap is scanned for digits and punctuation.
    let mut buf = [""; 7];
    let mut n = 0;
    for w in gap.split_whitespace().take(7) {
        buf[n] = w;
        n += 1;
    }
    if n > 6 || !plain(gap) {
        return None;
    }
    let w = &buf[..n];
    let p = w.iter().position(|w| {
        matches!(*w, "plus" | "minus" | "times" | "x" | "×" | "multiplied" | "divided" | "+" | "-" | "−" | "÷")
    })?;
    let op = match w[p] {
        "plus" | "+" => Op::Add,
        "minus" | "-" | "−" => Op::Sub,
        "divided" | "÷" => Op::Div,
        _ => Op::Mul,
    };
    let mut rest = &w[p + 1..];
    if matches!(w[p], "multiplied" | "divided") {
        rest = rest.strip_prefix(&["by"][..])?;
    }
    // "minus the 85", or a name for the right term: "income of £84,300 − spending of £91,700".
    let named = rest.len() <= 3 && rest.last() == Some(&"of");
    (p <= 3 && (named || rest.len() <= 1 && rest.iter().all(|w| listed(DETERMINERS, w)))).then_some(op)
}

/// Whether a worded gap says the number after it is the expression's result, after a few words
/// describing the last term: " tonnes delivered in march make ". The last term's unit may close
/// a phrase that a comma ends: "8 x 45 minutes, the programme runs to 380 minutes".
fn worded_equals(gap: &str) -> bool {
    let gap = match gap.split_once(',') {
        Some((unit, rest)) if words_in(unit) <= 2 && !rest.contains(',') => rest,
        _ => gap,
    };
    let Some(words) = plain_words(gap) else { return false };
    let mut w = &words[..];
    // Determiners, and a name for the result before them: "= a deficit of", "makes a total of".
    loop {
        match w {
            [rest @ .., last] if listed(DETERMINERS, last) => w = rest,
            [rest @ .., name, "of"] if listed(RESULT_NAMES, name) => w = rest,
            _ => break,
        }
    }
    if w.iter().any(|x| listed(NOT_RESULT, x)) {
        return false;
    }
    let text = w.join(" ");
    RESULTS.split('|').any(|r| {
        text.strip_suffix(r)
            .is_some_and(|head| (head.is_empty() || head.ends_with(' ')) && head.split_whitespace().count() <= 4)
    })
}

/// "12 payments of £85", "four shifts of 6 hours", "three doses of 5ml": a count of things each
/// of a measure, the product of the two when a result follows. The gap is the count's own noun
/// (perhaps after one describing word) and "of"; the measure is money or has a unit.
fn of_product(cx: &Context, a: usize, b: usize) -> Option<Op> {
    let (x, y) = (&cx.numbers[a], &cx.numbers[b]);
    let noun = x.unit.as_deref().filter(|_| x.kind == Kind::Count)?;
    let gap = cx.low_gap(a, b);
    if !gap.trim_end().ends_with(" of") || gap.len() > 40 {
        return None;
    }
    let w = plain_words(gap)?;
    let named = match w[..] {
        [n, "of"] | [_, n, "of"] => n == noun,
        _ => false,
    };
    let measure = y.kind == Kind::Money || y.kind == Kind::Count && y.unit.is_some();
    (named && measure && x.value.is_integer()).then_some(Op::Mul)
}

/// Evaluates terms and operators with × and ÷ binding tighter, over intervals.
fn evaluate(terms: &[Interval], ops: &[Op]) -> Option<Interval> {
    let mut sums: Vec<(Op, Interval)> = vec![(Op::Add, terms[0])];
    for (op, t) in ops.iter().zip(&terms[1..]) {
        match op {
            Op::Mul | Op::Div => {
                let (sign, last) = sums.pop()?;
                let v = if *op == Op::Mul { last.mul(t)? } else { last.div(t)? };
                sums.push((sign, v));
            }
            _ => sums.push((*op, *t)),
        }
    }
    let mut total = Interval::exact(Rational::ZERO);
    for (op, v) in sums {
        total = if op == Op::Sub { total.sub(&v)? } else { total.add(&v)? };
    }
    Some(total)
}

/// The exact value of the expression as written, for the explanation.
fn evaluate_exact(values: &[Rational], ops: &[Op]) -> Option<Rational> {
    let terms: Vec<Interval> = values.iter().map(|&v| Interval::exact(v)).collect();
    evaluate(&terms, ops)?.lo
}

/// How many words a gap holds.
fn words_in(gap: &str) -> usize {
    gap.split_whitespace().count()
}

impl Rule for Arithmetic {
    fn name(&self) -> &'static str {
        "arithmetic"
    }

    fn description(&self) -> &'static str {
        "explicit expressions such as 1,300 + 2,750 = 4,050"
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        products::products(self.name(), cx, out);
        let n = cx.numbers.len();
        let mut i = 0;
        // The chain and its operators, cleared for each start rather than allocated anew.
        let (mut chain, mut ops) = (Vec::new(), Vec::new());
        while i < n {
            // Grow a chain of numbers joined by operators, then look for "= result".
            chain.clear();
            chain.push(i);
            ops.clear();
            let mut j = i;
            let mut worded = false;
            while j + 1 < n && cx.usable(j + 1) && cx.sentence_of[j + 1] == cx.sentence_of[i] {
                let gap = cx.low_gap(j, j + 1);
                let op = operator(gap).or_else(|| {
                    let op = worded_operator(gap).or_else(|| of_product(cx, j, j + 1));
                    worded |= op.is_some();
                    op
                });
                match op {
                    Some(op) => {
                        ops.push(op);
                        chain.push(j + 1);
                        j += 1;
                    }
                    None => break,
                }
            }
            let result = j + 1;
            let usable = !ops.is_empty()
                && result < n
                && cx.usable(i)
                && cx.usable(result)
                && cx.sentence_of[result] == cx.sentence_of[i];
            let symbols = usable && is_equals(cx.low_gap(j, result)) && cx.low_gap(j, result).contains('=');
            // Worded: "640 homes minus the 85 already built leaves 565", "8 x 45 minutes ... runs
            // to 380 minutes". A sum or difference measures one thing throughout; a product's
            // result is measured like one of its terms.
            let worded_ok = || {
                let gap = cx.low_gap(j, result);
                let additive = ops.iter().all(|o| matches!(o, Op::Add | Op::Sub));
                // ", or 2,080 hours" restates a product only in the unit of one of its terms.
                let or = gap.trim_end().ends_with(" or");
                let alike = if additive {
                    chain.iter().all(|&k| cx.comparable(k, result))
                } else {
                    let unit = |k: usize| cx.numbers[k].unit.is_some();
                    chain.iter().any(|&k| cx.comparable(k, result) && (!or || unit(k) && unit(result)))
                };
                // "Four shifts of 6 hours plus ...": a first term close after another number
                // is part of a larger expression than the chain.
                let joined = i > 0 && cx.sentence_of[i - 1] == cx.sentence_of[i] && words_in(cx.low_gap(i - 1, i)) <= 3;
                // With "=" the text says it is an expression, whatever each term counts: "28
                // pupils × 12 trips = 336 seats".
                (worded || words_in(gap) > 0) && worded_equals(gap) && (alike || gap.contains('=')) && !joined
            };
            let is_expression = symbols || usable && worded_ok();
            if !is_expression {
                i = j.max(i) + 1;
                continue;
            }
            // Worded, the terms are figures the writer worked from: "1,200 tonnes" is 1,200.
            let terms: Option<Vec<Interval>> = if symbols {
                chain.iter().map(|&k| Interval::of(&cx.numbers[k])).collect()
            } else {
                // "1,200 tonnes plus": the "plus" after a term is its operator, not a hedge.
                chain
                    .iter()
                    .map(|&k| {
                        let n = &cx.numbers[k];
                        match n.hedge {
                            Some(h) if h.span.start >= n.span.end => {
                                Interval::given(&crate::number::Number { hedge: None, ..n.clone() }, cx.text_of(k))
                            }
                            _ => cx.given(k),
                        }
                    })
                    .collect()
            };
            // "= a deficit of £6,400" states the result below zero.
            let mut last = last_words(cx.low_gap(j, result));
            let negative = last.next() == Some("of") && last.next().is_some_and(|w| listed(NEGATIVE_NAMES, w));
            let stated = Interval::of(&cx.numbers[result]).and_then(|s| if negative { s.neg() } else { Some(s) });
            let values: Vec<Rational> = chain.iter().map(|&k| cx.numbers[k].value).collect();
            if let (Some(terms), Some(stated), Some(exact)) = (terms, stated, evaluate_exact(&values, &ops)) {
                if let Some(computed) = evaluate(&terms, &ops) {
                    // "2,000 panels × 300 watts = 600kW": a result in a measure a thousand or a
                    // million times the terms' is a conversion that holds exactly.
                    let like = &cx.numbers[result];
                    let converted = [1_000, 1_000_000].into_iter().any(|f| {
                        let f = Rational::int(f);
                        exact.checked_div(like.value) == Some(f) || like.value.checked_div(exact) == Some(f)
                    });
                    let holds = computed.meets(&stated)
                        || converted && like.unit.as_deref().is_some_and(|u| crate::lexicon::EN.is_measure_unit(u));
                    let mut expr = cx.text_of(chain[0]).to_string();
                    for (op, &k) in ops.iter().zip(&chain[1..]) {
                        expr = format!("{expr} {} {}", op.sign(), cx.text_of(k));
                    }
                    let claimed_text = cx.text_of(result);
                    let message = if holds {
                        format!("{expr} = {claimed_text}")
                    } else {
                        format!("{expr} is {}, not {claimed_text}", explain::like(exact, like))
                    };
                    let mut used = chain.clone();
                    used.push(result);
                    out.push(finding(self.name(), holds, used, like.value, exact, cx.span(i, result), message));
                }
            }
            i = result + 1;
        }
    }
}
