"""The fresh held-out set of published graded answers (session 21): it loads and is well-formed.

The index is checked as it is: provenance and grade on every line, no text kept (no source carries a
licence), no source shared with the older set or reserved for independent checks. The loader and the
figures are checked on made-up items; no test reads the local text cache or the network.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from pathlib import Path

import pytest

from bench import bench_scorer as bs
from bench import fresh21_answers as fa

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "data" / "devsets" / "answers"
INDEX = fa.read_index()
_spec = importlib.util.spec_from_file_location("build_fresh21", DEVSET / "build_fresh21.py")
bf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bf)

KEYS = {"id", "source", "repo", "commit", "path", "licence", "redistributable", "field", "question_id",
        "source_grade", "grade", "grade_mapping", "sha256", "words"}
SOURCES = {"karkas", "karkas-ru", "intrvue", "linkedin", "applicant", "coach"}


@pytest.mark.parametrize("item", INDEX, ids=lambda i: i["id"])
def test_every_line_records_source_grade_and_a_locator_but_no_text(item):
    assert item.keys() >= KEYS, KEYS - item.keys()
    assert item["source"] in SOURCES
    assert re.fullmatch(r"[\w.-]+/[\w.-]+", item["repo"]) and re.fullmatch(r"[0-9a-f]{40}", item["commit"])
    assert item["redistributable"] is False and "LICENSE" in item["licence"]
    assert "answer" not in item and "question" not in item
    assert item["grade"] in (0, 1, 2) and item["source_grade"].strip() and item["grade_mapping"].strip()
    assert re.fullmatch(r"[0-9a-f]{64}", item["sha256"]) and item["words"] > 0
    located = "offsets" in item or ("locator" in item and re.fullmatch(r"\d+", item.get("read_file_id", "")))
    assert located, item["id"]
    if "offsets" in item:
        begin, end = item["offsets"]
        assert 0 <= begin < end


def test_the_set_reaches_its_counts_and_says_so():
    english = [i for i in INDEX if i.get("lang", "en") == "en"]
    assert len({i["id"] for i in INDEX}) == len(INDEX) == 793
    assert len(english) >= 120 and len({i["repo"] for i in english}) >= 3
    assert len({i["field"] for i in english} - {"software"}) >= 3
    text = (DEVSET / "SOURCES.md").read_text(encoding="utf-8")
    assert "## Fresh set, session 21" in text and f"**{len(INDEX)} graded answers in `index_fresh21.jsonl`" in text
    for repo, commit in {(i["repo"], i["commit"]) for i in INDEX}:
        assert repo in text and commit in text, repo


def test_grades_differ_within_each_question_except_the_one_answer_questions():
    grades: dict[str, set[int]] = {}
    for item in INDEX:
        grades.setdefault(item["question_id"], set()).add(item["grade"])
    single = {q for q, g in grades.items() if len(g) < 2}
    assert {q.split("-")[0] for q in single} <= {"coach", "linkedin", "applicant"}, single


def test_no_source_is_shared_with_the_older_sets_or_reserved():
    older = set()
    for name in ("answers.jsonl", "index.jsonl"):
        older |= {json.loads(line)["repo"].lower() for line in (DEVSET / name).read_text(encoding="utf-8").splitlines()}
    for sources in (ROOT / "tests" / "data" / "devsets").glob("*/SOURCES.md"):
        text = sources.read_text(encoding="utf-8").split("## Fresh set, session 21")[0].lower()
        older |= {r.lower() for r in {i["repo"] for i in INDEX} if r.lower() in text}
    reserved = Path("/work/shared/RESERVED.md")
    if reserved.exists():
        older |= {m.lower() for m in re.findall(r"\b[\w.-]+/[\w.-]+\b", reserved.read_text(encoding="utf-8"))}
    assert not {i["repo"].lower() for i in INDEX} & older


def test_without_the_cache_nothing_is_scored_and_everything_is_counted_missing(tmp_path):
    items, missing = fa.load_fresh21(cache=tmp_path / "no-cache.jsonl")
    assert items == [] and missing == len(INDEX)
    rows = fa.rows(scorer=lambda q, a: 1.0, cache=tmp_path / "no-cache.jsonl")
    assert len(rows) == 1 and rows[0][1] == 0.0 and f"{len(INDEX)} of {len(INDEX)} without text" in rows[0][3]


def _entry(ident: str, qid: str, grade: int, text: str) -> dict:
    return {"id": ident, "question_id": qid, "grade": grade, "field": "general", "source": "made",
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}


def test_the_loader_keeps_only_cached_texts_with_the_indexed_checksum(tmp_path):
    index = [_entry("a", "q1", 2, "We cut the wait from ten days to two."), _entry("b", "q1", 0, "Dunno.")]
    cache = tmp_path / "cache.jsonl"
    cache.write_text(json.dumps({"id": "a", "question": "Q?", "answer": "We cut the wait from ten days to two."})
                     + "\n" + json.dumps({"id": "b", "question": "Q?", "answer": "Dunno, really."}) + "\n")
    items, missing = fa.load_fresh21(cache=cache, index=index)
    assert [i.id for i in items] == ["a"] and missing == 1


def test_band_grades_follow_the_midpoint_rule():
    assert [bf.band_grade(low, high) for low, high in ((80, 100), (60, 92), (40, 90), (45, 72), (0, 45), (10, 50))] \
        == [2, 2, 1, 1, 0, 0]


def _item(ident: str, qid: str, grade: int, answer: str) -> bs.Item:
    return bs.Item(ident, qid, "Q?", answer, grade, "general", "made")


def test_figures_and_worst_pairs_on_made_up_scores():
    items = [_item("s", "q", 2, "a b c d"), _item("o", "q", 1, "a b c"), _item("w", "q", 0, "a"),
             _item("s2", "r", 2, "x y"), _item("w2", "r", 0, "x y z")]
    scores = {"s": 8.0, "o": 5.0, "w": 6.0, "s2": 3.0, "w2": 7.0}
    got = fa.figures(items, scores)
    assert got["pairs"] == 4 and got["extreme"] == 2 and got["strong_above_weak"] == 0.5
    assert got["ordering"] == 0.5 and got["matched"] == 1 and got["length_matched"] == 1.0
    worst = fa.worst_pairs(items, scores)
    assert [(b.id, w.id) for b, w, _ in worst] == [("s2", "w2"), ("o", "w")]
