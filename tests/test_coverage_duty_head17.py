"""Session 17 newcomer round: a duty requirement ("producing weekly sales reports") is evidenced only by a sentence
that names what the duty produces or works on (its head noun: "reports"), never by one that only shares its verb's
stem and a modifier ("the production plan", "each sales manager") (made-up answers)."""

from core.coach.coverage import coverage_item

Q = "How do you build a forecast the business trusts?"


def _status(requirement: str, answer: str) -> str:
    return coverage_item(requirement, [(Q, answer, None)]).status


def test_a_sentence_sharing_only_the_verb_stem_and_a_modifier_is_no_evidence():
    answer = "I build it bottom-up from the production plan and agree the numbers with each sales manager."
    assert _status("producing weekly sales reports", answer) != "evidenced"


def test_a_sentence_naming_the_duty_and_its_object_is():
    answer = "I produce the weekly sales reports for the board and walk the directors through them."
    assert _status("producing weekly sales reports", answer) == "evidenced"


def test_the_head_before_of_is_what_is_built():
    answer = "I built a pipeline of forty mid-market accounts in my first quarter."
    assert _status("building a pipeline of mid-market prospects", answer) == "evidenced"
