//! The form in which the checked catalogue is embedded in the binary: one record a line, fields separated by tabs,
//! lists inside a field separated by U+001F, nested records (a sector's bureaux) by U+001E and their fields by
//! U+001D.
//!
//! It exists for the page's sake: reading it takes a few dozen lines of code, where a JSON parser and the
//! deserialisers of every type cost the first load some 15 KB compressed. `build.rs` writes it (after checking the
//! data) and the checker reads it; a round-trip test keeps the two in step. Also compiled into `build.rs`.

use chrono::NaiveDate;

use super::model::{
    iso_date, parse_iso_date, Arrangement, Bureau, CatalogueData, Country, Organisation, OrganisationKind, Scheme,
    Sector, Source, TimelineEvent, VisaRow,
};

const LIST: char = '\u{1f}';
const RECORD: char = '\u{1e}';
const FIELD: char = '\u{1d}';

/// Writes the catalogue. Panics on a value holding a tab, a line break or a separator: `validate` never lets one
/// through, so that would be a bug.
pub fn write(d: &CatalogueData) -> String {
    let mut out = String::new();
    let mut line = |fields: Vec<String>| {
        for f in &fields {
            assert!(!f.contains(['\t', '\n', '\r']), "a data value holds a tab or a line break: {f:?}");
        }
        out.push_str(&fields.join("\t"));
        out.push('\n');
    };
    let list = |v: &[String]| v.join(&LIST.to_string());
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let date = |v: &Option<NaiveDate>| v.map(iso_date).unwrap_or_default();
    let num = |v: Option<u16>| v.map(|n| n.to_string()).unwrap_or_default();
    let s = &d.scheme;
    line(vec![iso_date(d.data_as_of)]);
    line(vec![
        s.name_en.clone(), s.short_name_en.clone(), s.name_zh.clone(), s.short_name_zh.clone(), s.pilot_name_en.clone(),
        s.pilot_name_zh.clone(), iso_date(s.started), iso_date(s.renamed), s.hotline.clone(), s.email.clone(),
        s.list_url.clone(), list(&s.sources),
    ]);
    line(vec![d.timeline.len().to_string(), d.sources.len().to_string(), d.sectors.len().to_string(),
        d.organisations.len().to_string(), d.visa_rows.len().to_string(), d.countries.len().to_string()]);
    for t in &d.timeline {
        line(vec![iso_date(t.date), t.event.clone(), list(&t.sources)]);
    }
    for x in &d.sources {
        line(vec![x.id.clone(), x.title.clone(), x.url.clone(), x.revision.clone()]);
    }
    for x in &d.sectors {
        let bureaux: Vec<String> = x
            .bureaux
            .iter()
            .map(|b| [b.name_en.clone(), opt(&b.name_zh), opt(&b.phone), opt(&b.email), opt(&b.note)].join(&FIELD.to_string()))
            .collect();
        line(vec![
            x.id.clone(), x.name_en.clone(), x.name_zh.clone(), iso_date(x.joined), (x.list_complete as u8).to_string(),
            list(&x.sources), bureaux.join(&RECORD.to_string()),
        ]);
    }
    for o in &d.organisations {
        let kind = match o.kind {
            OrganisationKind::Organisation => "o",
            OrganisationKind::Government => "g",
            OrganisationKind::Class => "c",
        };
        line(vec![
            list(&o.sectors), o.name_en.clone(), opt(&o.name_zh), list(&o.abbreviations), opt(&o.scope), date(&o.since),
            date(&o.until), kind.into(), list(&o.sources), opt(&o.note), o.line.to_string(),
        ]);
    }
    for r in &d.visa_rows {
        line(vec![
            r.row.to_string(), r.name.clone(), num(r.visa_free_days), (r.visa_required as u8).to_string(),
            (r.pre_arrival_registration as u8).to_string(), list(&r.remarks), num(r.diplomatic_official_days),
            list(&r.sources),
        ]);
    }
    for c in &d.countries {
        let arrangement = match c.arrangement {
            Arrangement::VisaTable => "v",
            Arrangement::Mainland => "m",
            Arrangement::Macao => "o",
            Arrangement::Taiwan => "t",
            Arrangement::HongKong => "h",
        };
        line(vec![
            c.alpha2.clone(), c.alpha3.clone(), c.name_en.clone(), c.name_zh.clone(), list(&c.other_names),
            arrangement.into(), c.visa_rows.iter().map(u16::to_string).collect::<Vec<_>>().join(&LIST.to_string()),
            num(c.general_row), list(&c.sources), c.line.to_string(),
        ]);
    }
    out
}

