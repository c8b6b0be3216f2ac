//! addsup finds every number in a text and checks the arithmetic the text states.
//!
//! ```
//! let report = addsup::check("Of the 412 passengers, 38 were children.");
//! let values: Vec<String> = report.numbers.iter().map(|n| n.value.to_string()).collect();
//! assert_eq!(values, ["412", "38"]);
//! assert_eq!(report.numbers[0].unit.as_deref(), Some("passengers"));
//! assert!(!report.has_problems());
//! ```
//!
//! The core is pure: [`check`] touches no files, clock or DOM, never fails and never panics.
//! Spans are half-open UTF-8 byte ranges into the text it was given.

pub mod check;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod lexicon;
pub mod number;
pub mod report;
pub mod span;

#[cfg(target_arch = "wasm32")]
pub mod web;

// The page's wasm is budgeted by its download size, and talc is smaller there than the standard
// library's dlmalloc. The browser runs the app on one thread, which this allocator assumes.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
// The JavaScript API's exports, only in the API module's build (scripts/build-api), never in
// the app's wasm, which is built from the same crate without the feature.
#[cfg(all(target_arch = "wasm32", feature = "api"))]
pub mod widget;

// The regex engine behind every pattern in the core: the numbers' shapes and the rules' wording.
// Natively it is `regex`, with all its optimisations. In the browser, whose download is the
// budget that binds (250 KB gzipped for the whole page), it is `regex-lite`, from the same
// project: the same syntax and leftmost-first semantics and the same linear-time guarantee, in
// about 70 KB gzipped less wasm, without the optimisations the browser's small texts do not
// need. The patterns and all the code around them are the same in both builds; tests/app.rs
// checks that the browser reports exactly what the CLI does on every corpus input, and the
// `regex-lite` feature runs the native tests on the browser's engine (scripts/test does).
#[cfg(not(any(target_arch = "wasm32", feature = "regex-lite")))]
pub(crate) use regex::Regex;
#[cfg(any(target_arch = "wasm32", feature = "regex-lite"))]
pub(crate) use regex_lite::Regex;

pub use number::{Kind, Number, Rational};
pub use report::{Finding, Report, Verdict};
pub use span::Span;

/// Finds every number in `text` and checks every relation it states.
pub fn check(text: &str) -> Report {
    let numbers = number::find(text);
    let findings = check::run(text, &numbers);
    Report { numbers, findings }
}
