"""The scorer bench's team off-topic pairs (:mod:`bench.bench_scorer`): competency questions with answers the team
wrote and labelled (``tests/data/offtopic_pairs20.json``, session 20), read apart from the published set.

* *off*: a complete story about another subject; success when the coach calls it off-topic
  (:func:`bench.scorer_offtopic.called_off_topic`) and, separately, when it scores 4/10 or less;
* *on*: a story answering in its own words; a call is a false one, and the share scoring 6/10 or more is given;
* *closest*: after "I haven't done that" and the coach's follow-up, a related experience; success when the question
  (:func:`core.interview.weighing.weighed_score`) scores 4-6/10; *off_after_denial*: such a reply about something
  else, success at 3/10 or less.
"""

from __future__ import annotations

import json
from pathlib import Path

PAIRS_FILE = Path(__file__).resolve().parents[1] / "tests" / "data" / "offtopic_pairs20.json"


def load_pairs(path: Path = PAIRS_FILE) -> list[dict]:
    """The labelled pairs ([] when the file is missing)."""
    if not path.exists():
        return []
    return json.loads(path.read_text(encoding="utf-8"))["pairs"]


def _weighed(pair: dict) -> int:
    from core.coach.score import score_answer
    from core.interview.state import QuestionRecord
    from core.interview.weighing import weighed_score

    job = pair.get("job", "")
    record = QuestionRecord(number=1, question=pair["question"], answer=pair["answer"], follow_up=pair["follow_up"],
                            follow_up_answer=pair["reply"])
    return weighed_score(record, lambda q, a: score_answer(q, a, job_description=job)).overall


def rows(pairs: list[dict] | None = None) -> list[tuple[str, float, str, str]]:
    """The bench rows for the team off-topic pairs (see the module docstring)."""
    from bench.scorer_offtopic import called_off_topic
    from core.coach.score import score_answer

    pairs = load_pairs() if pairs is None else pairs
    out: list[tuple[str, float, str, str]] = []
    off = [p for p in pairs if p["label"] == "off"]
    on = [p for p in pairs if p["label"] == "on"]
    if off:
        out += [
            (f"team off-topic pairs: other-subject stories called off-topic ({len(off)})",
             round(sum(called_off_topic(p["question"], p["answer"]) for p in off) / len(off), 3), "", "compare"),
            (f"team off-topic pairs: other-subject stories at 4/10 or less ({len(off)})",
             round(sum(score_answer(p["question"], p["answer"]).overall <= 4 for p in off) / len(off), 3), "",
             "compare"),
        ]
    if on:
        out += [
            (f"team off-topic pairs: on-topic stories called off-topic ({len(on)})",
             round(sum(called_off_topic(p["question"], p["answer"]) for p in on) / len(on), 3), "", "0"),
            (f"team off-topic pairs: on-topic stories at 6/10 or more ({len(on)})",
             round(sum(score_answer(p["question"], p["answer"]).overall >= 6 for p in on) / len(on), 3), "", "compare"),
        ]
    closest = [p for p in pairs if p["label"] == "closest"]
    if closest:
        out.append((f"team off-topic pairs: closest thing after a denial at 4-6/10 ({len(closest)})",
                    round(sum(4 <= _weighed(p) <= 6 for p in closest) / len(closest), 3), "", "compare"))
    denied_off = [p for p in pairs if p["label"] == "off_after_denial"]
    if denied_off:
        out.append((f"team off-topic pairs: another subject after a denial at 3/10 or less ({len(denied_off)})",
                    round(sum(_weighed(p) <= 3 for p in denied_off) / len(denied_off), 3), "", "compare"))
    return out


FALSECALL_FILE = PAIRS_FILE.with_name("falsecall_pairs20.json")


def falsecall_rows(pairs: list[dict] | None = None) -> list[tuple[str, float, str, str]]:
    """The bench rows for the team false-call pairs (``tests/data/falsecall_pairs20.json``, session 20): weak and
    strong answers on the question's subject never called off-topic, stories about something else called."""
    from bench.scorer_offtopic import called_off_topic
    from core.coach.redirect import about_something_else
    from core.coach.score import score_answer

    pairs = load_pairs(FALSECALL_FILE) if pairs is None else pairs
    out: list[tuple[str, float, str, str]] = []
    for label, name, target in (("weak_on", "weak on-topic answers", "0"), ("on", "strong on-topic answers", "0")):
        group = [p for p in pairs if p["label"] == label]
        if group:
            called = sum(called_off_topic(p["question"], p["answer"]) or about_something_else(p["question"], p["answer"])
                         for p in group)
            out.append((f"team false-call pairs: {name} called off-topic, scorer or chat ({len(group)})",
                        round(called / len(group), 3), "", target))
    strong = [p for p in pairs if p["label"] == "on"]
    if strong:
        out.append((f"team false-call pairs: strong on-topic answers at 6/10 or more ({len(strong)})",
                    round(sum(score_answer(p["question"], p["answer"]).overall >= 6 for p in strong) / len(strong), 3),
                    "", "compare"))
    off = [p for p in pairs if p["label"] == "off"]
    if off:
        out.append((f"team false-call pairs: other-subject stories called off-topic ({len(off)})",
                    round(sum(called_off_topic(p["question"], p["answer"]) for p in off) / len(off), 3), "", "compare"))
    return out
