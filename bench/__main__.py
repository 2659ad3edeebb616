"""Run every benchmark: ``python -m bench`` (``--only store,coach`` to pick; ``--markdown`` for docs).

Each ``bench/bench_*.py`` module has ``run() -> list[(name, value, unit, target)]``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()} {platform.release()}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default="", help="comma-separated module suffixes, e.g. store,coach")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table for docs/benchmarks.md")
    args = parser.parse_args()
    wanted = {w.strip() for w in args.only.split(",") if w.strip()}
    modules = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if wanted:
        modules = [m for m in modules if m.removeprefix("bench_") in wanted]
    print(f"Machine: {machine()}")
    rows: list[tuple[str, str, float, str, str]] = []
    for name in modules:
        started = time.perf_counter()
        module = importlib.import_module(f"bench.{name}")
        results = module.run()
        for figure, value, unit, target in results:
            rows.append((name.removeprefix("bench_"), figure, value, unit, target))
            print(f"{name.removeprefix('bench_'):>10} | {figure:<60} {value:>10.2f} {unit:<6} (target {target})",
                  flush=True)
        print(f"{'':>10} | ({name} took {time.perf_counter() - started:.1f} s)", flush=True)
    if args.markdown:
        print("\n| Area | Figure | Result | Target |\n|---|---|---|---|")
        for area, figure, value, unit, target in rows:
            print(f"| {area} | {figure} | {value:.2f} {unit} | {target} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
