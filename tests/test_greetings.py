"""One greeting recogniser (core.coach.greetings) for a question's heading and for the text it asks in."""

from core.coach.phrasing import question_heading
from core.coach.question_names import asking_part


def test_the_heading_and_the_asking_text_drop_the_same_greetings():
    question = "Tell me about the budget you ran at Norrow Ltd."
    for greeting in ("Pleased to meet you.", "Lovely to see you!", "Hello and welcome.", "Thanks for joining us today."):
        assert question_heading(f"{greeting} {question}") == question, greeting
        assert asking_part(f"{greeting} {question}") == question, greeting


def test_a_sentence_that_asks_is_cut_from_a_heading_but_kept_where_a_requirement_is_read():
    question = "Hi, how was the drive in? Tell me about the budget you ran."
    assert question_heading(question) == "Tell me about the budget you ran."
    assert asking_part(question) == question
