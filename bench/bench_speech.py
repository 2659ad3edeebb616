"""Speech figures: the local engine's real-time factor on a one-minute answer, time from the end of a
recording to its transcript, cold model load, and word error rate on synthesised answers.

``python -m bench --only speech``. Needs flite, espeak-ng and sox (Debian). If pocketsphinx is
installed, its figures are printed too, for the engine comparison in docs/speech.md.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

from core.speech import analyse_delivery, build_transcriber, read_wav
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


def run() -> list[tuple[str, float, str, str]]:
    if missing_tools():
        print(f"speech bench skipped: install {', '.join(missing_tools())} (Debian)")
        return []
    rows: list[tuple[str, float, str, str]] = []
    rows.append(("local model cold load (new process: import + load tiny.en int8)", _cold_load(), "s", "-"))
    with tempfile.TemporaryDirectory() as folder:
        fixtures = answer_fixtures(Path(folder) / "answers")
        minute = minute_answer(Path(folder) / "minute")
        data = minute.read_bytes()
        chain = build_transcriber(order=("local",))
        chain.transcribe(data)  # warm the model, as the app does after start-up
        timings, cpu = [], []
        for _ in range(3):
            started, cpu_started = time.perf_counter(), time.process_time()
            transcript = chain.transcribe(data)  # WAV bytes in, transcript out: what follows a recording
            analyse_delivery(transcript, read_wav(data))
            timings.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
        duration = read_wav(data).duration_s
        rows.append((f"end of recording to transcript + delivery, {duration:.0f} s answer (median of 3)",
                     statistics.median(timings), "s", "< 3 s"))
        rows.append(("local real-time factor, one-minute answer (tiny.en, beam 5, 2 threads)",
                     statistics.median(timings) / duration, "x", "<= 0.3"))
        # CPU seconds do not grow when other jobs share the cores: on an idle 2-core machine the wall
        # time lies between half of this (both threads busy) and all of it.
        rows.append(("CPU time for that answer, all threads (load-independent)", statistics.median(cpu), "s", "-"))
        load = __import__("os").getloadavg()[0]
        rows.append(("load average during the run (1 min; 2 = both cores busy)", load, "", "-"))
        engine = FasterWhisperTranscriber()
        pairs = [(text, engine.transcribe(read_wav(path.read_bytes())).text) for text, path in fixtures]
        rows.append((f"local WER on {len(pairs)} synthesised answers (flite voices)", _wer(pairs), "%", "<= 15 %"))
        robotic = _espeak_fixtures(Path(folder) / "espeak")
        pairs = [(text, engine.transcribe(read_wav(path.read_bytes())).text) for text, path in robotic]
        rows.append(("local WER, same answers in espeak-ng's voice (en-gb, 170 wpm)", _wer(pairs), "%", "-"))
        greedy = FasterWhisperTranscriber(beam_size=1)
        started = time.process_time()
        greedy.transcribe(read_wav(data))
        rows.append(("comparison: tiny.en greedy (beam 1) CPU time for the one-minute answer",
                     time.process_time() - started, "s", "-"))
        pairs = [(text, greedy.transcribe(read_wav(path.read_bytes())).text) for text, path in fixtures]
        rows.append(("comparison: tiny.en greedy (beam 1) WER on fixtures", _wer(pairs), "%", "-"))
        rows.extend(_pocketsphinx(fixtures, robotic, minute))
    return rows
