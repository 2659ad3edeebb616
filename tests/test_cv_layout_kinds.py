"""How a CV's text and its sections reach the fact extractor (issue 15 point 1, session 6): one small
made-up input per layout fault kind, with what a reader of that CV would take from it."""

from __future__ import annotations

import pytest

from core.analysis import extract_cv_facts
from core.analysis.cv_lines import section_kind
from core.documents import extract_text
from core.documents.clean import drop_repeated_margins
from tests import doc_factories as f


def test_a_running_footer_with_its_page_number_goes_even_where_a_page_lost_its_spaces() -> None:
    """"MAY 2024 ANN LEE · CV 2 OF 3" repeats "... 1 OF 3" but for its number, and one page's text layer
    dropped its spaces: it is the same running footer on every page, page 1 included (the name was read
    in the title above it)."""
    pages = [
        "Ann Lee\nData analyst\nExperience\nMAY 2024 ANN LEE · CV 1 OF 3",
        "- Built dashboards for the sales team\n- Cut report time by half\nMAY 2024 ANN LEE · CV 2 OF 3",
        "Skills\nSQL, Tableau\nMAY2024 ANNLEE · CV3 OF3",
    ]
    out = drop_repeated_margins(pages)
    assert not any("ANN" in page for page in out)
    assert out[0].startswith("Ann Lee\nData analyst") and "SQL, Tableau" in out[2]


def test_a_page_number_inside_a_line_does_not_make_it_a_running_footer() -> None:
    pages = ["Ann Lee\nPage 1 of the handbook\nBuilt pipeline 1", "Page 2 of the handbook\nBuilt pipeline 2\nEnd"]
    assert "Page 2 of the handbook" in drop_repeated_margins(pages)[1]


def test_certificates_and_letters_appended_to_a_pdf_cv_are_not_read_as_cv() -> None:
    cv = ["Ann Lee", "Experience", "Data Analyst", "Initrode Ltd | 2019 - Present", "- Built dashboards in Tableau",
          "Skills", "SQL, Tableau"]
    certificate = ["Certificate of Completion", "This is to certify that", "Ann Lee",
                   "has successfully completed", "Advanced Haskell for Accountants", "Credential ID 12345"]
    letter = ["To whom it may concern,", "Ann worked with us on Kubernetes clusters.", "Yours sincerely,", "Bo Park"]
    text = extract_text(f.pdf_from_pages([cv, certificate, letter]), "cv.pdf")
    assert "Built dashboards in Tableau" in text
    assert "Haskell" not in text and "Kubernetes" not in text
    assert "haskell" not in {s.casefold() for s in extract_cv_facts(text)["skills_as_written"]}


def test_one_certification_line_on_a_cv_page_keeps_the_page() -> None:
    page2 = ["Certifications", "Certificate of Completion, Google Data Analytics, 2022", "Languages", "English"]
    text = extract_text(f.pdf_from_pages([["Ann Lee", "Data analyst"], page2]), "cv.pdf")
    assert "Google Data Analytics" in text


@pytest.mark.parametrize(("heading", "kind"), [
    ("Berufserfahrung", "experience"), ("Beruflicher Werdegang", "experience"), ("Ausbildung", "education"),
    ("Kenntnisse", "skills"), ("IT-Kenntnisse", "skills"), ("Sprachkenntnisse", "other"),
    ("Experiencia laboral", "experience"), ("Formación", "education"), ("Habilidades", "skills"),
    ("Expérience professionnelle", "experience"), ("Formation", "education"), ("Compétences", "skills"),
    ("Études", "education"), ("Esperienza lavorativa", "experience"), ("Istruzione", "education"),
    ("Competenze", "skills"), ("Werkervaring", "experience"), ("Opleiding", "education"),
    ("工作经历", "experience"), ("工作经验：", "experience"), ("教育背景", "education"), ("技能", "skills"),
    ("专业技能和语言能力", "skills"), ("自我评价", "other"), ("项目经验", "other"), ("Work Examples", "other"),
])
def test_section_headings_in_other_languages(heading: str, kind: str) -> None:
    assert section_kind(heading) == kind


def test_a_german_cv_reads_its_sections() -> None:
    cv = """Lena Vogt
Berufserfahrung
Softwareentwicklerin
Nordlicht GmbH | 03/2020 - heute
- Entwicklung von Microservices mit Kotlin und PostgreSQL
Ausbildung
Technische Universität Dresden, M.Sc. Informatik, 2019
Kenntnisse
Kotlin, PostgreSQL, Docker
"""
    facts = extract_cv_facts(cv)
    assert facts["employers"] == ["Nordlicht GmbH"]
    assert {"kotlin", "postgresql", "docker"} <= {s.casefold() for s in facts["skills_as_written"]}


