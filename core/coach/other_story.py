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

from core.analysis.answer import AnswerEvidence

# the other subjects judged here: an outing, a party, a fundraiser. A holiday, one's pay, a purchase, a hobby are
# read by the question's topics and competencies already (a holiday told to a problem-solving question: 1/10), and a
# holiday told to "a production incident you helped resolve" stays an answer judged as one (tests/test_coach_judgement)
STORY_SUBJECTS = frozenset({"a party, outing or fundraiser"})


def story_elsewhere(question: str, ev: AnswerEvidence, kind: str):
    """A :class:`core.coach.topic.OffQuestion` saying what the question asks about (its subject's terms as asked, or
    its known topics) and the other subject the answer tells instead (see the module docstring), or None. ``ev``: the
    English answer's evidence (:func:`core.analysis.answer.analyse_answer`); ``kind``: the kind of answer the
    question asks for ("a time you did it")."""
    from core.coach.asked_verb import does_asked_verb
    from core.coach.competency import competencies, other_subject, shown, shows_asked
    from core.coach.framing import question_content
    from core.coach.meaning import own_subject_taken
    from core.coach.subject import subject_of
    from core.coach.topic import OffQuestion, question_topics

    text = ev.text or ""
    name = other_subject(text)
    if name not in STORY_SUBJECTS or not question:
        return None
    other = next(c for c in competencies() if c.other and c.name == name)
    if shown(question, other) or own_subject_taken(question, text):
        return None
    if does_asked_verb(question, text) or shows_asked(question, text):
        return None
    subject = subject_of(text, question_content(question, subject=True))
    terms = subject.left_terms[:2] or question_topics(question)[:2]
    return OffQuestion(terms=terms, instead=[name], tools=[], kind=kind) if terms else None
