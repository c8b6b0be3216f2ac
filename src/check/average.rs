//! **average**: (being written).

use super::{Context, Rule};
use crate::report::Finding;

/// The rule.
pub struct Average;

impl Rule for Average {
    fn name(&self) -> &'static str {
        "average"
    }

    fn description(&self) -> &'static str {
        "(being written)"
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}
