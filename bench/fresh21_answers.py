"""The fresh held-out published-answers set of session 21: loading, figures and the worst-ordered pairs.

``python -m bench.bench_scorer --fresh21`` (rows) or ``python -m bench.fresh21_answers --worst [N]`` (the
same-question pairs the coach orders worst). The set (``tests/data/devsets/answers/index_fresh21.jsonl``,
SOURCES.md "Fresh set, session 21") comes from five repositories used nowhere before in this project
and was graded (mapped to weak 0 / okay 1 / strong 2) before any scorer was run on it, so it is a
held-out check: do not tune on it. No source carries a licence, so only the index is in the repository;
the texts are read from ``INTERVIEW_FRESH21_CACHE`` (default
``~/.cache/interview-simulator/devsets/fresh21_texts.jsonl``, written by ``build_fresh21.py``) and an item
is scored only when its cached text has the indexed SHA-256.

Rows: the English items pooled, the same without the 360-item software quiz source (``karkas``, which
would otherwise dominate), each source alone, and the Russian copy of ``karkas`` apart (another language).
Measures (same definitions as the published rows of ``bench/bench_scorer.py``): Spearman with grades,
pair ordering over same-question pairs of different grades, strong-above-weak (the grade 2 vs grade 0
pairs only), length-matched pairs (within 30 %), each for the coach and for the answer-length baseline.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

from bench.bench_scorer import (
    DEVSET_DIR,
    Item,
    Scorer,
    default_scorer,
    graded_pairs,
    length_matched,
    length_scorer,
    pair_accuracy,
    spearman,
    words,
)

INDEX_FILE = DEVSET_DIR / "index_fresh21.jsonl"
DEFAULT_CACHE = Path.home() / ".cache" / "interview-simulator" / "devsets" / "fresh21_texts.jsonl"
BIG_SOURCE = "karkas"

Row = tuple[str, float, str, str]


def read_index(path: Path = INDEX_FILE) -> list[dict]:
    """The index lines (one dict per graded answer; no texts)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_fresh21(cache: Path | None = None, index: list[dict] | None = None) -> tuple[list[Item], int]:
    """(items whose cached text matches the indexed SHA-256, number of index lines left without text)."""
    index = read_index() if index is None else index
    return load_indexed(index, cache or Path(os.environ.get("INTERVIEW_FRESH21_CACHE", DEFAULT_CACHE)))


def load_indexed(index: list[dict], cache: Path) -> tuple[list[Item], int]:
    """(items of ``index`` whose text in the JSONL ``cache`` matches the indexed SHA-256, number left without text);
    shared by the fresh sets of published answers kept as an index only."""
    texts: dict[str, dict] = {}
    if cache.exists():
        for line in cache.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                texts[row["id"]] = row
    items, missing = [], 0
    for entry in index:
        cached = texts.get(entry["id"])
        if cached and hashlib.sha256(cached["answer"].encode("utf-8")).hexdigest() == entry["sha256"]:
            items.append(Item(entry["id"], entry["question_id"], cached["question"], cached["answer"],
                              int(entry["grade"]), entry["field"], entry["source"]))
        else:
            missing += 1
    return items, missing


def figures(items: list[Item], scores: dict[str, float]) -> dict[str, float]:
    """Spearman, pair ordering, strong-above-weak and length-matched ordering for given scores."""
    pairs = graded_pairs(items)
    extreme = [(b, w) for b, w in pairs if b.grade == 2 and w.grade == 0]
    matched = length_matched(pairs)
    return {
        "items": len(items), "pairs": len(pairs), "extreme": len(extreme), "matched": len(matched),
        "spearman": spearman([scores[i.id] for i in items], [float(i.grade) for i in items]) if items else float("nan"),
        "ordering": pair_accuracy(pairs, scores), "strong_above_weak": pair_accuracy(extreme, scores),
        "length_matched": pair_accuracy(matched, scores),
    }


def _rows(label: str, coach: dict[str, float], length: dict[str, float]) -> list[Row]:
    return set_rows("fresh set 21", label, coach, length, "length-matched pairs")


def set_rows(name: str, label: str, coach: dict[str, float], length: dict[str, float], matched: str) -> list[Row]:
    """The rows of one group of a fresh set of published answers (``name`` "fresh set 21"), the length-alone figure
    beside each; ``matched`` names its length-matched measure."""
    def value(x: float) -> float:
        return round(x, 3)

    return [
        (f"{name} {label}: Spearman with grades ({coach['items']} answers)", value(coach["spearman"]), "",
         f"compare: length alone {value(length['spearman'])}"),
        (f"{name} {label}: pairs in order ({coach['pairs']} same-question pairs)", value(coach["ordering"]), "",
         f"compare: length alone {value(length['ordering'])}"),
        (f"{name} {label}: strong above weak ({coach['extreme']} pairs)", value(coach["strong_above_weak"]), "",
         f"compare: length alone {value(length['strong_above_weak'])}"),
        (f"{name} {label}: {matched} ({coach['matched']})", value(coach["length_matched"]), "",
         f"compare: length alone {value(length['length_matched'])}"),
    ]


