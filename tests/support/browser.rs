//! A headless Chromium for end-to-end tests of the built pages in `dist/`.
//!
//! ```ignore
//! #[path = "support/browser.rs"]
//! mod browser;
//!
//! #[tokio::test(flavor = "current_thread")]
//! async fn page_loads() {
//!     let server = browser::Server::start(&browser::dist_dir(), &[]);
//!     let b = browser::Browser::start().await;
//!     b.goto(&server.url("index.html")).await;
//!     b.wait_for("the app", "return !!document.querySelector('main')").await;
//!     b.screenshot("page_loads").await;
//!     assert!(b.console_errors().await.is_empty());
//!     assert_eq!(server.foreign(&b.requests().await), Vec::<String>::new());
//!     b.close().await;
//! }
//! ```
//!
//! - [`Server`] serves a directory on a free port of 127.0.0.1 from a std thread, with any extra
//!   response headers (a Content-Security-Policy, say), and logs every path it is asked for.
//! - [`Browser`] starts `chromedriver` on a free port and opens a session of headless
//!   `/usr/bin/chromium` with the browser and performance logs on, so a test can read console
//!   errors and every network request the page made, to any host.
//! - [`Browser::js`] runs a script, [`Browser::wait_for`] polls one until it returns something
//!   truthy, [`Browser::screenshot`] saves a PNG under `target/screenshots/`, [`Browser::cdp`]
//!   sends a DevTools command (emulating a dark theme, say).
//!
//! Every helper panics with a message saying what failed: these are test helpers.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use fantoccini::wd::{Capabilities, WebDriverCompatibleCommand};
use serde_json::{json, Value};

/// How long [`Browser::wait_for`] polls before failing: generous, the machine may be busy.
pub const WAIT: Duration = Duration::from_secs(20);

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `dist/`, as `trunk build --release` leaves it; panics with what to run when it is missing.
pub fn dist_dir() -> PathBuf {
    let dist = root().join("dist");
    if !dist.join("index.html").is_file() {
        panic!(
            "{} has no index.html: build the web app first with `trunk build --release` \
             (scripts/test does this before running the tests)",
            dist.display()
        );
    }
    dist
}

/// A static file server on 127.0.0.1, one std thread, for as long as the value lives.
pub struct Server {
    port: u16,
    log: Arc<Mutex<Vec<String>>>,
}

impl Server {
    /// Serves `dir` on a free port, adding `headers` (name, value) to every response.
    pub fn start(dir: &Path, headers: &[(&str, &str)]) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a free port on 127.0.0.1");
        let port = listener.local_addr().expect("local address").port();
        let log = Arc::new(Mutex::new(Vec::new()));
        let dir = dir.to_path_buf();
        let headers: Vec<(String, String)> = headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        let thread_log = Arc::clone(&log);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (dir, headers, log) = (dir.clone(), headers.clone(), Arc::clone(&thread_log));
                std::thread::spawn(move || serve(stream, &dir, &headers, &log));
            }
        });
        Server { port, log }
    }

    /// The server's origin, e.g. `http://127.0.0.1:40123`.
    pub fn origin(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The URL of `path` (relative to the served directory).
    pub fn url(&self, path: &str) -> String {
        format!("{}/{}", self.origin(), path.trim_start_matches('/'))
    }

    /// Every path requested so far, in order, query strings included.
    pub fn requested(&self) -> Vec<String> {
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }

    /// The URLs in `urls` that are not on this server (ignoring `data:`, `blob:` and `about:`).
    pub fn foreign(&self, urls: &[String]) -> Vec<String> {
        let own = format!("{}/", self.origin());
        urls.iter()
            .filter(|u| !u.starts_with(&own) && !["data:", "blob:", "about:"].iter().any(|p| u.starts_with(p)))
            .cloned()
            .collect()
    }
}

