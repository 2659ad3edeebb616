"""Newcomer finding (session 12): an ICU nurse interview asked about "php work". A job's web address
("…/vacancy.php?id=…") was read as the skill PHP, and a CV with PHP then got a question on it. A word inside a
web or e-mail address or a web page's file name is no skill, and neither is an abbreviation the text spells out
as something else ("PHP (partial hospitalisation programme)"). All CVs and jobs here are made up."""

from __future__ import annotations

import re

import pytest

from core.analysis.job import extract_requirements
from core.analysis.skills import find_skills
from core.coach.plan import plan_items

DEV_CV = """Sam Okoro
Senior PHP Developer

EXPERIENCE
Senior PHP Developer, Larkspur Web, Leeds - 2019 to present
- Built a clinic booking portal in PHP and Laravel used by 12 surgeries.
- Cut page load time by 40% with Redis caching.

SKILLS
PHP, Laravel, MySQL, JavaScript, Git
"""

ICU_JD = """Staff Nurse - Adult Intensive Care
Westbrook University Hospital
Requirements:
- NMC registration.
- Critical care experience, including ventilated patients.
- Medicines management.
Apply online: https://careers.westbrook.nhs.uk/vacancy.php?ref=ICU-0412 or e-mail icu.recruit@westbrook.nhs.uk
"""


@pytest.mark.parametrize(("text", "not_named"), [
    ("Apply at https://jobs.example.org/apply.php?id=7", "PHP"),
    ("Full details: www.example.nhs.uk/careers/nurse-bank.html", "HTML"),
    ("Portfolio: github.com/sokoro/react-notes", "React"),
    ("Contact: ana.perez@python-labs.io", "Python"),
    ("Experience in our PHP (partial hospitalisation programme) welcome.", "PHP"),
    ("Two years on a partial hospitalization program (PHP) unit.", "PHP"),
])
def test_an_address_or_an_abbreviation_spelled_out_otherwise_is_no_skill(text: str, not_named: str) -> None:
    assert not_named not in {h.name for h in find_skills(text)}


@pytest.mark.parametrize(("text", "named"), [
    ("Built the API in PHP 8 and Laravel.", "PHP"),
    ("Ran SEM (search engine marketing) budgets of £20k a month.", "SEM"),
    ("Services in ASP.NET Core and Node.js.", "Node.js"),
])
def test_the_skill_itself_is_still_found(text: str, named: str) -> None:
    assert named in {h.name for h in find_skills(text)}


def test_an_icu_nurse_plan_never_asks_about_php() -> None:
    assert not any(re.search(r"php", r, re.I) for r in extract_requirements(ICU_JD))
    for seed in "abcdef":
        for kind in ("technical", "mixed"):
            items = plan_items(DEV_CV, ICU_JD, "Staff Nurse", interview_type=kind, seniority="mid", count=10,
                               company="", seed=seed, focus=None)
            asked = [i.text for i in items if i.source in {"skill", "gap", "role"}]
            assert not any(re.search(r"\bphp\b", t, re.I) for t in asked), asked


def test_a_line_that_is_only_an_address_is_no_requirement() -> None:
    jd = ("# Brand Designer\n## Requirements\n- Figma.\n- Plain-English writing.\n## Details\n"
          "- **URL:** [https://jobs.example.org/en/roles/brand-design/](https://jobs.example.org/en/roles/brand-design/)\n"
          "- **Contact:** careers@example.org")
    requirements = extract_requirements(jd)
    assert not any("example.org" in r or "URL" in r for r in requirements), requirements
    assert "Figma" in requirements
