"""Numbered levels, stages, grades and versions: "KS2", "Key Stage 1 and 2", "Level 3", "Python 3", "Year 5".

A numbered thing is not another of its kind: Key Stage 1 teaching does not show Key Stage 2 knowledge, a
Level 2 certificate is no Level 3 one, Python 2 is not Python 3. :func:`numbered_levels` reads the head word
and its numbers; :func:`level_clash` says whether a text names a requirement's numbered head only with other
numbers. A text that names the head with no number ("Python") is no clash: it neither shows nor rules out
the level. A rule of this project, not a figure from research.
"""

from __future__ import annotations

import re

# "Key Stage 2", "Level 3", "Python 3.11", "Years 5 and 6", "KS1-2", "KS1 and KS2"; a head is a word
# (or an abbreviation attached to its number: "KS2", "Y5", "v3") right before a number of one or two digits.
_NUMBER = r"\d{1,2}(?:\.\d+)*(?![\d%])"
_LIST = rf"(?:\s*(?:,|&|/|-|–|and|or|to)\s*(?:[A-Za-z]{{1,3}})?{_NUMBER})*"
_LEVEL_RE = re.compile(
    rf"(?<![\w£$€#])(?:([A-Za-z][A-Za-z+#]*)\s+|(ks|y|v|yr)(?=\d))({_NUMBER}{_LIST})(?![\w%])", re.IGNORECASE)
_HEAD_ALIASES = {"ks": "stage", "stages": "stage", "y": "year", "yr": "year", "years": "year", "levels": "level",
                 "v": "version", "grades": "grade"}
# words before a number that are no numbered thing: "team of 8", "over 5", "top 10", "for 2", "the 3"
_NOT_HEADS = frozenset(re.findall(r"\S+", """a an and or of the to for in on at by with from over under up top about around than per
next last past first than only some all each every least most more less nearly almost approximately approx
within after before since during into x is are was were be been has have had my our your their his her its
minimum min max maximum plus"""))


def _numbers(run: str) -> set[str]:
    """The major numbers of a run ("1 and 2" -> {"1", "2"}; "3.11" -> {"3"}; "1-3" -> {"1", "2", "3"})."""
    found = [int(n.split(".")[0]) for n in re.findall(_NUMBER, run)]
    if len(found) == 2 and re.search(r"\d\s*(?:-|–|to)\s*[A-Za-z]{0,3}\d", run) and found[0] < found[1] <= found[0] + 12:
        return {str(n) for n in range(found[0], found[1] + 1)}
    return {str(n) for n in found}


def numbered_levels(text: str) -> dict[str, set[str]]:
    """Head word (lower case, its usual form: "KS" -> "stage") -> the numbers it is written with in ``text``:
    "Secure knowledge of the KS2 curriculum" -> {"stage": {"2"}}; "Key Stage 1 and Key Stage 2" ->
    {"stage": {"1", "2"}}; {} when the text names no numbered thing."""
    out: dict[str, set[str]] = {}
    for match in _LEVEL_RE.finditer(text or ""):
        head = (match.group(1) or match.group(2)).lower()
        if head in _NOT_HEADS or (match.group(1) and len(head) < 2):
            continue
        out.setdefault(_HEAD_ALIASES.get(head, head), set()).update(_numbers(match.group(3)))
    return out


def level_clash(text: str, requirement: str) -> bool:
    """Whether ``text`` names one of ``requirement``'s numbered heads only with other numbers: "I taught Key
    Stage 1" for "knowledge of the KS2 curriculum", "Level 2 food hygiene" for "Level 3 food hygiene". False
    when the requirement names no numbered thing, or the text names the head without a number."""
    required = numbered_levels(requirement)
    if not required:
        return False
    shown = numbered_levels(text)
    return any(head in shown and not shown[head] & numbers for head, numbers in required.items())


_PART_RE = re.compile(r"[^\n.;!?]+(?:[.;!?]+(?=\s|$)|[.;!?]+|$)?")


def unclashed_parts(text: str, requirement: str) -> list[tuple[int, str]]:
    """(offset, part) of the lines and sentences of ``text`` that do not name ``requirement``'s numbered heads
    only with other numbers (:func:`level_clash`); the whole text as one part when the requirement names no
    numbered thing."""
    if not numbered_levels(requirement):
        return [(0, text or "")]
    return [(m.start(), m.group(0)) for m in _PART_RE.finditer(text or "")
            if m.group(0).strip() and not level_clash(m.group(0), requirement)]
