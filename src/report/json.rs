//! The JSON schema shared by the CLI (`--format json`), "Download JSON" in the app and the
//! JavaScript API. Field names are a public contract: extra fields may be added, none removed.

use serde::Serialize;

use super::{Report, Verdict};
use crate::number::{Direction, HedgeKind, Number, RangeEnd};

/// Version of the schema below.
pub const SCHEMA: u32 = 1;

/// One report as JSON: `{"schema":1,"source":...,"numbers":[...],"findings":[...]}`.
#[derive(Serialize)]
pub struct JsonReport<'a> {
    pub schema: u32,
    pub source: &'a str,
    pub numbers: Vec<JsonNumber<'a>>,
    pub findings: Vec<JsonFinding<'a>>,
}

/// A number as JSON.
#[derive(Serialize)]
pub struct JsonNumber<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub value: f64,
    pub kind: &'static str,
    pub unit: Option<&'a str>,
    pub approx: bool,
    /// The exact value as a decimal string (six places for non-terminating fractions).
    pub exact: String,
    pub precision: f64,
    pub quantity: bool,
    pub currency: Option<&'static str>,
    pub noun: Option<&'a str>,
    pub hedge: Option<JsonHedge<'a>>,
    pub range: Option<RangeEnd>,
}

/// A hedge as JSON.
#[derive(Serialize)]
pub struct JsonHedge<'a> {
    pub kind: HedgeKind,
    /// Which way the true value lies from the stated one: `either`, `below` or `above`.
    pub direction: Direction,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

/// A finding as JSON.
#[derive(Serialize)]
pub struct JsonFinding<'a> {
    pub check: &'static str,
    pub verdict: Verdict,
    pub numbers: &'a [usize],
    pub claimed: f64,
    pub computed: f64,
    pub start: usize,
    pub end: usize,
    pub message: &'a str,
}

impl<'a> JsonNumber<'a> {
    fn new(text: &'a str, n: &'a Number) -> JsonNumber<'a> {
        JsonNumber {
            start: n.span.start,
            end: n.span.end,
            text: n.span.of(text),
            value: n.value.to_f64(),
            kind: n.kind.name(),
            unit: n.unit.as_deref(),
            approx: n.is_approx(),
            exact: n.value.to_string(),
            precision: n.step.to_f64(),
            quantity: n.kind.is_quantity(),
            currency: n.currency,
            noun: n.noun.as_deref(),
            hedge: n.hedge.map(|h| JsonHedge {
                direction: h.kind.direction(),
                kind: h.kind,
                start: h.span.start,
                end: h.span.end,
                text: h.span.of(text),
            }),
            range: n.range,
        }
    }
}

impl<'a> JsonReport<'a> {
    /// The JSON view of `report`, which was made from `text`, read from `source`.
    pub fn new(source: &'a str, text: &'a str, report: &'a Report) -> JsonReport<'a> {
        JsonReport {
            schema: SCHEMA,
            source,
            numbers: report.numbers.iter().map(|n| JsonNumber::new(text, n)).collect(),
            findings: report
                .findings
                .iter()
                .map(|f| JsonFinding {
                    check: f.check,
                    verdict: f.verdict,
                    numbers: &f.numbers,
                    claimed: f.claimed.to_f64(),
                    computed: f.computed.to_f64(),
                    start: f.span.start,
                    end: f.span.end,
                    message: &f.message,
                })
                .collect(),
        }
    }
}

/// One report as a single line of JSON.
pub fn to_line(source: &str, text: &str, report: &Report) -> String {
    // Serialising plain structs of strings and numbers cannot fail; non-finite floats, the
    // one thing serde_json refuses, become null through `f64` serialisation, not an error.
    serde_json::to_string(&JsonReport::new(source, text, report))
        .unwrap_or_else(|e| format!("{{\"schema\":{SCHEMA},\"error\":\"{e}\"}}"))
}
