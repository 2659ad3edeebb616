"""Session 21 re-check (issue 15): a follow-up never quotes a sentence about someone else's work as the candidate's.

Support Q2 ("How would you get up to speed on forecasting…") answered "I haven't done that. Capacity planning has
always been done by our workforce team at …, so I've never built a forecast myself." was followed up 'You said
"Capacity planning has always been done by our workforce team…". How exactly would you do that…?': the quote was
another team's work. Made-up answers of the same kind; the follow-up and a whole interview on the offline coach.
"""

from __future__ import annotations

import pytest

from core.coach.follow_up import follow_up_question, follow_up_reason
from core.coach.follow_up_told import others_work

RAMP_Q = ("How would you get up to speed on rota planning in your first months here? Your CV doesn't show that yet, "
          "so be concrete about what you'd do first.")

OTHERS = [
    "I haven't done that. Rota planning has always been done by our scheduling office at Brightwell, so I've never "
    "planned a rota myself.",
    "Not really. The budget was always handled by the finance team at Orchard Dental, so I never saw the numbers.",
    "I haven't done that. Our operations manager owned the rota at Kestrel Foods, and I just sent her the holidays.",
]


@pytest.mark.parametrize("sentence", [
    "Rota planning has always been done by our scheduling office at Brightwell",
    "The budget was always handled by the finance team at Orchard Dental",
    "Our operations manager owned the rota at Kestrel Foods",
    "My line manager took care of the supplier contracts",
    "Forecasting was the planning team's job",
])
def test_a_sentence_about_someone_elses_work_is_read_as_theirs(sentence):
    assert others_work(sentence)


@pytest.mark.parametrize("sentence", [
    "I planned the weekly rota for 18 pickers in Excel",
    "We split the forecast by channel and I owned the chat volumes",
    "The rota was done by me every Friday",
    "Our team cut the backlog from 400 to 90 tickets",
])
def test_the_candidates_own_work_is_not_someone_elses(sentence):
    assert not others_work(sentence)


@pytest.mark.parametrize("answer", OTHERS)
def test_a_follow_up_never_quotes_someone_elses_work_as_the_candidates(answer):
    reason = follow_up_reason(RAMP_Q, answer)
    assert reason is not None
    for variant in range(3):
        text = follow_up_question(reason, RAMP_Q, answer, variant=variant)
        for part in ("done by", "handled by", "owned the rota", "scheduling office", "finance team"):
            assert part not in text, text


def test_a_follow_up_still_quotes_the_candidates_own_sentence():
    answer = "I would shadow the planner. I would rebuild last month's rota in Excel from the raw hours."
    texts = [follow_up_question("too_short", RAMP_Q, answer, variant=v) for v in range(2)]
    assert any("rebuild last month's rota" in t or "shadow the planner" in t for t in texts), texts


# Session 21, de Q2: an answer in the documents' language that takes up none of the question was asked "Could you say
# a bit more?" while the report scored it off its question (2/10). Made-up German documents and answers.
LAGER_CV = ("Lagerleiter bei Nordhafen Logistik, Bremen, seit 2019. Schichtplanung für 30 Mitarbeitende, Inventur, "
            "Wareneingang und Versand. Staplerschein seit 2014, jährliche Unterweisung. SAP und Excel.")
LAGER_JOB = ("Schichtleiter Lager (m/w/d). Sie planen die Schichten, führen das Team im Wareneingang und sichern die "
             "Qualität. Staplerschein von Vorteil. Gute Deutschkenntnisse, SAP-Kenntnisse.")
LICENCE_Q = ("The role would welcome a Staplerschein (a plus here, not a must), which your CV shows. How do you keep "
             "it current, and where did it last matter in your work?")
ELSEWHERE_DE = "Das mache ich schon lange, Inventur und so. Das läuft eigentlich immer ganz gut."
ON_TOPIC_DE = "Den Staplerschein habe ich seit 2014, und jedes Jahr mache ich die Unterweisung bei der Berufsgenossenschaft."


