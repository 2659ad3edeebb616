"""Blame said outright counts against ownership in every language the app reads and is never a strength or the
answer's reasoning; an outcome told in words is never asked for (session 26, judge26: a German answer blaming others
scored 7/10 with its excuse read as reasoning, "it was my colleague's fault, not mine" was listed as a strength, and
"You haven't told me the outcome" followed "in the end the parents agreed"). Made-up text."""

from __future__ import annotations

import pytest

from core.analysis.text import sentences
from core.coach.blame import GAP, disowned, outright_excuse
from core.coach.follow_up import follow_up_question, follow_up_reason
from core.coach.follow_up_told import told_outcome
from core.coach.pressure import styled_reason, tough_follow_up
from core.coach.report import build_report
from core.coach.score import score_answer

BLAME = [
    ("en", "Tell me about a time you missed a deadline.",
     "The quarterly pack went out two days late in June. It was the data team's fault, not mine: they sent the extract "
     "late. I had my slides ready on time and my manager liked the new charts."),
    ("de", "Erzählen Sie von einem Fehler bei der Arbeit.",
     "Die Rechnungen gingen im Mai mit falschen Preisen raus, aber das war nicht meine Schuld. Meine Kollegin hat die "
     "alte Preisliste ins System geladen, und die IT hat den Fehler nie bemerkt. Ich habe alles pünktlich verschickt."),
    ("fr", "Parlez-moi d'un retard sur un projet.",
     "Le projet a pris trois semaines de retard, mais ce n'était pas ma faute. Le fournisseur a livré les pièces en "
     "retard et mon responsable ne nous a jamais prévenus du changement de date."),
    ("es", "Cuénteme de un error con las facturas en su trabajo.",
     "Las facturas salieron con precios equivocados en mayo, pero no fue culpa mía. Mi compañera cargó la lista de "
     "precios antigua y el departamento de sistemas nunca lo detectó."),
    ("it", "Mi racconti di un errore sul lavoro.",
     "Le fatture sono partite con i prezzi sbagliati a maggio, ma non è stata colpa mia. La mia collega ha caricato il "
     "listino vecchio e l'ufficio IT non se n'è mai accorto."),
]


@pytest.mark.parametrize("lang,question,answer", BLAME, ids=[b[0] for b in BLAME])
def test_an_excuse_said_outright_counts_against_ownership(lang: str, question: str, answer: str) -> None:
    score = score_answer(question, answer)
    assert score.overall <= 5
    assert score.relevance.score <= 3
    assert GAP in score.missing
    assert not (score.depth.evidence.startswith("Reasoning shown") and "fault" in score.depth.evidence)
    report = build_report([{"question": question, "answer": answer, "score": score}])
    assert not any(outright_excuse(s.split(": ", 1)[-1]) for s in report.strengths)
    # the stronger answer never files the excuse as the candidate's act
    assert "Action: [what you did yourself" in score.stronger_answer
    reason = follow_up_reason(question, answer, lang if lang != "en" else "")
    assert reason == "own_part"


def test_an_excuse_is_never_quoted_as_a_strength_nor_as_reasoning() -> None:
    question = "Tell me about a time you received critical feedback."
    answer = ("My manager said my weekly rota was wrong twice. It was my colleague's fault, not mine, because she "
              "changed the shifts without telling me. I always check my work and I'm very organised, so I told him.")
    score = score_answer(question, answer)
    assert "colleague's fault" not in score.depth.evidence
    report = build_report([{"question": question, "answer": answer, "score": score}])
    assert not any("fault" in s for s in report.strengths)


def test_a_fault_owned_is_not_held() -> None:
    question = "Tell me about a mistake you made at work."
    answer = ("In May I loaded last year's price list, so forty invoices went out wrong. It was my mistake: I hadn't "
              "checked the file date. I told my manager that morning, reissued every invoice by noon and now I check "
              "the date on every import.")
    assert disowned(answer) == []
    score = score_answer(question, answer)
    assert GAP not in score.missing
    assert score.overall >= 6


@pytest.mark.parametrize("sentence,said", [
    ("It was my colleague's fault, not mine.", True),
    ("Das war nicht meine Schuld.", True),
    ("Ce n'était pas ma faute.", True),
    ("No fue culpa mía.", True),
    ("Não foi culpa minha.", True),
    ("It was my fault, and I put it right.", False),
    ("I rang the supplier the same day.", False),
])
def test_outright_excuse(sentence: str, said: bool) -> None:
    assert outright_excuse(sentence) is said


OUTCOMES = [
    "Eventually the parents agreed to the plan.",
    "The board approved it in March.",
    "She withdrew the complaint and thanked the team.",
    "The paramedics took over and he made a full recovery.",
    "The inspectors found nothing to fix this time.",
    "She stayed with us and left a five-star review.",
    "In the end the parents agreed.",
    "We passed the audit.",
    "Sales rose 12%.",
]


@pytest.mark.parametrize("ending", OUTCOMES)
def test_an_outcome_told_in_words_is_never_asked_for(ending: str) -> None:
    question = "Tell me about a time you handled a difficult situation at work."
    answer = ("Last year a tenant complained that a repair had been booked three times and never done. I went to the "
              "flat myself, saw the damp and booked our own plumber for the next morning. " + ending)
    reason = follow_up_reason(question, answer)
    assert reason != "no_result"
    tough = styled_reason(question, answer, reason, "tough")
    if tough and tough not in {"non_answer", "vague", "off_point"}:
        assert not tough_follow_up(tough, question, follow_up_question(tough, question, answer)).startswith(
            "You haven't told me the outcome")


@pytest.mark.parametrize("ending", [
    "I also asked the contractor's manager why the earlier visits had been missed.",
    "We agreed that I would call her every week.",
    "My manager was happy for me to take it on.",
])
def test_a_story_without_an_outcome_is_still_asked_for_one(ending: str) -> None:
    answer = ("Last year a tenant complained that a repair had been booked three times and never done. I went to the "
              "flat myself, saw the damp and booked our own plumber for the next morning. " + ending)
    assert not told_outcome(sentences(answer))
    assert follow_up_reason("Tell me about a time you resolved a complaint.", answer) == "no_result"
