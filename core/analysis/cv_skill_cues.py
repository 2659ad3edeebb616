"""CV skills named in running text: the skills a sentence lists after a cue of proficiency ("expertise in
project coordination, climate policy"), in Chinese after 熟练使用, and the named tools a sentence says it
used ("using PHP and Craft CMS"); each as written (moved out of :mod:`core.analysis.cv_skills`, which
reads skills lists).
"""

from __future__ import annotations

import logging
import re

from core.analysis.cv_skills import ITEM_STOPWORDS, _good_item, _split_slash
from core.analysis.language import detect_language
from core.analysis.skills import find_all_skills

logger = logging.getLogger(__name__)


# a lookahead, so that one cue inside another's span is read too ("skills with experience in market research")
_CUE_RE = re.compile(
    r"(?=\b(?:expertise|experience|experienced|skilled|skills|proficient|proficiency|versed|specialized|specialised|"
    r"competent|good|strong)\s+(?:in|with)\s+([^.;:()]+))",
    re.IGNORECASE,
)


# a Chinese cue of proficiency before the tools it names: 熟练使用 (skilled in using), 精通 (expert in),
# 掌握 (has mastered), 熟悉 (familiar with), 有 ... 经验 (has experience of), 用到的语言和技术是 (the languages
# and technologies used were); a bare 使用 ("uses", of a project) is no such cue
_CJK_CUE_RE = re.compile(r"(?:熟练使用|熟悉使用|精通|掌握|熟悉|(?<![\u4e00-\u9fff])有|(?:语言|技术|工具)(?:和(?:语言|技术|工具))?是)"
                         r"([^，。；,;：:]*)")
_LATIN_NAME_RE = re.compile(r"[A-Za-z][A-Za-z0-9+#.]*(?: [A-Z][A-Za-z0-9+#.]*)?")


def _cjk_cue_items(line: str) -> list[str]:
    """The tools a Chinese or Japanese sentence names in Latin letters after a cue of proficiency
    ("熟练使用MFC、WinINet、WebBrowser", "熟悉C++11", "主要用到的语言和技术是C++、Boost、Windows API"): each
    Latin name up to the clause's end, a pair joined by a slash split ("C/C++")."""
    items = [name for m in _CJK_CUE_RE.finditer(line) for name in _LATIN_NAME_RE.findall(m.group(1))]
    return [part for item in items for part in _split_slash(item.strip(".")) if part]


def cue_items(line: str) -> list[str]:
    """Skills a sentence lists after a cue ("expertise in project coordination, climate policy, and
    stakeholder engagement", "proficient in Microsoft Office Suite (Word, Excel)"), as written; a piece
    that goes on as a clause ("with a track record of ...") is no item."""
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", line):
        return list(dict.fromkeys(_cjk_cue_items(line)))
    items: list[str] = []
    for m in _CUE_RE.finditer(line):
        pieces = re.split(r"\s*(?:,|\band\b|\bor\b|&)\s*", m.group(1))
        for piece in pieces:
            piece = re.sub(r"(?i)^(?:technologies|tools|languages)\s+(?:like|such as)\s+", "", piece.strip(" .-–"))
            piece = re.sub(r"(?i)(?<=\w)\s+(?:field|fields|domain|area|areas|sector|industry)$", "", piece)  # "machine learning field"
            if not piece:
                continue
            first = piece.split()[0]
            if (ITEM_STOPWORDS.search(piece) or len(piece.split()) > 4 or not _good_item(piece)
                    or first.lower().endswith("ing") or (first.islower() and "-" in first)):
                break  # the list has ended: the rest is a clause ("building scalable ...", "fast-paced wards")
            if " " not in piece and piece.islower() and not find_all_skills(piece):
                continue  # "peers", "web": a word, not a named skill
            items.extend(_split_slash(piece))  # "proficient in C/C++": as a skills list splits it
    return list(dict.fromkeys(items + tools_used(line)))


