//! For organisers: one host, many invitees. Rows pasted from a spreadsheet or opened from a CSV file are checked as
//! they come; the results are a summary, a table (cards on a phone) that can be filtered and sorted, each row
//! opening onto its findings and calendar, and an export as CSV or a printed list. Nothing leaves the device: the
//! export is made in the page.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::calendar_strip::CalendarStrip;
use super::SharedCatalogue;
use crate::batch::{run, template, Batch, Column, Row, Shared};
use crate::i18n::{Lang, Msg, Text};
use crate::rules::{Outcome, Verdict};
use crate::sorting::{number, sort_by_key, text};
use crate::text;
use crate::today::hong_kong_today;

/// Rows drawn at once; more on request, so that a long list stays quick on a phone.
const PAGE: usize = 100;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub catalogue: SharedCatalogue,
}

/// A `data:` address holding `text`, so that a download is made in the page, not fetched.
fn data_url(mime: &str, text: &str) -> String {
    format!("data:{mime};charset=utf-8,{}", crate::form::percent_encode(text))
}

fn verdict_label(v: Option<Verdict>) -> Msg {
    match v {
        Some(v) => v.headline(),
        None => Msg::BatchUnreadable,
    }
}

fn verdict_class(v: Option<Verdict>) -> &'static str {
    match v {
        Some(Verdict::Eligible) => "eligible",
        Some(Verdict::EligibleWithConditions) => "conditions",
        Some(Verdict::NotEligible) => "not-eligible",
        Some(Verdict::Unconfirmed) => "unconfirmed",
        None => "unreadable",
    }
}

/// The first thing a reader of the row needs to know: why it is not plainly eligible.
fn reason(row: &Row, lang: Lang) -> String {
    match &row.assessment {
        None => row.errors.iter().map(|e| e.text().render(lang)).collect::<Vec<_>>().join(Msg::ListSeparator.in_(lang)),
        Some(a) => a
            .findings
            .iter()
            .filter(|f| !matches!(f.outcome, Outcome::Pass | Outcome::Info))
            .max_by_key(|f| f.outcome)
            .map(|f| f.message.render(lang))
            .unwrap_or_default(),
    }
}

