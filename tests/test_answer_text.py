"""Answer text: sentence boundaries. A full stop after an abbreviation does not end a sentence, so quotes,
sentence counts and the stronger answer never cut "at St. David's" into "at St" and "David's ..."
(a newcomer's answer did exactly that in session 6)."""

from __future__ import annotations

from core.analysis.answer import analyse_answer
from core.analysis.text import hold_abbreviations, sentences, short_quote

ANSWER = ("In my current role at St. David's ED, I faced a surge of 40 patients. Dr. Smith and Mr. Jones "
          "helped, e.g. by auditing the triage log. We used approx. 3 pumps vs. 2 before. It took 1.8 s to page "
          "them. Result: no missed sepsis cases that month.")


def test_abbreviations_do_not_end_a_sentence():
    assert sentences(ANSWER) == [
        "In my current role at St. David's ED, I faced a surge of 40 patients.",
        "Dr. Smith and Mr. Jones helped, e.g. by auditing the triage log.",
        "We used approx. 3 pumps vs. 2 before.",
        "It took 1.8 s to page them.",
        "Result: no missed sepsis cases that month.",
    ]


def test_a_sentence_that_ends_with_a_word_still_ends():
    assert sentences("No. I did not. I led it at J.P. Morgan. Then I left.") == [
        "No.", "I did not.", "I led it at J.P. Morgan.", "Then I left."]


def test_a_quote_runs_past_an_abbreviation():
    start = ANSWER.index("current")
    assert short_quote(ANSWER, start, start + len("current")).startswith("In my current role at St. David's ED")


def test_holding_keeps_every_offset():
    held = hold_abbreviations(ANSWER)
    assert len(held) == len(ANSWER) and held.count(".") == ANSWER.count(".") - 6


def test_the_sentence_count_of_an_answer_ignores_abbreviations():
    assert analyse_answer(ANSWER, "Tell me about a time you handled a surge.").sentence_count == 5

