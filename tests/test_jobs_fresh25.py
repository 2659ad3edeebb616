"""Held-out job set 25 (``tests/data/devsets/jobs/expected_fresh25.json``): well-formed, apart from every other
corpus (set 24's included), and measured by the one loader of every held-out job set (:mod:`bench.fresh_jobs`),
by set name, without its files (CI has none).

The set was fetched and hand-marked before the app's reader ran on it (issue 15 point 2); its files are not
committed, so these tests read the index and made-up pages only, and never the network.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bench import bench_devsets, devsets_files, fresh_jobs
from tests.test_corpora import DEVSETS, _check_source

LANGUAGES = {"en", "de", "fr", "es", "it", "nl"}
HEADER = "## Fresh set, session 25"


def _other_repos() -> set[str]:
    """Every repository another corpus index or SOURCES.md section under tests/data/devsets names."""
    repos: set[str] = set()
    for index in DEVSETS.rglob("*.json"):
        if index.name == "expected_fresh25.json":
            continue
        text = index.read_text(encoding="utf-8")
        repos |= {m.lower() for m in re.findall(r'"repo(?:sitory)?":\s*"([^"]+)"', text)}
    for sources in DEVSETS.rglob("SOURCES.md"):
        text = sources.read_text(encoding="utf-8").split(HEADER)[0]
        repos |= {m.lower().rstrip(".") for m in re.findall(r"github\.com/([\w.-]+/[\w.-]+)", text)}
    return repos


def test_fresh_jobs_25_index_is_well_formed_varied_and_marked_before_the_reader_ran() -> None:
    jobs = fresh_jobs.load_jobs("25")
    index = json.loads(fresh_jobs.index_path("25").read_text(encoding="utf-8"))
    assert "[Fresh set of session 25: fetched and marked on 2026-12-02 before the app's reader" in index["about"]
    assert len(jobs) >= 18
    ids = [j["id"] for j in jobs]
    assert len(ids) == len(set(ids))
    assert len({j["field"] for j in jobs}) >= 10
    assert {j["language"] for j in jobs} <= LANGUAGES
    assert sum(1 for j in jobs if j["language"] != "en") >= 4
    assert set(fresh_jobs.load_recipes("25")) == set(ids)
    for job in jobs:
        _check_source(job)
        assert job["file"] == f"fetched/fresh25_{job['id']}.txt", job["id"]
        assert re.fullmatch(r"[0-9a-f]{64}", job["sha256"]), job["id"]
        assert job["shape"] and job["stored"].startswith("not committed"), job["id"]
        assert len(job["requirements"]) >= 3, job["id"]
        assert len(set(job["requirements"])) == len(job["requirements"]), job["id"]
        assert all(isinstance(r, str) and 0 < len(r.split()) <= 16 for r in job["requirements"]), job["id"]


def test_fresh_jobs_25_come_from_repositories_no_other_corpus_uses() -> None:
    repos = {j["source"]["repo"].lower() for j in fresh_jobs.load_jobs("25")}
    shared = repos & _other_repos()
    assert not shared, f"repositories another corpus already uses: {sorted(shared)}"


def test_sources_md_lists_every_fresh_job_of_set_25() -> None:
    text = (DEVSETS / "jobs" / "SOURCES.md").read_text(encoding="utf-8").split(HEADER)[1]
    assert "[Fresh set of session 25: fetched and marked on 2026-12-02 before the app's reader" in text
    for job in fresh_jobs.load_jobs("25"):
        assert f"| {job['id']} |" in text and job["source"]["commit"][:12] in text, job["id"]


def test_every_set_has_its_index_its_recipes_and_its_own_row_label() -> None:
    assert fresh_jobs.SETS == ("24", "25", "27", "28")  # 27, 28: dev sets of sessions 27, 28 (tests/test_jobs_fresh2[78].py)
    for name in fresh_jobs.SETS:
        assert fresh_jobs.index_path(name).name == f"expected_fresh{name}.json"
        assert set(fresh_jobs.load_recipes(name)) == {j["id"] for j in fresh_jobs.load_jobs(name)}
    assert fresh_jobs.label("25") == ", fresh jobs 25"
    assert fresh_jobs.load_jobs("99") == []  # no index, no entries


def _fake_sets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A made-up job for each set (set 25: a Dutch and an Italian one, one file absent), and a fixed reader."""
    (tmp_path / "fetched").mkdir()
    pages = {"fresh24_x.txt": "Heftruckcertificaat\n", "fresh25_a.txt": "Rijbewijs C. Code 95.\n",
             "fresh25_b.txt": "Laurea in giurisprudenza. Inglese fluente.\n"}
    for name, text in pages.items():
        (tmp_path / "fetched" / name).write_text(text, encoding="utf-8")
    sets = {
        "24": [{"id": "x", "field": "logistics", "language": "nl", "shape": "bulleted", "file": "fetched/fresh24_x.txt",
                "requirements": ["Heftruckcertificaat"]}],
        "25": [{"id": "a", "field": "transport", "language": "nl", "shape": "bulleted", "file": "fetched/fresh25_a.txt",
                "requirements": ["Rijbewijs C", "Code 95"]},
               {"id": "b", "field": "law", "language": "it", "shape": "prose", "file": "fetched/fresh25_b.txt",
                "requirements": ["Laurea in giurisprudenza", "Inglese fluente", "Esperienza"]},
               {"id": "c", "field": "law", "language": "it", "shape": "prose", "file": "fetched/fresh25_gone.txt",
                "requirements": ["Avvocato"]}],
    }
    reads = {"Heftruckcertificaat\n": ["Heftruckcertificaat"], "Rijbewijs C. Code 95.\n": ["Rijbewijs C", "Solliciteer nu"],
             "Laurea in giurisprudenza. Inglese fluente.\n": ["Laurea in giurisprudenza"]}
    monkeypatch.setattr(fresh_jobs, "load_jobs", lambda name: sets.get(name, []))
    monkeypatch.setattr(fresh_jobs, "JOB_DIR", tmp_path)
    monkeypatch.setattr(bench_devsets, "JOB_DIR", tmp_path)
    monkeypatch.setattr(bench_devsets, "requirements", lambda text, limit=12: reads[text][:limit])


