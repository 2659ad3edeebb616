"""Session 20's team set of answers in the CV's and job's own language (tests/data/lang20/answers.json): how the
offline coach orders them against the team's grades, and what it gives non-answers and answers about another subject.

Run: ``python -m bench.lang20_answers`` (``--set lang21`` for session 21's team set, tests/data/lang21/answers.json,
written before the change it measures). Prints, per language and over all: Spearman with the grades, the share of
pairs (same question, different grade) ordered as graded, and the mean overall (1-10) of each kind. The grades are the
team's own (not independent): a check of ordering, not a held-out figure.
"""

from __future__ import annotations

import argparse
import json
from itertools import combinations
from pathlib import Path

import pandas as pd

from core.coach.score import score_answer

SETS = Path(__file__).resolve().parents[1] / "tests" / "data"
DATA = SETS / "lang20" / "answers.json"


def scored_rows(path: Path = DATA) -> pd.DataFrame:
    """One row per answer of the set at ``path``: lang, question_id, kind, grade, score (the coach's overall 1-10),
    relevance (1-5)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = []
    for item in data["answers"]:
        ctx = data["contexts"][item["lang"]]
        score = score_answer(item["question"], item["answer"], job_description=ctx["job"], cv_text=ctx["cv"])
        rows.append({**{k: item[k] for k in ("lang", "question_id", "kind", "grade")}, "score": score.overall,
                     "relevance": score.relevance.score})
    return pd.DataFrame(rows)


def pair_order(frame: pd.DataFrame) -> float:
    """Share of pairs of one question with different grades that the scores order the same way (ties count half)."""
    good = total = 0.0
    for _, group in frame.groupby("question_id"):
        for (_, a), (_, b) in combinations(group.iterrows(), 2):
            if a.grade == b.grade:
                continue
            total += 1
            diff = (a.score - b.score) * (a.grade - b.grade)
            good += 1 if diff > 0 else 0.5 if diff == 0 else 0
    return good / total if total else 0.0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="lang20", choices=("lang20", "lang21"), help="which team set (default lang20)")
    frame = scored_rows(SETS / parser.parse_args(argv).set / "answers.json")
    for lang, part in [*frame.groupby("lang"), ("all", frame)]:
        kinds = part.groupby("kind")["score"].mean().round(2).to_dict()
        print(f"{lang}: n={len(part)} spearman={part['grade'].rank().corr(part['score'].rank()):.2f} "
              f"pairs={pair_order(part):.2f} mean by kind={kinds}")


if __name__ == "__main__":
    main()
