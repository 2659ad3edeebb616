"""Stronger answers file the candidate's own sentences under the right heading, in their order (issue 15, session 25).

Made-up answers of the kinds the session 24 re-check found misfiled: an excuse kept as the situation, a cliché as the
reason for the role, a step of a plan under Trade-offs or Result, a story's setting under Action, a result under
Situation, a principle of the candidate's under Situation, the current job's result under Before."""

from __future__ import annotations

import re

from core.coach.score import score_answer

_HEAD_RE = re.compile(r"(?:^|\s)((?:[A-Z][a-z-]+)(?: [a-z]+){0,2}):\s")


def _heading(out: str, key: str) -> str | None:
    """The heading ``key`` sits under in the stronger answer ``out``; None when it is not there."""
    i = out.lower().find(key.lower())
    if i < 0:
        return None
    heads = list(_HEAD_RE.finditer(out[:i]))
    return heads[-1].group(1) if heads else "?"


def _stronger(question: str, answer: str) -> str:
    return score_answer(question, answer).stronger_answer


def test_blamed_answer_hands_back_no_excuse_nor_habit_of_passing_it_on():
    out = _stronger(
        "Tell me about a time a delivery you were responsible for went wrong.",
        "Honestly the late deliveries are never my fault. When a van is late, it's because the depot loads it late or the "
        "driver takes the wrong route. If a shop manager complains I just forward the email to the depot, and if it goes "
        "wrong after that it's on the depot, not me.")
    for key in ("never my fault", "depot loads it late", "forward the email", "not me"):
        assert _heading(out, key) is None, out
    assert "Situation: [" in out


def test_disowning_sentence_is_never_a_step_of_the_model_answer():
    out = _stronger(
        "A customer rings to say their refund has not arrived. What would you do?",
        "I check the refund on the payments screen while they are on the line. I tell them refunds are not my department "
        "and that they should email accounts.")
    assert _heading(out, "payments screen") is not None, out
    assert _heading(out, "not my department") is None, out


def test_stock_reason_is_no_model_reason_for_the_role():
    out = _stronger(
        "Why do you want this role with us?",
        "I've run the accounts payable ledger at a housing association for four years, about 3,000 invoices a month. "
        "I'm looking for a new challenge.")
    assert _heading(out, "3,000 invoices") == "Evidence", out
    assert _heading(out, "new challenge") is None, out


def test_a_step_with_its_purpose_is_a_step_not_a_trade_off():
    out = _stronger(
        "A diner says their steak is raw in the middle and the kitchen is slammed. What would you do?",
        "I apologise at the table and take the plate back myself. I ask the grill chef to fire a fresh steak at once, so "
        "the guest is not waiting for a re-cook of the old one. I go back and tell them what we can do for them, and take "
        "the steak off the bill so they are not paying for it. I'd cook a new one rather than put the old one back on the grill.")
    assert _heading(out, "fire a fresh steak") == "Steps", out
    assert _heading(out, "take the steak off") == "Steps", out
    assert _heading(out, "rather than put") == "Trade-offs", out


def test_a_triage_keeps_the_candidates_order_and_no_step_is_a_result():
    out = _stronger(
        "Three things happen at once in the bar: a guest faints, a chef cuts a finger, and a tray of glasses is dropped. "
        "How would you prioritise them, and why in that order?",
        "The guest first, because they could have hit their head: I'd check they are breathing and call a first aider. "
        "Then the cut finger in the kitchen, a blue plaster and gloves. The dropped glass I'd cone off until I could "
        "sweep it.\n(Follow-up: Can you give one real example?)\n"
        "In our bar the closest was last winter, when a guest fainted by the door while I was serving. I sat her down, "
        "sent a colleague for the first aider and stayed with her; she was fine within ten minutes.")
    assert _heading(out, "Then the cut finger") == "Steps", out
    assert out.find("Then the cut finger") < out.find("dropped glass"), out


def test_a_problem_noticed_when_the_story_opens_is_its_situation():
    out = _stronger(
        "Give me an example of a time you spotted a problem before anyone else.",
        "When our depot moved to handheld scanners in 2023, I noticed that returns were being scanned as new stock, and "
        "nobody had picked it up. I flagged it to the shift manager and wrote a one-page guide for the returns bench. "
        "Within two weeks stock errors fell from thirty a day to two.")
    assert _heading(out, "handheld scanners") == "Situation", out
    assert _heading(out, "flagged it") == "Action", out
    assert _heading(out, "stock errors fell") == "Result", out


