"""The terms an answer names: the job's terms it uses, shown whole, and the tools it names.

A multi-word tool of the job ("Power BI") counts only whole, never by one of its words ("power"); a
generic term written capitalised inside an organisation's name ("Velox Supply Chain") is no tool the
candidate named; nor, in an answer in another language, a one-word term that is a common word of that
language ("personas" in Spanish).
"""

from __future__ import annotations

import re

from core.analysis.language import zipf
from core.analysis.skills import SkillHit, find_skills
from core.analysis.text import content_stems

# A requirement written as an acronym alone ("SEND", "COSHH", "GDPR", "ICU"): letters in capitals, maybe a
# digit or "&" ("L&D", "ISO9001"), two to eight characters.
_ACRONYM_REQ_RE = re.compile(r"[A-Z][A-Z0-9&]{1,7}")


def acronym_requirement(requirement: str) -> bool:
    """Whether ``requirement`` is an acronym alone ("SEND", "GDPR"): it is met only by the acronym in
    capitals or its expansion (the lexicon's alias, "special educational needs"), never by an everyday
    word of the same letters ("send"), which :func:`acronym_written` and the lexicon tell apart."""
    req = (requirement or "").strip()
    return bool(_ACRONYM_REQ_RE.fullmatch(req)) and sum(c.isalpha() for c in req) >= 2


def acronym_written(text: str, acronym: str) -> tuple[bool, tuple[int, int]]:
    """Whether ``text`` writes ``acronym`` in capitals as a word (a plural "s" allowed: "SLAs"), with its
    span; (False, (-1, -1)) otherwise. "send" and "Send" are not "SEND"."""
    found = re.search(r"(?<![\w&])" + re.escape(acronym.strip()) + r"s?(?![\w&])", text or "")
    return (True, found.span()) if found else (False, (-1, -1))


def job_overlap(text: str, requirements: list[str], a_stems: set[str], surface: dict[str, str],
                lang: str = "en") -> list[str]:
    """The job's terms the answer uses, as shown: a multi-word named tool ("Power BI") only whole, as the
    job writes it, never one of its words ("power"); an acronym ("SEND") only in capitals
    (:func:`acronym_written`), never an everyday word of its letters ("send"); other terms by their stems,
    as the answer writes them; in an answer in ``lang`` other than English, never a function word of that
    language (Zipf :data:`FUNCTION_WORD_ZIPF` or more: Spanish "con", "para", French "avec")."""
    said = {h.name.lower() for h in find_skills(text)}
    whole: dict[str, str] = {}
    parts: set[str] = set()
    for req in requirements:
        if acronym_requirement(req):
            parts |= content_stems(req)
            if acronym_written(text, req)[0]:
                whole.setdefault(req.lower(), req.strip())
            continue
        for hit in find_skills(req):
            if hit.named_tool and len(hit.surface.split()) > 1:
                parts |= content_stems(hit.surface)
                if hit.name.lower() in said:
                    whole.setdefault(hit.name.lower(), hit.surface)
    jd_terms = content_stems(" ".join(requirements)) - parts
    shared = [surface[st] for st in jd_terms & a_stems]
    if lang != "en":
        shared = [w for w in shared if zipf(w.lower(), lang) < FUNCTION_WORD_ZIPF]
    return sorted(shared + list(whole.values()), key=str.lower)


FUNCTION_WORD_ZIPF = 6.3  # "con" 6.8, "para" 6.9, "avec" 6.4 in their languages; "alumnado" 3.9, "grupos" 5.0


_CAPITALISED_RE = re.compile(r"[A-Z][\w&'-]*|[A-Z0-9]{2,}")
# A word at least this frequent in its language (Zipf, wordfreq) is an everyday word, not a tool or skill:
# "personas" in Spanish, "send" in English.
COMMON_WORD_ZIPF = 4.0


def _acronym_as_a_word(surface: str, name: str) -> bool:
    """An acronym of the lexicon written as a name or an everyday word: "Ajax" (a football club, not AJAX),
    "send" (the verb, not SEND); "SQL", "sql" and "aws" stay the tools they name."""
    if not (name.isalpha() and name.isupper() and len(name) >= 3) or surface == name:
        return False
    return surface.istitle() or (surface.islower() and zipf(surface, "en") >= COMMON_WORD_ZIPF)


