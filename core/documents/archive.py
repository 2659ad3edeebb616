"""Word packages (zip) before python-docx sees them: bounded against zip bombs, and normalised.

Normalising makes valid packages readable that python-docx would refuse: Strict Open XML (ISO/IEC
29500 strict namespaces, ``http://purl.oclc.org/ooxml/...``) is rewritten to the transitional
namespaces, and a template (.dotx, .dotm) or macro-enabled document (.docm) saved under a .docx
name gets the plain document's main content type. Macros are never run: nothing here executes
any part, and python-docx reads XML only.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile

from core.documents.detect import extension
from core.documents.errors import DocumentError, document_error

log = logging.getLogger(__name__)

# DOCX (zip) limits, checked on the declared sizes before python-docx sees the file, then enforced
# again while reading each member through a bounded stream.
ZIP_MAX_ENTRIES = 1000
ZIP_MAX_TOTAL_BYTES = 100 * 1024 * 1024
ZIP_MAX_MEMBER_BYTES = 50 * 1024 * 1024
ZIP_MAX_RATIO = 100
ZIP_RATIO_FLOOR_BYTES = 1024 * 1024  # small members may compress very well (empty styles, etc.)

_DOCUMENT_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_OTHER_MAINS = (
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",  # .dotx
    b"application/vnd.ms-word.document.macroEnabled.main+xml",  # .docm
    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",  # .dotm
)
# Strict "http://purl.oclc.org/ooxml/<area>/<name>" is transitional
# "http://schemas.openxmlformats.org/<area>/2006/<name>" (ISO/IEC 29500-1 Annex A vs 29500-4).
_STRICT_NS = re.compile(rb"http://purl\.oclc\.org/ooxml/([A-Za-z]+)/([A-Za-z]+)")


def check_bounds(data: bytes, filename: str) -> zipfile.ZipFile:
    """The open archive of any zip package (Word, OpenDocument) once it is known to be no zip bomb: the
    declared sizes first, then every member read through a bounded stream. Raises ``DocumentError``
    (damaged, zip_bomb)."""
    archive, infos = _opened(data, filename)
    _check_declared(infos, filename)
    _check_streams(archive, infos, filename)
    return archive


def _opened(data: bytes, filename: str) -> tuple[zipfile.ZipFile, list[zipfile.ZipInfo]]:
    """The zip archive and its members' entries; raises ``DocumentError`` (damaged) when it is no readable zip."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        return archive, archive.infolist()
    except Exception as exc:  # noqa: BLE001 - BadZipFile, struct errors, etc.
        log.info("Zip package %r: not a readable zip: %r", filename, exc)
        raise document_error("damaged", filename) from None


def check_zip(data: bytes, filename: str) -> None:
    """Refuse zip bombs from the declared sizes, then read every member through a bounded stream."""
    archive, infos = _opened(data, filename)
    _check_declared(infos, filename)
    names = {info.filename for info in infos}
    if "word/document.xml" not in names and not _has_other_main(archive, names):
        if any(n.startswith(("xl/", "ppt/")) for n in names) or "mimetype" in names:
            raise document_error("unsupported", filename)  # Excel, PowerPoint, OpenDocument
        raise document_error("damaged" if extension(filename) == "docx" else "unsupported", filename)
    _check_streams(archive, infos, filename)


def _has_other_main(archive: zipfile.ZipFile, names: set[str]) -> bool:
    """True when [Content_Types].xml names a Word main part stored somewhere else than word/."""
    if "[Content_Types].xml" not in names:
        return False
    types = archive.read("[Content_Types].xml")
    return _DOCUMENT_MAIN in types or any(main in types for main in _OTHER_MAINS)


def _check_declared(infos: list[zipfile.ZipInfo], filename: str) -> None:
    if len(infos) > ZIP_MAX_ENTRIES:
        raise document_error("zip_bomb", filename)
    total = 0
    for info in infos:
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise document_error("damaged", filename)  # Word writes only these; others decompress unbounded
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if (
            info.file_size > ZIP_MAX_MEMBER_BYTES
            or total > ZIP_MAX_TOTAL_BYTES
            or (info.file_size > ZIP_RATIO_FLOOR_BYTES and ratio > ZIP_MAX_RATIO)
        ):
            raise document_error("zip_bomb", filename)


def _check_streams(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], filename: str) -> None:
    """Declared sizes can lie: read each member, never holding more than its declared size + one chunk."""
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
                        raise document_error("zip_bomb", filename)
        except DocumentError:
            raise
        except Exception as exc:  # noqa: BLE001 - CRC errors, bad compression, encrypted members
            log.info("Word file %r: member %r unreadable: %r", filename, info.filename, exc)
            raise document_error("damaged", filename) from None


def normalise_package(data: bytes) -> bytes:
    """The package as python-docx can open it: strict namespaces and non-document main content
    types rewritten in the XML parts; ``data`` itself when nothing needs rewriting.

    Call after ``check_zip`` (members are bounded already).
    """
    archive = zipfile.ZipFile(io.BytesIO(data))
    types = archive.read("[Content_Types].xml") if "[Content_Types].xml" in archive.namelist() else b""
    rels = archive.read("_rels/.rels") if "_rels/.rels" in archive.namelist() else b""
    strict = b"purl.oclc.org/ooxml" in rels or b"purl.oclc.org/ooxml" in types
    other_main = any(main in types for main in _OTHER_MAINS)
    if not strict and not other_main:
        return data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as rewritten:
        for info in archive.infolist():
            member = archive.read(info)
            if info.filename.endswith((".xml", ".rels")):
                member = _rewrite(member, strict=strict)
            rewritten.writestr(info.filename, member)
    return out.getvalue()


def _rewrite(xml: bytes, *, strict: bool) -> bytes:
    for main in _OTHER_MAINS:
        xml = xml.replace(main, _DOCUMENT_MAIN)
    if strict:
        xml = _STRICT_NS.sub(rb"http://schemas.openxmlformats.org/\1/2006/\2", xml)
    return xml
