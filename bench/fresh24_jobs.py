"""Set 24's command, as its SOURCES.md section and index give it: ``python -m bench.fresh24_jobs [--build|--detail]``
is ``python -m bench.fresh_jobs --set 24 [...]`` (the one loader of every held-out job set, :mod:`bench.fresh_jobs`)."""

from __future__ import annotations

import sys

from bench.fresh_jobs import main

if __name__ == "__main__":
    sys.exit(main(["--set", "24", *sys.argv[1:]]))
