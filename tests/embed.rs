//! The embed surface, in headless Chromium against the release build in `dist/`: the widget on
//! a hostile host page from another origin under a strict Content Security Policy, and the
//! JavaScript API compared with the CLI.

#[path = "support/browser.rs"]
mod browser;
#[path = "support/report.rs"]
mod report;

use std::path::PathBuf;

use browser::{dist_dir, root, Browser, Server};
use report::{cli_report, interface_fields, utf16, without};
use serde_json::{json, Value};

/// Where the widget's files are, under the widget server: a sub-path, as on a shared host.
const WIDGET_PATH: &str = "cdn/addsup";

/// The widget's files (`dist/` at [`WIDGET_PATH`]), served the way a CDN or another site would:
/// a different origin from the host page, which a module script and the wasm fetch may use
/// only with CORS. The sub-path checks that `dist/` refers to its files relatively.
fn widget_server() -> Server {
    let site = root().join("target").join("embed-cdn");
    let link = site.join(WIDGET_PATH);
    if std::fs::read_link(&link).is_err() {
        std::fs::create_dir_all(link.parent().expect("a parent")).expect("create the widget site");
        // Another test may have made it in the meantime: only a missing link is an error.
        let _ = std::os::unix::fs::symlink(dist_dir(), &link);
    }
    assert!(link.join("addsup-widget.js").is_file(), "dist/ has addsup-widget.js: run `trunk build --release`");
    Server::start(&site, &[("Access-Control-Allow-Origin", "*")])
}

/// The test host page (`tests/embed/`), copied with the widget's origin written in, and served
/// with a strict policy that allows scripts and connections only to itself and the widget.
fn host_server(widget: &Server) -> (Server, HostDir) {
    // One directory per widget server: tests run in parallel, each with its own origins.
    let dir =
        root().join("target").join(format!("embed-host-{}", widget.origin().rsplit(':').next().unwrap_or_default()));
    std::fs::create_dir_all(&dir).expect("create the host page's directory");
    for name in ["host.html", "host.css", "host.js"] {
        let text = std::fs::read_to_string(root().join("tests/embed").join(name)).expect("read a host file");
        std::fs::write(dir.join(name), text.replace("WIDGET_BASE", &widget.url(WIDGET_PATH)))
            .expect("write a host file");
    }
    // The browser asks every origin for an icon: answer so the log holds no failed request.
    std::fs::write(dir.join("favicon.ico"), b"").expect("write favicon.ico");
    let w = widget.origin();
    let csp = format!(
        "default-src 'self'; script-src 'self' {w} 'wasm-unsafe-eval'; connect-src 'self' {w}; \
         style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"
    );
    (Server::start(&dir, &[("Content-Security-Policy", &csp)]), HostDir(dir))
}

/// The host page's copy under `target/`, removed when the test ends, passed or failed.
struct HostDir(PathBuf);

impl Drop for HostDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The texts of the CLI's numbers, and of those in an inconsistent or consistent finding.
fn expected(cli: &Value) -> (Vec<String>, Vec<String>, Vec<String>) {
    let numbers = cli["numbers"].as_array().cloned().unwrap_or_default();
    let text = |i: usize| numbers[i]["text"].as_str().unwrap_or_default().to_owned();
    let mut bad = std::collections::BTreeSet::new();
    let mut ok = std::collections::BTreeSet::new();
    for f in cli["findings"].as_array().into_iter().flatten() {
        for i in f["numbers"].as_array().into_iter().flatten().filter_map(Value::as_u64) {
            if f["verdict"] == "inconsistent" {
                bad.insert(i as usize)
            } else {
                ok.insert(i as usize)
            };
        }
    }
    let ok: Vec<usize> = ok.difference(&bad).copied().collect();
    ((0..numbers.len()).map(text).collect(), bad.into_iter().map(text).collect(), ok.into_iter().map(text).collect())
}

