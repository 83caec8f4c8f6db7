//! Browser tests of the page (wasm-bindgen-test in headless Chromium): the form drives the verdict, bad input is
//! shown next to its field without losing what was typed, and trips can be added and removed.
//! Run by the README's test command: `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use stv_check::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A page mounted in its own element, removed when dropped.
struct Page {
    root: Element,
}

impl Page {
    async fn open() -> Page {
        let document = web_sys::window().unwrap().document().unwrap();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        yew::Renderer::<App>::with_root(root.clone()).render();
        // The page is drawn in stages, the footer last: wait for it, as a person would wait for the page.
        for _ in 0..100 {
            settle().await;
            if root.query_selector("footer.site").unwrap().is_some() {
                break;
            }
        }
        Page { root }
    }

    fn find(&self, selector: &str) -> Element {
        self.root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("{selector} is on the page"))
    }

    fn has(&self, selector: &str) -> bool {
        self.root.query_selector(selector).unwrap().is_some()
    }

    /// Types into an input as a person would: the value changes, then an input event bubbles up.
    async fn type_into(&self, id: &str, value: &str) {
        let input: HtmlInputElement = self.find(&format!("#{id}")).dyn_into().unwrap();
        input.set_value(value);
        let init = EventInit::new();
        init.set_bubbles(true);
        input.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
        settle().await;
    }

    async fn choose(&self, id: &str, value: &str) {
        let select: HtmlSelectElement = self.find(&format!("#{id}")).dyn_into().unwrap();
        select.set_value(value);
        let init = EventInit::new();
        init.set_bubbles(true);
        select.dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
        settle().await;
    }

    async fn click(&self, selector: &str) {
        let el: HtmlElement = self.find(selector).dyn_into().unwrap();
        el.click();
        settle().await;
    }

    fn click_button_labelled(&self, text: &str) -> HtmlElement {
        let buttons = self.root.query_selector_all("button").unwrap();
        (0..buttons.length())
            .filter_map(|i| buttons.item(i))
            .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
            .find(|b| b.text_content().unwrap_or_default() == text)
            .unwrap_or_else(|| panic!("a button labelled {text:?}"))
    }

    fn verdict(&self) -> String {
        self.find("[data-verdict]").get_attribute("data-verdict").unwrap()
    }

    fn text(&self, selector: &str) -> String {
        self.find(selector).text_content().unwrap_or_default()
    }

    fn value(&self, id: &str) -> String {
        self.find(&format!("#{id}")).dyn_into::<HtmlInputElement>().unwrap().value()
    }

    async fn fill_violinist(&self) {
        self.type_into("host", "Hong Kong Academy for Performing Arts").await;
        self.type_into("nationality", "GBR").await;
        self.type_into("activity", "masterclasses and one public recital").await;
        self.type_into("role", "guest violinist").await;
        self.type_into("trip-0-arrival", "2026-03-01").await;
        self.type_into("trip-0-departure", "2026-03-20").await;
        self.type_into("trip-0-span-0-from", "2026-03-02").await;
        self.type_into("trip-0-span-0-to", "2026-03-09").await;
    }
}

