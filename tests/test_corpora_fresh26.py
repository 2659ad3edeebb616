"""Fresh CV set 26 (session 26): apart from every other set, mixed in formats, languages and fields, printed alone.

The set (``tests/data/devsets/cvs/expected_fresh26.json``, sources in SOURCES.md, "Fresh set, session 26") was
labelled and committed before the app's reader ran on it and is held out in session 26 as the test of that session's
changes to the CV reader (issue 15 point 1); the index checks shared with every set (schema, sources, files unchanged)
are in ``tests/test_corpora.py``.
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
    _fresh26_cvs,
)


def test_fresh_set_26_is_apart_from_every_other_set_and_mixed() -> None:
    """The session-26 CVs come from repositories no other set used, span every format (PDFs by Word, LaTeX, Canva,
    InDesign, Pages and LibreOffice; two DOCX, two Markdown), at least two languages besides English and at least
    four CVs in another language, and at least eight name an employer."""
    fresh = _fresh26_cvs()
    others = (_cvs() + _blind_cvs() + _blind12_cvs() + _fresh13_cvs() + _fresh15_cvs() + _fresh16_cvs()
              + _fresh17_cvs() + _fresh18_cvs() + _fresh19_cvs() + _fresh20_cvs() + _fresh21_cvs() + _fresh22_cvs()
              + _fresh23_cvs())
    _assert_apart_and_mixed("fresh-26", fresh, others, ("word", "latex", "canva", "indesign", "pages", "libreoffice"),
                            split="fresh26", at_least=12)
    assert len({c["language"] for c in fresh} - {"en"}) >= 2, "fewer than two languages besides English"
    assert sum(1 for c in fresh if c["language"] != "en") >= 4, "fewer than four CVs in another language"
    counts = {kind: sum(1 for c in fresh if c["format"] == kind) for kind in CV_FORMATS}
    assert counts["pdf"] >= 6 and counts["docx"] >= 2 and counts["md"] >= 2, counts


def test_detail_fresh26_prints_set_26_alone_and_detail_lists_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """``--detail --fresh26`` lists set 26's CVs and nothing else; ``--detail`` lists them after the other sets."""
    from bench import bench_devsets

    monkeypatch.setattr(bench_devsets, "CV_DIR", tmp_path)  # no files there: each CV reports "file missing"
    monkeypatch.setattr(bench_devsets, "JOB_DIR", tmp_path)  # and no job is scored
    bench_devsets.detail(fresh26=True)
    assert capsys.readouterr().out.splitlines() == [f"{c['id']}: file missing" for c in _fresh26_cvs()]
    bench_devsets.detail()
    out = capsys.readouterr().out
    assert "-- fresh set 26" in out
    assert all(f"{c['id']}: file missing" in out for c in _fresh26_cvs())


def test_bench_counts_fresh_set_26_apart() -> None:
    """The dev-set bench prints set 26 in rows of its own (``, fresh set 26``), with at least 12 CVs measured."""
    from bench.devsets_fresh import FRESH_SETS, load_fresh26_set

    assert ("26", ">= 12") in FRESH_SETS
    assert [c["id"] for c in load_fresh26_set()] == [c["id"] for c in _fresh26_cvs()]
