"""A factual question answered plainly: judged as a fact said first and backed, never as a story (issue 15, session 24).

A question asking whether the candidate holds a licence, a registration or the right to work, or when they could start
(:func:`core.coach.stronger_factual.asks_fact`), is typed as a story question by its opening ("Do you hold it?" has no
other cue), so a plain "Yes, I've held a full UK driving licence since 2012, with no points…" was asked for "The
situation: where and when this happened" and "What you personally did, step by step", and its structure read "Missing:
situation, task, action" (newcomer nc23, re-check rc23). :func:`judged_as_fact` judges its structure on what a factual
answer has, the fact said in its first sentence and what backs it (since when, its level or number, when it renews:
:data:`core.coach.stronger_factual.FACT_OUTLINE`, the stronger answer's own outline), and leaves out the gaps of a
story (situation, steps, result, lesson) and of length. A rule of this project, not a figure from research.
"""

from __future__ import annotations

import re

from core.analysis.answer import AnswerEvidence
from core.coach.follow_credential import credential_detail
from core.coach.phrasing import clip, quote
from core.coach.stronger_factual import FACT_OUTLINE, asks_fact, fact_kind
from core.schemas import DimensionScore

# gaps of a story or of a long answer, which a fact does not have (core.coach.dimensions' wording)
_STORY_GAPS = ("The situation:", "What you personally did", "The result, with a number", "What you learned",
               "Why you chose that approach", "One real example", "What you did, step by step",
               "A number that shows the scale or the outcome", "More detail: the answer is very short")
_BACKED_RE = re.compile(r"\d|\b(?:since|until|renew\w*|valid|expir\w*|(?:level|class|grade) \w+|(?:one|two|three|four|"
                        r"five|six|eight|ten|twelve) (?:weeks?|months?|years?|days?))\b", re.IGNORECASE)
# the fact a factual question asks, said: a yes or no, or when (a span of time, a date, "straight away")
_FACT_SAID_RE = re.compile(
    r"^\s*(?:yes|yeah|no|not yet)\b|\b(?:i (?:do )?(?:hold|have)|i've (?:held|had|got)|i (?:passed|renewed|gained))\b|"
    r"\b(?:\d+|one|two|three|four|five|six|eight|ten|twelve) (?:weeks?|months?|days?)\b|\b(?:immediately|straight away|"
    r"right away|at once)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|"
    r"\bthe (?:first|start|beginning|end) of (?:the |next )?\w+", re.IGNORECASE)
FACT_RELEVANCE = 4  # 1-5: the fact a factual question asks, said plainly (one more with what backs it)
# the outline's own gap, which names "what backs it" already: "What backs it: what backs it: since when…" said the
# phrase twice in every line that quotes it (rc26 N5: the report's weaknesses, "What was missing", the export)
FACT_GAP = FACT_OUTLINE[1][1].strip("[]")[:1].upper() + FACT_OUTLINE[1][1].strip("[]")[1:]

# The parts of a fact that is no credential a hiring manager checks, each (what says it, the gap when unsaid); a
# credential's are the follow-up's own (core.coach.follow_credential.credential_detail: which, where, valid, recognised)
_SPAN = (r"\b(?:\d+|one|two|three|four|five|six|eight|ten|twelve|a) (?:weeks?|months?|days?)\b|\b(?:immediately|"
         r"straight away|right away|at once|now)\b|\b(?:January|February|March|April|May|June|July|August|September|"
         r"October|November|December)\b|\b(?:next|this) (?:week|month|Monday|year)\b|\b\d{1,2}(?:st|nd|rd|th)\b")
