"""Builders of test documents in code: PDFs (reportlab), DOCX (python-docx plus raw XML), zips.

Shared by ``tests/test_documents.py`` and ``bench/bench_documents.py``; nothing is read from disk.
"""

from __future__ import annotations

import copy
import io
import struct
import zipfile
from functools import lru_cache

from docx import Document
from docx.oxml import parse_xml
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

PAGE_W, PAGE_H = A4


def pdf_from_pages(pages: list[list[str]], *, encrypt: object | None = None, font_size: int = 10) -> bytes:
    """One PDF page per list of lines, written top to bottom at the left margin."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, encrypt=encrypt)
    for lines in pages:
        c.setFont("Helvetica", font_size)
        y = PAGE_H - 60
        for line in lines:
            c.drawString(56, y, line)
            y -= font_size * 1.4
        c.showPage()
    c.save()
    return buf.getvalue()


def pdf_from_lines(lines: list[str], **kwargs: object) -> bytes:
    return pdf_from_pages([lines], **kwargs)


def cv_lines(variant: int = 0) -> list[str]:
    """About a page of CV-like lines (name, roles with bullets, skills), varied by ``variant``."""
    lines = [
        "Jordan Avery",
        "Senior Data Engineer",
        "Experience",
    ]
    for job in range(4):
        lines.append(f"Company {variant}-{job} Ltd, Data Engineer, 201{job}-202{job}")
        for bullet in range(5):
            lines.append(
                f"• Built pipeline number {bullet} processing {bullet + 1},200 events per second with Python and Kafka"
            )
    lines += ["Skills", "Python, SQL, Spark, Airflow, Kafka, dbt, AWS, Docker, Kubernetes",
              "Education", "BSc Computer Science, University of Leeds, 2012"]
    return lines


def two_page_cv_pdf() -> bytes:
    return pdf_from_pages([cv_lines(0), cv_lines(1)])


def many_pages_pdf(count: int) -> bytes:
    return pdf_from_pages([[f"Page {n} of the handbook", *cv_lines(n)[:30]] for n in range(1, count + 1)])


def two_column_pdf(left: list[str], right: list[str]) -> bytes:
    """A page with two text columns, the left one written first (as word processors do)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    for x, column in ((56, left), (PAGE_W / 2 + 10, right)):
        y = PAGE_H - 60
        for line in column:
            c.drawString(x, y, line)
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def image_only_pdf() -> bytes:
    """A 'scanned' page: a raster image and drawn shapes, no text operators at all."""
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (400, 500), "white")
    draw = ImageDraw.Draw(picture)
    for row in range(20):
        draw.rectangle((30, 30 + row * 22, 370 - (row % 4) * 40, 42 + row * 22), fill="black")
    png = io.BytesIO()
    picture.save(png, format="PNG")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawImage(ImageReader(io.BytesIO(png.getvalue())), 40, 200, width=400, height=500)
    c.rect(40, 100, 200, 50, fill=1)
    c.circle(400, 120, 30, fill=0)
    c.showPage()
    c.save()
    return buf.getvalue()


def encrypted_pdf(user_password: str, owner_password: str) -> bytes:
    from reportlab.lib.pdfencrypt import StandardEncryption

    encryption = StandardEncryption(user_password, ownerPassword=owner_password, strength=128)
    return pdf_from_lines(cv_lines(0)[:20], encrypt=encryption)


def png_bytes() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (20, 20), "red").save(buf, format="PNG")
    return buf.getvalue()


def jpeg_bytes() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (20, 20), "blue").save(buf, format="JPEG")
    return buf.getvalue()


# Header of a Compound File (OLE2), as in a legacy .doc, followed by the stream name Word uses.
OLE_DOC = (
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff" + b"\x00" * 480
    + "WordDocument".encode("utf-16-le") + b"\x00" * 512
)
EXE_BYTES = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200 + b"This program cannot be run in DOS mode."


