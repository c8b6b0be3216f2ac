//! The web app (wasm only): paste text, see every number highlighted where it stands and every
//! relation that does not add up flagged, with explanations.
//!
//! Everything runs in the browser; the text is never sent anywhere. The editor's DOM holds the
//! text ([`editor`]); a check turns it into a [`view::View`] (the only place byte spans become
//! UTF-16 offsets), kept in one reducer ([`state`]); painting uses CSS highlights
//! ([`highlights`]) so the editor's DOM and caret are never disturbed.

pub mod checker;
mod editor;
mod export;
mod highlights;
mod panel;
mod popover;
pub mod share;
mod state;
pub mod view;

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use web_sys::Element;
use yew::prelude::*;

use panel::Panel;
use popover::Popover;
use state::{Action, Checked, Open, Source, State};
use view::View;

/// The sample article behind "Try an example", with a few deliberate mistakes.
const EXAMPLE: &str = include_str!("../../www/example.txt");

/// Starts the app, mounting it into the page's `<body>`.
pub fn start() {
    yew::Renderer::<App>::new().render();
}

/// Starts the app inside `root` (for component tests, which share their page with the runner).
pub fn start_in(root: Element) {
    yew::Renderer::<App>::with_root(root).render();
}

fn now() -> f64 {
    gloo_utils::window().performance().map_or(0.0, |p| p.now())
}

/// `x` CSS pixels, rounded to whole ones. The page writes no float with `{}`: float formatting
/// would add about 6 KB gzipped to the wasm, for digits nobody sees.
fn px(x: f64) -> String {
    format!("{}px", x.round() as i64)
}

/// Marks a step of a check on the page's performance timeline (`addsup:<step>`), so a timing
/// harness can say where the time goes. `start` clears the previous check's marks.
fn mark(step: &str) {
    if let Some(p) = gloo_utils::window().performance() {
        if step == "start" {
            p.clear_marks();
        }
        let _ = p.mark(&format!("addsup:{step}"));
    }
}

/// When checks run: one at a time, the newest text wins.
#[derive(Default)]
struct Scheduler {
    generation: u64,
    timer: Option<Timeout>,
    /// How long the last check + paint took, which sets the typing debounce.
    last_ms: f64,
    /// The check on screen and whether ticks are on, for placing ticks after a scroll.
    latest: Option<(Rc<Checked>, bool)>,
}

/// What the callbacks share: the editor, the scheduler and the reducer.
#[derive(Clone)]
struct Ctx {
    editor: NodeRef,
    sched: Rc<RefCell<Scheduler>>,
    dispatch: UseReducerDispatcher<State>,
    busy: UseStateSetter<bool>,
}

impl Ctx {
    fn editor(&self) -> Option<Element> {
        self.editor.cast::<Element>()
    }