/// For the element `selector` (in the document, or in `shadow`'s shadow root), the highlighted
/// ranges inside it per style: `{tint: [[text, paragraph]], bad: [...], ok: [...]}` in text order.
const MARKS: &str = r#"
const [selector, inShadow] = arguments;
const host = document.querySelector(selector);
const scope = inShadow ? host.shadowRoot : host;
const out = { tint: [], bad: [], ok: [] };
for (const [name, h] of CSS.highlights) {
  const style = name.split("-").pop();
  const key = style === "bad" || style === "ok" ? style : style === "focus" ? null : "tint";
  if (!key) continue;
  for (const r of h) {
    if (!scope.contains(r.startContainer)) continue;
    const p = r.startContainer.parentElement.closest("p");
    const para = p ? [...host.querySelectorAll("p")].indexOf(p) : 0;
    const before = new Range();
    before.setStart(p || r.startContainer, 0);
    before.setEnd(r.startContainer, r.startOffset);
    out[key].push([r.toString(), para, before.toString().replace(/\s+/g, " ").length]);
  }
}
for (const k in out) out[k].sort((a, b) => a[1] - b[1] || a[2] - b[2]);
return out;
"#;

fn texts(marks: &Value, key: &str) -> Vec<String> {
    marks[key].as_array().into_iter().flatten().map(|m| m[0].as_str().unwrap_or_default().to_owned()).collect()
}

/// Checks the marks in an in-place article against the CLI's report on its paragraphs.
async fn assert_article(b: &Browser, selector: &str, ticks: bool) {
    let paragraphs =
        b.js(&format!("return [...document.querySelector('{selector}').querySelectorAll('p')].map(p => p.textContent.replace(/\\s+/g, ' ').trim())"), vec![]).await;
    let paragraphs: Vec<String> = serde_json::from_value(paragraphs).expect("paragraph texts");
    let text = paragraphs.join("\n\n");
    let read = b.js(&format!("return document.querySelector('{selector}').addsup.text"), vec![]).await;
    assert_eq!(read, json!(text), "the widget reads the paragraphs as paragraphs, whitespace collapsed");
    let cli = cli_report(&text);
    let (all, bad, ok) = expected(&cli);
    assert!(!bad.is_empty(), "the test article states something that does not add up");
    let marks = b.js(MARKS, vec![json!(selector), json!(false)]).await;
    assert_eq!(texts(&marks, "tint"), all, "every number is tinted, in order");
    assert_eq!(texts(&marks, "bad"), bad, "the inconsistent relations' numbers are underlined");
    assert_eq!(texts(&marks, "ok"), if ticks { ok } else { vec![] }, "consistent ones are ticked when asked");
    // Each mark sits in the right paragraph at the right place, not only on the same digits.
    let paragraph_starts: Vec<usize> =
        paragraphs.iter().scan(0, |at, p| Some(std::mem::replace(at, *at + p.len() + 2))).collect();
    for (i, n) in cli["numbers"].as_array().into_iter().flatten().enumerate() {
        let start = n["start"].as_u64().unwrap_or_default() as usize;
        let para = paragraph_starts.iter().rposition(|&s| s <= start).unwrap_or_default();
        let in_para = &paragraphs[para][..start - paragraph_starts[para]];
        let want = json!([n["text"], para, in_para.chars().map(char::len_utf16).sum::<usize>()]);
        // The browser counts leading whitespace in the paragraph before trimming; allow it.
        let got = &marks["tint"][i];
        assert_eq!((&got[0], &got[1]), (&want[0], &want[1]), "number {i} in {selector}");
        let offset = got[2].as_u64().unwrap_or_default() as i64 - want[2].as_u64().unwrap_or_default() as i64;
        assert!((0..=1).contains(&offset), "number {i} in {selector} at {got} not {want}");
    }
}

