"""CV reading, fresh set 16 (session 16), kind 1: experience written as one line per entry, the dates, a bar or a
tab, then "Title bei Employer, Town" or "Title. Employer" (a DOCX tab reads as a bar; made-up CVs, no corpus text)."""

from __future__ import annotations

from tests.cv_helpers import cv_facts


def _fold(values) -> set[str]:
    return {v.casefold() for v in values}


_BAR_DE = """Lena Brunnmatt
Seestrasse 4, 6000 Obertal

Berufliche Tätigkeiten
01.02.2021 – heute | Projektleiterin Finanzen bei Alpenfirn Treuhand AG, Rheinfelden (Teilzeit 80%)
- Budgetprozess geleitet und Quartalsabschlüsse erstellt

01.04.2017 - 31.01.2021 | Buchhalterin bei Nordhang Logistik GmbH, Oberweil
- Kreditoren und Debitoren geführt

01.08.2012 - 31.07.2015 | kaufmännische Lehre beim Wasserwerk Obertal
- Telefon- und Schalterdienst

Aus- und Weiterbildung
2015 – 2018 | Bachelor in Betriebsökonomie, Hochschule Rheinfelden
"""


def test_dated_bar_lines_with_bei_are_jobs_without_the_town():
    facts = cv_facts(_BAR_DE)
    assert facts["jobs"][:2] == [("Projektleiterin Finanzen", "Alpenfirn Treuhand AG"),
                                 ("Buchhalterin", "Nordhang Logistik GmbH")]
    assert {"alpenfirn treuhand ag", "nordhang logistik gmbh"} <= _fold(facts["employers"])
    assert facts["current_title"] == "Projektleiterin Finanzen"


def test_an_apprenticeship_beim_an_employer_is_an_entry():
    assert "wasserwerk obertal" in _fold(cv_facts(_BAR_DE)["employers"])


def test_a_title_outside_the_lexicon_before_a_legal_form_is_an_entry():
    cv = """Jonas Feldmann

Berufserfahrung
2019 – 2021 | Front Office bei Kessler Handels AG, Obertal (Teilzeit 50%)
- Aufträge erfasst
2016 – 2019 | Sachbearbeiter bei Rotmoos Versand GmbH
- Rechnungen geprüft
"""
    facts = cv_facts(cv)
    assert ("Front Office", "Kessler Handels AG") in facts["jobs"]
    assert not any(" bei " in e for e in _fold(facts["employers"]))


def test_years_then_title_full_stop_employer_is_an_entry():
    cv = """Rafael Moura Lins
Telefone: (11) 5555 0000 | E-mail: rafael@example.com

Experiência:
___________________________________

- 2020-2023 | Aux. técnico. Transportadora Serra Azul Ltda
- Responsável pelo controle de frota
- 2017-2019 | Analista de dados. Mercantil Ipê Ltda
- Relatórios mensais
"""
    facts = cv_facts(cv)
    assert ("Aux. técnico", "Transportadora Serra Azul Ltda") in facts["jobs"]
    assert "mercantil ipê ltda" in _fold(facts["employers"])
