"""One recogniser of a posting's gender mark (session 19): every form the three old patterns knew (the title's,
the questions', the CV language detection's) is left out in every place that reads a title, with made-up titles."""

from __future__ import annotations

import pytest

from core.analysis.cv_lang import foreign_title
from core.analysis.gender_marks import without_gender_mark
from core.coach.plan_text import title_in_sentence
from core.schemas import job_label
from core.words import display_title

# the forms of the three old patterns: core.analysis.gender_marks (titles), core.coach.plan_text (questions) and
# core.analysis.cv_lang (a German CV title's mark)
MARKS = [
    "(H/F)", "(F/H)", "(m/w/d)", "(w/m/d)", "(m/f/d)", "(f/m/x)", "(H/M)", "(m/v)", "(gn)", "(gn*)",
    "(all genders)", "(tous genres)", "(m/w/div)", "(m/w/divers)", "(m/f/d/x)", "H/F", "F/H", "m/w/d", "w/m/d",
    "m/f/d", "(w)", "(m)", "(f)", "(alle Geschlechter)", "f/m/x", "m/w", "h/f",
]


@pytest.mark.parametrize("mark", MARKS)
def test_every_mark_is_left_out_of_a_shown_title(mark: str) -> None:
    title = f"Lagerdisponent {mark}"
    assert without_gender_mark(title) == "Lagerdisponent"
    assert display_title(f"Warehouse Planner {mark}") == "Warehouse Planner"  # History, Home, the report
    assert job_label(f"Warehouse Planner {mark}", "Kestrel Freight") == "Warehouse Planner at Kestrel Freight"


@pytest.mark.parametrize("mark", MARKS)
def test_every_mark_is_left_out_of_a_question(mark: str) -> None:
    assert title_in_sentence(f"Warehouse Planner {mark}") == "warehouse planner"
    assert "(" not in title_in_sentence(f"Warehouse Planner {mark} - Night Shift")


@pytest.mark.parametrize("mark", MARKS)
def test_every_mark_is_left_out_when_a_cv_title_is_read(mark: str) -> None:
    assert foreign_title(f"Buchhalterin {mark}") is True
    assert foreign_title(f"Verkaufsleiter {mark}") is True


@pytest.mark.parametrize("title", [
    "Warehouse Planner", "Front/Back End Developer", "Nurse (ER)", "Grade (B) Porter", "Lagerdisponent",
    "Head of R&D", "Input/Output Engineer",
])
def test_a_title_without_a_mark_is_unchanged(title: str) -> None:
    assert without_gender_mark(title) == title
    assert display_title(title) == title
    assert title_in_sentence(title, "") == title_in_sentence(title + " (m/w/d)", "")


def test_a_line_of_thousands_of_spaces_is_read_at_once() -> None:
    """A CV line is read for its title (:func:`foreign_title`): a run of spaces is read once, not from each space."""
    import time

    started = time.perf_counter()
    assert without_gender_mark("Buchhalterin" + " " * 20_000 + "x") == "Buchhalterin" + " x"
    assert foreign_title("Lagerleiter" + " -" * 5_000) in (True, False)
    assert time.perf_counter() - started < 5  # was cubic: 1,000 spaces took about 50 s
