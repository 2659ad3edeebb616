"""CV and job-description ingestion: bytes of an uploaded file in, clean text out.

``extract_text`` reads PDF (pypdf), DOCX (python-docx, walked in reading order), TXT and MD. The
type comes from the content (magic bytes) as well as the name. Every failure, expected or not,
becomes a ``DocumentError`` whose message is a sentence the user can act on; time, memory and
archive expansion are bounded for any input.
"""

from __future__ import annotations

import io
import re
import threading
import time
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import PurePath
from typing import Any

import docx
from pypdf import PasswordType, PdfReader, apply_configuration

SUPPORTED_EXTENSIONS: tuple[str, ...] = ("pdf", "docx", "txt", "md")
SUPPORTED_LABEL = "PDF, DOCX, TXT or MD"

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_MAX_PAGES = 40
DEFAULT_TIME_LIMIT_S = 15.0

# Extracted text beyond this is not a CV or a job description; refusing it bounds memory downstream.
MAX_TEXT_CHARS = 1_000_000
# A PDF with fewer letters than this (overall, or per page on average) has no usable text layer.
MIN_PDF_LETTERS = 40
MIN_PDF_LETTERS_PER_PAGE = 15

# DOCX (zip) limits, checked on the declared sizes before python-docx sees the file, then enforced
# again while reading each member through a bounded stream.
ZIP_MAX_ENTRIES = 1000
ZIP_MAX_TOTAL_BYTES = 100 * 1024 * 1024
ZIP_MAX_MEMBER_BYTES = 50 * 1024 * 1024
ZIP_MAX_RATIO = 100
ZIP_RATIO_FLOOR_BYTES = 1024 * 1024  # small members may compress very well (empty styles, etc.)

# pypdf's own per-stream limits default to 75 MB; a 10 MB upload has no need for that much.
_PDF_LIMITS: dict[str, int] = {
    "zlib_maximum_output_length": 40_000_000,
    "lzw_maximum_output_length": 40_000_000,
    "run_length_maximum_output_length": 40_000_000,
    "array_based_stream_maximum_output_length": 40_000_000,
    "maximum_declared_stream_length": 40_000_000,
    "image_maximum_buffer_size": 40_000_000,
}


class DocumentError(ValueError):
    """A file that cannot be used, with a sentence the user can act on as its message.

    ``kind`` names the failure for code and tests: empty, unsupported, image, legacy_doc,
    encrypted, no_text, damaged, too_large, too_many_pages, zip_bomb, too_slow, too_much_text.
    """

    def __init__(self, message: str, kind: str = "damaged") -> None:
        super().__init__(message)
        self.kind = kind


class _TimeUp(BaseException):
    """Raised inside parsing when the time budget is spent (a BaseException so library code that
    catches ``Exception`` cannot swallow it)."""


# ---------------------------------------------------------------------------------------------
# Messages


def _display_name(filename: str) -> str:
    name = PurePath((filename or "").replace("\\", "/")).name
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip()
    if len(name) > 80:
        name = name[:77] + "..."
    return f"“{name}”" if name else "The file"