impl Drop for Page {
    fn drop(&mut self) {
        self.root.remove();
    }
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

#[wasm_bindgen_test]
async fn a_blank_form_asks_for_the_details() {
    let page = Page::open().await;
    assert_eq!(page.verdict(), "none");
    assert!(page.text("#result").contains("runs as you type"));
}

#[wasm_bindgen_test]
async fn filling_the_form_gives_the_verdict_with_findings_and_a_calendar() {
    let page = Page::open().await;
    page.fill_violinist().await;
    assert_eq!(page.verdict(), "eligible");
    let window = page.find("[data-rule='window-14-days']");
    assert_eq!(window.get_attribute("data-outcome").as_deref(), Some("pass"));
    assert!(window.text_content().unwrap().contains("15 March 2026 (day 14)"));
    assert!(page.has(".findings a[href^='https://www.immd.gov.hk/']"), "findings link their sources");
    assert!(page.text(".calendar figcaption").contains("14-day window: 2 March 2026 (day 1) to 15 March 2026 (day 14)"));
    assert!(page.text(".match").contains("On the bundled list"));
}

#[wasm_bindgen_test]
async fn the_check_reruns_as_the_user_types() {
    let page = Page::open().await;
    page.fill_violinist().await;
    page.type_into("trip-0-span-0-to", "2026-03-16").await;
    assert_eq!(page.verdict(), "not_eligible");
    assert!(page.text("[data-rule='window-14-days']").contains("16 March 2026 would be day 15"));
    page.type_into("nationality", "Nigeria").await;
    page.type_into("trip-0-span-0-to", "2026-03-09").await;
    assert_eq!(page.verdict(), "eligible_with_conditions");
    // HKAPA is not listed under Maritime: that alone leaves the host unconfirmed for it.
    page.choose("sector", "maritime").await;
    assert_eq!(page.verdict(), "unconfirmed", "HKAPA is listed under Higher Education, not Maritime");
    page.type_into("host", "Marine Department").await;
    assert_eq!(page.verdict(), "eligible_with_conditions", "Maritime was in the scheme by March 2026");
    page.type_into("trip-0-arrival", "2025-10-27").await;
    page.type_into("trip-0-departure", "2025-11-02").await;
    page.type_into("trip-0-span-0-from", "2025-10-28").await;
    page.type_into("trip-0-span-0-to", "2025-10-31").await;
    assert_eq!(page.verdict(), "not_eligible", "Maritime joined on 1 November 2025");
    assert!(page.text("[data-rule='sector-in-force']").contains("Maritime sector joined the scheme on 1 November 2025"));
}

#[wasm_bindgen_test]
async fn bad_input_is_named_next_to_its_field_and_kept() {
    let page = Page::open().await;
    page.fill_violinist().await;
    page.type_into("nationality", "Narnia").await;
    assert_eq!(page.verdict(), "input-errors");
    assert!(page.text("#nationality-error").contains("not a nationality the checker knows"));
    assert_eq!(page.find("#nationality").get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(page.value("nationality"), "Narnia", "what the user typed stays");
    assert!(page.has("#result a[href='#nationality']"), "the problem list links to the field");
    page.type_into("nationality", "Japan").await;
    assert_eq!(page.verdict(), "eligible");
    assert!(!page.has("#nationality-error"));
}

#[wasm_bindgen_test]
async fn an_unknown_host_offers_the_closest_name() {
    let page = Page::open().await;
    page.fill_violinist().await;
    page.type_into("host", "Hong Kong Acadamy for Performing Arts").await;
    assert_eq!(page.verdict(), "unconfirmed");
    let suggestion = page.click_button_labelled("Hong Kong Academy for Performing Arts");
    suggestion.click();
    settle().await;
    assert_eq!(page.value("host"), "Hong Kong Academy for Performing Arts");
    assert_eq!(page.verdict(), "eligible");
}

#[wasm_bindgen_test]
async fn trips_can_be_added_and_removed_without_losing_the_others() {
    let page = Page::open().await;
    page.fill_violinist().await;
    page.click_button_labelled("Add another trip").click();
    settle().await;
    page.type_into("trip-1-arrival", "2026-03-22").await;
    page.type_into("trip-1-departure", "2026-03-30").await;
    page.type_into("trip-1-span-0-from", "2026-03-23").await;
    assert_eq!(page.verdict(), "eligible");
    assert_eq!(page.find("[data-rule='reentry-pattern']").get_attribute("data-outcome").as_deref(), Some("warning"));
    assert_eq!(page.root.query_selector_all(".calendar").unwrap().length(), 2);
    page.click_button_labelled("Remove trip 2").click();
    settle().await;
    assert_eq!(page.value("trip-0-arrival"), "2026-03-01");
    assert!(!page.has("#trip-1-arrival"));
    assert!(!page.has("[data-rule='reentry-pattern']"));
}

#[wasm_bindgen_test]
async fn a_missing_arrival_is_asked_for() {
    let page = Page::open().await;
    page.type_into("trip-0-span-0-from", "2026-03-02").await;
    assert_eq!(page.verdict(), "input-errors");
    assert!(page.text("#trip-0-arrival-error").contains("Enter the date you arrive"));
    page.click("#result a[href='#trip-0-arrival']").await;
}

#[wasm_bindgen_test]
async fn a_pasted_letter_fills_the_form_and_links_each_field_to_its_text() {
    let page = Page::open().await;
    let letter = "HONG KONG ACADEMY FOR PERFORMING ARTS\n\n10 January 2026\n\nDear Ms Sato,\n\nNationality: Japanese\n\
        Passport No.: TZ1234567\nRole: dancer\nActivity: rehearsals and performances\n\
        You will arrive on 5 August 2026 and perform from 11 to 25 August 2026.\n";
    let textarea: web_sys::HtmlTextAreaElement = page.find("#letter").dyn_into().unwrap();
    textarea.set_value(letter);
    let init = EventInit::new();
    init.set_bubbles(true);
    textarea.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    settle().await;
    assert_eq!(page.value("host"), "Hong Kong Academy for Performing Arts");
    assert_eq!(page.value("trip-0-span-0-to"), "2026-08-25");
    assert_eq!(page.verdict(), "not_eligible", "25 August is day 15");
    // The field links to the highlighted text, and the highlight back to the field.
    assert!(page.has("a[href='#letter-role']"));
    assert_eq!(page.find("#letter-role a").get_attribute("href").as_deref(), Some("#role"));
    // The travel document is masked wherever it is shown.
    assert!(!page.text(".found").contains("TZ1234567"));
    assert!(page.text(".found").contains("••••••567"));
    // Correcting a field re-runs the check at once; the letter is not read over it.
    page.type_into("trip-0-span-0-to", "2026-08-24").await;
    assert_eq!(page.verdict(), "eligible");
    assert_eq!(textarea.value(), letter, "the pasted text is kept");
}

/// Pastes rows into the delegation's text box as a person would.
async fn paste_rows(page: &Page, text: &str) {
    let textarea: web_sys::HtmlTextAreaElement = page.find("#batch-rows").dyn_into().unwrap();
    textarea.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    textarea.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    settle().await;
}

fn verdicts(page: &Page) -> Vec<String> {
    let rows = page.root.query_selector_all("tr[data-verdict]").unwrap();
    (0..rows.length())
        .filter_map(|i| rows.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .map(|e| e.get_attribute("data-verdict").unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn a_delegations_column_chosen_for_a_field_changes_the_verdicts() {
    let page = Page::open().await;
    page.click_button_labelled("A delegation (organisers)").click();
    settle().await;
    page.type_into("batch-host", "Hong Kong Academy for Performing Arts").await;
    page.type_into("batch-activity", "masterclasses and concerts").await;
    page.type_into("batch-role", "musician").await;
    let rows = "Guest,Passport country,Date of arrival,E-mail,Playing\n\
        Amelia Hart,United Kingdom,01/03/2027,amelia@example.org,02/03/2027 - 16/03/2027\n\
        Kenji Sato,Japan,01/03/2027,kenji@example.jp,02/03/2027\n";
    paste_rows(&page, rows).await;
    // The header is read in the organiser's words, shown under the rows; the column it cannot place is asked for.
    let mapping = page.text(".batch-mapping");
    assert!(mapping.contains("Date of arrival → "), "{mapping}");
    assert!(page.has("#batch-missing-activity_days"), "the missing activity days are named, with a select");
    let before = verdicts(&page);
    assert_eq!(before.len(), 2);
    assert!(page.text("table.batch thead").contains("E-mail"), "every column is kept under its own header");
    // "Playing" (the fifth column) holds the activity days.
    page.choose("batch-missing-activity_days", "4").await;
    assert_eq!(verdicts(&page), ["not_eligible", "eligible"], "16 March is day 15");
    assert_ne!(verdicts(&page), before);
    assert!(!page.has("#batch-missing-activity_days"));
    assert_eq!(page.find("#batch-map-4").dyn_into::<HtmlSelectElement>().unwrap().value(), "activity_days");
    // Changing a column's reading back to nothing is seen at once; the rows pasted are kept.
    page.choose("batch-map-4", "").await;
    assert_eq!(verdicts(&page), before);
    let textarea: web_sys::HtmlTextAreaElement = page.find("#batch-rows").dyn_into().unwrap();
    assert_eq!(textarea.value(), rows);
    // A new paste keeps the choice; dates no value settles are read day-first, and the page asks once.
    page.choose("batch-map-4", "activity_days").await;
    paste_rows(&page, "Guest,Passport country,Date of arrival,E-mail,Playing\nAmelia Hart,United Kingdom,01/03/2027,,02/03/2027\n").await;
    assert_eq!(verdicts(&page), ["eligible"]);
    assert!(page.has("#batch-dates") && page.has(".dates-read li[data-order='dmy']"));
    page.choose("batch-dates", "mdy").await;
    assert!(page.has(".dates-read li[data-order='mdy']") && !page.has(".dates-read li[data-order='dmy']"));
}
