"""Spoken-answer fixtures synthesised at test time with Debian's ``flite`` and ``espeak-ng``, as 16 kHz
mono 16-bit WAV (what ``st.audio_input`` records), joined and padded with ``sox``.

The answer texts below were written for this project (no external source). ``flite`` voices are used
for the accuracy fixtures (their diphone voices are closer to human speech); ``espeak-ng`` for pace,
since its ``-s`` option sets the speaking rate in words per minute.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ANSWERS: tuple[str, ...] = (
    "In my last role I led a small team that rebuilt our billing system. The old system failed at "
    "every month end, so I planned the work in short steps, tested each change with real invoices, "
    "and we cut the errors by half within three months.",
    "When two colleagues disagreed about the design of our search service, I asked each of them to "
    "write down what they were trying to protect. It turned out they wanted the same thing, so we "
    "agreed on a simple version first and measured it before adding anything else.",
    "I am proud of the time I found a memory leak that crashed our mobile app. I added logging, "
    "reproduced the crash on an old phone, and traced it to images that were never released. The fix "
    "was small, and crash reports dropped sharply the next week.",
    "My biggest weakness used to be saying yes to every request. I now keep a short list of priorities "
    "with my manager, and when something new comes in we decide together what moves down the list.",
)
FLITE_VOICES: tuple[str, ...] = ("slt", "rms", "awb", "slt")

TOOLS = ("flite", "espeak-ng", "sox")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def require_tools() -> None:
    """Fail (never skip) with a sentence when the speech-synthesis tools are absent: the audio tests
    are real only with them, and .ci/run installs them (apt-get install espeak-ng flite sox)."""
    import pytest

    if missing_tools():
        pytest.fail(f"needs Debian packages {missing_tools()}: apt-get install -y espeak-ng flite sox "
                    "(.ci/run does this)")


def _to_16k(raw: Path, out: Path) -> Path:
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(out)], check=True,
                   capture_output=True)
    raw.unlink()
    return out


def flite_wav(text: str, out: Path, voice: str = "slt") -> Path:
    raw = out.with_suffix(".raw.wav")
    subprocess.run(["flite", "-voice", voice, "-t", text, "-o", str(raw)], check=True, capture_output=True)
    return _to_16k(raw, out)


def espeak_wav(text: str, out: Path, wpm: int = 160, voice: str = "en-us") -> Path:
    raw = out.with_suffix(".raw.wav")
    subprocess.run(["espeak-ng", "-v", voice, "-s", str(wpm), "-w", str(raw), text], check=True,
                   capture_output=True)
    return _to_16k(raw, out)


def silence_wav(seconds: float, out: Path) -> Path:
    subprocess.run(["sox", "-n", "-r", "16000", "-c", "1", "-b", "16", str(out), "trim", "0", str(seconds)],
                   check=True, capture_output=True)
    return out


def join_wavs(parts: list[Path], out: Path) -> Path:
    subprocess.run(["sox", *map(str, parts), str(out)], check=True, capture_output=True)
    return out


def answer_fixtures(folder: Path) -> list[tuple[str, Path]]:
    """``[(reference text, wav path)]`` for every answer, each in its own flite voice."""
    folder.mkdir(parents=True, exist_ok=True)
    return [(text, flite_wav(text, folder / f"answer{i}.wav", voice))
            for i, (text, voice) in enumerate(zip(ANSWERS, FLITE_VOICES, strict=True))]


def minute_answer(folder: Path) -> Path:
    """About one minute of speech: every answer in turn, with a short breath between them."""
    folder.mkdir(parents=True, exist_ok=True)
    parts: list[Path] = []
    for i, fixture in enumerate(answer_fixtures(folder / "parts")):
        parts.append(fixture[1])
        parts.append(silence_wav(0.6, folder / f"gap{i}.wav"))
    return join_wavs(parts, folder / "minute.wav")
