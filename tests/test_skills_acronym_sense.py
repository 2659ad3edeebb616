"""An acronym that names a person or the words just before it is not the lexicon's skill: "report to the
CRO" (a chief revenue officer) made the plan say "Your CV mentions CRO" (conversion rate optimisation)."""

from __future__ import annotations

import pytest

from core.analysis.skills import find_skills


@pytest.mark.parametrize("text", [
    "The account manager reports to the CRO and works with two regional directors.",
    "You will partner with our CRO on the annual sales plan.",
    "Reporting line: Chief Revenue Officer (CRO).",
    "Clinical Research Officer (CRO) duties and site visits.",
])
def test_the_acronym_as_a_person_or_a_spelled_out_name_is_no_skill(text: str) -> None:
    assert "Conversion rate optimisation" not in {hit.name for hit in find_skills(text)}


@pytest.mark.parametrize("text", [
    "Run CRO experiments on the checkout and landing pages.",
    "Experience in SEO, CRO and paid social.",
    "Conversion Rate Optimisation (CRO) across the funnel.",
])
def test_the_skill_is_still_found(text: str) -> None:
    assert "Conversion rate optimisation" in {hit.name for hit in find_skills(text)}
