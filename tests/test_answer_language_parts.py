"""An answer partly or wholly in another language than the question's (a newcomer, session 11: an English
triage question answered in Spanish in the follow-up got relevance 1, "takes up none of what the question
is about (triage, elderly, arrive)", though the Spanish part answered it). Across languages the question's
own terms cannot show whether it was answered: nothing is called left aside and the score says so.
Made-up answers."""

from __future__ import annotations

from core.coach.score import other_language_part, score_answer

QUESTION = ("Two patients arrive together: one with chest pain and one with a deep cut on the arm. How do you "
            "triage them, and why in that order?")
VAGUE_EN = "I would look at both of them and decide who is most urgent, and then get help if needed."
SPANISH = ("Primero atiendo al paciente con dolor en el pecho: le hago un electrocardiograma en menos de diez "
           "minutos porque puede ser un infarto. Luego comprimo la herida del brazo y reviso si sigue sangrando.")


def test_a_spanish_part_is_found_in_an_english_answer():
    assert other_language_part(VAGUE_EN + "\n\n" + SPANISH, "en") == "es"
    assert other_language_part(VAGUE_EN, "en") is None
    assert other_language_part(VAGUE_EN + " Gracias.", "en") is None  # one word is no part


def test_an_answer_in_another_language_is_not_called_partial_by_english_terms():
    score = score_answer(QUESTION, SPANISH)
    assert score.relevance.score >= 3, score.relevance.evidence
    assert "leaves aside" not in score.relevance.evidence
    assert "does not clearly take up" not in score.relevance.evidence  # it is not judged: it cannot say so
    assert "Spanish" in score.relevance.evidence


def test_a_follow_up_reply_in_another_language_is_not_judged_by_the_english_part_alone():
    score = score_answer(QUESTION, VAGUE_EN + "\n\n" + SPANISH)
    evidence = score.relevance.evidence
    assert score.relevance.score >= 3, evidence
    assert "none of what the question is about" not in evidence and "leaves aside" not in evidence, evidence
    assert "Part of it is in Spanish" in evidence
    assert score.relevance.score <= 4  # not judged is not full marks


def test_an_english_answer_is_still_judged_on_its_terms():
    off = ("I enjoy hiking at the weekend and I have run two marathons. My favourite food is pasta and I like to "
           "cook for friends.")
    assert score_answer(QUESTION, off).relevance.score <= 2
