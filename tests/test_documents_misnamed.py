"""Issue 15 (newcomer's faults, session 10): a Windows program renamed "cv.docx" was called "not a supported
file type". A file whose name promises a supported type (Word, PDF, JSON Resume, text) but whose content
is another kind of file is told so: it is not a Word document, its content is a program. Real bytes: a DOS
stub and PE header as a Windows linker writes them."""

from __future__ import annotations

import struct

import pytest

from core.documents import DocumentError, extract_text


def _windows_program() -> bytes:
    """A minimal PE file: the DOS header ("MZ", e_lfanew at 0x3C), the DOS stub, the "PE\\0\\0" signature
    and a COFF header for x86-64."""
    stub = b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$"
    dos = bytearray(64)
    dos[0:2] = b"MZ"
    struct.pack_into("<H", dos, 2, 0x90)  # bytes on the last page
    struct.pack_into("<H", dos, 4, 3)  # pages
    struct.pack_into("<I", dos, 0x3C, 0x80)  # e_lfanew: the PE header's offset
    body = bytes(dos) + stub
    body += b"\x00" * (0x80 - len(body))
    coff = b"PE\x00\x00" + struct.pack("<HHIIIHH", 0x8664, 0, 0, 0, 0, 0xF0, 0x22)
    return body + coff + b"\x00" * 512


def _refused(data: bytes, name: str) -> DocumentError:
    with pytest.raises(DocumentError) as info:
        extract_text(data, name)
    return info.value


def test_a_program_named_as_a_word_document_is_not_a_word_document():
    error = _refused(_windows_program(), "Jordan_Avery_CV.docx")
    message = str(error)
    assert error.kind == "misnamed"
    assert message.startswith("“Jordan_Avery_CV.docx” is not a Word document")
    assert "Windows program" in message and "not what its name says" in message
    assert "not a supported file type" not in message
    assert "PDF, DOCX, ODT, RTF, TXT, MD or JSON Resume" in message  # what to do instead


@pytest.mark.parametrize(("name", "named"), [("cv.pdf", "a PDF"), ("cv.txt", "a text file"), ("cv.json", "a JSON Resume")])
def test_the_sentence_names_what_the_name_promised(name, named):
    error = _refused(_windows_program(), name)
    assert error.kind == "misnamed" and str(error).startswith(f"“{name}” is not {named}:")


def test_a_program_under_its_own_name_is_still_an_unsupported_type():
    error = _refused(_windows_program(), "setup.exe")
    assert error.kind == "unsupported" and "not a supported file type" in str(error)
