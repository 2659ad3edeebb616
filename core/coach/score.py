"""Scoring one answer on the five-dimension rubric from observable evidence.

:func:`score_answer` reads only the candidate's words (the interviewer's follow-up is removed),
detects the question type (:func:`core.coach.question_types.question_type`) and the answer's
language, and scores relevance, structure, specificity, depth and communication (1-5 each), each
with the words it rests on. What each type is judged on is in :mod:`core.coach.dimensions`.
:func:`non_answer_kind` tells a non-answer from an answer. Only these are non-answers: empty,
"I don't know" or "pass", gibberish, text pasted from the CV, job description or question, and a
handful of words (under :data:`HANDFUL` words); an answer that holds only instructions to the scorer
is told so. An answer that seems to miss the question is still an answer: relevance alone is
lowered. Only an answer about something else entirely (no term of the question, job or CV and no
word of work at all: :func:`core.analysis.answer.elsewhere`) also has its structure, detail and
depth counted at 2 at most, since they are not evidence for the question (3-4/10, never 1/10).
Sentences said again are left out before the content is judged (padding adds nothing); fluency
(communication) is judged on what was said, repeats included.
"""

from __future__ import annotations

import logging
import re

from core.analysis.answer import (
    AnswerEvidence,
    analyse_answer,
    candidate_words,
    elsewhere,
    is_experience_question,
)
from core.analysis.cv import extract_cv_facts
from core.analysis.job import extract_requirements
from core.analysis.language import detect_language, is_gibberish, mostly_cjk, spaced_words, zipf
from core.analysis.signals import noise_count, tokens
from core.analysis.text import said_once, sentences, shingle_overlap, strip_injections, strip_markup
from core.coach.answers_asked import asked_gaps, hold_said, missed_ask
from core.coach.asked_kind import missing_kind
from core.coach.asked_requirement import unshown_requirement, with_requirement_unshown
from core.coach.bank import job_family
from core.coach.blame import GAP as BLAME_GAP
from core.coach.blame import (
    blame_outline,
    blamed_only,
    disowned,
    outright_excuse,
    with_blame_held,
    with_excuse_held,
)
from core.coach.competency import off_subject_of, shows_asked
from core.coach.coverage import INJECTION_NOTE
from core.coach.design_depth import held_below_top_band
from core.coach.dimensions import (
    RESULT_GAP,
    communication,
    concise_complete,
    depth,
    relevance,
    specificity,
    structure,
    type_gaps,
    why_held,
)
from core.coach.factual_judged import judged_as_fact, says_fact
from core.coach.framing import question_content
from core.coach.generic_reason import stock_only, stock_scores
from core.coach.half_answer import half_left, with_half
from core.coach.interview_language import accepted
from core.coach.joined_topics import joined_taken, with_joined_taken
from core.coach.meaning import relevance_by_meaning, with_other_subject, work_reasons
from core.coach.non_answer_lang import says_dont_know_only
from core.coach.off_parts import parts_not_counted
from core.coach.phrasing import clip, one_per_gap, quote
from core.coach.question_types import QuestionType, asks_why_role, question_type
from core.coach.relevance_across import GAP as OFF_TOPIC_GAP
from core.coach.relevance_across import read_across, with_across
from core.coach.relevance_agrees import relevance_agrees
from core.coach.repeat_request import answer_parts_only
from core.coach.scene import GAPS, KINDS, replies, scene_kind, scene_scores
from core.coach.score_repeats import MOSTLY_REPEATED, _mostly_repeated, repeated_share
from core.coach.short_answer import reasoned_short, short_scores, takes_up
from core.coach.short_substance import brief_level, brief_score
from core.coach.stronger import off_topic_outline, stronger_answer
from core.coach.stronger_intro import why_reasons
from core.coach.stronger_outline import with_whole_achievements
from core.coach.subject import is_story, subject_of
from core.coach.topic import apply as off_question_scores
from core.coach.topic import off_question, shows_nothing_for_it, with_relevance_capped
from core.coach.unsure import UNSURE_CAP, UNSURE_SHARE, mostly_unsure, unsure_scores  # noqa: F401 (split out; read here too)
from core.coach.vague_claims import with_vague_claims
from core.coach.vague_example import with_vague_example
from core.schemas import AnswerScore, DimensionScore

