//! Finding numbers: digits, words, scales, currencies, percentages, hedges, units, and the
//! things that look like numbers but are not quantities.
//!
//! The pipeline is linear in the text: [`token::tokenize`] splits it once; [`parse`] walks the
//! tokens left to right, reading each number's core (digits or words) and then reaching out to
//! the tokens around it for a sign, currency, scale, percent sign, hedge and unit; [`context`]
//! then looks at neighbouring numbers (ranges, scores, "one in five") in one more pass.

mod attach;
mod classify;
mod context;
mod digits;
mod parse;
pub mod rational;
pub mod token;
mod words;

use serde::Serialize;

pub use crate::lexicon::{Direction, HedgeKind};
pub use rational::Rational;

use crate::lexicon::EN;
use crate::span::Span;

/// What a number is. Only quantities ever enter arithmetic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A count or measure: "412 passengers", "3,700 tonnes", "two million".
    Count,
    /// An amount of money: "£2.5bn", "45p", "USD 3m".
    Money,
    /// A percentage: "45%", "45 per cent".
    Percent,
    /// A difference of percentages: "4 percentage points", "3pp".
    PercentagePoints,
    /// A fraction or ratio: "half", "two-thirds", "1/2", "one in five".
    Fraction,
    /// A multiplier: "twice", "doubled", "three times", "tenfold".
    Multiplier,
    /// A year: "2024", "the 1990s".
    Year,
    /// A calendar date: "3 March 2025", "2025-03-03".
    Date,
    /// A time of day: "17:45", "9.45pm".
    Time,
    /// A rank: "3rd", "third place".
    Ordinal,
    /// A telephone number.
    Phone,
    /// A postcode or ZIP code.
    Postcode,
    /// An IP address.
    IpAddress,
    /// A version number: "4.10.2".
    Version,
    /// A sports result or vote tally: "3-1".
    Score,
    /// A name that contains a number: "page 12", "A320", "COVID-19".
    Identifier,
}

impl Kind {
    /// Whether numbers of this kind measure something and may take part in arithmetic.
    pub fn is_quantity(self) -> bool {
        matches!(
            self,
            Kind::Count | Kind::Money | Kind::Percent | Kind::PercentagePoints | Kind::Fraction | Kind::Multiplier
        )
    }

    /// The name used in JSON and in the CLI.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Count => "count",
            Kind::Money => "money",
            Kind::Percent => "percent",
            Kind::PercentagePoints => "percentage_points",
            Kind::Fraction => "fraction",
            Kind::Multiplier => "multiplier",
            Kind::Year => "year",
            Kind::Date => "date",
            Kind::Time => "time",
            Kind::Ordinal => "ordinal",
            Kind::Phone => "phone",
            Kind::Postcode => "postcode",
            Kind::IpAddress => "ip_address",
            Kind::Version => "version",
            Kind::Score => "score",
            Kind::Identifier => "identifier",
        }
    }
}

/// A word or phrase that says the true value is near, below or above the stated one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Hedge {
    pub kind: HedgeKind,
    pub span: Span,
}

/// Which end of a range a number is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RangeEnd {
    Low,
    High,
}

/// One number found in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Number {
    /// Where it stands, including its currency sign, scale word and percent sign.
    pub span: Span,
    /// Its exact value as written: "45%" is 45, "£2.5bn" is 2,500,000,000, "45p" is 45.
    pub value: Rational,
    pub kind: Kind,
    /// ISO code of the currency, for money.
    pub currency: Option<&'static str>,
    /// Minor units per major unit when the amount is in pence or cents (100), else 1.
    pub minor_units: u32,
    /// The unit it is measured in or the noun it counts, lower case: "tonnes", "passengers";
    /// for money, the currency code or "pence"/"cents".
    pub unit: Option<String>,
    /// What is counted or measured, lower case: "wheat" in "3,700 tonnes of wheat".
    pub noun: Option<String>,
    pub hedge: Option<Hedge>,
    /// The rounding the text implies: "52,000" may be rounded to 1,000, "3.4bn" to 0.1bn,
    /// "58%" to 1. Zero for values that are exact by their nature ("a third", "doubled").
    pub step: Rational,
    /// Set when the number is one end of a range ("20–25", "between 20 and 25").
    pub range: Option<RangeEnd>,
    /// Written in words rather than digits.
    pub in_words: bool,
}

impl Number {
    /// A bare quantity with nothing attached yet.
    pub(crate) fn new(span: Span, value: Rational, kind: Kind, step: Rational) -> Number {
        Number {
            span,
            value,
            kind,
            currency: None,
            minor_units: 1,
            unit: None,
            noun: None,
            hedge: None,
            step,
            range: None,
            in_words: false,
        }
    }

    /// Whether the text marks the value as approximate or bounded rather than exact.
    pub fn is_approx(&self) -> bool {
        self.hedge.is_some()
    }
}

/// Every number in `text`, in order, with spans that never overlap.
pub fn find(text: &str) -> Vec<Number> {
    let tokens = token::tokenize(text, &EN);
    let parser = parse::Parser::new(text, &tokens, &EN);
    let found = parser.run_all();
    context::relate(&parser, found)
}
