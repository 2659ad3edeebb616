"""The interviewer-quality checks: each reads one whole interview and says pass, fail or not
applicable (None). They judge only what a person would see (the stored questions, follow-ups,
scores and report) against the CV and job description, so the same checks apply to any model;
three checks that need the offline plan's competencies apply only when the offline coach asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from bench.interviewer_quotes import credential_once, one_quote_style, opener_quote_undated, quotes_closed
from bench.interviewer_quotes import norm as _norm
from bench.interviewer_quotes import quoted_once as _quoted_once
from bench.interviewer_quotes import quotes_end_at_phrase as _quotes_end_at_phrase
from bench.interviewer_quotes import quotes_in_cv as _quotes_in_cv
from bench.interviewer_settings import contradicted
from core.analysis.cv import extract_cv_facts
from core.analysis.job import extract_requirements, mentions
from core.analysis.job_lines import without_employer_checks
from core.analysis.job_weight import preferred
from core.analysis.job_years import years_asked
from core.analysis.skills import find_skills, infer_role_family
from core.analysis.text import strip_injections
from core.coach.evidence_cv import cv_credential_elsewhere
from core.coach.plan_core import competency_key
from core.coach.plan_credential import credential_named, job_credentials
from core.coach.plan_text import CORE_COMPETENCIES, LICENCES
from core.coach.question_types import question_type

_EXAMPLE_ASK = re.compile(r"specific time|one real example|concrete with one|tell me about one", re.I)
_RESULT_ASK = re.compile(r"\b(?:result|outcome|turn out|measurable)\b", re.I)
_DEEPER_ASK = re.compile(r"go (?:a bit )?deeper|say (?:a bit )?more|could you add", re.I)
_ACK_START = re.compile(r"^(?:that's fine|thank|thanks|great|okay|ok,|noted|understood|right,|all right|no problem)", re.I)
_MARKUP = re.compile(r"(?:^|\s)#{1,6}\s|\*\*|__|`|<[a-z/][^>]*>|\[[^\]]*\]\(")
_GLYPH = re.compile(r"[\ue000-\uf8ff\u2600-\u27bf\U0001f000-\U0001faff]")
# A redirect: what was wrong with the answer, said plainly (core.coach.redirect, or any model's own words).
_OFF_TOPIC_SAID = re.compile(r"about something else|not what I asked|doesn't answer what I asked|off[- ]topic|"
                             r"stay with the question|come back to the question", re.I)
_STAY_SAID = re.compile(r"stay with the interview|keep to the interview|not something I follow|won't follow|"
                        r"don't follow instructions|can't act on", re.I)
_PRAISE = re.compile(r"\b(?:great|excellent|well done|good answer|thank(?:s| you)|impressive|perfect)\b", re.I)
_SAME_SAID = re.compile(r"same answer as (?:for|to|in) question (\d+)|gave that answer to question (\d+)", re.I)
_MOVED_SAID = re.compile(r"story you told for question (\d+)", re.I)  # core.coach.repeat_home.moved_notice
_REDIRECT = re.compile(f"{_OFF_TOPIC_SAID.pattern}|{_STAY_SAID.pattern}|{_SAME_SAID.pattern}", re.I)


@dataclass
class Interview:
    """One simulated interview as stored: the documents, the persona, and what the app recorded."""

    pair: str
    persona: str
    cv: str
    jd: str
    title: str
    company: str
    count: int
    turns: list[dict[str, Any]] = field(default_factory=list)  # {kind, text, number, model, answer}
    report: dict[str, Any] | None = None
    scores: list[dict[str, Any]] = field(default_factory=list)
    plan: list[Any] = field(default_factory=list)  # offline plan items (Planned), when the offline coach asked
    notices: dict[int, list[str]] = field(default_factory=dict)  # the chat's notices, by question number

    @property
    def questions(self) -> list[str]:
        return [t["text"] for t in self.turns if t["kind"] == "question"]

    @property
    def all_asked(self) -> list[str]:
        return [t["text"] for t in self.turns]

    @property
    def offline(self) -> bool:
        return bool(self.turns) and all(t.get("model") == "offline-coach" for t in self.turns)

    @property
    def facts(self) -> dict[str, Any]:
        return extract_cv_facts(self.cv)


def _each(iv: Interview, test: Callable[[str], bool], texts: list[str] | None = None) -> bool:
    return all(test(t) for t in (iv.all_asked if texts is None else texts))


def _employers_real(iv: Interview) -> bool:
    known = {e.lower() for e in iv.facts["employers"]} | {iv.company.lower()}
    for text in iv.questions:
        for name in re.findall(r"(?:time at|work at|currently [^.]{0,60}? at|shows it at|\(at) ([^.,:;)?]+)", text):
            if not any(name.lower().startswith(k) or k.startswith(name.lower()) for k in known if k):
                return False
    return True


def _skill_at_employer_shown(iv: Interview) -> bool:
    pairs = {(s.lower(), e.lower()) for s, e in iv.facts["skill_employer_pairs"]}
    names = {(k.lower(), v.lower()) for k, v in iv.facts["skill_employer"].items()}
    for text in iv.questions:
        text = re.sub(r"“[^”]*”", "“…”", text)  # a CV line quoted is checked as a quote (:func:`_quotes_in_cv`)
        m = re.search(r"CV mentions ([^.]+)\. If you had to explain to a new colleague how you used it at ([^,]+)",
                      text) or re.search(r"(?:CV mentions|You list|relies on) ([^.]+?)(?:, and your CV shows it)? at "
                                         r"([^,:;?]+?)(?:\.|,|:|;|\?)(?: |$)", text)
        if m:
            skill, employer = m.group(1).lower(), m.group(2).lower()
            if not any((employer.startswith(e) or e.startswith(employer)) and skill == s for s, e in pairs | names):
                return False
    return True


def _gap_probed(iv: Interview) -> bool | None:
    joined = " ".join(iv.all_asked).lower()
    asked = without_employer_checks(iv.jd)  # "subject to an enhanced DBS check": the employer's check, no gap
    for pattern, _ in LICENCES:
        # missing, or on the CV only for another state or as applied for (core.coach.evidence)
        elsewhere = any(cv_credential_elsewhere(iv.cv, r) for r in extract_requirements(iv.jd) if pattern.search(r))
        if pattern.search(asked) and (not pattern.search(iv.cv) or elsewhere):
            return bool(re.search(r"licen[cs]|registration|qualif|certif|status|\bdbs\b", joined))
    for r in extract_requirements(iv.jd):  # years of experience the CV doesn't show (core.analysis.job_years)
        if years_asked(r) and not mentions(iv.cv, r)[0]:
            return r.lower() in joined
    cv_names = {h.name for h in find_skills(iv.cv)}
    missing = [(h.name, r) for r in extract_requirements(iv.jd) for h in find_skills(r)[:1] if h.name not in cv_names]
    if not missing:
        return None
    return any(n.lower() in joined or r.lower() in joined for n, r in missing)


@lru_cache(maxsize=64)
def _short_plan_questions(cv: str, jd: str, title: str, company: str, seed: str) -> tuple[tuple[str, str], ...]:
    """(text, competency) of each question of the offline coach's plan of three for the documents."""
    from core.coach.plan import plan_items

    return tuple((p.text, p.competency) for p in plan_items(cv, jd, title, interview_type="mixed", seniority="mid",
                                                            count=3, company=company, seed=seed, focus=None))


