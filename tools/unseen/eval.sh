#!/usr/bin/env bash
# Score the pipeline on the unseen development set (Tests/Fixtures/unseen/unseen-dev.jsonl).
#
#   tools/unseen/eval.sh                 text report, then the same figures as JSON
#   tools/unseen/eval.sh --errors FILE   also write the --errors listing to FILE (keep it out of git:
#                                        it quotes the set's sentences, and rules must not be tuned to them)
#
# Builds the release binary first when it is missing or stale (swift build is a no-op otherwise),
# and checks that the gold is what tools/unseen/build_unseen.py builds from the annotations.
set -euo pipefail
cd "$(dirname "$0")/../.."

errors_file=""
if [[ $# -gt 0 ]]; then
    if [[ $1 == --errors && $# -eq 2 ]]; then
        errors_file=$2
    else
        echo "usage: tools/unseen/eval.sh [--errors FILE]" >&2
        exit 2
    fi
fi

gold=Tests/Fixtures/unseen/unseen-dev.jsonl
python3 tools/unseen/build_unseen.py --check
swift build -c release --product pipeline >&2
pipeline=.build/release/pipeline

echo "# pipeline eval --gold $gold   (commit $(git rev-parse --short HEAD))"
"$pipeline" eval --gold "$gold"
echo
echo "# pipeline eval --gold $gold --json"
"$pipeline" eval --gold "$gold" --json
if [[ -n $errors_file ]]; then
    "$pipeline" eval --gold "$gold" --errors > "$errors_file"
    echo "errors listing written to $errors_file" >&2
fi
