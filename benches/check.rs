//! How long one check takes, natively: the budget is under 1 ms.
//!
//! A plain timing loop (no benchmark framework, to keep the dependency tree small): it warms up, then reports the
//! median and the best of several batches. Run with `cargo bench --bench check`.

use std::hint::black_box;
use std::time::Instant;

use stv_check::{check, Case, Catalogue};

fn measure(name: &str, mut f: impl FnMut()) {
    for _ in 0..200 {
        f();
    }
    let batch = 1000;
    let mut per_call: Vec<f64> = (0..15)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..batch {
                f();
            }
            start.elapsed().as_nanos() as f64 / batch as f64
        })
        .collect();
    per_call.sort_by(|a, b| a.total_cmp(b));
    println!("{name:<40} median {:>9.1} µs   best {:>9.1} µs", per_call[per_call.len() / 2] / 1000.0, per_call[0] / 1000.0);
}

const BENCH_LETTER: &str = "HONG KONG ACADEMY FOR PERFORMING ARTS\n1 Gloucester Road, Wan Chai\n\n10 January 2026\n\n\
Dear Dr Amelia Hart,\n\nOn behalf of the Hong Kong Academy for Performing Arts, I am pleased to invite you to give two \
masterclasses and one public recital as a guest violinist at the Academy Concert Hall from 2 to 9 March 2026.\n\n\
Name of invitee: Dr Amelia Hart\nNationality: British\nPassport No.: 548712399\nRemuneration: HK$18,000\n\n\
You will arrive in Hong Kong on 1 March 2026 and depart on 20 March 2026.\n\nYours sincerely,\n\nMs Chan Tai Man\n";

fn main() {
    let catalogue = Catalogue::bundled();
    let today = "2026-01-15".parse().unwrap();
    let case = Case::from_json(
        r#"{"host":"The Hong Kong Academy for Performing Arts Ltd","nationality":"United Kingdom",
            "activity":"masterclasses and a recital","role":"guest violinist",
            "trips":[{"arrival":"2026-03-01","departure":"2026-03-20","activity_days":[{"from":"2026-03-02","to":"2026-03-09"}]},
                     {"arrival":"2026-03-25","departure":"2026-04-02","activity_days":["2026-03-26","2026-03-28"]}]}"#,
        catalogue,
    )
    .unwrap();
    let unknown_host = Case { host: Some("Hong Kong Philharmonic Society".into()), ..case.clone() };

    println!("stv-check benchmarks (native, release)");
    measure("one check (known host, two trips)", || {
        black_box(check(black_box(&case), catalogue, today));
    });
    measure("one check (unknown host: closest names)", || {
        black_box(check(black_box(&unknown_host), catalogue, today));
    });
    measure("host lookup", || {
        black_box(catalogue.find_host(black_box("HK Academy for Performing Arts")));
    });
    measure("read a case from JSON", || {
        black_box(Case::from_json(black_box(r#"{"nationality":"JPN","trips":[{"arrival":"2026-03-01","activity_days":["2026-03-02"]}]}"#), catalogue).unwrap());
    });
    // Letters of about 1, 5 and 50 KB: a real letter, padded with more of its body.
    let letter = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/letters/01-hkapa-violinist.txt"))
        .unwrap_or_else(|_| BENCH_LETTER.to_string());
    for kb in [1usize, 5, 50] {
        let mut text = letter.clone();
        while text.len() < kb * 1000 {
            text.push_str("\nThe programme will include rehearsals, a public talk and an open masterclass for students.");
        }
        text.truncate(text.char_indices().take_while(|(b, _)| *b < kb * 1000).count());
        measure(&format!("extract a letter of {kb} KB"), || {
            black_box(stv_check::letter::extract(black_box(&text), catalogue));
        });
    }
    // A delegation of 1,000: eligible rows, visa nationals, a day 15, an unknown host and a bad date, as in the
    // end-to-end test.
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
    let shared = stv_check::batch::Shared { host: Some("HKAPA".into()), activity: Some("concerts".into()), role: Some("musician".into()), sector: None };
    measure("a batch of 1,000 rows", || {
        black_box(stv_check::batch::run(black_box(&rows), &shared, catalogue, today).unwrap());
    });
    let packed = stv_check::catalogue::packed::write(&catalogue.data);
    measure("catalogue load (read and index)", || {
        let data = stv_check::catalogue::packed::read(black_box(&packed)).unwrap();
        black_box(Catalogue::new(data));
    });
}
