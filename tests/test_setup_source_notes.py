"""Setup's notes about a file follow the text in its box (newcomer, session 12): after a CV file was read, its
"Text from cv.txt" line stayed when another CV was pasted over it. Now the line names the file while the box
holds its text ("…, edited" after fixes), and goes once another text is pasted; the same for the job
description; a refused file's sentence about "the text below" goes once that text is changed; the interview
stores no file name for a pasted CV. The comparison in core, then the page in AppTest. Made-up texts."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from core.documents.source import source_caption, text_relation
from core.storage import InterviewStore

CV = """Robin Vale
Support Engineer, Leeds

Experience
Support Engineer, Brightdesk Ltd, 2021 - Present
- Answered about 60 customer chats a day across email and live chat.
- Rewrote the escalation checklist for the billing team after two missed refunds.
- Trained four new starters on the refund process and the knowledge base.

Education
BSc Computer Science, University of Leeds, 2017 - 2020
"""
OTHER_CV = """Sam Okoro
Warehouse Team Leader, Bristol

Experience
Team Leader, Northgate Logistics, 2019 - Present
- Ran a shift of twelve pickers and cut mis-picks by a third in six months.
- Planned the weekly rota and covered the forklift training for new staff.

Education
BTEC Business, City of Bristol College, 2016
"""
JD = b"# Support Engineer\n\nYou will answer customer chats and emails, and write help-centre articles.\n"
OTHER_JD = "We are hiring a pastry chef for our hotel kitchen: early shifts, laminated doughs, a team of three."


def _fixed(text: str) -> str:
    """A person's fixes of an extraction: a word corrected, a line added."""
    return text.replace("Rewrote", "Re-wrote").replace("2017 - 2020", "2017 - 2020 (first-class honours)") + "Languages: English, Polish\n"


def test_the_relation_of_a_box_to_its_file() -> None:
    assert text_relation(CV, CV) == "same" and text_relation("  " + CV.replace("\n", "\n\n"), CV) == "same"
    assert text_relation(_fixed(CV), CV) == "edited"
    assert text_relation(OTHER_CV, CV) == "other"
    assert text_relation(CV + OTHER_CV + OTHER_CV, CV) == "other"  # mostly another text appended
    assert text_relation("", CV) == "other"


def test_the_caption_names_the_file_only_while_its_text_is_there() -> None:
    assert source_caption(CV, CV, "cv.txt") == "Text from cv.txt"
    assert source_caption(_fixed(CV), CV, "cv.txt") == "Text from cv.txt, edited"
    assert source_caption(OTHER_CV, CV, "cv.txt") is None
    assert source_caption(CV, CV, None) is None


def _upload(at: AppTest, key: str, name: str, data: bytes, mime: str = "text/plain") -> None:
    next(u for u in at.get("file_uploader") if u.key == key).set_value((name, data, mime)).run()
    assert not at.exception, at.exception


def _captions(at: AppTest) -> list[str]:
    """The lines naming a file, as shown (the page escapes Markdown in file names)."""
    return [c.value.replace("\\", "").removeprefix(":material/description: ") for c in at.main.caption
            if "Text from" in c.value]


def test_a_pasted_cv_drops_the_files_caption_and_is_stored_without_its_name(setup_page: AppTest, db_path) -> None:
    at = setup_page
    _upload(at, "setup_cv_file", "robin_cv.txt", CV.encode())
    assert _captions(at) == ["Text from robin_cv.txt"]
    at.text_area(key="setup_cv").set_value(_fixed(at.text_area(key="setup_cv").value)).run()
    assert _captions(at) == ["Text from robin_cv.txt, edited"]
    at.text_area(key="setup_cv").set_value(OTHER_CV).run()
    assert _captions(at) == []

    at.text_input(key="setup_job_title").set_value("Team Leader").run()
    at.text_area(key="setup_jd").set_value(OTHER_JD).run()
    at.button(key="setup_start").click().run()
    assert not at.exception, at.exception
    store = InterviewStore(db_path)
    try:
        [row] = store.list_sessions()
        assert store.get_session(row.id).cv_filename is None  # the CV is the pasted one, not the file's
    finally:
        store.close()


def test_the_job_descriptions_file_is_named_until_other_text_is_pasted(setup_page: AppTest) -> None:
    at = setup_page
    _upload(at, "setup_jd_file", "support_job.md", JD, "text/markdown")
    assert _captions(at) == ["Text from support_job.md"]
    at.text_area(key="setup_jd").set_value(OTHER_JD).run()
    assert _captions(at) == []


def test_a_refused_files_sentence_goes_once_the_text_below_is_changed(setup_page: AppTest) -> None:
    at = setup_page
    _upload(at, "setup_cv_file", "robin_cv.txt", CV.encode())
    _upload(at, "setup_cv_file", "broken.pdf", b"%PDF-1.7\n1 0 obj <<", "application/pdf")
    [error] = [e.value for e in at.error]
    assert "broken.pdf" in error and "still from" in error
    at.run()
    assert [e.value for e in at.error] == [error]  # a rerun with the same text keeps it
    at.text_area(key="setup_cv").set_value(OTHER_CV).run()
    assert not at.error, [e.value for e in at.error]


def test_a_samples_cv_is_named_only_while_its_text_is_there(setup_page: AppTest) -> None:
    at = setup_page
    at.button(key="setup_sample").click().run()
    [named] = _captions(at)
    assert named.startswith("Text from ") and named.endswith((".pdf", ".docx"))  # the sample CV's file
    at.text_area(key="setup_jd").set_value(OTHER_JD).run()
    assert _captions(at) == [named]  # another job description: the CV is still the file's
    at.text_area(key="setup_cv").set_value(OTHER_CV).run()
    assert _captions(at) == []
