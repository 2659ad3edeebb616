"""A requirement the job marks as a plus ("Staplerschein von Vorteil", "SQL is a plus", a "Nice to have" heading) is
kept but said as a plus: never "the role asks for", never the biggest gap while a required one is missing, and its
CV tip says it is a plus (session 19 re-check, the German warehouse run). Made-up job texts."""

from core.analysis.job_weight import preferred
from core.coach.plan import plan_items
from core.coach.plan_credential import credential_question
from core.coach.plan_weight import as_preferred
from core.coach.report import _cv_tips

DE_JOB = """Schichtleiter Lager (m/w/d)

Ihr Profil
- Abgeschlossene Ausbildung als Fachkraft für Lagerlogistik, idealerweise mit Weiterbildung zum Meister.
- Erfahrung in der Führung eines Teams von 10 Personen.
- Gabelstaplerschein wünschenswert.
- Gute Kenntnisse in MS Excel.
"""

EN_JOB = """Data Analyst

Requirements
- Strong SQL for reporting
- Experience building dashboards for finance teams

Nice to have
- Tableau
- A forklift licence
"""


def test_cue_words_in_six_languages_mark_a_plus():
    cases = [
        ("- Staplerschein von Vorteil.", "Staplerschein"),
        ("- Grundkenntnisse in Python wünschenswert", "Python"),
        ("- Tableau is a plus", "Tableau"),
        ("- Experience with Kafka preferred", "Kafka"),
        ("- Une expérience en SAP serait un plus.", "SAP"),
        ("- Anglais courant apprécié", "Anglais courant"),
        ("- Se valorará experiencia con Salesforce.", "Salesforce"),
        ("- Conoscenza di Excel gradita", "Excel"),
        ("- Inglês avançado é um diferencial", "Inglês avançado"),
    ]
    for line, requirement in cases:
        job = f"Role\n\nProfile\n- Leads a team of five\n{line}\n"
        assert preferred(requirement, job), line
        assert not preferred("team of five", job), line


def test_a_cue_mid_line_marks_only_what_follows_it():
    assert preferred("Weiterbildung zum Meister", DE_JOB)
    assert not preferred("Ausbildung als Fachkraft für Lagerlogistik", DE_JOB)
    assert not preferred("MS Excel", DE_JOB)


def test_a_nice_to_have_heading_marks_its_list_until_the_next_heading():
    assert preferred("Tableau", EN_JOB) and preferred("forklift licence", EN_JOB)
    assert not preferred("SQL", EN_JOB)
    job = EN_JOB + "\nWhat we offer\n- Docker training\n"
    assert not preferred("Docker", job)
    assert preferred("Kafka", "Analyst\n\nRequirements\n- Python\n- Nice to have: Kafka, dbt\n")
    assert not preferred("Python", "Analyst\n\nRequirements\n- Python\n- Nice to have: Kafka, dbt\n")


def test_a_requirement_named_as_required_elsewhere_is_required():
    job = "Profile\n- Excel for reporting\n- Advanced Excel macros a plus\n"
    assert not preferred("Excel", job)


def test_a_held_preferred_credential_is_said_as_a_plus():
    cv = "Lagerfachkraft, Muster GmbH, 2018-2024\n- Gabelstaplerschein seit 2015\n- Teamleitung von 8 Personen"
    text = credential_question(cv, DE_JOB)
    assert text and "asks for" not in text and "requires" not in text
    assert text.startswith("The role would welcome") and "a plus" in text


def test_as_preferred_rewrites_every_requiring_opening():
    for text in ("The role asks for SQL, which I don't see on your CV. What comes closest?",
                 "This role requires a forklift licence, and I don't see it on your CV. Do you hold it?",
                 "This job involves Tableau, which I don't see on your CV. Tell me about a time…"):
        said = as_preferred(text)
        assert said.startswith("The role would welcome ") and "(a plus here, not a must)" in said
        assert "asks for" not in said and "requires" not in said and "involves" not in said
    assert as_preferred("Tell me about a time you led a team.") == "Tell me about a time you led a team."


def test_the_biggest_gap_is_a_required_one_while_one_is_missing():
    cv = "Reporting analyst, Acme Ltd, 2019-2024\n- Built Excel reports for the sales team, cutting month-end by 2 days"
    for seed in ("a", "b", "c", "d"):
        items = plan_items(cv, EN_JOB, "Data Analyst", interview_type="mixed", seniority="mid", count=8,
                           company="", seed=seed, focus=None)
        gap = next(p for p in items if p.source == "gap")
        assert "forklift" not in gap.text.lower() and "tableau" not in gap.text.lower(), gap.text
        for item in items:
            assert not any(f"{lead} {what}" in item.text for lead in ("asks for", "requires", "involves")
                           for what in ("Tableau", "a forklift licence")), item.text


def test_a_preferred_gap_when_nothing_required_is_missing_is_said_as_a_plus():
    cv = ("Reporting analyst, Acme Ltd, 2019-2024\n- Wrote SQL for monthly reporting to finance\n"
          "- Built dashboards for finance teams in Power BI, used by 40 managers")
    items = plan_items(cv, EN_JOB, "Data Analyst", interview_type="mixed", seniority="mid", count=8, company="",
                       seed="x", focus=None)
    gaps = [p for p in items if p.source == "gap"]
    for gap in gaps:
        assert "asks for" not in gap.text and "requires" not in gap.text, gap.text


def test_cv_tip_says_a_missing_plus_is_a_plus():
    cv = "Reporting analyst, Acme Ltd, 2019-2024\n- Built Excel reports for the sales team, cutting month-end by 2 days"
    tips = " ".join(_cv_tips(cv, ["SQL", "Tableau"], EN_JOB))
    assert "The job asks for SQL" in tips
    assert "asks for SQL and Tableau" not in tips
    assert "welcome Tableau (a plus, not a must)" in tips


def test_a_plus_in_brackets_marks_only_the_bracket():
    job = ("Profile\n- Experience with Ruby, Go or Elixir for backend services (Elixir preferred)\n"
           "- Degree in computer science (preferred)\n")
    assert not preferred("Ruby", job) and not preferred("Go", job)
    assert preferred("Degree in computer science", job)
