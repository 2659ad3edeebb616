"""Session 19 (nc19 item 10): a short tool name inside a hyphenated everyday compound ("Go-live", "R-value") is no
tool; a compound that still names the tool ("Go-based", "Go-Entwickler") is. Made-up sentences."""

import pytest

from core.analysis.answer import analyse_answer
from core.analysis.skills import find_skills


@pytest.mark.parametrize("text", [
    "Zwei Wochen vor dem Go-live haben wir alle Lagerplätze neu etikettiert.",
    "We moved the Go-Live date after the dress rehearsal failed.",
    "The board gave the go-ahead in March.",
    "I checked the insulation's R-value on every plot.",
])
def test_an_everyday_compound_names_no_tool(text):
    assert not [h for h in find_skills(text) if h.name in {"Go", "R"}]


@pytest.mark.parametrize("text,tool", [
    ("I rewrote the billing jobs as Go-based services.", "Go"),
    ("Ich suche eine Stelle als Go-Entwickler.", "Go"),
    ("We used Go and Python for the pipeline.", "Go"),
    ("I wrote R-Skripte for the monthly survey.", "R"),
])
def test_a_compound_that_names_the_tool_keeps_it(text, tool):
    assert tool in [h.name for h in find_skills(text)]


def test_an_answer_about_a_go_live_names_no_tool():
    ev = analyse_answer("Als Key User habe ich den Go-live um zwei Wochen verschoben, weil die Tests 12 % Fehler "
                        "zeigten; danach lief die Umstellung ohne Ausfall.", "Tell me about a decision you made.")
    assert "Go" not in ev.tools
