"""A skip typed in the chat box is the Skip button's skip (session 27, rc26 N2: "skip this one" moved on silently,
was scored 1/10 and counted in "6 of 6 questions scored").

The reader (:func:`core.coach.declines.skip_request`) in each language the coach reads, and what is not a skip; the
engine storing it as the button does; the whole path in AppTest: the chat's short line back, the report's "skipped",
the overall left as the answered questions make it, and a resumed tab showing the same."""

from __future__ import annotations

import pytest

from core.coach.declines import SKIP_SAID, skip_request, skip_said
from core.schemas import SKIPPED_ANSWER
from core.storage import InterviewStore
from tests.test_app_flow import (
    GOOD,
    GOOD_MORE,
    SHORT,
    _messages,
    _shown_message,
    _texts,
    answer,
    fixed_session_ids,  # noqa: F401 - autouse: ids, so the plans, are the same on every run
    kinds,
    new_app,
    report_follows_scores,
    start_sample_interview,
)

SKIPS = [
    ("skip this one", "en"), ("Skip me please, I'd rather not answer that one.", "en"), ("next question please", "en"),
    ("pass", "en"), ("Pass.", "en"), ("can we move on?", "en"), ("I'd prefer not to answer this.", "en"),
    ("No comment.", "en"), ("Sorry, can we skip this question?", "en"),
    ("ich möchte das überspringen", "de"), ("Lieber nicht, nächste Frage bitte.", "de"),
    ("Können wir bitte weitermachen?", "de"),
    ("passons", "fr"), ("Je préfère ne pas répondre.", "fr"), ("On peut passer à la question suivante ?", "fr"),
    ("siguiente pregunta", "es"), ("Prefiero no contestar a esta.", "es"), ("Paso, gracias.", "es"),
    ("Preferisco non rispondere.", "it"), ("Saltiamo questa domanda, per favore.", "it"),
    ("Prefiro não responder.", "pt"), ("Podemos passar à próxima pergunta?", "pt"),
]
NOT_SKIPS = [
    "I'd rather not say my salary, but I'd expect around 45k given the London market.",
    "I'd rather not name the client, but I rebuilt their onboarding and cut churn by a third.",
    "I don't know.", "Ich weiß es nicht.", "Je ne sais pas.", "No idea, sorry.",
    "I'd rather not say, it depends.",  # evasive: scored as an answer (bench/interviewer_personas.py)
    "Weiter so!",  # "keep it up": praise, not "weiter" (go on)
    "I haven't done that, but I would start by asking the team lead what broke last time.",
    "I haven't done that.",
    "I skip the small talk and open with the customer's last order.",
    "Next, I would call the customer back and agree a date.",
    "I would move on to the next supplier if they were late twice.",
    "En ese paso revisé los datos del cliente con mi jefa.",
    "Passo a passo, ho risolto il problema con il fornitore.",
    "Yes, I have a license.", "Fine.",
]


@pytest.mark.parametrize(("text", "lang"), SKIPS)
def test_a_typed_skip_is_read_in_its_language(text, lang):
    assert skip_request(text) == lang


@pytest.mark.parametrize("text", NOT_SKIPS)
def test_a_decline_that_answers_and_a_non_answer_are_not_skips(text):
    assert skip_request(text) == ""


def test_the_line_back_is_short_kind_varied_and_in_the_language_asked():
    for lang, lines in SKIP_SAID.items():
        assert len(set(lines)) == len(lines) >= 3
        assert {skip_said(lang, n) for n in range(len(lines))} == set(lines)
        for line in lines:
            assert len(line.split()) <= 8 and not any(w in line.lower() for w in ("great", "good", "excellent"))
    assert skip_said("de", 0) in SKIP_SAID["de"] and skip_said("xx", 0) == SKIP_SAID["en"][0]


