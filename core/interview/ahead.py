"""The next step decided in a thread while the answer is written (:meth:`InterviewEngine.submit_answer`).

Storing an answer ends with DuckDB's commit, which waits for the disk without holding the interpreter
lock; the follow-up decision (:func:`core.interview.state.decide_next_step`: the offline coach's answer
analysis, pure Python, a few ms of CPU) does not depend on the stored row, only on the answer's text. Run
side by side, the next question's first piece no longer waits for one after the other.
"""

from __future__ import annotations

import threading

from core.interview.state import InterviewState, decide_next_step


class DecisionAhead(threading.Thread):
    """:func:`decide_next_step` on ``state`` in a thread of its own, started at once; :meth:`result` waits and
    re-raises what the decision raised (a programming error fails as it would in the caller)."""

    def __init__(self, state: InterviewState) -> None:
        super().__init__(name="next-step", daemon=True)
        self.state = state
        self.error: BaseException | None = None
        self.start()

    def run(self) -> None:
        try:
            decide_next_step(self.state)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller by result()
            self.error = exc

    def result(self) -> None:
        self.join()
        if self.error is not None:
            raise self.error
