"""Quoting safety, issue 15 point 3: the interviewer says "you're currently X at Y" or "your CV
mentions X at Y" only when the reading of X and Y is sure; an unsure reading is left out and the
question is asked without the quote."""

from __future__ import annotations

import pytest

from core.analysis import extract_cv_facts
from core.analysis.cv_trust import quotable_employer, quotable_facts, quotable_role
from core.coach.plan import plan_items

JD = "We need a Registered Nurse with triage, IV therapy and Epic charting experience."


@pytest.mark.parametrize("role", ["Registered Nurse", "Paralegal", "Senior Software Engineer", "Head of Sales"])
def test_titles_with_a_role_word_are_quotable(role):
    assert quotable_role(role)


@pytest.mark.parametrize("role", [
    "## Senior PHP Developer", "Course Management", "San Francisco", "May 2020", "Experience", "",
    "Built a pipeline. Then shipped it", "A title so long that it cannot be a job title at all in any CV",
])
def test_unsure_titles_are_not_quotable(role):
    assert not quotable_role(role)


@pytest.mark.parametrize("employer", ["Mercy Hospital", "Acme Corp", "EY", "Blue Bottle Coffee", "Nursing Agency",
                                      "n2N Commerce", "visual assault, llc", "McGill Ambassador Program",
                                      "Ministry of Environment Climate Change and Natural Resources (MECCNAR)"])
def test_organisation_names_are_quotable(employer):
    assert quotable_employer(employer)


@pytest.mark.parametrize("employer", [
    "San Francisco", "UX Director", "Summer 2021", "Education", "coursera.org", "**Acme**", "1/2",
    "visual design work", "Berlin, Germany",
])
def test_places_dates_headings_titles_and_markup_are_not_quotable_employers(employer):
    assert not quotable_employer(employer)


def test_an_employer_read_as_a_title_elsewhere_is_a_conflict_and_not_quoted():
    assert not quotable_employer("Paralegal", roles=("Legal Assistant", "Paralegal"))
    assert quotable_employer("Jones Day", roles=("Legal Assistant", "Paralegal"))


def test_a_name_the_cv_does_not_contain_is_not_quoted():
    cv = "Experience\nNurse, Mercy Hospital, 2019 - Present\n"
    assert quotable_employer("Mercy Hospital", cv)
    assert not quotable_employer("Coursera", cv)
    assert not quotable_role("Charge Nurse", cv)


def test_quotable_facts_blanks_the_unsure_current_job_without_promoting_an_older_one():
    facts = {
        "current_title": "Course Management", "roles": ["Course Management", "Charge Nurse"],
        "jobs": [("Course Management", "Berlin"), ("Charge Nurse", "Mercy Hospital")],
        "employers": ["Berlin", "Mercy Hospital"],
        "skill_employer": {"Triage": "Berlin", "IV therapy": "Mercy Hospital"},
        "skill_employer_pairs": [("Triage", "Berlin"), ("IV therapy", "Mercy Hospital")],
        "achievement_employer": {"Cut waits by 20%": "Berlin"},
    }
    safe = quotable_facts(facts)
    assert safe["current_job"] == ("", "")
    assert safe["jobs"] == [("", ""), ("Charge Nurse", "Mercy Hospital")]
    assert safe["employers"] == ["Mercy Hospital"]
    assert safe["skill_employer"] == {"IV therapy": "Mercy Hospital"}
    assert safe["skill_employer_pairs"] == [("IV therapy", "Mercy Hospital")]
    assert safe["achievement_employer"] == {}
    assert safe["current_title"] == ""
    assert facts["employers"] == ["Berlin", "Mercy Hospital"]  # the input is not changed


def test_the_current_job_of_a_cv_listed_oldest_first_is_the_one_to_present():
    cv = """Experience
Nursing Assistant, Sunrise Senior Living, 2014 – 2017
- Helped residents with daily care
Registered Nurse, Mercy Hospital, 2017 – Present
- Triaged 30 patients per shift
"""
    safe = quotable_facts(extract_cv_facts(cv), cv)
    assert safe["current_job"] == ("Registered Nurse", "Mercy Hospital")


def _quotes(cv: str) -> list[str]:
    texts = []
    for seed in range(12):
        texts += [p.text for p in plan_items(cv, JD, "Registered Nurse", interview_type="mixed", seniority="mid",
                                             count=8, company="", seed=str(seed), focus=[])]
    return texts


def test_the_plan_quotes_a_sure_current_job():
    cv = """Experience
Registered Nurse, Mercy Hospital, Tucson, AZ, 2019 - Present
- Triaged 30 patients per shift using Epic
"""
    # session 18: the CV's own header line, verbatim; "current" because the line says "Present" (session 22: its
    # dates are no part of the quote)
    # (session 29, rc28 m6: nor its town and state)
    assert any("current role as “Registered Nurse, Mercy Hospital”" in t
               or "current role, which your CV lists as “Registered Nurse, Mercy Hospital”" in t
               for t in _quotes(cv))


def test_the_plan_never_quotes_a_place_read_as_the_employer():
    # the employer of the first job is not named: only the town is; a reader could take it for the employer
    cv = """Experience
Registered Nurse
San Francisco | 2019 - Present
- Triaged 30 patients per shift using Epic
"""
    facts = extract_cv_facts(cv)
    assert "San Francisco" not in [employer for _, employer in facts["jobs"]]
    for text in _quotes(cv):
        assert "at San Francisco" not in text
        assert "currently" not in text or " at " not in text.split("currently", 1)[1].split(".")[0]


def test_the_plan_drops_a_skill_at_employer_quote_whose_employer_is_unsure(monkeypatch):
    import core.coach.plan_state as plan  # the plan reads the CV in its context (core.coach.plan_state._context)

    cv = "Experience\nRegistered Nurse, Mercy Hospital, 2019 - Present\n- Used Epic for charting\n"
    real = plan.extract_cv_facts

    def misread(text):  # an extractor that took a heading for the employer of every skill
        facts = real(text)
        facts["skill_employer"] = {name: "Experience" for name in facts["skill_employer"]}
        facts["jobs"] = [("Registered Nurse", "Experience")]
        return facts

    monkeypatch.setattr(plan, "extract_cv_facts", misread)
    texts = _quotes(cv)
    assert texts and not any("at Experience" in t or "(at Experience)" in t for t in texts)


def test_the_opener_never_says_currently_of_a_job_that_has_ended():
    cv = """Experience
Registered Nurse, Mercy Hospital, Tucson, AZ, 2015 - 2022
- Triaged 30 patients per shift using Epic
"""
    assert extract_cv_facts(cv)["current_ended"]
    texts = _quotes(cv)
    openers = [t for t in texts if "“Registered Nurse, Mercy Hospital”" in t]  # session 18 (22: undated; 29: no town)
    assert openers
    assert not any("current" in t for t in openers)
    assert not any("currently Registered Nurse" in t for t in texts)
