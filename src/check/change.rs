//! **change**: (being written).

use super::{Context, Rule};
use crate::report::Finding;

/// The rule.
pub struct Change;

impl Rule for Change {
    fn name(&self) -> &'static str {
        "change"
    }

    fn description(&self) -> &'static str {
        "(being written)"
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}
