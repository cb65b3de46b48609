#!/usr/bin/env python3
"""Build the unseen development set (Tests/Fixtures/unseen/unseen-dev.jsonl).

Inputs, all reviewed in diffs:
  tools/unseen/sources.json          one record per passage, in set order (id, slug, date, source)
  tools/unseen/passages/<slug>.txt   the passage text, exactly as stored at its source (cut only)
  tools/unseen/annotations/<slug>.json  the annotation, written as span *texts*

Offsets are never typed by hand: each span is found in the passage text, so
text[start:end] == span text by construction (Python str indices are Unicode
scalar offsets, end exclusive: the convention of ../shared/ANNOTATION.md).

Span specs in an annotation file:
  entity  ["Mali", "LOC"]              every whole-word occurrence not inside a longer listed entity
          ["Bazoum", "PER", 1]         the occurrence of index 1 (0-based, whole-word, counted in the text)
          ["Bazoum", "PER", [1, 3]]    those occurrences
          {"text": "4", "type": ..., "in": "du 4 au"}  the span inside the first occurrence of a context
  date    same shapes with a value instead of a type: ["juillet 2024", "2024-07"], value may be null
  claim   {"source": S, "kind": K, "cue": C, "content": T, "resolved": R?, "quote": b, "hedged": b, "negated": b}
          where S, C, T, R are "text" (first occurrence), ["text", n] or {"text", "in", "occ"}.
  sentences  the opening words of each sentence, in order; each is found after the previous one,
          and a sentence runs to its last non-space character before the next one starts (the
          tokenizer's convention: first token start to last token end). Headings and titles are
          sentences; a sentence ends at . ! ? (with a closing » or footnote marks), inside quotes too.

Usage: python3 tools/unseen/build_unseen.py [--check]
  --check  build in memory and compare with the committed gold; exit 1 when they differ.
"""
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GOLD = ROOT / "Tests" / "Fixtures" / "unseen" / "unseen-dev.jsonl"

ENTITY_TYPES = {"PER", "ORG", "LOC", "MISC"}
SOURCE_KINDS = {"named", "anonymous", "media", "document", "pronoun"}
DATE_VALUE = re.compile(r"^\d{4}(-(\d{2}(-\d{2})?|W\d{2}|SP|SU|FA|WI))?$")


class AnnotationError(Exception):
    pass


def occurrences(text, sub, whole_word):
    if not sub:
        raise AnnotationError("empty span text")
    pattern = re.escape(sub)
    if whole_word:
        pattern = r"(?<!\w)" + pattern + r"(?!\w)"
    return [m.start() for m in re.finditer(pattern, text)]


def locate(text, spec, whole_word, where):
    """One span from a spec: "text", ["text", n] or {"text", "in", "occ"}."""
    if isinstance(spec, str):
        spec = {"text": spec}
    elif isinstance(spec, list):
        spec = {"text": spec[0], "occ": spec[1] if len(spec) > 1 else 0}
    sub, occ = spec["text"], spec.get("occ", 0)
    if "in" in spec:
        context = spec["in"]
        if sub not in context:
            raise AnnotationError(f"{where}: {sub!r} is not inside its context {context!r}")
        found = occurrences(text, context, False)
        if len(found) <= occ:
            raise AnnotationError(f"{where}: context {context!r} occurs {len(found)} time(s)")
        start = found[occ] + context.index(sub)
    else:
        found = occurrences(text, sub, whole_word)
        if len(found) <= occ:
            raise AnnotationError(f"{where}: {sub!r} occurs {len(found)} time(s), wanted index {occ}")
        start = found[occ]
    return start, start + len(sub)


def spans_for(text, spec, label_index, where, taken):
    """Spans of an entity or date spec; label_index is where the type/value sits in a list spec."""
    if isinstance(spec, dict):
        return [locate(text, spec, True, where)]
    sub = spec[0]
    if len(spec) > label_index + 1:
        which = spec[label_index + 1]
        indices = which if isinstance(which, list) else [which]
        return [locate(text, [sub, i], True, where) for i in indices]
    # Every whole-word occurrence not contained in a longer span already listed.
    result = []
    for start in occurrences(text, sub, True):
        end = start + len(sub)
        if any(s <= start and end <= e and (s, e) != (start, end) for s, e in taken):
            continue
        result.append((start, end))
    if not result:
        raise AnnotationError(f"{where}: {sub!r} not found")
    return result


def span(text, start, end):
    return {"start": start, "end": end, "text": text[start:end]}


def spec_text(spec):
    return spec["text"] if isinstance(spec, dict) else spec[0]


def build_entities(text, specs, where):
    # Longer names first, so that "all occurrences" of a shorter name skips the ones inside them.
    ordered = sorted(enumerate(specs), key=lambda item: -len(spec_text(item[1])))
    taken, entities = [], []
    for index, spec in ordered:
        label = spec["type"] if isinstance(spec, dict) else spec[1]
        if label not in ENTITY_TYPES:
            raise AnnotationError(f"{where}: entity {index}: bad type {label!r}")
        for start, end in spans_for(text, spec, 1, f"{where}: entity {spec_text(spec)!r}", taken):
            taken.append((start, end))
            entities.append({**span(text, start, end), "type": label})
    return sorted(entities, key=lambda e: (e["start"], e["end"]))