def test_an_answer_in_the_documents_language_about_something_else_is_asked_again_as_scored():
    from core.coach.score import score_answer

    reason = follow_up_reason(LICENCE_Q, ELSEWHERE_DE, "de")
    assert reason == "non_answer"
    text = follow_up_question(reason, LICENCE_Q, ELSEWHERE_DE)
    assert "keep it current" in text and "say a bit more" not in text, text
    assert score_answer(LICENCE_Q, ELSEWHERE_DE, cv_text=LAGER_CV, job_description=LAGER_JOB).relevance.score <= 2


def test_an_answer_in_the_documents_language_that_takes_up_the_question_is_not_asked_again():
    from core.coach.score import score_answer

    assert follow_up_reason(LICENCE_Q, ON_TOPIC_DE, "de") != "non_answer"
    assert score_answer(LICENCE_Q, ON_TOPIC_DE, cv_text=LAGER_CV, job_description=LAGER_JOB).relevance.score >= 3


def test_the_chat_asks_again_what_the_report_scores_off_its_question(tmp_path, monkeypatch):
    import core.coach.turn as turn
    from core.interview import InterviewEngine
    from core.models.chains import build_chains
    from core.settings import Settings
    from core.storage import InterviewStore

    asked = iter([LICENCE_Q])
    monkeypatch.setattr(turn, "_next_planned", lambda *a, **k: next(asked))
    store = InterviewStore(str(tmp_path / "repeat21b.duckdb"))
    try:
        engine, chains = InterviewEngine(store), build_chains(Settings())
        session_id = engine.create(job_title="Schichtleiter Lager", company="", job_description=LAGER_JOB,
                                   cv_text=LAGER_CV, question_count=1)
        replies = iter([ELSEWHERE_DE, ON_TOPIC_DE])
        while list(engine.stream_next(chains, session_id)):
            engine.submit_answer(chains, session_id, next(replies))
        engine.finish(chains, session_id)
        follow_ups = [m.content for m in engine.load(session_id).messages if m.kind == "follow_up"]
        assert follow_ups and "say a bit more" not in follow_ups[0] and "keep it current" in follow_ups[0], follow_ups
    finally:
        store.close()


# Session 21, ux: the re-checker read the chat's bubbles only and saw no notice at the second telling; the notice is a
# line of its own between the answer and the next question. A story told to question 3 and again to question 4, after
# an answer about something else and "I don't know": the notice names question 3 wherever the story moved from; a story
# that fits its first question still gets the old "same answer" redirect in the same interview.
def test_each_repeated_story_gets_its_notice_late_in_an_interview(tmp_path, monkeypatch):
    from tests.test_repeat21 import (
        ALLERGEN_Q,
        DEADLINE_Q,
        DECISION_Q,
        OVERSPEND_Q,
        OVERSPEND_STORY,
        PLANT_STORY,
        TURNAROUND_Q,
        _interview,
        _said,
    )

    # (session 22: a story moves only from a question it was about something else for: the overspend story told to
    # "a tight deadline", then to the overspend question)
    answers = {1: "We moved offices last spring and I labelled all the crates for our floor, which went well.",
               2: PLANT_STORY, 3: OVERSPEND_STORY, 4: OVERSPEND_STORY, 5: PLANT_STORY}

    def reply(number: int, kind: str) -> str:
        return answers[number] if kind == "question" else "I don't know."

    messages, scores = _interview(tmp_path, monkeypatch, [ALLERGEN_Q.replace("allergen", "hygiene"), TURNAROUND_Q,
                                                          DEADLINE_Q, OVERSPEND_Q, DECISION_Q], reply)
    assert any("story you told for question 3" in n and "counts here" in n for n in _said(messages, 4, "notice"))
    assert any("same answer as for question 2" in t for t in _said(messages, 5, "follow_up"))
    assert scores[4].overall > scores[3].overall
