//! The page's second part: a Web Worker that reads letters and delegations. It keeps the letter reader, the
//! spreadsheet reader, their tables and the work of reading long letters and sheets off the page's first load and
//! off its main thread.
//!
//! The two ends are a few lines of `web_sys` rather than `gloo-worker`: measured in the release build, gloo-worker's
//! bridge (its futures, codec and handler maps) added about 8 KB brotli to the first load, more than moving the
//! reader out saved; this needs one message each way.
//!
//! The protocol, one string each way ([`crate::wire`] for what is inside): the worker says "ready" (an empty
//! string) once its WebAssembly runs, and the page sends nothing before that (it keeps the latest of each kind).
//! - `K<cue words>` first: the letter reader's cue words, which the page fetched as a file so that its first load
//!   need not carry them ([`crate::letter::install_cues`]);
//! - `C<catalogue>` next: the page's own bundled catalogue, packed, so that the worker carries no second copy
//!   (16 KB brotli of the page's total);
//! - `L<letter>` → `L<length of the letter>:<letter><reading>`: a reading names its letter, so that the page applies
//!   it only to the letter it was made from;
//! - `B<number>:<request>` → `B<number>:<delegation read>`: the rows and each row's case, which the page checks
//!   itself (it has the rules, and any official list the person loaded); it keeps only its latest number's answer;
//! - `P<list>` → `P<length of the list>:<list><list read>` ([`crate::wire::encode_list`]): an official list of
//!   host organisations, checked as the import command checks it; the page merges it into its catalogue;
//! - a file, the one message that is not a string: `[kind, name, bytes, sheet]` (`bytes` a `Uint8Array`, which
//!   the browser hands over without copying it as text):
//!   - kind `F`, a letter's file → `F<length of the name>:<name><0 and the text, or a problem's code>`
//!     ([`crate::files::FileProblem::code`]), then, when it gave text, that text's reading as for `L`;
//!   - kind `W`, a delegation's workbook, its first sheet or the one named → `W<length of the name>:<name><sheet>`
//!     ([`crate::wire::encode_sheet`]: its sheets, and the rows as the delegation's text box takes them).

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::catalogue::Catalogue;
use crate::letter::Extraction;
use crate::wire::DelegationRequest;

/// Run in the worker: read what the page sends, and say "ready" first.
pub fn register() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let answer_to_page = scope.clone();
    // The catalogue the page sends first.
    let bundled: RefCell<Option<Catalogue>> = RefCell::new(None);
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        for reply in answer(&event.data(), &bundled) {
            let _ = answer_to_page.post_message(&JsValue::from_str(&reply));
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(""));
}

/// The worker's answers to one message of the page: a string, or a file (see the protocol above).
fn answer(message: &JsValue, bundled: &RefCell<Option<Catalogue>>) -> Vec<String> {
    match message.as_string() {
        Some(message) => answer_to(&message, bundled).into_iter().collect(),
        None => answer_file(message, bundled),
    }
}

/// The worker's answer to one string message of the page, if it has one.
fn answer_to(message: &str, bundled: &RefCell<Option<Catalogue>>) -> Option<String> {
    if let Some(cues) = message.strip_prefix('K') {
        // The page checked them (see `keep_cues`).
        crate::letter::install_cues(cues.to_string());
        return None;
    }
    if let Some(packed) = message.strip_prefix('C') {
        let catalogue = Catalogue::from_packed(packed);
        if let Some(c) = &catalogue {
            c.warm();
        }
        *bundled.borrow_mut() = catalogue;
        return None;
    }
    let catalogue = bundled.borrow();
    let catalogue = catalogue.as_ref()?;
    if let Some(text) = message.strip_prefix('L') {
        let reading = crate::letter::extract(text, catalogue);
        return Some(format!("L{}:{text}{}", text.len(), crate::wire::encode(&reading)));
    }
    if let Some(list) = message.strip_prefix('P') {
        let sources_ok = |s: &str| catalogue.source(s).is_some() || s.starts_with("https://") || s.starts_with("http://");
        let read = crate::catalogue::import::read_list(list, catalogue, &sources_ok);
        return Some(format!("P{}:{list}{}", list.len(), crate::wire::encode_list(&read)));
    }
    let (number, request) = message.strip_prefix('B')?.split_once(':')?;
    let q = crate::wire::decode_request(request)?;
    let result = crate::batch::read(&q.rows, &q.options, &q.shared, catalogue);
    Some(format!("B{number}:{}", crate::wire::encode_read(&result)))
}

