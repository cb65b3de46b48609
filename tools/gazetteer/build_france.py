#!/usr/bin/env python3
"""Generate gazetteer/france.tsv: the French départements and régions.

Source: ISO 3166-2:FR subdivisions (names as the Debian iso-codes project
records them, which for France are the French names) via the PyPI package
pycountry (LGPL-2.1): the 101 départements (metropolitan and overseas), the
13 metropolitan régions, Corse, the Collectivité européenne d'Alsace and the
Métropole de Lyon.  The 22 metropolitan régions of 1982-2015 (still used in
news for history and for the areas they name: Lorraine, Picardie…) are not in
ISO 3166-2 any more; they are listed below with `valid` ending 2015-12.

Names
  * canonical: the usual French name (`Grand Est`, `Pays de la Loire`,
    `Guyane`) where the ISO form differs, the ISO form becoming an alias;
  * aliases: the name with spaces for hyphens where French text writes both
    (`Maine et Loire`, `Seine Saint-Denis`), `département de X` style
    forms are not listed (the place cue stays outside the span at run time).
Filters
  * overseas places already in countries.tsv (ISO 3166-1 codes such as
    `Guadeloupe`, `La Réunion`) and `Paris` (in cities.tsv) are left out;
  * a single-word name that is also a common French word (`Manche`,
    `Somme`, `Lot`, `Cher`…: COMMON_WORD_NAMES) is matched exactly (`=Lot`,
    not `LOT` in a heading) under the full name `département du Lot`;
    `Nord` alone names too many things (`le Nord du Mali`) and is listed
    as `département du Nord` only.
Output is sorted and deterministic.
"""
import os
import sys

import pycountry

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gazlib import fold, package_version, row, write_tsv  # noqa: E402

GAZ = os.path.join(HERE, "..", "..", "gazetteer")
OUT = os.path.join(GAZ, "france.tsv")

# ISO name -> usual French name.
CANONICAL = {
    "Grand-Est": "Grand Est",
    "Pays-de-la-Loire": "Pays de la Loire",
    "Provence-Alpes-Côte-d’Azur": "Provence-Alpes-Côte d'Azur",
    "Guyane (française)": "Guyane",
    "Nord": "département du Nord",
    "Alsace": "Alsace",
}
EXTRA = {
    "Provence-Alpes-Côte-d’Azur": ["PACA", "Provence-Alpes-Côte-d'Azur", "Région Sud"],
    "Auvergne-Rhône-Alpes": ["AURA"],
    "Centre-Val de Loire": ["Centre-Val-de-Loire"],
    "Hauts-de-France": [],
    "Territoire de Belfort": [],
    "Corse": ["Collectivité de Corse"],
    "Alsace": ["Collectivité européenne d'Alsace"],
}
SUBTYPE = {
    "Metropolitan department": "department",
    "Metropolitan region": "region",
    "Metropolitan collectivity with special status": "region",
    "European collectivity": "region",
    "Overseas departmental collectivity": "department",
    "Overseas unique territorial collectivity": "department",
}
SKIP_CODES = {"FR-75C"}  # Paris: the city entry of cities.tsv

# Single-word names that are also common French words (`la manche`, `un
# lot`, `cher`, `il orne`): in capitals (`NUMÉRO DU LOT`) or opening a
# sentence they are not the place, so the name is matched exactly (`=Lot`:
# same case) and the canonical is the full name.
COMMON_WORD_NAMES = {
    "Aube": "département de l'Aube", "Allier": "département de l'Allier", "Cher": "département du Cher",
    "Creuse": "département de la Creuse", "Jura": "département du Jura", "Landes": "département des Landes",
    "Lot": "département du Lot", "Manche": "département de la Manche", "Marne": "département de la Marne",
    "Orne": "département de l'Orne", "Somme": "département de la Somme", "Vienne": "département de la Vienne",
    "Cantal": "département du Cantal", "Calvados": "département du Calvados",
}

# The metropolitan régions of 1982-2015 that the 2016 reform merged (Corse,
# Bretagne, Centre, Île-de-France, Pays de la Loire, Provence-Alpes-Côte d'Azur
# kept their area and are above).  Alsace is the current collectivity above.
FORMER_REGIONS = [
    ("aquitaine", "Aquitaine", []),
    ("auvergne", "Auvergne", []),
    ("basse-normandie", "Basse-Normandie", ["Basse Normandie"]),
    ("bourgogne", "Bourgogne", []),
    ("champagne-ardenne", "Champagne-Ardenne", ["Champagne Ardenne"]),
    ("franche-comte", "Franche-Comté", ["Franche Comté"]),
    ("haute-normandie", "Haute-Normandie", ["Haute Normandie"]),
    ("languedoc-roussillon", "Languedoc-Roussillon", []),
    ("limousin", "Limousin", []),
    ("lorraine", "Lorraine", []),
    ("midi-pyrenees", "Midi-Pyrénées", []),
    ("nord-pas-de-calais", "Nord-Pas-de-Calais", []),
    ("picardie", "Picardie", []),
    ("poitou-charentes", "Poitou-Charentes", []),
    ("rhone-alpes", "Rhône-Alpes", []),
]


def existing_loc_keys():
    """Folded names of LOC entries in countries.tsv and cities.tsv."""
    keys = set()
    for name in ("countries.tsv", "cities.tsv"):
        with open(os.path.join(GAZ, name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                cols = line.rstrip("\n").split("\t")
                if cols[1] == "LOC" and cols[6] in ("FR", "GP", "MQ", "RE", "YT", "GF"):
                    keys.add(fold(cols[3]))
                    keys.update(fold(a) for a in cols[4].split(" | ") if a)
    return keys


def spaced(name):
    """`Maine-et-Loire` → `Maine et Loire`: French text writes both."""
    parts = name.split("-")
    if len(parts) < 3:
        return []
    return [" ".join(parts)]


def main():
    taken = existing_loc_keys()
    rows = []
    for s in pycountry.subdivisions.get(country_code="FR"):
        subtype = SUBTYPE.get(s.type)
        if subtype is None or s.code in SKIP_CODES:
            continue
        iso = s.name
        canonical = CANONICAL.get(iso, COMMON_WORD_NAMES.get(iso, iso))
        if fold(canonical) in taken or fold(iso) in taken:
            continue
        aliases = []
        if canonical != iso and iso != "Nord" and iso not in COMMON_WORD_NAMES and "(" not in iso:
            aliases.append(iso)
        aliases += spaced(canonical)
        aliases += EXTRA.get(iso, [])
        if iso in COMMON_WORD_NAMES:
            aliases.append("=" + iso)
        code = s.code.split("-", 1)[1].lower()
        kind = "dept" if subtype == "department" else "region"
        rows.append(row("loc:fr:%s:%s" % (kind, code), "LOC", subtype, canonical, aliases, "", "FR"))
    for slug, canonical, aliases in FORMER_REGIONS:
        rows.append(row("loc:fr:region1982:" + slug, "LOC", "region", canonical, aliases, "", "FR",
                        "1982/2015-12"))
    header = [
        "france.tsv -- GENERATED by tools/gazetteer/build_france.py; do not edit by hand.",
        "Source: ISO 3166-2:FR subdivision names from the Debian iso-codes project, via the",
        "PyPI package pycountry %s (LGPL-2.1): départements, régions, Corse, Alsace," % package_version("pycountry"),
        "Métropole de Lyon; the régions of 1982-2015 and usual-name fixes are in the script.",
    ]
    write_tsv(OUT, header, rows)
    print("france.tsv: %d rows" % len(rows))


if __name__ == "__main__":
    main()
