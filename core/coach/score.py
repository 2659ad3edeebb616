"""Scoring one answer on the five-dimension rubric from observable evidence.

:func:`score_answer` quotes the answer for each dimension (relevance, structure, specificity,
depth, communication; 1-5 each), lists what was missing and writes a STAR-shaped stronger answer
tailored to the question, the job and the CV. :func:`non_answer_kind` tells a non-answer ("I
don't know", a one-liner, pasted text, off-topic) from an answer; a non-answer scores 1s.
"""

from __future__ import annotations

import re
from collections import Counter

from core.analysis.answer import NON_ANSWER_RE, AnswerEvidence, analyse_answer, is_experience_question
from core.analysis.cv import extract_cv_facts
from core.analysis.job import extract_requirements
from core.analysis.skills import find_skills, skill_names
from core.analysis.text import content_stems, sentences, shingle_overlap, strip_injections, words
from core.coach.phrasing import clip, lower_first, quote
from core.schemas import AnswerScore, DimensionScore

_NO_CV_FACTS = {"skills": [], "employers": [], "achievements": [], "skill_employer": {}, "roles": []}

# ---------------------------------------------------------------- non-answers


def non_answer_kind(
    question: str, answer: str, ev: AnswerEvidence, cv_text: str, job_description: str
) -> str | None:
    """Why an answer is not an answer: empty, dont_know, one_liner, pasted, off_topic; else None."""
    if ev.word_count == 0:
        return "empty"
    if NON_ANSWER_RE.search(answer) and ev.word_count < 40:
        return "dont_know"
    if ev.word_count < 12 or (ev.sentence_count <= 1 and ev.word_count < 20):
        return "one_liner"
    for source in (cv_text, job_description, question):
        if source and shingle_overlap(answer, source) >= 0.5:
            return "pasted"
    if (
        not ev.question_overlap
        and not ev.job_overlap
        and not ev.tools
        and len(ev.star) <= 1
        and not ev.numbers
    ):
        return "off_topic"
    return None


_NON_ANSWER_NOTES = {
    "empty": "No answer was given.",
    "dont_know": "The answer says the candidate does not know, so there is nothing to assess.",
    "one_liner": "A one-line answer with no example or detail.",
    "pasted": "The answer repeats text from the CV, job description or question instead of answering it.",
    "off_topic": "The answer does not address the question asked.",
}


def _low_score(question: str, answer: str, kind: str, job_terms: list[str], facts: dict) -> AnswerScore:
    note = _NON_ANSWER_NOTES[kind]
    shown = quote(clip(answer, 12)) if answer.strip() else "nothing"
    comm = 2 if kind in {"off_topic", "one_liner"} and len(words(answer)) >= 8 else 1
    return AnswerScore(
        relevance=DimensionScore(score=1, evidence=f"{note} The answer was {shown}."),
        structure=DimensionScore(score=1, evidence="No situation, task, action or result is described."),
        specificity=DimensionScore(score=1, evidence="No concrete example, number or named tool."),
        depth=DimensionScore(score=1, evidence="No reasoning, trade-off or lesson is given."),
        communication=DimensionScore(
            score=comm, evidence=f"The answer was {shown}; there is too little of your own to judge clarity."
        ),
        missing=[
            "An answer to the question actually asked",
            "A specific example from your own experience (situation and task)",
            "What you personally did, step by step",
            "A measurable result",
        ],
        stronger_answer=_stronger_answer(question, job_terms, facts, None),
        overall=1,
    )


# ---------------------------------------------------------------- the five dimensions
# Each returns the dimension's score with its evidence, and what the answer was missing.


def _cap(value: int, cap: int) -> int:
    return max(1, min(cap, value))


def _relevance(ev: AnswerEvidence, clean: str) -> tuple[DimensionScore, list[str]]:
    """The question's own terms and the job's terms, plus an example that fits."""
    overlap = len(ev.question_overlap)
    needed = max(2, round(ev.question_terms * 0.35))
    rel = 2 + (overlap >= 1) + (overlap >= needed) + (bool(ev.job_overlap or ev.tools) and len(ev.star) >= 2)
    rel = _cap(rel, 3 if ev.word_count < 40 else 5)
    if overlap:
        rel_ev = f"Uses the question's terms ({', '.join(ev.question_overlap[:4])})"
    else:
        rel_ev = "Does not pick up the question's own terms"
    if ev.job_overlap:
        rel_ev += f" and the job's ({', '.join(ev.job_overlap[:3])})"
    first = sentences(clean)[0] if sentences(clean) else clean
    rel_ev += f"; opens with {quote(clip(first, 14))}."
    missing = ["A clearer link between your example and what the question asks"] if overlap < needed else []
    return DimensionScore(score=rel, evidence=rel_ev), missing