logger = logging.getLogger(__name__)

HANDFUL = 8  # fewer words than this is "a handful": no answer to judge
_NO_CV_FACTS = {"skills": [], "employers": [], "achievements": [], "skill_employer": {}, "roles": []}

# ---------------------------------------------------------------- non-answers


def _gibberish(text: str, lang: str) -> bool:
    """Most tokens are not words of the answer's language nor of English (keyboard mash). Text written
    mostly in Chinese or Japanese characters is never called mash: it runs its words together, and the
    word lists cannot split it without optional tokenizers (it was scored 1/10 as "not readable")."""
    if mostly_cjk(text):
        return False
    toks = [t for t in tokens(text) if len(t) > 1]
    if len(toks) < 3:
        return bool(toks) and all(zipf(t, lang) == 0 and zipf(t, "en") == 0 for t in toks)
    unknown = sum(1 for t in toks if zipf(t, lang) == 0 and zipf(t, "en") == 0)
    return unknown / len(toks) >= 0.6


_QUOTED_RE = re.compile(r"[\"“][^\"“”]{3,}?[\"”]")  # a double-quoted span (the coach quotes with "…")


# a sentence that names no reason, only that there is one: "It depends on the situation.", "It varies, case by case."
# (newcomer rc30: "Found the reasoning and trade-offs behind your choice: 'It depends on the situation'", 9/10)
_EMPTY_REASON_RE = re.compile(
    r"(?i)^(?:(?:well|but|and|so|honestly|really),?\s+)?(?:it|that|everything|all of it)\s+(?:all\s+|really\s+|just\s+)?"
    r"(?:depends|varies|changes)(?:\s+(?:on|with)\s+(?:the\s+)?(?:situation|circumstances|context|case|day|patient|"
    r"person|customer|client|job|moment|thing))?(?:,?\s+(?:really|case by case|every time|each time|i guess|i suppose))?"
    r"\s*[.!]*$|^(?:i\s+(?:take|handle|judge)\s+(?:it|each one|things)\s+)?case\s+by\s+case\.?$")


def non_answer_kind(
    question: str, answer: str, ev: AnswerEvidence, cv_text: str, job_description: str
) -> str | None:
    """Why an answer is not an answer: empty, dont_know, gibberish, pasted, one_liner; else None."""
    text = candidate_words(answer)
    if ev.word_count == 0 or not text.strip():
        return "empty"
    if says_dont_know_only(text, ev):
        return "dont_know"
    if _gibberish(text, ev.lang) or is_gibberish(text):  # "x x x": no words at all
        return "gibberish"
    # What the question quotes of the candidate ('Say more about "I'd send the parents a note"') is theirs:
    # an answer that says it again is not a copy of the question.
    asked = _QUOTED_RE.sub(" ", question or "")
    for source in (cv_text, job_description, asked):
        if source and shingle_overlap(text, source) >= 0.5:
            return "pasted"
    if (spaced_words(text) if mostly_cjk(text) else ev.word_count) < HANDFUL and not reasoned_short(question, text) \
            and not says_fact(question, text):  # "Yes, I have a license." to "Do you hold…?" is an answer (session 27)
        return "one_liner"  # "false, because floating point can't store 0.1 exactly" is a short answer (session 21)
    return None


_NON_ANSWER_NOTES = {
    "empty": "No answer was given.",
    "dont_know": "The answer says the candidate does not know, so there is nothing to assess.",
    "gibberish": "The answer is not readable text.",
    "one_liner": "A handful of words, with no example or detail to assess.",
    "pasted": "The answer repeats text from the CV, job description or question instead of answering it.",
    "injection": ("The answer holds instructions to the scorer (to ignore its rules or award a score), not an answer "
                  "to the question; instructions are never scored."),
}


