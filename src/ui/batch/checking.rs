//! Checking a delegation without freezing the page: the rows go to the page's worker (the second part, loaded on
//! first use: `src/reader_worker.rs`), which reads the sheet and checks every row off the main thread and answers
//! with the delegation checked. A newer paste or choice is asked under a newer number, and only the answer to the
//! latest is shown; until it comes, the previous answer stays and the page says it is checking.

use std::rc::Rc;

use yew::prelude::*;

use super::Checked;
use crate::batch::state::Delegation;
use crate::ui::SharedCatalogue;
use crate::wire::DelegationRequest;

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |c| c.now())
}

/// The delegation checked (`None` before the first answer), and whether a newer check is under way. The time in
/// the answer is from asking to answering, in this browser.
#[hook]
pub fn use_checked(d: Rc<Delegation>, catalogue: SharedCatalogue) -> (Option<Rc<Checked>>, bool) {
    let answer = use_state(|| None::<Rc<Checked>>);
    // The number of the latest question, and when it was asked.
    let asked = use_mut_ref(|| (0u32, 0.0f64));
    let answered = use_state(|| 0u32);
    {
        let (answer, asked, answered) = (answer.clone(), asked.clone(), answered.clone());
        use_effect_with((), move |_| {
            crate::reader_worker::on_delegation(move |number, result| {
                let (latest, at) = *asked.borrow();
                if number == latest {
                    answer.set(Some(Rc::new((Some(result), now() - at))));
                    answered.set(number);
                }
            });
        });
    }
    {
        let (answer, asked, answered) = (answer.clone(), asked.clone(), answered.clone());
        use_effect_with((d.rows.clone(), d.shared(), d.options.clone(), catalogue), move |(rows, shared, options, catalogue)| {
            let number = asked.borrow().0 + 1;
            *asked.borrow_mut() = (number, now());
            if rows.trim().is_empty() {
                answer.set(Some(Rc::new((None, 0.0))));
                answered.set(number);
                return;
            }
            // The organisations of an official list the person loaded go with the rows: the worker has no storage.
            let loaded = catalogue.data.organisations.iter().filter(|o| o.loaded_on.is_some()).cloned().collect();
            crate::ui::app::start_worker();
            crate::reader_worker::check_delegation(
                number,
                &DelegationRequest { rows: rows.clone(), options: options.clone(), shared: shared.clone(), loaded },
            );
        });
    }
    let checking = *answered != asked.borrow().0;
    ((*answer).clone(), checking)
}
