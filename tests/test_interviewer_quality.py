"""A slice of the interviewer-quality harness (bench/bench_interviewer.py): whole interviews through
the app's engine on a temporary DuckDB with the offline coach, every check must pass."""

from __future__ import annotations

import copy

import pytest

from bench.bench_interviewer import hand_pairs, run_interviews, summarise
from bench.interviewer_checks import CHECKS, run_checks

SLICE = ("pm-cv/er-nurse", "backend-cv/sales-ae", "ds-cv/data-scientist")
PERSONAS = ("strong", "average", "weak", "evasive", "injection", "non_english")


@pytest.fixture(scope="module")
def interviews(tmp_path_factory, monkeypatch_module):
    pairs = [p for p in hand_pairs() if p["id"] in SLICE]
    return run_interviews(pairs, PERSONAS, count=5, folder=str(tmp_path_factory.mktemp("iv")))


@pytest.fixture(scope="module")
def monkeypatch_module():
    # No provider keys from the developer's environment: the slice is about the offline coach.
    mp = pytest.MonkeyPatch()
    for name in ("OPENAI_API_KEY", "GOOGLE_API_KEY", "GEMINI_API_KEY", "OPENROUTER_API_KEY", "LOCAL_LLM_BASE_URL",
                 "OLLAMA_BASE_URL"):
        mp.delenv(name, raising=False)
    yield mp
    mp.undo()


def test_the_harness_has_at_least_25_checks():
    assert len(CHECKS) >= 25


def test_every_check_passes_on_the_slice(interviews):
    assert len(interviews) == len(SLICE) * len(PERSONAS)
    assert all(t["model"] == "offline-coach" for iv in interviews for t in iv.turns)
    failures = [(iv.pair, iv.persona, name) for iv in interviews for name, ok in run_checks(iv).items() if ok is False]
    assert failures == []


def test_report_scores_order_strong_average_weak(interviews):
    summary = summarise(interviews)
    ok, total = summary["per_check"]["report scores order strong > average > weak"]
    assert total == len(SLICE) and ok == total, summary["failures"]


def test_a_failing_interview_is_caught(interviews):
    broken = copy.deepcopy(interviews[0])
    broken.turns[1]["text"] = "## That's fine, let's move on. Your CV mentions Python at COURSERA.."
    results = run_checks(broken)
    assert results["no markup in a question"] is False
    assert results["no acknowledgement glued to a question"] is False or results["no empty slot in a question"] is False


def test_the_harness_repeats_itself_run_after_run(tmp_path, monkeypatch_module):
    # Each interview's id is fixed by its pair and persona, and the id seeds the plan's draws: a second run on a
    # new database asks the same questions and reports the same scores (a benchmark that varies is no measure).
    pairs = [p for p in hand_pairs() if p["id"] == SLICE[1]]
    runs = [run_interviews(pairs, ("strong", "average"), count=4, folder=str(tmp_path / str(k))) for k in (1, 2)]
    first, second = ([(iv.persona, [t["text"] for t in iv.turns], iv.report.overall) for iv in run] for run in runs)
    assert first == second
    assert len({iv.persona for iv in runs[0]}) == 2 and all(iv.turns for iv in runs[0])
