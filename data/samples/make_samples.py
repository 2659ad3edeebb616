"""Regenerate the sample CV as PDF and DOCX: ``python data/samples/make_samples.py``.

Needs reportlab (a dev dependency) and python-docx. The generated files are committed, so the app
itself never runs this script.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

NAME = "Daniel Okafor"
HEADLINE = "Software Engineer (backend and data)"
CONTACT = "Manchester, UK · daniel.okafor@example.com · +44 7700 900123 · linkedin.com/in/daniel-okafor-example"

SUMMARY = (
    "Software engineer with six years of experience building backend services and data pipelines in "
    "Python. I enjoy turning slow, fragile processes into reliable systems, and I care about tests, "
    "observability and clear documentation. Most recently I led the rebuild of a shipment-tracking API "
    "used by 2,000 business customers."
)

EXPERIENCE: list[tuple[str, str, str, list[str]]] = [
    (
        "Brightwave Logistics",
        "Software Engineer II, Manchester",
        "Mar 2021 – Present",
        [
            "Led the rebuild of the shipment-tracking API in Python and FastAPI, cutting p95 latency from "
            "1.2 s to 180 ms for 2,000 business customers.",
            "Designed the PostgreSQL schema and partitioning for 400 million tracking events, reducing "
            "storage costs by 30% while keeping queries under 50 ms.",
            "Moved 14 services from hand-managed servers to Docker containers on AWS ECS with Terraform, "
            "halving deployment time to 12 minutes.",
            "Introduced contract tests and a CI pipeline in GitHub Actions; production incidents fell from "
            "9 to 3 per quarter.",
            "Added structured logging, tracing and Grafana dashboards; mean time to recovery dropped from "
            "95 to 25 minutes.",
            "Mentored two junior engineers and ran the team's fortnightly design review.",
        ],
    ),
    (
        "Northlight Analytics",
        "Data Engineer, Leeds",
        "Jul 2018 – Feb 2021",
        [
            "Built batch and streaming pipelines with Apache Airflow and Kafka that ingested 50 GB of "
            "retail sales data per day for 25 client dashboards.",
            "Rewrote a nightly reconciliation job in PySpark, bringing its run time down from 6 hours to "
            "40 minutes.",
            "Created a data-quality framework with 300 automated checks, catching 95% of bad loads before "
            "they reached clients.",
            "Worked with analysts to model sales data in dbt, giving 1,200 users a single source of truth.",
            "Exposed pipeline results through an internal REST API in Django, used by three product teams.",
        ],
    ),
    (
        "Cobalt Systems",
        "Software Engineering Intern, Sheffield",
        "Jun 2017 – Sep 2017",
        [
            "Wrote a Django admin tool for support staff that replaced a shared spreadsheet.",
            "Added unit tests that raised coverage of the billing module from 40% to 78%.",
        ],
    ),
]

PROJECTS = [
    "Rate limiter service: a token-bucket rate limiter in Python and Redis handling 8,000 requests per "
    "second, open-sourced with 300 GitHub stars.",
    "Event replay tool: a command-line tool that replays Kafka topics into a staging PostgreSQL database, "
    "now used by four teams to reproduce production bugs.",
    "Cost review: led a review of AWS spend that removed idle resources and saved £48,000 a year.",
]

SKILLS: list[tuple[str, str]] = [
    ("Languages", "Python, SQL, Bash, TypeScript (basic)"),
    ("Backend", "FastAPI, Django, REST API design, Celery, Redis"),
    ("Data", "PostgreSQL, Apache Airflow, Kafka, PySpark, dbt"),
    ("Cloud and tooling", "AWS (ECS, RDS, S3, Lambda), Docker, Terraform, GitHub Actions, Grafana"),
]

EDUCATION = [
    ("BSc (Hons) Computer Science, First Class", "University of Sheffield", "2014 – 2018"),
]

EXTRAS = [
    "AWS Certified Developer – Associate (2022).",
    "Volunteer tutor at Code Your Future Manchester: teach Python basics to career changers.",
    "Speaker at PyCon UK 2023: \"Partitioning PostgreSQL without downtime\".",
]


def build_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontSize=10.5, leading=14, alignment=TA_LEFT)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=2)
    section = ParagraphStyle("section", parent=styles["Heading2"], fontSize=13, spaceBefore=10, spaceAfter=4,
                             textColor=colors.HexColor("#1f3b57"))
    role = ParagraphStyle("role", parent=body, fontName="Helvetica-Bold", spaceBefore=6)
    story = [
        Paragraph(NAME, styles["Title"]),
        Paragraph(HEADLINE, body),
        Paragraph(CONTACT, body),
        Paragraph("Profile", section),
        Paragraph(SUMMARY, body),
        Paragraph("Experience", section),
    ]
    for employer, title, dates, bullets in EXPERIENCE:
        story.append(Paragraph(f"{employer} — {title} ({dates})", role))
        story.extend(Paragraph(text, bullet, bulletText="•") for text in bullets)
    story.append(Paragraph("Selected projects", section))
    story.extend(Paragraph(text, bullet, bulletText="•") for text in PROJECTS)
    story.append(Paragraph("Skills", section))
    story.extend(Paragraph(f"<b>{label}:</b> {items}", body) for label, items in SKILLS)
    story.append(Paragraph("Education", section))
    story.extend(Paragraph(f"{degree}, {school} ({dates})", body) for degree, school, dates in EDUCATION)
    story.append(Paragraph("Certifications and community", section))
    story.extend(Paragraph(text, bullet, bulletText="•") for text in EXTRAS)
    document = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                                 topMargin=18 * mm, bottomMargin=18 * mm, title=f"{NAME} – CV", author=NAME,
                                 invariant=1)
    document.build(story, onLaterPages=_page_footer, onFirstPage=_page_footer)


def _page_footer(canvas, document) -> None:  # noqa: ANN001 - reportlab callback
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(document.pagesize[0] - 20 * 2.835, 12 * 2.835, f"{NAME} · page {document.page}")
    canvas.restoreState()


def build_docx(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.core_properties.author = NAME
    document.core_properties.title = f"{NAME} – CV"
    section = document.sections[0]
    section.footer.paragraphs[0].text = f"{NAME} · CV"
    document.add_heading(NAME, level=0)
    document.add_paragraph(HEADLINE)
    document.add_paragraph(CONTACT)
    document.add_heading("Profile", level=1)
    document.add_paragraph(SUMMARY)
    document.add_heading("Experience", level=1)
    for employer, title, dates, bullets in EXPERIENCE:
        heading = document.add_paragraph()
        heading.add_run(f"{employer} — {title} ({dates})").bold = True
        for text in bullets:
            document.add_paragraph(text, style="List Bullet")
    document.add_heading("Selected projects", level=1)
    for text in PROJECTS:
        document.add_paragraph(text, style="List Bullet")
    document.add_heading("Skills", level=1)
    table = document.add_table(rows=len(SKILLS), cols=2)
    table.style = "Table Grid"
    for row, (label, items) in enumerate(SKILLS):
        table.cell(row, 0).text = label
        table.cell(row, 1).text = items
    document.add_heading("Education", level=1)
    for degree, school, dates in EDUCATION:
        document.add_paragraph(f"{degree}, {school} ({dates})")
    document.add_heading("Certifications and community", level=1)
    for text in EXTRAS:
        document.add_paragraph(text, style="List Bullet")
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            run.font.size = run.font.size or Pt(10.5)
    document.save(str(path))


def main() -> None:
    build_pdf(HERE / "sample_cv.pdf")
    build_docx(HERE / "sample_cv.docx")
    print("wrote", HERE / "sample_cv.pdf", "and", HERE / "sample_cv.docx")


if __name__ == "__main__":
    main()
