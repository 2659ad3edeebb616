"""Session 26 re-check of the offline plan on real CV + job pairs, each fault a kind (inputs written for these tests):
a template filled with a term it does not read for, two questions on one subject, a missing article, a social work
job's Section 47 scenario never asked under a title of no group, and CV tips on qualities the CV shows or on the people
a job works with."""

from __future__ import annotations

import re

import pytest

from core.analysis.licences import with_article
from core.coach import plan_text, term_kind
from core.coach.plan import plan_items
from core.coach.plan_credential import job_credentials
from core.coach.plan_text import gap_question, shown_question
from core.coach.report_tips import cv_tips, names_people
from core.coach.slots import ANY, OF_WORK, Template, fitting, pick, slot_kind

PHARMACIST_JOB = """Pharmacist

Essential:
- MPharm degree
- GPhC registration
- Post-qualifying experience in hospital or community pharmacy
- First Aid at Work
- Excellent communication skills
"""
PHARMACIST_CV = """Hannah Price
Pharmacist, GPhC 2201234

Experience
Pharmacist Manager, Wellcare Pharmacy — 2019 – present
- Run a busy community pharmacy dispensing 9,000 items a month
- Delivered 300+ New Medicine Service consultations
- Manage the controlled drugs register and CD audits

Education
MPharm, University of Bath, 2018

Skills
Post-qualifying experience in community pharmacy, first aid at work, medicines reconciliation

Certificates
First Aid at Work (St John Ambulance, 2023)
"""
DATA_JOB = """Data Scientist

Requirements:
- Strong Python (pandas, statsmodels, scikit-learn)
- Experience with regression and time-series forecasting
- SQL for data extraction
"""
DATA_CV = """Priya Shah
Data Scientist

Experience
Data Scientist, Brightcart — 2020 – present
- Built demand forecasting models in Python with statsmodels, cutting stock-outs by 18%
- Wrote SQL pipelines in BigQuery

Skills
Python, pandas, statsmodels, scikit-learn, SQL
"""
TRANSPORT_JOB = """Transport Planner

What you'll do:
- Plan and schedule multi-drop routes for our fleet
- Monitor vehicle tracking using Microlise telematics
- Manage drivers' hours and tachograph compliance

What we need:
- Knowledge of drivers' hours rules and the Working Time Directive
- Strong Excel skills
"""
TRANSPORT_CV = """Daniel Hughes
Transport Planner

Experience
Transport Planner, Fastline Logistics Ltd — 2019 – present
- Plan daily routes for 45 vehicles using Paragon and Microlise telematics
- Cut empty miles by 12% by reworking multi-drop routes

Skills
Microlise, Paragon, Excel, customer service
"""
SOCIAL_JOB = """Senior Practitioner - Child Protection

We are looking for a qualified Social Worker to join our Child Protection team.

Key responsibilities:
- Lead Section 47 enquiries
- Prepare court statements and reports for care proceedings
- Work closely with schools, health visitors, GPs and the police

Requirements:
- Registration with Social Work England
- Experience of court work and care proceedings
- Full UK driving licence
"""
SOCIAL_CV = """Amelia Clarke
Registered Social Worker

Experience
Social Worker, Northshire County Council, Children's Services — March 2021 – present
- Child protection: led 40+ Section 47 enquiries from strategy discussion to outcome
- Wrote court statements and parenting assessments for care proceedings
- Registered with Social Work England; full UK driving licence

Education
MA Social Work, University of Leeds, 2021
"""

SEEDS = "abc"
TYPES = ("mixed", "technical", "behavioral")


def _plans(cv: str, jd: str, title: str, counts: tuple[int, ...] = (3, 6, 8)):
    for interview_type in TYPES:
        for seed in SEEDS:
            for count in counts:
                yield plan_items(cv, jd, title, interview_type=interview_type, seniority="mid", count=count,
                                 company="Northwind", seed=seed, focus=None)


# ---- templates take only the kind of term they read for


@pytest.mark.parametrize(("term", "kind"), [
    ("statsmodels", "tool"), ("scikit-learn", "tool"), ("Python", "tool"), ("SAP EWM", "tool"),
    ("First Aid at Work", "qualification"), ("MPharm degree", "qualification"), ("CIPD", "qualification"),
    ("Post-qualifying experience", "phrase"), ("relevant experience", "phrase"), ("2+ years' experience", "phrase"),
    ("Scrum", "method"), ("forecasting", "field"), ("warehouse experience", "field"),
    ("preparing court statements", "skill"),
])
def test_a_term_s_slot_kind(term: str, kind: str) -> None:
    assert slot_kind(term) == kind


