//! The page: a thin Yew layer over the engine. It keeps the form as typed ([`crate::form`]), checks it on every
//! change with [`crate::rules::check`], and shows the verdict, the findings with their sources, and each trip as a
//! calendar strip ([`crate::calendar`]). Nothing leaves the page: there is no network code here at all.

pub(crate) mod app;
mod batch;
mod calendar_strip;
mod case_form;
mod fit;
mod language;
mod loaded_list;
pub(crate) mod letter_view;
mod result;

pub use app::App;

use std::ops::Deref;
use std::rc::Rc;

use crate::catalogue::Catalogue;

/// The catalogue the page uses: the bundled one (never copied), or one with a list the user loaded. Two handles are
/// equal when they are the same catalogue, which is all the components need to know to redraw.
#[derive(Debug, Clone)]
pub enum SharedCatalogue {
    Bundled,
    Loaded(Rc<Catalogue>),
}

impl PartialEq for SharedCatalogue {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (SharedCatalogue::Bundled, SharedCatalogue::Bundled) => true,
            (SharedCatalogue::Loaded(a), SharedCatalogue::Loaded(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl Deref for SharedCatalogue {
    type Target = Catalogue;

    fn deref(&self) -> &Catalogue {
        match self {
            SharedCatalogue::Bundled => Catalogue::bundled(),
            SharedCatalogue::Loaded(c) => c,
        }
    }
}

/// Reads the bundled catalogue, then mounts the page on the element with id `app` (or the body, if the page has
/// none) in a task of its own, so that a slow phone is never busy with both at once.
pub fn start() {
    let _ = Catalogue::bundled();
    // The page's words come as a file of their own (fetched alongside the WebAssembly: static/offline.js preloads
    // it), so that a visitor downloads one language, not three. The page is drawn once they are here; should the
    // file be unreachable, it tries English.
    wasm_bindgen_futures::spawn_local(async {
        let first = language::initial();
        if !language::load(first).await {
            language::load(crate::i18n::Lang::En).await;
        }
        mount();
    });
}

fn mount() {
    let document = web_sys::window().and_then(|w| w.document());
    match document.as_ref().and_then(|d| d.get_element_by_id("app")) {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
