"""Session 22 (newcomer nc22): an opener's quoted header line holds no date in any language, whatever stands before
it (a run of spaces, an unclosed bracket, a spaced dash before a month alone), and a plan asks a credential once
(a registration, licence or colegiación in any language: one question, never a second on the same topic).
Made-up documents."""

from __future__ import annotations

import re

from core.coach.plan import plan_items
from core.coach.plan_opener import undated

SEEDS = [f"s{i}" for i in range(12)]
# a year, a month in English or Spanish, or the words running a date to now
_DATE_WORD = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
                        r"\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
                        r"diciembre|present|actualidad)\b", re.I)


# --- a header line's date with no separator before it, or a month alone after one --------------------------------

def test_a_header_line_loses_a_date_after_spaces_a_bracket_or_a_dash() -> None:
    cases = {
        "Care Coordinator, Older People Team - Westvale District Council, Frome   Mar 2019":
            "Care Coordinator, Older People Team - Westvale District Council, Frome",
        "Care Coordinator, Older People Team - Westvale District Council, Frome Mar 2019":
            "Care Coordinator, Older People Team - Westvale District Council, Frome",
        "Auxiliar de Farmacia — Farmacia Roldán, Zaragoza (mayo 2020":
            "Auxiliar de Farmacia — Farmacia Roldán, Zaragoza",
        "Reception Class Teacher, Holy Trinity Primary, Wells — October":
            "Reception Class Teacher, Holy Trinity Primary, Wells",
        "Kitchen Porter, The Old Mill, Ludlow — March 2017 to":
            "Kitchen Porter, The Old Mill, Ludlow",
    }
    for line, want in cases.items():
        assert undated(line) == want, line


def test_a_header_line_keeps_words_that_only_look_like_dates() -> None:
    for line in ("Marketing Executive — Mayfield Foods, Leeds", "Band 5 Staff Nurse — Ward 12, St Mark's Hospital",
                 "Project Manager — Octavia Housing, London", "Nurse — Hospital 12 de Octubre, Madrid"):
        assert undated(line) == line, line


_CARE_CV = """Priya Lal
Frome · priya.lal@example.com

EXPERIENCE
Care Coordinator, Older People Team - Westvale District Council, Frome    Mar 2019 - Present
- Hold a caseload of 24 adults; Care Act assessments and reviews.
- Chair multi-agency meetings with district nurses and GPs.
Support Worker - Brookside Housing, Trowbridge    Jun 2015 - Feb 2019
- Key worker for six tenants with learning disabilities.
"""
_CARE_JOB = """Senior Care Coordinator
Lead assessments and reviews for adults with care and support needs.
Requirements: Care Act assessments; multi-agency working; caseload management.
"""


def test_an_opener_quote_of_a_spaced_out_header_holds_no_date() -> None:
    openers = [plan_items(_CARE_CV, _CARE_JOB, "Senior Care Coordinator", interview_type="mixed", seniority="mid",
                          count=3, company="Arden", seed=seed, focus=None)[0].text for seed in SEEDS]
    quotes = [q for text in openers for q in re.findall(r"“([^”]+)”", text)]
    assert quotes
    for q in quotes:
        assert not _DATE_WORD.search(q), q


# --- a credential once: the licence question and the registration requirement are one topic ----------------------

_VET_CV = """Marta Ibáñez
Zaragoza

EXPERIENCIA
Veterinaria clínica — Clínica Veterinaria Ebro, Zaragoza (2019 – actualidad)
- Consulta de pequeños animales, 25 pacientes al día; cirugía de tejidos blandos.
- Urgencias nocturnas dos fines de semana al mes.
FORMACIÓN
Grado en Veterinaria, Universidad de Zaragoza (2018)
Colegiada en el Colegio Oficial de Veterinarios de Zaragoza
"""
_VET_JOB = """Veterinario/a de pequeños animales
Clínica Arden, Huesca
Requisitos:
- Grado en Veterinaria
- Estar colegiado/a
- Experiencia en cirugía de tejidos blandos
- Atención de urgencias
"""

_SW_CV = """Tom Reyes
Bristol

EXPERIENCE
Social Worker, Adult Safeguarding Team - Avonmere Council, Bath    Jan 2020 - Present
- Hold a caseload of 20 adults; Section 42 enquiries and protection plans.
- Present to multi-agency safeguarding panels.
EDUCATION
MA Social Work, University of Westhill (2019)
Registered with Social Work England (SW99887)
"""
_SW_JOB = """Children's Social Worker
Avonmere Council, Bath
Requirements:
- Degree in social work and current registration with Social Work England
- Experience of child protection enquiries (Section 47) and the Children Act 1989
- Multi-agency working
- Full driving licence
"""

_CREDENTIAL_WORDS = re.compile(r"colegiad|colegiaci|licen[cs]|registration|registered|\bdegree\b|grado en", re.I)


def _credential_questions(cv: str, jd: str, title: str, count: int) -> list[list[str]]:
    plans = []
    for seed in SEEDS:
        items = plan_items(cv, jd, title, interview_type="mixed", seniority="mid", count=count, company="Arden",
                           seed=seed, focus=None)
        plans.append([p.text for p in items[1:] if _CREDENTIAL_WORDS.search(re.sub(r"“[^”]*”", "", p.text))
                      or _CREDENTIAL_WORDS.search(p.competency)])
    return plans


def test_a_plan_asks_a_credential_once_in_any_language() -> None:
    for cv, jd, title in ((_VET_CV, _VET_JOB, "Veterinario/a"), (_SW_CV, _SW_JOB, "Children's Social Worker")):
        for count in (5, 6, 8):
            for asked in _credential_questions(cv, jd, title, count):
                assert len(asked) <= 1, asked


# --- a credential said in the question's own words: no job-ad capitals or "(essential)" ----------------------------

_LAB_CV = """Sam Ortiz
EXPERIENCE
Biomedical Scientist — Northgate Pathology, Leeds | 2019 – present
- Haematology bench; validate 300 full blood counts a day.
EDUCATION
BSc Biomedical Science (IBMS accredited), 2018
Registered with the Health and Care Professions Council (HCPC), BS012345
"""
_LAB_JOB = """Biomedical Scientist (Band 6)
Requirements:
- Registration with the Health and Care Professions Council (HCPC) as a biomedical scientist (essential)
- Degree in biomedical science
- Haematology experience
"""


def test_a_held_credential_is_said_mid_sentence_without_the_ads_marks() -> None:
    texts = {p.text for seed in SEEDS for p in plan_items(
        _LAB_CV, _LAB_JOB, "Biomedical Scientist", interview_type="mixed", seniority="mid", count=5,
        company="Arden", seed=seed, focus=None) if p.source == "credential"}
    assert texts
    for text in texts:
        assert "registration with the Health and Care Professions Council (HCPC)" in text, text
        assert not re.search(r"asks for degree", text), text
        assert "(essential)" not in text and "Registration with" not in text, text
