//! The counts of each verdict, the export (every column of the sheet, then the verdict and the reasons) and the
//! printed list, and the filter and the order of the table.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::input::data_url;
use super::{Checked, Same};
use crate::batch::state::{Delegation, Edit, Filter, Sort};
use crate::i18n::{Lang, Msg};
use crate::text;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: Same<Delegation>,
    pub checked: Same<Checked>,
    pub on_edit: Callback<Edit>,
}

/// Milliseconds to one decimal, without the float formatter (which would cost the page some 10 KB).
fn tenths(ms: f64) -> String {
    let t = (ms * 10.0).round().max(0.0) as u64;
    format!("{}.{}", t / 10, t % 10)
}

#[component]
pub fn BatchSummary(props: &Props) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let (Some(Ok(batch)), check_ms) = &*props.checked.0 else { return html! {} };
    // The export is made when it is asked for: for thousands of rows it takes longer to make than the rest of the
    // view, and the link's address is set just before the browser follows it.
    let on_export = {
        let checked = props.checked.clone();
        Callback::from(move |e: MouseEvent| {
            if let (Some(link), (Some(Ok(batch)), _)) = (e.target_dyn_into::<web_sys::Element>(), &*checked.0) {
                let _ = link.set_attribute("href", &data_url("text/csv", &batch.results_csv()));
            }
        })
    };
    let d = &props.state.0;
    let summary = batch.summary();
    let on_print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let value = |e: Event| e.target_unchecked_into::<HtmlSelectElement>().value();
    html! {
        <>
        <p class="batch-summary" data-summary={summary.to_string()} data-check-ms={tenths(*check_ms)}>
            <strong>{ text!(BatchRows, count = batch.rows.len()).render(lang) }</strong>{ summary.text().render(lang) }
        </p>
        <div class="actions no-print">
            <a class="button" download="stv-check-results.csv" href="#" onclick={on_export}>{ Msg::BatchDownload.in_(lang) }</a>
            <button type="button" class="secondary" onclick={on_print}>{ Msg::BatchPrint.in_(lang) }</button>
        </div>
        <div class="pair no-print">
            <div class="field">
                <label for="batch-filter">{ Msg::BatchShow.in_(lang) }</label>
                <select id="batch-filter" onchange={props.on_edit.reform(move |e: Event| Edit::Filter(Filter::parse(&value(e))))}>
                    { for Filter::ALL.iter().map(|f| html! { <option value={f.id()} selected={d.filter == *f}>{ f.label().in_(lang) }</option> }) }
                </select>
            </div>
            <div class="field">
                <label for="batch-sort">{ Msg::BatchOrder.in_(lang) }</label>
                <select id="batch-sort" onchange={props.on_edit.reform(move |e: Event| Edit::Sort(Sort::parse(&value(e))))}>
                    { for Sort::ALL.iter().map(|s| html! { <option value={s.id()} selected={d.sort == *s}>{ s.label().in_(lang) }</option> }) }
                </select>
            </div>
        </div>
        </>
    }
}