/// Answers one HTTP/1.1 connection (keep-alive) with files from `dir`.
fn serve(stream: TcpStream, dir: &Path, headers: &[(String, String)], log: &Mutex<Vec<String>>) {
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut out = stream;
    loop {
        let mut request_line = String::new();
        if reader.read_line(&mut request_line).unwrap_or(0) == 0 {
            return;
        }
        let mut content_length = 0usize;
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap_or(0) == 0 {
                return;
            }
            if line.trim().is_empty() {
                break;
            }
            if let Some((k, v)) = line.split_once(':') {
                if k.eq_ignore_ascii_case("content-length") {
                    content_length = v.trim().parse().unwrap_or(0);
                }
            }
        }
        let mut body = vec![0; content_length];
        let _ = reader.read_exact(&mut body);
        let target = request_line.split_whitespace().nth(1).unwrap_or("/").to_owned();
        if let Ok(mut l) = log.lock() {
            l.push(target.clone());
        }
        let path = target.split(['?', '#']).next().unwrap_or("/");
        let mut file = dir.join(path.trim_start_matches('/'));
        if path.ends_with('/') {
            file = file.join("index.html");
        }
        let safe = !path.split('/').any(|part| part == "..");
        let (status, bytes) = match std::fs::read(&file) {
            Ok(b) if safe => ("200 OK", b),
            _ => ("404 Not Found", b"not found".to_vec()),
        };
        let mut head = format!(
            "HTTP/1.1 {status}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n",
            mime(&file),
            bytes.len()
        );
        for (k, v) in headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("\r\n");
        if out.write_all(head.as_bytes()).and_then(|_| out.write_all(&bytes)).is_err() {
            return;
        }
    }
}

fn mime(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// A free TCP port on 127.0.0.1 (free when asked; chromedriver takes it right after).
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port()
}

/// A chromedriver process and one headless Chromium session driven through it.
pub struct Browser {
    /// The WebDriver session, for anything the helpers below do not cover.
    pub client: fantoccini::Client,
    driver: Child,
    profile: PathBuf,
}

impl Browser {
    /// Starts chromedriver and a headless Chromium with a 1280×900 window.
    pub async fn start() -> Browser {
        Browser::start_sized(1280, 900).await
    }

