"""A job ad written as prose opens with a sentence about the organisation ("X makes scheduling software"):
a newcomer's interview asked "The role asks for Fernleaf Health makes scheduling software, which I don't
see on your CV", and the report told them to practise it. A sentence whose subject is a name and whose
verb says what the organisation does or is, is no requirement; the requirements around it stay."""

from __future__ import annotations

import pytest

from core.analysis.job import extract_requirements

PROSE = ("We need a Depot Planner to build the weekly maintenance plan and report on fleet availability. "
         "Experience with Excel and SAP is essential; a rail safety qualification is a bonus.")


@pytest.mark.parametrize("opening", [
    "Quillmark Studio makes booking software for dental practices.",
    "Harbour & Finch Ltd is a family-owned logistics company.",
    "Tallow Routes helps councils plan bus routes.",
    "Northgate Foods supplies fresh bread to 400 shops.",
])
def test_a_sentence_about_the_organisation_is_no_requirement(opening):
    found = extract_requirements(f"{opening} {PROSE}")
    name = " ".join(opening.split()[:2])
    assert not any(name.split()[0] in r for r in found), found
    assert "Excel" in found and "SAP" in found  # the real requirements are still read
    assert not any(r.lower().startswith("need") for r in found), found  # nor "(We) need a Depot Planner"


def test_a_requirement_starting_with_a_capitalised_tool_is_kept():
    found = extract_requirements("Requirements:\n- Salesforce administration for a 40-person sales team\n"
                                 "- Excel modelling of pipeline and quota")
    assert any("Salesforce" in r for r in found), found
