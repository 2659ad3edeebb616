"""Session 21 (b): a JSON Resume names each post's employer and title in its own fields (``work[].name`` or
``company``, ``position``); the reader takes them as the file gives them and never names a position as an employer. Made-up JSON Resumes."""

import json

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_trust import quotable_facts
from core.documents.jsonresume import extract_json_resume

RESUME = {
    "basics": {"name": "Morgan Tull", "email": "morgan.tull@example.com", "summary": "Hands-on worker."},
    "work": [
        {"company": "Brackwell Engineering", "position": "Fettler", "startDate": "2016-03", "endDate": "2019-11",
         "highlights": ["Rebuilt conveyor gearboxes on the night shift", "Trained two apprentices"]},
        {"company": "Tull Family Orchards", "position": "Grower", "startDate": "1990-04", "endDate": "2015-12",
         "summary": "Tractor Driver, Pruner, Packer"},
        {"name": "Ostrava Tooling, Inc.", "position": "Machinist", "startDate": "1985-01", "endDate": "1990-03",
         "summary": "Ran lathes and mills for the aerospace line."},
    ],
    "education": [{"institution": "Lakeshore Technical College", "studyType": "Diploma", "area": "Machining"}],
}


def _facts(resume: dict) -> tuple[dict, dict]:
    text = extract_json_resume(json.dumps(resume).encode(), "resume.json")
    facts = extract_cv_facts(text)
    return facts, quotable_facts(facts, text)


def _named(quoted: dict) -> set[str]:
    return {*quoted["employers"], *quoted["achievement_employer"].values(),
            *(e for e in (quoted["current_job"][1], quoted["current_job_parts"][1]) if e)}


def test_a_position_is_never_read_as_the_employer():
    facts, quoted = _facts(RESUME)
    assert not _named(quoted) & {"Fettler", "Grower", "Machinist"}
    assert not set(facts["employers"]) & {"Fettler", "Grower", "Machinist"}
    assert any(employer == "Brackwell Engineering" for _, employer in facts["jobs"])


def test_a_position_the_reader_knows_keeps_the_file_order():
    resume = {**RESUME, "work": [{"company": "Harlow Plastics", "position": "Machine Operator", "startDate": "2018-01",
                                  "highlights": ["Set up injection moulding presses"]}]}
    text = extract_json_resume(json.dumps(resume).encode(), "resume.json")
    assert "Machine Operator, Harlow Plastics, January 2018 – present" in text
    assert ("Machine Operator", "Harlow Plastics") in extract_cv_facts(text)["jobs"]


def test_the_swapped_line_still_shows_both_fields():
    text = extract_json_resume(json.dumps(RESUME).encode(), "resume.json")
    assert "Brackwell Engineering, Fettler, March 2016 – November 2019" in text
