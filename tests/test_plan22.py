"""Session 22: the plan quotes whole (an opener's header line without its dates and separators, a credential's CV
words never cut inside a bracket), the interview's questions use one style of quotation marks, and a planned
scenario whose subject an earlier answer already told in detail is passed over. Made-up documents and answers."""

from __future__ import annotations

import re

from core.coach.phrasing import unclosed
from core.coach.plan import plan_items
from core.coach.turn import next_question_text

SEEDS = [f"s{i}" for i in range(12)]
_YEAR_OR_NOW = re.compile(r"(?:19|20)\d\d|present|actualidad|heute", re.I)


def _openers(cv: str, jd: str, title: str) -> list[str]:
    return [plan_items(cv, jd, title, interview_type="mixed", seniority="mid", count=3, company="Arden",
                       seed=seed, focus=None)[0].text for seed in SEEDS]


def _quoted(text: str) -> list[str]:
    return [a or b for a, b in re.findall(r'"([^"]+)"|“([^”]+)”', text)]


# --- an opener quotes the header's title and employer, never its dates ------------------------------------------

_RETAIL_CV = """Hannah Okoro
Harrogate · hannah.okoro@example.com

EXPERIENCE
Deputy Store Manager — Fernbrook Garden Centres, Harrogate | Mar 2020 – present
- Run a team of 14 across tills, plants and the café; weekly rotas and stock counts.
- Cut shrinkage from 2.1% to 1.3% in a year with a new receiving check.
Supervisor — Castlegate Books, York | Jun 2016 – Feb 2020
- Opened and closed the shop; trained new starters on the till.
"""
_RETAIL_JOB = """Store Manager, Arden Home & Garden
You will lead a store team of 25, own the P&L and stock control, and deliver the customer experience.
Requirements: retail management experience; stock control; rota planning; leading a team.
"""

_CLINIC_CV = """Lucía Ferrer
Valencia

EXPERIENCIA
Recepcionista — Clínica Veterinaria Albufera, Valencia (abril 2021 – actualidad)
- Gestión de la agenda de citas y cobros diarios.
- Atención telefónica a 60 clientes al día.
Dependienta — Librería Ruzafa, Valencia (2018 – 2021)
- Atención al cliente y caja.
"""
_CLINIC_JOB = """Recepcionista - Clínica Arden
Funciones: gestión de la agenda, cobros, atención al cliente.
Requisitos: experiencia en recepción; manejo de Office.
"""


def test_an_opener_quotes_the_header_without_its_dates_or_separators() -> None:
    for cv, jd, title, head in ((_RETAIL_CV, _RETAIL_JOB, "Store Manager", "Deputy Store Manager"),
                                (_CLINIC_CV, _CLINIC_JOB, "Recepcionista", "Recepcionista")):
        quotes = [q for text in _openers(cv, jd, title) for q in _quoted(text)]
        assert quotes, title  # the header line is quoted in some plans
        for q in quotes:
            assert q.startswith(head), q
            assert not _YEAR_OR_NOW.search(q), q
            assert not re.search(r"[|(]\s*$|\|", q), q


# --- a credential's CV words: the clause whole, or stopped before its bracket -----------------------------------

_CIMA_CV = """Owen Pryce
PROFILE
CIMA part-qualified accountant (7 of 12 exams passed, Case Study in progress) with five years in retail finance.
EXPERIENCE
Management Accountant — Harbour Outdoor Ltd, Cardiff | 2019 – present
- Run the month-end close for two entities and the weekly cash forecast.
"""
_CIMA_JOB = """Finance Business Partner
You will partner budget holders and lead the monthly forecast.
Requirements:
- CIMA or ACCA qualified
- Advanced Excel
"""


def test_a_credential_quote_never_ends_inside_a_bracket() -> None:
    texts = [p.text for seed in SEEDS for p in plan_items(
        _CIMA_CV, _CIMA_JOB, "Finance Business Partner", interview_type="mixed", seniority="mid", count=3,
        company="Arden", seed=seed, focus=None)]
    quotes = [q for t in texts if "CIMA" in t for q in _quoted(t) if "CIMA" in q]
    assert quotes
    for q in quotes:
        assert unclosed(q) < 0, q


# --- one style of quotation marks in the whole interview --------------------------------------------------------

def _interview_questions(cv: str, jd: str, title: str, answers: list[str], count: int = 3) -> list[str]:
    asked: list[str] = []
    said: list[str] = []
    for n in range(1, count + 1):
        asked.append(next_question_text({"session_id": "q22", "question_count": count}, job_title=title,
                                        company="Arden", job_description=jd, cv_text=cv, asked=asked,
                                        last_answer=said[-1] if said else None, answers=said,
                                        step={"kind": "question", "number": n, "total": count}))
        said.append(answers[n - 1])
        asked.append(next_question_text({"session_id": "q22", "question_count": count}, job_title=title,
                                        company="Arden", job_description=jd, cv_text=cv, asked=asked,
                                        last_answer=said[-1], answers=said,
                                        step={"kind": "follow_up", "number": n, "total": count, "reason": "vague"}))
    return asked


