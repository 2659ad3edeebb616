"""A result stated with a figure or a measure, wherever it stands in an answer and however it is worded
("By the summer, 81% reached the expected standard", "the cooler at bedside in 11 minutes", "with zero
errors"), and never the brief that was set ("we had to do it in 2 weeks"). English wording."""

from __future__ import annotations

import re

from core.analysis.text import first_words, sentences

# A stated result anywhere: a measure (%, money, "from X to Y") in a sentence with a verb of change.
_FIGURE_RESULT_RE = re.compile(
    # "from 420 ms to 180 ms": a unit may follow each figure
    r"(?:\d[\d,.]*\s?%|[$£€]\s?\d|\bfrom\s+\S*\d\S*(?:\s+[a-z]{1,8})?\s+to\s+\S*\d)[^.!?]*|"
    r"\b(?:reached|rose|fell|dropped|grew|cut|cutting|reduced|reducing|increased|increasing|improved|improving|saved|"
    r"saving|halved|halving|doubled|doubling|went up|went down)\b[^.!?]*\d|"
    r"\b(?:later|afterwards|by the end)\b[^.!?]*\d|"  # "Four months later we were at 11 hours"
    # what was done, measured (issue 15, session 14): "the cooler at bedside in 11 minutes", "with zero errors"
    r"\b(?:in|within|under)\s+\d+\s?(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\b[^.!?]*|"
    r"\b(?:with|had|made)\s+(?:zero|0|no)\s+(?:\w+\s+)?(?:errors?|incidents?|complaints?|defects?|mistakes?|"
    r"injuries|accidents?|escalations?|breaches|returns|falls)\b[^.!?]*",
    re.IGNORECASE)
# a time or count that was the brief, not what came of it: "we had to do it in 2 weeks", "the deadline was"
_BRIEF_RE = re.compile(r"\b(?:had|needed|have|has|wanted|asked)\s+(?:\w+\s+)?to\b|\bdeadline\b|\bgoal\b|\btarget\b",
                       re.IGNORECASE)


def measured_result(sentence: str) -> bool:
    """Whether ``sentence`` states a result with a figure or a measure (:data:`_FIGURE_RESULT_RE`: "from 78% to 96%",
    "in 11 minutes", "with zero errors"), not the brief it was set ("we had to do it in 2 weeks")."""
    m = _FIGURE_RESULT_RE.search(sentence)
    return bool(m and not _BRIEF_RE.search(sentence[: m.start()])
                and (re.search(r"\d", sentence) or re.match(r"\w+\s+(?:zero|no)\b", m.group(0), re.IGNORECASE)))


def figure_result(text: str) -> str:
    """A sentence after the first that states a result with a figure ("By the summer, 81% reached the
    expected standard"): a result, wherever it stands and however it is worded."""
    sents = sentences(text)
    for sentence in sents[1:] or sents:
        m = _FIGURE_RESULT_RE.search(sentence)
        if m and measured_result(sentence):
            # the change comes late in its sentence ("I split the work…, cutting latency from 420 ms to 180 ms"):
            # quote from the change; else the sentence ("By the summer, 81% reached the expected standard")
            late = len(sentence[: m.start()].split()) > 5
            quote = first_words(sentence[m.start():] if late else sentence, 14)
            return quote.rstrip(".,;")
    return ""
