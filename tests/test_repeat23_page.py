"""Session 23 (issue 15, newcomer nc23 item 5, events run): what the interviewer says after the last answer is shown.

The last question's follow-up reply told again the story of question 2. The chat stored its notice ("That reply is
the same answer as for question 2, so it counts there…"), but the page went straight to Feedback once the report was
ready, so the candidate never read it: the report's Q4 1/10 came without a word. Now the Interview page stays on the
finished interview when its last turn drew a notice, shows it above "See the feedback", and goes on from there. An
interview ending without one still goes straight to Feedback. Made-up text.
"""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from core.interview import InterviewEngine
from core.models.chains import build_chains
from core.settings import Settings
from core.storage import InterviewStore
from tests.app_start import open_interview

QUESTIONS = [
    "Tell me about a time you had to win over a supplier who was letting you down.",
    "Tell me about a time you kept a project inside a tight budget. How did you keep control of costs?",
]
STORY = ("At the Harbour Hotel our linen supplier was late three weeks running. I pulled the delivery log, showed "
         "their account manager the missed times, and agreed a penalty clause and an earlier van. Deliveries were on "
         "time for the next six months and we saved 900 pounds in rush orders.")


def _at_last_reply(db_path: str, monkeypatch) -> str:
    """An interview of :data:`QUESTIONS` whose last question was answered "I don't know." and is followed up: the
    session id, the follow-up waiting for its reply."""
    import core.coach.turn as turn

    monkeypatch.setattr(turn, "_next_planned", lambda settings, args, number, *a, **k: QUESTIONS[number - 1])
    store = InterviewStore(db_path)
    engine, chains = InterviewEngine(store), build_chains(Settings())
    session_id = engine.create(question_count=len(QUESTIONS), job_title="Events Coordinator", company="",
                               job_description="", cv_text="")
    answers = iter([STORY, "I don't know."])
    while list(engine.stream_next(chains, session_id)):
        last = engine.load(session_id).messages[-1]
        if last.question_no == len(QUESTIONS) and last.kind == "follow_up":
            return session_id
        if last.kind == "follow_up":
            engine.submit_answer(chains, session_id, "We paid them on time as well, which helped.")
            continue
        engine.submit_answer(chains, session_id, next(answers))
    raise AssertionError("the last question was not followed up")


def _page_text(at: AppTest) -> str:
    parts = [*(e.value for e in at.markdown), *(e.value for e in at.caption), *(e.value for e in at.info),
             *(e.value for e in at.success)]
    return "\n".join(str(p) for p in parts)


def test_a_notice_after_the_last_reply_is_shown_before_the_feedback(db_path, fresh_app_cache, monkeypatch):
    session_id = _at_last_reply(db_path, monkeypatch)
    at = open_interview(session_id)
    at.chat_input(key="answer_input").set_value(STORY).run()
    assert not at.exception, at.exception
    shown = _page_text(at)
    assert "same answer as for question 1" in shown, shown
    assert "next question" not in shown.split("same answer as for question 1")[1][:200], shown
    assert at.button(key="interview_to_feedback"), "no way on to the feedback"
    assert InterviewStore(db_path).get_session(session_id).status == "completed"  # the report is ready