def not_a_tool(text: str, hit: SkillHit, lang: str) -> bool:
    """Whether a lexicon hit is no tool the candidate named: a generic term ("supply chain") written
    capitalised inside an organisation's name ("Velox Supply Chain": a capitalised word right before or
    after it, mid-sentence), an acronym written as a name or an everyday word ("Ajax", "send"), or, in an answer in another language than English, a one-word term in
    other case than the lexicon's that is a common word of that language ("personas" in Spanish), or a tool the
    candidate says they never used ("I have never worked with Rust": :func:`denied_tool`)."""
    surface = text[hit.start:hit.end]
    if denied_tool(text, hit):
        return True
    if _acronym_as_a_word(surface, hit.name):
        return True
    if lang != "en" and " " not in surface and surface != hit.name and zipf(surface.lower(), lang) >= COMMON_WORD_ZIPF:
        return True
    if surface == hit.name or not surface[:1].isupper():
        return False
    if hit.name != hit.name.lower() and hit.name.split()[1:] == surface.split()[1:]:
        return False  # written as the lexicon writes it ("Power BI")
    before = re.search(r"(\S+)\s+$", text[:hit.start])
    after = re.match(r"\s+(\S+)", text[hit.end:])
    mid_sentence = bool(before) and before.group(1)[-1] not in ".!?:"
    return bool(mid_sentence and _CAPITALISED_RE.fullmatch(before.group(1).strip(",;"))
                or after and _CAPITALISED_RE.fullmatch(after.group(1).strip(",;.")))



# "I have never worked with Rust", "I haven't used Terraform", "I don't know Scala", "I've no experience with
# Snowflake": the candidate denies using the tool named after it in the same clause (session 18 newcomer: "named
# tools/skills: Rust" for "I have never worked with Rust in production"). "I never had an outage on Kubernetes"
# denies an outage, not the tool: only verbs of using, knowing or learning count.
_DENIED_USE_RE = re.compile(
    r"(?:\b(?:never|not|not yet|yet to)|n't)\s+(?:\w+\s+){0,2}?(?:used?|worked|work|touched|tried|done|know|known|"
    r"learn(?:ed|t)?|programmed|written|coded|built|deployed|run|had (?:any |much )?(?:experience|exposure))\b"
    r"|\b(?:no|little|zero) (?:real |hands-on |commercial |production )?(?:experience|exposure)\b"
    r"|\bnot (?:familiar|experienced)\b"
    r"|\b(?:nunca|jamás|jamais|niemals|nie|mai|não)\b|\bn['’]ai (?:jamais|pas)\b", re.IGNORECASE)
_CLAUSE_END_RE = re.compile(r"[.;:!?]|,\s*(?:but|and|so|while|though|yet)\b|\b(?:but|pero|mais|aber|ma|mas)\b")


def denied_tool(text: str, hit: SkillHit) -> bool:
    """Whether the clause holding ``hit`` denies that the candidate used it before naming it ("I have never
    worked with Rust in production", "I haven't used Terraform, but…"): :data:`_DENIED_USE_RE`, with no clause
    boundary between the denial and the tool. Such a tool is no evidence of use."""
    before = text[:hit.start]
    ends = list(_CLAUSE_END_RE.finditer(before))
    clause = before[ends[-1].end():] if ends else before
    return bool(_DENIED_USE_RE.search(clause))


_WORD_AT_RE = re.compile(r"[^\W\d_](?:[^\W_]|[+#./&'-])*")  # a word as core.analysis.text.words finds it


def inside_phrases_only(text: str, question: str, shared: set[str]) -> set[str]:
    """The stems of ``shared`` (terms the answer shares with the question) that ``text`` says only inside a longer
    fixed phrase of its own, a lexicon skill of several words ("pull requests", "unit tests") with a word the question
    does not have: there the word is the phrase's, not the question's ("smaller pull requests" takes up no
    "requests" of "a URL shortener that handles a million requests a day", final re-check of session 15)."""
    from core.analysis.skills import find_all_skills
    from core.analysis.text import stem, words

    asked = {stem(w) for w in words(question or "")}
    spans = [(h.start, h.end) for h in find_all_skills(text)
             if len(words(h.surface)) > 1 and {stem(w) for w in words(h.surface)} - asked]
    out = set()
    for st in shared if spans else ():
        at = [m.start() for m in _WORD_AT_RE.finditer(text) if stem(m.group(0)) == st]
        if at and all(any(a <= i < b for a, b in spans) for i in at):
            out.add(st)
    return out


_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;\n])[\s\"'(]*$")


def short_skill_terms(text: str, skills: set[str]) -> dict[str, str]:
    """Lower-case name -> the words as written of each short lexicon name (two letters: "Go", "R") that ``text``
    names mid-sentence and ``skills`` (lexicon names, lower case: the job's skills) holds. Too short to be one of a
    question's terms by itself (:func:`core.analysis.answer.question_terms`), such a name is one where the job asks
    for it; never the verb opening a sentence ("Go through the logs"), nor "go" in lower case (the lexicon reads
    names of two letters in their case only)."""
    out: dict[str, str] = {}
    for hit in find_skills(text or ""):
        if (hit.named_tool and len(hit.surface) <= 2 and hit.name.lower() in skills
                and not _SENTENCE_START_RE.search(text[: hit.start])):
            out.setdefault(hit.name.lower(), hit.surface)
    return out