def by_source(items: Iterable[Item]) -> dict[str, list[Item]]:
    """``items`` grouped by their source, as the fresh sets report them ("source <name>" -> items, sorted by name)."""
    grouped: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        grouped[item.source].append(item)
    return {f"source {source}": grouped[source] for source in sorted(grouped)}


def groups(items: Iterable[Item], langs: dict[str, str]) -> dict[str, list[Item]]:
    """The item groups reported: pooled English, English without the big quiz source, each source, Russian."""
    english = [i for i in items if langs.get(i.id, "en") == "en"]
    out: dict[str, list[Item]] = {"English pooled": english,
                                  f"English without {BIG_SOURCE}": [i for i in english if i.source != BIG_SOURCE]}
    return {**out, **by_source(items)}


def score_all(items: list[Item], scorer: Scorer) -> dict[str, float]:
    return {item.id: scorer(item.question, item.answer) for item in items}


def rows(scorer: Scorer | None = None, cache: Path | None = None) -> list[Row]:
    """All fresh-set rows for the coach (or ``scorer``) with the length baseline beside each figure."""
    index = read_index()
    items, missing = load_fresh21(cache, index)
    out: list[Row] = [("fresh set 21: answers scored (cached index-only texts)", float(len(items)), "items",
                       f"{missing} of {len(index)} without text")]
    if not items:
        return out
    scorer = scorer or default_scorer()
    scores, lengths = score_all(items, scorer), score_all(items, length_scorer)
    langs = {entry["id"]: entry.get("lang", "en") for entry in index}
    for label, group in groups(items, langs).items():
        out += _rows(label, figures(group, scores), figures(group, lengths))
    return out


def worst_pairs(items: list[Item], scores: dict[str, float], limit: int = 15) -> list[tuple[Item, Item, float]]:
    """Same-question (better, worse, score gap) pairs the scorer orders wrongly, worst first (ties last)."""
    wrong = [(b, w, scores[b.id] - scores[w.id]) for b, w in graded_pairs(items) if scores[b.id] <= scores[w.id]]
    return sorted(wrong, key=lambda t: (t[2], -(t[0].grade - t[1].grade), t[0].id))[:limit]


def print_rows(table: list[tuple[str, float, str, str]]) -> None:
    """The bench rows as the fresh sets' command lines print them."""
    for row in table:
        print(f"{row[0]:<80} {row[1]:>8} {row[2]:<6} ({row[3]})")


def print_worst(items: list, scores: dict, count: int) -> None:
    """The ``count`` worst-ordered same-question pairs of ``items`` under ``scores`` (id -> score), one block each."""
    for better, worse, gap in worst_pairs(items, scores, count):
        print(f"{better.source}\t{better.question[:90]!r}\n\tgrade {better.grade} scored {scores[better.id]:.1f} "
              f"({words(better.answer)} w): {better.answer[:110]!r}\n\tgrade {worse.grade} scored "
              f"{scores[worse.id]:.1f} ({words(worse.answer)} w): {worse.answer[:110]!r}  gap {gap:+.1f}")


def run_cli(argv: list[str] | None, description: str, table: Callable[[], list], load: Callable[[], tuple[list[Item], list[dict]]]) -> int:
    """A fresh set's command line (``[--worst N] [--tsv PATH]``): ``table()`` its rows; else ``load()`` gives
    ``(items, index entries)`` for the N worst-ordered pairs and the per-item table (:func:`write_table` of
    :mod:`bench.fresh22_answers`)."""
    import argparse

    from bench.fresh22_answers import write_table

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--worst", type=int, default=0, help="list the N worst-ordered same-question pairs")
    parser.add_argument("--tsv", type=Path, help="write the per-item table (question, grade, score, words) here")
    args = parser.parse_args(argv)
    if not args.worst and not args.tsv:
        print_rows(table())
        return 0
    items, entries = load()
    scores = score_all(items, default_scorer())
    if args.tsv:
        print(f"{write_table(args.tsv, items, scores, entries)} items written to {args.tsv}")
    print_worst(items, scores, args.worst)
    return 0


def main(argv: list[str] | None = None) -> int:
    """``python -m bench.fresh21_answers [--worst N]``: the rows, or the N worst-ordered pairs (English)."""
    import argparse

    parser = argparse.ArgumentParser(description="Fresh held-out published answers (session 21)")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst-ordered same-question pairs")
    args = parser.parse_args(argv)
    if not args.worst:
        print_rows(rows())
        return 0
    index = read_index()
    langs = {entry["id"]: entry.get("lang", "en") for entry in index}
    items = [i for i in load_fresh21(index=index)[0] if langs[i.id] == "en"]
    scores = score_all(items, default_scorer())
    print_worst(items, scores, args.worst)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