def test_every_skill_gap_and_kind_template_declares_what_it_takes() -> None:
    templates = (*plan_text.SKILL_TEMPLATES, *plan_text.SKILL_TEMPLATES_SENIOR, *plan_text.EVERYDAY_TOOL_TEMPLATES,
                 *plan_text.GAP_TEMPLATES, *plan_text.PAST_EXPERIENCE_TEMPLATES, *term_kind.TOOL_TEMPLATES,
                 *term_kind.TOOL_TEMPLATES_SENIOR, *term_kind.METHOD_TEMPLATES, *term_kind.METHOD_TEMPLATES_SENIOR,
                 *term_kind.CREDENTIAL_TEMPLATES, *term_kind.CERTIFICATION_TEMPLATES,
                 *term_kind.OBSERVATION_TEMPLATES, *plan_text.KIND_GAP_TEMPLATES)
    assert all(isinstance(t, Template) and t.takes for t in templates)
    # a slot for a field of work ("the hardest problem you have faced in …", "the ropes in …", "work involving …")
    # takes no tool, qualification or fragment; "get up to speed on Salesforce" reads, so that one takes a tool too
    for template in templates:
        if re.search(r"\b(?:faced in|ropes in|involving|made in) \{topic\}", template):
            assert template.takes <= OF_WORK, template
    with pytest.raises(ValueError):
        Template("Tell me about {skill}.", {"gadget"})


def test_pick_draws_only_templates_that_take_the_kind() -> None:
    field_only = Template("The hardest problem in {topic}?", {"field"})
    anything = Template("Tell me about {skill}.", ANY)
    assert fitting((field_only, anything), "tool") == (anything,)
    assert all(pick((field_only, anything), i, "qualification") == anything for i in range(4))
    with pytest.raises(ValueError):
        pick((field_only,), 0, "tool")


@pytest.mark.parametrize(("term", "slots"), [
    ("statsmodels", "faced in|ropes in|involving|decision you made in"),  # "get up to speed on statsmodels" reads
    ("First Aid at Work", "faced in|ropes in|involving|speed on|decision you made in"),
    ("MPharm degree", "faced in|ropes in|involving|speed on|decision you made in"),
    ("Post-qualifying experience", "faced in|ropes in|involving|speed on|decision you made in"),
])
def test_no_tool_qualification_or_fragment_in_a_field_slot(term: str, slots: str) -> None:
    said = term.lower()
    for index in range(6):
        for text in (shown_question(term, index), gap_question(term, index)):
            assert not re.search(rf"\b(?:{slots}) (?:an? )?{re.escape(said)}", text.lower()), text
            assert not re.search(r"\b(?:faced in|ropes in|speed on) post-qualifying", text.lower()), text
            assert "post-qualifying work" not in text.lower() and "first aid at work work" not in text.lower()


def test_a_library_is_asked_as_a_tool_in_the_plan() -> None:
    texts = [p.text for plan in _plans(DATA_CV, DATA_JOB, "Data Scientist") for p in plan]
    named = [t for t in texts if re.search(r"statsmodels|scikit-learn|pandas", t.split(".")[0])]
    assert named  # the libraries are asked about
    for text in named:
        assert not re.search(r"(?:faced in|ropes in|involving) (?:statsmodels|scikit-learn|pandas)", text), text
        assert not re.search(r"(?:statsmodels|scikit-learn|pandas) work\b", text), text


def test_a_certificate_and_a_fragment_never_fill_a_field_slot_in_the_plan() -> None:
    texts = [p.text for plan in _plans(PHARMACIST_CV, PHARMACIST_JOB, "Pharmacist") for p in plan]
    for text in texts:
        assert not re.search(r"(?i)(?:faced in|ropes in|involving|speed on) (?:first aid|post-qualifying)", text), text
        assert not re.search(r"(?i)mentions post-qualifying|calls for post-qualifying|list post-qualifying", text), text


# ---- no two questions on one subject


def test_drivers_hours_asked_once_per_plan() -> None:
    for plan in _plans(TRANSPORT_CV, TRANSPORT_JOB, "Transport Planner"):
        about = [p.text for p in plan if re.search(r"(?i)drivers' hours|driving time|run out of hours", p.text)]
        assert len(about) <= 1, about


