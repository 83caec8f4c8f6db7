//! The form: host, sector, visitor, the letter's activity and role, and the trips.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::case::Residence;
use crate::catalogue::Catalogue;
use crate::form::{CaseForm, Edit, Field, FieldError};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub form: CaseForm,
    pub errors: Vec<FieldError>,
    pub catalogue: super::SharedCatalogue,
    pub on_edit: Callback<Edit>,
}

/// What a text or date input needs to render.
struct Input<'a> {
    field: Field,
    label: &'a str,
    kind: &'a str,
    hint: Option<String>,
    list: Option<&'a str>,
    extra: Html,
}

fn error_of(errors: &[FieldError], field: Field) -> Option<&str> {
    errors.iter().find(|e| e.field == field).map(|e| e.message.as_str())
}

fn input(props: &Props, i: Input) -> Html {
    let id = i.field.id();
    let value = props.form.value(i.field).unwrap_or_default().to_string();
    let error = error_of(&props.errors, i.field);
    let field = i.field;
    let oninput = props
        .on_edit
        .reform(move |e: InputEvent| Edit::Set(field, e.target_unchecked_into::<HtmlInputElement>().value()));
    let from_letter = props.form.letter_source(i.field);
    let unsure = from_letter.is_some_and(|e| e.confidence < crate::letter::CONFIRM_BELOW);
    let letter_key = crate::ui::letter_view::details(props.form.extraction.as_ref().unwrap_or(&Default::default()))
        .into_iter()
        .find(|(_, _, f, _)| *f == Some(id.as_str()))
        .map(|(k, _, _, _)| k);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described: Vec<&str> =
        [i.hint.as_ref().map(|_| hint_id.as_str()), error.map(|_| error_id.as_str())].into_iter().flatten().collect();
    html! {
        <div class={classes!("field", error.map(|_| "has-error"), unsure.then_some("confirm"))}>
            <label for={id.clone()}>{ i.label }</label>
            if let Some(h) = &i.hint { <p class="hint" id={hint_id.clone()}>{ h }</p> }
            if let Some(e) = error { <p class="error" id={error_id.clone()}>{ e }</p> }
            <input id={id} type={i.kind.to_string()} {value} {oninput} list={i.list.map(str::to_string)}
                autocomplete="off"
                aria-invalid={error.map(|_| "true")}
                aria-describedby={(!described.is_empty()).then(|| described.join(" "))} />
            if let (Some(e), Some(key)) = (from_letter, letter_key) {
                <p class="from-letter">
                    { "From the letter: " }<a href={format!("#letter-{key}")}>{ format!("“{}”", e.text) }</a>
                    if unsure { <strong class="confirm-note">{ " Please check: the reader is not sure." }</strong> }
                </p>
            }
            { i.extra }
        </div>
    }
}

fn select(props: &Props, field: Field, label: &str, hint: &str, options: Vec<(String, String)>) -> Html {
    let id = field.id();
    let value = props.form.value(field).unwrap_or_default().to_string();
    let onchange = props
        .on_edit
        .reform(move |e: Event| Edit::Set(field, e.target_unchecked_into::<HtmlSelectElement>().value()));
    html! {
        <div class="field">
            <label for={id.clone()}>{ label }</label>
            <p class="hint" id={format!("{id}-hint")}>{ hint }</p>
            <select id={id.clone()} {onchange} aria-describedby={format!("{id}-hint")}>
                { for options.into_iter().map(|(v, text)| html! {
                    <option value={v.clone()} selected={v == value}>{ text }</option>
                }) }
            </select>
        </div>
    }
}

