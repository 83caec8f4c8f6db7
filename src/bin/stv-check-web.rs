//! The web page's entry point. Trunk builds this for wasm32 (see index.html); the page itself is `stv_check::ui`.

#[cfg(target_arch = "wasm32")]
fn main() {
    stv_check::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("stv-check-web is the web page: build it with `trunk build` (see the README), or use `stv-check` here.");
    std::process::exit(2);
}
