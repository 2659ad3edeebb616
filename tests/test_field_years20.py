"""Years of a field count the entries that are the field's work (by title, or a duty doing it), never an entry that
only names the field in an object ("built the sales dashboard" is an engineer's work); and "several years"
in words ("Mehrjährige Führungserfahrung", "plusieurs années") reaches the plan's years check as two at least
(session 19 re-check). Made-up CVs and jobs."""

from core.analysis.field_years import entry_of_field, field_years
from core.coach.plan import plan_items
from core.coach.plan_years import years_gap, years_said

ENGINEER_CV = """Priya Sandoval
Experience
Backend Engineer, Larchmont Systems
2018 - 2025
- Built the sales dashboard and the invoicing API in Python
- Cut sales report queries from 40s to 2s
Junior Developer, Orbit Labs
2016 - 2018
- Maintained the billing service
"""

SELLER_CV = """Tom Achebe
Account Executive, Corvid Software
2019 - 2025
- Closed 1.2M in new business a year, 118% of quota
- Ran discovery and demos for finance buyers
Sales Development Representative, Kestrel Ltd
2017 - 2019
- Booked 25 meetings a month
"""


def test_an_object_named_after_the_field_is_no_years_of_it():
    assert field_years(ENGINEER_CV, "sales", 2026) == 0
    assert field_years(SELLER_CV, "sales", 2026) >= 6
    assert not entry_of_field("Data Engineer, Acme\n2019 - 2024\n- Built sales reports in Power BI", "sales")
    assert entry_of_field("Analyst, Acme\n2019 - 2024\n- Ran sales calls with 30 key accounts", "sales")


def test_several_years_in_words_reaches_the_plans_years_check():
    job = ("Schichtleiter Versand (m/w/d)\n\nIhr Profil\n- Mehrjährige Führungserfahrung im Versand.\n"
           "- Sicherer Umgang mit MS Excel.\n")
    short = "Versandmitarbeiter, Muster GmbH\n03/2024 – heute\n- Verpackung und Versand von 200 Paketen am Tag\n- MS Excel"
    long_ = ("Teamleiter Versand, Muster GmbH\n01/2017 – heute\n- Führung von 12 Mitarbeitenden im Versand\n- MS Excel")
    assert years_gap(short, "Mehrjährige Führungserfahrung im Versand")
    assert not years_gap(long_, "Mehrjährige Führungserfahrung im Versand")
    assert years_gap("Shop assistant, Bex\n2024 - 2025\n- Served customers", "Several years of team leadership")
    for seed in "ab":
        items = plan_items(short, job, "Schichtleiter Versand", interview_type="mixed", seniority="mid", count=8,
                           company="", seed=seed, focus=None)
        gap = next(p for p in items if p.source == "gap")
        assert gap.competency == "relevant experience", gap.text
        assert "mehrjährige Führungserfahrung im Versand" in gap.text, gap.text


def test_years_said_lowers_only_the_word_of_several():
    assert years_said("Mehrjährige Führungserfahrung im Lager") == "mehrjährige Führungserfahrung im Lager"
    assert years_said("Several years of B2B sales") == "several years of B2B sales"
    assert years_said("SAP EWM") == "SAP EWM"
