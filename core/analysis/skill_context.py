"""Where a word that looks like a skill is not one: inside a web address, an e-mail address or a web page's
file name ("careers.nhs.uk/apply.php" names no PHP, "github.com/ana/react-notes" no React), and an
abbreviation the text itself spells out as something else ("PHP (partial hospitalisation programme)" on a
mental-health nursing job), a season in a date ("Spring 2020" is no Spring framework), an acronym that abbreviates
the words before it, an everyday French word ("point de vue" is no Vue.js), a sentence of another field ("SQL"
beside leads and meetings). Pure regular expressions; :func:`core.analysis.skills.find_all_skills` uses them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.analysis.skills_forms import abbreviates
from core.words import initials

# A web or e-mail address, or a web page's file name: a scheme or "www.", an e-mail, a lower-case domain with a
# usual ending (and its path), a file ending in a web page's extension. A product written with a dot and a capital
# ("ASP.NET", "Node.js", "Socket.IO") is none of these.
_WEB_RE = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w.])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|uk|dev|ai|app|edu|gov|de|fr|es|it|nl|ie|me|info|"
    r"biz|us|eu|ca|au|nz|in)(?:/\S*)?(?![\w.])"
    r"|(?<![\w.])[\w/-]+\.(?:php|html?|aspx?|jsp|cgi)(?:\?\S*)?(?!\w)",
)


def web_spans(text: str) -> list[tuple[int, int]]:
    """The spans of web and e-mail addresses and web file names in ``text``."""
    return [m.span() for m in _WEB_RE.finditer(text or "")]


# "PHP (partial hospitalisation programme)" and "partial hospitalisation programme (PHP)".
_ACRONYM_FIRST_RE = re.compile(r"(?<![\w-])([A-Z]{2,6})\s*\(([A-Za-z][A-Za-z' -]{4,80})\)")
_ACRONYM_AFTER_RE = re.compile(r"((?:[A-Za-z][\w'-]*\s+){1,7}?)\(([A-Z]{2,6})\)")


def _initials_fit(acronym: str, words: list[str]) -> bool:
    return initials(words) == acronym


def spelled_out(text: str) -> dict[str, str]:
    """Each abbreviation ``text`` spells out, with its expansion: {"PHP": "partial hospitalisation programme"}.
    Only an expansion whose words' initials are the abbreviation's letters counts (small words aside)."""
    return dict(_spelled_out(text or ""))  # a copy: the caller may change it


@lru_cache(maxsize=256)  # the same CV and job are read for every skill of a plan
def _spelled_out(text: str) -> tuple[tuple[str, str], ...]:
    found: dict[str, str] = {}
    for m in _ACRONYM_FIRST_RE.finditer(text or ""):
        words = m.group(2).split()
        if _initials_fit(m.group(1), words):
            found[m.group(1)] = m.group(2).strip()
    for m in _ACRONYM_AFTER_RE.finditer(text or ""):
        acronym, words = m.group(2), m.group(1).split()
        for start in range(len(words)):  # the shortest run of words before the bracket whose initials fit
            if _initials_fit(acronym, words[start:]):
                found.setdefault(acronym, " ".join(words[start:]))
                break
    return tuple(found.items())


# a tool's word joined to another that still names the tool: "Go-based", "R-powered", "AI-driven", "Go-Entwickler"
_TOOL_COMPOUND_RE = re.compile(
    r"(?:based|powered|driven|native|first|only|specific|compatible|friendly|related|style|code|coding|developers?|"
    r"engineers?|engineering|programming|programmers?|skills?|experience|services?|stack|scripts?|apps?|libraries|"
    r"library|packages?|modules?|tests?|testing)$", re.IGNORECASE)
_JOINED_RE = re.compile(r"-([A-Za-z]+)")


# a token's edges that are no part of it: brackets and quotes around it, a possessive, a list's or a sentence's mark after it
_TOKEN_EDGE_RE = re.compile(r"^[(\[{\"'“‘]+|(?:['’]s)?[)\]}\"'”’.,;:!?]*$")
_TOKEN_PART_RE = re.compile(r"[^/,|;–—-]+")
_CJK_RE = re.compile(r"[\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]")  # CJK, kana, hangul, full width  # a token's parts between slashes, commas, hyphens


def _glued(text: str, start: int, end: int) -> bool:
    """Whether a short name at ``text[start:end]`` is a letter or two of a longer token rather than a word on its
    own: the token around it (brackets, quotes and a list's marks off its edges) split at slashes, commas and
    hyphens has no part that is the name alone: "IR(ME)R", "Microsoft(R)", "R&D", "A&E" (session 23 newcomer:
    "You list R" from a dental nurse's "IR(ME)R"). "R,", "(R)", "R/Python", "C#/.NET" stand on their own."""
    near = (text[start - 1] if start else " ", text[end] if end < len(text) else " ")
    if any(_CJK_RE.match(c) for c in near) and not any(c.isascii() and (c.isalnum() or c in "&()") for c in near):
        return False  # "熟悉C++和Qt框架": a script written without spaces parts the name from its neighbours
    left = max(text.rfind(c, 0, start) for c in " \t\n") + 1
    right = min((i for i in (text.find(c, end) for c in " \t\n") if i >= 0), default=len(text))
    token = text[left:right]
    lead = len(token) - len(token.lstrip("([{\"'“‘"))
    bare = _TOKEN_EDGE_RE.sub("", token)
    at = start - left - lead
    if at < 0 or at + end - start > len(bare):
        return False  # the name is inside the token's edge marks: nothing to judge
    parts = [m.span() for m in _TOKEN_PART_RE.finditer(bare)]
    return not any(a == at and b == at + end - start for a, b in parts)


def in_word_compound(text: str, start: int, end: int) -> bool:
    """Whether a short tool name (two letters or fewer: "Go", "R", "C") at ``text[start:end]`` is an everyday word
    inside a hyphenated compound ("Go-live", "Go-Live", "go-ahead", "R-value"): the hyphen joins a common English
    word (Zipf frequency 3.5 or more, ``wordfreq``) that does not name the tool's own work ("Go-based services",
    "Go-Entwickler" stay Go); or a letter or two glued into a longer token ("IR(ME)R", "R&D": :func:`_glued`).
    Source: a rule of this project (nc19 item 10: "Go" read from a German CV's "Go-live")."""
    if end - start > 2:
        return False
    if _glued(text, start, end):
        return True
    if not (match := _JOINED_RE.match(text, end)):
        return False
    from wordfreq import zipf_frequency  # heavy; only on a short name joined by a hyphen

    word = match.group(1)
    return not _TOOL_COMPOUND_RE.match(word) and zipf_frequency(word.lower(), "en") >= 3.5


# a title of French or Spanish form whose first word is also a tool's name: "Chef de réception", "Chef de rang", "chef
# d'équipe", "Chef des ventes" (a head receptionist, a head waiter, a team leader: no Chef configuration tool)
_TITLE_OF_RE = re.compile(r"[ \t]+(?:de|des|du|d['’])(?:[ \t]|(?<=['’]))", re.IGNORECASE)


def in_foreign_title(text: str, start: int, end: int) -> bool:
    """Whether the tool name at ``text[start:end]`` opens a title of the form "<word> de <field>" ("Chef de réception",
    "chef de projet"): a job's name in French or Spanish, not the tool. Source: a rule of this project (session 21,
    newcomer nc21: "Chef de réception" read as the Chef tool and a kitchen chef)."""
    return bool(_TITLE_OF_RE.match(text, end)) and text[start:end].lower() == "chef"


# A lower-case alias that is an everyday French word, with French beside it (session 28: "en vue de renforcer la
# solidarité" read as Vue.js): the word before ("en vue", "point de vue", "une vue") or after it ("vue d'ensemble",
# "vue sur la mer"). A skills list ("react, vue") has neither.
_FRENCH_WORDS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "vue": (re.compile(r"\b(?:en|la|une|ma|sa|ta|cette|à|bonne|belle|première|(?:point|angle|champ|perte)[ \t]+de)[ \t]+$",
                       re.IGNORECASE),
            re.compile(r"[ \t]*(?:d['’]|(?:de|des|du|sur|globale?|panoramique|imprenable)\b)", re.IGNORECASE)),
}


def french_word(text: str, start: int, end: int, surface: str) -> bool:
    """Whether ``surface`` at ``text[start:end]`` is written in lower case and is the French word of
    :data:`_FRENCH_WORDS` by the words beside it."""
    senses = _FRENCH_WORDS.get(surface)
    return bool(senses) and bool(senses[0].search(text[max(0, start - 20):start]) or senses[1].match(text, end))


# a year, a term of a school year or another season next to a season's name: "Spring 2020", "Spring of 2023",
# "Spring '21", "Spring semester", "Spring/Summer", "Fall and Spring"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_DATE_AFTER_RE = re.compile(r"[ \t]*(?:of[ \t]+)?(?:(?:19|20)\d\d\b|['’]\d\d\b|(?:semester|term|quarter|session|break|intake|cohort)s?\b)"
                            rf"|[ \t]*(?:/|&|and|-|–)[ \t]*{_SEASON}\b", re.IGNORECASE)
