"""A very long answer, and one that says itself again: the sentence the chat and the report give it.

A 1,260-word answer that said one sentence sixty times got no word in the chat (session 18): the score caught the
repeats, the candidate was not told. :func:`length_note` is that sentence, "" for an answer of ordinary length
that says each thing once.

- Speaking time, :data:`SPEAKING_WPM` = 130-150 words a minute: the lower half of the comfortable pace
  :data:`core.speech.delivery.COMFORTABLE_WPM` uses, from the same sources (about 150 words a minute is the
  conversational average, National Center for Voice and Speech, "Voice qualities", ncvs.org; lectures run near
  140, Tauroza & Allison, 1990, "Speech rates in British English", Applied Linguistics 11(1), 90-105); an
  interview answer, thought out as it is said, runs at the slower end.
- Very long, :data:`LONG_ANSWER_WORDS` = 400 words: about three minutes at that pace, past which an interviewer
  has usually stopped following one answer (a coaching choice, not a rule; :data:`AIM_MINUTES` is the length
  the note suggests).
- Repeats are measured with RapidFuzz (``rapidfuzz.fuzz.ratio``, normalised Indel similarity 0-100): a sentence of
  :data:`MIN_SENTENCE_WORDS` words or more whose similarity to an earlier one is :data:`SAME_SENTENCE` or more is
  said again; a paragraph (text between blank lines) :data:`SAME_PARAGRAPH` or more like an earlier one is too. Both
  must hold the same figures ("from 40 to 12 a week" is no repeat of "from 30 to 10 a week").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from core.analysis.text import sentences
from core.coach.phrasing import clip
from core.words import count_words

SPEAKING_WPM: tuple[int, int] = (130, 150)
LONG_ANSWER_WORDS = 400
AIM_MINUTES = 2
MIN_SENTENCE_WORDS = 5  # "I don't know. I don't know." is no repeated point
SAME_SENTENCE = 95.0
SAME_PARAGRAPH = 85.0
_MAX_UNITS = 400  # sentences compared at the most (an 8,000-character answer has far fewer)


@dataclass(frozen=True)
class Repeats:
    """What an answer says again: ``share`` (0-1) of its words in sentences or paragraphs said before, ``times``
    the most often one sentence is said, ``example`` that sentence (or the first repeated paragraph's opening)."""

    share: float = 0.0
    times: int = 1
    example: str = ""


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _said_before(units: list[str], threshold: float) -> list[int]:
    """For each unit, the index of the first earlier unit at least ``threshold`` alike, or -1."""
    keys = [_norm(u) for u in units]
    firsts: list[int] = []
    out = []
    for i, key in enumerate(keys):
        figures = re.findall(r"\d+", key)  # "from 40 to 12" is not "from 30 to 10", however alike the rest
        match = next((j for j in firsts if fuzz.ratio(key, keys[j], score_cutoff=threshold)
                      and re.findall(r"\d+", keys[j]) == figures), -1)
        out.append(match)
        if match < 0:
            firsts.append(i)
    return out


def repeats(text: str) -> Repeats:
    """The sentences and paragraphs of ``text`` that say an earlier one again (:class:`Repeats`); no repeat:
    ``Repeats()``. Sentences shorter than :data:`MIN_SENTENCE_WORDS` words are left aside."""
    total = count_words(text or "")
    if not total:
        return Repeats()
    said = [s for s in sentences(text) if len(s.split()) >= MIN_SENTENCE_WORDS][:_MAX_UNITS]
    before = _said_before(said, SAME_SENTENCE)
    again = [i for i, j in enumerate(before) if j >= 0]
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()][:_MAX_UNITS]
    para_before = _said_before(paragraphs, SAME_PARAGRAPH) if len(paragraphs) > 1 else []
    para_again = [i for i, j in enumerate(para_before) if j >= 0]
    words_again = max(sum(count_words(said[i]) for i in again), sum(count_words(paragraphs[i]) for i in para_again))
    if not words_again:
        return Repeats()
    counts = {j: before.count(j) + 1 for j in set(before) if j >= 0}
    first = max(counts, key=counts.get) if counts else -1
    example = said[first] if first >= 0 else paragraphs[para_before[para_again[0]]]
    return Repeats(share=round(min(1.0, words_again / total), 3), times=counts.get(first, 2), example=example)


def speaking_minutes(words: int) -> tuple[int, int]:
    """About how many minutes ``words`` take to say at :data:`SPEAKING_WPM` (fastest, slowest), at least 1."""
    low, high = SPEAKING_WPM
    return max(1, round(words / high)), max(1, round(words / low))


def length_note(text: str) -> str:
    """What the chat and the report say of an answer that is very long (:data:`LONG_ANSWER_WORDS` words or more:
    its words and about how long it takes to say) or says itself again (:func:`repeats`); "" otherwise."""
    words = count_words(text or "")
    said = repeats(text)
    parts = []
    if words >= LONG_ANSWER_WORDS:
        fast, slow = speaking_minutes(words)
        span = f"{fast}" if fast == slow else f"{fast}–{slow}"
        low, high = SPEAKING_WPM
        parts.append(f"A very long answer: {words:,} words, about {span} minutes to say at {low}–{high} words a "
                     "minute.")
    if said.share:
        how = (f"{round(said.share * 100)}% of it is said again" if said.share >= 0.1 else "part of it is said again")
        times = f", {said.times} times" if said.times > 2 else ", twice" if said.times == 2 else ""
        parts.append(f"It repeats itself: {how} (“{clip(said.example, 10)}”{times}).")
    if not parts:
        return ""
    advice = (f"Say each point once, in about {AIM_MINUTES} minutes." if said.share else
              f"About {AIM_MINUTES} minutes is enough: the point first, then the one example that shows it.")
    return " ".join([*parts, advice])
