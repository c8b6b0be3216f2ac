//! Painting the numbers in the editor with the CSS Custom Highlight API: named sets of ranges
//! that `::highlight(name)` rules in style.css colour. The editor's DOM is never touched, so
//! painting cannot move the caret or break undo.
//!
//! The consistent relations' ticks are small `✓` elements in an overlay beside the editor,
//! positioned from the ranges' rectangles.

use js_sys::{Map, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::editor;
use super::view::{Tint, View};

#[wasm_bindgen]
extern "C" {
    /// `Highlight`: a set of ranges painted by `::highlight(name)`.
    type Highlight;
    #[wasm_bindgen(constructor, catch)]
    fn new() -> Result<Highlight, JsValue>;
    #[wasm_bindgen(method)]
    fn add(this: &Highlight, range: &web_sys::Range);
    #[wasm_bindgen(method, setter)]
    fn set_priority(this: &Highlight, priority: i32);
}

/// The highlight of problems (a red wavy underline).
pub const BAD: &str = "addsup-bad";
/// The highlight of the numbers of the finding the popover shows.
pub const CURRENT: &str = "addsup-current";

/// `CSS.highlights`, when the browser has it.
fn registry() -> Option<Map> {
    let css = Reflect::get(&js_sys::global(), &"CSS".into()).ok()?;
    let reg = Reflect::get(&css, &"highlights".into()).ok()?;
    (!reg.is_undefined()).then(|| reg.unchecked_into())
}

/// Whether this browser can paint highlights (the panel works either way).
pub fn supported() -> bool {
    registry().is_some()
}

fn set(reg: &Map, name: &str, h: &Highlight) {
    reg.set(&name.into(), h);
}

/// How many numbers are painted between two yields to the browser.
const BATCH: usize = 4000;

/// Paints every number of `view` by its tint and underlines the flagged ones. A long text is
/// painted in batches, letting the browser run between them, and given up (`false`) as soon as
/// `wanted` says a newer check replaced this one. The new highlights replace the old ones only
/// when complete, so the page never shows a half-painted text.
pub async fn paint(editor_el: &Element, view: &View, wanted: impl Fn() -> bool) -> bool {
    let Some(reg) = registry() else { return true };
    let tints: Vec<Highlight> = Tint::ALL.iter().filter_map(|_| Highlight::new().ok()).collect();
    let Ok(bad) = Highlight::new() else { return true };
    if tints.len() != Tint::ALL.len() {
        return true;
    }
    // Problems paint over tints.
    bad.set_priority(1);
    for (k, batch) in view.marks.chunks(BATCH).enumerate() {
        if k > 0 {
            gloo_timers::future::TimeoutFuture::new(0).await;
            if !wanted() {
                return false;
            }
        }
        // Taken per batch: the text may have been edited while the browser ran.
        let Some(blocks) = editor::Blocks::of(editor_el) else { return true };
        for mark in batch {
            let Some(range) = blocks.range(mark.at) else { continue };
            let t = Tint::ALL.iter().position(|t| *t == mark.tint).unwrap_or(0);
            tints[t].add(&range);
            if mark.flagged {
                bad.add(&range);
            }
        }
    }
    for (tint, h) in Tint::ALL.iter().zip(&tints) {
        set(&reg, tint.highlight(), h);
    }
    set(&reg, BAD, &bad);
    true
}

/// Outlines the numbers of finding `current` (or nothing).
pub fn paint_current(editor_el: &Element, view: &View, current: Option<usize>) {
    let Some(reg) = registry() else { return };
    let Ok(h) = Highlight::new() else { return };
    h.set_priority(2);
    if let (Some(f), Some(blocks)) = (current.and_then(|k| view.findings.get(k)), editor::Blocks::of(editor_el)) {
        for &at in &f.numbers {
            if let Some(r) = blocks.range(at) {
                h.add(&r);
            }
        }
    }
    set(&reg, CURRENT, &h);
}

/// Puts a quiet `✓` after the claimed number of every consistent finding near the screen, in
/// `overlay` (a layer over the editor's box), or clears them when `show` is off. Only findings
/// within a screen of the viewport are placed: the blocks of a long text off screen are not laid
/// out (and measuring them would lay them out), so ticks are placed again on scroll.
pub fn ticks(editor_el: &Element, overlay: &Element, view: &View, show: bool) {
    overlay.set_text_content(None);
    if !show || !view.findings.iter().any(|f| f.ok) {
        return;
    }
    let Some(blocks) = editor::Blocks::of(editor_el) else { return };
    let height = gloo_utils::window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(800.0);
    let near = blocks.within(-height, 2.0 * height);
    let origin = overlay.get_bounding_client_rect();
    let doc = editor::document();
    for f in view.findings.iter().filter(|f| f.ok && f.culprit.start >= near.start && f.culprit.end <= near.end) {
        let Some(range) = blocks.range(f.culprit) else { continue };
        let rects = range.get_client_rects();
        let Some(rect) = rects.and_then(|r| r.get(r.length().checked_sub(1)?)) else { continue };
        let Ok(tick) = doc.create_element("span") else { continue };
        tick.set_class_name("tick");
        tick.set_text_content(Some("✓"));
        let (left, top) = (super::px(rect.right() - origin.left()), super::px(rect.top() - origin.top()));
        let _ = tick.set_attribute("style", &format!("left:{left};top:{top}"));
        let _ = overlay.append_child(&tick);
    }
}
