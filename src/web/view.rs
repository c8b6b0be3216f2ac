//! What the page shows for one checked text, derived from the [`Report`] once per check: the
//! marks to paint on the text and the findings for the panel and popovers.
//!
//! This is the JavaScript edge: every offset here is in UTF-16 code units, converted from the
//! core's byte spans with one forward walk ([`Utf16Index`]), because the DOM's `Range` and
//! `Selection` count UTF-16 units.

use crate::check::explain;
use crate::span::{Span, Utf16Index, Utf16Map};
use crate::{Kind, Report, Verdict};

/// The tint a number gets, by what it is. Each is a named CSS highlight (`addsup-<name>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tint {
    Count,
    Money,
    Percent,
    Date,
    /// Not a quantity and not a date: ordinals, phone numbers, identifiers, ...
    Other,
}

impl Tint {
    pub const ALL: [Tint; 5] = [Tint::Count, Tint::Money, Tint::Percent, Tint::Date, Tint::Other];

    pub fn of(kind: Kind) -> Tint {
        match kind {
            Kind::Count | Kind::Fraction | Kind::Multiplier => Tint::Count,
            Kind::Money => Tint::Money,
            Kind::Percent | Kind::PercentagePoints => Tint::Percent,
            Kind::Year | Kind::Date | Kind::Time => Tint::Date,
            _ => Tint::Other,
        }
    }

    /// The highlight's name, as `::highlight()` in style.css spells it.
    pub fn highlight(self) -> &'static str {
        match self {
            Tint::Count => "addsup-count",
            Tint::Money => "addsup-money",
            Tint::Percent => "addsup-percent",
            Tint::Date => "addsup-date",
            Tint::Other => "addsup-other",
        }
    }
}

/// A half-open range of UTF-16 code units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Units {
    pub start: u32,
    pub end: u32,
}

/// One number as painted.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub at: Units,
    pub tint: Tint,
    /// The finding the number takes part in that does not add up, if any (else the first that does).
    pub finding: Option<usize>,
    /// Whether some finding it takes part in does not add up.
    pub flagged: bool,
}

/// One finding as the panel and popover show it.
#[derive(Clone, Debug, PartialEq)]
pub struct FindingView {
    pub check: &'static str,
    pub ok: bool,
    /// The whole relation in the text.
    pub at: Units,
    /// The numbers it uses, in text order.
    pub numbers: Vec<Units>,
    /// Where the popover and tick go: the number stating the claim, else the first one.
    pub culprit: Units,
    /// The number most likely wrong, the one stating the claim; empty when the claim is implicit.
    pub culprit_text: String,
    /// The explanation with the equation, from the core.
    pub message: String,
    /// The stated and computed values, written the way the text writes the claimed number.
    pub stated: String,
    pub computed: String,
    /// The sentence the relation is stated in.
    pub sentence: String,
}

/// Everything the page shows for one text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct View {
    pub marks: Vec<Mark>,
    pub findings: Vec<FindingView>,
    pub numbers: usize,
    pub problems: usize,
}

