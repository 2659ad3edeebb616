"""The interview plan: an opener, then questions on the job's skills the CV shows, gaps, CV
achievements and curated bank questions, mixed by interview type and seniority.

:func:`plan_questions` is the one entry point. It runs as small named steps over a
:class:`_PlanContext`; the order of the random draws is part of the behaviour (the same seed gives
the same plan), so the steps run in a fixed order.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any

from core.analysis.cv import extract_cv_facts
from core.analysis.job import extract_requirements, mentions
from core.analysis.skills import find_skills, infer_role_family, skill_family, skill_names
from core.analysis.text import content_stems, strip_injections
from core.coach.bank import load_question_bank
from core.coach.phrasing import clip, lower_first, norm_key

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


def _spread(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Bank questions reordered so no competency comes twice while others remain."""
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
        return lead.format(employer=employer) + lower_first(text)
    return text


# ---------------------------------------------------------------- the steps


@dataclass
class _PlanContext:
    """Everything the steps read: the cleaned documents, their facts and the session's random source."""

    count: int
    interview_type: str
    seniority: str
    focus: list[str]
    rng: random.Random
    cv: str
    jd: str
    title: str
    at_company: str
    facts: dict[str, Any]
    requirements: list[str]
    family: str


@dataclass
class _Slots:
    """How many questions of each kind fill the slots after the opener."""

    skill: int
    gap: int
    achievement: int
    behavioral: int
    role: int


@dataclass
class _Plan:
    """The questions so far, refusing an empty or repeated question."""

    questions: list[str] = field(default_factory=list)
    used: set[str] = field(default_factory=set)

    def add(self, text: str) -> bool:
        key = norm_key(text)
        if key in self.used or not text:
            return False
        self.used.add(key)
        self.questions.append(text)
        return True


def _context(
    cv_text: str,
    job_description: str,
    job_title: str,
    *,
    interview_type: str,
    seniority: str,
    count: int,
    company: str,
    seed: str,
    focus: list[str] | None,
) -> _PlanContext:
    """Normalise the settings, seed the random source and read the documents (injections removed)."""
    interview_type = interview_type if interview_type in _MIX else "mixed"
    seniority = seniority if seniority in {"junior", "mid", "senior", "lead"} else "mid"
    cv = strip_injections(cv_text or "")
    jd = strip_injections(job_description or "")
    return _PlanContext(
        count=max(1, int(count or 8)),
        interview_type=interview_type,
        seniority=seniority,
        focus=[f for f in (focus or []) if isinstance(f, str) and f.strip()],
        rng=random.Random(f"{seed}|{job_title}|{company}|{interview_type}|{seniority}"),
        cv=cv,
        jd=jd,
        title=(job_title or "").strip() or "this",
        at_company=f" at {company.strip()}" if company and company.strip() else "",
        facts=extract_cv_facts(cv),
        requirements=extract_requirements(jd),
        family=infer_role_family(job_title or "", jd),
    )


def _shown_and_gaps(ctx: _PlanContext) -> tuple[list[str], list[str], list[str]]:
    """(job skills the CV shows, job skills it lacks, other CV skills of the role family).

    Free-text requirements are left out: they feed the coverage map and the bank lead-ins.
    """
    names = skill_names()
    cv_skill_lower = {s.lower() for s in ctx.facts["skills"]}
    shown: list[str] = []
    gaps: list[str] = []
    for req in ctx.requirements:
        if req not in names:
            continue
        if req.lower() in cv_skill_lower or (ctx.cv and mentions(ctx.cv, req)[0]):
            shown.append(req)
        else:
            gaps.append(req)
    extra = [s for s in ctx.facts["skills"] if s not in shown and skill_family(s) == ctx.family]
    if ctx.focus:
        shown.sort(key=lambda s: _focus_rank(s, ctx.focus))
        gaps.sort(key=lambda s: _focus_rank(s, ctx.focus))
    return shown, gaps, extra


def _opener(ctx: _PlanContext) -> str:
    """The first question: the candidate's current role when the CV names one, else their background."""
    facts = ctx.facts
    if facts["roles"] and facts["employers"] and ctx.rng.random() < 0.6:
        opener = ctx.rng.choice(_OPENERS_WITH_CV).format(
            role=facts["roles"][0], employer=facts["employers"][0], title=ctx.title, at_company=ctx.at_company
        )
    else:
        opener = ctx.rng.choice(_OPENERS).format(title=ctx.title, at_company=ctx.at_company)
    return opener.replace("the this role", "this role").replace("this this role", "this role")


def _slots(ctx: _PlanContext, gaps: list[str]) -> _Slots:
    """The type's mix over the slots after the opener; a long non-behavioral plan asks about one gap."""
    n_skill, n_gap, n_ach, n_beh, n_role = _alloc(ctx.count - 1, _MIX[ctx.interview_type])
    if gaps and n_gap == 0 and ctx.count >= 6 and ctx.interview_type != "behavioral":
        n_gap = 1
        n_role = max(0, n_role - 1) if n_role else n_role
        if n_role == 0 and n_beh:
            n_beh -= 1
    return _Slots(n_skill, n_gap, n_ach, n_beh, n_role)


def _skill_templates(ctx: _PlanContext) -> list[str]:
    templates = list(_SKILL_TEMPLATES) + (
        list(_SKILL_TEMPLATES_SENIOR) if ctx.seniority in {"senior", "lead"} else []
    )
    ctx.rng.shuffle(templates)
    return templates


