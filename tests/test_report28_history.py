"""History in AppTest: a job requirement whose question was asked and skipped reads "asked, skipped", never "never
probed" (session 28, rc27 F5: "IFRS: never probed in 1 session" after Q2 asked about IFRS and was skipped), and a
related degree the report evidenced is no gap at all."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest
from test_history import HISTORY, _texts
from test_progress import make_session

from core.coach.coverage import unanswered_note
from core.schemas import SKIPPED_ANSWER
from core.storage import InterviewStore


def test_history_says_a_skipped_requirement_was_asked(db_path, fresh_app_cache) -> None:
    store = InterviewStore(db_path)
    coverage = [
        {"requirement": "IFRS", "status": "not probed",
         "evidence": unanswered_note("The role asks for IFRS. Which statements have you prepared under IFRS?",
                                     SKIPPED_ANSWER)},
        {"requirement": "SOX", "status": "not probed", "evidence": ""},
        {"requirement": "Bachelor's degree in Accounting", "status": "evidenced",
         "evidence": 'Your CV shows a degree in a related field, which the job accepts: "B.A. in Economics"; '
                     "no question came to it."},
    ]
    make_session(store, job_title="Senior Accountant", company="Deloitte", coverage=coverage)
    store.close()
    at = AppTest.from_file(HISTORY, default_timeout=30)
    at.run()
    assert not at.exception, at.exception
    text = _texts(at)
    assert "IFRS: asked, skipped in 1 session" in text, text
    assert "IFRS: never probed" not in text
    assert "SOX: never probed in 1 session" in text
    assert "Bachelor's degree in Accounting:" not in text
