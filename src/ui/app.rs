//! The page's top level: the form's state, the check, and the layout.

use std::rc::Rc;

use yew::prelude::*;

use super::batch::BatchView;
use super::case_form::CaseFormView;
use super::letter_view::LetterView;
use super::loaded_list::{ListLoader, LoadedList};
use super::{CatalogueState, SharedCatalogue};
use super::fit::FitView;
use super::result::ResultView;
use super::language;
use crate::catalogue::Catalogue;
use crate::form::{CaseForm, Edit};
use crate::i18n::{Lang, Msg};
use crate::text;
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

/// The page. The language is chosen above the checker, so switching it redraws everything in place and loses
/// nothing typed. "Clear everything" forgets what this device keeps and starts the checker afresh: a new key mounts
/// it anew, so every field, the letter and the delegation are emptied together.
#[component]
pub fn App() -> Html {
    let lang = use_state(language::initial);
    let generation = use_state(|| 0u32);
    // The page carries English; a Chinese language's words are fetched the first time it is needed (at once when
    // the page opens in it), and the other languages once the page is idle, so that switching is instant and works
    // offline later. Until they arrive the page shows English.
    let tables = use_state(|| 0u32);
    {
        let (wanted, tables) = (*lang, tables.clone());
        use_effect_with(wanted, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if !wanted.is_loaded() && language::load(wanted).await {
                    // A language switched to: its findings' words too before it is shown, so that nothing drawn
                    // (a result, a delegation's table) lacks its words. The first language's come with the
                    // catalogue, once the form is drawn (see `Checker`).
                    language::load_findings(wanted).await;
                    tables.set(*tables + 1);
                }
                // Idle: the rest, one after the other.
                yew::platform::time::sleep(std::time::Duration::from_millis(1500)).await;
                for other in Lang::ALL {
                    language::load(other).await;
                    language::load_findings(other).await;
                }
            });
        });
    }
    // The chosen language once its words are here; until then the one the page has (English first).
    let shown = if lang.is_loaded() { *lang } else { Lang::ALL.into_iter().find(|l| l.is_loaded()).unwrap_or_default() };
    {
        use_effect_with((shown, *tables), move |_| language::show(shown));
    }
    let on_clear = {
        let (generation, lang) = (generation.clone(), *lang);
        Callback::from(move |_| {
            let sure = web_sys::window().and_then(|w| w.confirm_with_message(Msg::AppClearConfirm.in_(lang)).ok()).unwrap_or(false);
            if sure {
                super::loaded_list::forget();
                language::forget();
                generation.set(*generation + 1);
            }
        })
    };
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |chosen: Lang| {
            language::remember(chosen);
            lang.set(chosen);
        })
    };
    html! {
        <ContextProvider<Lang> context={shown}>
            <Checker key={*generation} {on_clear} {on_lang} />
        </ContextProvider<Lang>>
    }
}

/// The stage at which the whole page is drawn (see `Checker`).
const DRAWN: u8 = 3;

#[derive(Properties, PartialEq)]
struct CheckerProps {
    on_clear: Callback<()>,
    on_lang: Callback<Lang>,
}

