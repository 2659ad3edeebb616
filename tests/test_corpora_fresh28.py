"""Fresh CV set 28 (session 28): apart from every other set, mixed in producers, languages and fields, printed alone.

The set (``tests/data/devsets/cvs/expected_fresh28.json``, sources in SOURCES.md, "Fresh set, session 28") was
labelled and committed before the app's reader ran on it and measured before and after session 28's reader fixes
(issue 15 point 1); the index checks shared with every set (schema, sources, files unchanged) are in
``tests/test_corpora.py``.
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
    _fresh27_cvs,
    _fresh28_cvs,
)


def test_fresh_set_28_is_apart_from_every_other_set_and_mixed() -> None:
    """The session-28 CVs come from repositories no other set used, span every format (PDFs by LaTeX, Typst, Word,
    PowerPoint, ReportLab, WeasyPrint, PDF24 and Quartz), at least four languages besides English and at least five CVs
    in another language, and every one names an employer."""
    fresh = _fresh28_cvs()
    others = (_cvs() + _blind_cvs() + _blind12_cvs() + _fresh13_cvs() + _fresh15_cvs() + _fresh16_cvs()
              + _fresh17_cvs() + _fresh18_cvs() + _fresh19_cvs() + _fresh20_cvs() + _fresh21_cvs() + _fresh22_cvs()
              + _fresh23_cvs() + _fresh26_cvs() + _fresh27_cvs())
    _assert_apart_and_mixed("fresh-28", fresh, others,
                            ("latex", "typst", "word", "powerpoint", "reportlab", "weasyprint", "pdf24", "quartz"),
                            split="fresh28", at_least=15)
    assert len({c["language"] for c in fresh} - {"en"}) >= 4, "fewer than four languages besides English"
    assert sum(1 for c in fresh if c["language"] != "en") >= 5, "fewer than five CVs in another language"
    assert all(c["facts"]["employers"] for c in fresh), "a CV without an employer"
    owners = [c["source"]["repo"].split("/")[0].lower() for c in fresh]
    assert len(owners) == len(set(owners)), "two CVs from one owner"
    assert {kind: sum(1 for c in fresh if c["format"] == kind) for kind in CV_FORMATS}["pdf"] >= 8


def test_detail_fresh28_prints_set_28_alone_and_detail_lists_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """``--detail --fresh28`` lists set 28's CVs and nothing else; ``--detail`` lists them after the other sets."""
    from bench import bench_devsets

    monkeypatch.setattr(bench_devsets, "CV_DIR", tmp_path)  # no files there: each CV reports "file missing"
    monkeypatch.setattr(bench_devsets, "JOB_DIR", tmp_path)  # and no job is scored
    bench_devsets.detail(fresh28=True)
    assert capsys.readouterr().out.splitlines() == [f"{c['id']}: file missing" for c in _fresh28_cvs()]
    bench_devsets.detail()
    out = capsys.readouterr().out
    assert "-- fresh set 28" in out
    assert all(f"{c['id']}: file missing" in out for c in _fresh28_cvs())


def test_bench_counts_fresh_set_28_apart() -> None:
    """The dev-set bench prints set 28 in rows of its own (``, fresh set 28``), with at least 12 CVs measured."""
    from bench.devsets_fresh import FRESH_SETS, load_fresh28_set

    assert ("28", ">= 12") in FRESH_SETS
    assert [c["id"] for c in load_fresh28_set()] == [c["id"] for c in _fresh28_cvs()]
