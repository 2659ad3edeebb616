"""Relevance of an answer in the CV's and job's own language is read by what the coach reads of the question there
(session 20), not flat at 3/5: a reply about another subject scores lower, a strong on-topic answer is not held down.

Made-up CVs, jobs and answers of the kind a German re-check met (issue 15, session 19): a question on keeping a
licence current answered with shift planning scored 7/10, as high as the strong answers.
"""

from __future__ import annotations

from core.analysis.question_across import across
from core.coach.score import score_answer
from core.interview.state import QuestionRecord
from core.interview.weighing import weighed_score

DE_CV = """Tobias Brandt
Schweißer und Vorarbeiter – Kranbau Weser GmbH, Bremen (2018 – heute)
- Führung von 6 Mitarbeitenden in der Fertigung
- Schweißerpass nach DIN EN ISO 9606-1, Schichtplanung für die Fertigung
Schweißer – Metallbau Kruse, Oldenburg (2012 – 2018)"""
DE_JOB = """Meister Fertigung (m/w/d)
Ihre Aufgaben: Sie führen die Schweißerei mit 15 Mitarbeitenden, planen Schichten und sichern die Qualität.
Ihr Profil: gültiger Schweißerpass, Erfahrung als Vorarbeiter, Kenntnisse in der Qualitätssicherung."""
LICENCE_Q = ("The role asks for Schweißerpass, which your CV shows. How do you keep it current, and where did it last "
             "matter in your work?")
ON_LICENCE = ("Meinen Schweißerpass lasse ich alle zwei Jahre mit einer Arbeitsprobe beim TÜV verlängern, zuletzt im "
              "Mai 2024. Gebraucht habe ich ihn letzten Monat bei Kranbau Weser, als wir ein Geländer aus Edelstahl für "
              "einen Kunden geschweißt haben und der Prüfer die Nachweise sehen wollte.")
OTHER_SUBJECT = ("Bei Kranbau Weser plane ich jede Woche die Schichten für 18 Leute in Excel. Ich schaue mir die "
                 "Aufträge an, verteile die Arbeit auf die Schweißplätze und prüfe jeden Morgen, ob wir im Plan liegen. "
                 "Wenn wir zwei Tage hinterher sind, spreche ich mit dem Team.")
VAGUE = "Das habe ich schon gemacht, Planung und so. Das klappt eigentlich immer ganz gut."
FOLLOW_UP = "Could you say a bit more? Pick one example and walk me through what happened and what you did."

FR_CV = """Claire Martin
Cheffe d'équipe logistique – Entrepôts Garonne, Toulouse (2019 – aujourd'hui)
- Encadrement de 10 préparateurs de commandes, suivi des indicateurs de productivité"""
FR_JOB = """Responsable d'entrepôt (H/F)
Missions : encadrer 30 préparateurs, piloter les flux et la productivité, améliorer les processus.
Profil : expérience en logistique, encadrement d'équipe."""
BOTTLENECK_Q = "How would you find the biggest bottleneck in a process you've just inherited?"
FR_STRONG = ("D'abord, je suivrais les commandes pendant une semaine, du quai de réception jusqu'à l'expédition, en notant "
             "les temps d'attente à chaque étape. Chez Entrepôts Garonne, le goulot était l'emballage : deux postes pour "
             "400 commandes par jour. J'ai ajouté un poste aux heures de pointe et les retards ont baissé de 35 %.")
FR_HOLIDAY_WORK = ("L'an dernier, j'ai organisé la fête de fin d'année de l'entrepôt : j'ai réservé la salle, choisi le "
                   "traiteur et préparé un quiz pour les 40 collègues. Tout le monde a beaucoup aimé la soirée.")


def _de(question: str, answer: str):
    return score_answer(question, answer, job_description=DE_JOB, cv_text=DE_CV)


def test_a_reply_on_the_questions_own_term_outscores_one_on_another_subject() -> None:
    on, other = _de(LICENCE_Q, ON_LICENCE), _de(LICENCE_Q, OTHER_SUBJECT)
    assert on.relevance.score >= 4, on.relevance.evidence
    assert other.relevance.score <= 2, other.relevance.evidence
    assert "Schweißerpass" in other.relevance.evidence  # it says which of the question's terms it left aside
    assert on.overall >= other.overall + 2


def test_a_follow_up_reply_on_another_subject_does_not_lift_a_vague_answer() -> None:
    def scorer(question: str, answer: str):
        return _de(question, answer)

    def weighed(reply: str) -> int:
        record = QuestionRecord(number=2, question=LICENCE_Q, answer=VAGUE, follow_up=FOLLOW_UP, follow_up_answer=reply)
        return weighed_score(record, scorer, [], "de").overall

    assert weighed(OTHER_SUBJECT) <= 4
    assert weighed(ON_LICENCE) >= weighed(OTHER_SUBJECT) + 2


def test_a_strong_on_topic_answer_in_french_is_not_held_at_three() -> None:
    score = score_answer(BOTTLENECK_Q, FR_STRONG, job_description=FR_JOB, cv_text=FR_CV)
    assert score.relevance.score >= 4, score.relevance.evidence
    assert "goulot" not in score.relevance.evidence or "bottleneck" in score.relevance.evidence
    assert score.overall >= 8


def test_a_french_answer_about_something_else_scores_below_an_on_topic_one() -> None:
    strong = score_answer(BOTTLENECK_Q, FR_STRONG, job_description=FR_JOB, cv_text=FR_CV)
    other = score_answer(BOTTLENECK_Q, FR_HOLIDAY_WORK, job_description=FR_JOB, cv_text=FR_CV)
    assert other.relevance.score <= 2
    assert other.overall <= strong.overall - 3


def test_an_answer_taking_up_a_translated_question_term_is_not_about_something_else() -> None:
    question = "Tell me about a time you were under a lot of pressure. How did you keep the quality of your work up?"
    answer = ("Im Dezember war der Druck sehr hoch, weil doppelt so viele Aufträge kamen. Ich habe mit dem Team "
              "Prioritäten gesetzt, und die Qualität ist nicht schlechter geworden.")
    score = _de(question, answer)
    assert "about something else" not in score.relevance.evidence
    assert score.overall >= 4


def test_across_reads_a_german_compound_and_a_quoted_cv_line() -> None:
    seen = across("Staplerschein, which . How do you keep it current?", "Den Stapler fahre ich jeden Tag.", "de")
    assert "Staplerschein" in seen.taken
    quoted = across("SAP EWM\n“Einführung von SAP EWM als Key User”", "Als Key User habe ich die Scanner getestet.", "de")
    assert quoted.taken
    weather = across("under pressure, the quality of your work", "Il fait beau aujourd'hui.", "fr")
    assert not weather.taken and weather.untouched  # two terms read in French, neither taken
    # one translated term alone may be said in other words ("urgent": "bis wann", "Frist"): never called off it
    assert not across("an urgent request", "Zuerst frage ich, bis wann sie es brauchen.", "de").untouched


def test_a_question_with_nothing_readable_is_not_judged() -> None:
    seen = across("Why do you want this job?", "Ich möchte mehr Verantwortung übernehmen.", "de")
    assert not seen.judged and not seen.untouched
    assert not across("the quality of your work", "The quality is good.", "en").judged  # English is read as it is
