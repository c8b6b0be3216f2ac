//! The web app (wasm only). A placeholder until the app lands: it checks what is typed and
//! lists the numbers found, through the same `crate::check` the CLI uses.

/// Starts the app.
pub fn start() {}
