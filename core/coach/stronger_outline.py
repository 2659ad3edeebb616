"""Which outline a stronger answer follows (:func:`outline_kind`), and when an answer is off its question's subject so
that it is no model for it (:func:`off_subject`); split from :mod:`core.coach.stronger`, which re-exports
:func:`outline_kind`."""

from __future__ import annotations

import re
from functools import lru_cache

from core.analysis.answer import AnswerEvidence
from core.analysis.language import zipf
from core.analysis.results import measured_result
from core.analysis.signals import RARE_ZIPF
from core.analysis.text import content_stems
from core.coach import procedure
from core.coach.cv_reading import whole_line
from core.coach.framing import question_content
from core.coach.phrasing import clip, quote
from core.coach.question_types import CV_ROLE_OPENER_RE, QuestionType, asks_why_role
from core.coach.scene import scene_kind
from core.coach.stronger_kinds import (
    _HABIT_RE,
    _PAST_CHANGE_RE,
    _PAST_OWN_RE,
    _PLAN_RE,
    _PRESENT_OWN_RE,
    _SCENE_LEAD_RE,
    _SCENE_VERB_RE,
    _WORKPLACE_RE,
    acts_after_scene,
    opens_on_own_action,
    star_kinds,
    told_result,
)
from core.coach.subject import FULL_SUBJECT_WEIGHT, subject_of


def off_subject(question: str, text: str, ev: AnswerEvidence | None, *, full: bool = True) -> bool:
    """Whether an English answer takes up nothing of the subject its question asks about
    (:func:`core.coach.subject.subject_of`), a full one (:data:`core.coach.subject.FULL_SUBJECT_WEIGHT`) when ``full``:
    with nothing else linking it to the question (``linked`` False), another subject's plan or lesson is no model for
    it (recheck, session 14: "how do you plan your quarter" got "Concepts: I would pick the fleets…"; session 15: "I
    learned to ask for the budget earlier" came back as the reasoning of "how do you research a prospect"). Not used
    for an answer the relevance check links to its question: on the dev sets, some good answers say their subject in
    other words; a subject of any weight counts when relevance is low too (``full`` False)."""
    if ev is None or ev.lang != "en":
        return False
    subject = subject_of(text, question_content(question, subject=True))
    return subject.judged and subject.nothing and (subject.weight >= FULL_SUBJECT_WEIGHT or not full)


def outline_kind(question: str, qtype: QuestionType) -> str:
    """The outline a stronger answer follows: the question type's, except that a situational or technical
    question about a duty, policy or procedure (:func:`core.coach.procedure.is_procedural`) that keeps a person safe
    (:data:`_SAFEGUARDING_RE`: safeguarding, health and safety, a child or patient in one's care) gets
    ``"procedural"`` (Recognise, Act, Record, Report, Follow up: "what you would do at once to keep the person safe")
    instead of steps or concepts and trade-offs, and one
    asking why this role (:func:`core.coach.question_types.asks_why_role`) gets ``"motivation"``, or ``"introduction"``
    when it asks about the candidate's work too."""
    if qtype == "situational" and (scene := scene_kind(question)):
        return scene  # a role-play reply or a dilemma's judgement (core.coach.scene)
    if qtype in {"situational", "technical"} and procedure.is_procedural(question) and _SAFEGUARDING_RE.search(question):
        return "procedural"
    if qtype == "technical" and _ASKS_ORDER_RE.search(question):
        # "how do you triage them, and why in that order?": steps in order and why, not concepts (recheck, session 14)
        return "situational"
    if qtype == "introduction" and CV_ROLE_OPENER_RE.search(question):  # its outline as before it was typed so (session 24)
        qtype = "behavioural"
    if qtype in {"behavioural", "situational", "technical"} and asks_why_role(question):
        # "walk me through that work and why the X role is your next step": now, before, and why; "why this role"
        # alone: its reasons and their link to the job, never a story's STAR (recheck, session 14)
        return "introduction" if _ABOUT_THEIR_WORK_RE.search(question) else "motivation"
    return qtype