_PARTS: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {kind: tuple(
    (re.compile(pattern, re.IGNORECASE), gap) for pattern, gap in parts) for kind, parts in {
    "availability": ((_SPAN, "When you could start: a date, or your notice period in weeks"),
                     (r"\b(?:shorten\w*|negotia\w*|earlier|sooner|buy (?:it )?out|bought out|flexib\w*|garden leave|agreed|release\w*|"
                      r"leave (?:early|after|before|sooner)|"
                      r"no notice|not (?:tied|bound)|contract ends?|leave owed|holiday owed|fixed)\b",
                      "Whether the notice could be shortened, or what it depends on")),
    "salary": ((r"\d|\b(?:thousand|grand|k)\b", "A figure or a range"),
               (r"\b(?:based on|current(?:ly)?|market|package|benefits|pension|bonus|range|band|negotia\w*|"
                r"flexib\w*|advertised|depend\w*|research\w*|glassdoor|total)\b",
                "What it rests on: your current package, the advertised band or the market rate for this role")),
    "shifts": ((r"\b(?:nights?|days?|weekends?|earl(?:y|ies)|lates?|on[- ]call|rotating|rota|any|all|long days|"
                r"twilights?|bank holidays?|mornings?|evenings?)\b",
                "Which shifts you can work: days, nights, weekends, on-call"),
               (r"\b(?:except|apart from|but not|only|limit\w*|up to|per (?:week|month)|a (?:week|month)|childcare|"
                r"any|all|no (?:limits?|restrictions?)|\d)\b", "Any limits, or how many of them a week or month")),
}.items()}
# a fact a date or number backs (a licence's number, a registration's PIN, when a certificate was gained), as opposed
# to a right to work held by citizenship, a start date, a salary or the shifts one can work, which its parts say whole
_DATED_KIND = re.compile(r"\b(?:licen[cs]|registration|registered|certif|qualification|qualified|degree|clearance|"
                         r"cleared|accredit|chartered|membership|PIN)", re.IGNORECASE)
_SUBJECT_GAPS = ("An answer about what the question is about", "A clearer link")
# the fact said at all, in a short answer: a yes or no, a holding, a span or date, a figure, a shift, "negotiable"
_SAID_ANY_RE = re.compile(r"^\W*(?:yes|yeah|yep|no|not yet|sure|absolutely|definitely|of course)\b|\bnegotiable\b", re.I)
DETAIL_SPECIFICITY = 5  # specificity (1-5) of a fact with all its parts said; one part less, one point less
BACKED_DEPTH = 3  # depth (1-5) at least of a fact with what backs it said (two of its parts); 4 with all of them
PLAIN_COMMUNICATION = 3  # communication (1-5) at least of a fact said plainly in a line: short is right for it


def fact_detail(question: str, answer: str) -> tuple[int, int, list[str]]:
    """How much of the fact ``question`` asks (:func:`core.coach.stronger_factual.fact_kind`) ``answer`` tells: (parts
    said, parts a hiring manager checks, what the report names as missing). A credential's parts and gaps are the ones
    its follow-up asks (:func:`core.coach.follow_credential.credential_detail`: which, who issued it and where, valid
    until when, recognised here), so the report and the chat name the same; availability, salary and shifts have two
    each (:data:`_PARTS`). (0, 0, []) for a question asking no fact."""
    kind = fact_kind(question)
    if kind == "credential":
        _, parts, gaps = credential_detail(question, answer)
        return sum(parts.values()), len(parts), gaps
    parts = _PARTS.get(kind, ())
    said = [bool(pattern.search(answer or "")) for pattern, _ in parts]
    return sum(said), len(parts), [gap for (_, gap), ok in zip(parts, said, strict=True) if not ok]


def says_fact(question: str, answer: str) -> bool:
    """Whether a short ``answer`` says the fact ``question`` asks (:func:`core.coach.stronger_factual.fact_kind`): a
    yes or no, the credential held or not yet, any part of it (:func:`fact_detail`), a start date, a figure. Such an
    answer is an answer, however short ("Yes, I have a license.", "I am a registered nurse.", "One month."): thin on
    detail, never "not an answer" (session 27, rc26 pair A Q2 and pair B Q2)."""
    kind = fact_kind(question)
    if not kind or not (answer or "").strip():
        return False
    if _SAID_ANY_RE.search(answer) or _FACT_SAID_RE.search(answer) or fact_detail(question, answer)[0]:
        return True
    if kind == "credential":
        from core.coach.answers_asked import hold_said  # it reads this module's neighbours

        return bool(hold_said(question, answer))
    return False


