"""Session 21 (b): a student society's header names the university that hosts it ("Debating Union: Northbrook
University, Leeds"); when that university is the CV's own school, no question names it as an employer (the
person studied there; the society is no employer either). A university the person worked for on a header of its
own is still named. Made-up CV text: plain text, a DOCX's tab-aligned line as text."""

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_trust import quotable_facts

CV = """Priya Raman
priya.raman@example.com | Leeds, UK

Experience
Halden Credit Union, Leeds, UK\tJune 2019 to Present
Member Services Officer
- Opened accounts and handled loan enquiries for members

Debating Union: Northbrook University, Leeds, UK\tSeptember 2016 to May 2018
Treasurer
- Kept the union's accounts and ran the annual budget vote
- Organised inter-university debates and booked venues

Education
Northbrook University, Leeds, UK
BA Politics, 2018
"""


def _named(cv: str) -> set[str]:
    quoted = quotable_facts(extract_cv_facts(cv), cv)
    return {*quoted["employers"], *quoted["achievement_employer"].values(),
            *(e for e in (quoted["current_job"][1], quoted["current_job_parts"][1]) if e)}


def test_the_host_university_of_a_society_is_never_named():
    named = _named(CV)
    assert "Northbrook University" not in named
    assert "Halden Credit Union" in named


def test_a_society_in_a_markdown_cv():
    cv = CV.replace("Experience\n", "## Experience\n").replace("Education\n", "## Education\n").replace(
        "Debating Union: Northbrook University, Leeds, UK\tSeptember 2016 to May 2018",
        "**Debating Union**: Northbrook University, Leeds, UK — September 2016 to May 2018")
    assert "Northbrook University" not in _named(cv)


def test_a_university_the_person_worked_for_is_still_named():
    cv = CV.replace("Debating Union: Northbrook University, Leeds, UK\tSeptember 2016 to May 2018\nTreasurer",
                    "Northbrook University, Leeds, UK\tSeptember 2018 to May 2019\nResearch Assistant")
    assert "Northbrook University" in _named(cv)
