//! The editor: a `contenteditable="plaintext-only"` element holding the text as blocks, each a
//! `<div class="para">` with one text node. The text is the blocks' texts joined by `\n`: the
//! boundary between two blocks is a line break, which is also how Chromium edits them (Enter
//! inserts `\n` into a text node; Backspace at a block's start joins it to the one before).
//!
//! Blocks exist for long texts: the browser lays out each block apart and skips the ones off
//! screen (`content-visibility: auto`), so a 1 MB paste does not cost one layout of 1 MB. A text
//! is cut into blocks of a few KB at line breaks, so a block never starts or ends mid-line.
//!
//! The app never writes HTML into the editor: text goes in through `textContent` and
//! `insertData`, so whatever is pasted stays text.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node, Range, Text};

use super::view::Units;

/// About how many bytes of text a block holds before the next line break ends it.
pub const BLOCK: usize = 4096;

/// The page's document (the app runs only in a window).
pub fn document() -> Document {
    gloo_utils::document()
}

/// The editor's blocks as they are now: each block's text node and where it starts in the text
/// (UTF-16 units). Taken once per paint or event, not kept across edits.
pub struct Blocks {
    nodes: Vec<Text>,
    starts: Vec<u32>,
}

impl Blocks {
    /// Reads the editor's blocks, if it has the expected shape (else `None`: see [`text`]).
    pub fn of(editor: &Element) -> Option<Blocks> {
        let children = editor.children();
        let (mut nodes, mut starts) = (Vec::new(), Vec::new());
        let mut at = 0;
        for k in 0..children.length() {
            let block = children.item(k)?;
            if block.class_name() != "para" || block.child_nodes().length() != 1 {
                return None;
            }
            let node: Text = block.first_child()?.dyn_into().ok()?;
            starts.push(at);
            at += node.length() + 1;
            nodes.push(node);
        }
        // Text directly in the editor (typed into an empty one) is not in a block.
        if editor.child_nodes().length() != children.length() {
            return None;
        }
        Some(Blocks { nodes, starts })
    }

    /// The text node and offset in it of UTF-16 offset `at` of the text.
    fn point(&self, at: u32) -> Option<(&Text, u32)> {
        let k = self.starts.partition_point(|&s| s <= at).checked_sub(1)?;
        let node = &self.nodes[k];
        Some((node, (at - self.starts[k]).min(node.length())))
    }

    /// A live range over UTF-16 units `at` of the text. Live ranges move with edits, so
    /// highlights stay on their characters between a keystroke and the next check.
    pub fn range(&self, at: Units) -> Option<Range> {
        let (a, ao) = self.point(at.start)?;
        let (b, bo) = self.point(at.end)?;
        let range = document().create_range().ok()?;
        range.set_start(a, ao).ok()?;
        range.set_end(b, bo).ok()?;
        Some(range)
    }

    /// The UTF-16 offset in the text of DOM position (`node`, `offset`), if it is in the editor.
    pub fn offset(&self, editor: &Element, node: &Node, offset: u32) -> Option<u32> {
        if let Some(k) = self.nodes.iter().position(|n| AsRef::<Node>::as_ref(n) == node) {
            return Some(self.starts[k] + offset);
        }
        let end = |k: usize| self.starts[k] + self.nodes[k].length();
        if node == AsRef::<Node>::as_ref(editor) {
            let k = offset as usize;
            return Some(if k < self.nodes.len() {
                self.starts[k]
            } else {
                self.nodes.len().checked_sub(1).map_or(0, end)
            });
        }
        // A block element itself: before or after its text node.
        let k = self.nodes.iter().position(|n| n.parent_node().as_ref() == Some(node))?;
        Some(if offset == 0 { self.starts[k] } else { end(k) })
    }

