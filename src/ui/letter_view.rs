//! The paste area, and the letter as read: each detail the reader found is highlighted and linked to the form field
//! it filled (and the field links back here). The travel document number is shown masked.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::form::{CaseForm, Edit};
use crate::letter::{Extracted, Extraction, CONFIRM_BELOW};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub form: CaseForm,
    pub on_edit: Callback<Edit>,
}

/// Every detail of an extraction: (key, label, the form field's element id if it fills one).
pub fn details(x: &Extraction) -> Vec<(&'static str, &'static str, Option<&'static str>, &Extracted)> {
    let all: [(&'static str, &'static str, Option<&'static str>, &Option<Extracted>); 14] = [
        ("host", "Host organisation", Some("host"), &x.host),
        ("invitee", "Invitee", None, &x.invitee),
        ("nationality", "Nationality", Some("nationality"), &x.nationality),
        ("travel_document", "Travel document", None, &x.travel_document),
        ("activity", "Activity", Some("activity"), &x.activity),
        ("role", "Role", Some("role"), &x.role),
        ("activity_from", "First activity day", Some("trip-0-span-0-from"), &x.activity_from),
        ("activity_to", "Last activity day", Some("trip-0-span-0-to"), &x.activity_to),
        ("arrival", "Arrival", Some("trip-0-arrival"), &x.arrival),
        ("departure", "Departure", Some("trip-0-departure"), &x.departure),
        ("venue", "Venue", None, &x.venue),
        ("remuneration", "Remuneration", None, &x.remuneration),
        ("letter_date", "Date of the letter", None, &x.letter_date),
        ("signatory", "Signed by", None, &x.signatory),
    ];
    all.into_iter().filter_map(|(k, l, f, e)| e.as_ref().map(|e| (k, l, f, e))).collect()
}

/// "•••••399": only the last three characters show.
pub fn masked(document: &str) -> String {
    let n = document.chars().count();
    let keep = n.min(3);
    "•".repeat(n - keep) + &document.chars().skip(n - keep).collect::<String>()
}

/// The letter with the found details as marks; overlapping details keep the first.
fn highlighted(letter: &str, x: &Extraction) -> Html {
    let chars: Vec<char> = letter.chars().collect();
    let mut spans: Vec<(usize, usize, &'static str, Option<&'static str>, bool)> = details(x)
        .into_iter()
        .map(|(k, _, field, e)| (e.start, e.end, k, field, k == "travel_document"))
        .collect();
    spans.sort_by_key(|s| (s.0, s.1));
    let mut out: Vec<Html> = Vec::new();
    let mut at = 0;
    for (s, e, key, field, mask) in spans {
        if s < at || e > chars.len() {
            continue;
        }
        out.push(html! { { chars[at..s].iter().collect::<String>() } });
        let text: String = chars[s..e].iter().collect();
        let shown = if mask { masked(&text) } else { text };
        let target = field.map(|f| format!("#{f}")).unwrap_or_else(|| format!("#found-{key}"));
        out.push(html! { <mark id={format!("letter-{key}")}><a href={target}>{ shown }</a></mark> });
        at = e;
    }
    out.push(html! { { chars[at.min(chars.len())..].iter().collect::<String>() } });
    html! { <div class="letter-view">{ for out }</div> }
}

#[component]
pub fn LetterView(props: &Props) -> Html {
    let form = &props.form;
    let oninput = props.on_edit.reform(|e: InputEvent| Edit::Letter(e.target_unchecked_into::<HtmlTextAreaElement>().value()));
    let described = if form.letter_error.is_some() { "letter-hint letter-error" } else { "letter-hint" };
    html! {
        <section class="letter" aria-labelledby="letter-title">
            <h2 id="letter-title"><label for="letter">{ "Paste your invitation letter" }</label></h2>
            <p class="hint" id="letter-hint">
                { "In English or Chinese, as it is: letterhead, e-mail and all. It is read on this device; nothing is sent. What the reader finds fills the form below, where you can correct it. Or skip this and fill in the form." }
            </p>
            if let Some(e) = &form.letter_error { <p class="error" id="letter-error">{ e }</p> }
            <textarea id="letter" rows="8" value={form.letter.clone()} {oninput}
                aria-describedby={described} aria-invalid={form.letter_error.as_ref().map(|_| "true")}
                spellcheck="false" />
            if let Some(x) = &form.extraction {
                { found(&form.letter, x) }
            }
        </section>
    }
}

fn found(letter: &str, x: &Extraction) -> Html {
    let details = details(x);
    if details.is_empty() {
        return html! { <p class="hint">{ "The reader found no details in this text. Fill in the form below." }</p> };
    }
    html! {
        <div class="found">
            <h3>{ format!("Found in the letter: {} details", details.len()) }</h3>
            if !x.warnings.is_empty() {
                <ul class="warnings">{ for x.warnings.iter().map(|w| html! { <li>{ w }</li> }) }</ul>
            }
            <dl class="found-list">
                { for details.iter().map(|(key, label, field, e)| {
                    let value = if *key == "travel_document" { format!("{} (kept only on this page)", masked(&e.value)) } else { e.value.clone() };
                    let unsure = e.confidence < CONFIRM_BELOW;
                    html! {
                        <div id={format!("found-{key}")} class={classes!(unsure.then_some("confirm"))}>
                            <dt>{ *label }</dt>
                            <dd>
                                <a href={format!("#letter-{key}")}>{ value }</a>
                                if unsure { <span class="confirm-note">{ " Please check: the reader is not sure." }</span> }
                                if let Some(f) = field { { " · " }<a href={format!("#{f}")}>{ "field" }</a> }
                            </dd>
                        </div>
                    }
                }) }
            </dl>
            <h3>{ "The letter, with what was found" }</h3>
            { highlighted(letter, x) }
        </div>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn masked_shows_only_the_last_three() {
        assert_eq!(super::masked("548712399"), "••••••399");
        assert_eq!(super::masked("AB"), "AB");
    }
}
