//! Checking a delegation without freezing the page: the rows go to the page's worker (the second part, loaded on
//! first use: `src/reader_worker.rs`), which reads the sheet off the main thread and answers with each row's case;
//! the page checks the cases (it has the rules, and any official list the person loaded), a slice of rows at a time
//! for a long list, drawing between slices. A newer paste or choice is asked under a newer number, and only the
//! latest is shown; until it is ready the previous answer stays and the page says it is checking.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use yew::prelude::*;

use super::Checked;
use crate::batch::state::Delegation;
use crate::today::hong_kong_today;
use crate::ui::SharedCatalogue;
use crate::wire::DelegationRequest;

/// Rows checked between two draws.
pub const SLICE: usize = 1000;

/// The number a warm-up is asked under: never a person's (theirs start at 1).
const WARM_UP: u32 = 0;

/// How long after the view opens the warm-up starts (and waits again while a person's sheet is read): after the
/// view is drawn, before a sheet is usually pasted.
const WARM_UP_AFTER: Duration = Duration::from_millis(300);


fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |c| c.now())
}

/// The delegation checked (`None` before the first answer), and whether a newer check is under way. The time in
/// the answer is from asking to the last row checked, in this browser.
#[hook]
pub fn use_checked(d: Rc<Delegation>, catalogue: SharedCatalogue) -> (Option<Rc<Checked>>, bool) {
    let answer = use_state(|| None::<Rc<Checked>>);
    // The number of the latest question, when it was asked, and the catalogue to check its rows with.
    let asked = use_mut_ref(|| (0u32, 0.0f64));
    let checking_with = use_mut_ref(|| catalogue.clone());
    let answered = use_state(|| 0u32);
    *checking_with.borrow_mut() = catalogue.clone();
    {
        let (answer, asked, answered, checking_with) = (answer.clone(), asked.clone(), answered.clone(), checking_with.clone());
        let d = d.clone();
        use_effect_with((), move |_| {
            {
                let (answer, asked, answered) = (answer.clone(), asked.clone(), answered.clone());
                crate::reader_worker::on_delegation_failed(move |number| {
                    if number == asked.borrow().0 {
                        let unavailable = crate::batch::BatchError(crate::i18n::Msg::BatchReaderUnavailable.into());
                        answer.set(Some(Rc::new((Some(Err(unavailable)), 0.0))));
                        answered.set(number);
                    }
                });
            }
            {
                // The warm-up, once the view is drawn and no person's sheet is being read (theirs would take its
                // place if it waits for the worker, never the other way round): once in the page's life, since the
                // browser keeps what it compiled.
                thread_local! {
                    static WARMED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
                }
                let shared = d.shared();
                wasm_bindgen_futures::spawn_local(async move {
                    for _ in 0..20 {
                        yew::platform::time::sleep(WARM_UP_AFTER).await;
                        if WARMED.with(|w| w.get()) {
                            return;
                        }
                        if !crate::reader_worker::delegation_pending() {
                            WARMED.with(|w| w.set(true));
                            crate::ui::app::start_worker();
                            crate::reader_worker::check_delegation(WARM_UP, &DelegationRequest { rows: crate::batch::warm_up_rows(), options: Default::default(), shared });
                            return;
                        }
                    }
                });
            }
            crate::reader_worker::on_delegation(move |number, read| {
                if number == WARM_UP {
                    // Checked as a person's would be, and not shown.
                    if let Ok((mut batch, cases)) = read {
                        let catalogue = checking_with.borrow().clone();
                        crate::batch::check_cases(&mut batch, &cases, 0..cases.len(), &catalogue, hong_kong_today());
                    }
                    return;
                }
                if number != asked.borrow().0 {
                    return;
                }
                let (answer, asked, answered, catalogue) = (answer.clone(), asked.clone(), answered.clone(), checking_with.borrow().clone());
                wasm_bindgen_futures::spawn_local(check(number, read, catalogue, asked, answer, answered));
            });
        });
    }
    {
        let (answer, asked, answered) = (answer.clone(), asked.clone(), answered.clone());
        use_effect_with((d.rows.clone(), d.shared(), d.options.clone(), catalogue), move |(rows, shared, options, _)| {
            let number = asked.borrow().0 + 1;
            *asked.borrow_mut() = (number, now());
            if rows.trim().is_empty() {
                answer.set(Some(Rc::new((None, 0.0))));
                answered.set(number);
                return;
            }
            crate::ui::app::start_worker();
            crate::reader_worker::check_delegation(
                number,
                &DelegationRequest { rows: rows.clone(), options: options.clone(), shared: shared.clone() },
            );
        });
    }
    let checking = *answered != asked.borrow().0;
    ((*answer).clone(), checking)
}

/// Checks the rows the worker read, a slice at a time, and shows them unless a newer question came meanwhile.
async fn check(
    number: u32,
    read: crate::reader_worker::DelegationRead,
    catalogue: SharedCatalogue,
    asked: Rc<RefCell<(u32, f64)>>,
    answer: UseStateHandle<Option<Rc<Checked>>>,
    answered: UseStateHandle<u32>,
) {
    let result = match read {
        Err(e) => Err(e),
        Ok((mut batch, cases)) => {
            let today = hong_kong_today();
            let mut done = 0;
            while done < cases.len() {
                crate::batch::check_cases(&mut batch, &cases, done..done + SLICE, &catalogue, today);
                done += SLICE;
                if done < cases.len() {
                    yew::platform::time::sleep(Duration::ZERO).await;
                    if asked.borrow().0 != number {
                        return;
                    }
                }
            }
            Ok(batch)
        }
    };
    let at = asked.borrow().1;
    answer.set(Some(Rc::new((Some(result), now() - at))));
    answered.set(number);
}
