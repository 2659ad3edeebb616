"""Fresh CV set 23 (session 23): apart from every other set, mixed, several jobs each, and printed alone.

The set (``tests/data/devsets/cvs/expected_fresh23.json``, sources in SOURCES.md, "Fresh set, session 23") was
labelled before the app's reader ran on it and is held out in session 23 as the test of what the interviewer quotes;
the index checks shared with every set (schema, sources, files unchanged) are in ``tests/test_corpora.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_corpora import (
    CV_FORMATS,
    _assert_apart_and_mixed,
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
)


def test_fresh_set_23_is_apart_from_every_other_set_mixed_and_with_several_jobs() -> None:
    """The session-23 fresh CVs come from repositories no other set used, span every format (at least six PDFs by
    four producers, two DOCX, two Markdown), are in English (at least eleven; at most three in another language), and
    at least ten name two or more employers."""
    fresh = _fresh23_cvs()
    others = (_cvs() + _blind_cvs() + _blind12_cvs() + _fresh13_cvs() + _fresh15_cvs() + _fresh16_cvs()
              + _fresh17_cvs() + _fresh18_cvs() + _fresh19_cvs() + _fresh20_cvs() + _fresh21_cvs() + _fresh22_cvs())
    _assert_apart_and_mixed("fresh-23", fresh, others, ("canva", "react-pdf", "quartz", "libreoffice", "apache fop"),
                            split="fresh23", at_least=14)
    assert sum(1 for c in fresh if c["language"] == "en") >= 11, "fewer than eleven CVs in English"
    assert sum(1 for c in fresh if c["language"] != "en") <= 3, "more than three CVs in other languages"
    assert sum(1 for c in fresh if len(c["facts"]["employers"]) >= 2) >= 10, "fewer than ten CVs with two employers"
    counts = {kind: sum(1 for c in fresh if c["format"] == kind) for kind in CV_FORMATS}
    assert counts["pdf"] >= 6 and counts["docx"] >= 2 and counts["md"] >= 2, counts
    assert counts["json"] >= 1 and counts["txt"] >= 1, counts


def test_detail_fresh23_prints_set_23_alone_and_detail_lists_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """``--detail --fresh23`` lists set 23's CVs and nothing else; ``--detail`` lists them after the dev CVs."""
    from bench import bench_devsets

    monkeypatch.setattr(bench_devsets, "CV_DIR", tmp_path)  # no files there: each CV reports "file missing"
    monkeypatch.setattr(bench_devsets, "JOB_DIR", tmp_path)  # and no job is scored
    bench_devsets.detail(fresh23=True)
    assert capsys.readouterr().out.splitlines() == [f"{c['id']}: file missing" for c in _fresh23_cvs()]
    bench_devsets.detail()
    out = capsys.readouterr().out
    assert "-- fresh set 23" in out
    assert all(f"{c['id']}: file missing" in out for c in _fresh23_cvs())


def test_quoted_rows_name_fresh_set_23(monkeypatch: pytest.MonkeyPatch) -> None:
    """The quoted-facts rows include set 23 apart (``, fresh set 23``) with the same target as the other sets."""
    from bench import devsets_quoted

    monkeypatch.setattr(devsets_quoted, "score_quoted", lambda entries: {"all quoted": (1, 1, 1)})
    rows = devsets_quoted.quoted_rows()
    assert ("devsets: quoted precision, all quoted, fresh set 23", 1.0, "", ">= 0.95") in rows
