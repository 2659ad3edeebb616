"""Session 24: a claim with nothing checkable in it ("I was in charge of everything and made sure it all went
smoothly") is no line of the stronger answer's "Evidence:": it is left out when the answer gives real evidence
there, and the part becomes what would show it when it gives none (re-check of session 23: "Evidence: I was
responsible for everything in the store and made sure it all went well. [What shows it: …]" was still the model).
Made-up answers: a garden centre, a library, a depot."""

from __future__ import annotations

from core.coach.stronger_claims import CLAIM_NOTE
from tests.stronger_helpers import stronger

OPEN_Q = ("Tell me briefly about the work you do now, and why the Regional Manager role at Larkspur Garden Centres "
          "appeals to you at this point.")


ENTRY_Q = ("Let's begin with the entry your CV lists as “Centre Manager — Ashby Garden Centre”: what did you own "
           "there, and what draws you to the Regional Manager role at Larkspur Garden Centres?")


def test_a_vague_claim_is_left_out_of_evidence_beside_real_evidence() -> None:
    answer = ("I run the Ashby garden centre. I was in charge of everything on site and made sure it all went "
              "smoothly. In spring 2024 I moved the bedding plants next to the café and plant sales rose 14% on the "
              "year. I want the regional role because it covers nine sites.")
    for question in (OPEN_Q, ENTRY_Q):
        out = stronger(question, answer)
        assert "in charge of everything" not in out and "went smoothly" not in out, out
        assert "plant sales rose 14%" in out and CLAIM_NOTE not in out, out


def test_evidence_made_only_of_a_claim_asks_for_what_would_show_it() -> None:
    answer = ("I'm the branch librarian at Eastfield. I was responsible for everything in the branch and made sure it "
              "all went well. I want this role because I like the county's reading scheme.")
    for question in (OPEN_Q, ENTRY_Q):
        out = stronger(question, answer)
        assert "responsible for everything" not in out and "went well" not in out, out
        assert CLAIM_NOTE in out, out


def test_a_claim_with_its_figure_stays() -> None:
    answer = ("I'm the shift manager at Crossways Depot. I was responsible for everything on nights, 40 drivers and "
              "12 loaders, and in 2024 late loads fell from 9% to 3%. I want the regional role for the bigger patch.")
    out = stronger(OPEN_Q, answer)
    assert "responsible for everything on nights" in out and CLAIM_NOTE not in out, out
