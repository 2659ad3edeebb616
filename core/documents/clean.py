"""Normalising extracted text: spaces, newlines, bullets, hyphens, and the leftovers of layout.

Leftovers are what a page draws but a reader does not read as text: icon-font glyphs (Font
Awesome's private-use characters and glyph names such as "/linkedin-in"), page stamps ("1/2",
"Page 1 of 2", "· page 1") and headers or footers repeated on every page.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

_LIGATURES = str.maketrans({
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u3000": " ", "\u2028": "\n", "\u2029": "\n",
    "\f": "\n", "\v": "\n",
})
_C1 = re.compile("[\x80-\x9f]")
_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff]")
# U+00AD at a line end joins the word; anywhere else it stands for the "-" it was drawn as (LuaTeX
# and WinAnsi fonts encode the hyphen as 0xAD, so "2019-2023" arrives as "2019\xad2023").
_SOFT_HYPHEN_BREAK = re.compile("\u00ad[ \t]*\n[ \t]*")
# Bullet glyphs seen in CVs, including the private-use code points of Symbol/Wingdings fonts.
_BULLET_GLYPHS = "•●○◦▪▫■□◆◇►▶▸▹➢➤→‣⁃∙·✓✔➔❖\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf0e0"
# "ˆ " (U+02C6) opening a line: LaTeX's \textbullet in a font pypdf maps to the circumflex (newcomer, session 23: a
# moderncv-like CV's every bullet kept a stray "ˆ")
_BULLET_LINE = re.compile(rf"^(?:[{_BULLET_GLYPHS}]\s*|[-*–—+ˆ]\s+)(?=\S)")
_BULLET_ALONE = re.compile(rf"^(?:[{_BULLET_GLYPHS}]|[-*–—ˆ])$")
# Tried at word starts only (the lookbehind), so linear: unanchored, the word was rescanned from each of its letters.
_HYPHEN_BREAK = re.compile(r"(?<![^\W\d_])([^\W\d_]+)-\n(?=[^\W\d_A-Z])")
# Words that end a real compound (self-motivated), so a break after them keeps its hyphen.
_COMPOUND_PREFIXES = frozenset({
    "self", "well", "cross", "full", "part", "non", "co", "ex", "front", "back", "high", "low", "long",
    "short", "real", "hands", "fast", "open", "cloud", "data", "user", "team", "client", "customer",
    "end", "multi", "large", "small", "cost", "time", "world", "detail", "results", "goal", "mission",
})

# Private-use characters left after bullets are mapped: icon fonts (Font Awesome, Material Icons).
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")
# Icon glyph names that some fonts extract as text: "/linkedin-in", "/envelope", "♂¶obile-alt".
_ICON_NAMES = (
    r"envelope|phone|mobile|linkedin|github|gitlab|globe|home|map-marker|location-dot|location-arrow|"
    r"link|twitter|x-twitter|xicon|stack-overflow|medium|user|users|at|birthday-cake|car|calendar|briefcase|"
    r"heartbeat|chart-line|chart-bar|trophy|female|male|book|book-open|graduation-cap|code|laptop|star|heart|"
    r"award|certificate|lightbulb|language|flag"
)
_ICON_TOKEN = re.compile(
    rf"(?<!\S)(?:/(?:{_ICON_NAMES})(?:-(?:alt|in|square|circle|solid|o))*"
    r"|(?:/|[^\w\s\"'“”‘’()\[\]{}—–\-.,;:!?]{1,3})[a-z]+(?:-[a-z]+)*-(?:alt|in|square|circle|solid)"
    # a glyph name whose letters the icon font maps to symbols ("♂¶ap-¶arker", "/gl⌢be", "/char◎-line"),
    # or one after a gender sign standing for the icon ("♂phone")
    r"|[♂♀/]?[a-z¶⌢◎-]*[¶⌢◎][a-z¶⌢◎-]*|[♂♀][a-z]+(?:-[a-z]+)*)(?!\S)"
)
# Page stamps on a line of their own, or at the end of one ("Jordan Avery · page 2").
_PAGE_STAMP_LINE = re.compile(
    r"^(?:\d{1,3}\s*/\s*\d{1,3}|(?:page|p\.|seite|página|pagina)\s*\d{1,3}(?:\s*(?:of|/|von|de|di)\s*\d{1,3})?"
    r"|-\s*\d{1,3}\s*-|\d{1,3}\s+of\s+\d{1,3})$",
    re.IGNORECASE,
)
_PAGE_STAMP_TAIL = re.compile(
    r"\s*[·|•–—-]\s*(?:page|p\.)\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?$", re.IGNORECASE
)


def _from_cp1252(match: re.Match[str]) -> str:
    try:
        return bytes([ord(match.group(0))]).decode("cp1252")
    except UnicodeDecodeError:
        return ""


def _join_hyphen(match: re.Match[str]) -> str:
    word = match.group(1)
    after = re.match(r"[^\W\d_]+", match.string[match.end():])
    keep = word.lower() in _COMPOUND_PREFIXES or (after is not None and _hyphenated(word, after.group(0)))
    return f"{word}-" if keep else word


# How common (wordfreq Zipf, English) a word after a line-end hyphen must be to be a word of its own, and under which
# the two parts written together are no common word: "near-\nmiss" is "near-miss" (joined "nearmiss" is no word),
# "manage-\nment" is "management", "infor-\nmation" is "information" ("mation" is no word).
_OWN_WORD_ZIPF = 3.0
_JOINED_WORD_ZIPF = 3.0


def _hyphenated(first: str, second: str) -> bool:
    """Whether a word broken at a line end as ``first``-``second`` is a hyphenated compound ("near-miss", "care-home",
    "sign-off"): ``second`` is a word of its own, the two written together are rare or no word, and the hyphenated
    form is clearly more common than the joined one (wordfreq, via :func:`core.analysis.language.zipf`). A word of
    another language ("Kunden-\nservice") has no hyphenated English form and is joined as before (session 22)."""
    from core.analysis.language import zipf  # wordfreq loads on first use

    joined = zipf((first + second).lower())
    return (zipf(second.lower()) >= _OWN_WORD_ZIPF and joined < _JOINED_WORD_ZIPF
            and zipf(f"{first}-{second}".lower()) > joined + 1)


def _normalise_characters(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_LIGATURES)
    text = unicodedata.normalize("NFC", text)
    text = _SOFT_HYPHEN_BREAK.sub("", text).replace("\u00ad", "-")
    text = _ZERO_WIDTH.sub("", text)
    # WinAnsi PDFs may yield DEL for a bullet; C1 controls are cp1252 characters decoded as latin-1.
    text = re.sub(r"(?m)^([ \t]*)\x7f", r"\1•", text)
    text = _C1.sub(_from_cp1252, text)
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")


# A tab stop between two runs of text (a DOCX's "Software Engineer<tab>2019 – 2021", "Languages:<tab>Python")
# reads as a column break; after a label's colon, a bullet or a list number it is only a space.
_INNER_TAB = re.compile(r"(?<=\S)[ \t]*\t[ \t]*(?=\S)")
_TAB_AS_SPACE = re.compile(rf"^\s*(?:[{_BULLET_GLYPHS}\-*–—+]|\(?\w{{1,3}}[.)])$|:$")


def _tabs(line: str) -> str:
    """A line's inner tab stops as " | " (a column break), or as a space after a label's colon, a bullet
    or a list number ("1.<tab>Text"); tabs at the ends dropped."""
    if "\t" not in line:
        return line
    line = line.strip()
    out, last = [], 0
    for m in _INNER_TAB.finditer(line):
        before = line[last:m.start()]
        out.append(before)
        head = "".join(out)
        out.append(" " if _TAB_AS_SPACE.search(head) else " | ")
        last = m.end()
    out.append(line[last:])
    return "".join(out)


def _strip_leftovers(line: str, private_use: bool) -> str:
    """A line without icon glyphs or a trailing page stamp; "" when the line is only a stamp."""
    if private_use and not _BULLET_LINE.match(line):
        line = " ".join(_PRIVATE_USE.sub("", line).split())
    if _PAGE_STAMP_LINE.match(line):
        return ""
    if "age" in line or "p." in line or "PAGE" in line:
        line = _PAGE_STAMP_TAIL.sub("", line)
    return line


# A line that is only a date range opened by a dash ("— Sept 2020 – Present", "– 03/2019 – heute"): a narrow column
# wrapped an entry header before its dates; it goes back on the header's line (three words or more, no year, no
# bullet and no full stop), never a bullet of its own.
_DATE = r"(?:(?:[^\W\d_]{3,9}\.?\s+)?(?:19|20)\d{2}|\d{1,2}\s*[/.]\s*(?:19|20)\d{2})"
_WRAPPED_DATES = re.compile(rf"^[—–]\s*{_DATE}\s*(?:[-–—]|to)\s*(?:{_DATE}|[^\W\d_]+(?:['’][^\W\d_]+)?)$")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _wrapped_dates(lines: list[str], line: str) -> bool:
    """Whether ``line`` is the dates of the header line before it, wrapped (:data:`_WRAPPED_DATES`)."""
    above = lines[-1] if lines else ""
    return (bool(_WRAPPED_DATES.match(line)) and len(above.split()) >= 3 and not above.startswith("- ")
            and not _YEAR.search(above) and not above.endswith((".", ":", ";")))


def clean_text(text: str) -> str:
    """Normalise extracted text: one kind of newline and space, no control characters, bullets as
    ``- `` on their own lines, words hyphenated at line ends joined, a soft hyphen elsewhere read as
    "-", icon glyphs and page stamps removed, at most one blank line."""
    text = _normalise_characters(text)
    text = _ICON_TOKEN.sub("", text)
    private_use = bool(_PRIVATE_USE.search(text))
    lines: list[str] = []
    pending_bullet = False
    for raw in text.split("\n"):
        line = " ".join(_tabs(raw).split())
        if _BULLET_ALONE.match(line):
            pending_bullet = True
            continue
        if line and not pending_bullet and _wrapped_dates(lines, line):
            lines[-1] = f"{lines[-1]} {line}"
            continue
        if line:
            line = _strip_leftovers(_BULLET_LINE.sub("- ", line), private_use)
            if not line:
                continue  # a line that was only a stamp or an icon goes, with no blank line left behind
            if pending_bullet and not line.startswith("- "):
                line = "- " + line
            pending_bullet = False
        lines.append(line)
    text = "\n".join(lines)
    text = _HYPHEN_BREAK.sub(_join_hyphen, text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n").strip()


def drop_repeated_margins(pages: list[str], *, margin: int = 2) -> list[str]:
    """Pages without the headers and footers repeated on them.

    A line among the first or last ``margin`` non-blank lines of every page (at least two pages),
    compared without its page stamp ("Jordan Avery · page 2" repeats "Jordan Avery · page 1"), its
    spaces, case and closing page number ("OKTOBER 2024 J. DOE · CV 3 OF 10" repeats "... 2 OF 10",
    even where one page lost its spaces), is kept on the first page only, and there too it goes when
    the first page says it again (a footer "Jordan Avery · page 1" above the name in the title) or
    when it is among the page's last lines (a footer: the name was read in the title above it)."""
    if len(pages) < 2:
        return pages
    split = _without_page_numbers([page.split("\n") for page in pages])
    counts: Counter[str] = Counter()
    for lines in split:
        counts.update(set(_margin_lines(lines, margin)))
    repeated = {line for line, count in counts.items() if count == len(pages) and len(line) > 2}
    if not repeated:
        return pages
    first = split[0]
    on_first = Counter(_margin_key(line) for line in first)
    edges = _margin_indexes(first, margin)
    footer = set(edges[-margin:])
    stamped = [i for i in set(edges) if _margin_key(first[i]) in repeated and (i in footer or (
        on_first[_margin_key(first[i])] > 1 and _margin_key(first[i]) != _loose(first[i])))]
    out = ["\n".join(line for index, line in enumerate(first) if index not in stamped)]
    for lines in split[1:]:
        edges = set(_margin_indexes(lines, margin))
        out.append("\n".join(
            line for index, line in enumerate(lines) if not (index in edges and _margin_key(line) in repeated)
        ))
    return out


