"""CV line cleaning: one line of a CV's text without its Markdown or HTML markup, icon glyphs, page stamps
("1/2") and the spacing accents and letter-spacing a PDF's text layer leaves. Used by :mod:`core.analysis.cv_lines`
(which re-exports :func:`clean_line`), :mod:`core.analysis.cv_layout` and :mod:`core.analysis.job_lines`."""

from __future__ import annotations

import html
import re
import unicodedata

from core.analysis.cv_sections import _ORNAMENT_AFTER_RE, section_kind

# Glyphs of icon fonts (Font Awesome etc. sit in the Private Use Area) and decorative symbols.
_GLYPH_RE = re.compile(r"[\ue000-\uf8ff\U000f0000-\U0010ffff\u2600-\u27bf\U0001f000-\U0001faff\u2190-\u21ff\u25a0-\u25ff]")
# "1/2", "Page 2 of 3", and a running footer ending in one ("Alexander Chung | resume | 1 of 1")
_PAGE_STAMP_RE = re.compile(r"^(?:[^|]{1,40}\|){0,3}\s*(?:page\s+)?\d{1,2}\s*(?:/|of)\s*\d{1,2}\s*$", re.IGNORECASE)
# a Markdown table's separator row ("| --- | :---: |"): no text
_TABLE_RULE_RE = re.compile(r"\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?")
_SPACED_CAPS_RE = re.compile(r"^(?:[A-Z] ){2,}[A-Z](?:\s{2,}(?:[A-Z] ){1,}[A-Z])*$")


# a spacing accent written before its letter, as pdfTeX's older fonts put it in the text layer ("f¨ur", "Universit´e")
_COMBINING = {"\u00a8": "\u0308", "\u00b4": "\u0301", "\u02c6": "\u0302", "\u02dc": "\u0303", "\u00b8": "\u0327"}
_SPACING_ACCENT_RE = re.compile(r"([\u00a8\u00b4\u02c6\u02dc\u00b8])([A-Za-z])")


def clean_line(raw: str) -> str:
    """The line without Markdown or HTML markup, icon glyphs or page stamps ("1/2"), spaces collapsed."""
    icon = _ICON_BEFORE_RE.match(raw)
    if icon and section_kind(clean_line(raw[icon.end():])):
        raw = raw[icon.end():]  # "ŵ Education": an icon font's glyph read as a letter before a heading
    raw = _SPACING_ACCENT_RE.sub(lambda m: unicodedata.normalize("NFC", m.group(2) + _COMBINING[m.group(1)]), raw)
    text = unicodedata.normalize("NFKC", raw)
    text = re.sub(r"(?<=\s)[\u2010\u2011](?=\s)|(?<=\d)[\u2010\u2011](?=\d)", "-", text)  # a PDF's (non-breaking) hyphen
    # between dates ("09/2022 ‐ 09/2024", "2023‐2024"); inside a word it stays as written ("Fiori‐Apps")
    text = _GLYPH_RE.sub(" ", text)
    text = html.unescape(re.sub(r"<[^>]{1,200}>", " ", text))  # tags out, entities read ("Intake &amp; Triage")
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)  # [text](url) -> text
    text = re.sub(r"^\s{0,3}#{1,6}\s*(.*?)(?:\s+#+)?\s*$", "\\1", re.sub(r"^\s*(?:>\s?)+", "", text))  # "> ### 2019: Title", "### Work ###"
    # a heading ruled out to the margin with underscores or equals signs ("Ausbildung ______", a Word template's rule)
    text = re.sub(r"(?<=\S)\s+(?:_{3,}|={3,})\s*$", "", text)
    text = re.sub(r"(\*\*|__|\*|`)", "", text)
    text = re.sub(r"(?<![A-Za-z0-9])_(?=\S)|(?<=\S)_(?![A-Za-z0-9])", "", text)
    text = re.sub(r"\\([\\&%$#_{}-])", r"\1", text)
    if not _ORNAMENT_AFTER_RE.fullmatch(text.strip()):  # not "EDUCATIONaa\\", a decorative font's ornament
        text = re.sub(r"(?<!\\)\\\s*$", "", text)  # a Markdown hard line break ("Acme GmbH, Berlin\\")
    if _PAGE_STAMP_RE.match(text) or re.fullmatch(r"\s*(?:-{3,}|={3,}|\*{3,}|_{3,}|[.…·]{3,})\s*", raw) or _TABLE_RULE_RE.fullmatch(raw):
        return ""
    text = _CJK_LATIN_RE.sub(" ", text)  # "熟练使用STL和Boost库" -> "熟练使用 STL 和 Boost 库": the Latin names stand apart
    text = re.sub(r"(?<!\d)((?:19|20)\d\d)(?=[A-Z][a-z])", r"\1 ", text)  # "September 2023Zawati": a PDF's gap lost
    text = re.sub(r"[ \t\u00a0]+", " ", text).strip()
    if _SPACED_CAPS_RE.match(text):  # "S U M M A R Y" from letter-spaced PDF headings
        text = " ".join(part.replace(" ", "") for part in re.split(r"\s{2,}", text))
    return text


