//! **difference**: (being written).

use super::{Context, Rule};
use crate::report::Finding;

/// The rule.
pub struct Difference;

impl Rule for Difference {
    fn name(&self) -> &'static str {
        "difference"
    }

    fn description(&self) -> &'static str {
        "(being written)"
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}
