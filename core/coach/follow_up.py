"""Follow-ups: :func:`follow_up_reason` decides whether an answer warrants a follow-up (one reason of
:data:`FOLLOW_UP_REASONS`) and :func:`follow_up_question` words it from the answer's own words. The interviewer's
whole turn is :func:`core.coach.turn.next_question_text`; the redirects after a non-answer are :mod:`core.coach.redirect`.
"""

from __future__ import annotations

import re
from typing import Any

from core.analysis.answer import about_work, analyse_answer, elsewhere, question_terms
from core.analysis.language import (
    ENGLISH_FUNCTION_WORDS,
    ENGLISH_SHARE,
    MIN_WORDS,
    detect_language,
    probably_english,
    spaced_words,
)
from core.analysis.term_meanings import meant
from core.analysis.text import content_stems, readable_text, sentences, strip_injections, strip_markup, words
from core.analysis.would_do import says_what_id_do
from core.coach.answers_asked import hold_said, missed_ask
from core.coach.blame import disowned
from core.coach.closest import asks_closest
from core.coach.declines import declines
from core.coach.follow_credential import asks_credential, credential_follow_up, credential_gaps
from core.coach.follow_own import OWN_REASONS, own_question, own_reason
from core.coach.follow_plan import plan_only, short_dont_know
from core.coach.follow_quote import (  # noqa: F401 (re-exported: the quote, split out)
    _DENIAL_RE,
    _SELF_VERDICT_RE,
    _WE_DID_RE,
    _quotable_clause,
    _salient_quote,
)
from core.coach.follow_up_lang import LANGUAGES, documents_reason, says_not_done
from core.coach.follow_up_told import told_outcome
from core.coach.generic_reason import generic_reasons, stock_only
from core.coach.half_answer import half_left
from core.coach.language_note import answer_language
from core.coach.move_on_kind import kind_move_on
from core.coach.non_answer_lang import dont_know_only
from core.coach.phrasing import norm_key
from core.coach.question_types import asks_why_role, question_type
from core.coach.repeat_request import answer_parts_only
from core.coach.restate import restated_question
from core.coach.scene import replies, scene_kind, sets_scene
from core.coach.score import non_answer_kind
from core.coach.short_answer import takes_up

# Follow-up reason codes, in the priority order follow_up_reason checks them.
FOLLOW_UP_REASONS: tuple[str, ...] = (
    "non_answer", "not_experienced", "own_part", "claims_only", "generic_why", "too_short", "no_example", "vague",
    "no_steps", "we_not_i", "no_result",
)

# "I haven't done that", "I haven't had to break bad news myself", "never had the chance to".
_NOT_EXPERIENCED_RE = re.compile(
    r"\b(?:i )?(?:haven't|have not|never) (?:had to|had the (?:chance|opportunity)|done|been in|faced|actually|"
    r"personally|really)\b|\bno (?:direct |real |personal )?experience (?:with|of|in)\b|"
    r"\bnot something i(?:'ve| have) done\b",
    re.IGNORECASE,
)
# Signs the answer already tells of one real occasion.
_EXAMPLE_RE = re.compile(
    r"\b(?:once|last (?:year|month|week|quarter|spring|summer|autumn|winter)|in (?:19|20)\d\d|at my (?:last|previous)|"
    r"when i (?:was|worked)|one time|for example|for instance|there was a (?:time|case|customer|patient)|"
    r"i remember)\b",
    re.IGNORECASE,
)

_COMMON_STEMS = frozenset(["month", "year", "week", "day", "first", "last", "new", "whole", "here", "now", "next"])


def _not_engaging(answer: str, question: str) -> bool:
    """Not in English, or about something else entirely: no word shared with the question, no
    skill, nothing about work (words work shares with sport and hobbies, "team", "coach", "league", do
    not count on their own; the pasted-text and "I don't know" cases are the scorer's)."""
    tokens = [w.lower() for w in words(answer)]
    shared = (content_stems(answer) & content_stems(question)) - _COMMON_STEMS
    # few function words: another language, unless the detector reads English (terse notes on a system's design, "1)
    # Independent scaling - GFS master needs CPU…", were called about something else: issue 15, session 19)
    if len(tokens) >= 8 and sum(t in ENGLISH_FUNCTION_WORDS for t in tokens) / len(tokens) < ENGLISH_SHARE:
        return not shared or detect_language(answer) != "en"
    # "I played in a football team": "team" alone is no sign of work (core.analysis.answer.about_work).
    return len(tokens) >= 8 and not shared and not about_work(answer)


