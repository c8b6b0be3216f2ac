//! The app's state and the one reducer that changes it. The text itself lives in the editor's
//! DOM (so typing never waits for a render); the state holds the last checked copy of it with
//! its report and view, which is what the panel, popovers and exports show. The page's Yew
//! component renders a copy of it, sent after every change ([`super::Page`]).

use std::rc::Rc;

use super::view::View;
use crate::Report;

/// One finished check.
#[derive(Debug, PartialEq)]
pub struct Checked {
    /// The text that was checked; the report's spans index into it.
    pub text: String,
    pub report: Report,
    pub view: View,
    /// When the check started (`performance.now()`), to time check + paint.
    pub started: f64,
    /// Counts checks, so the page can say which one it shows.
    pub generation: u64,
}

/// What opened the popover, which decides what closes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// The pointer is over one of its numbers: leaving closes it.
    Hover,
    /// The caret is in one of its numbers: moving the caret out closes it.
    Caret,
    /// A click, tap, panel item or shortcut: stays until closed or replaced.
    Pinned,
}

/// An open popover: which finding, where (page coordinates of its top-left corner).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Open {
    pub finding: usize,
    pub source: Source,
    pub top: f64,
    pub left: f64,
}

#[derive(Clone, Debug)]
pub struct State {
    pub checked: Option<Rc<Checked>>,
    pub open: Option<Open>,
    /// Whether consistent relations get a quiet tick.
    pub ticks: bool,
    /// Whether a long text is being checked right now (in steps).
    pub busy: bool,
}

impl Default for State {
    fn default() -> State {
        State { checked: None, open: None, ticks: true, busy: false }
    }
}

impl PartialEq for State {
    /// Checks are compared by identity: comparing two reports of a long text costs a walk.
    fn eq(&self, o: &State) -> bool {
        let same_check = match (&self.checked, &o.checked) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        same_check && self.open == o.open && self.ticks == o.ticks && self.busy == o.busy
    }
}

impl State {
    /// The generation of the check on screen (0 before the first).
    pub fn generation(&self) -> u64 {
        self.checked.as_ref().map_or(0, |c| c.generation)
    }

    /// The finding under a UTF-16 offset of the checked text, if any.
    pub fn finding_at(&self, at: u32) -> Option<usize> {
        let c = self.checked.as_ref()?;
        c.view.marks[c.view.mark_at(at)?].finding
    }
}

pub enum Action {
    Checked(Rc<Checked>),
    /// A long text started checking in steps.
    Busy,
    Open(Open),
    /// Closes the popover if `source` opened it (`None`: whatever opened it).
    Close(Option<Source>),
    Ticks(bool),
}

impl State {
    pub fn reduce(&mut self, action: Action) {
        match action {
            Action::Checked(c) => {
                // A popover stays open across checks only if its finding is still there.
                if self.open.is_some_and(|o| o.finding >= c.view.findings.len()) {
                    self.open = None;
                }
                self.checked = Some(c);
                // Whichever check finishes, a long one started before it is over.
                self.busy = false;
            }
            Action::Busy => self.busy = true,
            Action::Open(open) => {
                // The pointer does not take over a popover opened on purpose.
                let keep = matches!(self.open, Some(o) if o.source == Source::Pinned && open.source == Source::Hover);
                if !keep {
                    self.open = Some(open);
                }
            }
            Action::Close(source) => {
                if self.open.is_some_and(|o| source.is_none_or(|s| o.source == s)) {
                    self.open = None;
                }
            }
            Action::Ticks(on) => self.ticks = on,
        }
    }
}
