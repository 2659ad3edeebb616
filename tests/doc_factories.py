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