def _short_plan_items(cv: str, jd: str, title: str, company: str, seed: str) -> tuple[str, ...]:
    return tuple(text for text, _ in _short_plan_questions(cv, jd, title, company, seed))


def _short_plan(cv: str, jd: str, title: str, company: str, seed: str) -> str:
    return " ".join(_short_plan_items(cv, jd, title, company, seed))


def _credential_in_short_plan(iv: Interview) -> bool | None:
    """The job's first required credential (core.coach.plan_credential.job_credentials) is named in the offline
    coach's plan of three questions for the same documents (session 21: a Transport Manager CPC, ACCA, a Level 3
    Food Hygiene certificate never asked in three)."""
    required = [ln for ln in job_credentials(iv.jd) if not preferred(ln, iv.jd)]
    if not required:
        return None
    return credential_named(required[0], _short_plan(iv.cv, iv.jd, iv.title, iv.company, iv.pair))


def _core_skill_in_short_plan(iv: Interview) -> bool | None:
    """The offline coach's plan of three questions for the same documents names, past its opener, one of the job's
    skills of its own field (the lexicon's skills of the job's role family on its lines, a "nice to have" line left
    out): session 21, a senior frontend plan of three named none of React, TypeScript, WCAG; None when it lists none.
    A question counts by what it probes, not only by the words it says: a bank scenario whose competency is one of those
    skills ("A customer writes in angry for the third time…", competency "de-escalation") probes it without naming it
    (session 27)."""
    from core.coach.plan_core import competency_key

    family = infer_role_family(iv.title, iv.jd)
    core = {h.name for ln in iv.jd.splitlines() if ln.strip() and not preferred(ln, iv.jd)
            for h in find_skills(ln) if h.family == family}
    if not core:
        return None
    keys = {competency_key(n) for n in core}
    plan = _short_plan_questions(iv.cv, iv.jd, iv.title, iv.company, iv.pair)
    return any(h.name in core for text, _ in plan[1:] for h in find_skills(text)) or any(
        competency_key(competency) in keys or any(h.name in core for h in find_skills(competency))
        for _, competency in plan[1:])


