"""A story whose step of the candidate's is said inside a sentence that opens on a rule or a finding ("Under the code
every stair needs a handrail, so I stopped the handover, had one fitted and signed it off: 40 minutes") puts that
sentence under Action, never under Result with "Action: [what you did…]" left as a gap (newcomer, session 23). Made-up
answers: a building inspector, a food hygiene lead."""

from __future__ import annotations

from tests.stronger_helpers import part, stronger

CODE_Q = "The role asks for Building Regulations Part K, which your CV shows. Where has it changed what you did on a job?"
CODE = ("Part K made me much stricter about guarding on stairs and landings. Last spring a developer's show home had a "
        "landing balustrade with gaps wider than the limit because it was 'only decorative'. Under Part K the gaps must "
        "not pass a 100 mm sphere, so I stopped the handover, had the spindles refitted, and checked them with a gauge "
        "before sign-off: the widest gap was 95 mm. I also now check every balustrade on a first visit.")


def test_a_step_said_after_a_rule_goes_under_action() -> None:
    out = stronger(CODE_Q, CODE)
    assert "I stopped the handover" in part(out, "Action"), out
    assert "I stopped the handover" not in part(out, "Result"), out


HYG_Q = "Tell me about a time you had to enforce food safety rules in a kitchen you ran."
HYG = ("In 2022 a new starter at the Mill Kitchen was storing raw chicken above the salad in the walk-in fridge. "
       "The food safety rules say raw meat goes on the bottom shelf, so I moved it at once, retrained the four kitchen porters that "
       "afternoon, and added the shelf plan to the fridge door. Our next inspection gave us a 5 rating.")


def test_a_step_after_the_rule_in_a_kitchen_story_goes_under_action() -> None:
    out = stronger(HYG_Q, HYG)
    assert "I moved it at once" in part(out, "Action"), out
    assert "5 rating" in part(out, "Result"), out