/// [`Browser::wait_for`], but on a timeout says what the page logged, so a widget that never
/// started fails with its reason.
async fn wait(b: &Browser, what: &str, script: &str) -> Value {
    let started = std::time::Instant::now();
    loop {
        let v = b.js(script, vec![]).await;
        if !(v.is_null() || v == false || v == "") {
            return v;
        }
        if started.elapsed() > browser::WAIT {
            let violations = b.js("return window.host && host.violations", vec![]).await;
            panic!("timed out waiting for {what}; console: {:?}; CSP: {violations}", b.log("browser").await);
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
}

#[tokio::test(flavor = "current_thread")]
async fn widget_on_a_strict_hostile_host_from_another_origin() {
    let widget = widget_server();
    let (host, _host_dir) = host_server(&widget);
    let b = Browser::start_sized(1280, 1000).await;
    b.goto(&host.url("host.html")).await;

    wait(&b, "the article to be checked", "return document.querySelector('#story').addsup?.checked").await;
    b.screenshot("embed-host").await;

    // The API module and its wasm loaded only after the host page's own load event.
    let lazy = b
        .js(
            "const nav = performance.getEntriesByType('navigation')[0];
             const wasm = performance.getEntriesByType('resource').find(e => e.name.endsWith('/addsup_bg.wasm'));
             return [nav.loadEventEnd, wasm ? wasm.startTime : -1];",
            vec![],
        )
        .await;
    assert!(lazy[1].as_f64() >= lazy[0].as_f64() && lazy[0].as_f64() > Some(0.0), "wasm after load: {lazy}");
    // The article far below the fold is not checked before it comes into view.
    assert_eq!(b.js("return document.querySelector('#later').addsup?.checked || null", vec![]).await, Value::Null);

    assert_article(&b, "#story", true).await;

    // Text in a language addsup does not read is left unmarked, and the badge says why.
    wait(&b, "the French paragraph to be looked at", "return document.querySelector('#french').addsup?.badge.title")
        .await;
    let french = b
        .js(
            "const f = document.querySelector('#french');
             return [f.addsup.badge.textContent, f.addsup.badge.title,
                     [...CSS.highlights.values()].flatMap((h) => [...h]).filter((r) => f.contains(r.startContainer)).length];",
            vec![],
        )
        .await;
    assert!(french[1].as_str().unwrap_or_default().contains("\"fr\""), "the badge names the language: {french}");
    assert_eq!(french[2], 0, "nothing marked in French text");

    // The host's text, markup and layout are as they were before the widget ran.
    let same = b.js("const now = host.snapshot(); return [now.main === host.before.main, now.text === host.before.text, now.rects.length, host.before.rects.length, JSON.stringify(now.rects.filter((r, i) => JSON.stringify(r) !== JSON.stringify(host.before.rects[i])))]", vec![]).await;
    assert_eq!(same[0], true, "the host's markup is unchanged");
    assert_eq!(same[1], true, "the host's text is unchanged");
    assert_eq!(same[2], same[3], "no element added to or removed from the host's flow");
    assert_eq!(same[4], "[]", "no host element moved or changed size");

    // Hovering a flagged number explains it; clicking it still reaches the host's own handler.
    let tip = b
        .js(r#"const story = document.querySelector('#story');
               const r = [...CSS.highlights.get('addsup-auto-bad')].find(r => story.contains(r.startContainer)).getBoundingClientRect();
               const at = { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true };
               story.dispatchEvent(new PointerEvent('pointermove', at));
               const tip = story.addsup.tip;
               return [tip.matches(':popover-open'), tip.textContent, at.clientX, at.clientY];"#, vec![])
        .await;
    assert_eq!(tip[0], true, "the popover opens on a flagged number");
    assert!(tip[1].as_str().unwrap_or_default().contains("rise"), "it explains the change: {}", tip[1]);
    b.screenshot("embed-host-popover").await;
    let clicks = b
        .js(
            "document.elementFromPoint(arguments[0], arguments[1]).click(); return host.clicks",
            vec![tip[2].clone(), tip[3].clone()],
        )
        .await;
    assert_eq!(clicks, 1, "the host's click handler still runs");

    // Host CSS does not reach into the editor: its textarea keeps the widget's own font size.
    let editor = b.js("const t = document.querySelector('#checker1').shadowRoot.querySelector('textarea'); const s = getComputedStyle(t); return [s.fontSize, s.display, t.getBoundingClientRect().width > 300]", vec![]).await;
    assert_eq!(editor, json!(["15px", "block", true]));

    // The editors are checked once scrolled into view.
    for selector in ["#checker1", "#checker2"] {
        b.js(&format!("document.querySelector('{selector}').scrollIntoView()"), vec![]).await;
        let script = format!("return document.querySelector('{selector}').checked");
        b.wait_for(&format!("{selector} to be checked"), &script).await;
    }
    b.screenshot("embed-host-editors").await;

    // Each editor shows what the CLI finds, under its own options.
    for (selector, checks, ticks) in [("#checker1", None, true), ("#checker2", Some("sum"), false)] {
        let text: String =
            serde_json::from_value(b.js(&format!("return document.querySelector('{selector}').value"), vec![]).await)
                .expect("text");
        let mut cli = cli_report(&text);
        if let (Some(keep), Some(findings)) = (checks, cli["findings"].as_array_mut()) {
            findings.retain(|f| f["check"] == keep);
        }
        let (all, bad, ok) = expected(&cli);
        let marks = b.js(MARKS, vec![json!(selector), json!(true)]).await;
        assert_eq!(texts(&marks, "tint"), all, "{selector} tints every number");
        assert_eq!(texts(&marks, "bad"), bad, "{selector} underlines the inconsistent");
        assert_eq!(texts(&marks, "ok"), if ticks { ok } else { vec![] }, "{selector} ticks");
        let theme = if selector == "#checker2" { "dark" } else { "auto" };
        let themed = b
            .js(
                "const [s, theme] = arguments; const root = document.querySelector(s).shadowRoot;
                 return [...CSS.highlights].filter(([, h]) => [...h].some((r) => root.contains(r.startContainer)))
                   .every(([name]) => name.startsWith(`addsup-${theme}-`));",
                vec![json!(selector), json!(theme)],
            )
            .await;
        assert_eq!(themed, true, "{selector} is drawn in its {theme} theme");
        let listed = b
            .js(
                &format!("return document.querySelector('{selector}').shadowRoot.querySelectorAll('.finding').length"),
                vec![],
            )
            .await;
        assert_eq!(listed, json!(cli["findings"].as_array().map_or(0, Vec::len)), "{selector} lists its findings");
    }

    // Keyboard: the badge opens a list of findings, and a finding opens its popover; in the
    // editor, the caret on a number in a relation opens its popover.
    let keys = b
        .js(
            r#"const a = document.querySelector('#story').addsup;
               a.badge.focus(); a.badge.click();
               const listed = [a.panel.matches(':popover-open'), a.panel.querySelectorAll('.finding').length];
               a.panel.querySelector('.finding.inconsistent').click();
               const c = document.querySelector('#checker1'), t = c.shadowRoot.querySelector('textarea');
               const n = c.report.numbers[c.report.findings[0].numbers[0]];
               t.focus(); t.setSelectionRange(n.start, n.start);
               t.dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowRight' }));
               const ctip = c.shadowRoot.querySelector('.tip');
               return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() =>
                 done([...listed, a.tip.matches(':popover-open'), a.tip.textContent, ctip.matches(':popover-open'), ctip.textContent]))));"#,
            vec![],
        )
        .await;
    let story_findings = b.js("return document.querySelector('#story').addsup.report.findings.length", vec![]).await;
    assert_eq!((&keys[0], &keys[1]), (&json!(true), &story_findings), "the badge lists every finding: {keys}");
    assert_eq!(keys[2], true, "choosing a finding opens its popover");
    assert!(keys[3].as_str().unwrap_or_default().contains("rise"), "{keys}");
    assert_eq!(keys[4], true, "the caret on a number opens the editor's popover");
    assert!(keys[5].as_str().unwrap_or_default().contains(':'), "{keys}");
    b.js("document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))", vec![]).await;
    assert_eq!(
        b.js("return document.querySelector('#story').addsup.panel.matches(':popover-open')", vec![]).await,
        false
    );

    // Typing into an editor re-checks it.
    b.js("const c = document.querySelector('#checker1'); const t = c.shadowRoot.querySelector('textarea'); t.focus(); t.setRangeText(' Of the 10 boats, 4 sailed and 5 stayed.', t.value.length, t.value.length, 'end'); t.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));", vec![]).await;
    b.wait_for(
        "the typed sentence to be checked",
        "return [...CSS.highlights.get('addsup-auto-count')].some(r => r.toString() === '10')",
    )
    .await;

    // Scrolling the last article into view checks it too.
    b.js("document.querySelector('#later').scrollIntoView()", vec![]).await;
    b.wait_for("the article below the fold to be checked", "return document.querySelector('#later').addsup?.checked")
        .await;
    assert_article(&b, "#later", false).await;

    let origins = [format!("{}/", host.origin()), format!("{}/", widget.origin())];
    let elsewhere: Vec<String> =
        b.requests().await.into_iter().filter(|u| !origins.iter().any(|o| u.starts_with(o))).collect();
    assert_eq!(elsewhere, Vec::<String>::new(), "requests only to the host and the widget");
    assert!(widget.requested().iter().any(|p| *p == format!("/{WIDGET_PATH}/addsup_bg.wasm")));

    // An annotated element that leaves the page takes its badge and marks with it.
    let marks = "[...CSS.highlights.values()].flatMap((h) => [...h])";
    let before = b.js(&format!("return {marks}.length"), vec![]).await;
    let left = b
        .js(
            &format!(
                "document.querySelector('#later').remove();
                 return new Promise((done) => setTimeout(() => done([document.querySelectorAll('addsup-badge').length,
                   {marks}.length, {marks}.filter((r) => r.collapsed).length]), 300));"
            ),
            vec![],
        )
        .await;
    assert_eq!(left[0], 2, "two badges left, the story's and the French paragraph's");
    assert!(left[1].as_u64() < before.as_u64(), "the removed article's marks are gone: {before} then {left}");
    assert_eq!(left[2], 0, "no mark is left on removed text");

    // One added later, as a client-side router would, is annotated too.
    b.js(
        "const a = document.createElement('article'); a.id = 'added'; a.dataset.addsup = '';
         a.textContent = 'Of the 30 boats, 12 sailed and 18 stayed.'; document.querySelector('#foot').before(a);
         a.scrollIntoView();",
        vec![],
    )
    .await;
    wait(&b, "the added article to be checked", "return document.querySelector('#added').addsup?.checked").await;
    let added = b.js("return document.querySelector('#added').addsup.report.numbers.map((n) => n.text)", vec![]).await;
    assert_eq!(added, json!(["30", "12", "18"]));
    let violations = b.js("return host.violations", vec![]).await;
    assert_eq!(violations, json!([]), "no Content Security Policy violation");
    assert_eq!(b.console_errors().await, Vec::<String>::new());
    b.close().await;
}

