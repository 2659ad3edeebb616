"""Short answers to knowledge and code-output questions: a concise definition or a named output with its reason.

"What does Array.prototype.map do?" answered "It calls a function on each element and returns a new array of the
results." takes the question up as "It …" of the thing asked about, without repeating its name; "What will this output?
console.log(0.1 + 0.2 === 0.3);" answered "false, because floating point can't store 0.1 exactly" names the output and
why. Both are short but real answers (about 4-6/10): above a one-word reply ("Loops.", 1/10), below a full explanation
with an example and a trade-off. Session 21: they were scored 1/10 as one-liners or as about something else.
"""

from __future__ import annotations

import re

from core.analysis.text import words
from core.coach.phrasing import quote_list
from core.coach.short_substance import defines_in_terms, vague_short, vague_words
from core.schemas import DimensionScore

# A question asking what a piece of code outputs, prints, returns or raises.
_CODE_OUTPUT_RE = re.compile(
    r"\bwhat (?:will|would|does|do|is) (?:this|the following|that|it|the code|this code|this snippet|this line)\b"
    r"(?: \w+){0,2}? (?:output|print|return|log|display|evaluate|raise|throw)s?\b|"
    r"\bwhat (?:is|will be|would be) (?:the )?(?:output|result|value|return value) of\b|"
    r"\bwhat (?:is|will be) (?:printed|logged|returned|output)\b|\bwhat happens when (?:you )?run\b", re.I)
# A question asking what a named thing does or is: "What does Array.prototype.map do?", "What is a closure?", "What
# does the GIL do?", never one about the candidate ("What does success mean to you?", "What is your…").
_WHAT_THING_RE = re.compile(
    r"^\W*what (?:does|do) (?!you\b|your\b|a typical\b|a good\b|success\b)(?:the |an? )?[\w.()\[\]'-]+(?: [\w.()\[\]'-]+){0,3}"
    r" (?:do|mean|return|stand for)\b(?! (?:to|for) (?:you|your))|"
    r"^\W*what (?:is|are) (?!your\b|you\b|it like\b)(?:a |an |the )?[\w.()\[\]'-]+(?: [\w.()\[\]'-]+){0,3}\s*\?\s*$", re.I)
KNOWLEDGE_ASK = re.compile(f"{_CODE_OUTPUT_RE.pattern}|{_WHAT_THING_RE.pattern}", re.I | re.M)

# A reason or mechanism given: "because", "since", "so", "as", "which means", "to" + verb of purpose
_REASON_RE = re.compile(r"\b(?:because|since|so|as|which means|due to|that is why|therefore|otherwise|so that)\b|"
                        r"\bto (?:\w+ ){0,2}(?:build|make|get|keep|find|link|store|avoid|stop|return|check|run)\b", re.I)
# An output named: a value or an error ("false", "undefined", "NaN", "IndexError", "2", a quoted string)
_OUTPUT_RE = re.compile(r"\b(?:true|false|null|none|undefined|nan|infinity|object|number|string|nothing)\b|"
                        r"\b\w*(?:Error|Exception)\b|\b(?:an? )?(?:error|exception|crash)\b|^\W*-?\d[\d.,]*\b|[\"'][^\"']+[\"']",
                        re.I)
# An answer that defines the thing asked about by a pronoun: "It runs…", "This returns…", "They are…"
_DEFINES_RE = re.compile(r"^\W*(?:it|this|that|they|these)(?:'s| is| are| does| will| would| lets| means)?\s+"
                         r"(?!was\b|were\b|had\b|did\b)[a-z]+(?:s|ed|es)?\b|^\W*(?:an?|the) [a-z]+\b[^.]{0,60}\b"
                         r"(?:that|which|where|to|for|of)\b|^\W*[a-z]+ing\b", re.I)
# When it holds: a condition or a case ("after the call stack is empty", "even after the scope has returned", "in strict
# mode", "unless it is frozen"): a short answer that says when is deeper than one that only says what
_CONDITION_RE = re.compile(r"\b(?:when|whenever|after|until|unless|only if|if|even (?:after|when|if)|in strict mode|"
                           r"otherwise|instead of|rather than|whereas|while)\b", re.I)
_CODE_TOKEN_RE = re.compile(r"[A-Za-z_][\w]*|\d+(?:\.\d+)?")
SHORT_WORDS = 20  # an answer under this many words is short: a short answer's parts count at most as here


