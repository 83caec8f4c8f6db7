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
use crate::rules::{Outcome, Verdict};
use crate::today::hong_kong_today;

/// Rows drawn at once; more on request, so that a long list stays quick on a phone.
const PAGE: usize = 100;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub catalogue: SharedCatalogue,
}

/// A `data:` address holding `text`, so that a download is made in the page, not fetched.
fn data_url(mime: &str, text: &str) -> String {
    let mut out = format!("data:{mime};charset=utf-8,");
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn verdict_label(v: Option<Verdict>) -> &'static str {
    match v {
        Some(v) => v.headline(),
        None => "Could not be read",
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
fn reason(row: &Row) -> String {
    match &row.assessment {
        None => row.errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; "),
        Some(a) => a
            .findings
            .iter()
            .filter(|f| !matches!(f.outcome, Outcome::Pass | Outcome::Info))
            .max_by_key(|f| f.outcome)
            .map(|f| f.message.clone())
            .unwrap_or_default(),
    }
}

fn text_input(id: &'static str, label: &'static str, value: &UseStateHandle<String>, list: Option<&'static str>) -> Html {
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
    let catalogue = props.catalogue.clone();
    let host = use_state(String::new);
    let sector = use_state(String::new);
    let activity = use_state(String::new);
    let role = use_state(String::new);
    let rows = use_state(String::new);
    let filter = use_state(String::new);
    let sort = use_state(|| "row".to_string());
    let shown = use_state(|| PAGE);
    let file_error = use_state(|| None::<String>);

    let shared = Shared {
        host: Some(host.trim().to_string()).filter(|s| !s.is_empty()),
        sector: Some(sector.to_string()).filter(|s| !s.is_empty()),
        activity: Some(activity.trim().to_string()).filter(|s| !s.is_empty()),
        role: Some(role.trim().to_string()).filter(|s| !s.is_empty()),
    };
    // The batch, and how long reading and checking it took in this browser (shown to the end-to-end test).
    let result: Rc<(Option<Result<Batch, String>>, f64)> = {
        let (text, shared, catalogue) = ((*rows).clone(), shared.clone(), catalogue.clone());
        use_memo((text, SharedKey(shared), catalogue), |(text, shared, catalogue)| {
            let clock = web_sys::window().and_then(|w| w.performance());
            let start = clock.as_ref().map_or(0.0, |c| c.now());
            let batch = (!text.trim().is_empty()).then(|| run(text, &shared.0, catalogue, hong_kong_today()).map_err(|e| e.to_string()));
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
                    file_error.set(Some(format!("{} is larger than 5 MB: split the list.", file.name())));
                    return;
                }
                match wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string()) {
                    Some(text) => {
                        file_error.set(None);
                        rows.set(text);
                    }
                    None => file_error.set(Some(format!("{} could not be read as text.", file.name()))),
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
        None => html! { <p class="hint">{ "The results appear here as soon as there is a row." }</p> },
        Some(Err(e)) => html! { <p class="error" role="alert">{ e }</p> },
        Some(Ok(batch)) => {
            let mut rows: Vec<&Row> = batch
                .rows
                .iter()
                .filter(|r| filter.is_empty() || verdict_class(r.verdict()) == filter.as_str())
                .collect();
            match sort.as_str() {
                "verdict" => rows.sort_by_key(|r| std::cmp::Reverse(r.assessment.as_ref().map(|a| a.findings.iter().map(|f| f.outcome).max()))),
                "name" => rows.sort_by(|a, b| a.cell(Column::Name).to_lowercase().cmp(&b.cell(Column::Name).to_lowercase())),
                "arrival" => rows.sort_by(|a, b| a.cell(Column::Arrival).cmp(b.cell(Column::Arrival))),
                _ => {}
            }
            let total = rows.len();
            let summary = batch.summary();
            html! {
                <>
                <p class="batch-summary" data-summary={summary.to_string()} data-check-ms={tenths(check_ms)}>
                    <strong>{ format!("{} rows: ", batch.rows.len()) }</strong>{ summary.to_string() }
                </p>
                <div class="actions no-print">
                    <a class="button" download="stv-check-results.csv" href={data_url("text/csv", &batch.results_csv())}>{ "Download the results (CSV)" }</a>
                    <button type="button" class="secondary" onclick={on_print}>{ "Print the list" }</button>
                </div>
                <div class="pair no-print">
                    <div class="field">
                        <label for="batch-filter">{ "Show" }</label>
                        <select id="batch-filter" onchange={on_filter}>
                            { for [("", "All rows"), ("eligible", "Eligible"), ("conditions", "Eligible, with conditions"), ("not-eligible", "Not eligible"), ("unconfirmed", "We can't tell yet"), ("unreadable", "Could not be read")]
                                .into_iter().map(|(v, l)| html! { <option value={v} selected={*filter == v}>{ l }</option> }) }
                        </select>
                    </div>
                    <div class="field">
                        <label for="batch-sort">{ "Order" }</label>
                        <select id="batch-sort" onchange={on_sort}>
                            { for [("row", "As in the list"), ("verdict", "Most serious first"), ("name", "By name"), ("arrival", "By arrival")]
                                .into_iter().map(|(v, l)| html! { <option value={v} selected={*sort == v}>{ l }</option> }) }
                        </select>
                    </div>
                </div>
                <table class="batch">
                    <caption class="visually-hidden">{ "One row for each invitee, with the verdict and the main reason" }</caption>
                    <thead><tr><th scope="col">{ "Row" }</th><th scope="col">{ "Invitee" }</th><th scope="col">{ "Nationality" }</th><th scope="col">{ "Arrival" }</th><th scope="col">{ "Verdict" }</th><th scope="col">{ "Why" }</th></tr></thead>
                    <tbody>
                        { for rows.iter().take(*shown).map(|r| row_view(r)) }
                    </tbody>
                </table>
                if total > *shown {
                    <button type="button" class="secondary no-print" onclick={on_more}>{ format!("Show {} more of {total}", (total - *shown).min(PAGE)) }</button>
                }
                </>
            }
        }
    };

    html! {
        <section class="batch-view" aria-labelledby="batch-title">
            <h2 id="batch-title">{ "Check a delegation" }</h2>
            <p class="hint">{ "For organisers: enter the host once, then one row for each invitee. The rows are checked on this device as you paste them; nothing is sent anywhere." }</p>
            <fieldset class="no-print">
                <legend>{ "For every row (a row may give its own)" }</legend>
                { text_input("batch-host", "Host organisation", &host, Some("batch-host-options")) }
                <datalist id="batch-host-options">
                    { for host_options.iter().map(|o| html! { <option value={o.name_en.clone()}>{ o.name_zh.clone().unwrap_or_default() }</option> }) }
                </datalist>
                <div class="field">
                    <label for="batch-sector">{ "Sector (optional)" }</label>
                    <select id="batch-sector" onchange={on_sector}>
                        <option value="" selected={sector.is_empty()}>{ "Not sure: use the host's sector" }</option>
                        { for catalogue.data.sectors.iter().map(|s| html! { <option value={s.id.clone()} selected={*sector == s.id}>{ format!("{} ({})", s.name_en, s.name_zh) }</option> }) }
                    </select>
                </div>
                { text_input("batch-activity", "Activity, as the letters state it", &activity, None) }
                { text_input("batch-role", "Role, as the letters state it", &role, None) }
            </fieldset>
            <div class="field no-print">
                <label for="batch-rows">{ "Rows: paste from a spreadsheet" }</label>
                <p class="hint" id="batch-rows-hint">
                    { "Columns: name, nationality (or Mainland/Macao/Taiwan resident), arrival, departure, activity days (a range such as 2026-03-02 to 2026-03-09, or days separated by ;), and optionally role and permitted_stay_days. With or without a header; English or Chinese column names; any order. " }
                    <a download="stv-check-template.csv" href={data_url("text/csv", &template())}>{ "Download a template (CSV)" }</a>
                </p>
                <textarea id="batch-rows" rows="8" value={(*rows).clone()} oninput={on_rows} aria-describedby="batch-rows-hint" spellcheck="false" />
            </div>
            <div class="field no-print">
                <label for="batch-file">{ "Or open a CSV file" }</label>
                <input id="batch-file" type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" onchange={on_file} />
                if let Some(e) = &*file_error { <p class="error" role="alert">{ e }</p> }
            </div>
            <div class="batch-results" aria-live="polite">{ results }</div>
        </section>
    }
}

fn row_view(r: &Row) -> Html {
    let v = r.verdict();
    html! {
        <tr class={verdict_class(v)} data-verdict={v.map(|v| v.id()).unwrap_or("unreadable")} data-row={r.line.to_string()}>
            <td data-label="Row">{ r.line }</td>
            <td data-label="Invitee">{ r.cell(Column::Name) }</td>
            <td data-label="Nationality">{ r.cell(Column::Nationality) }</td>
            <td data-label="Arrival">{ r.cell(Column::Arrival) }</td>
            <td data-label="Verdict"><span class="badge">{ verdict_label(v) }</span></td>
            <td data-label="Why">
                if r.assessment.is_none() {
                    <span class="error">{ format!("Row {}: {}", r.line, reason(r)) }</span>
                } else {
                    { reason(r) }
                    <details>
                        <summary>{ "Findings and dates" }</summary>
                        if let Some(a) = &r.assessment {
                            <ul class="row-findings">
                                { for a.findings.iter().map(|f| html! {
                                    <li data-outcome={f.outcome.id()}><strong>{ format!("{}: ", f.rule.title()) }</strong>{ f.message.clone() }</li>
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
