"""Checks of the fetched dev-corpus files themselves: present, unchanged since labelled, real text.

The files are not committed (they come from public repositories through a fetch; SOURCES.md next
to each ``expected.json`` lists repository, commit, path and sha256), so these checks live with the
benchmark, which needs the files anyway, rather than in the test suite, which runs without them:
``python -m bench.devsets_files`` exits 1 and names the problem when a file is absent or differs.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import sys
import zipfile
from pathlib import Path

from bench.bench_devsets import CV_DIR as CV_FILES
from bench.bench_devsets import JOB_DIR as JOB_FILES
from bench.bench_devsets import _req_normal, normal
from tests.test_corpora import (
    RESERVED_MARKERS,
    _blind12_cvs,
    _blind_cvs,
    _cvs,
    _fresh13_cvs,
    _fresh15_cvs,
    _fresh16_cvs,
    _fresh17_cvs,
    _fresh18_cvs,
    _fresh19_cvs,
    _fresh20_cvs,
    _fresh21_cvs,
    _fresh22_cvs,
    _fresh23_cvs,
    _fresh26_cvs,
    _fresh27_cvs,
    _fresh28_cvs,
    _jobs,
)


def _present(entries: list[dict], base: Path) -> list[tuple[dict, bytes]]:
    missing = [e["file"] for e in entries if not (base / e["file"]).is_file()]
    assert not missing, f"{len(missing)} corpus files absent under {base} (not committed; see SOURCES.md): {missing[:5]}"
    return [(e, (base / e["file"]).read_bytes()) for e in entries]


def check_cv_files_present_unchanged_and_real() -> None:
    everything = _cvs() + _blind_cvs() + _blind12_cvs() + _fresh13_cvs() + _fresh15_cvs() + _fresh16_cvs() + _fresh17_cvs()
    everything += _fresh18_cvs() + _fresh19_cvs() + _fresh20_cvs() + _fresh21_cvs() + _fresh22_cvs() + _fresh23_cvs() + _fresh26_cvs() + _fresh27_cvs()
    everything += _fresh28_cvs()
    for cv, data in _present(everything, CV_FILES):
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


def check_text_cv_labels_are_in_their_cv() -> None:
    """For the text formats, every labelled title, employer, school and skill is written in the CV."""
    indexes = _cvs() + _blind_cvs() + _blind12_cvs() + _fresh13_cvs() + _fresh15_cvs() + _fresh16_cvs() + _fresh17_cvs()
    indexes += _fresh18_cvs() + _fresh19_cvs() + _fresh20_cvs() + _fresh21_cvs() + _fresh22_cvs() + _fresh23_cvs() + _fresh26_cvs() + _fresh27_cvs()
    indexes += _fresh28_cvs()
    for cv, data in _present([c for c in indexes if c["format"] in {"md", "txt", "json"}], CV_FILES):
        text = normal(data.decode("utf-8"))
        facts = cv["facts"]
        for value in [facts["current_title"], *facts["employers"], *facts["schools"], *facts["skills"]]:
            assert not value or normal(value) in text, (cv["id"], value)


def check_job_files_present_and_marks_are_in_their_text() -> None:
    _check_jobs(_jobs())


def check_fresh_job_files_present_and_marks_are_in_their_text() -> None:
    """The held-out job ads of sessions 24 and 25 (``jobs/expected_fresh<set>.json``), checked like the dev set's."""
    from bench import fresh_jobs

    for name in fresh_jobs.SETS:
        _check_jobs(fresh_jobs.load_jobs(name))


def _check_jobs(entries: list[dict]) -> None:
    for job, data in _present(entries, JOB_FILES):
        assert hashlib.sha256(data).hexdigest() == job["sha256"], f"{job['file']} differs from the recorded file"
        text = _req_normal(data.decode("utf-8"))  # typographic apostrophes read as "'", in the text and the marks
        for requirement in job["requirements"]:
            assert _req_normal(requirement) in text, (job["id"], requirement)


def main() -> int:
    failed = 0
    for check in (check_cv_files_present_unchanged_and_real, check_text_cv_labels_are_in_their_cv,
                  check_job_files_present_and_marks_are_in_their_text,
                  check_fresh_job_files_present_and_marks_are_in_their_text):
        try:
            check()
            print(f"ok    {check.__name__}")
        except AssertionError as exc:
            failed += 1
            print(f"FAIL  {check.__name__}: {exc}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
