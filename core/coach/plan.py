"""The interview plan a hiring manager would sign: an opener, the biggest gap between the job and the CV, the job's
central requirement (:mod:`core.coach.plan_core`), two or three questions specific to the role family, questions on
the job's skills the CV shows (naming the employer only when the CV names the skill under it) and its other gaps, CV
achievements, and behavioural questions from the bank.

:func:`plan_questions` is the one entry point. Every question carries a competency, used once per
plan, and at most two questions are tied to the same employer. The order of the random draws is
part of the behaviour (the same seed gives the same plan), so the steps run in a fixed order.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from core.analysis.cv_line_quote import skill_line
from core.analysis.job_duties import is_duty_gerund
from core.analysis.job_lines import without_employer_checks
from core.analysis.job_traits import trait_adjective
from core.analysis.requirement_name import requirement_kind
from core.analysis.role_groups import group_core, role_group
from core.analysis.skills import find_skills, is_named_product, skill_family
from core.analysis.text import content_stems
from core.coach.bank import (
    grounded,
    in_region,
    load_question_bank,
    question_text,
    served_key,
    setting_fits,
    side_fits,
)
from core.coach.concepts import concept_shown
from core.coach.evidence_cv import cv_meets
from core.coach.fluency import fluency_asked
from core.coach.foreign_terms import in_other_language
from core.coach.plan_audience import audience_fits, manages_others
from core.coach.plan_core import (
    alloc,
    central_requirement,
    competency_key,
    core_question,
    cv_listed,
    duty_object_written,
    focus_rank,
    only_optional,
    requirement_topic,
    shown_instance,
)
from core.coach.plan_credential import credential_gap, credential_question, knowledge_gap
from core.coach.plan_duty import duty_gaps, duty_scenario, gap_rank, job_fit
from core.coach.plan_licence import licence_competency, licence_question
from core.coach.plan_object import field_written, thing_written
from core.coach.plan_opener import opener
from core.coach.plan_setting import job_settings, setting_match, settings_fit
from core.coach.plan_short import core_skill, yields_in_short
from core.coach.plan_skill_terms import _core_named, _skill_terms, _the_field  # noqa: F401  (re-exported)
from core.coach.plan_state import _MIX, MAX_PER_EMPLOYER, Planned, _context, _Ctx, _Plan, tidy  # noqa: F401  (re-exported)
from core.coach.plan_stories import _achievement_items, _behavioural_items  # noqa: F401  (re-exported)
from core.coach.plan_text import (
    CORE_COMPETENCIES,
    DUTY_SHOWN_TEMPLATES,
    EVERYDAY_TOOL_TEMPLATES,
    GAP_TEMPLATES,
    LICENCES,
    QUALIFICATION_RECOGNISED_TEMPLATES,
    QUALIFICATION_RELATED_TEMPLATES,
    QUALIFICATION_SHOWN_TEMPLATES,
    QUALITY_TEMPLATES,
    SKILL_TEMPLATES,
    SKILL_TEMPLATES_SENIOR,
    YEARS_TEMPLATE,
    as_interview_type,
    gap_question,
    instance_question,
    mid_sentence,
    related_question,
    shown_question,
)
from core.coach.plan_trades import is_trade
from core.coach.plan_weight import PLUS_NOTE, as_preferred, pattern_preferred, preferred
from core.coach.plan_years import years_gap, years_said
from core.coach.slots import slot_kind
from core.coach.term_kind import kind_templates, turned


def _duty_asked(item: Planned, planned: list[Planned]) -> bool:
    """Whether ``item`` is a question on a duty of the job (no lexicon skill: "escalating deteriorating patients")
    whose words a planned question already asks about (a role question on "deteriorating patient")."""
    if skill_family(item.competency) or not is_duty_gerund(item.competency.split()[0]):
        return False
    own = content_stems(" ".join(item.competency.split()[1:]))
    return bool(own) and any(own <= content_stems(p.text + " " + p.competency) for p in planned)


_opener = opener  # the name older tests import


def _gap(ctx: _Ctx, gaps: list[tuple[str, str]], duties: list[tuple[str, str]]) -> Planned | None:
    """The biggest gap: a licence the job requires and the CV lacks, else the years of experience it asks for
    and the CV does not show, else the job's first core skill or duty missing from the CV (a named tool of the
    job's own family, then a duty the CV shows nothing of, then other skills: :func:`core.coach.plan_duty.gap_rank`);
    a plus only when no required one is missing, said as one (:mod:`core.coach.plan_weight`)."""
    asked = without_employer_checks(ctx.jd)  # "subject to an enhanced DBS check": the employer's check, no gap
    for pattern, licence in [pl for pl in LICENCES if not pattern_preferred(pl[0], asked)]:  # "… von Vorteil": later
        if pattern.search(asked) and (text := licence_question(ctx.cv, ctx.jd, ctx.requirements, asked, pattern, licence)):
            return Planned(text, licence_competency(text), "", "gap")
    if text := credential_gap(ctx.cv, ctx.jd):  # a required credential the CV lacks or holds in part: "licensure" too
        return Planned(text, "credentials", "", "gap", ("licensure",))
    for req in ctx.requirements:  # "at least four years of emergency nursing experience" the CV doesn't show
        if not preferred(req, ctx.jd) and years_gap(ctx.cv, req):  # "4+ years", "mehrjährige": the field, its years
            return Planned(YEARS_TEMPLATE.format(requirement=years_said(mid_sentence(req, (ctx.jd,)))), "relevant experience", "", "gap")
    if not gaps and (text := knowledge_gap(ctx.cv, ctx.jd, ctx.requirements)):  # "Sehr gute Kenntnisse im Lohnsteuer-
        return Planned(text, "required knowledge", "", "gap", _named_in(text))  # und Sozialversicherungsrecht"
    optional = [g for g in gaps + duties if only_optional(ctx.jd, g[0]) or preferred(g[1], ctx.jd)]
    plus = [] if (gaps := [g for g in gaps + duties if g not in optional]) else LICENCES
    for pattern, licence in [pl for pl in plus if pattern_preferred(pl[0], asked)]:  # a licence that is a plus, as one
        if text := licence_question(ctx.cv, ctx.jd, ctx.requirements, asked, pattern, licence):
            return Planned(as_preferred(text), licence_competency(text), "", "gap")
    if not (gaps := gaps or optional):
        return None
    name, said = sorted(gaps, key=lambda g: gap_rank(g[0], ctx.family, duties))[0]
    said = mid_sentence(said, (ctx.jd, ctx.cv))
    index = [ctx.rng.randrange(len(GAP_TEMPLATES)), 1][ctx.interview_type == "behavioral"]  # always drawn: same seed, same plan
    return Planned((as_preferred if gaps is optional else str)(gap_question(said, index, _quality(name))), name, "", "gap", (said,))


def _plus(ctx: _Ctx, gap: Planned) -> bool:
    """Whether the gap question asks about what the job marks as a plus ("Nice to have: GraphQL")."""
    return PLUS_NOTE in gap.text or only_optional(ctx.jd, gap.competency) or any(preferred(s, ctx.jd) for s in gap.also)


def _credential(ctx: _Ctx, gap: Planned | None) -> Planned | None:
    """The job's required credentials the gap question does not ask, probed once whatever the CV shows
    (:func:`core.coach.plan_credential.credential_question`); its competency is also "licensure", so the bank's
    general licence question is not asked beside it, unless the gap question is the licence's."""
    if not (text := credential_question(ctx.cv, ctx.jd, gap.text if gap and gap.source == "gap" else "")):
        return None
    licence_gap = bool(gap) and gap.competency in {"licensure", "professional qualification"}
    return Planned(text, "credentials", "", "credential", (() if licence_gap else ("licensure",)) + _named_in(text))


