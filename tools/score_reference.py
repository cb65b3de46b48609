#!/usr/bin/env python3
"""Independent reference scorer for the project's JSON Lines gold format.

Written from /work/shared/ANNOTATION.md ("Scoring") and the matching rules
stated in docs/EVALUATION.md, not translated from the Swift scorer: sets of
tuples, brute-force pair and token enumeration, no shared code or data, so
the two can check each other (tools/compare_scorers.py).

    python3 tools/score_reference.py GOLD.jsonl PRED.jsonl [--layers entities,claims,...]

Prints one JSON object with the same keys as `pipeline eval --json`.
Pure Python 3, standard library only.
"""
import argparse
import json
import sys
import unicodedata

LAYERS = ["entities", "claims", "dates", "tokens", "sentences"]
TYPES = ["PER", "ORG", "LOC", "MISC"]


class FormatError(Exception):
    pass


# ---------------------------------------------------------------- reading

def load(path, gold_texts=None):
    docs = {}
    order = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except ValueError as e:
                raise FormatError(f"{path}:{lineno}: invalid JSON: {e}")
            if "id" not in d:
                raise FormatError(f"{path}:{lineno}: missing id")
            did = str(d["id"])
            if "text" not in d and gold_texts is not None and did in gold_texts:
                d["text"] = gold_texts[did]
            text = d.get("text")
            if text is None:
                raise FormatError(f"{path}:{lineno}: missing text")
            for where, span in spans_of(d):
                s, e = span.get("start"), span.get("end")
                if not (isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(text)):
                    raise FormatError(f"{path}:{lineno}: {where}: bad offsets")
                if "text" in span and where.split("[")[0] not in ("tokens", "sentences") and text[s:e] != span["text"]:
                    raise FormatError(f"{path}:{lineno}: {where}: text {span['text']!r} != {text[s:e]!r}")
            if did in docs:
                raise FormatError(f"{path}:{lineno}: duplicate id {did}")
            docs[did] = d
            order.append(did)
    return docs, order


def spans_of(d):
    for i, e in enumerate(d.get("entities") or []):
        yield f"entities[{i}]", e
    for i, c in enumerate(d.get("claims") or []):
        yield f"claims[{i}].content", c["content"]
        if c.get("source"):
            yield f"claims[{i}].source", c["source"]
            if c["source"].get("resolved"):
                yield f"claims[{i}].source.resolved", c["source"]["resolved"]
        if c.get("cue"):
            yield f"claims[{i}].cue", c["cue"]
    for i, t in enumerate(d.get("dates") or []):
        yield f"dates[{i}]", t
    for layer in ("tokens", "sentences"):
        for i, t in enumerate(d.get(layer) or []):
            yield f"{layer}[{i}]", t


# ---------------------------------------------------------------- figures

def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def greedy(cands):
    """cands: list of (sortkey, g, p); smallest sortkey first; one to one."""
    used_g, used_p, out = set(), set(), []
    for _, g, p in sorted(cands):
        if g in used_g or p in used_p:
            continue
        used_g.add(g)
        used_p.add(p)
        out.append((g, p))
    return out


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


# ---------------------------------------------------------------- entities

def score_entities(gold_docs, pred_docs, ids):
    strict = {t: [0, 0, 0] for t in TYPES}
    partial = {t: [0, 0, 0] for t in TYPES}
    for did in ids:
        g = {(e["start"], e["end"], e["type"]) for e in gold_docs[did].get("entities") or []}
        p = {(e["start"], e["end"], e["type"]) for e in (pred_docs.get(did) or {}).get("entities") or []}
        for x in g & p:
            strict[x[2]][0] += 1
        for x in p - g:
            strict[x[2]][1] += 1
        for x in g - p:
            strict[x[2]][2] += 1
        for t in TYPES:
            gs = sorted(x for x in g if x[2] == t)
            ps = sorted(x for x in p if x[2] == t)
            cands = []
            for a in gs:
                for b in ps:
                    ov = overlap(a, b)
                    if ov > 0:
                        cands.append(((-ov, a[0], a[1], b[0], b[1]), a, b))
            m = len(greedy(cands))
            partial[t][0] += m
            partial[t][1] += len(ps) - m
            partial[t][2] += len(gs) - m

    def block(table):
        per = {t: prf(*table[t]) for t in TYPES}
        micro = prf(*[sum(table[t][k] for t in TYPES) for k in range(3)])
        used = [per[t] for t in TYPES if sum(table[t]) > 0]
        n = len(used)
        macro = {k: (sum(x[k] for x in used) / n if n else 0.0) for k in ("p", "r", "f1")}
        return {"micro": micro, "macro": macro, "per_type": per}

    return {"strict": block(strict), "partial": block(partial)}


# ---------------------------------------------------------------- claims

def word_tokens(text):
    """Runs of letters/marks/digits; every other non-separator char alone."""
    toks = []
    i, n = 0, len(text)
    while i < n:
        cat = unicodedata.category(text[i])[0]
        if cat in "ZC":
            i += 1
        elif cat in "LMN":
            j = i
            while j < n and unicodedata.category(text[j])[0] in "LMN":
                j += 1
            toks.append((i, j))
            i = j
        else:
            toks.append((i, i + 1))
            i += 1
    return toks


def toks_in(toks, s, e):
    return [t for t in toks if t[0] < e and t[1] > s]


def claim_tuple(c):
    def se(x):
        return (x["start"], x["end"]) if x else (-1, -1)
    src = c.get("source") or None
    return (se(c["content"]) + se(src) + se(src.get("resolved") if src else None) + se(c.get("cue"))
            + (int(bool(c.get("quote"))), int(bool(c.get("hedged"))), int(bool(c.get("negated")))))