#[component]
fn Checker(props: &CheckerProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    // A shared link ("#case=...") opens the page with its case filled in.
    let state = use_reducer(|| {
        let fragment = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
        // `CaseForm::new` is not the default: it starts with one empty trip to fill in.
        #[allow(clippy::unwrap_or_default)]
        let form = CaseForm::from_fragment(&fragment).unwrap_or_else(CaseForm::new);
        FormState(form)
    });
    let shared_link = use_state(|| None::<String>);
    // One visitor, or a delegation (organisers). Switching keeps what was typed in both.
    let delegation = use_state(|| false);
    // The delegation view is drawn the first time it is opened, not before: most visitors never open it, and the
    // page starts faster on a phone without it.
    let delegation_opened = use_state(|| false);
    // The page is drawn in stages, each in a task of its own: the top (what the shell in index.html showed), then
    // the form, then the result and the list loader, then the footer. A slow phone then never spends long on one
    // piece of work and stays responsive while the page starts; the stages follow each other within milliseconds.
    let stage = use_state(|| 0u8);
    {
        let stage = stage.clone();
        use_effect_with(*stage, move |&now| {
            if now < DRAWN {
                use wasm_bindgen::{closure::Closure, JsCast};
                let next = Closure::once_into_js(move || stage.set(now + 1));
                if let Some(window) = web_sys::window() {
                    let _ = window.set_timeout_with_callback(next.unchecked_ref());
                }
            }
        });
    }
    if *delegation && !*delegation_opened {
        delegation_opened.set(true);
    }
    // The catalogue is fetched once the form is drawn (the first visit) or read from the service worker's copy
    // (later ones); a "Clear everything" keeps it.
    // The delegation view's code is in the second part of the page's code (scripts/split-wasm.mjs), asked for once
    // the form is drawn, and tried again should it not come: the view says it is getting ready until it is here.
    let second_part = use_state(super::own_files::second_part_here);
    {
        let second_part = second_part.clone();
        use_effect_with(*stage >= DRAWN, move |drawn| {
            if *drawn && !*second_part {
                wasm_bindgen_futures::spawn_local(async move {
                    let mut pause = 2;
                    while !super::own_files::load_second_part().await {
                        yew::platform::time::sleep(std::time::Duration::from_secs(pause)).await;
                        pause = (pause * 2).min(30);
                    }
                    second_part.set(true);
                });
            }
        });
    }
    let catalogue_state = use_state(|| if Catalogue::is_ready() { CatalogueState::Ready } else { CatalogueState::Fetching });
    // An official list loaded on this device comes back once the worker has checked it again (ListLoader).
    let loaded = use_state(|| None::<Rc<LoadedList>>);
    let catalogue: SharedCatalogue = match (&*loaded, *catalogue_state) {
        (Some(list), _) => list.catalogue.clone(),
        (None, CatalogueState::Ready) => SharedCatalogue::Bundled,
        (None, _) => SharedCatalogue::Pending,
    };
    let form = &state.0;
    let (case, errors) = form.to_case(&catalogue);
    // Until the catalogue is here every host and nationality would be "unknown": nothing is judged meanwhile.
    let errors = if catalogue.is_ready() { errors } else { Vec::new() };
    let assessment = (catalogue.is_ready() && !form.is_blank() && errors.is_empty())
        .then(|| Rc::new(check(&case, &catalogue, hong_kong_today())));
    // The letter reader, loaded on first use: once the page is drawn and idle, or at once when a letter comes first.
    {
        let (dispatch, catalogue) = (state.dispatcher(), catalogue.clone());
        use_effect_with(catalogue.clone(), move |_| {
            let (failed, failed_catalogue) = (dispatch.clone(), catalogue.clone());
            let (dispatch_file, catalogue_file) = (dispatch.clone(), catalogue.clone());
            crate::reader_worker::on_letter(move |text, reading| {
                dispatch.dispatch((Edit::LetterRead(text, Box::new(reading)), catalogue.clone()));
            });
            crate::reader_worker::on_letter_failed(move |text| {
                failed.dispatch((Edit::LetterUnread(text), failed_catalogue.clone()));
            });
            let (opened, opened_catalogue) = (dispatch_file.clone(), catalogue_file.clone());
            crate::reader_worker::on_file(move |name, read| {
                opened.dispatch((Edit::LetterFileRead(name, read), opened_catalogue.clone()));
            });
            crate::reader_worker::on_file_failed(move |name| {
                dispatch_file.dispatch((Edit::LetterFileUnread(name), catalogue_file.clone()));
            });
        });
    }

    {
        let catalogue_state = catalogue_state.clone();
        use_effect_with(*stage >= DRAWN, move |drawn| {
            if *drawn {
                wasm_bindgen_futures::spawn_local(async move {
                    // The catalogue first: the checks wait for it. Should it not come (offline before a first
                    // visit, a dropped connection), the page says so and tries again, less often as time goes on.
                    let mut pause = 2;
                    while !(super::own_files::fetch_catalogue().await && language::load_findings(lang).await) {
                        catalogue_state.set(CatalogueState::Retrying);
                        yew::platform::time::sleep(std::time::Duration::from_secs(pause)).await;
                        pause = (pause * 2).min(30);
                    }
                    if *catalogue_state != CatalogueState::Ready {
                        catalogue_state.set(CatalogueState::Ready);
                    }
                    // The letter reader's cue words, for the worker: a letter waits for them, a check does not.
                    while !super::own_files::fetch_letter_cues().await {
                        yew::platform::time::sleep(std::time::Duration::from_secs(pause)).await;
                        pause = (pause * 2).min(30);
                    }
                    // Then the worker, which is sent them and the catalogue first: at once if a letter or a delegation
                    // waits for it, else when idle.
                    if !crate::reader_worker::anything_waiting() {
                        yew::platform::time::sleep(std::time::Duration::from_millis(500)).await;
                    }
                    start_worker();
                    // The lookups' indexes, built while idle rather than on the first check that needs them,
                    // once the rest of the page's code is here (a check builds what it needs itself).
                    yew::platform::time::sleep(std::time::Duration::from_millis(500)).await;
                    if super::own_files::load_second_part().await {
                        Catalogue::bundled().warm();
                    }
                });
            }
        });
    }
    let on_edit = {
        let (state, catalogue) = (state.clone(), catalogue.clone());
        Callback::from(move |edit: Edit| {
            let letter = match &edit {
                Edit::Letter(text) => Some(text.clone()),
                _ => None,
            };
            state.dispatch((edit, catalogue.clone()));
            if let Some(text) = letter.filter(|t| !t.trim().is_empty() && t.len() <= crate::letter::MAX_LETTER_BYTES) {
                start_worker();
                crate::reader_worker::read_letter(&text);
            }
        })
    };
    let on_edit_fit = on_edit.clone();
    let on_list = {
        let loaded = loaded.clone();
        Callback::from(move |list: Option<Rc<LoadedList>>| loaded.set(list))
    };
    // The result waits for the findings' words too (fetched with the catalogue, or after a switch of language).
    let result_state = match *catalogue_state {
        CatalogueState::Ready if !lang.has_findings() => CatalogueState::Fetching,
        state => state,
    };
    let data = &catalogue.data;
    let listed = Catalogue::bundled().data.organisations.iter().filter(|o| o.kind == crate::catalogue::OrganisationKind::Organisation).count();

    html! {
        <>
        <a class="skip" href="#main">{ Msg::AppSkip.in_(lang) }</a>
        <header class="site">
            <div class="site-top">
                <p class="site-name">{ Msg::AppSiteName.in_(lang) }</p>
                <nav class="languages" aria-label={Msg::AppLanguages.in_(lang)}>
                    { for Lang::ALL.into_iter().map(|l| html! {
                        <button type="button" class="link" lang={l.tag()} aria-pressed={(l == lang).to_string()}
                            onclick={props.on_lang.reform(move |_| l)}>{ l.own_name() }</button>
                    }) }
                </nav>
            </div>
            <h1>{ Msg::AppTitle.in_(lang) }</h1>
            <p class="lede">{ Msg::AppLede.in_(lang) }</p>
        </header>
        <nav class="views" aria-label={Msg::AppViews.in_(lang)}>
            <button type="button" aria-pressed={(!*delegation).to_string()} onclick={{ let d = delegation.clone(); move |_| d.set(false) }}>{ Msg::AppOneVisitor.in_(lang) }</button>
            <button type="button" aria-pressed={(*delegation).to_string()} onclick={{ let d = delegation.clone(); move |_| d.set(true) }}>{ Msg::AppDelegation.in_(lang) }</button>
        </nav>
        <main id="main" tabindex="-1">
            // Both views stay mounted, so that switching never loses what was typed in either.
            <div class="layout-batch" hidden={!*delegation}>
                if (*delegation || *delegation_opened) && *second_part {
                    <BatchView catalogue={catalogue.clone()} />
                } else if *delegation {
                    <p class="loading" role="status">{ Msg::AppDelegationLoading.in_(lang) }</p>
                }
            </div>
            <div class="layout" hidden={*delegation}>
            <div class="inputs">
                <LetterView form={form.clone()} on_edit={on_edit.clone()} />
                if *stage >= 1 {
                <section aria-labelledby="form-title">
                    <h2 id="form-title">{ Msg::AppFormTitle.in_(lang) }</h2>
                    <CaseFormView form={form.clone()} errors={errors.clone()} catalogue={catalogue.clone()} {on_edit} />
                </section>
                }
                if *stage >= 2 {
                <ListLoader loaded={(*loaded).clone()} on_change={on_list} />
                }
            </div>
            if *stage >= 2 {
            <section id="result" class="result" aria-labelledby="result-title">
                <ResultView assessment={assessment.clone()} {errors} blank={form.is_blank()} catalogue={result_state} />
                if let Some(a) = assessment.as_ref().filter(|_| result_state == CatalogueState::Ready) {
                    <FitView assessment={a.clone()} form={form.clone()} on_edit={on_edit_fit} />
                }
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
                        }}>{ Msg::AppCopyLink.in_(lang) }</button>
                        if let Some(link) = &*shared_link {
                            <p class="hint" role="status">{ Msg::AppCopied.in_(lang) }</p>
                            <label for="shared-link" class="visually-hidden">{ Msg::AppLinkLabel.in_(lang) }</label>
                            <input id="shared-link" type="text" readonly=true value={link.clone()} />
                        }
                    </div>
                }
            </section>
            }
            </div>
        </main>
        if !form.is_blank() && !*delegation {
            <nav class="verdict-bar" aria-label={Msg::AppResultNav.in_(lang)}><a href="#result">{ Msg::AppSeeResult.in_(lang) }</a></nav>
        }
        if *stage >= DRAWN {
        <footer class="site">
            <p>
                <button type="button" class="secondary" onclick={props.on_clear.reform(|_| ())}>{ Msg::AppClear.in_(lang) }</button>
                { Msg::AppPrivacy.in_(lang) }
            </p>
            if catalogue.is_ready() {
            <p>
                { text!(AppDataAsOf, date = data.data_as_of, listed = listed).render(lang) }
            </p>
            <p>
                { Msg::AppNotAdvice.in_(lang) }
                <a href={data.scheme.list_url.clone()}>{ Msg::AppOfficialLink.in_(lang) }</a>
                { text!(AppHotline, hotline = &data.scheme.hotline).render(lang) }
            </p>
            }
        </footer>
        }
        </>
    }
}

/// Starts the worker that reads letters and delegations, if it has not started. The worker runs the second part
/// of the page's code, and so does the page's side of it (scripts/split-wasm.mjs): it starts once that is here.
pub fn start_worker() {
    #[cfg(feature = "test-page")]
    crate::reader_worker::start_inline();
    if let Some(loader) = super::own_files::meta("stv-worker") {
        wasm_bindgen_futures::spawn_local(async move {
            // (The worker's code could not be had: what waits for it is said to have failed, not kept waiting.)
            if super::own_files::load_second_part().await {
                crate::reader_worker::start(&loader);
            } else {
                crate::reader_worker::failed();
            }
        });
    }
}
