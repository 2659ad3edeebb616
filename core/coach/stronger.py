"""A stronger answer built from the candidate's own: their sentences, rearranged into the parts
the question type expects, with bracketed gaps naming what to add ("[the result, with a number]"). It never
gives the answer back as it was: a sentence is cut to a short phrase (at most :data:`core.coach.stronger_limits.SHORT_PHRASE`
of its words in a row, session 12) only where the cut is clean, at a clause boundary losing no figure, name or negation;
else the sentence is given back whole, rearranged under its heading (:mod:`core.coach.stronger_whole`, session 18: cuts
had dropped "from 74% to 89%" and moved "ten years" onto the later employer).

Nothing of the question is pasted in (the old template did, and produced "makes I a strong fit"),
and nothing is invented: every sentence outside brackets is the candidate's, cleaned of filler
words, openers such as "Sure," or "Okay, thanks" and talk about the answer ("Good question", "as I said before", "it is on
my CV", "I think that's all": :mod:`core.coach.answer_talk`, session 26), and otherwise as typed except that each
sentence starts with a capital (a first word written in lower case on purpose, a named tool such as
"pandas" or a word with a capital inside such as "iOS", stays as typed); a sentence over
:data:`LONG_SENTENCE` words is cut only at a clause boundary where every bracket and quote it opened is
closed, never mid-phrase and never before its last figure (:mod:`core.coach.stronger_sentences`). A sentence
with a number that a part already full cannot take still goes in; one of no STAR kind, with or without a number,
is left out of a behavioural answer, and goes under the type's fallback part in the others. A sentence that is markup or a formula
("=HYPERLINK(…)", "| col | col |", "# Heading", "<b>") never enters it. A sentence goes under a part only when its own
wording fits that part (STAR cues for situation, task, action and result, checked by
:func:`core.coach.stronger_limits.star_kinds`: a sentence of no STAR kind is left out, never filed under
"Action" for want of a better place; plans and steps for an
approach; reasons for "why this role"; present, past or plan for an introduction's Now, Before and
Why this role); one that fits no part is left out, so filler and off-topic sentences are never
relabelled (:mod:`core.coach.stronger_place`). With nothing that fits (no answer, an off-topic or content-free one) the result is the
type's outline of gaps, with a CV achievement to draw on when one shares the question's terms, or,
for a bank question that has one, the curated model answer written for it (issue 14 point 6). The
cues are English: an answer in another language the interview accepts (the CV's and the job's) gets its own sentences,
as said and in order, under the English headings by their place and the language's cues where there are some
(:mod:`core.coach.stronger_foreign`, session 22), and so does one in the question's own language and an English answer
with sentences in such a language (session 26); one in a language not accepted gets the English outline and a
sentence saying why.
"""

from __future__ import annotations

import re

from core.analysis.answer import AnswerEvidence
from core.analysis.language import PARTLY_READ_LANGUAGES, language_name
from core.coach.bank import model_answer
from core.coach.generic_reason import generic_reasons
from core.coach.question_types import QuestionType
from core.coach.stronger_claims import noted_claims
from core.coach.stronger_closest import closest_story
from core.coach.stronger_denial import denial_lead
from core.coach.stronger_factual import FACT_OUTLINE, asks_fact, fact_answer
from core.coach.stronger_foreign import LANGUAGES as FOREIGN
from core.coach.stronger_foreign import NOTE as FOREIGN_NOTE
from core.coach.stronger_foreign import foreign_parts, mixed_language
from core.coach.stronger_gap import asks_closest_and_plan, gap_answer
from core.coach.stronger_kinds import told_story
from core.coach.stronger_limits import in_short_phrases
from core.coach.stronger_outline import (  # noqa: F401
    cv_hint,
    example_result,
    off_subject,
    outline_kind,
    regroup,
    with_result,
)
from core.coach.stronger_parts import lesson as said_lesson
from core.coach.stronger_parts import reworded as _reworded
from core.coach.stronger_place import (  # noqa: F401 (OUTLINES, placed_parts re-exported: tests and the dimensions read them)
    _BRACKETED_RE,
    _EN,
    _STEP_PARTS,
    OUTLINES,
    _arrange,
    placed_parts,
)
from core.coach.stronger_said import SAID_ORDER_KINDS, in_said_order, told_example
from core.coach.stronger_sentences import clean_sentences
from core.coach.stronger_whole import whole_or_clean

UNANSWERED_RELEVANCE = 2  # relevance (1-5) at or under which an unlinked answer did not answer its question
_SUBJECT_KINDS = frozenset({"behavioural", "situational", "technical", "procedural"})  # questions about a subject


