//! The web app (wasm only): paste text, see every number highlighted where it stands and every
//! relation that does not add up flagged, with explanations.
//!
//! Everything runs in the browser; the text is never sent anywhere. The page's fixed markup
//! (header, toolbar, editor, legend) is `www/index.html`; the app finds it by id. The editor's
//! DOM holds the text ([`editor`]); a check turns it into a [`view::View`] (the only place byte
//! spans become UTF-16 offsets), kept in one reducer ([`state`]); painting uses CSS highlights
//! ([`highlights`]) so the editor's DOM and caret are never disturbed. Yew renders what changes
//! with the state: the findings panel and the popover ([`Page`]).
//!
//! Events reach one listener on `<main>` (and on the window, for scrolling), which dispatches on
//! the event's type and target: a closure and a Yew callback per element would each bring their
//! own copy of the glue into the wasm.

pub mod checker;
mod editor;
mod export;
mod highlights;
pub mod json;
mod panel;
mod popover;
pub mod share;
mod state;
pub mod view;

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use web_sys::{Element, Event, KeyboardEvent, MouseEvent};
use yew::prelude::*;

use state::{Action, Checked, Open, Source, State};
use view::View;

/// The sample article behind "Try an example", with a few deliberate mistakes.
const EXAMPLE: &str = include_str!("../../www/example.txt");

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

fn by_id(id: &str) -> Option<Element> {
    editor::document().get_element_by_id(id)
}

/// What Yew renders: the panel and the popover of the state it was last sent.
pub struct Page(State);

impl Component for Page {
    type Message = State;
    type Properties = ();

    fn create(_: &Context<Self>) -> Page {
        Page(State::default())
    }

    fn update(&mut self, _: &Context<Self>, state: State) -> bool {
        self.0 = state;
        true
    }

    fn view(&self, _: &Context<Self>) -> Html {
        let s = &self.0;
        let popover = s.open.and_then(|o| Some(popover::view(s.checked.as_ref()?.view.findings.get(o.finding)?, o)));
        // The layer is always there, so opening a popover never changes how many children the
        // root has: Yew matches unkeyed children from the end, and a new last child would make
        // it rebuild the panel.
        html! {
            <>
                { panel::view(s) }
                <div class="layer">{ for popover }</div>
            </>
        }
    }
}

/// Starts the app on the page's markup (`www/index.html`: `<main id="app">` and the elements
/// inside it); does nothing on a page without it.
pub fn start() {
    let (Some(main), Some(editor), Some(overlay), Some(out)) =
        (by_id("app"), by_id("editor"), by_id("overlay"), by_id("out"))
    else {
        return;
    };
    let page = yew::Renderer::<Page>::with_root(out).render();
    let app = Rc::new(App { main, editor, overlay, page, inner: RefCell::default() });

    let handler = {
        let app = app.clone();
        Closure::<dyn FnMut(Event)>::new(move |e: Event| app.on_event(&e))
    };
    let f = handler.as_ref().unchecked_ref();
    // In the capture phase, so that events which do not bubble reach it too.
    for name in ["input", "compositionend", "paste", "mousemove", "mouseover", "click", "keyup", "keydown", "change"] {
        let _ = app.main.add_event_listener_with_callback_and_bool(name, f, true);
    }
    // Ticks are placed near the screen only: place them again after scrolling or resizing.
    let win = gloo_utils::window();
    for name in ["scroll", "resize"] {
        let _ = win.add_event_listener_with_callback_and_bool(name, f, true);
    }
    // The page lives as long as its listener.
    handler.forget();

    if !highlights::supported() {
        if let Some(note) = by_id("unpainted") {
            let _ = note.remove_attribute("hidden");
        }
    }
    // The text from a share link, else the one saved, checked at once.
    let text = match share::from_fragment() {
        Some(t) => {
            // The link has done its job: edits from now on are saved locally, and a reload must
            // not bring the link's text back over them.
            if let Ok(h) = win.history() {
                let path = win.location().pathname().unwrap_or_default();
                let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&path));
            }
            Some(t)
        }
        None => share::load(),
    };
    if let Some(text) = text {
        editor::set_text(&app.editor, &text);
    }
    app.run();
}