def _low_score(question: str, answer: str, kind: str, qtype: QuestionType, facts: dict) -> AnswerScore:
    note = _NON_ANSWER_NOTES[kind]
    clipped = clip(answer, 12)
    if len(clipped) > 90:  # long words, or one endless "word" ("xxxx…"): fewer words, never a word cut in two
        clipped = next((c for n in range(11, 0, -1) if len(c := clip(answer, n)) <= 90), "")
        clipped = clipped or clip(answer, 1)[:80].rstrip("…") + "…"
    clipped = re.sub(r"(?<!\.)\.\s*$", "", clipped.strip())  # 'was "sorry".', never 'was "sorry.".'
    shown = quote(clipped) if answer.strip() else "nothing"
    said = f"The answer was {shown}" + ("" if re.search(r"[!?…]$", clipped) else ".")
    if kind == "injection":  # the instructions themselves are never quoted back
        said = f"Apart from them it says {shown}." if answer.strip() else "There is nothing else in it."
    comm = 2 if kind == "one_liner" and len(answer.split()) >= 5 else 1
    return AnswerScore(
        relevance=DimensionScore(score=1, evidence=f"{note} {said}"),
        structure=DimensionScore(score=1, evidence="There is no answer to find a structure in."),
        specificity=DimensionScore(score=1, evidence="No concrete example, number or named tool."),
        depth=DimensionScore(score=1, evidence="No reasoning, trade-off or lesson is given."),
        communication=DimensionScore(
            score=comm, evidence=f"{said.removesuffix('.')}; there is too little of your own to judge clarity."
        ),
        missing=["An answer to the question actually asked",
                 *([GAPS[p] for p in KINDS[scene]] if (scene := scene_kind(question)) else type_gaps(qtype))],
        stronger_answer=stronger_answer(question, "", qtype, None, facts),
        overall=1,
    )


def _not_an_answer(question: str, answer: str, kind: str, qtype: QuestionType, ev: AnswerEvidence,
                   facts: dict) -> AnswerScore:
    """The score of a non-answer of ``kind``; an English technical one-liner with content scores above a word."""
    if kind == "one_liner" and qtype == "technical" and ev.lang == "en" and (level := brief_level(question, answer)):
        return brief_score(question, answer, level, qtype, ev, facts)
    return _low_score(question, answer, kind, qtype, facts)


