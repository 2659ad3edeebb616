"""How well an answer scorer follows graded answers: ``python -m bench --only scorer``.

Two dev sets, reported separately:

- **published**: interview answers graded by the public GitHub repositories they come from
  (``tests/data/devsets/answers/``; sources, commits, licences and grade mappings in its SOURCES.md).
  Texts of MIT-licensed items are in ``answers.jsonl``; items without a licence are only indexed in
  ``index.jsonl`` and are scored only when ``INTERVIEW_DEVSET_CACHE`` (default
  ``~/.cache/interview-simulator/devsets/answers_texts.jsonl``, written by ``build_devset.py``) holds
  their texts with matching SHA-256. Grades: weak 0, okay 1, strong 2.
- **team**: the team's own hand-labelled answers (``tests/data/labelled_answers.json``), weak 0,
  fair 1, good 2, excellent 3. A scorer tuned on labels the team wrote tells little; keep it apart.

Figures, for a scorer ``score(question, answer) -> float`` and for an answer-length baseline:

- *pair ordering*: all pairs of answers to the same question with different grades; the pair counts 1
  when the better-graded answer scores higher, 0.5 on a tie, 0 otherwise.
- *Spearman*: rank correlation of score and grade over all items (average ranks for ties; scipy when
  installed, else pandas ranks and Pearson on them, which is the same statistic).
- *length-matched pairs*: the pairs above whose word counts are within 30 % of each other
  (shorter >= 0.7 x longer); same half-point rule for ties. Published answers to one question are
  rarely that close in length, so the same figure is also given over all pairs from one source (one
  grading scheme) whatever the question.
- *top-graded floor*: share of the top-graded answers the coach scores 6/10 or more (issue 14: a
  strong published answer never scores below 6).
- *off-topic* (published set; the team set's is given beside it, to compare): every answer is also scored as the answer to another question of
  its own source (one chosen per answer, seeded by its id); the source's own pairing of question and
  answer is the grade: success when the answer scores strictly lower in relevance on the other
  question than on its own (a tie is a failure). The same figure for the overall 1-10 is given beside
  it (there a tie is also a failure). *On-topic answers called off-topic*: the share of published answers, each given
  to its own question, that the chat's redirect or the scorer calls about something else (a false call; session 19).
- *padding*: for every question with a lower- and a top-graded answer, the lowest-graded answer is
  padded to the top answer's word count with filler, with buzzwords, or with both (seeded by the
  item id, so the same text every run); success when the padded answer still scores strictly below
  the top answer (a tie is a failure).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import itertools
import json
import logging
import os
import random
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from bench.scorer_abstract21 import rows as abstract21_rows
from bench.scorer_offtopic import false_off_topic, off_topic
from bench.scorer_offtopic20 import falsecall_rows
from bench.scorer_offtopic20 import rows as offtopic_pairs_rows

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
DEVSET_DIR = ROOT / "tests" / "data" / "devsets" / "answers"
TEAM_FILE = ROOT / "tests" / "data" / "labelled_answers.json"
DEFAULT_CACHE = Path.home() / ".cache" / "interview-simulator" / "devsets" / "answers_texts.jsonl"
TEAM_GRADES = {"weak": 0, "fair": 1, "good": 2, "excellent": 3}
LENGTH_TOLERANCE = 0.30

Scorer = Callable[[str, str], float]

# Padding material: spoken fillers and interview buzzwords, neither adding any evidence.
FILLER = [
    "Um, so, basically,", "you know,", "I mean,", "like, honestly,", "sort of", "kind of,",
    "at the end of the day,", "to be honest with you,", "if that makes sense,", "and so on and so forth,",
    "it is what it is,", "so yeah,", "right,", "I guess", "actually,", "well,",
]
BUZZWORDS = [
    "synergy", "leveraged cross-functional stakeholders", "data-driven", "results-oriented",
    "best practices", "moved the needle", "end-to-end ownership", "a growth mindset",
    "strategic alignment", "value-add", "scalable solutions", "a proactive team player",
    "continuous improvement", "impactful deliverables", "key performance indicators", "agile",
    "customer-centric", "holistic approach", "thought leadership", "passionate about excellence",
]
PAD_KINDS = ("filler", "buzzwords", "mixed")


@dataclass(frozen=True)
class Item:
    id: str
    question_id: str
    question: str
    answer: str
    grade: int
    field: str
    source: str


def default_scorer() -> Scorer:
    """The offline coach's ``score_answer(question, answer).overall`` (1-10).

    The only place that imports the coach: it is being split into a package, so the module is looked
    up among the known homes. Raises ImportError when none has ``score_answer``.
    """
    for name in ("core.coach", "core.coach.scoring", "core.coach.score"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        fn = getattr(module, "score_answer", None)
        if fn is not None:
            return lambda question, answer: float(fn(question, answer).overall)
    raise ImportError("no score_answer in core.coach, core.coach.scoring or core.coach.score")


def default_relevance() -> Scorer:
    """The offline coach's relevance (1-5) for ``(question, answer)``."""
    from core.coach.score import score_answer

    return lambda question, answer: float(score_answer(question, answer).relevance.score)


