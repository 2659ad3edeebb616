"""Say less rather than something wrong (session 17): an employer is named beside a skill, an achievement or a
behavioural question only when the CV's own lines put it there (core.analysis.cv_entry_check). Made-up CVs and
facts: each claim has a case the lines do not show (dropped) and a control they do (kept)."""

from __future__ import annotations

import random
from types import SimpleNamespace

from core.analysis.cv_entry_check import employer_entries, entry_checked, skill_in_entry, text_in_entry
from core.analysis.cv_trust import quotable_facts
from core.coach.plan import _achievement_items, _behavioural_items

CV = """Ilse Varga
Graz

Experience
Data Engineer, Brindle Logistics GmbH
04/2021 - Present
- Moved the nightly loads from cron scripts to Airflow, cutting failed runs from 12 to 1 a month.
- Built the stock model in dbt for the planning team.
Analyst, Ostara Foods AG
09/2018 - 03/2021
- Cut the weekly report from two days to two hours with Python and SQL.

Skills
GitLab, Terraform, Tableau

Education
MSc Statistics, Halden University
2016 - 2018
- Thesis on demand forecasting with R.
"""

JOBS = [("Data Engineer", "Brindle Logistics GmbH"), ("Analyst", "Ostara Foods AG"), ("MSc Statistics", "Halden University")]


def _facts(**more):
    base = {"current_title": "Data Engineer", "roles": [r for r, _ in JOBS], "jobs": JOBS,
            "employers": [e for _, e in JOBS], "skill_employer": {}, "skill_employer_pairs": [], "skill_surface": {},
            "achievements": [], "achievement_employer": {}}
    return {**base, **more}


def test_an_entry_is_the_dated_header_and_its_lines_up_to_the_next_entry():
    lines = CV.splitlines()
    (start, end), = employer_entries("Brindle Logistics GmbH", CV, JOBS)
    assert lines[start].startswith("Data Engineer, Brindle") and lines[end].startswith("Analyst, Ostara")


def test_an_entry_under_an_education_heading_or_without_dates_is_none():
    assert employer_entries("Halden University", CV, JOBS) == []
    undated = CV.replace("09/2018 - 03/2021\n", "")
    assert employer_entries("Ostara Foods AG", undated, JOBS) == []


def test_skill_written_in_its_employers_entry_is_quoted_there():
    assert skill_in_entry("Airflow", "Brindle Logistics GmbH", CV, JOBS)
    assert skill_in_entry("python", "Ostara Foods AG", CV, JOBS)  # case aside, as the CV writes it


def test_skill_written_under_another_entry_or_only_in_the_skills_list_is_not_quoted_at_an_employer():
    assert not skill_in_entry("Python", "Brindle Logistics GmbH", CV, JOBS)  # the next entry's
    assert not skill_in_entry("GitLab", "Ostara Foods AG", CV, JOBS)  # the skills section after the last entry
    assert not skill_in_entry("R", "Ostara Foods AG", CV, JOBS)  # the thesis, under Education
    assert not skill_in_entry("SQ", "Ostara Foods AG", CV, JOBS)  # whole words only


def test_achievement_written_in_its_employers_entry_keeps_its_employer():
    bullet = "Built the stock model in dbt for the planning team."
    assert text_in_entry(bullet, "Brindle Logistics GmbH", CV, JOBS)
    assert not text_in_entry(bullet, "Ostara Foods AG", CV, JOBS)


def test_entry_checked_drops_each_claim_the_lines_do_not_show():
    facts = _facts(
        skill_employer={"Airflow": "Brindle Logistics GmbH", "Python": "Brindle Logistics GmbH",
                        "GitLab": "Ostara Foods AG"},
        achievement_employer={"Built the stock model in dbt for the planning team.": "Brindle Logistics GmbH",
                              "Thesis on demand forecasting with R.": "Ostara Foods AG"},
    )
    out = entry_checked({**facts, "current_job_parts": ("Data Engineer", "Brindle Logistics GmbH")}, facts, CV)
    assert out["skill_employer"] == {"Airflow": "Brindle Logistics GmbH"}
    assert out["achievement_employer"] == {"Built the stock model in dbt for the planning team.": "Brindle Logistics GmbH"}
    assert out["employers"] == ["Brindle Logistics GmbH", "Ostara Foods AG"]  # no lead "at Halden University"