def score_answer(question: str, answer: str, *, job_description: str = "", cv_text: str = "") -> AnswerScore:
    """Score one answer on the rubric from observable evidence, quoting the answer for each dimension.

    Only the candidate's words are read: "(Follow-up: …)" lines the interview inserts between the
    answer and the follow-up answer are removed first, and so are injected instructions in the
    answer, CV or job description. ``overall`` is left at 1: :class:`~core.schemas.AnswerScore`
    computes it from the dimensions. Never raises on odd text.
    """
    question = strip_injections(question or "")
    # the answer part alone: a request to hear the question again that opens it is no part of it (issue 15, session 15)
    own = answer_parts_only(candidate_words(answer or ""))
    plain = candidate_words(strip_markup(own))  # tags, script bodies and Markdown are not content
    clean = candidate_words(strip_injections(plain))
    injected = clean != plain
    jd, cv = strip_injections(job_description or ""), strip_injections(cv_text or "")
    facts = with_whole_achievements(extract_cv_facts(cv), cv) if cv else dict(_NO_CV_FACTS)  # a PDF's wraps joined
    facts = {**facts, "family": job_family(jd, cv)}  # a model answer of the job's field (session 27)
    qtype = question_type(candidate_words(question))  # the main question decides the type, not a follow-up
    # The question's terms are those of what it is about, never the coach's own framing ("closest", "asks")
    about = question_content(question)
    ev = analyse_answer(clean, about, jd)
    once = said_once(clean)
    said_again = once != clean
    full = ev
    if said_again:  # sentences said again add nothing: the content is judged on each said once
        ev, clean = analyse_answer(once, about, jd), once
    if plain != own and full.signals is not None:  # the markup is gone from the text, not from the note on it
        full.signals.noise = max(full.signals.noise, noise_count(own))
    kind = non_answer_kind(question, clean, ev, cv, jd)
    if kind:
        return _not_an_answer(question, clean, "injection" if injected else kind, qtype, ev, facts)
    ev.reasoning = work_reasons(ev.reasoning, clean)  # a bonus is a reward, not the reason for an approach
    ev.reasoning = [r for r in ev.reasoning if not outright_excuse(r)]  # an excuse is no reasoning (session 26)
    ev.reasoning = [r for r in ev.reasoning if not _EMPTY_REASON_RE.match(r.strip())]  # "It depends" says no why

    job_terms = extract_requirements(jd)
    question_lang = detect_language(question)
    # the question's subject is judged in English only (word frequencies and stems are English)
    # what the question is about is the main question's, never the follow-up's probe ("what was the context?")
    main_about = question_content(candidate_words(question), subject=True)
    subject = subject_of(clean, main_about) if ev.analysed and ev.lang == "en" and question_lang == "en" else None
    story = is_story(len(ev.star), qtype, is_experience_question(question))
    subject, off_subject = off_subject_of(subject, clean, question, qtype, story=story) if subject else (None, 0)
    asks_why = asks_why_role(question)
    ev.reasons = why_reasons(ev.reasons, candidate_words(question), clean, asks=asks_why, lang=ev.lang)
    # relevance held down for a reason a concise answer does not lift: off the subject, in another language
    # than the question's, or silent on why this role when that was asked
    # a question about the candidate asks for a kind of answer (a reason, a weakness) that has its own words
    kind_gap = missing_kind(candidate_words(question), qtype, clean) if subject is not None else None
    part_in = other_language_part(clean, question_lang) if ev.lang == question_lang else None
    accepts = ev.lang != question_lang and accepted(ev.lang, cv, jd)  # the CV's and job's language: accepted
    part_in = None if part_in and accepted(part_in, cv, jd) else part_in
    # a question that says plainly what answers it (whether you hold X; during a lesson, not at the end): the chat's
    # judgement too (core.coach.follow_up.off_topic)
    missed = missed_ask(candidate_words(question), clean) if subject is not None else ""
    # "I have applied for it", "I'm registered with the HCPC" answer "do you hold…?" in their own words
    said = hold_said(candidate_words(question), clean) if subject is not None else ""
    held = bool(off_subject or kind_gap or part_in or missed or why_held(ev, asks_why)
                or (question_lang != ev.lang and not accepts))
    dims = [
        relevance(ev, qtype, clean, question_lang=question_lang, asks_why=asks_why, subject=subject,
                  off_subject=0 if part_in else off_subject, part_in=part_in, accepted=accepts),
        structure(ev, qtype),
        specificity(ev, job_terms, question=question, qtype=qtype),
        depth(ev, qtype),
        communication(full),  # fluency and padding: what was actually said, repeats included
    ]
    # what it asks, shown in the answer's own words (session 21)
    dims = relevance_by_meaning(dims, candidate_words(question), clean, ev, judged=subject is not None and not held)
    dims = with_joined_taken(dims, candidate_words(question), clean, ev) if ev.lang == "en" == question_lang else dims
    half = half_left(candidate_words(question), clean) if ev.lang == "en" == question_lang else ""
    dims = with_half(dims, half) if half else dims  # one part of two answered: half on topic (session 22)
    if accepts:  # in the CV's and job's language: read by what the coach reads of the question there (session 20)
        dims = with_across(dims, read_across(question, clean, ev.lang), ev, question)
    # a reply spoken to the person a role-play quotes, or a judgement of a dilemma, is its answer (session 21)
    # and so is a definition ("It calls…") or a named output ("false, because…") to a knowledge or code-output question
    scene = scene_kind(candidate_words(question)) if qtype == "situational" else None
    known = takes_up(candidate_words(question), clean)
    # and so is the fact a factual question asks, said first ("Around 45,000, based on…" to "salary expectations")
    spoken = known or (bool(scene) and replies(scene, clean)) or says_fact(question, next(iter(sentences(clean)), ""))
    topic = [] if said or spoken or shows_asked(candidate_words(question), clean) or joined_taken(
        candidate_words(question), clean) else elsewhere(ev, question, cv, jd)  # or one of what it joins (session 24)
    off = None if topic or mostly_unsure(ev) or spoken else off_question(ev, question, qtype, same_language=question_lang == ev.lang)
    stock = [] if topic or off else stock_only(question, ev)  # "a great company" to a question about Excel
    if topic or stock:
        dims = shows_nothing_for_it(_about_something_else(dims, topic)) if topic else stock_scores(dims, stock)
    elif off:
        dims = shows_nothing_for_it(with_other_subject(off_question_scores(dims, off, ev), clean))
    elif mostly_unsure(ev):
        dims = unsure_scores(dims, ev)
    elif concise_complete(ev, qtype) and not said_again:  # a sentence said twice is no concision
        dims = _concise(dims, on_subject=not held)
    if scene and not (topic or off or stock):  # judged on what such a station looks for (core.coach.scene)
        dims = scene_scores(dims, scene, clean)
    # a short but real answer: 4-6/10; a longer one on the question (core.coach.short_answer)
    dims = short_scores(dims, clean, candidate_words(question)) if known and not (topic or off or stock) else dims
    # what the question asks that the answer does not give: its job requirement (relevance agrees with the coverage,
    # core.coach.asked_requirement), the kind of answer it asks for, what it plainly asks
    if not (topic or off or stock):
        # the role an opener names ("why the production planner role…") is what is applied for, no requirement asked
        unshown = unshown_requirement(question, clean, job_terms) if ev.lang == "en" and not asks_why else ""
        dims = asked_gaps(with_requirement_unshown(dims, unshown) if unshown else dims, kind_gap, missed, said,
                          nothing_of_it=bool(subject and subject.judged and subject.nothing and not half))
    nothing = bool(subject and subject.judged and subject.nothing and dims[0][0].score <= 1)  # none of it, at 1/5
    dims = parts_not_counted(dims, qtype, elsewhere=bool(topic or off or missed or nothing))  # no parts of the question's
    if (share := repeated_share(full.text, clean)) >= MOSTLY_REPEATED:
        dims = _mostly_repeated(dims, share)
    dims = held_below_top_band(dims, question, qtype, clean, ev)  # a design answer's top band needs its depth
    dims = with_vague_example(dims, ev, qtype, clean)  # "we redesigned it and it went well" is a claim (session 22)
    dims = with_vague_claims(dims, ev, clean, question)  # "I was responsible for everything and made sure it went well"
    blamed = blamed_only(ev, qtype, clean)  # "my manager never told me", "it wasn't my fault": no act of one's own
    dims = with_blame_held(dims, blamed)
    # "it was my colleague's fault, not mine", in any language (session 26)
    excuses = disowned(clean, held=bool(blamed or topic or off or stock))
    dims = with_excuse_held(dims, excuses)
    dims = dims if topic or off or stock or missed else judged_as_fact(dims, question, ev)  # a fact, not a story
    dims = _injection_capped(dims, plain) if injected else dims
    missing = [item for _, gaps in dims for item in gaps]
    if not ev.analysed:
        missing = [m for m in missing if not _needs_language(m)]
    if asks_why:  # a "why this role" question asks for reasons, not a story's result or a trade-off (missing2)
        missing = [m for m in missing if not m.startswith((RESULT_GAP, "A number that shows the scale or the outcome",
                                                            "Why you chose that approach"))]
    if any("result, with a number" in m for m in missing):
        missing = [m for m in missing if not m.startswith("A number that shows")]
    clean = "" if missed else clean  # another question's answer is no model for this one: the outline of gaps
    return AnswerScore(
        relevance=relevance_agrees(dims[0][0]),  # a 4 or 5 never said to share only everyday words (session 27)
        structure=dims[1][0],
        specificity=dims[2][0],
        depth=dims[3][0],
        communication=dims[4][0],
        missing=one_per_gap(missing)[:6],
        # an answer about something else gives nothing to rearrange: the question's outline, saying why
        stronger_answer=off_topic_outline(question, qtype, facts) if (topic or off) and ev.lang == "en" else blame_outline(
            clean, blamed or excuses) if blamed or excuses else stronger_answer(
            question, "" if topic or off else clean, qtype, ev, facts, linked=_linked(dims), relevance=dims[0][0].score,
            accepted=accepts or ev.lang == question_lang != "en"),  # answered in the question's language: accepted (s26)
        overall=1,
    )


