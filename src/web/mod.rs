//! The web app (wasm only). A placeholder until the app lands: it checks what is typed and
//! lists the numbers found, through the same [`crate::check`] the CLI uses.
//!
//! Everything runs in the browser: the text is never sent anywhere. The app keeps one piece of
//! state, the text, and derives the whole view from `crate::check(&text)` on every render, so
//! there is no second copy of the core's logic here.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::{Number, Report};

/// Starts the app, mounting it into the page's `<body>`.
pub fn start() {
    yew::Renderer::<App>::new().render();
}

/// The whole page: heading, privacy note, text box and the numbers found in it.
#[function_component(App)]
fn app() -> Html {
    let text = use_state(String::new);
    let report = use_memo((*text).clone(), |text| crate::check(text));

    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            // The event comes from the one textarea this callback is attached to.
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            text.set(area.value());
        })
    };

    html! {
        <main class="app">
            <header>
                <h1>{ "addsup" }</h1>
                <p class="privacy">{ "Your text is checked in this browser and never leaves it." }</p>
            </header>
            <label for="input" class="label">{ "Text to check" }</label>
            <textarea
                id="input"
                aria-label="Text to check"
                rows="10"
                spellcheck="false"
                placeholder="Paste or type some prose with numbers in it: \
                             “Of the 412 passengers, 38 were children.”"
                value={(*text).clone()}
                {oninput}
            />
            <Numbers text={(*text).clone()} report={report} />
        </main>
    }
}

/// Properties of [`Numbers`]: the checked text and its report.
#[derive(Properties, PartialEq)]
struct NumbersProps {
    /// The text the report was made from; spans index into it.
    text: String,
    /// The report for `text`, shared with the parent rather than recomputed.
    report: std::rc::Rc<Report>,
}

/// The summary line and a table of every number found, in text order.
#[function_component(Numbers)]
fn numbers(props: &NumbersProps) -> Html {
    let count = props.report.numbers.len();
    let summary = match count {
        0 => "No numbers found yet.".to_owned(),
        1 => "1 number found.".to_owned(),
        n => format!("{n} numbers found."),
    };

    html! {
        <section class="numbers" aria-label="Numbers found">
            <p class="summary" role="status" aria-live="polite">{ summary }</p>
            if count > 0 {
                <table>
                    <thead>
                        <tr><th scope="col">{ "Text" }</th><th scope="col">{ "Kind" }</th><th scope="col">{ "Value" }</th></tr>
                    </thead>
                    <tbody>
                        { for props.report.numbers.iter().map(|n| row(&props.text, n)) }
                    </tbody>
                </table>
            }
        </section>
    }
}

/// One table row: the number as written, its kind and its exact value.
fn row(text: &str, n: &Number) -> Html {
    html! {
        <tr key={n.span.start}>
            <td class="text">{ n.span.of(text) }</td>
            <td class="kind">{ n.kind.name().replace('_', " ") }</td>
            <td class="value">{ n.value.to_string() }</td>
        </tr>
    }
}
