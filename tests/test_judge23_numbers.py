"""Session 23 (judge23): a figure inside a name or a date is no number of the answer's.

Re-check B of session 22: 'Cites numbers: "En el 12 de Octubre soy enfermera…"' (a hospital named for a date), and
"the No. 1" of a cabin crew, read as figures. Made-up text of the same kind below.
"""

from __future__ import annotations

import pytest

from core.analysis.answer import analyse_answer


@pytest.mark.parametrize(("answer", "name"), [
    ("I run the check-in desks at Terminal 5 and I trained the new starters last winter.", "5"),
    ("I'm the No. 3 on the packing line and I check the labels before every shift.", "3"),
    ("En el 2 de Mayo soy auxiliar de farmacia y reviso los pedidos de la planta.", "2"),
    ("On 14 June I met the new supplier and agreed the delivery slots for the site.", "14"),
    ("I work on Pier 4 as a dispatcher and I brief the drivers before they leave.", "4"),
])
def test_a_figure_of_a_name_or_a_date_is_no_number(answer, name) -> None:
    ev = analyse_answer(answer, "Tell me about your current role.")
    assert not any(n.split()[0] == name for n in ev.numbers), ev.numbers


def test_a_measured_figure_beside_a_name_is_still_a_number() -> None:
    ev = analyse_answer("At Terminal 5 I cut the queue from 40 minutes to 12 minutes.", "Tell me about a result.")
    assert ev.numbers == ["40 minutes", "12 minutes"], ev.numbers
