"""Dump the offline coach's full plan and report for ~30 CV+job pairs, to check a speed change alters nothing.

``python -m bench.plan_dump OUT.json`` writes every planned question (text, competency, employer, source, the
words it is asked by) for two interview types, each question's score of one fixed answer, and the report over
them, as sorted JSON; run it before and after a change and compare the files byte for byte (``cmp``). With
``--time`` it prints the seconds per plan instead (median and max), the figure ``bench_coach`` reports too.

Reads ``tests/data/interviews`` and the text CVs and jobs under ``$DEVSETS_FILES/{cvs,jobs}/fetched`` (never the
held-out ``fresh25_*`` or ``blind*`` files); the pairs found are listed in the dump.
"""

from __future__ import annotations

import dataclasses
import json
import os
import statistics
import sys
import time
from pathlib import Path

from core.coach import build_report, score_answer
from core.coach.plan import plan_items

ROOT = Path(__file__).resolve().parent.parent
INTERVIEWS = ROOT / "tests" / "data" / "interviews"
HELD_OUT = ("fresh25", "blind")
ANSWER = (
    "Last year I led the change of our weekly planning because deadlines were slipping and the team was unhappy. "
    "My task was to get work delivered on time without overtime. I listed every recurring job, agreed priorities "
    "with my manager and moved two tasks to a shared checklist, and I chose to try it for one month first. As a "
    "result we met 95% of deadlines, up from 70%, and complaints fell by half. I learned to measure before changing."
)


def _texts(folder: Path, suffixes: tuple[str, ...]) -> list[tuple[str, str]]:
    if not folder.is_dir():
        return []
    return [(p.name, p.read_text(encoding="utf-8", errors="replace")) for p in sorted(folder.iterdir())
            if p.is_file() and p.suffix in suffixes and not any(p.name.startswith(h) or h in p.name for h in HELD_OUT)]


def pairs() -> list[tuple[str, str, str, str, str]]:
    """``(cv name, cv text, job name, job text, job title)`` for ~30 pairs, the same on every run."""
    cvs = [(n, t) for n, t in _texts(INTERVIEWS, (".md", ".txt")) if n.startswith("cv_")]
    jobs = [(n, t) for n, t in _texts(INTERVIEWS, (".md", ".txt")) if n.startswith("jd_")]
    base = Path(os.environ.get("DEVSETS_FILES", ROOT / "tests" / "data" / "devsets"))
    fetched_cvs = _texts(base / "cvs" / "fetched", (".md", ".txt"))
    fetched_jobs = _texts(base / "jobs" / "fetched", (".md", ".txt"))
    out = []
    for i, (cv_name, cv_text) in enumerate(cvs):  # each interview CV with two interview jobs
        for job_name, job_text in (jobs[i % len(jobs)], jobs[(i + 3) % len(jobs)]):
            out.append((cv_name, cv_text, job_name, job_text))
    step_cv = max(1, len(fetched_cvs) // 9)
    step_job = max(1, len(fetched_jobs) // 9)
    for k, (cv_name, cv_text) in enumerate(fetched_cvs[::step_cv][:9]):  # fetched CVs with fetched jobs
        for job_name, job_text in (fetched_jobs[(k * step_job) % len(fetched_jobs)],) if fetched_jobs else ():
            out.append((cv_name, cv_text, job_name, job_text))
        job_name, job_text = jobs[k % len(jobs)]
        out.append((cv_name, cv_text, job_name, job_text))
    return [(c, ct, j, jt, _title(jt)) for c, ct, j, jt in out]


def _title(job_text: str) -> str:
    for line in job_text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:80]
    return "Candidate"


def dump() -> dict:
    out = []
    for cv_name, cv_text, job_name, job_text, title in pairs():
        entry: dict = {"cv": cv_name, "job": job_name, "title": title, "plans": {}}
        for kind in ("mixed", "behavioural"):
            items = plan_items(cv_text, job_text, title, interview_type=kind, count=8, company="Acme", seed="dump",
                               seniority="mid", focus=None)
            entry["plans"][kind] = [dataclasses.asdict(item) for item in items]
        rows = [{"question": item["text"], "answer": ANSWER,
                 "score": score_answer(item["text"], ANSWER, job_description=job_text, cv_text=cv_text).model_dump()}
                for item in entry["plans"]["mixed"]]
        entry["scores"] = [row["score"] for row in rows]
        entry["report"] = build_report(rows, job_title=title, company="Acme", job_description=job_text,
                                       cv_text=cv_text).model_dump()
        out.append(entry)
    return {"pairs": len(out), "entries": out}


def timings() -> list[float]:
    """Seconds per 8-question plan over the pairs (parsed-document caches cleared before each)."""
    from bench.bench_coach import _clear_caches

    times = []
    for _, cv_text, _, job_text, title in pairs():
        _clear_caches()
        start = time.perf_counter()
        plan_items(cv_text, job_text, title, interview_type="mixed", seniority="mid", count=8, company="Acme",
                   seed="time", focus=None)
        times.append(time.perf_counter() - start)
    return times


if __name__ == "__main__":
    if sys.argv[1:2] == ["--time"]:
        t = timings()
        print(f"{len(t)} plans: median {statistics.median(t):.3f} s, max {max(t):.3f} s, total {sum(t):.1f} s, "
              f"load {os.getloadavg()[0]:.1f}")
    else:
        Path(sys.argv[1]).write_text(json.dumps(dump(), sort_keys=True, indent=1, ensure_ascii=False) + "\n")