def test_a_typed_skip_is_stored_as_the_buttons_skip_and_a_follow_up_skip_keeps_the_answer(app, db_path):
    stored = InterviewStore(db_path)
    session_id = start_sample_interview(app, setup_count=3)
    answer(app, SHORT)  # a very short answer: the coach asks a follow-up
    assert kinds(stored, session_id)[-1] == ("follow_up", 1)
    answer(app, "Pass, please.")  # the follow-up only is skipped: the first answer keeps its score
    rows = stored.list_messages(session_id)
    skip = [m for m in rows if m.kind == "skip"]
    assert [(m.question_no, m.content) for m in skip] == [(1, SKIPPED_ANSWER)]
    assert skip[0].meta["typed"] == "Pass, please." and skip[0].meta["said"] in SKIP_SAID["en"]
    assert kinds(stored, session_id)[-1] == ("question", 2)

    answer(app, "ich möchte das überspringen")  # question 2: the question itself is skipped
    skip = [m for m in stored.list_messages(session_id) if m.kind == "skip"]
    assert [m.question_no for m in skip] == [1, 2] and skip[1].meta["said"] in SKIP_SAID["de"]
    shown = _texts(app)
    assert skip[1].meta["said"] in shown and "ich möchte das überspringen" in shown
    assert kinds(stored, session_id)[-1] == ("question", 3)
    answer(app, GOOD)
    if kinds(stored, session_id)[-1] == ("follow_up", 3):
        answer(app, GOOD_MORE[0])
    assert stored.get_session(session_id).status == "completed"
    app.switch_page("pages/feedback.py").run()
    assert not app.exception, app.exception
    assert not app.exception, app.exception
    report_follows_scores(stored, session_id, {1, 3})  # the overall is the answered questions' alone
    assert [r.answer for r in stored.list_answer_scores(session_id) if r.question_no == 1] == [SHORT]
    labels = [e.label for e in app.main.expander if e.label.startswith("Q")]
    assert labels[1].startswith("Q2 · skipped"), labels
    text = _texts(app)
    assert "2 of 3 questions scored" in text and "You skipped Q2." in text
    assert "Q2" not in next((ln for ln in text.splitlines() if "asked first" in ln), "")


def test_a_resumed_tab_shows_the_typed_skip_and_the_line_back(db_path, fresh_app_cache):
    first = new_app()
    first.run()
    session_id = start_sample_interview(first, setup_count=4, setup_follow_ups=False)
    answer(first, "skip this one")
    before = [_shown_message(m) for m in _messages(first)]
    said = [m for m in InterviewStore(db_path).list_messages(session_id) if m.kind == "skip"][0].meta["said"]
    assert said in SKIP_SAID["en"] and any(said in b for b in before) and any("skip this one" in b for b in before)
    del first

    second = new_app()
    second.query_params["session"] = session_id
    second.switch_page("pages/interview.py")
    second.run()
    assert not second.exception
    assert [_shown_message(m) for m in _messages(second)] == before
    assert InterviewStore(db_path).list_answer_scores(session_id) == []  # nothing scored for a skip


def _state(rows):
    from datetime import datetime

    from core.interview.state import build_state
    from core.storage import MessageRow, SessionRow

    now = datetime(2026, 12, 2, 12, 0)
    session = SessionRow(id="m1", created_at=now, updated_at=now, job_title="Analyst", company="", job_description="",
                         cv_text="", cv_filename=None, settings={"question_count": 3}, status="in_progress", model=None,
                         overall_score=None, completed_at=None, owner=None)
    return build_state(session, [MessageRow(seq=i, role="interviewer" if k in ("question", "follow_up") else "candidate",
                                            content=c, kind=k, question_no=n, created_at=now, model="m",
                                            latency_ms=None, tokens_in=None, tokens_out=None)
                                 for i, (k, c, n) in enumerate(rows)])


def test_the_moved_on_sentence_says_what_happened():
    from core.interview.answering import moved_on

    follow = _state([("question", "Tell me about a project.", 1), ("answer", "I built a dashboard.", 1),
                     ("follow_up", "What was the result?", 1), ("answer", "Sales rose 10%.", 1),
                     ("question", "Why this role?", 2)])
    assert moved_on(follow, 2, "Sales rose 10%.") == ("Your answer to that follow-up was already sent; the interview "
                                                      "is now at question 2 of 3.")
    said = moved_on(follow, 2, "Something else.")
    assert said.startswith("That follow-up was already answered from another tab or window") and "question 2" in said
    skipped = _state([("question", "Tell me about a project.", 1), ("skip", SKIPPED_ANSWER, 1),
                      ("question", "Why this role?", 2), ("answer", "I like data.", 2),
                      ("follow_up", "What about this role?", 2)])
    said = moved_on(skipped, 0)
    assert said.startswith("That question was already skipped") and "the follow-up to question 2 of 3" in said
    assert moved_on(skipped, 99).startswith("This interview has moved on since this page showed that question")
    assert all("in another tab (" not in s for s in (said, moved_on(follow, 2, "x")))
