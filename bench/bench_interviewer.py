"""Interviewer quality (issue 15): simulated candidates run whole interviews through the app's
engine (:class:`core.interview.InterviewEngine` on a temporary DuckDB, with the model chain the
environment configures: the offline coach when no key is set, a cloud model first when one is),
and :mod:`bench.interviewer_checks` checks every interview.

Pairs: the hand-written CVs and jobs of ``tests/data/interviews`` and the app's samples, plus the
dev corpora (``tests/data/devsets``) when their files are present. Personas: see
:mod:`bench.interviewer_personas`. ``python -m bench --only interviewer`` prints the figures;
``python -m bench.bench_interviewer --detail`` lists every failed check with its interview.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from bench.interviewer_checks import Interview, ordering_check, run_checks
from bench.interviewer_personas import PERSONAS, Candidate
from bench.interviewer_settings import nc23_pairs, plan_failures

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "tests" / "data" / "interviews"
DEVSETS = ROOT / "tests" / "data" / "devsets"
# the corpus files are not committed: DEVSETS_FILES may name the folder holding cvs/fetched/ and jobs/fetched/ (as for
# bench.bench_devsets); the indexes always come from the repository
DEVSETS_FILES = Path(os.environ.get("DEVSETS_FILES") or DEVSETS)

# (pair id, CV file in tests/data/interviews, job file there, job title)
HAND_PAIRS = (
    ("pm-cv/er-nurse", "cv_product_manager.md", "jd_er_nurse.txt", "Registered Nurse (ER)"),
    ("pm-cv/data-scientist", "cv_product_manager.md", "jd_data_scientist.md", "Data Scientist"),
    ("backend-cv/sales-ae", "cv_backend.md", "jd_sales_ae.md", "Account Executive"),
    ("backend-cv/backend", "cv_backend.md", "jd_backend.md", "Senior Backend Engineer"),
    ("ds-cv/data-scientist", "cv_data_scientist.txt", "jd_data_scientist.md", "Data Scientist"),
    ("nurse-cv/er-nurse", "cv_nurse.txt", "jd_er_nurse.txt", "Registered Nurse (ER)"),
    ("teacher-cv/teacher", "cv_teacher.txt", "jd_teacher.txt", "Class Teacher"),
    ("sales-cv/sales-ae", "cv_sales.md", "jd_sales_ae.md", "Account Executive"),
    ("ds-cv/finance", "cv_data_scientist.txt", "jd_finance.md", "Accountant"),
    ("pm-cv/support", "cv_product_manager.md", "jd_support.md", "Customer Support Specialist"),
    ("teacher-cv/support", "cv_teacher.txt", "jd_support.md", "Customer Support Specialist"),
    ("sales-cv/backend", "cv_sales.md", "jd_backend.md", "Senior Backend Engineer"),
)
# Dev-corpus pairs (CV id, job id), used when the corpus files are present.
DEVSET_PAIRS = (
    ("nurse_oliver_thompson", "icu_nurse"),
    ("sales_ethan_miller", "account_executive"),
    ("dannyryman_md", "backend_engineer"),
    ("2kabhishek_md", "data_engineer"),
    ("mariamabah_docx", "school_administrator"),
    ("brooksby_docx", "account_executive"),
)


def hand_pairs() -> list[dict[str, str]]:
    return [
        {"id": pid, "cv": (DOCS / cv).read_text(encoding="utf-8"), "jd": (DOCS / jd).read_text(encoding="utf-8"),
         "title": title, "company": "Northwind"}
        for pid, cv, jd, title in HAND_PAIRS
    ]


def read_pair(cv_path: Path, job_path: Path) -> tuple[str, str] | None:
    """``(CV text, job text)`` of a CV file and a job file; None when either is missing or the CV cannot be read."""
    from core.documents import DocumentError, extract_text

    if not (cv_path.exists() and job_path.exists()):
        return None
    try:
        return extract_text(cv_path.read_bytes(), cv_path.name), job_path.read_text(encoding="utf-8")
    except DocumentError:
        return None


def devset_pairs() -> list[dict[str, str]]:
    """Dev-corpus pairs whose files are present (the files are not committed)."""
    try:
        cvs = {c["id"]: c for c in json.loads((DEVSETS / "cvs" / "expected.json").read_text())["cvs"]}
        jobs = {j["id"]: j for j in json.loads((DEVSETS / "jobs" / "expected.json").read_text())["jobs"]}
    except (OSError, ValueError):
        return []
    out = []
    for cv_id, job_id in DEVSET_PAIRS:
        if not (texts := read_pair(DEVSETS_FILES / "cvs" / cvs[cv_id]["file"],
                                   DEVSETS_FILES / "jobs" / jobs[job_id]["file"])):
            continue
        cv, jd = texts
        title = job_id.replace("_", " ").title()
        out.append({"id": f"{cv_id}/{job_id}", "cv": cv, "jd": jd, "title": title, "company": "Northwind"})
    return out


def run_interview(engine: Any, chains: Any, pair: dict[str, str], persona: str, *, count: int = 6,
                  interview_type: str = "mixed") -> Interview:
    """One whole interview through the engine: ask, answer as the persona, finish, read it back."""
    from core.coach.plan import plan_items

    # a fixed id per pair, persona and type: it seeds the plan's draws, so every run asks the same interviews
    fixed = hashlib.sha256(f"{pair['id']}|{persona}|{interview_type}|{count}".encode()).hexdigest()[:12]
    session_id = engine.create(job_title=pair["title"], company=pair["company"], job_description=pair["jd"],
                               cv_text=pair["cv"], question_count=count, interview_type=interview_type,
                               session_id=fixed)
    candidate = Candidate(persona, pair["cv"])
    turn = 0
    while True:
        events = list(engine.stream_next(chains, session_id))
        if not events:
            break
        state = engine.load(session_id)
        last = state.messages[-1]
        # the question's index: a persona varies its answers by question, never within one (a follow-up reply)
        engine.submit_answer(chains, session_id, candidate.answer(last.content, (last.question_no or turn + 1) - 1,
                                                                  last.kind == "follow_up"))
        turn += 1
    engine.finish(chains, session_id)
    messages = engine.store.list_messages(session_id)
    turns: list[dict[str, Any]] = []
    for m in messages:
        if m.kind in ("question", "follow_up"):
            turns.append({"kind": m.kind, "text": m.content, "number": m.question_no, "model": m.model})
        elif m.kind == "answer" and turns:
            turns[-1]["answer"] = m.content
    notices: dict[int, list[str]] = {}
    for m in messages:
        if m.kind == "notice":
            notices.setdefault(m.question_no or 0, []).append(m.content)
    plan = plan_items(pair["cv"], pair["jd"], pair["title"], interview_type=interview_type, seniority="mid",
                      count=count, company=pair["company"], seed=session_id, focus=None)
    return Interview(pair["id"], persona, pair["cv"], pair["jd"], pair["title"], pair["company"], count, turns,
                     engine.store.get_report(session_id), engine.store.list_answer_scores(session_id), plan, notices)


def run_interviews(pairs: list[dict[str, str]], personas: tuple[str, ...] = PERSONAS, *, count: int = 6,
                   folder: str | None = None, workers: int = 1) -> list[Interview]:
    """Every persona on every pair, with the chain the environment sets up, in pair order.

    ``workers`` > 1 splits the pairs over that many processes (each its own temporary DuckDB: one process per
    database file); the interviews are the same as in one process, as each is seeded by its pair and persona."""
    workers = max(1, min(workers, len(pairs)))
    if workers > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        chunks = [pairs[k::workers] for k in range(workers)]
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            done = list(pool.map(_run_chunk, chunks, [personas] * workers, [count] * workers))
        by_pair: dict[str, list[Interview]] = {}
        for chunk in done:
            for iv in chunk:
                by_pair.setdefault(iv.pair, []).append(iv)
        return [iv for pair in pairs for iv in by_pair.get(pair["id"], [])]
    return _run_chunk(pairs, personas, count, folder)


def _run_chunk(pairs: list[dict[str, str]], personas: tuple[str, ...], count: int,
               folder: str | None = None) -> list[Interview]:
    """Every persona on every pair of ``pairs``, on one temporary DuckDB."""
    from core.interview import InterviewEngine
    from core.models.chains import build_chains
    from core.settings import load_settings
    from core.storage import InterviewStore

    with tempfile.TemporaryDirectory() as tmp:
        store = InterviewStore(str(Path(folder or tmp) / "interviewer.duckdb"))
        try:
            engine = InterviewEngine(store)  # no executor: scoring runs in interview order
            chains = build_chains(load_settings())
            return [run_interview(engine, chains, pair, persona, count=count) for pair in pairs for persona in personas]
        finally:
            store.close()


def _workers() -> int:
    """Processes for a whole run: ``BENCH_WORKERS`` when set, else one per core."""
    return int(os.environ.get("BENCH_WORKERS") or os.cpu_count() or 1)


def summarise(interviews: list[Interview]) -> dict[str, Any]:
    """Pass counts per check and overall, plus the strong > average > weak ordering per pair."""
    per_check: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failures: list[tuple[str, str, str]] = []
    for iv in interviews:
        for name, ok in run_checks(iv).items():
            if ok is None:
                continue
            per_check[name][1] += 1
            per_check[name][0] += bool(ok)
            if not ok:
                failures.append((iv.pair, iv.persona, name))
    by_pair: dict[str, dict[str, float]] = defaultdict(dict)
    for iv in interviews:
        if iv.report:
            by_pair[iv.pair][iv.persona] = float(iv.report.overall)
    for pair, overall in by_pair.items():
        if {"strong", "average", "weak"} <= set(overall):
            ok = ordering_check(overall)
            per_check["report scores order strong > average > weak"][1] += 1
            per_check["report scores order strong > average > weak"][0] += bool(ok)
            if not ok:
                failures.append((pair, "strong/average/weak", f"scores {overall}"))
    passed = sum(p for p, _ in per_check.values())
    total = sum(t for _, t in per_check.values())
    return {"per_check": dict(per_check), "passed": passed, "total": total, "failures": failures,
            "models": sorted({t["model"] for iv in interviews for t in iv.turns})}


def run() -> list[tuple[str, float, str, str]]:
    pairs = hand_pairs() + devset_pairs()
    interviews = run_interviews(pairs, workers=_workers())
    summary = summarise(interviews)
    checks_per_interview = len({n for n in summary["per_check"]})
    rows = [
        ("interviewer: CV + job pairs", float(len(pairs)), "pairs", ">= 12"),
        (f"interviewer: interviews (pairs x {len(PERSONAS)} personas)", float(len(interviews)), "", "-"),
        ("interviewer: distinct checks", float(checks_per_interview), "checks", ">= 25"),
        ("interviewer: checks run (applicable)", float(summary["total"]), "checks", "-"),
        ("interviewer: checks failed", float(summary["total"] - summary["passed"]), "checks", "-"),
        ("interviewer: checks passed", summary["passed"] / max(1, summary["total"]), "ratio", ">= 0.95"),
    ]
    for name, (ok, total) in sorted(summary["per_check"].items()):
        rows.append((f"interviewer: {name}", ok / max(1, total), "ratio", "1.00"))
    plans, wrong = plan_failures(pairs + nc23_pairs())  # the offline plan in each type; the newcomers' documents too
    rows.append(("interviewer: offline plans naming a setting the job contradicts (incl. nc23 documents)",
                 float(len({(f[0], f[1]) for f in wrong})) / max(1, plans), "ratio", "0.00"))
    logger.info("models that asked: %s", ", ".join(summary["models"]))
    return rows


if __name__ == "__main__":
    import sys

    result = summarise(run_interviews(hand_pairs() + devset_pairs(), workers=_workers()))
    print(f"models: {result['models']}; passed {result['passed']}/{result['total']}")
    if "--detail" in sys.argv:
        for failure in result["failures"]:
            print("FAIL", *failure)
        for pair, kind, question, setting in plan_failures(hand_pairs() + devset_pairs() + nc23_pairs())[1]:
            print("SETTING", pair, kind, setting, question)
