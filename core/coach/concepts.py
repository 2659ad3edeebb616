"""A requirement the job names as a concept ("performance optimisation", "data analysis", "continuous improvement",
"continuing professional development", "attention to detail", "contact centre"), shown by a CV that writes the
concept's own doings or measures ("bundle size cut from 1.4 MB to 480 KB", "Looker Studio dashboards", "raised pick
rate from 142 to 168 by re-slotting", "foundation course, 2024", "requisition rate under 3%", "90 calls a shift").

The words are the team's (``data/concept_terms.json``: ordinary usage in job ads and CVs, session 24 newcomer), not
a figure from research. :func:`core.coach.evidence_cv.cv_meets` reads them, so the plan's gap question and the
report's CV tip decide alike (a newcomer found "performance optimisation, which I don't see on your CV" beside a CV
that cut its LCP from 4.1 s to 1.9 s). Pure functions over text; a missing data file is a startup error.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA_PATH = Path(__file__).resolve().parents[2] / "data" / "concept_terms.json"
_NUMBER = r"[£$€]?\d[\d,.]*(?:\s?(?:%|[A-Za-z]{1,4}\b))?"  # "142", "1.4 MB", "4.1 s", "35%"
_GAP = r"(?:[\w'’.-]+\s+){0,6}?"  # "…": up to six words between


def _pattern(phrases: list[str]) -> re.Pattern[str]:
    """Whole-word phrases, any spacing or hyphen between words; ``{n}`` a number (with its unit), ``…`` up to six
    words."""
    parts = []
    for phrase in sorted(phrases, key=len, reverse=True):
        words = []
        for word in re.split(r"[\s-]+", phrase.strip()):
            words.append(_NUMBER if word == "{n}" else _GAP if word == "…" else
                         re.escape(word).replace(r"\{n\}", _NUMBER))
        joined = ""
        for word in words:  # a gap takes its own trailing space; other words are joined by a space or hyphen
            joined += word if (not joined or joined.endswith(_GAP)) else r"[\s-]+" + word
        parts.append(joined)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def concepts() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    """Each concept as (name, asks, shown): the words of a requirement naming it, the words of a CV showing it."""
    raw = json.loads(DATA_PATH.read_text(encoding="utf-8"))["concepts"]
    return tuple((c["concept"], _pattern(c["asks"]), _pattern(c["shown"])) for c in raw)


# what may follow a concept that is the requirement's head ("continuous improvement projects", "a contact centre
# environment"); any other noun makes it a modifier ("contact centre KPIs" asks for the KPIs, not the centre)
_HEAD_END_RE = re.compile(r"^(?:\s*$|\s*[,;:.()/]|\s+(?:or|and|ou|et|o|y|oder|und|projects?|initiatives?|culture|"
                          r"mindset|environment|setting|roles?|experience|skills?|work|background|practices?)\b)",
                          re.IGNORECASE)


def _asks(asks: re.Pattern[str], requirement: str) -> bool:
    """Whether ``requirement`` names the concept as its head, not as a modifier of another noun."""
    pos = 0
    while found := asks.search(requirement or "", pos):  # overlapping too: "web performance optimisation"
        if _HEAD_END_RE.match(requirement[found.end():]):
            return True
        pos = found.start() + 1
    return False


def concept_asked(requirement: str) -> list[str]:
    """The concepts ``requirement`` names ("Experience with frontend performance optimisation" ->
    ["performance optimisation"]); [] when it names none."""
    return [name for name, asks, _shown in concepts() if _asks(asks, requirement or "")]


def shown_patterns(requirement: str) -> list[re.Pattern[str]]:
    """The patterns of the words that show each concept ``requirement`` names (:func:`concept_asked`); [] for none."""
    return [shown for _name, asks, shown in concepts() if _asks(asks, requirement or "")]


def concept_shown(cv_text: str, requirement: str) -> str:
    """The CV's words that show the concept ``requirement`` names ("bundle size" for "performance optimisation",
    "Looker Studio dashboards"' "dashboards" for "data analysis"); "" when the requirement names no concept or the
    CV shows none of those it names (each concept it names must be shown: "design systems and data analysis")."""
    found = ""
    for _name, asks, shown in concepts():
        if _asks(asks, requirement or ""):
            if not (hit := shown.search(cv_text or "")):
                return ""
            found = found or hit.group(0)
    return found


@lru_cache(maxsize=1)
def _recognised() -> tuple[re.Pattern[str], ...]:
    """The asks (the qualification's own titles) of each concept marked "recognition": a qualification titled
    differently from country to country ("examinierte Pflegefachkraft", "infirmier diplômé d'État": a registered
    nurse)."""
    raw = json.loads(DATA_PATH.read_text(encoding="utf-8"))["concepts"]
    return tuple(_pattern(c["asks"]) for c in raw if c.get("recognition"))


RECOGNITION_NOTE = "a qualification from another country may need recognition for this job"


def recognition_needed(requirement: str, line: str) -> bool:
    """Whether a CV ``line`` meets ``requirement`` with another country's title for the same qualification: the
    requirement names a concept marked "recognition" in ``data/concept_terms.json`` and the line writes none of
    that concept's own words ("Registered Nurse (RN)" for "Berufsausbildung zur examinierten Pflegefachkraft"); the
    coverage row then says :data:`RECOGNITION_NOTE`."""
    return any(_asks(asks, requirement or "") and not asks.search(line or "") for asks in _recognised())


@lru_cache(maxsize=1)
def _levels() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    raw = json.loads(DATA_PATH.read_text(encoding="utf-8"))["degree_levels"]
    return tuple((_pattern(level["asks"]), _pattern(level["shown"])) for level in raw)


@lru_cache(maxsize=1)
def _fields() -> dict[str, str]:
    return json.loads(DATA_PATH.read_text(encoding="utf-8"))["fields"]


_FIELD_RE = re.compile(r"\b(?:en|in|de|em|di|im)\s+(?P<field>.+)$", re.IGNORECASE)
_CHOICE_RE = re.compile(r"\s+(?:ou|or|o|oder|/)\s+|\s*/\s*", re.IGNORECASE)
_SCHOOL_RE = re.compile(r"(?i)\b(?:[ée]cole|school|escuela|hochschule|universit|grande)")
_FUNCTION_WORDS = frozenset(["les", "des", "une", "the", "and", "und", "del", "los", "las", "une", "dans", "avec"])


def degree_level_shown(cv_text: str, requirement: str) -> bool | None:
    """Whether the CV shows the degree level ``requirement`` names the French way ("Bac+5 en RH ou école de
    commerce": a master's, "Master 2 Ressources Humaines"): a degree of that level or above on a line that also names
    the requirement's field, when it names one (its abbreviation expanded: ``data/concept_terms.json`` "fields"), or
    the CV names another choice the requirement gives ("école de commerce"). None when it names no such level."""
    for asks, shown in _levels():
        if not (found := asks.search(requirement or "")):
            continue
        rest = (requirement or "")[found.end():]
        field = _FIELD_RE.match(rest.strip())
        choices = [c.strip(" .,;") for c in _CHOICE_RE.split(field.group("field"))] if field else []
        wanted = [_fields().get(c.lower(), c) for c in choices if c]
        for line in (cv_text or "").splitlines():
            if not shown.search(line):
                continue
            if not wanted or any(_field_named(line, w) for w in wanted):
                return True
        return any(_SCHOOL_RE.search(c) and re.search(rf"(?<!\w){re.escape(c)}(?!\w)", cv_text or "", re.IGNORECASE)
                   for c in choices)  # a school the job allows ("école de commerce") named elsewhere on the CV
    return None


def _field_named(line: str, field: str) -> bool:
    """Whether a CV line names the field: each of its content words (four letters or more, not a function word)
    stands there, "ressources humaines" in "Master 2 Ressources Humaines"."""
    words = [w for w in re.findall(r"[^\W\d_]+", field.lower()) if len(w) >= 4 and w not in _FUNCTION_WORDS]
    return bool(words) and all(re.search(rf"(?<!\w){re.escape(w)}", line, re.IGNORECASE) for w in words)


_DEGREE_WORDS = r"(?:(?:an?|very|good|great|strong|excellent|high|proven|real|genuine|natural|sehr|gute?|hohe?|ausgeprägte?|excellente?|bonne|grande?|buena?|gran|alta|excelente)\s+)*"


@lru_cache(maxsize=1)
def _trait_re() -> re.Pattern[str]:
    traits = json.loads(DATA_PATH.read_text(encoding="utf-8"))["traits"]
    return re.compile(r"^\W*" + _DEGREE_WORDS + _pattern(traits).pattern, re.IGNORECASE)


def is_trait(requirement: str) -> bool:
    """Whether ``requirement`` is a personal quality ("attention to detail", "Resilience to deal with distressing
    calls", "Excellent relationnel, sens de l'écoute et rigueur"): it opens with one of ``data/concept_terms.json``
    "traits", after adjectives of degree."""
    return bool(_trait_re().search(requirement or ""))
