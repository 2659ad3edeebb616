"""Years of a field agree across the plan, the CV tips and the coverage: a field of choices ("growth or performance
marketing") is met by either, a field's doing words count ("building pipelines" is data engineering, "paid search"
performance marketing), and years in a CV language's words ("cuatro años", "drei Jahre") are read (session 20
newcomer). Made-up CVs, jobs and answers."""

from core.analysis.field_work import alternatives, work_named
from core.analysis.field_years import field_years, field_years_met, years_field_asked
from core.analysis.job_years import years_shown
from core.coach.coverage_years import years_evidence, years_partial
from core.coach.plan import plan_questions
from core.coach.report import _cv_tips

ADS_CV = """Rowan Achterberg
Acquisition Lead
Summary
Acquisition lead with nine years in retail brands.

Experience
Acquisition Lead, Gullwing Coffee, May 2020 – present
- Own a £900k media budget across paid search and Meta; cut CAC from £41 to £29.
- Run weekly creative tests with two designers.
PPC Executive, Tern & Thistle Homeware, June 2016 – April 2020
- Ran Google Ads campaigns at 5.2 ROAS.

Education
BA Geography, 2016
"""
ADS_JOB = """Head of Acquisition
Gullwing Rivals Ltd

You have
- 6+ years in growth or performance marketing.
- Experience leading a small team.
"""


def test_a_field_of_choices_is_met_by_either_and_by_its_doing_words():
    assert alternatives("growth or performance marketing") == ["growth marketing", "performance marketing"]
    assert alternatives("CRM/lifecycle marketing") == ["CRM marketing", "lifecycle marketing"]
    assert alternatives("data engineering") == ["data engineering"]
    assert field_years(ADS_CV, "growth or performance marketing", 2026) >= 9
    assert field_years_met(ADS_CV, "6+ years in growth or performance marketing.", 2026)


def test_the_plan_and_the_cv_tips_never_say_the_cv_lacks_years_it_shows():
    for seed in "abcd":
        for question in plan_questions(ADS_CV, ADS_JOB, "Head of Acquisition", seed=seed, count=8):
            assert "growth or performance marketing" not in question, question
    assert not any("performance marketing" in tip for tip in _cv_tips(ADS_CV, ["6+ years in growth or performance "
                                                                              "marketing."], ADS_JOB))


def test_the_plan_still_asks_when_the_years_fall_short():
    short = ADS_CV.replace("June 2016 – April 2020", "June 2023 – April 2024").replace("May 2020", "May 2024")
    short = short.replace("nine years", "two years")
    assert field_years_met(short, "6+ years in growth or performance marketing.", 2026) is False


def test_a_fields_doing_words_show_it_in_an_answer_with_the_years():
    answer = "I've spent seven years building ETL pipelines in Airflow for a logistics firm."
    status, quoted = years_evidence(answer, "4+ years of data engineering experience")
    assert status == "evidenced" and "seven years" in quoted
    assert years_partial([answer], "4+ years of data engineering experience") == ""
    # the years of something else, no work of the field: still only the years
    other = "I've spent seven years teaching geography to sixth formers."
    assert years_evidence(other, "4+ years of data engineering experience")[0] == ""
    assert "gives the years" in years_partial([other], "4+ years of data engineering experience")


def test_work_words_name_their_field_only():
    assert work_named("Cut average handling time from 8m10s to 6m30s", "contact centre KPIs")
    assert work_named("Built Klaviyo win-back flows", "CRM and lifecycle marketing")
    assert work_named("Ran geo holdout tests on TikTok spend", "experimentation")
    assert not work_named("Cut average handling time from 8m10s to 6m30s", "data engineering")
    assert not work_named("Taught Year 9 geography", "contact centre KPIs")


def test_years_in_a_cv_languages_words_are_read():
    assert years_shown("Recepcionista con cuatro años de experiencia en atención al cliente", 2026) == 4
    assert years_shown("drei Jahre Erfahrung im Kundenservice", 2026) == 3
    assert years_shown("cinq ans d'expérience", 2026) == 5
    assert years_field_asked("Experiencia mínima de 3 años en atención al cliente.") == (3, "atención al cliente")
    assert years_field_asked("Mindestens 2 Jahre Erfahrung im Kundenservice") == (2, "Kundenservice")


ES_CV = """Marta Gil Roldán
Recepcionista · Alicante
Perfil
Recepcionista con cuatro años de experiencia en atención al cliente en hoteles.
Experiencia profesional
Recepcionista de atención al cliente — Hotel Mar Azul, Alicante (junio 2022 – actualidad)
- Check-in y check-out de unos 60 huéspedes al día.
- Gestión de las reservas de grupos con el programa Opera.
Azafata de eventos — Feria de Alicante (marzo 2019 – mayo 2022)
- Atención a visitantes en tres idiomas.
Formación
Técnico en Alojamiento, 2018
"""
ES_JOB = """Recepcionista de hotel
Hotel Palmeral - Elche

Funciones
- Gestión de las reservas de habitaciones y de grupos.
- Facturación y cierre de caja.

Requisitos
- Experiencia mínima de 3 años en atención al cliente.
"""


def test_a_spanish_cv_meets_its_years_and_a_duty_by_its_head_words():
    tips = " ".join(tip for tip in _cv_tips(ES_CV, ["Gestión de las reservas de habitaciones y de grupos.",
                                                 "Experiencia mínima de 3 años en atención al cliente.",
                                                 "Facturación y cierre de caja."], ES_JOB)
                    if "does not mention" in tip)
    assert "atención al cliente" not in tips
    assert "Gestión de las reservas" not in tips
    assert "Facturación" in tips  # the CV says nothing of billing: still a tip


KPI_CV = """Dev Okafor
Team Leader, Customer Contact
EXPERIENCE
Team Leader | Brightwell Energy, Leeds | 2021 - present
- Lead 12 advisers on meter and billing calls.
- Raised first contact resolution from 68% to 77% with a new refund policy.
Adviser | Harbour Telecom, Bradford | 2018 - 2021
- Answered 70 calls a day on faults and payments.
SKILLS
Coaching, Genesys, Zendesk
"""
KPI_JOB = """Contact Centre Manager
Ferncliff Water, Leeds

Requirements: 3+ years leading customer service teams; contact centre KPIs; coaching.
"""


def test_a_cv_giving_a_contact_centre_measure_shows_its_kpis():
    for seed in "abcdef":
        for question in plan_questions(KPI_CV, KPI_JOB, "Contact Centre Manager", seed=seed, count=8):
            assert not ("contact centre KPIs" in question and "doesn't show" in question), question
    assert not any("KPIs" in tip for tip in _cv_tips(KPI_CV, ["contact centre KPIs"], KPI_JOB))
    # a CV with no measure of a contact centre still lacks them
    bare = KPI_CV.replace("- Raised first contact resolution from 68% to 77% with a new refund policy.\n", "")
    assert any("contact centre KPIs" in tip for tip in _cv_tips(bare, ["contact centre KPIs"], KPI_JOB))
