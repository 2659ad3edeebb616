"""Session 23: a JSON Resume post whose position the reader's lexicon does not know as a title in either order
("Representante de Ventas, Sol Contact Center" read as employed by "Representante de Ventas") is written as the
file's own fields say, a labelled "Position:" line over a "Company:" line: the company is the employer, the position
the title. Made-up JSON Resume files (work items with name/company and position)."""

import json

from core.analysis.cv import extract_cv_facts
from core.documents import extract_text


def _cv(work: list[dict]) -> str:
    resume = {"basics": {"name": "Lucía Pérez", "label": "Programadora"}, "work": work}
    return extract_text(json.dumps(resume).encode(), "cv.json")


def test_a_position_outside_the_lexicon_is_never_the_employer():
    text = _cv([
        {"name": "Sol Contact Center", "position": "Representante de Ventas", "startDate": "2019-03",
         "endDate": "2021-06", "highlights": ["Atendí 80 llamadas al día."]},
        {"company": "Instituto Nacional de Estadística", "position": "Desarrolladora Web", "startDate": "2021-07",
         "highlights": ["Bases de datos con PostgreSQL."]},
    ])
    facts = extract_cv_facts(text)
    assert facts["jobs"] == [("Representante de Ventas", "Sol Contact Center"),
                             ("Desarrolladora Web", "Instituto Nacional de Estadística")]
    assert facts["current_title"] == "Desarrolladora Web"
    assert "Representante de Ventas, Sol" not in text


def test_a_position_the_reader_knows_stays_on_one_line():
    text = _cv([{"name": "Harbour Foods", "position": "Warehouse Supervisor", "startDate": "2020-01"}])
    assert "Warehouse Supervisor, Harbour Foods, January 2020 – present" in text
    assert extract_cv_facts(text)["jobs"] == [("Warehouse Supervisor", "Harbour Foods")]