def test_chinese_skill_sentences_give_their_tools_not_their_clauses() -> None:
    """A Chinese skills section is prose ("熟练使用Python和Django框架，熟悉Linux；"): its clauses are no skill
    names, the Latin names inside it are (CJK text has no spaces, so they are set apart first)."""
    cv = """王小明
专业技能
- 熟练使用Python和Django框架，熟悉Linux；
- 有Docker部署经验；
教育背景
北京某某大学 计算机科学 2015 - 2019
"""
    skills = extract_cv_facts(cv)["skills_as_written"]
    assert {"python", "django", "linux", "docker"} <= {s.casefold() for s in skills}
    assert not any(any("\u4e00" <= ch <= "\u9fff" for ch in s) for s in skills)


def _scrambled_two_column_pdf() -> bytes:
    """A sidebar (contact, skills) and a main column (experience, education) drawn as design tools do: the
    main column's blocks bottom first, the sidebar's lines in between, bullets apart from their text."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    sidebar = ["Mira Osei", "mira@example.org", "", "Skills", "Figma", "Sketch", "Storybook", "Accessibility audits"]
    blocks = [  # (first line's y, lines) in reading order
        (760, ["Experience"]),
        (730, ["Product Designer", "Quillfeather Studio | 2021 - Present",
               "* Designed the checkout flow in Figma with the payments team",
               "+ and the fraud desk",
               "* Ran usability tests with 40 customers"]),
        (640, ["Junior Designer", "Bramblewood Agency | 2018 - 2021",
               "* Built a component library in Storybook"]),
        (570, ["Education"]),
        (545, ["Northgate University, BA Graphic Design, 2018"]),
    ]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    side = iter(enumerate(sidebar))
    for top, lines in reversed(blocks):
        for n, line in enumerate(lines):
            y = top - 14 * n
            if line.startswith("* "):
                c.drawString(230, y, line[2:])
                c.drawString(220, y, "•")
            elif line.startswith("+ "):  # the bullet's text wrapped onto the next line
                c.drawString(230, y, line[2:])
            else:
                c.drawString(220, y, line)
        for _ in range(2):  # two sidebar lines after each main block
            index, line = next(side, (None, ""))
            if line:
                c.drawString(40, 760 - 14 * index, line)
    for index, line in side:
        if line:
            c.drawString(40, 760 - 14 * index, line)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_two_column_page_drawn_out_of_reading_order_is_read_column_by_column() -> None:
    text = extract_text(_scrambled_two_column_pdf(), "cv.pdf")
    lines = text.splitlines()
    assert lines.index("Experience") < lines.index("Product Designer") < lines.index("Junior Designer") < lines.index("Education")
    assert lines.index("Skills") < lines.index("Figma") < lines.index("Accessibility audits")
    assert "- Designed the checkout flow in Figma with the payments team and the fraud desk" in lines
    facts = extract_cv_facts(text)
    assert facts["current_title"] == "Product Designer"
    assert facts["employers"] == ["Quillfeather Studio", "Bramblewood Agency"]
    assert facts["schools"] == ["Northgate University"]
    pairs = set(facts["skill_employer_pairs"])
    assert ("Figma", "Quillfeather Studio") in pairs and ("Storybook", "Bramblewood Agency") in pairs
    assert ("Sketch", "Quillfeather Studio") not in pairs and ("Sketch", "Bramblewood Agency") not in pairs


def test_a_two_column_page_drawn_column_by_column_keeps_its_text() -> None:
    from core.documents.pdf import extract_pdf

    data = f.two_column_pdf(["Skills", "Python", "SQL"] * 4, ["Experience", "Data Analyst, Initrode, 2020 - 2023"] * 4)
    text = extract_pdf(data, "cv.pdf", 5, lambda: None)
    assert text.splitlines()[:3] == ["Skills", "Python", "SQL"]


def _right_aligned_pdf() -> bytes:
    """A one-column CV whose entry headers put the place and the dates flush right (LaTeX's \\hfill, a
    Typst grid): the text layer has no tab, only a wide blank."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    rows = [("Ann Lee", ""), ("Experience", ""), ("Wavecrest Analytics", "Brindlecove, ZZ"),
            ("Data Analyst", "Jan 2021 - Present"), ("- Built dashboards in Tableau", ""),
            ("Education", ""), ("Northgate University", "Brindlecove, ZZ"), ("BSc Statistics", "2016 - 2020")]
    y = 780
    for left, right in rows:
        line = c.beginText(56, y)  # one text object per line, the right part moved to the margin
        line.setFont("Helvetica", 10)
        line.textOut(left)
        if right:
            line.moveCursor(484 - c.stringWidth(right, "Helvetica", 10), 0)
            line.textOut(right)
        c.drawText(line)
        y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_right_aligned_place_or_date_is_a_column_break_not_part_of_the_name() -> None:
    text = extract_text(_right_aligned_pdf(), "cv.pdf")
    assert "Wavecrest Analytics | Brindlecove, ZZ" in text.splitlines()
    assert "Data Analyst | Jan 2021 - Present" in text.splitlines()
    facts = extract_cv_facts(text)
    assert facts["employers"] == ["Wavecrest Analytics"]
    assert facts["current_title"] == "Data Analyst"


