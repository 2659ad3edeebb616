"""Structured and broken job pages read as their requirements (session 24, issue 15 point 2): a sub-heading under a
heading is no requirement, a word broken at a line's end is read whole, a page of YAML front matter gives its
lists' requirements. All ads here are made up."""

from core.analysis.job import extract_requirements

STACKED_HEADINGS = """Site Supervisor

Qualifications
Education & Experience
- SMSTS certificate
- Experience supervising groundworks crews
"""

BROKEN_WORD = """Van Driver

Requirements
- Experience with multi-drop deliveries and route plan-
  ning software
"""

FRONT_MATTER = """---
title: Payroll Administrator
location: Harrowgate
employment_type: Full-time
requirements:
  - CIPP Level 3 Diploma in Payroll
  - "Knowledge of statutory sick pay and maternity pay"
skills: [year-end P11D returns, BACS payment files]
---
"""


def test_a_heading_under_a_heading_is_no_requirement():
    reqs = extract_requirements(STACKED_HEADINGS, limit=40)
    assert not any("Education" in r for r in reqs), reqs
    assert "SMSTS" in " ".join(reqs), reqs


def test_a_word_broken_at_a_line_end_is_read_whole():
    reqs = extract_requirements(BROKEN_WORD, limit=40)
    assert not any(r.startswith("ning") or r.endswith("plan-") for r in reqs), reqs
    assert any("planning" in r for r in reqs) or any("multi-drop deliveries" in r for r in reqs), reqs


def test_a_page_of_front_matter_gives_its_lists_requirements():
    reqs = extract_requirements(FRONT_MATTER, limit=40)
    text = " | ".join(reqs)
    assert "BACS payment files" in text and "]" not in text and "[" not in text, reqs
    assert any("statutory sick pay" in r for r in reqs), reqs
    assert not any(w in text for w in ("Harrowgate", "Full-time", "employment", "skills:")), reqs
