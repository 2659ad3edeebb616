"""One count of filler words (newcomer, session 12): the Interview page's Delivery line under an answer said
8 filler words and the report's communication evidence for that answer listed fillers adding up to 4 (it named
the three most used only). Both now read ``core.words.filler_words`` and both give the total. A real DuckDB
file, the real engine and the offline coach, the pages through AppTest."""

from __future__ import annotations

import re
from html import unescape

from core.interview import InterviewEngine
from core.models.chains import build_chains
from core.settings import Settings
from core.speech.delivery import analyse_text
from core.storage import InterviewStore
from core.words import filler_words
from tests.app_start import open_feedback, open_interview

# Made up: eight kinds of filler, eleven in all, so the three most used (2 + 2 + 2) are not the total.
ANSWER = ("Um, so basically I ran the support rota, you know. Um, we had, like, forty tickets a day and, "
          "basically, I guess I sorted them by urgency. Honestly, it is what it is, like, a busy queue, uh, "
          "and I cut the backlog to ten tickets in two weeks.")
COUNT = re.compile(r"(\d+) filler words?")


def _session(db_path: str, *, finish: bool) -> str:
    store = InterviewStore(db_path)
    try:
        engine = InterviewEngine(store)  # no executor: the answer is scored here, in order
        chains = build_chains(Settings())
        sid = engine.create(job_title="Support Engineer", company="Acme", job_description="Ticket triage.",
                            cv_text="Support engineer at Acme, 2021-2024.", question_count=1, follow_ups=False)
        assert list(engine.stream_next(chains, sid))
        engine.submit_answer(chains, sid, ANSWER)
        if finish:
            assert engine.finish(chains, sid) is not None
        return sid
    finally:
        store.close()


def test_the_answer_has_more_filler_kinds_than_the_report_lists():
    words = filler_words(ANSWER)
    assert len(words) == 11 and len(set(words)) == 8
    assert analyse_text(ANSWER).filler_count == 11


def test_chat_and_report_give_the_same_filler_count_for_one_answer(db_path, fresh_app_cache):
    sid = _session(db_path, finish=False)
    chat = open_interview(sid)
    lines = [unescape(c.value) for c in chat.main.caption if "filler word" in c.value]
    assert lines, [c.value for c in chat.main.caption]
    in_chat = {int(m.group(1)) for line in lines for m in COUNT.finditer(line)}

    store = InterviewStore(db_path)
    try:
        InterviewEngine(store).finish(build_chains(Settings()), sid)
    finally:
        store.close()
    report = open_feedback(sid)
    shown = " ".join(unescape(str(getattr(e, "value", ""))) for e in report.main
                     if getattr(e, "type", None) in ("markdown", "caption", "table", "dataframe"))
    evidence = [e for e in (unescape(str(getattr(x, "value", ""))) for x in report.get("table") + report.get("markdown"))
                if "filler" in e]
    in_report = {int(m.group(1)) for text in evidence or [shown] for m in COUNT.finditer(text)}
    assert in_chat == {11}, lines
    assert in_report == {11}, evidence or shown
