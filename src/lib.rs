//! stv-check: does an invitation letter and a planned stay fit Hong Kong's STV Scheme (the "Immigration Facilitation
//! Scheme for Visitors Participating in Short-term Activities in Designated Sectors")?
//!
//! The crate reads from the bottom up:
//! - [`catalogue`]: the bundled data (sectors, authorised hosts, the visa-free table, countries), read from `data/`
//!   and checked at build time, with the lookups the rules need;
//! - [`case`]: what the user tells the checker, and how it is read, with errors that name the field;
//! - [`files`]: a letter opened as a file (PDF, e-mail, text) → its text, for the letter reader;
//! - [`letter`]: the letter reader, which finds a pasted letter's details and where each came from;
//! - [`rules`]: one module per rule id of the specification, giving findings and the verdict;
//! - [`batch`]: a whole delegation checked at once, one row an invitee, with a results table as CSV;
//! - [`form`] and [`calendar`]: the page's form as text and each trip as a strip of days, kept here (not in `ui`) so
//!   that they are tested natively;
//! - `ui` (wasm32 only): the Yew page, a thin layer over the rules;
//! - `src/bin/stv-check.rs`: the command.
//!
//! Everything but `ui` is plain Rust with no web dependency, so the same engine runs in `cargo test`, in the command
//! and in the browser, and nothing the user types ever leaves the device.

pub mod batch;
pub mod calendar;
pub mod case;
pub mod catalogue;
pub mod csv;
pub mod dates;
pub mod files;
pub mod form;
pub mod i18n;
pub mod ics;
pub mod letter;
pub mod rules;
pub mod seen;
pub mod sorting;
pub mod today;
pub mod wire;

#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub mod reader_worker;

pub use case::{Case, InputError};
pub use catalogue::Catalogue;
pub use rules::{check, Assessment, Verdict};
