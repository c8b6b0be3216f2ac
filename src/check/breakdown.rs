//! **breakdown**: (being written).

use super::{Context, Rule};
use crate::report::Finding;

/// The rule.
pub struct Breakdown;

impl Rule for Breakdown {
    fn name(&self) -> &'static str {
        "breakdown"
    }

    fn description(&self) -> &'static str {
        "(being written)"
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}
