"""A tool inside the CV line a question quotes is one the candidate's CV shows used: the report never tells them it
was missing (issue 15, session 18: "The tools or methods you used, by name (the job names Excel)" after a question
quoting "Built a standard costing model in Excel…")."""

from core.coach.score import score_answer

JOB = "Finance Analyst\n- Monthly reporting in Excel and Power BI.\n- Reconciliations.\n"
ANSWER = ("The hardest part was getting the regional heads to trust a new method. I sat with each of them for an hour "
          "and walked through last year's numbers until they agreed. Next time I would show them the method first.")


def _tools_gap(question: str) -> str:
    missing = score_answer(question, ANSWER, job_description=JOB).missing
    return next((m for m in missing if m.startswith("The tools or methods you used")), "")


def test_a_tool_in_the_quoted_cv_line_is_not_called_missing():
    question = ('On your CV you wrote "Rebuilt the regional sales forecast in Excel, cutting the error from 9% to 4%" '
                "(at Ardent Ltd). What was the hardest part of getting there, and what would you do differently now?")
    assert "Excel" not in _tools_gap(question)


def test_a_tool_the_question_asks_about_still_is():
    question = "You list Excel. What was the hardest problem you have faced in Excel, and how did you solve it?"
    assert "Excel" in _tools_gap(question)
