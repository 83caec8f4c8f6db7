//! The page's own files beyond its code: its words, its catalogue and its letter reader's cue words. The built page names each by its content in a
//! `<meta name="...">` (see scripts/post-build.mjs), and they are fetched from the page's own origin, like
//! everything else, and kept by the service worker for offline use.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::catalogue::Catalogue;

/// The address the built page gives under `<meta name="...">`.
pub fn meta(name: &str) -> Option<String> {
    let document = web_sys::window()?.document()?;
    document.query_selector(&format!("meta[name=\"{name}\"]")).ok().flatten()?.get_attribute("content")
}

/// The text of the file named under `<meta name="...">`; `None` if the page names none or it could not be had
/// (offline before a first visit, a dropped connection).
pub async fn fetch_text(name: &str) -> Option<String> {
    let url = meta(name)?;
    let window = web_sys::window()?;
    let response = JsFuture::from(window.fetch_with_str(&url)).await.ok()?;
    let response = response.dyn_into::<web_sys::Response>().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// Fetches the bundled catalogue (the lists of sectors, hosts and visa-free nationalities) and installs it. The page
/// asks for it once the form is drawn: the form takes input meanwhile, and nothing is checked until it is here.
/// True once the catalogue is ready.
pub async fn fetch_catalogue() -> bool {
    if Catalogue::is_ready() {
        return true;
    }
    #[cfg(all(target_arch = "wasm32", not(feature = "test-page")))]
    if let Some(text) = fetch_text("stv-catalogue").await {
        return Catalogue::install_bundled(text);
    }
    false
}

/// Fetches the letter reader's cue words, which the page hands to its worker (see [`crate::reader_worker`]); true
/// once the page has them. The page asks for them with its catalogue.
pub async fn fetch_letter_cues() -> bool {
    if crate::reader_worker::has_cues() {
        return true;
    }
    match fetch_text("stv-letter-cues").await {
        Some(text) => crate::reader_worker::keep_cues(text),
        None => false,
    }
}

/// The release build splits the page's WebAssembly in two (scripts/split-wasm.mjs): what the page needs to draw
/// its form and check a visitor's trip, and the rest (the delegation view's code, and what only the worker runs),
/// which the page's script loads when asked (`stvSecondPart()`). Whether the rest is here: always, in a build that
/// is not split.
pub fn second_part_here() -> bool {
    match second_part_loader() {
        Some(load) => js_sys::Reflect::get(&load, &"here".into())
            .ok()
            .and_then(|here| here.dyn_into::<js_sys::Function>().ok())
            .and_then(|here| here.call0(&JsValue::NULL).ok())
            .is_some_and(|here| here.is_truthy()),
        None => true,
    }
}

/// Loads the rest of the page's code (see [`second_part_here`]), once; true once it is here.
pub async fn load_second_part() -> bool {
    let Some(load) = second_part_loader() else { return true };
    match load.call0(&JsValue::NULL) {
        Ok(promise) => JsFuture::from(js_sys::Promise::from(promise)).await.is_ok(),
        Err(_) => false,
    }
}

fn second_part_loader() -> Option<js_sys::Function> {
    js_sys::Reflect::get(&js_sys::global(), &"stvSecondPart".into()).ok()?.dyn_into().ok()
}