# A question about what the candidate would do (whatever its type by wording), unless it also asks for
# a past occasion ("Tell me about a time… What would you do differently?").
_WOULD_RE = re.compile(
    r"\bwould (?:you|your)\b|\byou(?:'d| would)\b|\bif you (?:were|had|joined|found|noticed|discovered)\b|"
    r"\bimagine\b|\bsuppose\b|\bwhat if\b|\bin your first (?:\w+ )?(?:days|weeks|months)\b",
    re.IGNORECASE,
)
_PAST_ASK_RE = re.compile(
    r"\btell me about (?:a|an|one|the) (?:time|situation|occasion)|\bdescribe a (?:time|situation)|\ba time (?:when )?you\b|"
    r"\bgive (?:me |us )?an example\b|\bhave you ever\b|\b(?:did|have) you\b|\bwas there\b|\bwalk me through a\b|"
    r"\byour cv (?:mentions|says|lists|shows)\b|\byou list\b|\byou wrote\b",
    re.IGNORECASE,
)
# The candidate's own occasion, in the first person and the past: "I called the courier", "I led".
_OWN_PAST_RE = re.compile(
    r"\b(?:I|we)\s+(?:\w+ly\s+)?(?:\w{3,}ed|did|led|ran|made|took|got|gave|kept|found|built|spent|sat|told|went|"
    r"stayed|brought|wrote|set up|had to)\b",
    re.IGNORECASE,
)


def asks_hypothetical(question: str) -> bool:
    """Whether ``question`` asks what the candidate would do (a situational question, or "How would
    you design…", "What steps would you take…", "Where would you start…"), not about an occasion
    in their past: its follow-up asks how, never what happened or what the result was."""
    if question_type(question) == "situational" or sets_scene(question):  # "Three patients arrive…. How do you…?"
        return True
    return bool(_WOULD_RE.search(question or "")) and not _PAST_ASK_RE.search(question or "")


def own_example(answer: str, ev: Any) -> bool:
    """Whether the answer tells of an occasion of the candidate's own ("I haven't done exactly that,
    but I handled a similar case: I called the courier…"): a STAR situation or action, a stated
    experience, a dated occasion, or a first-person past-tense action outside a denial."""
    if _EXAMPLE_RE.search(answer) or ev.experience:
        return True
    if any(ev.star.get(part) and not _DENIAL_RE.search(ev.star[part]) for part in ("situation", "action")):
        return True  # never "Capacity planning has always been done by our team, so I've never built one" (a denial)
    return any(_OWN_PAST_RE.search(s) and not _NOT_EXPERIENCED_RE.search(s) for s in sentences(answer))


def _detailed(ev: Any) -> bool:
    """An answer with numbers, two named tools or 80+ words needs no "go deeper"."""
    return bool(ev.numbers) or len(ev.tools) >= 2 or ev.word_count >= 80


FEW_QUESTION_TERMS = 0.34  # under this share of the question's specific terms taken up, an answer is not about it


def vague_lack(ev: Any) -> str:
    """What a vague answer to a question about what the candidate would do lacks, or "" when it is not vague:
    not detailed (:func:`_detailed`), no number, no named tool, no action of its own (a STAR action, a
    first-person action, a stated experience), and few of the question's specific terms (under
    :data:`FEW_QUESTION_TERMS`). "first, then" with nothing concrete between is still vague. ``"question"``:
    it takes up none of the question's terms (ask what it would do about the question itself);
    ``"step"``: it names the subject but no concrete step (ask for the first step)."""
    if _detailed(ev) or ev.spelled_numbers or ev.tools or "action" in ev.star or ev.self_actions or ev.experience:
        return ""
    if not ev.question_specific or ev.question_coverage >= FEW_QUESTION_TERMS:
        return ""
    return "question" if not ev.question_overlap else "step"


