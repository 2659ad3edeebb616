"""Session 21's team set of role-play, dilemma, knowledge and code-output answers (tests/data/scenario21_team.json): how
the offline coach orders them against the team's grades.

Run: ``python -m bench.scenario21_answers``. Prints, per kind of question and over all: Spearman with the grades, the
share of pairs (same question, different grade) ordered as graded, and the mean overall (1-10) by grade band. The grades
are the team's own (made up with the answers, not independent): a check of ordering, not a held-out figure.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from bench.lang20_answers import pair_order
from core.coach.score import score_answer

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "scenario21_team.json"


def scored_rows() -> pd.DataFrame:
    """One row per answer: kind, question_id, grade (1-10), score (the coach's overall 1-10), relevance (1-5)."""
    rows = []
    for item in json.loads(DATA.read_text(encoding="utf-8"))["answers"]:
        score = score_answer(item["question"], item["answer"])
        rows.append({**{k: item[k] for k in ("id", "kind", "question_id", "grade")}, "score": score.overall,
                     "relevance": score.relevance.score})
    return pd.DataFrame(rows)


def main() -> None:
    frame = scored_rows()
    frame["band"] = pd.cut(frame["grade"], [0, 3, 6, 10], labels=["weak", "short", "strong"])
    for kind, part in [*frame.groupby("kind"), ("all", frame)]:
        bands = part.groupby("band", observed=True)["score"].mean().round(2).to_dict()
        print(f"{kind}: n={len(part)} spearman={part['grade'].rank().corr(part['score'].rank()):.2f} "
              f"pairs={pair_order(part):.2f} mean by band={bands}")


if __name__ == "__main__":
    main()