def test_quotable_facts_names_no_employer_for_a_skill_of_the_skills_list_after_the_last_entry():
    """"GitLab" is printed in the skills section below the last entry: every confidence cue holds (a name,
    written in a list, before the next education or experience heading), the CV's lines do not put it there."""
    facts = _facts(skill_employer={"GitLab": "Ostara Foods AG", "Airflow": "Brindle Logistics GmbH"},
                   skill_employer_pairs=[("GitLab", "Ostara Foods AG"), ("Airflow", "Brindle Logistics GmbH")])
    out = quotable_facts(facts, CV)
    assert "GitLab" not in out["skill_employer"]
    assert out["skill_employer"].get("Airflow") == "Brindle Logistics GmbH"


def _ctx(facts):
    return SimpleNamespace(facts=facts, rng=random.Random(3), jd="data engineer airflow dbt", focus=[])


def test_achievement_question_quotes_the_bullet_without_an_unshown_employer():
    bullet = "Cut the weekly report from two days to two hours with Python and SQL."
    facts = quotable_facts(_facts(achievements=[bullet], achievement_employer={bullet: "Brindle Logistics GmbH"}), CV)
    (item,) = _achievement_items(_ctx(facts))
    assert "Cut the weekly report from two days to two hours" in item.text
    assert "Brindle" not in item.text and "(at" not in item.text and item.employer == ""


def test_behavioural_lead_names_no_employer_without_an_entry():
    facts = quotable_facts(_facts(), CV)
    assert "Brindle Logistics GmbH" in facts["employers"]
    questions = [{"text": "Tell me about a time you missed a deadline.", "competency": "accountability"}]
    (item,) = _behavioural_items(_ctx(facts), questions)
    assert "Halden" not in item.text and item.employer in ("Brindle Logistics GmbH", "Ostara Foods AG")
    assert "Halden University" not in facts["employers"]


def test_an_employer_read_as_part_of_a_name_or_a_phrase_has_no_entry():
    """The header line must hold the name whole, between separators: "Ciudad del" of "Ciudad del Este Systems",
    "in Satellites Engineering" of "Master in Satellites Engineering" are pieces the reader cut."""
    cv = ("Experience\nQA Analyst | Ciudad del Este Systems | 2019 - 2021\n- Wrote the test plans in JMeter.\n"
          "Research Assistant, Master in Satellites Engineering, 2017 - 2019\n- Ran the link budget in MATLAB.\n")
    jobs = [("QA Analyst", "Ciudad del"), ("Research Assistant", "in Satellites Engineering")]
    assert employer_entries("Ciudad del", cv, jobs) == []
    assert employer_entries("in Satellites Engineering", cv, jobs) == []
    assert employer_entries("Ciudad del Este Systems", cv, jobs) != []
    assert not skill_in_entry("JMeter", "Ciudad del", cv, jobs)



def test_a_name_holding_a_comma_is_two_parts_of_the_header_not_one_employer():
    """"Computer Lab, Dunmore University": a unit and its organisation read as one name; "Vell, Inc." is one."""
    cv = ("Experience\nTechnician, Computer Lab, Dunmore University, 2016 - 2018\n- Kept 40 machines patched.\n"
          "Analyst, Vell, Inc., 2014 - 2016\n- Priced 300 contracts a year.\n")
    jobs = [("Technician", "Computer Lab, Dunmore University"), ("Analyst", "Vell, Inc.")]
    assert employer_entries("Computer Lab, Dunmore University", cv, jobs) == []
    assert employer_entries("Dunmore University", cv, jobs) != []
    assert employer_entries("Vell, Inc.", cv, jobs) != []


def test_an_entry_dated_by_a_year_or_written_after_its_years_and_a_rule_of_dashes_counts():
    cv = ("EXPERIENCE\n2018-2023 Quillon ------------------------- Boston MA\n- Led the catalogue rebuild in Elixir.\n"
          "Intern, Parvel Labs | Summer 2017\n- Wrote the billing tests in Go.\n")
    jobs = [("", "Quillon"), ("Intern", "Parvel Labs")]
    assert skill_in_entry("Elixir", "Quillon", cv, jobs)
    assert skill_in_entry("Go", "Parvel Labs", cv, jobs) and not skill_in_entry("Go", "Quillon", cv, jobs)


def test_a_name_before_its_dates_or_a_closing_full_stop_is_whole():
    cv = ("Experience\nJan 2017–Jan 2018 Graduate Developer, Tessaly.com.\n- Tuned the MySQL queries of the search.\n"
          "Orbit 44 Sep. 2015 – Dec. 2016\n- Mapped the shipment events to JSON.\n")
    jobs = [("Graduate Developer", "Tessaly.com"), ("", "Orbit 44")]
    assert skill_in_entry("MySQL", "Tessaly.com", cv, jobs)
    assert skill_in_entry("JSON", "Orbit 44", cv, jobs)