/// Reads what [`write`] wrote; `None` if it is not that.
pub fn read(text: &str) -> Option<CatalogueData> {
    let mut lines = text.lines();
    let mut next = || -> Option<Vec<&str>> { lines.next().map(|l| l.split('\t').collect()) };
    let list = |f: &str| -> Vec<String> {
        if f.is_empty() { Vec::new() } else { f.split(LIST).map(str::to_string).collect() }
    };
    let opt = |f: &str| (!f.is_empty()).then(|| f.to_string());
    let date = |f: &str| parse_iso_date(f);
    let num = |f: &str| f.parse::<u16>().ok();

    let data_as_of = date(next()?.first()?)?;
    let s = next()?;
    let scheme = Scheme {
        name_en: s.first()?.to_string(),
        short_name_en: s.get(1)?.to_string(),
        name_zh: s.get(2)?.to_string(),
        short_name_zh: s.get(3)?.to_string(),
        pilot_name_en: s.get(4)?.to_string(),
        pilot_name_zh: s.get(5)?.to_string(),
        started: date(s.get(6)?)?,
        renamed: date(s.get(7)?)?,
        hotline: s.get(8)?.to_string(),
        email: s.get(9)?.to_string(),
        list_url: s.get(10)?.to_string(),
        sources: list(s.get(11)?),
    };
    let counts: Vec<usize> = next()?.iter().map(|n| n.parse().ok()).collect::<Option<_>>()?;
    let mut d = CatalogueData {
        data_as_of,
        scheme,
        timeline: Vec::new(),
        sources: Vec::new(),
        sectors: Vec::new(),
        organisations: Vec::new(),
        visa_rows: Vec::new(),
        countries: Vec::new(),
    };
    for _ in 0..*counts.first()? {
        let f = next()?;
        d.timeline.push(TimelineEvent { date: date(f.first()?)?, event: f.get(1)?.to_string(), sources: list(f.get(2)?) });
    }
    for _ in 0..*counts.get(1)? {
        let f = next()?;
        d.sources.push(Source { id: f.first()?.to_string(), title: f.get(1)?.to_string(), url: f.get(2)?.to_string(), revision: f.get(3)?.to_string() });
    }
    for _ in 0..*counts.get(2)? {
        let f = next()?;
        let bureaux = f
            .get(6)?
            .split(RECORD)
            .filter(|b| !b.is_empty())
            .map(|b| {
                let p: Vec<&str> = b.split(FIELD).collect();
                Some(Bureau { name_en: p.first()?.to_string(), name_zh: opt(p.get(1)?), phone: opt(p.get(2)?), email: opt(p.get(3)?), note: opt(p.get(4)?) })
            })
            .collect::<Option<Vec<_>>>()?;
        d.sectors.push(Sector {
            id: f.first()?.to_string(),
            name_en: f.get(1)?.to_string(),
            name_zh: f.get(2)?.to_string(),
            joined: date(f.get(3)?)?,
            list_complete: *f.get(4)? == "1",
            sources: list(f.get(5)?),
            bureaux,
        });
    }
    for _ in 0..*counts.get(3)? {
        let f = next()?;
        d.organisations.push(Organisation {
            sectors: list(f.first()?),
            name_en: f.get(1)?.to_string(),
            name_zh: opt(f.get(2)?),
            abbreviations: list(f.get(3)?),
            scope: opt(f.get(4)?),
            since: date(f.get(5)?),
            until: date(f.get(6)?),
            kind: match *f.get(7)? {
                "g" => OrganisationKind::Government,
                "c" => OrganisationKind::Class,
                _ => OrganisationKind::Organisation,
            },
            sources: list(f.get(8)?),
            note: opt(f.get(9)?),
            line: f.get(10)?.parse().ok()?,
            loaded_on: None,
        });
    }
    for _ in 0..*counts.get(4)? {
        let f = next()?;
        d.visa_rows.push(VisaRow {
            row: num(f.first()?)?,
            name: f.get(1)?.to_string(),
            visa_free_days: num(f.get(2)?),
            visa_required: *f.get(3)? == "1",
            pre_arrival_registration: *f.get(4)? == "1",
            remarks: list(f.get(5)?),
            diplomatic_official_days: num(f.get(6)?),
            sources: list(f.get(7)?),
        });
    }
    for _ in 0..*counts.get(5)? {
        let f = next()?;
        d.countries.push(Country {
            alpha2: f.first()?.to_string(),
            alpha3: f.get(1)?.to_string(),
            name_en: f.get(2)?.to_string(),
            name_zh: f.get(3)?.to_string(),
            other_names: list(f.get(4)?),
            arrangement: match *f.get(5)? {
                "m" => Arrangement::Mainland,
                "o" => Arrangement::Macao,
                "t" => Arrangement::Taiwan,
                "h" => Arrangement::HongKong,
                _ => Arrangement::VisaTable,
            },
            visa_rows: list(f.get(6)?).iter().map(|n| n.parse().ok()).collect::<Option<_>>()?,
            general_row: num(f.get(7)?),
            sources: list(f.get(8)?),
            line: f.get(9)?.parse().ok()?,
        });
    }
    Some(d)
}
