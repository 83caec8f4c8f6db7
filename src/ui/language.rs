//! The page's language: chosen from the browser's preferences at first, then by the visitor, and remembered on
//! this device only once they choose (one local-storage entry, which "Clear everything" removes).

use crate::i18n::{Lang, Msg};

const KEY: &str = "stv-check.lang";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The remembered choice, else the first of the browser's languages the page speaks, else English.
pub fn initial() -> Lang {
    if let Some(lang) = storage().and_then(|s| s.get_item(KEY).ok().flatten()).and_then(|t| Lang::from_tag(&t)) {
        return lang;
    }
    let Some(window) = web_sys::window() else { return Lang::En };
    let navigator = window.navigator();
    navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .chain(navigator.language())
        .find_map(|tag| Lang::from_tag(&tag))
        .unwrap_or_default()
}

pub fn remember(lang: Lang) {
    if let Some(s) = storage() {
        let _ = s.set_item(KEY, lang.tag());
    }
}

pub fn forget() {
    if let Some(s) = storage() {
        let _ = s.remove_item(KEY);
    }
}

/// Marks the whole document as being in `lang` (for screen readers, fonts and search engines) and titles it.
pub fn show(lang: Lang) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.tag());
    }
    document.set_title(Msg::AppDocumentTitle.in_(lang));
}

/// Fetches a language's words from the page's own files (the address the built page names in
/// `<meta name="stv-messages-LANG">`, see scripts/post-build.mjs) and gives them to the page. True once the
/// language can be shown; false if the file could not be had (offline before a first visit: the page stays in
/// the language it has).
pub async fn load(lang: Lang) -> bool {
    if lang.is_loaded() {
        return true;
    }
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let Some(window) = web_sys::window() else { return false };
    let Some(document) = window.document() else { return false };
    let selector = format!("meta[name=\"stv-messages-{}\"]", lang.file_tag());
    let Some(url) = document.query_selector(&selector).ok().flatten().and_then(|m| m.get_attribute("content")) else {
        return false;
    };
    let Ok(response) = JsFuture::from(window.fetch_with_str(&url)).await else { return false };
    let Ok(response) = response.dyn_into::<web_sys::Response>() else { return false };
    if !response.ok() {
        return false;
    }
    let Ok(text) = response.text() else { return false };
    let Ok(text) = JsFuture::from(text).await else { return false };
    text.as_string().is_some_and(|t| crate::i18n::load_table(lang, &t))
}
