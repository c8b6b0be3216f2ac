//! End-to-end tests of the web app: the release build in `dist/` in a headless Chromium.

#[path = "support/browser.rs"]
mod browser;

use browser::{dist_dir, Browser, Server};

#[tokio::test(flavor = "current_thread")]
async fn page_loads_from_its_own_files_only() {
    let server = Server::start(&dist_dir(), &[]);
    let b = Browser::start().await;
    b.goto(&server.url("index.html")).await;
    b.wait_for("the app to start", "return !!document.querySelector('main')").await;
    b.screenshot("app-loaded").await;
    let requests = b.requests().await;
    assert!(!requests.is_empty(), "the performance log shows the page's requests");
    assert_eq!(server.foreign(&requests), Vec::<String>::new());
    assert_eq!(b.console_errors().await, Vec::<String>::new());
    b.close().await;
}
