"""CV skill claims, session 14 (issue 15 point 1): which skills a role's text claims and ties to its employer,
each kind with a made-up CV (no corpus text)."""

from __future__ import annotations

from tests.cv_helpers import cv_pairs as _pairs
from tests.cv_helpers import cv_skills as _skills

# --- a listed plain word the role's text writes in another form ------------------------------------------------

_LISTED_FORMS = """Imogen Castell
imogen.castell@example.com

EXPERIENCE

Ward Sister, Harborview Infirmary
March 2019 - Present
• Carry out rapid assessments, triage, and escalation of deteriorating patients
• Built an end-to-end test suite for the ward's booking tool (PlayWright)

Office Assistant, Dunmore Estates
2016 - 2019
• Typing, filing, scanning and answering the phones

SKILLS
Triage, Filing, Playwright, Escalation, Phlebotomy
"""


def test_a_listed_word_in_lower_case_as_an_item_of_a_sentences_list_is_claimed_there():
    pairs = _pairs(_LISTED_FORMS)
    assert ("triage", "harborview infirmary") in pairs
    assert ("filing", "dunmore estates") in pairs


def test_a_listed_name_written_with_a_capital_inside_is_claimed_there():
    assert ("playwright", "harborview infirmary") in _pairs(_LISTED_FORMS)


_ORDINARY_WORDS = """Tomasz Wrenfield
tomasz.w@example.com

EXPERIENCE

Claims Handler, Brightwater Insurance
2018 - Present
• Helped customers when filing a claim, and answered their questions
• Reduced waiting time, cut costs, and improved filing accuracy

SKILLS
Filing, Excel
"""


def test_a_listed_word_in_lower_case_inside_a_sentence_is_no_claim():
    pairs = _pairs(_ORDINARY_WORDS)
    assert ("filing", "brightwater insurance") not in pairs
    assert "filing" in _skills(_ORDINARY_WORDS)


# --- a lexicon name inside a longer name the skills list writes in sentence case --------------------------------

_SENTENCE_CASE_ITEMS = """Priya Oduya
priya.oduya@example.com

EXPERIENCE

Accounts Assistant, Kestrel Freight Ltd
2020 - Present
• Duties: General ledger management, Accounts payable/receivable and month-end close

SKILLS
General ledger management
Accounts payable/receivable
Sage 50
"""


def test_a_name_inside_a_listed_sentence_case_item_is_no_skill_of_its_own_there():
    pairs = _pairs(_SENTENCE_CASE_ITEMS)
    assert ("general ledger management", "kestrel freight ltd") in pairs
    assert ("general ledger", "kestrel freight ltd") not in pairs
    assert ("accounts payable", "kestrel freight ltd") not in pairs


# --- a skills list's items that name people, or a kind of thing without naming one --------------------------------

_PEOPLE_LISTED = """Dr. Lena Voskuijlen
lena.v@example.org

EXPERIENCE

Senior Lecturer, Hollis Institute of Marine Science
2017 - Present
• Supervising Master Students and Postdocs on fisheries models in R
• Teaching statistics to undergraduate students with Moodle

SKILLS
Tools: R, Python, Moodle, Git
Supervision: Students, Postdocs, Visiting Researchers
Office: Excel, Word, and other office software
"""


def test_people_a_skills_list_names_are_no_skills():
    skills = _skills(_PEOPLE_LISTED)
    assert {"r", "moodle"} <= skills
    assert not {"students", "postdocs", "visiting researchers"} & skills
    assert ("students", "hollis institute of marine science") not in _pairs(_PEOPLE_LISTED)


def test_a_kind_of_thing_a_list_names_after_other_is_no_skill():
    skills = _skills(_PEOPLE_LISTED)
    assert "excel" in skills
    assert "other office software" not in skills


# --- a practice a role's text plainly claims: a duty's line naming it alone, or a list the sentence calls skills ---

