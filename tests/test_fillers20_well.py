""""Well" and "right" are fillers only where they open a clause (session 20 re-check: "The trial classes did as well,
so we kept it" was counted as a filler and given back in the stronger answer as "did as, so we kept it")."""

from __future__ import annotations

from core.coach.stronger_parts import tidy
from core.words import FILLER_RE, without_fillers


def test_well_and_right_inside_a_clause_are_meaning():
    for text in ("The pilot groups did as well, so we rolled it out.", "We got the forecast right, and the board signed.",
                 "It all went well, which surprised the auditors."):
        assert FILLER_RE.findall(text) == [], text
        assert without_fillers(text) == text
        assert tidy(text) == text


def test_well_and_right_opening_a_clause_are_still_fillers():
    assert [m.lower() for m in FILLER_RE.findall("Well, we rebuilt the rota. So, right, we started again.")] == \
        ["well", "right"]
