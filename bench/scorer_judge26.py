"""The scorer bench's team items of session 26 (``tests/data/judge26_items.json``, helper judge26): made-up answers of
the judgement faults a re-check on real documents met, each as a kind, labelled before that session's changes.

* *on_meaning*: a true, on-topic answer told in other words than the question's (an executive assistant's push-back
  to a question on managing up, a Microsoft Teams rollout for a collaboration tool, a statsmodels regression for a
  statistical model, "Cat C+E" for HGV driving, a reward chart for behaviour management, checking breathing for first
  aid): relevance 4/5 or more, not redirected, never "about something else", "takes up none of what the question is
  about", "shows nothing of", "does not clearly take up";
* *shown*: the job requirement a question asks about, shown in other words: never "It shows nothing of …";
* *on_short*: a short reply that answers ("They're all up to date"): a follow-up asks for more, never "That sounds
  like a different situation";
* *off_story*: a story of something else (an A/B test) to a safeguarding question: redirected as off-topic, relevance
  2/5 or less;
* *blame*: the failure put on others with an excuse said outright ("it was my colleague's fault, not mine", "das war
  nicht meine Schuld"), in any language the app reads: 5/10 or less, ownership asked for (the blame gap), and no
  strength or "Reasoning shown in" quotes the excuse;
* *outcome*: an outcome told in words ("Eventually the parents agreed", "The board approved it"): never asked for
  the outcome ("no_result"), never "You haven't told me the outcome";
* controls that must not change: *off_control* (a story of something else stays redirected, relevance 2/5 or less),
  *owned_control* (a mistake owned: 6/10 or more, no blame gap), *no_outcome_control* (a story with no outcome is
  still asked for it), *heading_control* (a bare heading of another situation is still called one).

``python -m bench.scorer_judge26`` prints the rows and each item's outcome.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ITEMS_FILE = Path(__file__).resolve().parents[1] / "tests" / "data" / "judge26_items.json"
KINDS = ("on_meaning", "shown", "on_short", "off_story", "blame", "outcome", "off_control", "owned_control",
         "no_outcome_control", "heading_control")
_CALLED_OFF = ("takes up none of what", "is about something else", "the answer is about", "shows nothing of",
               "does not clearly take up", "but not what the question asks for", "answers another question")
_DIFFERENT = "different situation"
_NO_OUTCOME = "You haven't told me the outcome"
# an excuse or a blame said outright, in the languages the app reads (what no strength may quote)
_EXCUSE_RE = re.compile(r"fault|not mine|nicht meine Schuld|Kollege|pas ma faute|coll[eè]gue|culpa m[ií]a|compa[nñ]ero",
                        re.IGNORECASE)


def load_items(path: Path = ITEMS_FILE) -> list[dict]:
    """The labelled items ([] when the file is missing)."""
    return json.loads(path.read_text(encoding="utf-8"))["items"] if path.exists() else []


def _ok(item: dict, o: dict) -> bool:
    kind, rel, evidence = item["kind"], o["relevance"], o["evidence"]
    called_off = any(c in evidence for c in _CALLED_OFF)
    if kind == "on_meaning":
        return not o["redirect"] and rel >= 4 and not called_off and o["reason"] != "non_answer"
    if kind == "shown":
        return "shows nothing of" not in evidence and not o["redirect"] and rel >= 4
    if kind == "on_short":
        return bool(o["follow_up"]) and _DIFFERENT not in o["follow_up"] and not o["redirect"]
    if kind in {"off_story", "off_control"}:
        return o["redirect"] == "off_topic" and rel <= 2
    if kind == "blame":
        quoted = [s for s in o["strengths"] if _EXCUSE_RE.search(s)] + (
            [o["depth"]] if o["depth"].startswith("Reasoning shown") and _EXCUSE_RE.search(o["depth"]) else [])
        return o["overall"] <= 5 and o["blame_gap"] and not quoted
    if kind == "outcome":
        return o["reason"] != "no_result" and not o["tough"].startswith(_NO_OUTCOME)
    if kind == "owned_control":
        return o["overall"] >= 6 and not o["blame_gap"]
    if kind == "no_outcome_control":
        return o["reason"] == "no_result"
    if kind == "heading_control":
        return _DIFFERENT in o["follow_up"]
    return False


def outcome(item: dict) -> dict:
    """One item's reading and whether it meets its kind (``ok``)."""
    from core.coach import follow_up_question, follow_up_reason
    from core.coach.blame import GAP as BLAME_GAP
    from core.coach.pressure import styled_reason, tough_follow_up
    from core.coach.redirect import redirect_reason
    from core.coach.report import build_report
    from core.coach.score import score_answer

    question, answer, docs = item["question"], item["answer"], item.get("lang_docs", "")
    job, cv = item.get("job", ""), item.get("cv", "")
    reason = follow_up_reason(question, answer, docs)
    redirect = redirect_reason(question, answer, reason=reason)
    asked = follow_up_question(reason, question, answer) if reason and reason != "non_answer" else ""
    tough_reason = styled_reason(question, answer, reason, "tough", off_topic=bool(redirect))
    tough = tough_follow_up(tough_reason, question, follow_up_question(tough_reason, question, answer)) if (
        tough_reason and tough_reason != "non_answer") else ""
    score = score_answer(question, answer, job_description=job, cv_text=cv)
    report = build_report([{"question": question, "answer": answer, "score": score}], job_description=job, cv_text=cv)
    o = {"overall": score.overall, "relevance": score.relevance.score, "evidence": score.relevance.evidence,
         "depth": score.depth.evidence, "reason": reason or "", "follow_up": asked, "tough": tough,
         "redirect": redirect[0] if redirect else "", "strengths": list(report.strengths),
         "blame_gap": BLAME_GAP in score.missing, "missing": score.missing}
    o["ok"] = _ok(item, o)
    return o


def rows(items: list[dict] | None = None) -> list[tuple[str, float, str, str]]:
    """The bench rows: per kind, the share of items meeting it; and all together."""
    from bench.scorer_judge23 import kind_rows

    items = load_items() if items is None else items
    return kind_rows("judge26", KINDS, [(i, outcome(i)) for i in items])


if __name__ == "__main__":  # pragma: no cover - a bench run
    from bench.scorer_judge23 import kind_rows

    seen = []
    for n, item in enumerate(load_items()):
        o = outcome(item)
        seen.append((item, o))
        print(f"{n:2d} {'ok ' if o['ok'] else 'BAD'} {item['kind']:18s} rel {o['relevance']} {o['overall']:2d}/10 "
              f"{o['redirect'] or '-':9s} {o['reason'] or '-':12s} {item['question'][:50]!r}")
        if not o["ok"]:
            print(f"      {o['evidence'][:240]}")
            print(f"      follow-up {o['follow_up']!r}; tough {o['tough'][:80]!r}")
            print(f"      depth {o['depth'][:120]!r}; strengths {o['strengths']}; missing {o['missing'][:3]}")
    for row in kind_rows("judge26", KINDS, seen):
        print(f"{row[0]}: {row[1]}")
