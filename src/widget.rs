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
use crate::span::Utf16Map;

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

/// Every byte offset a report mentions, for one [`Utf16Map`] walk.
fn byte_offsets<'a>(json: &'a JsonReport<'a>) -> impl Iterator<Item = usize> + 'a {
    let numbers = json.numbers.iter().flat_map(|n| {
        let hedge = n.hedge.as_ref().map(|h| [h.start, h.end]).into_iter().flatten();
        [n.start, n.end].into_iter().chain(hedge)
    });
    numbers.chain(json.findings.iter().flat_map(|f| [f.start, f.end]))
}

/// The API view of `text`'s report.
fn api_report<'a>(text: &'a str, report: &'a crate::Report) -> ApiReport<'a> {
    let json = JsonReport::new("", text, report);
    let offsets = Utf16Map::new(text, byte_offsets(&json));
    let numbers = json
        .numbers
        .into_iter()
        .map(|mut n| {
            let (start_byte, end_byte) = (n.start, n.end);
            n.start = offsets.get(n.start);
            n.end = offsets.get(n.end);
            if let Some(h) = &mut n.hedge {
                h.start = offsets.get(h.start);
                h.end = offsets.get(h.end);
            }
            ApiNumber { json: n, start_byte, end_byte }
        })
        .collect();
    let findings = json
        .findings
        .into_iter()
        .map(|mut f| {
            let (start_byte, end_byte) = (f.start, f.end);
            f.start = offsets.get(f.start);
            f.end = offsets.get(f.end);
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
