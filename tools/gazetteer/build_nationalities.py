#!/usr/bin/env python3
"""Generate gazetteer/nationalities.tsv: nationality and ethnic-group NOUNS
(MISC), capitalized, with their singular/plural and masculine/feminine forms.
The lower-case adjectives (malien, russe) are not entities; the matcher's case
rule (capital in alias => capital in text) keeps them out.
Stems are hand-curated below; regular forms are derived, irregular ones given.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from gazlib import row, write_tsv  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "gazetteer", "nationalities.tsv")

# (masculine singular, country ISO2 or "", extra variants)
NATIONALITIES = [
    ("Malien", "ML", []), ("Burkinabè", "BF", ["Burkinabé", "Burkinabe", "Burkinabès", "Burkinabés"]),
    ("Nigérien", "NE", []), ("Mauritanien", "MR", []), ("Tchadien", "TD", []),
    ("Algérien", "DZ", []), ("Sénégalais", "SN", []), ("Guinéen", "GN", []),
    ("Ivoirien", "CI", []), ("Ghanéen", "GH", []), ("Togolais", "TG", []),
    ("Béninois", "BJ", []), ("Nigérian", "NG", ["Nigerian", "Nigérians", "Nigerians", "Nigériane", "Nigérianes", "Nigériens du Nigeria"]),
    ("Libyen", "LY", []), ("Marocain", "MA", []), ("Tunisien", "TN", []), ("Égyptien", "EG", []),
    ("Soudanais", "SD", []), ("Camerounais", "CM", []), ("Centrafricain", "CF", []),
    ("Congolais", "", []), ("Gabonais", "GA", []), ("Rwandais", "RW", []),
    ("Gambien", "GM", []), ("Libérien", "LR", []), ("Sierra-Léonais", "SL", []),
    ("Bissau-Guinéen", "GW", []), ("Cap-Verdien", "CV", []), ("Sahraoui", "EH", []),
    ("Kényan", "KE", []), ("Éthiopien", "ET", []), ("Somalien", "SO", []), ("Sud-Africain", "ZA", []),
    ("Français", "FR", []), ("Russe", "RU", []), ("Ukrainien", "UA", []), ("Américain", "US", []),
    ("Chinois", "CN", []), ("Turc", "TR", []), ("Allemand", "DE", []),
    ("Britannique", "GB", []), ("Anglais", "GB", []), ("Espagnol", "ES", []), ("Italien", "IT", []),
    ("Belge", "BE", []), ("Canadien", "CA", []), ("Iranien", "IR", []), ("Irakien", "IQ", []),
    ("Syrien", "SY", []), ("Libanais", "LB", []), ("Israélien", "IL", []), ("Palestinien", "PS", []),
    ("Saoudien", "SA", []), ("Qatari", "QA", ["Qatariens", "Qatarien"]), ("Émirati", "AE", []),
    ("Japonais", "JP", []), ("Indien", "IN", []), ("Pakistanais", "PK", []), ("Afghan", "AF", []),
    ("Brésilien", "BR", []), ("Portugais", "PT", []), ("Néerlandais", "NL", []), ("Suédois", "SE", []),
    ("Norvégien", "NO", []), ("Danois", "DK", []), ("Polonais", "PL", []), ("Roumain", "RO", []),
    ("Grec", "GR", []), ("Hongrois", "HU", []), ("Serbe", "RS", []),
    ("Biélorusse", "BY", []), ("Mexicain", "MX", []), ("Cubain", "CU", []), ("Coréen", "", []),
    ("Vietnamien", "VN", []), ("Australien", "AU", []), ("Irlandais", "IE", []), ("Autrichien", "AT", []),
    ("Finlandais", "FI", []), ("Tchèque", "CZ", []), ("Géorgien", "GE", []), ("Arménien", "AM", []),
    ("Azerbaïdjanais", "AZ", []), ("Kazakh", "KZ", []), ("Ouzbek", "UZ", []),
    ("Tchétchène", "", []), ("Yéménite", "YE", []), ("Jordanien", "JO", []), ("Koweïtien", "KW", []),
    ("Omanais", "OM", []),
    # supranational
    ("Européen", "", []), ("Africain", "", []), ("Occidental", "", []),
    ("Sahélien", "", []), ("Ouest-Africain", "", []), ("Maghrébin", "", []), ("Subsaharien", "", []),
    ("Nord-Africain", "", []), ("Asiatique", "", []),
]

# (masculine singular, extra variants); all MISC ethnic_group
ETHNIC = [
    ("Touareg", ["Touaregs", "Touarègue", "Touarègues", "Tuareg", "Tuaregs", "Kel Tamasheq", "Kel Tamacheq"]),
    ("Peul", ["Peuls", "Peule", "Peules", "Peulh", "Peulhs", "Foulani", "Fulani", "Foulbé", "Fulbe"]),
    ("Dogon", []), ("Bambara", []), ("Arabe", []), ("Maure", []),
    ("Songhaï", ["Songhaïs", "Songhay", "Songhays", "Sonrhaï", "Sonraï", "Songhoï"]),
    ("Bozo", []), ("Dozo", ["Dozos", "Donso", "Donsos"]), ("Haoussa", ["Haoussas", "Hausa", "Haussa"]),
    ("Djerma", ["Djermas", "Zarma", "Zarmas", "Zerma"]), ("Kanouri", ["Kanouris", "Kanuri"]),
    ("Toubou", ["Toubous", "Tebu"]), ("Bella", ["Bellas"]), ("Imghad", ["Imrad"]),
    ("Ifoghas", ["Kel Adagh", "Kel Ifoghas"]), ("Daoussahak", ["Idaksahak", "Dawsahak"]),
    ("Minianka", []), ("Sénoufo", ["Senufo"]), ("Malinké", ["Malinkés", "Mandingue", "Mandingues"]),
    ("Mossi", ["Mossis", "Mossé"]), ("Gourmantché", ["Gourmantchés", "Gourmantche"]),
    ("Soninké", ["Soninkés", "Sarakolé", "Sarakolés"]), ("Kounta", []), ("Berbère", ["Amazigh", "Amazighs", "Imazighen"]),
    ("Kabyle", []), ("Samo", []), ("Fulsé", ["Kurumba"]), ("Lobi", []), ("Dioula", []),
    ("Wolof", []), ("Toucouleur", []), ("Kel Ansar", []), ("Lemhar", []),
]


IRREGULAR = {
    "Turc": ["Turc", "Turcs", "Turque", "Turques"],
    "Grec": ["Grec", "Grecs", "Grecque", "Grecques"],
    "Occidental": ["Occidental", "Occidentaux", "Occidentale", "Occidentales"],
    "Ouzbek": ["Ouzbek", "Ouzbeks", "Ouzbèke", "Ouzbèkes"],
}


def forms(m):
    """Regular masculine/feminine, singular/plural forms of a noun."""
    out = [m]
    if m.endswith(("s", "x", "z")):
        mp = m
    else:
        mp = m + "s"
    if m in IRREGULAR:
        return list(IRREGULAR[m])
    if m.endswith("en"):
        f = m + "ne"
    elif m.endswith("e"):
        f = m
    elif m.endswith(("è", "é", "i", "o", "a", "h", "g")) and not m.endswith(("ais", "ois")):
        f = None
    else:
        f = m + "e"
    out.append(mp)
    if f:
        out += [f, f + "s" if not f.endswith("s") else f]
    return out


def slug(s):
    import re
    import unicodedata
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def main():
    rows = []
    for m, cc, extra in NATIONALITIES:
        fs = forms(m) + extra
        if m in ("Burkinabè", "Qatari", "Émirati", "Sahraoui"):
            fs = [m, m + "s"] + extra
        fs = [x for x in fs if x != "Nigériens du Nigeria"]
        rows.append(row("misc:nat:" + slug(m), "MISC", "nationality", fs[1], [fs[0]] + fs[2:], "", cc))
    for m, extra in ETHNIC:
        fs = [m, m + "s"] if not m.endswith(("s", "x")) and " " not in m else [m]
        if m in ("Peul", "Arabe", "Maure", "Berbère", "Kabyle"):
            fs = forms(m)
        fs += extra
        rows.append(row("misc:eth:" + slug(m), "MISC", "ethnic_group", fs[0], fs[1:], "", ""))
    header = [
        "nationalities.tsv -- GENERATED by tools/gazetteer/build_nationalities.py from hand-curated stems;",
        "edit the script, not this file.  Nationality and ethnic-group nouns (MISC), capitalized only.",
    ]
    write_tsv(OUT, header, rows)
    print("nationalities.tsv: %d rows" % len(rows))


if __name__ == "__main__":
    main()
