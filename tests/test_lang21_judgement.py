"""Session 21 (issue 15): answers in German, French and Spanish judged as the same answer in English would be.

Made-up answers, written for these tests (not copies of the team set tests/data/lang21/answers.json nor of any
newcomer's chat): a strong story whose words are not the question's but whose meaning is (a before/after figure for a
question about measuring an improvement; "gestritten" for people who did not get on), an off-topic answer that only
shares the job's words, short on-topic answers that are not "about something else", and non-answers said in other
words.
"""

from __future__ import annotations

import pytest

from core.coach.score import score_answer

DE_JOB = ("Teamleitung Versand (m/w/d)\n- Sie führen ein Team von 12 Mitarbeitenden im Versand.\n"
          "- Sie verbessern die Abläufe laufend.\n- Erfahrung mit einem Lagerverwaltungssystem")
DE_CV = ("Sandra Vogt\nVorarbeiterin Versand – Hafenblick Distribution GmbH, Lübeck (2019 – heute)\n"
         "- Verantwortung für 9 Mitarbeitende, Verladung und Tourenplanung\nAusbildung: Fachlageristin (2016)")
ES_JOB = ("Responsable de administración\n- Dirigir un equipo de 6 personas en facturación y cobros.\n"
          "- Excel avanzado y SAP.\n- Experiencia en cierres mensuales.")
ES_CV = ("Pablo Serrano\nAdministrativo senior – Conservas Del Turia S.L., Valencia (2017 – actualidad)\n"
         "- Facturación a clientes y cobros\n- Excel avanzado, SAP FI")
FR_JOB = ("Gouvernante générale (H/F)\n- Encadrer l'équipe des étages (10 personnes).\n"
          "- Garantir la propreté des chambres et la satisfaction des clients.")
FR_CV = ("Nadia Ferrand\nGouvernante – Hôtel du Parc ***, Tours (2018 – aujourd'hui)\n"
         "- Encadrement de 6 femmes de chambre\n- Contrôle qualité des chambres")

PROCESS_Q = "Tell me about a process you improved. How did you measure the before and after?"
DE_PROCESS_STRONG = (
    "Unsere Fahrer mussten morgens im Schnitt 40 Minuten warten, bis ihre Tour fertig beladen war, weil die Paletten "
    "erst nach dem Eintreffen sortiert wurden. Ich habe zehn Tage lang für jede Tour die Wartezeit notiert, damit wir "
    "eine Ausgangsbasis hatten. Dann habe ich die Nachtschicht die Paletten schon nach Touren vorsortieren lassen. "
    "Vier Wochen später lag die Wartezeit bei 15 Minuten, und wir haben zwei Touren pro Tag zusätzlich geschafft.")


def _score(question: str, answer: str, lang: str):
    job, cv = {"de": (DE_JOB, DE_CV), "es": (ES_JOB, ES_CV), "fr": (FR_JOB, FR_CV)}[lang]
    return score_answer(question, answer, job_description=job, cv_text=cv)


def test_a_before_and_after_figure_answers_a_question_about_measuring_an_improvement():
    scored = _score(PROCESS_Q, DE_PROCESS_STRONG, "de")
    assert scored.relevance.score >= 4, scored.relevance.evidence
    assert "another question" not in scored.relevance.evidence
    assert scored.overall >= 7


def test_the_same_story_without_its_figures_is_not_raised_by_them():
    vague = ("Unsere Fahrer mussten morgens oft warten. Ich habe die Nachtschicht die Paletten vorsortieren lassen. "
             "Danach ging es schneller.")
    assert _score(PROCESS_Q, vague, "de").overall < _score(PROCESS_Q, DE_PROCESS_STRONG, "de").overall


def test_people_who_did_not_get_on_is_a_question_about_conflict_in_german_too():
    q = "Tell me about a time two people in your team did not get on. What did you do?"
    a = ("Zwei Verlader haben sich wochenlang über die Pausenzeiten gestritten, und die Stimmung in der Schicht war "
         "schlecht. Ich habe mit jedem einzeln gesprochen, dann zu dritt eine Regel für die Pausen festgelegt und im "
         "Plan eingetragen. Danach gab es keine Beschwerden mehr.")
    scored = _score(q, a, "de")
    assert scored.relevance.score >= 4, scored.relevance.evidence


def test_a_career_summary_to_a_bottleneck_question_is_not_an_answer():
    q = "How would you find the biggest bottleneck in a team's workflow?"
    a = ("Ich arbeite seit acht Jahren bei Hafenblick und habe dort als Aushilfe angefangen. Meine Vorgesetzten "
         "schätzen meine Zuverlässigkeit, und ich habe mehrere Lehrgänge besucht.")
    scored = _score(q, a, "de")
    assert scored.relevance.score <= 2, scored.relevance.evidence
    assert scored.overall <= 4


def test_the_jobs_words_alone_do_not_make_an_answer_fit_its_question():
    q = "How would you deal with a supplier who keeps sending invoices late?"
    a = "Tengo mucha experiencia con Excel avanzado y SAP, y he hecho varios cursos de contabilidad."
    scored = _score(q, a, "es")
    assert scored.relevance.score <= 3, scored.relevance.evidence
    assert scored.overall <= 4


