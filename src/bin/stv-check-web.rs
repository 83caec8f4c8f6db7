//! The web page's entry point, for the page and for its Web Worker alike: Trunk builds this for wasm32 (see
//! index.html). One WebAssembly module serves both, so that the two carry no second copy of the standard library,
//! the allocator, the bridge to JavaScript and the catalogue's reader; the release build splits it in two by what
//! the page uses before its form works (scripts/split-wasm.mjs). In the page it draws the page (`stv_check::ui`); in
//! the worker the page starts, it reads letters and delegations (`stv_check::reader_worker`).

/// Talc instead of Rust's default dlmalloc: a few kilobytes smaller, which the page's first-load budget needs, and
/// faster. The page is single-threaded (no atomics).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::JsCast;
    if js_sys::global().is_instance_of::<web_sys::DedicatedWorkerGlobalScope>() {
        stv_check::reader_worker::register();
    } else {
        stv_check::ui::start();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("stv-check-web is the web page: build it with `trunk build` (see the README), or use `stv-check` here.");
    std::process::exit(2);
}
