"""Newcomer, session 24: "At least 2 years as a Chef de Partie or Junior Sous Chef in a quality kitchen" became the
requirement "at least 2 years as a Chef de Partie or Junior" (cut after five words). A role of alternatives is named
whole, before its setting. Made-up lines."""

from __future__ import annotations

import pytest

from core.analysis.job_years import years_asked, years_requirement


@pytest.mark.parametrize(("line", "said"), [
    ("At least 2 years as a Chef de Partie or Junior Sous Chef in a quality kitchen",
     "at least 2 years as a Chef de Partie or Junior Sous Chef"),
    ("3+ years as a Team Leader or Assistant Store Manager in retail",
     "3+ years as a Team Leader or Assistant Store Manager in retail"),
    ("2 years in a data analyst role", "2 years in a data analyst role"),
])
def test_a_role_of_alternatives_is_named_whole(line: str, said: str) -> None:
    assert years_requirement(line) == said


def test_the_field_of_the_years_is_the_whole_role() -> None:
    assert years_asked("At least 2 years as a Chef de Partie or Junior Sous Chef in a quality kitchen") == (
        2, "Chef de Partie or Junior Sous Chef")
