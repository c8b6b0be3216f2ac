//! The app's state and the one reducer that changes it. The text itself lives in the editor's
//! DOM (so typing never waits for a render); the state holds the last checked copy of it with
//! its report and view, which is what the panel, popovers and exports show.

use std::rc::Rc;

use yew::Reducible;

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

#[derive(Debug)]
pub struct State {
    pub checked: Option<Rc<Checked>>,
    pub open: Option<Open>,
    /// Whether consistent relations get a quiet tick.
    pub ticks: bool,
    /// A short message about the last action ("Report copied"), announced politely.
    pub status: String,
    /// The last share link made, shown as a link too in case the clipboard refused it.
    pub link: Option<String>,
}

impl Default for State {
    fn default() -> State {
        State { checked: None, open: None, ticks: true, status: String::new(), link: None }
    }
}

pub enum Action {
    Checked(Rc<Checked>),
    Open(Open),
    /// Closes the popover if `source` opened it (`None`: whatever opened it).
    Close(Option<Source>),
    Ticks(bool),
    Status(String),
    Link(String),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = State {
            checked: self.checked.clone(),
            open: self.open,
            ticks: self.ticks,
            status: self.status.clone(),
            link: self.link.clone(),
        };
        match action {
            Action::Checked(c) => {
                // A popover stays open across checks only if its finding is still there.
                if let Some(open) = next.open {
                    if open.finding >= c.view.findings.len() {
                        next.open = None;
                    }
                }
                next.checked = Some(c);
            }
            Action::Open(open) => {
                // The pointer does not take over a popover opened on purpose.
                let keep = matches!(next.open, Some(o) if o.source == Source::Pinned && open.source == Source::Hover);
                if !keep {
                    next.open = Some(open);
                }
            }
            Action::Close(source) => {
                if next.open.is_some_and(|o| source.is_none_or(|s| o.source == s)) {
                    next.open = None;
                }
            }
            Action::Ticks(on) => next.ticks = on,
            Action::Status(s) => next.status = s,
            Action::Link(l) => next.link = Some(l),
        }
        // Checks are compared by identity: comparing two reports of a long text costs a walk.
        let same_check = match (&self.checked, &next.checked) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        if same_check
            && self.open == next.open
            && self.ticks == next.ticks
            && self.status == next.status
            && self.link == next.link
        {
            self
        } else {
            Rc::new(next)
        }
    }
}
