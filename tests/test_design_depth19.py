"""A design answer's top band needs its depth (session 19): a 60-word system-design sketch, a list of components
with no trade-off or failure case, scored 9/10 with Structure 5/5. Made-up questions and answers."""

from __future__ import annotations

import pytest

from core.analysis.answer import analyse_answer
from core.coach.design_depth import depth_parts, held_below_top_band, is_design_question
from core.coach.score import score_answer
from core.schemas import DimensionScore

JD = ("Senior Backend Engineer. Build and run Go services on PostgreSQL, Redis and Kafka for our booking platform. "
      "Design for scale and reliability.")
SKETCHES = [
    ("How would you design a rate limiter for our public booking API? Where would it break first?",
     "I'd run a Go middleware in front of the API that keeps a counter per partner key in Redis and returns 429 when it "
     "passes the limit, with the limits stored in PostgreSQL. 5,000 partners at a few calls a second is small, so one "
     "Redis node is fine; it would break first if Redis went down."),
    ("Design a service that sends booking reminders by e-mail and SMS to 200,000 guests a day.",
     "A Go scheduler reads tomorrow's bookings from PostgreSQL every hour and puts one event per reminder on Kafka, so "
     "sending never slows the booking database. Two Go workers consume them, one for e-mail through SES and one for "
     "SMS through Twilio, and Redis keeps a sent flag per booking."),
]
DEEP = ("How would you design a rate limiter for our public booking API, used by about 5,000 partners? What would fail "
        "first?",
        "I'd keep a token bucket per partner in Redis rather than in each gateway's memory, because partners hit several "
        "gateways and local counters would let them through at five times the limit. At 5,000 partners and roughly "
        "2,000 requests a second, one Redis primary handles the load easily; the trade-off is an extra network hop of "
        "about a millisecond on every call, which I'd accept. What fails first is Redis itself: if it goes down I'd "
        "fail open for paying partners with a local fallback limit, instead of rejecting all traffic, and alert on it. "
        "I'd also use a sliding window over fixed windows, since fixed windows let a burst of double the limit through "
        "at the boundary.")


@pytest.mark.parametrize(("question", "answer"), SKETCHES)
def test_a_list_of_components_stays_out_of_the_top_band_and_says_what_was_missing(question: str, answer: str) -> None:
    scored = score_answer(question, answer, job_description=JD)
    assert scored.overall <= 8
    held = [d.evidence for d in (scored.structure, scored.specificity, scored.relevance, scored.communication)
            if "Held at 4/5" in d.evidence]
    assert held and "Missing: a trade-off" in held[0]
    assert "The trade-off you accept, and when you would choose differently" in scored.missing


def test_a_design_answer_with_its_depth_reaches_the_top_band() -> None:
    scored = score_answer(*DEEP, job_description=JD)
    assert scored.overall >= 9
    assert not any("Held at" in d.evidence for d in (scored.structure, scored.specificity, scored.relevance))
    assert all(depth_parts(DEEP[1], analyse_answer(DEEP[1], DEEP[0], JD)).values())


def test_only_design_and_technical_questions_are_held() -> None:
    assert is_design_question("How would you design a URL shortener?", "situational")
    assert is_design_question("Design a cache for product pages.", "technical")
    assert not is_design_question("Explain how a hash index works.", "technical")
    assert not is_design_question("Contrast the read scaling of two replication schemes.", "technical")
    assert not is_design_question("How would you handle an angry customer at the desk?", "situational")
    dims = [(DimensionScore(score=5, evidence="x"), []) for _ in range(5)]
    dims[3] = (DimensionScore(score=3, evidence="x"), [])
    ev = analyse_answer("I calmed her down and refunded the booking.", "angry customer", "")
    assert held_below_top_band(dims, "Tell me about a time you calmed an angry customer.", "behavioural",
                               ev.text, ev) is dims
