//! The popover that explains one finding: the equation, stated against computed, the number
//! most likely wrong and the value that would make it add up.

use yew::prelude::*;

use super::view::FindingView;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub finding: FindingView,
    pub index: usize,
    pub top: f64,
    pub left: f64,
    pub on_close: Callback<()>,
    /// The pointer entered the popover (so a hover-opened one stays).
    pub on_enter: Callback<()>,
    /// `dialog` when opened on purpose (click, panel, shortcut), `tooltip` when it follows the
    /// pointer or the caret.
    pub role: &'static str,
}

#[function_component(Popover)]
pub fn popover(p: &Props) -> Html {
    let f = &p.finding;
    let title = if f.ok { format!("✓ {}: adds up", f.check) } else { format!("✗ {}: does not add up", f.check) };
    let close = {
        let cb = p.on_close.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let enter = {
        let cb = p.on_enter.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let keydown = {
        let cb = p.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                cb.emit(());
            }
        })
    };
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
    let class = classes!("popover", if f.ok { "ok" } else { "bad" });
    let style = format!("top:{};left:{}", super::px(p.top), super::px(p.left));
    html! {
        <div id="popover" {class} {style} role={p.role} aria-labelledby="popover-title"
             data-finding={p.index.to_string()} onmouseenter={enter} onkeydown={keydown}>
            <p id="popover-title" class="popover-title">{ title }</p>
            <p class="equation">{ &f.message }</p>
            <dl class="values">
                <dt>{ "Stated" }</dt><dd class="num">{ &f.stated }</dd>
                <dt>{ "Computed" }</dt><dd class="num">{ &f.computed }</dd>
            </dl>
            { verdict }
            <button type="button" class="close" aria-label="Close explanation" onclick={close}>{ "×" }</button>
        </div>
    }
}
