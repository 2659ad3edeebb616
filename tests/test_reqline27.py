"""Session 27 (rc26 N5, N10): a requirement is shown as the thing it asks for, a licence is held (not done), and a CV
quote ends at its entry's end. The ads and CVs here are written for these tests."""

from __future__ import annotations

import pytest

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_line_quote import opener_line
from core.analysis.job import extract_requirements
from core.analysis.licences import credential_entries, licences_named, title_entry
from core.analysis.requirement_name import requirement_condition, requirement_name
from core.coach.coverage import coverage_item, requirement_evidence
from core.coach.phrasing import curly_quotes, single_stop
from core.coach.plan_credential import credential_question
from core.coach.report_tips import cv_tips


@pytest.mark.parametrize(("line", "name"), [
    # nursing: a lead verb of holding, the issuing board after a licence its own words name
    ("Currently holds an unencumbered RN license with the State Board of Nursing", "an unencumbered RN license"),
    # a condition moved out
    ("Possess multistate licensure if in a Nurse Licensure Compact (NLC) state", "multistate licensure"),
    # haulage: a modal and a verb of holding
    ("Must have a valid CDL Class A license", "a valid CDL Class A license"),
    # warehouse: an ability said as its act
    ("Ability to lift 50 pounds repeatedly", "lifting 50 pounds repeatedly"),
    ("Ability to independently build and run deal work plans", "independently building and run deal work plans"),
    # sales: "experience with" before a name, the weight after it
    ("Experience with Salesforce is required", "Salesforce"),
    # accounting: the weight at the end, no brackets
    ("Bachelor's degree in accounting preferred", "Bachelor's degree in accounting"),
    ("CPA certification is required", "CPA certification"),
    # UK nursing: the state said as its noun, the register kept (it is the name)
    ("Must be registered with the NMC", "registration with the NMC"),
    # any field: a condition and a weight in either order
    ("Valid driver's license required, where applicable", "Valid driver's license"),
    # care: a deadline after hire is a condition
    ("Be certified in BLS within 30 days of hire", "certification in BLS"),
    # a pair of holding verbs and "required" said of the thing
    ("Obtains and maintains required department specific competencies and certifications",
     "department specific competencies and certifications"),
    # security: the candidate and a modal
    ("Candidates must hold a current SIA licence", "a current SIA licence"),
    ("You will need a full UK driving licence", "a full UK driving licence"),
    # trades: an allowance ("or willing to …") is no part of the name
    ("Electrical Certification for the State of California or willing to test within 6 months of employment",
     "Electrical Certification for the State of California"),
    # "a plus" of a licence
    ("Active CPA license is a plus", "Active CPA license"),
    # education: the graduate's line said as a noun
    ("Graduate from an accredited nursing program (required)", "Graduation from an accredited nursing program"),
])
def test_a_requirement_line_is_named_by_the_thing_it_asks(line: str, name: str) -> None:
    assert requirement_name(line) == name


@pytest.mark.parametrize("line", [
    "Experience in a similar role",  # the frame is the requirement's name here
    "Maintain a safe work environment by documenting safety issues",  # a duty: "maintain" is its verb
    "Current registration with Social Work England",  # the body is the registration's name
    "Strong communication skills",
    "applicant tracking system (Greenhouse, Lever or similar)",  # "applicant" here is no candidate
])
def test_a_line_with_nothing_to_drop_keeps_its_words(line: str) -> None:
    assert requirement_name(line) == line


def test_the_condition_is_read_apart_without_its_initials() -> None:
    assert requirement_condition("Possess multistate licensure if in a Nurse Licensure Compact (NLC) state") == (
        "if in a Nurse Licensure Compact state")
    assert requirement_condition("Must hold a CPA license") == ""


ICU_AD = """Staff Nurse – Cardiac ICU

Requirements
- Graduate from an accredited nursing program (required)
- Currently holds an unencumbered RN license with the State Board of Nursing
- Possess multistate licensure if in a Nurse Licensure Compact (NLC) state
- BLS and ACLS certification
"""

