"""A story of other work told to a story question, sharing no more than an everyday word with it (issue 15, session 24).

A recruiting story told to a driving-licence question, stewards briefed for "a time you identified and reduced a risk",
a stock count for "difficult feedback to a member of your team": story-shaped, of the same work, they passed the chat
without a word and scored 5-7/10 (newcomer nc23, re-check rc23; team set judge23b's off-topic stories at 0.4), because
the only other-story rules need a known topic of the answer (:func:`core.coach.topic.off_question`), another
competency shown plainly (:func:`core.coach.competency.wrong_competency`) or an outing or party
(:mod:`core.coach.other_story`). :func:`unrelated_story` finds a story, told to a question asking for one, that takes up
nothing of its question's subject but everyday words said by chance (:func:`core.coach.subject.subject_of`: each term
under :data:`core.coach.subject.RARE_TERM_WEIGHT`, together under :data:`core.coach.subject.CHANCE_SHARE` of its
weight), no word of a competency the question asks about (only a question asking a listed competency, or a requirement
the role names, is judged: "a time you reduced waste" may be shown by any story of a change, by its result; and never
by a failure or a mistake, which a story tells in its own events) (its marks included: :func:`core.coach.competency.shown`), no
known topic it asks about, and none of what the scorer reads as taking a question up in other words (the asked verb
done, the requirement shown by meaning, one of the things it joins, a credential said to be held). It is about
something else: the chat asks again and the report scores it so (:func:`core.coach.topic.off_question` reads it, and
both read that). A rule of this project, not a figure from research; English words only.
"""

from __future__ import annotations

import re

from core.analysis.answer import AnswerEvidence

# competencies a story shows by its events in the field's own words ("the server went down", "a bug"), whatever it
# names: never the ground of this rule (published set: strong answers to "a critical system failed" called off)
_EVENT_COMPETENCIES = frozenset({"a failure", "a mistake"})
# a question on a licence the role names ("The role asks for a full driving licence…, which your CV shows"): another
# requirement (GDPR, the 18th Edition) is shown by what was done under it, in words no list holds (team pairs)
_REQUIREMENT_RE = re.compile(r"\b(?:the|this) (?:role|job|post|position) (?:asks for|calls for|needs|requires|would "
                             r"welcome|includes)\b[^.?!]{0,60}\b(?:licen[cs]e|card|ticket)\b", re.IGNORECASE)
MIN_STORY_SENTENCES = 2  # a story of this many sentences tells something; a shorter answer is judged elsewhere
_TARGET_ASKED_RE = re.compile(r"\b(?:targets?|goals?|kpis?|quotas?|sla)\b", re.IGNORECASE)
INSTEAD = "another piece of work"  # what the answer is said to be about when no listed competency names it


def unrelated_story(question: str, ev: AnswerEvidence, qtype: str, kind: str):
    """A :class:`core.coach.topic.OffQuestion` (the question's subject terms as asked; what the answer is about
    instead) for a story of other work (see the module docstring), else None. ``ev``: the English answer's evidence;
    ``qtype``: the question's type (only a story question, ``behavioural``, is judged); ``kind``: the kind of answer
    asked ("a time you did it")."""
    from core.analysis.text import sentences
    from core.coach.answers_asked import hold_said, missed_ask
    from core.coach.asked_verb import does_asked_verb
    from core.coach.competency import asked, competencies, shown
    from core.coach.framing import asked_requirement, question_content
    from core.coach.joined_topics import joined_taken
    from core.coach.meaning import own_subject_taken, requirement_shown
    from core.coach.subject import CHANCE_SHARE, RARE_TERM_WEIGHT, subject_of, subject_terms
    from core.coach.topic import OffQuestion, answer_topics, asked_topics

    text = ev.text or ""
    if (qtype != "behavioural" or not ev.analysed or ev.lang != "en" or len(sentences(text)) < MIN_STORY_SENTENCES
            or "action" not in ev.star):  # a story of something done, not a background ("I have been a team leader…")
        return None
    subject = subject_of(text, question_content(question, subject=True))
    if not subject.judged or subject.topic:
        return None
    if subject.taken:  # only everyday words, said by chance, may be shared
        weights = {w: weight for w, weight in subject_terms(question_content(question, subject=True)).values()}
        if subject.share >= CHANCE_SHARE or any(weights.get(t, 0.0) >= RARE_TERM_WEIGHT for t in subject.taken):
            return None
    wanted = asked(question)
    if not ([c for c in wanted if c.name not in _EVENT_COMPETENCIES] or _REQUIREMENT_RE.search(question)):
        return None  # only a listed competency's words, or a requirement named, are known to be asked in words
    if any(shown(text, c, asked_for=True) for c in wanted) or asked_topics(question) & set(answer_topics(text)):
        return None
    if (does_asked_verb(question, text) or own_subject_taken(question, text) or joined_taken(question, text)
            or hold_said(question, text) or requirement_shown(text, asked_requirement(question) or question)):
        return None
    if missed_ask(question, text):  # what it plainly asks left undone: judged so already (core.coach.answers_asked)
        return None
    # a question about targets answered with a measure that fell and rose ("we slipped to 64%… by March we were at
    # 83%"): the figures are the target, whatever words the story uses (session 24, test_stronger20b_heads)
    if _TARGET_ASKED_RE.search(question) and len(ev.numbers) >= 2:
        return None
    other = max(((c.name, len(shown(text, c))) for c in competencies() if c not in wanted),
                key=lambda cw: cw[1], default=("", 0))
    if other[1] < 1:  # a story showing no other listed competency may take the question up in words no list holds
        return None  # (team pairs: "subject access requests" for GDPR, a quiet analyst given one slide to present)
    instead = other[0] if other[1] >= 2 else INSTEAD
    # what it asks in the competency's own words first ("risk in an operation", not "identified and reduced")
    own = {w.lower() for c in wanted for w in shown(question, c)}
    terms = sorted(subject.left_terms, key=lambda t: not any(w in t.lower() for w in own))[:2]
    return OffQuestion(terms=terms, instead=[instead], tools=[], kind=kind) if terms else None