/// The running app: the page's elements, the Yew renderer and the state.
struct App {
    main: Element,
    editor: Element,
    /// The layer over the editor that holds the ticks.
    overlay: Element,
    page: AppHandle<Page>,
    inner: RefCell<Inner>,
}

/// The state, and when checks run: one at a time, the newest text wins.
#[derive(Default)]
struct Inner {
    state: State,
    /// Counts checks started; a check that finishes after a newer one started is dropped.
    generation: u64,
    /// The check after a pause in typing.
    timer: Option<Timeout>,
    /// Closing a popover the pointer left.
    hover_close: Option<Timeout>,
    /// Placing the ticks after a scroll.
    place: Option<Timeout>,
    /// How long the last check + paint took, which sets the typing debounce.
    last_ms: f64,
}

impl App {
    fn state(&self) -> State {
        self.inner.borrow().state.clone()
    }

    /// Changes the state, renders it, and does what follows from the change.
    fn dispatch(self: &Rc<Self>, action: Action) {
        let (before, now) = {
            let mut inner = self.inner.borrow_mut();
            let before = inner.state.clone();
            inner.state.reduce(action);
            (before, inner.state.clone())
        };
        if before == now {
            return;
        }
        self.page.send_message(now.clone());
        let current = |s: &State| s.open.map(|o| o.finding);
        if before.generation() != now.generation() || before.ticks != now.ticks {
            self.paint(&now);
        }
        if before.generation() != now.generation() || current(&before) != current(&now) {
            if let Some(c) = &now.checked {
                highlights::paint_current(&self.editor, &c.view, current(&now));
            }
        }
        if before.open.is_some() != now.open.is_some() {
            let described = if now.open.is_some() { "privacy popover" } else { "privacy" };
            let _ = self.editor.set_attribute("aria-describedby", described);
        }
    }

    /// After a check (or ticks switched): paint, place ticks, save, and record the timing for
    /// the page's tests.
    fn paint(self: &Rc<Self>, s: &State) {
        let (Some(c), ticks) = (s.checked.clone(), s.ticks) else { return };
        let app = self.clone();
        // Queued after the render that `dispatch` asked Yew for, so it runs after it.
        wasm_bindgen_futures::spawn_local(async move {
            mark("rendered");
            let wanted = || app.inner.borrow().generation == c.generation;
            if !highlights::paint(&app.editor, &c.view, wanted).await {
                return;
            }
            mark("painted");
            highlights::ticks(&app.editor, &app.overlay, &c.view, ticks);
            mark("ticked");
            let ms = now() - c.started;
            app.inner.borrow_mut().last_ms = ms;
            let tenths = (ms * 10.0).round() as i64;
            let _ = app.main.set_attribute("data-ms", &format!("{}.{}", tenths / 10, tenths % 10));
            let _ = app.main.set_attribute("data-generation", &c.generation.to_string());
            share::save(&c.text);
            mark("saved");
        });
    }

