"""The job's skills the CV shows and those it lacks, in the order a plan asks them (split from
:mod:`core.coach.plan`, session 23): the job's own duties the CV meets, the field's core skills it names on two lines
or more first, a skill it names only as a plus and the job's own field said as a skill last."""

from __future__ import annotations

import re

from core.analysis.job import mentions
from core.analysis.job_choice import choice_phrase
from core.analysis.job_duties import is_duty_gerund
from core.analysis.job_years import years_asked
from core.analysis.skills import find_skills, skill_family
from core.analysis.text import content_stems
from core.coach.evidence_cv import cv_meets
from core.coach.plan_core import alternative_met, focus_rank, noun_requirement, only_optional, skill_lines
from core.coach.plan_object import asks_experience_of, thing_written
from core.coach.plan_state import _Ctx
from core.coach.plan_weight import preferred


def _skill_terms(ctx: _Ctx) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(job skills the CV shows, job skills it lacks) as (lexicon name, how to say it)."""
    cv_names = {s.lower() for s in ctx.facts["skills"]}
    shown: list[tuple[str, str]] = []
    gaps: list[tuple[str, str]] = []
    for req in ctx.requirements:
        hits = find_skills(req)
        if not hits:
            # "analysing variances": a duty of the job the CV meets (one it lacks is not said to be missing: a duty is
            # worded many ways, and the gap question is the job's skills' and licences')
            if len(req.split()) >= 2 and ((is_duty_gerund(req.split()[0]) or noun_requirement(req))
                                          and cv_meets(ctx.cv, req, ctx.jd) or asks_experience_of(req)
                                          and thing_written(ctx.cv, req, ctx.jd)):  # "Erfahrung in der Schichtleitung"
                shown.append((req, req))  # "leasehold transactions", a CV that deals with leasehold sales
            continue
        name = hits[0].name
        # the requirement's line, or the skill it names ("Track KPIs weekly": KPIs, met by "raised CSAT")
        if name.lower() in cv_names or (ctx.cv and (mentions(ctx.cv, name)[0] or cv_meets(ctx.cv, req, ctx.jd)
                                                    or cv_meets(ctx.cv, name, ctx.jd))):
            # "3+ years' experience in a management accounting role": the skill it names, the years are the gap's
            shown.append((name, ctx.facts["skill_surface"].get(name, name.lower() if years_asked(req) else req)))
        else:  # "Descartes" of "(Paragon, Descartes or similar)": the route-planning system the list stands for
            gaps.append((name, choice_phrase(ctx.jd, name) or req))
    met = {name for name, _ in shown}
    gaps = [g for g in gaps if not _interest_only(ctx.jd, g[0])]  # "Interest in GitLab": the employer's own product
    gaps = [g for g in gaps if not alternative_met(ctx.jd, g[0], met)]  # "(SQS, Kafka)" with SQS on the CV
    # the job's own duties ("analysing variances", no lexicon skill) first, a skill it names only as an advantage
    # ("SAP experience is an advantage") last (session 16: Excel and SAP were asked, variances and standard costs never)
    # (session 22) before those, the field's core skills the job names on two lines or more ("Build… in React and
    # TypeScript", "Expert React and TypeScript"); the job's own field said as a skill ("frontend development" for a
    # frontend engineer: the title says it) after every other
    shown.sort(key=lambda s: (only_optional(ctx.jd, s[0]) or preferred(s[1], ctx.jd), _the_field(s[1], ctx.title),
                              not _core_named(ctx, s[0]), bool(skill_family(s[0]))))
    if ctx.focus:
        shown.sort(key=lambda s: focus_rank(s[0], ctx.focus))
        gaps.sort(key=lambda s: focus_rank(s[0], ctx.focus))
    return shown, gaps


_FIELD_FRAME = frozenset(content_stems("development work experience engineering practice"))


def _the_field(said: str, title: str) -> bool:
    """Whether a requirement is only the job's own field, as its title names it ("5+ years of frontend development"
    for a Senior Frontend Engineer): asking it asks nothing the title has not."""
    own = content_stems(re.sub(r"\d+\+?|years?|of\b", " ", said)) - _FIELD_FRAME
    return bool(own) and own <= content_stems(title)


def _core_named(ctx: _Ctx, name: str) -> bool:
    """Whether the lexicon skill ``name`` is of a field (not a general skill) and named on two lines of the job or
    more: what a hiring manager of that field asks first (React and TypeScript for a frontend engineer)."""
    family = skill_family(name)
    return bool(family) and family != "general" and len(skill_lines(ctx.jd, name)) >= 2


# a line asking for an interest in something, or naming the employer's own product: "Interest in GitLab, and open
# source software", "the face of GitLab for our prospects"
_INTEREST_RE = re.compile(r"\b(?:interest(?:ed)? in|passion(?:ate)? (?:for|about)|curiosity about|enthusiasm for|"
                          r"(?:the )?face of|love of)\s+(?:\w+\s+){0,2}?$", re.I)


# the employer said as a sentence's subject: "About us: GitLab builds…", "GitLab is the DevOps platform…"
_LINE_START_RE = re.compile(r"^\W*(?:about(?: us)?\s*:\s*)?$", re.I)
_COMPANY_VERB_RE = re.compile(r"\s+(?:is|are|was|builds|makes|helps|offers|provides|develops|creates)\b")


def _interest_only(jd: str, name: str) -> bool:
    """Whether every job line naming the lexicon skill ``name`` asks only an interest in it or names it as the
    employer ("Interest in GitLab", "the face of GitLab", "About us: GitLab builds…"): no skill the CV lacks (session 23: an account
    executive asked "The role asks for GitLab, which I don't see on your CV")."""
    lines = skill_lines(jd, name)
    return bool(lines) and all(
        any(_INTEREST_RE.search(ln[: m.start()]) or (_LINE_START_RE.search(ln[: m.start()])
                                                    and _COMPANY_VERB_RE.match(ln[m.end():]))
            for m in re.finditer(rf"\b{re.escape(name)}\b", ln, re.I))
        for ln in lines)