def asks_knowledge(question: str) -> bool:
    """True when ``question`` asks what code outputs or what a named thing does or is (:data:`KNOWLEDGE_ASK`)."""
    return any(KNOWLEDGE_ASK.search(part) for part in re.split(r"(?<=[?])\s+", (question or "").strip()))


def _code_terms(question: str) -> set[str]:
    """The identifiers and numbers of the question (its code): ``console``, ``log``, ``0.1``, ``IndexError``."""
    return {t.lower() for t in _CODE_TOKEN_RE.findall(question or "") if len(t) > 1 or t.isdigit()}


def takes_up(question: str, answer: str) -> bool:
    """True when ``answer`` answers a knowledge or code-output question (:func:`asks_knowledge`) in its own way: it
    names an output (a value, an error) to a code-output question, uses an identifier or number of the question's
    code, or defines the thing asked about ("It calls a function on each element…"), also in its own terms without
    naming it (:func:`core.coach.short_substance.defines_in_terms`: "Edge servers that cache static files close to
    users"; session 22). Such an answer is on the question
    even when it repeats no word of it."""
    if not asks_knowledge(question) or not answer.strip():
        return False
    if _CODE_OUTPUT_RE.search(question) and (_OUTPUT_RE.search(answer) or _code_terms(question) & _code_terms(answer)):
        return True
    return bool(_DEFINES_RE.search(answer)) or defines_in_terms(question, answer)


def reasoned_short(question: str, answer: str) -> bool:
    """True when a very short ``answer`` (a few words) is still an answer: it takes up a knowledge or code-output
    question (:func:`takes_up`) and gives its reason ("false, because floating point can't store 0.1 exactly")."""
    return len(words(answer)) >= 4 and takes_up(question, answer) and bool(_REASON_RE.search(answer))


def short_scores(dims: list, answer: str, question: str = "") -> list:
    """The ``(DimensionScore, gaps)`` of a short answer that takes up a knowledge or code-output question (under
    :data:`SHORT_WORDS` words): relevance at least 4 (it answers, in few words) and communication at least 4, the
    depth at least 3 with a reason or a condition of when it holds (session 22) and 2 without, structure and specificity at least 2; each at most 3 except relevance
    and communication, since a short answer shows no example or trade-off. 4-6/10 overall. A longer answer (from
    :data:`SHORT_WORDS` words) has its relevance held at 4 at least (it takes the question up in its own way) and,
    unless vague, its structure, specificity and depth at least a short answer's floors (a longer answer never
    scores below its own first line; session 22).
    A short answer that is vague (:func:`core.coach.short_substance.vague_short`: "It is a thing that makes stuff
    work") gets no floor: relevance and communication 3 at most, structure 2, specificity and depth 1 (3/10 at most;
    session 22)."""
    reason = bool(_REASON_RE.search(answer) or _CONDITION_RE.search(answer))  # why, or when it holds (session 22)
    floors = (4, 2, 2, 3 if reason else 2, 4)
    caps = (5, 3, 3, 3, 5)
    vague = len(words(answer)) < SHORT_WORDS and vague_short(answer, question)
    if vague:
        floors, caps = (3, 1, 1, 1, 3), (3, 2, 1, 1, 3)
    if len(words(answer)) >= SHORT_WORDS:  # a full answer: on the question (relevance 4 at least), never below what
        # the same answer cut short would get (session 22), its fluency as scored
        floors, caps = (4, 1, 1, 1, 1) if vague_short(answer, question) else (*floors[:4], 1), (5, 5, 5, 5, 5)
    notes = (" It answers what was asked, in few words.", "", "", " A reason, or when it holds, is given briefly." if reason else "",
             " Short and direct.")
    if vague:
        said = quote_list(vague_words(answer)[:3])
        notes = (f" It is vague ({said}): it does not say what the thing is.", "", " Vague words name nothing.",
                 " No reason or example is given.", " Short, but vague.")
    out = []
    for (dim, gaps), floor, cap, note in zip(dims, floors, caps, notes, strict=True):
        score = min(max(dim.score, floor), cap)
        if score != dim.score:
            dim = DimensionScore(score=score, evidence=dim.evidence + (note or f" Counted at {score}/5: a short answer."))
        out.append((dim, [g for g in gaps if not g.startswith(("A clearer link", "An answer about what"))]))
    gap = "An example of it in use, and when you would choose otherwise"
    if len(words(answer)) >= SHORT_WORDS:
        return out
    return [out[0], out[1], out[2], (out[3][0], [gap, *out[3][1]]), out[4]]
