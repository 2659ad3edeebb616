"""The fresh held-out published-answers set of session 22: loading, figures, worst-ordered pairs, per-item table.

``python -m bench.bench_scorer --fresh22`` (rows), ``python -m bench.fresh22_answers --worst [N]`` (the
same-question pairs the coach orders worst) or ``python -m bench.fresh22_answers --tsv PATH`` (question, grade,
score and words of every scored item). The set (``tests/data/devsets/answers/index_fresh22.jsonl``, SOURCES.md
"Fresh set, session 22") comes from three repositories used nowhere before in this project and was graded
(mapped to weak 0 / okay 1 / strong 2) before any scorer was run on it, so it is a held-out check: do not tune
on it. No source carries a licence, so only the index is in the repository; the texts are read from
``INTERVIEW_FRESH22_CACHE`` (default ``~/.cache/interview-simulator/devsets/fresh22_texts.jsonl``, written by
``build_fresh22.py``) and an item is scored only when its cached text has the indexed SHA-256.

Rows: the set pooled, the set without its 132-answer case-interview source (``guesstimates``, which would
otherwise dominate), and each source alone. Measures, each for the coach and for the answer-length baseline
(same definitions as the published rows of ``bench/bench_scorer.py``): Spearman with grades; pairs in order
over same-question pairs of different grades (a tie counts half); strong above weak (the grade 2 vs grade 0
pairs only); and length-matched pairs, here the same-question pairs of different grades whose word counts are
within a factor of 1.5 of each other (shorter x 1.5 >= longer), where answer length alone cannot order them.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

from bench import fresh21_answers
from bench.bench_scorer import (
    DEVSET_DIR,
    Item,
    Scorer,
    default_scorer,
    graded_pairs,
    length_scorer,
    pair_accuracy,
    spearman,
    words,
)

INDEX_FILE = DEVSET_DIR / "index_fresh22.jsonl"
DEFAULT_CACHE = Path.home() / ".cache" / "interview-simulator" / "devsets" / "fresh22_texts.jsonl"
BIG_SOURCE = "guesstimates"
LENGTH_FACTOR = 1.5

Row = tuple[str, float, str, str]


def read_index(path: Path = INDEX_FILE) -> list[dict]:
    """The index lines (one dict per graded answer; no texts)."""
    return fresh21_answers.read_index(path)


def load_fresh22(cache: Path | None = None, index: list[dict] | None = None) -> tuple[list[Item], int]:
    """(items whose cached text matches the indexed SHA-256, number of index lines left without text)."""
    index = read_index() if index is None else index
    return fresh21_answers.load_indexed(index, cache or Path(os.environ.get("INTERVIEW_FRESH22_CACHE", DEFAULT_CACHE)))


def length_matched(pairs: list[tuple[Item, Item]], factor: float = LENGTH_FACTOR) -> list[tuple[Item, Item]]:
    """The (better, worse) pairs whose word counts are within ``factor`` of each other."""
    return [(b, w) for b, w in pairs if min(words(b.answer), words(w.answer)) * factor >= max(words(b.answer),
                                                                                             words(w.answer))]


def figures(items: list[Item], scores: dict[str, float]) -> dict[str, float]:
    """Spearman, pair ordering, strong-above-weak and length-matched ordering for given scores."""
    pairs = graded_pairs(items)
    extreme = [(b, w) for b, w in pairs if b.grade == 2 and w.grade == 0]
    matched = length_matched(pairs)
    grades = {i.grade for i in items}
    rho = spearman([scores[i.id] for i in items], [float(i.grade) for i in items]) if len(grades) > 1 else float("nan")
    return {
        "items": len(items), "pairs": len(pairs), "extreme": len(extreme), "matched": len(matched), "spearman": rho,
        "ordering": pair_accuracy(pairs, scores), "strong_above_weak": pair_accuracy(extreme, scores),
        "length_matched": pair_accuracy(matched, scores),
    }


def _rows(label: str, coach: dict[str, float], length: dict[str, float]) -> list[Row]:
    return fresh21_answers.set_rows("fresh set 22", label, coach, length, "length-matched pairs, words within x1.5")


def groups(items: list[Item]) -> dict[str, list[Item]]:
    """The item groups reported: pooled, without the big case-interview source, and each source alone."""
    out: dict[str, list[Item]] = {"pooled": list(items),
                                  f"without {BIG_SOURCE}": [i for i in items if i.source != BIG_SOURCE]}
    return {**out, **fresh21_answers.by_source(items)}


def rows(scorer: Scorer | None = None, cache: Path | None = None) -> list[Row]:
    """All fresh-set-22 rows for the coach (or ``scorer``) with the length baseline beside each figure."""
    index = read_index()
    items, missing = load_fresh22(cache, index)
    out: list[Row] = [("fresh set 22: answers scored (cached index-only texts)", float(len(items)), "items",
                       f"{missing} of {len(index)} without text")]
    if not items:
        return out
    scorer = scorer or default_scorer()
    scores, lengths = fresh21_answers.score_all(items, scorer), fresh21_answers.score_all(items, length_scorer)
    for label, group in groups(items).items():
        if group:
            out += _rows(label, figures(group, scores), figures(group, lengths))
    return out


worst_pairs = fresh21_answers.worst_pairs  # one ordering of the wrong pairs for every fresh set


def write_table(path: Path, items: list[Item], scores: dict[str, float], index: list[dict]) -> int:
    """One tab-separated line per scored item: id, source, question, source grade, grade, score, words."""
    labels = {entry["id"]: entry["source_grade"] for entry in index}
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(["id", "source", "question", "source_grade", "grade", "score", "words"])
        for item in items:
            writer.writerow([item.id, item.source, item.question, labels.get(item.id, ""), item.grade,
                             f"{scores[item.id]:.2f}", words(item.answer)])
    return len(items)


def main(argv: list[str] | None = None) -> int:
    """``python -m bench.fresh22_answers [--worst N] [--tsv PATH]``: the rows, the N worst-ordered pairs, or the
    per-item table."""
    def load() -> tuple[list[Item], list[dict]]:
        index = read_index()
        return load_fresh22(index=index)[0], index

    return fresh21_answers.run_cli(argv, "Fresh held-out published answers (session 22)", rows, load)


if __name__ == "__main__":
    raise SystemExit(main())
