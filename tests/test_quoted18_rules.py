"""Say less rather than something wrong (session 18, issue 15 point 3): an employer or a title is quoted only when
the CV writes it whole and alone, not a piece of a longer name, a field's label, one of two organisations on one
header line, a title read where the employer is, or an older entry taken as the current one. Made-up CVs and facts:
each rule has a case it refuses and a control it keeps."""

from __future__ import annotations

from core.analysis.cv_quote_rules import (
    cut_name,
    field_label,
    two_organisations,
    unit_or_client,
    written_whole,
)
from core.analysis.cv_trust import quotable_employer, quotable_facts, quotable_role


def _facts(jobs, title):
    return {"current_title": title, "roles": [r for r, _ in jobs if r], "jobs": jobs,
            "employers": list(dict.fromkeys(e for _, e in jobs if e)), "skill_employer": {},
            "skill_employer_pairs": [], "skill_surface": {}, "achievements": [], "achievement_employer": {}}


LEGAL_FORM_CV = """Jonas Ebert

Berufserfahrung
03/2022 - heute
Key Account Manager
Nordlicht Medien GmbH & Co. KG, Lübeck
- Betreuung von Verlagskunden
"""


def test_a_name_read_short_of_its_legal_forms_second_part_is_not_named():
    assert cut_name("Nordlicht Medien GmbH", LEGAL_FORM_CV)
    assert not quotable_employer("Nordlicht Medien GmbH", LEGAL_FORM_CV)
    whole = LEGAL_FORM_CV.replace(" & Co. KG", "")
    assert not cut_name("Nordlicht Medien GmbH", whole) and quotable_employer("Nordlicht Medien GmbH", whole)


WRAPPED_CV = """Mira Kowalczyk

Erfahrung
01.2023 – heute Orientierungsphase mit Weiterbildung
- Kurs in Zeitplanung und
Selbstorganisation (Lernwerk Kassel GmbH seit 2023)
06.2019 – 12.2022 Lagerhelferin, Fenner Logistik GmbH
"""


def test_a_word_wrapped_from_a_sentence_that_ends_on_and_is_not_an_employer():
    assert cut_name("Selbstorganisation", WRAPPED_CV)
    assert not quotable_employer("Selbstorganisation", WRAPPED_CV)
    assert not cut_name("Fenner Logistik GmbH", WRAPPED_CV)


CAPS_CV = """NOOR HASSAN
MARINE DATA INTERN AT BLUE REEF LABS.

WORK EXPERIENCE
JUNE – AUGUST 2023: INTERN IN OCEAN ROBOTICS
Tidewater Systems – Bremen, Germany
- Cleaned the sonar logs of the survey fleet.
"""


def test_a_name_opening_on_a_preposition_and_a_title_cut_from_a_longer_one_are_not_quoted():
    assert cut_name("IN Ocean Robotics", CAPS_CV) and not quotable_employer("IN Ocean Robotics", CAPS_CV)
    assert not written_whole("Intern", CAPS_CV)  # "INTERN IN OCEAN ROBOTICS", "DATA INTERN AT": a longer title
    assert written_whole("Marine Data Intern", CAPS_CV)  # before "AT BLUE REEF LABS": the employer follows
    facts = _facts([("Intern", "IN Ocean Robotics")], "Intern")
    assert quotable_facts(facts, CAPS_CV)["current_job_parts"] == ("", "")


FIELD_CV = """### Private Tutor

Dunedin, 2018-2019 Reference: Former pupils

Taught maths to school leavers.

### Harbourview: Front Desk Assistant, 2016-2018
"""


def test_a_fields_label_is_not_an_employer_but_a_name_before_a_colon_is():
    assert field_label("Reference", FIELD_CV) and not quotable_employer("Reference", FIELD_CV)
    assert not field_label("Harbourview", FIELD_CV)


UNIT_CV = """Priya Natarajan, RN

Experience
2019 - Present | Staff Nurse, Cardiac Step-Down Unit, Lakeside General Hospital, Denver, Colorado
2016 - 2019 | Staff Nurse, Mercy Valley Hospital, Pueblo, Colorado
"""


def test_one_of_two_organisations_on_a_header_line_is_not_named():
    jobs = [("Staff Nurse", "Cardiac Step-Down Unit"), ("Staff Nurse", "Mercy Valley Hospital")]
    line = UNIT_CV.splitlines()[3]
    assert two_organisations(line, "Cardiac Step-Down Unit", ("Staff Nurse",))
    assert unit_or_client("Cardiac Step-Down Unit", UNIT_CV, jobs)
    assert not quotable_employer("Cardiac Step-Down Unit", UNIT_CV, ("Staff Nurse",), jobs)
    # a place after the employer is no second organisation ("Pueblo, Colorado")
    assert not unit_or_client("Mercy Valley Hospital", UNIT_CV, jobs)
    assert quotable_employer("Mercy Valley Hospital", UNIT_CV, ("Staff Nurse",), jobs)


