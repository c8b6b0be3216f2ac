//! **share**: (being written).

use super::{Context, Rule};
use crate::report::Finding;

/// The rule.
pub struct Share;

impl Rule for Share {
    fn name(&self) -> &'static str {
        "share"
    }

    fn description(&self) -> &'static str {
        "(being written)"
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}
