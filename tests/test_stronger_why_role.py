"""A question asking why this role (alone, or with the candidate's current work) gets a model answer of reasons tied to
the job, never a Situation/Task/Action/Result outline, and keeps the candidate's reason (recheck, session 14: the
reason after "because" was cut and "Why this role" read "I want this role, I want to keep growing…"). Made-up text."""

from __future__ import annotations

from core.coach.score import score_answer

WORK_AND_WHY = ("To start, you're currently Store Supervisor at Brightmart. Walk me through that work and why the Store "
                "Manager role at Greenfield Stores is your next step.")
OWN_AND_WHY = "Let's begin with your time at Brightmart: what did you run there, and why the Store Manager role at Greenfield?"


def test_work_and_why_questions_get_no_star_outline():
    answers = {
        WORK_AND_WHY: ("At Brightmart I run the weekend shift with 20 cashiers, from opening to the cash-up. Greenfield "
                       "serves the same shoppers and I want a bigger store and a brand I trust."),
        OWN_AND_WHY: ("At Brightmart I owned the tills on my shifts and I was supervisor on weekends, so I ran rotas with "
                      "the store manager. I want this role because Greenfield is a bigger store with a click-and-collect hub."),
    }
    for question, answer in answers.items():
        out = score_answer(question, answer).stronger_answer
        assert "Situation:" not in out and "Task:" not in out, out
        assert "bigger store" in out.split("Why this role:")[1], out  # the reason, under "Why this role"


def test_the_reason_after_because_is_kept():
    answer = ("At Brightmart I owned the tills on my shifts. I want this role because Greenfield is a bigger Level II "
              "flagship store with weekend sales, and I want to keep growing as a supervisor and trainer in a busier store.")
    out = score_answer("Why do you want the Store Manager role at Greenfield?", answer).stronger_answer
    why = out.split("Why this role:")[1].split("Evidence:")[0]
    assert "flagship store" in why, out


def test_a_question_asking_for_an_order_gets_steps_and_keeps_the_follow_up_order():
    question = ("Three deliveries arrive together: frozen goods, a broken pallet and a late courier. How do you triage "
                "them, and why in that order?\n(Follow-up: Walk me through how you would do it: what first, and why?)")
    answer = ("I would check the frozen goods first because they could spoil, then the others.\n\n"
              "Frozen goods first, then the broken pallet, then the courier.")
    out = score_answer(question, answer).stronger_answer
    assert "Steps:" in out and "Concepts:" not in out, out
    steps = out.split("Steps:")[1]
    assert "broken pallet" in steps and "courier" in steps, out
