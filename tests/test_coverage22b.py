"""Session 22b: coverage rows agree with the answers (made-up text of the newcomer nc22's kinds)."""

from core.coach.coverage import requirement_evidence
from core.coach.first_person import first_person


def _status(answer: str, requirement: str) -> str:
    return requirement_evidence(answer, requirement)[0]


def test_spanish_gender_alternation_is_one_word():
    # "colegiado/a" is met by "colegiada" and "colegiado"; "Estar" frames it like "experience"
    assert _status("Estoy colegiado en el Colegio de Enfermería de Valencia desde 2017.", "Estar colegiado/a") == "evidenced"
    assert _status("Estoy colegiada en el Colegio de Enfermería de Sevilla con el número 41123.", "Estar colegiado/a") == "evidenced"


def test_spanish_alternation_not_met_by_other_work():
    assert _status("Trabajé tres años en una planta de medicina interna con pacientes crónicos.", "Estar colegiado/a") == ""


def test_spanish_irregular_first_person_is_the_candidate():
    assert first_person("Estoy inscrita en el registro del Colegio de Fisioterapeutas de Aragón desde 2020.")
    assert first_person("Soy técnica de farmacia en un hospital de Bilbao.")
    assert not first_person("Está inscrita en el registro desde 2020.")


def test_spanish_registration_held():
    assert _status("Estoy inscrita en el registro del Colegio de Fisioterapeutas de Aragón con el número 4521.",
                   "Estar inscrito/a en el registro de fisioterapeutas") == "evidenced"


def test_spanish_doing_verb_frames_the_task():
    assert _status("Hago el triaje Manchester de unos cincuenta pacientes por turno.",
                   "Realizar el triaje de los pacientes según el Sistema Manchester") == "evidenced"


def test_my_degree_in_the_subject_is_held():
    assert _status("My BSc (Hons) in Occupational Therapy from Brighton included three community placements.",
                   "Degree in occupational therapy") == "evidenced"
    assert _status("My MSc in Nursing at Keele had a placement on a stroke ward.", "Degree in Nursing") == "evidenced"


def test_degree_hoped_for_is_not_held():
    assert _status("I hope to start my degree in social work next autumn.", "Degree in social work") != "evidenced"


def test_stop_work_and_toolbox_talk_show_health_and_safety():
    answer = ("On the Harlow job a labourer was cutting blocks without a mask. I stopped the work and gave the gang a "
              "toolbox talk on silica dust that afternoon.")
    assert _status(answer, "Strong health and safety knowledge") == "evidenced"


def test_subcontract_trades_are_subcontractors():
    assert _status("At Redrow I managed nine subcontract trades and held weekly programme meetings with them.",
                   "managing subcontractors") == "evidenced"


def test_star_schema_shows_data_modelling():
    answer = "I designed a star schema for the bookings data, with one fact table and dimensions for customer and date."
    assert _status(answer, "data modelling") == "evidenced"
    assert _status("Every month I reconcile the dashboard totals to the ledger.", "data modelling") == ""


def test_inpatient_dispensing_is_hospital_dispensing():
    answer = "At St Luke's I dispense inpatient and discharge prescriptions for the surgical wards, about 80 items a day."
    assert _status(answer, "Hospital or community dispensing experience") == "evidenced"
    assert _status("I dispense for a care home every week.", "Hospital dispensing experience") != "evidenced"


def test_a_spanish_trade_noun_is_no_conditional():
    from core.coach.evidence import WISH_RE
    assert not WISH_RE.search("Trabajo en la Unidad de Enfermería de Urgencias desde 2019.")
    assert WISH_RE.search("Me encantaría trabajar en urgencias.")


def test_spanish_cv_medication_meets_treatments():
    from core.coach.evidence_cv import cv_meets
    cv = ("Enfermera, Hospital Clínico de Zaragoza, 2017 - actualidad\n"
          "Administración de medicación oral e intravenosa y monitorización de constantes en una planta de 30 camas\n"
          "Educación sanitaria a pacientes al alta")
    assert cv_meets(cv, "Administrar tratamientos y vigilar la evolución del paciente")
    assert not cv_meets("Auxiliar administrativa, Gestoría López, 2018 - actualidad\nAtención telefónica y archivo",
                        "Administrar tratamientos y vigilar la evolución del paciente")


def test_cv_trainees_trained_meet_training_support_workers():
    from core.coach.evidence_cv import cv_meets
    cv = "Lead Dental Nurse, Brookside Dental, 2019 - present\nTrain and sign off three trainee dental nurses a year"
    assert cv_meets(cv, "supervising and training dental support workers")
    assert not cv_meets("Dental Nurse, Brookside Dental, 2019 - present\nSterilised instruments for four surgeries",
                        "supervising and training dental support workers")


def test_cv_homes_handed_over_meet_delivering_homes_for_a_housebuilder():
    from core.coach.evidence_cv import cv_meets
    cv = ("Site Manager, Harcourt Homes, 2018 - present\nTen years in residential construction; handed over 52 homes "
          "on a 140-plot new-build development")
    assert cv_meets(cv, "delivering homes")
    assert cv_meets(cv, "site manager with a national or regional housebuilder")
    assert not cv_meets("Shop Manager, Fenwick Hardware, 2018 - present\nRan the shop floor", "delivering homes")


def test_two_credentials_of_one_sentence_read_alike():
    answer = "My IPAF card was renewed in 2024, my CPCS card is valid until 2026, and I diary both expiry dates."
    assert _status(answer, "IPAF") == "evidenced"
    assert _status(answer, "CPCS") == "evidenced"


def test_coaching_new_staff_is_coaching_advisers():
    answer = "In 2023 I coached new agents on our refund rules and their first-call resolution went up 12%."
    assert _status(answer, "coaching and developing advisers") == "evidenced"
    assert _status("Our advisers are coached by the quality team.", "coaching and developing advisers") != "evidenced"