def _in_documents_language(answer: str, documents: str) -> bool:
    """Whether ``answer`` is in ``documents``, the language the CV and the job share (not English), and one this
    module's other-language cues read (:mod:`core.coach.follow_up_lang`): a short one ("Le di clases de refuerzo")
    that is not plainly English counts as in it."""
    if documents not in LANGUAGES or probably_english(answer):
        return False
    return spaced_words(answer) < MIN_WORDS or answer_language(answer) == documents


def _in_language_reason(question: str, clean: str, documents: str) -> str | None:
    """:func:`follow_up_reason` for an answer in ``documents``, the language the CV and the job share
    (:func:`core.coach.follow_up_lang.documents_reason`)."""
    reason = documents_reason(question, clean, documents, hypothetical=asks_hypothetical(question),
                              qtype=question_type(question))
    if reason in {"non_answer", "not_experienced"}:
        return reason
    if asks_credential(question):  # a credential is held, not done: which, where, valid, recognised (rc26 N6)
        return "credential" if credential_gaps(question, clean) else None
    # a failure disowned outright ("das war nicht meine Schuld"): your own part, never another's failure quoted
    # back as something you did (session 26)
    return "own_part" if disowned(clean) else reason


def follow_up_reason(question: str, answer: str, documents: str = "") -> str | None:
    """The one reason a follow-up is warranted, or None, chosen by the question's type
    (:func:`core.coach.question_types.question_type`) and what the answer lacks:

    ``non_answer`` ("I don't know", pasted, off-topic, reasons any job could be given to a question that does not
    ask why this role: :func:`core.coach.generic_reason.stock_only`, or holding instructions to the interviewer:
    move on, no follow-up), ``not_experienced``
    ("I haven't done that": offer the closest thing, how they would handle it), ``generic_why`` (why this role,
    answered only with reasons any job could be given: :func:`core.coach.generic_reason.generic_reasons`), ``too_short`` (under
    35 words and not detailed), ``no_example`` (a past-example or technical question answered in
    generalities), ``vague`` (a hypothetical answered with "first" and "then" but in general words:
    :func:`vague_lack`), ``no_steps`` (a hypothetical answered with no concrete steps), ``we_not_i`` ("we"
    throughout), ``no_result`` (a past example with no outcome), ``credential`` (a question on a credential held,
    answered without which one, who issued it, until when or whether it is recognised here:
    :func:`core.coach.follow_credential.credential_gaps`; never asked what was done). A hypothetical is never asked for
    a result, an answer with an example never for an example. ``documents``: the language the CV and the job share
    (:func:`core.coach.interview_language.documents_language`, "" for none): an answer in it is read by the same
    rules on its language's cues (:func:`core.coach.follow_up_lang.documents_reason`).
    """
    plain = strip_markup(answer or "")
    clean = strip_injections(plain)
    parts = answer_parts_only(clean)  # "Sorry, could you repeat that? Anyway, I would…": the answer part alone
    # instructions to the interviewer or scorer, or "Skip me please, I'd rather not answer that one." (in any
    # language, session 26): move on, never dig into them
    if clean != plain or declines(parts):
        return "non_answer"
    clean = parts
    if documents and _in_documents_language(clean, documents):
        return _in_language_reason(question, clean, documents)
    ev = analyse_answer(clean, question)
    kind = non_answer_kind(question, clean, ev, "", "")
    qtype = question_type(question)
    hypothetical = asks_hypothetical(question)
    experience = qtype == "behavioural" and not hypothetical
    if experience and (_NOT_EXPERIENCED_RE.search(clean) or says_not_done(clean)) and not own_example(clean, ev):
        return "not_experienced"
    if (kind in {"empty", "dont_know", "pasted", "off_topic"} or _entirely_elsewhere(question, clean, ev) or short_dont_know(clean, ev)
            or (kind is None and _misses_ask(question, clean)) or bool(stock_only(question, ev))):  # the scorer's judgement too (answers_asked)
        return "non_answer"
    if asks_credential(question):  # a credential is held, not done: which, where, valid, recognised (rc26 N6)
        return "credential" if credential_gaps(question, clean) else None
    if own := own_reason(question, clean, ev, qtype):  # the failure put on others, or claims only: your own part
        return own
    if asks_why_role(question) and generic_reasons(ev):
        return "generic_why"  # "a great company, and I want to grow": ask what about this role (session 16)
    if ev.word_count < 35 and not _detailed(ev):
        return "too_short"
    if half_left(question, clean):  # one part of two answered: ask the other, as the report names it (session 22)
        return "other_part"
    has_example = own_example(clean, ev) or _detailed(ev)
    if hypothetical:
        steps = len(set(ev.star) & {"action", "task"}) or re.search(r"\b(?:first|then|next|after that)\b", clean, re.I)
        if steps and vague_lack(ev):
            return "vague"  # "first … then …" with nothing concrete between: not steps
        return None if steps or _detailed(ev) else "no_steps"
    if qtype in {"behavioural", "technical"} and not has_example:
        return "no_example"
    if ev.we_count >= 3 and ev.i_count * 3 <= ev.we_count:  # a hypothetical returned above
        return "we_not_i"
    if experience and "result" not in ev.star and not ev.numbers and not told_outcome(sentences(clean)) \
            and not asks_why_role(question):  # an outcome or a lesson told in words; an opener asks no outcome
        # no outcome to ask of an answer that tells no occasion of its own: two named tools made it "detailed"
        # ("My favourite language is Go… the gopher mascot" was asked "What was the outcome", final re-check 15)
        return "no_result" if (own_example(clean, ev) or ev.word_count >= 80) and not plan_only(clean, "en", _OWN_PAST_RE.search) else "no_example"
    return None


