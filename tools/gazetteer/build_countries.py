#!/usr/bin/env python3
"""Generate gazetteer/countries.tsv from pycountry's ISO 3166-1 list and its
French (iso-codes) translations, plus hand-curated usual names and variants."""
import gettext
import os
import sys

import pycountry

sys.path.insert(0, os.path.dirname(__file__))
from gazlib import package_version, row, write_tsv  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "gazetteer", "countries.tsv")

# Usual French name when it differs from the iso-codes French name.
CANONICAL = {
    "AX": "Îles Åland", "BO": "Bolivie", "BY": "Biélorussie", "BN": "Brunei",
    "CC": "Îles Cocos", "CX": "Île Christmas", "DM": "Commonwealth de la Dominique",
    "FK": "Îles Malouines", "FM": "Micronésie", "GL": "Groenland", "GQ": "Guinée équatoriale",
    "IR": "Iran", "KR": "Corée du Sud", "KP": "Corée du Nord", "LA": "Laos",
    "MD": "Moldavie", "MF": "Saint-Martin", "MO": "Macao", "MU": "Île Maurice",
    "PS": "Palestine", "RE": "La Réunion", "RU": "Russie", "SB": "Îles Salomon",
    "SX": "Sint Maarten", "SY": "Syrie", "TW": "Taïwan", "TZ": "Tanzanie",
    "VA": "Vatican", "VE": "Venezuela", "VI": "Îles Vierges des États-Unis",
    "VN": "Vietnam", "CG": "Congo", "CD": "République démocratique du Congo",
    "CZ": "Tchéquie", "TL": "Timor oriental", "BQ": "Bonaire, Saint-Eustache et Saba",
    "SH": "Sainte-Hélène", "SZ": "Eswatini", "HK": "Hong Kong", "MM": "Birmanie",
    "NU": "Niue", "PW": "Palaos", "SR": "Suriname", "BH": "Bahreïn",
    "CF": "Centrafrique",
}

# Extra aliases (never common French words; short all-caps forms only when
# they are used as names in French news).
EXTRA = {
    "AE": ["EAU", "Émirats", "Emirats arabes unis"],
    "BA": ["Bosnie"], "BF": ["Burkina", "Pays des hommes intègres"],
    "BY": ["Bélarus", "Belarus"], "BO": ["État plurinational de Bolivie"],
    "CD": ["RDC", "RD Congo", "Congo-Kinshasa", "Congo Kinshasa"],
    "CG": ["République du Congo", "Congo-Brazzaville", "Congo Brazzaville"],
    "CF": ["République centrafricaine", "RCA"],
    "CI": ["Côte-d'Ivoire"], "CV": ["Cabo Verde", "Îles du Cap-Vert"],
    "CZ": ["République tchèque"], "DE": ["RFA"],
    "GB": ["Grande-Bretagne", "UK", "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord"],
    "GL": ["Groënland"], "GN": ["Guinée-Conakry", "Guinée Conakry"],
    "GW": ["Guinée Bissau"], "IQ": ["Iraq"], "IR": ["République islamique d'Iran"],
    "KP": ["République populaire démocratique de Corée", "RPDC"],
    "KR": ["République de Corée"], "LA": ["République démocratique populaire lao"],
    "MD": ["Moldova", "République de Moldova"], "MK": ["Macédoine"],
    "MM": ["Myanmar"], "MU": ["République de Maurice"], "NL": ["Hollande"],
    "PS": ["État de Palestine", "Territoires palestiniens"],
    "RE": ["Île de la Réunion"], "RU": ["Fédération de Russie"],
    "SA": ["Royaume d'Arabie saoudite"], "SS": ["Sud-Soudan"],
    "SY": ["République arabe syrienne"], "SZ": ["Swaziland"],
    "TL": ["Timor-Leste", "Timor Oriental"], "TR": ["Türkiye"],
    "TW": ["Taiwan", "Formose"], "TZ": ["République unie de Tanzanie"],
    "US": ["USA", "États-Unis d'Amérique"], "VA": ["Saint-Siège", "Cité du Vatican"],
    "VE": ["Vénézuela"], "VN": ["Viêt Nam", "Viet Nam"], "EH": ["Sahara Occidental"],
    "FK": ["Malouines", "Falkland", "Îles Falkland"], "KM": ["Union des Comores"],
    "MR": ["RIM"], "SV": ["El Salvador"], "ST": ["São Tomé-et-Príncipe", "Sao Tomé-et-Principe"],
    "SR": ["Surinam"], "LR": ["Liberia"], "NG": ["Nigéria"], "KN": ["Saint-Kitts-et-Nevis"],
    "PG": ["Papouasie"], "VC": ["Saint-Vincent"], "LY": ["État de Libye"],
}

# Names from iso-codes that must not be aliases (first names, odd forms).
DROP = {"Dominique", "Maurice", "Îles (Falkland) Malouines", "Saint-Martin (partie française)",
        "Saint-Martin (partie néerlandaise)"}

# Entries outside ISO 3166-1 that French news treats as countries.
NON_ISO = [
    ("loc:country:xk", "Kosovo", [], "Q1246", "XK"),
]

