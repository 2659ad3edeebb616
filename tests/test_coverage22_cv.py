"""The CV's plain evidence is read as the CV writes it (session 21 newcomer: "team leadership, which your CV doesn't
show directly" beside "Supervise one accounts assistant"; "anglais courant indispensable, and your CV shows related
work" beside "anglais courant (C1)"). Made-up text."""

from core.coach.evidence_cv import cv_meets
from core.coach.plan import plan_questions
from core.coach.report import build_report

SUPERVISES = ("Finance Officer — Alder Housing, Derby | 2020 – present\nReconcile the bank and the rent ledger daily\n"
              "Supervise two finance assistants\nPrepare the quarterly VAT return")
LED_A_FILE = ("Assistant Accountant — Pell & Co, York | 2021 – present\nLed the year-end audit file for one entity\n"
              "Prepare the monthly bank reconciliations")


def test_a_team_supervised_or_line_managed_shows_team_leadership():
    assert cv_meets(SUPERVISES, "Team leadership experience")
    assert cv_meets("Payroll Lead — Brindle Care, Hull | 2019 – present\nLine-manage three payroll clerks",
                    "line management experience")
    tips = " ".join(build_report([], job_description="Requirements:\n- Team leadership experience\n- VAT returns",
                                 cv_text=SUPERVISES).cv_tips)
    assert "eam leadership" not in tips


def test_leading_a_file_or_a_project_is_no_team_led():
    assert not cv_meets(LED_A_FILE, "Team leadership experience")
    tips = " ".join(build_report([], job_description="Requirements:\n- Team leadership experience",
                                 cv_text=LED_A_FILE).cv_tips)
    assert "eam leadership" in tips


def test_a_language_at_its_level_meets_a_fluency_asked_as_essential():
    cv = ("Réceptionniste — Hôtel du Port, Nantes\nMars 2019 – aujourd'hui\nAccueil et check-in de 80 chambres\n"
          "Langues : anglais (C1), italien (B1)")
    assert cv_meets(cv, "Anglais courant indispensable")
    assert cv_meets("Idiomas: español nativo, inglés C1", "Inglés fluido imprescindible")
    assert cv_meets("Sprachen: Englisch verhandlungssicher (C1)", "Fließend Englisch zwingend erforderlich")
    assert not cv_meets("Languages: Spanish (native), English (A2)", "Fluent English essential")


def test_the_plan_says_the_cv_shows_the_language_not_related_work():
    cv = ("Camille Roux\nRéceptionniste — Hôtel du Port, Nantes\nMars 2019 – aujourd'hui\n- Accueil et check-in de 80 "
          "chambres avec Opera PMS\n- Gestion des réclamations clients\nCompétences\nOpera PMS, anglais courant (C1), "
          "italien (B1)")
    job = ("Chef de réception (H/F)\nProfil recherché :\n- Expérience de 3 ans minimum en réception\n"
           "- Anglais courant indispensable\n- Maîtrise d'Opera PMS")
    asked = [q for seed in ("a", "b", "c", "d") for q in plan_questions(cv, job, "Chef de réception", count=8, seed=seed)]
    about = [q for q in asked if "nglais" in q]
    assert about and not any("related work" in q or "related experience" in q for q in about), about
    assert not any("hardest problem" in q or "indispensable" in q for q in about), about