def build_dates(text, specs, where):
    ordered = sorted(enumerate(specs), key=lambda item: -len(spec_text(item[1])))
    taken, dates = [], []
    for index, spec in ordered:
        value = spec["value"] if isinstance(spec, dict) else spec[1]
        if value is not None and not DATE_VALUE.match(value):
            raise AnnotationError(f"{where}: date {spec_text(spec)!r}: bad value {value!r}")
        for start, end in spans_for(text, spec, 1, f"{where}: date {spec_text(spec)!r}", taken):
            taken.append((start, end))
            dates.append({**span(text, start, end), "value": value})
    return sorted(dates, key=lambda d: (d["start"], d["end"]))


def build_claims(text, specs, where):
    claims = []
    for index, spec in enumerate(specs):
        here = f"{where}: claim {index}"
        if spec["kind"] not in SOURCE_KINDS:
            raise AnnotationError(f"{here}: bad source kind {spec['kind']!r}")
        for flag in ("quote", "hedged", "negated"):
            if not isinstance(spec[flag], bool):
                raise AnnotationError(f"{here}: {flag} must be true or false")
        source = span(text, *locate(text, spec["source"], False, here + " source"))
        source["kind"] = spec["kind"]
        if "resolved" in spec:
            source["resolved"] = span(text, *locate(text, spec["resolved"], False, here + " resolved"))
        claims.append({
            "content": span(text, *locate(text, spec["content"], False, here + " content")),
            "source": source,
            "cue": span(text, *locate(text, spec["cue"], False, here + " cue")),
            "quote": spec["quote"], "hedged": spec["hedged"], "negated": spec["negated"],
        })
    return sorted(claims, key=lambda c: (c["content"]["start"], c["content"]["end"]))


def build_sentences(text, starts, where):
    positions, cursor = [], 0
    for opening in starts:
        found = text.find(opening, cursor)
        if found < 0:
            raise AnnotationError(f"{where}: sentence start {opening!r} not found after offset {cursor}")
        positions.append(found)
        cursor = found + 1
    if positions and text[:positions[0]].strip():
        raise AnnotationError(f"{where}: text before the first sentence")
    sentences = []
    for index, start in enumerate(positions):
        stop = positions[index + 1] if index + 1 < len(positions) else len(text)
        end = start + len(text[start:stop].rstrip())
        sentences.append({"start": start, "end": end})
    return sentences


def check_document(doc):
    """The contract checks: every span is its text's slice, no duplicates, no overlaps in a layer."""
    text, where = doc["text"], doc["id"]
    for layer in ("entities", "dates"):
        previous_end = -1
        for item in doc[layer]:
            if item["start"] < previous_end:
                raise AnnotationError(f"{where}: overlapping {layer} at {item['start']} ({item['text']!r})")
            previous_end = item["end"]
    for claim in doc["claims"]:
        parts = [claim["content"], claim["source"], claim["cue"]]
        if "resolved" in claim["source"]:
            parts.append(claim["source"]["resolved"])
        for part in parts:
            if not part["text"].strip():
                raise AnnotationError(f"{where}: empty claim part")
    contents = [(c["content"]["start"], c["content"]["end"], c["cue"]["start"]) for c in doc["claims"]]
    if len(set(contents)) != len(contents):
        raise AnnotationError(f"{where}: duplicate claim")
    for item in doc["entities"] + doc["dates"]:
        if text[item["start"]:item["end"]] != item["text"]:
            raise AnnotationError(f"{where}: span text mismatch at {item['start']}")


def build():
    documents = []
    seen_ids = set()
    for record in json.loads((HERE / "sources.json").read_text(encoding="utf-8")):
        slug = record["slug"]
        with open(HERE / "passages" / f"{slug}.txt", encoding="utf-8", newline="") as handle:
            text = handle.read()
        annotation = json.loads((HERE / "annotations" / f"{slug}.json").read_text(encoding="utf-8"))
        if record["id"] in seen_ids:
            raise AnnotationError(f"duplicate id {record['id']}")
        seen_ids.add(record["id"])
        doc = {"id": record["id"]}
        if record.get("date"):
            doc["date"] = record["date"]
        doc["text"] = text
        doc["entities"] = build_entities(text, annotation.get("entities", []), slug)
        doc["claims"] = build_claims(text, annotation.get("claims", []), slug)
        doc["dates"] = build_dates(text, annotation.get("dates", []), slug)
        if "sentences" in annotation:
            doc["sentences"] = build_sentences(text, annotation["sentences"], slug)
        check_document(doc)
        documents.append(doc)
    return "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in documents)


def main():
    try:
        output = build()
    except AnnotationError as error:
        print(f"build_unseen: {error}", file=sys.stderr)
        return 2
    if "--check" in sys.argv[1:]:
        if not GOLD.exists() or GOLD.read_text(encoding="utf-8") != output:
            print(f"build_unseen: {GOLD} is not what the annotations build; run without --check", file=sys.stderr)
            return 1
        return 0
    GOLD.parent.mkdir(parents=True, exist_ok=True)
    GOLD.write_text(output, encoding="utf-8")
    counts = [json.loads(line) for line in output.splitlines()]
    print(f"{GOLD.relative_to(ROOT)}: {len(counts)} documents, "
          f"{sum(len(d['entities']) for d in counts)} entities, "
          f"{sum(len(d['claims']) for d in counts)} claims, "
          f"{sum(len(d['dates']) for d in counts)} dates, "
          f"{sum(len(d.get('sentences', [])) for d in counts)} sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