def test_an_outcome_said_with_an_opinion_is_a_result_and_the_opinion_is_left_out():
    out = _stronger(
        "Tell me about a time you helped a new colleague.",
        "I sat with them on their first three shifts and went through the checklists. I also made a crib sheet of the "
        "stock codes. They both passed their probation, so I think it went well.\n(Follow-up: What was the hardest "
        "part?)\nOne of them, Tom, froze when a customer shouted at the till. Afterwards I went through the refund "
        "screen with him twice. The next week he took three refunds on his own and passed his till check.")
    assert _heading(out, "passed their probation") == "Result", out
    assert _heading(out, "I think it went well") is None, out
    assert _heading(out, "Tom, froze") == "Situation", out
    assert _heading(out, "passed his till check") == "Result", out


def test_the_candidates_principle_opening_a_story_is_no_situation():
    out = _stronger(
        "How do you decide which jobs your team does first? Give an example.",
        "I order the jobs by what is blocking someone else, not by who shouted loudest. At Kestrel Lifts in 2024 I had "
        "three engineers and eleven open call-outs one Monday. I put the two trapped-passenger calls first and sent the "
        "service visits to Tuesday. Every trapped passenger was out within forty minutes.")
    assert _heading(out, "what is blocking") != "Situation", out
    assert _heading(out, "Kestrel Lifts") == "Situation", out
    assert _heading(out, "trapped passenger was out") == "Result", out


def test_the_current_jobs_result_is_under_now_not_before():
    out = _stronger(
        "Tell me briefly about the work you do now, and why this role.",
        "I run the service desk at Fernley College, a team of four covering 3,000 students. Last year I cut the ticket "
        "backlog from 400 to 90 by adding a self-service reset page and reviewing the tickets from the week before. Before that I spent two years on the desk at "
        "Orton Council. This role is my next step because I want to lead the whole IT support function.")
    assert _heading(out, "ticket backlog") == "Now", out
    assert _heading(out, "Orton Council") == "Before", out


def test_a_credential_answer_with_a_story_is_laid_out_as_one():
    s = score_answer(
        "The role asks for a food hygiene certificate, which your CV shows. How do you keep it current, and when did it "
        "last matter?",
        "I renew my Level 3 food hygiene certificate every three years and keep the records in the kitchen file. It last "
        "mattered in May, when an inspector questioned our cooling times; I showed her the probe logs and talked her "
        "through the blast chiller routine, and she gave us a five rating that week.")
    out = s.stronger_answer
    assert _heading(out, "inspector questioned") == "Situation", out
    assert _heading(out, "showed her the probe logs") == "Action", out
    assert _heading(out, "five rating") == "Result", out
    assert "result" not in s.structure.evidence.split("Missing:")[-1], s.structure.evidence


def test_what_the_person_helped_did_next_is_the_result():
    out = _stronger(
        "Tell me about a time you helped a new colleague who was struggling.",
        "Our newest accounts clerk, Dan, kept missing the invoice checks at month end. I sat with him for his first two "
        "closes and made him a card of the five checks. The following month he ran the invoice checks alone.")
    assert _heading(out, "sat with him") == "Action", out
    assert _heading(out, "ran the invoice checks") == "Result", out


def test_passing_it_on_is_never_the_situation_of_a_blamed_answer():
    out = _stronger(
        "Tell me about a time a job you ran overran.",
        "Honestly it was never my fault. The job overran because the scaffolders never turned up on the Monday. I just told "
        "the client to ring the scaffolders, and if it went wrong that was on them, not me.")
    assert _heading(out, "ring the scaffolders") is None, out
    assert _heading(out, "never turned up") is None, out


def test_its_not_my_department_is_left_out():
    out = _stronger(
        "A customer rings to say their delivery has the wrong item in it. What would you do?",
        "I take the order number and check the picking record while they wait. I tell them it's not my department and "
        "that they should email returns.")
    assert _heading(out, "picking record") is not None, out
    assert _heading(out, "not my department") is None, out
