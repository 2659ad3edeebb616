"""The scorer bench's team items of session 27 (``tests/data/judge27_items.json``, helper relevance): made-up answers,
written by the team and labelled before that session's changes were measured on them, of the relevance faults re-check
rc26 met (N1: "my Zoho pipeline" to a Zoho CRM question called "about something else"; N3: a code story after "I don't
know" to a basic life support question scored 1/10), each as a kind across role families.

* *on_other_words*: an on-topic answer in other words than the question's (a product by its distinctive head,
  "Zoho" for Zoho CRM, "Intacct" for Sage Intacct; a field concept by its parts, compressions and an AED for basic
  life support, a double check for high-risk medications, pull requests for code review, cycle counts for stock
  control): not redirected, relevance 4/5 or more, never called about something else;
* *off_topic*: a story truly about something else (a queue-improvement story to "a conflict inside your team", a party
  to infection control, a hand hygiene audit to basic life support): redirected as off-topic, relevance 2/5 or less;
* *dont_know_reply*: "I don't know", the coach's follow-up, and a reply that answers: the question is scored on the
  reply, 5/10 or more, never "the follow-up reply was about something else";
* *dont_know_off_reply*: the same with a reply about something else: it adds nothing (2/10 or less);
* *structure*: a short spoken answer with an action and a numbered outcome ("I once created 400 duplicates…, so I now
  …"): never "No situation, task, action or result found".

``python -m bench.scorer_judge27`` prints the rows and each item's outcome.
"""

from __future__ import annotations

import json
from pathlib import Path

ITEMS_FILE = Path(__file__).resolve().parents[1] / "tests" / "data" / "judge27_items.json"
KINDS = ("on_other_words", "off_topic", "dont_know_reply", "dont_know_off_reply", "structure")
_CALLED_OFF = ("takes up none of what", "is about something else", "the answer is about", "shows nothing of",
               "does not clearly take up", "but not what the question asks for", "answers another question",
               "never mentions")
NO_PARTS = "No situation, task, action or result found"
DONT_KNOW = "I don't know."


def load(path: Path = ITEMS_FILE) -> tuple[list[dict], str]:
    """The labelled items and the follow-up the coach asks after "I don't know" (([], "") when the file is missing)."""
    if not path.exists():
        return [], ""
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["items"], data["follow_up"]


def _ok(kind: str, o: dict) -> bool:
    called_off = any(c in o["evidence"] for c in _CALLED_OFF)
    if kind == "on_other_words":
        return not o["redirect"] and o["relevance"] >= 4 and not called_off and o["reason"] != "non_answer"
    if kind == "off_topic":
        return o["redirect"] == "off_topic" and o["relevance"] <= 2
    if kind == "dont_know_reply":
        return o["overall"] >= 5 and "follow-up reply was about something else" not in o["evidence"]
    if kind == "dont_know_off_reply":
        return o["overall"] <= 2
    if kind == "structure":
        return not o["redirect"] and not o["structure"].startswith(NO_PARTS) and o["structure_score"] >= 2
    return False


def outcome(item: dict, follow_up: str) -> dict:
    """One item's reading through the coach's own code (the chat's follow-up reason and redirect; the score, or for a
    reply after "I don't know" the question's weighed score) and whether it meets its kind (``ok``)."""
    from core.coach import follow_up_reason
    from core.coach.redirect import redirect_reason
    from core.coach.score import score_answer
    from core.interview.state import QuestionRecord
    from core.interview.weighing import weighed_score

    question, answer, kind = item["question"], item["answer"], item["kind"]
    if kind.startswith("dont_know"):
        record = QuestionRecord(number=1, question=question, answer=DONT_KNOW, follow_up=follow_up,
                                follow_up_answer=answer)
        score = weighed_score(record, lambda q, a: score_answer(q, a))
        reason, redirect = follow_up_reason(question, DONT_KNOW) or "", ""
    else:
        reason = follow_up_reason(question, answer) or ""
        found = redirect_reason(question, answer, reason=reason or None)
        redirect = found[0] if found else ""
        score = score_answer(question, answer)
    o = {"overall": score.overall, "relevance": score.relevance.score, "evidence": score.relevance.evidence,
         "structure": score.structure.evidence, "structure_score": score.structure.score, "reason": reason,
         "redirect": redirect}
    o["ok"] = _ok(kind, o)
    return o


def rows() -> list[tuple[str, float, str, str]]:
    """The bench rows: per kind, the share of items meeting it; and all together."""
    from bench.scorer_judge23 import kind_rows

    items, follow_up = load()
    return kind_rows("judge27", KINDS, [(i, outcome(i, follow_up)) for i in items])


def print_run(name: str, items: list[dict], follow_up, kinds: tuple[str, ...] = KINDS) -> None:
    """Print each item's verdict (and, for a failed one, its evidence and structure) and the kind rows of set
    ``name``; shared with :mod:`bench.scorer_judge27b`."""
    from bench.scorer_judge23 import kind_rows

    seen = []
    for n, item in enumerate(items):
        o = outcome(item, follow_up)
        seen.append((item, o))
        print(f"{n:2d} {'ok ' if o['ok'] else 'BAD'} {item['kind']:20s} rel {o['relevance']} {o['overall']:2d}/10 "
              f"{o['redirect'] or '-':9s} {o['reason'] or '-':12s} {item['question'][:50]!r}")
        if not o["ok"]:
            print(f"      {o['evidence'][:240]}\n      {o['structure'][:160]}")
    for row in kind_rows(name, kinds, seen):
        print(f"{row[0]}: {row[1]}")


if __name__ == "__main__":  # pragma: no cover - a bench run
    print_run("judge27", *load())