def wrapped_cue_items(tail: str, line: str, bullet: bool = False) -> tuple[list[str], str]:
    """:func:`cue_items` of a line, read with ``tail`` (the lines before it that ended mid-sentence) when it
    goes on in lower case, as where a PDF wrapped a sentence ("expertise in project coordination, climate"
    over "policy, and stakeholder engagement."). Returns (items, the tail for the next line)."""
    wrapped = bool(tail) and line[:1].islower() and not bullet
    text = f"{tail} {line}" if wrapped else line
    return cue_items(text), ("" if re.search(r"[.!?:;]$", line) else text[-300:])


_USING_RE = re.compile(r"\b(?:using|utili[sz]ing|leveraging|orchestrated by|built with|written in|"
                       r"(?-i:[Uu]tili[sz]ed|[Ll]everaged|[Ee]mployed))\s+([^.;:()]+)", re.IGNORECASE)
# what follows a tool's name when the sentence goes on: "Utilized Memcache to optimize ...", "using Kannel for SMS"
_CLAUSE_AFTER_NAME_RE = re.compile(r"\s+(?:to|for|in|on|as|with|across|within|from|into|so)\s+[a-z].*$")
_NAME_RE = re.compile(r"(?:[A-Z][\w.#+-]*|[a-z]+[A-Z][\w.#+-]*|\w*\d\w*)(?:\s+(?:[A-Z][\w.#+-]*|\d[\w.]*)){0,3}")


def tools_used(line: str) -> list[str]:
    """Named tools a sentence says it used ("deployed inside Docker containers orchestrated by Amazon
    Elastic Beanstalk", "using PHP and Craft CMS", "using Ruby & the FireWatir test framework"): each
    piece after the cue that is a name (capitals, or a capital inside: "jQuery", "hCard"), up to the
    first piece that is not; only names the lexicon does not know (those it knows are found anyway)."""
    items: list[str] = []
    for m in _USING_RE.finditer(line):
        pieces = re.split(r"\s*(?:,|\band\b|\bor\b|&)\s*", m.group(1))
        if re.match(r"\.\w", line[m.end():]):
            pieces = pieces[:-1]  # the list stopped inside a name ("ASP.NET"): that piece is no name
        for piece in pieces:
            clause = _CLAUSE_AFTER_NAME_RE.search(piece)
            piece = piece[:clause.start()] if clause else piece  # "Memcache to optimize response times": the name
            piece = re.sub(r"^the\s+|\s+(?:test\s+)?(?:framework|library|libraries|language|platform|"
                           r"containers?|services?|stack|tools?)$", "", piece.strip(" .-–"))
            name = _NAME_RE.fullmatch(piece)
            if not name or not _good_item(piece):
                break
            if not find_all_skills(piece):  # a tool the lexicon knows is found where it stands, alone
                items.append(piece)
            if clause:
                break  # the list ended where the sentence went on
    return items


# the words that set a list's items apart in running text, in English and in the CV languages the app reads
_ITEM_BREAK_RE = re.compile(r"\s*(?:,|;|\s\+\s|\s&\s|\s(?:and|or|et|y|e|und|oder|ou|o)\s)\s*")
_NAME_WORD = r"(?:[A-Z][\w.#+-]*|[a-z]+[A-Z][\w.#+-]*|\d+[A-Za-z][\w.#+-]*)"
_LIST_NAME_RE = re.compile(rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,2}}")
_LEAD_RE = re.compile(r"^(?:e\.g\.,?|i\.e\.,?|incl\.|including|such as|like|via|and|or|und|et|y)\s+", re.IGNORECASE)
_TAIL_RE = re.compile(r"(?:\s*\.\.\.|\s+etc\.?|\.)$")


_ROLE_RE = re.compile(r"(?i)\b(?:developer|engineer|manager|designer|analyst|consultant|administrator|architect)s?$")


def _known_tool(piece: str) -> bool:
    hits = find_all_skills(piece)
    return bool(hits) and hits[0].start == 0 and hits[0].end == len(piece) and hits[0].named_tool


