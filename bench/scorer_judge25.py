"""The scorer bench's team items of session 25 (``tests/data/judge25_items.json``, helper judge25): made-up answers of
the judgement faults a re-check met in the browser (rc24), each as a kind, labelled before that session's changes.

* *lang_strong*: a strong answer in the CV's and job's language (French, German, Spanish) to an English question:
  on topic (relevance 3/5 or more, never "seems to answer another question"), never redirected;
* *on_jobterms*: an answer on what the question asks, told in the job's own terms (typing asked, "I type the log
  while the caller talks" told): relevance 3/5 or more, never "takes up none of what the question is about" nor
  "names the job's terms … but not what the question asks for";
* *opener*: the first question about the candidate's background, role and motivation, answered with that: judged on
  the background rubric (no "Missing: situation", no STAR gap) and never "does not give what the question asks for";
* *off_story*: a story of something else (any language): relevance 2/5 or less, and the report's Weaknesses line
  for it says it did not answer the question (never "the answer is very short");
* *blame_follow*: an answer that puts the failure on others: its follow-up asks what the candidate themselves did
  or would do;
* *vague_opener*: an opener of claims only: a follow-up is asked.

``python -m bench.scorer_judge25`` prints the rows and each item's outcome.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ITEMS_FILE = Path(__file__).resolve().parents[1] / "tests" / "data" / "judge25_items.json"
KINDS = ("lang_strong", "on_jobterms", "opener", "off_story", "blame_follow", "vague_opener")
STAR_GAPS = ("The situation:", "What you personally did")
_NOT_TAKEN = ("takes up none of what", "but not what the question asks for", "another question",
              "does not give what the question asks for")
_OWN_PART_RE = re.compile(r"\byou (?:yourself|personally)\b|\byour own\b|\byourself\b", re.IGNORECASE)


def load_items(path: Path = ITEMS_FILE) -> list[dict]:
    """The labelled items ([] when the file is missing)."""
    return json.loads(path.read_text(encoding="utf-8"))["items"] if path.exists() else []


def _weakness(item: dict, score) -> str:
    from core.coach.report import build_report

    report = build_report([{"question": item["question"], "answer": item["answer"], "score": score}],
                          job_description=item.get("job", ""), cv_text=item.get("cv", ""))
    return next((w for w in report.weaknesses if w.startswith("In Q1")), "")


def _ok(item: dict, o: dict, score) -> bool:
    kind, rel = item["kind"], score.relevance
    on = not o["redirect"] and rel.score >= 3 and not any(n in rel.evidence for n in _NOT_TAKEN)
    if kind == "opener":
        return on and rel.score >= 4 and "Missing: situation" not in score.structure.evidence and not any(
            m.startswith(STAR_GAPS) for m in score.missing)
    if kind == "off_story":
        line = o["weakness"]
        return rel.score <= 2 and "question" in line and "very short" not in line
    if kind == "blame_follow":
        return bool(_OWN_PART_RE.search(o["follow_up"]))
    if kind == "vague_opener":
        return bool(o["follow_up"])
    return on


def outcome(item: dict) -> dict:
    """One item's reading and whether it meets its kind (``ok``)."""
    from core.coach import follow_up_question, follow_up_reason
    from core.coach.redirect import redirect_reason
    from core.coach.relevance_across import off_question_across
    from core.coach.score import score_answer

    question, answer, docs = item["question"], item["answer"], item.get("lang_docs", "")
    reason = follow_up_reason(question, answer, docs)
    redirect = redirect_reason(question, answer, reason=reason)
    across_off = bool(docs) and redirect is None and reason == "non_answer" and off_question_across(question, answer, docs)
    asked = follow_up_question(reason, question, answer) if reason and reason != "non_answer" else ""
    score = score_answer(question, answer, job_description=item.get("job", ""), cv_text=item.get("cv", ""))
    o = {"overall": score.overall, "relevance": score.relevance.score, "follow_up": asked,
         "redirect": redirect[0] if redirect else ("off_topic (across)" if across_off else ""),
         "evidence": score.relevance.evidence, "missing": score.missing, "structure": score.structure.evidence}
    o["weakness"] = _weakness(item, score) if item["kind"] == "off_story" else ""
    o["ok"] = _ok(item, o, score)
    return o


def rows(items: list[dict] | None = None) -> list[tuple[str, float, str, str]]:
    """The bench rows: per kind, the share of items meeting it; and all together."""
    from bench.scorer_judge23 import kind_rows

    items = load_items() if items is None else items
    return kind_rows("judge25", KINDS, [(i, outcome(i)) for i in items])


if __name__ == "__main__":  # pragma: no cover - a bench run
    items = load_items()
    seen = []
    for n, item in enumerate(items):
        o = outcome(item)
        seen.append((item, o))
        print(f"{n:2d} {'ok ' if o['ok'] else 'BAD'} {item['kind']:12s} rel {o['relevance']} {o['overall']:2d}/10 "
              f"{o['redirect'] or '-':9s} {item['question'][:50]!r}")
        if not o["ok"]:
            print(f"      {o['evidence'][:240]}")
            print(f"      missing {o['missing'][:3]}; structure {o['structure'][:100]}")
            print(f"      follow-up {o['follow_up']!r}; weakness {o['weakness'][:160]!r}")
    from bench.scorer_judge23 import kind_rows

    for row in kind_rows("judge25", KINDS, seen):
        print(f"{row[0]}: {row[1]}")
