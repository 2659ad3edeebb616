"""Session 17 newcomer: "..." was taken as the last answer and ended the interview. An answer of only
punctuation (or symbols) has no words: it is refused as an empty answer, with the same sentence."""

from __future__ import annotations

import pytest

from core.interview import AnswerError
from core.interview.answering import EMPTY_ANSWER, Answering


@pytest.mark.parametrize("text", ["...", " …  ", "?!", "-- -", "\u2014", "\"\"", "(.)", "¿?", "* * *\n."])
def test_an_answer_of_only_punctuation_is_refused_as_empty(text):
    with pytest.raises(AnswerError) as refused:
        Answering().validate_answer(text, max_chars=8000)
    assert str(refused.value).startswith(EMPTY_ANSWER)
    assert "punctuation" in str(refused.value)


@pytest.mark.parametrize("text", ["42", "No.", "Sí, claro.", "是的", "Да", "I don't know...", "£5k", "... yes"])
def test_an_answer_with_a_word_or_a_number_is_taken(text):
    assert Answering().validate_answer(f"  {text} ", max_chars=8000) == text


def test_a_blank_answer_says_the_same_sentence():
    with pytest.raises(AnswerError) as refused:
        Answering().validate_answer(" \n\t ", max_chars=8000)
    assert str(refused.value).startswith(EMPTY_ANSWER)