def _injection_capped(dims: list, plain: str) -> list:
    """An answer holding injected instructions: one asking for a score speaks to the scorer, not to the question, so
    its fit is capped at 2; any other keeps its fit, with the note said."""
    cap = 2 if _ASKS_FOR_SCORE_RE.search(plain) else 5
    return [(DimensionScore(score=min(dims[0][0].score, cap), evidence=dims[0][0].evidence + INJECTION_NOTE),
             dims[0][1]), *dims[1:]]


def _linked(dims: list) -> bool:
    """False when relevance found nothing linking the answer to its question."""
    return not any(m.startswith("A clearer link") for m in dims[0][1])


# "give me 10/10", "award full marks", "rate this answer excellent": instructions that ask for a score.
_ASKS_FOR_SCORE_RE = re.compile(
    r"\b(?:give|award|rate|score|grade|mark)\b[^.!?\n]{0,40}?(?:\b\d+\s*/\s*\d+|\b(?:full|top|maximum|perfect|"
    r"highest)\s+(?:marks|score|points|rating)\b|\bas (?:excellent|perfect|outstanding)\b)",
    re.IGNORECASE,
)
OFF_TOPIC_CAP = 2  # structure, specificity and depth of an answer about something else entirely


def _concise(dims: list, *, on_subject: bool = True) -> list:
    """A concise, complete answer (:func:`core.coach.dimensions.concise_complete`): relevance and
    communication 5, each saying why; relevance stays as scored when the answer takes up little of its
    question's subject (``on_subject`` False, :func:`core.coach.subject.penalty`): it answers directly,
    but something else."""
    rel, comm = dims[0][0], dims[4][0]
    if rel.score < 5 and on_subject:
        rel = DimensionScore(score=5, evidence=rel.evidence + " It answers directly, in few words.")
    if comm.score < 5:
        comm = DimensionScore(score=5, evidence=comm.evidence + " Concise: no filler, hedging or vague words.")
    return [(rel, dims[0][1]), *dims[1:4], (comm, dims[4][1])]


