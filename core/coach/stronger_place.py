"""Where each sentence of an answer goes in its stronger answer (split from :mod:`core.coach.stronger`, which re-exports
:data:`OUTLINES` and :func:`placed_parts`): each question type's parts (:data:`OUTLINES`) and :func:`_arrange`, which puts
each of the candidate's sentences under the part its own wording fits (STAR cues for a story, checked by
:func:`core.coach.stronger_limits.star_kinds`; plans and steps for an approach; reasons for "why this role"; present, past
or plan for an introduction), and leaves out one that fits no part, so filler and off-topic sentences are never
relabelled. The cues are English (:mod:`core.analysis.cues`)."""

from __future__ import annotations

import re

from core.analysis import cues
from core.analysis.answer import AnswerEvidence
from core.analysis.results import measured_result
from core.coach import procedure, scene
from core.coach.blame import disowns
from core.coach.stronger_clauses import story_parts
from core.coach.stronger_intro import current_start, employer_names, intro_label, names_employer, told_earlier
from core.coach.stronger_keep import keep_all
from core.coach.stronger_kinds import (
    _APPROACH_PLAN_RE,
    _BRING_RE,
    _PAST_RE,
    _PRESENT_RE,
    _TRAIT_RE,
    WISH_RE,
    told_lesson,
    told_result,
    told_step,
)
from core.coach.stronger_limits import (
    star_kinds,
)
from core.coach.stronger_motives import (
    _ROLE_MOTIVE_RE,
    _WEAK_REASON_RE,
    stock_sentence,
    wants_role,
    weak_sentence,
)
from core.coach.stronger_opinion import without_opinion
from core.coach.stronger_order import keep_after_antecedent
from core.coach.stronger_outline import example_result, present_duty, regroup
from core.coach.stronger_role import fills_gap, realised_act
from core.coach.stronger_said import late_to_result, outcome_last, step_from_result
from core.coach.stronger_sentences import clean_sentences
from core.coach.stronger_split import semicolon_clauses, split_mixed
from core.coach.stronger_star import opening_scene, principle_to_action, star_part

# Each type's parts: (label, what fills it when missing).
OUTLINES: dict[str, tuple[tuple[str, str], ...]] = {
    "behavioural": (
        ("Situation", "[where and when this happened, and what was at stake]"),
        ("Task", "[what you were responsible for]"),
        ("Action", "[what you did, step by step, and why you chose that]"),
        ("Result", "[the result, with a number: time, money, % or people]"),
    ),
    "situational": (
        ("Approach", "[how you would frame the problem first]"),
        ("Steps", "[the steps you would take, in order]"),
        ("Trade-offs", "[what you would weigh, and why you would choose this over the alternative]"),
    ),
    "technical": (
        ("Concepts", "[the components or concepts involved, named]"),
        ("Reasoning", "[how they fit together and why]"),
        ("Trade-offs", "[the trade-off you would accept, and when you would choose differently]"),
    ),
    # a duty, policy or procedure ("What would you do if a child told you…"): core.coach.procedure
    "procedural": procedure.OUTLINE,
    **scene.OUTLINES,  # a role-play reply or a dilemma's judgement (core.coach.scene)
    "motivation": (
        ("Why this role", "[one specific reason tied to this role or organisation]"),
        ("Evidence", "[something you have done that shows this interest]"),
        ("What you bring", "[what you would contribute in the first months]"),
    ),
    "self_assessment": (
        ("The trait", "[the strength or weakness, named plainly]"),
        ("Example", "[one time it showed, and what happened]"),
        ("What I do about it", "[what you do now to use it or manage it, and the effect]"),
    ),
    "introduction": (
        ("Now", "[your current role and what you do best in it]"),
        ("Before", "[the one or two earlier steps that led here, with a result]"),
        ("Why this role", "[why this role is the natural next step]"),
    ),
}

# Where a sentence fits, by its own wording (English cues); one that fits no part is left out, never relabelled.
_EN = "en"
def _cue(table: dict, name: str | None = None) -> re.Pattern[str] | None:
    found = table.get(_EN)
    return found[name] if name and found is not None else found



