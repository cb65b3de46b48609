"""Shared helpers for the gazetteer generators (see gazetteer/README.md)."""
import re
import unicodedata

COLUMNS = ["id", "type", "subtype", "canonical", "aliases", "kb", "country", "valid"]


def fold(s):
    """Folded key as the matcher computes it: lower case, accents removed,
    oe ligature expanded, typographic apostrophes made straight."""
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    return s.lower()


def uniq_aliases(canonical, aliases):
    """Drop aliases equal to the canonical or to an earlier alias, compared
    exactly (distinct spellings that fold alike are kept only when their
    case pattern differs, since case matters for matching)."""
    def key(a):
        if a.startswith("="):
            return ("=", a)
        return (fold(a), tuple(ch.isupper() for ch in strip_accents(a)))
    seen = {key(canonical)}
    out = []
    for a in aliases:
        a = re.sub(r"\s+", " ", a).strip()
        if not a or key(a) in seen:
            continue
        seen.add(key(a))
        out.append(a)
    return out


def strip_accents(s):
    s = unicodedata.normalize("NFD", s)
    return "".join(ch for ch in s if unicodedata.category(ch) != "Mn")


def row(id_, type_, subtype, canonical, aliases=(), kb="", country="", valid=""):
    al = uniq_aliases(canonical, aliases)
    for a in [canonical] + al:
        assert "\t" not in a and "|" not in a, a
    return "\t".join([id_, type_, subtype, canonical, " | ".join(al), kb, country, valid])


def write_tsv(path, header_lines, rows):
    rows = sorted(rows)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header_lines:
            f.write("# " + h + "\n" if h else "#\n")
        f.write("# " + "\t".join(COLUMNS) + "\n")
        for r in rows:
            f.write(r + "\n")


def package_version(name):
    """The installed version of a PyPI package, for the generated files' headers."""
    from importlib.metadata import version
    return version(name)

