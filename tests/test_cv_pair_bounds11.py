"""CV entries and pairs, issue 15 point 1: the end of one job's wrapped sentence ("... an diversen Software-" /
"Produkten gearbeitet.") read as the next job's employer, which took the next job's tools with it; one small
made-up input."""

from __future__ import annotations

from core.analysis import extract_cv_facts


def _pairs(facts) -> set[tuple[str, str]]:
    pairs = facts.get("skill_employer_pairs") or list((facts.get("skill_employer") or {}).items())
    return {(s.casefold(), e.casefold()) for s, e in pairs}


def test_a_sentence_ending_on_its_own_line_is_no_employer_of_the_next_job():
    cv = """Lukas Berg
Berufserfahrung

Software Entwickler – Nordwerk Software GmbH
2020, Jul-Okt. Die Nordwerk Software GmbH baut Kassensoftware. Hier war ich in der
Softwareentwicklung, in einer Abteilung mit fünf
Personen, tätig. Dabei habe ich an diversen Software-
Produkten gearbeitet.

Schlagworte: Vue.js, SQL, TFS

Praktikum – KTWL
2018, Aug-Sep. Ich war verantwortlich für die Entwicklung
einer Software, welche Daten in einer Datenbank persistiert.

Schlagworte: C#, ASP.NET

Praktikum – Lindqvist Labor GmbH
2018, Jul-Aug. Ich habe Computer auf Windows 10 aktualisiert.

Schlagworte: Windows
"""
    facts = extract_cv_facts(cv)
    employers = {e.casefold() for e in facts["employers"]}
    assert not any("gearbeitet" in e for e in employers)
    assert {"nordwerk software gmbh", "ktwl", "lindqvist labor gmbh"} <= employers
    pairs = _pairs(facts)
    assert ("asp.net", "ktwl") in pairs
    assert ("asp.net", "lindqvist labor gmbh") not in pairs


def test_short_lines_of_a_jobs_text_stay_with_that_job():
    cv = """Lukas Berg
Berufserfahrung

Software Entwickler – Nordwerk Software GmbH
2020, Jul-Okt. Die Nordwerk Software GmbH ist ein Unternehmen, welches Kassensoftware in ganz Europa verkauft. Hier war ich
Softwareentwicklung, in einer Abteilung mit fünf
Personen, tätig und arbeitete sowohl an Frontend-, als auch an Backend-Aufgaben und Datenbanken mit.
Backend-Tätigkeiten. Dabei habe ich an diversen Software-
Produkten gearbeitet.
Schlagworte: Vue.js, SQL, TFS
Praktikum – KTWL
2018, Aug-Sep. Ich war verantwortlich für die Entwicklung einer Software, welche Daten in einer Datenbank persistiert.
Schlagworte: C#, ASP.NET
"""
    facts = extract_cv_facts(cv)
    assert {e.casefold() for e in facts["employers"]} == {"nordwerk software gmbh", "ktwl"}
    pairs = _pairs(facts)
    assert {("vue.js", "nordwerk software gmbh"), ("asp.net", "ktwl")} <= pairs
    assert ("vue.js", "ktwl") not in pairs


def test_a_labelled_list_of_names_after_a_job_is_no_tools_line():
    from core.analysis.cv_entry_bounds import entry_tail

    assert entry_tail("Schlagworte: C#, .Net, SQL")
    assert not entry_tail("Kunden: Nordbank, Stadtwerke Lindau")
