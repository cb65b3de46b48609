#!/usr/bin/env python3
"""Checks `pipeline eval` against tools/score_reference.py on the seeds gold.

Builds prediction files — the gold itself, the pipeline's own output, an
empty file, and perturbed copies of the gold (dropped, shifted, retyped,
duplicated, reordered and spurious items; claims with moved sources,
resolved-only sources and flipped flags; dates with wrong or null values) —
scores each with both scorers and compares every figure to three decimals.

    python3 tools/compare_scorers.py [--gold GOLD] [--pipeline .build/debug/pipeline] [--write-fixture]

--write-fixture (re)writes Tests/Fixtures/gold/seeds-perturbed.jsonl and its
reference scores, which the Swift tests compare against without Python.
Exit status 1 on any disagreement.
"""
import argparse
import copy
import json
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def span(text, s, e, **extra):
    d = {"start": s, "end": e, "text": text[s:e]}
    d.update(extra)
    return d


def shift(text, s, e, rng):
    n = len(text)
    s2 = min(max(0, s + rng.choice([-3, -2, -1, 1, 2, 3])), n - 1)
    e2 = min(max(s2 + 1, e + rng.choice([-3, -2, -1, 0, 1, 2, 3])), n)
    return s2, e2


def random_span(text, rng, maxlen=25):
    s = rng.randrange(0, max(1, len(text) - 2))
    e = min(len(text), s + rng.randint(1, maxlen))
    return s, e


def perturb(doc, rng):
    d = copy.deepcopy(doc)
    text = d["text"]
    types = ["PER", "ORG", "LOC", "MISC"]
    ents = []
    for e in d["entities"]:
        r = rng.random()
        if r < 0.15:
            continue
        if r < 0.3:
            s, t = shift(text, e["start"], e["end"], rng)
            ents.append(span(text, s, t, type=e["type"], by="perturb:shift"))
        elif r < 0.4:
            ents.append(span(text, e["start"], e["end"], type=rng.choice([x for x in types if x != e["type"]]), by="perturb:type"))
        else:
            ents.append(span(text, e["start"], e["end"], type=e["type"], by="perturb:keep"))
        if rng.random() < 0.1:
            ents.append(copy.deepcopy(ents[-1]))          # identical duplicate
        if rng.random() < 0.08:                           # overlapping second prediction
            s, t = shift(text, e["start"], e["end"], rng)
            ents.append(span(text, s, t, type=e["type"], by="perturb:overlap"))
        if rng.random() < 0.15:                           # one prediction across this and the next names
            t = min(len(text), e["end"] + rng.randint(5, 60))
            ents.append(span(text, e["start"], t, type=e["type"], by="perturb:merge"))
    for _ in range(rng.randint(2, 8)):
        s, t = random_span(text, rng)
        ents.append(span(text, s, t, type=rng.choice(types), by="perturb:spurious"))
    rng.shuffle(ents)
    d["entities"] = ents

    claims = []
    for c in d["claims"]:
        r = rng.random()
        if r < 0.12:
            continue
        c = copy.deepcopy(c)
        cs, ce = c["content"]["start"], c["content"]["end"]
        if r < 0.2:
            s, t = shift(text, cs, ce, rng)
            c["content"] = span(text, s, t)
        elif r < 0.35:                                    # content cut near half its length
            t = cs + max(1, int((ce - cs) * rng.uniform(0.3, 0.7)))
            c["content"] = span(text, cs, t)
        elif r < 0.4:                                     # content slid by 30-70% of its length
            k = max(1, int((ce - cs) * rng.uniform(0.3, 0.7)))
            c["content"] = span(text, min(cs + k, len(text) - 1), min(len(text), ce + k))
        elif r < 0.45:                                    # content run on well past its end
            c["content"] = span(text, cs, min(len(text), ce + rng.randint(10, 120)))
        elif r < 0.55:                                    # split in two competing claims
            mid = (cs + ce) // 2
            other = copy.deepcopy(c)
            other["content"] = span(text, mid, ce)
            other["source"] = None if rng.random() < 0.5 else other.get("source")
            claims.append(other)
            c["content"] = span(text, cs, mid)
        if c.get("source") and rng.random() < 0.25:
            s, t = random_span(text, rng, 12)             # source moved elsewhere
            c["source"] = span(text, s, t, kind="named")
        elif c.get("source") and c["source"].get("resolved") and rng.random() < 0.4:
            rv = c["source"]["resolved"]                  # predicted source is the antecedent only
            c["source"] = span(text, rv["start"], rv["end"], kind="named")
        elif rng.random() < 0.05:
            c["source"] = None
        for flag in ("quote", "hedged", "negated"):
            if rng.random() < 0.15:
                c[flag] = not c[flag]
        claims.append(c)
        if rng.random() < 0.1:
            claims.append(copy.deepcopy(c))
    for _ in range(rng.randint(1, 3)):
        s, t = random_span(text, rng, 80)
        a, b = random_span(text, rng, 10)
        claims.append({"content": span(text, s, t), "source": span(text, a, b, kind="anonymous"),
                       "cue": None, "quote": False, "hedged": rng.random() < 0.5, "negated": False})
    rng.shuffle(claims)
    d["claims"] = claims

    dates = []
    for x in d["dates"]:
        r = rng.random()
        if r < 0.12:
            continue
        x = copy.deepcopy(x)
        if r < 0.25:
            s, t = shift(text, x["start"], x["end"], rng)
            x = span(text, s, t, value=x["value"])
        elif r < 0.35:
            x["value"] = None if x["value"] else "2025-07-14"
        elif r < 0.42:
            x["value"] = "2019-01"
        dates.append(x)
        if rng.random() < 0.08:
            y = copy.deepcopy(x)
            if rng.random() < 0.5:
                y["value"] = "1999"                       # duplicate span, second value
            dates.append(y)
    for _ in range(rng.randint(0, 3)):
        s, t = random_span(text, rng, 15)
        dates.append(span(text, s, t, value=rng.choice([None, "2024", "2025-05-01"])))
    rng.shuffle(dates)
    d["dates"] = dates
    return d


