#!/usr/bin/env python3
"""Adds ISO 3166-1's formal state names ("Kingdom of Spain") and demonyms ("Spanish") to data/countries.csv's
other_names, from the ISO data carried by the crate keshvar (src/countries/<alpha2>.rs: iso_long_name,
maybe_nationality). Names already there are kept; nothing is removed.

  scripts/iso-country-names.py PATH/TO/keshvar-0.7.0

To get that folder: `cargo new /tmp/k && cd /tmp/k && cargo add keshvar@0.7 && cargo fetch`; it is then under
~/.cargo/registry/src/*/keshvar-0.7.0. Run `cargo test` afterwards: the build refuses a name that means two countries.
"""
import csv, io, re, sys
from pathlib import Path

src = Path(sys.argv[1]) / "src" / "countries"
path = Path(__file__).resolve().parent.parent / "data" / "countries.csv"
text = path.read_text(encoding="utf-8")
rows = list(csv.DictReader(io.StringIO(text)))


def iso(row, field):
    f = src / f"{row['alpha2'].lower()}.rs"
    m = f.exists() and re.search(field + r': (?:Some\()?"([^"]+)"', f.read_text(encoding="utf-8"))
    return m.group(1) if m else None


# A demonym shared by several territories ("French", "Dutch", "American") says which people, not which passport:
# only a demonym that one country alone has is added.
demonyms = {}
for row in rows:
    d = iso(row, "maybe_nationality")
    if d:
        demonyms.setdefault(d.lower(), []).append(row["alpha2"])
taken = {n.lower() for row in rows for n in [row["name_en"], *row["other_names"].split(";")] if n}
added = 0
for row in rows:
    names = []
    formal = iso(row, "iso_long_name")
    if formal:
        names.append(re.sub(r"^The ", "", formal))
    d = iso(row, "maybe_nationality")
    if d and len(demonyms[d.lower()]) == 1 and d.lower() not in taken:
        names.append(d)
    have = [n for n in row["other_names"].split(";") if n]
    known = {n.lower() for n in have + [row["name_en"]]}
    for n in names:
        if n.lower() not in known:
            have.append(n)
            known.add(n.lower())
            added += 1
    row["other_names"] = ";".join(have)
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=list(rows[0].keys()), lineterminator="\n")
w.writeheader()
w.writerows(rows)
path.write_text(out.getvalue(), encoding="utf-8")
print(f"added {added} names to {path}")