/// Texts whose UTF-16 and UTF-8 offsets differ: emoji (two units, four bytes), flags, £ and é
/// (one unit, two bytes), combining accents, right-to-left marks and Hebrew, mathematical digits.
const API_TEXTS: &[&str] = &[
    "😀 Of the 412 passengers 😀, 38 were children and 374 adults.",
    "Café prices rose 35% from £240 to £312, about 1,300 e\u{301}te\u{301} visitors or so.\n\nThe 🇬🇧 team scored 3 goals.",
    "\u{200f}Of the 90 staff (\u{5e9}\u{5dc}\u{5d5}\u{5dd}), a total of 90: 35 in Leeds, 30 in York and 25 in Hull.",
    "𝟘 1,300 + 2,750 = 4,050 ✓ and about 52,000 people, up 4% on last year’s 50,000 😀.",
    "",
];

fn keys(v: &Value) -> Vec<String> {
    let mut k: Vec<String> = v.as_object().map(|o| o.keys().cloned().collect()).unwrap_or_default();
    k.sort();
    k
}

#[tokio::test(flavor = "current_thread")]
async fn api_check_matches_the_cli_with_utf16_offsets() {
    let widget = widget_server();
    let (host, _host_dir) = host_server(&widget);
    let b = Browser::start().await;
    b.goto(&host.url("host.html")).await;
    let mut texts: Vec<String> = API_TEXTS.iter().map(|t| t.to_string()).collect();
    texts.push(std::fs::read_to_string(root().join("tests/clean/council-budget.txt")).expect("a clean article"));

    // A page's own module script, as in the README: import, init, check.
    let script = r#"const [url, texts, done] = arguments;
        import(url).then(async (m) => {
          await m.default();
          done({ checks: m.checks(), version: m.version(), results: texts.map((t) => {
            const r = m.check(t);
            return { report: r, numbers: r.numbers.map((n) => t.slice(n.start, n.end)),
                     hedges: r.numbers.map((n) => n.hedge && t.slice(n.hedge.start, n.hedge.end)),
                     findings: r.findings.map((f) => t.slice(f.start, f.end)) };
          }) });
        }, (e) => done(String(e)));"#;
    let out = b
        .client
        .execute_async(script, vec![json!(widget.url(&format!("{WIDGET_PATH}/addsup.js"))), json!(texts)])
        .await
        .expect("run check() in the page");
    let results = out["results"].as_array().unwrap_or_else(|| panic!("the API did not load: {out}"));
    assert!(out["checks"].as_array().is_some_and(|c| c.contains(&json!("sum"))), "checks() names the rules: {out}");
    assert_eq!(out["version"], env!("CARGO_PKG_VERSION"));

    let dts = std::fs::read_to_string(dist_dir().join("addsup.d.ts")).expect("dist/addsup.d.ts");
    assert!(dts.contains("export function check(text: string): Report;"), "check() is typed");
    let mut hedges_seen = 0;
    for (text, got) in texts.iter().zip(results) {
        let cli = cli_report(text);
        let js = &got["report"];
        assert_eq!(keys(js), interface_fields(&dts, "Report"), "Report's declared fields");
        assert_eq!(js["schema"], cli["schema"]);
        let (jn, cn) = (js["numbers"].as_array().expect("numbers"), cli["numbers"].as_array().expect("numbers"));
        assert_eq!(jn.len(), cn.len(), "as many numbers as the CLI in {text:?}");
        for (i, (j, c)) in jn.iter().zip(cn).enumerate() {
            assert_eq!(keys(j), interface_fields(&dts, "NumberFound"), "NumberFound's declared fields");
            assert!(
                dts.contains(&format!("\"{}\"", j["kind"].as_str().unwrap_or("?"))),
                "kind {} is declared",
                j["kind"]
            );
            assert_eq!(
                without(j, &["start", "end", "start_byte", "end_byte", "hedge"]),
                without(c, &["start", "end", "hedge"])
            );
            assert_eq!((&j["start_byte"], &j["end_byte"]), (&c["start"], &c["end"]), "byte offsets of number {i}");
            assert_eq!((j["start"].clone(), j["end"].clone()), (utf16(text, &c["start"]), utf16(text, &c["end"])));
            assert_eq!(got["numbers"][i], c["text"], "text.slice(start, end) is the number in {text:?}");
            if c["hedge"].is_object() {
                hedges_seen += 1;
                assert_eq!(keys(&j["hedge"]), interface_fields(&dts, "Hedge"), "Hedge's declared fields");
                assert_eq!(without(&j["hedge"], &["start", "end"]), without(&c["hedge"], &["start", "end"]));
                assert_eq!(got["hedges"][i], c["hedge"]["text"], "the hedge's UTF-16 span");
            } else {
                assert_eq!(j["hedge"], Value::Null);
            }
        }
        let (jf, cf) = (js["findings"].as_array().expect("findings"), cli["findings"].as_array().expect("findings"));
        assert_eq!(jf.len(), cf.len(), "as many findings as the CLI in {text:?}");
        for (i, (j, c)) in jf.iter().zip(cf).enumerate() {
            assert_eq!(keys(j), interface_fields(&dts, "Finding"), "Finding's declared fields");
            assert_eq!(without(j, &["start", "end", "start_byte", "end_byte"]), without(c, &["start", "end"]));
            assert_eq!((&j["start_byte"], &j["end_byte"]), (&c["start"], &c["end"]));
            let (s, e) =
                (c["start"].as_u64().unwrap_or_default() as usize, c["end"].as_u64().unwrap_or_default() as usize);
            assert_eq!(got["findings"][i], json!(&text[s..e]), "finding {i}'s UTF-16 span in {text:?}");
        }
    }
    assert!(hedges_seen > 0, "the inputs exercise hedges");
    assert!(results.iter().any(|r| r["report"]["findings"].as_array().is_some_and(|f| !f.is_empty())));
    assert_eq!(b.console_errors().await, Vec::<String>::new());
    b.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn demo_page_works_from_dist_under_its_policy() {
    let widget = widget_server();
    let b = Browser::start().await;
    b.goto(&widget.url(&format!("{WIDGET_PATH}/embed.html"))).await;
    wait(&b, "the demo article to be checked", "return document.querySelector('[data-addsup]').addsup?.checked").await;
    b.js("document.querySelector('addsup-checker').scrollIntoView()", vec![]).await;
    wait(&b, "the demo checker to be checked", "return document.querySelector('addsup-checker').checked").await;
    b.js("document.querySelector('#api-input').scrollIntoView()", vec![]).await;
    let api =
        wait(&b, "the API demo", "return [...document.querySelectorAll('#api-numbers li')].map(li => li.textContent)")
            .await;
    let text = "About 1,300 visitors 😀 paid £12 each, £15,600 in all.";
    let cli = cli_report(text);
    let shown: Vec<String> = serde_json::from_value(api).expect("list items");
    let want: Vec<String> =
        cli["numbers"].as_array().into_iter().flatten().map(|n| n["text"].as_str().unwrap_or("").to_owned()).collect();
    assert_eq!(shown.iter().map(|s| s.split(':').next().unwrap_or("").to_owned()).collect::<Vec<_>>(), want);
    b.screenshot("embed-demo").await;
    assert_eq!(b.console_errors().await, Vec::<String>::new());
    let own = format!("{}/", widget.origin());
    let elsewhere: Vec<String> =
        b.requests().await.into_iter().filter(|u| !u.starts_with(&own) && !u.starts_with("data:")).collect();
    assert_eq!(elsewhere, Vec::<String>::new());
    b.close().await;
}