def test_icon_font_glyph_names_are_no_text() -> None:
    """Icon fonts whose glyph names come out as text, some with their letters mapped to symbols."""
    from core.documents.clean import clean_text

    raw = "♂¶ap-¶arker Lakemoor /gl⌢be ann.example.org ♂phone 000-111 /heartbeat Persistence /char◎-line Growth"
    assert clean_text(raw) == "Lakemoor ann.example.org 000-111 Persistence Growth"
    assert clean_text("Uses and/or builds /api/v1 endpoints") == "Uses and/or builds /api/v1 endpoints"


def test_outline_headings_written_as_bullets_head_their_sections() -> None:
    """An org-mode or outline CV ("* EXPERTISE"): the star makes the line a bullet once cleaned, but a
    line in capitals that names a section is its heading."""
    cv = """* PROFILE
A network technician with six years of data centre work.
* EXPERTISE
Wireshark, Ansible, Juniper routers
* CUSTOMER SERVICE AWARDS
- Employee of the Quarter at Dunmore Hosting
"""
    skills = {s.casefold() for s in extract_cv_facts(cv)["skills_as_written"]}
    assert {"wireshark", "ansible", "juniper routers"} <= skills
    assert not any("employee" in s or "award" in s for s in skills)


@pytest.mark.parametrize("heading", ["Customer Service Awards", "Academic Honours"])
def test_a_named_awards_heading_is_a_section(heading: str) -> None:
    assert section_kind(heading) == "other"
    assert section_kind("Skills and Awards") == "skills"


def test_an_underlined_heading_that_lists_skills_heads_skills() -> None:
    """Plain-text and Setext Markdown CVs underline their headings; a heading no list of names knows
    ("TOOLBOX", "PASTIMES") takes its kind from the list under it."""
    cv = """Ravi Menon
Experience
----------
Backend Developer, Hollowell Freight, 2019 - Present
- Moved the billing jobs to a queue

TOOLBOX
.......................
- Kotlin, Gradle
- PostgreSQL
- Terraform
- Quillmark templates

PASTIMES
.......................
- Birdwatching
- Long-distance running
"""
    facts = extract_cv_facts(cv)
    skills = {s.casefold() for s in facts["skills_as_written"]}
    assert {"kotlin", "gradle", "postgresql", "terraform", "quillmark templates"} <= skills
    assert not {"birdwatching", "long distance running", "long-distance running"} & skills
    assert facts["employers"] == ["Hollowell Freight"]


def test_a_languages_heading_over_programming_languages_heads_skills() -> None:
    cv = """Experience
Backend Developer, Hollowell Freight, 2019 - Present
- Moved the billing jobs to a queue
Languages
Elixir
Haskell, OCaml
"""
    assert {"elixir", "haskell", "ocaml"} <= {s.casefold() for s in extract_cv_facts(cv)["skills_as_written"]}
    spoken = cv.replace("Elixir\nHaskell, OCaml", "English (native)\nFrench, Swahili")
    assert not {"english", "french", "swahili"} & {s.casefold() for s in extract_cv_facts(spoken)["skills_as_written"]}


def test_a_numbered_label_over_a_list_is_no_item() -> None:
    cv = """SKILLS
01. Environment
- Vim
- Tmux
02. Methodology
- Kanban
"""
    skills = {s.casefold() for s in extract_cv_facts(cv)["skills_as_written"]}
    assert {"vim", "tmux", "kanban"} <= skills
    assert not {"environment", "methodology"} & skills


def test_a_bare_page_number_under_a_running_header_goes() -> None:
    pages = ["Ann Lee\nann@example.org\n1\nExperience\n- Built dashboards",
             "Ann Lee\nann@example.org\n2\n- Cut report time\nSkills\n3"]
    out = drop_repeated_margins(pages)
    assert out[0].split("\n")[:3] == ["Ann Lee", "ann@example.org", "Experience"]
    assert out[1].split("\n") == ["- Cut report time", "Skills", "3"]  # "3" is no page number of page 2
