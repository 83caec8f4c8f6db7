//! The catalogue: the bundled, checked data, and the lookups the rules make in it (a host by name, a nationality by
//! name or code, a sector by id).
//!
//! The data is read from `data/` and checked by `build.rs`, which writes it in a packed form ([`packed`]). The
//! command and the tests carry it built in; the page fetches it as a file once its form is drawn.
//! [`Catalogue::bundled`] reads it once.

#[cfg(not(target_arch = "wasm32"))]
pub mod files;
pub mod import;
pub mod model;
mod index;
pub mod names;
pub mod packed;
pub mod script;
pub mod validate;

use std::sync::{Mutex, OnceLock};

use crate::seen::Seen;

pub use model::*;
use index::Index;
use names::{country_keys, host_key, nationality_key, nationality_keys_to_try, organisation_keys, row_key, shared_name};

/// The checked data with its look-up indexes.
#[derive(Debug, Clone)]
pub struct Catalogue {
    pub data: CatalogueData,
    /// host key → index into `data.organisations`; built on the first look-up, not when the page starts (on a
    /// phone that is a noticeable part of the start)
    hosts: OnceLock<Index<usize>>,
    /// nationality key → what it names; built on the first look-up
    nationalities: OnceLock<Index<NationalityEntry>>,
    /// The names several countries share ("Congo"), by key, with each country's index; built on the first look-up.
    shared_names: OnceLock<Vec<(String, usize)>>,
    /// The closest names found for a host key: the rows of a delegation share their host, and the search is the
    /// slowest part of a check.
    closest: Recent<Vec<usize>>,
    /// What each host and nationality as written was found to be: a delegation's rows repeat them, and making a
    /// name's key is most of a look-up.
    hosts_found: Recent<Option<usize>>,
    nationalities_found: Recent<Option<NationalityEntry>>,
}

/// A memo the catalogue keeps of its look-ups ([`Seen`], shared by `&self`); a copy of the catalogue starts with
/// an empty one.
#[derive(Debug, Default)]
struct Recent<T>(Mutex<Seen<T>>);

impl<T: Clone> Recent<T> {
    fn get_or(&self, key: &str, find: impl FnOnce() -> T) -> T {
        match self.0.lock() {
            Ok(mut seen) => seen.get_or(key, |_| find()),
            Err(_) => find(),
        }
    }
}

