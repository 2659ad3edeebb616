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
_BRACKET_RE = re.compile(r"[ \n]?\(([A-Z][A-Za-z0-9]{1,7}(?: [A-Z][A-Za-z0-9]{1,5})?)\)")  # a line may break before it
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
    return m.group(0).replace("\n", " ") if _spells(words, letters, whole=len(letters) > 2) else ""


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
    line_start = text.rfind("\n", 0, start - 2 if text[start - 2:start - 1] == "\n" else start) + 1  # the name may end the line before
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


def _name_side(side: str) -> bool:
    """A side of a slash that is a name by itself: words that each open with a capital or a digit, or carry a
    capital inside ("vRO", "3PAR SAN", "Copy Editing"); not a number alone ("OS/400", "5/6") nor one letter."""
    words = side.split()
    return (bool(words) and len(side) > 1 and not side.isdigit() and not re.search(r"[-:()]", side)
            and all(w[:1].isupper() or w[:1].isdigit() or re.search(r"[A-Z]", w) for w in words))


def split_slash(piece: str) -> list[str]:
    """"JavaScript/TypeScript", "OpenGL/WebGL" and "C/C++/Java" -> one item per side (a side a skill); a list
    of three names or more written with slashes ("Data Entry/Filing/Scanning", "Outlook/Gmail/Dropbox")
    -> each name; two names of their own ("ES6/ES7", "VoIP/SIP", "HP MSA/3PAR SAN") -> each, as written (the
    dev labels' rule S10-1); "CI/CD", "TCP/IP", "AP/AR" (short forms), "A/B testing", "UI/UX Design" and
    "Accounts Payable/Receivable" (a word shared), "DNA/RNA-extraction", "IBM OS/400" and "Firewall/VPN/SSL
    products" (words after the last name) stay whole; four names or more, each opening with a capital, are a list
    however spaced ("Aloha systems/TSheets/CoConstruct /Navision")."""
    from core.analysis.skills import find_all_skills

    sides = piece.split("/")
    if len(sides) < 2 or any(not side.strip() for side in sides) or all(re.fullmatch(r"[A-Z]{1,2}", s) for s in sides):
        return [piece]
    if len(sides) >= 3 and all(side == side.strip() and all(w[:1].isupper() or w[:1].isdigit() for w in side.split())
                               for side in sides) and not any(h.surface == piece for h in find_all_skills(piece)):
        return sides
    if len(sides) >= 4 and all(re.fullmatch(r"[A-Z0-9][^\s/]*(?: [^\s/]+){0,2}", side.strip()) for side in sides):
        return [side.strip() for side in sides]  # "Aloha systems/TSheets/CoConstruct /Navision": a list, spaced or not
    whole = find_all_skills(piece)
    if (whole and whole[0].surface == piece) or re.search(r"\w-[a-z]", sides[-1]):
        return [piece]  # a name of the lexicon ("CI/CD", "TCP/IP"), or a word glued to the last side ("DNA/RNA-extraction")
    if not re.fullmatch(r"[^\s/]+(?:/[^\s/]+)+", piece):
        return sides if _two_names(sides) or _word_then_name(sides) else [piece]
    if any(re.fullmatch(r"[A-Z]{2}", side) and not find_all_skills(side) for side in sides):
        return [piece]  # "PL/SQL": a prefix of two capitals, no name by itself ("C/C++" splits: "C" is one)
    if any(find_all_skills(side) and find_all_skills(side)[0].surface == side for side in sides):
        return sides
    return sides if _two_names(sides) and not all(re.fullmatch(r"[A-Z]{1,3}", s) for s in sides) else [piece]


def _word_then_name(sides: list[str]) -> bool:
    """"Proofreading/Copy Editing", "Linux/Mac OS": one word, not a short form in capitals, then a name of more
    words, each side a name by itself; not "UI/UX Design" or "FEA/CFD Analysis", whose short forms share the head
    word after them, nor "Theoretical/Computational Ecology" (an adjective) or "Data/Business Analysis" ("Data
    Analysis" a name the lexicon knows): the head word is shared there."""
    from core.analysis.skills import find_all_skills

    if not (len(sides) == 2 and all(side == side.strip() and _name_side(side) for side in sides)
            and " " not in sides[0] and not sides[0].isupper() and " " in sides[1]):
        return False
    shared = f"{sides[0]} {sides[1].split()[-1]}"  # "Data/Business Analysis": "Data Analysis" shares the head word
    hits = find_all_skills(shared)
    return not re.search(r"(?:al|ic|ive|ary)$", sides[0]) and not (hits and hits[0].end - hits[0].start == len(shared))


def _two_names(sides: list[str]) -> bool:
    """Whether the sides of a slash are names each by itself: no space at the slash, every side a name
    (:func:`_name_side`) and of as many words as the others ("ES6/ES7", "HP MSA/3PAR SAN"); with more words
    on one side, a word is shared ("UI/UX Design", "Insurance Verification/Reconciliation")."""
    if any(side != side.strip() for side in sides) or not all(_name_side(side) for side in sides):
        return False
    return len({len(side.split()) for side in sides}) == 1


def abbreviates(before: str, acronym: str) -> bool:
    """Whether ``acronym`` (2-6 letters) is the initials of the last words of ``before``, one letter per word,
    in order ("Chief Revenue Officer" / "CRO", "Qualified Teacher Status" / "QTS"): written in brackets after
    them, it names those words, not a sense of its own."""
    if not (2 <= len(acronym) <= 6 and acronym.isalpha()):
        return False
    words = re.findall(r"[A-Za-z][\w'-]*", before)[-len(acronym):]
    return len(words) == len(acronym) and "".join(w[0] for w in words).upper() == acronym.upper()
