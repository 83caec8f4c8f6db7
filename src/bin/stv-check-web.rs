//! The web page's entry point. Trunk builds this for wasm32 (see index.html); the page itself is `stv_check::ui`.

/// Talc instead of Rust's default dlmalloc: a few kilobytes smaller, which the page's first-load budget needs, and
/// faster. The page is single-threaded (no atomics).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    stv_check::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("stv-check-web is the web page: build it with `trunk build` (see the README), or use `stv-check` here.");
    std::process::exit(2);
}
