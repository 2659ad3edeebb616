"""Issue 15 (newcomer's faults, session 10): a question names an employer only when the CV's reading of it
is an organisation, never a job title ("Thinking of your time at Warehouse Operative") or a shift or
department written after a title ("(at Inbound)" from "Team Leader Inbound"). Made-up CVs."""

from __future__ import annotations

import re

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_entries import parse_header
from core.analysis.cv_trust import quotable_employer, quotable_facts
from core.coach.plan import plan_items

_CV = """Robin Ashdown
Warehouse Team Leader

EXPERIENCE

Shift Supervisor Outbound  March 2022 - Present
- Led a crew of 14 on the outbound dock, cutting late loads from 9 a week to 2
- Trained 6 new starters on scanners and the WMS

Machine Operative  2019 - 2022
- Ran two lines of 40 units an hour with 99.4% first-pass quality

EDUCATION
Kirkby College, BTEC Level 2 Engineering, 2018

SKILLS
Forklift (counterbalance), WMS, stock control, health and safety
"""


def test_a_shift_or_department_after_a_title_is_part_of_the_title():
    assert parse_header(["Shift Supervisor Outbound  March 2022 - Present"]) == ("Shift Supervisor Outbound", "")
    assert parse_header(["Packing Team Leader Nights | 2021 - 2023"])[1] == ""
    # a department set apart by a bar is no employer either: the organisation after it is
    assert parse_header(["Team Leader | Goods In | Harrow Foods Ltd | 2020 - 2022"])[1] == "Harrow Foods Ltd"
    # a name run into a title stays cut off it
    assert parse_header(["Marketing Coordinator Pellham Foods  2019 - 2021"]) == ("Marketing Coordinator", "Pellham Foods")


def test_a_job_title_alone_on_its_line_is_the_title_not_the_employer():
    facts = extract_cv_facts(_CV)
    assert "Machine Operative" not in facts["employers"]
    assert ("Machine Operative", "") in facts["jobs"] or any(r == "Machine Operative" for r, _ in facts["jobs"])
    assert "Outbound" not in facts["employers"]


def test_a_title_or_department_is_never_quoted_as_an_employer():
    for not_employer in ("Warehouse Operative", "Inbound", "Nights", "Goods In", "Picker Packer", "Night Auditor"):
        assert not quotable_employer(not_employer), not_employer
    for employer in ("Harrow Foods Ltd", "Pellham Distribution", "Tesco", "Nursing Agency"):
        assert quotable_employer(employer), employer
    facts = {"employers": ["Warehouse Operative", "Inbound", "Harrow Foods Ltd"],
             "jobs": [("Team Leader", "Inbound")],
             "achievement_employer": {"Cut late loads from 9 to 2": "Inbound"},
             "skill_employer": {"Forklift operation": "Warehouse Operative"}}
    safe = quotable_facts(facts)
    assert safe["employers"] == ["Harrow Foods Ltd"]
    assert safe["jobs"] == [("", "")]
    assert safe["achievement_employer"] == {} and safe["skill_employer"] == {}


def test_no_question_is_tied_to_a_title_or_a_department():
    job = ("Warehouse Shift Manager. You will lead a team on the outbound dock, plan labour, keep stock accurate "
           "and hold the site to health and safety rules. Forklift licence and WMS experience needed.")
    for seed in range(6):
        items = plan_items(_CV, job, "Warehouse Shift Manager", count=8, interview_type="mixed", seniority="mid",
                           company="", focus=[], seed=seed)
        for item in items:
            assert item.employer not in {"Machine Operative", "Outbound"}, item
            assert not re.search(r"\bat (?:Machine Operative|Outbound)\b", item.text), item.text
