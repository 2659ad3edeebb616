"""The fresh held-out set of published graded answers (session 22): it loads and is well-formed.

The index is checked as it is: provenance and grade on every line, no text kept (no source carries a
licence), no source shared with the older sets or reserved for independent checks. The loader, the figures
(with the x1.5 length-matched pairs), the per-item table, the builder's extraction and the bench wiring are
checked on made-up items; no test reads the local text cache or the network.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from pathlib import Path

import pytest

from bench import bench_scorer as bs
from bench import fresh22_answers as fa

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "data" / "devsets" / "answers"
INDEX = fa.read_index()
_spec = importlib.util.spec_from_file_location("build_fresh22", DEVSET / "build_fresh22.py")
bf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bf)

KEYS = {"id", "source", "repo", "commit", "path", "licence", "redistributable", "field", "question_id",
        "source_grade", "grade", "grade_mapping", "sha256", "words"}
SOURCES = {"guesstimates", "intervue", "crackit"}


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
    assert len({i["id"] for i in INDEX}) == len(INDEX) >= 120
    assert len({i["repo"] for i in INDEX}) >= 3
    text = (DEVSET / "SOURCES.md").read_text(encoding="utf-8")
    assert "## Fresh set, session 22" in text and f"**{len(INDEX)} graded answers in `index_fresh22.jsonl`" in text
    for repo, commit in {(i["repo"], i["commit"]) for i in INDEX}:
        assert repo in text and commit in text, repo


def test_every_question_has_answers_of_more_than_one_grade():
    grades: dict[str, set[int]] = {}
    for item in INDEX:
        grades.setdefault(item["question_id"], set()).add(item["grade"])
    assert all(len(g) >= 2 for g in grades.values()), [q for q, g in grades.items() if len(g) < 2]


def test_no_source_is_shared_with_the_older_sets_or_reserved():
    older = set()
    for name in ("answers.jsonl", "index.jsonl", "index_fresh21.jsonl"):
        older |= {json.loads(line)["repo"].lower() for line in (DEVSET / name).read_text(encoding="utf-8").splitlines()}
    repos = {i["repo"].lower() for i in INDEX}
    for sources in (ROOT / "tests" / "data" / "devsets").glob("*/SOURCES.md"):
        text = sources.read_text(encoding="utf-8").split("## Fresh set, session 22")[0].lower()
        older |= {r for r in repos if r in text}
    reserved = Path("/work/shared/RESERVED.md")
    if reserved.exists():
        older |= {m.lower() for m in re.findall(r"\b[\w.-]+/[\w.-]+\b", reserved.read_text(encoding="utf-8"))}
    assert not repos & older


def test_without_the_cache_nothing_is_scored_and_everything_is_counted_missing(tmp_path):
    items, missing = fa.load_fresh22(cache=tmp_path / "no-cache.jsonl")
    assert items == [] and missing == len(INDEX)
    rows = fa.rows(scorer=lambda q, a: 1.0, cache=tmp_path / "no-cache.jsonl")
    assert len(rows) == 1 and rows[0][1] == 0.0 and f"{len(INDEX)} of {len(INDEX)} without text" in rows[0][3]


def _entry(ident: str, qid: str, grade: int, text: str, source: str = "made") -> dict:
    return {"id": ident, "question_id": qid, "grade": grade, "field": "general", "source": source,
            "source_grade": f"label-{grade}", "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}


def test_the_loader_keeps_only_cached_texts_with_the_indexed_checksum(tmp_path):
    index = [_entry("a", "q1", 2, "I rebuilt the rota and cut overtime by a third."), _entry("b", "q1", 0, "Fine.")]
    cache = tmp_path / "cache.jsonl"
    cache.write_text(json.dumps({"id": "a", "question": "Q?", "answer": "I rebuilt the rota and cut overtime by a third."})
                     + "\n" + json.dumps({"id": "b", "question": "Q?", "answer": "Fine, really."}) + "\n")
    items, missing = fa.load_fresh22(cache=cache, index=index)
    assert [i.id for i in items] == ["a"] and missing == 1


def _item(ident: str, qid: str, grade: int, answer: str, source: str = "made") -> bs.Item:
    return bs.Item(ident, qid, "Q?", answer, grade, "general", source)


def test_length_matched_pairs_are_those_within_a_factor_of_one_and_a_half():
    pairs = [(_item("s", "q", 2, "w " * 15), _item("w", "q", 0, "w " * 10)),   # 15 vs 10: exactly x1.5, kept
             (_item("s2", "r", 2, "w " * 16), _item("w2", "r", 0, "w " * 10))]  # 16 vs 10: beyond x1.5, left out
    assert [(b.id, w.id) for b, w in fa.length_matched(pairs)] == [("s", "w")]


def test_figures_worst_pairs_and_groups_on_made_up_scores():
    items = [_item("s", "q", 2, "a b c d", "guesstimates"), _item("o", "q", 1, "a b c", "guesstimates"),
             _item("w", "q", 0, "a", "guesstimates"), _item("s2", "r", 2, "x y", "crackit"),
             _item("w2", "r", 0, "x y z", "crackit")]
    scores = {"s": 8.0, "o": 5.0, "w": 6.0, "s2": 3.0, "w2": 7.0}
    got = fa.figures(items, scores)
    assert got["pairs"] == 4 and got["extreme"] == 2 and got["strong_above_weak"] == 0.5
    assert got["ordering"] == 0.5 and got["matched"] == 2 and got["length_matched"] == 0.5
    assert [(b.id, w.id) for b, w, _ in fa.worst_pairs(items, scores)] == [("s2", "w2"), ("o", "w")]
    grouped = fa.groups(items)
    assert [i.id for i in grouped[f"without {fa.BIG_SOURCE}"]] == ["s2", "w2"]
    assert set(grouped) == {"pooled", f"without {fa.BIG_SOURCE}", "source crackit", "source guesstimates"}


def test_the_per_item_table_has_one_line_per_scored_item(tmp_path):
    items = [_item("s", "q", 2, "I trained two new starters on the till."), _item("w", "q", 0, "I was nice.")]
    index = [_entry("s", "q", 2, items[0].answer), _entry("w", "q", 0, items[1].answer)]
    path = tmp_path / "table.tsv"
    assert fa.write_table(path, items, {"s": 7.5, "w": 3.25}, index) == 2
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["id", "source", "question", "source_grade", "grade", "score", "words"]
    assert lines[1].split("\t") == ["s", "made", "Q?", "label-2", "2", "7.50", "8"]


def test_the_bench_prints_the_fresh22_rows_alone(monkeypatch, capsys):
    monkeypatch.setattr(fa, "rows", lambda: [("fresh set 22 made: a figure", 0.5, "", "compare: 0.4")])
    assert bs.main(["--fresh22"]) == 0
    assert "fresh set 22 made: a figure" in capsys.readouterr().out


def test_the_builder_cuts_each_tier_out_of_a_source_file_at_its_offsets():
    raw = ('const other = {"x": 1};\nconst exampleAnswers = {\n  "Why retail?": {\n    poor: "I need a job.",\n'
           '    average: "I like \\"people\\".",\n    excellent: "I ran the stockroom for two years."\n  }\n};\n')
    start = raw.index("const exampleAnswers")
    blocks = bf._literal_items(raw, rf"{bf._LITERAL}: \{{\s*poor:.*?\}}", bf.INTERVUE_GRADES, start, len(raw))
    assert [q for q, _ in blocks] == ["Why retail?"]
    answers = {key: (raw[b:e], text) for key, b, e, text in blocks[0][1]}
    assert answers["average"] == ('I like \\"people\\".', 'I like "people".')
    assert answers["excellent"][1] == "I ran the stockroom for two years."


def test_the_builder_reads_both_answers_of_every_probe(tmp_path):
    copy = {"path": "content/guesstimates/x.json", "commit": "a" * 40, "read_file_id": "123", "id": "x",
            "probes": [{"question": "Which number matters most?", "goodAnswer": "The share, because it multiplies.",
                        "weakAnswer": "All of them."}]}
    (tmp_path / "x.json").write_text(json.dumps(copy), encoding="utf-8")
    items = bf.guesstimate_items(tmp_path)
    assert [(i["id"], i["grade"], i["locator"]) for i in items] == [
        ("guess-x-1-good", 2, "probes[0].goodAnswer"), ("guess-x-1-weak", 0, "probes[0].weakAnswer")]
    assert items[1]["sha256"] == hashlib.sha256(b"All of them.").hexdigest() and items[1]["words"] == 3
