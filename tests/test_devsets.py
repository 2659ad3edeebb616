"""The published-answers dev set and the scorer harness: schema, provenance, counts and the statistics.

The data files are checked as they are, so a wrong or incomplete edit fails here: every item needs
its repository, commit, path, licence and the source's own grade; texts are kept only for items
whose licence allows it; nothing may come from a source reserved for independent checks.
"""

from __future__ import annotations

import hashlib
import importlib.util
import itertools
import json
import re
from pathlib import Path

import pytest

from bench import bench_scorer as bs

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "data" / "devsets" / "answers"
_spec = importlib.util.spec_from_file_location("build_devset", DEVSET / "build_devset.py")
bdv = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bdv)
ANSWERS = [json.loads(line) for line in (DEVSET / "answers.jsonl").read_text(encoding="utf-8").splitlines()]
INDEX = [json.loads(line) for line in (DEVSET / "index.jsonl").read_text(encoding="utf-8").splitlines()]
ALL = ANSWERS + INDEX

# Targets from issue 14 (150 answers, 30 questions, 8 fields, 30 length-matched pairs) and the floors
# the set reaches now (SOURCES.md says where we searched). Only the MIT-licensed texts are in the
# repository; the rest are indexed and fetched by build_devset.py.
TARGET_ITEMS, MIN_QUESTIONS, MIN_FIELDS, MIN_LENGTH_PAIRS = 150, 30, 8, 30
FOUND_ITEMS, FOUND_QUESTIONS, FOUND_TEXTS, FOUND_SAME_QUESTION_PAIRS = 492, 234, 65, 11

