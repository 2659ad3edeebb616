"""Session 19 (nc19 item 10): the job reader takes the company from a line under the title that names it with its
legal form ("… Stiftung & Co. KG, Standort Hamm", "… S.p.A., stabilimento di …", "… Lda., Porto"). Made-up ads."""

import pytest

from core.documents.job import job_heading


@pytest.mark.parametrize("second,company", [
    ("Kessler Bau GmbH & Co. KG, Niederlassung Ulm", "Kessler Bau GmbH & Co. KG"),
    ("Hollweg Spedition Stiftung & Co. KG, Standort Bielefeld", "Hollweg Spedition Stiftung & Co. KG"),
    ("Brandt Maschinenbau GmbH – Werk Kassel", "Brandt Maschinenbau GmbH"),
    ("Lumière Conseil SAS, Lyon", "Lumière Conseil SAS"),
    ("Grupo Vela S.A. – Sede Madrid", "Grupo Vela S.A."),
    ("Bellini Arredi S.p.A., stabilimento di Treviso", "Bellini Arredi S.p.A."),
    ("Transportes Ribeiro Lda., Porto", "Transportes Ribeiro Lda."),
    ("Harrow & Lane Inc., Austin, TX", "Harrow & Lane Inc."),
])
def test_a_legal_form_line_under_the_title_is_the_company(second, company):
    ad = f"Schichtleiter Lager (m/w/d)\n{second}\n\nIhre Aufgaben\n- Sie führen 30 Mitarbeitende im Wareneingang.\n"
    assert job_heading(ad) == ("Schichtleiter Lager", company)


def test_one_line_further_down_too():
    ad = "Lagerleiter (m/w/d) – Kontraktlogistik\nVollzeit, unbefristet\nHollweg Spedition GmbH, Standort Hamm\n\n- Sie führen…"
    assert job_heading(ad)[1] == "Hollweg Spedition GmbH"


@pytest.mark.parametrize("second", ["We are a GmbH with 40 staff.", "Vollzeit, unbefristet", "Our client is a leading AG."])
def test_a_sentence_or_terms_line_is_no_company(second):
    assert job_heading(f"Warehouse Manager\n{second}\n\n- Lead a team of 30.\n")[1] == ""
