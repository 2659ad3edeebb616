"""Plain text uploads (TXT, MD): decode whatever encoding a CV was saved in, refuse binaries."""

from __future__ import annotations

import unicodedata

from core.documents.clean import clean_text
from core.documents.errors import document_error

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16/32 with BOM, BOM-less UTF-16, then cp1252/latin-1."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if len(data) >= 4:
        even_nuls = data[0::2].count(0) / len(data[0::2])
        odd_nuls = data[1::2].count(0) / len(data[1::2])
        if odd_nuls > 0.3 and even_nuls < 0.05:
            return data.decode("utf-16-le", errors="replace")
        if even_nuls > 0.3 and odd_nuls < 0.05:
            return data.decode("utf-16-be", errors="replace")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def looks_binary(text: str) -> bool:
    """True when more than 1% of the first 20,000 characters are control or replacement characters."""
    if not text:
        return False
    sample = text[:20000]
    bad = sum(
        1 for ch in sample
        if (unicodedata.category(ch) in ("Cc", "Co", "Cs") and ch not in "\n\r\t\f") or ch == "\ufffd"
    )
    return bad > max(2, len(sample) // 100)


def extract_plain(data: bytes, filename: str, *, strict: bool) -> str:
    """Clean text of a text file; ``strict`` (a file named .pdf/.docx) calls binary content damaged."""
    text = decode(data)
    if looks_binary(text):
        raise document_error("damaged" if strict else "not_text", filename)
    text = clean_text(text)
    if not text.strip():
        raise document_error("empty", filename)
    return text
