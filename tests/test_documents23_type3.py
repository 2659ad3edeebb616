"""Newcomer, session 23: a LaTeX CV drawn in TeX's bitmap (Type 3) fonts lost its ligatures without a word
("Prole" for "Profile", "Cardi Steel Components" for "Cardiff"): the fonts name their glyphs /a0../a255 with no
ToUnicode map, so pypdf and PDFium return the TeX font's character code, a control character the cleaner dropped.
Made-up CV lines in hand-made PDFs."""

from __future__ import annotations

from core.analysis.cv import extract_cv_facts
from core.documents import extract_text, unread_letters_warning
from tests.type3_helpers import tex_names, type3_pdf

# T1 (Cork) slots: 0x1B ff, 0x1C fi, 0x1D fl, 0x1E ffi, 0x1F ffl, 0x15 en dash.
T1_LINES = [
    b"Priya Raman",
    b"Pro\x1cle",
    b"Quality technician with six years in sta\x1b-led audits of \x1dow lines.",
    b"Experience",
    b"Quality Technician",
    b"Gri\x1bin O\x1ece Supplies, Wa\x1fe Road, She\x1bield",
    b"March 2019 \x15 Present",
    b"- Cut the scrap rate from 4% to 2.5% over 2022 with e\x1ecient checks",
    b"- Trained 12 sta\x1b in \x1crst-article inspection",
    b"Quali\x1ccations",
    b"- HNC Engineering, 2018",
    b"Languages: German (Gro\xffe Sprachpr\xfcfung)",
]


def _text(lines: list[bytes], names: dict[int, str], **kwargs: dict[int, str]) -> str:
    return extract_text(type3_pdf(lines, names, **kwargs), "cv.pdf")


def test_t1_ligatures_of_a_tex_bitmap_font_are_read_as_letters() -> None:
    text = _text(T1_LINES, tex_names(T1_LINES))
    for words in ("Profile", "staff-led audits of flow lines", "Griffin Office Supplies, Waffle Road, Sheffield",
                  "March 2019 – Present", "with efficient checks", "Trained 12 staff in first-article inspection",
                  "Qualifications", "German (Große Sprachprüfung)"):
        assert words in text, (words, text)
    assert "Prole" not in text.splitlines() and "\ufffd" not in text
    assert unread_letters_warning(text) is None


def test_the_cv_reader_gets_the_employer_and_the_headings_whole() -> None:
    facts = extract_cv_facts(_text(T1_LINES, tex_names(T1_LINES)))
    assert ("Quality Technician", "Griffin Office Supplies") in facts["jobs"], facts["jobs"]
    assert "HNC Engineering, 2018" not in facts["bullets"], facts["bullets"]  # under Qualifications, no job's bullet


def test_ot1_ligatures_are_read_by_ot1_s_slots() -> None:
    # OT1 (Knuth's CM): 0x0C fi, 0x0B ff, 0x0D fl, and 0x1C is ø, not fi.
    lines = [b"S\x1cren Dahl", b"Pro\x0cle", b"I \x0cnd faults and o\x0ber \x0dexible cover at Ha\x1cy Ltd"]
    text = _text(lines, tex_names(lines))
    assert "Søren Dahl" in text and "Profile" in text, text
    assert "I find faults and offer flexible cover at Haøy Ltd" in text, text


def test_glyphs_no_reader_can_name_are_marked_and_warned_about() -> None:
    # A Type 3 font that names only its plain letters: its ligature glyphs have no name and no ToUnicode entry.
    lines = [b"Pro\x1cle", b"Senior buyer at Cardi\x1b Metals"]
    names = {code: chr(code) for line in lines for code in line if chr(code).isalpha()} | {32: "space"}
    text = _text(lines, names)
    assert "Pro\ufffdle" in text and "Cardi\ufffd Metals" in text, text
    warning = unread_letters_warning(text)
    assert warning is not None and "2 characters" in warning and "“fi”" in warning, warning


def test_a_type3_font_with_its_own_unicode_map_is_read_by_the_map() -> None:
    lines = [b"Pro\x1cle", b"Ops lead at Cli\x1b Foods"]
    text = _text(lines, tex_names(lines), to_unicode={code: chr(code) for code in range(32, 127)} | {0x1C: "fi", 0x1B: "ff"})
    assert "Profile" in text and "Ops lead at Cliff Foods" in text, text


def test_a_cv_with_every_letter_read_gets_no_warning() -> None:
    assert unread_letters_warning("Profile\nOps lead at Cliff Foods\n- Cut waste by 12%") is None
    assert unread_letters_warning("Pro\ufffdle") is not None


def test_setup_shows_the_warning_under_the_cv_box(setup_page) -> None:  # noqa: ANN001 - AppTest fixture
    at = setup_page
    at.text_area(key="setup_cv").set_value("Tomasz Nowak\nPro\ufffdle\nWarehouse lead at Du\ufffdeld Logistics").run()
    assert not at.exception, at.exception
    assert any("2 characters of this CV could not be read" in w.value for w in at.warning), [w.value for w in at.warning]
    at.text_area(key="setup_cv").set_value("Tomasz Nowak\nProfile\nWarehouse lead at Duffield Logistics").run()
    assert not any("could not be read" in w.value for w in at.warning), [w.value for w in at.warning]
