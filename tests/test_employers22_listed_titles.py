"""Session 22: a line listing a post's duties as titles ("Tractor Driver, Mechanic, Wrangler") under a dated header
that names the employer ("Hillside Orchards, Grower, April 2001 – December 2010") is no header of its own: its last
item (a title the lexicon lacks) is never an employer. "Self" after a title ("Freelance Computer Technician, Self")
is work of one's own, no employer. Made-up CVs: plain text, and a JSON Resume whose summary lists roles."""

import json

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_trust import quotable_facts
from core.documents.jsonresume import resume_text

PLAIN = """Sam Carter
sam@example.com

Experience
Freelance Developer, Northgate Media Ltd, October 2015 – present
Full Stack Developer
- Built booking sites for estate agents.
Hillside Orchards, Grower, April 2001 – December 2010
Tractor Driver, Mechanic, Wrangler
Freelance Computer Technician, Self, January 1995 – December 2001
- Fixed home computers and networks.
Analyst, Brightline Data, Inc, 1992 – 1995
Built climate data sets.

Education
BSc Mathematics, University of Leeds, 1991
"""

RESUME = {
    "basics": {"name": "Sam Carter", "email": "sam@example.com", "label": "Available for Hire"},
    "work": [
        {"company": "Northgate Media Ltd", "position": "Freelance Developer", "startDate": "2015-10",
         "summary": "Full Stack Developer", "highlights": ["Built booking sites for estate agents."]},
        {"company": "Hillside Orchards", "position": "Grower", "startDate": "2001-04", "endDate": "2010-12",
         "summary": "Tractor Driver, Mechanic, Wrangler"},
        {"company": "Self", "position": "Freelance Computer Technician", "startDate": "1995-01", "endDate": "2001-03",
         "highlights": ["Fixed home computers and small office networks."]},
        {"company": "Brightline Data, Inc", "position": "Analyst", "startDate": "1992", "endDate": "1995",
         "summary": "Built climate data sets."},
    ],
}


def _named(cv: str) -> set[str]:
    quoted = quotable_facts(extract_cv_facts(cv), cv)
    return {*quoted["employers"], *quoted["achievement_employer"].values(),
            *(e for e in (quoted["current_job"][1], quoted["current_job_parts"][1]) if e)}


def test_a_list_of_titles_under_a_dated_header_names_no_employer():
    facts = extract_cv_facts(PLAIN)
    assert not set(facts["employers"]) & {"Wrangler", "Self"}
    assert not _named(PLAIN) & {"Wrangler", "Self"}
    assert {"Northgate Media Ltd", "Brightline Data, Inc"} <= _named(PLAIN)


def test_a_json_resume_summary_of_roles_and_a_self_employer_name_no_employer():
    cv = resume_text(json.loads(json.dumps(RESUME)))
    facts = extract_cv_facts(cv)
    employers = {e for _, e in facts["jobs"]}
    assert not employers & {"Wrangler", "Self", "Mechanic"}
    assert not _named(cv) & {"Wrangler", "Self", "Mechanic"}
    assert ("Freelance Developer", "Northgate Media Ltd") in facts["jobs"]


def test_two_titles_then_an_employer_on_one_line_keep_the_employer():
    cv = "Jo Bell\njo@example.com\n\nExperience\nSoftware Engineer, Team Lead, Globex, 2019 – 2023\n- Led four engineers.\n"
    assert extract_cv_facts(cv)["jobs"] == [("Software Engineer", "Globex")]
