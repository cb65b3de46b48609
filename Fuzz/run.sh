#!/usr/bin/env bash
# Fuzz the document reader and the whole annotator for SECONDS (default 600)
# with libFuzzer and AddressSanitizer. The seed corpus is Fuzz/corpus (in the
# repo); what the fuzzer adds goes to .build-fuzz/corpus, crashes to
# .build-fuzz/crashes/. A crash is fixed with a regression input in
# Fuzz/regressions/ (run by the test suite through the built binary).
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-600}
# lld links it: gold stops with an internal error on the sanitizer runtime's
# debug information; -gnone keeps our own objects small.
scratch=../.build-fuzz
swift build -c release --package-path . --scratch-path "$scratch" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -gnone -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
mkdir -p "$scratch/corpus" "$scratch/crashes"
exec "$scratch/release/PipelineFuzzer" "$scratch/corpus" corpus regressions \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -max_len=65536 \
    -artifact_prefix="$scratch/crashes/" -print_final_stats=1