impl<T> Clone for Recent<T> {
    fn clone(&self) -> Self {
        Recent(Mutex::default())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NationalityEntry {
    Country(usize),
    Row(u16),
}

/// What a nationality typed by a user names.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Nationality<'a> {
    /// A country or territory; its general visa row applies unless the user picks another.
    Country(&'a Country),
    /// One particular row of the visa-free table, chosen by its own name ("U.S.A. Diplomatic passports").
    Row(&'a VisaRow),
}

impl Nationality<'_> {
    /// How the page shows what a nationality was read as: "Japan (日本)", or the table row's own name.
    pub fn label(&self, lang: crate::i18n::Lang) -> String {
        match self {
            Nationality::Country(c) => format!("{} ({})", c.name_en, lang.chinese(&c.name_zh)),
            Nationality::Row(r) => r.name.clone(),
        }
    }
}

/// The checked data, packed, built into the command, the tests and the worker's tests. The page does not carry it: it
/// fetches the same text as a file of its own once the form is drawn (see [`Catalogue::install_bundled`]), so that a
/// visitor can start typing before 16 KB of lists have arrived.
#[cfg(any(not(target_arch = "wasm32"), feature = "test-page"))]
const BUNDLED: &str = include_str!(concat!(env!("OUT_DIR"), "/catalogue.packed"));

/// The page's copy of the bundled data, once fetched: the packed text (for its worker) and what it reads as.
#[cfg(all(target_arch = "wasm32", not(feature = "test-page")))]
static FETCHED: OnceLock<(String, Catalogue)> = OnceLock::new();

include!(concat!(env!("OUT_DIR"), "/source_ids.rs"));
include!(concat!(env!("OUT_DIR"), "/simplified.rs"));

/// A character in its Simplified Chinese form, for the catalogue's names (see [`script`]); others are themselves.
pub fn simplified(c: char) -> char {
    script::simplified_in(SIMPLIFIED, c)
}

/// A name in Simplified Chinese characters, for pages in Simplified Chinese.
pub fn simplified_text(text: &str) -> String {
    text.chars().map(simplified).collect()
}

impl Catalogue {
    /// The data bundled at build time. In the page, until its file has arrived (see [`Catalogue::is_ready`]), this is
    /// an empty catalogue that knows no host, sector or nationality: the page checks nothing until then.
    pub fn bundled() -> &'static Catalogue {
        #[cfg(any(not(target_arch = "wasm32"), feature = "test-page"))]
        {
            static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
            CATALOGUE.get_or_init(|| {
                // build.rs wrote this from data it had just checked, so a failure here is a bug in this crate.
                Catalogue::new(packed::read(BUNDLED).expect("the embedded catalogue reads"))
            })
        }
        #[cfg(all(target_arch = "wasm32", not(feature = "test-page")))]
        {
            static NOT_YET: OnceLock<Catalogue> = OnceLock::new();
            match FETCHED.get() {
                Some((_, catalogue)) => catalogue,
                None => NOT_YET.get_or_init(|| Catalogue::new(CatalogueData::default())),
            }
        }
    }

    /// Whether [`Catalogue::bundled`] holds the data: always, except in the page before its file has arrived.
    pub fn is_ready() -> bool {
        #[cfg(all(target_arch = "wasm32", not(feature = "test-page")))]
        return FETCHED.get().is_some();
        #[cfg(any(not(target_arch = "wasm32"), feature = "test-page"))]
        true
    }

    /// The page: the bundled data as fetched from its file. False if the text is not a catalogue (a damaged
    /// download), in which case nothing changes and the page may try again.
    #[cfg(all(target_arch = "wasm32", not(feature = "test-page")))]
    pub fn install_bundled(packed: String) -> bool {
        match Catalogue::from_packed(&packed) {
            Some(catalogue) => {
                let _ = FETCHED.set((packed, catalogue));
                true
            }
            None => false,
        }
    }

    /// The bundled data in its packed form: the page hands it to its worker, which then need not carry a copy of
    /// its own. `None` in the page until it has arrived.
    pub fn bundled_packed() -> Option<&'static str> {
        #[cfg(all(target_arch = "wasm32", not(feature = "test-page")))]
        return FETCHED.get().map(|(packed, _)| packed.as_str());
        #[cfg(any(not(target_arch = "wasm32"), feature = "test-page"))]
        Some(BUNDLED)
    }

    /// A catalogue from its packed form (see [`packed`]); `None` if the text is not one.
    pub fn from_packed(text: &str) -> Option<Catalogue> {
        packed::read(text).map(Catalogue::new)
    }

    pub fn new(data: CatalogueData) -> Catalogue {
        Catalogue {
            data,
            hosts: OnceLock::new(),
            nationalities: OnceLock::new(),
            shared_names: OnceLock::new(),
            closest: Recent::default(),
            hosts_found: Recent::default(),
            nationalities_found: Recent::default(),
        }
    }

    /// Builds the lookups' indexes now rather than on the first lookup: the page and its worker call this while
    /// idle, so that the first delegation or letter does not wait for them.
    pub fn warm(&self) {
        self.hosts();
        self.nationalities();
        self.countries_sharing_keys(&[]);
    }

    /// Every name an organisation is known by; where two share a key, the first wins.
    fn hosts(&self) -> &Index<usize> {
        self.hosts.get_or_init(|| {
            Index::new(
                self.data
                    .organisations
                    .iter()
                    .enumerate()
                    .flat_map(|(i, o)| organisation_keys(o).into_iter().map(move |k| (k, i)))
                    .collect(),
            )
        })
    }

    /// Every name a nationality is known by: the countries', then the visa-free table's rows.
    fn nationalities(&self) -> &Index<NationalityEntry> {
        self.nationalities.get_or_init(|| {
            let mut all: Vec<(String, NationalityEntry)> = self
                .data
                .countries
                .iter()
                .enumerate()
                .flat_map(|(i, c)| country_keys(c).into_iter().map(move |k| (k, NationalityEntry::Country(i))))
                .collect();
            all.extend(self.data.visa_rows.iter().map(|r| (row_key(r), NationalityEntry::Row(r.row))));
            Index::new(all)
        })
    }

