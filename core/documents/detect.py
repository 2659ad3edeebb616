"""What an upload is, from its first bytes as well as its name: pdf, zip (Word or OpenDocument), rtf, json,
text."""

from __future__ import annotations

from pathlib import PurePath

from core.documents.errors import document_error

_IMAGE_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
)
# Other binaries by their first bytes, with what each is, for a file whose name says otherwise.
_OTHER_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"MZ", "a Windows program (.exe)"),
    (b"\x7fELF", "a Linux program"),
    (b"\xfe\xed\xfa", "a macOS program"),
    (b"\xcf\xfa\xed\xfe", "a macOS program"),
    (b"\x1f\x8b", "a compressed archive (.gz)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"%!PS", "a PostScript file"),
)
# What a supported file's name promises, for "is not a Word document".
_NAMED_AS = {"docx": "a Word document", "pdf": "a PDF", "json": "a JSON Resume", "txt": "a text file",
             "md": "a text file", "odt": "an OpenDocument text", "rtf": "a Rich Text document"}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_OLE_WORD = "WordDocument".encode("utf-16-le")


def image_kind(data: bytes) -> str | None:
    """The image format's name (PNG, JPEG, ...) when ``data`` is a picture, else ``None``."""
    for magic, label in _IMAGE_MAGIC:
        if data.startswith(magic):
            return label
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WebP"
    if data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"mif1", b"avif"):
        return "HEIC" if data[8:12] != b"avif" else "AVIF"
    if data[:2] == b"BM" and len(data) > 14 and data[6:10] == b"\x00\x00\x00\x00":
        return "BMP"
    return None


def is_rtf(data: bytes) -> bool:
    """Whether the bytes open as RTF does (``{\\rtf``, after any byte-order mark or white space)."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"{\\rtf"


def extension(filename: str) -> str:
    """The lower-case suffix without its dot, with ``markdown`` read as ``md`` and ``text`` as ``txt``."""
    suffix = PurePath((filename or "").replace("\\", "/")).suffix.lower().lstrip(".")
    return {"markdown": "md", "text": "txt"}.get(suffix, suffix)


def detect(data: bytes, filename: str) -> str:
    """Decide how to read the bytes: ``pdf``, ``zip``, ``rtf``, ``json``, ``text`` or ``text_or_damaged``.

    Raises ``DocumentError`` for images, legacy or encrypted Word files and other binaries (kind
    ``misnamed`` when the name promises a supported type the content is not: "cv.docx" that is a program).
    """
    ext = extension(filename)
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return "zip"
    if is_rtf(data):
        return "rtf"
    image = image_kind(data)
    if image:
        raise document_error("image", filename, what=image)
    if data.startswith(_OLE_MAGIC):
        raise _ole_error(data, filename, ext)
    other = next((what for magic, what in _OTHER_BINARY_MAGIC if data.startswith(magic)), None)
    if other:
        if ext in _NAMED_AS:  # "cv.docx" that is a renamed program: its content is not what its name says
            raise document_error("misnamed", filename, named=_NAMED_AS[ext], what=other)
        raise document_error("unsupported", filename)
    if ext == "json":
        return "json"
    if ext in ("txt", "md", ""):
        return "text"
    if ext in ("pdf", "docx", "odt", "rtf"):
        return "text_or_damaged"  # named as a document but not one: accept it only if it is clean text
    raise document_error("unsupported", filename)


def _ole_error(data: bytes, filename: str, ext: str) -> Exception:
    if _OLE_ENCRYPTED in data:
        return document_error("encrypted_office", filename)
    if ext in ("doc", "dot", "docx", "") or _OLE_WORD in data:
        return document_error("legacy_doc", filename)
    return document_error("unsupported", filename)
