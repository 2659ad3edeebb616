"""A gap question ("…which I don't see on your CV. What have you done that comes closest, and how would you get up to
speed?") gets an outline of the two things it asks, the closest experience and a plan: a tool used instead is never put
under "Trade-offs:" (newcomer, session 23). Made-up answers: a vet practice system, a warehouse scanner."""

from __future__ import annotations

from tests.stronger_helpers import part, stronger

GAP_Q = ("The role asks for RxWorks, which I don't see on your CV. What have you done that comes closest, and how would "
         "you get up to speed?")


def test_a_tool_used_instead_is_the_closest_experience_not_a_trade_off() -> None:
    answer = ("I haven't used RxWorks. I've used VetPro and Provet Cloud for clinical notes and booking, so I'd expect to "
              "pick it up quickly.")
    out = stronger(GAP_Q, answer)
    assert "Trade-offs:" not in out and "Approach:" not in out, out
    assert "VetPro and Provet Cloud" in part(out, "Closest experience"), out


def test_a_plan_said_goes_under_plan_in_the_order_said() -> None:
    answer = ("At Oakfield Vets I ran the switch from paper to Provet Cloud in 2022 for four vets. "
              "I'd book the supplier's online course in my first week and shadow a colleague on the front desk.")
    out = stronger(GAP_Q, answer)
    assert "Provet Cloud in 2022" in part(out, "Closest experience"), out
    assert "supplier's online course" in part(out, "Plan"), out
    assert out.index("Closest experience:") < out.index("Plan:"), out


def test_a_plan_after_a_semicolon_goes_under_plan() -> None:
    answer = ("At Oakfield Vets I used Provet Cloud for two years. For RxWorks I've watched the supplier's demo videos; "
              "I'd start by shadowing the reception team on it in my first week.")
    out = stronger(GAP_Q, answer)
    assert "demo videos" in part(out, "Closest experience"), out
    assert "shadowing the reception team" in part(out, "Plan"), out
