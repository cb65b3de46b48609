"""A test corpus of any size, made from the articles in seeds/ (in the repo,
so the test needs no outside data): each document is a run of 1 to 4
consecutive paragraphs of one seed article, with that article's date.

    python3 spark/tests/corpus.py OUT.jsonl --documents 4000   # plain corpus, for measuring
"""

import argparse
import json
import os
import random
import re

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEEDS = os.path.join(REPO, "seeds")


def seed_articles():
    articles = []
    for name in sorted(os.listdir(SEEDS)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(SEEDS, name), encoding="utf-8") as f:
            text = f.read()
        date = None
        header = re.match(r"\s*date (\d{4}(?:-\d{2}){0,2})\s", text)
        if header:
            date, text = header.group(1), text[header.end():]
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
        articles.append((date, paragraphs))
    return articles


def documents(count, seed=11, prefix="doc"):
    """`count` JSON Lines documents (str, without newline), deterministic."""
    rng = random.Random(seed)
    articles = seed_articles()
    out = []
    for k in range(count):
        date, paragraphs = rng.choice(articles)
        n = rng.randint(1, min(4, len(paragraphs)))
        start = rng.randrange(len(paragraphs) - n + 1)
        doc = {"id": "%s-%05d" % (prefix, k), "text": "\n\n".join(paragraphs[start:start + n])}
        if date:
            doc["date"] = date
        out.append(json.dumps(doc, ensure_ascii=False))
    return out


def main():
    p = argparse.ArgumentParser(description="write a JSON Lines corpus made from seeds/")
    p.add_argument("output")
    p.add_argument("--documents", type=int, default=4000)
    args = p.parse_args()
    with open(args.output, "w", encoding="utf-8") as f:
        for line in documents(args.documents):
            f.write(line + "\n")


if __name__ == "__main__":
    main()
