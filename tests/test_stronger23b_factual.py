"""A factual question (does the candidate hold a licence or registration, when could they start) gets a short outline
of its own kind, its yes or no first, never a story's Situation/Task/Action/Result with only a Result filled (newcomer,
session 23: a driving-licence answer got the STAR template). Made-up answers: a forklift driver, a paramedic, a chef."""

from __future__ import annotations

from tests.stronger_helpers import part, stronger

LICENCE_Q = ("The role would welcome a counterbalance forklift licence (a plus here, not a must), and I don't see it on "
             "your CV. Do you hold it, or where are you in getting it?")
LICENCE = "Yes, I've held a counterbalance licence since 2019, renewed last March, so I can drive on the loading bay from day one."


def test_a_licence_answer_gets_the_facts_outline_not_star() -> None:
    out = stronger(LICENCE_Q, LICENCE)
    assert "Situation:" not in out and "Task:" not in out and "Lesson:" not in out, out
    assert "counterbalance licence since 2019" in part(out, "Answer"), out


REG_Q = "Are you registered with the HCPC, and is your registration current?"
REG = ("Yes, I've been registered with the HCPC since 2016. My number is PA41872 and my renewal is due in August. "
       "I keep my CPD portfolio up to date every quarter.")


def test_a_registration_answer_keeps_its_details_after_the_yes() -> None:
    out = stronger(REG_Q, REG)
    assert "Situation:" not in out, out
    assert "registered with the HCPC since 2016" in part(out, "Answer"), out
    assert "PA41872" in part(out, "Detail"), out


START_Q = "What is your notice period, and when could you start?"
START = "My notice period is four weeks. I could start on the 3rd of March."


def test_an_availability_answer_gets_the_facts_outline() -> None:
    out = stronger(START_Q, START)
    assert "Situation:" not in out and "Approach:" not in out, out
    assert "four weeks" in part(out, "Answer"), out
    assert "3rd of March" in out, out


def test_an_accepted_foreign_licence_answer_gets_the_facts_outline() -> None:
    from core.coach.score import score_answer

    question = "Which licence or registration do you hold for this work, and how do you keep it current?"
    answer = ("Ich habe die Zulassung als Notfallsanitäterin seit 2017. Die Fortbildungen mache ich jedes Jahr bei der "
              "Rettungswache, und alle zwei Jahre wird die Reanimation geprüft.")
    cv = "Notfallsanitäterin\nRettungswache Nord, Kassel\nSeit 2017 im Rettungsdienst tätig, Zulassung als Notfallsanitäterin."
    job = "Notfallsanitäter (m/w/d)\nWir suchen eine Notfallsanitäterin für die Rettungswache Süd."
    out = score_answer(question, answer, job_description=job, cv_text=cv).stronger_answer
    assert "Concepts:" not in out and "Situation:" not in out, out
    assert "seit 2017" in part(out, "Answer"), out
