"""Session 15: what the interviewer quotes of a CV ("you're currently X at Y", "which your CV shows at Y") is
left out when the reading is unsure, kind by kind (core.analysis.cv_trust). Every CV here is made up."""

from __future__ import annotations

import pytest

from core.analysis.cv_trust import quotable_employer, quotable_facts

# -- a skill-at-employer pair the two readings disagree on ------------------------------------------------

def _facts(**kw):
    base = {"roles": ["Platform Engineer", "Backend Developer"],
            "jobs": [("Platform Engineer", "Harbourline Freight Ltd"), ("Backend Developer", "Corvid Analytics")],
            "employers": ["Harbourline Freight Ltd", "Corvid Analytics"], "current_title": "Platform Engineer"}
    return {**base, **kw}


def test_a_pair_the_written_pairs_do_not_read_is_not_quoted():
    facts = _facts(skill_employer={"Docker": "Harbourline Freight Ltd", "Terraform": "Harbourline Freight Ltd"},
                   skill_employer_pairs=[("Docker", "Corvid Analytics"), ("Terraform", "Harbourline Freight Ltd")],
                   skill_surface={"Docker": "Docker", "Terraform": "Terraform"})
    assert quotable_facts(facts)["skill_employer"] == {"Terraform": "Harbourline Freight Ltd"}


def test_a_pair_is_compared_as_the_cv_writes_the_skill():
    facts = _facts(skill_employer={"PostgreSQL": "Corvid Analytics"},
                   skill_employer_pairs=[("Postgres", "Corvid Analytics")], skill_surface={"PostgreSQL": "Postgres"})
    assert quotable_facts(facts)["skill_employer"] == {"PostgreSQL": "Corvid Analytics"}


# -- the opener's job when no entry has the current title ---------------------------------------------------

def test_the_opener_is_not_quoted_when_no_entry_has_the_current_title():
    # the current title read from the headline ("Head Chef"), the first entry another job: the two disagree
    facts = _facts(current_title="Head Chef", roles=["Sous Chef"], jobs=[("Sous Chef", "Marrow & Vine Ltd")],
                   employers=["Marrow & Vine Ltd"])
    assert quotable_facts(facts)["current_job"] == ("", "")


def test_the_opener_quotes_the_entry_that_has_the_current_title():
    facts = _facts(jobs=[("Backend Developer", "Corvid Analytics"), ("Platform Engineer", "Harbourline Freight Ltd")])
    assert quotable_facts(facts)["current_job"] == ("Platform Engineer", "Harbourline Freight Ltd")


# -- an employer that is a phrase linking two things --------------------------------------------------------

@pytest.mark.parametrize("employer", ["Teaching Fractions through Board Games with KS2",
                                      "Android chez Vendôme Mobile", "Robot Kits using Arduino"])
def test_a_phrase_with_a_linking_word_is_no_employer(employer):
    assert not quotable_employer(employer)


@pytest.mark.parametrize("employer", ["Centre for Living with Dementia", "Teach for Tomorrow",
                                      "The Mill at Sonning", "Bridges With Purpose"])
def test_names_with_of_for_at_or_an_organisation_word_stay_quotable(employer):
    assert quotable_employer(employer)


# -- the person's own name, not on the first line ------------------------------------------------------------

CV_TITLED_FIRST = """CURRICULUM VITAE
Dana Whitfield
Logistics Coordinator | dana.w@example.org

Dana Whitfield
Logistics Coordinator, 2019 - Present
- Planned 40 deliveries a day
"""

CV_NAME_FIELD = """Personal details
Name: Tomasz Brennan
Phone: 0123 456 789

Work history
Tomasz Brennan, Warehouse Supervisor 2018-2022
"""


@pytest.mark.parametrize(("employer", "cv"), [("Dana Whitfield", CV_TITLED_FIRST), ("Tomasz Brennan", CV_NAME_FIELD)])
def test_the_persons_name_is_no_employer(employer, cv):
    assert not quotable_employer(employer, cv)


def test_a_two_word_employer_that_is_not_the_name_stays_quotable():
    assert quotable_employer("Corvid Analytics", CV_TITLED_FIRST + "\nCorvid Analytics\n")


# -- a name that ends in a heading's word, a name with a legal form ------------------------------------------

CV_HEADER_LINE = """Rowan Pike
Experience
Brightwater Technologies, Head of Operations, 2020 - Present
Kestrel Systems Ltd, Office Manager, 2016 - 2020
Key Technologies
Excel, SAP
"""


def test_a_name_ending_in_a_headings_word_is_quotable_where_the_cv_writes_it_in_a_header():
    assert quotable_employer("Brightwater Technologies", CV_HEADER_LINE)


def test_a_heading_on_a_line_of_its_own_stays_unquotable():
    assert not quotable_employer("Key Technologies", CV_HEADER_LINE)
    assert not quotable_employer("Technologies")


@pytest.mark.parametrize("employer", ["Vintera SE (Polska)", "Nordhafen Logistik SE", "Castellan S.A. (Lisboa)"])
def test_a_legal_form_marks_a_name_not_a_title(employer):
    # "SE" is also "software engineer": read alone it makes a title, but a legal form ends an organisation's name
    assert quotable_employer(employer)


def test_the_opener_quotes_a_job_at_a_name_ending_in_a_headings_word():
    facts = {"current_title": "Head of Operations", "roles": ["Head of Operations"],
             "jobs": [("Head of Operations", "Brightwater Technologies")], "employers": ["Brightwater Technologies"]}
    assert quotable_facts(facts, CV_HEADER_LINE)["current_job"] == ("Head of Operations", "Brightwater Technologies")


# -- a name with an abbreviated word, ending in a legal form -------------------------------------------------

@pytest.mark.parametrize("employer", ["Bildungswerk der Bayr. Wirtschaft e.V.", "Verband der Ev. Kirchen GmbH"])
def test_a_name_ending_in_a_legal_form_holds_its_abbreviations(employer):
    assert quotable_employer(employer)


@pytest.mark.parametrize("employer", ["Ran the shop. Acme Ltd", "Built a pipeline. Then shipped it"])
def test_a_sentence_before_a_name_stays_unquotable(employer):
    assert not quotable_employer(employer)
