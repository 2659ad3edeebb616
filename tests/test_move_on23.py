"""Session 23 (re-check B, B7): "I don't know" to a question grounded in the CV ("Your CV points to related
experience…", "…, which your CV shows", "You list … on your CV") gets a move-on that does not contradict what the
question just said: never "That's fine, not everyone has." (the question had just said the CV shows it), but a move-on
asking for the piece of that work the candidate knows best, in the answer's language. Made-up questions."""

from __future__ import annotations

import pytest

from core.coach.denial_turn import asks_closest_after
from core.coach.follow_up import follow_up_question
from core.coach.move_on_kind import question_kind

GROUNDED = (
    "This job involves incident reporting. Your CV points to related experience: walk me through the part of it "
    "closest to what we need here, and how it turned out.",
    "The role calls for stock rotation, and your CV shows related work. Which piece of that work comes closest, and "
    "what did you do there yourself?",
    "The role calls for budget tracking, which your CV shows. Which example from your work shows it best, and what "
    "would you do differently now?",
    "You list care planning on your CV: “Wrote care plans for 18 residents”. What was the hardest part of it?",
)


@pytest.mark.parametrize("question", GROUNDED)
@pytest.mark.parametrize("answer", ["I don't know.", "Sorry, I don't know", "No lo sé.", "Je ne sais pas."])
def test_i_dont_know_to_a_question_grounded_in_the_cv_gets_a_move_on_that_fits(question: str, answer: str) -> None:
    assert question_kind(question) == "cv", question
    assert asks_closest_after(question, answer)
    texts = {follow_up_question("not_experienced", question, answer, variant=v) for v in range(3)}
    for text in texts:
        assert "not everyone has" not in text.lower(), text
        assert "would you handle it" not in text, text
    assert all("CV" in t for t in texts), texts  # the move-on points back at the work the CV shows
    assert len(texts) == 2, texts  # two wordings, each asked once in an interview


def test_a_question_on_something_the_cv_lacks_keeps_the_closest_thing_move_on() -> None:
    question = ("This job involves incident reporting, which I don't see on your CV. Tell me about a time you had to "
                "learn something similar quickly.")
    assert question_kind(question) != "cv"
    assert follow_up_question("not_experienced", question, "I don't know.").startswith(("That's", "No problem"))
