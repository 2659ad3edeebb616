"""Session 19: one reader of "years of a field in the CV" for the plan's years gap and the CV tips
(core/analysis/field_years). A degree's or an apprenticeship's dates are no years of work for either; a job at a
school or a university is work; "mehrjährig" asks for two years; a German compound's head names its field.
Made-up CVs and requirements."""

from __future__ import annotations

from core.analysis.field_years import field_named, field_years, field_years_met, years_field_asked
from core.coach.coverage_years import field_by_doer

NOW = 2026

DEGREE_CV = """EXPERIENCE
Junior Developer, Pellow Apps, 2024 - Present
- Software development for two mobile apps.

EDUCATION
BSc Software Development, Tamar University
2019 - 2023
- Software development modules and a final project."""


def test_a_degree_in_the_field_gives_no_years_of_work() -> None:
    assert field_years(DEGREE_CV, "software development", NOW) == 2
    assert field_years_met(DEGREE_CV, "3+ years software development experience", NOW) is False
    assert field_years_met(DEGREE_CV, "2+ years software development experience", NOW) is True


def test_a_job_at_a_school_or_a_university_is_work() -> None:
    cv = """EXPERIENCE
Class Teacher, Ridgeway Primary School, 2018 - Present
- Teaching a Year 4 class of 30.
Lecturer in Chemistry, University of Tamworth, 2012 - 2018"""
    assert field_years_met(cv, "5+ years teaching experience", NOW) is True
    assert field_years(cv, "teaching", NOW) >= 8


def test_several_years_in_german_and_a_compound_head() -> None:
    cv = """Berufserfahrung
Schichtleiter – Nordhafen Logistik GmbH, Bremen
04/2022 – heute
- Führung von 24 Lagermitarbeitenden im Zweischichtbetrieb.
Entwickler – Tischlerei Kern, Bremen
05/2015 – 03/2022
- Produktentwicklung für Küchenmöbel."""
    assert years_field_asked("Mehrjährige Erfahrung im Lager") == (2, "Erfahrung im Lager")
    assert field_years_met(cv, "Mehrjährige Erfahrung im Lager", NOW) is True
    assert field_years_met(cv, "Mehrjährige Führungserfahrung", NOW) is True
    assert field_years_met(cv, "Mehrjährige Erfahrung in der Produktion", NOW) is False  # Produktentwicklung is none
    assert not field_named("Produktentwicklung für Küchenmöbel", "Produktion")
    assert field_years_met(cv, "Gute Deutschkenntnisse", NOW) is None


def test_the_coverage_reads_the_same_doers() -> None:
    answer = "I've been a shift team leader in a warehouse for four years."
    assert field_by_doer(answer, "team leadership")
    assert not field_by_doer("I've been a picker in a warehouse for four years.", "team leadership")
