"""Reading confidence, second round (session 16): cues of a reader meeting a new CV's shape
(core.analysis.cv_confidence_cues). Made-up CVs and facts, never corpus text; each kind has a case dropped and a
control kept."""

from __future__ import annotations

from core.analysis.cv_confidence_cues import entry_end, inside_entry, latest_dated, markup_free, role_noun
from core.analysis.cv_trust import quotable_facts

GERMAN_CV = """Jana Vogt
Köln

Berufserfahrung
Kundenberaterin, Rheinblick Reisen GmbH
04/2022 – heute
- Beratung von Familien und Gruppen.
Sachbearbeiterin Auftragsannahme
09/2019 – 03/2022
- sorgfältige Prüfung komplexer Aufträge.
Praktikum, Lindenschule Porz
06/2015 – 07/2015

Ausbildung
Realschulabschluss, 2015
"""


def _facts(jobs, title, **more):
    return {"current_title": title, "roles": [r for r, _ in jobs if r], "jobs": jobs,
            "employers": [e for _, e in jobs if e], "skill_employer": {}, "skill_employer_pairs": [],
            "skill_surface": {}, "achievements": [], "achievement_employer": {}, **more}


def test_a_role_phrase_read_as_an_employer_is_not_named():
    """A title read under it (another line's words) does not make a role phrase a firm's name."""
    jobs = [("Kundenberaterin", "Rheinblick Reisen GmbH"), ("Praktikantin", "Sachbearbeiterin Auftragsannahme"),
            ("", "Realschulabschluss")]
    out = quotable_facts(_facts(jobs, "Kundenberaterin"), GERMAN_CV)
    assert out["employers"] == ["Rheinblick Reisen GmbH"]


def test_a_school_read_as_an_employer_is_not_named():
    jobs = [("Kundenberaterin", "Rheinblick Reisen GmbH"), ("", "Sachbearbeiterin Auftragsannahme"),
            ("Praktikum", "Lindenschule Porz")]
    out = quotable_facts(_facts(jobs, "Kundenberaterin"), GERMAN_CV)
    assert "Lindenschule Porz" not in out["employers"]
    assert "Rheinblick Reisen GmbH" in out["employers"]
    control = [(r, e.replace("Lindenschule", "Lindenhof")) for r, e in jobs]  # the same entry, a firm's name
    assert "Lindenhof Porz" in quotable_facts(_facts(control, "Kundenberaterin"), GERMAN_CV.replace("Lindenschule", "Lindenhof"))["employers"]


def test_a_bullets_lower_case_words_read_as_an_employer_are_not_named():
    jobs = [("Kundenberaterin", "Rheinblick Reisen GmbH"), ("Sachbearbeiterin", "sorgfältige Prüfung komplexer"),
            ("", "Realschulabschluss")]
    out = quotable_facts(_facts(jobs, "Kundenberaterin"), GERMAN_CV)
    assert out["employers"] == ["Rheinblick Reisen GmbH"]


NOTE_CV = """Ravi Menon
Experience
Brightfield (Acquired by Norhaven) | Pune
Support Engineer | 2021 - Present
Handled escalations for payroll customers.
Tallis Works | Mumbai
Support Analyst | 2018 - 2021
Wrote runbooks for the help desk.
"""


def test_a_name_with_a_note_in_brackets_is_not_named_as_one_employer():
    jobs = [("Support Engineer", "Brightfield (Acquired by Norhaven)"), ("Support Analyst", "Tallis Works")]
    out = quotable_facts(_facts(jobs, "Support Engineer"), NOTE_CV)
    assert out["employers"] == ["Tallis Works"]
    assert out["current_job"] == ("", "")  # the opener names no unsure employer


def test_an_older_entry_is_not_quoted_as_the_current_role():
    """The headline's title is an old two-week placement's; later entries exist."""
    cv = """Timo Berg
Warehouse Operative

Experience
Warehouse Operative, Kranz Logistik GmbH
2022 - Present
Forklift Trainee, Ostwind Motors Ltd
2016 - 2016
"""
    jobs = [("Warehouse Operative", "Kranz Logistik GmbH"), ("Forklift Trainee", "Ostwind Motors Ltd")]
    assert quotable_facts(_facts(jobs, "Forklift Trainee"), cv)["current_job"] == ("", "")
    kept = quotable_facts(_facts(jobs, "Warehouse Operative"), cv)["current_job"]
    assert kept == ("Warehouse Operative", "Kranz Logistik GmbH")


TAGS_CV = """Experience
Quarry Labs | Leeds
Data Engineer | 2021 - Present
Built the ingestion jobs for the sales team.
Tools: Airflow, Snowflake, dbt
Heron Analytics | York
Data Analyst | 2018 - 2021
Wrote the monthly reports for the board.
Tools: Excel, Tableau

Education
BSc Mathematics, University of York
"""


def test_skill_tags_printed_after_an_entry_are_not_quoted_at_the_next_employer():
    jobs = [("Data Engineer", "Quarry Labs"), ("Data Analyst", "Heron Analytics")]
    facts = _facts(jobs, "Data Engineer", skill_employer={"Snowflake": "Heron Analytics", "Tableau": "Heron Analytics"},
                   skill_employer_pairs=[("Snowflake", "Heron Analytics"), ("Tableau", "Heron Analytics")])
    out = quotable_facts(facts, TAGS_CV)
    assert out["skill_employer"] == {"Tableau": "Heron Analytics"}


def test_inside_entry_ends_at_the_next_header_not_at_a_sub_heading():
    cv = "Quarry Labs | Leeds\nData Engineer | 2021 - Present\nTools:\nAirflow, Snowflake\nHeron Analytics | York\nTableau\n"
    jobs = [("Data Engineer", "Quarry Labs"), ("Data Analyst", "Heron Analytics")]
    assert inside_entry("Snowflake", "Quarry Labs", jobs, cv)
    assert not inside_entry("Snowflake", "Heron Analytics", jobs, cv)


def test_entry_end_reads_open_ranges_in_six_languages():
    assert entry_end("04/2022 – heute") == 999999
    assert entry_end("desde 2019") == 999999
    assert entry_end("06/2015 – 07/2015") == 201507
    assert entry_end("Kundenberaterin") is None
    jobs = [("Kundenberaterin", "Rheinblick Reisen GmbH"), ("Praktikum", "Lindenschule Porz")]
    assert latest_dated("Kundenberaterin", "Rheinblick Reisen GmbH", jobs, GERMAN_CV)
    assert not latest_dated("Praktikum", "Lindenschule Porz", jobs, GERMAN_CV)


def test_role_nouns_and_markup():
    assert role_noun("Sachbearbeiterin Auftragsannahme") and role_noun("Kaufmännische Assistenz")
    assert role_noun("Analista de datos") and role_noun("Support Engineer")
    assert not role_noun("Rheinblick Reisen") and not role_noun("Tallis Works")
    assert not markup_free(r"\textbf{Data Engineer}\hfill") and markup_free("Support Engineer (Contract)")