def length_scorer(question: str, answer: str) -> float:
    """Baseline: the number of words in the answer."""
    return float(len(answer.split()))


# ---------------------------------------------------------------- loading


def _read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_published(cache: Path | None = None) -> tuple[list[Item], int]:
    """The published set: (items with text, number of index-only items left out for want of text)."""
    rows = _read_jsonl(DEVSET_DIR / "answers.jsonl")
    index = _read_jsonl(DEVSET_DIR / "index.jsonl")
    cache = cache or Path(os.environ.get("INTERVIEW_DEVSET_CACHE", DEFAULT_CACHE))
    texts = {row["id"]: row for row in _read_jsonl(cache)}
    missing = 0
    for entry in index:
        cached = texts.get(entry["id"])
        if cached and hashlib.sha256(cached["answer"].encode("utf-8")).hexdigest() == entry["sha256"]:
            rows.append({**entry, "question": cached["question"], "answer": cached["answer"]})
        else:
            missing += 1
    items = [
        Item(r["id"], r["question_id"], r["question"], r["answer"], int(r["grade"]), r["field"], r["source"])
        for r in rows
    ]
    return items, missing


def load_team() -> list[Item]:
    """The team's hand-labelled answers, graded weak 0 / fair 1 / good 2 / excellent 3."""
    data = json.loads(TEAM_FILE.read_text(encoding="utf-8"))
    questions = data["questions"]
    return [
        Item(
            f"team-{i}", a["question_id"], questions[a["question_id"]]["question"], a["answer"],
            TEAM_GRADES[a["label"]], questions[a["question_id"]]["field"], "team",
        )
        for i, a in enumerate(data["answers"])
    ]


# ---------------------------------------------------------------- pairs and statistics


def words(text: str) -> int:
    return len(text.split())


def graded_pairs(items: Iterable[Item]) -> list[tuple[Item, Item]]:
    """(better, worse) for every pair of answers to one question with different grades."""
    by_question: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_question[item.question_id].append(item)
    pairs = []
    for group in by_question.values():
        for a, b in itertools.combinations(group, 2):
            if a.grade != b.grade:
                pairs.append((a, b) if a.grade > b.grade else (b, a))
    return pairs


def source_pairs(items: Iterable[Item]) -> list[tuple[Item, Item]]:
    """(better, worse) for every pair from one source (one grading scheme) with different grades, any question."""
    by_source: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_source[item.source].append(item)
    pairs = []
    for group in by_source.values():
        for a, b in itertools.combinations(group, 2):
            if a.grade != b.grade:
                pairs.append((a, b) if a.grade > b.grade else (b, a))
    return pairs


def length_matched(pairs: Iterable[tuple[Item, Item]], tolerance: float = LENGTH_TOLERANCE) -> list[tuple[Item, Item]]:
    """The pairs whose word counts are within ``tolerance`` of the longer one."""
    out = []
    for better, worse in pairs:
        a, b = words(better.answer), words(worse.answer)
        if min(a, b) >= (1 - tolerance) * max(a, b):
            out.append((better, worse))
    return out


def pair_accuracy(pairs: list[tuple[Item, Item]], scores: dict[str, float]) -> float:
    """Share of pairs ordered like their grades; a tie counts half. NaN without pairs."""
    if not pairs:
        return float("nan")
    won = sum(
        1.0 if scores[b.id] > scores[w.id] else 0.5 if scores[b.id] == scores[w.id] else 0.0 for b, w in pairs
    )
    return won / len(pairs)


