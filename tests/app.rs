//! End-to-end tests of the web app: the release build in `dist/` in a headless Chromium,
//! compared with what the `addsup` binary reports for the same text.

#[path = "support/browser.rs"]
mod browser;

use std::io::Write;
use std::process::{Command, Stdio};

use browser::{dist_dir, Browser, Server};
use serde_json::{json, Value};

/// The CLI's JSON report of `text`.
fn cli(text: &str) -> Value {
    let mut child = Command::new(env!("CARGO_BIN_EXE_addsup"))
        .args(["check", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run addsup");
    child.stdin.take().expect("stdin").write_all(text.as_bytes()).expect("write stdin");
    let out = child.wait_with_output().expect("addsup output");
    serde_json::from_slice(&out.stdout).expect("addsup prints JSON")
}

/// A UTF-8 byte offset of `text` in UTF-16 code units, as the DOM counts.
fn utf16(text: &str, byte: u64) -> u64 {
    text[..byte as usize].encode_utf16().count() as u64
}

/// The number ranges the CLI reports, as (UTF-16 start, end, text), in text order.
fn cli_numbers(text: &str, report: &Value, only: Option<&[u64]>) -> Vec<(u64, u64, String)> {
    let numbers = report["numbers"].as_array().expect("numbers");
    let mut out: Vec<(u64, u64, String)> = numbers
        .iter()
        .enumerate()
        .filter(|(k, _)| only.is_none_or(|o| o.contains(&(*k as u64))))
        .map(|(_, n)| {
            let (s, e) = (n["start"].as_u64().unwrap(), n["end"].as_u64().unwrap());
            (utf16(text, s), utf16(text, e), n["text"].as_str().unwrap().to_owned())
        })
        .collect();
    out.sort();
    out
}

/// The indices of every number in an inconsistent finding.
fn flagged(report: &Value) -> Vec<u64> {
    let mut out: Vec<u64> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["verdict"] == "inconsistent")
        .flat_map(|f| f["numbers"].as_array().unwrap().iter().map(|k| k.as_u64().unwrap()))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// `v` with every number as a float: JavaScript writes `96400` where serde writes `96400.0`.
fn floats(v: Value) -> Value {
    match v {
        Value::Number(n) => json!(n.as_f64().expect("a finite number")),
        Value::Array(a) => Value::Array(a.into_iter().map(floats).collect()),
        Value::Object(o) => Value::Object(o.into_iter().map(|(k, v)| (k, floats(v))).collect()),
        v => v,
    }
}

/// Loads the app and waits for its first check.
async fn open_app(server: &Server) -> Browser {
    let b = Browser::start().await;
    b.goto(&server.url("index.html")).await;
    b.wait_for("the app's first check", "return document.querySelector('main[data-generation]') !== null").await;
    b
}

fn generation(v: &Value) -> u64 {
    v.as_str().and_then(|s| s.parse().ok()).unwrap_or(0)
}

/// Pastes `text` into the editor as a browser's paste event would carry it, and waits for the
/// check that follows.
async fn paste(b: &Browser, text: &str) {
    let before = generation(&b.js("return document.querySelector('main').dataset.generation", vec![]).await);
    b.js(
        "const ed = document.getElementById('editor'); ed.focus();
         const dt = new DataTransfer(); dt.setData('text/plain', arguments[0]);
         ed.dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));",
        vec![json!(text)],
    )
    .await;
    let wait = format!("return Number(document.querySelector('main').dataset.generation) > {before}");
    b.wait_for("the check after the paste", &wait).await;
}

/// Every painted highlight: name → sorted (start, end, text) of its ranges.
async fn painted(b: &Browser, name: &str) -> Vec<(u64, u64, String)> {
    let v = b
        .js(
            "const h = CSS.highlights.get(arguments[0]);
             // Offsets in the whole text: blocks are joined by line breaks.
             const starts = new Map(); let at = 0;
             for (const p of document.getElementById('editor').children) {
                 starts.set(p.firstChild, at); at += p.firstChild.length + 1;
             }
             return h ? [...h].map(r => [starts.get(r.startContainer) + r.startOffset,
                                         starts.get(r.endContainer) + r.endOffset, r.toString()]) : [];",
            vec![json!(name)],
        )
        .await;
    let mut out: Vec<(u64, u64, String)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r[0].as_u64().unwrap(), r[1].as_u64().unwrap(), r[2].as_str().unwrap().to_owned()))
        .collect();
    out.sort();
    out
}

/// Every number painted, whatever its tint.
async fn all_painted(b: &Browser) -> Vec<(u64, u64, String)> {
    let mut all = Vec::new();
    for tint in ["count", "money", "percent", "date", "other"] {
        all.extend(painted(b, &format!("addsup-{tint}")).await);
    }
    all.sort();
    all
}

