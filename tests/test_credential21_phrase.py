"""Session 21 (re-check of newcomer nc21): the report said "The question asks whether you hold the for Transport
Manager CPC": a credential's phrase never opens with the question's own "for". Made-up question and answer."""

from __future__ import annotations

from core.coach.answers_asked import missed_ask


def test_the_credential_phrase_never_opens_with_for():
    q = ("The role asks for Airside Security Licence (or willing to obtain), and I don't see it on your CV. Do you hold one, or how "
         "would you get it?")
    why = missed_ask(q, "Last summer I went to Portugal with my family and we swam every day.")
    assert why.startswith("The question asks whether you hold the "), why
    assert "the for " not in why and "hold the asks" not in why
