//! The form: host, sector, visitor, the letter's activity and role, and the trips.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::case::Residence;
use crate::catalogue::Catalogue;
use crate::form::{CaseForm, Edit, Field, FieldError};
use crate::i18n::{Lang, Msg};
use crate::text;

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
    label: Msg,
    kind: &'a str,
    hint: Option<Msg>,
    list: Option<&'a str>,
    extra: Html,
}

fn error_of(errors: &[FieldError], field: Field, lang: Lang) -> Option<String> {
    errors.iter().find(|e| e.field == field).map(|e| e.message.render(lang))
}

fn input(props: &Props, lang: Lang, i: Input) -> Html {
    let id = i.field.id();
    let value = props.form.value(i.field).unwrap_or_default().to_string();
    let error = error_of(&props.errors, i.field, lang);
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
        [i.hint.as_ref().map(|_| hint_id.as_str()), error.as_ref().map(|_| error_id.as_str())].into_iter().flatten().collect();
    html! {
        <div class={classes!("field", error.as_ref().map(|_| "has-error"), unsure.then_some("confirm"))}>
            <label for={id.clone()}>{ i.label.in_(lang) }</label>
            if let Some(h) = i.hint { <p class="hint" id={hint_id.clone()}>{ h.in_(lang) }</p> }
            if let Some(e) = &error { <p class="error" id={error_id.clone()}>{ e }</p> }
            <input id={id} type={i.kind.to_string()} {value} {oninput} list={i.list.map(str::to_string)}
                autocomplete="off"
                aria-invalid={error.as_ref().map(|_| "true")}
                aria-describedby={(!described.is_empty()).then(|| described.join(" "))} />
            if let (Some(e), Some(key)) = (from_letter, letter_key) {
                <p class="from-letter">
                    { Msg::FormFromLetter.in_(lang) }<a href={format!("#letter-{key}")}>{ format!("“{}”", e.text) }</a>
                    if unsure { <strong class="confirm-note">{ Msg::FormPleaseCheck.in_(lang) }</strong> }
                </p>
            }
            { i.extra }
        </div>
    }
}

fn select(props: &Props, lang: Lang, field: Field, label: Msg, hint: Msg, options: Vec<(String, String)>) -> Html {
    let id = field.id();
    let value = props.form.value(field).unwrap_or_default().to_string();
    let onchange = props
        .on_edit
        .reform(move |e: Event| Edit::Set(field, e.target_unchecked_into::<HtmlSelectElement>().value()));
    html! {
        <div class="field">
            <label for={id.clone()}>{ label.in_(lang) }</label>
            <p class="hint" id={format!("{id}-hint")}>{ hint.in_(lang) }</p>
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
    let lang = use_context::<Lang>().unwrap_or_default();
    let catalogue: &Catalogue = &props.catalogue;
    let form = &props.form;

    // The host: suggestions as you type, and what the catalogue makes of it.
    let host_options = catalogue.host_suggestions(&form.host, 8);
    let host_note = host_note(props, catalogue, lang);
    let host = input(props, lang, Input {
        field: Field::Host,
        label: Msg::FormHost,
        kind: "text",
        hint: Some(Msg::FormHostHint),
        list: Some("host-options"),
        extra: html! {
            <>
            <datalist id="host-options">
                { for host_options.iter().map(|o| html! {
                    <option value={o.name_en.clone()}>{ lang.chinese(o.name_zh.as_deref().unwrap_or_default()) }</option>
                }) }
            </datalist>
            { host_note }
            </>
        },
    });

    let mut sectors = vec![(String::new(), Msg::FormSectorNotSure.in_(lang).to_string())];
    sectors.extend(catalogue.data.sectors.iter().map(|s| (s.id.clone(), sector_name(s, lang))));
    let sector = select(props, lang, Field::Sector, Msg::FormSector, Msg::FormSectorHint, sectors);

    let nationality_options = catalogue.country_suggestions(&form.nationality, 10);
    let nationality_note = match catalogue.find_nationality(&form.nationality) {
        Some(n) if !form.nationality.trim().is_empty() => html! { <p class="match">{ text!(FormReadAs, nationality = n.label(lang)).render(lang) }</p> },
        _ => html! {},
    };
    let nationality = input(props, lang, Input {
        field: Field::Nationality,
        label: Msg::FormNationality,
        kind: "text",
        hint: Some(Msg::FormNationalityHint),
        list: Some("nationality-options"),
        extra: html! {
            <>
            <datalist id="nationality-options">
                { for nationality_options.into_iter().map(|c| html! { <option value={c.name_en.clone()}>{ lang.chinese(&c.name_zh) }</option> }) }
            </datalist>
            { nationality_note }
            </>
        },
    });

    let mut residences = vec![(String::new(), Msg::FormResidenceNone.in_(lang).to_string())];
    residences.extend(Residence::ALL.iter().map(|r| (r.id().to_string(), residence_name(*r).in_(lang).to_string())));
    let residence = select(props, lang, Field::Residence, Msg::FormResidence, Msg::FormResidenceHint, residences);

    let stay = input(props, lang, Input {
        field: Field::PermittedStay,
        label: Msg::FormStay,
        kind: "number",
        hint: Some(Msg::FormStayHint),
        list: None,
        extra: html! {},
    });
    let activity = input(props, lang, Input {
        field: Field::Activity,
        label: Msg::FormActivity,
        kind: "text",
        hint: Some(Msg::FormActivityHint),
        list: None,
        extra: html! {},
    });
    let role = input(props, lang, Input {
        field: Field::Role,
        label: Msg::FormRole,
        kind: "text",
        hint: Some(Msg::FormRoleHint),
        list: None,
        extra: html! {},
    });

    let trips = form.trips.iter().enumerate().map(|(t, trip)| {
        let spans = trip.spans.iter().enumerate().map(|(s, _)| {
            let remove = props.on_edit.reform(move |_| Edit::RemoveSpan(t, s));
            html! {
                <div class="span" key={format!("{t}-{s}")}>
                    { input(props, lang, Input { field: Field::SpanFrom(t, s), label: Msg::FormFirstDay, kind: "date", hint: None, list: None, extra: html! {} }) }
                    { input(props, lang, Input { field: Field::SpanTo(t, s), label: Msg::FormLastDay, kind: "date", hint: Some(Msg::FormLastDayHint), list: None, extra: html! {} }) }
                    if trip.spans.len() > 1 {
                        <button type="button" class="link" onclick={remove}>{ text!(FormRemoveSpan, trip = t + 1, span = s + 1).render(lang) }</button>
                    }
                </div>
            }
        });
        let add_span = props.on_edit.reform(move |_| Edit::AddSpan(t));
        let remove_trip = props.on_edit.reform(move |_| Edit::RemoveTrip(t));
        html! {
            <fieldset class="trip" key={t}>
                <legend>{ text!(CalendarTrip, trip = t + 1).render(lang) }</legend>
                <div class="pair">
                    { input(props, lang, Input { field: Field::Arrival(t), label: Msg::FormArrival, kind: "date", hint: None, list: None, extra: html! {} }) }
                    { input(props, lang, Input { field: Field::Departure(t), label: Msg::FormDeparture, kind: "date", hint: None, list: None, extra: html! {} }) }
                </div>
                <p class="hint">{ Msg::FormDaysHint.in_(lang) }</p>
                { for spans }
                <div class="actions">
                    <button type="button" class="secondary add-span" onclick={add_span}>{ Msg::FormAddSpan.in_(lang) }</button>
                    if form.trips.len() > 1 {
                        <button type="button" class="link" onclick={remove_trip}>{ text!(FormRemoveTrip, trip = t + 1).render(lang) }</button>
                    }
                </div>
            </fieldset>
        }
    });
    let add_trip = props.on_edit.reform(|_| Edit::AddTrip);

    html! {
        <form class="case" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())} novalidate=true>
            <fieldset>
                <legend>{ Msg::FormTheHost.in_(lang) }</legend>
                { host }
                { sector }
            </fieldset>
            <fieldset>
                <legend>{ Msg::FormYou.in_(lang) }</legend>
                { nationality }
                { residence }
                { stay }
            </fieldset>
            <fieldset>
                <legend>{ Msg::FormLetterSays.in_(lang) }</legend>
                { activity }
                { role }
            </fieldset>
            { for trips }
            <button type="button" id="add-trip" class="secondary" onclick={add_trip}>{ Msg::FormAddTrip.in_(lang) }</button>
        </form>
    }
}