def _structure(ev: AnswerEvidence, clean: str, experience: bool) -> tuple[DimensionScore, list[str]]:
    """STAR parts; outside experience questions, sequencing words count as structure too."""
    wc = ev.word_count
    parts = len(ev.star)
    if not experience:
        sequencing = len(
            re.findall(r"\b(first|then|next|after that|finally|second|third|once)\b", clean, re.IGNORECASE)
        )
        parts = max(parts, min(4, parts + (sequencing >= 2) + (sequencing >= 4)))
    struct = _cap(1 + parts, 2 if wc < 30 else 3 if wc < 60 else 5)
    found = [f"{p}: {quote(q)}" for p, q in ev.star.items()]
    absent = [p for p in ("situation", "task", "action", "result") if p not in ev.star]
    struct_ev = ("Found " + "; ".join(found) + "." if found else "No STAR parts found.") + (
        f" Missing: {', '.join(absent)}." if absent else ""
    )
    missing = []
    if "situation" not in ev.star and experience:
        missing.append("The situation: where and when this happened")
    if "action" not in ev.star:
        missing.append("What you personally did, step by step")
    if "result" not in ev.star:
        missing.append("The result: what changed because of what you did")
    return DimensionScore(score=struct, evidence=struct_ev), missing


def _specificity(ev: AnswerEvidence, job_terms: list[str]) -> tuple[DimensionScore, list[str]]:
    """Numbers, named tools, and whose work it was ("we" throughout costs a point)."""
    wc = ev.word_count
    spec = (
        1
        + min(2, len(ev.numbers))
        + min(2, len(ev.tools))
        + (1 if "situation" in ev.star and wc >= 60 else 0)
    )
    we_heavy = ev.we_count >= 4 and ev.i_count * 2 < ev.we_count
    if we_heavy:
        spec -= 1
    spec = _cap(spec, 3 if wc < 40 else 5)
    spec_bits = []
    if ev.number_quotes:
        spec_bits.append("numbers: " + ", ".join(quote(q) for q in ev.number_quotes[:2]))
    if ev.tools:
        spec_bits.append("named tools/skills: " + ", ".join(dict.fromkeys(ev.tools[:4])))
    spec_ev = (
        "Cites " + "; ".join(spec_bits) + "." if spec_bits else "No numbers or named tools in the answer."
    )
    missing = []
    if we_heavy:
        spec_ev += f' Says "we" {ev.we_count} times and "I" {ev.i_count} times, so your own part is unclear.'
        missing.append("What you did yourself, rather than what the team did")
    if not ev.numbers:
        missing.append("A number that shows the scale or the outcome (time, money, %, people)")
    if not ev.tools and job_terms:
        named = [t for t in job_terms if t in skill_names()][:2]
        if named:
            missing.append(f"Named tools or methods, e.g. {' or '.join(named)} if you used them")
    return DimensionScore(score=spec, evidence=spec_ev), missing


def _depth(ev: AnswerEvidence) -> tuple[DimensionScore, list[str]]:
    """Reasoning, trade-offs and lessons."""
    depth = 1 + min(2, len(ev.reasoning)) + min(2, len(ev.lessons))
    depth = _cap(depth, 2 if ev.word_count < 40 else 5)
    depth_bits = [quote(q) for q in (ev.reasoning[:2] + ev.lessons[:1])]
    depth_ev = (
        "Reasoning shown in " + ", ".join(depth_bits) + "."
        if depth_bits
        else "No reasoning, trade-off or lesson is given."
    )
    missing = []
    if not ev.reasoning:
        missing.append("Why you chose that approach over the alternatives")
    if not ev.lessons:
        missing.append("What you learned or would do differently")
    return DimensionScore(score=depth, evidence=depth_ev), missing


def _communication_score(ev: AnswerEvidence) -> int:
    """Length (70-320 words is best), filler words per 100 words and the longest sentence."""
    wc = ev.word_count
    comm = 4
    filler_rate = len(ev.fillers) / max(wc, 1) * 100
    if wc < 25:
        comm = 2
    elif wc < 50:
        comm = 3
    elif 70 <= wc <= 320 and filler_rate < 0.5 and ev.longest_sentence <= 45:
        comm = 5
    if filler_rate > 3:
        comm -= 2
    elif filler_rate > 1:
        comm -= 1
    if wc > 420:
        comm -= 1
    if ev.longest_sentence > 60:
        comm -= 1
    return _cap(comm, 5)


def _communication(ev: AnswerEvidence) -> tuple[DimensionScore, list[str]]:
    wc = ev.word_count
    missing = []
    comm_ev = f"{wc} words in {ev.sentence_count} sentence(s)"
    if ev.fillers:
        top = Counter(ev.fillers).most_common(3)
        comm_ev += "; filler words: " + ", ".join(f'"{w}" x{n}' for w, n in top)
        missing.append("Fewer filler words")
    else:
        comm_ev += "; no filler words"
    if wc > 420:
        comm_ev += "; long enough to lose the listener"
        missing.append("A shorter answer that gets to the point")
    if wc < 50:
        missing.append("More detail: the answer is very short")
    if ev.longest_sentence > 45:
        comm_ev += f"; one sentence runs {ev.longest_sentence} words"
    comm_ev += "."
    return DimensionScore(score=_communication_score(ev), evidence=comm_ev), missing