_FOLLOW_UPS: dict[str, tuple[str, ...]] = {
    "no_result": (
        "You mentioned {quote}. What was the outcome: what changed, and how did you know?",
        "How did that turn out in the end? A number helps if you have one: time, money, percentage or people affected.",
    ),
    "no_example": (
        "Can you make that concrete with one real example from your own work: where it was, what you did, and what happened?",
        "You said {quote}. Tell me about one specific time you did that.",
    ),
    "no_steps": (
        "Walk me through it step by step: what would you do first, who would you involve, and how would you know it was working?",
        "You said {quote}. What would your very first step be, and what would you watch for?",
    ),
    # A vague answer to a hypothetical: it takes up none of the question's own terms, so ask it again in short.
    "vague_question": (
        "That could fit many situations. For this one, {asked} What is the first concrete thing you would do?",
        "Let's make that specific to what I asked: {asked} What is the first thing you would actually do?",
    ),
    # ... or it names the subject but no concrete step: ask for the first one, and who or what it involves.
    "vague_step": (
        "What exactly would your first step be, and who or what would it involve?",
        "Which one concrete thing would you do first, and what would you look at to know it was working?",
    ),
    "we_not_i": (
        "You described what the team did, {quote}. What did you personally do, and which decisions were yours?",
        'I heard a lot of "we". Which part of that was yours alone?',
    ),
    "too_short": (
        "Could you say a bit more? Pick one example and walk me through what happened and what you did.",
        "Say more about {quote}: what was the context, and what exactly did you do?",
    ),
    # Why this role, answered with reasons any job could be given: ask what about this one (never quote the stock words).
    "generic_why": (
        "That could be said of many jobs. What is it about this role or organisation in particular that draws you, "
        "and what have you done that shows it?",
        "What draws you to this role rather than any other: one thing about its work or the organisation, and why "
        "it matters to you?",
    ),
    # A short answer to why this role: ask for the reason, and what shows it.
    "too_short_why": (
        "Could you say a bit more? What specifically draws you to this role, and what have you done that shows it?",
        "You said {quote}. What is it about this role or organisation in particular, and why now?",
    ),
    # A short answer to a hypothetical or technical question: ask how, not what happened.
    "too_short_plan": (
        "Could you say a bit more? Walk me through how you would do it: what first, and why?",
        "You said {quote}. How exactly would you do that, and what would you do first?",
    ),
    # A bare phrase that names another situation ("Handling a conflict with a physician" to a question about an
    # anxious patient): say so, and ask the question again, not just "say a bit more" (issue 15, session 14).
    "too_short_other": ("That sounds like a different situation from the one I asked about. Let's take this one: "
                        "{asked} Walk me through it.",),
    "not_experienced": (
        "That's fine, not everyone has. Then tell me how you would handle it: what would you do first, and who would you involve?",
        "That's all right. What is the closest thing you have done, or how would you approach it if it happened in your first month here?",
    ),
    # one part of a two-part question answered (core.coach.half_answer): ask the part left aside
    "other_part": ("Thanks, that covers the first part. And the other part of my question: {part}?",
                   "Thanks. Now the second half of my question: {part}?"),
    "non_answer": (
        "No problem. Is there a related experience you could draw on instead, even from study or outside work?",
    ),
    # An answer about something else: restate what was asked, kindly, and never quote the answer.
    "off_topic": ("Let's stay with the question: {asked} Could you answer that with one example?",),
    "off_topic_plan": ("Let's stay with the question: {asked} Could you walk me through it in a few sentences?",),
}