    /// Checks the editor's text now (a long text in steps; see [`checker`]).
    fn run(self: &Rc<Self>) {
        let text = editor::text(&self.editor);
        let generation = {
            let mut inner = self.inner.borrow_mut();
            inner.generation += 1;
            inner.timer = None;
            inner.generation
        };
        let started = now();
        mark("start");
        if text.len() <= checker::WHOLE {
            let report = crate::check(&text);
            self.finish(text, report, started, generation);
            return;
        }
        self.dispatch(Action::Busy);
        let app = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let wanted = || app.inner.borrow().generation == generation;
            if let Some(report) = checker::in_pieces(&text, wanted).await {
                // The last piece was checked in this task: build the view in the next one.
                gloo_timers::future::TimeoutFuture::new(0).await;
                if !wanted() {
                    return;
                }
                app.finish(text, report, started, generation);
            }
        });
    }

    fn finish(self: &Rc<Self>, text: String, report: crate::Report, started: f64, generation: u64) {
        mark("checked");
        let view = View::new(&text, &report);
        mark("view");
        self.dispatch(Action::Checked(Rc::new(Checked { text, report, view, started, generation })));
    }

    /// Checks after a pause in typing: about as long as a check takes, so a fast check follows
    /// the keystroke closely and a slow one waits for typing to stop.
    fn later(self: &Rc<Self>) {
        let delay = self.inner.borrow().last_ms.clamp(30.0, 150.0) as u32;
        let app = self.clone();
        self.inner.borrow_mut().timer = Some(Timeout::new(delay, move || app.run()));
    }

    /// Opens the popover of finding `k` under its claimed number, scrolling it into view first.
    fn open(self: &Rc<Self>, view: &View, k: usize, source: Source, scroll: bool) {
        let Some(f) = view.findings.get(k) else { return };
        let Some(range) = editor::Blocks::of(&self.editor).and_then(|b| b.range(f.culprit)) else { return };
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
        self.dispatch(Action::Open(Open { finding: k, source, top: r.bottom() + sy + 6.0, left }));
    }

    /// Every event of the page, by type and target.
    fn on_event(self: &Rc<Self>, e: &Event) {
        let target: Option<Element> = e.target().and_then(|t| t.dyn_into().ok());
        let in_editor = target.as_ref().is_some_and(|t| self.editor.contains(Some(t)));
        match e.type_().as_str() {
            // While an input method composes a character, the editor is left alone; the check
            // follows the composition's end.
            "input" if in_editor && !e.unchecked_ref::<web_sys::InputEvent>().is_composing() => self.later(),
            "compositionend" if in_editor => self.later(),
            "paste" if in_editor => self.paste(e),
            "mousemove" if in_editor => self.hover(e.unchecked_ref()),
            // The pointer entered the popover: a hover-opened one stays.
            "mouseover" if target.as_ref().is_some_and(|t| t.closest("#popover").ok().flatten().is_some()) => {
                let open = self.inner.borrow().state.open;
                if let Some(o) = open {
                    self.inner.borrow_mut().hover_close = None;
                    self.dispatch(Action::Open(Open { source: Source::Pinned, ..o }));
                }
            }
            // A click or tap on a number pins its popover.
            "click" if in_editor => self.caret_moved(Source::Pinned),
            "click" => {
                if let Some(button) = target.and_then(|t| t.closest("button").ok().flatten()) {
                    self.button(&button);
                }
            }
            // The caret moving onto a number opens its popover too.
            "keyup" if in_editor => {
                let key = e.unchecked_ref::<KeyboardEvent>().key();
                if key.starts_with("Arrow") || key == "Home" || key == "End" {
                    self.caret_moved(Source::Caret)
                }
            }
            "keydown" => self.keydown(e.unchecked_ref()),
            "change" if target.as_ref().is_some_and(|t| t.get_attribute("id").as_deref() == Some("ticks")) => {
                let on = self.inner.borrow().state.ticks;
                self.dispatch(Action::Ticks(!on));
            }
            "scroll" | "resize" => self.place_ticks(),
            _ => {}
        }
    }

    /// Only the plain text of a paste is taken, inserted as text, and checked at once.
    fn paste(self: &Rc<Self>, e: &Event) {
        let e = e.unchecked_ref::<web_sys::ClipboardEvent>();
        let Some(text) = e.clipboard_data().and_then(|d| d.get_data("text/plain").ok()) else { return };
        if text.is_empty() {
            // Nothing as plain text (an image, say): the browser's own plain-text paste decides.
            return;
        }
        e.prevent_default();
        editor::insert(&self.editor, &text);
        self.run();
    }

    /// The pointer over a number of a finding opens its popover; off them, a popover it opened
    /// closes a moment later.
    fn hover(self: &Rc<Self>, e: &MouseEvent) {
        let at = editor::offset_at(&self.editor, e.client_x() as f32, e.client_y() as f32);
        let s = self.state();
        match (at.and_then(|at| s.finding_at(at)), &s.checked) {
            (Some(k), Some(c)) => {
                self.inner.borrow_mut().hover_close = None;
                if s.open.map(|o| o.finding) != Some(k) {
                    self.open(&c.view, k, Source::Hover, false);
                }
            }
            _ => {
                if s.open.is_some_and(|o| o.source == Source::Hover) && self.inner.borrow().hover_close.is_none() {
                    let app = self.clone();
                    self.inner.borrow_mut().hover_close = Some(Timeout::new(300, move || {
                        app.inner.borrow_mut().hover_close.take();
                        app.dispatch(Action::Close(Some(Source::Hover)));
                    }));
                }
            }
        }
    }

    /// The caret moved (`Caret`) or the text was clicked or tapped (`Pinned`).
    fn caret_moved(self: &Rc<Self>, source: Source) {
        let s = self.state();
        let Some(c) = &s.checked else { return };
        match editor::caret(&self.editor).and_then(|at| s.finding_at(at)) {
            Some(k) if s.open.map(|o| o.finding) != Some(k) || source == Source::Pinned => {
                self.open(&c.view, k, source, false)
            }
            Some(_) => {}
            None if source == Source::Pinned => self.dispatch(Action::Close(None)),
            None => self.dispatch(Action::Close(Some(Source::Caret))),
        }
    }

    /// Alt+↓ / Alt+↑ move to the next / previous finding from the caret; Escape closes.
    fn keydown(self: &Rc<Self>, e: &KeyboardEvent) {
        let s = self.state();
        let key = e.key();
        if key == "Escape" && s.open.is_some() {
            self.dispatch(Action::Close(None));
            return;
        }
        let down = match key.as_str() {
            "ArrowDown" if e.alt_key() => true,
            "ArrowUp" if e.alt_key() => false,
            _ => return,
        };
        let Some(c) = &s.checked else { return };
        let fs = &c.view.findings;
        if fs.is_empty() {
            return;
        }
        e.prevent_default();
        let here = s
            .open
            .map(|o| fs[o.finding.min(fs.len() - 1)].at.start)
            .or_else(|| editor::caret(&self.editor))
            .unwrap_or(0);
        let k = if down {
            fs.iter().position(|f| f.at.start > here).unwrap_or(0)
        } else {
            fs.iter().rposition(|f| f.at.start < here).unwrap_or(fs.len() - 1)
        };
        editor::select(&self.editor, fs[k].culprit);
        self.open(&c.view, k, Source::Pinned, true);
    }

    /// A button of the toolbar, the panel (`data-finding`) or the popover (its close button).
    fn button(self: &Rc<Self>, button: &Element) {
        let s = self.state();
        if let Some(k) = button.get_attribute("data-finding").and_then(|k| k.parse().ok()) {
            if let Some(c) = &s.checked {
                self.open(&c.view, k, Source::Pinned, true);
            }
            return;
        }
        match button.get_attribute("id").unwrap_or_default().as_str() {
            "example" => {
                // The example replaces the text: ask first if there is some.
                let text = editor::text(&self.editor);
                let mine = !text.trim().is_empty() && text != EXAMPLE.trim_end();
                let ask = || gloo_utils::window().confirm_with_message("Replace your text with the example?");
                if mine && !ask().unwrap_or(false) {
                    return;
                }
                editor::set_text(&self.editor, EXAMPLE.trim_end());
                self.run();
            }
            "share" => {
                let Some(c) = &s.checked else { return };
                let link = share::link(&c.text);
                // Shown as a link too, in case the clipboard refuses it.
                if let Some(a) = by_id("share-link") {
                    let _ = a.set_attribute("href", &link);
                    let _ = a.remove_attribute("hidden");
                }
                copy(link, "Link copied. It holds the text itself, compressed; nothing was uploaded.");
            }
            "copy" => {
                let Some(c) = &s.checked else { return };
                copy(export::markdown(&c.view), "Report copied as Markdown.");
            }
            "download" => {
                if let Some(json) = s.checked.as_ref().and_then(|c| export::json(&c.text, &c.report)) {
                    export::download("addsup-report.json", "application/json", &json);
                }
            }
            _ if button.class_name() == "close" => self.dispatch(Action::Close(None)),
            _ => {}
        }
    }

    /// Places the ticks again shortly after a scroll or resize (once for a burst of them).
    fn place_ticks(self: &Rc<Self>) {
        if self.inner.borrow().place.is_some() {
            return;
        }
        let app = self.clone();
        self.inner.borrow_mut().place = Some(Timeout::new(50, move || {
            app.inner.borrow_mut().place.take();
            let s = app.state();
            if let Some(c) = &s.checked {
                highlights::ticks(&app.editor, &app.overlay, &c.view, s.ticks);
            }
        }));
    }
}

/// Puts `text` on the clipboard, then says in the status line whether it worked.
fn copy(text: String, done: &'static str) {
    wasm_bindgen_futures::spawn_local(async move {
        let ok = export::copy(&text).await;
        if let Some(status) = by_id("status") {
            status.set_text_content(Some(if ok { done } else { "The clipboard refused: nothing was copied." }));
        }
    });
}