# What weighs one choice against another: a trade-off, not any "because" (issue 15, session 14: "Our close took 9
# days mainly because accruals were rebuilt" was filed under "Trade-offs"; it is the reasoning, or the problem).
_TRADE_OFF_RE = re.compile(
    r"\b(?:trade-?offs?|instead of|rather than|weigh\w*|at the cost of|the (?:down|up)side|versus|vs\.?|whereas|"
    r"on the other hand|pros and cons|compared|the alternative|otherwise|depends on|risks?|cheaper|slower|faster|"
    r"simpler|costs? (?:more|less)|but (?:it|that|this|then|you|I|we))\b", re.IGNORECASE)
def _approach_part(sentence: str, index: int, qtype: str, rare: list[str]) -> str | None:
    labels = [label for label, _ in OUTLINES[qtype]]
    reasoning = _cue(cues.REASONING)
    if qtype == "technical":
        named = any(term.lower() in sentence.lower() for term in rare)
        if reasoning.search(sentence):  # a trade-off weighs a choice; any other "because" is the reasoning
            return labels[2] if index > 0 and _TRADE_OFF_RE.search(sentence) else labels[1]
        return (labels[0] if index == 0 else labels[1]) if named else None
    if reasoning.search(sentence) and index > 0 and (_TRADE_OFF_RE.search(sentence) or _APPROACH_PLAN_RE.search(sentence)):
        # a step with its reason, no choice weighed ("First I would read…, because that shows…"): a step (session 22)
        # a plan's act with its purpose and no choice weighed ("I go out and tell the guest…, so it never sits on the
        # pass") is a step too: Trade-offs are only what weighs options (session 25)
        return labels[2] if _TRADE_OFF_RE.search(sentence) else labels[1]
    if _cue(cues.STEPS).search(sentence) or _APPROACH_PLAN_RE.search(sentence):
        return labels[0] if index == 0 else labels[1]
    if not reasoning.search(sentence):
        return None
    if index > 0 and (_OWN_STEP_RE.search(sentence) or _OPENS_OWN_ACT_RE.match(sentence)) and not _TRADE_OFF_RE.search(sentence):
        return labels[1]  # an act of the candidate's with its reason ("I offered 8% in exchange for…"): a step (session 21)
    # why the problem is there ("it took 6 hours mainly because…"): how the problem is framed, no trade-off
    return labels[2] if _TRADE_OFF_RE.search(sentence) else labels[0]


# A sentence opening on an act of the candidate's in the present or as a plan ("I ask the depot for…", "Then I'd ring…",
# "We go back and…"), never a state or a thought ("I think…", "I am…"): a step of an approach (session 25).
_OPENS_OWN_ACT_RE = re.compile(r"(?:(?:then|so|and|next|after that|finally|also|first)\s*,?\s+)?(?:I|we)(?:'d| would|'ll| will)?"
                               r"\s+(?:\w+ly\s+|also\s+|then\s+|always\s+)?(?!(?:am|is|are|was|were|think|feel|believe|"
                               r"know|hope|guess|suppose|have|had|need|want|like|love|mean)\b)[a-z]{2,}\b", re.IGNORECASE)


def _wants(sentence: str) -> bool:
    """Whether ``sentence`` gives a reason for wanting a role (:data:`cues.REASONS`, :func:`stronger_motives.wants_role`)."""
    return bool(_cue(cues.REASONS).search(sentence) or wants_role(sentence))


def _other_part(sentence: str, qtype: str) -> str | None:
    labels = [label for label, _ in OUTLINES[qtype]]
    example = (_cue(cues.EXPERIENCE).search(sentence) or cues.STAR_EN["action"].search(sentence)
               or _PAST_RE.search(sentence) or re.search(r"\d", sentence))
    if qtype == "motivation":
        if _BRING_RE.search(sentence):
            return labels[2]
        return labels[0] if _wants(sentence) else labels[1] if example else None
    if qtype == "self_assessment":
        if _cue(cues.SELF_ACTION).search(sentence) or _cue(cues.LESSON).search(sentence):
            return labels[2]
        return labels[1] if example else labels[0] if _TRAIT_RE.search(sentence) else None
    # introduction by time: the present (Now), the past (Before), the reason or plan (Why this role; "I'd aim to…": session 16)
    if _wants(sentence) or _APPROACH_PLAN_RE.search(sentence):
        return labels[2]
    if _PRESENT_RE.search(sentence):
        # the candidate's present role, never an outcome about someone else ("She passed her placement and now works on
        # our ward": the way here, with its result: session 17)
        return labels[0] if _FIRST_PERSON_RE.search(sentence) else labels[1]
    return labels[1] if example or _cue(cues.LESSON).search(sentence) else None


