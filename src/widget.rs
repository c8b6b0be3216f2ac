//! The JavaScript API (wasm only, behind the `api` feature): the ES module `addsup.js` that
//! `www/addsup-widget.js` and any page or bundler can import.
//!
//! ```js
//! import init, { check } from "./addsup.js";
//! await init();
//! const report = check(text);
//! for (const n of report.numbers) console.assert(text.slice(n.start, n.end) === n.text);
//! ```
//!
//! `check` returns the CLI's JSON schema ([`crate::report::json`]) as plain JS objects, with
//! one difference: every `start`/`end` counts UTF-16 code units, what JS strings index, and
//! numbers and findings keep their UTF-8 offsets as `start_byte`/`end_byte`. The conversion
//! happens here, at the edge, and nowhere in the core.
//!
//! The exports live behind a cargo feature so that the app's own wasm (built by Trunk from the
//! same crate without it) carries none of them.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::report::json::{JsonFinding, JsonNumber, JsonReport, SCHEMA};
use crate::span::Utf16Index;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** What `check` returns: the CLI's `--format json` schema, offsets in UTF-16 code units. */
export interface Report {
  /** Version of the schema (1). */
  schema: number;
  /** Every number, in text order; spans never overlap. */
  numbers: NumberFound[];
  /** Every relation checked, in text order. */
  findings: Finding[];
}

/** How a number is used: quantities first, then numbers that never enter arithmetic. */
export type Kind =
  | "count" | "money" | "percent" | "percentage_points" | "fraction" | "multiplier"
  | "year" | "date" | "time" | "ordinal" | "phone" | "postcode" | "ip_address" | "version"
  | "score" | "identifier";

export type HedgeKind = "about" | "nearly" | "less_than" | "at_most" | "more_than" | "at_least";

/** A number found in the text. */
export interface NumberFound {
  /** UTF-16 offset of its first code unit: `text.slice(start, end) === this.text`. */
  start: number;
  /** UTF-16 offset one past its last code unit. */
  end: number;
  /** UTF-8 byte offset of its start, as in the CLI's JSON. */
  start_byte: number;
  /** UTF-8 byte offset one past its end. */
  end_byte: number;
  /** The number as written, with currency sign, scale and percent sign. */
  text: string;
  /** The value as written (`45%` is 45, `£2.5bn` is 2500000000). */
  value: number;
  kind: Kind;
  /** The unit or counted noun, or the currency code for money. */
  unit: string | null;
  /** Whether the text hedges it ("about", "more than"). */
  approx: boolean;
  /** The exact value as a decimal string. */
  exact: string;
  /** The rounding its digits imply (`52,000`: 1000). */
  precision: number;
  /** Whether it may take part in arithmetic. */
  quantity: boolean;
  /** ISO currency code. */
  currency: string | null;
  /** What is counted ("wheat" in "3,700 tonnes of wheat"). */
  noun: string | null;
  hedge: Hedge | null;
  /** Which end of a range it is. */
  range: "low" | "high" | null;
}

/** A word or phrase saying the true value is near, below or above the stated one. */
export interface Hedge {
  kind: HedgeKind;
  /** Which way the true value lies from the stated one. */
  direction: "either" | "below" | "above";
  /** UTF-16 offsets, like every `start`/`end` here. */
  start: number;
  end: number;
  text: string;
}

/** One relation the text states, and whether it holds. */
export interface Finding {
  /** The rule: "difference", "sum", "share", "change", ... (see `checks()`). */
  check: string;
  verdict: "consistent" | "inconsistent";
  /** Indices into `Report.numbers` of every number the relation uses. */
  numbers: number[];
  /** The value the text states. */
  claimed: number;
  /** The value the other numbers give. */
  computed: number;
  /** UTF-16 span of the text stating the relation. */
  start: number;
  end: number;
  /** UTF-8 byte span of the same text. */
  start_byte: number;
  end_byte: number;
  /** The explanation, with the equation. */
  message: string;
}
"#;

