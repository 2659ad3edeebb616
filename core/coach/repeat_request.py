"""A request to hear the question again (missing2, session 14), alone or before an answer in the same message.

:func:`asks_to_repeat`: the message only asks for the question again ("Sorry, can you repeat the question?"), so it is
no answer; :func:`without_repeat_request`: the answer part of a message that opens with such a request ("Sorry, could
you repeat that? Anyway, I would first…"), which alone is scored (issue 15, session 15: the request's words were
scored with the answer).
"""

from __future__ import annotations

import re

from core.analysis.text import readable_text, sentences

# A request to hear the question again, and nothing else (missing2, session 14): "Sorry, can you repeat the
# question?", "Could you say that again?", "Pardon?", "I didn't catch that." An interviewer asks it again, plainly.
_POLITE_RE = re.compile(r"^(?:(?:sorry|excuse me|um+|uh+|er+|oh|so|hi|hm+|ok(?:ay)?|apologies|i'?m sorry)[\s,.!-]+)+|"
                        r"[\s,]+(?:please|sorry|again please|for me)?[\s.?!]*$", re.IGNORECASE)
_REPEAT_REQUEST_RE = re.compile(
    r"(?:(?:can|could|would|will) you (?:please )?|please )?(?:repeat|rephrase|restate|reword|re-?ask|say|ask|read)"
    r"(?: (?:that|it|the question|your question|the last (?:question|part)|what you said|this))?"
    r"(?: (?:again|one more time|once more|more slowly|slower))?(?: please)?|"
    r"(?:sorry|pardon(?: me)?|come again|say again|what|huh|one more time|excuse me)|"
    r"what (?:was|is) the question(?: again)?|what did you (?:say|ask)|"
    r"i (?:did not|didn't|did n't|couldn't|could not) (?:quite )?(?:catch|hear|get|understand|follow) "
    r"(?:that|it|the question|your question|what you (?:said|asked)|you)"
    r"(?:[,.]? (?:(?:can|could|would) you )?(?:please )?(?:repeat|say|ask)(?: (?:that|it|the question))?(?: again)?)?",
    re.IGNORECASE)
REPEAT_REQUEST_WORDS = 16  # a request to repeat is short: a longer answer that opens with one goes on to answer


def asks_to_repeat(answer: str) -> bool:
    """Whether ``answer`` only asks to hear the question again (:data:`_REPEAT_REQUEST_RE`, after "sorry",
    "um", "please"): no answer at all, so the question is asked again and the request is never scored."""
    text = " ".join(readable_text(answer or "").split())
    if not text or len(text.split()) > REPEAT_REQUEST_WORDS:
        return False
    core = _POLITE_RE.sub("", text).strip(" ,.?!")
    core = _POLITE_RE.sub("", core).strip(" ,.?!")  # "Sorry, pardon?": both ends, twice
    if not core:  # "Sorry?" alone
        return bool(re.fullmatch(r"(?:sorry|pardon)\W*", text.strip(), re.IGNORECASE))
    return bool(_REPEAT_REQUEST_RE.fullmatch(core))


# What carries on from a request to the answer ("Anyway,", "Never mind,", "Okay, so"): no part of the answer.
_CARRY_ON_RE = re.compile(r"^(?:(?:anyway|anyhow|never mind|nevermind|no worries|ok(?:ay)?|right|so|well|actually|"
                          r"oh|ah|i see|got it|i think i (?:got|get) it|let me (?:try|answer))[\s,.!:-]+)+", re.IGNORECASE)


def without_repeat_request(answer: str) -> str:
    """``answer`` without the request to repeat that opens it and the words that carry on from it ("Sorry, could you
    repeat that? Anyway, I would first call…" -> "I would first call…"); ``answer`` as it is when it does not open
    with one, or when the request is all it says (:func:`asks_to_repeat` tells that case)."""
    said = sentences(answer or "")
    dropped = 0
    while dropped < len(said) and asks_to_repeat(said[dropped]):
        dropped += 1
    if not dropped or dropped == len(said):
        return answer
    start = (answer or "").find(said[dropped])
    rest = (answer[start:] if start >= 0 else " ".join(said[dropped:])).strip()
    rest = _CARRY_ON_RE.sub("", rest).strip()
    return rest[:1].upper() + rest[1:] if rest else answer


def answer_parts_only(text: str) -> str:
    """``text`` (an answer, or an answer and its follow-up reply as paragraphs) with each paragraph's opening
    request to repeat left out (:func:`without_repeat_request`)."""
    return "\n\n".join(without_repeat_request(p) for p in re.split(r"\n\s*\n", text or ""))