fn article() -> String {
    let dir = browser::root().join("benches/data");
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("benches/data").flatten().map(|e| e.path()).collect();
    files.sort();
    files.iter().map(|p| std::fs::read_to_string(p).expect("article")).collect::<Vec<_>>().join("\n")
}

/// Pastes `text` and asserts the page paints, flags and lists exactly what the CLI reports.
async fn assert_same_as_cli(b: &Browser, text: &str) {
    paste(b, text).await;
    let report = cli(text);

    assert_eq!(all_painted(b).await, cli_numbers(text, &report, None), "painted numbers");
    assert_eq!(painted(b, "addsup-bad").await, cli_numbers(text, &report, Some(&flagged(&report))), "flagged numbers");

    let findings = report["findings"].as_array().unwrap();
    let panel = b
        .js(
            "return [...document.querySelectorAll('.findings .finding')].map(f =>
                [f.classList.contains('bad') ? 'inconsistent' : 'consistent', f.querySelector('.what').textContent]);",
            vec![],
        )
        .await;
    let panel = panel.as_array().unwrap();
    let listed: Vec<(String, String)> =
        panel.iter().map(|item| (item[0].as_str().unwrap().to_owned(), item[1].as_str().unwrap().to_owned())).collect();
    let expected: Vec<(String, String)> = findings
        .iter()
        .map(|f| {
            let what = format!("{}: {}", f["check"].as_str().unwrap(), f["message"].as_str().unwrap());
            (f["verdict"].as_str().unwrap().to_owned(), what)
        })
        .collect();
    // Each item reads "✓ check: message" (the mark first).
    let listed: Vec<(String, String)> = listed.into_iter().map(|(v, w)| (v, w.chars().skip(1).collect())).collect();
    assert_eq!(listed, expected, "the panel lists the CLI's findings in order");

    let summary = b.js("return document.querySelector('.summary').textContent", vec![]).await;
    let problems = findings.iter().filter(|f| f["verdict"] == "inconsistent").count();
    let plural = |n: usize, one: &str, many: &str| if n == 1 { format!("1 {one}") } else { format!("{n} {many}") };
    let expected = format!(
        "{}, {}, {}",
        plural(report["numbers"].as_array().unwrap().len(), "number", "numbers"),
        plural(findings.len(), "relation checked", "relations checked"),
        plural(problems, "problem", "problems")
    );
    assert_eq!(summary, expected.as_str());
}

#[tokio::test(flavor = "current_thread")]
async fn pasted_article_is_painted_and_flagged_as_the_cli_reports() {
    let server = Server::start(&dist_dir(), &[]);
    let b = open_app(&server).await;
    assert_same_as_cli(&b, &article()).await;
    b.screenshot("app-article").await;
    assert_eq!(server.foreign(&b.requests().await), Vec::<String>::new(), "requests beyond the page's own files");
    assert_eq!(b.console_errors().await, Vec::<String>::new());
    b.close().await;
}

