"""The scorer bench's team items of session 23b (``tests/data/judge23b_items.json``, helper judge23b): made-up answers
of the on-topic-called-off-topic and off-topic-let-through faults a newcomer met in the browser (nc23), each as a kind.

* *on_story*: a past story of the very situation a "how would you handle…" question sets (a team skipping a rule,
  a colleague cutting corners): never about something else (no redirect, relevance 3/5 or more);
* *on_intro*: the candidate's current work and why the role appeals, to the opening question: the same;
* *on_meaning*: the asked competency told in other words (hiring for recruiting, a plan to double bookings for an
  ambitious target): the same, and never "It shows nothing of …";
* *on_reply*: a follow-up reply giving the result the follow-up asked for: never "The follow-up reply was about
  something else" (:func:`core.interview.weighing.weighed_score`);
* *off_story*: a story of another competency of the same work (an audit told for difficult news): the chat
  redirects it (:func:`core.coach.redirect.redirect_reason` says ``off_topic``) or relevance is 2/5 or less.

``python -m bench.scorer_judge23b`` prints the rows and each item's outcome.
"""

from __future__ import annotations

import json
from pathlib import Path

ITEMS_FILE = Path(__file__).resolve().parents[1] / "tests" / "data" / "judge23b_items.json"
KINDS = ("on_story", "on_intro", "on_meaning", "on_reply", "off_story")


def load_items(path: Path = ITEMS_FILE) -> list[dict]:
    """The labelled items ([] when the file is missing)."""
    return json.loads(path.read_text(encoding="utf-8"))["items"] if path.exists() else []


def outcome(item: dict) -> dict:
    """One item's reading and whether it meets its kind (``ok``)."""
    from core.coach.coverage import OFF_REPLY_NOTE
    from core.coach.redirect import redirect_reason
    from core.coach.score import score_answer
    from core.interview.state import QuestionRecord
    from core.interview.weighing import weighed_score

    kind = item["kind"]
    redirect = redirect_reason(item["question"], item["answer"])
    if kind == "on_reply":
        record = QuestionRecord(number=2, question=item["question"], answer=item["answer"],
                                follow_up=item["follow_up"], follow_up_answer=item["reply"])
        score = weighed_score(record, lambda q, a: score_answer(q, a))
        ok = OFF_REPLY_NOTE.strip() not in score.relevance.evidence
    else:
        score = score_answer(item["question"], item["answer"])
        if kind == "off_story":
            ok = (redirect is not None and redirect[0] == "off_topic") or score.relevance.score <= 2
        else:
            ok = redirect is None and score.relevance.score >= 3 and "shows nothing of" not in score.relevance.evidence
    return {"ok": ok, "overall": score.overall, "relevance": score.relevance.score,
            "redirect": redirect[0] if redirect else "", "evidence": score.relevance.evidence}


def rows(items: list[dict] | None = None) -> list[tuple[str, float, str, str]]:
    """The bench rows: per kind, the share of items meeting it; and all together."""
    from bench.scorer_judge23 import kind_rows

    items = load_items() if items is None else items
    return kind_rows("judge23b", KINDS, [(i, outcome(i)) for i in items])


if __name__ == "__main__":  # pragma: no cover - a bench run
    items = load_items()
    for n, item in enumerate(items):
        o = outcome(item)
        print(f"{n:2d} {'ok ' if o['ok'] else 'BAD'} {item['kind']:10s} rel {o['relevance']} {o['overall']:2d}/10 "
              f"{o['redirect'] or '-':9s} {item['question'][:50]!r}")
        if not o["ok"]:
            print(f"      {o['evidence'][:240]}")
    for row in rows(items):
        print(f"{row[0]}: {row[1]}")
