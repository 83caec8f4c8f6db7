//! The rows: every column of the sheet under its own header, then the verdict and the main reason, each row opening
//! onto its findings and calendar (cards on a phone, each cell labelled with its header).

use yew::prelude::*;

use super::{Checked, Same};
use crate::batch::state::{verdict_class, verdict_label, Edit, Table, PAGE};
use crate::batch::Row;
use crate::i18n::{Lang, Msg};
use crate::rules::Outcome;
use crate::text;
use crate::ui::calendar_strip::CalendarStrip;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub view: Table,
    pub checked: Same<Checked>,
    pub on_edit: Callback<Edit>,
}

/// The first thing a reader of the row needs to know: why it is not plainly eligible.
fn reason(row: &Row, lang: Lang) -> String {
    match &row.assessment {
        None => row.errors.iter().map(|e| e.text().render(lang)).collect::<Vec<_>>().join(Msg::ListSeparator.in_(lang)),
        Some(a) => a.findings.iter().filter(|f| !matches!(f.outcome, Outcome::Pass | Outcome::Info)).max_by_key(|f| f.outcome).map(|f| f.message.render(lang)).unwrap_or_default(),
    }
}

fn row_view(r: &Row, headers: &[String], lang: Lang) -> Html {
    let v = r.verdict();
    let [row, verdict, why] = [Msg::BatchColRow, Msg::BatchColVerdict, Msg::ResultWhy].map(|m| m.in_(lang));
    html! {
        <tr class={verdict_class(v)} data-verdict={v.map(|v| v.id()).unwrap_or("unreadable")} data-row={r.line.to_string()}>
            <td data-label={row}>{ r.line }</td>
            { for headers.iter().zip(&r.values).map(|(h, value)| html! { <td data-label={h.clone()}>{ value.clone() }</td> }) }
            <td data-label={verdict}><span class="badge">{ verdict_label(v).in_(lang) }</span></td>
            <td data-label={why}>
                if !r.to_fit().en().is_empty() {
                    <p class="to-fit"><strong>{ Msg::FitHeading.in_(lang) }{ Msg::ResultColon.in_(lang) }</strong>{ r.to_fit().render(lang) }</p>
                }
                if r.assessment.is_none() {
                    <span class="error">{ text!(BatchRowError, row = r.line, reason = reason(r, lang)).render(lang) }</span>
                } else {
                    { reason(r, lang) }
                    <details>
                        <summary>{ Msg::BatchFindings.in_(lang) }</summary>
                        if let Some(a) = &r.assessment {
                            <ul class="row-findings">
                                { for a.findings.iter().map(|f| html! {
                                    <li data-outcome={f.outcome.id()}><strong>{ crate::ui::result::finding_title(f, lang) }{ Msg::ResultColon.in_(lang) }</strong>{ f.message.render(lang) }</li>
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

#[component]
pub fn BatchTable(props: &Props) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let Some(Ok(batch)) = &props.checked.0 .0 else { return html! {} };
    let d = &props.view;
    let rows = d.visible(batch);
    let total = rows.len();
    html! {
        <>
        <div class="table-scroll">
            <table class="batch">
                <caption class="visually-hidden">{ Msg::BatchCaption.in_(lang) }</caption>
                <thead><tr>
                    <th scope="col">{ Msg::BatchColRow.in_(lang) }</th>
                    { for batch.headers.iter().map(|h| html! { <th scope="col">{ h.clone() }</th> }) }
                    <th scope="col">{ Msg::BatchColVerdict.in_(lang) }</th>
                    <th scope="col">{ Msg::ResultWhy.in_(lang) }</th>
                </tr></thead>
                <tbody>{ for rows.iter().take(d.shown).map(|r| row_view(r, &batch.headers, lang)) }</tbody>
            </table>
        </div>
        if total > d.shown {
            <button type="button" class="secondary no-print" onclick={props.on_edit.reform(|_| Edit::More)}>{ text!(BatchMore, more = (total - d.shown).min(PAGE), total = total).render(lang) }</button>
        }
        </>
    }
}
