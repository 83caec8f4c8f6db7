//! The page: a thin Yew layer over the engine. It keeps the form as typed ([`crate::form`]), checks it on every
//! change with [`crate::rules::check`], and shows the verdict, the findings with their sources, and each trip as a
//! calendar strip ([`crate::calendar`]). Nothing leaves the page: there is no network code here at all.

mod app;
mod batch_view;
mod calendar_strip;
mod case_form;
mod language;
mod loaded_list;
pub(crate) mod letter_view;
mod result;

pub use app::App;

use std::ops::Deref;
use std::rc::Rc;

use crate::catalogue::Catalogue;

/// The catalogue the page uses: the bundled one, or one with a list the user loaded. Two handles are equal when
/// they are the same catalogue, which is all the components need to know to redraw.
#[derive(Debug, Clone)]
pub struct SharedCatalogue(pub Rc<Catalogue>);

impl PartialEq for SharedCatalogue {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for SharedCatalogue {
    type Target = Catalogue;

    fn deref(&self) -> &Catalogue {
        &self.0
    }
}

/// Mounts the page on the element with id `app` (or the body, if the page has none).
pub fn start() {
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
