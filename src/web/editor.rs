//! The editor: a `contenteditable="plaintext-only"` element that holds the text as one DOM
//! text node, so a UTF-16 offset from the view is an offset into that node and nothing else.
//!
//! The app never writes HTML into it: text goes in through `Text.data`, `insertData` and
//! `textContent`, so whatever is pasted stays text.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node, Range, Text};

use super::view::Units;

/// The page's document (the app runs only in a window).
pub fn document() -> Document {
    gloo_utils::document()
}

/// The editor's one text node, if it has any text.
pub fn text_node(editor: &Element) -> Option<Text> {
    editor.first_child().and_then(|n| n.dyn_into::<Text>().ok())
}

/// The editor's text. If editing left anything but one text node (a `<br>`, a `<div>` per
/// line, split nodes), the text is read line by line and the editor is put back to one node,
/// keeping the caret where it was.
pub fn text(editor: &Element) -> String {
    let children = editor.child_nodes();
    if children.length() == 1 {
        if let Some(t) = text_node(editor) {
            return t.data();
        }
    }
    if children.length() == 0 {
        return String::new();
    }
    let caret = caret(editor);
    let mut out = String::new();
    flatten(editor, &mut out);
    editor.set_text_content(Some(&out));
    if let Some(at) = caret {
        set_caret(editor, at);
    }
    out
}

/// Appends the text under `node`: text nodes as they are, `<br>` and block boundaries as `\n`.
fn flatten(node: &Node, out: &mut String) {
    let children = node.child_nodes();
    for k in 0..children.length() {
        let Some(child) = children.item(k) else { continue };
        if let Some(t) = child.dyn_ref::<Text>() {
            out.push_str(&t.data());
        } else if let Some(el) = child.dyn_ref::<Element>() {
            let tag = el.tag_name();
            if tag.eq_ignore_ascii_case("br") {
                out.push('\n');
            } else {
                let block = tag.eq_ignore_ascii_case("div") || tag.eq_ignore_ascii_case("p");
                if block && !out.is_empty() && !out.ends_with('\n') {
                    out.push('\n');
                }
                flatten(&child, out);
            }
        }
    }
}

/// Replaces the whole text.
pub fn set_text(editor: &Element, text: &str) {
    editor.set_text_content(if text.is_empty() { None } else { Some(text) });
}

/// The caret's (selection focus) offset in UTF-16 units, when it is in the editor.
pub fn caret(editor: &Element) -> Option<u32> {
    let sel = gloo_utils::window().get_selection().ok()??;
    let node = sel.focus_node()?;
    if !editor.contains(Some(&node)) {
        return None;
    }
    let offset = sel.focus_offset();
    if node.dyn_ref::<Text>().is_some() {
        Some(offset)
    } else if offset == 0 {
        Some(0)
    } else {
        Some(text_node(editor).map_or(0, |t| t.length()))
    }
}

/// Puts the caret at UTF-16 offset `at`.
pub fn set_caret(editor: &Element, at: u32) {
    select(editor, Units { start: at, end: at });
}

/// Selects the UTF-16 range `at` in the editor.
pub fn select(editor: &Element, at: Units) {
    let (Some(range), Ok(Some(sel))) = (range(editor, at), gloo_utils::window().get_selection()) else { return };
    let _ = sel.remove_all_ranges();
    let _ = sel.add_range(&range);
}

/// The selection as UTF-16 units `(start, end)`, when it lies in the editor.
pub fn selection(editor: &Element) -> Option<Units> {
    let sel = gloo_utils::window().get_selection().ok()??;
    if sel.range_count() == 0 {
        return None;
    }
    let r = sel.get_range_at(0).ok()?;
    let len = text_node(editor).map_or(0, |t| t.length());
    let to_units = |node: Node, offset: u32| -> Option<u32> {
        if !editor.contains(Some(&node)) {
            return None;
        }
        Some(if node.dyn_ref::<Text>().is_some() {
            offset
        } else if offset == 0 {
            0
        } else {
            len
        })
    };
    Some(Units {
        start: to_units(r.start_container().ok()?, r.start_offset().ok()?)?,
        end: to_units(r.end_container().ok()?, r.end_offset().ok()?)?,
    })
}

/// Inserts `text` in place of the selection (or at the end), as text, and puts the caret
/// after it. Works on the text node's UTF-16 data directly: no copy of the whole text.
pub fn insert(editor: &Element, text: &str) {
    let at = selection(editor);
    let Some(node) = text_node(editor) else {
        set_text(editor, text);
        set_caret(editor, text.encode_utf16().count() as u32);
        return;
    };
    let len = node.length();
    let at = at.unwrap_or(Units { start: len, end: len });
    let _ = node.delete_data(at.start, at.end.saturating_sub(at.start));
    let _ = node.insert_data(at.start, text);
    set_caret(editor, at.start + text.encode_utf16().count() as u32);
}

/// A live range over UTF-16 units `at` of the editor's text, clamped to it. Live ranges move
/// with edits, so highlights stay on their characters between a keystroke and the next check.
pub fn range(editor: &Element, at: Units) -> Option<Range> {
    let node = text_node(editor)?;
    let len = node.length();
    let range = document().create_range().ok()?;
    range.set_start(&node, at.start.min(len)).ok()?;
    range.set_end(&node, at.end.min(len)).ok()?;
    Some(range)
}

/// The UTF-16 offset in the editor's text under the viewport point (x, y), if any.
pub fn offset_at(editor: &Element, x: f32, y: f32) -> Option<u32> {
    let pos = document().caret_position_from_point(x, y)?;
    let node = pos.offset_node()?;
    if !editor.contains(Some(&node)) || node.dyn_ref::<Text>().is_none() {
        return None;
    }
    Some(pos.offset())
}