def write_jsonl(path, docs):
    with open(path, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")


def leaves(obj, prefix=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from leaves(v, f"{prefix}.{k}" if prefix else k)
    else:
        yield prefix, obj


def compare(swift, ref):
    problems = []
    sw = dict(leaves(swift))
    for key, v in leaves(ref):
        if key not in sw:
            problems.append(f"{key}: missing from pipeline eval")
            continue
        w = sw[key]
        if isinstance(v, bool) or v is None or isinstance(v, (str, list)):
            if v != w:
                problems.append(f"{key}: reference {v!r}, pipeline {w!r}")
        elif isinstance(v, int) and not isinstance(w, float):
            if v != w:
                problems.append(f"{key}: reference {v}, pipeline {w}")
        elif w is None or round(float(v), 3) != round(float(w), 3):
            problems.append(f"{key}: reference {v}, pipeline {w}")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=os.path.join(ROOT, "Tests/Fixtures/gold/seeds.jsonl"))
    ap.add_argument("--pipeline", default=os.path.join(ROOT, ".build/debug/pipeline"))
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--write-fixture", action="store_true")
    a = ap.parse_args()
    gold = [json.loads(l) for l in open(a.gold, encoding="utf-8") if l.strip()]
    tmp = tempfile.mkdtemp(prefix="compare-scorers-")
    cases = {"gold-itself": gold, "empty": []}
    own = subprocess.run([a.pipeline], input="".join(json.dumps({"id": d["id"], "text": d["text"], "date": d.get("date")}, ensure_ascii=False) + "\n" for d in gold),
                         capture_output=True, text=True, check=True).stdout
    cases["pipeline-output"] = [json.loads(l) for l in own.splitlines() if l.strip()]
    for k in range(a.rounds):
        rng = random.Random(k)
        docs = [perturb(d, rng) for d in gold]
        if k % 4 == 3:
            docs = docs[1:]                               # a gold document without prediction
        if k % 5 == 4:
            docs = list(reversed(docs))                   # document order does not matter
        cases[f"perturbed-{k}"] = docs
    failed = 0
    for name, docs in cases.items():
        path = os.path.join(tmp, name + ".jsonl")
        write_jsonl(path, docs)
        ref = json.loads(subprocess.run([sys.executable, os.path.join(HERE, "score_reference.py"), a.gold, path],
                                        capture_output=True, text=True, check=True).stdout)
        run = subprocess.run([a.pipeline, "eval", "--gold", a.gold, "--pred", path, "--json"], capture_output=True, text=True)
        if run.returncode != 0:
            print(f"{name}: pipeline eval failed: {run.stderr.strip()}")
            failed += 1
            continue
        problems = compare(json.loads(run.stdout), ref)
        status = "ok" if not problems else f"{len(problems)} disagreements"
        # A gold file annotates only some layers (FR-TimeBank: dates): the others are null.
        figures = [("entities.strict.f1", ("entities", "strict", "micro", "f1")), ("claims.content.f1", ("claims", "content", "f1")),
                   ("claims.attribution.f1", ("claims", "attribution", "f1")), ("dates.span.f1", ("dates", "span", "f1"))]
        summary = []
        for label, path in figures:
            v = ref
            for k in path:
                v = v.get(k) if isinstance(v, dict) else None
            if v is not None:
                summary.append(f"{label}={v:.3f}")
        print(f"{name:18} {status:18} " + " ".join(summary))
        for p in problems[:20]:
            print("    " + p)
        failed += bool(problems)
    if a.write_fixture:
        fixture = os.path.join(ROOT, "Tests/Fixtures/gold/seeds-perturbed.jsonl")
        write_jsonl(fixture, cases["perturbed-0"])
        ref = subprocess.run([sys.executable, os.path.join(HERE, "score_reference.py"), a.gold, fixture],
                             capture_output=True, text=True, check=True).stdout
        with open(os.path.join(ROOT, "Tests/Fixtures/gold/seeds-perturbed.reference.json"), "w", encoding="utf-8") as fh:
            fh.write(ref)
        print(f"wrote {fixture} and its reference scores")
    print("all agree" if not failed else f"{failed} case(s) disagree")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
