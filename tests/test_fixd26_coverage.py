"""Session 26 newcomer (findings 5, 6, 7): the report's coverage rows, CV tips and summary on sales and BI interviews.

Cold calling is shown by the calls themselves ('100 to 250 cold calls a day', 'leads cold contacted daily', 'made phone
calls (usually 100-250 a day)…'), and its evidence quote is the sentence that shows it; a plan to learn VBA beside a
GitHub Actions story is no VBA; the summary's verdict is the rows' verdict.
"""

from __future__ import annotations

from core.coach.coverage import coverage_item
from core.coach.coverage_cv import cv_line
from core.coach.report_tips import cv_tips
from core.coach.score import score_answer


def _row(req: str, question: str, answer: str):
    return coverage_item(req, [(question, answer, score_answer(question, answer))])


SDR_ANSWER = ("At Moxie Pest Control I was a sales representative. Before that at Squeeze Media I made 100 to 250 cold "
              "calls a day to mortgage lenders and was ranked number one among BDRs for sales qualified leads. I want "
              "the SDR role because outbound prospecting and qualifying leads is the part of sales I am best at.")


def test_cold_calls_named_in_an_answer_are_the_quote_not_a_wish_about_outbound():
    row = _row("cold calling", "Tell me about your last role and why this SDR role.", SDR_ANSWER)
    assert row.status == "evidenced"
    assert "cold calls a day" in row.evidence
    assert "I want" not in row.evidence


def test_cv_lines_of_cold_contacting_and_daily_phone_calls_show_cold_calling():
    contacted = "Ranking in the top 2 percent among total leads cold contacted daily"
    calls = "I made phone calls (usually 100-250 a day) in the attempt to create a qualified sales lead"
    assert cv_line(f"Sales Associate, Squeeze Media\n{contacted}\nProficient in Salesforce", "cold calling") == contacted
    assert cv_line(f"Business Development Rep\n{calls}", "cold calling") == calls
    tips = " ".join(cv_tips(f"Business Development Rep\n{calls}", ["cold calling", "Outreach.io"])).lower()
    assert "outreach.io" in tips and "cold calling" not in tips


def test_answering_calls_is_no_cold_calling():
    cv = "Receptionist\nAnswered phone calls and greeted visitors at the front desk"
    assert cv_line(cv, "cold calling") == ""
    tips = " ".join(cv_tips(cv, ["cold calling"])).lower()
    assert "cold calling" in tips


def test_a_plan_to_learn_an_acronym_beside_another_tools_story_is_no_evidence_of_it():
    question = ("How would you get up to speed on VBA in your first months here? Your CV doesn't show that yet, so be "
                "concrete about what you'd do first.")
    answer = ("I don't know.\n\n(Follow-up: That's all right. What is the closest thing you have done, or how would "
              "you approach it if it happened in your first month here?)\nThe closest is automation: I automated our "
              "CI checks and documentation builds with GitHub Actions and Makefiles, which cut our release time from "
              "a day to an hour. For VBA I would take a short course and automate one weekly Excel report first.")
    row = _row("VBA", question, answer)
    assert row.status == "weak"
    assert "GitHub" not in row.evidence


def test_an_acronym_done_in_the_answer_still_counts():
    question = "How would you get up to speed on VBA in your first months here?"
    answer = ("I already use VBA: at my last job I wrote VBA macros that built our weekly Excel sales report, which cut "
              "the time to produce it from four hours to ten minutes.")
    assert _row("VBA", question, answer).status == "evidenced"