def test_header_lines_of_other_shapes_hold_the_name_whole():
    """A long header with separators and dates, a name in quotes or markup, after "im"/"à", before " -Title"."""
    cv = ("Experience\nFull Stack ML Engineer @ Norrow Health Systems — Toronto, CA | Mar 2021 — Apr 2022 | Remote | Contract\n"
          "- Served the models with FastAPI.\n03.2017-10.2020 | Pflegerin im UKZ,\n- Dokumentation in Orbis.\n"
          "JSC „Veltra Svyazi“, Charkiw (Ukraine), 2014 - 2016\n- Wrote the tests in Delphi.\n"
          "<h3>Brenner Staffing</h3>\n<p>2012 - 2014</p>\n<li>Booked shifts in Kronos.</li>\n"
          "Atom Freight LLC -Driver — Alpharetta, Georgia — Aug 2010 - 2012\n- Logged runs in Samsara.\n")
    jobs = [("Full Stack ML Engineer", "Norrow Health Systems"), ("Pflegerin", "UKZ"), ("", "Veltra Svyazi"),
            ("", "Brenner Staffing"), ("Driver", "Atom Freight LLC")]
    assert skill_in_entry("FastAPI", "Norrow Health Systems", cv, jobs)
    assert skill_in_entry("Orbis", "UKZ", cv, jobs)
    assert skill_in_entry("Delphi", "Veltra Svyazi", cv, jobs)
    assert skill_in_entry("Kronos", "Brenner Staffing", cv, jobs)
    assert skill_in_entry("Samsara", "Atom Freight LLC", cv, jobs)


def test_a_field_label_or_the_wrapped_end_of_a_bullet_is_no_employers_header():
    """"Período: abril de 2011 – março de 2020" labels the entry's dates; "Getränke seit 2022" ends a bullet wrapped
    from the line above ("... Berater bei City"); "Vermarktung (Kolbe GmbH seit 2024)" ends one that stops on "und"."""
    cv = ("Experiência\nAnalista de infra-estrutura\nAcesso Norte\nPeríodo: abril de 2011 – março de 2020\n"
          "- Responsável pelos servidores Linux e Windows.\n"
          "Erfahrung\n- Ehrenamtlicher Berater bei City\nGetränke seit 2022\n- Pflege der Kasse in SAP.\n"
          "- Weiterbildung in Bewerbung und\nVermarktung (Kolbe GmbH seit 2024)\n- Kurse in DATEV.\n")
    jobs = [("Analista de infra-estrutura", "Período"), ("Berater", "Getränke"), ("", "Vermarktung")]
    assert employer_entries("Período", cv, jobs) == []
    assert not skill_in_entry("Linux", "Período", cv, jobs)
    assert employer_entries("Getränke", cv, jobs) == []
    assert employer_entries("Vermarktung", cv, jobs) == []


def test_a_name_after_a_title_that_ends_on_at_or_after_a_finished_bullet_is_a_header():
    cv = ("Experience\nSoftware designer at\nMeroz Networks\n2016 - 2019\n- Wrote the switch firmware in Erlang.\n"
          "- Kept the nightly builds green\nSqueak Media — Sales Representative — Aug. 2014 - 2016\n"
          "- Sold ad space in HubSpot.\n")
    jobs = [("Software designer", "Meroz Networks"), ("Sales Representative", "Squeak Media")]
    assert skill_in_entry("Erlang", "Meroz Networks", cv, jobs)
    assert skill_in_entry("HubSpot", "Squeak Media", cv, jobs)


def test_an_entrys_own_sub_headings_stay_inside_it():
    """"#### Technologies & outils :" / "Key achievements:" under an entry's header open a part of that entry, not
    a skills section: the tools listed there are the entry's."""
    cv = ("## Expériences\n### Chargée de Communication - Alternance\n**Lunel Conseil - Octobre 2021 - Octobre 2022 | Foix**\n"
          "#### Technologies & outils :\n- **CMS** : WordPress, Prestashop\n#### Missions principales :\n"
          "- Refonte du site sous Elementor.\n")
    jobs = [("Chargée de Communication", "Lunel Conseil")]
    assert skill_in_entry("Prestashop", "Lunel Conseil", cv, jobs)
    assert skill_in_entry("Elementor", "Lunel Conseil", cv, jobs)
