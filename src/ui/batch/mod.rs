//! For organisers: one host, many invitees. Rows pasted from a spreadsheet or opened from a CSV or TSV file are
//! checked as they come. The view is drawn from one [`Delegation`] (plain Rust, in `src/batch/state.rs`) by small
//! components: the input, how the columns and dates are read, the summary with its export, and the table. Nothing
//! leaves the device: the export is made in the page.

mod checking;
mod input;
mod mapping;
mod summary;
mod table;

use std::rc::Rc;

use yew::prelude::*;

use super::SharedCatalogue;
use crate::batch::state::{Delegation, Edit};
use crate::batch::{Batch, BatchError};
use crate::i18n::{Lang, Msg};

/// A value the components share, equal only to itself: comparing two checked delegations row by row on every draw
/// would cost more than drawing them.
pub struct Same<T>(pub Rc<T>);

impl<T> Clone for Same<T> {
    fn clone(&self) -> Self {
        Same(self.0.clone())
    }
}

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The delegation's state for Yew's reducer.
#[derive(Default, PartialEq)]
struct Store(Rc<Delegation>);

impl Reducible for Store {
    type Action = Edit;

    fn reduce(self: Rc<Self>, edit: Edit) -> Rc<Self> {
        let mut d = (*self.0).clone();
        d.apply(edit);
        Rc::new(Store(Rc::new(d)))
    }
}

/// The rows checked (`None` while there are none), and how long reading and checking took in this browser.
pub type Checked = (Option<Result<Batch, BatchError>>, f64);

#[derive(Properties, PartialEq)]
pub struct Props {
    pub catalogue: SharedCatalogue,
}

#[component]
pub fn BatchView(props: &Props) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let store = use_reducer(Store::default);
    let on_edit = {
        let store = store.dispatcher();
        Callback::from(move |e: Edit| store.dispatch(e))
    };
    // Workbooks are opened by the page's second part; their sheets come back here.
    {
        let store = store.dispatcher();
        use_effect_with((), move |_| {
            let failed = store.clone();
            crate::reader_worker::on_workbook(move |file, read| {
                store.dispatch(match read {
                    Ok(opened) => Edit::OpenedSheet(file, opened),
                    Err(e) => Edit::SheetFailed(file, e.0),
                });
            });
            crate::reader_worker::on_workbook_failed(move |file| failed.dispatch(Edit::SheetFailed(file, Msg::BatchReaderUnavailable.into())));
        });
    }
    let d = store.0.clone();
    let (checked, checking) = checking::use_checked(d.clone(), props.catalogue.clone());
    let state = Same(d.clone());
    let results = match checked {
        // Not yet answered: "checking" is shown above.
        None => html! {},
        Some(c) => match &c.0 {
            None => html! { <p class="hint">{ Msg::BatchNoRows.in_(lang) }</p> },
            Some(Err(e)) => html! { <p class="error" role="alert">{ e.0.render(lang) }</p> },
            Some(Ok(_)) => {
                let checked = Same(c.clone());
                html! {
                    <>
                    <mapping::BatchMapping checked={checked.clone()} on_edit={on_edit.clone()} />
                    <summary::BatchSummary state={state.clone()} checked={checked.clone()} on_edit={on_edit.clone()} />
                    <table::BatchTable view={d.table()} {checked} on_edit={on_edit.clone()} />
                    </>
                }
            }
        },
    };
    html! {
        <section class="batch-view" aria-labelledby="batch-title">
            <h2 id="batch-title">{ Msg::BatchTitle.in_(lang) }</h2>
            <p class="hint">{ Msg::BatchHint.in_(lang) }</p>
            <input::BatchInput {state} catalogue={props.catalogue.clone()} {on_edit} />
            if checking {
                <p class="hint batch-progress" role="status">{ Msg::BatchChecking.in_(lang) }</p>
            }
            <div class="batch-results" aria-live="polite">{ results }</div>
        </section>
    }
}
