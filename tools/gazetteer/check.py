#!/usr/bin/env python3
"""Validate gazetteer/*.tsv and gazetteer/rules/*.txt against gazetteer/README.md.

Errors (exit 1): wrong column count, duplicate id, bad id/type/subtype/kb/
country/valid syntax, bad alias syntax (separator, empty alias, stray spaces,
duplicate alias within an entry, a bracket inside an alias), cross-type alias collisions that are not
declared ambiguous.  A collision is declared by a comment line containing
the word AMBIGUOUS directly above one of the two entries.
Warnings: same-type collisions are normal (homonyms) and only counted.
Usage: check.py [gazetteer_dir] [-v]
"""
import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from gazlib import fold  # noqa: E402

TYPES = {"PER", "ORG", "LOC", "MISC"}
SUBTYPES = {"armed_group", "military", "mission", "government", "ministry", "party",
            "intl_org", "ngo", "company", "media", "person", "country", "region",
            "cercle", "province", "department", "town", "locality", "feature",
            "nationality", "ethnic_group", "event", "product", "programme"}
ID_RE = re.compile(r"^(org|per|loc|misc):[a-z0-9][a-z0-9:._-]*$")
KB_RE = re.compile(r"^Q[1-9][0-9]*$")
DATE = r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?"
VALID_RE = re.compile(r"^(%s/(%s)?|/%s)$" % (DATE, DATE, DATE))
COUNTRY_RE = re.compile(r"^[A-Z]{2}$")


def main(argv):
    verbose = "-v" in argv
    args = [a for a in argv if not a.startswith("-")]
    gdir = args[0] if args else os.path.join(os.path.dirname(__file__), "..", "..", "gazetteer")
    errors, warnings = [], []
    ids = {}
    aliases = collections.defaultdict(list)  # fold key -> [(type, where, id, ambiguous)]
    rows = collections.Counter()
    nalias = collections.Counter()
    stop = load_list(os.path.join(gdir, "rules", "stopwords.txt"))
    stop_keys = {fold(w) for w in stop}
    for name in sorted(os.listdir(gdir)):
        if not name.endswith(".tsv"):
            continue
        path = os.path.join(gdir, name)
        prev_comment = ""
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                line = line.rstrip("\n")
                where = "%s:%d" % (name, ln)
                if line.endswith("\r"):
                    errors.append(where + ": CRLF line ending")
                    line = line.rstrip("\r")
                if not line.strip():
                    prev_comment = ""
                    continue
                if line.startswith("#"):
                    prev_comment = line
                    continue
                ambiguous = "AMBIGUOUS" in prev_comment
                prev_comment = ""
                cols = line.split("\t")
                if len(cols) != 8:
                    errors.append("%s: %d columns, expected 8" % (where, len(cols)))
                    continue
                id_, type_, sub, canon, als, kb, country, valid = cols
                rows[name] += 1
                if not ID_RE.match(id_):
                    errors.append("%s: bad id %r" % (where, id_))
                if id_ in ids:
                    errors.append("%s: duplicate id %s (first at %s)" % (where, id_, ids[id_]))
                ids[id_] = where
                if type_ not in TYPES:
                    errors.append("%s: bad type %r" % (where, type_))
                if sub not in SUBTYPES:
                    errors.append("%s: bad subtype %r" % (where, sub))
                if kb and not KB_RE.match(kb):
                    errors.append("%s: bad kb %r" % (where, kb))
                if country and not COUNTRY_RE.match(country):
                    errors.append("%s: bad country %r" % (where, country))
                if valid and not VALID_RE.match(valid):
                    errors.append("%s: bad valid %r" % (where, valid))
                if valid and "/" in valid and valid.split("/")[0] and valid.split("/")[1]:
                    a, b = valid.split("/")
                    if a > b:
                        errors.append("%s: valid range reversed %r" % (where, valid))
                names = [canon]
                if als:
                    if als != als.strip():
                        errors.append("%s: aliases column has leading/trailing space" % where)
                    parts = als.split(" | ")
                    for p in parts:
                        if p == "" or p != p.strip() or "|" in p or "  " in p:
                            errors.append("%s: bad alias %r (separator is ' | ')" % (where, p))
                    names += parts
                if not canon or canon != canon.strip() or "|" in canon:
                    errors.append("%s: bad canonical %r" % (where, canon))
                if len(set(names)) != len(names):
                    errors.append("%s: duplicate alias within entry" % where)
                nalias[name] += len(names)
                seen_here = set()
                for a in names:
                    if a == "=":
                        errors.append("%s: empty exact alias" % where)
                        continue
                    key = fold(a[1:] if a.startswith("=") else a)
                    if "(" in a or ")" in a:
                        errors.append("%s: alias %r holds a bracket (a name and its bracketed "
                                      "acronym are two entities)" % (where, a))
                    if key in seen_here:
                        continue
                    seen_here.add(key)
                    if " " not in key and key in stop_keys and not a.startswith("="):
                        errors.append("%s: alias %r is a rules/stopwords.txt word" % (where, a))
                    aliases[key].append((type_, where, id_, ambiguous))
    # cross-type collisions
    same_type = 0
    for key, lst in sorted(aliases.items()):
        types = {t for t, _, _, _ in lst}
        if len(lst) > 1 and len(types) == 1:
            same_type += 1
        if len(types) > 1:
            declared = any(amb for _, _, _, amb in lst)
            msg = "alias %r claimed by %s" % (key, ", ".join("%s %s (%s)" % (t, i, w) for t, w, i, _ in lst))
            (warnings if declared else errors).append(("declared ambiguous: " if declared else "cross-type collision: ") + msg)
    # rule lists
    rdir = os.path.join(gdir, "rules")
    for name in ["first_names.txt", "person_titles.txt", "name_particles.txt",
                 "org_heads.txt", "place_cues.txt", "stopwords.txt"]:
        path = os.path.join(rdir, name)
        if not os.path.exists(path):
            errors.append("rules/%s: missing" % name)
            continue
        seen = {}
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                s = line.rstrip("\n")
                if not s.strip() or s.startswith("#"):
                    continue
                if s != s.strip() or "\t" in s:
                    errors.append("rules/%s:%d: stray whitespace %r" % (name, ln, s))
                if s in seen:
                    errors.append("rules/%s:%d: duplicate of line %d" % (name, ln, seen[s]))
                seen[s] = ln
                if name in ("person_titles.txt", "place_cues.txt") and s != s.lower():
                    errors.append("rules/%s:%d: must be lower case: %r" % (name, ln, s))
        rows["rules/" + name] = len(seen)
    for k in sorted(rows):
        print("%-28s %7d rows %8s aliases" % (k, rows[k], nalias.get(k, "")))
    print("total: %d entries, %d names (canonical+aliases), %d same-type shared keys (homonyms)"
          % (sum(v for k, v in rows.items() if k.endswith(".tsv")), sum(nalias.values()), same_type))
    for w in warnings if verbose else []:
        print("WARNING", w)
    if warnings and not verbose:
        print("%d declared ambiguities (-v to list)" % len(warnings))
    for e in errors:
        print("ERROR", e)
    print("%d errors" % len(errors))
    return 1 if errors else 0


def load_list(path):
    out = []
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            s = line.strip()
            if s and not s.startswith("#"):
                out.append(s)
    return out


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
