"""Job requirements written in sentences, credential acronyms, the employer's own name (issue 15, point 2).

A newcomer pasted a teacher's job written mostly in prose: only 3 requirements were read, and the
qualification it asked for (QTS), EAL and the like were missed, because prose was read only when the ad
had no bullets at all. Another ad's employer, "<Name> Analytics is hiring", gave the requirement
"Analytics". Every job text and CV here is made up.
"""

from __future__ import annotations

import pytest

from core.analysis.job import extract_requirements, mentions
from core.analysis.job_prose import acronym_terms, cue_items, organisation_names
from core.coach.casing import natural_case


def _has(found: list[str] | tuple[str, ...], words: str) -> bool:
    return any(words.lower() in r.lower() for r in found)


# --- prose requirement sentences --------------------------------------------------------------------

NURSERY = """Room Leader, Little Acorns Nursery

Little Acorns is a 60-place nursery in Harrogate.

You will:
- Plan activities for the toddler room
- Keep learning journals up to date

The successful applicant will have a level 3 childcare qualification, a working knowledge of the EYFS framework and be able to lead a small team of practitioners. Experience of key person planning is essential. A paediatric first aid certificate would be an advantage.

The post is a fixed-term contract for twelve months."""


def test_requirement_sentences_are_read_beside_bullets():
    found = extract_requirements(NURSERY)
    assert _has(found, "level 3 childcare qualification"), found
    assert _has(found, "EYFS"), found
    assert _has(found, "lead a small team"), found
    assert _has(found, "key person planning"), found  # "Experience of X is essential"
    assert _has(found, "paediatric first aid certificate"), found  # "X would be an advantage"


def test_a_sentence_with_no_requirement_cue_gives_no_requirement():
    found = extract_requirements(NURSERY)
    assert not _has(found, "fixed-term"), found
    assert not _has(found, "60-place"), found


@pytest.mark.parametrize(("sentence", "wanted"), [
    ("Applicants must hold a valid forklift licence.", "forklift licence"),  # a credential, not "forklift"
    ("We are looking for someone with a food hygiene certificate and a calm manner.", "food hygiene certificate"),
    ("You'll need a sound grasp of double-entry bookkeeping.", "bookkeeping"),
    ("Knowledge of tissue viability is desirable.", "tissue viability"),
    ("The ideal candidate will have previous experience of stock rotation.", "stock rotation"),
    ("Experience of cellar management is a bonus.", "cellar management"),
    ("You should be comfortable with lone working at night.", "comfortable with lone working"),
])
def test_each_kind_of_requirement_sentence(sentence, wanted):
    jd = f"Kitchen Porter\n\nThe Old Mill is a busy country pub near Ludlow.\n\n{sentence}"
    found = extract_requirements(jd)
    assert _has(found, wanted), (sentence, found)
    assert not _has(found, "country pub"), found


def test_cue_items_split_a_list_but_not_a_compound():
    items, nice = cue_items("The successful candidate will have a sound understanding of effective reading and "
                            "writing, and be able to mark work promptly.")
    assert items == ["understanding of effective reading and writing", "able to mark work promptly"] and not nice
    assert cue_items("The role is based in our Leeds office.") is None
    assert cue_items("Saturday shifts are required.") in (None, ([], False))  # terms of the post, not a requirement


def test_a_knowledge_of_one_thing_keeps_its_head():
    jd = "Teacher of Geography\n\nThe successful candidate will have a secure knowledge of the syllabus."
    assert _has(extract_requirements(jd), "knowledge of the syllabus")


def test_a_name_with_and_is_kept_whole():
    jd = "Care Team Leader\n\nYou must hold an NVQ Level 3 in Health and Social Care."
    assert _has(extract_requirements(jd), "NVQ Level 3 in Health and Social Care")


# --- credential acronyms and their expansions -------------------------------------------------------

def test_acronyms_are_requirements_and_their_expansions_stay_whole():
    jd = """Year 2 Teacher

You will teach a class of 28 and:
- Support pupils with SEND and EAL
- Take part in weekly CPD

You must hold Qualified Teacher Status (QTS). An enhanced DBS check is required."""
    found = extract_requirements(jd)
    assert "Qualified Teacher Status (QTS)" in found, found
    for acronym in ("SEND", "EAL", "CPD", "DBS"):
        assert _has(found, acronym), (acronym, found)


def test_the_verb_send_is_no_acronym():
    assert acronym_terms("Send your CV and a covering letter to the office.") == []
    assert acronym_terms("QTS (or an equivalent qualification) and BLS") == ["QTS (or an equivalent qualification)", "BLS"]
    assert acronym_terms("Registered Nurse (RN) with Basic Life Support") == ["Registered Nurse (RN)", "Basic Life Support (BLS)"]


def test_a_cv_meets_an_acronym_by_the_acronym_or_its_expansion():
    assert mentions("QTS awarded 2016", "Qualified Teacher Status (QTS)")[0]
    assert mentions("I was awarded qualified teacher status in 2016.", "QTS")[0]
    assert not mentions("I will send the report.", "Special Educational Needs (SEND)")[0]


def test_an_expansion_keeps_its_capitals_mid_sentence():
    assert natural_case("Qualified Teacher Status (QTS)") == "Qualified Teacher Status (QTS)"
    assert natural_case("NEC (National Electrical Code)") == "NEC (National Electrical Code)"
    assert natural_case("English as an Additional Language (EAL)") == "English as an Additional Language (EAL)"
    assert natural_case("Stock Control") == "stock control"  # no acronym: a common phrase reads in lower case


# --- the employer's own name ------------------------------------------------------------------------

@pytest.mark.parametrize("opening", [
    "Brindle Analytics is hiring a data engineer.",
    "Copperleaf Marketing Ltd is growing its data team.",
    "At Marlow Recruitment Group, data is everything.",
])
def test_a_skill_word_inside_the_employers_name_is_no_requirement(opening):
    found = extract_requirements(f"{opening} You will need strong SQL and experience with Airflow.")
    assert _has(found, "SQL") and _has(found, "Airflow"), found
    for word in ("Analytics", "Marketing", "Recruitment"):
        assert not _has(found, word), found


def test_organisation_names():
    names = organisation_names("Brindle Analytics is hiring.\nAbout Fenwick & Moss Ltd\nWe value Python.")
    assert "Brindle Analytics" in names and "Fenwick & Moss" in names
    assert not any("Python" in n or n == "We" for n in names)


# --- a person specification table -------------------------------------------------------------------

def test_a_person_specification_table_gives_its_essential_and_desirable_items():
    jd = """Learning Mentor

| Criteria | Essential | Desirable | How assessed |
| --- | --- | --- | --- |
| Qualifications | <ul><li>GCSE English and Maths at grade C or above</li></ul> | <ul><li>Level 3 certificate in mentoring</li></ul> | <ul><li>Certificates</li></ul> |
| Experience | <ul><li>Experience of one-to-one mentoring</li><li>Restorative practice</li></ul> | | <ul><li>Interview</li></ul> |

- Meet pupils each morning"""
    found = extract_requirements(jd)
    for wanted in ("GCSE English and Maths", "Level 3 certificate in mentoring", "one-to-one mentoring",
                   "Restorative practice"):
        assert _has(found, wanted), (wanted, found)
    assert not _has(found, "Interview") and not _has(found, "Certificates"), found  # the "how assessed" column
