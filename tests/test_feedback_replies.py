"""Feedback: each reply of a question under its own text with its own delivery line ("Typed · N words ·
…" or "Spoken · …"): the answer, the follow-up's answer and the latest retry; none for a skipped question
or a skipped follow-up. The line used to be drawn once per question under the answer and its follow-up
answer run together, and never under a retry. A real DuckDB file, the offline coach, the app through AppTest."""

from __future__ import annotations

from html import unescape

from core.interview import InterviewEngine
from core.models.chains import build_chains
from core.schemas import DIMENSIONS
from core.settings import Settings
from core.storage import InterviewStore
from core.words import count_words
from tests.app_start import open_feedback

SPOKEN = {"spoken": True, "duration_s": 41.0, "wpm": 152.0, "wpm_range": [130, 170], "filler_count": 0,
          "filler_rate": 0.0, "word_count": 104, "long_pauses": [], "note": "A comfortable pace."}
FOLLOW_UP_ANSWER = "Um, I basically measured it, like, every week."  # 3 filler words
RETRY = "I set a weekly check of the p95 latency and cut it from 900 ms to 210 ms in one month."
TYPED_MAIN = "I wrote the ingestion service in Python with FastAPI and pytest."


def _score(overall: int) -> dict:
    return {**{d: {"score": 3, "evidence": f"{d} evidence"} for d in DIMENSIONS}, "missing": [],
            "stronger_answer": "", "overall": overall}


def _finished(db_path: str) -> str:
    store = InterviewStore(db_path)
    try:
        engine = InterviewEngine(store)
        sid = engine.create(job_title="Backend Engineer", company="Acme", job_description="Python.",
                            cv_text="Python.", question_count=3)
        add = store.add_message
        add(sid, "interviewer", "Tell me about a slow service.", kind="question", question_no=1)
        add(sid, "candidate", "I profiled the payments API and batched its queries.", kind="answer", question_no=1,
            meta={"input": "voice", "delivery": SPOKEN})
        add(sid, "interviewer", "How did you know it worked?", kind="follow_up", question_no=1)
        add(sid, "candidate", FOLLOW_UP_ANSWER, kind="answer", question_no=1)
        add(sid, "interviewer", "Why this company?", kind="question", question_no=2)
        add(sid, "candidate", "(skipped)", kind="skip", question_no=2)
        add(sid, "interviewer", "Which languages do you use?", kind="question", question_no=3)
        add(sid, "candidate", TYPED_MAIN, kind="answer", question_no=3)
        add(sid, "interviewer", "Which framework?", kind="follow_up", question_no=3)
        add(sid, "candidate", "(skipped)", kind="skip", question_no=3)
        store.save_answer_score(sid, 1, "Tell me about a slow service.", "both replies", _score(6))
        store.save_answer_score(sid, 1, "Tell me about a slow service.", RETRY, _score(8), attempt=2)
        store.save_answer_score(sid, 3, "Which languages do you use?", TYPED_MAIN, _score(5))
        assert engine.finish(build_chains(Settings()), sid) is not None
        return sid
    finally:
        store.close()


def _shown(expander) -> list[str]:
    """The card's Markdown and captions in page order, each as plain text."""
    return [unescape(e.value).replace("\\", "") for e in expander
            if getattr(e, "type", None) in ("markdown", "caption")]


def test_each_reply_has_its_own_delivery_line_under_its_own_text(db_path, fresh_app_cache):
    session_id = _finished(db_path)
    at = open_feedback(session_id)
    cards = {e.label.split(" ·")[0]: _shown(e) for e in at.main.expander if e.label.startswith("Q")}

    one = cards["Q1"]
    lines = [i for i, text in enumerate(one) if "Typed ·" in text or "Spoken ·" in text]
    assert len(lines) == 3, one  # the answer, the follow-up answer, the retry
    spoken, follow_up, retry = (one[i] for i in lines)
    assert "Spoken · 41 s" in spoken and "I profiled the payments API" in one[lines[0] - 1]
    assert f"Typed · {count_words(FOLLOW_UP_ANSWER)} words · 3 filler words" in follow_up and FOLLOW_UP_ANSWER in one[lines[1] - 1]
    assert "How did you know it worked?" in one[lines[1] - 2]  # the follow-up question, above its answer
    assert f"Typed · {count_words(RETRY)} words · no filler words" in retry and RETRY in one[lines[2] - 1]

    assert not any("Typed ·" in t or "Spoken ·" in t for t in cards["Q2"]), cards["Q2"]  # skipped: no line
    three = [t for t in cards["Q3"] if "Typed ·" in t or "Spoken ·" in t]
    assert three == [next(t for t in cards["Q3"] if f"Typed · {count_words(TYPED_MAIN)} words" in t)], cards["Q3"]  # not the skipped follow-up