# A question asking in what order one would act ("why in that order?", "how would you prioritise them?").
_ASKS_ORDER_RE = re.compile(r"\b(?:in (?:that|what|which) order|what (?:would you do |do you do )?first|prioriti[sz]e|"
                            r"triage)\b", re.I)
# A question that asks about the candidate's current or last work ("walk me through that work", "your time at…").
_ABOUT_THEIR_WORK_RE = re.compile(r"\b(?:walk me through|your (?:time|work|role|background|experience)|you(?:'re| are) "
                                  r"currently|what did you (?:own|do|run|lead)|tell me about yourself|"
                                  r"the work you do (?:now|today|currently|at the moment)|what you do now)\b", re.I)
# A question on keeping a person safe, which the safeguarding outline (Recognise, Act to keep the person safe, Record,
# Report, Follow up) answers: safeguarding, child protection, health and safety, an accident or a disclosure, a person in
# one's care; never an escalation, a complaint or a compliance process on its own ("What does a good escalation to
# engineering contain?" got "Act: [what you would do at once to keep the person safe]": recheck, session 15).
_SAFEGUARDING_RE = re.compile(
    r"\b(?:safeguard\w*|child protection|protect\w* (?:children|vulnerable|adults?|people)|vulnerable|health (?:and|&) "
    r"safety|safe|safely|safety|unsafe|danger\w*|harm\w*|hurt|injur\w*|abuse\w*|neglect\w*|bully\w*|self-harm|"
    r"fire|evacuat\w*|spill\w*|first aid|medication|infection control|accident\w*|near[- ]miss|disclos\w*|"
    r"duty of care|prevent duty|lone working|frightened|scared|unwell|falls|"
    r"child|children|pupil|pupils|student|students|learner|patient|patients|resident|residents|service users?|"
    r"young (?:person|people))\b", re.I)


def example_result(sentence: str, answer: str | None = None) -> bool:
    """Whether ``sentence`` tells what came of an example, a change told as done or measured ("We signed at 8%, and the
    term raised the contract by £360k", "The year ended at 4% instead of 15%"), with no step and no plan in it: an
    approach's "Result", never a step or a trade-off (newcomer run 19: "+£360k" was left out, a result was "Trade-offs:").
    With ``answer`` given, only when it tells an example: a step of the candidate's in the past (:data:`_PAST_OWN_RE`;
    "GFS cut storage costs 10x" in an answer about GFS is no example's result)."""
    if answer is not None and not _PAST_OWN_RE.search(answer):
        return False
    return told_result(sentence) or (star_kinds(sentence) == {"result"} and bool(measured_result(sentence))
                                     and not _PLAN_RE.search(sentence))


def with_result(outline: tuple[tuple[str, str], ...], kind: str, parts: dict[str, list[str]]) -> tuple[tuple[str, str], ...]:
    """``outline`` (a type's (label, gap) parts in order) with ("Result", "") before its last part when an approach's
    example told what came of it (``parts["Result"]`` not empty; :func:`example_result`)."""
    if kind in {"situational", "technical"} and parts.get("Result"):
        return (*outline[:-1], ("Result", ""), outline[-1])
    return outline


def with_whole_achievements(facts: dict, cv_text: str) -> dict:
    """A copy of ``facts`` (:func:`core.analysis.cv.extract_cv_facts`) with ``"achievement_lines"``: each achievement
    as its whole CV line, the line a PDF wrapped joined back (:func:`core.coach.cv_reading.whole_line`: "…A/B tested
    with 2" goes on "million users."), for :func:`cv_hint` to quote."""
    bullets = list(facts.get("bullets") or [])
    return {**facts, "achievement_lines": {a: whole_line(a, bullets, cv_text) for a in facts.get("achievements") or []}}


# Verbs any CV line or question may have ("Managed a £180k budget" and "IOSH Managing Safely" share only "manag"): a CV
# line sharing only these with the question is not on its subject (newcomer, session 20: a budget line suggested for a
# health-and-safety question).
_GENERIC_WORDS = ("manage managed managing lead led leading run ran work worked help helped support supported prepare "
                  "prepared show showed deliver delivered improve improved handle handled make made use used own owned "
                  "build built develop developed oversee oversaw responsible role team difference")


