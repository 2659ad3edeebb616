"""ODT and RTF CVs are read like .docx ones (tables row by row, text boxes, lists), with the same sentences for
an empty, damaged or bomb file, and any other type gets the app's own sentence naming the types read."""

from __future__ import annotations

import io
import time
import zipfile
from xml.sax.saxutils import escape

import pytest

from core.documents import SUPPORTED_LABEL, DocumentError, extract_text

_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"')


def _p(text: str) -> str:
    return f"<text:p>{escape(text)}</text:p>"


def _odt(body: str, *, mimetype: str = "application/vnd.oasis.opendocument.text", prolog: str = "") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # stored, first, as the standard asks
        content = f'<?xml version="1.0"?>{prolog}<office:document-content {_NS}><office:body><office:text>{body}' \
                  "</office:text></office:body></office:document-content>"
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _cell(*paragraphs: str) -> str:
    return "<table:table-cell>" + "".join(paragraphs) + "</table:table-cell>"


_ODT_CV = _odt(
    _p("Morag Ellison")
    + '<text:p>Payroll Officer<text:s text:c="2"/>·<text:tab/>Perth <draw:frame><draw:text-box>'
    + _p("morag.ellison@example.org") + "</draw:text-box></draw:frame></text:p>"
    + "<table:table><table:table-row>"
    + _cell(_p("SKILLS"), _p("Sage Payroll"), _p("Pension auto-enrolment"))
    + _cell(_p("EXPERIENCE"), "<text:p>Payroll Officer, Tayside Builders<text:line-break/>May 2020 – Present</text:p>",
            "<text:list><text:list-item>" + _p("Run monthly payroll for 340 staff across 4 sites.")
            + "</text:list-item><text:list-item>" + _p("Cut late payslip queries from 30 a month to 6.")
            + "</text:list-item></text:list>")
    + "</table:table-row></table:table>"
    + "<table:table><table:table-row>" + _cell(_p("Language")) + _cell(_p("Level")) + "</table:table-row>"
    + "<table:table-row>" + _cell(_p("Gaelic")) + _cell(_p("Fluent")) + "</table:table-row></table:table>"
)


def test_an_odt_cv_is_read_in_order_with_its_table_frame_and_list() -> None:
    text = extract_text(_ODT_CV, "morag_cv.odt")
    lines = text.split("\n")
    assert lines[0] == "Morag Ellison"
    assert "Payroll Officer" in lines[1] and "Perth" in lines[1]
    assert "morag.ellison@example.org" in lines  # the text box's line, after the paragraph holding it
    assert lines.index("SKILLS") < lines.index("Sage Payroll") < lines.index("EXPERIENCE")  # the left cell first
    assert "Payroll Officer, Tayside Builders" in lines and "May 2020 – Present" in lines
    assert "- Run monthly payroll for 340 staff across 4 sites." in lines
    assert "Language | Level" in lines and "Gaelic | Fluent" in lines  # a data table as the .docx reader writes it


def test_an_odt_named_otherwise_is_read_by_its_content() -> None:
    assert "Tayside Builders" in extract_text(_ODT_CV, "cv")


def test_an_empty_odt_says_no_text_and_a_cut_one_is_damaged() -> None:
    with pytest.raises(DocumentError) as empty:
        extract_text(_odt(_p("   ")), "blank.odt")
    assert empty.value.kind == "no_text" and "“blank.odt”" in str(empty.value)
    with pytest.raises(DocumentError) as cut:
        extract_text(_ODT_CV[: len(_ODT_CV) // 2], "cut.odt")
    assert cut.value.kind == "damaged" and "looks damaged" in str(cut.value)
    with pytest.raises(DocumentError) as broken:
        extract_text(_odt("<text:p>unclosed"), "broken.odt")
    assert broken.value.kind == "damaged"


def test_an_odt_bomb_is_refused_before_parsing() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        with archive.open("content.xml", "w", force_zip64=True) as member:
            for _ in range(200):
                member.write(b" " * (1024 * 1024))
    start = time.monotonic()
    with pytest.raises(DocumentError) as error:
        extract_text(buf.getvalue(), "bomb.odt")
    assert error.value.kind == "zip_bomb" and time.monotonic() - start < 5


def test_an_opendocument_spreadsheet_is_not_taken_for_a_cv() -> None:
    data = _odt(_p("x"), mimetype="application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(DocumentError) as error:
        extract_text(data, "figures.ods")
    assert error.value.kind == "unsupported" and SUPPORTED_LABEL in str(error.value)


def test_an_odt_entity_is_never_expanded(tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-LINE")
    prolog = f'<!DOCTYPE office:document-content [<!ENTITY e SYSTEM "{secret.as_uri()}">]>'
    text = extract_text(_odt("<text:p>Tomasz Wrona, Forklift Driver &e;</text:p>", prolog=prolog), "x.odt")
    assert "Tomasz Wrona, Forklift Driver" in text and "TOP-SECRET-LINE" not in text


_RTF_CV = (
    r"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}"
    r"\pard Ifeoma Nwosu\par "
    r"Care Coordinator \u183? Leeds\par "
    r"\trowd\cellx4000\cellx9000"
    r"\pard\intbl SKILLS\par Rota planning\par Safeguarding adults\cell "
    r"\pard\intbl PROFILE\par Care coordinator with six years in home care.\par "
    r"Brightwater Home Care, Leeds\par March 2019 \endash  Present\par "
    r"{\pntext\'95\tab}Planned visits for 120 clients a week.\cell \row "
    r"\trowd\cellx4000\cellx9000\pard\intbl Language\cell Level\cell \row "
    r"\trowd\cellx4000\cellx9000\pard\intbl Polish\cell Native\cell \row "
    r"\pard Referees on request\par }"
)


def test_an_rtf_cv_is_read_with_its_table_as_rows_not_glued_cells() -> None:
    text = extract_text(_RTF_CV.encode("ascii"), "ifeoma.rtf")
    lines = [line.strip() for line in text.split("\n")]
    assert lines[0] == "Ifeoma Nwosu" and "Care Coordinator · Leeds" in lines
    assert "|" not in text.replace("Language | Level", "").replace("Polish | Native", "")
    assert lines.index("SKILLS") < lines.index("Safeguarding adults") < lines.index("PROFILE")
    assert "Brightwater Home Care, Leeds" in lines and "March 2019 – Present" in lines
    assert any(line.endswith("Planned visits for 120 clients a week.") for line in lines)
    assert "Language | Level" in lines and "Polish | Native" in lines
    assert lines[-1] == "Referees on request"


def test_an_empty_rtf_says_no_text() -> None:
    with pytest.raises(DocumentError) as error:
        extract_text(rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\pard\par }", "blank.rtf")
    assert error.value.kind == "no_text" and "“blank.rtf”" in str(error.value)


@pytest.mark.parametrize("name", ["cv.pages", "cv.xlsx", "cv.epub"])
def test_any_other_type_gets_the_apps_sentence_naming_the_types_read(name: str) -> None:
    with pytest.raises(DocumentError) as error:
        extract_text(b"\x00\x01\x02binary\x00", name)
    assert "ODT, RTF" in str(error.value) and "not allowed" not in str(error.value)
