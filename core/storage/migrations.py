"""The database schema as numbered migrations, each applied once and recorded in ``schema_migrations``.

Add a change as a new function ``_m00N_name`` and one entry at the end of :data:`MIGRATIONS`;
never edit an applied one. :func:`apply_migrations` runs those not yet recorded, each in its own
transaction, so a failed migration leaves the database as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

import duckdb

logger = logging.getLogger(__name__)

# Message kinds that open a turn: at most one of each per question number in a session (migration 4).
TURN_KINDS = ("question", "follow_up")


def now_utc() -> datetime:
    """Now in UTC without a zone: how every TIMESTAMP column is stored."""
    return datetime.now(UTC).replace(tzinfo=None)


def _m001_initial(cur: duckdb.DuckDBPyConnection) -> None:
    cur.execute(
        """
        CREATE TABLE sessions (
            id VARCHAR PRIMARY KEY,
            created_at TIMESTAMP NOT NULL,
            updated_at TIMESTAMP NOT NULL,
            job_title VARCHAR NOT NULL DEFAULT '',
            company VARCHAR NOT NULL DEFAULT '',
            job_description VARCHAR NOT NULL DEFAULT '',
            cv_text VARCHAR NOT NULL DEFAULT '',
            cv_filename VARCHAR,
            settings JSON,
            status VARCHAR NOT NULL DEFAULT 'setup',
            model VARCHAR,
            overall_score DOUBLE,
            completed_at TIMESTAMP
        )
        """
    )
    cur.execute(
        """
        CREATE TABLE messages (
            session_id VARCHAR NOT NULL,
            seq INTEGER NOT NULL,
            role VARCHAR NOT NULL,
            content VARCHAR NOT NULL,
            created_at TIMESTAMP NOT NULL,
            model VARCHAR,
            latency_ms INTEGER,
            tokens_in INTEGER,
            tokens_out INTEGER,
            PRIMARY KEY (session_id, seq)
        )
        """
    )
    cur.execute(
        """
        CREATE TABLE answer_scores (
            session_id VARCHAR NOT NULL,
            question_no INTEGER NOT NULL,
            question VARCHAR NOT NULL,
            answer VARCHAR NOT NULL,
            relevance INTEGER, structure INTEGER, specificity INTEGER, depth INTEGER,
            communication INTEGER,
            overall INTEGER,
            evidence JSON,
            missing JSON,
            stronger_answer VARCHAR,
            model VARCHAR,
            created_at TIMESTAMP NOT NULL,
            attempt INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (session_id, question_no, attempt)
        )
        """
    )
    cur.execute(
        """
        CREATE TABLE reports (
            session_id VARCHAR PRIMARY KEY,
            overall INTEGER NOT NULL,
            dimension_scores JSON,
            summary VARCHAR,
            strengths JSON,
            weaknesses JSON,
            cv_tips JSON,
            coverage JSON,
            model VARCHAR,
            created_at TIMESTAMP NOT NULL
        )
        """
    )
    cur.execute("CREATE INDEX sessions_created ON sessions (created_at)")


def _m002_message_meta(cur: duckdb.DuckDBPyConnection) -> None:
    """Messages know what they are (question, follow-up, answer, skip, notice) and which question."""
    cur.execute("ALTER TABLE messages ADD COLUMN kind VARCHAR")
    cur.execute("ALTER TABLE messages ADD COLUMN question_no INTEGER")


def _m003_owner(cur: duckdb.DuckDBPyConnection) -> None:
    """Sessions belong to a signed-in user when sign-in is configured (NULL otherwise)."""
    cur.execute("ALTER TABLE sessions ADD COLUMN owner VARCHAR")
    cur.execute("CREATE INDEX sessions_owner ON sessions (owner)")


def _m004_one_turn_each(cur: duckdb.DuckDBPyConnection) -> None:
    """The database refuses a second question (or follow-up) with the same number in a session.

    ``turn_key`` is ``'question:3'`` / ``'follow_up:3'`` on the messages that open a turn and NULL
    on the others (DuckDB lets NULLs repeat under a unique index). Copies stored before this
    migration keep a NULL key, so no existing row is lost; only the first of each copy is keyed.
    """
    # DuckDB cannot index a column updated in the same transaction: rebuild the table instead.
    cur.execute("ALTER TABLE messages RENAME TO messages_before_m004")
    cur.execute(
        """
        CREATE TABLE messages (
            session_id VARCHAR NOT NULL,
            seq INTEGER NOT NULL,
            role VARCHAR NOT NULL,
            content VARCHAR NOT NULL,
            created_at TIMESTAMP NOT NULL,
            model VARCHAR,
            latency_ms INTEGER,
            tokens_in INTEGER,
            tokens_out INTEGER,
            kind VARCHAR,
            question_no INTEGER,
            turn_key VARCHAR,
            PRIMARY KEY (session_id, seq)
        )
        """
    )
    cur.execute(
        "INSERT INTO messages SELECT session_id, seq, role, content, created_at, model, latency_ms, tokens_in, "
        "tokens_out, kind, question_no, CASE WHEN kind IN ('question', 'follow_up') AND question_no IS NOT NULL "
        "AND row_number() OVER (PARTITION BY session_id, kind, question_no ORDER BY seq) = 1 "
        "THEN kind || ':' || question_no END FROM messages_before_m004"
    )
    cur.execute("DROP TABLE messages_before_m004")
    cur.execute("CREATE UNIQUE INDEX messages_one_turn ON messages (session_id, turn_key)")


def _m005_report_guidance(cur: duckdb.DuckDBPyConnection) -> None:
    """Reports keep the three next steps and the coach's notes (what it judges; a language it cannot analyse)."""
    cur.execute("ALTER TABLE reports ADD COLUMN next_steps JSON")
    cur.execute("ALTER TABLE reports ADD COLUMN scope_note VARCHAR")
    cur.execute("ALTER TABLE reports ADD COLUMN language_note VARCHAR")