/// A sector in the page's language, with its name in the other script: "Sports (體育)", "體育 (Sports)".
pub fn sector_name(s: &crate::catalogue::Sector, lang: Lang) -> String {
    if lang.is_chinese() { format!("{} ({})", lang.chinese(&s.name_zh), s.name_en) } else { format!("{} ({})", s.name_en, s.name_zh) }
}

fn residence_name(r: Residence) -> Msg {
    match r {
        Residence::Mainland => Msg::FormResidenceMainland,
        Residence::MacaoPermanent => Msg::FormResidenceMacaoPermanent,
        Residence::MacaoNonPermanent => Msg::FormResidenceMacaoNonPermanent,
        Residence::Taiwan => Msg::FormResidenceTaiwan,
    }
}

/// Under the host field: whether the catalogue knows the host, and "did you mean" choices when it does not.
fn host_note(props: &Props, catalogue: &Catalogue, lang: Lang) -> Html {
    let typed = props.form.host.trim();
    // Before the catalogue has arrived every host would be "not found".
    if typed.is_empty() || !props.catalogue.is_ready() {
        return html! {};
    }
    let completeness = |ids: &[String]| {
        let sectors: Vec<_> = ids.iter().filter_map(|s| catalogue.sector(s)).collect();
        let names: Vec<String> = sectors.iter().map(|s| if lang.is_chinese() { lang.chinese(&s.name_zh) } else { s.name_en.clone() }).collect();
        let complete = !sectors.is_empty() && sectors.iter().all(|s| s.list_complete);
        let names = names.join(Msg::ListSeparator.in_(lang));
        if complete { text!(FormSectorListComplete, sectors = names) } else { text!(FormSectorListIncomplete, sectors = names) }
    };
    if let Some(org) = catalogue.find_host(typed) {
        let name = match (&org.name_zh, lang.is_chinese()) {
            (Some(zh), true) => lang.chinese(zh),
            _ => org.name_en.clone(),
        };
        let found = match org.loaded_on {
            Some(d) => text!(FormHostOnLoadedList, date = d, host = name, sector = completeness(&org.sectors)),
            None => text!(FormHostOnBundledList, host = name, sector = completeness(&org.sectors)),
        };
        return html! { <p class="match">{ found.render(lang) }</p> };
    }
    let closest = catalogue.closest_hosts(typed, 3);
    let not_found = match props.form.sector.as_str() {
        "" => text!(FormHostNotListed),
        id => text!(FormHostNotListedInSector, sector = completeness(&[id.to_string()])),
    };
    html! {
        <div class="match">
            <p>{ not_found.render(lang) }</p>
            if !closest.is_empty() {
                <p>{ Msg::FormDidYouMean.in_(lang) }
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

