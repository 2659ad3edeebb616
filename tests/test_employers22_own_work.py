"""Session 22: an entry whose header says the work was one's own ("Self-employed, Remote", "Selbständig,
Homeoffice", "Freelancer") names no employer: the function written on the dated line ("Process Consulting &
Sales") is its title, never an employer a question names. Made-up CV text: English and German entries with the
dates before the function, and one-line headers."""

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_trust import quotable_facts

ENGLISH = """Max Weber
max@example.com

Experience
2020 - 2025 Process Consulting & Sales
Self-employed, Remote
- Advised small firms on their sales process.
2015 - 2020 Sales Manager
Harlow Print Ltd, Leeds
- Sold print contracts.
"""

GERMAN = """Max Weber
max@example.com

Berufserfahrung
2020 - 2025 Prozessberatung & Vertrieb
Selbständig, Homeoffice
- Beratung kleiner Firmen.
2015 - 2020 Verkaufsleiter
Harlow Druck GmbH, Leipzig
- Verkauf von Druckaufträgen.
"""


def _named(cv: str) -> set[str]:
    quoted = quotable_facts(extract_cv_facts(cv), cv)
    return {*quoted["employers"], *quoted["achievement_employer"].values(),
            *(e for e in (quoted["current_job"][1], quoted["current_job_parts"][1]) if e)}


def test_a_self_employed_entry_names_no_employer():
    facts = extract_cv_facts(ENGLISH)
    assert facts["jobs"][0] == ("Process Consulting & Sales", "")
    assert _named(ENGLISH) == {"Harlow Print Ltd"}


def test_a_selbstaendig_entry_names_no_employer():
    facts = extract_cv_facts(GERMAN)
    assert "Prozessberatung & Vertrieb" not in facts["employers"]
    assert _named(GERMAN) == {"Harlow Druck GmbH"}


def test_one_line_headers_of_own_work_and_of_a_contract():
    cv = ("Max Weber\nmax@example.com\n\nExperience\nWeb Designer, Freelancer, 2018 – 2020\n- Built shop sites.\n"
          "Harlow Print Ltd | Contract | 2016 – 2018\nDesigner\n- Laid out catalogues.\n")
    jobs = extract_cv_facts(cv)["jobs"]
    assert ("Web Designer", "") in jobs
    assert ("Designer", "Harlow Print Ltd") in jobs