# The candidate as a sentence's subject: "I" or "we" in it, or "my"/"our" opening it ("My team now covers…"); "She passed…
# and now works on our ward" has none.
_FIRST_PERSON_RE = re.compile(r"\b(?:I|we)\b|^(?:my|our)\b", re.IGNORECASE)
_STEP_PARTS = frozenset({"Action", "Steps", "Act"})
_BACK_RE = re.compile(r"(?:That|This|It|These|Those)\b(?! (?:is|was) (?:when|why|how)\b)")  # refers back to the sentence before
_BRACKETED_RE = re.compile(r"\[[^\]]*\]")
# The part a sentence of substance goes under when no cue places it (an introduction's parts are by time only).
_FALLBACK = {"behavioural": "Action", "situational": "Steps", "technical": "Reasoning", "motivation": "Evidence",
             "self_assessment": "Example", "procedural": "Act"}


def _substantive(sentence: str, ev: AnswerEvidence | None) -> bool:
    """A number, a named tool or a workplace action verb ("Monitor the L0 file count", "I verify…"):
    what filler ("I am a hard worker", "teamwork is important") does not have."""
    if re.search(r"\d", sentence) or (ev is not None and any(t.lower() in sentence.lower() for t in ev.tool_words)):
        return True
    return any(w.startswith(tuple(cues.ACTION_VERBS_EN)) for w in re.findall(r"[a-z]+", sentence.lower()))


def _about_work(sentence: str, rare: list[str]) -> bool:
    """A word of work that is not also one of sport or hobbies ("team", "training"), or a skill named."""
    if any(term.lower() in sentence.lower() for term in rare):
        return True
    words = re.findall(r"[a-z]+", sentence.lower())
    return any(w.startswith(tuple(cues.WORK_WORDS[_EN])) and not cues.SHARED_WORK_WORDS[_EN].fullmatch(w) for w in words)


def _arrange(text: str, qtype: str, ev: AnswerEvidence | None, linked: bool, question: str = "") -> dict[str, list[str]]:
    """:func:`_arrange_by_wording`, or for a role-play reply or a dilemma's judgement its parts by their cues
    (:func:`core.coach.scene.arranged`)."""
    if qtype in scene.OUTLINES:
        return scene.arranged(qtype, text)
    return _arrange_by_wording(text, qtype, ev, linked, question)