@lru_cache(maxsize=1)
def _generic_stems() -> frozenset[str]:
    return frozenset(content_stems(_GENERIC_WORDS))


_SHARED_TERMS = 2  # content words a CV line shares with the question, beyond generic verbs, to be offered for it


def _field_word(question: str, stems: set[str]) -> bool:
    """Whether a word of ``question`` with one of ``stems`` is field vocabulary (rarer than
    :data:`core.analysis.signals.RARE_ZIPF`: "deployment", "handover"), which one shared word is enough to tie to it;
    "product" or "customer" is no field's."""
    return any(content_stems(word) & stems and zipf(word.lower(), "en") < RARE_ZIPF
               for word in re.findall(r"[A-Za-z][\w-]*", question))  # "customer's": "customer", never the rarer form


def cv_hint(question: str, facts: dict) -> str:
    """A bracketed pointer to a CV achievement (``facts["achievements"]``, its whole line when ``facts`` has it:
    :func:`with_whole_achievements`) sharing at least :data:`_SHARED_TERMS` of the question's content words (stems,
    generic verbs aside) or one word of its field (:func:`_field_word`), else ""."""
    q_stems = content_stems(question)
    lines = facts.get("achievement_lines") or {}
    for ach in facts.get("achievements") or []:
        whole = _whole_figures(lines.get(ach, ach).rstrip(". "))
        # on the question's subject: two of its words, or one of its field's ("deploy"), never "Managed" alone, nor one
        # everyday word in another sense ("recommending products" for "is the problem in the product?": re-check B, s22)
        shared = (content_stems(ach) & q_stems) - _generic_stems()
        if whole and (len(shared) >= _SHARED_TERMS or _field_word(question, shared)):
            return f" [you could use the CV's {quote(clip(whole, 14))}]"
    return ""


# A CV line that stops inside a figure or a phrase ("…, A/B tested with 2" where the PDF wrapped "million users" onto the
# next line: the re-check, session 19): a bare number after a word that waits for it, or a word waiting for more.
_CUT_FIGURE_RE = re.compile(r"(?:\b(?:with|to|of|for|by|from|over|under|than|about|around|across|at|a|the)\s+[$£€]?\d[\d,.]*"
                            r"|\s(?:with|to|of|for|by|from|and|or|the|a|an|&))$", re.IGNORECASE)


def _whole_figures(text: str) -> str:
    """``text`` (a CV line) without a last clause that stops inside a figure or a phrase (:data:`_CUT_FIGURE_RE`), cut back
    to the comma or semicolon before it and closed with "…"; "" when no clause before it is left. Shape: a string."""
    if not _CUT_FIGURE_RE.search(text):
        return text
    head = re.split(r"[,;:]\s+(?=[^,;:]*$)", text, maxsplit=1)
    return head[0].rstrip(" ,;:") + "…" if len(head) == 2 and len(head[0].split()) >= 3 else ""


def step_after_place(sentence: str) -> bool:
    """Whether ``sentence`` opens, after its place or time ("At Redfern Kitchen ", "Last May "), on a step of the
    candidate's (:func:`core.coach.stronger_kinds.opens_on_own_action`) whose main clause sets no scene ("I joined…",
    "I was…", "I worked at…") and tells no habit: what was done, even with a state told inside it ("…and found the sauces
    weren't labelled, so I rewrote…"; newcomer run 19: such a sentence came back as the Result with the Action gap)."""
    rest = sentence.strip()
    for _ in range(3):
        rest = _SCENE_LEAD_RE.sub("", rest, count=1)
    first = re.split(r",|;|\b(?:and|so|but|because|which)\b", rest)[0]
    return (rest != sentence.strip() and opens_on_own_action(rest) and not _SCENE_VERB_RE.match(rest)
            and not _WORKPLACE_RE.search(first) and not re.search(r"\b(?:was|were|had)\b", first, re.IGNORECASE)
            and not _HABIT_RE.search(first))


