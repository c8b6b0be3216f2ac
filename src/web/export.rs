//! Taking the report away: Markdown for the clipboard, the CLI's JSON schema as a download.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlElement, Url};

use super::view::View;
use crate::report::json::JsonReport;
use crate::Report;

/// The findings as Markdown: the summary, then the problems, then what adds up.
pub fn markdown(view: &View) -> String {
    let mut out = format!("# addsup report\n\n{}\n", view.summary());
    for (ok, title) in [(false, "Does not add up"), (true, "Adds up")] {
        let mut any = false;
        for f in view.findings.iter().filter(|f| f.ok == ok) {
            if !any {
                out.push_str(&format!("\n## {title}\n\n"));
                any = true;
            }
            let mark = if ok { "✓" } else { "✗" };
            out.push_str(&format!("- {mark} **{}**: {}\n", f.check, f.message));
            if !f.sentence.is_empty() {
                out.push_str(&format!("  > {}\n", f.sentence.replace('\n', " ")));
            }
        }
    }
    out
}

/// Puts `text` on the clipboard; resolves to whether it worked.
pub async fn copy(text: &str) -> bool {
    let clipboard = gloo_utils::window().navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// The report in the CLI's `--format json` schema, `source` naming the text.
pub fn json(text: &str, report: &Report) -> Option<String> {
    super::json::to_string(&JsonReport::new("addsup", text, report))
}

/// Offers `contents` as a file download named `name`.
pub fn download(name: &str, mime: &str, contents: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&contents.into());
    let opts = BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &opts).ok()?;
    let url = Url::create_object_url_with_blob(&blob).ok()?;
    let a = gloo_utils::document().create_element("a").ok()?;
    a.set_attribute("href", &url).ok()?;
    a.set_attribute("download", name).ok()?;
    a.unchecked_ref::<HtmlElement>().click();
    // Some browsers read the blob after `click` returns: let it go a little later.
    gloo_timers::callback::Timeout::new(10_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Some(())
}
