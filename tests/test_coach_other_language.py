"""Answers in Spanish are read with Spanish cues, and nothing the coach cannot see is credited (newcomer
finding: a Spanish answer got structure 4/5 and specificity 5/5 it had not earned). Field vocabulary is
measured by word family outside English (core.analysis.language.family_zipf): an ordinary verb form is
rare as a form ("revisé", "escuché", "ofrecí") but not as a word."""

from __future__ import annotations

import pytest

from core.analysis.answer import analyse_answer
from core.coach.score import score_answer

Q = "Tell me about a time you dealt with an unhappy customer."
STORY_ES = ("Una vez una clienta se enfadó porque su pedido llegó tarde. Escuché su queja, revisé el sistema de envíos y "
            "descubrí que la dirección estaba mal. Le ofrecí un descuento y el envío urgente gratis. Al final la clienta "
            "volvió a comprar y nos dejó una buena reseña.")
STORY_EN = ("Once a customer got angry because her order arrived late. I listened to her complaint, checked the shipping "
            "system and found that the address was wrong. I offered her a discount and free express shipping. In the end "
            "the customer bought again and left us a good review.")
VAGUE_ES = ("Bueno, en general trato de ser amable con los clientes difíciles. Normalmente escucho lo que dicen y trato "
            "de ayudar. A veces es complicado pero siempre hago lo mejor posible y al final todo sale bien.")
DESIGN_ES = ("Yo usaría un algoritmo de token bucket en Redis, con una clave por cliente y una ventana deslizante. Primero "
             "mediría el tráfico real, luego definiría límites por plan. Elegiría Redis porque es rápido y compartido "
             "entre instancias, aunque añade una dependencia.")


def test_ordinary_spanish_verb_forms_are_not_field_vocabulary() -> None:
    rare = analyse_answer(STORY_ES, Q).signals.rare
    assert not {"escuché", "revisé", "ofrecí", "descubrí", "envíos"} & set(rare), rare
    es, en = score_answer(Q, STORY_ES), score_answer(Q, STORY_EN)
    assert es.specificity.score <= en.specificity.score, (es.specificity, en.specificity)
    assert abs(es.overall - en.overall) <= 1


def test_spanish_field_terms_still_count_once_per_word() -> None:
    rare = analyse_answer(DESIGN_ES).signals.rare
    assert {"algoritmo", "deslizante", "token", "bucket"} <= set(rare), rare
    assert not {"mediría", "definiría", "elegiría", "compartido"} & set(rare), rare
    two_forms = analyse_answer("Revisamos cada despliegue y cada uno de los despliegues fallidos con el equipo.")
    assert len([w for w in two_forms.signals.rare if w.startswith("desplieg")]) <= 1


def test_en_general_is_no_situation_and_a_vague_spanish_answer_gets_no_structure_credit() -> None:
    ev = analyse_answer(VAGUE_ES, Q)
    assert "situation" not in ev.star, ev.star
    assert analyse_answer("En Telefónica teníamos un problema con los despliegues nocturnos del equipo.").star.get("situation")
    score = score_answer(Q, VAGUE_ES)
    assert score.structure.score <= 2 and score.specificity.score == 1, score


# Chinese and Japanese run their words together: the word lists could not split them (wordfreq needs
# optional tokenizers for both), and such an answer was scored 1/10 as "not readable text".
CHINESE = "我在一家大型科技公司担任软件工程师五年，负责后端服务的设计和开发，带领团队完成了多个项目。"
JAPANESE = "私はソフトウェアエンジニアとして五年間働いてきました。チームを率いて多くのプロジェクトを完成させました。"


@pytest.mark.parametrize(("answer", "code", "name"), [(CHINESE, "zh", "Chinese"), (JAPANESE, "ja", "Japanese")])
def test_an_answer_in_chinese_or_japanese_is_read_as_that_language_not_as_mash(answer, code, name):
    from core.analysis.language import detect_language

    assert detect_language(answer).startswith(code)
    scored = score_answer("Tell me about a project you led.", answer, job_description="Backend engineer, Python")
    relevance = scored.relevance.evidence
    assert f"in {name}" in relevance
    assert "not readable" not in relevance and "A handful of words" not in relevance
    assert relevance.count("not judged") == 1  # said once, not twice
    assert "answer in the interview's language" in relevance


def test_a_few_chinese_characters_are_still_a_handful_of_words():
    scored = score_answer("Tell me about a project you led.", "我是工程师")
    assert scored.overall == 1
    assert "handful of words" in scored.relevance.evidence


def test_an_answer_saying_again_what_a_follow_up_quoted_of_it_is_not_a_copy_of_the_question():
    """The Tough interviewer quotes the answer back ('Say more about "I'd call the parents first"'); the
    next answer starting with those words was scored 1/10 as repeating the question."""
    said = "I'd ring the parents that evening and then see them at the gate after school"
    asked = f'A parent is upset about a report. What do you do? That is not enough to go on. Say more about "{said}".'
    scored = score_answer(asked, said + ".")
    assert "repeats text from the CV, job description or question" not in scored.relevance.evidence
    assert scored.overall > 1
    copied = score_answer("Tell me about a time you led a project under a tight deadline.",
                          "Tell me about a time you led a project under a tight deadline.")
    assert "repeats text" in copied.relevance.evidence  # a real copy of the question still is one


@pytest.mark.parametrize("answer", ["No.", "Not really.", "Yes"])
def test_a_one_or_two_word_answer_is_never_quoted_back(answer):
    """'Say more about "No": what was the context…' (a newcomer's follow-up): a reply of one or two words
    gets the follow-up that asks without quoting it, for every variant."""
    from core.coach.follow_up import follow_up_question

    for variant in range(4):
        asked = follow_up_question("too_short", "Tell me about a time you handled a difficult parent.", answer,
                                   variant=variant)
        assert f'"{answer.rstrip(".")}"' not in asked, asked
