"""Filler words by the answer's language (newcomer, session 17): German "um 30 Prozent" ("by 30 percent"),
"er" ("he") and Portuguese "um" ("a") are no English fillers; English fillers count in English answers only."""

from core.analysis.signals import compute_signals
from core.speech.delivery import count_fillers
from core.words import filler_words, without_fillers


def test_german_um_and_er_are_no_fillers():
    text = "Wir haben die Lagerkosten um 25 Prozent gesenkt, und er hat den Plan mit mir im Team geprüft."
    assert filler_words(text) == []
    assert count_fillers(text) == ()


def test_portuguese_um_is_an_article():
    text = "Eu preparei um relatório mensal e um plano de vendas novo para a equipa de Lisboa."
    assert filler_words(text) == []
    assert compute_signals(text, "pt", [16]).filler_count == 0


def test_english_fillers_still_count_in_english():
    assert filler_words("Um, I basically led the stock audit, you know, for the whole warehouse.") == [
        "um", "basically", "you know"]


def test_spanish_fillers_count_in_spanish_only():
    text = "Bueno, pues, organicé las tutorías de los alumnos de cuarto y o sea, mejoraron mucho las notas."
    assert filler_words(text) == ["bueno", "pues", "o sea"]


def test_removing_fillers_keeps_a_german_um():
    text = "Wir haben die Reisekosten um 18 Prozent gesenkt und das Budget jeden Monat geprüft."
    assert without_fillers(text) == text