def test_every_question_and_follow_up_quotes_with_curly_marks() -> None:
    answers = ["I would say \"we keep the close tight\" and mostly it worked out fine for everyone.",
               "Honestly I tried my best with the forecast and it went quite well in the end.",
               "It was fine, the team liked it and we kept going like that for a while."]
    asked = _interview_questions(_CIMA_CV, _CIMA_JOB, "Finance Business Partner", answers)
    assert any("“" in q for q in asked)
    assert not any('"' in q for q in asked), [q for q in asked if '"' in q]


# --- a scenario already told: the next subject instead ----------------------------------------------------------

_ALLERGY_SCENARIO = ("A guest tells your server they have a severe nut allergy, and tonight's special has a sauce made "
                     "off-site. What do you do before the plate leaves the pass?")
_ALLERGY_TOLD = ("Last spring a diner at table 12 said she had a sesame allergy and our flatbread came from an outside "
                 "bakery. I stopped the ticket, checked the supplier's allergen sheet, and when it said 'may contain' "
                 "I plated her a fresh gluten-free base from our own kitchen. I logged it on the allergen matrix and "
                 "briefed the 6 servers on shift about it before service that evening.")
_ALLERGY_PASSING = ("I run a kitchen of 9 chefs and we do 140 covers on a Saturday night, with a tight menu and weekly "
                    "specials; I also order stock and check the fridges every morning before the lunch service opens.")


def test_a_scenario_whose_subject_an_answer_told_is_covered() -> None:
    from core.coach.covered import covered_by

    assert covered_by(_ALLERGY_SCENARIO, [_ALLERGY_PASSING, _ALLERGY_TOLD]) == 1
    assert covered_by(_ALLERGY_SCENARIO, [_ALLERGY_PASSING]) is None


def test_a_told_scenario_is_not_asked_next() -> None:
    cv = """Sam Price
EXPERIENCE
Sous Chef — The Anchor Inn, Whitby | 2019 – present
- Run the pass on busy nights; manage allergen records and the allergen matrix.
- Lead a brigade of 6; cut food waste 20% with prep lists.
"""
    jd = """Head Chef, Arden Pub Kitchens
Lead the kitchen brigade, keep allergen control and food safety tight, and control food cost.
Requirements: allergen management; food safety; leading a brigade; food cost control.
"""
    for seed in SEEDS[:6]:
        settings = {"session_id": seed, "question_count": 4}
        plan = [p.text for p in plan_items(cv, jd, "Head Chef", interview_type="mixed", seniority="mid", count=4,
                                           company="Arden", seed=seed, focus=None)]
        if _ALLERGY_SCENARIO not in plan or plan.index(_ALLERGY_SCENARIO) == 0:
            continue
        number = plan.index(_ALLERGY_SCENARIO) + 1
        asked = plan[: number - 1]
        question = next_question_text(settings, job_title="Head Chef", company="Arden", job_description=jd,
                                      cv_text=cv, asked=asked, last_answer=_ALLERGY_TOLD,
                                      answers=[_ALLERGY_PASSING] * (number - 2) + [_ALLERGY_TOLD],
                                      step={"kind": "question", "number": number, "total": 4})
        assert question != _ALLERGY_SCENARIO, seed


# --- a short plan names the field's core skills the job lists; a plus never takes the gap slot ------------------

_MOBILE_CV = """# Ravi Menon
Mobile Developer · Leeds

## Experience
### iOS Developer — Tidewater Bank, Leeds (2019 – present)
- Built the card-freeze and payments screens in Swift and SwiftUI for 400k customers.
- Led an accessibility pass with VoiceOver and Dynamic Type; fixed 80 issues in a quarter.
- Wrote XCTest unit and UI tests; crash-free sessions rose from 98.9% to 99.7%.
- Mentored two junior developers through their first releases.
- Improved app start-up performance: cold launch cut from 2.4 s to 1.1 s.
### Junior Developer — Pixel Foundry, York (2017 – 2019)
- Shipped three client apps in Swift and Objective-C.

## Skills
Swift, SwiftUI, Objective-C, XCTest, Core Data, Combine, accessibility, Git
"""
_MOBILE_JOB = """Senior iOS Engineer
Harbour Health (remote, UK)

You will:
- Build and own features in our Swift and SwiftUI app
- Lead on accessibility: VoiceOver and Dynamic Type on every screen
- Raise our test coverage with XCTest
- Improve app start-up performance
- Mentor two mid-level engineers

You have:
- 5+ years of iOS development
- Expert Swift and SwiftUI
- Deep knowledge of accessibility
- Experience with Combine or async/await
- Nice to have: Kotlin, GraphQL
"""
_CORE_MOBILE = re.compile(r"\bSwift(?:UI)?\b|accessibility|VoiceOver|XCTest|Combine", re.I)