/// A file, `[kind, name, bytes, sheet]`: a letter's text or its problem, then the text's reading; or a workbook's
/// sheet.
fn answer_file(message: &JsValue, bundled: &RefCell<Option<Catalogue>>) -> Vec<String> {
    let parts = js_sys::Array::from(message);
    let name = parts.get(1).as_string().unwrap_or_default();
    let bytes = js_sys::Uint8Array::new(&parts.get(2)).to_vec();
    if parts.get(0).as_string().as_deref() == Some("W") {
        let sheet = parts.get(3).as_string();
        let read = crate::batch::workbook::read(&bytes, &name, sheet.as_deref()).map(|s| crate::wire::OpenedSheet {
            text: crate::batch::to_text(&s.records),
            sheets: s.sheets,
            sheet: s.name,
        });
        return vec![format!("W{}:{name}{}", name.len(), crate::wire::encode_sheet(&read))];
    }
    match crate::files::letter_text(&name, &bytes, crate::files::text::platform) {
        Ok(text) => {
            let reading = answer_to(&format!("L{text}"), bundled);
            [Some(format!("F{}:{name}0{text}", name.len())), reading].into_iter().flatten().collect()
        }
        Err(problem) => vec![format!("F{}:{name}{}", name.len(), problem.code())],
    }
}

/// What the page does with the worker's answers.
#[derive(Default)]
struct Page {
    worker: Option<web_sys::Worker>,
    ready: bool,
    /// What waits for the worker to be ready, the latest of each kind of message (`L`, `B`, `P`, `F`, `W`).
    waiting: Vec<(char, JsValue)>,
    on_letter: Option<Box<dyn Fn(String, Extraction)>>,
    /// The kind and name of each file asked for and not answered, and where what they gave goes.
    files_sent: Vec<(char, String)>,
    on_file: Option<Box<dyn Fn(String, Result<String, crate::files::FileProblem>)>>,
    on_workbook: Option<Box<dyn Fn(String, Result<crate::wire::OpenedSheet, crate::batch::BatchError>)>>,
    /// Told, with the name of each letter's file or workbook asked for, when the worker could not be loaded or
    /// stopped.
    on_file_failed: Option<Box<dyn Fn(String)>>,
    on_workbook_failed: Option<Box<dyn Fn(String)>>,
    on_delegation: Option<Box<dyn Fn(u32, DelegationRead)>>,
    /// Where an official list goes once read, with its text; and the text of the list asked for and not answered.
    on_list: Option<Box<dyn Fn(String, ListRead)>>,
    on_list_failed: Option<Box<dyn Fn(String)>>,
    list_sent: Option<String>,
    /// Told when the worker could not be loaded or stopped, with what was waiting: the letter, the number of the
    /// delegation asked for.
    on_letter_failed: Option<Box<dyn Fn(String)>>,
    on_delegation_failed: Option<Box<dyn Fn(u32)>>,
    /// What was asked and not yet answered (waiting or sent), to say so if the worker fails.
    letter_sent: Option<String>,
    delegation_sent: Option<u32>,
    /// The letter reader's cue words as the page fetched them, for each worker it starts.
    cues: Option<String>,
    /// The worker's code on the page's thread, for the browser tests (see [`start_inline`]).
    #[cfg(feature = "test-page")]
    inline: Option<fn(&JsValue) -> Vec<String>>,
}

thread_local! {
    static PAGE: RefCell<Page> = RefCell::new(Page::default());
}

/// Run in the page: starts the worker from its loader script (`loader`, the address the built page names), once.
pub fn start(loader: &str) {
    // The worker is sent the reader's cue words and the page's catalogue first, so it waits for them: what is asked
    // meanwhile waits in turn, and the page starts the worker again once they have arrived.
    if PAGE.with(|p| p.borrow().worker.is_some()) || !Catalogue::is_ready() || !has_cues() {
        return;
    }
    // A worker that cannot even be made: what waits for it is said to have failed.
    // A module worker: its loader imports the page's own script (src/bin/stv-check-web.rs).
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    let Ok(worker) = web_sys::Worker::new_with_options(loader, &options) else {
        failed();
        return;
    };
    let to_worker = worker.clone();
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let Some(reply) = event.data().as_string() else { return };
        if reply.is_empty() {
            for message in ready() {
                let _ = to_worker.post_message(&message);
            }
        } else {
            receive(&reply);
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // The worker's file could not be had (a dropped connection) or it stopped: what waited is said to have failed,
    // and the next letter or delegation starts a new worker.
    let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |_| failed());
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    PAGE.with(|p| p.borrow_mut().worker = Some(worker));
}

