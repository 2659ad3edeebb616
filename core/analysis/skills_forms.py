"""How a CV writes one skill: a long name with its abbreviation in brackets ("Basic Life Support (BLS)",
"finite element analysis (FEA)"), which is one skill as written, not two.

The dev labels' rule S10-3 (``tests/data/devsets/cvs/ADJUDICATION.md``, session 10): "Long Name (ABBR)" is one
skill kept whole; the long name or the abbreviation is a skill of its own only where the CV writes it alone.
An abbreviation is told from a qualifier ("Robotics (ROS)", "SolidWorks (Expert)") by its letters: the
initials of the words before it, in order, small words ("and", "of") free to count or not.
"""

from __future__ import annotations

import re

# "(FEA)", "(AWS IAM)", "(OO)", "(EHRs)": capitals (a digit or a trailing "s" allowed), at most two words
_BRACKET_RE = re.compile(r"[ ]?\(([A-Z][A-Za-z0-9]{1,7}(?: [A-Z][A-Za-z0-9]{1,5})?)\)")
_SMALL_WORDS = frozenset({"and", "of", "for", "the", "in", "on", "to", "&", "with"})
_WORD_RE = re.compile(r"[^\s/-]+")


def _letters(abbreviation: str) -> str:
    """The letters an abbreviation spells, in lower case: "EHRs" -> "ehr", "AWS IAM" -> "awsiam"."""
    text = abbreviation.replace(" ", "")
    if len(text) > 2 and text.endswith("s") and text[:-1].isupper():
        text = text[:-1]
    return text.lower()


def _spells(words: list[str], letters: str, whole: bool = True) -> bool:
    """Whether the first letters of ``words`` spell ``letters`` (a small word may give its letter or not;
    a word in capitals may give all its letters: "AWS Identity and Access Management" -> "awsiam");
    with ``whole`` False, ``letters`` may stop before the last word ("Object-Oriented Programming (OO)")."""
    if not letters:
        return not whole or all(w.lower() in _SMALL_WORDS for w in words)
    if not words:
        return False
    word, rest = words[0], words[1:]
    low = word.lower()
    if low in _SMALL_WORDS and _spells(rest, letters, whole):
        return True
    if word.isupper() and len(word) > 1 and letters.startswith(low) and _spells(rest, letters[len(low):], whole):
        return True
    return low[:1] == letters[:1] and _spells(rest, letters[1:], whole)


def abbreviation_after(text: str, end: int, name: str) -> str:
    """The bracketed abbreviation written right after ``name`` (which ends at ``end`` in ``text``), as written
    with the space before it (" (FEA)" after "finite element analysis"); "" when the bracket is no
    abbreviation of that name ("Robotics (ROS)", "SolidWorks (Expert)") or there is none."""
    m = _BRACKET_RE.match(text, end)
    if not m:
        return ""
    words = _WORD_RE.findall(name)
    letters = _letters(m.group(1))
    if len(letters) < 2 or len(words) < 2 or words[0].lower() in _SMALL_WORDS:
        return ""
    return m.group(0) if _spells(words, letters, whole=len(letters) > 2) else ""


def name_before(text: str, start: int) -> int | None:
    """Where the long name of a bracketed abbreviation starts, when the abbreviation begins at ``start``
    right after "(" and the words before the bracket spell it ("security incident and event management
    (SIEM)" -> the index of "security"); None otherwise."""
    if start < 1 or text[start - 1] != "(":
        return None
    close = text.find(")", start)
    if close < 0 or not _BRACKET_RE.fullmatch(text, start - 1, close + 1):
        return None
    letters = _letters(text[start:close])
    if len(letters) < 2:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    before = [(m.start(), m.group(0)) for m in _WORD_RE.finditer(text, line_start, start - 1)]
    for count in range(2, min(len(before), len(letters) + 3) + 1):
        words = before[-count:]
        if words[0][1].lower() in _SMALL_WORDS or not words[0][1][:1].isalpha():
            continue
        if _spells([w for _, w in words], letters):
            return words[0][0]
    return None


_MARK_RE = re.compile("\x02(\\d+)\x03")


def keep_abbreviations(text: str, is_abbreviation) -> tuple[str, list[str]]:
    """``text`` with each bracketed abbreviation of the name before it (``is_abbreviation(inner, before)``)
    replaced by a mark glued to that name, so that splitting a list at its commas and dropping its other
    brackets keeps it; the brackets as written, for :func:`restore_abbreviations`."""
    kept: list[str] = []

    def mark(m: re.Match[str]) -> str:
        if not is_abbreviation(m.group(2), text[: m.start()]):
            return m.group(0)
        kept.append(m.group(1) + "(" + m.group(2) + ")")
        return f"\x02{len(kept) - 1}\x03{m.group(1)}"  # the space kept where the bracket was, as dropping it would

    return re.sub(r"(\s?)\(([^()]*)\)", mark, text), kept


def restore_abbreviations(item: str, kept: list[str]) -> tuple[str, str]:
    """(the item without its marks, the item with its abbreviation as written: "Domain-Driven Design (DDD)")."""
    return _MARK_RE.sub("", item).strip(), _MARK_RE.sub(lambda m: kept[int(m.group(1))], item)