def test_a_department_acronym_beside_the_university_is_a_second_organisation_but_a_region_code_is_not():
    assert two_organisations("Lecturer, Marine Biology, NSU, 2018 - 2021.", "Marine Biology", ("Lecturer",))
    assert not two_organisations("Polymechaniker | Brunnen Werkzeug AG, Wil SG", "Brunnen Werkzeug AG",
                                 ("Polymechaniker",))
    assert not two_organisations("Analyst, Corvid Partners, Inc., 2019 - 2022", "Corvid Partners, Inc.", ("Analyst",))


CLIENT_CV = """Tomás Ferreyra

Experiencia
Desde 01/03/2019 hasta hoy
Analista de Sistemas, Brightwave SRL, Delta Power Authority
Desarrollo de reportes con Tableau.
"""


def test_a_title_read_with_an_organisations_name_leaves_the_employer_unsure():
    jobs = [("Analista de Sistemas, Brightwave SRL", "Delta Power Authority")]
    assert unit_or_client("Delta Power Authority", CLIENT_CV, jobs)
    alone = CLIENT_CV.replace("Brightwave SRL, ", "")
    assert not unit_or_client("Delta Power Authority", alone, [("Analista de Sistemas", "Delta Power Authority")])


TITLE_CV = """Grace Obi

Experience
2021 - Present | Clinical Nurse Fellow, Harlow Heart Centre
2018 - 2021 | Clinical Nurse, St Aldric Hospital
- **Crew Member**
03.2015-10.2017 | Gesundheits- und Krankenpflegerin im Klinikum Nord
Lead Product Manager Brooklyn, NY
"""


def test_a_title_is_quoted_only_when_some_line_holds_it_whole():
    assert not written_whole("Nurse Fellow", TITLE_CV)
    cut = TITLE_CV.replace("2018 - 2021 | Clinical Nurse, St Aldric Hospital\n", "")
    assert not written_whole("Clinical Nurse", cut) and not quotable_role("Clinical Nurse", cut)
    assert written_whole("Clinical Nurse", TITLE_CV) and quotable_role("Clinical Nurse", TITLE_CV)
    assert written_whole("Crew Member", TITLE_CV)  # a bullet and bold markup
    assert written_whole("Gesundheits- und Krankenpflegerin", TITLE_CV)  # "im Klinikum": the employer follows
    assert written_whole("Lead Product Manager", TITLE_CV)  # a place follows
    assert not written_whole("Intern", "- International events")  # a word's start is no title


SWAPPED_CV = """Omar Haidari

Experience
Nov 2012 – Aug 2019 | Reporter & News Editor, Harbor Watch Radio, Kabul, Afghanistan
"""


def test_a_title_read_as_the_employer_beside_a_name_read_as_the_title_is_not_named():
    jobs = [("Harbor Watch Radio", "Reporter & News Editor")]
    assert not quotable_employer("Reporter & News Editor", SWAPPED_CV, ("Harbor Watch Radio",), jobs)
    right = [("Reporter & News Editor", "Harbor Watch Radio")]
    assert quotable_employer("Harbor Watch Radio", SWAPPED_CV, ("Reporter & News Editor",), right)


OLDEST_FIRST_CV = """Lia Prado

Experiência
- 03/2016 08/2016
Ponte Azul, Campinas SP - Ilustradora
- 09/2016 - 12/2018
Casa Norte, Campinas SP - Designer Gráfica
- 01/2019 - o momento
Vela Digital, Campinas SP - Designer de Produto
"""
OLDEST_JOBS = [("Ilustradora", "Ponte Azul"), ("Designer Gráfica", "Casa Norte"), ("Designer de Produto", "Vela Digital")]


def test_the_opener_never_names_an_entry_another_entry_dates_later():
    parts = quotable_facts(_facts(OLDEST_JOBS, "Ilustradora"), OLDEST_FIRST_CV)["current_job_parts"]
    assert "Ponte Azul" not in parts and "Ilustradora" not in parts
    lines = OLDEST_FIRST_CV.splitlines()
    newest_first = "\n".join(lines[:3] + lines[7:9] + lines[5:7] + lines[3:5])
    newest = quotable_facts(_facts(OLDEST_JOBS[::-1], "Designer de Produto"), newest_first)["current_job_parts"]
    assert "Ponte Azul" not in newest and "Vela Digital" in newest  # the latest entry is still named
