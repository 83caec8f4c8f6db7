//! How fast the engine is, natively (divan): one check (budget: under 1 ms), a host lookup, reading a case, the
//! catalogue's load, the letter reader on letters of 1, 5 and 50 KB, and a delegation of 1,000 rows.
//! Run with `cargo bench --bench check`; it prints the figures, it asserts none.

use std::sync::OnceLock;

use divan::{black_box, Bencher};
use stv_check::batch::{run, Shared};
use stv_check::catalogue::packed;
use stv_check::{check, Case, Catalogue};

fn main() {
    divan::main();
}

fn today() -> chrono::NaiveDate {
    "2026-01-15".parse().unwrap()
}

fn case(host: &str) -> Case {
    Case::from_json(
        &format!(r#"{{"host":"{host}","nationality":"United Kingdom",
            "activity":"masterclasses and a recital","role":"guest violinist",
            "trips":[{{"arrival":"2026-03-01","departure":"2026-03-20","activity_days":[{{"from":"2026-03-02","to":"2026-03-09"}}]}},
                     {{"arrival":"2026-03-25","departure":"2026-04-02","activity_days":["2026-03-26","2026-03-28"]}}]}}"#),
        Catalogue::bundled(),
    )
    .unwrap()
}

#[divan::bench]
fn one_check_known_host(b: Bencher) {
    let c = case("The Hong Kong Academy for Performing Arts Ltd");
    b.bench(|| check(black_box(&c), Catalogue::bundled(), today()));
}

/// An unknown host the first time (the closest names are searched) ...
#[divan::bench]
fn one_check_unknown_host_first_time(b: Bencher) {
    let c = case("Hong Kong Philharmonic Society");
    // A fresh catalogue for each run (made outside the timing), so that the search is not remembered.
    b.with_inputs(|| Catalogue::bundled().clone()).bench_refs(|fresh| check(black_box(&c), fresh, today()));
}

/// ... and the same host again (a delegation's rows share it).
#[divan::bench]
fn one_check_unknown_host_again(b: Bencher) {
    let c = case("Hong Kong Philharmonic Society");
    b.bench(|| check(black_box(&c), Catalogue::bundled(), today()));
}

#[divan::bench]
fn host_lookup(b: Bencher) {
    b.bench(|| Catalogue::bundled().find_host(black_box("HK Academy for Performing Arts")));
}

#[divan::bench]
fn read_a_case_from_json(b: Bencher) {
    let json = r#"{"nationality":"JPN","trips":[{"arrival":"2026-03-01","activity_days":["2026-03-02"]}]}"#;
    b.bench(|| Case::from_json(black_box(json), Catalogue::bundled()).unwrap());
}

#[divan::bench]
fn catalogue_load(b: Bencher) {
    let text = packed::write(&Catalogue::bundled().data);
    b.bench(|| Catalogue::new(packed::read(black_box(&text)).unwrap()));
}

/// A real letter from the corpus, padded with more of its body to about `kb` kilobytes.
fn letter(kb: usize) -> String {
    let mut text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/letters/01-hkapa-cellist.txt")).unwrap();
    while text.len() < kb * 1000 {
        text.push_str("\nThe programme will include rehearsals, a public talk and an open masterclass for students.");
    }
    text.chars().take(kb * 1000).collect()
}

#[divan::bench(args = [1, 5, 50])]
fn extract_a_letter_kb(b: Bencher, kb: usize) {
    let text = letter(kb);
    b.bench(|| stv_check::letter::extract(black_box(&text), Catalogue::bundled()));
}

/// A delegation of 1,000: eligible rows, visa nationals, a day 15, an unknown host and a bad date, as in the
/// end-to-end test.
fn delegation() -> &'static str {
    static ROWS: OnceLock<String> = OnceLock::new();
    ROWS.get_or_init(|| {
        let mut rows = String::from("name,nationality,arrival,departure,activity_days,host\n");
        for i in 0..1000 {
            rows.push_str(&match i % 10 {
                0..=3 => format!("E{i},GBR,2026-03-01,2026-03-20,2026-03-02 to 2026-03-09,\n"),
                4 | 5 => format!("V{i},Nigeria,2026-03-01,2026-03-10,2026-03-02 to 2026-03-05,\n"),
                6 | 7 => format!("D{i},Japan,2026-03-01,2026-03-20,2026-03-02 to 2026-03-16,\n"),
                8 => format!("U{i},GBR,2026-03-01,2026-03-20,2026-03-02,Harbour Arts Society\n"),
                _ => format!("B{i},GBR,2026-02-30,2026-03-20,2026-03-02,\n"),
            });
        }
        rows
    })
}

/// A delegation of 1,000 invitees who share nothing but the host: each has their own nationality (of 40), dates and
/// role, so that no two rows read or check the same (the worst case for the page's memo of what it has read).
fn varied_delegation() -> &'static str {
    static ROWS: OnceLock<String> = OnceLock::new();
    ROWS.get_or_init(|| {
        let countries = Catalogue::bundled().data.countries.iter().take(40).map(|c| c.name_en.clone()).collect::<Vec<_>>();
        let mut rows = String::from("name,nationality,arrival,departure,activity_days,role\n");
        for i in 0..1000 {
            let (day, month) = (1 + i % 27, 1 + (i / 27) % 12);
            rows.push_str(&format!(
                "Guest {i},\"{}\",{day:02}/{month:02}/2027,{:02}/{month:02}/2027,{:02}/{month:02}/2027 - {:02}/{month:02}/2027,role {i}\n",
                countries[i % 40], day + 1, day, day + 1,
            ));
        }
        rows
    })
}

#[divan::bench(sample_count = 20)]
fn a_batch_of_1000_varied_rows(b: Bencher) {
    let shared = Shared { host: Some("HKAPA".into()), activity: Some("concerts".into()), role: None, sector: None };
    b.bench(|| {
        let batch = run(black_box(varied_delegation()), &shared, Catalogue::bundled(), today()).unwrap();
        assert!(batch.rows.iter().all(|r| r.errors.is_empty()), "every row reads");
        batch
    });
}

#[divan::bench(sample_count = 20)]
fn a_batch_of_1000_rows(b: Bencher) {
    let shared = Shared { host: Some("HKAPA".into()), activity: Some("concerts".into()), role: Some("musician".into()), sector: None };
    b.bench(|| run(black_box(delegation()), &shared, Catalogue::bundled(), today()).unwrap());
}

/// What the page's worker does for a delegation: the sheet read into cases, written as text and read back on the
/// page (the page then checks the cases: `a_batch_of_1000_rows` less the reading).
#[divan::bench(sample_count = 20)]
fn a_batch_of_1000_rows_read_and_across_the_worker(b: Bencher) {
    let shared = Shared { host: Some("HKAPA".into()), activity: Some("concerts".into()), role: Some("musician".into()), sector: None };
    b.bench(|| {
        let read = stv_check::batch::read(black_box(delegation()), &Default::default(), &shared, Catalogue::bundled());
        stv_check::wire::decode_read(&stv_check::wire::encode_read(&read)).unwrap()
    });
}
