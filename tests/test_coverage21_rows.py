"""Session 21: a requirement another one only repeats is one coverage row, never two ("HubSpot CRM" and "HubSpot")."""

import pytest

from core.coach.report import build_report
from core.coach.requirement_rows import requirement_groups

JOB = ("Account Manager\n\nRequirements:\n- Keep HubSpot up to date after every call.\n- HubSpot CRM proficiency.\n"
       "- Experience with Microsoft Excel.\n- Excel modelling for renewals.\n- Negotiation skills.\n")


@pytest.mark.parametrize(("requirements", "rows"), [
    (["HubSpot CRM", "HubSpot", "demos"], [("HubSpot CRM",), ("demos",)]),
    (["HubSpot", "demos", "HubSpot CRM"], [("HubSpot CRM",), ("demos",)]),
    (["Excel", "Microsoft Excel"], [("Microsoft Excel",)]),
])
def test_a_repeated_requirement_is_one_row(requirements, rows):
    assert requirement_groups(requirements, "") == rows


@pytest.mark.parametrize("requirements", [["SAP", "SAP EWM"], ["SQL", "PostgreSQL"],
                                          ["leading a team", "leading a team of nurses"]])
def test_different_requirements_stay_apart(requirements):
    assert requirement_groups(requirements, "") == [(r,) for r in requirements]


def test_the_report_lists_a_skill_once():
    answer = "At Corbel I update HubSpot after every call and log the next step, and my renewals rose 12%."
    report = build_report([{"question": "How do you keep your pipeline accurate?", "answer": answer, "score": None}],
                          job_title="Account Manager", job_description=JOB)
    names = [c.requirement.lower() for c in report.coverage]
    assert sum("hubspot" in n for n in names) <= 1, names