def _role_specific(iv: Interview) -> bool:
    from core.analysis.role_groups import group_core, role_group
    from core.coach.bank import bank_texts, load_question_bank

    family = infer_role_family(iv.title, iv.jd)
    group = role_group(iv.title, family)  # a maintenance engineer's own questions, as the plan asks them
    bank = {_norm(t) for q in load_question_bank() if q["kind"] == "role" and {family, group} & set(q["families"])
            for t in (*bank_texts(q), *([q["past"]] if q.get("past") else []))}
    core = CORE_COMPETENCIES.get(family, ()) + group_core(group)
    hits = [q for q in iv.questions if any(b in _norm(q) for b in bank) or any(c in q.lower() for c in core)]
    return len(hits) >= 2


def _employer_cap(iv: Interview) -> bool:
    for employer in iv.facts["employers"]:
        if sum(employer.lower() in q.lower() for q in iv.questions) > 2:
            return False
    return True


def _competency_once(iv: Interview) -> bool | None:
    if not iv.offline or not iv.plan:
        return None
    asked = {_norm(q) for q in iv.questions}
    comps = [competency_key(p.competency) for p in iv.plan if _norm(p.text) in asked]  # one skill, two names: once
    return len(comps) == len(set(comps))


def _follow_ups(iv: Interview) -> list[tuple[str, str, str]]:
    """(main question, its answer, follow-up) for every follow-up asked."""
    out = []
    for prev, turn in zip(iv.turns, iv.turns[1:], strict=False):
        if turn["kind"] == "follow_up":
            out.append((prev["text"], prev.get("answer") or "", turn["text"]))
    return out


def _detailed(answer: str) -> bool:
    answer = strip_injections(answer)
    return len(answer.split()) >= 80 or bool(re.search(r"\d", answer))


def _has_example(answer: str) -> bool:
    return bool(re.search(r"\bat [A-Z]|\blast (?:year|month)|\bin my second year|\bonce\b", answer))


def _after_answer(iv: Interview) -> dict[int, str | None]:
    """For each main question answered: the follow-up asked right after its answer, or None (the interview
    moved on). Skipped questions are left out."""
    out: dict[int, str | None] = {}
    for turn, nxt in zip(iv.turns, [*iv.turns[1:], None], strict=False):
        if turn["kind"] == "question" and turn.get("answer") and turn["answer"] != "(skipped)":
            out[turn["number"]] = nxt["text"] if nxt and nxt["kind"] == "follow_up" else None
    return out


def _redirects(iv: Interview, persona: str, said: re.Pattern[str]) -> bool | None:
    """Every answer of ``persona`` is followed by a redirect saying ``said``, with no praise in it."""
    if iv.persona != persona:
        return None
    after = _after_answer(iv)
    return bool(after) and all(f and said.search(f) and not _PRAISE.search(f) for f in after.values())


