"""The offline coach: a deterministic interviewer and scorer with no key, no network and no weights.

Two faces:

* plain functions the interview logic calls directly (:func:`plan_questions`, :func:`score_answer`,
  :func:`follow_up_reason`, :func:`follow_up_question`, :func:`build_report`, ...);
* :class:`OfflineCoach`, a LangChain chat model that reads the same ``<tag>`` blocks the model
  layer sends every provider (``core/models/prompts.py``) and answers the three tasks with those
  functions, including streaming and ``with_structured_output``. It is the last fallback of
  every chain, so it never raises on odd input.

Everything is seeded by the session id: the same session always gets the same plan, and
different sessions get different questions.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, HumanMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.runnables import Runnable, RunnableLambda, RunnableMap, RunnablePassthrough
from pydantic import BaseModel, ValidationError

from core.models.prompts import (
    ANSWER,
    ANSWER_SCORES,
    CANDIDATE_CV,
    COMPANY,
    INTERVIEW_SETTINGS,
    JOB_DESCRIPTION,
    JOB_TITLE,
    NEXT_STEP,
    QUESTION,
    TASK,
    TASK_NEXT_QUESTION,
    TASK_REPORT,
    TASK_SCORE_ANSWER,
    extract_blocks,
    extract_json,
)
from core.schemas import (
    DIMENSION_LABELS,
    DIMENSIONS,
    AnswerScore,
    CoverageItem,
    DimensionScore,
    InterviewReport,
    aggregate_scores,
)
from core.text_analysis import (
    DATA_DIR,
    NON_ANSWER_RE,
    WEAK_VERB_RE,
    AnswerEvidence,
    analyse_answer,
    content_stems,
    extract_cv_facts,
    extract_requirements,
    find_skills,
    infer_role_family,
    is_experience_question,
    mentions,
    sentences,
    shingle_overlap,
    strip_injections,
    words,
)

MODEL_NAME = "offline-coach"
QUESTION_BANK_PATH = DATA_DIR / "question_bank.json"

__all__ = [
    "MODEL_NAME",
    "FOLLOW_UP_REASONS",
    "OfflineCoach",
    "build_report",
    "extract_cv_facts",
    "extract_requirements",
    "follow_up_question",
    "follow_up_reason",
    "next_question_text",
    "plan_questions",
    "score_answer",
]

# Follow-up reason codes, in the priority order follow_up_reason checks them.
FOLLOW_UP_REASONS: tuple[str, ...] = ("non_answer", "too_short", "no_example", "we_not_i", "no_result")


# ================================================================ question bank


@lru_cache(maxsize=1)
def load_question_bank() -> tuple[dict[str, Any], ...]:
    """The curated questions of ``data/question_bank.json``."""
    raw = json.loads(QUESTION_BANK_PATH.read_text(encoding="utf-8"))
    return tuple(raw["questions"])


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != "I " else text


def _clip(text: str, max_words: int) -> str:
    parts = text.split()
    return " ".join(parts[:max_words]) + ("…" if len(parts) > max_words else "")


# ================================================================ planning

_OPENERS = (
    "To start, could you walk me through your background and what draws you to the {title} role{at_company}?",
    "Let's begin with you: what in your experience so far makes you a strong fit for this {title} role{at_company}?",
    "Tell me briefly about the work you do now, and why this {title} role{at_company} appeals to you at this point.",
)
_OPENERS_WITH_CV = (
    "To start, you're currently {role} at {employer}. Walk me through that work and why the {title} role{at_company} is your next step.",
    "Let's begin with your time as {role} at {employer}: what did you own there, and what makes you want this {title} role{at_company}?",
)
_SKILL_TEMPLATES = (
    "Your CV mentions {skill}{where}. Walk me through a specific piece of work where you used it: what was the goal, what did you do yourself, and how did it turn out?",
    "You list {skill}{where}. What was the hardest problem you tackled with it, and which trade-offs did you weigh?",
    "This role relies on {skill}, and your CV shows it{where}. Tell me about a time it made a measurable difference to your work.",
    "Your CV mentions {skill}. If you had to explain to a new colleague how you used it{where}, what example would you pick, and what would you warn them about?",
)
_SKILL_TEMPLATES_SENIOR = (
    "Your CV mentions {skill}{where}. Tell me about a decision you made with it that affected others beyond yourself: what were the options and how did you choose?",
    "You list {skill}{where}. How did you help other people on the team get good at it, and what changed as a result?",
)
_GAP_TEMPLATES = (
    "The role asks for {skill}, which I don't see on your CV. What have you done that comes closest, and how would you get up to speed?",
    "{skill} is part of this job, and it isn't on your CV. Tell me about a time you had to learn something similar quickly: what did you do and how long did it take?",
    "How would you approach {skill} in your first months here, given your CV doesn't mention it? Be concrete about what you'd do first.",
)
_ACHIEVEMENT_TEMPLATES = (
    'Your CV says: "{achievement}"{where}. Walk me through how you did that: the starting point, what you personally did, and how you measured the result.',
    'On your CV you wrote "{achievement}"{where}. What was the hardest part of getting there, and what would you do differently now?',
)
_EMPLOYER_LEADS = ("Thinking of your time at {employer}: ", "From your work at {employer}: ")

# Shares of the non-opener slots per interview type: (skills, gaps, achievement, behavioral, role).
_MIX: dict[str, tuple[float, float, float, float, float]] = {
    "technical": (0.45, 0.2, 0.1, 0.0, 0.25),
    "behavioral": (0.1, 0.0, 0.15, 0.6, 0.15),
    "mixed": (0.3, 0.15, 0.1, 0.25, 0.2),
}


def _alloc(n: int, shares: tuple[float, ...]) -> list[int]:
    """Split ``n`` slots by shares with largest remainders, deterministically."""
    raw = [n * s for s in shares]
    counts = [int(r) for r in raw]
    order = sorted(range(len(shares)), key=lambda i: (-(raw[i] - counts[i]), i))
    for i in order[: n - sum(counts)]:
        counts[i] += 1
    return counts


def _focus_rank(item: str, focus: list[str]) -> int:
    low = item.lower()
    for idx, f in enumerate(focus):
        f_low = f.lower().strip()
        if f_low and (f_low in low or low in f_low or content_stems(f) & content_stems(item)):
            return idx
    return len(focus)


def plan_questions(
    cv_text: str,
    job_description: str,
    job_title: str,
    *,
    interview_type: str = "mixed",
    seniority: str = "mid",
    count: int = 8,
    company: str = "",
    seed: str = "",
    focus: list[str] | None = None,
) -> list[str]:
    """The interview plan: an opener, then questions on the job's skills the CV shows (naming
    where), gaps, CV achievements and curated bank questions, by interview type and seniority.
    Deterministic for a seed, never repeating a question."""
    count = max(1, int(count or 8))
    interview_type = interview_type if interview_type in _MIX else "mixed"
    seniority = seniority if seniority in {"junior", "mid", "senior", "lead"} else "mid"
    focus = [f for f in (focus or []) if isinstance(f, str) and f.strip()]
    rng = random.Random(f"{seed}|{job_title}|{company}|{interview_type}|{seniority}")
    cv = strip_injections(cv_text or "")
    jd = strip_injections(job_description or "")
    title = (job_title or "").strip() or "this"
    at_company = f" at {company.strip()}" if company and company.strip() else ""
    facts = extract_cv_facts(cv)
    requirements = extract_requirements(jd)
    family = infer_role_family(job_title or "", jd)
    cv_skill_lower = {s.lower() for s in facts["skills"]}

    shown: list[str] = []
    gaps: list[str] = []
    for req in requirements:
        if req not in load_skill_names():
            continue  # free-text requirements feed the coverage map and the bank lead-ins
        if req.lower() in cv_skill_lower or (cv and mentions(cv, req)[0]):
            shown.append(req)
        else:
            gaps.append(req)
    # Skills the CV shows that the job also names come first; then other CV skills of the family.
    extra = [s for s in facts["skills"] if s not in shown and load_skill_family(s) == family]
    if focus:
        shown.sort(key=lambda s: _focus_rank(s, focus))
        gaps.sort(key=lambda s: _focus_rank(s, focus))

    questions: list[str] = []
    used: set[str] = set()

    def add(text: str) -> bool:
        key = _norm(text)
        if key in used or not text:
            return False
        used.add(key)
        questions.append(text)
        return True

    # 1. Opener.
    if facts["roles"] and facts["employers"] and rng.random() < 0.6:
        opener = rng.choice(_OPENERS_WITH_CV).format(
            role=facts["roles"][0], employer=facts["employers"][0], title=title, at_company=at_company
        )
    else:
        opener = rng.choice(_OPENERS).format(title=title, at_company=at_company)
    add(opener.replace("the this role", "this role").replace("this this role", "this role"))
    if count == 1:
        return questions

    n_skill, n_gap, n_ach, n_beh, n_role = _alloc(count - 1, _MIX[interview_type])
    if gaps and n_gap == 0 and count >= 6 and interview_type != "behavioral":
        n_gap = 1
        n_role = max(0, n_role - 1) if n_role else n_role
        if n_role == 0 and n_beh:
            n_beh -= 1
    middle: list[str] = []

    def where(skill: str) -> str:
        employer = facts["skill_employer"].get(skill)
        return f" at {employer}" if employer else ""

    skill_templates = list(_SKILL_TEMPLATES) + (
        list(_SKILL_TEMPLATES_SENIOR) if seniority in {"senior", "lead"} else []
    )
    rng.shuffle(skill_templates)
    if not focus:
        # Keep the two most important shown skills first, vary the rest by session.
        tail = shown[2:]
        rng.shuffle(tail)
        shown = shown[:2] + tail
        rng.shuffle(extra)
    achievements = list(facts["achievements"])
    if achievements:
        scored = sorted(
            achievements,
            key=lambda a: (
                -len(content_stems(a) & content_stems(jd + " " + " ".join(focus))),
                achievements.index(a),
            ),
        )
        achievements = scored[:3]
        rng.shuffle(achievements)
    achievements = achievements[:n_ach]
    # A skill already asked about through a CV achievement is not asked again.
    ach_skills = {h.name for a in achievements for h in find_skills(a)}
    skill_pool = [s for s in shown + extra if s not in ach_skills] or shown + extra
    skill_pool = list(dict.fromkeys(skill_pool))
    leftover = 0
    for i in range(n_skill):
        if i < len(skill_pool):
            skill = skill_pool[i]
            middle.append(skill_templates[i % len(skill_templates)].format(skill=skill, where=where(skill)))
        else:
            leftover += 1
    gap_templates = list(_GAP_TEMPLATES)
    rng.shuffle(gap_templates)
    for i in range(n_gap):
        if i < len(gaps):
            middle.append(gap_templates[i % len(gap_templates)].format(skill=gaps[i]))
        else:
            leftover += 1
    for i in range(n_ach):
        if i < len(achievements):
            ach = achievements[i]
            employer = facts["achievement_employer"].get(ach, "")
            tmpl = _ACHIEVEMENT_TEMPLATES[rng.randrange(len(_ACHIEVEMENT_TEMPLATES))]
            middle.append(
                tmpl.format(
                    achievement=_clip(ach.rstrip("."), 24), where=f" (at {employer})" if employer else ""
                )
            )
        else:
            leftover += 1

    # Bank questions: behavioral (general) and role-family questions suited to the seniority.
    bank = [q for q in load_question_bank() if seniority in q["seniority"]]
    behavioral = [q for q in bank if q["kind"] == "behavioral"]
    role_family = [q for q in bank if q["kind"] == "role" and family in q["families"]]
    if family == "general" or not role_family:
        role_family = [q for q in bank if q["kind"] == "role" and "general" in q["families"]]
    rng.shuffle(behavioral)
    rng.shuffle(role_family)
    if focus:
        behavioral.sort(key=lambda q: _focus_rank(q["competency"] + " " + q["text"], focus))
        role_family.sort(key=lambda q: _focus_rank(q["competency"] + " " + q["text"], focus))
    # Spread the bank over competencies: no competency twice while others remain.
    behavioral = _spread(behavioral)
    role_family = _spread(role_family)
    if interview_type == "technical":
        n_role += leftover
    elif interview_type == "behavioral":
        n_beh += leftover
    else:
        n_role += leftover // 2
        n_beh += leftover - leftover // 2
    picks = role_family[:n_role] + behavioral[:n_beh]
    spare = role_family[n_role:] + behavioral[n_beh:]
    employers = [e for e in facts["employers"] if e]
    for idx, q in enumerate(picks):
        middle.append(_tie_to_documents(q, idx, employers, requirements, rng))

    rng.shuffle(middle)
    for text in middle:
        add(text)
    # Fill any shortfall (duplicates removed, tiny documents) from the remaining bank.
    for q in spare:
        if len(questions) >= count:
            break
        add(_tie_to_documents(q, len(questions), employers, requirements, rng))
    return questions[:count]


def _spread(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[str] = set()
    first, rest = [], []
    for q in items:
        (rest if q["competency"] in seen else first).append(q)
        seen.add(q["competency"])
    return first + rest


def _tie_to_documents(
    q: dict[str, Any], idx: int, employers: list[str], requirements: list[str], rng: random.Random
) -> str:
    """Give a bank question a lead-in naming a requirement it probes or an employer from the CV."""
    text = q["text"]
    q_stems = content_stems(text + " " + q["competency"])
    related = next(
        (r for r in requirements if content_stems(r) & q_stems and r.lower() not in text.lower()), None
    )
    if related:
        return f"{related} matters in this role. {text}"
    if employers and re.match(
        r"(Tell me about a|Describe a (time|situation)|Give me an example|Give an example)", text
    ):
        lead = _EMPLOYER_LEADS[(idx + rng.randrange(2)) % len(_EMPLOYER_LEADS)]
        employer = employers[(idx + rng.randrange(len(employers))) % len(employers)]
        return lead.format(employer=employer) + _lower_first(text)
    return text


@lru_cache(maxsize=1)
def _skill_families() -> dict[str, str]:
    from core.text_analysis import load_lexicon

    return load_lexicon().families


def load_skill_names() -> set[str]:
    return set(_skill_families())


def load_skill_family(name: str) -> str:
    return _skill_families().get(name, "")


# ================================================================ scoring


def _non_answer_kind(
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


def _quote(text: str) -> str:
    return f'"{text.strip()}"'


def _low_score(question: str, answer: str, kind: str, job_terms: list[str], facts: dict) -> AnswerScore:
    note = _NON_ANSWER_NOTES[kind]
    shown = _quote(_clip(answer, 12)) if answer.strip() else "nothing"
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


def _cap(value: int, cap: int) -> int:
    return max(1, min(cap, value))


def score_answer(question: str, answer: str, *, job_description: str = "", cv_text: str = "") -> AnswerScore:
    """Score one answer on the rubric from observable evidence, quoting the answer for each dimension.

    Injected instructions in the answer, CV or job description are removed before anything is read.
    """
    question = strip_injections(question or "")
    clean = strip_injections(answer or "")
    jd = strip_injections(job_description or "")
    cv = strip_injections(cv_text or "")
    facts = (
        extract_cv_facts(cv)
        if cv
        else {"skills": [], "employers": [], "achievements": [], "skill_employer": {}, "roles": []}
    )
    job_terms = extract_requirements(jd)
    ev = analyse_answer(clean, question, jd)
    kind = _non_answer_kind(question, clean, ev, cv, jd)
    if kind:
        return _low_score(question, clean, kind, job_terms, facts)

    wc = ev.word_count
    experience = is_experience_question(question)
    missing: list[str] = []

    # --- relevance: the question's own terms and the job's terms, plus an example that fits.
    overlap = len(ev.question_overlap)
    needed = max(2, round(ev.question_terms * 0.35))
    rel = 2 + (overlap >= 1) + (overlap >= needed) + (bool(ev.job_overlap or ev.tools) and len(ev.star) >= 2)
    rel = _cap(rel, 3 if wc < 40 else 5)
    if overlap:
        rel_ev = f"Uses the question's terms ({', '.join(ev.question_overlap[:4])})"
    else:
        rel_ev = "Does not pick up the question's own terms"
    if ev.job_overlap:
        rel_ev += f" and the job's ({', '.join(ev.job_overlap[:3])})"
    first = sentences(clean)[0] if sentences(clean) else clean
    rel_ev += f"; opens with {_quote(_clip(first, 14))}."
    if overlap < needed:
        missing.append("A clearer link between your example and what the question asks")

    # --- structure: STAR parts.
    parts = len(ev.star)
    if not experience:
        sequencing = len(
            re.findall(r"\b(first|then|next|after that|finally|second|third|once)\b", clean, re.IGNORECASE)
        )
        parts = max(parts, min(4, parts + (sequencing >= 2) + (sequencing >= 4)))
    struct = _cap(1 + parts, 2 if wc < 30 else 3 if wc < 60 else 5)
    found = [f"{p}: {_quote(q)}" for p, q in ev.star.items()]
    absent = [p for p in ("situation", "task", "action", "result") if p not in ev.star]
    struct_ev = ("Found " + "; ".join(found) + "." if found else "No STAR parts found.") + (
        f" Missing: {', '.join(absent)}." if absent else ""
    )
    if "situation" not in ev.star and experience:
        missing.append("The situation: where and when this happened")
    if "action" not in ev.star:
        missing.append("What you personally did, step by step")
    if "result" not in ev.star:
        missing.append("The result: what changed because of what you did")

    # --- specificity: numbers, named tools, and whose work it was.
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
        spec_bits.append("numbers: " + ", ".join(_quote(q) for q in ev.number_quotes[:2]))
    if ev.tools:
        spec_bits.append("named tools/skills: " + ", ".join(dict.fromkeys(ev.tools[:4])))
    spec_ev = (
        "Cites " + "; ".join(spec_bits) + "." if spec_bits else "No numbers or named tools in the answer."
    )
    if we_heavy:
        spec_ev += f' Says "we" {ev.we_count} times and "I" {ev.i_count} times, so your own part is unclear.'
        missing.append("What you did yourself, rather than what the team did")
    if not ev.numbers:
        missing.append("A number that shows the scale or the outcome (time, money, %, people)")
    if not ev.tools and job_terms:
        named = [t for t in job_terms if t in load_skill_names()][:2]
        if named:
            missing.append(f"Named tools or methods, e.g. {' or '.join(named)} if you used them")

    # --- depth: reasoning, trade-offs, lessons.
    depth = 1 + min(2, len(ev.reasoning)) + min(2, len(ev.lessons))
    depth = _cap(depth, 2 if wc < 40 else 5)
    depth_bits = [_quote(q) for q in (ev.reasoning[:2] + ev.lessons[:1])]
    depth_ev = (
        "Reasoning shown in " + ", ".join(depth_bits) + "."
        if depth_bits
        else "No reasoning, trade-off or lesson is given."
    )
    if not ev.reasoning:
        missing.append("Why you chose that approach over the alternatives")
    if not ev.lessons:
        missing.append("What you learned or would do differently")

    # --- communication: length, filler, sentence length.
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
    comm = _cap(comm, 5)
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

    return AnswerScore(
        relevance=DimensionScore(score=rel, evidence=rel_ev),
        structure=DimensionScore(score=struct, evidence=struct_ev),
        specificity=DimensionScore(score=spec, evidence=spec_ev),
        depth=DimensionScore(score=depth, evidence=depth_ev),
        communication=DimensionScore(score=comm, evidence=comm_ev),
        missing=list(dict.fromkeys(missing))[:6],
        stronger_answer=_stronger_answer(question, job_terms, facts, ev),
        overall=1,
    )


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
    return _clip(topic.strip(" ,:"), 16)


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
    situation = f"{where}, {_lower_first(topic)}" if topic else where
    tool_text = " and ".join(tools) if tools else "a clear plan and regular check-ins"
    result = (
        f'the outcome was the one on my CV: "{_clip(achievement, 18)}"'
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


# ================================================================ follow-ups


def follow_up_reason(question: str, answer: str) -> str | None:
    """The one reason a follow-up is warranted, or None. Checked in this priority order:

    ``non_answer`` ("I don't know", pasted or off-topic: move on kindly), ``too_short`` (under 35
    words), ``no_example`` (nothing concrete: no situation, number or named tool), ``we_not_i``
    ("we" throughout, little "I"), ``no_result`` (an experience with no stated outcome or number).
    """
    clean = strip_injections(answer or "")
    ev = analyse_answer(clean, question)
    kind = _non_answer_kind(question, clean, ev, "", "")
    if kind in {"empty", "dont_know", "pasted", "off_topic"}:
        return "non_answer"
    if ev.word_count < 35:
        return "too_short"
    concrete = "situation" in ev.star or bool(ev.numbers) or len(ev.tools) >= 2
    if not concrete:
        return "no_example"
    if ev.we_count >= 3 and ev.i_count * 3 <= ev.we_count:
        return "we_not_i"
    if is_experience_question(question) and "result" not in ev.star and not ev.numbers:
        return "no_result"
    return None


_FOLLOW_UPS: dict[str, tuple[str, ...]] = {
    "no_result": (
        "You mentioned {quote}. What was the measurable outcome: what changed, by how much, and how did you know?",
        "How did that turn out in the end? Give me a number if you can: time, money, percentage or people affected.",
    ),
    "no_example": (
        "Can you make that concrete with one real example from your own work: where it was, what you did, and what happened?",
        "You said {quote}. Tell me about one specific time you actually did that.",
    ),
    "we_not_i": (
        "You described what the team did, {quote}. What did you personally do, and which decisions were yours?",
        'I heard a lot of "we". Which part of that was yours alone?',
    ),
    "too_short": (
        "Could you go a bit deeper? Pick one example and walk me through the situation, what you did and the result.",
        "Say more about {quote}: what was the context, and what exactly did you do?",
    ),
    "non_answer": (
        "No problem. Is there a related experience you could draw on instead, even from study or outside work?",
        "That's fine. Let's move on.",
    ),
}


def _salient_quote(answer: str) -> str:
    sents = sentences(strip_injections(answer))
    if not sents:
        return ""
    best = max(sents[:4], key=lambda s: (len(find_skills(s)), len(s.split()) >= 5, -sents.index(s)))
    return _quote(_clip(best.rstrip(".!?"), 9))


def follow_up_question(reason: str, question: str, answer: str, *, variant: int = 0) -> str:
    """A follow-up tailored to the reason and to the answer's own words."""
    templates = _FOLLOW_UPS.get(reason) or _FOLLOW_UPS["too_short"]
    quote = _salient_quote(answer)
    choices = [t for t in templates if quote or "{quote}" not in t]
    seed = len(_norm(question)) + variant
    text = choices[seed % len(choices)]
    return text.format(quote=quote or "that")