def _arrange_by_wording(text: str, qtype: str, ev: AnswerEvidence | None, linked: bool, question: str = "") -> dict[str, list[str]]:
    """Each sentence under the part its wording fits; sentences that fit no part are left out, and so
    are sentences with no word of work when nothing links the answer to its question. ``question`` names the employer a
    motivation or introduction reason may name (:mod:`core.coach.stronger_intro`)."""
    parts: dict[str, list[str]] = {label: [] for label, _ in OUTLINES[qtype]}
    if qtype in {"situational", "technical"}:
        parts["Result"] = []  # what came of an example the approach told (core.coach.stronger_outline.example_result)
    tools = list(ev.tool_words) if ev is not None else []
    said = clean_sentences(text, frozenset(t.lower() for t in tools))
    if not linked:  # off the question's words: only sentences about work, or with a figure and a work verb
        said = [s for s in said if _about_work(s, tools) or (re.search(r"\d", s) and _substantive(s, ev))]
    if qtype == "procedural":  # "write it down, and report it to the lead" is two duties; a lesson one (session 19)
        said = [c for s in said for c in ([s] if told_lesson(s) else procedure.clauses(s))]
    rare = list(ev.signals.rare) + tools if ev is not None and ev.signals else []
    said = [s for s in said if not weak_sentence(s) and not disowns(s)  # "…not my department": never a model's (s25)
            and not (qtype in {"motivation", "introduction"} and (_WEAK_REASON_RE.search(s) or stock_sentence(s)))]  # "better pay" in a story stays
    said, known = _story_pieces(said) if qtype == "behavioural" else (said, {})
    wanted: dict[int, str | None] = {}  # each sentence's part, before a full part turned it away
    employers = employer_names(question)
    for i, s in enumerate(said):
        # a lesson closes a story, and a plan backed by one ("What I learned is that a forecast is trusted…": session 18)
        if (qtype in {"behavioural", "situational", "technical", "procedural"} and i > 0 and told_lesson(s)
                and not realised_act(s) and len(parts.get("Lesson", [])) < 2):  # "I realised X, so I…": the story (s22)
            parts.setdefault("Lesson", []).append(s)
            continue
        if qtype == "behavioural" and (_ROLE_MOTIVE_RE.search(s) or WISH_RE.search(s)):
            continue  # why one wants a role, or a plan for it: no part of a story (session 16 re-check)
        label = star_part(s, i, len(said), parts) if qtype == "behavioural" else _type_part(s, i, qtype, rare, ev)
        label = known.get(s) or label  # a piece of a story told in one sentence keeps its place in it (session 25)
        if qtype in {"motivation", "introduction"} and names_employer(s, employers) and not told_earlier(s):
            label = "Why this role"  # "For Northwind, half-hourly smart meter data is exactly that mix…" (session 20)
        elif qtype == "introduction":
            label = intro_label(s, label, after_before=i > 0 and wanted.get(i - 1) == "Before",
                                after_now=i > 0 and wanted.get(i - 1) == "Now", since=current_start(question))
        wanted[i] = label
        # a full part still takes a figure, and any act of the candidate's: no step they told is dropped (session 21: "so I
        # kept the deal out of my commit forecast and asked him to bring the finance director…" was left out)
        if label and (len(parts[label]) < 3 or re.search(r"\d", s) or _BACK_RE.match(s) or told_step(s)
                      or label == "Now"):  # the current work whole: "I also teach A level Maths" was left out (s22)
            if i and _BACK_RE.match(s) and not any(said[i - 1] in v for v in parts.values()):
                # "That became…" keeps what "that" is (run 19), a step of the candidate's under Action (session 20)
                parts[wanted.get(i - 1) or _antecedent_part(said[i - 1], label, qtype)].append(said[i - 1])
            parts[label].append(s)
    keep_all(parts, said, list(wanted), linked and qtype in _KEEP_ALL, _fits_gap, fills_gap)  # a sentence of theirs that fits no part goes with its neighbours (s21)
    if qtype == "behavioural":  # a step told after its place or time is the Action; a present duty, the Situation
        regroup(parts, said)
        keep_after_antecedent(parts, said, fills_gap)  # "…mattered there because…" after the story "there" is (s22)
        late_to_result(parts, said)  # a result said after the steps, never put before them under Task (session 23)
        step_from_result(parts)  # "…, so I stopped the job, had an RCBO fitted": the Action, never a gap (session 23)
        opening_scene(parts, said)  # "I noticed an invoice recorded twice…": where the story starts, never a step (s26)
        outcome_last(parts, said)  # "The packs were ready ten minutes before the meeting": the Result, never a gap (s26)
        principle_to_action(parts, said)  # "I split it by marginal return, not by…": how they chose (session 25)
    if qtype == "behavioural" and not parts["Action"] and len(parts["Task"]) > 1:
        parts["Action"] = parts["Task"][1:]  # the task said once; what follows it is what was done
        parts["Task"] = parts["Task"][:1]
    elif qtype == "behavioural" and parts["Task"] and "action" in star_kinds(parts["Task"][0]) and (
            not parts["Action"] or re.match(r"(?:when|once|after|as soon as|because|since)\b", parts["Task"][0], re.I)):
        # "When I needed to learn X, I built a plan, rang…": the task told in passing, what was done (session 18)
        parts["Action"], parts["Task"] = parts["Task"][:1] + parts["Action"], parts["Task"][1:]
    return parts


