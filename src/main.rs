//! The `addsup` binary: the command line natively, the web app in the browser.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(addsup::cli::main());
}

#[cfg(target_arch = "wasm32")]
fn main() {
    addsup::web::start();
}
