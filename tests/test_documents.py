"""core.documents and core.samples: every kind of file a user may upload, good or bad."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.documents import (
    SUPPORTED_EXTENSIONS,
    DocumentError,
    clean_text,
    extract_text,
    short_text_warning,
)
from core.documents.clean import drop_repeated_margins
from core.documents.job import job_heading
from core.documents.pdf import looks_glued
from core.privacy import redact_contact_details
from core.samples import SAMPLES_DIR, list_samples, load_sample
from tests import doc_factories as f


def refused(data: bytes, filename: str, **kwargs: object) -> DocumentError:
    with pytest.raises(DocumentError) as info:
        extract_text(data, filename, **kwargs)
    message = str(info.value)
    assert message.endswith("."), message
    assert "Traceback" not in message and "Error" not in message
    return info.value


# ---------------------------------------------------------------------------------------------
# PDF


def test_normal_pdf_keeps_lines_and_bullets() -> None:
    text = extract_text(f.pdf_from_lines(f.cv_lines()), "cv.pdf")
    lines = text.splitlines()
    assert lines[:3] == ["Jordan Avery", "Senior Data Engineer", "Experience"]
    bullets = [line for line in lines if line.startswith("- Built pipeline")]
    assert len(bullets) == 20
    assert "- Built pipeline number 0 processing 1,200 events per second with Python and Kafka" in lines
    assert "BSc Computer Science, University of Leeds, 2012" in lines


def test_two_column_pdf_reads_each_column_in_order() -> None:
    left = [f"Left column line {n} about Python services" for n in range(1, 9)]
    right = [f"Right column line {n} about team leadership" for n in range(1, 9)]
    text = extract_text(f.two_column_pdf(left, right), "two-column.pdf")
    lines = text.splitlines()
    for column in (left, right):
        positions = [lines.index(line) for line in column]
        assert positions == sorted(positions), (column, lines)
    assert lines.index(left[-1]) < lines.index(right[0])


def test_pdf_named_docx_is_read_as_pdf() -> None:
    data = f.pdf_from_lines(f.cv_lines())
    assert extract_text(data, "cv.docx") == extract_text(data, "cv.pdf")
    assert extract_text(data, "cv") == extract_text(data, "cv.pdf")
    docx_data = f.rich_docx()
    assert extract_text(docx_data, "cv.pdf") == extract_text(docx_data, "cv.docx")
    assert extract_text(docx_data, "cv.txt").startswith("Maria Lopez")


def test_pdf_hyphenated_line_end_is_joined() -> None:
    lines = ["Responsible for the develop-", "ment of payment services and self-", "motivated teams"] * 3
    text = extract_text(f.pdf_from_lines(lines + f.cv_lines()[:4]), "cv.pdf")
    assert "Responsible for the development of payment services and self-motivated teams" in text


def test_encrypted_pdf_with_user_password_is_refused() -> None:
    error = refused(f.encrypted_pdf("open-sesame", "owner-secret"), "locked.pdf")
    assert error.kind == "encrypted"
    assert "password" in str(error) and "unprotected copy" in str(error)
    assert "“locked.pdf”" in str(error)


def test_pdf_with_only_an_owner_password_opens() -> None:
    text = extract_text(f.encrypted_pdf("", "owner-secret"), "owner-only.pdf")
    assert text.startswith("Jordan Avery")
    assert "- Built pipeline number 0" in text


def test_image_only_pdf_says_no_text_layer() -> None:
    error = refused(f.image_only_pdf(), "scan.pdf")
    assert error.kind == "no_text"
    assert "No text layer was found" in str(error) and "Paste the text" in str(error)


def test_pdf_with_only_page_numbers_has_no_text_but_is_not_called_scanned() -> None:
    pages = [["Page 1"], ["Page 2"], ["Page 3"]]
    error = refused(f.pdf_from_pages(pages), "stamps.pdf")
    assert error.kind == "no_text"
    assert "no words and no pictures" in str(error) and "scanned" not in str(error)


def test_badly_truncated_pdf_is_damaged() -> None:
    data = f.two_page_cv_pdf()
    for cut in (40, 400):
        error = refused(data[:cut], "cut.pdf")
        assert error.kind in ("damaged", "no_text")
    error = refused(data[:-300], "cut.pdf")
    assert error.kind == "damaged"
    assert "damaged or incomplete" in str(error)


@pytest.mark.parametrize("fraction", [0.1, 0.25, 0.5, 0.75, 0.9, 0.99])
def test_truncated_pdf_gives_text_or_a_sentence(fraction: float) -> None:
    data = f.two_page_cv_pdf()
    try:
        text = extract_text(data[: int(len(data) * fraction)], "cut.pdf")
    except DocumentError as error:
        assert error.kind in ("damaged", "no_text")
    else:
        assert text.startswith("Jordan Avery")


def test_too_many_pages() -> None:
    assert extract_text(f.many_pages_pdf(40), "handbook.pdf").count("Page ") >= 40
    error = refused(f.many_pages_pdf(41), "handbook.pdf")
    assert error.kind == "too_many_pages"
    assert "41 pages" in str(error) and "limit is 40 pages" in str(error)
    assert refused(f.many_pages_pdf(6), "x.pdf", max_pages=5).kind == "too_many_pages"


def test_deeply_nested_pdf_object_does_not_escape() -> None:
    nested = b"[" * 50_000 + b"]" * 50_000
    data = (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        b"3 0 obj << /Type /Page /Parent 2 0 R /Nest " + nested + b" >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"
    )
    assert refused(data, "nested.pdf").kind in ("damaged", "no_text")


def test_slow_extraction_is_stopped_and_leaves_no_stray_exception() -> None:
    error = refused(f.many_pages_pdf(40), "slow.pdf", time_limit_s=0.02)
    assert error.kind == "too_slow"
    assert "took too long" in str(error)
    time.sleep(0.05)  # a pending asynchronous exception would fire in this loop
    total = sum(range(200_000))
    assert total > 0
    assert extract_text(f.pdf_from_lines(f.cv_lines()), "cv.pdf").startswith("Jordan Avery")


def test_concurrent_extractions_in_threads() -> None:
    pdf, docx_data = f.two_page_cv_pdf(), f.rich_docx()
    expected = (extract_text(pdf, "a.pdf"), extract_text(docx_data, "a.docx"))
    results: list[tuple[str, str]] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(3):
                results.append((extract_text(pdf, "a.pdf"), extract_text(docx_data, "a.docx")))
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert results == [expected] * 18


# ---------------------------------------------------------------------------------------------
# DOCX


def test_docx_reads_header_body_list_textbox_table_footer_in_order() -> None:
    text = extract_text(f.rich_docx(), "cv.docx")
    lines = text.splitlines()
    expected_order = [
        "Maria Lopez · Curriculum Vitae",
        "Experience",
        "Acme Payments, Backend Engineer, 2019-2023",
        "- Cut checkout latency by 35% with Redis caching",
        "- Led migration of 40 services to Kubernetes",
        "Profile summary follows.",
        "Text box: Available from March 2025",
        "Skill | Level",
        "Python | Expert",
        "PostgreSQL | Advanced",
        "Education: MSc Software Engineering, Universidad de Sevilla",
        "References available on request",
    ]
    positions = [lines.index(line) for line in expected_order]
    assert positions == sorted(positions), lines
    assert text.count("Available from March 2025") == 1  # choice and fallback read once


def test_docx_table_with_multi_line_cells_keeps_each_line() -> None:
    document = Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "2019 – 2023"
    right = table.cell(0, 1)
    right.text = "Acme Payments"
    right.add_paragraph("Built the ledger service")
    right.add_paragraph("Cut costs by 20%", style="List Bullet")
    nested = right.add_table(rows=1, cols=2)
    nested.cell(0, 0).text = "Stack"
    nested.cell(0, 1).text = "Python, Go"
    text = extract_text(f.docx_bytes(document), "layout.docx")
    assert text.splitlines() == [
        "2019 – 2023", "Acme Payments", "Built the ledger service", "- Cut costs by 20%", "Stack | Python, Go",
    ]


def test_docx_without_text_says_so() -> None:
    error = refused(f.docx_bytes(Document()), "blank.docx")
    assert error.kind == "no_text"
    assert "No text was found" in str(error)


def test_truncated_docx_is_damaged() -> None:
    data = f.rich_docx()
    for cut in (10, len(data) // 2, len(data) - 30):
        error = refused(data[:cut], "cut.docx")
        assert error.kind == "damaged"
        assert "damaged or incomplete" in str(error)


def test_zip_bomb_docx_is_refused_before_parsing_and_fast() -> None:
    data = f.zip_bomb_docx(200)
    assert len(data) < 1_000_000  # 200 MB of zeros squeezed into a small upload
    started = time.perf_counter()
    error = refused(data, "bomb.docx")
    elapsed = time.perf_counter() - started
    assert error.kind == "zip_bomb"
    assert "refused for safety" in str(error)
    assert elapsed < 0.5


def test_zip_bomb_with_lying_headers_is_refused_by_the_bounded_read() -> None:
    data = f.lying_zip_bomb_docx(60)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.getinfo("word/document.xml").file_size == 2000  # the lie passes the header check
    started = time.perf_counter()
    error = refused(data, "liar.docx")
    assert error.kind in ("zip_bomb", "damaged")
    assert time.perf_counter() - started < 0.5


def test_zip_with_too_many_entries_is_refused() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for n in range(1500):
            archive.writestr(f"word/media/{n}.bin", b"")
    assert refused(buf.getvalue(), "many.docx").kind == "zip_bomb"


def test_other_office_zips_are_unsupported() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    error = refused(buf.getvalue(), "skills.xlsx")
    assert error.kind == "unsupported"
    assert "PDF, DOCX, ODT, RTF, TXT, MD or JSON Resume" in str(error)


# ---------------------------------------------------------------------------------------------
# Text files and encodings


@pytest.mark.parametrize(
    "data",
    [
        "José Müller\nDéveloppeur – café crème".encode("cp1252"),
        "José Müller\nDéveloppeur – café crème".encode(),
        b"\xef\xbb\xbf" + "José Müller\nDéveloppeur – café crème".encode(),
        "José Müller\nDéveloppeur – café crème".encode("utf-16"),  # with BOM
        b"\xfe\xff" + "José Müller\nDéveloppeur – café crème".encode("utf-16-be"),
    ],
    ids=["cp1252", "utf8", "utf8-bom", "utf16-bom", "utf16be-bom"],
)
def test_text_encodings_without_mojibake(data: bytes) -> None:
    assert extract_text(data, "cv.txt") == "José Müller\nDéveloppeur – café crème"


def test_markdown_keeps_structure() -> None:
    text = extract_text(b"# Title\n\n## Requirements\n* Python\n* SQL\n\n\n\n\nEnd   \n", "job.md")
    assert text == "# Title\n\n## Requirements\n- Python\n- SQL\n\nEnd"


def test_clean_text_bullets_hyphens_control_characters() -> None:
    raw = (
        "Header\t \x00\x07\x1b\n"
        "• first\n●second\n▪ third\n* fourth\n\uf0b7 fifth\n–  sixth\n•\nseventh on its own line\n"
        "the devel-\nopment of self-\nmotivated teams in 2019-\n2023\n\n\n\n"
        "e\u0301cole ﬁnance\u00a0team\u200b   \n"
        "Python • SQL • Docker\n"
    )
    assert clean_text(raw).splitlines() == [
        "Header",
        "- first", "- second", "- third", "- fourth", "- fifth", "- sixth", "- seventh on its own line",
        "the development of self-motivated teams in 2019-",
        "2023",
        "",
        "école finance team",
        "Python • SQL • Docker",
    ]


def test_text_named_pdf_is_accepted_but_binary_is_not() -> None:
    assert extract_text(b"Plain text CV saved with the wrong name", "cv.pdf") == (
        "Plain text CV saved with the wrong name"
    )
    assert refused(bytes(range(256)) * 4, "cv.pdf").kind == "damaged"
    assert refused(bytes(range(256)) * 4, "cv.txt").kind == "unsupported"


# ---------------------------------------------------------------------------------------------
# Refusals by type and size


def test_renamed_images_are_refused_as_images() -> None:
    error = refused(f.png_bytes(), "cv.pdf")
    assert error.kind == "image"
    assert "is an image (PNG)" in str(error) and "corrupt" not in str(error)
    assert refused(f.jpeg_bytes(), "cv.docx").kind == "image"


def test_legacy_doc_is_refused_with_a_way_out() -> None:
    error = refused(f.OLE_DOC, "cv.doc")
    assert error.kind == "legacy_doc"
    assert ".docx or PDF" in str(error)
    assert refused(f.OLE_DOC, "cv.docx").kind == "legacy_doc"


def test_password_protected_word_file_is_refused_as_encrypted() -> None:
    data = f.OLE_DOC.replace("WordDocument".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))
    error = refused(data, "cv.docx")
    assert error.kind == "encrypted"
    assert "without a password" in str(error)


@pytest.mark.parametrize("data,name", [(f.EXE_BYTES, "cv.exe"), (b"%!PS-Adobe-3.0", "cv.ps"), (b"a,b\n1,2", "cv.csv")])
def test_unsupported_types_name_the_supported_ones(data: bytes, name: str) -> None:
    error = refused(data, name)
    assert error.kind == "unsupported"
    assert "PDF, DOCX, ODT, RTF, TXT, MD or JSON Resume" in str(error)


def test_empty_files() -> None:
    for data in (b"", b"   \n\t\r\n"):
        error = refused(data, "cv.pdf")
        assert error.kind == "empty"
        assert "is empty" in str(error)


def test_too_large_states_the_limit() -> None:
    data = f.pdf_from_lines(f.cv_lines())
    error = refused(data + b" " * (10 * 1024 * 1024), "huge.pdf")
    assert error.kind == "too_large"
    assert "10 MB limit" in str(error)
    error = refused(data, "cv.pdf", max_bytes=1024)
    assert "0.0009765625" not in str(error) and "MB limit" in str(error)


def test_filename_is_shown_safely() -> None:
    error = refused(b"", "C:\\Users\\me\\Desktop\\my\x07cv.pdf")
    assert "“mycv.pdf”" in str(error)
    assert str(refused(b"", "")).startswith("The file is empty")


def test_supported_extensions() -> None:
    assert SUPPORTED_EXTENSIONS == ("pdf", "docx", "odt", "rtf", "txt", "md", "json")


# ---------------------------------------------------------------------------------------------
# Property: any bytes, any name: a str or a DocumentError, quickly

_VALID = {"pdf": f.two_page_cv_pdf(), "docx": f.rich_docx()}
_NAMES = st.sampled_from(["cv.pdf", "cv.docx", "cv.txt", "cv.md", "cv.doc", "cv", "cv.png"])


def _check_any(data: bytes, name: str) -> None:
    started = time.perf_counter()
    try:
        result = extract_text(data, name, time_limit_s=2.0)
    except DocumentError as error:
        assert str(error)
    else:
        assert isinstance(result, str)
    assert time.perf_counter() - started < 5


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=4096), name=_NAMES)
def test_random_bytes_only_give_text_or_document_error(data: bytes, name: str) -> None:
    _check_any(data, name)


@settings(max_examples=90, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kind=st.sampled_from(["pdf", "docx"]),
    flips=st.lists(st.tuples(st.integers(0, 1_000_000), st.integers(0, 255)), max_size=12),
    cut=st.one_of(st.none(), st.integers(0, 1_000_000)),
    name=_NAMES,
)
def test_mutated_documents_only_give_text_or_document_error(
    kind: str, flips: list[tuple[int, int]], cut: int | None, name: str
) -> None:
    _check_any(f.mutate(_VALID[kind], flips, cut), name)


# ---------------------------------------------------------------------------------------------
# Short CV warning and contact redaction


def test_short_text_warning() -> None:
    warning = short_text_warning("word " * 30)
    assert warning is not None and "30 words" in warning
    # words alone are not enough (no dated role, no bullets); a dated role with bullets is
    assert "no role with its dates" in short_text_warning("word " * 80)
    entry = "Nurse, Mercy Hospital, 2019 - present\n- " + "word " * 30 + "\n- " + "word " * 30
    assert short_text_warning(entry) is None
    assert short_text_warning("") is not None
    assert short_text_warning("Nurse, 2019 - present\n- cared for ten patients a shift\n- led the ward round",
                              min_words=5) is None


@pytest.mark.parametrize(
    "text",
    [
        "jane.doe+cv@example.co.uk",
        "mailto:jane@example.com",
        "+44 7700 900123",
        "+44 (0) 20 7946 0958",
        "(555) 123-4567",
        "555-123-4567",
        "+1.555.123.4567",
        "06 12 34 56 78",
        "0049 30 1234567",
        "Tel: 123 4567",
        "https://github.com/janedoe",
        "linkedin.com/in/jane-doe-123",
        "www.janedoe.dev",
        "http://jane.example.org/portfolio?x=1",
        "janedoe.com/portfolio",
    ],
)
def test_redaction_removes_contact_details(text: str) -> None:
    redacted = redact_contact_details(f"Contact {text} for details.")
    assert text not in redacted
    assert redacted.startswith("Contact ") and redacted.endswith(" hidden] for details.")
    assert any(marker in redacted for marker in ("[email hidden]", "[phone hidden]", "[link hidden]"))


@pytest.mark.parametrize(
    "text",
    [
        "Acme 2019-2023",
        "Acme (2019 - 2023)",
        "2015–2019",
        "since 12.03.2021",
        "on 2021-03-12",
        "grew revenue 30%",
        "served 1,200 users",
        "saved £48,000 a year",
        "99.95% uptime",
        "Python 3.11.4 and Node.js",
        "ISO 27001 audit",
        "team of 12 engineers in 3 countries",
        "worked at Booking.com",
        "10,000,000 events",
    ],
)
def test_redaction_keeps_years_dates_and_figures(text: str) -> None:
    assert redact_contact_details(text) == text


def test_redaction_of_the_sample_cv_contact_line() -> None:
    text = load_sample()["cv_text"]
    redacted = redact_contact_details(text)
    assert "daniel.okafor@example.com" not in redacted and "900123" not in redacted
    assert "linkedin" not in redacted
    assert "[email hidden]" in redacted and "[phone hidden]" in redacted and "[link hidden]" in redacted
    for kept in ("Mar 2021 – Present", "1.2 s", "30%", "1,200 users", "2014 – 2018", "£48,000"):
        assert kept in redacted


# ---------------------------------------------------------------------------------------------
# Samples


def test_every_sample_loads() -> None:
    samples = list_samples()
    assert [s["id"] for s in samples][0] == "backend-fintech"
    assert len(samples) == 3
    for item in samples:
        sample = load_sample(item["id"])
        assert set(sample) >= {"job_title", "company", "job_description", "cv_text", "cv_filename", "cv_bytes"}
        assert sample["job_title"] in sample["job_description"]
        assert sample["company"] in sample["job_description"]
        assert "## Responsibilities" in sample["job_description"] and "## Requirements" in sample["job_description"]
        assert sample["cv_bytes"] == (SAMPLES_DIR / sample["cv_filename"]).read_bytes()
        for employer in ("Brightwave Logistics", "Northlight Analytics", "Cobalt Systems"):
            assert employer in sample["cv_text"]
        assert short_text_warning(sample["cv_text"]) is None
    assert load_sample()["id"] == "backend-fintech"
    with pytest.raises(KeyError):
        load_sample("nope")


def test_default_sample_has_gaps_to_probe() -> None:
    sample = load_sample("backend-fintech")
    cv = sample["cv_text"].lower()
    for shared in ("python", "postgresql", "docker", "aws", "rest api"):
        assert shared in cv and shared in sample["job_description"].lower()
    for gap in ("kubernetes", "pci dss", " go "):
        assert gap in sample["job_description"].lower().replace(".", " ").replace(",", " ")
        assert gap not in cv.replace(".", " ").replace(",", " ")


def _words(text: str) -> str:
    return " ".join(text.replace("|", " ").replace(":", " ").split())


def test_pdf_and_docx_samples_agree_on_key_lines() -> None:
    pdf = extract_text((SAMPLES_DIR / "sample_cv.pdf").read_bytes(), "sample_cv.pdf")
    docx_text = extract_text((SAMPLES_DIR / "sample_cv.docx").read_bytes(), "sample_cv.docx")
    pdf_words = _words(pdf)
    key_lines = [
        line for line in docx_text.splitlines()
        if line.startswith("- ") or " — " in line or line in ("Experience", "Skills", "Education")
    ]
    assert len(key_lines) > 20
    for line in key_lines:
        assert _words(line) in pdf_words, line
    assert abs(len(pdf.split()) - len(docx_text.split())) < 25


# ---------------------------------------------------------------------------------------------
# Issue 16: kinds of real files that failed (the handed-in examples are in tests/data/inputs/)

INPUTS = Path(__file__).resolve().parent / "data" / "inputs"


def test_soft_hyphen_pdf_from_the_report_keeps_its_dashes() -> None:
    text = extract_text((INPUTS / "pdf-soft-hyphen-as-dash.pdf").read_bytes(), "pdf-soft-hyphen-as-dash.pdf")
    assert "Sep 2020 - Mar 2023" in text
    assert "(2019-2023)" in text
    assert "high-impact e-commerce" in text
    assert "\u00ad" not in text


def test_soft_hyphen_is_a_hyphen_between_characters_and_joins_only_at_a_line_break() -> None:
    lines = ["Example Analytics, Sep 2020 \u00ad Mar 2023", "Built real\u00adtime dashboards (2019\u00ad2023) in a develop\u00ad",
             "ment team", *f.cv_lines()[:3]]
    text = extract_text(f.pdf_from_lines(lines), "cv.pdf")
    assert "Example Analytics, Sep 2020 - Mar 2023" in text.splitlines()
    assert "Built real-time dashboards (2019-2023) in a development team" in text.splitlines()
    assert clean_text("re\u00adplatforming and e\u00ad\ncommerce") == "re-platforming and ecommerce"


def test_pdf_font_without_space_glyph_from_the_report_gets_its_spaces() -> None:
    text = extract_text((INPUTS / "pdf-font-without-space-glyph.pdf").read_bytes(), "glued.pdf")
    assert text.splitlines()[:2] == ["Jordan Example", "Senior Backend Engineer at Dunmore Payments Inc."]
    assert "reduced cloud costs by 38 percent while leading a team of six engineers." in text


def test_glued_text_detector_tells_glued_from_ordinary_text() -> None:
    assert looks_glued("SeniorBackendEngineeratDunmorePaymentsInc. WorkedonWebservicesreducedcloudcosts")
    assert not looks_glued(" ".join(f.cv_lines()))
    # Long URLs, e-mail addresses and one long German compound do not make a page glued.
    assert not looks_glued("Softwareentwicklungsleiterin bei Beispiel GmbH, https://www.example.com/jordan-avery-"
                           "profile-page jordan.avery.example@example.com und Teamleitung fur zwolf Personen")


def test_letter_spaced_headings_are_read_as_words() -> None:
    text = extract_text(f.letter_spaced_pdf(), "designed.pdf")
    lines = text.splitlines()
    assert lines[:2] == ["JORDAN AVERY", "EXPERIENCE"]
    assert "Company 0-0 Ltd, Data Engineer, 2010-2020" in lines


def test_ordinary_pdf_keeps_pypdfs_text() -> None:
    # The common case keeps pypdf's text: PDFium only checks the page's drawing order (cheap), and
    # re-reads a page only when it is drawn without word spaces or out of reading order.
    from core.documents.columns import reordered_pages

    assert extract_text(f.two_page_cv_pdf(), "cv.pdf").startswith("Jordan Avery")
    assert reordered_pages(f.two_page_cv_pdf(), 2) == {}
    code = (
        "import sys\n"
        "from core.documents import extract_text\n"
        "print('pypdfium2' in sys.modules)\n"
        "extract_text(open('tests/data/inputs/pdf-font-without-space-glyph.pdf', 'rb').read(), 'g.pdf')\n"
        "print('pypdfium2' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=120,
                            check=True)
    assert result.stdout.split() == ["False", "True"]  # imported when a PDF is read, not at start-up


def test_strict_open_xml_from_the_report_is_read() -> None:
    text = extract_text((INPUTS / "docx-strict-open-xml.docx").read_bytes(), "docx-strict-open-xml.docx")
    assert text.splitlines()[:3] == ["Morgan Placeholder", "Product Analyst | morgan@example.com | +1 555 0100",
                                     "Experience"]
    assert "SQL, Python, pandas, Tableau, experimentation, stakeholder management." in text


def test_any_strict_open_xml_document_reads_as_its_transitional_twin() -> None:
    transitional = f.rich_docx()
    assert extract_text(f.strict_docx(transitional), "strict.docx") == extract_text(transitional, "cv.docx")


@pytest.mark.parametrize("content_type", [
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",  # .dotx
    "application/vnd.ms-word.document.macroEnabled.main+xml",  # .docm
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",  # .dotm
])
def test_template_and_macro_enabled_word_files_under_a_docx_name_are_read(content_type: str) -> None:
    plain = f.rich_docx()
    assert extract_text(f.docx_with_main_type(plain, content_type), "cv.docx") == extract_text(plain, "cv.docx")


def test_html_altchunk_from_the_report_is_read() -> None:
    text = extract_text((INPUTS / "docx-html-altchunk.docx").read_bytes(), "docx-html-altchunk.docx")
    assert text.splitlines() == [
        "Sam Placeholder",
        "Backend Engineer · sam@example.com · +1 555 0142",
        "Experience",
        "- Example Logistics (2020–2024): built the order API in Python and PostgreSQL, cut p95 latency from "
        "800 ms to 180 ms.",
        "- Led the move to Kubernetes for 30 services.",
        "Skills",
        "Python, FastAPI, PostgreSQL, Redis, Kubernetes, Terraform",
    ]


def test_html_altchunk_keeps_document_order_tables_and_drops_scripts() -> None:
    html = (b"<html><head><title>t</title><style>p{}</style></head><body><h1>Sam Placeholder</h1>"
            b"<table><tr><td>Python</td><td>Expert</td></tr></table><script>alert('x')</script>"
            b"<p>Line one<br>Line two</p></body></html>")
    text = extract_text(f.altchunk_docx(html, "text/html", "html", before="Curriculum Vitae"), "cv.docx")
    assert text.splitlines() == ["Curriculum Vitae", "Sam Placeholder", "Python | Expert", "Line one", "Line two"]


def test_two_word_pdf_returns_its_text_instead_of_calling_it_scanned() -> None:
    assert extract_text(f.pdf_from_lines(["Jordan Avery"]), "two-words.pdf") == "Jordan Avery"


def test_owner_password_pdf_with_few_words_opens_and_returns_them() -> None:
    assert extract_text(f.owner_password_pdf(["Jordan Avery, Data Engineer"]), "owner.pdf") == (
        "Jordan Avery, Data Engineer")


def test_arabic_pdf_with_a_few_words_returns_them_in_reading_order() -> None:
    text = "أحمد علي مهندس برمجيات"
    assert extract_text(f.raw_text_pdf(text, right_to_left=True), "arabic.pdf") == text


def test_pdf_with_a_broken_xref_is_repaired_and_its_short_text_returned() -> None:
    data = f.raw_text_pdf("Jordan Avery, Data Engineer", break_xref=True)
    assert extract_text(data, "repaired.pdf") == "Jordan Avery, Data Engineer"


def test_short_text_reaches_the_short_cv_warning() -> None:
    text = extract_text(f.pdf_from_lines(["Jordan Avery"]), "two-words.pdf")
    assert "only 2 words" in short_text_warning(text)


def test_image_pdf_with_a_stray_page_number_is_still_called_scanned() -> None:
    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfgen import canvas as pdf_canvas

    stamp = io.BytesIO()
    c = pdf_canvas.Canvas(stamp)
    c.drawString(300, 20, "Scan 7")
    c.showPage()
    c.save()
    writer = PdfWriter(clone_from=io.BytesIO(f.image_only_pdf()))
    writer.pages[0].merge_page(PdfReader(io.BytesIO(stamp.getvalue())).pages[0])
    out = io.BytesIO()
    writer.write(out)
    error = refused(out.getvalue(), "scan.pdf")
    assert error.kind == "no_text" and "scanned" in str(error)


JSON_RESUME = {
    "basics": {
        "name": "Riley Example", "label": "Platform Engineer", "email": "riley@example.com", "phone": "555-0100",
        "summary": "Platform engineer who likes boring, reliable systems.",
        "location": {"city": "Leeds", "countryCode": "GB"},
        "profiles": [{"network": "GitHub", "url": "https://github.com/riley-example"}],
    },
    "work": [{
        "name": "Example Freight", "position": "Senior Platform Engineer", "startDate": "2021-03",
        "summary": "Owned the Kubernetes platform.",
        "highlights": ["Cut deploy time from 40 to 8 minutes", "Ran on-call for 30 services"],
    }],
    "education": [{"institution": "University of Example", "area": "Computer Science", "studyType": "BSc",
                   "startDate": "2013", "endDate": "2016"}],
    "skills": [{"name": "Cloud", "level": "Advanced", "keywords": ["AWS", "Terraform", "Kubernetes"]}],
    "projects": [{"name": "shipctl", "description": "A CLI for freight bookings.", "highlights": ["400 stars"]}],
    "meta": {"theme": "even"},
}


def test_json_resume_reads_into_cv_text() -> None:
    text = extract_text(json.dumps(JSON_RESUME).encode(), "resume.json")
    assert text.splitlines() == [
        "Riley Example",
        "Platform Engineer",
        "riley@example.com | 555-0100 | Leeds, GB | GitHub: https://github.com/riley-example",
        "Summary",
        "Platform engineer who likes boring, reliable systems.",
        "",
        "Experience",
        "Senior Platform Engineer, Example Freight, March 2021 – present",  # as a person writes it (session 19)
        "Owned the Kubernetes platform.",
        "- Cut deploy time from 40 to 8 minutes",
        "- Ran on-call for 30 services",
        "",
        "Education",
        "BSc Computer Science from University of Example, 2013 – 2016",
        "",
        "Skills",
        "Cloud (Advanced): AWS, Terraform, Kubernetes",
        "",
        "Projects",
        "shipctl",
        "A CLI for freight bookings.",
        "- 400 stars",
    ]


def test_other_json_is_refused_with_a_sentence() -> None:
    error = refused(b'{"orders": [1, 2, 3]}', "orders.json")
    assert error.kind == "unsupported" and "JSON Resume" in str(error)
    assert refused(b'{"basics": ', "resume.json").kind == "damaged"
    assert refused(b"[" * 100_000, "deep.json").kind == "damaged"


def test_icon_font_glyphs_are_removed_and_lines_kept() -> None:
    text = clean_text(
        "Jordan Avery\n\uf1fa jordan@example.com \u2642\u00b6obile-alt \uf095 +1 555 0100\n"
        "/linkedin-in linkedin.com/in/jordan-example /github github.com/jordan\n\uf3c5 Leeds\n"
        "Uses and/or builds /api/v1 endpoints"
    )
    assert text.splitlines() == [
        "Jordan Avery",
        "jordan@example.com +1 555 0100",
        "linkedin.com/in/jordan-example github.com/jordan",
        "Leeds",
        "Uses and/or builds /api/v1 endpoints",
    ]


def test_page_stamps_and_repeated_headers_are_removed() -> None:
    text = extract_text(f.pdf_with_margins(3), "cv.pdf")
    lines = text.splitlines()
    assert lines.count("Jordan Avery · Curriculum Vitae") == 1
    assert not any(line.startswith("Page ") or "/3" in line for line in lines)
    assert "BSc Computer Science, University of Leeds, 2012" in lines
    assert len([line for line in lines if line.startswith("- Built pipeline")]) == 20
    assert clean_text("Jordan Avery · page 2\nExperience\n2 of 3") == "Jordan Avery\nExperience"


def test_messages_name_the_file_once() -> None:
    for data, name in ((f.encrypted_pdf("u", "o"), "x.pdf"), (f.image_only_pdf(), "x.pdf"), (b"", "x.pdf"),
                       (f.png_bytes(), "x.pdf"), (b'{"a": 1}', "x.json")):
        message = str(refused(data, name)) if data else str(refused(b" ", name))
        assert message.count("x.pdf") + message.count("x.json") == 1, message


def test_job_heading_reads_stated_title_and_company() -> None:
    assert job_heading("# Backend Software Engineer (Payments Platform)\n\n**Company:** Ledgerline, a fintech") == (
        "Backend Software Engineer", "Ledgerline")
    assert job_heading("Job Description\nJob title: Staff Nurse\nEmployer: St Mary's Hospital, London") == (
        "Staff Nurse", "St Mary's Hospital")
    assert job_heading("Data Analyst at Harbor & Finch\nWe sell homeware.") == ("Data Analyst", "Harbor & Finch")
    assert job_heading("We are looking for someone who loves data. You will build dashboards.") == ("", "")
    # the company alone on the line under the title (a newcomer's nurse job left it empty)
    assert job_heading("Registered Nurse – Emergency Department\nMercy General Hospital\nWe need an ER nurse.") == (
        "Registered Nurse – Emergency Department", "Mercy General Hospital")
    assert job_heading("Backend Engineer\nWe build payments software for banks.") == ("Backend Engineer", "")


@pytest.mark.parametrize("name", ["sample_cv.pdf", "sample_cv.docx"])
def test_the_sample_cvs_name_is_read_once(name: str) -> None:
    """The PDF's footer "Daniel Okafor · page N" and the DOCX's footer "Daniel Okafor · CV" only repeat
    the name in the title: the text holds it once, as its first line."""
    text = extract_text((SAMPLES_DIR / name).read_bytes(), name)
    lines = text.splitlines()
    assert lines[0] == "Daniel Okafor"
    assert [line for line in lines if "Daniel Okafor" in line] == ["Daniel Okafor"]
    for sample in list_samples():
        assert load_sample(sample["id"])["cv_text"].count("Daniel Okafor") == 1


def test_a_running_footer_with_the_page_number_goes_from_every_page() -> None:
    """A footer "name · page N" differs on each page only by its number: it is a running footer."""
    pages = ["Jo Avery · page 1\nJo Avery\nData engineer\nExperience", "Jo Avery · page 2\n- Built pipelines\nSkills"]
    assert drop_repeated_margins(pages) == ["Jo Avery\nData engineer\nExperience", "- Built pipelines\nSkills"]
    # A header that is the only place the name is written stays on the first page.
    alone = ["Jo Avery · page 1\nData engineer\nExperience", "Jo Avery · page 2\n- Built pipelines\nSkills"]
    assert drop_repeated_margins(alone)[0].startswith("Jo Avery · page 1")
    assert "Jo Avery" not in drop_repeated_margins(alone)[1]


def test_a_docx_footer_that_repeats_the_body_is_dropped_but_new_details_stay() -> None:
    document = Document()
    document.add_paragraph("Sam Reyes")
    document.add_paragraph("Nurse, St Mary's Hospital")
    document.sections[0].footer.paragraphs[0].text = "Sam Reyes · Curriculum Vitae"
    document.sections[0].header.paragraphs[0].text = "Sam Reyes · sam@example.com"
    buffer = io.BytesIO()
    document.save(buffer)
    lines = extract_text(buffer.getvalue(), "cv.docx").splitlines()
    assert lines == ["Sam Reyes · sam@example.com", "", "Sam Reyes", "Nurse, St Mary's Hospital"]