def _error(kind: str, filename: str, **values: Any) -> DocumentError:
    name = _display_name(filename)
    messages = {
        "empty": f"{name} is empty. Choose the file again, or paste the text instead.",
        "unsupported": (
            f"{name} is not a supported file type. Upload a {SUPPORTED_LABEL} file, or paste the text instead."
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
    # Both password cases share one kind, so callers can test for "encrypted".
    public_kind = {"encrypted_office": "encrypted", "no_text_doc": "no_text", "not_text": "unsupported"}
    return DocumentError(messages[kind], public_kind.get(kind, kind))


# ---------------------------------------------------------------------------------------------
# Type detection


_IMAGE_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
)
_OTHER_BINARY_MAGIC: tuple[bytes, ...] = (
    b"MZ",  # Windows executable
    b"\x7fELF",
    b"\xfe\xed\xfa",
    b"\xcf\xfa\xed\xfe",
    b"\x1f\x8b",  # gzip
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!",
    b"{\\rtf",
    b"%!PS",
)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _image_kind(data: bytes) -> str | None:
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


def _extension(filename: str) -> str:
    suffix = PurePath((filename or "").replace("\\", "/")).suffix.lower().lstrip(".")
    return {"markdown": "md", "text": "txt"}.get(suffix, suffix)


def _detect(data: bytes, filename: str) -> str:
    """Decide how to read the bytes: pdf, docx or text; raise for anything else."""
    ext = _extension(filename)
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return "zip"
    image = _image_kind(data)
    if image:
        raise _error("image", filename, what=image)
    if data.startswith(_OLE_MAGIC):
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data:
            raise _error("encrypted_office", filename)
        if ext in ("doc", "dot", "docx", "") or b"W\x00o\x00r\x00d\x00D\x00o\x00c\x00u\x00m\x00e\x00n\x00t" in data:
            raise _error("legacy_doc", filename)
        raise _error("unsupported", filename)
    if any(data.startswith(magic) for magic in _OTHER_BINARY_MAGIC):
        raise _error("unsupported", filename)
    if ext in ("txt", "md", ""):
        return "text"
    if ext in ("pdf", "docx"):
        return "text_or_damaged"  # named as a document but not one: accept it only if it is clean text
    raise _error("unsupported", filename)


# ---------------------------------------------------------------------------------------------
# Time budget


@contextmanager
def _time_limit(seconds: float) -> Iterator[Callable[[], None]]:
    """Bound the time spent parsing in this thread; yields an explicit check for loops.

    A timer thread raises ``_TimeUp`` asynchronously in this thread when the budget is spent
    (``PyThreadState_SetAsyncExc``), which stops pure-Python loops in pypdf or python-docx at no
    cost while all goes well. Other threads (Streamlit's other sessions) are unaffected. The lock
    and the final clear make sure the exception can never fire after the block is left.
    """
    deadline = time.monotonic() + seconds

    def check() -> None:
        if time.monotonic() > deadline:
            raise _TimeUp

    set_async_exc = _async_exc_setter()
    if set_async_exc is None:
        yield check
        return
    thread_id = threading.get_ident()
    lock = threading.Lock()
    state = {"active": True, "fired": False}

    def fire() -> None:
        with lock:
            if state["active"]:
                state["fired"] = True
                set_async_exc(thread_id, _TimeUp)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield check
    finally:
        with lock:
            state["active"] = False
            timer.cancel()
            if state["fired"]:
                set_async_exc(thread_id, None)  # clear it if it is still pending


def _async_exc_setter() -> Callable[[int, type[BaseException] | None], None] | None:
    """``PyThreadState_SetAsyncExc`` through ctypes on CPython, else ``None``."""
    try:
        import ctypes

        function = ctypes.pythonapi.PyThreadState_SetAsyncExc
    except (ImportError, AttributeError):
        return None

    def set_async_exc(thread_id: int, exc: type[BaseException] | None) -> None:
        target = ctypes.py_object(exc) if exc is not None else ctypes.c_void_p(None)  # NULL clears
        function(ctypes.c_ulong(thread_id), target)

    return set_async_exc


# ---------------------------------------------------------------------------------------------
# Public API


def extract_text(
    data: bytes,
    filename: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_pages: int = DEFAULT_MAX_PAGES,
    time_limit_s: float = DEFAULT_TIME_LIMIT_S,
) -> str:
    """Return the clean text of an uploaded PDF, DOCX, TXT or MD file.

    Raises ``DocumentError`` (and nothing else) with a user-facing sentence when the file cannot
    be used: empty, unsupported, image, legacy .doc, password-protected, scanned, damaged, too
    large, too many pages, zip bomb, or too slow to read.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise _error("damaged", filename)
    data = bytes(data)
    if len(data) > max_bytes:
        raise _error("too_large", filename, size_mb=len(data) / 1024 / 1024, limit_mb=max_bytes / 1024 / 1024)
    if not data.strip():
        raise _error("empty", filename)
    kind = _detect(data, filename)
    try:
        with _time_limit(time_limit_s) as check:
            if kind == "pdf":
                text = _extract_pdf(data, filename, max_pages, check)
            elif kind == "zip":
                text = _extract_docx(data, filename, check)
            else:
                text = _extract_plain(data, filename, strict=kind == "text_or_damaged")
    except DocumentError:
        raise
    except _TimeUp:
        raise _error("too_slow", filename) from None
    except Exception:  # noqa: BLE001 - pypdf/python-docx raise many types (incl. RecursionError, MemoryError)
        raise _error("damaged", filename) from None
    if len(text) > MAX_TEXT_CHARS:
        raise _error("too_much_text", filename)
    return text


def short_text_warning(text: str, *, min_words: int = 80) -> str | None:
    """A warning sentence when a CV is too short to tailor an interview well, else ``None``."""
    words = len(re.findall(r"\w+(?:['’\-]\w+)*", text or ""))
    if words >= min_words:
        return None
    return (
        f"This CV has only {words} word{'s' if words != 1 else ''}, so the interviewer has little to "
        "draw on. Check that nothing is missing in the text below, or paste the full CV."
    )


# ---------------------------------------------------------------------------------------------
# PDF


def _extract_pdf(data: bytes, filename: str, max_pages: int, check: Callable[[], None]) -> str:
    with apply_configuration(**_PDF_LIMITS):
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception:  # noqa: BLE001 - unsupported encryption handlers
                raise _error("encrypted", filename) from None
            if opened == PasswordType.NOT_DECRYPTED:
                raise _error("encrypted", filename)
        pages = len(reader.pages)
        if pages > max_pages:
            raise _error("too_many_pages", filename, pages=pages, limit=max_pages)
        if pages == 0:
            raise _error("damaged", filename)
        chunks: list[str] = []
        size = 0
        failed = 0
        for index in range(pages):
            check()
            try:
                chunk = reader.pages[index].extract_text(extraction_mode="plain") or ""
            except Exception:  # noqa: BLE001 - one broken page should not cost the others
                failed += 1
                continue
            size += len(chunk)
            if size > MAX_TEXT_CHARS:
                raise _error("too_much_text", filename)
            chunks.append(chunk)
        if failed == pages:
            raise _error("damaged", filename)
    text = clean_text("\n\n".join(chunks))
    letters = sum(1 for ch in text if ch.isalpha() and not 0xE000 <= ord(ch) <= 0xF8FF)
    if letters < MIN_PDF_LETTERS or letters < MIN_PDF_LETTERS_PER_PAGE * pages:
        raise _error("no_text", filename)
    return text


# ---------------------------------------------------------------------------------------------
# DOCX

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _check_zip(data: bytes, filename: str) -> None:
    """Refuse zip bombs from the declared sizes, then read every member through a bounded stream."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except Exception:  # noqa: BLE001 - BadZipFile, struct errors, etc.
        raise _error("damaged", filename) from None
    if len(infos) > ZIP_MAX_ENTRIES:
        raise _error("zip_bomb", filename)
    total = 0
    for info in infos:
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _error("damaged", filename)  # Word writes only these; others decompress unbounded
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if (
            info.file_size > ZIP_MAX_MEMBER_BYTES
            or total > ZIP_MAX_TOTAL_BYTES
            or (info.file_size > ZIP_RATIO_FLOOR_BYTES and ratio > ZIP_MAX_RATIO)
        ):
            raise _error("zip_bomb", filename)
    names = {info.filename for info in infos}
    if "word/document.xml" not in names:
        if any(n.startswith(("xl/", "ppt/")) for n in names) or "mimetype" in names:
            raise _error("unsupported", filename)  # Excel, PowerPoint, OpenDocument
        raise _error("damaged" if _extension(filename) == "docx" else "unsupported", filename)
    # Declared sizes can lie: read each member, never holding more than its declared size + one chunk.
    read_total = 0
    for info in infos:
        if info.is_dir():
            continue
        try:
            with archive.open(info) as member:
                seen = 0
                while chunk := member.read(64 * 1024):
                    seen += len(chunk)
                    read_total += len(chunk)
                    if seen > info.file_size or read_total > ZIP_MAX_TOTAL_BYTES:
                        raise _error("zip_bomb", filename)
        except DocumentError:
            raise
        except Exception:  # noqa: BLE001 - CRC errors, bad compression, encrypted members
            raise _error("damaged", filename) from None


def _extract_docx(data: bytes, filename: str, check: Callable[[], None]) -> str:
    _check_zip(data, filename)
    check()
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - missing parts, wrong content type, XML errors
        raise _error("damaged", filename) from None
    part = document.part
    body = document.element.body

    headers: list[str] = []
    footers: list[str] = []
    seen_parts: set[int] = set()
    for ref in body.iter(f"{_W}headerReference", f"{_W}footerReference"):
        rel_id = ref.get(_R_ID)
        target = part.related_parts.get(rel_id) if rel_id else None
        if target is None or id(target) in seen_parts or not hasattr(target, "element"):
            continue
        seen_parts.add(id(target))
        block = "\n".join(_blocks(target.element))
        bucket = headers if ref.tag == f"{_W}headerReference" else footers
        if block.strip() and block not in bucket:
            bucket.append(block)
    check()
    text = clean_text("\n\n".join([*headers, "\n".join(_blocks(body)), *footers]))
    if not text.strip():
        raise _error("no_text_doc", filename)
    return text


def _blocks(container: Any) -> list[str]:
    """Lines of a body-like element (body, cell, header, text box), in document order."""
    lines: list[str] = []
    for child in container:
        tag = child.tag
        if tag == f"{_W}p":
            text, boxes = _paragraph(child)
            lines.append(text)
            lines.extend(boxes)
        elif tag == f"{_W}tbl":
            lines.extend(_table(child))
        elif tag in (f"{_W}sdt", f"{_W}customXml", f"{_W}sdtContent", f"{_W}ins"):
            lines.extend(_blocks(child))
        elif tag == f"{_MC}AlternateContent":
            lines.extend(_blocks(_alternate(child)))
    return lines


def _table(table: Any) -> list[str]:
    """A row of one-line cells becomes ``a | b | c``; rows with longer cells keep each cell's lines."""
    lines: list[str] = []
    for row in table.iter(f"{_W}tr"):
        if row.getparent() is not table:
            continue  # rows of nested tables are read through their cell
        cells = []
        for cell in row:
            if cell.tag == f"{_W}tc":
                cells.append([line for line in _blocks(cell) if line.strip()])
            elif cell.tag in (f"{_W}sdt", f"{_W}customXml"):
                for inner in cell.iter(f"{_W}tc"):
                    cells.append([line for line in _blocks(inner) if line.strip()])
        cells = [c for c in cells if c]
        if not cells:
            continue
        if all(len(c) == 1 for c in cells):
            lines.append(" | ".join(c[0].strip() for c in cells))
        else:
            for c in cells:
                lines.extend(c)
    return lines


def _alternate(element: Any) -> Any:
    """The first choice of an ``mc:AlternateContent`` (else its fallback), so text is read once."""
    for child in element:
        if child.tag == f"{_MC}Choice":
            return child
    for child in element:
        if child.tag == f"{_MC}Fallback":
            return child
    return []


_SKIP_IN_PARAGRAPH = {f"{_W}pPr", f"{_W}rPr", f"{_W}del", f"{_W}moveFrom", f"{_W}instrText", f"{_W}delText"}


def _paragraph(paragraph: Any) -> tuple[str, list[str]]:
    """A paragraph's own text (with a list marker when it is a list item) and its text boxes' lines."""
    parts: list[str] = []
    boxes: list[str] = []

    def walk(element: Any) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP_IN_PARAGRAPH:
                continue
            if tag == f"{_W}t":
                parts.append(child.text or "")
            elif tag in (f"{_W}tab", f"{_W}ptab"):
                parts.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                parts.append("-")
            elif tag == f"{_W}txbxContent":
                boxes.extend(_blocks(child))
            elif tag == f"{_MC}AlternateContent":
                walk(_alternate(child))
            else:
                walk(child)

    walk(paragraph)
    text = "".join(parts)
    if text.strip() and _is_list_item(paragraph):
        text = "- " + text.lstrip()
    return text, boxes


def _is_list_item(paragraph: Any) -> bool:
    ppr = paragraph.find(f"{_W}pPr")
    if ppr is None:
        return False
    num = ppr.find(f"{_W}numPr")
    if num is not None:
        num_id = num.find(f"{_W}numId")
        return num_id is None or num_id.get(f"{_W}val") != "0"
    style = ppr.find(f"{_W}pStyle")
    value = (style.get(f"{_W}val") or "") if style is not None else ""
    return value.startswith("List") and ("Bullet" in value or "Number" in value)


# ---------------------------------------------------------------------------------------------
# Plain text


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16/32 with BOM, BOM-less UTF-16, then cp1252/latin-1."""
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
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


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    sample = text[:20000]
    bad = sum(
        1 for ch in sample
        if (unicodedata.category(ch) in ("Cc", "Co", "Cs") and ch not in "\n\r\t\f") or ch == "\ufffd"
    )
    return bad > max(2, len(sample) // 100)


def _extract_plain(data: bytes, filename: str, *, strict: bool) -> str:
    text = _decode(data)
    if _looks_binary(text):
        raise _error("damaged" if strict else "not_text", filename)
    text = clean_text(text)
    if not text.strip():
        raise _error("empty", filename)
    return text


# ---------------------------------------------------------------------------------------------
# Normalisation

_LIGATURES = str.maketrans({
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u3000": " ", "\u2028": "\n", "\u2029": "\n",
    "\f": "\n", "\v": "\n", "\t": " ",
})
_C1 = re.compile("[\x80-\x9f]")


def _from_cp1252(match: re.Match[str]) -> str:
    try:
        return bytes([ord(match.group(0))]).decode("cp1252")
    except UnicodeDecodeError:
        return ""


_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff]")
# Bullet glyphs seen in CVs, including the private-use code points of Symbol/Wingdings fonts.
_BULLET_GLYPHS = "•●○◦▪▫■□◆◇►▶▸▹➢➤→‣⁃∙·✓✔➔❖\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf0e0"
_BULLET_LINE = re.compile(rf"^(?:[{_BULLET_GLYPHS}]\s*|[-*–—+]\s+)(?=\S)")
_BULLET_ALONE = re.compile(rf"^(?:[{_BULLET_GLYPHS}]|[-*–—])$")
_HYPHEN_BREAK = re.compile(r"([^\W\d_]+)-\n(?=[^\W\d_A-Z])")
# Words that end a real compound (self-motivated), so a break after them keeps its hyphen.
_COMPOUND_PREFIXES = frozenset({
    "self", "well", "cross", "full", "part", "non", "co", "ex", "front", "back", "high", "low", "long",
    "short", "real", "hands", "fast", "open", "cloud", "data", "user", "team", "client", "customer",
    "end", "multi", "large", "small", "cost", "time", "world", "detail", "results", "goal", "mission",
})


def _join_hyphen(match: re.Match[str]) -> str:
    word = match.group(1)
    return f"{word}-" if word.lower() in _COMPOUND_PREFIXES else word


def clean_text(text: str) -> str:
    """Normalise extracted text: one kind of newline and space, no control characters, bullets as
    ``- `` on their own lines, words hyphenated at line ends joined, at most one blank line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_LIGATURES)
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00ad\n", "").replace("\u00ad", "")
    text = _ZERO_WIDTH.sub("", text)
    # WinAnsi PDFs may yield DEL for a bullet; C1 controls are cp1252 characters decoded as latin-1.
    text = re.sub(r"(?m)^([ \t]*)\x7f", r"\1•", text)
    text = _C1.sub(_from_cp1252, text)
    text = "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) != "Cc")
    lines: list[str] = []
    pending_bullet = False
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if _BULLET_ALONE.match(line):
            pending_bullet = True
            continue
        if line:
            line = _BULLET_LINE.sub("- ", line)
            if pending_bullet and not line.startswith("- "):
                line = "- " + line
            pending_bullet = False
        lines.append(line)
    text = "\n".join(lines)
    text = _HYPHEN_BREAK.sub(_join_hyphen, text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n").strip()


# ---------------------------------------------------------------------------------------------
# Contact details

_EMAIL = re.compile(r"(?:mailto:)?[\w.+%-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b", re.IGNORECASE)
_PROFILE_SITES = (
    r"linkedin\.com|github\.com|gitlab\.com|bitbucket\.org|twitter\.com|x\.com|medium\.com|behance\.net|"
    r"dribbble\.com|stackoverflow\.com|kaggle\.com|facebook\.com|instagram\.com|about\.me|"
    r"github\.io|substack\.com|dev\.to|angel\.co|wellfound\.com|xing\.com"
)
_URL = re.compile(
    rf"(?:\bhttps?://|\bwww\.)[^\s<>\"'()\[\]]+"
    rf"|(?<![\w@.])(?:[\w-]+\.)*(?:{_PROFILE_SITES})(?:/[^\s<>\"'()\[\]]*)?"
    r"|(?<![\w@./])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|dev|io|me|net|org|co|app|page|site|xyz|tech|info|uk|de|fr|eu)"
    r"/[^\s<>\"'()\[\]]+",
    re.IGNORECASE,
)
_PHONE = re.compile(r"(?<![\w+./,])(?:\+|00)?\(?\d[\d \t().\-/]{4,}\d(?![\w%])")
_PHONE_LABEL = re.compile(r"(?:phone|tel|telephone|mobile|mob|cell|whatsapp|t|m|p)\s*[.:]?\s*$", re.IGNORECASE)
_YEAR_RANGE = re.compile(r"^\(?(?:19|20)\d\d\s*[-/.]\s*(?:(?:19|20)\d\d|\d\d)\)?$")
_DATE = re.compile(r"^\(?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})\)?$")
_DOTTED_QUAD = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")


def _phone(match: re.Match[str], text: str) -> str:
    candidate = match.group(0)
    trimmed = candidate.strip(" \t.-/")
    digits = sum(ch.isdigit() for ch in trimmed)
    if not 7 <= digits <= 15 or _YEAR_RANGE.match(trimmed) or _DATE.match(trimmed) or _DOTTED_QUAD.match(trimmed):
        return candidate
    if trimmed.count("(") != trimmed.count(")") and not trimmed.startswith("+"):
        trimmed = trimmed.strip("()")
    before = text[max(0, match.start() - 14):match.start()]
    international = trimmed.startswith(("+", "00"))
    has_area = "(" in trimmed
    separated = any(sep in trimmed for sep in " -.")
    labelled = bool(_PHONE_LABEL.search(before))
    if international or has_area or labelled or (digits >= 9 and (separated or trimmed.startswith("0"))) or digits >= 10:
        return "[phone hidden]"
    return candidate


def redact_contact_details(text: str) -> str:
    """Replace e-mail addresses, profile/personal URLs and phone numbers with visible markers.

    Years and date ranges (2019-2023), dates, percentages and ordinary figures (1,200 users) stay.
    """
    text = _EMAIL.sub("[email hidden]", text)
    text = _URL.sub(lambda m: _trim_url(m.group(0)), text)
    return _PHONE.sub(lambda m: _phone(m, text), text)


def _trim_url(url: str) -> str:
    """Keep sentence punctuation that follows a URL outside the marker."""
    trailing = ""
    while url and url[-1] in ".,;:!?":
        trailing = url[-1] + trailing
        url = url[:-1]
    return "[link hidden]" + trailing
