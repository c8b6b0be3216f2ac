//! The side panel (below the editor on narrow screens): the summary line and every finding in
//! reading order, each a button that scrolls to it and opens its popover.

use std::rc::Rc;

use yew::prelude::*;

use super::state::Checked;

#[derive(Properties)]
pub struct Props {
    pub checked: Option<Rc<Checked>>,
    /// The finding whose popover is open.
    pub current: Option<usize>,
    pub on_select: Callback<usize>,
    /// Whether the text is being checked right now (a long paste checks in steps).
    pub busy: bool,
}

impl PartialEq for Props {
    /// Checks compare by identity: comparing two reports of a long text costs a walk.
    fn eq(&self, o: &Props) -> bool {
        let same = match (&self.checked, &o.checked) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        same && self.current == o.current && self.on_select == o.on_select && self.busy == o.busy
    }
}

#[function_component(Panel)]
pub fn panel(p: &Props) -> Html {
    let summary = match &p.checked {
        Some(c) => c.view.summary(),
        None => "No text yet.".to_owned(),
    };
    let items = p.checked.iter().flat_map(|c| c.view.findings.iter().enumerate()).map(|(k, f)| {
        let select = {
            let cb = p.on_select.clone();
            Callback::from(move |_: MouseEvent| cb.emit(k))
        };
        let class = classes!("finding", if f.ok { "ok" } else { "bad" }, (p.current == Some(k)).then_some("current"));
        let mark = if f.ok { "✓" } else { "✗" };
        let label = if f.ok { "adds up" } else { "does not add up" };
        html! {
            <li key={k}>
                <button type="button" {class} onclick={select} data-finding={k.to_string()}
                        aria-current={(p.current == Some(k)).then_some("true")}>
                    <span class="what"><span class="mark" aria-label={label}>{ mark }</span>
                        <span class="check">{ f.check }</span>{ ": " }{ &f.message }</span>
                    <span class="sentence">{ &f.sentence }</span>
                </button>
            </li>
        }
    });
    html! {
        <aside class="panel" aria-labelledby="findings-title">
            <h2 id="findings-title">{ "Findings" }</h2>
            <p class="summary" role="status" aria-live="polite" aria-busy={p.busy.then_some("true")}>
                { summary }
            </p>
            <ol class="findings">{ for items }</ol>
            <p class="keys">{ "Alt+↓ and Alt+↑ move from finding to finding in the text; Esc closes an explanation." }</p>
        </aside>
    }
}
