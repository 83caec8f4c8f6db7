//! How the sheet was read, right under the rows: each column and the field it is read as (a select to change it),
//! each needed field no column is read as (a select to choose one), how each date column's dates are read (and,
//! when the values cannot tell, the question, asked once), and the rows that are not invitees.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::{Checked, Same};
use crate::batch::state::Edit;
use crate::batch::{order_label, Column, OrderFrom};
use crate::dates::cell::Order;
use crate::i18n::{Lang, Msg};
use crate::text;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub checked: Same<Checked>,
    pub on_edit: Callback<Edit>,
}

fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

#[component]
pub fn BatchMapping(props: &Props) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let Some(Ok(b)) = &props.checked.0 .0 else { return html! {} };
    let on_edit = &props.on_edit;
    let column = |j: usize, header: &String, read: Option<Column>| {
        let h = header.clone();
        let onchange = on_edit.reform(move |e: Event| Edit::Column(h.clone(), Column::parse(&select_value(&e))));
        html! {
            <li data-column={j.to_string()}>
                <label for={format!("batch-map-{j}")}>{ header.clone() }{ " → " }</label>
                <select id={format!("batch-map-{j}")} {onchange}>
                    <option value="" selected={read.is_none()}>{ Msg::BatchNotRead.in_(lang) }</option>
                    { for Column::ALL.iter().map(|c| html! { <option value={c.header()} selected={read == Some(*c)}>{ c.label().in_(lang) }</option> }) }
                </select>
            </li>
        }
    };
    let missing = |c: Column| {
        let headers = b.headers.clone();
        let onchange = on_edit.reform(move |e: Event| {
            let j: usize = select_value(&e).parse().unwrap_or(usize::MAX);
            Edit::Column(headers.get(j).cloned().unwrap_or_default(), Some(c))
        });
        html! {
            <p class="warnings" data-missing={c.header()}>
                <label for={format!("batch-missing-{}", c.header())}>{ text!(BatchMissingField, field = c.label()).render(lang) }</label>
                <select id={format!("batch-missing-{}", c.header())} {onchange}>
                    <option value="" selected=true>{ Msg::BatchChooseColumn.in_(lang) }</option>
                    { for b.headers.iter().enumerate().map(|(j, h)| html! { <option value={j.to_string()}>{ h.clone() }</option> }) }
                </select>
            </p>
        }
    };
    let chosen = b.dates.iter().find(|d| matches!(d.from, OrderFrom::Chosen)).map_or(Order::Dmy, |d| d.order);
    html! {
        <section class="batch-mapping no-print" aria-labelledby="batch-mapping-title">
            <h3 id="batch-mapping-title">{ Msg::BatchMappingTitle.in_(lang) }</h3>
            <p class="hint">{ Msg::BatchMappingHint.in_(lang) }</p>
            <ul class="mapping">{ for b.headers.iter().zip(&b.mapping).enumerate().map(|(j, (h, m))| column(j, h, *m)) }</ul>
            { for b.missing.iter().map(|c| missing(*c)) }
            if b.dates.iter().any(|d| d.from != OrderFrom::NotNeeded) {
            <ul class="dates-read">
                { for b.dates.iter().filter(|d| d.from != OrderFrom::NotNeeded).map(|d| {
                    let (column, order) = (b.headers[d.index].clone(), order_label(d.order));
                    let said = match d.from {
                        OrderFrom::Values => text!(BatchDatesValues, column = column, order = order),
                        OrderFrom::OtherColumns => text!(BatchDatesOthers, column = column, order = order),
                        OrderFrom::Chosen => text!(BatchDatesChosen, column = column, order = order),
                        _ => text!(BatchDatesAssumed, column = column, order = order),
                    };
                    html! { <li data-order={d.order.id()}>{ said.render(lang) }</li> }
                }) }
            </ul>
            }
            if b.asks_date_order() {
                <div class="field">
                    <label for="batch-dates">{ Msg::BatchDatesQuestion.in_(lang) }</label>
                    <select id="batch-dates" onchange={on_edit.reform(|e: Event| Edit::Dates(Order::parse(&select_value(&e)).unwrap_or_default()))}>
                        { for Order::ALL.iter().map(|o| html! { <option value={o.id()} selected={*o == chosen}>{ order_label(*o).in_(lang) }</option> }) }
                    </select>
                </div>
            }
            if !b.notes.is_empty() {
                <ul class="batch-notes">{ for b.notes.iter().map(|n| html! { <li data-row={n.line.to_string()}>{ n.message.render(lang) }</li> }) }</ul>
            }
        </section>
    }
}
