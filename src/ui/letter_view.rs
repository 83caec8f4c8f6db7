//! The paste area, and the letter as read: each detail the reader found is highlighted and linked to the form field
//! it filled (and the field links back here). The travel document number is shown masked.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::form::{CaseForm, Edit};
use crate::i18n::{Lang, Msg};
use crate::text;
use crate::letter::{Extracted, Extraction, CONFIRM_BELOW};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub form: CaseForm,
    pub on_edit: Callback<Edit>,
}

/// Every detail of an extraction: (key, label, the form field's element id if it fills one).
pub fn details(x: &Extraction) -> Vec<(&'static str, Msg, Option<&'static str>, &Extracted)> {
    let all: [(&'static str, Msg, Option<&'static str>, &Option<Extracted>); 14] = [
        ("host", Msg::LetterDetailHost, Some("host"), &x.host),
        ("invitee", Msg::LetterDetailInvitee, None, &x.invitee),
        ("nationality", Msg::LetterDetailNationality, Some("nationality"), &x.nationality),
        ("travel_document", Msg::LetterDetailTravelDocument, None, &x.travel_document),
        ("activity", Msg::LetterDetailActivity, Some("activity"), &x.activity),
        ("role", Msg::LetterDetailRole, Some("role"), &x.role),
        ("activity_from", Msg::LetterDetailActivityFrom, Some("trip-0-span-0-from"), &x.activity_from),
        ("activity_to", Msg::LetterDetailActivityTo, Some("trip-0-span-0-to"), &x.activity_to),
        ("arrival", Msg::LetterDetailArrival, Some("trip-0-arrival"), &x.arrival),
        ("departure", Msg::LetterDetailDeparture, Some("trip-0-departure"), &x.departure),
        ("venue", Msg::LetterDetailVenue, None, &x.venue),
        ("remuneration", Msg::LetterDetailRemuneration, None, &x.remuneration),
        ("letter_date", Msg::LetterDetailLetterDate, None, &x.letter_date),
        ("signatory", Msg::LetterDetailSignatory, None, &x.signatory),
    ];
    all.into_iter().filter_map(|(k, l, f, e)| e.as_ref().map(|e| (k, l, f, e))).collect()
}

/// "Not found in the letter: Host organisation, Nationality."
pub fn not_found(x: &Extraction) -> crate::i18n::Text {
    let label = |key: &str| match key {
        "host" => Msg::LetterDetailHost,
        "nationality" => Msg::LetterDetailNationality,
        "activity" => Msg::LetterDetailActivity,
        "activity_from" => Msg::LetterDetailActivityFrom,
        "arrival" => Msg::LetterDetailArrival,
        _ => Msg::LetterDetailDeparture,
    };
    let fields = crate::i18n::Arg::List(x.not_found.iter().map(|k| crate::i18n::Text::from(label(k))).collect());
    text!(LetterNotFound, fields = fields)
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
    crate::sorting::sort_by_key(&mut spans, |s| crate::sorting::number(((s.0 as i64) << 32) | s.1 as i64));
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

/// Opens a letter's file: its bytes go to the page's second part, which finds its text (`src/files`); nothing is
/// sent anywhere. A file over the size limit is refused before it is read.
fn open(file: web_sys::File, on_edit: Callback<Edit>) {
    use crate::files::{FileProblem, MAX_FILE_BYTES};
    let name = file.name();
    on_edit.emit(Edit::LetterFile(name.clone()));
    if file.size() > MAX_FILE_BYTES as f64 {
        on_edit.emit(Edit::LetterFileRead(name, Err(FileProblem::TooLarge)));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => {
                crate::ui::app::start_worker();
                crate::reader_worker::open_file(&name, js_sys::Uint8Array::new(&buffer));
            }
            Err(_) => on_edit.emit(Edit::LetterFileRead(name, Err(FileProblem::Unreadable))),
        }
    });
}