# what a knowledge or credential question names after "asks for" / "would welcome": "knowledge of drivers' hours rules",
# "registration with the GPhC and a First Aid at Work certificate" (its subject: core.coach.plan_subjects)
_NAMED_IN_RE = re.compile(r"\b(?:asks for|would (?:also )?welcome|requires) (.+?)(?:, which |, and (?:I don't|your CV)| \(a plus|"
                          r" or an equivalent|[.?]\s)")


def _named_in(text: str) -> tuple[str, ...]:
    """The requirement a knowledge or credential question names, as its words (see :data:`_NAMED_IN_RE`); ``()`` when
    it names none that way."""
    return (m.group(1),) if (m := _NAMED_IN_RE.search(text)) else ()


# people skills the lexicon files under a field ("Mentoring": teaching): a gap in one is asked for the example that
# comes closest, never "learn something similar quickly" (session 21: "mentoring other engineers")
_PEOPLE_SKILLS = frozenset(competency_key(n) for n in ("leadership", "mentoring", "stakeholder management",
                                                         "collaboration", "communication"))


def _quality(name: str) -> bool:
    """Whether a requirement is a quality or practice of no one field ("written communication") or a people skill
    (:data:`_PEOPLE_SKILLS`: mentoring, leading a team), not a product."""
    return (skill_family(name) == "general" and not is_named_product(name)) or competency_key(name) in _PEOPLE_SKILLS


