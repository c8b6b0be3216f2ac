//! Component tests of the web app, in headless Chromium:
//! `cargo test --target wasm32-unknown-unknown --test web` (scripts/test runs them).

#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use addsup::web::{checker, share, view::View};
use addsup::Report;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const ARTICLE: [&str; 3] = [
    include_str!("../benches/data/economy.txt"),
    include_str!("../benches/data/health.txt"),
    include_str!("../benches/data/transport.txt"),
];

#[wasm_bindgen_test]
fn share_links_round_trip_any_text() {
    let long = ARTICLE.concat().repeat(12);
    let odd = "e\u{301} \u{202E}17\u{202C} 👩‍👩‍👧 <script>&amp;\n\n\t\0 £2.5bn";
    for text in ["", "a", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", odd, ARTICLE[0], &long] {
        let code = share::compress(text);
        assert!(code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'), "URL-safe");
        assert_eq!(share::decompress(&code).as_deref(), Some(text), "round trip of {} bytes", text.len());
    }
    // Prose compresses: the link is shorter than the text.
    assert!(share::compress(ARTICLE[0]).len() < ARTICLE[0].len());
    assert_eq!(share::decompress("not base64!"), None);
}

#[wasm_bindgen_test]
fn view_offsets_are_utf16_code_units() {
    let text = "🎉 Of the £1,200, 👩‍👩‍👧 e\u{301} 45% went on 3 things; 14 of the 40 (30%) agreed.";
    let report = addsup::check(text);
    let view = View::new(text, &report);
    let units: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(view.marks.len(), report.numbers.len());
    for (mark, n) in view.marks.iter().zip(&report.numbers) {
        let painted = String::from_utf16(&units[mark.at.start as usize..mark.at.end as usize]).unwrap();
        assert_eq!(painted, n.span.of(text));
    }
    let utf16 = |byte: usize| text[..byte].encode_utf16().count() as u32;
    for (fv, f) in view.findings.iter().zip(&report.findings) {
        assert_eq!((fv.at.start, fv.at.end), (utf16(f.span.start), utf16(f.span.end)));
    }
    let bad = view.findings.iter().find(|f| !f.ok).expect("14 of 40 is not 30%");
    assert!(bad.sentence.starts_with("🎉 Of the"), "{}", bad.sentence);
    assert_eq!(view.summary(), format!("{} numbers, 1 relation checked, 1 problem", report.numbers.len()));
}

#[wasm_bindgen_test]
fn a_long_text_checked_in_pieces_gives_the_whole_text_report() {
    // Pounds and emoji everywhere, so cuts fall inside characters unless they take care.
    let text = ARTICLE.join("\n\n").replace("£", "£€").replace(". ", ". 🎉 ").repeat(8);
    let pieces = checker::pieces(&text);
    assert!(pieces.len() > 4, "{} pieces", pieces.len());
    assert_eq!(pieces.first().map(|p| p.start), Some(0));
    assert_eq!(pieces.last().map(|p| p.end), Some(text.len()));
    assert!(pieces.windows(2).all(|w| w[0].end == w[1].start), "pieces tile the text");
    let mut joined = Report::default();
    for p in pieces {
        checker::join(&mut joined, addsup::check(&text[p.clone()]), p.start);
    }
    assert_eq!(joined, addsup::check(&text));
}

/// `v` with every number as a float: JavaScript writes `96400` where serde_json writes `96400.0`.
fn floats(v: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Number(n) => serde_json::json!(n.as_f64().expect("a finite number")),
        Value::Array(a) => Value::Array(a.into_iter().map(floats).collect()),
        Value::Object(o) => Value::Object(o.into_iter().map(|(k, v)| (k, floats(v))).collect()),
        v => v,
    }
}

#[wasm_bindgen_test]
fn downloaded_json_reads_as_the_cli_json() {
    use addsup::report::json::JsonReport;
    let odd = "\"Quoted\" \\ 14 of the 40 (30%)\tagreed;\u{1} \u{1f}\r\n👩‍👩‍👧 e\u{301} about £1.2bn, 3½ and -7.25.";
    // Strings are escaped as JSON needs: the odd text itself reads back as itself.
    let written = addsup::web::json::to_string(&odd).expect("JSON text");
    assert_eq!(serde_json::from_str::<String>(&written).expect("a JSON string"), odd);
    for text in [odd, ARTICLE[0], ARTICLE[1]] {
        let report = addsup::check(text);
        let value = JsonReport::new("addsup", text, &report);
        let ours = addsup::web::json::to_string(&value).expect("JSON text");
        let ours: serde_json::Value = serde_json::from_str(&ours).expect("valid JSON");
        let cli: serde_json::Value = serde_json::from_str(&serde_json::to_string(&value).unwrap()).unwrap();
        assert_eq!(floats(ours), floats(cli), "{text}");
    }
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Waits until `ready` holds, for up to ten seconds.
async fn until(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..1000 {
        if ready() {
            return;
        }
        gloo_timers::future::sleep(Duration::from_millis(10)).await;
    }
    panic!("timed out waiting for {what}");
}

fn highlight_size(name: &str) -> u32 {
    let css = js_sys::Reflect::get(&js_sys::global(), &"CSS".into()).unwrap();
    let reg = js_sys::Reflect::get(&css, &"highlights".into()).unwrap();
    let h = js_sys::Reflect::get(&reg, &"get".into())
        .unwrap()
        .unchecked_into::<js_sys::Function>()
        .call1(&reg, &name.into())
        .unwrap();
    if h.is_undefined() {
        return 0;
    }
    js_sys::Reflect::get(&h, &"size".into()).unwrap().as_f64().unwrap() as u32
}

#[wasm_bindgen_test]
async fn app_paints_and_lists_what_is_typed() {
    web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    // The page's fixed markup, as www/index.html holds it: the app finds its elements by id.
    let page = include_str!("../www/index.html");
    let main = &page[page.find("<main").unwrap()..page.find("</main>").unwrap() + "</main>".len()];
    root.set_inner_html(main);
    addsup::web::start();
    until("the app's first check", || root.query_selector("main[data-generation]").unwrap().is_some()).await;
    let editor = document().get_element_by_id("editor").unwrap();

    // Typing into the empty editor: a text node the browser puts straight into it.
    editor.set_text_content(Some("From 240 to 312 is a 35% rise. Of 412 passengers, 38 were children."));
    let input = web_sys::InputEvent::new("input").unwrap();
    editor.dispatch_event(&input).unwrap();
    until("the check", || highlight_size("addsup-bad") == 3).await;
    assert_eq!(highlight_size("addsup-count") + highlight_size("addsup-percent"), 5);
    // The editor was put back into blocks of text, the text unchanged.
    assert_eq!(editor.children().length(), 1);
    assert_eq!(editor.first_element_child().unwrap().class_name(), "para");
    let items = root.query_selector_all(".findings .finding.bad").unwrap();
    assert_eq!(items.length(), 1);
    let summary = root.query_selector(".summary").unwrap().unwrap().text_content().unwrap();
    assert_eq!(summary, "5 numbers, 1 relation checked, 1 problem");

    // A panel item opens the popover with the explanation.
    items.item(0).unwrap().unchecked_into::<web_sys::HtmlElement>().click();
    until("the popover", || document().get_element_by_id("popover").is_some()).await;
    let text = document().get_element_by_id("popover").unwrap().text_content().unwrap();
    assert!(text.contains("a 35% rise from 240 would give 324"), "{text}");
    root.remove();
}
