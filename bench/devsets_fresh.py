"""The fresh CV sets of the dev-set bench: which ones there are, and their loaders (issue 15).

Each fresh set is an index ``tests/data/devsets/cvs/expected_fresh<N>.json`` (``"split": "fresh<N>"``): CVs from
repositories used nowhere else, labelled and committed before the app's reader ever ran on them (sources and
labelling choices in ``tests/data/devsets/cvs/SOURCES.md``, "Fresh set, session N"). Sets 13 and 15 are dev sets open
to tuning after their first run; 16 and 17 are kept untuned as the confidence gate's test sets
(:mod:`bench.confidence_loso`); 18 to 23 were each held out in their session as the test of what the interviewer
quotes; 26 was held out in session 26 as the test of that session's reader changes (issue 15 point 1) and opened to tuning in
session 27; 27 (session 27: German, French, Spanish, Italian, Portuguese, Dutch and odd English layouts) was measured
once before that session's fixes and once after; 28 (session 28: 15 CVs from 15 producers' kinds and fields outside
software, ten not in English) likewise. :mod:`bench.bench_devsets` prints every set in rows ending in ``, fresh set <N>``.
"""

from __future__ import annotations

import json
from pathlib import Path

INDEX_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "devsets"

FRESH_SETS = (("13", ">= 10"), ("15", ">= 10"), ("16", ">= 12"), ("17", ">= 12"), ("18", ">= 12"), ("19", ">= 12"),
              ("20", ">= 12"), ("21", ">= 12"), ("22", ">= 12"), ("23", ">= 12"),
              ("26", ">= 12"), ("27", ">= 12"), ("28", ">= 12"))  # (set, the bench's target for the number of CVs measured)


def load_optional_cvs(name: str) -> list[dict]:
    """The CVs of the index ``cvs/<name>``; an empty list in a checkout without that index."""
    path = INDEX_DIR / "cvs" / name
    if not path.exists():
        return []
    return json.loads(path.read_text(encoding="utf-8"))["cvs"]


def load_fresh13_set() -> list[dict]:
    """The fresh dev set of session 13 (``expected_fresh13.json``): labelled before the reader ran on it,
    open to tuning after its first run; an empty list without that index."""
    return load_optional_cvs("expected_fresh13.json")


def load_fresh15_set() -> list[dict]:
    """The fresh dev set of session 15 (``expected_fresh15.json``): labelled before the reader ran on it,
    open to tuning after its first run; an empty list without that index."""
    return load_optional_cvs("expected_fresh15.json")


def load_fresh16_set() -> list[dict]:
    """The fresh set of session 16 (``expected_fresh16.json``): labelled before the reader ran on it and kept
    untuned (the confidence gate's test set); an empty list without that index."""
    return load_optional_cvs("expected_fresh16.json")


def load_fresh17_set() -> list[dict]:
    """The fresh set of session 17 (``expected_fresh17.json``), built like set 16 and kept untuned too; an empty list
    without that index."""
    return load_optional_cvs("expected_fresh17.json")


def load_fresh18_set() -> list[dict]:
    """The fresh set of session 18 (``expected_fresh18.json``), built like set 17, mostly English, held out in
    session 18 (not in the confidence gate's rotation); an empty list without that index."""
    return load_optional_cvs("expected_fresh18.json")


def load_fresh19_set() -> list[dict]:
    """The fresh set of session 19 (``expected_fresh19.json``), built like set 18, English, held out in session 19
    (not in the confidence gate's rotation); an empty list without that index."""
    return load_optional_cvs("expected_fresh19.json")


def load_fresh20_set() -> list[dict]:
    """The fresh set of session 20 (``expected_fresh20.json``), built like set 19, English, every CV with two or more
    employers, held out in session 20 (not in the confidence gate's rotation); an empty list without that index."""
    return load_optional_cvs("expected_fresh20.json")


def load_fresh21_set() -> list[dict]:
    """The fresh set of session 21 (``expected_fresh21.json``), built like set 20, English, mostly CVs outside software
    (care, hospitality, retail, teaching, transport, finance, police), held out in session 21 (not in the confidence
    gate's rotation); an empty list without that index."""
    return load_optional_cvs("expected_fresh21.json")


def load_fresh22_set() -> list[dict]:
    """The fresh set of session 22 (``expected_fresh22.json``), built like set 21, 14 English and one Spanish, mostly
    CVs outside software (nursing, pharmacy, kitchen, warehouse, retail, military, engineering internships), held out
    in session 22 (not in the confidence gate's rotation); an empty list without that index."""
    return load_optional_cvs("expected_fresh22.json")


def load_fresh23_set() -> list[dict]:
    """The fresh set of session 23 (``expected_fresh23.json``), built like set 22, English, mostly CVs outside software
    (hospitality, agriculture, sales, law, teaching, logistics, engineering, journalism, architecture), held out in
    session 23 (not in the confidence gate's rotation); an empty list without that index."""
    return load_optional_cvs("expected_fresh23.json")


def load_fresh26_set() -> list[dict]:
    """The fresh set of session 26 (``expected_fresh26.json``): 12 CVs in English, German and French, half outside
    software (retail, electronics, engineering, media design, marine biology, communications), held out in session 26
    as the test of that session's changes to the CV reader; an empty list without that index."""
    return load_optional_cvs("expected_fresh26.json")


def load_fresh27_set() -> list[dict]:
    """The fresh set of session 27 (``expected_fresh27.json``): 12 CVs, 11 not in English (German, French, Spanish,
    Italian, Portuguese, Dutch) and one English CV with every post on one heading, measured before and after that
    session's reader fixes; an empty list without that index."""
    return load_optional_cvs("expected_fresh27.json")


def load_fresh28_set() -> list[dict]:
    """The fresh set of session 28 (``expected_fresh28.json``): 15 CVs from 15 repositories, 10 not in English (French,
    German, Spanish, Portuguese), from LaTeX, Typst, Word, PowerPoint, ReportLab, WeasyPrint, PDF24 and Quartz PDFs, a
    Word file of text boxes, JSON Resume, Markdown and plain text, many outside software (teaching, finance, research,
    hospitality, aviation, safety, administration, production); measured before and after that session's reader fixes;
    an empty list without that index."""
    return load_optional_cvs("expected_fresh28.json")