def spearman(xs: list[float], ys: list[float]) -> float:
    """Spearman's rho with average ranks for ties (scipy if installed, else pandas)."""
    try:
        from scipy.stats import spearmanr
    except ImportError:
        import pandas as pd

        return float(pd.Series(xs).rank().corr(pd.Series(ys).rank()))
    return float(spearmanr(xs, ys).statistic)


def pad(answer: str, target_words: int, kind: str, seed: str) -> str:
    """``answer`` grown to at least ``target_words`` words with filler, buzzwords or both (deterministic)."""
    rng = random.Random(hashlib.sha256(f"{kind}:{seed}".encode()).hexdigest())
    pool = {"filler": FILLER, "buzzwords": BUZZWORDS, "mixed": FILLER + BUZZWORDS}[kind]
    parts = [answer]
    count = words(answer)
    while count < target_words:
        if kind == "filler":
            phrase = rng.choice(pool)
        else:
            phrase = f"I bring {rng.choice(BUZZWORDS)} and {rng.choice(pool)}."
        parts.append(phrase)
        count += words(phrase)
    return " ".join(parts)


def padding_cases(items: Iterable[Item]) -> list[tuple[Item, Item]]:
    """(lowest, top) per question that has answers of more than one grade."""
    by_question: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_question[item.question_id].append(item)
    cases = []
    for group in by_question.values():
        low = min(group, key=lambda i: (i.grade, i.id))
        top = max(group, key=lambda i: (i.grade, i.id))
        if top.grade > low.grade:
            cases.append((low, top))
    return cases


@dataclass
class Figures:
    items: int
    pairs: int
    pair_ordering: float
    spearman: float
    length_pairs: int
    length_matched: float
    length_pairs_any: int
    length_matched_any: float
    padding_cases: int
    padding_held: float


def evaluate(items: list[Item], scorer: Scorer) -> Figures:
    """All figures for one scorer on one set."""
    scores = {item.id: scorer(item.question, item.answer) for item in items}
    pairs = graded_pairs(items)
    matched = length_matched(pairs)
    matched_any = length_matched(source_pairs(items))
    cases = padding_cases(items)
    held = 0
    for low, top in cases:
        for kind in PAD_KINDS:
            padded = pad(low.answer, words(top.answer), kind, low.id)
            held += scorer(low.question, padded) < scores[top.id]
    return Figures(
        items=len(items),
        pairs=len(pairs),
        pair_ordering=pair_accuracy(pairs, scores),
        spearman=spearman([scores[i.id] for i in items], [float(i.grade) for i in items]),
        length_pairs=len(matched),
        length_matched=pair_accuracy(matched, scores),
        length_pairs_any=len(matched_any),
        length_matched_any=pair_accuracy(matched_any, scores),
        padding_cases=len(cases) * len(PAD_KINDS),
        padding_held=held / (len(cases) * len(PAD_KINDS)) if cases else float("nan"),
    )


def _rows(label: str, name: str, f: Figures, targets: bool) -> list[tuple[str, float, str, str]]:
    t = (lambda s: s) if targets else (lambda s: "compare")
    return [
        (f"{label} {name}: weak-vs-strong pair ordering ({f.pairs} pairs)", round(f.pair_ordering, 3), "",
         t(">= 0.92")),
        (f"{label} {name}: Spearman with grades ({f.items} answers)", round(f.spearman, 3), "", t(">= 0.7")),
        (f"{label} {name}: length-matched pairs ({f.length_pairs} pairs)", round(f.length_matched, 3), "",
         t(">= 0.8")),
        (f"{label} {name}: length-matched pairs, any question of one source ({f.length_pairs_any})",
         round(f.length_matched_any, 3), "", t(">= 0.8")),
        (f"{label} {name}: padded weak stays below strong ({f.padding_cases})", round(f.padding_held, 3), "",
         t(">= 0.95")),
    ]


