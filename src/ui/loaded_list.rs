//! For organisers: a newer official list of host organisations, loaded on the page for use on this device.
//!
//! The list (the same CSV as `stv-check import-orgs`) is checked exactly like an import, by the page's second part
//! (the worker, `src/reader_worker.rs`: the importer is not part of the first load), merged into the bundled data
//! here, and kept in this browser's local storage only, so that it is still there next time; every finding that
//! relies on it says so ("the list you loaded on ..."). Removing it forgets it.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::NaiveDate;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::SharedCatalogue;
use crate::catalogue::{iso_date, parse_iso_date, Catalogue, Organisation};
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

/// A list the worker has checked, merged into the bundled data.
fn merged(list: Vec<Organisation>, text: &str, file_name: &str, on: NaiveDate) -> LoadedList {
    let bundled = Catalogue::bundled();
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
    LoadedList { file_name: file_name.into(), on, text: text.into(), catalogue: SharedCatalogue::Loaded(Rc::new(catalogue)), summary }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The list kept on this device, if there is one: its text, file name and the day it was loaded.
fn saved() -> Option<(String, String, NaiveDate)> {
    let s = storage()?;
    let [text, name, on] = KEYS.map(|k| s.get_item(k).ok().flatten());
    Some((text?, name?, parse_iso_date(&on?)?))
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

/// The list sent to be checked: its file name, the day it is loaded, and whether it is the one kept on this device
/// (which, if it no longer checks, is left unused without a word, as before).
type Asked = Rc<RefCell<Option<(String, NaiveDate, bool)>>>;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub loaded: Option<Rc<LoadedList>>,
    pub on_change: Callback<Option<Rc<LoadedList>>>,
}

#[component]
pub fn ListLoader(props: &Props) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let errors = use_state(Vec::<Text>::new);
    let reading = use_state(|| None::<String>);
    let asked: Asked = use_mut_ref(|| None);
    {
        let (errors, reading, asked, on_change) = (errors.clone(), reading.clone(), asked.clone(), props.on_change.clone());
        use_effect_with((), move |_| {
            {
                let (errors, reading, asked) = (errors.clone(), reading.clone(), asked.clone());
                crate::reader_worker::on_list_failed(move |_| {
                    if let Some((_, _, false)) = asked.borrow_mut().take() {
                        errors.set(vec![Msg::ListReaderUnavailable.into()]);
                    }
                    reading.set(None);
                });
            }
            let kept = asked.clone();
            crate::reader_worker::on_list(move |text, read| {
                let Some((name, on, from_device)) = asked.borrow_mut().take() else { return };
                reading.set(None);
                match read {
                    Ok(list) => {
                        let list = merged(list, &text, &name, on);
                        keep(&list);
                        errors.set(Vec::new());
                        on_change.emit(Some(Rc::new(list)));
                    }
                    Err(found) if !from_device => errors.set(found.iter().map(|e| e.text()).collect()),
                    Err(_) => {}
                }
            });
            // The list kept on this device: checked again by the worker as the page opens.
            if let Some((text, name, on)) = saved() {
                *kept.borrow_mut() = Some((name, on, true));
                crate::ui::app::start_worker();
                crate::reader_worker::read_list(&text);
            }
        });
    }
    let onchange = {
        let (errors, reading, asked) = (errors.clone(), reading.clone(), asked.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            let (errors, reading, asked) = (errors.clone(), reading.clone(), asked.clone());
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
                *asked.borrow_mut() = Some((name.clone(), crate::today::hong_kong_today(), false));
                reading.set(Some(name));
                crate::ui::app::start_worker();
                crate::reader_worker::read_list(&text);
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
                    if let Some(file) = &*reading { <p class="hint reading" role="status">{ text!(ListReading, file = file.as_str()).render(lang) }</p> }
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
