//! The page's language: chosen from the browser's preferences at first, then by the visitor, and remembered on
//! this device only once they choose (one local-storage entry, which "Clear everything" removes).

use crate::i18n::{Lang, Msg, Part};

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

/// Fetches a language's words for the form from the page's own files (the address the built page names in
/// `<meta name="stv-messages-LANG">`, see scripts/post-build.mjs) and gives them to the page. True once the
/// language can be shown; false if the file could not be had (offline before a first visit: the page stays in
/// the language it has).
pub async fn load(lang: Lang) -> bool {
    if lang.is_loaded() {
        return true;
    }
    let text = super::own_files::fetch_text(&format!("stv-messages-{}", lang.file_tag())).await;
    text.is_some_and(|t| crate::i18n::load_table(lang, Part::Form, &t))
}

/// Fetches a language's words for the findings, verdicts and suggestions (`<meta name="stv-findings-LANG">`): the
/// page needs them once it has something to judge, so they come once the form is drawn, with the catalogue.
pub async fn load_findings(lang: Lang) -> bool {
    if lang.has_findings() {
        return true;
    }
    let text = super::own_files::fetch_text(&format!("stv-findings-{}", lang.file_tag())).await;
    text.is_some_and(|t| crate::i18n::load_table(lang, Part::Findings, &t))
}