def _about_something_else(dims: list, topic: list[str]) -> list:
    """An answer about something else entirely (:func:`core.analysis.answer.elsewhere`): relevance 1,
    and the structure, detail and depth it shows are not evidence for this question, so they count
    at most :data:`OFF_TOPIC_CAP` (then :func:`core.coach.topic.shows_nothing_for_it`: no more than a
    non-answer's 1/10 overall)."""
    words_ = ", ".join(topic)
    rel = DimensionScore(score=1, evidence=(
        f"The answer is about something else ({words_}): it takes up no term of the question, the job or the "
        "CV, and says nothing about work, study or the candidate."))
    return with_relevance_capped(dims, (rel, [OFF_TOPIC_GAP]), OFF_TOPIC_CAP,
                                 "what it shows is not about the question")


_PART_SHARE = 0.3  # a part in another language this share of the words or more: the question's terms judge only the rest


def other_language_part(answer: str, question_lang: str) -> str | None:
    """The language (ISO 639-1) of a part of ``answer`` not in the question's language ("es" for an English
    answer whose follow-up reply is in Spanish) when that part holds :data:`_PART_SHARE` of its words or
    more; else None. Parts are paragraphs, or sentences in a single paragraph."""
    parts = [p for p in re.split(r"\n\s*\n", answer) if p.strip()]
    if len(parts) < 2:
        parts = re.split(r"(?<=[.!?])\s+", answer)
    total = sum(len(p.split()) for p in parts) or 1
    other: dict[str, int] = {}
    for part in parts:
        words = len(part.split())
        if words >= 8 and (lang := detect_language(part)) != question_lang:
            other[lang] = other.get(lang, 0) + words
    lang, words = max(other.items(), key=lambda kv: kv[1], default=("", 0))
    return lang if words / total >= _PART_SHARE else None


def _needs_language(item: str) -> bool:
    """Gaps only a reader of the language could claim (kept out for unanalysed languages)."""
    # the judgement that it answers another question is made in any language: its gap stays (session 25, rc24 r3 Q3)
    # and so is an excuse said outright, read in each language the app reads (session 26)
    # a number said in words ("Eine Stunde später") is unread there too: "no number" is not the coach's to claim (s27, N8)
    return item not in (OFF_TOPIC_GAP, BLAME_GAP) and not re.search(r"shorter|filler|more detail", item, re.IGNORECASE)