def present_duty(sentence: str) -> bool:
    """Whether ``sentence`` tells what the candidate does now as a duty ("I run the rota and the £80k budget, and I manage
    two administrators"): the present, no step in the past, no change told, no "now", "since" or "have had" of a result."""
    return bool(_PRESENT_OWN_RE.search(sentence) and not _PAST_OWN_RE.search(sentence) and not told_result(sentence)
                and not _PAST_CHANGE_RE.search(sentence) and not re.search(r"\b(?:now|since|today|(?:have|has)\s+\w+)\b|'ve\b", sentence, re.I))


# A goal or target set, the start of a story of reaching it or not ("In 2024 I set myself the goal of…"): never its step.
_GOAL_SET_RE = re.compile(r"\b(?:set|gave) (?:myself|ourselves|us|the team|my team) (?:a |the |an )?(?:\w+ )?(?:goal|target|"
                          r"deadline|challenge)\b", re.IGNORECASE)
# A sentence that weighs the choice made ("The trade-off was…", "The risk was…", "The downside is…").
_WEIGHED_RE = re.compile(r"^(?:the|my|our|one|a|its) (?:main |big |real )?(?:trade-?off|downside|risk|cost|catch|compromise|"
                         r"price|alternative) (?:was|is|here was|of that was)\b", re.IGNORECASE)


def _outcome_after_steps(parts: dict[str, list[str]], said: list[str]) -> None:
    """A sentence under Situation that weighs the choice (:data:`_WEIGHED_RE`), told after a step, goes under Action; one
    told after the story's last step, no act of the candidate's, goes under Result: what came of the steps, in the
    candidate's order (re-check, session 20: "By the third one she was catching the same issues
    herself." was the situation, with the Result gap), when the Result is empty or it closes the answer."""
    steps = [said.index(s) for s in parts["Action"] if s in said]
    if not steps or len(parts["Situation"]) < 2:
        return  # a story's only scene stays its scene
    # "The trade-off was less certainty, since…", told after a step: why the step was chosen, the Action's (session 21)
    weighed = [s for s in parts["Situation"][1:] if s in said and said.index(s) > min(steps) and _WEIGHED_RE.match(s)]
    parts["Situation"] = [s for s in parts["Situation"] if s not in weighed]
    parts["Action"] = sorted(parts["Action"] + weighed, key=lambda s: said.index(s) if s in said else len(said))
    late = [s for s in parts["Situation"][1:] if s in said and said.index(s) > max(steps) and not opens_on_own_action(s)
            and (not parts["Result"] or s == said[-1])]
    parts["Situation"] = [s for s in parts["Situation"] if s not in late]
    parts["Result"] = sorted(late + parts["Result"], key=lambda s: said.index(s) if s in said else len(said))


def regroup(parts: dict[str, list[str]], said: list[str]) -> None:
    """A story's parts by what their sentences tell (``parts`` changed in place; ``said`` its sentences in order). With the
    Action empty: the opening sentence that acts after its scene (:func:`core.coach.stronger_kinds.acts_after_scene`,
    session 19), else any sentence under Situation or Result that is a step after its place (:func:`step_after_place`),
    goes under Action. A present duty under Result (:func:`present_duty`) goes under Situation (newcomer run 19)."""
    duties = [s for s in parts["Result"] if present_duty(s)]
    parts["Situation"] += duties
    parts["Result"] = [s for s in parts["Result"] if s not in duties]
    if parts["Action"]:
        _outcome_after_steps(parts, said)
        return
    if said and parts["Situation"][:1] == said[:1] and acts_after_scene(said[0]) and not _GOAL_SET_RE.search(said[0]):
        parts["Action"], parts["Situation"] = parts["Situation"][:1], parts["Situation"][1:]  # the one step (session 19)
        return
    for label in ("Situation", "Result"):
        steps = [s for s in parts[label] if step_after_place(s) and not _GOAL_SET_RE.search(s)]
        parts["Action"] += steps
        parts[label] = [s for s in parts[label] if s not in steps]