def _without_page_numbers(split: list[list[str]], reach: int = 4) -> list[list[str]]:
    """The pages' lines without a bare page number ("2" on page 2) among each page's first or last ``reach``
    non-blank lines, when every page has one (below a running header it is not among the first two)."""
    found = []
    for number, lines in enumerate(split, 1):
        filled = [i for i, line in enumerate(lines) if line.strip()]
        at = [i for i in filled[:reach] + filled[-reach:] if lines[i].strip() == str(number)]
        if not at:
            return split
        found.append(at[0])
    return [[line for i, line in enumerate(lines) if i != drop] for lines, drop in zip(split, found, strict=True)]


def repeats_the_body(line: str, body: set[str]) -> bool:
    """True for a header or footer line that says nothing the body does not: each of its parts (split at
    " · ", " | ", " – ") is a line of the body, a generic label ("CV", "Curriculum Vitae") or a page stamp.
    ``body`` holds the body's lines as :func:`body_keys` gives them."""
    parts = [part for part in _MARGIN_PARTS.split(_key(line)) if part]
    return all(part.casefold() in body or part.casefold() in _GENERIC_MARGIN for part in parts)


def body_keys(lines: list[str]) -> set[str]:
    """The lines as :func:`repeats_the_body` compares them (spaces collapsed, page stamp gone, casefolded)."""
    return {_key(line).casefold() for line in lines if line.strip()}


