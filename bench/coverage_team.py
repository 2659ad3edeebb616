"""The coverage team set (``tests/data/coverage20_team.json``): how often the report's coverage agrees with the
hand labels, per session's items. Made up and labelled by the helpers that changed the code (not independent).

Kinds: ``pairs`` (one answer, one requirement: shown / mentioned / not shown, as
:func:`core.coach.coverage.requirement_evidence` reads the candidate's words), ``questions`` (one question and its
answer, scored offline: the row of :func:`core.coach.coverage.coverage_item` evidenced = shown), ``interviews``
(several rows; 'status' the row expected when given, 'must_contain' the quote), ``cv`` (a CV line shows the
requirement: the report's CV tips do not name it), ``jobs`` (an example of a list is no row or tip alone),
``quotes`` (the quote holds its words), ``reports`` (the report's row status), ``slogans`` (no row), and, from
session 26, ``cv_rows`` (the report's row of a requirement read from the CV and the answers: 'status', and
'must_contain' / 'must_not_contain' for its evidence). Run: ``python -m bench.coverage_team [-v]``.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "tests" / "data" / "coverage20_team.json"
_LABEL = {"evidenced": "shown", "mentioned": "mentioned", "": "not shown"}


def _scored(rows: list[list[str]]):
    from core.coach.score import score_answer

    return [(q, a, score_answer(q, a)) for q, a in rows]


def _report(item: dict):
    from core.coach.report import build_report

    rows = item.get("rows") or []
    return build_report([{"question": q, "answer": a, "score": s} for q, a, s in _scored(rows)],
                        job_title=item["job"].splitlines()[0], job_description=item["job"], cv_text=item["cv"])


def _row(report, requirement: str):
    low = requirement.lower()
    return next((c for c in report.coverage if c.requirement.lower() == low), None) or next(
        (c for c in report.coverage if low in c.requirement.lower() or c.requirement.lower() in low), None)


def judge(kind: str, item: dict) -> tuple[bool, str]:
    """(agrees with the label, what the app said) of one item of ``kind``."""
    from core.analysis.answer import candidate_words
    from core.analysis.text import readable_text
    from core.coach.coverage import coverage_item, requirement_evidence

    if kind == "pairs":
        found = requirement_evidence(candidate_words(readable_text(item["answer"])), item["requirement"])
        said = _LABEL.get(found[0], "not shown")  # a wish or an advert quoted is no evidence: "not shown" allows it
        ok = said == item["label"] or (item["label"] == "not shown" and said == "mentioned")
        return ok, f"{found[0] or 'none'}: {found[1]}"
    if kind == "questions":
        row = coverage_item(item["requirement"], _scored([[item["question"], item["answer"]]]))
        return (row.status == "evidenced") == (item["label"] == "shown"), f"{row.status}: {row.evidence}"
    if kind == "interviews":
        row = coverage_item(item["requirement"], _scored(item["rows"]))
        ok = (row.status == "evidenced") == (item["label"] == "shown")
        if "status" in item:
            ok = ok and row.status == item["status"]
        if "must_contain" in item:
            ok = ok and item["must_contain"] in row.evidence
        return ok, f"{row.status}: {row.evidence}"
    if kind == "cv":
        from core.coach.report_tips import cv_tips

        tips = " ".join(cv_tips(item["cv"], [item["requirement"]])).lower()
        named = item["requirement"].lower() in tips
        return named == (item["label"] != "shown"), tips[:160]
    if kind == "jobs":
        report = _report(item)
        said = " ".join([*(c.requirement for c in report.coverage), *report.cv_tips])
        alone = [c.requirement for c in report.coverage if c.requirement.lower() == item["member"].lower()]
        return not alone, said[:160]
    if kind == "quotes":
        row = coverage_item(item["requirement"], _scored([["Tell me about your work.", item["answer"]]]))
        return item["must_contain"] in row.evidence, row.evidence
    if kind == "reports":
        row = _row(_report(item), item["requirement"])
        return row is not None and row.status == item["status"], f"{row.status}: {row.evidence}" if row else "no row"
    if kind == "slogans":
        report = _report(item)
        return _row(report, item["slogan"]) is None, " | ".join(c.requirement for c in report.coverage)
    if kind == "cv_rows":
        row = _row(_report(item), item["requirement"])
        if row is None:
            return item["status"] == "no row", "no row"
        ok = row.status == item["status"]
        ok = ok and all(w.lower() in row.evidence.lower() for w in item.get("must_contain", []))
        ok = ok and not any(w.lower() in row.evidence.lower() for w in item.get("must_not_contain", []))
        return ok, f"{row.status}: {row.evidence}"
    raise ValueError(f"unknown kind {kind}")


def main(argv: list[str]) -> int:
    data = json.loads(SET.read_text(encoding="utf-8"))
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for kind, items in data.items():
        if not isinstance(items, list):
            continue
        for item in items:
            ok, said = judge(kind, item)
            key = (str(item.get("session", 20)), kind)
            tally[key][0] += ok
            tally[key][1] += 1
            if "-v" in argv and not ok:
                print(f"MISS {key} {item.get('requirement') or item.get('member') or item.get('slogan')!r}: {said[:220]}")
    for (session, kind), (ok, total) in sorted(tally.items()):
        print(f"session {session:>4} {kind:<11} {ok}/{total}")
    print(f"all {sum(v[0] for v in tally.values())}/{sum(v[1] for v in tally.values())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
