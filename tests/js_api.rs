//! The JavaScript API as a TypeScript project and a bundler see it: `tests/embed/usage.ts`
//! type-checks under `tsc --strict` against `dist/addsup.d.ts` and `tests/embed/misuse.ts` gives
//! exactly the errors it is marked with; then usage.ts, bundled with esbuild, runs in headless
//! Chromium and reports what the CLI reports. The tools are the pinned ones `scripts/setup --test`
//! installs into `target/js-tools/`.

#[path = "support/browser.rs"]
mod browser;
#[path = "support/report.rs"]
mod report;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use browser::{dist_dir, root, Browser, Server};
use report::{cli_report, interface_fields, utf16, without};
use serde_json::{json, Value};

/// A text whose UTF-16 and UTF-8 offsets differ (emoji, £, é, a combining accent, Hebrew), with
/// a hedge, a relation that holds and one that does not.
const TEXT: &str = "😀 Café prices rose 35% from £240 to £312, about 1,300 e\u{301}te\u{301} visitors.\n\n\
    Of the 90 staff (\u{5e9}\u{5dc}\u{5d5}\u{5dd}), 35 are in Leeds, 30 in York and 25 in Hull. \
    Of the 412 passengers 😀, 38 were children and 374 adults.";

/// An installed tool from `target/js-tools/`, or a failure saying how to install it.
fn tool(name: &str) -> PathBuf {
    let path = root().join("target/js-tools/node_modules/.bin").join(name);
    assert!(
        path.is_file(),
        "{} is missing: run `scripts/setup --test`, which installs the pinned TypeScript and esbuild",
        path.display()
    );
    path
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().unwrap_or_else(|e| panic!("run {cmd:?}: {e} (node and `scripts/setup --test` are needed)"))
}

/// A scratch directory under `target/`, one per test, removed when the test ends.
struct Scratch(PathBuf);