/// What waits for the worker is said to have failed; the next letter or delegation starts a new one.
pub fn failed() {
    let (letter, delegation, files, list) = PAGE.with(|p| {
        let mut p = p.borrow_mut();
        if let Some(w) = p.worker.take() {
            w.terminate();
        }
        p.ready = false;
        // What waited is dropped; what was asked and not answered (waiting or sent) is said to have failed.
        p.waiting.clear();
        (p.letter_sent.take(), p.delegation_sent.take(), std::mem::take(&mut p.files_sent), p.list_sent.take())
    });
    PAGE.with(|p| {
        let p = p.borrow();
        for (kind, name) in files {
            let told = if kind == 'W' { &p.on_workbook_failed } else { &p.on_file_failed };
            if let Some(f) = told {
                f(name);
            }
        }
        if let (Some(text), Some(f)) = (letter, &p.on_letter_failed) {
            f(text);
        }
        if let (Some(number), Some(f)) = (delegation, &p.on_delegation_failed) {
            f(number);
        }
        if let (Some(text), Some(f)) = (list, &p.on_list_failed) {
            f(text);
        }
    });
}

/// Where a letter goes that could not be read because the worker failed.
pub fn on_letter_failed(f: impl Fn(String) + 'static) {
    PAGE.with(|p| p.borrow_mut().on_letter_failed = Some(Box::new(f)));
}

/// Where the number of a delegation goes that could not be read because the worker failed.
pub fn on_delegation_failed(f: impl Fn(u32) + 'static) {
    PAGE.with(|p| p.borrow_mut().on_delegation_failed = Some(Box::new(f)));
}

/// Whether a letter, a file, a delegation or a list waits for the worker to start.
pub fn anything_waiting() -> bool {
    PAGE.with(|p| !p.borrow().waiting.is_empty())
}

/// The worker is ready: what to send it first (the cue words, the catalogue, then what waited).
fn ready() -> Vec<JsValue> {
    PAGE.with(|p| {
        let mut p = p.borrow_mut();
        p.ready = true;
        let cues = p.cues.as_ref().map(|cues| JsValue::from_str(&format!("K{cues}")));
        let catalogue = JsValue::from_str(&format!("C{}", Catalogue::bundled_packed().unwrap_or_default()));
        cues.into_iter().chain([catalogue]).chain(std::mem::take(&mut p.waiting).into_iter().map(|(_, m)| m)).collect()
    })
}

/// Keeps the letter reader's cue words the page fetched, for its worker; false if they are not this build's (a
/// damaged download), and then the page fetches them again.
pub fn keep_cues(text: String) -> bool {
    let ok = crate::letter::cues_of_this_build(&text);
    if ok {
        PAGE.with(|p| p.borrow_mut().cues = Some(text));
    }
    ok
}

/// Whether the page has the cue words its worker needs: always, in the page's test build, which carries them.
pub fn has_cues() -> bool {
    cfg!(feature = "test-page") || PAGE.with(|p| p.borrow().cues.is_some())
}

