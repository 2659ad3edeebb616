"""Answer text: sentence boundaries and the language check. A full stop after an abbreviation does not end a sentence, so quotes,
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


def test_a_plainly_english_answer_skips_langdetect(monkeypatch):
    """English function words at 15 % of the words or more: English without langdetect (2-4 ms an
    answer on the turn's path); other languages still go to it."""
    from core.analysis import language

    calls: list[str] = []
    real = language._detector()

    def counting():
        def detect(text):
            calls.append(text)
            return real(text)
        return detect

    monkeypatch.setattr(language, "_detector", counting)
    english = "I led the migration of our billing system to the cloud and we cut costs by 31% within five months."
    assert language.detect_language(english) == "en" and calls == []
    spanish = "En mi trabajo anterior administré el inventario de la farmacia y detecté errores en los pedidos nuevos."
    assert language.detect_language(spanish) == "es" and calls == [spanish]
