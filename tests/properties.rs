//! Property tests: whatever the text, `addsup::check` does not panic and every span it returns
//! is a well-formed UTF-8 byte range of that text. Numbers come back sorted, non-empty and
//! non-overlapping.
//!
//! Besides fully arbitrary strings, the strategies glue together fragments that look like the
//! pieces of numbers (digits, separators, odd spaces, currency signs, dashes, number words,
//! scales, hedges) mixed with multi-byte characters, emoji and combining marks, which is where
//! offset arithmetic goes wrong.
//!
//! Each call to `check` runs under a deadline, so a hang is reported as a failure with its input
//! rather than stalling the test run.

use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::Duration;

use addsup::{Report, Span};
use proptest::prelude::*;
use proptest::test_runner::Config;

/// Cases per property. Around 3,000 keeps the whole file to a few seconds in a debug build.
const CASES: u32 = 3_000;

fn config() -> Config {
    // No regression files: failures are reported with their shrunk input instead.
    // Shrinking is bounded so a failure is reported in seconds rather than minutes.
    Config {
        cases: CASES,
        failure_persistence: None,
        max_shrink_iters: 4_000,
        max_shrink_time: 5_000,
        ..Config::default()
    }
}

/// Pieces of number-like text and the characters around them.
#[rustfmt::skip]
const FRAGMENTS: &[&str] = &[
    // digits and separators
    "0", "1", "2", "5", "7", "9", "12", "412", "1,204", "48,210", "3.5", "0.25", ".5", "1.", "1,", ",", ".", "'",
    "1 000", "1\u{a0}000", "1\u{2009}000", "1\u{202f}000", "2024", "1990s", "17:45", "9.45pm", "3-1", "1/2", "3/4",
    "4.10.2", "192.168.0.1", "07700 900123", "+44 20 7946 0958", "+1 2", "(020) 7946 1234", "(0", ")", "SW1A 1AA",
    "A320", "COVID-19", "1e6", "0x1F", "00", "007", "99999999999999999999999999999999999999999", "1,2,3,4", "1..2",
    "1,,2",
    // spaces and breaks
    " ", " ", " ", "\u{a0}", "\u{2009}", "\u{202f}", "\u{200b}", "\n", "\r\n", "\t", "\u{feff}",
    // currencies, percent, signs and dashes
    "£", "$", "€", "¥", "₹", "US$", "USD ", "GBP", "p", "c", "%", "‰", " per cent", " percent", " percentage points",
    "pp", "-", "\u{2212}", "\u{2013}", "\u{2014}", "+", "±", "~", "≈", "<", ">", "×", "x", "(",
    // scales and number words
    "k", "m", "bn", "tn", " million", " billion", " thousand", " hundred", " dozen", "one", "two", "three",
    "twelve", "twenty", "twenty-one", "forty five", "hundred", "thousand", "million", "half", "a third",
    "two-thirds", "quarter", "twice", "doubled", "tenfold", "first", "3rd", "21st", "one in five", "zero",
    // hedges, ranges and glue words
    "about ", "around ", "nearly ", "almost ", "more than ", "fewer than ", "up to ", "at least ", "roughly ",
    "between ", " and ", " to ", " of ", " from ", " in ", "people", "tonnes", "passengers", " was ", " rose ",
    " fell ", " by ", " sum ", " total ", "The ", "A ", ";", ":", "!", "?", "\"", "“", "”",
    // multi-byte letters, emoji, combining marks, other scripts and digits
    "é", "e\u{301}", "\u{301}", "\u{20e3}", "5\u{20e3}", "ß", "ﬁ", "中", "文", "😀", "👍🏽", "👨‍👩‍👧", "🇬🇧",
    "\u{fe0f}", "١٢٣", "٣", "１２", "½", "¼", "²", "Ⅻ", "𝟗", "Ω", "İ",
];

/// One piece: a listed fragment, a run of digits, or any character at all.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(FRAGMENTS).prop_map(str::to_string),
        2 => "[0-9]{1,7}",
        1 => "[0-9]{1,3}([,.\u{a0}\u{2009} ][0-9]{3}){1,3}",
        1 => any::<char>().prop_map(String::from),
    ]
}

/// Text that looks like numbers: up to 40 pieces glued together.
fn numberish() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|v| v.concat())
}

