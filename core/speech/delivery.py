"""Delivery metrics for an answer: pace, filler words, long pauses, pace change, and a plain note.

Sources for the figures used here:

- Comfortable pace, ``COMFORTABLE_WPM`` = 130-170 words per minute: centred on the ~150 wpm average
  for conversational American English reported by the National Center for Voice and Speech
  ("Voice qualities", ncvs.org), and spanning the rates Tauroza & Allison (1990) measured for
  lectures (~140 wpm) and radio monologue (~160 wpm) ("Speech rates in British English",
  Applied Linguistics 11(1), 90-105). Outside the range a listener starts to notice rushing or
  dragging; the range is a coaching guide, not a rule.
- Filler words: "uh"/"um" are the fillers studied by Clark & Fox Tree (2002, "Using uh and um in
  spontaneous speaking", Cognition 84, 73-111); "you know" and "I mean" are the discourse markers of
  Fox Tree & Schrock (2002, "Basic meanings of you know and I mean", Journal of Pragmatics 34,
  727-747); "like" as a discourse marker follows D'Arcy (2017, "Discourse-Pragmatic Variation in
  Context: Eight hundred years of LIKE"). The ambiguous ones ("like", "you know", "I mean") count only
  where punctuation sets them off, so "I like Python" is not a filler. The list (with the stock phrases
  "kind of", "sort of", "I guess"...) is ``core.words.filler_regex`` (the answer's language's list: ``FILLER_RES``), shared with the answer's score.
- Long pause, ``LONG_PAUSE_S`` = 2 s: Campione & Véronis (2002, "A large-scale multilingual study of
  silent pause duration", Speech Prosody) class silent pauses above 1 s as long; 2 s flags only the
  pauses a listener clearly hears as a stop, since some thinking time is normal in an interview.

Speech recognisers differ in how many fillers they write down (Whisper drops many "um"s), so the filler
count from a transcript is a lower bound.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from core.speech.audio import Audio
from core.speech.types import Part, Transcript, Word
from core.words import count_words, filler_phrase, filler_words

log = logging.getLogger(__name__)

COMFORTABLE_WPM: tuple[int, int] = (130, 170)
WPM_SOURCE = ("about 150 words a minute is the conversational average (National Center for Voice and "
              "Speech); lectures run near 140 and radio near 160 (Tauroza & Allison, 1990)")
LONG_PAUSE_S = 2.0
FILLER_RATE_HIGH = 3.0  # per 100 words: above this the note suggests fewer (a coaching choice)
PACE_CHANGE_MIN = 0.15  # relative change between halves worth mentioning
MIN_SPAN_FOR_HALVES_S = 10.0

@dataclass(frozen=True)
class FillerCount:
    filler: str
    count: int


@dataclass(frozen=True)
class Pause:
    """A silence of ``seconds`` starting ``start`` s into the recording, after the word ``after``."""

    start: float
    seconds: float
    after: str = ""


@dataclass(frozen=True)
class DeliveryReport:
    """What the feedback shows about how an answer was delivered.

    Spoken-only fields are ``None`` for a typed answer (``spoken`` false). ``wpm`` is words per
    minute over the speaking span (first word to last word); ``wpm_first_half``/``wpm_second_half``
    split the words in two and leave out long pauses (need word timings; for a transcript in two parts,
    each part's words over its speech); ``filler_rate`` is fillers per
    100 words;
    ``pause_source`` is ``"word timings"``, ``"voice activity"`` or ``None`` when pauses could not be
    measured.
    """

    spoken: bool
    word_count: int
    fillers: tuple[FillerCount, ...]
    filler_count: int
    filler_rate: float
    duration_s: float | None = None
    speaking_s: float | None = None
    wpm: float | None = None
    wpm_first_half: float | None = None
    wpm_second_half: float | None = None
    long_pauses: tuple[Pause, ...] | None = None
    pause_source: str | None = None
    wpm_range: tuple[int, int] = COMFORTABLE_WPM
    wpm_source: str = WPM_SOURCE
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def note(self) -> str:
        return " ".join(self.notes)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["note"] = self.note
        return data


def count_fillers(text: str) -> tuple[FillerCount, ...]:
    """Filler words in ``text``, most frequent first: :func:`core.words.filler_words`, the list the
    answer's communication score uses too, so the Delivery line and the score agree."""
    counts = Counter(filler_words(text))
    return tuple(FillerCount(f, n) for f, n in counts.most_common() if n)


def _filler_note(fillers: tuple[FillerCount, ...], total: int, rate: float) -> str:
    if not total:
        return "No filler words."
    listed = ", ".join(f"“{f.filler}” ×{f.count}" for f in fillers[:4])
    advice = " Pausing silently instead would sound more assured." if rate > FILLER_RATE_HIGH else ""
    return f"{filler_phrase(total)} ({listed}), {rate:.1f} per 100 words.{advice}"


def analyse_text(text: str) -> DeliveryReport:
    """The text-based part only (for typed answers): word count and filler words."""
    fillers = count_fillers(text)
    total = sum(f.count for f in fillers)
    n_words = count_words(text)
    rate = round(100.0 * total / n_words, 1) if n_words else 0.0
    return DeliveryReport(spoken=False, word_count=n_words, fillers=fillers, filler_count=total,
                          filler_rate=rate, notes=(_filler_note(fillers, total, rate),))


def speech_spans(audio: Audio, aggressiveness: int = 2, frame_ms: int = 30) -> list[tuple[float, float]] | None:
    """Speech segments ``[(start_s, end_s)]`` by WebRTC voice-activity detection, or ``None`` if the
    ``webrtcvad`` module (package ``webrtcvad-wheels``) is not installed."""
    try:
        import webrtcvad
    except ImportError:
        log.info("webrtcvad is not installed: pauses cannot be measured without word timings")
        return None
    vad = webrtcvad.Vad(aggressiveness)
    pcm = audio.pcm16()
    step = audio.rate * frame_ms // 1000 * 2  # bytes per frame
    spans: list[tuple[float, float]] = []
    for i in range(0, len(pcm) - step + 1, step):
        if vad.is_speech(pcm[i:i + step], audio.rate):
            start, end = i / 2 / audio.rate, (i + step) / 2 / audio.rate
            if spans and start - spans[-1][1] < 0.3:  # bridge the gaps inside words
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return [s for s in spans if s[1] - s[0] >= 0.1]


def _bare(word: str) -> str:
    return word.strip(".,!?;:\"'“”‘’")


def _pauses_from_words(words: tuple[Word, ...]) -> tuple[Pause, ...]:
    return tuple(Pause(round(a.end, 2), round(b.start - a.end, 2), _bare(a.text))
                 for a, b in zip(words, words[1:], strict=False) if b.start - a.end >= LONG_PAUSE_S)


def _pauses_from_spans(spans: list[tuple[float, float]]) -> tuple[Pause, ...]:
    return tuple(Pause(round(a[1], 2), round(b[0] - a[1], 2))
                 for a, b in zip(spans, spans[1:], strict=False) if b[0] - a[1] >= LONG_PAUSE_S)


def _talking_minutes(words: tuple[Word, ...]) -> float:
    """Minutes from the first word to the last, less the long pauses (reported on their own)."""
    span = words[-1].end - words[0].start
    paused = sum(b.start - a.end for a, b in zip(words, words[1:], strict=False) if b.start - a.end >= LONG_PAUSE_S)
    return max(span - paused, 0.0) / 60


def _halves(words: tuple[Word, ...]) -> tuple[float, float] | None:
    """Words a minute in the first and second half of the words (long pauses excluded), or ``None``
    for an answer too short to split."""
    if words[-1].end - words[0].start < MIN_SPAN_FOR_HALVES_S or len(words) < 10:
        return None
    half = len(words) // 2
    first, second = words[:half], words[half:]
    minutes = _talking_minutes(first), _talking_minutes(second)
    if not all(minutes):
        return None
    return round(len(first) / minutes[0], 1), round(len(second) / minutes[1], 1)


def _halves_of_parts(parts: tuple[Part, ...], spans: list[tuple[float, float]] | None) -> tuple[float, float] | None:
    """Words a minute in each of two separately transcribed parts (a long recording cut at a pause near its
    middle, without word timings): each part's words over its speech, first to last voice-activity span
    inside it, long pauses excluded. ``None`` unless there are two parts, speech in both and enough words."""
    if len(parts) != 2 or not spans:
        return None
    rates = []
    for part in parts:
        inside = [(max(a, part.start), min(b, part.end)) for a, b in spans if b > part.start and a < part.end]
        count = count_words(part.text)
        if not inside or count < 5:
            return None
        paused = sum(b[0] - a[1] for a, b in zip(inside, inside[1:], strict=False) if b[0] - a[1] >= LONG_PAUSE_S)
        minutes = (inside[-1][1] - inside[0][0] - paused) / 60
        if minutes <= 0:
            return None
        rates.append(round(count / minutes, 1))
    if spans[-1][1] - spans[0][0] < MIN_SPAN_FOR_HALVES_S:
        return None
    return rates[0], rates[1]


def _pace_notes(wpm: float, halves: tuple[float, float] | None) -> list[str]:
    low, high = COMFORTABLE_WPM
    if wpm > high:
        notes = [f"You spoke at {wpm:.0f} words a minute, faster than the comfortable {low}–{high}."]
    elif wpm < low:
        notes = [f"You spoke at {wpm:.0f} words a minute, slower than the comfortable {low}–{high}."]
    else:
        notes = [f"You spoke at {wpm:.0f} words a minute, inside the comfortable {low}–{high}."]
    if halves:
        first, second = halves
        change = (second - first) / first if first else 0.0
        if change >= PACE_CHANGE_MIN:
            notes.append(f"You sped up from {first:.0f} to {second:.0f} words a minute in the second half.")
        elif change <= -PACE_CHANGE_MIN:
            notes.append(f"You slowed down from {first:.0f} to {second:.0f} words a minute in the second half.")
    return notes


def _pause_note(pauses: tuple[Pause, ...]) -> str:
    if not pauses:
        return f"No pause longer than {LONG_PAUSE_S:g} s."
    longest = max(pauses, key=lambda p: p.seconds)
    where = f" after “{longest.after}”" if longest.after else f" at {longest.start:.0f} s"
    many = f"{len(pauses)} long pauses; the longest" if len(pauses) > 1 else "One long pause"
    return f"{many} was {longest.seconds:.1f} s{where}."


def analyse_delivery(transcript: Transcript, audio: Audio | None = None) -> DeliveryReport:
    """Delivery metrics for a spoken answer.

    Uses the transcript's word timings when present; otherwise voice-activity detection on ``audio``
    (when given) for the speaking span and pauses. Pace change between halves needs word timings, or a
    transcript in two ``parts`` (the local engine's long recordings) with ``audio``.
    """
    base = analyse_text(transcript.text)
    words = transcript.words
    spans = speech_spans(audio) if (audio is not None and not words) else None
    if words:
        speaking = max(words[-1].end - words[0].start, 0.0)
        pauses, source = _pauses_from_words(words), "word timings"
    elif spans:
        speaking = spans[-1][1] - spans[0][0]
        pauses, source = _pauses_from_spans(spans), "voice activity"
    else:
        speaking, pauses, source = transcript.duration_s, None, None
    wpm = round(base.word_count / (speaking / 60), 1) if speaking > 0 and base.word_count else 0.0
    halves = _halves(words) if words else _halves_of_parts(transcript.parts, spans)
    notes = _pace_notes(wpm, halves) if base.word_count else ["No speech was recognised."]
    notes.append(base.notes[0])
    if pauses is not None:
        notes.append(_pause_note(pauses))
    return DeliveryReport(
        spoken=True, word_count=base.word_count, fillers=base.fillers, filler_count=base.filler_count,
        filler_rate=base.filler_rate, duration_s=round(transcript.duration_s, 2), speaking_s=round(speaking, 2),
        wpm=wpm, wpm_first_half=halves[0] if halves else None, wpm_second_half=halves[1] if halves else None,
        long_pauses=pauses, pause_source=source, notes=tuple(notes),
    )


def combine_takes(first: dict[str, Any], second: dict[str, Any], text: str) -> dict[str, Any]:
    """The delivery of two recordings for one answer, the second added after the first (as
    :meth:`DeliveryReport.to_dict` gives them); ``text`` is the whole transcript as it now stands (edits
    included). Durations and speaking time add up, words a minute is the whole text's words over both
    takes' speaking time, long pauses keep their times in a recording that runs the takes one after the
    other; no pace change is claimed across two takes. A typed ``first`` (not spoken) gives ``second``."""
    if not (first.get("spoken") and second.get("spoken")):
        return second
    base = analyse_text(text)
    offset = first.get("duration_s") or 0.0
    duration = offset + (second.get("duration_s") or 0.0)
    speaking = (first.get("speaking_s") or 0.0) + (second.get("speaking_s") or 0.0)
    wpm = round(base.word_count / (speaking / 60), 1) if speaking > 0 and base.word_count else 0.0
    pauses = None
    if first.get("long_pauses") is not None and second.get("long_pauses") is not None:
        pauses = tuple(Pause(p["start"], p["seconds"], p.get("after", "")) for p in first["long_pauses"]) + tuple(
            Pause(round(p["start"] + offset, 3), p["seconds"], p.get("after", "")) for p in second["long_pauses"])
    notes = _pace_notes(wpm, None) if base.word_count else ["No speech was recognised."]
    notes.append(base.notes[0])
    if pauses is not None:
        notes.append(_pause_note(pauses))
    notes.append("These figures cover both recordings.")
    return DeliveryReport(
        spoken=True, word_count=base.word_count, fillers=base.fillers, filler_count=base.filler_count,
        filler_rate=base.filler_rate, duration_s=round(duration, 2), speaking_s=round(speaking, 2), wpm=wpm,
        long_pauses=pauses, pause_source=first.get("pause_source") or second.get("pause_source"), notes=tuple(notes),
    ).to_dict()
