//! What a check finds, and how it is rendered for people ([`human`]) and programs ([`json`]).

pub mod human;
pub mod json;

use serde::Serialize;

use crate::number::{Number, Rational};
use crate::span::Span;

/// Whether a stated relation holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Some reading the wording allows makes it hold.
    Consistent,
    /// No reading the wording allows makes it hold.
    Inconsistent,
}

/// One arithmetic relation the text states, and whether it holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// The rule that found it: "difference", "sum", "share", ...
    pub check: &'static str,
    pub verdict: Verdict,
    /// Indices into [`Report::numbers`] of every number the relation uses.
    pub numbers: Vec<usize>,
    /// The value the text states.
    pub claimed: Rational,
    /// The value the other numbers give.
    pub computed: Rational,
    /// The stretch of text that states the relation.
    pub span: Span,
    /// A plain-English explanation with the equation, e.g. "48,210 − 47,985 is 225, not 252".
    pub message: String,
}

/// Everything `check` found in one text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    /// Every number, in text order; spans never overlap.
    pub numbers: Vec<Number>,
    /// Every relation checked, in text order.
    pub findings: Vec<Finding>,
}

impl Report {
    /// The findings that do not add up.
    pub fn inconsistent(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.verdict == Verdict::Inconsistent)
    }

    /// Whether anything is inconsistent.
    pub fn has_problems(&self) -> bool {
        self.inconsistent().next().is_some()
    }
}