    /// Checks the editor's text now (a long text in steps; see [`checker`]).
    fn run(&self) {
        let Some(el) = self.editor() else { return };
        let text = editor::text(&el);
        let generation = {
            let mut s = self.sched.borrow_mut();
            s.generation += 1;
            s.timer = None;
            s.generation
        };
        let started = now();
        mark("start");
        if text.len() <= checker::WHOLE {
            let report = crate::check(&text);
            self.finish(text, report, started, generation);
            return;
        }
        self.busy.set(true);
        let ctx = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let wanted = || ctx.sched.borrow().generation == generation;
            if let Some(report) = checker::in_pieces(&text, wanted).await {
                // The last piece was checked in this task: build the view in the next one.
                gloo_timers::future::TimeoutFuture::new(0).await;
                if !wanted() {
                    return;
                }
                ctx.finish(text, report, started, generation);
            }
        });
    }

    fn finish(&self, text: String, report: crate::Report, started: f64, generation: u64) {
        mark("checked");
        let view = View::new(&text, &report);
        mark("view");
        // Whichever check finishes, a long one started before it is over.
        self.busy.set(false);
        self.dispatch.dispatch(Action::Checked(Rc::new(Checked { text, report, view, started, generation })));
    }

    /// Checks after a pause in typing: about as long as a check takes, so a fast check follows
    /// the keystroke closely and a slow one waits for typing to stop.
    fn later(&self) {
        let delay = self.sched.borrow().last_ms.clamp(30.0, 150.0) as u32;
        let ctx = self.clone();
        self.sched.borrow_mut().timer = Some(Timeout::new(delay, move || ctx.run()));
    }

    /// Opens the popover of finding `k` under its claimed number, scrolling it into view first.
    fn open(&self, view: &View, k: usize, source: Source, scroll: bool) {
        let (Some(el), Some(f)) = (self.editor(), view.findings.get(k)) else { return };
        let Some(range) = editor::Blocks::of(&el).and_then(|b| b.range(f.culprit)) else { return };
        let win = gloo_utils::window();
        let height = win.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(800.0);
        let width = win.inner_width().ok().and_then(|w| w.as_f64()).unwrap_or(1000.0);
        if scroll {
            let r = range.get_bounding_client_rect();
            if r.top() < 60.0 || r.bottom() > height - 200.0 {
                win.scroll_by_with_x_and_y(0.0, r.top() - height / 3.0);
            }
        }
        let r = range.get_bounding_client_rect();
        let (sx, sy) = (win.scroll_x().unwrap_or(0.0), win.scroll_y().unwrap_or(0.0));
        let left = (r.left() + sx).min(sx + width - 340.0).max(sx + 8.0);
        self.dispatch.dispatch(Action::Open(Open { finding: k, source, top: r.bottom() + sy + 6.0, left }));
    }
}

