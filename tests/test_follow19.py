"""Session 19: "I don't know" in every accepted language gets the non-answer move, and "I haven't done that"
(with who does it instead) gets the kind move-on, never "what exactly did you do?"."""

import pytest

from core.coach.follow_up import follow_up_question, follow_up_reason

MISTAKE_Q = ("Thinking of your time at Nordhafen Spedition: tell me about a mistake you made at work. "
             "What did you do once you realised it, and what changed afterwards?")
LEARN_Q = ("This job involves rota planning, which I don't see on your CV. Tell me about a time you had to learn "
           "something similar quickly: what did you do and how long did it take?")


@pytest.mark.parametrize("answer", [
    "Weiß ich nicht.", "Das weiß ich leider nicht.", "Ehrlich gesagt, keine Ahnung.", "Ich habe keine Ahnung.",
    "Honnêtement, je ne sais pas.", "La verdad, no lo sé.", "Sinceramente, non lo so.", "Olha, não sei.",
])
@pytest.mark.parametrize("documents", ["", "de", "fr"])
def test_dont_know_in_any_language_is_a_non_answer(answer, documents):
    reason = follow_up_reason(MISTAKE_Q, answer, documents)
    assert reason == "non_answer"
    assert "what exactly did you do" not in follow_up_question(reason, MISTAKE_Q, answer)


@pytest.mark.parametrize("answer,documents", [
    ("I haven't done that. Rota planning has always been handled by our scheduling team at Brightwell, "
     "so I've never built a rota myself.", ""),
    ("Das habe ich noch nicht gemacht. Die Dienstplanung macht bei uns das Team in der Zentrale.", "de"),
    ("Das habe ich noch nicht gemacht. Die Dienstplanung macht bei uns das Team in der Zentrale.", ""),
    ("Je ne l'ai jamais fait. Chez nous, c'est l'équipe planning du siège qui s'en occupe.", "fr"),
    ("Nunca lo he hecho. En mi hotel lo hace el equipo de recepción.", "es"),
    ("Non l'ho mai fatto. Da noi se ne occupa l'ufficio turni.", "it"),
    ("Nunca fiz isso. Na minha loja é a equipa da sede que trata disso.", "pt"),
])
def test_not_done_gets_the_kind_move_on(answer, documents):
    reason = follow_up_reason(LEARN_Q, answer, documents)
    assert reason == "not_experienced"
    text = follow_up_question(reason, LEARN_Q, answer)
    assert "what exactly did you do" not in text
    assert "how you would" in text or "closest thing" in text


def test_a_real_story_with_never_is_still_an_example():
    answer = ("Last spring our rota tool failed two days before Easter. I had never built a rota by hand, so I "
              "called the three shift leads, listed who could cover which day and published a paper rota by 6pm.")
    assert follow_up_reason(LEARN_Q, answer) != "not_experienced"