def _vary_skill_order(ctx: _PlanContext, shown: list[str], extra: list[str]) -> tuple[list[str], list[str]]:
    """Without a focus, keep the two most important shown skills first and vary the rest by session."""
    if ctx.focus:
        return shown, extra
    tail = shown[2:]
    ctx.rng.shuffle(tail)
    ctx.rng.shuffle(extra)
    return shown[:2] + tail, extra


def _pick_achievements(ctx: _PlanContext, n: int) -> list[str]:
    """Up to ``n`` CV achievements, drawn from the three closest to the job (and the focus)."""
    achievements = list(ctx.facts["achievements"])
    if achievements:
        target = content_stems(ctx.jd + " " + " ".join(ctx.focus))
        scored = sorted(
            achievements, key=lambda a: (-len(content_stems(a) & target), achievements.index(a))
        )
        achievements = scored[:3]
        ctx.rng.shuffle(achievements)
    return achievements[:n]


def _where(ctx: _PlanContext, skill: str) -> str:
    employer = ctx.facts["skill_employer"].get(skill)
    return f" at {employer}" if employer else ""


def _skill_questions(
    ctx: _PlanContext, skills: list[str], achievements: list[str], templates: list[str], n: int
) -> list[str]:
    """Questions on ``n`` skills; a skill already asked about through a CV achievement is not asked again."""
    ach_skills = {h.name for a in achievements for h in find_skills(a)}
    pool = [s for s in skills if s not in ach_skills] or skills
    pool = list(dict.fromkeys(pool))
    return [
        templates[i % len(templates)].format(skill=skill, where=_where(ctx, skill))
        for i, skill in enumerate(pool[:n])
    ]


def _gap_questions(ctx: _PlanContext, gaps: list[str], n: int) -> list[str]:
    templates = list(_GAP_TEMPLATES)
    ctx.rng.shuffle(templates)
    return [templates[i % len(templates)].format(skill=gap) for i, gap in enumerate(gaps[:n])]


def _achievement_questions(ctx: _PlanContext, achievements: list[str]) -> list[str]:
    out = []
    for ach in achievements:
        employer = ctx.facts["achievement_employer"].get(ach, "")
        tmpl = _ACHIEVEMENT_TEMPLATES[ctx.rng.randrange(len(_ACHIEVEMENT_TEMPLATES))]
        out.append(
            tmpl.format(achievement=clip(ach.rstrip("."), 24), where=f" (at {employer})" if employer else "")
        )
    return out


def _bank_candidates(ctx: _PlanContext) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(role-family, behavioral) bank questions suited to the seniority, shuffled, focus first,
    spread over competencies."""
    bank = [q for q in load_question_bank() if ctx.seniority in q["seniority"]]
    behavioral = [q for q in bank if q["kind"] == "behavioral"]
    role_family = [q for q in bank if q["kind"] == "role" and ctx.family in q["families"]]
    if ctx.family == "general" or not role_family:
        role_family = [q for q in bank if q["kind"] == "role" and "general" in q["families"]]
    ctx.rng.shuffle(behavioral)
    ctx.rng.shuffle(role_family)
    if ctx.focus:
        behavioral.sort(key=lambda q: _focus_rank(q["competency"] + " " + q["text"], ctx.focus))
        role_family.sort(key=lambda q: _focus_rank(q["competency"] + " " + q["text"], ctx.focus))
    return _spread(role_family), _spread(behavioral)


def _bank_split(
    ctx: _PlanContext, slots: _Slots, leftover: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(bank questions for the plan, spare ones); slots the documents could not fill go to the bank."""
    role_family, behavioral = _bank_candidates(ctx)
    n_role, n_beh = slots.role, slots.behavioral
    if ctx.interview_type == "technical":
        n_role += leftover
    elif ctx.interview_type == "behavioral":
        n_beh += leftover
    else:
        n_role += leftover // 2
        n_beh += leftover - leftover // 2
    picks = role_family[:n_role] + behavioral[:n_beh]
    spare = role_family[n_role:] + behavioral[n_beh:]
    return picks, spare


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
    Deterministic for a seed, never repeating a question; at most ``count`` questions."""
    ctx = _context(
        cv_text, job_description, job_title, interview_type=interview_type, seniority=seniority,
        count=count, company=company, seed=seed, focus=focus,
    )
    shown, gaps, extra = _shown_and_gaps(ctx)
    plan = _Plan()
    plan.add(_opener(ctx))
    if ctx.count == 1:
        return plan.questions

    slots = _slots(ctx, gaps)
    templates = _skill_templates(ctx)
    shown, extra = _vary_skill_order(ctx, shown, extra)
    achievements = _pick_achievements(ctx, slots.achievement)
    middle = _skill_questions(ctx, shown + extra, achievements, templates, slots.skill)
    middle += _gap_questions(ctx, gaps, slots.gap)
    middle += _achievement_questions(ctx, achievements)
    leftover = slots.skill + slots.gap + slots.achievement - len(middle)

    picks, spare = _bank_split(ctx, slots, leftover)
    employers = [e for e in ctx.facts["employers"] if e]
    middle += [_tie_to_documents(q, idx, employers, ctx.requirements, ctx.rng) for idx, q in enumerate(picks)]
    ctx.rng.shuffle(middle)
    for text in middle:
        plan.add(text)
    # Fill any shortfall (duplicates removed, tiny documents) from the remaining bank.
    for q in spare:
        if len(plan.questions) >= ctx.count:
            break
        plan.add(_tie_to_documents(q, len(plan.questions), employers, ctx.requirements, ctx.rng))
    return plan.questions[: ctx.count]