NURSE_CV = """Dana Whitfield
Harrisburg, PA

Experience
Staff Nurse, Medical ICU
Riverside Hospital (June 2018 – Present)
- Cared for ventilated patients on a 24-bed unit

Professional Certifications
Registered Nurse
Basic Life Support
Advanced Cardiac Life Support
"""


def test_the_job_reader_names_the_licence_without_its_lead_verb() -> None:
    found = extract_requirements(ICU_AD)
    assert "unencumbered RN license" in found
    assert "multistate licensure" in found
    assert not any(r.lower().startswith(("currently", "possess")) for r in found)


def test_the_licence_question_names_the_licence_and_asks_where_it_is_valid() -> None:
    question = credential_question(NURSE_CV, ICU_AD)
    assert question.startswith("The role asks for an unencumbered RN license (multistate if in a Nurse Licensure "
                               "Compact state), which your CV shows.")
    assert question.endswith("Which license do you hold, and where is it valid?")
    assert "Currently holds" not in question and "State Board" not in question


def test_a_cv_without_the_licence_is_asked_whether_it_is_held_in_the_same_words() -> None:
    question = credential_question("Sam Lee\n\nExperience\nBarista, Blue Cup Cafe (2019 – Present)\n", ICU_AD)
    assert question.startswith("The role asks for an unencumbered RN license (multistate if in a Nurse Licensure "
                               "Compact state), and I don't see it on your CV.")


def test_a_certification_entry_or_post_nominals_show_the_licence_held() -> None:
    us_nursing = next(lic for lic in licences_named("RN license") if lic.country == "United States")
    assert title_entry(NURSE_CV, us_nursing) == "Registered Nurse"
    assert title_entry("Jo Park, RN, BSN\nDenver, CO\n\nExperience\nICU nurse", us_nursing) == "RN, BSN"
    # a title in a job's header is a job held, not a licence listed
    assert title_entry("Jo Park\n\nExperience\nRegistered Nurse\nMercy Hospital (2019 – Present)\n", us_nursing) == ""
    assert title_entry("Jo Park\n\nLicenses\nRN license (pending)\n", us_nursing) == ""
    assert credential_entries("Phoenix, AZ\nJo\n") == []  # a place after a comma is no post-nominal


def test_the_cv_tip_lists_a_missing_licence_as_one_to_list_not_a_bullet_to_add() -> None:
    tips = cv_tips("Sam Lee\n\nExperience\nBarista, Blue Cup Cafe (2019 – Present)\n- Served 200 customers a day\n",
                   extract_requirements(ICU_AD), ICU_AD)
    held = next(t for t in tips if "RN license" in t)
    assert "possess" not in held.lower() and "currently holds" not in held.lower()
    assert "list them under your certifications or licences" in held
    assert "add a bullet" not in held


def test_the_cv_tip_says_nothing_of_a_licence_the_certifications_list() -> None:
    tips = cv_tips(NURSE_CV, extract_requirements(ICU_AD), ICU_AD)
    assert not any("RN license" in t for t in tips)


@pytest.mark.parametrize(("answer", "requirement"), [
    ("I hold an active, unencumbered RN license in Pennsylvania, and I can apply for a multistate one.",
     "unencumbered RN license"),
    ("I'm registered with the NMC, PIN 12A3456E.", "NMC registration"),
    ("My CPA license is active in Texas.", "CPA license"),
    ("I hold a full UK driving licence with no points.", "full UK driving licence"),
    ("I hold a California RN license.", "Active California RN license"),
])
def test_a_stated_licence_is_evidence(answer: str, requirement: str) -> None:
    assert requirement_evidence(answer, requirement)[0] == "evidenced"


@pytest.mark.parametrize(("answer", "requirement"), [
    ("I applied for my RN license last month.", "unencumbered RN license"),
    ("I don't hold an RN license yet.", "unencumbered RN license"),
    ("I hold a Texas RN license.", "Active California RN license"),
    ("We talked about licenses with the team.", "unencumbered RN license"),
])
def test_a_licence_not_held_or_of_another_place_is_no_evidence(answer: str, requirement: str) -> None:
    assert requirement_evidence(answer, requirement)[0] != "evidenced"


