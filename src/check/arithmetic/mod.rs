//! **arithmetic**: explicit expressions, "3 × 4 = 12", "1,300 + 2,750 = 4,050", evaluated
//! with the usual precedence (× and ÷ before + and −).
//!
//! Matches a chain of numbers joined only by operator signs (`+ - − × x * ÷ /`) and then `=`
//! and one number. Decides with intervals, so "2.5 + 3.7 = 6.2" holds and "0.1 × 3 = 0.3"
//! does too. Examples:
//! - "1,300 + 2,750 = 4,050" ✓
//! - "12 × 12 = 124" ✗: 12 × 12 is 144, not 124
//! - "Call 0800 123 456 - 7 = option" is not an expression (no quantities).
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

use super::{explain, finding, Context, Interval, Rule};
use crate::number::Rational;
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
        while i < n {
            // Grow a chain of numbers joined by operators, then look for "= result".
            let mut chain = vec![i];
            let mut ops = Vec::new();
            let mut j = i;
            while j + 1 < n && cx.usable(j + 1) {
                match operator(cx.low_gap(j, j + 1)) {
                    Some(op) => {
                        ops.push(op);
                        chain.push(j + 1);
                        j += 1;
                    }
                    None => break,
                }
            }
            let result = j + 1;
            let is_expression = !ops.is_empty()
                && result < n
                && cx.usable(i)
                && cx.usable(result)
                && is_equals(cx.low_gap(j, result))
                && cx.low_gap(j, result).contains('=');
            if !is_expression {
                i = j.max(i) + 1;
                continue;
            }
            let terms: Option<Vec<Interval>> = chain.iter().map(|&k| Interval::of(&cx.numbers[k])).collect();
            let stated = Interval::of(&cx.numbers[result]);
            let values: Vec<Rational> = chain.iter().map(|&k| cx.numbers[k].value).collect();
            if let (Some(terms), Some(stated), Some(exact)) = (terms, stated, evaluate_exact(&values, &ops)) {
                if let Some(computed) = evaluate(&terms, &ops) {
                    let holds = computed.meets(&stated);
                    let mut expr = cx.text_of(chain[0]).to_string();
                    for (op, &k) in ops.iter().zip(&chain[1..]) {
                        expr = format!("{expr} {} {}", op.sign(), cx.text_of(k));
                    }
                    let claimed_text = cx.text_of(result);
                    let like = &cx.numbers[result];
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