def source_spans(t):
    out = []
    if t[2] >= 0:
        out.append((t[2], t[3]))
    if t[4] >= 0:
        out.append((t[4], t[5]))
    return out


def score_claims(gold_docs, pred_docs, ids):
    content = [0, 0, 0]
    attr = [0, 0, 0]
    matched = q = h = ng = 0
    for did in ids:
        text = gold_docs[did]["text"]
        toks = word_tokens(text)
        G = sorted({claim_tuple(c) for c in gold_docs[did].get("claims") or []})
        P = sorted({claim_tuple(c) for c in (pred_docs.get(did) or {}).get("claims") or []})
        cands = []
        for gi, g in enumerate(G):
            ng_toks = len(toks_in(toks, g[0], g[1]))
            for pi, p in enumerate(P):
                np_toks = len(toks_in(toks, p[0], p[1]))
                lo, hi = max(g[0], p[0]), min(g[1], p[1])
                shared = len(toks_in(toks, lo, hi)) if lo < hi else 0
                if shared == 0 or 2 * shared < min(ng_toks, np_toks):
                    continue
                src = any(overlap(a, b) > 0 for a in source_spans(g) for b in source_spans(p))
                cands.append(((-int(src), -shared, gi, pi), gi, pi))
        pairs = greedy(cands)
        good = 0
        for gi, pi in pairs:
            g, p = G[gi], P[pi]
            if any(overlap(a, b) > 0 for a in source_spans(g) for b in source_spans(p)):
                good += 1
            q += g[8] == p[8]
            h += g[9] == p[9]
            ng += g[10] == p[10]
        matched += len(pairs)
        content[0] += len(pairs)
        content[1] += len(P) - len(pairs)
        content[2] += len(G) - len(pairs)
        attr[0] += good
        attr[1] += len(P) - good
        attr[2] += len(G) - good
    acc = (lambda k: k / matched if matched else None)
    return {"content": prf(*content), "attribution": prf(*attr), "matched": matched,
            "quote_accuracy": acc(q), "hedged_accuracy": acc(h), "negated_accuracy": acc(ng)}


# ---------------------------------------------------------------- dates

def unannotated_for_dates(doc):
    """Spans of `timex_other` items of type TIME valued as a day with a time
    of day (YYYY-MM-DDT...): days the corpus does not list among its dates."""
    out = []
    for t in doc.get("timex_other") or []:
        v = t.get("value") or ""
        if t.get("type") == "TIME" and len(v) > 11 and v[:4].isdigit() and v[4] == "-" \
                and v[5:7].isdigit() and v[7] == "-" and v[8:10].isdigit() and v[10] == "T" \
                and all(c in "0123456789" for c in v[:4] + v[5:7] + v[8:10]):
            out.append((t["start"], t["end"]))
    return out


def score_dates(gold_docs, pred_docs, ids):
    tp = fp = fn = ok = unscored = 0
    for did in ids:
        def grouped(doc):
            out = {}
            for d in (doc or {}).get("dates") or []:
                out.setdefault((d["start"], d["end"]), set()).add(d.get("value"))
            return out
        g, p = grouped(gold_docs[did]), grouped(pred_docs.get(did))
        for span, vals in g.items():
            if span in p:
                tp += 1
                pv = p[span]
                if len(pv) == 1 and next(iter(pv)) in vals:
                    ok += 1
            else:
                fn += 1
        skip = unannotated_for_dates(gold_docs[did])
        for span in p:
            if span in g:
                continue
            if any(s < span[1] and span[0] < e for s, e in skip):
                unscored += 1
            else:
                fp += 1
    return {"span": prf(tp, fp, fn), "value_correct": ok, "value_accuracy": ok / tp if tp else None,
            "unscored": unscored}


def score_segments(layer, gold_docs, pred_docs, ids):
    tp = fp = fn = 0
    for did in ids:
        g = {(x["start"], x["end"]) for x in gold_docs[did].get(layer) or []}
        p = {(x["start"], x["end"]) for x in (pred_docs.get(did) or {}).get(layer) or []}
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    return prf(tp, fp, fn)


# ---------------------------------------------------------------- main

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--layers")
    a = ap.parse_args(argv)
    try:
        gold, order = load(a.gold)
        pred, porder = load(a.pred, {k: v["text"] for k, v in gold.items()})
    except FormatError as e:
        print(f"score_reference: {e}", file=sys.stderr)
        return 2
    for did in order:
        if did in pred and pred[did]["text"] != gold[did]["text"]:
            print(f"score_reference: {did}: prediction text differs from gold", file=sys.stderr)
            return 2
    if a.layers:
        layers = [x for x in LAYERS if x in a.layers.split(",")]
    else:
        layers = [x for x in LAYERS if any(d.get(x) for d in gold.values())]
    out = {
        "documents": {"gold": len(order), "missing_predictions": sum(1 for d in order if d not in pred),
                      "predictions_without_gold": [d for d in porder if d not in gold]},
        "layers": layers,
        "entities": score_entities(gold, pred, order) if "entities" in layers else None,
        "claims": score_claims(gold, pred, order) if "claims" in layers else None,
        "dates": score_dates(gold, pred, order) if "dates" in layers else None,
        "tokens": score_segments("tokens", gold, pred, order) if "tokens" in layers else None,
        "sentences": score_segments("sentences", gold, pred, order) if "sentences" in layers else None,
    }
    print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