def stronger_answer(
    question: str, text: str, qtype: QuestionType, ev: AnswerEvidence | None, facts: dict | None = None,
    *, linked: bool = True, relevance: int = 5, accepted: bool = False,
) -> str:
    """The candidate's sentences under the type's part labels, with a bracketed gap for each missing part.

    ``linked`` False (nothing links the answer to its question) keeps only sentences with a word of
    work or a named skill, so "My favourite football team is Arsenal" is never an "Action"; with relevance
    (1-5) :data:`UNANSWERED_RELEVANCE` or lower too, an answer that takes up nothing of the question's subject gives
    the outline of gaps (:func:`core.coach.stronger_outline.off_subject`), never its sentences under the question's parts.
    ``accepted``: the answer is in the language of the CV and the job, which the interview accepts
    (:mod:`core.coach.interview_language`): the outline is not told to be answered in another language.

    Shape: ``"Situation: <their sentences> Task: [what you were responsible for] …"`` on one line (the
    Feedback page shows it as plain text); a result
    without a number gets "[add the number: …]". ``text`` empty gives the curated model answer of a
    bank question that has one (:func:`core.coach.bank.model_answer`), else the outline of gaps only.
    """
    # the job's field (``facts["family"]``, :func:`core.coach.score.score_answer`): a nurse's model answer is a nurse's
    curated = model_answer(question, (facts or {}).get("family", "")) if not text.strip() else None
    if curated:  # nothing of theirs to build on: the model answer written for this bank question
        return f"A model answer written for this question (tell your own example the same way): {curated}"
    if ev is not None and (said := _as_said(question, text, qtype, ev, accepted)):
        return said
    if ev is not None and (lead := _language_lead(ev, accepted)):
        return lead + stronger_answer(question, "", qtype, None, facts)
    kind = outline_kind(question, qtype)
    # a question about a subject (not about the candidate: why this role, a strength) of any weight, then counts
    unanswered = relevance <= UNANSWERED_RELEVANCE and kind in _SUBJECT_KINDS
    if (text.strip() and not linked and (unanswered or kind in {"situational", "technical"})
            and off_subject(question, text, ev, full=not unanswered)):
        return stronger_answer(question, "", qtype, None, facts)
    if (special := _special_outline(question, text, kind, qtype, facts)) is not None:
        return special  # a factual question's, or an answer saying it was never done (sessions 21, 23)
    if kind in {"situational", "technical"} and (told_story(said := clean_sentences(text)) or told_example(said)):
        kind = "behavioural"  # a past story given to "how would you…": a story's headings, never steps and trade-offs
    parts = _arrange(text, kind, ev, linked, question) if text.strip() else {}
    stock = generic_reasons(ev) if ev is not None else []  # a reason any job could be given is never the model answer's
    if stock:  # reason (the outline's), nor any part's text ("Approach: I'm passionate about this role…": session 16)
        parts = {k: [] if k == "Why this role" else [s for s in v if not any(r.lower() in s.lower() for r in stock)]
                 for k, v in parts.items()}
    if not any(parts.values()):  # nothing of theirs fits a part: the outline of gaps, never their sentences
        if text.strip():
            return stronger_answer(question, "", qtype, None, facts)
        parts = {label: [] for label, _ in OUTLINES[kind]}
    lines = []
    figures = any(re.search(r"\d", s) for label, said in parts.items() if label != "Result" for s in said)
    outline = with_result(OUTLINES[kind], kind, parts)
    # the headings in the order said: "Why this role", said last, never first (session 23)
    for label, gap in in_said_order(outline, parts, text) if kind in SAID_ORDER_KINDS else outline:
        said = " ".join(parts[label])
        if not said:
            if label == OUTLINES[kind][0][0] and not text.strip():
                gap += cv_hint(question, facts or {})
            lines.append(f"{label}: {gap}")
            continue
        reworded = _reworded(label, parts[label], reasoned=bool(ev and ev.reasoning), figures=figures)
        # never the answer given back: its own words in short phrases only (core.coach.stronger_limits)
        joiner = "then" if label in _STEP_PARTS else "and"
        short = in_short_phrases(reworded, text, joiner=joiner, part=label)
        # each of their sentences whole or cut cleanly, never a figure, a name or a negation cut out (session 18)
        short = whole_or_clean(parts[label], short, lambda said, label=label, joiner=joiner: in_short_phrases(
            _reworded(label, said, reasoned=True, figures=figures), text, joiner=joiner, part=label))
        lines.append(f"{label}: {short if _BRACKETED_RE.sub('', short).strip(' .…') else gap}")
    lesson = whole_or_clean(parts["Lesson"][:2], in_short_phrases(said_lesson(parts["Lesson"][:2]), text),
                            lambda said: in_short_phrases(said_lesson(said), text)) if parts.get("Lesson") else ""
    if lesson.strip(" ."):
        lines.append("Lesson: " + lesson)
    elif kind == "behavioural":
        lines.append("Lesson: [what you learned, or do differently now]")
    return " ".join(noted_claims(line) for line in lines)  # "…made sure it all went well." is no part's evidence