/// A number as the API returns it: the CLI's fields, UTF-16 `start`/`end`, and the bytes.
#[derive(Serialize)]
struct ApiNumber<'a> {
    #[serde(flatten)]
    json: JsonNumber<'a>,
    start_byte: usize,
    end_byte: usize,
}

/// A finding as the API returns it.
#[derive(Serialize)]
struct ApiFinding<'a> {
    #[serde(flatten)]
    json: JsonFinding<'a>,
    start_byte: usize,
    end_byte: usize,
}

/// The report as the API returns it. `source` is left out: the caller knows where its text
/// came from.
#[derive(Serialize)]
struct ApiReport<'a> {
    schema: u32,
    numbers: Vec<ApiNumber<'a>>,
    findings: Vec<ApiFinding<'a>>,
}

/// Byte offsets to UTF-16 offsets for every offset a report mentions, in one walk over the
/// text: the offsets are gathered, sorted, converted in order and looked up again.
struct Offsets {
    bytes: Vec<usize>,
    units: Vec<usize>,
}

impl Offsets {
    fn new(text: &str, json: &JsonReport) -> Offsets {
        let mut bytes: Vec<usize> = Vec::with_capacity(4 * json.numbers.len() + 2 * json.findings.len());
        for n in &json.numbers {
            bytes.extend([n.start, n.end]);
            if let Some(h) = &n.hedge {
                bytes.extend([h.start, h.end]);
            }
        }
        for f in &json.findings {
            bytes.extend([f.start, f.end]);
        }
        bytes.sort_unstable();
        bytes.dedup();
        let mut index = Utf16Index::new(text);
        let units = bytes.iter().map(|&b| index.utf16(b)).collect();
        Offsets { bytes, units }
    }

    /// The UTF-16 offset of a byte offset gathered in `new`.
    fn utf16(&self, byte: usize) -> usize {
        match self.bytes.binary_search(&byte) {
            Ok(i) => self.units[i],
            // Every offset asked was gathered; an unknown one would be a bug here, and 0 is
            // a harmless answer for it in a function that must not throw.
            Err(_) => 0,
        }
    }
}

/// The API view of `text`'s report.
fn api_report<'a>(text: &'a str, report: &'a crate::Report) -> ApiReport<'a> {
    let json = JsonReport::new("", text, report);
    let offsets = Offsets::new(text, &json);
    let numbers = json
        .numbers
        .into_iter()
        .map(|mut n| {
            let (start_byte, end_byte) = (n.start, n.end);
            n.start = offsets.utf16(n.start);
            n.end = offsets.utf16(n.end);
            if let Some(h) = &mut n.hedge {
                h.start = offsets.utf16(h.start);
                h.end = offsets.utf16(h.end);
            }
            ApiNumber { json: n, start_byte, end_byte }
        })
        .collect();
    let findings = json
        .findings
        .into_iter()
        .map(|mut f| {
            let (start_byte, end_byte) = (f.start, f.end);
            f.start = offsets.utf16(f.start);
            f.end = offsets.utf16(f.end);
            ApiFinding { json: f, start_byte, end_byte }
        })
        .collect();
    ApiReport { schema: SCHEMA, numbers, findings }
}

/// Finds every number in `text` and checks every relation it states. Never throws.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn check(text: &str) -> JsValue {
    let report = crate::check(text);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    // Plain structs of strings, numbers and options always serialise; `null` stands in for
    // the impossible failure so that the function keeps its never-throws promise.
    api_report(text, &report).serialize(&serializer).unwrap_or(JsValue::NULL)
}

/// The names of every check, as they appear in `Finding.check`, in the order they run.
#[wasm_bindgen(unchecked_return_type = "string[]")]
pub fn checks() -> Vec<JsValue> {
    crate::check::RULES.iter().map(|r| JsValue::from_str(r.name())).collect()
}

/// The languages `check` reads, as BCP 47 tags.
#[wasm_bindgen(unchecked_return_type = "string[]")]
pub fn languages() -> Vec<JsValue> {
    vec![JsValue::from_str("en")]
}

/// The version of addsup.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
