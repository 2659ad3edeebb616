"""CV tips never understate the CV (session 21, newcomer nc21): a sentence holding a must and a plus is split at its
clause ("Anglais courant indispensable, une troisième langue est un plus" is no plus, and the CV's "anglais courant
(C1)" shows it)."""

from core.analysis.job import extract_requirements
from core.analysis.job_weight import preferred
from core.coach.report import build_report

FR_JOB = """Gouvernante générale (H/F) – Hôtel des Tilleuls

Missions :
- Encadrer l'équipe des étages et organiser les plannings
- Contrôler la qualité des chambres et des parties communes

Profil :
- Expérience de 3 ans minimum en hébergement
- Anglais courant obligatoire, l'allemand est un atout
"""

FR_CV = """Camille Perrin
Gouvernante — Hôtel Bellevue, Annecy
Mars 2019 – aujourd'hui
- Encadrement d'une équipe de 9 femmes de chambre, organisation des plannings
- Contrôle qualité de 60 chambres par jour

Langues : français (langue maternelle), anglais courant (C1)
"""


def test_a_must_and_a_plus_in_one_sentence_are_two_weights():
    reqs = extract_requirements(FR_JOB)
    english = next(r for r in reqs if r.lower().startswith("anglais courant"))
    assert "atout" not in english and "allemand" not in english
    assert not preferred(english, FR_JOB)
    assert preferred("l'allemand", FR_JOB)


def test_the_cv_tips_never_call_the_must_a_plus_nor_miss_the_cv_fluency():
    tips = " ".join(build_report([], job_title="Gouvernante générale", job_description=FR_JOB, cv_text=FR_CV).cv_tips)
    assert "Anglais courant obligatoire" not in tips
    assert "a plus, not a must" not in tips or "anglais" not in tips.lower()


DE_JOB = """Sachbearbeiter Lohnbuchhaltung (m/w/d)

Ihre Aufgaben:
- Prüfung und Abrechnung laufender Dienstreisen in SAGE
- Meldewesen inkl. Sozialversicherung

Ihr Profil:
- Abgeschlossene kaufmännische Ausbildung
"""

DE_CV = """Jonas Berger
04/2020 – heute: Personalsachbearbeiter, Hoffmann Metall GmbH
Abrechnung aller Reisekosten der Außendienstmitarbeiter in SAGE HR Suite
Meldewesen (ca. 120 Mitarbeitende) an die Sozialversicherung
Ausbildung zum Kaufmann für Büromanagement, IHK, 2020
"""


def test_a_german_cv_line_naming_the_jobs_tool_and_a_word_of_the_duty_meets_it():
    from core.coach.inflected import inflected_meets

    assert inflected_meets(DE_CV, "Prüfung und Abrechnung laufender Dienstreisen in SAGE")
    # "(ca. 120 Mitarbeitende)": an abbreviation's full stop ends no CV line
    assert inflected_meets(DE_CV, "Meldewesen inkl. Sozialversicherung")
    tips = " ".join(build_report([], job_title="Sachbearbeiter", job_description=DE_JOB, cv_text=DE_CV).cv_tips)
    assert "Dienstreisen" not in tips and "Sozialversicherung" not in tips, tips


def test_a_cv_line_doing_the_duty_to_its_object_shows_the_duty_itself():
    from core.coach.plan_core import duty_object_written

    cv = ("Night Supervisor — Harlow Parcels, 2019 – present\n"
          "- Scheduling 14 loaders a shift across two docks\n"
          "Leadership: mentoring new sorters\n")
    assert duty_object_written(cv, "scheduling warehouse loaders")  # "Scheduling 14 loaders a shift"
    assert not duty_object_written(cv, "scheduling delivery vans")
    assert not duty_object_written(cv, "leading the sales team")


def test_german_bookkeeping_duties_date_the_years_of_buchhaltung():
    from core.analysis.field_years import field_years_met
    from core.coach.plan_years import years_gap

    cv = ("Lebenslauf\n04/2018 – heute: Kaufmann für Büromanagement, Weber Elektro GmbH\n"
          "Kontierung der Eingangsrechnungen in DATEV, Mahnwesen für rund 200 Kunden\n")
    assert field_years_met(cv, "Mehrjährige Berufserfahrung in der Buchhaltung", 2025)
    assert not years_gap(cv, "Mehrjährige Berufserfahrung in der Buchhaltung")