def test_rows_of_set_25_measure_its_jobs_overall_not_english_per_field_and_per_language(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_sets(tmp_path, monkeypatch)
    rows = {name: value for name, value, _, _ in fresh_jobs.rows("25")}
    assert rows["devsets: job descriptions measured, fresh jobs 25 (files present)"] == 2.0  # "c" has no file
    assert rows["devsets: requirements precision, fresh jobs 25"] == pytest.approx(2 / 3)  # "Solliciteer nu" no mark
    assert rows["devsets: requirements recall, fresh jobs 25"] == pytest.approx(2 / 5)
    assert rows["devsets: requirements precision, fresh jobs 25, not English"] == pytest.approx(2 / 3)
    assert rows["devsets: requirements recall, fresh jobs 25, law"] == pytest.approx(1 / 3)
    assert rows["devsets: requirements precision, fresh jobs 25, transport"] == pytest.approx(1 / 2)
    assert rows["devsets: requirements precision, fresh jobs 25, language it"] == 1.0
    assert rows["devsets: requirements recall, fresh jobs 25, language nl"] == pytest.approx(1 / 2)
    assert not any("fresh jobs 24" in name for name in rows)
    other = {name: value for name, value, _, _ in fresh_jobs.rows("24")}  # the same loader, the other set's rows
    assert other["devsets: requirements precision, fresh jobs 24"] == 1.0
    assert other["devsets: job descriptions measured, fresh jobs 24 (files present)"] == 1.0


def test_detail_of_set_25_flags_each_read_and_lists_the_misses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    _fake_sets(tmp_path, monkeypatch)
    fresh_jobs.detail("25")
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("== a (transport, nl, bulleted): 1/2 read are marked, 1/2 marks found")
    assert "   ok  Rijbewijs C" in out and "   NOT Solliciteer nu" in out and "   MISSED code 95" in out
    assert any(line.startswith("== b (law, it, prose)") for line in out)
    assert not any(line.startswith("== c ") or line.startswith("== x ") for line in out)


def test_main_prints_the_chosen_set_and_defaults_to_the_newest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    _fake_sets(tmp_path, monkeypatch)
    assert fresh_jobs.main([]) == 0
    newest = capsys.readouterr().out
    assert "fresh jobs 28" in newest and "fresh jobs 25" not in newest and "fresh jobs 24" not in newest
    assert fresh_jobs.main(["--set", "25"]) == 0
    assert "fresh jobs 25 (files present)" in capsys.readouterr().out
    assert fresh_jobs.main(["--set", "24"]) == 0
    assert "fresh jobs 24 (files present)" in capsys.readouterr().out


def test_without_the_files_set_25_reads_zero_and_detail_prints_nothing(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """CI has no fetched files: the real index is read, nothing is scored, nothing fails."""
    monkeypatch.setattr(fresh_jobs, "JOB_DIR", tmp_path)
    rows = fresh_jobs.rows("25")
    assert rows[0] == ("devsets: job descriptions measured, fresh jobs 25 (files present)", 0.0, "jobs", ">= 18")
    assert all(value == 0.0 for _, value, _, _ in rows)
    fresh_jobs.detail("25")
    assert capsys.readouterr().out == ""


def test_the_file_check_reads_set_25_and_names_its_absent_file(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    real = fresh_jobs.load_jobs
    monkeypatch.setattr(fresh_jobs, "load_jobs", lambda name: real(name) if name == "25" else [])
    monkeypatch.setattr(devsets_files, "JOB_FILES", tmp_path)
    with pytest.raises(AssertionError, match="fresh25_"):
        devsets_files.check_fresh_job_files_present_and_marks_are_in_their_text()
