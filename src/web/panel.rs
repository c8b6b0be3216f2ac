//! The side panel (below the editor on narrow screens): the summary line and every finding in
//! reading order, each a button (`data-finding`) that scrolls to it and opens its popover.
//!
//! Markup only: the page's one delegated listener handles the buttons (see [`super`]).

use yew::prelude::*;

use super::state::State;

/// The panel for `s`.
pub fn view(s: &State) -> Html {
    let summary = match &s.checked {
        Some(c) => c.view.summary(),
        None => "No text yet.".to_owned(),
    };
    let current = s.open.map(|o| o.finding);
    let items = s.checked.iter().flat_map(|c| c.view.findings.iter().enumerate()).map(|(k, f)| {
        let (mark, label) = if f.ok { ("✓", "adds up") } else { ("✗", "does not add up") };
        let inner = html! {
            <>
                <span class="what"><span class="mark" aria-label={label}>{ mark }</span>
                    <span class="check">{ f.check }</span>{ ": " }{ &f.message }</span>
                <span class="sentence">{ &f.sentence }</span>
            </>
        };
        // Literal classes: a computed one would link Yew's `Classes` set and its hashing.
        let (at, current) = (k.to_string(), (current == Some(k)).then_some("true"));
        let button = if f.ok {
            html! { <button type="button" class="finding ok" data-finding={at} aria-current={current}>{ inner }</button> }
        } else {
            html! { <button type="button" class="finding bad" data-finding={at} aria-current={current}>{ inner }</button> }
        };
        html! { <li key={k}>{ button }</li> }
    });
    html! {
        <aside class="panel" aria-labelledby="findings-title">
            <h2 id="findings-title">{ "Findings" }</h2>
            <p class="summary" role="status" aria-live="polite" aria-busy={s.busy.then_some("true")}>
                { summary }
            </p>
            <ol class="findings">{ for items }</ol>
            <p class="keys">{ "Alt+↓ and Alt+↑ move from finding to finding in the text; Esc closes an explanation." }</p>
        </aside>
    }
}
