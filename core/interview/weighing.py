"""One question's score from its answer and the reply to its follow-up, whichever model scores them.

The main answer carries the question. A follow-up reply can add what the answer lacked (a result, an example)
and lift the score; a weak one ("ok", "I don't know", a line of hedging) may lower it a little, never more
than :data:`FOLLOW_UP_STEP`: a strong answer followed by "ok" once scored 2/10 (newcomer, session 12), the
scorer reading the reply's "I don't know" as the whole answer's.

* a reply that is filler (:func:`filler_reply`: under :data:`FILLER_WORDS` words, or "I don't know", "pass",
  gibberish) is not scored at all: the main answer is, one point lower on depth (:func:`with_weak_reply`),
  one model call as for an answer with no follow-up;
* any other reply is scored with the answer (as before), and the main answer alone too; the question keeps
  the combined score unless it is more than :data:`FOLLOW_UP_STEP` below the main answer's, which is then
  used, one point lower on depth. The combined score keeps the main answer's structure when the reply would
  raise it (:func:`with_main_structure`): the parts a follow-up drew out came only when asked. That is a second scoring call for a question whose follow-up was answered.
  Two replies are not shielded so:
* a reply mostly made of its own sentences said again (:func:`padded_reply`: one sentence said 60 times) keeps
  the combined score, whose communication and structure say it repeats itself, on its real word count: the
  main answer's score once stood in for it (9/10, "79 words… no filler words" for a reply of 1,199 words);
* a reply that takes up nothing of the question (:func:`off_the_question`), or that scored alone does not answer
  it either (relevance :data:`UNANSWERED_RELEVANCE` or less: a third scoring call, only here), after a main answer
  that did not answer it (the same) does not lift it: the main answer's score is kept, saying so (an A/B-test story told to "a query that finds each customer's second purchase" after "a
  bar chart in Excel" once scored 8/10). After "I haven't done that" (or the coach's closest-thing prompt), such a
  reply that gives a related experience is scored as the closest thing (:mod:`core.coach.closest`: at most 6/10).

An answer that repeats an earlier question's (:func:`core.coach.redirect.repeat_of_question`) is scored as
such (:func:`core.coach.redirect.scored_as_repeat`); a follow-up reply that does, after a main answer of this
question's own, adds nothing and the report says which question it repeats (:func:`with_repeated_reply`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from core.analysis.answer import analyse_answer
from core.analysis.text import readable_text, said_once, strip_injections, strip_markup
from core.coach.answers_asked import UNANSWERED_NOTE, stock_phrases_only
from core.coach.asked_verb import does_asked_verb
from core.coach.closest import asks_closest, closest_reply, closest_score
from core.coach.coverage import OFF_REPLY_NOTE, UNJUDGED_REPLY_NOTE
from core.coach.factual_judged import fact_detail
from core.coach.framing import question_content
from core.coach.language_note import answer_language
from core.coach.off_parts import OFF_PARTS
from core.coach.phrasing import clip, quote
from core.coach.pressure import same_language
from core.coach.question_types import question_type
from core.coach.redirect import (
    about_something_else,
    is_redirect,
    repeat_of_question,
    repeated_from,
    scored_as_repeat,
)
from core.coach.rubric_parts import denial_only
from core.coach.score import MOSTLY_REPEATED, non_answer_kind, repeated_share
from core.coach.stronger import OFF_TOPIC_LEAD, off_topic_outline, stronger_answer
from core.coach.stronger_factual import asks_fact
from core.coach.subject import THIN_SHARE, subject_of
from core.coach.topic import answer_topics, asked_topics, takes_up_named_product
from core.interview.state import QuestionRecord
from core.schemas import AnswerScore, DimensionScore

FOLLOW_UP_STEP = 1  # the most a follow-up reply takes off the main answer's overall (1-10), in points
FILLER_WORDS = 8  # a reply under this many words adds nothing to weigh ("ok", "not really, that's it")
NO_STRUCTURE = "There is no answer to find a structure in."  # a non-answer's structure (core.coach.score)
UNANSWERED_RELEVANCE = 2  # a main answer scored this or less on relevance (1-5) did not answer its question
_FILLER_KINDS = frozenset({"empty", "dont_know", "gibberish", "one_liner"})

Scorer = Callable[[str, str], AnswerScore]  # (question, answer) -> score, from the interview's model chain


def filler_reply(reply: str, follow_up: str = "", question: str = "") -> bool:
    """Whether a follow-up reply adds nothing to weigh: under :data:`FILLER_WORDS` words, a non-answer
    ("I don't know", "pass", keyboard mash: :func:`core.coach.score.non_answer_kind`), or stock self-praise only
    ("I'm a people person and I always give 110%. I'm a team player.":
    :func:`core.coach.answers_asked.stock_phrases_only`, issue 15 of session 15: it lifted an answer about football
    from 1/10 to 5/10). A short reply that tells a part of the fact ``question`` asks (which licence, who issued it,
    until when: :func:`core.coach.factual_judged.fact_detail`, what its follow-up asked) is never filler:
    "Pennsylvania, active until 2027." answers "Which state issued it? Is it active, and until when?" (session 27)."""
    text = (reply or "").strip()
    if question and fact_detail(question, text)[0] and non_answer_kind(follow_up, text, analyse_answer(
            text, follow_up), "", "") not in {"empty", "dont_know", "gibberish"}:
        return False
    if len(text.split()) < FILLER_WORDS or stock_phrases_only(text):
        return True
    return non_answer_kind(follow_up, text, analyse_answer(text, follow_up), "", "") in _FILLER_KINDS


def padded_reply(reply: str) -> bool:
    """Whether a reply is mostly its own sentences said again: :data:`core.coach.score.MOSTLY_REPEATED` or
    more of its words (:func:`core.coach.score.repeated_share`)."""
    text = (reply or "").strip()
    return bool(text) and repeated_share(text, said_once(text)) >= MOSTLY_REPEATED


def off_the_question(question: str, reply: str) -> bool:
    """Whether ``reply``, in the question's language, takes up nothing of what ``question`` is about, or only
    by chance, or under :data:`core.coach.subject.THIN_SHARE` of it (:func:`core.coach.subject.subject_of`;
    a question with too little subject to judge never is). English word frequencies weigh the terms. A reply that
    does what the question asks with its own verb (:func:`core.coach.asked_verb.does_asked_verb`: "I'd ask for…")
    never is, nor one that takes up a known topic the question asks about (:func:`core.coach.topic.asked_topics`:
    shifts moved and overtime for "How do you plan staffing…?", issue 15, session 19)."""
    text = (reply or "").strip()
    if not text or not same_language(question, text) or does_asked_verb(question, text):
        return False
    if asked_topics(question) & set(answer_topics(text)):  # "moved two agents' shifts" takes up "staffing"
        return False
    subject = subject_of(text, question_content(question or "", subject=True))
    return subject.judged and (subject.nothing or subject.share < THIN_SHARE)


ANSWERS_RELEVANCE = 4  # a reply scored alone this or more on relevance (1-5) answers the question in its own words


def completes_story(record: QuestionRecord, combined: AnswerScore) -> bool:
    """Whether the follow-up reply finishes the main answer's own story rather than answering the question afresh:
    the main answer is an answer (no non-answer, no "I haven't", not about something else: the chat asked no
    redirect), the follow-up is no request for the closest thing, and the answer read with its reply answers the
    question at least in part (relevance over :data:`UNANSWERED_RELEVANCE`). Then the reply is weighed with the answer, never alone
    against the question: "Unsold bread fell from 40 loaves a day to 12", given when asked how a story of replanning
    the bake turned out, takes up no word of "reduced waste" by itself (session 23, newcomer nc23: a recall target's
    "9% to 5%… 40 more recall slots" was called "about something else")."""
    answer = record.answer or ""
    if combined.relevance.score <= UNANSWERED_RELEVANCE or denial_only(answer) or asks_closest(record.follow_up or ""):
        return False
    if about_something_else(record.question, answer) or is_redirect(record.follow_up or ""):
        return False
    return non_answer_kind(record.question, answer, analyse_answer(answer, record.question), "", "") is None


def answers_alone(alone: AnswerScore) -> bool:
    """Whether a follow-up reply scored alone (``alone``) answers the question: relevance :data:`ANSWERS_RELEVANCE` or
    more. The scorer's judgement of the whole reply outweighs a thin share of the question's words
    (:func:`off_the_question`): a full story of a mistake, its fix and what changed, given when the question was asked
    again, was set aside as "about something else" because it said "mistake" once (issue 15, session 19)."""
    return alone.relevance.score >= ANSWERS_RELEVANCE


def unjudged_reply(question: str, answer: str, reply: str, language: str = "") -> bool:
    """Whether ``reply`` comes after a main ``answer`` about something else (an answer, not a non-answer such as
    "I don't know") and is in another language than ``question``, with nothing the coach can match to the question
    (:func:`core.coach.topic.takes_up_named_product`): its words cannot show that it takes the question up, so it
    does not lift the answer (issue 15, session 18: a weakness answer to a question about a refusing pupil, then a
    Spanish story about a Moodle course, scored 7/10, relevance 5/5).

    ``language``: the interview's own language besides the questions' (ISO 639-1, "" for none), the one the CV and
    the job share (:func:`core.coach.interview_language.documents_language`). A reply in it is never set aside for its
    language: the interview accepts it, and the scorer judges it as it judges the main answer (session 19: a French
    process-improvement story with its before and after, in a French interview, was said to add nothing)."""
    text = (reply or "").strip()
    if not text or same_language(question, text) or takes_up_named_product(question, text):
        return False
    if language and answer_language(text) == language:
        return False
    return non_answer_kind(question, answer, analyse_answer(answer, question), "", "") is None


def with_off_reply(score: AnswerScore, *, unjudged: bool = False) -> AnswerScore:
    """The main answer's ``score`` as it is, its relevance saying the follow-up reply was about something
    else (``unjudged``: that nothing in it could be matched to the question) and counts for nothing here."""
    rel = score.relevance
    note = OFF_REPLY_NOTE if not unjudged else UNJUDGED_REPLY_NOTE
    missing = list(dict.fromkeys([*score.missing, "An answer to the question itself, in its own terms"]))
    return AnswerScore.model_validate({**score.model_dump(), "missing": missing[:6], "relevance": DimensionScore(
        score=rel.score, evidence=rel.evidence + note).model_dump()})


def with_weak_reply(score: AnswerScore, reply: str) -> AnswerScore:
    """The main answer's ``score`` one point lower on depth (never below 1), saying the follow-up got
    ``reply``: the overall moves by at most :data:`FOLLOW_UP_STEP`."""
    depth = score.depth
    said = quote(clip(reply.strip(), 8)) if reply.strip() else "no reply"
    # "counted one point lower" only when it is: a depth already at 1 stays there (newcomer rc30)
    note = f" The follow-up got {said}, which adds nothing" + (": counted one point lower." if depth.score > 1 else ".")
    lowered = DimensionScore(score=max(1, depth.score - 1), evidence=depth.evidence + note)
    missing = list(dict.fromkeys([*score.missing, "An answer to the follow-up: what it asked for, in a sentence or two"]))
    return AnswerScore.model_validate({**score.model_dump(), "depth": lowered.model_dump(), "missing": missing[:6]})


def with_repeated_reply(score: AnswerScore, same_as: int) -> AnswerScore:
    """The main answer's ``score`` for a follow-up reply that is the answer to question ``same_as`` again
    (:func:`core.coach.redirect.repeated_from`): the reply answers that question, not this one, so it adds nothing
    here (depth one point lower, as for any reply that adds nothing: :func:`with_weak_reply`), and the report says
    which question it repeats, as the chat does for a main answer (session 16: it was called "about something
    else")."""
    why = f"the same answer as for question {same_as}"
    note = f" The follow-up reply was {why}: it answers that question, not this one, so it adds nothing here."
    depth = score.depth
    lowered = DimensionScore(score=max(1, depth.score - 1), evidence=depth.evidence + " Counted one point lower: "
                             f"the follow-up reply was {why}.")
    rel = DimensionScore(score=score.relevance.score, evidence=score.relevance.evidence + note)
    missing = list(dict.fromkeys([*score.missing, f"An answer to the follow-up of its own, not {why}"]))
    return AnswerScore.model_validate({**score.model_dump(), "relevance": rel.model_dump(),
                                       "depth": lowered.model_dump(), "missing": missing[:6]})


def with_moved_reply(score: AnswerScore, home: int) -> AnswerScore:
    """The main answer's ``score`` as it is, for a follow-up reply told again for question ``home``, which it answers
    better (:mod:`core.interview.repeats`): the story counts there, and this question keeps what its own answer
    earned, its relevance saying where the reply went (session 20: it stayed here, "adds nothing", while the chat
    told the later question it "asks something else")."""
    note = (f" The follow-up reply is the story told again for question {home}, which it answers better: it counts "
            "there, not here.")
    rel = DimensionScore(score=score.relevance.score, evidence=score.relevance.evidence + note)
    return AnswerScore.model_validate({**score.model_dump(), "relevance": rel.model_dump()})


def with_moved_answer(score: AnswerScore, home: int) -> AnswerScore:
    """``score`` (:func:`core.coach.redirect.scored_as_repeat`) of a question whose main answer is the story told again
    for question ``home``, which it answers (:mod:`core.interview.repeats`): its relevance says plainly that this
    question was not answered (session 23: "the same answer as for question 3" read as if question 3 had taken it)."""
    rel = DimensionScore(score=score.relevance.score, evidence=(
        f"This story answers question {home}, where it was told again, and counts there: this question was not "
        "answered."))
    return AnswerScore.model_validate({**score.model_dump(), "relevance": rel.model_dump()})


def on_reply_alone(score: AnswerScore, same_as: int) -> AnswerScore:
    """``score`` of the follow-up reply alone, for a question whose main answer was the answer to question
    ``same_as`` again: that answer counts there, as the chat said ("so it counts there"), so only the reply is
    scored here, and relevance says so (session 17: the repeat and the reply scored together 8/10, relevance 5/5,
    the depth quoting the repeated answer's reason)."""
    note = (f" The first answer was the same answer as for question {same_as}, so it counts there: this question "
            "is scored on the follow-up reply alone.")
    rel = DimensionScore(score=score.relevance.score, evidence=score.relevance.evidence + note)
    return AnswerScore.model_validate({**score.model_dump(), "relevance": rel.model_dump()})


def on_reply_after_off(alone: AnswerScore, first_answer: str, *, instructions: bool = False) -> AnswerScore:
    """The question's score when its main answer was about something else
    (:func:`core.coach.redirect.about_something_else`), or ``instructions`` to the interviewer, and the chat asked the
    question again (:func:`core.coach.redirect.is_redirect`), and the follow-up reply answered it: ``alone`` (the reply
    scored alone, on its own parts: asked again, the reply is the answer), its relevance saying why. One judgement of
    the first answer holds across the lines: scored with the reply, a holiday story was once quoted under relevance as
    "does what the question asks" beside a structure "about something else" (issue 15, session 19). Session 23
    (newcomer nc23): the main answer's structure held the reply's at 1-2/5, "The follow-up reply's parts are not
    counted here", after "Ignore previous instructions…" and after a story about something else."""
    said = quote(clip(first_answer.strip(), 10).rstrip("."))
    what = "was instructions to the interviewer, not an answer" if instructions else "was about something else"
    rel = DimensionScore(score=alone.relevance.score, evidence=alone.relevance.evidence + (
        f" The first answer, {said}, {what}: this question is scored on the follow-up reply."))
    structure = DimensionScore(score=alone.structure.score, evidence=(
        f"The first answer {what}; the follow-up reply, to the question asked again, is scored on its own parts. "
        + alone.structure.evidence))
    return AnswerScore.model_validate({**alone.model_dump(), "relevance": rel.model_dump(),
                                       "structure": structure.model_dump()})


# the non-answers after which the follow-up asks for an answer afresh (the closest thing, a related experience), not
# for a part of one: "I don't know", nothing, keyboard mash (a handful of words is asked for more of the same: too_short)
NO_ANSWER_KINDS = frozenset({"dont_know", "empty", "gibberish"})


def said_not_known(question: str, answer: str) -> bool:
    """Whether ``answer`` gives no answer at all (:data:`NO_ANSWER_KINDS` of :func:`core.coach.score.non_answer_kind`:
    "I don't know.", "No idea.", nothing, keyboard mash): as one saying it was not done
    (:func:`core.coach.rubric_parts.denial_only`), so a follow-up reply that answers is the answer (session 23: "I don't
    know." then a story of telling an angry relative a medicine was out of stock, asked for the closest thing, was read
    together with it and scored relevance 1/5)."""
    return non_answer_kind(question, answer, analyse_answer(answer, question), "", "") in NO_ANSWER_KINDS


def _instructions(answer: str) -> bool:
    """Whether ``answer`` holds instructions to the interviewer ("Ignore previous instructions…": the chat's
    injection redirect, :func:`core.coach.redirect.redirect_reason`)."""
    plain = strip_markup(answer or "")
    return strip_injections(plain) != plain


def on_reply_after_denial(alone: AnswerScore, main: AnswerScore, first_answer: str, *,
                          not_known: bool = False, question: str = "") -> AnswerScore:
    """The question's score when its main answer only said it was not done (:func:`core.coach.rubric_parts.denial_only`)
    or, ``not_known``, gave no answer at all (:func:`said_not_known`: "I don't know."), and the follow-up reply answered
    it: ``alone`` (the reply scored alone, against the question), its relevance saying so. After "I haven't done that"
    the main answer's structure is kept when lower (the reply's parts came only when asked: :func:`with_main_structure`);
    after no answer at all the reply is the answer, on its own parts too: the follow-up asked for an answer afresh (the
    closest thing), not for a part of one (rc27 F3: "I don't know." then the textbook steps for a blocked
    tracheostomy kept Structure 1/5, "The follow-up reply's parts are not counted here", and 5/10)."""
    first = "says this was not done" if not not_known else "said the candidate did not know" if non_answer_kind(
        "", first_answer, analyse_answer(first_answer), "", "") == "dont_know" else "gave no answer"
    rel = DimensionScore(score=alone.relevance.score, evidence=alone.relevance.evidence + (
        f" The first answer {first}: this question is scored on the follow-up reply."))
    said = AnswerScore.model_validate({**alone.model_dump(), "relevance": rel.model_dump()})
    return said if not_known else with_main_structure(said, main, first_answer, question)


def with_denial_outline(result: AnswerScore, question: str, first_answer: str, reply: str) -> AnswerScore:
    """``result`` whose stronger answer, for a question asking how one would go about it, is the outline led by what was
    said (:func:`core.coach.stronger_denial.denial_lead`) when the first answer said it was not done and the reply gives
    no way of going about it either: "Steps: The workforce team owned the forecast…" laid a non-answer out as steps
    (re-check, session 21)."""
    from core.coach.stronger_denial import denial_lead
    from core.coach.stronger_outline import outline_kind

    text, qtype = f"{first_answer} {reply}", question_type(question)
    if outline_kind(question, qtype) not in {"situational", "technical"} or denial_lead(text, outline_kind(question, qtype)) is None:
        return result
    return AnswerScore.model_validate({**result.model_dump(), "stronger_answer": stronger_answer(question, text, qtype, None)})


def with_main_structure(combined: AnswerScore, main: AnswerScore, first_answer: str = "",
                        question: str = "") -> AnswerScore:
    """``combined`` with the main answer's structure when the reply lifted it: the parts a follow-up drew out
    came only when asked, so the answer keeps the shape it had (a filler answer and a good reply once scored
    structure 5/5 and 8/10, newcomer of session 13). What the reply adds still counts on the other dimensions.
    A ``question`` asking a fact (:func:`core.coach.stronger_factual.asks_fact`: which licence is held, when one could
    start) keeps ``combined``: its structure is the fact said and what backs it, not a story's parts, and what backs it
    is what its follow-up asks for (rc27 F5: the board, state, expiry and compact status given to "Which licence is
    it…?" were "not counted here")."""
    if combined.structure.score <= main.structure.score or asks_fact(question):
        return combined
    note = " The follow-up reply's parts are not counted here: they came only when asked."
    said = main.structure.evidence
    if said.startswith(NO_STRUCTURE) and first_answer.strip():  # the reply answered: "no answer" would contradict it
        said = (f"The first answer, {quote(clip(first_answer.strip(), 10).rstrip('.'))}, gave no structure to find."
                + said[len(NO_STRUCTURE):])
    elif said.startswith(OFF_PARTS) and first_answer.strip():  # the first answer's, not the reply's (session 22)
        said = f"The first answer, {quote(clip(first_answer.strip(), 10).rstrip('.'))}, is" + said[len("The answer is"):]
    if combined.relevance.score > UNANSWERED_RELEVANCE:  # answered with the reply: the cap was the first answer's alone
        said = said.replace(UNANSWERED_NOTE, "the first answer alone, before the follow-up, did not answer the question asked")
    kept = DimensionScore(score=main.structure.score, evidence=said + note)
    return AnswerScore.model_validate({**combined.model_dump(), "structure": kept.model_dump()})


def weighed_score(record: QuestionRecord, score: Scorer, earlier: Sequence[tuple[int, str]] = (),
                  language: str = "", later: Sequence[tuple[int, str]] = ()) -> AnswerScore:
    """The score of one question (see the module docstring): its answer weighed with the follow-up reply,
    an answer given to an earlier question already scored as such. ``earlier``: (question number, text) of
    the answers before it (:func:`core.interview.state.earlier_answers`); ``language``: the language the CV and
    the job share, which the interview accepts ("" for none: :func:`unjudged_reply`); ``later``: (question number,
    text) of this question's stories told again for a later question that answer it better
    (:func:`core.interview.repeats.moved_away`): they count there, a main answer as one given to that question."""
    reply = record.follow_up_answer if record.follow_up else None
    if later:
        if reply and repeated_from(record.answer or "", later) is None and (home := repeated_from(reply, later)) is not None:
            return with_moved_reply(score(record.question, record.answer or ""), home)
        earlier = [*earlier, *later]
    reply_from = repeated_from(reply, earlier) if reply and not filler_reply(reply, record.follow_up or "", record.question) else None
    if reply_from is not None and repeated_from(record.answer or "", earlier) is None:
        # the reply is an earlier question's answer again: it answers that one, so the main answer is scored alone
        return with_repeated_reply(score(record.question, record.answer or ""), reply_from)
    repeat_first = repeated_from(record.answer or "", earlier)
    if repeat_first is not None and repeat_of_question(record.answer or "", reply, earlier) is None:
        # the chat said the answer counts for the question it repeats: this one is scored on its reply alone
        return _stronger_without_repeat(on_reply_alone(score(record.question, reply or ""), repeat_first),
                                        record, score, earlier)
    if reply is None or padded_reply(reply):
        result = score(*record.scored_question_and_answer)
    elif filler_reply(reply, record.follow_up or "", record.question):
        result = with_weak_reply(score(record.question, record.answer or ""), reply)
    else:
        combined = score(*record.scored_question_and_answer)
        main = score(record.question, record.answer or "")
        unjudged = main.relevance.score <= UNANSWERED_RELEVANCE and unjudged_reply(record.question,
                                                                                   record.answer or "", reply, language)
        # "I haven't done that" answers nothing either: a reply is then weighed on its own, as after an answer off it;
        # so is a reply to the question asked again after instructions or an answer about something else
        redirected = is_redirect(record.follow_up or "")
        unanswered = main.relevance.score <= UNANSWERED_RELEVANCE or denial_only(record.answer or "") or redirected
        alone = score(record.question, reply) if unanswered and not completes_story(record, combined) else None
        if alone is not None and (unjudged or alone.relevance.score <= UNANSWERED_RELEVANCE
                                  or (off_the_question(record.question, reply) and not answers_alone(alone))):
            # after "I haven't done that", or when the question or the follow-up asked for the closest thing (a gap
            # question: "What have you done that comes closest…?"), it need not name what was asked (core.coach.closest)
            closest = not unjudged and (denial_only(record.answer or "") or asks_closest(record.follow_up or "")
                                        or asks_closest(record.question)) and closest_reply(record.question, reply, alone)
            after_off = not denial_only(record.answer or "") and about_something_else(record.question, record.answer or "")
            result = closest_score(reply, score, question=record.question, after_off=after_off) if closest \
                else with_off_reply(main, unjudged=unjudged)
        elif alone is not None and (about_something_else(record.question, record.answer or "") or (
                redirected and _instructions(record.answer or ""))):
            result = on_reply_after_off(alone, record.answer or "", instructions=_instructions(record.answer or ""))
        elif alone is not None and said_not_known(record.question, record.answer or ""):
            # no answer at all, then a reply on the question (one off it is weighed above): the reply is the answer
            result = on_reply_after_denial(alone, main, record.answer or "", not_known=True)
        elif alone is not None and denial_only(record.answer or ""):
            # "I haven't done that" and a reply: the reply is the answer, as what it is (never the two read together,
            # where the denial's own cap is lost: "…never built a forecast myself" + one line scored 6/10, session 20)
            result = (on_reply_after_denial(alone, main, record.answer or "", question=record.question) if answers_alone(alone) else closest_score(record.follow_up_answer or "", score, question=record.question)
                      if closest_reply(record.question, reply, alone) else with_off_reply(main))
            result = with_denial_outline(result, record.question, record.answer or "", reply)
        elif combined.overall >= main.overall - FOLLOW_UP_STEP:
            result = with_main_structure(combined, main, record.answer or "", record.question)
        else:
            result = with_weak_reply(main, reply)
    same_as = repeat_of_question(record.answer or "", reply, earlier)
    result = scored_as_repeat(result, same_as) if same_as is not None else result
    if same_as is not None and any(number == same_as for number, _ in later):
        result = with_moved_answer(result, same_as)
    if repeated_from(record.answer or "", earlier) is not None:
        result = _stronger_without_repeat(result, record, score, earlier)
    elif about_something_else(record.question, record.answer or ""):
        result = _stronger_without_repeat(result, record, score, earlier, off=True)
    return result


def _stronger_without_repeat(result: AnswerScore, record: QuestionRecord, score: Scorer,
                             earlier: Sequence[tuple[int, str]], *, off: bool = False) -> AnswerScore:
    """An answer given to an earlier question already (or, ``off``, one about something else:
    :func:`core.coach.redirect.about_something_else`) never feeds this question's stronger answer (issue 15, session 14:
    another question's story came back as 'Reasoning: I had to tell a customer…'; session 18: a half marathon under
    'Steps:'): it is built from the follow-up reply said once when that reply is this question's own, else it is the
    question's outline (after an answer about something else, saying so: :func:`core.coach.stronger.off_topic_outline`)."""
    reply = said_once(readable_text(record.follow_up_answer or "")) if record.follow_up else ""
    if reply and repeated_from(reply, [*earlier, (0, record.answer or "")]) is not None:
        reply = ""
    if off and reply and (filler_reply(reply, record.follow_up or "", record.question) or (
            off_the_question(record.question, reply) and not answers_alone(score(record.question, reply)))):
        reply = ""  # a reply about something else too, or one that adds nothing: no story of this question's either
    if reply:
        stronger = score(record.question, reply).stronger_answer
    elif off:  # the scorer's own outline when it said so too (it may name a CV achievement to draw on)
        stronger = result.stronger_answer if result.stronger_answer.startswith(OFF_TOPIC_LEAD) else off_topic_outline(
            record.question, question_type(record.question))
    else:  # nothing of its own to build on: the question's outline, without asking a model about no answer
        stronger = stronger_answer(record.question, "", question_type(record.question), None)
    return AnswerScore.model_validate({**result.model_dump(), "stronger_answer": stronger})
