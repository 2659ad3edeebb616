"""Session 22: an abbreviation before a number ("the No. 1") or a closing quotation mark after a full stop never
cuts a sentence or a quote; a rank is no measured figure."""

from core.analysis.answer import analyse_answer
from core.analysis.text import sentence_pieces, sentences, short_quote


def test_no_before_a_number_does_not_end_the_sentence():
    text = "I work as the No. 2 on the night shift at Harbourside Ferries. I brief the deck team before each crossing."
    assert sentences(text) == ["I work as the No. 2 on the night shift at Harbourside Ferries.",
                               "I brief the deck team before each crossing."]
    assert sentence_pieces(text)[0].startswith("I work as the No. 2 on")


def test_other_abbreviations_hold():
    text = "Dr. Okafor met me at St. Anne's approx. 8 am, e.g. for Nr. 4 vs. Nr. 5. Mr. Lee agreed."
    assert sentences(text) == ["Dr. Okafor met me at St. Anne's approx. 8 am, e.g. for Nr. 4 vs. Nr. 5.", "Mr. Lee agreed."]


def test_a_closing_quote_after_the_full_stop_ends_the_sentence():
    text = "I told him: 'I will fix the boiler by Friday.' Then I logged the call and rang the engineer."
    assert sentences(text) == ["I told him: 'I will fix the boiler by Friday.'",
                               "Then I logged the call and rang the engineer."]
    assert sentence_pieces(text)[1] == "Then I logged the call and rang the engineer."


def test_a_rank_is_no_figure_and_the_quote_keeps_its_sentence():
    ev = analyse_answer("I'm the No. 1 on a regional airline's cabin crew. I coached four new starters and our "
                        "onboard sales rose 12%.", "Tell me about yourself")
    assert "1" not in ev.numbers
    assert not any(q.startswith("1,") or q.startswith("1 ") for q in ev.number_quotes)
    assert ev.numbers and "12%" in ev.numbers


def test_a_number_at_a_sentence_end_is_quoted_inside_its_sentence():
    text = "We cut the waiting list from 30 to 4. My next post was in a hospice team, which I loved."
    at = text.index("4.")
    quote = short_quote(text, at, at + 2, width=5)
    assert quote.endswith("to 4")
    assert "hospice" not in quote and "My next" not in quote
    ev = analyse_answer(text, "Tell me about a result you are proud of")
    assert all("My next" not in q for q in ev.number_quotes)


def test_a_stronger_answer_adds_no_full_stop_after_a_closed_quotation():
    from core.coach.stronger_sentences import clean_sentences

    said = clean_sentences("I'd ring her and say: 'I have booked a plumber for Friday at nine.' Then I'd log the "
                           "repeat call so we can see why the first visit failed.")
    assert said[0].endswith("nine.'")
    assert not any(s.endswith(".'.") for s in said)
