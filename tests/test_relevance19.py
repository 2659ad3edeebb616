"""Session 19 (issue 15): good answers called off-topic — another field's topic, a skill's method, terse notes,
and answers in the CV's and job's language. Made-up text throughout."""

from __future__ import annotations

import pytest

from core.analysis.answer import analyse_answer, elsewhere
from core.coach.follow_up import off_topic
from core.coach.question_types import question_type
from core.coach.redirect import about_something_else
from core.coach.score import score_answer
from core.coach.topic import answer_topics, off_question, said_instead

BAD_NEWS_Q = "Tell me about a time you had to give bad news to a patient's relatives."
BAD_NEWS_A = (
    "On the stroke unit an 81-year-old lady we had cared for all week deteriorated overnight and died at 5am. Her son "
    "arrived an hour later. I took him to the quiet room with the registrar, who broke the news, and I arranged for "
    "him to sit with his mother and for the chaplain to come. A month later he wrote to the unit to thank us. "
    "I learned that plain words and a little silence help more than long explanations."
)


def _off(question: str, answer: str):
    return off_question(analyse_answer(answer, question), question, question_type(question))


def test_a_bereavement_story_is_on_its_question():
    assert _off(BAD_NEWS_Q, BAD_NEWS_A) is None
    assert not about_something_else(BAD_NEWS_Q, BAD_NEWS_A)
    score = score_answer(BAD_NEWS_Q, BAD_NEWS_A)
    assert score.relevance.score >= 3 and "sales" not in score.relevance.evidence
    assert score.overall >= 7


def test_arranged_and_arrived_are_no_sales_words():
    assert "sales pipeline and forecasting" not in answer_topics("I arranged the room and she arrived at six.")
    assert "sales pipeline and forecasting" in answer_topics("Our ARR grew to £2m and the CRM showed 3x coverage.")


def test_a_field_topic_is_said_only_of_its_own_field_questions():
    assert said_instead(["patient care"], ["sales pipeline and forecasting", "money and costs"]) == ["money and costs"]
    assert said_instead(["sales pipeline and forecasting"], ["sales pipeline and forecasting"]) == [
        "sales pipeline and forecasting"]
    # to a question of no field, a field's topic is said when the answer names it by a key, not by one passing word
    assert said_instead(["money and costs"], ["pupils and teaching", "safety"], "I had to deal with it safely") == [
        "safety"]
    assert said_instead(["disagreement"], ["warehouse operations"], "I cut picking errors by 30%") == [
        "warehouse operations"]
    assert said_instead(["disagreement"], ["sales pipeline and forecasting"], "I dealt with it that night") == []


def test_a_safety_story_to_a_budget_question_is_still_off():
    question = "Tell me about a time you had to manage a tight budget."
    answer = ("Last spring a forklift nearly hit a picker in aisle 4, so I ran a toolbox talk on pedestrian routes, "
              "painted new walkways and made hi-vis and PPE checks part of every shift start; near-misses fell to zero.")
    off = _off(question, answer)
    assert off is not None and off.instead and "safety" in off.instead


def test_terse_english_design_notes_are_not_about_something_else():
    question = ("Our image service separates metadata from blob storage. Analyse the benefits, drawbacks and "
                "alternatives of this split.")
    answer = ("Metadata/blob split: 1) Independent scaling - metadata needs RAM, blob nodes need disk. 2) Isolation - "
              "slow uploads never block lookups. 3) Simpler caching - metadata fits in Redis. Drawbacks: two writes "
              "per upload, orphaned blobs after crashes, extra hop. Alternatives: inline small blobs in metadata rows, "
              "content-addressed storage.")
    assert not off_topic(question, answer)
    assert not about_something_else(question, answer)


def test_it_names_the_one_tool_asked_about():
    assert _off("What is Kubernetes and why is it used?", "It runs containers across many machines and restarts "
                "them when they fail, so a team can ship services without looking after each server.") is None


@pytest.mark.parametrize("question, answer", [
    ("Your CV mentions statistics. Tell me about a time you used it to answer a business question.",
     "Churn had crept up, so I fitted a linear regression on 25,000 customers in Python with plan, tenure and "
     "complaints; complaints were the strongest predictor, we fixed the billing emails and churn fell 3 points."),
    ("Your CV mentions phonics. Tell me about a time you used it to help a pupil who was behind.",
     "In Reception I ran daily Read Write Inc keep-up groups for five children; we practised blending with sound "
     "cards and decodable books, and by June four of the five were reading at the expected level."),
])
def test_a_method_or_scheme_of_the_skill_takes_it_up(question, answer):
    assert _off(question, answer) is None
    assert not about_something_else(question, answer)


