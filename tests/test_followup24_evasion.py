"""Session 24 (harness: the evasive interview's "I'd rather not say, it depends." got "Say more about 'I'd rather not
say, it depends': what was the context…"): declining to answer is a non-answer, in each language the coach reads,
so its follow-up is the non-answer move, never a probe quoting it; "It depends on…" followed by an answer is not.
Made-up answers."""

from __future__ import annotations

import pytest

from core.analysis.cues_non_answer import says_dont_know
from core.coach.follow_up import follow_up_question, follow_up_reason

_Q = "Tell me about a time you won back an unhappy client. What did you do?"


@pytest.mark.parametrize(("answer", "lang"), [
    ("I'd rather not say, it depends.", "en"),
    ("I would prefer not to answer that.", "en"),
    ("It depends.", "en"),
    ("Prefiero no contestar a eso.", "es"),
    ("Je préfère ne pas répondre.", "fr"),
    ("Dazu möchte ich nichts sagen.", "de"),
    ("Preferisco non rispondere.", "it"),
    ("Prefiro não responder.", "pt"),
])
def test_declining_to_answer_is_a_non_answer(answer: str, lang: str) -> None:
    assert says_dont_know(answer, lang), answer
    asked = [follow_up_question(follow_up_reason(_Q, answer), _Q, answer, variant=v) for v in range(4)]
    assert not any("Say more about" in a or "rather not" in a for a in asked), asked


def test_it_depends_followed_by_an_answer_is_an_answer() -> None:
    answer = "It depends on the client: for a retailer I called the owner the same day and refunded the delivery."
    assert not says_dont_know(answer, "en")


def test_a_non_answer_after_the_move_ons_are_used_is_never_probed_for_an_example() -> None:
    from core.coach.turn import _follow_up_turn

    question = ("The role calls for MEDDIC, which your CV shows. Tell me about one piece of work where applying MEDDIC "
                "made a measurable difference: what changed, and how did you measure it?")
    used = ("No problem", "That's all right", "Fair enough", "Okay")
    for answer in ("No idea, sorry.", "I'd rather not say, it depends."):
        text = _follow_up_turn("neutral", ["Opening question.", question], answer, {},
                               lambda t: t.startswith(used))
        assert "tell me about one" not in text.lower() and "Say more" not in text, text
        assert "measurable" not in text and "your own part in that" not in text, text