def test_a_plan_to_a_scenario_is_not_off_its_question_for_not_repeating_the_scene():
    q = "Your main supplier tells you a delivery will be two weeks late. What would you do?"
    a = ("Zuerst würde ich klären, welche Aufträge davon betroffen sind, und die Kunden informieren. Dann würde ich "
         "prüfen, ob wir die Ware woanders bekommen, und die Schichten so planen, dass niemand ohne Arbeit dasteht.")
    scored = _score(q, a, "de")
    assert scored.relevance.score >= 3, scored.relevance.evidence
    assert "another question" not in scored.relevance.evidence


@pytest.mark.parametrize(("question", "answer", "lang"), [
    ("How do you prioritise when several urgent tasks arrive at once?",
     "Je regarde ce qui est le plus important pour les clients et je commence par là. Le reste attend.", "fr"),
    ("How do you check that the figures in a monthly report are right?",
     "Comparo las cifras con las del mes pasado y compruebo lo que no cuadra.", "es"),
])
def test_a_short_answer_in_the_questions_subject_is_not_about_something_else(question, answer, lang):
    scored = _score(question, answer, lang)
    assert "about something else" not in scored.relevance.evidence
    assert scored.relevance.score >= 3
    assert scored.overall >= 3


@pytest.mark.parametrize(("answer", "lang"), [
    ("Da fällt mir gerade nichts ein.", "de"),
    ("Mir fällt dazu nichts ein, tut mir leid.", "de"),
    ("Nunca he dirigido un equipo así, no sabría decir.", "es"),
    ("No sabría qué hacer.", "es"),
    ("Je ne vois pas, désolée.", "fr"),
    ("Je n'ai jamais encadré une équipe, je ne sais pas.", "fr"),
])
def test_a_non_answer_said_in_other_words_scores_one(answer, lang):
    scored = _score("Tell me about a time you led a team through a difficult period.", answer, lang)
    assert scored.overall == 1, (answer, scored.overall)


def test_a_plan_that_names_none_of_the_scene_is_read_as_a_plan_not_another_question():
    q = "Your main supplier tells you a delivery will be two weeks late. What would you do?"
    a = "Ich würde zuerst mit dem Einkauf sprechen und dann die Kunden anrufen, deren Aufträge betroffen sind."
    scored = _score(q, a, "de")
    assert "another question" not in scored.relevance.evidence
    assert scored.relevance.score == 3, scored.relevance.evidence


def test_id_rather_talk_about_something_else_is_no_plan():
    q = "Your main supplier tells you a delivery will be two weeks late. What would you do?"
    a = "Ich würde lieber über meinen letzten Urlaub in Italien sprechen, das war eine schöne Reise mit der Familie."
    assert _score(q, a, "de").relevance.score <= 2


def test_a_long_non_answer_quoted_in_the_feedback_keeps_its_closing_quote():
    a = "Ich weiß es wirklich nicht, bei Hafenblick war ich Staplerfahrerin und habe nie große Probleme gehabt."
    scored = _score("How would you find the biggest bottleneck in a process you've just inherited?", a, "de")
    assert scored.overall == 1
    for dim in (scored.relevance, scored.communication):
        assert dim.evidence.count('"') % 2 == 0 and dim.evidence.count("“") == dim.evidence.count("”"), dim.evidence


@pytest.mark.parametrize(("answer", "lang", "plan"), [
    ("Primero hablaría con el proveedor y luego avisaría a los clientes.", "es", True),
    ("Le diría al equipo que cambiamos el orden de los pedidos.", "es", True),
    ("Me gustaría hablar de mi viaje a Mallorca.", "es", False),
    ("La tesorería y la auditoría son mis áreas favoritas.", "es", False),
    ("J'appellerais d'abord le fournisseur.", "fr", True),
    ("J'aimerais parler de mes vacances.", "fr", False),
    ("Ich würde lieber über meinen Urlaub sprechen.", "de", False),
    ("Als erstes würde ich die Kunden anrufen.", "de", True),
    ("Eu falaria primeiro com o fornecedor.", "pt", True),
    ("Eu gostaria de falar das férias.", "pt", False),
])
def test_what_id_do_is_read_in_each_language(answer, lang, plan):
    from core.analysis.would_do import plans_across

    assert plans_across("A supplier will be two weeks late. What would you do?", answer, lang) is plan
    assert not plans_across("Tell me about a time a supplier was late.", answer, lang)


def test_a_german_first_aid_refresher_answers_a_question_on_keeping_the_certificate_current():
    q = "How do you keep your first aid certificate current, and when did you last use it?"
    a = ("Ich habe den Erste-Hilfe-Kurs im Frühjahr aufgefrischt und im Herbst einer Kollegin geholfen, die sich "
         "an einer Palette die Hand verletzt hatte: Wunde versorgt, Verbandbuch geführt.")
    scored = _score(q, a, "de")
    assert scored.relevance.score >= 4, scored.relevance.evidence


def test_first_alone_is_not_a_question_about_prioritising():
    from core.analysis.question_across import across

    seen = across("What would you do first when a new starter joins your shift?", "Ich würde ihn herumführen.", "de")
    assert "first" not in seen.readable