    /// This catalogue with an official list the user loaded on the page merged in (see [`import::merge`]); each
    /// organisation from the list remembers the day it was loaded.
    pub fn with_loaded_list(&self, list: Vec<Organisation>, on: chrono::NaiveDate) -> (Catalogue, import::MergeReport) {
        let list = list.into_iter().map(|o| Organisation { loaded_on: Some(on), ..o }).collect();
        let report = import::merge(&self.data.organisations, list);
        let data = CatalogueData { organisations: report.organisations.clone(), ..self.data.clone() };
        (Catalogue::new(data), report)
    }

    pub fn data_as_of(&self) -> chrono::NaiveDate {
        self.data.data_as_of
    }

    pub fn sector(&self, id: &str) -> Option<&Sector> {
        self.data.sectors.iter().find(|s| s.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.data.sources.iter().find(|s| s.id == id)
    }

    pub fn visa_row(&self, row: u16) -> Option<&VisaRow> {
        self.data.visa_rows.get(usize::from(row).checked_sub(1)?).filter(|r| r.row == row)
    }

    /// The organisation a host name means, if the catalogue knows it by that name, a Chinese name or an
    /// abbreviation (ignoring case, punctuation, "The", "Limited" and full-width forms).
    pub fn find_host(&self, name: &str) -> Option<&Organisation> {
        let found = self.hosts_found.get_or(name, || {
            let key = host_key(name);
            if key.is_empty() {
                return None;
            }
            self.hosts().get(&key)
        });
        found.map(|i| &self.data.organisations[i])
    }

    /// Up to `limit` catalogue organisations whose names are close to `name`, closest first: for "did you mean"
    /// and for the page's suggestions. Names sharing most words, or within a couple of typing mistakes, count.
    pub fn closest_hosts(&self, name: &str, limit: usize) -> Vec<&Organisation> {
        let key = host_key(name);
        if key.is_empty() {
            return Vec::new();
        }
        let found = self.closest.get_or(&key, || self.search_closest(&key));
        found.into_iter().take(limit).map(|i| &self.data.organisations[i]).collect()
    }

    /// Every organisation close to `key`, closest first, each once.
    fn search_closest(&self, key: &str) -> Vec<usize> {
        let mut scored: Vec<(u32, usize)> = Vec::new();
        for (k, i) in self.hosts().iter() {
            let score = closeness(key, k);
            if score >= 60 {
                scored.push((score, i));
            }
        }
        // Closest first; among equals, the earlier entry.
        crate::sorting::sort_by_key(&mut scored, |&(score, i)| crate::sorting::number(-(score as i64) * (1 << 32) + i as i64));
        let mut out: Vec<usize> = Vec::new();
        for (_, i) in scored {
            if !out.contains(&i) {
                out.push(i);
            }
        }
        out
    }

    /// Organisations whose English or Chinese name or abbreviation contains what has been typed so far, for the
    /// host field's suggestions. Names that start with it come first.
    pub fn host_suggestions(&self, typed: &str, limit: usize) -> Vec<&Organisation> {
        let orgs = &self.data.organisations;
        typed_matches(&host_key(typed), orgs.len(), |i| organisation_keys(&orgs[i]), limit)
            .into_iter()
            .map(|i| &orgs[i])
            .collect()
    }

    /// What a nationality typed as a table name, an ISO 3166-1 code, a formal state name ("Kingdom of Spain"), a
    /// demonym, or a common English or Chinese name in either script (with 籍, 國籍, 公民 or 人 after it) means. A
    /// name several countries answer to means none of them here: see [`Catalogue::countries_sharing`].
    pub fn find_nationality(&self, text: &str) -> Option<Nationality<'_>> {
        if text.trim().is_empty() {
            // Nothing typed: no need to build the index (the page asks on every redraw).
            return None;
        }
        match self.nationalities_found.get_or(text, || self.nationality_entry(text))? {
            NationalityEntry::Country(i) => Some(Nationality::Country(&self.data.countries[i])),
            NationalityEntry::Row(r) => self.visa_row(r).map(Nationality::Row),
        }
    }