def _list_names(pieces: list[str], named: frozenset[str]) -> list[str]:
    """The names among the pieces of one list, when two of them or more are tools the lexicon knows (or
    ``named``, names already read from another list of the CV, in lower case): the others written as names
    (capitals, a capital inside, a digit) are tools of that list too."""
    pieces = [_TAIL_RE.sub("", _LEAD_RE.sub("", p.strip(" .-–"))).strip() for p in pieces]
    pieces = [p for p in pieces if p]
    if sum(_known_tool(p) or p.lower() in named for p in pieces) < 2:
        return []
    return [p for p in pieces if not find_all_skills(p) and _LIST_NAME_RE.fullmatch(p) and _good_item(p)
            and not ITEM_STOPWORDS.search(p) and not _ROLE_RE.search(p)]


_FINAL_AND_RE = re.compile(r"^(?:and|or|&|und|oder|et|ou|y|e|o)\s+(.*)$")
_FIRST_NAME_RE = re.compile(rf"\s({_NAME_WORD}(?: {_NAME_WORD}){{0,2}})$")


def _comma_run(clause: str) -> list[str]:
    """The pieces of a list a sentence writes with commas ("with Jenkins, GitHub, Ansible and AWS to deploy"
    -> Jenkins, GitHub, Ansible, AWS): the name that ends the words before the first comma, the pieces
    between (up to one that is no name), and the name that opens the last piece after "and"; [] for fewer
    than three pieces."""
    parts = [p.strip() for p in clause.split(",")]
    if len(parts) < 3 and not (len(parts) == 2 and re.search(r"\s(?:and|or|&)\s", parts[1])):
        return []  # "X, Y and Z" holds three
    first = _FIRST_NAME_RE.search(" " + parts[0])
    pieces = [first.group(1)] if first else []
    for part in parts[1:]:
        final = _FINAL_AND_RE.match(part)
        if " and " in part and not final:  # "Python and SQL, ...": two names in one piece
            part, _, after = part.partition(" and ")
            final = _FINAL_AND_RE.match("and " + after)
            pieces.append(part)
        name = _LIST_NAME_RE.match(final.group(1) if final else part)
        if final:
            pieces += [name.group(0)] if name else []
            break
        if not name or name.group(0) != part:
            pieces += [name.group(0)] if name and _known_tool(name.group(0)) else []
            break
        pieces.append(part)
    return pieces


def listed_names(line: str, named: frozenset[str] = frozenset()) -> list[str]:
    """Tools the lexicon does not know, named in running text among tools it knows: in a bracket ("a door
    phone (Yocto Project, Java, Python, Pjsip)"), or in a list of three or more ("in a Python, Pyramid and
    SQLAlchemy stack"), as written; each piece written as a name (capitals, a capital inside, a digit), in a
    list where two pieces or more are known tools."""
    names: list[str] = []
    for m in re.finditer(r"\(([^()]{3,160})\)", line):
        names += _list_names(_ITEM_BREAK_RE.split(m.group(1)), named)
    for clause in re.split(r"\([^()]*\)|[.;:!?](?:\s|$)", line):
        names += _list_names(_comma_run(clause), named)
    return list(dict.fromkeys(names))


def named_in_lists(lines: list[str], text: str) -> list[str]:
    """:func:`listed_names` of each line, read twice so that a name one list gave counts as known in
    another ("(Yocto Project, Java, Python, Pjsip)" then "(VoIP, Pjsip, Asterisk)"); none in a CV written in
    German, whose nouns all open with a capital ("(Datenanalyse, SQL, Python, Reporting)")."""
    if not any("(" in line or line.count(",") >= 2 for line in lines) or detect_language(text[:4000]) == "de":
        return []
    lines = [line for line in lines if not re.match(r"[^:,]{1,40}:\s", line)]  # "Courses: ...", "Tech: ...": read apart
    names: list[str] = []
    for _ in range(2):
        named = frozenset(n.lower() for n in names)
        names = list(dict.fromkeys(n for line in lines for n in listed_names(line, named)))
    return names
