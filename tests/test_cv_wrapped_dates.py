"""Dates glued to names (issue 15 point 1): a month that ends an education line, its year wrapped onto the next line,
is the line's date, not part of the institution; whole month names only, so a saint's name stays."""

from __future__ import annotations

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_schools import school_name


def test_a_month_ending_the_line_is_dropped_from_the_school() -> None:
    assert school_name("Family Practice NP : Florida Atlantic University May") == "Florida Atlantic University"
    assert school_name("MSc Nursing, University of Leeds June") == "University of Leeds"


def test_a_name_that_ends_like_a_month_is_kept() -> None:
    assert school_name("College of Saint Mary") == "College of Saint Mary"
    assert school_name("BA History, Mount Saint Mary College") == "Mount Saint Mary College"
    assert school_name("Clemson University Dec. 2011") == "Clemson University"  # the same-line rule still holds


def test_the_whole_reader_keeps_the_school_without_the_wrapped_month() -> None:
    cv = ("Jane Doe\n\nEXPERIENCE\nStaff Nurse, St Luke's Hospital\n2019 - Present\n\n"
          "EDUCATION\nFamily Practice NP : Florida Atlantic University May\n2019\n"
          "Bachelor of Science in Nursing : University of Miami\n2015\n")
    schools = extract_cv_facts(cv)["schools"]
    assert "Florida Atlantic University" in schools
    assert not any(s.endswith("May") for s in schools)
