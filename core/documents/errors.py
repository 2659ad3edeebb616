"""``DocumentError`` and the sentences it carries: each names the file once and says what to do."""

from __future__ import annotations

import unicodedata
from pathlib import PurePath
from typing import Any

SUPPORTED_EXTENSIONS: tuple[str, ...] = ("pdf", "docx", "odt", "rtf", "txt", "md", "json")
SUPPORTED_LABEL = "PDF, DOCX, ODT, RTF, TXT, MD or JSON Resume"

# Extracted text beyond this is not a CV or a job description; refusing it bounds memory downstream.
MAX_TEXT_CHARS = 1_000_000


class DocumentError(ValueError):
    """A file that cannot be used, with a sentence the user can act on as its message.

    ``kind`` names the failure for code and tests: empty, unsupported, misnamed (a name that says a
    supported type the content is not: a program renamed "cv.docx"), image, legacy_doc,
    encrypted, no_text, damaged, too_large, too_many_pages, zip_bomb, too_slow, too_much_text.
    The message names the file once, so a caller shows it as it is (no file name in front).
    """

    def __init__(self, message: str, kind: str = "damaged") -> None:
        super().__init__(message)
        self.kind = kind


class TimeUp(BaseException):
    """Raised inside parsing when the time budget is spent (a BaseException so library code that
    catches ``Exception`` cannot swallow it)."""


def display_name(filename: str) -> str:
    """The file's base name in quotes, without control characters, at most 80 characters."""
    name = PurePath((filename or "").replace("\\", "/")).name
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip()
    if len(name) > 80:
        name = name[:77] + "..."
    return f"“{name}”" if name else "The file"


def _messages(name: str, values: dict[str, Any]) -> dict[str, str]:
    return {
        "empty": f"{name} is empty. Choose the file again, or paste the text instead.",
        "unsupported": (
            f"{name} is not a supported file type. Upload a {SUPPORTED_LABEL} file, or paste the text instead."
        ),
        "misnamed": (
            f"{name} is not {values.get('named', 'a supported document')}: its content is "
            f"{values.get('what', 'another kind of file')}, not what its name says. Upload the CV itself as a "
            f"{SUPPORTED_LABEL} file, or paste the text instead."
        ),
        "image": (
            f"{name} is an image ({values.get('what', 'picture')}), not a document with text. Upload the "
            f"document as a {SUPPORTED_LABEL} file, or paste its text instead."
        ),
        "legacy_doc": (
            f"{name} is an older Word document (.doc), which cannot be read here. Open it in Word or "
            "LibreOffice, save it as .docx or PDF, and upload that copy."
        ),
        "encrypted_office": (
            f"{name} is a password-protected Word document. Save a copy without a password and upload that."
        ),
        "encrypted": (
            f"{name} is protected by a password. Save or export an unprotected copy of the PDF and upload "
            "that, or paste the text instead."
        ),
        "no_text": (
            f"No text layer was found in {name}: it looks like a scanned or image-only PDF. Paste the text "
            "instead, or export the PDF again from the original document."
        ),
        "blank_pdf": (
            f"No text was found in {name}: its pages hold no words and no pictures. If the file should say "
            "more, export it again from the original document, or paste the text instead."
        ),
        "no_text_doc": (
            f"No text was found in {name}. If the content is a picture inside the document, paste the text "
            "instead."
        ),
        "damaged": (
            f"{name} could not be read: the file looks damaged or incomplete. Save or export it again and "
            "upload the new copy, or paste the text instead."
        ),
        "not_text": (
            f"{name} does not look like a text file. Upload a {SUPPORTED_LABEL} file, or paste the text instead."
        ),
        "not_resume": (
            f"{name} is a JSON file but not a JSON Resume (jsonresume.org): it has no “basics”, “work” or "
            "“education”. Upload the CV as PDF, DOCX or text, or paste the text instead."
        ),
        "too_large": (
            f"{name} is {values.get('size_mb', 0):.1f} MB, above the {values.get('limit_mb', 0):g} MB limit. "
            "Upload a smaller file (for example a PDF without large images), or paste the text instead."
        ),
        "too_many_pages": (
            f"{name} has {values.get('pages')} pages; the limit is {values.get('limit')} pages. Upload a "
            "shorter document, or paste the relevant part instead."
        ),
        "zip_bomb": (
            f"{name} expands to far more data than a Word document should, so it was refused for safety. "
            "Save the document again from Word, or upload a PDF instead."
        ),
        "too_slow": (
            f"{name} took too long to read, so reading was stopped. Export it again as a simple PDF or "
            "DOCX, or paste the text instead."
        ),
        "too_much_text": (
            f"{name} holds more text than a CV or job description would (over {MAX_TEXT_CHARS:,} "
            "characters). Upload a shorter document, or paste the relevant part instead."
        ),
    }


# Several message variants share one public kind, so callers can test for e.g. "encrypted".
_PUBLIC_KIND = {
    "encrypted_office": "encrypted",
    "no_text_doc": "no_text",
    "blank_pdf": "no_text",
    "not_text": "unsupported",
    "not_resume": "unsupported",
}


def document_error(kind: str, filename: str, **values: Any) -> DocumentError:
    """The ``DocumentError`` of ``kind`` for ``filename``; ``values`` fill the sentence."""
    message = _messages(display_name(filename), values)[kind]
    return DocumentError(message, _PUBLIC_KIND.get(kind, kind))
