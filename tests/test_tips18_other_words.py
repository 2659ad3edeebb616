"""Session 18 (issue 15 point 3): CV tips said a German or Portuguese CV did not show a duty it shows in other words or
another form of the verb: the job's "Entgeltabrechnung" against the CV's "Lohn- und Gehaltsabrechnung", the job's
"Gerir o orçamento" against the CV's "geri um orçamento". Job duties and CV lines are compared by dictionary form and
stem, a field's words for one thing as one, a German compound left open after a hyphen written whole; and a
requirement in the CV's own language is never met by one of its words read as English (the CV's "Kenntnisse"
heading for "Kenntnisse im Arbeitsrecht"). All texts are made up (a payroll clerk, a retail buyer)."""

from __future__ import annotations

import pytest

from core.coach.evidence_cv import cv_meets
from core.coach.inflected_words import field_word, whole_compounds
from core.coach.report import build_report

DE_CV = """Jonas Brenner
Lohnbuchhalter
Leipzig · jonas.brenner@example.de

Berufserfahrung

seit 2020
Lohnbuchhalter bei Elbtal Logistik GmbH, Leipzig
- Lohn- und Gehaltsabrechnung für 310 Mitarbeiter mit DATEV
- Meldungen an Kranken-, Renten- und Pflegekassen
- Einführung eines digitalen Zeiterfassungssystems

Ausbildung

2015 – 2018 Ausbildung zum Kaufmann für Büromanagement, IHK Leipzig

Kenntnisse
DATEV, Excel, Englisch (B1)
"""
DE_JOB = """Lohnbuchhalter (m/w/d)
Stadtwerke Musterstadt

Ihre Aufgaben
- Selbständige Entgeltabrechnung für etwa 450 Beschäftigte
- Meldungen an die Sozialversicherungsträger

Ihr Profil
- Abgeschlossene kaufmännische Ausbildung
- Fundierte Kenntnisse im Arbeitsrecht
"""
PT_CV = """Rui Matos
Comprador Sénior · Porto · rui.matos@example.pt

Experiência profissional
2019 – atual | Comprador Sénior | Lojas Ribeira, Porto
Na Lojas Ribeira: geri uma carteira anual de 3 M€ de fornecedores de têxtil; negociei prazos de pagamento de 60 dias.
Competências
Excel, SAP MM, inglês C1
"""
PT_JOB = """Comprador (m/f)
Grupo Atlântico – Lisboa

Responsabilidades
- Gerir a carteira de fornecedores de têxtil e negociar condições
- Acompanhar o mercado internacional de algodão
"""


def test_a_german_compound_left_open_after_a_hyphen_is_written_whole():
    assert whole_compounds("Lohn- und Gehaltsabrechnung", "de") == "Lohnabrechnung und Gehaltsabrechnung"
    assert whole_compounds("Kranken-, Renten- und Pflegekassen", "de") == "Krankenkassen Rentenkassen und Pflegekassen"
    assert whole_compounds("Kenntnisse im Steuer- und Arbeitsrecht", "de") == "Kenntnisse im Steuerrecht und Arbeitsrecht"
    assert whole_compounds("Lohn- und Gehaltsabrechnung", "pt") == "Lohn- und Gehaltsabrechnung"  # German only


def test_a_field_word_is_read_as_its_group():
    assert field_word("lohnabrechnung", "de") == field_word("entgeltabrechnung", "de")
    assert field_word("kauffrau", "de") == field_word("kaufmännische", "de")
    assert field_word("lohnabrechnung", "es") == "lohnabrechnung"


@pytest.mark.parametrize(("cv", "requirement", "expected"), [
    (DE_CV, "Selbständige Entgeltabrechnung für etwa 450 Beschäftigte", True),
    (DE_CV, "Abgeschlossene kaufmännische Ausbildung", True),
    (DE_CV, "Fundierte Kenntnisse im Arbeitsrecht", False),  # "Kenntnisse" is the CV's heading, no knowledge of law
    (PT_CV, "Gerir a carteira de fornecedores de têxtil e negociar condições", True),
    (PT_CV, "Acompanhar o mercado internacional de algodão", False),
])
def test_a_duty_in_other_words_or_forms_is_met(cv, requirement, expected):
    job = DE_JOB if cv is DE_CV else PT_JOB
    assert cv_meets(cv, requirement, job) is expected


def test_the_cv_tips_name_only_what_the_cv_does_not_show():
    tips = " ".join(build_report([], job_title="Lohnbuchhalter", job_description=DE_JOB, cv_text=DE_CV).cv_tips)
    assert "Entgeltabrechnung" not in tips and "kaufmännische" not in tips, tips
    assert "Arbeitsrecht" in tips, tips
    tips = " ".join(build_report([], job_title="Comprador", job_description=PT_JOB, cv_text=PT_CV).cv_tips)
    assert "Gerir a carteira" not in tips and "algodão" in tips, tips
