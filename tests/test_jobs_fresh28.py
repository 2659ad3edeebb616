"""Job dev set 28 (``tests/data/devsets/jobs/expected_fresh28.json``): well-formed, from repositories no other corpus
uses, listed in SOURCES.md, and rebuilt by recipes of the known methods.

The set was fetched and hand-marked before the app's reader ran on it (issue 15 point 2); its files are not
committed, so these tests read the index and the recipes only, and never the network.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from bench import fresh_jobs
from tests.test_corpora import DEVSETS, _check_source

LANGUAGES = {"en", "de", "fr", "es", "nl", "pl", "pt"}
FIELDS = {"software", "data", "nursing", "care", "sales", "customer support", "teaching", "finance", "marketing", "operations",
          "hospitality", "trades", "public sector", "design"}  # the fields the product meets often (session 28)
RESERVED = Path("/work/shared/RESERVED.md")


def _other_repos() -> set[str]:
    """Every repository another corpus index or SOURCES.md under tests/data/devsets names (CVs, jobs, answers)."""
    repos: set[str] = set()
    for index in DEVSETS.rglob("*.json"):
        if index == fresh_jobs.index_path("28"):
            continue
        text = index.read_text(encoding="utf-8")
        repos |= {m.lower() for m in re.findall(r'"repo(?:sitory)?":\s*"([^"]+)"', text)}
    for sources in DEVSETS.rglob("SOURCES.md"):
        text = sources.read_text(encoding="utf-8").split("## Job dev set, session 28")[0]
        repos |= {m.lower().rstrip(".") for m in re.findall(r"github\.com/([\w.-]+/[\w.-]+)", text)}
    return repos


def test_set_28_index_is_well_formed_varied_and_marked_before_the_reader_ran() -> None:
    jobs = fresh_jobs.load_jobs("28")
    index = json.loads(fresh_jobs.index_path("28").read_text(encoding="utf-8"))
    assert "[Set 28: fetched and marked on 2026-12-02 before the app's reader ever ran on it" in index["about"]
    assert len(jobs) >= 20
    ids = [j["id"] for j in jobs]
    assert len(ids) == len(set(ids))
    assert {j["field"] for j in jobs} <= FIELDS and len({j["field"] for j in jobs}) >= 10
    assert {j["language"] for j in jobs} <= LANGUAGES
    assert sum(1 for j in jobs if j["language"] != "en") >= 6
    recipes = fresh_jobs.load_recipes("28")
    assert set(recipes) == set(ids)
    assert {r["method"] for r in recipes.values()} <= {"whole", "cut", "html"}
    for job in jobs:
        _check_source(job)
        assert job["file"] == f"fetched/fresh28_{job['id']}.txt", job["id"]
        assert re.fullmatch(r"[0-9a-f]{64}", job["sha256"]), job["id"]
        assert job["shape"] and job["stored"].startswith("not committed"), job["id"]
        assert len(job["requirements"]) >= 2, job["id"]
        assert len(set(job["requirements"])) == len(job["requirements"]), job["id"]
        assert all(isinstance(r, str) and 0 < len(r.split()) <= 16 for r in job["requirements"]), job["id"]


def test_set_28_comes_from_repositories_no_other_corpus_uses() -> None:
    repos = {j["source"]["repo"].lower() for j in fresh_jobs.load_jobs("28")}
    shared = repos & _other_repos()
    assert not shared, f"repositories another corpus already uses: {sorted(shared)}"
    if RESERVED.is_file():  # the reserved sources, where this machine has the list
        reserved = RESERVED.read_text(encoding="utf-8").lower()
        assert not [r for r in repos if r in reserved], "a reserved repository"


def test_sources_md_lists_every_job_of_set_28() -> None:
    text = (DEVSETS / "jobs" / "SOURCES.md").read_text(encoding="utf-8").split("## Job dev set, session 28")[1]
    for job in fresh_jobs.load_jobs("28"):
        assert f"| {job['id']} |" in text and job["source"]["commit"][:12] in text, job["id"]


def test_set_28_is_a_row_group_of_the_devsets_bench() -> None:
    assert "28" in fresh_jobs.SETS and fresh_jobs.label("28") == ", fresh jobs 28"
