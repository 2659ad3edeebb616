"""Session 30: no source file holds a control character where a regular expression meant ``\\b``.

Two patterns (core/analysis/cv_line_quote.py ``_OPEN_END_RE``, core/coach/evidence_study.py ``_RECEIVED_RE``) held a
backspace (U+0008): a ``\\b`` typed into a Python string that was not raw. Each such alternative could never match
("…from a monolith into" was never read as a line that wraps on; "trained as a chef" never as training received).
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_no_source_file_holds_a_backspace_or_other_control_character() -> None:
    bad = {}
    for path in [*ROOT.glob("core/**/*.py"), *ROOT.glob("pages/**/*.py"), *ROOT.glob("bench/*.py"), ROOT / "streamlit_app.py"]:
        text = path.read_text(encoding="utf-8")
        found = sorted({hex(ord(c)) for c in text if ord(c) < 32 and c not in "\n\t\r"})
        if found:
            bad[str(path.relative_to(ROOT))] = found
    assert bad == {}


def test_training_received_is_read_in_lower_case_too() -> None:
    from core.coach.evidence_study import _RECEIVED_RE

    assert _RECEIVED_RE.search("I trained as a chef at Westminster Kingsway")
    assert _RECEIVED_RE.search("I trained at City of Bristol College")