#[function_component(App)]
fn app() -> Html {
    let state = use_reducer(State::default);
    let editor_ref = use_node_ref();
    let overlay_ref = use_node_ref();
    let root_ref = use_node_ref();
    let sched = use_mut_ref(Scheduler::default);
    let busy = use_state(|| false);
    let hover_close = use_mut_ref(|| None::<Timeout>);
    let ctx = Ctx { editor: editor_ref.clone(), sched, dispatch: state.dispatcher(), busy: busy.setter() };

    // First render: the text from a share link, else the one saved, checked at once.
    {
        let ctx = ctx.clone();
        use_effect_with((), move |_| {
            let text = match share::from_fragment() {
                Some(t) => {
                    // The link has done its job: edits from now on are saved locally, and a
                    // reload must not bring the link's text back over them.
                    if let Ok(h) = gloo_utils::window().history() {
                        let path = gloo_utils::window().location().pathname().unwrap_or_default();
                        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
                    }
                    Some(t)
                }
                None => share::load(),
            };
            if let (Some(text), Some(el)) = (text, ctx.editor()) {
                editor::set_text(&el, &text);
            }
            ctx.run();
        });
    }

    // After each check: paint, place ticks, save, and record the timing for the page's tests.
    let generation = state.checked.as_ref().map_or(0, |c| c.generation);
    {
        let (checked, ticks) = (state.checked.clone(), state.ticks);
        let (editor_ref, overlay_ref, root_ref, sched) =
            (editor_ref.clone(), overlay_ref.clone(), root_ref.clone(), ctx.sched.clone());
        use_effect_with((generation, ticks), move |_| {
            let (Some(c), Some(el)) = (checked, editor_ref.cast::<Element>()) else { return };
            sched.borrow_mut().latest = Some((Rc::clone(&c), ticks));
            mark("rendered");
            wasm_bindgen_futures::spawn_local(async move {
                let wanted = || sched.borrow().generation == c.generation;
                if !highlights::paint(&el, &c.view, wanted).await {
                    return;
                }
                mark("painted");
                if let Some(overlay) = overlay_ref.cast::<Element>() {
                    highlights::ticks(&el, &overlay, &c.view, ticks);
                }
                mark("ticked");
                let ms = now() - c.started;
                sched.borrow_mut().last_ms = ms;
                if let Some(root) = root_ref.cast::<Element>() {
                    let tenths = (ms * 10.0).round() as i64;
                    let _ = root.set_attribute("data-ms", &format!("{}.{}", tenths / 10, tenths % 10));
                    let _ = root.set_attribute("data-generation", &c.generation.to_string());
                }
                share::save(&c.text);
                mark("saved");
            });
        });
    }
    // Ticks are placed near the screen only: place them again after scrolling or resizing.
    {
        let (editor_ref, overlay_ref, sched) = (editor_ref.clone(), overlay_ref.clone(), ctx.sched.clone());
        use_effect_with((), move |_| {
            let pending = Rc::new(RefCell::new(None::<Timeout>));
            let place = move |_: &web_sys::Event| {
                if pending.borrow().is_some() {
                    return;
                }
                let (editor_ref, overlay_ref, sched, slot) =
                    (editor_ref.clone(), overlay_ref.clone(), sched.clone(), pending.clone());
                *pending.borrow_mut() = Some(Timeout::new(50, move || {
                    slot.borrow_mut().take();
                    let latest = sched.borrow().latest.clone();
                    if let (Some((c, show)), Some(el), Some(overlay)) =
                        (latest, editor_ref.cast::<Element>(), overlay_ref.cast::<Element>())
                    {
                        highlights::ticks(&el, &overlay, &c.view, show);
                    }
                }));
            };
            let win = gloo_utils::window();
            let listeners = [
                gloo_events::EventListener::new(&win, "scroll", place.clone()),
                gloo_events::EventListener::new(&win, "resize", place),
            ];
            move || drop(listeners)
        });
    }
    {
        let (checked, current, editor_ref) = (state.checked.clone(), state.open.map(|o| o.finding), editor_ref.clone());
        use_effect_with((generation, current), move |_| {
            if let (Some(c), Some(el)) = (checked, editor_ref.cast::<Element>()) {
                highlights::paint_current(&el, &c.view, current);
            }
        });
    }

    let view_now = state.checked.clone();
    // The finding under a UTF-16 offset of the editor's text.
    let finding_at = {
        let view_now = view_now.clone();
        move |at: u32| view_now.as_ref().and_then(|c| c.view.mark_at(at).and_then(|m| c.view.marks[m].finding))
    };

    // While an input method composes a character, the editor is left alone; the check follows
    // the composition's end.
    let oninput = {
        let ctx = ctx.clone();
        Callback::from(move |e: InputEvent| {
            if !e.is_composing() {
                ctx.later()
            }
        })
    };
    {
        // Yew has no `oncompositionend`: listen on the editor directly.
        let ctx = ctx.clone();
        use_effect_with((), move |_| {
            let listener =
                ctx.editor().map(|el| gloo_events::EventListener::new(&el, "compositionend", move |_| ctx.later()));
            move || drop(listener)
        });
    }
    let onpaste = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let Some(e) = wasm_bindgen::JsCast::dyn_ref::<web_sys::ClipboardEvent>(&e) else { return };
            let Some(text) = e.clipboard_data().and_then(|d| d.get_data("text/plain").ok()) else { return };
            if text.is_empty() {
                // Nothing as plain text (an image, say): the browser's own plain-text paste decides.
                return;
            }
            // Only the plain text is taken, inserted as text, and checked at once.
            e.prevent_default();
            if let Some(el) = ctx.editor() {
                editor::insert(&el, &text);
                ctx.run();
            }
        })
    };
    let onmousemove = {
        let (ctx, hover_close, finding_at, view_now) =
            (ctx.clone(), hover_close.clone(), finding_at.clone(), view_now.clone());
        let open = state.open;
        Callback::from(move |e: MouseEvent| {
            let Some(el) = ctx.editor() else { return };
            let at = editor::offset_at(&el, e.client_x() as f32, e.client_y() as f32);
            match (at.and_then(&finding_at), view_now.as_ref()) {
                (Some(k), Some(c)) => {
                    hover_close.borrow_mut().take();
                    if open.map(|o| o.finding) != Some(k) {
                        ctx.open(&c.view, k, Source::Hover, false);
                    }
                }
                _ => {
                    if open.is_some_and(|o| o.source == Source::Hover) && hover_close.borrow().is_none() {
                        let dispatch = ctx.dispatch.clone();
                        let slot = hover_close.clone();
                        *hover_close.borrow_mut() = Some(Timeout::new(300, move || {
                            slot.borrow_mut().take();
                            dispatch.dispatch(Action::Close(Some(Source::Hover)));
                        }));
                    }
                }
            }
        })
    };
    // A click or tap on a number pins its popover; the caret moving onto one opens it too.
    let caret_moved = {
        let (ctx, finding_at, view_now) = (ctx.clone(), finding_at.clone(), view_now.clone());
        let open = state.open;
        move |source: Source| {
            let (Some(el), Some(c)) = (ctx.editor(), view_now.as_ref()) else { return };
            match editor::caret(&el).and_then(&finding_at) {
                Some(k) if open.map(|o| o.finding) != Some(k) || source == Source::Pinned => {
                    ctx.open(&c.view, k, source, false)
                }
                Some(_) => {}
                None if source == Source::Pinned => ctx.dispatch.dispatch(Action::Close(None)),
                None => ctx.dispatch.dispatch(Action::Close(Some(Source::Caret))),
            }
        }
    };
    let onclick = {
        let f = caret_moved.clone();
        Callback::from(move |_: MouseEvent| f(Source::Pinned))
    };
    let onkeyup = {
        let f = caret_moved.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key().starts_with("Arrow") || e.key() == "Home" || e.key() == "End" {
                f(Source::Caret)
            }
        })
    };
    // Alt+↓ / Alt+↑ move to the next / previous finding from the caret; Escape closes.
    let onkeydown = {
        let (ctx, view_now) = (ctx.clone(), view_now.clone());
        let open = state.open;
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && open.is_some() {
                ctx.dispatch.dispatch(Action::Close(None));
                return;
            }
            let down = match e.key().as_str() {
                "ArrowDown" if e.alt_key() => true,
                "ArrowUp" if e.alt_key() => false,
                _ => return,
            };
            let (Some(el), Some(c)) = (ctx.editor(), view_now.as_ref()) else { return };
            let fs = &c.view.findings;
            if fs.is_empty() {
                return;
            }
            e.prevent_default();
            let here =
                open.map(|o| fs[o.finding.min(fs.len() - 1)].at.start).or_else(|| editor::caret(&el)).unwrap_or(0);
            let k = if down {
                fs.iter().position(|f| f.at.start > here).unwrap_or(0)
            } else {
                fs.iter().rposition(|f| f.at.start < here).unwrap_or(fs.len() - 1)
            };
            editor::select(&el, fs[k].culprit);
            ctx.open(&c.view, k, Source::Pinned, true);
        })
    };
    let on_select = {
        let (ctx, view_now) = (ctx.clone(), view_now.clone());
        Callback::from(move |k: usize| {
            if let Some(c) = view_now.as_ref() {
                ctx.open(&c.view, k, Source::Pinned, true);
            }
        })
    };

    let example = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(el) = ctx.editor() else { return };
            // The example replaces the text: ask first if there is some.
            let text = editor::text(&el);
            let mine = !text.trim().is_empty() && text != EXAMPLE.trim_end();
            let ask = || gloo_utils::window().confirm_with_message("Replace your text with the example?");
            if mine && !ask().unwrap_or(false) {
                return;
            }
            editor::set_text(&el, EXAMPLE.trim_end());
            ctx.run();
        })
    };
    let status = |msg: &str| {
        let d = ctx.dispatch.clone();
        let msg = msg.to_owned();
        move |ok: bool| {
            d.dispatch(Action::Status(if ok { msg } else { "The clipboard refused: nothing was copied.".into() }))
        }
    };
    let copy_report = {
        let (view_now, done) = (view_now.clone(), status("Report copied as Markdown."));
        Callback::from(move |_: MouseEvent| {
            let Some(c) = view_now.as_ref() else { return };
            let md = export::markdown(&c.view);
            let done = done.clone();
            wasm_bindgen_futures::spawn_local(async move { done(export::copy(&md).await) });
        })
    };
    let share_link = {
        let d = ctx.dispatch.clone();
        let (view_now, done) =
            (view_now.clone(), status("Link copied. It holds the text itself, compressed; nothing was uploaded."));
        Callback::from(move |_: MouseEvent| {
            let Some(c) = view_now.as_ref() else { return };
            let link = share::link(&c.text);
            d.dispatch(Action::Link(link.clone()));
            let done = done.clone();
            wasm_bindgen_futures::spawn_local(async move { done(export::copy(&link).await) });
        })
    };
    let download = {
        let view_now = view_now.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(json) = view_now.as_ref().and_then(|c| export::json(&c.text, &c.report)) {
                export::download("addsup-report.json", "application/json", &json);
            }
        })
    };
    let toggle_ticks = {
        let d = ctx.dispatch.clone();
        let on = state.ticks;
        Callback::from(move |_: Event| d.dispatch(Action::Ticks(!on)))
    };
    let popover = state.open.and_then(|o| {
        let c = state.checked.as_ref()?;
        let f = c.view.findings.get(o.finding)?.clone();
        let d = ctx.dispatch.clone();
        let on_close = Callback::from(move |_| d.dispatch(Action::Close(None)));
        let (d, hc) = (ctx.dispatch.clone(), hover_close.clone());
        let on_enter = Callback::from(move |_| {
            hc.borrow_mut().take();
            d.dispatch(Action::Open(Open { source: Source::Pinned, ..o }));
        });
        let role = if o.source == Source::Pinned { "dialog" } else { "tooltip" };
        Some(html! { <Popover finding={f} index={o.finding} top={o.top} left={o.left} {on_close} {on_enter} {role} /> })
    });
    let painted =
        if highlights::supported() { "" } else { "This browser cannot colour text in place: see the findings list." };

    html! {
        <main class="app" ref={root_ref} {onkeydown}>
            <header class="top">
                <h1>{ "addsup" }</h1>
                <p class="tagline">{ "Checks that the numbers in a text add up." }</p>
                <p id="privacy" class="privacy">{ "Your text is checked in this browser and never leaves it: this page sends nothing anywhere." }</p>
            </header>
            <div class="toolbar" role="group" aria-label="Actions">
                <button type="button" id="example" onclick={example}>{ "Try an example" }</button>
                <button type="button" id="share" onclick={share_link}>{ "Share link" }</button>
                <button type="button" id="copy" onclick={copy_report}>{ "Copy report" }</button>
                <button type="button" id="download" onclick={download}>{ "Download JSON" }</button>
                <label class="toggle"><input type="checkbox" id="ticks" checked={state.ticks} onchange={toggle_ticks} />{ " Tick what adds up" }</label>
                <span class="status" role="status" aria-live="polite">
                    <span>{ &state.status }</span>
                    <a id="share-link" hidden={state.link.is_none()} href={state.link.clone()}>{ " Share link" }</a>
                </span>
            </div>
            <div class="work">
                <div class="sheet">
                    <div id="editor" ref={editor_ref} class="editor" contenteditable="plaintext-only"
                         role="textbox" aria-multiline="true" aria-label="Text to check"
                         aria-describedby={if state.open.is_some() { "privacy popover" } else { "privacy" }}
                         spellcheck="false" dir="auto"
                         data-placeholder="Paste or type an article here. Every number is highlighted where it stands; sums that do not add up get a red wavy underline."
                         {oninput} {onpaste} {onmousemove} {onclick} {onkeyup} />
                    <div class="ticks" ref={overlay_ref} aria-hidden="true" />
                    <p class="legend" aria-hidden="true">
                        <span class="k count">{ "count" }</span><span class="k money">{ "money" }</span>
                        <span class="k percent">{ "percent" }</span><span class="k date">{ "date" }</span>
                        <span class="k other">{ "not a quantity" }</span><span class="k bad">{ "does not add up" }</span>
                        { painted }
                    </p>
                </div>
                <Panel checked={state.checked.clone()} current={state.open.map(|o| o.finding)} {on_select} busy={*busy} />
            </div>
            // Always there, so opening a popover never changes how many children <main> has:
            // Yew matches unkeyed children from the end, and a new last child would make it
            // rebuild the editor.
            <div class="layer">{ for popover }</div>
        </main>
    }
}