def _repeat_noticed(iv: Interview) -> bool | None:
    """The repeater's answer to every question after the first is called the same answer as an earlier
    question's, by that question's number: in the redirect, or (a story that answers the later question better
    counts there: :mod:`core.interview.repeats`) in the chat's notice that it is the story told for that question."""
    if iv.persona != "repeater":
        return None
    after = _after_answer(iv)
    later = {n: f for n, f in after.items() if n > min(after, default=0)}

    def named(n: int, f: str | None) -> bool:
        m = _SAME_SAID.search(f or "")
        moved = [int(x) for text in iv.notices.get(n, []) for x in _MOVED_SAID.findall(text)]
        return (bool(m) and 0 < int(m.group(1) or m.group(2)) < n) or any(0 < x < n for x in moved)

    return bool(later) and all(named(n, f) for n, f in later.items())


def _repeat_scored(iv: Interview) -> bool | None:
    """The repeater's answers score 4/10 or less, below the one question the story counts under (its first, or a
    later one it answers better: :mod:`core.interview.repeats`): a story told again and again counts once."""
    if iv.persona != "repeater" or not iv.scores:
        return None
    by_number = {s.question_no: s.overall for s in iv.scores}
    home = max(by_number, key=lambda n: (by_number[n], -n))  # on a tie the first: a tie is a failure either way
    return all(o <= 4 and o < by_number[home] for n, o in by_number.items() if n != home)


def _overall(iv: Interview) -> float | None:
    return float(iv.report.overall) if iv.report and iv.report.overall is not None else None


# A requirement's noun phrase pasted into a slot that needs a field or an activity: "the ropes in warehouse
# experience", "get up to speed on SAP knowledge", "your warehouse experience work" ("in your experience",
# "customer experience" as a field, "experience in/with X" are fine).
_FRAME_SLOT = re.compile(
    r"\b(?:in|on) (?!your |my |the |their |this |that |our |a |an )(?:[\w-]+ ){0,3}"
    r"(?<!customer )(?<!user )(?<!patient )(?<!guest )(?<!employee )(?:experience|knowledge|background)\b"
    r"(?! (?:of|with|so far)\b)(?! in (?!your\b|my\b|the\b|a\b|an\b|our\b))|\bexperience work\b", re.I)


