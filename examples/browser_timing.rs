//! Times the web app in headless Chromium: `cargo run --release --example browser_timing [RUNS]`
//! after `trunk build --release`. Prints, for a 10,000-word number-dense article (benches/data
//! repeated to about 60 KB):
//!
//! - check + render: from the start of a check to highlights painted and the panel drawn (the
//!   app records it on `<main data-ms>`), median of RUNS pastes;
//! - keystroke to highlight: from typing a digit in the middle of the article to the check that
//!   follows being painted, debounce included, median of RUNS keystrokes;
//! - the longest main-thread block (PerformanceObserver `longtask`, and `long-animation-frame`,
//!   which also counts style and layout) while a 1 MB paste is checked and painted.
//!
//! Targets: < 50 ms, < 100 ms and < 200 ms. Timings on a busy machine are noisy: read medians.

#[path = "../tests/support/browser.rs"]
mod browser;

use browser::{dist_dir, Browser, Server};
use serde_json::{json, Value};

/// benches/data, repeated until it has `words` words, cut at a paragraph end.
fn article(words: usize) -> String {
    let dir = browser::root().join("benches/data");
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("benches/data").flatten().map(|e| e.path()).collect();
    files.sort();
    let paragraphs: Vec<String> = files
        .iter()
        .flat_map(|p| std::fs::read_to_string(p).expect("read").split("\n\n").map(str::to_owned).collect::<Vec<_>>())
        .collect();
    let mut out = String::new();
    let mut n = 0;
    for p in paragraphs.iter().cycle() {
        if n >= words {
            break;
        }
        n += p.split_whitespace().count();
        out.push_str(p.trim());
        out.push_str("\n\n");
    }
    out
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn num(v: &Value) -> f64 {
    v.as_f64().or_else(|| v.as_str().and_then(|s| s.parse().ok())).unwrap_or(f64::NAN)
}

/// Replaces the editor's text by pasting `text`; resolves with `<main data-ms>` once painted.
const PASTE: &str = "
    const [text, done] = arguments;
    const main = document.querySelector('main'), ed = document.getElementById('editor');
    const before = main.dataset.generation;
    ed.focus(); getSelection().selectAllChildren(ed);
    const dt = new DataTransfer(); dt.setData('text/plain', text);
    ed.dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));
    const at = name => performance.getEntriesByName('addsup:' + name)[0]?.startTime;
    const wait = () => main.dataset.generation !== before
        ? done([Number(main.dataset.ms), at('checked') - at('start')]) : setTimeout(wait, 1);
    wait();";

/// Types one digit at fraction `at` of the text; resolves with the ms until the next paint.
const KEYSTROKE: &str = "
    const [at, done] = arguments;
    const main = document.querySelector('main'), ed = document.getElementById('editor');
    const before = main.dataset.generation;
    const block = ed.children[Math.floor(ed.children.length * at)].firstChild;
    ed.focus(); getSelection().collapse(block, Math.floor(block.length / 2));
    const t0 = performance.now();
    new MutationObserver((_, obs) => {
        if (main.dataset.generation !== before) { obs.disconnect(); done(performance.now() - t0); }
    }).observe(main, {attributes: true, attributeFilter: ['data-generation']});
    document.execCommand('insertText', false, '7');";

/// Pastes `text` while watching long tasks; resolves with [longest task, longest frame, total ms].
const BIG_PASTE: &str = "
    const [text, done] = arguments;
    const main = document.querySelector('main'), ed = document.getElementById('editor');
    const tasks = [], frames = [];
    const o1 = new PerformanceObserver(l => tasks.push(...l.getEntries().map(e => e.duration)));
    o1.observe({type: 'longtask'});
    const o2 = new PerformanceObserver(l => frames.push(...l.getEntries().map(e => e.duration)));
    try { o2.observe({type: 'long-animation-frame'}); } catch (e) {}
    const before = main.dataset.generation;
    const t0 = performance.now();
    ed.focus(); getSelection().selectAllChildren(ed);
    const dt = new DataTransfer(); dt.setData('text/plain', text);
    ed.dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));
    const wait = () => {
        if (main.dataset.generation === before) return setTimeout(wait, 5);
        const total = performance.now() - t0;
        // Let the frame after the last paint finish and be reported.
        setTimeout(() => { o1.disconnect(); o2.disconnect();
            done([Math.max(0, ...tasks), Math.max(0, ...frames), total]); }, 300);
    };
    wait();";

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let runs: usize = std::env::args().nth(1).and_then(|r| r.parse().ok()).unwrap_or(15).max(1);
    let server = Server::start(&dist_dir(), &[]);
    let b = Browser::start().await;
    b.goto(&server.url("index.html")).await;
    b.wait_for("the app", "return document.querySelector('main[data-generation]')").await;

    let text = article(10_000);
    let words = text.split_whitespace().count();
    let (mut render, mut check) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let v = b.client.execute_async(PASTE, vec![json!(text)]).await.expect("paste");
        render.push(num(&v[0]));
        check.push(num(&v[1]));
    }
    let numbers = b.js("return document.querySelector('.summary').textContent", vec![]).await;
    println!("article: {} KB, {words} words; {}", text.len() / 1024, numbers.as_str().unwrap_or(""));
    println!(
        "check + render: median {:.1} ms (min {:.1}, max {:.1}, {runs} runs)",
        median(render.clone()),
        render.iter().copied().fold(f64::INFINITY, f64::min),
        render.iter().copied().fold(0.0, f64::max)
    );

    println!("of which the check alone: median {:.1} ms", median(check));
    let mut keys = Vec::new();
    for k in 0..runs {
        let at = (k + 1) as f64 / (runs + 2) as f64;
        let v = b.client.execute_async(KEYSTROKE, vec![json!(at)]).await.expect("keystroke");
        keys.push(num(&v));
    }
    println!(
        "keystroke to highlight: median {:.1} ms (max {:.1}, {runs} keystrokes)",
        median(keys.clone()),
        keys.iter().copied().fold(0.0, f64::max)
    );

    let mut big = String::new();
    while big.len() < 1 << 20 {
        big.push_str(&text);
    }
    let v = b.client.execute_async(BIG_PASTE, vec![json!(big)]).await.expect("1 MB paste");
    println!(
        "1 MB paste ({} KB): longest task {:.0} ms, longest animation frame {:.0} ms, checked and painted after {:.0} ms",
        big.len() / 1024, num(&v[0]), num(&v[1]), num(&v[2])
    );
    let marks = b
        .js("return performance.getEntriesByType('mark').map(m => m.name.replace('addsup:', '') + ' ' + m.startTime.toFixed(0)).join(', ')", vec![])
        .await;
    println!("1 MB steps (ms since page load): {}", marks.as_str().unwrap_or(""));
    let summary = b.js("return document.querySelector('.summary').textContent", vec![]).await;
    println!("1 MB summary: {}", summary.as_str().unwrap_or(""));
    b.close().await;
}
