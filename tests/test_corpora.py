"""The issue-15 dev corpora: index schema, counts, sources, reserved repositories, and the files themselves.

The files live under ``tests/data/devsets/*/fetched/`` and are not committed (see the SOURCES.md
next to each ``expected.json``); the file checks fail, and say which files are absent, in a checkout
without them. ``DEVSETS_FILES`` may point at a folder holding ``cvs/fetched/`` and ``jobs/fetched/``.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from pathlib import Path

import pytest

from bench.bench_devsets import CV_DIR as CV_FILES
from bench.bench_devsets import JOB_DIR as JOB_FILES
from bench.bench_devsets import normal

DEVSETS = Path(__file__).resolve().parent / "data" / "devsets"
CV_DIR = DEVSETS / "cvs"
JOB_DIR = DEVSETS / "jobs"

# The repositories listed in /work/shared/RESERVED.md (kept here so the test needs nothing outside the repo).
RESERVED_REPOS = {
    "crunch-io/ta-da", "dkgo-0323/interview-prep-assistant", "deedy/deedy-resume", "ehte92/resume-match-api",
    "jakujobi/jakujobi-cs-student-resume-template", "jsonresume/resume-schema", "markthelefty/work-creative",
    "posquit0/awesome-cv", "prateek00077/ai-interviewer", "rendercv/rendercv", "sb2nov/resume", "srbhr/resume-matcher",
    "there4/markdown-resume", "theresumeparser/resume-parser-api", "withflint/withflint.com", "sammii-hk/iprep",
    "kiboschool/course-engineering-your-career",
}
# Text that marks the JSON Resume sample résumé (reserved), which many theme repositories copy.
RESERVED_MARKERS = ("richard hendriks", "richard hendricks", "pied piper")
CV_FORMATS = {"pdf", "docx", "md", "txt", "json"}
JOB_FIELDS = {"software", "data", "product", "design", "sales", "support", "healthcare", "teaching", "finance", "marketing",
              "operations"}
FACT_FIELDS = {"current_title", "employers", "schools", "skills", "skill_employer"}


def _cvs() -> list[dict]:
    return json.loads((CV_DIR / "expected.json").read_text(encoding="utf-8"))["cvs"]


def _jobs() -> list[dict]:
    return json.loads((JOB_DIR / "expected.json").read_text(encoding="utf-8"))["jobs"]


def _check_source(entry: dict) -> None:
    source = entry["source"]
    assert re.fullmatch(r"[A-Za-z0-9][\w.-]*/[\w.-]+", source["repo"]), source
    assert re.fullmatch(r"[0-9a-f]{40}", source["commit"]), source
    assert source["path"] and source["licence"], source
    assert source["repo"].lower() not in RESERVED_REPOS, f"{entry['id']} comes from a reserved repository"


def test_cv_index_schema_and_sources() -> None:
    cvs = _cvs()
    ids = [c["id"] for c in cvs]
    assert len(ids) == len(set(ids)), "CV ids repeat"
    for cv in cvs:
        _check_source(cv)
        assert cv["format"] in CV_FORMATS, cv["id"]
        assert cv["file"].startswith("fetched/") and cv["file"].endswith("." + cv["format"]), cv["id"]
        assert re.fullmatch(r"[0-9a-f]{64}", cv["sha256"]), cv["id"]
        facts = cv["facts"]
        assert set(facts) == FACT_FIELDS, cv["id"]
        assert isinstance(facts["current_title"], str)
        for field in ("employers", "schools", "skills"):
            assert all(isinstance(v, str) and v.strip() for v in facts[field]), (cv["id"], field)
        skills = {normal(s) for s in facts["skills"]}
        employers = {normal(e) for e in facts["employers"]}
        for skill, employer in facts["skill_employer"]:
            # A pair names a labelled skill and a labelled employer of the same CV.
            assert normal(skill) in skills and normal(employer) in employers, (cv["id"], skill, employer)


def test_cv_corpus_counts_and_mix() -> None:
    cvs = _cvs()
    assert len(cvs) >= 30
    formats = {c["format"] for c in cvs}
    assert formats == CV_FORMATS, formats
    producers = " ".join(c["producer"].lower() for c in cvs if c["format"] == "pdf")
    for producer in ("latex", "typst", "word", "chrom"):
        assert producer in producers, f"no PDF made by {producer}"
    assert sum(1 for c in cvs if c["facts"]["employers"]) >= 25, "too few CVs with employment history"


def test_job_index_schema_counts_and_sources() -> None:
    jobs = _jobs()
    assert len(jobs) >= 15
    fields = {j["field"] for j in jobs}
    assert fields <= JOB_FIELDS and len(fields) >= 8, fields
    ids = [j["id"] for j in jobs]
    assert len(ids) == len(set(ids))
    for job in jobs:
        _check_source(job)
        assert re.fullmatch(r"[0-9a-f]{64}", job["sha256"]), job["id"]
        assert len(job["requirements"]) >= 3, job["id"]
        assert all(isinstance(r, str) and 0 < len(r.split()) <= 16 for r in job["requirements"]), job["id"]


def _present(entries: list[dict], base: Path) -> list[tuple[dict, bytes]]:
    missing = [e["file"] for e in entries if not (base / e["file"]).is_file()]
    assert not missing, f"{len(missing)} corpus files absent under {base} (not committed; see SOURCES.md): {missing[:5]}"
    return [(e, (base / e["file"]).read_bytes()) for e in entries]


def test_cv_files_present_unchanged_and_real() -> None:
    for cv, data in _present(_cvs(), CV_FILES):
        assert hashlib.sha256(data).hexdigest() == cv["sha256"], f"{cv['file']} differs from the recorded file"
        if cv["format"] == "pdf":
            import pypdf

            reader = pypdf.PdfReader(io.BytesIO(data))
            text = "".join(page.extract_text() or "" for page in reader.pages)
            assert len(text.split()) >= 40, f"{cv['file']} has no real text layer"
        elif cv["format"] == "docx":
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                assert "word/document.xml" in archive.namelist(), cv["file"]
                text = re.sub(r"<[^>]+>", " ", archive.read("word/document.xml").decode("utf-8", "replace"))
        else:
            text = data.decode("utf-8")
            if cv["format"] == "json":
                json.loads(text)
        lowered = text.lower()
        assert not any(marker in lowered for marker in RESERVED_MARKERS), f"{cv['file']} holds the reserved sample résumé"


def test_text_cv_labels_are_in_their_cv() -> None:
    """For the text formats, every labelled title, employer, school and skill is written in the CV."""
    for cv, data in _present([c for c in _cvs() if c["format"] in {"md", "txt", "json"}], CV_FILES):
        text = normal(data.decode("utf-8"))
        facts = cv["facts"]
        for value in [facts["current_title"], *facts["employers"], *facts["schools"], *facts["skills"]]:
            assert not value or normal(value) in text, (cv["id"], value)


def test_job_files_present_and_marks_are_in_their_text() -> None:
    for job, data in _present(_jobs(), JOB_FILES):
        assert hashlib.sha256(data).hexdigest() == job["sha256"], f"{job['file']} differs from the recorded file"
        text = normal(data.decode("utf-8").replace("\u2019", "'"))
        for requirement in job["requirements"]:
            assert normal(requirement) in text, (job["id"], requirement)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("  **Senior  Engineer** ", "senior engineer"), ("C#", "c#"), ("Problem-solving", "problem solving"),
     ("HP (Autonomy)", "hp (autonomy)"), ("(Python)", "python"), ("## Skills", "skills")],
)
def test_matching_normal_form(raw: str, expected: str) -> None:
    assert normal(raw) == expected
