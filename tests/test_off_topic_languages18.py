"""An answer about something else in German, Portuguese, French or Italian is judged as the same answer in English is,
and a follow-up reply in another language than the question does not lift it (issue 15, session 18: a German handball
story to a question about urgent tasks scored 5/10, a Spanish weakness answer then a course story 7/10)."""

import pytest

from core.coach.score import score_answer
from core.interview.state import QuestionRecord
from core.interview.weighing import weighed_score

QUESTION = ("Two team leads each hand you an urgent request on the same afternoon and both say theirs comes first. "
            "How would you handle it?")

# (language, CV, job, a hobby story, an answer that takes the question up)
CASES = [
    ("de",
     "Lena Vogt. Sachbearbeiterin Buchhaltung bei Hansa Kontor GmbH, Kiel, seit 2019: Kreditoren, Monatsabschluss "
     "mit DATEV, Mahnwesen. Ausbildung zur Steuerfachangestellten.",
     "Wir suchen eine Sachbearbeiterin Buchhaltung (m/w/d) in Lübeck. Erfahrung mit DATEV und im Monatsabschluss ist "
     "erforderlich.",
     "Am Wochenende segle ich gern auf der Ostsee mit meinem Bruder. Letzten Sommer sind wir bis nach Bornholm "
     "gefahren und haben dort gezeltet.",
     "Zuerst würde ich beide Teamleiter fragen, bis wann sie das Ergebnis brauchen und was davon abhängt. Dann würde "
     "ich die Aufgaben nach Frist ordnen und beiden sagen, wann sie ihr Ergebnis bekommen."),
    ("pt",
     "Rita Almeida. Técnica de contabilidade na Lusomar Lda, Porto, desde 2018: fecho mensal, reconciliações "
     "bancárias, faturação com o PHC. Licenciatura em Contabilidade.",
     "Procuramos técnico de contabilidade para empresa de logística em Braga. Experiência em fecho mensal e PHC.",
     "Nos fins de semana faço surf na Ericeira com os meus amigos. No verão passado fomos até às Canárias e "
     "apanhámos ondas enormes.",
     "Primeiro perguntaria aos dois responsáveis qual é o prazo de cada pedido e o que depende dele. Depois "
     "ordenaria as tarefas pelo prazo e diria a cada um quando recebe o trabalho."),
    ("fr",
     "Claire Martin. Comptable chez Atelier Rhône SARL, Lyon, depuis 2019 : clôtures mensuelles, rapprochements "
     "bancaires, facturation sous Sage. Licence de comptabilité.",
     "Nous recherchons un comptable pour une entreprise de transport à Grenoble. Expérience des clôtures et de Sage.",
     "Le week-end je fais de la randonnée dans les Alpes avec ma sœur. L'été dernier nous avons traversé le massif "
     "du Vercors à pied en cinq jours.",
     "D'abord je demanderais aux deux responsables le délai de chaque demande et ce qui en dépend. Ensuite je "
     "classerais les tâches par délai et je dirais à chacun quand il recevra le travail."),
    ("it",
     "Giulia Conti. Contabile presso Officine Adriatiche Srl, Ancona, dal 2018: chiusure mensili, riconciliazioni "
     "bancarie, fatturazione con TeamSystem. Laurea in Economia.",
     "Cerchiamo un contabile per un'azienda di trasporti a Pesaro. Esperienza nelle chiusure mensili e TeamSystem.",
     "Nel fine settimana vado in montagna con mio fratello. L'estate scorsa abbiamo scalato il Gran Sasso e "
     "abbiamo dormito in tenda vicino al rifugio.",
     "Prima chiederei ai due responsabili la scadenza di ogni richiesta e cosa dipende da essa. Poi ordinerei i "
     "compiti per scadenza e direi a ciascuno quando riceverà il lavoro."),
]


@pytest.mark.parametrize(("lang", "cv", "job", "hobby", "_on"), CASES, ids=[c[0] for c in CASES])
def test_a_hobby_story_in_another_language_is_about_something_else(lang, cv, job, hobby, _on):
    score = score_answer(QUESTION, hobby, job_description=job, cv_text=cv)
    assert score.relevance.score <= 2, (lang, score.relevance.evidence)
    assert score.overall <= 3, (lang, score.overall)
    assert "something else" in score.relevance.evidence


