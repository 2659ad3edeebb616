"""The scorer bench's team items of session 24 (``tests/data/judge24_items.json``, helper judge24): made-up answers of
the relevance faults a re-check met in the browser (rc23), each as a kind, labelled before that session's changes.

* *on_multi*: an answer on one of the several things a question joins ("P&L, margin and labour scheduling" answered
  on the P&L): never about something else (no redirect, relevance 3/5 or more);
* *on_opener*: the opener on a CV role ("Tell me about that role: what you were responsible for, and why … is your
  next step") answered with that role and why the next one, scored with the job's text as the app scores it: the
  same, and never "it does not answer the question asked" (:data:`core.coach.answers_asked.UNANSWERED_NOTE`);
* *off_oneword*: a story of something else sharing one word with the question (a recruiting story told to a licence
  question, stewards briefed for "a risk you reduced"): the chat redirects it
  (:func:`core.coach.redirect.redirect_reason` says ``off_topic``) and relevance is 2/5 or less: one judgement;
* *factual*: a plain answer to a factual question (a licence held, a notice period, the right to work): never asked
  for a situation or steps (no STAR gap, no "Missing: situation"), relevance 3/5 or more;
* *lang_factual*: an answer in the CV's and job's language to an English credential question: judged (never "not
  judged"), on topic (relevance 3/5 or more, never "seems to answer another question"), and not asked again.

``python -m bench.scorer_judge24`` prints the rows and each item's outcome.
"""

from __future__ import annotations

import json
from pathlib import Path

ITEMS_FILE = Path(__file__).resolve().parents[1] / "tests" / "data" / "judge24_items.json"
KINDS = ("on_multi", "on_opener", "off_oneword", "factual", "lang_factual")
STAR_GAPS = ("The situation:", "What you personally did")


def load_items(path: Path = ITEMS_FILE) -> list[dict]:
    """The labelled items ([] when the file is missing)."""
    return json.loads(path.read_text(encoding="utf-8"))["items"] if path.exists() else []


def _ok(kind: str, score, redirect, across_off: bool) -> bool:
    from core.coach.answers_asked import UNANSWERED_NOTE

    rel = score.relevance
    if kind == "off_oneword":
        return redirect is not None and redirect[0] == "off_topic" and rel.score <= 2
    on = redirect is None and rel.score >= 3
    if kind == "on_opener":
        return on and UNANSWERED_NOTE not in score.specificity.evidence
    if kind == "factual":
        return on and not any(m.startswith(STAR_GAPS) for m in score.missing) and "Missing: situation" not in (
            score.structure.evidence)
    if kind == "lang_factual":
        return on and not across_off and "not judged" not in rel.evidence and "another question" not in rel.evidence
    return on


def outcome(item: dict) -> dict:
    """One item's reading and whether it meets its kind (``ok``)."""
    from core.coach import follow_up_reason
    from core.coach.redirect import redirect_reason
    from core.coach.relevance_across import off_question_across
    from core.coach.score import score_answer

    kind, question, answer = item["kind"], item["question"], item["answer"]
    docs = item.get("lang_docs", "")
    reason = follow_up_reason(question, answer, docs)
    redirect = redirect_reason(question, answer, reason=reason)
    across_off = bool(docs) and redirect is None and reason == "non_answer" and off_question_across(question, answer, docs)
    score = score_answer(question, answer, job_description=item.get("job", ""), cv_text=item.get("cv", ""))
    return {"ok": _ok(kind, score, redirect, across_off), "overall": score.overall, "relevance": score.relevance.score,
            "redirect": redirect[0] if redirect else ("off_topic (across)" if across_off else ""),
            "evidence": score.relevance.evidence, "missing": score.missing, "structure": score.structure.evidence}


def rows(items: list[dict] | None = None) -> list[tuple[str, float, str, str]]:
    """The bench rows: per kind, the share of items meeting it; and all together."""
    from bench.scorer_judge23 import kind_rows

    items = load_items() if items is None else items
    return kind_rows("judge24", KINDS, [(i, outcome(i)) for i in items])


if __name__ == "__main__":  # pragma: no cover - a bench run
    items = load_items()
    for n, item in enumerate(items):
        o = outcome(item)
        print(f"{n:2d} {'ok ' if o['ok'] else 'BAD'} {item['kind']:12s} rel {o['relevance']} {o['overall']:2d}/10 "
              f"{o['redirect'] or '-':9s} {item['question'][:50]!r}")
        if not o["ok"]:
            print(f"      {o['evidence'][:240]}")
            print(f"      missing {o['missing'][:3]}; structure {o['structure'][:100]}")
    for row in rows(items):
        print(f"{row[0]}: {row[1]}")
