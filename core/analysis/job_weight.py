"""How much a job wants each of its requirements: required, or preferred (a plus, nice to have). A job marks a
preferred requirement by a word beside it ("Staplerschein von Vorteil", "SQL is a plus", "idéalement une première
expérience", "se valorará inglés") or by the heading it sits under ("Nice to have", "Wünschenswert", "Bonus points",
"Atouts"). A preferred requirement may be asked about, as a plus, never as what the role asks for, and is never the
biggest gap while a required one is missing (session 19: "Staplerschein von Vorteil" was asked as "The role asks for
Staplerschein").

The cue words are the usual ones of job ads in the six languages the coach reads (English, German, French, Spanish,
Italian, Portuguese); they were written for this module from the languages' ordinary usage, not taken from a corpus.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.analysis.text import BULLET_RE, sentences

# a word after which the rest of the clause is a plus: "…, idealerweise mit Weiterbildung", "ideally with", "de préférence"
_LEADING = (r"ideally|preferably|idealerweise|vorzugsweise|gerne auch|gern auch|wünschenswert(?:\s+(?:wäre|sind|ist))?|"
            r"idéalement|de préférence|idealmente|preferiblemente|preferentemente|se valorar[áa]n?|valorable|"
            r"preferibilmente|costituisce un plus|preferencialmente|de prefer[êe]ncia|bonus if|bonus points? (?:for|if)|"
            r"it would be (?:great|nice|good) (?:if|to)|(?:it'?s )?(?:a|an) (?:plus|bonus|advantage) (?:is|would be|if)")
_LEADING_RE = re.compile(rf"(?:^|[,;(–—-]\s*|\s)(?:{_LEADING})\b", re.I)
_OPENING_CUE_RE = re.compile(rf"^\s*(?:(?:it|this)\s+)?(?:{_LEADING})\b[\s:,]*", re.I)


def without_opening_cue(text: str) -> str:
    """``text`` without a cue of a plus that opens it ("Se valorará experiencia en triaje" -> "experiencia en
    triaje", "Ideally a Level 3 award" -> "a Level 3 award"): the cue says how much the job wants it, not what;
    ``text`` itself when none opens it or nothing would be left."""
    rest = _OPENING_CUE_RE.sub("", text, count=1)
    return rest if rest.strip() else text
# words that mark the clause they close as a plus: "Staplerschein von Vorteil", "SQL is a plus", "Python preferred"
_TRAILING_RE = re.compile(
    r"\b(?:(?:is|are|would be|will be)\s+)?(?:(?:also|highly|strongly|very)\s+)?"
    r"(?:a\s+(?:big\s+|strong\s+|real\s+)?plus|an?\s+(?:added\s+)?(?:advantage|bonus|asset)|a nice to have|nice[- ]to[- ]have|"
    r"advantageous|desirable|desired|preferred|welcome|beneficial|optional|not (?:required|essential|mandatory)|"
    r"von Vorteil|vorteilhaft|wünschenswert|erwünscht|ein Plus|gern gesehen|willkommen|"
    r"(?:est |serait )?un (?:plus|atout)|(?:est |serait )?appréci[ée]e?s?|souhaitée?s?|souhaitable|bienvenue?s?|"
    r"se valorar[áa]n?|valorable|deseable|(?:es |será )?un plus|"
    r"(?:è |sarà |costituisce )?(?:un plus|titolo preferenziale)|graditi|gradite|gradito|gradita|"
    r"(?:é |será )?(?:um )?(?:diferencial|plus)|desejáve(?:l|is))(?=\W*$|\W*[).;,])", re.I)
# a copula before a trailing cue, in the ad languages: "Vorkenntnisse … sind wünschenswert", "l'anglais est souhaité"
_CUE_COPULA_RE = re.compile(r"\s*,?\s*\b(?:sind|ist|wäre|wären|is|are|would be|will be|est|sont|serait|seraient|es|son|"
                            r"será|sería|serán|sarà|è|é|será)\s*$", re.I)


def without_trailing_cue(text: str) -> str:
    """``text`` without a cue of a plus that closes it (:data:`_TRAILING_RE`) and the copula before it ("Vorkenntnisse
    in der Intensivpflege sind wünschenswert" -> "Vorkenntnisse in der Intensivpflege", "Permis B souhaité" -> "Permis
    B", "Inglés deseable" -> "Inglés"): the cue says how much the job wants it (:func:`preferred` still reads it from the
    job), not what; ``text`` itself when none closes it or nothing would be left."""
    ends = [m for m in _TRAILING_RE.finditer(text or "") if not re.search(r"\w", text[m.end():])]
    if not ends:
        return text
    head = _CUE_COPULA_RE.sub("", text[: ends[-1].start()].rstrip()).rstrip(" ,;:(–—-")
    return head if re.search(r"\w{3}", head) else text


# a heading whose list is the plusses
_NICE_HEADING_RE = re.compile(
    r"^\W*(?:nice[- ]to[- ]haves?|(?:it'?s )?a plus|plus(?:es|ses)?|bonus(?: points?)?|desirable(?: criteria| skills)?|"
    r"preferred(?: qualifications| skills| experience)?|ideally|(?:what would be )?nice|good to have|extra credit|"
    r"wünschenswert|von Vorteil|(?:ein )?plus(?:punkte)?|idealerweise|"
    r"atouts?|(?:serait un )?plus|souhaité|apprécié|"
    r"se valorar[áa]|valorable|deseable|"
    r"gradit[oaie]|costituisce un plus|titoli preferenziali|"
    r"diferenciais?|desejáve(?:l|is))\W*$", re.I)
# a heading of anything else: where a nice-to-have section ends
_HEADING_RE = re.compile(r"^\s*(?:#+\s*)?[^\W\d][^.!?]{0,50}:?\s*$")


def _heading(line: str) -> bool:
    text = line.strip().lstrip("#").strip()
    return bool(text) and not BULLET_RE.match(line) and len(text.split()) <= 6 and bool(_HEADING_RE.match(text)) \
        and (text.endswith(":") or line.lstrip().startswith("#") or text[:1].isupper())


def _parts(sentence: str) -> list[tuple[str, bool]]:
    """(part, preferred) of one sentence: a bracket a trailing cue closes, naming something of its own, preferred
    alone ("Python, Java or Scala (Python preferred)": Python is the plus, the languages are asked); from a leading
    cue on, preferred; a sentence closed by a trailing cue (or a bracket that is only the cue: "(preferred)"),
    preferred whole; else required."""
    plus = []
    for bracket in re.findall(r"\(([^()]*)\)", sentence):
        if _TRAILING_RE.search(bracket) and re.search(r"\w{3}", _TRAILING_RE.sub("", bracket)):
            plus.append((bracket, True))
            sentence = sentence.replace(f"({bracket})", " ")
    return plus + _unbracketed_parts(sentence)


# a word that marks its clause as a must: "Anglais courant indispensable", "Englisch zwingend erforderlich"
_MUST_RE = re.compile(
    r"\b(?:required|essential|mandatory|must|indispensables?|obligatoires?|exigée?s?|requise?s?|impérati(?:f|ve)s?|"
    r"zwingend|erforderlich|vorausgesetzt|Voraussetzung|Pflicht|imprescindibles?|obligatori[oa]s?|necesari[oa]s?|"
    r"requerid[oa]s?|indispensabil[ei]|obbligatori[oa]|richiest[oa]|obrigatóri[oa]s?|imprescindíve(?:l|is))\b", re.I)


def must_then_plus(sentence: str) -> int | None:
    """Where a sentence that holds a must and a plus in two clauses splits: the offset of the comma or semicolon
    before its last clause, when a trailing cue closes that clause (:data:`_TRAILING_RE`) and a must cue
    (:data:`_MUST_RE`) stands before it ("Anglais courant indispensable, une troisième langue est un plus": session
    21, the English was called a plus); None for any other sentence."""
    commas = [m.start() for m in re.finditer(r"[,;]", sentence)]
    if not commas or not _TRAILING_RE.search(sentence[commas[-1] + 1:]):
        return None
    return commas[-1] if _MUST_RE.search(sentence[:commas[-1]]) else None


def _unbracketed_parts(sentence: str) -> list[tuple[str, bool]]:
    lead = _LEADING_RE.search(sentence)
    if lead and re.search(r"\w{3}", sentence[lead.end():]):  # "Englisch wünschenswert": a trailing cue
        before, after = sentence[: lead.start()], sentence[lead.start():]
        return [(p, w) for p, w in ((before, False), (after, True)) if re.search(r"\w{3}", p)]
    if (split := must_then_plus(sentence)) is not None:
        return [(sentence[:split], False), (sentence[split + 1:], True)]
    return [(sentence, bool(_TRAILING_RE.search(sentence)))]


@lru_cache(maxsize=128)
def weighed_parts(job_description: str) -> tuple[tuple[str, bool], ...]:
    """(part, preferred) for each sentence part of the job description: a line under a nice-to-have heading is
    preferred whole; in any other line, from a leading cue on ("idealerweise mit …") or a whole sentence a
    trailing cue closes ("SQL is a plus"). Parts keep the job's words."""
    out: list[tuple[str, bool]] = []
    nice = False
    for raw in (job_description or "").splitlines():
        if not raw.strip():
            continue
        if _heading(raw):
            nice = bool(_NICE_HEADING_RE.match(raw.strip().lstrip("#").strip()))
            continue
        line = BULLET_RE.sub("", raw).strip()
        label = re.match(r"^([^:]{2,40}):\s*(\S.*)$", line)  # "Nice to have: Kafka, dbt"
        if label and _NICE_HEADING_RE.match(label.group(1)):
            out.append((label.group(2), True))
            continue
        for sentence in sentences(line) or [line]:
            out += [(p, True) for p, _ in _parts(sentence)] if nice else _parts(sentence)
    return tuple(out)


def _names(requirement: str, part: str) -> bool:
    """Whether a job's ``part`` names ``requirement``: its words as written, or the lexicon skill it names."""
    req = re.sub(r"\s+", " ", requirement.strip().lower())
    if req and req in re.sub(r"\s+", " ", part.lower()):
        return True
    from core.analysis.skills import find_skills

    wanted = {h.name for h in find_skills(requirement)[:1]}
    return bool(wanted) and any(h.name in wanted for h in find_skills(part))


def preferred(requirement: str, job_description: str) -> bool:
    """Whether the job marks ``requirement`` (as written, or a lexicon skill's name) only as a plus: every part of
    the job naming it is preferred (:func:`weighed_parts`), and at least one does. ``False`` for a requirement the
    job does not name."""
    parts = [w for p, w in weighed_parts(job_description or "") if _names(requirement, p)]
    return bool(parts) and all(parts)


def required_first(requirements: list[str], job_description: str) -> list[str]:
    """``requirements`` with those the job marks preferred (:func:`preferred`) last, each group in its order."""
    return sorted(requirements, key=lambda r: preferred(r, job_description))
