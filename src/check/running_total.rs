//! **running_total**: (being written).

use super::{Context, Rule};
use crate::report::Finding;

/// The rule.
pub struct RunningTotal;

impl Rule for RunningTotal {
    fn name(&self) -> &'static str {
        "running_total"
    }

    fn description(&self) -> &'static str {
        "(being written)"
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}
