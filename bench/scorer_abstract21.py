"""The scorer bench's team pairs of session 21 (``tests/data/abstract21_pairs.json``, helper judge21), read apart from
the published set: questions worded abstractly ("align several teams with competing priorities"), built on a
requirement label ("The role calls for leading a team…"), naming a job requirement in passing ("Costs are 12% over
budget…" beside "owning the budget") or asking two things, each with a strong answer in other words (*on*); and
questions with few subject words of their own answered about something else, a tenure, a grievance (*off*).

* *on*: a false call is the coach calling it off-topic (chat or scorer) or its relevance at 2/5 or less; the shares at
  relevance 4/5 or more and at 6/10 or more are given;
* *off*: success when the coach calls it off-topic (chat, or the scorer's relevance at 2/5 or less) and, separately,
  when it scores 4/10 or less.

``python -m bench.scorer_abstract21`` prints the rows and each pair's outcome.
"""

from __future__ import annotations

import json
from pathlib import Path

PAIRS_FILE = Path(__file__).resolve().parents[1] / "tests" / "data" / "abstract21_pairs.json"


def load_pairs(path: Path = PAIRS_FILE) -> list[dict]:
    """The labelled pairs ([] when the file is missing)."""
    return json.loads(path.read_text(encoding="utf-8"))["pairs"] if path.exists() else []


def outcome(pair: dict) -> dict:
    """One pair's reading: ``called`` (the chat or the scorer calls it off-topic), ``relevance`` (1-5), ``overall``
    (1-10)."""
    from bench.scorer_offtopic import called_off_topic
    from core.coach.redirect import about_something_else
    from core.coach.score import score_answer

    score = score_answer(pair["question"], pair["answer"], job_description=pair.get("job", ""))
    called = (called_off_topic(pair["question"], pair["answer"]) or about_something_else(pair["question"], pair["answer"])
              or score.relevance.score <= 2)
    return {"called": called, "relevance": score.relevance.score, "overall": score.overall,
            "evidence": score.relevance.evidence, "missing": score.missing}


def rows(pairs: list[dict] | None = None) -> list[tuple[str, float, str, str]]:
    """The bench rows (see the module docstring)."""
    pairs = load_pairs() if pairs is None else pairs
    seen = [(p, outcome(p)) for p in pairs]
    on = [o for p, o in seen if p["label"] == "on"]
    off = [o for p, o in seen if p["label"] == "off"]
    out: list[tuple[str, float, str, str]] = []
    if on:
        out += [
            (f"team abstract21 pairs: on-topic answers called off-topic or at relevance <= 2 ({len(on)})",
             round(sum(o["called"] for o in on) / len(on), 3), "", "0"),
            (f"team abstract21 pairs: on-topic answers at relevance 4/5 or more ({len(on)})",
             round(sum(o["relevance"] >= 4 for o in on) / len(on), 3), "", "compare"),
            (f"team abstract21 pairs: on-topic answers at 6/10 or more ({len(on)})",
             round(sum(o["overall"] >= 6 for o in on) / len(on), 3), "", "compare"),
        ]
    if off:
        out += [
            (f"team abstract21 pairs: other-subject answers called off-topic ({len(off)})",
             round(sum(o["called"] for o in off) / len(off), 3), "", "compare"),
            (f"team abstract21 pairs: other-subject answers at 4/10 or less ({len(off)})",
             round(sum(o["overall"] <= 4 for o in off) / len(off), 3), "", "compare"),
        ]
    return out


if __name__ == "__main__":  # pragma: no cover - a bench run
    pairs = load_pairs()
    for i, p in enumerate(pairs):
        o = outcome(p)
        ok = (not o["called"] and o["relevance"] >= 4) if p["label"] == "on" else (o["called"] or o["overall"] <= 4)
        print(f"{i:2d} {'ok ' if ok else 'BAD'} {p['label']:3s} {p['kind']:9s} rel {o['relevance']} {o['overall']:2d}/10 "
              f"{'called' if o['called'] else '':6s} {p['question'][:60]!r}")
        if not ok:
            print("      ", o["evidence"][:300], o["missing"][:2])
    for row in rows(pairs):
        print(f"{row[0]}: {row[1]}")
