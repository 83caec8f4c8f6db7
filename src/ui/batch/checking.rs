//! Checking a delegation without freezing the page: a list of up to [`SLICE`] rows is checked at once, as the
//! organiser types; a longer one a slice at a time, the page drawing its progress and answering between slices. A
//! newer paste or choice stops the older work.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use yew::prelude::*;

use super::{Checked, Same};
use crate::batch::state::Delegation;
use crate::batch::{prepare, records, Prepared};
use crate::today::hong_kong_today;
use crate::ui::SharedCatalogue;

/// Rows checked in one go.
pub const SLICE: usize = 1000;

/// What a paste needs: nothing more (checked at once), or its rows checked in slices.
enum Work {
    Done(Rc<Checked>),
    Slices(Rc<Prepared>, f64),
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |c| c.now())
}

/// The delegation checked (`None` while a long one is being checked), and the progress of a long one.
#[hook]
pub fn use_checked(d: Rc<Delegation>, catalogue: SharedCatalogue) -> (Option<Rc<Checked>>, Option<(usize, usize)>) {
    let work = use_memo((d.rows.clone(), d.shared(), d.options.clone(), catalogue.clone()), |(rows, shared, options, catalogue)| {
        let start = now();
        if rows.trim().is_empty() {
            return Work::Done(Rc::new((None, 0.0)));
        }
        match records(rows).and_then(|r| prepare(r, options)) {
            Err(e) => Work::Done(Rc::new((Some(Err(e)), now() - start))),
            Ok(sheet) if sheet.len() <= SLICE => {
                let rows = sheet.check_rows(0..SLICE, shared, catalogue, hong_kong_today());
                Work::Done(Rc::new((Some(Ok(sheet.finish(rows))), now() - start)))
            }
            Ok(sheet) => Work::Slices(Rc::new(sheet), now() - start),
        }
    });
    let sliced = use_state(|| None::<Rc<Checked>>);
    let progress = use_state(|| None::<(usize, usize)>);
    {
        let (sliced, progress, shared) = (sliced.clone(), progress.clone(), d.shared());
        use_effect_with(Same(work.clone()), move |work| {
            let stopped = Rc::new(Cell::new(false));
            if let Work::Slices(sheet, prepared_ms) = &*work.0 {
                let (sheet, prepared_ms, stop) = (sheet.clone(), *prepared_ms, stopped.clone());
                sliced.set(None);
                progress.set(Some((0, sheet.len())));
                wasm_bindgen_futures::spawn_local(async move {
                    let (mut rows, mut ms) = (Vec::with_capacity(sheet.len()), prepared_ms);
                    while rows.len() < sheet.len() {
                        let start = now();
                        rows.extend(sheet.check_rows(rows.len()..rows.len() + SLICE, &shared, &catalogue, hong_kong_today()));
                        ms += now() - start;
                        progress.set(Some((rows.len(), sheet.len())));
                        yew::platform::time::sleep(Duration::ZERO).await;
                        if stop.get() {
                            return;
                        }
                    }
                    sliced.set(Some(Rc::new((Some(Ok((*sheet).clone().finish(rows))), ms))));
                    progress.set(None);
                });
            } else {
                progress.set(None);
            }
            move || stopped.set(true)
        });
    }
    match &*work {
        Work::Done(c) => (Some(c.clone()), None),
        Work::Slices(..) => ((*sliced).clone(), *progress),
    }
}