_GENERIC_MARGIN = {"cv", "resume", "résumé", "curriculum vitae", "curriculum vitæ", "confidential"}
_MARGIN_PARTS = re.compile(r"\s+[·|•–—-]\s+")


def _margin_indexes(lines: list[str], margin: int) -> list[int]:
    filled = [index for index, line in enumerate(lines) if line.strip()]
    return filled[:margin] + filled[-margin:]


def _margin_lines(lines: list[str], margin: int) -> list[str]:
    return [_margin_key(lines[index]) for index in _margin_indexes(lines, margin)]


def _key(line: str) -> str:
    """A line as margins are compared: spaces collapsed, without a page stamp ("" when only a stamp)."""
    line = " ".join(line.split())
    if _PAGE_STAMP_LINE.match(line):
        return ""
    return _PAGE_STAMP_TAIL.sub("", line)


def _margin_key(line: str) -> str:
    """:func:`_key` casefolded, without spaces, a closing page number read as "#"."""
    return _loose(_key(line))


def _loose(line: str) -> str:
    return _PAGE_NUMBER_END.sub("#", re.sub(r"\s+", "", line)).casefold()


# A page number closing a running header or footer: "... 3", "... 3 of 10", "... 3/10" (spaces gone).
_PAGE_NUMBER_END = re.compile(r"\d{1,3}(?:(?:of|/|von|de|sur)\d{1,3})?$", re.IGNORECASE)