    /// Starts chromedriver and a headless Chromium with a `width`×`height` window.
    pub async fn start_sized(width: u32, height: u32) -> Browser {
        let port = free_port();
        let profile = std::env::temp_dir().join(format!("addsup-chromium-{}-{port}", std::process::id()));
        // Chromium's own temporary files go inside the profile, so removing it leaves nothing.
        let tmp = profile.join("tmp");
        std::fs::create_dir_all(&tmp).expect("create the browser profile");
        let driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .env("TMPDIR", &tmp)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver (scripts/setup --test installs it)");
        let caps = json!({
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    format!("--window-size={width},{height}"),
                    format!("--user-data-dir={}", profile.display()),
                ],
            },
            "goog:loggingPrefs": { "browser": "ALL", "performance": "ALL" },
        });
        let Value::Object(caps) = caps else { unreachable!() };
        let caps: Capabilities = caps;
        let webdriver = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        let client = loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match fantoccini::ClientBuilder::new(connector).capabilities(caps.clone()).connect(&webdriver).await {
                Ok(c) => break c,
                Err(e) if started.elapsed() > WAIT => panic!("no WebDriver session from chromedriver: {e}"),
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        };
        let b = Browser { client, driver, profile };
        // Chromium opens on its new-tab page, which loads chrome:// resources of its own: leave
        // it, and drain the logs, so they hold only what the test's pages do.
        b.goto("about:blank").await;
        b.log("performance").await;
        b.log("browser").await;
        b
    }

    /// Opens `url` and waits for the load event.
    pub async fn goto(&self, url: &str) {
        self.client.goto(url).await.unwrap_or_else(|e| panic!("open {url}: {e}"));
    }

    /// Runs `script` (a function body: use `return`, and `arguments[i]` for `args`).
    pub async fn js(&self, script: &str, args: Vec<Value>) -> Value {
        self.client.execute(script, args).await.unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Runs `script` until it returns something truthy (not null, false, 0 or ""), and returns
    /// that; panics naming `what` after [`WAIT`].
    pub async fn wait_for(&self, what: &str, script: &str) -> Value {
        let started = Instant::now();
        loop {
            let v = self.js(script, vec![]).await;
            let truthy = match &v {
                Value::Null => false,
                Value::Bool(b) => *b,
                Value::Number(n) => n.as_f64() != Some(0.0),
                Value::String(s) => !s.is_empty(),
                _ => true,
            };
            if truthy {
                return v;
            }
            if started.elapsed() > WAIT {
                panic!("timed out after {WAIT:?} waiting for {what}");
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// Saves a screenshot of the viewport to `target/screenshots/NAME.png` and returns the path.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let png = self.client.screenshot().await.unwrap_or_else(|e| panic!("screenshot: {e}"));
        let dir = root().join("target").join("screenshots");
        std::fs::create_dir_all(&dir).expect("create target/screenshots");
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
        path
    }

    /// Log entries of `kind` ("browser" or "performance") since the last read (chromedriver's
    /// log endpoint drains them).
    pub async fn log(&self, kind: &str) -> Vec<Value> {
        let v =
            self.client.issue_cmd(GetLog(kind.to_owned())).await.unwrap_or_else(|e| panic!("read the {kind} log: {e}"));
        v.as_array().cloned().unwrap_or_default()
    }

    /// Runs a Chrome DevTools Protocol command, e.g. `("Emulation.setEmulatedMedia",
    /// json!({"features": [{"name": "prefers-color-scheme", "value": "dark"}]}))`.
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        let body = json!({ "cmd": cmd, "params": params });
        self.client.issue_cmd(Cdp(body)).await.unwrap_or_else(|e| panic!("CDP {cmd}: {e}"))
    }

    /// Console messages and page errors at level SEVERE since the last read.
    pub async fn console_errors(&self) -> Vec<String> {
        self.log("browser")
            .await
            .iter()
            .filter(|e| e["level"] == "SEVERE")
            .map(|e| e["message"].as_str().unwrap_or_default().to_owned())
            .collect()
    }

    /// The URL of every network request the browser sent since the last read, to any host.
    pub async fn requests(&self) -> Vec<String> {
        let mut urls = Vec::new();
        for entry in self.log("performance").await {
            let Some(message) = entry["message"].as_str() else { continue };
            let Ok(m) = serde_json::from_str::<Value>(message) else { continue };
            if m["message"]["method"] == "Network.requestWillBeSent" {
                if let Some(url) = m["message"]["params"]["request"]["url"].as_str() {
                    urls.push(url.to_owned());
                }
            }
        }
        urls
    }

    /// Ends the session (Chromium quits), stops chromedriver and removes the browser profile.
    pub async fn close(self) {
        let _ = self.client.clone().close().await;
        // Drop does the rest.
    }

    /// The Chromium processes of this session: the ones using its own profile directory.
    fn chromium_pids(&self) -> Vec<u32> {
        let needle = format!("--user-data-dir={}", self.profile.display());
        let Ok(procs) = std::fs::read_dir("/proc") else { return Vec::new() };
        procs
            .flatten()
            .filter_map(|p| p.file_name().to_str()?.parse::<u32>().ok())
            .filter(|pid| {
                std::fs::read(format!("/proc/{pid}/cmdline"))
                    .is_ok_and(|c| c.split(|&b| b == 0).any(|arg| arg == needle.as_bytes()))
            })
            .collect()
    }
}

impl Drop for Browser {
    /// Also runs when a test panics before `close`: chromedriver does not take its Chromium down
    /// with it, so the session's own Chromium processes (found by their profile directory) are
    /// stopped too, and the profile is removed once they are gone.
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        for _ in 0..50 {
            let pids = self.chromium_pids();
            if pids.is_empty() {
                break;
            }
            for pid in pids {
                let _ = Command::new("kill").arg(pid.to_string()).status();
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// chromedriver's Chrome DevTools Protocol command (`POST /session/{id}/goog/cdp/execute`).
#[derive(Debug)]
struct Cdp(Value);

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.0.to_string()))
    }
}

/// chromedriver's log command (`POST /session/{id}/se/log`), outside the W3C protocol.
#[derive(Debug)]
struct GetLog(String);

impl WebDriverCompatibleCommand for GetLog {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({ "type": self.0 }).to_string()))
    }
}
