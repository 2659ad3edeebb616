"""The first question's wait (newcomer 26: a long CV left the Interview page blank for seconds): a line says the
question is being prepared, and it never stays once the question is written or could not be written.

AppTest, the offline coach, a database file per test.
"""

from __future__ import annotations

from core.interview import InterviewEngine
from tests.app_start import start_interview

PREPARING = "Preparing your first question"


def _captions(at) -> list[str]:
    return [c.value for c in at.caption]


def test_the_first_question_replaces_the_preparing_line(db_path, fresh_app_cache):
    at, _sid = start_interview(count=3)
    assert not any(PREPARING in c for c in _captions(at)), _captions(at)
    questions = [m for m in at.chat_message if m.name == "assistant"]
    assert questions and questions[-1].markdown, "the first question is on the page"


def test_a_first_question_that_fails_leaves_a_sentence_not_the_preparing_line(db_path, fresh_app_cache,
                                                                              monkeypatch):
    def down(self, chains, session_id):
        raise RuntimeError("the planner failed")
        yield  # a generator, like the real one

    monkeypatch.setattr(InterviewEngine, "stream_next", down)
    at, _sid = start_interview(count=3)
    assert not any(PREPARING in c for c in _captions(at)), _captions(at)
    assert any("Question 1 could not be written" in e.value for e in at.error), [e.value for e in at.error]
