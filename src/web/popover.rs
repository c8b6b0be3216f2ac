//! The popover that explains one finding: the equation, stated against computed, the number
//! most likely wrong and the value that would make it add up.
//!
//! Markup only: the page's one delegated listener handles its close button, Escape and the
//! pointer entering it (see [`super`]).

use yew::prelude::*;

use super::state::{Open, Source};
use super::view::FindingView;

/// The popover of finding `f`, open as `o` says. It is a `dialog` when opened on purpose
/// (click, panel, shortcut) and a `tooltip` when it follows the pointer or the caret.
pub fn view(f: &FindingView, o: Open) -> Html {
    let title = if f.ok { format!("✓ {}: adds up", f.check) } else { format!("✗ {}: does not add up", f.check) };
    let verdict = if f.ok {
        html! { <p class="advice">{ "The numbers agree, within the rounding the text uses." }</p> }
    } else if f.culprit_text.is_empty() {
        let advice =
            format!("Together the numbers make {}, not {}: one of them is likely wrong.", f.computed, f.stated);
        html! { <p class="advice">{ advice }</p> }
    } else {
        html! {
            <p class="advice">
                { "Most likely wrong: " }<strong class="num">{ &f.culprit_text }</strong>
                { format!(". With {} it would add up.", f.computed) }
            </p>
        }
    };
    let inner = html! {
        <>
            <p id="popover-title" class="popover-title">{ title }</p>
            <p class="equation">{ &f.message }</p>
            <dl class="values">
                <dt>{ "Stated" }</dt><dd class="num">{ &f.stated }</dd>
                <dt>{ "Computed" }</dt><dd class="num">{ &f.computed }</dd>
            </dl>
            { verdict }
            <button type="button" class="close" aria-label="Close explanation">{ "×" }</button>
        </>
    };
    let style = format!("top:{};left:{}", super::px(o.top), super::px(o.left));
    let role = if o.source == Source::Pinned { "dialog" } else { "tooltip" };
    let at = o.finding.to_string();
    // Literal classes: a computed one would link Yew's `Classes` set and its hashing.
    if f.ok {
        html! {
            <div id="popover" class="popover ok" {style} {role} aria-labelledby="popover-title" data-finding={at}>
                { inner }
            </div>
        }
    } else {
        html! {
            <div id="popover" class="popover bad" {style} {role} aria-labelledby="popover-title" data-finding={at}>
                { inner }
            </div>
        }
    }
}