def test_a_three_question_plan_names_a_core_skill_the_job_lists() -> None:
    for seed in SEEDS:
        plan = [p.text for p in plan_items(_MOBILE_CV, _MOBILE_JOB, "Senior iOS Engineer", interview_type="mixed",
                                           seniority="senior", count=3, company="Harbour Health", seed=seed, focus=None)]
        assert any(_CORE_MOBILE.search(t) for t in plan[1:]), (seed, plan)


def test_a_plus_never_takes_the_gap_slot_of_a_six_question_plan() -> None:
    for seed in SEEDS:
        items = plan_items(_MOBILE_CV, _MOBILE_JOB, "Senior iOS Engineer", interview_type="mixed", seniority="senior",
                           count=6, company="Harbour Health", seed=seed, focus=None)
        at = [i for i, p in enumerate(items) if re.search(r"Kotlin|GraphQL", p.text)]
        assert all(i == len(items) - 1 for i in at), (seed, [p.text for p in items])  # asked last, if at all
        assert any(_CORE_MOBILE.search(p.text) for p in items[1:]), (seed, [p.text for p in items])


# --- a trade's plan asks the trade's practical and scenario questions, not generic stories -------------------------

_BAKER_CV = """Marek Nowak
EXPERIENCE
Sous Chef — The Lantern Brasserie, Bath | 2020 – present
- Run the pass for 120 covers a night and lead a brigade of 5.
- Wrote the allergen matrix for 40 dishes; cut food waste 18% with prep lists.
Chef de Partie — Millstream Hotel, Bristol | 2016 – 2020
- Ran the grill and sauce sections; trained two commis chefs.
QUALIFICATIONS
Level 3 Food Hygiene certificate
"""
_BAKER_JOB = """Head Chef — Arden Inns
Run a busy pub kitchen: menus, ordering, allergen control and food cost.
Requirements: Level 3 Food Hygiene certificate.
"""


def test_a_trade_plan_asks_the_trade_not_generic_behavioural_stories() -> None:
    for seed in SEEDS:
        items = plan_items(_BAKER_CV, _BAKER_JOB, "Head Chef", interview_type="mixed", seniority="mid", count=6,
                           company="Arden Inns", seed=seed, focus=None)
        assert not [p.text for p in items if p.source == "behavioural"], (seed, [p.text for p in items])
        assert sum(p.source == "role" for p in items) >= 3, (seed, [p.text for p in items])


_FITTER_CV = """Dean Hollis
EXPERIENCE
Maintenance Fitter — Brightwell Bottling, Wakefield | 2018 – present
- Respond to breakdowns on two bottling lines; fault-find conveyors, pneumatics and gearboxes.
- Log planned preventative maintenance in the CMMS; cut repeat faults on the capper by 40%.
QUALIFICATIONS
NVQ Level 3 Engineering Maintenance
"""
_FITTER_JOB = """Maintenance Technician — Arden Drinks, Leeds
Keep our canning lines running: breakdowns, PPM, and continuous improvement.
Requirements: NVQ Level 3 in engineering maintenance; mechanical fault-finding; PLC basics.
"""


def test_a_maintenance_plan_asks_breakdowns_and_maintenance_not_stories() -> None:
    for seed in SEEDS[:6]:
        items = plan_items(_FITTER_CV, _FITTER_JOB, "Maintenance Technician", interview_type="mixed", seniority="mid",
                           count=6, company="Arden Drinks", seed=seed, focus=None)
        texts = [p.text for p in items]
        assert not [p for p in items if p.source == "behavioural"], (seed, texts)
        assert any(re.search(r"breaking down|breakdown|servo drive|make it safe", t) for t in texts), (seed, texts)


def test_a_header_lines_dates_go_from_either_end_however_they_are_separated() -> None:
    from core.coach.plan_opener import undated

    assert undated("Night Picker -Parcel Hub —Wakefield, Yorkshire — Feb 2022 - CURRENT") == \
        "Night Picker -Parcel Hub —Wakefield, Yorkshire"
    assert undated("Jan 2019 – present | Ward Sister | Arden General, Hull") == "Ward Sister | Arden General, Hull"
    assert undated("Kassierer – Markt Arden, Bremen | seit 04/2020") == "Kassierer – Markt Arden, Bremen"
    assert undated("Welder, Arden Fabrication 2020") == "Welder, Arden Fabrication 2020"  # a name's number stays