/// One answer of the worker, handed to whoever waits for it.
fn receive(reply: &str) {
    if let Some(kind @ ('F' | 'W')) = reply.chars().next() {
        let Some((name, answer)) = split(&reply[1..]) else { return };
        PAGE.with(|p| p.borrow_mut().files_sent.retain(|s| *s != (kind, name.to_string())));
        if kind == 'W' {
            let Some(read) = crate::wire::decode_sheet(answer) else { return };
            PAGE.with(|p| {
                if let Some(f) = &p.borrow().on_workbook {
                    f(name.to_string(), read);
                }
            });
            return;
        }
        let read = match answer.strip_prefix('0') {
            Some(text) => Ok(text.to_string()),
            None => Err(answer.chars().next().and_then(crate::files::FileProblem::from_code).unwrap_or(crate::files::FileProblem::Unreadable)),
        };
        PAGE.with(|p| {
            if let Some(f) = &p.borrow().on_file {
                f(name.to_string(), read);
            }
        });
    } else if let Some(rest) = reply.strip_prefix('P') {
        let Some((text, read)) = split(rest) else { return };
        let Some(read) = crate::wire::decode_list(read) else { return };
        PAGE.with(|p| {
            if p.borrow().list_sent.as_deref() != Some(text) {
                return; // an older list's answer
            }
            p.borrow_mut().list_sent = None;
            if let Some(f) = &p.borrow().on_list {
                f(text.to_string(), read);
            }
        });
    } else if let Some(rest) = reply.strip_prefix('L') {
        let Some((text, reading)) = split(rest) else { return };
        let Some(reading) = crate::wire::decode(reading) else { return };
        PAGE.with(|p| {
            if p.borrow().letter_sent.as_deref() == Some(text) {
                p.borrow_mut().letter_sent = None;
            }
            if let Some(f) = &p.borrow().on_letter {
                f(text.to_string(), reading);
            }
        });
    } else if let Some((number, result)) = reply.strip_prefix('B').and_then(|r| r.split_once(':')) {
        let (Ok(number), Some(result)) = (number.parse::<u32>(), crate::wire::decode_read(result)) else { return };
        PAGE.with(|p| {
            if p.borrow().delegation_sent == Some(number) {
                p.borrow_mut().delegation_sent = None;
            }
            if let Some(f) = &p.borrow().on_delegation {
                f(number, result);
            }
        });
    }
}

/// The browser tests (`tests/web.rs`) mount the page without its built files, so without a worker to load: with the
/// feature `test-page` the worker's own code answers on the page's thread instead, through the same messages.
/// The published page is built without it, and carries none of that code.
#[cfg(feature = "test-page")]
pub fn start_inline() {
    thread_local! {
        static CATALOGUE: RefCell<Option<Catalogue>> = const { RefCell::new(None) };
    }
    if PAGE.with(|p| p.borrow().ready) {
        return;
    }
    for message in ready() {
        CATALOGUE.with(|c| answer(&message, c));
    }
    PAGE.with(|p| p.borrow_mut().inline = Some(|message: &JsValue| CATALOGUE.with(|c| answer(message, c))));
}

/// Whether the worker has started and said it is ready.
pub fn is_ready() -> bool {
    PAGE.with(|p| p.borrow().ready)
}

/// Where readings of letters go.
pub fn on_letter(f: impl Fn(String, Extraction) + 'static) {
    PAGE.with(|p| p.borrow_mut().on_letter = Some(Box::new(f)));
}

/// A delegation as the worker read it: its rows and each row's case, not yet checked.
pub type DelegationRead = crate::batch::Read;

/// Where delegations read go, with the number they were asked under.
pub fn on_delegation(f: impl Fn(u32, DelegationRead) + 'static) {
    PAGE.with(|p| p.borrow_mut().on_delegation = Some(Box::new(f)));
}

/// Reads a letter: now if the worker is ready, else as soon as it is (only the latest letter waits).
pub fn read_letter(text: &str) {
    PAGE.with(|p| p.borrow_mut().letter_sent = Some(text.to_string()));
    send('L', JsValue::from_str(&format!("L{text}")));
}

/// Where what a letter's file gave goes: its name, and its text or why it gave none.
pub fn on_file(f: impl Fn(String, Result<String, crate::files::FileProblem>) + 'static) {
    PAGE.with(|p| p.borrow_mut().on_file = Some(Box::new(f)));
}

/// Where a delegation's workbook goes, opened: its name, and its sheet or why it could not be read.
pub fn on_workbook(f: impl Fn(String, Result<crate::wire::OpenedSheet, crate::batch::BatchError>) + 'static) {
    PAGE.with(|p| p.borrow_mut().on_workbook = Some(Box::new(f)));
}

/// Where the name of a letter's file goes that could not be opened because the worker failed.
pub fn on_file_failed(f: impl Fn(String) + 'static) {
    PAGE.with(|p| p.borrow_mut().on_file_failed = Some(Box::new(f)));
}

/// Where the name of a workbook goes that could not be opened because the worker failed.
pub fn on_workbook_failed(f: impl Fn(String) + 'static) {
    PAGE.with(|p| p.borrow_mut().on_workbook_failed = Some(Box::new(f)));
}