    fn nationality_entry(&self, text: &str) -> Option<NationalityEntry> {
        let keys = nationality_keys_to_try(text);
        let key = &keys[0];
        if key.is_empty() {
            return None;
        }
        if key == "stateless" {
            // The table's row reads "All 'stateless' travel document holders"; people just say "stateless".
            return self.data.visa_rows.iter().find(|r| row_key(r).contains("stateless")).map(|r| NationalityEntry::Row(r.row));
        }
        if !self.countries_sharing_keys(&keys).is_empty() {
            return None;
        }
        keys.into_iter().find_map(|k| self.nationalities().get(&k))
    }

    /// The countries a shared name may mean ("Congo": the Republic of the Congo and the Democratic Republic of the
    /// Congo), marked `?` in `data/countries.csv`; empty for any other name.
    pub fn countries_sharing(&self, text: &str) -> Vec<&Country> {
        self.countries_sharing_keys(&nationality_keys_to_try(text))
    }

    fn countries_sharing_keys(&self, keys: &[String]) -> Vec<&Country> {
        let shared = self.shared_names.get_or_init(|| {
            let mut all: Vec<(String, usize)> = Vec::new();
            for (i, c) in self.data.countries.iter().enumerate() {
                all.extend(c.other_names.iter().filter_map(|n| shared_name(n)).map(|n| (nationality_key(n), i)));
            }
            all
        });
        let mut out: Vec<&Country> = Vec::new();
        for (key, i) in shared {
            if keys.contains(key) && !out.iter().any(|c| std::ptr::eq(*c, &self.data.countries[*i])) {
                out.push(&self.data.countries[*i]);
            }
        }
        out
    }

    /// Countries whose names or codes start with (or else contain) what has been typed, for the nationality field's
    /// suggestions.
    pub fn country_suggestions(&self, typed: &str, limit: usize) -> Vec<&Country> {
        let countries = &self.data.countries;
        typed_matches(&nationality_key(typed), countries.len(), |i| country_keys(&countries[i]), limit)
            .into_iter()
            .map(|i| &countries[i])
            .collect()
    }

    /// The country whose visa rows include `row`, preferring one whose general row it is.
    pub fn country_of_row(&self, row: u16) -> Option<&Country> {
        let mut of_row = self.data.countries.iter().filter(|c| c.visa_rows.contains(&row));
        let first = of_row.next()?;
        if first.general_row == Some(row) {
            return Some(first);
        }
        of_row.find(|c| c.general_row == Some(row)).or(Some(first))
    }
}

/// The indexes (of `count` entries, each with the keys `keys_of` gives) that have a key containing `key`: those
/// with a key that starts with it first, each group in the entries' order; at most `limit`.
fn typed_matches(key: &str, count: usize, keys_of: impl Fn(usize) -> Vec<String>, limit: usize) -> Vec<usize> {
    if key.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<(bool, usize)> = Vec::new();
    for i in 0..count {
        let keys = keys_of(i);
        let starts = keys.iter().any(|k| k.starts_with(key));
        if starts || keys.iter().any(|k| k.contains(key)) {
            hits.push((!starts, i));
        }
    }
    crate::sorting::sort_by_key(&mut hits, |&(later, i)| crate::sorting::number(((later as i64) << 32) + i as i64));
    hits.into_iter().take(limit).map(|(_, i)| i).collect()
}

/// How alike two keys are, 0 to 100: the better of shared words and edit distance.
fn closeness(a: &str, b: &str) -> u32 {
    if a == b {
        return 100;
    }
    let wa: Vec<&str> = a.split(' ').collect();
    let wb: Vec<&str> = b.split(' ').collect();
    let shared = wa.iter().filter(|w| wb.contains(w)).count();
    let words = (shared * 100 / wa.len().max(wb.len())) as u32;
    // One or two mistakes in a long name are a typo; in a short abbreviation they make another word. Two edits
    // cannot bridge a difference in length of more than two, so most names need no edit distance at all.
    let (la, lb) = (a.chars().count(), b.chars().count());
    let edits = if la.max(lb) >= 8 && la.abs_diff(lb) <= 2 {
        let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        match edit_distance(&ca, &cb) {
            d if d <= 2 => 95 - 10 * d as u32,
            _ => 0,
        }
    } else {
        0
    };
    words.max(edits)
}

/// The number of single-character edits between two keys.
pub fn key_distance(a: &str, b: &str) -> usize {
    let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    edit_distance(&ca, &cb)
}

fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cat() -> &'static Catalogue {
        Catalogue::bundled()
    }

    #[test]
    fn the_packed_form_keeps_every_value() {
        let data = files::read(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/data"))).unwrap();
        assert_eq!(packed::read(&packed::write(&data)).unwrap(), data);
        assert_eq!(cat().data, data, "the embedded catalogue is data/ as it is");
    }

    #[test]
    fn the_bundled_data_loads_with_all_seventeen_sectors() {
        assert_eq!(cat().data.sectors.len(), 17);
        assert!(cat().data.sectors.iter().all(|s| !s.list_complete), "no sector's list is complete today");
        assert_eq!(cat().data.visa_rows.len(), 225);
    }

    #[test]
    fn sectors_joined_on_the_dates_of_the_three_waves() {
        let joined = |id: &str| cat().sector(id).unwrap().joined.to_string();
        assert_eq!(joined("arts-and-cultural"), "2022-06-01");
        assert_eq!(joined("finance"), "2023-02-01");
        assert_eq!(joined("development-and-construction"), "2023-02-01");
        assert_eq!(joined("maritime"), "2025-11-01");
        assert_eq!(joined("others"), "2025-11-01");
    }

    #[test]
    fn hosts_are_found_by_loose_names_chinese_names_and_abbreviations() {
        for typed in [
            "Hong Kong Academy for Performing Arts",
            "The Hong Kong Academy for Performing Arts Limited",
            "hong kong academy for performing arts.",
            "HK Academy for Performing Arts",
            "HKAPA",
            "香港演藝學院",
        ] {
            let o = cat().find_host(typed).unwrap_or_else(|| panic!("{typed} not found"));
            assert_eq!(o.name_en, "Hong Kong Academy for Performing Arts");
        }
        assert!(cat().find_host("Hong Kong Rugby Sevens Organising Committee").is_none());
    }

    #[test]
    fn government_bureaux_are_hosts_of_the_others_class() {
        let o = cat().find_host("Home and Youth Affairs Bureau").unwrap();
        assert_eq!(o.kind, OrganisationKind::Government);
        assert_eq!(o.sectors, vec!["others"]);
        assert_eq!(cat().find_host("民政及青年事務局").unwrap().name_en, "Home and Youth Affairs Bureau");
    }

    #[test]
    fn a_typo_is_offered_as_the_closest_name() {
        let close = cat().closest_hosts("Hong Kong Acadamy for Performing Art", 3);
        assert_eq!(close[0].name_en, "Hong Kong Academy for Performing Arts");
        assert!(cat().closest_hosts("Zebra Fan Club", 3).is_empty());
    }

    #[test]
    fn suggestions_match_what_has_been_typed() {
        let s = cat().host_suggestions("home and", 5);
        assert_eq!(s[0].name_en, "Home and Youth Affairs Bureau");
        assert!(cat().host_suggestions("演藝", 5).iter().any(|o| o.name_en.contains("Performing Arts")));
    }

    #[test]
    fn nationalities_by_code_name_and_chinese_name() {
        let country = |t: &str| match cat().find_nationality(t) {
            Some(Nationality::Country(c)) => c.alpha3.clone(),
            other => panic!("{t}: {other:?}"),
        };
        assert_eq!(country("GBR"), "GBR");
        assert_eq!(country("gb"), "GBR");
        assert_eq!(country("United Kingdom"), "GBR");
        assert_eq!(country("英國"), "GBR");
        assert_eq!(country("JAPAN"), "JPN");
        assert_eq!(country("Nigeria"), "NGA");
        assert_eq!(country("new zealand"), "NZL");
        match cat().find_nationality("U.S.A. Diplomatic passports") {
            Some(Nationality::Row(r)) => assert_eq!(r.row, 213),
            other => panic!("{other:?}"),
        }
        assert!(cat().find_nationality("Atlantis").is_none());
        assert_eq!(cat().find_nationality("日本").unwrap().label(crate::i18n::Lang::En), "Japan (日本)");
    }

    #[test]
    fn country_suggestions_put_names_that_start_with_the_text_first() {
        let s: Vec<&str> = cat().country_suggestions("new", 3).iter().map(|c| c.name_en.as_str()).collect();
        assert!(s.contains(&"New Zealand"), "{s:?}");
        assert_eq!(cat().country_suggestions("英", 1)[0].alpha3, "GBR");
    }
}