KIND_MOVE_ONS: frozenset[str] = frozenset(_FOLLOW_UPS["not_experienced"])  # the closest-thing follow-ups' wordings


def off_topic(question: str, answer: str) -> bool:
    """An answer that does not address the question: no meaningful term of it, no work content; or, in the
    question's language, one that does not do what the question plainly asks (whether you hold a credential, what
    you do during a lesson: :func:`core.coach.answers_asked.missed_ask`, which the report's relevance reads too);
    or only reasons any job could be given, to a question that does not ask why this role (:func:`core.coach.generic_reason.stock_only`)."""
    clean = readable_text(answer or "")
    ev = analyse_answer(clean, question)
    return _entirely_elsewhere(question, clean, ev) or _misses_ask(question, clean) or bool(stock_only(question, ev))


def _entirely_elsewhere(question: str, answer: str, ev: Any) -> bool:
    """Not in English or about something else entirely (:func:`_not_engaging`,
    :func:`core.analysis.answer.elsewhere`), unless it says whether the candidate holds the credential the question
    asks about in its own words ("I'm registered with the HCPC": :func:`core.coach.answers_asked.hold_said`), and
    never an answer the scorer reads as one: a named output or definition to a knowledge question
    (:func:`core.coach.short_answer.takes_up`), a reply to a role-play or dilemma (:func:`core.coach.scene.replies`)."""
    from core.coach.competency import shows_asked  # (competency reads modules that read this one)
    from core.coach.joined_topics import joined_taken

    if takes_up(question, answer) or ((scene := scene_kind(question)) and replies(scene, answer)):
        return False  # the scorer's reading too: a named output or definition, a reply to a scene (session 21)
    if ev.lang == "en" and meant(question, answer):  # what it asks in other words ("Cat C+E" for HGV driving: session 26)
        return False
    if shows_asked(question, answer) or joined_taken(question, answer):  # what it asks in its own words ("the margin of
        return False  # error…": session 22), or one of the things it joins ("P&L, margin and labour…": session 24)
    return ((_not_engaging(answer, question) or bool(elsewhere(ev, question))) and not hold_said(question, answer)
            and not says_what_id_do(question, answer))  # "I'd tell them to…": weak, not elsewhere (session 20)


def _misses_ask(question: str, answer: str) -> bool:
    """:func:`core.coach.answers_asked.missed_ask` for an answer in the question's language (another language's
    words cannot be matched to the question's)."""
    from core.coach.pressure import same_language  # pressure imports this module's callers

    return bool(missed_ask(question, answer)) and same_language(question, answer)


