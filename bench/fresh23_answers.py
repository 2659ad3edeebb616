"""The fresh held-out published-answers set of session 23: loading, figures, worst-ordered pairs, per-item table.

``python -m bench.bench_scorer --fresh23`` (rows), ``python -m bench.fresh23_answers --worst [N]`` (the
same-question pairs the coach orders worst) or ``python -m bench.fresh23_answers --tsv PATH`` (question, grade,
score and words of every scored item). The set (SOURCES.md "Fresh set, session 23") comes from three repositories
used nowhere before in this project and was graded (mapped to weak 0 / okay 1 / strong 2) before any scorer was
run on it, so it is a held-out check: do not tune on it. Two sources carry no licence: only their index is in
the repository (``tests/data/devsets/answers/index_fresh23.jsonl``), their texts are read from
``INTERVIEW_FRESH23_CACHE`` (default ``~/.cache/interview-simulator/devsets/fresh23_texts.jsonl``, written by
``build_fresh23.py``) and an item is scored only when its cached text has the indexed SHA-256. The third is
MIT-licensed: its lines, texts included, are in ``answers_fresh23.jsonl`` and are always scored.

Rows: the set pooled, the set without its 64-answer AI-evaluation course (``careerhub``, which would otherwise
dominate), and each source alone. Measures, each for the coach and for the answer-length baseline, as for fresh
set 22 (``bench.fresh22_answers.figures``): Spearman with grades; pairs in order over same-question pairs of
different grades (a tie counts half); strong above weak (grade 2 vs grade 0 pairs only); and length-matched
pairs, the same-question pairs of different grades whose word counts are within a factor of 1.5 of each other.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from bench import fresh21_answers, fresh22_answers
from bench.bench_scorer import DEVSET_DIR, Item, Scorer, default_scorer, length_scorer

INDEX_FILE = DEVSET_DIR / "index_fresh23.jsonl"
ANSWERS_FILE = DEVSET_DIR / "answers_fresh23.jsonl"
DEFAULT_CACHE = Path.home() / ".cache" / "interview-simulator" / "devsets" / "fresh23_texts.jsonl"
BIG_SOURCE = "careerhub"

Row = tuple[str, float, str, str]
figures = fresh22_answers.figures
worst_pairs = fresh22_answers.worst_pairs


def read_index(path: Path = INDEX_FILE) -> list[dict]:
    """The index lines of the index-only sources (one dict per graded answer; no texts)."""
    return fresh21_answers.read_index(path)


def read_kept(path: Path = ANSWERS_FILE) -> list[dict]:
    """The lines kept with their texts (MIT-licensed source): the index keys plus ``question`` and ``answer``."""
    return fresh21_answers.read_index(path)


def kept_items(kept: list[dict]) -> list[Item]:
    """Items of the kept lines whose answer still has the recorded SHA-256 (a changed text is left out)."""
    return [Item(r["id"], r["question_id"], r["question"], r["answer"], int(r["grade"]), r["field"], r["source"])
            for r in kept if hashlib.sha256(r["answer"].encode("utf-8")).hexdigest() == r["sha256"]]


def load_fresh23(cache: Path | None = None, index: list[dict] | None = None,
                 kept: list[dict] | None = None) -> tuple[list[Item], int]:
    """(the kept items plus the index-only items whose cached text matches the indexed SHA-256, number of index
    lines left without text)."""
    index = read_index() if index is None else index
    kept = read_kept() if kept is None else kept
    cached, missing = fresh21_answers.load_indexed(
        index, cache or Path(os.environ.get("INTERVIEW_FRESH23_CACHE", DEFAULT_CACHE)))
    return kept_items(kept) + cached, missing


def groups(items: list[Item]) -> dict[str, list[Item]]:
    """The item groups reported: pooled, without the big course source, and each source alone."""
    out: dict[str, list[Item]] = {"pooled": list(items),
                                  f"without {BIG_SOURCE}": [i for i in items if i.source != BIG_SOURCE]}
    return {**out, **fresh21_answers.by_source(items)}


def rows(scorer: Scorer | None = None, cache: Path | None = None, kept: list[dict] | None = None) -> list[Row]:
    """All fresh-set-23 rows for the coach (or ``scorer``) with the length baseline beside each figure."""
    index = read_index()
    items, missing = load_fresh23(cache, index, kept)
    out: list[Row] = [("fresh set 23: answers scored (kept texts + cached index-only texts)", float(len(items)),
                       "items", f"{missing} of {len(index)} index-only without text")]
    if not items:
        return out
    scorer = scorer or default_scorer()
    scores = fresh21_answers.score_all(items, scorer)
    lengths = fresh21_answers.score_all(items, length_scorer)
    for label, group in groups(items).items():
        if group:
            out += fresh21_answers.set_rows("fresh set 23", label, figures(group, scores), figures(group, lengths),
                                            "length-matched pairs, words within x1.5")
    return out


def main(argv: list[str] | None = None) -> int:
    """``python -m bench.fresh23_answers [--worst N] [--tsv PATH]``: the rows, the N worst-ordered pairs, or the
    per-item table."""
    def load() -> tuple[list[Item], list[dict]]:
        index, kept = read_index(), read_kept()
        return load_fresh23(index=index, kept=kept)[0], index + kept

    return fresh21_answers.run_cli(argv, "Fresh held-out published answers (session 23)", rows, load)


if __name__ == "__main__":
    raise SystemExit(main())
