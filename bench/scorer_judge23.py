"""The scorer bench's team items of session 23 (``tests/data/judge23_items.json``, helper judge23): made-up answers of
the judgement faults seen in the browser in session 22, each as a kind, read apart from the published sets.

* *closest_dk*: "I don't know", then, asked for the closest thing, a story of the question's kind (bad news told to
  someone): scored on the reply, relevance 4/5 or more and 5/10 or more (:func:`core.interview.weighing.weighed_score`);
* *dated_reply*: a vague first answer with "just", then a follow-up reply telling one dated occasion: Specificity
  never calls it habitual wording, nor asks for "one specific occasion";
* *not_just*: "not just company policy" is no habitual wording;
* *result_lang*: a result told in Spanish, French, German, Portuguese or Italian ("Bajamos a dos días de media") is
  never "Missing: … result";
* *name_number*: a figure inside a name ("Section 42", "Band 6", "Year 4", "Level 3", "Terminal 2") is never quoted
  under "Cites numbers";
* *whole_clause*: each quote under Structure and under "Cites numbers" is a whole clause of the answer: it opens at
  its sentence's start, after a comma, semicolon or colon, or at a conjunction, and ends at its sentence's end or
  before a comma, semicolon or colon.

``python -m bench.scorer_judge23`` prints the rows and each item's outcome.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ITEMS_FILE = Path(__file__).resolve().parents[1] / "tests" / "data" / "judge23_items.json"
KINDS = ("closest_dk", "dated_reply", "not_just", "result_lang", "name_number", "whole_clause")
CLOSEST_FOLLOW_UP = ("That's all right. What is the closest thing you have done, or how would you approach it if it "
                     "happened in your first month here?")
_QUOTE_RE = re.compile(r'"([^"]+)"')
_OPEN_AFTER = re.compile(r"(?:^|[.!?;:,]\s+|\n\s*|\b(?:and|but|so|or|which|where|when|y|et|und|e)\s+)$", re.IGNORECASE)
_CLOSE_BEFORE = re.compile(r"^(?:$|[.!?;:,]|\s+(?:and|but|so|which|where|when)\b)", re.IGNORECASE)


def load_items(path: Path = ITEMS_FILE) -> list[dict]:
    """The labelled items ([] when the file is missing)."""
    return json.loads(path.read_text(encoding="utf-8"))["items"] if path.exists() else []


def whole_clause(answer: str, said: str) -> bool:
    """Whether ``said`` (a quote) is a whole clause of ``answer`` (see the module docstring); a quote not found in
    the answer as it is (the coach's own words) counts as whole."""
    at = answer.find(said)
    if at < 0:
        return True
    return bool(_OPEN_AFTER.search(answer[:at])) and bool(_CLOSE_BEFORE.match(answer[at + len(said):]))


def _numbers_part(evidence: str) -> str:
    m = re.search(r"Cites numbers: (.*?)(?:; (?:named|specific)|\.\s*$|\. [A-Z])", evidence)
    return m.group(1) if m else ""


def _scored(item: dict):
    from core.coach.score import score_answer
    from core.interview.state import QuestionRecord
    from core.interview.weighing import weighed_score

    if "reply" not in item:
        return score_answer(item["question"], item["answer"])
    record = QuestionRecord(number=2, question=item["question"], answer=item["answer"],
                            follow_up=item.get("follow_up", CLOSEST_FOLLOW_UP), follow_up_answer=item["reply"])
    return weighed_score(record, lambda q, a: score_answer(q, a))


def outcome(item: dict) -> dict:
    """One item's reading and whether it meets its kind (``ok``)."""
    score = _scored(item)
    kind, spec, struct = item["kind"], score.specificity.evidence, score.structure.evidence
    if kind == "closest_dk":
        ok = score.relevance.score >= 4 and score.overall >= 5
    elif kind in {"dated_reply", "not_just"}:
        ok = "Habitual" not in spec and not any("specific occasion" in m for m in score.missing)
    elif kind == "result_lang":
        ok = not re.search(r"Missing: [^.]*\bresult", struct)
    elif kind == "name_number":
        ok = item["name"].lower() not in _numbers_part(spec).lower()
    else:
        quotes = _QUOTE_RE.findall(struct) + _QUOTE_RE.findall(_numbers_part(spec))
        ok = all(whole_clause(item["answer"], q) for q in quotes)
    return {"ok": ok, "overall": score.overall, "relevance": score.relevance.score,
            "evidence": {"relevance": score.relevance.evidence, "structure": struct, "specificity": spec},
            "missing": score.missing}


def kind_rows(name: str, kinds: tuple[str, ...] | list[str], seen: list[tuple[dict, dict]]) -> list[tuple[str, float, str, str]]:
    """A team set's bench rows from its ``(item, outcome)`` pairs: per kind, the share of items meeting it; and all
    together ("team judge23 items: closest as labelled (4)")."""
    out: list[tuple[str, float, str, str]] = []
    for kind in kinds:
        mine = [o for i, o in seen if i["kind"] == kind]
        if mine:
            out.append((f"team {name} items: {kind} as labelled ({len(mine)})",
                        round(sum(o["ok"] for o in mine) / len(mine), 3), "", "1"))
    out.append((f"team {name} items: all as labelled ({len(seen)})",
                round(sum(o["ok"] for _i, o in seen) / len(seen), 3) if seen else 0.0, "", "1"))
    return out


def rows(items: list[dict] | None = None) -> list[tuple[str, float, str, str]]:
    """The bench rows: per kind, the share of items meeting it; and all together."""
    items = load_items() if items is None else items
    return kind_rows("judge23", KINDS, [(i, outcome(i)) for i in items])


if __name__ == "__main__":  # pragma: no cover - a bench run
    items = load_items()
    for n, item in enumerate(items):
        o = outcome(item)
        print(f"{n:2d} {'ok ' if o['ok'] else 'BAD'} {item['kind']:12s} rel {o['relevance']} {o['overall']:2d}/10 "
              f"{item['question'][:50]!r}")
        if not o["ok"]:
            for dim, text in o["evidence"].items():
                print(f"      {dim}: {text[:240]}")
    for row in rows(items):
        print(f"{row[0]}: {row[1]}")
