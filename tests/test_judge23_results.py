"""Session 23 (judge23): a result told in the first person plural of a language the coach reads is a result.

Re-check B of session 22: "Missing: task, result" beside "Bajamos a 8 minutos de media." (a Spanish nurse's result).
Made-up Spanish text of the same kind below, and the other languages' "we got to…" wording.
"""

from __future__ import annotations

import re

import pytest

from core.analysis.cues_work import RESULT_MORE
from core.coach.score import score_answer


@pytest.mark.parametrize("answer", [
    "En 2021 la cola de devoluciones llegaba a 300 paquetes; propuse separar las devoluciones por proveedor y lo "
    "presenté a mi jefa. Bajamos a 90 paquetes en un mes.",
    "En mi último trabajo los clientes esperaban diez días una respuesta. Organicé turnos de correo y formé al equipo. "
    "Recuperamos a dos clientes grandes y pasamos a tres días de espera.",
    "En 2022 el almacén perdía muchas cajas. Revisé el inventario cada semana con el encargado. Redujimos las pérdidas "
    "a la mitad.",
])
def test_a_spanish_result_in_the_first_person_plural_is_found(answer) -> None:
    structure = score_answer("Cuéntame una vez que mejoraste algo en tu trabajo.", answer).structure.evidence
    assert not re.search(r"Missing: [^.]*\bresult", structure), structure
    assert "result: " in structure, structure  # found, and quoted


@pytest.mark.parametrize(("lang", "sentence"), [
    ("fr", "Nous sommes passés à vingt minutes d'attente."),
    ("pt", "Passámos para três dias em média."),
    ("it", "Siamo passati a tre giorni."),
    ("de", "Danach brauchten wir nur noch vier Tage."),
])
def test_we_got_to_in_other_languages_is_a_result(lang, sentence) -> None:
    assert RESULT_MORE[lang].search(sentence), sentence
