"""Exports stay byte-identical: the JSON, Markdown and CSV of a fixed session match files written
by the code before the store returned typed rows, rewritten once for issue 17 point 5 (each answer next to
its scores, retries, the report's next steps) and for session 22 (the chat's notices in the Markdown), with ``python -m
tests.export_seed tests/data/export_golden``."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.storage import InterviewStore, MessageRow, ReportRow, ScoreRow, SessionRow
from tests.export_seed import SESSION_ID, exports, seed

GOLDEN = Path(__file__).parent / "data" / "export_golden"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("golden") / "golden.duckdb")
    seed(path)
    return path


@pytest.mark.parametrize("name", ["session.json", "session.md", "sessions.csv"])
def test_export_is_byte_identical(seeded: str, name: str) -> None:
    produced = exports(seeded)[name].encode("utf-8")
    assert produced == (GOLDEN / name).read_bytes()


def test_store_returns_typed_rows(seeded: str) -> None:
    store = InterviewStore(seeded)
    try:
        session = store.get_session(SESSION_ID)
        assert isinstance(session, SessionRow) and session.settings["focus"] == ["SQL"]
        messages = store.list_messages(SESSION_ID)
        assert all(isinstance(m, MessageRow) for m in messages)
        assert [m.kind for m in messages] == ["question", "answer", "follow_up", "answer", "notice", "question", "skip"]
        scores = store.list_answer_scores(SESSION_ID, attempt=None)
        assert [(type(r), r.question_no, r.attempt) for r in scores] == [(ScoreRow, 1, 1), (ScoreRow, 1, 2),
                                                                         (ScoreRow, 2, 1)]
        assert scores[0].score["relevance"]["score"] == scores[0].relevance == 3
        assert scores[0].missing == ["a metric", "the result | impact"]
        report = store.get_report(SESSION_ID)
        assert isinstance(report, ReportRow) and report.coverage[0]["requirement"] == "SQL"
        with pytest.raises(AttributeError):
            session.status = "abandoned"  # frozen: a row read is a snapshot
    finally:
        store.close()