def _core(ctx: _Ctx, gap: Planned | None, role_bank: list[dict[str, Any]]) -> Planned | None:
    """A question on the job's central requirement (:func:`core.coach.plan_core.central_requirement`: "owning the
    P&L" in three lines of a general manager's job): the family's own scenario question on it when the bank has
    one (triage), none when the gap question is already on it."""
    # a named tool (Excel, Python) named twice is asked among the skills, never as what the job centres on
    req = central_requirement([r for r in ctx.requirements if not any(h.named_tool for h in find_skills(r)[:1])], ctx.jd)
    if not req or (gap and requirement_topic(req) & requirement_topic(gap.competency + " " + gap.text)):
        return None
    hits = find_skills(req)
    name = hits[0].name if hits else req
    keys = {competency_key(name), competency_key(req)}
    if scenario := next((q for q in role_bank if competency_key(q["competency"]) in keys), None):
        return Planned(as_interview_type([scenario], ctx.interview_type, 1)[0], scenario["competency"], "", "role")
    shown = cv_meets(ctx.cv, req, ctx.jd) or name.lower() in {s.lower() for s in ctx.facts["skills"]}
    return Planned(core_question(mid_sentence(req, (ctx.jd, ctx.cv)), shown, len(req)), name, "", "core")


def _bank(ctx: _Ctx) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(role-family questions, those that fit the job's own terms first, then the family's core
    competencies; behavioural questions)."""
    # a question tied to a domain (a budget cut) only where the job or the CV gives it grounds
    family = role_group(ctx.title, ctx.family) or ctx.family  # a head chef: the kitchen's questions, as History charts it
    if not any(family in q["families"] for q in load_question_bank() if q["kind"] == "role"):
        family = ctx.family  # a group with no questions of its own (administration, social care): its family's plan
    manages = manages_others(ctx.title, ctx.jd)  # a planner's or manager's questions only where the job is one
    served = served_key(ctx.title, family)  # a lecturer's students are adults: "a student", never "or parent"
    settings = job_settings(ctx.title, ctx.jd)  # an ICU, a patient's own home: no "three patients arrive together"
    bank = [dict(q, text=question_text(q, served)) for q in load_question_bank()  # "a patient", not "a customer"
            if ctx.seniority in q["seniority"] and grounded(q, ctx.jd, ctx.cv) and in_region(q, ctx.jd)
            and setting_fits(q, ctx.jd, ctx.title)  # no "busy ward" for a dental nurse
            and settings_fit(q, settings)  # the settings a question lists: the job's own (session 27)
            and audience_fits(q, manages)  # a driver is never asked how he deals with his drivers (session 26)
            and side_fits(q, ctx.title, ctx.jd, ctx.cv)]  # a server is never asked the kitchen's dish sent back (session 28)
    role = [q for q in bank if q["kind"] == "role" and family in q["families"]]
    if family != ctx.family and len(role) < 3:  # a hotel's front desk, no kitchen in sight: the family's own questions
        role += [q for q in bank if q["kind"] == "role" and ctx.family in q["families"]]
    if family == "general":  # a title of no family's own ("Senior Practitioner"): the scenarios its duty lines name
        role += _duties_named(ctx, [q for q in bank if q["kind"] == "role" and q not in role])
    behavioural = [q for q in bank if q["kind"] == "behavioral"]
    ctx.rng.shuffle(role)
    ctx.rng.shuffle(behavioural)
    core = CORE_COMPETENCIES.get(family) or group_core(family)  # a group's own (data/role_groups.json)
    job_stems = content_stems(re.sub(r"[/|]", " ", ctx.jd))  # "ETL/ELT" names both
    # a practice the job requires by name ("budgeting and forecasting" of "Support the annual budget…") first
    required = [set(competency_key(h.name).split()) for r in ctx.requirements for h in find_skills(r)
                if h.family != "general"]  # "unit testing" is a requirement on testing
    role.sort(key=lambda q: (
        focus_rank(q["competency"] + " " + q["text"], ctx.focus) if ctx.focus else 0,
        not setting_match(q, settings),  # the job's own setting's questions first: an ICU's ventilated patient
        # a question naming four of the job's terms before a core one naming fewer: a data engineer's pipelines, never
        # the data scientist's "model you built" (session 21)
        -min(4, job_fit(q, job_stems) + any(set(competency_key(q["competency"]).split()) <= r for r in required)),
        core.index(q["competency"]) if q["competency"] in core[:3] else len(core),
        # a scenario in the job's own domain before a neutral one ("each patient's …"), one the CV alone grounds last
        # ("each customer's second purchase" for an energy company, a CV's "Kafka consumers": session 21)
        0 if q.get("grounds") and grounded(q, ctx.jd) else 1 if not q.get("grounds") else 2,
    ))
    if ctx.focus:
        behavioural.sort(key=lambda q: focus_rank(q["competency"] + " " + q["text"], ctx.focus))
    return role, behavioural


def _duties_named(ctx: _Ctx, others: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Role questions of another family or group whose competency, a duty of two words or more, one of the job's
    requirement or duty lines names ("Section 47 enquiries", "court statements", "medicines reconciliation"): a
    "Senior Practitioner" whose title names no family of its own still gets the Section 47 scenario the job's duties
    call for (session 26 re-check). Asked only of a job of the general family: one of a family of its own keeps its
    family's questions (a nurse's "monitoring" is no maintenance engineer's condition monitoring)."""
    lines = [ln for ln in ctx.jd.splitlines() if re.match(r"\s*(?:[-•*·–]|\d+[.)])\s*\S", ln)] + ctx.requirements
    stems = [content_stems(ln) for ln in lines]
    out = []
    for q in others:
        if ctx.interview_type == "behavioral" and q.get("type", "behavioural") != "behavioural" and not q.get("past"):
            continue  # it would read "Tell me about a time your work on problem solving ran into trouble"
        own = content_stems(q["competency"])
        if len(own) >= 2 and any(own <= line for line in stems):
            out.append(q)
    return out