_DATE_BEFORE_RE = re.compile(rf"\b{_SEASON}[ \t]*(?:/|&|and|-|–|,)[ \t]*$", re.IGNORECASE)


def in_season_date(text: str, start: int, end: int) -> bool:
    """Whether a season's name at ``text[start:end]`` is part of a date: a year or a term follows it, or another
    season is joined to it ("Spring 2020", "Spring semester", "Fall and Spring")."""
    return bool(_DATE_AFTER_RE.match(text, end) or _DATE_BEFORE_RE.search(text[max(0, start - 20):start]))


def spelled_out_before(text: str, start: int, surface: str) -> bool:
    """Whether an acronym in brackets abbreviates the words just before it ("Chief Revenue Officer (CRO)",
    "Contract Research Organisation (CRO)"): it then names those words, whatever the lexicon's sense of it;
    the words themselves are matched on their own when they name a skill."""
    return surface.isupper() and text[start - 1 : start] == "(" and abbreviates(text[max(0, start - 100) : start - 1], surface)


def in_sentence_with(text: str, start: int, end: int, marks: tuple[re.Pattern[str], ...],
                     unless: tuple[re.Pattern[str], ...] = ()) -> bool:
    """Whether the sentence holding ``text[start:end]`` (cut at ``.``, ``!``, ``?`` or a line break) matches one of
    ``marks`` and none of ``unless``."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    right = min((i for c in ".!?\n" if (i := text.find(c, end)) != -1), default=len(text))
    sentence = text[left:right]
    return any(m.search(sentence) for m in marks) and not any(u.search(sentence) for u in unless)
