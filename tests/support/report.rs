//! Comparing what the JavaScript API returns with what the CLI prints, for the browser tests of
//! the API and the widget (`tests/embed.rs`, `tests/js_api.rs`). Each test file includes it
//! with `#[path]`; not every file uses every helper.
#![allow(dead_code)]

use std::process::Command;

use serde_json::{json, Value};

/// What `addsup check --format json` says about `text`.
pub fn cli_report(text: &str) -> Value {
    // A file per call: tests run in parallel.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let file = std::env::temp_dir().join(format!("addsup-api-test-{}-{n}.txt", std::process::id()));
    std::fs::write(&file, text).expect("write the input");
    let out = Command::new(env!("CARGO_BIN_EXE_addsup"))
        .args(["check", "--format", "json"])
        .arg(&file)
        .output()
        .expect("run addsup");
    let _ = std::fs::remove_file(&file);
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("CLI JSON: {e}: {}", String::from_utf8_lossy(&out.stdout)))
}

/// The UTF-16 offset of byte `b` in `text`.
pub fn utf16(text: &str, b: &Value) -> Value {
    let b = b.as_u64().unwrap_or_default() as usize;
    json!(text[..b].encode_utf16().count())
}

/// `v` without the keys named, and with every number as a float: JSON from JS writes `412`
/// where serde writes `412.0`, the same value.
pub fn without(v: &Value, keys: &[&str]) -> Value {
    fn floats(v: Value) -> Value {
        match v {
            Value::Number(n) => json!(n.as_f64()),
            Value::Array(a) => Value::Array(a.into_iter().map(floats).collect()),
            Value::Object(o) => Value::Object(o.into_iter().map(|(k, v)| (k, floats(v))).collect()),
            v => v,
        }
    }
    let mut v = v.clone();
    if let Some(o) = v.as_object_mut() {
        keys.iter().for_each(|k| drop(o.remove(*k)));
    }
    floats(v)
}

/// Field names of `export interface NAME { ... }` in a TypeScript declaration file.
pub fn interface_fields(dts: &str, name: &str) -> Vec<String> {
    let start = dts.find(&format!("export interface {name} {{")).unwrap_or_else(|| panic!("no interface {name}"));
    let body = &dts[start..start + dts[start..].find("\n}").unwrap_or_default()];
    let mut fields: Vec<String> = body
        .lines()
        .skip(1)
        .map(str::trim)
        .filter(|l| !l.starts_with("/*") && !l.starts_with('*'))
        .filter_map(|l| l.split_once(':').map(|(k, _)| k.trim_end_matches('?').to_owned()))
        .collect();
    fields.sort();
    fields
}
