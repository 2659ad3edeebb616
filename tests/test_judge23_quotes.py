"""Session 23 (judge23): quotes of an answer are whole clauses, not fragments.

Re-check B of session 22: Structure "Found situation: "the No. 1, at Loganair"" (an insertion between commas quoted
alone), 'Cites numbers: "which 40 people use weekly, and I designed"' (run on into the next clause) and an action
"horas punta llegaba a 14 minutos; propuse abrir…" (opened in the clause before a semicolon). Made-up text below.
"""

from __future__ import annotations

from core.analysis.text_quotes import short_quote


def _quote(text: str, span: str, width: int = 6) -> str:
    at = text.index(span)
    return short_quote(text, at, at + len(span), width=width)


def test_an_insertion_between_commas_is_quoted_with_its_sentences_opening() -> None:
    text = "I'm a shift supervisor, the No. 2, at Dunmore Foods. I run the night team."
    assert _quote(text, "at Dunmore") == "I'm a shift supervisor, the No. 2, at Dunmore Foods"


def test_a_quote_ends_before_the_next_clause_after_a_comma() -> None:
    text = "I set up the stock dashboard, which 30 buyers open daily, and I trained them on the filters last spring."
    assert _quote(text, "30", width=5) == "which 30 buyers open daily"


def test_a_quote_opens_after_a_semicolon_at_its_span() -> None:
    text = "In 2021 the wait at the front desk reached 25 minutes; I suggested a second queue for collections only."
    assert _quote(text, "I suggested") == "I suggested a second queue for collections only"


def test_a_span_ending_its_clause_at_a_semicolon_runs_no_further() -> None:
    text = "Our backlog reached 19 cases; I sorted them by deadline and cleared them in a week."
    assert _quote(text, "19 cases;", width=5) == "Our backlog reached 19 cases"