impl Scratch {
    /// A fresh directory holding the API module (`addsup.js`, `addsup.d.ts`, `addsup_bg.wasm`
    /// from `dist/`) and the TypeScript sources in `tests/embed/`, as a project would copy them.
    fn with_api(name: &str) -> Scratch {
        let dir = root().join("target").join(format!("js-api-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create the scratch directory");
        let dist = dist_dir();
        for file in ["addsup.js", "addsup.d.ts", "addsup_bg.wasm"] {
            std::fs::copy(dist.join(file), dir.join(file))
                .unwrap_or_else(|e| panic!("copy dist/{file}: {e} (run `trunk build --release`)"));
        }
        for file in ["usage.ts", "misuse.ts"] {
            std::fs::copy(root().join("tests/embed").join(file), dir.join(file)).expect("copy a TypeScript file");
        }
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// `tsc --noEmit --strict` on `file` in `dir`: its exit status and its diagnostics.
fn tsc(dir: &Path, file: &str) -> (bool, String) {
    let out = run(Command::new(tool("tsc")).current_dir(dir).args([
        "--noEmit",
        "--strict",
        "--target",
        "es2022",
        "--module",
        "es2022",
        "--moduleResolution",
        "bundler",
        "--pretty",
        "false",
        file,
    ]));
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr))
}

/// Whether `source` reads the property `field` (`.field` not followed by more of a name).
fn reads(source: &str, field: &str) -> bool {
    let needle = format!(".{field}");
    source.match_indices(&needle).any(|(i, _)| {
        !source[i + needle.len()..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$')
    })
}

#[test]
fn declarations_type_check_a_program_and_reject_misuse() {
    let scratch = Scratch::with_api("tsc");
    let dts = std::fs::read_to_string(scratch.0.join("addsup.d.ts")).expect("read addsup.d.ts");
    let usage = std::fs::read_to_string(scratch.0.join("usage.ts")).expect("read usage.ts");
    for interface in ["Report", "NumberFound", "Finding", "Hedge"] {
        let fields = interface_fields(&dts, interface);
        assert!(!fields.is_empty(), "{interface} declares fields");
        let unread: Vec<&String> = fields.iter().filter(|f| !reads(&usage, f)).collect();
        assert!(unread.is_empty(), "usage.ts reads every field of {interface}; not {unread:?}");
    }

    let (ok, diagnostics) = tsc(&scratch.0, "usage.ts");
    assert!(ok, "usage.ts type-checks against addsup.d.ts:\n{diagnostics}");
    assert_eq!(diagnostics.trim(), "", "no diagnostics for usage.ts");

    // Every line marked `// error TSnnnn` gives that error, and no other line gives any.
    let misuse = std::fs::read_to_string(scratch.0.join("misuse.ts")).expect("read misuse.ts");
    let mut want: Vec<(usize, String)> = misuse
        .lines()
        .enumerate()
        .filter_map(|(i, l)| l.split_once("// error ").map(|(_, code)| (i + 1, code.trim().to_owned())))
        .collect();
    assert!(want.len() >= 5, "misuse.ts marks its errors");
    let (ok, diagnostics) = tsc(&scratch.0, "misuse.ts");
    assert!(!ok, "misuse.ts must fail to type-check:\n{diagnostics}");
    // Lines like `misuse.ts(11,7): error TS2322: Type 'number' is not assignable to type 'string'.`
    let mut got: Vec<(usize, String)> = diagnostics
        .lines()
        .filter_map(|l| {
            let rest = l.strip_prefix("misuse.ts(")?;
            let (line, rest) = rest.split_once(',')?;
            let code = rest.split_once("): error ")?.1.split(':').next()?;
            Some((line.parse().ok()?, code.to_owned()))
        })
        .collect();
    want.sort();
    got.sort();
    assert_eq!(got, want, "misuse.ts's errors, by line:\n{diagnostics}");
    assert!(
        diagnostics.lines().all(|l| l.starts_with("misuse.ts(") || l.starts_with(' ')),
        "errors only in misuse.ts, none in the declarations:\n{diagnostics}"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn bundled_with_esbuild_it_reports_what_the_cli_reports() {
    let scratch = Scratch::with_api("esbuild");
    let site = scratch.0.join("site");
    let out = run(Command::new(tool("esbuild")).current_dir(&scratch.0).args([
        "usage.ts",
        "--bundle",
        "--format=esm",
        "--target=es2022",
        "--outfile=site/app.js",
        "--log-level=warning",
    ]));
    assert!(out.status.success(), "esbuild bundles usage.ts: {}", String::from_utf8_lossy(&out.stderr));
    let bundle = std::fs::read_to_string(site.join("app.js")).expect("read the bundle");
    assert!(!bundle.contains("./addsup.js"), "the API module is inside the bundle, not imported by it");
    // esbuild leaves `new URL("addsup_bg.wasm", import.meta.url)` alone: the wasm goes next to
    // the bundle, where a site using esbuild puts it.
    assert!(bundle.contains("import.meta.url"), "the bundle finds its wasm relative to itself");
    std::fs::copy(scratch.0.join("addsup_bg.wasm"), site.join("addsup_bg.wasm")).expect("copy the wasm");
    std::fs::write(
        site.join("index.html"),
        "<!doctype html><meta charset=utf-8><title>bundled</title><script type=module src=app.js></script>",
    )
    .expect("write the page");
    std::fs::write(site.join("favicon.ico"), b"").expect("write favicon.ico");

    let server = Server::start(&site, &[]);
    let b = Browser::start().await;
    b.goto(&server.url("index.html")).await;
    b.wait_for("the bundled API to load", "return !!globalThis.addsup").await;
    let page = b
        .js(
            "const a = globalThis.addsup; return { ...a, summarise: null, report: a.summarise(arguments[0]) }",
            vec![json!(TEXT)],
        )
        .await;
    assert_eq!(page["version"], env!("CARGO_PKG_VERSION"));
    assert!(page["checks"].as_array().is_some_and(|c| c.contains(&json!("sum"))), "checks(): {}", page["checks"]);
    assert!(
        page["languages"].as_array().is_some_and(|l| l.contains(&json!("en"))),
        "languages(): {}",
        page["languages"]
    );

    let (js, cli) = (&page["report"], cli_report(TEXT));
    assert_eq!(js["schema"], cli["schema"]);
    let (jn, cn) = (js["numbers"].as_array().expect("numbers"), cli["numbers"].as_array().expect("numbers"));
    let texts = |ns: &[Value]| ns.iter().map(|n| n["text"].clone()).collect::<Vec<_>>();
    assert_eq!(texts(jn), texts(cn), "the same numbers as the CLI");
    let mut hedges = 0;
    for (i, (j, c)) in jn.iter().zip(cn).enumerate() {
        assert_eq!(
            without(j, &["start", "end", "start_byte", "end_byte", "hedge", "slice"]),
            without(c, &["start", "end", "hedge"]),
            "number {i}"
        );
        assert_eq!((&j["start_byte"], &j["end_byte"]), (&c["start"], &c["end"]), "number {i}'s bytes");
        assert_eq!((j["start"].clone(), j["end"].clone()), (utf16(TEXT, &c["start"]), utf16(TEXT, &c["end"])));
        assert_eq!(j["slice"], c["text"], "text.slice(start, end) is number {i}");
        if c["hedge"].is_object() {
            hedges += 1;
            assert_eq!(without(&j["hedge"], &["start", "end", "slice"]), without(&c["hedge"], &["start", "end"]));
            assert_eq!(j["hedge"]["slice"], c["hedge"]["text"], "the hedge's UTF-16 span");
        } else {
            assert_eq!(j["hedge"], Value::Null);
        }
    }
    assert!(hedges > 0, "the text has a hedge");
    let (jf, cf) = (js["findings"].as_array().expect("findings"), cli["findings"].as_array().expect("findings"));
    assert_eq!(jf.len(), cf.len(), "as many findings as the CLI");
    for (i, (j, c)) in jf.iter().zip(cf).enumerate() {
        assert_eq!(without(j, &["start", "end", "start_byte", "end_byte", "slice"]), without(c, &["start", "end"]));
        assert_eq!((&j["start_byte"], &j["end_byte"]), (&c["start"], &c["end"]), "finding {i}'s bytes");
        let (s, e) = (c["start"].as_u64().unwrap_or_default() as usize, c["end"].as_u64().unwrap_or_default() as usize);
        assert_eq!(j["slice"], json!(&TEXT[s..e]), "finding {i}'s UTF-16 span");
    }
    let verdicts: Vec<&Value> = cf.iter().map(|f| &f["verdict"]).collect();
    assert!(verdicts.contains(&&json!("inconsistent")) && verdicts.contains(&&json!("consistent")), "{verdicts:?}");

    assert_eq!(b.console_errors().await, Vec::<String>::new());
    assert_eq!(server.foreign(&b.requests().await), Vec::<String>::new(), "no request leaves the site");
    let requested = server.requested();
    assert!(requested.iter().any(|p| p == "/addsup_bg.wasm"), "the wasm is fetched next to the bundle: {requested:?}");
    assert!(!requested.iter().any(|p| p.contains("addsup.js")), "the module is not fetched apart: {requested:?}");
    b.close().await;
}