/// Numberish text as sentences: pieces separated by spaces, sometimes by line breaks.
fn sentences() -> impl Strategy<Value = String> {
    prop::collection::vec((piece(), prop::sample::select(&[" ", " ", " ", ", ", ". ", "\n"][..])), 0..30)
        .prop_map(|v| v.into_iter().map(|(p, sep)| p + sep).collect())
}

fn assert_span(text: &str, span: Span, what: &str) {
    assert!(span.start <= span.end, "{what} {span:?} is reversed in {text:?}");
    assert!(span.end <= text.len(), "{what} {span:?} runs past the end ({}) of {text:?}", text.len());
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} is not on char boundaries in {text:?}"
    );
}

/// How long one `check` of a short text may take. In a debug build a few hundred bytes take well
/// under a millisecond, so this only trips on a hang.
const DEADLINE: Duration = Duration::from_secs(2);

/// `addsup::check`, failing the test (instead of hanging it) if it does not return in time. A
/// panic inside `check` is passed on as a test failure too. On a timeout the worker thread cannot
/// be stopped and spins until the test binary exits.
fn check(text: &str) -> Report {
    let (tx, rx) = mpsc::channel();
    let owned = text.to_string();
    let worker = thread::Builder::new()
        .name("check".into())
        .spawn(move || {
            let _ = tx.send(addsup::check(&owned));
        })
        .expect("spawn check thread");
    match rx.recv_timeout(DEADLINE) {
        Ok(report) => report,
        Err(RecvTimeoutError::Disconnected) => match worker.join() {
            Err(panic) => std::panic::resume_unwind(panic),
            Ok(()) => unreachable!("the worker sends before it ends"),
        },
        Err(RecvTimeoutError::Timeout) => panic!("addsup::check did not return within {DEADLINE:?} on {text:?}"),
    }
}

/// Every structural promise `check` makes about its spans.
fn assert_well_formed(text: &str) -> Report {
    let report = check(text);
    let mut prev: Option<Span> = None;
    for n in &report.numbers {
        assert_span(text, n.span, "number span");
        assert!(!n.span.is_empty(), "empty number span {:?} in {text:?}", n.span);
        if let Some(p) = prev {
            assert!(
                p.end <= n.span.start,
                "number spans {p:?} and {:?} overlap or are out of order in {text:?}",
                n.span
            );
        }
        prev = Some(n.span);
        if let Some(h) = n.hedge {
            assert_span(text, h.span, "hedge span");
        }
    }
    for f in &report.findings {
        assert_span(text, f.span, "finding span");
        for &i in &f.numbers {
            assert!(i < report.numbers.len(), "finding refers to number {i} of {}", report.numbers.len());
        }
    }
    report
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        assert_well_formed(&text);
    }

    #[test]
    fn number_like_text(text in numberish()) {
        assert_well_formed(&text);
    }

    #[test]
    fn number_like_sentences(text in sentences()) {
        let report = assert_well_formed(&text);
        // Deterministic: the same text gives the same report.
        prop_assert_eq!(&report, &check(&text));
    }

    #[test]
    fn json_is_one_valid_line_whose_texts_match_the_spans(text in numberish()) {
        let report = check(&text);
        let line = addsup::report::json::to_line("prop", &text, &report);
        prop_assert!(!line.contains('\n'));
        let v: serde_json::Value = serde_json::from_str(&line).expect("valid JSON");
        let numbers = v["numbers"].as_array().expect("numbers array");
        prop_assert_eq!(numbers.len(), report.numbers.len());
        for (j, n) in numbers.iter().zip(&report.numbers) {
            prop_assert_eq!(j["text"].as_str(), Some(&text[n.span.start..n.span.end]));
            prop_assert!(j["value"].is_number(), "value {} for {:?}", j["value"], j["text"]);
        }
    }
}

/// Found by `number_like_text`: a phone-number shape ("+1 2 3456", "(020) 7946 1234") directly
/// followed by one more digit made the tokenizer loop forever.
#[test]
fn phone_shapes_followed_by_a_digit_terminate() {
    for text in ["+1 2 34567", "(020) 7946 12345", "Call +44 20 7946 09581 today."] {
        assert_well_formed(text);
    }
}
