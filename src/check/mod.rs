//! The checks: one rule per file, each finding the relations of one kind that a text states
//! and deciding whether they hold. All rules are registered in [`RULES`].

use crate::number::Number;
use crate::report::Finding;

/// A check rule.
pub trait Rule: Sync {
    /// Its name, as it appears in findings: "difference", "sum", ...
    fn name(&self) -> &'static str;
    /// One line saying what it checks.
    fn description(&self) -> &'static str;
    /// Appends a finding for every relation of its kind that `text` states.
    fn check(&self, text: &str, numbers: &[Number], out: &mut Vec<Finding>);
}

/// Every rule, in the order they run.
pub static RULES: &[&dyn Rule] = &[];

/// Runs every rule over the numbers and returns the findings in text order.
pub fn run(text: &str, numbers: &[Number]) -> Vec<Finding> {
    let mut findings = Vec::new();
    for rule in RULES {
        rule.check(text, numbers, &mut findings);
    }
    findings.sort_by_key(|f| (f.span.start, f.span.end));
    findings
}
