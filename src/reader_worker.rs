//! The letter reader as the page's second part: a Web Worker that reads each letter the page sends it and answers
//! with the reading ([`crate::wire`]). It keeps the reader, its tables and the work of reading long letters off the
//! page's first load and off its main thread.
//!
//! The two ends are a few lines of `web_sys` rather than `gloo-worker`: measured in the release build, gloo-worker's
//! bridge (its futures, codec and handler maps) added about 8 KB brotli to the first load, more than moving the
//! reader out saved; this needs one message each way.
//!
//! The protocol: the worker says "ready" (an empty string) once its WebAssembly runs; the page then sends the latest
//! letter, and each later one, as a string; the worker answers each with `<length of the letter>:<letter><reading>`,
//! so that the page applies a reading only to the letter it was made from.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::letter::Extraction;

/// Run in the worker: read each letter the page sends, and say "ready" first.
pub fn register() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let answer = scope.clone();
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let Some(text) = event.data().as_string() else { return };
        let reading = crate::letter::extract(&text, crate::Catalogue::bundled());
        let reply = format!("{}:{text}{}", text.len(), crate::wire::encode(&reading));
        let _ = answer.post_message(&JsValue::from_str(&reply));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(""));
}

/// The page's end: the worker, whether it has said it is ready, and the letter waiting for it if not.
pub struct Reader {
    worker: web_sys::Worker,
    state: Rc<RefCell<(bool, Option<String>)>>,
}

impl Reader {
    /// Starts the worker from its loader script (`loader`, the address the built page names) and calls `on_read`
    /// with each reading as it comes back.
    pub fn spawn(loader: &str, on_read: impl Fn(String, Extraction) + 'static) -> Option<Reader> {
        let worker = web_sys::Worker::new(loader).ok()?;
        let state = Rc::new(RefCell::new((false, None::<String>)));
        let (to_worker, ready) = (worker.clone(), state.clone());
        let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let Some(reply) = event.data().as_string() else { return };
            if reply.is_empty() {
                let waiting = {
                    let mut s = ready.borrow_mut();
                    s.0 = true;
                    s.1.take()
                };
                if let Some(text) = waiting {
                    let _ = to_worker.post_message(&JsValue::from_str(&text));
                }
                return;
            }
            if let Some((text, reading)) = split(&reply) {
                if let Some(reading) = crate::wire::decode(reading) {
                    on_read(text.to_string(), reading);
                }
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        Some(Reader { worker, state })
    }

    /// Reads a letter: now if the worker is ready, else as soon as it is (only the latest letter waits).
    pub fn read(&self, text: String) {
        let mut s = self.state.borrow_mut();
        if s.0 {
            let _ = self.worker.post_message(&JsValue::from_str(&text));
        } else {
            s.1 = Some(text);
        }
    }
}

/// `<length>:<letter><reading>` → the letter and the reading.
fn split(reply: &str) -> Option<(&str, &str)> {
    let (len, rest) = reply.split_once(':')?;
    let len: usize = len.parse().ok()?;
    Some((rest.get(..len)?, rest.get(len..)?))
}
