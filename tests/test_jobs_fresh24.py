"""Held-out job set 24 (``tests/data/devsets/jobs/expected_fresh24.json``): well-formed, apart from every other
corpus, rebuilt by its recipes, and measured by the devsets bench without its files (CI has none).

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

LANGUAGES = {"en", "de", "fr", "es"}


def _other_repos() -> set[str]:
    """Every repository another corpus index under tests/data/devsets names (CVs, jobs, answers)."""
    repos: set[str] = set()
    for index in DEVSETS.rglob("*.json"):
        if index.name == "expected_fresh24.json":
            continue
        text = index.read_text(encoding="utf-8")
        repos |= {m.lower() for m in re.findall(r'"repo(?:sitory)?":\s*"([^"]+)"', text)}
    for sources in DEVSETS.rglob("SOURCES.md"):
        text = sources.read_text(encoding="utf-8").split("## Fresh set, session 24")[0]
        repos |= {m.lower().rstrip(".") for m in re.findall(r"github\.com/([\w.-]+/[\w.-]+)", text)}
    return repos


def test_fresh_jobs_24_index_is_well_formed_varied_and_marked_before_the_reader_ran() -> None:
    jobs = fresh_jobs.load_jobs("24")
    index = json.loads(fresh_jobs.index_path("24").read_text(encoding="utf-8"))
    assert "[Fresh set of session 24: fetched and marked on 2026-12-02 before the app's reader" in index["about"]
    assert len(jobs) >= 18
    ids = [j["id"] for j in jobs]
    assert len(ids) == len(set(ids))
    assert len({j["field"] for j in jobs}) >= 10
    assert {j["language"] for j in jobs} <= LANGUAGES
    assert sum(1 for j in jobs if j["language"] != "en") >= 3
    assert {"de", "fr", "es"} <= {j["language"] for j in jobs}
    recipes = fresh_jobs.load_recipes("24")
    assert set(recipes) == set(ids)
    for job in jobs:
        _check_source(job)
        assert job["file"] == f"fetched/fresh24_{job['id']}.txt", job["id"]
        assert re.fullmatch(r"[0-9a-f]{64}", job["sha256"]), job["id"]
        assert job["shape"] and job["stored"].startswith("not committed"), job["id"]
        assert len(job["requirements"]) >= 3, job["id"]
        assert len(set(job["requirements"])) == len(job["requirements"]), job["id"]
        assert all(isinstance(r, str) and 0 < len(r.split()) <= 16 for r in job["requirements"]), job["id"]


def test_fresh_jobs_24_come_from_repositories_no_other_corpus_uses() -> None:
    repos = {j["source"]["repo"].lower() for j in fresh_jobs.load_jobs("24")}
    shared = repos & _other_repos()
    assert not shared, f"repositories another corpus already uses: {sorted(shared)}"


def test_sources_md_lists_every_fresh_job() -> None:
    text = (DEVSETS / "jobs" / "SOURCES.md").read_text(encoding="utf-8").split("## Fresh set, session 24")[1]
    for job in fresh_jobs.load_jobs("24"):
        assert f"| {job['id']} |" in text and job["source"]["commit"][:12] in text, job["id"]


TS_EXPORT = '''export const offers = [
    {
        intitule: "Cariste (H/F)",
        description: "Conduite de chariot.\\nCACES 3 exig\\u00e9.",
    },
    {
        intitule: "Boulanger (H/F)",
        code: "D1102",
        description: "Vous p\\u00e9trissez la p\\u00e2te.\\n\\n- CAP boulanger\\n- Travail de nuit \\"accept\\u00e9\\"",
    },
];
'''


def test_js_string_reads_the_named_field_after_its_marker_and_decodes_escapes() -> None:
    text = fresh_jobs.js_string(TS_EXPORT, 'intitule: "Boulanger (H/F)"', "description")
    assert text == 'Vous pétrissez la pâte.\n\n- CAP boulanger\n- Travail de nuit "accepté"\n'
    assert fresh_jobs.js_string(TS_EXPORT, 'intitule: "Cariste', "description") == "Conduite de chariot.\nCACES 3 exigé.\n"
    with pytest.raises(ValueError):
        fresh_jobs.js_string(TS_EXPORT, 'intitule: "Couvreur', "description")
    with pytest.raises(ValueError):
        fresh_jobs.js_string(TS_EXPORT, 'intitule: "Boulanger', "salaire")


PAGE_WITH_FRONT_MATTER = """---
layout: default
description: Always hiring, see our requirements.
---
<div><h1>Drivers wanted</h1><ul><li>Bus licence</li><li>Two years driving</li></ul>
<div id="form"><label>Name</label><button>Send</button></div><p>Apply today</p></div>
"""


def test_make_html_drops_front_matter_and_dropped_elements_then_keeps_the_parts() -> None:
    whole = fresh_jobs.make({"method": "html", "drop_front_matter": True, "drop": ["#form"]},
                              PAGE_WITH_FRONT_MATTER.encode())
    assert whole.decode() == "Drivers wanted\n- Bus licence\n- Two years driving\nApply today\n"
    cut = fresh_jobs.make({"method": "html", "drop_front_matter": True, "drop": ["#form"],
                             "parts": [["- Bus", "Apply today"]]}, PAGE_WITH_FRONT_MATTER.encode())
    assert cut.decode() == "- Bus licence\n- Two years driving\n"
    kept = fresh_jobs.make({"method": "html"}, PAGE_WITH_FRONT_MATTER.encode()).decode()
    assert kept.startswith("--- layout: default description: Always hiring")  # front matter kept unless asked
    assert fresh_jobs.make({"method": "whole"}, b"as is\n") == b"as is\n"


def _fake_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two made-up jobs (one English, one German) under tmp_path, and a fixed reader standing in for the app's."""
    (tmp_path / "fetched").mkdir()
    (tmp_path / "fetched" / "fresh24_a.txt").write_text("Forklift licence. Stock rotation.\n", encoding="utf-8")
    (tmp_path / "fetched" / "fresh24_b.txt").write_text("Führerschein Klasse B\n", encoding="utf-8")
    entries = [
        {"id": "a", "field": "logistics", "language": "en", "shape": "bulleted", "file": "fetched/fresh24_a.txt",
         "requirements": ["Forklift licence", "Stock rotation", "Two years"]},
        {"id": "b", "field": "care", "language": "de", "shape": "bulleted", "file": "fetched/fresh24_b.txt",
         "requirements": ["Führerschein Klasse B"]},
        {"id": "c", "field": "care", "language": "fr", "shape": "prose", "file": "fetched/fresh24_absent.txt",
         "requirements": ["CAP"]},
    ]
    reads = {"Forklift licence. Stock rotation.\n": ["Forklift licence", "Apply today"],
             "Führerschein Klasse B\n": ["Führerschein"]}
    monkeypatch.setattr(fresh_jobs, "load_jobs", lambda name: entries if name == "24" else [])
    monkeypatch.setattr(fresh_jobs, "JOB_DIR", tmp_path)
    monkeypatch.setattr(bench_devsets, "JOB_DIR", tmp_path)
    monkeypatch.setattr(bench_devsets, "requirements", lambda text, limit=12: reads[text][:limit])