CHECKS: dict[str, Callable[[Interview], bool | None]] = {
    "interview finished with a stored report": lambda iv: iv.report is not None,
    "asked the planned number of questions": lambda iv: len(iv.questions) == iv.count,
    "no markup in a question": lambda iv: _each(iv, lambda t: not _MARKUP.search(t)),
    "no icon glyphs in a question": lambda iv: _each(iv, lambda t: not _GLYPH.search(t)),
    "no doubled word in a question": lambda iv: _each(iv, lambda t: not re.search(r"\b(\w{2,}) \1\b", t, re.I)),
    "no empty slot in a question": lambda iv: _each(
        iv, lambda t: not re.search(r"\{|\}|\bNone\b|\s[,.?]|\bat \.|the this|\(\)|\.\.(?!\.)", t)),
    "every question ends with ? or .": lambda iv: _each(iv, lambda t: t.rstrip().endswith(("?", "."))),
    "no question asked twice": lambda iv: len({_norm(q) for q in iv.all_asked}) == len(iv.all_asked),
    "questions are under 70 words": lambda iv: _each(iv, lambda t: len(t.split()) <= 70),
    "CV quotes are in the CV": _quotes_in_cv,
    "no CV sentence quoted twice": _quoted_once,
    "a cut CV quote ends where a phrase ends": _quotes_end_at_phrase,
    "employers named are the CV's": _employers_real,
    "skill at employer only where the CV shows it": _skill_at_employer_shown,
    "the biggest gap is probed": _gap_probed,
    "2+ role-specific questions": _role_specific,
    "a required credential is asked even in a 3-question plan": _credential_in_short_plan,
    "a 3-question plan names a core skill of the job": _core_skill_in_short_plan,
    "no credential asked twice": credential_once,
    "an opener's CV quote holds no dates": opener_quote_undated,
    "no quote ends inside a bracket": quotes_closed,
    "one quote style per interview": one_quote_style,
    "at most two questions per employer": _employer_cap,
    "no question names a setting the job contradicts": lambda iv: _each(iv, lambda t: not contradicted(t, iv.jd, iv.title)),
    "each competency once (offline plan)": _competency_once,
    "opener names the job": lambda iv: bool(iv.questions) and iv.title.split()[0].lower() in iv.questions[0].lower(),
    "no capitalised term mid-sentence": lambda iv: _each(
        iv, lambda t: not re.search(r"(?:approach|relies on|asks for|mentions) [A-Z][a-z]+(?:ing|tion|ment)\b", t)),
    "no requirement's frame word in a field slot": lambda iv: _each(iv, lambda t: not _FRAME_SLOT.search(t)),
    "no acknowledgement glued to a question": lambda iv: _each(iv, lambda t: not _ACK_START.match(t), iv.questions[1:]),
    "no injected text echoed": lambda iv: _each(iv, lambda t: not re.search(r"ignore|10/10|system:", t, re.I)),
    "no contact details in a question": lambda iv: _each(iv, lambda t: not re.search(r"@\w|\+?\d[\d ]{8,}", t)),
    "at most one follow-up per question": lambda iv: all(
        sum(t["kind"] == "follow_up" and t["number"] == n for t in iv.turns) <= 1 for n in range(1, iv.count + 1)),
    "no example asked for after an example": lambda iv: all(  # a redirect asks the question itself again
        _REDIRECT.search(f) or not (_has_example(a) and _EXAMPLE_ASK.search(f)) for _, a, f in _follow_ups(iv)),
    "no result asked of a hypothetical": lambda iv: all(
        not (question_type(q) == "situational" and _RESULT_ASK.search(f)) for q, _, f in _follow_ups(iv)),
    "no 'go deeper' after a detailed answer": lambda iv: all(
        not (_detailed(a) and _DEEPER_ASK.search(f)) for _, a, f in _follow_ups(iv)),
    "no probing follow-up after a non-answer": lambda iv: None if iv.persona not in {
        "evasive", "off_topic", "non_english", "gibberish"} else all(  # a redirect asks the question again
        _REDIRECT.search(f) or not (_EXAMPLE_ASK.search(f) or _RESULT_ASK.search(f)) for _, _, f in _follow_ups(iv)),
    "an off-topic answer is redirected": lambda iv: _redirects(iv, "off_topic", _OFF_TOPIC_SAID),
    "an injection gets 'I'll stay with the interview'": lambda iv: _redirects(iv, "injection", _STAY_SAID),
    "a repeated answer is noticed": _repeat_noticed,
    "a repeated answer scores low (<= 4)": _repeat_scored,
    "every answered question scored": lambda iv: len({s.question_no for s in iv.scores}) >= len(iv.questions),
    "report overall in 1-10": lambda iv: _overall(iv) is not None and 1 <= _overall(iv) <= 10,
    # A real answer in another language is scored on its merits (issue 14: English and Spanish
    # versions of one answer score within a point), so the non-English persona is not held to this.
    "non-answers score low (<= 4)": lambda iv: None if iv.persona not in {
        "evasive", "off_topic", "gibberish", "injection"} else (_overall(iv) or 10) <= 4,
    "report names strengths or weaknesses": lambda iv: bool(iv.report) and bool(
        iv.report.weaknesses or iv.report.strengths),
}


def run_checks(iv: Interview) -> dict[str, bool | None]:
    """Each check's outcome for one interview (None: not applicable)."""
    return {name: check(iv) for name, check in CHECKS.items()}


def ordering_check(overall_by_persona: dict[str, float]) -> bool:
    """Report scores order strong > average > weak for one CV + job pair."""
    s, a, w = (overall_by_persona.get(p) for p in ("strong", "average", "weak"))
    return None not in (s, a, w) and s > a > w
