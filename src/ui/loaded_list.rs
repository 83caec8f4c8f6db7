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
use crate::rules::long_date;

/// Local storage keys: the list's text, its file name, and the day it was loaded.
const KEYS: [&str; 3] = ["stv-check.list.text", "stv-check.list.name", "stv-check.list.on"];

/// A list in use.
#[derive(Debug, Clone)]
pub struct LoadedList {
    pub file_name: String,
    pub on: NaiveDate,
    pub text: String,
    pub catalogue: SharedCatalogue,
    /// "38 organisations in 2 sectors (12 added, 3 changed, 1 removed)".
    pub summary: String,
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
    let summary = format!(
        "{count} organisations in {} ({} added, {} changed, {} removed)",
        report.sectors.iter().filter_map(|s| bundled.sector(s)).map(|s| s.name_en.as_str()).collect::<Vec<_>>().join(", "),
        report.added.len(),
        report.changed.len(),
        report.removed.len()
    );
    Ok(LoadedList { file_name: file_name.into(), on, text: text.into(), catalogue: SharedCatalogue(Rc::new(catalogue)), summary })
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
    let errors = use_state(Vec::<String>::new);
    let onchange = {
        let (errors, on_change) = (errors.clone(), props.on_change.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            let (errors, on_change) = (errors.clone(), on_change.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                if file.size() > 2_000_000.0 {
                    errors.set(vec![format!("{name} is larger than 2 MB: that is not a list of host organisations.")]);
                    return;
                }
                let text = match wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string()) {
                    Some(t) => t,
                    None => {
                        errors.set(vec![format!("{name} could not be read as text.")]);
                        return;
                    }
                };
                match load(&text, &name, crate::today::hong_kong_today()) {
                    Ok(list) => {
                        keep(&list);
                        errors.set(Vec::new());
                        on_change.emit(Some(Rc::new(list)));
                    }
                    Err(found) => errors.set(found.iter().map(|e| e.to_string()).collect()),
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
    let data_as_of = long_date(Catalogue::bundled().data_as_of());
    html! {
        <details class="loaded-list" open={props.loaded.is_some() || !errors.is_empty()}>
            <summary>{ "For organisers: use a newer official list of host organisations" }</summary>
            <p class="hint">
                { format!("The bundled list is incomplete (data as of {data_as_of}). Load ImmD's list as a CSV file with the columns sector, name_en, name_zh, abbreviations, scope, since and source (a source id or the list's web address). It is checked like an import, kept only in this browser on this device, and named in every result that uses it.") }
            </p>
            if let Some(list) = &props.loaded {
                <p class="loaded-note">
                    { format!("In use: {} (loaded on {}): {}. ", list.file_name, long_date(list.on), list.summary) }
                    <button type="button" class="secondary" onclick={remove}>{ "Remove the loaded list" }</button>
                </p>
            } else {
                <div class="field">
                    <label for="list-file">{ "Official list (CSV file)" }</label>
                    <input id="list-file" type="file" accept=".csv,text/csv,text/plain" {onchange}
                        aria-describedby={(!errors.is_empty()).then_some("list-errors")} />
                </div>
            }
            if !errors.is_empty() {
                <div class="error" id="list-errors" role="alert">
                    <p>{ "The list was not loaded:" }</p>
                    <ul>{ for errors.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
                </div>
            }
        </details>
    }
}