def score_answer(question: str, answer: str, *, job_description: str = "", cv_text: str = "") -> AnswerScore:
    """Score one answer on the rubric from observable evidence, quoting the answer for each dimension.

    Injected instructions in the answer, CV or job description are removed before anything is read.
    ``overall`` is left at 1: :class:`~core.schemas.AnswerScore` computes it from the dimensions.
    """
    question = strip_injections(question or "")
    clean = strip_injections(answer or "")
    jd = strip_injections(job_description or "")
    cv = strip_injections(cv_text or "")
    facts = extract_cv_facts(cv) if cv else dict(_NO_CV_FACTS)
    job_terms = extract_requirements(jd)
    ev = analyse_answer(clean, question, jd)
    kind = non_answer_kind(question, clean, ev, cv, jd)
    if kind:
        return _low_score(question, clean, kind, job_terms, facts)

    relevance, miss_rel = _relevance(ev, clean)
    structure, miss_struct = _structure(ev, clean, is_experience_question(question))
    specificity, miss_spec = _specificity(ev, job_terms)
    depth, miss_depth = _depth(ev)
    communication, miss_comm = _communication(ev)
    missing = miss_rel + miss_struct + miss_spec + miss_depth + miss_comm
    return AnswerScore(
        relevance=relevance,
        structure=structure,
        specificity=specificity,
        depth=depth,
        communication=communication,
        missing=list(dict.fromkeys(missing))[:6],
        stronger_answer=_stronger_answer(question, job_terms, facts, ev),
        overall=1,
    )


# ---------------------------------------------------------------- the stronger answer

_TOPIC_LEADS = re.compile(
    r"^(?:.*?\.\s+)?(?:tell me about|describe|give me an example of|give an example of|walk me through|talk me through)\s+"
    r"(?:a time (?:when )?|an? (?:situation|time|occasion) (?:where|when) |the most [a-z]+ |a |an |the |how )?",
    re.IGNORECASE,
)


def _topic(question: str) -> str:
    """The subject of a question in the candidate's voice: "you had to learn X" -> "I had to learn X"."""
    q = question.strip()
    first = re.split(r"(?<=[?])\s+", q)[0]
    lead_match = _TOPIC_LEADS.match(first)
    topic = first[lead_match.end() :] if lead_match else first
    topic = re.split(r"[?.]", topic)[0]
    swaps = {
        "you": "I",
        "your": "my",
        "yours": "mine",
        "you've": "I've",
        "you're": "I'm",
        "yourself": "myself",
    }
    topic = " ".join(swaps.get(w.lower(), w) for w in topic.split())
    return clip(topic.strip(" ,:"), 16)


def _stronger_answer(question: str, job_terms: list[str], facts: dict, ev: AnswerEvidence | None) -> str:
    """A STAR-shaped sample tailored to the question, the job's terms and the CV's facts."""
    topic = _topic(question) or "the problem"
    q_stems = content_stems(question)
    employer = next(iter(facts.get("employers") or []), "")
    skill_hits = [h.name for h in find_skills(question)]
    terms = skill_hits + [
        t for t in job_terms if t not in skill_hits and (content_stems(t) & q_stems or len(skill_hits) < 2)
    ]
    cv_skills = set(facts.get("skills") or [])
    tools = [t for t in terms if t in cv_skills][:2] or terms[:2] or ((ev.tools[:2]) if ev else [])
    if ev and ev.tools:
        tools = list(dict.fromkeys([*ev.tools[:1], *tools]))[:2]
    achievement = ""
    for ach in facts.get("achievements") or []:
        if content_stems(ach) & (q_stems | {t.lower() for t in tools}):
            achievement = ach.rstrip(".")
            break
    where = f"At {employer}" if employer else "In my last role"
    situation = f"{where}, {lower_first(topic)}" if topic else where
    tool_text = " and ".join(tools) if tools else "a clear plan and regular check-ins"
    result = (
        f'the outcome was the one on my CV: "{clip(achievement, 18)}"'
        if achievement
        else "I'd state the outcome with a number, for example the hours saved, the % change or the number of people affected"
    )
    return (
        f"Situation: {situation}. "
        f"Task: I was the one responsible for the outcome, with a deadline and people depending on it. "
        f"Action: I started by finding the cause rather than the symptom, then used {tool_text}; I chose that approach "
        f"because it was the quickest safe option, and I kept stakeholders updated at each step. "
        f"Result: {result}. "
        f"Lesson: what I learned, and what I now do differently because of it."
    )
