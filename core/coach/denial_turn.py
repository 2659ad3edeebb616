"""The kind move-on after "I haven't done that" or "I don't know": the interviewer asks for the closest thing, once.

Issue 15, point 4: a follow-up "listens", and after "I haven't done that" it offers the closest thing ("then tell me
how you would handle it"). The follow-up reasons (:func:`core.coach.follow_up.follow_up_reason`) call such an answer
``"non_answer"`` (move on) unless it denies a behavioural question about the past, so a gap question ("The role asks
for pneumatics, which I don't see on your CV. What have you done that comes closest…?") answered "I haven't done
that. I haven't really worked on pneumatics." and a technical one answered "I don't know." went straight to the next
question (session 20, two runs), while a Spanish "Nunca he hecho eso" got the move-on.

:func:`asks_closest_after` decides, for the interview's turn (:func:`core.interview.state.decide_next_step`): an
answer that only says it was not done (:func:`core.coach.rubric_parts.denial_only`, or in another language
:func:`core.coach.follow_up_lang.says_not_done`) gets the move-on from every interviewer; a plain "I don't know" from a
neutral or friendly one (a tough interviewer moves past a true non-answer, as before). Instructions to the interviewer,
an answer about something else, pasted text or keyboard mash never do: they are redirected or moved past as before.
Nor does a wish to skip the question ("Skip me please, I'd rather not answer that one.", :func:`declines`): it got
"That's fine, not everyone has. Then tell me how you would handle it…", which answers nothing that was said and asks
the skipped question again in other words (session 26 newcomer); the interview moves on instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.analysis.answer import analyse_answer
from core.analysis.text import readable_text, strip_injections, strip_markup
from core.coach.declines import declines
from core.coach.follow_up_lang import says_not_done
from core.coach.rubric_parts import denial_only
from core.coach.score import non_answer_kind


def asks_closest_after(question: str, answer: str, style: str = "neutral", asked: Sequence[str] = ()) -> bool:
    """Whether an answer the follow-up reasons move past (``"non_answer"``) gets the closest-thing follow-up instead
    (see the module docstring); ``style``: the interviewer's ("neutral", "friendly", "tough"); ``asked``: the
    follow-ups asked so far in the interview. Each of its two wordings (:data:`core.coach.follow_up.KIND_MOVE_ONS`)
    is asked once in an interview: a candidate who says "I don't know" to everything is not asked the same thing at
    every question, nor pressed for "one real example" instead (the interview moves on, as before)."""
    from core.coach.follow_up import KIND_MOVE_ONS  # follow_up imports what this module imports

    if set(asked) >= KIND_MOVE_ONS:
        return False
    plain = strip_markup(answer or "")
    if strip_injections(plain) != plain:
        return False
    text = readable_text(plain).strip()
    if not text or declines(text):
        return False
    if denial_only(text) or says_not_done(text):
        return True
    return style != "tough" and non_answer_kind(question, text, analyse_answer(text, question), "", "") == "dont_know"