/// Opens a letter's file (its name and bytes): now if the worker is ready, else as soon as it is. Its text comes
/// back to [`on_file`], then that text's reading to [`on_letter`].
pub fn open_file(name: &str, bytes: js_sys::Uint8Array) {
    send_file('F', name, bytes, None);
}

/// Opens a delegation's workbook, its first sheet or the one named; the sheet comes back to [`on_workbook`].
pub fn open_workbook(name: &str, bytes: js_sys::Uint8Array, sheet: Option<&str>) {
    send_file('W', name, bytes, sheet);
}

fn send_file(kind: char, name: &str, bytes: js_sys::Uint8Array, sheet: Option<&str>) {
    let sheet = sheet.map_or(JsValue::UNDEFINED, JsValue::from_str);
    let message: JsValue = js_sys::Array::of4(&JsValue::from_str(&kind.to_string()), &JsValue::from_str(name), &bytes, &sheet).into();
    PAGE.with(|p| {
        let mut p = p.borrow_mut();
        p.files_sent.retain(|s| s.0 != kind);
        p.files_sent.push((kind, name.to_string()));
    });
    // A file not answered within a minute has stuck the worker (or its script never came): it is stopped, what it
    // was asked is said to have failed, and the next request starts a new one.
    if let Some(window) = web_sys::window() {
        let asked = (kind, name.to_string());
        let give_up = Closure::once_into_js(move || {
            if PAGE.with(|p| p.borrow().files_sent.contains(&asked)) {
                failed();
            }
        });
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(give_up.unchecked_ref(), 60_000);
    }
    send(kind, message);
}

/// An official list read: its organisations, or what is wrong with it.
pub type ListRead = Result<Vec<crate::catalogue::Organisation>, Vec<crate::catalogue::import::ListError>>;

/// Reads an official list of host organisations: now if the worker is ready, else as soon as it is (only the latest
/// list waits). It comes back to [`on_list`].
pub fn read_list(text: &str) {
    PAGE.with(|p| p.borrow_mut().list_sent = Some(text.to_string()));
    send('P', JsValue::from_str(&format!("P{text}")));
}

/// Where official lists go once read, with their text.
pub fn on_list(f: impl Fn(String, ListRead) + 'static) {
    PAGE.with(|p| p.borrow_mut().on_list = Some(Box::new(f)));
}

/// Where the text of a list goes that could not be read because the worker failed.
pub fn on_list_failed(f: impl Fn(String) + 'static) {
    PAGE.with(|p| p.borrow_mut().on_list_failed = Some(Box::new(f)));
}

/// Whether a delegation was asked for and not yet answered.
pub fn delegation_pending() -> bool {
    PAGE.with(|p| p.borrow().delegation_sent.is_some())
}

/// Asks for a delegation to be read, under a number: now if the worker is ready, else as soon as it is.
pub fn check_delegation(number: u32, request: &DelegationRequest) {
    PAGE.with(|p| p.borrow_mut().delegation_sent = Some(number));
    send('B', JsValue::from_str(&format!("B{number}:{}", crate::wire::encode_request(request))));
}

/// Sends a message of a kind (`L`, `B`, `P`, `F`, `W`) now if the worker is ready, else keeps it, in place of any
/// older one of its kind, until the worker is.
fn send(kind: char, message: JsValue) {
    #[cfg(feature = "test-page")]
    if let Some(inline) = PAGE.with(|p| p.borrow().inline) {
        // Answered a task later, as a worker would.
        wasm_bindgen_futures::spawn_local(async move {
            for reply in inline(&message) {
                receive(&reply);
            }
        });
        return;
    }
    PAGE.with(|p| {
        let mut p = p.borrow_mut();
        match (&p.worker, p.ready) {
            (Some(worker), true) => {
                let _ = worker.post_message(&message);
            }
            _ => {
                p.waiting.retain(|w| w.0 != kind);
                p.waiting.push((kind, message));
            }
        }
    });
}

/// `<length>:<letter><reading>` → the letter and the reading.
fn split(reply: &str) -> Option<(&str, &str)> {
    let (len, rest) = reply.split_once(':')?;
    let len: usize = len.parse().ok()?;
    Some((rest.get(..len)?, rest.get(len..)?))
}
