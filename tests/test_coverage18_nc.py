"""Session 18 newcomer: coverage rows that disagreed with the answers (made-up answers).

* the one who does a field's work names the field: "a frontend engineer for eight years" shows "6+ years of frontend
  software development", and the quote ends at its clause, never on the next clause's first word;
* a job title is no evidence of a skill whose words it shares ("account manager" is no "stakeholder management");
* a years requirement is shown only by years stated, never by a high-scoring title sentence without them.
"""

import pytest

from core.coach import score_answer
from core.coach.coverage import coverage_item
from core.coach.coverage_shared import coverage_rows


def _item(requirement: str, answer: str, question: str = "Tell me about your experience.", score=None):
    return coverage_item(requirement, [(question, answer, score)])


@pytest.mark.parametrize(("requirement", "answer"), [
    ("6+ years of frontend software development experience",
     "I've been a frontend engineer for about eight years, first at Brightloop on booking pages and, since 2021, at Vantor."),
    ("5+ years of data analysis experience",
     "I have worked as a data analyst for seven years, mostly in retail pricing."),
    ("3+ years of mobile development experience", "I've been a mobile developer for four years; I ship our Android app."),
])
def test_the_doer_of_the_field_shows_its_years(requirement, answer):
    item = _item(requirement, answer)
    assert item.status == "evidenced"
    assert not item.evidence.rstrip('"').endswith((", first", " first", " mostly", ";"))
    assert item.evidence.rstrip('"').endswith("years")


@pytest.mark.parametrize(("requirement", "answer"), [
    ("6+ years of frontend software development experience", "I've been a backend engineer for about eight years."),
    ("5+ years of data analysis experience", "I have been a data analyst for two years."),
])
def test_another_field_or_fewer_years_is_not(requirement, answer):
    assert _item(requirement, answer).status != "evidenced"


def test_years_shared_sentence_stays_with_the_years_row():
    answer = ("I've been a frontend engineer for about eight years, first at Brightloop building React booking pages "
              "and, since 2021, at Vantor.")
    rows = [("Walk me through your background.", answer, None)]
    items = coverage_rows([["React"], ["6+ years of frontend software development experience"]], rows)
    assert [i.status for i in items] == ["evidenced", "evidenced"]


@pytest.mark.parametrize(("requirement", "answer"), [
    ("stakeholder management", "I'm an account manager at Brightwell, where I look after 30 renewals a quarter."),
    ("stakeholder management", "I'm a senior product manager at Corvel, where I own the checkout squad."),
])
def test_a_job_title_is_no_evidence_of_a_skill_it_shares_words_with(requirement, answer):
    assert _item(requirement, answer).status != "evidenced"


def test_stakeholder_work_still_is():
    answer = "I managed our stakeholders in finance and legal through a weekly review, and the launch went out on time."
    assert _item("stakeholder management", answer).status == "evidenced"


def test_a_title_sentence_without_years_is_no_years_evidence():
    question = "Could you walk me through your background and what draws you to the Product Manager, Growth role at Ardent?"
    answer = ("I'm a senior product manager at Corvel, where I own self-serve signup for a booking tool used by 9,000 "
              "clinics. Before that I spent two years at Halden Labs on billing, where I launched annual plans. Growth "
              "draws me because at Corvel I lifted trial conversion from 11% to 17%, and I want to own the whole funnel.")
    score = score_answer(question, answer)
    assert score.relevance.score >= 4
    item = _item("4+ years of product management experience", answer, question, score)
    assert item.status != "evidenced"


@pytest.mark.parametrize("question", [
    "Describe how you handled a persistent behaviour problem with one student.",
    "How do you plan a lesson so that every pupil, from the strongest to the weakest, learns something?",
])
def test_a_credential_is_not_asked_by_a_question_of_its_field(question):
    answer = "I moved him next to the door, agreed a signal with him and phoned his dad every Friday for six weeks."
    item = coverage_item("Qualified Teacher Status (QTS)", [(question, answer, None)])
    assert item.status == "not probed" and "Asked about" not in item.evidence


def test_a_held_credential_line_is_one_requirement():
    from core.analysis.job import extract_requirements

    jd = ("Year 4 teacher\n\nThe successful candidate will:\n- Hold Qualified Teacher Status (QTS)\n"
          "- Hold a current first aid certificate\n- Have a secure knowledge of the maths mastery approach\n")
    found = [r.lower() for r in extract_requirements(jd)]
    assert sum("qualified teacher status" in r for r in found) == 1


def test_a_question_sharing_a_requirements_purpose_words_does_not_ask_it():
    from core.coach.question_names import names_requirement

    goal = ("Thinking of your time at Ashgrove Primary: give me an example of a goal you set for yourself and how you "
            "tracked your progress toward it.")
    assert not names_requirement(goal, "assessment to track progress")
    assert names_requirement("How do you use assessment to track progress in your class?", "assessment to track progress")
    item = coverage_item("assessment to track progress", [(goal, "I set myself a goal to run 10k and trained weekly.", None)])
    assert "Asked about" not in item.evidence


def test_a_high_scored_answer_in_another_language_is_not_said_to_miss_the_requirement():
    question = "You're given three urgent tasks by three different managers on the same morning. How would you handle it?"
    answer = ("Je trie les trois demandes selon l'urgence pour les clients et l'heure de départ des camions. En mai 2024, "
              "j'ai traité d'abord la palette bloquée au quai, puis j'ai confié l'inventaire à mon adjoint et envoyé le "
              "rapport avant 15 h. J'ai appelé le transporteur, puis prévenu les trois responsables de l'ordre choisi.")
    job = ("Responsable d'entrepôt (H/F)\nVos missions :\n- Organiser les flux de réception et d'expédition\n"
           "- Gérer les relations avec les transporteurs et les clients\n- Encadrer une équipe de préparateurs\nProfil : organisation, rigueur, maîtrise d'Excel.")
    cv = ("Chef d'équipe logistique, Entrepôts Morel, Lyon (2020 - aujourd'hui)\n- Je pilote la réception de 60 camions "
          "par semaine\n- J'ai réduit les erreurs de préparation de 30 %\nFormation : BTS Gestion des transports")
    score = score_answer(question, answer, job_description=job, cv_text=cv)
    assert score.relevance.score >= 4
    from core.coach.plan_probes import probes_by_plan

    assert probes_by_plan(question, "organisation")
    item = coverage_item("organisation", [(question, answer, score)])
    assert "did not show it" not in item.evidence
    assert "French" in item.evidence
