"""Session 25 (re-check of nc24): "The role calls for fast-paced contact centre, which your CV shows." A requirement
named by a setting (a contact centre, a kitchen, an office, an environment), bare or with its qualifier ("busy",
"fast-paced", "commercial"), is said as experience in one: "The role calls for experience in a busy contact centre".
Made-up jobs and CVs."""

from __future__ import annotations

import pytest

from core.coach.plan import plan_items
from core.coach.plan_text import requirement_phrase, topic_phrase


@pytest.mark.parametrize("said, phrase", [
    ("fast-paced contact centre", "experience in a fast-paced contact centre"),
    ("busy commercial kitchen", "experience in a busy commercial kitchen"),
    ("high-volume call centre", "experience in a high-volume call centre"),
    ("open-plan office", "experience in an open-plan office"),
    ("contact centre", "experience in a contact centre"),
    ("fast-paced environment", "experience in a fast-paced environment"),
    ("similar role", "experience in a similar role"),
])
def test_a_setting_is_said_as_experience_in_one(said: str, phrase: str) -> None:
    assert requirement_phrase(said) == phrase
    assert topic_phrase(said) == phrase.removeprefix("experience in ")


@pytest.mark.parametrize("said", ["stakeholder management", "attention to detail", "warehouse experience",
                                  "clean driving licence", "food safety", "customer service", "retail environments",
                                  "experience in a care home", "work in a team", "contact centre or emergency service environment",
                                  "best practice"])
def test_other_requirements_keep_their_words(said: str) -> None:
    assert "experience in a" not in requirement_phrase(said) or said.startswith("experience")
    assert requirement_phrase(said).count("experience") <= 1


def test_the_plan_never_says_the_role_calls_for_a_bare_setting() -> None:
    jd = ("Customer Service Advisor\nRiverside Water, Derby\nAnswer calls from customers about bills and supply.\n"
          "What we need\n- Experience in a busy contact centre\n- Good keyboard skills\n- A calm, patient manner\n")
    cv = ("Jordan Lee\nContact Centre Advisor, Peak Broadband, Chesterfield - 2021 - present\n- Took 60 calls a day "
          "in a busy contact centre; 94% quality score\n- Logged every call on Salesforce\n")
    for seed in "12345":
        for item in plan_items(cv, jd, "Customer Service Advisor", interview_type="mixed", seniority="mid", count=8,
                               company="", focus=None, seed=seed):
            assert "calls for busy" not in item.text and "calls for contact centre" not in item.text, item.text


LEGAL_JD = ("Probate Assistant\nMarlow & Finch Solicitors, York\nSupport our private client team.\nWhat we need\n"
            "- Knowledge of probate applications\n- Good organisation\n- Experience with case management systems\n")
LEGAL_CV = ("Hannah Cole\nLegal Assistant, Dale Law LLP, Harrogate - 2021 - present\n- Ran 35 probate and estate files "
            "a year from first letter to final accounts\n- Kept every file up to date on our case management system\n")


def test_a_cv_that_writes_the_trade_term_shows_the_requirement() -> None:
    """"Knowledge of probate applications" and a CV of "probate and estate files": the CV shows it, never
    "your CV shows related work"."""
    from core.coach.plan_object import field_written

    assert field_written(LEGAL_CV, "probate applications", LEGAL_JD)
    assert not field_written("Data entry clerk: keyed 400 invoices a day", "data analysis")
    said = set()
    for seed in "123456":
        said |= {p.text for p in plan_items(LEGAL_CV, LEGAL_JD, "Probate Assistant", interview_type="mixed",
                                             seniority="mid", count=8, company="", focus=None, seed=seed)}
    probate = [t for t in said if "probate applications" in t]
    assert probate and not any("related work" in t for t in probate), probate


def test_a_held_alternative_is_named_whole() -> None:
    """"A CILEx or conveyancing qualification is desirable" and a CV with the CILEx: "a CILEx qualification", never
    "The role would welcome a CILEx"."""
    from core.coach.plan_alternatives import whole_alternative

    assert whole_alternative("A CIPD", "A CIPD or HR degree") == "A CIPD degree"
    assert whole_alternative("A CILEx", "A CILEx or conveyancing qualification is desirable") == "A CILEx qualification"
    assert whole_alternative("AAT qualified", "AAT qualified or studying towards ACCA/ACA") == "AAT qualified"
    jd = ("Payroll Assistant\nKerr & Daly Accountants, Dundee\nWhat we need\n- Experience of running a monthly payroll\n"
          "- A CIPP or payroll qualification is desirable\n- Good Excel skills\n")
    cv = ("Isla Grant\nPayroll Clerk, Tayside Builders, Perth - 2020 - present\n- Ran the monthly payroll for 140 staff\n"
          "- CIPP Foundation Degree in Payroll Management (2022)\n")
    texts = {p.text for s in "123456" for p in plan_items(cv, jd, "Payroll Assistant", interview_type="mixed",
                                                          seniority="mid", count=8, company="", focus=None, seed=s)}
    assert not [t for t in texts if "welcome a CIPP (" in t or "welcome a CIPP," in t], texts
    assert [t for t in texts if "welcome a CIPP qualification (a plus here" in t], texts  # still a plus
