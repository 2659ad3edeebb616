"""Natural casing of a term put into a sentence: a requirement or skill as a job description or CV
wrote it in a heading or a list ("Renewals", "Stakeholder Management") reads in lower case
mid-sentence ("renewals", "stakeholder management"), while acronyms and names keep their case
("SQL", "Salesforce", "Python", "Microsoft Office", "Spanish").

:func:`natural_case` decides word by word, first rule that applies:

1. Shape: only a Title-case word ("Renewals") is in question; lower case, all capitals and inner
   capitals ("SQL", "iOS", "HubSpot", "B2B") are kept as written.
2. The skills lexicon (``data/skills_lexicon.json``): a one-word tool name ("Python", "Spark",
   "Salesforce") is kept; a word of a common skill's name ("Contract renewals", "Security",
   "Forecasting") is lowered; a name of several words with a capital after the first ("Microsoft
   Office", "Spring Boot", "Power BI") is spelled as the lexicon spells it. A one-word name is common
   when the lexicon lists it as generic, it is in the "general" family, it ends like a common noun
   (-ing, -tion, -ity, ...) and is an English word, or, outside the software and data families, it
   is an everyday English word (wordfreq Zipf >= 3.3) at least 1.3 more frequent in English than
   across other languages (names such as "Salesforce" or "Xero" are about as frequent everywhere).
   A few tool names these rules misread are listed in ``_NAMES_LIKE_NOUNS``.
3. Right after a kept name, a word that does not end like a common noun is part of that name
   ("Google Ads", but "Salesforce administration").
4. The documents themselves: a word the job description or CV writes in lower case (and never
   capitalised after a lower-case word) is lowered; one they capitalise after a lower-case word, in
   a line that is not a Title Case heading, and never write in lower case, is kept.
   A hyphenated word neither knows goes as its first part goes ("Infection-control").
5. Language names ("Spanish") and places ("London", GeoNames via ``cv_lines.is_place``) are kept.
6. Word frequency (wordfreq, shipped data): an everyday English word (Zipf >= 2.5, or >= 1.0 with
   a common-noun ending) at least 1.0 more frequent in English than the median of seven other
   languages is lowered; brands ("Microsoft", "Google", "Linux") are about as frequent in every
   language and keep their capital, and so does a rare word nothing else tells about.
"""

from __future__ import annotations

import json
import logging
import re
import statistics
from collections.abc import Iterable
from functools import lru_cache

from core.analysis.language import known_language_names, zipf
from core.analysis.skills import LEXICON_PATH, load_lexicon
from core.analysis.text import STOPWORDS
from core.words import capital_initials

logger = logging.getLogger(__name__)

COMMON_ENDING = re.compile(
    r"(?:ing|ings|tion|tions|sion|sions|ment|ments|ance|ence|ity|ities|ism|ship|ness|age|ics|ure|ery|ogy|"
    r"acy|graphy|omy|ation|als)$",
    re.IGNORECASE,
)
_OTHER_LANGS = ("fr", "es", "it", "pl", "pt", "ru", "tr")
_TITLE_WORD = re.compile(r"^[A-Z][a-z]+(?:'s)?(?:-[A-Za-z][a-z]*)*$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_LANGUAGE_WORDS = frozenset(n.lower() for n in known_language_names()) | {
    "mandarin", "cantonese", "welsh", "irish", "gaelic", "hebrew", "persian", "farsi", "urdu", "bengali", "punjabi",
    "tamil", "swahili", "latin", "english",
}


def english_lead(word: str) -> float:
    """How much more frequent ``word`` (lower case) is in English than the median of seven other
    languages, in Zipf units: about 2-3 for an English noun ("renewals"), under 1 for a name that
    every language writes ("microsoft", "linux")."""
    low = word.lower()
    return zipf(low, "en") - statistics.median(zipf(low, lang) for lang in _OTHER_LANGS)


# One-word names of tools that the rules below would take for common nouns (an ending like "-ence" or
# "-ity", or an everyday English word): Atlassian Confluence, the Canvas LMS, Notion, Unity, Azure.
_NAMES_LIKE_NOUNS = frozenset({"confluence", "canvas", "notion", "unity", "azure", "solidity", "clojure"})


def _common_single_name(name: str, family: str, generic: frozenset[str]) -> bool:
    """Whether a one-word lexicon name ("Security", "Tax", but not "Python" or "Salesforce") is a
    common noun: see rule 2 of the module docstring."""
    low = name.lower()
    if family == "general" or low in generic:
        return True
    if low in _NAMES_LIKE_NOUNS:
        return False
    z, lead = zipf(low, "en"), english_lead(low)
    if COMMON_ENDING.search(low) and z >= 1.5 and lead >= 1.0:
        return True
    return family not in {"software", "data"} and z >= 3.3 and lead >= 1.3