def _m006_no_score_without_answers(cur: duckdb.DuckDBPyConnection) -> None:
    """A session with no scored answer has no overall score (NULL), not the lowest one (issue 17).

    Reports may now hold a NULL overall; reports and sessions stored earlier with no scored
    answer (first attempts) lose the 1/10 they were given, so they leave charts and averages.
    """
    cur.execute("ALTER TABLE reports ALTER COLUMN overall DROP NOT NULL")
    unscored = "SELECT session_id FROM answer_scores WHERE attempt = 1"
    cur.execute(f"UPDATE reports SET overall = NULL WHERE session_id NOT IN ({unscored})")
    cur.execute(f"UPDATE sessions SET overall_score = NULL WHERE status = 'completed' AND id NOT IN ({unscored}) "
                "AND id IN (SELECT session_id FROM reports)")


def _m007_message_meta_json(cur: duckdb.DuckDBPyConnection) -> None:
    """A message may carry a small JSON document about itself: for a spoken answer, its delivery
    figures (``core.speech.DeliveryReport.to_dict()`` without word timings). Never audio."""
    cur.execute("ALTER TABLE messages ADD COLUMN meta JSON")


def _m008_drafts(cur: duckdb.DuckDBPyConnection) -> None:
    """The answer being written for the open question, kept so a refresh or a dropped connection loses
    nothing: one row per session and source (``typed`` from the chat box, ``voice`` a transcript being
    checked). ``turn`` is the message count when it was written (a draft for an earlier question is not
    restored); ``meta`` holds a voice draft's engine and delivery figures, never audio."""
    cur.execute(
        """
        CREATE TABLE drafts (
            session_id VARCHAR NOT NULL,
            source VARCHAR NOT NULL,
            turn INTEGER NOT NULL,
            content VARCHAR NOT NULL,
            meta JSON,
            updated_at TIMESTAMP NOT NULL,
            PRIMARY KEY (session_id, source)
        )
        """
    )


MIGRATIONS: list[tuple[int, str, Callable[[duckdb.DuckDBPyConnection], None]]] = [
    (1, "initial", _m001_initial),
    (2, "message_meta", _m002_message_meta),
    (3, "owner", _m003_owner),
    (4, "one_turn_each", _m004_one_turn_each),
    (5, "report_guidance", _m005_report_guidance),
    (6, "no_score_without_answers", _m006_no_score_without_answers),
    (7, "message_meta_json", _m007_message_meta_json),
    (8, "drafts", _m008_drafts),
]


def turn_key(kind: str | None, question_no: int | None) -> str | None:
    """The value of ``messages.turn_key`` for a new message: set for questions and follow-ups only."""
    if kind in TURN_KINDS and question_no is not None:
        return f"{kind}:{int(question_no)}"
    return None


def apply_migrations(cur: duckdb.DuckDBPyConnection, *, until: int | None = None) -> list[int]:
    """Apply the migrations not yet recorded on this cursor's database (those numbered ``until`` or
    lower, when given: a database as an older version left it); return the ids applied now.

    Raises ``duckdb.Error`` from a failed migration (that migration is rolled back).
    """
    cur.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    done = {row[0] for row in cur.execute("SELECT id FROM schema_migrations").fetchall()}
    applied_now: list[int] = []
    for number, name, apply in MIGRATIONS:
        if number in done or (until is not None and number > until):
            continue
        cur.execute("BEGIN TRANSACTION")
        try:
            apply(cur)
            cur.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", [number, name, now_utc()])
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            logger.exception("migration %s (%s) failed; rolled back", number, name)
            raise
        logger.info("applied migration %s (%s)", number, name)
        applied_now.append(number)
    return applied_now