def test_the_coverage_row_of_a_stated_licence_is_evidenced_not_not_done() -> None:
    row = coverage_item("unencumbered RN license", [(
        "The role asks for an unencumbered RN license. Which license do you hold, and where is it valid?",
        "I hold an active, unencumbered RN license in Pennsylvania.", None)])
    assert row.status == "evidenced"
    assert "not as something you have done" not in row.evidence


SALES_CV = """Jordan Reyes
Atlanta, GA

Experience
Brightway Lawn Care, Marietta, Georgia — Field Sales
Representative
March 2022 - October 2023
- Knocked 80 doors a day and closed 14 annual plans a week
"""

LABEL_CV = """Kim Ortega

Experience
As a Physician Assistant
Lakeside Cardiology Associates (May 2020 – Current)
Northgate Medical Center (August 2016 – April 2020)
"""

BRACKET_CV = """Experience

Since Nov. 2022
: Outreach Lead and Mentor in Girls Who Build Program
(GWB).

    GWB is a volunteer-run workshop series.
"""


def test_a_title_wrapped_to_the_next_line_is_quoted_whole() -> None:
    facts = extract_cv_facts(SALES_CV)
    line, _ = opener_line(facts, SALES_CV)
    assert line.endswith("Field Sales Representative")


def test_an_as_a_label_is_no_part_of_the_title_or_its_quote() -> None:
    facts = extract_cv_facts(LABEL_CV)
    assert facts["jobs"][0][0] == "Physician Assistant"
    line, goes_on = opener_line(facts, LABEL_CV)
    assert line.startswith("Physician Assistant — Lakeside Cardiology Associates")
    assert goes_on


def test_a_closing_bracket_joins_its_line_and_no_stop_is_doubled() -> None:
    facts = extract_cv_facts(BRACKET_CV)
    line, _ = opener_line(facts, BRACKET_CV)
    assert line == "Outreach Lead and Mentor in Girls Who Build Program (GWB)"
    assert curly_quotes('your CV lists "Program (GWB).". Tell me') == "your CV lists “Program (GWB).” Tell me"
    assert single_stop("It lists “Acme Ltd”. Next") == "It lists “Acme Ltd”. Next"


def test_history_names_a_requirement_saved_before_as_the_thing_asked() -> None:
    from datetime import datetime

    from core.progress.practice import requirement_gaps
    from core.storage.rows import ReportRow

    def report(name: str, status: str) -> ReportRow:
        return ReportRow("s", 6, {}, "", [], [], [], [{"requirement": name, "status": status, "evidence": ""}], "offline",
                         datetime(2026, 12, 1))

    gaps = requirement_gaps([report("Currently holds an unencumbered RN license", "not probed"),
                             report("unencumbered RN license", "weak")])
    assert [(g.name, g.status) for g in gaps] == [("unencumbered RN license", "weak")]


def test_a_certification_entry_shows_the_licence_it_names_not_a_kind_it_does_not_say() -> None:
    from core.analysis.licences import listed_credential

    assert listed_credential(NURSE_CV, "unencumbered RN license") == "Registered Nurse"
    assert listed_credential(NURSE_CV, "multistate licensure") == ""  # "Registered Nurse" says nothing of multistate
    assert listed_credential("Jo Park\n\nLicenses\nMultistate RN license (compact)\n", "multistate licensure") == (
        "Multistate RN license (compact)")


def test_the_coverage_takes_a_licence_no_question_came_to_from_the_certifications_never_their_heading() -> None:
    from core.coach.report import build_report

    rows = {c.requirement: c for c in build_report([], job_description=ICU_AD, cv_text=NURSE_CV).coverage}
    assert rows["unencumbered RN license"].status == "evidenced"
    assert '"Registered Nurse"' in rows["unencumbered RN license"].evidence
    assert all("Professional Certifications" not in c.evidence for c in rows.values())