impl View {
    /// The view of `report`, which `check` made from `text`; byte spans become UTF-16 units.
    pub fn new(text: &str, report: &Report) -> View {
        let n = report.numbers.len();
        // Per number, the finding it belongs to: an inconsistent one wins over a consistent one.
        let mut owner: Vec<Option<usize>> = vec![None; n];
        let mut flagged = vec![false; n];
        for (i, f) in report.findings.iter().enumerate() {
            let bad = f.verdict == Verdict::Inconsistent;
            for &k in f.numbers.iter().filter(|&&k| k < n) {
                if bad && !flagged[k] {
                    flagged[k] = true;
                    owner[k] = Some(i);
                } else if owner[k].is_none() {
                    owner[k] = Some(i);
                }
            }
        }
        // Number spans are sorted and never overlap, so one forward walk converts them all.
        let mut index = Utf16Index::new(text);
        let units = |s: Span, index: &mut Utf16Index| Units {
            start: index.utf16(s.start) as u32,
            end: index.utf16(s.end) as u32,
        };
        let number_units: Vec<Units> = report.numbers.iter().map(|x| units(x.span, &mut index)).collect();
        let marks = report
            .numbers
            .iter()
            .enumerate()
            .map(|(k, x)| Mark { at: number_units[k], tint: Tint::of(x.kind), finding: owner[k], flagged: flagged[k] })
            .collect();
        // Findings may overlap, so their ends are not in text order.
        let finding_units = Utf16Map::new(text, report.findings.iter().flat_map(|f| [f.span.start, f.span.end]));
        let span_units =
            |s: Span| Units { start: finding_units.get(s.start) as u32, end: finding_units.get(s.end) as u32 };
        let findings = report
            .findings
            .iter()
            .map(|f| {
                let mut ks: Vec<usize> = f.numbers.iter().copied().filter(|&k| k < n).collect();
                ks.sort_unstable();
                // The claim is the stated value: the number holding it is the one to doubt. Some
                // claims are implicit (shares must reach 100%): then no number is named.
                let claimant = ks.iter().copied().find(|&k| report.numbers[k].value == f.claimed);
                let like = claimant.or_else(|| ks.first().copied());
                let (stated, computed) = match like {
                    Some(k) => {
                        let x = &report.numbers[k];
                        (explain::like(f.claimed, x), explain::like(f.computed, x))
                    }
                    None => (explain::plain(f.claimed, 2), explain::plain(f.computed, 2)),
                };
                let culprit_units = match like {
                    Some(k) => number_units[k],
                    None => span_units(f.span),
                };
                let culprit_text = claimant.map_or(String::new(), |k| report.numbers[k].span.of(text).to_owned());
                FindingView {
                    check: f.check,
                    ok: f.verdict == Verdict::Consistent,
                    at: span_units(f.span),
                    numbers: ks.iter().map(|&k| number_units[k]).collect(),
                    culprit: culprit_units,
                    culprit_text,
                    message: f.message.clone(),
                    stated,
                    computed,
                    sentence: sentence(text, f.span).to_owned(),
                }
            })
            .collect();
        View { marks, findings, numbers: n, problems: report.inconsistent().count() }
    }

    /// The index of the mark covering UTF-16 offset `at`, if any (marks are sorted).
    pub fn mark_at(&self, at: u32) -> Option<usize> {
        let k = self.marks.partition_point(|m| m.at.end < at);
        self.marks.get(k).filter(|m| m.at.start <= at && at <= m.at.end).map(|_| k)
    }

    /// The summary line: numbers, relations checked, problems.
    pub fn summary(&self) -> String {
        let plural = |n: usize, one: &str, many: &str| {
            if n == 1 {
                format!("1 {one}")
            } else {
                format!("{n} {many}")
            }
        };
        format!(
            "{}, {}, {}",
            plural(self.numbers, "number", "numbers"),
            plural(self.findings.len(), "relation checked", "relations checked"),
            plural(self.problems, "problem", "problems")
        )
    }
}

/// The sentence around `span`: back to the end of the previous sentence, on to the end of this
/// one, at most a few hundred bytes either side so a text without full stops stays cheap.
pub fn sentence(text: &str, span: Span) -> &str {
    const REACH: usize = 300;
    let bytes = text.as_bytes();
    let ends_sentence = |i: usize| {
        matches!(bytes[i], b'.' | b'!' | b'?') && bytes.get(i + 1).is_none_or(|c| c.is_ascii_whitespace())
            || bytes[i] == b'\n'
    };
    let lo = span.start.min(text.len()).saturating_sub(REACH);
    let mut start = span.start.min(text.len());
    while start > lo && !ends_sentence(start - 1) {
        start -= 1;
    }
    let hi = (span.end + REACH).min(text.len());
    let mut end = span.end.min(text.len());
    while end < hi && !ends_sentence(end) {
        end += 1;
    }
    if end < hi && bytes[end] != b'\n' {
        end += 1;
    }
    let start = crate::span::floor_char_boundary(text, start);
    while !text.is_char_boundary(end) {
        end += 1;
    }
    text[start..end].trim()
}
