"""Job dev set 27 (``tests/data/devsets/jobs/expected_fresh27.json``): well-formed, from repositories no other corpus
uses, listed in SOURCES.md, and rebuilt by recipes of the known methods.

The set was fetched and hand-marked before the app's reader ran on it (issue 15 point 2); its files are not
committed, so these tests read the index and the recipes only, and never the network.
"""

from __future__ import annotations

import json
import re

from bench import fresh_jobs
from tests.test_corpora import DEVSETS, _check_source

LANGUAGES = {"en", "de", "fr", "es", "nl"}
WEAK_FIELDS = {"healthcare", "care", "teaching", "operations", "finance", "customer support", "hospitality", "trades",
               "public sector"}


def _other_repos() -> set[str]:
    """Every repository another corpus index or SOURCES.md under tests/data/devsets names (CVs, jobs, answers)."""
    repos: set[str] = set()
    for index in DEVSETS.rglob("*.json"):
        if index.name == "expected_fresh27.json":
            continue
        text = index.read_text(encoding="utf-8")
        repos |= {m.lower() for m in re.findall(r'"repo(?:sitory)?":\s*"([^"]+)"', text)}
    for sources in DEVSETS.rglob("SOURCES.md"):
        text = sources.read_text(encoding="utf-8").split("## Job dev set, session 27")[0]
        repos |= {m.lower().rstrip(".") for m in re.findall(r"github\.com/([\w.-]+/[\w.-]+)", text)}
    return repos


def test_set_27_index_is_well_formed_in_the_weak_fields_and_marked_before_the_reader_ran() -> None:
    jobs = fresh_jobs.load_jobs("27")
    index = json.loads(fresh_jobs.index_path("27").read_text(encoding="utf-8"))
    assert "[Set 27: fetched and marked on 2026-12-02 before the app's reader ever ran on it" in index["about"]
    assert len(jobs) >= 20
    ids = [j["id"] for j in jobs]
    assert len(ids) == len(set(ids))
    assert {j["field"] for j in jobs} <= WEAK_FIELDS and len({j["field"] for j in jobs}) >= 8
    assert {j["language"] for j in jobs} <= LANGUAGES
    assert sum(1 for j in jobs if j["language"] != "en") >= 5
    recipes = fresh_jobs.load_recipes("27")
    assert set(recipes) == set(ids)
    assert {r["method"] for r in recipes.values()} <= {"whole", "cut", "html"}
    for job in jobs:
        _check_source(job)
        assert job["file"] == f"fetched/fresh27_{job['id']}.txt", job["id"]
        assert re.fullmatch(r"[0-9a-f]{64}", job["sha256"]), job["id"]
        assert job["shape"] and job["stored"].startswith("not committed"), job["id"]
        assert len(job["requirements"]) >= 2, job["id"]
        assert len(set(job["requirements"])) == len(job["requirements"]), job["id"]
        assert all(isinstance(r, str) and 0 < len(r.split()) <= 16 for r in job["requirements"]), job["id"]


def test_set_27_comes_from_repositories_no_other_corpus_uses() -> None:
    repos = {j["source"]["repo"].lower() for j in fresh_jobs.load_jobs("27")}
    shared = repos & _other_repos()
    assert not shared, f"repositories another corpus already uses: {sorted(shared)}"


def test_sources_md_lists_every_job_of_set_27() -> None:
    text = (DEVSETS / "jobs" / "SOURCES.md").read_text(encoding="utf-8").split("## Job dev set, session 27")[1]
    for job in fresh_jobs.load_jobs("27"):
        assert f"| {job['id']} |" in text and job["source"]["commit"][:12] in text, job["id"]


def test_set_27_is_a_row_group_of_the_devsets_bench() -> None:
    assert "27" in fresh_jobs.SETS and fresh_jobs.label("27") == ", fresh jobs 27"