# ================================================================ interviewer turn (next_question)

_ACKS = {
    "friendly": (
        "Thank you, that's helpful.",
        "Thanks for sharing that.",
        "Great, thank you.",
        "I appreciate the detail, thank you.",
    ),
    "neutral": ("Thank you.", "Understood, thanks.", "Okay, thank you.", "Noted, thank you."),
    "tough": ("Noted.", "Okay.", "Right.", "Understood."),
}
_KIND_ACKS = {
    "friendly": "No problem at all, that one can be tricky. Let's try a different angle.",
    "neutral": "That's fine, let's move on.",
    "tough": "All right, let's move on.",
}
_TOUGH_TAILS = (
    " Be specific.",
    " Keep it concrete: names, numbers and your own part.",
    " I'll want details.",
)
_FRIENDLY_OPEN = "Hi, and thanks for taking the time today. "


def _style_question(text: str, style: str, number: int) -> str:
    if style == "tough" and number > 1:
        return text + _TOUGH_TAILS[number % len(_TOUGH_TAILS)]
    return text


def next_question_text(
    settings: dict[str, Any],
    *,
    job_title: str,
    company: str,
    job_description: str,
    cv_text: str,
    asked: Sequence[str],
    last_answer: str | None,
    step: dict[str, Any],
) -> str:
    """The interviewer's reply for one ``next_question`` call (see the module docstring)."""
    style = str(settings.get("style") or "neutral")
    style = style if style in _ACKS else "neutral"
    number = int(step.get("number") or len(asked) + 1)
    total = int(step.get("total") or settings.get("question_count") or 8)
    asked_norm = [_norm(a) for a in asked]

    def already(text: str) -> bool:
        key = _norm(text)
        return any(key and key in a for a in asked_norm)

    if step.get("kind") == "follow_up":
        reason = (
            str(step.get("reason") or "")
            or follow_up_reason(asked[-1] if asked else "", last_answer or "")
            or "too_short"
        )
        question = asked[-1] if asked else ""
        for variant in range(4):
            text = follow_up_question(reason, question, last_answer or "", variant=variant)
            if not already(text):
                break
        else:
            text = "Could you add one more concrete detail to that: a name, a number or a decision you made?"
        if style == "friendly" and reason != "non_answer":
            text = "Thanks. " + text
        elif style == "tough" and reason != "non_answer":
            text += " Be precise."
        return text

    def plan(count: int, seed_suffix: str = "") -> list[str]:
        return plan_questions(
            cv_text,
            job_description,
            job_title,
            interview_type=str(settings.get("interview_type") or "mixed"),
            seniority=str(settings.get("seniority") or "mid"),
            count=count,
            company=company,
            seed=str(settings.get("session_id") or "") + seed_suffix,
            focus=list(settings.get("focus") or []),
        )

    first = plan(max(total, number))
    candidates = first[number - 1 :] + first[: number - 1]
    chosen = next((q for q in candidates if not already(q)), None)
    if chosen is None:
        more = plan(max(total, number) + 12, "+")
        chosen = next((q for q in more if not already(q)), None)
    if chosen is None:
        chosen = f"Is there anything else from your experience that shows you're right for the {job_title or 'role'} that we haven't covered?"
    body = _style_question(chosen, style, number)
    if not asked or last_answer is None:
        return (_FRIENDLY_OPEN if style == "friendly" else "") + body
    reason = follow_up_reason(asked[-1], last_answer)
    if reason == "non_answer":
        ack = _KIND_ACKS[style]
    else:
        ack = _ACKS[style][(number + len(str(settings.get("session_id") or ""))) % len(_ACKS[style])]
    return f"{ack} {body}"