# Wikidata ids of countries (only ones known with confidence).
KB = {
    "FR": "Q142", "ML": "Q912", "NE": "Q1032", "BF": "Q965", "DZ": "Q262", "RU": "Q159",
    "US": "Q30", "TD": "Q657", "MR": "Q1025", "SN": "Q1041", "GN": "Q1006", "CI": "Q1008",
    "GH": "Q117", "TG": "Q945", "BJ": "Q962", "NG": "Q1033", "LY": "Q1016", "MA": "Q1028",
    "TN": "Q948", "EG": "Q79", "DE": "Q183", "GB": "Q145", "CN": "Q148", "TR": "Q43",
    "UA": "Q212", "IT": "Q38", "ES": "Q29", "CA": "Q16", "JP": "Q17", "IN": "Q668",
    "BR": "Q155", "BE": "Q31", "CH": "Q39", "CM": "Q1009", "CF": "Q929", "SD": "Q1049",
    "IR": "Q794", "IQ": "Q796", "SY": "Q858", "IL": "Q801", "SA": "Q851", "QA": "Q846",
    "AE": "Q878", "SL": "Q1044", "LR": "Q1014", "GM": "Q1005", "GW": "Q1007", "CV": "Q1011",
    "CD": "Q974", "CG": "Q971", "GA": "Q1000", "RW": "Q1037", "ET": "Q115", "SO": "Q1045",
    "KE": "Q114", "ZA": "Q258", "AF": "Q889", "PK": "Q843", "NL": "Q55", "PT": "Q45",
    "SE": "Q34", "NO": "Q20", "DK": "Q35", "PL": "Q36", "AT": "Q40", "GR": "Q41",
    "FI": "Q33", "MX": "Q96", "AR": "Q414", "AU": "Q408", "BY": "Q184", "KZ": "Q232",
    "LB": "Q822", "JO": "Q810", "YE": "Q805", "OM": "Q842", "KW": "Q817", "BH": "Q398",
    "SS": "Q958", "ER": "Q986", "DJ": "Q977", "UG": "Q1036", "TZ": "Q924", "MZ": "Q1029",
    "AO": "Q916", "MG": "Q1019", "ZW": "Q954", "ZM": "Q953", "KP": "Q423", "KR": "Q884",
    "VN": "Q881", "ID": "Q252", "IE": "Q27", "HU": "Q28", "CZ": "Q213", "RO": "Q218",
    "BG": "Q219", "RS": "Q403", "HR": "Q224", "LU": "Q32", "IS": "Q189", "CU": "Q241",
    "VE": "Q717", "CO": "Q739", "CL": "Q298", "PE": "Q419", "NZ": "Q664", "TH": "Q869",
    "PH": "Q928", "MY": "Q833", "SG": "Q334", "BD": "Q902", "LK": "Q854", "NP": "Q837",
    "MM": "Q836", "AZ": "Q227", "AM": "Q399", "GE": "Q230", "MD": "Q217", "LT": "Q37",
    "LV": "Q211", "EE": "Q191", "SK": "Q214", "SI": "Q215", "BA": "Q225", "AL": "Q222",
    "MK": "Q221", "ME": "Q236", "CY": "Q229", "MT": "Q233", "BI": "Q967", "GQ": "Q983",
    "BW": "Q963", "NA": "Q1030", "MW": "Q1020", "LS": "Q1013", "SZ": "Q1050", "KM": "Q970",
    "MU": "Q1027", "SC": "Q1042", "ST": "Q1039", "EH": "Q6250", "HT": "Q790", "UZ": "Q265",
    "TM": "Q874", "TJ": "Q863", "KG": "Q813", "MN": "Q711", "TW": "Q865", "VA": "Q237",
    "MC": "Q235", "AD": "Q228", "LI": "Q347", "SM": "Q238", "KH": "Q424", "LA": "Q819",
    "PS": "Q219060",
}


def uninvert(name):
    """'Russie, Fédération de' -> 'Fédération de Russie'; 'Åland, Îles' -> 'Îles Åland'."""
    if ", " not in name or name.startswith("Bonaire"):
        return name
    head, tail = name.split(", ", 1)
    if tail.endswith("'"):
        return tail + head
    if tail.endswith((" de", " du", " des")):
        return tail[0].upper() + tail[1:] + " " + head
    if tail in ("Îles", "Île", "Île de la"):
        return tail + " " + head
    return None  # not a plain inversion ("Taïwan, province de Chine"): skip


def main():
    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    rows = []
    for c in pycountry.countries:
        code = c.alpha_2
        iso_fr = fr.gettext(c.name)
        official = fr.gettext(c.official_name) if hasattr(c, "official_name") else ""
        canonical = CANONICAL.get(code, iso_fr)
        aliases = []
        if "," in iso_fr and not iso_fr.startswith("Bonaire"):
            if uninvert(iso_fr):
                aliases.append(uninvert(iso_fr))
        elif iso_fr != canonical and "(" not in iso_fr:
            aliases.append(iso_fr)
        if official and "," not in official and "(" not in official and not official.startswith("L'"):
            aliases.append(official)
        aliases += EXTRA.get(code, [])
        # A bracket in a name (`Îles Cocos (Keeling)`) makes two mentions in text, never one alias.
        aliases = [a for a in aliases if a not in DROP and "(" not in a]
        rows.append(row("loc:country:" + code.lower(), "LOC", "country", canonical,
                        aliases, KB.get(code, ""), code))
    for id_, canonical, aliases, kb, code in NON_ISO:
        rows.append(row(id_, "LOC", "country", canonical, aliases, kb, code))
    header = [
        "countries.tsv -- GENERATED by tools/gazetteer/build_countries.py; do not edit by hand.",
        "Source: ISO 3166-1 names and French translations from the Debian iso-codes project,",
        "via the PyPI package pycountry %s (LGPL-2.1); usual French names, variants" % package_version("pycountry"),
        "and Wikidata ids hand-curated in the script.",
    ]
    write_tsv(OUT, header, rows)
    print("countries.tsv: %d rows" % len(rows))


if __name__ == "__main__":
    main()