def docx_bytes(document: Document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_TEXTBOX_XML = f"""
<w:r {_W_NS}
     xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
     xmlns:v="urn:schemas-microsoft-com:vml">
  <mc:AlternateContent>
    <mc:Choice Requires="wps">
      <w:pict><v:shape><v:textbox><w:txbxContent>
        <w:p><w:r><w:t>Text box: Available from March 2025</w:t></w:r></w:p>
      </w:txbxContent></v:textbox></v:shape></w:pict>
    </mc:Choice>
    <mc:Fallback>
      <w:pict><v:shape><v:textbox><w:txbxContent>
        <w:p><w:r><w:t>Text box: Available from March 2025</w:t></w:r></w:p>
      </w:txbxContent></v:textbox></v:shape></w:pict>
    </mc:Fallback>
  </mc:AlternateContent>
</w:r>
"""


def rich_docx() -> bytes:
    """Header, footer, heading, paragraph, bulleted list, a table, a text box, a closing paragraph."""
    document = Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Maria Lopez · Curriculum Vitae"
    section.footer.paragraphs[0].text = "References available on request"
    document.add_heading("Experience", level=1)
    document.add_paragraph("Acme Payments, Backend Engineer, 2019-2023")
    document.add_paragraph("Cut checkout latency by 35% with Redis caching", style="List Bullet")
    document.add_paragraph("Led migration of 40 services to Kubernetes", style="List Bullet")
    anchor = document.add_paragraph("Profile summary follows.")
    anchor._p.append(parse_xml(_TEXTBOX_XML))
    table = document.add_table(rows=3, cols=2)
    for row, (skill, level) in enumerate([("Skill", "Level"), ("Python", "Expert"), ("PostgreSQL", "Advanced")]):
        table.cell(row, 0).text = skill
        table.cell(row, 1).text = level
    document.add_paragraph("Education: MSc Software Engineering, Universidad de Sevilla")
    return docx_bytes(document)


def two_page_cv_docx() -> bytes:
    document = Document()
    for line in cv_lines(0) + cv_lines(1):
        if line.startswith("•"):
            document.add_paragraph(line.lstrip("• "), style="List Bullet")
        else:
            document.add_paragraph(line)
    return docx_bytes(document)


@lru_cache(maxsize=2)
def zip_bomb_docx(uncompressed_mb: int = 200) -> bytes:
    """A zip shaped like a DOCX whose word/document.xml expands to ``uncompressed_mb`` MB of zeros.

    Streamed into the archive chunk by chunk, so building it never holds the expanded data.
    """
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        chunk = b"\x00" * (1024 * 1024)
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(uncompressed_mb):
                member.write(chunk)
    return buf.getvalue()


def lying_zip_bomb_docx(uncompressed_mb: int = 60) -> bytes:
    """A zip whose headers declare word/document.xml tiny while its deflate data expands to
    ``uncompressed_mb`` MB: the declared-size check passes, the bounded read must stop it."""
    honest = io.BytesIO()
    with zipfile.ZipFile(honest, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", b"\x00" * (uncompressed_mb * 1024 * 1024))
    data = bytearray(honest.getvalue())
    fake_size = 2000
    # Patch the uncompressed size in the local header (offset 22) and central directory (offset 24).
    start = 0
    while (pos := data.find(b"PK\x03\x04", start)) != -1:
        name_len = struct.unpack_from("<H", data, pos + 26)[0]
        if data[pos + 30:pos + 30 + name_len] == b"word/document.xml":
            struct.pack_into("<I", data, pos + 22, fake_size)
        start = pos + 4
    start = 0
    while (pos := data.find(b"PK\x01\x02", start)) != -1:
        name_len = struct.unpack_from("<H", data, pos + 28)[0]
        if data[pos + 46:pos + 46 + name_len] == b"word/document.xml":
            struct.pack_into("<I", data, pos + 24, fake_size)
        start = pos + 4
    return bytes(data)


def mutate(data: bytes, flips: list[tuple[int, int]], cut: int | None) -> bytes:
    """Copy of ``data`` with bytes XOR-ed at positions (mod length) and optionally truncated."""
    out = bytearray(copy.copy(data))
    for position, value in flips:
        if out:
            out[position % len(out)] ^= value or 1
    if cut is not None and out:
        out = out[: cut % len(out)]
    return bytes(out)


# ---------------------------------------------------------------------------------------------
# Issue 16: the kinds of real files that failed


def letter_spaced_pdf() -> bytes:
    """A CV page whose name and first heading are drawn letter by letter with wide tracking, as
    design templates do: pypdf reads each letter on its own line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)

    def spaced(y: float, text: str, size: int, track: float) -> None:
        c.setFont("Helvetica-Bold", size)
        x = 56.0
        for ch in text:
            if ch != " ":
                c.drawString(x, y, ch)
            x += stringWidth(ch, "Helvetica-Bold", size) + track

    spaced(PAGE_H - 60, "JORDAN AVERY", 18, 6)
    spaced(PAGE_H - 90, "EXPERIENCE", 11, 4)
    c.setFont("Helvetica", 10)
    y = PAGE_H - 110
    for line in cv_lines(0)[3:20]:
        c.drawString(56, y, line)
        y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def owner_password_pdf(lines: list[str]) -> bytes:
    """Encrypted with an owner password only: any reader opens it without asking."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    return pdf_from_lines(lines, encrypt=StandardEncryption("", ownerPassword="owner-secret", strength=128))


def raw_text_pdf(text: str, *, right_to_left: bool = False, break_xref: bool = False) -> bytes:
    """A one-page PDF written by hand whose font maps one-byte codes to ``text``'s characters
    through a ToUnicode CMap, so any script (Arabic, say) needs no font file. ``right_to_left``
    draws the glyphs in visual order (last letter leftmost), as PDF writers store Arabic and Hebrew.
    ``break_xref`` writes wrong offsets in the cross-reference table, as a damaged download has;
    readers rebuild it."""
    chars = sorted(set(text))
    codes = {ch: index + 1 for index, ch in enumerate(chars)}
    bfchars = "\n".join(f"<{codes[ch]:02X}> <{ord(ch):04X}>" for ch in chars)
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CMapName /Custom def /CMapType 2 def\n1 begincodespacerange <01> <FF> endcodespacerange\n"
        f"{len(chars)} beginbfchar\n{bfchars}\nendbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()
    shown = "".join(f"{codes[ch]:02X}" for ch in (text[::-1] if right_to_left else text))
    content = f"BT /F1 14 Tf 72 760 Td <{shown}> Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % (offset + 7 if break_xref else offset)
    out += b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref + 3 * break_xref)
    return bytes(out)


def pdf_with_margins(pages: int = 3) -> bytes:
    """A CV over several pages with a running header, a footer stamp ("Page n of N") and a lone "n/N"."""
    body = cv_lines(0)
    per_page = len(body) // pages + 1
    return pdf_from_pages([
        ["Jordan Avery · Curriculum Vitae", *body[n * per_page:(n + 1) * per_page], f"{n + 1}/{pages}",
         f"Page {n + 1} of {pages}"]
        for n in range(pages)
    ])


_STRICT = {
    b"http://schemas.openxmlformats.org/wordprocessingml/2006/main": b"http://purl.oclc.org/ooxml/wordprocessingml/main",
    b"http://schemas.openxmlformats.org/officeDocument/2006/relationships":
        b"http://purl.oclc.org/ooxml/officeDocument/relationships",
    b"http://schemas.openxmlformats.org/drawingml/2006/main": b"http://purl.oclc.org/ooxml/drawingml/main",
    b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties":
        b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
}


def _rewrite_zip(data: bytes, change: object) -> bytes:
    """A copy of a zip with every XML or .rels member passed through ``change(name, bytes)``."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            member = source.read(info)
            if info.filename.endswith((".xml", ".rels")):
                member = change(info.filename, member)  # type: ignore[operator]
            target.writestr(info.filename, member)
    return out.getvalue()


def strict_docx(data: bytes) -> bytes:
    """``data`` (a transitional .docx) saved as Strict Open XML: every namespace in its strict form."""
    def change(_name: str, member: bytes) -> bytes:
        for transitional, strict in _STRICT.items():
            member = member.replace(transitional, strict)
        return member.replace(b"<w:document ", b'<w:document w:conformance="strict" ', 1)

    return _rewrite_zip(data, change)


def docx_with_main_type(data: bytes, content_type: str) -> bytes:
    """``data`` with its main part declared as ``content_type`` (a template or macro-enabled type)."""
    main = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

    def change(name: str, member: bytes) -> bytes:
        return member.replace(main, content_type.encode()) if name == "[Content_Types].xml" else member

    return _rewrite_zip(data, change)


def altchunk_docx(chunk: bytes, content_type: str, extension: str, before: str = "") -> bytes:
    """A package whose body is one ``w:altChunk`` (after an optional paragraph ``before``)."""
    paragraph = f"<w:p><w:r><w:t>{before}</w:t></w:r></w:p>" if before else ""
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f"<w:document {_W_NS} "
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<w:body>{paragraph}<w:altChunk r:id="chunk1"/><w:sectPr/></w:body></w:document>'
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Default Extension="{extension}" ContentType="{content_type}"/>'
            '<Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>"
        ))
        archive.writestr("_rels/.rels", (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="word/document.xml" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
            "</Relationships>"
        ))
        archive.writestr("word/document.xml", document)
        archive.writestr("word/_rels/document.xml.rels", (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="chunk1" Target="chunk.{extension}" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"/>'
            "</Relationships>"
        ))
        archive.writestr(f"word/chunk.{extension}", chunk)
    return buf.getvalue()