def test_court_statements_asked_once_per_plan() -> None:
    for plan in _plans(SOCIAL_CV, SOCIAL_JOB, "Social Worker"):
        about = [p.text for p in plan if re.search(r"(?i)court statements?|statement for court", p.text)]
        assert len(about) <= 1, about


# ---- grammar


@pytest.mark.parametrize(("phrase", "said"), [
    ("MPharm degree", "an MPharm degree"), ("MPharm", "an MPharm"), ("BSc Nursing degree", "a BSc Nursing degree"),
    ("MSc in Data Science", "an MSc in Data Science"), ("PGCE", "a PGCE"), ("HGV Class 1 licence", "an HGV Class 1 licence"),
    ("NMC registration", "NMC registration"), ("a degree", "a degree"),
])
def test_a_degree_is_counted(phrase: str, said: str) -> None:
    assert with_article(phrase) == said


def test_a_missing_degree_is_asked_with_its_article() -> None:
    assert gap_question("MPharm degree", 0).startswith("The role asks for an MPharm degree, which")


def test_the_ad_speaking_of_itself_is_no_credential() -> None:
    assert job_credentials(SOCIAL_JOB) == ["Registration with Social Work England", "Full UK driving licence"]
    texts = [p.text for plan in _plans(SOCIAL_CV, SOCIAL_JOB, "Social Worker", (6,)) for p in plan]
    assert not any("asks for We" in t or "looking for a qualified" in t for t in texts)
    assert any("registration with Social Work England" in t for t in texts)


# ---- the job's core duty gets its scenario


@pytest.mark.parametrize("title", ["Senior Practitioner", "Children and Families Practitioner", "Social Worker"])
def test_a_section_47_duty_gets_its_scenario(title: str) -> None:
    # plans of six and eight (a plan of three is the opener, the registration asked and one more)
    for plan in _plans(SOCIAL_CV, SOCIAL_JOB, title, (6, 8)):
        assert any("Section 47" in p.text for p in plan[1:]), [p.text for p in plan]


def test_no_scenario_for_a_duty_the_job_does_not_name() -> None:
    job = SOCIAL_JOB.replace("- Lead Section 47 enquiries\n", "").replace("Child Protection", "Adult Services")
    for plan in _plans(SOCIAL_CV.replace("Section 47", "annual"), job, "Senior Practitioner", (6,)):
        assert not any("Section 47" in p.text for p in plan)


# ---- CV tips


@pytest.mark.parametrize(("requirement", "people"), [
    ("health visitors", True), ("GPs and the police", True), ("schools, health visitors, GPs and the police", True),
    ("working closely with health visitors", True), ("managing stakeholders", False), ("NHS services", False),
    ("stakeholder management", False), ("Section 47 enquiries", False), ("team leadership", False),
])
def test_names_people(requirement: str, people: bool) -> None:
    assert names_people(requirement) is people


def test_tips_leave_out_the_people_a_job_works_with() -> None:
    tips = " ".join(cv_tips(SOCIAL_CV, ["health visitors", "GPs and the police", "NHS services"], SOCIAL_JOB))
    assert "health visitors" not in tips and "police" not in tips
    assert "NHS services" in tips  # a real requirement the CV lacks is still a tip


def test_tips_leave_out_a_quality_the_cv_shows_in_other_words() -> None:
    cv = "Sophie Turner\nExecutive Assistant\n- Handled confidential board papers and HR matters\n"
    tips = " ".join(cv_tips(cv, ["Discretion", "Minute-taking"], "Requirements:\n- Discretion\n- Minute-taking"))
    assert "iscretion" not in tips and "minute-taking" in tips  # a skill the CV lacks is still a tip
    de_cv = "Markus Weber\nVertriebsmitarbeiter\n- Erfolgreiche Preisverhandlungen mit Großkunden\n"
    reqs = ["Verhandlungsgeschick", "Teamfähigkeit"]
    tips = " ".join(cv_tips(de_cv, reqs, "Ihr Profil:\n- Verhandlungsgeschick\n- Teamfähigkeit"))
    assert "Verhandlungsgeschick" not in tips
    assert "Teamfähigkeit" in tips  # a quality the CV does not show is still named, as a quality
    assert "add a bullet" not in tips.split("Teamfähigkeit")[0][-200:]
