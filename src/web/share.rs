//! Keeping the text: local storage across reloads, and share links that carry the text in the
//! URL fragment (which browsers never send to a server).
//!
//! Links compress the text with LZW over its UTF-8 bytes, codes of growing width packed into
//! URL-safe base64. A general-purpose deflate crate would cost more wasm than the whole app
//! needs for this; LZW halves ordinary prose in some eighty lines.

use std::collections::BTreeMap;

const KEY: &str = "addsup.text";
/// The fragment prefix of a share link: `#t=<compressed text>`.
pub const PREFIX: &str = "#t=";

/// The saved text, if any.
pub fn load() -> Option<String> {
    gloo_utils::window().local_storage().ok()??.get_item(KEY).ok()?
}

/// Saves the text (best effort: a full or disabled storage just does not keep it).
pub fn save(text: &str) {
    if let Ok(Some(s)) = gloo_utils::window().local_storage() {
        let _ = if text.is_empty() { s.remove_item(KEY) } else { s.set_item(KEY, text) };
    }
}

/// The text in the page's share fragment, if it has one that decodes.
pub fn from_fragment() -> Option<String> {
    let hash = gloo_utils::window().location().hash().ok()?;
    decompress(hash.strip_prefix(PREFIX)?)
}

/// The page's URL with `text` as its share fragment.
pub fn link(text: &str) -> String {
    let location = gloo_utils::window().location();
    let href = location.href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}{PREFIX}{}", compress(text))
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
/// Codes start 9 bits wide (256 bytes + a reset code) and grow to 16; then the dictionary restarts.
const RESET: u32 = 256;
const FIRST: u32 = 257;
const MAX_BITS: u32 = 16;

/// Writes codes of varying width as base64 characters, six bits each.
struct Bits {
    out: String,
    acc: u64,
    n: u32,
}

impl Bits {
    fn put(&mut self, code: u32, width: u32) {
        self.acc = (self.acc << width) | u64::from(code);
        self.n += width;
        while self.n >= 6 {
            self.n -= 6;
            self.out.push(ALPHABET[((self.acc >> self.n) & 63) as usize] as char);
        }
    }
}

/// `text` as LZW codes in URL-safe base64.
pub fn compress(text: &str) -> String {
    let mut bits = Bits { out: String::new(), acc: 0, n: 0 };
    // (code, next byte) → code. A BTreeMap of usizes, the very type the core already links
    // (check::run), adds less to the wasm than a HashMap of its own; this runs only when a
    // link is copied.
    let mut dict: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    let (mut next, mut width) = (FIRST, 9);
    let mut bytes = text.bytes();
    let Some(first) = bytes.next() else { return String::new() };
    let mut cur = u32::from(first);
    for b in bytes {
        if let Some(&code) = dict.get(&(cur as usize, usize::from(b))) {
            cur = code as u32;
            continue;
        }
        bits.put(cur, width);
        if next == 1 << MAX_BITS {
            bits.put(RESET, width);
            dict.clear();
            (next, width) = (FIRST, 9);
        } else {
            dict.insert((cur as usize, usize::from(b)), next as usize);
            next += 1;
            // The decoder learns each entry one code late: widen when it will need the width.
            if next > 1 << width && width < MAX_BITS {
                width += 1;
            }
        }
        cur = u32::from(b);
    }
    bits.put(cur, width);
    if bits.n > 0 {
        let pad = 6 - bits.n;
        bits.put(0, pad);
    }
    bits.out
}

/// The text `compress` encoded, or `None` if `code` is not such an encoding.
pub fn decompress(code: &str) -> Option<String> {
    let mut acc: u64 = 0;
    let mut n = 0;
    let mut chars = code.bytes();
    let mut dict: Vec<Vec<u8>> = Vec::new();
    let mut width = 9;
    let mut prev: Option<Vec<u8>> = None;
    let mut out: Vec<u8> = Vec::new();
    loop {
        while n < width {
            let Some(c) = chars.next() else {
                return String::from_utf8(out).ok();
            };
            let v = ALPHABET.iter().position(|&a| a == c)? as u64;
            acc = (acc << 6) | v;
            n += 6;
        }
        n -= width;
        let code = ((acc >> n) & ((1 << width) - 1)) as u32;
        acc &= (1 << n) - 1;
        if code == RESET {
            dict.clear();
            width = 9;
            prev = None;
            continue;
        }
        let entry = if code < 256 {
            vec![code as u8]
        } else if let Some(e) = dict.get((code - FIRST) as usize) {
            e.clone()
        } else if (code - FIRST) as usize == dict.len() {
            // The code being defined right now: the previous string plus its own first byte.
            let p = prev.as_ref()?;
            let mut e = p.clone();
            e.push(p[0]);
            e
        } else {
            return None;
        };
        out.extend_from_slice(&entry);
        if let Some(p) = prev.take() {
            let mut e = p;
            e.push(entry[0]);
            dict.push(e);
            if FIRST + dict.len() as u32 + 1 > 1 << width && width < MAX_BITS {
                width += 1;
            }
        }
        prev = Some(entry);
    }
}