_PLAIN_CLAIMS = """Marisol Quenby
marisol.quenby@example.com

EXPERIENCE

Store Supervisor, Larkspur Home Goods
2019 - 2023
• Stock control
• Visual merchandising
• Opened and closed the store

Youth Worker, Fenwick Community Trust
2016 - 2019
• Coached teenagers to build teamwork, conflict resolution, and active listening skills through group projects

SKILLS
Microsoft Excel, Point of sale systems
"""


def test_a_duty_line_naming_a_practice_alone_claims_it_there():
    pairs = _pairs(_PLAIN_CLAIMS)
    assert ("stock control", "larkspur home goods") in pairs
    assert ("visual merchandising", "larkspur home goods") in pairs
    assert "visual merchandising" in _skills(_PLAIN_CLAIMS)


def test_practices_a_sentence_lists_as_skills_are_claimed_there():
    pairs = _pairs(_PLAIN_CLAIMS)
    for skill in ("teamwork", "conflict resolution", "active listening"):
        assert (skill, "fenwick community trust") in pairs


_INCIDENTAL = """Owen Tallis
owen.tallis@example.com

EXPERIENCE

Backend Developer, Brackwater Logistics
2018 - Present
• Managed social media accounts for the depot's recruitment drive
• Maintained project management workflows across three sites
• Reviewed stock control reports with the finance team

SKILLS
SQL, Power BI
"""


def test_a_practice_named_inside_a_sentence_is_still_no_claim():
    pairs = _pairs(_INCIDENTAL)
    assert not {p for p in pairs if p[0] in ("social media", "project management", "stock control")}


# --- a name a line break cut in two inside an entry ----------------------------------------------------------------

_WRAPPED_NAME = """Ayla Brennock
ayla.brennock@example.com

EXPERIENCE

Product Designer, Quillfeather Labs
2019 - Present
As the only designer on the team, I ran every stage of the Design
Thinking workshops with our clients and wrote the Google
Analytics tracking plan.

SKILLS
Figma, Miro
"""


def test_a_name_a_line_break_cut_in_two_is_claimed_in_that_entry():
    pairs = _pairs(_WRAPPED_NAME)
    assert ("design thinking", "quillfeather labs") in pairs
    assert ("google analytics", "quillfeather labs") in pairs


# --- a thing made, named in the singular in running text: no skill claimed ----------------------------------------

_THINGS_MADE = """Corin Ashdale
corin.ashdale@example.com

EXPERIENCE

Frontend Engineer, Tidewell Analytics
2020 - Present
• Rebuilt the web app in React and implemented a new UI design system in Storybook
• Built a data pipeline in Python that loads meter readings every hour

SKILLS
React, Storybook, Python
"""


def test_a_design_system_or_data_pipeline_built_is_no_skill_claimed():
    pairs = _pairs(_THINGS_MADE)
    assert ("react", "tidewell analytics") in pairs
    assert not {p for p in pairs if p[0] in ("design system", "data pipeline")}
    assert not {"design system", "data pipeline"} & _skills(_THINGS_MADE)


# --- adjectives of a skills list sharing the noun after the last one ---------------------------------------------

_SHARED_NOUN = """Fenna Rautio
fenna.rautio@example.org

EXPERIENCE

Research Associate, Kallisto Climate Institute
2019 - Present
• Ran regional climate simulations in Python and Fortran
• Taught Statistical and Dynamical Meteorology to first-year students

SKILLS
Programming: Python, Fortran, Bash
Meteorology: Statistical, Dynamical, and Physical Meteorology | Remote Sensing
"""


def test_adjectives_sharing_a_lists_last_noun_are_no_items_alone():
    skills = _skills(_SHARED_NOUN)
    assert {"statistical meteorology", "dynamical meteorology", "physical meteorology"} <= skills
    assert not {"statistical", "dynamical"} & skills
    pairs = _pairs(_SHARED_NOUN)
    assert not {p for p in pairs if p[0] in ("statistical", "dynamical")}
    assert ("dynamical meteorology", "kallisto climate institute") in pairs