@lru_cache(maxsize=1)
def lexicon_case() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """From the skills lexicon: (one-word names of tools, lower case; names of several words that
    hold a capital after the first, as the lexicon spells them, "Spring Boot", "Microsoft Office";
    words of common skills' names, lower case, "contract", "renewals", "security"). A word that is
    both a tool's name and part of a common skill's name counts as a name."""
    lex = load_lexicon()
    raw = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    generic = frozenset(w.lower() for w in raw.get("not_named_tools", []))
    names: set[str] = set()
    phrases: list[str] = []
    common: set[str] = set()
    for name, family in lex.families.items():
        words = name.split()
        if len(words) == 1:
            if _TITLE_WORD.match(name):
                (common if _common_single_name(name, family, generic) else names).add(name.lower())
        elif all(not any(c.isupper() for c in w) for w in words[1:]):
            common.update(w.lower() for w in words if _TITLE_WORD.match(w.capitalize()))  # "Contract renewals"
        else:
            phrases.append(name)  # "Spring Boot", "Power BI", "Ruby on Rails"
    phrases.sort(key=len, reverse=True)
    return frozenset(names), tuple(phrases), frozenset(common - names)


def document_case(texts: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(words written in lower case, words capitalised right after a lower-case word and a space), lower case,
    in the given texts: how the job description and CV themselves write a word mid-sentence."""
    lower: set[str] = set()
    capital_mid: set[str] = set()
    for text in texts:
        low, mid = _text_case(text or "")
        lower |= low
        capital_mid |= mid
    return frozenset(lower), frozenset(capital_mid)


@lru_cache(maxsize=16)  # the plan asks for the case of every question's words in the same CV and job
def _text_case(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """:func:`document_case` of one text."""
    lower: set[str] = set()
    capital_mid: set[str] = set()
    for line in text.splitlines():
        words = list(_WORD.finditer(line))
        content = [m.group(0) for m in words if m.group(0).lower() not in STOPWORDS]
        title_line = all(w[:1].isupper() for w in content[1:])  # a heading in Title Case
        prev, prev_end = "", 0
        for m in words:
            word = m.group(0)
            if word.islower():
                lower.add(word)
            elif not title_line and _TITLE_WORD.match(word) and prev.islower() and not line[prev_end:m.start()].strip():
                capital_mid.add(word.lower())  # "run payroll in Workday", not "response • Infection-control"
            prev, prev_end = word, m.end()
    return frozenset(lower), frozenset(capital_mid)


def _everyday(low: str) -> bool:
    """An everyday English word ("lean" 4.1, "demos" 3.4, "spark" 4.0) rather than a name every language
    writes ("python", "excel", "linux": English leads other languages by under 1.0)."""
    return zipf(low, "en") >= 3.0 and english_lead(low) >= 1.0


@lru_cache(maxsize=64)
def _names_written_lower(texts: tuple[str, ...]) -> frozenset[str]:
    """One-word lexicon names the texts write in lower case where the skills reader finds them ("lean
    principles", "product demos", "a spark for change"), lower case; not "go" in "go live", which the
    reader does not take for the Go language."""
    from core.analysis.skills import find_all_skills

    names = lexicon_case()[0]
    return frozenset(h.name.lower() for text in texts for h in find_all_skills(text or "")
                     if h.name.lower() in names and (text or "")[h.start:h.end].islower())


def _is_place(word: str) -> bool:
    from core.analysis.cv_lines import is_place

    return is_place(word)


def _word_is_common(word: str, doc: tuple[frozenset[str], ...], after_name: bool) -> bool:
    """Whether a Title-case word reads in lower case mid-sentence (rules 2-6); a hyphenated word the
    lexicon and documents do not know ("Infection-control") goes as its first part goes. ``doc``:
    (words the documents write in lower case, words they capitalise mid-sentence, and optionally
    one-word lexicon names they write in lower case where the skills reader finds them)."""
    low = word.lower()
    names, _, common = lexicon_case()
    ending = bool(COMMON_ENDING.search(low))
    lower, capital_mid = doc[:2]
    if low in names and low in (doc[2] if len(doc) > 2 else ()) and low not in capital_mid and _everyday(low):
        return True  # a tool named by an everyday word, which the documents write as that word: "lean", "demos"
    if low in names or (after_name and not ending):
        return False
    if low in common:
        return True
    if low in lower and low not in capital_mid:
        return True
    if low in capital_mid and low not in lower:
        return False
    if "-" in word:
        return _word_is_common(word.split("-")[0], doc, after_name)
    if low in _LANGUAGE_WORDS or (not ending and _is_place(word)):
        return False
    frequent = zipf(low, "en") >= (1.0 if ending else 2.5)
    return frequent and english_lead(low) >= 1.0


def _tool_spans(term: str) -> list[tuple[int, int]]:
    """Spans of ``term`` that name a tool the lexicon knows ("MS Office" for Microsoft Office, "Python"):
    kept as written."""
    from core.analysis.skills import find_skills

    names, phrases, _ = lexicon_case()
    brands = names | {p.lower() for p in phrases}
    return [(h.start, h.end) for h in find_skills(term) if h.name.lower() in brands]


def natural_case(term: str, texts: Iterable[str] = ()) -> str:
    """``term`` as it reads mid-sentence: "Renewals" -> "renewals", "Stakeholder Management" ->
    "stakeholder management", "SQL" / "Salesforce" / "MS Office" unchanged. ``texts`` (the job
    description, the CV) tell how the candidate's own documents write a word; see the module
    docstring for the rules and their sources. A documents' capital counts only for a term with one
    Title-case word: JDs capitalise phrases for emphasis ("drive Continuous Improvement")."""
    texts = tuple(texts)
    lower, capital_mid = document_case(texts)
    named_lower = _names_written_lower(texts)
    tokens = list(re.finditer(r"\S+", term))
    cores = [(m, m.group(0).strip("()[]\"'“”‘’,;:.")) for m in tokens]
    if sum(bool(_TITLE_WORD.match(c)) for _, c in cores) > 1:
        capital_mid = frozenset()
    # a tool's name is kept as written, unless it is an everyday word the documents write as that word
    protected = [(a, b) for a, b in _tool_spans(term)
                 if not (term[a:b].lower() in named_lower and term[a:b].lower() not in capital_mid
                         and _everyday(term[a:b].lower()))] + _expansion_spans(term) + _name_spans(term, texts)
    out, last, after_name = [], 0, False
    for m, core in cores:
        if not _TITLE_WORD.match(core) or any(a <= m.start() < b for a, b in protected):
            after_name = bool(core) and core[:1].isupper() and not core.isupper() or (
                any(a <= m.start() < b for a, b in protected))
            continue
        base = re.sub(r"'s$", "", core)
        common = _word_is_common(base, (lower, capital_mid, named_lower), after_name)
        after_name = not common
        if common:
            start = m.start() + m.group(0).index(core)
            out.append(term[last:start] + core.lower())
            last = start + len(core)
    out.append(term[last:])
    return _brand_phrases("".join(out))


_LINK = r"(?:of|and|for|in|as|an|a|the|to|&)"
_EXPANDED_RE = re.compile(rf"((?:[A-Z][\w'-]*)(?:\s+(?:[A-Z][\w'-]*|{_LINK})){{1,7}})\s*\(([A-Z]{{2,6}})\)"
                          rf"|([A-Z]{{2,6}})\s*(\((?:[A-Z][\w'-]*)(?:\s+(?:[A-Z][\w'-]*|{_LINK})){{1,7}}\))")


_CAPITAL_RUN = rf"[A-Z][\w'’-]*(?:\s+(?:{_LINK}\s+)?[A-Z][\w'’-]*)*"


def _name_spans(term: str, texts: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans of names in ``term`` kept as written (session 25: "pharmacy first", "microsoft 365", "children act
    1989" put in questions and tips): a run of capitalised words with its year or version after it ("Children Act
    1989", "Microsoft 365"), and a run of two or more that the documents write with these capitals in the middle of
    a sentence, after a lower-case word, twice at least ("runs a busy Pharmacy First service", "launched Pharmacy
    First in January"): a service's or product's name, where one capitalised phrase is only emphasis."""
    spans = [(m.start(), m.start(1)) for m in re.finditer(rf"{_CAPITAL_RUN}\s+(\d)", term)]
    runs = [*re.finditer(_CAPITAL_RUN, term), *re.finditer(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+", term)]
    for m in runs:  # with its linking words ("Children Act and Working Together"), or without ("NMS and [Pharmacy First]")
        if len(m.group(0).split()) >= 2:
            said = rf"\b[a-z][\w'’-]*[ \t]+{re.escape(m.group(0))}\b"
            if sum(len(re.findall(said, text or "")) for text in texts) >= 2:
                spans.append(m.span())
    return spans


def _expansion_spans(term: str) -> list[tuple[int, int]]:
    """Spans of an acronym's expansion written beside it, whose capitals spell it: a name, kept as written
    ("Qualified Teacher Status (QTS)", "NEC (National Electric Code)"), never "qualified teacher status"."""
    spans = []
    for m in _EXPANDED_RE.finditer(term):
        words, acronym, group = (m.group(1), m.group(2), 1) if m.group(1) else (m.group(4), m.group(3), 4)
        if capital_initials(words) == acronym:
            spans.append(m.span(group))
    return spans


def _brand_phrases(text: str) -> str:
    """``text`` with each lexicon name of several words spelled as the lexicon spells it."""
    for phrase in lexicon_case()[1]:
        if phrase.lower() in text.lower():
            text = re.sub(r"(?<![\w])" + re.escape(phrase).replace(r"\ ", r"\s+") + r"(?![\w])", phrase, text,
                          flags=re.IGNORECASE)
    return text
