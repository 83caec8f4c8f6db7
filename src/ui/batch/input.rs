//! What the organiser gives: the values for every row, the rows (pasted, or opened from a file), and a template.

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::Same;
use crate::batch::state::{Delegation, Edit};
use crate::batch::template;
use crate::i18n::{Lang, Msg};
use crate::text;
use crate::ui::SharedCatalogue;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: Same<Delegation>,
    pub catalogue: SharedCatalogue,
    pub on_edit: Callback<Edit>,
}

/// A download made in the page: a `data:` address holding `text`.
pub fn data_url(mime: &str, text: &str) -> String {
    format!("data:{mime};charset=utf-8,{}", crate::form::percent_encode(text))
}

fn text_input(id: &'static str, label: &str, value: &str, edit: fn(String) -> Edit, on_edit: &Callback<Edit>, list: Option<&'static str>) -> Html {
    let oninput = on_edit.reform(move |e: InputEvent| edit(e.target_unchecked_into::<HtmlInputElement>().value()));
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <input {id} type="text" value={value.to_string()} {oninput} autocomplete="off" list={list} />
        </div>
    }
}

/// Opens a workbook's sheet (the first, or the one chosen) in the page's second part; its rows come back to the
/// text box ([`crate::reader_worker::on_workbook`], set up by the delegation view).
fn open_sheet(name: &str, bytes: &js_sys::Uint8Array, sheet: Option<&str>, on_edit: &Callback<Edit>) {
    on_edit.emit(Edit::Opening(name.to_string()));
    crate::ui::app::start_worker();
    crate::reader_worker::open_workbook(name, bytes.clone(), sheet);
}

#[component]
pub fn BatchInput(props: &Props) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let (d, on_edit) = (&props.state.0, &props.on_edit);
    // The workbooks last opened, kept on the page for a choice of their other sheets (found by the name of the one
    // whose sheet the box holds, so that a newer file that failed is never read in its place).
    let workbook = use_mut_ref(Vec::<(String, js_sys::Uint8Array)>::new);
    let on_file = {
        let (on_edit, workbook) = (on_edit.clone(), workbook.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            input.set_value("");
            let (on_edit, workbook) = (on_edit.clone(), workbook.clone());
            let name = file.name();
            let lower = name.to_ascii_lowercase();
            // Older and binary workbook formats: say how to bring their rows in.
            if [".xls", ".xlsb"].iter().any(|x| lower.ends_with(x)) {
                on_edit.emit(Edit::FileError(text!(BatchSpreadsheetFile, file = name)));
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                if file.size() > 5_000_000.0 {
                    on_edit.emit(Edit::FileError(text!(BatchTooLarge, file = name)));
                    return;
                }
                if [".xlsx", ".xlsm", ".ods"].iter().any(|x| lower.ends_with(x)) {
                    let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await else {
                        on_edit.emit(Edit::FileError(text!(ListNotText, file = name)));
                        return;
                    };
                    let bytes = js_sys::Uint8Array::new(&buffer);
                    open_sheet(&name, &bytes, None, &on_edit);
                    let mut kept = workbook.borrow_mut();
                    kept.retain(|(n, _)| *n != name);
                    kept.push((name, bytes));
                    if kept.len() > 3 {
                        kept.remove(0);
                    }
                    return;
                }
                match wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string()) {
                    Some(text) => on_edit.emit(Edit::Opened(text)),
                    None => on_edit.emit(Edit::FileError(text!(ListNotText, file = name))),
                }
            });
        })
    };
    let host_options = props.catalogue.host_suggestions(&d.host, 8);
    html! {
        <>
        <fieldset class="no-print">
            <legend>{ Msg::BatchForEveryRow.in_(lang) }</legend>
            { text_input("batch-host", Msg::FormHost.in_(lang), &d.host, Edit::Host, on_edit, Some("batch-host-options")) }
            <datalist id="batch-host-options">
                { for host_options.iter().map(|o| html! { <option value={o.name_en.clone()}>{ lang.chinese(o.name_zh.as_deref().unwrap_or_default()) }</option> }) }
            </datalist>
            <div class="field">
                <label for="batch-sector">{ Msg::FormSector.in_(lang) }</label>
                <select id="batch-sector" onchange={on_edit.reform(|e: Event| Edit::Sector(e.target_unchecked_into::<HtmlSelectElement>().value()))}>
                    <option value="" selected={d.sector.is_empty()}>{ Msg::FormSectorNotSure.in_(lang) }</option>
                    { for props.catalogue.data.sectors.iter().map(|s| html! { <option value={s.id.clone()} selected={d.sector == s.id}>{ crate::ui::case_form::sector_name(s, lang) }</option> }) }
                </select>
            </div>
            { text_input("batch-activity", Msg::BatchActivity.in_(lang), &d.activity, Edit::Activity, on_edit, None) }
            { text_input("batch-role", Msg::BatchRole.in_(lang), &d.role, Edit::Role, on_edit, None) }
        </fieldset>
        <div class="field no-print">
            <label for="batch-rows">{ Msg::BatchRowsLabel.in_(lang) }</label>
            <p class="hint" id="batch-rows-hint">
                { Msg::BatchColumns.in_(lang) }
                <a download="stv-check-template.csv" href={data_url("text/csv", &template())}>{ Msg::BatchTemplate.in_(lang) }</a>
            </p>
            <textarea id="batch-rows" rows="8" value={d.rows.clone()} aria-describedby="batch-rows-hint" spellcheck="false"
                oninput={on_edit.reform(|e: InputEvent| Edit::Rows(e.target_unchecked_into::<HtmlTextAreaElement>().value()))} />
        </div>
        <div class="field no-print">
            <label for="batch-file">{ Msg::BatchFile.in_(lang) }</label>
            <input id="batch-file" type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain,.xlsx,.xlsm,.ods,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet" onchange={on_file} />
            if let Some(file) = &d.opening { <p class="hint reading" role="status">{ text!(BatchOpening, file = file.as_str()).render(lang) }</p> }
            if let Some(e) = &d.file_error { <p class="error" role="alert">{ e.render(lang) }</p> }
        </div>
        if let Some(book) = d.workbook.as_ref() {
            <div class="field no-print batch-sheet">
                <p class="hint">{ text!(BatchSheetRead, file = book.file.as_str(), sheet = book.sheet.as_str()).render(lang) }</p>
                if book.sheets.len() > 1 {
                    <label for="batch-sheet">{ Msg::BatchSheet.in_(lang) }</label>
                    <select id="batch-sheet" onchange={{
                        let (on_edit, workbook, file) = (on_edit.clone(), workbook.clone(), book.file.clone());
                        Callback::from(move |e: Event| {
                            let sheet = e.target_unchecked_into::<HtmlSelectElement>().value();
                            if let Some((name, bytes)) = workbook.borrow().iter().find(|(n, _)| *n == file) {
                                open_sheet(name, bytes, Some(&sheet), &on_edit);
                            }
                        })
                    }}>
                        { for book.sheets.iter().map(|s| html! { <option value={s.clone()} selected={*s == book.sheet}>{ s }</option> }) }
                    </select>
                }
            </div>
        }
        </>
    }
}
