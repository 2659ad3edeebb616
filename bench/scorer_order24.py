"""The scorer bench's team items of session 24 (``tests/data/order24_items.json``, helper order24): made-up answers of
the blame-shifting kind, labelled before the scorer was changed, read apart from the published sets.

* *blame*: every act the answer tells is another person's failure or an excuse ("my manager never told me", "the
  team didn't", "it wasn't my fault"), with no act or result of the speaker's own: at most 5/10, Structure at most
  2/5, a sentence of the feedback saying the answer puts it on others, and a stronger answer that gives the speaker
  no act the answer does not tell (each of its "I …" clauses outside brackets is the answer's own);
* *owned*: a story that names another person's fault and then what the speaker did about it, with its result: 7/10
  or more, never told it puts the failure on others.

``python -m bench.scorer_order24`` prints the rows and each item's outcome.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ITEMS_FILE = Path(__file__).resolve().parents[1] / "tests" / "data" / "order24_items.json"
KINDS = ("blame", "owned")
BLAME_MAX = 5  # overall (1-10) at most of a blame-shifting answer
OWNED_MIN = 7  # overall (1-10) at least of a story that names another's fault and then the speaker's own act
_BLAME_NOTE_RE = re.compile(r"\b(?:blam\w*|other people's|others' (?:failures|faults)|excuses?|on (?:to )?others)\b",
                            re.IGNORECASE)
_I_CLAUSE_RE = re.compile(r"\bI\s+(?:\w+\s+){0,2}?\w+(?:ed|t|k|n|d|e)\b[^.,;:\[\]]*", re.IGNORECASE)


def load_items(path: Path = ITEMS_FILE) -> list[dict]:
    """The labelled items ([] when the file is missing)."""
    return json.loads(path.read_text(encoding="utf-8"))["items"] if path.exists() else []


def blame_said(score) -> bool:
    """Whether a sentence of the feedback (a dimension's evidence or a missing item), outside the answer's words it
    quotes, says the answer puts the failure on others."""
    texts = [score.relevance.evidence, score.structure.evidence, score.specificity.evidence, score.depth.evidence,
             score.communication.evidence, *score.missing]
    return any(_BLAME_NOTE_RE.search(re.sub(r'"[^"]*"', " ", t)) for t in texts)  # the coach's words, not a quote


def invented_acts(answer: str, stronger: str) -> list[str]:
    """The "I …" clauses of the stronger answer, outside its bracketed prompts, that are not in ``answer`` (compared
    on lower-cased words)."""
    plain = re.sub(r"\[[^\]]*\]", " ", stronger or "")
    said = " ".join(re.findall(r"[a-z0-9']+", answer.lower()))
    out = []
    for m in _I_CLAUSE_RE.finditer(plain):
        words = " ".join(re.findall(r"[a-z0-9']+", m.group(0).lower()))
        if words and words not in said:
            out.append(m.group(0).strip())
    return out


def outcome(item: dict) -> dict:
    """One item's reading and whether it meets its kind (``ok``)."""
    from core.coach.score import score_answer

    score = score_answer(item["question"], item["answer"])
    said = blame_said(score)
    invented = invented_acts(item["answer"], score.stronger_answer)
    if item["kind"] == "blame":
        ok = score.overall <= BLAME_MAX and score.structure.score <= 2 and said and not invented
    else:
        ok = score.overall >= OWNED_MIN and not said
    return {"ok": ok, "overall": score.overall, "structure": score.structure.score, "blame_said": said,
            "invented": invented, "dims": [d.score for d in (score.relevance, score.structure, score.specificity,
                                                             score.depth, score.communication)]}


def rows(items: list[dict] | None = None) -> list[tuple[str, float, str, str]]:
    """The bench rows: per kind, the share of items meeting it; and all together."""
    from bench.scorer_judge23 import kind_rows

    items = load_items() if items is None else items
    return kind_rows("order24", KINDS, [(i, outcome(i)) for i in items])


if __name__ == "__main__":  # pragma: no cover - a bench run
    items = load_items()
    for n, item in enumerate(items):
        o = outcome(item)
        print(f"{n:2d} {'ok ' if o['ok'] else 'BAD'} {item['kind']:6s} {o['overall']:2d}/10 {o['dims']} "
              f"blame said: {o['blame_said']} invented: {o['invented'][:2]} {item['question'][:50]!r}")
    for row in rows(items):
        print(f"{row[0]}: {row[1]}")
