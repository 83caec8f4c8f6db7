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
mod own_files;
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
    /// The bundled one before its file has arrived: it knows no host, sector or nationality yet, so nothing is
    /// checked or judged with it (see [`SharedCatalogue::is_ready`]).
    Pending,
    Bundled,
    Loaded(Rc<Catalogue>),
}

impl SharedCatalogue {
    /// Whether the catalogue holds its data, so that what it does not know is really unknown.
    pub fn is_ready(&self) -> bool {
        !matches!(self, SharedCatalogue::Pending)
    }
}

/// Where the page's catalogue file is: here, on its way, or not had on the last try (the page tries again).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CatalogueState {
    Ready,
    Fetching,
    Retrying,
}

impl PartialEq for SharedCatalogue {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (SharedCatalogue::Pending, SharedCatalogue::Pending) | (SharedCatalogue::Bundled, SharedCatalogue::Bundled) => true,
            (SharedCatalogue::Loaded(a), SharedCatalogue::Loaded(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl Deref for SharedCatalogue {
    type Target = Catalogue;

    fn deref(&self) -> &Catalogue {
        match self {
            SharedCatalogue::Pending | SharedCatalogue::Bundled => Catalogue::bundled(),
            SharedCatalogue::Loaded(c) => c,
        }
    }
}

/// Mounts the page on the element with id `app` (or the body, if the page has none) once its words are here. The
/// catalogue follows once the form is drawn (see `app::Checker`).
pub fn start() {
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
