#!/usr/bin/env bash
# Is a refactoring's output byte-identical? Runs two builds of `pipeline` on the same inputs and
# compares stdout, stderr and exit status with cmp.
#
#   Benchmarks/identical.sh snapshot DIR        copy the release pipeline and its resource bundles
#                                               to DIR (do this before the change)
#   Benchmarks/identical.sh OLD NEW [MB]        compare the binaries OLD and NEW (default 10 MB corpus)
#
# Inputs (written to a temporary folder, removed afterwards):
#   - MB megabytes of the seed articles as JSON Lines (seeds/*.txt repeated, each copy its own id),
#     at --jobs 1 and --jobs 2;
#   - every gold file's texts (Tests/Fixtures, the unseen set, and ../shared/gold when present: the
#     seeds, Sequoia NER, French TimeBank), with and without --tokens;
#   - malformed lines (bad JSON, wrong types, invalid UTF-8, bad dates, BOM, CRLF, blank lines,
#     duplicate ids, no final newline), whose error records, stderr and exit code must agree too.
# A resource bundle is found next to its binary, so snapshot the bundles with the binary.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $# -ge 2 && $1 == snapshot ]]; then
    mkdir -p "$2"
    bin=$(swift build -c release --show-bin-path)
    cp "$bin/pipeline" "$2/"
    cp -r "$bin"/*.resources "$2/"
    echo "snapshot of $(git rev-parse --short HEAD) in $2"
    exit 0
fi
if [[ $# -lt 2 ]]; then
    sed -n '2,8p' "$0" >&2
    exit 2
fi
old=$1 new=$2 megabytes=${3:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$megabytes" <<'EOF'
import glob, json, os, sys
work, megabytes = sys.argv[1], float(sys.argv[2])
seeds = [open(p, encoding="utf-8").read() for p in sorted(glob.glob("seeds/*.txt"))]
with open(f"{work}/corpus.jsonl", "w", encoding="utf-8") as out:
    size, n = 0, 0
    while size < megabytes * 1e6:
        text = seeds[n % len(seeds)]
        out.write(json.dumps({"id": f"seed-{n}", "date": "2024-06-15", "text": text}, ensure_ascii=False) + "\n")
        size += len(text.encode()); n += 1
gold = sorted(glob.glob("Tests/Fixtures/**/*.jsonl", recursive=True))
for d in ("../shared/gold", "/work/shared/gold"):
    if os.path.isdir(d):
        gold += sorted(glob.glob(f"{d}/*.jsonl"))
        break
with open(f"{work}/gold.jsonl", "w", encoding="utf-8") as out:
    for path in gold:
        for line in open(path, encoding="utf-8"):
            if line.strip():
                doc = json.loads(line)
                keep = {k: doc[k] for k in ("id", "date", "text") if k in doc}
                out.write(json.dumps(keep, ensure_ascii=False) + "\n")
bad = [
    b'{"id": "ok-1", "text": "Le FLA affirme que Kidal est tomb\xc3\xa9e le 3 juin."}\n',
    b'{"id": "broken", "text": "unterminated\n',
    b'not json at all\n',
    b'{"id": 7, "text": "Un id num\xc3\xa9rique."}\n',
    b'{"id": "no-text"}\n',
    b'{"id": "text-number", "text": 42}\n',
    b'{"id": "bad-utf8", "text": "caf\xe9"}\n',
    b'{"id": "bad-date", "date": "2024-13-45", "text": "Selon l\'arm\xc3\xa9e, hier."}\n',
    b'   \n',
    b'\n',
    b'{"id": "crlf", "text": "Selon le minist\xc3\xa8re, deux morts.\\r\\nIl a dit."}\r\n',
    b'{"id": "ok-1", "text": "Doublon : Bamako, lundi."}\n',
    b'{"text": "Sans identifiant, \xc2\xab il pleut \xc2\xbb, a-t-il d\xc3\xa9clar\xc3\xa9."}\n',
    b'[1, 2, 3]\n',
    b'{"id": "escapes", "text": "Tab\\tet \\u00e9 et \\ud83d\\ude00 et \\ud800 seul"}\n',
    b'{"id": "last", "text": "Sans fin de ligne, \xc3\xa0 Gao."}',
]
with open(f"{work}/bad.jsonl", "wb") as out:
    out.write(b"\xef\xbb\xbf" + b"".join(bad))
EOF

status=0
compare() {  # compare NAME ARGS…: both binaries on the same arguments
    local name=$1; shift
    local o n
    set +e
    "$old" "$@" > "$work/old.out" 2> "$work/old.err"; o=$?
    "$new" "$@" > "$work/new.out" 2> "$work/new.err"; n=$?
    set -e
    if [[ $o -ne $n ]]; then
        echo "DIFFERENT $name: exit $o vs $n"; status=1
    elif ! cmp -s "$work/old.out" "$work/new.out"; then
        echo "DIFFERENT $name: stdout ($(cmp "$work/old.out" "$work/new.out" | head -1))"; status=1
    elif ! cmp -s "$work/old.err" "$work/new.err"; then
        echo "DIFFERENT $name: stderr"; status=1
    else
        echo "identical $name ($(wc -c < "$work/new.out") bytes, exit $n)"
    fi
}
compare "corpus ${megabytes} MB -j1" -j 1 --quiet "$work/corpus.jsonl"
compare "corpus ${megabytes} MB -j2" -j 2 --quiet "$work/corpus.jsonl"
compare "gold texts" --quiet "$work/gold.jsonl"
compare "gold texts --tokens" --quiet --tokens "$work/gold.jsonl"
compare "seeds/ as text files" seeds/
compare "malformed lines" "$work/bad.jsonl"
set +e
"$old" --errors "$work/old-errors.jsonl" "$work/bad.jsonl" > /dev/null 2>&1
"$new" --errors "$work/new-errors.jsonl" "$work/bad.jsonl" > /dev/null 2>&1
set -e
if cmp -s "$work/old-errors.jsonl" "$work/new-errors.jsonl"; then
    echo "identical malformed lines' --errors file ($(wc -l < "$work/new-errors.jsonl") records)"
else
    echo "DIFFERENT malformed lines' --errors file"; status=1
fi
exit $status
