"""CV skill spans: where a CV's text names its skills list's items, and what of the text names none. The
names of a list's groups ("EMR Systems: Epic, Cerner"), letter-spaced headings and the person's name line; the
spans of the list's multi-word items (a lexicon skill inside one is no skill of its own there); the pattern that
finds a listed item in an entry's text. Used by
:mod:`core.analysis.cv_skill_claims`."""

from __future__ import annotations

import re
from functools import lru_cache

from core.analysis.cv_lines import ROLE_WORDS
from core.analysis.cv_skills import ITEM_STOPWORDS
from core.analysis.skills import SkillHit, find_all_skills

# "EMR Systems: Epic, Cerner", "**Version Control**: Git, SVN": a group's name (up to four words) before a colon and a list
_GROUP_LABEL_RE = re.compile(r"(?m)^[ \t*•>_-]*([^:,;|\n*_]{1,40}?)[ \t*_]*:[ \t]*(?=[^\n]*[,;|•·])")


def group_labels(text: str) -> list[tuple[int, int]]:
    """Where the names of a list's groups are ("EMR Systems" in "EMR Systems: Epic, Cerner"): each line's words
    before a colon, up to four, when a list follows the colon. A tool named inside a longer group name is no
    skill there; a group named by one tool alone ("PHP: Laravel, Symfony") is."""
    return [m.span(1) for m in _GROUP_LABEL_RE.finditer(text) if len(m.group(1).split()) <= 4]


_PERSON_NAME_RE = re.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’.-]*){1,3}")


def _spaced_letters(line: str) -> bool:
    """A heading a template prints letter-spaced ("E XP E R IE NC IA", "DE S A RRO LLA N D O"): four pieces or
    more in capitals of up to four letters, most of them of one or two."""
    pieces = line.split()
    return (len(pieces) >= 4 and all(p.isalpha() and p.isupper() and len(p) <= 4 for p in pieces)
            and sum(len(p) <= 2 for p in pieces) >= 0.6 * len(pieces))


def without_spaced_letters(text: str) -> str:
    """The text without letter-spaced headings: their one-letter pieces ("R", "C") are no skills."""
    return "\n".join("" if _spaced_letters(line) else line for line in text.split("\n"))


def without_name_line(text: str) -> str:
    """The CV's text without its first line when that line is a person's name ("Julia Novak", "Ruby
    Okafor": a language's name inside it is no skill); a title there ("Python Developer") stays."""
    first = text.lstrip("\n").split("\n", 1)[0].strip()
    if not _PERSON_NAME_RE.fullmatch(first) or ROLE_WORDS.search(first):
        return text
    return text.replace(first, "", 1)


def item_spans(text: str, section_items: list[str]) -> list[tuple[int, int]]:
    """Where the skills list's multi-word names ("Google Kubernetes", "General ledger management", "ML models", not
    "Unity game dev") occur in ``text`` (case-insensitive)."""
    spans = []
    names = {i for i in section_items if len(i.split()) <= 7 and (all(w[:1].isupper() or not w[:1].isalpha() for w in i.split())
                                                                 or _sentence_case(i) or re.fullmatch(r"[A-Z]{2,5}( [a-z]+){1,2}", i))}
    for item in {i for i in names if " " in i.strip() or "/" in i}:  # "AP/AR": no "AP" of its own
        words_re = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", item.strip()))
        spans += [(m.start(), m.end()) for m in re.finditer(rf"(?<![\w+#]){words_re}(?![\w+#])", text, re.IGNORECASE)]
    return spans


def _sentence_case(item: str) -> bool:
    """A listed name of two to four words written in sentence case ("General ledger management", "Accounts
    payable/receivable"): one name, as a list writes it, whose words inside are no skill of their own; not a tool
    the lexicon names by its first word with words about it after ("Unity game dev", "Fedora flavors")."""
    if not re.fullmatch(r"[A-Z][a-z]+(?: [a-z]+/?[a-z]*){1,3}", item):
        return False
    first = find_all_skills(item.split()[0])
    return not (first and first[0].named_tool and first[0].end == len(item.split()[0]))


def covered(hit: SkillHit | re.Match[str], spans: list[tuple[int, int]]) -> bool:
    """Whether a skill hit lies inside a longer item of the skills list ("Kubernetes" in "Google
    Kubernetes", "patient assessment" in "Advanced Patient Assessment"): there the CV's own item stands
    for it, so that occurrence is no skill of its own."""
    start, end = (hit.start(), hit.end()) if isinstance(hit, re.Match) else (hit.start, hit.end)
    return any(s <= start and end <= e and (e - s) > (end - start) for s, e in spans)


@lru_cache(maxsize=512)
def item_re(item: str) -> re.Pattern[str] | None:
    """How a listed skill is found in an entry: a plain word ("Less", "homebrew") as written or
    capitalised (or in lower case from seven letters), so that prose ("less time") is not taken for it; a name with capitals inside, digits
    or marks ("GitHub", "Node.js", "C#") in any case; nothing for one or two letters."""
    item = item.strip()
    if len(item) < 3 or ITEM_STOPWORDS.fullmatch(item):
        return None
    body = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", item))
    edge = r"(?<![\w+#.])", r"(?![\w+#]|\.\w)"
    if re.fullmatch(r"[A-Za-z][a-z]+(?: [A-Za-z][a-z]+)*", item):
        variants = {body, r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", item[:1].upper() + item[1:]))}
        if len(item) >= 7:  # "homebrew" for "Homebrew"; not "less" for "Less" or "spring" for "Spring"
            lower = item.lower()  # and "Claims processing" opening a bullet for the listed "Claims Processing"
            for variant in {lower, lower[:1].upper() + lower[1:]}:
                variants.add(r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", variant)))
        return re.compile(edge[0] + "(?:" + "|".join(sorted(variants)) + ")" + edge[1])
    return re.compile(edge[0] + body + edge[1], re.IGNORECASE)
