"""CV facts, session 17: an entry's field labels in other languages than English ("Período:", "Zeitraum:",
"Localidade:", "Cargo:", "Empresa:") are labels, their values the facts; a legal form joined by "&" ("GmbH & Co.
KG") is part of one name. Made-up CVs (no corpus text)."""

from __future__ import annotations

import pytest

from tests.cv_helpers import cv_facts as _facts

_PT_TABLE = """Renata Okafor
renata@example.com

Experiência
Analista de Redes Pleno
Lumentra Sistemas
Período: março de 2016 – junho de 2021
Localidade: Campinas
Administração de servidores Linux e Windows em dois data-centers, com foco em disponibilidade
Monitoramento de ambientes com Zabbix e elaboração de laudos técnicos

Técnico de Suporte
Vortal Informática
Período: maio de 2012 – fevereiro de 2016
Localidade: Sorocaba
Atendimento de chamados de nível 2 e instalação de estações de trabalho nos escritórios
"""

_DE_TABLE = """Jonas Weidenfeld
jonas@example.com

Berufserfahrung
Lagerlogistiker
Nordhafen Spedition
Zeitraum: 04/2018 – 09/2022
Ort: Bremen
- Kommissionierung mit SAP

Staplerfahrer
Kranich Transporte
Zeitraum: 01/2014 – 03/2018
Ort: Oldenburg
- Be- und Entladen von LKW
"""

_ES_LABELLED = """Lucía Ferrandis
lucia@example.com

Experiencia
Cargo: Contable Senior
Empresa: Almendros Levante
Periodo: 2017 – 2022
- Cierre mensual en SAP

Cargo: Auxiliar Contable
Empresa: Huerta Clara
Periodo: 2013 – 2017
- Conciliaciones bancarias en Excel
"""

_FR_LABELLED = """Camille Roussel
camille@example.com

Expérience professionnelle
Poste : Assistante de direction
Période : 2019 – 2023
Lieu : Nantes
Entreprise : Atelier Bocage
- Gestion des agendas sous Outlook
"""


@pytest.mark.parametrize("cv, employers", [
    (_PT_TABLE, ["Lumentra Sistemas", "Vortal Informática"]),
    (_DE_TABLE, ["Nordhafen Spedition", "Kranich Transporte"]),
])
def test_a_tables_date_and_place_labels_are_no_employer(cv, employers):
    facts = _facts(cv)
    assert facts["employers"] == employers


@pytest.mark.parametrize("cv, job", [
    (_ES_LABELLED, ("Contable Senior", "Almendros Levante")),
    (_FR_LABELLED, ("Assistante de direction", "Atelier Bocage")),
])
def test_labelled_title_and_employer_values_are_the_facts(cv, job):
    facts = _facts(cv)
    assert job in facts["jobs"]
    assert facts["current_title"] == job[0]
    assert not {"Periodo", "Période", "Lieu", "Cargo", "Poste"} & set(facts["employers"])


_KG_CV = """Heike Brandner
heike@example.com

Berufserfahrung
03/2021 – 12/2024
Vertriebsleiterin
Lindauer Verlagsdienste GmbH & Co. KG, Kempten
- Vertrieb von Anzeigenprodukten

01/2016 – 02/2021
Vertriebsassistentin
Bergmann Druck GmbH & Co. OHG, Ulm
- Angebote in Excel erstellt
"""


def test_a_gmbh_and_co_kg_name_stays_one_employer():
    facts = _facts(_KG_CV)
    assert facts["employers"] == ["Lindauer Verlagsdienste GmbH & Co. KG", "Bergmann Druck GmbH & Co. OHG"]


def test_two_organisations_joined_by_an_ampersand_stay_two():
    from core.analysis.cv_co_employers import joint_employers

    assert joint_employers("Nordhafen Logistik GmbH & Co. KG") == ("Nordhafen Logistik GmbH & Co. KG", "")
    assert joint_employers("Rossi & Cie") == ("Rossi & Cie", "")
    assert joint_employers("University of Leeds & Halden Institute") == ("University of Leeds", "Halden Institute")