# Where a CJK character meets a Latin letter or digit (no space in Chinese or Japanese text).
_CJK_LATIN_RE = re.compile(r"(?<=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff])(?=[A-Za-z0-9])|"
                           r"(?<=[A-Za-z0-9+#])(?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff])")


# One character outside ASCII standing alone before a heading: an icon font's glyph that a PDF's text layer
# maps to a letter or a mark ("ŵ Education", "¥ Contact", "Ĳ Languages", a combining mark alone).
_ICON_BEFORE_RE = re.compile(r"\s*[^\x00-\x7f]\s+(?=\S)")


# LaTeX in a CV's Markdown (R Markdown's "vitae" templates write entries as "\textbf{Title}\hfill{\footnotesize
# Employer}\newline" inside longtables): what is kept, what stands for a separator, what goes
_LATEX_CMD_RE = re.compile(r"\\[a-zA-Z]+")
_LATEX_UNWRAP_RE = re.compile(r"\\(?:textbf|textit|textsc|emph|underline|mbox|text|footnotesize|small|large|Large)\s*\{([^{}]*)\}")
_LATEX_SIZE_RE = re.compile(r"\{\\(?:footnotesize|small|scriptsize|large|Large|bfseries|itshape)\s+([^{}]*)\}")
_LATEX_DROP_RE = re.compile(r"\\(?:begin|end)\{[^{}]*\}(?:\{[^{}]*\})*|\\parbox(?:\[[^\]]*\])?\{[^{}]*\}\{?|"
                            r"\\vspace\{[^{}]*\}|\\(?:newline|newpage|clearpage|par|empty|noindent|hfill|\\)(?![a-zA-Z])")


def without_latex(text: str) -> str:
    """A CV's text with its LaTeX markup read out, when it has some (five commands or more): "\\textbf{Analyst}\\hfill
    {\\footnotesize Acme}\\newline" -> "Analyst | Acme", "\\item Led ..." -> "- Led ...", a longtable's "2019-2021 &
    \\parbox[t]{...}{%" -> "2019-2021", environments, spacing and line ends dropped; any other text as it is."""
    if len(_LATEX_CMD_RE.findall(text)) < 5:
        return text
    out = []
    for line in text.splitlines():
        line = "" if line.lstrip().startswith(("\\begin", "\\end")) else line  # a table's column spec too
        line = re.sub(r"\\hfill\s*", " | ", line)
        line = re.sub(r"^\s*\\item\s*", "- ", line)
        for _ in range(2):  # "\textbf{\emph{x}}": nested once
            line = _LATEX_SIZE_RE.sub(r"\1", _LATEX_UNWRAP_RE.sub(r"\1", line))
        line = _LATEX_DROP_RE.sub("", line).replace("\\~", " ")
        line = re.sub(r"\s*&\s*$", "", re.sub(r"%\s*$", "", line))
        line = re.sub(r"[{}]", "", line).strip()
        out.append(re.sub(r"\s*\|\s*$", "", line))
    return "\n".join(out)
