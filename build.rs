//! Checks the data under `data/` and embeds it.
//!
//! The catalogue is human-edited, so the build is where a mistake in it is caught: this script reads every data file
//! with the same code the checker uses (`src/catalogue/files.rs`), runs the same checks (`validate.rs`), and stops
//! the build with a list of problems, each naming the file, the entry and what is wrong. When the data is sound it
//! writes it in the packed form of `src/catalogue/packed.rs` to `$OUT_DIR/catalogue.packed`, which
//! `src/catalogue/mod.rs` embeds: the page needs no fetch to start.

#[allow(dead_code)]
#[path = "src/csv.rs"]
mod csv;
#[allow(dead_code)]
#[path = "src/catalogue/files.rs"]
mod files;
#[allow(dead_code)]
#[path = "src/catalogue/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/catalogue/names.rs"]
mod names;
#[allow(dead_code)]
#[path = "src/catalogue/packed.rs"]
mod packed;
#[allow(dead_code)]
#[path = "src/catalogue/validate.rs"]
mod validate;

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=data");
    for f in ["src/csv.rs", "src/catalogue/files.rs", "src/catalogue/model.rs", "src/catalogue/names.rs", "src/catalogue/validate.rs", "src/catalogue/packed.rs"] {
        println!("cargo:rerun-if-changed={f}");
    }

    let data = files::read(Path::new("data")).and_then(|data| {
        let errors = validate::check(&data);
        if errors.is_empty() { Ok(data) } else { Err(errors) }
    });
    let data = match data {
        Ok(d) => d,
        Err(errors) => {
            let mut message = format!("the data under data/ has {} problem(s):\n", errors.len());
            for e in &errors {
                message.push_str(&format!("  - {e}\n"));
            }
            message.push_str("Fix them (data/README.md explains every field), then build again.");
            panic!("{message}");
        }
    };
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalogue.packed");
    std::fs::write(out, packed::write(&data)).expect("OUT_DIR is writable");
}