/// Every input of the corpus (every rule, every kind of number) at once: the browser build
/// must find and flag exactly what the native CLI does.
#[tokio::test(flavor = "current_thread")]
async fn every_corpus_input_checks_the_same_in_the_browser() {
    let mut inputs = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(browser::root().join("tests/corpus"))
        .expect("tests/corpus")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    for file in files {
        let doc: toml::Value = toml::from_str(&std::fs::read_to_string(&file).expect("read")).expect("TOML");
        for case in doc.get("case").and_then(|c| c.as_array()).into_iter().flatten() {
            if let Some(input) = case.get("input").and_then(|i| i.as_str()) {
                inputs.push(input.to_owned());
            }
        }
    }
    assert!(inputs.len() > 500, "{} corpus inputs", inputs.len());
    let server = Server::start(&dist_dir(), &[]);
    let b = open_app(&server).await;
    assert_same_as_cli(&b, &inputs.join("\n\n")).await;
    b.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn example_opens_popovers_from_the_panel_the_keyboard_and_the_pointer() {
    let server = Server::start(&dist_dir(), &[]);
    let b = open_app(&server).await;
    b.js("document.getElementById('example').click()", vec![]).await;
    b.wait_for("the example's findings", "return document.querySelectorAll('.finding.bad').length >= 3").await;

    // The panel: a problem's button opens its popover with the explanation.
    b.js("[...document.querySelectorAll('.finding.bad')].find(f => f.textContent.includes('96,400')).click()", vec![])
        .await;
    let pop = b.wait_for("a popover", "const p = document.getElementById('popover'); return p && p.textContent").await;
    let pop = pop.as_str().unwrap().to_owned();
    assert!(pop.contains("does not add up") && pop.contains("Stated") && pop.contains("Computed"), "{pop}");
    assert!(pop.contains("Most likely wrong: 96,400. With 93,400 it would add up."), "{pop}");
    let role = b.js("return document.getElementById('popover').getAttribute('role')", vec![]).await;
    assert_eq!(role, "dialog");
    b.screenshot("app-popover").await;
    let kept = b.js("return document.getElementById('editor').textContent.startsWith('Harbour')", vec![]).await;
    assert_eq!(kept, true, "the editor keeps its text when a popover opens");

    // Escape closes it; Alt+↓ from the start of the text opens the first finding again.
    b.js(
        "document.getElementById('editor').dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true}))",
        vec![],
    )
    .await;
    b.wait_for("the popover to close", "return !document.getElementById('popover')").await;
    b.js(
        "const ed = document.getElementById('editor'); ed.focus(); getSelection().collapse(ed.firstChild, 0);
         ed.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowDown', altKey: true, bubbles: true}))",
        vec![],
    )
    .await;
    let first =
        b.wait_for("Alt+↓ to open a popover", "return document.getElementById('popover')?.dataset.finding").await;
    assert_eq!(first, "0");

    // The pointer: hovering over a flagged number opens its finding.
    let point = b
        .js(
            "document.querySelector('main').dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'}));
             const r = [...CSS.highlights.get('addsup-bad')][0].getBoundingClientRect();
             return [r.left + r.width / 2, r.top + r.height / 2];",
            vec![],
        )
        .await;
    b.wait_for("the popover to close", "return !document.getElementById('popover')").await;
    b.js(
        "document.getElementById('editor').dispatchEvent(new MouseEvent('mousemove',
            {clientX: arguments[0], clientY: arguments[1], bubbles: true}))",
        vec![point[0].clone(), point[1].clone()],
    )
    .await;
    let role = b.wait_for("hovering to open a popover", "return document.getElementById('popover')?.role").await;
    assert_eq!(role, "tooltip", "a popover that follows the pointer is a tooltip");
    let described = b.js("return document.getElementById('editor').getAttribute('aria-describedby')", vec![]).await;
    assert_eq!(described, "privacy popover", "the editor is described by the open explanation");
    b.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn text_survives_a_reload_and_travels_in_a_share_link() {
    let server = Server::start(&dist_dir(), &[]);
    let b = open_app(&server).await;
    let text = "Of the 412 passengers, 38 were children and 374 adults.\nA second line: 5 + 7 = 13.";
    paste(&b, text).await;
    b.client.refresh().await.expect("reload");
    let reloaded = b.wait_for("the text after a reload", "return document.getElementById('editor').textContent").await;
    assert_eq!(reloaded, text);
    b.wait_for("highlights after a reload", "return CSS.highlights.get('addsup-bad')?.size").await;

    // A share link carries the text in its fragment; opened elsewhere (no saved text), it
    // brings the text back, then drops the fragment.
    b.js("document.getElementById('share').click()", vec![]).await;
    let link = b.wait_for("the share link", "return document.getElementById('share-link')?.href").await;
    let link = link.as_str().unwrap().to_owned();
    assert!(link.contains("#t="), "{link}");
    assert!(!link.contains("passengers"), "the text is compressed: {link}");
    b.js("localStorage.clear()", vec![]).await;
    b.goto("about:blank").await;
    b.goto(&link).await;
    let shared = b.wait_for("the shared text", "return document.getElementById('editor').textContent").await;
    assert_eq!(shared, text);
    let hash = b.js("return location.hash", vec![]).await;
    assert_eq!(hash, "");
    b.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn hostile_paste_stays_text_and_highlights_land_on_the_right_characters() {
    let server = Server::start(&dist_dir(), &[]);
    let b = open_app(&server).await;
    let text = "<script>window.pwned = 1</script> Costs rose from 240 to 312, a 35% rise.\n\
                <img src=x onerror=\"window.pwned = 2\"> &lt;b&gt; &amp; &#x41; 12 of the 40 (30%) agreed.\n\
                \u{202E}RTL 17 \u{202C} \u{200F}עברית 25 שקל\u{200F} and 👩‍👩‍👧 family of 4 🎉 paid £1,200.\n\
                Cafe\u{301} 3 crossings, nai\u{308}ve 1,288 people, 9 per cent.\n";
    paste(&b, text).await;
    let report = cli(text);
    let pwned = b.js("return window.pwned === undefined", vec![]).await;
    assert_eq!(pwned, true, "pasted markup ran");
    let dom = b
        .js(
            "const ed = document.getElementById('editor');
             return [ed.querySelectorAll(':scope > :not(div.para), .para *').length, ed.innerText,
                     document.querySelectorAll('script:not([type]), img').length]",
            vec![],
        )
        .await;
    assert_eq!(dom[0], 0, "the editor holds only its blocks of text");
    assert_eq!(dom[2], 0, "no script or image came in with the paste");
    assert_eq!(dom[1], text, "the editor holds the text as pasted");
    assert_eq!(all_painted(&b).await, cli_numbers(text, &report, None));
    assert_eq!(painted(&b, "addsup-bad").await, cli_numbers(text, &report, Some(&flagged(&report))));
    b.screenshot("app-hostile").await;
    let requests = b.requests().await;
    assert_eq!(server.foreign(&requests), Vec::<String>::new());
    assert!(!server.requested().iter().any(|p| p.ends_with("/x")), "the pasted <img> was fetched");
    b.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn exports_are_the_cli_json_and_markdown() {
    let server = Server::start(&dist_dir(), &[]);
    let b = open_app(&server).await;
    let text = "The ferry carried 96,400 passengers: 52,100 in July and 41,300 in August. \
                From 240 to 312 is a 30% rise.";
    paste(&b, text).await;
    // Catch what the page hands to the clipboard and to the download link.
    b.js(
        "window.copied = null; navigator.clipboard.writeText = async t => { window.copied = t; };
         window.downloaded = null;
         HTMLAnchorElement.prototype.click = function () {
             fetch(this.href).then(r => r.text()).then(t => { window.downloaded = [this.download, t]; });
         };",
        vec![],
    )
    .await;
    b.js("document.getElementById('download').click()", vec![]).await;
    let got = b.wait_for("the JSON download", "return window.downloaded").await;
    assert_eq!(got[0], "addsup-report.json");
    let mut json: Value = serde_json::from_str(got[1].as_str().unwrap()).expect("the download is JSON");
    let mut expected = cli(text);
    json["source"] = Value::Null;
    expected["source"] = Value::Null;
    assert_eq!(floats(json), floats(expected), "the download is the CLI's report");

    b.js("document.getElementById('copy').click()", vec![]).await;
    let md = b.wait_for("the Markdown report", "return window.copied").await;
    let md = md.as_str().unwrap();
    assert!(md.starts_with("# addsup report"), "{md}");
    assert!(md.contains("52,100 + 41,300 is 93,400, not 96,400"), "{md}");
    assert!(md.contains("## Adds up"), "{md}");
    b.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn narrow_screen_puts_the_panel_below_the_editor() {
    let server = Server::start(&dist_dir(), &[]);
    let b = Browser::start_sized(390, 844).await;
    b.goto(&server.url("index.html")).await;
    b.wait_for("the app", "return document.querySelector('main[data-generation]')").await;
    b.js("document.getElementById('example').click()", vec![]).await;
    b.wait_for("the example's findings", "return document.querySelectorAll('.finding').length").await;
    let layout = b
        .js(
            "const e = document.getElementById('editor').getBoundingClientRect();
             const p = document.querySelector('.panel').getBoundingClientRect();
             return [p.top >= e.bottom, document.documentElement.scrollWidth <= innerWidth];",
            vec![],
        )
        .await;
    assert_eq!(layout, json!([true, true]), "panel below the editor, nothing wider than the screen");
    b.screenshot("app-narrow").await;
    // The dark theme follows the system.
    let features = json!({"features": [{"name": "prefers-color-scheme", "value": "dark"}]});
    b.cdp("Emulation.setEmulatedMedia", features).await;
    let bg = b.js("return getComputedStyle(document.body).backgroundColor", vec![]).await;
    assert_eq!(bg, "rgb(22, 24, 27)", "dark background");
    b.screenshot("app-narrow-dark").await;
    b.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn dist_works_from_a_sub_path() {
    // A host that serves the page under /some/sub/path/, as GitHub Pages serves a project.
    let site = std::env::temp_dir().join(format!("addsup-site-{}", std::process::id()));
    let sub = site.join("some/sub");
    std::fs::create_dir_all(&sub).expect("create the site");
    let _ = std::fs::remove_file(sub.join("path"));
    std::os::unix::fs::symlink(dist_dir(), sub.join("path")).expect("link dist/ into the site");
    let server = Server::start(&site, &[]);
    let b = Browser::start().await;
    b.goto(&server.url("some/sub/path/")).await;
    b.wait_for("the app under a sub-path", "return document.querySelector('main[data-generation]')").await;
    b.js("document.getElementById('example').click()", vec![]).await;
    b.wait_for("the example's findings", "return document.querySelectorAll('.finding.bad').length").await;
    let requested = server.requested();
    assert!(requested.iter().all(|p| p.starts_with("/some/sub/path/")), "{requested:?}");
    assert_eq!(server.foreign(&b.requests().await), Vec::<String>::new());
    b.close().await;
    let _ = std::fs::remove_dir_all(&site);
}