# ================================================================ report


def _parse_scores(answer_scores: list[dict]) -> list[tuple[str, str, AnswerScore | None]]:
    rows: list[tuple[str, str, AnswerScore | None]] = []
    for item in answer_scores or []:
        if not isinstance(item, dict):
            continue
        score = item.get("score")
        parsed: AnswerScore | None = None
        if isinstance(score, AnswerScore):
            parsed = score
        elif isinstance(score, dict):
            try:
                parsed = AnswerScore.model_validate(score)
            except ValidationError:
                parsed = None
        rows.append((str(item.get("question") or ""), str(item.get("answer") or ""), parsed))
    return rows


def _cv_tips(cv_text: str, requirements: list[str]) -> list[str]:
    cv = strip_injections(cv_text or "")
    if not cv.strip():
        return ["No CV was provided: add one to get questions and tips tailored to your experience."]
    facts = extract_cv_facts(cv)
    tips: list[str] = []
    absent = [r for r in requirements if not mentions(cv, r)[0]]
    if absent:
        tips.append(
            f"The job asks for {', '.join(absent[:5])}, which your CV does not mention. If you have this "
            "experience, add a bullet that shows where you used it and with what result."
        )
    no_numbers = [b for b in facts["bullets"] if not re.search(r"\d|%|£|\$|€", b)]
    if facts["bullets"] and no_numbers:
        tips.append(
            f"{len(no_numbers)} of {len(facts['bullets'])} CV bullets have no number, e.g. "
            f"{_quote(_clip(no_numbers[0], 14))}. Add the scale or the outcome (people, time, money, %)."
        )
    weak = [m for m in (WEAK_VERB_RE.search(line) for line in cv.splitlines()) if m]
    if weak:
        phrases = list(dict.fromkeys(m.group(0).lower() for m in weak))[:3]
        tips.append(
            "Replace weak openings such as "
            + ", ".join(_quote(p) for p in phrases)
            + ' with what you did and achieved ("Led", "Built", "Cut … by 20%").'
        )
    wc = facts["word_count"]
    if wc < 200:
        tips.append(
            f"Your CV is short ({wc} words): add your main roles with two or three achievement bullets each."
        )
    elif wc > 1100:
        tips.append(
            f"Your CV is long ({wc} words): trim it to about two pages, keeping what matters for this job."
        )
    if not facts["achievements"]:
        tips.append(
            "No bullet combines an action with a measured result; rewrite your top bullets as action + result + number."
        )
    return tips or [
        "Your CV already names the job's key skills with measured results; keep the strongest bullets first."
    ]


