"""Text of a Word ``w:altChunk``: an HTML, XHTML, MHT (web archive) or plain-text part that Word
merges into the document when it opens it. Some CV builders put the whole CV in one.

HTML is parsed by lxml (already a python-docx dependency) and MHT by the standard library's e-mail
parser; nothing is fetched, run or rendered.
"""

from __future__ import annotations

import email
import logging
from email import policy
from typing import Any

import lxml.html

log = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_MHT_TYPES = ("message/rfc822", "multipart/related", "application/x-mimearchive")
# Elements that start a line of their own when HTML is read as text.
_BLOCKS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "ul", "ol", "section", "article",
    "header", "footer", "blockquote", "pre", "dt", "dd", "title",
})
_BREAK = "\u2029"  # a line break we put in, told apart from the source's own newlines


def chunk_text(content_type: str, blob: bytes) -> str:
    """The readable text of an altChunk part's bytes ("" for a type that holds no text we read)."""
    content_type = (content_type or "").split(";")[0].strip().lower()
    if content_type in _HTML_TYPES:
        return html_text(blob)
    if content_type in _MHT_TYPES:
        return html_text(_mht_html(blob))
    if content_type == "text/plain":
        return blob.decode("utf-8", errors="replace")
    log.info("altChunk of type %r skipped", content_type)
    return ""


def html_text(html: bytes | str) -> str:
    """Text of an HTML document, one line per block element, list items as ``- `` lines."""
    if not html or not (html.strip() if isinstance(html, str) else html.strip()):
        return ""
    root = lxml.html.document_fromstring(html)
    for bad in root.xpath("//script|//style|//head"):
        bad.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str):
            _mark_breaks(element, element.tag.lower())
    segments = root.text_content().split(_BREAK)
    lines = (" ".join(segment.split()).strip(" |") for segment in segments)
    return "\n".join(line for line in lines if line)


def _mark_breaks(element: Any, tag: str) -> None:
    """Put a break marker before and after a block element, after a ``br``, and a bar after a cell;
    whitespace in the source (newlines included) stays mere space."""
    if tag == "br":
        element.tail = _BREAK + (element.tail or "")
    elif tag in _BLOCKS:
        element.text = _BREAK + ("- " if tag == "li" else "") + (element.text or "")
        element.tail = _BREAK + (element.tail or "")
    elif tag in ("td", "th"):
        element.tail = " | " + (element.tail or "")


def _mht_html(blob: bytes) -> bytes | str:
    """The first HTML part of a MIME web archive (MHT), decoded; else its first text part."""
    message = email.message_from_bytes(blob, policy=policy.default)
    fallback: str = ""
    for part in message.walk():
        if part.is_multipart():
            continue
        kind = part.get_content_type()
        if kind in _HTML_TYPES:
            return part.get_content()
        if kind == "text/plain" and not fallback:
            fallback = part.get_content()
    return fallback