_PERSON_RE = re.compile(r"\b(?:I|I'm|I've|I'd|we|my|our|me)\b", re.IGNORECASE)
# a statement about what was asked ("They're all up to date", "It's all filed"): a pronoun standing for the question's
# thing, or a verb of being, makes a sentence, never another story's heading (session 26)
_STATEMENT_RE = re.compile(r"\b(?:it|it's|they|they're|these|those|them|everything|everyone|all of them|is|are|was|were)\b|"
                           r"\w're\b", re.IGNORECASE)


def _other_heading(question: str, answer: str) -> bool:
    """Whether ``answer`` is a bare English phrase of two terms or more (under 10 words, nobody in it, no full stop
    inside: "Handling a conflict with a physician") that takes up no term of the question: another story's heading.
    A short answer in another language ("Le di clases de refuerzo por la tarde") shares no English word with the
    question and tells nobody by an English pronoun: it is no heading."""
    text = readable_text(answer or "").strip()
    if (not text or len(text.split()) >= 10 or not probably_english(text) or _PERSON_RE.search(text)
            or _STATEMENT_RE.search(text.replace("’", "'"))
            or re.search(r"[.!?;]\s+\S", text)):
        return False
    return len(question_terms(text)) >= 2 and not analyse_answer(text, question).question_overlap


def follow_up_question(reason: str, question: str, answer: str, *, variant: int = 0) -> str:
    """A follow-up tailored to the reason and to the answer's own words, in the question's tense: a
    question about what the candidate would do gets "how would you…", never "what happened"; one
    about their past never turns into a hypothetical unless they said they have not done it."""
    qtype = question_type(question)
    if reason == "credential" and (asks := credential_follow_up(question, answer, variant)):
        return asks
    if reason in OWN_REASONS:
        return own_question(reason, asks_hypothetical(question), len(norm_key(question)) + variant)
    if reason in {"too_short", "no_example", "no_result", "we_not_i"} and asks_hypothetical(question):
        reason = "too_short_plan" if reason == "too_short" else "no_steps"  # a plan: ask how, not what happened
    elif reason == "too_short" and qtype == "technical":
        reason = "too_short_plan"  # "what exactly did you do?" does not fit a question about a plan
    elif reason == "too_short" and qtype == "motivation":
        reason = "too_short_why"
    if reason == "vague":
        asked = restated_question(question)
        lack = vague_lack(analyse_answer(readable_text(answer or ""), question))
        reason = "vague_question" if lack == "question" and asked else "vague_step"
        templates = _FOLLOW_UPS[reason]
        return templates[(len(norm_key(question)) + variant) % len(templates)].format(asked=asked)
    if reason == "too_short" and (asked := restated_question(question)) and _other_heading(question, answer):
        return _FOLLOW_UPS["too_short_other"][0].format(asked=asked)
    if reason == "non_answer" and (asked := restated_question(question)) and off_topic(question, answer) \
            and not dont_know_only(answer):  # "Je ne sais pas, …": the kind move-on, in any language
        key = "off_topic_plan" if asks_hypothetical(question) or qtype == "technical" else "off_topic"
        return _FOLLOW_UPS[key][0].format(asked=asked)
    if reason == "other_part" and (left := half_left(question, readable_text(answer or ""))):
        return _FOLLOW_UPS[reason][variant % 2].format(part=left.rstrip(" ?.!")[:1].lower() + left.rstrip(" ?.!")[1:])
    if reason == "not_experienced" and (kind := kind_move_on(question, answer, variant)):
        return kind  # a language or a knowledge asked about: where it was used so far, in the answer's language
    if reason == "not_experienced":  # the closest thing, unless the question asked for it already: then how
        return _FOLLOW_UPS[reason][((0 if asks_closest(question) else 1) + variant) % 2]  # they would handle it
    templates = _FOLLOW_UPS.get(reason) or _FOLLOW_UPS["too_short"]
    quote = _salient_quote(answer, within=_WE_DID_RE if reason == "we_not_i" else None)
    if _SELF_VERDICT_RE.search(quote):  # "You said "I think I'm good at Excel". How exactly would you do that": no
        quote = ""
    choices = [t for t in templates if quote or "{quote}" not in t]
    seed = len(norm_key(question)) + variant
    text = choices[seed % len(choices)]
    return text.format(quote=quote or "that")