def test_a_story_that_never_touches_the_skill_is_still_off():
    question = "Your CV mentions phonics. Tell me about a time you used it to help a pupil who was behind."
    answer = ("I started a chess club on Fridays for fifteen pupils; we entered the county tournament and two of them "
              "reached the final, and the club raised £90 at the summer fair.")
    assert about_something_else(question, answer)


# (lang, CV, answer): the answer names the CV's employer and words of the CV inside compounds, to an English question
CROSS = [
    ("de", "Lebenslauf\nSchichtleiterin Lager – Brandtner Kontraktlogistik GmbH, Kassel\n03/2018 – heute\n"
           "- Leitung des Versands mit 18 Mitarbeitenden\n- Einführung von Scannern in der Kommissionierung",
     "Bei Brandtner habe ich 2022 den Versandbereich übernommen, weil die Touren oft zu spät losfuhren. Ich habe drei "
     "Wochen lang die Zeiten vom Kommissionierende bis zur Verladung gemessen: die Verpackungsstationen waren am "
     "Nachmittag der Engpass. Wir haben eine fünfte Station eingerichtet und danach fuhren 96 % der Touren pünktlich."),
    ("fr", "CV\nChef d'équipe logistique – Transports Marivaux, Lyon\n2017 – aujourd'hui\n- Gestion des stocks\n"
           "- Encadrement de 12 caristes",
     "Chez Marivaux j'ai repris le quai d'expédition en 2021 parce que les camions partaient en retard. Pendant deux "
     "semaines j'ai chronométré chaque étape jusqu'au chargement et les tables d'emballage bloquaient l'après-midi. "
     "Nous avons ajouté une table et décalé les pauses, et les départs à l'heure sont passés de 80 % à 95 %."),
    ("es", "CV\nJefa de turno de almacén – Distribuciones Olmedo, Zaragoza\n2016 – actualidad\n- Control de "
           "inventario\n- Equipo de 20 personas",
     "En Olmedo me hice cargo del muelle de expedición en 2022 porque los camiones salían tarde. Durante dos semanas "
     "medí cada paso hasta la carga y vi que las mesas de embalaje eran el cuello de botella por la tarde. "
     "Añadimos una mesa y escalonamos los descansos, y las salidas puntuales pasaron del 82 % al 96 %."),
    ("pt", "CV\nChefe de turno de armazém – Transportes Vilaça, Porto\n2015 – atual\n- Controlo de inventário\n"
           "- Equipa de 16 pessoas",
     "Na Vilaça assumi o cais de expedição em 2022 porque os camiões saíam atrasados. Durante duas semanas medi cada "
     "passo até à carga e vi que as mesas de embalagem eram o ponto de estrangulamento à tarde. Acrescentámos "
     "uma mesa e escalonámos as pausas, e as saídas a horas passaram de 81 % para 95 %."),
    ("it", "CV\nCapoturno di magazzino – Logistica Ferrandi, Verona\n2016 – oggi\n- Controllo inventario\n"
           "- Squadra di 22 persone",
     "Da Ferrandi ho preso in carico la banchina delle spedizioni nel 2022 perché i camion partivano in ritardo. Per "
     "due settimane ho misurato ogni passaggio fino al carico e ho visto che i banchi di imballaggio erano il collo di "
     "bottiglia nel pomeriggio. Abbiamo aggiunto un banco e scaglionato le pause, e le partenze puntuali sono passate "
     "dall'80 % al 95 %."),
]
CROSS_Q = "How would you find the biggest bottleneck in a process you have just taken over?"


@pytest.mark.parametrize("lang, cv, answer", CROSS, ids=[c[0] for c in CROSS])
def test_an_answer_in_the_cv_language_is_on_the_cv_terms(lang, cv, answer):
    ev = analyse_answer(answer, CROSS_Q)
    assert ev.lang == lang
    assert elsewhere(ev, CROSS_Q, cv, "") == []
    score = score_answer(CROSS_Q, answer, cv_text=cv)
    assert "about something else" not in score.relevance.evidence
    assert score.overall >= 5


def test_a_hobby_story_in_another_language_is_still_elsewhere():
    cv = CROSS[0][1]
    answer = ("Am Wochenende spiele ich gern Handball mit Freunden im Park, und danach grillen wir oft zusammen und "
              "trinken Apfelschorle, bis die Sonne untergeht und alle müde nach Hause radeln.")
    assert elsewhere(analyse_answer(answer, CROSS_Q), CROSS_Q, cv, "") != []