def build_report(
    answer_scores: list[dict],
    *,
    job_title: str = "",
    company: str = "",
    job_description: str = "",
    cv_text: str = "",
) -> InterviewReport:
    """Aggregate the answer scores into the report: overall, strengths, weaknesses, CV tips, coverage."""
    rows = _parse_scores(answer_scores)
    scored = [(q, a, s) for q, a, s in rows if s is not None]
    scores = [s for _, _, s in scored]
    overall, dims = aggregate_scores(scores)
    requirements = extract_requirements(strip_injections(job_description or ""))
    role = (job_title or "this role") + (f" at {company}" if company else "")
    skipped = sum(1 for _, a, s in rows if s is None or not a.strip())

    if not scored:
        summary = (
            f"No answers were scored for {role}, so there is no score to give yet. "
            "Answer a few questions to get feedback on the rubric."
        )
        strengths: list[str] = []
        weaknesses = ["No scored answers: every question was skipped or unanswered."] if rows else []
    else:
        ranked = sorted(dims.items(), key=lambda kv: (-kv[1], DIMENSIONS.index(kv[0])))
        best_dim, best_mean = ranked[0]
        worst_dim, worst_mean = ranked[-1]
        summary = (
            f"You answered {len(scored)} of {len(rows)} questions for {role}, scoring {overall}/10 overall. "
            f"Your strongest dimension was {DIMENSION_LABELS[best_dim]} ({best_mean:.1f}/5) and the one to "
            f"work on is {DIMENSION_LABELS[worst_dim]} ({worst_mean:.1f}/5)."
        )
        strengths = []
        for dim, mean in ranked:
            if mean < 3.5:
                break
            q, _a, s = max(scored, key=lambda row: getattr(row[2], dim).score)
            strengths.append(
                f"{DIMENSION_LABELS[dim]} averaged {mean:.1f}/5; for example, on {_quote(_clip(q, 12))}: "
                f"{getattr(s, dim).evidence}"
            )
        best_q, _, best_s = max(scored, key=lambda row: row[2].overall)
        if best_s.overall >= 6:
            strengths.append(
                f"Your strongest answer was to {_quote(_clip(best_q, 14))} ({best_s.overall}/10)."
            )
        weaknesses = []
        for dim, mean in reversed(ranked):
            if mean >= 3:
                break
            gaps = Counter(item for _, _, s in scored for item in s.missing)
            example = next((item for item, _ in gaps.most_common() if _missing_dim(item) == dim), None)
            weaknesses.append(
                f"{DIMENSION_LABELS[dim]} averaged {mean:.1f}/5"
                + (f"; the most common gap: {example.lower()}." if example else ".")
            )
        worst_q, _, worst_s = min(scored, key=lambda row: row[2].overall)
        if worst_s.overall <= 5:
            gap = worst_s.missing[0].lower() if worst_s.missing else "more detail"
            weaknesses.append(
                f"Weakest answer: {_quote(_clip(worst_q, 14))} ({worst_s.overall}/10); it lacked {gap}."
            )
        if not strengths:
            strengths.append(
                f"No dimension averaged 3.5/5 or more yet; your best was {DIMENSION_LABELS[best_dim]} at {best_mean:.1f}/5."
            )
    if skipped:
        weaknesses.append(f"{skipped} question(s) were skipped or left unanswered.")

    coverage: list[CoverageItem] = []
    for req in requirements:
        status, evidence = "not probed", ""
        for q, a, s in rows:
            if not a.strip():
                continue
            hit, quote = mentions(strip_injections(a), req)
            if hit:
                strong = s is not None and s.overall >= 6 and s.specificity.score >= 3
                if strong:
                    status, evidence = "evidenced", _quote(quote)
                    break
                if status == "not probed":
                    status, evidence = "weak", _quote(quote)
            elif status == "not probed" and mentions(q, req)[0]:
                status, evidence = (
                    "weak",
                    f"Asked about in {_quote(_clip(q, 10))}, but the answer did not show it.",
                )
        coverage.append(CoverageItem(requirement=req, status=status, evidence=evidence))

    return InterviewReport(
        summary=summary,
        overall=overall,
        strengths=strengths[:5],
        weaknesses=weaknesses[:6],
        cv_tips=_cv_tips(cv_text, requirements),
        coverage=coverage,
    )


