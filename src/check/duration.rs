//! **duration**: (being written).

use super::{Context, Rule};
use crate::report::Finding;

/// The rule.
pub struct Duration;

impl Rule for Duration {
    fn name(&self) -> &'static str {
        "duration"
    }

    fn description(&self) -> &'static str {
        "(being written)"
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}
