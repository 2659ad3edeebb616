"""A whole interview on the offline coach with scripted questions and answers, through the engine the pages call: the
shared runner of the session-21 flow tests (tests/test_follow21.py, tests/test_followoff21.py, tests/test_repeat21.py)."""

from __future__ import annotations


def run_interview(tmp_path, monkeypatch, questions: list[str], reply, inspect=None, **create):
    """``questions`` asked in order, ``reply(number, kind)`` the candidate's answer to question ``number``'s question
    ("question") or follow-up ("follow_up"); ``create`` the session's settings (job_title, job_description, style,
    follow_ups…, as :meth:`core.interview.InterviewEngine.create` takes them); ``inspect(store, session_id)``, when
    given, reads the store once the interview is finished (the export, History's rows). Returns (messages, scores by
    question number), on a real DuckDB file under ``tmp_path``."""
    import core.coach.turn as turn
    from core.interview import InterviewEngine
    from core.models.chains import build_chains
    from core.settings import Settings
    from core.storage import InterviewStore

    monkeypatch.setattr(turn, "_next_planned", lambda settings, args, number, *a, **k: questions[number - 1])
    store = InterviewStore(str(tmp_path / "scripted.duckdb"))
    try:
        engine, chains = InterviewEngine(store), build_chains(Settings())
        settings = {"job_title": "Warehouse Operative", "company": "", "job_description": "", "cv_text": "", **create}
        session_id = engine.create(question_count=len(questions), **settings)
        while list(engine.stream_next(chains, session_id)):
            last = engine.load(session_id).messages[-1]
            engine.submit_answer(chains, session_id, reply(last.question_no, last.kind))
        engine.finish(chains, session_id)
        if inspect is not None:
            inspect(store, session_id)
        return engine.load(session_id).messages, {r.question_no: r for r in store.list_answer_scores(session_id)}
    finally:
        store.close()
