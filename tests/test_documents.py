"""core.documents and core.samples: every kind of file a user may upload, good or bad."""

from __future__ import annotations

import io
import threading
import time
import zipfile

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


def test_pdf_with_almost_no_text_is_treated_as_scanned() -> None:
    pages = [["Page 1"], ["Page 2"], ["Page 3"]]
    assert refused(f.pdf_from_pages(pages), "scan.pdf").kind == "no_text"


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
    assert "PDF, DOCX, TXT, MD or JSON Resume" in str(error)


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


@pytest.mark.parametrize("data,name", [(f.EXE_BYTES, "cv.exe"), (b"{\\rtf1 hello}", "cv.rtf"), (b"a,b\n1,2", "cv.csv")])
def test_unsupported_types_name_the_supported_ones(data: bytes, name: str) -> None:
    error = refused(data, name)
    assert error.kind == "unsupported"
    assert "PDF, DOCX, TXT, MD or JSON Resume" in str(error)


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
    assert SUPPORTED_EXTENSIONS == ("pdf", "docx", "txt", "md", "json")


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
    assert short_text_warning("word " * 80) is None
    assert short_text_warning("") is not None
    assert short_text_warning("word " * 10, min_words=5) is None


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