def judged_as_fact(dims: list, question: str, ev: AnswerEvidence) -> list:
    """``dims`` (five ``(DimensionScore, gaps)`` pairs, rubric order, of an English answer judged on its question) with
    structure read as a fact's when ``question`` asks a fact (:func:`core.coach.stronger_factual.asks_fact`) and is not
    asked as a story: 4 for the fact said in the first sentence, 5 when what backs it is said too (a date, a number, a
    level, "since", "until", "renews"), 3 when neither reads plainly; the gaps of a story and of length dropped from
    every dimension. Other ``dims`` come back as they are."""
    if not asks_fact(question) or not ev.analysed or ev.lang != "en":
        return dims
    said = [s for s in re.split(r"(?<=[.!?])\s+", ev.text.strip()) if s]
    if not said:
        return dims
    backed = next((clip(s[m.start():], 5) for s in said if (m := _BACKED_RE.search(s))), "")
    told, asked, detail_gaps = fact_detail(question, ev.text)
    backed = backed or (clip(said[1], 6) if len(said) > 1 and told >= 2 else "")  # "RN, Pennsylvania. Active."
    score = 3 + bool(said) + bool(backed)
    text = f"A factual question: the answer says it first ({quote(clip(said[0], 10))})"
    text += f" and backs it ({quote(backed)})." if backed else ", without what backs it."
    text += " (STAR is not expected for this kind of question.)"
    # what is missing of it, named as its follow-up asks it (which, where, valid until when…); a credential held with all
    # of that said but nothing dated or numbered still lacks what backs it (since when, its number: a PIN, a class)
    dated = bool(_BACKED_RE.search(ev.text))
    gaps = detail_gaps or ([] if dated or (asked and not _DATED_KIND.search(question)) else [FACT_GAP])
    rel, rel_gaps = dims[0]
    if rel.score < FACT_RELEVANCE and (fact := _FACT_SAID_RE.search(said[0]) or _SAID_ANY_RE.search(said[0])
                                       or (says_fact(question, ev.text) and re.search(r"\w", said[0]))):
        # "It's one month." answers it; so does "I am a registered nurse." to "Which licence or registration…?"
        rel = DimensionScore(score=FACT_RELEVANCE + bool(backed), evidence=(
            f"The answer says the fact the question asks, first ({quote(clip(said[0][fact.start():], 8))})."))
        rel_gaps = [g for g in rel_gaps if not g.startswith("A clearer link")]
    if asked and not told and rel.score > FACT_RELEVANCE - 1:  # "Yes, I have a license." to "Which license…?"
        rel = DimensionScore(score=FACT_RELEVANCE - 1, evidence=rel.evidence + (
            " It says yes or no, but nothing of what a hiring manager would ask next."))
    if says_fact(question, said[0]):  # the fact said is what the question is about, in its own words
        rel_gaps = [g for g in rel_gaps if not g.startswith(_SUBJECT_GAPS)]
    out = [(rel, _without_story_gaps(rel_gaps)), (DimensionScore(score=score, evidence=text), gaps)]
    out += [(dim, _without_story_gaps(g)) for dim, g in dims[2:]]
    return _with_detail(out, told, asked, ev)


def _with_detail(dims: list, told: int, asked: int, ev: AnswerEvidence) -> list:
    """``dims`` with depth at least :data:`BACKED_DEPTH` for a fact with what backs it (two of its parts or more; one
    more with all of them: a fact is not deepened by a story), specificity at least what the fact's parts said show (1 for
    none, :data:`DETAIL_SPECIFICITY` for all, in proportion between) and communication at least :data:`PLAIN_COMMUNICATION` for a
    fact said plainly in few words: a line is the right length for it, not "too little to judge"."""
    spec, spec_gaps = dims[2]
    if asked and (floor := 1 + round((DETAIL_SPECIFICITY - 1) * told / asked)) > spec.score and told:
        base = "" if spec.evidence.startswith("No ") else spec.evidence + " "  # "No numbers…" is no detail's measure
        said = "all" if told == asked else f"{told} of the {asked} things"
        spec = DimensionScore(score=floor, evidence=base + f"It says {said} a hiring manager checks of a fact of this kind.")
    dep, dep_gaps = dims[3]
    backed = told >= 2 or (asked > 0 and told == asked) or (not asked and bool(_BACKED_RE.search(ev.text)))  # what backs it: more than the bare fact
    if (floor := BACKED_DEPTH + (asked > 0 and told == asked)) > dep.score and backed:
        dep = DimensionScore(score=floor, evidence=(
            "A factual question: what backs the fact is its depth, not a story" + (
                " (nothing a hiring manager would still ask of it is left)." if asked and told == asked else ".")))
        dep_gaps = [g for g in dep_gaps if not g.startswith(("The reasoning", "Why you chose", "What you learned"))]
    comm, comm_gaps = dims[4]
    if comm.score < PLAIN_COMMUNICATION and not ev.hedges and not ev.fillers:
        comm = DimensionScore(score=PLAIN_COMMUNICATION, evidence=comm.evidence + " Short and plain, as a fact can be.")
    return [dims[0], dims[1], (spec, spec_gaps), (dep, dep_gaps), (comm, comm_gaps)]


def _without_story_gaps(gaps: list[str]) -> list[str]:
    return [g for g in gaps if not g.startswith(_STORY_GAPS)]
