"""Session 17 newcomer round: a years line ("3+ years' closing experience in B2B SaaS") gives one requirement, never a
second row of its remainder nor one starting with the apostrophe of "years'" (made-up job ads)."""

import pytest

from core.analysis.job import extract_requirements


@pytest.mark.parametrize("line", [
    "- 5+ years' selling experience in enterprise software",
    "- 5+ years of selling experience in enterprise software",
    "- 4 years’ recruiting experience in healthcare staffing",
])
def test_a_years_line_is_one_requirement(line):
    found = extract_requirements(f"Requirements:\n{line}\n- Strong Excel skills\n")
    assert not [r for r in found if r[0] in "'’"]
    field = "selling" if "selling" in line else "recruiting"
    assert len([r for r in found if field in r]) == 1, found


def test_a_phrase_after_years_on_its_own_line_stays():
    found = extract_requirements("Requirements:\n- 5+ years' selling experience\n- Selling experience in enterprise software\n")
    assert any("enterprise software" in r for r in found), found