@pytest.mark.parametrize(("lang", "cv", "job", "_hobby", "on"), CASES, ids=[c[0] for c in CASES])
def test_an_answer_taking_the_question_up_is_not(lang, cv, job, _hobby, on):
    score = score_answer(QUESTION, on, job_description=job, cv_text=cv)
    assert "something else" not in score.relevance.evidence, (lang, score.relevance.evidence)
    assert score.relevance.score >= 3, (lang, score.relevance.evidence)


def test_a_reply_in_another_language_does_not_lift_an_answer_about_something_else():
    _lang, cv, job, hobby, _on = CASES[0]
    reply = ("Im Jahr 2021 habe ich für das Team eine Vorlage für die Reisekostenabrechnung gebaut. Sie wird von "
             "vierzig Kolleginnen genutzt und spart jeden Monat etwa zwei Tage.")
    record = QuestionRecord(number=3, question=QUESTION, answer=hobby, follow_up="What would you do first, and why?",
                            follow_up_answer=reply)
    result = weighed_score(record, lambda q, a: score_answer(q, a, job_description=job, cv_text=cv))
    assert result.relevance.score <= 2, result.relevance.evidence
    assert result.overall <= 3
    assert "does not lift" in result.relevance.evidence


def test_a_reply_that_takes_the_question_up_after_no_answer_still_counts():
    """A main answer that is no answer at all ("Das weiß ich nicht so genau") is not one about something else: the
    reply in the CV's language is the answer."""
    _lang, cv, job, _hobby, on = CASES[0]
    record = QuestionRecord(number=3, question=QUESTION, answer="Das ist mir noch nie passiert.",
                            follow_up="Walk me through how you would do it: what first, and why?",
                            follow_up_answer=on)
    result = weighed_score(record, lambda q, a: score_answer(q, a, job_description=job, cv_text=cv))
    assert result.relevance.score >= 3, result.relevance.evidence


def test_a_product_named_only_in_a_negation_is_not_taken_up():
    cv = ("Tobias Rahn. Lohnbuchhalter bei Elbtal Bau GmbH, Dresden, seit 2020: Entgeltabrechnung für 250 "
          "Beschäftigte mit DATEV LODAS, Meldungen an die Krankenkassen. Grundkenntnisse SAP.")
    job = "Wir suchen einen Lohnbuchhalter (m/w/d) in Leipzig. Erfahrung mit SAP HCM ist erforderlich."
    question = ("Your CV mentions SAP. Walk me through a specific piece of work that drew on it: what was the goal, "
                "what did you do yourself, and how did it turn out?")
    negated = "In SAP habe ich leider noch nie selbst gebucht, ich kenne es nur aus einer Schulung von früher."
    rel = score_answer(question, negated, job_description=job, cv_text=cv).relevance
    assert rel.score <= 2, rel.evidence
    assert "only as something not done" in rel.evidence
    done = ("2022 habe ich in SAP HCM die Abrechnung für 40 neue Beschäftigte eingerichtet und alle Lohnarten "
            "geprüft; im ersten Monat gab es keinen einzigen Fehler.")
    assert score_answer(question, done, job_description=job, cv_text=cv).relevance.score >= 3


def test_a_gap_question_is_answered_by_the_closest_thing_naming_the_tool_as_new():
    """After "…, which I don't see on your CV", a tool named as not yet used is what the question expects."""
    cv = ("Lucía Gómez. Profesora de Física y Química en el IES Mediterráneo, Alicante, desde 2018: clases de ESO y "
          "Bachillerato, aula virtual en Moodle para todo el departamento.")
    job = "Buscamos profesor de Física y Química para ESO y Bachillerato. Se valorará experiencia con Google Classroom."
    question = ("The role asks for Google Classroom, which I don't see on your CV. What have you done that comes "
                "closest, and how would you get up to speed?")
    answer = ("Uso Moodle cada día con mis cuatro grupos: subo las prácticas y corrijo allí los informes. Google "
              "Classroom nunca lo he usado, pero creo que lo aprendería en una semana.")
    rel = score_answer(question, answer, job_description=job, cv_text=cv).relevance
    assert rel.score >= 3, rel.evidence
