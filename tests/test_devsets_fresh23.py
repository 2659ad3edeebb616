"""The fresh held-out set of published graded answers (session 23): it loads and is well-formed.

The index and the kept lines are checked as they are: provenance and grade on every line, no text in the index
(two sources carry no licence), the MIT-licensed lines' texts matching their checksums, no source shared with the
older sets or reserved for independent checks. The loader, the groups, the builder's extraction and the bench
wiring are checked on made-up items; no test reads the local text cache or the network.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from pathlib import Path

import pytest

from bench import bench_scorer as bs
from bench import fresh23_answers as fa

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "data" / "devsets" / "answers"
INDEX = fa.read_index()
KEPT = fa.read_kept()
_spec = importlib.util.spec_from_file_location("build_fresh23", DEVSET / "build_fresh23.py")
bf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bf)

KEYS = {"id", "source", "repo", "commit", "path", "licence", "redistributable", "field", "question_id",
        "source_grade", "grade", "grade_mapping", "sha256", "words"}
SOURCES = {"careerhub", "islapp", "dshandbook"}


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.mark.parametrize("item", INDEX, ids=lambda i: i["id"])
def test_every_index_line_records_source_grade_and_a_locator_but_no_text(item):
    assert item.keys() >= KEYS, KEYS - item.keys()
    assert item["source"] in SOURCES - {"dshandbook"}
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


@pytest.mark.parametrize("item", KEPT, ids=lambda i: i["id"])
def test_every_kept_line_is_mit_licensed_and_its_text_matches_its_checksum(item):
    assert item.keys() >= KEYS | {"question", "answer", "licence_file"}
    assert item["source"] == "dshandbook" and item["licence"] == "MIT" and item["redistributable"] is True
    assert _sha(item["answer"]) == item["sha256"] and len(item["answer"].split()) == item["words"]
    assert item["question"].strip() and item["grade"] in (0, 2)


def test_the_set_says_its_counts_and_names_every_commit():
    lines = INDEX + KEPT
    assert len({i["id"] for i in lines}) == len(lines) >= 60
    assert len({i["repo"] for i in lines}) >= 3
    text = (DEVSET / "SOURCES.md").read_text(encoding="utf-8")
    assert "## Fresh set, session 23" in text
    assert f"**{len(lines)} graded answers**" in text.split("## Fresh set, session 23")[1]
    for repo, commit in {(i["repo"], i["commit"]) for i in lines}:
        assert repo in text and commit in text, repo


def test_the_pair_sources_give_every_question_more_than_one_grade():
    grades: dict[str, set[int]] = {}
    for item in INDEX + KEPT:
        if item["source"] != "islapp":  # the audit's answers mostly answer one question each (Spearman only)
            grades.setdefault(item["question_id"], set()).add(item["grade"])
    assert len(grades) >= 20 and all(len(g) >= 2 for g in grades.values())


def test_no_source_is_shared_with_the_older_sets_or_reserved():
    older = set()
    for name in ("answers.jsonl", "index.jsonl", "index_fresh21.jsonl", "index_fresh22.jsonl"):
        older |= {json.loads(line)["repo"].lower() for line in (DEVSET / name).read_text(encoding="utf-8").splitlines()}
    repos = {i["repo"].lower() for i in INDEX + KEPT}
    for sources in (ROOT / "tests" / "data" / "devsets").glob("*/SOURCES.md"):
        text = sources.read_text(encoding="utf-8").split("## Fresh set, session 23")[0].lower()
        older |= {r for r in repos if r in text}
    reserved = Path("/work/shared/RESERVED.md")
    if reserved.exists():
        older |= {m.lower() for m in re.findall(r"\b[\w.-]+/[\w.-]+\b", reserved.read_text(encoding="utf-8"))}
    assert not repos & older


def test_without_the_cache_only_the_kept_texts_are_scored(tmp_path):
    items, missing = fa.load_fresh23(cache=tmp_path / "no-cache.jsonl")
    assert sorted(i.id for i in items) == sorted(k["id"] for k in KEPT) and missing == len(INDEX)
    rows = fa.rows(scorer=lambda q, a: float(len(a)), cache=tmp_path / "no-cache.jsonl")
    assert f"{len(INDEX)} of {len(INDEX)} index-only without text" in rows[0][3] and rows[0][1] == len(KEPT)
    assert any(r[0].startswith("fresh set 23 source dshandbook: pairs in order") for r in rows)


def _entry(ident: str, qid: str, grade: int, text: str, source: str = "made", **extra) -> dict:
    return {"id": ident, "question_id": qid, "grade": grade, "field": "general", "source": source,
            "source_grade": f"label-{grade}", "sha256": _sha(text), **extra}


def test_the_loader_keeps_only_texts_with_the_recorded_checksum(tmp_path):
    index = [_entry("a", "q1", 2, "I rebuilt the ward rota and cut agency shifts by a third."),
             _entry("b", "q1", 0, "I was fine.")]
    kept = [_entry("k1", "q2", 2, "I set the pass mark before the pilot.", question="Q2?",
                   answer="I set the pass mark before the pilot."),
            _entry("k2", "q2", 0, "I looked at it.", question="Q2?", answer="I looked at it, then more.")]
    cache = tmp_path / "cache.jsonl"
    cache.write_text(json.dumps({"id": "a", "question": "Q?",
                                 "answer": "I rebuilt the ward rota and cut agency shifts by a third."}) + "\n"
                     + json.dumps({"id": "b", "question": "Q?", "answer": "I was fine, honestly."}) + "\n")
    items, missing = fa.load_fresh23(cache=cache, index=index, kept=kept)
    assert [i.id for i in items] == ["k1", "a"] and missing == 1


def _item(ident: str, qid: str, grade: int, answer: str, source: str) -> bs.Item:
    return bs.Item(ident, qid, "Q?", answer, grade, "general", source)


def test_groups_put_the_big_course_apart_and_each_source_alone():
    items = [_item("s", "q", 2, "a b c", "careerhub"), _item("w", "q", 0, "a", "careerhub"),
             _item("s2", "r", 2, "x y", "islapp"), _item("w2", "r", 0, "x", "dshandbook")]
    grouped = fa.groups(items)
    assert [i.id for i in grouped[f"without {fa.BIG_SOURCE}"]] == ["s2", "w2"]
    assert set(grouped) == {"pooled", f"without {fa.BIG_SOURCE}", "source careerhub", "source dshandbook",
                            "source islapp"}


def test_the_bench_prints_the_fresh23_rows_alone(monkeypatch, capsys):
    monkeypatch.setattr(fa, "rows", lambda: [("fresh set 23 made: a figure", 0.5, "", "compare: 0.4")])
    assert bs.main(["--fresh23"]) == 0
    assert "fresh set 23 made: a figure" in capsys.readouterr().out


def test_the_builder_maps_each_course_label_to_its_grade(tmp_path):
    copy = {"id": "m", "path": "content/modules/m.md", "commit": "b" * 40, "read_file_id": "7",
            "question": "How would you check a claim?", "Weak": "I'd google it.", "Good": "I'd check a source.",
            "Excellent": "I'd split it into claims and check each one.", "Model answer to adapt": "I split, check, log."}
    (tmp_path / "m.json").write_text(json.dumps(copy), encoding="utf-8")
    items = bf.careerhub_items(tmp_path)
    assert [(i["id"], i["grade"]) for i in items] == [("careerhub-m-weak", 0), ("careerhub-m-good", 1),
                                                      ("careerhub-m-excellent", 2), ("careerhub-m-model", 2)]
    assert items[0]["sha256"] == _sha("I'd google it.") and items[0]["locator"] == "section:answer-comparison 'Weak:'"


def test_the_builder_cuts_each_audit_answer_out_of_the_file_at_its_offsets(monkeypatch):
    raw = ('### GP-T1: Strong\n**Question:** "Why this ward?"\n\n**Test Answer:** I led the night handover.\n\n'
           '## Test NMI-T2: Weak\n\n**Question:** Same: "Why this ward?"\n\n**Test Answer (Weak — vague):**\n'
           '> It seemed nice.\n')
    monkeypatch.setattr(bf, "git_show", lambda *a: raw)
    monkeypatch.setattr(bf, "ISL_TESTS", [
        ("gp-t1", "### GP-T1:", "Strong", 2, "general", "**Question:**", "**Test Answer:** "),
        ("nmi-t2", "## Test NMI-T2:", "Weak", 0, "nursing", "**Question:**", "**Test Answer (Weak — vague):**\n> ")])
    items = bf.isl_items(Path("unused"))
    assert [(i["_question"], i["_answer"], i["question_id"]) for i in items] == [
        ("Why this ward?", "I led the night handover.", "islapp-gp-t1"),
        ("Why this ward?", "It seemed nice.", "islapp-gp-t1")]
    for item in items:
        begin, end = item["offsets"]
        assert raw[begin:end] == item["_answer"]
