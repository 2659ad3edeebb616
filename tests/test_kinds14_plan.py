"""Kinds of fault in the job's requirements, the plan and the report's coverage and CV tips (session 14), each
with made-up text:

1. an either/or ("Ansible or Puppet", "Freshdesk, Help Scout or similar") is one coverage row and one CV tip item,
   met by any of its alternatives, never two rows with one "shown by" the other;
2. a numbered level, stage, grade or version is not another ("Key Stage 1" is no KS2 knowledge, a Level 2
   certificate no Level 3 one, Python 2 not Python 3);
3. a requirement cut to its first words ends on a whole phrase, never mid-phrase ("... reports on warehouse");
4. the role family is the job's title, not a setting word in it ("School Office Administrator" is office work in
   a school); "Clinical Research Organisation" is an organisation, not the skill "organisation"; a suite covers its
   apps ("Microsoft Office" on the CV for "Excel") and an app shows the suite;
5. an employer's name with a mark of its own ("Hearth. Home Repairs", "Zing! Inc.") does not split the sentence
   that quotes it, and is quoted;
6. a CV in another language than the job ad gets one kind tip saying so.
"""

from __future__ import annotations

import pytest

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_trust import quotable_facts
from core.analysis.job import extract_requirements
from core.analysis.skills import find_skills, infer_role_family
from core.analysis.text import sentences, short_quote
from core.coach.evidence import answer_evidence
from core.coach.evidence_cv import cv_meets
from core.coach.plan import plan_questions
from core.coach.report import build_report
from core.coach.restate import restated_question

# 1. either/or requirements -------------------------------------------------------------------------------------

OR_JOB = """Infrastructure Engineer
Requirements:
- Configuration management (Ansible or Puppet).
- Experience with Jira.
- Ticketing tools: Freshdesk, Help Scout or similar.
"""
OR_CV = """Lena Moritz
Experience
Systems Engineer, Brackenfield Hosting, 2019 - present
- Kept 120 Linux servers patched and monitored, with 99.9% uptime.
"""


def _report(job: str, cv: str, answers: list[tuple[str, str]]):
    return build_report([{"question": q, "answer": a, "score": None} for q, a in answers], job_description=job,
                        cv_text=cv)


def test_an_either_or_is_one_coverage_row_met_by_either() -> None:
    report = _report(OR_JOB, OR_CV, [("How do you manage server configuration?",
                                      "I wrote Puppet manifests for 120 servers and cut drift incidents to zero.")])
    rows = {row.requirement: row for row in report.coverage}
    assert "Ansible or Puppet" in rows, list(rows)
    assert rows["Ansible or Puppet"].status == "evidenced"
    assert not {"Ansible", "Puppet"} & set(rows), list(rows)  # no row of its own for either


def test_a_list_that_allows_similar_tools_is_one_choice() -> None:
    report = _report(OR_JOB, OR_CV, [("Which ticketing tools have you used?",
                                      "I ran our helpdesk in Help Scout for three years.")])
    rows = {row.requirement: row.status for row in report.coverage}
    assert rows.get("Freshdesk or Help Scout") == "evidenced", rows
    assert "Freshdesk" not in rows


def test_a_cv_tip_names_an_either_or_as_one_choice() -> None:
    tip = next(t for t in _report(OR_JOB, OR_CV, []).cv_tips if t.startswith("The job asks for"))
    assert "Ansible or Puppet" in tip, tip
    assert "Ansible, Puppet" not in tip and "Ansible and Puppet" not in tip, tip


# 2. numbered levels --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("said", "requirement"), [
    ("I taught the Key Stage 1 curriculum for four years.", "Secure knowledge of the KS2 curriculum"),
    ("I planned every KS1 phonics unit in my school.", "knowledge of Key Stage 2 phonics"),
    ("I hold a Level 2 certificate in food hygiene.", "Level 3 certificate in food hygiene"),
    ("I maintained our Python 2 billing scripts.", "Python 3"),
])
def test_a_numbered_level_is_not_another(said: str, requirement: str) -> None:
    assert answer_evidence(said, requirement)[0] != "evidenced"
    assert not cv_meets(f"Skills\n{said}", requirement)


@pytest.mark.parametrize(("said", "requirement"), [
    ("I taught the KS1 and KS2 curriculum for six years.", "Secure knowledge of the KS2 curriculum"),
    ("I hold a Level 3 certificate in food hygiene.", "Level 3 certificate in food hygiene"),
    ("I moved our services to Python 3.11 last year.", "Python 3"),
])
def test_the_same_level_still_counts(said: str, requirement: str) -> None:
    assert answer_evidence(said, requirement)[0] == "evidenced"
    assert cv_meets(f"Skills\n{said}", requirement)


# 3. a requirement cut short ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "cut_mid"), [
    ("Numerate: confident writing summaries on shift throughput figures.", "on shift"),
    ("Patient: happy explaining rotas to agency staff members every morning.", "to agency"),
])
def test_a_long_requirement_ends_on_a_whole_phrase(line: str, cut_mid: str) -> None:
    job = f"Shift Supervisor\nWhat we're looking for\n- {line}\n- Calm under pressure, excellent written English.\n"
    head = line.split(":")[0]
    found = [r for r in extract_requirements(job) if r.startswith(head)]
    assert found, extract_requirements(job)
    assert not found[0].endswith(cut_mid), found  # never a phrase's first words without its head noun
    assert line.startswith(found[0]) and len(found[0].split()) >= 3, found


