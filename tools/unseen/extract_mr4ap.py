#!/usr/bin/env python3
"""Write the French Wikinews passages of the unseen set from their stored copies.

The stored copies (raw/mr4ap-wikinews.jsonl) are the `text` fields of the
MR4AP-wikinews corpus (github.com/Emvista/MR4AP), which holds the first
sentences of French Wikinews articles (CC BY 2.5), one sentence per line,
separated by lines of asterisks and followed by a citation line
"(URL, date, category)". The only cut made here: each separator line becomes
an empty line (a paragraph break) and the citation line is dropped. Every
other character is kept as stored (trailing spaces included).

Usage: python3 tools/unseen/extract_mr4ap.py   (rewrites tools/unseen/passages/wn-*.txt)
"""
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
SEPARATOR = re.compile(r"^(\* )+\*\s*$")
CITATION = re.compile(r"^\(https://fr\.wikinews\.org/")


def passage(stored: str) -> str:
    lines = []
    for line in stored.split("\n"):
        if CITATION.match(line):
            continue
        lines.append("" if SEPARATOR.match(line) else line)
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines)


def main() -> None:
    out = HERE / "passages"
    out.mkdir(exist_ok=True)
    for raw in (HERE / "raw" / "mr4ap-wikinews.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(raw)
        # newline="" keeps "\n" as written; the build script reads the file back unchanged.
        with open(out / f"{record['slug']}.txt", "w", encoding="utf-8", newline="") as handle:
            handle.write(passage(record["text"]))


if __name__ == "__main__":
    main()