def _skill_items(ctx: _Ctx, shown: list[tuple[str, str]]) -> list[Planned]:
    templates = list(SKILL_TEMPLATES) + (list(SKILL_TEMPLATES_SENIOR) if ctx.seniority in {"senior", "lead"} else [])
    ctx.rng.shuffle(templates)
    extra = [
        (s, ctx.facts["skill_surface"].get(s, s)) for s in ctx.facts["skills"]
        if skill_family(s) == ctx.family and s not in {n for n, _ in shown}
    ]
    if not ctx.focus:
        tail = shown[2:]
        ctx.rng.shuffle(tail)
        ctx.rng.shuffle(extra)
        # the job's own field said as a skill stays last (:func:`_the_field`)
        shown = shown[:2] + sorted(tail, key=lambda s: _the_field(s[1], ctx.title))
    out = []
    in_cv = {s.lower() for s in ctx.facts["skills"]} | {h.name.lower() for h in find_skills(ctx.cv)}
    asked = {n for n, _ in shown}
    for i, (name, said) in enumerate(dict.fromkeys(shown + extra)):
        employer = ""  # the CV's own line where the skill is written is quoted instead (session 18)
        phrase = mid_sentence(said, (ctx.jd, ctx.cv))
        if (slot := slot_kind(said, name)) == "phrase":  # "post-qualifying experience": no field to ask about
            continue
        if trait_adjective(said):  # "highly organised": a quality, asked by the behavioural questions, never "the role
            continue  # calls for highly organised" (session 26)
        if listed := cv_listed(ctx.cv, said, in_cv, name):  # "audit" of "audit or quality improvement"
            # the templates whose slots take what the term is (core.coach.slots): "SAP EWM" and "statsmodels" tools,
            # "MEDDICC" a method, "CIPD" and "First Aid at Work" qualifications, "forecasting" a field
            kinds = turned(kind_templates(_AS_TERM_KIND.get(slot, slot), ctx.seniority in {"senior", "lead"}),
                           templates) or _templates_for(name, tuple(templates))
            if fluency_asked(said):  # a language at its level: where it mattered, never "the hardest problem in" it
                kinds = QUALITY_TEMPLATES
            if name not in asked:  # a CV skill of the job's field the job never names: no "the role calls for"
                kinds = tuple(t for t in kinds if not t.startswith("The role calls for")) or kinds
            quote = skill_line(ctx.facts["skill_surface"].get(name, listed), ctx.cv) or skill_line(listed, ctx.cv)
            text = shown_question(mid_sentence(listed, (ctx.jd, ctx.cv)), i, "", kinds, quote, slot)
        # "Produce monthly management accounts" for "producing monthly management accounts", "Schichtleitungen" for
        # "Erfahrung in der Schichtleitung"; a concept the CV does itself ("contact centre": "90 calls a shift in a
        # police contact management centre"), never "related work"
        elif duty_object_written(ctx.cv, said) or thing_written(ctx.cv, said, ctx.jd) or concept_shown(ctx.cv, said) \
                or field_written(ctx.cv, said, ctx.jd):  # "leasehold files" for "leasehold transactions"
            if slot == "qualification":  # held, asked where and when (recognised, when the job is in another language)
                foreign = in_other_language(said, (ctx.jd,)) and not in_other_language(said, (ctx.cv,))
                own = QUALIFICATION_RECOGNISED_TEMPLATES if foreign else QUALIFICATION_SHOWN_TEMPLATES
                text = shown_question(phrase, i, "", own, kind=slot)
            elif requirement_kind(said) == "duty" and slot in {"skill", "field"}:  # "serving food": the job's work
                text = shown_question(phrase, i, "", DUTY_SHOWN_TEMPLATES, kind=slot)
            else:
                text = shown_question(phrase, i, "", tuple(t for t in QUALITY_TEMPLATES if t.startswith("The role calls for")))
        elif instance := shown_instance(ctx.cv, said, ctx.jd):  # "SAP EWM" for "a WMS"
            text = instance_question(phrase, instance, i, "")
        elif slot == "qualification":  # a degree the CV meets only by a near one: which is held, never "related work"
            text = shown_question(phrase, i, "", QUALIFICATION_RELATED_TEMPLATES, kind=slot)
        else:
            text = related_question(phrase, i, "")
        out.append(Planned(text, name, employer, "skill", (said,)))
    return out


