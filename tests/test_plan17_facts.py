"""Facts a question says about the CV are true of the CV (session 17 newcomer report, fault 1): years a
"post-registration" requirement asks for read from the CV's dates; an employer after "bei" when the title holds
"für"; "the role calls for X" only for an X the job names; "your CV mentions X" only for words the CV holds.
Made-up CVs and jobs."""

from core.analysis.cv import extract_cv_facts
from core.analysis.job_years import years_asked
from core.coach.plan import plan_questions

MIDWIFE_CV = """Priya Nandakumar
Registered Midwife

Profile
NMC-registered midwife with eight years' experience on a delivery suite. Registered 2016.

Experience
Midwife (Band 6), Delivery Suite
Royal Wessex Hospital — 2019 – present
- Coordinate the delivery suite on night shifts
- Support students on placement

Midwife (Band 5), Postnatal Ward
Dorset County Hospital — 2016 – 2019
- Postnatal care for up to eight women a shift

Skills
Suturing, cannulation, CTG interpretation, neonatal life support
"""

MIDWIFE_JOB = """Senior Midwife (Band 7) – Delivery Suite

Responsibilities
- Coordinate the delivery suite and support junior midwives

Requirements
- Minimum 3 years' post-registration experience in a Delivery Suite
"""


def _plans(cv: str, job: str, title: str) -> list[str]:
    out = []
    for seed in "abcdefgh":
        for kind in ("mixed", "behavioral", "technical"):
            out += plan_questions(cv, job, title, count=12, seed=seed, interview_type=kind)
    return out


def test_a_post_registration_qualifier_names_no_field():
    assert years_asked("Minimum 3 years' post-registration experience in a Delivery Suite") == (3, "Delivery Suite")
    assert years_asked("at least 4 years post-qualification experience in audit") == (4, "audit")


def test_a_cv_dates_meet_post_registration_years_and_no_question_says_otherwise():
    questions = _plans(MIDWIFE_CV, MIDWIFE_JOB, "Senior Midwife")
    assert not [q for q in questions if "doesn't show that much" in q]


OFFICE_CV = """Jana Kowalczyk
Kaufmännische Angestellte

Berufserfahrung

seit 2020
Personalreferentin bei Lindner Maschinenbau AG, Kassel
- Betreuung von 300 Mitarbeitenden

2015 – 2020
Fachinformatiker für Systemintegration bei Brauhaus Kettler GmbH, Fulda
- Schichtplanung für 25 Beschäftigte
"""


def test_d_employer_after_bei_when_the_title_holds_fuer():
    jobs = extract_cv_facts(OFFICE_CV)["jobs"]
    assert ("Fachinformatiker für Systemintegration", "Brauhaus Kettler GmbH") in jobs
    assert not any("bei" in employer for _title, employer in jobs)


NURSE_CV = """Grace Mensah
Practice Nurse

Experience
Staff Nurse, Medical Admissions Unit, Kingsmead Hospital — 2019 – present
- Assessed 20 patients a shift

Skills
Triage, phlebotomy, wound care, ECG recording
"""

NURSE_JOB = """Practice Nurse

Requirements
- Triage of same-day appointments
- Current NMC registration
"""


def test_b_the_role_calls_for_only_what_the_job_names():
    for q in _plans(NURSE_CV, NURSE_JOB, "Practice Nurse"):
        if q.startswith("The role calls for "):
            named = q.removeprefix("The role calls for ").split(",")[0].lower()
            assert "phlebotomy" not in named and "wound care" not in named, q


SALES_CV = """Ruth Adeyemi
Account Executive

Experience
Account Executive, Fernhill Software Ltd — 2020 – present
- Closed £900k of new ARR in FY2023, 131% of quota
- Ran the full sales cycle for mid-market retailers

Skills
Salesforce, solution selling, negotiation
"""

SALES_JOB = """Account Executive

Requirements
- Track record of exceeding quota targets
- Salesforce
- Solution selling
"""


def test_e_your_cv_mentions_only_words_the_cv_holds():
    for q in _plans(SALES_CV, SALES_JOB, "Account Executive"):
        for lead in ("Your CV mentions ", "You list "):
            if q.startswith(lead):
                said = q.removeprefix(lead).split(". ")[0].split(" at ")[0]
                assert said.lower() in SALES_CV.lower(), q


TABLE_CV = """Lucie Marchand
Chargée de marketing digital · Lyon

Expérience professionnelle
Période | Poste | Entreprise
2020 – aujourd'hui | Chargée de marketing digital | Boulanger Retail, Lyon
2017 – 2020 | Assistante marketing | Hôtels Bellecour, Lyon
2016 – 2017 | Stagiaire communication | Agence Pivot, Lyon
Chez Boulanger Retail : j'ai piloté un budget de 800 k€ en Google Ads et Meta Ads ; taux de conversion +15 %.
Chez Hôtels Bellecour : lancement de la newsletter (30 000 abonnés).

Compétences
Google Ads, Meta Ads, SEO, HubSpot, Excel
"""

TABLE_JOB = """Responsable acquisition digitale

Profil recherché
- Maîtrise de Google Ads et Meta Ads
- SEO
"""


def test_c_a_skill_in_a_line_naming_another_employer_is_not_tied_to_the_last_row():
    from core.analysis.cv_trust import quotable_facts

    facts = quotable_facts(extract_cv_facts(TABLE_CV), TABLE_CV)
    assert "Agence Pivot" not in facts["skill_employer"].values()
    for q in _plans(TABLE_CV, TABLE_JOB, "Responsable acquisition digitale"):
        assert "Agence Pivot" not in q or "Ads" not in q, q
