"""The scorer bench's off-topic measure (:mod:`bench.bench_scorer`): every answer scored on another question of
its own source, against its own question."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable
from typing import Any

Scorer = Callable[[str, str], float]


def moved_questions(items: list[Any]) -> list[tuple[Any, str]]:
    """(item, another question of its source) for every item whose source has more than one question;
    the other question is chosen by a hash of the item's id, so the same one every run."""
    by_source: dict[str, dict[str, str]] = defaultdict(dict)
    for item in items:
        by_source[item.source].setdefault(item.question_id, item.question)
    out = []
    for item in items:
        others = sorted(qid for qid in by_source[item.source] if qid != item.question_id)
        if not others:
            continue
        pick = int(hashlib.sha256(item.id.encode()).hexdigest(), 16) % len(others)
        out.append((item, by_source[item.source][others[pick]]))
    return out


def off_topic(items: list[Any], relevance: Scorer, scorer: Scorer) -> tuple[int, float, float]:
    """(cases, share scoring strictly lower in relevance on another question, same for the overall)."""
    cases = moved_questions(items)
    if not cases:
        return 0, float("nan"), float("nan")
    rel_lower = overall_lower = 0
    for item, other in cases:
        rel_lower += relevance(other, item.answer) < relevance(item.question, item.answer)
        overall_lower += scorer(other, item.answer) < scorer(item.question, item.answer)
    return len(cases), rel_lower / len(cases), overall_lower / len(cases)


def called_off_topic(question: str, answer: str) -> bool:
    """Whether the coach calls ``answer`` off ``question``: the chat's redirect
    (:func:`core.coach.redirect.about_something_else`) or the scorer's own reading (an answer about something else
    entirely, :func:`core.analysis.answer.elsewhere`, or about another topic or never naming the skill asked,
    :func:`core.coach.topic.off_question`)."""
    from core.analysis.answer import analyse_answer, elsewhere
    from core.coach.question_types import question_type
    from core.coach.redirect import about_something_else
    from core.coach.topic import off_question

    if about_something_else(question, answer):
        return True
    ev = analyse_answer(answer, question)
    return bool(elsewhere(ev, question)) or bool(off_question(ev, question, question_type(question)))


def false_off_topic(items: list[Any], judge: Callable[[str, str], bool] = called_off_topic) -> tuple[int, float]:
    """(answers, share of them called off-topic) for answers given to their own question: every one is on topic (the
    sources graded it as an answer to that question), so each call is a false one. Issue 15, session 19."""
    if not items:
        return 0, float("nan")
    return len(items), sum(judge(i.question, i.answer) for i in items) / len(items)
