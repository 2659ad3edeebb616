"""Speech figures: the local engine's real-time factor on a one-minute answer, time from the end of a
recording to its transcript, cold model load, and word error rate on synthesised answers.

``python -m bench --only speech``. Wall seconds depend on what else runs on the machine; CPU seconds (all
threads of this process) do not, so both are printed. The app's configuration is compared with the one
it replaced (sequential decoding, beam 5). Needs flite, espeak-ng and sox (Debian). If pocketsphinx is
installed, its figures are printed too, for the engine comparison in docs/speech.md.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

from core.speech import TranscriberChain, read_wav, transcribe_answer
from core.speech.local import FasterWhisperTranscriber
from tests.speech_fixtures import ANSWERS, answer_fixtures, espeak_wav, minute_answer, missing_tools

COLD_LOAD = """
import time; started = time.perf_counter()
from core.speech.local import FasterWhisperTranscriber
FasterWhisperTranscriber().load()
print(time.perf_counter() - started)
"""


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^a-z' ]", " ", text.lower().replace("-", " ")).split())


def _wer(pairs: list[tuple[str, str]]) -> float:
    import jiwer

    return 100 * jiwer.wer([_norm(r) for r, _ in pairs], [_norm(h) for _, h in pairs])


def _cold_load() -> float:
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", COLD_LOAD], cwd=root, capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def _espeak_fixtures(folder: Path) -> list[tuple[str, Path]]:
    """The same answers in espeak-ng's more robotic voice (en-gb, 170 wpm): a harder test."""
    folder.mkdir(parents=True, exist_ok=True)
    return [(text, espeak_wav(text, folder / f"e{i}.wav", wpm=170, voice="en-gb")) for i, text in enumerate(ANSWERS)]


def _pocketsphinx(fixtures: list[tuple[str, Path]], robotic: list[tuple[str, Path]],
                  minute: Path) -> list[tuple[str, float, str, str]]:
    try:
        from pocketsphinx import Decoder
    except ImportError:
        return []
    decoder = Decoder(samprate=16000)

    def run(path: Path) -> tuple[str, float]:
        with wave.open(str(path)) as wav:
            frames = wav.readframes(wav.getnframes())
        started = time.process_time()
        decoder.start_utt()
        decoder.process_raw(frames, full_utt=True)
        decoder.end_utt()
        hyp = decoder.hyp()
        return (hyp.hypstr if hyp else ""), time.process_time() - started

    pairs = [(text, run(path)[0]) for text, path in fixtures]
    harder = [(text, run(path)[0]) for text, path in robotic]
    _, seconds = run(minute)
    return [("comparison: pocketsphinx 5 (bundled en-us model) WER on fixtures", _wer(pairs), "%", "-"),
            ("comparison: pocketsphinx WER, espeak-ng voice", _wer(harder), "%", "-"),
            ("comparison: pocketsphinx CPU time for the one-minute answer (one thread)", seconds, "s", "-")]


CONFIGS = {  # name -> FasterWhisperTranscriber options; the first is the app's default
    "batched VAD chunks, beam 1 (default)": {},
    "sequential, beam 5, no prompt (before)": {"beam_size": 5, "batched": False, "prompt": None},
}


def _timed(engine: FasterWhisperTranscriber, data: bytes) -> tuple[float, float]:
    """Wall and CPU seconds (all threads of this process) from WAV bytes to transcript and delivery."""
    chain = TranscriberChain([engine])
    started, cpu_started = time.perf_counter(), time.process_time()
    transcribe_answer(chain, data)  # what the page calls when a recording ends
    return time.perf_counter() - started, time.process_time() - cpu_started


def _speed(name: str, engine: FasterWhisperTranscriber, answers: dict[str, bytes]) -> list[tuple[str, float, str, str]]:
    rows = []
    _timed(engine, answers["minute"])  # warm: the app loads the model when the Interview page is drawn
    for label, data in answers.items():
        duration = read_wav(data).duration_s
        runs = [_timed(engine, data) for _ in range(3)]
        wall, cpu = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
        target = "< 3 s" if label == "minute" else "-"
        rows.append((f"{name}: end of recording to transcript + delivery, {duration:.0f} s answer, wall (median of 3)",
                     wall, "s", target))
        rows.append((f"{name}: same, CPU seconds (all threads; load-independent)", cpu, "s", "-"))
        if label == "minute":
            rows.append((f"{name}: real-time factor, wall / answer length", wall / duration, "x", "<= 0.3"))
    return rows


def run() -> list[tuple[str, float, str, str]]:
    if missing_tools():
        print(f"speech bench skipped: install {', '.join(missing_tools())} (Debian)")
        return []
    rows: list[tuple[str, float, str, str]] = []
    rows.append(("local model cold load (new process: import + load tiny.en int8)", _cold_load(), "s", "-"))
    with tempfile.TemporaryDirectory() as folder:
        fixtures = answer_fixtures(Path(folder) / "answers")
        minute = minute_answer(Path(folder) / "minute")
        answers = {"short": fixtures[0][1].read_bytes(), "minute": minute.read_bytes()}
        robotic = _espeak_fixtures(Path(folder) / "espeak")
        for name, options in CONFIGS.items():
            engine = FasterWhisperTranscriber(timeout_s=600, **options)  # figures, not the page's time limit
            rows.extend(_speed(name, engine, answers))
            pairs = [(text, engine.transcribe(read_wav(path.read_bytes())).text) for text, path in fixtures]
            rows.append((f"{name}: WER on {len(pairs)} synthesised answers (flite voices)", _wer(pairs), "%", "<= 15 %"))
            pairs = [(text, engine.transcribe(read_wav(path.read_bytes())).text) for text, path in robotic]
            rows.append((f"{name}: WER, same answers in espeak-ng's voice (en-gb, 170 wpm)", _wer(pairs), "%", "<= 15 %"))
        rows.append(("load average at the end (1 min; 2 = both cores busy)", os.getloadavg()[0], "", "-"))
        rows.extend(_pocketsphinx(fixtures, robotic, minute))
    return rows
