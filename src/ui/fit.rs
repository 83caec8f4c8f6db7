//! Under the verdict: what would fit (each suggestion in words, with a button that changes the plan to it, and a way
//! back), and the dates that matter as a calendar file made on the device.

use std::rc::Rc;

use yew::prelude::*;

use crate::form::{percent_encode, CaseForm, Edit};
use crate::i18n::{Lang, Msg};
use crate::rules::{Assessment, RuleId};
use crate::today::hong_kong_today;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub assessment: Rc<Assessment>,
    pub form: CaseForm,
    pub on_edit: Callback<Edit>,
}

#[component]
pub fn FitView(props: &Props) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    // The form as it was before the last change made here, to undo it.
    let before = use_state(|| None::<CaseForm>);
    let a = &props.assessment;
    let several = a.trips.len() > 1;
    let apply = |s: crate::rules::Suggestion| {
        let (on_edit, before, form) = (props.on_edit.clone(), before.clone(), props.form.clone());
        Callback::from(move |_| {
            before.set(Some(form.clone()));
            on_edit.emit(Edit::Fit(s));
        })
    };
    let undo = {
        let (on_edit, before) = (props.on_edit.clone(), before.clone());
        Callback::from(move |_| {
            if let Some(form) = (*before).clone() {
                on_edit.emit(Edit::Restore(Box::new(form)));
                before.set(None);
            }
        })
    };
    let window = a.suggestions.iter().any(|s| s.rule == RuleId::Window14Days);
    let ics = crate::ics::calendar(a, props.form.value(crate::form::Field::Host), lang, hong_kong_today());
    html! {
        <section class="fit" aria-labelledby="fit-title">
            if !a.suggestions.is_empty() || before.is_some() {
                <h3 id="fit-title">{ Msg::FitHeading.in_(lang) }</h3>
            }
            if before.is_some() {
                <p role="status" class="applied">{ Msg::FitApplied.in_(lang) }{ " " }
                    <button type="button" class="link" onclick={undo}>{ Msg::FitUndo.in_(lang) }</button></p>
            }
            <ul class="suggestions">
                { for a.suggestions.iter().map(|s| html! {
                    <li data-rule={s.rule.id()}>
                        { s.text(several).render(lang) }{ " " }
                        <button type="button" class="secondary" onclick={apply(*s)}>{ Msg::FitApply.in_(lang) }</button>
                    </li>
                }) }
            </ul>
            if window {
                <p class="hint">{ Msg::FitReentry.in_(lang) }</p>
            }
            if a.trips.iter().any(|t| !t.activity_days.is_empty()) {
                <p class="no-print">
                    <a class="button secondary" download="stv-scheme-dates.ics"
                        href={format!("data:text/calendar;charset=utf-8,{}", percent_encode(&ics))}>{ Msg::FitCalendar.in_(lang) }</a>
                    <span class="hint">{ " " }{ Msg::FitCalendarHint.in_(lang) }</span>
                </p>
            }
        </section>
    }
}
