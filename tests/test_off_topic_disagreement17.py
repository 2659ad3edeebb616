"""A story about something else told to a disagreement question is redirected (newcomer, session 17: a deal-win
story given to "a situation where you disagreed with a colleague" moved on without a word)."""

from core.coach.follow_up import follow_up_reason
from core.coach.redirect import redirect_reason

QUESTION = "Tell me about a time you disagreed with your manager about a plan. How was it resolved?"
OFF = ("My proudest moment was cutting warehouse picking errors by 30 percent in 2022. I mapped the picking routes, "
       "retrained the team of twelve and relabelled every inventory location in six weeks.")
ON = ("My manager wanted to move the stock count to weekends and I thought it would burn out the warehouse team. "
      "I showed her the overtime figures, we agreed to count one aisle a night instead, and errors fell by 20 percent.")
ON_OTHER_WORDS = ("Our shift lead wanted to pick the warehouse orders one by one, while I argued batch picking would "
                  "save walking. We ran both for a week and the inventory counts showed batch picking was faster.")


def _redirect(answer: str):
    return redirect_reason(QUESTION, answer, reason=follow_up_reason(QUESTION, answer))


def test_a_story_about_something_else_is_redirected():
    assert _redirect(OFF) == ("off_topic", None)


def test_a_disagreement_story_is_not():
    assert _redirect(ON) is None
    assert _redirect(ON_OTHER_WORDS) is None
