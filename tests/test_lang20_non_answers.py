"""A non-answer is a non-answer in every language the coach reads (session 20).

Made-up answers of the kind a German re-check met (issue 15, session 19): "I (really) don't know" or "I have never
done that", then a small aside about one's old job, scored 3-4/10 in German where English scored 1/10, and a
follow-up that quoted the "I don't know" back as if it were a story.
"""

from __future__ import annotations

import pytest

from core.analysis.answer import analyse_answer
from core.coach.follow_up import follow_up_question, follow_up_reason
from core.coach.score import non_answer_kind, score_answer

PRESSURE = ("Thinking of your time at Nordhafen Logistik: tell me about a time you were under a lot of pressure. "
            "How did you keep the quality of your work up?")
DASHBOARD = "Which operational metrics would you put on a weekly dashboard, and what would make you act on one?"

# (language, an "I don't know" with a small aside about an old job)
DONT_KNOW_ASIDE = [
    ("de", "Ich weiß es wirklich nicht, bei Nordhafen war ich Lagerhelfer und habe nie große Probleme gehabt."),
    ("fr", "Je ne sais vraiment pas, chez Nordhafen j'étais préparateur et je n'ai pas eu de gros soucis."),
    ("es", "La verdad no lo sé, en Nordhafen era mozo de almacén y nunca tuve grandes problemas."),
    ("it", "Davvero non lo so, da Nordhafen facevo il magazziniere e non ho mai avuto grossi problemi."),
    ("pt", "Sinceramente não sei, na Nordhafen eu era operador de armazém e nunca tive grandes problemas."),
    ("en", "I really don't know, at Nordhafen I was a warehouse hand and never had big problems."),
]
# (language, "I have not done that", then an aside that it is someone else's job)
NOT_DONE_ASIDE = [
    ("de", "Das habe ich noch nie gemacht. Um die Zahlen kümmert sich bei uns die Buchhaltung."),
    ("fr", "Je n'ai jamais fait ça. Chez nous, c'est la comptabilité qui s'occupe des chiffres."),
    ("es", "Nunca lo he hecho. En mi empresa de eso se encarga contabilidad."),
    ("it", "Non l'ho mai fatto. Da noi se ne occupa la contabilità."),
    ("pt", "Nunca fiz isso. Na minha empresa quem cuida disso é a contabilidade."),
    ("en", "I haven't done that. At our place the accounts team looks after the figures."),
]


@pytest.mark.parametrize(("lang", "answer"), DONT_KNOW_ASIDE)
def test_dont_know_with_an_aside_scores_as_a_non_answer(lang: str, answer: str) -> None:
    score = score_answer(PRESSURE, answer)
    assert score.overall <= 2, (lang, score.overall)
    assert "does not know" in score.relevance.evidence


@pytest.mark.parametrize(("lang", "answer"), NOT_DONE_ASIDE)
def test_not_done_with_an_aside_scores_as_a_non_answer(lang: str, answer: str) -> None:
    assert score_answer(DASHBOARD, answer).overall <= 2, lang


@pytest.mark.parametrize(("lang", "answer"), DONT_KNOW_ASIDE)
def test_dont_know_gets_the_kind_move_on_in_every_language(lang: str, answer: str) -> None:
    documents = "" if lang == "en" else lang
    for docs in {"", documents}:
        reason = follow_up_reason(PRESSURE, answer, docs)  # the kind move-on, or the offer of the closest thing
        assert reason in {"non_answer", "not_experienced"}, (lang, docs, reason)
        text = follow_up_question(reason, PRESSURE, answer)
        assert not text.startswith("Let's stay with the question"), (lang, text)  # never "about something else"


@pytest.mark.parametrize(("lang", "answer"), NOT_DONE_ASIDE)
def test_not_done_to_a_plan_question_is_moved_on_kindly(lang: str, answer: str) -> None:
    documents = "" if lang == "en" else lang
    assert follow_up_reason(DASHBOARD, answer, documents) == "non_answer", lang


@pytest.mark.parametrize(("lang", "answer"), NOT_DONE_ASIDE)
def test_not_done_to_a_story_question_gets_the_closest_thing_offer(lang: str, answer: str) -> None:
    documents = "" if lang == "en" else lang
    assert follow_up_reason(PRESSURE, answer, documents) == "not_experienced", lang


NON_ANSWER_WORDS = ("weiß", "sais", "no lo sé", "non lo so", "não sei", "don't know", "jamais", "nie gemacht")


@pytest.mark.parametrize(("lang", "answer"), DONT_KNOW_ASIDE + NOT_DONE_ASIDE)
def test_no_follow_up_quotes_a_non_answer_phrase(lang: str, answer: str) -> None:
    for reason in ("too_short", "no_example", "no_result", "not_experienced", "non_answer"):
        for variant in range(4):
            text = follow_up_question(reason, PRESSURE, answer, variant=variant).lower()
            assert not any(w in text for w in NON_ANSWER_WORDS), (lang, reason, text)


@pytest.mark.parametrize("answer", [
    "Ich habe das noch nie gemacht, aber ich würde zuerst die Pickleistung pro Stunde, die Fehlerquote und die "
    "Termintreue auf das Dashboard setzen und jede Woche mit dem Team besprechen. Wenn die Fehlerquote über 0,5 % "
    "steigt, schaue ich mir die Packplätze an.",
    "Je ne l'ai jamais fait, mais je commencerais par suivre le taux d'erreur, la productivité par heure et les "
    "retards chaque semaine. Si le taux d'erreur dépasse 1 %, je réunis l'équipe et je cherche la cause.",
])
def test_not_done_then_a_real_plan_is_an_answer(answer: str) -> None:
    assert non_answer_kind(DASHBOARD, answer, analyse_answer(answer, DASHBOARD), "", "") is None
    assert follow_up_reason(DASHBOARD, answer, "de" if "Ich" in answer else "fr") != "non_answer"
