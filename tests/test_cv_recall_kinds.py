"""CV facts, issue 15 point 1: recall kinds (skills sections under less common headings, a skill
that names a section word): one small hand-written input per kind."""

from __future__ import annotations

import pytest

from core.analysis import extract_cv_facts


def _skills(cv: str) -> set[str]:
    return {s.casefold() for s in extract_cv_facts(cv)["skills_as_written"]}


@pytest.mark.parametrize("heading", ["AREAS OF EXPERTISE", "Area of Specialization", "Areas of Interest",
                                     "Core Strengths", "STRENGTHS"])
def test_expertise_interest_and_strengths_headings_head_a_skills_section(heading):
    cv = f"""Sam Roe
Experience
Quality Engineer
Acme Widgets Ltd | 2019 - Present
- Ran audits of the assembly line
{heading}
Root Cause Analysis
Supplier Audits
Education
University of Hull, BEng Mechanical Engineering, 2018
"""
    assert {"root cause analysis", "supplier audits"} <= _skills(cv)


def test_project_management_in_a_skills_list_does_not_end_the_skills():
    cv = """Sam Roe
Skills
Project Management
Stakeholder Reporting
Tools
Trello
Asana
Experience
Delivery Lead
Acme Widgets Ltd | 2019 - Present
- Ran the weekly planning
"""
    assert {"project management", "stakeholder reporting", "trello", "asana"} <= _skills(cv)


def test_a_line_ending_one_skills_section_does_not_drop_the_next_skills_section():
    cv = """Sam Roe
Skills
Python, SQL
Certificates in progress
Experience
Data Engineer
Acme Widgets Ltd | 2019 - Present
- Built the nightly loads
Technical Skills
Runbook Writing, Pager Rotas
"""
    skills = _skills(cv)
    assert {"python", "sql", "runbook writing", "pager rotas"} <= skills


def test_skills_joined_by_a_spaced_plus_are_split_but_cpp_is_kept():
    cv = """Sam Roe
Skills
- Ubuntu + Vim + Makefiles
- C++ and Rust
"""
    assert {"ubuntu", "vim", "makefiles", "c++", "rust"} <= _skills(cv)


def test_a_chinese_school_name_is_read_in_the_education_section():
    cv = """王小明
教育背景
南方理工大学
软件工程专业
2012/09 – 2016/06
"""
    assert extract_cv_facts(cv)["schools"] == ["南方理工大学"]