#[component]
pub fn CaseFormView(props: &Props) -> Html {
    let catalogue: &Catalogue = &props.catalogue;
    let form = &props.form;

    // The host: suggestions as you type, and what the catalogue makes of it.
    let host_options = catalogue.host_suggestions(&form.host, 8);
    let host_note = host_note(props, catalogue);
    let host = input(props, Input {
        field: Field::Host,
        label: "Host organisation",
        kind: "text",
        hint: Some("As the letter names it, in English or Chinese.".into()),
        list: Some("host-options"),
        extra: html! {
            <>
            <datalist id="host-options">
                { for host_options.iter().map(|o| html! {
                    <option value={o.name_en.clone()}>{ o.name_zh.clone().unwrap_or_default() }</option>
                }) }
            </datalist>
            { host_note }
            </>
        },
    });

    let mut sectors = vec![(String::new(), "Not sure: use the host's sector".to_string())];
    sectors.extend(catalogue.data.sectors.iter().map(|s| (s.id.clone(), format!("{} ({})", s.name_en, s.name_zh))));
    let sector = select(props, Field::Sector, "Sector (optional)", "The designated sector the host invites you under, if you know it.", sectors);

    let nationality_options = catalogue.country_suggestions(&form.nationality, 10);
    let nationality_note = match catalogue.find_nationality(&form.nationality) {
        Some(n) if !form.nationality.trim().is_empty() => html! { <p class="match">{ format!("Read as: {}", n.label()) }</p> },
        _ => html! {},
    };
    let nationality = input(props, Input {
        field: Field::Nationality,
        label: "Nationality (passport)",
        kind: "text",
        hint: Some("A country name in English or Chinese, or a code such as GBR or JP.".into()),
        list: Some("nationality-options"),
        extra: html! {
            <>
            <datalist id="nationality-options">
                { for nationality_options.into_iter().map(|c| html! { <option value={c.name_en.clone()}>{ c.name_zh.clone() }</option> }) }
            </datalist>
            { nationality_note }
            </>
        },
    });

    let mut residences = vec![(String::new(), "None of these".to_string())];
    residences.extend(Residence::ALL.iter().map(|r| (r.id().to_string(), capitalise(r.label()))));
    let residence = select(props, Field::Residence, "Mainland, Macao or Taiwan resident?", "These residents have their own entry arrangements.", residences);

    let stay = input(props, Input {
        field: Field::PermittedStay,
        label: "Permitted stay in days (optional)",
        kind: "number",
        hint: Some("From your visa or landing slip, if you have one. Otherwise the visa-free period for your nationality is used.".into()),
        list: None,
        extra: html! {},
    });
    let activity = input(props, Input {
        field: Field::Activity,
        label: "Activity, as the letter states it",
        kind: "text",
        hint: Some("The scope of the specified activities, e.g. \"masterclasses and one public recital\".".into()),
        list: None,
        extra: html! {},
    });
    let role = input(props, Input {
        field: Field::Role,
        label: "Your role, as the letter states it",
        kind: "text",
        hint: Some("e.g. \"guest violinist\", \"judge\", \"keynote speaker\".".into()),
        list: None,
        extra: html! {},
    });

    let trips = form.trips.iter().enumerate().map(|(t, trip)| {
        let spans = trip.spans.iter().enumerate().map(|(s, _)| {
            let remove = props.on_edit.reform(move |_| Edit::RemoveSpan(t, s));
            html! {
                <div class="span" key={format!("{t}-{s}")}>
                    { input(props, Input { field: Field::SpanFrom(t, s), label: "First activity day", kind: "date", hint: None, list: None, extra: html! {} }) }
                    { input(props, Input { field: Field::SpanTo(t, s), label: "Last activity day", kind: "date", hint: Some("Empty for a single day.".into()), list: None, extra: html! {} }) }
                    if trip.spans.len() > 1 {
                        <button type="button" class="link" onclick={remove}>{ format!("Remove these days (trip {}, days {})", t + 1, s + 1) }</button>
                    }
                </div>
            }
        });
        let add_span = props.on_edit.reform(move |_| Edit::AddSpan(t));
        let remove_trip = props.on_edit.reform(move |_| Edit::RemoveTrip(t));
        html! {
            <fieldset class="trip" key={t}>
                <legend>{ format!("Trip {}", t + 1) }</legend>
                <div class="pair">
                    { input(props, Input { field: Field::Arrival(t), label: "Arrival in Hong Kong", kind: "date", hint: None, list: None, extra: html! {} }) }
                    { input(props, Input { field: Field::Departure(t), label: "Departure", kind: "date", hint: None, list: None, extra: html! {} }) }
                </div>
                <p class="hint">{ "Your own activity days on this trip: a single day, or the first and last of several consecutive days." }</p>
                { for spans }
                <div class="actions">
                    <button type="button" class="secondary" onclick={add_span}>{ "Add more activity days" }</button>
                    if form.trips.len() > 1 {
                        <button type="button" class="link" onclick={remove_trip}>{ format!("Remove trip {}", t + 1) }</button>
                    }
                </div>
            </fieldset>
        }
    });
    let add_trip = props.on_edit.reform(|_| Edit::AddTrip);

    html! {
        <form class="case" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())} novalidate=true>
            <fieldset>
                <legend>{ "The host" }</legend>
                { host }
                { sector }
            </fieldset>
            <fieldset>
                <legend>{ "You" }</legend>
                { nationality }
                { residence }
                { stay }
            </fieldset>
            <fieldset>
                <legend>{ "What the letter says" }</legend>
                { activity }
                { role }
            </fieldset>
            { for trips }
            <button type="button" class="secondary" onclick={add_trip}>{ "Add another trip" }</button>
        </form>
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// Under the host field: whether the catalogue knows the host, and "did you mean" choices when it does not.
fn host_note(props: &Props, catalogue: &Catalogue) -> Html {
    let typed = props.form.host.trim();
    if typed.is_empty() {
        return html! {};
    }
    let completeness = |ids: &[String]| -> String {
        let sectors: Vec<_> = ids.iter().filter_map(|s| catalogue.sector(s)).collect();
        let names: Vec<&str> = sectors.iter().map(|s| s.name_en.as_str()).collect();
        let complete = !sectors.is_empty() && sectors.iter().all(|s| s.list_complete);
        format!("{}: the bundled list for it is {}.", names.join(", "), if complete { "complete" } else { "incomplete" })
    };
    if let Some(org) = catalogue.find_host(typed) {
        let from = match org.loaded_on {
            Some(d) => format!("On the list you loaded on {}", crate::rules::long_date(d)),
            None => "On the bundled list".to_string(),
        };
        return html! { <p class="match">{ format!("{from}: {}. Sector {}", org.name_en, completeness(&org.sectors)) }</p> };
    }
    let closest = catalogue.closest_hosts(typed, 3);
    let sector_note = match props.form.sector.as_str() {
        "" => "The bundled list is incomplete, so this does not mean it is unauthorised.".to_string(),
        id => format!("Sector {}", completeness(&[id.to_string()])),
    };
    html! {
        <div class="match">
            <p>{ format!("Not on the bundled list. {sector_note}") }</p>
            if !closest.is_empty() {
                <p>{ "Did you mean: " }
                { for closest.iter().map(|o| {
                    let name = o.name_en.clone();
                    let onclick = props.on_edit.reform(move |_| Edit::Set(Field::Host, name.clone()));
                    html! { <button type="button" class="link" {onclick}>{ o.name_en.clone() }</button> }
                }) }
                </p>
            }
        </div>
    }
}

