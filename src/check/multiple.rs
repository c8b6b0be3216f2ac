//! **multiple**: (being written).

use super::{Context, Rule};
use crate::report::Finding;

/// The rule.
pub struct Multiple;

impl Rule for Multiple {
    fn name(&self) -> &'static str {
        "multiple"
    }

    fn description(&self) -> &'static str {
        "(being written)"
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}