def run(scorer: Scorer | None = None, relevance: Scorer | None = None) -> list[tuple[str, float, str, str]]:
    """Figures on both dev sets for the coach (or ``scorer``) and for the length baseline; the off-topic
    figures with the coach's relevance (or ``relevance``) when the coach is scored."""
    if scorer is None:
        scorer, relevance = default_scorer(), relevance or default_relevance()
    published, missing = load_published()
    team = load_team()
    rows: list[tuple[str, float, str, str]] = [
        ("published: answers scored (in repo + cached index-only)", float(len(published)), "items",
         f"{missing} index-only without text"),
    ]
    for label, items in (("published", published), ("team", team)):
        rows += _rows(label, "coach", evaluate(items, scorer), targets=True)
        top = [i for i in items if i.grade == max(it.grade for it in items)]
        floor = sum(scorer(i.question, i.answer) >= 6 for i in top) / len(top) if top else float("nan")
        rows.append((f"{label} coach: top-graded answers scoring 6/10 or more ({len(top)})", round(floor, 3), "",
                     "1.00"))
        rows += _rows(label, "length", evaluate(items, length_scorer), targets=False)
    if published and relevance is not None:
        cases, rel, overall = off_topic(published, relevance, scorer)
        rows += [
            (f"published coach: off-topic, relevance lower on another question ({cases})", round(rel, 3), "", ">= 0.9"),
            (f"published coach: off-topic, overall lower on another question ({cases})", round(overall, 3), "",
             "compare"),
        ]
        answers, called = false_off_topic(published)
        rows.append((f"published coach: on-topic answers called off-topic ({answers})", round(called, 3), "", "0"))
    if team and relevance is not None:  # the same measure on the team's answers (their own questions' sources)
        cases, rel, overall = off_topic(team, relevance, scorer)
        rows += [
            (f"team coach: off-topic, relevance lower on another question ({cases})", round(rel, 3), "", "compare"),
            (f"team coach: off-topic, overall lower on another question ({cases})", round(overall, 3), "", "compare"),
        ]
        rows += offtopic_pairs_rows()  # the team's competency pairs of session 20, read apart
        rows += falsecall_rows()  # the team's false-call pairs of session 20 (falsecall20), read apart
        rows += abstract21_rows()  # the team's abstract/label/two-part/few-word pairs of session 21 (judge21)
    for fresh in ("fresh21", "fresh22", "fresh23"):  # the held-out sets of sessions 21 to 23, each apart
        rows += importlib.import_module(f"bench.{fresh}_answers").rows(scorer)
    return rows


def by_source(scorer: Scorer | None = None) -> list[tuple[str, float, str, str]]:
    """The published figures for each source (one grading scheme each), coach and length baseline.

    One source can outnumber the others, so the pooled figures are read with these beside them."""
    scorer = scorer or default_scorer()
    published, _ = load_published()
    groups: dict[str, list[Item]] = defaultdict(list)
    for item in published:
        groups[item.source].append(item)
    rows: list[tuple[str, float, str, str]] = []
    for source, items in sorted(groups.items()):
        rows += _rows(source, "coach", evaluate(items, scorer), targets=True)
        rows += _rows(source, "length", evaluate(items, length_scorer), targets=False)
    return rows


def main(argv: list[str] | None = None) -> int:
    """``python -m bench.bench_scorer``: all figures; ``--pairs``, ``--sources``, ``--freshNN`` (21-23): one view."""
    parser = argparse.ArgumentParser(description="Scorer figures on the dev sets")
    parser.add_argument("--pairs", action="store_true", help="list the length-matched pairs instead")
    parser.add_argument("--sources", action="store_true", help="the published figures source by source instead")
    for n in ("21", "22", "23"):
        parser.add_argument(f"--fresh{n}", action="store_true", help=f"the fresh held-out set of session {n} instead")
    args = parser.parse_args(argv)  # the newest fresh set named wins
    fresh = next((f"fresh{n}" for n in ("23", "22", "21") if getattr(args, f"fresh{n}")), "")
    if args.sources or fresh:
        for row in by_source() if args.sources else importlib.import_module(f"bench.{fresh}_answers").rows():
            print(f"{row[0]:<80} {row[1]:>8} {row[2]:<6} ({row[3]})")
        return 0
    if args.pairs:
        for label, items in (("published", load_published()[0]), ("team", load_team())):
            same = set(map(tuple, ((b.id, w.id) for b, w in length_matched(graded_pairs(items)))))
            for better, worse in length_matched(source_pairs(items)):
                where = "same question" if (better.id, worse.id) in same else "same source"
                print(f"{label}\t{where}\t{better.id} ({words(better.answer)} w, grade {better.grade})"
                      f"\t{worse.id} ({words(worse.answer)} w, grade {worse.grade})")
        return 0
    for row in run():
        print(f"{row[0]:<80} {row[1]:>8} {row[2]:<6} ({row[3]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
