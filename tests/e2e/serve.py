"""``python -m tests.e2e.serve run streamlit_app.py …``: ``streamlit …`` that prints every thread's stack
to its log on SIGUSR1 (:mod:`faulthandler`), so a browser test that times out can show where the server was
(``StreamlitServer.dump_stacks``) instead of only that the page stopped. The app itself is unchanged."""

from __future__ import annotations

import faulthandler
import runpy
import signal
import sys

if __name__ == "__main__":
    faulthandler.register(signal.SIGUSR1, all_threads=True)
    sys.argv = ["streamlit", *sys.argv[1:]]
    runpy.run_module("streamlit", run_name="__main__", alter_sys=True)
