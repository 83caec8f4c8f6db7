//! The result: the verdict in plain words at the top, then each finding with its outcome, message and sources,
//! then each trip as a calendar strip.

use std::rc::Rc;

use yew::prelude::*;

use super::calendar_strip::CalendarStrip;
use crate::catalogue::Catalogue;
use crate::form::FieldError;
use crate::rules::{Assessment, Finding, Outcome, Verdict};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub assessment: Option<Rc<Assessment>>,
    pub errors: Vec<FieldError>,
    pub blank: bool,
}

/// The outcome's words and mark: never colour alone.
fn outcome_label(o: Outcome) -> (&'static str, &'static str) {
    match o {
        Outcome::Pass => ("✓", "Fits"),
        Outcome::Fail => ("✗", "Does not fit"),
        Outcome::Unknown => ("?", "Can't tell"),
        Outcome::Condition => ("!", "Action needed"),
        Outcome::Warning => ("⚠", "Caution"),
        Outcome::Info => ("i", "Note"),
    }
}

fn finding_view(f: &Finding, catalogue: &Catalogue) -> Html {
    let (mark, words) = outcome_label(f.outcome);
    let title = match f.trip {
        Some(t) => format!("{} (trip {})", f.rule.title(), t + 1),
        None => f.rule.title().to_string(),
    };
    let sources = f.sources.iter().filter_map(|id| catalogue.source(id)).map(|s| {
        html! { <li><a href={s.url.clone()} rel="noopener noreferrer">{ format!("{}: {}", s.id, s.title) }</a></li> }
    });
    html! {
        <li class={classes!("finding", f.outcome.id())} data-rule={f.rule.id()} data-outcome={f.outcome.id()}>
            <p class="finding-head">
                <span class="badge"><span aria-hidden="true">{ mark }</span>{ " " }{ words }</span>
                <strong>{ title }</strong>
            </p>
            <p>{ f.message.clone() }</p>
            if f.sources.is_empty() {
                <p class="sources">{ "No published source: this is the checker's own caution." }</p>
            } else {
                <ul class="sources" aria-label="Sources">{ for sources }</ul>
            }
        </li>
    }
}

#[component]
pub fn ResultView(props: &Props) -> Html {
    let catalogue = Catalogue::bundled();
    let body = if !props.errors.is_empty() {
        html! {
            <div class="verdict attention" data-verdict="input-errors">
                <h2 id="result-title">{ "Some details need attention" }</h2>
                <p>{ "The check will run again as soon as these are fixed:" }</p>
                <ul>
                    { for props.errors.iter().map(|e| html! {
                        <li><a href={format!("#{}", e.field.id())}>{ e.field.label() }</a>{ format!(": {}", e.message) }</li>
                    }) }
                </ul>
            </div>
        }
    } else if let Some(a) = &props.assessment {
        let mut findings: Vec<&Finding> = a.findings.iter().collect();
        // Strongest first: what stops or conditions the trip is what a reader needs to see.
        findings.sort_by(|x, y| y.outcome.cmp(&x.outcome));
        let verdict_class = match a.verdict {
            Verdict::Eligible => "eligible",
            Verdict::EligibleWithConditions => "conditions",
            Verdict::NotEligible => "not-eligible",
            Verdict::Unconfirmed => "unconfirmed",
        };
        html! {
            <>
            <div class={classes!("verdict", verdict_class)} data-verdict={a.verdict.id()}>
                <h2 id="result-title">{ a.verdict.headline() }</h2>
                <p class="summary">{ a.summary.clone() }</p>
            </div>
            <h3>{ "Why" }</h3>
            <ul class="findings">{ for findings.into_iter().map(|f| finding_view(f, catalogue)) }</ul>
            if !a.trips.is_empty() {
                <h3>{ "Your dates" }</h3>
                { for a.trips.iter().enumerate().map(|(i, t)| html! { <CalendarStrip index={i} trip={t.clone()} /> }) }
            }
            </>
        }
    } else {
        html! {
            <div class="verdict empty" data-verdict="none">
                <h2 id="result-title">{ "The result appears here" }</h2>
                <p>{ "Fill in the form: the check runs as you type, on this device." }</p>
            </div>
        }
    };
    html! { <div class="result-body" aria-live="polite">{ body }</div> }
}
