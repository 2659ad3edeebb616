"""Session 22: a body and its unit written as one heading with a slash ("BRIGHTWATER COUNCIL / HOUSING DEPARTMENT",
"Harbour County / Information Services Division") name one employer, the body: the unit is never named as an
employer of its own. Two organisations a slash parts ("Pine Ridge Mobile Park / Lakeside Storage") stay two.
Made-up CV text: plain text headings in capitals, and Markdown bold headings."""

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_trust import quotable_facts

PLAIN = """Jane Doe
jane@example.com

EXPERIENCE

NORTHFIELD ACADEMIES, Leeds
Operations Manager, Mar 2019 – present
- Ran the estates team across twelve schools.

BRIGHTWATER COUNCIL / HOUSING DEPARTMENT
Housing Officer, Jun 2012 – Dec 2014
- Handled 200 tenancies.
"""

MARKDOWN = """**SAM LEE**

sam@example.com

**EXPERIENCE**

**HARBOUR COUNTY / INFORMATION SERVICES DIVISION**

**Help Desk Intern** Jun 2011 – Aug 2011

- Answered staff calls about printers and passwords.

**Pine Ridge Mobile Park / Lakeside Storage** Mar 2012 – Jan 2015

**Site Manager**

- Ran both sites for one owner.
"""


def _named(cv: str) -> set[str]:
    quoted = quotable_facts(extract_cv_facts(cv), cv)
    return {*quoted["employers"], *quoted["achievement_employer"].values(),
            *(e for e in (quoted["current_job"][1], quoted["current_job_parts"][1]) if e)}


def test_a_department_after_a_slash_is_no_employer():
    facts = extract_cv_facts(PLAIN)
    assert "Housing Department" not in facts["employers"]
    assert ("Housing Officer", "Brightwater Council") in facts["jobs"]
    assert "Housing Department" not in _named(PLAIN)


def test_a_division_after_a_slash_in_bold_is_no_employer():
    facts = extract_cv_facts(MARKDOWN)
    assert "Information Services Division" not in facts["employers"]
    assert "Information Services Division" not in _named(MARKDOWN)


def test_two_organisations_a_slash_parts_stay_two():
    facts = extract_cv_facts(MARKDOWN)
    assert {"Pine Ridge Mobile Park", "Lakeside Storage"} <= set(facts["employers"])
