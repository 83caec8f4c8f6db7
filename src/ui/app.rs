//! The page's top level: the form's state, the check, and the layout.

use std::rc::Rc;

use yew::prelude::*;

use super::batch_view::BatchView;
use super::case_form::CaseFormView;
use super::letter_view::LetterView;
use super::loaded_list::{saved, ListLoader, LoadedList};
use super::SharedCatalogue;
use super::result::ResultView;
use crate::catalogue::Catalogue;
use crate::form::{CaseForm, Edit};
use crate::rules::check;
use crate::today::hong_kong_today;

/// The form as typed; every edit goes through [`CaseForm::apply`], with the catalogue in use.
#[derive(Debug, Clone, PartialEq)]
struct FormState(CaseForm);

impl Reducible for FormState {
    type Action = (Edit, SharedCatalogue);

    fn reduce(self: Rc<Self>, (edit, catalogue): (Edit, SharedCatalogue)) -> Rc<Self> {
        let mut form = self.0.clone();
        form.apply(edit, &catalogue);
        Rc::new(FormState(form))
    }
}

/// The page. "Clear everything" forgets any list loaded on this device and starts the checker afresh: a new key
/// mounts it anew, so every field, the letter and the delegation are emptied together.
#[component]
pub fn App() -> Html {
    let generation = use_state(|| 0u32);
    let on_clear = {
        let generation = generation.clone();
        Callback::from(move |_| {
            let sure = web_sys::window()
                .and_then(|w| {
                    w.confirm_with_message(
                        "Clear everything? The letter, the form, the delegation and any list you loaded are removed from this page and this device.",
                    )
                    .ok()
                })
                .unwrap_or(false);
            if sure {
                super::loaded_list::forget();
                generation.set(*generation + 1);
            }
        })
    };
    html! { <Checker key={*generation} {on_clear} /> }
}

#[derive(Properties, PartialEq)]
struct CheckerProps {
    on_clear: Callback<()>,
}

#[component]
fn Checker(props: &CheckerProps) -> Html {
    // A shared link ("#case=...") opens the page with its case filled in.
    let state = use_reducer(|| {
        let fragment = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
        FormState(CaseForm::from_fragment(&fragment).unwrap_or_else(CaseForm::new))
    });
    let shared_link = use_state(|| None::<String>);
    // One visitor, or a delegation (organisers). Switching keeps what was typed in both.
    let delegation = use_state(|| false);
    let bundled = use_memo((), |_| SharedCatalogue(Rc::new(Catalogue::bundled().clone())));
    let loaded = use_state(|| saved().map(Rc::new));
    let catalogue: SharedCatalogue = match &*loaded {
        Some(list) => list.catalogue.clone(),
        None => (*bundled).clone(),
    };
    let form = &state.0;
    let (case, errors) = form.to_case(&catalogue);
    let assessment = (!form.is_blank() && errors.is_empty()).then(|| Rc::new(check(&case, &catalogue, hong_kong_today())));
    let on_edit = {
        let (state, catalogue) = (state.clone(), catalogue.clone());
        Callback::from(move |edit: Edit| state.dispatch((edit, catalogue.clone())))
    };
    let on_list = {
        let loaded = loaded.clone();
        Callback::from(move |list: Option<Rc<LoadedList>>| loaded.set(list))
    };
    let data = &catalogue.data;
    let listed = Catalogue::bundled().data.organisations.iter().filter(|o| o.kind == crate::catalogue::OrganisationKind::Organisation).count();

    html! {
        <>
        <a class="skip" href="#main">{ "Skip to the main content" }</a>
        <header class="site">
            <p class="site-name" lang="en">{ "STV Scheme check" }</p>
            <h1>{ "Does your invitation fit Hong Kong's short-term visitor scheme?" }</h1>
            <p class="lede">
                { "Enter the details of your invitation letter and your trip. The check runs on this device as you type: nothing you enter is sent anywhere." }
            </p>
        </header>
        <nav class="views" aria-label="What to check">
            <button type="button" aria-pressed={(!*delegation).to_string()} onclick={{ let d = delegation.clone(); move |_| d.set(false) }}>{ "One visitor" }</button>
            <button type="button" aria-pressed={(*delegation).to_string()} onclick={{ let d = delegation.clone(); move |_| d.set(true) }}>{ "A delegation (organisers)" }</button>
        </nav>
        <main id="main" tabindex="-1">
            // Both views stay mounted, so that switching never loses what was typed in either.
            <div class="layout-batch" hidden={!*delegation}>
                <BatchView catalogue={catalogue.clone()} />
            </div>
            <div class="layout" hidden={*delegation}>
            <div class="inputs">
                <LetterView form={form.clone()} on_edit={on_edit.clone()} />
                <section aria-labelledby="form-title">
                    <h2 id="form-title">{ "Your letter and your trip" }</h2>
                    <CaseFormView form={form.clone()} errors={errors.clone()} catalogue={catalogue.clone()} {on_edit} />
                </section>
                <ListLoader loaded={(*loaded).clone()} on_change={on_list} />
            </div>
            <section id="result" class="result" aria-labelledby="result-title">
                <ResultView {assessment} {errors} blank={form.is_blank()} />
                if !form.is_blank() {
                    <div class="share">
                        <button type="button" class="secondary" onclick={{
                            let (form, shared_link) = (form.clone(), shared_link.clone());
                            move |_| {
                                let Some(window) = web_sys::window() else { return };
                                let location = window.location();
                                let base = format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default());
                                let link = format!("{base}#{}", form.to_fragment());
                                let _ = window.navigator().clipboard().write_text(&link);
                                shared_link.set(Some(link));
                            }
                        }}>{ "Copy a link to this check" }</button>
                        if let Some(link) = &*shared_link {
                            <p class="hint" role="status">{ "Copied. The link holds the form's details, not the letter, your name or your travel document number; it opens this check on any device." }</p>
                            <label for="shared-link" class="visually-hidden">{ "Link to this check" }</label>
                            <input id="shared-link" type="text" readonly=true value={link.clone()} />
                        }
                    </div>
                }
            </section>
            </div>
        </main>
        if !form.is_blank() && !*delegation {
            <nav class="verdict-bar" aria-label="Result"><a href="#result">{ "See the result" }</a></nav>
        }
        <footer class="site">
            <p>
                <button type="button" class="secondary" onclick={props.on_clear.reform(|_| ())}>{ "Clear everything" }</button>
                { " Nothing you enter leaves this device. Only a list you load yourself is kept on it, until you remove it or clear everything." }
            </p>
            <p>
                { format!("Data as of {}. ", crate::rules::long_date(data.data_as_of)) }
                { format!("The bundled list of host organisations is incomplete: it holds {listed} named organisation(s) and the government bureaux and departments, of about 490 authorised organisations. ") }
                { "A host missing from it is shown as \"can't tell\", never as unauthorised." }
            </p>
            <p>
                { "This checker is not legal advice and does not decide anything: the Immigration Department does, at the border. The invitation letter is not a visa or an entry permit. Official information: " }
                <a href={data.scheme.list_url.clone()}>{ "ImmD: the STV Scheme" }</a>
                { format!(", hotline {}.", data.scheme.hotline) }
            </p>
        </footer>
        </>
    }
}
