"""CV skills named in running text: the skills a sentence lists after a cue of proficiency ("expertise in
project coordination, climate policy"), in Chinese after 熟练使用, and the named tools a sentence says it
used ("using PHP and Craft CMS"); each as written (moved out of :mod:`core.analysis.cv_skills`, which
reads skills lists).
"""

from __future__ import annotations

import logging
import re

from core.analysis.cv_skills import ITEM_STOPWORDS, _good_item, _split_slash
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
