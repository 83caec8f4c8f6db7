//! The page's second part: the letter reader in a Web Worker, which the page loads once it is idle (or when a letter
//! is pasted first). Trunk builds this for wasm32 (see index.html); the worker itself is `stv_check::reader_worker`.

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    stv_check::reader_worker::register();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("stv-check-worker is part of the web page: build it with `trunk build`; here, use `stv-check --extract`.");
    std::process::exit(2);
}
