//! **sum**: (being written).

use super::{Context, Rule};
use crate::report::Finding;

/// The rule.
pub struct Sum;

impl Rule for Sum {
    fn name(&self) -> &'static str {
        "sum"
    }

    fn description(&self) -> &'static str {
        "(being written)"
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}
