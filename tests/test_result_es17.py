"""A Spanish result told as a rise or fall ("subió de 5,8 a 6,6", "bajaron un 20 %") is a result (newcomer, session
17: "The result, with a number" was listed missing)."""

import pytest

from core.analysis.cues import STAR_ES


@pytest.mark.parametrize("sentence", [
    "La tasa de aprobados subió de 61 a 74 en un año.",
    "Las quejas de las familias bajaron un 30 % ese trimestre.",
    "Las visitas a la biblioteca crecieron de 40 a 95 al mes.",
    "El absentismo cayó a la mitad y la participación aumentaron.",
    "Los errores disminuyeron un 15 %.",
])
def test_a_rise_or_fall_is_a_result(sentence):
    assert STAR_ES["result"].search(sentence)


def test_a_plan_to_raise_is_no_result():
    assert not STAR_ES["result"].search("Quería que los alumnos estudiaran más en casa.")


def test_bajo_as_under_is_no_result():
    assert not STAR_ES["result"].search("Trabajé bajo presión con un grupo de 30 alumnos.")
