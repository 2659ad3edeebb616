"""Icon-font glyphs that a PDF's text layer gives as ordinary letters.

LaTeX and HTML CV templates draw their icons (an envelope before the e-mail address, a pin before the
town, a bullet before each description) with icon fonts such as Font Awesome. Fonts embedded with a
Unicode map give those glyphs private-use code points, which the cleaning drops; fonts embedded without
one give the glyph's code as a letter ("f Developed a Python package", "a name@example.org"), which no
text rule can tell from a word. PDFium names each glyph's font (``FPDFText_GetFontInfo``), so a lone
glyph (spaces on both sides) in an icon font is found here with the text that follows it, and dropped
from that place of the page's text (:func:`drop_icons`).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from typing import Any

log = logging.getLogger(__name__)

# Icon and dingbat fonts by their names (a subset prefix "VNCDQQ+" may come first): Font Awesome,
# Academicons, Material icons, Octicons, Ionicons, Devicons, Simple Icons, Bootstrap/Remix/Box icons,
# marvosym, Wingdings/Webdings and ZapfDingbats.
ICON_FONT_RE = re.compile(
    r"(?i)fontawesome|font ?awesome|academicons|material ?(?:icons|symbols)|octicons|ionicons|devicons?|"
    r"simple-?icons|bootstrap-?icons|remixicon|boxicons|typicons|fontello|icomoon|tabler-?icons|"
    r"marvosym|wingdings|webdings|dingbat|nerdfont|nerd font",
)
_FOLLOW = 12  # non-space characters of the text after an icon that place it in the page's text


def icon_marks(textpage: Any) -> list[tuple[str, str]]:
    """The page's lone icon-font glyphs, each as (glyph as text, the next ``_FOLLOW`` non-space characters
    after it, "" at a line's end), in drawing order."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    count = textpage.count_chars()
    text = textpage.get_text_range(0, count)
    if len(text) != count:
        return []
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    marks: list[tuple[str, str]] = []
    for index, ch in enumerate(text):
        if not (ch.isascii() and ch.isalnum()) or (index and not text[index - 1].isspace()) or (
                index + 1 < count and not text[index + 1].isspace()):
            continue
        pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, name, len(name), ctypes.byref(flags))
        if ICON_FONT_RE.search(name.value.decode("latin-1")):
            after = "".join(text[index + 1:index + 1 + 4 * _FOLLOW].split("\n")[0].split())[:_FOLLOW]
            marks.append((ch, after))
    return marks


_LIGATURE_RE = re.compile("[\ufb00-\ufb06]")  # "ﬁ", "ﬃ": one reader may give the ligature, the other its letters


def _unligatured(text: str) -> str:
    return _LIGATURE_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)


def drop_icons(text: str, marks: list[tuple[str, str]]) -> str:
    """``text`` without each icon glyph of ``marks`` where it stands alone before the text that followed it
    on the page (compared without spaces, ligatures as their letters); a glyph found nowhere is left alone."""
    if marks:
        text = _unligatured(text)
    for glyph, after in marks:
        follow = r"\s*".join(re.escape(ch) for ch in _unligatured(after))
        pattern = rf"(?:(?<=\s)|^){re.escape(glyph)}\s+(?={follow})" if after else rf"(?:(?<=\s)|^){re.escape(glyph)}[ \t]*$"
        text = re.sub(pattern, "", text, count=1, flags=re.MULTILINE)
    return text
