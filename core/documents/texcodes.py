"""Letters of PDF text drawn in TeX's bitmap fonts, and a mark for glyphs no reader can name.

pdfTeX and dvips draw a font TeX has only as a bitmap (the EC fonts of ``\\usepackage[T1]{fontenc}``
without cm-super, most often) as a Type 3 font with no ToUnicode map and glyphs named ``/a0`` to ``/a255``.
No reader can map such a glyph: pypdf and PDFium (and poppler's pdftotext) all return the character code
itself, so the ligatures TeX draws as one glyph come out as control characters ("Pro\\x1cle" for
"Profile", "Cardi\\x1b" for "Cardiff") that a cleaner then drops without a word. The code is the glyph's
slot in the TeX font encoding, so the slots below 32 are read with the encoding tables of the LaTeX
Project's *LaTeX font encodings* guide (encguide, 2016), sections on T1 (Cork) and OT1:

- T1: 0x1B-0x1F the ff, fi, fl, ffi, ffl ligatures, 0x15/0x16 the en and em dashes, 0x10-0x14 and
  0x0D-0x0F quotation marks, 0x17 the invisible compound-word mark, 0x19/0x1A dotless i and j;
  0xFF is ß (Latin-1's ÿ, as pypdf reads the code; T1's ÿ is 0xB8);
- OT1 (Knuth's CM fonts): 0x0B-0x0F the ff, fi, fl, ffi, ffl ligatures, 0x10/0x11 dotless i and j,
  0x19-0x1F ß, æ, œ, ø, Æ, Œ, Ø.

A page is read as OT1 when one of OT1's ligature slots (0x0B-0x0F) touches a letter, T1 otherwise (T1 puts
accents and quotation marks there, never inside a word). A C0 control character left after that (or on a page
drawn in no TeX bitmap font; DEL and the C1 range are left to the cleaner, which reads them as WinAnsi's bullet and
cp1252) is a glyph whose letters are unknown: it becomes U+FFFD "\ufffd", which the
cleaner keeps, and :func:`unread_letters_warning` asks the user to check the text.
"""

from __future__ import annotations

import re
from typing import Any

UNREAD = "\ufffd"

_T1 = {
    0x0D: "‚", 0x0E: "‹", 0x0F: "›", 0x10: "“", 0x11: "”", 0x12: "„", 0x13: "«", 0x14: "»", 0x15: "–", 0x16: "—",
    0x17: "", 0x19: "i", 0x1A: "j", 0x1B: "ff", 0x1C: "fi", 0x1D: "fl", 0x1E: "ffi", 0x1F: "ffl",
}
_OT1 = {
    0x0B: "ff", 0x0C: "fi", 0x0D: "fl", 0x0E: "ffi", 0x0F: "ffl", 0x10: "i", 0x11: "j",
    0x19: "ß", 0x1A: "æ", 0x1B: "œ", 0x1C: "ø", 0x1D: "Æ", 0x1E: "Œ", 0x1F: "Ø",
}
# An OT1 ligature slot inside or at the edge of a word ("\x0cnd", "e\x0bort"); "\r" only between letters, as
# pypdf ends its lines with "\n" and PDFium with "\r\n".
_OT1_LIGATURE = re.compile(r"(?<=[^\W\d_])[\x0b\x0c\x0e\x0f]|[\x0b\x0c\x0e\x0f](?=[^\W\d_])|(?<=[^\W\d_])\r(?=[^\W\d_])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]|\r(?!\n)")
# Form feed and vertical tab outside a TeX font are line breaks (clean_text).
_UNREAD_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]|\r(?!\n)")
# pdfTeX's names for the glyphs of a bitmap (PK) font: /a0 ... /a255
_TEX_GLYPH = re.compile(r"/a\d{1,3}")


def tex_bitmap_page(page: Any) -> bool:
    """Whether a pypdf page draws text in a TeX bitmap font: a Type 3 font with no ``/ToUnicode`` whose
    ``/Differences`` name its glyphs ``/a<code>`` (pdfTeX, dvips). Fonts of form XObjects are not looked at."""
    try:
        fonts = page.get("/Resources").get_object().get("/Font")
        fonts = fonts.get_object().values() if fonts is not None else []
        for ref in fonts:
            font = ref.get_object()
            if font.get("/Subtype") != "/Type3" or "/ToUnicode" in font:
                continue
            encoding = font.get("/Encoding")
            differences = encoding.get_object().get("/Differences", []) if encoding is not None else []
            names = [str(item) for item in differences if isinstance(item, str) and item != "/.notdef"]
            if names and all(_TEX_GLYPH.fullmatch(name) for name in names):
                return True
    except Exception:  # noqa: BLE001 - a broken font dictionary means "no TeX font found"
        return False
    return False


def tex_text(text: str, tex_fonts: bool) -> str:
    """``text`` (one page) with TeX's slots read as letters when ``tex_fonts`` (:func:`tex_bitmap_page`), and
    each C0 control character still left (other than newline, tab, form feed and vertical tab) as :data:`UNREAD`."""
    if tex_fonts:
        table = _OT1 if _OT1_LIGATURE.search(text) else _T1
        text = _CONTROL.sub(lambda m: table.get(ord(m.group(0)), m.group(0)), text)
        if table is _T1:
            text = text.replace("ÿ", "ß")
    if not _CONTROL.search(text):
        return text
    return _UNREAD_CONTROL.sub(UNREAD, text)


def unread_letters_warning(text: str) -> str | None:
    """A sentence for a text holding :data:`UNREAD` characters (glyphs the PDF gives no letters for), else ``None``."""
    count = text.count(UNREAD)
    if not count:
        return None
    what = "1 character" if count == 1 else f"{count} characters"
    return (f"{what} of this CV could not be read from the file and show as “{UNREAD}”: its fonts give no letters "
            "for them. They are often the “fi”, “ff” or “fl” of words such as “Profile” or “Cardiff”. Check the CV "
            "text above and type the missing letters in.")
