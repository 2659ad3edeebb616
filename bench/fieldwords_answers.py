"""The field-words dev set of session 28: published questions with their authors' own answers, and the same questions
given another answer of the same field, read through the coach's relevance.

The set (``tests/data/devsets/answers/index_fieldwords.jsonl``, SOURCES.md "Field-words set, session 28") comes from
two public repositories used nowhere before in this project (interview guides for 160 roles in sales, finance, data
and AI, hardware and software engineering; a book of workplace questions); it was built and committed before the
scorer was changed against it. Neither carries a licence, so only the index is in the repository; the texts are read
from ``INTERVIEW_FIELDWORDS_CACHE`` (default ``~/.cache/interview-simulator/devsets/fieldwords_texts.jsonl``, written
by ``build_fieldwords.py``) and an item is used only when its cached text has the indexed SHA-256.

Two kinds of pair, each read as :func:`bench.scorer_judge27.outcome` reads a team item (the chat's follow-up reason and
redirect, the report's relevance):

* *on_topic*: a question and its author's answer (on topic by the source's own grading): met when it is not
  redirected and its relevance is 4/5 or more;
* *same_field_off*: the same question given the answer of another question of the same field and source (labelled
  by construction; :func:`mismatches` says which): met when it is redirected or its relevance is 2/5 or less.

``python -m bench.fieldwords_answers [--items] [--limit N]`` prints the rows (and each missed pair).
"""

from __future__ import annotations

import os
import re
import sys
from collections import defaultdict
from pathlib import Path

from bench.bench_scorer import DEVSET_DIR, Item
from bench.fresh21_answers import load_indexed, read_index

INDEX_FILE = DEVSET_DIR / "index_fieldwords.jsonl"
DEFAULT_CACHE = Path.home() / ".cache" / "interview-simulator" / "devsets" / "fieldwords_texts.jsonl"
KINDS = ("on_topic", "same_field_off")
Row = tuple[str, float, str, str]

# Words that frame a question rather than name its subject: two questions sharing only these may still be on one
# subject's opposite sides, so they do not keep a pair out (see :func:`mismatches`).
_FRAMING = frozenset(["describe", "explain", "approach", "handle", "situation", "example", "experience", "ensure", "would", "could", "should", "tell", "about", "which", "where", "there", "their", "with", "when", "what", "your", "have", "that", "this", "from", "into", "time", "while", "other", "between"])


def load(cache: Path | None = None, index: list[dict] | None = None) -> tuple[list[Item], int]:
    """(items whose cached text matches the indexed SHA-256, number of index lines left without text)."""
    index = read_index(INDEX_FILE) if index is None else index
    return load_indexed(index, cache or Path(os.environ.get("INTERVIEW_FIELDWORDS_CACHE", DEFAULT_CACHE)))


def _content(question: str) -> set[str]:
    """A question's words of six letters or more, less framing words, lower case, a final 's' dropped."""
    return {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z][A-Za-z-]{5,}", question)} - _FRAMING


def mismatches(items: list[Item]) -> list[tuple[Item, Item]]:
    """(question's item, other answer's item) pairs: each question with the answer of the next question, in id order,
    of the same field and source whose question shares no content word with it (:func:`_content`: six letters or
    more, framing words aside), so that two questions on one subject ("objections" in two sales guides) are never
    paired as off topic. A question with no such partner is left out."""
    by_group: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for item in sorted(items, key=lambda i: i.id):
        by_group[(item.source, item.field)].append(item)
    out: list[tuple[Item, Item]] = []
    for group in by_group.values():
        n = len(group)
        for k, item in enumerate(group):
            words = _content(item.question)
            other = next((group[(k + step) % n] for step in range(1, n)
                          if not words & _content(group[(k + step) % n].question)), None)
            if other is not None:
                out.append((item, other))
    return out


def pairs(items: list[Item]) -> list[dict]:
    """The labelled pairs: every item on its own question (*on_topic*), then the :func:`mismatches`
    (*same_field_off*); each a dict of ``id``, ``question``, ``answer``, ``kind``, ``field``."""
    out = [{"id": i.id, "question": i.question, "answer": i.answer, "kind": "on_topic", "field": i.field}
           for i in items]
    out += [{"id": f"{q.id}~{a.id}", "question": q.question, "answer": a.answer, "kind": "same_field_off",
             "field": q.field} for q, a in mismatches(items)]
    return out


def met(kind: str, o: dict) -> bool:
    """Whether a pair's reading (:func:`bench.scorer_judge27.outcome`) meets its kind (module docstring)."""
    if kind == "on_topic":
        return not o["redirect"] and o["relevance"] >= 4
    return bool(o["redirect"]) or o["relevance"] <= 2


def read(pair: dict) -> dict:
    """One pair's reading through the coach (its ``relevance``, ``redirect``, ``evidence``) and ``ok``."""
    from bench.scorer_judge27 import outcome

    o = outcome({"question": pair["question"], "answer": pair["answer"], "kind": "x"}, "")
    return {**o, "ok": met(pair["kind"], o)}


def figures(readings: list[tuple[dict, dict]]) -> dict[tuple[str, str], tuple[int, int]]:
    """(kind, field or "all") -> (pairs meeting the kind, pairs)."""
    out: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for pair, o in readings:
        for key in ((pair["kind"], "all"), (pair["kind"], pair["field"])):
            out[key][0] += o["ok"]
            out[key][1] += 1
    return {k: (v[0], v[1]) for k, v in out.items()}


def rows(limit: int | None = None) -> list[Row]:
    """The bench rows: per kind, the share met over all fields and field by field (``limit``: the first N items only)."""
    items, missing = load()
    items = items[:limit] if limit else items
    out: list[Row] = [("field-words set: items with text", float(len(items)), "items",
                       f"{missing} index lines without text")]
    if not items:
        return out
    table = figures([(p, read(p)) for p in pairs(items)])
    for (kind, field), (good, total) in sorted(table.items(), key=lambda kv: (kv[0][0], kv[0][1] != "all", kv[0][1])):
        out.append((f"field-words set: {kind} met, {field}", round(good / total, 3), "share", f"{good}/{total}"))
    return out


def main(argv: list[str] | None = None) -> int:
    """``python -m bench.fieldwords_answers [--items] [--limit N]``."""
    argv = sys.argv[1:] if argv is None else argv
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else None
    items, missing = load()
    items = items[:limit] if limit else items
    readings = [(p, read(p)) for p in pairs(items)]
    if "--items" in argv:
        for p, o in readings:
            if not o["ok"]:
                print(f"BAD {p['kind']:15} rel {o['relevance']} {o['redirect'] or '-':10} {p['id']}\n"
                      f"      Q: {p['question'][:110]}\n      A: {p['answer'][:160]}\n      {o['evidence'][:260]}")
    print(f"field-words set: {len(items)} items with text, {missing} without")
    for (kind, field), (good, total) in sorted(figures(readings).items(),
                                                key=lambda kv: (kv[0][0], kv[0][1] != "all", kv[0][1])):
        print(f"{kind:15} {field:22} {good:4}/{total:<4} {good / total:.3f}")
    return 0


if __name__ == "__main__":  # pragma: no cover - a bench run
    raise SystemExit(main())