def _missing_dim(item: str) -> str:
    low = item.lower()
    if "number" in low or "named" in low or "yourself" in low:
        return "specificity"
    if "situation" in low or "result" in low or "step by step" in low:
        return "structure"
    if "why" in low or "learned" in low:
        return "depth"
    if "filler" in low or "shorter" in low or "very short" in low:
        return "communication"
    return "relevance"


# ================================================================ the chat model


def _message_text(message: BaseMessage) -> str:
    content = message.content
    if isinstance(content, str):
        return content
    parts = []
    for part in content:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            parts.append(part["text"])
    return "\n".join(parts)


def _first(blocks: dict[str, list[str]], tag: str) -> str:
    values = blocks.get(tag)
    return values[0] if values else ""


def respond(messages: Sequence[BaseMessage], schema_name: str | None = None) -> str:
    """The offline coach's reply text for a prompt (JSON for the two structured tasks)."""
    joined = "\n".join(_message_text(m) for m in messages)
    blocks = extract_blocks(joined)
    task = (blocks.get(TASK) or [""])[-1].strip()
    if schema_name == "AnswerScore" or (schema_name is None and task == TASK_SCORE_ANSWER):
        score = score_answer(
            (blocks.get(QUESTION) or [""])[-1],
            (blocks.get(ANSWER) or [""])[-1],
            job_description=_first(blocks, JOB_DESCRIPTION),
            cv_text=_first(blocks, CANDIDATE_CV),
        )
        return score.model_dump_json()
    if schema_name == "InterviewReport" or (schema_name is None and task == TASK_REPORT):
        data = extract_json(joined, ANSWER_SCORES)
        report = build_report(
            data if isinstance(data, list) else [],
            job_title=_first(blocks, JOB_TITLE),
            company=_first(blocks, COMPANY),
            job_description=_first(blocks, JOB_DESCRIPTION),
            cv_text=_first(blocks, CANDIDATE_CV),
        )
        return report.model_dump_json()
    if task == TASK_NEXT_QUESTION:
        settings = extract_json(joined, INTERVIEW_SETTINGS)
        step = extract_json(joined, NEXT_STEP)
        asked = [_message_text(m) for m in messages if isinstance(m, AIMessage)]
        answers = [
            a
            for m in messages
            if isinstance(m, HumanMessage)
            for a in extract_blocks(_message_text(m)).get(ANSWER, [])
        ]
        return next_question_text(
            settings if isinstance(settings, dict) else {},
            job_title=_first(blocks, JOB_TITLE),
            company=_first(blocks, COMPANY),
            job_description=_first(blocks, JOB_DESCRIPTION),
            cv_text=_first(blocks, CANDIDATE_CV),
            asked=asked,
            last_answer=answers[-1] if answers else None,
            step=step if isinstance(step, dict) else {"kind": "question", "number": len(asked) + 1},
        )
    return (
        "The offline coach is ready. It runs interviews, scores answers and writes reports without a network."
    )


