//! The page's top level: the form's state, the check, and the layout.

use std::rc::Rc;

use yew::prelude::*;

use super::case_form::CaseFormView;
use super::letter_view::LetterView;
use super::result::ResultView;
use crate::catalogue::Catalogue;
use crate::form::{CaseForm, Edit};
use crate::rules::check;
use crate::today::hong_kong_today;

/// The form as typed; every edit goes through [`CaseForm::apply`].
#[derive(Debug, Clone, PartialEq)]
struct FormState(CaseForm);

impl Reducible for FormState {
    type Action = Edit;

    fn reduce(self: Rc<Self>, edit: Edit) -> Rc<Self> {
        let mut form = self.0.clone();
        form.apply(edit, Catalogue::bundled());
        Rc::new(FormState(form))
    }
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| FormState(CaseForm::new()));
    let catalogue = Catalogue::bundled();
    let form = &state.0;
    let (case, errors) = form.to_case(catalogue);
    let assessment = (!form.is_blank() && errors.is_empty()).then(|| Rc::new(check(&case, catalogue, hong_kong_today())));
    let on_edit = {
        let state = state.clone();
        Callback::from(move |edit: Edit| state.dispatch(edit))
    };
    let data = &catalogue.data;
    let listed = data.organisations.iter().filter(|o| o.kind == crate::catalogue::OrganisationKind::Organisation).count();

    html! {
        <>
        <a class="skip" href="#letter-title">{ "Skip to the letter" }</a>
        <header class="site">
            <p class="site-name" lang="en">{ "STV Scheme check" }</p>
            <h1>{ "Does your invitation fit Hong Kong's short-term visitor scheme?" }</h1>
            <p class="lede">
                { "Enter the details of your invitation letter and your trip. The check runs on this device as you type: nothing you enter is sent anywhere." }
            </p>
        </header>
        <main class="layout">
            <div class="inputs">
                <LetterView form={form.clone()} on_edit={on_edit.clone()} />
                <section aria-labelledby="form-title">
                    <h2 id="form-title">{ "Your letter and your trip" }</h2>
                    <CaseFormView form={form.clone()} errors={errors.clone()} {on_edit} />
                </section>
            </div>
            <section id="result" class="result" aria-labelledby="result-title">
                <ResultView {assessment} {errors} blank={form.is_blank()} />
            </section>
        </main>
        if !form.is_blank() {
            <nav class="verdict-bar" aria-label="Result"><a href="#result">{ "See the result" }</a></nav>
        }
        <footer class="site">
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
