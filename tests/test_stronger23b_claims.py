"""A vague claim kept in the stronger answer gets a note saying what would make it evidence, after its sentence (newcomer,
session 23: "I was responsible for everything in the store and made sure it all went well" kept as the model Evidence).
Made-up answers: a hotel, a depot."""

from __future__ import annotations

from core.coach.stronger_claims import CLAIM_NOTE
from tests.stronger_helpers import stronger

OPEN_Q = ("Tell me briefly about the work you do now, and why the Operations Manager role at Harbour Hotels appeals to "
          "you at this point.")


def test_a_vague_claim_is_no_evidence_beside_the_real_evidence() -> None:
    # session 24: the claim with a note after it was still read as the model evidence; it is now left out of its part
    # when the part holds real evidence (tests/test_stronger24_claims.py)
    answer = ("I'm the front office manager at the Quayside Hotel in Hull. I was in charge of everything on the desk and "
              "made sure it all went smoothly. In 2024 I moved check-in to tablets and the queue at 3 pm fell from 20 "
              "minutes to 6. I want the Harbour role because it runs three hotels.")
    out = stronger(OPEN_Q, answer)
    assert "made sure it all went smoothly" not in out and "queue at 3 pm fell from 20 minutes to 6" in out, out


def test_a_claim_with_its_figure_gets_no_note() -> None:
    answer = ("I'm the shift manager at Crossways Depot. I was responsible for everything on nights, 40 drivers and 12 "
              "loaders, and in 2024 late loads fell from 9% to 3%. I want the Harbour role for the bigger site.")
    out = stronger(OPEN_Q, answer)
    assert CLAIM_NOTE not in out, out


def test_the_work_done_now_is_kept_when_the_question_asks_for_it() -> None:
    # "Tell me about the work you do now, and why…" asks for the present work: "I'm the … at …" is its answer, never
    # dropped for an outline of reasons only (newcomer, session 23: "I'm the store manager at Halden…" gone)
    answer = ("I'm the front office manager at the Quayside Hotel in Hull, with a team of nine. "
              "In 2024 I moved check-in to tablets and the queue at 3 pm fell from 20 minutes to 6. "
              "I want the Harbour role because it runs three hotels.")
    out = stronger(OPEN_Q, answer)
    assert "front office manager at the Quayside Hotel" in out, out
    assert out.index("front office manager") < out.index("I want the Harbour role"), out
