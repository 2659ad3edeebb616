"""The report's words follow the judgement: an answer about something else, in any language the interview accepts, is
named as such in the Weaknesses line, never "it lacked more detail: the answer is very short" (session 25, judge25:
rc24 r3 Q3, a French holiday story told to a question on three urgent tasks). Made-up text."""

from __future__ import annotations

import pytest

from core.coach.report import build_report
from core.coach.score import score_answer

JOB_DE = ("Sachbearbeiter (m/w/d) Einkauf, Holzwerk Lindner GmbH, Kassel. Ihre Aufgaben: Bestellungen, "
          "Lieferantenkontakt, Terminverfolgung. Ihr Profil: kaufmännische Ausbildung, Erfahrung im Einkauf.")
CV_DE = ("Lebenslauf. Sabine Keller, Kassel. Berufserfahrung: 2019 bis heute Sachbearbeiterin Einkauf, "
         "Metallbau Roth, Kassel. Bestellungen, Lieferantenbewertung. Ausbildung: Industriekauffrau, 2018.")
CASES = [
    ("How would you prioritise your work when two deadlines clash on the same day?",
     "Im Urlaub bin ich mit meinem Mann an der Ostsee gesegelt, und abends haben wir in einem kleinen Hafen Fisch gegrillt.",
     JOB_DE, CV_DE),
    ("Tell me about a time you dealt with an unhappy customer.",
     "Last weekend I went to my cousin's wedding in Devon and danced until two in the morning.",
     "Customer Adviser, Penrose Energy. Handle customer calls and complaints.", "Sales Assistant, 2021 to present."),
]


@pytest.mark.parametrize(("question", "answer", "job", "cv"), CASES)
def test_an_answer_about_something_else_is_named_so_in_the_report(question, answer, job, cv):
    s = score_answer(question, answer, job_description=job, cv_text=cv)
    assert s.relevance.score <= 2
    report = build_report([{"question": question, "answer": answer, "score": s}], job_description=job, cv_text=cv)
    line = next(w for w in report.weaknesses if w.startswith("In Q1"))
    assert "very short" not in line
    assert "question" in line
