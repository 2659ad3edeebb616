"""CV entries, issue 15 point 1: kinds of title and employer mistakes on German and French CVs nobody had tuned
on, one small made-up input per kind: "Title im Employer" (German "im", "beim"), a civil or military service
("Zivildienst") as a heading and as the title of its entry, a university institute after a dash in the title
when the university is on the next line, and a PDF whose every styled run is its own line ("chez" alone)."""

from __future__ import annotations

from core.analysis import extract_cv_facts


def _lower(values) -> set[str]:
    return {v.casefold() for v in values}


def test_a_title_im_an_employer_names_the_employer():
    cv = """Mila Sorge
BERUFSERFAHRUNG
03.2016-03.2017 | Pflegehelferin im Seniorenstift am Lindenpark, Bremen
- Grundpflege und Dokumentation
03.2017-10.2020 | Krankenpflegerin im KSL, Station 4
- Wundversorgung
"""
    facts = extract_cv_facts(cv)
    assert {"seniorenstift am lindenpark", "ksl"} <= _lower(facts["employers"])
    assert not any(e.casefold().startswith("pflege") for e in facts["employers"])


def test_im_before_a_field_of_work_names_no_employer():
    cv = """Mila Sorge
BERUFSERFAHRUNG
03.2016-03.2017 | Praktikantin im Bereich Marketing, Nordwerk GmbH
- Kampagnen geplant
"""
    facts = extract_cv_facts(cv)
    assert "bereich marketing" not in _lower(facts["employers"])
    assert "nordwerk gmbh" in _lower(facts["employers"])


def test_a_civil_service_heading_and_title_is_no_employer():
    cv = """Tobias Renner
Beruflicher Werdegang
03/2018 – 07/2018 Berufspraktikum, Kranwerk Logistik GmbH, Linz.
Entwicklung einer Auswertungssoftware
Zivildienst
05/2010 – 01/2011 Zivildienst, Hilfswerk Nordstern, Salzburg.
Technische Kenntnisse
Python, C#
"""
    facts = extract_cv_facts(cv)
    employers = _lower(facts["employers"])
    assert "zivildienst" not in employers
    assert "hilfswerk nordstern" in employers


def test_an_institute_after_a_dash_is_no_part_of_the_title_when_the_university_follows():
    cv = """Jana Ortlieb
Berufserfahrung
Studentische Mitarbeiterin – Institut für Statistik | 04/2025 – 02/2026
Universität Falkenburg
Datenanalyse für Forschungsprojekte.
Studentische Mitarbeiterin – Institut für Soziologie | 03/2023 – 09/2024
Universität Falkenburg
Mitarbeit bei der Datenerhebung.
"""
    facts = extract_cv_facts(cv)
    assert facts["current_title"] == "Studentische Mitarbeiterin"
    assert _lower(facts["employers"]) == {"universität falkenburg"}


def test_a_pdf_with_each_styled_run_on_its_own_line_joins_them_back():
    cv = """Lea Marchal
EXPÉRIENCE PROFESSIONNELLE
- 2019 - 2021 :
Développeuse web
chez
Norvane Logiciels
- Création d'applications (
React
,
Node.js
)
- 2017 - 2019 : Stagiaire développeuse chez
Atelier Quartz
- Maintenance d'un site (
PHP
)
"""
    facts = extract_cv_facts(cv)
    employers = _lower(facts["employers"])
    assert "chez" not in employers
    assert {"norvane logiciels", "atelier quartz"} <= employers


def test_bis_jetzt_runs_the_dates_to_now():
    cv = """Mila Sorge
BERUFSERFAHRUNG
03.2015-03.2016 | Pflegehelferin im Seniorenstift am Lindenpark, Bremen
03.2017-10.2020 | Krankenpflegerin im KSL, Station 4
10.2020- bis jetzt | Fachkrankenpflegerin im KSL
"""
    assert extract_cv_facts(cv)["current_title"] == "Fachkrankenpflegerin"