def _tokens(text: str) -> int:
    return max(1, round(len(text.split()) * 1.3))


class OfflineCoach(BaseChatModel):
    """A deterministic chat model serving the three chains of the model layer without a network."""

    model_name: str = MODEL_NAME

    @property
    def _llm_type(self) -> str:
        return "offline-coach"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model_name": self.model_name}

    def _reply(self, messages: list[BaseMessage], kwargs: dict[str, Any]) -> tuple[str, dict[str, int]]:
        text = respond(messages, kwargs.get("offline_schema"))
        tokens_in = sum(_tokens(_message_text(m)) for m in messages)
        tokens_out = _tokens(text)
        return text, {
            "input_tokens": tokens_in,
            "output_tokens": tokens_out,
            "total_tokens": tokens_in + tokens_out,
        }

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        text, usage = self._reply(messages, kwargs)
        message = AIMessage(
            content=text, usage_metadata=usage, response_metadata={"model_name": self.model_name}
        )
        return ChatResult(
            generations=[ChatGeneration(message=message)], llm_output={"model_name": self.model_name}
        )

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        text, usage = self._reply(messages, kwargs)
        pieces = re.findall(r"\S+\s*", text) or [text]
        groups = ["".join(pieces[i : i + 3]) for i in range(0, len(pieces), 3)]
        for i, piece in enumerate(groups):
            last = i == len(groups) - 1
            chunk = AIMessageChunk(
                content=piece,
                usage_metadata=usage if last else None,
                response_metadata={"model_name": self.model_name} if last else {},
            )
            if run_manager:
                run_manager.on_llm_new_token(piece, chunk=ChatGenerationChunk(message=chunk))
            yield ChatGenerationChunk(message=chunk)

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> Runnable:
        raise NotImplementedError("The offline coach does not call tools.")

    def with_structured_output(
        self, schema: dict | type, *, include_raw: bool = False, **kwargs: Any
    ) -> Runnable:
        """Runs the deterministic scorer or report builder and returns a validated ``schema``."""
        if isinstance(schema, type) and issubclass(schema, BaseModel):
            name = schema.__name__
            if not (issubclass(schema, AnswerScore) or issubclass(schema, InterviewReport)):
                names = ("AnswerScore", "InterviewReport")
                name = next((n for n in names if n in {c.__name__ for c in schema.__mro__}), name)

            def parse(message: AIMessage) -> BaseModel:
                return schema.model_validate_json(_message_text(message))

        elif isinstance(schema, dict):
            name = str(schema.get("title") or schema.get("name") or "")

            def parse(message: AIMessage) -> BaseModel | dict:
                return json.loads(_message_text(message))

        else:
            raise ValueError(
                "The offline coach needs a pydantic model or a JSON schema for structured output."
            )
        if name not in {"AnswerScore", "InterviewReport"}:
            raise ValueError(
                f"The offline coach can only produce AnswerScore or InterviewReport, not {name or schema!r}."
            )
        bound = self.bind(offline_schema=name)
        parser = RunnableLambda(parse, name=f"Parse{name}")
        if not include_raw:
            return bound | parser
        return (
            bound
            | RunnableMap(raw=RunnablePassthrough(), parsed=parser)
            | RunnableLambda(lambda d: {**d, "parsing_error": None})
        )
