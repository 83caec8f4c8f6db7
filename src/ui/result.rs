//! The result: the verdict in plain words at the top, then each finding with its outcome, message and sources,
//! then each trip as a calendar strip.

use std::rc::Rc;

use yew::prelude::*;

use super::calendar_strip::CalendarStrip;
use crate::catalogue::Catalogue;
use crate::form::FieldError;
use crate::i18n::{Lang, Msg};
use crate::rules::{Assessment, Finding, Outcome, Verdict};
use crate::text;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub assessment: Option<Rc<Assessment>>,
    pub errors: Vec<FieldError>,
    pub blank: bool,
    /// Whether the catalogue has arrived: until it has, nothing is checked, and this says why.
    pub catalogue: super::CatalogueState,
}

/// The outcome's mark, beside its words: never colour alone.
fn outcome_mark(o: Outcome) -> &'static str {
    match o {
        Outcome::Pass => "✓",
        Outcome::Fail => "✗",
        Outcome::Unknown => "?",
        Outcome::Condition => "!",
        Outcome::Warning => "⚠",
        Outcome::Info => "i",
    }
}

pub fn finding_title(f: &Finding, lang: Lang) -> String {
    match f.trip {
        Some(t) => text!(ResultOnTrip, rule = f.rule.title(), trip = t + 1).render(lang),
        None => f.rule.title().in_(lang).to_string(),
    }
}

fn finding_view(f: &Finding, catalogue: &Catalogue, lang: Lang) -> Html {
    // The sources' titles are in English, as they are published.
    let source_lang = lang.is_chinese().then_some("en");
    // Source ids are typed (generated from data/sources.toml), so each has its entry; should one ever lack it, the
    // id is still shown rather than the citation silently dropped.
    let sources = f.sources.iter().map(|id| match catalogue.source(id.id()) {
        Some(s) => html! { <li><a href={s.url.clone()} rel="noopener noreferrer" lang={source_lang}><span class="source-id">{ s.id.clone() }</span><span class="source-title">{ format!(": {}", s.title) }</span></a></li> },
        None => html! { <li><span class="source-id">{ id.id() }</span></li> },
    });
    html! {
        <li class={classes!("finding", f.outcome.id())} data-rule={f.rule.id()} data-outcome={f.outcome.id()}>
            <p class="finding-head">
                <span class="badge"><span aria-hidden="true">{ outcome_mark(f.outcome) }</span>{ " " }{ f.outcome.label().in_(lang) }</span>
                <strong>{ finding_title(f, lang) }</strong>
            </p>
            <p>{ f.message.render(lang) }</p>
            if f.sources.is_empty() {
                <p class="sources">{ Msg::ResultNoSource.in_(lang) }</p>
            } else {
                <ul class="sources" aria-label={Msg::ResultSources.in_(lang)}>{ for sources }</ul>
            }
        </li>
    }
}

#[component]
pub fn ResultView(props: &Props) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let catalogue = Catalogue::bundled();
    let body = if !props.blank && props.catalogue != super::CatalogueState::Ready {
        let retrying = props.catalogue == super::CatalogueState::Retrying;
        html! {
            <div class="verdict empty" data-verdict="waiting" role="status">
                <h2 id="result-title">{ Msg::ResultDataFetching.in_(lang) }</h2>
                <p>{ if retrying { Msg::ResultDataRetrying.in_(lang) } else { Msg::ResultDataFetchingHint.in_(lang) } }</p>
            </div>
        }
    } else if !props.errors.is_empty() {
        html! {
            <div class="verdict attention" data-verdict="input-errors">
                <h2 id="result-title">{ Msg::ResultAttention.in_(lang) }</h2>
                <p>{ Msg::ResultFixThese.in_(lang) }</p>
                <ul>
                    { for props.errors.iter().map(|e| html! {
                        <li><a href={format!("#{}", e.field.id())}>{ e.field.label().render(lang) }</a>{ Msg::ResultColon.in_(lang) }{ e.message.render(lang) }</li>
                    }) }
                </ul>
            </div>
        }
    } else if let Some(a) = &props.assessment {
        let mut findings: Vec<&Finding> = a.findings.iter().collect();
        // Strongest first: what stops or conditions the trip is what a reader needs to see.
        crate::sorting::sort_by_key(&mut findings, |f| crate::sorting::number(-(f.outcome as i64)));
        let verdict_class = match a.verdict {
            Verdict::Eligible => "eligible",
            Verdict::EligibleWithConditions => "conditions",
            Verdict::NotEligible => "not-eligible",
            Verdict::Unconfirmed => "unconfirmed",
        };
        html! {
            <>
            <div class={classes!("verdict", verdict_class)} data-verdict={a.verdict.id()}>
                <h2 id="result-title">{ a.verdict.headline().in_(lang) }</h2>
                <p class="summary">{ a.summary.render(lang) }</p>
            </div>
            <h3>{ Msg::ResultWhy.in_(lang) }</h3>
            <ul class="findings">{ for findings.into_iter().map(|f| finding_view(f, catalogue, lang)) }</ul>
            if !a.trips.is_empty() {
                <h3>{ Msg::ResultYourDates.in_(lang) }</h3>
                { for a.trips.iter().enumerate().map(|(i, t)| html! { <CalendarStrip index={i} trip={t.clone()} /> }) }
            }
            </>
        }
    } else {
        html! {
            <div class="verdict empty" data-verdict="none">
                <h2 id="result-title">{ Msg::ResultEmpty.in_(lang) }</h2>
                <p>{ Msg::ResultEmptyHint.in_(lang) }</p>
            </div>
        }
    };
    html! { <div class="result-body" aria-live="polite">{ body }</div> }
}
