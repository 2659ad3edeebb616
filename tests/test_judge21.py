"""What an abstractly worded question asks is read by meaning (issue 15, session 21, judge21).

Made-up text of the kinds seen in the browser: a strong answer to a question whose subject is worded abstractly
("align several teams with competing priorities", "an ambitious target"), built on a requirement label ("The role
calls for leading a team…"), naming a job requirement in passing ("Costs are 12% over budget…" beside "owning the
budget") or asking two things ("…, and how do you handle being wrong?") is on topic; an answer about something else
(a tenure, a career, a holiday) to a question with few subject words of its own is still caught.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.scorer_offtopic import called_off_topic
from core.coach.redirect import about_something_else
from core.coach.score import score_answer

PAIRS = json.loads((Path(__file__).parent / "data" / "abstract21_pairs.json").read_text(encoding="utf-8"))["pairs"]

ALIGN_Q = "Thinking of your time at Tarnside Mills: tell me about a time you had to align several teams with competing priorities on a single plan."
ALIGN_A = ("Last year the dye house wanted fewer colour changes, the sales team wanted six new shades for a catalogue and "
           "finance wanted stock cut by a tenth. I sat the three managers down with one shared number, stock days, and "
           "priced each option in a sheet. We agreed to launch four shades on a fixed weekly dye slot and clear two old "
           "ones. Stock days fell from 41 to 33 and the catalogue went out on time.")
TARGET_Q = "Tell me about a time you worked towards an ambitious target. How did you plan to hit it?"
TARGET_A = ("The board asked our depot to cut fuel spend by £400k in a year, nearly a quarter of it. I broke it into "
            "route changes, idling and tyre pressure, gave each a monthly number and a driver champion, and reviewed the "
            "tracker every month. When routes slipped I moved effort onto idling. We finished on £340k of the £400k.")
LEAD_Q = ("The role calls for leading a team, and your CV shows related work. Which piece of that work comes closest, "
          "and what did you do there yourself?")
LEAD_A = ("At Westgate Library I line manage four library assistants. When visits dropped in 2023 I ran a monthly "
          "training session on the new catalogue, observed each assistant on the desk twice a term and gave written "
          "feedback, and set the rota so someone was always free for school groups. Visits rose by 18% that year and "
          "one assistant was promoted.")
BUDGET_Q = "Costs are 12% over budget. How do you explain the variance to a non-finance manager?"
BUDGET_JOB = "Finance Business Partner\nRequirements:\n- owning the budget\n- variance analysis\n- building business cases"
BUDGET_A = ("I start from what the manager cares about. At Fenwick Bakeries the night manager could not see why his "
            "line had lost money on higher volumes, so I drew a one-page bridge from last year's margin to this "
            "year's: more overtime, a price rise on flour and more waste. I talked him through it in ten minutes and "
            "we agreed two actions on overtime. By the year end the overspend was down to 4%.")
CAPACITY_Q = "How do you plan capacity or staffing for a period of unpredictable demand? Give an example."
CAPACITY_JOB = "Service Desk Manager\nRequirements:\n- capacity planning\n- Zendesk\n- CSAT"
CAPACITY_A = ("The clearest case was the spring launch at Harlow Telecom, when tickets doubled. I pulled last year's "
              "volumes by hour, added this year's growth and modelled tickets per hour. I moved three agents onto a "
              "later shift, agreed overtime for two weekends and opened a callback queue at peak. First response "
              "stayed under four hours all month.")
WRONG_Q = "How do you build a forecast that the business trusts, and how do you handle being wrong?"
WRONG_A = ("In my second month at Pendle I posted a £60k freight accrual twice, so the margin looked half a point "
           "worse. I found it when I reconciled the accruals list, told my manager that morning, reversed the entry "
           "and sent the directors a short note. I added a duplicate check to the month-end list, and it has caught "
           "one more since.")
BOTTLENECK_Q = "How would you find the biggest bottleneck in a process you've just inherited?"
TENURE_A = ("I have been practice manager at Osier & Dunn since 2017, so nine years now. I look after the building, "
            "suppliers and a £70k budget, and I manage three receptionists.")
CAREER_A = ("I joined the trust in 2014 as an administrator, was promoted to team leader in 2018 and then to office "
            "manager in 2022. I have always liked working with people.")
HOLIDAY_A = ("Last summer I went travelling around Croatia for a fortnight with three friends. I planned the "
             "itinerary, booked the hostels and kept our spending in a shared sheet.")


def _relevance(question: str, answer: str, job: str = "") -> tuple[int, str, list[str]]:
    score = score_answer(question, answer, job_description=job)
    return score.relevance.score, score.relevance.evidence, score.missing


def test_aligning_teams_is_shown_by_an_agreed_plan_across_them():
    rel, evidence, _ = _relevance(ALIGN_Q, ALIGN_A)
    assert rel >= 4, evidence
    assert "takes up none" not in evidence


def test_an_ambitious_target_is_shown_by_a_goal_set_and_how_far_it_was_reached():
    rel, evidence, _ = _relevance(TARGET_Q, TARGET_A)
    assert rel >= 4, evidence


def test_leading_a_team_is_shown_by_line_managing_observing_and_training():
    rel, evidence, missing = _relevance(LEAD_Q, LEAD_A)
    assert rel >= 4, evidence
    assert "shows nothing of" not in evidence
    assert not any("leading a team" in m for m in missing)


def test_a_requirement_named_in_passing_is_not_the_question_s_subject():
    rel, evidence, missing = _relevance(BUDGET_Q, BUDGET_A, BUDGET_JOB)
    assert rel >= 4, evidence
    assert not any("owning the budget" in m for m in missing)


def test_capacity_planning_is_shown_by_volumes_shifts_and_overtime():
    rel, evidence, missing = _relevance(CAPACITY_Q, CAPACITY_A, CAPACITY_JOB)
    assert rel >= 4, evidence
    assert not any("capacity planning" in m for m in missing)


def test_a_two_part_question_is_answered_by_its_second_part():
    assert not called_off_topic(WRONG_Q, WRONG_A)
    assert not about_something_else(WRONG_Q, WRONG_A)
    rel, evidence, _ = _relevance(WRONG_Q, WRONG_A)
    assert rel >= 3, evidence
    assert "another question" not in evidence


@pytest.mark.parametrize("answer", [TENURE_A, CAREER_A])
def test_a_tenure_or_a_career_to_a_problem_finding_question_is_caught(answer):
    score = score_answer(BOTTLENECK_Q, answer)
    assert about_something_else(BOTTLENECK_Q, answer) or score.relevance.score <= 2
    assert score.overall <= 4


def test_a_holiday_told_to_an_aligning_question_is_caught():
    score = score_answer(ALIGN_Q, HOLIDAY_A)
    assert called_off_topic(ALIGN_Q, HOLIDAY_A) or score.relevance.score <= 2
    assert score.overall <= 4


def test_the_team_pairs_file_is_well_formed():
    assert len(PAIRS) >= 40
    assert {p["label"] for p in PAIRS} == {"on", "off"}
    assert all(p["question"].strip() and p["answer"].strip() and p["kind"] for p in PAIRS)


QUOTE_Q = ("You list stock control on your CV: “I run the stores, order parts for two lines and keep the van stock "
           "lists and a…”. What was the hardest problem you have faced in stock control, and which trade-offs did "
           "you weigh?")
QUOTE_A = ("The hardest was in 2023 when our bearing supplier went into administration and we had three weeks of "
           "spares left. I decided to hold stock control on the critical lines first: I counted every bin, moved "
           "the slow movers to a reorder point of zero and bought from a dearer distributor for the top twenty "
           "parts. The trade-off was about £6,000 more a quarter against a line standing. We never ran out.")


def test_a_cv_line_a_question_quotes_is_not_its_subject():
    from core.coach.framing import asked_requirement, question_content

    assert question_content(QUOTE_Q, subject=True) == "stock control"
    assert asked_requirement(QUOTE_Q) == "stock control"
    score = score_answer(QUOTE_Q, QUOTE_A)
    assert score.relevance.score >= 4, score.relevance.evidence
    assert not any("van stock" in m or "“" in m for m in score.missing)


def test_a_requirement_is_named_whole_never_by_one_of_its_words():
    from core.coach.asked_requirement import unshown_requirement

    job = ["building business cases", "capacity planning"]
    chat = "At the moment I work in retail and I like my job a lot; the people are great."
    assert unshown_requirement("How do you build a forecast that the business trusts?", chat, job) == ""
    assert unshown_requirement(CAPACITY_Q, chat, job) == "capacity planning"  # "plan capacity" names it whole