# Copy of /work/shared/RESERVED.md (sources kept for independent checks); the file is read too when present.
RESERVED_REPOS = {
    "crunch-io/ta-da", "dkgo-0323/interview-prep-assistant", "deedy/deedy-resume", "ehte92/resume-match-api",
    "jakujobi/jakujobi-cs-student-resume-template", "jsonresume/resume-schema", "markthelefty/work-creative",
    "posquit0/awesome-cv", "prateek00077/ai-interviewer", "rendercv/rendercv", "sb2nov/resume",
    "srbhr/resume-matcher", "there4/markdown-resume", "theresumeparser/resume-parser-api",
    "withflint/withflint.com", "sammii-hk/iprep", "kiboschool/course-engineering-your-career",
}
RESERVED_FILE = Path("/work/shared/RESERVED.md")
PERMISSIVE = {"MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "ISC", "CC-BY-4.0", "CC0-1.0", "Unlicense"}
COMMON = {"id", "source", "repo", "commit", "path", "licence", "redistributable", "field", "question_id",
          "source_grade", "grade", "grade_mapping", "sha256"}


def _words(item: dict) -> int:
    return len(item["answer"].split()) if "answer" in item else item["words"]


def _reserved() -> set[str]:
    names = set(RESERVED_REPOS)
    if RESERVED_FILE.exists():
        names |= {m.lower() for m in re.findall(r"\b[\w.-]+/[\w.-]+\b", RESERVED_FILE.read_text(encoding="utf-8"))}
    return names


@pytest.mark.parametrize("item", ALL, ids=lambda i: i["id"])
def test_every_item_records_its_source_and_grade(item):
    assert item.keys() >= COMMON, COMMON - item.keys()
    assert re.fullmatch(r"[\w.-]+/[\w.-]+", item["repo"])
    assert re.fullmatch(r"[0-9a-f]{40}", item["commit"])
    assert item["path"] and not item["path"].startswith("/")
    assert item["licence"].strip()
    assert item["grade"] in (0, 1, 2)
    assert item["source_grade"].strip() and item["grade_mapping"].strip()
    assert item["field"].strip() and item["question_id"].strip()
    assert re.fullmatch(r"[0-9a-f]{64}", item["sha256"])


@pytest.mark.parametrize("item", ANSWERS, ids=lambda i: i["id"])
def test_texts_are_kept_only_under_a_permissive_licence(item):
    assert item["redistributable"] is True
    assert item["licence"] in PERMISSIVE
    assert item["question"].strip() and item["answer"].strip()
    assert hashlib.sha256(item["answer"].encode("utf-8")).hexdigest() == item["sha256"]


@pytest.mark.parametrize("item", INDEX, ids=lambda i: i["id"])
def test_index_only_items_carry_no_text_but_can_be_found_again(item):
    assert item["redistributable"] is False
    assert "answer" not in item and "question" not in item
    begin, end = item["offsets"]
    q_begin, q_end = item["question_offsets"]
    assert 0 <= begin < end and 0 <= q_begin < q_end
    assert isinstance(item["words"], int) and item["words"] > 0


def test_no_item_comes_from_a_reserved_source():
    reserved = _reserved()
    assert "crunch-io/ta-da" in reserved  # the list itself is read
    assert not [i["id"] for i in ALL if i["repo"].lower() in reserved]
    assert not [i["id"] for i in ALL if "mit interview" in json.dumps(i).lower()]


def test_ids_are_unique_and_grades_differ_within_each_question():
    assert len({i["id"] for i in ALL}) == len(ALL)
    grades: dict[str, set[int]] = {}
    for item in ALL:
        grades.setdefault(item["question_id"], set()).add(item["grade"])
    assert all(len(g) >= 2 for g in grades.values()), [q for q, g in grades.items() if len(g) < 2]


def test_the_set_reaches_its_counts():
    assert len(ALL) >= max(FOUND_ITEMS, TARGET_ITEMS)
    assert len({i["question_id"] for i in ALL}) >= max(FOUND_QUESTIONS, MIN_QUESTIONS)
    assert len({i["field"] for i in ALL}) >= MIN_FIELDS
    assert {0, 1, 2} <= {i["grade"] for i in ALL}
    # The texts kept in the repository fall short of 150; the shortfall is stated where people read.
    assert len(ANSWERS) >= FOUND_TEXTS
    text = (DEVSET / "SOURCES.md").read_text(encoding="utf-8")
    assert f"**{len(ALL)} graded answers**" in text and f"{len(ANSWERS)} with their texts" in text


def test_enough_length_matched_pairs_differ_in_grade():
    pairs = 0
    for a, b in itertools.combinations(ALL, 2):
        if a["source"] == b["source"] and a["grade"] != b["grade"]:
            wa, wb = _words(a), _words(b)
            pairs += min(wa, wb) >= 0.7 * max(wa, wb)
    assert pairs >= MIN_LENGTH_PAIRS


def test_same_question_length_matched_pairs_hold_their_floor_and_are_stated():
    pairs = sum(
        a["question_id"] == b["question_id"] and a["grade"] != b["grade"]
        and min(_words(a), _words(b)) >= 0.7 * max(_words(a), _words(b))
        for a, b in itertools.combinations(ALL, 2)
    )
    assert pairs >= FOUND_SAME_QUESTION_PAIRS
    assert f"{pairs} same-question pairs" in (DEVSET / "SOURCES.md").read_text(encoding="utf-8")


def test_sources_file_names_every_repository_and_commit():
    text = (DEVSET / "SOURCES.md").read_text(encoding="utf-8")
    for repo, commit in {(i["repo"], i["commit"]) for i in ALL}:
        assert repo in text and commit in text, repo


# ---------------------------------------------------------------- the index builder's parsers


def test_builder_reads_csv_fields_by_offset():
    raw = 'question,response,label,category\nWhat is Git?,"It tracks changes, by commit.",1,tools\nWhy?,No idea.,0,x\n'
    spans = bdv._csv_spans(raw)
    assert [[raw[a:b] for a, b in row] for row in spans] == [
        ["What is Git?", "It tracks changes, by commit.", "1", "tools"], ["Why?", "No idea.", "0", "x"]]


def test_builder_finds_quoted_samples_under_their_heading():
    raw = '## main_question - Q\n"Why?"\n\n## sample_excellent - E\n"Say "hi" first.\n\nThen more."\n\n## next\n"x"\n'
    begin, end = bdv._quoted_block(raw, "sample_excellent")
    assert raw[begin:end] == 'Say "hi" first.\n\nThen more.'
    assert raw[slice(*bdv._quoted_block(raw, "main_question"))] == "Why?"
    assert bdv._quoted_block(raw, "sample_acceptable") is None


def test_builder_keeps_code_fences_inside_a_response():
    raw = "**Response:**\n```\nText.\n```python\nx = 1\n```\nAfter.\n```\n\n#### Next\n"
    begin, end = bdv._fenced(raw, raw.index(":**") + 3)
    assert raw[begin:end] == "Text.\n```python\nx = 1\n```\nAfter."


def test_the_team_set_stays_separate_and_labelled():
    team = bs.load_team()
    assert len(team) >= 60 and {i.grade for i in team} == {0, 1, 2, 3}
    published, _ = bs.load_published(cache=DEVSET / "no-such-cache.jsonl")
    assert len(published) == len(ANSWERS)  # without the cache only the in-repo texts are scored
    assert not {i.id for i in team} & {i.id for i in published}


# ---------------------------------------------------------------- the harness's statistics


def _item(ident: str, qid: str, grade: int, answer: str, source: str = "s") -> bs.Item:
    return bs.Item(ident, qid, "Q?", answer, grade, "general", source)


def test_pair_ordering_counts_ties_half():
    strong, okay, weak = _item("s", "q", 2, "a b c"), _item("o", "q", 1, "a b"), _item("w", "q", 0, "a")
    pairs = bs.graded_pairs([strong, okay, weak, _item("x", "other", 0, "a")])
    assert len(pairs) == 3 and all(b.grade > w.grade for b, w in pairs)
    assert bs.pair_accuracy(pairs, {"s": 3, "o": 2, "w": 1}) == 1.0
    assert bs.pair_accuracy(pairs, {"s": 1, "o": 1, "w": 1}) == 0.5
    assert bs.pair_accuracy(pairs, {"s": 1, "o": 2, "w": 3}) == 0.0


def test_spearman_matches_known_values():
    assert bs.spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert bs.spearman([1, 2, 2, 3], [1, 2, 3, 4]) == pytest.approx(0.9486833, abs=1e-6)


def test_length_matching_uses_thirty_percent_of_the_longer_answer():
    ten, seven, six = (_item(n, "q", g, " ".join(["w"] * k)) for n, g, k in (("a", 2, 10), ("b", 0, 7), ("c", 1, 6)))
    matched = bs.length_matched(bs.graded_pairs([ten, seven, six]))
    assert {(b.id, w.id) for b, w in matched} == {("a", "b"), ("c", "b")}


@pytest.mark.parametrize("kind", bs.PAD_KINDS)
def test_padding_is_deterministic_and_long_enough(kind):
    padded = bs.pad("I did it.", 60, kind, seed="item-1")
    assert padded == bs.pad("I did it.", 60, kind, seed="item-1")
    assert padded.startswith("I did it.") and bs.words(padded) >= 60
    assert padded != bs.pad("I did it.", 60, kind, seed="item-2")


def test_the_length_baseline_never_survives_padding():
    items = [_item("s", "q", 2, " ".join(["word"] * 40)), _item("w", "q", 0, "short answer")]
    figures = bs.evaluate(items, bs.length_scorer)
    assert figures.pair_ordering == 1.0 and figures.padding_held == 0.0
