"""Session 29 (re-check rc28, m1/m8): what the offline coach reads of a French or German answer is said truly.

The README said skips were read "in any of the six languages the coach reads", and the chat then told a French answer
"the offline coach cannot read French". The coach reads English and Spanish whole and French, German, Italian and
Portuguese in part (a skip, "I don't know", figures and results); the chat's notice, the relevance evidence, the model
answer's lead and the report's note now say that, and the README says the same. Answers written by the team.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.analysis.language import ANALYSED_LANGUAGES, PARTLY_READ_LANGUAGES
from core.coach.language_note import language_notice
from core.coach.report import build_report
from core.coach.score import score_answer

QUESTION = "Tell me about a time you handled a difficult customer."
ANSWERS = {
    "fr": ("L'année dernière, un client était très en colère parce que sa commande avait trois semaines de retard. Je "
           "l'ai écouté, je me suis excusée et j'ai trouvé un autre fournisseur. La commande est arrivée en deux jours "
           "et il a renouvelé son contrat pour 12 000 euros."),
    "de": ("Letztes Jahr war ein Kunde sehr verärgert, weil seine Bestellung drei Wochen zu spät war. Ich habe ihm "
           "zugehört, mich entschuldigt und einen anderen Lieferanten gefunden. Die Ware kam nach zwei Tagen an und er "
           "hat seinen Vertrag über 12.000 Euro verlängert."),
}


@pytest.mark.parametrize("lang", sorted(ANSWERS))
def test_the_chat_says_the_coach_reads_part_of_it(lang: str) -> None:
    notice = language_notice(QUESTION, ANSWERS[lang])
    assert "reads only part of an answer in" in notice and "figures and results" in notice, notice
    assert "cannot read" not in notice


@pytest.mark.parametrize("lang", sorted(ANSWERS))
def test_the_score_and_the_report_say_the_same(lang: str) -> None:
    score = score_answer(QUESTION, ANSWERS[lang])
    assert "reads only in part" in score.relevance.evidence, score.relevance.evidence
    assert "does not read" not in score.relevance.evidence
    report = build_report([{"question": QUESTION, "answer": ANSWERS[lang], "score": score}])
    assert "reads only in part" in report.language_note, report.language_note
    assert "does not analyse" not in report.language_note


def test_a_language_read_in_no_part_is_still_said_unread() -> None:
    answer = "去年有一位客户非常生气，因为他的订单晚了三个星期。我认真听他说，向他道歉，并找到了另一家供应商。两天后货物到了，他续签了合同。"
    notice = language_notice(QUESTION, answer)
    assert "cannot read" in notice and "only part" not in notice


def test_the_readme_names_the_languages_it_reads_and_how_much() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "six languages the coach reads" not in readme
    names = [*ANALYSED_LANGUAGES.values(), *PARTLY_READ_LANGUAGES.values()]
    assert all(name in readme for name in names)
    assert "reads only a skip" in readme