def test_rows_measure_the_jobs_present_overall_not_english_and_per_field(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_set(tmp_path, monkeypatch)
    rows = {name: value for name, value, _, _ in fresh_jobs.rows("24")}
    assert rows["devsets: job descriptions measured, fresh jobs 24 (files present)"] == 2.0  # "c" has no file
    assert rows["devsets: requirements precision, fresh jobs 24"] == pytest.approx(2 / 3)  # "Apply today" is no mark
    assert rows["devsets: requirements recall, fresh jobs 24"] == pytest.approx(2 / 4)
    assert rows["devsets: requirements precision, fresh jobs 24, not English"] == 1.0
    assert rows["devsets: requirements recall, fresh jobs 24, not English"] == 1.0
    assert rows["devsets: requirements recall, fresh jobs 24, logistics"] == pytest.approx(1 / 3)
    assert rows["devsets: requirements precision, fresh jobs 24, care"] == 1.0
    assert rows["devsets: requirements precision, fresh jobs 24, uncapped list"] == pytest.approx(2 / 3)


def test_detail_flags_each_read_and_lists_the_misses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    _fake_set(tmp_path, monkeypatch)
    fresh_jobs.detail("24")
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("== a (logistics, en, bulleted): 1/2 read are marked, 1/3 marks found")
    assert "   ok  Forklift licence" in out and "   NOT Apply today" in out
    assert "   MISSED stock rotation" in out and "   MISSED two years" in out
    assert not any(line.startswith("== c ") for line in out)


def test_without_the_files_the_rows_read_zero_and_detail_prints_nothing(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """CI has no fetched files: the real index is read, nothing is scored, nothing fails."""
    monkeypatch.setattr(fresh_jobs, "JOB_DIR", tmp_path)
    rows = fresh_jobs.rows("24")
    assert rows[0] == ("devsets: job descriptions measured, fresh jobs 24 (files present)", 0.0, "jobs", ">= 18")
    assert all(value == 0.0 for _, value, _, _ in rows)
    fresh_jobs.detail("24")
    assert capsys.readouterr().out == ""


def test_the_file_check_reads_the_fresh_index_and_names_an_absent_file(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(devsets_files, "JOB_FILES", tmp_path)
    with pytest.raises(AssertionError, match="fresh24_"):
        devsets_files.check_fresh_job_files_present_and_marks_are_in_their_text()
