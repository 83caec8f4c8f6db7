//! For organisers: a newer official list of host organisations, loaded on the page for use on this device.
//!
//! The list (the same CSV as `stv-check import-orgs`) is checked exactly like an import, merged into the bundled
//! data, and kept in this browser's local storage only, so that it is still there next time; every finding that
//! relies on it says so ("the list you loaded on ..."). Removing it forgets it.

use std::rc::Rc;

use chrono::NaiveDate;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::SharedCatalogue;
use crate::catalogue::import::{read_list, ListError};
use crate::catalogue::{iso_date, parse_iso_date, Catalogue};
use crate::i18n::{Arg, Lang, Msg, Name, Text};
use crate::text;

/// Local storage keys: the list's text, its file name, and the day it was loaded.
const KEYS: [&str; 3] = ["stv-check.list.text", "stv-check.list.name", "stv-check.list.on"];

/// A list in use.
#[derive(Debug, Clone)]
pub struct LoadedList {
    pub file_name: String,
    pub on: NaiveDate,
    pub text: String,
    pub catalogue: SharedCatalogue,
    /// "38 organisations in Sports, Culture (12 added, 3 changed, 1 removed)".
    pub summary: Text,
}

impl PartialEq for LoadedList {
    fn eq(&self, other: &Self) -> bool {
        self.file_name == other.file_name && self.on == other.on && self.text == other.text
    }
}

/// Checks and merges a list, as the import command does; a source may be a known id or a web address.
pub fn load(text: &str, file_name: &str, on: NaiveDate) -> Result<LoadedList, Vec<ListError>> {
    let bundled = Catalogue::bundled();
    let sources_ok = |s: &str| bundled.source(s).is_some() || s.starts_with("https://") || s.starts_with("http://");
    let list = read_list(text, bundled, &sources_ok)?;
    let count = list.len();
    let (catalogue, report) = bundled.with_loaded_list(list, on);
    let sectors = report
        .sectors
        .iter()
        .filter_map(|s| bundled.sector(s))
        .map(|s| text!(ListSector, name = Name { en: s.name_en.clone(), zh: Some(s.name_zh.clone()) }))
        .collect();
    let summary = text!(
        ListSummary,
        count = count,
        sectors = Arg::List(sectors),
        added = report.added.len(),
        changed = report.changed.len(),
        removed = report.removed.len()
    );
    Ok(LoadedList { file_name: file_name.into(), on, text: text.into(), catalogue: SharedCatalogue::Loaded(Rc::new(catalogue)), summary })
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The list kept on this device, if there is one and it still checks.
pub fn saved() -> Option<LoadedList> {
    let s = storage()?;
    let [text, name, on] = KEYS.map(|k| s.get_item(k).ok().flatten());
    load(&text?, &name?, parse_iso_date(&on?)?).ok()
}

fn keep(list: &LoadedList) {
    if let Some(s) = storage() {
        for (key, value) in KEYS.iter().zip([list.text.clone(), list.file_name.clone(), iso_date(list.on)]) {
            let _ = s.set_item(key, &value);
        }
    }
}

/// Removes the kept list from this device.
pub fn forget() {
    if let Some(s) = storage() {
        for key in KEYS {
            let _ = s.remove_item(key);
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub loaded: Option<Rc<LoadedList>>,
    pub on_change: Callback<Option<Rc<LoadedList>>>,
}

#[component]
pub fn ListLoader(props: &Props) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let errors = use_state(Vec::<Text>::new);
    let onchange = {
        let (errors, on_change) = (errors.clone(), props.on_change.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            let (errors, on_change) = (errors.clone(), on_change.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                if file.size() > 2_000_000.0 {
                    errors.set(vec![text!(ListTooLarge, file = name)]);
                    return;
                }
                let text = match wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string()) {
                    Some(t) => t,
                    None => {
                        errors.set(vec![text!(ListNotText, file = name)]);
                        return;
                    }
                };
                match load(&text, &name, crate::today::hong_kong_today()) {
                    Ok(list) => {
                        keep(&list);
                        errors.set(Vec::new());
                        on_change.emit(Some(Rc::new(list)));
                    }
                    Err(found) => errors.set(found.iter().map(|e| e.text()).collect()),
                }
            });
            let _ = input.dyn_ref::<HtmlInputElement>().map(|i| i.set_value(""));
        })
    };
    let remove = {
        let on_change = props.on_change.clone();
        Callback::from(move |_| {
            forget();
            on_change.emit(None);
        })
    };
    let data_as_of = Catalogue::bundled().data_as_of();
    html! {
        <details class="loaded-list" open={props.loaded.is_some() || !errors.is_empty()}>
            <summary>{ Msg::ListTitle.in_(lang) }</summary>
            <p class="hint">{ text!(ListHint, date = data_as_of).render(lang) }</p>
            if let Some(list) = &props.loaded {
                <p class="loaded-note">
                    { text!(ListInUse, file = &list.file_name, date = list.on, summary = list.summary.clone()).render(lang) }
                    <button type="button" class="secondary" onclick={remove}>{ Msg::ListRemove.in_(lang) }</button>
                </p>
            } else {
                <div class="field">
                    <label for="list-file">{ Msg::ListFile.in_(lang) }</label>
                    <input id="list-file" type="file" accept=".csv,text/csv,text/plain" {onchange}
                        aria-describedby={(!errors.is_empty()).then_some("list-errors")} />
                </div>
            }
            if !errors.is_empty() {
                <div class="error" id="list-errors" role="alert">
                    <p>{ Msg::ListNotLoaded.in_(lang) }</p>
                    <ul>{ for errors.iter().map(|e| html! { <li>{ e.render(lang) }</li> }) }</ul>
                </div>
            }
        </details>
    }
}