#[component]
pub fn LetterView(props: &Props) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let form = &props.form;
    let oninput = props.on_edit.reform(|e: InputEvent| Edit::Letter(e.target_unchecked_into::<HtmlTextAreaElement>().value()));
    let described = if form.letter_error.is_some() { "letter-hint letter-error" } else { "letter-hint" };
    let on_edit = props.on_edit.clone();
    let onchange = Callback::from(move |e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            open(file, on_edit.clone());
        }
        // The same file chosen again is opened again.
        input.set_value("");
    });
    let on_edit = props.on_edit.clone();
    // A file dropped is opened here (the browser would otherwise open it itself, leaving the page); text dragged into
    // the letter box is the box's as usual.
    let ondrop = Callback::from(move |e: DragEvent| {
        if let Some(file) = e.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
            e.prevent_default();
            open(file, on_edit.clone());
        }
    });
    let ondragover = Callback::from(|e: DragEvent| {
        if e.data_transfer().is_some_and(|d| d.types().includes(&"Files".into(), 0)) {
            e.prevent_default();
        }
    });
    html! {
        <section class="letter" aria-labelledby="letter-title" {ondrop} {ondragover}>
            <h2 id="letter-title"><label for="letter">{ Msg::LetterPaste.in_(lang) }</label></h2>
            <p class="hint" id="letter-hint">{ Msg::LetterPasteHint.in_(lang) }</p>
            if let Some(e) = &form.letter_error { <p class="error" id="letter-error">{ e.render(lang) }</p> }
            <textarea id="letter" rows="8" value={form.letter.clone()} {oninput}
                aria-describedby={described} aria-invalid={form.letter_error.as_ref().map(|_| "true")}
                spellcheck="false" />
            <div class="field letter-file no-print">
                <label for="letter-file">{ Msg::LetterFileOpen.in_(lang) }</label>
                <p class="hint" id="letter-file-hint">{ Msg::LetterFileHint.in_(lang) }</p>
                <input id="letter-file" type="file" accept=".pdf,.eml,.txt,application/pdf,message/rfc822,text/plain" aria-describedby="letter-file-hint" {onchange} />
                if let Some(name) = &form.letter_file {
                    <p class="hint reading" role="status">{ text!(LetterFileReading, file = name.as_str()).render(lang) }</p>
                }
                if let Some(e) = &form.letter_file_error { <p class="error" role="alert" id="letter-file-error">{ e.render(lang) }</p> }
            </div>
            if form.letter_pending {
                <p class="hint reading" role="status">{ Msg::LetterReading.in_(lang) }</p>
            } else if let Some(x) = &form.extraction {
                { found(&form.letter, x, lang) }
            }
        </section>
    }
}

fn found(letter: &str, x: &Extraction, lang: Lang) -> Html {
    let details = details(x);
    if details.is_empty() {
        return html! { <p class="hint">{ Msg::LetterNothingFound.in_(lang) }</p> };
    }
    html! {
        <div class="found">
            <h3>{ text!(LetterFound, count = details.len()).render(lang) }</h3>
            if !x.warnings.is_empty() {
                <ul class="warnings">{ for x.warnings.iter().map(|w| html! { <li>{ w.render(lang) }</li> }) }</ul>
            }
            if !x.not_found.is_empty() {
                <p class="hint not-found">{ not_found(x).render(lang) }</p>
            }
            <dl class="found-list">
                { for details.iter().map(|(key, label, field, e)| {
                    let value = if *key == "travel_document" { text!(LetterKeptHere, document = masked(&e.value)).render(lang) } else { e.value.clone() };
                    let unsure = e.confidence < CONFIRM_BELOW;
                    html! {
                        <div id={format!("found-{key}")} class={classes!(unsure.then_some("confirm"))}>
                            <dt>{ label.in_(lang) }</dt>
                            <dd>
                                <a href={format!("#letter-{key}")}>{ value }</a>
                                if unsure { <span class="confirm-note">{ Msg::FormPleaseCheck.in_(lang) }</span> }
                                if let Some(reason) = e.reason.as_ref().filter(|_| unsure) {
                                    <span class="confirm-reason">{ " (" }{ reason.render(lang) }{ ")" }</span>
                                }
                                if let Some(f) = field { { " · " }<a href={format!("#{f}")}>{ Msg::LetterFieldLink.in_(lang) }</a> }
                            </dd>
                        </div>
                    }
                }) }
            </dl>
            <h3>{ Msg::LetterAsRead.in_(lang) }</h3>
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