# 4. the role family, a name read as a skill, a suite and its apps -------------------------------------------------

SCHOOL_JOB = """School Office Administrator
Larkrise Primary School
You will run the busy school office: answer calls and emails from parents, keep admissions records and pupil
attendance data up to date, order supplies for classrooms and support the headteacher with diary management.
Essential:
- Proficient in Excel.
- Experience of office administration.
"""
ADMIN_CV = """Tomasz Nowak
Office Administrator
Experience
Office Administrator, Fairholme Vets, 2019 - present
- Managed appointment diaries for 5 vets and took 70 client calls a day.
- Produced monthly invoices for 400 clients.
Skills: Microsoft Office, minute taking
"""


def test_a_setting_word_in_the_title_is_not_the_role_family() -> None:
    assert infer_role_family("School Office Administrator", SCHOOL_JOB) == "operations"
    assert infer_role_family("Hospital Receptionist") == "customer support"
    assert infer_role_family("Primary School Teacher", SCHOOL_JOB) == "teaching"


def test_a_school_office_job_gets_no_classroom_questions() -> None:
    questions = " ".join(plan_questions(ADMIN_CV, SCHOOL_JOB, "School Office Administrator", count=8, seed="1"))
    assert not any(word in questions.lower() for word in ("lesson", "pupil refuses", "the class is watching")), \
        questions


def test_an_organisation_named_in_capitals_is_not_the_skill() -> None:
    assert not find_skills("Experience in Clinical Research Organisation settings.")
    assert not find_skills("Following World Health Organization guidance.")
    assert [h.name for h in find_skills("Excellent Organisation and planning.")] == ["Time management"]


def test_a_suite_covers_its_apps_and_an_app_shows_the_suite() -> None:
    assert cv_meets(ADMIN_CV, "Excel")
    assert not cv_meets(ADMIN_CV, "Advanced Excel (pivot tables)")  # a suite says nothing of an app's depth
    assert cv_meets("Skills\nExcel, minute taking", "Microsoft Office")
    tips = " ".join(build_report([], job_description=SCHOOL_JOB, cv_text=ADMIN_CV).cv_tips)
    assert "Excel" not in tips, tips


# 5. an employer's name with a mark of its own --------------------------------------------------------------------

MARK_CV = """Jade Okafor
Customer Service Adviser
Experience
Customer Service Adviser, Hearth. Home Repairs, 2021 - present
- Answered 80 calls a day and cut call-backs by 25%.
Support Agent, Zing! Inc., 2017 - 2021
- Resolved 1,100 tickets a year with a 94% satisfaction score.
"""


@pytest.mark.parametrize("name", ["Hearth. Home Repairs", "Zing! Inc."])
def test_a_name_with_a_mark_is_one_sentence(name: str) -> None:
    question = f"Thinking of your time at {name}: tell me about an unhappy customer. What did you do?"
    assert sentences(question)[0] == f"Thinking of your time at {name}: tell me about an unhappy customer."
    assert restated_question(f"What did you own at {name}?") == f"what did you own at {name}?"
    answer = f"At {name} I answered 80 calls a day and cut call-backs by 25%."
    assert len(sentences(answer)) == 1
    assert short_quote(answer, answer.index("cut"), answer.index("cut") + 3, width=20).startswith(f"At {name}")


def test_a_sentence_end_after_a_name_still_ends_it() -> None:
    assert len(sentences("I worked at Lidl. Then I moved to Aldi.")) == 2
    assert len(sentences("I worked at Lidl. The Store was busy.")) == 2


def test_a_name_with_a_mark_is_quoted() -> None:
    facts = quotable_facts(extract_cv_facts(MARK_CV), MARK_CV)
    assert {"Hearth. Home Repairs", "Zing! Inc."} <= set(facts["employers"]), facts["employers"]


# 6. a CV in another language -------------------------------------------------------------------------------------

FR_CV = """Léa Martin
Chargée de clientèle | Nantes
Expérience professionnelle
Chargée de clientèle — Banque Horizon, Nantes — 2019 – aujourd'hui
- Gestion d'un portefeuille de 300 clients particuliers et professionnels.
- Traitement des réclamations et suivi de la satisfaction client, en hausse de 12 points.
Formation
Licence Banque et Assurance — Université de Nantes, 2019
Compétences
Relation client, conseil, Excel, gestion des réclamations
"""
EN_JOB = """Customer Adviser
We are looking for a customer adviser to look after our small business clients.
Requirements:
- Experience handling customer complaints.
- Strong relationship management.
- Proficient in Excel.
"""


def test_a_cv_in_another_language_is_told_once_and_kindly() -> None:
    tips = build_report([], job_description=EN_JOB, cv_text=FR_CV).cv_tips
    said = [t for t in tips if "French" in t]
    assert len(said) == 1, tips
    assert "English" in said[0]
    assert tips[0] == said[0]


def test_a_cv_in_the_job_language_gets_no_language_tip() -> None:
    tips = build_report([], job_description=SCHOOL_JOB, cv_text=ADMIN_CV).cv_tips
    assert not any("written in" in t for t in tips), tips
