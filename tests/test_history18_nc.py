"""Newcomer findings (session 18) on History and Home, with made-up titles, CVs and jobs.

- A posting's gender mark ("(H/F)", "(m/w/d)") was shown in titles on History, Home and the report header.
- A French logistics title was charted as "other roles" (Home: "your first interview in other roles"), and a
  chef as "operations roles".
- History's advice for a role counted only the latest CV's sessions (as designed: another CV is another
  candidate's evidence) but said "never asked yet for this role" with no word that an earlier session for the
  role, on another CV, was left out.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest
from test_history import HISTORY, HOME, _texts
from test_progress import make_session

from core import progress
from core.analysis.gender_marks import without_gender_mark
from core.analysis.skills import infer_role_family
from core.schemas import job_label
from core.storage import InterviewStore


@pytest.mark.parametrize(("title", "clean"), [
    ("Préparateur de Commandes (H/F)", "Préparateur de Commandes"),
    ("Assistante Comptable (F/H) - CDI", "Assistante Comptable - CDI"),
    ("Lagerist (m/w/d) in Vollzeit", "Lagerist in Vollzeit"),
    ("Projektleiterin Einkauf (w/m/d)", "Projektleiterin Einkauf"),
    ("Camarero (H/M)", "Camarero"),
    ("Magazijnmedewerker (m/v)", "Magazijnmedewerker"),
    ("Platform Engineer (f/m/x)", "Platform Engineer"),
    ("Vendeur Conseil H/F", "Vendeur Conseil"),
    ("Front/Back End Developer", "Front/Back End Developer"),  # a slash between words is no mark
    ("Nurse (ER)", "Nurse (ER)"),
])
def test_a_gender_mark_is_no_part_of_the_title(title: str, clean: str) -> None:
    assert without_gender_mark(title) == clean


def test_labels_and_chart_roles_show_no_gender_mark() -> None:
    assert job_label("Responsable d'Entrepôt (H/F)", "Entrepôts Verdier") == "Responsable d'Entrepôt at Entrepôts Verdier"
    rows = pd.DataFrame({"id": ["a", "b"], "created_at": ["2026-02-01", "2026-02-03"], "overall_score": [5.0, 6.0],
                         "company": ["Entrepôts Verdier", "Entrepôts Verdier"],
                         "job_title": ["Responsable d'Entrepôt (H/F)", "Responsable d'Entrepôt"]})
    points = progress.score_points(rows)
    assert "(H/F)" not in " ".join(points["role"]) + " ".join(points["label"])
    assert progress.practice_roles(rows) == ["Responsable d'Entrepôt"]  # one role, with or without the mark


@pytest.mark.parametrize(("title", "family"), [
    ("Coordinatrice Transport (H/F)", "operations"),
    ("Responsable Logistique", "operations"),
    ("Gestionnaire de Stock", "operations"),
    ("Disponent (m/w/d)", "operations"),
    ("Fachkraft für Lagerlogistik", "operations"),
    ("Coordinador de Logística", "operations"),
    ("Responsabile Logistica", "operations"),
    ("Cuisinier (H/F)", "operations"),
    ("Koch (m/w/d)", "operations"),
    ("Line Cook", "operations"),
    ("Développeuse Back-end (F/H)", "software"),
    ("Entwickler Java (m/w/d)", "software"),
    ("Desarrolladora Web", "software"),
    ("Chef de Projet Logistique", "operations"),
])
def test_a_title_in_its_own_language_names_its_family(title: str, family: str) -> None:
    assert infer_role_family(title) == family


def test_kitchen_and_hotel_titles_are_charted_as_hospitality_and_logistics_as_operations() -> None:
    titles = ["Sous Chef", "Cuisinière (H/F)", "Chef de Partie", "Hotel Night Manager", "Chef de Projet Transport",
              "Coordinateur Logistique (H/F)", "Warehouse Team Leader"]
    rows = pd.DataFrame({"id": list("abcdefg"), "created_at": [f"2026-03-0{i + 1}" for i in range(7)],
                         "overall_score": [6.0] * 7, "company": [""] * 7, "job_title": titles})
    labels = dict(zip(titles, progress.score_points(rows)["family_label"], strict=True))
    assert labels == {"Sous Chef": "hospitality roles", "Cuisinière (H/F)": "hospitality roles",
                      "Chef de Partie": "hospitality roles", "Hotel Night Manager": "hospitality roles",
                      "Chef de Projet Transport": "operations roles", "Coordinateur Logistique (H/F)": "operations roles",
                      "Warehouse Team Leader": "operations roles"}


def test_home_names_the_family_of_a_french_logistics_job(db_path, fresh_app_cache) -> None:
    store = InterviewStore(db_path)
    make_session(store, job_title="Coordinatrice Flux Logistiques (H/F)", company="Transports Aubry",
                 cv_text="Léa Martin\nCoordinatrice")
    store.close()
    at = AppTest.from_file(HOME, default_timeout=20)
    at.run()
    assert not at.exception, at.exception
    shown = _texts(at) + " ".join(str(m.help or "") for m in at.metric)
    assert "other roles" not in shown and "(H/F)" not in shown


def _two_cvs(store: InterviewStore) -> None:
    start = datetime(2026, 4, 1, 9, 0)
    coverage = [{"requirement": "RabbitMQ", "status": "evidenced"}, {"requirement": "Terraform", "status": "not probed"}]
    make_session(store, job_title="Platform Engineer", company="Harbour Freight", created_at=start,
                 cv_text="Mira Kovac\nPlatform engineer, Zagreb", coverage=coverage)
    make_session(store, job_title="Platform Engineer", company="Harbour Freight", created_at=start + timedelta(hours=1),
                 cv_text="Sam Doyle\nDevOps engineer, Cork",
                 coverage=[{"requirement": "RabbitMQ", "status": "not probed"}])


def test_practice_advice_says_which_cv_it_reads_and_what_it_left_out(tmp_path) -> None:
    store = InterviewStore(str(tmp_path / "h.duckdb"))
    _two_cvs(store)
    suggestion = progress.suggest_practice(store)
    assert suggestion is not None and suggestion.sessions == 1
    assert suggestion.other_cv_sessions == 1 and suggestion.cv_heading == "Sam Doyle"
    details = [gap.detail for gap in suggestion.gaps if gap.status == "not probed"]
    assert details and all("this CV" in detail for detail in details), details
    store.close()


def test_practice_advice_on_one_cv_keeps_its_plain_wording(tmp_path) -> None:
    store = InterviewStore(str(tmp_path / "h.duckdb"))
    make_session(store, job_title="Platform Engineer", coverage=[{"requirement": "Terraform", "status": "not probed"}])
    suggestion = progress.suggest_practice(store)
    assert suggestion is not None and suggestion.other_cv_sessions == 0
    assert [g.detail for g in suggestion.gaps if g.kind == "requirement"] == ["never probed in 1 session"]
    store.close()


def test_history_tells_that_the_other_cvs_session_is_not_counted(db_path, fresh_app_cache) -> None:
    store = InterviewStore(db_path)
    _two_cvs(store)
    store.close()
    at = AppTest.from_file(HISTORY, default_timeout=20)
    at.run()
    assert not at.exception, at.exception
    text = _texts(at)
    assert "1 earlier session for this role used another CV" in text, text
    assert "never probed in 1 session with this CV" in text
