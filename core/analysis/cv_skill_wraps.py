"""A CV skills section's lines joined where a PDF wrapped them: a list line broken mid-item ("Spring, Entity" /
"Framework, Mediatr"), a sentence broken mid-phrase, and a narrow column of one item per line that wraps its long
items ("Cascading" / "Style Sheets" / "(CSS)"); read by :mod:`core.analysis.cv_skill_lists`."""

from __future__ import annotations

import re

from core.analysis.cv_layout import CvLine
from core.analysis.cv_skills import _name_before_description, is_prose
from core.analysis.skills import find_all_skills

_SEPARATORS_RE = re.compile(r"[,;|•·]")
_PAST_VERB_START_RE = re.compile(r"^[A-Z][a-z]+(?:ed|ught|ote|ade)\s+(?:the|a|an|my|our)\s")


def _whole_skill(text: str) -> bool:
    hits = find_all_skills(text)
    return bool(hits) and hits[0].start == 0 and hits[0].end == len(text)


def _unclosed(text: str) -> bool:
    return text.count("(") > text.count(")")


def _last_piece(text: str) -> str:
    return re.split(r"\s*[,;|•·]\s*", text)[-1].strip()


def _first_piece(text: str) -> str:
    return re.split(r"\s*[,;|•·]\s*", text)[0].strip()


def _wraps_into(prev: CvLine, raw_prev: str, line: CvLine, width: int) -> bool:
    """Whether ``line`` is the rest of ``prev`` (whose last physical line is ``raw_prev``), which a PDF
    broke mid-item: an unclosed bracket ("SQL (PostgreSQL, MySQL, complex" / "queries)"), a line
    opening with a comma or a closing bracket, a line opening with a bracket or in lower case after a
    list, or a long list line whose last item runs on ("Spring, Entity" / "Framework, Mediatr": the two
    halves make one skill the lexicon knows, or the first half alone is one word that names no tool)."""
    if line.bullet or not line.text or not prev.text or re.search(r"[,;|•·:]$", prev.text):
        return False
    if _unclosed(prev.text) or re.match(r"[,;.)]", line.text):
        return True
    if re.match(r"[(a-z]", line.text) and (_SEPARATORS_RE.search(prev.text) or _sentence(prev.text)):
        return True  # "Developed a tool for non-technical" / "bank staff.": one sentence a PDF wrapped
    head, tail = _last_piece(raw_prev), _first_piece(line.text)
    if (_SEPARATORS_RE.search(raw_prev) and tail == line.text and len(tail.split()) <= 2
            and _whole_skill(f"{head} {tail}")):
        return True  # "Databases: PostgreSQL, MySQL, MS" / "SQL": one name broken, whatever the line's length
    if not _SEPARATORS_RE.search(raw_prev) or len(raw_prev) < max(60, 0.8 * width):
        return False
    if ":" in tail or not tail or len(tail.split()) > 3:
        return False
    return _whole_skill(f"{head} {tail}") or (len(head.split()) == 1 and not any(h.named_tool for h in find_all_skills(head)))


def _sentence(text: str) -> bool:
    """A line that opens a sentence and has not ended it: prose, a past verb opening it, or a skill's
    description after a dash ("Data Storytelling – Turn findings into")."""
    return not re.search(r"[.!?]$", text) and (
        is_prose(text) or bool(_PAST_VERB_START_RE.match(text)) or bool(_name_before_description(text)))


def _section_widths(lines: list[CvLine]) -> list[int]:
    """Per line, the width of its skills section: its third-longest line (joined lines run past it)."""
    widths = [0] * len(lines)
    start = 0
    ends = [i for i, line in enumerate(lines) if not line.text and line.heading == "skills"] + [len(lines)]
    for end in ends:
        lengths = sorted((len(lines[i].text) for i in range(start, end) if lines[i].text), reverse=True)
        width = lengths[2] if len(lengths) > 3 else (lengths[0] if lengths else 0)
        widths[start:end] = [width] * (end - start)
        start = end
    return widths


# head nouns that end a skill's name and are no skill alone ("Web" / "Development", "Agile" / "Methodologies")
_HEAD_NOUN_RE = re.compile(r"(?:Development|Testing|Products|Patterns|Applications|Services|Methodolog(?:y|ies)|Automation|"
                           r"Management|Code|Interface|Sheets|Engineering|Analysis|Systems|Tools|Frameworks?|Solutions|"
                           r"Operations|Administration|Programming|Architecture|Security|Integration|Delivery|Design|Languages?)")


def _column_wraps(item: str, line: str) -> bool:
    """Whether ``line`` goes on ``item`` in a narrow column of one item per line that wraps its long items
    ("Cascading" / "Style Sheets" / "(CSS)", "Amazon Web" / "Services", "AWS Identity" / "and Access"): a bracket
    or a lower-case word opening the line or left open, a head noun alone ("Development", "Testing") or after
    one word ("Style Sheets" after "Cascading", no skill alone), or two halves of one name the lexicon knows."""
    words = line.split()
    if line[:1] in "(" or line[:1].islower() or _unclosed(item) or re.search(r"\b(?:and|of|&)$", item):
        return True
    if len(words) == 1 and _HEAD_NOUN_RE.fullmatch(line) and not _HEAD_NOUN_RE.fullmatch(item.split()[-1]):
        return True
    if (len(words) == 2 and _HEAD_NOUN_RE.fullmatch(words[-1]) and len(item.split()) == 1
            and not _whole_skill(item) and not _whole_skill(line)):
        return True
    return _whole_skill(f"{item} {line}") and not _whole_skill(item)


def _short_item(line: CvLine) -> bool:
    return (bool(line.text) and not line.bullet and len(line.text.split()) <= 3 and re.search(r"\w", line.text) is not None
            and not _SEPARATORS_RE.search(line.text) and ":" not in line.text and not re.search(r"\.(?:\s|$)", line.text))


def join_column(lines: list[CvLine]) -> list[CvLine]:
    """The section's lines with the items a narrow column wrapped joined back (:func:`_column_wraps`), inside a run
    of six lines or more of one short item each, when some line of the run can only be the rest of the one before
    (it opens with a bracket or in lower case); other lines as they are."""
    out: list[CvLine] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _short_item(lines[j]):
            j += 1
        run = lines[i:j]
        if len(run) < 6 or not any(r.text[:1] == "(" or r.text[:1].islower() for r in run[1:]):
            out.extend(run or lines[i:i + 1])
            i = max(j, i + 1)
            continue
        start = len(out)
        for line in run:
            if len(out) > start and _column_wraps(out[-1].text, line.text):
                out[-1].text = f"{out[-1].text} {line.text}"
                out[-1].heading = "" if out[-1].heading == "group" else out[-1].heading  # an item, wrapped
            else:
                out.append(CvLine(line.text, line.bullet, line.bold_only, line.paragraph, line.bold, line.heads_list,
                                  heading=line.heading))
        i = j
    return out


def join_wrapped(lines: list[CvLine]) -> list[CvLine]:
    """The section's lines with the ones a PDF wrapped joined back (see :func:`_wraps_into`); each skills
    section measures its own width (a later section of long bullets, already joined, is no measure of a
    list's lines)."""
    filled = _section_widths(lines)
    out: list[CvLine] = []
    raw_prev = ""
    for line, width in zip(lines, filled, strict=True):
        if out and _wraps_into(out[-1], raw_prev, line, width):
            out[-1].text = f"{out[-1].text} {line.text}"
        else:
            out.append(CvLine(line.text, line.bullet, line.bold_only, line.paragraph, line.bold, line.heads_list,
                              heading=line.heading))
        raw_prev = line.text
    return out
