"""A requirement named only inside the CV line a question quotes is not what the question asks about (newcomer,
session 17: "It shows nothing of 'Excel', which the question asks about" capped a 'hardest part' answer at 3/5)."""

from core.coach.asked_requirement import unshown_requirement

QUOTING = ('On your CV you wrote "Rebuilt the night rota in Excel so that agency spend fell by a third" (at Lakeside '
           'Care). What was the hardest part of getting there, and what would you do differently now?')
ANSWER = ("The hardest part was getting the senior carers to trust a new pattern. I walked each of them through "
          "their own weeks first. Now I would ask them to draft it with me from the start.")


def test_a_tool_in_the_quoted_line_is_not_asked_about():
    assert unshown_requirement(QUOTING, ANSWER, ["Excel", "Rota planning"]) == ""


def test_a_tool_the_question_itself_names_still_is():
    asking = "How have you used Excel to plan a rota, and what did it change?"
    assert unshown_requirement(asking, ANSWER, ["Excel", "Rota planning"]) == "Excel"