    /// The UTF-16 span of the blocks that reach into the band of the viewport from `top` to
    /// `bottom` (pixels, may lie outside the window): found by bisection, so only a few blocks
    /// are measured, and off-screen blocks are not laid out.
    pub fn within(&self, top: f64, bottom: f64) -> Units {
        let rect = |k: usize| self.nodes[k].parent_element().map(|b| b.get_bounding_client_rect());
        let first = bisect(self.nodes.len(), |k| rect(k).is_some_and(|r| r.bottom() < top));
        let last = bisect(self.nodes.len(), |k| rect(k).is_some_and(|r| r.top() <= bottom));
        if first >= last {
            return Units { start: 0, end: 0 };
        }
        Units { start: self.starts[first], end: self.starts[last - 1] + self.nodes[last - 1].length() }
    }

    /// The whole text.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for (k, n) in self.nodes.iter().enumerate() {
            if k > 0 {
                out.push('\n');
            }
            out.push_str(&n.data());
        }
        out
    }
}

/// The first index in `0..n` where `pred` turns false (`pred` holds on a prefix).
fn bisect(n: usize, pred: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if pred(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// The editor's text. If editing left it in another shape than blocks of one text node each (a
/// `<br>`, a new `<div>`, text typed into the empty editor), it is read as the browser shows it
/// and rebuilt into blocks, keeping the caret where it was.
pub fn text(editor: &Element) -> String {
    if let Some(blocks) = Blocks::of(editor) {
        return blocks.text();
    }
    let caret = raw_caret(editor);
    let mut out = String::new();
    flatten(editor, &mut out);
    set_text(editor, &out);
    if let Some(at) = caret {
        set_caret(editor, at.min(out.encode_utf16().count() as u32));
    }
    out
}

/// Appends the text under `node` as the browser lays it out: block boundaries and `<br>` are
/// line breaks; a `<br>` alone in a block only holds an empty line open.
fn flatten(node: &Node, out: &mut String) {
    let children = node.child_nodes();
    let mut after_block = false;
    for k in 0..children.length() {
        let Some(child) = children.item(k) else { continue };
        if let Some(t) = child.dyn_ref::<Text>() {
            if after_block {
                out.push('\n');
                after_block = false;
            }
            out.push_str(&t.data());
        } else if let Some(el) = child.dyn_ref::<Element>() {
            let tag = el.tag_name().to_ascii_lowercase();
            if tag == "br" {
                if !(children.length() == 1 && node.node_name() == "DIV") {
                    out.push('\n');
                }
            } else if tag == "div" || tag == "p" {
                if k > 0 {
                    out.push('\n');
                }
                flatten(&child, out);
                after_block = true;
            } else {
                flatten(&child, out);
            }
        }
    }
}

/// The offsets at which `text` is cut into blocks: at the first `\n` of a run of line breaks
/// once a block has [`BLOCK`] bytes, so no block is empty or ends with a line break.
pub fn cuts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    while start + BLOCK < text.len() {
        // Bytes, not chars: `start + BLOCK` may fall inside a character; a '\n' never does.
        let Some(i) = bytes[start + BLOCK..].iter().position(|&b| b == b'\n').map(|i| start + BLOCK + i) else {
            break;
        };
        // Back to the first line break of the run, so the block does not end with one.
        let mut cut = i;
        while cut > start + 1 && bytes[cut - 1] == b'\n' {
            cut -= 1;
        }
        out.push(cut);
        start = cut + 1;
    }
    out
}

/// Replaces the whole text, as blocks.
pub fn set_text(editor: &Element, text: &str) {
    editor.set_text_content(None);
    if text.is_empty() {
        return;
    }
    let doc = document();
    let mut start = 0;
    for end in cuts(text).into_iter().chain([text.len()]) {
        let Ok(block) = doc.create_element("div") else { return };
        block.set_class_name("para");
        block.set_text_content(Some(&text[start..end]));
        let _ = editor.append_child(&block);
        start = end + 1;
    }
}

/// The caret's (selection focus) offset in UTF-16 units, when it is in the editor.
pub fn caret(editor: &Element) -> Option<u32> {
    let sel = gloo_utils::window().get_selection().ok()??;
    Blocks::of(editor)?.offset(editor, &sel.focus_node()?, sel.focus_offset())
}

/// The caret before the editor is put back into blocks: counts the text before the focus.
fn raw_caret(editor: &Element) -> Option<u32> {
    let sel = gloo_utils::window().get_selection().ok()??;
    let node = sel.focus_node()?;
    if !editor.contains(Some(&node)) {
        return None;
    }
    let range = document().create_range().ok()?;
    range.select_node_contents(editor).ok()?;
    range.set_end(&node, sel.focus_offset()).ok()?;
    let before = String::from(range.to_string());
    Some(before.encode_utf16().count() as u32)
}

/// Puts the caret at UTF-16 offset `at`.
pub fn set_caret(editor: &Element, at: u32) {
    select(editor, Units { start: at, end: at });
}

/// Selects the UTF-16 range `at` of the text.
pub fn select(editor: &Element, at: Units) {
    let Some(range) = Blocks::of(editor).and_then(|b| b.range(at)) else { return };
    let Ok(Some(sel)) = gloo_utils::window().get_selection() else { return };
    let _ = sel.remove_all_ranges();
    let _ = sel.add_range(&range);
}

/// The selection as UTF-16 units, when it lies in the editor.
pub fn selection(editor: &Element, blocks: &Blocks) -> Option<Units> {
    let sel = gloo_utils::window().get_selection().ok()??;
    if sel.range_count() == 0 {
        return None;
    }
    let r = sel.get_range_at(0).ok()?;
    Some(Units {
        start: blocks.offset(editor, &r.start_container().ok()?, r.start_offset().ok()?)?,
        end: blocks.offset(editor, &r.end_container().ok()?, r.end_offset().ok()?)?,
    })
}

/// Inserts `text` in place of the selection (or at the end), as text, and puts the caret after
/// it. A short paste inside one block goes into that block's text node; anything else rebuilds
/// the blocks from the new text.
pub fn insert(editor: &Element, text: &str) {
    let units = text.encode_utf16().count() as u32;
    let Some(blocks) = Blocks::of(editor).filter(|b| !b.nodes.is_empty()) else {
        let mut all = self::text(editor);
        all.push_str(text);
        set_text(editor, &all);
        set_caret(editor, all.encode_utf16().count() as u32);
        return;
    };
    let end = blocks.starts.last().copied().unwrap_or(0) + blocks.nodes.last().map_or(0, |n| n.length());
    let at = selection(editor, &blocks).unwrap_or(Units { start: end, end });
    if let (Some((a, ao)), Some((b, bo))) = (blocks.point(at.start), blocks.point(at.end)) {
        if a == b && text.len() < BLOCK {
            let _ = a.delete_data(ao, bo.saturating_sub(ao));
            let _ = a.insert_data(ao, text);
            set_caret(editor, at.start + units);
            return;
        }
    }
    // Splice at the UTF-16 offsets' byte offsets, then rebuild.
    let mut all = blocks.text();
    let byte = |at: u32| {
        let mut units = 0;
        all.char_indices()
            .find(|(_, c)| {
                units += c.len_utf16() as u32;
                units > at
            })
            .map_or(all.len(), |(i, _)| i)
    };
    let (start, end) = (byte(at.start), byte(at.end));
    all.replace_range(start..end.max(start), text);
    set_text(editor, &all);
    set_caret(editor, at.start + units);
}

/// The UTF-16 offset in the text under the viewport point (x, y), if any.
pub fn offset_at(editor: &Element, x: f32, y: f32) -> Option<u32> {
    let pos = document().caret_position_from_point(x, y)?;
    let node = pos.offset_node()?;
    if node.dyn_ref::<Text>().is_none() || !editor.contains(Some(&node)) {
        return None;
    }
    Blocks::of(editor)?.offset(editor, &node, pos.offset())
}
