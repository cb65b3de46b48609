#!/usr/bin/env bash
# Issue 9: one document of 1, 4 and 16 MB (the seed articles run together)
# through the release binary, and a 100 MB stream of article-sized
# documents: CPU time and peak resident memory (/usr/bin/time), with the
# ratios that show linear cost (4 MB at most 5x the 1 MB time) and flat
# memory on streams (at most 200 MB). Usage: Benchmarks/large_documents.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
swift build -c release --product pipeline >/dev/null
bin=.build/release/pipeline
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import json, pathlib, sys
work = pathlib.Path(sys.argv[1])
unit = "\n\n".join(p.read_text() for p in sorted(pathlib.Path("seeds").glob("*.txt"))) + "\n\n"
for mb in (1, 4, 16):
    text = unit * (mb * 1_000_000 // len(unit.encode()) + 1)
    (work / f"doc{mb}.jsonl").write_text(json.dumps({"id": f"doc{mb}", "date": "2025-07-14", "text": text}, ensure_ascii=False) + "\n")
articles = [p.read_text() for p in sorted(pathlib.Path("seeds").glob("*.txt"))]
with open(work / "stream.jsonl", "w") as out:
    n, k = 0, 0
    while n < 100_000_000:
        for a in articles:
            line = json.dumps({"id": f"a{k}", "date": "2025-07-14", "text": a}, ensure_ascii=False) + "\n"
            out.write(line); n += len(line.encode()); k += 1
PY
# CPU seconds (user + system) rather than wall time: on a shared machine
# they depend far less on what else runs.
measure() {  # prints "cpu_seconds rss_kb", the median of $runs runs
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%U %S %M" "$bin" --jobs 1 --quiet "$1" 2>&1 >/dev/null | tail -1 | awk '{ print $1 + $2, $3 }'
    done | sort -n | awk -v r="$runs" 'NR == int((r + 1) / 2)'
}
printf '%-22s %9s %9s %10s %9s\n' input "CPU s" "CPU s/MB" "RSS MB" "RSS/MB"
declare -A secs
for mb in 1 4 16; do
    read -r s kb < <(measure "$work/doc$mb.jsonl")
    secs[$mb]=$s
    awk -v n="one $mb MB document" -v s="$s" -v kb="$kb" -v mb="$mb" \
        'BEGIN { printf "%-22s %9.2f %9.3f %10.0f %9.1f\n", n, s, s / mb, kb / 1024, kb / 1024 / mb }'
done
read -r s kb < <(measure "$work/stream.jsonl")
awk -v s="$s" -v kb="$kb" 'BEGIN { printf "%-22s %9.2f %9.3f %10.0f %9.1f\n", "100 MB stream", s, s / 100, kb / 1024, kb / 1024 / 100 }'
awk -v a="${secs[1]}" -v b="${secs[4]}" -v c="${secs[16]}" \
    'BEGIN { printf "time ratios: 4 MB / 1 MB = %.2f (linear: 4, limit 5), 16 MB / 4 MB = %.2f (linear: 4)\n", b / a, c / b }'