def _special_outline(question: str, text: str, kind: str, qtype: QuestionType, facts: dict | None) -> str | None:
    """The stronger answer when its outline is no question type's: a factual question's "Answer:"/"Detail:"
    (:mod:`core.coach.stronger_factual`, session 23), a gap question's "Closest experience:"/"Plan:"
    (:mod:`core.coach.stronger_gap`); an answer saying it was never done, with no plan (session 21), its
    closest experience laid out as a story (:mod:`core.coach.stronger_closest`, session 23) or the denial lead and the
    outline of gaps; ``None`` for any other answer."""
    if asks_fact(question):
        return fact_answer(text)
    if asks_closest_and_plan(question):  # "…comes closest, and how would you get up to speed?" (session 23)
        return gap_answer(text)
    if (lead := denial_lead(text, kind)) is not None:  # "I haven't done that…", no plan: no Approach/Steps
        return (closest_story(text, OUTLINES["behavioural"], "[what you learned, or do differently now]")
                or lead + stronger_answer(question, "", qtype, None, facts))
    return None


# What a stronger answer says of an answer judged about something else (session 18: a half-marathon story told to a budget
# question came back under "Steps:"): none of its sentences, only the question's own outline.
OFF_TOPIC_LEAD = ("[That answer was about something else, so none of it is rearranged here: a stronger answer answers the "
                  "question asked. What to cover:] ")  # in brackets: the coach's words, as every gap is


def off_topic_outline(question: str, qtype: QuestionType, facts: dict | None = None) -> str:
    """The stronger answer to an answer about something else: :data:`OFF_TOPIC_LEAD` then the question's outline of gaps
    (:func:`stronger_answer` with no text: a bank question's model answer, or the type's parts), never its sentences."""
    return OFF_TOPIC_LEAD + stronger_answer(question, "", qtype, None, facts)


_OTHER_LANGUAGE = (
    "The offline coach rearranges answers in English only, so here is the outline to follow (answer in the "
    "interview's language): "
)
# an answer in the CV's and job's language: accepted, so never "answer in the interview's language"
_ACCEPTED_LANGUAGE = "The offline coach rearranges answers in English only, so here is the outline to follow: "


def _language_lead(ev: AnswerEvidence, accepted: bool) -> str:
    """The lead before the question's outline for an answer not in English: that nothing of it was read when the coach
    does not read its language (:func:`unread_lead`, re-check session 26, N8), else that the coach rearranges English
    only; "" for an English answer."""
    if not ev.analysed:
        return unread_lead(ev.lang, accepted)
    return "" if ev.lang == _EN else _ACCEPTED_LANGUAGE if accepted else _OTHER_LANGUAGE


def unread_lead(lang: str, accepted: bool) -> str:
    """What a stronger answer says before the question's outline when the answer is in a language the offline coach
    does not read (``lang``, ISO code): that nothing of it was read, so what follows is no rewrite of it (a model answer
    "written for this question" read as a judgement of the answer: re-check, session 26, N8). ``accepted``: the
    interview accepts that language, so the candidate is not told to answer in another one."""
    where = "" if accepted else " (answer in the interview's language)"
    reads = "reads only in part" if lang in PARTLY_READ_LANGUAGES else "does not read"  # rc28 m1/m8
    return (f"[Your answer is in {language_name(lang)}, which the offline coach {reads}, so nothing of it is "
            f"rearranged or judged here. What a strong answer to this question covers{where}:] ")


def _as_said(question: str, text: str, qtype: QuestionType, ev: AnswerEvidence, accepted: bool) -> str:
    """The stronger answer laid out from the candidate's sentences as said (:func:`_in_own_language`) when the answer is in
    another language the interview accepts (session 22), or mixes English with such a language (each sentence as said,
    never read or joined as English: session 26); "" otherwise."""
    if accepted and ev.lang in FOREIGN:
        return _in_own_language(question, text, qtype, ev.lang)
    if ev.lang == _EN and text.strip() and (other := mixed_language(clean_sentences(text))):
        return _in_own_language(question, text, qtype, other)
    return ""


def _in_own_language(question: str, text: str, qtype: QuestionType, lang: str) -> str:
    """The stronger answer to an answer in ``lang`` (not English) the interview accepts: :data:`FOREIGN_NOTE`, then the
    type's headings with the candidate's sentences as said, in order (:func:`core.coach.stronger_foreign.foreign_parts`),
    and a gap for each part nothing fills; "" when no sentence of theirs has substance (the outline is given then)."""
    kind = "fact" if asks_fact(question) else outline_kind(question, qtype)  # a licence held: Answer, Detail (s23)
    outline = FACT_OUTLINE if kind == "fact" else OUTLINES[kind]
    parts = foreign_parts(text, kind, lang, outline)
    if not any(parts.values()):
        return ""
    lines = [f"{label}: {' '.join(parts[label]) or gap}" for label, gap in (
        outline if kind in {"behavioural", "procedural"} else in_said_order(outline, parts, text))]
    if parts.get("Lesson"):
        lines.append("Lesson: " + " ".join(parts["Lesson"]))
    elif kind == "behavioural":
        lines.append("Lesson: [what you learned, or do differently now]")
    return FOREIGN_NOTE + " ".join(lines)
