"""A story about an event no question asks about, told to a question it takes up nothing of (issue 15, session 22).

A school trip ("booked the coach… brought 58 children back on time") told to "How do you adapt a lesson for a pupil
with special educational needs…?", a charity bake sale ("we raised 640 pounds") to "The role calls for dispensing
inpatient…": story-shaped, with numbers and the field's own words (pupils, the ward), they scored 6-8/10 and the chat
went on (newcomer nc22). Such a story plainly tells a subject of kind "other" in ``data/competency_words.json`` (an
outing, a party, a fundraiser: :data:`STORY_SUBJECTS`, :func:`core.coach.competency.other_subject`) and takes up
nothing of its question's own subject by meaning (:func:`core.coach.meaning.own_subject_taken`): it is about something
else, whatever the field's words it shares. A question that names that subject itself ("Tell me about a school trip
you ran") is answered by it, never judged here.

A rule of this project, not a figure from research; English words only.
"""

from __future__ import annotations

import re

from core.analysis.answer import AnswerEvidence

# the other subjects judged here: an outing, a party, a fundraiser; a holiday, a hobby, a purchase, one's home and
# family (session 27: a surfing holiday told to a code-review question, a house move to an accessibility question
# passed as answers, since only a question naming a known topic or a listed skill was judged). One's pay, an office
# move and one's time in a job are work, which a question may ask about ("a negotiation", "a project you ran").
STORY_SUBJECTS = frozenset({"a party, outing or fundraiser"})
LIFE_SUBJECTS = frozenset({"a holiday or trip", "a hobby or sport", "something you bought", "home and family life"})
# questions a story of one's own life may answer: about oneself, one's motives, a gap or life outside work
_LIFE_ASKED_TYPES = frozenset({"introduction", "motivation", "self_assessment"})
_LIFE_ASKED_RE = re.compile(r"\b(?:gap|break|career|yourself|outside (?:of )?work|personal|hobb|free time|spare time|"
                            r"balance|life|family|home|interests?|volunteer|achievement|proud)", re.IGNORECASE)


def story_elsewhere(question: str, ev: AnswerEvidence, kind: str):
    """A :class:`core.coach.topic.OffQuestion` saying what the question asks about (its subject's terms as asked, or
    its known topics) and the other subject the answer tells instead (see the module docstring), or None. ``ev``: the
    English answer's evidence (:func:`core.analysis.answer.analyse_answer`); ``kind``: the kind of answer the
    question asks for ("a time you did it")."""
    from core.coach.asked_verb import does_asked_verb
    from core.coach.competency import competencies, other_subject, shown, shows_asked
    from core.coach.framing import question_content
    from core.coach.meaning import own_subject_taken
    from core.coach.question_types import question_type
    from core.coach.subject import subject_of
    from core.coach.topic import OffQuestion, answer_topics, asked_topics, question_topics

    text = ev.text or ""
    name = other_subject(text)
    if not question or name not in STORY_SUBJECTS | LIFE_SUBJECTS:
        return None
    if name in LIFE_SUBJECTS and (question_type(question) in _LIFE_ASKED_TYPES or _LIFE_ASKED_RE.search(question)
                                  or asked_topics(question) & set(answer_topics(text))):
        return None  # a life story may answer a question on oneself; a known topic asked and told is taken up
    other = next(c for c in competencies() if c.other and c.name == name)
    if shown(question, other) or own_subject_taken(question, text):
        return None
    if does_asked_verb(question, text) or shows_asked(question, text):
        return None
    subject = subject_of(text, question_content(question, subject=True))
    terms = subject.left_terms[:2] or question_topics(question)[:2]
    return OffQuestion(terms=terms, instead=[name], tools=[], kind=kind) if terms else None