def _story_pieces(said: list[str]) -> tuple[list[str], dict[str, str]]:
    """A story's sentences cut into the pieces filed apart, and the part of each piece whose place in a story told in one
    sentence gives it (:func:`core.coach.stronger_clauses.story_parts`: its scene, act and outcome, session 25): "Returns
    now take four days, and I trained the new starters" is a result and an action (:func:`split_mixed`); "…, so I think
    it went well" is left out, the outcome kept (:func:`core.coach.stronger_opinion.without_opinion`)."""
    told = [piece for s in said for piece in story_parts(s)]
    pieces = [piece for t, _ in told for c in semicolon_clauses(t) for piece in split_mixed(c)]
    return [kept for s in pieces if (kept := without_opinion(s))], {piece: part for piece, part in told if part}


# the kinds whose every sentence is kept (a story, a procedure, an approach); an introduction's or a motive's filler stays out
_KEEP_ALL = frozenset({"behavioural", "procedural", "situational", "technical"})


def _fits_gap(label: str, sentence: str) -> bool:
    """Whether a sentence of no part may go under ``label``: a Result is never a step of the candidate's nor a duty, Steps
    never a measured result."""
    if label == "Steps":  # a result told in a plan is no step ("At my last site this cut mis-picks from 40 to 12")
        return not measured_result(sentence)
    return label != "Result" or not (_OWN_STEP_RE.search(sentence) or present_duty(sentence))


def _antecedent_part(sentence: str, label: str, qtype: str) -> str:
    """The part a sentence of no part of its own goes under when the next one refers back to it (``label``: that one's
    part): a story's step of the candidate's in the past ("We went back and forth with HR and updated the model. It took
    a while…") under Action, never under the Result of the sentence after it."""
    return "Action" if qtype == "behavioural" and _OWN_STEP_RE.search(sentence) and not told_result(sentence) else label


# A step of the candidate's (or their team's) in the past, anywhere in a sentence ("we went back and forth", "we
# eventually rebuilt the sheet").
_OWN_STEP_RE = re.compile(r"\b(?:I|we)\s+(?:\w+ly\s+|then\s+|also\s+|finally\s+)?(?!(?:was|were|had|needed|wanted|used)\b)"
                          r"(?:\w{2,}ed|went|(?:re)?built|sat|met|ran|took|got|made|gave|sent|rang|wrote|drove|spoke|set|"
                          r"put|kept|found|told|brought)\b", re.IGNORECASE)


def placed_parts(ev: AnswerEvidence) -> dict[str, list[str]]:
    """An English story's sentences under the STAR headings its stronger answer gives them (:func:`_arrange`, before any
    rewording): the headings the structure evidence quotes by (:func:`core.coach.dimensions.structure`)."""
    return _arrange(ev.text, "behavioural", ev, True) if ev.text.strip() else {}


# A sentence opening on a word of order ("Then…", "Next,…", "Finally…"): the next step of a plan, never what came of it.
_ORDER_OPEN_RE = re.compile(r"(?:then|next|first(?:ly)?|second(?:ly)?|third(?:ly)?|finally|lastly|after that)\b", re.IGNORECASE)


def _type_part(s: str, i: int, qtype: str, rare: list[str], ev: AnswerEvidence | None) -> str | None:
    """The part of a non-story answer a sentence goes under, by its wording, else the type's fallback part when it
    has substance; a result told where steps go is none ("this cut mis-picks from 40 to 12", session 15)."""
    ordered = bool(_ORDER_OPEN_RE.match(s))  # "Then the deep cut, pressure to stop the bleeding": a step in its order (s25)
    if qtype in {"situational", "technical"} and i > 0 and not ordered and example_result(s, ev.text if ev is not None else ""):
        return "Result"  # what came of an example, never a step or a trade-off (newcomer run 19: "+£360k" left out)
    if qtype == "procedural":
        label = procedure.part_of(s)
    elif qtype in {"situational", "technical"}:
        label = _approach_part(s, i, qtype, rare)
    else:
        label = _other_part(s, qtype)
    if label is None and _substantive(s, ev) and (qtype != "procedural" or told_step(s)):
        label = _FALLBACK.get(qtype)  # a duty's "Act" is a step, never a habit ("I do the training every year")
    if label in _STEP_PARTS and told_result(s) and not ordered:
        return None  # what came of it, no step to take
    if label is None and re.search(r"\d", s):  # an introduction's figure: part of the way here
        label = "Before" if qtype == "introduction" else None
    return label