_AS_TERM_KIND = {"qualification": "credential"}  # core.coach.slots' kind as core.coach.term_kind names it


def _templates_for(name: str, templates: tuple[str, ...]) -> tuple[str, ...]:
    """The questions that suit a shown skill: a field's skill or tool takes ``templates`` (the hardest
    problem, the trade-offs, a decision); a skill of no one field takes :data:`EVERYDAY_TOOL_TEMPLATES` when
    the lexicon names it a product ("Microsoft Office") and :data:`QUALITY_TEMPLATES` otherwise
    ("communication", "attention to detail")."""
    if skill_family(name) != "general":
        return templates
    return EVERYDAY_TOOL_TEMPLATES if is_named_product(name) else QUALITY_TEMPLATES


def _soft_last(
    ctx: _Ctx, items: list[Planned], gaps: list[tuple[str, str]], gap: Planned | None,
) -> tuple[list[Planned], list[Planned]]:
    """(skill questions, then the job's other gaps; soft skills the CV already shows): "Led teams of up to 35"
    needs no "tell me about leadership", so those are asked only when nothing else fills the plan."""
    soft = [p for p in items if skill_family(p.competency) == "general"]
    more = [(n, s) for n, s in gaps if not gap or (n != gap.competency and s.lower() not in gap.text.lower())]
    asked = [Planned(gap_question(mid_sentence(s, (ctx.jd, ctx.cv)), i + 1, _quality(n)), n, "", "gap", (s,))
             for i, (n, s) in enumerate(more)]
    return [p for p in items if p not in soft] + asked, soft