fn text_input(id: &'static str, label: &str, value: &UseStateHandle<String>, list: Option<&'static str>) -> Html {
    let oninput = {
        let value = value.clone();
        Callback::from(move |e: InputEvent| value.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <input {id} type="text" value={(**value).clone()} {oninput} autocomplete="off" list={list} />
        </div>
    }
}

#[component]
pub fn BatchView(props: &Props) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let catalogue = props.catalogue.clone();
    let host = use_state(String::new);
    let sector = use_state(String::new);
    let activity = use_state(String::new);
    let role = use_state(String::new);
    let rows = use_state(String::new);
    let filter = use_state(String::new);
    let sort = use_state(|| "row".to_string());
    let shown = use_state(|| PAGE);
    let file_error = use_state(|| None::<Text>);

    let shared = Shared {
        host: Some(host.trim().to_string()).filter(|s| !s.is_empty()),
        sector: Some(sector.to_string()).filter(|s| !s.is_empty()),
        activity: Some(activity.trim().to_string()).filter(|s| !s.is_empty()),
        role: Some(role.trim().to_string()).filter(|s| !s.is_empty()),
    };
    // The batch, and how long reading and checking it took in this browser (shown to the end-to-end test).
    let result: Rc<(Option<Result<Batch, crate::batch::BatchError>>, f64)> = {
        let (text, shared, catalogue) = ((*rows).clone(), shared.clone(), catalogue.clone());
        use_memo((text, SharedKey(shared), catalogue), |(text, shared, catalogue)| {
            let clock = web_sys::window().and_then(|w| w.performance());
            let start = clock.as_ref().map_or(0.0, |c| c.now());
            let batch = (!text.trim().is_empty()).then(|| run(text, &shared.0, catalogue, hong_kong_today()));
            (batch, clock.as_ref().map_or(0.0, |c| c.now()) - start)
        })
    };
    let check_ms = result.1;

    let on_rows = {
        let (rows, shown) = (rows.clone(), shown.clone());
        Callback::from(move |e: InputEvent| {
            rows.set(e.target_unchecked_into::<HtmlTextAreaElement>().value());
            shown.set(PAGE);
        })
    };
    let on_file = {
        let (rows, file_error) = (rows.clone(), file_error.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            let (rows, file_error) = (rows.clone(), file_error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if file.size() > 5_000_000.0 {
                    file_error.set(Some(text!(BatchTooLarge, file = file.name())));
                    return;
                }
                match wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string()) {
                    Some(text) => {
                        file_error.set(None);
                        rows.set(text);
                    }
                    None => file_error.set(Some(text!(ListNotText, file = file.name()))),
                }
            });
        })
    };
    let on_sector = {
        let sector = sector.clone();
        Callback::from(move |e: Event| sector.set(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let on_filter = {
        let (filter, shown) = (filter.clone(), shown.clone());
        Callback::from(move |e: Event| {
            filter.set(e.target_unchecked_into::<HtmlSelectElement>().value());
            shown.set(PAGE);
        })
    };
    let on_sort = {
        let sort = sort.clone();
        Callback::from(move |e: Event| sort.set(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let on_more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(*shown + PAGE))
    };
    let on_print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });

    let host_options = catalogue.host_suggestions(&host, 8);
    let results = match &result.0 {
        None => html! { <p class="hint">{ Msg::BatchNoRows.in_(lang) }</p> },
        Some(Err(e)) => html! { <p class="error" role="alert">{ e.0.render(lang) }</p> },
        Some(Ok(batch)) => {
            let mut rows: Vec<&Row> = batch
                .rows
                .iter()
                .filter(|r| filter.is_empty() || verdict_class(r.verdict()) == filter.as_str())
                .collect();
            match sort.as_str() {
                // Most serious first; a row that could not be read comes last.
                "verdict" => sort_by_key(&mut rows, |r| number(r.assessment.as_ref().map_or(1, |a| -a.findings.iter().map(|f| f.outcome as i64).max().unwrap_or(0)))),
                "name" => sort_by_key(&mut rows, |r| text(crate::catalogue::names::lowercase(r.cell(Column::Name)))),
                "arrival" => sort_by_key(&mut rows, |r| text(r.cell(Column::Arrival))),
                _ => {}
            }
            let total = rows.len();
            let summary = batch.summary();
            html! {
                <>
                <p class="batch-summary" data-summary={summary.to_string()} data-check-ms={tenths(check_ms)}>
                    <strong>{ text!(BatchRows, count = batch.rows.len()).render(lang) }</strong>{ summary.text().render(lang) }
                </p>
                <div class="actions no-print">
                    <a class="button" download="stv-check-results.csv" href={data_url("text/csv", &batch.results_csv())}>{ Msg::BatchDownload.in_(lang) }</a>
                    <button type="button" class="secondary" onclick={on_print}>{ Msg::BatchPrint.in_(lang) }</button>
                </div>
                <div class="pair no-print">
                    <div class="field">
                        <label for="batch-filter">{ Msg::BatchShow.in_(lang) }</label>
                        <select id="batch-filter" onchange={on_filter}>
                            { for [("", Msg::BatchAllRows), ("eligible", Verdict::Eligible.headline()), ("conditions", Verdict::EligibleWithConditions.headline()), ("not-eligible", Verdict::NotEligible.headline()), ("unconfirmed", Verdict::Unconfirmed.headline()), ("unreadable", Msg::BatchUnreadable)]
                                .into_iter().map(|(v, l)| html! { <option value={v} selected={*filter == v}>{ l.in_(lang) }</option> }) }
                        </select>
                    </div>
                    <div class="field">
                        <label for="batch-sort">{ Msg::BatchOrder.in_(lang) }</label>
                        <select id="batch-sort" onchange={on_sort}>
                            { for [("row", Msg::BatchOrderList), ("verdict", Msg::BatchOrderSerious), ("name", Msg::BatchOrderName), ("arrival", Msg::BatchOrderArrival)]
                                .into_iter().map(|(v, l)| html! { <option value={v} selected={*sort == v}>{ l.in_(lang) }</option> }) }
                        </select>
                    </div>
                </div>
                <table class="batch">
                    <caption class="visually-hidden">{ Msg::BatchCaption.in_(lang) }</caption>
                    <thead><tr>{ for COLUMNS.iter().map(|c| html! { <th scope="col">{ c.in_(lang) }</th> }) }</tr></thead>
                    <tbody>
                        { for rows.iter().take(*shown).map(|r| row_view(r, lang)) }
                    </tbody>
                </table>
                if total > *shown {
                    <button type="button" class="secondary no-print" onclick={on_more}>{ text!(BatchMore, more = (total - *shown).min(PAGE), total = total).render(lang) }</button>
                }
                </>
            }
        }
    };

    html! {
        <section class="batch-view" aria-labelledby="batch-title">
            <h2 id="batch-title">{ Msg::BatchTitle.in_(lang) }</h2>
            <p class="hint">{ Msg::BatchHint.in_(lang) }</p>
            <fieldset class="no-print">
                <legend>{ Msg::BatchForEveryRow.in_(lang) }</legend>
                { text_input("batch-host", Msg::FormHost.in_(lang), &host, Some("batch-host-options")) }
                <datalist id="batch-host-options">
                    { for host_options.iter().map(|o| html! { <option value={o.name_en.clone()}>{ lang.chinese(o.name_zh.as_deref().unwrap_or_default()) }</option> }) }
                </datalist>
                <div class="field">
                    <label for="batch-sector">{ Msg::FormSector.in_(lang) }</label>
                    <select id="batch-sector" onchange={on_sector}>
                        <option value="" selected={sector.is_empty()}>{ Msg::FormSectorNotSure.in_(lang) }</option>
                        { for catalogue.data.sectors.iter().map(|s| html! { <option value={s.id.clone()} selected={*sector == s.id}>{ super::case_form::sector_name(s, lang) }</option> }) }
                    </select>
                </div>
                { text_input("batch-activity", Msg::BatchActivity.in_(lang), &activity, None) }
                { text_input("batch-role", Msg::BatchRole.in_(lang), &role, None) }
            </fieldset>
            <div class="field no-print">
                <label for="batch-rows">{ Msg::BatchRowsLabel.in_(lang) }</label>
                <p class="hint" id="batch-rows-hint">
                    { Msg::BatchColumns.in_(lang) }
                    <a download="stv-check-template.csv" href={data_url("text/csv", &template())}>{ Msg::BatchTemplate.in_(lang) }</a>
                </p>
                <textarea id="batch-rows" rows="8" value={(*rows).clone()} oninput={on_rows} aria-describedby="batch-rows-hint" spellcheck="false" />
            </div>
            <div class="field no-print">
                <label for="batch-file">{ Msg::BatchFile.in_(lang) }</label>
                <input id="batch-file" type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" onchange={on_file} />
                if let Some(e) = &*file_error { <p class="error" role="alert">{ e.render(lang) }</p> }
            </div>
            <div class="batch-results" aria-live="polite">{ results }</div>
        </section>
    }
}

/// The table's columns, whose names also label each cell of a row shown as a card on a phone.
const COLUMNS: [Msg; 6] = [Msg::BatchColRow, Msg::BatchColInvitee, Msg::BatchColNationality, Msg::BatchColArrival, Msg::BatchColVerdict, Msg::ResultWhy];

fn row_view(r: &Row, lang: Lang) -> Html {
    let v = r.verdict();
    let [row, invitee, nationality, arrival, verdict, why] = COLUMNS.map(|c| c.in_(lang));
    html! {
        <tr class={verdict_class(v)} data-verdict={v.map(|v| v.id()).unwrap_or("unreadable")} data-row={r.line.to_string()}>
            <td data-label={row}>{ r.line }</td>
            <td data-label={invitee}>{ r.cell(Column::Name) }</td>
            <td data-label={nationality}>{ r.cell(Column::Nationality) }</td>
            <td data-label={arrival}>{ r.cell(Column::Arrival) }</td>
            <td data-label={verdict}><span class="badge">{ verdict_label(v).in_(lang) }</span></td>
            <td data-label={why}>
                if r.assessment.is_none() {
                    <span class="error">{ text!(BatchRowError, row = r.line, reason = reason(r, lang)).render(lang) }</span>
                } else {
                    { reason(r, lang) }
                    <details>
                        <summary>{ Msg::BatchFindings.in_(lang) }</summary>
                        if let Some(a) = &r.assessment {
                            <ul class="row-findings">
                                { for a.findings.iter().map(|f| html! {
                                    <li data-outcome={f.outcome.id()}><strong>{ super::result::finding_title(f, lang) }{ Msg::ResultColon.in_(lang) }</strong>{ f.message.render(lang) }</li>
                                }) }
                            </ul>
                            { for a.trips.iter().enumerate().map(|(i, t)| html! { <CalendarStrip index={i} trip={t.clone()} /> }) }
                        }
                    </details>
                }
            </td>
        </tr>
    }
}

/// Milliseconds to one decimal, without the float formatter (which would cost the page some 10 KB).
fn tenths(ms: f64) -> String {
    let t = (ms * 10.0).round().max(0.0) as u64;
    format!("{}.{}", t / 10, t % 10)
}

/// The shared values as a memo key.
#[derive(PartialEq)]
struct SharedKey(Shared);
