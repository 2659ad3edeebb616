"""Two or more versions of the app, answer turns in Chromium in alternation: a difference a loaded host can show.

``python -m bench.flow_pair CHECKOUT_A CHECKOUT_B [...] [--interviews 6]``: each checkout (a ``git worktree``
or ``git archive`` of a commit from session 11 on, with ``tests/e2e/serve.py``) runs its own ``streamlit run``;
one 8-question sample interview is opened in each, then turn *i* is answered in every version before turn
*i + 1* (the order reversed every other turn), with the same answer. The turns compared are so the same
question, the same chat length and the same minute of the host's load. Per version: answer → first
character painted p50, the bench's split (:mod:`bench.flow_frames`), and the median and trimmed mean of the
paired differences to the first version with how many turns were faster.

Why: on this shared host the floor app moves 2x between runs of ``python -m bench --only flow``, so a
10 ms change cannot be read from two runs; paired by turn it can (docs/benchmarks.md, session 12). Not a
``bench_*`` module: ``python -m bench`` does not run it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.flow_frames import FrameTimes
from bench.flow_probe import new_page, open_interview, send, wait_question_complete
from tests.e2e.driver import SAMPLE_ANSWERS, StreamlitServer, chat_count, launch_chromium

READ_S = 0.3  # as bench_flow: the candidate reads the question before answering


def _turns(browser: Any, roots: list[Path], folder: Path, interview: int, rows: dict[int, list[tuple]]) -> None:
    """One interview per version, answered turn by turn in alternation; appends (interview, turn, ms, split)."""
    servers = [StreamlitServer(db_path=str(folder / f"{interview}-{i}.duckdb"), root=root) for i, root in enumerate(roots)]
    pages: list[tuple[Any, FrameTimes]] = []
    try:
        for server in servers:
            server.start()
            page = new_page(browser)
            frames = FrameTimes(page)
            open_interview(page, server.url)
            pages.append((page, frames))
        done = [False] * len(pages)
        for turn in range(40):
            order = list(range(len(pages)))[::-1 if (interview + turn) % 2 else 1]
            for i in (i for i in order if not done[i]):
                page, frames = pages[i]
                time.sleep(READ_S)
                before = chat_count(page)
                splits: list[dict[str, float]] = []
                probe = send(page, SAMPLE_ANSWERS[turn % len(SAMPLE_ANSWERS)] + f" (answer {turn + 1})", frames, splits)
                if probe["kind"] == "feedback":
                    done[i] = True
                    continue
                wait_question_complete(page, before)
                rows[i].append((interview, turn, probe["paint"] - probe["t0"], splits[0] if splits else None))
            if all(done):
                return
    finally:
        for page, _ in pages:
            page.context.close()
        for server in servers:
            server.stop()


def _trimmed_mean(values: list[float], share: float = 0.1) -> float:
    ordered = sorted(values)
    cut = int(len(ordered) * share)
    return statistics.mean(ordered[cut:len(ordered) - cut] or ordered)


def report(names: list[str], rows: dict[int, list[tuple]]) -> list[str]:
    """One line per version (see the module's docstring)."""
    first = {(k, t): ms for k, t, ms, _ in rows[0]}
    lines = []
    for i, name in enumerate(names):
        times = [ms for _, _, ms, _ in rows[i]]
        split = [s for *_, s in rows[i] if s]
        diffs = [ms - first[(k, t)] for k, t, ms, _ in rows[i] if (k, t) in first]
        line = (f"{name}: answer → first character p50 {statistics.median(times):.1f} ms (n={len(times)}); "
                f"server {statistics.median(s['server'] for s in split):.1f}, "
                f"browser {statistics.median(s['browser'] for s in split):.1f} ms")
        if i:
            line += (f"; paired with {names[0]}: median {statistics.median(diffs):+.1f} ms, trimmed mean "
                     f"{_trimmed_mean(diffs):+.1f} ms, faster in {sum(d < 0 for d in diffs)} of {len(diffs)}")
        lines.append(line)
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("checkouts", nargs="+", type=Path)
    parser.add_argument("--interviews", type=int, default=6)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    roots = [p.resolve() for p in args.checkouts]
    rows: dict[int, list[tuple]] = {i: [] for i in range(len(roots))}
    loads = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory() as name, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            for interview in range(args.interviews):
                _turns(browser, roots, Path(name), interview, rows)
                loads.append(os.getloadavg()[0])
        finally:
            browser.close()
    print(f"load average (1 min) {min(loads):.1f}-{max(loads):.1f} over {args.interviews} interviews per version")
    for line in report([str(p) for p in args.checkouts], rows):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