def _fill(plan: _Plan, items: list[Planned], n: int) -> None:
    added = 0
    for item in items:
        if added >= n:
            return
        added += plan.add(item)


def plan_items(cv_text: str, job_description: str, job_title: str, **kw: Any) -> list[Planned]:
    """:func:`plan_questions` with each question's competency, employer and source."""
    ctx = _context(cv_text, job_description, job_title, **kw)
    plan = _Plan(cv=ctx.cv)
    plan.add(opener(ctx))
    if ctx.count == 1:
        return plan.items
    shown, gaps = _skill_terms(ctx)
    duties = duty_gaps(ctx.cv, ctx.jd)  # "Deploy models to production", a CV that never deploys anything
    gap = _gap(ctx, gaps, duties) if ctx.count >= 3 else None
    short = ctx.count <= 3  # opener, the biggest gap (or the credential), a question of the role's own family
    # a plus never takes the gap slot (session 21: "GraphQL (a plus here)" second of six, React never asked): the job's
    # next required skill takes it, the plus is asked last (a short plan's only when nothing else is left)
    if short and gap and yields_in_short(gap) and (core_term := core_skill(ctx, shown, gaps)):  # the DBS check, a
        name, said, lacking = core_term  # trait: a teacher's lesson planning, a seller's B2B sales (plan_short)
        gap = Planned(gap_question(mid_sentence(said, (ctx.jd, ctx.cv)), 0, _quality(name)), name, "", "gap", (said,)) \
            if lacking else _skill_items(ctx, [(name, said)])[0]
    plus = gap if gap and _plus(ctx, gap) else None
    last = plus if plus and not short else None
    if gap and not plus:
        plan.add(gap)
    credential = _credential(ctx, None if plus else gap) if ctx.count >= 3 else None
    if credential and not (short and PLUS_NOTE in credential.text):  # the required credential, in every plan
        plan.add(credential)
    role_bank, behavioural_bank = _bank(ctx)
    if ctx.interview_type == "technical":  # a technical or scenario question before a behavioural one of the family
        role_bank.sort(key=lambda q: q.get("type", "behavioural") == "behavioural")
    if ctx.count >= 5 and (core := _core(ctx, gap, role_bank)):
        plan.add(core)
    role = [Planned(text, q["competency"], "", "role")
            for q, text in zip(role_bank, as_interview_type(role_bank, ctx.interview_type), strict=True)]
    n_role = 1 if short else (2 if ctx.count <= 6 or ctx.interview_type == "behavioral" else 3)
    if ctx.interview_type == "technical":  # the type's share holds in a short plan too: one of three is technical
        n_role = max(n_role, 1)
    n_role -= sum(p.source == "role" for p in plan.items)  # the central requirement's scenario is one
    # a core duty the CV shows nothing of, as a scenario: a spare slot, else the second role question's when the
    # central requirement's question already stands for the role family (two role-specific questions still)
    spare = ctx.count - len(plan.items) - n_role - bool(last)
    steal = n_role >= 2 and any(p.source == "core" for p in plan.items)
    if not short and ctx.count >= 5 and (spare >= 1 or steal) and (duty := duty_scenario(
            ctx.jd, duties, [(p.competency, p.text) for p in plan.items])):
        n_role -= spare < 1
        plan.add(Planned(duty[0], duty[1], "", "gap", (duty[2],)))
    rest = ctx.count - len(plan.items) - n_role - bool(last)
    # a short plan's spare slot: a requirement of the job the CV shows, never a behavioural story (session 21)
    n_skill, n_ach, n_beh = (max(0, rest), 0, 0) if short else alloc(max(0, rest - bool(last)), _MIX[ctx.interview_type])
    n_skill += bool(last)  # the gap slot the plus left
    trade = is_trade(ctx.title) and not short  # a trade's behavioural share: its own practical questions
    n_role, n_beh = (n_role + n_beh, 0) if trade else (n_role, n_beh)
    middle = _Plan(used=set(plan.used), competencies=set(plan.competencies), employers=Counter(plan.employers),
                   subjects=list(plan.subjects), quotes=set(plan.quotes), cv=ctx.cv,
                   credential=plan.credential, about=list(plan.about))
    _fill(middle, role, n_role)
    (skills, soft), achievements = _soft_last(ctx, _skill_items(ctx, shown), duties + gaps, gap), _achievement_items(ctx, plan.items[0].employer)
    skills = [p for p in skills if not _duty_asked(p, plan.items + middle.items)]
    _fill(middle, skills, n_skill)
    _fill(middle, achievements, n_ach)
    behavioural = _behavioural_items(ctx, behavioural_bank)
    _fill(middle, behavioural, n_beh)
    # A shortfall (few skills or achievements on the CV, an employer's quota used) from the rest.
    # a trade's own practical questions first, while the plan holds fewer than three of the role's (2-3 in all: issue
    # 15; session 30, a driver whose CV now meets the licence and years was asked four)
    have_role = sum(p.source == "role" for p in plan.items + middle.items)
    stories = role + behavioural if trade and have_role < 3 else behavioural + role
    _fill(middle, skills + achievements + stories + soft + ([plus] if plus and not last else []),
          ctx.count - len(plan.items) - len(middle.items) - bool(last))
    picked = middle.items
    ctx.rng.shuffle(picked)
    for item in picked:
        plan.add(item)
    if last:
        plan.add(last)
    # one the final order turned away (a subject already asked in the other order): the next that fits
    _fill(plan, skills + achievements + stories + soft, ctx.count - len(plan.items))
    return plan.items[: ctx.count]


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
    """The interview plan (at most ``count`` questions), deterministic for a seed: an opener, the
    biggest gap between job and CV, 2-3 role-family questions, then CV skills and achievements and
    behavioural questions by interview type; each competency once, an employer at most twice."""
    return [
        item.text
        for item in plan_items(
            cv_text, job_description, job_title, interview_type=interview_type, seniority=seniority,
            count=count, company=company, seed=seed, focus=focus,
        )
    ]
