"""A result said in German, Portuguese, French or Italian is read as a result, also in a follow-up reply in another
language than the answer (issue 15, session 18: "Wir haben etwa 18 Prozent der Reisekosten … gespart" after an English
answer was reported as "Missing: result")."""

import pytest

from core.analysis.answer import analyse_answer
from core.coach.score import score_answer

STORY = ("Last spring our depot manager asked me to cut the cost of courier runs. I pulled six months of delivery "
         "notes, compared the three couriers we used and moved the depot to one contract.")


@pytest.mark.parametrize("reply", [
    "Wir haben dadurch im ersten Halbjahr rund 15 Prozent der Versandkosten gespart.",
    "Com isso reduzimos os custos de envio em 15 % no primeiro semestre.",
    "Nous avons ainsi réduit les frais d'envoi de 15 % au premier semestre.",
    "Così abbiamo ridotto i costi di spedizione del 15 % nel primo semestre.",
])
def test_a_reply_in_another_language_gives_the_story_its_result(reply):
    assert "result" not in analyse_answer(STORY).star
    assert "result" in analyse_answer(f"{STORY}\n\n{reply}").star
    question = "Tell me about a time you reduced a cost in your work. What did you do, and what was the outcome?"
    missing = score_answer(question, f"{STORY}\n\n(Follow-up: What was the outcome?)\n{reply}").missing
    assert not any(m.startswith("The result") for m in missing), missing


def test_a_german_answer_states_its_result():
    answer = ("2022 habe ich die Reisekostenabrechnung auf ein neues Formular umgestellt. Die Bearbeitungszeit ist "
              "dadurch um ein Drittel gesunken.")
    assert "result" in analyse_answer(answer).star


def test_a_plain_statement_is_no_result():
    assert "result" not in analyse_answer("Ich arbeite seit 2019 in der Buchhaltung eines Logistikunternehmens.").star
